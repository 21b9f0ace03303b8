"""One large build as a user runs it, then every bundled query on its store: ``kg build --store
--workers W --no-html`` on N synthetic articles (``bench/synth.py``, seed 1), each step in a fresh
process, with the tokenizer floor of the same corpus measured in the same run as the baseline
(see ``build_throughput.py``). Prints one Markdown table: wall time, CPU, peak RSS of the largest
process (kg's main process or a worker), and rows.

    .venv/bin/python bench/large_build.py 100000 --dir /tmp/large      # about an hour here
    .venv/bin/python bench/large_build.py 2000 --dir /tmp/large2k       # a check, 2 minutes

The corpus is kept in ``DIR`` (written once, reused by later runs); the build's output is
replaced each run.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(cmd: list[str]) -> tuple[float, float, float, int]:
    """Run ``cmd``; wall seconds, CPU seconds and peak RSS (MB) of it and its children, and the
    lines it wrote to stdout (read as they come, not held)."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: unread, a pipe can fill and block
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors)
        assert proc.stdout is not None
        lines = sum(1 for _ in proc.stdout)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            errors.seek(0)
            err = errors.read().decode("utf-8", "replace")
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="articles")
    ap.add_argument("--dir", type=Path, required=True, help="where the corpus and the output go")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from build_throughput import run
    from synth import generate

    corpus, out = args.dir / f"corpus-{args.n}", args.dir / "out"
    if not corpus.is_dir() or sum(1 for _ in corpus.glob("*.txt")) != args.n:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(args.n, corpus, seed=1)
    shutil.rmtree(out, ignore_errors=True)
    floor = run("floor", corpus, "-", 1, "no")["seconds"]
    kg = [sys.executable, "-m", "kg"]
    print(f"| {args.n} articles, {args.workers} workers | wall (s) | CPU (s) | peak RSS (MB) | rows | wall / floor |")
    print("|---|---|---|---|---|---|")
    print(f"| tokenizer floor (baseline) | {floor:.1f} | | | | 1x |", flush=True)
    wall, cpu, rss, _ = timed([*kg, "build", str(corpus), "-o", str(out), "--store", str(out / "store"),
                               "--workers", str(args.workers), "--no-html", "--quiet"])
    print(f"| `kg build --store` | {wall:.0f} | {cpu:.0f} | {rss:.0f} | | {wall / floor:.0f}x |", flush=True)
    for name in _bundled():
        wall, cpu, rss, lines = timed([*kg, "query", name, "--data", str(out / "store"), "--format", "csv"])
        print(f"| `kg query {name}` | {wall:.1f} | {cpu:.1f} | {rss:.0f} | {lines - 1} | {wall / floor:.1f}x |", flush=True)


def _bundled() -> list[str]:
    from kg.sparql import bundled

    return list(bundled())


if __name__ == "__main__":
    main()
