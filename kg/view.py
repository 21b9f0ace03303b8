"""RDF -> networkx: the source/claim graph people see in ``graph.html`` (drawn by :mod:`kg.render`).

Sources (articles, tweets, accounts, agencies, quoted people) link to the claims they originate
(solid) or relay (dashed); claims link to the teams, people and matches they are about; conflicting
claims are joined by red dashed edges; an article that reproduces a tweet without embedding it
points at that tweet. A claim's size grows with its independent originators.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.term import Node

from .graph import KG, SCHEMA


class Quads(Protocol):
    """What the view reads: ``quads((s, p, o, g))`` with None as a wildcard (an rdflib Dataset)."""

    def quads(self, pattern: Any) -> Iterator[Any]: ...


class OxQuads:
    """A pyoxigraph store seen through rdflib's ``quads`` pattern API (rdflib terms out)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def quads(self, pattern: Any) -> Iterator[tuple[Node, Node, Node, Node | None]]:
        s, p, o, _g = pattern
        for q in self.store.quads_for_pattern(_to_ox(s), _to_ox(p), _to_ox(o), None):
            yield _to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object), None


def _to_ox(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"no blank nodes in kg graphs: {term!r}")


def _to_rdflib(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt.endswith("#string") else URIRef(dt))
    raise TypeError(f"no blank nodes in kg graphs: {term!r}")


def as_quads(data: Any) -> Quads:
    return OxQuads(data) if isinstance(data, ox.Store) else data

SOURCE_TYPES = {
    SCHEMA.NewsArticle: "article",
    SCHEMA.SocialMediaPosting: "tweet",
    KG.Account: "account",
    KG.Agency: "agency",
    SCHEMA.Person: "person",
    SCHEMA.SportsTeam: "team",
    SCHEMA.SportsEvent: "match",
    KG.Claim: "claim",
}


def _first(ds: Quads, s: Node, p: URIRef) -> Node | None:
    """The first object of (s, p) in any graph of the dataset."""
    return next((o for _s, _p, o, _g in ds.quads((s, p, None, None))), None)


def _objects(ds: Quads, s: Node, p: URIRef) -> list[Node]:
    """Objects of (s, p) in every graph of the dataset, in a stable order."""
    return sorted({o for _s, _p, o, _g in ds.quads((s, p, None, None))}, key=str)


def _text(ds: Quads, s: Node, p: URIRef, default: str = "") -> str:
    o = _first(ds, s, p)
    return default if o is None else str(o)


def _label(ds: Quads, node: Node, kind: str) -> str:
    if kind == "tweet":
        handle = _text(ds, _first(ds, node, SCHEMA.author) or node, KG.handle)
        text = _text(ds, node, SCHEMA.text)
        return f"@{handle}: {text[:50]}{'…' if len(text) > 50 else ''}" if handle else text[:60]
    for p in (SCHEMA.name, RDFS.label, KG.fileName, KG.handle):
        v = _first(ds, node, p)
        if v is not None:
            return "@" + str(v) if p == KG.handle else str(v)
    return str(node).rsplit("/", 1)[-1]


def _evidence_items(ds: Quads, subject: Node, docs: dict[Node, str]) -> list[dict[str, str | int]]:
    out: list[dict[str, str | int]] = []
    for ev in _objects(ds, subject, KG.evidence):
        doc = _first(ds, ev, KG.document)
        out.append({
            "doc": docs.get(doc, str(doc)) if doc is not None else "",
            "text": _text(ds, ev, KG.text),
            "begin": int(_text(ds, ev, KG.begin, "0")),
            "end": int(_text(ds, ev, KG.end, "0")),
        })
    return out


def to_networkx(data: Quads | ox.Store) -> nx.MultiDiGraph:
    """The source/claim graph of a built dataset (an rdflib Dataset or a pyoxigraph store)."""
    ds = as_quads(data)
    g = nx.MultiDiGraph()
    kinds: dict[Node, str] = {}
    for s, _p, o, _c in ds.quads((None, RDF.type, None, None)):
        if o in SOURCE_TYPES and isinstance(s, URIRef):
            kinds.setdefault(s, SOURCE_TYPES[o])
    docs = {s: str(o) for s, _p, o, _c in ds.quads((None, KG.fileName, None, None))}
    evidence: dict[Node, list[dict[str, str | int]]] = defaultdict(list)
    originators: dict[Node, set[Node]] = defaultdict(set)
    edges: set[tuple[str, str, str]] = set()
    used: set[Node] = set()

    def edge(a: Node, b: Node, kind: str) -> None:
        if a in kinds and b in kinds and a != b:
            edges.add((str(a), str(b), kind))
            used.update((a, b))

    for a, _p, claim, _g in ds.quads((None, KG.claim, None, None)):
        source = _first(ds, a, KG.source)
        if source is None:
            continue  # a conflict's claims
        originators[claim].add(source)
        edge(source, claim, "originates")
        relay = _first(ds, a, KG.relayedBy)
        if relay is not None:
            edge(relay, claim, "relays")
        for item in _evidence_items(ds, a, docs):
            if item not in evidence[claim]:
                evidence[claim].append(item)
            if item not in evidence[source]:
                evidence[source].append(item)
    for claim, _p, target, _g in ds.quads((None, KG.about, None, None)):
        edge(claim, target, "about")
    for a, _p, b, _g in ds.quads((None, KG.conflictsWith, None, None)):
        if str(a) < str(b):
            edge(a, b, "conflicts")
    for article, _p, tweet, _g in ds.quads((None, KG.embeds, None, None)):
        edge(article, tweet, "embeds")
    for tweet, _p, account, _g in ds.quads((None, SCHEMA.author, None, None)):
        edge(account, tweet, "authored")
    for article, _p, tweet, _g in ds.quads((None, KG.reproduces, None, None)):
        edge(article, tweet, "reproduces")
    for reuse, _p, _o, _g in ds.quads((None, RDF.type, KG.Reuse, None)):
        reprinted = _first(ds, reuse, KG.tweet)
        if reprinted is not None:
            evidence[reprinted].extend(_evidence_items(ds, reuse, docs))
    for article, _p, credit, _g in ds.quads((None, KG.credit, None, None)):
        for p in (KG.agency, KG.photographer):
            for who in _objects(ds, credit, p):
                edge(who, article, "credit")
    for node in kinds:
        if kinds[node] == "article":
            used.add(node)
    for node in sorted(used, key=str):
        kind = kinds[node]
        label = _label(ds, node, kind)
        ev = sorted(evidence.get(node, []), key=lambda e: (str(e["doc"]), int(e["begin"])))
        n_orig = len(originators.get(node, ()))
        docs_of = {e["doc"] for e in ev}
        tip = f"{kind}: {label}"
        size = None
        if kind == "claim":
            tip += f"\n{n_orig} independent originator(s), {len(docs_of)} document(s)"
            size = 8 + 3 * min(n_orig, 10)
        elif ev:
            tip += f"\n“{str(ev[0]['text'])[:200]}”\n— {ev[0]['doc']}"
        g.add_node(str(node), kind=kind, label=label, title=tip, evidence=ev, iri=str(node), size=size)
    shown = {"conflicts": "conflict", "reproduces": "reprints without attribution"}
    for u, v, kind in sorted(edges):
        g.add_edge(u, v, key=kind, kind=kind, label=shown.get(kind, ""))
    return g


def write_graph_html(ds: Quads | ox.Store, path: Path) -> Path:
    from .render import write_html

    g = to_networkx(ds)
    if g.number_of_nodes() <= LAYERED_MAX:
        for n, (x, y) in layered_positions(g).items():
            g.nodes[n]["x"], g.nodes[n]["y"] = x, y
    return write_html(g, Path(path), title="kg: who says what")


# Columns of the layered layout: who says (left), what (middle), about what (right).
COLUMNS = {"account": 0, "agency": 0, "article": 1, "tweet": 1, "source_person": 1, "claim": 2,
           "team": 3, "match": 3, "person": 3}
LAYERED_MAX = 800  # above this many nodes, the renderer's force layout reads better than columns
COLUMN_GAP = 420
ROW_GAP = 34


def layered_positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Sources on the left, claims in the middle, what they are about on the right; within a column,
    nodes are ordered by the mean row of their neighbours (a few barycentre sweeps), so edges run
    mostly level."""
    originating = {u for u, _v, k in g.edges(keys=True) if k in ("originates", "credit")}
    column: dict[str, int] = {}
    for n, data in g.nodes(data=True):
        kind = data.get("kind", "")
        if kind == "person" and n in originating:
            kind = "source_person"
        column[n] = COLUMNS.get(kind, 3)
    rows: dict[int, list[str]] = defaultdict(list)
    for n in sorted(g.nodes):
        rows[column[n]].append(n)
    order = {n: float(i) for col in rows.values() for i, n in enumerate(col)}
    undirected = g.to_undirected(as_view=True)
    for _sweep in range(4):
        for col in sorted(rows):
            def centre(n: str) -> tuple[float, str]:
                nbrs = [order[m] for m in undirected.neighbors(n) if column[m] != column[n]]
                return (sum(nbrs) / len(nbrs) if nbrs else order[n], n)

            rows[col].sort(key=centre)
            for i, n in enumerate(rows[col]):
                order[n] = float(i)
    def room(n: str) -> float:  # big claims need more than one row
        return max(ROW_GAP, 2.2 * float(g.nodes[n].get("size") or 0) + 16)

    heights = {col: sum(room(n) for n in nodes) for col, nodes in rows.items()}
    tallest = max(heights.values(), default=0.0)
    out: dict[str, tuple[float, float]] = {}
    for col, nodes in rows.items():
        y = (tallest - heights[col]) / 2
        for n in nodes:
            out[n] = (float(col * COLUMN_GAP), y + room(n) / 2)
            y += room(n)
    return out
