"""The per-article stage over a pool of processes, in input order.

`map_ordered` runs a function on each item and yields the results in the order the
items came in, so `--jobs N` gives the same, byte-identical output as `--jobs 1`. Items
are sent to the workers in chunks (fewer, larger messages) and only a bounded window of
chunks is in flight, so a stream of articles is never read ahead into memory as a whole.
`map_articles` is the per-article stage itself: `(article, article_events(article))`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice, tee
from typing import TypeVar

from timeline.models import Article, Event

LOGGER = logging.getLogger(__name__)

CHUNK_ARTICLES = 16  # articles per message to a worker
CHUNKS_IN_FLIGHT_PER_JOB = 4  # how far the parent reads ahead of the slowest chunk

Result = tuple[Article, list[Event]]
T = TypeVar("T")
R = TypeVar("R")


def available_cpus() -> int:
    """CPUs this process may run on (the affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _run_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Worker side: `func` on each item of a chunk."""
    return [func(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    """fork where available (workers start warm, with the parent's imports), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def map_ordered(
    func: Callable[[T], R], items: Iterable[T], jobs: int = 1, *, chunk_size: int | None = None
) -> Iterator[R]:
    """`func(item)` for each item, in order, on `jobs` processes.

    `func` must be picklable (a module-level function, or a partial of one). With
    `jobs <= 1` everything runs in this process, lazily. Otherwise items go in chunks of
    `chunk_size` (default CHUNK_ARTICLES), and at most
    `jobs * CHUNKS_IN_FLIGHT_PER_JOB` chunks are pending at any time, and the results
    of each chunk are yielded as soon as it and every chunk before it are done.
    """
    if jobs <= 1:
        for item in items:  # (not `map`: a StopIteration leaking from `func` would end it
            yield func(item)  # silently; in a generator it is an error)
        return
    chunk_size = chunk_size or CHUNK_ARTICLES
    window = jobs * CHUNKS_IN_FLIGHT_PER_JOB
    LOGGER.info("per-article stage on %d processes, %d items a chunk", jobs, chunk_size)
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        try:
            for chunk in _chunks(items, chunk_size):
                pending.append(pool.submit(_run_chunk, func, chunk))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:  # stopped early (an error, a closed consumer): drop what is queued
            for future in pending:
                future.cancel()


def _article_events(article: Article) -> list[Event]:
    from timeline.pipeline import article_events

    return article_events(article)


def map_articles(
    articles: Iterable[Article], jobs: int = 1, *, chunk_size: int | None = None
) -> Iterator[Result]:
    """`(article, article_events(article))` for each article, in order, on `jobs` processes.

    The articles stay here (only the window in flight is held twice); their events come
    back from the workers.
    """
    ours, theirs = tee(articles)
    return zip(ours, map_ordered(_article_events, theirs, jobs, chunk_size=chunk_size), strict=True)
