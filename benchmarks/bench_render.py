"""Render synthetic timelines of 100 / 1,000 / 10,000 events; print time and page size.

    python benchmarks/bench_render.py [SIZES...]

Page size excludes plotly.js (the page is rendered with plotlyjs=cdn).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
from timeline.models import (  # noqa: E402
    Article,
    Entity,
    EntityKind,
    Event,
    EventDate,
    EventGranularity,
    PublishedSource,
    Source,
    Timeline,
)
from timeline.render import PlotlyJs, render_html, to_figure  # noqa: E402

SIZES = (100, 1_000, 10_000)
EVENTS_PER_ARTICLE = 25
SEED = 20171117
START = dt.date(2017, 1, 1)
SPAN_DAYS = 365
SENTENCE = ("On {date}, officials in Pyongyang said the envoy from Beijing would discuss "
            "the nuclear programme and sanctions with the North's leaders.")  # fmt: skip
PEOPLE = ("Donald Trump", "Xi Jinping", "Kim Jong-un", "Song Tao", "Moon Jae-in")
GRANULARITIES = (EventGranularity.DAY,) * 6 + (EventGranularity.WEEK, EventGranularity.MONTH)


def synthetic(n: int, rng: random.Random) -> Timeline:
    """n events over a year from n/25 articles; one in ten has a second source."""
    n_articles = max(1, n // EVENTS_PER_ARTICLE)
    articles = [
        Article(id=f"a{i}", title=f"Article {i}: China sends envoy to North Korea",
                url=f"https://news.example.com/{i}", published=START + dt.timedelta(days=i % 365),
                published_source=PublishedSource.METADATA, text="x" * 200)
        for i in range(n_articles)
    ]  # fmt: skip
    events = []
    for i in range(n):
        day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        gran = rng.choice(GRANULARITIES)
        end = day + dt.timedelta(days=6) if gran is EventGranularity.WEEK else day
        if gran is EventGranularity.MONTH:
            day = day.replace(day=1)
            end = (day + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        sources = [Source(article_id=f"a{i % n_articles}", start=0, end=100, date_text="Nov. 9")]
        if i % 10 == 0 and n_articles > 1:
            sources.append(Source(article_id=f"a{(i + 1) % n_articles}", start=0, end=100))
        events.append(Event(
            id=f"e{i}", headline=f"Envoy talks, round {i}", confidence=0.8, sources=sources,
            sentence=SENTENCE.format(date=day.isoformat()),
            date=EventDate(value=day.isoformat(), start=day, end=end, granularity=gran,
                           text="Nov. 9"),
            entities=[Entity(name=rng.choice(PEOPLE), kind=EntityKind.PERSON)],
        ))  # fmt: skip
    events.sort(key=lambda e: e.date.start)
    return Timeline(articles=articles, events=events)


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or list(SIZES)
    rng = random.Random(SEED)
    print(f"{'events':>8} {'figure s':>9} {'page s':>8} {'page KB':>9} {'B/event':>8}")
    for n in sizes:
        tl = synthetic(n, rng)
        t0 = time.perf_counter()
        to_figure(tl)
        t1 = time.perf_counter()
        page = render_html(tl, plotlyjs=PlotlyJs.CDN)
        t2 = time.perf_counter()
        size = len(page.encode("utf-8"))
        print(f"{n:>8} {t1 - t0:>9.2f} {t2 - t1:>8.2f} {size / 1024:>9.0f} {size / n:>8.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
