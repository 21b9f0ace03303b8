"""kg.sparql: bundled competency queries, .rq files, inline SPARQL, output formats."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import kg
from kg.api import build_to
from kg.errors import DataError, QueryError, UsageError
from kg.sparql import bundled, run

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
