"""Frames of attack events told through their victims or their names: casualties of strikes,
"came under", "killed by", repelled attacks, named operations, and "the capture of Y by X"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ingest.lexicon import Trigger
from ingest.relations.common import (
    _COMMAS,
    _HARD_BREAKS,
    _NAME_LINKS,
    AID_SPAN,
    CASUALTY_WINDOW,
    LOCATED_ITEM_GAP,
    NAMED_OPERATION_CONFIDENCE,
    NOUN_OF_BY_FACTOR,
    OPERATION_NAME_WORDS,
    REPEL_SPAN,
    RETALIATION_SPAN,
    SentenceView,
    _as_actor,
)
from ingest.relations.support import SupportFrames
from ingest.tokens import Token
from kg.model import Assertion, Mention, Relation


class EventFrames(SupportFrames):
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

    def _retaliation(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
        found: Sequence[Assertion],
    ) -> Iterator[Assertion]:
        """ "Rebels shelled the base and the army responded with air strikes", « les forces du
        régime ont riposté par des frappes »: strikes in response hit whoever attacked first in
        the sentence, wherever they fell."""
        attack = next((t for t in entries if t.relation is Relation.ATTACKS), None)
        if attack is None or not self._cue_before("retaliation", s.words, first, RETALIATION_SPAN):
            return
        responder = self._agent(s, args, first, last)[0]
        if responder is None:
            return
        earlier = next(
            (a.agent for a in found
             if a.relation is Relation.ATTACKS and a.agent is not None
             and a.agent.iri != responder.acting_as.iri),
            None,
        )  # fmt: skip
        if earlier is not None:
            evidence = self._evidence(s, first, last, attack, attack.confidence, (responder,))
            yield Assertion(
                relation=Relation.ATTACKS,
                agent=responder.acting_as,
                target=earlier,
                evidence=evidence,
            )

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
        pronoun = self._has_cue("object_pronoun", s.words, marker + 1)  # "against it"
        target = (
            None
            if pronoun
            else self._right(s, args, marker + 1, place=place, window=2, modifiers=False)
        )
        end = target.token_end if target is not None else marker + 2 if pronoun else None
        by = self._agent_marker_past_place(s.words, end) if end is not None else None
        if by is None:
            return
        agent = self._right(s, args, by + 1, place=False, window=2)
        if agent is not None and self._compound_modifier(s, agent):
            # "by the US-led coalition": the coalition, whom the US leads
            agent = self._right(s, args, agent.token_end, place=False, window=3) or agent
        if agent is None:
            return
        if target is None:  # "a campaign waged against it by Turkey"
            target = self._pronoun_object(s, args, marker, agent)
            if target is None:
                return
        for a in self._coordinated(s, args, agent, False):
            yield self._assert(
                s, first, last, trigger, rel, a, target, trigger.confidence * NOUN_OF_BY_FACTOR
            )

    def _agent_marker_past_place(self, words: Sequence[Token], k: int) -> int | None:
        """Where "by" stands at ``k``, or past a place phrase right after it ("against IS in
        northern Syria by Turkey"), within the clause."""
        if self._has_cue("agent_marker", words, k):
            return k
        if not self._has_cue("location_marker", words, k):
            return None
        for j in range(k + 1, min(len(words), k + 1 + LOCATED_ITEM_GAP)):
            if words[j].norm in _COMMAS or words[j].norm in _HARD_BREAKS:
                return None
            if self._has_cue("agent_marker", words, j):
                return j
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
        attacker, length = None, 1
        while strike is not None and attacker is None:
            self._subsumed.add(strike)
            length, _ = self.lex.triggers.match_at(s.words, strike) or (1, ())
            attacker = self._striker(s, args, after, strike, strike + length)
            if attacker is None:  # "in car bombings and US-led air strikes": the next in the list
                after, strike = strike + length, self._listed_attack_noun(s.words, strike + length)
        if strike is None or attacker is None or attacker.acting_as.iri == victim.acting_as.iri:
            return
        where = self._location(s, args, strike + length, (attacker, victim))
        for each in self._coordinated(s, args, attacker, False):
            yield self._assert(
                s, first, strike + length, trigger, Relation.ATTACKS, each, victim,
                trigger.confidence, where,
            )  # fmt: skip

    def _listed_attack_noun(self, words: Sequence[Token], k: int) -> int | None:
        """The attack noun a list continues with after a comma or "and" at ``k`` ("car
        bombings and US-led air strikes"), within three words."""
        if k >= len(words) or not (words[k].norm in _COMMAS or self._is_conjunction(words[k])):
            return None
        return self._first_word(words, k + 1, 4, self._attack_noun_at)

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
