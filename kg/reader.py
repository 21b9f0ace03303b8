"""Read articles: files, folders and globs of ``.txt`` news articles.

An article file starts with a header `` date YYYY-MM-DD`` (leading space optional); the body
follows, on the same line and the next ones.

**Offsets.** Every character offset kg records (evidence begin/end) indexes
:attr:`Article.text`: the file decoded as UTF-8, a leading byte-order mark removed and line
endings normalised to ``\\n``. The header is part of that string, so ``text[begin:end]`` is
always the evidence sentence.

Boilerplate (``SEE ALSO: ...`` related-link lines) and the header are blanked out in
:attr:`Article.content`, a string of the same length as ``text`` in which those ranges are
replaced by spaces; extractors read ``content`` so offsets stay valid and nothing is found there.
"""
from __future__ import annotations

import datetime as dt
import glob
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, NoInputError

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*", re.IGNORECASE)
BOILERPLATE = re.compile(r"^[ \t]*(?:SEE ALSO|READ MORE|RELATED|ALSO READ)\s*:.*$", re.MULTILINE | re.IGNORECASE)
SUFFIXES = {".txt"}


@dataclass
class Article:
    """One source document."""

    path: Path
    text: str
    date: dt.date | None
    body_start: int
    content: str = ""
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def name(self) -> str:
        """The document's identity: its file's base name."""
        return self.path.name

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


def parse(text: str, path: Path | str = "<string>") -> Article:
    """Build an :class:`Article` from already-decoded text."""
    path = Path(path)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    date = None
    body_start = 0
    m = HEADER.match(text)
    if m:
        try:
            date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise InputError(path, f"impossible date in header: {m.group(0).strip()!r} ({exc})") from None
        body_start = m.end()
    content = list(text)
    content[:body_start] = " " * body_start
    for b in BOILERPLATE.finditer(text):
        content[b.start() : b.end()] = " " * (b.end() - b.start())
    return Article(path=path, text=text, date=date, body_start=body_start, content="".join(content))


def read_file(path: Path) -> Article:
    """Read one article file (UTF-8, with or without BOM, LF or CRLF)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in raw[:4096]:
        raise InputError(path, "looks binary (contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})") from None
    return parse(text, path)


def find(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders (recursively), files and glob patterns into a sorted list of ``.txt`` files."""
    found: set[Path] = set()
    for item in paths:
        p = Path(item)
        if p.is_dir():
            found.update(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file())
        elif p.is_file():
            found.add(p)
        elif glob.has_magic(str(item)):
            matches = [Path(m) for m in glob.glob(str(item), recursive=True)]
            found.update(m for m in matches if m.is_file() and m.suffix.lower() in SUFFIXES)
            if not matches:
                raise NoInputError(f"{item}: the pattern matches no file")
        else:
            raise InputError(p, "no such file or folder")
    if not found:
        raise NoInputError("no .txt article found in: " + ", ".join(map(str, paths)))
    return sorted(found, key=lambda f: (f.name, str(f)))


def read(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article]:
    """Read every article under ``paths`` in a stable order (by base name)."""
    for path in find(paths):
        yield read_file(path)
