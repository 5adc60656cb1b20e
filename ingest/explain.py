"""``kg explain``: why each triple exists, sentence by sentence, as plain text."""

from __future__ import annotations

from ingest.pipeline import Pipeline
from kg.model import Article, Sentence


def explain_text(article: Article, pipeline: Pipeline | None = None) -> str:
    x = (pipeline or Pipeline()).process(article)
    date = x.article.date.isoformat() if x.article.date else "unknown"
    lines = [f"{article.doc_id}  language {x.lang}  date {date}"]
    for s in x.sentences:
        lines.append(f"\n[{s.index}] {s.text}{_note(s)}")
        for m in (m for m in x.mentions if m.sentence == s.index):
            unit = f" (unit: {m.unit.label()})" if m.unit else ""
            lines.append(
                f"    mention  {m.surface!r} → {m.entity.label()} [{m.entity.type}, {m.rule}]{unit}"
            )
        for a in (a for a in x.assertions if a.evidence.sentence == s.index):
            agent = a.agent.label() if a.agent else f"<unnamed: {a.agent_description}>"
            target = a.target.label() if a.target else "?"
            extra = f" at {a.place.label()}" if a.place else ""
            extra += f", claimed by {a.claimant.label()}" if a.claimant else ""
            lines.append(
                f"    {a.relation.value}({agent}, {target}){extra}  "
                f"rule {a.evidence.rule}  confidence {a.evidence.confidence}"
            )
    return "\n".join(lines)


def _note(s: Sentence) -> str:
    if s.boilerplate:
        return f"  (page text, not the story: {s.boilerplate})"
    if s.duplicate:
        return "  (repeat: not extracted)"
    if s.story_end is not None:
        return f"  (the story ends at character {s.story_end - s.start} of this sentence)"
    return ""
