"""Other formats: Knight Lab TimelineJS JSON and static PNG/SVG images."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

from timeline.errors import OutputError
from timeline.models import EventGranularity, Timeline
from timeline.page_options import GroupBy, Theme
from timeline.render.base import (
    STATIC_FORMATS,
    _attr,
    counted,
    date_label,
)
from timeline.render.figure import (
    to_figure,
)

LOGGER = logging.getLogger(__name__)
KALEIDO_ATTEMPTS = 2  # kaleido is started again once after a failure

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
                      "text": f"{counted(len(tl.events), 'event')} from "
                              f"{counted(len(tl.articles), 'article')}"}}
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
    from timeline.io import write_atomic

    data = static_image(tl, path, fmt=fmt, width=width, height=height, scale=scale,
                        theme=theme, group_by=group_by, title=title)  # fmt: skip
    write_atomic(Path(path), data)
    LOGGER.info("wrote %s", path)


def static_image(
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
) -> bytes:
    """The PNG or SVG bytes of `to_figure` (kaleido); `path` only names it in errors."""
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
    failure: Exception | None = None
    for _ in range(KALEIDO_ATTEMPTS):  # a busy machine can lose the race of kaleido's
        try:  # page set-up ("kaleido_scopes is not defined"): a second start succeeds
            return bytes(fig.to_image(format=fmt, width=width, height=height, scale=scale))
        except Exception as exc:  # kaleido raises various errors when no Chromium is found
            failure = exc
    reason = " ".join(str(failure).split())[:200] or type(failure).__name__
    raise OutputError(
        f"{path}: cannot write {fmt.upper()}: kaleido failed (is Chrome/Chromium "
        f"installed?): {reason}"
    ) from failure

