"""Write a knowledge graph as one self-contained, interactive HTML page.

The page shows "who says what": a vis-network canvas (the copy of vis-network 9.1.2 that pyvis ships,
inlined), a legend that doubles as a kind filter, a search box and a side panel with each node's
evidence and neighbours.

Every string in the graph is untrusted (it comes from news articles and tweets), so:

* all input text reaches the page only inside one ``<script type="application/json">`` block, whose
  ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\u003c``-style escapes, so no input can end
  the script element;
* the page's own script puts text into the DOM with ``textContent`` only, and gives vis-network
  plain-string tooltips (which vis shows as text);
* a Content-Security-Policy allows only the page's own inline scripts (by hash) and no requests at all.

Node positions are computed here (physics off), so a 2,000-node graph is interactive at once.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import importlib.resources
import json
import math
import os
import pathlib
import re
import tempfile
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2
import markupsafe
import networkx as nx
import numpy as np
from pyvis.network import Network

__all__ = ["EDGE_STYLES", "NODE_STYLES", "render_html", "script_json", "write_html"]


# --------------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NodeStyle:
    shape: str  # a vis-network shape
    color: str  # main colour (#rrggbb)
    size: int = 12  # vis "size" (ignored by box, which fits its label)


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    dashes: bool = False
    width: float = 1.0


# Order matters: it is the legend's order. Only articles draw their label inside the shape (a pale
# box); every other shape draws it below, so hidden labels on big graphs leave compact markers.
# Shapes are shared within families: dots for people and posts, squares for what is said.
NODE_STYLES: dict[str, NodeStyle] = {
    "article": NodeStyle("box", "#4e79a7"),
    "tweet": NodeStyle("dot", "#76b7b2", 10),
    "account": NodeStyle("diamond", "#59a14f", 13),
    "agency": NodeStyle("triangle", "#edc948", 14),
    "person": NodeStyle("dot", "#f28e2b", 15),
    "team": NodeStyle("star", "#b07aa1", 17),
    "match": NodeStyle("hexagon", "#9c755f", 14),
    "goal": NodeStyle("triangleDown", "#8cd17d", 11),
    "fan_act": NodeStyle("dot", "#ff9da7", 10),
    "quote": NodeStyle("square", "#d37295", 10),
    "claim": NodeStyle("square", "#e15759", 12),
    "concept": NodeStyle("dot", "#bab0ac", 10),
    "other": NodeStyle("dot", "#9d9d9d", 9),
}
DEFAULT_NODE_STYLE = NodeStyle("dot", "#9d9d9d", 9)

EDGE_STYLES: dict[str, EdgeStyle] = {
    "mentions": EdgeStyle("#9aa5b1"),
    "embeds": EdgeStyle("#76b7b2"),
    "authored": EdgeStyle("#59a14f"),
    "asserts": EdgeStyle("#f28e2b", width=1.5),
    "about": EdgeStyle("#b07aa1"),
    "credit": EdgeStyle("#edc948"),
    "quotes": EdgeStyle("#d37295", width=1.5),
    "relays": EdgeStyle("#9aa5b1", dashes=True),
    "originates": EdgeStyle("#f28e2b", width=2.0),
    "reproduces": EdgeStyle("#e15759", dashes=True, width=1.5),
    "conflicts": EdgeStyle("#d62728", dashes=True, width=2.5),
    "scored_for": EdgeStyle("#8cd17d"),
}
DEFAULT_EDGE_STYLE = EdgeStyle("#b4b4b4")

_LABEL_INSIDE = frozenset({"box", "ellipse", "circle", "database", "text"})

# Kinds whose labels stay visible on a big graph's overview (the best-connected few of them).
IMPORTANT_KINDS = ("article", "agency", "account", "person", "team", "match")

SMALL_GRAPH = 250  # up to this many nodes every label and edge label is drawn
MAX_HUBS = 30  # on bigger graphs, at most this many labels are drawn when zoomed out
NODE_SPACING = 60.0  # median distance in pixels from a node to its nearest neighbour, at zoom 1
COMPONENT_GAP = 120.0  # space in pixels between packed connected components
LABEL_MAX = 40  # characters of a label drawn on the canvas (the panel shows all of it)
TEXT_MAX = 4000  # characters kept of any one input string
EVIDENCE_MAX = 200  # evidence items kept per node
LAYOUT_SEED = 42
_SPRING_MAX = 400  # components up to this size use networkx's spring_layout
_FR_BUDGET = 2.0e8  # node pairs x iterations for the numpy layout of a big component

_DEFAULT_KIND = "other"


def _pale(color: str, amount: float = 0.7) -> str:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    r, g, b = (round(c + (255 - c) * amount) for c in (r, g, b))
    return f"#{r:02x}{g:02x}{b:02x}"


def _dark(color: str, amount: float = 0.3) -> str:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    r, g, b = (round(c * (1 - amount)) for c in (r, g, b))
    return f"#{r:02x}{g:02x}{b:02x}"


def _node_color(style: NodeStyle) -> dict[str, Any]:
    inside = style.shape in _LABEL_INSIDE
    background = _pale(style.color) if inside else style.color
    border = style.color if inside else _dark(style.color)
    return {
        "background": background,
        "border": border,
        "highlight": {"background": _pale(style.color, 0.4), "border": "#222222"},
        "hover": {"background": _pale(style.color, 0.4), "border": "#222222"},
    }


# --------------------------------------------------------------------------------------------------
# Input cleaning: every value may be anything; every string is hostile
# --------------------------------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def _text(value: Any, limit: int = TEXT_MAX) -> str:
    """A str that JSON and UTF-8 can carry (lone surrogates replaced), at most ``limit`` chars."""
    if value is None:
        return ""
    s = value if isinstance(value, str) else str(value)
    s = s.encode("utf-8", "replace").decode("utf-8")
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return s


def _one_line(s: str, limit: int) -> str:
    s = _WS.sub(" ", s).strip()
    if len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    return s


def _kind(value: Any) -> str:
    k = _one_line(_text(value, 200), 200) if isinstance(value, str) else ""
    return k or _DEFAULT_KIND


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return None


def _evidence(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, (list, tuple)):
        return []
    out: list[dict[str, Any]] = []
    for item in value[:EVIDENCE_MAX]:
        if not isinstance(item, Mapping):
            continue
        out.append(
            {
                "doc": _text(item.get("doc")),
                "text": _text(item.get("text")),
                "begin": _int_or_none(item.get("begin")),
                "end": _int_or_none(item.get("end")),
            }
        )
    return out


def _iri_tail(iri: str) -> str:
    tail = re.split(r"[/#:]", iri.rstrip("/#"))[-1]
    return tail or iri


# --------------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------------


def _fruchterman_reingold(n: int, edges: np.ndarray, iterations: int, seed: int) -> np.ndarray:
    """Fruchterman-Reingold in numpy without scipy (networkx needs scipy above 500 nodes).

    Repulsion is computed exactly, in float32 row blocks of at most about 4M pairs, so memory stays
    small; ``edges`` is an (m, 2) array of node indices. Returns an (n, 2) float64 array.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)).astype(np.float32)
    k2 = np.float32(1.0 / n)
    inv_k = np.float32(math.sqrt(n))
    t = 0.1
    dt = t / (iterations + 1)
    block = max(1, min(n, 4_000_000 // n))
    src = edges[:, 0]
    dst = edges[:, 1]
    for _ in range(iterations):
        x = pos[:, 0]
        y = pos[:, 1]
        disp = np.zeros((n, 2), dtype=np.float32)
        for start in range(0, n, block):
            stop = min(n, start + block)
            dx = x[start:stop, None] - x[None, :]
            dy = y[start:stop, None] - y[None, :]
            d2 = dx * dx
            d2 += dy * dy
            np.maximum(d2, np.float32(1e-4), out=d2)
            np.divide(k2, d2, out=d2)
            disp[start:stop, 0] += (dx * d2).sum(axis=1)
            disp[start:stop, 1] += (dy * d2).sum(axis=1)
        if len(src):
            d = pos[src] - pos[dst]
            dist = np.sqrt((d * d).sum(axis=1))
            pull = d * (dist * inv_k)[:, None]
            np.subtract.at(disp, src, pull)
            np.add.at(disp, dst, pull)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, np.float32(0.01), out=length)
        pos += disp * (np.float32(t) / length)[:, None]
        t -= dt
    return pos.astype(np.float64)


def _median_nearest_distance(arr: np.ndarray) -> float:
    """Median over nodes of the distance to the nearest other node (exact, in row blocks)."""
    n = len(arr)
    pts = arr.astype(np.float32)
    block = max(1, min(n, 4_000_000 // n))
    nearest = np.empty(n, dtype=np.float32)
    for start in range(0, n, block):
        stop = min(n, start + block)
        dx = pts[start:stop, None, 0] - pts[None, :, 0]
        dy = pts[start:stop, None, 1] - pts[None, :, 1]
        d2 = dx * dx + dy * dy
        d2[np.arange(stop - start), np.arange(start, stop)] = np.inf
        nearest[start:stop] = d2.min(axis=1)
    return float(np.sqrt(np.median(nearest)))


def _component_layout(comp: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions in pixels for one connected component, centred on (0, 0)."""
    nodes: list[str] = list(comp.nodes)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        h = NODE_SPACING / 2
        return {nodes[0]: (-h, 0.0), nodes[1]: (h, 0.0)}
    if n <= _SPRING_MAX:
        raw = nx.spring_layout(comp, seed=LAYOUT_SEED, iterations=50)
        arr = np.array([raw[v] for v in nodes], dtype=float)
    else:
        index = {v: i for i, v in enumerate(nodes)}
        edges = np.array([(index[u], index[v]) for u, v in comp.edges], dtype=np.int64).reshape(-1, 2)
        iterations = int(min(50, max(8, _FR_BUDGET / (n * n))))
        arr = _fruchterman_reingold(n, edges, iterations, LAYOUT_SEED)
    arr = arr - arr.mean(axis=0)
    # Scale so that the typical node's nearest neighbour is NODE_SPACING away: outliers (long
    # chains) no longer squeeze the dense core the way scaling by the extent does.
    typical = _median_nearest_distance(arr)
    if typical <= 0:
        typical = float(np.abs(arr).max()) / math.sqrt(n) or 1.0
    arr = arr * (NODE_SPACING / typical)
    return {v: (float(arr[i, 0]), float(arr[i, 1])) for i, v in enumerate(nodes)}


def _layout(nodes: list[str], pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Lay out each connected component on its own, then pack them in rows, biggest first."""
    und = nx.Graph()
    und.add_nodes_from(nodes)  # sorted: the layouts depend on node order
    und.add_edges_from(sorted({(u, v) if u <= v else (v, u) for u, v in pairs if u != v}))
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float, float]] = []
    total_area = 0.0
    for comp_nodes in comps:
        sub = nx.Graph()
        sub.add_nodes_from(comp_nodes)
        sub.add_edges_from(sorted(und.subgraph(comp_nodes).edges))
        pos = _component_layout(sub)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        x0, y0 = min(xs), min(ys)
        w = max(xs) - x0 + COMPONENT_GAP
        h = max(ys) - y0 + COMPONENT_GAP
        shifted = {v: (x - x0 + COMPONENT_GAP / 2, y - y0 + COMPONENT_GAP / 2) for v, (x, y) in pos.items()}
        placed.append((shifted, w, h))
        total_area += w * h
    # Shelf packing into a roughly 16:10 rectangle.
    row_width = max(math.sqrt(total_area * 1.6), max((w for _, w, _ in placed), default=0.0))
    out: dict[str, tuple[int, int]] = {}
    x = y = row_h = 0.0
    for pos, w, h in placed:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for v, (px, py) in pos.items():
            out[v] = (round(x + px), round(y + py))
        x += w
        row_h = max(row_h, h)
    # Centre the whole drawing on the origin.
    if out:
        cx = round((min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2)
        cy = round((min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2)
        out = {v: (px - cx, py - cy) for v, (px, py) in out.items()}
    return out


# --------------------------------------------------------------------------------------------------
# Building the page data
# --------------------------------------------------------------------------------------------------


def _edge_sort_key(item: tuple[str, str, Hashable, Mapping[str, Any]]) -> tuple[str, str, str, str, str]:
    u, v, key, data = item
    return (u, v, _kind(data.get("kind")), _text(data.get("label")), repr(key))


def _page_data(graph: nx.MultiDiGraph, title: str) -> tuple[Network, dict[str, Any]]:
    for n in graph.nodes:
        if not isinstance(n, str):
            raise TypeError(f"node ids must be str (IRIs), got {type(n).__name__}")
    node_ids = sorted(graph.nodes)
    n_nodes = len(node_ids)
    small = n_nodes <= SMALL_GRAPH

    edge_items = sorted(
        ((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True)),
        key=_edge_sort_key,
    )
    given = {nid: (graph.nodes[nid].get("x"), graph.nodes[nid].get("y")) for nid in node_ids}
    if node_ids and all(isinstance(x, (int, float)) and isinstance(y, (int, float)) for x, y in given.values()):
        positions = {nid: (round(float(x)), round(float(y))) for nid, (x, y) in given.items()}
    else:  # the caller's layout (every node has x and y), else our own
        positions = _layout(node_ids, ((u, v) for u, v, _, _ in edge_items))

    degree: Counter[str] = Counter()
    for u, v, _, _ in edge_items:
        degree[u] += 1
        degree[v] += 1

    # vis ids are "n0", "n1"...: vis keeps nodes in plain objects, where an id such as "__proto__"
    # or "constructor" would misbehave. The IRI travels in the node's info record.
    vis_id = {nid: f"n{i}" for i, nid in enumerate(node_ids)}
    kinds: dict[str, str] = {}
    infos: list[dict[str, Any]] = []
    vis_nodes: list[dict[str, Any]] = []
    for nid in node_ids:
        data = graph.nodes[nid]
        kind = _kind(data.get("kind"))
        kinds[nid] = kind
        iri = _text(nid)
        full_label = _text(data.get("label")) or _iri_tail(iri)
        label = _one_line(full_label, LABEL_MAX) or "·"
        tooltip = _text(data.get("title")) or f"{full_label}\n{kind}"
        style = NODE_STYLES.get(kind, DEFAULT_NODE_STYLE)
        x, y = positions[nid]
        vis_nodes.append(
            {
                "id": vis_id[nid],
                "label": label,
                "title": tooltip,  # a plain string: vis-network 9 shows it with innerText
                "kind": kind,
                "shape": style.shape,
                "size": _int_or_none(data.get("size")) or style.size,
                "color": _node_color(style),
                "x": x,
                "y": y,
            }
        )
        infos.append(
            {
                "id": vis_id[nid],
                "iri": iri,
                "label": full_label,
                "kind": kind,
                "evidence": _evidence(data.get("evidence")),
            }
        )

    # Hubs: on big graphs, the best-connected nodes of important kinds keep a readable label.
    hubs: list[str] = []
    if not small:
        rank = {k: i for i, k in enumerate(IMPORTANT_KINDS)}
        candidates = [nid for nid in node_ids if kinds[nid] in rank]
        candidates.sort(key=lambda nid: (-degree[nid], rank[kinds[nid]], nid))
        hubs = [vis_id[nid] for nid in candidates[:MAX_HUBS]]

    # Edges: parallel edges (either direction) get increasingly curved so none hides another.
    seen_pairs: Counter[tuple[str, str]] = Counter()
    vis_edges: list[dict[str, Any]] = []
    for i, (u, v, _key, data) in enumerate(edge_items):
        kind = _kind(data.get("kind"))
        estyle = EDGE_STYLES.get(kind, DEFAULT_EDGE_STYLE)
        label = _text(data.get("label"))
        edge: dict[str, Any] = {
            "id": f"e{i}",
            "from": vis_id[u],
            "to": vis_id[v],
            "kind": kind,
            "title": f"{kind}: {label}" if label else kind,
            "color": {
                "color": estyle.color,
                "highlight": _dark(estyle.color, 0.25),
                "hover": _dark(estyle.color, 0.25),
            },
            "dashes": estyle.dashes,
            "width": estyle.width,
        }
        if small and label:
            edge["label"] = _one_line(label, LABEL_MAX)
        pair = (u, v) if u <= v else (v, u)
        nth = seen_pairs[pair]
        seen_pairs[pair] += 1
        if nth and u != v:
            edge["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if nth % 2 else "curvedCCW",
                "roundness": 0.2 * ((nth + 1) // 2),
            }
        vis_edges.append(edge)

    options: dict[str, Any] = {
        "autoResize": True,
        "width": "100%",
        "height": "100%",
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": LAYOUT_SEED},
        "interaction": {
            "hover": small,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": not small,
            "hideEdgesOnZoom": not small,
            "keyboard": False,
            "multiselect": True,
        },
        "nodes": {
            "size": 12,
            "borderWidth": 1,
            # font.multi stays false: labels are never parsed as markup.
            "font": {"size": 14, "face": "system-ui, sans-serif", "multi": False, "color": "#222222"},
            # Below 8 px on screen a label is not drawn: on big graphs labels appear on zoom.
            "scaling": {"label": {"drawThreshold": 5 if small else 9, "maxVisible": 40}},
        },
        "edges": {
            "smooth": {"enabled": False},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "face": "system-ui, sans-serif", "multi": False, "align": "middle"},
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
    }

    # pyvis is the container for the vis data and options; filling its lists directly avoids the
    # quadratic add_node/add_edge (see shared stack notes). Its own templates are not used.
    net = Network(directed=True, cdn_resources="in_line", heading=title)
    net.nodes = vis_nodes
    net.edges = vis_edges
    net.node_ids = [n["id"] for n in vis_nodes]
    net.node_map = {n["id"]: n for n in vis_nodes}
    net.options = options

    node_kind_counts = Counter(kinds.values())
    edge_kind_counts = Counter(e["kind"] for e in vis_edges)
    known_order = {k: i for i, k in enumerate(NODE_STYLES)}
    legend_nodes = []
    for kind in sorted(node_kind_counts, key=lambda k: (known_order.get(k, len(known_order)), k)):
        style = NODE_STYLES.get(kind, DEFAULT_NODE_STYLE)
        legend_nodes.append(
            {
                "kind": kind,
                "count": node_kind_counts[kind],
                "shape": style.shape,
                "color": _node_color(style),
                "known": kind in NODE_STYLES,
            }
        )
    edge_order = {k: i for i, k in enumerate(EDGE_STYLES)}
    legend_edges = []
    for kind in sorted(edge_kind_counts, key=lambda k: (edge_order.get(k, len(edge_order)), k)):
        es = EDGE_STYLES.get(kind, DEFAULT_EDGE_STYLE)
        legend_edges.append(
            {
                "kind": kind,
                "count": edge_kind_counts[kind],
                "color": es.color,
                "dashes": es.dashes,
                "width": es.width,
            }
        )

    extra = {
        "infos": infos,
        "hubs": hubs,
        "small": small,
        "legend": {"nodes": legend_nodes, "edges": legend_edges},
    }
    return net, extra


# --------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------

_SCRIPT_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def script_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element whatever strings ``obj`` holds."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.translate(_SCRIPT_JSON_ESCAPES)


_VIS_DIR = "templates/lib/vis-9.1.2"
_SOURCE_MAP = re.compile(r"^\s*//[#@] sourceMappingURL=.*$", re.MULTILINE)
_CSS_SOURCE_MAP = re.compile(r"/\*[#@] sourceMappingURL=.*?\*/", re.DOTALL)


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """pyvis's bundled vis-network JS and CSS, checked to be safe to inline."""
    base = importlib.resources.files("pyvis").joinpath(_VIS_DIR)
    js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    js = _SOURCE_MAP.sub("", js).rstrip() + "\n"  # a source map would be fetched by dev tools
    css = _CSS_SOURCE_MAP.sub("", css).rstrip() + "\n"
    if re.search(r"</script|<!--", js, re.IGNORECASE):
        raise RuntimeError("vis-network.min.js cannot be inlined safely")
    if re.search(r"</style|@import|url\(\s*(?!['\"]?data:)", css, re.IGNORECASE):
        raise RuntimeError("vis-network.css cannot be inlined safely")
    return js, css


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(pathlib.Path(__file__).parent / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


_CSP_PLACEHOLDER = "%%KG-CSP-SCRIPT-HASHES%%"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _with_csp_hashes(html: str) -> str:
    """Fill the CSP meta tag with the hashes of the page's executable inline scripts."""
    hashes = []
    for m in _INLINE_SCRIPT.finditer(html):
        digest = hashlib.sha256(m.group(1).encode("utf-8")).digest()
        hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    # The placeholder is in <head>, before any data: replace only that first occurrence.
    return html.replace(_CSP_PLACEHOLDER, " ".join(hashes), 1)


def render_html(graph: nx.MultiDiGraph, *, title: str = "kg graph") -> str:
    """The page for ``graph`` as a string (what :func:`write_html` writes)."""
    net, extra = _page_data(graph, _text(title, 500))
    nodes, edges, heading, _height, _width, _options_json = net.get_network_data()
    payload = {
        "nodes": nodes,
        "edges": edges,
        "options": net.options,
        **extra,
    }
    vis_js, vis_css = _vis_assets()
    template = _environment().get_template("graph.html")
    html = template.render(
        title=heading,
        csp_placeholder=_CSP_PLACEHOLDER,
        vis_css=markupsafe.Markup(vis_css),
        vis_js=markupsafe.Markup(vis_js),
        data_json=markupsafe.Markup(script_json(payload)),
        node_count=len(nodes),
        edge_count=len(edges),
    )
    return _with_csp_hashes(html)


def write_html(graph: nx.MultiDiGraph, path: pathlib.Path, *, title: str = "kg graph") -> pathlib.Path:
    """Write ``graph`` as a self-contained interactive HTML page at ``path``; return ``path``.

    The same graph always gives the same bytes. The file is written to a temporary file in the same
    folder and moved into place, so a reader never sees half a page.
    """
    path = pathlib.Path(path)
    data = render_html(graph, title=title).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return path
