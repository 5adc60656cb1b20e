"""State forces named by a demonym: « l'aviation russe », "Turkish troops", الطيران الروسي,
"Russian air strikes", "US-backed" → the state. A demonym stands next to a force noun, an event
noun or a hyphened participle; which side of the noun it stands on is the language's."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.languages import Language
from ingest.lexicon import Lexicon, PhraseIndex
from ingest.matcher import NameMatcher
from ingest.mentions.context import Claim, make_mention
from ingest.normalise import normalise_label
from ingest.tokens import LIST_PUNCTUATION, Token
from kg.gazetteer import Gazetteer
from kg.model import Entity, Mention


class DemonymReader:
    def __init__(self, gazetteer: Gazetteer, language: Language, matcher: NameMatcher):
        self.language = language
        self.lexicon: Lexicon = language.lexicon()
        self.matcher = matcher
        self.gazetteer = gazetteer
        self.demonyms: dict[str, Entity] = {}
        for d in gazetteer.demonyms:
            if d.lang == language.code:
                for form in d.forms:
                    self.demonyms[normalise_label(form)] = gazetteer.actors[d.actor]

    def compound_leader(self, words: Sequence[Token], first: int, last: int) -> Entity | None:
        """The actor named by a demonym hyphened to a participle at the start of a longer name
        ("US-led coalition", "Turkish-backed rebels"): a relation inside the name, so the name
        is read as the demonym, the participle and the rest."""
        if last - first < 3:
            return None
        word, participle = words[first], words[first + 1]
        hyphened = participle.start - word.end == 1
        if not hyphened or participle.norm not in self.lexicon.cue("compound_participle"):
            return None
        return self.at(word)

    def at(self, word: Token) -> Entity | None:
        for reading in self.language.readings(word.norm):
            if reading in self.demonyms:
                return self.demonyms[reading]
            for ending in self.language.human_plural_endings:  # جنود أستراليون: أسترالي
                if reading.endswith(ending) and reading[: -len(ending)] in self.demonyms:
                    return self.demonyms[reading[: -len(ending)]]
        return None

    def find(
        self,
        words: Sequence[Token],
        sentence: int,
        taken: list[bool],
        claim: Claim,
        found: Sequence[Mention] = (),
    ) -> None:
        forces = self.lexicon.cue("force_noun")
        officials = self.lexicon.cue("official_noun")  # "Russian officials", « dirigeants russes »
        positions = self.lexicon.cue("position_noun")  # "rebel positions", مواقع إيرانية
        modifiers = self.lexicon.cue("force_modifier")
        # Most sentences name no force noun: set tests on their distinct words tell at once.
        nouns = (
            forces.single_words_in(words)
            | officials.single_words_in(words)
            | positions.single_words_in(words)
        )
        if nouns:
            self._forces_named(words, sentence, taken, claim, nouns, modifiers)
        self._compound_demonyms(words, sentence, taken, claim)
        self._event_demonyms(words, sentence, taken, claim)
        self._shared_head_demonyms(words, sentence, taken, claim, found)

    def _shared_head_demonyms(
        self,
        words: Sequence[Token],
        sentence: int,
        taken: list[bool],
        claim: Claim,
        found: Sequence[Mention],
    ) -> None:
        """ "Russian and Syrian jets", « les avions russes et syriens »: a demonym joined by
        "and" to a named force whose own demonym stands on the same side of the same noun
        names its state's share of those forces."""
        after = self.language.adjective_after_noun
        for m in list(found):
            if m.token_end - m.token_start < 2:
                continue
            own = m.token_end - 1 if after else m.token_start
            if self.at(words[own]) is None:
                continue
            head = words[m.token_start : own] if after else words[own + 1 : m.token_end]
            k = m.token_end + 1 if after else m.token_start - 2
            joint = m.token_end if after else m.token_start - 1
            if not (0 <= k < len(words)) or taken[k] or not self._joins_a_list(words[joint]):
                continue
            actor = self.at(words[k])
            if actor is None:
                continue
            parts = (
                [*(w.surface for w in head), words[k].surface]
                if after
                else [words[k].surface, *(w.surface for w in head)]
            )
            named = self.matcher.lookup(" ".join(parts))
            unit = named if named is not None and named.is_actor else None
            actor = self.gazetteer.reported_as(unit) if unit is not None else actor
            unit = unit if unit is not actor else None
            claim(k, k + 1, make_mention(actor, words, k, k + 1, sentence, "demonym", unit))

    def _forces_named(
        self,
        words: Sequence[Token],
        sentence: int,
        taken: list[bool],
        claim: Claim,
        nouns: frozenset[str],
        modifiers: PhraseIndex[str],
    ) -> None:
        """A demonym next to a force noun (``nouns``: those the sentence holds), which
        ``modifiers`` may extend: "Russian air force", « forces aériennes russes »."""
        extending = nouns | modifiers.single_words_in(words)
        extends = [w.norm in extending for w in words]
        i = 0  # words before i are done with
        for p in [k for k, w in enumerate(words) if w.norm in nouns]:
            if p < i or taken[p]:
                continue
            i = p
            j = i + 1
            while j < len(words) and j - i < 3 and not taken[j] and extends[j]:
                j += 1  # "air force", "الطيران الحربي", « forces aériennes »
            if self.language.adjective_after_noun:
                k = j
                actor = self.at(words[k]) if k < len(words) and not taken[k] else None
                first, last = i, k + 1
            else:
                k = i - 1
                actor = self.at(words[k]) if k >= 0 and not taken[k] else None
                first, last = k, j
                outer = words[k - 1] if actor is not None and k > 0 and not taken[k - 1] else None
                if outer is not None and outer.surface[:1].isupper() and outer.is_word:
                    # "Kurdish Syrian fighters": the first adjective says whose, if it names
                    # a known force with the noun ("Kurdish fighters"); else nobody is sure
                    named = self.matcher.lookup(f"{outer.surface} {words[i].surface}")
                    if named is not None and named.is_actor:
                        actor, first = named, k - 1
                    elif self.at(outer) is not None or outer.norm in self.demonyms:
                        actor = None
            if actor is not None:
                claim(first, last, make_mention(actor, words, first, last, sentence, "demonym"))
                i = last
            else:
                i = j

    def _compound_demonyms(
        self, words: Sequence[Token], sentence: int, taken: list[bool], claim: Claim
    ) -> None:
        """ "US-backed", "regime-held", "rebel-held": a demonym hyphened to a participle."""
        participles = self.lexicon.cue("compound_participle").single_words_in(words)
        if not participles:
            return
        for k in range(len(words) - 1):
            word, nxt = words[k], words[k + 1]
            if taken[k] or nxt.start - word.end != 1 or nxt.norm not in participles:
                continue
            actor = self.at(word)
            if actor is not None:
                claim(k, k + 1, make_mention(actor, words, k, k + 1, sentence, "demonym"))

    def _event_demonyms(
        self, words: Sequence[Token], sentence: int, taken: list[bool], claim: Claim
    ) -> None:
        """ "Russian air strikes", « frappes aériennes russes », غارات روسية, "under regime
        control": a demonym next to an event noun names who acted."""
        events = self.lexicon.cue("event_noun")
        step = 1 if self.language.adjective_after_noun else -1
        for first, last, _ in list(events.find(words, skip=lambda k: taken[k])):
            k = last if step == 1 else first - 1
            while 0 <= k < len(words) and not taken[k]:  # "its Iranian and Russian allies"
                actor = self.at(words[k])
                if actor is None:
                    break
                claim(k, k + 1, make_mention(actor, words, k, k + 1, sentence, "demonym"))
                k += step
                if not 0 <= k < len(words):
                    break
                if self._joins_a_list(words[k]):
                    k += step
                elif self.language.after_conjunction(words[k].norm) is None:
                    break  # "their Syrian rebel allies": the outer adjective only qualifies
                # a bound و needs no step: والإيرانيين reads as الإيرانيين

    def _joins_a_list(self, word: Token) -> bool:
        return word.norm in LIST_PUNCTUATION or word.norm in self.lexicon.cue("conjunction")
