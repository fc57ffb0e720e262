"""The README, run as a reader would: the session right after the quick start, and the Python snippet.

The session's commands run in a copy of ``seeds/`` and ``session/`` after the quick start's
build, and their output must be the README's, but for the timings ("in 5.0 s"). When a
change of the extractor changes what the session prints, rewrite the README's block with::

    SUPPLYKG_UPDATE_README=1 pytest tests/test_readme.py

and read the diff before committing it.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from supplykg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
QUICK_START = "supplykg build seeds/ --export graph.ttl --view graph.html"
TIMING = re.compile(r"\bin \d+\.\d s\.")


def block_after(heading: str, fence: str, text: str) -> tuple[int, int]:
    """Start and end offsets of the first ``fence`` code block after ``heading`` (its content only)."""
    at = text.index(heading)
    start = text.index(f"```{fence}\n", at) + len(fence) + 4
    return start, text.index("```", start)


def parse_session(block: str) -> list[tuple[str, list[str]]]:
    """``(command, expected output lines)`` for each ``$ `` line of the block."""
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    return [(cmd, tidy(lines)) for cmd, lines in steps]


def tidy(lines: list[str]) -> list[str]:
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def run_session(steps: list[tuple[str, list[str]]]) -> list[list[str]]:
    """What each command prints (stdout and stderr as a terminal shows them)."""
    outputs: list[list[str]] = []
    status = 0
    for cmd, _ in steps:
        if cmd == "echo $?":
            outputs.append([str(status)])
            continue
        args = shlex.split(cmd)
        assert args[0] == "supplykg", f"the session runs only supplykg commands: {cmd}"
        result = CliRunner().invoke(cli, args[1:])
        status = result.exit_code
        outputs.append(tidy(result.output.splitlines()))
    return outputs


def masked(lines: list[str]) -> list[str]:
    return [TIMING.sub("in … s.", line) for line in lines]


@pytest.mark.slow
def test_the_session_in_the_readme_is_what_a_user_gets_after_the_quick_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = block_after("## A session", "text", text)
    steps = parse_session(text[start:end])
    assert steps, "the README's session shows no command"
    for folder in ("seeds", "session"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SUPPLYKG_STORE", raising=False)
    monkeypatch.setenv("COLUMNS", "80")  # the width the README's tables were printed at
    quick = CliRunner().invoke(cli, shlex.split(QUICK_START)[1:])
    assert quick.exit_code == 0, quick.output
    outputs = run_session(steps)
    if os.environ.get("SUPPLYKG_UPDATE_README"):
        fresh = "\n\n".join("\n".join([f"$ {cmd}", *out]) for (cmd, _), out in zip(steps, outputs))
        README.write_text(text[:start] + fresh.replace("\n\n$ echo $?", "\n$ echo $?") + "\n" + text[end:],
                          encoding="utf-8")
        return
    for (cmd, expected), got in zip(steps, outputs):
        assert masked(got) == masked(expected), f"`{cmd}` prints otherwise than the README says"


@pytest.mark.slow
def test_the_python_snippet_in_the_readme_runs_from_the_repository_root(tmp_path: Path) -> None:
    """Run from a copy of the clone's root, as a non-editable install leaves it: supplykg/ is found first."""
    text = README.read_text(encoding="utf-8")
    start, end = block_after("## Python API", "python", text)
    for name in ("supplykg", "extract", "graph", "ontology", "seeds", "pyproject.toml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    quick = CliRunner().invoke(cli, ["build", "seeds/", "--store", str(tmp_path / ".supplykg" / "store")])
    assert quick.exit_code == 0, quick.output
    prelude = ("import sys\n"
               "sys.meta_path[:] = [f for f in sys.meta_path if '__editable__' not in type(f).__module__\n"
               "                    and '__editable__' not in getattr(f, '__module__', '')]\n"
               "sys.path_importer_cache.clear()\n")
    done = subprocess.run([sys.executable, "-c", prelude + text[start:end]], capture_output=True, text=True,
                          cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-800:]
    assert "supplies" in done.stdout and (tmp_path / "graph.ttl").is_file() and (tmp_path / "graph.html").is_file()
    import supplykg

    assert not Path(supplykg.__file__).is_relative_to(tmp_path)  # the test itself used the real package
