"""Options of the timeline page, kept apart from `timeline.render` so that the CLI can
offer them without loading plotly."""

from __future__ import annotations

from enum import Enum


class GroupBy(str, Enum):
    """What the lanes (rows) of the chart stand for."""

    SOURCE = "source"
    ACTOR = "actor"
    NONE = "none"


class Theme(str, Enum):
    LIGHT = "light"
    DARK = "dark"


class PlotlyJs(str, Enum):
    """How the page gets plotly.js: inlined, from the CDN, or `plotly.min.js` beside it."""

    INLINE = "inline"
    CDN = "cdn"
    DIRECTORY = "directory"
