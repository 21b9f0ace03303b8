"""kg.scratch: SQLite scratch tables and spools in a temporary folder, placed where the build
says, and swept after a killed build."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from kg.scratch import PREFIX, ScratchDB, placed, spool, sweep


@pytest.mark.parametrize("prefix", ["db", "claims"])
def test_a_scratch_table_lives_in_its_own_folder_until_closed(tmp_path: Path, prefix: str) -> None:
    with placed(tmp_path):
        db = ScratchDB("CREATE TABLE t (x INTEGER PRIMARY KEY)", prefix=prefix)
    (folder,) = tmp_path.iterdir()
    assert folder.name.startswith(f"{PREFIX}{prefix}-") and folder.name.endswith(".tmp")
    db.db.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    assert db.db.execute("SELECT COUNT(*) FROM t").fetchone() == (1000,)
    db.close()
    db.close()  # closing twice is harmless (a failed build closes what a finished write closed)
    assert not list(tmp_path.iterdir())


def test_placed_sends_scratch_to_the_folder_and_only_within_the_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = tmp_path / "system-tmp"
    system.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system))
    out = tmp_path / "out"
    out.mkdir()
    with placed(out):
        db = ScratchDB("CREATE TABLE t (x)", prefix="claims")
        with placed(tmp_path):  # nested: the inner folder, then the outer one again
            inner = ScratchDB("CREATE TABLE t (x)")
        assert [p.parent for p in (Path(db._dir.name), Path(inner._dir.name))] == [out, tmp_path]
        with spool("documents") as fh:
            fh.write(b"x" * 1000)
            fh.seek(0)
            assert fh.read() == b"x" * 1000
            assert Path(os.readlink(f"/proc/self/fd/{fh.fileno()}")).parent == out  # unlinked at once
        inner.close()
        db.close()
    outside = ScratchDB("CREATE TABLE t (x)")
    assert Path(outside._dir.name).parent == system
    outside.close()
    assert not list(out.iterdir()) and not list(system.iterdir())


def test_sweep_removes_only_scratch(tmp_path: Path) -> None:
    with placed(tmp_path):
        left = ScratchDB("CREATE TABLE t (x)", prefix="assembly")
    left.db.execute("INSERT INTO t VALUES (1)")
    left.db.commit()  # a build killed here leaves the folder and its database
    (tmp_path / f"{PREFIX}graph-abc.tmp").write_bytes(b"partial")
    keep = [tmp_path / "graph.trig", tmp_path / ".graph.trig.abc.tmp", tmp_path / "kg-scratch-notours.tmp"]
    for p in keep:
        p.write_text("mine")
    removed = sweep(tmp_path)
    assert len(removed) == 2
    assert sorted(tmp_path.iterdir()) == sorted(keep)
    assert sweep(tmp_path) == []
