"""kg.push against a real Oxigraph server (the ``oxigraph`` binary from the ``oxigraph`` wheel), plus
tiny local HTTP servers that demand Basic or Digest authentication."""
from __future__ import annotations

import base64
import contextlib
import hashlib
import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.api import build_to
from kg.errors import KgError, UsageError
from kg.push import PushError, PushResult, push

ROOT = Path(__file__).resolve().parents[1]
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


# ------------------------------------------------------------------ fixtures

def _oxigraph_binary() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answers(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1) as r:
            return bool(r.status == 200)
    except (OSError, urllib.error.URLError):
        return False


@pytest.fixture(scope="module")
def oxigraph() -> Iterator[str]:
    """Base URL of an in-memory Oxigraph server for this module."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.fail("the oxigraph server binary is not installed: pip install oxigraph (the server tests must run, not skip)")
    for _attempt in range(3):  # the free port may be taken between probing and binding
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None and not _answers(base):
            time.sleep(0.05)
        if proc.poll() is None and _answers(base):
            break
        _stop(proc)
    else:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        pytest.fail(f"oxigraph serve did not start: {err}")
    try:
        yield base
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    if proc.stderr:
        proc.stderr.close()


@pytest.fixture
def store(oxigraph: str) -> str:
    """The server's Graph Store endpoint, emptied before the test."""
    _update(oxigraph, "DROP ALL")
    return f"{oxigraph}/store"


@pytest.fixture(scope="module")
def seeds_trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("push-out")
    build_to([ROOT / "seeds"], out, html=False)
    return out / "graph.trig"


def _update(base: str, update: str) -> None:
    req = urllib.request.Request(f"{base}/update", data=update.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert r.status in (200, 204)


def _select(base: str, query: str) -> list[dict[str, str]]:
    req = urllib.request.Request(f"{base}/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=10) as r:
        data = json.load(r)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


def _server_count(store_url: str) -> int:
    return int(_select(store_url.rsplit("/", 1)[0], COUNT_ALL)[0]["n"])


def _server_graphs(store_url: str) -> dict[str, int]:
    rows = _select(store_url.rsplit("/", 1)[0],
                   "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]: int(r["n"]) for r in rows}


def _local(path: Path) -> ox.Store:
    s = ox.Store()
    s.load(path=path, format=ox.RdfFormat.TRIG)
    return s


def _local_graphs(s: ox.Store) -> dict[str, int]:
    return {g.value: len(list(s.quads_for_pattern(None, None, None, g)))
            for g in s.named_graphs() if isinstance(g, ox.NamedNode)}


# ------------------------------------------------------------------ against Oxigraph

def test_push_uploads_every_triple(store: str, seeds_trig: Path) -> None:
    local = _local(seeds_trig)
    result = push(seeds_trig, store)
    assert isinstance(result, PushResult)
    assert _server_count(store) == len(local) == result.triples
    default = len(list(local.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    assert default > 0  # the ontology
    assert result.graphs == len(list(local.named_graphs())) + 1
    assert result.seconds >= 0


def test_push_twice_is_idempotent(store: str, seeds_trig: Path) -> None:
    push(seeds_trig, store)
    first = _server_count(store)
    push(seeds_trig, store)
    assert _server_count(store) == first == len(_local(seeds_trig))


def test_named_graphs_match_the_local_ones(store: str, seeds_trig: Path) -> None:
    push(seeds_trig, store)
    local = _local_graphs(_local(seeds_trig))
    assert local
    assert _server_graphs(store) == local


def test_put_replaces_a_graph(store: str, tmp_path: Path) -> None:
    old = tmp_path / "old.trig"
    old.write_text("<http://ex.org/g> { <http://ex.org/a> <http://ex.org/p> 1, 2, 3 . }\n"
                   "<http://ex.org/keep> <http://ex.org/p> 9 .\n")
    new = tmp_path / "new.trig"
    new.write_text("<http://ex.org/g> { <http://ex.org/a> <http://ex.org/p> 4 . }\n")
    push(old, store)
    assert _server_graphs(store) == {"http://ex.org/g": 3}
    result = push(new, store)
    assert (result.graphs, result.triples) == (1, 1)
    assert _server_graphs(store) == {"http://ex.org/g": 1}
    assert _server_count(store) == 2  # the default graph was not in new.trig: left alone


def test_odd_graph_iris_and_split_blocks(store: str, tmp_path: Path) -> None:
    """IRIs with ?, &, #, % and non-ASCII are url-encoded; a graph written as two TriG blocks
    keeps the triples of both (PUT then POST)."""
    iris = ["http://ex.org/g?a=1&b=2#frag", "http://ex.org/%41/é/ü", "urn:x:y"]
    text = "".join(f"<{g}> {{ <http://ex.org/s> <http://ex.org/p> {i} . }}\n" for i, g in enumerate(iris))
    text += f"<{iris[0]}> {{ <http://ex.org/s> <http://ex.org/p> 99, 0 . }}\n"
    path = tmp_path / "odd.trig"
    path.write_text(text, encoding="utf-8")
    result = push(path, store)
    assert result.graphs == 3
    assert _server_graphs(store) == {iris[0]: 2, iris[1]: 1, iris[2]: 1}
    push(path, store)
    assert _server_graphs(store) == {iris[0]: 2, iris[1]: 1, iris[2]: 1}


def _in_step(store: str, trig: Path) -> None:
    local = _local(trig)
    assert _server_graphs(store) == _local_graphs(local) and _server_count(store) == len(local)


def test_an_incremental_push_sends_only_what_changed(store: str, tmp_path: Path) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    shutil.copytree(ROOT / "seeds", docs)
    build_to([docs], out, html=False)
    trig = out / "graph.trig"
    full = push(trig, store)
    _in_step(store, trig)
    again = push(trig, store, incremental=True)
    assert (again.graphs, again.triples, again.deleted, again.unchanged) == (0, 0, 0, full.graphs)

    before = _contents(trig)
    changed = docs / "004_3666cbed447638b8.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nSenegal beat Egypt 2-0 in the final.\n", encoding="utf-8")
    (docs / "000_12a964fd33053ade.txt").unlink()
    build_to([docs], out, html=False)
    after = _contents(trig)
    update = push(trig, store, incremental=True)
    assert update.deleted == 1 and "https://kg.example/graph/000_12a964fd33053ade-txt" not in _server_graphs(store)
    assert update.graphs == sum(before.get(g) != triples for g, triples in after.items()) >= 2  # the document, the claims
    assert update.graphs + update.unchanged == len(after) == full.graphs - 1
    _in_step(store, trig)
    elsewhere = push(trig, store + "?", incremental=True)  # another URL: its own record, so everything
    assert elsewhere.graphs == len(after) and elsewhere.unchanged == 0


def _contents(trig: Path) -> dict[str, set[str]]:
    """Each graph's triples ("" for the default graph)."""
    graphs: dict[str, set[str]] = {}
    for q in ox.parse(path=trig, format=ox.RdfFormat.TRIG):
        name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        graphs.setdefault(name, set()).add(str(q.triple))
    return graphs


def test_an_interrupted_push_is_sent_again(store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import push as push_mod

    build_to([ROOT / "seeds"], tmp_path, html=False)
    trig = tmp_path / "graph.trig"
    real_send = push_mod._send
    sent: list[str] = []

    def failing_send(*args: object) -> None:
        if len(sent) == 3:
            raise PushError("connection reset")
        sent.append(str(args[2]))
        real_send(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(push_mod, "_send", failing_send)
    with pytest.raises(PushError, match="connection reset"):
        push(trig, store, incremental=True)
    monkeypatch.setattr(push_mod, "_send", real_send)
    resumed = push(trig, store, incremental=True)
    assert resumed.graphs == len(_local_graphs(_local(trig))) + 1  # the three sent are sent again too
    _in_step(store, trig)
    assert push(trig, store, incremental=True).graphs == 0


def test_an_incremental_push_of_split_blocks_sends_a_graph_whole(store: str, tmp_path: Path) -> None:
    path = tmp_path / "split.trig"
    path.write_text("<http://ex.org/g> { <http://ex.org/s> <http://ex.org/p> 1 . }\n"
                    "<http://ex.org/h> { <http://ex.org/s> <http://ex.org/p> 2 . }\n"
                    "<http://ex.org/g> { <http://ex.org/s> <http://ex.org/p> 3 . }\n", encoding="utf-8")
    assert push(path, store, incremental=True).graphs == 2
    assert push(path, store, incremental=True).graphs == 0
    path.write_text(path.read_text(encoding="utf-8").replace(" 3 .", " 4 ."), encoding="utf-8")
    result = push(path, store, incremental=True)
    assert (result.graphs, result.triples, result.unchanged) == (1, 2, 1)  # both blocks of g, PUT then POST
    assert _server_graphs(store) == {"http://ex.org/g": 2, "http://ex.org/h": 1}


def test_a_push_from_a_read_only_folder_works_and_records_nothing(store: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.trig"
    path.write_text("<http://ex.org/g> { <http://ex.org/s> <http://ex.org/p> 1 . }\n", encoding="utf-8")
    assert push(path, store, incremental=True).graphs == 1
    real_write_text = Path.write_text

    def read_only(self: Path, *args: object, **kwargs: object) -> int:
        if self.name.endswith(".json.tmp"):
            raise PermissionError(13, "Permission denied")
        return real_write_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", read_only)
    path.write_bytes(path.read_bytes().replace(b" 1 .", b" 2 ."))
    assert push(path, store, incremental=True).graphs == 1  # pushed; the old record removed, not left stale
    assert not list(tmp_path.glob(".g.trig.pushed-*"))
    monkeypatch.setattr(Path, "write_text", real_write_text)
    path.write_bytes(path.read_bytes().replace(b" 2 .", b" 1 ."))  # back to what the first record said
    assert push(path, store, incremental=True).graphs == 1  # a stale record would have skipped it
    assert _select(store.rsplit("/", 1)[0], "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }") == [{"o": "1"}]


def test_closed_port(seeds_trig: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}/store"
    with pytest.raises(PushError) as info:
        push(seeds_trig, url, timeout_s=5)
    message = str(info.value)
    assert "\n" not in message
    assert url in message and "default graph" in message
    assert "refused" in message.lower()
    assert isinstance(info.value, KgError)


def test_wrong_path(oxigraph: str, seeds_trig: Path) -> None:
    with pytest.raises(PushError, match=r"HTTP 404 Not Found") as info:
        push(seeds_trig, f"{oxigraph}/nowhere")
    assert "\n" not in str(info.value)
    assert f"{oxigraph}/nowhere" in str(info.value)


def test_bad_arguments_and_input(tmp_path: Path) -> None:
    trig = tmp_path / "g.trig"
    trig.write_text("<http://ex.org/g> { <http://ex.org/a> <http://ex.org/p> 1 . }\n")
    with pytest.raises(UsageError, match="--auth"):
        push(trig, "http://127.0.0.1:1/store", user="u", password="p", auth="ntlm")
    with pytest.raises(UsageError, match="http://"):
        push(trig, "127.0.0.1:7878/store")
    with pytest.raises(UsageError, match="--user"):
        push(trig, "http://127.0.0.1:1/store", password="p")
    with pytest.raises(UsageError, match="ASCII"):
        push(trig, "http://127.0.0.1:1/store", user="u", password="é", auth="digest")
    with pytest.raises(PushError, match="no such file"):
        push(tmp_path / "missing.trig", "http://127.0.0.1:1/store")
    bad = tmp_path / "bad.trig"
    bad.write_text("<http://ex.org/g> { <http://ex.org/a> <http://ex.org/p> . }\n")
    with pytest.raises(PushError, match="not valid TriG") as info:
        push(bad, "http://127.0.0.1:1/store")
    assert "\n" not in str(info.value)


def test_empty_file_pushes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.trig"
    empty.write_text("@prefix ex: <http://ex.org/> .\n")
    result = push(empty, "http://127.0.0.1:1/store")  # no request is made
    assert (result.graphs, result.triples) == (0, 0)


# ------------------------------------------------------------------ authentication

REALM = "kg-test"
NONCE = "dcd98b7102dd2f0e8b11d0f600bfb0c093"


class _AuthHandler(http.server.BaseHTTPRequestHandler):
    """Accepts PUT/POST only with the right credentials (Basic or Digest, per ``server.scheme``);
    records every Authorization header it sees."""

    server: _AuthServer

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        header = self.headers.get("Authorization")
        self.server.seen.append(header)
        if header is not None and self._valid(header):
            self.server.bodies.append(self.path)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(401)
        if self.server.scheme == "basic":
            self.send_header("WWW-Authenticate", f'Basic realm="{REALM}"')
        else:
            self.send_header("WWW-Authenticate",
                             f'Digest realm="{REALM}", nonce="{NONCE}", qop="auth", algorithm=MD5')
        body = b"authentication required\n"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT

    def _valid(self, header: str) -> bool:
        user, password = self.server.credentials
        if self.server.scheme == "basic":
            token = base64.b64encode(f"{user}:{password}".encode()).decode()
            return header == f"Basic {token}"
        scheme, _, rest = header.partition(" ")
        if scheme.lower() != "digest":
            return False
        f = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
        if f.get("username") != user or f.get("uri") != self.path or f.get("nonce") != NONCE:
            return False

        def md5(s: str) -> str:
            return hashlib.md5(s.encode()).hexdigest()

        ha1 = md5(f"{user}:{REALM}:{password}")
        ha2 = md5(f"{self.command}:{f['uri']}")
        expected = md5(f"{ha1}:{NONCE}:{f.get('nc')}:{f.get('cnonce')}:{f.get('qop')}:{ha2}")
        return f.get("response") == expected

    def log_message(self, format: str, *args: object) -> None:
        pass


class _AuthServer(http.server.ThreadingHTTPServer):
    def __init__(self, scheme: str) -> None:
        super().__init__(("127.0.0.1", 0), _AuthHandler)
        self.scheme = scheme
        # urllib's Digest handler only hashes ASCII; Basic sends UTF-8
        self.credentials = ("alice", "s3cret:é" if scheme == "basic" else "s3cret:e")
        self.seen: list[str | None] = []
        self.bodies: list[str] = []


@contextlib.contextmanager
def _running(scheme: str) -> Iterator[tuple[_AuthServer, str]]:
    server = _AuthServer(scheme)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server, f"http://127.0.0.1:{server.server_address[1]}/store"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(params=["basic", "digest"])
def auth_server(request: pytest.FixtureRequest) -> Iterator[tuple[_AuthServer, str]]:
    with _running(request.param) as running:
        yield running


@pytest.fixture
def small_trig(tmp_path: Path) -> Path:
    path = tmp_path / "small.trig"
    path.write_text("<http://ex.org/a> <http://ex.org/p> 0 .\n"
                    "<http://ex.org/g> { <http://ex.org/a> <http://ex.org/p> 1 . }\n")
    return path


def test_credentials_are_sent(auth_server: tuple[_AuthServer, str], small_trig: Path) -> None:
    server, url = auth_server
    user, password = server.credentials
    result = push(small_trig, url, user=user, password=password, auth=server.scheme)
    assert (result.graphs, result.triples) == (2, 2)
    assert server.bodies == ["/store?default", "/store?graph=http%3A%2F%2Fex.org%2Fg"]
    sent = [h for h in server.seen if h]
    assert sent and all(h.lower().startswith(server.scheme) for h in sent)
    if server.scheme == "basic":  # sent with the first request: no 401 round trip
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        assert server.seen == [f"Basic {token}", f"Basic {token}"]
    else:
        assert f'username="{user}"' in sent[0] and f'realm="{REALM}"' in sent[0]


def test_missing_or_wrong_credentials(auth_server: tuple[_AuthServer, str], small_trig: Path) -> None:
    server, url = auth_server
    with pytest.raises(PushError, match=r"HTTP 401 .*--user") as info:
        push(small_trig, url)
    assert "\n" not in str(info.value)
    with pytest.raises(PushError, match="401"):
        push(small_trig, url, user=server.credentials[0], password="wrong", auth=server.scheme)
    assert server.bodies == []


def test_basic_credentials_against_a_digest_server(small_trig: Path) -> None:
    with _running("digest") as (_server, url), pytest.raises(PushError, match="try the other --auth"):
        push(small_trig, url, user="alice", password="x", auth="basic")
