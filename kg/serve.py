"""A read-only SPARQL 1.1 Protocol endpoint over a pyoxigraph Store (standard library http.server only).

::

    from kg.serve import ServeOptions, serve
    serve(kg.sparql.store_from("out"), ServeOptions(port=7878))

Routes: ``/sparql`` and ``/query`` (GET ``?query=``; POST ``application/x-www-form-urlencoded``;
POST ``application/sparql-query``), ``/`` (a small offline query page). Every response carries
``Access-Control-Allow-Origin: *``; OPTIONS answers CORS preflights.

Results are written by pyoxigraph's own serialisers, chosen by ``Accept`` (or a ``format=`` parameter):
SELECT/ASK -> SPARQL JSON (default), XML, CSV, TSV; CONSTRUCT/DESCRIBE -> N-Triples (default), Turtle,
N-Quads, RDF/XML, JSON-LD.

Safety:

* Read-only: only ``Store.query`` is ever called. ``update=`` and ``application/sparql-update`` get 403.
* ``SERVICE`` (federated query: pyoxigraph would make HTTP requests) is refused with 400 unless
  ``allow_service``. The check is lexical and errs on the side of refusing: the word SERVICE used as a
  keyword outside strings, IRIs and comments.
* Row limit: at most ``max_rows`` solutions (or triples) are sent; a longer result is cut and the
  response carries ``X-KG-Truncated: true``.
* Time limit: pyoxigraph has no timeout, so each query runs in a daemon worker thread and the request
  stops waiting after ``timeout_s`` (503). The worker checks a cancel flag between rows, so a query that
  streams rows stops within a row of the deadline. A Python thread cannot be killed, though: work that
  pyoxigraph does inside one call (sorting, grouping, DISTINCT, or a join that yields nothing for a long
  time) runs to its end and keeps a CPU core busy (and its memory) until then; only its result is thrown
  away. pyoxigraph releases the GIL while it works, so the server stays responsive meanwhile. At most
  ``max_running`` queries, abandoned ones included, are evaluated at once; more get 503 "busy".
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import socket
import socketserver
import sys
import threading
import time
from base64 import b64encode
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import UsageError

__all__ = ["ServeOptions", "make_server", "serve"]

QUERY_PATHS = ("/sparql", "/query")
MAX_BODY = 1 << 20  # bytes: a request body (the query) larger than this gets 413
MAX_FIELDS = 200  # form fields / URL parameters per request


@dataclass
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 7878  # 0: pick a free port (see ``server.server_address``)
    timeout_s: float = 30.0  # per query: evaluation and serialisation
    max_rows: int = 10_000  # solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) per response
    allow_service: bool = False  # allow federated SERVICE clauses (outgoing HTTP requests)
    union_default_graph: bool = False  # query the union of all graphs when no GRAPH/FROM says otherwise
    max_running: int = 4  # queries evaluated at once, including abandoned (timed-out) ones still running
    quiet: bool = False  # no per-request log line on stderr


# ---------------------------------------------------------------------------------------------------
# Formats and content negotiation


@dataclass(frozen=True)
class _Format:
    media: str  # the Content-Type sent
    names: tuple[str, ...]  # values accepted by ``format=``
    aliases: tuple[str, ...] = ()  # other media types in Accept that select this format
    results: ox.QueryResultsFormat | None = None
    rdf: ox.RdfFormat | None = None

    def matches(self) -> tuple[str, ...]:
        return (self.media.split(";")[0], *self.aliases)


RESULT_FORMATS = (  # SELECT and ASK; the first is the default
    _Format("application/sparql-results+json", ("json", "srj"), ("application/json",),
            results=ox.QueryResultsFormat.JSON),
    _Format("application/sparql-results+xml", ("xml", "srx"), ("application/xml", "text/xml"),
            results=ox.QueryResultsFormat.XML),
    _Format("text/csv; charset=utf-8", ("csv",), results=ox.QueryResultsFormat.CSV),
    _Format("text/tab-separated-values; charset=utf-8", ("tsv",), results=ox.QueryResultsFormat.TSV),
)
GRAPH_FORMATS = (  # CONSTRUCT and DESCRIBE; the first is the default
    _Format("application/n-triples", ("nt", "ntriples", "n-triples"), ("text/plain",), rdf=ox.RdfFormat.N_TRIPLES),
    _Format("text/turtle; charset=utf-8", ("ttl", "turtle", "n3"),
            ("application/turtle", "application/x-turtle", "text/n3", "text/rdf+n3"), rdf=ox.RdfFormat.TURTLE),
    _Format("application/n-quads", ("nq", "nquads", "n-quads"), rdf=ox.RdfFormat.N_QUADS),
    _Format("application/rdf+xml", ("xml", "rdf", "rdfxml", "rdf+xml"), ("application/xml", "text/xml"),
            rdf=ox.RdfFormat.RDF_XML),
    _Format("application/ld+json", ("jsonld", "json-ld", "json"), ("application/x-json+ld",),
            rdf=ox.RdfFormat.JSON_LD),
)


class _Refusal(Exception):
    """A request the endpoint answers with an error status and a plain-text message."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` -> [(media range, q)], in the order given. Malformed parts are skipped."""
    ranges = []
    for part in (header or "").split(","):
        bits = [b.strip() for b in part.split(";")]
        media = bits[0].lower()
        if not media or "/" not in media:
            continue
        q = 1.0
        for param in bits[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def negotiate(accept: str | None, formats: Iterable[_Format]) -> _Format | None:
    """The format the client prefers (highest q; then the most specific range, the earliest range,
    our order). None when nothing is acceptable. A missing Accept accepts the first format."""
    options = list(formats)
    ranges = _parse_accept(accept)
    if not ranges:
        return options[0]
    best: tuple[float, int, int, int] | None = None
    chosen = None
    for order, fmt in enumerate(options):
        hit: tuple[int, float, int] | None = None  # (specificity, q, position) of the most specific range
        for position, (media, q) in enumerate(ranges):
            major = media.split("/")[0]
            if media in fmt.matches():
                spec = 3
            elif media == f"{major}/*" and fmt.media.startswith(major + "/"):  # not via aliases
                spec = 2
            elif media == "*/*":
                spec = 1
            else:
                continue
            if hit is None or spec > hit[0] or (spec == hit[0] and q > hit[1]):
                hit = (spec, q, position)
        if hit is None or hit[1] <= 0:
            continue
        key = (hit[1], hit[0], -hit[2], -order)
        if best is None or key > best:
            best, chosen = key, fmt
    return chosen


def _choose(accept: str | None, names: list[str], formats: tuple[_Format, ...], kind: str) -> _Format:
    for name in names:  # format= overrides Accept; SPARQLWrapper sends e.g. format=tsv&format=text/tab-...
        value = name.strip().lower()
        for fmt in formats:
            if value in fmt.names or value in fmt.matches():
                return fmt
    if names:
        known = ", ".join(n for f in formats for n in f.names[:1])
        raise _Refusal(400, f"format {names[0]!r} does not apply to a {kind} query: use one of {known}")
    chosen = negotiate(accept, formats)
    if chosen is None:
        offered = ", ".join(f.media.split(";")[0] for f in formats)
        raise _Refusal(406, f"cannot answer a {kind} query in any type the Accept header allows "
                            f"({accept}); this endpoint offers {offered}")
    return chosen


# ---------------------------------------------------------------------------------------------------
# Lexical checks (SERVICE, updates)

_TOKENS = re.compile(r'''
    (?P<string> "{3}(?:[^"\\]|\\.|"(?!""))*"{3}
              | '{3}(?:[^'\\]|\\.|'(?!''))*'{3}
              | "(?:[^"\\\n\r]|\\.)*"
              | '(?:[^'\\\n\r]|\\.)*' )
  | (?P<iri> <[^<>"{}|^`\\\x00-\x20]*> )
  | (?P<comment> \#[^\n\r]* )
''', re.X | re.S)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?<![\w:?$@\-])SERVICE(?![\w:\-])", re.I)
_FROM = re.compile(r"(?<![\w:?$@\-])FROM(?![\w:\-])", re.I)
_UPDATE = re.compile(r"""^\s*(?:(?:BASE\s*<>|PREFIX\s*[^\s:]*:\s*<>)\s*)*
                         (INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b""", re.I | re.X)


def _unescape(m: re.Match[str]) -> str:
    code = int(m.group(1) or m.group(2), 16)
    return chr(code) if code <= 0x10FFFF else m.group(0)


def _scrub(text: str) -> str:
    """The query's code: strings -> "", IRIs -> <>, comments -> a space (after \\u escapes)."""
    text = _UNICODE_ESCAPE.sub(_unescape, text)

    def repl(m: re.Match[str]) -> str:
        return '""' if m.group("string") else "<>" if m.group("iri") else " "

    return _TOKENS.sub(repl, text)


def uses_service(query: str) -> bool:
    """Whether the query text uses the SERVICE keyword (lexical; in doubt, True)."""
    return bool(_SERVICE.search(_scrub(query)))


def looks_like_update(text: str) -> bool:
    """Whether the text starts (after its prologue) like a SPARQL Update operation."""
    return bool(_UPDATE.match(_scrub(text)))


# ---------------------------------------------------------------------------------------------------
# Evaluation (in a worker thread)


@dataclass
class _Request:
    text: str
    accept: str | None
    formats: list[str]
    default_graphs: list[ox.NamedNode]
    named_graphs: list[ox.NamedNode]


@dataclass
class _Reply:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    note: str = ""  # for the log line

    @classmethod
    def text(cls, status: int, message: str, headers: dict[str, str] | None = None, note: str = "") -> _Reply:
        return cls(status, (message.rstrip("\n") + "\n").encode("utf-8"), headers=dict(headers or {}), note=note)


class _Cancelled(Exception):
    pass


def _term_text(term: Any) -> str:
    """A term as SPARQL TSV writes it (N-Triples syntax; triple terms as <<( s p o )>>)."""
    if isinstance(term, ox.Triple):
        return f"<<( {_term_text(term.subject)} {_term_text(term.predicate)} {_term_text(term.object)} )>>"
    return str(term)


def _collect(items: Iterable[Any], limit: int, cancel: threading.Event) -> tuple[list[Any], bool]:
    rows: list[Any] = []
    for item in items:
        if cancel.is_set():
            raise _Cancelled
        if len(rows) >= limit:
            return rows, True
        rows.append(item)
    return rows, False


def _evaluate(store: ox.Store, req: _Request, options: ServeOptions, cancel: threading.Event) -> _Reply:
    kwargs: dict[str, Any] = {}
    if req.default_graphs:
        kwargs["default_graph"] = req.default_graphs
    elif options.union_default_graph and not _FROM.search(_scrub(req.text)):
        # (pyoxigraph would let the union flag override the query's own FROM / FROM NAMED)
        kwargs["use_default_graph_as_union"] = True
    if req.named_graphs:
        kwargs["named_graphs"] = req.named_graphs
    try:
        result = store.query(req.text, **kwargs)
    except SyntaxError as exc:
        return _Reply.text(400, f"SPARQL syntax error: {exc}", note="syntax error")
    except ValueError as exc:
        return _Reply.text(400, f"query rejected: {exc}")
    except OSError as exc:
        return _Reply.text(500, f"query failed: {exc}")
    if cancel.is_set():
        raise _Cancelled
    headers: dict[str, str] = {}
    try:
        if isinstance(result, ox.QueryBoolean):
            fmt = _choose(req.accept, req.formats, RESULT_FORMATS, "ASK")
            assert fmt.results is not None
            return _Reply(200, result.serialize(format=fmt.results) or b"", fmt.media, note=str(bool(result)).lower())
        if isinstance(result, ox.QuerySolutions):
            fmt = _choose(req.accept, req.formats, RESULT_FORMATS, "SELECT")
            assert fmt.results is not None
            names = [v.value for v in result.variables]
            solutions, truncated = _collect(result, options.max_rows, cancel)
            # Re-read the kept rows through pyoxigraph's own TSV parser (lossless: terms in N-Triples
            # syntax), so the response is written by pyoxigraph's serialiser for every format.
            lines = ["\t".join("?" + n for n in names)]
            for sol in solutions:
                lines.append("\t".join("" if sol[i] is None else _term_text(sol[i]) for i in range(len(names))))
            kept = ox.parse_query_results("\n".join(lines) + "\n", ox.QueryResultsFormat.TSV)
            assert isinstance(kept, ox.QuerySolutions)
            body = kept.serialize(format=fmt.results)
            count = len(solutions)
        else:
            fmt = _choose(req.accept, req.formats, GRAPH_FORMATS, "CONSTRUCT/DESCRIBE")
            assert fmt.rdf is not None
            triples, truncated = _collect(result, options.max_rows, cancel)
            items = [ox.Quad(t.subject, t.predicate, t.object) for t in triples] \
                if fmt.rdf.supports_datasets else triples
            body = ox.serialize(items, format=fmt.rdf)
            count = len(triples)
    except _Refusal as exc:
        return _Reply.text(exc.status, exc.message, exc.headers)
    except (OSError, ValueError, SyntaxError) as exc:  # evaluation errors surface while iterating
        return _Reply.text(500, f"query failed: {exc}")
    if cancel.is_set():
        raise _Cancelled
    note = f"{count} rows"
    if truncated:
        headers["X-KG-Truncated"] = "true"
        note += f" (truncated at max_rows={options.max_rows})"
    return _Reply(200, body or b"", fmt.media, headers, note)


# ---------------------------------------------------------------------------------------------------
# HTTP


class _SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: ox.Store, options: ServeOptions) -> None:
        self.store = store
        self.options = options
        self.slots = threading.BoundedSemaphore(options.max_running)
        self.page, self.page_csp = _page()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host's FQDN (a reverse DNS look-up that can stall); skip it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return  # the client went away mid-answer: nothing to report
        super().handle_error(request, client_address)

    def run(self, req: _Request) -> _Reply:
        """Evaluate in a worker thread; stop waiting after timeout_s."""
        options = self.options
        if not self.slots.acquire(blocking=False):
            return _Reply.text(503, f"server busy: {options.max_running} queries are already running "
                                    "(timed-out ones run on until pyoxigraph returns); try again later",
                               {"Retry-After": "5"}, note="busy")
        done = threading.Event()
        cancel = threading.Event()
        box: list[_Reply] = []

        def work() -> None:
            try:
                box.append(_evaluate(self.store, req, options, cancel))
            except _Cancelled:
                pass
            except Exception as exc:  # anything pyoxigraph raises must still answer the request
                box.append(_Reply.text(500, f"query failed: {type(exc).__name__}: {exc}"))
            finally:
                self.slots.release()
                done.set()

        threading.Thread(target=work, name="kg-serve-query", daemon=True).start()
        if done.wait(options.timeout_s) and box:
            return box[0]
        cancel.set()
        return _Reply.text(503, f"query stopped: it exceeded the time limit of {options.timeout_s:g} s",
                           note="timeout")


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(32), 127)}


class _Handler(BaseHTTPRequestHandler):
    server: _SparqlServer
    server_version = "kg-sparql"

    def version_string(self) -> str:
        return self.server_version

    _t0 = 0.0
    _note = ""

    # -- plumbing -----------------------------------------------------------------------------------

    def parse_request(self) -> bool:
        self._t0 = time.perf_counter()
        self._note = ""
        return super().parse_request()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if self.server.options.quiet:
            return
        status = getattr(code, "value", code)
        path = urlsplit(self.path).path if getattr(self, "path", "") else "-"
        ms = (time.perf_counter() - self._t0) * 1000 if self._t0 else 0.0
        note = f" {self._note}" if self._note else ""
        line = f'{self.address_string()} "{self.command or "-"} {path}" {status} {ms:.0f}ms{note}'
        sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {line.translate(_CONTROL)}\n")

    def log_error(self, format: str, *args: Any) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        self._note = (format % args) if args else format  # one log line per request: log_request writes it

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own errors (bad request line, URI too long...) as text/plain with CORS."""
        self.close_connection = True
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "error"
        text = message or phrase
        self._send(_Reply.text(code, text + (f": {explain}" if explain else "")))

    def _send(self, reply: _Reply) -> None:
        if reply.note:
            self._note = reply.note
        self.send_response(reply.status)
        if reply.status != 204:
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, Content-Type")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD" and reply.status != 204:
            self.wfile.write(reply.body)

    def _route(self) -> str | None:
        path = urlsplit(self.path).path
        if path in QUERY_PATHS:
            return "query"
        if path == "/":
            return "page"
        return None

    def _not_allowed(self, route: str) -> None:
        allow = "GET, POST, OPTIONS" if route == "query" else "GET, HEAD, OPTIONS"
        self._send(_Reply.text(405, f"method {self.command} not allowed on {urlsplit(self.path).path} "
                                    f"(allowed: {allow})", {"Allow": allow}))

    def _handle(self, action: Callable[[str], None]) -> None:
        route = self._route()
        if route is None:
            self._send(_Reply.text(404, f"not found: {urlsplit(self.path).path} "
                                        f"(the SPARQL endpoint is {QUERY_PATHS[0]}; a query page is at /)"))
            return
        try:
            action(route)
        except _Refusal as exc:
            self._send(_Reply.text(exc.status, exc.message, exc.headers))

    def __getattr__(self, name: str) -> Any:
        # Any other method (PUT, DELETE, PATCH, FOO...): 405 on our paths, 404 elsewhere (not 501).
        if name.startswith("do_"):
            return lambda: self._handle(self._not_allowed)
        raise AttributeError(name)

    # -- methods ------------------------------------------------------------------------------------

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        def preflight(route: str) -> None:
            allow = "GET, POST, OPTIONS" if route == "query" else "GET, HEAD, OPTIONS"
            requested = self.headers.get("Access-Control-Request-Headers")
            self._send(_Reply(204, b"", headers={
                "Allow": allow,
                "Access-Control-Allow-Methods": allow,
                "Access-Control-Allow-Headers": requested or "Accept, Content-Type",
                "Access-Control-Max-Age": "86400",
            }))
        self._handle(preflight)

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle(lambda route: self._page() if route == "page" else self._not_allowed(route))

    def do_GET(self) -> None:  # noqa: N802
        def get(route: str) -> None:
            if route == "page":
                self._page()
                return
            params = self._url_params()
            self._query(params.get("query", []), params)
        self._handle(get)

    def do_POST(self) -> None:  # noqa: N802
        def post(route: str) -> None:
            if route == "page":
                self._not_allowed(route)
                return
            params = self._url_params()
            ctype = self.headers.get_content_type()
            if ctype == "application/sparql-update":
                self._drain()
                raise _Refusal(403, "SPARQL Update is not allowed: this endpoint is read-only")
            if ctype not in ("application/x-www-form-urlencoded", "application/sparql-query"):
                self._drain()
                raise _Refusal(415, f"unsupported Content-Type {ctype!r}: send application/sparql-query "
                                    "or application/x-www-form-urlencoded (query=...)")
            charset = (self.headers.get_content_charset() or "utf-8").lower()
            if charset not in ("utf-8", "utf8", "us-ascii", "ascii"):
                self._drain()
                raise _Refusal(415, f"unsupported charset {charset!r}: send UTF-8")
            body = self._body()
            if ctype == "application/sparql-query":
                if "query" in params:
                    raise _Refusal(400, "a query in both the request body and the URL")
                try:
                    texts = [body.decode("utf-8")]
                except UnicodeDecodeError:
                    raise _Refusal(400, "the request body is not UTF-8") from None
            else:
                form = self._parse_params(body.decode("ascii", "replace"))
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
                texts = form.get("query", [])
            self._query(texts, params)
        self._handle(post)

    # -- pieces -------------------------------------------------------------------------------------

    def _page(self) -> None:
        self._send(_Reply(200, self.server.page, "text/html; charset=utf-8", {
            "Content-Security-Policy": self.server.page_csp,
            "Cache-Control": "no-cache",
        }))

    @staticmethod
    def _parse_params(qs: str) -> dict[str, list[str]]:
        try:
            return parse_qs(qs, keep_blank_values=True, errors="strict", max_num_fields=MAX_FIELDS)
        except (ValueError, UnicodeDecodeError) as exc:
            raise _Refusal(400, f"cannot read the parameters: {exc}") from None

    def _url_params(self) -> dict[str, list[str]]:
        return self._parse_params(urlsplit(self.path).query)

    def _length(self) -> int:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            raise _Refusal(411, "chunked request bodies are not supported: send Content-Length")
        raw = self.headers.get("Content-Length")
        if raw is None:
            raise _Refusal(411, "a POST needs a Content-Length header")
        try:
            length = int(raw)
        except ValueError:
            raise _Refusal(400, f"bad Content-Length {raw!r}") from None
        if length < 0:
            raise _Refusal(400, f"bad Content-Length {raw!r}")
        return length

    def _body(self) -> bytes:
        length = self._length()
        if length > MAX_BODY:
            self.close_connection = True
            raise _Refusal(413, f"request body too large ({length} bytes; the limit is {MAX_BODY})")
        body = self.rfile.read(length)
        if len(body) < length:
            raise _Refusal(400, "the request body ended early")
        return body

    def _drain(self) -> None:
        """Read (and drop) a small body we refuse, so the client sees our answer, not a reset."""
        try:
            length = self._length()
        except _Refusal:
            return
        if length <= MAX_BODY:
            self.rfile.read(length)

    def _query(self, texts: list[str], params: dict[str, list[str]]) -> None:
        options = self.server.options
        if "update" in params:
            raise _Refusal(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if not texts:
            raise _Refusal(400, "missing the 'query' parameter (GET ?query=..., or POST a form with "
                                "query=..., or POST the query as application/sparql-query)")
        if len(texts) > 1:
            raise _Refusal(400, "more than one 'query' parameter")
        text = texts[0]
        if not text.strip():
            raise _Refusal(400, "the query is empty")
        if looks_like_update(text):
            raise _Refusal(403, "SPARQL Update is not allowed: this endpoint is read-only "
                                "(send SELECT, ASK, CONSTRUCT or DESCRIBE queries)")
        if not options.allow_service and uses_service(text):
            raise _Refusal(400, "SERVICE (federated query) is disabled on this endpoint: it would make "
                                "the server send HTTP requests. Remove the SERVICE clause.")
        graphs: dict[str, list[ox.NamedNode]] = {}
        for key in ("default-graph-uri", "named-graph-uri"):
            graphs[key] = []
            for iri in params.get(key, []):
                try:
                    graphs[key].append(ox.NamedNode(iri))
                except ValueError as exc:
                    raise _Refusal(400, f"{key}: not an absolute IRI: {iri!r} ({exc})") from None
        req = _Request(text, self.headers.get("Accept"), params.get("format", []),
                       graphs["default-graph-uri"], graphs["named-graph-uri"])
        self._send(self.server.run(req))


# ---------------------------------------------------------------------------------------------------
# The query page (self-contained: no external script, style, font or image)

_STYLE = """
body{font:15px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222;background:#fafafa}
h1{font-size:1.3rem;margin:0 0 .8rem}
textarea{width:100%;box-sizing:border-box;height:16rem;font:13px/1.4 ui-monospace,monospace;padding:.5rem}
.bar{display:flex;gap:.5rem;align-items:center;margin:.5rem 0;flex-wrap:wrap}
.examples button{margin:0 .3rem .3rem 0;font-size:.85rem}
#status{color:#555}#status.error{color:#b00020}
table{border-collapse:collapse;background:#fff;font-size:.85rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;max-width:40rem;word-break:break-word}
th{background:#eee;position:sticky;top:0}
pre{background:#fff;border:1px solid #ccc;padding:.5rem;overflow:auto;max-height:70vh;white-space:pre-wrap}
"""

_SCRIPT = """
(function () {
  "use strict";
  var queries = JSON.parse(document.getElementById("kg-queries").textContent);
  var box = document.getElementById("query"), out = document.getElementById("out");
  var statusLine = document.getElementById("status"), fmt = document.getElementById("format");
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  function status(text, isError) {
    statusLine.textContent = text;
    statusLine.className = isError ? "error" : "";
  }
  function clear() { while (out.firstChild) out.removeChild(out.firstChild); }
  function showText(text) {
    var pre = document.createElement("pre");
    pre.textContent = text;
    out.appendChild(pre);
  }
  function cell(b) {
    if (!b) return "";
    if (b.type === "bnode") return "_:" + b.value;
    if (b.type === "triple") return "<< " + ["subject", "predicate", "object"].map(function (k) {
      return cell(b.value[k]);
    }).join(" ") + " >>";
    if (b.type === "literal" || b.type === "typed-literal") {
      if (b["xml:lang"]) return b.value + " @" + b["xml:lang"];
      if (b.datatype && b.datatype !== XSD + "string") {
        var dt = b.datatype.indexOf(XSD) === 0 ? "xsd:" + b.datatype.slice(XSD.length) : b.datatype;
        return b.value + " ^^" + dt;
      }
    }
    return b.value;
  }
  function table(data) {
    var vars = data.head.vars || [], rows = data.results.bindings;
    var t = document.createElement("table"), tr = document.createElement("tr");
    vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      tr.appendChild(th);
    });
    var head = document.createElement("thead");
    head.appendChild(tr);
    t.appendChild(head);
    var body = document.createElement("tbody");
    rows.forEach(function (row) {
      var r = document.createElement("tr");
      vars.forEach(function (v) {
        var td = document.createElement("td");
        td.textContent = cell(row[v]);
        r.appendChild(td);
      });
      body.appendChild(r);
    });
    t.appendChild(body);
    out.appendChild(t);
    return rows.length;
  }
  function run() {
    var form = new URLSearchParams();
    form.set("query", box.value);
    var accept = "application/sparql-results+json, text/turtle;q=0.9";
    if (fmt.value !== "table") { form.set("format", fmt.value); accept = "*/*"; }
    clear();
    status("Running\\u2026");
    var started = Date.now();
    fetch("sparql", {method: "POST", headers: {"Accept": accept}, body: form}).then(function (resp) {
      return resp.text().then(function (text) {
        var seconds = ((Date.now() - started) / 1000).toFixed(2) + " s";
        if (!resp.ok) {
          status("Error " + resp.status + " (" + seconds + ")", true);
          showText(text);
          return;
        }
        var ctype = resp.headers.get("Content-Type") || "";
        var note = resp.headers.get("X-KG-Truncated") === "true" ? " \\u2014 truncated at the server's row limit" : "";
        if (ctype.indexOf("application/sparql-results+json") === 0) {
          var data = JSON.parse(text);
          if (typeof data.boolean === "boolean") {
            showText(String(data.boolean));
            status("ASK answered in " + seconds);
          } else {
            status(table(data) + " rows in " + seconds + note);
          }
        } else {
          showText(text);
          status(ctype.split(";")[0] + ", " + seconds + note);
        }
      });
    }).catch(function (err) { status("Request failed: " + err, true); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("button[data-query]"), function (b) {
    b.addEventListener("click", function () { box.value = queries[b.getAttribute("data-query")] || ""; });
  });
  document.getElementById("run").addEventListener("click", run);
  box.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); run(); }
  });
})();
"""

_DEFAULT_QUERY = """SELECT ?g (COUNT(*) AS ?triples) WHERE {
  GRAPH ?g { ?s ?p ?o }
}
GROUP BY ?g
ORDER BY DESC(?triples)
"""

_PAGE_FORMATS = (
    ("table", "Table (SELECT/ASK JSON)"), ("json", "SPARQL JSON"), ("xml", "SPARQL XML"), ("csv", "CSV"),
    ("tsv", "TSV"), ("turtle", "Turtle (CONSTRUCT/DESCRIBE)"), ("ntriples", "N-Triples"),
    ("nquads", "N-Quads"), ("rdfxml", "RDF/XML"), ("jsonld", "JSON-LD"),
)


def _json_for_script(value: object) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' survive literally."""
    text = json.dumps(value, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(text: str) -> str:
    return "'sha256-" + b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _page() -> tuple[bytes, str]:
    """The query page and its Content-Security-Policy (inline script and style allowed by hash only)."""
    from .sparql import bundled, describe

    esc = html.escape
    queries: dict[str, str] = {}
    buttons = []
    for name, path in bundled().items():
        queries[name] = path.read_text(encoding="utf-8")
        try:
            title = describe(path)
        except (IndexError, OSError):
            title = name
        buttons.append(f'<button type="button" data-query="{esc(name)}" title="{esc(title)}">{esc(name)}</button>')
    options = "".join(f'<option value="{esc(v)}">{esc(label)}</option>' for v, label in _PAGE_FORMATS)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg SPARQL endpoint</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>kg SPARQL endpoint</h1>
<p>Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only). Examples:</p>
<div class="examples">{''.join(buttons)}</div>
<textarea id="query" spellcheck="false" aria-label="SPARQL query">{esc(_DEFAULT_QUERY)}</textarea>
<div class="bar">
<button type="button" id="run">Run</button>
<label>Format <select id="format">{options}</select></label>
<span id="status" role="status"></span>
</div>
<div id="out"></div>
<script type="application/json" id="kg-queries">{_json_for_script(queries)}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
    csp = (f"default-src 'none'; script-src {_csp_hash(_SCRIPT)}; style-src {_csp_hash(_STYLE)}; "
           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return page.encode("utf-8"), csp


# ---------------------------------------------------------------------------------------------------
# Entry points


def make_server(store: ox.Store, options: ServeOptions) -> ThreadingHTTPServer:
    """A server bound to ``options.host:options.port`` (port 0 picks a free one; read it from
    ``server.server_address``), not yet serving: call ``serve_forever()`` (in a thread if need be)
    and ``shutdown()`` / ``server_close()``."""
    if not options.timeout_s > 0:
        raise UsageError(f"timeout must be positive (got {options.timeout_s})")
    if options.max_rows < 1:
        raise UsageError(f"max rows must be at least 1 (got {options.max_rows})")
    if options.max_running < 1:
        raise UsageError(f"max running queries must be at least 1 (got {options.max_running})")
    if not 0 <= options.port <= 65535:
        raise UsageError(f"port must be 0-65535 (got {options.port})")
    cls = _SparqlServer6 if ":" in options.host else _SparqlServer
    try:
        return cls((options.host, options.port), store, options)
    except OSError as exc:
        raise UsageError(f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}") from None


class _SparqlServer6(_SparqlServer):
    address_family = socket.AF_INET6


def serve(store: ox.Store, options: ServeOptions) -> None:
    """Serve until Ctrl+C (KeyboardInterrupt), then close the socket. Prints the endpoint URL to stderr."""
    server = make_server(store, options)
    host, port = str(server.server_address[0]), server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    sys.stderr.write(f"kg: SPARQL endpoint at http://{shown}:{port}/sparql (query page: http://{shown}:{port}/)"
                     " - Ctrl+C to stop\n")
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
