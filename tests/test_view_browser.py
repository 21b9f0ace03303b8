"""The seeds' graph.html in headless Chromium: offline, every node and edge drawn, a claim's
evidence on click, no console errors. Needs Debian's chromium; fails (never skips) without it."""
from __future__ import annotations

import pathlib
from typing import Any

import networkx as nx
import pytest
from test_render_browser import browser, click_node, open_page  # noqa: F401  (fixtures)

import kg
from kg.view import to_networkx

pytestmark = pytest.mark.browser
ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[pathlib.Path, nx.MultiDiGraph]:
    ds = kg.build([ROOT / "seeds"])
    path = kg.render_html(ds, tmp_path_factory.mktemp("seeds") / "graph.html")
    return path, to_networkx(ds)


def test_seeds_page_draws_the_whole_graph_offline(open_page: Any, built: tuple[pathlib.Path, nx.MultiDiGraph]) -> None:  # noqa: F811
    path, g = built
    loaded = open_page(path)
    counts = loaded.js("[kgNetwork.body.data.nodes.length, kgNetwork.body.data.edges.length]")
    assert counts == [g.number_of_nodes(), g.number_of_edges()]
    loaded.check_clean()


def test_clicking_a_claim_shows_its_evidence(open_page: Any, built: tuple[pathlib.Path, nx.MultiDiGraph]) -> None:  # noqa: F811
    path, g = built
    (claim,) = [n for n, d in g.nodes(data=True)
                if d["kind"] == "claim" and d["label"].startswith("Belgium's winning goal in the 90th minute")]
    loaded = open_page(path)
    click_node(loaded, claim)
    loaded.page.wait_for_function("() => document.getElementById('kg-panel').textContent.includes('90th minute')")
    panel = loaded.page.text_content("#kg-panel") or ""
    assert "Lose 3-2 in the 90th minute to Belgium" in panel
    assert "003_fa2e6c44ab33690d.txt" in panel
    loaded.check_clean()
