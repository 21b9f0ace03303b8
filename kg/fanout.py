"""The extraction stage, run in this process, in local worker processes (``--workers N``) or on an
existing Dask distributed cluster (``--dask tcp://HOST:PORT``), with a cache keyed by each
document's content hash and the extractor's fingerprint. Documents travel in batches (one task
per document is far too slow on Dask); results come back in input order, so every way of running
gives the same output."""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from . import __version__
from .corpus import Contribution, contribution
from .errors import UsageError
from .extract import extract_all
from .findings import Finding
from .reader import Article


class Extracted(NamedTuple):
    """One document after extraction: its findings, the triples of its named graph (with who
    asserts which claim in it) and what it contributes to the analysis across documents."""

    article: Article
    findings: list[Finding]
    triples: list[str]
    error: str = ""  # why the document could not be extracted (it is then skipped)
    contribution: Contribution | None = None

BATCH = 200  # documents per task
DASK_CONNECT_TIMEOUT = 30.0  # seconds to reach the scheduler
LIGHT_CACHE = ("embeds", "quotes")  # per-article analyses the corpus stage reads again


@cache
def fingerprint() -> str:
    """Changes whenever extraction could change: kg's version, its data files and its code."""
    h = hashlib.sha256(f"{__version__} {sys.version}".encode())
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
    from .extract.sources import quotes
    from .extract.tweets import embeds
    from .graph import document_triples

    try:
        findings = extract_all(article)
        embeds(article)
        quotes(article)
        contrib = contribution(article, findings)
        triples = document_triples(article, findings, contrib.claims)
    except Exception as exc:  # a bug met on odd input: skip this document, build the rest
        if os.environ.get("KG_DEBUG"):
            raise
        article.cache = {}
        return Extracted(article, [], [], f"extraction failed ({type(exc).__name__}: {exc}); please report this")
    article.cache = {k: article.cache[k] for k in LIGHT_CACHE if k in article.cache}
    return Extracted(article, findings, triples, "", contrib)


def extract_batch(articles: Sequence[Article]) -> list[Extracted]:
    return [extract_one(a) for a in articles]


class Cache:
    """Findings per document content, in ``DIR/<sha256>-<fingerprint>.pickle``, with the triples
    of the document's graph (which also depend on the file's name: IRIs hold it)."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory

    def _path(self, article: Article) -> Path:
        return self.dir / f"{article.sha256}-{fingerprint()}.pickle"

    def has(self, article: Article) -> bool:
        return self._path(article).is_file()

    def get(self, article: Article) -> Extracted | None:
        path = self._path(article)
        if not path.is_file():
            return None
        try:
            findings, light, name, triples, contrib = pickle.loads(path.read_bytes())
        except Exception:  # a damaged or foreign cache entry is a miss, never an error
            return None
        article.cache = {**light, "from_cache": True}
        if name != article.name:  # same content under another name: other IRIs
            from .graph import document_triples

            contrib = contribution(article, findings)
            triples = document_triples(article, findings, contrib.claims)
        return Extracted(article, findings, triples, "", contrib)

    def put(self, extracted: Extracted) -> None:
        article, findings, triples = extracted.article, extracted.findings, extracted.triples
        self.dir.mkdir(parents=True, exist_ok=True)
        light = {k: article.cache[k] for k in LIGHT_CACHE if k in article.cache}
        data = pickle.dumps((findings, light, article.name, triples, extracted.contribution),
                            protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(dir=self.dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, self._path(article))


def _batches(items: Sequence[Article], size: int) -> list[list[Article]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def extract_many(articles: Sequence[Article], *, workers: int = 1, dask: str | None = None,
                 cache: Cache | None = None, progress: Callable[[Article], None] | None = None,
                 batch: int = BATCH) -> Iterator[Extracted]:
    """Extract every article, yielding results in input order as they arrive (nothing is held
    back longer than the batches in flight)."""
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    cached = [cache is not None and cache.has(a) for a in articles]
    pending = [a for a, hit in zip(articles, cached, strict=True) if not hit]
    results: Iterator[Extracted]
    if dask and pending:
        results = _on_dask(dask, pending, batch)
    elif workers > 1 and len(pending) > 1:
        size = max(1, min(batch, -(-len(pending) // (workers * 4))))
        results = _on_processes(workers, pending, size)
    else:
        results = (extract_one(a) for a in pending)
    for a, hit in zip(articles, cached, strict=True):
        extracted = cache.get(a) if hit and cache is not None else None
        if extracted is None:
            extracted = next(results) if not hit else extract_one(a)  # a damaged entry: extract here
            if cache is not None and not extracted.error:
                cache.put(extracted)
        if progress:
            progress(extracted.article)
        yield extracted


def _on_processes(workers: int, articles: list[Article], size: int) -> Iterator[Extracted]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk in pool.map(extract_batch, _batches(articles, size)):
            yield from chunk


def _on_dask(address: str, articles: list[Article], batch: int) -> Iterator[Extracted]:
    try:
        from dask.distributed import Client
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'kg[dask]'") from None
    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT)
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        futures = client.map(extract_batch, _batches(articles, batch), pure=False)
        for future in futures:
            yield from future.result()
            future.release()
