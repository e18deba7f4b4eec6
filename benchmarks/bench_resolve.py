"""Throughput of the date resolver on a corpus built from the gold texts, vs dateparser.

Not a test. Builds N-MB corpora (default 1 and 10) by repeating the gold texts with
numbers and weekdays shifted per copy, times `resolve_dates` per document on one core,
measures peak Python memory (tracemalloc, a separate run) and max RSS, and times
dateparser's `search_dates` on a 1 MB slice. Example:

    PYTHONPATH=. python benchmarks/bench_resolve.py --sizes 1 10 --json bench.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import logging
import os
import re
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

LOGGER = logging.getLogger("bench_resolve")

DATA_DIR = Path("/work/shared/data")
DEFAULT_SIZES_MB = (1.0, 10.0)
DEFAULT_BASELINE_MB = 1.0
DEFAULT_MEMORY_MB = 1.0
DEFAULT_RESOLVER = "timeline.dates:resolve_dates"
BYTES_PER_MB = 1_000_000
KB_PER_MB = 1024  # ru_maxrss is in KiB on Linux
MAX_DAY_SHIFTED = 28
YEAR_RANGE = range(1900, 2100)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
NUMBER_RE = re.compile(r"\b\d+\b")

Doc = tuple[str, dt.date]
Resolve = Callable[[str, dt.date], Sequence[Any]]


def load_texts(data_dir: Path) -> list[Doc]:
    """(text, dct) of every gold document in `data_dir/*.jsonl`."""
    docs = []
    for path in sorted(data_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                docs.append((raw["text"], dt.date.fromisoformat(raw["dct"])))
    if not docs:
        raise SystemExit(f"{data_dir}: no *.jsonl gold files")
    return docs


def shift_text(text: str, copy: int) -> str:
    """`text` with years, small numbers and weekday names shifted by `copy`."""

    def number(match: re.Match[str]) -> str:
        value = int(match.group())
        if value in YEAR_RANGE:
            return str(YEAR_RANGE.start + (value - YEAR_RANGE.start + copy) % len(YEAR_RANGE))
        if 1 <= value <= MAX_DAY_SHIFTED:
            return str((value - 1 + copy) % MAX_DAY_SHIFTED + 1)
        return str(value + copy)

    def weekday(match: re.Match[str]) -> str:
        return WEEKDAYS[(WEEKDAYS.index(match.group()) + copy) % len(WEEKDAYS)]

    return WEEKDAY_RE.sub(weekday, NUMBER_RE.sub(number, text))


def build_corpus(docs: list[Doc], megabytes: float) -> list[Doc]:
    """Documents totalling at least `megabytes` of UTF-8; copy k is shifted by k."""
    target, size, corpus = megabytes * BYTES_PER_MB, 0, []
    copy = 0
    while size < target:
        for text, dct in docs:
            varied = text if copy == 0 else shift_text(text, copy)
            corpus.append((varied, dct + dt.timedelta(days=copy)))
            size += len(varied.encode("utf-8"))
            if size >= target:
                break
        copy += 1
    return corpus


def corpus_mb(corpus: list[Doc]) -> float:
    return sum(len(text.encode("utf-8")) for text, _ in corpus) / BYTES_PER_MB


def time_run(resolve: Resolve, corpus: list[Doc]) -> dict[str, float]:
    """Wall time of `resolve` over each document, with MB/s, docs/s and expressions."""
    found = 0
    began = time.perf_counter()
    for text, dct in corpus:
        found += len(resolve(text, dct))
    seconds = time.perf_counter() - began
    megabytes = corpus_mb(corpus)
    return {
        "mb": round(megabytes, 3),
        "docs": len(corpus),
        "seconds": round(seconds, 3),
        "mb_per_s": round(megabytes / seconds, 4) if seconds else 0.0,
        "docs_per_s": round(len(corpus) / seconds, 1) if seconds else 0.0,
        "expressions": found,
    }


def peak_memory_mb(resolve: Resolve, corpus: list[Doc]) -> float:
    """Peak traced Python allocation while resolving `corpus` (a separate, slower run)."""
    tracemalloc.start()
    try:
        for text, dct in corpus:
            resolve(text, dct)
        return tracemalloc.get_traced_memory()[1] / BYTES_PER_MB
    finally:
        tracemalloc.stop()


def load_resolver(spec: str) -> Resolve:
    """`module:function` to a callable."""
    module, _, name = spec.partition(":")
    resolver: Resolve = getattr(importlib.import_module(module), name)
    return resolver


def pin_one_core() -> str:
    """Pin this process to one CPU where the OS allows; returns which."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"cpu {cpu}"


def run(args: argparse.Namespace) -> dict[str, Any]:
    texts = load_texts(args.data_dir)
    result: dict[str, Any] = {"resolver": args.resolver, "core": pin_one_core(), "runs": []}
    began = time.perf_counter()
    resolve = load_resolver(args.resolver)
    resolve(*texts[0])  # warm-up: imports, regex compilation, caches
    result["warmup_seconds"] = round(time.perf_counter() - began, 3)
    for megabytes in args.sizes:
        corpus = build_corpus(texts, megabytes)
        LOGGER.info("timing %s on %.2f MB (%d docs)", args.resolver, megabytes, len(corpus))
        result["runs"].append(time_run(resolve, corpus))
    if args.memory_mb > 0:
        result["peak_traced_mb"] = round(
            peak_memory_mb(resolve, build_corpus(texts, args.memory_mb)), 3
        )
        result["memory_corpus_mb"] = args.memory_mb
    if args.baseline_mb > 0:
        from timeline.evaluate import dateparser_resolver

        dateparser_resolver(*texts[0])  # warm-up
        LOGGER.info("timing dateparser on %.2f MB", args.baseline_mb)
        result["dateparser"] = time_run(dateparser_resolver, build_corpus(texts, args.baseline_mb))
        ours = result["runs"][0]["mb_per_s"] if result["runs"] else 0.0
        theirs = result["dateparser"]["mb_per_s"]
        result["speedup_vs_dateparser"] = round(ours / theirs, 1) if theirs else None
    result["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KB_PER_MB, 1)
    return result


def format_table(result: dict[str, Any]) -> str:
    """The result as a plain-text table."""
    header = (
        f"{'run':<14} {'MB':>8} {'docs':>7} {'seconds':>9} {'MB/s':>9} {'docs/s':>9} {'exprs':>8}"
    )
    lines = [f"resolver {result['resolver']} ({result['core']})", header, "-" * len(header)]
    rows = [("resolve_dates", run) for run in result["runs"]]
    rows += [("dateparser", result["dateparser"])] if "dateparser" in result else []
    for name, r in rows:
        lines.append(
            f"{name:<14} {r['mb']:>8.2f} {r['docs']:>7} {r['seconds']:>9.2f} "
            f"{r['mb_per_s']:>9.3f} {r['docs_per_s']:>9.1f} {r['expressions']:>8}"
        )
    lines.append(f"warm-up (import + first doc): {result['warmup_seconds']:.2f} s")
    if "peak_traced_mb" in result:
        lines.append(
            f"peak traced memory: {result['peak_traced_mb']:.2f} MB "
            f"(tracemalloc over {result['memory_corpus_mb']} MB)"
        )
    lines.append(f"max RSS: {result['max_rss_mb']:.1f} MB")
    if result.get("speedup_vs_dateparser"):
        lines.append(f"speed vs dateparser (first size): {result['speedup_vs_dateparser']}x")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=float,
        nargs="+",
        default=list(DEFAULT_SIZES_MB),
        help="corpus sizes in MB to time the resolver on (default: 1 10)",
    )
    parser.add_argument(
        "--baseline-mb",
        type=float,
        default=DEFAULT_BASELINE_MB,
        help="MB for dateparser's search_dates; 0 skips it (default: 1)",
    )
    parser.add_argument(
        "--memory-mb",
        type=float,
        default=DEFAULT_MEMORY_MB,
        help="MB for the tracemalloc run; 0 skips it (default: 1)",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=DATA_DIR, help="folder of gold *.jsonl files"
    )
    parser.add_argument(
        "--resolver",
        default=DEFAULT_RESOLVER,
        help="module:function to time (default: timeline.dates:resolve_dates)",
    )
    parser.add_argument(
        "--json", type=Path, help="also write the result as JSON here ('-': stdout)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    result = run(args)
    print(format_table(result))
    if args.json is not None:
        text = json.dumps(result, indent=2)
        if str(args.json) == "-":
            print(text)
        else:
            args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
