"""Fixtures shared by the extractor tests; the plain helpers live in helpers.py."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import article

from kg.reader import Article


@pytest.fixture
def football() -> Callable[..., Article]:
    """Factory fixture: ``football(body, date=...)`` -> an Article with football context."""
    return article
