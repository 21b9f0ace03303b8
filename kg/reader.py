"""Read articles: files, folders and globs of ``.txt`` news articles.

An article file starts with a header `` date YYYY-MM-DD`` (leading space optional); the body
follows, on the same line and the next ones.

**Offsets.** Every character offset kg records (evidence begin/end) indexes
:attr:`Article.text`: the decoded file, a leading byte-order mark removed and line endings
normalised to ``\\n``. Decoded means UTF-8; bytes that are not valid UTF-8 are read as
Windows-1252 (cp1252), and the five bytes cp1252 leaves undefined as Latin-1, one invalid byte
sequence at a time (so a Latin-1/cp1252 file reads as cp1252 and a mostly-UTF-8 file keeps its
UTF-8); a file that starts with a UTF-16 or UTF-32 byte-order mark is decoded as such. Offsets
count Unicode code points. The header is part of that string, so ``text[begin:end]`` is always
the evidence sentence.

Boilerplate (``SEE ALSO: ...`` related-link lines) and the header are blanked out in
:attr:`Article.content`, a string of the same length as ``text`` in which those ranges are
replaced by spaces; extractors read ``content`` so offsets stay valid and nothing is found there.

**Bad input.** :func:`scan` expands the paths given into article files and lists what it leaves
out (:class:`Skipped`: missing paths, patterns matching nothing, symbolic link loops, broken
links, non-``.txt`` files met while walking a folder); hidden files and folders are ignored.
:func:`read_file` raises :class:`~kg.errors.InputError` for a file that is not an article (empty,
binary, HTML, too large, unreadable) and reads odd but usable files (cp1252, no or impossible
header date) with a note in :attr:`Article.notes`.
"""
from __future__ import annotations

import codecs
import datetime as dt
import errno
import fnmatch
import glob
import hashlib
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, NoInputError, UsageError, one_line

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*", re.IGNORECASE)
HEADER_LIKE = re.compile(r"\A[ \t]*date\b", re.IGNORECASE)  # a date header, but not YYYY-MM-DD
BOILERPLATE = re.compile(r"^[ \t]*(?:SEE ALSO|READ MORE|RELATED|ALSO READ)\s*:.*$", re.MULTILINE | re.IGNORECASE)
# The same lines, found faster (the search jumps from one line break to the next): group 1.
_BOILERPLATE_AFTER_LF = re.compile(r"\n([ \t]*(?:SEE ALSO|READ MORE|RELATED|ALSO READ)\s*:.*)", re.IGNORECASE)
SUFFIXES = {".txt"}
KG_OUTPUTS = {"graph.trig", "graph.html"}  # ignored in a folder that holds a .kg-cache/ (kg's output)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # larger files are skipped (``kg build --max-size``)
SNIFF = 8192  # bytes (and characters) looked at to tell text from binary

# ------------------------------------------------------------------ problems and notes

# Short reasons, for summaries ("3 files skipped: 2 not a .txt article, 1 empty file").
R_MISSING = "missing"
R_NO_MATCH = "pattern matching nothing"
R_LOOP = "symbolic link loop"
R_BROKEN = "broken symbolic link"
R_NOT_TXT = "not a .txt article"
R_NO_ARTICLE = "folder without articles"
R_SPECIAL = "not a regular file"
R_FOLDER = "folder"
R_UNREADABLE = "unreadable"
R_EMPTY = "empty file"
R_BINARY = "binary file"
R_ENCODING = "bad encoding"
R_TOO_LARGE = "too large"
R_HTML = "HTML page"
R_BAD_PATH = "invalid path"
R_OTHER = "other problem"

NO_SUCH = "no such file or folder"
NO_MATCH = "the pattern matches no file"
NO_FILE_MATCH = "the pattern matches folders only (name a folder itself to read the articles in it)"
LOOP = "symbolic link loop"
BROKEN = "broken symbolic link"
NOT_TXT = "not a .txt article"
NO_ARTICLE = "no .txt article in this folder"

NOTE_CP1252 = "not UTF-8: read as Windows-1252"
NOTE_MIXED = "not valid UTF-8 throughout: the bytes that are not were read as Windows-1252"
NOTE_NO_DATE = "no ` date YYYY-MM-DD` line: article date unknown"
NOTE_ODD_DATE = "the first line starts with `date` but not `date YYYY-MM-DD`: article date unknown"


@dataclass(frozen=True)
class Skipped:
    """A path left out, and why: ``str()`` is ``PATH: problem``, always one line."""

    path: str
    problem: str
    reason: str = ""  # short category for summaries; derived from ``problem`` when not given

    def __post_init__(self) -> None:
        if not self.reason:
            object.__setattr__(self, "reason", _reason_of(self.problem))

    def __str__(self) -> str:
        return f"{one_line(self.path)}: {one_line(self.problem)}"

    @classmethod
    def of(cls, exc: InputError) -> Skipped:
        return cls(exc.path, exc.problem, exc.reason)


_PREFIXES = [(NO_SUCH, R_MISSING), ("no such file", R_MISSING), ("the pattern matches", R_NO_MATCH), (LOOP, R_LOOP),
             (BROKEN, R_BROKEN), (NOT_TXT, R_NOT_TXT), (NO_ARTICLE, R_NO_ARTICLE),
             ("not a regular file", R_SPECIAL), ("is a folder", R_FOLDER), ("cannot read", R_UNREADABLE),
             ("empty", R_EMPTY), ("binary", R_BINARY), ("too large", R_TOO_LARGE), ("looks like HTML", R_HTML)]


def _reason_of(problem: str) -> str:
    for prefix, reason in _PREFIXES:
        if problem.startswith(prefix):
            return reason
    return R_OTHER


def summarise(skipped: Iterable[Skipped]) -> str:
    """One line: ``"3 files skipped: 2 not a .txt article, 1 empty file"`` ("" when none)."""
    counts = Counter(s.reason for s in skipped)
    n = sum(counts.values())
    if not n:
        return ""
    why = ", ".join(f"{k} {reason}" for reason, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{n} file{'s' if n != 1 else ''} skipped: {why}"


# ------------------------------------------------------------------ articles


@dataclass
class Article:
    """One source document."""

    path: Path
    text: str
    date: dt.date | None
    body_start: int
    content: str = ""
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: what was odd but handled when reading it ("not UTF-8: read as Windows-1252", ...)
    notes: list[str] = field(default_factory=list, compare=False)

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


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """A file read once and found to be an article, kept by path and content hash: its text is
    read again when it is extracted, so a build holds a few texts at a time, not all of them.
    A build holds one for every document: the path is kept as text (a ``Path`` and the
    instance's ``__dict__`` took about 190 bytes more a document)."""

    file: str
    sha256: str
    max_bytes: int | None = None

    @property
    def path(self) -> Path:
        return Path(self.file)

    @property
    def name(self) -> str:
        return os.path.basename(self.file)

    @classmethod
    def of(cls, article: Article, max_bytes: int | None = None) -> ArticleRef:
        return cls(str(article.path), article.sha256, max_bytes)

    def load(self) -> Article:
        """The article (raises :class:`~kg.errors.InputError` if the file went bad since)."""
        return read_file(self.path, max_bytes=self.max_bytes)


def parse(text: str, path: Path | str = "<string>") -> Article:
    """Build an :class:`Article` from already-decoded text. Never raises: a missing or impossible
    header date gives ``date=None`` and a note (an impossible date's header is still blanked)."""
    path = path if isinstance(path, Path) else Path(path)
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    date = None
    body_start = 0
    notes: list[str] = []
    m = HEADER.match(text)
    if m:
        try:
            date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            notes.append(f"impossible date {m.group(1)}-{m.group(2)}-{m.group(3)} in the header, ignored")
        body_start = m.end()
    elif HEADER_LIKE.match(text):
        notes.append(NOTE_ODD_DATE)
    else:
        notes.append(NOTE_NO_DATE)
    blanks = [(0, body_start)]
    first = BOILERPLATE.match(text)
    if first:
        blanks.append(first.span())
    blanks += [b.span(1) for b in _BOILERPLATE_AFTER_LF.finditer(text, first.end() if first else 0)]
    pieces: list[str] = []
    pos = 0
    for begin, end in blanks:
        begin = max(begin, pos)
        if end > begin:
            pieces += [text[pos:begin], " " * (end - begin)]
            pos = end
    pieces.append(text[pos:])
    return Article(path=path, text=text, date=date, body_start=body_start, content="".join(pieces), notes=notes)


# ------------------------------------------------------------------ decoding

_CP1252 = "".join(bytes([b]).decode("cp1252", "replace").replace("\ufffd", chr(b)) for b in range(256))


def _as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: the bytes that are not UTF-8, read as cp1252 (Latin-1 for the
    five bytes cp1252 leaves undefined)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(_CP1252[b] for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error("kg.cp1252", _as_cp1252)

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]

# Magic numbers of files people rename or save as .txt by mistake.
_MAGIC: list[tuple[re.Pattern[bytes], str]] = [(re.compile(p, re.DOTALL), what) for p, what in [
    (rb"\x89PNG\r\n\x1a\n", "a PNG image"),
    (rb"\xff\xd8\xff", "a JPEG image"),
    (rb"GIF8[79]a", "a GIF image"),
    (rb"RIFF....WEBP", "a WebP image"),
    (rb"II\*\x00|MM\x00\*", "a TIFF image"),
    (rb"BM....\x00\x00\x00\x00", "a BMP image"),
    (rb"%PDF-", "a PDF document"),
    (rb"PK(?:\x03\x04|\x05\x06|\x07\x08)", "a ZIP archive or an Office document"),
    (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (rb"\x1f\x8b", "a gzip archive"),
    (rb"BZh[1-9]1AY&SY", "a bzip2 archive"),
    (rb"\xfd7zXZ\x00", "an xz archive"),
    (rb"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (rb"\x28\xb5\x2f\xfd", "a zstd archive"),
    (rb"Rar!\x1a\x07", "a RAR archive"),
    (rb".{257}ustar", "a tar archive"),
    (rb"\x7fELF", "an executable"),
    (rb"SQLite format 3\x00", "an SQLite database"),
    (rb"ID3[\x02-\x04]\x00", "an MP3 file"),
    (rb"OggS\x00", "an Ogg audio file"),
    (rb"fLaC", "a FLAC audio file"),
    (rb"....ftyp", "an MP4/MOV video"),
    (rb"\x1aE\xdf\xa3", "a Matroska/WebM video"),
]]


def _binary_kind(raw: bytes) -> str | None:
    return next((what for pattern, what in _MAGIC if pattern.match(raw)), None)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # C0 controls but \t \n \v \f \r, and DEL


def _controls(text: str) -> int:
    """C0 control characters other than whitespace, and DEL (a regex: a loop over the characters
    in Python took most of the time of reading a file)."""
    return len(_CONTROL.findall(text))


_HTML_START = re.compile(r"(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<(?:html|body)\b", re.IGNORECASE)


def _html(text: str) -> str | None:
    """How ``text`` looks like a whole HTML document ("starts with <html>"), else None. An article
    that quotes markup (``<script>``, a tweet's ``<img src=x onerror=...>``) is not one."""
    m = HEADER.match(text)
    head = text[m.end() if m else 0 :][:65536]
    start = _HTML_START.match(head)
    if start:
        tag = start.group(1).lower()
        return "starts with " + ("<!doctype html>" if tag.startswith("!") else f"<{tag}>")
    if text[-4096:].rstrip()[-64:].lower().endswith("</html>") and _HTML_TAG.search(head):
        return "ends with </html>"
    return None


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``"50MB"``, ``"500k"``, ``"1.5G"``, ``"1048576"`` -> bytes (binary units: 1 MB = 2**20 bytes).
    Raises :class:`~kg.errors.UsageError` for anything else."""
    m = _SIZE.fullmatch(text)
    if not m:
        raise UsageError(f"not a size: {text!r} (examples: 50MB, 500KB, 1GB, 1048576)")
    return int(float(m.group(1)) * (1 << (10 * " KMGT".index(m.group(2).upper() or " "))))


_FILE_KINDS = [(stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
               (stat.S_ISBLK, "a device")]


def _special(mode: int) -> str:
    """'not a regular file (a named pipe)', for a mode that is neither a file nor a folder."""
    kind = next((what for test, what in _FILE_KINDS if test(mode)), "")
    return "not a regular file" + (f" ({kind})" if kind else "")


def _os_problem(exc: OSError, path: str) -> tuple[str, str]:
    """(problem, reason) for an OSError met opening or listing ``path``."""
    if exc.errno == errno.ELOOP:
        return LOOP, R_LOOP
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if os.path.islink(path):
            return BROKEN, R_BROKEN
        return NO_SUCH, R_MISSING
    return f"cannot read: {exc.strerror or exc}", R_UNREADABLE


def read_file(path: Path | str, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file.

    Raises :class:`~kg.errors.InputError` (with a one-line problem and a short ``reason``) for a
    file that is not an article: missing, a folder, not a regular file, unreadable, larger than
    ``max_bytes`` (checked before reading; ``None``: no limit), empty or only whitespace or only a
    date line, binary (a known file type, NUL bytes or control characters), a whole HTML
    document. Reads, with a note in :attr:`Article.notes`: text that is not UTF-8 (as cp1252),
    UTF-16/32 with a byte-order mark, a missing or impossible header date. UTF-8 with or without
    a byte-order mark, LF, CRLF or CR line endings and long lines are read as they are."""
    p = path if isinstance(path, Path) else Path(path)
    name = str(path)

    def fail(problem: str, reason: str) -> InputError:
        return InputError(p, problem, reason)

    try:
        st = os.stat(name)
    except ValueError:  # an embedded NUL character
        raise fail("not a valid path (contains a NUL character)", R_BAD_PATH) from None
    except OSError as exc:
        problem, reason = _os_problem(exc, name)
        raise fail("no such file" if problem == NO_SUCH else problem, reason) from None
    if stat.S_ISDIR(st.st_mode):
        raise fail("is a folder, not a file", R_FOLDER)
    if not stat.S_ISREG(st.st_mode):
        raise fail(_special(st.st_mode), R_SPECIAL)
    if max_bytes is not None and st.st_size > max_bytes:
        raise fail(_too_large(st.st_size, max_bytes), R_TOO_LARGE)
    try:
        with open(name, "rb") as fh:
            raw = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
            if max_bytes is not None and len(raw) > max_bytes:  # it grew after the stat
                raise fail(_too_large(max(len(raw), os.fstat(fh.fileno()).st_size), max_bytes), R_TOO_LARGE)
    except IsADirectoryError:
        raise fail("is a folder, not a file", R_FOLDER) from None
    except OSError as exc:
        raise fail(f"cannot read: {exc.strerror or exc}", R_UNREADABLE) from None
    if not raw:
        raise fail("empty file", R_EMPTY)
    text, notes = _decode(raw, fail)
    text = text.removeprefix("\ufeff")
    if not text or text.isspace():
        raise fail("empty file (only whitespace)", R_EMPTY)
    if _controls(text[:SNIFF]) * 20 > min(len(text), SNIFF):
        raise fail("binary file (control characters), not a text article", R_BINARY)
    html = _html(text)
    if html:
        raise fail(f"looks like HTML ({html}), not a plain-text article", R_HTML)
    article = parse(text, p)
    if article.body_start and (article.body_start == len(article.text) or article.body.isspace()):
        raise fail("empty article (nothing after the date line)", R_EMPTY)
    article.notes[:0] = notes
    return article


def _too_large(size: int, limit: int) -> str:
    return f"too large: {_size(size)} is over the {_size(limit)} limit (raise it with --max-size)"


def _decode(raw: bytes, fail: Callable[[str, str], InputError]) -> tuple[str, list[str]]:
    """(text, notes), or raise ``fail(problem, reason)`` for a binary file."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), [f"{codec.upper()} text (with a byte-order mark), not UTF-8: read as {codec.upper()}"]
            except UnicodeDecodeError:
                raise fail(f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()}",
                           R_ENCODING) from None
    kind = _binary_kind(raw)
    if kind:
        raise fail(f"binary file ({kind}), not a text article", R_BINARY)
    head = raw[:SNIFF]
    if b"\x00" in head:
        odd, even = head[1:200:2], head[0:200:2]
        if len(head) >= 4 and (not odd.strip(b"\x00") or not even.strip(b"\x00")):
            raise fail("binary file (NUL bytes: UTF-16 text without a byte-order mark? save it as UTF-8), "
                       "not a text article", R_BINARY)
        raise fail("binary file (contains NUL bytes), not a text article", R_BINARY)
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", "kg.cp1252")
    # The handler gives one character per byte, as ASCII does; a valid UTF-8 sequence gives fewer.
    return text, [NOTE_CP1252 if len(text) == len(raw) else NOTE_MIXED]


# ------------------------------------------------------------------ finding files


@dataclass
class Scan:
    """What :func:`scan` found: article files (sorted by base name, then path) and what it left out."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class _Scanner:
    def __init__(self) -> None:
        self.files: dict[tuple[int, int, str], Path] = {}
        self.skipped: dict[tuple[str, str], Skipped] = {}
        self.fatal: list[Skipped] = []  # problems with an argument itself (find raises on these)
        self.walked: set[tuple[int, int]] = set()  # folders walked, by (device, inode)
        self.met = 0  # files taken or skipped so far

    def skip(self, path: str, problem: str, reason: str, *, fatal: bool = False) -> None:
        s = Skipped(path, problem, reason)
        self.met += 1
        self.skipped.setdefault((path, problem), s)
        if fatal:
            self.fatal.append(s)

    def add(self, path: str, st: os.stat_result) -> None:
        p = Path(path)
        self.met += 1
        self.files.setdefault((st.st_dev, st.st_ino, p.name), p)  # the same file met twice: once

    def argument(self, item: str | os.PathLike[str]) -> None:
        raw = os.fspath(item)
        if not raw:
            self.skip(raw, "empty path (no file or folder named)", R_BAD_PATH, fatal=True)
            return
        name = str(Path(raw))
        try:
            st = os.stat(name)
        except ValueError:
            self.skip(name, "not a valid path (contains a NUL character)", R_BAD_PATH, fatal=True)
            return
        except OSError as exc:
            problem, reason = _os_problem(exc, name)
            if problem == NO_SUCH and glob.has_magic(raw):
                self.pattern(raw)
            else:
                self.skip(name, problem, reason, fatal=True)
            return
        if stat.S_ISDIR(st.st_mode):
            before = self.met
            if self.walk(name, st) and self.met == before:
                self.skip(name, NO_ARTICLE, R_NO_ARTICLE)
        elif stat.S_ISREG(st.st_mode):
            self.add(name, st)  # named explicitly: read whatever its suffix
        else:
            self.skip(name, _special(st.st_mode), R_SPECIAL)

    def entry(self, path: str) -> tuple[str, os.stat_result] | None:
        """Classify ``path`` met in a folder or matched by a pattern: ("dir"|"file"|"link-dir",
        stat), or None once skipped (a broken or looping link...)."""
        lst = self._stat(os.lstat, path)
        if lst is None:
            return None
        if not stat.S_ISLNK(lst.st_mode):
            return ("dir" if stat.S_ISDIR(lst.st_mode) else "file"), lst
        st = self._stat(os.stat, path)
        if st is None:
            return None
        return ("link-dir" if stat.S_ISDIR(st.st_mode) else "file"), st

    def _stat(self, how: Callable[[str], os.stat_result], path: str) -> os.stat_result | None:
        """``how(path)``, or None once ``path`` is skipped with the reason it failed."""
        try:
            return how(path)
        except OSError as exc:
            self.skip(path, *_os_problem(exc, path))
            return None

    def file(self, path: str, st: os.stat_result) -> None:
        """A file met while walking a folder or matched by a pattern."""
        if Path(path).suffix.lower() not in SUFFIXES:
            self.skip(path, NOT_TXT, R_NOT_TXT)
        elif not stat.S_ISREG(st.st_mode):
            self.skip(path, _special(st.st_mode), R_SPECIAL)
        else:
            self.add(path, st)

    def loops(self, link: str) -> bool:
        """Whether the folder link ``link`` leads back to a folder that holds it."""
        target = os.path.realpath(link)
        parent = os.path.realpath(os.path.dirname(link) or ".")
        try:
            return os.path.commonpath([target, parent]) == target
        except ValueError:
            return False

    def listdir(self, folder: str, hidden: bool = False) -> list[str] | None:
        try:
            with os.scandir(folder) as it:
                names = sorted(e.name for e in it)
        except OSError as exc:
            self.skip(folder, f"cannot read folder: {exc.strerror or exc}", R_UNREADABLE)
            return None
        return names if hidden else [n for n in names if not n.startswith(".")]

    def walk(self, root: str, st: os.stat_result) -> bool:
        """Walk a folder for ``.txt`` files, following folder links that do not loop back. False if
        it had been walked already."""
        if (st.st_dev, st.st_ino) in self.walked:
            return False
        self.walked.add((st.st_dev, st.st_ino))
        stack: list[str] = [root]
        links: list[tuple[str, os.stat_result]] = []
        while stack or links:
            if not stack:  # real folders first, then the linked ones (so real paths win)
                link, lst = links.pop(0)
                if self.loops(link):
                    self.skip(link, LOOP, R_LOOP)
                elif (lst.st_dev, lst.st_ino) not in self.walked:
                    self.walked.add((lst.st_dev, lst.st_ino))
                    stack.append(link)
                continue
            folder = stack.pop()
            names_all = self.listdir(folder, hidden=True)
            if names_all is None:
                continue
            names = [n for n in names_all if not n.startswith(".")]  # hidden: .git, .kg-cache...
            subfolders = []
            if ".kg-cache" in names_all:  # kg's output was written here: its files are not input
                names = [n for n in names if n not in KG_OUTPUTS]
            for n in names:
                path = os.path.join(folder, n)
                got = self.entry(path)
                if got is None:
                    continue
                kind, est = got
                if kind == "file":
                    self.file(path, est)
                elif kind == "dir":
                    if (est.st_dev, est.st_ino) not in self.walked:
                        self.walked.add((est.st_dev, est.st_ino))
                        subfolders.append(path)
                else:
                    links.append((path, est))
            stack.extend(reversed(subfolders))
        return True

    def pattern(self, pattern: str) -> None:
        """Expand a glob pattern (``*``, ``?``, ``[...]``, ``**`` for any folders) like
        :func:`glob.glob` with ``recursive=True``, but without following folder links that loop.
        Files matched are taken like files met in a folder; folders matched are ignored."""
        parts = [p for p in pattern.split(os.sep) if p not in ("", ".")]
        root = os.sep if pattern.startswith(os.sep) else ""
        i = next((k for k, part in enumerate(parts) if glob.has_magic(part)), len(parts))
        base = os.path.join(root, *parts[:i]) if (root or i) else ""
        matched = folders = 0
        for path in self._match(base, parts[i:]):
            matched += 1
            got = self.entry(path)
            if got is not None and got[0] == "file":
                self.file(path, got[1])
            elif got is not None:
                folders += 1
        if not matched:
            self.skip(pattern, NO_MATCH, R_NO_MATCH, fatal=True)
        elif matched == folders:
            self.skip(pattern, NO_FILE_MATCH, R_NO_MATCH)

    def _match(self, base: str, parts: list[str]) -> Iterator[str]:
        results: dict[str, None] = {}
        todo: list[tuple[str, int]] = [(base, 0)]
        done: set[tuple[str, int]] = set()
        while todo:
            folder, k = todo.pop()
            if (folder, k) in done:
                continue
            done.add((folder, k))
            if k == len(parts):
                if folder != base:
                    results[folder] = None
                continue
            part, last = parts[k], k == len(parts) - 1
            if part == "**":  # this folder and every folder under it
                for sub in [folder, *self._subfolders(folder)]:
                    todo.append((sub, k + 1))
                    if last:
                        results.update((os.path.join(sub, n), None) for n in _names(sub) if not n.startswith("."))
                continue
            if not glob.has_magic(part):
                path = os.path.join(folder, part)
                if os.path.lexists(path) and (last or os.path.isdir(path)):
                    todo.append((path, k + 1))
                continue
            for n in fnmatch.filter(_names(folder), part):
                if n.startswith(".") and not part.startswith("."):
                    continue
                path = os.path.join(folder, n)
                if last or os.path.isdir(path):
                    todo.append((path, k + 1))
        yield from sorted(results)

    def _subfolders(self, folder: str) -> list[str]:
        """Folders under ``folder`` at any depth (not hidden), each once, not through looping links."""
        seen: set[tuple[int, int]] = set()
        try:
            st = os.stat(folder or ".")
        except OSError:
            return []
        seen.add((st.st_dev, st.st_ino))
        out, stack = [], [folder]
        while stack:
            here = stack.pop()
            try:
                with os.scandir(here or ".") as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError:
                continue
            for e in entries:
                if e.name.startswith("."):
                    continue
                path = os.path.join(here, e.name)
                try:
                    if not e.is_dir():
                        continue
                    est = e.stat()
                except OSError:
                    continue
                if e.is_symlink() and self.loops(path):
                    self.skip(path, LOOP, R_LOOP)
                    continue
                if (est.st_dev, est.st_ino) in seen:
                    continue
                seen.add((est.st_dev, est.st_ino))
                out.append(path)
                stack.append(path)
        return out

    def result(self) -> Scan:
        files = sorted(self.files.values(), key=lambda f: (f.name, str(f)))
        return Scan(files=files, skipped=list(self.skipped.values()))


def _names(folder: str) -> list[str]:
    try:
        with os.scandir(folder or ".") as it:
            return sorted(e.name for e in it)
    except OSError:
        return []


def _scan(paths: Iterable[str | os.PathLike[str]]) -> tuple[Scan, list[Skipped]]:
    s = _Scanner()
    for item in paths:
        s.argument(item)
    return s.result(), s.fatal


def scan(paths: Iterable[str | os.PathLike[str]]) -> Scan:
    """Expand folders (recursively), files and glob patterns into article files, and list what is
    left out and why. Never raises for a bad path.

    - A file named explicitly is taken whatever its suffix; a folder is walked for ``*.txt``
      files (any case), following folder links except those that lead back into themselves.
    - Skipped: a missing path ("no such file or folder"), a pattern that matches nothing, a
      symbolic link loop, a broken symbolic link, a file other than ``.txt`` met in a folder
      or matched by a pattern ("not a .txt article"), a folder that cannot be listed, a named
      folder holding no article at all, a pattern that matches folders only.
    - Ignored silently: hidden files and folders (``.git/``, ``.kg-cache/``) met while walking,
      ``graph.trig`` and ``graph.html`` beside a ``.kg-cache/`` (kg's own output), folders
      matched by a pattern, the same file or folder met twice.
    """
    return _scan(paths)[0]


def find(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders (recursively), files and glob patterns into a sorted list of ``.txt`` files.

    Strict: raises :class:`~kg.errors.InputError` for a path that does not exist (or is a broken
    or looping link), :class:`~kg.errors.NoInputError` for a pattern matching nothing or when no
    file is found. Other problems :func:`scan` reports (non-``.txt`` files in a folder...) are
    left out silently."""
    paths = list(paths)
    found, fatal = _scan(paths)
    for s in fatal:
        if s.problem == NO_MATCH:
            raise NoInputError(str(s))
        raise InputError(s.path, s.problem, s.reason)
    if not found.files:
        raise NoInputError("no .txt article found in: " + ", ".join(one_line(str(p)) for p in paths))
    return found.files


def read(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int | None = DEFAULT_MAX_BYTES,
         ) -> Iterator[Article]:
    """Read every article under ``paths`` in a stable order (by base name); raises on the first
    bad file (see :func:`scan` and :func:`read_file` to skip them instead)."""
    for path in find(paths):
        yield read_file(path, max_bytes=max_bytes)
