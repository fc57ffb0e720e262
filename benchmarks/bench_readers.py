"""Readers beside a writer: which way of opening an Oxigraph store gives a consistent snapshot?

Not a test: prints one table. Usage::

    python benchmarks/bench_readers.py [--seconds 30] [--triples 200] [--batch 16] [--flush-every 0]

A writer process writes articles through :class:`~supplykg.graph.oxigraph_store.OxigraphStore`
as a build does (new articles, replacements and removals, each one transaction, and a
``checkpoint()`` every ``--batch`` writes), while readers, each in its own process, check
every state they see:

* every article graph is whole: it holds exactly the number of triples it says it holds;
* the default graph mirrors the union of the article graphs (no triple in one and not the other).

Readers:

* ``read_only, reopened``: ``pyoxigraph.Store.read_only(store)`` opened afresh for each check
  (a ``supplykg query`` per check, had readers opened the store itself);
* ``read_only, kept``: one such handle for the whole run (a notebook that stays open);
* ``supplykg reader``: ``OxigraphStore(store, read_only=True)`` opened afresh for each check:
  the writer's newest snapshot while it holds the lock (the design chosen, see
  :mod:`supplykg.graph.readers`).

pyoxigraph 0.5 offers no secondary mode (0.4's ``Store.secondary`` is gone). A reader that
has not reported 60 s after the writer stopped is counted as stuck and killed.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import queue
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

COUNT = "urn:bench:count"
READERS = ("read_only, reopened", "read_only, kept", "supplykg reader")
STUCK_AFTER = 60.0


def article(i: int, version: int, triples: int) -> Any:
    from rdflib import Graph, Literal, URIRef

    iri = URIRef(f"https://w3id.org/supplykg/id/article/{i:016x}")
    g = Graph(identifier=iri)
    n = triples + version % 7  # replacements change the size, so a half-replaced graph shows
    for k in range(n - 1):
        g.add((URIRef(f"urn:bench:s{k % 50}"), URIRef(f"urn:bench:p{k % 3}"), Literal(f"v{i}-{version}-{k}")))
    g.add((iri, URIRef(COUNT), Literal(n)))
    return g


def writer(location: str, args: argparse.Namespace, done: Any, results: Any) -> None:
    import random

    from supplykg.graph.store import open_store

    rng = random.Random(1)
    writes = 0
    stored: dict[int, int] = {}
    next_id = 0
    with open_store(location) as store:
        end = time.monotonic() + args.seconds
        while time.monotonic() < end:
            roll = rng.random()
            if len(stored) < 5 or (roll < 0.6 and len(stored) < 60):  # the store stays small: checks stay quick
                stored[next_id] = 0
                store.put_article(article(next_id, 0, args.triples))
                next_id += 1
            elif roll < 0.9:
                i = rng.choice(list(stored))
                stored[i] += 1
                store.put_article(article(i, stored[i], args.triples))
            else:
                i = rng.choice(list(stored))
                del stored[i]
                store.remove_article(f"https://w3id.org/supplykg/id/article/{i:016x}")
            writes += 1
            if writes % args.batch == 0:
                store.checkpoint()
            if args.flush_every and writes % args.flush_every == 0:
                store._ox.flush()
    done.set()
    results.put(("writer", writes))


CHECK_GRAPHS = f"""SELECT ?g ?n (COUNT(*) AS ?have) WHERE {{
  GRAPH ?g {{ ?g <{COUNT}> ?n . ?s ?p ?o }} }} GROUP BY ?g ?n"""
UNMIRRORED = """ASK { { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }
                UNION { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } } } }"""


def check(ox_store: Any) -> str | None:
    """None when the state is consistent, else what is wrong."""
    for row in ox_store.query(CHECK_GRAPHS):
        if int(row["n"].value) != int(row["have"].value):
            return f"graph {row['g'].value} holds {row['have'].value} of {row['n'].value} triples"
    if ox_store.query(UNMIRRORED):
        return "default graph differs from the union"
    return None


def reader(location: str, kind: str, done: Any, results: Any) -> None:
    import pyoxigraph as ox

    from supplykg.graph.oxigraph_store import OxigraphStore

    opens: list[float] = []
    checks = bad = 0
    errors = {"open": 0, "query": 0}
    first = ""
    kept = None
    while not done.is_set():
        stage = "open"
        try:
            t = time.perf_counter()
            if kind == "supplykg reader":
                handle = OxigraphStore(location, read_only=True)
                store = handle._ox
            elif kind == "read_only, kept":
                kept = store = kept or ox.Store.read_only(location)
            else:
                store = ox.Store.read_only(location)
            opens.append(time.perf_counter() - t)
            stage = "query"
            problem = check(store)
            checks += 1
            if problem:
                bad += 1
                first = first or problem
            if kind == "supplykg reader":
                handle.close()
        except Exception as e:  # noqa: BLE001  counted, not hidden
            errors[stage] += 1
            first = first or f"{stage}: {type(e).__name__}: {' '.join(str(e).split())[:100]}"
            kept = None
        store = None
    results.put((kind, checks, bad, errors, opens, first))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--triples", type=int, default=200, help="triples per article")
    parser.add_argument("--batch", type=int, default=16, help="writes between checkpoints, as a build's batches")
    parser.add_argument("--flush-every", type=int, default=0, help="the writer also flushes after this many writes")
    args = parser.parse_args()
    ctx = mp.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        location = str(Path(tmp) / "store")
        from supplykg.graph.store import open_store

        with open_store(location) as store:  # created, with its ontology, before the readers start
            store.put_article(article(10**9, 0, args.triples))
        done, results = ctx.Event(), ctx.Queue()
        procs = {"writer": ctx.Process(target=writer, args=(location, args, done, results))}
        procs |= {kind: ctx.Process(target=reader, args=(location, kind, done, results)) for kind in READERS}
        for p in procs.values():
            p.start()
        got: dict[str, Any] = {}
        deadline = time.monotonic() + args.seconds + STUCK_AFTER
        while len(got) < len(procs) and time.monotonic() < deadline:
            try:
                item = results.get(timeout=1)
                got[item[0]] = item
            except queue.Empty:
                pass
        for name, p in procs.items():
            if name not in got:
                p.kill()
            p.join()
    print(f"writer: {got['writer'][1]} article writes in {args.seconds:.0f} s, a checkpoint every {args.batch}"
          + (f", a flush every {args.flush_every}" if args.flush_every else ""))
    print(f"{'reader':<21} {'checks':>6} {'inconsistent':>12} {'open errors':>11} {'query errors':>12} "
          f"{'open median':>11} {'open max':>8}  first problem")
    for kind in READERS:
        if kind not in got:
            print(f"{kind:<21} stuck: no answer {STUCK_AFTER:.0f} s after the writer stopped (killed)")
            continue
        _, checks, bad, errors, opens, first = got[kind]
        med = f"{statistics.median(opens) * 1000:.0f} ms" if opens else "-"
        top = f"{max(opens):.2f} s" if opens else "-"
        print(f"{kind:<21} {checks:>6} {bad:>12} {errors['open']:>11} {errors['query']:>12} {med:>11} {top:>8}  "
              f"{first or '-'}")


if __name__ == "__main__":
    main()
