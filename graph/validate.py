"""Check the graph: SHACL core shapes with pyshacl, plus two cross-node rules in plain SPARQL.

The shapes (``ontology/shapes.ttl``) check each claim, article, event and corroboration.
The rule "every shortcut triple (``?a skg:supplies ?b``…) is backed, in the same article
graph, by a claim that is not denied" needs a look across nodes; as a SHACL-SPARQL
constraint it cost over 100 s on 120k triples, as one SPARQL query it takes well under a
second. So does "every claim is counted by a corroboration, and every claim a corroboration
counts exists" (a write interrupted between an article and its facts' corroboration).
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


#: Claims no corroboration counts, and claims a corroboration counts that are gone.
UNCOUNTED = """
SELECT DISTINCT ?claim WHERE {
  { ?claim skg:status ?status . FILTER NOT EXISTS { ?fact skg:claim ?claim } }
  UNION
  { ?fact skg:claim ?claim . FILTER NOT EXISTS { ?claim skg:status ?status } }
}
ORDER BY ?claim
"""


@dataclass(frozen=True)
class Report:
    """What :func:`check` found: the SHACL verdict and text, the unbacked shortcut triples, the uncounted claims."""

    shacl_conforms: bool
    shacl_text: str
    unbacked: tuple[tuple[str, str, str, str], ...]
    uncounted: tuple[str, ...] = ()
    corroborated: bool = True  # False: the store holds claims but no corroboration yet

    @property
    def conforms(self) -> bool:
        return self.shacl_conforms and not self.unbacked and not self.uncounted

    def text(self) -> str:
        lines = [self.shacl_text.rstrip()]
        if self.unbacked:
            lines.append(f"Shortcut triples without a claim that is not denied: {len(self.unbacked)}")
            lines += [f"  in {g}: {s} {p} {o}" for g, s, p, o in self.unbacked]
        else:
            lines.append("Shortcut triples: every one is backed by a claim that is not denied.")
        if self.uncounted:
            lines.append(f"Corroboration out of step with the claims for {len(self.uncounted)} claim(s); "
                         "run `supplykg corroborate` to recompute it:")
            lines += [f"  {c}" for c in self.uncounted]
        elif not self.corroborated:
            lines.append("Corroboration: not computed yet; run `supplykg corroborate` (or build) to compute it.")
        else:
            lines.append("Corroboration: every claim is counted in its fact's corroboration.")
        return "\n".join(lines) + "\n"


def check(store: KGStore, data: Graph | None = None) -> Report:
    """Validate the store (or ``data``, a graph already materialised from it)."""
    from pyshacl import validate as shacl_validate

    from supplykg.graph.corroboration_store import is_computed

    from supplykg.ontology import ontology_graph, shapes_graph

    data = data if data is not None else store.union_graph()
    conforms, _, text = shacl_validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
        inference="none", abort_on_first=False, allow_warnings=False, advanced=False,
    )
    unbacked = tuple((str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in store.query(UNBACKED_SHORTCUTS))
    corroborated = is_computed(store)
    uncounted = tuple(str(r[0]) for r in store.query(UNCOUNTED)) if corroborated else ()
    return Report(bool(conforms), str(text), unbacked, uncounted, corroborated)


def validate(store: KGStore) -> tuple[bool, str]:
    """(conforms, report text): SHACL over the union of articles plus the ontology, and the shortcut rule."""
    report = check(store)
    return report.conforms, report.text()
