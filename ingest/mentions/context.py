"""What the mention finders share: the article's memory of what it named, and how a span of
words becomes a mention."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ingest.lexicon import Lexicon
from ingest.tokens import Token
from kg.model import Entity, Mention

Claim = Callable[[int, int, Mention], None]  # words first:last are taken by a mention


@dataclass
class DocumentContext:
    """What earlier sentences of the same article said (for anaphors)."""

    groups: list[Entity] = field(default_factory=list)  # armed groups named so far, in order
    forces: list[Entity] = field(default_factory=list)  # state forces named so far, in order
    discovered: dict[str, Entity] = field(default_factory=dict)


def make_mention(
    entity: Entity,
    words: Sequence[Token],
    first: int,
    last: int,
    sentence: int,
    rule: str,
    unit: Entity | None = None,
    start: int | None = None,
) -> Mention:
    """The mention of ``entity`` by words ``first:last``; ``start`` overrides where its span
    begins (a bound "and" cut off)."""
    begin = words[first].start if start is None else start
    end = words[last - 1].end
    surface = " ".join(w.surface for w in words[first:last])
    return Mention(entity, begin, end, surface, sentence, first, last, rule, unit)


def names_a_force(m: Mention) -> bool:
    """A state's forces, named as such ("the Syrian army", "Turkish troops"), not the state."""
    if m.rule == "coref":
        return False
    return (
        m.entity.type == "StateForce"
        or m.unit is not None
        or (m.rule == "demonym" and m.entity.type == "Country" and m.token_end - m.token_start > 1)
    )


def names_officials(lexicon: Lexicon, words: Sequence[Token], m: Mention) -> bool:
    """An actor named through its officials ("Russian officials") or its positions ("rebel
    positions"), not its forces."""
    officials, positions = lexicon.cue("official_noun"), lexicon.cue("position_noun")
    return any(
        w.norm in officials or w.norm in positions for w in words[m.token_start : m.token_end]
    )
