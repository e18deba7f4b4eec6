"""The whole job: ingest, settle publication dates, resolve, extract, merge.

The per-article stage (`article_events`) is a pure function of one article, so it can be
mapped over processes or a Dask bag. The corpus stage (dates inferred from other
articles, merging) holds events and the few undated articles, never the whole corpus.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline.dates import resolve_dates
from timeline.entities import find_entities
from timeline.errors import InputError
from timeline.events import extract_events
from timeline.ingest import IngestOptions, Skipped, iter_articles
from timeline.merge import merge_events, sort_events
from timeline.models import Article, Event, PublishedSource, RawArticle, Timeline, TimexType

LOGGER = logging.getLogger(__name__)

SAME_STORY_MIN_OVERLAP = 0.12  # share of title/lead words two reports of one story share
INFERENCE_WINDOW_DAYS = 3  # how far a same-story date may move to fit the article's own dates
STORY_CHARS = 1500  # how much of an article is compared to find the same story
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FULL_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass
class BuildReport:
    """A timeline and what happened on the way: skipped inputs, notes, warnings."""

    timeline: Timeline
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def article_events(article: Article) -> list[Event]:
    """The per-article stage: resolve dates and extract events (pure)."""
    return extract_events(article, resolve_dates(article.text, article.published))


def settle(raw: RawArticle, published: dt.date, source: PublishedSource, note: str | None
           ) -> Article:  # fmt: skip
    """A RawArticle with its publication date settled."""
    fields = raw.model_dump(exclude={"published", "published_source", "published_note"})
    return Article(**fields, published=published, published_source=source, published_note=note)


def _story_words(article: RawArticle | Article) -> set[str]:
    head = f"{article.title} {article.text[:STORY_CHARS]}"
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", head)}
    names = {e.name.lower() for e in find_entities(article.text[:STORY_CHARS])}
    return words | names


def _contradicts(raw: RawArticle, candidate: dt.date) -> bool:
    """Whether anchoring the article at `candidate` puts an explicit day after it."""
    for expression in resolve_dates(raw.text, candidate):
        if expression.type is TimexType.DATE and _FULL_DAY.match(expression.value):
            if expression.start_date and expression.start_date > candidate:
                if re.search(r"\d", expression.text):  # a written date, not "tomorrow"
                    return True
    return False


def _from_same_story(raw: RawArticle, dated: Sequence[Article]) -> tuple[dt.date, str] | None:
    words = _story_words(raw)
    best: tuple[float, Article] | None = None
    for other in dated:
        other_words = _story_words(other)
        union = words | other_words
        score = len(words & other_words) / len(union) if union else 0.0
        if score >= SAME_STORY_MIN_OVERLAP and (best is None or score > best[0]):
            best = (score, other)
    if best is None:
        return None
    other = best[1]
    for offset in sorted(range(-INFERENCE_WINDOW_DAYS, INFERENCE_WINDOW_DAYS + 1), key=abs):
        candidate = other.published + dt.timedelta(days=offset)
        if not _contradicts(raw, candidate):
            return candidate, (
                f"inferred from '{other.id}' ({other.published.isoformat()}), which reports "
                "the same story; consistent with the article's own dates"
            )
    return None


def _from_own_dates(raw: RawArticle) -> tuple[dt.date, str] | None:
    """The latest fully written day the article mentions, moved to a weekday it names."""
    expressions = resolve_dates(raw.text, None)
    days = [e for e in expressions if e.type is TimexType.DATE and _FULL_DAY.match(e.value)
            and e.start_date is not None]  # fmt: skip
    if not days:
        return None
    latest = max(days, key=lambda e: e.value)
    assert latest.start_date is not None
    candidate = latest.start_date
    weekdays = Counter(e.value[-1] for e in expressions if e.value.startswith("XXXX-WXX-"))
    note = f"inferred from its latest written date '{latest.text}'"
    if weekdays:
        weekday = int(weekdays.most_common(1)[0][0]) - 1
        candidate += dt.timedelta(days=(weekday - candidate.weekday()) % 7)
        note += f" and its weekday mentions ({candidate.strftime('%A')})"
    return candidate, note


def infer_published(raw: RawArticle, dated: Sequence[Article]) -> tuple[dt.date, str] | None:
    """A publication date for an undated article, and why; never today's date."""
    return _from_same_story(raw, dated) or _from_own_dates(raw)


def run(
    inputs: Iterable[str | Path],
    options: IngestOptions | None = None,
    *,
    merge: bool = True,
    require_dates: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> BuildReport:
    """Read every input and build the timeline, collecting skips, notes and warnings."""
    options = options or IngestOptions()
    report = BuildReport(timeline=Timeline())

    def skip(item: Skipped) -> None:
        report.skipped.append(item)
        if on_skip:
            on_skip(item)

    def note(message: str) -> None:
        report.notes.append(message)
        if on_note:
            on_note(message)

    articles: list[Article] = []
    undated: list[RawArticle] = []
    events: list[Event] = []
    for raw in iter_articles(list(inputs), options, on_skip=skip, on_note=note):
        if raw.published is None or raw.published_source is None:
            undated.append(raw)
            continue
        article = settle(raw, raw.published, raw.published_source, raw.published_note)
        articles.append(article)
        events.extend(article_events(article))
    for raw in undated:
        label = raw.path or raw.id
        found = infer_published(raw, articles)
        if found is None or require_dates:
            reason = (
                "the publication date was inferred, and --require-dates is set"
                if found
                else "no publication date found and none can be inferred"
            )
            problem = Skipped(label, f"{reason}; give one with --published {label}=YYYY-MM-DD")
            if options.strict or require_dates:
                raise InputError(label, problem.reason)
            skip(problem)
            continue
        published, why = found
        article = settle(raw, published, PublishedSource.INFERRED, why)
        report.warnings.append(f"{label}: publication date {published.isoformat()} {why}")
        articles.append(article)
        events.extend(article_events(article))
    articles.sort(key=lambda a: (a.published, a.id))
    final = merge_events(events) if merge else sort_events(events)
    report.timeline = Timeline(articles=articles, events=final)
    return report


def build_timeline(
    inputs: Iterable[str | Path], options: IngestOptions | None = None, *, merge: bool = True
) -> Timeline:
    """Articles in, timeline out: `timeline.build_timeline(["seeds/"])`."""
    return run(inputs, options, merge=merge).timeline
