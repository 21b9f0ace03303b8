"""kg.fanout and incremental builds: local processes, a Dask cluster and the cache all give the
same output as one process; unchanged input is not rebuilt."""
from __future__ import annotations

import json
import pickle
import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import api
from kg.api import build_to
from kg.errors import DataError
from kg.fanout import Cache, extract_batch, extract_many, extract_one, fingerprint
from kg.reader import read_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("serial")
    build_to([SEEDS], out, html=False, cache=False)
    return (out / "graph.trig").read_bytes()


def test_local_workers_give_the_same_bytes(serial: bytes, tmp_path: Path) -> None:
    build_to([SEEDS], tmp_path, html=False, cache=False, workers=2)
    assert (tmp_path / "graph.trig").read_bytes() == serial


def test_dask_cluster_gives_the_same_bytes(serial: bytes, tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, local_directory=str(tmp_path / "dask")) as cluster:
        result = build_to([SEEDS], tmp_path / "out", html=False, cache=False, dask=cluster.scheduler_address)
    assert result.extracted == 5
    assert (tmp_path / "out" / "graph.trig").read_bytes() == serial


def test_unreachable_dask_scheduler_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import fanout
    from kg.errors import UsageError

    monkeypatch.setattr(fanout, "DASK_CONNECT_TIMEOUT", 2.0)
    with pytest.raises(UsageError, match="Dask scheduler"):
        build_to([SEEDS / "001_43eeb8a8b31cb446.txt"], tmp_path, html=False, cache=False, dask="tcp://127.0.0.1:9")


def test_incremental_build(serial: bytes, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    out = tmp_path / "out"
    first = build_to([docs], out)
    assert first.extracted == 5 and not first.up_to_date
    assert (out / "graph.trig").read_bytes() == serial

    again = build_to([docs], out)
    assert again.up_to_date and again.dataset is None  # nothing changed: nothing done

    changed = docs / "004_3666cbed447638b8.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nSenegal beat Egypt 2-0 in the final.\n", encoding="utf-8")
    third = build_to([docs], out)
    assert third.extracted == 1 and third.documents == 5

    (docs / "000_12a964fd33053ade.txt").unlink()
    fourth = build_to([docs], out)
    assert fourth.extracted == 0 and fourth.documents == 4
    assert "graph/000_12a964fd33053ade-txt" not in (out / "graph.trig").read_text(encoding="utf-8")

    changed.write_text((SEEDS / changed.name).read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(SEEDS / "000_12a964fd33053ade.txt", docs)
    fifth = build_to([docs], out)
    assert fifth.extracted == 0  # both contents are in the cache
    assert (out / "graph.trig").read_bytes() == serial


@pytest.mark.parametrize("change", ["rename", "edit", "add", "remove"])
def test_any_change_to_the_inputs_rebuilds(tmp_path: Path, change: str) -> None:
    """The manifest keeps a digest of every document's path and content, not a line per document."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("001_43eeb8a8b31cb446.txt", "002_2dc80878cc99d4e1.txt"):
        shutil.copy(SEEDS / name, docs)
    out = tmp_path / "out"
    build_to([docs], out, html=False)
    assert build_to([docs], out, html=False).up_to_date
    one = docs / "001_43eeb8a8b31cb446.txt"
    if change == "rename":
        one.rename(docs / "000_renamed.txt")  # the same order
    elif change == "edit":
        one.write_text(one.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    elif change == "add":
        shutil.copy(SEEDS / "003_fa2e6c44ab33690d.txt", docs)
    else:
        one.unlink()
    again = build_to([docs], out, html=False)
    assert not again.up_to_date and again.documents == {"add": 3, "remove": 1}.get(change, 2)
    assert len((out / ".kg-cache" / "manifest.json").read_bytes()) < 1000


def test_a_build_prunes_the_cache_entries_of_other_extractor_versions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_to([SEEDS], out, html=False)
    cache = out / ".kg-cache"
    ours = sorted(p.name for p in cache.glob("*.pickle"))
    assert len(ours) == 5
    for name in ours[:2]:  # as an older kg left them
        shutil.copy(cache / name, cache / name.replace(fingerprint(), "0123456789abcdef"))
    (cache / "notes.txt").write_text("not an entry", encoding="utf-8")
    (cache / "manifest.json").unlink()
    again = build_to([SEEDS], out, html=False)
    assert again.extracted == 0 and sorted(p.name for p in cache.glob("*.pickle")) == ours
    assert (cache / "notes.txt").is_file() and (cache / "manifest.json").is_file()


def test_cache_is_keyed_by_content_and_fingerprint(tmp_path: Path) -> None:
    article = read_file(SEEDS / "002_2dc80878cc99d4e1.txt")
    cache = Cache(tmp_path)
    (first,) = list(extract_many([article], cache=cache))
    a, findings, triples, error = first.article, first.findings, first.triples, first.error
    assert (tmp_path / f"{a.sha256}-{fingerprint()}.pickle").is_file() and not error
    again = read_file(SEEDS / "002_2dc80878cc99d4e1.txt")
    hit = cache.get(again)
    assert hit is not None and hit.findings == findings and hit.article.cache.get("from_cache")
    assert hit.triples == triples and (hit.nquads, hit.trig) == (first.nquads, first.trig)
    entry = (tmp_path / f"{a.sha256}-{fingerprint()}.pickle").read_bytes()
    assert len(entry) * 3 < len(first.nquads) + len(first.trig)  # compressed
    (tmp_path / f"{a.sha256}-{fingerprint()}.pickle").write_bytes(b"not a pickle")
    assert cache.get(read_file(SEEDS / "002_2dc80878cc99d4e1.txt")) is None
    (tmp_path / f"{a.sha256}-{fingerprint()}.pickle").write_bytes(pickle.dumps(tuple(first)))  # not compressed
    assert cache.get(read_file(SEEDS / "002_2dc80878cc99d4e1.txt")) is None


def test_workers_make_the_cache_entries(tmp_path: Path) -> None:
    """A worker returns each document's entry made; the main process only writes it."""
    (done,) = extract_batch([read_file(SEEDS / "002_2dc80878cc99d4e1.txt")], pack=True)
    assert done.packed and not extract_batch([read_file(SEEDS / "002_2dc80878cc99d4e1.txt")])[0].packed
    cache = Cache(tmp_path)
    cache.put(done)
    assert (tmp_path / f"{done.article.sha256}-{fingerprint()}.pickle").read_bytes() == done.packed
    hit = cache.get(read_file(SEEDS / "002_2dc80878cc99d4e1.txt"))
    assert hit is not None and (hit.findings, hit.nquads, hit.trig) == (done.findings, done.nquads, done.trig)


@pytest.mark.parametrize("workers", [1, 2])
def test_light_results_count_the_findings_they_leave_behind(tmp_path: Path, workers: int) -> None:
    articles = [read_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    full = [(e.nquads, Counter(f.kind for f in e.findings)) for e in extract_many(articles)]
    assert all(counts for _nq, counts in full)
    cache = Cache(tmp_path)
    for run in ("extracted", "from the cache"):
        light = list(extract_many([read_file(a.path) for a in articles], workers=workers, cache=cache, findings=False))
        assert [(e.nquads, e.kinds) for e in light] == full, run
        assert all(e.findings == [] and e.counts is not None for e in light)
        assert all(e.article.cache.get("from_cache", False) == (run == "from the cache") for e in light)
    hit = cache.get(read_file(articles[0].path))  # findings unless told otherwise
    assert hit is not None and hit.counts is None and Counter(f.kind for f in hit.findings) == full[0][1]
    with pytest.raises(ValueError, match="no findings"):
        Cache.packed(light[0]._replace(article=read_file(articles[0].path)))


@pytest.mark.parametrize("kind", ["team", "person", "fan_act", "quote", "match", "goal",
                                  pytest.param("credit", id="guard-credit"), pytest.param("tweet", id="guard-tweet")])
def test_the_warm_up_runs_every_extractor(monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """The article extracted before workers fork is one every extractor finds something in (one
    not about football runs almost none of their patterns: each worker then builds them itself).
    Credits and tweets are guards: they are found in any article."""
    from kg import fanout

    seen: list[fanout.Extracted] = []
    monkeypatch.setattr(fanout, "extract_one", lambda article: seen.append(extract_one(article)) or seen[-1])
    fanout.warm_up()
    assert kind in {f.kind for e in seen for f in e.findings}


@pytest.mark.parametrize("builder", ["kg.lexicon:cities", "kg.lexicon:month_words", "kg.extract.people:_cards_line",
                                     "kg.extract.sources:_object_apposition", "kg.extract.matches:_team_of_another"])
def test_the_warm_up_builds_the_tables_and_patterns_an_article_may_not_reach(builder: str) -> None:
    """Cached builders of no argument are called by the warm-up, reached by the article or not."""
    import importlib

    from kg import fanout

    module, name = builder.split(":")
    function = getattr(importlib.import_module(module), name)
    function.cache_clear()
    fanout.warm_up()
    assert function.cache_info().currsize == 1


def test_a_build_from_the_cache_counts_the_same_facts(tmp_path: Path) -> None:
    first = build_to([SEEDS], tmp_path, html=False)
    (tmp_path / ".kg-cache" / "manifest.json").unlink()  # rebuilt, every document from the cache
    again = build_to([SEEDS], tmp_path, html=False)
    assert again.extracted == 0 and not again.up_to_date
    assert again.facts == first.facts and sum(first.facts.values()) > 100


def test_cached_content_under_another_name_gets_its_own_iris(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    list(extract_many([read_file(SEEDS / "002_2dc80878cc99d4e1.txt")], cache=cache))
    copy = tmp_path / "renamed.txt"
    shutil.copy(SEEDS / "002_2dc80878cc99d4e1.txt", copy)
    hit = cache.get(read_file(copy))
    assert hit is not None and hit.triples
    assert all("002_2dc80878cc99d4e1" not in t for t in hit.triples)
    assert any("renamed-txt" in t for t in hit.triples)


def _quads(store_or_trig: Path) -> set[str]:
    import pyoxigraph as ox

    if store_or_trig.suffix == ".trig":
        return {str(q) for q in ox.parse(path=str(store_or_trig), format=ox.RdfFormat.TRIG)}
    st = ox.Store.read_only(str(store_or_trig))
    return {str(q) for q in st}


def test_store_follows_the_build_and_reloads_only_changed_graphs(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    out, store = tmp_path / "out", tmp_path / "store"
    first = build_to([docs], out, html=False, store=store)
    graphs = len({line for line in (out / "graph.trig").read_text(encoding="utf-8").splitlines() if line.startswith("<https://kg.example/graph/")})
    assert first.graphs_updated == graphs + 1  # every named graph and the default graph
    assert _quads(store) == _quads(out / "graph.trig")
    assert build_to([docs], out, html=False, store=store).up_to_date

    changed = docs / "004_3666cbed447638b8.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nSenegal beat Egypt 2-0 in the final.\n", encoding="utf-8")
    (docs / "000_12a964fd33053ade.txt").unlink()
    second = build_to([docs], out, html=False, store=store)
    assert 1 <= second.graphs_updated < graphs  # the changed document's graph and the claims, not all
    assert _quads(store) == _quads(out / "graph.trig")
    assert not any("000_12a964fd33053ade" in q for q in _quads(store))

    (store / "kg-graphs.json").write_text("not json", encoding="utf-8")  # unknown state: reload it all
    third = build_to([docs], out, html=False, store=store, cache=False)
    assert third.graphs_updated == graphs  # one document fewer, plus the default graph
    assert _quads(store) == _quads(out / "graph.trig")


def test_a_new_store_is_loaded_in_chunks_of_whole_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "STORE_CHUNK", 2_000)  # many loads, not one
    loads: list[bytes] = []
    real_bulk_load = api.StoreSync._bulk_load

    def bulk_load(self: api.StoreSync, nquads: bytes) -> None:
        loads.append(nquads)
        real_bulk_load(self, nquads)

    monkeypatch.setattr(api.StoreSync, "_bulk_load", bulk_load)
    out, store = tmp_path / "out", tmp_path / "store"
    build_to([SEEDS], out, html=False, store=store, cache=False)
    assert _quads(store) == _quads(out / "graph.trig")
    assert len(loads) > 10
    longest = max(len(line) for chunk in loads for line in chunk.splitlines(keepends=True))
    assert all(chunk.endswith(b"\n") and len(chunk) < 2_000 + longest for chunk in loads)


def test_a_store_that_fails_to_load_leaves_the_outputs_and_is_reloaded_next_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out, store = tmp_path / "out", tmp_path / "store"
    build_to([SEEDS], out, html=False)
    before = (out / "graph.trig").read_bytes()
    real_bulk_load = api.StoreSync._bulk_load

    def bulk_load(self: api.StoreSync, nquads: bytes) -> None:
        real_bulk_load(self, b"<this> is not N-Quads .\n" + nquads)

    monkeypatch.setattr(api.StoreSync, "_bulk_load", bulk_load)
    with pytest.raises(DataError, match="loading the store failed"):
        build_to([SEEDS], out, html=False, store=store, cache=False)
    assert (out / "graph.trig").read_bytes() == before
    assert not (store / "kg-graphs.json").exists()  # unknown state
    monkeypatch.setattr(api.StoreSync, "_bulk_load", real_bulk_load)
    again = build_to([SEEDS], out, html=False, store=store, cache=False)
    assert again.graphs_updated > 1 and _quads(store) == _quads(out / "graph.trig")


@pytest.fixture
def store_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple[object, ...]]]:
    """Every call kg makes on the pyoxigraph store of a build, with its arguments."""
    calls: list[tuple[str, tuple[object, ...]]] = []
    real_init = api.StoreSync.__init__

    class Spy:
        def __init__(self, store: object) -> None:
            self._store = store

        def __getattr__(self, name: str) -> object:
            real = getattr(self._store, name)

            def call(*args: object, **kwargs: object) -> object:
                calls.append((name, args))
                return real(*args, **kwargs)
            return call

    def init(self: api.StoreSync, directory: Path) -> None:
        real_init(self, directory)
        self.store = Spy(self.store)  # type: ignore[assignment]

    monkeypatch.setattr(api.StoreSync, "__init__", init)
    return calls


def test_a_loaded_store_is_compacted_once(tmp_path: Path, store_calls: list[tuple[str, tuple[object, ...]]]) -> None:
    # loads back to back leave overlapping files that every read checks (10k store: a query 174 -> 15 s)
    out, store = tmp_path / "out", tmp_path / "store"
    build_to([SEEDS], out, html=False, store=store, cache=False)
    names = [name for name, _args in store_calls]
    assert names.count("optimize") == 1 and names.index("optimize") > names.index("bulk_load")
    assert _quads(store) == _quads(out / "graph.trig")


def _built_with_store(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of the seeds built with ``--store``: the documents, the output and the store."""
    docs, out, store = tmp_path / "docs", tmp_path / "out", tmp_path / "store"
    shutil.copytree(SEEDS, docs)
    build_to([docs], out, html=False, store=store)
    return docs, out, store


def _change(docs: Path) -> None:
    changed = docs / "004_3666cbed447638b8.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nSenegal beat Egypt 2-0 in the final.\n", encoding="utf-8")


def test_a_small_update_changes_large_graphs_by_difference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            store_calls: list[tuple[str, tuple[object, ...]]]) -> None:
    monkeypatch.setattr(api, "KEEP_BYTES", 1)  # every graph counts as large: each is kept and diffed
    docs, out, store = _built_with_store(tmp_path)
    kept = sorted((store / api.STORE_KEPT).iterdir())
    assert len(kept) == len(json.loads((store / "kg-graphs.json").read_text(encoding="utf-8")))
    store_calls.clear()
    _change(docs)
    (docs / "000_12a964fd33053ade.txt").unlink()
    before = json.loads((store / "kg-graphs.json").read_text(encoding="utf-8"))
    result = build_to([docs], out, html=False, store=store)
    after = json.loads((store / "kg-graphs.json").read_text(encoding="utf-8"))
    assert result.graphs_updated == sum(before.get(g) != d for g, d in after.items()) >= 2  # the document, the claims
    names = [name for name, _args in store_calls]
    assert {"remove", "load"} <= set(names)
    assert not {"bulk_load", "optimize", "clear"} & set(names)  # a small update: transactions, no compaction
    removed_graphs = [str(args[0]) for name, args in store_calls if name == "remove_graph"]
    assert removed_graphs == ["<https://kg.example/graph/000_12a964fd33053ade-txt>"]  # only the one gone
    assert _quads(store) == _quads(out / "graph.trig")
    assert len(list((store / api.STORE_KEPT).iterdir())) == len(kept) - 1


def test_a_kept_copy_that_is_not_the_stored_graph_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              store_calls: list[tuple[str, tuple[object, ...]]]) -> None:
    monkeypatch.setattr(api, "KEEP_BYTES", 1)
    docs, out, store = _built_with_store(tmp_path)
    for copy in (store / api.STORE_KEPT).iterdir():  # damaged: the last line lost
        copy.write_bytes(b"".join(copy.read_bytes().splitlines(keepends=True)[:-1]))
    store_calls.clear()
    _change(docs)
    assert build_to([docs], out, html=False, store=store).graphs_updated == 2
    removed_graphs = sorted(str(args[0]) for name, args in store_calls if name == "remove_graph")
    assert removed_graphs == ["<https://kg.example/graph/004_3666cbed447638b8-txt>", "<https://kg.example/graph/claims>"]
    assert _quads(store) == _quads(out / "graph.trig")


def test_a_large_update_is_bulk_loaded_and_compacted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     store_calls: list[tuple[str, tuple[object, ...]]]) -> None:
    monkeypatch.setattr(api, "SMALL_UPDATE", 100)
    docs, out, store = _built_with_store(tmp_path)
    store_calls.clear()
    _change(docs)
    build_to([docs], out, html=False, store=store)
    names = [name for name, _args in store_calls]
    assert "bulk_load" in names and names.count("optimize") == 1 and "load" not in names
    assert _quads(store) == _quads(out / "graph.trig")


def test_a_large_update_also_applies_the_differences_it_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               store_calls: list[tuple[str, tuple[object, ...]]]) -> None:
    monkeypatch.setattr(api, "KEEP_BYTES", 1)
    monkeypatch.setattr(api, "SMALL_UPDATE", 20_000)  # the changed graphs' differences fit, the documents dropped do not
    docs, out, store = _built_with_store(tmp_path)
    store_calls.clear()
    _change(docs)
    for name in ("000_12a964fd33053ade.txt", "001_43eeb8a8b31cb446.txt", "002_2dc80878cc99d4e1.txt"):
        (docs / name).unlink()
    build_to([docs], out, html=False, store=store)
    names = [name for name, _args in store_calls]
    assert {"remove", "bulk_load"} <= set(names) and names.count("optimize") == 1
    assert len([name for name in names if name == "remove_graph"]) == 3  # only the dropped ones
    assert _quads(store) == _quads(out / "graph.trig")


@pytest.mark.parametrize("lines", [[b"b\n", b"a\n"], [b"a\n", b"a\n"]])
def test_only_strictly_ascending_lines_are_merged(lines: list[bytes]) -> None:
    with pytest.raises(api._NotSorted):
        list(api._ascending(lines))
    assert list(api._ascending(sorted(set(lines)))) == [*sorted(set(lines)), api._AFTER_ALL]


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from([f"<s{i}> <p> \"{chr(0x41 + i)}\u00e9\" <g> .\n" for i in range(12)])),
       st.sets(st.sampled_from([f"<s{i}> <p> \"{chr(0x41 + i)}\u00e9\" <g> .\n" for i in range(12)])))
def test_the_difference_of_two_sorted_graphs(old: set[str], new: set[str]) -> None:
    import hashlib
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        sync = api.StoreSync(tmp)
        old_data = "".join(sorted(old)).encode()
        sync._kept("g").parent.mkdir()
        sync._kept("g").write_bytes(old_data)
        sync.before = {"g": hashlib.sha1(old_data).hexdigest()}
        new_data = "".join(sorted(new)).encode()
        with tempfile.TemporaryFile() as fh:
            fh.write(b"before\n" + new_data + b"after\n")
            found = sync._diff("g", fh, len(b"before\n"), len(new_data))
            sync.before = {"g": "another digest"}
            assert sync._diff("g", fh, len(b"before\n"), len(new_data)) is None
        sync.abort()
    assert found is not None
    assert found == ("".join(sorted(old - new)).encode(), "".join(sorted(new - old)).encode())
