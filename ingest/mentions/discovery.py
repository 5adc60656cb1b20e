"""Discovery of the places and groups the gazetteer does not know, from how news introduces
them: a class noun before or after a name (قرية X, the village of X, Jaych X, X Brigade), lists
after a plural class noun (قرى A، B وC), and an unknown word taken "over" (على) by a trigger in
the countryside of a known place. A discovered name is minted once per article and linked to a
known entity when the matcher knows it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.languages import Language
from ingest.lexicon import Lexicon, NamingPattern
from ingest.matcher import NameMatcher
from ingest.mentions.context import Claim, DocumentContext, make_mention
from ingest.normalise import normalise_label
from ingest.tokens import LIST_PUNCTUATION, QUOTES, Token
from kg.iris import discovered_iri
from kg.model import Entity, Mention

MAX_NAME_WORDS = 3
CONTAINING_PLACE_TYPES = {
    "City",
    "Region",
    "Governorate",
    "CountryTerritory",
    "Country",
}  # قرى X: of X
PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")  # on a class noun: its, their (تلتيهما)
LOCATED_NAME_WORDS = 2  # "على X Y في ريف Z": an unknown name before "in the countryside of"
LOCATED_VILLAGE = NamingPattern("place", "Village", "before", 0.6, "located")
MAX_LISTED_NAME_WORDS = 4  # an item between commas may be longer: رسم عبود جفتلك
MAX_LISTED = 24  # names after one class noun (قرى "A، B، ...")


class NameDiscoverer:
    def __init__(self, language: Language, matcher: NameMatcher):
        self.language = language
        self.lexicon: Lexicon = language.lexicon()
        self.matcher = matcher

    def discover(
        self,
        words: Sequence[Token],
        sentence: int,
        taken: list[bool],
        claim: Claim,
        ctx: DocumentContext,
        found: Sequence[Mention],
    ) -> None:
        for first, last, patterns in list(self.lexicon.naming.find(words, skip=lambda k: taken[k])):
            if self._definite_head(words[first], patterns[0].head):
                continue  # المطار العسكري: a definite head takes an adjective, not a name
            if self._vague_head(words, first, last):
                continue  # في عدة أحياء وجلب: "several districts" names none of them
            in_list = self._heads_list(words, first, last)
            if in_list:
                last = self._past_fillers(words, last)  # بلدات أخرى بينها A و B
            known = next((m for m in found if m.token_start == last), None) if in_list else None
            if known is not None and known.entity.type not in CONTAINING_PLACE_TYPES:
                # بلدات المنصورة وتل واسط: a known first item, then the rest (but قرى البوكمال
                # are the villages of a city)
                end = known.token_end
                self._discover_listed(words, end, patterns[0], sentence, taken, claim, ctx)
                continue
            for pattern in patterns:
                if pattern.type == "ArmedGroup" and self._common_noun(words[first]):
                    continue  # "the Shiite movement": a group is named with a capital head
                span = self._name_span(words, first, last, pattern, taken, in_list=in_list)
                if span is not None and pattern.kind == "actor" and self._adjective(words[span[0]]):
                    continue  # ميليشيات أفغانية: "Afghan militias", no group's name
                if span is None:
                    continue
                a, b = span
                if self._class_noun_item(words, a) and not self._name_prefix(words[a].norm):
                    break  # بلدات وقرى: a second class noun, not a name
                cut = 0
                if a == last and not in_list and self._name_prefix(words[first].norm):
                    a = first  # تل كردي, خربة الناقوس: the class word opens the name itself
                    bare = self.language.after_conjunction(words[first].norm)
                    cut = len(self.language.conjunction_prefix) if bare else 0  # وجبل الحوايس
                name = " ".join(w.surface for w in words[a:b])[cut:]
                entity = self._discovered(
                    name, pattern, ctx, self._with_head(words, first, a, name, pattern, in_list)
                )
                claim(a, b, self._discovered_mention(entity, words, a, b, cut, sentence, pattern))
                if self._heads_list(words, first, last):
                    self._discover_listed(words, b, pattern, sentence, taken, claim, ctx)
                break

    def discover_located(
        self,
        words: Sequence[Token],
        sentence: int,
        taken: list[bool],
        claim: Claim,
        ctx: DocumentContext,
    ) -> None:
        """استعاد الجيش السيطرة على دلامة في ريف حلب: an unknown word taken "over" (على) by a
        trigger and placed "in the countryside of" a known place is a village, though no class
        noun introduces it (`object_preposition` and `located_in` cues)."""
        prepositions = self.lexicon.cue("object_preposition")
        located = self.lexicon.cue("located_in")
        for at, after, _ in list(located.find(words)):
            if not any(taken[after : after + 2]):
                continue  # the region must be a place already known
            for k in range(max(2, at - LOCATED_NAME_WORDS), at):
                if not prepositions.match_at(words, k - 1):
                    continue
                if not all(self._bare_word(words[j], taken[j]) for j in range(k, at)):
                    continue
                if not any(
                    self.lexicon.triggers.match_at(words, j) for j in range(max(0, k - 4), k - 1)
                ):
                    continue
                name = " ".join(w.surface for w in words[k:at])
                entity = self._discovered(name, LOCATED_VILLAGE, ctx)
                claim(k, at, make_mention(entity, words, k, at, sentence, "discovery:located"))
                break

    def _adjective(self, word: Token) -> bool:
        """An indefinite relational adjective agreeing with a plural head (أفغانية, سورية):
        where adjectives follow their noun and end in a marked feminine form."""
        endings = self.language.adjective_endings
        article = self.language.definite_article
        norm = word.norm
        return (
            bool(endings) and norm.endswith(endings) and not (article and norm.startswith(article))
        )

    def _vague_head(self, words: Sequence[Token], first: int, last: int) -> bool:
        """A class noun after "several" (عدة, « plusieurs ») with no "including" after it."""
        vague = first > 0 and self.lexicon.cue("vague_amount").match_at(words, first - 1)
        return bool(vague) and not self.lexicon.cue("list_filler").match_at(words, last)

    def _class_noun_item(self, words: Sequence[Token], k: int) -> bool:
        """A class noun (ومعمل) opening a list item, other than the name prefixes (وتل, وخربة)."""
        if self._name_prefix(words[k].norm):
            return False
        bare = self.language.after_conjunction(words[k].norm)
        return self.lexicon.naming.match_at(words, k) is not None or (
            bare is not None and bare in self.lexicon.naming
        )

    def _owned_class_noun(self, item: Sequence[Token]) -> bool:
        """وتلتيهما, "and their two hills": a class noun carrying a pronoun, not a name."""
        if len(item) != 1 or not self.language.possessive_suffixes:
            return False
        norm = self.language.after_conjunction(item[0].norm) or item[0].norm
        for suffix in PRONOUN_SUFFIXES:
            stem = norm[: -len(suffix)]
            if norm.endswith(suffix) and len(stem) >= 2:
                heads = (self.lexicon.naming, self.lexicon.cue("list_head"))
                if any(stem in index or stem + "ه" in index for index in heads):
                    return True
        return False

    def _bare_word(self, word: Token, taken: bool) -> bool:
        """A word that may be (part of) an unknown name: not known, not a function word."""
        norm = word.norm
        return (
            not taken
            and word.is_word
            and len(norm) >= 3
            and not norm.isdigit()
            and norm not in self.lexicon.stopwords
            and norm not in self.lexicon.triggers
            and not any(norm in self.lexicon.cue(kind) for kind in ("force_noun", "quantity"))
            and not self._class_noun_item([word], 0)
        )

    def _with_head(
        self,
        words: Sequence[Token],
        first: int,
        last: int,
        name: str,
        pattern: NamingPattern,
        in_list: bool,
    ) -> str | None:
        """تلة العجمي, حاجز التنمية: where a class word is written as part of a place's name
        (scripts without capitals give no other sign), the name with it is an alias."""
        if in_list or pattern.kind != "place" or pattern.position != "before":
            return None
        if self.language.has_capitals or last - first != 1:
            return None  # the head is one word, and not already the name's first word
        return f"{words[first].surface} {name}"

    def _common_noun(self, word: Token) -> bool:
        return self.language.has_capitals and not word.surface[:1].isupper()

    def _past_fillers(self, words: Sequence[Token], k: int) -> int:
        """Past the words between a plural class noun and its list: "other", "including",
        أخرى بينها, « dont »."""
        fillers = self.lexicon.cue("list_filler")
        while k < len(words):
            hit = fillers.match_at(words, k)
            if hit is None:
                return k
            k += hit[0]
        return k

    def _heads_list(self, words: Sequence[Token], first: int, last: int) -> bool:
        """A plural or dual class noun (قرى, قريتي, the villages of) introduces a list."""
        heads = self.lexicon.cue("list_head")
        return any(heads.match_at(words, k) is not None for k in range(first, last))

    def _discover_listed(
        self,
        words: Sequence[Token],
        k: int,
        pattern: NamingPattern,
        sentence: int,
        taken: list[bool],
        claim: Claim,
        ctx: DocumentContext,
    ) -> None:
        """The further names of a list after a class noun: قرى "A، B وC", villages of A, B and C.

        Every item must be set off by a comma, a quote, a conjunction word or a bound
        conjunction (وحزيمة); names already known are stepped over, the others discovered.
        """
        for _ in range(MAX_LISTED):
            separated = joined = False
            while k < len(words) and (
                words[k].norm in LIST_PUNCTUATION
                or words[k].norm in self.lexicon.cue("conjunction")
            ):
                separated = True
                joined = joined or words[k].norm in self.lexicon.cue("conjunction")
                k += 1
            if k >= len(words):
                return
            prefixed = self.language.after_conjunction(words[k].norm) is not None
            if not (separated or prefixed):
                return
            if taken[k]:
                while k < len(words) and taken[k]:
                    k += 1
                continue
            span = self._name_span(words, k - 1, k, pattern, taken, listed=True)
            if span is None:
                return
            a, b = span
            if separated and not joined and not prefixed and not self._list_goes_on(words, b):
                return  # "A, B, C and D": after a comma, an item is followed by the list's next
            cut = len(self.language.conjunction_prefix) if prefixed and not separated else 0
            surface = " ".join(w.surface for w in words[a:b])[cut:]
            if not _plausible_name(surface) or self._owned_class_noun(words[a:b]):
                return
            if self._class_noun_item(words, a):
                return  # ومعمل كراش: the next item has its own class noun and is read with it
            entity = self._discovered(surface, pattern, ctx)
            claim(a, b, self._discovered_mention(entity, words, a, b, cut, sentence, pattern))
            k = b

    def _discovered_mention(
        self,
        entity: Entity,
        words: Sequence[Token],
        a: int,
        b: int,
        cut: int,
        sentence: int,
        pattern: NamingPattern,
    ) -> Mention:
        """A discovery's mention of words ``a:b``, less the first ``cut`` letters (a bound
        "and", وحزيمة) in its span and surface."""
        mention = make_mention(
            entity, words, a, b, sentence, f"discovery:{pattern.head}", start=words[a].start + cut
        )
        return replace(mention, surface=mention.surface[cut:])

    def _list_goes_on(self, words: Sequence[Token], k: int) -> bool:
        """After a comma-set item, the list goes on (a comma, "and", وB) or ends the clause."""
        if k >= len(words):
            return True
        w = words[k]
        return (
            w.norm in LIST_PUNCTUATION
            or w.norm in QUOTES
            or not w.is_word
            or w.norm in self.lexicon.cue("conjunction")
            or self.language.after_conjunction(w.norm) is not None
            or w.norm in self.lexicon.cue("location_marker")
        )

    def _definite_head(self, word: Token, head: str) -> bool:
        article = self.language.definite_article
        if not article:
            return False
        return article + normalise_label(head) in self.language.readings(word.norm)

    def _name_span(
        self,
        words: Sequence[Token],
        first: int,
        last: int,
        pattern: NamingPattern,
        taken: list[bool],
        listed: bool = False,
        in_list: bool = False,
    ) -> tuple[int, int] | None:
        stop = self.lexicon.stopwords
        article = self.language.definite_article
        capitals = self.language.has_capitals

        def nameish(k: int) -> bool:
            w = words[k]
            if taken[k] or not w.is_word or w.norm in stop or w.norm.isdigit():
                return False
            if w.norm in self.lexicon.triggers or w.norm in self.lexicon.cue("force_noun"):
                return False
            return (
                not capitals or w.surface[:1].isupper() or w.norm in {"al", "el", "ad", "ar", "as"}
            )

        quoted = False
        while last < len(words) and words[last].norm in QUOTES and not listed:
            last += 1  # قرى " باشكون ...": a quoted name
            quoted = True
        if pattern.position == "before" or listed:
            end = self._item_end(words, last)
            if (
                (listed or quoted or in_list)
                and end < len(words)
                and words[end].norm in LIST_PUNCTUATION | QUOTES
                and 0 < end - last <= MAX_LISTED_NAME_WORDS
                and all(nameish(k) for k in range(last, end))
            ):
                for k in range(last + 1, end):
                    if self.language.after_conjunction(words[k].norm) is not None:
                        return last, k  # قريتي حتاش وحزيمة ,: the item holds the list's end
                return last, end  # قرى " أربعة صغير , رسم عبود جفتلك ": the whole item
            k = last
            while k < len(words) and k - last < MAX_NAME_WORDS and nameish(k):
                if k > last and self._joined(words[k].norm):
                    break  # "البليل وأم خزيم": a bound "and" starts the next name
                if (
                    article
                    and k > last
                    and not words[k].norm.startswith(article)
                    and not self._name_prefix(words[k - 1].norm)
                    and not (
                        self._name_prefix(words[k].norm) and k + 1 < len(words) and nameish(k + 1)
                    )
                ):
                    break  # names run on through definite words: تل الأحمر, الحمرات الشرقي
                k += 1
            return (last, k) if k > last and _plausible(words[last:k]) else None
        k = first
        while k > 0 and first - k < MAX_NAME_WORDS and nameish(k - 1):
            k -= 1
        return (k, first) if k < first and _plausible(words[k:first]) else None

    def _item_end(self, words: Sequence[Token], k: int) -> int:
        """Where a list item that starts at ``k`` ends: before a comma, a quote, "and", a word
        with a bound "and" before a name (وأم, والخالدية), or a full stop."""
        end = k
        while end < len(words):
            w = words[end]
            if w.norm in LIST_PUNCTUATION or w.norm in QUOTES or not w.is_word:
                return end
            if w.norm in self.lexicon.cue("conjunction") or (end > k and self._joined(w.norm)):
                return end
            end += 1
        return end

    def _joined(self, norm: str) -> bool:
        """A word carrying a bound "and" before a name prefix or the article (وأم, والخالدية)."""
        rest = self.language.after_conjunction(norm)
        if rest is None:
            return False
        article = self.language.definite_article
        return rest in self.lexicon.cue("name_prefix") or bool(article and rest.startswith(article))

    def _name_prefix(self, norm: str) -> bool:
        """A word that opens a place name (تل, أم, ابن), also with a bound "and" (وأم)."""
        prefixes = self.lexicon.cue("name_prefix")
        rest = self.language.after_conjunction(norm)
        return norm in prefixes or (rest is not None and rest in prefixes)

    def _discovered(
        self, name: str, pattern: NamingPattern, ctx: DocumentContext, alias: str | None = None
    ) -> Entity:
        key = normalise_label(name)
        if key in ctx.discovered:
            return ctx.discovered[key]
        known = self.matcher.lookup(name)
        if known is not None:
            return known
        entity = Entity(
            iri=discovered_iri(pattern.kind, key),
            ident=key,
            kind=pattern.kind,
            type=pattern.type,
            labels={self.language.code: name},
            aliases={self.language.code: (alias,)} if alias else {},
            discovered=True,
        )
        ctx.discovered[key] = entity
        return entity


def _plausible(words: Sequence[Token]) -> bool:
    letters = sum(len(w.norm) for w in words)
    return letters >= 3 and not all(w.norm in {"al", "el", "ad"} for w in words)


def _plausible_name(name: str) -> bool:
    return sum(ch.isalpha() for ch in name) >= 3
