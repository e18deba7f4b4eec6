"""timeline: turn news articles into a dated event timeline.

    import timeline
    tl = timeline.build_timeline(["seeds/"])
    exprs = timeline.resolve_dates(text, published=datetime.date(2017, 11, 17))
    html = timeline.render_html(tl)            # full page; embed=True gives a fragment
    fig = timeline.to_figure(tl)               # plotly Figure

Heavy stages (plotly, dateparser) load on first use, so `import timeline` stays fast.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from timeline.errors import DateError, EventsFileError, InputError, OutputError, TimelineError
from timeline.models import (
    Article,
    Entity,
    EntityKind,
    Event,
    EventDate,
    EventGranularity,
    Granularity,
    PublishedSource,
    RawArticle,
    Source,
    TimeExpression,
    Timeline,
    TimexType,
)

__version__ = "0.1.0"

_LAZY = {
    "build_timeline": "timeline.pipeline",
    "article_events": "timeline.pipeline",
    "run": "timeline.pipeline",
    "resolve_dates": "timeline.dates",
    "extract_events": "timeline.events",
    "merge_events": "timeline.merge",
    "load_articles": "timeline.ingest",
    "iter_articles": "timeline.ingest",
    "IngestOptions": "timeline.ingest",
    "render_html": "timeline.render",
    "render_timelinejs": "timeline.render",
    "to_figure": "timeline.render",
    "write_static_image": "timeline.render",
    "evaluate": "timeline.evaluate",
    "load_timeline": "timeline.formats",
    "timeline_json": "timeline.formats",
    "format_events": "timeline.formats",
    "load_gold": "timeline.evaluate",
}

__all__ = [
    "Article",
    "DateError",
    "Entity",
    "EntityKind",
    "Event",
    "EventDate",
    "EventGranularity",
    "EventsFileError",
    "Granularity",
    "InputError",
    "OutputError",
    "PublishedSource",
    "RawArticle",
    "Source",
    "TimeExpression",
    "Timeline",
    "TimelineError",
    "TimexType",
    "__version__",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


logging.getLogger(__name__).addHandler(logging.NullHandler())
