"""The Plotly figure: lanes, rows, markers for days and bars for coarser dates."""

from __future__ import annotations

import datetime as dt
import logging
import textwrap
from collections import Counter
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from timeline.models import Event, EventGranularity, PublishedSource, Timeline
from timeline.page_options import GroupBy, Theme
from timeline.render.base import (
    ALL_LANE,
    ASSUMED_PLOT_PX,
    BAR_ALPHA,
    CHAR_PX,
    GL_THRESHOLD,
    HOVER_SENTENCE_CHARS,
    HOVER_SENTENCE_LIMIT,
    HOVER_WRAP,
    LABEL_CHARS,
    LABEL_LIMIT,
    LANE_GAP_ROWS,
    LANE_LABEL_CHARS,
    LEGEND_CHARS,
    MARKER_PX,
    MAX_LABEL_SHARE,
    MAX_LANES,
    MAX_ROWS_PER_LANE,
    MIN_HEIGHT_PX,
    MS_PER_DAY,
    OTHER_LANE,
    OTHER_SOURCES,
    PALETTE,
    PLOT_MARGIN_PX,
    ROW_PX,
    THEMES,
    VIEW_MIN_PAD_DAYS,
    VIEW_PAD_FRACTION,
    VIEW_SHARE,
    Articles,
    _esc,
    _shorten,
    date_label,
)

LOGGER = logging.getLogger(__name__)

SLIDER_SHARE = 0.08  # range slider thickness, as a share of the plot height ...
SLIDER_PX = 40  # ... but never more than this many pixels on a tall page

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
        right = float(date.end.toordinal() + 1 if p.bar else date.start.toordinal())
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
    # Colours follow the (first) source article: past MAX_LANES of them, one shared colour.
    colours = Counter(ev.sources[0].article_id for ev in tl.events)
    kept_colours = kept if group_by is GroupBy.SOURCE else (
        {c for c, _ in colours.most_common(MAX_LANES - 1)} if len(colours) > MAX_LANES
        else set(colours)
    )  # fmt: skip
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
            if colour not in kept_colours:
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
        name = _esc(_shorten(art.title if art else OTHER_SOURCES if key == OTHER_LANE else key,
                             LEGEND_CHARS))
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
            elif key != OTHER_LANE:  # one article: its title is written once, in `meta`
                common["customdata"] = [[e.id, p.event, _hover_source(e, arts, p.source)[1]]
                                        for e, p in pairs]  # fmt: skip
                common["hovertext"] = [_hover_head(e, p.source, inferred[p.event], False)
                                       for e, p in pairs]  # fmt: skip
                common["meta"] = [_hover_source(evs[0], arts, group[0].source)[0]]
                common["hovertemplate"] = (
                    "%{hovertext}<br><i>%{meta[0]}</i>%{customdata[2]}<extra></extra>"
                )
            else:  # the shared "other" colour mixes articles: each point names its own
                common["customdata"] = [[e.id, p.event, *reversed(_hover_source(e, arts, p.source))]
                                        for e, p in pairs]  # fmt: skip
                common["hovertext"] = [_hover_head(e, p.source, inferred[p.event], False)
                                       for e, p in pairs]  # fmt: skip
                common["hovertemplate"] = (
                    "%{hovertext}<br><i>%{customdata[3]}</i>%{customdata[2]}<extra></extra>"
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
    height = max(MIN_HEIGHT_PX, int(total * ROW_PX + PLOT_MARGIN_PX))
    plot_px = max(1, height - PLOT_MARGIN_PX + ROW_PX)  # the slider's thickness is a share
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
        "rangeslider": {"visible": True, "thickness": min(SLIDER_SHARE, SLIDER_PX / plot_px)},
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
        "height": height,
        "margin": {"l": 10, "r": 20, "t": 70 if title else 40, "b": 20},
        "hovermode": "closest", "barmode": "overlay", "shapes": bands, "xaxis": xaxis,
        "hoverlabel": {"align": "left", "font": {"size": 12}},
        "yaxis": {"tickmode": "array", "tickvals": [tops[k] + (rows[k] - 1) / 2 for k in lanes],
               "ticktext": [labels[k] for k in lanes], "range": [total - 0.5 + 0.4, -0.9],
               "fixedrange": True, "showgrid": False, "zeroline": False, "automargin": True},
        "legend": {"orientation": "h", "x": 0, "y": 0, "yref": "container", "yanchor": "bottom",
                "font": {"size": 11}, "itemclick": "toggle", "itemdoubleclick": "toggleothers"},
    }  # fmt: skip


