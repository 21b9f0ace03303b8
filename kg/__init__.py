"""kg: a knowledge graph of who says what in football news.

Library API (the CLI is a thin layer over it)::

    import kg
    ds = kg.build(["seeds/"])                  # rdflib.Dataset, one named graph per article
    rows = kg.query(ds, "teams")               # a bundled query by name, a .rq file or SPARQL text
    kg.render_html(ds, "out/graph.html")       # the interactive, offline HTML graph
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import build, build_to, query, render_html  # noqa: E402

__all__ = ["__version__", "build", "build_to", "query", "render_html"]
