"""The words around a trigger: cue lookups, markers, conjunctions and light verbs, and the
per-sentence state every frame shares."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import wraps
from typing import Any

from ingest.languages import Language
from ingest.lexicon import Lexicon, Trigger
from ingest.normalise import normalise_label
from ingest.relations.common import (
    _COMMAS,
    _HARD_BREAKS,
    MEANS_SPAN,
    MEMBER_WINDOW,
    NATIVE_CACHE_LIMIT,
    SentenceView,
    _Frame,
    _hyphen_after,
)
from ingest.tokens import LIST_PUNCTUATION, Token
from kg.model import Assertion, Entity, Evidence, Mention, Relation


def _states_holding(frame: _Frame) -> _Frame:
    """Marks a frame whose `controls` say who holds a place (Y التي تسيطر عليها X, "held by X",
    "under X control"), not who took it."""

    @wraps(frame)
    def marked(self: WordReading, *args: Any) -> Iterator[Assertion]:
        for assertion in frame(self, *args):
            if assertion.relation is Relation.CONTROLS:
                self._holdings.append(assertion)
            yield assertion

    return marked


class WordReading:
    # set by `RelationExtractor.extract` for each sentence, before any frame reads them
    _bases: set[int]  # where "based in" phrases end
    _reporters: list[Mention]  # sources of reported speech that can act
    _bodies: list[Mention]  # parties and councils (members, never parties to an event)
    _native: set[int]  # first words of names that begin with the conjunction's letter
    _repel_cues: dict[int, int]
    _behalf_cues: list[int]
    _stance_cues: list[int]
    _passive_agents: dict[int, Mention]
    _unnamed_backed: set[int]  # backers of someone the text leaves unnamed
    _subsumed: set[int]  # trigger words a frame has already read
    _holdings: list[Assertion]  # controls that say who holds, not who took
    _together: list[Assertion]  # alliances of actors who act together, kept unless one backs
    _relative_pronouns: dict[int, int]  # trigger -> "it" of "Y, which it lost"
    _modifiers: set[int]
    _departed: set[int]

    def __init__(self, language: Language):
        self.language = language
        self.lex: Lexicon = language.lexicon()
        self._native_cache: dict[tuple[str, str], bool] = {}  # (entity, first word) -> own و

    def _origin_of_a_noun(self, s: SentenceView, m: Mention) -> bool:
        """ "the Britain-based monitor", "based in London", الذي يتخذ من لندن مقرا له: where
        something is based, never a party to events."""
        if m.token_start in self._bases or m.token_start - 1 in self._bases:
            return True  # "based in (the city of) London"
        return _hyphen_after(s, m) and self._has_cue("origin_compound", s.words, m.token_end)

    def _compound_modifier(self, s: SentenceView, m: Mention) -> bool:
        """ "US" in "US-led coalition": hyphened to a participle before the name it modifies."""
        return _hyphen_after(s, m) and self._has_cue("compound_participle", s.words, m.token_end)

    # --- cues -------------------------------------------------------------------------------

    def _masked_cues(self, words: Sequence[Token]) -> set[int]:
        masked: set[int] = set()
        for first, last, _ in self.lex.cue("non_cue").find(words):
            masked.update(range(first, last))
        return masked

    def _cue_before(self, kind: str, words: Sequence[Token], start: int, span: int) -> bool:
        """A ``kind`` cue among the ``span`` words before ``start``: "not" before a verb,
        "against" before a partner, "it" between a name and its verb."""
        return any(self._has_cue(kind, words, k) for k in range(max(0, start - span), start))

    def _has_cue(self, kind: str, words: Sequence[Token], k: int) -> bool:
        hit = self.lex.cue(kind).match_at(words, k)  # None past either end of the sentence
        return hit is not None

    def _construct_gap(self, gap: Sequence[Token]) -> bool:
        """Words between a verb and the agent that follows it: none, or indefinite force nouns
        heading a construct (قصفت طائرات التحالف), never "الطائرات أهدافا للتنظيم"."""
        forces, amounts = self.lex.cue("force_noun"), self.lex.cue("quantity")
        article = self.language.definite_article
        return all(
            (w.norm in forces and not (article and w.norm.startswith(article)))
            or w.norm in amounts
            or w.norm.isdigit()
            for w in gap
        )

    def _possessive_trigger(self, word: Token) -> bool:
        """A verbal noun read only through a pronoun suffix (سيطرتها, its control); a final
        ta marbuta (السيطرة, normalised to ه) is not a pronoun."""
        ending = self.language.feminine_ending
        if ending and word.surface.endswith(ending):
            return False
        return any(self.lex.triggers_has(r) for r in self._without_pronoun_suffix(word))

    def _without_pronoun_suffix(self, word: Token) -> list[str]:
        """The readings of ``word`` that only a pronoun suffix removed (تدعمها → تدعم)."""
        bare = set(self.language.readings(word.norm))
        return [r for r in self.language.trigger_readings(word.norm) if r not in bare]

    def _referent(self, s: SentenceView, entity: Entity, first: int, last: int) -> Mention:
        """A mention, at the words that refer to it, of an entity named in an earlier sentence."""
        start, end = s.words[first].start, s.words[last - 1].end
        surface = " ".join(w.surface for w in s.words[first:last])
        return Mention(entity, start, end, surface, s.index, first, last, "coref")

    def _crosses_break(self, words: Sequence[Token], a: int, b: int) -> bool:
        return any(words[k].norm in _HARD_BREAKS for k in range(a, b))

    def _past_side_marker(self, words: Sequence[Token], k: int) -> int:
        """Past a "on the one hand" (من جهة) closing one member of a list: "A من جهة وB من
        جهة أخرى" lists A and B."""
        hit = self.lex.cue("side_marker").match_at(words, k) if k < len(words) else None
        return k + hit[0] if hit is not None else k

    def _past_separators(self, words: Sequence[Token], k: int, end: int) -> int:
        """The first position from ``k`` (before ``end``) that is no comma, quote or "and"."""
        while k < end and (words[k].norm in LIST_PUNCTUATION or self._is_conjunction(words[k])):
            k += 1
        return k

    def _coordinator(self, words: Sequence[Token], start: int, end: int) -> bool:
        """ "along with", "as well as", إلى جانب, « ainsi que » (after an optional comma or
        "and") between two items of a list."""
        k = start
        k = self._past_separators(words, k, end)
        hit = self.lex.cue("coordinator").match_at(words, k) if k < end else None
        return hit is not None and k + hit[0] == end

    def _bound_conjunction(self, w: Token) -> bool:
        return self.language.after_conjunction(w.norm) is not None and id(w) not in self._native

    def _native_initials(self, s: SentenceView) -> set[int]:
        """First words of names that begin with the conjunction's letter themselves (وحدات
        حماية الشعب, وادي بردى): no bound "and" there."""
        native: set[int] = set()
        for m in s.mentions:
            word = s.words[m.token_start]
            if self.language.after_conjunction(word.norm) is None:
                continue
            key = (m.entity.iri, word.norm)
            known = self._native_cache.get(key)
            if known is None:
                known = any(
                    normalise_label(label).split()[:1] == [word.norm]
                    for label in m.entity.all_labels()
                )
                if len(self._native_cache) >= NATIVE_CACHE_LIMIT:
                    self._native_cache.clear()
                self._native_cache[key] = known
            if known:
                native.add(id(word))
        return native

    def _is_conjunction(self, w: Token) -> bool:
        return w.norm in self.lex.cue("conjunction")

    def _before_article(self, words: Sequence[Token], k: int) -> int:
        """``k``, or the word before it when ``k`` is an article ("against the", « contre l' »)."""
        return k - 1 if k > 0 and self._has_cue("determiner", words, k) else k

    def _without_final_article(self, gap: Sequence[Token]) -> Sequence[Token]:
        """The words between two names less the second one's article ("and the", « et l' »)."""
        return gap[:-1] if len(gap) > 1 and self._has_cue("determiner", gap, len(gap) - 1) else gap

    def _active_participle(self, word: Token) -> bool:
        """ "backing", « soutenant »: the language's active participle endings."""
        endings = self.language.active_participle_endings
        return bool(endings) and word.norm.endswith(endings)

    def _unnamed(self, s: SentenceView, first: int, last: int) -> str | None:
        lo, hi = max(0, first - 4), min(len(s.words), last + 5)
        for k in range(lo, hi):
            if self._has_cue("unnamed_agent", s.words, k):
                a, b = max(lo, k - 2), min(hi, k + 2)
                return " ".join(w.surface for w in s.words[a:b])
        return None

    def _marker_after(self, s: SentenceView, kind: str, last: int, span: int = 2) -> int | None:
        for k in range(last, min(len(s.words), last + span)):
            if self._has_cue(kind, s.words, k):
                return k
        return None

    def _past_time_phrase(self, words: Sequence[Token], k: int) -> int:
        """Past a time adverbial starting at ``k`` ("since 2012", « depuis des années », منذ
        عام 2013): a `time_marker`, then up to three numbers or `time_word`s; ``k`` when none
        stands there."""
        if not self._has_cue("time_marker", words, k):
            return k
        j = k + 1
        while j < min(len(words), k + 4) and (
            words[j].norm.isdigit() or self._has_cue("time_word", words, j)
        ):
            j += 1
        timed = any(w.norm.isdigit() or self._has_cue("time_word", words, i)
                    for i, w in enumerate(words[k + 1 : j], start=k + 1)
                    if not self._has_cue("determiner", words, i))  # fmt: skip
        return j if timed else k

    def _past_auxiliaries(self, words: Sequence[Token], k: int) -> int:
        """Past the auxiliaries from ``k`` ("is being", "has been")."""
        while k < len(words) and self._has_cue("auxiliary", words, k):
            k += 1
        return k

    def _past_light_verb(self, s: SentenceView, first: int, last: int) -> int:
        """Past a participle such as "launched" or "carried out" right after an attack noun:
        "an offensive launched by X" is as passive as "attacked by X"."""
        if not self._attack_noun_at(s.words, first):
            return last
        hit = self.lex.cue("light_verb").match_at(s.words, last)
        return last + hit[0] if hit is not None else last

    def _evidence(
        self,
        s: SentenceView,
        first: int,
        last: int,
        trigger: Trigger,
        confidence: float,
        parts: Sequence[Mention | None],
    ) -> Evidence:
        spans = [(m.start, m.end) for m in parts if m is not None]
        spans.append((s.words[first].start, s.words[last - 1].end))
        rule = f"{self.language.code}.{trigger.relation.value}.{trigger.frame}:{trigger.form}"
        return Evidence(
            s.index,
            s.text,
            min(a for a, _ in spans),
            max(b for _, b in spans),
            rule,
            round(min(confidence, 0.99), 3),
        )

    def _resumptive_after(self, words: Sequence[Token], k: int) -> bool:
        return k < len(words) and self._has_cue("resumptive", words, k)

    def _listed_after_event(self, words: Sequence[Token], last: int, start: int) -> bool:
        """A conjunction, and no "with"/"against", between a fight and the name after it: the
        name ends a list of other events, not the fight's partner."""
        gap = range(last, start)
        return any(self._is_conjunction(words[k]) for k in gap) and not any(
            self._has_cue("partner_marker", words, k) for k in gap
        )

    def _means_of_backing(self, words: Sequence[Token], first: int) -> bool:
        """ "fighters backed by (US-led coalition) air strikes", "support including airstrikes":
        the strikes are how the backing was given, not an attack by those backed. A verb
        ("Fighters backed by Turkey attacked Y") or a comma between ("Backed by Iran, Hezbollah
        struck Y") leaves the attack to those backed."""
        if not self._has_cue("event_noun", words, first):
            return False
        start = max(0, first - MEANS_SPAN)
        start = max([start, *(k + 1 for k in range(start, first) if words[k].norm in _COMMAS)])
        for k in range(start, first):
            if k > 0 and self._has_cue("agent_marker", words, k):
                hit = self.lex.triggers.match_at(words, k - 1)
                if hit is not None and any(t.relation is Relation.SUPPORTS for t in hit[1]):
                    return True
            if (
                k > 0
                and self._has_cue("list_filler", words, k)
                and self._has_cue("aid_noun", words, k - 1)
            ):
                return True
        return False

    def _former(self, words: Sequence[Token], first: int, last: int) -> bool:
        """A `former` cue within two words of a stronghold noun ("former stronghold",
        « ancien fief », معقلهم الأساسي السابق)."""
        around = [*range(max(0, first - 2), first), *range(last, min(len(words), last + 2))]
        return any(self._has_cue("former", words, k) for k in around)

    def _has_own_trigger(self, s: SentenceView, m: Mention, rel: Relation) -> bool:
        """A trigger of ``rel`` right after ``m`` (والجيش السوري المدعوم من روسيا)."""
        hit = self.lex.triggers.match_at(s.words, m.token_end)
        return hit is not None and any(t.relation is rel for t in hit[1])

    def _describes_an_unnamed_noun(self, s: SentenceView, target: Mention, first: int) -> bool:
        """المقاتلون الشيعة المدعومون من إيران: a participle in the plural of people agrees with
        fighters nobody named, not with the name of a force further back (جيش النظام)."""
        if target.token_end == first:
            return False
        word, plural, dual = (
            s.words[first].norm,
            self.language.human_plural_endings,
            self.language.dual_endings,
        )
        return bool(plural) and word.endswith(plural) and not (dual and word.endswith(dual))

    def _first_word(
        self,
        words: Sequence[Token],
        start: int,
        span: int,
        test: Callable[[Sequence[Token], int], bool],
    ) -> int | None:
        """The first position from ``start``, within ``span`` words, where ``test`` holds."""
        return next(
            (k for k in range(start, min(len(words), start + span)) if test(words, k)), None
        )

    def _aid_noun_at(self, words: Sequence[Token], k: int) -> bool:
        return self._has_cue("aid_noun", words, k)

    def _attack_noun_at(self, words: Sequence[Token], k: int) -> bool:
        hit = self.lex.triggers.match_at(words, k)
        return hit is not None and any(
            t.relation is Relation.ATTACKS and t.frame in ("noun", "verb") for t in hit[1]
        )

    def _fighting_verb(self, words: Sequence[Token], k: int) -> bool:
        hit = self.lex.triggers.match_at(words, k)
        return hit is not None and any(t.relation is Relation.CLASHES_WITH for t in hit[1])

    def _member_gap(self, gap: Sequence[Token], qualifier: bool = False) -> bool:
        """Commas, quotes, "the", "is" and "which" ("the YPG, which is the armed wing of");
        before the phrase, also one word after "a" or "the" ("the PYD, a Syrian affiliate of")."""
        allowed = (
            self.lex.cue("determiner"),
            self.lex.cue("copula"),
            self.lex.cue("relative_pronoun"),
        )
        words = [w for w in gap if w.is_word]
        if qualifier and len(words) >= 2 and words[-2].norm in allowed[0]:
            words = words[:-1]
        if len(gap) > MEMBER_WINDOW + (2 if qualifier else 0) and len(words) > 1:
            return False
        return all(any(w.norm in c for c in allowed) for w in words)

    def _verb_group(self, gap: Sequence[Token]) -> bool:
        """Words between a subject and its trigger that keep a list before it the subject:
        none or one word, or auxiliaries, light verbs and articles with at most one other
        word ("X and Y launched an assault", "X and Y are the main allies")."""
        if len(gap) <= 1:
            return True
        kinds = ("light_verb", "determiner", "auxiliary", "copula")
        others = [
            k for k in range(len(gap)) if not any(self._has_cue(kind, gap, k) for kind in kinds)
        ]
        return (
            len(others) <= 1 and len(gap) <= 4 and not any(w.norm in LIST_PUNCTUATION for w in gap)
        )

    def _joins(self, gap: Sequence[Token], next_word: Token, loose: bool = True) -> bool:
        """Whether ``gap`` links two members of a list: commas and "and" only, a bound و on
        the next name, or "and" followed by at most two words of the next member's head
        ("and the", ومليشيات Y)."""
        if not gap:
            return self._bound_conjunction(next_word)
        gap = self._without_final_article(gap)  # « les Etats-Unis, la France et le Royaume-Uni »
        if all(w.norm in LIST_PUNCTUATION or self._is_conjunction(w) for w in gap):
            return True
        if self._coordinator(gap, 0, len(gap)):
            return True  # "X along with Y", X إلى جانب Y
        if not loose:
            return False
        opens = self._is_conjunction(gap[0]) or self._bound_conjunction(gap[0])
        return opens and len(gap) <= 3 and not any(w.norm in LIST_PUNCTUATION for w in gap[1:])

    def _genitive_marked(self, words: Sequence[Token], first: int) -> bool:
        """ "under control of", "under the control of", « sous le contrôle de »; or the trigger
        carries the marker as a clitic (بيد X, "at the hand of X")."""
        if self._has_cue("genitive_marker", words, first):
            return True
        k = first - 1
        if k >= 0 and self._has_cue("determiner", words, k):
            k -= 1
        return k >= 0 and self._has_cue("genitive_marker", words, k)

    def _under_holder(self, s: SentenceView, args: Sequence[Mention], first: int) -> Mention | None:
        """The actor in "under <actor> control": named right before the noun, with the
        genitive marker right before it."""
        holder = next((m for m in args if m.token_end == first and m.entity.is_actor), None)
        if holder is None or holder.token_start == 0:
            return None
        marked = self._has_cue("genitive_marker", s.words, holder.token_start - 1)
        return holder if marked else None
