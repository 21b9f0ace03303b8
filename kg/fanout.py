"""The extraction stage, run in this process, in local worker processes (``--workers N``) or on an
existing Dask distributed cluster (``--dask tcp://HOST:PORT``), with a cache keyed by each
document's content hash and the extractor's fingerprint. Documents travel in batches (one task
per document is far too slow on Dask); results come back in input order, so every way of running
gives the same output."""
from __future__ import annotations

import hashlib
import inspect
import itertools
import os
import pickle
import sys
import tempfile
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from . import __version__
from .corpus import Contribution, batches, contribution
from .errors import InputError, UsageError
from .findings import Finding
from .reader import Article, ArticleRef


class Extracted(NamedTuple):
    """One document after extraction: its findings, its named graph (with who asserts which claim
    in it) as N-Quads and as a TriG block, and what it contributes to the analysis across
    documents. Both serialisations are made where the document is extracted."""

    article: Article
    findings: list[Finding]
    nquads: bytes
    trig: bytes
    error: str = ""  # why the document could not be extracted (it is then skipped)
    contribution: Contribution | None = None
    packed: bytes = b""  # its cache entry (Cache.packed), made by the worker when the build caches
    counts: dict[str, int] | None = None  # findings by kind, once the findings are left behind (light)

    @property
    def kinds(self) -> Counter[str]:
        """How many findings of each kind it has."""
        return Counter(self.counts) if self.counts is not None else Counter(f.kind for f in self.findings)

    def light(self) -> Extracted:
        """Without its findings, only their count by kind: all that the graph stage needs of them
        (the graph is written); unpickling it costs less than half as much (0.38 vs 0.85 ms a
        synthetic article)."""
        return self if self.counts is not None else self._replace(findings=[], counts=dict(self.kinds))

    @property
    def triples(self) -> list[str]:
        """The graph's triples as N-Triples lines (without the final `` .``), sorted."""
        from .graph import triples_of

        return triples_of(self.nquads)


def _graph(article: Article, findings: list[Finding]) -> tuple[Contribution, bytes, bytes]:
    from .graph import document_triples, graph_iri, nquads, trig_block

    contrib = contribution(article, findings)
    data = nquads(str(graph_iri(article.name)), document_triples(article, findings, contrib.claims))
    return contrib, data, trig_block(data)

BATCH = 200  # documents per task on Dask
LOCAL_BATCH = 50  # documents per task for local worker processes: results wait in the parent
# (workers * 3 batches in flight, ~100 KB per document), and a task costs them little
DASK_CONNECT_TIMEOUT = 30.0  # seconds to reach the scheduler
CACHE_FORMAT = 2  # the layout of a cache entry (2: the findings pickled apart, with their counts)
LIGHT_CACHE = ("embeds", "quotes")  # per-article analyses the corpus stage reads again


@cache
def fingerprint() -> str:
    """Changes whenever extraction could change: kg's version, its data files and its code."""
    h = hashlib.sha256(f"{__version__} {sys.version} {CACHE_FORMAT}".encode())
    root = Path(str(resources.files("kg")))
    for p in sorted([*root.glob("data/*"), *root.glob("extract/*.py"), root / "findings.py", root / "nlp.py",
                     root / "reader.py", root / "lexicon.py", root / "graph.py", root / "corpus.py"]):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def extract_one(article: Article) -> Extracted:
    """Extract one article, write its graph's triples, and keep only light, picklable analyses on
    it (not the spaCy doc)."""
    # imported here, not above: the extractors load spaCy, which only extraction needs
    from .extract import extract_all
    from .extract.sources import quotes
    from .extract.tweets import embeds

    try:
        findings = extract_all(article)
        embeds(article)
        quotes(article)
        contrib, data, trig = _graph(article, findings)
    except Exception as exc:  # a bug met on odd input: skip this document, build the rest
        if os.environ.get("KG_DEBUG"):
            raise
        article.cache = {}
        return Extracted(article, [], b"", b"", f"extraction failed ({type(exc).__name__}: {exc}); please report this")
    article.cache = {k: article.cache[k] for k in LIGHT_CACHE if k in article.cache}
    return Extracted(article, findings, data, trig, "", contrib)


Source = Article | ArticleRef  # an article, or a file to read it from when its turn comes


def load(item: Source) -> Article | Extracted:
    """The article, or (a file that went bad since it was scanned) an :class:`Extracted` with the
    reason it is skipped."""
    if isinstance(item, Article):
        return item
    try:
        return item.load()
    except InputError as exc:
        return Extracted(Article(item.path, "", None, 0), [], b"", b"", f"{exc.problem} (changed while building)")


def extract_item(item: Source) -> Extracted:
    article = load(item)
    return article if isinstance(article, Extracted) else extract_one(article)


def extract_batch(items: Sequence[Source], pack: bool = False, light: bool = False) -> list[Extracted]:
    """Extract each item; with ``pack``, also make each one's cache entry here (compressing it
    is work the main process would otherwise do for every document); with ``light``, send each
    back :meth:`Extracted.light`."""
    out = [extract_item(x) for x in items]
    if pack:
        out = [Cache.packed(e) for e in out]
    return [e.light() for e in out] if light else out


class Cache:
    """Findings per document content, in ``DIR/<sha256>-<fingerprint>.pickle``, with the
    document's graph (which also depend on the file's name: IRIs hold it). An entry is a
    zlib-compressed pickle: the N-Quads and TriG it holds shrink about 7x (85 -> 12 KB a synthetic
    article), for about a millisecond of a worker's time."""

    LEVEL = 1  # zlib's fastest level: most of the gain (higher levels: a few % smaller, 2-5x slower)

    def __init__(self, directory: Path) -> None:
        self.dir = directory

    def _path(self, article: Article | ArticleRef) -> Path:
        return self.dir / f"{article.sha256}-{fingerprint()}.pickle"

    def has(self, article: Article | ArticleRef) -> bool:
        return self._path(article).is_file()

    def get(self, article: Article, findings: bool = True) -> Extracted | None:
        """The entry for this article's content, or None; without ``findings``, light (the
        findings are kept as a pickle inside the entry and only unpickled when asked for)."""
        path = self._path(article)
        if not path.is_file():
            return None
        try:
            kept, counts, light, name, data, trig, contrib = pickle.loads(zlib.decompress(path.read_bytes()))
            found = pickle.loads(kept) if findings or name != article.name else []
        except Exception:  # a damaged or foreign cache entry is a miss, never an error
            return None
        article.cache = {**light, "from_cache": True}
        if name != article.name:  # same content under another name: other IRIs
            contrib, data, trig = _graph(article, found)
        return Extracted(article, found, data, trig, "", contrib, counts=None if findings else counts)

    @classmethod
    def packed(cls, extracted: Extracted) -> Extracted:
        """``extracted`` with its cache entry made (nothing for a document that failed)."""
        if extracted.error or extracted.packed:
            return extracted
        article = extracted.article
        light = {k: article.cache[k] for k in LIGHT_CACHE if k in article.cache}
        if extracted.counts is not None:
            raise ValueError("a light result has no findings to cache")
        data = pickle.dumps((pickle.dumps(extracted.findings, protocol=pickle.HIGHEST_PROTOCOL), extracted.kinds,
                             light, article.name, extracted.nquads, extracted.trig, extracted.contribution),
                            protocol=pickle.HIGHEST_PROTOCOL)
        return extracted._replace(packed=zlib.compress(data, cls.LEVEL))

    def prune(self) -> int:
        """Remove the entries of other extractor versions (the fingerprint in their name): this
        version never reads them, and each upgrade would otherwise leave a whole corpus's worth
        (12 KB a document). Entries of edited or removed documents stay: putting a document back
        costs no extraction. Returns how many were removed."""
        if not self.dir.is_dir():
            return 0
        suffix = f"-{fingerprint()}.pickle"
        removed = 0
        with os.scandir(self.dir) as entries:
            for entry in entries:
                if entry.name.endswith(".pickle") and not entry.name.endswith(suffix):
                    os.unlink(entry.path)
                    removed += 1
        return removed

    def put(self, extracted: Extracted) -> None:
        data = self.packed(extracted).packed
        if not data:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, self._path(extracted.article))


def extract_many(articles: Sequence[Source], *, workers: int = 1, dask: str | None = None,
                 cache: Cache | None = None, progress: Callable[[Source], None] | None = None,
                 batch: int = BATCH, findings: bool = True) -> Iterator[Extracted]:
    """Extract every article (or file), yielding results in input order as they arrive. Only a
    few batches are in flight at a time, and files are read when their turn comes, so memory
    does not grow with the number of documents. Without ``findings``, results are
    :meth:`Extracted.light` (the graph stage needs only their graphs)."""
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    cached = [cache is not None and cache.has(a) for a in articles]
    pending = [a for a, hit in zip(articles, cached, strict=True) if not hit]
    results: Iterator[Extracted]
    if dask and pending:
        results = _on_dask(dask, pending, batch, cache is not None, not findings)
    elif workers > 1 and len(pending) > 1:
        size = max(1, min(batch, LOCAL_BATCH, -(-len(pending) // (workers * 4))))
        results = _on_processes(workers, pending, size, cache is not None, not findings)
    else:
        results = (extract_item(a) for a in pending)
    for a, hit in zip(articles, cached, strict=True):
        if hit and cache is not None:
            loaded = load(a)
            extracted = loaded if isinstance(loaded, Extracted) else cache.get(loaded, findings) or extract_one(loaded)
        else:
            extracted = next(results)
        if cache is not None and not extracted.error and not extracted.article.cache.get("from_cache"):
            cache.put(extracted)
            extracted = extracted._replace(packed=b"")
        if not findings:
            extracted = extracted.light()
        if progress:
            progress(extracted.article)
        yield extracted


# A short football report for :func:`warm_up`: a team, a city, a nickname and a demonym, a result,
# goals and their minutes, a scorers' box, a fan act, a quote, a credit and a tweet, so that each
# extractor runs its own patterns (an article not about football runs almost none of them)
WARM_UP_TEXT = (" date 2018-07-02 Senegal beat Egypt 2-1 in World Cup match in Dakar\n\n"
                "Senegal beat Egypt 2-1 in their World Cup group match in Dakar on Monday, and the Lions of "
                "Teranga's fans cleaned the stands after the final whistle. Sadio Mane scored in the 12th minute "
                "and Mohamed Salah equalised from the penalty spot in the 60th minute before Ismaila Sarr's winner.\n\n"
                "Scorers: Senegal: Mane 12, Sarr 78. Egypt: Salah 60 pen.\n\n"
                "“We are proud of our supporters,” the Senegal coach Aliou Cisse told reporters. Egyptian fans "
                "stayed behind to applaud. Photo: John Doe/Reuters\n\n"
                "Respect to the Senegalese fans pic.twitter.com/abc123 — A B (@ab) July 2, 2018\n")
WARM_MODULES = ("kg.lexicon", "kg.nlp", "kg.graph", "kg.corpus", "kg.extract.")  # where extraction keeps its tables


def warm_up() -> None:
    """Load the pipeline, the vocabularies and every pattern, so that worker processes forked
    afterwards share them instead of each building its own (about a second of CPU a worker):
    extract a small football report, then call every cached function of no argument in the
    modules extraction runs (each builds a table or a pattern once: those of a fact box, a
    credit line... that the report does not reach)."""
    from .reader import parse

    extract_one(parse(WARM_UP_TEXT, "warm-up.txt"))
    for name, module in list(sys.modules.items()):
        if name.startswith(WARM_MODULES):
            for value in list(vars(module).values()):
                if _builder(value, name):
                    value()


def _builder(value: object, module: str) -> bool:
    """A function of ``module``, of no argument, whose result is cached (``functools.cache``)."""
    return (callable(value) and getattr(value, "__module__", None) == module and hasattr(value, "cache_clear")
            and not inspect.signature(value).parameters)


def _windowed(submit: Callable[[list[Source]], Any], batches: Iterator[list[Source]], window: int) -> Iterator[Extracted]:
    """Results of each batch in order, with at most ``window`` batches submitted and not yet read."""
    in_flight: deque[Any] = deque(submit(b) for b in itertools.islice(batches, window))
    while in_flight:
        future = in_flight.popleft()
        chunk = future.result()
        for b in itertools.islice(batches, 1):
            in_flight.append(submit(b))
        yield from chunk


def _on_processes(workers: int, articles: list[Source], size: int, pack: bool, light: bool) -> Iterator[Extracted]:
    import multiprocessing

    if multiprocessing.get_start_method() == "fork":
        warm_up()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from _windowed(lambda b: pool.submit(extract_batch, b, pack, light), batches(articles, size), workers * 3)


def _on_dask(address: str, articles: list[Source], batch: int, pack: bool, light: bool) -> Iterator[Extracted]:
    try:
        from dask.distributed import Client
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'kg[dask]'") from None
    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT)
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(b: list[Source]) -> Any:  # the texts travel: the cluster may not see these files
            return client.submit(extract_batch, [load(x) if isinstance(x, ArticleRef) else x for x in b], pack,
                                 light, pure=False)

        yield from _windowed(submit, batches(articles, batch), workers * 3)
