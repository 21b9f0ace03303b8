"""Scratch space on disk: what the build keeps across documents goes here instead of memory, so
memory does not grow with the corpus. Scratch tables are SQLite databases, each in a temporary
folder, written without a journal (thrown away at the end, never read after a crash); spools are
temporary files. They go to the folder :func:`placed` names (``kg build`` names its output
folder: a large build's scratch is about the size of its output, and ``/tmp`` is often in
memory, a tmpfs), else to the system's temporary folder."""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import IO

PREFIX = ".kg-scratch-"  # every scratch folder and file is named PREFIX + what + random + ".tmp"
_PLACE: ContextVar[str | None] = ContextVar("kg_scratch_place", default=None)


@contextlib.contextmanager
def placed(directory: str | os.PathLike[str]) -> Iterator[None]:
    """Scratch made in this block goes to ``directory``."""
    token = _PLACE.set(os.fspath(directory))
    try:
        yield
    finally:
        _PLACE.reset(token)


def spool(what: str) -> IO[bytes]:
    """A temporary file, read and written (gone once closed, or when the process dies)."""
    return tempfile.TemporaryFile(prefix=f"{PREFIX}{what}-", suffix=".tmp", dir=_PLACE.get())


def sweep(directory: str | os.PathLike[str]) -> list[Path]:
    """Remove the scratch folders a killed build left in ``directory`` (one build per folder at
    a time); returns them."""
    stale = sorted(Path(directory).glob(f"{PREFIX}*.tmp"))
    for path in stale:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return stale


class ScratchDB:
    """An SQLite database in a temporary folder, removed by :meth:`close`."""

    def __init__(self, schema: str, *, prefix: str = "db") -> None:
        self._dir = tempfile.TemporaryDirectory(prefix=f"{PREFIX}{prefix}-", suffix=".tmp", dir=_PLACE.get())
        self.db = sqlite3.connect(f"{self._dir.name}/scratch.sqlite")
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("PRAGMA temp_store=FILE")
        self.db.executescript(schema)

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()


def blob(text: str) -> bytes:
    """Text as the scratch tables keep it: UTF-8, with the lone surrogates that stand for the
    bytes of a file name that is not UTF-8 (SQLite's text columns refuse them); sorted as the
    text sorts."""
    return text.encode("utf-8", "surrogatepass")


def text(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")
