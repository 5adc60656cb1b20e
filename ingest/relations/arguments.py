"""Finding a trigger's arguments: the nearest fitting mention to the left or right within a
clause, places and where events happen, genitives, and the
assertions built from them."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.lexicon import Trigger
from ingest.relations.clauses import ClauseReading
from ingest.relations.common import (
    _HARD_BREAKS,
    AGENT_WINDOW,
    ATTEMPT_SPAN,
    DOER_SPAN,
    HELD_WHERE_WINDOW,
    OBJECT_WINDOW,
    TAKEN_FROM_WINDOW,
    VICTIM_WINDOW,
    SentenceView,
    _as_actor,
    _entity,
    _kind_ok,
)
from ingest.tokens import Token
from kg.model import Assertion, Mention, Relation


class ArgumentReading(ClauseReading):
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

    def _named_after_of(self, s: SentenceView, args: Sequence[Mention], place: Mention) -> Mention:
        """The place named by "of" right after a descriptive one ("its Syrian capital of Raqqa",
        « la province d'Idleb »), else ``place``."""
        k = place.token_end
        if k < len(s.words) and self._has_cue("source_marker", s.words, k):
            named = self._right(s, args, k + 1, place=True, window=0)
            if named is not None:
                return named
        return place

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

    def _opposed(self, words: Sequence[Token], m: Mention) -> bool:
        """A name right after "against" (an article between: « contre l'EI »), so the object
        of that preposition, never a subject (where the subject comes first)."""
        if self.language.verb_initial:
            return False
        k = self._before_article(words, m.token_start - 1)
        return k >= 0 and self._has_cue("opponent_marker", words, k)

    def _names_positions(self, s: SentenceView, m: Mention) -> bool:
        """An actor named through its positions ("rebel positions", مواقع إيرانية)."""
        return self._has_cue("position_noun", s.words, m.token_start) or (
            m.token_end - m.token_start > 1
            and self._has_cue("position_noun", s.words, m.token_end - 1)
        )

    def _topic(self, s: SentenceView, args: Sequence[Mention], before: int) -> Mention | None:
        """The first actor of the sentence, when nothing but commas separates it from
        ``before``."""
        topic = next((m for m in args if m.entity.is_actor and m.token_end <= before), None)
        if topic is None or self._crosses_break(s.words, topic.token_end, before):
            return None
        return topic

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

    def _opponent_after(
        self, s: SentenceView, args: Sequence[Mention], agent: Mention
    ) -> Mention | None:
        """The side named right after "against" (« contre », ضد) that follows an agent."""
        against = self._marker_after(s, "opponent_marker", agent.token_end)
        if against is None:
            return None
        return self._right(s, args, against + 1, place=None, window=2, modifiers=False)

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

    def _by_after(
        self, s: SentenceView, args: Sequence[Mention], place: Mention, other: Mention | None
    ) -> Mention | None:
        """The actor named by "by" (على يد, « par ») right after the place."""
        by = self._marker_after(s, "agent_marker", place.token_end, span=2)
        found = self._right(s, args, by + 1, place=False, window=2) if by is not None else None
        if found is None or (other is not None and found.entity.iri == other.entity.iri):
            return None
        return found
