"""Time `resolve_dates` on pathological single-line inputs: the cost must grow linearly.

Not a test. For each kind of input (digits, repeated dates, dense date text from the gold
data joined without newlines, words without dates ...) builds single-line texts of
0.125, 0.25, 0.5 and 1 MB, times `resolve_dates` on each (best of `--repeat` runs, each
in this process) and prints the seconds and the ratio to the previous size. Linear cost
doubles with the size: a ratio well above 2 per doubling is superlinear. Example:

    python benchmarks/bench_patho.py --sizes 0.125 0.25 0.5 1 --kinds may lastweek
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from timeline.dates import resolve_dates

DATA_DIR = Path("/work/shared/data")
DEFAULT_SIZES_MB = (0.125, 0.25, 0.5, 1.0)
BYTES_PER_MB = 1_000_000
PUBLISHED = dt.date(2017, 11, 17)
MAX_RATIO = 2.2  # per doubling of the input: above this, flag the kind as superlinear
_NEWLINES = re.compile(r"\s*\n\s*")

WORDS_WITHOUT_DATES = (
    "the committee said on its website that the talks between both parties would resume "
    "after the leaders of the opposition agreed to meet the minister in the capital "
)


def _gold_dense(data_dir: Path) -> str:
    """The gold texts joined into one line: dates at their natural density."""
    texts = []
    for path in sorted(data_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(_NEWLINES.sub(" ", json.loads(line)["text"]).strip())
    if not texts:
        raise SystemExit(f"{data_dir}: no *.jsonl gold files")
    return " ".join(texts) + " "


KINDS: dict[str, Callable[[Path], str]] = {
    "digits": lambda _: "1234567890",
    "year": lambda _: "1998 ",
    "may": lambda _: "May ",
    "may1998": lambda _: "May 1998 ",
    "gold": _gold_dense,
    "lastweek": lambda _: "last week next week ",
    "fulldate": lambda _: "Friday, 17 Nov, 2017 ",
    "words": lambda _: WORDS_WITHOUT_DATES,
    "fall": lambda _: "in the fall ",  # the normaliser looks at what follows the match
    "mixed": lambda _: "Friday, 17 Nov, 2017 in May ",  # long and short matches interleaved
}


def line_of(unit: str, megabytes: float) -> str:
    """`unit` repeated to `megabytes` characters, on one line."""
    size = int(megabytes * BYTES_PER_MB)
    return (unit * (size // len(unit) + 1))[:size]


def best_seconds(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        resolve_dates(text, PUBLISHED)
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=list(DEFAULT_SIZES_MB),
                        help="input sizes in MB, each double the previous")  # fmt: skip
    parser.add_argument("--kinds", nargs="+", choices=sorted(KINDS), default=list(KINDS))
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (best kept)")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder of gold *.jsonl")
    args = parser.parse_args(argv)

    header = "kind".ljust(10) + "".join(f"{size:>9g}MB ratio" for size in args.sizes)
    print(header)
    superlinear = []
    for kind in args.kinds:
        unit = KINDS[kind](args.data)
        row, previous, worst = kind.ljust(10), None, 0.0
        for size in args.sizes:
            seconds = best_seconds(line_of(unit, size), args.repeat)
            ratio = seconds / previous if previous else None
            row += f"{seconds:10.3f}s " + (f"{ratio:5.2f}" if ratio else "  -  ")
            worst = max(worst, ratio or 0.0)
            previous = seconds
        print(row, flush=True)
        if worst > MAX_RATIO:
            superlinear.append(kind)
    if superlinear:
        print(f"superlinear (a doubling costs > {MAX_RATIO}x): {', '.join(superlinear)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
