"""Who a trigger's subject is when the words before it do not simply name it: relative clauses,
pronouns ("it", أنها, « il »), participles and asides, and the previous sentence's topic."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.relations.arguments import ArgumentReading
from ingest.relations.common import (
    _COMMAS,
    _HARD_BREAKS,
    _NON_ARGUMENT_TYPES,
    _STATE_TYPES,
    POSITIONS_SPAN,
    PRONOUN_SUBJECT_SPAN,
    RESPONSIBILITY_SPAN,
    SPEAKER_GAP,
    SentenceView,
    _agrees,
)
from kg.model import Mention, Relation


class ReferenceReading(ArgumentReading):
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
        if left is not None and self._fronted_before(s, left, first):
            left = None  # "With the support of Russia, the army took Y": Russia is not the army
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
            owner = self._owner_of_a_possessed_noun(s, args, first, last)
            if owner is not None:
                return owner
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
            around = self._agent_around_an_aside(s, args, first, last, opening, left)
            if around is not None:
                return around
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
        announcer = self._announcer(s, first) if verbal_noun else self._announced_noun(s, first)
        if announcer is not None:  # أعلنت الحكومة استعادة السيطرة على Y: who announced, did
            return announcer, 0.85, last
        return None, 1.0, last

    def _fronted_before(self, s: SentenceView, m: Mention, first: int) -> bool:
        """Whether ``m`` stands inside an adverbial that opens the sentence and closes with a
        comma before the verb at ``first``."""
        closing = self._opening_adverbial_end(s.words, m.token_start)
        return closing is not None and closing < first

    def _owner_of_a_possessed_noun(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int
    ) -> tuple[Mention | None, float, int] | None:
        """Who "its" is on a verbal noun (سيطرتها, دعمها): the clause's first actor, else the
        speaker who is an actor, else the actor the sentence before was about; None if none."""
        topic = next((m for m in args if m.entity.is_actor and m.token_end <= first), None)
        if topic is not None:  # "بعد سيطرتها على": its control = the clause's subject
            return topic, 0.9, last
        speaker = next(
            (m for m in self._reporters
             if m.token_end <= first and m.entity.type not in _NON_ARGUMENT_TYPES),
            None,
        )  # fmt: skip
        if speaker is not None:  # أكدت روسيا دعمها للنظام: the speaker's own support
            return speaker, 0.85, last
        if s.previous_topic is not None and not any(m.can_act for m in args):
            # وأعلن عن سيطرته على Y: "his control", the actor the last sentence was about
            return self._referent(s, s.previous_topic, first, last), 0.8, last
        return None

    def _agent_around_an_aside(
        self,
        s: SentenceView,
        args: Sequence[Mention],
        first: int,
        last: int,
        opening: int,
        left: Mention | None,
    ) -> tuple[Mention | None, float, int] | None:
        """The agent when an aside between commas closes before the verb: the name before it,
        or nobody when the aside describes an unnamed head; None when the aside decides
        nothing."""
        head = self._left(s, args, opening, place=False, window=3, modifiers=False)
        if head is not None and self._titles_the_aside(s, head, opening, left, first):
            return left, 0.95, last  # "The regime's main ally, Russia, struck": Russia
        if head is not None:
            return head, 0.95, last
        if self._left(s, self._bodies, opening, place=None, window=3) is not None:
            return None, 1.0, last  # "the PYD, the Syrian arm of the PKK, holds": the PYD
        if self._describes_its_head(s.words, opening, first):
            return None, 1.0, last  # "the coalition, led by the US, struck": not the US
        if left is not None and self._inside_aside_before_verb(s.words, opening, first, left):
            return None, 1.0, last  # "The army, with Russian air support, captured": inside
        return None

    def _titles_the_aside(
        self, s: SentenceView, head: Mention, opening: int, named: Mention | None, first: int
    ) -> bool:
        """Whether the aside before the verb only names who a partner title before it is:
        "The regime's main ally, Russia, struck", « Le principal allié du régime, la Russie,
        a bombardé »: the title's owner ``head`` is not the subject."""
        if named is None or named.token_start <= opening:
            return False
        aside = s.words[opening + 1 : named.token_start]
        if len(aside) > 1 or (aside and not self._has_cue("determiner", aside, 0)):
            return False
        if named.token_end >= first or s.words[named.token_end].norm not in _COMMAS:
            return False
        for k in range(max(0, head.token_start - 4), opening):
            hit = self.lex.triggers.match_at(s.words, k)
            if hit is not None and any(t.frame == "possessed" for t in hit[1]):
                return True
        return False

    def _participle_subject(
        self, s: SentenceView, args: Sequence[Mention], left: Mention
    ) -> Mention | None:
        """ "Rebels backing the YPG fought IS", « les rebelles soutenant les YPG »: the name
        before a verb is the object of an active participle, and the subject is the name
        before that participle (a force noun may stand between: "FSA units backing")."""
        k = self._before_article(s.words, left.token_start - 1)
        if k < 1 or not self._active_participle(s.words[k]):
            return None
        if self.lex.triggers.match_at(s.words, k) is None:
            return None
        head = self._left(s, args, k, place=False, window=2, modifiers=False)
        if head is None or not all(
            self._has_cue("force_noun", s.words, j) for j in range(head.token_end, k)
        ):
            return None
        return head

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

    def _announced_noun(self, s: SentenceView, first: int) -> Mention | None:
        """ "The SDF announced the capture of Raqqa", « les FDS ont annoncé la libération de
        Raqqa »: the actor who announces (`announce`, not "said") an event noun made it; a
        monitor that announces it only reports."""
        k = first - 1
        while k >= 0 and first - k <= 3 and not self._has_cue("announce", s.words, k):
            k -= 1
        if k < 0 or not self._has_cue("announce", s.words, k):
            return None
        if not self._cue_before("determiner", s.words, first, first - k - 1):
            return None  # "announced that X captured": a clause, read on its own
        speaker = self._announcer(s, k + 1)
        if speaker is None or speaker.entity.type in _NON_ARGUMENT_TYPES:
            return None
        return speaker

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
