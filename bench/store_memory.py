"""How the memory of a process grows, and what CPU it takes, while pyoxigraph bulk-loads a kg dataset
into an on-disk store in chunks, as ``kg build --store`` does (kg.api.STORE_CHUNK bytes of N-Quads
per load, one after another).

    .venv/bin/python bench/store_memory.py OUT [--chunk-mb 4] [--steps 10] [--pause 0] [--optimize]

``--pause S`` waits S seconds after each load, as when the loads followed the extraction (kg did
that before: RocksDB then compacts after every load, measured at 2.5x the CPU).

OUT is a folder that ``kg build`` wrote (its graph.trig is read). The baseline is the RSS of this
process with the N-Quads in a temporary file and an empty store open, before the first load; each
row is measured after another tenth of the data is loaded. Nothing here is a test.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a folder kg build wrote (graph.trig)")
    parser.add_argument("--chunk-mb", type=float, default=4.0,  # kg.api.STORE_CHUNK, not imported: kg
                        help="MB of N-Quads per bulk load")  # would load spaCy into the process measured
    parser.add_argument("--steps", type=int, default=10, help="rows to print")
    parser.add_argument("--pause", type=float, default=0.0, help="seconds to wait after each load")
    parser.add_argument("--optimize", action="store_true", help="then compact the store, as kg build --store does")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    try:
        nq = work / "data.nq"
        with open(nq, "wb") as fh:  # N-Quads, streamed: the TriG is not held in memory
            ox.serialize(ox.parse(path=str(args.out / "graph.trig"), format=ox.RdfFormat.TRIG), fh,
                         format=ox.RdfFormat.N_QUADS)
        total = nq.stat().st_size
        store = ox.Store(str(work / "store"))
        chunk = int(args.chunk_mb * (1 << 20))
        base = rss_mb()
        print(f"{total / (1 << 20):.0f} MB of N-Quads, loaded in {args.chunk_mb:g} MB chunks; "
              f"baseline RSS {base:.0f} MB")
        print("| loaded | quads | RSS (MB) | RSS - baseline (MB) | CPU (s) |")
        print("|---|---|---|---|---|")
        cpu0, wall0, paused = time.process_time(), time.perf_counter(), 0.0
        done, next_row, rest = 0, total / args.steps, b""
        with open(nq, "rb") as fh:
            while data := fh.read(chunk):
                data = rest + data
                cut = data.rfind(b"\n") + 1
                store.bulk_load(input=data[:cut], format=ox.RdfFormat.N_QUADS)
                rest = data[cut:]
                if args.pause:
                    time.sleep(args.pause)
                    paused += args.pause
                done += len(data) - len(rest)
                if done >= next_row or done >= total:
                    now = rss_mb()
                    print(f"| {done / total:.0%} | {len(store):,} | {now:.0f} | {now - base:+.0f} | "
                          f"{time.process_time() - cpu0:.1f} |", flush=True)
                    next_row += total / args.steps
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        wall = time.perf_counter() - wall0 - paused
        print(f"CPU {time.process_time() - cpu0:.1f} s, wall {wall:.1f} s without the pauses "
              "(the rows' quad counts included)")
        print(f"peak RSS {peak:.0f} MB ({peak - base:+.0f} over the baseline)")
        if args.optimize:
            cpu0, wall0 = time.process_time(), time.perf_counter()
            store.optimize()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"optimize: CPU {time.process_time() - cpu0:.1f} s, wall {time.perf_counter() - wall0:.1f} s, "
                  f"RSS after {rss_mb():.0f} MB, peak RSS {peak:.0f} MB ({peak - base:+.0f} over the baseline)")
        del store
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
