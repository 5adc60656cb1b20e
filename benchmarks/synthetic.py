"""Synthetic corpora and graphs for the benchmarks, from our own templates and the gazetteer.

- :func:`articles`: news-like articles of about 400 words in ar, fr or en. Event sentences put
  gazetteer actors and places into templates written for this project; the rest is filler
  sentences written for this project, varied by the same names, numbers and dates, so the
  vocabulary is not one repeated sentence.
- :func:`write_graph`: an N-Quads file of about N triples in exactly the shape ingest writes,
  made by running ``kg.rdf.article_nquads`` over synthetic extractions (random actors, places,
  relations and dates), so benchmarks load what a real archive would hold.

Usage: python benchmarks/synthetic.py corpus LANG N OUT.jsonl
       python benchmarks/synthetic.py graph TRIPLES OUT.nq
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from kg import __version__
from kg.gazetteer import load_gazetteer
from kg.model import Article, Assertion, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.rdf import article_nquads

EVENTS = {
    "en": [
        "{actor} captured {place} after a week of fighting.",
        "Warplanes of {actor} struck {place} on {day}.",
        "Heavy clashes broke out between {actor} and {other} near {place}.",
        "{actor} fighters withdrew from {place} overnight.",
        "{actor} said it supports {other} in the battle for {place}.",
    ],
    "fr": [
        "{actor} ont pris le contrôle de {place} après {n} jours de combats.",
        "L'aviation de {actor} a bombardé {place} le {day}.",
        "De violents affrontements opposent {actor} à {other} près de {place}.",
        "Les combattants de {actor} se sont retirés de {place} dans la nuit.",
        "{actor} soutient {other} dans la bataille de {place}.",
    ],
    "ar": [
        "سيطرت {actor} على مدينة {place} بعد {n} أيام من المعارك.",
        "قصفت طائرات {actor} مواقع في {place} يوم {day}.",
        "اندلعت اشتباكات عنيفة بين {actor} و{other} قرب {place}.",
        "انسحب عناصر {actor} من {place} خلال الليل.",
        "أعلنت {actor} دعمها لـ{other} في معركة {place}.",
    ],
}
FILLER = {
    "en": [
        "Residents of {place} reported long queues for bread and fuel on {day}.",
        "A local council in {place} said {n} families had returned to their homes.",
        "Aid convoys waited at the edge of {place} for permission to enter.",
        "Observers counted {n} displaced people in camps west of {place}.",
        "Schools in {place} reopened after a pause of {n} weeks, teachers said.",
        "Prices of vegetables in the markets of {place} rose again this month.",
        "Engineers began repairing the water station that serves {place}.",
        "Journalists could not independently confirm the figures from {place}.",
    ],
    "fr": [
        "Les habitants de {place} ont signalé de longues files d'attente pour le pain le {day}.",
        "Un conseil local de {place} affirme que {n} familles sont rentrées chez elles.",
        "Des convois humanitaires attendaient aux abords de {place} une autorisation d'entrer.",
        "Des observateurs ont compté {n} déplacés dans des camps à l'ouest de {place}.",
        "Les écoles de {place} ont rouvert après une pause de {n} semaines, selon des enseignants.",
        "Le prix des légumes sur les marchés de {place} a encore augmenté ce mois-ci.",
        "Des ingénieurs ont commencé à réparer la station d'eau qui dessert {place}.",
        "Les journalistes n'ont pas pu vérifier de manière indépendante les chiffres de {place}.",
    ],
    "ar": [
        "أفاد سكان في {place} بطوابير طويلة للحصول على الخبز والوقود يوم {day}.",
        "قال مجلس محلي في {place} إن {n} عائلة عادت إلى منازلها.",
        "انتظرت قوافل المساعدات عند أطراف {place} للحصول على إذن بالدخول.",
        "أحصى مراقبون {n} نازحا في مخيمات غرب {place}.",
        "أعيد فتح المدارس في {place} بعد توقف دام {n} أسابيع بحسب معلمين.",
        "ارتفعت أسعار الخضار في أسواق {place} مجددا هذا الشهر.",
        "بدأ مهندسون إصلاح محطة المياه التي تخدم {place}.",
        "لم يتمكن الصحفيون من التحقق بشكل مستقل من الأرقام الواردة من {place}.",
    ],
}
FIRST_DAY = date(2012, 1, 1)
DAYS = 3000


def _names(lang: str) -> tuple[list[str], list[str]]:
    gazetteer = load_gazetteer()
    actors = [e.labels[lang] for e in gazetteer if e.is_actor and lang in e.labels]
    places = [e.labels[lang] for e in gazetteer if not e.is_actor and lang in e.labels]
    return actors, places


def articles(lang: str, n: int, *, words: int = 400, seed: int = 0) -> Iterator[Article]:
    """``n`` synthetic articles of about ``words`` words in ``lang`` (one event in four)."""
    rng = random.Random(seed)
    actors, places = _names(lang)
    for i in range(n):
        sentences: list[str] = []
        count = 0
        while count < words:
            pool = EVENTS[lang] if rng.random() < 0.25 else FILLER[lang]
            day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            sentence = rng.choice(pool).format(
                actor=rng.choice(actors),
                other=rng.choice(actors),
                place=rng.choice(places),
                day=day.isoformat(),
                n=rng.randrange(2, 90),
            )
            sentences.append(sentence)
            count += len(sentence.split())
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        yield Article(doc_id=f"synthetic-{lang}-{seed}-{i}", text=" ".join(sentences),
                      lang=lang, date=published)  # fmt: skip


RELATIONS = [
    (Relation.ATTACKS, 4),
    (Relation.CLASHES_WITH, 2),
    (Relation.CONTROLS, 3),
    (Relation.LOSES_CONTROL_OF, 2),
    (Relation.SUPPORTS, 2),
    (Relation.ALLIED_WITH, 1),
    (Relation.SURRENDERS_TO, 1),
    (Relation.BESIEGES, 1),
]


def _extraction(
    i: int, rng: random.Random, actors: list[Entity], places: list[Entity]
) -> Extraction:
    text = " ".join(rng.choice(FILLER["en"]).format(place="X", day="", n=i) for _ in range(12))
    when = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    article = Article(doc_id=f"graph-{i}", text=text, lang="en", date=when, title=f"Report {i}")
    sentences = [Sentence(k, k * 40, k * 40 + 39, text[k * 40 : k * 40 + 39]) for k in range(12)]
    named = rng.sample(actors, 4) + rng.sample(places, 4)
    mentions = [
        Mention(e, k * 40, k * 40 + 5, e.label(), k, 0, 1, "gazetteer") for k, e in enumerate(named)
    ]
    relations = [r for r, w in RELATIONS for _ in range(w)]
    assertions = []
    for k in range(rng.randrange(3, 9)):
        relation = rng.choice(relations)
        agent = rng.choice(named[:4])
        target = rng.choice(named[4:] if relation.object_is_place else named[:4])
        evidence = Evidence(k, sentences[k].text, k * 40, k * 40 + 20, "synthetic", 0.8)
        assertions.append(Assertion(relation, agent, target, evidence, place=rng.choice(named[4:])))
    return Extraction(article, "en", sentences, mentions, assertions)


def write_graph(path: Path, triples: int, *, seed: int = 0) -> int:
    """Write about ``triples`` quads of synthetic article graphs to ``path``; returns the count."""
    rng = random.Random(seed)
    gazetteer = load_gazetteer()
    # Real archives name a few actors and places often and most rarely: draw from a skewed pool.
    actors = [e for e in gazetteer if e.is_actor][:120]
    places = [e for e in gazetteer if not e.is_actor][:400]
    written = 0
    with path.open("wb") as out:
        i = 0
        while written < triples:
            data = article_nquads(_extraction(i, rng, actors, places), f"digest-{i}", __version__)
            out.write(data)
            written += data.count(b"\n")
            i += 1
    return written


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "corpus":
        _, _, lang, n, out = sys.argv
        with Path(out).open("w", encoding="utf-8") as fh:
            for a in articles(lang, int(n)):
                record = {"id": a.doc_id, "text": a.text, "lang": a.lang, "date": str(a.date)}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif len(sys.argv) == 4 and sys.argv[1] == "graph":
        print(write_graph(Path(sys.argv[3]), int(float(sys.argv[2]))), "quads")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
