"""What the fork server loads once, so that the extraction workers forked from it start warm.

Under the ``forkserver`` start method (see :mod:`supplykg.extract.parallel`) every worker is
forked from one server process, which ``multiprocessing`` lets import modules, by name, before
it forks anything (``set_forkserver_preload``). This is that module. What to load comes through
the environment: the build sets :data:`ENV` just before it starts the server (and restores it
just after), to JSON ``{"parent": pid, "languages": [...], "modules": [...]}``: the build's
process id, the languages of the articles it has read before starting the pool, and the module
of the extraction function it hands the workers. The server (a child of the build: the pid is
checked, so the variable does nothing in any other process) reads it once, here, at import,
removes it from its environment (the workers' children do not see it), and for each language loads spaCy's
language module and model (:func:`~supplykg.extract.pipeline.load_pipeline`) and builds the
default extractor (its lexicon and grammar), all of which the workers inherit copy-on-write.
Then ``gc.freeze()``: the objects loaded stay out of the workers' garbage collections, which
would otherwise walk (and so copy) every one of them.

Nothing here may raise: an exception other than ``ImportError`` in a preloaded module kills
the fork server, and every worker start with it. A failure is logged (on stderr: the server
has no other logging set up), and a worker loads lazily whatever was not loaded here, as a
spawned worker does. Imported anywhere else, with :data:`ENV` unset, this module does nothing.
"""
from __future__ import annotations

import gc
import json
import logging
import os
import time

log = logging.getLogger(__name__)

#: The environment variable that tells the fork server what to load.
ENV = "SUPPLYKG_WARM"

#: Languages whose pipeline and default extractor were loaded here, in this process.
WARMED: list[str] = []
#: Modules imported here.
IMPORTED: list[str] = []
#: What failed, and why (``language or module -> reason``).
FAILED: dict[str, str] = {}
#: The process that loaded them (the fork server; a worker forked from it has another pid), or None.
LOADED_BY: int | None = None
#: CPU seconds the loading took.
CPU_SECONDS = 0.0


def request(languages: list[str] | tuple[str, ...], modules: list[str] | tuple[str, ...] = ()) -> str:
    """The value of :data:`ENV` with which this process asks a child it starts (the fork server) to load
    ``languages`` and import ``modules``."""
    return json.dumps({"parent": os.getpid(), "languages": list(languages), "modules": list(modules)})


def _warm(spec: str) -> None:
    global LOADED_BY, CPU_SECONDS
    started = time.process_time()
    try:
        asked = json.loads(spec)
        if asked.get("parent") != os.getppid():  # not the server the build started
            return
        languages, modules = list(asked.get("languages", [])), list(asked.get("modules", []))
    except Exception as e:  # noqa: BLE001  a bad request warms nothing
        FAILED[ENV] = f"{type(e).__name__}: {e}"
        log.warning("supplykg: the worker server could not read %s=%r (%s); workers load their models "
                    "themselves", ENV, spec, e)
        return
    for code in languages:
        try:
            from supplykg.extract import DEFAULT_EXTRACTOR, get_extractor
            from supplykg.extract.pipeline import load_pipeline

            get_extractor(DEFAULT_EXTRACTOR, code)  # lexicon and grammar, cached for the workers
            load_pipeline(code)  # spaCy's language module and the model
            WARMED.append(code)
        except BaseException as e:  # noqa: BLE001  the server must live whatever happens here
            FAILED[code] = f"{type(e).__name__}: {e}"
            log.warning("supplykg: the worker server could not load %r (%s: %s); each worker loads it itself",
                        code, type(e).__name__, e)
    for name in modules:
        try:
            __import__(name)
            IMPORTED.append(name)
        except BaseException as e:  # noqa: BLE001
            FAILED[name] = f"{type(e).__name__}: {e}"
            log.warning("supplykg: the worker server could not import %s (%s: %s)", name, type(e).__name__, e)
    LOADED_BY = os.getpid()
    gc.collect()
    gc.freeze()
    CPU_SECONDS = time.process_time() - started


if os.environ.get(ENV):
    try:
        _warm(os.environ.pop(ENV))
    except BaseException as e:  # noqa: BLE001  (a bug above) must not kill the server either
        FAILED["warm"] = f"{type(e).__name__}: {e}"
        log.warning("supplykg: the worker server could not warm up (%s: %s)", type(e).__name__, e)
