"""The relation extractor of one language. For each sentence it sets the state the frames
share (sources of reported speech, parties and councils, cues found once), sends each trigger
to its frames (after the readings that take precedence: a fight alongside or on behalf of a
side, support sent, an attempted capture, a repelled attack), and keeps each triple once, with
the sentence's claimant."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ingest.relations.common import (
    _NON_ARGUMENT_TYPES,
    DEPARTURE_SPAN,
    SentenceView,
    _dateline,
    _fights_alongside,
    _with_claimant,
)
from ingest.relations.verbs import VerbFrames
from kg.model import Assertion, Entity, Mention, Relation


class RelationExtractor(VerbFrames):
    def extract(self, s: SentenceView) -> list[Assertion]:
        covered = [False] * len(s.words)
        for m in s.mentions:
            for k in range(m.token_start, m.token_end):
                covered[k] = True
        claimant, arguments = self._read_sentence(s)
        masked = self._masked_cues(s.words)
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
                for assertion in self._aim_carried_out(s, arguments, first, last, entries, masked):
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
            for assertion in self._retaliation(s, arguments, first, last, entries, out):
                keep(assertion)
            if any(t.relation is Relation.LOSES_CONTROL_OF for t in entries):
                self._lost_control_noun(arguments, last, triggers[n + 1 : n + 2])
        for assertion in self._named_operations(s, arguments, masked):
            keep(assertion)
        for assertion in self._held_parts(s, arguments):
            keep(assertion)
        for assertion in self._taken_from_holders(out):
            keep(assertion)
        for assertion in self._allies_not_backing(out):
            keep(assertion)
        return out

    def _allies_not_backing(self, found: Sequence[Assertion]) -> Iterator[Assertion]:
        """The alliances of actors who acted together, but not of a pair where one backs the
        other in the sentence ("Assad's forces and their Russian backers bombed Y": support,
        not an alliance)."""
        backing = {
            frozenset((a.agent.iri, a.target.iri))
            for a in found
            if a.relation is Relation.SUPPORTS and a.agent and a.target
        }
        for a in self._together:
            if a.agent and a.target and frozenset((a.agent.iri, a.target.iri)) not in backing:
                yield a

    def _read_sentence(self, s: SentenceView) -> tuple[Entity | None, list[Mention]]:
        """Sets the state every frame reads for sentence ``s`` (sources of reported speech,
        parties and councils, cues found once) and returns its claimant and the mentions that
        may be arguments."""
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
        self._native = self._native_initials(s)
        self._repel_cues = {k: end for k, end, _ in self.lex.cue("repel").find(s.words)}
        self._behalf_cues = [k for k, _, _ in self.lex.cue("behalf").find(s.words)]
        self._stance_cues = [k for k, _, _ in self.lex.cue("stance").find(s.words)]
        self._passive_agents = {}
        self._unnamed_backed = set()  # backers of someone the text leaves unnamed
        self._subsumed = set()  # trigger words a frame has already read
        self._holdings = []  # controls that say who holds, not who took
        self._together = []
        self._relative_pronouns = {}  # trigger -> "it" of "Y, which it lost"
        self._modifiers = {id(m) for m in arguments if self._modifies_a_noun(s, m)}
        # "soldiers who defected from X joined Y": X was left, it does not act later on
        departures = [k for k, _, _ in self.lex.cue("departure").find(s.words)]
        self._departed = {
            id(m)
            for m in arguments
            if any(0 < m.token_start - k <= DEPARTURE_SPAN for k in departures)
        }
        return claimant, arguments
