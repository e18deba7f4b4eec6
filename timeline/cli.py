"""The `timeline` command: a thin typer layer over the library.

Exit codes: 0 done; 1 error (one line on stderr naming the file and the problem);
2 bad command-line usage (typer's own); 3 done, but some inputs were skipped.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from timeline import __version__
from timeline.errors import InputError, TimelineError
from timeline.formats import EventsFormat, format_events, load_timeline, timeline_json
from timeline.ingest import DateOrder, IngestOptions, Skipped, load_articles, parse_published_option
from timeline.io import write_atomic
from timeline.models import Article, Timeline
from timeline.page_options import GroupBy, PlotlyJs, Theme

app = typer.Typer(
    name="timeline",
    help="Turn news articles into a dated event timeline: HTML page, JSON, embeddable chart.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
LOGGER = logging.getLogger("timeline")

EXIT_ERROR = 1
EXIT_SKIPPED = 3
DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("output")
EVENTS_FILE = "events.json"
PAGE_FILE = "timeline.html"
EMBED_FILE = "timeline-embed.html"
TIMELINEJS_FILE = "timelinejs.json"
PLOTLY_FILE = "plotly.min.js"
PROGRESS_SECONDS = 0.2  # how often the progress line on a terminal is redrawn
BYTES_PER_MB = 1_000_000


class TableOrJson(str, Enum):
    TABLE = "table"
    JSON = "json"


ThemeOpt = Annotated[Theme, typer.Option(help="Page colours.")]
GroupByOpt = Annotated[GroupBy, typer.Option(help="Lanes: one per source article, "
                                                        "per actor, or one lane.")]  # fmt: skip
PlotlyJsOpt = Annotated[PlotlyJs, typer.Option(
    help="plotly.js inline (works offline), from its CDN, or as plotly.min.js beside the page."
)]  # fmt: skip


class RenderFormat(str, Enum):
    HTML = "html"
    TIMELINEJS = "timelinejs"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"timeline: error: {message}", err=True)
    return typer.Exit(code=EXIT_ERROR)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log what each stage does to stderr.")
    ] = False,
) -> None:
    """Turn news articles into a dated event timeline."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="timeline: %(message)s",
        stream=sys.stderr,
    )


PublishedOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--published",
        help="Publication date: DATE for files without one, or PATH=DATE for one file "
        "(overrides everything). Repeatable.",
    ),
]
DateOrderOpt = Annotated[
    DateOrder,
    typer.Option(
        "--date-order",
        help="How to read numeric dates like 03/04/2017; AUTO: as the article writes its "
        'dates ("9 February" or "February 9"; else its spelling), else month first.',
    ),
]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Stop at the first bad input.")]
RequireDatesOpt = Annotated[
    bool,
    typer.Option(
        "--require-dates", help="Treat a missing or inferred publication date as an error."
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option(
        "--jobs", "-j", min=0, help="Processes for the per-article stage (0: one per CPU)."
    ),
]


def _options(published: list[str] | None, date_order: DateOrder, strict: bool) -> IngestOptions:
    default, overrides = parse_published_option(published or [], date_order)
    return IngestOptions(
        published_default=default,
        published_overrides=overrides,
        date_order=date_order,
        strict=strict,
    )


def _report_skip(item: Skipped) -> None:
    typer.echo(f"timeline: skipped {item}", err=True)


def _report_note(message: str) -> None:
    LOGGER.info("%s", message)


class _Progress:
    """A one-line article counter on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.articles = 0
        self.chars = 0
        self.began = self.shown = time.monotonic()
        self.drawn = False

    def __call__(self, article: Article) -> None:
        self.articles += 1
        self.chars += len(article.text)
        now = time.monotonic()
        if self.enabled and now - self.shown >= PROGRESS_SECONDS:
            self.shown, self.drawn = now, True
            rate = self.chars / BYTES_PER_MB / max(now - self.began, 1e-9)
            sys.stderr.write(f"\r\033[Ktimeline: {self.articles} articles, "
                             f"{self.chars / BYTES_PER_MB:.1f} MB, {rate:.2f} MB/s")  # fmt: skip
            sys.stderr.flush()

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.drawn = False


def _jobs(jobs: int) -> int:
    from timeline.parallel import available_cpus

    return jobs or available_cpus()


def _build(
    inputs: list[Path],
    options: IngestOptions,
    *,
    merge: bool,
    require_dates: bool,
    jobs: int = 1,
    dask: str | None = None,
) -> tuple[Timeline, int, list[Skipped]]:
    """Run the pipeline, print warnings; returns the timeline, the exit code to use and
    the inputs skipped."""
    progress = _Progress()
    try:
        if dask is not None:
            from timeline.dask import run_on_dask  # the optional extra: checked there

            report = run_on_dask(
                [str(p) for p in inputs],
                options,
                scheduler=dask,
                merge=merge,
                require_dates=require_dates,
                on_note=_report_note,
            )
        else:
            from timeline.pipeline import run  # imported late: keeps `--help` fast

            report = run(
                [str(p) for p in inputs],
                options,
                merge=merge,
                require_dates=require_dates,
                on_note=_report_note,
                jobs=_jobs(jobs),
                on_article=progress,
            )
    finally:
        progress.close()
    _check_articles(inputs, report.timeline.articles, report.skipped)
    for item in report.skipped:
        _report_skip(item)
    for warning in report.warnings:
        typer.echo(f"timeline: warning: {warning}", err=True)
    if not report.timeline.articles:
        raise _no_article(inputs, report.skipped)
    return report.timeline, EXIT_SKIPPED if report.skipped else 0, report.skipped


def _check_articles(inputs: list[Path], articles: list[Article], skipped: list[Skipped]) -> None:
    if not articles and len(skipped) == 1:
        raise TimelineError(str(skipped[0]))


def _no_article(inputs: list[Path], skipped: list[Skipped]) -> TimelineError:
    return TimelineError(
        f"{', '.join(str(p) for p in inputs)}: no article could be read"
        + (f" ({len(skipped)} skipped)" if skipped else "")
    )


def _stream_events(
    inputs: list[Path], options: IngestOptions, *, require_dates: bool, jobs: int
) -> int:
    """`events --format jsonl --no-merge`: write each article's events as it is done.

    Skips are held back until the first article is read, so a run that reads nothing
    fails with the same one-line error as the non-streaming path.
    """
    from timeline.pipeline import iter_events

    held: list[Skipped] = []
    seen = 0
    progress = _Progress()

    def on_skip(item: Skipped) -> None:
        held.append(item)
        if seen:
            _report_skip(item)

    def on_warning(message: str) -> None:
        typer.echo(f"timeline: warning: {message}", err=True)

    out = sys.stdout
    try:
        stream = iter_events(
            [str(p) for p in inputs], options, require_dates=require_dates,
            on_skip=on_skip, on_note=_report_note, on_warning=on_warning, jobs=_jobs(jobs),
        )  # fmt: skip
        for article, found in stream:
            if not seen:
                for item in held:
                    _report_skip(item)
            seen += 1
            out.write("".join(e.model_dump_json() + "\n" for e in found))
            progress(article)
    finally:
        progress.close()
    out.flush()
    if not seen:
        _check_articles(inputs, [], held)
        for item in held:
            _report_skip(item)
        raise _no_article(inputs, held)
    return EXIT_SKIPPED if held else 0


@app.command()
def build(
    inputs: Annotated[
        list[Path] | None, typer.Argument(help="Article files or folders (default: seeds/).")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = DEFAULT_OUT,
    published: PublishedOpt = None,
    date_order: DateOrderOpt = DateOrder.AUTO,
    strict: StrictOpt = False,
    require_dates: RequireDatesOpt = False,
    title: Annotated[str | None, typer.Option(help="Title of the page.")] = None,
    theme: ThemeOpt = Theme.LIGHT,
    group_by: GroupByOpt = GroupBy.SOURCE,
    plotlyjs: PlotlyJsOpt = PlotlyJs.INLINE,
    png: Annotated[Path | None, typer.Option(help="Also write a PNG image here.")] = None,
    svg: Annotated[Path | None, typer.Option(help="Also write an SVG image here.")] = None,
    no_merge: Annotated[
        bool, typer.Option("--no-merge", help="Keep each report as its own event.")
    ] = False,
    jobs: JobsOpt = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on the Dask scheduler at ADDRESS (needs pip install 'timeline[dask]').",
        ),
    ] = None,
) -> None:
    """Read articles and write events.json, timeline.html and timeline-embed.html."""
    try:
        style = PageStyle(theme, group_by, plotlyjs)
        tl, code, skipped = _build(
            inputs or [DEFAULT_INPUT],
            _options(published, date_order, strict),
            merge=not no_merge,
            require_dates=require_dates,
            jobs=jobs,
            dask=dask,
        )
        written = _write_outputs(tl, out, style, title=title, png=png, svg=svg,
                                 skipped=skipped)  # fmt: skip
    except TimelineError as error:
        raise _fail(str(error)) from None
    # Events are sorted by date: the range runs from the first to the last as written.
    span = f"{tl.events[0].date.value} to {tl.events[-1].date.value}" if tl.events else "none"
    typer.echo(f"{len(tl.articles)} articles, {len(tl.events)} events, dates {span}")
    for path in written:
        typer.echo(f"wrote {path}")
    raise typer.Exit(code=code)


@dataclass(frozen=True)
class PageStyle:
    """How the page looks: theme, lanes and where plotly.js comes from."""

    theme: Theme
    group_by: GroupBy
    plotlyjs: PlotlyJs


def _write_outputs(
    tl: Timeline,
    out: Path,
    style: PageStyle,
    *,
    title: str | None,
    with_events: bool = True,
    png: Path | None = None,
    svg: Path | None = None,
    skipped: Sequence[Skipped] = (),
) -> list[Path]:
    """Render everything first, then write each file atomically (events.json only for
    `build`: `render` never rewrites its own input); the pages list `skipped`."""
    from timeline.render import PlotlyJs, plotlyjs_source, render_html

    page_title = title or _default_title(tl)
    images = _images(tl, style, page_title, png, svg)  # kaleido may fail: before any write
    files: dict[Path, str | bytes] = {out / EVENTS_FILE: timeline_json(tl)} if with_events else {}
    for path, embed in ((out / PAGE_FILE, False), (out / EMBED_FILE, True)):
        files[path] = render_html(tl, embed=embed, title=page_title, theme=style.theme,
                                  group_by=style.group_by, plotlyjs=style.plotlyjs,
                                  skipped=skipped)  # fmt: skip
    if style.plotlyjs is PlotlyJs.DIRECTORY:
        files[out / PLOTLY_FILE] = plotlyjs_source()
    files.update(images)
    for path, content in files.items():
        write_atomic(path, content)
    return list(files)


def _images(
    tl: Timeline, style: PageStyle, title: str, png: Path | None, svg: Path | None
) -> dict[Path, bytes]:
    """The requested PNG/SVG images, rendered (not yet written)."""
    from timeline.render import static_image

    return {
        path: static_image(tl, path, fmt=fmt, title=title, theme=style.theme,
                           group_by=style.group_by)  # fmt: skip
        for path, fmt in ((png, "png"), (svg, "svg"))
        if path is not None
    }


def _default_title(tl: Timeline) -> str:
    if len(tl.articles) == 1:
        return tl.articles[0].title
    return f"Timeline of {len(tl.articles)} articles"


@app.command()
def events(
    inputs: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    fmt: Annotated[
        EventsFormat | None,
        typer.Option("--format", "-f", help="Default: table on a terminal, json when piped."),
    ] = None,
    published: PublishedOpt = None,
    date_order: DateOrderOpt = DateOrder.AUTO,
    strict: StrictOpt = False,
    require_dates: RequireDatesOpt = False,
    no_merge: Annotated[bool, typer.Option("--no-merge", help="Do not merge reports.")] = False,
    jobs: JobsOpt = 1,
) -> None:
    """List the dated events found in articles.

    With --format jsonl --no-merge the events are streamed: written article by article,
    in input order, with memory that does not grow with the input.
    """
    chosen = fmt or (EventsFormat.TABLE if sys.stdout.isatty() else EventsFormat.JSON)
    try:
        options = _options(published, date_order, strict)
        if chosen is EventsFormat.JSONL and no_merge:
            code = _stream_events(inputs, options, require_dates=require_dates, jobs=jobs)
            raise typer.Exit(code=code)
        tl, code, _ = _build(
            inputs, options, merge=not no_merge, require_dates=require_dates, jobs=jobs
        )
    except TimelineError as error:
        raise _fail(str(error)) from None
    typer.echo(format_events(tl, chosen), nl=False)
    raise typer.Exit(code=code)


@app.command()
def dates(
    file: Annotated[Path, typer.Argument(help="An article file.")],
    published: Annotated[
        str | None, typer.Option("--published", help="Anchor date (YYYY-MM-DD).")
    ] = None,
    fmt: Annotated[TableOrJson, typer.Option("--format", "-f")] = TableOrJson.TABLE,
    date_order: DateOrderOpt = DateOrder.AUTO,
) -> None:
    """List the temporal expressions in one article, resolved against its date."""
    from timeline.dates import resolve_dates
    from timeline.ingest import parse_date_arg
    from timeline.undated import infer_published

    try:
        anchor = parse_date_arg(published) if published else None
        if file.is_dir():
            raise InputError(str(file), "is a folder; `timeline dates` reads one article file")
        result = load_articles([file], IngestOptions(strict=True, date_order=date_order))
        if not result.articles:
            raise TimelineError(f"{file}: no article could be read")
        article = result.articles[0]
        if anchor is None and article.published is None and (
            inferred := infer_published(article, [])
        ) is not None:  # (as `events` dates it, alone: from its own dates)
            anchor = inferred[0]
            typer.echo(f"timeline: note: {file}: publication date {anchor.isoformat()} "
                       f"{inferred[1]}", err=True)  # fmt: skip
        anchor = anchor or article.published
        found = resolve_dates(article.text, anchor, day_first=article.day_first)
    except TimelineError as error:
        raise _fail(str(error)) from None
    if anchor is None:
        typer.echo(f"timeline: warning: {file}: no publication date; relative dates stay "
                   "unresolved (give --published)", err=True)  # fmt: skip
    if fmt is TableOrJson.JSON:
        typer.echo(json.dumps([e.model_dump(mode="json") for e in found], indent=2))
        return
    for e in found:
        interval = f"{e.start_date}..{e.end_date}" if e.start_date else ""
        typer.echo(f"{e.start:>6}-{e.end:<6} {e.type.value:<8} {e.value:<14} {interval:<22} "
                   f"{e.text}")  # fmt: skip


@app.command()
def render(
    events_file: Annotated[Path, typer.Argument(help="An events.json written by timeline.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = DEFAULT_OUT,
    embed: Annotated[bool, typer.Option("--embed", help="Write only the HTML fragment.")] = False,
    fmt: Annotated[RenderFormat, typer.Option("--format", "-f")] = RenderFormat.HTML,
    title: Annotated[str | None, typer.Option(help="Title of the page.")] = None,
    theme: ThemeOpt = Theme.LIGHT,
    group_by: GroupByOpt = GroupBy.SOURCE,
    plotlyjs: PlotlyJsOpt = PlotlyJs.INLINE,
    png: Annotated[Path | None, typer.Option(help="Also write a PNG image here.")] = None,
    svg: Annotated[Path | None, typer.Option(help="Also write an SVG image here.")] = None,
) -> None:
    """Re-render a (possibly hand-edited) events file."""
    from timeline.render import render_html, render_timelinejs

    try:
        tl = load_timeline(events_file)
        style = PageStyle(theme, group_by, plotlyjs)
        page_title = title or _default_title(tl)
        if fmt is RenderFormat.HTML and not embed:
            written = _write_outputs(tl, out, style, title=page_title, with_events=False,
                                     png=png, svg=svg)  # fmt: skip
        else:
            files: dict[Path, str | bytes] = dict(_images(tl, style, page_title, png, svg))
            if fmt is RenderFormat.TIMELINEJS:
                files = {out / TIMELINEJS_FILE: render_timelinejs(tl), **files}
            else:
                html = render_html(tl, embed=True, title=page_title, theme=style.theme,
                                   group_by=style.group_by, plotlyjs=style.plotlyjs)  # fmt: skip
                files = {out / EMBED_FILE: html, **files}
            for path, content in files.items():
                write_atomic(path, content)
            written = list(files)
    except TimelineError as error:
        raise _fail(str(error)) from None
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the events file."""
    typer.echo(json.dumps(Timeline.model_json_schema(), indent=2))


@app.command("eval")
def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold TimeML data as JSON Lines.")],
    fmt: Annotated[TableOrJson, typer.Option("--format", "-f")] = TableOrJson.TABLE,
    errors: Annotated[int, typer.Option("--errors", help="Print N mismatches.", min=0)] = 0,
    baseline: Annotated[
        str | None, typer.Option("--baseline", help="Also score a baseline: dateparser.")
    ] = None,
) -> None:
    """Score the date resolver against gold data (TempEval-3 Task A)."""
    from timeline.evaluate import (
        dateparser_resolver,
        evaluate,
        format_report,
        load_gold,
        report_json,
    )

    if baseline not in (None, "dateparser"):
        raise typer.BadParameter("the only baseline is 'dateparser'", param_hint="--baseline")
    try:
        docs = load_gold(gold)
        report = evaluate(docs)
        base = evaluate(docs, dateparser_resolver) if baseline else None
    except TimelineError as error:
        raise _fail(str(error)) from None
    if fmt is TableOrJson.JSON:
        typer.echo(json.dumps(report_json(report, base), indent=2))
    else:
        typer.echo(format_report(report, baseline=base, errors=errors))


def run() -> None:  # pragma: no cover - console entry point helper
    app(prog_name="timeline")


if __name__ == "__main__":  # pragma: no cover
    run()


