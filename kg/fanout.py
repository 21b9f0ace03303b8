"""The extraction stage, run in this process, in local worker processes (``--workers N``) or on an
existing Dask distributed cluster (``--dask tcp://HOST:PORT``), with a cache keyed by each
document's content hash and the extractor's fingerprint. Documents travel in batches (one task
per document is far too slow on Dask); results come back in input order, so every way of running
gives the same output."""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib import resources
from pathlib import Path

from . import __version__
from .errors import UsageError
from .extract import extract_all
from .findings import Finding
from .reader import Article

Extracted = tuple[Article, list[Finding]]
BATCH = 200  # documents per task
DASK_CONNECT_TIMEOUT = 30.0  # seconds to reach the scheduler
LIGHT_CACHE = ("embeds", "quotes")  # per-article analyses the corpus stage reads again


@cache
def fingerprint() -> str:
    """Changes whenever extraction could change: kg's version, its data files and its code."""
    h = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("kg")))
    for p in sorted([*root.glob("data/*"), *root.glob("extract/*.py"), root / "findings.py", root / "nlp.py",
                     root / "reader.py", root / "lexicon.py"]):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def extract_one(article: Article) -> Extracted:
    """Extract one article and keep only light, picklable analyses on it (not the spaCy doc)."""
    from .extract.sources import quotes
    from .extract.tweets import embeds

    findings = extract_all(article)
    embeds(article)
    quotes(article)
    article.cache = {k: article.cache[k] for k in LIGHT_CACHE if k in article.cache}
    return article, findings


def extract_batch(articles: Sequence[Article]) -> list[Extracted]:
    return [extract_one(a) for a in articles]


class Cache:
    """Findings per document content, in ``DIR/<sha256>-<fingerprint>.pickle``."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory

    def _path(self, article: Article) -> Path:
        return self.dir / f"{article.sha256}-{fingerprint()}.pickle"

    def get(self, article: Article) -> Extracted | None:
        path = self._path(article)
        if not path.is_file():
            return None
        try:
            findings, light = pickle.loads(path.read_bytes())
        except Exception:  # a damaged or foreign cache entry is a miss, never an error
            return None
        article.cache = {**light, "from_cache": True}
        return article, findings

    def put(self, article: Article, findings: list[Finding]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps((findings, {k: article.cache[k] for k in LIGHT_CACHE if k in article.cache}))
        fd, tmp = tempfile.mkstemp(dir=self.dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, self._path(article))


def _batches(items: Sequence[Article], size: int) -> list[list[Article]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def extract_many(articles: Sequence[Article], *, workers: int = 1, dask: str | None = None,
                 cache: Cache | None = None, progress: Callable[[Article], None] | None = None,
                 batch: int = BATCH) -> Iterator[Extracted]:
    """Extract every article, in input order."""
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    done: dict[int, Extracted] = {}
    todo: list[int] = []
    for i, a in enumerate(articles):
        hit = cache.get(a) if cache else None
        if hit is not None:
            done[i] = hit
        else:
            todo.append(i)
    pending = [articles[i] for i in todo]
    if dask:
        results = _on_dask(dask, pending, batch)
    elif workers > 1 and len(pending) > 1:
        size = max(1, min(batch, -(-len(pending) // (workers * 4))))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = [r for chunk in pool.map(extract_batch, _batches(pending, size)) for r in chunk]
    else:
        results = (extract_one(a) for a in pending)  # type: ignore[assignment]
    for i, extracted in zip(todo, results, strict=True):
        if cache:
            cache.put(*extracted)
        done[i] = extracted
    for i in range(len(articles)):
        if progress:
            progress(done[i][0])
        yield done.pop(i)


def _on_dask(address: str, articles: list[Article], batch: int) -> list[Extracted]:
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
        return [r for chunk in client.gather(futures) for r in chunk]
