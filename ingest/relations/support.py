"""Frames of support and alliance: "X-backed Y", "with the support of", aid given and
received, "its allies", membership, fighting alongside or on behalf of a side, and camps
"between" which fighting runs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ingest.lexicon import Trigger
from ingest.relations.common import (
    _COMMAS,
    _STATE_TYPES,
    AID_SPAN,
    BACKED_TARGET_WINDOW,
    BEHALF_SPAN,
    BETWEEN_AND_SPAN,
    MEMBER_WINDOW,
    SAME_SIDE_FACTOR,
    SentenceView,
    _hyphen_before,
)
from ingest.relations.territory import TerritoryFrames
from ingest.tokens import Token
from kg.model import Assertion, Mention, Relation


class SupportFrames(TerritoryFrames):
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
        if a is not None and self._compound_modifier(s, a):  # "between Turkish-backed rebels"
            a = self._right(s, args, a.token_end, place=False, window=3)
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
        joint = next(
            (k for k in range(a.token_end, min(len(s.words), a.token_end + BETWEEN_AND_SPAN))
             if self._is_conjunction(s.words[k])),
            None,
        )  # fmt: skip
        if b is not None and joint is not None and b.token_start < joint:
            # « entre les rebelles soutenus par la Turquie et les FDS »: the other side is
            # after "and", not the backer inside the first side's participle phrase
            b = self._right(s, args, joint + 1, place=False, window=2, modifiers=False) or b
        if b is not None:
            place = self._location(s, args, last, (a, b))
            yield self._assert(s, first, last, trigger, rel, a, b, trigger.confidence, place)

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

    def _titled(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "Iran, the main backer of Damascus", "Russia is Assad's closest ally", « le Qatar
        étant, avec l'Arabie saoudite, leur premier bailleur de fonds »: a partner noun set
        beside a name (a comma or a copula between) makes that name, any list it closes, and
        any name added "with" it in an aside, the partner of the noun's owner: the name after
        "of", the genitive before the noun, or, for "its", the clause's first actor. A rank
        word ("main", « principal ») or the copula says it is a title: "the regime, its allies
        and X" lists."""
        opened = self._title_opening(s, args, first, last)
        end = self._past_partner_nouns(s.words, last)
        ranked_after = self._has_cue("title_modifier", s.words, end)
        while self._has_cue("title_modifier", s.words, end):
            end += 1  # « allié indéfectible du régime », الحليف الأبرز للنظام
        if opened is None or (end < len(s.words) and self._is_conjunction(s.words[end])):
            return
        start, owner, ranked = opened
        ranked = ranked or ranked_after
        possessive = self._has_cue("possessive", s.words, start)
        if owner is None and not possessive:
            owner = self._owner_after_title(s, args, end)
        speakers = [m for m in self._reporters if m not in args]  # "Iran, X's backer, said"
        names = self._titled_names(
            s, sorted([*args, *speakers], key=lambda m: m.token_start), start
        )
        if names is not None and (ranked or names[1]):
            partners = names[0]
        else:  # "The regime's main ally, Russia, ...", "The main backer of X is Turkey"
            after = owner.token_end if owner is not None and owner.token_start > end else end
            partners = self._named_after_title(s, args, after, ranked and start < first)
        if not partners:
            return
        if owner is None and possessive:
            owner = self._possessor(s, args, start, partners)
        if owner is None:
            return
        titled = self.lex.reframed(trigger, "title")
        for partner in partners:
            if partner.acting_as.iri != owner.acting_as.iri:
                yield self._assert(
                    s, first, last, titled, trigger.relation, partner, owner, titled.confidence
                )

    def _owner_after_title(
        self, s: SentenceView, args: Sequence[Mention], end: int
    ) -> Mention | None:
        """The owner a title names after its noun: after "of" / « de » ("the main backer of
        the US-led coalition": the coalition), or bound to ل (الحليف الأبرز للنظام)."""
        if not self._has_cue("source_marker", s.words, end):
            return self._bound_genitive(s, args, end, adjacent=True)
        owner = self._right(s, args, end + 1, place=False, window=1)
        if owner is not None and self._compound_modifier(s, owner):
            owner = self._right(s, args, owner.token_end, place=False, window=3)
        return owner

    def _named_after_title(
        self, s: SentenceView, args: Sequence[Mention], after: int, bare: bool
    ) -> list[Mention]:
        """The names a title describes when they follow it: after a comma ("The regime's main
        ally, Russia,"), after a copula ("The main backer of the rebels is Turkey"), or, when
        ``bare`` (a ranked title opened by "its" or a genitive), right after it ("Syria's
        closest ally Russia")."""
        separated = after < len(s.words) and (
            s.words[after].norm in _COMMAS or self._has_cue("copula", s.words, after)
        )
        if not (separated or bare):
            return []
        named = self._right(s, args, after + 1 if separated else after, place=False, window=1)
        return self._coordinated(s, args, named, False) if named is not None else []

    def _possessor(
        self, s: SentenceView, args: Sequence[Mention], start: int, partners: list[Mention]
    ) -> Mention | None:
        """Who "its" is in a title: the clause's first actor, else the speaker ("Hezbollah says
        Iran is its main ally"), else the actor the sentence before was about; never one of
        the partners the title describes."""
        named = {p.acting_as.iri for p in partners}
        topic = self._topic(s, args, start)
        if topic is not None and topic.acting_as.iri not in named:
            return topic
        speaker = next((m for m in self._reporters if m.token_end <= start), None)
        if speaker is not None and speaker.acting_as.iri not in named:
            return speaker
        previous = s.previous_topic
        if previous is not None and previous.iri not in named:
            return self._referent(s, previous, start, start + 1)
        return None

    def _title_opening(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int
    ) -> tuple[int, Mention | None, bool] | None:
        """Where the title before a partner noun starts, past rank words and other partner
        nouns ("the main ally and arms supplier"); its owner when a genitive names it
        ("Assad's closest ally"); and whether a rank word stands in it. None when no article,
        possessive or genitive opens it and no rank word follows a comma."""
        k = first - 1
        ranked = any(self._has_cue("title_modifier", s.words, j) for j in range(first, last))
        while k >= 0:
            chained = self._partner_noun_before(s.words, k)
            if self._has_cue("title_modifier", s.words, k):
                k, ranked = k - 1, True
            elif chained is not None:
                k = chained - 1
            else:
                break
        if self._has_cue("determiner", s.words, k) or self._has_cue("possessive", s.words, k):
            return k, None, ranked
        if self._has_cue("possessive_marker", s.words, k):  # "Assad's main backer"
            owner = self._left(s, args, k, place=False, window=0)
            return (owner.token_start, owner, ranked) if owner is not None else None
        if self.language.definite_article or (ranked and k >= 0 and s.words[k].norm in _COMMAS):
            return k + 1, None, ranked  # « L'Iran, principal allié », إيران، الحليف الأبرز
        return None

    def _partner_noun_before(self, words: Sequence[Token], k: int) -> int | None:
        """Where a partner noun starts when it closes right before the "and" at ``k`` («
        allié » in « allié et fournisseur d'armes »)."""
        if not (0 < k < len(words) and self._is_conjunction(words[k])):
            return None
        for j in range(k - 1, max(-1, k - 4), -1):
            hit = self.lex.triggers.match_at(words, j)
            if hit is not None and j + hit[0] == k:
                return j if any(t.frame == "possessed" for t in hit[1]) else None
        return None

    def _past_partner_nouns(self, words: Sequence[Token], last: int) -> int:
        """The word after a chain of partner nouns ("ally and arms supplier") whose first
        ends at ``last``."""
        while last < len(words) and self._is_conjunction(words[last]):
            hit = self.lex.triggers.match_at(words, last + 1)
            if hit is None or not any(t.frame == "possessed" for t in hit[1]):
                break
            last += 1 + hit[0]
        return last

    def _titled_names(
        self, s: SentenceView, args: Sequence[Mention], start: int
    ) -> tuple[list[Mention], bool] | None:
        """The names a title starting at ``start`` describes, and whether a copula links them
        to it: the name right before it across commas or a copula (with the list it closes
        after a copula), and any name an aside "with Y" adds (« le Qatar étant, avec l'Arabie
        saoudite, leur »). None when nothing but a name's own words stand before the title."""
        words, companions = s.words, []
        k, linked, separated = start - 1, False, False
        head = self._left(s, args, start, place=False, window=0, modifiers=False)
        if (
            self.language.verb_initial
            and head is not None
            and self._has_cue("copula", words, head.token_start - 1)
        ):
            return [head], True  # تعد روسيا الحليف الرئيسي
        while k >= 0:
            comma = words[k].norm in _COMMAS
            inner = self._left(s, args, k, place=False, window=0) if comma else None
            marker = self._companion_marker(words, inner.token_start) if inner else None
            if marker is not None and inner is not None:
                companions.append(inner)  # ", along with Iran," between the name and its title
                k, separated = marker - 1, True
            elif comma:
                k, separated = k - 1, True
            elif self._has_cue("copula", words, k):
                k, linked = k - 1, True
            else:
                break
        head = self._left(s, args, k + 1, place=False, window=0, modifiers=False)
        if head is None or not (linked or separated):
            return None
        listed = self._list_closed_by(s, args, head) if linked else [head]
        return [*listed, *companions], linked  # "Iran and Russia are the main allies of X"

    def _companion_marker(self, words: Sequence[Token], name: int) -> int | None:
        """Where "with" / "along with" / « avec » closes right before the name at ``name``,
        after the comma that opens an aside."""
        end = self._before_article(words, name - 1) + 1  # « avec l'Arabie saoudite »
        for k in range(end - 1, max(0, end - 4), -1):
            hit = self.lex.cue("companion").match_at(words, k)
            if hit is not None and k + hit[0] == end and words[k - 1].norm in _COMMAS:
                return k
        return None

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
        if member is None and group is not None:
            member = self._member_after_copula(s, args, group)  # "... in the SDF is the YPG"
            if member is not None:
                yield self._assert(
                    s, first, last, trigger, trigger.relation, member, group, trigger.confidence
                )
            return
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

    def _includes(
        self, s: SentenceView, args: Sequence[Mention], first: int, last: int, trigger: Trigger
    ) -> Iterator[Assertion]:
        """ "The SDF, which includes the YPG", « Jaych al-Fatah réunit al-Nosra et Ahrar
        al-Cham », جيش الفتح الذي يضم جبهة النصرة: a group or alliance names its members, each
        allied with it. A state's list ("Turkey's demands include") names no members."""
        group, factor, after = self._agent(s, args, first, last)
        if group is None or group.entity.type in _STATE_TYPES:
            return
        member = self._right(s, args, after, place=False, window=3, modifiers=False)
        if member is None or member.entity.type in _STATE_TYPES:
            return
        for m in self._coordinated(s, args, member, False):
            if m.acting_as.iri != group.acting_as.iri:
                yield self._assert(
                    s, first, last, trigger, trigger.relation, m, group, trigger.confidence * factor
                )

    def _member_after_copula(
        self, s: SentenceView, args: Sequence[Mention], group: Mention
    ) -> Mention | None:
        """ "The strongest group in the SDF is the YPG": a member phrase that opens the clause,
        then the group, "is", and the member."""
        if not self._has_cue("copula", s.words, group.token_end):
            return None
        member = self._right(s, args, group.token_end + 1, place=False, window=2)
        gap = s.words[group.token_end + 1 : member.token_start] if member is not None else []
        return member if member is not None and self._member_gap(gap) else None

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
        closing = self._opening_adverbial_end(s.words, first)
        if closing is not None and helper is not None:  # "With the support of X, Y took Z"
            helped = self._right(s, args, closing + 1, place=False, window=3, modifiers=False)
            if helped is not None:  # X backs Y: it is no member of Y's list
                self._passive_agents[id(helper)] = helped
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
        listed = self._coordinated(
            s, args, target, kind if kind is not None else not target.entity.is_actor
        )
        for previous, t in zip([None, *listed], listed, strict=False):
            if previous is not None and self._cue_before(
                "determiner", s.words, t.token_start, t.token_start - previous.token_end
            ):
                break  # "Turkish-backed rebels and the SDF": the article opens another phrase
            yield self._assert(s, first, last, trigger, rel, agent, t, trigger.confidence)
