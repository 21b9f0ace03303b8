"""How soon is graph.html interactive in headless Chromium, against pyvis's default page?

Builds a synthetic source/claim graph of N nodes (articles, tweets, accounts, claims, teams,
people, with the edge kinds kg draws), writes it twice: with kg.render (precomputed layout,
physics off) and with pyvis's default settings (physics on, the baseline), loads each in Debian's
headless Chromium with every network request aborted, and reports the time from navigation until
the page is interactive (kg: first drawn; pyvis: physics stabilised), and their ratio.

    .venv/bin/python bench/html_interactive.py --nodes 200 2000 [--baseline-timeout 240]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright
from pyvis.network import Network

from kg.render import write_html

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def synthetic(n: int, seed: int = 7) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    shares = [("article", 0.12), ("tweet", 0.15), ("account", 0.1), ("claim", 0.4), ("team", 0.05), ("person", 0.18)]
    nodes: dict[str, list[str]] = {}
    for kind, share in shares:
        nodes[kind] = [f"https://kg.example/id/{kind}/{i}" for i in range(max(1, int(n * share)))]
        for iri in nodes[kind]:
            g.add_node(iri, kind=kind, label=f"{kind} {iri.rsplit('/', 1)[-1]}", title=kind,
                       evidence=[{"doc": "a.txt", "text": f"Evidence for {iri}", "begin": 0, "end": 10}])
    for t in nodes["tweet"]:
        g.add_edge(rnd.choice(nodes["account"]), t, key="authored", kind="authored")
        g.add_edge(rnd.choice(nodes["article"]), t, key="embeds", kind="embeds")
    for c in nodes["claim"]:
        for _ in range(rnd.randint(1, 3)):
            g.add_edge(rnd.choice(nodes["article"] + nodes["tweet"]), c, key="originates", kind="originates")
        g.add_edge(c, rnd.choice(nodes["team"] + nodes["person"]), key="about", kind="about")
    return g


def pyvis_default(g: nx.MultiDiGraph, path: Path) -> Path:
    net = Network(cdn_resources="in_line")
    for n, d in g.nodes(data=True):
        net.add_node(n, label=d["label"], title=d["title"])
    for u, v in g.edges():
        net.add_edge(u, v)
    net.write_html(str(path))
    return path


def time_to_interactive(browser, path: Path, ready: str, timeout_s: float) -> float | None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    url = path.resolve().as_uri()
    page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    start = time.perf_counter()
    page.goto(url)
    try:
        page.wait_for_function(ready, timeout=timeout_s * 1000, polling=50)
    except Exception:
        return None
    finally:
        elapsed = time.perf_counter() - start
        page.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, nargs="+", default=[200, 2000])
    ap.add_argument("--baseline-timeout", type=float, default=240.0)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS, headless=True)
        for n in args.nodes:
            g = synthetic(n)
            t0 = time.perf_counter()
            ours = write_html(g, Path(tmp) / f"kg-{n}.html", title="bench")
            write_s = time.perf_counter() - t0
            base = pyvis_default(g, Path(tmp) / f"pyvis-{n}.html")
            kg_s = time_to_interactive(browser, ours, "() => window.kgReady === true", 60)
            pv_s = time_to_interactive(browser, base, "() => typeof network !== 'undefined' && network.physics.stabilized === true",
                                       args.baseline_timeout)
            rows.append((g.number_of_nodes(), g.number_of_edges(), write_s, kg_s, pv_s))
        browser.close()
    print("| nodes | edges | kg write (s) | kg interactive (s) | pyvis default interactive (s) | speed-up |")
    print("|---|---|---|---|---|---|")
    for n, e, w, k, p in rows:
        pv = f"{p:.1f}" if p is not None else f"> {args.baseline_timeout:.0f} (not settled)"
        ratio = f"{p / k:.0f}x" if (p is not None and k) else (f"> {args.baseline_timeout / k:.0f}x" if k else "n/a")
        print(f"| {n} | {e} | {w:.2f} | {k:.2f} | {pv} | {ratio} |")


if __name__ == "__main__":
    main()
