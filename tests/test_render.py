"""kg.render.write_html: a self-contained, deterministic page that no input text can break out of."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import pathlib
import random
import re
import subprocess
import sys
from typing import Any

import networkx as nx
import pytest

from kg import render
from kg.render import EDGE_STYLES, NODE_STYLES, write_html

HOSTILE = [
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<img src=x onerror="window.__pwned=1">',
    "\"'><svg onload=alert(1)>",
    "</SCRIPT ><!--<script>",
    "<style></style><link rel=stylesheet href=http://evil.example/x.css>",
    "&lt;b&gt; &amp; &#x3c;",
    "line\u2028sep\u2029para",
    "⚽🇯🇵 Nishino 西野 — «quote»",
    "Zoe\u0301 Ñ\u0303 a\u0338\u0336\u0335 Z\u0351\u036b\u0343\u036a",  # combining marks
    "\u202eevil right-to-left override",
    "__proto__",
    "constructor",
    "{{ 7*7 }} {% raw %}",
    "%%KG-CSP-SCRIPT-HASHES%%",
]

SCRIPT_JSON = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def make_graph(hostile: str = "plain text", where: str = "label") -> nx.MultiDiGraph:
    """A small graph with every kind, evidence and parallel edges; ``hostile`` goes in ``where``."""
    g = nx.MultiDiGraph()
    base = "https://kg.example/"
    for i, kind in enumerate([*NODE_STYLES, "brand_new_kind"]):
        g.add_node(
            f"{base}{kind}/{i}",
            kind=kind,
            label=f"{kind} {i}",
            title=f"{kind} {i}\nsecond line",
            evidence=[
                {"doc": f"doc{i}.txt", "text": f"Evidence sentence {i}.", "begin": 10 * i, "end": 10 * i + 9}
            ],
        )
    nodes = sorted(g.nodes)
    for i, kind in enumerate([*EDGE_STYLES, "unknown_edge"]):
        g.add_edge(nodes[i % len(nodes)], nodes[(i * 5 + 1) % len(nodes)], kind=kind, label=f"{kind} edge")
    g.add_edge(nodes[0], nodes[1], kind="mentions")  # parallel edges, both directions
    g.add_edge(nodes[1], nodes[0], kind="conflicts", label="disagrees")
    g.add_node(f"{base}bare")  # no attributes at all

    target = f"{base}target"
    attrs: dict[str, Any] = {"kind": "person", "label": "target", "title": "target", "evidence": []}
    if where == "label":
        attrs["label"] = hostile
    elif where == "title":
        attrs["title"] = hostile
    elif where == "kind":
        attrs["kind"] = hostile
    elif where == "evidence_text":
        attrs["evidence"] = [{"doc": "d.txt", "text": hostile, "begin": 0, "end": 5}]
    elif where == "evidence_doc":
        attrs["evidence"] = [{"doc": hostile, "text": "t", "begin": 0, "end": 5}]
    if where == "node_id":
        target = hostile
    g.add_node(target, **attrs)
    edge_attrs = {"kind": "quotes", "label": "says"}
    if where == "edge_label":
        edge_attrs["label"] = hostile
    elif where == "edge_kind":
        edge_attrs["kind"] = hostile
    g.add_edge(nodes[0], target, **edge_attrs)
    return g


def page_data(html: str) -> dict[str, Any]:
    blocks = SCRIPT_JSON.findall(html)
    assert len(blocks) == 1
    data: dict[str, Any] = json.loads(blocks[0])
    return data


def outside_json(html: str) -> str:
    return SCRIPT_JSON.sub("", html)


@pytest.fixture(scope="module")
def baseline_html(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("baseline") / "graph.html"
    write_html(make_graph(), path)
    return path.read_text(encoding="utf-8")


def test_writes_file_and_returns_path(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "out" / "graph.html"
    result = write_html(make_graph(), path, title="World Cup")
    assert result == path
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>World Cup</title>" in html
    assert sorted(os.listdir(path.parent)) == ["graph.html"]  # no temp file left behind


@pytest.mark.parametrize(
    "forbidden",
    ['src="http', "src='http", 'href="http', "href='http", "//cdn", "bootstrap", "@import", "googleapis"],
)
def test_nothing_remote(baseline_html: str, forbidden: str) -> None:
    assert forbidden not in baseline_html.lower()


def test_no_external_tags(baseline_html: str) -> None:
    assert not re.search(r"<script[^>]*\bsrc\s*=", baseline_html, re.IGNORECASE)
    assert not re.search(r"<link\b", baseline_html, re.IGNORECASE)
    assert not re.search(r"<(img|iframe|object|embed|base)\b", outside_json(baseline_html), re.IGNORECASE)
    assert "sourceMappingURL" not in baseline_html


def test_vis_network_inlined(baseline_html: str) -> None:
    js, css = render._vis_assets()
    assert len(js) > 400_000 and len(css) > 200_000
    assert js in baseline_html
    assert css in baseline_html
    assert "window.kgNetwork = network" in baseline_html


def test_csp_allows_only_the_page_scripts(baseline_html: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', baseline_html)
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    scripts = re.findall(r"<script>(.*?)</script>", baseline_html, re.DOTALL)
    assert len(scripts) == 2  # vis-network and the page's own script
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in policy


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize(
    "where", ["label", "title", "kind", "evidence_text", "evidence_doc", "node_id", "edge_label", "edge_kind"]
)
def test_hostile_text_stays_inside_the_json(
    tmp_path: pathlib.Path, baseline_html: str, hostile: str, where: str
) -> None:
    path = write_html(make_graph(hostile, where), tmp_path / "g.html")
    html = path.read_text(encoding="utf-8")
    lower = html.lower()
    assert "<img src=x" not in lower
    assert "<svg onload" not in lower
    assert "evil.example" not in outside_json(html)
    # Exactly the page's own script elements: the JSON block, vis-network and the page script.
    assert lower.count("</script") == 3
    assert lower.count("<script") == baseline_html.lower().count("<script")
    assert "\u2028" not in html and "\u2029" not in html
    # Outside the JSON block the page is exactly the benign page: no input text ever lands there.
    assert outside_json(html) == outside_json(baseline_html)
    # The text survives intact for the page to show as text (kinds are folded onto one line).
    expected = " ".join(hostile.split()) if where in ("kind", "edge_kind") else hostile
    found = json.dumps(page_data(html), ensure_ascii=False)
    assert json.dumps(expected, ensure_ascii=False)[1:-1] in found


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_page_title_is_escaped(tmp_path: pathlib.Path, hostile: str) -> None:
    html = write_html(make_graph(), tmp_path / "g.html", title=hostile).read_text(encoding="utf-8")
    assert "<img src=x" not in html.lower()
    assert html.lower().count("</script") == 3
    if "<" in hostile or "&" in hostile:
        assert hostile not in html


def test_script_json_escapes() -> None:
    out = render.script_json({"a": "</script>&<!--\u2028\u2029", "b": ["x"]})
    assert out == '{"a":"\\u003c/script\\u003e\\u0026\\u003c!--\\u2028\\u2029","b":["x"]}'
    assert json.loads(out) == {"a": "</script>&<!--\u2028\u2029", "b": ["x"]}


def test_lone_surrogates_do_not_break_writing(tmp_path: pathlib.Path) -> None:
    g = make_graph("bad \ud800 surrogate", "label")
    html = write_html(g, tmp_path / "g.html").read_text(encoding="utf-8")
    assert any(info["label"].startswith("bad ") for info in page_data(html)["infos"])


def test_deterministic(tmp_path: pathlib.Path) -> None:
    g = make_graph(HOSTILE[0], "label")
    a = write_html(g, tmp_path / "a.html").read_bytes()
    b = write_html(g, tmp_path / "b.html").read_bytes()
    assert a == b
    # Insertion order does not matter either.
    h = nx.MultiDiGraph()
    h.add_nodes_from(reversed(list(g.nodes(data=True))))
    h.add_edges_from(reversed(list(g.edges(data=True))))
    c = write_html(h, tmp_path / "c.html").read_bytes()
    assert a == c


def test_overwrite_is_atomic(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.html"
    path.write_text("old page", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(render.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk gone"):
        write_html(make_graph(), path)
    assert path.read_text(encoding="utf-8") == "old page"
    assert sorted(os.listdir(tmp_path)) == ["g.html"]
    monkeypatch.undo()
    write_html(make_graph(), path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(os.listdir(tmp_path)) == ["g.html"]


def test_styles_and_legend(baseline_html: str) -> None:
    data = page_data(baseline_html)
    nodes = {n["id"]: n for n in data["nodes"]}
    infos = {i["iri"]: i for i in data["infos"]}
    article = nodes[infos["https://kg.example/article/0"]["id"]]
    assert article["shape"] == "box"
    assert nodes[infos["https://kg.example/team/5"]["id"]]["shape"] == "star"
    unknown = nodes[infos["https://kg.example/brand_new_kind/13"]["id"]]
    assert unknown["shape"] == render.DEFAULT_NODE_STYLE.shape
    assert nodes[infos["https://kg.example/bare"]["id"]]["kind"] == "other"
    legend_kinds = [k["kind"] for k in data["legend"]["nodes"]]
    assert legend_kinds[0] == "article" and "brand_new_kind" in legend_kinds
    assert sorted(legend_kinds) == sorted({n["kind"] for n in data["nodes"]})
    conflicts = [e for e in data["edges"] if e["kind"] == "conflicts"]
    assert conflicts and all(e["dashes"] and e["color"]["color"] == "#d62728" for e in conflicts)
    # Parallel edges are curved apart; physics is off and every node has a position.
    assert any("smooth" in e for e in data["edges"])
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert data["small"] is True and data["hubs"] == []


def test_evidence_and_tooltips(baseline_html: str) -> None:
    data = page_data(baseline_html)
    info = next(i for i in data["infos"] if i["iri"] == "https://kg.example/claim/10")
    assert info["evidence"] == [
        {"doc": "doc10.txt", "text": "Evidence sentence 10.", "begin": 100, "end": 109}
    ]
    node = next(n for n in data["nodes"] if n["id"] == info["id"])
    assert node["title"] == "claim 10\nsecond line"  # plain text, newlines kept


def test_messy_attributes(tmp_path: pathlib.Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", kind=None, label=None, title=None, evidence=None)
    g.add_node("b", kind=7, label=["x"], evidence=[None, "str", {"text": 5, "begin": True, "end": "9"}])
    g.add_node("c", label="x" * 10_000)
    g.add_edge("a", "b", kind=None, label=None)
    g.add_edge("b", "b", kind="self")
    data = page_data(write_html(g, tmp_path / "g.html").read_text(encoding="utf-8"))
    infos = {i["iri"]: i for i in data["infos"]}
    assert infos["a"]["kind"] == "other" and infos["b"]["kind"] == "other"
    assert infos["b"]["evidence"] == [{"doc": "", "text": "5", "begin": None, "end": None}]
    assert len(next(n for n in data["nodes"] if n["id"] == infos["c"]["id"])["label"]) <= render.LABEL_MAX
    assert len(data["edges"]) == 2


def test_empty_graph(tmp_path: pathlib.Path) -> None:
    data = page_data(write_html(nx.MultiDiGraph(), tmp_path / "g.html").read_text(encoding="utf-8"))
    assert data["nodes"] == [] and data["edges"] == []


def test_rejects_non_string_node_ids(tmp_path: pathlib.Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node(1)
    with pytest.raises(TypeError):
        write_html(g, tmp_path / "g.html")


def random_graph(n: int, m: int, seed: int = 7) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    kinds = [*NODE_STYLES, "mystery"]
    g = nx.MultiDiGraph()
    for i in range(n):
        kind = rng.choice(kinds)
        g.add_node(
            f"https://kg.example/{kind}/{i}",
            kind=kind,
            label=f"{kind} {i}",
            title=f"{kind} {i}",
            evidence=[{"doc": f"d{i % 13}", "text": f"sentence {i}", "begin": i, "end": i + 10}],
        )
    ids = sorted(g.nodes)
    edge_kinds = list(EDGE_STYLES)
    for _ in range(m):
        g.add_edge(rng.choice(ids), rng.choice(ids), kind=rng.choice(edge_kinds))
    return g


def test_big_graph(tmp_path: pathlib.Path) -> None:
    g = random_graph(2000, 3000)
    html = write_html(g, tmp_path / "big.html").read_text(encoding="utf-8")
    data = page_data(html)
    assert {i["iri"] for i in data["infos"]} == set(g.nodes)
    assert len(data["nodes"]) == 2000 and len(data["edges"]) == 3000
    assert data["small"] is False
    assert 0 < len(data["hubs"]) <= render.MAX_HUBS
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) > 1900  # a real layout, not a pile
    assert "label" not in data["edges"][0]  # no edge labels on big graphs


@pytest.mark.slow
def test_deterministic_across_processes(tmp_path: pathlib.Path) -> None:
    """String hashing is randomised per process: the page must not depend on it."""
    script = (
        "import pathlib, sys\n"
        "from tests.test_render import random_graph\n"
        "from kg.render import write_html\n"
        "write_html(random_graph(600, 900), pathlib.Path(sys.argv[1]))\n"
    )
    root = pathlib.Path(__file__).resolve().parent.parent
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"g{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], cwd=root, env=env, check=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
