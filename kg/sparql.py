"""SPARQL over a built graph with pyoxigraph (rdflib's engine is far slower on large graphs).

Bundled competency queries are plain ``.rq`` files in ``kg/queries/``: readable and copyable.
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Dataset

from .errors import DataError, QueryError, UsageError

FORMATS = ("table", "csv", "tsv", "json")
TRIG = "graph.trig"  # the dataset kg build writes in its output folder


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[str | None]]

    def to_csv(self, delimiter: str = ",") -> str:
        buf = io.StringIO()
        write_csv(buf, self.columns, self.rows, delimiter)
        return buf.getvalue()

    def to_json(self) -> str:
        buf = io.StringIO()
        write_json(buf, self.columns, self.rows)
        return buf.getvalue()

    def as_dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, r, strict=False)) for r in self.rows]


Row = list[str | None]


def write_csv(out: IO[str], columns: list[str], rows: Iterable[Row], delimiter: str = ",") -> int:
    """Write the header and each row as it comes (CSV, or TSV with a tab); returns the rows."""
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    w.writerow(columns)
    n = 0
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
        n += 1
    return n


def write_json(out: IO[str], columns: list[str], rows: Iterable[Row]) -> int:
    """Write the rows as a JSON array of objects, each as it comes (the text ``json.dumps(...,
    indent=2)`` gives for the whole list); returns the rows."""
    n = 0
    for r in rows:
        item = json.dumps(dict(zip(columns, r, strict=False)), ensure_ascii=False, indent=2)
        out.write(("[\n  " if n == 0 else ",\n  ") + item.replace("\n", "\n  "))
        n += 1
    out.write("\n]\n" if n else "[]\n")
    return n


def bundled() -> dict[str, Path]:
    """Bundled query names -> their .rq files."""
    folder = Path(str(resources.files("kg") / "queries"))
    return {p.stem: p for p in sorted(folder.glob("*.rq"))}


def describe(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    return first.lstrip("# ").split(":", 1)[-1].strip()


def resolve_text(name_or_text: str) -> str:
    queries = bundled()
    if name_or_text in queries:
        return queries[name_or_text].read_text(encoding="utf-8")
    if name_or_text.endswith(".rq") or (len(name_or_text) < 300 and os.path.isfile(name_or_text)):
        p = Path(name_or_text)
        if not p.is_file():
            raise UsageError(f"{p}: no such query file")
        return p.read_text(encoding="utf-8")
    if not any(k in name_or_text.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise UsageError(f"unknown query {name_or_text!r}: use a bundled name ({', '.join(queries)}), "
                         "a .rq file or SPARQL text")
    return name_or_text


def is_store(path: str | os.PathLike[str]) -> bool:
    """An on-disk pyoxigraph store (written by ``kg build --store DIR``)."""
    p = Path(path)
    return p.is_dir() and not (p / "graph.trig").exists() and (p / "CURRENT").is_file()


def store_from(data: Dataset | str | os.PathLike[str]) -> ox.Store:
    """A pyoxigraph store: opened read-only from a store folder, else loaded in memory from a
    dataset or a data folder's graph.trig."""
    if not isinstance(data, Dataset) and is_store(data):
        try:
            return ox.Store.read_only(str(data))
        except OSError as exc:
            raise QueryError(f"{data}: cannot open the store: {exc}") from None
    store = ox.Store()
    if isinstance(data, Dataset):
        store.load(data.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
        return store
    trig = load(data)
    try:
        store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{trig}: cannot load: {exc}") from None
    return store


def load(data: str | os.PathLike[str]) -> Path:
    """The TriG file of a data folder (or the file itself)."""
    p = Path(data)
    trig = p / TRIG if p.is_dir() else p
    if not trig.is_file():
        raise DataError(f"{p}: no {TRIG} here; run `kg build ... -o {p}` first")
    return trig


def _term(t: object) -> str | None:
    if t is None:
        return None
    return getattr(t, "value", str(t))


def stream(data: Dataset | str | os.PathLike[str] | ox.Store, name_or_text: str) -> tuple[list[str], Iterator[Row]]:
    """The columns and an iterator over the rows, read from the engine as they are consumed (a
    large result is never held as Python lists). A failure met while iterating raises
    :class:`~kg.errors.QueryError` too."""
    text = resolve_text(name_or_text)
    store = data if isinstance(data, ox.Store) else store_from(data)
    try:
        result = store.query(text)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except (ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from None
    if isinstance(result, (bool, ox.QueryBoolean)):
        return ["result"], iter([["true" if bool(result) else "false"]])
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        return columns, _guarded(([_term(sol[c]) for c in columns] for sol in result), store)
    return ["subject", "predicate", "object"], _guarded(
        ([_term(t.subject), _term(t.predicate), _term(t.object)] for t in result), store)


def _guarded(rows: Iterator[Row], store: ox.Store) -> Iterator[Row]:
    """``rows`` with the engine's errors as QueryError (``store`` is kept open while they are read)."""
    try:
        yield from rows
    except (ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def run(data: Dataset | str | os.PathLike[str] | ox.Store, name_or_text: str) -> QueryResult:
    columns, rows = stream(data, name_or_text)
    return QueryResult(columns, list(rows))
