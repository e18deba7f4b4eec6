"""The events file and its other shapes: JSON, JSON Lines, CSV, a text table.

`timeline_json` is what `events.json` holds (the Timeline model, deterministic);
`load_timeline` reads one back and says, in one line, what is wrong with a bad one.
"""

from __future__ import annotations

import csv
import io
from enum import Enum
from pathlib import Path

from pydantic import ValidationError

from timeline.errors import EventsFileError
from timeline.models import Event, EventDate, EventGranularity, Timeline

CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class EventsFormat(str, Enum):
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TABLE = "table"


def timeline_json(tl: Timeline) -> str:
    """The events file: the Timeline model as indented JSON (deterministic)."""
    return tl.model_dump_json(indent=2) + "\n"


_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


def _table_date(date: EventDate) -> str:
    """The date column of the text table: the TIMEX3 value, but a decade as "1850s" (not
    "185") and a part of day in words ("2025-02-01 night", not "2025-02-01TNI")."""
    if date.granularity is EventGranularity.DECADE:
        return f"{date.start.year // 10 * 10}s"
    part = _PARTS_OF_DAY.get(date.value[-2:]) if date.value[-3:-2] == "T" else None
    return f"{date.value[:-3]} {part}" if part else date.value


def csv_cell(value: str) -> str:
    """Spreadsheet-safe: a cell that starts like a formula is prefixed with a quote."""
    return "'" + value if value.startswith(CSV_FORMULA_START) else value


def format_events(tl: Timeline, fmt: EventsFormat) -> str:
    """Events as json (the Timeline), jsonl (one event a line), csv or a text table."""
    if fmt is EventsFormat.JSON:
        return timeline_json(tl)
    if fmt is EventsFormat.JSONL:
        return "".join(e.model_dump_json() + "\n" for e in tl.events)
    if fmt is EventsFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["id", "date", "start", "end", "granularity", "date_text", "headline",
                         "sources", "confidence"])  # fmt: skip
        for e in tl.events:
            row = [e.id, e.date.value, e.date.start.isoformat(), e.date.end.isoformat(),
                   e.date.granularity.value, e.date.text or "", e.headline,
                   " ".join(dict.fromkeys(s.article_id for s in e.sources)),
                   f"{e.confidence:.2f}"]  # fmt: skip
            writer.writerow([csv_cell(str(cell)) for cell in row])
        return buffer.getvalue()
    lines = []
    for e in tl.events:
        lines.append(
            f"{_table_date(e.date):<12} {_table_written(e.date.text):<22} {e.headline}  "
            f"[{_table_sources(e)}]"
        )
    return "\n".join(lines) + ("\n" if lines else "")


TABLE_TEXT_CHARS = 22  # the date-text column: a longer text is cut, its quote closed


def _table_written(text: str | None) -> str:
    """The date as written, quoted; cut with an ellipsis to fit its column."""
    if text is None:
        return "(published)"
    written = f'"{text}"'
    return written if len(written) <= TABLE_TEXT_CHARS else f'"{text[: TABLE_TEXT_CHARS - 3]}…"'


def _table_sources(event: Event) -> str:
    """Where the event is reported: its article id, and how many others report it."""
    first = event.sources[0].article_id
    others = len({s.article_id for s in event.sources} - {first})
    return f"{first} +{others}" if others else first


def load_timeline(path: Path) -> Timeline:
    """Read and validate an events file; EventsFileError names the file and the problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EventsFileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise EventsFileError(f"{path}: cannot read ({error})") from None
    try:
        return Timeline.model_validate_json(text)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "top level"
        problem = f"not a valid events file ({where}: {first['msg']})"
        raise EventsFileError(f"{path}: {problem}") from None
