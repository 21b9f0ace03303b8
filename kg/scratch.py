"""Scratch tables on disk: what the build keeps across documents goes here instead of memory, so
memory does not grow with the corpus. Each is an SQLite database in a temporary folder, written
without a journal (it is thrown away at the end, never read after a crash)."""
from __future__ import annotations

import sqlite3
import tempfile


class ScratchDB:
    """An SQLite database in a temporary folder, removed by :meth:`close`."""

    def __init__(self, schema: str, *, prefix: str = "kg-scratch-", directory: str | None = None) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix=prefix, dir=directory)
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
