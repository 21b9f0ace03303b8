"""What running two processes at once costs each of them on this machine: the same job alone, then
two copies at the same time, in fresh processes, comparing the CPU seconds of each copy with the
solo run's. The jobs: ``kg build`` of a synthetic corpus (1 worker, no store, no cache, no HTML),
a spaCy tokenizer-only pass over the same texts, and a pure-Python loop that touches almost no
memory. If a copy needs more CPU when paired, no split of the work over two processes can reach
2x; the bound for kg's 2 workers is ``2 * solo / paired`` before any serial part is counted.

    .venv/bin/python bench/cpu_contention.py [--articles 1000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r"""
import json, resource, sys, time
job, corpus, out = sys.argv[1], sys.argv[2], sys.argv[3]
if job == "loop":
    t = time.perf_counter()
    x = 0
    for i in range(30_000_000):
        x += i & 7
elif job == "tokenizer":
    import spacy
    from kg.reader import find, read_file
    texts = [read_file(p).content for p in find([corpus])]
    tok = spacy.blank("en").tokenizer
    t = time.perf_counter()
    for _ in range(5):
        for x in texts:
            tok(x)
else:
    from kg.api import build_to
    t = time.perf_counter()
    build_to([corpus], out, html=False, cache=False, validate=False)
wall = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"wall": wall, "cpu": u.ru_utime + u.ru_stime}))
"""


def start(job: str, corpus: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, job, str(corpus), str(out)], stdout=subprocess.PIPE,
                            text=True, cwd=HERE.parent)


def result(proc: subprocess.Popen[str]) -> dict[str, float]:
    out, _ = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"a job failed (exit {proc.returncode})")
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3, help="solo and paired runs of each job, alternating")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from synth import generate

    print("| job | solo CPU (s) | paired CPU, each copy (s) | paired / solo | bound on 2-process speed-up |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate(args.articles, corpus, seed=1)
        for job, label in (("loop", "pure-Python loop"), ("tokenizer", f"spaCy tokenizer, {args.articles} articles x 5"),
                           ("build", f"kg build, {args.articles} articles, 1 worker")):
            solo, paired = [], []
            for r in range(args.rounds):
                solo.append(result(start(job, corpus, Path(tmp) / f"solo-{r}"))["cpu"])
                pair = [start(job, corpus, Path(tmp) / f"pair-{r}-{i}") for i in range(2)]
                paired.extend(result(p)["cpu"] for p in pair)
            s, p = statistics.median(solo), statistics.median(paired)
            print(f"| {label} | {s:.2f} | {p:.2f} | {p / s:.2f} | {2 * s / p:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
