"""Relation extraction: triggers from the lexicon, arguments from the clause around them.

For each trigger word the frame it was listed with says where its arguments are:

- ``verb``: agent before the trigger, or right after it in verb-first languages (Arabic VSO,
  and nominal قصف/سيطرة X على Y); object after it. A "by"/"par" right after the trigger turns it
  passive. "between"/"بين"/"entre" after it takes both parties from the right.
- ``passive``: object before, agent after (X مدعومة من Y, X soutenue par Y, X backed by Y).
- ``backed``: a compound "Y-backed X", "IS-held Raqqa".
- ``genitive``: "under the control of X", تحت سيطرة X: the place before, the controller after.
- ``expel``: "X expelled Y from Z": X controls Z, Y loses Z.
- ``handover``: "X handed Z over to Y": X loses Z, Y controls Z.

A negation or modality cue (denied, threatened, trying to, لم, نفى, dément) shortly before the
trigger in the same clause suppresses it. Sources of reported speech (أفاد المرصد, according to)
become the claimant, never an argument. An event whose agent the text leaves unnamed
("unidentified aircraft") is kept without an agent.

The modules build one class in layers, each reading only what the layers below it provide:
``words`` (cues, markers, per-sentence state) → ``clauses`` (clause ends, asides, reported
speech, negation and modality) → ``arguments`` (the nearest fitting mention, places,
genitives) → ``references`` (relative clauses, pronouns, the subject of a verb) → ``lists``
(coordinated lists and camps) → the frames: ``territory``, ``support``, ``events``, ``verbs``
→ ``extractor`` (one sentence at a time). ``common`` holds the sentence view, the tuning
windows and factors, and small functions over words and mentions.
"""

from ingest.relations.common import SentenceView
from ingest.relations.extractor import RelationExtractor

__all__ = ["RelationExtractor", "SentenceView"]
