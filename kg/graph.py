"""Findings -> RDF. The only module that mints IRIs.

IRIs are readable and stable: ``{BASE}id/team/japan``, ``{BASE}id/person/akira-nishino``,
``{BASE}id/account/twitter/fifaworldcup``; the same team, person or account has one IRI in every
document. Facts found in a document live in that document's named graph ``{BASE}graph/{file}``.
No blank nodes.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from . import __version__
from .findings import Credit, Evidence, FanAct, Finding, Goal, Match, PersonMention, Quote, TeamMention, Tweet
from .lexicon import teams
from .reader import Article

BASE = "https://kg.example/"
KG = Namespace(BASE + "ontology#")
SCHEMA = Namespace("https://schema.org/")
ID = Namespace(BASE + "id/")
PREFIXES = {"kg": KG, "schema": SCHEMA, "prov": PROV, "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "id": ID,
            "owl": OWL, "dcterms": DCTERMS}


@functools.lru_cache(maxsize=65536)
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


def team_iri(name: str) -> URIRef:
    return ID[f"team/{slug(name)}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slug(name)}"]


def account_iri(handle: str) -> URIRef:
    return ID[f"account/twitter/{handle.casefold()}"]


def article_iri(article_name: str) -> URIRef:
    return ID[f"article/{slug(article_name)}"]


def graph_iri(article_name: str) -> URIRef:
    return URIRef(BASE + "graph/" + slug(article_name))


def tweet_iri(t: Tweet) -> URIRef:
    if t.url:
        return ID[f"tweet/{slug(t.url.rsplit('/', 1)[-1])}"]
    return ID[f"tweet/{t.handle.casefold()}-{t.date or 'undated'}-{short_hash(t.text)}"]


def match_iri(m: Match) -> URIRef:
    """One node per pair of teams: documents that disagree on a match's date or score still talk
    about the same match (two meetings of the same teams in one corpus share it)."""
    return match_name_iri(match_name(m.team1, m.team2))


def match_name(a: str, b: str) -> str:
    x, y = sorted([a, b])
    return f"{x} v {y}"


def agency_iri(name: str) -> URIRef:
    return ID[f"agency/{slug(name.replace(' Photo', ''))}"]


def _default_graph(ds: Dataset) -> Graph:
    """The dataset's default graph (``default_graph`` in rdflib >= 7.2, ``default_context`` before)."""
    graph = getattr(ds, "default_graph", None)
    return graph if graph is not None else ds.default_context


def default_graph_id() -> URIRef:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return DATASET_DEFAULT_GRAPH_ID


def new_dataset() -> Dataset:
    ds = Dataset()
    for p, ns in PREFIXES.items():
        ds.bind(p, ns)
    return ds


class _DocGraph:
    """Writes one document's findings into its named graph."""

    def __init__(self, ds: Dataset, article: Article) -> None:
        self.article = article
        self.doc = article_iri(article.name)
        self.docslug = slug(article.name)
        self.g: Graph = ds.graph(graph_iri(article.name))
        self.counter: dict[str, int] = {}

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def node(self, kind: str, key: str) -> URIRef:
        return ID[f"doc/{self.docslug}/{kind}/{key}"]

    def evidence(self, subject: URIRef, evidence: Iterable[Evidence]) -> None:
        _evidence(self.g, self.article.name, subject, evidence)

    def team(self, name: str) -> URIRef:
        t = team_iri(name)
        self.add(t, RDF.type, SCHEMA.SportsTeam)
        self.add(t, RDFS.label, Literal(name))
        row = teams().teams.get(name)
        if row:
            self.add(t, KG.fifaCode, Literal(row.fifa))
        return t

    def person(self, name: str) -> URIRef:
        p = person_iri(name)
        self.add(p, RDF.type, SCHEMA.Person)
        self.add(p, SCHEMA.name, Literal(name))
        return p

    def header(self) -> None:
        a = self.article
        self.add(self.doc, RDF.type, SCHEMA.NewsArticle)
        self.add(self.doc, KG.fileName, Literal(a.name))
        self.add(self.doc, KG.sha256, Literal(a.sha256))
        if a.date:
            self.add(self.doc, SCHEMA.datePublished, Literal(a.date.isoformat(), datatype=XSD.date))
        activity = ID[f"activity/{self.docslug}"]
        self.add(activity, RDF.type, KG.ExtractionActivity)
        self.add(activity, RDFS.label, Literal(f"kg {__version__} extraction of {a.name}"))
        self.add(activity, PROV.used, self.doc)
        self.add(activity, KG.extractorVersion, Literal(__version__))
        self.add(graph_iri(a.name), PROV.wasGeneratedBy, activity)
        self.add(graph_iri(a.name), PROV.wasDerivedFrom, self.doc)

    def finding(self, f: Finding) -> None:
        handler = getattr(self, "_" + f.kind)
        handler(f)

    def _team(self, f: TeamMention) -> None:
        t = self.team(f.team)
        self.add(self.doc, SCHEMA.mentions, t)
        ev = f.evidence[0]
        m = self.node("mention", f"{ev.begin}-{ev.end}-{slug(f.team)}-{slug(f.form)}")
        self.add(m, RDF.type, KG.Mention)
        self.add(m, KG.mentions, t)
        self.add(m, KG.writtenAs, Literal(f.form))
        self.evidence(m, f.evidence)

    def _person(self, f: PersonMention) -> None:
        p = self.person(f.name)
        self.add(self.doc, SCHEMA.mentions, p)
        self.add(p, KG.role, Literal(f.role))
        if f.team:
            self.add(p, KG.team, self.team(f.team))
        m = self.node("mention", f"person-{slug(f.name)}")
        self.add(m, RDF.type, KG.Mention)
        self.add(m, KG.mentions, p)
        for form in f.forms:
            self.add(m, KG.writtenAs, Literal(form))
        self.evidence(m, f.evidence)

    def _fan_act(self, f: FanAct) -> None:
        n = self.node("fan-act", f"{f.act}-{f.actor}-{slug(f.team or 'unknown')}")
        self.add(n, RDF.type, KG.FanAct)
        self.add(n, KG.act, KG[f"act-{f.act}"])
        self.add(n, KG.actor, Literal(f.actor))
        if f.team:
            self.add(n, KG.team, self.team(f.team))
        self.add(n, PROV.wasAttributedTo, self.doc)
        self.evidence(n, f.evidence)

    def _credit(self, f: Credit) -> None:
        ev = f.evidence[0]
        n = self.node("credit", f"{ev.begin}-{ev.end}")
        self.add(self.doc, KG.credit, n)
        self.add(n, RDF.type, KG.Credit)
        self.add(n, RDFS.label, Literal(f.credit))
        if f.agency:
            a = agency_iri(f.agency)
            self.add(n, KG.agency, a)
            self.add(a, RDF.type, KG.Agency)
            self.add(a, RDFS.label, Literal(f.agency.replace(" Photo", "")))
        if f.photographer:
            self.add(n, KG.photographer, self.person(f.photographer))
        self.evidence(n, f.evidence)

    def _quote(self, f: Quote) -> None:
        ev = f.evidence[0]
        n = self.node("quote", f"{ev.begin}-{ev.end}")
        self.add(n, RDF.type, SCHEMA.Quotation)
        self.add(n, SCHEMA.text, Literal(f.text))
        self.add(n, KG.speaker, self.person(f.speaker))
        self.add(n, SCHEMA.isPartOf, self.doc)
        self.evidence(n, f.evidence)

    def _tweet(self, f: Tweet) -> None:
        t = tweet_iri(f)
        acc = account_iri(f.handle)
        self.add(self.doc, KG.embeds, t)
        self.add(t, RDF.type, SCHEMA.SocialMediaPosting)
        self.add(t, SCHEMA.text, Literal(f.text))
        self.add(t, SCHEMA.author, acc)
        if f.date:
            self.add(t, SCHEMA.datePublished, Literal(f.date.isoformat(), datatype=XSD.date))
        if f.url:
            self.add(t, SCHEMA.image, URIRef(f.url))
        self.add(acc, RDF.type, KG.Account)
        self.add(acc, KG.handle, Literal(f.handle))
        self.add(acc, KG.displayName, Literal(f.display_name))
        self.add(acc, RDFS.label, Literal("@" + f.handle))
        self.evidence(t, f.evidence)

    def _match(self, f: Match) -> None:
        m = match_iri(f)
        self.add(m, RDF.type, SCHEMA.SportsEvent)
        self.add(m, RDFS.label, Literal(match_name(f.team1, f.team2)))
        self.add(m, KG.team1, self.team(f.team1))
        self.add(m, KG.team2, self.team(f.team2))
        self.add(self.doc, SCHEMA.about, m)
        if f.score:
            self.add(m, KG.score, Literal(f.score))
            a, b = (int(x) for x in f.score.split("-"))
            if a != b or f.penalties:
                self.add(m, KG.winner, team_iri(f.team1))
        if f.penalties:
            self.add(m, KG.penalties, Literal(f.penalties))
        if f.date:
            self.add(m, SCHEMA.startDate, Literal(f.date.isoformat(), datatype=XSD.date))
        if f.venue:
            v = ID[f"place/{slug(f.venue)}"]
            self.add(m, SCHEMA.location, v)
            self.add(v, RDF.type, SCHEMA.Place)
            self.add(v, RDFS.label, Literal(f.venue))
        self.evidence(m, f.evidence)

    def _goal(self, f: Goal) -> None:
        ev = f.evidence[0]
        who = slug(f.scorer) if f.scorer else slug(f.team or "unknown")
        n = self.node("goal", f"{ev.begin}-{who}-{f.minute if f.minute is not None else 'x'}")
        self.add(n, RDF.type, KG.Goal)
        if f.scorer:
            self.add(n, KG.scorer, self.person(f.scorer))
        if f.team:
            self.add(n, KG.team, self.team(f.team))
        if f.minute is not None:
            self.add(n, KG.minute, Literal(f.minute))
        if f.winning:
            self.add(n, KG.winningGoal, Literal(True))
        self.add(n, PROV.wasAttributedTo, self.doc)
        self.evidence(n, f.evidence)


def add_document(ds: Dataset, article: Article, findings: Iterable[Finding]) -> None:
    """Write one article's findings into its own named graph of ``ds``."""
    dg = _DocGraph(ds, article)
    dg.header()
    matches = []
    for f in findings:
        dg.finding(f)
        if isinstance(f, Match):
            matches.append(f)
    # link goals to the match of their team in this document
    for goal in dg.g.subjects(RDF.type, KG.Goal):
        team = dg.g.value(goal, KG.team)
        for m in matches:
            if team in (team_iri(m.team1), team_iri(m.team2)):
                dg.add(goal, KG.match, match_iri(m))  # type: ignore[arg-type]
                break


def to_trig(ds: Dataset) -> bytes:
    """Serialise as TriG deterministically (same input, same bytes): the default graph (the
    ontology) first, then the named graphs sorted by IRI, each written by rdflib's Turtle writer
    (which sorts subjects, predicates and objects)."""
    prefixes = dict(sorted(PREFIXES.items()))
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items())
    parts = [head]
    default = _turtle_body(_default_graph(ds), prefixes)
    if default:
        parts.append("\n" + default)
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if g.identifier == _default_graph(ds).identifier or len(g) == 0:
            continue
        body = _turtle_body(g, prefixes)  # not indented: long literals span lines
        parts.append(f"\n<{g.identifier}> {{\n{body.rstrip()}\n}}\n")
    return "".join(parts).encode("utf-8")


def _turtle_body(graph: Graph, prefixes: dict[str, Namespace] | dict[str, object]) -> str:
    g = Graph()
    for p, ns in prefixes.items():
        g.bind(p, ns, override=True, replace=True)
    for triple in graph:
        g.add(triple)
    text = g.serialize(format="turtle")
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith("@prefix")]
    return "".join(lines).strip("\n") + "\n" if any(line.strip() for line in lines) else ""


# ------------------------------------------------------------------ across documents

CLAIMS_GRAPH = URIRef(BASE + "graph/claims")


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


def add_corpus(ds: Dataset, corpus: object) -> None:
    """Claims (with their conflicts) in the ``graph/claims`` graph; in each document's graph, who
    asserts or relays which claim, with the evidence, and the tweets it reproduces unattributed."""
    from .corpus import Corpus

    assert isinstance(corpus, Corpus)
    cg = ds.graph(CLAIMS_GRAPH)
    cg.add((CLAIMS_GRAPH, RDFS.label, Literal("claims across all documents")))
    for key, c in sorted(corpus.claims.items(), key=lambda kv: str(kv[0])):
        node = claim_iri(key)
        cg.add((node, RDF.type, KG.Claim))
        cg.add((node, RDFS.label, Literal(_claim_label(c))))
        cg.add((node, KG.claimKind, Literal(c.kind)))
        if c.value is not None:
            cg.add((node, KG.value, Literal(c.value)))
        if c.act:
            cg.add((node, KG.act, KG[f"act-{c.act}"]))
        for team in sorted(c.about.get("team", ())):
            cg.add((node, KG.about, team_iri(team)))
        for person in sorted(c.about.get("person", ())):
            cg.add((node, KG.about, person_iri(person)))
        for match in sorted(c.about.get("match", ())):
            cg.add((node, KG.about, match_name_iri(match)))
            cg.add((match_name_iri(match), RDF.type, SCHEMA.SportsEvent))
            cg.add((match_name_iri(match), RDFS.label, Literal(match)))
        for doc, origins in sorted(c.assertions.items()):
            g = ds.graph(graph_iri(doc))
            article = article_iri(doc)
            for origin, evidence in sorted(origins.items(), key=lambda kv: str(origin_iri(kv[0], doc))):
                source = origin_iri(origin, doc)
                a = ID[f"doc/{slug(doc)}/assertion/{claim_iri(key).rsplit('/', 1)[-1]}/{short_hash(source)}"]
                g.add((a, RDF.type, KG.Assertion))
                g.add((a, KG.claim, node))
                g.add((a, KG.source, source))
                g.add((source, KG.asserts, node))
                if source != article:
                    g.add((a, KG.relayedBy, article))
                    g.add((article, KG.relays, node))
                _evidence(g, doc, a, evidence)
    for conflict in corpus.conflicts:
        a, b = claim_iri(conflict.a.key), claim_iri(conflict.b.key)
        cnode = ID[f"conflict/{short_hash(*sorted([str(a), str(b)]))}"]
        cg.add((cnode, RDF.type, KG.Conflict))
        cg.add((cnode, RDFS.label, Literal(conflict.about)))
        cg.add((cnode, KG.claim, a))
        cg.add((cnode, KG.claim, b))
        cg.add((a, KG.conflictsWith, b))
        cg.add((b, KG.conflictsWith, a))
    for r in corpus.reuses:
        g = ds.graph(graph_iri(r.doc))
        t = tweet_iri(r.tweet)
        node = ID[f"doc/{slug(r.doc)}/reuse/{t.rsplit('/', 1)[-1]}-{r.evidence.begin}"]
        g.add((node, RDF.type, KG.Reuse))
        g.add((node, KG.tweet, t))
        g.add((node, KG.document, article_iri(r.doc)))
        g.add((article_iri(r.doc), KG.reproduces, t))
        _evidence(g, r.doc, node, [r.evidence])


def _claim_label(c: object) -> str:
    from .corpus import Claim

    assert isinstance(c, Claim)
    if c.kind == "goal" and c.subject[-1] == "winning goal" and c.about.get("person"):
        return c.label.replace("winning goal", "winning goal by " + " / ".join(sorted(c.about["person"])), 1)
    return c.label


def _evidence(g: Graph, doc: str, subject: URIRef, evidence: Iterable[Evidence]) -> None:
    for ev in sorted(set(evidence)):
        e = ID[f"doc/{slug(doc)}/evidence/{ev.begin}-{ev.end}"]
        g.add((subject, KG.evidence, e))
        g.add((e, RDF.type, KG.Evidence))
        g.add((e, KG.document, article_iri(doc)))
        g.add((e, KG.text, Literal(ev.text)))
        g.add((e, KG.begin, Literal(ev.begin)))
        g.add((e, KG.end, Literal(ev.end)))
