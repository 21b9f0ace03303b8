"""kg.scratch: SQLite scratch tables in a temporary folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.scratch import ScratchDB


@pytest.mark.parametrize("prefix", ["kg-scratch-", "kg-claims-"])
def test_a_scratch_table_lives_in_its_own_folder_until_closed(tmp_path: Path, prefix: str) -> None:
    db = ScratchDB("CREATE TABLE t (x INTEGER PRIMARY KEY)", prefix=prefix, directory=str(tmp_path))
    (folder,) = tmp_path.iterdir()
    assert folder.name.startswith(prefix)
    db.db.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    assert db.db.execute("SELECT COUNT(*) FROM t").fetchone() == (1000,)
    db.close()
    db.close()  # closing twice is harmless (a failed build closes what a finished write closed)
    assert not list(tmp_path.iterdir())
