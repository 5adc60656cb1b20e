"""Anaphors: words that stand for an actor or a place named before. "The group", التنظيم,
« le groupe » stand for the last armed group their noun fits (and their designation allows: "the
jihadists"); "the army" for the state force named last; "the town" for a town of the same
sentence."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.languages import Language
from ingest.lexicon import Lexicon
from ingest.mentions.context import (
    Claim,
    DocumentContext,
    make_mention,
    names_a_force,
    names_officials,
)
from ingest.normalise import normalise_label
from ingest.tokens import Token
from kg.gazetteer import Gazetteer
from kg.model import Entity, Mention

ANAPHOR_PLACE_TYPES = {"City", "Town"}  # what "the town" may name in its own sentence


class AnaphorResolver:
    def __init__(self, gazetteer: Gazetteer, language: Language):
        self.gazetteer = gazetteer
        self.language = language
        self.lexicon: Lexicon = language.lexicon()

    def resolve(
        self,
        words: Sequence[Token],
        sentence: int,
        taken: list[bool],
        claim: Claim,
        ctx: DocumentContext,
        found: list[Mention],
    ) -> None:
        index = self.lexicon.cue("anaphor_group")
        for first, last, _ in list(index.find(words, skip=lambda k: taken[k])):
            if any(taken[first:last]):
                continue
            groups = [
                m
                for m in found
                if m.token_start < first and m.entity.type == "ArmedGroup" and m.rule != "coref"
            ]  # a second التنظيم in a sentence is the group the first one named
            # "X expelled the jihadists": an anaphor is not a group its own sentence named,
            # unless it was named with the anaphor's noun (تنظيم داعش ... نقل التنظيم)
            head = words[last - 1].norm
            designated = self._designated(words[first:last])
            candidates = ctx.groups
            if designated is not None:  # "the jihadists": a jihadist group, not the SDF
                groups = [m for m in groups if m.entity.ident in designated]
                candidates = [g for g in candidates if g.ident in designated]
            referent = _named_with(head, groups)
            if referent is None:
                earlier = [m.entity for m in groups]
                referent = _compatible(head, [g for g in candidates if g not in earlier])
            if referent is not None:
                claim(first, last, make_mention(referent, words, first, last, sentence, "coref"))
        towns = self.lexicon.cue("anaphor_place")
        for first, last, _ in list(towns.find(words, skip=lambda k: taken[k])):
            after = words[last].norm if last < len(words) else ""
            named_next = last + 1 < len(words) and words[last + 1].surface[:1].isupper()
            if (
                self.language.has_capitals
                and after in self.lexicon.cue("source_marker")
                and named_next
            ):
                continue  # "the town of Saraqib", « la ville de »: a class noun naming what follows
            named = [
                m.entity
                for m in found
                if m.token_end <= first and m.entity.type in ANAPHOR_PLACE_TYPES
            ]
            if named and not any(taken[first:last]):  # بعدما طوقوا المدينة: the town just named
                claim(first, last, make_mention(named[-1], words, first, last, sentence, "coref"))
        forces = self.lexicon.cue("anaphor_force")
        for first, last, _ in list(forces.find(words, skip=lambda k: taken[k])):
            earlier_forces = [
                m.entity
                for m in found
                if m.token_start < first
                and names_a_force(m)
                and not names_officials(self.lexicon, words, m)
            ]
            named = [*ctx.forces, *earlier_forces]
            if named and not any(taken[first:last]):  # "the army": the state force named last
                claim(first, last, make_mention(named[-1], words, first, last, sentence, "coref"))

    def _designated(self, words: Sequence[Token]) -> frozenset[str] | None:
        """The actors an anaphor's designation allows ("the jihadists"), None if it has none."""
        for w in words:
            designation = self.lexicon.designations.get(w.norm)
            if designation is not None:
                return self.gazetteer.designations.get(designation, frozenset())
        return None


def _named_with(head: str, mentions: Sequence[Mention]) -> Entity | None:
    """The latest of ``mentions`` written with the anaphor's noun (تنظيم داعش for التنظيم)."""
    noun = head[2:] if head.startswith("ال") else head
    for m in reversed(mentions):
        if noun in normalise_label(m.surface).split():
            return m.entity
    return None


def _compatible(head: str, groups: Sequence[Entity]) -> Entity | None:
    """The latest group whose own names use the anaphor's noun (التنظيم → تنظيم الدولة), else the
    latest group."""
    noun = head[2:] if head.startswith("ال") else head
    for entity in reversed(groups):
        names = {w for label in entity.all_labels() for w in normalise_label(label).split()}
        if noun in names or "ال" + noun in names:
            return entity
    return groups[-1] if groups else None
