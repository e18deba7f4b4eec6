"""Event extraction on one long line: seconds per size, and the growth per doubling.

Not a test. `extract_events` (dates resolved beforehand, not timed) on single-line
inputs of growing size, each in a fresh subprocess with a time cap:

- `news`: the gold texts joined into one line (line breaks become spaces), so the
  article is one paragraph of thousands of ordinary sentences;
- `repeats`: bench_pipeline's "repeats" unit ("on Friday last week of the week of the
  last ..."), one sentence with tens of thousands of dates;
- `attrib`: one sentence of repeated attributions and capitalised names ("said Kim
  Jong, a ... according to ..."), aimed at the headline regexes.

    python benchmarks/bench_events.py                   # 0.25 / 0.5 / 1 MB
    python benchmarks/bench_events.py --sizes 0.02 0.04 --kinds repeats
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # run from a checkout
from bench_pipeline import DATA_DIR, pathological  # noqa: E402
from bench_resolve import load_texts  # noqa: E402

BYTES_PER_MB = 1_000_000
DEFAULT_SIZES_MB = (0.25, 0.5, 1.0)
KINDS = ("news", "repeats", "attrib")
TIMEOUT_S = 120
PUBLISHED = dt.date(2017, 11, 17)
ATTRIB_UNIT = (
    "Officials said Kim Jong Un, a leader of the North Korean Workers Party who met "
    "Xi Jinping on Friday according to Yonhap and Reuters, he said "
)


def one_line(kind: str, megabytes: float) -> str:
    size = int(megabytes * BYTES_PER_MB)
    if kind == "repeats":
        return pathological("repeats", megabytes)
    if kind == "news":
        unit = " ".join(" ".join(text.split()) for text, _ in load_texts(DATA_DIR)) + " "
    else:
        unit = ATTRIB_UNIT
    return (unit * (size // len(unit) + 1))[:size]


def child(kind: str, megabytes: float) -> dict[str, float]:
    from timeline.dates import resolve_dates
    from timeline.events import extract_events
    from timeline.models import Article, PublishedSource

    text = one_line(kind, megabytes)
    expressions = resolve_dates(text, PUBLISHED)
    article = Article(
        id="p", title="p", published=PUBLISHED, published_source=PublishedSource.CLI, text=text
    )
    began = time.perf_counter()
    events = extract_events(article, expressions)
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "events": len(events), "dates": len(expressions)}


def measure(kind: str, megabytes: float) -> dict[str, float] | None:
    argv = [sys.executable, __file__, "--child", kind, str(megabytes)]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT_S, check=True)
    except subprocess.TimeoutExpired:
        return None
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=list(DEFAULT_SIZES_MB))
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], float(args.child[1]))))
        return 0
    print(f"extract_events on one line, seconds (- : over {TIMEOUT_S} s)")
    print(f"{'kind':<8} {'MB':>6} {'dates':>7} {'events':>7} {'s':>8} {'x prev':>7}")
    for kind in args.kinds:
        previous = None
        for mb in args.sizes:
            result = measure(kind, mb)
            if result is None:
                print(f"{kind:<8} {mb:>6g} {'-':>7} {'-':>7} {'-':>8}")
                break
            growth = f"{result['seconds'] / previous:.2f}" if previous else ""
            print(
                f"{kind:<8} {mb:>6g} {result['dates']:>7} {result['events']:>7} "
                f"{result['seconds']:>8.2f} {growth:>7}",
                flush=True,
            )
            previous = result["seconds"]
    return 0


if __name__ == "__main__":
    sys.exit(main())
