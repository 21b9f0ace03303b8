"""kg: a knowledge graph of who says what in football news.

Library API (the CLI is a thin layer over it)::

    import kg
    ds = kg.build(["seeds/"])                  # rdflib.Dataset, one named graph per article
    rows = kg.query(ds, "teams")               # a bundled query by name, a .rq file or SPARQL text
    kg.render_html(ds, "out/graph.html")       # the interactive, offline HTML graph

The API is imported when first used (PEP 562): ``import kg`` does not load spaCy and the
extractors, so commands that only read a built graph (``kg query``, ``kg serve``, ``kg push``,
``kg export``, ``kg validate``) start without them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "build", "build_to", "query", "render_html"]

if TYPE_CHECKING:
    from .api import build, build_to, query, render_html


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
