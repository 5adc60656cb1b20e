"""The data that flows from text to graph, as plain dataclasses.

article → sentences → mentions (linked to entities) → assertions (relations with evidence) and
events. Spans are character offsets into ``Article.text`` (end exclusive), so every fact can be
traced back to the words that carry it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Relation(StrEnum):
    """The eight event relations of the ontology; values are the property local names."""

    ATTACKS = "attacks"
    CLASHES_WITH = "clashesWith"
    CONTROLS = "controls"
    LOSES_CONTROL_OF = "losesControlOf"
    SURRENDERS_TO = "surrendersTo"
    SUPPORTS = "supports"
    ALLIED_WITH = "alliedWith"
    BESIEGES = "besieges"

    @property
    def symmetric(self) -> bool:
        return self in (Relation.CLASHES_WITH, Relation.ALLIED_WITH)

    @property
    def object_is_place(self) -> bool:
        """True when the object must be a place (controls, losesControlOf, besieges)."""
        return self in (Relation.CONTROLS, Relation.LOSES_CONTROL_OF, Relation.BESIEGES)

    @property
    def cooperative(self) -> bool:
        """True for relations between partners (supports, alliedWith): never "against" someone."""
        return self in (Relation.SUPPORTS, Relation.ALLIED_WITH)

    @property
    def object_may_be_place(self) -> bool:
        return self.object_is_place or self is Relation.ATTACKS


ACTOR_TYPES = ("Country", "StateForce", "ArmedGroup", "Coalition", "Person", "Organization")
PLACE_TYPES = (
    "CountryTerritory",
    "Governorate",
    "Region",
    "City",
    "Town",
    "Village",
    "Neighbourhood",
    "Facility",
    "OilField",
    "GasField",
    "Dam",
    "Airbase",
    "MilitaryBase",
    "BorderCrossing",
    "WaterBody",
)


@dataclass(frozen=True)
class Entity:
    """An actor or place: from the gazetteer, or discovered in text by a naming pattern."""

    iri: str
    ident: str
    kind: str  # "actor" | "place"
    type: str  # one of ACTOR_TYPES or PLACE_TYPES
    labels: dict[str, str]  # language -> preferred label
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    part_of: tuple[str, ...] = ()
    unit_of: str | None = None
    successor_of: str | None = None
    governorate: str | None = None
    lat: float | None = None
    lon: float | None = None
    discovered: bool = False
    note: str = ""

    @property
    def is_actor(self) -> bool:
        return self.kind == "actor"

    def all_labels(self) -> list[str]:
        """Preferred labels then aliases, each once, in a stable order."""
        seen: dict[str, None] = {}
        for lang in sorted(self.labels):
            seen.setdefault(self.labels[lang])
        for lang in sorted(self.aliases):
            for alias in self.aliases[lang]:
                seen.setdefault(alias)
        return list(seen)

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or next(iter(self.labels.values()), self.ident)


@dataclass
class Article:
    """One news article as read from a file, a JSONL record or standard input."""

    doc_id: str
    text: str
    lang: str | None = None
    title: str | None = None
    date: date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    line: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    duplicate: bool = False  # repeats an earlier sentence of the same article
    boilerplate: str = ""  # why the page around the story, not the story, holds it ("" = story)
    story_end: int | None = None  # the story stops inside the sentence, at this offset


@dataclass(frozen=True)
class Mention:
    """A stretch of text naming an entity."""

    entity: Entity
    start: int  # character offsets in the article text
    end: int
    surface: str
    sentence: int
    token_start: int  # token offsets within the sentence
    token_end: int
    rule: str  # gazetteer | discovery:<pattern> | coref | demonym
    unit: Entity | None = None  # the named unit when the mention was rolled up to its state
    stands_for: Entity | None = None  # the actor a capital names when it acts ("Moscow said")

    @property
    def can_act(self) -> bool:
        """Names an actor, or a place that stands for one."""
        return self.entity.is_actor or self.stands_for is not None

    @property
    def acting_as(self) -> Entity:
        """The entity that acts when this mention fills an actor slot."""
        if self.stands_for is not None and not self.entity.is_actor:
            return self.stands_for
        return self.entity


@dataclass(frozen=True)
class Evidence:
    sentence: int
    sentence_text: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Assertion:
    """An event extracted from one sentence.

    ``agent`` is None when the text names no actor (unidentified aircraft): the event is kept,
    but no actor-to-actor triple is written for it.
    """

    relation: Relation
    agent: Entity | None
    target: Entity | None
    evidence: Evidence
    place: Entity | None = None
    agent_unit: Entity | None = None
    agent_description: str | None = None
    claimant: Entity | None = None

    @property
    def is_triple(self) -> bool:
        return self.agent is not None and self.target is not None


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    lang: str
    sentences: list[Sentence]
    mentions: list[Mention]
    assertions: list[Assertion]

    def entities(self) -> list[Entity]:
        seen: dict[str, Entity] = {}
        for m in self.mentions:
            seen.setdefault(m.entity.iri, m.entity)
        return list(seen.values())
