"""The issue's "done when": a folder holding every bad-input case mixed with the seeds builds;
the seeds' graphs are complete and valid, and every bad file is named in the summary with its
reason. Also: `kg validate`, and a build whose output breaks shapes.ttl writes nothing."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg import graph as graph_mod
from kg.api import build_to
from kg.errors import ValidationError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NEUTRAL = "A short note about the weather in the city, written for the archive."
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600)


def messy(folder: Path) -> dict[str, str]:
    """The catalogue: file name -> the reason the summary gives ("" for files read)."""
    folder.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(PNG)
    (folder / "latin1.txt").write_bytes(b" date 2018-07-04 Caf\xe9 \x93quoted\x94 weather note for the archive.\n")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf date 2018-07-04 " + NEUTRAL.encode())
    (folder / "crlf.txt").write_bytes(b" date 2018-07-04 line one\r\n\r\n" + NEUTRAL.encode() + b"\r\n")
    (folder / "no-date.txt").write_text(NEUTRAL, encoding="utf-8")
    (folder / "bad-date.txt").write_text(" date 2018-13-45 " + NEUTRAL, encoding="utf-8")
    with open(folder / "huge.txt", "wb") as fh:  # 50 MB, sparse: the size is checked before reading
        fh.truncate(50 * 1024 * 1024)
    (folder / "page.txt").write_text("<!DOCTYPE html><html><body><p>" + NEUTRAL + "</p></body></html>", encoding="utf-8")
    (folder / "notes.md").write_text(NEUTRAL, encoding="utf-8")
    (folder / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    os.symlink(".", folder / "self")  # a folder link back into the folder
    (folder / "long-lines.txt").write_text(" date 2018-07-04 " + ("word " * 400_000), encoding="utf-8")
    (folder / 'hostile <script>"q" 😀 é.txt').write_text(
        ' date 2018-07-04 A note by Zoe\u0301 "the <b>fan</b>" 🦁 about <img src=x onerror=alert(1)> tags.',
        encoding="utf-8")
    return {"empty.txt": "empty file", "picture.txt": "binary file (a PNG image)", "huge.txt": "too large",
            "page.txt": "looks like HTML", "notes.md": "not a .txt article", "data.csv": "not a .txt article",
            "loop-a.txt": "symbolic link loop", "loop-b.txt": "symbolic link loop", "self": "symbolic link loop",
            "missing.txt": "no such file"}


def named_graphs(trig: Path) -> dict[str, object]:
    ds = Dataset()
    ds.parse(trig, format="trig")
    return {str(g.identifier): g for g in ds.graphs() if "/graph/" in str(g.identifier)}


def test_messy_folder_mixed_with_the_seeds_builds(tmp_path: Path) -> None:
    skipped = messy(tmp_path / "in")
    res = kg("build", str(tmp_path / "in"), str(tmp_path / "in" / "missing.txt"), "-o", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    lines = res.stderr.splitlines()
    for name, reason in skipped.items():
        hits = [line for line in lines if line.startswith("skipped ") and name in line]
        assert len(hits) == 1 and reason in hits[0], (name, hits)
    assert f"{len(skipped)} files skipped:" in res.stderr
    for name, note in [("latin1.txt", "Windows-1252"), ("no-date.txt", "date unknown"), ("bad-date.txt", "2018-13-45")]:
        assert any(line.startswith("note: ") and name in line and note in line for line in lines), name
    assert "conforms to shapes.ttl" in res.stderr
    assert "Traceback" not in res.stderr

    seeds_only = tmp_path / "seeds-out"
    build_to([SEEDS], seeds_only, html=False)
    got, want = named_graphs(tmp_path / "out" / "graph.trig"), named_graphs(seeds_only / "graph.trig")
    for f in SEEDS.glob("*.txt"):  # the seeds' graphs are complete: the same as built alone
        g = str(graph_mod.graph_iri(f.name))
        assert isomorphic(got[g], want[g]), f.name  # type: ignore[arg-type]
    handled = ["latin1.txt", "bom.txt", "crlf.txt", "no-date.txt", "bad-date.txt", "long-lines.txt",
               'hostile <script>"q" 😀 é.txt']
    for name in handled:
        assert str(graph_mod.graph_iri(name)) in got, name

    strict = kg("build", str(tmp_path / "in"), "-o", str(tmp_path / "strict-out"), "--strict")
    assert strict.returncode == 1 and len(strict.stderr.strip().splitlines()) == 1
    assert "--strict" in strict.stderr and not (tmp_path / "strict-out" / "graph.trig").exists()


def test_validate_command(tmp_path: Path) -> None:
    build_to([SEEDS], tmp_path / "out", html=False)
    ok = kg("validate", "--data", str(tmp_path / "out"))
    assert ok.returncode == 0 and ok.stdout.startswith("conforms to shapes.ttl")
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    broken = tmp_path / "broken.trig"  # every tweet loses its author
    broken.write_text("\n".join(line for line in trig.splitlines() if "schema:author" not in line), encoding="utf-8")
    bad = kg("validate", "--data", str(broken))
    assert bad.returncode == 1
    assert "violation" in bad.stdout.splitlines()[0] and "author" in bad.stdout


def test_build_that_breaks_the_shapes_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build_to([SEEDS], out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    # claims with no source asserting them
    monkeypatch.setattr(graph_mod, "assertion_triples", lambda *_args: None)
    with pytest.raises(ValidationError, match="does not conform.*no source"):
        build_to([SEEDS], out, cache=False)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    result = build_to([SEEDS], out, cache=False, validate=False)  # --no-validate writes it anyway
    assert result.validation is None and (out / "graph.trig").read_bytes() != before["graph.trig"]
