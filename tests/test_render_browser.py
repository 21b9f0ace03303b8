"""kg.render.write_html in a real browser: Debian's headless Chromium driven by Playwright.

The page must work offline: every request other than the page itself is aborted and makes the test
fail. Needs /usr/bin/chromium (apt-get install chromium) and the playwright package; it fails, never
skips, when either is missing.
"""

from __future__ import annotations

import os
import pathlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx
import pytest

from kg.render import EDGE_STYLES, NODE_STYLES, write_html

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PWN_LABEL = '<img src=x onerror="window.__pwned=1">'
PWN_EVIDENCE = '</script><script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">'
DANGEROUS = "img, iframe, script[src], svg image, [onerror], [onmouseover], [onload]"
PWN_TITLE = '<b onmouseover="window.__pwned=4">tip</b><img src=x onerror="window.__pwned=5">'


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's Chromium with `apt-get install -y chromium` "
            "(the browser tests must run, not skip)"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: `pip install playwright` (do not run `playwright install`)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@dataclass
class Loaded:
    page: Page
    requests: list[str] = field(default_factory=list)  # every request other than the page itself
    errors: list[str] = field(default_factory=list)  # page errors and console errors

    def check_clean(self) -> None:
        assert self.requests == [], f"the page made requests: {self.requests}"
        assert self.errors == [], f"errors in the page: {self.errors}"

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Any]:
    pages: list[Page] = []

    def _open(path: pathlib.Path, *, bypass_csp: bool = False) -> Loaded:
        page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
        pages.append(page)
        url = path.resolve().as_uri()
        loaded = Loaded(page)

        def route(r: Route) -> None:
            if r.request.url == url:
                r.continue_()
            else:
                loaded.requests.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("request", lambda req: None if req.url == url else loaded.requests.append(req.url))
        page.on("pageerror", lambda exc: loaded.errors.append(f"pageerror: {exc}"))
        page.on(
            "console",
            lambda msg: loaded.errors.append(f"console: {msg.text}") if msg.type == "error" else None,
        )
        page.goto(url)
        page.wait_for_function("() => window.kgReady === true", timeout=60_000)
        return loaded

    yield _open
    for p in pages:
        p.close()


def make_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    base = "https://kg.example/"
    for i, kind in enumerate([*NODE_STYLES, "brand_new_kind"]):
        g.add_node(
            f"{base}{kind}/{i}",
            kind=kind,
            label=f"{kind} {i}",
            title=f"{kind} {i}\nsecond line",
            evidence=[
                {
                    "doc": f"doc{i}.txt",
                    "text": f"Evidence sentence number {i}.",
                    "begin": 10 * i,
                    "end": 10 * i + 9,
                }
            ],
        )
    g.add_node(
        f"{base}hostile",
        kind="person",
        label=PWN_LABEL,
        title=PWN_TITLE,
        evidence=[
            {"doc": '<img src=x onerror="window.__pwned=6">.txt', "text": PWN_EVIDENCE, "begin": 3, "end": 9}
        ],
    )
    nodes = sorted(g.nodes)
    for i, kind in enumerate([*EDGE_STYLES, "unknown_edge"]):
        g.add_edge(nodes[i % len(nodes)], nodes[(i * 5 + 1) % len(nodes)], kind=kind, label=f"{kind} edge")
    g.add_edge(nodes[0], nodes[1], kind="mentions")
    g.add_edge(nodes[1], nodes[0], kind="conflicts", label=PWN_LABEL)
    g.add_edge(f"{base}article/0", f"{base}hostile", kind="quotes", label=PWN_LABEL)
    return g


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return make_graph()


@pytest.fixture(scope="module")
def page_path(graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return write_html(graph, tmp_path_factory.mktemp("browser") / "graph.html", title="Browser test")


def node_screen_position(loaded: Loaded, iri: str) -> tuple[float, float] | None:
    """Centre the node at zoom 1.2 and return its page coordinates, or None if another node covers it."""
    found = loaded.js(
        """(iri) => {
            const id = window.kgFind(iri);
            const net = window.kgNetwork;
            net.moveTo({position: net.getPositions([id])[id], scale: 1.2, animation: false});
            const dom = net.canvasToDOM(net.getPositions([id])[id]);
            if (net.getNodeAt(dom) !== id) { return null; }
            const rect = document.getElementById("kg-graph").getBoundingClientRect();
            return [rect.left + dom.x, rect.top + dom.y];
        }""",
        iri,
    )
    return None if found is None else (float(found[0]), float(found[1]))


def click_node(loaded: Loaded, iri: str) -> None:
    xy = node_screen_position(loaded, iri)
    assert xy is not None, f"{iri} is covered by another node"
    loaded.page.mouse.click(*xy)


def test_loads_offline_with_every_node_and_edge(
    open_page: Any, page_path: pathlib.Path, graph: nx.MultiDiGraph
) -> None:
    loaded = open_page(page_path)
    counts = loaded.js("[kgNetwork.body.data.nodes.length, kgNetwork.body.data.edges.length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges()]
    drawn = loaded.js("Object.keys(kgNetwork.body.nodes).length")
    assert drawn == graph.number_of_nodes()
    assert loaded.js("kgNetwork.physics.options.enabled") is False
    legend = loaded.page.inner_text("#kg-legend-nodes")
    assert "brand_new_kind" in legend and "article" in legend
    assert "conflicts" in loaded.page.inner_text("#kg-legend-edges")
    loaded.check_clean()


def test_click_shows_evidence_and_neighbours(open_page: Any, page_path: pathlib.Path) -> None:
    loaded = open_page(page_path)
    click_node(loaded, "https://kg.example/claim/10")
    loaded.page.wait_for_function(
        "() => document.getElementById('kg-panel').textContent.includes('Evidence sentence')"
    )
    panel = loaded.page.text_content("#kg-panel") or ""
    assert "Evidence sentence number 10." in panel
    assert "doc10.txt" in panel and "100–109" in panel
    assert "https://kg.example/claim/10" in panel
    assert "Neighbours (1)" in panel and "fan_act 8" in panel  # the claim's one edge: about -> fan_act 8
    loaded.check_clean()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "csp-bypassed"])
def test_hostile_text_is_shown_as_text(open_page: Any, page_path: pathlib.Path, bypass_csp: bool) -> None:
    # With the CSP bypassed, only the page's textContent discipline stands between input and the DOM.
    loaded = open_page(page_path, bypass_csp=bypass_csp)
    xy = node_screen_position(loaded, "https://kg.example/hostile")
    assert xy is not None
    x, y = xy
    loaded.page.mouse.move(x, y)
    loaded.page.wait_for_timeout(600)  # vis shows the tooltip after tooltipDelay
    tooltip = loaded.js("(document.querySelector('.vis-tooltip') || {}).innerText || ''")
    assert "onmouseover" in tooltip  # shown as text
    loaded.page.mouse.click(x, y)
    loaded.page.wait_for_function(
        "() => document.getElementById('kg-panel').textContent.includes('__pwned=2')"
    )
    panel_text = loaded.js("document.getElementById('kg-panel').textContent")
    assert PWN_LABEL in panel_text and PWN_EVIDENCE in panel_text
    assert tooltip.strip() == PWN_TITLE
    # Article 0's neighbour list shows the hostile label as a text button; its edge label is hostile too.
    click_node(loaded, "https://kg.example/article/0")
    loaded.page.wait_for_function(
        "() => document.getElementById('kg-panel').textContent.includes('article 0')"
    )
    assert PWN_LABEL in loaded.js("document.getElementById('kg-panel').textContent")
    # A search for the hostile label finds it without interpreting it.
    loaded.page.fill("#kg-search", "<img src=x")
    loaded.page.wait_for_function(
        "() => document.getElementById('kg-search-status').textContent === '1 match'"
    )
    assert loaded.js("(sel) => document.querySelectorAll(sel).length", DANGEROUS) == 0
    assert loaded.js("window.__pwned") is None
    loaded.check_clean()


def test_search_focuses_and_kind_filter_hides(
    open_page: Any, page_path: pathlib.Path, graph: nx.MultiDiGraph
) -> None:
    loaded = open_page(page_path)
    loaded.page.fill("#kg-search", "team 5")
    loaded.page.wait_for_function(
        "() => document.getElementById('kg-search-status').textContent === '1 match'"
    )
    assert "Evidence sentence number 5." in (loaded.page.text_content("#kg-panel") or "")
    assert loaded.js("kgNetwork.getSelectedNodes().map(id => kgNetwork.body.data.nodes.get(id).kind)") == [
        "team"
    ]

    n_person = sum(1 for _, k in graph.nodes(data="kind") if k == "person")
    loaded.page.locator("#kg-legend-nodes label", has_text="person").locator("input").uncheck()
    assert loaded.js("kgNetwork.body.data.nodes.length") == graph.number_of_nodes() - n_person
    loaded.page.click("#kg-kinds-all")
    assert loaded.js("kgNetwork.body.data.nodes.length") == graph.number_of_nodes()
    loaded.check_clean()


def test_big_graph_is_interactive(open_page: Any, tmp_path: pathlib.Path) -> None:
    rng = random.Random(3)
    g = nx.MultiDiGraph()
    kinds = list(NODE_STYLES)
    for i in range(2000):
        kind = rng.choice(kinds)
        g.add_node(f"https://kg.example/n/{i}", kind=kind, label=f"{kind} {i}", title=f"{kind} {i}")
    ids = sorted(g.nodes)
    for _ in range(3000):
        g.add_edge(rng.choice(ids), rng.choice(ids), kind=rng.choice(list(EDGE_STYLES)))
    loaded = open_page(write_html(g, tmp_path / "big.html"))
    counts = loaded.js("[kgNetwork.body.data.nodes.length, kgNetwork.body.data.edges.length]")
    assert counts == [2000, 3000]
    # A random graph this dense has overlapping nodes: click the first one nothing covers.
    iri, xy = next((i, xy) for i in ids if (xy := node_screen_position(loaded, i)) is not None)
    loaded.page.mouse.click(*xy)
    loaded.page.wait_for_function(
        "(iri) => document.getElementById('kg-panel').querySelector('code').textContent === iri", arg=iri
    )
    loaded.check_clean()
