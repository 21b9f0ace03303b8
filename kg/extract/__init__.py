"""The extractors: one module each, listed here. Each exposes ``extract(article) -> Iterator[Finding]``.

To add an extractor, write a module with an ``extract`` function and add it to ``REGISTRY``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ..findings import Finding
from ..reader import Article
from . import fan_acts, matches, people, sources, teams, tweets

Extractor = Callable[[Article], Iterable[Finding]]

REGISTRY: dict[str, Extractor] = {
    "teams": teams.extract,
    "people": people.extract,
    "fan_acts": fan_acts.extract,
    "sources": sources.extract,
    "tweets": tweets.extract,
    "matches": matches.extract,
}


def extract_all(article: Article, names: Iterable[str] | None = None) -> list[Finding]:
    """Run the registered extractors (all, or those named) over one article."""
    out: list[Finding] = []
    for name in names or REGISTRY:
        out.extend(REGISTRY[name](article))
    return out
