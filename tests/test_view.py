"""kg.view: the source/claim graph drawn in graph.html."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.view import COLUMN_GAP, layered_positions, to_networkx

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    return to_networkx(kg.build([ROOT / "seeds"]))


def kinds(g: nx.MultiDiGraph, kind: str) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d["kind"] == kind]


def test_sources_claims_and_what_they_are_about(g: nx.MultiDiGraph) -> None:
    for kind in ("article", "tweet", "account", "agency", "person", "claim", "team", "match"):
        assert kinds(g, kind), kind
    assert len(kinds(g, "article")) == 5


def test_relaying_differs_from_originating(g: nx.MultiDiGraph) -> None:
    edge_kinds = {k for _u, _v, k in g.edges(keys=True)}
    assert {"originates", "relays", "embeds", "authored", "about", "conflicts", "reproduces", "credit"} <= edge_kinds
    for u, _v, k in g.edges(keys=True):
        if k == "relays":
            assert g.nodes[u]["kind"] == "article"


def test_claim_size_grows_with_originators(g: nx.MultiDiGraph) -> None:
    claims = {g.nodes[n]["label"]: g.nodes[n]["size"] for n in kinds(g, "claim")}
    assert claims["Japan fans cleaned the stands after Belgium v Japan"] > claims["Japan 2-1 Colombia (Colombia v Japan)"]


def test_a_claim_carries_its_evidence(g: nx.MultiDiGraph) -> None:
    (claim,) = [n for n in kinds(g, "claim") if g.nodes[n]["label"].startswith("Japan players left a thank-you note")]
    docs = {e["doc"] for e in g.nodes[claim]["evidence"]}
    assert len(docs) == 5
    assert all(e["text"] and e["end"] > e["begin"] for e in g.nodes[claim]["evidence"])


def test_conflict_edge_joins_the_two_minutes(g: nx.MultiDiGraph) -> None:
    (u, v) = [(u, v) for u, v, k in g.edges(keys=True) if k == "conflicts"][0]
    assert {g.nodes[u]["label"], g.nodes[v]["label"]} >= {"Belgium's winning goal in the 90th minute (Belgium v Japan)"}


def test_one_node_per_tweet_embedded_twice(g: nx.MultiDiGraph) -> None:
    embedding = [u for u, v, k in g.edges(keys=True) if k == "embeds" and v.endswith("/tweet/mohammadkaif-w7nm6vrhwi")]
    assert len(embedding) == 2


def test_layered_positions_put_sources_left_claims_middle_topics_right(g: nx.MultiDiGraph) -> None:
    pos = layered_positions(g)
    x = {kind: {pos[n][0] for n in kinds(g, kind)} for kind in ("account", "article", "claim", "team")}
    assert x["account"] == {0} and x["article"] == {COLUMN_GAP} and x["claim"] == {2 * COLUMN_GAP}
    assert x["team"] == {3 * COLUMN_GAP}
    ys = sorted(pos[n][1] for n in kinds(g, "claim"))
    assert len(set(ys)) == len(ys)  # no two claims on one spot
