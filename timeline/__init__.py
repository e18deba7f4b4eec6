"""timeline: turn news articles into a dated event timeline."""

from __future__ import annotations

import logging

from timeline.models import (
    Article,
    Event,
    EventDate,
    RawArticle,
    Source,
    TimeExpression,
    Timeline,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Event",
    "EventDate",
    "RawArticle",
    "Source",
    "TimeExpression",
    "Timeline",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
