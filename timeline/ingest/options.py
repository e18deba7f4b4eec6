"""Options and results of the ingest stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from timeline.models import RawArticle


class DateOrder(str, Enum):
    """How to read all-numeric dates such as `03/04/2017`. AUTO: as the article itself
    writes dates ("9 February" or "February 9"; else its spelling and style), month first
    when it shows neither."""

    AUTO = "AUTO"
    MDY = "MDY"
    DMY = "DMY"
    YMD = "YMD"


@dataclass(frozen=True)
class IngestOptions:
    """How to read articles.

    `published_overrides` keys are paths as given on the command line (a file or a
    folder); they match a file by the path as given or resolved.
    """

    published_default: dt.date | None = None
    published_overrides: Mapping[str, dt.date] = field(default_factory=dict)
    date_order: DateOrder = DateOrder.AUTO
    strict: bool = False


DEFAULT_OPTIONS = IngestOptions()


@dataclass(frozen=True)
class Skipped:
    """An input that was not read as an article, and why (one line)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class LoadResult:
    """Everything `load_articles` read, skipped and noticed (notes are one-liners)."""

    articles: list[RawArticle] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
