"""kg.reader on bad input: every case of the catalogue is read with a note or skipped with one
clear line naming the file and the problem, and the rest of the corpus is still read."""
from __future__ import annotations

import builtins
import datetime as dt
import errno
import os
import pickle
import time
from pathlib import Path

import pytest
from helpers import FOOTBALL, TEXTS, check_evidence
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import reader
from kg.errors import InputError, KgError, NoInputError, UsageError, one_line
from kg.extract import extract_all
from kg.reader import (
    DEFAULT_MAX_BYTES,
    Article,
    Scan,
    Skipped,
    find,
    parse,
    parse_size,
    read_file,
    scan,
    summarise,
)

ARTICLE = f" date 2018-07-03 {FOOTBALL}\n\nSenegal fans cleaned the stands after the match in Moscow.\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478"
                    "9c6360000002000154a24f5d0000000049454e44ae426082")  # a real 1x1 PNG
CP1252 = b" date 2018-07-03 Caf\xe9 \x93quoted\x94 \x96 Mu\xf1oz scored \x80 5 \x85 na\xefve"
HOSTILE = 'we said "hi" <b>&amp; 🦁 Ce\u0301sar Mu\u0303noz\nsecond line\ttab\x1b[31m\u202eevil'


def write(folder: Path, name: str, data: bytes | str) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.write_bytes(data)
    return p


def skip_of(path: Path, **kw: object) -> Skipped:
    """The Skipped line read_file's InputError gives for ``path``."""
    with pytest.raises(InputError) as info:
        read_file(path, **kw)  # type: ignore[arg-type]
    err = info.value
    assert err.path == str(path)
    assert isinstance(err, KgError)
    s = Skipped.of(err)
    assert "\n" not in str(s) and "\n" not in str(err)
    assert str(s) == str(err) == f"{one_line(str(path))}: {err.problem}"
    return s


# ------------------------------------------------------------------ read_file: skipped


@pytest.mark.parametrize(
    ("data", "problem", "reason"),
    [
        pytest.param(b"", "empty file", "empty file", id="empty"),
        pytest.param(b" \n\r\n\t  \n", "empty file (only whitespace)", "empty file", id="whitespace-only"),
        pytest.param("\ufeff\r\n".encode(), "empty file (only whitespace)", "empty file", id="bom-only"),
        pytest.param(b" date 2018-07-03 \r\n\n", "empty article (nothing after the date line)", "empty file",
                     id="date-line-only"),
        pytest.param(PNG, "binary file (a PNG image), not a text article", "binary file", id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary file (a JPEG image), not a text article",
                     "binary file", id="jpeg"),
        pytest.param(b"GIF89a\x01\x00\x01\x00", "binary file (a GIF image), not a text article", "binary file",
                     id="gif"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document), not a text article",
                     "binary file", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "binary file (a ZIP archive or an Office document), not a "
                     "text article", "binary file", id="zip-docx"),
        pytest.param(b"\x1f\x8b\x08\x00", "binary file (a gzip archive), not a text article", "binary file",
                     id="gzip"),
        pytest.param(b"\x7fELF\x02\x01\x01", "binary file (an executable), not a text article", "binary file",
                     id="elf"),
        pytest.param(b"abc\x00\x01\x02\xff\xfe", "binary file (contains NUL bytes), not a text article",
                     "binary file", id="nul-bytes"),
        pytest.param(" date 2018-07-03 Japan".encode("utf-16-le"),
                     "binary file (NUL bytes: UTF-16 text without a byte-order mark? save it as UTF-8), "
                     "not a text article", "binary file", id="utf16-no-bom"),
        pytest.param(bytes(range(1, 32)) * 4 + b"text", "binary file (control characters), not a text article",
                     "binary file", id="control-chars"),
        pytest.param(b"\xff\xfea\x00\x00\xd8b\x00", "starts with a UTF-16 byte-order mark but is not valid UTF-16",
                     "bad encoding", id="bad-utf16"),
        pytest.param(b"<!DOCTYPE html>\n<html><head><title>Japan</title></head><body><p>Fans</p></body></html>",
                     "looks like HTML (starts with <!doctype html>), not a plain-text article", "HTML page",
                     id="html-doctype"),
        pytest.param(b"\xef\xbb\xbf  <!-- saved from url -->\r\n<HTML lang=en><body>Fans</body></HTML>",
                     "looks like HTML (starts with <html>), not a plain-text article", "HTML page", id="html-tag"),
        pytest.param(b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>',
                     "looks like HTML (starts with <html>), not a plain-text article", "HTML page", id="xhtml"),
        pytest.param(b" date 2018-07-03 <body><p>Japan fans cleaned the stands.</p></body>",
                     "looks like HTML (starts with <body>), not a plain-text article", "HTML page",
                     id="html-after-date"),
        pytest.param(b"Saved page\n<html><body><p>Japan fans</p></body>\n</html>\n",
                     "looks like HTML (ends with </html>), not a plain-text article", "HTML page", id="html-end"),
    ],
)
def test_skipped_file(tmp_path, data, problem, reason):
    p = write(tmp_path, "article.txt", data)
    s = skip_of(p)
    assert (s.path, s.problem, s.reason) == (str(p), problem, reason)
    assert str(s) == f"{p}: {problem}"


@pytest.mark.parametrize(
    "body",
    [
        "A fan tweeted <script>alert('x')</script> and the page showed it as text.",
        "Nice try <img src=x onerror=alert(1)> pic.twitter.com/Ab12 — Fan (@fan) July 2, 2018",
        "<script>document.write('hi')</script> was the whole tweet, said Japan coach Akira Nishino.",
        "The club's site said <html> and </html> in the middle of an error page.",
        "<b>Senegal</b> fans cleaned the stands.",
    ],
)
def test_article_quoting_markup_is_read(tmp_path, body):
    text = f" date 2018-07-03 {FOOTBALL}\n\n{body}\n"
    a = read_file(write(tmp_path, "quotes-markup.txt", text))
    assert a.text == text
    assert body in a.body
    check_evidence(a, extract_all(a))


def test_html_that_starts_with_markup_quote_is_read(tmp_path):
    a = read_file(write(tmp_path, "a.txt", "<script> tags were posted by fans, said the club.\n"))
    assert a.body.startswith("<script>")


# ------------------------------------------------------------------ read_file: handled with a note


def test_cp1252(tmp_path):
    a = read_file(write(tmp_path, "latin.txt", CP1252))
    assert a.text == " date 2018-07-03 Café “quoted” – Muñoz scored € 5 … naïve"
    assert a.date == dt.date(2018, 7, 3)
    assert a.notes == ["not UTF-8: read as Windows-1252"]


def test_latin1_bytes_cp1252_lacks(tmp_path):
    # 0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined in cp1252: read as Latin-1 (C1 controls), never an error
    a = read_file(write(tmp_path, "latin1.txt", b"Se\xf1or \x81\x8d\x8f\x90\x9d ok \xff"))
    assert a.text == "Señor \x81\x8d\x8f\x90\x9d ok ÿ"
    assert a.notes[0] == "not UTF-8: read as Windows-1252"


def test_mostly_utf8_keeps_its_utf8(tmp_path):
    data = " date 2018-07-03 Müller “scored”, ".encode() + b"then caf\xe9."
    a = read_file(write(tmp_path, "mixed.txt", data))
    assert a.text == " date 2018-07-03 Müller “scored”, then café."
    assert a.notes[0] == "not valid UTF-8 throughout: the bytes that are not were read as Windows-1252"


def test_truncated_utf8_at_the_end(tmp_path):
    a = read_file(write(tmp_path, "cut.txt", "Japan won 2–1".encode() + "é".encode()[:1]))
    assert a.text == "Japan won 2–1Ã"
    assert "Windows-1252" in a.notes[0]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path, codec):
    text = " date 2018-07-03 Café 🦁\r\nJapan won."
    data = text.encode(codec) if codec != "utf-16-be" else b"\xfe\xff" + text.encode(codec)
    a = read_file(write(tmp_path, "wide.txt", data))
    assert a.text == " date 2018-07-03 Café 🦁\nJapan won."
    assert a.date == dt.date(2018, 7, 3)
    assert "not UTF-8: read as UTF-" in a.notes[0]


def test_utf8_bom(tmp_path):
    a = read_file(write(tmp_path, "bom.txt", "\ufeff date 2018-07-03 Café.\n".encode()))
    assert a.text == " date 2018-07-03 Café.\n"
    assert a.date == dt.date(2018, 7, 3)
    assert a.notes == []


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_crlf_and_cr(tmp_path, eol):
    a = read_file(write(tmp_path, "crlf.txt", ARTICLE.replace("\n", eol)))
    assert a.text == ARTICLE
    assert a.notes == []
    check_evidence(a, extract_all(a))


def test_no_date_line(tmp_path):
    a = read_file(write(tmp_path, "nodate.txt", "Senegal fans cleaned the stands.\n"))
    assert (a.date, a.body_start, a.body) == (None, 0, a.text)
    assert a.notes == ["no ` date YYYY-MM-DD` line: article date unknown"]


def test_date_line_in_another_form(tmp_path):
    a = read_file(write(tmp_path, "odd.txt", " date 03/07/2018 Senegal fans sang.\n"))
    assert (a.date, a.body_start) == (None, 0)
    assert a.notes == ["the first line starts with `date` but not `date YYYY-MM-DD`: article date unknown"]


def test_impossible_date(tmp_path):
    a = read_file(write(tmp_path, "bad-date.txt", " date 2018-13-45 Senegal fans cleaned the stands.\n"))
    assert a.date is None
    assert a.body == "Senegal fans cleaned the stands.\n"
    assert a.notes == ["impossible date 2018-13-45 in the header, ignored"]
    assert a.content[: a.body_start] == " " * a.body_start  # the header is never extracted as text
    assert a.text.startswith(" date 2018-13-45 ")


def test_notes_of_encoding_and_date_together(tmp_path):
    a = read_file(write(tmp_path, "both.txt", b" date 2018-02-30 Caf\xe9"))
    assert a.notes == ["not UTF-8: read as Windows-1252", "impossible date 2018-02-30 in the header, ignored"]


def test_notes_do_not_change_equality():
    a, b = parse("Japan won.", "a.txt"), parse("Japan won.", "a.txt")
    b.notes.append("something")
    assert a == b


def test_extremely_long_lines(tmp_path):
    line = ("Senegal fans cleaned the stands " * 200_000)[:5_000_000]  # 5 MB, no line break
    text = " date 2018-07-03 " + line + "\n" + "x" * 1_000_000
    start = time.perf_counter()
    a = read_file(write(tmp_path, "long.txt", text))
    assert time.perf_counter() - start < 2
    assert a.text == text
    assert len(a.content) == len(a.text)
    assert a.notes == []


# ------------------------------------------------------------------ read_file: size


def test_50_mb_file_is_skipped_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    chunk = (ARTICLE.encode() * (2**20 // len(ARTICLE) + 1))[: 2**20]
    with open(p, "wb") as fh:
        for _ in range(50):
            fh.write(chunk)
    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(reader, "open", spy, raising=False)
    s = skip_of(p)
    assert s.problem == "too large: 50 MB is over the 20 MB limit (raise it with --max-size)"
    assert s.reason == "too large"
    assert opened == []  # decided from the size alone
    monkeypatch.undo()
    a = read_file(p, max_bytes=64 * 2**20)  # a larger limit reads it
    assert len(a.text) == 50 * 2**20
    assert a.text.startswith(ARTICLE)
    assert DEFAULT_MAX_BYTES == 20 * 2**20


def test_sparse_file_over_the_limit(tmp_path):
    p = tmp_path / "sparse.txt"
    with open(p, "wb") as fh:
        fh.truncate(3 * 2**30)  # 3 GB of holes: never read
    assert skip_of(p).problem == "too large: 3 GB is over the 20 MB limit (raise it with --max-size)"


@pytest.mark.parametrize(("limit", "size", "expected"), [(1000, 1001, "1001 bytes is over the 1000 bytes limit"),
                                                         (2048, 3 * 1024 + 512, "3.5 KB is over the 2 KB limit")])
def test_size_limit_message(tmp_path, limit, size, expected):
    p = write(tmp_path, "a.txt", b"x" * size)
    assert skip_of(p, max_bytes=limit).problem == f"too large: {expected} (raise it with --max-size)"
    assert read_file(p, max_bytes=size).text == "x" * size
    assert read_file(p, max_bytes=None).text == "x" * size


def test_file_growing_after_the_size_check(tmp_path, monkeypatch):
    p = write(tmp_path, "a.txt", b"x" * 100)
    real_stat = os.stat

    def stat_says_small(path, *args, **kwargs):
        st = real_stat(path, *args, **kwargs)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 5, 0, 0, 0))

    monkeypatch.setattr(reader.os, "stat", stat_says_small)
    with pytest.raises(InputError) as info:
        read_file(p, max_bytes=10)
    monkeypatch.undo()
    assert info.value.problem == "too large: 100 bytes is over the 10 bytes limit (raise it with --max-size)"


@pytest.mark.parametrize(("text", "size"), [("20MB", 20 * 2**20), ("500k", 500 * 1024), ("1.5 GiB", 3 * 2**29),
                                            ("1048576", 2**20), (" 64 mb ", 64 * 2**20), ("10b", 10)])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "MB", "-5MB", "20 parsecs", "1e9"])
def test_parse_size_rejects(text):
    with pytest.raises(UsageError, match="not a size"):
        parse_size(text)


# ------------------------------------------------------------------ read_file: unreadable, links, folders


def test_unreadable_file(tmp_path, monkeypatch):
    """Works as root too: opening is made to fail the way chmod 000 makes it fail for a user."""
    p = write(tmp_path, "locked.txt", ARTICLE)

    def denied(file, *args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))

    monkeypatch.setattr(reader, "open", denied, raising=False)
    s = skip_of(p)
    assert (s.problem, s.reason) == ("cannot read: Permission denied", "unreadable")


def test_io_error_while_reading(tmp_path, monkeypatch):
    p = write(tmp_path, "bad-disk.txt", ARTICLE)

    def eio(file, *args, **kwargs):
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(file))

    monkeypatch.setattr(reader, "open", eio, raising=False)
    assert skip_of(p).problem == "cannot read: Input/output error"


def test_unreadable_file_chmod(tmp_path):
    """A real chmod 000 file. Root reads any file, so as root (as in CI) a forked child drops to
    the ``nobody`` user first and reads the file as that user."""
    p = write(tmp_path, "locked.txt", ARTICLE)
    p.chmod(0)
    try:
        if os.geteuid() != 0:
            problem = skip_of(p).problem
        else:
            tmp_path.chmod(0o755)
            for parent in tmp_path.parents:  # let nobody reach the file, so only its mode stops it
                if parent.stat().st_uid == 0 and not parent.stat().st_mode & 0o001:
                    parent.chmod(parent.stat().st_mode | 0o001)
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: become nobody, read, report, exit without pytest's cleanup
                try:
                    os.close(r)
                    os.setgid(65534)
                    os.setuid(65534)
                    os.write(w, skip_of(p).problem.encode())
                finally:
                    os._exit(0)
            os.close(w)
            with os.fdopen(r, "rb") as fh:
                problem = fh.read().decode()
            os.waitpid(pid, 0)
        assert problem == "cannot read: Permission denied"
    finally:
        p.chmod(0o644)


def test_missing_file_and_folder(tmp_path):
    assert skip_of(tmp_path / "nope.txt").problem == "no such file"
    assert skip_of(tmp_path).problem == "is a folder, not a file"
    with pytest.raises(InputError, match="NUL character"):
        read_file("bad\x00name.txt")


def test_symlinks_for_read_file(tmp_path):
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    write(tmp_path, "real.txt", ARTICLE)
    (tmp_path / "link.txt").symlink_to("real.txt")
    for name in ("a.txt", "b.txt", "self.txt"):
        assert skip_of(tmp_path / name).problem == "symbolic link loop"
    assert skip_of(tmp_path / "dangling.txt").problem == "broken symbolic link"
    a = read_file(tmp_path / "link.txt")
    assert (a.name, a.text) == ("link.txt", ARTICLE)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_named_pipe_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block: never opened
    assert skip_of(tmp_path / "pipe.txt").problem == "not a regular file (a named pipe)"
    got = scan([tmp_path])
    assert [str(s) for s in got.skipped] == [f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe)"]


# ------------------------------------------------------------------ scan: folders, patterns, links


def test_folder_with_non_txt_files(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "B.TXT", ARTICLE)
    write(tmp_path, "notes.md", "# notes")
    write(tmp_path, "photo.png", PNG)
    write(tmp_path, "sub/data.json", "{}")
    write(tmp_path, "sub/c.txt", ARTICLE)
    write(tmp_path, ".hidden.txt", ARTICLE)  # hidden: ignored silently
    write(tmp_path, ".git/HEAD", "ref")
    write(tmp_path, "out/.kg-cache/manifest.json", "{}")  # kg's output inside the input folder
    write(tmp_path, "out/graph.trig", "")
    write(tmp_path, "out/graph.html", "")
    write(tmp_path, "out/extra.csv", "")
    got = scan([tmp_path])
    assert isinstance(got, Scan)
    assert [p.relative_to(tmp_path).as_posix() for p in got.files] == ["B.TXT", "a.txt", "sub/c.txt"]
    assert sorted(str(s) for s in got.skipped) == sorted(f"{tmp_path / n}: not a .txt article" for n in
                                                        ["notes.md", "photo.png", "sub/data.json", "out/extra.csv"])
    assert {s.reason for s in got.skipped} == {"not a .txt article"}
    assert summarise(got.skipped) == "4 files skipped: 4 not a .txt article"
    assert find([tmp_path]) == got.files  # find leaves them out silently, as before


def test_non_txt_file_named_explicitly_is_read(tmp_path):
    p = write(tmp_path, "article.md", ARTICLE)
    got = scan([p])
    assert (got.files, got.skipped) == ([p], [])
    assert read_file(p).text == ARTICLE


def test_hidden_things_named_explicitly_are_read(tmp_path):
    p = write(tmp_path, ".drafts/a.txt", ARTICLE)
    assert scan([tmp_path / ".drafts"]).files == [p]
    assert scan([p]).files == [p]


@pytest.mark.parametrize("missing", ["nope.txt", "nope", "sub/nope.txt", "a.txt/below.txt"])
def test_missing_path(tmp_path, missing):
    good = write(tmp_path, "a.txt", ARTICLE)
    got = scan([good, tmp_path / missing])
    assert got.files == [good]
    assert [str(s) for s in got.skipped] == [f"{tmp_path / missing}: no such file or folder"]
    assert got.skipped[0].reason == "missing"
    with pytest.raises(InputError) as info:  # find keeps raising, for its callers
        find([good, tmp_path / missing])
    assert info.value.path == str(tmp_path / missing)


def test_pattern_matching_nothing(tmp_path):
    good = write(tmp_path, "a.txt", ARTICLE)
    pattern = str(tmp_path / "*.csv")
    got = scan([good, pattern])
    assert got.files == [good]
    assert [str(s) for s in got.skipped] == [f"{pattern}: the pattern matches no file"]
    with pytest.raises(NoInputError, match="matches no file"):
        find([good, pattern])


def test_empty_folder_and_empty_path(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path, "only-hidden/.x.txt", ARTICLE)
    got = scan([tmp_path / "empty", tmp_path / "only-hidden", ""])
    assert got.files == []
    assert [str(s) for s in got.skipped] == [f"{tmp_path / 'empty'}: no .txt article in this folder",
                                             f"{tmp_path / 'only-hidden'}: no .txt article in this folder",
                                             ": empty path (no file or folder named)"]
    with pytest.raises(InputError):
        find([tmp_path / "empty", ""])
    with pytest.raises(NoInputError):
        find([tmp_path / "empty"])


def test_file_symlink_loop_and_dangling_link(tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE)
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    (tmp_path / "dangling.txt").symlink_to("gone.txt")
    (tmp_path / "alias.txt").symlink_to("good.txt")  # a working link is read, under its own name
    got = scan([tmp_path])
    assert got.files == [tmp_path / "alias.txt", good]
    assert sorted(str(s) for s in got.skipped) == [f"{tmp_path / 'a.txt'}: symbolic link loop",
                                                   f"{tmp_path / 'b.txt'}: symbolic link loop",
                                                   f"{tmp_path / 'dangling.txt'}: broken symbolic link"]
    assert summarise(got.skipped) == "3 files skipped: 2 symbolic link loop, 1 broken symbolic link"
    # named explicitly
    got = scan([tmp_path / "a.txt", tmp_path / "dangling.txt", good])
    assert got.files == [good]
    assert [s.problem for s in got.skipped] == ["symbolic link loop", "broken symbolic link"]
    with pytest.raises(InputError, match="symbolic link loop"):
        find([tmp_path / "a.txt"])


def test_folder_symlink_cycles(tmp_path):
    root = tmp_path / "corpus"
    good = write(root, "sub/good.txt", ARTICLE)
    (root / "sub" / "up").symlink_to("..")  # corpus/sub/up -> corpus
    (root / "sub" / "self").symlink_to(".")
    (root / "sub" / "up2").symlink_to(root)
    (root / "deep" / "er").mkdir(parents=True)
    (root / "deep" / "er" / "back").symlink_to(root)
    start = time.perf_counter()
    got = scan([root])
    assert time.perf_counter() - start < 2
    assert got.files == [good]
    assert sorted(str(s) for s in got.skipped) == sorted(f"{root / n}: symbolic link loop" for n in
                                                        ["sub/up", "sub/self", "sub/up2", "deep/er/back"])
    # a glob with ** does not run around the cycles either (glob.glob would: 4 links, 2**40 paths)
    got = scan([str(root / "**" / "*.txt")])
    assert got.files == [good]
    assert {s.problem for s in got.skipped} == {"symbolic link loop"}
    # naming the looping folder link itself walks it once
    got = scan([root / "sub" / "up"])
    assert [p.name for p in got.files] == ["good.txt"]


def test_folder_link_outside_is_followed(tmp_path):
    elsewhere = write(tmp_path, "elsewhere/e.txt", ARTICLE)
    write(tmp_path, "corpus/a.txt", ARTICLE)
    (tmp_path / "corpus" / "more").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "corpus" / "again").symlink_to(tmp_path / "corpus" / "more")  # the same folder twice
    got = scan([tmp_path / "corpus", tmp_path / "elsewhere"])
    assert [p.name for p in got.files] == ["a.txt", "e.txt"]  # each file once
    assert got.skipped == []
    assert elsewhere.name == "e.txt"


def test_unreadable_folder(tmp_path, monkeypatch):
    good = write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "locked/b.txt", ARTICLE)
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path)

    monkeypatch.setattr(reader.os, "scandir", scandir)
    got = scan([tmp_path])
    assert got.files == [good]
    assert [str(s) for s in got.skipped] == [f"{tmp_path / 'locked'}: cannot read folder: Permission denied"]
    assert got.skipped[0].reason == "unreadable"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["a.txt", "b.txt"]),
        ("**/*.txt", ["sub/deeper/0.txt", "a.txt", "sub/a.txt", "b.txt"]),
        ("sub/**", ["sub/deeper/0.txt", "sub/a.txt", "sub/c.TXT"]),
        ("**/deeper/*.txt", ["sub/deeper/0.txt"]),
        ("sub/*", ["sub/a.txt", "sub/c.TXT"]),
        ("s?b/[a-c].*", ["sub/a.txt", "sub/c.TXT"]),
        ("**/.*.txt", ["sub/.h.txt"]),
    ],
)
def test_patterns_like_glob(tmp_path, monkeypatch, pattern, expected):
    for name in ["a.txt", "b.txt", "sub/a.txt", "sub/c.TXT", "sub/deeper/0.txt", "sub/.h.txt", ".hid/x.txt"]:
        write(tmp_path, name, ARTICLE)
    got = scan([str(tmp_path / pattern)])
    assert [p.relative_to(tmp_path).as_posix() for p in got.files] == expected
    monkeypatch.chdir(tmp_path)  # relative patterns give relative paths, as glob does
    assert [p.as_posix() for p in scan([pattern]).files] == expected


def test_pattern_matching_non_txt_files(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "notes.md", "x")
    got = scan([str(tmp_path / "*")])
    assert [p.name for p in got.files] == ["a.txt"]
    assert [str(s) for s in got.skipped] == [f"{tmp_path / 'notes.md'}: not a .txt article"]


def test_pattern_matching_folders_only(tmp_path):
    write(tmp_path, "2018-07-02/a.txt", ARTICLE)
    pattern = str(tmp_path / "2018-*")
    got = scan([pattern])  # folders matched by a pattern are not walked (as before); say so
    assert got.files == []
    assert [str(s) for s in got.skipped] == [
        f"{pattern}: the pattern matches folders only (name a folder itself to read the articles in it)"]
    assert got.skipped[0].reason == "pattern matching nothing"


def test_bad_path_argument():
    got = scan(["bad\x00name"])
    assert got.files == []
    assert [s.reason for s in got.skipped] == ["invalid path"]


# ------------------------------------------------------------------ hostile names


@pytest.fixture
def hostile(tmp_path):
    try:
        good = write(tmp_path, HOSTILE + ".txt", ARTICLE)
    except OSError:
        pytest.skip("this file system refuses such names")
    write(tmp_path, HOSTILE + ".md", "x")
    write(tmp_path, HOSTILE + " empty.txt", b"")
    return tmp_path, good


def test_hostile_file_names(hostile):
    folder, good = hostile
    got = scan([folder])
    assert got.files == [folder / (HOSTILE + " empty.txt"), good]
    a = read_file(good)
    assert a.name == HOSTILE + ".txt"  # the identity keeps the name exactly
    assert a.text == ARTICLE
    [s] = got.skipped
    line = str(s)
    assert line == one_line(str(folder / (HOSTILE + ".md"))) + ": not a .txt article"
    assert "\n" not in line and "\t" not in line and "\x1b" not in line and "\u202e" not in line
    assert '"hi" <b>&amp; 🦁 Ce\u0301sar Mu\u0303noz\\nsecond line\\ttab\\x1b[31m\\u202eevil.md' in line
    assert s.path == str(folder / (HOSTILE + ".md"))  # the path itself stays exact
    err = skip_of(folder / (HOSTILE + " empty.txt"))
    assert err.problem == "empty file"
    assert len(str(err).splitlines()) == 1


def test_undecodable_file_name(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9 \xff.md"
    try:
        with open(raw, "wb") as fh:
            fh.write(b"x")
    except OSError:
        pytest.skip("this file system refuses such names")
    [s] = scan([tmp_path]).skipped
    line = str(s)
    assert line.endswith("caf\\xe9 \\xff.md: not a .txt article")
    line.encode("utf-8")  # printable: no lone surrogates left


@pytest.mark.parametrize(
    ("text", "expected"),
    [("plain é 🦁 \"q\" <a> \\", "plain é 🦁 \"q\" <a> \\"), ("a\nb\r\tc", "a\\nb\\r\\tc"), ("\x00\x7f\x85", "\\x00\\x7f\\x85"),
     ("\u2028\u2029\u202e\u2066", "\\u2028\\u2029\\u202e\\u2066"), ("\udce9", "\\xe9"), ("\ud800", "\\ud800")],
)
def test_one_line(text, expected):
    assert one_line(text) == expected


def test_names_in_the_text_with_quotes_brackets_emoji_and_combining_marks(tmp_path):
    body = ('"We are proud," said O\'Neill <coach> of Ce\u0301sar\u0301 Mu\u0303noz\'s team 🦁🇸🇳.\n'
            'Fans cleaned the stands pic.twitter.com/Ab12Cd — Atlas 🦁 <Fan> "Ultra" (@atlas_fan) July 2, 2018\n')
    text = f" date 2018-07-03 {FOOTBALL}\n\n{body}"
    a = read_file(write(tmp_path, "names.txt", text))
    assert a.text == text  # kept exactly: no normalisation, offsets count code points
    check_evidence(a, extract_all(a))


# ------------------------------------------------------------------ the corpus still builds


def test_bad_files_do_not_stop_the_corpus(tmp_path):
    """Every catalogue case in one folder: the good articles are read, each bad file is one line."""
    corpus = tmp_path / "corpus"
    write(corpus, "good.txt", ARTICLE)
    write(corpus, "latin.txt", CP1252)
    write(corpus, "bom-crlf.txt", "\ufeff" + ARTICLE.replace("\n", "\r\n"))
    write(corpus, "nodate.txt", "Senegal fans cleaned the stands.")
    write(corpus, "baddate.txt", " date 2018-13-45 Senegal fans cleaned the stands.")
    write(corpus, "long.txt", " date 2018-07-03 " + "Japan fans sang. " * 100_000)
    write(corpus, "empty.txt", b"")
    write(corpus, "image.txt", PNG)
    write(corpus, "page.txt", "<!doctype html><html><body>x</body></html>")
    with open(corpus / "huge.txt", "wb") as fh:
        fh.truncate(50 * 2**20)
    write(corpus, "readme.md", "x")
    (corpus / "loop1.txt").symlink_to("loop2.txt")
    (corpus / "loop2.txt").symlink_to("loop1.txt")
    (corpus / "dangling.txt").symlink_to("nowhere.txt")
    (corpus / "cycle").symlink_to(".")
    found = scan([corpus, tmp_path / "missing"])
    articles, skipped = [], list(found.skipped)
    for path in found.files:
        try:
            articles.append(read_file(path))
        except InputError as exc:
            skipped.append(Skipped.of(exc))
    assert sorted(a.name for a in articles) == ["baddate.txt", "bom-crlf.txt", "good.txt", "latin.txt", "long.txt",
                                                "nodate.txt"]
    assert all(isinstance(a, Article) for a in articles)
    notes = {a.name: a.notes for a in articles}
    assert notes["good.txt"] == notes["bom-crlf.txt"] == notes["long.txt"] == []
    assert notes["latin.txt"] == ["not UTF-8: read as Windows-1252"]
    lines = sorted(str(s).removeprefix(str(tmp_path) + "/") for s in skipped)
    assert lines == [
        "corpus/cycle: symbolic link loop",
        "corpus/dangling.txt: broken symbolic link",
        "corpus/empty.txt: empty file",
        "corpus/huge.txt: too large: 50 MB is over the 20 MB limit (raise it with --max-size)",
        "corpus/image.txt: binary file (a PNG image), not a text article",
        "corpus/loop1.txt: symbolic link loop",
        "corpus/loop2.txt: symbolic link loop",
        "corpus/page.txt: looks like HTML (starts with <!doctype html>), not a plain-text article",
        "corpus/readme.md: not a .txt article",
        "missing: no such file or folder",
    ]
    assert summarise(skipped) == ("10 files skipped: 3 symbolic link loop, 1 HTML page, 1 binary file, "
                                  "1 broken symbolic link, 1 empty file, 1 missing, 1 not a .txt article, 1 too large")


# ------------------------------------------------------------------ Skipped, InputError, summaries


def test_skipped_is_frozen_and_picklable():
    s = Skipped("a\nb.txt", "empty file")
    assert s.reason == "empty file"  # derived from the problem
    assert str(s) == "a\\nb.txt: empty file"
    assert pickle.loads(pickle.dumps(s)) == s
    with pytest.raises(AttributeError):
        s.path = "x"  # type: ignore[misc]
    assert Skipped("x", "same file name as y").reason == "other problem"


def test_input_error_travels_and_stays_one_line():
    e = InputError("bad\nname.txt", "binary file (a PNG image), not a text article", "binary file")
    back = pickle.loads(pickle.dumps(e))
    assert (back.path, back.problem, back.reason, str(back)) == (e.path, e.problem, e.reason, str(e))
    assert str(e) == "bad\\nname.txt: binary file (a PNG image), not a text article"
    old = InputError("x.txt", "no such file")  # the two-argument form still works
    assert (old.reason, str(old)) == ("", "x.txt: no such file")
    assert Skipped.of(old).reason == "missing"


def test_summarise():
    assert summarise([]) == ""
    assert summarise([Skipped("a", "empty file")]) == "1 file skipped: 1 empty file"


# ------------------------------------------------------------------ never anything but InputError


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(
    st.binary(max_size=600),
    st.builds(lambda head, tail: head + tail, st.sampled_from([PNG[:8], b"%PDF-", b"\xff\xfe", b"\xfe\xff",
                                                              b"\xef\xbb\xbf", b"<html>", b" date 2018-13-45 ",
                                                              b"\xff\xfe\x00\x00", b""]), st.binary(max_size=300)),
    TEXTS.map(lambda t: t.encode("utf-8")),
    TEXTS.map(lambda t: t.encode("cp1252", "replace")),
))
def test_read_file_never_raises_anything_else(tmp_path_factory, data):
    p = tmp_path_factory.mktemp("fuzz") / "fuzz.txt"
    p.write_bytes(data)
    try:
        a = read_file(p)
    except InputError as exc:
        assert exc.path == str(p) and exc.problem and "\n" not in str(exc)
        assert Skipped.of(exc).reason != "other problem"
        return
    assert "\r" not in a.text and not a.text.startswith("\ufeff")
    assert len(a.content) == len(a.text)
    assert 0 <= a.body_start <= len(a.text)
    assert a.text.strip()
    assert all("\n" not in n for n in a.notes)


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXTS, st.text(), st.builds(lambda d, t: f" date {d} {t}", st.text(alphabet="0123456789-", max_size=12),
                                             st.text(max_size=50))))
def test_parse_never_raises(text):
    a = parse(text, "x.txt")
    assert len(a.content) == len(a.text)
    assert "\r" not in a.text
    assert 0 <= a.body_start <= len(a.text)
    expected = list(a.text)  # the header and the boilerplate lines blanked, as BOILERPLATE finds them
    for begin, end in [(0, a.body_start)] + [m.span() for m in reader.BOILERPLATE.finditer(a.text)]:
        expected[begin:end] = " " * (end - begin)
    assert a.content == "".join(expected)
    assert len(a.notes) <= 1
    assert (a.date is None) == bool(a.notes)
