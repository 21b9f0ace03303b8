"""kg.reader: decoding, header, boilerplate blanking, offsets, errors and path expansion."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import FOOTBALL, check_evidence
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError, KgError, NoInputError
from kg.extract import REGISTRY, extract_all
from kg.reader import find, parse, read, read_file

# ------------------------------------------------------------------ header


@pytest.mark.parametrize(
    ("raw", "date", "body"),
    [
        (" date 2018-07-03 Morocco fans sang.", dt.date(2018, 7, 3), "Morocco fans sang."),
        ("date 2018-07-03 Morocco fans sang.", dt.date(2018, 7, 3), "Morocco fans sang."),
        ("\tdate 2022-12-18\nArgentina won.", dt.date(2022, 12, 18), "\nArgentina won."),
        (" DATE 2021-07-10 Copa final.", dt.date(2021, 7, 10), "Copa final."),
        (" date 2024-02-29 Leap day.", dt.date(2024, 2, 29), "Leap day."),
        ("Wales drew 1-1.", None, "Wales drew 1-1."),
        ("Senegal won. date 2018-07-03", None, "Senegal won. date 2018-07-03"),
        (" dated 2018-07-03 text", None, " dated 2018-07-03 text"),
        (" date 18-07-03 text", None, " date 18-07-03 text"),
        ("", None, ""),
    ],
)
def test_header(raw, date, body):
    a = parse(raw, "a.txt")
    assert a.date == date
    assert a.body == body
    assert a.text[a.body_start :] == body


@pytest.mark.parametrize(
    "raw",
    [" date 2018-02-30 Body.", " date 2018-13-01 Body.", " date 2023-02-29 x", "date 2018-00-10 x",
     " date 2018-04-31 x", " date 0000-01-01 x"],
)
def test_impossible_date_is_noted_and_blanked(raw):
    a = parse(raw, "bad.txt")
    assert a.date is None
    header = raw.split()[1]
    assert a.notes == [f"impossible date {header} in the header, ignored"]
    assert a.text[: a.body_start].strip() == f"date {header}".removeprefix(" ")
    assert a.content[: a.body_start].strip() == ""  # the header is not extracted as text


def test_header_is_blank_in_content():
    a = parse(" date 2018-07-03 Croatia fans sang.", "a.txt")
    assert len(a.content) == len(a.text)
    assert a.content[: a.body_start].strip() == ""
    assert a.content[a.body_start :] == a.text[a.body_start :]
    assert a.name == "a.txt"


# ------------------------------------------------------------------ decoding


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("\ufeff date 2018-07-03 Hi", " date 2018-07-03 Hi"),
        ("a\r\nb\r\n\r\nc", "a\nb\n\nc"),
        ("a\rb", "a\nb"),
        ("a\r\n\rb", "a\n\nb"),
        ("\ufeffa\r\nb", "a\nb"),
        ("no change\n", "no change\n"),
        ("mid\ufeffdle", "mid\ufeffdle"),  # only a leading BOM is removed
    ],
)
def test_bom_and_line_endings(raw, text):
    assert parse(raw).text == text


def test_bom_then_header_is_read():
    a = parse("\ufeff date 2018-07-03 Body", "a.txt")
    assert a.date == dt.date(2018, 7, 3)
    assert a.body == "Body"


def test_read_file_bom_crlf(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("\ufeff date 2018-07-03 Senegal fans sang.\r\n\r\nSEE ALSO: Qatar\r\n".encode())
    a = read_file(p)
    assert a.text == " date 2018-07-03 Senegal fans sang.\n\nSEE ALSO: Qatar\n"
    assert a.date == dt.date(2018, 7, 3)
    assert a.path == p
    assert a.name == "crlf.txt"
    assert len(a.sha256) == 64


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02binary", b"PK\x03\x04\x00\x00zipdata", b" date 2018-07-03 text\x00more"],
)
def test_binary_file_is_input_error(tmp_path, data):
    p = tmp_path / "blob.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match="binary"):
        read_file(p)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x90)))
def test_control_characters_are_counted_as_defined(text):
    """C0 control characters other than whitespace (tab, LF, VT, FF, CR), and DEL."""
    from kg.reader import _controls

    assert _controls(text) == sum(1 for c in text if (c < " " and c not in "\t\n\r\f\v") or c == "\x7f")


@pytest.mark.parametrize(
    ("data", "text"),
    [(b"caf\xe9 au lait", "café au lait"), (b"ok then \x80", "ok then €"), (b"\x93q\x94 \x81", "“q” \x81")],
)
def test_invalid_utf8_is_read_as_cp1252(tmp_path, data, text):
    p = tmp_path / "latin.txt"
    p.write_bytes(data)
    a = read_file(p)
    assert a.text == text
    assert "not UTF-8: read as Windows-1252" in a.notes


@pytest.mark.parametrize("data", [b"\xff\xfe d\x00a\x00\x00", b"\x00\x00\x00", b"ok\x00\x01\x02\x03"])
def test_undecodable_is_input_error(tmp_path, data):
    p = tmp_path / "latin.txt"
    p.write_bytes(data)
    with pytest.raises(InputError):
        read_file(p)


def test_read_file_missing_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_file(tmp_path)


def test_impossible_date_in_file(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text(" date 2019-02-29 Morocco won.", encoding="utf-8")
    a = read_file(p)
    assert (a.date, a.body) == (None, "Morocco won.")
    assert a.notes == ["impossible date 2019-02-29 in the header, ignored"]


# ------------------------------------------------------------------ boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "SEE ALSO: Mexican fans thank South Korea",
        "See also: Wales fans in Doha",
        "  READ MORE: Senegal coach speaks",
        "RELATED: Argentina beat Croatia 3-0",
        "ALSO READ : Morocco make history",
        "\tsee also:Croatia",
    ],
)
def test_boilerplate_blanked(line):
    raw = f" date 2018-07-03 Intro.\n{line}\nOutro."
    a = parse(raw)
    b = a.text.index(line)
    assert a.text[b : b + len(line)] == line  # the text keeps it
    assert a.content[b : b + len(line)] == " " * len(line)  # content blanks it
    assert len(a.content) == len(a.text)
    assert a.content.endswith("\nOutro.")


@pytest.mark.parametrize(
    "line",
    [
        "Fans were told to SEE ALSO: the museum",  # not at the start of a line
        "SEE ALSO the gallery",  # no colon
        "Related news was scarce: nothing",  # "Related" followed by more words
    ],
)
def test_not_boilerplate(line):
    a = parse(f"Intro.\n{line}\n")
    assert a.content == a.text


def test_boilerplate_teams_not_extracted():
    raw = (f" date 2018-07-03 {FOOTBALL}\n\nSenegal fans sang.\n"
           "SEE ALSO: Mexican fans thank South Korea for progressing\n"
           "RELATED: Croatia beat Wales 2-0")
    teams = {f.team for f in REGISTRY["teams"](parse(raw, "x.txt"))}
    assert teams == {"Senegal"}


# ------------------------------------------------------------------ offsets


@pytest.mark.parametrize("bom", ["", "\ufeff"])
@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_offsets_index_text(tmp_path, bom, eol):
    body = eol.join([
        f" date 2022-12-05 {FOOTBALL}",
        "",
        "SEE ALSO: Brazil fans party in Rio",
        "Morocco beat Portugal 1-0 at the Al Thumama Stadium on Saturday, Youssef Amrani scoring "
        "in the 42nd minute.",
        "",
        '"We made history tonight," said Morocco coach Walid Benali.',
        "",
        "Moroccan fans stayed behind to clean the stands. Source: Reuters/Anna Keller",
        "",
        "Dima Maghrib pic.twitter.com/Ab12Cd — Atlas Fan 🦁 (@atlasfan) December 10, 2022",
    ])
    p = tmp_path / "offsets.txt"
    p.write_bytes((bom + body).encode("utf-8"))
    a = read_file(p)
    found = extract_all(a)
    check_evidence(a, found)
    kinds = {f.kind for f in found}
    assert kinds == {"team", "person", "fan_act", "credit", "quote", "tweet", "match", "goal"}
    assert "Brazil" not in {getattr(f, "team", None) for f in found}


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_parse_invariants(head, tail):
    raw = head + " date 2018-07-03 " + tail
    a = parse(raw)
    assert len(a.content) == len(a.text)
    assert "\r" not in a.text
    assert not a.text.startswith("\ufeff")
    assert 0 <= a.body_start <= len(a.text)
    for i, ch in enumerate(a.content):
        assert ch == a.text[i] or ch == " "


# ------------------------------------------------------------------ find / read


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "empty").mkdir()
    files = {
        "b.txt": " date 2018-07-03 B",
        "a.txt": " date 2018-07-02 A",
        "sub/c.TXT": "C",
        "sub/deeper/0.txt": "zero",
        "sub/a.txt": "another a",
        "notes.md": "not an article",
        "sub/data.json": "{}",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()  # a folder named like an article
    return tmp_path


def test_find_folder_recursive_sorted_by_name(tree):
    got = find([tree])
    assert [p.relative_to(tree).as_posix() for p in got] == ["sub/deeper/0.txt", "a.txt", "sub/a.txt", "b.txt",
                                                           "sub/c.TXT"]


def test_find_files_and_duplicates(tree):
    got = find([tree / "b.txt", tree / "a.txt", str(tree / "b.txt"), tree / "sub"])
    assert [p.relative_to(tree).as_posix() for p in got] == ["sub/deeper/0.txt", "a.txt", "sub/a.txt", "b.txt",
                                                           "sub/c.TXT"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["a.txt", "b.txt"]),
        ("**/*.txt", ["sub/deeper/0.txt", "a.txt", "sub/a.txt", "b.txt"]),
        ("sub/*", ["sub/a.txt", "sub/c.TXT"]),
        ("[ab].txt", ["a.txt", "b.txt"]),
        ("*.md", None),  # matches a file, but not a .txt one
    ],
)
def test_find_glob(tree, pattern, expected):
    if expected is None:
        with pytest.raises(NoInputError, match="no .txt article"):
            find([str(tree / pattern)])
        return
    got = find([str(tree / pattern)])
    assert [p.relative_to(tree).as_posix() for p in got] == expected


def test_find_glob_matching_nothing(tree):
    with pytest.raises(NoInputError, match="matches no file"):
        find([str(tree / "*.csv")])


@pytest.mark.parametrize("missing", ["nope.txt", "nope", "sub/nope.txt"])
def test_find_missing_path(tree, missing):
    with pytest.raises(InputError) as info:
        find([tree / "a.txt", tree / missing])
    assert info.value.path == str(tree / missing)
    assert isinstance(info.value, KgError)


def test_find_folder_without_articles(tree):
    with pytest.raises(NoInputError):
        find([tree / "empty"])


def test_find_nothing():
    with pytest.raises(NoInputError):
        find([])


def test_read_in_order(tree):
    arts = list(read([tree / "b.txt", tree / "a.txt"]))
    assert [a.name for a in arts] == ["a.txt", "b.txt"]
    assert [a.date for a in arts] == [dt.date(2018, 7, 2), dt.date(2018, 7, 3)]
    assert [a.body for a in arts] == ["A", "B"]


def test_read_reports_bad_file(tree):
    (tree / "z.txt").write_bytes(b"\x00\x00")
    with pytest.raises(InputError) as info:
        list(read([tree]))
    assert Path(info.value.path).name == "z.txt"
