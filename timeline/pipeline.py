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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from timeline.checks import future_outliers, weekday_contradictions
from timeline.dates import resolve_dates
from timeline.dates.tense import TenseIndex
from timeline.errors import InputError
from timeline.events import extract_events
from timeline.ingest import (
    IngestOptions,
    Item,
    Note,
    Pending,
    Prepared,
    Reader,
    Skipped,
    prepare,
    with_id,
)
from timeline.merge import Merger, sort_events
from timeline.models import (
    Article,
    Event,
    PublishedSource,
    RawArticle,
    Timeline,
    trusted,
)
from timeline.undated import CHECK_HEAD_CHARS, Story, infer_published, story_of

LOGGER = logging.getLogger(__name__)

_WEEKDAY_DATE = re.compile(r"(?:day|DAY),?\s+(?:\d|[A-Z][a-z]{2})")
STREAM_STORIES = 10_000  # dated articles a stream remembers to date undated ones
_ARTICLE_FIELDS = tuple(Article.model_fields)  # in their order, as validation fills them


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
    tenses = TenseIndex(article.text)  # one index of tense cues for both stages
    expressions = resolve_dates(article.text, article.published, join_clock_days=True,
                                tenses=tenses, day_first=article.day_first)  # fmt: skip
    return extract_events(article, expressions, tenses=tenses)


def article_warnings(article: Article) -> list[str]:
    """What looks wrong with the article's own publication date: weekdays it names in its
    head (where datelines are) that contradict it (pure)."""
    head = article.text[:CHECK_HEAD_CHARS]
    expressions = (
        resolve_dates(head, article.published, join_clock_days=True)
        if _WEEKDAY_DATE.search(head) else []
    )  # fmt: skip
    return weekday_contradictions(article, expressions)


@dataclass(frozen=True)
class Extracted:
    """An article through the per-article stage: its events and date warnings."""

    article: Article
    events: list[Event]
    warnings: list[str]


def extracted(article: Article) -> Extracted:
    """The per-article stage on a settled article (pure). A fault in the extraction (a
    bug) costs that article its events, with a warning that names it, not the run."""
    try:
        events = article_events(article)
    except Exception as error:  # noqa: BLE001 - any bug; the warning names it
        LOGGER.debug("extracting events from %s failed", article.id, exc_info=True)
        problem = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return Extracted(article, [], [
            f"{article.path or article.id}: no events: the extraction failed ({problem}); "
            "this is a bug in timeline, please report it with the article"
        ])  # fmt: skip
    return Extracted(article, events, article_warnings(article))


Outcome = Note | Skipped | tuple[Prepared, Extracted | None]


def record_stage(item: Item, options: IngestOptions) -> Outcome:
    """The per-article stage from a record read from the inputs (pure): made into an
    article (`prepare`) and, when it has a publication date, settled and extracted. An
    undated article comes back whole, for the corpus stage to date. Skips and notes met
    while reading pass through, to be reported in their place."""
    if not isinstance(item, Pending):
        return item
    prepared = prepare(item, options)
    raw = prepared.article
    if raw is None or raw.published is None or raw.published_source is None or prepared.error:
        return prepared, None
    article = settle(raw, raw.published, raw.published_source, raw.published_note)
    return prepared.without_article(), extracted(article)


def read_and_extract(
    inputs: Sequence[str | Path],
    options: IngestOptions,
    *,
    skip: Callable[[Skipped], None] | None,
    note: Callable[[str], None] | None,
    undated: list[RawArticle],
    jobs: int = 1,
) -> Iterator[Extracted]:
    """The dated articles of `inputs` through the per-article stage, in input order;
    undated ones are appended to `undated`.

    Reading, settling and extracting run on `jobs` processes; here, in order, only what
    needs the whole run: duplicates, unique ids, skips and notes (`Reader.accept`).
    """
    from timeline.parallel import map_ordered

    reader = Reader(options, skip, note)
    stage = partial(record_stage, options=options)
    for outcome in map_ordered(stage, reader.items(inputs), jobs):
        if not isinstance(outcome, tuple):
            reader.accept(outcome)
            continue
        prepared, done = outcome
        kept = reader.accept(prepared)
        if kept is None:
            continue
        if done is None:  # undated: the corpus stage dates it
            assert prepared.article is not None
            undated.append(with_id(prepared.article, kept))
        elif kept != done.article.id:  # its id was taken: extract again under the new one
            yield extracted(done.article.model_copy(update={"id": kept}))
        else:
            yield done


def settle(raw: RawArticle, published: dt.date, source: PublishedSource, note: str | None
           ) -> Article:  # fmt: skip
    """A RawArticle with its publication date settled."""
    if type(published) is dt.date and type(source) is PublishedSource and (
        note is None or type(note) is str
    ):  # the raw article's validated fields and these: as validation would keep them
        fields = raw.__dict__ | {"published": published, "published_source": source,
                                 "published_note": note}  # fmt: skip
        return trusted(Article, {name: fields[name] for name in _ARTICLE_FIELDS})
    fields = raw.model_dump(exclude={"published", "published_source", "published_note"})
    return Article(**fields, published=published, published_source=source, published_note=note,
                   day_first=raw.day_first, dateline_span=raw.dateline_span)  # (not dumped)


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
        found = infer_published(raw, (), stories=stories)
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
    `on_article` is called after each article's events are found (progress). Events are
    merged as they come in, while the workers go on with later articles.
    """
    from timeline.parallel import map_ordered

    options = options or IngestOptions()
    report = BuildReport(timeline=Timeline())
    skip, note = report_handlers(report, on_skip, on_note)
    articles: list[Article] = []
    undated: list[RawArticle] = []  # the corpus stage keeps only these texts aside
    merger = Merger()
    events: list[Event] = []  # unmerged, with merge=False
    found_warnings: dict[str, list[str]] = {}
    merging = 0.0

    def collect(stream: Iterable[Extracted]) -> None:
        nonlocal merging
        for done in stream:
            articles.append(done.article)
            found_warnings[done.article.id] = done.warnings
            if merge:
                began = time.perf_counter()
                merger.add(done.events)
                merging += time.perf_counter() - began
            else:
                events.extend(done.events)
            if on_article:
                on_article(done.article)

    with paused_gc():
        began = time.perf_counter()
        collect(read_and_extract(list(inputs), options, skip=skip, note=note,
                                 undated=undated, jobs=jobs))  # fmt: skip
        report.timings["articles"] = time.perf_counter() - began
        began = time.perf_counter()
        if undated:
            stories = [story_of(article) for article in articles]
            inferred = infer_undated(undated, stories, options, require_dates=require_dates,
                                     skip=skip, warn=report.warnings.append)  # fmt: skip
            collect(map_ordered(extracted, inferred, jobs))
        report.timings["inference"] = time.perf_counter() - began
        began = time.perf_counter()
        articles.sort(key=lambda a: (a.published, a.id))
        report.warnings.extend(date_warnings(articles, found_warnings))
        final = merger.result() if merge else sort_events(events)
        report.timeline = Timeline(articles=articles, events=final)
        report.timings["final"] = time.perf_counter() - began
        report.timings["merge"] = merging + report.timings["final"]
    LOGGER.info(
        "%d articles, %d events: articles %.2f s (merging %.2f s of it), inference %.2f s, "
        "final merge %.2f s", len(articles), len(final), report.timings["articles"], merging,
        report.timings["inference"], report.timings["final"],
    )  # fmt: skip
    return report


def date_warnings(
    articles: Sequence[Article], found: Mapping[str, list[str]] | None = None
) -> list[str]:
    """Publication dates that look wrong: far after every other article's, or contradicted
    by the article's own weekday mentions (`article_warnings`; `found` holds those already
    worked out, by article id)."""
    warnings = future_outliers(articles)
    for article in articles:
        own = found.get(article.id) if found is not None else None
        warnings.extend(own if own is not None else article_warnings(article))
    return warnings


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a run builds up its events: every full
    collection would walk all of them again (quadratic in the corpus), and they hold no
    reference cycles; reference counting still frees everything at once.

    Nor one when the collector is back on: the youngest generation then holds every
    object the run made, and the first allocation would walk them all (90 ms a MB of
    articles). They are filed with the old objects instead, as a full collection would
    have left them: freezing and unfreezing puts every tracked object in the oldest
    generation (O(1)), unless the caller keeps objects frozen (they would be unfrozen)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
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
    from timeline.parallel import map_ordered

    options = options or IngestOptions()
    skip = on_skip or _log_skip
    warn = on_warning or _log_warning
    undated: list[RawArticle] = []
    stories: deque[Story] = deque(maxlen=STREAM_STORIES)
    dated = read_and_extract(
        list(inputs), options, skip=skip, note=on_note, undated=undated, jobs=jobs
    )
    for done in dated:
        stories.append(story_of(done.article))
        for message in done.warnings:  # per article: a stream has no "others"
            warn(message)
        yield done.article, sort_events(done.events)
    if undated:
        inferred = infer_undated(
            undated, stories, options, require_dates=require_dates, skip=skip, warn=warn
        )
        for done in map_ordered(extracted, inferred, jobs):
            yield done.article, sort_events(done.events)


def _log_skip(item: Skipped) -> None:
    LOGGER.warning("skipped %s", item)


def _log_warning(message: str) -> None:
    LOGGER.warning("%s", message)


def build_timeline(
    inputs: Iterable[str | Path], options: IngestOptions | None = None, *, merge: bool = True
) -> Timeline:
    """Articles in, timeline out: `timeline.build_timeline(["seeds/"])`."""
    return run(inputs, options, merge=merge).timeline
