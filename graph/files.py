"""Writing an output file whole or not at all: the one writer every export and page goes through.

The content goes to a new file in the same folder, which is then renamed over the target
(``os.replace`` is atomic within one file system), so a full disk or an interrupted run
leaves any earlier file as it was and never half a file. The new file gets the mode a
plain ``open(path, "w")`` would give it: 0o666 less the umask, or the mode of the file
it replaces (``tempfile`` would make it 0o600). Errors name the user's path, never the
temporary file's. A missing folder is an error, not created: a typo in ``-o`` should not
leave new folders behind.
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], content: bytes | str | Callable[[Path], object]) -> Path:
    """Write ``content`` (bytes, text as UTF-8, or a function that writes to the path it is given) to ``path``."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(fd, "wb") as fh:
                if not callable(content):
                    fh.write(content.encode("utf-8") if isinstance(content, str) else content)
            if callable(content):
                content(tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            try:
                os.chmod(tmp, path.stat().st_mode & 0o7777)
            except FileNotFoundError:
                pass
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as e:
        if e.filename is None or str(e.filename) == str(tmp):
            raise type(e)(e.errno, e.strerror or str(e), str(path)) from e
        raise
    return path
