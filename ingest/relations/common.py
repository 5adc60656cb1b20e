"""What every part of relation extraction shares: the sentence view a frame reads, the
windows and factors that tune the frames, and small functions over words and mentions."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from ingest.lexicon import Trigger
from ingest.tokens import HYPHENS, Token
from kg.model import Assertion, Entity, Mention, Relation

AGENT_WINDOW = 10
OBJECT_WINDOW = 12
PARTNER_WINDOW = 4
RELATIVE_WINDOW = 5
TAKEN_FROM_WINDOW = 6
BETWEEN_AND_SPAN = 6  # words from the first side of a "between" to its "and" (backed by X)
BETWEEN_SPAN = 7  # words between a trigger and its "between": التعاون الفعال والقريب بين
NEGATION_WINDOW = 4
PASSIVE_AGENT_SPAN = 10  # words between a passive trigger and its "by"
SIDE_SPAN = 4  # words between one camp of a "between" and its "on the one hand"
POSSESSOR_WINDOW = 3  # words between an owner and "its": "Damascus and its allies"
MEMBER_WINDOW = 2  # tokens between a member, "part of" and its group (commas, quotes)
SAME_SIDE_FACTOR = 0.8  # fighting on the same side of a clash: allies, less surely
HELD_UNTIL_EXPELLED_FACTOR = 0.8  # "to drive X from Y": X holds Y, said indirectly
GENITIVE_TARGET_WINDOW = 12  # "Y, one of the last bases still in the hands of X"
HELD_WHERE_WINDOW = 2  # words between "held by X" and "in Y" (in eastern Y)
EXPELLED_SPAN = 5  # tokens between the expelled and "from"
SPEAKER_GAP = 4  # words between a source and its own deed: "said it had", أنها
AID_SPAN = 5  # words between "received" and what, and between what and "from"
MODALITY_WINDOW = 10
PASSIVE_TARGET_WINDOW = 8  # words between a name and the participle that describes it
DASHED_ASIDE_SPAN = 12  # words inside "X - an aside - verb Y"
ASIDE_SPAN = 20  # words inside "X, an aside between commas, verb Y"
PRONOUN_SUBJECT_SPAN = 4  # "it had then mounted a counterattack": pronoun, auxiliaries, verb
TAKEN_FROM_HOLDER_FACTOR = 0.85  # the loser of a capture, read from who was said to hold it
LIFTED_SIEGE_SPAN = 8  # words between "the siege" and "imposed by" (عن مدينة دير الزور الذي كان)
DEPARTURE_SPAN = 4  # words between "defected" and the group left (انشق عشرات الجنود عن X)
DOER_SPAN = 3  # words between an event noun and "that X carried out" (الصاروخية التي نفذتها)
HOLDER_WINDOW = 4  # words between a holder and "in control of" ("remains firmly in")
POSITIONS_SPAN = 4  # words between an attack verb and "its positions" (على مواقعه)
RESUMED_PLACE_WINDOW = 3  # words between a place and the verb whose "from it" names it
LIFTED_SIEGE_FACTOR = 0.85  # a siege read from its lifting
LOCATED_ITEM_GAP = 4  # "in northern Iraq and": where a listed place lies, before the next
PARTICIPLE_FACTOR = 0.85  # "Y, captured from X": the loser of a capture told by a participle
RESPONSIBILITY_SPAN = 4  # words between "claimed responsibility for" and the attack noun
DISPATCH_SPAN = (
    8  # words between "sent" and "to support" (« des milliers de combattants en Syrie pour »)
)
RETALIATION_SPAN = 5  # words from "responded with" to the strike noun (« a répondu avec des »)
INTERVENTION_SPAN = 3  # words between "intervened" and "to strike" (« est intervenue pour »)
MEANS_SPAN = 5  # words between "backed by" (or "support including") and the strikes
BACKED_TARGET_WINDOW = 3  # "regime-held villages in neighbouring Y"
CASUALTY_WINDOW = 4  # words between the dead and "were killed" (عناصر من, fighters were)
VICTIM_WINDOW = 2  # words between the subject and "came under" (positions, ses positions)
PLANNED_RELATIVE_WINDOW = 3  # words after "that" in which a plan or threat verb stands
ALONGSIDE_SPAN = 5  # words between "fight" and "alongside", a VSO subject included
NOUN_OF_BY_FACTOR = 0.95  # "the capture of Y by X": the noun's author, named after its object
NAMED_OPERATION_CONFIDENCE = 0.8
OPERATION_NAME_WORDS = 5  # words of a name and "against": « Bouclier de l'Euphrate contre »
REPEL_SPAN = 4  # words between "repelled" and the attack noun: "an Islamic State"
NATIVE_CACHE_LIMIT = 16_384  # (entity, word) pairs remembered, as the phrase indexes do
BEHALF_SPAN = 6  # words between "fights" and "on behalf of", a VSO subject included
HELD_PART_CONFIDENCE = 0.75  # « les quartiers rebelles d'Alep »: held, said in passing
ATTEMPT_SPAN = 4  # words between "trying to" and the capture verb, a VSO subject included
ATTEMPT_OBJECT_WINDOW = 5  # words between that verb and its place: « le contrôle de la ville de »
ATTEMPT_FACTOR = 0.85  # the fight for a place, read from an attempt to take it
_HARD_BREAKS = {".", ";", "!", "?", "؟", ":"}
_COMMAS = {",", "،"}
_NAME_LINKS = {"d'", "d", "de", "du", "of", "-"}  # inside a name: « Rameau d'olivier »
_DASHES = {"-", "–", "—"}
_NON_ARGUMENT_TYPES = {"Organization", "Person"}
_CONTEXT_PLACE_TYPES = {"CountryTerritory"}
_LANDMARK_TYPES = {"WaterBody"}  # places events happen at, never the object of one
_STATE_TYPES = {"Country"}
_TERRITORIAL = {Relation.CONTROLS, Relation.LOSES_CONTROL_OF}  # nouns whose agent is the topic


@dataclass(frozen=True)
class SentenceView:
    index: int
    text: str
    start: int  # offset of the sentence in the article
    words: Sequence[Token]
    mentions: Sequence[Mention]
    previous_topic: Entity | None = None  # the first actor the sentence before named


_Frame = Callable[..., Iterator[Assertion]]


def _fights_alongside(triggers: Sequence[tuple[int, int, Sequence[Trigger]]], n: int) -> bool:
    """A fighting verb followed by "alongside" (قاتل إلى جانب, aux côtés de) is an alliance."""
    _first, last, entries = triggers[n]
    if not any(t.relation is Relation.CLASHES_WITH for t in entries) or n + 1 >= len(triggers):
        return False
    following_first, _, following = triggers[n + 1]
    near = following_first - last <= ALONGSIDE_SPAN
    possessed = any(t.frame == "possessed" for t in following)  # "the army and its allies"
    return near and not possessed and any(t.relation is Relation.ALLIED_WITH for t in following)


_SINGULAR_PRONOUNS = {"it", "il", "elle"}


def _agrees(pronoun: Token, m: Mention) -> bool:
    """Whether a singular pronoun ("it", « il ») can stand for ``m``: not for a plural common
    noun ("Iraqi troops", « les forces irakiennes »), though a name ("Syrian Democratic
    Forces") takes "it"."""
    if pronoun.norm not in _SINGULAR_PRONOUNS:
        return True
    last = m.surface.split()[-1] if m.surface else ""
    return not (last[:1].islower() and last.endswith(("s", "x")))


def _dateline(s: SentenceView, m: Mention) -> bool:
    """ "BEIRUT (Reuters) -", "دبي , الإمارات ( CNN )": where a story was filed (the city and
    the country before the agency), never a party."""
    k = m.token_end
    if k + 1 < len(s.words) and s.words[k].norm in _COMMAS:
        country = next((o for o in s.mentions if o.token_start == k + 1), None)
        return country is not None and _dateline(s, country)
    if k + 2 >= len(s.words) or s.words[k].norm != "(" or s.words[k + 2].norm != ")":
        return False
    return any(
        o.token_start == k + 1 and o.token_end == k + 2 and o.entity.type == "Organization"
        for o in s.mentions
    )


def _kind_ok(m: Mention, place: bool | None) -> bool:
    if m.entity.type in _CONTEXT_PLACE_TYPES:
        # a whole country is context, not what an event is about, unless it stands for an actor
        return place is False and m.stands_for is not None
    if m.entity.type in _LANDMARK_TYPES:
        return False  # "fled across the Euphrates": where, never what is held, lost or hit
    if place is None:
        return True
    if place:
        return not m.entity.is_actor
    return m.can_act


def _entity(m: Mention | None) -> Entity | None:
    return m.entity if m is not None else None


def _spaced_dash_before(s: SentenceView, k: int) -> bool:
    """A dash standing alone between word k-1 and word k (not a compound's hyphen)."""
    if k <= 0 or k >= len(s.words):
        return False
    gap = s.text[s.words[k - 1].end - s.start : s.words[k].start - s.start]
    return any(c in _DASHES for c in gap) and gap[:1].isspace()


def _past_dashed_aside(s: SentenceView, k: int) -> int:
    """Past an aside set off by dashes right after the agent: "X - made up of several
    factions - took Y", X - المؤلف من فصائل عدة - على Y."""
    if not _spaced_dash_before(s, k):
        return k
    for j in range(k + 1, min(len(s.words), k + 1 + DASHED_ASIDE_SPAN)):
        if s.words[j].norm in _HARD_BREAKS:
            return k
        if _spaced_dash_before(s, j):
            return j
    return k


def _hyphen_before(s: SentenceView, word: Token) -> bool:
    """The word is the second half of a compound ("US-backed")."""
    at = word.start - s.start
    return at > 0 and s.text[at - 1] in HYPHENS


def _hyphen_after(s: SentenceView, m: Mention) -> bool:
    """The mention is the first half of a compound, and a word follows the hyphen."""
    at = m.end - s.start
    return s.text[at : at + 1] in HYPHENS and m.token_end < len(s.words)


def _as_actor(m: Mention | None) -> Entity | None:
    return m.acting_as if m is not None else None


def _with_claimant(a: Assertion, claimant: Entity | None) -> Assertion:
    if claimant is None:
        return a

    return replace(a, claimant=claimant)
