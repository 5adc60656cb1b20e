"""Frames of territory: captures read from expulsions, withdrawals, hand-overs, "under the
control of", strongholds, the fall of a place, lifted sieges, and who held what was taken."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial

from ingest.lexicon import Trigger
from ingest.relations.common import (
    _COMMAS,
    _STATE_TYPES,
    EXPELLED_SPAN,
    GENITIVE_TARGET_WINDOW,
    HELD_PART_CONFIDENCE,
    HELD_UNTIL_EXPELLED_FACTOR,
    HOLDER_WINDOW,
    LIFTED_SIEGE_FACTOR,
    LIFTED_SIEGE_SPAN,
    NEGATION_WINDOW,
    PARTICIPLE_FACTOR,
    RELATIVE_WINDOW,
    RESUMED_PLACE_WINDOW,
    SentenceView,
    _as_actor,
    _kind_ok,
)
from ingest.relations.lists import ListReading
from ingest.relations.words import _states_holding
from kg.model import Assertion, Mention, Relation


class TerritoryFrames(ListReading):
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
        if first == 0 or s.words[first - 1].norm not in _COMMAS:
            return
        if not self._active_participle(s.words[first]):
            return
        expelled = self._right(s, args, out + 1, place=False, window=3)
        place = self._left(s, args, first, place=True, window=4)
        if expelled is not None and place is not None:
            yield emit(Relation.LOSES_CONTROL_OF, expelled, place, confidence)

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
        if agent is not None:
            yield from self._weapons_handed_over(s, args, first, last, trigger, agent, after)
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

    def _weapons_handed_over(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        trigger: Trigger,
        agent: Mention,
        after: int,
    ) -> Iterator[Assertion]:
        """ "Rebels handed their heavy weapons to government forces", « ont remis leurs armes
        aux forces du régime », سلمت الفصائل أسلحتها لقوات النظام: handing over one's own
        weapons (`own_weapons`) to an actor is surrendering to it."""
        end = None
        for k in range(after, min(len(s.words), after + 2)):  # "handed over their weapons"
            hit = self.lex.cue("own_weapons").match_at(s.words, k)
            if hit is not None:
                end = k + hit[0]
                break
        if end is None:
            return
        taker = self._bound_genitive(s, args, end, adjacent=True)  # لقوات النظام
        marker = self._marker_after(s, "recipient_marker", end)
        if taker is None and marker is not None:
            taker = self._right(s, args, marker + 1, place=False, window=3)
        if taker is not None and taker.acting_as.iri != agent.acting_as.iri:
            surrender = replace(trigger, relation=Relation.SURRENDERS_TO)
            yield self._assert(
                s, first, end, surrender, Relation.SURRENDERS_TO, agent, taker, trigger.confidence
            )
