"""Who did what to whom, read off a dependency parse: candidate relations between mentions.

:func:`find_arguments` takes one :class:`ParsedSentence`, the spans of the actors and places
already found in it (by the gazetteer, never by the parser), and the language; for each trigger
word of the lexicon it follows the parse to its arguments:

- active verbs: ``nsubj`` → subject, ``obj`` → object (« X attaque Y », قصفت X Y);
- passives: ``obl:agent`` or an agent marker (« par X », من قبل) → subject, ``nsubj:pass`` →
  object; a participle modifying a noun (« les FDS, soutenues par X ») takes that noun as object,
  a relative pronoun (« les rebelles, qui ont repris X ») its antecedent;
- nouns: « le contrôle de X sur Y », سيطرة X على Y (``nmod``; a place after « de » is the
  object, « la prise de Raqqa »), « affrontements entre X et Y », اشتباكات بين X و Y, and the
  place a control phrase describes (« Kafr Nabl, aux mains de X »);
- ``conj`` spreads an argument (« X et Y attaquent Z ») and a verb's subject to the verb
  coordinated with it; an argument that is not itself a mention (« les combattants de l'EI »,
  مواقع لتنظيم داعش) is read through its ``nmod`` / ``flat`` / ``appos`` dependents.

It returns :class:`Candidate` relations with the rule that found them and a confidence (the
trigger's, lowered for indirect readings); negation is flagged, not filtered, so the caller's
modality rules stay in charge. The function is pure: no model, no store, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.lexicon import Lexicon
from ingest.normalise import normalise_label
from ingest.parsing.model import ParsedSentence, ParsedToken
from ingest.parsing.triggers import TriggerHit, find_triggers, lexicon_for
from kg.model import Relation

# Prepositions that introduce the target of an attack or of control (« tirs sur X », « contrôle
# sur Y », هجوم على X). The lexicons have no such cue kind yet; move these to cues.tsv then.
TARGET_MARKERS = {
    "fr": frozenset({"sur", "contre"}),
    "ar": frozenset({"على", "علي", "ضد"}),
    "en": frozenset({"on", "against", "over"}),
}
_NESTED = ("nmod", "flat", "appos", "compound")
_INDIRECT, _CONJ, _INHERITED, _MODIFIED = 0.9, 0.95, 0.9, 0.95


@dataclass(frozen=True)
class MentionSpan:
    """An actor or place mention, by character span in the same text as the parse's spans."""

    start: int
    end: int
    is_place: bool
    label: str = ""  # the caller's own handle (IRI, name); carried through, never read


@dataclass(frozen=True)
class Candidate:
    """A relation the parse suggests between two mentions, with the evidence for it."""

    relation: Relation
    subject: MentionSpan
    object: MentionSpan
    rule: str  # dep:<how the subject was found>/<how the object was found>
    confidence: float
    trigger_start: int
    trigger_end: int
    place: MentionSpan | None = None  # where, when a location phrase hangs on the trigger
    negated: bool = False  # « ne... pas », لم: the caller decides what to do with it


@dataclass(frozen=True)
class _Arg:
    mention: MentionSpan
    how: str
    weight: float


def find_arguments(
    sentence: ParsedSentence,
    mentions: Sequence[MentionSpan],
    lang: str,
    lexicon: Lexicon | None = None,
) -> list[Candidate]:
    """Candidate relations of ``sentence`` between ``mentions``, using ``lang``'s triggers."""
    reader = _Reader(sentence, mentions, lang, lexicon or lexicon_for(lang))
    found: dict[tuple[object, ...], Candidate] = {}
    for hit in find_triggers(sentence, reader.lexicon):
        for candidate in reader.candidates(hit):
            key = (candidate.relation, candidate.subject, candidate.object)
            if key not in found or found[key].confidence < candidate.confidence:
                found[key] = candidate
    return list(found.values())


class _Reader:
    """The argument rules over one sentence; kept together because they share its lookups."""

    def __init__(
        self, sentence: ParsedSentence, mentions: Sequence[MentionSpan], lang: str, lex: Lexicon
    ) -> None:
        self.sentence, self.lexicon = sentence, lex
        self.mentions = [m for m in mentions if m.start < sentence.end and m.end > sentence.start]
        self.targets = {normalise_label(m) for m in TARGET_MARKERS.get(lang, ())}

    def candidates(self, hit: TriggerHit) -> list[Candidate]:
        relation = hit.trigger.relation
        subjects, objects, place = self.arguments(hit)
        if relation.symmetric and not objects:  # « les YPG et l'ASL s'affrontent »
            subjects, objects = subjects[:1], subjects[1:]
        subjects, objects = _direct_first(subjects), _direct_first(objects)
        negated = self.negated(hit)
        out: list[Candidate] = []
        for s in subjects:
            for o in objects:
                if s.mention == o.mention or s.mention.is_place or not _fits(relation, o.mention):
                    continue
                out.append(
                    Candidate(
                        relation,
                        s.mention,
                        o.mention,
                        f"dep:{s.how}/{o.how}",
                        round(hit.trigger.confidence * s.weight * o.weight, 3),
                        hit.start,
                        hit.end,
                        place if place and place not in (s.mention, o.mention) else None,
                        negated,
                    )
                )
        return out

    def arguments(self, hit: TriggerHit) -> tuple[list[_Arg], list[_Arg], MentionSpan | None]:
        subjects: list[_Arg] = []
        objects: list[_Arg] = []
        passive = self.is_passive(hit)
        nominal = hit.head.upos in ("NOUN", "PROPN")
        inside = {w.index for w in hit.words}
        dependents = [
            d for w in hit.words for d in self.sentence.children(w) if d.index not in inside
        ]
        place: MentionSpan | None = None
        for d in dependents:
            cases = self.case_forms(d)
            oblique = d.relation in ("obl", "nmod")
            if d.deprel in ("nsubj", "nsubj:pass", "csubj"):
                role = objects if passive or d.deprel == "nsubj:pass" else subjects
                role.extend(self.resolve(d, "nsubj:pass" if role is objects else "nsubj"))
            elif d.deprel == "obl:agent" or (oblique and self.agentive(cases, hit)):
                subjects.extend(self.resolve(d, "agent"))
            elif d.relation == "obj":
                objects.extend(self.resolve(d, "obj"))
            elif oblique and self.marked(cases, "between_marker"):
                pairs = self.resolve(d, "between")
                subjects.extend(pairs[:1])
                objects.extend(pairs[1:])
            elif oblique and cases & self.targets:
                objects.extend(self.resolve(d, "target"))
            elif oblique:
                place = self.oblique(d, cases, nominal, hit, subjects, objects) or place
        self.from_governor(hit, passive, subjects, objects)
        if nominal and not subjects and not objects:
            self.governor_between(hit, subjects, objects)
        return subjects, objects, place or self.governor_place(hit)

    def governor_between(self, hit: TriggerHit, subjects: list[_Arg], objects: list[_Arg]) -> None:
        """« Des combats se poursuivent entre X et Y »: the pair hangs on the verb whose subject
        or object the event noun is."""
        governor = self.sentence.head_of(hit.head)
        if governor is None or hit.head.relation not in ("nsubj", "obj"):
            return
        for d in self.sentence.children(governor, "obl", "nmod"):
            if self.marked(self.case_forms(d), "between_marker"):
                pairs = self.resolve(d, "between", _INHERITED)
                subjects.extend(pairs[:1])
                objects.extend(pairs[1:])

    def governor_place(self, hit: TriggerHit) -> MentionSpan | None:
        """Where an event named by a noun happened, when the place hangs on the verb that
        introduces it (« des affrontements ont éclaté à Idleb », اندلعت اشتباكات ... في إدلب)."""
        governor = self.sentence.head_of(hit.head)
        if governor is None or hit.head.relation not in ("nsubj", "obj"):
            return None
        for d in self.sentence.children(governor, "obl"):
            for arg in self.resolve(d, "obl", follow_conj=False):
                if arg.mention.is_place:
                    return arg.mention
        return None

    def oblique(
        self,
        d: ParsedToken,
        cases: set[str],
        nominal: bool,
        hit: TriggerHit,
        subjects: list[_Arg],
        objects: list[_Arg],
    ) -> MentionSpan | None:
        """An oblique or nominal modifier: the object of control over a place, the owner of a
        nominal trigger (« contrôle des YPG », سيطرة قسد), else the location of the event."""
        args = self.resolve(d, "obl" if not nominal else "nmod")
        places = [a for a in args if a.mention.is_place]
        actors = [a for a in args if not a.mention.is_place]
        located = self.marked(cases, "location_marker") and not hit.trigger.relation.object_is_place
        if places and hit.trigger.relation.object_is_place and not located:
            objects.extend(places)
            return None
        if nominal and places and self.marked(cases, "source_marker"):
            objects.extend(places)  # « le bombardement de Douma »: the place is the target
            return None
        if nominal and actors and (not cases or self.marked(cases, "source_marker")):
            subjects.extend(actors)
        return places[0].mention if places else None

    def from_governor(
        self, hit: TriggerHit, passive: bool, subjects: list[_Arg], objects: list[_Arg]
    ) -> None:
        """Arguments a trigger gets from the word it depends on: the noun a participle or a
        relative clause modifies (« les FDS, soutenues par X », « les rebelles, qui ont repris
        X »), the place a control phrase describes (« Kafr Nabl, aux mains de l'armée »), or
        the subject of the verb it is coordinated with."""
        governor = self.sentence.head_of(hit.head)
        if governor is None:
            return
        if hit.head.deprel == "acl:relcl":
            self.antecedent(hit, governor, subjects, objects)
        elif hit.head.relation in ("acl", "amod"):
            role = objects if passive else subjects
            if not role:
                role.extend(self.resolve(governor, "modified", _MODIFIED, follow_conj=False))
        elif hit.head.relation in ("nmod", "appos") and hit.trigger.relation.object_is_place:
            if not objects:
                objects.extend(self.resolve(governor, "described", _MODIFIED, follow_conj=False))
        elif hit.head.relation == "conj" and not subjects:
            for d in self.sentence.children(governor, "nsubj"):
                subjects.extend(self.resolve(d, "conj-verb", _INHERITED))

    def antecedent(
        self, hit: TriggerHit, noun: ParsedToken, subjects: list[_Arg], objects: list[_Arg]
    ) -> None:
        """A relative clause's pronoun (qui, que, الذي) stands for the noun the clause modifies."""
        for d in self.sentence.children(hit.head, "nsubj", "nsubj:pass", "obj"):
            if d.feature("PronType") != "Rel":
                continue
            passive = d.deprel == "nsubj:pass" or self.is_passive(hit)
            role = subjects if d.deprel == "nsubj" and not passive else objects
            if not role:
                role.extend(self.resolve(noun, "relative", _MODIFIED, follow_conj=False))

    def resolve(
        self, word: ParsedToken, how: str, weight: float = 1.0, follow_conj: bool = True
    ) -> list[_Arg]:
        """The mentions an argument word stands for: its own, else one nested in it; then the
        same for each word coordinated with it."""
        found = self.mention_of(word, how, weight)
        if not follow_conj:
            return found
        # A parser may hang the conjunct on any word of a multi-word name (« le Front al-Nosra
        # et l'ASL »: conj of Nosra), so look at the whole mention, not only its head.
        heads = [word, *(t for a in found for t in self.sentence.tokens if _inside(t, a.mention))]
        seen = {a.mention for a in found}
        for c in (c for h in heads for c in self.sentence.children(h, "conj")):
            for arg in self.mention_of(c, f"{how}+conj", weight * _CONJ):
                if arg.mention not in seen:
                    seen.add(arg.mention)
                    found.append(arg)
        return found

    def mention_of(self, word: ParsedToken, how: str, weight: float) -> list[_Arg]:
        own = self.covering(word)
        if own is not None:
            return [_Arg(own, how, weight)]
        frontier = [word]
        for _depth in range(2):  # « les positions des combattants de l'EI »: two levels
            # « des positions à Raqqa »: a phrase of location says where, not who or what
            frontier = [
                c
                for w in frontier
                for c in self.sentence.children(w, *_NESTED)
                if not self.marked(self.case_forms(c), "location_marker")
            ]
            for c in frontier:
                nested = self.covering(c)
                if nested is not None:
                    return [_Arg(nested, f"{how}+nmod", weight * _INDIRECT)]
        return []

    def covering(self, word: ParsedToken) -> MentionSpan | None:
        for m in self.mentions:
            if m.start < word.end and word.start < m.end:
                return m
        return None

    def is_passive(self, hit: TriggerHit) -> bool:
        if hit.trigger.frame == "passive" or hit.head.feature("Voice") == "Pass":
            return True
        return bool(self.sentence.children(hit.head, "nsubj:pass", "aux:pass", "obl:agent"))

    def negated(self, hit: TriggerHit) -> bool:
        negation = self.lexicon.cue("negation")
        return any(
            d.upos in ("ADV", "PART") and any(f in negation for f in _forms(d))
            for d in self.sentence.children(hit.head)
        )

    def case_forms(self, word: ParsedToken) -> set[str]:
        return {f for c in self.sentence.children(word, "case", "mark") for f in _forms(c)}

    def agentive(self, cases: set[str], hit: TriggerHit) -> bool:
        """« par X », من قبل X; after a participle the lexicon marks passive, also « من X »
        (مدعومة من تركيا): there « from » names the backer, not a place left behind."""
        if self.marked(cases, "agent_marker"):
            return True
        return hit.trigger.frame == "passive" and self.marked(cases, "source_marker")

    def marked(self, cases: set[str], kind: str) -> bool:
        """True when one of the argument's prepositions is a cue of ``kind`` in the lexicon."""
        index = self.lexicon.cue(kind)
        return any(c in index for c in cases)


def _direct_first(args: list[_Arg]) -> list[_Arg]:
    """A mention found inside an argument phrase (« une localité de la province de X ») only
    when no argument of that role is itself a mention; conjuncts (« Y et la ville de X ») stay."""
    nested = [a for a in args if a.how.endswith("+nmod") and "+conj" not in a.how]
    direct = [a for a in args if a not in nested]
    return direct or args


def _fits(relation: Relation, mention: MentionSpan) -> bool:
    if relation.object_is_place:
        return mention.is_place
    return relation.object_may_be_place or not mention.is_place


def _inside(word: ParsedToken, mention: MentionSpan) -> bool:
    return mention.start <= word.start and word.end <= mention.end


def _forms(word: ParsedToken) -> set[str]:
    """A word's normalised text and lemma, apostrophes dropped (« d' » reads as « d », « de »)."""
    return {normalise_label(f).strip("'’") for f in (word.text, word.lemma) if f}
