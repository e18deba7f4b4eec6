"""The whole job: ingest, settle publication dates, resolve, extract, merge.

The per-article stage (`article_events`) is a pure function of one article, so it can be
mapped over processes or a Dask bag. The corpus stage (dates inferred from other
articles, merging) holds events and the few undated articles, never the whole corpus.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import re
import time
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from timeline.checks import future_outliers, weekday_contradictions
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
CHECK_HEAD_CHARS = 600  # the head of an article where its weekday-dated dateline stands
_WEEKDAY_DATE = re.compile(r"(?:day|DAY),?\s+(?:\d|[A-Z][a-z]{2})")
STREAM_STORIES = 10_000  # dated articles a stream remembers to date undated ones
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FULL_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass
class BuildReport:
    """A timeline and what happened on the way: skipped inputs, notes, warnings."""

    timeline: Timeline
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


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


@dataclass(frozen=True)
class Story:
    """What same-story inference needs of a dated article, without its text.

    `words` are the hashes of its title and lead words (about 1 KB an article).
    """

    id: str
    published: dt.date
    words: array[int]


def story_of(article: Article) -> Story:
    """The story signature of a dated article."""
    words = array("q", sorted({hash(word) for word in _story_words(article)}))
    return Story(article.id, article.published, words)


def _contradicts(raw: RawArticle, candidate: dt.date) -> bool:
    """Whether anchoring the article at `candidate` puts an explicit day after it."""
    for expression in resolve_dates(raw.text, candidate):
        if expression.type is TimexType.DATE and _FULL_DAY.match(expression.value):
            if expression.start_date and expression.start_date > candidate:
                if re.search(r"\d", expression.text):  # a written date, not "tomorrow"
                    return True
    return False


def _from_same_story(raw: RawArticle, stories: Iterable[Story]) -> tuple[dt.date, str] | None:
    words = {hash(word) for word in _story_words(raw)}
    best: tuple[float, Story] | None = None
    for other in stories:
        shared = len(words.intersection(other.words))
        union = len(words) + len(other.words) - shared
        score = shared / union if union else 0.0
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


def infer_published(
    raw: RawArticle, dated: Sequence[Article], *, stories: Iterable[Story] | None = None
) -> tuple[dt.date, str] | None:
    """A publication date for an undated article, and why; never today's date.

    `stories`, if given, stands for `dated`: their signatures, computed once per run.
    """
    found = _from_same_story(raw, stories if stories is not None else map(story_of, dated))
    return found or _from_own_dates(raw)


def _dated_or_skipped(
    raw: RawArticle,
    found: tuple[dt.date, str] | None,
    options: IngestOptions,
    require_dates: bool,
    skip: Callable[[Skipped], None],
    warn: Callable[[str], None],
) -> Article | None:
    """The undated article settled at its inferred date, or None once it is skipped."""
    one_of_many = raw.path is not None and raw.path.lower().endswith((".json", ".jsonl"))
    label = f"{raw.path} (article {raw.id})" if one_of_many else raw.path or raw.id
    if found is None or require_dates:
        reason = (
            "the publication date was inferred, and --require-dates is set"
            if found
            else "no publication date found and none can be inferred"
        )
        # A per-path date would override every article of a JSON file: ask for the field.
        remedy = (
            "add a 'published' field to it" if one_of_many
            else f"give one with --published {label}=YYYY-MM-DD"
        )
        problem = Skipped(label, f"{reason}; {remedy}")
        if options.strict or require_dates:
            raise InputError(label, problem.reason)
        skip(problem)
        return None
    published, why = found
    warn(f"{label}: publication date {published.isoformat()} {why}")
    return settle(raw, published, PublishedSource.INFERRED, why)


def report_handlers(
    report: BuildReport,
    on_skip: Callable[[Skipped], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> tuple[Callable[[Skipped], None], Callable[[str], None]]:
    """Skip and note handlers that record into `report` and pass on to the callbacks."""

    def skip(item: Skipped) -> None:
        report.skipped.append(item)
        if on_skip:
            on_skip(item)

    def note(message: str) -> None:
        report.notes.append(message)
        if on_note:
            on_note(message)

    return skip, note


def split_dated(raws: Iterable[RawArticle], undated: list[RawArticle]) -> Iterator[Article]:
    """The dated articles, settled, in order; the undated ones are appended to `undated`."""
    for raw in raws:
        if raw.published is not None and raw.published_source is not None:
            yield settle(raw, raw.published, raw.published_source, raw.published_note)
        else:
            undated.append(raw)


def infer_undated(
    undated: Iterable[RawArticle],
    stories: Sequence[Story] | deque[Story],
    options: IngestOptions,
    *,
    require_dates: bool,
    skip: Callable[[Skipped], None],
    warn: Callable[[str], None],
) -> list[Article]:
    """The corpus stage for undated articles: each settled at an inferred date, or skipped.

    `stories` are the signatures of the dated articles (`story_of`); each inferred
    article is added to them, so it can date a later one.
    """
    stories = stories if isinstance(stories, deque) else deque(stories)
    inferred = []
    for raw in undated:
        found = _from_same_story(raw, stories) or _from_own_dates(raw)
        article = _dated_or_skipped(raw, found, options, require_dates, skip, warn)
        if article is not None:
            inferred.append(article)
            stories.append(story_of(article))
    return inferred


def run(
    inputs: Iterable[str | Path],
    options: IngestOptions | None = None,
    *,
    merge: bool = True,
    require_dates: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    jobs: int = 1,
    on_article: Callable[[Article], None] | None = None,
) -> BuildReport:
    """Read every input and build the timeline, collecting skips, notes and warnings.

    `jobs` > 1 runs the per-article stage on that many processes (same output);
    `on_article` is called after each article's events are found (progress).
    """
    from timeline.parallel import map_articles

    options = options or IngestOptions()
    report = BuildReport(timeline=Timeline())
    skip, note = report_handlers(report, on_skip, on_note)
    articles: list[Article] = []
    undated: list[RawArticle] = []  # the corpus stage keeps only these texts aside
    events: list[Event] = []

    def collect(stream: Iterable[Article]) -> None:
        for article, found in map_articles(stream, jobs):
            articles.append(article)
            events.extend(found)
            if on_article:
                on_article(article)

    with paused_gc():
        began = time.perf_counter()
        collect(split_dated(iter_articles(list(inputs), options, skip, note), undated))
        report.timings["articles"] = time.perf_counter() - began
        began = time.perf_counter()
        if undated:
            stories = [story_of(article) for article in articles]
            collect(infer_undated(undated, stories, options, require_dates=require_dates,
                                  skip=skip, warn=report.warnings.append))  # fmt: skip
        report.timings["inference"] = time.perf_counter() - began
        began = time.perf_counter()
        articles.sort(key=lambda a: (a.published, a.id))
        report.warnings.extend(date_warnings(articles))
        final = merge_events(events) if merge else sort_events(events)
        report.timeline = Timeline(articles=articles, events=final)
        report.timings["merge"] = time.perf_counter() - began
    LOGGER.info(
        "%d articles, %d events: articles %.2f s, inference %.2f s, merge %.2f s",
        len(articles), len(final), *(report.timings[k] for k in ("articles", "inference", "merge")),
    )  # fmt: skip
    return report


def date_warnings(articles: Sequence[Article]) -> list[str]:
    """Publication dates that look wrong: far after every other article's, or contradicted
    by the article's own weekday mentions (checked in its head, where datelines are)."""
    warnings = future_outliers(articles)
    for article in articles:
        head = article.text[:CHECK_HEAD_CHARS]
        expressions = resolve_dates(head, article.published) if _WEEKDAY_DATE.search(head) else []
        warnings.extend(weekday_contradictions(article, expressions))
    return warnings


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a run builds up its events: every full
    collection would walk all of them again (quadratic in the corpus), and they hold no
    reference cycles; reference counting still frees everything at once."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def iter_events(
    inputs: Iterable[str | Path],
    options: IngestOptions | None = None,
    *,
    require_dates: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> Iterator[tuple[Article, list[Event]]]:
    """Stream `(article, events)` in input order, holding no article texts but a few.

    The events of each article are sorted by date; nothing is merged. Articles without a
    publication date are held back and dated at the end, as `run` does, from the dated
    articles seen: the story signatures of the last `STREAM_STORIES` of them are kept
    (about 1 KB each), so memory stays bounded. Their events come last.
    """
    from timeline.parallel import map_articles

    options = options or IngestOptions()
    skip = on_skip or _log_skip
    warn = on_warning or _log_warning
    undated: list[RawArticle] = []
    stories: deque[Story] = deque(maxlen=STREAM_STORIES)
    raws = iter_articles(list(inputs), options, on_skip=skip, on_note=on_note)
    for article, found in map_articles(split_dated(raws, undated), jobs):
        stories.append(story_of(article))
        for message in date_warnings([article]):  # per article: a stream has no "others"
            warn(message)
        yield article, sort_events(found)
    if undated:
        inferred = infer_undated(
            undated, stories, options, require_dates=require_dates, skip=skip, warn=warn
        )
        for article, found in map_articles(inferred, jobs):
            yield article, sort_events(found)


def _log_skip(item: Skipped) -> None:
    LOGGER.warning("skipped %s", item)


def _log_warning(message: str) -> None:
    LOGGER.warning("%s", message)


def build_timeline(
    inputs: Iterable[str | Path], options: IngestOptions | None = None, *, merge: bool = True
) -> Timeline:
    """Articles in, timeline out: `timeline.build_timeline(["seeds/"])`."""
    return run(inputs, options, merge=merge).timeline
