"""Anchoring: turn a partial date (a month, a weekday, "Oct. 25") into a calendar value.

Every function takes the anchor date (the article's publication date) and the tense of
the clause, and never looks at the machine's clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from timeline.dates.calendar import month_end, safe_day
from timeline.dates.tense import Tense

NEAR_DAYS = 62  # a partial date this close to the anchor goes to the nearest year
WEEKDAY_NEAR_DAYS = 3  # without tense, a weekday within this many days either way


def pick_year(
    anchor: dt.date,
    tense: Tense,
    interval: Callable[[int], tuple[dt.date, dt.date] | None],
    near_days: int = NEAR_DAYS,
) -> int:
    """The year that places a year-less period nearest the anchor, consistent with tense.

    News convention: a past-tense "Oct. 25" in an article of 17 Nov 2017 is 2017-10-25;
    a past-tense "December" in January is last December; a future "January" in
    December is next January. A period within `near_days` of the anchor is taken in
    its nearest year whatever the tense, since tense cues are noisy and news is recent.
    """
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        span = interval(year)
        if span is not None:
            spans[year] = span
    if not spans:
        return anchor.year

    def distance(span: tuple[dt.date, dt.date]) -> int:
        start, end = span
        if start <= anchor <= end:
            return 0
        return (start - anchor).days if start > anchor else (anchor - end).days

    nearest = min(spans, key=lambda y: (distance(spans[y]), abs(y - anchor.year)))
    if distance(spans[nearest]) <= near_days:
        return nearest
    if tense is Tense.PAST:
        past = [y for y, (start, _) in spans.items() if start <= anchor]
        if past:
            return max(past)
    elif tense is Tense.FUTURE:
        future = [y for y, (_, end) in spans.items() if end >= anchor]
        if future:
            return min(future)
    return nearest


def month_day_date(anchor: dt.date, tense: Tense, month: int, day: int) -> dt.date | None:
    """A year-less month and day placed by `pick_year`."""

    def interval(year: int) -> tuple[dt.date, dt.date] | None:
        date = safe_day(year, month, day)
        return (date, date) if date else None

    return safe_day(pick_year(anchor, tense, interval), month, day)


def month_year(anchor: dt.date, tense: Tense, month: int, near_days: int = NEAR_DAYS) -> int:
    """The year of a bare month name ("in March")."""
    interval = lambda y: (dt.date(y, month, 1), month_end(y, month))  # noqa: E731
    return pick_year(anchor, tense, interval, near_days)


def weekday_date(
    anchor: dt.date, tense: Tense, weekday: int, modifier: str = "", *, local: bool = False
) -> dt.date:
    """The calendar day of a weekday mention ("on Friday", "last Tuesday", "next Monday").

    Past tense: the latest such day on or before the anchor (a past-tense "on Friday" in
    a Friday paper is that same day). Future: the first on or after it. "last X" is
    strictly before, "next X" strictly after; "this X" with no tense the first on or
    after it. Otherwise the nearest, preferring the past.
    A day told in another place's time (`local`: "at 3 a.m. Sunday local time" in a
    Saturday paper) may be a day ahead of the paper's or behind it, whatever the tense.
    """
    offset = (weekday - anchor.weekday()) % 7  # days forward to the next such day (0..6)
    if local and not modifier and offset in (1, 6):
        return anchor + dt.timedelta(days=1 if offset == 1 else -1)
    forward = anchor + dt.timedelta(days=offset)
    backward = anchor - dt.timedelta(days=(7 - offset) % 7)
    if modifier in {"last", "this past", "the previous", "past"}:
        return backward if backward < anchor else backward - dt.timedelta(days=7)
    if modifier == "next" and offset == 1:
        return forward + dt.timedelta(days=7)  # "next Friday" on a Thursday: not tomorrow,
        # which it would be called, but a week on
    if modifier in {"next", "the following", "the next", "coming", "this coming"}:
        return forward if forward > anchor else forward + dt.timedelta(days=7)
    if tense is Tense.FUTURE:
        return forward
    if tense is Tense.PAST:
        return backward
    if modifier == "this":
        return forward  # "come and see the new changing village at our open day this
        # Saturday", told on a Sunday: the Saturday ahead (no past tense told)
    if (anchor - backward).days <= WEEKDAY_NEAR_DAYS:
        return backward
    return forward
