"""Sanity checks on publication dates: warnings, never errors.

A publication date anchors every relative date of its article, so a wrong one moves
every event. Two cheap signs of a wrong date: it lies far in the future of every other
article of the run, or the article's own words contradict it ("today, Friday" in an
article dated on a Saturday; "Friday, 18 Nov, 2017" when 18 Nov 2017 was a Saturday).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from timeline.dates.folding import ascii_folded, lowercase_copy
from timeline.models import Article, TimeExpression, TimexType

FUTURE_GAP_DAYS = 31  # a date this far after every other article's is suspicious
MIN_ARTICLES_FOR_OUTLIERS = 3
WEEKDAY_NAMES = [name.lower() for name in calendar.day_name]
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TODAY_WEEKDAY = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\s*[(,]\s*"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_TODAY_WEEKDAY_FOLDED = ascii_folded(_TODAY_WEEKDAY)[0]


def _label(article: Article) -> str:
    return article.path or article.id


def future_outliers(articles: Sequence[Article]) -> list[str]:
    """Articles dated more than FUTURE_GAP_DAYS after every other article of the run, and
    further after them than the others are spread (a pile of unrelated articles from two
    years has no outlier 75 days after the rest)."""
    if len(articles) < MIN_ARTICLES_FOR_OUTLIERS:
        return []
    dates = sorted(a.published for a in articles)
    warnings = []
    for article in articles:
        others_latest = dates[-2] if article.published == dates[-1] else dates[-1]
        gap = (article.published - others_latest).days
        spread = (others_latest - dates[0]).days
        if gap > max(FUTURE_GAP_DAYS, spread):
            warnings.append(
                f"{_label(article)}: published {article.published.isoformat()} is {gap} days "
                "after every other article; check its date"
            )
    return warnings


def weekday_contradictions(article: Article, expressions: Sequence[TimeExpression]) -> list[str]:
    """Written weekdays that do not match the dates they go with."""
    warnings = []
    for expression in expressions:
        if expression.type is not TimexType.DATE or not _DAY_VALUE.match(expression.value):
            continue
        named = [d for d in WEEKDAY_NAMES if d in expression.text.lower()]
        if named and expression.start_date is not None:
            actual = WEEKDAY_NAMES[expression.start_date.weekday()]
            if named[0] != actual and re.search(r"\d", expression.text):
                warnings.append(
                    f"{_label(article)}: '{expression.text}' names a {named[0].title()} but "
                    f"{expression.start_date.isoformat()} is a {actual.title()}"
                )
    text = article.text
    for start, end, day_start, day_end in _today_weekdays(text):
        actual = WEEKDAY_NAMES[article.published.weekday()]
        if text[day_start:day_end].lower() != actual:
            warnings.append(
                f"{_label(article)}: the text says '{text[start:end]}' but the article is dated "
                f"{article.published.isoformat()}, a {actual.title()}"
            )
    return warnings


def _today_weekdays(text: str) -> list[tuple[int, int, int, int]]:
    """Spans of the _TODAY_WEEKDAY matches in `text` and of their weekdays. On ASCII text
    through the folded pattern over the lowercased copy (folding.py: the same matches),
    which sre searches from its first letter instead of at every position."""
    if text.isascii():
        matches = _TODAY_WEEKDAY_FOLDED.finditer(lowercase_copy(text))
    else:
        matches = _TODAY_WEEKDAY.finditer(text)
    return [(m.start(), m.end(), m.start(1), m.end(1)) for m in matches]
