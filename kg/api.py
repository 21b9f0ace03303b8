"""The pipeline: read -> extract -> graph -> (query, render). Library functions return data;
only the CLI prints."""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import heapq
import io
import json
import os
import pickle
import tempfile
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rdflib import Dataset

from . import corpus, fanout
from . import graph as graph_mod
from .errors import DataError, InputError, NoInputError, ValidationError, one_line
from .reader import DEFAULT_MAX_BYTES, Article, ArticleRef, Skipped, find, read_file, scan
from .scratch import blob as _blob
from .scratch import placed as _placed
from .scratch import spool as _spool
from .scratch import sweep as _sweep
from .scratch import text as _text
from .sparql import TRIG, load

HTML = "graph.html"
NQ = "graph.nq"  # only while building

Progress = Callable[[Article | ArticleRef], None]  # called with each document as it is done


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
    """The graph stage, streamed: each document's N-Quads go to a spool file as they arrive (its
    graph already says who asserts which claim in it), with what the reuse check may need. Where
    each document's parts lie in the spool, and each written graph in the output, is kept in a
    scratch SQLite database, not in memory. Then the graphs are written in IRI order, the claims
    graph added and the documents that reproduce a tweet given their reuse."""

    SCHEMA = """
    CREATE TABLE docs (graph TEXT PRIMARY KEY, path BLOB NOT NULL,  -- its N-Quads and TriG block in the spool
                       offset INTEGER NOT NULL, n_nquads INTEGER NOT NULL, n_trig INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE reuse (name BLOB PRIMARY KEY,  -- what the reuse check needs of a document, in the spool
                        offset INTEGER NOT NULL, n_shingles INTEGER NOT NULL, n_article INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE graphs (graph TEXT PRIMARY KEY,  -- each graph written ("": the default graph): its N-Quads
                         offset INTEGER NOT NULL, length INTEGER NOT NULL, digest TEXT NOT NULL) WITHOUT ROWID;
    """

    def __init__(self, result: BuildResult, spool: IO[bytes]) -> None:
        from .scratch import ScratchDB

        self.result = result
        self.spool = spool
        self.reducer = corpus.Reducer(keep_assertions=False)
        self._scratch = ScratchDB(self.SCHEMA, prefix="assembly")
        self.db = self._scratch.db

    def _put(self, data: bytes) -> int:
        offset = self.spool.tell()
        self.spool.write(data)
        return offset

    def _get(self, offset: int, length: int) -> bytes:
        self.spool.seek(offset)
        data = self.spool.read(length)
        self.spool.seek(0, io.SEEK_END)
        return data

    def add(self, doc: fanout.Extracted) -> None:
        article = doc.article
        if doc.error or doc.contribution is None:
            self.result.skipped.append(Skipped(str(article.path), doc.error or "not extracted", "extraction failed"))
            return
        g = str(graph_mod.graph_iri(article.name))
        same = self.db.execute("SELECT path FROM docs WHERE graph = ?", (g,)).fetchone()
        if same:
            self.result.skipped.append(Skipped(str(article.path), f"same file name as {_text(same[0])}: documents "
                                               "are identified by their file name", "same file name"))
            return
        self.result.extracted += not article.cache.get("from_cache")
        self.db.execute("INSERT INTO docs VALUES (?, ?, ?, ?, ?)",
                        (g, _blob(str(article.path)), self._put(doc.nquads + doc.trig), len(doc.nquads), len(doc.trig)))
        shingles = doc.contribution.shingles.tobytes()
        kept = pickle.dumps(dataclasses.replace(article, cache={k: article.cache[k] for k in fanout.LIGHT_CACHE
                                                                if k in article.cache}), pickle.HIGHEST_PROTOCOL)
        self.db.execute("INSERT INTO reuse VALUES (?, ?, ?, ?)",
                        (_blob(article.name), self._put(shingles + kept), len(shingles), len(kept)))
        self.reducer.add(doc.contribution)
        self.result.documents += 1
        self.result.facts.update(doc.kinds)
        self.result.notes.extend(f"{one_line(str(article.path))}: {one_line(note)}" for note in article.notes)

    def _documents(self) -> Iterator[tuple[array, Callable[[], Article]]]:
        for offset, n_shingles, n_article in self.db.execute(
                "SELECT offset, n_shingles, n_article FROM reuse ORDER BY name"):  # by code point, as sorted() does
            yield (array("q", self._get(offset, n_shingles)),
                   functools.partial(lambda o, n: pickle.loads(self._get(o, n)), offset + n_shingles, n_article))

    def write(self, nq: IO[bytes], out: IO[bytes]) -> None:
        """Write the dataset's N-Quads to ``nq`` (a graph after another) and its TriG to ``out``:
        the default graph (the ontology), then the named graphs by IRI. A document's graph is
        copied as its worker wrote it, unless it reproduces a tweet (then its reuse is added); the
        claims graph is sorted on disk and streamed."""
        found = self.reducer.finish(self._documents())  # the claims stay on disk until close()
        self.result.facts.update({"claim": len(found.claims), "conflict": len(found.conflicts),
                                  "reuse": len(found.reuses)})
        reuses: dict[str, list[corpus.Reuse]] = defaultdict(list)
        for r in found.reuses:
            reuses[str(graph_mod.graph_iri(r.doc))].append(r)
        claims_g = str(graph_mod.CLAIMS_GRAPH)
        claims = graph_mod.SortedLines()
        try:
            graph_mod.claims_graph(found, claims)
            del found
            self.reducer.close()
            out.write(graph_mod.trig_header())
            ontology = graph_mod.nquads(None, graph_mod.ontology_triples())
            self._emit(nq, out, None, ontology, graph_mod.trig_block(ontology))
            for g, place in self._graph_order({claims_g, *reuses}):
                if g == claims_g:
                    self._emit_large(nq, out, g, claims)
                    continue
                data, trig = b"", b""
                if place is not None:
                    offset, n_nquads, n_trig = place
                    both = self._get(offset, n_nquads + n_trig)
                    data, trig = both[:n_nquads], both[n_nquads:]
                if g in reuses:
                    lines = graph_mod.Triples()
                    lines.lines.update(graph_mod.triples_of(data))
                    for r in reuses.pop(g):
                        graph_mod.reuse_triples(lines, r)
                    data = graph_mod.nquads(g, lines.sorted())
                    self._emit(nq, out, g, data, graph_mod.trig_block(data))
                else:
                    self._emit(nq, out, g, data, trig)
        finally:
            claims.close()
        nq.flush()

    def _graph_order(self, more: set[str]) -> Iterator[tuple[str, tuple[int, int, int] | None]]:
        """The documents' graphs and ``more`` (where no document has them: no place), by IRI."""
        docs = ((g, (o, n, t)) for g, o, n, t in self.db.execute(
            "SELECT graph, offset, n_nquads, n_trig FROM docs ORDER BY graph"))
        missing = sorted(g for g in more if not self.db.execute("SELECT 1 FROM docs WHERE graph = ?", (g,)).fetchone())
        return heapq.merge(docs, ((g, None) for g in missing), key=lambda row: row[0])

    def graphs(self) -> Iterator[tuple[str, int, int, str]]:
        """Each graph written ("" for the default graph), by IRI: its offset and length in the
        N-Quads output, and the sha1 of those N-Quads."""
        yield from self.db.execute("SELECT graph, offset, length, digest FROM graphs ORDER BY graph")

    def close_inputs(self) -> None:
        self.reducer.close()

    def close(self) -> None:
        """Drop the scratch database too (after :meth:`graphs` is read)."""
        self.close_inputs()
        self._scratch.close()

    def _record(self, g: str | None, offset: int, length: int, digest: str) -> None:
        self.db.execute("INSERT INTO graphs VALUES (?, ?, ?, ?)", (g or "", offset, length, digest))

    def _emit(self, nq: IO[bytes], out: IO[bytes], g: str | None, data: bytes, trig: bytes) -> None:
        self._record(g, nq.tell(), len(data), hashlib.sha1(data).hexdigest())
        nq.write(data)
        out.write(trig)
        self.result.quads += data.count(b"\n")

    def _emit_large(self, nq: IO[bytes], out: IO[bytes], g: str, lines: Iterable[str]) -> None:
        """A graph too large to hold: streamed from sorted lines to ``nq`` and, through a
        temporary N-Quads file that pyoxigraph reads, to the TriG."""
        digest = hashlib.sha1()
        start = nq.tell()
        suffix = f" <{g}> .\n"
        with _spool("graph") as part:
            for chunk in corpus.batches(lines, 10_000):
                data = "".join(line + suffix for line in chunk).encode("utf-8")
                digest.update(data)
                nq.write(data)
                part.write(data)
                self.result.quads += len(chunk)
            part.seek(0)
            graph_mod.write_trig_block(part, out)
        self._record(g, start, nq.tell() - start, digest.hexdigest())


def assemble(docs: Iterable[fanout.Extracted], out: IO[bytes], nq: IO[bytes] | None = None) -> tuple[BuildResult, _Assembly]:
    """Write the TriG of ``docs`` (and the claims across them) to ``out`` (and its N-Quads to
    ``nq``); return the summary and the assembly (:meth:`_Assembly.graphs`: each graph's place in
    ``nq`` and digest), which the caller closes."""
    start = time.perf_counter()
    result = BuildResult(None)
    with _spool("documents") as spool, \
            (contextlib.nullcontext(nq) if nq is not None else _spool("nquads")) as nq_file:
        asm = _Assembly(result, spool)
        try:
            for doc in docs:
                asm.add(doc)
            asm.write(nq_file, out)
        except BaseException:
            asm.close()
            raise
        asm.close_inputs()
    result.seconds = time.perf_counter() - start
    return result, asm


def build_dataset(articles: Iterable[Article], progress: Progress | None = None, *, workers: int = 1,
                  dask: str | None = None) -> BuildResult:
    """Extract and assemble in memory; ``result.dataset`` is an rdflib Dataset."""
    buf = io.BytesIO()
    docs = fanout.extract_many(list(articles), workers=workers, dask=dask, progress=progress, findings=False)
    result, asm = assemble(docs, buf)
    asm.close()
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
STORE_KEPT = "kg-kept"  # in the store's folder: a copy of each large graph as loaded, to update it by difference
KEEP_BYTES = 1 << 20  # a graph of this many bytes of N-Quads or more is kept (the claims graph; a
# document's graph is about 70 KB)
SMALL_UPDATE = 16 << 20  # bytes of N-Quads: an update up to this size is applied in transactions and
# not compacted (see StoreSync.finish)
STORE_CHUNK = 4 << 20  # bytes of N-Quads per bulk load. Measured on the 10k synthetic dataset (3M quads,
# 667 MB; bench/store_memory.py OUT --chunk-mb N), loads one after another: 2 MB chunks 69 s of CPU,
# 42 s, 80 MB peak RSS; 4 MB 57-67 s, 33-40 s, 94 MB; 8 MB 58-61 s, 34-35 s, 120-134 MB; 16 MB 71 s,
# 41 s, 212 MB; the whole file at once 62 s, 34 s, 1.5 GB (pyoxigraph holds what it sorts). The same
# 8 MB loads spaced as the extraction produced them (--pause 3, as kg did before) cost 175 s of
# CPU: RocksDB compacts after each. Hence 4 MB chunks, loaded back to back once the dataset is written.


def _manifest(articles: list[ArticleRef], html: bool, skipped: list[Skipped], store: str | None) -> dict[str, object]:
    inputs = hashlib.sha256()  # a digest of every document's path and content, not a line each
    for a in articles:  # (~180 bytes a document, held in memory and written to the file)
        inputs.update(json.dumps([a.file, a.sha256]).encode("utf-8") + b"\n")
    return {"fingerprint": fanout.fingerprint(), "html": html, "store": store,
            "documents": len(articles), "inputs": inputs.hexdigest(),
            "skipped": [[s.path, s.problem] for s in skipped]}


def _read_all(paths: Iterable[str | os.PathLike[str]], on_start: Callable[[int], None] | None,
              max_bytes: int | None) -> tuple[list[ArticleRef], list[Skipped]]:
    found = scan(paths)
    if on_start:
        on_start(len(found.files))
    articles, skipped = [], list(found.skipped)
    for path in found.files:
        try:
            articles.append(ArticleRef.of(read_file(path, max_bytes=max_bytes), max_bytes))
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
    for stale in [*out_dir.glob(f".{TRIG}.*.tmp"), *out_dir.glob(f".{HTML}.*.tmp"), *out_dir.glob(f".{NQ}.*.tmp"),
                  *(out_dir / CACHE_DIR).glob("*.tmp")]:
        stale.unlink(missing_ok=True)  # left by a build that was killed (one build per folder at a time)
    _sweep(out_dir)
    store_cache = fanout.Cache(out_dir / CACHE_DIR) if cache else None
    trig_tmp = _temp(out_dir, TRIG)
    nq_tmp = _temp(out_dir, NQ)  # the same dataset as N-Quads, a graph after another: what the store loads
    html_tmp = None
    asm: _Assembly | None = None
    sync = StoreSync(store) if store is not None else None
    try:
        with open(trig_tmp, "wb") as fh, open(nq_tmp, "w+b") as nq, _placed(out_dir):
            result, asm = assemble(fanout.extract_many(
                articles, workers=workers, dask=dask, cache=store_cache, progress=progress, findings=False), fh, nq)
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
        if sync is not None:
            result.files["store"], result.graphs_updated = sync.finish(nq_tmp, asm.graphs())
            sync = None
        os.replace(trig_tmp, out_dir / TRIG)
        result.files["trig"] = out_dir / TRIG
        if html_tmp is not None:
            os.replace(html_tmp, out_dir / HTML)
            result.files["html"] = out_dir / HTML
    finally:
        if asm is not None:
            asm.close()
        if sync is not None:
            sync.abort()
        for tmp in (trig_tmp, html_tmp, nq_tmp):
            if tmp is not None and tmp.exists():
                tmp.unlink()
    if store_cache is not None:
        store_cache.prune()
    if cache:
        manifest_path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(manifest_path, json.dumps(manifest, indent=1).encode("utf-8"))
    result.seconds = time.perf_counter() - start
    return result


def _strict(skipped: list[Skipped]) -> None:
    more = f" (and {len(skipped) - 1} more files to skip)" if len(skipped) > 1 else ""
    raise InputError(skipped[0].path, f"{skipped[0].problem}{more}; --strict: nothing written", skipped[0].reason)


class StoreSync:
    """Keeps an on-disk pyoxigraph store in step with the dataset being built. A store kg loaded
    before (its folder keeps a digest of each graph) only has its changed named graphs replaced
    (a large one by its difference from the copy kept of it, see :meth:`_diff`) and its removed
    ones dropped. A new store (or one in an unknown state) is cleared and bulk-loaded. Either way
    the loads happen once the dataset is complete, from its N-Quads file, in chunks of
    STORE_CHUNK bytes one after another: the same loads spread over the extraction (as earlier
    versions did) cost RocksDB two to three times the CPU, measured (see STORE_CHUNK). Measured
    at 10k articles, one article changed: removing the claims graph (350k quads), loading it
    again and compacting took 24 s; its difference (9 quads added, in one run) 0.6 s in transactions."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        import pyoxigraph as ox

        self.path = Path(directory)
        self.path.mkdir(parents=True, exist_ok=True)
        self.record = self.path / STORE_MANIFEST
        try:
            self.before: dict[str, str] | None = json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.before = None
        self.record.unlink(missing_ok=True)  # until the store is consistent again, the next build reloads it all
        self._pending = self.record.with_name(self.record.name + ".tmp")  # the record, until the store is loaded
        self.store = ox.Store(str(self.path))

    def _bulk_load(self, nquads: bytes) -> None:
        import pyoxigraph as ox

        try:
            self.store.bulk_load(input=nquads, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise DataError(f"{self.path}: loading the store failed: {exc}") from exc

    def _load(self, fh: IO[bytes], ranges: Iterable[tuple[int, int]]) -> None:
        """Bulk-load these byte ranges of an N-Quads file, in chunks of whole lines of about
        STORE_CHUNK bytes (pyoxigraph holds a chunk in memory while it sorts it)."""
        pending = bytearray()
        for offset, length in ranges:
            fh.seek(offset)
            while length > 0:
                piece = fh.read(min(length, STORE_CHUNK))
                if not piece:
                    raise DataError(f"{self.path}: the N-Quads to load ended early")
                length -= len(piece)
                pending += piece
                if len(pending) >= STORE_CHUNK:
                    cut = pending.rfind(b"\n") + 1
                    if cut:
                        self._bulk_load(bytes(pending[:cut]))
                        del pending[:cut]
        if pending:
            self._bulk_load(bytes(pending))

    def abort(self) -> None:
        """The build failed: the store stays marked as unknown (reloaded next time)."""
        del self.store
        self._pending.unlink(missing_ok=True)

    def _load_small(self, nquads: bytes) -> None:
        """Load these N-Quads in one transaction (through RocksDB's memtable: no new files)."""
        import pyoxigraph as ox

        try:
            self.store.load(input=nquads, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise DataError(f"{self.path}: loading the store failed: {exc}") from exc

    def _kept(self, g: str) -> Path:
        return self.path / STORE_KEPT / f"{hashlib.sha1(g.encode('utf-8', 'surrogatepass')).hexdigest()}.nq"

    def _diff(self, g: str, fh: IO[bytes], offset: int, length: int) -> tuple[bytes, bytes] | None:
        """The N-Quads lines to remove from graph ``g`` in the store and those to add, from the
        copy of it kept at the last load and its new lines (``length`` bytes at ``offset`` of
        ``fh``); both are sorted, so one merge finds them. None when there is no copy, it is not
        what the store holds (its digest), a side is out of order, or the difference is more
        than SMALL_UPDATE bytes: the graph is then reloaded whole."""
        assert self.before is not None
        removed: list[bytes] = []
        added: list[bytes] = []
        size = 0
        digest = hashlib.sha1()
        try:
            old_fh = open(self._kept(g), "rb")  # noqa: SIM115 (closed below)
        except OSError:
            return None
        with old_fh:
            def old_lines() -> Iterator[bytes]:
                for line in old_fh:
                    digest.update(line)
                    yield line
            old, new = _ascending(old_lines()), _ascending(_range_lines(fh, offset, length))
            try:
                a, b = next(old), next(new)
                while a != b or a != _AFTER_ALL:
                    if a < b:
                        removed.append(a)
                        size += len(a)
                        a = next(old)
                    elif b < a:
                        added.append(b)
                        size += len(b)
                        b = next(new)
                    else:
                        a, b = next(old), next(new)
                    if size > SMALL_UPDATE:
                        return None
            except _NotSorted:
                return None
        if digest.hexdigest() != self.before.get(g):
            return None  # the copy is not the graph the store was left with
        return b"".join(removed), b"".join(added)

    def _update(self, fh: IO[bytes], size: int, count: int, gone: list[str],
                changed: list[tuple[str, int, int]]) -> bool:
        """Drop the ``gone`` graphs and bring the ``changed`` ones up to date: by their difference
        where a copy of the graph was kept, else removed and loaded whole. An update of at most
        SMALL_UPDATE bytes is applied in transactions; a larger one is bulk-loaded and needs a
        compaction (returns True)."""
        import pyoxigraph as ox

        diffs = {}
        for g, offset, length in changed:
            if length >= KEEP_BYTES or self._kept(g).is_file():
                found = self._diff(g, fh, offset, length)
                if found is not None:
                    diffs[g] = found
        whole = [(g, offset, length) for g, offset, length in changed if g not in diffs]
        weight = (sum(length for _g, _o, length in whole) + sum(len(r) + len(a) for r, a in diffs.values())
                  + len(gone) * size // max(count, 1))  # a dropped graph: about an average one
        for g in [*gone, *(g for g, _o, _n in whole)]:
            self.store.remove_graph(ox.NamedNode(g) if g else ox.DefaultGraph())
        for removed, _added in diffs.values():
            for quad in ox.parse(input=removed, format=ox.RdfFormat.N_QUADS):
                self.store.remove(quad)
        if weight <= SMALL_UPDATE:
            for _g, offset, length in whole:
                fh.seek(offset)
                self._load_small(fh.read(length))
            for _removed, added in diffs.values():
                self._load_small(added)
            return False
        self._load(fh, [(offset, length) for _g, offset, length in whole])
        for _removed, added in diffs.values():
            self._load(io.BytesIO(added), [(0, len(added))])
        return True

    def _keep(self, fh: IO[bytes], large: list[tuple[str, int, int, str]]) -> None:
        """Keep a copy of each large graph as loaded (for :meth:`_diff` next time); drop the rest."""
        folder = self.path / STORE_KEPT
        folder.mkdir(exist_ok=True)
        wanted = {self._kept(g): (g, offset, length, digest) for g, offset, length, digest in large}
        for path in folder.iterdir():
            if path not in wanted:
                path.unlink()
        for path, (g, offset, length, digest) in wanted.items():
            if (self.before or {}).get(g) == digest and path.is_file():
                continue  # unchanged (and checked against the digest before it is used)
            tmp = path.with_suffix(".tmp")
            with open(tmp, "wb") as copy:
                for line in _range_lines(fh, offset, length):
                    copy.write(line)
            os.replace(tmp, path)

    def finish(self, nq: Path, graphs: Iterable[tuple[str, int, int, str]]) -> tuple[Path, int]:
        """The dataset is complete: N-Quads in ``nq``, and ``graphs`` gives each graph ("" for the
        default graph) by IRI with its offset, length and digest there. Load it, or update the
        graphs that changed; then record the digests. Returns the folder and the graphs loaded."""
        pending = self._pending
        gone = dict(self.before or {})  # the graphs of the store not seen again, once all are read
        changed: list[tuple[str, int, int]] = []
        large: list[tuple[str, int, int, str]] = []
        count = 0
        with open(pending, "w", encoding="utf-8") as record:  # the digests, streamed: JSON sorted by graph
            record.write("{")
            for g, offset, length, digest in graphs:
                record.write(f"{',' if count else ''}\n{json.dumps(g)}: {json.dumps(digest)}")
                count += 1
                if self.before is not None and gone.pop(g, None) != digest:
                    changed.append((g, offset, length))
                if length >= KEEP_BYTES:
                    large.append((g, offset, length, digest))
            record.write("\n}\n")
        with open(nq, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if self.before is None:
                self.store.clear()
                self._load(fh, [(0, size)])
                loaded, compact = count, True
            else:
                loaded, compact = len(changed), self._update(fh, size, count, list(gone), changed)
            # a compaction after bulk loads: loads back to back leave many overlapping files that
            # every read checks. Measured on the 10k store: 13 s; a 2-hop count over every graph
            # 9.4 -> 1.2 s, the fan-acts query 174 -> 15 s. Also after a large update: the old
            # quads removed leave deletions that every read skips (the whole claims graph removed
            # and not compacted: fan-acts, people and claims then took 39, 49 and 30 s, not 9, 10
            # and 11). A small update (transactions) is not compacted: SMALL_UPDATE.
            if compact:
                self.store.optimize()
            self._keep(fh, large)
        del self.store
        os.replace(pending, self.record)
        return self.path, loaded


class _NotSorted(Exception):
    pass


_AFTER_ALL = b"\xff"  # sorts after any line of UTF-8 text (which never holds this byte)


def _ascending(lines: Iterable[bytes]) -> Iterator[bytes]:
    """``lines``, checked to be strictly ascending (else :class:`_NotSorted`), then _AFTER_ALL."""
    last = b""
    for line in lines:
        if line <= last:
            raise _NotSorted
        last = line
        yield line
    yield _AFTER_ALL


def _range_lines(fh: IO[bytes], offset: int, length: int) -> Iterator[bytes]:
    """The lines in ``length`` bytes of ``fh`` from ``offset``, read as they are needed."""
    fh.seek(offset)
    while length > 0:
        line = fh.readline(length)
        if not line:
            raise DataError(f"{getattr(fh, 'name', 'the N-Quads')}: ended early")
        length -= len(line)
        yield line


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
