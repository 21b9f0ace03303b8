"""rdflib's SPARQL engine against pyoxigraph's, on the same kg-shaped data, in one process.

    .venv/bin/python bench/sparql_engines.py --sizes 100000 1000000 [--repeats 5] [--timeout 600]

For each size, writes an N-Quads file of about that many quads shaped like ``kg build`` output
(see ``kg_quads``), loads it into an rdflib ``Dataset(default_union=True)`` and a pyoxigraph
``Store``, and runs the same SPARQL text on both: a label lookup, a 2-hop join (article ->
schema:mentions -> team label), a GROUP BY/HAVING count and a FILTER regex over evidence text.
Each query is written twice: with ``GRAPH ?g`` (how kg's bundled queries read the per-article
named graphs) and over the union default graph (rdflib ``default_union=True``, pyoxigraph
``use_default_graph_as_union=True``). Each runs ``--repeats`` times; the table shows medians. The
two engines' answers are compared row for row.

rdflib caps: after one run slower than ``--soft-cap`` seconds no further repeats are made; a run
still going after ``--timeout`` seconds is interrupted (SIGALRM) and reported as a lower bound.

The data: articles are generated in memory by ``bench/synth.py`` and turned into quads with
kg's vocabulary and IRI scheme (one named graph per article with the article, its extraction
activity, kg:Evidence sentences with kg:text/kg:begin/kg:end, kg:Mention nodes, the teams and
people it names, the match, goals, fan acts, quotations, tweets and accounts, credits and agencies,
kg:Assertion nodes; the shared claims graph; the ontology as the default graph). This skips kg's
extraction (about 0.1 s an article, some 6 minutes for 1M quads): 1M quads take about 20 s.
``--shape-check N`` runs kg's real pipeline on N of the same synthetic articles and prints both
shapes side by side.
"""
from __future__ import annotations

import argparse
import functools
import gc
import hashlib
import math
import os
import re
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

from kg.graph import slug  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KG = "https://kg.example/ontology#"
ID = "https://kg.example/id/"
GRAPH = "https://kg.example/graph/"
SCHEMA = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
VERSION = "0.1.0"
CLAIMS = GRAPH + "claims"

PREFIXES = """PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


# --- kg-shaped quads ------------------------------------------------------------------------

def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _int(n: int) -> str:
    return f'"{n}"^^<{XSD}integer>'


def _date(d: Any) -> str:
    return f'"{d.isoformat()}"^^<{XSD}date>'


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]


HEADER = re.compile(r"\s*date\s+\S+\s+")
SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s|$)|$)", re.M)
TWEET = re.compile(r"^(?P<text>.+?) pic\.twitter\.com/(?P<id>\w+) — (?P<name>.+?) \(@(?P<handle>\w+)\) "
                   r"(?P<date>\w+ \d{1,2}, \d{4})$", re.M)
CREDIT = re.compile(r"Source: (?P<a1>Reuters)/(?P<p1>[^\n]+)$|\((?P<a2>AP) Photo/(?P<p2>[^)]+)\)"
                    r"|Photo Credit: (?P<a3>AFP)|Photo: (?P<a4>[^\n]+)$|\((?P<a5>[A-Za-z][\w -]+)/(?P<p5>[^)]+)\)"
                    r"|Photographer (?P<p6>[^\n]+?) captured the moment for (?P<a6>[^.\n]+)\.", re.M)
MINUTE = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th) minute\b")
QUOTE = re.compile(r"\"([^\"]{8,}?)[,.]?\"")
ACTS = [  # (act, trigger, actor noun)
    ("clean_dressing_room", re.compile(r"dressing room.*(?:clean|spotless|immaculate)|clean.*dressing room"), "players"),
    ("thank_you_note", re.compile(r"thank you"), "players"),
    ("clean_stands", re.compile(r"cleaned the stands|rubbish|litter"), "fans"),
    ("tears", re.compile(r"\btears\b|\bwept\b"), "fans"),
    ("stay_behind", re.compile(r"stayed behind"), "fans"),
    ("bow", re.compile(r"\bbow(?:ed|ing)\b"), "players"),
]


@dataclass
class DocQuads:
    """The quads of one article's named graph, and the claims it adds to the claims graph."""

    name: str
    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.doc = slug(self.name.replace(".", "-"))
        self.g = f"<{GRAPH}{self.doc}>"
        self.article = f"{ID}article/{self.doc}"
        self.base = f"{ID}doc/{self.doc}/"
        self.seen: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"<{s}> <{p}> {o} {self.g} .\n")

    def once(self, key: str) -> bool:
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


class Shaper:
    """Turns synthetic articles into kg-shaped quads (kg's IRIs, classes and properties)."""

    def __init__(self) -> None:
        self.claims: set[str] = set()
        self.claim_lines: list[str] = []
        self.team_forms: dict[str, re.Pattern[str]] = {}
        self.classes: Counter[str] = Counter()

    def claim(self, key: str, label: str, kind: str, value: str, about: list[str], act: str | None = None) -> str:
        iri = f"{ID}claim/{key}"
        if iri not in self.claims:
            self.claims.add(iri)
            g = f"<{CLAIMS}>"
            out = self.claim_lines
            out.append(f"<{iri}> <{RDF_TYPE}> <{KG}Claim> {g} .\n")
            out.append(f"<{iri}> <{RDFS_LABEL}> {_lit(label)} {g} .\n")
            out.append(f"<{iri}> <{KG}claimKind> {_lit(kind)} {g} .\n")
            out.append(f"<{iri}> <{KG}value> {_lit(value)} {g} .\n")
            for a in about:
                out.append(f"<{iri}> <{KG}about> <{a}> {g} .\n")
            if act:
                out.append(f"<{iri}> <{KG}act> <{KG}act-{act}> {g} .\n")
        return iri

    def forms(self, t: synth.Team) -> re.Pattern[str]:
        if t.name not in self.team_forms:
            words = sorted({t.name, *t.aliases, *t.nicknames, *t.demonyms}, key=len, reverse=True)
            alt = "|".join(re.escape(w) for w in words)
            self.team_forms[t.name] = re.compile(rf"(?<![\w])(?:{alt}|#{t.fifa})(?![\w])")
        return self.team_forms[t.name]

    def article(self, name: str, text: str, w: synth.Writer) -> list[str]:
        d = DocQuads(name)
        m, world = w.m, w.w
        art = d.article
        evid: dict[tuple[int, int], str] = {}

        def evidence(b: int, e: int) -> str:
            iri = f"{d.base}evidence/{b}-{e}"
            if (b, e) not in evid:
                evid[(b, e)] = iri
                d.add(iri, RDF_TYPE, f"<{KG}Evidence>")
                d.add(iri, KG + "begin", _int(b))
                d.add(iri, KG + "end", _int(e))
                d.add(iri, KG + "document", f"<{art}>")
                d.add(iri, KG + "text", _lit(text[b:e]))
            return iri

        # the document, its provenance
        act_iri = f"{ID}activity/{d.doc}"
        d.add(GRAPH + d.doc, PROV + "wasDerivedFrom", f"<{art}>")
        d.add(GRAPH + d.doc, PROV + "wasGeneratedBy", f"<{act_iri}>")
        d.add(act_iri, RDF_TYPE, f"<{KG}ExtractionActivity>")
        d.add(act_iri, RDFS_LABEL, _lit(f"kg {VERSION} extraction of {name}"))
        d.add(act_iri, PROV + "used", f"<{art}>")
        d.add(act_iri, KG + "extractorVersion", _lit(VERSION))
        d.add(art, RDF_TYPE, f"<{SCHEMA}NewsArticle>")
        d.add(art, KG + "fileName", _lit(name))
        d.add(art, KG + "sha256", _lit(hashlib.sha256(text.encode()).hexdigest()))
        d.add(art, SCHEMA + "datePublished", _date(w.date))

        body_start = HEADER.match(text).end()  # type: ignore[union-attr]
        sentences = [(s.start(), s.end()) for s in SENTENCE.finditer(text, body_start) if s.group().strip()]
        sentences = [(b + len(text[b:e]) - len(text[b:e].lstrip()), e) for b, e in sentences]
        tweet_lines = [(t.start(), t.end(), t) for t in TWEET.finditer(text)]

        # teams
        teams = {m.winner.name: m.winner, m.loser.name: m.loser}
        team_iri = {n: f"{ID}team/{slug(n)}" for n in teams}
        team_sents: dict[str, list[tuple[int, int]]] = {n: [] for n in teams}
        for b, e in sentences:
            for n, t in teams.items():
                for hit in self.forms(t).finditer(text, b, e):
                    ev = evidence(b, e)
                    mention = f"{d.base}mention/{b}-{e}-{slug(n)}-{slug(hit.group())}"
                    if d.once(mention):
                        d.add(mention, RDF_TYPE, f"<{KG}Mention>")
                        d.add(mention, KG + "evidence", f"<{ev}>")
                        d.add(mention, KG + "mentions", f"<{team_iri[n]}>")
                        d.add(mention, KG + "writtenAs", _lit(hit.group()))
                    team_sents[n].append((b, e))
        for n, t in teams.items():
            if team_sents[n]:
                d.add(team_iri[n], RDF_TYPE, f"<{SCHEMA}SportsTeam>")
                d.add(team_iri[n], RDFS_LABEL, _lit(n))
                d.add(team_iri[n], KG + "fifaCode", _lit(t.fifa))
                d.add(art, SCHEMA + "mentions", f"<{team_iri[n]}>")

        # people: those the article names, with the role and team the world gave them
        roles: dict[str, tuple[str, synth.Team | None]] = {}
        for p in world.journalists:
            roles[p.full] = ("journalist", None)
        for p in world.officials:
            roles[p.full] = ("official", None)
        names = set(w.named)
        for c in CREDIT.finditer(text):
            person = next((c.group(g) for g in ("p1", "p2", "p5", "p6") if c.group(g)), None)
            if person:
                names.add(person.strip())
                roles[person.strip()] = ("photographer", None)
        people: dict[str, str] = {}
        for full in sorted(names):
            if full in roles:
                role, team = roles[full]
            else:
                team = next((t for t in teams.values() if any(p.full == full for p in world.squads[t.name])), None)
                coach = next((t for t in teams.values() if m.coaches["winner" if t is m.winner else "loser"].full == full), None)
                role, team = ("coach", coach) if coach else ("player", team)
            iri = f"{ID}person/{slug(full)}"
            people[full] = iri
            last = full.split()[-1]
            pat = re.compile(rf"\b(?:{re.escape(full)}|{re.escape(last)})\b")
            mention = f"{d.base}mention/person-{slug(full)}"
            written: set[str] = set()
            for b, e in sentences:
                for hit in pat.finditer(text, b, e):
                    if d.once(mention + f"#{b}"):
                        d.add(mention, KG + "evidence", f"<{evidence(b, e)}>")
                    written.add(hit.group())
            if written:
                d.add(mention, RDF_TYPE, f"<{KG}Mention>")
                d.add(mention, KG + "mentions", f"<{iri}>")
                for form in sorted(written):
                    d.add(mention, KG + "writtenAs", _lit(form))
            d.add(iri, RDF_TYPE, f"<{SCHEMA}Person>")
            d.add(iri, SCHEMA + "name", _lit(full))
            d.add(iri, KG + "role", _lit(role))
            if team:
                d.add(iri, KG + "team", f"<{team_iri[team.name]}>")
            d.add(art, SCHEMA + "mentions", f"<{iri}>")

        # the match and its claims
        a, b_ = sorted([m.winner.name, m.loser.name])
        vs = f"{a} v {b_}"
        match = f"{ID}match/{slug(a)}-{slug(b_)}"
        score = f"{m.score[0]}-{m.score[1]}"
        lede = evidence(*sentences[0])
        place = f"{ID}place/{slug(m.venue)}"
        d.add(match, RDF_TYPE, f"<{SCHEMA}SportsEvent>")
        d.add(match, RDFS_LABEL, _lit(vs))
        d.add(match, KG + "evidence", f"<{lede}>")
        d.add(match, KG + "score", _lit(score))
        d.add(match, KG + "team1", f"<{team_iri[m.winner.name]}>")
        d.add(match, KG + "team2", f"<{team_iri[m.loser.name]}>")
        d.add(match, KG + "winner", f"<{team_iri[m.winner.name]}>")
        d.add(match, SCHEMA + "location", f"<{place}>")
        d.add(match, SCHEMA + "startDate", _date(m.date))
        d.add(place, RDF_TYPE, f"<{SCHEMA}Place>")
        d.add(place, RDFS_LABEL, _lit(m.venue))
        d.add(art, SCHEMA + "about", f"<{match}>")
        vs_slug = f"{slug(a)}-v-{slug(b_)}"
        asserted: list[tuple[str, str, list[str], str | None]] = []  # claim, source, evidence, relayed by
        asserted.append((self.claim(f"result-{vs_slug}-{slug(m.winner.name)}-{score}-{slug(m.loser.name)}",
                                    f"{m.winner.name} beat {m.loser.name} {score} ({vs})", "result", score,
                                    [match, team_iri[m.winner.name], team_iri[m.loser.name]]), art, [lede], None))
        asserted.append((self.claim(f"date-{vs_slug}-{m.date.isoformat()}", f"{vs} was played on {m.date.isoformat()}",
                                    "date", m.date.isoformat(), [match]), art, [lede], None))

        # goals
        for b, e in sentences:
            mm = MINUTE.search(text, b, e)
            scorer = next((full for full in people if full in text[b:e] or full.split()[-1] in text[b:e]), None)
            if not mm or not scorer:
                continue
            minute = int(mm.group(1))
            ev = evidence(b, e)
            for who in (scorer, None):
                goal = f"{d.base}goal/{b}-{slug(who or m.winner.name)}-{minute}"
                d.add(goal, RDF_TYPE, f"<{KG}Goal>")
                d.add(goal, PROV + "wasAttributedTo", f"<{art}>")
                d.add(goal, KG + "evidence", f"<{ev}>")
                d.add(goal, KG + "match", f"<{match}>")
                d.add(goal, KG + "minute", _int(minute))
                d.add(goal, KG + "team", f"<{team_iri[m.winner.name]}>")
                if who:
                    d.add(goal, KG + "scorer", f"<{people[who]}>")
            asserted.append((self.claim(f"goal-{vs_slug}-{slug(scorer)}-{minute}",
                                        f"{scorer} scored for {m.winner.name} in the {synth._ordinal(minute)} minute ({vs})",
                                        "goal", str(minute), [match, people[scorer], team_iri[m.winner.name]]),
                             art, [ev], None))

        # fan acts (in the article's prose and in its tweets)
        acts: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
        for b, e in sentences:
            low = text[b:e].lower()
            for act, trigger, default_actor in ACTS:
                if trigger.search(low):
                    actor = "fans" if re.search(r"\b(?:fans|supporters)\b", low) else default_actor
                    who_team = next((n for n in teams if (b, e) in team_sents[n]), m.loser.name)
                    acts.setdefault((act, actor, who_team), []).append((b, e))
        for (act, actor, team_name), spans in sorted(acts.items()):
            evs = [evidence(b, e) for b, e in spans]
            node = f"{d.base}fan-act/{act}-{actor}-{slug(team_name)}"
            d.add(node, RDF_TYPE, f"<{KG}FanAct>")
            d.add(node, PROV + "wasAttributedTo", f"<{art}>")
            d.add(node, KG + "act", f"<{KG}act-{act}>")
            d.add(node, KG + "actor", _lit(actor))
            d.add(node, KG + "team", f"<{team_iri[team_name]}>")
            for ev in sorted(set(evs)):
                d.add(node, KG + "evidence", f"<{ev}>")
            claim = self.claim(f"fan_act-{act}-{slug(team_name)}-{vs_slug}-{actor}", f"{team_name} {actor} {act.replace('_', ' ')} ({vs})",
                               "fan_act", actor, [match, team_iri[team_name]], act)
            tweet_src = next((t for tb, te, t in tweet_lines if any(tb <= b < te for b, _ in spans)), None)
            if tweet_src:
                asserted.append((claim, f"{ID}tweet/{tweet_src.group('id').lower()}", evs, art))
            else:
                asserted.append((claim, art, evs, None))

        # quotations: the speaker is the person named in the sentence, else in the one before
        previous: str | None = None
        for b, e in sentences:
            here = next((full for full in people if full in text[b:e] or re.search(rf"\b{re.escape(full.split()[-1])}\b", text[b:e])), None)
            speaker = here or previous
            previous = here or previous
            q = QUOTE.search(text, b, e)
            if not q or not speaker:
                continue
            ev = evidence(b, e)
            node = f"{d.base}quote/{q.start()}-{q.end()}"
            d.add(node, RDF_TYPE, f"<{SCHEMA}Quotation>")
            d.add(node, KG + "evidence", f"<{ev}>")
            d.add(node, KG + "speaker", f"<{people[speaker]}>")
            d.add(node, SCHEMA + "isPartOf", f"<{art}>")
            d.add(node, SCHEMA + "text", _lit(q.group(1)))
            key = f"{slug(speaker)}-{slug(q.group(1))}"
            key = key if len(key) <= 90 else key[:78].rstrip("-") + "-" + _hash(key)
            claim = self.claim(f"quote-{key}", f"{speaker}: \u201c{q.group(1)}\u201d", "quote", q.group(1),
                               [people[speaker]])
            d.add(people[speaker], KG + "asserts", f"<{claim}>")
            asserted.append((claim, people[speaker], [ev], art))

        # tweets and their authors
        for tb, te, tw in tweet_lines:
            tweet = f"{ID}tweet/{tw.group('id').lower()}"
            account = f"{ID}account/twitter/{tw.group('handle').lower()}"
            ev = evidence(tb, te)
            d.add(art, KG + "embeds", f"<{tweet}>")
            d.add(tweet, RDF_TYPE, f"<{SCHEMA}SocialMediaPosting>")
            d.add(tweet, KG + "evidence", f"<{ev}>")
            d.add(tweet, SCHEMA + "author", f"<{account}>")
            d.add(tweet, SCHEMA + "image", f"<https://pic.twitter.com/{tw.group('id')}>")
            d.add(tweet, SCHEMA + "text", _lit(tw.group("text")))
            tdate = synth.dt.datetime.strptime(tw.group("date"), "%B %d, %Y").date()
            d.add(tweet, SCHEMA + "datePublished", _date(tdate))
            for claim, source, _, _ in asserted:
                if source == tweet:
                    d.add(tweet, KG + "asserts", f"<{claim}>")
            d.add(account, RDF_TYPE, f"<{KG}Account>")
            d.add(account, RDFS_LABEL, _lit("@" + tw.group("handle")))
            d.add(account, KG + "handle", _lit(tw.group("handle")))
            d.add(account, KG + "displayName", _lit(tw.group("name")))

        # credits and agencies
        for c in CREDIT.finditer(text):
            agency = next(c.group(g) for g in ("a1", "a2", "a3", "a4", "a5", "a6") if c.group(g)).strip()
            person = next((c.group(g).strip() for g in ("p1", "p2", "p5", "p6") if c.group(g)), None)
            ev = evidence(c.start(), c.end())
            node = f"{d.base}credit/{c.start()}-{c.end()}"
            agency_iri = f"{ID}agency/{slug(agency)}"
            d.add(node, RDF_TYPE, f"<{KG}Credit>")
            d.add(node, RDFS_LABEL, _lit(f"{agency}/{person}" if person else agency))
            d.add(node, KG + "agency", f"<{agency_iri}>")
            d.add(node, KG + "evidence", f"<{ev}>")
            if person:
                d.add(node, KG + "photographer", f"<{people[person]}>")
            d.add(agency_iri, RDF_TYPE, f"<{KG}Agency>")
            d.add(agency_iri, RDFS_LABEL, _lit(agency))
            d.add(art, KG + "credit", f"<{node}>")

        # who asserts and who relays each claim
        for claim, source, evs, relayed_by in asserted:
            node = f"{d.base}assertion/{claim.rsplit('/', 1)[1]}/{_hash(source)}"
            if not d.once(node):
                continue
            d.add(node, RDF_TYPE, f"<{KG}Assertion>")
            d.add(node, KG + "claim", f"<{claim}>")
            d.add(node, KG + "source", f"<{source}>")
            for ev in sorted(set(evs)):
                d.add(node, KG + "evidence", f"<{ev}>")
            if relayed_by:
                d.add(node, KG + "relayedBy", f"<{relayed_by}>")
                d.add(art, KG + "relays", f"<{claim}>")
            else:
                d.add(art, KG + "asserts", f"<{claim}>")

        for line in d.lines:
            if f"<{RDF_TYPE}>" in line:
                self.classes[line.split()[2].strip("<>").rsplit("/", 1)[1].replace("ontology#", "kg:")] += 1
        return list(dict.fromkeys(d.lines))  # a node stated twice in a graph is one quad


def ontology_lines() -> list[str]:
    """The ontology, as kg puts it in the default graph."""
    return [f"{t.subject} {t.predicate} {t.object} .\n"
            for t in ox.parse(path=str(ROOT / "ontology.ttl"), format=ox.RdfFormat.TURTLE)]


def kg_quads(target: int, seed: int = 0) -> tuple[list[str], dict[str, Any]]:
    """About ``target`` quads (whole articles, plus the claims graph and the ontology)."""
    onto = ontology_lines()
    estimate = max(10, math.ceil(target / 250))
    while True:
        shaper = Shaper()
        lines = list(onto)
        docs = 0
        for name, text, writer in synth.iter_articles(estimate, seed):
            lines += shaper.article(name, text, writer)
            docs += 1
            if len(lines) + len(shaper.claim_lines) + 1 >= target:
                break
        lines += shaper.claim_lines
        lines.append(f"<{CLAIMS}> <{RDFS_LABEL}> {_lit('claims across all documents')} <{CLAIMS}> .\n")
        if len(lines) >= target or docs < estimate:
            break
        estimate = math.ceil(estimate * 1.3)  # the estimate fell short: more articles
    teams = Counter(line.split(" ", 3)[2] for line in lines if f"<{SCHEMA}mentions> <{ID}team/" in line)
    return lines, {"docs": docs, "claims": len(shaper.claims), "classes": shaper.classes, "teams": teams}


# --- the queries ----------------------------------------------------------------------------

def queries(label: str, k: int) -> list[tuple[str, str, str]]:
    """(name, GRAPH ?g form, union-default-graph form)."""
    def both(name: str, where: str, tail: str = "", select: str = "*") -> tuple[str, str, str]:
        return (name,
                f"{PREFIXES}SELECT {select} WHERE {{ GRAPH ?g {{ {where} }} }} {tail}".strip(),
                f"{PREFIXES}SELECT {select.replace('DISTINCT ?g', 'DISTINCT ?a')} WHERE {{ {where} }} {tail.replace('DISTINCT ?g', 'DISTINCT ?a')}".strip())
    return [
        both("label lookup", f'?team rdfs:label "{label}" ; a schema:SportsTeam .', select="DISTINCT ?team"),
        both("2-hop join", "?a a schema:NewsArticle ; kg:fileName ?doc ; schema:mentions ?t . "
                           "?t a schema:SportsTeam ; rdfs:label ?team .", select="DISTINCT ?doc ?team"),
        both(f"GROUP BY/HAVING (> {k} graphs)",
             "?a a schema:NewsArticle ; schema:mentions ?t . ?t a schema:SportsTeam ; rdfs:label ?team .",
             tail=f"GROUP BY ?team HAVING (COUNT(DISTINCT ?g) > {k}) ORDER BY DESC(?n) ?team",
             select="?team (COUNT(DISTINCT ?g) AS ?n)"),
        both("FILTER regex", '?e a kg:Evidence ; kg:text ?text . FILTER regex(?text, "thank[- ]you note|stayed behind", "i")',
             select="?e ?text"),
    ]


class Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Timeout


@dataclass
class Timing:
    runs: list[float] = field(default_factory=list)  # seconds
    rows: list[tuple[str, ...]] | None = None
    timed_out: bool = False
    capped: bool = False

    @property
    def median_ms(self) -> float:
        return statistics.median(self.runs) * 1000


def time_query(run: Callable[[], list[tuple[str, ...]]], repeats: int, soft_cap: float, timeout: float) -> Timing:
    t = Timing()
    for _ in range(repeats):
        gc.collect()
        signal.setitimer(signal.ITIMER_REAL, timeout)
        start = time.perf_counter()
        try:
            rows = run()
        except Timeout:
            t.runs.append(time.perf_counter() - start)
            t.timed_out = True
            return t
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        t.runs.append(time.perf_counter() - start)
        t.rows = rows
        if t.runs[-1] > soft_cap:
            t.capped = len(t.runs) < repeats
            break
    return t


def run_rdflib(ds: Any, q: str) -> list[tuple[str, ...]]:
    """Every row, each term as its lexical value (unbound: "")."""
    return [tuple("" if v is None else str(v) for v in row) for row in ds.query(q)]


def run_ox(store: Any, q: str, union: bool) -> list[tuple[str, ...]]:
    return [tuple("" if v is None else v.value for v in sol) for sol in store.query(q, use_default_graph_as_union=union)]


def rss_gb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e9


# --- the run --------------------------------------------------------------------------------

def fmt_ms(t: Timing) -> str:
    if t.timed_out:
        return f"> {t.runs[-1] * 1000:,.0f} (timed out)"
    text = f"{t.median_ms:,.1f}" if t.median_ms < 100 else f"{t.median_ms:,.0f}"
    if t.capped:
        text += " (only 1 run)" if len(t.runs) == 1 else f" (only {len(t.runs)} runs)"
    return text


def bench_size(size: int, args: argparse.Namespace, tmp: Path) -> tuple[list[str], list[str], list[str]]:
    t0 = time.perf_counter()
    lines, stats = kg_quads(size, args.seed)
    path = tmp / f"kg-{size}.nq"
    with path.open("w", encoding="utf-8") as f:
        f.writelines(lines)
    n_lines = len(lines)
    del lines
    gc.collect()
    gen_s = time.perf_counter() - t0
    print(f"[{size}] generated {n_lines:,} quads from {stats['docs']:,} articles ({stats['claims']:,} claims) "
          f"in {gen_s:.1f} s -> {path} ({path.stat().st_size / 1e6:.0f} MB)", file=sys.stderr, flush=True)

    before = rss_gb()
    start = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    ox_load = time.perf_counter() - start
    ox_mem = rss_gb() - before
    n_ox = len(store)

    before = rss_gb()
    start = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(str(path), format="nquads")
    rdf_load = time.perf_counter() - start
    rdf_mem = rss_gb() - before
    n_rdf = sum(len(g) for g in ds.graphs())
    print(f"[{size}] loaded: pyoxigraph {n_ox:,} quads in {ox_load:.2f} s, rdflib {n_rdf:,} in {rdf_load:.2f} s",
          file=sys.stderr, flush=True)
    load_row = (f"| {size:,} | {stats['docs']:,} | {n_ox:,} | {path.stat().st_size / 1e6:.0f} | {rdf_load:.2f} | "
                f"{ox_load:.2f} | {rdf_load / ox_load:.0f}x | {rdf_mem:.2f} | {ox_mem:.2f} |")

    team = stats["teams"].most_common(1)[0][0].strip("<>")  # the most mentioned team: look it up by its label
    label_text = str(next(iter(store.quads_for_pattern(ox.NamedNode(team), ox.NamedNode(RDFS_LABEL), None))).object.value)  # type: ignore[union-attr]
    k = max(2, stats["docs"] // 100)
    # warm up: rdflib imports its SPARQL modules on the first query (an interrupted import breaks them)
    run_rdflib(ds, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    run_ox(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", True)
    rows_out: list[str] = []
    union_out: list[str] = []
    for name, graph_q, union_q in queries(label_text, k):
        for form, q, out in (("GRAPH ?g", graph_q, rows_out), ("union", union_q, union_out)):
            union = form == "union"
            oxt = time_query(functools.partial(run_ox, store, q, union), args.repeats, args.soft_cap, args.timeout)
            rdt = time_query(functools.partial(run_rdflib, ds, q), args.repeats, args.soft_cap, args.timeout)
            n_rows = len(oxt.rows or [])
            if rdt.rows is not None and sorted(rdt.rows) != sorted(oxt.rows or []):
                agree = f"DIFFER (rdflib {len(rdt.rows)})"
            elif rdt.rows is None:
                agree = "n/a"
            else:
                agree = "same"
            if rdt.timed_out:
                ratio = f"> {rdt.runs[-1] * 1000 / oxt.median_ms:,.0f}x"
            else:
                ratio = f"{rdt.median_ms / oxt.median_ms:,.0f}x" if rdt.median_ms / oxt.median_ms >= 10 \
                    else f"{rdt.median_ms / oxt.median_ms:,.1f}x"
            out.append(f"| {size:,} | {name} | {n_rows:,} ({agree}) | {fmt_ms(rdt)} | {fmt_ms(oxt)} | {ratio} |")
            print(f"[{size}] {form:8} {name}: rdflib {fmt_ms(rdt)} ms, pyoxigraph {fmt_ms(oxt)} ms, {n_rows} rows, {agree}",
                  file=sys.stderr, flush=True)
    gc.collect()
    if not args.keep:
        path.unlink()
    return [load_row], rows_out, union_out


def shape_check(n: int, seed: int) -> None:
    """Run kg's own pipeline and this generator on the same n synthetic articles; print both shapes."""
    from kg.api import build_dataset
    from kg.reader import parse
    articles = [(name, text, w) for name, text, w in synth.iter_articles(n, seed)]
    res = build_dataset(parse(text, name) for name, text, _ in articles)
    kg_ds: Any = res.dataset
    shaper = Shaper()
    gen = [line for name, text, w in articles for line in shaper.article(name, text, w)]
    real: Counter[str] = Counter()
    for row in kg_ds.query("SELECT ?c (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a ?c } "
                           "FILTER(STRSTARTS(STR(?g), 'https://kg.example/graph/') && !STRENDS(STR(?g), '/claims')) } GROUP BY ?c"):
        real[str(row[0]).rsplit("/", 1)[1].replace("ontology#", "kg:")] = int(row[1])
    n_real = sum(1 for q in kg_ds.quads((None, None, None, None))
                 if str(q[3]).startswith(GRAPH) and not str(q[3]).endswith("/claims"))
    print(f"shape check on {n} synthetic articles: per-article quads kg {n_real / n:.0f}, generator {len(gen) / n:.0f}; "
          f"claims kg {res.facts['claim']}, generator {len(shaper.claims)}\n")
    print("| class (per article) | kg build | generator |\n|---|---|---|")
    for c in sorted(set(real) | set(shaper.classes), key=lambda c: -real.get(c, 0)):
        print(f"| {c} | {real.get(c, 0) / n:.2f} | {shaper.classes.get(c, 0) / n:.2f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 epilog="example: .venv/bin/python bench/sparql_engines.py --sizes 100000 1000000")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="quads per dataset")
    ap.add_argument("--repeats", type=int, default=5, help="runs of each query (the median is reported)")
    ap.add_argument("--soft-cap", type=float, default=60.0, help="no more rdflib repeats after a run this slow (s)")
    ap.add_argument("--timeout", type=float, default=600.0, help="interrupt a run after this many seconds")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", action="store_true", help="keep the N-Quads files")
    ap.add_argument("--tmp", type=Path, help="where to write the N-Quads files (default: a temporary folder)")
    ap.add_argument("--shape-check", type=int, metavar="N", help="only compare the generator with kg build on N articles")
    args = ap.parse_args()
    if args.shape_check:
        shape_check(args.shape_check, args.seed)
        return 0
    signal.signal(signal.SIGALRM, _alarm)
    loads, graph_rows, union_rows = [], [], []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as default_tmp:
        tmp = args.tmp or Path(default_tmp)
        tmp.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            lo, gr, un = bench_size(size, args, tmp)
            loads += lo
            graph_rows += gr
            union_rows += un
    print(f"rdflib {__import__('rdflib').__version__}, pyoxigraph {ox.__version__}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs; median of {args.repeats} runs; rdflib stops repeating after a run over "
          f"{args.soft_cap:.0f} s and is interrupted at {args.timeout:.0f} s.\n")
    print("Load (N-Quads file into memory):\n")
    print("| target | articles | quads | file MB | rdflib load s | pyoxigraph load s | ratio | rdflib RSS +GB | pyoxigraph RSS +GB |")
    print("|---|---|---|---|---|---|---|---|---|")
    print("\n".join(loads))
    header = "| size | query | rows (engines agree?) | rdflib ms | pyoxigraph ms | ratio rdflib/pyoxigraph |\n|---|---|---|---|---|---|"
    print("\nQueries with `GRAPH ?g` (rdflib `Dataset(default_union=True)`):\n")
    print(header)
    print("\n".join(graph_rows))
    print("\nSame queries over the union default graph (no `GRAPH ?g`; pyoxigraph `use_default_graph_as_union=True`):\n")
    print(header)
    print("\n".join(union_rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
