"""The pipeline: read -> extract -> graph -> (query, render). Library functions return data;
only the CLI prints."""
from __future__ import annotations

import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph

from . import corpus, fanout
from . import graph as graph_mod
from .errors import DataError
from .lexicon import ontology_path
from .reader import Article, find, read_file

TRIG = "graph.trig"
HTML = "graph.html"

Progress = Callable[[Article], None]


@dataclass
class BuildResult:
    dataset: Dataset | None  # None when the output was already up to date
    documents: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    quads: int = 0
    seconds: float = 0.0
    files: dict[str, Path] = field(default_factory=dict)
    extracted: int = 0  # documents extracted in this run (the rest came from the cache)
    up_to_date: bool = False


def load_ontology(ds: Dataset) -> None:
    """The ontology (classes, properties, the fan-act SKOS scheme) goes in the default graph."""
    onto = Graph().parse(ontology_path(), format="turtle")
    default = graph_mod._default_graph(ds)
    for triple in onto:
        default.add(triple)


def assemble(docs: Iterable[fanout.Extracted]) -> BuildResult:
    """The graph stage: one named graph per document, then the claims across documents."""
    start = time.perf_counter()
    ds = graph_mod.new_dataset()
    load_ontology(ds)
    result = BuildResult(ds)
    kept = []
    for article, findings in docs:
        graph_mod.add_document(ds, article, findings)
        kept.append((article, findings))
        result.documents += 1
        result.facts.update(f.kind for f in findings)
    found = corpus.analyse(kept)
    graph_mod.add_corpus(ds, found)
    result.facts.update({"claim": len(found.claims), "conflict": len(found.conflicts), "reuse": len(found.reuses)})
    result.quads = sum(len(g) for g in ds.graphs())  # quads: a triple in two graphs counts twice
    result.seconds = time.perf_counter() - start
    return result


def build_dataset(articles: Iterable[Article], progress: Progress | None = None) -> BuildResult:
    """Extract (in this process) and assemble."""
    return assemble(fanout.extract_many(list(articles), progress=progress))


def build(paths: Iterable[str | os.PathLike[str]], *, workers: int = 1, dask: str | None = None) -> Dataset:
    """Read every article under ``paths`` and return the dataset (one named graph per article)."""
    articles = [read_file(p) for p in find(paths)]
    ds = assemble(fanout.extract_many(articles, workers=workers, dask=dask)).dataset
    assert ds is not None
    return ds


CACHE_DIR = ".kg-cache"
MANIFEST = "manifest.json"


def _manifest(articles: list[Article], html: bool) -> dict[str, object]:
    return {"fingerprint": fanout.fingerprint(), "html": html,
            "documents": [[a.name, str(a.path), a.sha256] for a in articles]}


def build_to(paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], *, html: bool = True,
             progress: Progress | None = None, on_start: Callable[[int], None] | None = None,
             workers: int = 1, dask: str | None = None, cache: bool = True,
             store: str | os.PathLike[str] | None = None) -> BuildResult:
    """Build and write ``out/graph.trig`` (and ``out/graph.html``), each atomically: a failed build
    leaves what ``out/`` held before untouched. With ``cache`` (the default), documents whose
    content and extractor are unchanged are not extracted again, and an unchanged input with its
    outputs in place is not rebuilt at all."""
    start = time.perf_counter()
    files = find(paths)
    if on_start:
        on_start(len(files))
    articles = [read_file(p) for p in files]  # read everything first: bad input fails before any write
    out_dir = Path(out)
    manifest = _manifest(articles, html)
    manifest_path = out_dir / CACHE_DIR / MANIFEST
    outputs = [out_dir / TRIG] + ([out_dir / HTML] if html else [])
    if cache and store is None and all(p.is_file() for p in outputs) and manifest_path.is_file():
        try:
            previous = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = None
        if previous == manifest:
            if progress:
                for a in articles:
                    progress(a)
            return BuildResult(None, documents=len(articles), seconds=time.perf_counter() - start,
                               files={p.suffix.lstrip("."): p for p in outputs}, up_to_date=True)
    store_cache = fanout.Cache(out_dir / CACHE_DIR) if cache else None
    docs = list(fanout.extract_many(articles, workers=workers, dask=dask, cache=store_cache, progress=progress))
    result = assemble(docs)
    assert result.dataset is not None
    result.extracted = sum(1 for a, _f in docs if not a.cache.get("from_cache"))
    out_dir.mkdir(parents=True, exist_ok=True)
    trig = graph_mod.to_trig(result.dataset)
    html_tmp = None
    if html:
        from .view import write_graph_html

        html_tmp = _temp(out_dir, HTML)
        write_graph_html(result.dataset, html_tmp)
    trig_path = _atomic_write(out_dir / TRIG, trig)
    result.files["trig"] = trig_path
    if html_tmp is not None:
        os.replace(html_tmp, out_dir / HTML)
        result.files["html"] = out_dir / HTML
    if store is not None:
        result.files["store"] = load_store(trig_path, store)
    if cache:
        manifest_path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(manifest_path, json.dumps(manifest, indent=1).encode("utf-8"))
    result.seconds = time.perf_counter() - start
    return result


def load_store(trig: Path, directory: str | os.PathLike[str]) -> Path:
    """(Re)load an on-disk pyoxigraph store from a TriG file: queries then need no parsing."""
    import pyoxigraph as ox

    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    st = ox.Store(str(path))
    st.clear()
    st.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    st.optimize()
    del st
    return path


def _temp(directory: Path, name: str) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; the output is an ordinary file
    return Path(tmp)


def _atomic_write(path: Path, data: bytes) -> Path:
    tmp = _temp(path.parent, path.name)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def load(data: str | os.PathLike[str]) -> Path:
    """The TriG file of a data folder (or the file itself)."""
    p = Path(data)
    trig = p / TRIG if p.is_dir() else p
    if not trig.is_file():
        raise DataError(f"{p}: no {TRIG} here; run `kg build ... -o {p}` first")
    return trig


def load_dataset(data: str | os.PathLike[str]) -> Dataset:
    """The dataset a ``kg build`` wrote (a data folder or its TriG file)."""
    ds = graph_mod.new_dataset()
    ds.parse(load(data), format="trig")
    return ds


def query(data: Dataset | str | os.PathLike[str], name_or_text: str):
    """Run a bundled query (by name), a ``.rq`` file or SPARQL text over a dataset or a data folder."""
    from .sparql import run

    return run(data, name_or_text)


def render_html(data: Dataset | str | os.PathLike[str], path: str | os.PathLike[str]) -> Path:
    """Write the interactive HTML graph of a dataset (or a data folder) to ``path``."""
    from .view import write_graph_html

    if not isinstance(data, Dataset):
        data = load_dataset(data)
    return write_graph_html(data, Path(path))
