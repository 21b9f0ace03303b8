"""Across documents: claims, who asserts them, corroboration, conflicts and tweet reuse.

A *claim* is one distinct statement across the corpus: a fan act (actor, team, act, match), a match
result (teams, score), a match date, a goal (scorer or winning goal, minute), a quote (speaker,
text). Each finding of each document asserts a claim; its *originator* is the tweet the evidence
lies in (the article relays it), the person whose quotation it lies in, or else the article itself.
Support counts distinct sources (originators and relaying articles) and distinct originators: the
same tweet embedded in two articles is one originator.

Two claims about the same thing with incompatible values (a goal's minute, a score, a date, who
performed a single-actor act) conflict.

*Unattributed reuse*: an article whose own text reproduces a run of at least ``REUSE_WORDS`` words
of a tweet that it does not embed. A run found in more than ``REUSE_MAX_TWEETS`` distinct tweets
is a common phrase (a slogan, a chant, a stock line), not a sign that one of them was copied: it
is not counted (without the limit, one stock line in a large corpus links an article to every
tweet that uses it).

The work is split so that it scales: :func:`contribution` is what one document adds (its claims,
with who asserts them in it; its embedded tweets; stable hashes of its word runs), computed where
the document is extracted; a :class:`Reducer` merges contributions in input order, keeping only
the claims and the tweets (for a build, on disk: :class:`ClaimTable`), and looks for reuse only in
documents whose hashes meet a tweet's (the tweets indexed on disk: :class:`_TweetIndex`).
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import pickle
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy
import regex

from .findings import Evidence, FanAct, Finding, Goal, Match, Quote, Tweet, match_of
from .graph import CACHE_SIZE, match_name
from .lexicon import acts
from .reader import Article
from .scratch import ScratchDB
from .scratch import blob as _blob
from .scratch import text as _text

REUSE_WORDS = 8
REUSE_MAX_TWEETS = 3
WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
T = TypeVar("T")


@dataclass(frozen=True)
class Origin:
    """Who originates a finding in a document: ("article", name) | ("tweet", Tweet) | ("person", name)."""

    kind: str
    key: object


@dataclass(slots=True)
class Claim:
    key: tuple[object, ...]
    kind: str  # fan_act | result | date | goal | quote
    label: str
    subject: tuple[object, ...]  # what the claim is about: claims with one subject and other values conflict
    value: str | None
    about: dict[str, set[str]] = field(default_factory=dict)  # "team"/"person"/"match" -> names
    act: str | None = None
    # document name -> origin -> evidence spans
    assertions: dict[str, dict[Origin, list[Evidence]]] = field(default_factory=dict)

    def add_about(self, kind: str, *names: str) -> None:
        self.about.setdefault(kind, set()).update(names)

    def asserted(self, doc: str, origin: Origin, evidence: Evidence) -> None:
        self.assertions.setdefault(doc, {}).setdefault(origin, []).append(evidence)

    def sources(self) -> set[object]:
        out: set[object] = set()
        for doc, origins in self.assertions.items():
            out.add(("article", doc))
            out.update(_origin_id(o) for o in origins)
        return out

    def originators(self) -> set[object]:
        return {_origin_id(o) for origins in self.assertions.values() for o in origins}

    def documents(self) -> set[str]:
        return set(self.assertions)


@dataclass(frozen=True)
class Conflict:
    a: Claim
    b: Claim
    about: str


@dataclass(frozen=True)
class Reuse:
    doc: str
    tweet: Tweet
    evidence: Evidence


@dataclass
class Corpus:
    claims: ClaimMap | ClaimTable
    conflicts: list[Conflict]
    reuses: list[Reuse]


def _origin_id(o: Origin) -> object:
    if o.kind == "tweet":
        t = o.key
        assert isinstance(t, Tweet)
        return ("tweet", (t.handle.casefold(), t.url) if t.url else (t.handle.casefold(), t.date, t.text))
    return (o.kind, o.key)


@functools.cache
def _act_labels() -> dict[str, str]:
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from .lexicon import ontology_path

    g = Graph().parse(ontology_path(), format="turtle")
    return {str(n): str(g.value(c, SKOS.prefLabel)) for c, n in g.subject_objects(SKOS.notation)}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _single_actor(act: str) -> bool:
    return bool(acts()["acts"].get(act, {}).get("single_actor"))


def origin_of(article: Article, ev: Evidence, tweets: dict[tuple[int, int], Tweet]) -> Origin:
    """Who says what the evidence says: the tweet or quotation that holds most of it, else the article."""
    def share(b: int, e: int) -> float:
        return max(0, min(e, ev.end) - max(b, ev.begin)) / max(1, ev.end - ev.begin)

    for (b, e), tweet in tweets.items():
        if share(b, e) >= 0.5:
            return Origin("tweet", tweet)
    from .extract.sources import quotes as quote_spans  # here: importing the extractors loads spaCy

    for q in quote_spans(article):
        if q.speaker and share(q.begin, q.end) >= 0.5:
            return Origin("person", q.speaker)
    return Origin("article", article.name)


@dataclass
class Contribution:
    """What one document adds to the corpus. ``shingles``: sorted stable hashes of every run of
    ``REUSE_WORDS`` words of its text outside the tweets it embeds."""

    doc: str
    claims: list[Claim]
    tweets: list[Tweet]
    shingles: array  # of "q"


def contribution(article: Article, findings: list[Finding]) -> Contribution:
    """The claims one document makes (with who asserts each in it), its embedded tweets and the
    hashes of its word runs."""
    from .extract.tweets import embeds

    claims: dict[tuple[object, ...], Claim] = {}
    doc_tweets = {(e.begin, e.end): t for e, t in zip(embeds(article), [f for f in findings if isinstance(f, Tweet)], strict=False)}
    matches = [f for f in findings if isinstance(f, Match)]
    main = max(matches, key=lambda m: len(m.evidence)) if matches else None
    for f in findings:
        for claim in _claims_of(f, main, matches, article.text):
            c = claims.setdefault(claim.key, claim)
            for ev in f.evidence:
                origin = Origin("person", f.speaker) if isinstance(f, Quote) else origin_of(article, ev, doc_tweets)
                c.asserted(article.name, origin, ev)
            for k, v in claim.about.items():
                c.add_about(k, *v)
    return Contribution(article.name, list(claims.values()), list(doc_tweets.values()), _shingles(article))


class ClaimTable:
    """The distinct claims of a corpus and the tweets its documents embed, kept on disk (a
    :class:`~kg.scratch.ScratchDB`) so that memory does not grow with the corpus. It holds what
    :class:`Reducer` keeps without assertions: a claim's kind, label and value from the first
    document that makes it, what it is about as the union over documents."""

    BATCH = 5_000  # claims held before they are written
    SCHEMA = """
        CREATE TABLE claims (key TEXT PRIMARY KEY, kind TEXT, label BLOB, subject TEXT, value BLOB, act TEXT) WITHOUT ROWID;
        CREATE TABLE about (key TEXT, kind TEXT, name BLOB, PRIMARY KEY (key, kind, name)) WITHOUT ROWID;
        CREATE TABLE tweets (pair BLOB);
    """

    def __init__(self) -> None:
        self._scratch = ScratchDB(self.SCHEMA, prefix="claims")
        self._db = self._scratch.db
        self._claims: list[tuple[str, str, bytes, str, bytes | None, str | None]] = []
        self._about: list[tuple[str, str, bytes]] = []
        self._tweets: list[tuple[bytes]] = []

    def add(self, claims: Iterable[Claim], tweets: Iterable[tuple[str, Tweet]] = ()) -> None:
        """Claims (in input order: a claim already here keeps its label) and (document, tweet) pairs."""
        for c in claims:
            key = _dumps(c.key)
            self._claims.append((key, c.kind, _blob(c.label), _dumps(c.subject), None if c.value is None else _blob(c.value), c.act))
            self._about.extend((key, kind, _blob(name)) for kind, names in c.about.items() for name in names)
        self._tweets.extend((pickle.dumps(pair, pickle.HIGHEST_PROTOCOL),) for pair in tweets)
        if len(self._claims) + len(self._tweets) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT OR IGNORE INTO claims VALUES (?, ?, ?, ?, ?, ?)", self._claims)
        self._db.executemany("INSERT OR IGNORE INTO about VALUES (?, ?, ?)", self._about)
        self._db.executemany("INSERT INTO tweets VALUES (?)", self._tweets)
        self._claims.clear()
        self._about.clear()
        self._tweets.clear()

    def __len__(self) -> int:
        self._flush()
        return int(self._db.execute("SELECT COUNT(*) FROM claims").fetchone()[0])

    def values(self) -> Iterator[Claim]:
        """Every claim, with what it is about, in the order of their keys' JSON."""
        self._flush()
        return self._read()

    def conflicts(self) -> list[Conflict]:
        """:func:`_conflicts` over the claims whose subject has more than one value (read from disk)."""
        self._flush()
        self._db.execute("CREATE INDEX IF NOT EXISTS claims_subject ON claims (subject, value)")
        return _conflicts({c.key: c for c in self._read(
            "WHERE c.value IS NOT NULL AND c.subject IN (SELECT subject FROM claims WHERE value IS NOT NULL "
            "GROUP BY subject HAVING COUNT(DISTINCT value) > 1)")})

    def _read(self, where: str = "") -> Iterator[Claim]:
        """The claims (``where``: an SQL condition on ``c``), each with what it is about, by key."""
        rows = self._db.execute("SELECT c.key, c.kind, c.label, c.subject, c.value, c.act, a.kind, a.name "
                                f"FROM claims c LEFT JOIN about a ON a.key = c.key {where} ORDER BY c.key")
        for _key, group in itertools.groupby(rows, key=lambda row: row[0]):
            first, *rest = group
            yield _claim_of(first[:6], [row[6:] for row in (first, *rest) if row[6] is not None])

    def tweets(self) -> Iterator[tuple[str, Tweet]]:
        """The (document, tweet) pairs in the order they were added."""
        self._flush()
        for (blob,) in self._db.execute("SELECT pair FROM tweets ORDER BY rowid"):
            yield pickle.loads(blob)

    def close(self) -> None:
        self._scratch.close()


def _dumps(key: tuple[object, ...]) -> str:
    return json.dumps(key, separators=(",", ":"))  # ASCII: text from any file name or text is safe


def _claim_of(row: tuple[Any, ...], about: Iterable[tuple[str, bytes]]) -> Claim:
    key, kind, label, subject, value, act = row
    claim = Claim(tuple(json.loads(key)), kind, _text(label), tuple(json.loads(subject)),
                  None if value is None else _text(value), act=act)
    for k, name in about:
        claim.add_about(k, _text(name))
    return claim


class ClaimMap:
    """The in-memory twin of :class:`ClaimTable` that also keeps who asserts each claim (for
    :func:`analyse`)."""

    def __init__(self) -> None:
        self._claims: dict[tuple[object, ...], Claim] = {}
        self._tweets: list[tuple[str, Tweet]] = []

    def add(self, claims: Iterable[Claim], tweets: Iterable[tuple[str, Tweet]] = ()) -> None:
        for claim in claims:
            c = self._claims.get(claim.key)
            if c is None:
                c = self._claims[claim.key] = Claim(claim.key, claim.kind, claim.label, claim.subject, claim.value,
                                                    act=claim.act)
            for k, v in claim.about.items():
                c.add_about(k, *v)
            for doc, origins in claim.assertions.items():
                for origin, evidence in origins.items():
                    for ev in evidence:
                        c.asserted(doc, origin, ev)
        self._tweets.extend(tweets)

    def __len__(self) -> int:
        return len(self._claims)

    def values(self) -> Iterator[Claim]:
        return iter(self._claims.values())

    def conflicts(self) -> list[Conflict]:
        return _conflicts(self._claims)

    def tweets(self) -> Iterator[tuple[str, Tweet]]:
        return iter(self._tweets)

    def close(self) -> None:
        pass


class Reducer:
    """Merges contributions in input order: a claim's label comes from the first document that
    makes it; what it is about is the union. ``keep_assertions=False`` drops who asserts what
    (the graph of each document already holds it) and keeps the claims and tweets on disk (a
    :class:`ClaimTable`), so memory does not grow with the documents; :meth:`close` removes it."""

    def __init__(self, *, keep_assertions: bool = True) -> None:
        self.claims: ClaimMap | ClaimTable = ClaimMap() if keep_assertions else ClaimTable()

    def add(self, contrib: Contribution) -> None:
        # a tweet's evidence is in its document's graph already; what the reuse check needs is its text
        self.claims.add(contrib.claims, [(contrib.doc, dataclasses.replace(t, evidence=())) for t in contrib.tweets])

    def finish(self, documents: Iterable[tuple[array, Callable[[], Article]]]) -> Corpus:
        """The corpus. ``documents`` yields, in name order, each document's shingles and a way to
        load its article: only documents whose shingles meet a tweet's word runs are loaded."""
        return Corpus(self.claims, self.claims.conflicts(), list(self._reuses(documents)))

    def close(self) -> None:
        self.claims.close()

    def _reuses(self, documents: Iterable[tuple[array, Callable[[], Article]]]) -> Iterator[Reuse]:
        with _TweetIndex(self.claims.tweets()) as index:
            if not len(index.hashes):
                return
            for shingles, load in documents:
                if index.meets(shingles):
                    yield from index.reuses(load())


def analyse(docs: Iterable[tuple[Article, list[Finding]]]) -> Corpus:
    """Claims, conflicts and unattributed reuse across all documents (in memory)."""
    reducer = Reducer()
    seen: dict[str, tuple[array, Callable[[], Article]]] = {}
    for article, findings in docs:
        contrib = contribution(article, findings)
        reducer.add(contrib)
        seen[article.name] = (contrib.shingles, functools.partial(lambda a: a, article))
    return reducer.finish(seen[name] for name in sorted(seen))


def _claims_of(f: Finding, main: Match | None, matches: list[Match], text: str) -> list[Claim]:
    subject: tuple[object, ...]
    key: tuple[object, ...]
    if isinstance(f, FanAct) and f.team:
        where = f" after {match_name(main.team1, main.team2)}" if main else ""
        subject = ("fan_act", f.act, f.team, match_name(main.team1, main.team2) if main else None)
        label = f"{f.team} {f.actor} {_act_labels().get(f.act, f.act)}{where}"
        c = Claim(subject + (f.actor,), "fan_act", label, subject if _single_actor(f.act) else subject + (f.actor,),
                  f.actor, act=f.act)
        c.add_about("team", f.team)
        if main:
            c.add_about("match", match_name(main.team1, main.team2))
        return [c]
    if isinstance(f, Match):
        name = match_name(f.team1, f.team2)
        out = []
        if f.score:
            value = f"{f.team1} {f.score} {f.team2}" if f.score.split("-")[0] != f.score.split("-")[1] else f"{name} {f.score}"
            c = Claim(("result", name, value), "result", f"{value} ({name})", ("result", name), value)
            c.add_about("match", name)
            c.add_about("team", f.team1, f.team2)
            out.append(c)
        if f.date:
            c = Claim(("date", name, f.date.isoformat()), "date", f"{name} was played on {f.date.isoformat()}",
                      ("date", name), f.date.isoformat())
            c.add_about("match", name)
            out.append(c)
        return out
    if isinstance(f, Goal) and (f.scorer or f.winning) and f.team:
        match = match_of(f, matches, text)
        name = match_name(match.team1, match.team2) if match else f.team
        minute = f"{f.minute}" if f.minute is not None else None
        when = f" in the {ordinal(f.minute)} minute" if f.minute is not None else ""
        if f.winning:  # one claim per stated minute, whoever is named as the scorer
            subject = ("goal", name, "winning goal")
            owner = f.team + ("'" if f.team.endswith("s") else "'s")  # "Belgium's", "United States'"
            label = f"{owner} winning goal{when} ({name})"
            key = subject + (minute,)
        else:
            subject = ("goal", name, f.scorer)
            label = f"{f.scorer} scored for {f.team}{when} ({name})"
            key = subject + (minute,)
        c = Claim(key, "goal", label, subject, minute)
        c.add_about("team", f.team)
        if f.scorer:
            c.add_about("person", f.scorer)
        if match:
            c.add_about("match", name)
        return [c]
    if isinstance(f, Quote):
        text = " ".join(f.text.split())
        c = Claim(("quote", f.speaker, text.casefold()), "quote", f"{f.speaker}: “{text[:80]}{'…' if len(text) > 80 else ''}”",
                  ("quote", f.speaker, text.casefold()), None)
        c.add_about("person", f.speaker)
        return [c]
    return []


def _conflicts(claims: dict[tuple[object, ...], Claim]) -> list[Conflict]:
    by_subject: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in claims.values():
        if c.value is not None:
            by_subject[c.subject].append(c)
    out = []
    for subject, group in sorted(by_subject.items(), key=lambda kv: str(kv[0])):
        values = sorted(group, key=lambda c: str(c.key))
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                if a.value != b.value:
                    out.append(Conflict(a, b, _subject_label(subject)))
    return out


def _subject_label(subject: tuple[object, ...]) -> str:
    kind = subject[0]
    if kind == "goal":
        return f"minute of {subject[2] if subject[2] != 'winning goal' else 'the winning goal'} ({subject[1]})"
    if kind == "result":
        return f"score of {subject[1]}"
    if kind == "date":
        return f"date of {subject[1]}"
    if kind == "fan_act":
        return f"who {_act_labels().get(str(subject[1]), subject[1])} ({subject[2]})"
    return " ".join(str(s) for s in subject if s)


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).casefold(), *m.span()) for m in WORD.finditer(text)]


def _word_list(text: str) -> list[str]:
    """The words of :func:`_words` without their offsets."""
    return [w.casefold() for w in WORD.findall(text)]


@functools.lru_cache(maxsize=CACHE_SIZE)
def _word_id(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def _runs(items: Sequence[T]) -> list[tuple[T, ...]]:
    """Every run of ``REUSE_WORDS`` consecutive items, in order."""
    return [tuple(items[i : i + REUSE_WORDS]) for i in range(len(items) - REUSE_WORDS + 1)]


def _run_hashes(words: list[str]) -> list[int]:
    """The hash of every run of ``REUSE_WORDS`` words, in order, the same in every process:
    ``hash()`` of a str is salted per process, that of a tuple of ints is not (the cache
    fingerprint holds the Python version)."""
    return [hash(run) for run in _runs([_word_id(w) for w in words])]


def _shingles(article: Article) -> array:
    """Sorted hashes of every run of ``REUSE_WORDS`` words of the article outside its embeds."""
    words = [w for w, _b, _e in _outside_embeds(article)]  # the words the reuse check reads
    return array("q", sorted(set(_run_hashes(words))))


def _outside_embeds(article: Article) -> list[tuple[str, int, int]]:
    from .extract.tweets import embeds

    return _outside(_words(article.content), [(e.begin, e.end) for e in embeds(article)])


def _outside(words: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The words (in text order) that start in none of ``spans`` (begin inclusive, end exclusive):
    one sweep over the words and the spans' union, not every span for every word."""
    union: list[list[int]] = []
    for b, e in sorted(spans):
        if union and b <= union[-1][1]:
            union[-1][1] = max(union[-1][1], e)
        elif b < e:
            union.append([b, e])
    out, j = [], 0
    for w in words:
        while j < len(union) and union[j][1] <= w[1]:
            j += 1
        if j == len(union) or w[1] < union[j][0]:
            out.append(w)
    return out


class _TweetIndex:
    """The distinct tweets, the documents that embed each and the tweets' word runs keyed by
    their hash (as the documents' shingles are), on disk (a :class:`~kg.scratch.ScratchDB`):
    in memory, a tweet and its runs took about 1.6 KB a document of the corpus. Held in memory:
    the sorted hashes of the runs not too common to count, 8 bytes each."""

    SCHEMA = """
        CREATE TABLE tweets (id INTEGER PRIMARY KEY, key TEXT UNIQUE, tweet BLOB);  -- by first appearance
        CREATE TABLE embeds (tweet INTEGER, doc BLOB, PRIMARY KEY (tweet, doc)) WITHOUT ROWID;
        CREATE TABLE runs (hash INTEGER, tweet INTEGER, PRIMARY KEY (hash, tweet)) WITHOUT ROWID;
    """
    BATCH = 1_000  # tweets held at a time

    def __init__(self, tweets: Iterable[tuple[str, Tweet]]) -> None:
        self._scratch = ScratchDB(self.SCHEMA, prefix="tweets")
        self._db = db = self._scratch.db
        for batch in batches(tweets, self.BATCH):
            keys = [(repr(_origin_id(Origin("tweet", t))), doc, t) for doc, t in batch]
            db.executemany("INSERT OR IGNORE INTO tweets (key, tweet) VALUES (?, ?)",
                           ((key, pickle.dumps(t, pickle.HIGHEST_PROTOCOL)) for key, _doc, t in keys))
            db.executemany("INSERT OR IGNORE INTO embeds SELECT id, ? FROM tweets WHERE key = ?",
                           ((_blob(doc), key) for key, doc, _t in keys))
        last = 0
        while rows := db.execute("SELECT id, tweet FROM tweets WHERE id > ? ORDER BY id LIMIT ?",
                                 (last, self.BATCH)).fetchall():
            db.executemany("INSERT OR IGNORE INTO runs VALUES (?, ?)",
                           ((h, n) for n, blob in rows for h in _run_hashes(_word_list(pickle.loads(blob).text))))
            last = rows[-1][0]
        db.execute("DELETE FROM runs WHERE hash IN (SELECT hash FROM runs GROUP BY hash HAVING COUNT(*) > ?)",
                   (REUSE_MAX_TWEETS,))
        self.hashes = numpy.fromiter((h for (h,) in db.execute("SELECT DISTINCT hash FROM runs ORDER BY hash")),
                                     dtype=numpy.int64)

    def __enter__(self) -> _TweetIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self._scratch.close()

    def _known(self, hashes: Sequence[int]) -> list[bool]:
        """Whether each hash is a run of some tweet."""
        if not len(self.hashes) or not len(hashes):
            return [False] * len(hashes)
        wanted = numpy.asarray(hashes, dtype=numpy.int64)
        at = numpy.minimum(numpy.searchsorted(self.hashes, wanted), len(self.hashes) - 1)
        return (self.hashes[at] == wanted).tolist()

    def meets(self, shingles: array) -> bool:
        """Whether a document's shingles meet the runs of some tweet."""
        return any(self._known(shingles))

    def reuses(self, article: Article) -> Iterator[Reuse]:
        """Article text (outside every embed) that reproduces ``REUSE_WORDS`` words of a tweet
        the article does not embed."""
        doc = _blob(article.name)
        located = _outside_embeds(article)
        words = [w for w, _b, _e in located]
        hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
        tweets: dict[int, Tweet] = {}
        tweet_runs: dict[int, set[tuple[str, ...]]] = {}  # a hash is not proof: the tweet's own runs
        hashes = _run_hashes(words)
        for i, (h, known) in enumerate(zip(hashes, self._known(hashes), strict=True)):
            if not known:
                continue
            for (n,) in self._db.execute("SELECT tweet FROM runs r WHERE hash = ? AND NOT EXISTS "
                                         "(SELECT 1 FROM embeds e WHERE e.tweet = r.tweet AND e.doc = ?)", (h, doc)):
                if n not in tweet_runs:
                    tweets[n] = pickle.loads(self._db.execute("SELECT tweet FROM tweets WHERE id = ?", (n,)).fetchone()[0])
                    tweet_runs[n] = set(_runs(_word_list(tweets[n].text)))
                if tuple(words[i : i + REUSE_WORDS]) in tweet_runs[n]:
                    hits[n].append((located[i][1], located[i + REUSE_WORDS - 1][2]))
        for n, ranges in sorted(hits.items()):
            for b, e in _merge(ranges):
                yield Reuse(article.name, tweets[n], Evidence(b, e, article.text[b:e]))


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for b, e in sorted(ranges):
        if merged and b <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((b, e))
    return merged
