"""Headless Chromium driven over the DevTools protocol: open a page, run script in it, watch its errors.

Used by the browser tests, the page benchmark and the screenshot script. Chromium is
driven through ``--remote-debugging-pipe`` (file descriptors 3 and 4, NUL-separated
JSON), so no port, no websocket library and no new dependency. POSIX only.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


def find_chromium(preferred: str | None = None) -> str | None:
    """The Chromium to run: ``preferred``, ``$SUPPLYKG_CHROMIUM``, ``/usr/bin/chromium`` or the first on PATH."""
    for candidate in (preferred, os.environ.get("SUPPLYKG_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return next((b for b in map(shutil.which, CHROMIUM_NAMES) if b), None)


class Chromium:
    """Just enough of the DevTools protocol: send a command, wait for its answer, keep the events."""

    def __init__(self, binary: str | None = None, width: int = 1280, height: int = 800) -> None:
        found = find_chromium(binary)
        if found is None:
            raise RuntimeError("no Chromium found: apt-get install chromium, or set SUPPLYKG_CHROMIUM")
        self.profile = tempfile.TemporaryDirectory()
        to_child_r, self._w = os.pipe()
        self._r, from_child_w = os.pipe()

        def wire() -> None:  # in the child: our pipes become fds 3 (commands) and 4 (answers)
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [found, *FLAGS, f"--window-size={width},{height}", f"--user-data-dir={self.profile.name}",
             "--remote-debugging-pipe", "about:blank"],
            preexec_fn=wire, close_fds=False, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 15) -> dict[str, Any]:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._next(deadline)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method} failed: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def _next(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            if select.select([self._r], [], [], left)[0]:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe (did it start?)")
                self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except Exception:  # noqa: BLE001 - closing anyway
            pass
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._w)
        os.close(self._r)
        self.profile.cleanup()


class Page:
    """One tab with a file loaded; ``errors`` and ``requests`` come from its own events."""

    def __init__(self, browser: Chromium, path: Path, timeout: float = 20) -> None:
        self.b = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.target = target
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            browser.send(f"{domain}.enable", session=self.session)
        browser.send("Page.navigate", {"url": path.resolve().as_uri()}, session=self.session)
        self.wait_for("document.body && document.body.getAttribute('data-ready') === '1'", timeout)

    def eval(self, expression: str) -> Any:
        r = self.b.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                        session=self.session)
        if "exceptionDetails" in r:
            raise AssertionError(f"page script failed: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while not self.eval(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(f"page never satisfied {expression!r}; errors: {self.errors}")
            time.sleep(0.05)

    def _mine(self) -> list[dict[str, Any]]:
        return [e for e in self.b.events if e.get("sessionId") == self.session]

    @property
    def errors(self) -> list[str]:
        out = []
        for e in self._mine():
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append(json.dumps(p["exceptionDetails"])[:500])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description"))) for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                out.append(p["entry"].get("text", ""))
        return out

    @property
    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self._mine() if e.get("method") == "Network.requestWillBeSent"]

    def mouse(self, x: float, y: float) -> None:
        self.b.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y}, session=self.session)

    def click(self, x: float, y: float) -> None:
        """A real left click at page coordinates (x, y)."""
        self.mouse(x, y)
        for kind in ("mousePressed", "mouseReleased"):
            self.b.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
                        session=self.session)

    def screenshot(self, path: str | Path) -> Path:
        """The viewport as a PNG file."""
        shot = self.b.send("Page.captureScreenshot", {"format": "png"}, session=self.session, timeout=60)
        path = Path(path)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def close(self) -> None:
        """Close the tab."""
        self.b.send("Target.closeTarget", {"targetId": self.target})
