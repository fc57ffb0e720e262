"""The ``supplykg`` command: a thin layer over :mod:`supplykg.api`.

Each command's docstring, with an example, is its ``--help``. The ``--store`` option is
defined once (env ``SUPPLYKG_STORE``). Errors are one line on stderr and a non-zero exit;
``-v`` shows library log messages and ``--traceback`` the traceback of an unexpected error.
Nothing heavy is imported at module level: ``supplykg --help`` and ``supplykg query``
never load spaCy.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from supplykg import __version__
from supplykg.terminal import escape_rdf, json_text, printable

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console

EXIT_FAILED_INPUT = 1


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


class _Group(click.Group):
    """Turns the library's errors into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        from supplykg.api import SupplyKGError

        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            raise _PipeClosed from None
        except SupplyKGError as e:
            raise click.ClickException(_one_line(str(e))) from None
        except OSError as e:
            where = f" {e.filename}" if getattr(e, "filename", None) else ""
            raise click.ClickException(_one_line(f"{e.strerror or e}:{where}; check the path and its permissions")) \
                from None
        except Exception as e:
            if ctx.obj and ctx.obj.get("traceback"):
                raise
            known = type(e).__module__.startswith("supplykg.") or isinstance(e, (ValueError, KeyError, LookupError))
            msg = str(e).splitlines()[0] if str(e) else type(e).__name__
            if not known:
                msg = f"unexpected {type(e).__name__}: {msg} (rerun with --traceback and report it)"
            raise click.ClickException(_one_line(msg)) from None


#: An error longer than this keeps its start and end, with the middle left out (a 20,000-character name).
ERROR_MAX = 600


def _one_line(message: str) -> str:
    """An error message as one printable line of readable length."""
    message = printable(message, one_line=True)
    if len(message) <= ERROR_MAX:
        return message
    head, tail = ERROR_MAX * 2 // 3, ERROR_MAX // 3
    return f"{message[:head]} … [{len(message) - head - tail:,} characters left out] … {message[-tail:]}"


class _PipeClosed(Exception):
    """Whoever read our output has gone (``supplykg extract … | head -1``): not an error to report."""


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (test runners swap it)."""

    def __init__(self) -> None:
        super().__init__()

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def store_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """The ``--store`` option every command that touches the graph takes, with the timeouts for a server.

    The command receives them together as one :class:`supplykg.api.StoreRef` named ``store``.
    """
    import functools

    @functools.wraps(f)
    def command(*args: Any, store: str | None, connect_timeout: float | None, read_timeout: float | None,
                **kwargs: Any) -> Any:
        from supplykg.api import StoreRef

        return f(*args, store=StoreRef(store, connect_timeout, read_timeout), **kwargs)

    seconds = click.FloatRange(min=0, min_open=True)
    for option in reversed((
        click.option("--store", "store", envvar="SUPPLYKG_STORE", default=None, metavar="LOC", show_envvar=True,
                     help="Where the graph lives: a folder (default .supplykg/store), ':memory:', "
                          "or an http:// SPARQL endpoint."),
        click.option("--connect-timeout", type=seconds, default=None, metavar="SECONDS", show_envvar=True,
                     envvar="SUPPLYKG_CONNECT_TIMEOUT",
                     help="For an http:// store: how long to wait for a connection (default 5)."),
        click.option("--read-timeout", type=seconds, default=None, metavar="SECONDS", show_envvar=True,
                     envvar="SUPPLYKG_READ_TIMEOUT",
                     help="For an http:// store: how long to wait for each answer (default 30); a build "
                          "stops at the first timeout."),
    )):
        command = option(command)
    return command


def workers_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
                        envvar="SUPPLYKG_WORKERS", show_envvar=True,
                        help="Extract in N processes (default: every core). Output is the same for any N.")(f)


def max_bytes_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--max-bytes", type=click.IntRange(min=1), default=10_000_000, show_default=True,
                        help="Skip files (or JSON Lines records) larger than this.")(f)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="supplykg")
@click.option("-v", "--verbose", count=True, help="Show library log messages (-vv for debug).")
@click.option("--traceback", is_flag=True, hidden=True, help="Show the traceback of unexpected errors.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, traceback: bool) -> None:
    """supplykg: who supplies whom with what, from French and English chip news, as an RDF graph.

    \b
    Example:
        supplykg build seeds/ && supplykg query --name suppliers --param company=ByteDance
    """
    ctx.ensure_object(dict)
    ctx.obj["traceback"] = traceback
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logger = logging.getLogger("supplykg")
    logger.setLevel(level)
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        logger.addHandler(handler)


# ---------------------------------------------------------------- build / extract

@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@store_option
@max_bytes_option
@click.option("--replace", is_flag=True, help="Re-extract articles already in the store and replace them.")
@click.option("--export", "export_to", metavar="FILE", help="Also write the whole graph to FILE (.ttl, .trig, .nt, .jsonld).")
@click.option("--view", "view_to", metavar="FILE", help="Also write the interactive HTML graph to FILE.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of tables.")
@workers_option
@click.option("--ray", "ray", is_flag=False, flag_value="", default=None, metavar="[ADDRESS]",
              help="Extract on Ray (pip install 'supplykg[ray]'): the cluster at ADDRESS, else RAY_ADDRESS or a "
                   "local Ray; writes N-Quads shards, then loads them into the store.")
@click.option("--shards", metavar="DIR", help="With --ray: keep the N-Quads shards in DIR (default: removed after "
                                              "loading).")
def build(paths: tuple[str, ...], store: str | None, max_bytes: int, replace: bool,
          export_to: str | None, view_to: str | None, as_json: bool, workers: int | None,
          ray: str | None, shards: str | None) -> None:
    """Read articles, extract facts and add them to the store.

    PATHS are .txt, .md, .html or .jsonl files, or folders of them (read recursively).
    Articles already in the store are left unchanged, so building twice is harmless.
    Exits with status 1 when any input was skipped or failed. Extraction runs on every
    core (--workers caps it), or on a Ray cluster (--ray); the store is the same either way.

    \b
    Example:
        supplykg build seeds/ --export graph.ttl --view graph.html
        supplykg build news/ --ray ray://head:10001 --shards shards/
    """
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from supplykg import api

    # Fail before the work, not after it: a bad output path is known before anything is stored.
    export_fmt = api.format_for(export_to) if export_to else None
    if view_to and Path(view_to).suffix.casefold() not in (".html", ".htm"):
        raise click.BadParameter(f"{view_to!r} should end in .html so a browser opens it", param_hint="--view")
    for option, target in (("--export", export_to), ("--view", view_to)):
        if target:
            _check_writable(target, option)
    if shards and ray is None:
        raise click.BadParameter("--shards goes with --ray", param_hint="--shards")
    err = _console(stderr=True)
    total = api.count_inputs(list(paths))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=as_json or not err.is_terminal) as bar:
        task = bar.add_task("reading", total=total)

        def tick(outcome: str, name: str) -> None:
            bar.update(task, advance=1, description=f"{outcome} {escape(printable(Path(name).name[:40], one_line=True))}")

        report = None
        try:
            with _open_store(store) as kg:
                report = api.build(list(paths), kg, tick, max_bytes=max_bytes, replace=replace, workers=workers,
                                   ray=ray, shards=shards)
                if export_to and export_fmt:
                    api.export(kg, export_fmt, export_to)
                if view_to:
                    api.view(kg, view_to)
        except api.BuildStopped as e:
            # What was stored and what failed first, then the one line that stopped the build.
            bar.stop()
            _report_build(e.report, store, None, None, as_json)
            raise
        except Exception:
            if report is not None:  # the articles are stored: say so before the error about the output
                bar.stop()
                _report_build(report, store, None, None, as_json)
            raise
    _report_build(report, store, export_to, view_to, as_json)
    if report.failed:
        sys.exit(EXIT_FAILED_INPUT)


def _check_writable(target: str, option: str) -> None:
    """A one-line error when ``target`` cannot be written: a missing or read-only folder, or a folder itself."""
    path = Path(target)
    folder = path.parent
    if path.is_dir():
        raise click.ClickException(f"{option}: {target} is a folder; give a file name in it")
    if not folder.is_dir():
        raise click.ClickException(f"{option}: the folder {folder} does not exist; create it or write elsewhere")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise click.ClickException(f"{option}: cannot write {target} (permission denied); write elsewhere")


def _report_build(report: Any, store: str | None, export_to: str | None, view_to: str | None,
                  as_json: bool) -> None:
    if as_json:
        click.echo(json_text(report.to_json(), indent=2))
    else:
        _print_build_report(report, store, export_to, view_to)


def _open_store(location: str | None) -> Any:
    from contextlib import closing

    from supplykg import api

    return closing(api.open_store(location, write=True))


def _print_build_report(report: Any, store: str | None, export_to: str | None, view_to: str | None) -> None:
    from rich import box
    from rich.table import Table

    out = _console()
    if report.facts:
        t = Table("relation", "facts", title="Facts per relation", box=box.SIMPLE, title_justify="left")
        for rel, n in sorted(report.facts.items(), key=lambda kv: (-kv[1], kv[0])):
            t.add_row(_text(rel), str(n))
        t.add_row("[b]total[/b]", f"[b]{sum(report.facts.values())}[/b]")
        out.print(t)
    problems = [*report.skipped, *report.errors]
    if problems:
        t = Table("input", "reason", title="Skipped", box=box.SIMPLE, title_justify="left")
        for s in problems:
            t.add_row(_text(s.path), _text(s.reason))
        out.print(t)
    for note in report.notes:
        click.echo(f"Note: {printable(note, one_line=True)}")
    read = len(report.added) + len(report.unchanged) + len(report.errors)
    click.echo(f"{read} article(s) read: {len(report.added)} added, {len(report.unchanged)} unchanged, "
               f"{len(report.errors)} failed; {len(report.skipped)} input(s) skipped; "
               f"{sum(report.facts.values())} fact(s) added.")
    location = getattr(store, "location", store) or os.environ.get("SUPPLYKG_STORE") or ".supplykg/store"
    where = "Store in memory" if location == ":memory:" else f"Store {printable(location, one_line=True)}"
    if report.triples_after is None:  # the build stopped: the store could not be asked
        click.echo(f"{where}: stopped after {report.seconds:.1f} s.")
    else:
        delta = report.triples_after - report.triples_before
        click.echo(f"{where}: {report.triples_after} triples ({delta:+d}) in {report.seconds:.1f} s.")
    labels = {"turtle": "Turtle", "trig": "TriG", "nt": "N-Triples", "jsonld": "JSON-LD", "graphml": "GraphML",
              "gexf": "GEXF"}
    if export_to:
        from supplykg import api

        click.echo(f"{labels.get(api.format_for(export_to), 'Export')}: {export_to}")
    if view_to:
        click.echo(f"HTML graph: {view_to}")


@cli.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path(path_type=str))
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of tables.")
def load(shards: tuple[str, ...], store: str | None, as_json: bool) -> None:
    """Load N-Quads shards (one named graph per article, as `build --ray --shards` writes them) into the store.

    SHARDS are .nq files or folders of them. Each article is written whole, its facts'
    corroboration recomputed; articles already stored are left unchanged. A SPARQL
    server (--store http://…) gets one update per article.

    \b
    Example:
        supplykg load shards/ --store http://127.0.0.1:7878
    """
    from supplykg import api

    try:
        report = api.load(list(shards), store)
    except api.BuildStopped as e:
        _report_build(e.report, store, None, None, as_json)
        raise
    _report_build(report, store, None, None, as_json)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "ttl"]), default="jsonl", show_default=True,
              help="JSON Lines (one fact a line) or Turtle (the RDF the store would get).")
@max_bytes_option
@workers_option
def extract(paths: tuple[str, ...], fmt: str, max_bytes: int, workers: int | None) -> None:
    """Print the facts found in articles, without touching the store.

    Facts go to stdout (JSON Lines: one fact per line, the stable contract that
    the evaluation's score.py reads); skipped inputs go to stderr. Exits with
    status 1 when any input was skipped.

    \b
    Example:
        supplykg extract seeds/000_547f356ac4fc7056.txt > facts.jsonl
    """
    from supplykg import api

    skipped: list[Any] = []

    def on_skip(skip: Any) -> None:
        skipped.append(skip)
        click.echo(f"skipped {printable(str(skip), one_line=True)}", err=True)

    pairs = api.extract(list(paths), max_bytes=max_bytes, on_skip=on_skip, workers=workers)
    if fmt == "jsonl":
        for _article, facts in pairs:
            for fact in facts:
                click.echo(json_text(fact.to_json()))
    else:
        from rdflib import Graph

        from supplykg.graph.rdf import article_to_graph

        merged = Graph()
        _bind_prefixes(merged)
        for article, facts in pairs:
            merged += article_to_graph(article, facts)
        click.echo(escape_rdf(merged.serialize(format="turtle")), nl=False)
    if any(s.fatal for s in skipped):
        sys.exit(EXIT_FAILED_INPUT)


def _bind_prefixes(graph: Any) -> None:
    from rdflib.namespace import PROV, SDO, XSD

    from supplykg.ontology.iri import ID, ONTOLOGY

    graph.bind("skg", ONTOLOGY + "#")
    graph.bind("id", ID)
    graph.bind("schema", SDO)
    graph.bind("prov", PROV)
    graph.bind("xsd", XSD)


# ---------------------------------------------------------------- store-side commands

@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "jsonld", "graphml", "gexf",
                                                   "companies-csv"]),
              default=None, help="turtle/nt/jsonld: the union of all articles; trig: one named graph per article; "
                                 "graphml/gexf: the company–product network for Gephi (needs -o); companies-csv: one "
                                 "row per company with its country, ticker, LEI and Wikidata id. "
                                 "Default: from the extension of -o, else turtle.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout.")
def export(store: str | None, fmt: str | None, output: str | None) -> None:
    """Write the whole graph as Turtle, TriG, N-Triples or JSON-LD, the network as GraphML or GEXF, or the companies as CSV.

    \b
    Example:
        supplykg export -o graph.ttl
        supplykg export --format gexf -o graph.gexf
        supplykg export --format companies-csv -o companies.csv
    """
    from supplykg import api

    if fmt is None and output is not None:
        try:
            fmt = api.format_for(output)
        except api.SupplyKGError as e:
            raise click.ClickException(f"{e}, or pass --format") from None
    if output is not None:
        _check_writable(output, "-o")
    text = api.export(store, fmt or "turtle", output)
    if output is None and text is not None:
        click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@click.argument("sparql", required=False)
@store_option
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the SPARQL query from this .rq file.")
@click.option("--name", metavar="NAME", help="Run a stored query (see `supplykg queries`).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the named query (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="table for people; csv, tsv and json are the W3C SPARQL result formats.")
def query(sparql: str | None, store: str | None, file: Path | None, name: str | None,
          params: tuple[str, ...], fmt: str) -> None:
    """Run a SPARQL query, a .rq file or a stored query by name.

    Parameters are bound as values, never pasted into the query text, so a
    name with a quote in it cannot change the query.

    \b
    Examples:
        supplykg query --name suppliers --param company=ByteDance
        supplykg query 'SELECT ?s ?o WHERE { ?s <https://w3id.org/supplykg/ontology#supplies> ?o }' --format csv
    """
    from supplykg import api

    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give exactly one of SPARQL, --file Q.rq or --name NAME")
    bound: dict[str, str] = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{p!r} is not KEY=VALUE", param_hint="--param")
        if key.strip() in bound:  # the first value would be dropped without a word
            raise click.BadParameter(f"{key.strip()} is given twice; give it once", param_hint="--param")
        bound[key.strip()] = value
    text = _read_query_file(file) if file else sparql
    result = api.query(store, text, name=name, params=bound) if name is None else \
        api.query(store, name=name, params=bound)
    _print_result(result, fmt)


def _read_query_file(path: Path) -> str:
    """The text of a .rq file; a file that is not UTF-8 is a one-line error saying how to fix it."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise click.ClickException(f"the query file {str(path)!r} is not UTF-8 (undecodable byte at offset "
                                   f"{e.start}); save it as UTF-8, e.g. iconv -f LATIN1 -t UTF-8") from None


def _print_result(result: Any, fmt: str) -> None:
    """SPARQL results in the W3C csv/tsv/json formats or as a plain table (see graph/query.py)."""
    from supplykg.graph.query import format_result

    click.echo(format_result(result, fmt), nl=False)


@cli.command()
def queries() -> None:
    """List the stored queries, their parameters and what they answer.

    \b
    Example:
        supplykg queries
    """
    from supplykg import api

    for q in api.named_queries():
        click.echo(f"{q.name}: {q.description}")
        for param, meaning in q.params:
            click.echo(f"    --param {param}=…   {meaning}")


@cli.command()
@store_option
@click.option("-o", "--output", default="graph.html", show_default=True, metavar="FILE", help="The HTML file to write.")
@click.option("--open", "open_it", is_flag=True, help="Open it in the default browser.")
def view(store: str | None, output: str, open_it: bool) -> None:
    """Write the graph as one self-contained, interactive HTML page (works offline).

    \b
    Example:
        supplykg view -o graph.html --open
    """
    from supplykg import api

    if Path(output).suffix.casefold() not in (".html", ".htm"):
        raise click.ClickException(f"{output} should end in .html so a browser opens it")
    _check_writable(output, "-o")
    path = api.view(store, output)
    click.echo(f"wrote {path}")
    if open_it:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


@cli.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(store: str | None, as_json: bool) -> None:
    """Count articles, triples, entities per type and facts per relation and status.

    \b
    Example:
        supplykg stats --json
    """
    from supplykg import api

    counts = api.stats(store)
    if as_json:
        click.echo(json_text(counts, indent=2))
        return
    click.echo(f"articles  {counts['articles']}")
    click.echo(f"triples   {counts['triples']}")
    for section in ("entities", "facts", "statuses"):
        items = counts.get(section) or {}
        click.echo(f"{section:<9} " + printable(", ".join(f"{k} {v}" for k, v in items.items()) or "none",
                                                one_line=True))


@cli.command()
@store_option
def validate(store: str | None) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl); exit 1 if it does not conform.

    \b
    Example:
        supplykg validate
    """
    from supplykg import api

    conforms, report = api.validate(store)
    if conforms:
        click.echo("conforms: the graph satisfies every shape")
        return
    click.echo(printable(report), err=True)
    sys.exit(1)


@cli.command()
@click.argument("article")
@store_option
@click.option("--all", "every", is_flag=True, help="Remove every article ARTICLE names (it names several when "
                                                     "two folders hold files of the same name).")
def remove(article: str, store: str | None, every: bool) -> None:
    """Remove one article and every fact taken from it.

    ARTICLE is the article's path (as given to build), file name (or JSON Lines id or url),
    content key or IRI. A name that fits several articles removes nothing and lists them.

    \b
    Example:
        supplykg remove 000_547f356ac4fc7056.txt
    """
    from supplykg import api

    for iri in api.remove(store, article, every=every):
        click.echo(f"removed {printable(iri, one_line=True)}")


@cli.command()
@store_option
def corroborate(store: str | None) -> None:
    """Recompute the corroboration of every fact from its claims.

    Building and removing keep it up to date on their own; run this after an
    interrupted build (`supplykg validate` says when) or on a store built by an
    older version.

    \b
    Example:
        supplykg corroborate
    """
    from supplykg import api

    done = api.corroborate(store)
    click.echo(f"corroboration: {done['written']} fact(s) written, {done['unchanged']} unchanged, "
               f"{done['removed']} removed")


# ---------------------------------------------------------------- graph analytics

#: The questions that follow supply links over several tiers, and so take --tiers.
TIERED = ("suppliers", "customers", "paths")


def _graph_command(name: str, doc: str, *params: Callable[..., Any]) -> None:
    """One ``supplykg graph NAME`` command: the same options, output and error handling for all."""

    def command(store: str | None, evidence: bool, denied: bool, fmt: str, tiers: int | None = None,
                **kwargs: Any) -> None:
        from supplykg import api

        rows = api.analyse(store, name, tiers=tiers, evidence=evidence, include_denied=denied, **kwargs)
        _print_rows(rows, fmt)

    command.__doc__ = doc
    command.__name__ = name
    tiers = (click.option("--tiers", type=click.IntRange(1, 10), default=None,
                          help="The most links in a path (default 4)." if name == "paths" else
                          "Supply tiers to follow (suppliers of suppliers…; default 1)."),) if name in TIERED else ()
    shared = (
        store_option,
        *tiers,
        click.option("--evidence", is_flag=True, help="Show the facts (sentence, article) behind each answer."),
        click.option("--denied", is_flag=True, help="Count denied facts too (left out by default)."),
        click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True),
    )
    for deco in reversed((*params, *shared)):
        command = deco(command)
    graph.command(name)(command)


@cli.group()
def graph() -> None:
    """Supply-chain questions answered on the graph (networkx), with their evidence.

    \b
    Example:
        supplykg graph suppliers ByteDance --tiers 2 --evidence
    """


_graph_command("suppliers", """Who supplies COMPANY, directly or up to --tiers levels up.

    \b
    Example:
        supplykg graph suppliers ByteDance --evidence
    """, click.argument("company"))
_graph_command("customers", """Who COMPANY supplies, directly or up to --tiers levels down.

    \b
    Example:
        supplykg graph customers Nvidia --tiers 2
    """, click.argument("company"))
_graph_command("paths", """Every supply path from SUPPLIER to CUSTOMER.

    \b
    Example:
        supplykg graph paths TSMC ByteDance --evidence
    """, click.argument("supplier"), click.argument("customer"))
_graph_command("dependencies", """Single-source dependencies: buyers whose product has one known supplier.

    \b
    Example:
        supplykg graph dependencies --format json
    """)
_graph_command("concentration", """Supplier concentration per buyer (how few suppliers carry each buyer).

    \b
    Example:
        supplykg graph concentration
    """)
_graph_command("central", """The most central companies (degree and betweenness), with the facts behind them.

    \b
    Example:
        supplykg graph central --top 5 --by betweenness
    """, click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many companies."),
    click.option("--by", type=click.Choice(["degree", "betweenness"]), default="degree", show_default=True))
_graph_command("changes", """What changed between two dates (YYYY, YYYY-MM or YYYY-MM-DD).

    \b
    Example:
        supplykg graph changes --since 2024-01 --until 2024-12
    """, click.option("--since", metavar="DATE", help="Start date (inclusive)."),
    click.option("--until", metavar="DATE", help="End date (inclusive)."))


@graph.command("corroboration")
@click.argument("company", required=False)
@store_option
@click.option("--evidence", is_flag=True, help="List the claims behind each fact (sentence, article, date).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def corroboration_command(company: str | None, store: str | None, evidence: bool, fmt: str) -> None:
    """How far to believe each fact: articles, independent sources, statuses, first and last seen, conflict.

    One row per fact (subject, relation, object and product), most corroborated first;
    with COMPANY, only the facts it is the subject or object of. A wire story and its
    republications count as one source.

    \b
    Example:
        supplykg graph corroboration Nvidia --evidence
    """
    from supplykg import api

    rows = api.corroboration(store, company, evidence=evidence)
    if _json_or_nothing(rows, fmt, "no fact in the graph"):
        return
    columns = ["fact", "articles", "sources", "statuses", "first_seen", "last_seen", "conflict"]
    table = _table(*columns, *(["evidence"] if evidence else []))
    for r in rows:
        cells = [_fact_name(r), str(r["articles"]), str(r["sources"]), ", ".join(r["statuses"]),
                 r["first_seen"] or "", r["last_seen"] or "", ", ".join(r["conflicts"]) or "no"]
        if evidence:
            cells.append("\n".join(_claim_line(c) for c in r["evidence"]))
        table.add_row(*map(_text, cells))
    _report_console().print(table)


@graph.command("conflicts")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def conflicts_command(store: str | None, fmt: str) -> None:
    """Facts whose claims disagree, with the claims on each side and their evidence.

    A fact conflicts when an article denies what another affirms, when the quantities
    or dates of one order or delivery disagree beyond their hedges ("more than",
    "about"), or when a planned fact is past its date in the newest article stored
    and no article reports it done.

    \b
    Example:
        supplykg graph conflicts --format json
    """
    from supplykg import api

    rows = api.conflicts(store)
    if _json_or_nothing(rows, fmt, "no conflict in the graph"):
        return
    out = _report_console()
    for r in rows:
        click.echo(printable(f"{_fact_name(r)}: {r['conflict']}, {r['note']}", one_line=True))
        table = _table("side", "status", "figures", "published", "article", "source", "evidence")
        for side in r["sides"]:
            for c in side["claims"]:
                figures = ", ".join(x for x in (c["quantity"], c["date"]) if x)
                table.add_row(*map(_text, (side["side"], c["status"], figures, c["published"] or "", c["article"],
                                           c["source"] or "", f"“{c['evidence']}”")))
        out.print(table)


def _json_or_nothing(rows: list[dict[str, Any]], fmt: str, nothing: str) -> bool:
    """Print ``rows`` as JSON, or ``nothing`` when a table would be empty; True when that was all to print."""
    if fmt == "json":
        click.echo(json_text(rows, indent=2))
        return True
    if not rows:
        click.echo(nothing)
        return True
    return False


def _fact_name(r: dict[str, Any]) -> str:
    product = f" ({r['product']})" if r.get("product") else ""
    return f"{r['subject']} {r['relation']} {r['object']}{product}"


def _table(*columns: str) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(*columns, box=box.SIMPLE_HEAD)
    for column in table.columns:
        column.overflow = "fold"  # a long name wraps whole; the default ellipsis cut it short
    return table


#: Width of report tables written to a file or a pipe (a terminal gives its own width).
REPORT_WIDTH = 140


def _report_console() -> Console:
    """A console for wide report tables: the terminal's width, or :data:`REPORT_WIDTH` when piped."""
    from rich.console import Console

    probe = Console()
    return Console(highlight=False, soft_wrap=False, width=None if probe.is_terminal else REPORT_WIDTH)


def _claim_line(c: dict[str, Any]) -> str:
    """One claim behind a fact: status, date, quantity, published, article: “sentence”."""
    quals = ", ".join(str(x) for x in (c["status"], c["date"], c["quantity"]) if x)
    where = ", ".join(str(x) for x in (c["published"], c["article"], c["source"]) if x)
    return f"[{quals}] “{c['evidence']}” ({where})"


def _evidence_line(e: dict[str, Any]) -> str:
    """One fact behind an answer: who-relation-whom [status, date, quantity] “sentence” (article)."""
    quals = ", ".join(str(x) for x in (e.get("status"), e.get("date"), e.get("product")) if x)
    if e.get("quantity") is not None:
        quals += f", {e.get('quantity_qualifier') or ''} {e['quantity']}".replace("  ", " ")
    return f"{e['subject']} {e['relation']} {e['object']} [{quals}] “{e.get('evidence') or ''}” ({e.get('article') or ''})"


def _print_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    """Analytics answers as JSON or as a table whose columns are the rows' keys."""
    if fmt == "json":
        click.echo(json_text(rows, indent=2, default=str))
        return

    if not rows:
        click.echo("no answer in the graph")
        return
    columns = list(rows[0])
    table = _table(*columns)
    for row in rows:
        table.add_row(*(_text(", ".join(row[c]) if c == "products" and row.get(c) else _cell(row.get(c)))
                        for c in columns))  # several products are a list, not a chain
    _console().print(table)


def _text(value: str) -> Any:
    """A table cell shown verbatim: never read as Rich markup, control characters made visible."""
    from rich.text import Text

    return Text(printable(value))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and value and isinstance(value[0], dict) and "evidence" in value[0]:
        return "\n".join(_evidence_line(e) for e in value)
    if isinstance(value, (list, tuple)):
        return " → ".join(_cell(v) for v in value) if all(isinstance(v, str) for v in value) else \
            "\n".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={_cell(v)}" for k, v in value.items() if v not in (None, ""))
    return str(value)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point (also ``python -m supplykg``).

    A closed pipe ends the command as it ends Unix tools: silently, killed by SIGPIPE
    (status 141 in a shell), after the store was closed on the way out.
    """
    try:
        cli.main(args=argv, prog_name="supplykg")
    except _PipeClosed:
        _die_of_sigpipe()


def _die_of_sigpipe() -> None:
    import signal

    try:  # nothing more may reach the closed pipe, not even the interpreter's last flush
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGPIPE)
    sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
