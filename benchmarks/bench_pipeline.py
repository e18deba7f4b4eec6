"""Throughput, memory and scaling of the whole pipeline on realistic corpora, vs dateparser.

Not a test. Builds JSONL corpora (title/text/published) of 1 and 10 MB (100 MB with
--big) from the gold texts in ../shared/data and the seeds, repeated with numbers,
weekdays and dates shifted per copy so that no two articles are identical (identical
ones would be read once). Every measurement runs in its own subprocess, which reports
its wall time and its peak RSS (ru_maxrss); one-core runs are pinned to one CPU.

Reported, in one run:
- resolve_dates alone and the whole pipeline to events.json (ingest, resolve, extract,
  merge, write), then rendering the page: MB/s, articles/s, peak memory per size;
- the merge stage alone (seconds per 1,000 events, to show it stays near-linear);
- streaming `timeline events --format jsonl --no-merge`: peak memory per size;
- dateparser's search_dates on a 1 MB slice, and our speed ratio;
- --jobs scaling: median of 3 runs of the pipeline on 1 and on 2 processes, on 1 and
  10 MB; a run during which other processes took more than --max-other-load of a CPU
  (read from /proc/stat: busy time not ours, and time stolen by the hypervisor) is
  run again, up to --retries times, and the load others took is reported;
- pathological one-line inputs (digits and dates, repeated patterns) at 0.25/0.5/1 MB:
  seconds for resolve_dates and for the whole per-article stage (120 s cap each).

    python benchmarks/bench_pipeline.py                 # 1 and 10 MB
    python benchmarks/bench_pipeline.py --big --json bench.json   # adds 100 MB
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]  # run from a checkout: timeline and bench_resolve
from bench_resolve import load_texts, shift_text  # noqa: E402

DATA_DIR = ROOT.parent / "shared" / "data"
SEEDS_DIR = ROOT / "seeds"
DEFAULT_SIZES_MB = (1.0, 10.0)
BIG_MB = 100.0
BASELINE_MB = 1.0
JOBS_RUNS = 3
DEFAULT_JOBS_MB = (1.0, 10.0)
MAX_OTHER_LOAD = 0.1  # CPUs others may take, on average, during a --jobs run
JOBS_RETRIES = 3
PATHOLOGICAL_MB = (0.25, 0.5, 1.0)
CHILD_TIMEOUT_S = 3600
PATHOLOGICAL_TIMEOUT_S = 120
PATHOLOGICAL_KINDS = ("digits", "dates", "repeats", "numbers", "clauses", "quotes")
PATHOLOGICAL_STAGES = ("resolve", "article")  # resolve_dates; article_events (all of it)
BYTES_PER_MB = 1_000_000
KIB = 1024  # ru_maxrss is in KiB on Linux


# --- corpora -----------------------------------------------------------------------------


def seed_docs() -> list[tuple[str, str, dt.date]]:
    """(title, text, published) of each seed; undated seeds get their inferred date."""
    from timeline.pipeline import build_timeline

    return [(a.title, a.text, a.published) for a in build_timeline([SEEDS_DIR]).articles]


def base_docs(data_dir: Path) -> list[tuple[str, str, dt.date]]:
    docs = [(text.strip().split("\n", 1)[0][:80], text, dct) for text, dct in load_texts(data_dir)]
    return docs + seed_docs()


def corpus_lines(docs: list[tuple[str, str, dt.date]], megabytes: float) -> Iterator[str]:
    """JSONL lines totalling `megabytes` of text; copy k shifts numbers, weekdays, dates."""
    target, size, copy = megabytes * BYTES_PER_MB, 0, 0
    seen: set[bytes] = set()
    while True:
        for index, (title, text, published) in enumerate(docs):
            varied = text if copy == 0 else shift_text(text, copy)
            digest = hashlib.sha256(" ".join(varied.split()).casefold().encode()).digest()
            if digest in seen:  # nothing to shift in this one: mark the copy
                varied += f"\n\nThis is report {copy} of the desk's series {index}."
                digest = hashlib.sha256(" ".join(varied.split()).casefold().encode()).digest()
            seen.add(digest)
            record = {
                "title": title if copy == 0 else shift_text(title, copy),
                "text": varied,
                "published": (published + dt.timedelta(days=copy)).isoformat(),
            }
            yield json.dumps(record, ensure_ascii=False)
            size += len(varied.encode("utf-8"))
            if size >= target:
                return
        copy += 1


def write_corpus(workdir: Path, docs: list[tuple[str, str, dt.date]], megabytes: float) -> Path:
    path = workdir / f"corpus-{megabytes:g}mb.jsonl"
    if not path.exists():
        with path.open("w", encoding="utf-8") as out:
            for line in corpus_lines(docs, megabytes):
                out.write(line + "\n")
    return path


def read_corpus(path: Path, limit_mb: float | None = None) -> Iterator[tuple[str, dt.date]]:
    size = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield record["text"], dt.date.fromisoformat(record["published"])
            size += len(record["text"].encode("utf-8"))
            if limit_mb is not None and size >= limit_mb * BYTES_PER_MB:
                return


def pathological(kind: str, megabytes: float) -> str:
    """One line of `megabytes` that stresses the resolver's patterns."""
    units = {
        "digits": "20171117 3 45 2017 11 17 0911 1998 ",
        "dates": "Friday, 17 Nov, 2017 11/17/2017 2017-11-17 Nov. 9 12:30 PM ",
        "repeats": "on Friday last week of the week of the last ",
        "numbers": "1" * 97 + " ",
        # a run-on sentence of relative clauses, lists and coordinated dates
        "clauses": "The company, which makes speakers, cameras and hubs, was founded in 2015 "
        "and went public in 2021, while Crane sank $1.125, ",
        "quotes": '"We moved people out at 4:30 in the morning," Holloway said at a briefing '
        "Monday, and ",
    }
    unit = units[kind]
    return (unit * (int(megabytes * BYTES_PER_MB) // len(unit) + 1))[
        : int(megabytes * BYTES_PER_MB)
    ]


# --- children: one measurement each --------------------------------------------------------


def peak_rss_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "peak_rss_mb": round(own.ru_maxrss / KIB, 1),
        "worker_peak_rss_mb": round(workers.ru_maxrss / KIB, 1),
        "cpu_seconds": round(sum(r.ru_utime + r.ru_stime for r in (own, workers)), 3),
    }


def machine_cpu_seconds() -> tuple[float, float] | None:
    """(busy, stolen) CPU seconds of the whole machine since boot; None off Linux."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq) / tick, steal / tick


WARM_UP_ARTICLES = 5  # both resolvers read the corpus's first articles once, untimed


def warm_up(resolve: Any, corpus: Path) -> None:
    """Load each resolver's lazily built patterns and data on real text before timing, the
    same articles for both: the timed runs measure throughput, not start-up."""
    for _, (text, published) in zip(range(WARM_UP_ARTICLES), read_corpus(corpus), strict=False):
        resolve(text, published)


def child_resolve(args: argparse.Namespace) -> dict[str, Any]:
    from timeline.dates import resolve_dates

    warm_up(resolve_dates, args.corpus)
    seconds = chars = 0.0
    docs = found = 0
    for text, published in read_corpus(args.corpus, args.limit_mb):
        began = time.perf_counter()
        found += len(resolve_dates(text, published))
        seconds += time.perf_counter() - began
        chars += len(text.encode("utf-8"))
        docs += 1
    return {"mb": chars / BYTES_PER_MB, "articles": docs, "seconds": seconds, "found": found}


def child_dateparser(args: argparse.Namespace) -> dict[str, Any]:
    from timeline.evaluate import dateparser_resolver

    warm_up(dateparser_resolver, args.corpus)
    seconds = chars = 0.0
    docs = found = 0
    for text, published in read_corpus(args.corpus, args.limit_mb):
        began = time.perf_counter()
        found += len(dateparser_resolver(text, published))
        seconds += time.perf_counter() - began
        chars += len(text.encode("utf-8"))
        docs += 1
    return {"mb": chars / BYTES_PER_MB, "articles": docs, "seconds": seconds, "found": found}


def child_pipeline(args: argparse.Namespace) -> dict[str, Any]:
    from timeline.dates import resolve_dates
    from timeline.formats import timeline_json
    from timeline.io import write_atomic
    from timeline.pipeline import run

    resolve_dates("Friday, Nov. 17, 2017", dt.date(2017, 11, 17))  # warm-up: the patterns
    run([SEEDS_DIR])  # built on first use, on the seeds as they are (not the corpus's copies)
    began = time.perf_counter()
    report = run([args.corpus], jobs=args.jobs)
    write_atomic(args.out / "events.json", timeline_json(report.timeline))
    seconds = time.perf_counter() - began
    tl = report.timeline
    result = {
        "mb": sum(len(a.text.encode("utf-8")) for a in tl.articles) / BYTES_PER_MB,
        "articles": len(tl.articles),
        "events": len(tl.events),
        "seconds": seconds,
        "stages": {k: round(v, 3) for k, v in report.timings.items()},
    }
    if args.render:
        from timeline.render import PlotlyJs, render_html

        began = time.perf_counter()
        page = render_html(tl, plotlyjs=PlotlyJs.CDN)
        result["render_seconds"] = time.perf_counter() - began
        result["page_mb"] = len(page.encode("utf-8")) / BYTES_PER_MB
    return result


def child_stream(args: argparse.Namespace) -> dict[str, Any]:
    from timeline.cli import app

    began = time.perf_counter()
    argv = ["events", str(args.corpus), "--format", "jsonl", "--no-merge", "-j", str(args.jobs)]
    with open(os.devnull, "w", encoding="utf-8") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            app(argv, standalone_mode=False)
        finally:
            sys.stdout = stdout
    size = args.corpus.stat().st_size / BYTES_PER_MB
    return {"file_mb": size, "seconds": time.perf_counter() - began}


def child_pathological(args: argparse.Namespace) -> dict[str, Any]:
    """Seconds for resolve_dates, or for the whole per-article stage, on one long line."""
    from timeline.dates import resolve_dates
    from timeline.models import Article, PublishedSource
    from timeline.pipeline import article_events

    text = pathological(args.kind, args.limit_mb)
    published = dt.date(2017, 11, 17)
    resolve_dates("Friday, Nov. 17, 2017", published)  # warm-up
    article = Article(
        id="p", title="p", published=published, published_source=PublishedSource.CLI, text=text
    )
    began = time.perf_counter()
    if args.stage == "resolve":
        found = len(resolve_dates(text, published))
    else:
        found = len(article_events(article))
    return {"mb": args.limit_mb, "seconds": time.perf_counter() - began, "found": found}


CHILDREN = {
    "resolve": child_resolve,
    "dateparser": child_dateparser,
    "pipeline": child_pipeline,
    "stream": child_stream,
    "pathological": child_pathological,
}


def child_main(args: argparse.Namespace) -> int:
    if args.pin and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    result = CHILDREN[args.child](args)
    result.update(peak_rss_mb())
    print(json.dumps(result))
    return 0


def measure(
    kind: str,
    corpus: Path | None = None,
    *,
    pin: bool = True,
    jobs: int = 1,
    limit_mb: float | None = None,
    extra: Sequence[str] = (),
    timeout: float = CHILD_TIMEOUT_S,
) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its JSON result."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--jobs", str(jobs)]
    argv += ["--corpus", str(corpus)] if corpus else []
    argv += ["--limit-mb", str(limit_mb)] if limit_mb else []
    argv += ["--pin"] if pin else []
    argv += list(extra)
    print(
        f"  {kind} {corpus.name if corpus else ''} jobs={jobs} {' '.join(extra)}",
        file=sys.stderr,
        flush=True,
    )
    before, began = machine_cpu_seconds(), time.perf_counter()
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    except subprocess.CalledProcessError as error:
        return {"error": error.stderr.strip().splitlines()[-1:]}
    result = dict(json.loads(done.stdout.strip().splitlines()[-1]))
    after, wall = machine_cpu_seconds(), time.perf_counter() - began
    if before is not None and after is not None:
        others = after[0] - before[0] - result["cpu_seconds"] + after[1] - before[1]
        result["other_load"] = round(max(others, 0.0) / wall, 3)  # CPUs, on average
    return result


def measure_quiet(
    kind: str, corpus: Path, *, retries: int, max_other_load: float, **options: Any
) -> dict[str, Any]:
    """`measure`, run again (up to `retries` times) while other processes disturb it."""
    for attempt in range(retries + 1):
        result = measure(kind, corpus, **options)
        result["attempts"] = attempt + 1
        if result.get("other_load", 0.0) <= max_other_load:
            break
        print(f"    others took {result['other_load']:.2f} CPUs: again", file=sys.stderr)
    return result


# --- the parent: build corpora, run the children, report ------------------------------------


def rates(r: dict[str, Any]) -> dict[str, Any]:
    if r.get("seconds"):
        r["mb_per_s"] = round(r["mb"] / r["seconds"], 3)
        r["articles_per_s"] = round(r["articles"] / r["seconds"], 1)
    return r


def run_all(args: argparse.Namespace) -> dict[str, Any]:
    args.workdir.mkdir(parents=True, exist_ok=True)
    (args.workdir / "out").mkdir(exist_ok=True)
    docs = base_docs(args.data_dir)
    sizes = list(args.sizes) + ([BIG_MB] if args.big else [])
    corpora = {size: write_corpus(args.workdir, docs, size) for size in sizes}
    out = ["--out", str(args.workdir / "out")]
    result: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "resolve": [],
        "pipeline": [],
        "stream": [],
    }
    for size, corpus in corpora.items():
        if size <= args.max_one_core_mb:
            result["resolve"].append({"size_mb": size, **rates(measure("resolve", corpus))})
            pipeline = measure("pipeline", corpus, extra=[*out, "--render"])
            result["pipeline"].append({"size_mb": size, **rates(pipeline)})
        result["stream"].append(
            {"size_mb": size, **measure("stream", corpus, pin=False, jobs=args.stream_jobs)}
        )
    small = corpora[min(sizes)]
    if args.baseline_mb > 0:
        theirs = rates(measure("dateparser", small, limit_mb=args.baseline_mb))
        ours = rates(measure("resolve", small, limit_mb=args.baseline_mb))
        result["dateparser"] = {"dateparser": theirs, "resolve_dates": ours}
        if theirs.get("mb_per_s") and ours.get("mb_per_s"):
            result["dateparser"]["ratio"] = round(ours["mb_per_s"] / theirs["mb_per_s"], 1)
    result["jobs"] = []
    for size in args.jobs_mb:
        jobs_corpus = corpora.get(size) or write_corpus(args.workdir, docs, size)
        runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
        for _ in range(JOBS_RUNS):
            for jobs in runs:
                runs[jobs].append(measure_quiet(
                    "pipeline", jobs_corpus, pin=jobs == 1, jobs=jobs, extra=out,
                    retries=args.retries, max_other_load=args.max_other_load,
                ))  # fmt: skip
        seconds = {j: [r.get("seconds", float("nan")) for r in rs] for j, rs in runs.items()}
        medians = {jobs: statistics.median(times) for jobs, times in seconds.items()}
        result["jobs"].append({
            "size_mb": size,
            "runs": seconds,
            "other_load": {j: [r.get("other_load") for r in rs] for j, rs in runs.items()},
            "attempts": sum(r["attempts"] for rs in runs.values() for r in rs),
            "median_seconds": medians,
            "speedup_2_vs_1": round(medians[1] / medians[2], 2),
        })  # fmt: skip
    if args.pathological:
        result["pathological"] = []
        for kind in PATHOLOGICAL_KINDS:
            for stage in PATHOLOGICAL_STAGES:
                row: dict[str, Any] = {"kind": kind, "stage": stage, "seconds": {}}
                for mb in PATHOLOGICAL_MB:
                    timed = measure(
                        "pathological",
                        limit_mb=mb,
                        timeout=PATHOLOGICAL_TIMEOUT_S,
                        extra=["--kind", kind, "--stage", stage],
                    )
                    row["seconds"][mb] = round(timed["seconds"], 3) if "seconds" in timed else None
                    if "seconds" not in timed:
                        break  # a timeout: larger inputs would only take longer
                result["pathological"].append(row)
    return result


def format_table(r: dict[str, Any]) -> str:
    lines = [f"timeline pipeline benchmark ({r['cpus']} CPUs, Python {r['python']})", ""]
    head = (
        f"{'stage':<22} {'MB':>7} {'articles':>8} {'s':>8} {'MB/s':>7} {'art/s':>8} {'RSS MB':>7}"
    )
    lines += [head, "-" * len(head)]
    for name, rows in (("resolve_dates", r["resolve"]), ("pipeline->events.json", r["pipeline"])):
        for row in rows:
            if "seconds" not in row:
                lines.append(f"{name:<22} {row['size_mb']:>7g} {row}")
                continue
            lines.append(
                f"{name:<22} {row['mb']:>7.2f} {row['articles']:>8} {row['seconds']:>8.2f} "
                f"{row['mb_per_s']:>7.3f} {row['articles_per_s']:>8.1f} "
                f"{row['peak_rss_mb']:>7.0f}"
            )
    if "dateparser" in r:
        for name in ("dateparser", "resolve_dates"):
            row = r["dateparser"][name]
            lines.append(
                f"{name + ' (slice)':<22} {row['mb']:>7.2f} {row['articles']:>8} "
                f"{row['seconds']:>8.2f} {row['mb_per_s']:>7.3f} "
                f"{row['articles_per_s']:>8.1f} {row['peak_rss_mb']:>7.0f}"
            )
        lines.append(f"resolve_dates vs dateparser search_dates: {r['dateparser'].get('ratio')}x")
    lines += [
        "",
        f"{'pipeline stages':<22} {'events':>8} {'read+extract':>12} {'merge s':>8} "
        f"{'ms/1k ev':>8} {'render s':>8} {'page MB':>8}",
    ]
    for row in r["pipeline"]:
        if "stages" in row:
            # merging runs as the articles come: the articles stage includes it
            merge = row["stages"].get("merge", 0.0)
            final = row["stages"].get("final", 0.0)
            extract = row["stages"].get("articles", 0.0) - (merge - final)
            lines.append(
                f"{row['size_mb']:>6g} MB{'':<14} {row['events']:>8} "
                f"{extract:>12.2f} {merge:>8.2f} "
                f"{1000 * 1000 * merge / max(row['events'], 1):>8.1f} "
                f"{row.get('render_seconds', 0):>8.2f} {row.get('page_mb', 0):>8.2f}"
            )
    lines += ["", "streaming events --format jsonl --no-merge (peak RSS, parent / workers):"]
    for row in r["stream"]:
        if "seconds" in row:
            lines.append(
                f"  {row['file_mb']:>7.1f} MB file  {row['seconds']:>8.1f} s  "
                f"{row['peak_rss_mb']:>6.0f} / {row['worker_peak_rss_mb']:.0f} MB"
            )
        else:
            lines.append(f"  {row['size_mb']:>7g} MB: {row}")
    stream = [row for row in r["stream"] if "peak_rss_mb" in row]
    if len(stream) > 1:
        growth = max(
            stream[-1]["peak_rss_mb"] / stream[0]["peak_rss_mb"],
            stream[-1]["worker_peak_rss_mb"] / stream[0]["worker_peak_rss_mb"],
        )
        lines.append(
            f"  peak RSS growth {stream[0]['file_mb']:.0f} -> "
            f"{stream[-1]['file_mb']:.0f} MB: {growth:.2f}x"
        )
    lines.append("")
    for j in r["jobs"]:
        loads = [x for xs in j["other_load"].values() for x in xs if x is not None]
        lines.append(
            f"--jobs on {j['size_mb']:g} MB (median of {JOBS_RUNS}): "
            f"1 job {j['median_seconds'][1]:.2f} s, 2 jobs {j['median_seconds'][2]:.2f} s, "
            f"speed-up {j['speedup_2_vs_1']}x"
        )
        lines.append(
            f"  runs: 1 job {' '.join(f'{t:.2f}' for t in j['runs'][1])} s; "
            f"2 jobs {' '.join(f'{t:.2f}' for t in j['runs'][2])} s; "
            f"{j['attempts']} runs for {2 * JOBS_RUNS}"
            + (f", others' load at most {max(loads):.2f} CPUs in the runs kept" if loads else "")
        )
    if "pathological" in r:
        sizes = "  ".join(f"{mb:>6g} MB" for mb in PATHOLOGICAL_MB)
        lines += [
            "",
            f"pathological one-line inputs, seconds   {sizes}   (- : over "
            f"{PATHOLOGICAL_TIMEOUT_S} s)",
        ]
        for row in r["pathological"]:
            cells = "  ".join(
                f"{row['seconds'].get(mb):>9.2f}"
                if row["seconds"].get(mb) is not None
                else f"{'-':>9}"
                for mb in PATHOLOGICAL_MB
            )
            lines.append(f"  {row['kind']:<8} {row['stage']:<8}{'':<20}{cells}")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=float,
        nargs="+",
        default=list(DEFAULT_SIZES_MB),
        help="corpus sizes in MB (default: 1 10)",
    )
    parser.add_argument("--big", action="store_true", help="also a 100 MB corpus")
    parser.add_argument(
        "--max-one-core-mb",
        type=float,
        default=10.0,
        help="largest corpus timed on one core (larger ones: stream only)",
    )
    parser.add_argument("--stream-jobs", type=int, default=2, help="processes for streaming")
    parser.add_argument(
        "--jobs-mb",
        type=float,
        nargs="+",
        default=list(DEFAULT_JOBS_MB),
        help="corpus sizes in MB for --jobs scaling (default: 1 10)",
    )
    parser.add_argument(
        "--max-other-load",
        type=float,
        default=MAX_OTHER_LOAD,
        help="CPUs other processes may take during a --jobs run before it is run again",
    )
    parser.add_argument(
        "--retries", type=int, default=JOBS_RETRIES, help="reruns of a disturbed --jobs run"
    )
    parser.add_argument(
        "--baseline-mb",
        type=float,
        default=BASELINE_MB,
        help="MB slice for dateparser (0 skips it)",
    )
    parser.add_argument("--no-pathological", dest="pathological", action="store_false")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/timeline-bench"))
    parser.add_argument("--json", type=Path, help="also write the result as JSON here")
    # the child side: one measurement
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit-mb", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--pin", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--render", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--kind", default="digits", help=argparse.SUPPRESS)
    parser.add_argument("--stage", default="resolve", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child_main(args)
    result = run_all(args)
    print(format_table(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
