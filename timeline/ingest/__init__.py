"""Ingest: read news articles from files, folders or stdin into `RawArticle`s.

Formats: `.txt` (title line, optional dateline), `.md` (YAML front matter), `.json`
(an object or a list), `.jsonl` (streamed, one object a line), `.html`/`.htm`
(trafilatura + htmldate); `-` is stdin. Publication date precedence: per-file
`--published PATH=DATE` > file metadata > dateline > `--published DATE` > None.
Inputs over 20 MB (a file, a JSONL line, stdin) are skipped as too large.
"""

from __future__ import annotations

from timeline.ingest.boilerplate import strip_boilerplate
from timeline.ingest.datelines import (
    find_dateline,
    parse_date_arg,
    parse_date_text,
    parse_published_option,
)
from timeline.ingest.decode import MAX_ARTICLE_BYTES
from timeline.ingest.loader import (
    Item,
    Note,
    Pending,
    Prepared,
    Reader,
    iter_articles,
    load_articles,
    prepare,
    with_id,
)
from timeline.ingest.options import DateOrder, IngestOptions, LoadResult, Skipped

__all__ = [
    "MAX_ARTICLE_BYTES",
    "DateOrder",
    "IngestOptions",
    "Item",
    "LoadResult",
    "Note",
    "Pending",
    "Prepared",
    "Reader",
    "Skipped",
    "find_dateline",
    "iter_articles",
    "load_articles",
    "parse_date_arg",
    "parse_date_text",
    "parse_published_option",
    "prepare",
    "strip_boilerplate",
    "with_id",
]
