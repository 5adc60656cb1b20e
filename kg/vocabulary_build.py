"""Generate ``kg/vocabulary.py``, the closed Python namespace of the ontology.

Run ``python -m kg.vocabulary_build`` after editing ``ontology/conflict.ttl``; a test fails when
the generated file is out of date. Closed means a mistyped term raises instead of silently
minting a new IRI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.iris import ONTOLOGY
from kg.resources import ontology_file

TARGET = Path(__file__).with_name("vocabulary.py")
_KINDS = (
    (OWL.Class, "classes"),
    (OWL.ObjectProperty, "object properties"),
    (OWL.DatatypeProperty, "datatype properties"),
    (OWL.AnnotationProperty, "annotation properties"),
)


def render(ttl: Path) -> str:
    """Source text of the vocabulary module for the ontology in ``ttl``."""
    graph = Graph().parse(ttl, format="turtle")
    lines = [
        '"""The ontology\'s terms as a closed rdflib namespace. GENERATED: do not edit.',
        "",
        "Regenerate with ``python -m kg.vocabulary_build`` after changing ontology/conflict.ttl.",
        '"""',
        "",
        "from rdflib import URIRef",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "",
        "",
        "class CKG(DefinedNamespace):",
        '    """conflict-kg ontology terms (``ckg:``)."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{ONTOLOGY}")',
    ]
    done: set[str] = set()
    for kind, title in _KINDS:
        names = sorted(
            str(s)[len(ONTOLOGY) :]
            for s in graph.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY)
        )
        names = [n for n in names if n not in done]
        if not names:
            continue
        lines += ["", f"    # {title}"]
        for name in names:
            labels = graph.objects(URIRef(ONTOLOGY + name), RDFS.label)
            english = sorted(str(o) for o in labels if getattr(o, "language", None) == "en")
            comment = f"  # {english[0]}" if english else ""
            lines.append(f"    {name}: URIRef{comment}")
            done.add(name)
    return "\n".join(lines) + "\n"


def main() -> int:
    TARGET.write_text(render(ontology_file()), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
