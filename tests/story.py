"""A small war written for the analysis tests, stored in exactly the shape ingest writes.

Each line is one event of one article: (article, date, relation, agent, target, place, sentence).
Agents, targets and places are gazetteer ids; the sentences are written for these tests. The
events go through :func:`kg.rdf.article_nquads`, so the graph has the same event nodes, direct
triples and provenance as an ingested article, without depending on what the extractor finds.

The story, as the expected rows of the tests read it:

- Tabqa: Islamic State holds it (Jan), the SDF capture it (May, two articles), IS retakes it
  (Aug), the SDF retake it (Sep). Manbij: the SDF and IS both claim it on 1 June (a tie).
  al-Bab: the Syrian National Army takes it on 23 Feb, the government claims it 3 days later
  (conflicting recent claims). Raqqa: IS holds it, then loses it to the SDF on 17 Oct.
- Sieges: the government besieges Douma (1 and 20 Mar) and takes it on 12 Apr; Hezbollah
  besieges Madaya from 1 Feb and nothing changes after.
- Alliances: the US backs the SDF (Aug, Sep); Russia and Iran back the government; Hezbollah
  and Russia are allied with the government; Turkey and the SNA back each other.
- Hostility: the SDF clash with IS; the US, the government and Russia strike IS; Russia and
  the government fight HTS; Turkey strikes the SDF and the SNA clashes with them; the
  government shells the city of Idlib.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from kg.gazetteer import Gazetteer
from kg.model import Article, Assertion, Entity, Evidence, Extraction, Relation
from kg.rdf import article_nquads
from kg.store import Store

R = Relation
STORY: list[tuple[str, str, Relation, str, str, str | None, str]] = [
    # control
    ("t1", "2017-01-10", R.CONTROLS, "islamic-state", "tabqa", None,
     "Islamic State fighters held Tabqa all winter."),
    ("t2", "2017-05-11", R.CONTROLS, "syrian-democratic-forces", "tabqa", None,
     "The SDF took Tabqa after a week of fighting."),
    ("t2", "2017-05-11", R.LOSES_CONTROL_OF, "islamic-state", "tabqa", None,
     "Islamic State lost Tabqa."),
    ("t2b", "2017-05-12", R.CONTROLS, "syrian-democratic-forces", "tabqa", None,
     "SDF units patrolled Tabqa on Friday."),
    ("t3", "2017-08-01", R.CONTROLS, "islamic-state", "tabqa", None,
     "Islamic State retook Tabqa in a night raid."),
    ("t4", "2017-09-01", R.CONTROLS, "syrian-democratic-forces", "tabqa", None,
     "The SDF drove Islamic State out of Tabqa again."),
    ("m1", "2017-06-01", R.CONTROLS, "syrian-democratic-forces", "manbij", None,
     "The SDF said it controls Manbij."),
    ("m2", "2017-06-01", R.CONTROLS, "islamic-state", "manbij", None,
     "Islamic State claimed Manbij the same day."),
    ("b1", "2017-02-23", R.CONTROLS, "syrian-national-army", "al-bab", None,
     "The Syrian National Army entered al-Bab."),
    ("b2", "2017-02-26", R.CONTROLS, "syrian-government-forces", "al-bab", None,
     "Government troops said they hold al-Bab."),
    ("r1", "2017-01-01", R.CONTROLS, "islamic-state", "raqqa", None,
     "Raqqa remained in Islamic State hands."),
    ("r2", "2017-10-17", R.LOSES_CONTROL_OF, "islamic-state", "raqqa", None,
     "Islamic State lost Raqqa."),
    ("r2", "2017-10-17", R.CONTROLS, "syrian-democratic-forces", "raqqa", None,
     "The SDF captured Raqqa."),
    # sieges
    ("d1", "2017-03-01", R.BESIEGES, "syrian-government-forces", "douma", None,
     "Government forces encircled Douma."),
    ("d2", "2017-03-20", R.BESIEGES, "syrian-government-forces", "douma", None,
     "The siege of Douma by government forces tightened."),
    ("d3", "2017-04-12", R.CONTROLS, "syrian-government-forces", "douma", None,
     "Government forces entered Douma."),
    ("z1", "2017-02-01", R.BESIEGES, "hezbollah", "madaya", None,
     "Hezbollah fighters surrounded Madaya."),
    # alliances
    ("s1", "2017-08-01", R.SUPPORTS, "united-states", "syrian-democratic-forces", None,
     "US advisers backed the SDF."),
    ("s2", "2017-09-01", R.SUPPORTS, "united-states", "syrian-democratic-forces", None,
     "Washington kept arming the SDF."),
    ("s3", "2017-03-01", R.SUPPORTS, "russia", "syrian-government-forces", None,
     "Russia backed government forces from the air."),
    ("s4", "2017-04-01", R.SUPPORTS, "iran", "syrian-government-forces", None,
     "Iran sent advisers to government forces."),
    ("s5", "2017-02-01", R.ALLIED_WITH, "hezbollah", "syrian-government-forces", None,
     "Hezbollah fought alongside government forces."),
    ("s6", "2017-03-05", R.ALLIED_WITH, "russia", "syrian-government-forces", None,
     "Russia and government forces fought together."),
    ("s7", "2017-06-10", R.SUPPORTS, "turkey", "syrian-national-army", None,
     "Turkey armed the Syrian National Army."),
    ("s7", "2017-06-10", R.SUPPORTS, "syrian-national-army", "turkey", None,
     "The Syrian National Army backed Turkey's operation."),
    # hostility
    ("h1", "2017-05-20", R.CLASHES_WITH, "syrian-democratic-forces", "islamic-state", None,
     "The SDF clashed with Islamic State."),
    ("h2", "2017-06-15", R.ATTACKS, "united-states", "islamic-state", "raqqa",
     "US aircraft struck Islamic State near Raqqa."),
    ("h3", "2017-07-01", R.ATTACKS, "syrian-government-forces", "islamic-state", None,
     "Government artillery shelled Islamic State."),
    ("h4", "2017-07-10", R.ATTACKS, "russia", "islamic-state", None,
     "Russian jets bombed Islamic State."),
    ("h5", "2017-07-15", R.ATTACKS, "russia", "hayat-tahrir-al-sham", None,
     "Russian jets bombed HTS."),
    ("h6", "2017-07-20", R.CLASHES_WITH, "syrian-government-forces", "hayat-tahrir-al-sham",
     None, "Government forces clashed with HTS."),
    ("h7", "2017-08-15", R.ATTACKS, "turkey", "syrian-democratic-forces", None,
     "Turkish drones struck the SDF."),
    ("h8", "2017-08-20", R.CLASHES_WITH, "syrian-national-army", "syrian-democratic-forces",
     None, "The SNA clashed with the SDF."),
    ("h9", "2017-07-25", R.ATTACKS, "syrian-government-forces", "idlib", None,
     "Government artillery shelled Idlib."),
]  # fmt: skip


def _entity(gazetteer: Gazetteer, ident: str) -> Entity:
    return gazetteer.actors.get(ident) or gazetteer.places[ident]


Story = list[tuple[str, str, Relation, str, str, str | None, str]]


def story_extractions(gazetteer: Gazetteer, story: Story = STORY) -> list[Extraction]:
    """One extraction per article of ``story`` (an agent of "" is an event naming none)."""
    lines: dict[str, list[tuple[str, Relation, str, str, str | None, str]]] = defaultdict(list)
    for doc, day, relation, agent, target, place, sentence in story:
        lines[doc].append((day, relation, agent, target, place, sentence))
    out = []
    for doc, items in lines.items():
        text = " ".join(sentence for *_, sentence in items)
        article = Article(doc_id=doc, text=text, lang="en", date=date.fromisoformat(items[0][0]))
        assertions = []
        offset = 0
        for index, (_day, relation, agent, target, place, sentence) in enumerate(items):
            evidence = Evidence(index, sentence, offset, offset + len(sentence), "story", 0.9)
            offset += len(sentence) + 1
            assertions.append(
                Assertion(
                    relation,
                    _entity(gazetteer, agent) if agent else None,
                    _entity(gazetteer, target),
                    evidence,
                    place=_entity(gazetteer, place) if place else None,
                )
            )
        out.append(Extraction(article, "en", [], [], assertions))
    return out


def write_story(store: Store, gazetteer: Gazetteer, story: Story = STORY) -> Store:
    """The reference data plus every article of the story, one named graph each, and the
    summary graph built from them (as ``kg summarise`` does after a write that bypasses ingest)."""
    from ingest.batch import ensure_reference_data
    from kg import iris, summaries

    ensure_reference_data(store, gazetteer)
    for x in story_extractions(gazetteer, story):
        store.replace_nquads(iris.article_graph(x.article.doc_id), article_nquads(x, "d", "test"))
    summaries.rebuild(store)
    return store
