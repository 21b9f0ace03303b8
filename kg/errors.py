"""Every error kg raises on purpose. The CLI turns these into one clear line."""
from __future__ import annotations

import re

# Characters that could break a one-line message or reorder it on a terminal: C0/C1 controls
# (newlines, tabs, escapes), Unicode line/paragraph separators, bidirectional overrides and
# isolates, and lone surrogates (an undecodable byte in a file name, from ``surrogateescape``).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    if c in _NAMED:
        return _NAMED[c]
    o = ord(c)
    if 0xDC80 <= o <= 0xDCFF:  # a raw byte of an undecodable file name
        return f"\\x{o - 0xDC00:02x}"
    return f"\\x{o:02x}" if o <= 0xFF else f"\\u{o:04x}"


def one_line(text: str) -> str:
    """``text`` with control characters, line separators, bidi overrides and lone surrogates
    escaped repr-style (``\\n``, ``\\x1b``, ``\\u202e``): safe to print as part of one line.
    Everything else (quotes, ``<>``, emoji, combining marks, backslashes) is kept as is."""
    return _UNSAFE.sub(_escape, text)


class KgError(Exception):
    """Base class: a problem the user can fix. ``exit_code`` is what the CLI exits with."""

    exit_code = 1


class UsageError(KgError):
    """The command was called wrongly (bad option value, unknown query name...)."""

    exit_code = 2


class InputError(KgError):
    """An input file or folder cannot be read as an article.

    ``path`` is the path as given (unescaped), ``problem`` what is wrong with it, ``reason`` a short
    category for summaries ("empty file", "binary file", ...; empty when not given). The message,
    ``PATH: problem``, is always one line (see :func:`one_line`)."""

    def __init__(self, path: object, problem: str, reason: str = "") -> None:
        self.path = str(path)
        self.problem = problem
        self.reason = reason
        super().__init__(f"{one_line(self.path)}: {one_line(problem)}")

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:  # travels back from worker processes
        return (type(self), (self.path, self.problem, self.reason))


class NoInputError(KgError):
    """The paths given match no article file."""


class DataError(KgError):
    """The data folder (``out/``) is missing or does not hold a kg graph."""


class QueryError(KgError):
    """A SPARQL query could not be parsed or run."""


class ValidationError(KgError):
    """The graph does not conform to ``shapes.ttl``."""
