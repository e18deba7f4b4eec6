"""Render a Timeline: interactive Plotly HTML (page or embeddable fragment), TimelineJS
JSON, and static PNG/SVG images.

All article text is untrusted: it is HTML-escaped in markup and in Plotly text (Plotly
renders a few tags in hover/tick/legend text), and JSON placed in `<script>` has `<`, `>`,
`&`, U+2028 and U+2029 escaped. Only http(s) URLs become links.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import logging
import textwrap
import uuid
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio
import plotly.offline

from timeline.errors import OutputError
from timeline.models import Article, Event, EventDate, EventGranularity, PublishedSource, Timeline

LOGGER = logging.getLogger(__name__)


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


GL_THRESHOLD = 1_000  # more (event, lane) points than this: WebGL markers
LABEL_LIMIT = 150  # more points than this: no text labels beside markers
LABEL_CHARS = 30
LANE_LABEL_CHARS = 34
LEGEND_CHARS = 30
HOVER_WRAP = 64
HOVER_SENTENCE_CHARS = 300
# More points than this: hovers leave out the sentence (a click shows it in the details
# panel), which would otherwise be most of a large page.
HOVER_SENTENCE_LIMIT = 1_000
MAX_ROWS_PER_LANE = 6
ROW_PX = 26
LANE_GAP_ROWS = 0.8
PLOT_MARGIN_PX = 150  # room above/below the lanes: buttons, legend, range slider
MIN_HEIGHT_PX = 380
ASSUMED_PLOT_PX = 640  # plot width used to keep text labels apart in the initial view
CHAR_PX = 6.4
MAX_LABEL_SHARE = 0.4  # a label may take at most this share of the plot width
MARKER_PX = 14
VIEW_SHARE = 0.8  # initial view: the shortest date window holding this share of events ...
VIEW_PAD_FRACTION, VIEW_MIN_PAD_DAYS = 0.08, 4  # ... padded by this much
BAR_ALPHA = 0.42
MS_PER_DAY = 86_400_000
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1",
           "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#7f7f7f")  # fmt: skip
THEMES: dict[Theme, dict[str, str]] = {
    Theme.LIGHT: {"template": "plotly_white", "bg": "#ffffff", "fg": "#1f2328",
                  "muted": "#57606a", "band": "rgba(0,0,0,0.035)", "grid": "#e6e8eb",
                  "button": "#eef0f3", "active": "#d0d7de"},
    Theme.DARK: {"template": "plotly_dark", "bg": "#16181d", "fg": "#e6e6e6",
                 "muted": "#a0a7b0", "band": "rgba(255,255,255,0.045)", "grid": "#2c3038",
                 "button": "#2c3038", "active": "#4a5260"},
}  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip
MOD_WORDS = {"APPROX": "about", "START": "early", "MID": "mid", "END": "late",
             "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "on or before",
             "ON_OR_AFTER": "on or after", "LESS_THAN": "less than",
             "MORE_THAN": "more than"}  # fmt: skip
OTHER_LANE = "other"
OTHER_SOURCES = "Other sources"
TABLE_SOURCES = 3  # source titles named in a table row; "and N more" after them
MAX_LANES = 30  # more lanes than this: the smallest share one "other" lane
ALL_LANE = "All events"
LINK_SCHEMES = ("http://", "https://")
CDN_URL = "https://cdn.plot.ly/plotly-{version}.min.js"
DIRECTORY_SCRIPT = "plotly.min.js"
STATIC_FORMATS = ("png", "svg")
ROOT_SELECTOR = ".tl-root"


# ---------------------------------------------------------------- text helpers


def _esc(text: str) -> str:
    """Escape text for HTML and for Plotly's pseudo-HTML (which knows &lt; &gt; &amp;)."""
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _script_json(text: str) -> str:
    """JSON text made safe inside <script>: no `</` (so no `</script>`), no `<!` (so no
    `<!--`), no JS line separators. `<` can only stand inside JSON strings, where `\\/` and
    `\\u0021` are plain escapes; hover markup such as `<br>` keeps its one byte."""
    for char, code in (("</", "<\\/"), ("<!", "<\\u0021"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, code)
    return text


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (never `javascript:` or `data:`)."""
    if url and url.strip().lower().startswith(LINK_SCHEMES):
        return url.strip()
    return None


def _day(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def date_label(date: EventDate) -> str:
    """The resolved date at its precision: '17 Nov 2017', 'week of 6 Nov 2017', '2016'."""
    start, gran = date.start, date.granularity
    labels = {
        EventGranularity.DAY: _day(start),
        EventGranularity.WEEK: f"week of {_day(start)}",
        EventGranularity.MONTH: f"{MONTHS[start.month - 1]} {start.year}",
        EventGranularity.QUARTER: f"Q{(start.month - 1) // 3 + 1} {start.year}",
        EventGranularity.YEAR: str(start.year),
        EventGranularity.DECADE: f"{start.year // 10 * 10}s",
    }
    label = labels[gran]
    if gran is EventGranularity.DAY and date.end != start:
        label = f"{_day(start)} – {_day(date.end)}"
    if date.mod:
        label = f"{MOD_WORDS.get(date.mod.upper(), date.mod.lower())} {label}"
    return label


# ---------------------------------------------------------------- layout of points


@dataclass
class _Point:
    """One drawing of an event in one lane."""

    event: int
    lane: str
    colour_key: str
    source: int  # index into event.sources of the source this drawing stands for
    bar: bool
    hollow: bool
    row: int = 0
    label: str = ""


Articles = dict[str, Article]


def _is_inferred(event: Event, arts: Articles) -> bool:
    """Dated only by a publication date that was itself inferred."""
    art = arts.get(event.sources[0].article_id)
    return event.date.text is None and art is not None and (
        art.published_source is PublishedSource.INFERRED
    )


def _lane_keys(event: Event, group_by: GroupBy) -> list[tuple[str, int]]:
    """(lane key, source index) pairs: where the event is drawn."""
    if group_by is GroupBy.SOURCE:
        seen: dict[str, int] = {}
        for i, src in enumerate(event.sources):
            seen.setdefault(src.article_id, i)
        return list(seen.items())
    if group_by is GroupBy.ACTOR:
        person = next((e.name for e in event.entities if e.kind.value == "person"), None)
        return [(person or OTHER_LANE, 0)]
    return [(ALL_LANE, 0)]


def _lane_order(tl: Timeline, group_by: GroupBy, points: list[_Point]) -> list[str]:
    keys = list(dict.fromkeys(p.lane for p in points))
    if group_by is GroupBy.SOURCE:
        rank = {a.id: (a.published, a.title) for a in tl.articles}
        return sorted(keys, key=lambda k: (k == OTHER_LANE, k not in rank,
                                           rank.get(k, (dt.date.min, k))))  # fmt: skip
    counts = Counter(p.lane for p in points)
    return sorted(keys, key=lambda k: (k == OTHER_LANE, -counts[k], k))


def _lane_labels(arts: Articles, group_by: GroupBy, lanes: list[str]) -> dict[str, str]:
    """Short, unique, escaped tick labels."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for key in lanes:
        art = arts.get(key) if group_by is GroupBy.SOURCE else None
        name = OTHER_SOURCES if key == OTHER_LANE and group_by is GroupBy.SOURCE else key
        base = _shorten(art.title if art else name, LANE_LABEL_CHARS)
        label, n = base, 2
        while label in used:
            label, n = f"{base} ({n})", n + 1
        used.add(label)
        out[key] = _esc(label)
    return out


def _view_range(events: list[Event]) -> tuple[dt.date, dt.date] | None:
    """Initial x range: the shortest window holding most (VIEW_SHARE) events, padded;
    outliers stay reachable through the range slider."""
    if not events:
        return None
    days = sorted((e.date.start.toordinal(), e.date.end.toordinal()) for e in events)
    size = max(1, round(VIEW_SHARE * len(days)))
    first = min(range(len(days) - size + 1), key=lambda i: days[i + size - 1][0] - days[i][0])
    window = days[first : first + size]
    low, high = window[0][0], max(end for _, end in window) + 1
    # Take in the events just outside it too (within one window width): only real
    # outliers (a 2016 event on a 2017 story) are left to the range slider.
    width = max(high - low, VIEW_MIN_PAD_DAYS)
    low = min([low, *(start for start, _ in days if low - width <= start < low)])
    high = max([high, *(end + 1 for start, end in days if high <= start <= high + width)])
    pad = max(VIEW_MIN_PAD_DAYS, round((high - low) * VIEW_PAD_FRACTION))
    return dt.date.fromordinal(low - pad), dt.date.fromordinal(high + pad)


def _fit_labels(
    view: tuple[dt.date, dt.date], tl: Timeline, points: list[_Point]
) -> tuple[dt.date, dt.date]:
    """Move the view's end right so that the labels of its last points fit."""
    start, end = view[0].toordinal(), view[1].toordinal()
    new_end = float(end)
    for p in points:
        date = tl.events[p.event].date
        x = date.end.toordinal() + 1 if p.bar else date.start.toordinal()
        if not start <= x <= end:
            continue
        label_px = len(_shorten(tl.events[p.event].headline, LABEL_CHARS)) * CHAR_PX + MARKER_PX
        share = min(MAX_LABEL_SHARE, label_px / ASSUMED_PLOT_PX)
        new_end = max(new_end, (x - share * start) / (1 - share))
    return view[0], dt.date.fromordinal(int(new_end) + 1)


def _pack_rows(
    points: list[_Point], tl: Timeline, view: tuple[dt.date, dt.date]
) -> dict[str, int]:
    """Give each point a row inside its lane so that labels in the initial view do not
    overlap; label only the points that fit. Returns the number of rows of each lane."""
    days_per_px = max(1, (view[1] - view[0]).days) / ASSUMED_PLOT_PX
    with_labels = len(points) <= LABEL_LIMIT
    ends: dict[str, list[float]] = {}
    for p in sorted(points, key=lambda p: tl.events[p.event].date.start):
        date = tl.events[p.event].date
        left = date.start.toordinal() - MARKER_PX / 2 * days_per_px
        right = (date.end.toordinal() + 1) if p.bar else (date.start.toordinal())
        right += MARKER_PX / 2 * days_per_px
        label = _shorten(tl.events[p.event].headline, LABEL_CHARS) if with_labels else ""
        rows = ends.setdefault(p.lane, [])
        free = next((i for i, end in enumerate(rows) if end <= left), None)
        if free is None and len(rows) < MAX_ROWS_PER_LANE:
            rows.append(right)
            free = len(rows) - 1
        if free is None:  # lane full: reuse the row that frees first, without a label
            free = min(range(len(rows)), key=rows.__getitem__)
            label = ""
        p.row, p.label = free, _esc(label)
        rows[free] = max(rows[free], right + len(label) * CHAR_PX * days_per_px)
    return {lane: len(rows) for lane, rows in ends.items()}


def _hover(event: Event, arts: Articles, source: int, inferred: bool) -> str:
    """Hover text: escaped for Plotly."""
    title, more = _hover_source(event, arts, source)
    return _hover_head(event, source, inferred, True) + f"<br><i>{title}</i>{more}"


def _hover_head(event: Event, source: int, inferred: bool, sentence: bool) -> str:
    """The hover lines above the article title; the sentence only if `sentence`."""
    src = event.sources[source]
    written = src.date_text or event.date.text
    when = f"<b>{_esc(date_label(event.date))}</b>"
    if written:
        when += f" · written “{_esc(written)}”"
    else:
        when += " · from the publication date"
    lines = [f"<b>{_esc(_shorten(event.headline, HOVER_WRAP * 2))}</b>", when]
    if inferred:
        lines.append("<i>publication date inferred: date uncertain</i>")
    elif event.date.mod:
        lines.append(f"<i>approximate ({_esc(event.date.mod)})</i>")
    if sentence:
        wrapped = textwrap.wrap(_shorten(event.sentence, HOVER_SENTENCE_CHARS), HOVER_WRAP)
        lines += [_esc(line) for line in wrapped]
    return "<br>".join(lines)


def _hover_source(event: Event, arts: Articles, source: int) -> tuple[str, str]:
    """The hover's last line, escaped: the article's title, and ' (+n)' other sources."""
    src = event.sources[source]
    art = arts.get(src.article_id)
    title = art.title if art else src.article_id
    more = len({s.article_id for s in event.sources}) - 1
    return _esc(_shorten(title, HOVER_WRAP)), f" (+{more})" if more else ""


# ---------------------------------------------------------------- figure


def _build_points(tl: Timeline, arts: Articles, group_by: GroupBy) -> list[_Point]:
    """One point per (event, lane). Past MAX_LANES lanes, the smallest share one "other"
    lane (and one colour), so a corpus of thousands of articles stays readable."""
    placed = [(i, _lane_keys(ev, group_by)) for i, ev in enumerate(tl.events)]
    sizes = Counter(lane for _, keys in placed for lane, _ in keys)
    kept = {lane for lane, _ in sizes.most_common(MAX_LANES - 1)} if len(sizes) > MAX_LANES \
        else set(sizes)  # fmt: skip
    points: list[_Point] = []
    for i, keys in placed:
        ev = tl.events[i]
        bar = ev.date.granularity is not EventGranularity.DAY or ev.date.end > ev.date.start
        hollow = bool(ev.date.mod) or _is_inferred(ev, arts)
        lanes_done: set[str] = set()
        for lane, src in keys:
            lane = lane if lane in kept else OTHER_LANE
            if lane in lanes_done:
                continue
            lanes_done.add(lane)
            colour = lane if group_by is GroupBy.SOURCE else ev.sources[0].article_id
            if colour not in kept:
                colour = OTHER_LANE
            points.append(_Point(i, lane, colour, src, bar, hollow))
    return points


@dataclass
class _Layout:
    points: list[_Point]
    lanes: list[str]  # top to bottom
    rows: dict[str, int]  # rows per lane
    tops: dict[str, float]  # y of each lane's first row
    view: tuple[dt.date, dt.date] | None


def _layout_points(tl: Timeline, arts: Articles, group_by: GroupBy) -> _Layout:
    """Points with rows, lane order, lane positions (in rows) and the initial view."""
    points = _build_points(tl, arts, group_by)
    view = _view_range(tl.events)
    if view and len(points) <= LABEL_LIMIT:
        view = _fit_labels(view, tl, points)
    rows = _pack_rows(points, tl, view) if view else {}
    lanes = _lane_order(tl, group_by, points)
    tops: dict[str, float] = {}
    y = 0.0
    for lane in lanes:
        tops[lane] = y
        y += rows[lane] + LANE_GAP_ROWS
    return _Layout(points, lanes, rows, tops, view)


def to_figure(
    tl: Timeline,
    *,
    group_by: GroupBy = GroupBy.SOURCE,
    theme: Theme = Theme.LIGHT,
    title: str | None = None,
) -> go.Figure:
    """A Plotly figure: one lane per source (or actor, or one lane), markers for
    day-precision events, lighter bars for coarser ones; one point per (event, lane)."""
    return go.Figure(_figure_dict(tl, GroupBy(group_by), Theme(theme), title))


def _figure_dict(tl: Timeline, group_by: GroupBy, theme: Theme, title: str | None) -> Any:
    """The figure as plain data (Plotly's validation is slow for 10,000 points)."""
    colours = THEMES[theme]
    arts = {a.id: a for a in tl.articles}
    lay = _layout_points(tl, arts, group_by)
    points, tops = lay.points, lay.tops
    labels = _lane_labels(arts, group_by, lay.lanes)
    colour_keys = list(dict.fromkeys([a.id for a in tl.articles] + [p.colour_key for p in points]))
    palette = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(colour_keys)}
    use_gl = len(points) > GL_THRESHOLD
    with_sentence = len(points) <= HOVER_SENTENCE_LIMIT
    inferred = [_is_inferred(ev, arts) for ev in tl.events]
    buckets: dict[tuple[str, bool], list[_Point]] = {}
    for p in points:
        buckets.setdefault((p.colour_key, p.bar), []).append(p)
    traces: list[dict[str, Any]] = []
    for key in dict.fromkeys(p.colour_key for p in points):
        art = arts.get(key)
        name = _esc(_shorten(art.title if art else key, LEGEND_CHARS))
        first = True
        for bar in (False, True):
            group = buckets.get((key, bar), [])
            group.sort(key=lambda p: p.hollow)  # the legend shows the first point's style
            if not group:
                continue
            evs = [tl.events[p.event] for p in group]
            pairs = list(zip(evs, group, strict=True))
            common: dict[str, Any] = {
                "name": name, "legendgroup": key, "showlegend": first,
                "y": [tops[p.lane] + p.row for p in group], "text": [p.label for p in group],
            }  # fmt: skip
            if with_sentence:
                common["customdata"] = [[e.id, p.event] for e, p in pairs]
                common["hovertext"] = [_hover(e, arts, p.source, inferred[p.event])
                                       for e, p in pairs]  # fmt: skip
                common["hoverinfo"] = "text"
            else:  # the title line, the same for the whole trace, is written once
                common["customdata"] = [[e.id, p.event, _hover_source(e, arts, p.source)[1]]
                                        for e, p in pairs]  # fmt: skip
                common["hovertext"] = [_hover_head(e, p.source, inferred[p.event], False)
                                       for e, p in pairs]  # fmt: skip
                common["meta"] = [_hover_source(evs[0], arts, group[0].source)[0]]
                common["hovertemplate"] = (
                    "%{hovertext}<br><i>%{meta[0]}</i>%{customdata[2]}<extra></extra>"
                )
            first = False
            colour = palette[key]
            if bar:
                traces.append(dict(
                    type="bar", orientation="h", base=[e.date.start.isoformat() for e in evs],
                    x=[((e.date.end - e.date.start).days + 1) * MS_PER_DAY for e in evs],
                    width=0.62, textposition="outside", constraintext="none",
                    textfont={"size": 11, "color": colours["muted"]},
                    marker={"color": _rgba(colour, BAR_ALPHA),
                            "line": {"color": colour, "width": 1},
                            "pattern": {"shape": ["/" if p.hollow else "" for p in group],
                                        "fgcolor": colour, "size": 6}},
                    **common))  # fmt: skip
            else:
                traces.append(dict(
                    type="scattergl" if use_gl else "scatter",
                    x=[e.date.start.isoformat() for e in evs],
                    mode="markers+text" if any(p.label for p in group) else "markers",
                    textposition="middle right", textfont={"size": 11, "color": colours["muted"]},
                    marker={"color": colour, "size": 11,
                            "symbol": ["circle-open" if p.hollow else "circle" for p in group],
                            "line": {"width": 2, "color": colour}},
                    **common))  # fmt: skip
    return {"data": traces, "layout": _layout(lay, labels, theme, title)}


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _layout(
    lay: _Layout, labels: dict[str, str], theme: Theme, title: str | None
) -> dict[str, Any]:
    """Axes, lane bands, range slider and buttons, legend, theme."""
    colours = THEMES[theme]
    lanes, rows, tops, view = lay.lanes, lay.rows, lay.tops, lay.view
    total = sum(rows.values()) + LANE_GAP_ROWS * max(0, len(lanes) - 1)
    bands = [
        {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "layer": "below", "line": {"width": 0},
         "y0": tops[k] - 0.5 - LANE_GAP_ROWS / 2, "y1": tops[k] + rows[k] - 0.5 + LANE_GAP_ROWS / 2,
         "fillcolor": colours["band"]}
        for i, k in enumerate(lanes) if i % 2 == 0
    ]  # fmt: skip
    buttons = [{"step": "all", "label": "all"}] + [
        {"count": 1, "step": s, "stepmode": "backward", "label": s} for s in ("year", "month")
    ] + [{"count": 7, "step": "day", "stepmode": "backward", "label": "week"}]
    xaxis: dict[str, Any] = {
        "type": "date", "showgrid": True, "gridcolor": colours["grid"],
        "rangeslider": {"visible": True, "thickness": 0.08},
        "rangeselector": {"buttons": buttons, "x": 0, "y": 1.0, "yanchor": "bottom",
                          "font": {"size": 11, "color": colours["fg"]},
                          "bgcolor": colours["button"], "activecolor": colours["active"]},
    }  # fmt: skip
    if view:
        xaxis["range"] = [view[0].isoformat(), view[1].isoformat()]
    return {
        "template": colours["template"],
        "paper_bgcolor": colours["bg"], "plot_bgcolor": colours["bg"],
        "font": {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
              "size": 12, "color": colours["fg"]},
        "title": {"text": _esc(title), "x": 0.01} if title else None,
        "height": max(MIN_HEIGHT_PX, int(total * ROW_PX + PLOT_MARGIN_PX)),
        "margin": {"l": 10, "r": 20, "t": 70 if title else 40, "b": 20},
        "hovermode": "closest", "barmode": "overlay", "shapes": bands, "xaxis": xaxis,
        "hoverlabel": {"align": "left", "font": {"size": 12}},
        "yaxis": {"tickmode": "array", "tickvals": [tops[k] + (rows[k] - 1) / 2 for k in lanes],
               "ticktext": [labels[k] for k in lanes], "range": [total - 0.5 + 0.4, -0.9],
               "fixedrange": True, "showgrid": False, "zeroline": False, "automargin": True},
        "legend": {"orientation": "h", "x": 0, "y": 0, "yref": "container", "yanchor": "bottom",
                "font": {"size": 11}, "itemclick": "toggle", "itemdoubleclick": "toggleothers"},
    }  # fmt: skip


# ---------------------------------------------------------------- HTML


def plotlyjs_source() -> str:
    """The plotly.min.js bundled with the plotly package (offline)."""
    return str(plotly.offline.get_plotlyjs())


def _asset(name: str) -> str:
    return resources.files("timeline").joinpath("assets", name).read_text(encoding="utf-8")


def _article_payload(article_id: str, arts: Articles) -> dict[str, Any]:
    """An article as the details panel lists it (raw text, like the rest of the payload)."""
    art = arts.get(article_id)
    return {
        "title": art.title if art else article_id,
        "published": _day(art.published) if art else None,
        "published_source": art.published_source.value if art else None,
        "url": safe_url(art.url) if art else None,
    }


def _event_payload(ev: Event, arts: Articles, article_index: dict[str, int]) -> dict[str, Any]:
    """What the details panel shows (raw text: the page's JS puts it in with textContent).
    Sources name their article by its index in the payload's `articles`, written once."""
    written = ev.sources[0].date_text or ev.date.text
    lower = ev.sentence.lower()
    at = lower.find(written.lower()) if written else -1
    sources = [{"article": article_index.setdefault(src.article_id, len(article_index)),
                "date_text": src.date_text} for src in ev.sources]  # fmt: skip
    return {
        "id": ev.id, "headline": ev.headline, "sentence": ev.sentence,
        "mark": [at, at + len(written)] if written and at >= 0 else None,
        "date": {"label": date_label(ev.date), "text": written, "value": ev.date.value,
                 "granularity": ev.date.granularity.value, "mod": ev.date.mod,
                 "start": ev.date.start.isoformat(), "end": ev.date.end.isoformat(),
                 "inferred": _is_inferred(ev, arts)},
        "confidence": ev.confidence, "sources": sources,
    }  # fmt: skip


def _payload(tl: Timeline, arts: Articles, links: dict[str, Any]) -> dict[str, Any]:
    """The page's data besides the figure: events for the details panel, the articles
    they cite (each once), the links between drawings of one event, Plotly's config."""
    article_index: dict[str, int] = {}
    events = [_event_payload(ev, arts, article_index) for ev in tl.events]
    return {
        "events": events,
        "articles": [_article_payload(article_id, arts) for article_id in article_index],
        "links": links,
        "config": {"displaylogo": False, "responsive": True,
                   "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"]},
    }  # fmt: skip


def _table(tl: Timeline, arts: Articles, root: str) -> str:
    heads = ("Date", "Headline", "Sources")
    sort_attr = ' aria-sort="ascending"'
    th = "".join(
        f'<th scope="col"{sort_attr if i == 0 else ""}>'
        f'<button type="button" data-col="{i}">{h}<span aria-hidden="true"></span></button></th>'
        for i, h in enumerate(heads)
    )
    rows = []
    order = sorted(range(len(tl.events)), key=lambda i: (tl.events[i].date.start, i))
    for rank, i in enumerate(order):
        ev = tl.events[i]
        titles = dict.fromkeys(
            (a.title if (a := arts.get(s.article_id)) else s.article_id) for s in ev.sources
        )
        names = list(titles)
        sources = "; ".join(_esc(t) for t in names[:TABLE_SOURCES])
        if len(names) > TABLE_SOURCES:  # the details panel lists them all
            sources += f" and {len(names) - TABLE_SOURCES} more"
        rows.append(
            f'<tr data-ev="{i}"><td data-sort="{rank:07d}">{_esc(date_label(ev.date))}</td>'
            f'<td><button type="button" class="tl-evbtn" data-ev="{i}">{_esc(ev.headline)}'
            f"</button></td><td>{sources}</td></tr>"
        )
    caption = (f"All {len(tl.events)} events, by date. Sort with the column buttons; "
               "a headline button shows the event's details.")  # fmt: skip
    return (f'<table class="tl-table" id="{root}-table"><caption>{caption}</caption>'
            f'<thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>')  # fmt: skip


def _links(tl: Timeline, traces: list[dict[str, Any]]) -> dict[str, list[list[Any]]]:
    """For events drawn in several lanes: every drawing's [x0, x1 or None, y]."""
    out: dict[str, list[list[Any]]] = {}
    for trace in traces:
        is_bar = trace["type"] == "bar"
        for k, (_eid, idx, *_) in enumerate(trace["customdata"]):
            ev = tl.events[idx]
            x1 = (ev.date.end + dt.timedelta(days=1)).isoformat() if is_bar else None
            out.setdefault(str(idx), []).append([ev.date.start.isoformat(), x1, trace["y"][k]])
    return {k: v for k, v in out.items() if len(v) > 1}


def _plotly_script(plotlyjs: PlotlyJs, embed: bool) -> str:
    if plotlyjs is PlotlyJs.INLINE:
        code = plotlyjs_source()
        if embed:  # several fragments on one page: only the first one loads plotly.js
            return f"<script>if (!window.Plotly) {{\n{code}\n}}</script>"
        return f"<script>{code}</script>"
    if embed:
        return ""  # the host page provides plotly.js
    if plotlyjs is PlotlyJs.CDN:
        version = plotly.offline.get_plotlyjs_version()
        return f'<script src="{CDN_URL.format(version=version)}" charset="utf-8"></script>'
    return f'<script src="{DIRECTORY_SCRIPT}" charset="utf-8"></script>'


def render_html(
    tl: Timeline,
    *,
    embed: bool = False,
    title: str | None = None,
    theme: Theme = Theme.LIGHT,
    group_by: GroupBy = GroupBy.SOURCE,
    plotlyjs: PlotlyJs = PlotlyJs.INLINE,
) -> str:
    """The interactive timeline: a whole HTML page, or with `embed=True` a fragment (no
    <html>/<head>/<body>, unique root id, CSS scoped to that id).

    plotly.js: INLINE puts it in the page (in a fragment, guarded so it runs only once per
    host page); CDN links cdn.plot.ly; DIRECTORY expects `plotly.min.js` beside the page
    (write it with `plotlyjs_source()`). A fragment with CDN or DIRECTORY emits no plotly.js:
    the host page must load it (before or after the fragment, by the window `load` event).
    """
    theme, group_by, plotlyjs = Theme(theme), GroupBy(group_by), PlotlyJs(plotlyjs)
    fig = _figure_dict(tl, group_by, theme, None)
    arts = {a.id: a for a in tl.articles}
    links = _links(tl, fig["data"])
    fig["layout"]["template"] = pio.templates[fig["layout"]["template"]].to_plotly_json()
    fig_json = json.dumps(fig, separators=(",", ":"))
    digest = hashlib.sha1(fig_json.encode("utf-8")).hexdigest()[:10]
    root = f"tl-{digest}-{uuid.uuid4().hex[:8]}" if embed else f"tl-{digest}"
    payload = json.dumps(_payload(tl, arts, links), separators=(",", ":"))
    data = _script_json('{"figure":' + fig_json + "," + payload[1:])
    heading = _esc(title or "Timeline")
    dates = [e.date.start for e in tl.events]
    span = f", {_day(min(dates))} to {_day(max(dates))}" if dates else ""
    css = _asset("timeline.css")
    if embed:
        css = css.replace(ROOT_SELECTOR, f"#{root}")
    body = Template(_asset("fragment.html")).substitute(
        theme=theme.value, root=root, css=css, tag="h2" if embed else "h1", heading=heading,
        summary=f"{len(tl.events)} events from {len(tl.articles)} articles{span}.",
        table=_table(tl, arts, root), data=data)  # fmt: skip
    scripts = (f"<script>{_asset('timeline.js')}</script>\n"
               f'<script>window.TimelineView.mount("{root}");</script>')  # fmt: skip
    if embed:
        return "\n".join(filter(None, [body, _plotly_script(plotlyjs, True), scripts])) + "\n"
    return Template(_asset("page.html")).substitute(
        heading=heading, css=_asset("page.css"), plotly=_plotly_script(plotlyjs, False),
        theme=theme.value, body=body, scripts=scripts)  # fmt: skip


# ---------------------------------------------------------------- other formats


def _tljs_date(d: dt.date, gran: EventGranularity) -> dict[str, int]:
    out = {"year": d.year}
    if gran in (EventGranularity.YEAR, EventGranularity.DECADE):
        return out
    out["month"] = d.month
    if gran not in (EventGranularity.MONTH, EventGranularity.QUARTER):
        out["day"] = d.day
    return out


def render_timelinejs(tl: Timeline) -> str:
    """Knight Lab TimelineJS JSON (text fields are HTML there, so they are escaped)."""
    events = []
    arts = {a.id: a for a in tl.articles}
    for ev in tl.events:
        art = arts.get(ev.sources[0].article_id)
        item: dict[str, Any] = {
            "start_date": _tljs_date(ev.date.start, ev.date.granularity),
            "text": {"headline": _attr(ev.headline), "text": _attr(ev.sentence)},
            "group": _attr(art.title if art else ev.sources[0].article_id),
            "display_date": _attr(date_label(ev.date)),
            "unique_id": ev.id,
        }
        if ev.date.end != ev.date.start:
            item["end_date"] = _tljs_date(ev.date.end, ev.date.granularity)
        events.append(item)
    title = {"text": {"headline": "Timeline",
                      "text": f"{len(tl.events)} events from {len(tl.articles)} articles"}}
    return json.dumps({"title": title, "events": events}, ensure_ascii=False, indent=2)


def write_static_image(
    tl: Timeline,
    path: Path,
    *,
    fmt: str,
    width: int = 1280,
    height: int | None = None,
    scale: float = 1.0,
    theme: Theme = Theme.LIGHT,
    group_by: GroupBy = GroupBy.SOURCE,
    title: str | None = None,
) -> None:
    """Write a PNG or SVG of `to_figure` with kaleido; OutputError if that is impossible."""
    fmt = fmt.lower()
    if fmt not in STATIC_FORMATS:
        raise OutputError(f"{path}: cannot write a {fmt!r} image (use png or svg)")
    try:
        import kaleido  # noqa: F401
    except ImportError as exc:
        raise OutputError(
            f"{path}: cannot write {fmt.upper()}: the kaleido package is not installed "
            "(pip install kaleido)"
        ) from exc
    fig = to_figure(tl, group_by=group_by, theme=theme, title=title)
    fig.update_xaxes(rangeslider_visible=False, rangeselector_visible=False)
    try:
        data = fig.to_image(format=fmt, width=width, height=height, scale=scale)
    except Exception as exc:  # kaleido raises various errors when no Chromium is found
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise OutputError(
            f"{path}: cannot write {fmt.upper()}: kaleido failed (is Chrome/Chromium "
            f"installed?): {reason}"
        ) from exc
    from timeline.io import write_atomic

    write_atomic(Path(path), data)
    LOGGER.info("wrote %s", path)
