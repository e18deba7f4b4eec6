"""Unit tests for timeline.render on a realistic Timeline built from the seed articles."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import plotly.graph_objects as go
import pytest

from timeline.errors import OutputError
from timeline.formats import EventsFormat, format_events
from timeline.models import (
    Article,
    Entity,
    EntityKind,
    Event,
    EventDate,
    EventGranularity,
    PublishedSource,
    Source,
    Timeline,
)
from timeline.render import (
    GL_THRESHOLD,
    GroupBy,
    PlotlyJs,
    Theme,
    date_label,
    plotlyjs_source,
    render_html,
    render_timelinejs,
    to_figure,
    write_static_image,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
XSS_TITLE = (
    'Envoy <script>window.__pwned=1</script> </script> <img src=x onerror="window.__pwned=1">'
)
XSS_SENTENCE = (
    'On Nov. 20, officials said <img src=x onerror="window.__pwned=1"> and '
    "<script>window.__pwned=1</script></script> nothing more."
)
A3_TEXT = (
    "Pyongyang Denounces Trump's Asia Tour\n\n"
    "North Korea's state media denounced Trump's Asia tour as a declaration of war. "
    "In September, North Korea conducted its sixth nuclear test. "
    "Officials in Seoul said this week that talks remain possible."
)


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _article(
    aid: str, text: str, published: dt.date, how: PublishedSource, url: str | None
) -> Article:
    return Article(id=aid, title=text.split("\n", 1)[0].strip(), url=url, published=published,
                   published_source=how, text=text)  # fmt: skip


def _source(art: Article, sentence: str, date_text: str | None) -> Source:
    start = art.text.index(sentence)
    return Source(article_id=art.id, start=start, end=start + len(sentence), date_text=date_text)


def _date(
    gran: EventGranularity,
    start: dt.date,
    end: dt.date | None = None,
    text: str | None = None,
    mod: str | None = None,
    value: str = "",
) -> EventDate:
    return EventDate(value=value or start.isoformat(), start=start, end=end or start,
                     granularity=gran, text=text, mod=mod)  # fmt: skip


def _people(*names: str) -> list[Entity]:
    return [Entity(name=n, kind=EntityKind.PERSON) for n in names]


def make_timeline(*, url2: str = "https://www.example-news.com/china-envoy") -> Timeline:
    """Three articles (one with an inferred date), nine events: day, week, month and year
    precision, an approximate date, two events with two sources."""
    a1 = _article("a1", _seed("000_9f230fe7620f52fb.txt"), dt.date(2017, 11, 17),
                  PublishedSource.TEXT, None)  # fmt: skip
    a2 = _article("a2", _seed("002_8a175612c0e4f16b.txt"), dt.date(2017, 11, 17),
                  PublishedSource.METADATA, url2)  # fmt: skip
    a3 = _article("a3", A3_TEXT, dt.date(2017, 11, 20), PublishedSource.INFERRED,
                  "javascript:alert(1)")  # fmt: skip
    day, week, month, year = (EventGranularity.DAY, EventGranularity.WEEK,
                              EventGranularity.MONTH, EventGranularity.YEAR)  # fmt: skip
    s_kim = "On Oct. 25, Kim Jong-un sent a message congratulating Xi on the success of China's party congress."  # noqa: E501
    s_seoul = ('Visiting Seoul last week, US President Donald Trump warned North Korea he was prepared to use the full range of American military power to stop any attack, but also urged Pyongyang to "make a deal".')  # noqa: E501
    s_beijing = 'Trump, who warned Xi during his trip to Beijing last week that time was "quickly running out" to solve the nuclear crisis, took to Twitter on Thursday to hail the mission as "a big move, we\'ll see what happens!".'  # noqa: E501
    s_ceremony = "President Donald Trump, right, and Chinese President Xi Jinping attend a welcome ceremony at the Great Hall of the People in Beijing on Nov. 9."  # noqa: E501
    s_dispatch = 'China dispatched a special envoy to North Korea on Friday, a trip hailed as a "big move" by President Donald Trump, who has urged Beijing to pile pressure on its nuclear-armed ally.'  # noqa: E501
    s_send = "Chinese President Xi Jinping will send special envoy Song Tao, the head of China's ruling Communist Party's International Liaison Department, to Pyongyang, according to the announcement."  # noqa: E501
    s_liu = "Song will be the first Chinese envoy to make an official trip to North Korea since October 2016, when vice foreign minister Liu Zhenmin visited."  # noqa: E501
    s_two = "It is the first time in about two years that a Chinese special envoy has visited Pyongyang."  # noqa: E501
    s_war = "North Korea's state media denounced Trump's Asia tour as a declaration of war."
    s_test = "In September, North Korea conducted its sixth nuclear test."
    s_talks = "Officials in Seoul said this week that talks remain possible."
    events = [
        Event(id="e-2015", date=_date(year, dt.date(2015, 1, 1), dt.date(2015, 12, 31),
                                      "about two years", "APPROX", "2015"),
              headline="First Chinese envoy visit in about two years", sentence=s_two,
              sources=[_source(a1, s_two, "about two years")], confidence=0.5),
        Event(id="e-2016-10", date=_date(month, dt.date(2016, 10, 1), dt.date(2016, 10, 31),
                                         "October 2016", value="2016-10"),
              headline="Liu Zhenmin visits North Korea", sentence=s_liu,
              sources=[_source(a2, s_liu, "October 2016")], entities=_people("Liu Zhenmin"),
              confidence=0.8),
        Event(id="e-2017-09", date=_date(month, dt.date(2017, 9, 1), dt.date(2017, 9, 30),
                                         "September", value="2017-09"),
              headline="North Korea's sixth nuclear test", sentence=s_test,
              sources=[_source(a3, s_test, "September")], confidence=0.7),
        Event(id="e-2017-10-25", date=_date(day, dt.date(2017, 10, 25), text="Oct. 25"),
              headline="Kim Jong-un congratulates Xi", sentence=s_kim,
              sources=[_source(a1, s_kim, "Oct. 25")], entities=_people("Kim Jong-un", "Xi"),
              confidence=0.9),
        Event(id="e-2017-W45", date=_date(week, dt.date(2017, 11, 6), dt.date(2017, 11, 12),
                                          "last week", value="2017-W45"),
              headline="Trump warns North Korea during Asia trip", sentence=s_seoul,
              sources=[_source(a1, s_seoul, "last week"), _source(a2, s_beijing, "last week")],
              entities=_people("Donald Trump"), confidence=0.85),
        Event(id="e-2017-11-09", date=_date(day, dt.date(2017, 11, 9), text="Nov. 9"),
              headline="Trump and Xi attend welcome ceremony in Beijing", sentence=s_ceremony,
              sources=[_source(a2, s_ceremony, "Nov. 9")],
              entities=_people("Donald Trump", "Xi Jinping"), confidence=0.9),
        Event(id="e-2017-W46", date=_date(week, dt.date(2017, 11, 13), dt.date(2017, 11, 19),
                                          "this week", value="2017-W46"),
              headline="Seoul says talks remain possible", sentence=s_talks,
              sources=[_source(a3, s_talks, "this week")], confidence=0.6),
        Event(id="e-2017-11-17", date=_date(day, dt.date(2017, 11, 17), text="on Friday"),
              headline="China dispatches special envoy Song Tao", sentence=s_dispatch,
              sources=[_source(a2, s_dispatch, "on Friday"), _source(a1, s_send, None)],
              entities=_people("Donald Trump", "Song Tao"), confidence=0.95),
        Event(id="e-2017-11-20", date=_date(day, dt.date(2017, 11, 20)),
              headline="State media denounce Trump's Asia tour", sentence=s_war,
              sources=[_source(a3, s_war, None)], confidence=0.4),
    ]
    return Timeline(articles=[a1, a2, a3], events=events)


def make_hostile_timeline() -> Timeline:
    """Article text that tries to break out of HTML, JSON-in-script and Plotly text."""
    text = f"{XSS_TITLE}\n\n{XSS_SENTENCE}"
    art = Article(id="x1", title=XSS_TITLE, url="javascript:window.__pwned=1",
                  published=dt.date(2017, 11, 20), published_source=PublishedSource.TEXT,
                  text=text)  # fmt: skip
    start = text.index(XSS_SENTENCE)
    when = _date(EventGranularity.DAY, dt.date(2017, 11, 20), text="Nov. 20")
    event = Event(id="x-ev", date=when,
                  headline='<img src=x onerror="window.__pwned=1"></script>', sentence=XSS_SENTENCE,
                  sources=[Source(article_id="x1", start=start, end=start + len(XSS_SENTENCE),
                                  date_text="Nov. 20")],
                  entities=[Entity(name="<b>Kim</b></script>", kind=EntityKind.PERSON)],
                  confidence=0.5)  # fmt: skip
    return Timeline(articles=[art], events=[event])


def _points(fig: go.Figure) -> list[tuple[str, float]]:
    return [(cd[0], y) for tr in fig.data for cd, y in zip(tr.customdata, tr.y, strict=True)]


@pytest.fixture(scope="module")
def tl() -> Timeline:
    return make_timeline()


def test_figure_has_one_point_per_event_and_lane(tl: Timeline) -> None:
    fig = to_figure(tl)
    assert isinstance(fig, go.Figure)
    expected = sum(len({s.article_id for s in ev.sources}) for ev in tl.events)
    points = _points(fig)
    assert len(points) == expected == len(tl.events) + 2
    linked = [y for eid, y in points if eid == "e-2017-W45"]
    assert len(linked) == 2 and linked[0] != linked[1]  # drawn in both lanes
    assert {tr.type for tr in fig.data} == {"scatter", "bar"}


def test_coarse_events_are_bars_spanning_their_interval(tl: Timeline) -> None:
    fig = to_figure(tl)
    bars = {cd[0]: (base, x) for tr in fig.data if tr.type == "bar"
            for cd, base, x in zip(tr.customdata, tr.base, tr.x, strict=True)}  # fmt: skip
    assert bars["e-2017-W45"] == ("2017-11-06", 7 * 86_400_000)
    assert bars["e-2016-10"] == ("2016-10-01", 31 * 86_400_000)
    assert "e-2017-10-25" not in bars


def test_hollow_markers_for_inferred_and_approximate(tl: Timeline) -> None:
    fig = to_figure(tl)
    symbols = {cd[0]: sym for tr in fig.data if tr.type == "scatter"
               for cd, sym in zip(tr.customdata, tr.marker.symbol, strict=True)}  # fmt: skip
    assert symbols["e-2017-11-20"] == "circle-open"  # inferred publication date
    assert symbols["e-2017-10-25"] == "circle"
    hover = next(h for tr in fig.data for cd, h in zip(tr.customdata, tr.hovertext, strict=True)
                 if cd[0] == "e-2017-11-20")  # fmt: skip
    assert "inferred" in hover


@pytest.mark.parametrize(
    ("group_by", "lanes"), [(GroupBy.SOURCE, 3), (GroupBy.ACTOR, 4), (GroupBy.NONE, 1)]
)
def test_group_by_lanes(tl: Timeline, group_by: GroupBy, lanes: int) -> None:
    fig = to_figure(tl, group_by=group_by)
    assert len(fig.layout.yaxis.ticktext) == lanes
    if group_by is not GroupBy.SOURCE:
        assert len(_points(fig)) == len(tl.events)
    if group_by is GroupBy.ACTOR:
        assert fig.layout.yaxis.ticktext[-1] == "other"


def test_initial_view_holds_most_events_and_theme(tl: Timeline) -> None:
    fig = to_figure(tl, theme=Theme.DARK, title="Envoy")
    start, end = fig.layout.xaxis.range
    assert "2015-06-01" < start < "2017-09-01" and end > "2017-11-20"
    assert fig.layout.xaxis.rangeslider.visible
    buttons = [b.label for b in fig.layout.xaxis.rangeselector.buttons]
    assert buttons == ["all", "year", "month", "week"]
    assert fig.layout.paper_bgcolor != "#ffffff" and fig.layout.title.text == "Envoy"


@pytest.mark.parametrize(
    ("gran", "start", "end", "mod", "label"),
    [
        (EventGranularity.DAY, dt.date(2017, 11, 17), None, None, "17 Nov 2017"),
        (EventGranularity.WEEK, dt.date(2017, 11, 6), dt.date(2017, 11, 12), None, "week of 6 Nov 2017"),  # noqa: E501
        (EventGranularity.MONTH, dt.date(2017, 11, 1), dt.date(2017, 11, 30), None, "Nov 2017"),
        (EventGranularity.QUARTER, dt.date(2017, 10, 1), dt.date(2017, 12, 31), None, "Q4 2017"),
        (EventGranularity.YEAR, dt.date(2016, 1, 1), dt.date(2016, 12, 31), "APPROX", "about 2016"),
        (EventGranularity.DECADE, dt.date(1990, 1, 1), dt.date(1999, 12, 31), None, "1990s"),
        # spans of several units (review set 35: "The 2023-2024 dzud" was labelled "2023")
        (EventGranularity.YEAR, dt.date(2023, 1, 1), dt.date(2024, 12, 31), None, "2023 – 2024"),
        (EventGranularity.MONTH, dt.date(2034, 5, 1), dt.date(2034, 7, 31), None,
         "May 2034 – Jul 2034"),
        (EventGranularity.DAY, dt.date(2034, 2, 25), dt.date(2034, 2, 27), None,
         "25 Feb 2034 – 27 Feb 2034"),
        (EventGranularity.WEEK, dt.date(2017, 11, 6), dt.date(2017, 11, 19), None,
         "week of 6 Nov 2017 – week of 13 Nov 2017"),
        (EventGranularity.WEEK, dt.date(2017, 11, 11), dt.date(2017, 11, 12), None,
         "week of 11 Nov 2017"),  # (a weekend)
    ],
)
def test_date_label(gran: EventGranularity, start: dt.date, end: dt.date | None,
                    mod: str | None, label: str) -> None:  # fmt: skip
    assert date_label(_date(gran, start, end, mod=mod)) == label


def test_a_seasons_or_halfs_label_names_it_not_a_quarter() -> None:
    spring = EventDate(value="1950-SP", start=dt.date(1950, 3, 1), end=dt.date(1950, 5, 31),
                       granularity=EventGranularity.QUARTER)  # fmt: skip
    half = EventDate(value="2026-H1", start=dt.date(2026, 1, 1), end=dt.date(2026, 6, 30),
                     granularity=EventGranularity.QUARTER)  # fmt: skip
    assert (date_label(spring), date_label(half)) == ("Spring 1950", "H1 2026")


def test_a_bounded_dates_label_says_which_side_of_the_year_it_lies() -> None:
    def label(text: str, mod: str) -> str:
        return date_label(_date(EventGranularity.YEAR, dt.date(2019, 1, 1),
                                dt.date(2019, 12, 31), text=text, mod=mod))  # fmt: skip

    assert label("more than five years ago", "MORE_THAN") == "before 2019"
    assert label("less than two years later", "LESS_THAN") == "before 2019"
    assert label("more than a year later", "MORE_THAN") == "after 2019"


def test_page_is_whole_document_with_inline_plotly(tl: Timeline) -> None:
    page = render_html(tl, title="China's envoy")
    assert page.startswith("<!DOCTYPE html>") and "<html" in page and "</body>" in page
    assert page.count("plotly.js v") == 1  # plotly.js included once
    assert "<h1 class=\"tl-title\">China&#x27;s envoy</h1>" in page or "China's envoy</h1>" in page


def test_page_plotlyjs_options(tl: Timeline) -> None:
    cdn = render_html(tl, plotlyjs=PlotlyJs.CDN)
    assert re.search(r'<script src="https://cdn\.plot\.ly/plotly-[\d.]+\.min\.js"', cdn)
    assert "plotly.js v" not in cdn
    directory = render_html(tl, plotlyjs=PlotlyJs.DIRECTORY)
    assert '<script src="plotly.min.js"' in directory and "plotly.js v" not in directory
    assert plotlyjs_source().lstrip().startswith("/**")


def test_fragment_has_no_document_tags_and_unique_ids(tl: Timeline) -> None:
    one, two = render_html(tl, embed=True), render_html(tl, embed=True)
    for frag in (one, two):
        assert not re.search(r"<(html|head|body)\b", frag)
        assert "if (!window.Plotly)" in frag
    ids = [re.search(r'class="tl-root tl-light" id="([\w-]+)"', f).group(1) for f in (one, two)]
    assert ids[0] != ids[1]
    # CSS is scoped to the fragment's root id
    css = re.sub(r"@media[^{]*\{", "", re.search(r"<style>(.*?)</style>", one, re.S).group(1))
    selectors = [s.strip() for rule in re.findall(r"([^{}@]+)\{", css) for s in rule.split(",")]
    assert selectors and all(s.startswith(f"#{ids[0]}") for s in selectors if s)


def test_fragment_with_cdn_emits_no_plotly(tl: Timeline) -> None:
    frag = render_html(tl, embed=True, plotlyjs=PlotlyJs.CDN)
    assert "plotly.js v" not in frag and "cdn.plot.ly" not in frag


def test_table_has_one_row_per_event(tl: Timeline) -> None:
    page = render_html(tl)
    table = re.search(r'<table class="tl-table".*?</table>', page, re.S).group(0)
    assert "<caption>" in table and table.count('<th scope="col"') == 3
    assert table.count('aria-sort="ascending"') == 1
    assert len(re.findall(r"<tr data-ev=", table)) == len(tl.events)


def test_hostile_text_is_escaped() -> None:
    hostile = make_hostile_timeline()
    cdn = PlotlyJs.CDN  # plotly.js itself mentions "javascript:" (in its URL sanitiser)
    for out in (render_html(hostile, title=XSS_TITLE, plotlyjs=cdn),
                render_html(hostile, embed=True, plotlyjs=cdn)):  # fmt: skip
        lowered = out.lower()
        assert "window.__pwned=1</script>" not in lowered
        assert '<img src=x onerror="window.__pwned=1">' not in lowered
        assert "javascript:" not in lowered
        data = re.search(r'<script type="application/json" id="[\w-]+-data">(.*?)</script>',
                         out, re.S).group(1)  # fmt: skip
        # Inside <script>, only "</" (which could close it) and "<!" (which could open a
        # comment state) are dangerous; both are escaped.
        assert "</" not in data and "<!" not in data
        assert json.loads(data)["events"][0]["sentence"] == XSS_SENTENCE


def test_skipped_inputs_are_listed_escaped_and_only_when_there_are_some(tl: Timeline) -> None:
    reasons = ["a.txt: no publication date found", "<b>x</b>.txt: empty file"]
    page = render_html(tl, skipped=reasons, plotlyjs=PlotlyJs.CDN)
    note = re.search(r'<div class="tl-skipped" role="note">(.*?)</div>', page, re.S).group(1)
    assert note == ("<p>2 inputs were skipped and are not on this timeline:</p><ul>"
                    "<li>a.txt: no publication date found</li>"
                    "<li>&lt;b&gt;x&lt;/b&gt;.txt: empty file</li></ul>")
    assert "tl-skipped" in render_html(tl, embed=True, skipped=reasons[:1])
    assert 'class="tl-skipped"' not in render_html(tl, plotlyjs=PlotlyJs.CDN)


def test_a_skipped_input_s_long_file_name_wraps_inside_its_notice(tl: Timeline) -> None:
    # review set 85: a skipped page's 150-character file name ran past the notice's border
    page = render_html(tl, skipped=["d_" + "x" * 150 + ".txt: no publication date found"],
                       plotlyjs=PlotlyJs.CDN)  # fmt: skip
    rule = re.search(r"\.tl-skipped li \{([^}]*)\}", page)
    assert rule is not None and "overflow-wrap: anywhere" in rule.group(1)


def test_hostile_text_escaped_for_plotly() -> None:
    fig = to_figure(make_hostile_timeline(), group_by=GroupBy.ACTOR)
    trace = fig.data[0]
    texts = [*trace.hovertext, *trace.text, *fig.layout.yaxis.ticktext, trace.name]
    assert all("<img" not in t and "<script" not in t and "</script" not in t for t in texts)
    assert "&lt;b&gt;Kim&lt;/b&gt;" in fig.layout.yaxis.ticktext[0]


def test_only_web_urls_become_links(tl: Timeline) -> None:
    page = render_html(tl, plotlyjs=PlotlyJs.CDN)
    data = json.loads(re.search(r'-data">(.*?)</script>', page, re.S).group(1))
    cited = {article for ev in data["events"] for article in ev["sources"]}
    assert cited == set(range(len(data["articles"])))  # each cited article listed once
    urls = {a["title"]: a.get("url") for a in data["articles"]}
    assert urls["China Sends Envoy to N. Korea, Trump Hails 'Big Move'"].startswith("https://")
    assert urls["Pyongyang Denounces Trump's Asia Tour"] is None  # was javascript:
    assert "javascript:" not in page


def test_details_payload_marks_date_expression(tl: Timeline) -> None:
    page = render_html(tl)
    data = json.loads(re.search(r'-data">(.*?)</script>', page, re.S).group(1))
    ev = data["events"][next(i for i, e in enumerate(tl.events) if e.id == "e-2017-10-25")]
    assert ev["sentence"][ev["mark"][0] : ev["mark"][1]] == "Oct. 25"
    assert set(data["links"]) == {"4", "7"}  # the two events with two sources


def test_details_payload_writes_nothing_twice(tl: Timeline) -> None:
    """Headline and date label are in the table row only; day precision, a missing URL and
    a publication date read from the text are left out."""
    page = render_html(tl, plotlyjs=PlotlyJs.CDN)
    data = json.loads(re.search(r'-data">(.*?)</script>', page, re.S).group(1))
    assert all(set(ev) <= {"sentence", "date", "confidence", "sources", "mark"}
               for ev in data["events"])  # fmt: skip
    kim = data["events"][next(i for i, e in enumerate(tl.events) if e.id == "e-2017-10-25")]
    assert kim["date"] == {"text": "Oct. 25"} and kim["sources"] == [0]
    liu = data["events"][next(i for i, e in enumerate(tl.events) if e.id == "e-2016-10")]
    assert liu["date"]["granularity"] == "month"
    by_title = {a["title"]: a for a in data["articles"]}
    assert by_title["Pyongyang Denounces Trump's Asia Tour"] == {
        "title": "Pyongyang Denounces Trump's Asia Tour", "published": "20 Nov 2017",
        "inferred": True}  # fmt: skip
    assert "Kim Jong-un congratulates Xi" not in json.dumps(data["events"])


def test_an_event_citing_two_lines_of_one_article_names_the_article_once(tl: Timeline) -> None:
    kim = next(e for e in tl.events if e.id == "e-2017-10-25")
    [cited] = kim.sources
    again = cited.model_copy(update={"start": cited.start + 200, "end": cited.end + 200})
    one = tl.model_copy(update={"events": [kim.model_copy(update={"sources": [cited, again]})]})
    data = json.loads(re.search(r'-data">(.*?)</script>', render_html(one), re.S).group(1))
    assert data["events"][0]["sources"] == [0] and len(data["articles"]) == 1
    assert len(_points(to_figure(one))) == 1
    assert format_events(one, EventsFormat.TABLE).rstrip().endswith("[a1]")  # no "+1"
    assert format_events(one, EventsFormat.CSV).splitlines()[1].split(",")[-2] == "a1"


def test_large_timelines_use_webgl_without_labels(tl: Timeline) -> None:
    base = tl.events[3]
    many = [base.model_copy(update={"id": f"e{i}", "date": _date(
        EventGranularity.DAY, dt.date(2017, 1, 1) + dt.timedelta(days=i % 300))})
        for i in range(GL_THRESHOLD + 1)]  # fmt: skip
    fig = to_figure(Timeline(articles=tl.articles, events=many))
    assert {tr.type for tr in fig.data} == {"scattergl"}
    assert not any(t for tr in fig.data for t in tr.text)


def test_empty_timeline_renders() -> None:
    page = render_html(Timeline())
    assert "0 events from 0 articles" in page
    assert json.loads(render_timelinejs(Timeline()))["events"] == []


def test_timelinejs_structure(tl: Timeline) -> None:
    doc = json.loads(render_timelinejs(tl))
    assert set(doc) == {"title", "events"} and len(doc["events"]) == len(tl.events)
    week = next(e for e in doc["events"] if e["unique_id"] == "e-2017-W45")
    assert week["start_date"] == {"year": 2017, "month": 11, "day": 6}
    assert week["end_date"] == {"year": 2017, "month": 11, "day": 12}
    assert set(week["text"]) == {"headline", "text"} and week["group"]
    year = next(e for e in doc["events"] if e["unique_id"] == "e-2015")
    assert year["start_date"] == {"year": 2015}
    hostile = json.loads(render_timelinejs(make_hostile_timeline()))["events"][0]
    assert "<img" not in hostile["text"]["headline"] and "&lt;img" in hostile["text"]["headline"]


def test_static_image_needs_kaleido(tl: Timeline, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="svg"):
        write_static_image(tl, tmp_path / "t.gif", fmt="gif")
    try:
        import kaleido  # noqa: F401
    except ImportError:
        with pytest.raises(OutputError, match="kaleido"):
            write_static_image(tl, tmp_path / "t.png", fmt="png")
        assert not (tmp_path / "t.png").exists()


def test_a_failed_kaleido_start_is_tried_again(
    tl: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("kaleido", reason="kaleido is not installed")
    calls: list[str] = []

    def to_image(self: go.Figure, *, format: str, **size: object) -> bytes:
        calls.append(format)
        if len(calls) == 1:  # what kaleido raised once on a busy machine
            raise RuntimeError("ReferenceError: kaleido_scopes is not defined")
        return b"<svg/>"

    monkeypatch.setattr(go.Figure, "to_image", to_image)
    write_static_image(tl, tmp_path / "t.svg", fmt="svg")
    assert calls == ["svg", "svg"] and (tmp_path / "t.svg").read_bytes() == b"<svg/>"

    def never(self: go.Figure, **options: object) -> bytes:
        raise RuntimeError("no browser")

    monkeypatch.setattr(go.Figure, "to_image", never)
    with pytest.raises(OutputError, match=r"t\.png: cannot write PNG: .*no browser"):
        write_static_image(tl, tmp_path / "t.png", fmt="png")
    assert not (tmp_path / "t.png").exists()


@pytest.mark.browser
def test_static_images_are_written(tl: Timeline, tmp_path: Path) -> None:
    pytest.importorskip("kaleido", reason="kaleido is not installed")
    if shutil.which("chromium") is None:
        pytest.skip("no Chromium for kaleido")
    write_static_image(tl, tmp_path / "t.png", fmt="png")
    write_static_image(tl, tmp_path / "t.svg", fmt="svg")
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "China" in svg  # lane labels are drawn


@pytest.mark.parametrize("group_by", [GroupBy.ACTOR, GroupBy.NONE])
def test_other_groupings_keep_one_colour_per_article(tl: Timeline, group_by: GroupBy) -> None:
    fig = to_figure(tl, group_by=group_by)
    names = {trace.name for trace in fig.data if trace.showlegend}
    assert "Other sources" not in names
    assert len(names) == len({e.sources[0].article_id for e in tl.events})


def test_the_summary_counts_in_the_right_number(tl: Timeline) -> None:
    # a one-article page said "17 events from 1 articles"
    one = Timeline(articles=tl.articles[:1], events=tl.events[:1])
    page = render_html(one)
    assert "1 event from 1 article" in page and "1 articles" not in page
    assert json.loads(render_timelinejs(one))["title"]["text"]["text"] == "1 event from 1 article"
