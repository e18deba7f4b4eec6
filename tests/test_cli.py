"""The `timeline` command through typer's CliRunner: exit codes and exact output."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ID_000, ID_002, SEED_000, SEED_002, first_difference
from typer.testing import CliRunner

from timeline import __version__
from timeline.cli import EventsFormat, app, format_events
from timeline.errors import OutputError, TimelineError
from timeline.ingest import load_articles
from timeline.models import (
    Article,
    Event,
    EventDate,
    EventGranularity,
    PublishedSource,
    Source,
    Timeline,
)

SEED_EVENTS = 10  # the seeds give ten events after merging
SUMMARY = f"2 articles, {SEED_EVENTS} events, dates 2016-10 to 2017-11-17"
INFERRED_WARNING = (
    f"timeline: warning: {SEED_002}: publication date 2017-11-17 inferred from '{ID_000}' "
    "(2017-11-17), which reports the same story; consistent with the article's own dates"
)
OUTPUTS = ("events.json", "timeline.html", "timeline-embed.html")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """An output folder written once by `timeline build seeds/`."""
    out = tmp_path_factory.mktemp("built")
    result = CliRunner().invoke(app, ["build", str(seeds_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def error_lines(text: str) -> list[str]:
    return text.splitlines()


# --- build ---------------------------------------------------------------------------


def test_build_writes_three_files_and_a_summary(
    runner: CliRunner, seeds_dir: Path, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["build", str(seeds_dir), "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert (
        result.stdout
        == "\n".join([SUMMARY, *(f"wrote {tmp_path / name}" for name in OUTPUTS)]) + "\n"
    )
    assert result.stderr == INFERRED_WARNING + "\n"
    for name in OUTPUTS:
        assert (tmp_path / name).stat().st_size > 0
    tl = Timeline.model_validate_json((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert {a.id for a in tl.articles} == {ID_000, ID_002}
    assert len(tl.events) == SEED_EVENTS


def test_two_builds_give_byte_identical_events(built: Path, seeds_dir: Path,
                                               tmp_path: Path) -> None:  # fmt: skip
    result = CliRunner().invoke(app, ["build", str(seeds_dir), "--out", str(tmp_path)])
    assert result.exit_code == 0
    ours, theirs = (tmp_path / "events.json").read_bytes(), (built / "events.json").read_bytes()
    assert not first_difference(ours, theirs), first_difference(ours, theirs)


def test_first_difference_names_the_event_and_field(built: Path) -> None:
    ours = (built / "events.json").read_bytes()
    edited = json.loads(ours)
    edited["events"][3]["headline"] = "Something else"
    theirs = json.dumps(edited, indent=2).encode()
    assert first_difference(ours, ours) == ""
    assert first_difference(ours, theirs).startswith("events[3] (id ")
    assert "headline" in first_difference(ours, theirs)
    assert first_difference(ours, ours + b" ").startswith("same content")


def test_a_per_file_published_date_overrides_inference(
    runner: CliRunner, seeds_dir: Path, tmp_path: Path
) -> None:
    args = ["build", str(seeds_dir), "--out", str(tmp_path),
            "--published", f"{SEED_002}=2017-11-18"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.stderr == ""  # nothing inferred, nothing to warn about
    tl = Timeline.model_validate_json((tmp_path / "events.json").read_text(encoding="utf-8"))
    article = tl.article(ID_002)
    assert article is not None
    assert (article.published.isoformat(), article.published_source) == (
        "2017-11-18",
        PublishedSource.CLI,
    )
    # "on Thursday" in 002 now means Thursday 16 November still; "this week" is W46.
    assert any(e.date.text == "Thursday" and e.date.value == "2017-11-16" for e in tl.events)


def test_a_missing_input_among_good_ones_is_skipped_with_exit_3(
    runner: CliRunner, seeds_dir: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.txt"
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(seeds_dir), str(missing), "--out", str(out)])
    assert result.exit_code == 3
    assert error_lines(result.stderr) == [
        f"timeline: skipped {missing}: no such file or directory",
        INFERRED_WARNING,
    ]
    assert result.stdout.startswith(SUMMARY + "\n")
    assert (out / "events.json").is_file()
    for page in ("timeline.html", "timeline-embed.html"):  # the pages say what is missing
        html = (out / page).read_text(encoding="utf-8")
        assert ('<div class="tl-skipped" role="note"><p>1 input was skipped and is not on '
                f"this timeline:</p><ul><li>{missing}: no such file or directory</li></ul>"
                ) in html  # fmt: skip


def _empty(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path, "empty file"


def _binary(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path, "binary file"


def _missing(tmp_path: Path) -> tuple[Path, str]:
    return tmp_path / "missing.txt", "no such file or directory"


@pytest.mark.parametrize("make_input", [_missing, _empty, _binary])
def test_one_bad_input_is_one_error_line_and_exit_1(
    runner: CliRunner, tmp_path: Path, make_input
) -> None:
    path, problem = make_input(tmp_path)
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 1
    assert lines[0].startswith(f"timeline: error: {path}: {problem}")
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert not (tmp_path / "out" / "events.json").exists()


def test_a_failed_build_leaves_the_existing_events_file_alone(
    runner: CliRunner, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(app, ["build", str(seeds_dir), "--out", str(tmp_path)]).exit_code == 0
    before = {name: (tmp_path / name).read_bytes() for name in OUTPUTS}
    inputs = tmp_path / "in"
    inputs.mkdir()
    empty, _ = _empty(inputs)
    result = runner.invoke(app, ["build", str(empty), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert {name: (tmp_path / name).read_bytes() for name in OUTPUTS} == before

    # A failure while rendering, after the events are known, writes nothing either.
    import timeline.render

    def broken(*args: object, **kwargs: object) -> str:
        raise TimelineError("render: out of ink")

    monkeypatch.setattr(timeline.render, "render_html", broken)
    one = tmp_path / "one"
    one.mkdir()
    (one / SEED_000.name).write_bytes(SEED_000.read_bytes())
    result = runner.invoke(app, ["build", str(one), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == "timeline: error: render: out of ink\n"
    assert {name: (tmp_path / name).read_bytes() for name in OUTPUTS} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp


# --- events --------------------------------------------------------------------------


def test_events_json_is_the_timeline(runner: CliRunner, seeds_dir: Path, built: Path) -> None:
    result = runner.invoke(app, ["events", str(seeds_dir), "--format", "json"])
    assert result.exit_code == 0
    assert result.stdout == (built / "events.json").read_text(encoding="utf-8")


def test_events_jsonl_is_one_event_a_line(runner: CliRunner, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["events", str(seeds_dir), "--format", "jsonl"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == SEED_EVENTS
    events = [Event.model_validate_json(line) for line in lines]
    assert [e.date.value for e in events][:2] == ["2016-10", "2017-10-25"]


def test_events_csv(runner: CliRunner, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["events", str(seeds_dir), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == SEED_EVENTS
    assert list(rows[0]) == ["id", "date", "start", "end", "granularity", "date_text",
                             "headline", "sources", "confidence"]  # fmt: skip
    oct25 = next(r for r in rows if r["date"] == "2017-10-25")
    assert oct25["date_text"] == "Oct. 25"
    assert oct25["sources"] == ID_000
    assert oct25["confidence"] == "0.95"
    envoy = next(r for r in rows if r["headline"].startswith("China dispatched"))
    assert sorted(envoy["sources"].split()) == [ID_000, ID_002]


def test_events_table(runner: CliRunner, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["events", str(seeds_dir), "--format", "table"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == SEED_EVENTS
    assert lines[1] == (
        '2017-10-25   "Oct. 25"              Kim Jong-un sent a message congratulating Xi on '
        f"the success of China's party congress  [{ID_000}]"
    )
    # an event two articles report names the first and counts the others
    assert sum(line.endswith(" +1]") for line in lines) == 1


def test_events_default_is_json_when_piped(runner: CliRunner, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["events", str(seeds_dir)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"]


def _one_event_timeline(headline: str) -> Timeline:
    day = dt.date(2017, 11, 17)
    article = Article(id="a", title="t", published=day, published_source=PublishedSource.CLI,
                      text=headline)  # fmt: skip
    event = Event(
        id="e1",
        date=EventDate(
            value="2017-11-17", start=day, end=day, granularity=EventGranularity.DAY, text="-Friday"
        ),  # fmt: skip
        headline=headline,
        sentence=headline,
        sources=[Source(article_id="a", start=0, end=len(headline))],
        confidence=0.5,
    )
    return Timeline(articles=[article], events=[event])


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_look_like_formulas_are_escaped(start: str) -> None:
    headline = f'{start}HYPERLINK("http://evil.example","click")'
    out = format_events(_one_event_timeline(headline), EventsFormat.CSV)
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["headline"] == "'" + headline
    assert row["date_text"] == "'-Friday"
    assert row["id"] == "e1"  # ordinary cells are untouched


def test_a_formula_title_from_a_real_file_is_escaped_in_csv(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "formula.txt"
    path.write_text("=cmd|' /C calc'!A0 Envoy Sent to North Korea\n\nFriday, 17 Nov, 2017\n\n"
                    "China dispatched a special envoy to North Korea on Friday.\n",
                    encoding="utf-8")  # fmt: skip
    result = runner.invoke(app, ["events", str(path), "--format", "csv"])
    assert result.exit_code == 0
    cells = [cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


# --- dates ---------------------------------------------------------------------------


def test_dates_table(runner: CliRunner) -> None:
    result = runner.invoke(app, ["dates", str(SEED_002), "--published", "2017-11-17"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["191-197", "DATE", "2017-11-09", "2017-11-09..2017-11-09",
                                "Nov.", "9"]  # fmt: skip
    assert any(line.split()[-2:] == ["October", "2016"] and "2016-10" in line for line in lines)
    assert result.stderr == ""


def test_dates_json(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["dates", str(SEED_002), "--published", "2017-11-17", "--format", "json"]
    )
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    text = load_articles([SEED_002]).articles[0].text  # offsets index the article's text
    by_text = {e["text"]: e for e in found}
    assert by_text["Thursday"]["value"] == "2017-11-16"
    assert by_text["last week"]["value"] == "2017-W45"
    assert by_text["this week"]["value"] == "2017-W46"
    assert by_text["October 2016"]["granularity"] == "month"
    for e in found:
        assert set(e) >= {"text", "start", "end", "type", "value"}
        assert text[e["start"] : e["end"]] == e["text"]


def test_dates_without_a_date_warns(runner: CliRunner) -> None:
    result = runner.invoke(app, ["dates", str(SEED_002)])
    assert result.exit_code == 0
    assert result.stderr == (
        f"timeline: warning: {SEED_002}: no publication date; relative dates stay "
        "unresolved (give --published)\n"
    )


def test_dates_bad_published_is_one_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["dates", str(SEED_002), "--published", "soon"])
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == 1
    assert result.stderr.startswith("timeline: error: ")


# --- render --------------------------------------------------------------------------


def test_render_writes_the_page_and_fragment(runner: CliRunner, built: Path,
                                             tmp_path: Path) -> None:  # fmt: skip
    result = runner.invoke(app, ["render", str(built / "events.json"), "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout == (
        f"wrote {tmp_path / 'timeline.html'}\nwrote {tmp_path / 'timeline-embed.html'}\n"
    )
    page = (tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "</html>" in page
    assert "Kim Jong-un sent a message" in page


def test_render_does_not_touch_the_events_file_it_reads(
    runner: CliRunner, built: Path, tmp_path: Path
) -> None:
    edited = tmp_path / "events.json"
    data = json.loads((built / "events.json").read_text(encoding="utf-8"))
    data["events"][0]["headline"] = "Edited by hand"
    edited.write_text(json.dumps(data), encoding="utf-8")
    before = edited.read_bytes()
    result = runner.invoke(app, ["render", str(edited), "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert "Edited by hand" in (tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert edited.read_bytes() == before


def test_render_embed_writes_a_fragment_only(runner: CliRunner, built: Path,
                                             tmp_path: Path) -> None:  # fmt: skip
    args = ["render", str(built / "events.json"), "--out", str(tmp_path), "--embed"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.stdout == f"wrote {tmp_path / 'timeline-embed.html'}\n"
    fragment = (tmp_path / "timeline-embed.html").read_text(encoding="utf-8")
    assert "<html" not in fragment.lower() and "<body" not in fragment.lower()
    assert "<div" in fragment and "<script" in fragment
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline-embed.html"]


def test_render_timelinejs(runner: CliRunner, built: Path, tmp_path: Path) -> None:
    args = ["render", str(built / "events.json"), "--out", str(tmp_path), "-f", "timelinejs"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.stdout == f"wrote {tmp_path / 'timelinejs.json'}\n"
    data = json.loads((tmp_path / "timelinejs.json").read_text(encoding="utf-8"))
    assert len(data["events"]) == SEED_EVENTS


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"articles": [], "events": [{"id": 1}]}', "not a valid events file (events.0."),
        ("{not json", "not a valid events file ("),
        ("", "not a valid events file ("),
    ],
)
def test_render_a_malformed_events_file_is_one_line(
    runner: CliRunner, tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "events.json"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["render", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 1
    assert lines[0].startswith(f"timeline: error: {path}: {problem}")
    assert not (tmp_path / "out").exists()


def test_render_a_missing_events_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "nope.json"
    result = runner.invoke(app, ["render", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"timeline: error: {path}: no such file\n"


# --- schema, version, usage ----------------------------------------------------------


def test_schema_is_a_json_schema_of_the_events_file(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["type"] == "object"
    assert {"articles", "events"} <= set(schema["properties"])
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)
    events_file = json.loads((built / "events.json").read_text(encoding="utf-8"))
    jsonschema.validate(events_file, schema)
    events_file["events"][0]["date"]["granularity"] = "fortnight"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(events_file, schema)


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"timeline {__version__}\n"


def test_python_dash_m_timeline_version() -> None:
    result = subprocess.run([sys.executable, "-m", "timeline", "--version"],
                            capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"timeline {__version__}\n"


@pytest.mark.parametrize("args", [["build", "--bogus"], ["events"], ["render", "a", "b"],
                                  ["events", "x", "--format", "xml"], ["nonsense"]])  # fmt: skip
def test_bad_usage_exits_2(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_events_with_an_unreadable_published_date_is_one_line(runner: CliRunner,
                                                              seeds_dir: Path) -> None:  # fmt: skip
    result = runner.invoke(app, ["events", str(seeds_dir), "--published", "garbage"])
    assert result.exit_code == 1
    assert result.stderr == "timeline: error: --published: cannot read 'garbage' as a date\n"


def test_published_follows_the_date_order(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Envoy talks\n\nOfficials said talks went well on Friday.\n",
                       encoding="utf-8")  # fmt: skip
    args = ["events", str(article), "--published", "03/04/2017", "--format", "json"]
    dmy = json.loads(runner.invoke(app, [*args, "--date-order", "DMY"]).stdout)
    mdy = json.loads(runner.invoke(app, args).stdout)
    assert dmy["articles"][0]["published"] == "2017-04-03"
    assert mdy["articles"][0]["published"] == "2017-03-04"


def test_the_date_order_reads_the_article_s_own_figures_too(runner: CliRunner,
                                                           tmp_path: Path) -> None:  # fmt: skip
    # review set 63: --date-order DMY read the stamp's figures but not the story's
    article = tmp_path / "a.txt"
    article.write_text("Fire at the mill\n\nThe mill burned on 03/04/2017 and reopened on "
                       "05/04/2017 after repairs.\n", encoding="utf-8")  # fmt: skip
    args = ["events", str(article), "--published", "2017-06-01", "--format", "json"]
    dmy = json.loads(runner.invoke(app, [*args, "--date-order", "DMY"]).stdout)
    mdy = json.loads(runner.invoke(app, [*args, "--date-order", "MDY"]).stdout)
    auto = json.loads(runner.invoke(app, args).stdout)  # no stamps, no spelled dates: MDY
    assert [e["date"]["value"] for e in dmy["events"]] == ["2017-04-03", "2017-04-05"]
    assert [e["date"]["value"] for e in mdy["events"]] == ["2017-03-04", "2017-05-04"]
    assert [e["date"]["value"] for e in auto["events"]] == ["2017-03-04", "2017-05-04"]
    assert "day_first" not in dmy["articles"][0]  # the reader's choice, not written out
    # YMD tells nothing of "a/b/yyyy": read as AUTO reads it (it raised a KeyError)
    ymd = json.loads(runner.invoke(app, [*args, "--date-order", "YMD"]).stdout)
    assert [e["date"]["value"] for e in ymd["events"]] == ["2017-03-04", "2017-05-04"]
    listed = runner.invoke(app, ["dates", str(article), "--date-order", "DMY"]).stdout
    assert "2017-04-03" in listed and "2017-03-04" not in listed


def test_dates_on_a_folder_is_one_line(runner: CliRunner, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["dates", str(seeds_dir)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"timeline: error: {seeds_dir}: is a folder; `timeline dates` reads one article file\n"
    )


def test_a_failing_image_leaves_earlier_outputs_untouched(
    runner: CliRunner, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(seeds_dir), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def no_browser(*args: object, **kwargs: object) -> bytes:
        raise OutputError(f"{tmp_path / 'chart.png'}: cannot write PNG: no Chromium")

    import timeline.render

    monkeypatch.setattr(timeline.render, "static_image", no_browser)
    result = runner.invoke(app, ["build", str(seeds_dir), "--out", str(out), "--title", "New",
                                 "--png", str(tmp_path / "chart.png")])  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr.endswith("cannot write PNG: no Chromium\n")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_events_table_writes_decades_and_parts_of_day_in_words(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Glacier\n\nPhotographs from the 1850s show the glacier in the valley. Rescuers "
        "worked through Saturday night.\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["events", str(article), "--published", f"{article}=2025-02-02", "--format", "table"]
    )
    assert result.exit_code == 0, result.output
    dates = [line.split('"')[0].strip() for line in result.stdout.splitlines()]
    assert "1850s" in dates and "2025-02-01 night" in dates


def test_dates_of_an_undated_page_counts_from_the_day_events_infers(
    runner: CliRunner, tmp_path: Path
) -> None:
    # review set 82's second judgement: `timeline dates` left a page `events` dates from
    # its own days unresolved ("no publication date")
    page = tmp_path / "report.txt"
    page.write_text(
        "FIXTURES\n\n+--------------------------------+\n|  CAF CHAMPIONS LEAGUE 2064-65   |\n"
        "|  Second preliminary round      |\n|  SUN 19 OCT  ·  Kick-off 16:00 |\n"
        "+--------------------------------+\n\nKianda are through. Tomorrow we start again.\n"
    )
    result = runner.invoke(app, ["dates", str(page), "--format", "json"])
    assert result.exit_code == 0
    assert "publication date 2064-10-19" in result.stderr
    found = {e["text"]: e["value"] for e in json.loads(result.stdout)}
    assert found["Tomorrow"] == "2064-10-20"
    assert not any(value.startswith("PT") for value in found.values())  # ("65" / "Second")
