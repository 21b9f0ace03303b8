"""The speed-up of 2 workers over 1, measured as pairs run back to back: one round builds the same
synthetic corpus with 1 worker and with 2 (with and without ``--store``), each in a fresh process,
the order of the two alternating from round to round; the figure is the median of the rounds'
ratios. One run of each (as ``build_throughput.py`` does) moves by 0.2x or more on this shared VM
between runs; a ratio of runs made seconds apart, repeated, moves less.

    .venv/bin/python bench/speedup.py --size 3000 --rounds 3 [--stores no yes]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_throughput import run  # noqa: E402  (a fresh process a build, as there)
from synth import generate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--stores", nargs="+", choices=["yes", "no"], default=["no", "yes"])
    args = ap.parse_args()
    print("| articles | --store | round | 1 worker (s) | 2 workers (s) | speed-up | CPU 1 / 2 workers (s) |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate(args.size, corpus, seed=1)
        medians = {}
        for store in args.stores:
            ratios = []
            for r in range(args.rounds):
                order = (1, 2) if r % 2 == 0 else (2, 1)
                built = {w: run("build", corpus, Path(tmp) / f"out-{store}-{r}-{w}", w, store) for w in order}
                ratio = built[1]["seconds"] / built[2]["seconds"]
                ratios.append(ratio)
                print(f"| {args.size} | {store} | {r + 1} | {built[1]['seconds']:.1f} | {built[2]['seconds']:.1f} | "
                      f"{ratio:.2f}x | {built[1]['cpu']:.1f} / {built[2]['cpu']:.1f} |", flush=True)
            medians[store] = statistics.median(ratios)
        for store, m in medians.items():
            print(f"median speed-up, --store {store}: {m:.2f}x")


if __name__ == "__main__":
    main()
