"""Parser throughput: sentences per second through the spaCy French path, and the argument finder.

Usage: python benchmarks/parser_throughput.py [N]   (default N = 1000 sentences)
Generates N French sentences from templates (actors, trigger verbs, places written here, in
active, passive and nominal forms), then times: loading fr_core_news_sm; parsing each sentence
on its own as one sentence (``one_sentence=True``, the way a caller with its own sentence
splitter would); parsing them grouped into 20-sentence articles (the model splits them itself);
and find_arguments over every parsed sentence. Needs ``pip install 'conflict-kg[fr]'``.
"""

from __future__ import annotations

import random
import sys
import time

from ingest.parsing import MentionSpan, ParsedSentence, find_arguments, get_parser

ACTORS = [
    "l'armée syrienne",
    "les Forces démocratiques syriennes",
    "l'aviation russe",
    "le Hezbollah",
    "l'Armée syrienne libre",
    "la coalition internationale",
    "les YPG",
    "le Front al-Nosra",
]
PLACES = ["Raqqa", "Alep", "Idleb", "Manbij", "Palmyre", "Deraa", "Homs", "Afrin", "Tabqa"]
TEMPLATES = [
    "{a} a bombardé {p} et {q} mardi.",
    "{a} et {b} ont attaqué des positions près de {p}.",
    "{b}, soutenus par {a}, ont repris {p} après trois semaines de combats.",
    "Selon des sources locales, {a} a pris le contrôle de {p}.",
    "Le contrôle de {a} sur {p} inquiète les habitants de {q}.",
    "De violents affrontements entre {a} et {b} ont éclaté à {p}.",
    "{b} est financé par {a} depuis le début de l'année.",
    "{a} assiège {p} depuis plusieurs mois.",
]


def sentences(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rng.sample(ACTORS, 2)
        p, q = rng.sample(PLACES, 2)
        text = TEMPLATES[i % len(TEMPLATES)].format(a=a, b=b, p=p, q=q)
        out.append(text[0].upper() + text[1:])
    return out


def mentions(sentence: ParsedSentence) -> list[MentionSpan]:
    found = []
    for names, is_place in ((ACTORS, False), (PLACES, True)):
        for name in names:
            bare = name.split(" ", 1)[-1] if " " in name else name
            at = sentence.text.lower().find(bare.lower())
            if at >= 0:
                start = sentence.start + at
                found.append(MentionSpan(start, start + len(bare), is_place, bare))
    return found


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    texts = sentences(n)
    words = sum(len(t.split()) for t in texts)
    parser = get_parser("spacy")
    per_sentence = get_parser("spacy", one_sentence=True)  # how a caller with its own splitter
    t0 = time.perf_counter()
    parser.parse("Chargement.", "fr")
    t1 = time.perf_counter()
    parsed = [s for text in texts for s in per_sentence.parse(text, "fr")]
    t2 = time.perf_counter()
    articles = [" ".join(texts[i : i + 20]) for i in range(0, n, 20)]
    in_articles = sum(len(parser.parse(article, "fr")) for article in articles)
    t3 = time.perf_counter()
    candidates = sum(len(find_arguments(s, mentions(s), "fr")) for s in parsed)
    t4 = time.perf_counter()
    print(f"sentences: {n} ({words} words); fr_core_news_sm load {t1 - t0:.2f} s")
    print(
        f"one call per sentence:  {t2 - t1:.2f} s  {n / (t2 - t1):.0f} sentences/s  "
        f"{words / (t2 - t1):.0f} words/s"
    )
    print(
        f"20-sentence articles:   {t3 - t2:.2f} s  {n / (t3 - t2):.0f} sentences/s  "
        f"{words / (t3 - t2):.0f} words/s  ({in_articles} sentences found by the parser)"
    )
    print(
        f"find_arguments:         {t4 - t3:.2f} s  {len(parsed) / (t4 - t3):.0f} sentences/s  "
        f"({candidates} candidates)"
    )


if __name__ == "__main__":
    main()
