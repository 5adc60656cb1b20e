"""Lists and camps: the members of a coordinated list (A, B and C; « A, la B et le C »; A وB),
every subject of a list acting, and the two camps of a "between"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ingest.lexicon import Trigger
from ingest.relations.common import (
    _COMMAS,
    _HARD_BREAKS,
    LOCATED_ITEM_GAP,
    POSSESSOR_WINDOW,
    SAME_SIDE_FACTOR,
    SIDE_SPAN,
    SentenceView,
    _kind_ok,
)
from ingest.relations.references import ReferenceReading
from ingest.tokens import LIST_PUNCTUATION, Token
from kg.model import Assertion, Mention, Relation


class ListReading(ReferenceReading):
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
            if m.rule != "coref":
                gap = self._without_final_article(gap)  # "the SDF and the YPG"
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
            if id(other) in self._passive_agents:
                break  # "Backed by Iran, Hezbollah struck": Iran backs, it is no member
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
        listed = self._list_closed_by(s, args, agent)  # not a name in an opening adverbial:
        return [m for m in listed if m is agent or not self._fronted_before(s, m, first)]

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
        for m in self._listed_with_a_conjunction(s, args, agent)[1:]:
            after = m.token_end
        return self._right(s, args, after, place=place_kind, window=6, exclude=agent)

    def _listed_with_a_conjunction(
        self, s: SentenceView, args: Sequence[Mention], first: Mention
    ) -> list[Mention]:
        """``first`` and the names listed after it, up to the last one an "and" joins: "Backed
        by Russia and Iran, the army": both; "Backed by Iran, Hezbollah struck": Iran alone,
        the comma ends the phrase."""
        members = self._coordinated(s, args, first, False)
        joined = [
            k for k in range(1, len(members))
            if self._bound_conjunction(s.words[members[k].token_start])
            or any(self._is_conjunction(w)
                   for w in s.words[members[k - 1].token_end : members[k].token_start])
        ]  # fmt: skip
        return members[: joined[-1] + 1] if joined else [first]
