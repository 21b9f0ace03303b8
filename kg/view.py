"""RDF -> networkx: the graph people see in ``graph.html`` (drawn by :mod:`kg.render`)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from .graph import KG, SCHEMA

KIND_OF_TYPE = {
    SCHEMA.NewsArticle: "article",
    SCHEMA.SocialMediaPosting: "tweet",
    KG.Account: "account",
    KG.Agency: "agency",
    SCHEMA.Person: "person",
    SCHEMA.SportsTeam: "team",
    SCHEMA.SportsEvent: "match",
    KG.Goal: "goal",
    KG.FanAct: "fan_act",
    SCHEMA.Quotation: "quote",
}
# edges drawn: (predicate, edge kind); findings link to their document through these too
EDGES = {
    SCHEMA.mentions: "mentions",
    KG.embeds: "embeds",
    SCHEMA.author: "authored",
    KG.speaker: "quotes",
    KG.team: "team",
    KG.team1: "plays",
    KG.team2: "plays",
    KG.scorer: "scored",
    KG.match: "in_match",
    SCHEMA.about: "reports",
}


def _first(ds: Dataset, s: Node, p: URIRef) -> Node | None:
    """The first object of (s, p) in any graph of the dataset."""
    return next((o for _s, _p, o, _g in ds.quads((s, p, None, None))), None)


def _text(ds: Dataset, s: Node, p: URIRef, default: str = "") -> str:
    o = _first(ds, s, p)
    return default if o is None else str(o)


def _label(ds: Dataset, node: URIRef, kind: str) -> str:
    for p in (SCHEMA.name, RDFS.label, KG.fileName, KG.handle):
        v = _first(ds, node, p)
        if v is not None:
            return "@" + str(v) if p == KG.handle else str(v)
    if kind == "fan_act":
        act = _text(ds, node, KG.act)
        return f"{_text(ds, node, KG.actor)} {act.rsplit('act-', 1)[-1]}" if act else "fan act"
    if kind == "quote":
        text = _text(ds, node, SCHEMA.text)
        return "“" + text[:40] + ("…" if len(text) > 40 else "") + "”"
    if kind == "goal":
        minute = _first(ds, node, KG.minute)
        return f"goal {minute}'" if minute is not None else "goal"
    if kind == "tweet":
        return _text(ds, node, SCHEMA.text)[:40] + "…"
    return str(node).rsplit("/", 1)[-1]


def _evidence(ds: Dataset) -> dict[Node, list[dict[str, str | int]]]:
    """Evidence spans per node; a mention's evidence goes to what it mentions."""
    docs = {s: str(o) for s, _p, o, _c in ds.quads((None, KG.fileName, None, None))}
    evidence: dict[Node, list[dict[str, str | int]]] = defaultdict(list)
    for s, _p, ev, _c in ds.quads((None, KG.evidence, None, None)):
        doc = _first(ds, ev, KG.document)
        item: dict[str, str | int] = {
            "doc": docs.get(doc, str(doc)) if doc is not None else "",
            "text": _text(ds, ev, KG.text),
            "begin": int(_text(ds, ev, KG.begin, "0")),
            "end": int(_text(ds, ev, KG.end, "0")),
        }
        target = _first(ds, s, KG.mentions) or s
        if item not in evidence[target]:
            evidence[target].append(item)
    return evidence


def to_networkx(ds: Dataset) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    kinds: dict[Node, str] = {}
    for s, _p, o, _c in ds.quads((None, RDF.type, None, None)):
        if o in KIND_OF_TYPE and isinstance(s, URIRef):
            kinds.setdefault(s, KIND_OF_TYPE[o])  # type: ignore[index]
    evidence = _evidence(ds)
    for node, kind in sorted(kinds.items()):
        ev = sorted(evidence.get(node, []), key=lambda e: (str(e["doc"]), int(e["begin"])))
        label = _label(ds, node, kind)  # type: ignore[arg-type]
        tip = f"{kind}: {label}"
        if ev:
            tip += "\n“" + str(ev[0]["text"])[:300] + "”\n— " + str(ev[0]["doc"])
            if len(ev) > 1:
                tip += f" (+{len(ev) - 1} more)"
        g.add_node(str(node), kind=kind, label=label, title=tip, evidence=ev, iri=str(node))
    for pred, ekind in EDGES.items():
        for s, _p, o, _c in ds.quads((None, pred, None, None)):
            if s in kinds and o in kinds and not g.has_edge(str(s), str(o), key=ekind):
                g.add_edge(str(s), str(o), key=ekind, kind=ekind, label=ekind)
    # findings attributed to a document: draw document -> finding
    for s, _p, o, _c in ds.quads((None, PROV.wasAttributedTo, None, None)):
        if s in kinds and o in kinds and kinds[o] == "article":
            g.add_edge(str(o), str(s), key="reports", kind="reports", label="reports")
    for s, _p, o, _c in ds.quads((None, SCHEMA.isPartOf, None, None)):
        if s in kinds and o in kinds:
            g.add_edge(str(o), str(s), key="quotes", kind="reports", label="reports")
    for s, _p, c, _g in ds.quads((None, KG.credit, None, None)):
        for _a, _b, agency, _x in ds.quads((c, KG.agency, None, None)):
            if agency in kinds:
                g.add_edge(str(agency), str(s), key="credit", kind="credit", label="photo credit")
        for _a, _b, person, _x in ds.quads((c, KG.photographer, None, None)):
            if person in kinds:
                g.add_edge(str(person), str(s), key="credit", kind="credit", label="photo credit")
    return g


def write_graph_html(ds: Dataset, path: Path) -> Path:
    from .render import write_html

    return write_html(to_networkx(ds), Path(path), title="kg: who says what")
