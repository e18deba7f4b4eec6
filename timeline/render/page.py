"""The HTML page and the embeddable fragment: figure, details panel, event table."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import uuid
from collections.abc import Sequence
from importlib import resources
from string import Template
from typing import Any

import plotly.io as pio
import plotly.offline

from timeline.models import Event, EventGranularity, PublishedSource, Timeline
from timeline.page_options import GroupBy, PlotlyJs, Theme
from timeline.render.base import (
    CDN_URL,
    DIRECTORY_SCRIPT,
    ROOT_SELECTOR,
    TABLE_SOURCES,
    Articles,
    _day,
    _esc,
    _script_json,
    counted,
    date_label,
    safe_url,
)
from timeline.render.figure import (
    _figure_dict,
    _is_inferred,
)

LOGGER = logging.getLogger(__name__)

# ---------------------------------------------------------------- HTML


def plotlyjs_source() -> str:
    """The plotly.min.js bundled with the plotly package (offline)."""
    return str(plotly.offline.get_plotlyjs())


def _asset(name: str) -> str:
    return resources.files("timeline").joinpath("assets", name).read_text(encoding="utf-8")


def _article_payload(article_id: str, arts: Articles) -> dict[str, Any]:
    """An article as the details panel lists it (raw text, like the rest of the payload);
    no URL but a web one, "inferred" only when the publication date was."""
    art = arts.get(article_id)
    if art is None:
        return {"title": article_id}
    payload: dict[str, Any] = {"title": art.title, "published": _day(art.published)}
    if art.published_source is PublishedSource.INFERRED:
        payload["inferred"] = True
    if url := safe_url(art.url):
        payload["url"] = url
    return payload


def _event_payload(ev: Event, arts: Articles, article_index: dict[str, int]) -> dict[str, Any]:
    """What the details panel shows of an event besides its headline and date label, which
    it reads from the event's table row. Raw text: the page's JS puts it in with textContent.
    Events are the timeline's, in order (the figure and the table name them by index);
    sources are indices into the payload's `articles`; granularity "day" is left out.
    A page of 10,000 events is large: nothing here is written twice."""
    written = ev.sources[0].date_text or ev.date.text
    at = ev.sentence.lower().find(written.lower()) if written else -1
    date: dict[str, Any] = {"text": written}
    if ev.date.granularity is not EventGranularity.DAY:
        date["granularity"] = ev.date.granularity.value
    if ev.date.mod:
        date["mod"] = ev.date.mod
    if _is_inferred(ev, arts):
        date["inferred"] = True
    sources = list(dict.fromkeys(  # each article once (an event may cite two of its lines)
        article_index.setdefault(src.article_id, len(article_index)) for src in ev.sources))
    payload: dict[str, Any] = {"sentence": ev.sentence, "date": date,
                               "confidence": ev.confidence, "sources": sources}  # fmt: skip
    if written and at >= 0:
        payload["mark"] = [at, at + len(written)]
    return payload


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
    for i in order:  # served in date order, which the page's date column sorts by
        ev = tl.events[i]
        titles = dict.fromkeys(
            (a.title if (a := arts.get(s.article_id)) else s.article_id) for s in ev.sources
        )
        names = list(titles)
        sources = "; ".join(_esc(t) for t in names[:TABLE_SOURCES])
        if len(names) > TABLE_SOURCES:  # the details panel lists them all
            sources += f" and {len(names) - TABLE_SOURCES} more"
        rows.append(
            f'<tr data-ev="{i}"><td>{_esc(date_label(ev.date))}</td>'
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


def _skipped_note(skipped: Sequence[object]) -> str:
    """A notice of the inputs left out ("c.txt: no publication date found ..."), escaped;
    "" when none was."""
    if not skipped:
        return ""
    items = "".join(f"<li>{_esc(str(item))}</li>" for item in skipped)
    was = "input was" if len(skipped) == 1 else "inputs were"
    return (f'<div class="tl-skipped" role="note"><p>{len(skipped)} {was} skipped and '
            f"{'is' if len(skipped) == 1 else 'are'} not on this timeline:</p>"
            f"<ul>{items}</ul></div>\n")


def render_html(
    tl: Timeline,
    *,
    embed: bool = False,
    title: str | None = None,
    theme: Theme = Theme.LIGHT,
    group_by: GroupBy = GroupBy.SOURCE,
    plotlyjs: PlotlyJs = PlotlyJs.INLINE,
    skipped: Sequence[object] = (),
) -> str:
    """The interactive timeline: a whole HTML page, or with `embed=True` a fragment (no
    <html>/<head>/<body>, unique root id, CSS scoped to that id). `skipped`, the inputs
    that are not on it (`Report.skipped`), is listed under the summary.

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
        summary=f"{counted(len(tl.events), 'event')} from "
                f"{counted(len(tl.articles), 'article')}{span}.",
        skipped=_skipped_note(skipped), table=_table(tl, arts, root), data=data)  # fmt: skip
    scripts = (f"<script>{_asset('timeline.js')}</script>\n"
               f'<script>window.TimelineView.mount("{root}");</script>')  # fmt: skip
    if embed:
        return "\n".join(filter(None, [body, _plotly_script(plotlyjs, True), scripts])) + "\n"
    return Template(_asset("page.html")).substitute(
        heading=heading, css=_asset("page.css"), plotly=_plotly_script(plotlyjs, False),
        theme=theme.value, body=body, scripts=scripts)  # fmt: skip


