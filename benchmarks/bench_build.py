"""Build speed and memory against bare spaCy, measured in the same run.

    python benchmarks/bench_build.py [--sizes 200 1000] [--workers N]
    python benchmarks/bench_build.py --synthetic 1000 10000 [--facts 10]

Real-length articles (about 240 words) are made from the seed article and from passages
written for this benchmark (below; invented companies), each with its own source line so
every one is a new article. For each size it prints:

* the baseline: bare spaCy, ``nlp.pipe(texts, n_process=N)`` over the same texts (models
  loaded before timing, as spaCy's workers receive them);
* ``supplykg build DIR --workers N`` as a user runs it (a new process: reading, language
  detection, extraction in N workers, writing the store, corroboration), wall time, words
  per second, the ratio to the baseline, peak memory of the whole process tree (summed resident
  sets, and summed proportional sets: memory the processes share counted once), store size;
* the CPU time (user and system) of each, its processes and their workers together (the build's
  fork server and its workers too: this process adopts them when the build exits first), and its
  ratio: on a machine that other work shares, wall time follows the others' load, CPU time much less.

``--synthetic`` skips extraction (a stand-in extractor returns ``--facts`` made-up facts an
article) to measure the writer, the bulk path and memory at sizes extraction would take too
long for. Not a test: run it by hand, on an otherwise idle machine.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PASSAGES_EN = [
    "Orvane Semiconductor said on Monday it had shipped 12,000 of its Tessel X4 accelerators to the cloud "
    "operator Marlow Data, the first delivery under a contract signed last spring.",
    "Marlow Data, which runs six data centres in northern Europe, plans to order another 20,000 chips from "
    "Orvane in 2026, according to two people familiar with the matter.",
    "The Tessel X4 is manufactured by Kestrel Foundry in its plant near Dresden, Orvane's chief executive told "
    "analysts during a call.",
    "Analysts at a Frankfurt bank said supply of high-bandwidth memory remained tight, with Brio Memory "
    "supplying most of the stacks used in the accelerators.",
    "Separately, the government of Valdoria restricted exports of the Tessel X4 to three countries, citing "
    "security concerns, a move Orvane said would not affect its order book.",
    "Kestrel Foundry also makes the Pivot 7 network processor for Halden Systems, which uses it in its "
    "switches for telecom operators.",
]
PASSAGES_FR = [
    "Le fabricant de puces Orvane a livré 8 000 accélérateurs Tessel X4 à l'opérateur Marlow Data au mois "
    "de mars, selon un communiqué publié lundi.",
    "Marlow Data prévoit de commander 15 000 puces supplémentaires à Orvane l'an prochain, a indiqué une "
    "source proche du dossier.",
    "Les puces Tessel X4 sont fabriquées par Kestrel Foundry dans son usine de Dresde, a précisé le directeur "
    "général d'Orvane lors d'une conférence.",
    "Brio Memory fournit l'essentiel de la mémoire à large bande utilisée dans ces accélérateurs, selon des "
    "analystes.",
    "Le gouvernement de Valdoria a restreint les exportations du Tessel X4 vers trois pays, invoquant des "
    "raisons de sécurité.",
]


def make_articles(folder: Path, n: int, words: int = 240, seed: int = 7) -> int:
    """``n`` articles of about ``words`` words into ``folder``; returns the number of words."""
    rng = random.Random(seed)
    seed_text = (ROOT / "seeds" / "000_547f356ac4fc7056.txt").read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        if i % 10 == 0:  # one in ten: the seed, under another source
            body = seed_text.split("\n", 1)[1].strip()
            header = f"date: 2024-09\nsource: bench wire {i}\n\n"
        else:
            english = i % 3 != 0
            passages = PASSAGES_EN if english else PASSAGES_FR
            parts: list[str] = []
            while sum(len(p.split()) for p in parts) < words:
                parts.append(rng.choice(passages))
            body = " ".join(parts)
            header = f"date: 2025-0{1 + i % 9}\nsource: bench outlet {i}\n\n"
        total += len(body.split())
        (folder / f"{i:06d}.txt").write_text(header + body + "\n", encoding="utf-8")
    return total


class PeakMemory:
    """Samples the resident memory of a process and its descendants (Linux /proc) until stopped.

    ``peak`` sums their resident sets (RSS), so pages that processes share (a fork server's models, which
    the workers forked from it read copy-on-write) count once per process; ``peak_pss`` sums their
    proportional sets (PSS: a shared page counts its share in each), the memory the tree takes."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.peak_pss, self._stop = pid, 0, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                children.setdefault(ppid, []).append(int(entry))
        out, todo = [], [self.pid]
        while todo:
            p = todo.pop()
            out.append(p)
            todo += children.get(p, [])
        return out

    def _run(self) -> None:
        while not self._stop.is_set():
            rss = pss = 0
            for p in self._tree():
                try:
                    for line in Path(f"/proc/{p}/status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            rss += int(line.split()[1]) * 1024
                    for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                        if line.startswith("Pss:"):
                            pss += int(line.split()[1]) * 1024
                except OSError:
                    pass
            self.peak, self.peak_pss = max(self.peak, rss), max(self.peak_pss, pss)
            self._stop.wait(0.2)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def cpu_seconds() -> float:
    """User and system CPU time of this process and of every process it (or they) waited for."""
    own, waited = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime


def adopt_orphans() -> bool:
    """Make this process the reaper of its descendants whose parent exits first (Linux), so their CPU time
    is counted: the build's fork server outlives the build by a moment (it exits once the build's pipe
    closes), and its workers are its children, not the build's. Without this they would be re-parented to
    init and their CPU time lost to :func:`cpu_seconds`. True when it worked."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def reap_orphans(timeout: float = 30.0) -> int:
    """Wait for the descendants this process adopted (see :func:`adopt_orphans`); how many there were."""
    reaped, deadline = 0, time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return reaped
        if pid:
            reaped += 1
        else:
            time.sleep(0.05)
    raise SystemExit("a process the build started outlived it by more than 30 s")


def tree_cpu_seconds() -> float:
    """User and system CPU time of the processes this one waited for (not its own: this process only
    samples memory while a build runs)."""
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return waited.ru_utime + waited.ru_stime


def run_build(args: list[str], cwd: Path) -> tuple[float, float, PeakMemory, str]:
    """Wall time, CPU time and peak memory of the process tree, and output of ``supplykg ARGS``.

    The CPU time counts the whole tree: the build, its fork server and the workers forked from it (they
    are the server's children, and the server outlives the build by a moment: see :func:`adopt_orphans`)."""
    t0, cpu0 = time.perf_counter(), tree_cpu_seconds()
    proc = subprocess.Popen([sys.executable, "-m", "supplykg", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    mem = PeakMemory(proc.pid)
    out, _ = proc.communicate()
    seconds = time.perf_counter() - t0
    reap_orphans()
    cpu = tree_cpu_seconds() - cpu0
    mem.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"build failed ({proc.returncode}):\n{out}")
    return seconds, cpu, mem, out


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def baseline(folder: Path, workers: int) -> tuple[float, float]:
    """Wall and CPU time of bare spaCy over the same texts, ``n_process=workers``, per language; models
    loaded before timing."""
    from supplykg.extract.model import Skip
    from supplykg.extract.pipeline import load_pipeline
    from supplykg.extract.reader import read_paths

    articles = [a for a in read_paths([str(folder)]) if not isinstance(a, Skip)]
    langs = sorted({a.lang for a in articles})
    pipelines = {lang: load_pipeline(lang) for lang in langs}
    t0, cpu0 = time.perf_counter(), cpu_seconds()
    for lang in langs:
        texts = [a.text for a in articles if a.lang == lang]
        for _ in pipelines[lang].pipe(texts, batch_size=16, n_process=workers):
            pass
    return time.perf_counter() - t0, cpu_seconds() - cpu0


SYNTHETIC = r"""
import sys
from supplykg import api
from supplykg.extract.model import Fact

def extract(articles, n={facts}):
    for a in articles:
        i = int(a.id.split(".")[0])
        yield a, [Fact(article=a.id, subject=f"Company {{(i * 7 + k) % 5000}}", subject_type="Company",
                       relation="supplies", object=f"Company {{(i * 13 + 3 * k + 1) % 5000}}",
                       object_type="Company", evidence=a.text[:60], start=0, end=60, confidence=0.7)
                  for k in range(n)]

report = api.build(["news"], "store", extractor=extract, workers=1)
print(len(report.added), report.triples_after)
"""


def synthetic(sizes: list[int], facts: int) -> None:
    print(f"synthetic facts ({facts} an article, no extraction): the writer, bulk path and memory")
    print(f"{'articles':>9} {'wall s':>8} {'articles/s':>11} {'peak MB':>8} {'triples':>10} {'store MB':>9}")
    peaks = {}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            news = folder / "news"
            news.mkdir()
            for i in range(n):
                (news / f"{i:07d}.txt").write_text(f"source: synthetic {i}\n\nArticle {i} about chips and "
                                                   "their makers, written for the benchmark.\n", encoding="utf-8")
            script = folder / "synthetic_build.py"
            script.write_text(SYNTHETIC.format(facts=facts), encoding="utf-8")
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, str(script)], cwd=folder, stdout=subprocess.PIPE, text=True)
            mem = PeakMemory(proc.pid)
            out, _ = proc.communicate()
            seconds, peak = time.perf_counter() - t0, mem.stop()
            added, triples = out.split()
            peaks[n] = peak
            print(f"{n:>9} {seconds:>8.1f} {n / seconds:>11.0f} {peak / 1e6:>8.0f} {int(triples):>10,} "
                  f"{folder_size(folder / 'store') / 1e6:>9.0f}")
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(f"peak memory at {large} articles / at {small}: {peaks[large] / peaks[small]:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 1000])
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--synthetic", type=int, nargs="+", metavar="ARTICLES")
    ap.add_argument("--facts", type=int, default=10)
    args = ap.parse_args()
    if not adopt_orphans():
        print("warning: cannot adopt orphaned processes (not Linux?): the CPU time of a build's fork server "
              "and its workers may be missing")
    if args.synthetic:
        synthetic(args.synthetic, args.facts)
        return
    print(f"{args.workers} workers, {len(os.sched_getaffinity(0))} cores; baseline: bare spaCy nlp.pipe, "
          f"n_process={args.workers}, same texts, same run")
    print(f"{'articles':>9} {'words':>8} {'spaCy s':>8} {'build s':>8} {'ratio':>6} {'spaCy w/s':>10} "
          f"{'build w/s':>10} {'peak MB':>8} {'PSS MB':>7} {'store MB':>9} {'spaCy cpu':>10} {'build cpu':>10} "
          f"{'cpu ratio':>10}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            words = make_articles(folder / "news", n)
            base, base_cpu = baseline(folder / "news", args.workers)
            seconds, cpu, mem, out = run_build(["build", "news", "--store", "store", "--workers",
                                                str(args.workers)], folder)
            print(f"{n:>9} {words:>8} {base:>8.1f} {seconds:>8.1f} {seconds / base:>6.2f} {words / base:>10.0f} "
                  f"{words / seconds:>10.0f} {mem.peak / 1e6:>8.0f} {mem.peak_pss / 1e6:>7.0f} "
                  f"{folder_size(folder / 'store') / 1e6:>9.1f} "
                  f"{base_cpu:>10.1f} {cpu:>10.1f} {cpu / base_cpu:>10.2f}")
            print("   ", out.strip().splitlines()[-2])


if __name__ == "__main__":
    main()
