"""kg.graph: IRIs, named graphs, golden output, round trip, byte-identical rebuilds."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import isomorphic

import kg
from kg import graph as graph_mod
from kg.graph import (
    CLAIMS_GRAPH,
    KG,
    SCHEMA,
    default_graph_id,
    graph_iri,
    person_iri,
    slug,
    team_iri,
    to_trig,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "data" / "golden"


@pytest.fixture(scope="module")
def seeds_ds() -> Dataset:
    return kg.build([SEEDS])


def parse_trig(data: bytes) -> Dataset:
    ds = Dataset()
    ds.parse(data=data, format="trig")
    return ds


def assert_isomorphic(a: Dataset, b: Dataset, *, with_default: bool = True) -> None:
    skip = set() if with_default else {default_graph_id()}
    names_a = {g.identifier for g in a.graphs() if len(g)} - skip
    names_b = {g.identifier for g in b.graphs() if len(g)} - skip
    assert names_a == names_b
    for name in names_a:
        assert isomorphic(a.graph(name), b.graph(name)), name


@pytest.mark.parametrize("name", ["golden_match"])
def test_golden_graph(name: str) -> None:
    built = kg.build([GOLDEN / f"{name}.txt"])
    expected = parse_trig((GOLDEN / f"{name}.trig").read_bytes())
    assert_isomorphic(built, expected, with_default=False)  # the default graph is ontology.ttl


def test_round_trip_is_isomorphic(seeds_ds: Dataset) -> None:
    assert_isomorphic(seeds_ds, parse_trig(to_trig(seeds_ds)))


def test_serialisation_is_byte_identical(seeds_ds: Dataset) -> None:
    assert to_trig(seeds_ds) == to_trig(kg.build([SEEDS]))


@pytest.mark.slow
def test_rebuild_is_byte_identical_across_processes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out), "-q"], check=True, env=env)
        outputs.append(((out / "graph.trig").read_bytes(), (out / "graph.html").read_bytes()))
    assert outputs[0] == outputs[1]


def test_one_named_graph_per_document_and_one_for_claims(seeds_ds: Dataset) -> None:
    names = {str(g.identifier) for g in seeds_ds.graphs() if len(g) and g.identifier != default_graph_id()}
    assert names == {str(graph_iri(p.name)) for p in SEEDS.glob("*.txt")} | {str(CLAIMS_GRAPH)}


def test_no_blank_nodes(seeds_ds: Dataset) -> None:
    for s, p, o, _g in seeds_ds.quads((None, None, None, None)):
        assert not isinstance(s, BNode) and not isinstance(o, BNode), (s, p, o)


def test_same_team_one_iri_across_documents(seeds_ds: Dataset) -> None:
    japan = team_iri("Japan")
    assert japan == URIRef("https://kg.example/id/team/japan")
    graphs = {c for _s, _p, _o, c in seeds_ds.quads((None, SCHEMA.mentions, japan, None))}
    assert len(graphs) == 5


def test_person_iris_are_readable() -> None:
    assert person_iri("Akira Nishino") == URIRef("https://kg.example/id/person/akira-nishino")
    assert person_iri("Raúl Jiménez").endswith("/person/raul-jimenez")


def test_evidence_offsets_point_at_the_text(seeds_ds: Dataset) -> None:
    texts = {p.name: kg.reader.read_file(p).text for p in SEEDS.glob("*.txt")}
    docs = {s: str(o) for s, _p, o, _g in seeds_ds.quads((None, KG.fileName, None, None))}

    def first(s: object, p: URIRef) -> object:
        return next(o for _s, _p, o, _c in seeds_ds.quads((s, p, None, None)))  # type: ignore[arg-type]

    n = 0
    for ev, _p, text, _g in seeds_ds.quads((None, KG.text, None, None)):
        begin, end = int(first(ev, KG.begin)), int(first(ev, KG.end))  # type: ignore[call-overload]
        assert texts[docs[first(ev, KG.document)]][begin:end] == str(text)  # type: ignore[index]
        n += 1
    assert n > 50


def test_provenance_names_the_version_and_no_build_time(seeds_ds: Dataset) -> None:
    versions = {str(o) for _s, _p, o, _g in seeds_ds.quads((None, KG.extractorVersion, None, None))}
    assert versions == {kg.__version__}
    times = [o for _s, _p, o, _g in seeds_ds.quads((None, None, None, None))
             if isinstance(o, Literal) and o.datatype and str(o.datatype).endswith("dateTime")]
    assert times == []


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_slug_is_always_a_valid_iri_segment(text: str) -> None:
    s = slug(text)
    assert s and re.fullmatch(r"[a-z0-9._\-]+", s)


@given(st.text(min_size=1, max_size=40))
@settings(max_examples=100, deadline=None)
def test_any_article_text_round_trips(body: str) -> None:
    article = kg.reader.parse(" date 2018-07-03 " + body, "fuzz.txt")
    from kg.api import build_dataset

    ds = build_dataset([article]).dataset
    assert_isomorphic(ds, parse_trig(to_trig(ds)))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=6), st.text(max_size=6), st.text(max_size=12)), max_size=60))
def test_sorted_lines_on_disk_sort_as_python_does(triples: list[tuple[str, str, str]]) -> None:
    """The claims graph is sorted by SQLite (UTF-8 bytes); the documents' graphs by Python (code
    points): the two orders must agree, duplicates dropped, for any text (surrogates excepted:
    kg's literals never hold them)."""
    triples = [(s, p, o) for s, p, o in triples if not any(map(_has_surrogate, (s, p, o)))]
    lines = graph_mod.SortedLines()
    lines.BATCH = 7  # several flushes
    try:
        for s, p, o in triples:
            lines.add(s, p, o)
        assert list(lines) == sorted({f"{s} {p} {o}" for s, p, o in triples})
    finally:
        lines.close()


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def test_an_own_goal_is_marked_and_counts_for_the_other_side() -> None:
    from kg.api import build_dataset

    text = (" date 2024-06-20\nFootball: Spain 1 Italy 0\nSpain beat Italy 1-0 in Gelsenkirchen. Italy defender Riccardo Calafiori "
            "turned the ball into his own net in the 55th minute.\n")
    ds = build_dataset([kg.reader.parse(text, "own.txt")]).dataset
    own = {(str(g.value(s, KG.team)), g.value(s, KG.minute).toPython()) for g in ds.graphs() for s in g.subjects(KG.ownGoal, Literal(True))}
    assert own == {(str(team_iri("Spain")), 55)}
