"""The mention finder of one language: runs the sources in order of trust over the words no
earlier source claimed, then drops news-agency credits and remembers the article's groups and
forces for later anaphors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.languages import Language
from ingest.lexicon import Lexicon
from ingest.matcher import NameMatcher
from ingest.mentions.anaphora import AnaphorResolver
from ingest.mentions.context import (
    Claim,
    DocumentContext,
    make_mention,
    names_a_force,
    names_officials,
)
from ingest.mentions.demonyms import DemonymReader
from ingest.mentions.discovery import NameDiscoverer
from ingest.tokens import Token
from kg.gazetteer import Gazetteer
from kg.model import Entity, Mention


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, language: Language, matcher: NameMatcher):
        self.gazetteer = gazetteer
        self.language = language
        self.lexicon: Lexicon = language.lexicon()
        self.matcher = matcher
        self.demonym_reader = DemonymReader(gazetteer, language, matcher)
        self.discoverer = NameDiscoverer(language, matcher)
        self.anaphors = AnaphorResolver(gazetteer, language)

    def find(self, words: Sequence[Token], sentence: int, ctx: DocumentContext) -> list[Mention]:
        taken = [False] * len(words)
        found: list[Mention] = []

        def claim(first: int, last: int, mention: Mention) -> None:
            for k in range(first, last):
                taken[k] = True
            found.append(mention)

        self._gazetteer_names(words, sentence, claim)
        self.demonym_reader.find(words, sentence, taken, claim, found)
        self.discoverer.discover(words, sentence, taken, claim, ctx, found)
        self.discoverer.discover_located(words, sentence, taken, claim, ctx)
        self.anaphors.resolve(words, sentence, taken, claim, ctx, found)
        found.sort(key=lambda m: m.token_start)
        found[:] = [m for m in found if not _credit(words, m, found)]
        for m in found:
            if m.entity.type == "ArmedGroup" and m.rule != "coref":
                ctx.groups.append(m.entity)
            if names_a_force(m) and not names_officials(self.lexicon, words, m):
                ctx.forces.append(m.entity)
        return found

    def _gazetteer_names(self, words: Sequence[Token], sentence: int, claim: Claim) -> None:
        """Names the gazetteer knows, longest first; a state force is reported as its state
        (keeping the unit), a capital that acts stands for its state, and a "US-led" compound
        is read as the leader and the rest."""
        for hit in self.matcher.find(words):
            if self._uncapitalised_place(words, hit.first, hit.last, hit.entity):
                continue  # "sarin" (the gas) is no Sarin (the town)
            entity = self.gazetteer.reported_as(hit.entity) if hit.entity.is_actor else hit.entity
            unit = hit.entity if entity is not hit.entity else None
            mention = make_mention(
                entity, words, hit.first, hit.last, sentence, "gazetteer", unit, start=hit.start
            )
            actor = self.gazetteer.metonyms.get(entity.ident) if not entity.is_actor else None
            if actor is not None and not self._located(words, hit.first):
                mention = replace(mention, stands_for=self.gazetteer.actors[actor])
            leader = self.demonym_reader.compound_leader(words, hit.first, hit.last)
            if leader is not None:  # "US-led coalition": US leads the coalition
                claim(
                    hit.first,
                    hit.first + 1,
                    make_mention(leader, words, hit.first, hit.first + 1, sentence, "demonym"),
                )
                rest = make_mention(
                    entity, words, hit.first + 2, hit.last, sentence, "gazetteer", unit
                )
                claim(hit.first + 2, hit.last, rest)
                continue
            claim(hit.first, hit.last, mention)

    def _uncapitalised_place(
        self, words: Sequence[Token], first: int, last: int, entity: Entity
    ) -> bool:
        """A place named in a language with capitals without one capital letter: a common word
        that shares a place's spelling ("sarin", "homs" in a URL are no places)."""
        if not self.language.has_capitals or entity.is_actor:
            return False
        return not any(ch.isupper() for w in words[first:last] for ch in w.surface)

    def _located(self, words: Sequence[Token], k: int) -> bool:
        """A capital named as where ("in Rome", « à Rome », في موسكو): a place, not the state
        it can stand for."""
        return k > 0 and self.lexicon.cue("location_marker").match_at(words, k - 1) is not None


DATELINE_WORDS = 4  # words of a dateline before its agency: "دبي , الإمارات ("


def _credit(words: Sequence[Token], m: Mention, found: Sequence[Mention]) -> bool:
    """A news agency in a dateline or a photo credit ("BEIRUT (Reuters) -", "( CNN ) -",
    "REUTERS/Name"): who filed the story, not a party to it or an entity of it."""
    if m.entity.type != "Organization":
        return False
    after = words[m.token_end].surface if m.token_end < len(words) else ""
    if after == "/":
        return True
    before = words[m.token_start - 1].surface if m.token_start > 0 else ""
    if before != "(" or after != ")" or m.token_start > DATELINE_WORDS:
        return False
    # "BEIRUT (Reuters)", "دبي , الإمارات ( CNN )": a place, then the agency, opening the text
    # (the dash after it never reaches the words: sentences keep no dashes)
    return any(
        not o.entity.is_actor or o.entity.type == "Country"
        for o in found
        if o.token_end == m.token_start - 1
    )
