"""Finding the actors and places a sentence names.

Four sources, in order of trust, each only over words no earlier source claimed: the gazetteer
(longest match), state forces named by a demonym (« l'aviation russe », "Turkish troops",
الطيران الروسي → the state), anaphors that stand for the last named armed group (التنظيم, the
group, le groupe), and discovery of unknown places and groups from how news introduces them
(قرية X, the village of X, Jaych X). A state force found in the gazetteer is rolled up to the
state it belongs to, keeping the unit on the mention.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ingest.languages import Language
from ingest.lexicon import Lexicon, NamingPattern, PhraseIndex
from ingest.matcher import NameMatcher
from ingest.normalise import normalise_label
from ingest.tokens import LIST_PUNCTUATION, QUOTES, Token
from kg.gazetteer import Gazetteer
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
ANAPHOR_PLACE_TYPES = {"City", "Town"}  # what "the town" may name in its own sentence
LOCATED_NAME_WORDS = 2  # "على X Y في ريف Z": an unknown name before "in the countryside of"
LOCATED_VILLAGE = NamingPattern("place", "Village", "before", 0.6, "located")
MAX_LISTED_NAME_WORDS = 4  # an item between commas may be longer: رسم عبود جفتلك
MAX_LISTED = 24  # names after one class noun (قرى "A، B، ...")
Claim = Callable[[int, int, Mention], None]


@dataclass
class DocumentContext:
    """What earlier sentences of the same article said (for anaphors)."""

    groups: list[Entity] = field(default_factory=list)  # armed groups named so far, in order
    forces: list[Entity] = field(default_factory=list)  # state forces named so far, in order
    discovered: dict[str, Entity] = field(default_factory=dict)


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, language: Language, matcher: NameMatcher):
        self.gazetteer = gazetteer
        self.language = language
        self.lexicon: Lexicon = language.lexicon()
        self.matcher = matcher
        self.demonyms: dict[str, Entity] = {}
        for d in gazetteer.demonyms:
            if d.lang == language.code:
                for form in d.forms:
                    self.demonyms[normalise_label(form)] = gazetteer.actors[d.actor]

    def find(self, words: Sequence[Token], sentence: int, ctx: DocumentContext) -> list[Mention]:
        taken = [False] * len(words)
        found: list[Mention] = []

        def claim(first: int, last: int, mention: Mention) -> None:
            for k in range(first, last):
                taken[k] = True
            found.append(mention)

        for hit in self.matcher.find(words):
            if self._uncapitalised_place(words, hit.first, hit.last, hit.entity):
                continue  # "sarin" (the gas) is no Sarin (the town)
            entity = self.gazetteer.reported_as(hit.entity) if hit.entity.is_actor else hit.entity
            unit = hit.entity if entity is not hit.entity else None
            mention = self._mention(
                entity, words, hit.first, hit.last, sentence, "gazetteer", unit, start=hit.start
            )
            actor = self.gazetteer.metonyms.get(entity.ident) if not entity.is_actor else None
            if actor is not None and not self._located(words, hit.first):
                mention = replace(mention, stands_for=self.gazetteer.actors[actor])
            leader = self._compound_leader(words, hit.first, hit.last)
            if leader is not None:  # "US-led coalition": US leads the coalition
                claim(
                    hit.first,
                    hit.first + 1,
                    self._mention(leader, words, hit.first, hit.first + 1, sentence, "demonym"),
                )
                rest = self._mention(
                    entity, words, hit.first + 2, hit.last, sentence, "gazetteer", unit
                )
                claim(hit.first + 2, hit.last, rest)
                continue
            claim(hit.first, hit.last, mention)
        self._demonyms(words, sentence, taken, claim)
        self._discover(words, sentence, taken, claim, ctx, found)
        self._discover_located(words, sentence, taken, claim, ctx)
        self._anaphors(words, sentence, taken, claim, ctx, found)
        found.sort(key=lambda m: m.token_start)
        found[:] = [m for m in found if not _credit(words, m, found)]
        for m in found:
            if m.entity.type == "ArmedGroup" and m.rule != "coref":
                ctx.groups.append(m.entity)
            if _names_a_force(m) and not self._names_officials(words, m):
                ctx.forces.append(m.entity)
        return found

    def _names_officials(self, words: Sequence[Token], m: Mention) -> bool:
        """An actor named through its officials ("Russian officials") or its positions ("rebel
        positions"), not its forces."""
        officials, positions = self.lexicon.cue("official_noun"), self.lexicon.cue("position_noun")
        return any(
            w.norm in officials or w.norm in positions for w in words[m.token_start : m.token_end]
        )

    def _mention(
        self,
        entity: Entity,
        words: Sequence[Token],
        first: int,
        last: int,
        sentence: int,
        rule: str,
        unit: Entity | None = None,
        start: int | None = None,
    ) -> Mention:
        begin = words[first].start if start is None else start
        end = words[last - 1].end
        surface = " ".join(w.surface for w in words[first:last])
        return Mention(entity, begin, end, surface, sentence, first, last, rule, unit)

    def _compound_leader(self, words: Sequence[Token], first: int, last: int) -> Entity | None:
        """The actor named by a demonym hyphened to a participle at the start of a longer name
        ("US-led coalition", "Turkish-backed rebels"): a relation inside the name, so the name
        is read as the demonym, the participle and the rest."""
        if last - first < 3:
            return None
        word, participle = words[first], words[first + 1]
        hyphened = participle.start - word.end == 1
        if not hyphened or participle.norm not in self.lexicon.cue("compound_participle"):
            return None
        return self._demonym_at(word)

    def _demonym_at(self, word: Token) -> Entity | None:
        for reading in self.language.readings(word.norm):
            if reading in self.demonyms:
                return self.demonyms[reading]
            for ending in self.language.human_plural_endings:  # جنود أستراليون: أسترالي
                if reading.endswith(ending) and reading[: -len(ending)] in self.demonyms:
                    return self.demonyms[reading[: -len(ending)]]
        return None

    def _demonyms(
        self, words: Sequence[Token], sentence: int, taken: list[bool], claim: Claim
    ) -> None:
        forces = self.lexicon.cue("force_noun")
        officials = self.lexicon.cue("official_noun")  # "Russian officials", « dirigeants russes »
        positions = self.lexicon.cue("position_noun")  # "rebel positions", مواقع إيرانية
        modifiers = self.lexicon.cue("force_modifier")
        # Most sentences name no force noun: set tests on their distinct words tell at once.
        nouns = (
            forces.single_words_in(words)
            | officials.single_words_in(words)
            | positions.single_words_in(words)
        )
        if nouns:
            self._forces_named(words, sentence, taken, claim, nouns, modifiers)
        self._compound_demonyms(words, sentence, taken, claim)
        self._event_demonyms(words, sentence, taken, claim)

    def _forces_named(
        self,
        words: Sequence[Token],
        sentence: int,
        taken: list[bool],
        claim: Claim,
        nouns: frozenset[str],
        modifiers: PhraseIndex[str],
    ) -> None:
        """A demonym next to a force noun (``nouns``: those the sentence holds), which
        ``modifiers`` may extend: "Russian air force", « forces aériennes russes »."""
        extending = nouns | modifiers.single_words_in(words)
        extends = [w.norm in extending for w in words]
        i = 0  # words before i are done with
        for p in [k for k, w in enumerate(words) if w.norm in nouns]:
            if p < i or taken[p]:
                continue
            i = p
            j = i + 1
            while j < len(words) and j - i < 3 and not taken[j] and extends[j]:
                j += 1  # "air force", "الطيران الحربي", « forces aériennes »
            if self.language.adjective_after_noun:
                k = j
                actor = self._demonym_at(words[k]) if k < len(words) and not taken[k] else None
                first, last = i, k + 1
            else:
                k = i - 1
                actor = self._demonym_at(words[k]) if k >= 0 and not taken[k] else None
                first, last = k, j
                outer = words[k - 1] if actor is not None and k > 0 and not taken[k - 1] else None
                if outer is not None and outer.surface[:1].isupper() and outer.is_word:
                    # "Kurdish Syrian fighters": the first adjective says whose, if it names
                    # a known force with the noun ("Kurdish fighters"); else nobody is sure
                    named = self.matcher.lookup(f"{outer.surface} {words[i].surface}")
                    if named is not None and named.is_actor:
                        actor, first = named, k - 1
                    elif self._demonym_at(outer) is not None or outer.norm in self.demonyms:
                        actor = None
            if actor is not None:
                claim(first, last, self._mention(actor, words, first, last, sentence, "demonym"))
                i = last
            else:
                i = j

    def _compound_demonyms(
        self, words: Sequence[Token], sentence: int, taken: list[bool], claim: Claim
    ) -> None:
        """ "US-backed", "regime-held", "rebel-held": a demonym hyphened to a participle."""
        participles = self.lexicon.cue("compound_participle").single_words_in(words)
        if not participles:
            return
        for k in range(len(words) - 1):
            word, nxt = words[k], words[k + 1]
            if taken[k] or nxt.start - word.end != 1 or nxt.norm not in participles:
                continue
            actor = self._demonym_at(word)
            if actor is not None:
                claim(k, k + 1, self._mention(actor, words, k, k + 1, sentence, "demonym"))

    def _event_demonyms(
        self, words: Sequence[Token], sentence: int, taken: list[bool], claim: Claim
    ) -> None:
        """ "Russian air strikes", « frappes aériennes russes », غارات روسية, "under regime
        control": a demonym next to an event noun names who acted."""
        events = self.lexicon.cue("event_noun")
        step = 1 if self.language.adjective_after_noun else -1
        for first, last, _ in list(events.find(words, skip=lambda k: taken[k])):
            k = last if step == 1 else first - 1
            while 0 <= k < len(words) and not taken[k]:  # "its Iranian and Russian allies"
                actor = self._demonym_at(words[k])
                if actor is None:
                    break
                claim(k, k + 1, self._mention(actor, words, k, k + 1, sentence, "demonym"))
                k += step  # a bound و needs no step: والإيرانيين reads as الإيرانيين
                if 0 <= k < len(words) and self._joins_a_list(words[k]):
                    k += step

    def _joins_a_list(self, word: Token) -> bool:
        return word.norm in LIST_PUNCTUATION or word.norm in self.lexicon.cue("conjunction")

    def _anaphors(
        self,
        words: Sequence[Token],
        sentence: int,
        taken: list[bool],
        claim: Claim,
        ctx: DocumentContext,
        found: list[Mention],
    ) -> None:
        index = self.lexicon.cue("anaphor_group")
        for first, last, _ in list(index.find(words, skip=lambda k: taken[k])):
            if any(taken[first:last]):
                continue
            groups = [
                m
                for m in found
                if m.token_start < first and m.entity.type == "ArmedGroup" and m.rule != "coref"
            ]  # a second التنظيم in a sentence is the group the first one named
            # "X expelled the jihadists": an anaphor is not a group its own sentence named,
            # unless it was named with the anaphor's noun (تنظيم داعش ... نقل التنظيم)
            head = words[last - 1].norm
            designated = self._designated(words[first:last])
            candidates = ctx.groups
            if designated is not None:  # "the jihadists": a jihadist group, not the SDF
                groups = [m for m in groups if m.entity.ident in designated]
                candidates = [g for g in candidates if g.ident in designated]
            referent = _named_with(head, groups)
            if referent is None:
                earlier = [m.entity for m in groups]
                referent = _compatible(head, [g for g in candidates if g not in earlier])
            if referent is not None:
                claim(first, last, self._mention(referent, words, first, last, sentence, "coref"))
        towns = self.lexicon.cue("anaphor_place")
        for first, last, _ in list(towns.find(words, skip=lambda k: taken[k])):
            after = words[last].norm if last < len(words) else ""
            named_next = last + 1 < len(words) and words[last + 1].surface[:1].isupper()
            if (
                self.language.has_capitals
                and after in self.lexicon.cue("source_marker")
                and named_next
            ):
                continue  # "the town of Saraqib", « la ville de »: a class noun naming what follows
            named = [
                m.entity
                for m in found
                if m.token_end <= first and m.entity.type in ANAPHOR_PLACE_TYPES
            ]
            if named and not any(taken[first:last]):  # بعدما طوقوا المدينة: the town just named
                claim(first, last, self._mention(named[-1], words, first, last, sentence, "coref"))
        forces = self.lexicon.cue("anaphor_force")
        for first, last, _ in list(forces.find(words, skip=lambda k: taken[k])):
            earlier_forces = [
                m.entity
                for m in found
                if m.token_start < first
                and _names_a_force(m)
                and not self._names_officials(words, m)
            ]
            named = [*ctx.forces, *earlier_forces]
            if named and not any(taken[first:last]):  # "the army": the state force named last
                claim(first, last, self._mention(named[-1], words, first, last, sentence, "coref"))

    def _uncapitalised_place(
        self, words: Sequence[Token], first: int, last: int, entity: Entity
    ) -> bool:
        """A place named in a language with capitals without one capital letter: a common word
        that shares a place's spelling ("sarin", "homs" in a URL are no places)."""
        if not self.language.has_capitals or entity.is_actor:
            return False
        return not any(ch.isupper() for w in words[first:last] for ch in w.surface)

    def _located(self, words: Sequence[Token], k: int) -> bool:
        """A capital named as where ("in Rome", « à Rome », في موسكو): a place, not the state
        it can stand for."""
        return k > 0 and self.lexicon.cue("location_marker").match_at(words, k - 1) is not None

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

    def _designated(self, words: Sequence[Token]) -> frozenset[str] | None:
        """The actors an anaphor's designation allows ("the jihadists"), None if it has none."""
        for w in words:
            designation = self.lexicon.designations.get(w.norm)
            if designation is not None:
                return self.gazetteer.designations.get(designation, frozenset())
        return None

    def _discover(
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
                if pattern.kind == "actor" and self._common_noun(words[first]):
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

    def _discover_located(
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
                claim(k, at, self._mention(entity, words, k, at, sentence, "discovery:located"))
                break

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
        mention = self._mention(
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


def _names_a_force(m: Mention) -> bool:
    """A state's forces, named as such ("the Syrian army", "Turkish troops"), not the state."""
    if m.rule == "coref":
        return False
    return (
        m.entity.type == "StateForce"
        or m.unit is not None
        or (m.rule == "demonym" and m.entity.type == "Country" and m.token_end - m.token_start > 1)
    )


DATELINE_WORDS = 4  # words of a dateline before its agency: "دبي , الإمارات ("


def _credit(words: Sequence[Token], m: Mention, found: Sequence[Mention]) -> bool:
    """A news agency in a dateline or a photo credit ("BEIRUT (Reuters) -", "( CNN ) -",
    "REUTERS/Name"): who filed the story, not a party to it or an entity of it."""
    if m.entity.type != "Organization":
        return False
    after = words[m.token_end].surface if m.token_end < len(words) else ""
    if after == "/":
        return True
    before = words[m.token_start - 1].surface if m.token_start > 0 else ""
    if before != "(" or after != ")" or m.token_start > DATELINE_WORDS:
        return False
    # "BEIRUT (Reuters)", "دبي , الإمارات ( CNN )": a place, then the agency, opening the text
    # (the dash after it never reaches the words: sentences keep no dashes)
    return any(
        not o.entity.is_actor or o.entity.type == "Country"
        for o in found
        if o.token_end == m.token_start - 1
    )


def _named_with(head: str, mentions: Sequence[Mention]) -> Entity | None:
    """The latest of ``mentions`` written with the anaphor's noun (تنظيم داعش for التنظيم)."""
    noun = head[2:] if head.startswith("ال") else head
    for m in reversed(mentions):
        if noun in normalise_label(m.surface).split():
            return m.entity
    return None


def _compatible(head: str, groups: Sequence[Entity]) -> Entity | None:
    """The latest group whose own names use the anaphor's noun (التنظيم → تنظيم الدولة), else the
    latest group."""
    noun = head[2:] if head.startswith("ال") else head
    for entity in reversed(groups):
        names = {w for label in entity.all_labels() for w in normalise_label(label).split()}
        if noun in names or "ال" + noun in names:
            return entity
    return groups[-1] if groups else None


def _plausible(words: Sequence[Token]) -> bool:
    letters = sum(len(w.norm) for w in words)
    return letters >= 3 and not all(w.norm in {"al", "el", "ad"} for w in words)


def _plausible_name(name: str) -> bool:
    return sum(ch.isalpha() for ch in name) >= 3
