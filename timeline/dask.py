"""The same pipeline on a Dask cluster: `pip install 'timeline[dask]'`.

    from dask.distributed import Client
    from timeline.dask import run_on_dask
    report = run_on_dask(["news/"], scheduler=Client("tcp://scheduler:8786"))

Reading (which settles ids, duplicates and publication dates for the whole corpus) and
inference for undated articles run here, in the client. The pure per-article stage
(`article_events`) is mapped over a Dask bag of the settled articles on the workers, and
the merge is a shuffle: events are grouped by day (or date value) on the workers
(merging only ever compares events of one `block_key`) and each group is merged there. Only the
merged events come back. The result equals `timeline.pipeline.run` on one process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

from timeline.errors import TimelineError

try:  # absolute imports: this module is timeline.dask, these are the dask packages
    import dask.bag
    from distributed import Client
except ImportError as error:  # pragma: no cover - depends on the environment
    raise TimelineError(
        f"Dask is not installed ({error.name}); install it with: pip install 'timeline[dask]'"
    ) from None

from timeline.ingest import IngestOptions, Skipped, iter_articles
from timeline.merge import block_key, merge_events, sort_events
from timeline.models import Article, Event, RawArticle, Timeline
from timeline.pipeline import (
    BuildReport,
    article_events,
    date_warnings,
    infer_undated,
    report_handlers,
    split_dated,
)
from timeline.undated import story_of

LOGGER = logging.getLogger(__name__)

ARTICLES_PER_PARTITION = 64
CONNECT_TIMEOUT = "10s"

Indexed = tuple[int, int, Event]  # (article index, event index in it, event): input order


def _indexed_events(item: tuple[int, Article]) -> list[Indexed]:
    index, article = item
    return [(index, k, event) for k, event in enumerate(article_events(article))]


def _event(item: Indexed) -> Event:
    return item[2]


def _block(item: Indexed) -> str:
    return block_key(item[2].date.value)


def _merge_group(group: tuple[str, list[Indexed]]) -> list[Event]:
    """One block's events, in input order (a shuffle does not keep order), merged."""
    return merge_events(event for *_, event in sorted(group[1], key=lambda item: item[:2]))


def events_bag(articles: list[Article], *, merge: bool = True) -> dask.bag.Bag:
    """A bag of the events of `articles`, merged per day (or date value) unless `merge` is False."""
    partitions = max(1, -(-len(articles) // ARTICLES_PER_PARTITION))
    bag: Any = dask.bag.from_sequence(  # type: ignore[no-untyped-call]
        list(enumerate(articles)), npartitions=partitions
    )
    events = bag.map(_indexed_events).flatten()
    if not merge:
        return cast("dask.bag.Bag", events.map(_event))
    # The shuffle by task, never on disk: a client not set as the default (the CLI's) would
    # otherwise get the disk shuffle, whose files worker processes do not share reliably
    # (a merged build on a LocalCluster once came back with no events).
    merged = events.groupby(_block, shuffle="tasks").map(_merge_group).flatten()
    return cast("dask.bag.Bag", merged)


def _connect(scheduler: str | Client | None) -> tuple[Client | None, bool]:
    """A client for `scheduler` (an address or a Client); True if we opened it."""
    if scheduler is None or isinstance(scheduler, Client):
        return scheduler, False
    try:
        client = Client(  # type: ignore[no-untyped-call]
            scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False
        )
        return client, True
    except (OSError, TimeoutError, ValueError) as error:
        raise TimelineError(
            f"cannot reach the Dask scheduler at {scheduler}: {error}".splitlines()[0]
        ) from None


def run_on_dask(
    inputs: Iterable[str | Path],
    options: IngestOptions | None = None,
    *,
    scheduler: str | Client | None = None,
    merge: bool = True,
    require_dates: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> BuildReport:
    """Like `timeline.pipeline.run`, with the per-article stage and the merge on Dask.

    `scheduler` is a scheduler address, a `distributed.Client`, or None for Dask's
    current default scheduler. An unreachable scheduler raises TimelineError.
    """
    options = options or IngestOptions()
    report = BuildReport(timeline=Timeline())
    skip, note = report_handlers(report, on_skip, on_note)
    client, opened = _connect(scheduler)  # first: an unreachable scheduler fails fast
    try:
        undated: list[RawArticle] = []
        articles = list(split_dated(iter_articles(list(inputs), options, skip, note), undated))
        if undated:
            stories = [story_of(article) for article in articles]
            articles += infer_undated(undated, stories, options, require_dates=require_dates,
                                      skip=skip, warn=report.warnings.append)  # fmt: skip
        bag = events_bag(articles, merge=merge)
        computed: list[Event] = (
            client.compute(bag).result()  # type: ignore[no-untyped-call]
            if client is not None
            else bag.compute()  # type: ignore[no-untyped-call]
        )
    finally:
        if opened and client is not None:
            client.close()  # type: ignore[no-untyped-call]
    articles.sort(key=lambda a: (a.published, a.id))
    report.warnings.extend(date_warnings(articles))
    report.timeline = Timeline(articles=articles, events=sort_events(computed))
    return report
