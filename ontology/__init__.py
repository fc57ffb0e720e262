"""The supplykg ontology and SHACL shapes, shipped as Turtle files in this package.

:func:`ontology_graph` and :func:`shapes_graph` parse them on demand (nothing is read
at import time) and return a fresh :class:`rdflib.Graph` each call, so a caller may
modify what it gets without touching anyone else's copy.
"""
from __future__ import annotations

from importlib import resources

from rdflib import Graph, URIRef

ONTOLOGY_FILE = "supplykg.ttl"
SHAPES_FILE = "shapes.ttl"


class OntologyError(RuntimeError):
    """A packaged ontology file is missing or unreadable (a broken installation)."""


def read_text(name: str) -> str:
    """The text of a Turtle file shipped in ``supplykg.ontology``."""
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise OntologyError(
            f"cannot read {name} from the supplykg.ontology package ({exc}); "
            "reinstall supplykg (pip install -e .) so its package data is present"
        ) from exc


def _parse(name: str, identifier: URIRef | None = None) -> Graph:
    g = Graph(identifier=identifier)
    try:
        g.parse(data=read_text(name), format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise OntologyError(f"{name} in supplykg.ontology is not valid Turtle: {exc}") from exc
    return g


def ontology_graph() -> Graph:
    """The ontology (``supplykg.ttl``) as a Graph named :data:`~supplykg.ontology.iri.ONTOLOGY_GRAPH`."""
    from supplykg.ontology.iri import ONTOLOGY_GRAPH

    return _parse(ONTOLOGY_FILE, ONTOLOGY_GRAPH)


def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl``) as a Graph."""
    return _parse(SHAPES_FILE)


def ontology_version() -> str:
    """The ``owl:versionInfo`` of the packaged ontology (the store reloads it when this changes)."""
    from rdflib.namespace import OWL

    from supplykg.ontology.iri import ONTOLOGY_GRAPH

    value = ontology_graph().value(ONTOLOGY_GRAPH, OWL.versionInfo)
    if value is None:
        raise OntologyError(f"{ONTOLOGY_FILE} declares no owl:versionInfo on {ONTOLOGY_GRAPH}")
    return str(value)
