"""How long the ``kg`` command takes when there is nothing to extract: ``kg --help``, a bundled
query and an inline count over the seeds' output (a data folder, and a store), ``kg validate``
and ``kg build`` on unchanged input. Each figure is the median wall time of ``--runs`` fresh
processes, given as a ratio to the baseline measured in the same run: a bare ``python -c pass``
(the least any Python command costs). ``--compare DIR`` also times another checkout of kg (its
top folder, put first on ``PYTHONPATH``) on the same commands and outputs, e.g. the commit before
a change:

    .venv/bin/python bench/cli_startup.py [--runs 7] [--compare /tmp/kg-old]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(argv: list[str], runs: int, env: dict[str, str]) -> float:
    """The median wall time of ``runs`` runs of ``argv`` (after one run not counted)."""
    times = []
    for i in range(runs + 1):
        t = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=env["PYTHONPATH"])  # -m: cwd first
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.strip()[-500:]}")
        if i:
            times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--compare", type=Path, help="another checkout of kg to time the same way")
    args = ap.parse_args()
    py = sys.executable
    work = Path(tempfile.mkdtemp(prefix="kg-cli-bench-"))
    try:
        seeds = ROOT / "seeds"
        kgs = {"this checkout": ROOT}
        if args.compare:
            kgs[f"{args.compare}"] = args.compare.resolve()
        count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

        def commands(out: Path) -> dict[str, list[str]]:
            return {
                "kg --help": ["--help"],
                "kg query teams --data OUT": ["query", "teams", "--data", str(out), "--format", "csv"],
                "kg query COUNT --data OUT/store": ["query", count, "--data", str(out / "store"), "--format", "csv"],
                "kg validate --data OUT": ["validate", "--data", str(out)],
                "kg build (unchanged input)": ["build", str(seeds), "-o", str(out), "-q", "--store", str(out / "store")],
            }

        envs, outs = {}, {}
        for i, (name, top) in enumerate(kgs.items()):  # each checkout builds its own output (its own cache)
            envs[name], outs[name] = {**os.environ, "PYTHONPATH": str(top)}, work / f"out{i}"
            subprocess.run([py, "-m", "kg", *commands(outs[name])["kg build (unchanged input)"]], check=True,
                           env=envs[name], cwd=top)
        base = timed([py, "-c", "pass"], args.runs, envs["this checkout"])
        print(f"baseline `python -c pass`: {base:.3f} s (median of {args.runs})\n")
        print("| command | " + " | ".join(f"{name}: s (x baseline)" for name in kgs) + " |")
        print("|---|" + "---|" * len(kgs))
        for label in commands(work):
            cells = []
            for name in kgs:
                s = timed([py, "-m", "kg", *commands(outs[name])[label]], args.runs, envs[name])
                cells.append(f"{s:.2f} ({s / base:.0f}x)")
            print(f"| `{label}` | " + " | ".join(cells) + " |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
