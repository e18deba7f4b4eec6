"""The one exception family of `timeline`: every message names the file and the problem."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class: the CLI prints `str(error)` as one line and exits 1."""


class InputError(TimelineError):
    """An input file (or path) could not be read as an article."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class DateError(TimelineError):
    """A date given on the command line or in metadata does not parse."""


class OutputError(TimelineError):
    """An output file could not be written."""


class EventsFileError(TimelineError):
    """An events JSON file (for `timeline render`) is missing or invalid."""
