"""Article formats: plain text and Markdown (with YAML front matter), JSON, JSONL, HTML,
RSS and Atom feeds.

Each reader turns decoded input into `Record`s (the fields a file states about itself);
the loader then strips boilerplate, settles titles, dates and ids.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import json
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytz  # type: ignore[import-untyped]  # (no stubs installed; one table read)
import yaml

from timeline.dates.named import head_country
from timeline.errors import InputError
from timeline.ingest.decode import (
    BINARY_SNIFF_BYTES,
    MAX_ARTICLE_BYTES,
    MEGABYTE,
    check_not_binary,
    decode_bytes,
    normalise_text,
)
from timeline.ingest.options import Skipped

LOGGER = logging.getLogger(__name__)

MAX_ERROR_CHARS = 80  # parser messages are cut to keep Skipped lines short
HTML_MIN_DATE = "1995-01-01"
HTML_MAX_DATE = "2100-01-01"  # pinned so htmldate does not read the machine clock
TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date", "publish_date")
_FRONT_MATTER_RE = re.compile(r"---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)


@dataclass
class Record:
    """What one input says about one article; `published` is the raw metadata date."""

    label: str  # path, or path:lineno, for messages
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: object = None
    published_field: str | None = None  # e.g. "front matter 'date'"
    markdown: bool = False
    encoding: str | None = None


def _short(error: object) -> str:
    if isinstance(error, json.JSONDecodeError):  # its line number is the record's, not the file's
        return f"{error.msg.removesuffix(' at')} at column {error.colno}"
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    return message if len(message) <= MAX_ERROR_CHARS else message[: MAX_ERROR_CHARS - 1] + "…"


def _as_text(value: object) -> str | None:
    """A metadata value as one line of text (lists of names are joined), or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        text = " ".join(str(value).split())
        return text or None
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return _as_text(", ".join(value))
    if isinstance(value, Mapping):
        return _as_text(value.get("name"))
    return None


def _pick(fields: Mapping[str, Any], names: tuple[str, ...]) -> tuple[str | None, object]:
    """The first of `names` present with a non-empty value: (name, value)."""
    for name in names:
        value = fields.get(name)
        if value not in (None, "", [], {}):
            return name, value
    return None, None


def _apply_metadata(record: Record, fields: Mapping[str, Any], where: str) -> None:
    record.title = _as_text(fields.get("title")) or record.title
    record.url = _as_text(fields.get("url"))
    record.source = _as_text(fields.get("source"))
    record.author = _as_text(fields.get("author"))
    name, value = _pick(fields, DATE_FIELDS)
    if name is not None:
        record.published = value
        record.published_field = f"{where} '{name}'"


WRAPPED_LINE_MIN_CHARS = 55  # a line a hard wrap broke is about as long as its paragraph's
# A text wrapped at a narrow width (a teletext page's 40 columns, a newspaper column's OCR)
# has most of its lines near that width and none much longer: its wrapped lines are long
# from 3/4 of it
NARROW_WRAP_MIN_LINES = 12
NARROW_WRAP_NEAR = 0.8  # lines at least this share of the width are "at" it
NARROW_WRAP_SHARE = 0.4  # ... and at least this share of the lines are
NARROW_WRAP_LONG = 0.75
_NOT_PROSE_LINE = re.compile(
    r"[ \t]*(?:[-*•>#|]|\d+[.)][ \t]|submitted[ \t].*\bago\b)|.*(?:[ \t]{3}|\t| \| | [›»>] )"
)  # (and a thread's stamp line: "submitted 3 days ago * (last edited 1 day ago) by ...";
# a page's path: "arXiv.org > astro-ph > arXiv:6202.04817")
# A line that ends mid-sentence: on a word that cannot end one ("... Royal Opera House
# Muscat and"), or before a line that goes on in lower case ("... for the Arabic Novel" /
# "for her third novel")
_OPEN_END = re.compile(
    r"\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|as|that|which|who|its|their|"
    r"his|her|than|into|after|before)$",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"[a-z(“\"'‘]")
_BROKEN_WORD_END = re.compile(r"(?<![\w-])[A-Za-z]*[a-z]-$")  # a word the wrap broke: "Feb-"
# ... unless it is a compound's head, a word or a prefix of its own ("a two-day visit",
# "twenty-four years", "well-known", "anti-government")
_COMPOUND_HEADS = frozenset((
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million half quarter well self anti non vice multi all "
    "full long short high low cross first second third"
).split())  # (not "ex-", "pro-", "mid-", "week-": split points of "expected", "weekend")
_INDENT = re.compile(r"[ \t]{2,}\S")  # a paragraph's first line, indented


def unwrap_paragraphs(text: str) -> str:
    """`text` with the lines a hard wrap broke mid-sentence (text copied from a PDF or an
    email) joined again: a long line that ends on a word no sentence ends with, or before a
    line that goes on in lower case ("... for the Arabic Novel\nfor her third novel, ...").
    Head lines, lists and tables keep their breaks."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    long_line = _narrow_wrap(lines)
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1].rstrip()
        if (
            len(previous.strip()) >= (long_line or WRAPPED_LINE_MIN_CHARS)
            and line.strip()
            and not _NOT_PROSE_LINE.match(previous.lstrip())
            and not _NOT_PROSE_LINE.match(line)
            and (long_line or _OPEN_END.search(previous) or _GOES_ON.match(line.lstrip())
                 or (_INDENT.match(previous) and not _INDENT.match(line)))
            and not previous.endswith((".", "!", "?", ":", ";"))
        ):  # (in a text wrapped narrow, any long line that ends no sentence: "... to the
            # King" / "Edward VII Memorial Hospital"; so in a paragraph whose first line is
            # indented and the rest are not: "     AND WHEREAS ... the Gouyave" / "Anglican
            # School, which ...")
            rest = line.strip()
            broken = _BROKEN_WORD_END.search(previous)
            if broken and rest[:1].islower() and broken.group(0)[:-1].lower() not in (
                _COMPOUND_HEADS
            ):
                out[-1] = f"{previous[:-1]}{rest}"  # "since 23 Feb-" / "ruary": one word
            elif previous.endswith("-") and (broken or previous[-2:-1].isdigit()):
                out[-1] = f"{previous}{rest}"  # "a 19-" / "seat", "a two-" / "day visit",
                # "well-" / "known": a compound's hyphen
            else:
                out[-1] = f"{previous} {rest}"
        else:
            out.append(line)
    return "\n".join(out)


def _narrow_wrap(lines: list[str]) -> int:
    """How long a line a hard wrap broke is at least in a text wrapped narrower than
    WRAPPED_LINE_MIN_CHARS allows for (most of its lines near one width); else 0."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < NARROW_WRAP_MIN_LINES:
        return 0
    width = lengths[int(len(lengths) * 0.85)]  # (a few longer head lines aside)
    near = sum(width * NARROW_WRAP_NEAR <= n <= width for n in lengths)
    long_line = int(width * NARROW_WRAP_LONG)
    return long_line if near >= len(lengths) * NARROW_WRAP_SHARE and (
        long_line < WRAPPED_LINE_MIN_CHARS) else 0


# A text box drawn in characters: its top and bottom borders, "+------+", and its rows,
# "|  SUN 19 OCT  ·  Kick-off 16:00  |"
BOX_BORDER = re.compile(r"[ \t]*\+[-=]{3,}\+[ \t]*")
_BOX_ROW = re.compile(r"([ \t]*)\|([^\n]*)\|([ \t]*)")


def unbox(text: str) -> str:
    """`text` with the side borders of the boxes drawn in it blanked (the same length), so
    that a box's rows read as lines of their own ("|  CAF CHAMPIONS LEAGUE 2064-65  |");
    the top and bottom borders stay."""
    if "+--" not in text and "+==" not in text:
        return text
    lines = text.split("\n")
    inside = False
    for number, line in enumerate(lines):
        if BOX_BORDER.fullmatch(line):
            inside = not inside
        elif inside and (row := _BOX_ROW.fullmatch(line)) is not None:
            lines[number] = f"{row[1]} {row[2]} {row[3]}"
        else:
            inside = False
    return "\n".join(lines)


def read_text(text: str, label: str, stem: str, *, markdown: bool) -> Record:
    """A plain-text or Markdown article, with optional YAML front matter."""
    text = unbox(unwrap_paragraphs(normalise_text(text)))
    record = Record(label=label, id=stem, text=text, markdown=markdown)
    match = _FRONT_MATTER_RE.match(text)
    if match:
        try:
            fields = yaml.safe_load(match.group(1) or "")
        except (yaml.YAMLError, RecursionError, ValueError) as exc:
            raise InputError(label, f"malformed front matter ({_short(exc)})") from None
        if fields is None:
            fields = {}
        if not isinstance(fields, Mapping):
            raise InputError(label, "malformed front matter (not a mapping of fields)")
        record.text = text[match.end() :].strip()
        _apply_metadata(record, fields, "front matter")
    return record


def _record_from_json(value: object, label: str, default_id: str) -> Record | Skipped:
    if not isinstance(value, Mapping):
        return Skipped(label, f"expected a JSON object, got {type(value).__name__}")
    _, text = _pick(value, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return Skipped(label, "no article text (fields: text, body or content)")
    given = value.get("id")
    record_id = str(given) if isinstance(given, (str, int)) and not isinstance(given, bool) else ""
    record = Record(label=label, id=record_id.strip() or default_id, text=normalise_text(text))
    _apply_metadata(record, value, "JSON field")
    return record


def _loads(text: str) -> object:
    """json.loads, with every parser failure as ValueError."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc


def read_json(text: str, label: str, stem: str) -> Iterator[Record | Skipped]:
    """One article object, or a list of them (item ids default to `stem:N`)."""
    try:
        value = _loads(text)
    except ValueError as exc:
        raise InputError(label, f"malformed JSON ({_short(exc)})") from None
    if isinstance(value, list):
        if not value:
            raise InputError(label, "no articles (empty JSON list)")
        for index, item in enumerate(value, start=1):
            yield _record_from_json(item, f"{label}[{index}]", f"{stem}:{index}")
    else:
        result = _record_from_json(value, label, stem)
        if isinstance(result, Skipped):
            raise InputError(result.path, result.reason)
        yield result


def read_jsonl(path: Path, label: str, stem: str) -> Iterator[Record | Skipped]:
    """One article object a line, streamed: a huge dump is never held in memory whole."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(label, f"cannot read ({exc.strerror or exc})") from exc
    with handle:
        check_not_binary(handle.read(BINARY_SNIFF_BYTES), label)
        handle.seek(0)
        lineno = 0
        content_lines = 0
        while True:
            line = handle.readline(MAX_ARTICLE_BYTES + 1)
            if not line:
                break
            lineno += 1
            where = f"{label}:{lineno}"
            if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the line
                    line = handle.readline(MAX_ARTICLE_BYTES)
                yield Skipped(
                    where, f"line too large (over the {MAX_ARTICLE_BYTES // MEGABYTE} MB limit)"
                )
                continue
            if not line.strip():
                continue
            content_lines += 1
            try:
                decoded = decode_bytes(line, where)
                value = _loads(decoded.text)
            except InputError as exc:
                yield Skipped(where, exc.problem)
                continue
            except ValueError as exc:
                yield Skipped(where, f"malformed JSON ({_short(exc)})")
                continue
            result = _record_from_json(value, where, f"{stem}:{lineno}")
            if isinstance(result, Record):
                result.encoding = decoded.encoding
            yield result
        if content_lines == 0:
            raise InputError(label, "empty file")


def _html_date(html: str) -> str | None:
    from htmldate import find_date

    return find_date(
        html,
        extensive_search=True,
        original_date=True,
        outputformat="%Y-%m-%d",
        min_date=HTML_MIN_DATE,
        max_date=HTML_MAX_DATE,
    )


def read_html(raw: bytes, label: str, stem: str) -> Record:
    """A saved web page: main text and title by trafilatura, original date by htmldate."""
    import trafilatura  # imported here: slow to import, and only HTML needs it

    decoded = decode_bytes(raw, label)
    html = decoded.text
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
        published = _html_date(html)
    except Exception as exc:  # third-party parsers: any failure means "not a readable page"
        raise InputError(label, f"cannot parse HTML ({_short(exc)})") from None
    text = normalise_text(getattr(document, "text", None) or "")
    if not text:
        raise InputError(label, "no article text found in the HTML page")
    record = Record(label=label, id=stem, text=text, encoding=decoded.encoding)
    record.title = _as_text(getattr(document, "title", None))
    record.url = _as_text(getattr(document, "url", None))
    record.source = _as_text(getattr(document, "sitename", None))
    record.author = _as_text(getattr(document, "author", None))
    if published:
        record.published = published
        record.published_field = "HTML page date (htmldate)"
    return record


# A feed, or one of its items pasted alone: "<?xml ...", "<rss ...", "<feed ...", "<item>"
FEED_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:RDF|channel|item|entry)\b")
_FEED_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_BREAK_TAG = re.compile(r"</p\s*>|<br\s*/?>|</h[1-6]\s*>|</li\s*>|</div\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
# WordPress's footer on every item: "The post <a ...>Title</a> appeared first on Site."
_POSTED_FIRST = re.compile(
    r"<p>\s*The\s+post\s.*?\sappeared\s+first\s+on\s.*?</p>", re.DOTALL | re.IGNORECASE
)
_FEED_FIELDS = {
    "title": ("title",),
    "text": ("content:encoded", "content", "description", "summary"),
    "published": ("pubDate", "published", "dc:date", "updated"),
    "author": ("dc:creator", "author"),
    "url": ("link",),
}


def _feed_field(item: str, names: tuple[str, ...]) -> str | None:
    """The first of the `names` elements an item holds, its CDATA and entities undone."""
    for name in names:
        found = re.search(rf"<{re.escape(name)}\b([^>]*)>(.*?)</{re.escape(name)}\s*>", item,
                          re.DOTALL | re.IGNORECASE)  # fmt: skip
        if found is None:
            if name == "link" and (href := re.search(r"<link\b[^>]*\bhref=\"([^\"]+)\"", item)):
                return href.group(1)  # Atom's <link href="..."/>
            continue
        value = _CDATA.sub(lambda m: m.group(1), found.group(2))
        if name == "author" and (inner := re.search(r"<name>(.*?)</name>", value, re.DOTALL)):
            value = inner.group(1)  # Atom's <author><name>...</name></author>
        value = value.strip()
        if value:
            return value
    return None


def _feed_text(markup: str) -> str:
    """An item's body as plain text: paragraphs kept, tags dropped, entities undone."""
    markup = _POSTED_FIRST.sub("", html.unescape(markup) if "&lt;" in markup else markup)
    text = html.unescape(_TAG.sub("", _BREAK_TAG.sub("\n\n", markup)))
    return normalise_text("\n\n".join(part.strip() for part in re.split(r"\n\s*\n", text)
                                        if part.strip()))  # fmt: skip


def _feed_date(value: str, text: str) -> tuple[str, str | None] | None:
    """A feed item's date (RSS's "Mon, 21 Oct 2052 22:30:00 +0000", Atom's
    "2052-10-21T22:30:00Z") as an ISO day, with the zone it was moved into: the local day
    of the country the story is datelined in when that country keeps one zone (a Samoan
    paper's 22:30 UTC is the next morning in Apia), else the day as written."""
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if when.tzinfo is not None and (zone := _single_zone_of(head_country(text))):
        return when.astimezone(ZoneInfo(zone)).date().isoformat(), zone
    return when.date().isoformat(), None


def _single_zone_of(country: str | None) -> str | None:
    """The one time zone a country keeps (pytz's table), if it keeps one."""
    zones = pytz.country_timezones.get(country.lower(), []) if country else []
    return zones[0] if len(zones) == 1 else None


def read_feed(text: str, label: str, stem: str) -> Iterator[Record]:
    """The items of an RSS or Atom feed (or one item pasted alone), each an article: its
    title, body, author, link and date from the item's own fields."""
    items = [found.group(2) for found in _FEED_ITEM.finditer(text)]
    if not items:
        raise InputError(label, "no item or entry in the feed")
    for number, item in enumerate(items, start=1):
        body = _feed_field(item, _FEED_FIELDS["text"])
        item_label = label if len(items) == 1 else f"{label}:item {number}"
        if not body or not (plain := _feed_text(body)):
            raise InputError(item_label, "feed item has no text")
        record = Record(label=item_label, id=stem if len(items) == 1 else f"{stem}-{number}",
                        text=plain)  # fmt: skip
        record.title = _feed_field(item, _FEED_FIELDS["title"])
        record.title = html.unescape(_TAG.sub("", record.title)) if record.title else None
        record.author = _feed_field(item, _FEED_FIELDS["author"])
        record.url = _feed_field(item, _FEED_FIELDS["url"])
        if (when := _feed_field(item, _FEED_FIELDS["published"])) and (
            dated := _feed_date(when, plain)
        ):
            record.published, zone = dated
            record.published_field = "feed item's date" + (f" (in {zone})" if zone else "")
        yield record


def metadata_date_text(value: object) -> str | None:
    """A metadata date value as a string to parse (YAML may already give a date)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    return None
