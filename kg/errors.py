"""Every error kg raises on purpose. The CLI turns these into one clear line."""
from __future__ import annotations


class KgError(Exception):
    """Base class: a problem the user can fix. ``exit_code`` is what the CLI exits with."""

    exit_code = 1


class UsageError(KgError):
    """The command was called wrongly (bad option value, unknown query name...)."""

    exit_code = 2


class InputError(KgError):
    """An input file or folder cannot be read as an article."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # travels back from worker processes
        return (type(self), (self.path, self.problem))


class NoInputError(KgError):
    """The paths given match no article file."""


class DataError(KgError):
    """The data folder (``out/``) is missing or does not hold a kg graph."""


class QueryError(KgError):
    """A SPARQL query could not be parsed or run."""
