"""kg.serve: the read-only SPARQL 1.1 Protocol endpoint, driven over real HTTP by SPARQLWrapper and urllib."""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.dom.minidom import Document

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper
from test_render_browser import browser  # noqa: F401  (fixture for the page test)

import kg
import kg.sparql
from kg import serve as serve_mod
from kg.serve import GRAPH_FORMATS, RESULT_FORMATS, ServeOptions, make_server, negotiate, uses_service

ROOT = Path(__file__).resolve().parent.parent
TEAMS = kg.sparql.bundled()["teams"].read_text(encoding="utf-8")
ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
ARTICLES = "PREFIX schema: <https://schema.org/> CONSTRUCT { ?a a schema:NewsArticle } WHERE { GRAPH ?g { ?a a schema:NewsArticle } }"
# Two graphs joined on nothing but a string comparison: millions of candidate pairs (about 5 s in
# all), yet a row comes out every ~0.1 ms, so a cancelled worker notices within a row.
SLOW = ("SELECT * WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } "
        "FILTER(STR(?c) = STR(?f) && ?a != ?d) }")


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return kg.sparql.store_from(kg.build([ROOT / "seeds"]))


@contextmanager
def running(store: ox.Store, **options: Any) -> Iterator[str]:
    options.setdefault("quiet", True)
    server = make_server(store, ServeOptions(port=0, **options))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="test-serve", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def base(store: ox.Store) -> Iterator[str]:
    with running(store) as url:
        yield url


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def ctype(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0]

    def json(self) -> Any:
        return json.loads(self.body)


def call(url: str, *, method: str = "GET", data: bytes | None = None, headers: dict[str, str] | None = None) -> Response:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return Response(r.status, dict(r.headers), r.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, dict(e.headers), e.read())


def get(base: str, query: str, path: str = "/sparql", **params: str) -> Response:
    headers = {"Accept": params.pop("accept")} if "accept" in params else {}
    qs = urllib.parse.urlencode({"query": query, **params})
    return call(f"{base}{path}?{qs}", headers=headers)


def post_form(base: str, fields: dict[str, str], accept: str | None = None) -> Response:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return call(f"{base}/sparql", method="POST", data=urllib.parse.urlencode(fields).encode(), headers=headers)


def post_direct(base: str, query: str, ctype: str = "application/sparql-query") -> Response:
    return call(f"{base}/sparql", method="POST", data=query.encode(), headers={"Content-Type": ctype})


def expected_rows(store: ox.Store, query: str) -> list[dict[str, str | None]]:
    return kg.sparql.run(store, query).as_dicts()


def serialized(store: ox.Store, query: str) -> bytes | None:
    """What pyoxigraph itself writes for a SELECT query, in SPARQL JSON."""
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    return result.serialize(format=ox.QueryResultsFormat.JSON)


def json_rows(data: dict[str, Any]) -> list[dict[str, str | None]]:
    names = data["head"]["vars"]
    return [{n: b[n]["value"] if n in b else None for n in names} for b in data["results"]["bindings"]]


# --- SPARQLWrapper, the real client --------------------------------------------------------------


def test_sparqlwrapper_select_json(base: str, store: ox.Store) -> None:
    sw = SPARQLWrapper(f"{base}/sparql")
    sw.setQuery(TEAMS)
    sw.setReturnFormat(JSON)
    data = sw.query().convert()
    assert isinstance(data, dict)
    assert data["head"]["vars"] == ["doc", "team"]
    rows = json_rows(data)
    assert rows == expected_rows(store, TEAMS) and len(rows) > 3


def test_sparqlwrapper_select_xml_over_post(base: str, store: ox.Store) -> None:
    sw = SPARQLWrapper(f"{base}/query")
    sw.setQuery(TEAMS)
    sw.setMethod(POST)
    sw.setReturnFormat(XML)
    doc = sw.query().convert()
    assert isinstance(doc, Document)
    results = doc.getElementsByTagName("result")
    assert len(results) == len(expected_rows(store, TEAMS))
    teams = {b.getElementsByTagName("literal")[0].firstChild.data  # type: ignore[union-attr]
             for b in doc.getElementsByTagName("binding") if b.getAttribute("name") == "team"}
    assert teams == {r["team"] for r in expected_rows(store, TEAMS)}


def test_sparqlwrapper_ask(base: str) -> None:
    sw = SPARQLWrapper(f"{base}/sparql")
    sw.setReturnFormat(JSON)
    sw.setQuery("PREFIX schema: <https://schema.org/> ASK { GRAPH ?g { ?a a schema:NewsArticle } }")
    assert sw.query().convert() == {"head": {}, "boolean": True}
    sw.setQuery("ASK { GRAPH ?g { ?a a <https://kg.example/NoSuchClass> } }")
    assert sw.query().convert() == {"head": {}, "boolean": False}


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # SPARQLWrapper's own use
def test_sparqlwrapper_construct(base: str) -> None:
    sw = SPARQLWrapper(f"{base}/sparql")
    sw.setQuery(ARTICLES)  # default return format for CONSTRUCT: RDF/XML, parsed into an rdflib Graph
    g = sw.query().convert()
    assert isinstance(g, rdflib.Graph)
    assert len(g) == 5  # the five seed articles
    sw.setReturnFormat(TURTLE)
    sw.setRequestMethod(POSTDIRECTLY)
    sw.setMethod(POST)
    ttl = sw.query().convert()
    assert isinstance(ttl, bytes)
    assert len(rdflib.Graph().parse(data=ttl, format="turtle")) == 5


# --- protocol ------------------------------------------------------------------------------------


def test_get_post_form_and_post_direct_agree(base: str, store: ox.Store) -> None:
    answers = [get(base, TEAMS), post_form(base, {"query": TEAMS}), post_direct(base, TEAMS)]
    for r in answers:
        assert r.status == 200, r.text
        assert r.ctype == "application/sparql-results+json"
    assert answers[0].body == answers[1].body == answers[2].body
    # what pyoxigraph itself writes for the query (the endpoint re-reads rows, losslessly)
    assert answers[0].body == serialized(store, TEAMS)


def test_terms_survive_exactly(base: str, store: ox.Store) -> None:
    q = ('SELECT ?lit ?num ?iri ?none WHERE { BIND("tab\\there\\nnew \\"q\\" é"@en AS ?lit) '
         'BIND(42 AS ?num) BIND(<https://kg.example/x?a=1&b=2> AS ?iri) }')
    r = get(base, q)
    assert r.status == 200, r.text
    assert r.body == serialized(store, q)
    (row,) = r.json()["results"]["bindings"]
    assert row["lit"] == {"type": "literal", "value": 'tab\there\nnew "q" é', "xml:lang": "en"}
    assert row["num"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert "none" not in row


def test_csv_and_tsv_by_accept(base: str, store: ox.Store) -> None:
    csv = get(base, TEAMS, accept="text/csv")
    assert csv.status == 200 and csv.ctype == "text/csv"
    assert csv.text.splitlines()[0] == "doc,team"
    assert len(csv.text.splitlines()) == 1 + len(expected_rows(store, TEAMS))
    tsv = get(base, TEAMS, accept="text/tab-separated-values")
    assert tsv.status == 200 and tsv.ctype == "text/tab-separated-values"
    assert tsv.text.splitlines()[0] == "?doc\t?team"
    xml = get(base, TEAMS, accept="application/sparql-results+xml")
    assert xml.ctype == "application/sparql-results+xml" and xml.text.startswith("<?xml")


def test_accept_q_values_and_format_override(base: str) -> None:
    assert get(base, TEAMS, accept="text/csv;q=0.5, text/tab-separated-values;q=0.9").ctype == "text/tab-separated-values"
    assert get(base, TEAMS, accept="text/*, application/sparql-results+json;q=0.1").ctype == "text/csv"
    assert get(base, TEAMS, accept="*/*").ctype == "application/sparql-results+json"
    assert get(base, TEAMS, accept="application/sparql-results+json", format="tsv").ctype == "text/tab-separated-values"
    assert get(base, TEAMS, format="csv").ctype == "text/csv"
    r = get(base, TEAMS, accept="image/png")
    assert r.status == 406 and "application/sparql-results+json" in r.text
    r = get(base, TEAMS, format="turtle")
    assert r.status == 400 and "does not apply to a SELECT query" in r.text


def test_construct_formats(base: str) -> None:
    nt = get(base, ARTICLES)
    assert nt.status == 200 and nt.ctype == "application/n-triples"
    assert len(nt.text.splitlines()) == 5
    ttl = get(base, ARTICLES, accept="text/turtle")
    assert ttl.ctype == "text/turtle"
    assert len(rdflib.Graph().parse(data=ttl.text, format="turtle")) == 5
    nq = get(base, ARTICLES, accept="application/n-quads")
    assert nq.ctype == "application/n-quads" and len(nq.text.splitlines()) == 5
    assert get(base, ARTICLES, format="jsonld").ctype == "application/ld+json"
    assert get(base, ARTICLES, accept="text/csv").status == 406
    described = get(base, "DESCRIBE <https://kg.example/ontology#FanActScheme>")
    assert described.status == 200 and "FanActScheme" in described.text


def test_ask_in_each_results_format(base: str) -> None:
    q = "ASK { ?s ?p ?o }"
    assert get(base, q).json() == {"head": {}, "boolean": True}
    assert get(base, q, accept="text/csv").text.strip() == "true"
    assert "<boolean>true</boolean>" in get(base, q, format="xml").text


def test_dataset_parameters(base: str, store: ox.Store) -> None:
    graph = next(iter(store.named_graphs()))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    size = len(list(store.quads_for_pattern(None, None, None, graph)))
    r = get(base, count, **{"default-graph-uri": graph.value})
    assert r.status == 200 and int(r.json()["results"]["bindings"][0]["n"]["value"]) == size
    default = int(get(base, count).json()["results"]["bindings"][0]["n"]["value"])
    assert default != size  # without the parameter: the store's default graph (the ontology)
    r = get(base, "SELECT ?g WHERE { GRAPH ?g {} }", **{"named-graph-uri": graph.value})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [graph.value]
    r = get(base, count, **{"default-graph-uri": "not an iri"})
    assert r.status == 400 and "default-graph-uri" in r.text


def test_union_default_graph_option(store: ox.Store) -> None:
    graph = next(iter(store.named_graphs()))
    with running(store, union_default_graph=True) as url:
        r = get(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(store)  # every graph
        r = get(url, f"SELECT (COUNT(*) AS ?n) FROM <{graph.value}> WHERE {{ ?s ?p ?o }}")  # FROM still wins
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(list(store.quads_for_pattern(None, None, None, graph)))


def test_bad_query_is_400_with_the_parser_message(base: str) -> None:
    r = get(base, "SELECT ?x WHERE { ?x ")
    assert r.status == 400 and r.ctype == "text/plain"
    assert r.text.startswith("SPARQL syntax error:") and "1:" in r.text
    assert get(base, "   ").status == 400
    r = call(f"{base}/sparql")
    assert r.status == 400 and "missing the 'query' parameter" in r.text
    r = call(f"{base}/sparql?query=a&query=b")
    assert r.status == 400 and "more than one" in r.text
    r = post_direct(base, TEAMS, ctype="text/plain")
    assert r.status == 415


def test_cors_everywhere_and_preflight(base: str) -> None:
    for r in (get(base, TEAMS), get(base, "nonsense"), call(f"{base}/nope"), call(f"{base}/")):
        assert r.headers["Access-Control-Allow-Origin"] == "*"
    pre = call(f"{base}/sparql", method="OPTIONS", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, accept"})
    assert pre.status == 204 and pre.body == b""
    assert pre.headers["Access-Control-Allow-Origin"] == "*"
    assert {"GET", "POST"} <= {m.strip() for m in pre.headers["Access-Control-Allow-Methods"].split(",")}
    assert "content-type" in pre.headers["Access-Control-Allow-Headers"].lower()
    assert "X-KG-Truncated" in get(base, TEAMS).headers["Access-Control-Expose-Headers"]


def test_updates_are_refused(base: str, store: ox.Store) -> None:
    before = len(store)
    insert = "INSERT DATA { GRAPH <https://kg.example/g> { <https://kg.example/a> <https://kg.example/b> 1 } }"
    for r in (
        post_form(base, {"update": insert}),
        post_direct(base, insert, ctype="application/sparql-update"),
        get(base, insert),
        post_direct(base, "PREFIX ex: <https://kg.example/>\n# a comment\nDELETE WHERE { ?s ?p ?o }"),
        post_form(base, {"query": "drop all"}),
    ):
        assert r.status == 403, r.text
        assert "read-only" in r.text
    assert len(store) == before


def test_service_is_refused_unless_allowed(base: str, store: ox.Store) -> None:
    fed = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    for q in (fed, fed.replace("SERVICE", "service"), fed.replace("SERVICE", "\\u0053ERVICE"),
              "SELECT * WHERE { ?s ?p ?o .SERVICE SILENT ?x { ?a ?b ?c } }"):
        r = get(base, q)
        assert r.status == 400 and "SERVICE" in r.text, q
    prologue = TEAMS.split("SELECT")[0]
    q = (prologue + f"SELECT ?team WHERE {{ SERVICE <{base}/sparql> {{ SELECT DISTINCT ?team WHERE "
         "{ GRAPH ?g { ?t a schema:SportsTeam ; rdfs:label ?team } } } }")
    with running(store, allow_service=True) as fed_url:  # federate to the main endpoint, for real
        r = get(fed_url, q)
    assert r.status == 200, r.text
    got = {b["team"]["value"] for b in r.json()["results"]["bindings"]}
    assert got == {row["team"] for row in expected_rows(store, TEAMS)}


def test_service_check_is_lexical() -> None:
    assert uses_service("SELECT * { SERVICE <x:y> { ?s ?p ?o } }")
    assert uses_service("SELECT * { ?s ?p ?o }\n#\"\nSERVICE <x:y> {}")  # a quote inside a comment hides nothing
    assert not uses_service('SELECT ?service WHERE { ?s <https://schema.org/service> ?service ; ex:service "SERVICE" } # SERVICE')
    assert not uses_service("PREFIX service: <https://kg.example/> SELECT * { ?s service:x $service }")


def test_row_limit_truncates_and_says_so(store: ox.Store) -> None:
    with running(store, max_rows=3) as url:
        r = get(url, ALL_QUADS)
        assert r.status == 200 and r.headers.get("X-KG-Truncated") == "true"
        assert len(r.json()["results"]["bindings"]) == 3
        # a header and three records (a literal may hold line breaks inside its quotes)
        assert len(list(csv.reader(io.StringIO(get(url, ALL_QUADS, format="csv").text)))) == 4
        exact = get(url, ALL_QUADS + " LIMIT 3")
        assert len(exact.json()["results"]["bindings"]) == 3 and "X-KG-Truncated" not in exact.headers
        nt = get(url, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert nt.headers.get("X-KG-Truncated") == "true" and len(nt.text.splitlines()) == 3


def test_timeout_answers_503_and_stops_the_worker(store: ox.Store) -> None:
    with running(store, timeout_s=0.2, max_rows=10_000_000) as url:
        start = time.perf_counter()
        r = get(url, SLOW)
        elapsed = time.perf_counter() - start
        assert r.status == 503 and "time limit of 0.2 s" in r.text
        assert elapsed < 2
        deadline = time.monotonic() + 3
        while any(t.name == "kg-serve-query" for t in threading.enumerate()) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not any(t.name == "kg-serve-query" for t in threading.enumerate())
        assert get(url, TEAMS).status == 200  # still serving


def test_busy_when_every_slot_is_taken(store: ox.Store) -> None:
    with running(store, timeout_s=0.2, max_rows=10_000_000, max_running=1) as url:
        results: list[int] = []

        def slow() -> None:
            results.append(get(url, SLOW).status)

        t = threading.Thread(target=slow)
        t.start()
        deadline = time.monotonic() + 2
        while not any(w.name == "kg-serve-query" for w in threading.enumerate()) and time.monotonic() < deadline:
            time.sleep(0.005)
        busy = get(url, TEAMS)  # while the slow query holds the only slot
        t.join(5)
        assert results == [503]
        assert busy.status == 503 and "busy" in busy.text and busy.headers.get("Retry-After")


def test_not_found_and_method_not_allowed(base: str) -> None:
    assert call(f"{base}/nope").status == 404
    assert call(f"{base}/sparql/extra?query=ASK{{}}").status == 404
    for method in ("PUT", "DELETE", "PATCH"):
        r = call(f"{base}/sparql", method=method, data=b"x")
        assert r.status == 405 and "GET" in r.headers["Allow"]
    assert call(f"{base}/", method="POST", data=b"query=ASK{}", headers={"Content-Type": "application/x-www-form-urlencoded"}).status == 405
    assert call(f"{base}/", method="HEAD").status == 200


def test_query_page(base: str) -> None:
    r = call(f"{base}/")
    assert r.status == 200 and r.ctype == "text/html"
    page = r.text
    for name in kg.sparql.bundled():
        assert f'data-query="{name}"' in page
    # self-contained: no external script, stylesheet, image or frame; nothing loads over the network
    assert not re.search(r"""<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=""", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "innerHTML" not in page and "textContent" in page
    assert page.count("</script>") == 2  # the query texts cannot close their JSON block early
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_default_host_is_loopback(store: ox.Store) -> None:
    assert ServeOptions().host == "127.0.0.1"
    server = make_server(store, ServeOptions(port=0))
    try:
        assert server.server_address[0] == "127.0.0.1" and server.server_address[1] > 0
    finally:
        server.server_close()


def test_bad_options_are_usage_errors(store: ox.Store) -> None:
    for bad in (ServeOptions(port=0, timeout_s=0), ServeOptions(port=0, max_rows=0), ServeOptions(port=-1)):
        with pytest.raises(kg.errors.UsageError):
            make_server(store, bad)


def test_one_log_line_per_request(store: ox.Store, capsys: pytest.CaptureFixture[str]) -> None:
    with running(store, quiet=False) as url:
        get(url, TEAMS)
        call(f"{url}/nope")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert '"GET /sparql" 200' in lines[0] and "rows" in lines[0] and "query=" not in lines[0]
    assert '"GET /nope" 404' in lines[1]


def test_serve_stops_cleanly_on_ctrl_c(store: ox.Store, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    closed: list[bool] = []

    def interrupted(self: Any, poll_interval: float = 0.5) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(serve_mod._SparqlServer, "serve_forever", interrupted)
    original_close = serve_mod._SparqlServer.server_close

    def close(self: Any) -> None:
        closed.append(True)
        original_close(self)

    monkeypatch.setattr(serve_mod._SparqlServer, "server_close", close)
    serve_mod.serve(store, ServeOptions(port=0))  # returns instead of raising
    assert closed == [True]
    assert "/sparql" in capsys.readouterr().err


def test_negotiate() -> None:
    def media(accept: str | None, formats: Any = RESULT_FORMATS) -> str | None:
        fmt = negotiate(accept, formats)
        return fmt.media.split(";")[0] if fmt else None

    assert media(None) == "application/sparql-results+json"
    assert media("") == "application/sparql-results+json"
    assert media("application/json") == "application/sparql-results+json"
    assert media("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8") == "application/sparql-results+xml"
    assert media("*/*;q=0.1, text/csv;q=0") == "application/sparql-results+json"
    assert media("text/*;q=0.9, text/csv;q=0") == "text/tab-separated-values"
    assert media("text/csv;q=oops, text/tab-separated-values;q=0.2") == "text/tab-separated-values"
    assert media("image/png") is None
    assert media(None, GRAPH_FORMATS) == "application/n-triples"
    assert media("application/rdf+xml", GRAPH_FORMATS) == "application/rdf+xml"
    assert media("application/turtle,text/turtle", GRAPH_FORMATS) == "text/turtle"


@pytest.mark.browser
def test_query_page_runs_a_bundled_query(base: str, browser: Any) -> None:  # noqa: F811
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    try:
        page.goto(f"{base}/")
        page.click("button[data-query=teams]")
        assert page.input_value("#query") == TEAMS
        page.click("#run")
        page.wait_for_selector("#out table")
        assert page.locator("#out th").all_text_contents() == ["doc", "team"]
        assert "rows in" in (page.text_content("#status") or "")
        assert errors == []  # the inline script ran: its CSP hash matches
    finally:
        page.close()
