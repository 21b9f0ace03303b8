"""Findings -> RDF. The only module that mints IRIs.

IRIs are readable and stable: ``{BASE}id/team/japan``, ``{BASE}id/person/jane-roe``,
``{BASE}id/account/twitter/fifaworldcup``; the same team, person or account has one IRI in every
document. Facts found in a document live in that document's named graph ``{BASE}graph/{file}``.
No blank nodes.

Triples are written as N-Triples text (``<s> <p> "o"``), one string per triple: that is cheap to
make in the extraction workers, to pickle, to cache and to sort, and pyoxigraph turns sorted
triples into TriG with prefixes at millions of quads a minute. rdflib is used where its API
serves (the library's :func:`kg.build` returns an ``rdflib.Dataset`` parsed from that TriG).
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import IO, Any, Protocol

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from . import __version__
from .findings import (
    Credit,
    Evidence,
    FanAct,
    Finding,
    Goal,
    Match,
    PersonMention,
    Quote,
    TeamMention,
    Tweet,
    match_of,
)
from .lexicon import ontology_path, teams
from .reader import Article

BASE = "https://kg.example/"
KG = Namespace(BASE + "ontology#")
SCHEMA = Namespace("https://schema.org/")
ID = Namespace(BASE + "id/")
PREFIXES = {"kg": KG, "schema": SCHEMA, "prov": PROV, "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "id": ID,
            "owl": OWL, "dcterms": DCTERMS, "rdf": RDF}


CACHE_SIZE = 4096  # entries per memo of names and IRIs: enough for a corpus's recurring teams,
# matches and handles; with 65,536 the caches of a 10,000-article build held ~45 MB more and saved
# no measurable CPU (bench/build_throughput.py), so a build's memory grew with the corpus.


@functools.lru_cache(maxsize=CACHE_SIZE)
def slug(text: str) -> str:
    """A readable IRI segment: ASCII lower case, words joined by '-'; non-Latin text kept as %-safe
    letters; never empty."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_ = "".join(c for c in norm if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", "-", ascii_.casefold(), flags=re.UNICODE).strip("-_")
    s = re.sub(r"[^a-z0-9\-_.]", lambda m: f"u{ord(m.group(0)):x}", s)
    return s or "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]


# Characters an IRI may not hold (RFC 3987): ASCII controls, space and <>"{}|^`\, a '%' that does not
# start an escape, non-ASCII outside `ucschar` (private use, noncharacters, tags and variation
# selectors, lone surrogates), and Unicode white space (rdflib's N-Triples parser splits on it).
_NOT_UCSCHAR = (r"\x80-\x9f\ud800-\uf8ff\ufdd0-\ufdef\ufff0-\uffff\U0001fffe\U0001ffff\U0002fffe\U0002ffff"
                r"\U0003fffe-\U000e0fff\U000efffe-\U0010ffff")
_IRI_UNSAFE = re.compile(rf'[\x00-\x20<>"{{}}|^`\[\]\\{_NOT_UCSCHAR}]|%(?![0-9A-Fa-f]{{2}})|[^\S\x00-\x7f]')
_SEGMENT_UNSAFE = re.compile(rf'[^\w.~-]|[{_NOT_UCSCHAR}]')


def _pct(m: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8", "surrogatepass"))


def safe_iri(text: str) -> str:
    """``text`` with every character an IRI may not hold percent-encoded (as UTF-8)."""
    head, hash_, fragment = text.partition("#")
    return _IRI_UNSAFE.sub(_pct, head) + hash_ + _IRI_UNSAFE.sub(_pct, fragment).replace("#", "%23")


def segment(text: str) -> str:
    """One IRI path segment from any text: letters, digits and ``_.~-`` kept, the rest (``/``, ``#``,
    ``%``, ``?``...) percent-encoded."""
    return _SEGMENT_UNSAFE.sub(_pct, text) or "_"


def team_iri(name: str) -> URIRef:
    return ID[f"team/{slug(name)}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slug(name)}"]


def account_iri(handle: str) -> URIRef:
    return ID[f"account/twitter/{segment(handle.casefold())}"]


def article_iri(article_name: str) -> URIRef:
    return ID[f"article/{slug(article_name)}"]


def graph_iri(article_name: str) -> URIRef:
    return URIRef(BASE + "graph/" + slug(article_name))


def tweet_iri(t: Tweet) -> URIRef:
    if t.url:  # the author and the media link: two authors posting one picture are two tweets
        return ID[f"tweet/{segment(t.handle.casefold())}-{slug(t.url.rsplit('/', 1)[-1])}"]
    return ID[f"tweet/{segment(t.handle.casefold())}-{t.date or 'undated'}-{short_hash(t.text)}"]


def match_iri(m: Match) -> URIRef:
    """One node per pair of teams: documents that disagree on a match's date or score still talk
    about the same match (two meetings of the same teams in one corpus share it)."""
    return match_name_iri(match_name(m.team1, m.team2))


def match_name(a: str, b: str) -> str:
    x, y = sorted([a, b])
    return f"{x} v {y}"


def agency_iri(name: str) -> URIRef:
    return ID[f"agency/{slug(name.replace(' Photo', ''))}"]


def claim_iri(key: tuple[object, ...]) -> URIRef:
    readable = slug("-".join(str(k) for k in key if k is not None))
    if len(readable) > 90:
        readable = readable[:80].rstrip("-") + "-" + short_hash(*key)
    return ID[f"claim/{readable}"]


def match_name_iri(name: str) -> URIRef:
    return ID[f"match/{slug(name.replace(' v ', '-'))}"]


def origin_iri(origin: object, article_name: str) -> URIRef:
    from .corpus import Origin

    assert isinstance(origin, Origin)
    if origin.kind == "tweet":
        return tweet_iri(origin.key)  # type: ignore[arg-type]
    if origin.kind == "person":
        return person_iri(str(origin.key))
    return article_iri(article_name)


CLAIMS_GRAPH = URIRef(BASE + "graph/claims")


# ------------------------------------------------------------------ N-Triples terms

@functools.lru_cache(maxsize=CACHE_SIZE)
def iri(value: str) -> str:
    """An IRI as an N-Triples term."""
    return f"<{safe_iri(value)}>"


_ESCAPES = {0x22: '\\"', 0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x08: "\\b", 0x0C: "\\f"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _ESCAPES})
_SURROGATE = re.compile("[\ud800-\udfff]")
_XSD_INTEGER, _XSD_BOOLEAN, _XSD_DATE = (f"<{XSD}{t}>" for t in ("integer", "boolean", "date"))


def lit(value: str | int | bool | dt.date) -> str:
    """A literal as an N-Triples term: strings plain, ints xsd:integer, bools xsd:boolean, dates
    xsd:date."""
    if isinstance(value, bool):
        return f'"{str(value).lower()}"^^{_XSD_BOOLEAN}'
    if isinstance(value, int):
        return f'"{value}"^^{_XSD_INTEGER}'
    if isinstance(value, dt.date):
        return f'"{value.isoformat()}"^^{_XSD_DATE}'
    if not value.isascii() and _SURROGATE.search(value):  # a file name that was not UTF-8
        value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return '"' + value.translate(_ESCAPES) + '"'


class _Terms:
    """``T.SportsTeam`` -> ``<https://schema.org/SportsTeam>`` for one namespace. A term is made
    once and kept as an attribute, so later uses are plain attribute reads."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        term = iri(self._base + name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> str:
        return self.__getattr__(name)


K, S, P = _Terms(str(KG)), _Terms(str(SCHEMA)), _Terms(str(PROV))
A = iri(str(RDF.type))
LABEL = iri(str(RDFS.label))


class Triples:
    """A set of triples, each one N-Triples line without the final `` .``."""

    def __init__(self) -> None:
        self.lines: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.add(f"{s} {p} {o}")

    def sorted(self) -> list[str]:
        return sorted(self.lines)


def evidence_triples(t: Triples, doc: str, subject: str, evidence: Iterable[Evidence]) -> None:
    """The evidence of ``subject``: each span as a ``kg:Evidence`` node with its text and offsets."""
    article = iri(article_iri(doc))
    prefix = f"{ID}doc/{slug(doc)}/evidence/"
    for ev in sorted(set(evidence)):
        e = iri(f"{prefix}{ev.begin}-{ev.end}")
        t.add(subject, K.evidence, e)
        t.add(e, A, K.Evidence)
        t.add(e, K.document, article)
        t.add(e, K.text, lit(ev.text))
        t.add(e, K.begin, lit(ev.begin))
        t.add(e, K.end, lit(ev.end))


class _DocGraph:
    """Writes one document's findings as triples of its named graph."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.doc = iri(article_iri(article.name))
        self.docslug = slug(article.name)
        self.t = Triples()
        self.add = self.t.add
        self.goals: list[tuple[str, Goal]] = []  # (goal node, goal) to link to a match

    def node(self, kind: str, key: str) -> str:
        return iri(f"{ID}doc/{self.docslug}/{kind}/{key}")

    def evidence(self, subject: str, evidence: Iterable[Evidence]) -> None:
        evidence_triples(self.t, self.article.name, subject, evidence)

    def team(self, name: str) -> str:
        t = iri(team_iri(name))
        self.add(t, A, S.SportsTeam)
        self.add(t, LABEL, lit(name))
        row = teams().teams.get(name)
        if row:
            self.add(t, K.fifaCode, lit(row.fifa))
        return t

    def person(self, name: str) -> str:
        p = iri(person_iri(name))
        self.add(p, A, S.Person)
        self.add(p, S.name, lit(name))
        return p

    def header(self) -> None:
        a = self.article
        self.add(self.doc, A, S.NewsArticle)
        self.add(self.doc, K.fileName, lit(a.name))
        self.add(self.doc, K.sha256, lit(a.sha256))
        self.add(self.doc, K.characters, lit(len(a.text)))
        if a.date:
            self.add(self.doc, S.datePublished, lit(a.date))
        activity = iri(f"{ID}activity/{self.docslug}")
        graph = iri(graph_iri(a.name))
        self.add(activity, A, K.ExtractionActivity)
        self.add(activity, LABEL, lit(f"kg {__version__} extraction of {a.name}"))
        self.add(activity, P.used, self.doc)
        self.add(activity, K.extractorVersion, lit(__version__))
        self.add(graph, P.wasGeneratedBy, activity)
        self.add(graph, P.wasDerivedFrom, self.doc)

    def finding(self, f: Finding) -> None:
        handler = getattr(self, "_" + f.kind)
        handler(f)

    def _team(self, f: TeamMention) -> None:
        t = self.team(f.team)
        self.add(self.doc, S.mentions, t)
        ev = f.evidence[0]
        m = self.node("mention", f"{ev.begin}-{ev.end}-{slug(f.team)}-{slug(f.form)}")
        self.add(m, A, K.Mention)
        self.add(m, K.mentions, t)
        self.add(m, K.writtenAs, lit(f.form))
        self.evidence(m, f.evidence)

    def _person(self, f: PersonMention) -> None:
        p = self.person(f.name)
        self.add(self.doc, S.mentions, p)
        self.add(p, K.role, lit(f.role))
        if f.team:
            self.add(p, K.team, self.team(f.team))
        m = self.node("mention", f"person-{slug(f.name)}")
        self.add(m, A, K.Mention)
        self.add(m, K.mentions, p)
        for form in f.forms:
            self.add(m, K.writtenAs, lit(form))
        self.evidence(m, f.evidence)

    def _fan_act(self, f: FanAct) -> None:
        n = self.node("fan-act", f"{f.act}-{f.actor}-{slug(f.team or 'unknown')}")
        self.add(n, A, K.FanAct)
        self.add(n, K.act, K[f"act-{f.act}"])
        self.add(n, K.actor, lit(f.actor))
        if f.team:
            self.add(n, K.team, self.team(f.team))
        self.add(n, P.wasAttributedTo, self.doc)
        self.evidence(n, f.evidence)

    def _credit(self, f: Credit) -> None:
        ev = f.evidence[0]
        n = self.node("credit", f"{ev.begin}-{ev.end}")
        self.add(self.doc, K.credit, n)
        self.add(n, A, K.Credit)
        self.add(n, LABEL, lit(f.credit))
        if f.agency:
            a = iri(agency_iri(f.agency))
            self.add(n, K.agency, a)
            self.add(a, A, K.Agency)
            self.add(a, LABEL, lit(f.agency.replace(" Photo", "")))
        if f.photographer:
            self.add(n, K.photographer, self.person(f.photographer))
        self.evidence(n, f.evidence)

    def _quote(self, f: Quote) -> None:
        ev = f.evidence[0]
        n = self.node("quote", f"{ev.begin}-{ev.end}")
        self.add(n, A, S.Quotation)
        self.add(n, S.text, lit(f.text))
        self.add(n, K.speaker, self.person(f.speaker))
        self.add(n, S.isPartOf, self.doc)
        self.evidence(n, f.evidence)

    def _tweet(self, f: Tweet) -> None:
        t = iri(tweet_iri(f))
        acc = iri(account_iri(f.handle))
        self.add(self.doc, K.embeds, t)
        self.add(t, A, S.SocialMediaPosting)
        self.add(t, S.text, lit(f.text))
        self.add(t, S.author, acc)
        if f.date:
            self.add(t, S.datePublished, lit(f.date))
        if f.url:
            self.add(t, S.image, iri(f.url))
        self.add(acc, A, K.Account)
        self.add(acc, K.handle, lit(f.handle))
        self.add(acc, K.displayName, lit(f.display_name))
        self.add(acc, LABEL, lit("@" + f.handle))
        self.evidence(t, f.evidence)

    def _match(self, f: Match) -> None:
        m = iri(match_iri(f))
        self.add(m, A, S.SportsEvent)
        self.add(m, LABEL, lit(match_name(f.team1, f.team2)))
        self.add(m, K.team1, self.team(f.team1))
        self.add(m, K.team2, self.team(f.team2))
        self.add(self.doc, S.about, m)
        if f.score:
            self.add(m, K.score, lit(f.score))
            a, b = (int(x) for x in f.score.split("-"))
            if a != b or f.penalties:
                self.add(m, K.winner, iri(team_iri(f.team1)))
        if f.penalties:
            self.add(m, K.penalties, lit(f.penalties))
        if f.date:
            self.add(m, S.startDate, lit(f.date))
        if f.venue:
            v = iri(f"{ID}place/{slug(f.venue)}")
            self.add(m, S.location, v)
            self.add(v, A, S.Place)
            self.add(v, LABEL, lit(f.venue))
        self.evidence(m, f.evidence)

    def _goal(self, f: Goal) -> None:
        ev = f.evidence[0]
        who = slug(f.scorer) if f.scorer else slug(f.team or "unknown")
        n = self.node("goal", f"{ev.begin}-{who}-{f.minute if f.minute is not None else 'x'}")
        self.add(n, A, K.Goal)
        if f.scorer:
            self.add(n, K.scorer, self.person(f.scorer))
        if f.team:
            self.add(n, K.team, self.team(f.team))
        if f.minute is not None:
            self.add(n, K.minute, lit(f.minute))
        if f.winning:
            self.add(n, K.winningGoal, lit(True))
        if f.own_goal:
            self.add(n, K.ownGoal, lit(True))
        self.add(n, P.wasAttributedTo, self.doc)
        self.evidence(n, f.evidence)
        self.goals.append((n, f))


def document_triples(article: Article, findings: Iterable[Finding], claims: Iterable[object] = ()) -> list[str]:
    """The triples of one article's named graph, sorted; with ``claims`` (the document's
    :class:`kg.corpus.Claim` s), who in it asserts or relays which claim, with the evidence."""
    dg = _DocGraph(article)
    dg.header()
    matches = []
    for f in findings:
        dg.finding(f)
        if isinstance(f, Match):
            matches.append(f)
    for goal, finding in dg.goals:  # link goals to the match of their team in this document
        if (m := match_of(finding, matches, article.text)) is not None:
            dg.add(goal, K.match, iri(match_iri(m)))
    for c in claims:
        assertion_triples(dg.t, c, article.name)
    return dg.t.sorted()


def assertion_triples(t: Triples, claim: object, doc: str) -> None:
    """Who asserts ``claim`` in document ``doc``, and whether the article relays it."""
    from .corpus import Claim

    assert isinstance(claim, Claim)
    node = iri(claim_iri(claim.key))
    claim_tail = claim_iri(claim.key).rsplit("/", 1)[-1]
    article = iri(article_iri(doc))
    for origin, evidence in claim.assertions.get(doc, {}).items():
        source_iri = origin_iri(origin, doc)
        source = iri(source_iri)
        a = iri(f"{ID}doc/{slug(doc)}/assertion/{claim_tail}/{short_hash(source_iri)}")
        t.add(a, A, K.Assertion)
        t.add(a, K.claim, node)
        t.add(a, K.source, source)
        t.add(source, K.asserts, node)
        if source != article:
            t.add(a, K.relayedBy, article)
            t.add(article, K.relays, node)
        evidence_triples(t, doc, a, evidence)


@functools.cache
def ontology_triples() -> tuple[str, ...]:
    """The ontology (classes, properties, the fan-act SKOS scheme), sorted: the default graph."""
    triples = ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)
    return tuple(sorted({f"{t.subject} {t.predicate} {t.object}" for t in triples}))


# ------------------------------------------------------------------ across documents

class _Sink(Protocol):
    def add(self, s: str, p: str, o: str) -> None: ...


def corpus_triples(corpus: object, *, assertions: bool = True) -> dict[str, list[str]]:
    """Claims (with their conflicts) in the ``graph/claims`` graph; in each document's graph, the
    tweets it reproduces unattributed and (``assertions``; a build has them in each document's
    triples already) who asserts or relays which claim. Returns graph IRI -> sorted triples."""
    from .corpus import Corpus

    assert isinstance(corpus, Corpus)
    out: dict[str, Triples] = defaultdict(Triples)
    claims_graph(corpus, out[str(CLAIMS_GRAPH)])
    if assertions:
        for c in corpus.claims.values():
            for doc in c.assertions:
                assertion_triples(out[str(graph_iri(doc))], c, doc)
    for r in corpus.reuses:
        reuse_triples(out[str(graph_iri(r.doc))], r)
    return {g: t.sorted() for g, t in out.items()}


def claims_graph(corpus: object, cg: _Sink) -> None:
    """The triples of the ``graph/claims`` graph: each claim (label, kind, value, act, what it is
    about) and each conflict. ``cg`` gets them in no order, some more than once."""
    from .corpus import Corpus

    assert isinstance(corpus, Corpus)
    cg.add(iri(CLAIMS_GRAPH), LABEL, lit("claims across all documents"))
    for c in corpus.claims.values():
        node = iri(claim_iri(c.key))
        cg.add(node, A, K.Claim)
        cg.add(node, LABEL, lit(_claim_label(c)))
        cg.add(node, K.claimKind, lit(c.kind))
        if c.value is not None:
            cg.add(node, K.value, lit(c.value))
        if c.act:
            cg.add(node, K.act, K[f"act-{c.act}"])
        for team in sorted(c.about.get("team", ())):
            cg.add(node, K.about, iri(team_iri(team)))
        for person in sorted(c.about.get("person", ())):
            cg.add(node, K.about, iri(person_iri(person)))
        for match in sorted(c.about.get("match", ())):
            m = iri(match_name_iri(match))
            cg.add(node, K.about, m)
            cg.add(m, A, S.SportsEvent)
            cg.add(m, LABEL, lit(match))
    for conflict in corpus.conflicts:
        a_iri, b_iri = claim_iri(conflict.a.key), claim_iri(conflict.b.key)
        a, b = iri(a_iri), iri(b_iri)
        cnode = iri(f"{ID}conflict/{short_hash(*sorted([str(a_iri), str(b_iri)]))}")
        cg.add(cnode, A, K.Conflict)
        cg.add(cnode, LABEL, lit(conflict.about))
        cg.add(cnode, K.claim, a)
        cg.add(cnode, K.claim, b)
        cg.add(a, K.conflictsWith, b)
        cg.add(b, K.conflictsWith, a)


def reuse_triples(t: _Sink, r: object) -> None:
    """In the reusing document's graph: the span of its text that reproduces a tweet."""
    from .corpus import Reuse

    assert isinstance(r, Reuse)
    t_iri = tweet_iri(r.tweet)
    tweet = iri(t_iri)
    node = iri(f"{ID}doc/{slug(r.doc)}/reuse/{t_iri.rsplit('/', 1)[-1]}-{r.evidence.begin}")
    t.add(node, A, K.Reuse)
    t.add(node, K.tweet, tweet)
    t.add(node, K.document, iri(article_iri(r.doc)))
    t.add(iri(article_iri(r.doc)), K.reproduces, tweet)
    evidence_triples(t, r.doc, node, [r.evidence])  # type: ignore[arg-type]


class SortedLines:
    """Triples deduplicated and sorted on disk (an SQLite table keyed by the line, in a temporary
    file, where :func:`kg.scratch.placed` says), so that a graph larger than memory comes out in
    order. SQLite compares text as UTF-8 bytes, which is the order of Python's ``sorted`` on
    ``str``."""

    BATCH = 20_000

    def __init__(self) -> None:
        from .scratch import ScratchDB

        self._scratch = ScratchDB("CREATE TABLE lines (line TEXT PRIMARY KEY) WITHOUT ROWID", prefix="lines")
        self._db = self._scratch.db
        self._pending: list[tuple[str]] = []

    def add(self, s: str, p: str, o: str) -> None:
        self._pending.append((f"{s} {p} {o}",))
        if len(self._pending) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT OR IGNORE INTO lines VALUES (?)", self._pending)
        self._pending.clear()

    def __iter__(self) -> Iterator[str]:
        self._flush()
        for (line,) in self._db.execute("SELECT line FROM lines ORDER BY line"):
            yield line

    def close(self) -> None:
        self._scratch.close()


def _claim_label(c: object) -> str:
    from .corpus import Claim

    assert isinstance(c, Claim)
    if c.kind == "goal" and c.subject[-1] == "winning goal" and c.about.get("person"):
        return c.label.replace("winning goal", "winning goal by " + " / ".join(sorted(c.about["person"])), 1)
    return c.label


# ------------------------------------------------------------------ TriG

def merge(*sorted_lists: Iterable[str]) -> list[str]:
    """Sorted, without duplicates."""
    out: set[str] = set()
    for lines in sorted_lists:
        out.update(lines)
    return sorted(out)


def nquads(graph: str | None, triples: Iterable[str]) -> bytes:
    """N-Quads text of ``triples`` in ``graph`` (None: the default graph)."""
    suffix = f" <{graph}> .\n" if graph else " .\n"
    return "".join(line + suffix for line in triples).encode("utf-8")


def triples_of(nquads_data: bytes) -> list[str]:
    """The triples of one graph's N-Quads (as :func:`nquads` wrote them), in their order."""
    return [line.rsplit(" <", 1)[0] for line in nquads_data.decode("utf-8").splitlines()]


def _prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in sorted(PREFIXES.items())}


def trig_block(nquads_data: bytes) -> bytes:
    """The TriG of these N-Quads (one graph, triples in the order given) without the ``@prefix``
    lines: the blocks of a dataset's graphs, joined after :func:`trig_header`, are its TriG."""
    out = io.BytesIO()
    if nquads_data:
        write_trig_block(io.BytesIO(nquads_data), out)
    return out.getvalue()


def write_trig_block(nquads_file: IO[bytes], out: IO[bytes]) -> None:
    """:func:`trig_block` for N-Quads read from a file, streamed to ``out``."""
    skip: Any = _SkipPrefix(out, len(trig_header()))
    ox.serialize(ox.parse(nquads_file, format=ox.RdfFormat.N_QUADS), skip, format=ox.RdfFormat.TRIG, prefixes=_prefixes())


class _SkipPrefix(io.RawIOBase):
    """Writes to ``out`` all but the first ``n`` bytes (the ``@prefix`` lines)."""

    def __init__(self, out: IO[bytes], n: int) -> None:
        self.out, self.skip = out, n

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        data = bytes(b)
        cut = min(self.skip, len(data))
        self.skip -= cut
        if cut < len(data):
            self.out.write(data[cut:])
        return len(data)


@functools.cache
def trig_header() -> bytes:
    """The ``@prefix`` lines that start kg's TriG."""
    data = ox.serialize([ox.Quad(ox.NamedNode(BASE), ox.NamedNode(BASE), ox.NamedNode(BASE))],
                        format=ox.RdfFormat.TRIG, prefixes=_prefixes())
    assert data is not None
    end = 0
    while data.startswith(b"@prefix ", end):
        end = data.index(b"\n", end) + 1
    return data[:end]


def write_trig(graphs: Iterable[tuple[str | None, Iterable[str]]], out: IO[bytes]) -> None:
    """Write TriG deterministically: the graphs in the order given (the default graph first, then
    the named graphs sorted by IRI), each graph's triples sorted, with kg's prefixes."""
    out.write(trig_header())
    for graph, triples in graphs:
        out.write(trig_block(nquads(graph, triples)))


def dataset_graphs(ds: Dataset) -> list[tuple[str | None, list[str]]]:
    """An rdflib dataset as (graph, sorted triples): the default graph first, then by IRI."""
    by_graph: dict[str | None, set[str]] = defaultdict(set)
    data = ds.serialize(format="nquads", encoding="utf-8")
    for q in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        g = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        by_graph[g].add(f"{q.subject} {q.predicate} {q.object}")
    out: list[tuple[str | None, list[str]]] = [(None, sorted(by_graph.pop(None, ())))]
    out.extend((g, sorted(by_graph[g])) for g in sorted(g for g in by_graph if g is not None))
    return out


def to_trig(ds: Dataset) -> bytes:
    """Serialise an rdflib dataset as TriG deterministically (same input, same bytes)."""
    import io

    buf = io.BytesIO()
    write_trig(dataset_graphs(ds), buf)
    return buf.getvalue()


def new_dataset() -> Dataset:
    """An empty rdflib dataset with kg's prefixes bound."""
    ds = Dataset()
    for p, ns in PREFIXES.items():
        ds.bind(p, ns)
    return ds


def default_graph_id() -> URIRef:
    """rdflib's identifier of a dataset's default graph."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return DATASET_DEFAULT_GRAPH_ID
