"""Render a Timeline: interactive Plotly HTML (page or embeddable fragment), TimelineJS
JSON, and static PNG/SVG images.

All article text is untrusted: it is HTML-escaped in markup and in Plotly text (Plotly
renders a few tags in hover/tick/legend text), and JSON placed in `<script>` has `</`,
`<!`, U+2028 and U+2029 escaped. Only http(s) URLs become links.

Modules: `base` (options, constants, escaping, date labels), `figure` (the Plotly
figure), `page` (the HTML page and fragment), `export` (TimelineJS, PNG/SVG).
"""

from __future__ import annotations

from timeline.page_options import GroupBy, PlotlyJs, Theme
from timeline.render.base import (
    GL_THRESHOLD,
    date_label,
    safe_url,
)
from timeline.render.export import render_timelinejs, static_image, write_static_image
from timeline.render.figure import to_figure
from timeline.render.page import plotlyjs_source, render_html

__all__ = [
    "GL_THRESHOLD",
    "GroupBy",
    "PlotlyJs",
    "Theme",
    "date_label",
    "plotlyjs_source",
    "render_html",
    "render_timelinejs",
    "safe_url",
    "static_image",
    "to_figure",
    "write_static_image",
]
