"""Build throughput: kg build (no HTML, with and without ``--store``) on synthetic corpora, 1 and 2
workers, with peak memory, against the floor of any spaCy-based pipeline (a spaCy tokenizer-only pass over
the same text, as kg tokenizes it: the `` date`` line blanked. spaCy 3.8's tokenizer is about 7x
slower on a text that starts with " date 2018-07-02 ...", so a pass over the raw files overstates
the floor); then, with the cache, an unchanged rebuild (the no-op path) and a rebuild after one
article changed (only that article is extracted and only the changed graphs go to the store).
Each measurement runs in a fresh process.

    .venv/bin/python bench/build_throughput.py --sizes 1000 2000 [--workers 1 2] [--stores yes no]
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
mode, corpus, out, workers, store = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "yes"
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
    r = build_to([corpus], out, html=False, cache=(mode == "rebuild"), workers=workers,
                 store=out + "/store" if store else None)
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
    ap.add_argument("--stores", nargs="+", choices=["yes", "no"], default=["yes", "no"],
                    help="with --store (the first also measures the rebuilds), without")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from synth import generate

    print("| articles | --store | workers | kg build (s) | CPU (s) | tokenizer floor (s) | build / floor | speed-up vs 1 worker | "
          "peak RSS main / worker (MB) | unchanged rebuild (s) | one article changed (s) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus-{n}"
            generate(n, corpus, seed=1)
            floor = run("floor", corpus, "-", 1, "no")
            for store in args.stores:
                one = None
                for w in args.workers:
                    out = Path(tmp) / f"out-{n}-{w}-{store}"
                    built = run("build", corpus, out, w, store)
                    first_row = w == args.workers[0] and store == args.stores[0]
                    rebuilt = changed = None
                    if first_row:  # the first rebuild fills the cache; the second is the no-op
                        run("rebuild", corpus, out, w, store)
                        rebuilt = run("rebuild", corpus, out, w, store)
                        first = sorted(corpus.iterdir())[0]
                        text = first.read_text(encoding="utf-8")
                        # a new match result: the article's graph and the claims across documents change
                        first.write_text(text + "\n\nBrazil beat Mexico 9-7 in a friendly.\n", encoding="utf-8")
                        changed = run("rebuild", corpus, out, w, store)
                        first.write_text(text, encoding="utf-8")  # the next builds read the same corpus
                    one = one or built["seconds"]
                    print(_row(n, store, w, built, floor, one, rebuilt, changed), flush=True)


def _row(n: int, store: str, w: int, built: dict[str, float], floor: dict[str, float], one: float,
         rebuilt: dict[str, float] | None, changed: dict[str, float] | None) -> str:
    rss = f"{built['rss_mb']:.0f} / " + (f"{built['children_rss_mb']:.0f}" if w > 1 else "-")
    row = (f"| {n} | {store} | {w} | {built['seconds']:.1f} | {built['cpu']:.1f} | {floor['seconds']:.2f} | "
           f"{built['seconds'] / floor['seconds']:.1f}x | {one / built['seconds']:.2f}x | {rss} | ")
    if rebuilt and changed:
        return row + f"{rebuilt['seconds']:.2f} | {changed['seconds']:.2f} ({changed['words']:.0f} graph{'s' if changed['words'] != 1 else ''} updated) |"
    return row + " | |"


if __name__ == "__main__":
    main()
