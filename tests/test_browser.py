"""The rendered pages in headless Chromium: drawing, hover, click, table, fragments, XSS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.models import Timeline
from timeline.render import PlotlyJs, plotlyjs_source, render_html

from test_render import XSS_SENTENCE, make_hostile_timeline, make_timeline  # isort: skip

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]  # fmt: skip
READY_MS = 15_000
MAIN_POINTS = (".cartesianlayer .scatterlayer .trace .points path.point,"
               " .cartesianlayer .barlayer .trace .point")  # fmt: skip
# Where a point is on screen, from Plotly's own axes (client pixels).
POINT_XY = """([rootId, eventId]) => {
  const gd = document.getElementById(rootId + "-plot");
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  for (const trace of gd.data) {
    const i = trace.customdata.findIndex((cd) => cd[0] === eventId);
    if (i < 0) continue;
    const x = trace.type === "bar" ? trace.base[i] : trace.x[i];
    const box = gd.getBoundingClientRect();
    const px = xa._offset + xa.l2p(xa.d2l(x)) + (trace.type === "bar" ? 4 : 0);
    return [box.left + px, box.top + ya._offset + ya.l2p(trace.y[i])];
  }
  return null;
}"""

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed: the browser tests need Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def tl() -> Timeline:
    return make_timeline()


class Loaded:
    """A page loaded from file:// with its console errors collected."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(".tl-root[data-ready]", timeout=READY_MS)

    def root_id(self, n: int = 0) -> str:
        return str(self.page.locator(".tl-root").nth(n).get_attribute("id"))

    def point(self, event_id: str, n: int = 0) -> tuple[float, float]:
        xy = self.page.evaluate(POINT_XY, [self.root_id(n), event_id])
        assert xy, event_id
        return xy[0], xy[1]


def _load(browser: Any, tmp_path: Path, html: str, name: str = "page.html") -> Loaded:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return Loaded(browser, path)


@pytest.fixture(scope="module")
def page(browser: Any, tl: Timeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    loaded = _load(browser, tmp_path_factory.mktemp("page"), render_html(tl, title="Envoy"))
    yield loaded
    loaded.page.close()


def test_page_draws_every_event_without_errors(page: Loaded, tl: Timeline) -> None:
    drawn = sum(len({s.article_id for s in ev.sources}) for ev in tl.events)
    assert page.page.locator(f"#{page.root_id()} .main-svg").count() >= 1
    assert page.page.locator(MAIN_POINTS).count() == drawn
    assert page.errors == []


def test_hover_shows_headline_and_links_other_lanes(page: Loaded) -> None:
    x, y = page.point("e-2017-10-25")
    page.page.mouse.move(x, y)
    label = page.page.locator(".hoverlayer .hovertext")
    label.first.wait_for(timeout=READY_MS)
    assert "Kim Jong-un congratulates Xi" in label.first.text_content()
    assert page.page.locator(".tl-ring").count() == 0  # one source: nothing to link
    x, y = page.point("e-2017-11-17")  # two sources: both drawings get a ring
    page.page.mouse.move(x, y)
    page.page.wait_for_function("document.querySelectorAll('.tl-ring').length === 2")
    page.page.mouse.move(5, 5)


def test_click_shows_details_panel(page: Loaded) -> None:
    # A real mouse click on the marker, so Plotly itself emits plotly_click.
    x, y = page.point("e-2017-10-25")
    page.page.mouse.move(x, y)
    page.page.mouse.click(x, y)
    panel = page.page.locator(".tl-details")
    panel.locator("h3").wait_for(timeout=READY_MS)
    assert panel.locator("h3").text_content() == "Kim Jong-un congratulates Xi"
    # headline and date label come from the event's table row, not the page's data
    row = page.page.locator(".tl-table tr.tl-selected")
    assert panel.locator("h3").text_content() == row.locator(".tl-evbtn").text_content()
    when = panel.locator(".tl-d-date")
    assert when.locator("strong").text_content() == row.locator("td").first.text_content()
    assert "(day precision; written \u201cOct. 25\u201d)" in when.text_content()
    assert panel.locator("mark").text_content() == "Oct. 25"
    assert "Confidence: 90%" in panel.text_content()
    assert page.errors == []


def test_details_link_only_web_urls(page: Loaded) -> None:
    page.page.locator(".tl-evbtn", has_text="China dispatches special envoy").click()
    links = page.page.locator(".tl-details a")
    assert links.count() == 1
    assert links.get_attribute("href") == "https://www.example-news.com/china-envoy"
    page.page.locator(".tl-evbtn", has_text="Liu Zhenmin visits").click()
    assert "(month precision; written" in page.page.locator(".tl-d-date").text_content()
    page.page.locator(".tl-evbtn", has_text="State media denounce").click()  # javascript: URL
    assert page.page.locator(".tl-details a").count() == 0
    assert "inferred" in page.page.locator(".tl-details").text_content()


def test_table_rows_and_keyboard_sorting(page: Loaded, tl: Timeline) -> None:
    rows = page.page.locator(".tl-table tbody tr")
    assert rows.count() == len(tl.events)
    served = [int(i) for i in page.page.locator(".tl-table tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.ev)")]  # fmt: skip
    headline = page.page.locator(".tl-table thead th").nth(1)
    headline.locator("button").focus()
    page.page.keyboard.press("Enter")
    assert headline.get_attribute("aria-sort") == "ascending"
    first = rows.first.locator("td").nth(1).text_content()
    assert first == min(e.headline for e in tl.events)
    page.page.keyboard.press("Enter")
    assert headline.get_attribute("aria-sort") == "descending"
    date_head = page.page.locator(".tl-table thead th").first
    assert date_head.get_attribute("aria-sort") is None
    by_date = sorted(range(len(tl.events)), key=lambda i: (tl.events[i].date.start, i))
    date_head.locator("button").click()  # back to date order, then reversed
    assert date_head.get_attribute("aria-sort") == "ascending"
    assert rows.first.get_attribute("data-ev") == str(by_date[0])
    date_head.locator("button").click()
    assert date_head.get_attribute("aria-sort") == "descending"
    assert rows.first.get_attribute("data-ev") == str(by_date[-1])
    assert served == by_date


def test_two_fragments_on_one_host_page(browser: Any, tl: Timeline, tmp_path: Path) -> None:
    frags = [render_html(tl, embed=True, title=f"Part {n}") for n in (1, 2)]
    host = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Host</title></head><body>"
            f"<h1>Host</h1>{frags[0]}<p>Between</p>{frags[1]}</body></html>")  # fmt: skip
    loaded = _load(browser, tmp_path, host)
    loaded.page.wait_for_function("document.querySelectorAll('.tl-root[data-ready]').length === 2")
    ids = [loaded.root_id(0), loaded.root_id(1)]
    assert ids[0] != ids[1]
    for rid in ids:
        assert loaded.page.locator(f"#{rid} {MAIN_POINTS.replace(',', f', #{rid}')}").count() == 11
    loaded.page.locator(f"#{ids[1]}-plot").scroll_into_view_if_needed()
    x, y = loaded.point("e-2017-10-25", n=1)  # the second one reacts to clicks too
    loaded.page.mouse.move(x, y)
    loaded.page.mouse.click(x, y)
    loaded.page.locator(f"#{ids[1]} .tl-details h3").wait_for(timeout=READY_MS)
    assert loaded.errors == []
    loaded.page.close()


def test_fragments_with_plotly_from_host(browser: Any, tl: Timeline, tmp_path: Path) -> None:
    (tmp_path / "plotly.min.js").write_text(plotlyjs_source(), encoding="utf-8")
    frag = render_html(tl, embed=True, plotlyjs=PlotlyJs.DIRECTORY)
    host = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Host</title></head><body>"
            f"{frag}<script src='plotly.min.js'></script></body></html>")  # fmt: skip
    loaded = _load(browser, tmp_path, host)
    assert loaded.page.locator(MAIN_POINTS).count() == 11
    assert loaded.errors == []
    loaded.page.close()


@pytest.mark.parametrize("embed", [False, True])
def test_hostile_text_stays_text(browser: Any, tmp_path: Path, embed: bool) -> None:
    hostile = make_hostile_timeline()
    title = hostile.articles[0].title
    html = render_html(hostile, title=title, embed=embed)
    if embed:
        html = f"<!DOCTYPE html><html><head><title>h</title></head><body>{html}</body></html>"
    loaded = _load(browser, tmp_path, html)
    page = loaded.page
    page.locator(".tl-evbtn").click()
    x, y = loaded.point("x-ev")
    page.mouse.move(x, y)
    page.locator(".hoverlayer .hovertext").first.wait_for(timeout=READY_MS)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator(".tl-details a").count() == 0
    assert page.locator(".tl-details blockquote").text_content() == XSS_SENTENCE
    assert "<script>window.__pwned=1</script>" in page.locator(".tl-title").text_content()
    assert "onerror" in page.locator(".hoverlayer").text_content()  # shown as text
    assert loaded.errors == []
    page.close()
