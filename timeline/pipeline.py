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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from timeline.checks import future_outliers, weekday_contradictions
from timeline.dates import lexicon as lx
from timeline.dates import resolve_dates
from timeline.dates.tense import Tense, TenseIndex
from timeline.entities import find_entities
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
    TimeExpression,
    Timeline,
    TimexType,
    trusted,
)

LOGGER = logging.getLogger(__name__)

SAME_STORY_MIN_OVERLAP = 0.12  # share of title/lead words two reports of one story share
INFERENCE_WINDOW_DAYS = 3  # how far a same-story date may move to fit the article's own dates
STORY_CHARS = 1500  # how much of an article is compared to find the same story
CHECK_HEAD_CHARS = 600  # the head of an article where its weekday-dated dateline stands
_WEEKDAY_DATE = re.compile(r"(?:day|DAY),?\s+(?:\d|[A-Z][a-z]{2})")
STREAM_STORIES = 10_000  # dated articles a stream remembers to date undated ones
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FULL_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_YEAR_LESS_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WITH_YEAR = re.compile(r"^\d{4}(?!\d)")  # "2026-Q4", "2024-03", "2008"
# A bound, not a time told: "enough cash to last until mid-2028", "the first since 2016"
_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:to|will|would|could|can|should|must|may|might)\s+[a-z]+\s+(?:[a-z]+\s+)?"
    r"(?:until|till|through)|by|before|since)\s+$",
    re.IGNORECASE,
)  # (a past "until June 2021" tells a period that ended)
_WIRE_DAY_AFTER = re.compile(r"\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-—–]")  # "Nov 3 (Reuters) -"
# A period still running ("so far in 2025") and one still to come ("a book due out in 2028")
_SO_FAR_BEFORE = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|year\s+to\s+date)\s+in\s+$",
                            re.IGNORECASE)  # fmt: skip
_PLANNED_BEFORE = re.compile(
    r"\b(?:due|expected|scheduled|set|planned|slated)\s+(?:out\s+|back\s+|to\s+[a-z]+\s+)?"
    r"(?:in|for|by|until)\s+$",
    re.IGNORECASE,
)
_WEEKDAY_AFTER = re.compile(rf",?\s+(?:a|which\s+was\s+a)\s+({lx.WEEKDAY_NAME_RE})\b")
_NOT_THE_DAY = ("last ", "next ", "this ")  # "last Friday" is not the paper's day
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
    return extract_events(
        article, resolve_dates(article.text, article.published, join_clock_days=True)
    )


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
    for expression in resolve_dates(raw.text, candidate, join_clock_days=True):
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
    """The latest day the article writes, moved to a weekday it names: a fully written day,
    or else (none, or none as late as the periods it tells) a year-less one ("April 29")
    placed after the latest period it tells in the past ("raised $310 million in the
    fourth quarter of 2026"), in the year its "Sunday, Dec. 20" names if it has one."""
    expressions = [e for e in resolve_dates(raw.text, None, join_clock_days=True)
                   if e.type in (TimexType.DATE, TimexType.TIME)]  # ("4 p.m. on June 12")
    tenses = TenseIndex(raw.text)
    told = _latest_told(raw.text, expressions, tenses)
    days = [(e.start_date, e) for e in expressions
            if _FULL_DAY.match(e.value[:10]) and e.start_date is not None]  # fmt: skip
    if told is not None and (not days or max(day for day, _ in days) < told):
        year_less = _year_less_days(raw.text, expressions, told, tenses)
        if not year_less and days:  # "released on bail in April 2024" after "Oct. 21,
            return told, "inferred from the latest period it tells"  # 1994": not before
        days = year_less or days
    if not days:
        return None
    candidate, latest = max(days, key=lambda day: day[0])
    weekdays = Counter(e.value[-1] for e in expressions if e.value.startswith("XXXX-WXX-")
                       and e.value[-1].isdigit()
                       and not e.text.lower().startswith(_NOT_THE_DAY))  # fmt: skip
    note = f"inferred from its latest written date '{latest.text}'"
    if latest.start < CHECK_HEAD_CHARS and _WIRE_DAY_AFTER.match(raw.text, latest.end):
        return candidate, note + " (the wire dateline's day)"  # "ZAMBOANGA, Nov 3 (Reuters) -"
    if (today := _TODAY_IS.search(raw.text)) is not None:  # "Today is a Saturday": its own
        weekday = lx.WEEKDAYS[today.group(1).lower()]  # word for the paper's day
        candidate += dt.timedelta(days=(weekday - candidate.weekday()) % 7)
        note += f" and its own weekday ({candidate.strftime('%A')})"
    elif weekdays:
        weekday = int(weekdays.most_common(1)[0][0]) - 1
        candidate += dt.timedelta(days=(weekday - candidate.weekday()) % 7)
        note += f" and its weekday mentions ({candidate.strftime('%A')})"
    return candidate, note


def _latest_told(
    text: str, expressions: list[TimeExpression], tenses: TenseIndex
) -> dt.date | None:
    """The end of the latest period with a year that the article tells in the past tense,
    not as a bound still to come ("enough cash to last until mid-2028") nor as a start
    ("since October 2016"), if any."""
    told = []
    for e in expressions:
        if e.end_date is None or e.start_date is None or not _WITH_YEAR.match(e.value):
            continue
        before = (max(0, e.start - 40), e.start)
        if _SO_FAR_BEFORE.search(text, *before):  # "17 sinkings so far in 2025": the
            told.append(e.start_date - dt.timedelta(days=1))  # paper is in that year
        elif not _LIMIT_BEFORE.search(text, *before) and not _PLANNED_BEFORE.search(
            text, *before
        ) and tenses.tense(e.start, e.end) is Tense.PAST:
            told.append(e.end_date)
    if (birthday := _latest_birthday(text, expressions)) is not None:
        told.append(birthday)  # "born on 11 March 1991 ... turned 37 in March": 2028
    return max(told, default=None)


_TURNED = re.compile(r"\bturned\s+(\d{1,3})\b")
# Within a sentence, whose abbreviations ("Sault Ste. Marie, Ont., on March 3, 1962") do
# not end it.
_IN_SENTENCE = r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.)"
_BORN_BEFORE = re.compile(rf"\b(?i:born)\b{_IN_SENTENCE}{{0,60}}$")
MAX_AGE = 120
AGE_REACH = 300  # characters between "turned 37" and the birth date it goes with


def _latest_birthday(text: str, expressions: list[TimeExpression]) -> dt.date | None:
    """The birthday an article's "turned 37" tells, from the one birth date written near
    it ("Kettering, who turned 37 in March, was born in Stanmoor on 11 March 1991"), if
    any (not a child's "was born in February 2024" further on)."""
    births = [(e.start, e.start_date) for e in expressions
              if e.start_date is not None and _WITH_YEAR.match(e.value)
              and _BORN_BEFORE.search(text, max(0, e.start - 60), e.start)]  # fmt: skip
    days = set()
    for turned in _TURNED.finditer(text):
        age = int(turned.group(1))
        for at, born in births:
            if 0 < age < MAX_AGE and (
                abs(at - turned.start()) <= AGE_REACH or _same_person(text, turned.start(), at)
            ):
                with suppress(ValueError):  # (29 February)
                    days.add(born.replace(year=born.year + age))
    return days.pop() if len(days) == 1 else None


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3})(?:\w+\s+){0,2}$")
_BIRTH_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){1,3})(?:was|is)\s+born\b" + _IN_SENTENCE + "{0,60}$"
)


def _same_person(text: str, turned: int, born: int) -> bool:
    """Whether the names written just before "turned 64" and before "was born ... on March
    3, 1962" share a word: "Dennis Arsenault turned 64 ... Arsenault was born", however
    far apart."""
    name = _NAME_BEFORE.search(text, max(0, turned - 60), turned)
    birth = _BIRTH_NAME_BEFORE.search(text, max(0, born - 100), born)
    if name is None or birth is None:
        return False
    return bool(set(name.group(1).split()) & set(birth.group(1).split()) - {"The", "He", "She"})


_TODAY_IS = re.compile(
    rf"\b(?:[Tt]oday(?:\s+is|,)\s+an?|(?<![\w,]\s)It\s+is)\s+({lx.WEEKDAY_NAME_RE})\b"
)  # ("Today is a Saturday", "It is Thursday morning, five days after the ceremony")
WEEKDAY_YEARS = 12  # a weekday and a day of the month come round again within this many


def _year_less_days(
    text: str, expressions: list[TimeExpression], after: dt.date, tenses: TenseIndex
) -> list[tuple[dt.date, TimeExpression]]:
    """Year-less days ("May 6") not still to come, each in the first year that puts it
    after `after`; or, when a day is written with its weekday ("Sunday, Dec. 20"), in the
    year up to that day that the first such year after `after` gives ("June 12, a Friday"
    too)."""
    hint: dt.date | None = None
    for e in expressions:
        found = _YEAR_LESS_DAY.match(e.value[:10])
        named = _WEEKDAY_AFTER.match(text, e.end)  # "on June 12, a Friday"
        weekday = lx.weekday_number(named.group(1) if named else e.text)
        if found is None or weekday is None:
            continue
        for year in range(after.year, after.year + WEEKDAY_YEARS):
            with suppress(ValueError):
                if (when := dt.date(year, int(found[1]), int(found[2]))) > after and (
                    when.weekday() == weekday
                ):
                    hint = when if hint is None else max(hint, when)
                    break
    days = []
    for e in expressions:
        if (found := _YEAR_LESS_DAY.match(e.value[:10])) is None:
            continue
        if tenses.tense(e.start, e.end) is Tense.FUTURE:
            continue  # "The last dinner will be served on Sunday, Dec. 20": after the paper
        month, day = int(found[1]), int(found[2])
        years = ((hint.year, hint.year - 1) if hint is not None
                 else (after.year, after.year + 1))  # fmt: skip
        for year in years:
            with suppress(ValueError):  # 29 February
                placed = dt.date(year, month, day)
                if (placed <= hint) if hint is not None else (placed > after):
                    days.append((placed, e))
                    break
    return days


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
