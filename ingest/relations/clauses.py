"""Clauses: where one ends, asides between commas, the sources of reported speech, and the
blocking of negated, threatened, planned or hypothetical events."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ingest.lexicon import Trigger
from ingest.relations.common import (
    _COMMAS,
    _HARD_BREAKS,
    ASIDE_SPAN,
    MODALITY_WINDOW,
    NEGATION_WINDOW,
    PLANNED_RELATIVE_WINDOW,
    PRONOUN_SUBJECT_SPAN,
    TAKEN_FROM_HOLDER_FACTOR,
    SentenceView,
)
from ingest.relations.words import WordReading
from ingest.tokens import Token
from kg.model import Assertion, Entity, Mention, Relation


class ClauseReading(WordReading):
    def _lost_control_noun(
        self,
        args: Sequence[Mention],
        last: int,
        following: Sequence[tuple[int, int, Sequence[Trigger]]],
    ) -> None:
        """خسرت فصائل المعارضة السيطرة على Y: the control noun is what was lost, right after the
        verb or its subject, and is not read again as a capture."""
        if not following:
            return
        start, _, entries = following[0]
        subject_end = next((m.token_end for m in args if m.token_start == last), last)
        if start in (last, subject_end) and any(t.relation is Relation.CONTROLS for t in entries):
            self._subsumed.add(start)

    def _taken_from_holders(self, found: Sequence[Assertion]) -> Iterator[Assertion]:
        """ "X took Y, which Z held", سيطر X على Y التي تسيطر عليها Z: a place taken in the
        sentence that also says another actor holds it was lost by that actor."""
        holding = {id(a) for a in self._holdings}
        taken = [
            a for a in found
            if a.relation is Relation.CONTROLS and id(a) not in holding and a.agent and a.target
        ]  # fmt: skip
        for held in self._holdings:
            for capture in taken:
                if held.agent is None or held.target is None or capture.target is None:
                    continue
                if capture.target.iri != held.target.iri or capture.agent == held.agent:
                    continue
                evidence = replace(
                    held.evidence, confidence=held.evidence.confidence * TAKEN_FROM_HOLDER_FACTOR
                )
                yield replace(
                    held, relation=Relation.LOSES_CONTROL_OF, evidence=evidence, place=None
                )
                break

    def _aim_only(self, words: Sequence[Token], trigger: int, masked: set[int]) -> bool:
        """Blocked only as an aim ("to", « pour », a bound ل), not by a negation or a denial."""
        prefixed = self._purpose_prefix(words[trigger])
        if not prefixed and not (trigger > 0 and self._has_cue("purpose", words, trigger - 1)):
            return False
        marker = trigger if prefixed else trigger - 1
        for k in self._clause_before(words, marker, masked):
            near = marker - k <= NEGATION_WINDOW
            if (near and self._has_cue("negation", words, k)) or self._has_cue(
                "modality", words, k
            ):
                return False
        return True

    def _after_before(self, words: Sequence[Token], first: int) -> bool:
        """ "after" right before the trigger, or before one noun it is joined to by "and":
        بعد انسحاب X, بعد اشتباكات وانسحاب X, "after fierce clashes and the withdrawal of X"."""
        if self._has_cue("after", words, first - 1):
            return True
        joined = self._bound_conjunction(words[first]) or (
            first > 1 and self._is_conjunction(words[first - 1])
        )
        start = first - 1 if self._bound_conjunction(words[first]) else first - 2
        return joined and any(
            self._has_cue("after", words, k) for k in range(max(0, start - 2), start)
        )

    def blocked_at(self, words: Sequence[Token], offset: int) -> bool:
        """Whether a trigger starting at article ``offset`` is negated, denied or hypothetical
        (for relations found by other means, such as a dependency parse)."""
        k = next((i for i, w in enumerate(words) if w.start <= offset < w.end), None)
        return k is not None and self._blocked(words, k, self._masked_cues(words))

    def _blocked(self, words: Sequence[Token], trigger: int, masked: set[int]) -> bool:
        """A negation, denial, threat, plan or attempt governs the trigger.

        Negation binds tightly (لم تسيطر, n'a pas pris); denials, threats and plans govern a
        whole complement clause (نفت قسد أن تكون قد قصفت), so they are looked for further back.
        """
        if self._purpose_prefix(words[trigger]) or self._planned_after(words, trigger):
            return True
        for k in self._clause_before(words, trigger, masked):
            if trigger - k == 1 and (
                self._has_cue("purpose", words, k) or self._has_cue("operation_noun", words, k)
            ):
                return True  # "to capture", « pour reprendre », معركة استعادة: an aim
            near = trigger - k <= NEGATION_WINDOW
            if near and self._has_cue("negation", words, k):
                return True
            if self._has_cue("modality", words, k) or (near and self._has_cue("cancel", words, k)):
                return True
        return False

    def _clause_before(self, words: Sequence[Token], at: int, masked: set[int]) -> Iterator[int]:
        """The positions before ``at``, nearest first, up to :data:`MODALITY_WINDOW` words
        back and not past the start of the clause; words of masked cues (لا تزال) skipped."""
        for k in range(at - 1, max(-1, at - 1 - MODALITY_WINDOW), -1):
            if words[k].norm in _HARD_BREAKS:
                return
            if self._has_cue("clause_break", words, k):
                # "denied that ...", "rejected claims that ...": the clause is the complement
                # of a denial, a threat or a plan
                span = 3 if self._has_cue("complementizer", words, k) else 1
                for j in range(k - 1, max(-1, k - 1 - span), -1):
                    if self._has_cue("modality", words, j):
                        yield j
                        break
                return
            if k not in masked:
                yield k

    def _planned_after(self, words: Sequence[Token], trigger: int) -> bool:
        """A relative clause of plan or threat right after the trigger: "the battle that
        Turkey is planning", المعركة التي تخطط لها تركيا, « l'offensive que prépare X »."""
        after = trigger + 1
        if after >= len(words) or not self._has_cue("relative_pronoun", words, after):
            return False
        return any(
            self._has_cue("modality", words, k)
            for k in range(after + 1, min(len(words), after + 1 + PLANNED_RELATIVE_WINDOW))
        )

    def _purpose_prefix(self, word: Token) -> bool:
        """A bound purpose prefix on a verbal noun (للسيطرة, لاستعادة): in order to, not done."""
        prefix = self.language.purpose_prefix
        if not prefix or not word.norm.startswith(prefix):
            return False
        bare = word.norm[len(prefix) :]
        stripped = "ا" + bare if bare.startswith("ل") else bare  # لل = ل + ال
        article = self.language.definite_article
        forms = (
            {stripped, stripped[len(article) :]}
            if article and stripped.startswith(article)
            else {stripped}
        )
        return any(map(self.lex.triggers_has, forms)) and not self.lex.triggers_has(word.norm)

    def _claimant(self, s: SentenceView) -> tuple[Entity | None, set[int]]:
        owned: set[int] = set()  # "claimed responsibility": a claim of one's own deed, not a report
        for first, last, _ in self.lex.cue("responsibility").find(s.words):
            owned.update(range(first, last))
        reports = [k for k, _, _ in self.lex.cue("report").find(s.words) if k not in owned]
        if reports:  # "United States" holds "states", but no report
            named = {k for m in s.mentions for k in range(m.token_start, m.token_end)}
            reports = [k for k in reports if k not in named]
        for k in reports:
            for m in s.mentions:
                before = 0 <= k - m.token_end <= 1
                after = 0 <= m.token_start - k <= 3 and self._source_after_cue(s, m, k)
                if m.entity.is_actor and (before or after):
                    head = self._head_of_aside(s, m, k) if before else None
                    return (head.entity, {id(head)}) if head else (m.entity, {id(m)})
        return None, set()

    def _head_of_aside(self, s: SentenceView, m: Mention, cue: int) -> Mention | None:
        """ "Iran, the main backer of the Syrian government, said": the speaker is the actor
        named before the aside that ``m`` closes with a comma right before the report verb."""
        if cue - m.token_end != 1 or s.words[m.token_end].norm not in _COMMAS:
            return None
        opening = self._parenthetical_before(s.words, cue)
        if opening is None or m.token_start <= opening:
            return None
        return next((h for h in s.mentions if h.token_end == opening and h.entity.is_actor), None)

    def _source_after_cue(self, s: SentenceView, m: Mention, cue: int) -> bool:
        """A source named after its verb: in verb-first languages unless "that" comes first
        (أفاد المرصد, but قال إن X: X opens what was said), else only when the clause ends with
        it ("..., said the Observatory", "according to X,"), not when it opens the reported
        clause ("said regime planes struck")."""
        if self.language.verb_initial:
            return not any(
                self._has_cue("complementizer", s.words, j) for j in range(cue + 1, m.token_start)
            )
        nxt = s.words[m.token_end].norm if m.token_end < len(s.words) else "."
        return nxt in _HARD_BREAKS or nxt in _COMMAS

    def _opening_adverbial_end(self, words: Sequence[Token], at: int) -> int | None:
        """The comma that closes an adverbial opening the sentence ("With the support of X,",
        « Avec l'appui de X, », "Despite X's strikes,", بدعم من X،) when the word at ``at``
        stands inside it; None otherwise."""
        start = 1 if words and self._is_conjunction(words[0]) else 0
        if not self._has_cue("opening_adverbial", words, start):
            return None
        closing = next((k for k in range(start, len(words)) if words[k].norm in _COMMAS), None)
        return closing if closing is not None and at < closing else None

    def _parenthetical_before(self, words: Sequence[Token], trigger: int) -> int | None:
        """Index of the comma opening an aside that closes just before ``trigger``."""
        closing = next(
            (k for k in range(trigger - 1, max(-1, trigger - 6), -1) if words[k].norm in _COMMAS),
            None,
        )
        if closing is None:
            return None
        for k in range(closing - 1, max(-1, closing - ASIDE_SPAN - 1), -1):
            if words[k].norm in _HARD_BREAKS:
                return None
            if words[k].norm in _COMMAS:
                return k
        return None

    def _inside_aside_before_verb(
        self, words: Sequence[Token], opening: int, first: int, m: Mention
    ) -> bool:
        """``m`` stands inside an aside that closes right before the verb (its auxiliaries
        between), so it is no subject of that verb."""
        closing = max(k for k in range(opening + 1, first) if words[k].norm in _COMMAS)
        verb_group = all(
            self._has_cue("copula", words, k) or self._has_cue("auxiliary", words, k)
            for k in range(closing + 1, first)
        )
        return verb_group and opening < m.token_start < closing

    def _describes_its_head(self, words: Sequence[Token], opening: int, trigger: int) -> bool:
        """An aside that opens with a participle ("led by", "backed by", المدعومة من), maybe
        after "which is"."""
        k = opening + 1
        while k < trigger and any(
            self._has_cue(kind, words, k) for kind in ("relative_pronoun", "copula")
        ):
            k += 1
        hit = self.lex.triggers.match_at(words, k)
        return hit is not None and any(t.frame in ("passive", "backed") for t in hit[1])

    def _agentless_passive(
        self, s: SentenceView, args: Sequence[Mention], first: int, trigger: Trigger
    ) -> bool:
        """A participle right after "is"/« est » with no "by" after it ("IS is attacked in
        Raqqa", « l'EI a été attaqué »): the subject underwent the event, so it is no agent. Not
        "is attacking" (a progressive), nor a symmetric relation ("is allied with")."""
        words = s.words
        if self.language.verb_initial or trigger.relation.symmetric or first == 0:
            return False
        if not self._has_cue("copula", words, first - 1):
            return False
        if any(m.token_start < first <= m.token_end for m in args):
            return False  # "an IS attack": the name IS, not the verb "is"
        if first > 1 and words[first - 2].norm in self.language.reflexive_pronouns:
            return False  # « l'armée s'est emparée du quartier »: active
        return not self._active_participle(words[first])

    def _judges(self, subject: Mention, first: int) -> bool:
        """A `stance` verb (condemned, أدانت, « a dénoncé ») between the subject and the event
        noun, or right before a verb-first subject (أدانت فرنسا القصف)."""
        before = subject.token_start - 1 if self.language.verb_initial else subject.token_end
        return any(before <= k < first for k in self._stance_cues)

    def _after_participle(self, words: Sequence[Token], first: int) -> bool:
        """A verb right after "after" (auxiliaries between: « après avoir pris »), whose
        subject is left unsaid: "after seizing the town"."""
        k = first - 1
        while k >= 0 and self._has_cue("auxiliary", words, k):
            k -= 1
        return k >= 0 and k < first and self._has_cue("after", words, k)

    def _subordinate_pronoun(self, words: Sequence[Token], first: int) -> bool:
        """A subject pronoun right after a subordinator ("because they", « car ils »), a few
        words before ``first`` ("because they continue to arm")."""
        for k in range(first - 1, max(0, first - 1 - PRONOUN_SUBJECT_SPAN), -1):
            if self._has_cue("subject_pronoun", words, k):
                return self._has_cue("subordinator", words, k - 1)
        return False

    def _new_clause_between(self, words: Sequence[Token], start: int, end: int) -> bool:
        """A comma followed by a clause opener ("while", "but", « alors que », بينما) between
        a verb and a name: the name belongs to the next clause."""
        return any(
            words[k - 1].norm in _COMMAS and self._has_cue("subordinator", words, k)
            for k in range(max(start, 1), end)
        )

    def _opens_a_clause(self, s: SentenceView, m: Mention) -> bool:
        """A name after "and" followed by its own verb ("and the ISIS group was") is the subject
        of a new clause, not the object of the verb before."""
        if self.language.verb_initial or m.token_end >= len(s.words):
            return False
        k = self._before_article(s.words, m.token_start - 1)  # "and the ISIS group was"
        joined = k >= 0 and self._is_conjunction(s.words[k])
        return joined and any(
            self._has_cue(kind, s.words, m.token_end)
            for kind in ("copula", "auxiliary", "retaliation")
        )  # "and the ISIS group was", « et les forces du régime ont riposté »
