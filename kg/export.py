"""Exports for the tools people already use: GraphML and GEXF (Gephi, Cytoscape), JSON-LD (the
web), CSV (spreadsheets). GraphML, GEXF and CSV carry the source/claim graph of ``graph.html``;
JSON-LD carries the whole dataset, named graphs included."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from .errors import UsageError

FORMATS = {"graphml": "graph.graphml", "gexf": "graph.gexf", "jsonld": "graph.jsonld", "csv": "export-csv"}


def flat_graph(ds: Dataset) -> nx.MultiDiGraph:
    """The source/claim graph with scalar attributes only (evidence as a JSON string)."""
    from .view import to_networkx

    g = to_networkx(ds)
    flat = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        attrs = {k: v for k, v in data.items() if v is not None and k != "evidence"}
        attrs["evidence"] = json.dumps(data.get("evidence", []), ensure_ascii=False, sort_keys=True)
        attrs["documents"] = " ".join(sorted({str(e["doc"]) for e in data.get("evidence", [])}))
        flat.add_node(n, **attrs)
    for u, v, k, data in g.edges(keys=True, data=True):
        flat.add_edge(u, v, key=k, **{k2: v2 for k2, v2 in data.items() if v2 is not None})
    return flat


def export(ds: Dataset, fmt: str, target: str | os.PathLike[str]) -> list[Path]:
    """Write ``ds`` in ``fmt`` to ``target`` (a file; a folder for csv). Returns the files written."""
    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    path = Path(target)
    if fmt == "jsonld":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(ds.serialize(format="json-ld", encoding="utf-8", auto_compact=True))
        return [path]
    g = flat_graph(ds)
    if fmt == "graphml":
        path.parent.mkdir(parents=True, exist_ok=True)
        nx.write_graphml(g, path)
        return [path]
    if fmt == "gexf":
        path.parent.mkdir(parents=True, exist_ok=True)
        nx.write_gexf(g, path)
        return [path]
    path.mkdir(parents=True, exist_ok=True)
    nodes, edges = path / "nodes.csv", path / "edges.csv"
    columns = ["id", "kind", "label", "documents", "evidence"]
    with nodes.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        for n, data in sorted(g.nodes(data=True)):
            w.writerow([n, data.get("kind", ""), data.get("label", ""), data.get("documents", ""), data.get("evidence", "")])
    with edges.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "target", "kind"])
        for u, v, k in sorted(g.edges(keys=True)):
            w.writerow([u, v, k])
    return [nodes, edges]
