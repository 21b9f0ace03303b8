"""The README documents every command and opens with the two set-up commands (as sqlite-utils'
test_docs.py checks its docs)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.cli import app
from kg.sparql import bundled

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]


@pytest.mark.parametrize("command", COMMANDS)
def test_command_in_readme(command: str) -> None:
    assert re.search(rf"`kg {command}\b", README), f"kg {command} is not documented in README.md"


@pytest.mark.parametrize("query", sorted(bundled()))
def test_bundled_query_in_readme(query: str) -> None:
    assert f"`{query}`" in README


def test_readme_opens_with_the_two_commands() -> None:
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, flags=re.S)
    assert len(blocks) >= 2
    assert "kg build seeds/ -o out/" in blocks[0]
    assert "tests/run" in blocks[1]
    assert "tests/run" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
