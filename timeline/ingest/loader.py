"""Reading articles from paths (files, folders, `-` for stdin) into RawArticles.

Each input is read once and never modified. Problems become one-line `Skipped` entries
(or, with `strict`, an InputError at the first); everything else worth knowing becomes
a one-line note.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest.boilerplate import strip_boilerplate
from timeline.ingest.datelines import Dateline, first_lines, locate_dateline, parse_date_text
from timeline.ingest.decode import MAX_ARTICLE_BYTES, decode_bytes, read_capped, too_large
from timeline.ingest.formats import (
    Record,
    metadata_date_text,
    read_html,
    read_json,
    read_jsonl,
    read_text,
)
from timeline.ingest.options import DEFAULT_OPTIONS, IngestOptions, LoadResult, Skipped
from timeline.models import PublishedSource, RawArticle

LOGGER = logging.getLogger(__name__)

STDIN = "-"
STDIN_LABEL = "<stdin>"
STDIN_ID = "stdin"
MAX_TITLE_CHARS = 300
TITLE_SEARCH_LINES = 6  # the title is the first non-empty line that is not the dateline
MAX_NOTE_VALUE_CHARS = 60


class Format(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"
    HTML = "html"


EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".json": Format.JSON,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".html": Format.HTML,
    ".htm": Format.HTML,
}

SkipHandler = Callable[[Skipped], None]
NoteHandler = Callable[[str], None]


def _clip(value: object, limit: int = MAX_NOTE_VALUE_CHARS) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _title_from(text: str, dateline: Dateline | None, markdown: bool) -> str | None:
    for start, end in first_lines(text, TITLE_SEARCH_LINES):
        if dateline and start <= dateline.start < end:
            continue
        line = text[start:end].strip()
        if markdown:
            line = line.lstrip("#").strip()
        if line:
            return _clip(line, MAX_TITLE_CHARS)
    return None


def _walk(root: Path) -> list[Path]:
    """Files under `root`, recursively, sorted, without hidden files or folders."""
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        found.extend(Path(folder) / name for name in filenames if not name.startswith("."))
    return sorted(found, key=lambda path: path.relative_to(root).parts)


def _resolved(path: str | Path) -> Path | None:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return None


class _Reader:
    """One ingest run: options, callbacks, the ids and texts seen so far."""

    def __init__(
        self, options: IngestOptions, on_skip: SkipHandler | None, on_note: NoteHandler | None
    ) -> None:
        self.options = options
        self.on_skip = on_skip
        self.on_note = on_note
        self.ids: set[str] = set()
        self.texts: dict[bytes, str] = {}  # digest of normalised text -> first label
        self.overrides: dict[str, str] = {}  # as given, normalised or resolved -> key as given
        for key in options.published_overrides:
            self.overrides.setdefault(key, key)
            self.overrides.setdefault(os.path.normpath(key), key)
            resolved = _resolved(key)
            if resolved is not None and key != STDIN:
                self.overrides.setdefault(str(resolved), key)

    def skip(self, skipped: Skipped) -> None:
        if self.options.strict:
            raise InputError(skipped.path, skipped.reason)
        if self.on_skip is None:
            LOGGER.warning("skipped %s", skipped)
        else:
            self.on_skip(skipped)

    def note(self, message: str) -> None:
        if self.on_note is None:
            LOGGER.info("%s", message)
        else:
            self.on_note(message)

    def read(self, item: str | Path) -> Iterator[RawArticle]:
        if str(item) == STDIN:
            yield from self._guarded(None, self._stdin_records())
            return
        path = Path(item)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError:
            is_dir, exists = False, False
        if is_dir:
            for child in _walk(path):
                yield from self._file(child, explicit=False)
        elif exists:
            yield from self._file(path, explicit=True)
        else:
            self.skip(Skipped(str(item), "no such file or directory"))

    def _file(self, path: Path, *, explicit: bool) -> Iterator[RawArticle]:
        label = str(path)
        suffix = path.suffix.lower()
        kind = EXTENSIONS.get(suffix)
        if kind is None:
            described = f"extension '{suffix}'" if suffix else "no extension"
            if not explicit:
                self.note(f"{label}: skipped (unknown file type, {described})")
                return
            kind = Format.TEXT  # named on the command line: read it as plain text
        yield from self._guarded(path, self._file_records(path, label, kind))

    def _guarded(
        self, path: Path | None, records: Iterator[Record | Skipped]
    ) -> Iterator[RawArticle]:
        """Articles from `records`; an InputError on the way skips the rest of this input."""
        try:
            for record in records:
                if isinstance(record, Skipped):
                    self.skip(record)
                    continue
                article = self._article(record, path)
                if article is not None:
                    yield article
        except InputError as exc:
            if self.options.strict:
                raise
            self.skip(Skipped(exc.path, exc.problem))

    def _file_records(self, path: Path, label: str, kind: Format) -> Iterator[Record | Skipped]:
        stem = path.stem
        if kind is Format.JSONL:
            noted = False
            for record in read_jsonl(path, label, stem):
                if isinstance(record, Record) and record.encoding and not noted:
                    noted = True
                    self.note(f"{record.label}: not UTF-8, decoded as {record.encoding}")
                yield record
            return
        raw = read_capped(path, label)
        if kind is Format.HTML:
            record = read_html(raw, label, stem)
            self._note_encoding(label, record.encoding)
            yield record
            return
        yield from self._decoded_records(raw, label, stem, kind)

    def _decoded_records(
        self, raw: bytes, label: str, stem: str, kind: Format
    ) -> Iterator[Record | Skipped]:
        decoded = decode_bytes(raw, label)
        self._note_encoding(label, decoded.encoding)
        if kind is Format.JSON:
            yield from read_json(decoded.text, label, stem)
        else:
            yield read_text(decoded.text, label, stem, markdown=kind is Format.MARKDOWN)

    def _stdin_records(self) -> Iterator[Record | Skipped]:
        """One article from stdin: JSON if it starts with `{` or `[`, else plain text."""
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is not None:
            raw = buffer.read(MAX_ARTICLE_BYTES + 1)
        else:
            raw = sys.stdin.read(MAX_ARTICLE_BYTES + 1).encode("utf-8", "replace")
        if len(raw) > MAX_ARTICLE_BYTES:
            raise InputError(STDIN_LABEL, too_large(len(raw)))
        is_json = raw.lstrip()[:1] in (b"{", b"[")
        kind = Format.JSON if is_json else Format.TEXT
        yield from self._decoded_records(raw, STDIN_LABEL, STDIN_ID, kind)

    def _note_encoding(self, label: str, encoding: str | None) -> None:
        if encoding:
            self.note(f"{label}: not UTF-8, decoded as {encoding}")

    def _override(self, path: Path | None) -> tuple[str, dt.date] | None:
        """The per-path --published date for `path` (or a folder above it), if any."""
        if not self.overrides:
            return None
        dates = self.options.published_overrides
        if path is None:
            return (STDIN, dates[STDIN]) if STDIN in dates else None
        candidates = [str(path), os.path.normpath(str(path))]
        resolved = _resolved(path)
        if resolved is not None:  # the file itself, then the folders above it
            candidates.extend(str(folder) for folder in (resolved, *resolved.parents))
        for candidate in candidates:
            key = self.overrides.get(candidate)
            if key is not None:
                return key, dates[key]
        return None

    def _published(
        self, record: Record, text: str, dateline: Dateline | None, path: Path | None
    ) -> tuple[dt.date | None, PublishedSource | None, str | None]:
        """Publication date by precedence: override > metadata > dateline > default."""
        override = self._override(path)
        if override is not None:
            key, date = override
            return date, PublishedSource.CLI, f"--published {key}={date}"
        if record.published is not None:
            value = metadata_date_text(record.published)
            parsed = parse_date_text(value, self.options.date_order) if value else None
            if parsed is not None:
                if parsed.warning:
                    self.note(f"{record.label}: {parsed.warning}")
                return parsed.date, PublishedSource.METADATA, record.published_field
            problem = f"metadata date '{_clip(record.published)}' does not parse"
            if self.options.strict:
                raise InputError(record.label, problem)
            self.note(f"{record.label}: {problem}; ignored")
        if dateline is not None:
            if dateline.warning:
                self.note(f"{record.label}: {dateline.warning}")
            shown = text[dateline.start : dateline.end]
            return dateline.date, PublishedSource.TEXT, f"dateline '{shown}'"
        if self.options.published_default is not None:
            return self.options.published_default, PublishedSource.CLI, "--published default"
        return None, None, None

    def _unique_id(self, wanted: str, label: str) -> str:
        candidate, count = wanted, 1
        while candidate in self.ids:
            count += 1
            candidate = f"{wanted}~{count}"
        if candidate != wanted:
            self.note(f"{label}: id '{wanted}' already used, using '{candidate}'")
        self.ids.add(candidate)
        return candidate

    def _article(self, record: Record, path: Path | None) -> RawArticle | None:
        text, removed = strip_boilerplate(record.text)
        if not text.strip():
            self.skip(Skipped(record.label, "no article text"))
            return None
        if removed:
            for line in removed:
                LOGGER.info("%s: removed boilerplate line %r", record.label, line)
            shown = "; ".join(f"'{_clip(line)}'" for line in removed)
            self.note(f"{record.label}: removed {len(removed)} boilerplate line(s): {shown}")
        digest = hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).digest()
        first = self.texts.setdefault(digest, record.label)
        if first != record.label:
            self.note(f"{record.label}: duplicate of {first}, read once")
            return None
        dateline = locate_dateline(text, self.options.date_order)
        published, source, published_note = self._published(record, text, dateline, path)
        title = record.title or _title_from(text, dateline, record.markdown) or record.id
        return RawArticle(
            id=self._unique_id(record.id, record.label),
            title=_clip(title, MAX_TITLE_CHARS),
            path=str(path) if path is not None else None,
            url=record.url,
            source=record.source,
            author=record.author,
            text=text,
            published=published,
            published_source=source,
            published_note=published_note,
        )


def iter_articles(
    paths: Sequence[str | Path],
    options: IngestOptions = DEFAULT_OPTIONS,
    on_skip: SkipHandler | None = None,
    on_note: NoteHandler | None = None,
) -> Iterator[RawArticle]:
    """Stream the articles in `paths` (files, folders, `-`), in order.

    Skipped inputs go to `on_skip` and notes to `on_note` (logged when not given);
    with `options.strict` the first bad input raises InputError instead.
    """
    reader = _Reader(options, on_skip, on_note)
    for item in paths:
        yield from reader.read(item)


def load_articles(
    paths: Sequence[str | Path], options: IngestOptions = DEFAULT_OPTIONS
) -> LoadResult:
    """All the articles in `paths`, with what was skipped and noted."""
    result = LoadResult()
    result.articles = list(
        iter_articles(paths, options, result.skipped.append, result.notes.append)
    )
    return result
