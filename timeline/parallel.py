"""The per-article stage over a pool of processes, in input order.

`map_articles` runs `article_events` on each settled article and yields
`(article, events)` in the order the articles came in, so `--jobs N` gives the same,
byte-identical output as `--jobs 1`. Articles are sent to the workers in chunks (fewer,
larger messages) and only a bounded window of chunks is in flight, so a stream of
articles is never read ahead into memory as a whole.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from timeline.models import Article, Event

LOGGER = logging.getLogger(__name__)

CHUNK_ARTICLES = 16  # articles per message to a worker
CHUNKS_IN_FLIGHT_PER_JOB = 4  # how far the parent reads ahead of the slowest chunk

Result = tuple[Article, list[Event]]


def available_cpus() -> int:
    """CPUs this process may run on (the affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _chunk_events(chunk: list[Article]) -> list[list[Event]]:
    """Worker side: the events of each article of a chunk."""
    from timeline.pipeline import article_events

    return [article_events(article) for article in chunk]


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    """fork where available (workers start warm, with the parent's imports), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def map_articles(
    articles: Iterable[Article], jobs: int = 1, *, chunk_size: int = CHUNK_ARTICLES
) -> Iterator[Result]:
    """`(article, article_events(article))` for each article, in order, on `jobs` processes.

    With `jobs <= 1` everything runs in this process. Otherwise at most
    `jobs * CHUNKS_IN_FLIGHT_PER_JOB` chunks are pending at any time.
    """
    from timeline.pipeline import article_events

    if jobs <= 1:
        for article in articles:
            yield article, article_events(article)
        return
    window = jobs * CHUNKS_IN_FLIGHT_PER_JOB
    LOGGER.info("per-article stage on %d processes, %d articles a chunk", jobs, chunk_size)
    pending: deque[tuple[list[Article], Future[list[list[Event]]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        try:
            for chunk in _chunks(articles, chunk_size):
                pending.append((chunk, pool.submit(_chunk_events, chunk)))
                if len(pending) >= window:
                    yield from _finished(pending.popleft())
            while pending:
                yield from _finished(pending.popleft())
        finally:  # stopped early (an error, a closed consumer): drop what is queued
            for _, future in pending:
                future.cancel()


def _finished(item: tuple[list[Article], Future[list[list[Event]]]]) -> Iterator[Result]:
    chunk, future = item
    yield from zip(chunk, future.result(), strict=True)
