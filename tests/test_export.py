"""kg.export: GraphML, GEXF, JSON-LD and CSV exports read back in the tools' own readers."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

import kg
from kg.errors import UsageError
from kg.export import export
from kg.view import to_networkx

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return kg.build([ROOT / "seeds" / "003_fa2e6c44ab33690d.txt", ROOT / "seeds" / "002_2dc80878cc99d4e1.txt"])


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_formats_read_back(ds: Dataset, tmp_path: Path, fmt: str, reader) -> None:  # type: ignore[no-untyped-def]
    (path,) = export(ds, fmt, tmp_path / f"g.{fmt}")
    back = reader(path)
    g = to_networkx(ds)
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    kinds = {d["kind"] for _n, d in back.nodes(data=True)}
    assert {"article", "tweet", "claim"} <= kinds


def test_jsonld_round_trips(ds: Dataset, tmp_path: Path) -> None:
    (path,) = export(ds, "jsonld", tmp_path / "g.jsonld")
    back = Dataset()
    back.parse(path, format="json-ld")
    for g in ds.graphs():
        if len(g):
            assert isomorphic(g, back.graph(g.identifier)), g.identifier


def test_csv_nodes_and_edges(ds: Dataset, tmp_path: Path) -> None:
    nodes, edges = export(ds, "csv", tmp_path / "csv")
    rows = list(csv.DictReader(nodes.open(encoding="utf-8")))
    assert {"id", "kind", "label", "documents", "evidence"} <= set(rows[0])
    ids = {r["id"] for r in rows}
    for e in csv.DictReader(edges.open(encoding="utf-8")):
        assert e["source"] in ids and e["target"] in ids


def test_unknown_format(ds: Dataset, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        export(ds, "svg", tmp_path / "g.svg")
