"""The pipeline: read -> extract -> graph -> (query, render). Library functions return data;
only the CLI prints."""
from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rdflib import Dataset

from . import corpus, fanout
from . import graph as graph_mod
from .errors import DataError, InputError, NoInputError, ValidationError, one_line
from .findings import Finding
from .reader import DEFAULT_MAX_BYTES, Article, Skipped, find, read_file, scan

TRIG = "graph.trig"
HTML = "graph.html"

Progress = Callable[[Article], None]


@dataclass
class BuildResult:
    dataset: Dataset | None  # set by the in-memory builds; None when written to a folder
    documents: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    quads: int = 0
    seconds: float = 0.0
    files: dict[str, Path] = field(default_factory=dict)
    extracted: int = 0  # documents extracted in this run (the rest came from the cache)
    up_to_date: bool = False
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # handled oddities: "PATH: read as Windows-1252"
    graphs_updated: int = 0  # named graphs (re)loaded into the store
    validation: Any = None  # the kg.validate.Report of the output, when it was validated


class _Assembly:
    """The graph stage, streamed: each document's triples go to a spool file as they arrive; the
    corpus analysis keeps only what it needs; then the graphs are written in IRI order, each
    document's triples merged with the claims it asserts."""

    def __init__(self, result: BuildResult, spool: IO[bytes]) -> None:
        self.result = result
        self.spool = spool
        self.where: dict[str, tuple[int, int]] = {}  # graph IRI -> (offset, length) in the spool
        self.names: dict[str, str] = {}  # graph IRI -> file that holds it
        self.kept: list[tuple[Article, list[Finding]]] = []
        self.digests: dict[str, str] = {}  # graph IRI ("" for the default graph) -> sha1 of its N-Quads

    def add(self, doc: fanout.Extracted) -> None:
        article = doc.article
        if doc.error:
            self.result.skipped.append(Skipped(str(article.path), doc.error, "extraction failed"))
            return
        g = str(graph_mod.graph_iri(article.name))
        if g in self.names:
            self.result.skipped.append(Skipped(str(article.path), f"same file name as {self.names[g]}: documents "
                                               "are identified by their file name", "same file name"))
            return
        self.names[g] = str(article.path)
        self.result.extracted += not article.cache.get("from_cache")
        data = "\n".join(doc.triples).encode("utf-8")
        self.where[g] = (self.spool.tell(), len(data))
        self.spool.write(data)
        self.kept.append((article, doc.findings))
        self.result.documents += 1
        self.result.facts.update(f.kind for f in doc.findings)
        self.result.notes.extend(f"{one_line(str(article.path))}: {one_line(note)}" for note in article.notes)

    def graphs(self) -> Iterator[tuple[str | None, list[str]]]:
        found = corpus.analyse(self.kept)
        self.result.facts.update({"claim": len(found.claims), "conflict": len(found.conflicts),
                                  "reuse": len(found.reuses)})
        self.kept = []
        extra = graph_mod.corpus_triples(found)
        yield self._counted(None, list(graph_mod.ontology_triples()))
        for g in sorted(set(self.where) | set(extra)):
            lines: list[str] = []
            if g in self.where:
                offset, length = self.where[g]
                self.spool.seek(offset)
                text = self.spool.read(length).decode("utf-8")
                lines = text.split("\n") if text else []
            yield self._counted(g, graph_mod.merge(lines, extra.pop(g, ())))

    def _counted(self, g: str | None, lines: list[str]) -> tuple[str | None, list[str]]:
        self.result.quads += len(lines)
        self.digests[g or ""] = hashlib.sha1("\n".join(lines).encode("utf-8")).hexdigest()
        return g, lines


def assemble(docs: Iterable[fanout.Extracted], out: IO[bytes]) -> tuple[BuildResult, dict[str, str]]:
    """Write the TriG of ``docs`` (and the claims across them) to ``out``; return the summary and
    a digest of each graph."""
    start = time.perf_counter()
    result = BuildResult(None)
    with tempfile.TemporaryFile(prefix="kg-spool-") as spool:
        asm = _Assembly(result, spool)
        for doc in docs:
            asm.add(doc)
        graph_mod.write_trig(asm.graphs(), out)
    result.seconds = time.perf_counter() - start
    return result, asm.digests


def build_dataset(articles: Iterable[Article], progress: Progress | None = None, *, workers: int = 1,
                  dask: str | None = None) -> BuildResult:
    """Extract and assemble in memory; ``result.dataset`` is an rdflib Dataset."""
    buf = io.BytesIO()
    docs = fanout.extract_many(list(articles), workers=workers, dask=dask, progress=progress)
    result, _digests = assemble(docs, buf)
    result.dataset = parse_trig(buf.getvalue())
    return result


def parse_trig(data: bytes) -> Dataset:
    ds = graph_mod.new_dataset()
    ds.parse(data=data, format="trig")
    return ds


def build(paths: Iterable[str | os.PathLike[str]], *, workers: int = 1, dask: str | None = None) -> Dataset:
    """Read every article under ``paths`` and return the dataset (one named graph per article)."""
    ds = build_dataset([read_file(p) for p in find(paths)], workers=workers, dask=dask).dataset
    assert ds is not None
    return ds


VALIDATE_MAX_QUADS = 300_000  # kg build checks larger outputs only when asked (pyshacl: ~1 s per 10k quads)
CACHE_DIR = ".kg-cache"
MANIFEST = "manifest.json"
STORE_MANIFEST = "kg-graphs.json"


def _manifest(articles: list[Article], html: bool, skipped: list[Skipped], store: str | None) -> dict[str, object]:
    return {"fingerprint": fanout.fingerprint(), "html": html, "store": store,
            "documents": [[a.name, str(a.path), a.sha256] for a in articles],
            "skipped": [[s.path, s.problem] for s in skipped]}


def _read_all(paths: Iterable[str | os.PathLike[str]], on_start: Callable[[int], None] | None,
              max_bytes: int | None) -> tuple[list[Article], list[Skipped]]:
    found = scan(paths)
    if on_start:
        on_start(len(found.files))
    articles, skipped = [], list(found.skipped)
    for path in found.files:
        try:
            articles.append(read_file(path, max_bytes=max_bytes))
        except InputError as exc:
            skipped.append(Skipped.of(exc))
    return articles, skipped


def build_to(paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], *, html: bool = True,
             progress: Progress | None = None, on_start: Callable[[int], None] | None = None,
             workers: int = 1, dask: str | None = None, cache: bool = True,
             store: str | os.PathLike[str] | None = None, strict: bool = False,
             max_bytes: int | None = DEFAULT_MAX_BYTES, validate: bool | None = None) -> BuildResult:
    """Build and write ``out/graph.trig`` (and ``out/graph.html``), each atomically: a failed build
    leaves what ``out/`` held before untouched. Files that cannot be read as articles are skipped
    and listed in the result (``strict``: a skip is an error and nothing is written). With
    ``cache`` (the default), documents whose content and extractor are unchanged are not extracted
    again, and an unchanged input with its outputs in place is not rebuilt at all. With ``store``,
    an on-disk pyoxigraph store is kept in step: only the named graphs that changed are reloaded.
    The output is checked against ``shapes.ttl`` before it replaces anything (``validate``: None
    checks outputs up to ``VALIDATE_MAX_QUADS`` quads, True always, False never); a violation
    raises :class:`~kg.errors.ValidationError` and nothing is written."""
    start = time.perf_counter()
    articles, skipped = _read_all(paths, on_start, max_bytes)
    if strict and skipped:
        _strict(skipped)
    if not articles:
        raise NoInputError("no article to build: " + "; ".join(map(str, skipped[:3])) + (f" (and {len(skipped) - 3} more)" if len(skipped) > 3 else ""))
    out_dir = Path(out)
    manifest = _manifest(articles, html, skipped, None if store is None else str(Path(store).resolve()))
    manifest_path = out_dir / CACHE_DIR / MANIFEST
    outputs = [out_dir / TRIG] + ([out_dir / HTML] if html else [])
    if store is not None:
        outputs.append(Path(store) / STORE_MANIFEST)  # the store is in step with the TriG
    if cache and all(p.is_file() for p in outputs) and manifest_path.is_file():
        try:
            previous = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = None
        if previous == manifest:
            if progress:
                for a in articles:
                    progress(a)
            files = {p.suffix.lstrip("."): p for p in outputs if p.suffix != ".json"}
            if store is not None:
                files["store"] = Path(store)
            return BuildResult(None, documents=len(articles), seconds=time.perf_counter() - start,
                               files=files, up_to_date=True,
                               skipped=skipped)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in [*out_dir.glob(f".{TRIG}.*.tmp"), *out_dir.glob(f".{HTML}.*.tmp")]:
        stale.unlink(missing_ok=True)  # left by a build that was killed (one build per folder at a time)
    store_cache = fanout.Cache(out_dir / CACHE_DIR) if cache else None
    trig_tmp = _temp(out_dir, TRIG)
    html_tmp = None
    try:
        with open(trig_tmp, "wb") as fh:
            result, digests = assemble(fanout.extract_many(
                articles, workers=workers, dask=dask, cache=store_cache, progress=progress), fh)
        result.skipped = skipped + result.skipped
        if strict and result.skipped:
            _strict(result.skipped)
        if validate or (validate is None and result.quads <= VALIDATE_MAX_QUADS):
            from .validate import validate as check

            result.validation = report = check(trig_tmp)
            if not report.conforms:
                raise ValidationError(f"the graph does not conform to shapes.ttl, nothing written: "
                                      f"{report.summary()}; first: {report.errors[0]} "
                                      "(kg validate on the output lists them all; --no-validate writes it anyway)")
        if html:
            from .sparql import store_from
            from .view import write_graph_html

            html_tmp = _temp(out_dir, HTML)
            write_graph_html(store_from(trig_tmp), html_tmp)
        os.replace(trig_tmp, out_dir / TRIG)
        result.files["trig"] = out_dir / TRIG
        if html_tmp is not None:
            os.replace(html_tmp, out_dir / HTML)
            result.files["html"] = out_dir / HTML
    finally:
        for tmp in (trig_tmp, html_tmp):
            if tmp is not None and tmp.exists():
                tmp.unlink()
    if store is not None:
        result.files["store"], result.graphs_updated = update_store(out_dir / TRIG, store, digests)
    if cache:
        manifest_path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(manifest_path, json.dumps(manifest, indent=1).encode("utf-8"))
    result.seconds = time.perf_counter() - start
    return result


def _strict(skipped: list[Skipped]) -> None:
    more = f" (and {len(skipped) - 1} more files to skip)" if len(skipped) > 1 else ""
    raise InputError(skipped[0].path, f"{skipped[0].problem}{more}; --strict: nothing written", skipped[0].reason)


def update_store(trig: Path, directory: str | os.PathLike[str], digests: dict[str, str]) -> tuple[Path, int]:
    """Bring an on-disk pyoxigraph store in step with a TriG file: a new store is bulk-loaded; a
    store kg loaded before only has its changed named graphs replaced and its removed ones dropped
    (the store folder keeps a digest of each graph). Returns the folder and the graphs loaded."""
    import pyoxigraph as ox

    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    record = path / STORE_MANIFEST
    try:
        before: dict[str, str] | None = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = None
    record.unlink(missing_ok=True)  # until the store is consistent again, the next build reloads it all
    st = ox.Store(str(path))
    if before is None:
        st.clear()
        st.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        loaded = len(digests)
    else:
        changed = {g for g, d in digests.items() if before.get(g) != d}
        for g in set(before) - set(digests) | changed:
            st.remove_graph(ox.NamedNode(g) if g else ox.DefaultGraph())
        if changed:
            st.bulk_extend(q for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)
                           if (q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "") in changed)
        loaded = len(changed)
    st.optimize()
    del st
    record.write_text(json.dumps(digests, indent=0, sort_keys=True), encoding="utf-8")
    return path, loaded


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
    return parse_trig(load(data).read_bytes())


def query(data: Dataset | str | os.PathLike[str], name_or_text: str):
    """Run a bundled query (by name), a ``.rq`` file or SPARQL text over a dataset or a data folder."""
    from .sparql import run

    return run(data, name_or_text)


def render_html(data: Dataset | str | os.PathLike[str], path: str | os.PathLike[str]) -> Path:
    """Write the interactive HTML graph of a dataset (or a data folder) to ``path``."""
    from .sparql import store_from
    from .view import write_graph_html

    return write_graph_html(data if isinstance(data, Dataset) else store_from(data), Path(path))
