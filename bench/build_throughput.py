"""Build throughput: kg build (with ``--store``, no HTML) on synthetic corpora, 1 and 2 workers,
with peak memory, against the floor of any spaCy-based pipeline (a spaCy tokenizer-only pass over
the same text, as kg tokenizes it: the `` date`` line blanked. spaCy 3.8's tokenizer is about 7x
slower on a text that starts with " date 2018-07-02 ...", so a pass over the raw files overstates
the floor); then, with the cache, an unchanged rebuild (the no-op path) and a rebuild after one
article changed (only that article is extracted and only the changed graphs go to the store).
Each measurement runs in a fresh process.

    .venv/bin/python bench/build_throughput.py --sizes 1000 2000 [--workers 1 2]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
mode, corpus, out, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
if mode == "floor":
    import spacy
    from kg.reader import find, read_file
    texts = [read_file(p).content for p in find([corpus])]  # the text kg tokenizes (header line blanked)
    tok = spacy.blank("en").tokenizer
    t = time.perf_counter()
    words = sum(len(tok(x)) for x in texts)
    seconds = time.perf_counter() - t
else:
    from kg.api import build_to
    from kg.reader import find
    t = time.perf_counter()
    r = build_to([corpus], out, html=False, cache=(mode == "rebuild"), workers=workers, store=out + "/store")
    seconds = time.perf_counter() - t
    words = r.graphs_updated
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "words": words, "rss_mb": me.ru_maxrss / 1024,
                  "children_rss_mb": kids.ru_maxrss / 1024,
                  "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime}))
"""


def run(*args: object) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, *map(str, args)], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from synth import generate

    print("| articles | workers | kg build (s) | CPU (s) | tokenizer floor (s) | build / floor | speed-up vs 1 worker | "
          "peak RSS main / worker (MB) | unchanged rebuild (s) | one article changed (s) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus-{n}"
            generate(n, corpus, seed=1)
            floor = run("floor", corpus, "-", 1)
            one = None
            for w in args.workers:
                out = Path(tmp) / f"out-{n}-{w}"
                built = run("build", corpus, out, w)
                rebuilt = run("rebuild", corpus, out, w) if w == args.workers[0] else None
                changed = None
                if rebuilt is not None:  # the first rebuild fills the cache; the second is the no-op
                    rebuilt = run("rebuild", corpus, out, w)
                    first = sorted(corpus.iterdir())[0]
                    first.write_text(first.read_text(encoding="utf-8") + "\n\nA late note on the match.\n", encoding="utf-8")
                    changed = run("rebuild", corpus, out, w)
                one = one or built["seconds"]
                rss = f"{built['rss_mb']:.0f} / " + (f"{built['children_rss_mb']:.0f}" if w > 1 else "-")
                row = (f"| {n} | {w} | {built['seconds']:.1f} | {built['cpu']:.1f} | {floor['seconds']:.2f} | "
                       f"{built['seconds'] / floor['seconds']:.1f}x | {one / built['seconds']:.2f}x | {rss} | ")
                if rebuilt and changed:
                    row += f"{rebuilt['seconds']:.2f} | {changed['seconds']:.2f} ({changed['words']} graphs reloaded) |"
                else:
                    row += " | |"
                print(row, flush=True)


if __name__ == "__main__":
    main()
