from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from timeline import checks
from timeline.checks import future_outliers, weekday_contradictions
from timeline.dates import resolve_dates
from timeline.models import Article, PublishedSource


def article(text: str, published: dt.date, ident: str = "a") -> Article:
    return Article(id=ident, title=text.split("\n")[0], published=published,
                   published_source=PublishedSource.TEXT, text=text)  # fmt: skip


def test_dateline_weekday_that_does_not_match_its_date_is_reported() -> None:
    text = "China to Send Special Envoy\n\nFriday, 18 Nov, 2017\n\nXi will send an envoy."
    art = article(text, dt.date(2017, 11, 18))
    warnings = weekday_contradictions(art, resolve_dates(text, art.published))
    assert warnings == [
        "a: 'Friday, 18 Nov, 2017' names a Friday but 2017-11-18 is a Saturday"
    ]


def test_matching_weekdays_give_no_warning() -> None:
    text = "China to Send Special Envoy\n\nFriday, 17 Nov, 2017\n\nToday, Friday, Xi sent an envoy."
    art = article(text, dt.date(2017, 11, 17))
    assert weekday_contradictions(art, resolve_dates(text, art.published)) == []


def test_today_with_another_weekday_contradicts_the_publication_date() -> None:
    text = "Envoy arrives\n\nThe envoy arrived today (Thursday) in Pyongyang."
    art = article(text, dt.date(2017, 11, 17))
    warnings = weekday_contradictions(art, [])
    assert len(warnings) == 1 and "a Friday" in warnings[0] and "today (Thursday" in warnings[0]


def test_an_article_far_after_all_others_is_an_outlier() -> None:
    arts = [
        article("x", dt.date(2017, 11, 17), "a"),
        article("x", dt.date(2017, 11, 16), "b"),
        article("x", dt.date(2018, 11, 17), "c"),
    ]
    assert future_outliers(arts) == [
        "c: published 2018-11-17 is 365 days after every other article; check its date"
    ]
    assert future_outliers(arts[:2]) == []  # two articles: nothing to compare against
    spread = [  # unrelated articles over two years: 75 days after the rest is no outlier
        article("x", dt.date(2025, 6, 27), "a"),
        article("x", dt.date(2026, 8, 19), "b"),
        article("x", dt.date(2027, 3, 5), "c"),
        article("x", dt.date(2027, 5, 19), "d"),
    ]
    assert future_outliers(spread) == []


def test_today_weekdays_found_as_the_plain_pattern_finds_them() -> None:
    """The folded search (ASCII text) finds the spans `_TODAY_WEEKDAY` finds."""
    here = Path(__file__).parent
    texts = [p.read_text("utf-8") for p in sorted((here.parent / "seeds").glob("*.txt"))]
    sample = (here / "data" / "eval_sample.jsonl").read_text("utf-8").splitlines()
    texts += [json.loads(line)["text"] for line in sample]
    rng = random.Random(17)
    pieces = ["today", "Today", "TONIGHT", "this", "Todays", "stoday", " morning", " Evening", "  ",
              "\n", ",", "(", " ", "Friday", "sunday", "MONDAY", "ſunday", "é"]  # fmt: skip
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    found = 0
    for text in texts:
        plain = [(m.start(), m.end(), m.start(1), m.end(1))
                 for m in checks._TODAY_WEEKDAY.finditer(text)]  # fmt: skip
        assert checks._today_weekdays(text) == plain, text
        found += len(plain)
    assert found > 100
