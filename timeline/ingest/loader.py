"""Reading articles from paths (files, folders, `-` for stdin) into RawArticles.

Each input is read once and never modified. Problems become one-line `Skipped` entries
(or, with `strict`, an InputError at the first); everything else worth knowing becomes
a one-line note.

Reading is in three steps, so the costly middle one can run on other processes:
`Reader.items` walks the inputs and parses files into records (in order, with the skips
and notes met on the way); `prepare` makes one record into an article (boilerplate,
dateline, publication date, title: a pure function of the record); `Reader.accept`
takes the prepared records back in order and settles what needs the whole run
(duplicates, unique ids), emitting every note and skip in input order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from timeline.dates.lexicon import PAPER_NOUN_RE
from timeline.errors import InputError
from timeline.ingest.boilerplate import strip_boilerplate
from timeline.ingest.datelines import (
    HANDLE_LINE,
    ISSUE_NUMBER_FIELD,
    Dateline,
    archive_header,
    byline_author,
    email_subject,
    first_lines,
    locate_dateline,
    parse_date_text,
    parse_in_article_order,
    printed_day,
)
from timeline.ingest.decode import MAX_ARTICLE_BYTES, decode_bytes, read_capped, too_large
from timeline.ingest.formats import (
    BOX_BORDER,
    FEED_START,
    Record,
    metadata_date_text,
    read_feed,
    read_html,
    read_json,
    read_jsonl,
    read_text,
)
from timeline.ingest.options import (
    DEFAULT_OPTIONS,
    DateOrder,
    IngestOptions,
    LoadResult,
    Skipped,
)
from timeline.models import PublishedSource, RawArticle
from timeline.text import (
    AGE_BANNER,
    BREADCRUMB_GAP,
    EMBARGO,
    ICON_BAR,
    MAX_SECTION_LINES,
    MENU_GAP,
    MENU_ROW,
    PAGE_HEADER,
    SECTION_AND_SITE,
    SECTION_LABEL,
    is_menu_row,
    leading_labels,
    navigation_end,
    sentences,
)

LOGGER = logging.getLogger(__name__)

STDIN = "-"
STDIN_LABEL = "<stdin>"
STDIN_ID = "stdin"
MAX_TITLE_CHARS = 300
TITLE_SEARCH_LINES = 16  # the title is the first non-empty line that is not the dateline
TITLE_MAX_WORDS = 30  # a longer first line is the lead paragraph, not a title
MAX_NOTE_VALUE_CHARS = 60
# How the reader's --date-order reads the text's numeric dates "a/b/yyyy" (AUTO, and YMD,
# which tells nothing of them: as the text shows)
_DAY_FIRST_OF_ORDER = {DateOrder.DMY: True, DateOrder.MDY: False, DateOrder.AUTO: None,
                       DateOrder.YMD: None}  # fmt: skip


class Format(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"
    HTML = "html"
    FEED = "feed"


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
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".xml": Format.FEED,
}

SkipHandler = Callable[[Skipped], None]
NoteHandler = Callable[[str], None]


def _clip(value: object, limit: int = MAX_NOTE_VALUE_CHARS) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_ALPHANUMERIC = re.compile(r"[^\W_]")  # (a rule "-----------" has none)
_TEASER_LINE = re.compile(r"(?:INSIDE|Inside|ALSO INSIDE|Also inside|IN THIS ISSUE|In this issue):")
# A ticker's line: "LIVE TICKER  ·  18:40  Traffic heavy on the Sai Van Bridge ..."
_TICKER_LINE = re.compile(
    r"(?i:live[ \t]+(?:ticker|updates?)|breaking(?:[ \t]+news)?)[ \t]*[·:|•-]"
)
# A page's path: "Culture › Traditions", "Home > World > Africa"
_BREADCRUMBS = re.compile(rf"[^\n›>»＞]{{1,40}}(?:{BREADCRUMB_GAP}[^\n›>»＞]{{1,60}}){{1,5}}＞?")
# A phone's status bar over a copied screen: "9:41      78%", "09:41  ▂▄▆ 5G  78%"
_STATUS_BAR = re.compile(r"\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]+[^\w\n]{0,12}(?:\w{1,4}[ \t]+)?"
                         r"[^\w\n]{0,12}\d{1,3}[ \t]?%")
# An app's bar with its back button: "‹ Back        GIBRALTAR TODAY        Aa   ⤴"
_APP_BAR = re.compile(r"[‹<←][ \t]*(?:(?i:back)\b|[^\W\d_]{2,15}(?:[ \t]{2,}|$))")  # ("←
# Indietro      Discussione": the back button in the app's language)
# A section and how old the story is, over an app's headline: "LOCAL · 4h", "World | 2d ago"
_SECTION_AGE = re.compile(r"[A-Z][\w&'’ -]{0,30}?[ \t]*[·•|][ \t]*\d{1,3}[ \t]?(?:m|min|h|hr|d|w)"
                          r"(?:[ \t]+ago)?")
# A page's or an email's own notice over the story: a cookie banner, "View this email in
# your browser"
# An app card's line with its reading time: "Local  ·  Tue, 12 Mar  ·  09:40  ·  3 min read"
_READING_TIME_FIELD = re.compile(r"[|·•][ \t]*\d{1,3}[ \t]*(?i:min(?:ute)?s?)[ \t]+(?i:read)\b")
# A link to elsewhere on a line of its own: "Go to the full Oceanside News site  ›"
_LINK_LINE = re.compile(r"(?i:go[ \t]+to|back[ \t]+to|visit|view)\b[^\n]{0,60}[›»→][ \t]*")
_PAGE_NOTICE = re.compile(
    r"(?i:we[ \t]+use[ \t]+cookies|this[ \t]+(?:web)?site[ \t]+uses[ \t]+cookies|"
    r"view[ \t]+(?:this[ \t]+)?(?:e-?mail|newsletter)[ \t]+in[ \t]+(?:your|a)[ \t]+browser)"
)
# A row of a system's fields: "Item pap-en-20610925-1510-0412 (version 2)      Priority:
# routine      Words: 541" (two labels or more, set apart by wide gaps or bars)
_FIELD_LABEL = re.compile(
    r"(?:^|[ \t]{3,}|[ \t][|·•][ \t])[A-Z][a-z]{1,15}(?:[ \t][a-z]{2,10})?:[ \t]"
)
_EMBARGO_LINE = re.compile(EMBARGO)
# A wire's tag before its headline: "CORRECTED-Madagascar vanilla ...", "UPDATE 2-Oil falls"
_WIRE_TAG = re.compile(r"(?:CORRECTED|REFILE|RPT|UPDATE(?:[ \t]\d{1,2})?|WRAPUP(?:[ \t]\d{1,2})?)"
                       r"[ \t]?[-–:][ \t]?(?=[A-Z])")
# A site's search box and its controls: "Search...", "All fields", "Help | Advanced Search"
_SEARCH_CONTROL = re.compile(
    r"(?i:search(?:\.{3}|…)?|all[ \t]+fields|(?:help[ \t]*\|[ \t]*)?advanced[ \t]+search|"
    r"search[ \t]+(?:this[ \t]+site|the[ \t]+site|our[ \t]+site))"
)
# A letterhead's address or contact line: "Ferry Terminal, Pier Head, Stromness, Orkney KW16
# 3BH" (a British postcode, an American state and ZIP code), "Tel (01856) 850 421  Fax ..."
_ADDRESS_LINE = re.compile(
    r"[^\n]{0,100}?(?:\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
    r"|,[ \t](?:[A-Z]{2}|D\.C\.)[ \t]{1,2}\d{5}(?:-\d{4})?)"  # (and "Washington, D.C. 20549")
    r"|(?:Tel|Tel\.|Telephone|Phone|Fax|E-?mail)\b[ \t.:]*[(+\d][^\n]{0,100}"
)
# A site's name as its bar shows it, alone or with the edition's language: "eolie.social",
# "ARENA.MD   English"
_SITE_NAME_LINE = re.compile(r"[\w-]{2,30}(?:\.[\w-]{2,20}){1,3}(?:[ \t]{2,}[^\W\d_]{3,12})?")
# A site's banner asking the reader to sign up: "Sign up to get unlimited songs and podcasts
# ... No credit card needed.          Sign up free"
# (its button set apart by a wide gap, or with its offer: not "Thousands sign up")
_SIGN_UP_BANNER = re.compile(
    r"(?i:sign[ \t]up)\b[^\n]{0,160}|(?:[^\n]{0,160}?\S)?[ \t]{2,}(?i:sign[ \t]up)[^\n]{0,12}"
    r"|[^\n]{0,160}?(?i:sign[ \t]up[ \t](?:free|now|today|for[ \t]free))"
)
# A social network's profile block over a post: "Valeria Gómez Ruiz • 2nd" (the degree of
# connection), "Port Operations Manager at Terminal Austral Ushuaia | Marine safety | ...",
# "3d • Edited • 🌐" (the post's age), "+ Follow"
_PROFILE_LINE = re.compile(
    r"[^\n•]{1,60}[ \t]•[ \t](?:1st|2nd|3rd\+?|Following|Author|Verified)"
    r"|[^\n|]{3,80}?[ \t]at[ \t][^\n|]{2,60}?(?:[ \t]\|[ \t][^\n|]{2,40}){2,4}"
    r"|\d{1,3}[ \t]?(?:m|min|h|hr|d|w|mo|y)[ \t]+[·•][^\n]{0,30}"
    r"|\+[ \t]?(?:Follow|Connect)"
)
# What kind of item a page is, over its title: "Podcast Episode", "Video", "Opinion"
_CONTENT_TYPE = re.compile(
    r"(?:Podcast(?:[ \t]Episode)?|Episode|Video|Audio|Gallery|Photos?|Opinion|Analysis|"
    r"Explainer|Interview|Sponsored|Advertisement|Newsletter)"
)
# A live page's tag before its headline: "LIVE   Moldovan Cup final: ..."
_LIVE_TAG = re.compile(r"(?:LIVE|Live|BREAKING|Breaking)(?:[ \t]*[-–:|][ \t]*|[ \t]{2,})(?=\S)")
# A fax machine's transmission line at a page's head or foot: "FEB 23 '95 16:41 FROM CONDOR
# ANDINO CUSCO     TO 00441743360452     PAGE.001", "12-03-2001 09:14  +44 1224 ...  P.02"
_FAX_LINE = re.compile(
    r"[^\n]{0,120}?\b(?:FROM|From|TO|To)\b[^\n]{0,120}?[ \t](?:PAGE|Page|P)[ \t]?[.:]?[ \t]?"
    r"\d{1,3}(?:/\d{1,3})?[ \t]*"
)
# A printed page's date line: "Thu, Apr 11, 2047 - page 2", "Monday 3 May 2060 | Page A4"
_PAGE_DATE_LINE = re.compile(
    r"[^\n]{0,40}?\d{4}[ \t]*[-–—|·][ \t]*(?i:page|p\.)[ \t]*[A-Z]?\d{1,3}[ \t]*")
# Whole lines that are a page's furniture, never its title
# A feed's or a gallery's pager: "Item 6 of 25        ◄ Previous        Next ►"
_PAGER = re.compile(r"[ \t]*(?:Item|Page|Story|Article|Photo)[ \t]+\d+[ \t]+of[ \t]+\d+\b[^\n]*")
# A feed's field set in a column: "Priority:   Routine", "Item ID:    GLNS-EN-B-58213" (not
# its headline's: "HEADLINE:   Gems emporium closes ...")
_ALIGNED_FIELD = re.compile(
    r"[ \t]*(?!(?i:headline|subject|hed|title)\b)[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?:"
    r"[ \t]{2,}\S[^\n]*"
)
# A release's number on a line of its own: "Release No. 114/2089", "Press Release #45",
# "Ref. No. 0347/AN/SG/DCRP/2088"
_RELEASE_NUMBER = re.compile(
    r"[ \t]*(?:(?i:(?:press|news|media)[ \t]+)?(?i:release|statement|bulletin)|(?i:ref\.?|"
    r"reference|our[ \t]+ref\.?))[ \t]+(?i:no\.?|number|#)[ \t]*[\w/.-]+[ \t]*"
)
# A translation's note over a release: "Unofficial English translation. The French original
# prevails.", "English translation for the foreign press"
_TRANSLATION_NOTE = re.compile(
    r"[ \t]*(?i:unofficial[ \t]+(?:english[ \t]+)?translation|english[ \t]+translation|"
    r"translated[ \t]+(?:from|by))\b[^\n]{0,80}"
)
# A release's label, over its title (and under the letterhead of who sends it): "PRESS
# RELEASE  -  for immediate release", "FOR IMMEDIATE RELEASE", "Communiqué de presse"
_RELEASE_LABEL = re.compile(
    r"[ \t]*(?i:(?:press|news|media)[ \t]+(?:release|statement)|for[ \t]+immediate[ \t]+release|"
    r"communiqu[eé](?:[ \t]+de[ \t]+presse)?)(?:[ \t]*[-–—:|·][ \t]*(?i:for[ \t]+immediate[ \t]+"
    r"release|immediate))?[ \t]*"
)
# A paper's name over its issue line: "THE COSTA RICA COURIER", "Central America's
# English-Language Weekly"
_MASTHEAD = re.compile(
    rf"{PAPER_NOUN_RE}|\b(?i:courier|weekly|daily|bulletin|gazette|review|voice|echo|record|"
    r"press|magazine|newsletter|edition)\b"
)
_SMALL_WORDS = frozenset("of and for the de du la le des to in on at".split())


def _letterhead_line(line: str) -> bool:
    """Whether a line over a release's label is its sender's letterhead: in capitals, in
    title case ("Directorate of Communication and Public Relations"), or furniture (an
    address, a translation's note); not a headline ("Ministry announces new fuel subsidy")."""
    line = line.strip()
    words = [word for word in line.split() if word[:1].isalpha()]
    return line == line.upper() or all(
        word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words
    ) or any(furniture.fullmatch(line) for furniture in _FURNITURE)


# A report's number (not a magazine's "Vol." or "Issue", a podcast's "Episode"): "No. 07/58"
_REPORT_NUMBER = re.compile(r"\b(?:No|Nr)\.?[ \t]*\d{1,5}\b|\bN[º°][ \t]*\d{1,5}\b")
# A letterhead's street address with its town: "Avenue Charles de Gaulle, N'Djamena", "14
# Cutting Street, Basseterre, St Kitts"
_STREET_LINE = re.compile(
    r"(?:\d{1,5}[a-z]?,?[ \t]+)?(?:Avenue|Boulevard|Rue|Avenida|Calle|Rua|Chaussée)[ \t]+"
    r"[^\n,]{2,40}(?:,[ \t]*[A-Z0-9][^\n,]{1,30}){1,3}"
    r"|\d{1,5}[a-z]?,?[ \t]+[A-Z][^\n,]{1,40}[ \t](?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|"
    r"Drive|Boulevard|Highway)(?:,[ \t]*[A-Z0-9][^\n,]{1,30}){1,3}"
)  # (a street named last needs its house's number: not a headline's "Crowds Gather on
# Downing Street, Police Say")
# A page's switch between its languages: "Język: English (tłumaczenie automatyczne) | Polski
# (oryginał)", "Language: English | Français", "English | Español | Português"
_LANGUAGE_SWITCH = re.compile(
    r"[ \t]*(?:(?i:language|languages|język|jazyk|sprache|langue|idioma|lingua|taal|språk|"
    r"sprog|kieli|limba|nyelv|dil|γλώσσα|язык|мова)[ \t]*:[ \t]*[^\n]{2,80}"
    r"|(?:English|Français|Español|Português|Deutsch|Italiano|Polski|Русский|Українська|"
    r"Ελληνικά|Türkçe|Nederlands|Svenska|Română|Magyar|Čeština|中文|日本語|العربية)"
    r"(?:[ \t]*\([^)\n]{1,40}\))?(?:[ \t]*[|/·•][ \t]*[^|/·•\n]{2,40}){1,6})[ \t]*"
)
_FURNITURE = (_STATUS_BAR, _SECTION_AGE, _SEARCH_CONTROL, _ADDRESS_LINE, _STREET_LINE,
              _TRANSLATION_NOTE, _SITE_NAME_LINE, _LANGUAGE_SWITCH,
              _SIGN_UP_BANNER, _PROFILE_LINE, _CONTENT_TYPE, HANDLE_LINE, _FAX_LINE,
              _PAGE_DATE_LINE, ICON_BAR, _RELEASE_NUMBER, _PAGER,
              _ALIGNED_FIELD)  # fmt: skip
# A mailing list's tag before its subject: "[Kiaorana-ops] Runway update 2 - Monday a.m."
_LIST_TAG = re.compile(r"\[[\w][\w .-]{1,30}\][ \t]+(?=\S)")
# A field of a newsroom draft's slug: "SLUG: BRIDGE-BARGE", "STATUS: WITH DESK"
_SLUG_FIELD = re.compile(r"[ \t]*[A-Z][A-Z]{1,11}:[ \t]+\S[^\n]*")
SLUG_BLOCK_LINES = 12  # the first lines searched for a draft's slug
MIN_SLUG_FIELDS = 3  # fields in a row that make a slug
# After a title: a link aggregator's source, "(self.newfoundland)", "(bbc.co.uk)"; a
# comment's or a note's anchor, "[a]" (a document exported with its comments), "[1]"
_TITLE_TAIL = re.compile(r"(?:[ \t]+\((?:self\.[\w-]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})\)"
                         r"|\[(?:[a-z]{1,2}|\d{1,3})\]|[ \t]*(?:\.[ \t]?){4,}[ \t]*\d{1,4})[ \t]*$")
# (and a contents line's leader and page: "Proclamation: Declaration of ... .......... 411")
STORY_AFTER_DATELINE_WORDS = 4  # a dateline line with more words runs into the story
_WORD_TOKEN = re.compile(r"[^\W_][^\s]*")  # a word, not a bar between fields ("  |  Name")


def _slug_block_end(text: str) -> int:
    """Where a newsroom draft's block of fields at its head ends ("SLUG: BRIDGE-BARGE" /
    "BY: ..." / "LENGTH: about 550", under the document's name), else 0."""
    run = 0
    end = 0
    for number, (start, finish) in enumerate(first_lines(text, SLUG_BLOCK_LINES)):
        if _SLUG_FIELD.fullmatch(text, start, finish):
            run, end = run + 1, finish
        elif run or number > 1:
            break
    return end if run >= MIN_SLUG_FIELDS else 0


# A fax's or a memo's cover: its fields ("PARA / TO:", "ATTN:", "DE / FROM:", "CC:"), then
# its subject ("REF: GROUP WT9502 - LANDSLIDE ON MACHU PICCHU RAILWAY"), the title
_MEMO_FIELD = re.compile(
    r"[ \t]*(?:[A-ZÁÉÍÓÚÑ]{2,12}[ \t]*/[ \t]*)?(?i:to|from|attn|attention|cc)[ \t]*:[ \t]*\S"
)
_MEMO_SUBJECT = re.compile(
    r"[ \t]*(?:[A-ZÁÉÍÓÚÑ]{2,12}[ \t]*/[ \t]*)?(?:RE|REF|Re|Ref|SUBJECT|Subject|SUBJ|HEADLINE|"
    r"Headline|HED)[ \t]*[.:]"
    r"[ \t]*(?P<subject>\S[^\n]*)"
)
# A newsletter's name before the top story in a mail's subject: "Energy & Mining Morning
# Digest: Zimbabwe to cut Kariba output by a third"
_NEWSLETTER_NAME = re.compile(
    r"^(?:(?:[A-Z][\w'’&-]*|&)[ \t]+){0,6}(?:Digest|Newsletter|Briefing|Bulletin|Roundup|Round-up)"
    r"[ \t]*[:|–—-][ \t]+(?=\S)"
)
MEMO_HEAD_LINES = 24  # the first lines searched for a memo's fields and its subject
MEMO_FIELDS_MIN = 2  # fields ("To:", "From:") before the subject that make a memo's cover


def _memo_subject(text: str) -> str | None:
    """The subject line of a fax's or a memo's cover: after at least MEMO_FIELDS_MIN of
    its "To:" and "From:" fields among the first MEMO_HEAD_LINES lines."""
    fields = 0
    for start, end in first_lines(text, MEMO_HEAD_LINES):
        if _MEMO_FIELD.match(text, start, end):
            fields += 1
        elif fields >= MEMO_FIELDS_MIN and (subject := _MEMO_SUBJECT.fullmatch(text, start, end)):
            return subject["subject"].strip()
    return None


def _title_from(text: str, dateline: Dateline | None, markdown: bool) -> str | None:
    labels = 0
    lines = list(first_lines(text, TITLE_SEARCH_LINES))
    if (under := navigation_end(text)) or (under := _slug_block_end(text)):  # a site's name
        # and menu over the story, a draft's name and its slug's fields: the title under them
        lines = [(under + start, under + end)
                 for start, end in first_lines(text[under:], TITLE_SEARCH_LINES)]  # fmt: skip
    if subject := email_subject(text, lines):  # an email's: its subject (not a newsletter's
        subject = _NEWSLETTER_NAME.sub("", subject, count=1) or subject  # name before its
        return _clip(subject, MAX_TITLE_CHARS)  # top story)
    if subject := _memo_subject(text):
        return _clip(subject, MAX_TITLE_CHARS)  # a fax's or a memo's: its "REF:" line
    over_title = leading_labels([text[start:end].strip().lstrip("#").strip() if markdown
                                 else text[start:end] for start, end in lines])  # fmt: skip
    if dateline is not None:  # a printed paper's issue line ("VOL. XXIII, NO. 10   SAN
        # JOSÉ, ... FRIDAY, MARCH 9, 1984   ¢20"): its name and motto over it, the title under
        issue = next((number for number, (start, end) in enumerate(lines)
                      if start <= dateline.start < end
                      and ISSUE_NUMBER_FIELD.search(text, start, end)), None)  # fmt: skip
        if issue is not None and issue >= 2 and _REPORT_NUMBER.search(
            text, *lines[issue]
        ) and not any(_MASTHEAD.search(text, *lines[number]) for number in range(issue)):
            # a report's number and moment under its title, under its sender's letterhead:
            return _clip(text[slice(*lines[issue - 1])].strip(), MAX_TITLE_CHARS)  # "UBANGI
            # RIVER LINE-UP - BRAZZAVILLE / IMPFONDO / BANGUI" over "No. 07/58 · Situation
            # as at TUE 12-FEB-2058"
        over_title = max(over_title, 0 if issue is None else issue + 1)
    if (labels_end := next((number + 1 for number, (start, end) in enumerate(lines)
                            if _RELEASE_LABEL.fullmatch(text, start, end)), 0)) and all(
        _letterhead_line(text[start:end]) for start, end in lines[: labels_end - 1]
    ):  # a release's letterhead over its label (not a title over "Press release")
        over_title = max(over_title, labels_end)
    menu_fields: set[str] = set()  # the fields of a menu over the title
    borders = [number for number, (start, end) in enumerate(lines)
               if BOX_BORDER.fullmatch(text, start, end)]
    in_box = {inside for top, bottom in zip(borders[::2], borders[1::2], strict=False)
              for inside in range(top, bottom + 1)}  # (a box's rows, between its top and
    # bottom borders; a lone divider "+-----+" is no box)
    for number, (start, end) in enumerate(lines):
        if number < over_title or number in in_box:
            continue  # "News" / "Local", "New Zealand" / "|" / "Environment" over the title;
            # a box's rows: a fixture box's "CAF CHAMPIONS LEAGUE 2064-65" over the report
        if dateline and start <= dateline.start < end and (
            len(_WORD_TOKEN.findall(text, dateline.end, end)) < STORY_AFTER_DATELINE_WORDS
            or PAGE_HEADER.fullmatch(text, start, end)
        ):  # (not a wire lead: "LONDON, March 12, 2026 (Reuters) - The bank cut ..."; a
            continue  # print page's head is no title: "..., 2055     THE DEMERARA TRIBUNE   3")
        line = text[start:end].strip()
        if markdown:
            line = line.lstrip("#").strip()
        if MENU_ROW.fullmatch(line) or is_menu_row(line):
            menu_fields.update(field.strip() for field in MENU_GAP.split(line))
            continue  # a menu; a field of it under it is the page's section ("Home   Politics
            # Economy   Society ..." over "Society")
        if number + 1 < len(lines) and HANDLE_LINE.fullmatch(text, *lines[number + 1]):
            continue  # "Giulia Famularo" over "@giulia@eolie.social": a post's writer
        if not _ALPHANUMERIC.search(line) or (line.startswith("[") and line.endswith("]")) or (
            line.startswith("<") and line.endswith(">")  # markup: "<?xml version='1.0' ?>"
        ) or _TEASER_LINE.match(line) or (
            _EMBARGO_LINE.match(line) or len(_FIELD_LABEL.findall(text, start, end)) >= 2
            or _PAGE_NOTICE.match(line) or AGE_BANNER.match(line) or line.strip() in menu_fields
            or _BREADCRUMBS.fullmatch(line) or _TICKER_LINE.match(line)
            or _APP_BAR.match(line) or any(furniture.fullmatch(line) for furniture in _FURNITURE)
            or _READING_TIME_FIELD.search(line) or _LINK_LINE.fullmatch(line)
            or _SYNDICATION_LINE.fullmatch(line)
        ):
            continue  # "[Courier Archive — digitized from microfilm. ...]": an archive's note;
            # "INSIDE: Coffee pickers' pay talks stall, Page 5 | Letters, Page 4": a teaser;
            # an embargo; a row of fields; a cookie banner; a menu; breadcrumbs
        line = _LIVE_TAG.sub("", _LIST_TAG.sub("", _WIRE_TAG.sub("", line, count=1), count=1),
                             count=1)  # fmt: skip
        if (SECTION_LABEL.fullmatch(line) or SECTION_AND_SITE.fullmatch(line)) and (
            labels < MAX_SECTION_LINES
        ):  # (an e-paper's "NATIONAL NEWS          www.lakeshorepost.mw" too)
            labels += 1
            continue  # "NEWS", "Alpine Wire | Switzerland": the page's section or masthead
        if labelled := _MEMO_SUBJECT.fullmatch(line):
            line = labelled["subject"].strip()  # a post's "Subject: PRO/EDR> Botulism - ...":
            # the subject, not its label
        if number + 1 < len(lines) and (
            (line.endswith(",") and _TITLE_GOES_ON.fullmatch(text, *lines[number + 1]))
            or (_TITLE_OPEN_END.search(line) and _TITLE_GOES_ON_LOWER.fullmatch(
                text, *lines[number + 1]))
        ):  # "Region Four count ends," / "GECOM to declare results today", "Príncipe cut off
            # as" / "ferry and plane fail": a headline set on two lines
            line = f"{line} {text[slice(*lines[number + 1])].strip()}"
        if line:
            return _clip(_lead_sentence(_TITLE_TAIL.sub("", line)), MAX_TITLE_CHARS)
    return None


# A syndicated piece's lines over its title: "Column 12-11", "FOR RELEASE SUNDAY, JUNE 5,
# 2011, AND THEREAFTER", "Distributed by Southern Cross Features Syndicate", "(c) 2011 Annette
# Marchal", "Slug: PACNOTE-FUTUNA"
_SYNDICATION_LINE = re.compile(
    r"(?i:column)[ \t]+(?:no\.[ \t]*)?[\d][\w/-]*|(?i:for[ \t]+release)\b.*|"
    r"(?i:distributed[ \t]+by)\b.*|(?:\((?i:c)\)|©)[ \t]*\d{4}\b.*|(?i:slug)[ \t]*:.*"
)
# A headline's second line under a first that ends with a comma: short, capitalised, no
# full stop ("GECOM to declare results today")
_TITLE_GOES_ON = re.compile(r"[ \t]*[A-Z][^\n.!?]{2,80}[ \t]*")
# ... under a first that ends on a word no headline ends with, the second in lower case
_TITLE_OPEN_END = re.compile(r"[ \t](?:as|and|or|of|to|the|a|an|at|for|with|by|from|after|"
                             r"before|into|amid)$")  # fmt: skip (not "Game on", "Game over")
_TITLE_GOES_ON_LOWER = re.compile(r"[ \t]*(?!by[ \t])[a-z][^\n.!?]{2,80}[ \t]*")  # (not a byline)


def _lead_sentence(line: str) -> str:
    """A first line that is a whole paragraph (an article with no title line) gives its
    first sentence as the title; a title line is kept whole."""
    if len(line.split()) <= TITLE_MAX_WORDS:
        return line
    spans = sentences(line)
    return line[spans[0][0] : spans[0][1]] if len(spans) > 1 else line


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


@dataclass(frozen=True)
class Note:
    """A one-line note met while walking the inputs, kept in its place in the stream."""

    message: str


@dataclass(frozen=True)
class Pending:
    """A record to make into an article, with what the run settled about its file."""

    record: Record
    path: str | None
    override: tuple[str, dt.date] | None  # --published PATH=DATE for its file: key, date


Item = Pending | Skipped | Note


@dataclass(frozen=True)
class Prepared:
    """A record made into an article, before the checks that need the whole run.

    `article` carries the id the record asks for; it is None when the record has no
    article text, or once a worker has handed the article on (`without_article`).
    `error` is the problem that stops a strict run, raised unless it is a duplicate.
    """

    label: str
    id: str
    empty: bool = False
    digest: bytes = b""
    removed: tuple[str, ...] = ()  # boilerplate lines stripped
    notes: tuple[str, ...] = ()  # before the duplicate check
    date_notes: tuple[str, ...] = ()  # after it: only for an article that is kept
    error: str | None = None
    article: RawArticle | None = None

    def without_article(self) -> Prepared:
        return replace(self, article=None)


def _published(
    record: Record,
    text: str,
    dateline: Dateline | None,
    override: tuple[str, dt.date] | None,
    options: IngestOptions,
    notes: list[str],
    printed: tuple[dt.date, str] | None = None,
) -> tuple[dt.date | None, PublishedSource | None, str | None, str | None]:
    """Publication date by precedence: override > metadata > dateline > the day a
    browser's print header gives (`printed`) > default; and the problem that stops a
    strict run."""
    if override is not None:
        key, date = override
        return date, PublishedSource.CLI, f"--published {key}={date}", None
    if record.published is not None:
        value = metadata_date_text(record.published)
        parsed = (
            None if not value
            else parse_in_article_order(value, text) if options.date_order is DateOrder.AUTO
            else parse_date_text(value, options.date_order)
        )  # fmt: skip
        if parsed is not None:
            if parsed.warning:
                notes.append(f"{record.label}: {parsed.warning}")
            return parsed.date, PublishedSource.METADATA, record.published_field, None
        problem = f"metadata date '{_clip(record.published)}' does not parse"
        if options.strict:
            return None, None, None, problem
        notes.append(f"{record.label}: {problem}; ignored")
    if dateline is not None:
        if dateline.warning:
            notes.append(f"{record.label}: {dateline.warning}")
        shown = text[dateline.start : dateline.end]
        return dateline.date, PublishedSource.TEXT, f"dateline '{shown}'", None
    if printed is not None:  # a page with no date of its own, as of the day it was printed
        return printed[0], PublishedSource.TEXT, f"browser print header '{printed[1]}'", None
    if options.published_default is not None:
        return options.published_default, PublishedSource.CLI, "--published default", None
    return None, None, None, None


def prepare(pending: Pending, options: IngestOptions = DEFAULT_OPTIONS) -> Prepared:
    """One record as an article: boilerplate stripped, dateline, publication date, title.

    Pure: what depends on the rest of the run (duplicates, ids) is left to `accept`.
    """
    record = pending.record
    text, removed = strip_boilerplate(record.text)
    notes = []
    captured = None
    if header := archive_header(text):  # a web archive's copy: its header is no part of it
        captured, header_end = header
        text = text[header_end:].lstrip()
        notes.append(f"{record.label}: removed the web archive's header (captured "
                     f"{captured:%Y-%m-%d %H:%M} UTC)")  # fmt: skip
    if not text.strip():
        return Prepared(record.label, record.id, empty=True)
    if removed:
        shown = "; ".join(f"'{_clip(line)}'" for line in removed)
        notes.append(f"{record.label}: removed {len(removed)} boilerplate line(s): {shown}")
    digest = hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).digest()
    dateline = locate_dateline(text, options.date_order, captured)
    date_notes: list[str] = []
    printed = printed_day(removed, options.date_order) if dateline is None else None
    published, source, published_note, error = _published(
        record, text, dateline, pending.override, options, date_notes, printed
    )
    title = record.title or _title_from(text, dateline, record.markdown) or record.id
    article = RawArticle(
        id=record.id,
        title=_clip(title, MAX_TITLE_CHARS),
        path=pending.path,
        url=record.url,
        source=record.source,
        author=record.author or byline_author(
            text, None if dateline is None else (dateline.start, dateline.end)),
        text=text,
        published=published,
        published_source=source,
        published_note=published_note,
        day_first=_DAY_FIRST_OF_ORDER[options.date_order],
        dateline_span=None if dateline is None else (dateline.start, dateline.end),
    )
    return Prepared(record.label, record.id, False, digest, tuple(removed), tuple(notes),
                    tuple(date_notes), error, article)  # fmt: skip


class Reader:
    """One ingest run: options, callbacks, the ids and texts seen so far.

    `items` yields the records of the inputs (and the skips and notes on the way), in
    order; `take` settles each, in the same order, into an article or nothing.
    """

    def __init__(
        self,
        options: IngestOptions = DEFAULT_OPTIONS,
        on_skip: SkipHandler | None = None,
        on_note: NoteHandler | None = None,
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

    # --- walking the inputs (in order, nothing reported yet) -----------------------------

    def items(self, paths: Sequence[str | Path]) -> Iterator[Item]:
        """The records of `paths`, with the skips and notes met on the way, in order."""
        for item in paths:
            yield from self._read(item)

    def _read(self, item: str | Path) -> Iterator[Item]:
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
            yield Skipped(str(item), "no such file or directory")

    def _file(self, path: Path, *, explicit: bool) -> Iterator[Item]:
        label = str(path)
        suffix = path.suffix.lower()
        kind = EXTENSIONS.get(suffix)
        if kind is None:
            described = f"extension '{suffix}'" if suffix else "no extension"
            if not explicit:
                yield Note(f"{label}: skipped (unknown file type, {described})")
                return
            kind = Format.TEXT  # named on the command line: read it as plain text
        yield from self._guarded(path, self._file_records(path, label, kind))

    def _guarded(self, path: Path | None, records: Iterator[Record | Item]) -> Iterator[Item]:
        """Records as Pending; an InputError on the way skips the rest of this input."""
        override = self._override(path)
        shown = str(path) if path is not None else None
        try:
            for record in records:
                yield Pending(record, shown, override) if isinstance(record, Record) else record
        except InputError as exc:
            yield Skipped(exc.path, exc.problem)

    def _file_records(self, path: Path, label: str, kind: Format) -> Iterator[Record | Item]:
        stem = path.stem
        if kind is Format.JSONL:
            noted = False
            for record in read_jsonl(path, label, stem):
                if isinstance(record, Record) and record.encoding and not noted:
                    noted = True
                    yield Note(f"{record.label}: not UTF-8, decoded as {record.encoding}")
                yield record
            return
        raw = read_capped(path, label)
        if kind is Format.HTML:
            record = read_html(raw, label, stem)
            yield from self._encoding_note(label, record.encoding)
            yield record
            return
        yield from self._decoded_records(raw, label, stem, kind)

    def _decoded_records(
        self, raw: bytes, label: str, stem: str, kind: Format
    ) -> Iterator[Record | Item]:
        decoded = decode_bytes(raw, label)
        yield from self._encoding_note(label, decoded.encoding)
        if kind is Format.JSON:
            yield from read_json(decoded.text, label, stem)
        elif kind is Format.FEED or (kind is Format.TEXT and FEED_START.match(decoded.text)):
            yield from read_feed(decoded.text, label, stem)  # (an item pasted into a .txt)
        else:
            yield read_text(decoded.text, label, stem, markdown=kind is Format.MARKDOWN)

    def _stdin_records(self) -> Iterator[Record | Item]:
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

    @staticmethod
    def _encoding_note(label: str, encoding: str | None) -> Iterator[Note]:
        if encoding:
            yield Note(f"{label}: not UTF-8, decoded as {encoding}")

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

    # --- settling, in order --------------------------------------------------------------

    def accept(self, item: Prepared | Skipped | Note) -> str | None:
        """Report what `item` brings, in order; the id of the article to keep, if any.

        None when there is none to keep: a skip, a note, a record without text, a
        duplicate. The id differs from `item.id` when that one is already taken.
        """
        if isinstance(item, Note):
            self.note(item.message)
            return None
        if isinstance(item, Skipped):
            self.skip(item)
            return None
        if item.empty:
            self.skip(Skipped(item.label, "no article text"))
            return None
        for line in item.removed:
            LOGGER.info("%s: removed boilerplate line %r", item.label, line)
        for message in item.notes:
            self.note(message)
        first = self.texts.setdefault(item.digest, item.label)
        if first != item.label:
            self.note(f"{item.label}: duplicate of {first}, read once")
            return None
        if item.error is not None:
            raise InputError(item.label, item.error)
        for message in item.date_notes:
            self.note(message)
        return self._unique_id(item.id, item.label)

    def take(self, item: Item) -> RawArticle | None:
        """`item` prepared here and accepted: the article it yields, if any."""
        prepared = prepare(item, self.options) if isinstance(item, Pending) else item
        kept = self.accept(prepared)
        if kept is None or not isinstance(prepared, Prepared) or prepared.article is None:
            return None
        return with_id(prepared.article, kept)

    def _unique_id(self, wanted: str, label: str) -> str:
        candidate, count = wanted, 1
        while candidate in self.ids:
            count += 1
            candidate = f"{wanted}~{count}"
        if candidate != wanted:
            self.note(f"{label}: id '{wanted}' already used, using '{candidate}'")
        self.ids.add(candidate)
        return candidate


def with_id(article: RawArticle, article_id: str) -> RawArticle:
    """`article`, under the id the run settled for it."""
    return article if article.id == article_id else article.model_copy(update={"id": article_id})


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
    reader = Reader(options, on_skip, on_note)
    for item in reader.items(paths):
        article = reader.take(item)
        if article is not None:
            yield article


def load_articles(
    paths: Sequence[str | Path], options: IngestOptions = DEFAULT_OPTIONS
) -> LoadResult:
    """All the articles in `paths`, with what was skipped and noted."""
    result = LoadResult()
    result.articles = list(
        iter_articles(paths, options, result.skipped.append, result.notes.append)
    )
    return result
