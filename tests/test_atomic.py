"""Output safety: a build that is killed or interrupted midway leaves the previous out/ complete
and untouched, and the next build cleans up after it."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.api import build_to

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _corpus(folder: Path, copies: int = 30) -> Path:
    folder.mkdir()
    for i in range(copies):
        for f in SEEDS.glob("*.txt"):
            shutil.copy(f, folder / f"{i:03d}-{f.name}")
    return folder


def _temps(out: Path) -> list[Path]:
    return [p for p in out.iterdir() if p.name.endswith(".tmp")]


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.endswith(".tmp")}


def _default_sigint() -> None:  # a child of a background job inherits SIGINT ignored; undo that
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_a_killed_build_leaves_the_previous_output_untouched(tmp_path: Path, sig: signal.Signals) -> None:
    out = tmp_path / "out"
    build_to([SEEDS], out)
    before = _outputs(out)
    assert set(before) == {"graph.trig", "graph.html"}
    corpus = _corpus(tmp_path / "big")
    system_tmp = tmp_path / "system-tmp"  # the build's scratch goes to out/, not here
    system_tmp.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--no-cache"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_default_sigint,
                            env={**os.environ, "TMPDIR": str(system_tmp)})
    deadline = time.monotonic() + 120
    while not _temps(out):  # the new TriG is being written: the build is midway
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert _outputs(out) == before
    assert not list(system_tmp.iterdir())
    if sig != signal.SIGKILL:
        assert not _temps(out)  # an interrupted build removes its temporary files
    result = build_to([SEEDS / "001_43eeb8a8b31cb446.txt"], out)
    assert result.documents == 1 and not _temps(out)  # the next build cleans up what a killed one left


def test_a_build_that_fails_midway_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import view

    out = tmp_path / "out"
    build_to([SEEDS], out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def boom(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(view, "write_graph_html", boom)
    with pytest.raises(OSError, match="disk full"):
        build_to([SEEDS / "001_43eeb8a8b31cb446.txt"], out)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not _temps(out)


def test_same_input_gives_byte_identical_output(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    build_to([SEEDS], a, cache=False)
    env = {**os.environ, "PYTHONHASHSEED": "7"}
    subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(b), "--no-cache", "-q"],
                   check=True, env=env)
    for name in ("graph.trig", "graph.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
