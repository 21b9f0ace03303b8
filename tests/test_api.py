"""kg.api: the library API and safe output writing."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Dataset

import kg
from kg import api
from kg.api import build_to
from kg.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def test_build_returns_a_dataset() -> None:
    ds = kg.build([ROOT / "seeds" / "002_2dc80878cc99d4e1.txt"])
    assert isinstance(ds, Dataset) and len(ds) > 100


def test_query_by_name_on_a_dataset() -> None:
    ds = kg.build([ROOT / "seeds" / "002_2dc80878cc99d4e1.txt"])
    rows = kg.query(ds, "matches").as_dicts()
    assert rows == [{"doc": "002_2dc80878cc99d4e1.txt", "team1": "Belgium", "team2": "Japan", "score": "3-2",
                     "date": "2018-07-02", "venue": None}]


def test_render_html(tmp_path: Path) -> None:
    ds = kg.build([ROOT / "seeds" / "004_3666cbed447638b8.txt"])
    path = kg.render_html(ds, tmp_path / "g.html")
    assert "Scott McIntyre" in path.read_text(encoding="utf-8")


def test_failed_build_leaves_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_to([ROOT / "seeds"], out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "ok.txt").write_text(" date 2018-07-03 Japan beat Colombia 2-1 in the World Cup.", encoding="utf-8")
    (bad / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    with pytest.raises(InputError, match="broken.txt.*--strict"):
        build_to([bad], out, strict=True)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_bad_file_is_skipped_and_the_rest_is_built(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "ok.txt").write_text(" date 2018-07-03 Japan beat Colombia 2-1 in the World Cup.", encoding="utf-8")
    (bad / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    result = build_to([bad], tmp_path / "out", html=False)
    assert result.documents == 1
    assert [s.path for s in result.skipped] == [str(bad / "broken.txt")]
    assert "ok.txt" in (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")


def test_two_files_with_the_same_name_keep_the_first(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(f" date 2018-07-03 Japan beat Colombia 2-1 in {sub}.", encoding="utf-8")
    result = build_to([tmp_path / "a", tmp_path / "b"], tmp_path / "out", html=False)
    assert result.documents == 1
    assert len(result.skipped) == 1 and "same file name as" in result.skipped[0].problem


ANY_CHAR = st.one_of(st.characters(max_codepoint=0x3FF), st.characters(),  # and lone surrogates:
                    st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF, categories=["Cs"]),  # undecodable bytes
                    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"]))


@given(st.lists(st.text(alphabet=ANY_CHAR, max_size=6), max_size=8))
def test_names_kept_in_sqlite_round_trip_and_sort_as_python_sorts_them(names: list[str]) -> None:
    # file names that are not UTF-8 reach kg as lone surrogates; the assembly keeps them in SQLite
    assert [api._text(api._blob(n)) for n in names] == names
    assert sorted(names, key=api._blob) == sorted(names)
