"""Canned-query latency on a synthetic war: seconds per query at a given number of events.

Usage: python benchmarks/analysis_queries.py [ARTICLES] [EVENTS_PER_ARTICLE]   (default 2000 5)
Writes ARTICLES synthetic articles (random gazetteer actors and places, random dates 2012-2020,
relations drawn from the eight, sentences generated from templates) in the ingest shape to a
temporary on-disk store, then runs every canned query once with typical parameters and prints
its wall time and row count. The random seed is fixed, so runs are comparable.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from ingest.batch import ensure_reference_data
from kg import iris, summaries
from kg.gazetteer import load_gazetteer
from kg.model import Article, Assertion, Entity, Evidence, Extraction, Relation
from kg.names import resolve_name
from kg.queries import canned_queries, run_query
from kg.rdf import article_nquads
from kg.store import Store

PARAMS = {"as_of": "2017-06-30", "since": "2017-01-01", "until": "2017-12-31"}


def cast() -> tuple[list[Entity], list[Entity]]:
    """The actors and places of the synthetic war (the first ones are the query parameters)."""
    gazetteer = load_gazetteer()
    actors = [gazetteer.actors[i] for i in ("syrian-democratic-forces", "islamic-state")]
    actors += [a for a in gazetteer.actors.values() if a.type in ("ArmedGroup", "StateForce")][:40]
    actors += [gazetteer.actors[i] for i in ("united-states", "russia", "turkey", "iran")]
    places = [gazetteer.places["tabqa"]]
    places += [p for p in gazetteer.places.values() if p.lat is not None][:150]
    return actors, places


def synthetic_articles(n: int, per_article: int, seed: int = 4) -> list[Extraction]:
    rng = random.Random(seed)
    actors, places = cast()
    out = []
    for i in range(n):
        day = date(2012, 1, 1) + timedelta(days=rng.randrange(9 * 365))
        assertions = []
        for j in range(per_article):
            relation = rng.choice(list(Relation))
            agent = rng.choice(actors)
            target = rng.choice(places) if relation.object_is_place else rng.choice(actors)
            sentence = f"Report {i}.{j}: {agent.label()} {relation.value} {target.label()}."
            evidence = Evidence(j, sentence, 0, len(sentence), "synthetic", 0.8)
            assertions.append(Assertion(relation, agent, target, evidence))
        article = Article(doc_id=f"syn-{i}", text="", lang="en", date=day)
        out.append(Extraction(article, "en", [], [], assertions))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    per_article = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
        ensure_reference_data(store, load_gazetteer())
        t0 = time.perf_counter()
        for x in synthetic_articles(n, per_article):
            data = article_nquads(x, "d", "bench")
            store.replace_nquads(iris.article_graph(x.article.doc_id), data)
        print(f"{n} articles, {n * per_article} events, {store.count()} quads "
              f"written in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        summaries.rebuild(store)  # as `kg summarise` does after writes that bypass ingest
        actors, places = cast()
        chosen = {"actor": actors[0].iri, "other": actors[1].iri, "place": places[0].iri}
        for query in canned_queries().values():
            given = {p.name: {**PARAMS, **chosen}[p.name] for p in query.parameters
                     if p.name in {**PARAMS, **chosen}}  # fmt: skip
            t1 = time.perf_counter()
            table = run_query(store, query.name, given, lambda k, t: resolve_name(store, k, t))
            print(f"{query.name:<20} {time.perf_counter() - t1:7.3f} s  {len(table.rows):6} rows")


if __name__ == "__main__":
    main()
