"""The ingest pipeline: one article in, its mentions and assertions out.

text → language → sentences (repeats and page boilerplate marked) → tokens → mentions
(gazetteer, demonyms, discovery, anaphors) → assertions (triggers and frames). Holds the
compiled gazetteer matcher and per-language lexicons so a batch pays for them once.
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import partial

from ingest.boilerplate import mark_boilerplate
from ingest.dates import find_date
from ingest.language_id import detect_language
from ingest.languages import available_languages, get_language
from ingest.matcher import NameMatcher, matchable
from ingest.mentions import DocumentContext, MentionFinder
from ingest.parsed_relations import ParsedRelations
from ingest.parsing.backends import available_parsers
from ingest.relations import RelationExtractor, SentenceView
from ingest.sentences import split_sentences
from ingest.tokens import tokenize
from kg.errors import InputError, UnknownNameError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import Article, Assertion, Entity, Extraction, Mention

UNDETERMINED = "und"


class Pipeline:
    def __init__(self, gazetteer: Gazetteer | None = None, parser: str | None = None):
        """``parser`` names an optional dependency parser (see docs/parsing.md) whose
        relations are added to the rules' ones; "none" uses rules only. The default comes from
        ``KG_PARSER`` (so worker processes follow ``kg ingest --parser``), else "none"."""
        parser = parser or os.environ.get("KG_PARSER") or "none"
        if parser not in available_parsers():  # one clear error, before any article is read
            raise UnknownNameError("parser", parser, available_parsers())
        self.gazetteer = gazetteer or load_gazetteer()
        self.parser_name = parser
        self.parsed = ParsedRelations(parser) if parser != "none" else None
        self.matcher = NameMatcher(self.gazetteer)
        self._finders: dict[str, MentionFinder] = {}
        self._extractors: dict[str, RelationExtractor] = {}

    def _parts(self, lang: str) -> tuple[MentionFinder, RelationExtractor]:
        if lang not in self._finders:
            language = get_language(lang)
            self._finders[lang] = MentionFinder(self.gazetteer, language, self.matcher)
            self._extractors[lang] = RelationExtractor(language)
        return self._finders[lang], self._extractors[lang]

    def language_of(self, article: Article) -> str:
        if article.lang:
            lang = article.lang.strip().lower()[:2]
            if lang in available_languages():
                return lang
            article.warnings.append(f"{article.doc_id}: language '{article.lang}' not supported")
            return UNDETERMINED
        return detect_language(article.text) or UNDETERMINED

    def process(self, article: Article) -> Extraction:
        """Extract everything from ``article``; raises :class:`InputError` for empty text."""
        if not article.text.strip():
            raise InputError(
                "article text is empty", path=article.path or article.doc_id, line=article.line
            )
        if article.date is None:
            stated = find_date(article.text)
            if stated is not None:
                article = replace(article, date=stated)
        lang = self.language_of(article)
        sentences = split_sentences(article.text)
        if lang == UNDETERMINED:
            return Extraction(article, lang, sentences, [], [])
        sentences = mark_boilerplate(article.text, sentences, lang)
        finder, extractor = self._parts(lang)
        ctx = DocumentContext()
        mentions: list[Mention] = []
        assertions: list[Assertion] = []
        previous_topic: Entity | None = None
        for sentence in sentences:
            if sentence.boilerplate:
                continue  # menus, headline lists, comments, footers: not the story
            story = sentence.text
            if sentence.story_end is not None:
                story = story[: sentence.story_end - sentence.start]
            words = matchable(tokenize(story, offset=sentence.start))
            found = finder.find(words, sentence.index, ctx)
            mentions.extend(found)
            if sentence.duplicate:
                continue
            view = SentenceView(
                sentence.index, sentence.text, sentence.start, words, found, previous_topic
            )
            by_rules = extractor.extract(view)
            previous_topic = next((m.acting_as for m in found if m.can_act), None)
            assertions.extend(by_rules)
            if self.parsed is not None:
                assertions.extend(
                    self.parsed.extract(
                        sentence,
                        story,
                        found,
                        lang,
                        by_rules,
                        partial(extractor.blocked_at, words),
                    )
                )
        if self.parsed is not None and self.parsed.first_time_unavailable(lang):
            article.warnings.append(
                f"{article.doc_id}: rules only ({self.parsed.unavailable[lang]})"
            )
        return Extraction(article, lang, sentences, mentions, assertions)
