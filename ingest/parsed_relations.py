"""Relations read off a dependency parse, added to what the rules found.

Optional: ``Pipeline(parser="spacy")`` (``kg ingest --parser spacy``) parses each story sentence
with a backend of ``ingest/parsing/`` and asks the argument finder for subject/object pairs of
trigger words (« soutenue par X », « X et Y attaquent Z »). The rules stay the base: a parse
only adds triples the rules did not find for that sentence, and a sentence the parser cannot read
keeps its rule results. Negated candidates are dropped, and a trigger the rules judged blocked
(modality, denial) is not read from the parse either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ingest.parsing import MentionSpan, Parser, ParserUnavailableError, find_arguments, get_parser
from ingest.parsing.arguments import Candidate
from kg.model import Assertion, Entity, Evidence, Mention, Sentence

Blocked = Callable[[int], bool]  # is the trigger at this article offset negated or hypothetical?


class ParsedRelations:
    """One parser backend, loaded on first use, and the conversion of its candidates."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._parser: Parser | None = None
        self.unavailable: dict[str, str] = {}  # language -> why the parser cannot read it
        self._reported: set[str] = set()

    def first_time_unavailable(self, lang: str) -> bool:
        """True once per language the parser cannot read (so a batch warns once)."""
        if lang not in self.unavailable or lang in self._reported:
            return False
        self._reported.add(lang)
        return True

    @property
    def parser(self) -> Parser:
        if self._parser is None:
            options: dict[str, object] = {"one_sentence": True} if self.name == "spacy" else {}
            self._parser = get_parser(self.name, **options)
        return self._parser

    def extract(
        self,
        sentence: Sentence,
        story: str,
        mentions: Sequence[Mention],
        lang: str,
        known: Sequence[Assertion],
        blocked: Blocked,
    ) -> list[Assertion]:
        """Triples the parse of ``story`` (the sentence's story text) adds to ``known``."""
        spans = [
            MentionSpan(
                m.start - sentence.start, m.end - sentence.start, not m.can_act, label=str(k)
            )
            for k, m in enumerate(mentions)
        ]
        if lang in self.unavailable:
            return []
        try:
            parsed = self.parser.parse(story, lang)
        except ParserUnavailableError as exc:  # no model for this language: rules only
            self.unavailable[lang] = str(exc)
            return []
        have = {_key(a.relation.value, a.agent, a.target) for a in known}
        out: list[Assertion] = []
        for parse in parsed:
            for c in find_arguments(parse, spans, lang):
                if c.negated or blocked(sentence.start + c.trigger_start):
                    continue
                assertion = _assertion(c, sentence, mentions, lang)
                key = _key(assertion.relation.value, assertion.agent, assertion.target)
                if assertion.agent is None or assertion.target is None or key in have:
                    continue
                if assertion.agent.iri == assertion.target.iri:
                    continue
                have.add(key)
                out.append(assertion)
        return out


def _key(relation: str, agent: Entity | None, target: Entity | None) -> tuple[str, str, str]:
    return (relation, agent.iri if agent else "", target.iri if target else "")


def _assertion(
    c: Candidate, sentence: Sentence, mentions: Sequence[Mention], lang: str
) -> Assertion:
    subject = mentions[int(c.subject.label)]
    obj = mentions[int(c.object.label)]
    starts = [subject.start, obj.start, sentence.start + c.trigger_start]
    ends = [subject.end, obj.end, sentence.start + c.trigger_end]
    evidence = Evidence(
        sentence.index,
        sentence.text,
        min(starts),
        max(ends),
        f"{lang}.{c.relation.value}.{c.rule}",
        round(min(c.confidence, 0.99), 3),
    )
    place = mentions[int(c.place.label)].entity if c.place is not None else None
    target = obj.acting_as if not c.relation.object_may_be_place else obj.entity
    return Assertion(
        relation=c.relation,
        agent=subject.acting_as,
        target=target,
        evidence=evidence,
        place=place,
        agent_unit=subject.unit,
    )
