"""Shared pieces of rendering: options, constants, escaping, date labels."""

from __future__ import annotations

import datetime as dt
import html
import logging
import re

from timeline.models import Article, EventDate, EventGranularity
from timeline.page_options import Theme

LOGGER = logging.getLogger(__name__)


GL_THRESHOLD = 1_000  # more (event, lane) points than this: WebGL markers
LABEL_LIMIT = 150  # more points than this: no text labels beside markers
LABEL_CHARS = 30
LANE_LABEL_CHARS = 34
LEGEND_CHARS = 30
HOVER_WRAP = 64
HOVER_SENTENCE_CHARS = 300
# More points than this: hovers leave out the sentence (a click shows it in the details
# panel), which would otherwise be most of a large page.
HOVER_SENTENCE_LIMIT = 1_000
MAX_ROWS_PER_LANE = 6
ROW_PX = 26
LANE_GAP_ROWS = 0.8
PLOT_MARGIN_PX = 150  # room above/below the lanes: buttons, legend, range slider
MIN_HEIGHT_PX = 380
ASSUMED_PLOT_PX = 640  # plot width used to keep text labels apart in the initial view
CHAR_PX = 6.4
MAX_LABEL_SHARE = 0.4  # a label may take at most this share of the plot width
MARKER_PX = 14
VIEW_SHARE = 0.8  # initial view: the shortest date window holding this share of events ...
VIEW_PAD_FRACTION, VIEW_MIN_PAD_DAYS = 0.08, 4  # ... padded by this much
BAR_ALPHA = 0.42
MS_PER_DAY = 86_400_000
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1",
           "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#7f7f7f")  # fmt: skip
THEMES: dict[Theme, dict[str, str]] = {
    Theme.LIGHT: {"template": "plotly_white", "bg": "#ffffff", "fg": "#1f2328",
                  "muted": "#57606a", "band": "rgba(0,0,0,0.035)", "grid": "#e6e8eb",
                  "button": "#eef0f3", "active": "#d0d7de"},
    Theme.DARK: {"template": "plotly_dark", "bg": "#16181d", "fg": "#e6e6e6",
                 "muted": "#a0a7b0", "band": "rgba(255,255,255,0.045)", "grid": "#2c3038",
                 "button": "#2c3038", "active": "#4a5260"},
}  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip
MOD_WORDS = {"APPROX": "about", "START": "early", "MID": "mid", "END": "late",
             "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "on or before",
             "ON_OR_AFTER": "on or after", "LESS_THAN": "less than",
             "MORE_THAN": "more than"}  # fmt: skip
OTHER_LANE = "other"
OTHER_SOURCES = "Other sources"
TABLE_SOURCES = 3  # source titles named in a table row; "and N more" after them
MAX_LANES = 30  # more lanes than this: the smallest share one "other" lane
ALL_LANE = "All events"
LINK_SCHEMES = ("http://", "https://")
CDN_URL = "https://cdn.plot.ly/plotly-{version}.min.js"
DIRECTORY_SCRIPT = "plotly.min.js"
STATIC_FORMATS = ("png", "svg")
ROOT_SELECTOR = ".tl-root"


# ---------------------------------------------------------------- text helpers


def counted(number: int, noun: str) -> str:
    """ "1 article", "9 events": a count with its noun in the right number."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _esc(text: str) -> str:
    """Escape text for HTML and for Plotly's pseudo-HTML (which knows &lt; &gt; &amp;)."""
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _script_json(text: str) -> str:
    """JSON text made safe inside <script>: no `</` (so no `</script>`), no `<!` (so no
    `<!--`), no JS line separators. `<` can only stand inside JSON strings, where `\\/` and
    `\\u0021` are plain escapes; hover markup such as `<br>` keeps its one byte."""
    for char, code in (("</", "<\\/"), ("<!", "<\\u0021"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, code)
    return text


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (never `javascript:` or `data:`)."""
    if url and url.strip().lower().startswith(LINK_SCHEMES):
        return url.strip()
    return None


def _day(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


_SEASON_OR_HALF = re.compile(r"(\d{4})-(SP|SU|FA|WI|H1|H2)$")
_PART_NAMES = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter", "H1": "H1",
               "H2": "H2"}  # fmt: skip


def _unit_label(day: dt.date, gran: EventGranularity) -> str:
    """The label of the day, week, month, quarter, year or decade that starts at `day`."""
    if gran is EventGranularity.DAY:
        return _day(day)
    if gran is EventGranularity.WEEK:
        return f"week of {_day(day)}"
    if gran is EventGranularity.MONTH:
        return f"{MONTHS[day.month - 1]} {day.year}"
    if gran is EventGranularity.QUARTER:
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    if gran is EventGranularity.YEAR:
        return str(day.year)
    return f"{day.year // 10 * 10}s"


def _last_unit_start(date: EventDate) -> dt.date | None:
    """Where the last of several units a date spans starts ("2023-2024": 2024; "between
    May and July": July), or None when it spans one unit."""
    start, end, gran = date.start, date.end, date.granularity
    if gran is EventGranularity.DAY:
        return end if end != start else None
    if gran is EventGranularity.WEEK:
        return end - dt.timedelta(days=end.weekday()) if (end - start).days >= 7 else None
    return end if _unit_label(end, gran) != _unit_label(start, gran) else None


def date_label(date: EventDate) -> str:
    """The resolved date at its precision: '17 Nov 2017', 'week of 6 Nov 2017', '2016',
    and a span of several: '25 Feb 2034 – 27 Feb 2034', '2023 – 2024'."""
    start, gran = date.start, date.granularity
    label = _unit_label(start, gran)
    if gran is EventGranularity.QUARTER and (part := _SEASON_OR_HALF.match(date.value)):
        label = f"{_PART_NAMES[part.group(2)]} {part.group(1)}"  # not "Q1 1950" for spring
    elif (last := _last_unit_start(date)) is not None:
        label = f"{label} – {_unit_label(last, gran)}"
    if date.mod:
        mod = date.mod.upper()
        word = MOD_WORDS.get(mod, date.mod.lower())
        if mod in _BOUND_WORDS and date.text and (side := _BOUND_SIDE.search(date.text)):
            # "more than five years ago": before that year, not "more than 2019"
            word = _BOUND_WORDS[mod][side.group(1).lower() in ("later", "after")]
        label = f"{word} {label}"
    return label


# A date counted "more/less than" some time back or on: the side of the date it lies on.
_BOUND_SIDE = re.compile(r"\b(ago|earlier|before|later|after)\b", re.IGNORECASE)
_BOUND_WORDS = {"MORE_THAN": ("before", "after"), "LESS_THAN": ("after", "before"),
                "EQUAL_OR_MORE": ("on or before", "on or after"),
                "EQUAL_OR_LESS": ("on or after", "on or before")}  # fmt: skip


Articles = dict[str, Article]
