"""Check the graph: SHACL core shapes with pyshacl, plus the shortcut rule in plain SPARQL.

The shapes (``ontology/shapes.ttl``) check each claim, article and event. The rule
"every shortcut triple (``?a skg:supplies ?b``…) is backed, in the same article graph,
by a claim that is not denied" needs a look across nodes; as a SHACL-SPARQL constraint
it cost over 100 s on 120k triples, as one SPARQL query it takes well under a second.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from supplykg.graph.store import KGStore

SHORTCUTS = ("skg:supplies", "skg:ordered", "skg:deliveredTo", "skg:manufactures", "skg:parentOf",
             "skg:uses", "skg:restrictsExport")

UNBACKED_SHORTCUTS = f"""
SELECT DISTINCT ?g ?s ?p ?o WHERE {{
  VALUES ?p {{ {' '.join(SHORTCUTS)} }}
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{
    GRAPH ?g {{
      ?claim rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; skg:status ?status .
      FILTER(?status != skg:Denied)
    }}
  }}
}}
ORDER BY ?g ?s ?p ?o
"""


@dataclass(frozen=True)
class Report:
    """What :func:`check` found: the SHACL verdict and text, and the unbacked shortcut triples."""

    shacl_conforms: bool
    shacl_text: str
    unbacked: tuple[tuple[str, str, str, str], ...]

    @property
    def conforms(self) -> bool:
        return self.shacl_conforms and not self.unbacked

    def text(self) -> str:
        lines = [self.shacl_text.rstrip()]
        if self.unbacked:
            lines.append(f"Shortcut triples without a claim that is not denied: {len(self.unbacked)}")
            lines += [f"  in {g}: {s} {p} {o}" for g, s, p, o in self.unbacked]
        else:
            lines.append("Shortcut triples: every one is backed by a claim that is not denied.")
        return "\n".join(lines) + "\n"


def check(store: KGStore, data: Graph | None = None) -> Report:
    """Validate the store (or ``data``, a graph already materialised from it)."""
    from pyshacl import validate as shacl_validate

    from supplykg.ontology import ontology_graph, shapes_graph

    data = data if data is not None else store.union_graph()
    conforms, _, text = shacl_validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
        inference="none", abort_on_first=False, allow_warnings=False, advanced=False,
    )
    unbacked = tuple((str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in store.query(UNBACKED_SHORTCUTS))
    return Report(bool(conforms), str(text), unbacked)


def validate(store: KGStore) -> tuple[bool, str]:
    """(conforms, report text): SHACL over the union of articles plus the ontology, and the shortcut rule."""
    report = check(store)
    return report.conforms, report.text()
