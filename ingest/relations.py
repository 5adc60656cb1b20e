"""Relation extraction: triggers from the lexicon, arguments from the clause around them.

For each trigger word the frame it was listed with says where its arguments are:

- ``verb``: agent before the trigger, or right after it in verb-first languages (Arabic VSO,
  and nominal قصف/سيطرة X على Y); object after it. A "by"/"par" right after the trigger turns it
  passive. "between"/"بين"/"entre" after it takes both parties from the right.
- ``passive``: object before, agent after (X مدعومة من Y, X soutenue par Y, X backed by Y).
- ``backed``: a compound "Y-backed X", "IS-held Raqqa".
- ``genitive``: "under the control of X", تحت سيطرة X: the place before, the controller after.
- ``expel``: "X expelled Y from Z": X controls Z, Y loses Z.
- ``handover``: "X handed Z over to Y": X loses Z, Y controls Z.

A negation or modality cue (denied, threatened, trying to, لم, نفى, dément) shortly before the
trigger in the same clause suppresses it. Sources of reported speech (أفاد المرصد, according to)
become the claimant, never an argument. An event whose agent the text leaves unnamed
("unidentified aircraft") is kept without an agent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial, wraps
from typing import Any

from ingest.languages import Language
from ingest.lexicon import Lexicon, Trigger
from ingest.normalise import normalise_label
from ingest.tokens import HYPHENS, LIST_PUNCTUATION, Token
from kg.model import Assertion, Entity, Evidence, Mention, Relation

AGENT_WINDOW = 10
OBJECT_WINDOW = 12
PARTNER_WINDOW = 4
RELATIVE_WINDOW = 5
TAKEN_FROM_WINDOW = 6
BETWEEN_SPAN = 7  # words between a trigger and its "between": التعاون الفعال والقريب بين
NEGATION_WINDOW = 4
PASSIVE_AGENT_SPAN = 10  # words between a passive trigger and its "by"
SIDE_SPAN = 4  # words between one camp of a "between" and its "on the one hand"
POSSESSOR_WINDOW = 3  # words between an owner and "its": "Damascus and its allies"
MEMBER_WINDOW = 2  # tokens between a member, "part of" and its group (commas, quotes)
SAME_SIDE_FACTOR = 0.8  # fighting on the same side of a clash: allies, less surely
HELD_UNTIL_EXPELLED_FACTOR = 0.8  # "to drive X from Y": X holds Y, said indirectly
GENITIVE_TARGET_WINDOW = 12  # "Y, one of the last bases still in the hands of X"
HELD_WHERE_WINDOW = 2  # words between "held by X" and "in Y" (in eastern Y)
EXPELLED_SPAN = 5  # tokens between the expelled and "from"
SPEAKER_GAP = 4  # words between a source and its own deed: "said it had", أنها
AID_SPAN = 5  # words between "received" and what, and between what and "from"
MODALITY_WINDOW = 10
PASSIVE_TARGET_WINDOW = 8  # words between a name and the participle that describes it
DASHED_ASIDE_SPAN = 12  # words inside "X - an aside - verb Y"
ASIDE_SPAN = 20  # words inside "X, an aside between commas, verb Y"
PRONOUN_SUBJECT_SPAN = 4  # "it had then mounted a counterattack": pronoun, auxiliaries, verb
TAKEN_FROM_HOLDER_FACTOR = 0.85  # the loser of a capture, read from who was said to hold it
LIFTED_SIEGE_SPAN = 8  # words between "the siege" and "imposed by" (عن مدينة دير الزور الذي كان)
DEPARTURE_SPAN = 4  # words between "defected" and the group left (انشق عشرات الجنود عن X)
DOER_SPAN = 3  # words between an event noun and "that X carried out" (الصاروخية التي نفذتها)
HOLDER_WINDOW = 4  # words between a holder and "in control of" ("remains firmly in")
POSITIONS_SPAN = 4  # words between an attack verb and "its positions" (على مواقعه)
RESUMED_PLACE_WINDOW = 3  # words between a place and the verb whose "from it" names it
LIFTED_SIEGE_FACTOR = 0.85  # a siege read from its lifting
LOCATED_ITEM_GAP = 4  # "in northern Iraq and": where a listed place lies, before the next
PARTICIPLE_FACTOR = 0.85  # "Y, captured from X": the loser of a capture told by a participle
RESPONSIBILITY_SPAN = 4  # words between "claimed responsibility for" and the attack noun
DISPATCH_SPAN = (
    8  # words between "sent" and "to support" (« des milliers de combattants en Syrie pour »)
)
MEANS_SPAN = 5  # words between "backed by" (or "support including") and the strikes
BACKED_TARGET_WINDOW = 3  # "regime-held villages in neighbouring Y"
CASUALTY_WINDOW = 4  # words between the dead and "were killed" (عناصر من, fighters were)
VICTIM_WINDOW = 2  # words between the subject and "came under" (positions, ses positions)
PLANNED_RELATIVE_WINDOW = 3  # words after "that" in which a plan or threat verb stands
ALONGSIDE_SPAN = 5  # words between "fight" and "alongside", a VSO subject included
NOUN_OF_BY_FACTOR = 0.95  # "the capture of Y by X": the noun's author, named after its object
NAMED_OPERATION_CONFIDENCE = 0.8
OPERATION_NAME_WORDS = 5  # words of a name and "against": « Bouclier de l'Euphrate contre »
REPEL_SPAN = 4  # words between "repelled" and the attack noun: "an Islamic State"
NATIVE_CACHE_LIMIT = 16_384  # (entity, word) pairs remembered, as the phrase indexes do
BEHALF_SPAN = 6  # words between "fights" and "on behalf of", a VSO subject included
HELD_PART_CONFIDENCE = 0.75  # « les quartiers rebelles d'Alep »: held, said in passing
ATTEMPT_SPAN = 4  # words between "trying to" and the capture verb, a VSO subject included
ATTEMPT_OBJECT_WINDOW = 5  # words between that verb and its place: « le contrôle de la ville de »
ATTEMPT_FACTOR = 0.85  # the fight for a place, read from an attempt to take it
_HARD_BREAKS = {".", ";", "!", "?", "؟", ":"}
_COMMAS = {",", "،"}
_NAME_LINKS = {"d'", "d", "de", "du", "of", "-"}  # inside a name: « Rameau d'olivier »
_DASHES = {"-", "–", "—"}
_NON_ARGUMENT_TYPES = {"Organization", "Person"}
_CONTEXT_PLACE_TYPES = {"CountryTerritory"}
_LANDMARK_TYPES = {"WaterBody"}  # places events happen at, never the object of one
_STATE_TYPES = {"Country"}
_TERRITORIAL = {Relation.CONTROLS, Relation.LOSES_CONTROL_OF}  # nouns whose agent is the topic


@dataclass(frozen=True)
class SentenceView:
    index: int
    text: str
    start: int  # offset of the sentence in the article
    words: Sequence[Token]
    mentions: Sequence[Mention]
    previous_topic: Entity | None = None  # the first actor the sentence before named


_Frame = Callable[..., Iterator[Assertion]]


def _states_holding(frame: _Frame) -> _Frame:
    """Marks a frame whose `controls` say who holds a place (Y التي تسيطر عليها X, "held by X",
    "under X control"), not who took it."""

    @wraps(frame)
    def marked(self: RelationExtractor, *args: Any) -> Iterator[Assertion]:
        for assertion in frame(self, *args):
            if assertion.relation is Relation.CONTROLS:
                self._holdings.append(assertion)
            yield assertion

    return marked


class RelationExtractor:
    def __init__(self, language: Language):
        self.language = language
        self.lex: Lexicon = language.lexicon()
        self._native_cache: dict[tuple[str, str], bool] = {}  # (entity, first word) -> own و

    def extract(self, s: SentenceView) -> list[Assertion]:
        covered = [False] * len(s.words)
        for m in s.mentions:
            for k in range(m.token_start, m.token_end):
                covered[k] = True
        self._bases = {end for _, end, _ in self.lex.cue("based_in").find(s.words)}
        claimant, reporters = self._claimant(s)
        self._reporters = [m for m in s.mentions if id(m) in reporters and m.can_act]
        arguments = [
            m
            for m in s.mentions
            if id(m) not in reporters
            and m.entity.type not in _NON_ARGUMENT_TYPES
            and not self._origin_of_a_noun(s, m)
            and not _dateline(s, m)
        ]
        # parties and councils (the PYD, the National Coalition) belong to groups and have
        # armed wings, though they are never the party to an attack or a capture
        self._bodies = sorted(
            (m for m in s.mentions
             if m.entity.type == "Organization" and id(m) not in reporters
             and not self._origin_of_a_noun(s, m) and not _dateline(s, m)),
            key=lambda m: m.token_start,
        )  # fmt: skip
        masked = self._masked_cues(s.words)
        self._native = self._native_initials(s)
        self._repel_cues = {k: end for k, end, _ in self.lex.cue("repel").find(s.words)}
        self._behalf_cues = [k for k, _, _ in self.lex.cue("behalf").find(s.words)]
        self._stance_cues = [k for k, _, _ in self.lex.cue("stance").find(s.words)]
        self._passive_agents: dict[int, Mention] = {}
        self._unnamed_backed: set[int] = set()  # backers of someone the text leaves unnamed
        self._subsumed: set[int] = set()  # trigger words a frame has already read
        self._holdings: list[Assertion] = []  # controls that say who holds, not who took
        self._relative_pronouns: dict[int, int] = {}  # trigger -> "it" of "Y, which it lost"
        self._modifiers = {id(m) for m in arguments if self._modifies_a_noun(s, m)}
        # "soldiers who defected from X joined Y": X was left, it does not act later on
        departures = [k for k, _, _ in self.lex.cue("departure").find(s.words)]
        self._departed = {
            id(m)
            for m in arguments
            if any(0 < m.token_start - k <= DEPARTURE_SPAN for k in departures)
        }
        out: list[Assertion] = []
        seen: set[tuple[str, str, str]] = set()

        def keep(assertion: Assertion) -> None:
            a = _with_claimant(assertion, claimant)
            pair = (a.agent.iri if a.agent else "", a.target.iri if a.target else "")
            if a.relation.symmetric:  # "X and Y fought each other" is one clash
                pair = (min(pair), max(pair))
            key = (a.relation.value, *pair)
            if key not in seen and not (a.agent and a.target and a.agent.iri == a.target.iri):
                seen.add(key)
                out.append(a)

        for first, last, _ in self.lex.cue("idiom").find(s.words):
            covered[first:last] = [True] * (last - first)  # "held back", "on the back foot"
        triggers = list(self.lex.triggers.find(s.words, skip=lambda k: covered[k]))
        for n, (first, last, entries) in enumerate(triggers):
            if first in self._subsumed:
                continue
            if self._blocked(s.words, first, masked):
                for assertion in self._held_until_expelled(s, arguments, first, last, entries):
                    keep(assertion)
                for assertion in self._lifted_siege(s, arguments, first, last, entries):
                    keep(assertion)
                for assertion in self._sent_in_support(s, arguments, first, last, entries, masked):
                    keep(assertion)
                for assertion in self._attempted_capture(
                    s, arguments, first, last, entries, masked
                ):
                    keep(assertion)
                continue
            behalf = list(self._fights_on_behalf(s, arguments, first, last, entries))
            if behalf:
                for assertion in behalf:
                    keep(assertion)
                continue
            if _fights_alongside(triggers, n):
                for assertion in self._fought_alongside(s, arguments, first, last, triggers[n + 1]):
                    keep(assertion)
                continue
            if all(t.relation is Relation.ATTACKS for t in entries) and self._means_of_backing(
                s.words, first
            ):
                continue
            produced = self._withdrawal_after_capture(s, arguments, first, last, entries, out)
            applied = produced or list(self._apply(s, arguments, first, last, entries))
            for assertion in applied:
                keep(assertion)
            for assertion in self._repelled(s, arguments, first, last, entries, applied):
                keep(assertion)
            if any(t.relation is Relation.LOSES_CONTROL_OF for t in entries):
                self._lost_control_noun(arguments, last, triggers[n + 1 : n + 2])
        for assertion in self._named_operations(s, arguments, masked):
            keep(assertion)
        for assertion in self._held_parts(s, arguments):
            keep(assertion)
        for assertion in self._taken_from_holders(out):
            keep(assertion)
        return out

    def _repelled(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
        found: Sequence[Assertion],
    ) -> Iterator[Assertion]:
        """ "X repelled an IS attack on Y", صدت X هجوما لتنظيم الدولة, « X a repoussé une attaque
        de Daech »: the attack's author attacked X, whoever else it aimed at."""
        repel = next(
            (k for k in range(first - 1, max(-1, first - 1 - REPEL_SPAN), -1)
             if k in self._repel_cues),
            None,
        )  # fmt: skip
        if repel is None:
            return
        attack = next((t for t in entries if t.relation is Relation.ATTACKS), None)
        end = self._repel_cues[repel]
        # صدت وحدات حماية الشعب هجوما: a subject between the verb and the noun; else the one
        # before the verb (تمكنت فصائل المعارضة من صد هجوم, "the SDF repelled an attack")
        between = next((m for m in args if end <= m.token_start and m.token_end <= first), None)
        subject = between if self.language.verb_initial else None
        defender = subject or self._agent(s, args, repel, end)[0]
        if defender is not None and defender.token_start >= end and subject is None:
            defender = self._left(s, args, repel, place=False, window=4, modifiers=False)
        if attack is None or defender is None or defender.token_start >= first:
            return
        authors = [a.agent for a in found if a.relation is Relation.ATTACKS and a.agent]
        if not authors:  # صد هجوم لقوات النظام على محور الكبينة: the axis is no known place
            genitive = self._demonym_after(s, args, last) or self._bound_genitive(
                s, args, last, adjacent=True
            )
            authors = [genitive.acting_as] if genitive is not None and genitive.can_act else []
        evidence = self._evidence(s, repel, last, attack, attack.confidence, (defender,))
        for author in authors:
            if author is not None and author.iri != defender.acting_as.iri:
                yield Assertion(
                    relation=Relation.ATTACKS,
                    agent=author,
                    target=_as_actor(defender),
                    evidence=evidence,
                )

    def _held_parts(self, s: SentenceView, args: Sequence[Mention]) -> Iterator[Assertion]:
        """« les quartiers rebelles d'Alep »: districts named after the side that holds them,
        of a place, say that side holds (part of) that place."""
        if not self.language.adjective_after_noun or self.language.verb_initial:
            return
        for m in args:
            place = self._held_part_of(s, args, m)
            if place is None:
                continue
            k = m.token_start
            trigger = Trigger(
                Relation.CONTROLS, "part", HELD_PART_CONFIDENCE, s.words[k - 1].surface
            )
            yield self._assert(
                s, k - 1, m.token_end, trigger, Relation.CONTROLS, m, place, trigger.confidence
            )

    def _held_part_of(self, s: SentenceView, args: Sequence[Mention], m: Mention) -> Mention | None:
        """The place whose districts ``m`` names as its own (« quartiers rebelles d'Alep »)."""
        if not self.language.adjective_after_noun or self.language.verb_initial:
            return None
        words, k = s.words, m.token_start
        if not m.can_act or k == 0 or not self._has_cue("part_noun", words, k - 1):
            return None
        if not self._has_cue("source_marker", words, m.token_end):
            return None
        return self._right(s, args, m.token_end + 1, place=True, window=1)

    def _named_operations(
        self, s: SentenceView, args: Sequence[Mention], masked: set[int]
    ) -> Iterator[Assertion]:
        """ "Turkey launched Operation Olive Branch against the YPG", « l'opération Rameau
        d'olivier contre les YPG », عملية "غصن الزيتون" ضد الوحدات: a named operation
        against a side is an attack on it by whoever launched it."""
        words = s.words
        for start, end, _ in self.lex.cue("named_operation").find(words):
            against = self._operation_name_end(words, end)
            if against is None or self._blocked(words, start, masked):
                continue
            name_end = against
            target = self._right(s, args, against + 1, place=None, window=2, modifiers=False)
            agent = self._agent(s, args, start, name_end)[0]
            if agent is None or target is None or not 0 <= start - agent.token_end <= 3:
                continue  # who launched it stands just before: "Turkey launched Operation X"
            trigger = Trigger(Relation.ATTACKS, "operation", NAMED_OPERATION_CONFIDENCE,
                              words[end - 1].surface)  # fmt: skip
            for a in self._coagents(s, args, agent, start):
                yield self._assert(
                    s, start, against + 1, trigger, Relation.ATTACKS, a, target,
                    trigger.confidence,
                )  # fmt: skip

    def _operation_name_end(self, words: Sequence[Token], k: int) -> int | None:
        """Where the name after "Operation" ends, right before "against": a few words, each
        capitalised or joined by "of"/« d' » where names have capitals (Operation Euphrates
        Shield, « Rameau d'olivier »), any plain words where they have none (عملية غصن
        الزيتون ضد); None when no name or no "against" follows."""
        for j in range(k + 1, min(len(words), k + 1 + OPERATION_NAME_WORDS)):
            if not self._has_cue("opponent_marker", words, j):
                continue
            name = words[k:j]
            if not all(w.is_word and w.norm not in self.lex.triggers for w in name):
                return None
            if self.language.has_capitals and not all(
                w.surface[:1].isupper() or w.norm in _NAME_LINKS or prev.norm in _NAME_LINKS
                for prev, w in zip([words[k - 1], *name], name, strict=False)
            ):
                return None
            return j
        return None

    def _fights_on_behalf(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
    ) -> Iterator[Assertion]:
        """ "X fought on behalf of Y", « combattent pour le compte de Y », يقاتل نيابة عن Y:
        fighting for a side is an alliance with it, never a clash."""
        fight = next((t for t in entries if t.relation is Relation.CLASHES_WITH), None)
        if fight is None or (first > 0 and self._has_cue("determiner", s.words, first - 1)):
            return  # "the battle for Y": a noun's "for" names what is fought over
        if not any(last <= k < last + BEHALF_SPAN for k in self._behalf_cues):
            return
        agent = self._agent(s, args, first, last)[0]
        after = agent.token_end if agent is not None and agent.token_start >= last else last
        hit = self.lex.cue("behalf").match_at(s.words, after)
        if agent is None or hit is None:
            return
        partner = self._right(s, args, after + hit[0], place=False, window=1, modifiers=False)
        if partner is None or self._cue_before(
            "opponent_marker", s.words, partner.token_start, partner.token_start - after
        ):
            return  # "fighting for survival against X": X is the enemy
        allied = replace(fight, relation=Relation.ALLIED_WITH, frame="behalf")
        for a in self._coagents(s, args, agent, first):
            yield self._assert(
                s, first, after + hit[0], allied, Relation.ALLIED_WITH, a, partner,
                fight.confidence * SAME_SIDE_FACTOR,
            )  # fmt: skip

    def _lost_control_noun(
        self,
        args: Sequence[Mention],
        last: int,
        following: Sequence[tuple[int, int, Sequence[Trigger]]],
    ) -> None:
        """خسرت فصائل المعارضة السيطرة على Y: the control noun is what was lost, right after the
        verb or its subject, and is not read again as a capture."""
        if not following:
            return
        start, _, entries = following[0]
        subject_end = next((m.token_end for m in args if m.token_start == last), last)
        if start in (last, subject_end) and any(t.relation is Relation.CONTROLS for t in entries):
            self._subsumed.add(start)

    def _fought_alongside(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        alongside: tuple[int, int, Sequence[Trigger]],
    ) -> Iterator[Assertion]:
        """يقاتل عناصر حزب الله إلى جانب قوات النظام: the subject between a fighting verb and
        "alongside" is the ally of whoever "alongside" names (where the subject comes first,
        "X fought alongside Y", the "alongside" trigger finds it on its own)."""
        start, end, entries = alongside
        allied = next((t for t in entries if t.relation is Relation.ALLIED_WITH), None)
        agent = self._agent(s, args, first, last)[0]
        if allied is None or agent is None or not last <= agent.token_start < start:
            return
        partner = self._right(s, args, end, place=False, window=3, modifiers=False)
        if partner is None or partner is agent:
            return
        self._subsumed.add(start)
        yield self._assert(
            s, start, end, allied, Relation.ALLIED_WITH, agent, partner, allied.confidence
        )

    def _taken_from_holders(self, found: Sequence[Assertion]) -> Iterator[Assertion]:
        """ "X took Y, which Z held", سيطر X على Y التي تسيطر عليها Z: a place taken in the
        sentence that also says another actor holds it was lost by that actor."""
        holding = {id(a) for a in self._holdings}
        taken = [
            a for a in found
            if a.relation is Relation.CONTROLS and id(a) not in holding and a.agent and a.target
        ]  # fmt: skip
        for held in self._holdings:
            for capture in taken:
                if held.agent is None or held.target is None or capture.target is None:
                    continue
                if capture.target.iri != held.target.iri or capture.agent == held.agent:
                    continue
                evidence = replace(
                    held.evidence, confidence=held.evidence.confidence * TAKEN_FROM_HOLDER_FACTOR
                )
                yield replace(
                    held, relation=Relation.LOSES_CONTROL_OF, evidence=evidence, place=None
                )
                break

    def _held_until_expelled(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
    ) -> Iterator[Assertion]:
        """ "an offensive to drive X from Y", الهدف هو طرد X من Y, « pour chasser X de Y »: the
        expulsion has not happened, which says that X holds Y now."""
        expel = next((t for t in entries if t.frame == "expel"), None)
        if expel is None or self._cue_before("negation", s.words, first, NEGATION_WINDOW):
            return
        expelled = self._right(s, args, last, place=False, window=3, modifiers=False)
        if expelled is None:
            return
        # quotes and a bracketed acronym may follow the name: طرد " الوحدات " ( YPG ) من
        source = self._marker_after(s, "source_marker", expelled.token_end, span=EXPELLED_SPAN)
        place = (
            self._right(s, args, source + 1, place=True, window=3) if source is not None else None
        )
        if place is None:
            return
        place = self._named_after_of(s, args, place)  # "from its capital of Raqqa"
        for p in self._coordinated(s, args, place, True):
            yield self._assert(
                s, first, last, expel, Relation.CONTROLS, expelled, p,
                expel.confidence * HELD_UNTIL_EXPELLED_FACTOR,
            )  # fmt: skip

    def _sent_in_support(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
        masked: set[int],
    ) -> Iterator[Assertion]:
        """ "Russia sent reinforcements to support the army", أرسلت روسيا تعزيزات لدعم قوات
        النظام: support sent is support given, though "to support" reads as an aim."""
        backing = [t for t in entries if t.relation is Relation.SUPPORTS]
        if not backing or not self._aim_only(s.words, first, masked):
            return
        if not self._cue_before("dispatch", s.words, first, DISPATCH_SPAN):
            return
        yield from self._apply(s, args, first, last, backing)

    def _attempted_capture(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
        masked: set[int],
    ) -> Iterator[Assertion]:
        """ "X is fighting to recapture Y", « X tente de reprendre Y », تحاول قوات X السيطرة على
        Y: no capture yet, but the fight for Y is an attack on it. Only a capture verb counts
        ("battling to hold Y" defends it), and only an attempt nothing else governs ("denied
        trying to", "will try to")."""
        capture = next(
            (t for t in entries if t.relation is Relation.CONTROLS and t.frame in ("verb", "noun")),
            None,
        )
        words = s.words
        if capture is None or self._has_cue("holding", words, first):
            return
        attempt = self._attempt_before(s, args, first, masked)
        if attempt is None:
            return
        start, end = attempt
        inside = [m for m in args if end <= m.token_start and m.token_end <= first]
        agent = next((m for m in inside if m.can_act), None)  # VSO: تحاول قوات X السيطرة
        if agent is None:
            agent = self._agent(s, args, start, end)[0]
        # close to the verb: "to regain the initiative from IS near Y" is no fight for Y
        target = self._right(
            s, args, last, place=True, window=ATTEMPT_OBJECT_WINDOW, modifiers=False
        )
        if agent is None or target is None:
            return
        if any(self._has_cue("location_marker", words, k) for k in range(last, target.token_start)):
            return  # "to regain the initiative in Y": Y is where, not what is fought for
        assault = replace(capture, relation=Relation.ATTACKS, frame="attempt")
        for a in self._coagents(s, args, agent, start):
            for t in self._coordinated(s, args, target, True):
                yield self._assert(
                    s, first, last, assault, Relation.ATTACKS, a, t,
                    capture.confidence * ATTEMPT_FACTOR,
                )  # fmt: skip

    def _attempt_before(
        self, s: SentenceView, args: Sequence[Mention], first: int, masked: set[int]
    ) -> tuple[int, int] | None:
        """Where an `attempt` cue ("trying to", « tentent de », تحاول) ends just before the
        capture verb at ``first``: at most one word between them besides a named subject."""
        words = s.words
        named = {k for m in args for k in range(m.token_start, m.token_end)}
        for start in range(first - 1, max(-1, first - 1 - ATTEMPT_SPAN), -1):
            if words[start].norm in _HARD_BREAKS:
                return None
            hit = self.lex.cue("attempt").match_at(words, start)
            if hit is None or start + hit[0] > first:
                continue
            end = start + hit[0]
            if sum(1 for k in range(end, first) if k not in named) > 1:
                return None
            if self._blocked(words, start, masked):
                return None  # "denied trying to take Y", "will try to take Y"
            return start, end
        return None

    def _aim_only(self, words: Sequence[Token], trigger: int, masked: set[int]) -> bool:
        """Blocked only as an aim ("to", « pour », a bound ل), not by a negation or a denial."""
        prefixed = self._purpose_prefix(words[trigger])
        if not prefixed and not (trigger > 0 and self._has_cue("purpose", words, trigger - 1)):
            return False
        marker = trigger if prefixed else trigger - 1
        for k in self._clause_before(words, marker, masked):
            near = marker - k <= NEGATION_WINDOW
            if (near and self._has_cue("negation", words, k)) or self._has_cue(
                "modality", words, k
            ):
                return False
        return True

    def _lifted_siege(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
    ) -> Iterator[Assertion]:
        """ "broke the siege imposed by X on Y", فك الحصار عن Y الذي كان يفرضه X: the siege is
        over, but X did besiege Y (`siege_imposer` cues name who imposed it)."""
        siege = next((t for t in entries if t.relation is Relation.BESIEGES), None)
        words = s.words
        if siege is None or not self._cue_before("cancel", words, first, NEGATION_WINDOW):
            return
        if self._cue_before("negation", words, first, NEGATION_WINDOW):
            return
        imposer = next(
            (k for k in range(last, min(len(words), last + LIFTED_SIEGE_SPAN))
             if self._has_cue("siege_imposer", words, k)),
            None,
        )  # fmt: skip
        if imposer is None:
            return
        besieger = self._right(s, args, imposer + 1, place=False, window=3)
        place = self._right(s, args, last, place=True, window=3)
        if besieger is None:
            return
        if place is None or place.token_start > imposer:  # "imposed by X on Y"
            place = self._right(s, args, besieger.token_end, place=True, window=3)
        if place is not None:
            yield self._assert(
                s, first, last, siege, siege.relation, besieger, place,
                siege.confidence * LIFTED_SIEGE_FACTOR,
            )  # fmt: skip

    def _named_after_of(self, s: SentenceView, args: Sequence[Mention], place: Mention) -> Mention:
        """The place named by "of" right after a descriptive one ("its Syrian capital of Raqqa",
        « la province d'Idleb »), else ``place``."""
        k = place.token_end
        if k < len(s.words) and self._has_cue("source_marker", s.words, k):
            named = self._right(s, args, k + 1, place=True, window=0)
            if named is not None:
                return named
        return place

    def _withdrawal_after_capture(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
        earlier: Sequence[Assertion],
    ) -> list[Assertion]:
        """ "X took A and B after the withdrawal of Y (from them)": Y lost what X took.

        A withdrawal introduced by "after" (بعد, عقب, après) that follows a capture in the same
        sentence names who held the captured places before."""
        loses = next(
            (t for t in entries if t.relation is Relation.LOSES_CONTROL_OF or t.frame == "expel"),
            None,
        )  # بعد طرد التنظيم منها: an expulsion after a capture names the loser too
        if loses is None or first == 0 or not self._after_before(s.words, first):
            return []
        taken = [
            a
            for a in earlier
            if a.relation is Relation.CONTROLS and a.target is not None and a.agent is not None
        ]
        if not taken:
            return []
        holder = self._right(s, args, last, place=False, window=2)
        if holder is None or not self._construct_gap(s.words[last : holder.token_start]):
            holder = self._left(s, args, first, place=False, window=0)
        if holder is None or any(a.agent and a.agent.iri == holder.entity.iri for a in taken):
            return []
        places = {a.target.iri: a.target for a in taken if a.target is not None}
        evidence = self._evidence(s, first, last, loses, loses.confidence * 0.9, (holder,))
        return [
            Assertion(
                relation=Relation.LOSES_CONTROL_OF,
                agent=_as_actor(holder),
                target=place,
                evidence=evidence,
                agent_unit=holder.unit,
            )
            for place in places.values()
        ]

    def _after_before(self, words: Sequence[Token], first: int) -> bool:
        """ "after" right before the trigger, or before one noun it is joined to by "and":
        بعد انسحاب X, بعد اشتباكات وانسحاب X, "after fierce clashes and the withdrawal of X"."""
        if self._has_cue("after", words, first - 1):
            return True
        joined = self._bound_conjunction(words[first]) or (
            first > 1 and self._is_conjunction(words[first - 1])
        )
        start = first - 1 if self._bound_conjunction(words[first]) else first - 2
        return joined and any(
            self._has_cue("after", words, k) for k in range(max(0, start - 2), start)
        )

    def _origin_of_a_noun(self, s: SentenceView, m: Mention) -> bool:
        """ "the Britain-based monitor", "based in London", الذي يتخذ من لندن مقرا له: where
        something is based, never a party to events."""
        if m.token_start in self._bases or m.token_start - 1 in self._bases:
            return True  # "based in (the city of) London"
        return _hyphen_after(s, m) and self._has_cue("origin_compound", s.words, m.token_end)

    def _compound_modifier(self, s: SentenceView, m: Mention) -> bool:
        """ "US" in "US-led coalition": hyphened to a participle before the name it modifies."""
        return _hyphen_after(s, m) and self._has_cue("compound_participle", s.words, m.token_end)

    def _modifies_a_noun(self, s: SentenceView, m: Mention) -> bool:
        """A mention inside another's description, never the object of a verb: "US" in
        "the US-backed SDF", واشنطن in "التحالف بقيادة واشنطن", Iran in "backed by Iran"."""
        if self._compound_modifier(s, m):
            return True
        for k in range(max(0, m.token_start - 3), m.token_start):
            hit = self.lex.triggers.match_at(s.words, k)
            if hit is None:
                continue
            length, entries = hit
            end = k + length
            by = end < m.token_start and self._has_cue("agent_marker", s.words, end)
            passive = any(t.frame == "passive" for t in entries)
            aided = any(t.frame == "aided" for t in entries)  # بدعم (جوي) روسي
            # النصرة المرتبطة بالقاعدة; but "one of the factions of Y, which fights" acts, and
            # "a warplane belonging to the regime" (طائرة تابعة للنظام) names what was hit
            member = (
                any(t.frame == "member" for t in entries)
                and not self._has_cue("relative_pronoun", s.words, m.token_end)
                and any(0 <= k - x.token_end <= 1 for x in s.mentions if x is not m)
            )
            if ((passive or member) and end == m.token_start) or (by and end + 1 == m.token_start):
                return True
            if (
                passive
                and end + 1 == m.token_start
                and self._has_cue("source_marker", s.words, end)
            ):
                return True  # المدعومون من إيران: من after a participle is "by"
            if aided and m.token_start - end <= 1:
                return True
        return False

    def blocked_at(self, words: Sequence[Token], offset: int) -> bool:
        """Whether a trigger starting at article ``offset`` is negated, denied or hypothetical
        (for relations found by other means, such as a dependency parse)."""
        k = next((i for i, w in enumerate(words) if w.start <= offset < w.end), None)
        return k is not None and self._blocked(words, k, self._masked_cues(words))

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

    def _blocked(self, words: Sequence[Token], trigger: int, masked: set[int]) -> bool:
        """A negation, denial, threat, plan or attempt governs the trigger.

        Negation binds tightly (لم تسيطر, n'a pas pris); denials, threats and plans govern a
        whole complement clause (نفت قسد أن تكون قد قصفت), so they are looked for further back.
        """
        if self._purpose_prefix(words[trigger]) or self._planned_after(words, trigger):
            return True
        for k in self._clause_before(words, trigger, masked):
            if trigger - k == 1 and (
                self._has_cue("purpose", words, k) or self._has_cue("operation_noun", words, k)
            ):
                return True  # "to capture", « pour reprendre », معركة استعادة: an aim
            near = trigger - k <= NEGATION_WINDOW
            if near and self._has_cue("negation", words, k):
                return True
            if self._has_cue("modality", words, k) or (near and self._has_cue("cancel", words, k)):
                return True
        return False

    def _clause_before(self, words: Sequence[Token], at: int, masked: set[int]) -> Iterator[int]:
        """The positions before ``at``, nearest first, up to :data:`MODALITY_WINDOW` words
        back and not past the start of the clause; words of masked cues (لا تزال) skipped."""
        for k in range(at - 1, max(-1, at - 1 - MODALITY_WINDOW), -1):
            if words[k].norm in _HARD_BREAKS:
                return
            if self._has_cue("clause_break", words, k):
                # "denied that ...", "rejected claims that ...": the clause is the complement
                # of a denial, a threat or a plan
                span = 3 if self._has_cue("complementizer", words, k) else 1
                for j in range(k - 1, max(-1, k - 1 - span), -1):
                    if self._has_cue("modality", words, j):
                        yield j
                        break
                return
            if k not in masked:
                yield k

    def _planned_after(self, words: Sequence[Token], trigger: int) -> bool:
        """A relative clause of plan or threat right after the trigger: "the battle that
        Turkey is planning", المعركة التي تخطط لها تركيا, « l'offensive que prépare X »."""
        after = trigger + 1
        if after >= len(words) or not self._has_cue("relative_pronoun", words, after):
            return False
        return any(
            self._has_cue("modality", words, k)
            for k in range(after + 1, min(len(words), after + 1 + PLANNED_RELATIVE_WINDOW))
        )

    def _purpose_prefix(self, word: Token) -> bool:
        """A bound purpose prefix on a verbal noun (للسيطرة, لاستعادة): in order to, not done."""
        prefix = self.language.purpose_prefix
        if not prefix or not word.norm.startswith(prefix):
            return False
        bare = word.norm[len(prefix) :]
        stripped = "ا" + bare if bare.startswith("ل") else bare  # لل = ل + ال
        article = self.language.definite_article
        forms = (
            {stripped, stripped[len(article) :]}
            if article and stripped.startswith(article)
            else {stripped}
        )
        return any(map(self.lex.triggers_has, forms)) and not self.lex.triggers_has(word.norm)

    def _claimant(self, s: SentenceView) -> tuple[Entity | None, set[int]]:
        owned: set[int] = set()  # "claimed responsibility": a claim of one's own deed, not a report
        for first, last, _ in self.lex.cue("responsibility").find(s.words):
            owned.update(range(first, last))
        reports = [k for k, _, _ in self.lex.cue("report").find(s.words) if k not in owned]
        if reports:  # "United States" holds "states", but no report
            named = {k for m in s.mentions for k in range(m.token_start, m.token_end)}
            reports = [k for k in reports if k not in named]
        for k in reports:
            for m in s.mentions:
                before = 0 <= k - m.token_end <= 1
                after = 0 <= m.token_start - k <= 3 and self._source_after_cue(s, m, k)
                if m.entity.is_actor and (before or after):
                    return m.entity, {id(m)}
        return None, set()

    def _source_after_cue(self, s: SentenceView, m: Mention, cue: int) -> bool:
        """A source named after its verb: in verb-first languages unless "that" comes first
        (أفاد المرصد, but قال إن X: X opens what was said), else only when the clause ends with
        it ("..., said the Observatory", "according to X,"), not when it opens the reported
        clause ("said regime planes struck")."""
        if self.language.verb_initial:
            return not any(
                self._has_cue("complementizer", s.words, j) for j in range(cue + 1, m.token_start)
            )
        nxt = s.words[m.token_end].norm if m.token_end < len(s.words) else "."
        return nxt in _HARD_BREAKS or nxt in _COMMAS

    # --- argument search -------------------------------------------------------------------

    def _left(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        before: int,
        *,
        place: bool | None,
        window: int = AGENT_WINDOW,
        modifiers: bool = True,
    ) -> Mention | None:
        best = None
        for m in args:
            if not modifiers and id(m) in self._modifiers:
                continue
            near = m.token_end <= before and before - m.token_end <= window
            if (
                near
                and _kind_ok(m, place)
                and not self._crosses_break(s.words, m.token_end, before)
            ):
                best = m
        return best

    def _right(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        after: int,
        *,
        place: bool | None,
        window: int = OBJECT_WINDOW,
        exclude: Mention | None = None,
        modifiers: bool = True,
    ) -> Mention | None:
        for m in args:
            if exclude is not None and m.entity.iri == exclude.entity.iri:
                continue
            if not modifiers and id(m) in self._modifiers:
                continue
            if m.token_start >= after and m.token_start - after <= window and _kind_ok(m, place):
                if not self._crosses_break(s.words, after, m.token_start):
                    return m
                return None
        return None

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

    def _parenthetical_before(self, words: Sequence[Token], trigger: int) -> int | None:
        """Index of the comma opening an aside that closes just before ``trigger``."""
        closing = next(
            (k for k in range(trigger - 1, max(-1, trigger - 6), -1) if words[k].norm in _COMMAS),
            None,
        )
        if closing is None:
            return None
        for k in range(closing - 1, max(-1, closing - ASIDE_SPAN - 1), -1):
            if words[k].norm in _HARD_BREAKS:
                return None
            if words[k].norm in _COMMAS:
                return k
        return None

    def _head_before_aside(
        self, s: SentenceView, args: Sequence[Mention], first: int, place: bool | None
    ) -> Mention | None:
        """ "The YPG, which Ankara calls terrorists, is backed by X": the name before an aside
        that closes right before the verb (and its auxiliary), not a name inside it."""
        opening = self._parenthetical_before(s.words, first)
        if opening is None:
            return None
        closing = max(k for k in range(opening + 1, first) if s.words[k].norm in _COMMAS)
        verb_group = range(closing + 1, first)
        if not all(
            self._has_cue("copula", s.words, k) or self._has_cue("auxiliary", s.words, k)
            for k in verb_group
        ):
            return None
        return self._left(s, args, opening, place=place, window=3, modifiers=False)

    def _inside_aside_before_verb(
        self, words: Sequence[Token], opening: int, first: int, m: Mention
    ) -> bool:
        """``m`` stands inside an aside that closes right before the verb (its auxiliaries
        between), so it is no subject of that verb."""
        closing = max(k for k in range(opening + 1, first) if words[k].norm in _COMMAS)
        verb_group = all(
            self._has_cue("copula", words, k) or self._has_cue("auxiliary", words, k)
            for k in range(closing + 1, first)
        )
        return verb_group and opening < m.token_start < closing

    def _describes_its_head(self, words: Sequence[Token], opening: int, trigger: int) -> bool:
        """An aside that opens with a participle ("led by", "backed by", المدعومة من), maybe
        after "which is"."""
        k = opening + 1
        while k < trigger and any(
            self._has_cue(kind, words, k) for kind in ("relative_pronoun", "copula")
        ):
            k += 1
        hit = self.lex.triggers.match_at(words, k)
        return hit is not None and any(t.frame in ("passive", "backed") for t in hit[1])

    def _referent(self, s: SentenceView, entity: Entity, first: int, last: int) -> Mention:
        """A mention, at the words that refer to it, of an entity named in an earlier sentence."""
        start, end = s.words[first].start, s.words[last - 1].end
        surface = " ".join(w.surface for w in s.words[first:last])
        return Mention(entity, start, end, surface, s.index, first, last, "coref")

    def _crosses_break(self, words: Sequence[Token], a: int, b: int) -> bool:
        return any(words[k].norm in _HARD_BREAKS for k in range(a, b))

    def _coordinated(
        self, s: SentenceView, args: Sequence[Mention], first: Mention, place: bool | None
    ) -> list[Mention]:
        """``first`` and the same-kind mentions listed after it (A, B and C)."""
        out = [first]
        last = first
        for m in args:
            if m.token_start < last.token_end or not _kind_ok(m, place):
                continue
            if self._compound_modifier(s, m):
                break  # "X and US-backed fighters": US describes the next noun, not a member
            gap = s.words[self._past_side_marker(s.words, last.token_end) : m.token_start]
            if (
                m.rule != "coref"
                and len(gap) > 1
                and self._has_cue("determiner", gap, len(gap) - 1)
            ):
                gap = gap[:-1]  # "the SDF and the YPG", « les FDS et les YPG »
            if (
                (
                    all(w.norm in LIST_PUNCTUATION or self._is_conjunction(w) for w in gap)
                    and (gap or self._bound_conjunction(s.words[m.token_start]))
                )
                or (place and self._repeats_the_preposition(s.words, first, gap))
                or (place and self._separator_then_class_noun(s.words, last.token_end, gap))
                or (place and self._located_then_joined(gap, s.words[m.token_start]))
                or self._coordinator(s.words, last.token_end, m.token_start)
            ):
                out.append(m)
                last = m
            elif m.token_start >= last.token_end:
                break
        return out

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

    def _participle_of_place(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> list[Assertion] | None:
        """ "Jarablus, liberated from ISIS", « Manbij, reprise à l'EI »: a capture participle
        right after a place, followed by "from", says who lost the place; the taker is unnamed."""
        taken = next((m for m in args if m.token_end in (first, first - 1)), None)
        if taken is None or taken.entity.is_actor:
            return None
        if taken.token_end == first - 1 and s.words[first - 1].norm not in _COMMAS:
            return None
        if last >= len(s.words) or not self._has_cue("taken_from", s.words, last):
            return None
        previous = self._taken_from(s, args, last, taken)
        if previous is None:
            return None
        return [
            self._assert(
                s, first, last, trigger, Relation.LOSES_CONTROL_OF, previous, taken,
                trigger.confidence * PARTICIPLE_FACTOR,
            )
        ]  # fmt: skip

    def _located_then_joined(self, gap: Sequence[Token], next_word: Token) -> bool:
        """ "Mosul in Iraq and Raqqa in Syria", الموصل في العراق والرقة: where the item lies, then
        "and" (a word, or bound to the next name)."""
        if not 2 <= len(gap) <= LOCATED_ITEM_GAP or not self._has_cue("location_marker", gap, 0):
            return False
        if self._is_conjunction(gap[-1]):
            return True
        return self._bound_conjunction(next_word)

    def _separator_then_class_noun(
        self, words: Sequence[Token], start: int, gap: Sequence[Token]
    ) -> bool:
        """ "A / the two checkpoints of B / the area of C", A، بلدة B: a list separator, then
        only the class noun that introduces the next item."""
        if not gap:
            return False
        k, end = start, start + len(gap)
        k = self._past_separators(words, k, end)
        separated = k > start or self._bound_conjunction(words[k])
        bare = self.language.after_conjunction(words[k].norm) if k < end else None
        if separated and k == end - 1 and bare is not None and bare in self.lex.naming:
            return True  # ومعمل كراش: "and the factory of" fused into one word
        hit = self.lex.naming.match_at(words, k) if k < end else None
        return separated and hit is not None and k + hit[0] == end

    def _repeats_the_preposition(
        self, words: Sequence[Token], first: Mention, gap: Sequence[Token]
    ) -> bool:
        """ "on A and on the town of B", على A وعلى بلدات B: "and" with the preposition that
        introduced the first object, then class nouns only."""
        k, end = first.token_end, first.token_end + len(gap)
        k = self._past_separators(words, k, end)
        if k >= end:
            return False
        bare = self.language.after_conjunction(words[k].norm) or words[k].norm
        before = {w.norm for w in words[max(0, first.token_start - 3) : first.token_start]}
        if bare not in before:
            return False
        k += 1
        while k < end:  # class nouns and articles only: وعلى بلدات, "and of the town of"
            hit = self.lex.naming.match_at(words, k)
            if hit is None and not self._has_cue("determiner", words, k):
                return False
            k += hit[0] if hit is not None else 1
        return True

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

    # --- frames -----------------------------------------------------------------------------

    def _apply(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
    ) -> Iterator[Assertion]:
        by_frame = {t.frame: t for t in entries}
        genitive = by_frame.get("genitive")
        if genitive and self._genitive_marked(s.words, first):
            yield from self._genitive(s, args, first, last, genitive)
            return
        if genitive and self._under_holder(s, args, first) is not None:
            yield from self._under_control(s, args, first, last, genitive)
            return
        possessed = by_frame.get("possessed")
        if possessed and self._owner_and_partners(s, args, first, last) is not None:
            yield from self._possessed(s, args, first, last, possessed)
            return
        compound = _hyphen_before(s, s.words[first])
        noun_of_by = list(self._noun_of_by(s, args, first, last, entries))
        if noun_of_by:
            yield from noun_of_by
            return
        for trigger in entries:
            frame = trigger.frame
            if frame in ("genitive", "possessed") or (compound and frame != "backed"):
                continue  # "US-backed": a compound modifier, never a finite verb
            if (
                frame == "verb"
                and self._marker_after(s, "agent_marker", self._past_light_verb(s, first, last))
                is not None
                and not self._has_cue("responsibility", s.words, last)  # "a bomb claimed by X"
            ):
                frame = "passive"
            elif frame == "verb" and self._agentless_passive(s, args, first, trigger):
                continue  # « les rebelles sont bombardés à Alep »: the rebels were hit
            handler = getattr(self, f"_{frame}")
            produced = list(handler(s, args, first, last, trigger))
            yield from produced
            if produced:
                return

    def _agentless_passive(
        self, s: SentenceView, args: Sequence[Mention], first: int, trigger: Trigger
    ) -> bool:
        """A participle right after "is"/« est » with no "by" after it ("IS is attacked in
        Raqqa", « l'EI a été attaqué »): the subject underwent the event, so it is no agent. Not
        "is attacking" (a progressive), nor a symmetric relation ("is allied with")."""
        words = s.words
        if self.language.verb_initial or trigger.relation.symmetric or first == 0:
            return False
        if not self._has_cue("copula", words, first - 1):
            return False
        if any(m.token_start < first <= m.token_end for m in args):
            return False  # "an IS attack": the name IS, not the verb "is"
        if first > 1 and words[first - 2].norm in self.language.reflexive_pronouns:
            return False  # « l'armée s'est emparée du quartier »: active
        endings = self.language.active_participle_endings
        return not (endings and words[first].norm.endswith(endings))

    def _noun_of_by(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
    ) -> Iterator[Assertion]:
        """ "the capture of Y by X", « la prise de Palmyre par l'EI », "the siege of Y by X":
        an event noun whose object follows "of" and whose author follows "by"."""
        trigger = next((t for t in entries if t.frame == "verb"), None)
        if trigger is None:
            return
        marker = last
        if trigger.relation is Relation.ATTACKS:  # "a campaign (being) waged against Y by X"
            marker = self._past_light_verb(s, first, self._past_auxiliaries(s.words, last))
            if not self._has_cue("opponent_marker", s.words, marker):
                marker = last
        if not (
            self._has_cue("source_marker", s.words, marker)
            or (marker > last and self._has_cue("opponent_marker", s.words, marker))
            or self._has_cue("opponent_marker", s.words, last)
        ):
            return
        rel = trigger.relation
        place = True if rel.object_is_place else (None if rel.object_may_be_place else False)
        target = self._right(s, args, marker + 1, place=place, window=2, modifiers=False)
        if target is None or not self._has_cue("agent_marker", s.words, target.token_end):
            return
        agent = self._right(s, args, target.token_end + 1, place=False, window=2)
        if agent is not None and self._compound_modifier(s, agent):
            # "by the US-led coalition": the coalition, whom the US leads
            agent = self._right(s, args, agent.token_end, place=False, window=3) or agent
        if agent is None:
            return
        for a in self._coordinated(s, args, agent, False):
            yield self._assert(
                s, first, last, trigger, rel, a, target, trigger.confidence * NOUN_OF_BY_FACTOR
            )

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

    def _assert(
        self,
        s: SentenceView,
        first: int,
        last: int,
        trigger: Trigger,
        relation: Relation,
        agent: Mention | None,
        target: Mention | None,
        confidence: float,
        place: Mention | None = None,
        description: str | None = None,
    ) -> Assertion:
        if any(m is not None and m.rule == "coref" for m in (agent, target)):
            confidence *= 0.9
        evidence = self._evidence(s, first, last, trigger, confidence, (agent, target))
        return Assertion(
            relation=relation,
            agent=_as_actor(agent),
            target=_as_actor(target) if not relation.object_may_be_place else _entity(target),
            evidence=evidence,
            place=place.entity if place else None,
            agent_unit=agent.unit if agent else None,
            agent_description=description,
        )

    def _location(
        self, s: SentenceView, args: Sequence[Mention], last: int, used: Sequence[Mention | None]
    ) -> Mention | None:
        taken = {id(m) for m in used if m is not None}
        places = [
            m
            for m in args
            if not m.entity.is_actor
            and id(m) not in taken
            and self._marked_location(s.words, m.token_start)
        ]
        after = [m for m in places if m.token_start >= last]
        candidates = after or places
        return candidates[0] if candidates else None

    def _marked_location(self, words: Sequence[Token], start: int) -> bool:
        """A place introduced as a location (in X, near X, في X, بريف X, à X)."""
        if start > 0 and self._has_cue("location_marker", words, start - 1):
            return True
        if (
            start > 1
            and self._has_cue("source_marker", words, start - 1)
            and self._has_cue("location_marker", words, start - 2)
        ):
            return True  # « près de X », « au nord de X », "north of X"
        prefixes = self.language.location_prefixes  # بريف حلب, وبمدينة الرقة: a bound "in"
        return bool(prefixes) and words[start].norm.startswith(prefixes)

    def _resumptive_after(self, words: Sequence[Token], k: int) -> bool:
        return k < len(words) and self._has_cue("resumptive", words, k)

    def _agent(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        verbal_noun: bool = False,
    ) -> tuple[Mention | None, float, int]:
        """The agent, a confidence factor, and where to look for the object."""
        left = self._left(s, args, first, place=False, modifiers=False)
        if left is not None and id(left) in self._departed:
            return None, 1.0, last  # "fighters who left X joined Y": the fighters, unnamed
        if left is not None and self._judges(left, first):
            return None, 1.0, last  # "X condemned the support of Y": X judges, Y acts
        if left is not None:
            left = self._participle_subject(s, args, left) or left
        if (
            left is not None
            and self._cue_before("subject_pronoun", s.words, first, first - left.token_end)
            and not self._subordinate_pronoun(s.words, first)
        ):
            # "the neighbourhoods it still holds": "it" acts, not the name before; but in
            # "X retook Y, which it had lost", "it" is X, the subject the relative clause is in,
            # and in "X ..., because they keep arming Y", "they" is the name before
            left = self._subject_of_relative(s, args, first)
        if left is None:
            speaker = self._speaker_of_pronoun(s, first)
            if speaker is not None:  # "the SDF announced it had captured Y": it = the SDF
                return speaker, 0.85, last
            pronoun = self._pronoun_subject(s, args, first)
            if pronoun is not None and s.previous_topic is not None:
                # "On Thursday it mounted a counterattack": it = what the last sentence was about
                return self._referent(s, s.previous_topic, pronoun, pronoun + 1), 0.8, last
        if left is not None and id(left) in self._unnamed_backed:
            return None, 1.0, last  # "fighters backed by X seized Y": the fighters, unnamed
        if left is not None and id(left) in self._passive_agents:
            if left.token_end == first:
                return None, 1.0, last  # "backed by coalition air strikes": how Y backed X
            left = self._passive_agents[id(left)]  # "X المدعومة من Y ... سيطرت": X acts
        # "Y التي تدعمها X": after a relative pronoun the suffix is the object (Y), X the subject
        relative = self._object_relative(s, first)
        if self._possessive_trigger(s.words[first]) and not relative:
            topic = next((m for m in args if m.entity.is_actor and m.token_end <= first), None)
            if topic is not None:  # "بعد سيطرتها على": its control = the clause's subject
                return topic, 0.9, last
            if s.previous_topic is not None and not any(m.can_act for m in args):
                # وأعلن عن سيطرته على Y: "his control", the actor the last sentence was about
                return self._referent(s, s.previous_topic, first, last), 0.8, last
        if (
            left is not None
            and not self.language.verb_initial
            and self._after_participle(s.words, first)
        ):  # "X killed troops loyal to Y in Z after seizing the town": X seized it, not Y
            topic = self._topic(s, args, first)
            if topic is not None and id(topic) not in self._passive_agents:
                return topic, 0.9, last
        opening = self._parenthetical_before(s.words, first)
        if opening is not None:  # "X, backed by Y, captured Z": X is the agent, not Y
            head = self._left(s, args, opening, place=False, window=3, modifiers=False)
            if head is not None:
                return head, 0.95, last
            if self._left(s, self._bodies, opening, place=None, window=3) is not None:
                return None, 1.0, last  # "the PYD, the Syrian arm of the PKK, holds": the PYD
            if self._describes_its_head(s.words, opening, first):
                return None, 1.0, last  # "the coalition, led by the US, struck": not the US
            if left is not None and self._inside_aside_before_verb(s.words, opening, first, left):
                return None, 1.0, last  # "The army, with Russian air support, captured": inside
        if self.language.verb_initial:
            right = self._right(s, args, last, place=False, window=3)
            if right is not None and self._names_positions(s, right):
                right = None  # غارات على مواقع إيرانية: positions are hit, they do not act
            if (
                right is not None
                and (left is None or first - left.token_end > 2 or relative)
                and self._construct_gap(s.words[last : right.token_start])
            ):
                return right, 0.95, right.token_end
        if left is not None and self._opposed(s.words, left):
            return None, 1.0, last  # "Airstrikes against IS help Assad": IS is what they hit
        if left is not None:
            return left, 1.0 if first - left.token_end <= 4 else 0.9, last
        continued = first > 0 and self._has_cue("continuation", s.words, first - 1)
        topic = self._topic(s, args, first) if verbal_noun or continued else None
        if topic is not None:  # "X ... بعد أن أكملت السيطرة على": the clause's subject, far back
            # (and سيطر X على Y ... كما سيطر على Z: a verb "as also" continues its subject)
            return topic, 0.8, last
        announcer = self._announcer(s, first) if verbal_noun else None
        if announcer is not None:  # أعلنت الحكومة استعادة السيطرة على Y: who announced, did
            return announcer, 0.85, last
        return None, 1.0, last

    def _participle_subject(
        self, s: SentenceView, args: Sequence[Mention], left: Mention
    ) -> Mention | None:
        """ "Rebels backing the YPG fought IS", « les rebelles soutenant les YPG »: the name
        before a verb is the object of an active participle, and the subject is the name
        before that participle (a force noun may stand between: "FSA units backing")."""
        endings = self.language.active_participle_endings
        k = left.token_start - 1
        if k > 0 and self._has_cue("determiner", s.words, k):
            k -= 1
        if k < 1 or not endings or not s.words[k].norm.endswith(endings):
            return None
        if self.lex.triggers.match_at(s.words, k) is None:
            return None
        head = self._left(s, args, k, place=False, window=2, modifiers=False)
        if head is None or not all(
            self._has_cue("force_noun", s.words, j) for j in range(head.token_end, k)
        ):
            return None
        return head

    def _opposed(self, words: Sequence[Token], m: Mention) -> bool:
        """A name right after "against" (an article between: « contre l'EI »), so the object
        of that preposition, never a subject (where the subject comes first)."""
        if self.language.verb_initial:
            return False
        k = m.token_start - 1
        if k > 0 and self._has_cue("determiner", words, k):
            k -= 1
        return k >= 0 and self._has_cue("opponent_marker", words, k)

    def _judges(self, subject: Mention, first: int) -> bool:
        """A `stance` verb (condemned, أدانت, « a dénoncé ») between the subject and the event
        noun, or right before a verb-first subject (أدانت فرنسا القصف)."""
        before = subject.token_start - 1 if self.language.verb_initial else subject.token_end
        return any(before <= k < first for k in self._stance_cues)

    def _pronoun_subject(self, s: SentenceView, args: Sequence[Mention], first: int) -> int | None:
        """Where a subject pronoun stands right before the verb (auxiliaries between), in a
        clause that names no actor before it."""
        for k in range(first - 1, max(-1, first - 1 - PRONOUN_SUBJECT_SPAN), -1):
            if self._has_cue("subject_pronoun", s.words, k):
                if any(m.can_act and m.token_end <= k for m in args) or self._reporters:
                    return None
                return k
            if not any(
                self._has_cue(kind, s.words, k)
                for kind in ("auxiliary", "light_verb", "determiner")
            ):
                return None
        return None

    def _after_participle(self, words: Sequence[Token], first: int) -> bool:
        """A verb right after "after" (auxiliaries between: « après avoir pris »), whose
        subject is left unsaid: "after seizing the town"."""
        k = first - 1
        while k >= 0 and self._has_cue("auxiliary", words, k):
            k -= 1
        return k >= 0 and k < first and self._has_cue("after", words, k)

    def _names_positions(self, s: SentenceView, m: Mention) -> bool:
        """An actor named through its positions ("rebel positions", مواقع إيرانية)."""
        return self._has_cue("position_noun", s.words, m.token_start) or (
            m.token_end - m.token_start > 1
            and self._has_cue("position_noun", s.words, m.token_end - 1)
        )

    def _subordinate_pronoun(self, words: Sequence[Token], first: int) -> bool:
        """A subject pronoun right after a subordinator ("because they", « car ils »), a few
        words before ``first`` ("because they continue to arm")."""
        for k in range(first - 1, max(0, first - 1 - PRONOUN_SUBJECT_SPAN), -1):
            if self._has_cue("subject_pronoun", words, k):
                return self._has_cue("subordinator", words, k - 1)
        return False

    def _subject_of_relative(
        self, s: SentenceView, args: Sequence[Mention], first: int
    ) -> Mention | None:
        """The sentence's first actor, when the pronoun before ``first`` opens a relative
        clause about a named place: "X retook Y, which it had lost", « Y, qu'il avait perdue »."""
        pronoun = next(
            (k for k in range(first - 1, max(-1, first - 1 - PRONOUN_SUBJECT_SPAN), -1)
             if self._has_cue("subject_pronoun", s.words, k)),
            None,
        )  # fmt: skip
        if pronoun is None:
            return None
        if not self._cue_before("relative_pronoun", s.words, pronoun, 1):
            if pronoun == 0 or not self._has_cue("part_noun", s.words, pronoun - 1):
                return None
            # "the last districts it still holds in Mosul": the areas of the clause's subject,
            # the first actor not named as where ("In Iraq, the group ...")
            topic = next(
                (m for m in args if m.entity.is_actor and m.token_end <= pronoun
                 and not self._cue_before("location_marker", s.words, m.token_start, 1)
                 and _agrees(s.words[pronoun], m)),
                None,
            )  # fmt: skip
            if topic is None or id(topic) in self._modifiers:
                return None
            return None if self._crosses_break(s.words, topic.token_end, pronoun) else topic
        antecedent = pronoun - 2
        if antecedent >= 0 and s.words[antecedent].norm in _COMMAS:
            antecedent -= 1
        place = next((m for m in args if m.token_end - 1 == antecedent), None)
        if place is None or place.entity.is_actor:
            return None
        subject = self._topic(s, args, place.token_start)
        if subject is None or id(subject) in self._modifiers:
            return None
        self._relative_pronouns[first] = pronoun  # the clause's object is the place before
        return subject

    def _speaker_of_pronoun(self, s: SentenceView, first: int) -> Mention | None:
        """The source of a report whose clause has no other subject: "X said it had captured
        Y", « X a annoncé avoir pris Y », أعلنت X أنها سيطرت على Y: the source itself acted."""
        # "X said it had", "X said its jets had": the source's own forces acted
        kinds = (
            "report", "subject_pronoun", "auxiliary", "complementizer", "possessive", "force_noun",
        )  # fmt: skip
        for m in self._reporters:
            gap = s.words[m.token_end : first]
            if m.token_end > first or not 0 < len(gap) <= SPEAKER_GAP:
                continue
            if all(w.is_word and any(self._has_cue(k, gap, i) for k in kinds)
                   for i, w in enumerate(gap)) and not all(
                self._has_cue("complementizer", gap, i) for i in range(len(gap))
            ) and not all(self._has_cue("report", gap, i) for i in range(len(gap))):  # fmt: skip
                return m
        return None

    def _announcer(self, s: SentenceView, first: int) -> Mention | None:
        """The source of a report whose object is the event noun itself ("X announced the
        capture of Y", أعلن X سيطرته على Y), not a reported clause ("X said that ...")."""
        for m in self._reporters:
            between = range(m.token_end, first)
            if m.token_end <= first and not any(
                s.words[k].norm in _HARD_BREAKS or self._has_cue("complementizer", s.words, k)
                for k in between
            ):
                return m
        return None

    def _topic(self, s: SentenceView, args: Sequence[Mention], before: int) -> Mention | None:
        """The first actor of the sentence, when nothing but commas separates it from
        ``before``."""
        topic = next((m for m in args if m.entity.is_actor and m.token_end <= before), None)
        if topic is None or self._crosses_break(s.words, topic.token_end, before):
            return None
        return topic

    def _noun(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """A verbal noun: its agent is the genitive right after it (انسحاب قوات النظام,
        هجوم داعش على), else the actor before it."""
        adjacent = self._right(s, args, last, place=False, window=1)
        if adjacent is not None and self._names_positions(s, adjacent):
            adjacent = None  # قصف مواقع إيرانية: the positions are what was hit
        doer = self._doer_in_relative(s, args, last)
        if adjacent is not None and self._construct_gap(s.words[last : adjacent.token_start]):
            yield from self._verb(
                s, args, first, last, trigger, agent_hint=adjacent, verbal_noun=True
            )
        elif doer is not None:  # الغارات التي شنتها الطائرات الروسية: the raids Russia carried out
            yield from self._verb(s, args, first, last, trigger, agent_hint=doer, verbal_noun=True)
        else:
            yield from self._verb(s, args, first, last, trigger, verbal_noun=True)

    def _bound_genitive(
        self, s: SentenceView, args: Sequence[Mention], last: int, adjacent: bool = False
    ) -> Mention | None:
        """The actor bound to an event noun by a genitive prefix after one adjective: قصف مكثف
        لقوات سوريا الديمقراطية, "heavy shelling by the SDF" (or right after it, when
        ``adjacent``: صد هجوم لقوات النظام)."""
        prefix = self.language.genitive_prefix
        m = self._right(s, args, last, place=False, window=1)
        at = last if adjacent else last + 1
        if not prefix or m is None or m.token_start != at or m.rule == "demonym":
            return None
        if not adjacent and self._has_cue("position_noun", s.words, last):
            return None  # دمرت مواقع لتنظيم الدولة: whose positions were hit, not who hit
        first_word = s.words[m.token_start].norm
        if not first_word.startswith(prefix):
            return None
        if not adjacent and self._has_cue("recipient_marker", s.words, last):
            return None
        return m if not self._names_positions(s, m) else None

    def _genitive_attacker(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int
    ) -> Mention | None:
        """« une attaque de Daech contre Kobané »: an attack noun's genitive is its author when
        "against" names the other side right after it (without "against", « les bombardements
        du régime » reads too often as whose positions were hit)."""
        if not self.language.adjective_after_noun or not self._attack_noun_at(s.words, first):
            return None
        if not self._has_cue("source_marker", s.words, last):
            return None
        author = self._right(s, args, last + 1, place=False, window=1)
        if author is None or not author.can_act or self._names_positions(s, author):
            return None
        if self._marker_after(s, "opponent_marker", author.token_end, span=1) is None:
            return None
        return author

    def _doer_in_relative(
        self, s: SentenceView, args: Sequence[Mention], last: int
    ) -> Mention | None:
        """The actor of "that X carried out" right after an event noun (الغارات التي شنتها X,
        الضربة التي نفذتها X): a relative pronoun, a `light_verb` carrying the noun as its
        suffix, then the actor."""
        for k in range(last, min(len(s.words) - 1, last + DOER_SPAN)):
            if not self._has_cue("relative_pronoun", s.words, k):
                continue
            verb = s.words[k + 1]
            if any(r in self.lex.cue("light_verb") for r in self._without_pronoun_suffix(verb)):
                return self._right(s, args, k + 2, place=False, window=2)
            return None
        return None

    def _demonym_after(self, s: SentenceView, args: Sequence[Mention], last: int) -> Mention | None:
        """« les frappes (aériennes) russes contre X »: where adjectives follow their noun, a
        state's demonym right after an event noun is who acted."""
        if not self.language.adjective_after_noun:
            return None
        adjacent = self._right(s, args, last, place=False, window=1)
        if adjacent is None or adjacent.rule != "demonym" or self._names_positions(s, adjacent):
            return None  # « frappes sur des positions iraniennes »: whose positions, not who hit
        if adjacent.token_end - adjacent.token_start > 1:
            return None  # « aux côtés des troupes syriennes »: a force named, not an adjective
        return adjacent

    def _withdraw(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """Withdrawing is from a place named right after the verb and its subject: "انسحب عناصر
        التنظيم من X", "withdrew from X", « retirés de X »; a place reached with "to"/"إلى" or
        named further on is where they went, not what they lost."""
        agent, factor, after = self._agent(s, args, first, last)
        if agent is None:
            return
        start = max(last, after)
        source = self._marker_after(s, "source_marker", start, span=2)
        if source is None:
            return
        place = self._right(s, args, source + 1, place=True, window=3)
        if place is not None and not any(  # "withdrew to Y", "withdrew from villages around Y"
            self._has_cue("direction", s.words, k) or self._has_cue("vicinity", s.words, k)
            for k in range(source + 1, place.token_start)
        ):
            yield self._assert(
                s, first, last, trigger, trigger.relation, agent, place, trigger.confidence * factor
            )
            # "were driven out of Y by X", طرد من Y على يد X: whoever drove them out holds Y;
            # "withdrew from Y in favour of X", لصالح X: X took it
            by = self._marker_after(s, "agent_marker", place.token_end, span=2)
            taker = self._right(s, args, by + 1, place=False, window=2) if by else None
            taker = taker or self._lost_to(s, args, place.token_end, agent)
            if taker is not None and taker.entity.iri != agent.entity.iri:
                yield self._assert(
                    s, first, last, trigger, Relation.CONTROLS, taker, place,
                    trigger.confidence * factor * 0.9,
                )  # fmt: skip

    def _verb(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        trigger: Trigger,
        agent_hint: Mention | None = None,
        verbal_noun: bool = False,
    ) -> Iterator[Assertion]:
        rel = trigger.relation
        if rel is Relation.CONTROLS and not self.language.verb_initial:
            participle = self._participle_of_place(s, args, first, last, trigger)
            if participle is not None:
                yield from participle
                return
        between = self._marker_after(s, "between_marker", last, span=BETWEEN_SPAN)
        if rel.symmetric and between is not None:
            yield from self._between(s, args, first, last, trigger, between)
            return
        agent: Mention | None
        agent_hint = (
            agent_hint or self._demonym_after(s, args, last) or self._bound_genitive(s, args, last)
        )
        if agent_hint is None and rel is Relation.ATTACKS:
            agent_hint = self._responsible(s, args, first, last) or self._genitive_attacker(
                s, args, first, last
            )
        if agent_hint is not None:
            agent, factor, after = agent_hint, 0.95, agent_hint.token_end
        else:
            topic = verbal_noun and (
                rel in _TERRITORIAL
                or (rel is Relation.CLASHES_WITH and self._partner_follows(s, last))
            )
            agent, factor, after = self._agent(s, args, first, last, topic)
        if agent is None and rel.symmetric:  # « des affrontements opposent X à Y »
            a = self._right(s, args, last, place=False, window=4)
            b = (
                self._right(s, args, a.token_end, place=False, window=3, exclude=a, modifiers=False)
                if a
                else None
            )
            if a is not None and b is not None:
                place = self._location(s, args, last, (a, b))
                yield self._assert(
                    s, first, last, trigger, rel, a, b, trigger.confidence * 0.95, place
                )
                return
        place_kind = True if rel.object_is_place else (None if rel.object_may_be_place else False)
        if self._resumptive_after(s.words, after):  # "Y التي يسيطر عليها X"
            yield from self._relative(s, args, first, last, trigger)
            return
        if self._object_relative(s, first):  # "Y التي تدعمها X": X supports Y, or nobody named
            antecedent = self._suffixed_relative(s, args, first, rel)
            if antecedent is not None and agent is not None:
                yield self._assert(
                    s, first, last, trigger, rel, agent, antecedent, trigger.confidence * factor
                )
            return
        window = PARTNER_WINDOW if rel is Relation.ALLIED_WITH else OBJECT_WINDOW
        after = _past_dashed_aside(s, after)
        target = self._right(s, args, after, place=place_kind, window=window, modifiers=False)
        agents = self._coagents(s, args, agent, first) if agent is not None else []
        if rel is Relation.ATTACKS and agent is not None:
            owner = self._owner_of_positions(s, args, after, agent)
            if owner is not None:  # تشن الطائرات ضربات على مواقعه في المدينة: its = the topic
                target = owner
        if agent is not None and target is not None and not rel.symmetric:
            camp = self._camp(s, args, agent, sides=True) if agent.token_start >= last else [agent]
            if any(m is target for m in camp[1:]):  # "هجوم قوات النظام ومليشيات إيران على X"
                agents = camp
                target = self._right(
                    s, args, camp[-1].token_end, place=place_kind, window=window, modifiers=False
                )
        if agent is None:
            description = self._unnamed(s, first, last)
            if description and target is not None:
                place = (
                    target
                    if not target.entity.is_actor
                    else self._location(s, args, last, (target,))
                )
                yield self._assert(
                    s,
                    first,
                    last,
                    trigger,
                    rel,
                    None,
                    target,
                    trigger.confidence,
                    place,
                    description,
                )
            if rel is Relation.CONTROLS and target is not None and not target.entity.is_actor:
                # "fighters seized the dam from Islamic State": who lost it is named
                previous = self._taken_from(s, args, target.token_end, target)
                if previous is not None:
                    yield self._assert(
                        s, first, last, trigger, Relation.LOSES_CONTROL_OF, previous, target,
                        trigger.confidence * 0.9,
                    )  # fmt: skip
            return
        if (
            target is not None
            and verbal_noun
            and rel is Relation.CLASHES_WITH
            and not self._cue_before("partner_marker", s.words, target.token_start, 3)
        ):
            target = None  # « معارك ريف حماة ... إلى جانب X »: a fight's partner is "with X"
        if (
            target is not None
            and rel is Relation.CLASHES_WITH
            and self._cue_before("behalf", s.words, target.token_start, 2)
        ):
            target = None  # "fought for the regime", "the battle for Y": no side fought
        if (
            target is not None
            and rel is Relation.CLASHES_WITH
            and self._listed_after_event(s.words, last, target.token_start)
        ):
            target = None  # "killed in clashes, bombings and X air strikes": a list of causes
        if target is not None and rel.object_is_place and self._object_unnamed(s, after, target):
            target = None  # "took control of Dalama in rural Aleppo": not of Aleppo
        if target is not None and rel is Relation.ATTACKS:
            target = self._held_part_of(s, args, target) or target  # « les quartiers rebelles
            # d'Alep » were hit: Aleppo, where the rebels hold them
        if target is not None and self._cue_before("border_with", s.words, target.token_start, 3):
            target = None  # "near the border with Iraq": where, not what was hit
        if target is not None and self._opens_a_clause(s, target):
            target = None  # "... attacks in 2014 and the ISIS group was responsible": a subject
        if target is not None and self._new_clause_between(s.words, last, target.token_start):
            target = None  # "X backs them, while Turkey supports Y": Turkey starts a clause
        if (
            target is not None
            and rel.cooperative
            and self._cue_before("opponent_marker", s.words, target.token_start, 2)
        ):
            target = None  # "joint operations against X": X is the enemy, not a partner
        if target is None and not self.language.verb_initial:
            clause = self._relative_pronouns.get(first, agent.token_start)
            target = self._antecedent_object(s, args, clause, place_kind)
        if target is None and not place_kind:
            target = self._pronoun_object(s, args, after, agent)
        if target is None and rel.symmetric:  # "X and Y clashed"
            partner = self._left(s, args, agent.token_start, place=False, window=2)
            if partner is not None and self._cue_before(
                "location_marker", s.words, partner.token_start, 1
            ):
                partner = None  # "In Iraq, IS is fighting": where, not who
            gap = s.words[partner.token_end : agent.token_start] if partner else []
            if len(gap) > 1 and self._has_cue("determiner", gap, len(gap) - 1):
                gap = gap[:-1]  # « les FDS et l'EI se sont affrontés », "X and the Y clashed"
            if gap and all(self._is_conjunction(w) or w.norm in _COMMAS for w in gap):
                target = partner
        if target is None:
            return
        if rel is Relation.CLASHES_WITH and agent is not None:
            enemy = self._enemy_after_partner(s, args, target)
            if enemy is not None:  # تقاتل مع الجيش العراقي تنظيم الدولة: alongside, then against
                yield from self._alongside(s, first, last, trigger, agents, target, enemy, factor)
                return
        if self._has_cue("position_noun", s.words, target.token_end):
            self._subsumed.add(target.token_end)  # "struck IS targets": a noun, no verb of IS
        place = None if rel.object_is_place else self._location(s, args, last, (agent, target))
        targets = self._coordinated(
            s, args, target, place_kind if place_kind is not None else not target.entity.is_actor
        )
        for a in agents:
            for t in targets:
                yield self._assert(
                    s, first, last, trigger, rel, a, t, trigger.confidence * factor, place
                )
        if rel is Relation.CONTROLS:
            previous = self._taken_from(s, args, targets[-1].token_end, agent)
            for t in targets if previous is not None else ():
                yield self._assert(
                    s,
                    first,
                    last,
                    trigger,
                    Relation.LOSES_CONTROL_OF,
                    previous,
                    t,
                    trigger.confidence * factor * 0.9,
                )
        if rel is Relation.LOSES_CONTROL_OF:
            winner = self._lost_to(s, args, max(targets[-1].token_end, last), agent)
            for t in targets if winner is not None else ():
                yield self._assert(
                    s, first, last, trigger, Relation.CONTROLS, winner, t,
                    trigger.confidence * factor * 0.9,
                )  # fmt: skip

    def _listed_after_event(self, words: Sequence[Token], last: int, start: int) -> bool:
        """A conjunction, and no "with"/"against", between a fight and the name after it: the
        name ends a list of other events, not the fight's partner."""
        gap = range(last, start)
        return any(self._is_conjunction(words[k]) for k in gap) and not any(
            self._has_cue("partner_marker", words, k) for k in gap
        )

    def _owner_of_positions(
        self, s: SentenceView, args: Sequence[Mention], after: int, agent: Mention
    ) -> Mention | None:
        """Whose positions were hit when they are "its positions" (مواقعه, « ses positions »)
        right after the attack: the sentence's first other actor, else the previous sentence's."""
        for k in range(after, min(len(s.words), after + POSITIONS_SPAN)):
            word = s.words[k]
            suffixed = any(
                r in self.lex.cue("position_noun") for r in self._without_pronoun_suffix(word)
            )
            owned = (
                self._has_cue("position_noun", s.words, k)
                and k > 0
                and self._has_cue("possessive", s.words, k - 1)
            )
            if suffixed or owned:
                break
            if any(m.token_start == k for m in args):
                return None  # a name comes first: "struck IS and its positions"
        else:
            return None
        owner = next(
            (m for m in args if m.can_act and m.token_end <= agent.token_start
             and m.acting_as.iri != agent.acting_as.iri and id(m) not in self._modifiers),
            None,
        )  # fmt: skip
        if (
            owner is None
            and not any(
                m.can_act
                and m.acting_as.iri != agent.acting_as.iri
                and id(m) not in self._modifiers
                for m in args
            )
            and s.previous_topic is not None
            and s.previous_topic.iri != agent.acting_as.iri
        ):
            return self._referent(s, s.previous_topic, k, k + 1)
        return owner

    def _enemy_after_partner(
        self, s: SentenceView, args: Sequence[Mention], partner: Mention
    ) -> Mention | None:
        """In "fights with X against Y" or تقاتل مع X Y, the actor right after the partner named by
        "with" (directly, or after "against") is the common enemy."""
        if not self._cue_before("partner_marker", s.words, partner.token_start, 2):
            return None
        if self._cue_before("opponent_marker", s.words, partner.token_start, 2):
            return None  # "against X": X is the enemy already
        enemy = self._right(s, args, partner.token_end, place=False, window=2, exclude=partner)
        if enemy is None or not enemy.entity.is_actor:
            return None
        gap = s.words[partner.token_end : enemy.token_start]
        against = [k for k in range(len(gap)) if self._has_cue("opponent_marker", gap, k)]
        if len(gap) > len(against) + (1 if against else 0):
            return None  # nothing, or "against (the)", between the partner and the enemy
        if against and not all(
            k in against or self._has_cue("determiner", gap, k) for k in range(len(gap))
        ):
            return None
        return enemy

    def _alongside(
        self,
        s: SentenceView,
        first: int,
        last: int,
        trigger: Trigger,
        agents: Sequence[Mention],
        partner: Mention,
        enemy: Mention,
        factor: float,
    ) -> Iterator[Assertion]:
        confidence = trigger.confidence * factor
        for fighter in (*agents, partner):
            yield self._assert(
                s, first, last, trigger, Relation.CLASHES_WITH, fighter, enemy, confidence
            )
        for a in agents:
            yield self._assert(
                s,
                first,
                last,
                trigger,
                Relation.ALLIED_WITH,
                a,
                partner,
                confidence * SAME_SIDE_FACTOR,
            )

    def _means_of_backing(self, words: Sequence[Token], first: int) -> bool:
        """ "fighters backed by (US-led coalition) air strikes", "support including airstrikes":
        the strikes are how the backing was given, not an attack by those backed."""
        for k in range(max(0, first - MEANS_SPAN), first):
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

    def _responsible(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int
    ) -> Mention | None:
        """Who claimed an attack: "X claimed responsibility for the bombing", تبنى X الهجوم, «
        X a revendiqué l'attentat » (the actor before the claim, or after it where verbs come
        first), or "a bombing claimed by X" (the actor right after)."""
        claims = self.lex.cue("responsibility")
        for start in range(max(0, first - RESPONSIBILITY_SPAN), first):
            hit = claims.match_at(s.words, start)
            if hit is not None and start + hit[0] <= first:
                claimer = self._left(s, args, start, place=False, window=2)
                if claimer is None and self.language.verb_initial:
                    claimer = self._right(s, args, start + hit[0], place=False, window=1)
                return claimer
        hit = claims.match_at(s.words, last) if last < len(s.words) else None
        if hit is not None:  # "a car bomb claimed by X"
            return self._right(s, args, last + hit[0], place=False, window=2)
        return None

    def _new_clause_between(self, words: Sequence[Token], start: int, end: int) -> bool:
        """A comma followed by a clause opener ("while", "but", « alors que », بينما) between
        a verb and a name: the name belongs to the next clause."""
        return any(
            words[k - 1].norm in _COMMAS and self._has_cue("subordinator", words, k)
            for k in range(max(start, 1), end)
        )

    def _opens_a_clause(self, s: SentenceView, m: Mention) -> bool:
        """A name after "and" followed by its own verb ("and the ISIS group was") is the subject
        of a new clause, not the object of the verb before."""
        if self.language.verb_initial or m.token_end >= len(s.words):
            return False
        before = s.words[max(0, m.token_start - 2) : m.token_start]
        joined = any(self._is_conjunction(w) for w in before)
        return joined and self._has_cue("copula", s.words, m.token_end)

    def _lost_to(
        self, s: SentenceView, args: Sequence[Mention], after: int, loser: Mention
    ) -> Mention | None:
        """Who took what was lost: "lost Y to X", « a perdu Y au profit de X », خسر Y لصالح X."""
        for k in range(after, min(len(s.words), after + TAKEN_FROM_WINDOW)):
            if s.words[k].norm in _HARD_BREAKS:
                return None
            hit = self.lex.cue("recipient_marker").match_at(s.words, k)
            if hit is not None:
                winner = self._right(s, args, k + hit[0], place=False, window=2)
                if winner is not None and winner.acting_as.iri != loser.acting_as.iri:
                    return winner
        return None

    def _between(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        trigger: Trigger,
        between: int,
    ) -> Iterator[Assertion]:
        """ "clashes between A and B", "cooperation between A, B and C", "fighting between A on
        the one hand and B and C on the other"."""
        rel = trigger.relation
        a = self._right(s, args, between + 1, place=False, window=4)
        if a is None:
            return
        sides = self._sides(s, args, a)
        if sides is not None:
            yield from self._across_sides(s, args, first, last, trigger, sides)
            return
        members = self._coordinated(s, args, a, False)
        if rel is Relation.ALLIED_WITH and len(members) > 2:  # cooperation between A, B and C
            for i, x in enumerate(members):
                for y in members[i + 1 :]:
                    if x.entity.iri != y.entity.iri:
                        yield self._assert(s, first, last, trigger, rel, x, y, trigger.confidence)
            return
        b = self._right(s, args, a.token_end, place=False, window=5, exclude=a, modifiers=False)
        if b is not None:
            place = self._location(s, args, last, (a, b))
            yield self._assert(s, first, last, trigger, rel, a, b, trigger.confidence, place)

    def _sides(
        self, s: SentenceView, args: Sequence[Mention], a: Mention
    ) -> tuple[list[Mention], list[Mention]] | None:
        """The two camps of "between A on the one hand and B and C on the other" (بين A من جهة
        و B من جهة أخرى), or None when the text names no sides."""
        one = self._camp(s, args, a)
        marker = self._marker_after(s, "side_marker", one[-1].token_end, span=SIDE_SPAN)
        if marker is None:
            return None
        hit = self.lex.cue("side_marker").match_at(s.words, marker)
        after = marker + (hit[0] if hit else 1)
        other_first = self._right(s, args, after, place=False, window=SIDE_SPAN)
        if other_first is None:
            return None
        return one, self._camp(s, args, other_first)

    def _camp(
        self, s: SentenceView, args: Sequence[Mention], first: Mention, sides: bool = False
    ) -> list[Mention]:
        """``first`` and the actors joined to it ("ISIS and the Nusra Front"); with ``sides``,
        also those a side marker sets apart as doing the same (قصفت A من جهة وB من جهة أخرى),
        which in a clash are the two camps."""
        out, end = [first], first.token_end
        for m in args:
            if m.token_start < end or not m.entity.is_actor:
                continue
            gap = s.words[self._past_side_marker(s.words, end) if sides else end : m.token_start]
            if m.entity.iri == out[-1].entity.iri and [w.norm for w in gap] == ["("]:
                end = min(m.token_end + 1, len(s.words))  # "Islamic State (ISIS) and ..."
                continue
            if not self._joins(gap, s.words[m.token_start]):
                break
            out.append(m)
            end = m.token_end
        return out

    def _across_sides(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        trigger: Trigger,
        sides: tuple[list[Mention], list[Mention]],
    ) -> Iterator[Assertion]:
        """Each party fights each party of the other camp; parties of one camp fight together
        (alliedWith, a little less sure: they may merely share an enemy)."""
        rel, one, other = trigger.relation, *sides
        place = self._location(s, args, last, (one[0], other[0]))
        for x in one:
            for y in other:
                if x.entity.iri != y.entity.iri:
                    yield self._assert(
                        s, first, last, trigger, rel, x, y, trigger.confidence, place
                    )
        if rel is not Relation.CLASHES_WITH:
            return
        for camp in (one, other):
            for i, x in enumerate(camp):
                for y in camp[i + 1 :]:
                    if x.entity.iri != y.entity.iri:
                        yield self._assert(
                            s,
                            first,
                            last,
                            trigger,
                            Relation.ALLIED_WITH,
                            x,
                            y,
                            trigger.confidence * SAME_SIDE_FACTOR,
                        )

    def _taken_from(
        self, s: SentenceView, args: Sequence[Mention], after: int, taker: Mention
    ) -> Mention | None:
        """Who a place was taken from: "captured Y from X", "استعاد Y من سيطرة X"."""
        for k in range(after, min(len(s.words), after + TAKEN_FROM_WINDOW)):
            if s.words[k].norm in _HARD_BREAKS:
                return None
            if not self._has_cue("taken_from", s.words, k):
                continue
            holder = self._right(s, args, k + 1, place=None, window=2)
            if holder is None or holder.entity.iri == taker.entity.iri:
                continue
            if not _kind_ok(holder, False):
                continue  # "القريب من البوكمال": near a place, not taken from it
            gap = s.words[k + 1 : holder.token_start]
            if all(self.lex.triggers_has(w.norm) or w.norm in self.lex.cue("force_noun")
                   or w.norm in self.lex.cue("determiner") for w in gap):  # fmt: skip
                return holder
        return None

    def _object_unnamed(self, s: SentenceView, after: int, target: Mention) -> bool:
        """The place found is only where an unnamed object lies: "captured positions in Y",
        سيطرت على دلامة في ريف حلب (دلامة unknown, ريف حلب its location)."""
        if not self._marked_location(s.words, target.token_start):
            return False
        gap = [w for w in s.words[after : target.token_start] if w.is_word]
        parts = self.lex.cue("part_noun")  # "districts west of Aleppo" are part of Aleppo
        return len(gap) > 2 and not any(w.norm in parts for w in gap)

    def _pronoun_object(
        self, s: SentenceView, args: Sequence[Mention], after: int, agent: Mention
    ) -> Mention | None:
        """ "X turned to Damascus after Turkey launched an offensive against them": "them"
        after "against" is the sentence's first actor when that is not the agent, else the
        actor the sentence before was about."""
        k = after
        if k < len(s.words) and self._has_cue("opponent_marker", s.words, k):
            k += 1
        if k >= len(s.words) or not self._has_cue("object_pronoun", s.words, k):
            return None
        topic = self._topic(s, args, agent.token_start)
        if topic is not None and topic.entity.iri != agent.acting_as.iri:
            return self._referent(s, topic.entity, k, k + 1)
        previous = s.previous_topic
        if topic is None and previous is not None and previous.iri != agent.acting_as.iri:
            return self._referent(s, previous, k, k + 1)
        return None

    def _antecedent_object(
        self, s: SentenceView, args: Sequence[Mention], subject: int, kind: bool | None
    ) -> Mention | None:
        """ "Palmyra, which Islamic State captured in 2015", « Palmyre, que l'EI a prise »: the
        object of a relative clause whose subject starts at ``subject`` is the name before its
        pronoun."""
        k = subject - 1
        while k >= 0 and self._has_cue("determiner", s.words, k):
            k -= 1
        if k < 0 or not self._has_cue("relative_pronoun", s.words, k):
            return None
        return self._left(s, args, k, place=kind, window=1)

    def _object_relative(self, s: SentenceView, first: int) -> bool:
        """A verb after a relative pronoun carrying its object as a suffix (التي تدعمها)."""
        suffixed = bool(self._without_pronoun_suffix(s.words[first]))
        return suffixed and first > 0 and self._has_cue("relative_pronoun", s.words, first - 1)

    def _suffixed_relative(
        self, s: SentenceView, args: Sequence[Mention], first: int, rel: Relation
    ) -> Mention | None:
        """The antecedent of a relative clause whose verb carries the object pronoun itself:
        "فصائل المعارضة التي تدعمها تركيا", "التحالف الذي تقوده واشنطن"."""
        kind = True if rel.object_is_place else (None if rel.object_may_be_place else False)
        return self._left(s, args, first - 1, place=kind, window=2)

    @_states_holding
    def _relative(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """A relative clause about a place: "Y التي تسيطر عليها X", "Y التي كانت X تسيطر
        عليها": the object is the antecedent before the relative pronoun, the agent follows the
        resumptive pronoun or stands between the two."""
        rel = trigger.relation
        if not rel.object_is_place:
            return
        antecedent = self._left(s, args, first, place=True, window=RELATIVE_WINDOW)
        if antecedent is None:
            return
        holder = self._right(s, args, last + 1, place=False, window=3)
        if holder is None:
            inner = [
                m
                for m in args
                if antecedent.token_end <= m.token_start
                and m.token_end <= first
                and _kind_ok(m, False)
            ]
            holder = inner[-1] if inner else None
        if holder is None:
            return
        for place in self._coordinated_before(s, args, antecedent):
            yield self._assert(s, first, last, trigger, rel, holder, place, trigger.confidence)

    def _coordinated_before(
        self, s: SentenceView, args: Sequence[Mention], last: Mention
    ) -> list[Mention]:
        """``last`` and the places listed before it (A, B and C ...)."""
        out = [last]
        for m in reversed(args):
            if m.token_end > out[-1].token_start or not _kind_ok(m, True):
                continue
            gap = s.words[m.token_end : out[-1].token_start]
            joined = all(w.norm in LIST_PUNCTUATION or self._is_conjunction(w) for w in gap)
            if joined and (gap or self._bound_conjunction(s.words[out[-1].token_start])):
                out.append(m)
            else:
                break
        return out

    def _its_stronghold(
        self, s: SentenceView, args: Sequence[Mention], first: int
    ) -> tuple[Mention | None, Mention | None]:
        """ "IS is under attack in Mosul, its biggest stronghold", « Raqqa, son fief »: the
        place right before "its" (a comma between), held by the sentence's first actor."""
        k = next(
            (j for j in range(first - 1, max(-1, first - 4), -1)
             if self._has_cue("possessive", s.words, j)),
            None,
        )  # fmt: skip
        if k is None or k == 0 or s.words[k - 1].norm not in _COMMAS:
            return None, None
        place = self._left(s, args, k - 1, place=True, window=1)
        holder = self._topic(s, args, place.token_start) if place is not None else None
        if holder is None or holder.entity.type in _STATE_TYPES:
            return None, None
        return holder, place

    def _stronghold(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """A place called an actor's stronghold, bastion or capital: "Y, the last stronghold of
        X", "X's stronghold of Y", "البوكمال آخر معقل لتنظيم الدولة", « Y, fief de X »."""
        holder = self._right(s, args, last, place=False, window=2)
        if holder is not None:
            place = self._left(s, args, first, place=True, window=4) or self._right(
                s, args, holder.token_end, place=True, window=3
            )
        else:
            holder, place = self._possessor_of_place(s, args, first)  # "X's Raqqa stronghold"
            if holder is None:
                holder, place = self._its_stronghold(s, args, first)
            if holder is None:
                holder = self._left(s, args, first, place=False, window=2)
                if holder is None:
                    return
                place = self._right(s, args, last, place=True, window=3) or self._left(
                    s, args, holder.token_start, place=True, window=3
                )
        if place is None or holder.entity.type in _STATE_TYPES:
            return  # "Moscow, the Russian capital" is not news of control
        yield self._assert(
            s, first, last, trigger, trigger.relation, holder, place, trigger.confidence
        )
        if self._former(s.words, first, last):  # "its former stronghold of Y": held, then lost
            yield self._assert(
                s, first, last, trigger, Relation.LOSES_CONTROL_OF, holder, place,
                trigger.confidence,
            )  # fmt: skip

    def _former(self, words: Sequence[Token], first: int, last: int) -> bool:
        """A `former` cue within two words of a stronghold noun ("former stronghold",
        « ancien fief », معقلهم الأساسي السابق)."""
        around = [*range(max(0, first - 2), first), *range(last, min(len(words), last + 2))]
        return any(self._has_cue("former", words, k) for k in around)

    def _possessor_of_place(
        self, s: SentenceView, args: Sequence[Mention], first: int
    ) -> tuple[Mention | None, Mention | None]:
        """(X, Y) in "X's Y stronghold": a place right before ``first`` and an actor marked as
        its possessor (a `possessive_marker` cue between) just before the place."""
        place = self._left(s, args, first, place=True, window=0)
        if place is None:
            return None, None
        owner = self._left(s, args, place.token_start, place=False, window=2)
        gap = range(owner.token_end, place.token_start) if owner is not None else range(0)
        if not any(self._has_cue("possessive_marker", s.words, k) for k in gap):
            return None, None
        return owner, place

    def _passive(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        rel = trigger.relation
        # "held by X" (a `holding` verb) says who holds; a capture read as passive ("Y was
        # retaken by X", "Y fell to X") says who took Y, not who held it
        form = normalise_label(trigger.form).split()
        holding = rel is Relation.CONTROLS and bool(form) and form[0] in self.lex.cue("holding")
        place_kind = True if rel.object_is_place else (None if rel.object_may_be_place else False)
        # "the coalition led by the US", التحالف بقيادة واشنطن: leading qualifies the name right
        # before it; backing and control may sit further from theirs
        reach = 1 if rel is Relation.ALLIED_WITH else PASSIVE_TARGET_WINDOW
        target = self._head_before_aside(s, args, first, place_kind) or self._left(
            s, args, first, place=place_kind, window=reach
        )
        if target is None and rel is Relation.ALLIED_WITH:  # "the SDF, which is led by"
            target = self._left(s, args, first, place=place_kind, window=MEMBER_WINDOW + 2)
            gap = s.words[target.token_end : first] if target is not None else []
            if target is not None and not self._member_gap(gap, qualifier=True):
                target = None
        if target is not None and self._describes_an_unnamed_noun(s, target, first):
            target = None
        agent = self._right(s, args, last, place=False, window=4)
        if agent is not None and self._compound_modifier(s, agent):  # "by US-led coalition"
            agent = self._right(s, args, agent.token_end, place=False, window=2) or agent
        by = self._marker_after(s, "agent_marker", last, span=PASSIVE_AGENT_SPAN)
        if agent is None and by is not None:  # "X is under attack in its strongholds by Y"
            agent = self._right(s, args, by + 1, place=False, window=3, modifiers=False)
        if agent is not None and (target is None or first - target.token_end > 3):
            fronted = self._fronted_passive_target(s, args, first, agent, place_kind)
            target = fronted or target
        if target is None and agent is not None and rel is Relation.CONTROLS:
            target = self._held_where(s, args, agent)  # "territory held by X in Y"
        if target is None and agent is not None:  # "Raqqa, which IS held, was retaken by X"
            opening = self._parenthetical_before(s.words, first)
            if opening is not None:
                target = self._left(s, args, opening, place=place_kind, window=1)
        if target is None and agent is not None and rel is Relation.ATTACKS:
            target = self._opponent_after(s, args, agent)  # "an offensive by X against Y"
        if target is None and agent is not None and rel is Relation.SUPPORTS:
            self._unnamed_backed.add(id(agent))  # « des combattants soutenus par X »
        if target is not None and agent is not None:
            # "backed by Russia and Iran": every backer of a list after "by"
            agents = self._coordinated(s, args, agent, False)
            # "X backed by the US and the army backed by Russia": a name with its own
            # participle heads the next phrase, it is no second backer
            heads = [k for k, a in enumerate(agents) if k and self._has_own_trigger(s, a, rel)]
            agents = agents[: heads[0]] if heads else agents
            for a in agents:
                self._passive_agents[id(a)] = target
            # "نبل والزهراء الخاضعتين لسيطرة X": every place of a list; an actor agrees with
            # the nearest name only (المقاتلون الشيعة المدعومون من إيران)
            targets = [target] if target.entity.is_actor else self._list_closed_by(s, args, target)
            for a in agents:
                for t in targets:
                    assertion = self._assert(s, first, last, trigger, rel, a, t, trigger.confidence)
                    if holding:
                        self._holdings.append(assertion)
                    yield assertion

    def _has_own_trigger(self, s: SentenceView, m: Mention, rel: Relation) -> bool:
        """A trigger of ``rel`` right after ``m`` (والجيش السوري المدعوم من روسيا)."""
        hit = self.lex.triggers.match_at(s.words, m.token_end)
        return hit is not None and any(t.relation is rel for t in hit[1])

    def _opponent_after(
        self, s: SentenceView, args: Sequence[Mention], agent: Mention
    ) -> Mention | None:
        """The side named right after "against" (« contre », ضد) that follows an agent."""
        against = self._marker_after(s, "opponent_marker", agent.token_end)
        if against is None:
            return None
        return self._right(s, args, against + 1, place=None, window=2, modifiers=False)

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

    def _possessed(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        owned = self._owner_and_partners(s, args, first, last)
        if owned is None:
            return
        owner, partners = owned
        for partner in partners:
            yield self._assert(
                s, first, last, trigger, trigger.relation, partner, owner, trigger.confidence
            )

    def _owner_and_partners(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int
    ) -> tuple[Mention, list[Mention]] | None:
        """ "Damascus and its Iranian and Russian allies", حلفاؤها الروس والإيرانيون, « ses
        alliés russes »: the owner of the possessive and the partners its adjectives name.
        None when the noun is not possessed; no partners when they go unnamed ("its allies")."""
        if self.language.adjective_after_noun:
            suffixed = self.language.possessive_suffixes  # حلفاؤها: the suffix is "its"
            owned = suffixed or (first > 0 and self._has_cue("possessive", s.words, first - 1))
            opening = first if suffixed else first - 1
            after = self._right(s, args, last, place=False, window=0)
            partners = self._coordinated(s, args, after, False) if after else []
            # حلفاؤه الروس: the partners follow as adjectives; وتنظيم داعش is another party
            if after is not None and self._bound_conjunction(s.words[after.token_start]):
                partners = []
        else:
            closing = next((m for m in args if m.token_end == first and m.can_act), None)
            partners = self._list_closed_by(s, args, closing, loose=False) if closing else []
            opening = partners[0].token_start - 1 if partners else first - 1
            owned = opening >= 0 and self._has_cue("possessive", s.words, opening)
            named = self._right(s, args, last, place=False, window=0)
            if owned and not partners and named is not None:
                partners = self._coordinated(s, args, named, False)  # its allies Iran and Russia
        if not owned:
            return None
        owner = self._left(s, args, opening, place=False, window=POSSESSOR_WINDOW)
        if owner is None:
            return None
        return owner, [p for p in partners if p.acting_as.iri != owner.acting_as.iri]

    def _receive(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "X received TOW missiles from Y", « X reçoit des armes de Y », تلقت X دعما من Y: Y
        supports X, when what was received is aid (`aid_noun`), not strikes."""
        recipient, factor, after = self._agent(s, args, first, last)
        relative = first > 0 and self._has_cue("relative_pronoun", s.words, first - 1)
        if recipient is None and relative:
            recipient = self._left(s, args, first - 1, place=False, window=1)  # X التي تتلقى
        if recipient is None:
            return
        aid = self._first_word(s.words, after, AID_SPAN, self._aid_noun_at)
        if aid is None:
            return
        self._subsumed.add(aid)  # the aid noun's agent is the giver, never the recipient
        source = self._marker_after(s, "source_marker", aid + 1, span=AID_SPAN)
        giver = self._right(s, args, source + 1, place=False, window=3) if source else None
        if giver is None and source is not None:  # "from its allies, including X"
            giver = self._named_among(s, args, source + 1)
        if giver is None:  # "received US support", تلقت دعما أمريكيا, « des armes russes »
            giver = next(
                (m for m in args if m.can_act and (m.token_end == aid or m.token_start == aid + 1)
                 and m is not recipient),
                None,
            )  # fmt: skip
        if giver is not None:
            yield self._assert(
                s, first, last, trigger, trigger.relation, giver, recipient,
                trigger.confidence * factor,
            )  # fmt: skip

    def _give(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "X provided anti-tank missiles to Y", « X a livré des armes aux Y », قدمت X أسلحة
        إلى Y: X supports Y, when what was given is aid (`aid_noun`), not a statement or a
        letter; the recipient follows a `recipient_marker` after the aid."""
        giver, factor, after = self._agent(s, args, first, last)
        if giver is None:
            return
        aid = self._first_word(s.words, after, AID_SPAN, self._aid_noun_at)
        if aid is None:
            return
        self._subsumed.add(aid)  # "weapons" is what was given, not a verb of its own
        marker = self._marker_after(s, "recipient_marker", aid + 1, span=AID_SPAN)
        if marker is not None:
            taker = self._right(s, args, marker + 1, place=False, window=3)
        else:  # قدمت روسيا دعما جويا للقوات الحكومية: the marker is bound to the name
            taker = self._right(s, args, aid + 1, place=False, window=2)
        if taker is not None and taker.acting_as.iri != giver.acting_as.iri:
            yield self._assert(
                s, first, last, trigger, trigger.relation, giver, taker,
                trigger.confidence * factor,
            )  # fmt: skip

    def _named_among(
        self, s: SentenceView, args: Sequence[Mention], k: int, span: int = 4
    ) -> Mention | None:
        """The actor an "including" names right after an unnamed group: "from its allies,
        including X", من الحلفاء بما في ذلك X, « de ses alliés, dont X »."""
        fillers = self.lex.cue("list_filler")
        for j in range(k, min(len(s.words), k + span)):
            hit = fillers.match_at(s.words, j)
            if hit is not None:
                return self._right(s, args, j + hit[0], place=False, window=2)
        return None

    def _subjected(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "X came under Russian air strikes", تعرضت X لقصف مدفعي تركي, يتلقى X ضربات يشنها Y,
        « X a été la cible de frappes de Y »: whoever the strikes are said to come from attacks X,
        the subject, who must never be read as the attacker of the strike noun that follows."""
        victim = self._victim(s, args, first, last)
        if victim is None:  # nobody named came under them: the strike noun is still no attack
            strike = self._first_word(s.words, last, AID_SPAN, self._attack_noun_at)
            if strike is not None:
                self._subsumed.add(strike)
            return
        yield from self._struck(s, args, first, last, trigger, victim)

    def _fall(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "the fall of Palmyra to IS": a noun whose place follows at once, then "to" and
        who took it."""
        place = self._right(s, args, last, place=True, window=2, modifiers=False)
        if place is None or not self._has_cue("recipient_marker", s.words, place.token_end):
            return
        taker = self._right(s, args, place.token_end + 1, place=False, window=2)
        if taker is not None:  # alone: "to government forces, rebels regrouped" lists nobody
            yield self._assert(
                s, first, last, trigger, trigger.relation, taker, place, trigger.confidence
            )

    def _take(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "IS took Palmyra", "took the town of Y": a bare "took" is a capture only when the
        place follows at once (articles, "of" and class nouns between); "took the lead in talks
        on Idlib", "it took three days to reach Y" take nothing."""
        if self._marker_after(s, "agent_marker", last) is not None:  # "was taken by X"
            yield from self._passive(s, args, first, last, trigger)
            return
        place = self._right(s, args, last, place=True, window=4, modifiers=False)
        if place is None:
            return
        gap = s.words[last : place.token_start]
        if not all(
            self._has_cue("determiner", gap, k)
            or self._has_cue("source_marker", gap, k)
            or gap[k].norm in self.lex.naming
            for k in range(len(gap))
        ):
            return
        yield from self._verb(s, args, first, last, trigger)

    def _kill(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "X killed dozens of Y fighters", « les rebelles ont tué des dizaines de soldats »: an
        active killing is an attack by X; a passive one ("were killed", « ont été tués »,
        "25 fighters killed ... by Turkey") names the dead, never the killer."""
        if first > 0 and self._has_cue("copula", s.words, first - 1):
            return
        if self._marker_after(s, "agent_marker", last, span=PASSIVE_AGENT_SPAN) is not None:
            return
        yield from self._verb(s, args, first, last, trigger)

    def _casualty(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "50 IS fighters were killed in Russian air strikes", « tués dans des frappes
        russes », مقتل عناصر من داعش بغارات روسية: whoever the strikes come from attacks the
        side of the dead, who are never the attackers. Unnamed dead (civilians) leave the strike
        noun to be read on its own ("Russian strikes on Y")."""
        if self.language.verb_initial:
            dead = self._right(s, args, last, place=False, window=CASUALTY_WINDOW)
        else:
            dead = self._left(s, args, first, place=False, window=CASUALTY_WINDOW, modifiers=False)
        if dead is not None:
            yield from self._struck(s, args, first, last, trigger, dead)

    def _struck(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        trigger: Trigger,
        victim: Mention,
    ) -> Iterator[Assertion]:
        """attacks(striker, ``victim``) from the strike noun that follows the trigger (and the
        victim, where it follows too); the strike noun is not read again on its own."""
        after = victim.token_end if victim.token_start >= last else last
        strike = self._first_word(s.words, after, AID_SPAN, self._attack_noun_at)
        if strike is None:
            yield from self._killed_by(s, args, first, last, trigger, victim)
            return
        self._subsumed.add(strike)
        length, _ = self.lex.triggers.match_at(s.words, strike) or (1, ())
        attacker = self._striker(s, args, after, strike, strike + length)
        if attacker is None or attacker.acting_as.iri == victim.acting_as.iri:
            return
        where = self._location(s, args, strike + length, (attacker, victim))
        for each in self._coordinated(s, args, attacker, False):
            yield self._assert(
                s, first, strike + length, trigger, Relation.ATTACKS, each, victim,
                trigger.confidence, where,
            )  # fmt: skip

    def _killed_by(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        trigger: Trigger,
        victim: Mention,
    ) -> Iterator[Assertion]:
        """ "soldiers were killed by the rebels", « tués par les rebelles »: with no strike
        noun, the actor named right after "by" killed them."""
        if not self._has_cue("agent_marker", s.words, last - 1):
            return
        killer = self._right(s, args, last, place=False, window=2, modifiers=False)
        if killer is None or killer.acting_as.iri == victim.acting_as.iri:
            return
        yield self._assert(
            s, first, last, trigger, Relation.ATTACKS, killer, victim, trigger.confidence
        )

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

    def _victim(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int
    ) -> Mention | None:
        """The subject of "came under", after the verb where verbs come first: تعرضت X, or
        تعرضت مواقع X (an indefinite noun heading the name)."""
        if self.language.verb_initial:
            right = self._right(s, args, last, place=None, window=2)
            article = self.language.definite_article
            if right is not None and all(
                w.is_word and not (article and w.norm.startswith(article))
                for w in s.words[last : right.token_start]
            ):
                return right
        left = self._left(s, args, first, place=None, window=VICTIM_WINDOW, modifiers=False)
        return left if left is not None else self._topic(s, args, first)

    def _attack_noun_at(self, words: Sequence[Token], k: int) -> bool:
        hit = self.lex.triggers.match_at(words, k)
        return hit is not None and any(
            t.relation is Relation.ATTACKS and t.frame in ("noun", "verb") for t in hit[1]
        )

    def _striker(
        self, s: SentenceView, args: Sequence[Mention], after: int, strike: int, end: int
    ) -> Mention | None:
        """Who the strikes come from: a demonym beside the noun ("Russian strikes", قصف
        تركي), "by"/من قبل/من, or the agent of a relative verb (ضربات يشنها Y)."""
        for m in args:
            beside = after <= m.token_start < strike or end <= m.token_start <= end + 1
            if m.rule == "demonym" and beside and m.can_act:
                return m
            named_before = m.token_end == strike and m.token_start >= after and m.can_act
            if named_before and not self._compound_modifier(s, m):  # not "US-led strikes"
                return m  # "coalition air strikes"
            if self.language.adjective_after_noun and m.token_start == end and m.can_act:
                return m  # بهجوم لتنظيم داعش: the attack of IS, its genitive right after it
        marker = self._marker_after(s, "agent_marker", end) or self._marker_after(
            s, "source_marker", end
        )
        if marker is not None:
            return self._right(s, args, marker + 1, place=False, window=3)
        if end < len(s.words) and self._attack_noun_at(s.words, end):
            self._subsumed.add(end)  # ضربات يشنها Y: Y launches them
            length, _ = self.lex.triggers.match_at(s.words, end) or (1, ())
            return self._right(s, args, end + length, place=False, window=3)
        return None

    def _member(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "X, part of Y", "X, the armed wing of Y", « X, affilié à Y », X التابع لـ Y, X ضمن Y:
        a group named right before the phrase belongs to the one named right after it. Both
        must be close: ضمن and "part of" also say where things are. Parties and councils count
        here ("the YPG, the armed wing of the PYD")."""
        if self._bodies:
            args = sorted([*args, *self._bodies], key=lambda m: m.token_start)
        member = self._left(s, args, first, place=False, window=MEMBER_WINDOW + 2)
        group = self._right(s, args, last, place=False, window=MEMBER_WINDOW)
        if member is None or group is None or self._names_positions(s, member):
            return  # « des positions rebelles liées à X »: whose positions, not who belongs
        before, after = s.words[member.token_end : first], s.words[last : group.token_start]
        if len(before) == 1 and self._fighting_verb(before, 0):
            before = []  # "X fights under the banner of Y"
        if not (
            self._member_gap(before, qualifier=True) and self._member_gap(after, qualifier=True)
        ):
            return  # only commas, quotes, "the" and "is": ضمن عملية ضد X is no membership
        yield self._assert(
            s, first, last, trigger, trigger.relation, member, group, trigger.confidence
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

    def _aided(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "X and Y advanced with the support of Z", بدعم من Z: an adverbial, so the support goes
        to the clause's acting subject, the first of a coordinated list, not to the nearest name
        (a participle such as المدعومون agrees with the nearest one: that is `passive`)."""
        helper = self._right(s, args, last, place=False, window=4)
        if helper is not None and self._compound_modifier(s, helper):  # "Iranian-backed militias"
            helper = self._right(s, args, helper.token_end, place=False, window=2) or helper
        helped = self._left(s, args, first, place=False, modifiers=False)
        if helped is not None and (
            self._cue_before("resumptive", s.words, helped.token_start, 2)
            or self._cue_before("relative_pronoun", s.words, helped.token_start, 2)
        ):  # قصف X جيبا تسيطر عليه المعارضة بدعم من Y: the relative clause's subject is not
            # the one helped, the clause's own subject is
            helped = self._topic(s, args, helped.token_start) or helped
        if helper is None or helped is None:
            return
        if self._cue_before("direction", s.words, helped.token_start, 1):
            return  # "units crossed into Iraq with the help of X": Iraq is where, not who
        helped = self._coordination_head(s, args, helped)
        yield self._assert(
            s, first, last, trigger, trigger.relation, helper, helped, trigger.confidence
        )

    def _coordination_head(self, s: SentenceView, args: Sequence[Mention], m: Mention) -> Mention:
        """The first member of the list ``m`` closes (A, B and m → A)."""
        return self._list_closed_by(s, args, m)[0]

    def _list_closed_by(
        self, s: SentenceView, args: Sequence[Mention], m: Mention, loose: bool = True
    ) -> list[Mention]:
        """The members of the list that ``m`` closes, in order (A, B and m → [A, B, m])."""
        members = [m]
        for other in reversed(args):
            head = members[0]
            if other.token_end > head.token_start or not _kind_ok(other, not m.entity.is_actor):
                continue
            if self._compound_modifier(s, other) and other.token_end + 2 >= head.token_start:
                continue  # "X and Iranian-backed militias": Iran describes the next member
            gap = s.words[other.token_end : head.token_start]
            if not self._joins(gap, s.words[head.token_start], loose):
                break
            members.insert(0, other)
        return members

    def _coagents(
        self, s: SentenceView, args: Sequence[Mention], agent: Mention, first: int
    ) -> list[Mention]:
        """ "The SDF and the YPG attacked X": every member of a list that closes right before
        the verb acts; an agent found elsewhere acts alone."""
        if self.language.verb_initial and agent.token_start >= first:
            # استعادت القوات العراقية وقوات الحشد الشعبي Y
            return self._camp(s, args, agent, sides=True)
        if agent.token_end > first or not self._verb_group(s.words[agent.token_end : first]):
            return [agent]
        return self._list_closed_by(s, args, agent)

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
        if len(gap) > 1 and self._has_cue("determiner", gap, len(gap) - 1):
            gap = gap[:-1]  # « les Etats-Unis, la France et le Royaume-Uni »
        if all(w.norm in LIST_PUNCTUATION or self._is_conjunction(w) for w in gap):
            return True
        if self._coordinator(gap, 0, len(gap)):
            return True  # "X along with Y", X إلى جانب Y
        if not loose:
            return False
        opens = self._is_conjunction(gap[0]) or self._bound_conjunction(gap[0])
        return opens and len(gap) <= 3 and not any(w.norm in LIST_PUNCTUATION for w in gap[1:])

    def _partner_follows(self, s: SentenceView, last: int) -> bool:
        """ "a battle (that lasted two months) with X": the fight names its other side."""
        return self._marker_after(s, "partner_marker", last, span=4) is not None

    def _held_where(
        self, s: SentenceView, args: Sequence[Mention], holder: Mention
    ) -> Mention | None:
        """The place right after "(areas) held by X": "territory controlled by X in eastern Y"."""
        place = self._right(s, args, holder.token_end, place=True, window=HELD_WHERE_WINDOW)
        if place is None or not self._marked_location(s.words, place.token_start):
            return None
        return place

    def _fronted_passive_target(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        agent: Mention,
        place_kind: bool | None,
    ) -> Mention | None:
        """ "Backed by Russia and local militias, government forces advanced": the target comes
        after the agent phrase when the participle opens the clause."""
        opens = first == 0 or s.words[first - 1].norm in _COMMAS | _HARD_BREAKS
        if not opens:
            return None
        after = agent.token_end
        for m in self._coordinated(s, args, agent, False)[1:]:
            after = m.token_end
        return self._right(s, args, after, place=place_kind, window=6, exclude=agent)

    def _backed(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        if not _hyphen_before(s, s.words[first]):
            return
        agent = self._left(s, args, first, place=False, window=0)
        rel = trigger.relation
        kind = True if rel.object_is_place else (None if rel.object_may_be_place else False)
        # "regime-held villages in neighbouring Y" reaches further than "US-backed fighters"
        window = BACKED_TARGET_WINDOW if kind else 2
        target = self._right(s, args, last, place=kind, window=window)
        if agent is None or target is None:
            return
        if target.surface[:1].islower():  # "al-Qaeda-linked rebel groups such as the Nusra Front"
            target = self._named_among(s, args, target.token_end, span=2) or target
        for t in self._coordinated(
            s, args, target, kind if kind is not None else not target.entity.is_actor
        ):
            yield self._assert(s, first, last, trigger, rel, agent, t, trigger.confidence)

    @_states_holding
    def _genitive(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        agent = self._right(s, args, last, place=False, window=3)
        target = self._left(s, args, first, place=True, window=GENITIVE_TARGET_WINDOW)
        if agent is None and target is None:  # "X remains in control of (parts of) Y"
            agent = self._left(s, args, first, place=False, window=HOLDER_WINDOW)
            target = self._right(s, args, last, place=True, window=3)
        if agent is not None and target is not None:
            yield self._assert(
                s, first, last, trigger, trigger.relation, agent, target, trigger.confidence
            )

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

    @_states_holding
    def _under_control(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "Raqqa, under Islamic State control", "villages under regime control"."""
        holder = self._under_holder(s, args, first)
        if holder is None:
            return
        place = self._left(s, args, holder.token_start - 1, place=True, window=8)
        if place is not None:
            yield self._assert(
                s, first, last, trigger, trigger.relation, holder, place, trigger.confidence
            )

    def _expel(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        emit = partial(self._assert, s, first, last, trigger)
        agent, factor, after = self._agent(s, args, first, last)
        confidence = trigger.confidence * factor
        source = self._marker_after(s, "source_marker", last, span=1)
        if source is not None and agent is not None:  # "IS was driven out of Z"
            place = self._right(s, args, source, place=True, window=3)
            if place is not None:
                yield emit(Relation.LOSES_CONTROL_OF, agent, place, confidence)
                yield from self._expelled_by(s, args, place, agent, emit, confidence)
            else:
                yield from self._driven_out_of_the_place_taken(
                    s, args, first, source, emit, confidence
                )
            return
        expelled = self._right(s, args, after, place=False, window=4)
        if expelled is not None and any(
            self._attack_noun_at(s.words, k) for k in range(after, expelled.token_start)
        ):
            return  # « a repoussé une attaque de Daech »: an attack repelled, nobody expelled
        if (
            expelled is None
            and agent is not None
            and agent.token_start >= last
            and self._resumptive_after(s.words, agent.token_end)
        ):  # سيطرتها على Y وطرد التنظيم منها: the noun's genitive is who was driven out
            expelled, agent = agent, self._topic(s, args, first)
        place = self._right(s, args, expelled.token_end if expelled else after, place=True)
        if (
            place is None
            and expelled is not None
            and self._resumptive_after(s.words, expelled.token_end)
        ):  # "took Y and drove IS out of it": "it" is the place named just before
            place = self._left(s, args, first, place=True, window=RESUMED_PLACE_WINDOW)
        if place is None:
            if expelled is not None:  # « ont pris Tabqa, chassant l'EI »
                yield from self._driven_out_of_the_place_taken(
                    s, args, first, expelled.token_start - 1, emit, confidence
                )
            return
        by = self._by_after(s, args, place, expelled or agent)
        subject_after = agent is not None and agent.token_start >= last
        if by is not None and ((expelled is not None and agent is None) or subject_after):
            # طرد مقاتلو داعش من منبج على يد X: unvoweled, the verb is passive; X expelled them
            loser = agent if subject_after else expelled
            if loser is not None:
                yield emit(Relation.LOSES_CONTROL_OF, loser, place, confidence)
            yield emit(Relation.CONTROLS, by, place, confidence * 0.9)
            return
        if agent is not None:
            yield emit(Relation.CONTROLS, agent, place, confidence)
        if expelled is not None:
            yield emit(Relation.LOSES_CONTROL_OF, expelled, place, confidence)

    def _driven_out_of_the_place_taken(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        out: int,
        emit: Callable[..., Assertion],
        confidence: float,
    ) -> Iterator[Assertion]:
        """ "X swept into Z, driving out the YPG", « ..., chassant les YPG »: a participle
        after a comma drives its object out of the place its clause just named."""
        endings = self.language.active_participle_endings
        if not endings or first == 0 or s.words[first - 1].norm not in _COMMAS:
            return
        if not s.words[first].norm.endswith(endings):
            return
        expelled = self._right(s, args, out + 1, place=False, window=3)
        place = self._left(s, args, first, place=True, window=4)
        if expelled is not None and place is not None:
            yield emit(Relation.LOSES_CONTROL_OF, expelled, place, confidence)

    def _by_after(
        self, s: SentenceView, args: Sequence[Mention], place: Mention, other: Mention | None
    ) -> Mention | None:
        """The actor named by "by" (على يد, « par ») right after the place."""
        by = self._marker_after(s, "agent_marker", place.token_end, span=2)
        found = self._right(s, args, by + 1, place=False, window=2) if by is not None else None
        if found is None or (other is not None and found.entity.iri == other.entity.iri):
            return None
        return found

    def _expelled_by(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        place: Mention,
        expelled: Mention,
        emit: Callable[..., Assertion],
        confidence: float,
    ) -> Iterator[Assertion]:
        """ "IS was driven out of Z by X", « chassés de Z par X »: X holds Z."""
        by = self._by_after(s, args, place, expelled)
        if by is not None:
            yield emit(Relation.CONTROLS, by, place, confidence * 0.9)

    def _handover(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        emit = partial(self._assert, s, first, last, trigger)
        agent, factor, after = self._agent(s, args, first, last)
        place = self._right(s, args, after, place=True, window=4)
        if place is None and self._possessive_trigger(s.words[first]):
            # انسحبت X من منبج وسلمتها لقوات النظام: "handed it over", the place named before
            place = self._left(s, args, first, place=True, window=RESUMED_PLACE_WINDOW + 3)
        if agent is None or place is None:
            return
        if any(
            self._has_cue("recipient_marker", s.words, k) for k in range(after, place.token_start)
        ):
            return  # "surrendered to the SDF in Raqqa": they gave themselves up, not the town
        confidence = trigger.confidence * factor
        yield emit(Relation.LOSES_CONTROL_OF, agent, place, confidence)
        recipient = self._right(s, args, place.token_end, place=False, window=5)
        if recipient is not None:
            yield emit(Relation.CONTROLS, recipient, place, confidence * 0.95)


def _fights_alongside(triggers: Sequence[tuple[int, int, Sequence[Trigger]]], n: int) -> bool:
    """A fighting verb followed by "alongside" (قاتل إلى جانب, aux côtés de) is an alliance."""
    _first, last, entries = triggers[n]
    if not any(t.relation is Relation.CLASHES_WITH for t in entries) or n + 1 >= len(triggers):
        return False
    following_first, _, following = triggers[n + 1]
    near = following_first - last <= ALONGSIDE_SPAN
    possessed = any(t.frame == "possessed" for t in following)  # "the army and its allies"
    return near and not possessed and any(t.relation is Relation.ALLIED_WITH for t in following)


_SINGULAR_PRONOUNS = {"it", "il", "elle"}


def _agrees(pronoun: Token, m: Mention) -> bool:
    """Whether a singular pronoun ("it", « il ») can stand for ``m``: not for a plural common
    noun ("Iraqi troops", « les forces irakiennes »), though a name ("Syrian Democratic
    Forces") takes "it"."""
    if pronoun.norm not in _SINGULAR_PRONOUNS:
        return True
    last = m.surface.split()[-1] if m.surface else ""
    return not (last[:1].islower() and last.endswith(("s", "x")))


def _dateline(s: SentenceView, m: Mention) -> bool:
    """ "BEIRUT (Reuters) -", "دبي , الإمارات ( CNN )": where a story was filed (the city and
    the country before the agency), never a party."""
    k = m.token_end
    if k + 1 < len(s.words) and s.words[k].norm in _COMMAS:
        country = next((o for o in s.mentions if o.token_start == k + 1), None)
        return country is not None and _dateline(s, country)
    if k + 2 >= len(s.words) or s.words[k].norm != "(" or s.words[k + 2].norm != ")":
        return False
    return any(
        o.token_start == k + 1 and o.token_end == k + 2 and o.entity.type == "Organization"
        for o in s.mentions
    )


def _kind_ok(m: Mention, place: bool | None) -> bool:
    if m.entity.type in _CONTEXT_PLACE_TYPES:
        # a whole country is context, not what an event is about, unless it stands for an actor
        return place is False and m.stands_for is not None
    if m.entity.type in _LANDMARK_TYPES:
        return False  # "fled across the Euphrates": where, never what is held, lost or hit
    if place is None:
        return True
    if place:
        return not m.entity.is_actor
    return m.can_act


def _entity(m: Mention | None) -> Entity | None:
    return m.entity if m is not None else None


def _spaced_dash_before(s: SentenceView, k: int) -> bool:
    """A dash standing alone between word k-1 and word k (not a compound's hyphen)."""
    if k <= 0 or k >= len(s.words):
        return False
    gap = s.text[s.words[k - 1].end - s.start : s.words[k].start - s.start]
    return any(c in _DASHES for c in gap) and gap[:1].isspace()


def _past_dashed_aside(s: SentenceView, k: int) -> int:
    """Past an aside set off by dashes right after the agent: "X - made up of several
    factions - took Y", X - المؤلف من فصائل عدة - على Y."""
    if not _spaced_dash_before(s, k):
        return k
    for j in range(k + 1, min(len(s.words), k + 1 + DASHED_ASIDE_SPAN)):
        if s.words[j].norm in _HARD_BREAKS:
            return k
        if _spaced_dash_before(s, j):
            return j
    return k


def _hyphen_before(s: SentenceView, word: Token) -> bool:
    """The word is the second half of a compound ("US-backed")."""
    at = word.start - s.start
    return at > 0 and s.text[at - 1] in HYPHENS


def _hyphen_after(s: SentenceView, m: Mention) -> bool:
    """The mention is the first half of a compound, and a word follows the hyphen."""
    at = m.end - s.start
    return s.text[at : at + 1] in HYPHENS and m.token_end < len(s.words)


def _as_actor(m: Mention | None) -> Entity | None:
    return m.acting_as if m is not None else None


def _with_claimant(a: Assertion, claimant: Entity | None) -> Assertion:
    if claimant is None:
        return a
    from dataclasses import replace

    return replace(a, claimant=claimant)
