"""The verb frame and the dispatch of a trigger to its frames: subject and object around a verb
(verb-first in Arabic), passives, verbal nouns, killing, taking, support sent and attempted
captures."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ingest.lexicon import Trigger
from ingest.normalise import normalise_label
from ingest.relations.common import (
    _COMMAS,
    _TERRITORIAL,
    ATTEMPT_FACTOR,
    ATTEMPT_OBJECT_WINDOW,
    BETWEEN_SPAN,
    DISPATCH_SPAN,
    INTERVENTION_SPAN,
    MEMBER_WINDOW,
    OBJECT_WINDOW,
    PARTNER_WINDOW,
    PASSIVE_AGENT_SPAN,
    PASSIVE_TARGET_WINDOW,
    SAME_SIDE_FACTOR,
    SentenceView,
    _hyphen_before,
    _past_dashed_aside,
)
from ingest.relations.events import EventFrames
from kg.model import Assertion, Mention, Relation

# relations whose joint agents act together, so are allies
_JOINT_RELATIONS = frozenset(
    {Relation.ATTACKS, Relation.CONTROLS, Relation.BESIEGES, Relation.ALLIED_WITH}
)


class VerbFrames(EventFrames):
    def _aim_carried_out(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        entries: Sequence[Trigger],
        masked: set[int],
    ) -> Iterator[Assertion]:
        """ "Russia sent reinforcements to support the army", أرسلت روسيا تعزيزات لدعم قوات
        النظام: support sent is support given, though "to support" reads as an aim; and
        « l'aviation est intervenue pour bombarder Y », "jets intervened to strike Y": an
        intervention to act is the act."""
        backing = [t for t in entries if t.relation is Relation.SUPPORTS]
        if backing and self._cue_before("dispatch", s.words, first, DISPATCH_SPAN):
            done = backing
        elif self._cue_before("intervention", s.words, first, INTERVENTION_SPAN):
            done = list(entries)
        else:
            return  # most blocked triggers: no need to ask whether only an aim blocks them
        if self._aim_only(s.words, first, masked):
            yield from self._apply(s, args, first, last, done)

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
        titled = list(self._titled(s, args, first, last, possessed)) if possessed else []
        if titled:
            yield from titled
            return
        if possessed and self._owner_and_partners(s, args, first, last) is not None:
            yield from self._possessed(s, args, first, last, possessed)
            return
        compound = _hyphen_before(s, s.words[first])
        noun_of_by = list(self._noun_of_by(s, args, first, last, entries))
        if noun_of_by:
            yield from noun_of_by
            return
        # "an offensive launched by X", "held since 2012 by X": where "by" may stand
        by_from = self._past_time_phrase(s.words, self._past_light_verb(s, first, last))
        for trigger in entries:
            frame = trigger.frame
            if frame in ("genitive", "possessed") or (compound and frame != "backed"):
                continue  # "US-backed": a compound modifier, never a finite verb
            if (
                frame == "verb"
                and self._marker_after(s, "agent_marker", by_from) is not None
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
        if target is None and rel is Relation.ALLIED_WITH:
            target = self._operation_leader(s, args, after)  # "joined the Turkish-led offensive"
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
            yield from self._events_of_an_unnamed_agent(s, args, first, last, trigger, target)
            return
        if target is not None:
            target = self._kept_target(s, args, trigger, last, after, target, verbal_noun)
        if target is None:
            target = self._target_read_elsewhere(s, args, rel, first, after, agent, place_kind)
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
        if not verbal_noun:  # a noun's camp (قصف X وسط تحليق طائرات Y) says less than a verb
            self._together.extend(self._acting_together(s, first, last, trigger, agents, factor))
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

    def _operation_leader(
        self, s: SentenceView, args: Sequence[Mention], after: int
    ) -> Mention | None:
        """The leader named by an "X-led" compound on an operation noun right after an alliance
        verb: "joined the Turkish-led offensive" is an alliance with Turkey."""
        leader = self._right(s, args, after, place=False, window=2)
        if leader is None or not self._compound_modifier(s, leader):
            return None
        hit = self.lex.triggers.match_at(s.words, leader.token_end)
        leads = hit is not None and any(
            t.relation is Relation.ALLIED_WITH and t.frame == "backed" for t in hit[1]
        )
        if not leads or hit is None:
            return None
        noun = leader.token_end + hit[0]
        return leader if self._has_cue("event_noun", s.words, noun) else None

    def _acting_together(
        self,
        s: SentenceView,
        first: int,
        last: int,
        trigger: Trigger,
        agents: Sequence[Mention],
        factor: float,
    ) -> Iterator[Assertion]:
        """ "Nusra and Ahrar al-Sham formed Jaysh al-Fatah", "Turkey and the FSA captured
        al-Bab": actors who attack, take, besiege or ally together are allies (SCHEMA: fighting
        together, joining the same operation or alliance); the extractor keeps them once the
        sentence is read, unless one of the pair backs the other."""
        if trigger.relation not in _JOINT_RELATIONS:
            return
        if any(
            self._has_cue("side_marker", s.words, k)
            for k in range(agents[0].token_end, agents[-1].token_start)
        ):
            return  # قصفت X من جهة وY من جهة أخرى: each on its own side, not together
        together = self.lex.reframed(replace(trigger, relation=Relation.ALLIED_WITH), "together")
        confidence = together.confidence * factor * SAME_SIDE_FACTOR
        for i, a in enumerate(agents):
            for b in agents[i + 1 :]:
                if a.acting_as.iri != b.acting_as.iri:
                    yield self._assert(
                        s, first, last, together, Relation.ALLIED_WITH, a, b, confidence
                    )

    def _events_of_an_unnamed_agent(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        trigger: Trigger,
        target: Mention | None,
    ) -> Iterator[Assertion]:
        """ "Unidentified aircraft struck Y": the event is kept without an agent; "fighters
        seized the dam from X": who lost the place is still named."""
        rel = trigger.relation
        description = self._unnamed(s, first, last)
        if description and target is not None:
            place = (
                target if not target.entity.is_actor else self._location(s, args, last, (target,))
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

    def _kept_target(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        trigger: Trigger,
        last: int,
        after: int,
        target: Mention,
        verbal_noun: bool,
    ) -> Mention | None:
        """The object found after a verb, unless the words around it say it is no object
        (a partner, a cause in a list, a place's setting, the subject of a new clause)."""
        rel = trigger.relation
        if (
            verbal_noun
            and rel is Relation.CLASHES_WITH
            and not self._cue_before("partner_marker", s.words, target.token_start, 3)
        ):
            return None  # « معارك ريف حماة ... إلى جانب X »: a fight's partner is "with X"
        if rel is Relation.CLASHES_WITH and self._cue_before(
            "behalf", s.words, target.token_start, 2
        ):
            return None  # "fought for the regime", "the battle for Y": no side fought
        if rel is Relation.CLASHES_WITH and self._listed_after_event(
            s.words, last, target.token_start
        ):
            return None  # "killed in clashes, bombings and X air strikes": a list of causes
        if rel.object_is_place and self._object_unnamed(s, after, target):
            return None  # "took control of Dalama in rural Aleppo": not of Aleppo
        if rel is Relation.ATTACKS:
            target = self._held_part_of(s, args, target) or target  # « les quartiers rebelles
            # d'Alep » were hit: Aleppo, where the rebels hold them
        if self._cue_before("border_with", s.words, target.token_start, 3):
            return None  # "near the border with Iraq": where, not what was hit
        if self._opens_a_clause(s, target):
            return None  # "... attacks in 2014 and the ISIS group was responsible": a subject
        if self._new_clause_between(s.words, last, target.token_start):
            return None  # "X backs them, while Turkey supports Y": Turkey starts a clause
        if rel.cooperative and self._cue_before("opponent_marker", s.words, target.token_start, 2):
            return None  # "joint operations against X": X is the enemy, not a partner
        return target

    def _target_read_elsewhere(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        rel: Relation,
        first: int,
        after: int,
        agent: Mention,
        place_kind: bool | None,
    ) -> Mention | None:
        """An object not after the verb: the antecedent of a relative clause, a pronoun after
        "against", or for a symmetric relation the partner listed before the agent."""
        target: Mention | None = None
        if not self.language.verb_initial:
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
            gap = self._without_final_article(gap)  # « les FDS et l'EI se sont affrontés »
            if gap and all(self._is_conjunction(w) or w.norm in _COMMAS for w in gap):
                target = partner
        return target

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
            if self._cue_before("between_marker", s.words, target.token_start, 2):
                agents = [agent]  # "between rebels backed by Turkey and the SDF": the "and"
                # joins the two sides, not two backers
            # "Backed by Iran, Hezbollah struck": the target after the backers ends their list
            if target.token_start > agent.token_start:
                agents = [a for a in agents if a.token_end <= target.token_start]
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
