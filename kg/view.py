"""RDF -> networkx: the graph people see in ``graph.html`` (drawn by :mod:`kg.render`)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import PROV

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


def _first(ds: Dataset, s: object, p: URIRef, default: object = None) -> object:
    """The first object of (s, p) in any graph of the dataset."""
    return next((o for _s, _p, o, _g in ds.quads((s, p, None, None))), default)  # type: ignore[arg-type]


def _label(ds: Dataset, node: URIRef, kind: str) -> str:
    for p in (SCHEMA.name, RDFS.label, KG.fileName, KG.handle):
        v = _first(ds, node, p)
        if v is not None:
            text = str(v)
            return "@" + text if p == KG.handle else text
    if kind == "fan_act":
        act = _first(ds, node, KG.act, None)
        actor = _first(ds, node, KG.actor, None)
        return f"{actor} {str(act).rsplit('act-', 1)[-1]}" if act else "fan act"
    if kind == "quote":
        text = _first(ds, node, SCHEMA.text, "")
        return "“" + str(text)[:40] + ("…" if len(str(text)) > 40 else "") + "”"
    if kind == "goal":
        minute = _first(ds, node, KG.minute, None)
        return f"goal {minute}'" if minute is not None else "goal"
    if kind == "tweet":
        text = _first(ds, node, SCHEMA.text, "")
        return str(text)[:40] + "…"
    return str(node).rsplit("/", 1)[-1]


def to_networkx(ds: Dataset) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    kinds: dict[URIRef, str] = {}
    for s, _p, o, _c in ds.quads((None, RDF.type, None, None)):
        if o in KIND_OF_TYPE and isinstance(s, URIRef):
            kinds.setdefault(s, KIND_OF_TYPE[o])  # type: ignore[arg-type]
    docs: dict[URIRef, str] = {}
    for s, _p, o, _c in ds.quads((None, KG.fileName, None, None)):
        docs[s] = str(o)  # type: ignore[index]
    evidence: dict[URIRef, list[dict[str, object]]] = defaultdict(list)
    for s, _p, ev, _c in ds.quads((None, KG.evidence, None, None)):
        text = _first(ds, ev, KG.text, None)
        begin = _first(ds, ev, KG.begin, None)
        end = _first(ds, ev, KG.end, None)
        doc = _first(ds, ev, KG.document, None)
        item = {"doc": docs.get(doc, str(doc)), "text": str(text), "begin": int(begin or 0), "end": int(end or 0)}  # type: ignore[call-overload]
        target = s
        mentioned = _first(ds, s, KG.mentions, None)
        if mentioned is not None:
            target = mentioned
        if item not in evidence[target]:  # type: ignore[index]
            evidence[target].append(item)  # type: ignore[index]
    for node, kind in sorted(kinds.items()):
        ev = sorted(evidence.get(node, []), key=lambda e: (str(e["doc"]), int(e["begin"])))  # type: ignore[call-overload]
        label = _label(ds, node, kind)
        tip = f"{kind}: {label}"
        if ev:
            tip += "\n“" + str(ev[0]["text"])[:300] + "”\n— " + str(ev[0]["doc"])
            if len(ev) > 1:
                tip += f" (+{len(ev) - 1} more)"
        g.add_node(str(node), kind=kind, label=label, title=tip, evidence=ev, iri=str(node))
    for pred, ekind in EDGES.items():
        for s, _p, o, _c in ds.quads((None, pred, None, None)):
            if s in kinds and o in kinds:
                if not g.has_edge(str(s), str(o), key=ekind):
                    g.add_edge(str(s), str(o), key=ekind, kind=ekind, label=ekind)
    # findings attributed to a document: draw document -> finding
    for s, _p, o, _c in ds.quads((None, PROV.wasAttributedTo, None, None)):
        if s in kinds and o in kinds and kinds[o] == "article":  # type: ignore[index]
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
