"""kg.sparql: bundled competency queries, .rq files, inline SPARQL, output formats."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg
from kg.api import build_to
from kg.errors import DataError, QueryError, UsageError
from kg.sparql import bundled, run, stream, write_json

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = {  # the column contract of ../shared/eval/score.py
    "teams": ["doc", "team"],
    "people": ["doc", "name", "role", "team"],
    "tweets": ["doc", "handle", "display_name", "date", "url"],
    "fan-acts": ["doc", "actor", "team", "act"],
    "credits": ["doc", "credit"],
    "matches": ["doc", "team1", "team2", "score", "date", "venue"],
    "goals": ["doc", "scorer", "team", "minute"],
    "quotes": ["doc", "speaker", "text"],
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("out")
    build_to([ROOT / "seeds"], d, html=False)
    return d


def test_every_contract_query_is_bundled() -> None:
    assert set(CONTRACT) <= set(bundled())


@pytest.mark.parametrize("name,columns", CONTRACT.items())
def test_bundled_query_columns(out: Path, name: str, columns: list[str]) -> None:
    result = run(out, name)
    assert result.columns[: len(columns)] == columns
    assert result.rows, f"{name} found nothing in the seeds"
    assert all(r[0] and r[0].endswith(".txt") for r in result.rows)


def test_query_accepts_a_dataset_and_a_folder_alike(out: Path) -> None:
    ds = kg.build([ROOT / "seeds"])
    assert sorted(map(tuple, run(ds, "teams").rows)) == sorted(map(tuple, run(out, "teams").rows))  # type: ignore[arg-type]


def test_rq_file_and_inline_text(out: Path, tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s a <https://schema.org/NewsArticle> } }",
                  encoding="utf-8")
    assert run(out, str(rq)).rows == [["5"]]
    assert run(out, "ASK { GRAPH ?g { ?s a <https://schema.org/NewsArticle> } }").rows == [["true"]]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_formats_carry_the_same_rows(out: Path, fmt: str) -> None:
    result = run(out, "credits")
    if fmt == "json":
        rows = json.loads(result.to_json())
        assert [list(r.values()) for r in rows] == result.rows
    else:
        delim = "," if fmt == "csv" else "\t"
        parsed = list(csv.reader(io.StringIO(result.to_csv(delim)), delimiter=delim))
        assert parsed[0] == result.columns and parsed[1:] == result.rows


VALUES = st.one_of(st.none(), st.text(max_size=12))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=6), max_size=4, unique=True).flatmap(
    lambda cols: st.tuples(st.just(cols), st.lists(st.lists(VALUES, min_size=len(cols), max_size=len(cols)), max_size=4))))
def test_json_written_row_by_row_is_json_dumps_of_the_whole(table: tuple[list[str], list[list[str | None]]]) -> None:
    columns, rows = table
    buf = io.StringIO()
    assert write_json(buf, columns, iter(rows)) == len(rows)
    assert buf.getvalue() == json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2) + "\n"


def test_stream_reads_rows_as_they_are_consumed(out: Path) -> None:
    columns, rows = stream(out, "teams")
    assert columns == ["doc", "team"] and not isinstance(rows, list)
    first = next(rows)
    assert [first, *rows] == run(out, "teams").rows


@pytest.mark.parametrize("text,error", [
    ("no-such-query", UsageError),
    ("missing.rq", UsageError),
    ("SELECT ?x WHERE { ?x ", QueryError),
])
def test_bad_queries_raise_clear_errors(out: Path, text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        run(out, text)


def test_missing_data_folder(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="kg build"):
        run(tmp_path / "nothing", "teams")
