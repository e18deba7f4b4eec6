"""Sentences and clauses of news text, with character offsets.

A small rule-based splitter (no model download): sentence ends are `.`, `!`, `?` before
a capital or quote (also the wire's ``), never after common abbreviations ("Nov.",
"U.S.", "Mr."), and every line break ends a sentence (titles, datelines and captions
stand on their own lines).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from itertools import takewhile

# Pieces of news page bylines, shared by the dateline reader and event extraction:
# "By Jane Smith | ", "Jane Smith and Bo Ma", "4 min read".
BYLINE_LEAD = r"By\s+[A-Z][^|•·—–\n]{0,80}?(?:\s*[|•·—–]\s*|[ \t]+-[ \t]+|[ \t]{2,}(?=\S))"  # ("By
# Dana Whitfield, Staff Writer  Mar 8, 2028": two spaces set it off too; "By Rania Haddad -
# Nov 12,2068": a hyphen between spaces)
# A writer, a bar, then the date: "Hasan Al-Mahroos  |  10-12-2050  09:41"
WRITER_BAR_DATE = re.compile(
    r"[ \t]*(?P<writer>[A-Z][^\n|·•\d]{3,40}?)[ \t]+[|·•][ \t]+(?P<date>[^\n|·•]{6,40}?)[ \t]*"
)
# A reader's comment's head under a story (WordPress's): "Ruthlyn G. says:" over its stamp,
# "February 13, 2046 at 7:52 am" (with a year: not "A sign on the door says:")
COMMENT_HEAD = re.compile(
    r"^[^\n]{2,60}[ \t]says:[ \t]*\n[ \t]*(?P<date>(?=[^\n]{0,40}\d{4})[^\n]{6,40}?),?[ \t]+at"
    r"[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$",
    re.MULTILINE,
)
# A blog's foot line under its post: "Posted by Ophelia Pascal-Durand at 3:14 PM"
BLOG_POSTED_BY = re.compile(
    r"[ \t]*Posted[ \t]+by[ \t]+(?P<writer>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w.'’-]*){1,3})"
    r"[ \t]+at[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*"
)
# A name's particles in lower case: "Enrico dela Cruz", "Ludwig van Beek"
NAME_PARTICLES = r"de|dela|del|della|da|das|dos|van|von|der|den|le|la|bin|al|ibn"
BYLINE_NAMES = (  # ("By Enrico dela Cruz", "By Ludwig van Beek": a name's particles too;
    # accented capitals: "Niamh Ó Ceallaigh")
    rf"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+(?:and\s+|(?:{NAME_PARTICLES})\s+)?[A-ZÀ-ÖØ-Þ][\w.'’-]*)"
    r"{0,5}"
)
# A content system's label of who posted, before its date: "Submitted by Ngwa Eric Tanyi
# on Tue, 09/03/2058 - 17:05" (Drupal's), "Posted by Ann Lee on March 3, 2041"
POSTED_BY_ON = (
    rf"(?:(?i:submitted|posted|written|published|added)[ \t]+by[ \t]+(?P<writer>{BYLINE_NAMES})"
    r"[ \t]+on|(?i:post|posted)[ \t]+by[ \t]+[\w.'’-]{2,40}[ \t]+»"  # (a forum's "Post by
    # slowboat_steve » Sat Feb 10, 2046 8:47 am")
    r"|(?i:submitted|posted)[ \t]+by[ \t]+[a-z][a-z0-9_.-]{1,30}[ \t]+on)"  # (a user's handle:
)  # "Submitted by kmercado on Wed, 03/06/2041 - 07:45")

# Between the steps of a page's path: "GNN Transcripts  >  World Tonight", "Culture › Traditions"
BREADCRUMB_GAP = r"[ \t\u3000]+[›>»＞][ \t\u3000]+"
# An embargo over a release or a wire item: "EMBARGOED: Not for publication ... before 0600
# GMT on Monday", "Embargoed until 00:01 BST", "NOT FOR RELEASE BEFORE ...", "HOLD FOR RELEASE"
EMBARGO = (r"(?i:embargo(?:ed)?\b|not\s+for\s+(?:publication|release|broadcast)\b|"
           r"hold\s+for\s+release\b)")

# A line that is only a byline: "By Thomas Greer", "By Jo Reyes, Health Reporter", "by Staff
# Writers", "Author: Colin Ferris", "Written by Ana Ruiz"
BYLINE_ONLY = re.compile(
    r"(?:[Bb]y|BY|(?:Author|Reporter|Words|Story|Text)[ \t]*:|"
    r"(?:Written|Reported|Reporting)[ \t]+by|"
    r"Reporting[ \t]+from)"  # (a correspondent's place: "Reporting from Bucharest, Romania")
    rf"\s+{BYLINE_NAMES}(?:,\s*[A-Z][\w'’ -]{{0,50}})?"
)
READING_TIME = r"\d+\s*min(?:ute)?s?\s+read"
# How far back a collection or a record reaches, just before its date: "newspapers going
# back to 1871", "archives dating from the 1920s", "as far back as 1990"
REACHING_BACK = re.compile(
    r"\b(?:(?:going|dating|stretching|reaching)[ \t]+back[ \t]+(?:to|as[ \t]+far[ \t]+as)|"
    r"dating[ \t]+from|as[ \t]+far[ \t]+back[ \t]+as)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# A wire's tag after a dateline: "(Reuters)", "(GLOBE NEWSWIRE)", "/CNW/", "/PRNewswire/";
# Business Wire's comes between double dashes with no spaces: "--(BUSINESS WIRE)--"
WIRE_TAG = r"(?:\([^()\n]{1,30}\)|/[A-Za-z][\w ]{1,20}/)"
# An agency's tag in capitals with no dash after it, the story straight on: "Ferozepur, Oct 5
# (PTI) The death toll ..."
DASHLESS_WIRE_TAG = r"\([A-Z]{2,6}\)[ \t]+(?=[A-Z])"
BUSINESS_WIRE_TAG = r"--\([A-Z][A-Z ]{2,30}\)--"
# A reporting period's bound, just before its last day, which leaves the period the day
# told: "the three months ended", "the half-year to", "the quarter, which ended", "this
# financial year, which ends on"
PERIOD_BOUND = re.compile(
    r"\b(?:(?:three|six|nine|twelve|\d{1,2})[ \t]+(?:months|weeks)|quarter|half|half-year|"
    r"(?:fiscal|financial)[ \t]+year|year|period),?[ \t]+(?:(?:which|that)[ \t]+)?"
    r"(?:ended|ending|ends|to|through)[ \t]+(?:on[ \t]+)?$",
    re.IGNORECASE,
)


# A section or masthead line over a title: a word or a few in capitals, or a few words
# split by a bar ("Alpine Wire | Switzerland", "WORLD NEWS").
# ("UK NEWS / EAST MIDLANDS", "U.S. | ENVIRONMENT", "SINGAPORE | COURTS & CRIME", "News >
# Business > Economy", "National | Tasmania | Science", "Home | News | England | York & North
# Yorkshire")
_LABEL_SEPARATOR = r"[ \t]+[|·•/›>»][ \t]+"
SECTION_LABEL = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&'’.-]+"  # ("THE MAHÉ CHRONICLE")
    r"(?:(?:[ \t]+|[ \t]*[/|›>»][ \t]*)(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&'’.-]*|&|(?:19|20)\d\d\b)){0,5}"
    r"|[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|&)){0,2}"  # ("ÅLANDS NYHETER")
    r"(?:" + _LABEL_SEPARATOR + r"[A-Z][\w'’.-]*(?:[ \t]+(?:[\w'’.-]+|&)){0,3}){1,4}"
)
# A wire story's slug over its headline: the cycle, the keywords and the word count
WIRE_SLUG = re.compile(r"[A-Z]{1,3}-[A-Z][A-Za-z]*(?:-[A-Za-z]+){0,4},?\s?\d{3,4}")
MAX_SECTION_LINES = 2  # section lines over a title
SHORT_LABEL_WORDS = 3  # "Toronto", "ABC Sport": a section label over a headline
TAGLINE_WORDS = 6  # a masthead's motto: "African rugby, every Tuesday"
MAX_LABEL_LINES = 4  # label lines over a title: "New Zealand" / "|" / "Environment"
HEADLINE_MIN_WORDS = 6  # a line under short labels this long (and with no full stop) heads
# What a plan, a budget, a law or a pay offer is for, before its year: "a wage increase for
# 2050", "The draft finance law for 2050", "Finance bill 2050" (the year ahead, no year told)
PLAN_FOR_BEFORE = re.compile(
    r"\b(?:increases?|rises?|raises?|budgets?|laws?|bills?|plans?|targets?|forecasts?|"
    r"outlook|guidance|projections?|estimates?|allocations?|ceilings?|quotas?|spending)"
    r"\s+(?:for\s+)?(?:the\s+(?:fiscal\s+|financial\s+)?year\s+)?$",
    re.IGNORECASE,
)
_SEPARATOR_ONLY = re.compile(r"[ \t]*[|·•/›>»][ \t]*")
_FIELDS = re.compile(r"[ \t][|·•][ \t]")  # fields of a line set off by bars or dots
# A menu: four or more one- or two-word fields ("News | Business | Sport | Opinion | ePaper",
# "News   Society   Economy   World   Sport")
_NAV_ROW = re.compile(r"[A-Z][\w'’&-]*(?:[ \t][\w'’&-]+)?(?:(?:[ \t]+\|[ \t]+|[ \t]{2,}(?=[A-Z]))"
                      r"[A-Za-z][\w'’&-]*(?:[ \t][\w'’&-]+)?){3,}")
# A row of the page's languages: "O'zbekcha | Русский | English", "English Edition | Edición
# en español"
_LANGUAGE_ROW = re.compile(r"(?=[^\n]*\bEnglish\b)[^|\n]{2,24}(?:[ \t]+\|[ \t]+[^|\n]{2,24}){1,6}")
# An outlet's name line: its initials, a dash and its name in capitalised words
_OUTLET_LINE = re.compile(r"[A-Z]{2,6}[ \t]+[-–—][ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4}")
# An issue's number: "Vol. 19", "No. 4", "Nº 9412", a podcast's "Episode 212" or "#212"
ISSUE_NUMBER = r"(?:\b(?:Vol|Volume|No|Nr|Issue|Episode|Ep)\.?|\bN[º°]|(?<![\w#])#)[ \t]*\d{1,5}\b"
ISSUE_LINE = re.compile(
    rf"[^\n]{{0,80}}?{ISSUE_NUMBER}[^\n]{{0,80}}"
)  # ("Vol. 19 No. 4", "Jeudi 14 décembre 2051 · Nº 9412 · SR 15")


def _short_label_line(line: str) -> bool:
    return (
        0 < len(line.split()) <= SHORT_LABEL_WORDS
        and line[:1].isupper()
        and not line.endswith((".", "!", "?", ":"))
        and not any(character.isdigit() for character in line)
    )


def _tagline(line: str, following: Sequence[str]) -> bool:
    """Whether `line`, under a masthead, is its motto: short, no sentence, with a section
    line under it ("African rugby, every Tuesday" over "Episodes > Episode 212")."""
    return (
        0 < len(line.split()) <= TAGLINE_WORDS
        and not line.endswith((".", "!", "?", ":"))
        and bool(following)
        and bool(SECTION_LABEL.fullmatch(following[0].strip()))
    )


def _headline_line(line: str) -> bool:
    return len(line.split()) >= HEADLINE_MIN_WORDS and not line.rstrip(" \t\"'”’`").endswith(
        (".", "!", "?")
    )


# A page's address on a line of its own (over a copied page's head)
URL_LINE = re.compile(
    r"[ \t]*(?:(?i:url|source|link|original)[ \t]*:[ \t]*"
    r"|The[ \t]+Wayback[ \t]+Machine[ \t]+-[ \t]+)?"
    # ("URL: https://...", a web archive's banner "The Wayback Machine - https://...")
    r"(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*)[ \t]*"
)


# A print page's section set beside its site's address: "NATIONAL NEWS        www.lakeshorepost.mw"
SECTION_AND_SITE = re.compile(r"[A-Z][A-Z&'’ -]{1,30}[A-Z][ \t]{3,}(?:https?://|www\.)\S+")
# A section, a numeric date and a writer as bar-set fields: "SPORT  |  09/08/2083  |  Sione
# Kata Vaipulu"
SECTION_DATE_WRITER = re.compile(
    r"[A-Z][A-Z&'’ -]{1,24}[ \t]+[|·•][ \t]+\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}[ \t]+[|·•][ \t]+"
    r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,4}"
)


# An update note's label word, opening its paragraph: "UPDATE, 8.15am:", "Updated 10:40 -",
# in a site's own language too ("[ΕΝΗΜΕΡΩΣΗ 14:35]", "[AKTUALIZACJA, 15:05]", "Mise à jour")
UPDATE_WORD = (
    r"(?:UPDATE[D]?|Update[d]?|(?i:ενημ[εέ]ρωση|actualizaci[óo]n|mise[ \t]+[àa][ \t]+jour|"
    r"aktualisierung|aggiornamento|atualiza[çc][ãa]o|c[ậa]p[ \t]+nh[ậa]t|обновление|"
    r"g[üu]ncelleme|aktualizacja|aktualizace|uppdatering|oppdatering|opdatering|"
    r"p[äa]ivitys|actualizare|friss[íi]t[ée]s|a[žz]uriranje|a[žz]urirano))"
)
# The word for "at" between an update marker and its clock ("UPDATE at 16:45", Croatian
# "Ažurirano u 16:45", German "um", French "à", Portuguese "às", Italian "alle", Polish "o")
UPDATE_CLOCK_AT = r"(?:(?:at|u|um|à|às|alle|o)[ \t]+)?"
# A page's bar of icons: "☰   MANAMA MIRROR   🔍" (the menu and search buttons)
ICON_BAR = re.compile(r"[ \t]*[☰≡][^\n]*|[^\n]*[🔍🔎][ \t]*")


def leading_labels(lines: Sequence[str]) -> int:
    """How many of an article's first non-empty `lines` are section or masthead labels over
    its title: lines like "WORLD NEWS" or "Alpine Wire | Switzerland" (at most
    MAX_SECTION_LINES), and, over a headline, short ones ("Toronto"; "News" / "Local";
    "New Zealand" / "|" / "Environment")."""
    kinds: list[bool] = []  # True: a section line, False: a short label or separator
    addressed = 0  # 1 when the first line is the page's address (no section's)
    for number, line in enumerate(lines[: MAX_LABEL_LINES + 1]):
        if number == MAX_LABEL_LINES and not addressed:
            break
        line = line.strip()
        if not kinds and (WIRE_SLUG.fullmatch(line) or URL_LINE.fullmatch(line)):
            kinds.append(True)  # "BC-Paraguay-Farmers,0458": a wire's slug, no title; the
            # page's address
            addressed = 1
        elif (
            (SECTION_LABEL.fullmatch(line) or SECTION_AND_SITE.fullmatch(line)
             or SECTION_DATE_WRITER.fullmatch(line))
            and kinds.count(True) - addressed < MAX_SECTION_LINES
        ) or (_FIELDS.search(line) and ISSUE_LINE.fullmatch(line)):
            kinds.append(True)  # (or a weekly's issue line: "Zimbabwe's business newspaper
            # | Vol. 19 No. 4 | 23 - 29 January 2045", a podcast's "Episode 212 · 16 Jul 2052")
        elif _SEPARATOR_ONLY.fullmatch(line) or _short_label_line(line) or _NAV_ROW.fullmatch(
            line
        ) or _LANGUAGE_ROW.fullmatch(line) or (
            not kinds and (_OUTLET_LINE.fullmatch(line) or ICON_BAR.fullmatch(line))
        ) or (kinds == [True] and _tagline(line, lines[number + 1 : number + 2])):
            kinds.append(False)  # ("TAP - Tunis Afrique Presse" over "National | Social" and
            # a headline; "THE GAIN LINE" / "African rugby, every Tuesday" / "Episodes > ...")
        else:
            break
    if not all(kinds) and not (len(lines) > len(kinds) and _headline_line(lines[len(kinds)])):
        return len(list(takewhile(bool, kinds)))  # no headline under them: short lines head
    return len(kinds)


# A dateline of a place in any case, an agency's tag in capitals, then the date: "Cordoba,
# Argentina (SPX) May 10, 2033", "Paris (AFP) 12 March 2030"
AGENCY_TAG_LINE = re.compile(
    r"[A-Z][\w.'’-]*(?:,?[ ]+[A-Z][\w.'’-]*){0,4}[ ]*\([A-Z]{2,8}\)[ ]+(?P<date>[^()\n]{6,40})"
)
# A writer and the place written from, before the date: "Nino Gelashvili, Telavi — "
WRITER_PLACE_BEFORE_DATE = re.compile(
    r"(?:By:?[ \t]+)?(?P<writer>[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w.'’-]+){1,3}),[ \t]+"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}[ \t]+[—–|][ \t]+"
)
# A copyright line at the head of a wire story: "(c) 2004, Bloomberg News", "© 2004 The
# Associated Press", "Copyright 2004 Reuters"
# A print page's head, as an e-paper copy keeps it: the date, the paper's name in capitals
# and the page's number, wide apart, in either order ("Thursday, September 9, 2055
# THE DEMERARA TRIBUNE          3", "6          THE DEMERARA TRIBUNE          Thursday, ...")
PAGE_HEADER = re.compile(
    r"(?:(?P<date>\S[^\n]{4,40}?\S)[ \t]{3,}[A-Z][A-Z0-9 .'’&-]{3,40}[A-Z]"
    r"(?:[ \t]{3,}\d{1,3})?"
    r"|\d{1,3}[ \t]{3,}[A-Z][A-Z0-9 .'’&-]{3,40}[A-Z][ \t]{3,}(?P<date_last>\S[^\n]{4,40}?\S))"
)


COPYRIGHT_LINE = re.compile(
    r"^[ \t]*(?:\([cC]\)|©|[Cc]opyright(?:[ \t]*(?:\([cC]\)|©))?)[ \t]*((?:19|20)\d\d)\b",
    re.MULTILINE)
# A byline with its day: "By Dana Omarova in Sports on 17 April 2045", "By Jo Reyes, 17
# April 2045", "By Jo Reyes on April 17, 2045", "By Ana Ruiz - 3 March 2031", "By Jo Reyes,
# Sports Reporter, 17 April 2045", "Posted by Jo Reyes on 17 April 2045"
DATED_BYLINE = re.compile(
    r"(?:By:?|(?:Posted|Written|Words)[ \t]+by)[ \t]+"
    rf"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b){BYLINE_NAMES}"
    r"(?:(?:,|[ \t]+[-–—|·•])[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}"
    r"(?i:reporters?|correspondents?|editors?|writers?))?"  # a role: ", Sports Reporter", "| Court
    # reporter"
    r"(?:[ \t]+in[ \t]+[A-Z][\w&'’-]*(?:[ \t]+[A-Z&][\w&'’-]*){0,3})?"  # the section
    r"(?:[ \t]+on[ \t]+|,[ \t]*|[ \t]+[-–—|·•][ \t]+)(?P<date>\S.*)"
)
# A print edition's foot line: "A version of this article appears in print on Oct. 18,
# 2034, Section A, Page 11", "This article appeared in the print edition on 4 May 2031", "...
# appeared in the November 21, 2039 print edition of The Prairie Ledger"
_PRINTED_DAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"  # ("Tuesday, 9 July 2030")
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?)[ \t]+\d{4}"
)
PRINT_EDITION_DATE = re.compile(
    r"\b(?:appears?|appeared)[ \t]+in[ \t]+(?:the[ \t]+)?(?:print(?:[ \t]+edition)?[ \t]+on[ \t]+"
    rf"(?P<date>{_PRINTED_DAY})"
    # "This article appeared in the November 21, 2039 print edition of The Prairie Ledger"
    rf"|(?P<date_before>{_PRINTED_DAY})[ \t]+print[ \t]+edition\b)"
)
# A paper's name before its date, set off by a slash or bar: "Philippine Daily Inquirer / ".
# One part of a line before its publication stamp, set off by a bar or bullet: a writer, an
# agency, a site ("bdnews24.com": digits only inside a word; a date's digits end it)
# A publication stamp's label in another language ("Publicerad 12 december 2046", "Publié
# le ...", "Veröffentlicht am ..."): read by `ingest.datelines`, no event line in `events`
# The prepositions between a stamp's label in another language and its date: "Gepubliceerd
# op", "Publié le", "Publicado el", "Veröffentlicht am"
FOREIGN_STAMP_PREPOSITIONS = "le|el|em|il|am|den|op"
FOREIGN_STAMP_LABELS = (
    r"publicerad|publicerat|publisert|publiceret|udgivet|ver[öo]ffentlicht|gepubliceerd|"
    r"publi[ée]|publicado|pubblicato|julkaistu|opublikowano|publicat|publikov[áa]no|"
    r"publikovan[ée]|objavljeno|k[öo]zz[ée]t[ée]ve|"
    # ... and updated or posted: Dutch, German, French, Spanish, Portuguese, Italian, the
    # Scandinavian languages, Catalan, Romanian, Czech, Slovak, Polish, Croatian, Hungarian
    r"bijgewerkt|geplaatst|aktualisiert|mis[ \t]+[àa][ \t]+jour|actualizado|atualizado|"
    r"aggiornato|uppdaterad|oppdatert|opdateret|actualitzat|actualizat|aktualizov[áa]no|"
    r"aktualizovan[ée]|zaktualizowano|a[žz]urirano|friss[íi]tve|"
    # ... and in Cyrillic, Greek and Turkish: Bulgarian, Russian, Ukrainian, Serbian and
    # Macedonian ("Публикувано: понеделник, 16 февруари 2099 г., 07:45 ч.  ·  Актуализирано:
    # 15:10 ч."), Greek, Turkish
    r"публикувано|актуализирано|обновено|опубликовано|обновлено|опубліковано|оновлено|"
    r"објављено|објавено|ажурирано|δημοσιεύθηκε|ενημερώθηκε|yay[ıi]nland[ıi]|"
    r"g[üu]ncellendi"
)
STAMP_PREFIX_PART = r"(?:[^|·•\n\d]|(?<=[a-z])\d+)"
SOURCE_BEFORE_DATE = re.compile(
    r"[A-Z][^|/·•\n\d]{1,59}?[ \t]+[|/·•][ \t]+(?=\d)"
    # a site and an agency, set off by spaces: "swissinfo.ch/Keystone-SDA   03/12/2027 - 09:05"
    r"|(?:[a-z][\w-]*\.){1,3}[a-z]{2,6}(?:/[\w-]+){0,2}[ \t]+(?=\d)"
    r"|[A-Z][\w.-]*(?:[ /][A-Z][\w.-]*){0,4}(?:[ \t]{3,}|\t)(?=\d)"
    # writers and an agency before a date that opens with its month: "By Priya Raman and
    # Daniel Oyelaran | Reuters | November 6, 2030 5:12 PM EST"
    r"|(?:[A-Z][^|·•\n\d]{1,59}?[ \t]+[|·•][ \t]+){1,3}"
    r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)"
)


ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt gov sen rep st jr sr co corp inc ltd no vs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    u.s u.k u.n e.u a.m p.m d.c n.y l.a etc e.g i.e approx est dept univ rev fr msgr hon
    atty supt det insp cmdr adm maj brig pvt cpl vol vols doc ref
    ul al pl str godz""".split()
)  # (and a street's, in Polish and German: "ul. Lipowa", "al. Jana Pawła", "Hauptstr.";
# Polish's hour: "godz. 07:40")
# Places shortened as written, capitalised (AP's states, Canada's provinces, "Sault Ste.
# Marie", "Mt. Hood"): not "ill." or "ore." ending a sentence.
PLACE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo Ont Que Alta Sask Ste Mt Ft""".split()
)
# `(?<!...)`: a run of end marks or of white space is tried from its start only (where
# any match in it starts), which keeps the scans linear in the length of a run. Led by
# the class of its first character, so that sre skips ahead to candidates (2.5x faster
# than the same alternation led by a look-behind; the same matches).
# Capital letters of Latin, Greek and Cyrillic beyond ASCII, for a character class: a
# sentence may open with "Ħamrun", "Łódź", "Østergaard", "Élodie" or "Ở" (Vietnamese's, in
# Latin Extended Additional, up to U+1FFF).
UPPER_BEYOND_ASCII = "".join(c for c in map(chr, range(0xC0, 0x2000)) if c.isupper())
_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*[\"'”’)]*"
    r"(?:\[(?:\d{1,3}|[a-z][a-z ]{0,20}[a-z])\]){0,4}"  # a wiki's citations: ".[3]", ".[1][2]"
    r"(?=\s+(?:``|[\"'“‘(])?[A-Z0-9" + UPPER_BEYOND_ASCII + r"])|(?<=\n)\n*)"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z.]+)\.$")  # (not the "s" of "1930s")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # "J", "U.S", "D.C"
# "in Buffalo, N.Y. Slepian provided ...": a state after a city and its comma ends the
# sentence when a capital follows (AP style puts a comma after a state mid-sentence).
_STATE_ENDS_SENTENCE = re.compile(r", (?:N\.Y|D\.C|N\.J|N\.H|N\.M|N\.C|N\.D|S\.C|S\.D|R\.I)\.$")


# "... which came at 11:20 p.m. | 'I don't think ...'", "at 6 a.m. | The water rose": a
# clock time ends a sentence before a quotation or a word that starts one ("Tomorrow:
# high water ..."); not before "Friday", "EST" or "New York time".
_CLOCK_ABBREVIATIONS = frozenset({"a.m", "p.m"})
SENTENCE_AFTER_CLOCK = re.compile(
    r"\s+(?:``|[\"“]|(?:The|A|An|He|She|They|It|We|I|His|Her|Their|Its|Our|But|And|Then|By|"
    r"When|While|As|After|Before|Between|From|During|Within|Around|Since|Some|All|Most|No|"
    r"There|This|That|These|Those|Police|Officials)\s|(?:Today|Tonight|Tomorrow|Yesterday)[:,]"
    # or a titled name: "flooded at about 6:15 a.m. | Gov. Renée Castleman's statewide"
    r"|(?:Gov|Sen|Rep|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Supt|Det)\.\s+[A-Z]"
    # or a name and a verb: "polls closed at 4 p.m. | Restrepo waited", "at about 3 p.m. |
    # Air tankers dropped" (not "Friday", "EST", "Eastern", "Moscow time")
    r"|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec)[a-z]*\.?\s|Today|Tonight|Tomorrow|Yesterday|Eastern|Central|Pacific|"
    r"Mountain|Atlantic|Local|Greenwich)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,|\s+(?!time\b|standard\b|daylight\b)[a-z]))"
)


# After an abbreviation or an initial, a word that only opens a sentence starts one (a
# title never comes before them: "Dr. The" is no name).
_TITLES = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep st rev fr msgr hon atty supt det "
    "insp cmdr adm maj brig pvt cpl".split()
)
_FUNCTION_WORD_OPENS = re.compile(
    r"\s+(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|These|Those|There|But|"
    r"And|Yet|So|In|On|At|After|Before|When|While|Since|Still|However|Meanwhile)\s"
)


def _answer_no(text: str, start: int, end: int) -> bool:
    """Whether the "No." at `start` is an answer opening its line ("Is the bridge damaged?
    / No. Engineers inspected it"), not a number's "No. 5"."""
    return (
        text[start : start + 2] == "No"
        and (start == 0 or text[start - 1] == "\n")
        and not text[end : end + 8].lstrip(" \t")[:1].isdigit()
    )


WRAP_SLACK = 15  # characters a wrapped line may fall short of the text's wrap width
WRAPPED_LINES_MIN = 4  # lines that go on on the next one that show a text hard-wrapped
_LINE = re.compile(r"[^\n]+")
_OPEN_END = re.compile(r"[\w,]$")  # a line's end that is no sentence's


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text (an e-mail's, a teletype statement's, a PDF's) breaks
    its lines at, when at least WRAPPED_LINES_MIN lines near that width end mid-sentence
    with the sentence going on, in lower case (or in capitals, in a text all capitals), on
    the next line; else None. Such a line break is no sentence end."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, 0, 20_000)]
    lengths = sorted(end - start for start, end in lines if end - start <= 100)
    if len(lengths) < WRAPPED_LINES_MIN * 2:
        return None
    width = lengths[len(lengths) * 9 // 10]
    capitals = text[:20_000].isupper()
    going_on = sum(
        1 for (start, end), (after, _) in zip(lines, lines[1:], strict=False)
        if after == end + 1 and width - WRAP_SLACK <= end - start <= width
        and _OPEN_END.search(text, start, end)
        and (text[after].islower() or capitals and text[after].isalpha())
    )  # fmt: skip
    return width if going_on >= WRAPPED_LINES_MIN else None


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding white space. In a
    hard-wrapped text a line near its wrap width that ends mid-sentence goes on on the
    next line ("daylight saving starts at 2am tonight, and on Lord\nHowe we only go
    forward"): one sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    width = wrap_width(text) if "\n" in text else None
    for match in _END.finditer(text):
        at = match.start()
        mark = text[at]  # the match's first character
        if mark == "\n" and width is not None and match.end() == at + 1 and (
            width - WRAP_SLACK <= at - text.rfind("\n", 0, at) - 1 <= width
            and _OPEN_END.search(text, max(0, at - 1), at)
            and text[at + 1 : at + 2].isalnum()
        ):
            continue  # a wrapped line
        if mark == ".":
            word = _WORD_BEFORE.search(text, max(0, at - 12), at + 1)
            if (
                word
                and (
                    word.group(1).lower().strip(".") in ABBREVIATIONS
                    or word.group(1) in PLACE_ABBREVIATIONS
                    or _INITIALS.fullmatch(word.group(1))
                )
                and not _STATE_ENDS_SENTENCE.search(text, max(0, word.start() - 2), word.end())
                and not (
                    word.group(1).lower() in _CLOCK_ABBREVIATIONS
                    and SENTENCE_AFTER_CLOCK.match(text, match.end())
                )
                and not (
                    word.group(1).lower().strip(".") not in _TITLES
                    and _FUNCTION_WORD_OPENS.match(text, match.end())
                )  # "on Avenue B. The dealer ...", "Acme Inc. The company said"
                and not _answer_no(text, word.start(), match.end())
            ):
                continue  # "Nov. 9", "U.S. leader", "J. Smith", "at 3 p.m. Friday"
        end = match.end()
        spans.append((start, at if mark == "\n" else end))
        start = end
    spans.append((start, len(text)))
    result = []
    for lo, hi in spans:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            result.append((lo, hi))
    return result


# Where a clause ends and another begins: a comma or semicolon before a conjunction or
# relative word, "that" after a reporting verb (not after a preposition: "of that" is a
# pronoun), a dash aside.
_CLAUSE_BREAK = re.compile(
    r"(?<!\s)\s*[;:]\s+|,\s+(?=(?:but|and(?!\s+not\s+(?:a|an|the|its|their)\s)|while|whereas|"
    r"when|where|which|who|whose|after|before|"
    r"as|because|though|although|since|so|yet)\b)|(?<!\s)(?P<that>\s+)(?=that\s)|(?<!\s)\s+(?=but\s)"
    r"|(?<!\s)\s+[-–—]\s+",
)
# _CLAUSE_BREAK led by the class of its first character, so that sre skips ahead to
# candidates instead of trying every position (4x faster; tests/test_text_fast.py
# compares the two). Each look-behind moves past the character taken first: "(?<!\s)"
# before a run of white space is "(?<!\s\s)" after its first character. The branches
# exclude one another (the character after a white-space run decides), so their order
# does not matter. The group "that" holds "that" rather than the white space before it:
# `clauses` only asks whether that branch matched.
_CLAUSE_BREAK_FAST = re.compile(
    r"[\s;:,](?:(?<=[;:])(?<!\s[;:])\s+"
    r"|(?<=,)\s+(?=(?:but|and(?!\s+not\s+(?:a|an|the|its|their)\s)|while|whereas|when|where|"
    r"which|who|whose|after|before|as|because|"
    r"though|although|since|so|yet)\b)"
    r"|(?<=\s)(?<!\s\s)\s*(?:[;:]\s+|(?=(?P<that>that)\s)|(?=but\s)|[-–—]\s+))"
)


# Stock exchanges whose symbol follows a company's name: "(NYSE: BWPB)", "(NASDAQ: ACME)"
EXCHANGES = (
    r"(?:NYSE(?:\s+American)?|NASDAQ|Nasdaq|TSXV?|ASX|LSE|AIM|OTC[A-Z]*|NSE|BSE|HKEX|SGX|JSE)"
)
_EXCHANGE_BEFORE = re.compile(rf"\({EXCHANGES}$")
_PREPOSITION_END = re.compile(r"\b(?:of|in|for|with|to|on|at|by|from)$")
# "that" before a noun and then a preposition or a stop ("halted that deal in December",
# "that year."): a determiner, not the start of what was said ("said that prices rose").
_DEMONSTRATIVE_THAT = re.compile(
    r"that\s+(?:(?!(?:he|she|it|they|we|i|you|the|a|an|this|these|those|his|her|its|their|"
    r"there)\b)[a-z]+(?:\s+(?:in|on|at|of|for|with|to|from|by|and|or)\b|\s*[,.;:])|"
    r"(?:night|day|week|weekend|month|year|morning|afternoon|evening|time|season|spring|"
    r"summer|fall|autumn|winter|decade|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)"  # "the pictures she made that night won",
    # "illness that March" (the resolver's "that March"; not a weekday's "that", which it
    # leaves out)
)


_PERIOD_NOUN_END = re.compile(r"\b(?:year|quarter|half|period|months|weeks|season)$")
_PERIOD_BOUND_VERB = re.compile(r"that\s+(?:ended|ends|ending|began|begins|closed|runs|ran)\b")
CLAUSES_CACHE_SIZE = 64  # sentences whose clause spans are kept


def _in_parentheses(text: str, start: int, end: int, at: int) -> bool:
    """Whether `at` is inside a pair of parentheses of `text[start:end]`."""
    opened = text.rfind("(", start, at)
    return opened >= 0 and ")" not in text[opened:at] and text.find(")", at, end) >= 0


@functools.lru_cache(maxsize=CLAUSES_CACHE_SIZE)
def clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Split `text[start:end]` into clause spans (each sentence's once: every date of a
    sentence asks for them)."""
    spans: list[tuple[int, int]] = []
    lo = start
    for match in _CLAUSE_BREAK_FAST.finditer(text, start, end):
        if text[match.start()] == ":" and _EXCHANGE_BEFORE.search(
            text, max(start, match.start() - 14), match.start()
        ):
            continue  # "(NYSE: BWPB)": a company's symbol
        if text[match.start()] == ":" and _in_parentheses(text, start, end, match.start()):
            continue  # "Typhoon Idang (international name: Mulan) left": an aside's label
        if match.group("that") and (
            _PREPOSITION_END.search(text, max(start, match.start() - 5), match.start())
            or _DEMONSTRATIVE_THAT.match(text, match.end())
            or (_PERIOD_NOUN_END.search(text, max(start, match.start() - 9), match.start())
                and _PERIOD_BOUND_VERB.match(text, match.end()))
        ):
            continue  # "of that": a pronoun; "halted that deal in December": a determiner;
            # "in the fiscal year that ended Aug. 31": the period's name, one phrase
        if match.start() > lo:
            spans.append((lo, match.start()))
        lo = match.end()
    if end > lo:
        spans.append((lo, end))
    return tuple(spans)


QUOTE_REACH = 600  # characters searched on each side for the quotation marks


def opens_in_quotation(text: str, start: int) -> bool:
    """Whether a straight quotation mark an earlier sentence of the paragraph opened is
    still open at `start` ('"I talked to the boat. Only the boat answered," Yoon told
    reporters': the second sentence opens inside it), within QUOTE_REACH characters."""
    reach = max(0, start - QUOTE_REACH)
    paragraph = max(reach, text.rfind("\n", reach, start) + 1)
    if '""' in text[paragraph:start]:
        return False  # a raw CSV row's field, its marks doubled: no count tells
    inches = len(_INCH_MARK.findall(text, paragraph, start))  # ("3.5\" of rain")
    return (text.count('"', paragraph, start) - inches) % 2 == 1


_INCH_MARK = re.compile(r'(?<=\d)"')


def in_quotation(text: str, sentence: tuple[int, int], position: int) -> bool:
    """Whether `position` lies inside a direct quotation of its sentence (or of one that
    an earlier sentence opened and this one closes), within QUOTE_REACH characters."""
    lo, hi = max(sentence[0], position - QUOTE_REACH), min(sentence[1], position + QUOTE_REACH)
    sentence = (lo, hi)  # (a bound: a run-on "sentence" of a megabyte stays linear)
    before = text[sentence[0] : position]
    if "“" in before or "”" in before:
        return before.count("“") > before.count("”") or (
            "“" not in before and "”" in text[position : sentence[1]]
        )
    if "``" in before:
        return before.count("``") > before.count("''")
    if '"' in before:  # (and a mark an earlier sentence of the paragraph left open; not in
        # a raw CSV row's field, whose marks are doubled)
        opened = '""' not in before and opens_in_quotation(text, lo)
        return (opened + before.count('"')) % 2 == 1
    after = text[position : sentence[1]]
    return ("”" in after and "“" not in after) or ("''" in after and "``" not in after)


_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")  # fmt: skip
# (a line break may fall inside, a blank line may not: "first in December.\n\n02/07/2038:")
_DAY_MONTH = re.compile(
    rf"\b(?<!/)\d{{1,2}}(?:st|nd|rd|th)?[ \t]*\n?[ \t]*(?<=\s)(?:of\s+)?{_MONTH_NAME}\b"
)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH_NAME}\.?[ \t]*\n?[ \t]*(?<=\s)\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d:/])"
)


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
_CLOCKED_NUMERIC_DATE = re.compile(_NUMERIC_DATE.pattern + r"(?=,?[ \t]+\d{1,2}:\d\d)")
NEAR_DATES_DAYS = 7  # numeric dates this close in one order only tell it (a stamp and its
# update, a file's "Created" and "Modified")
STAMPS_HEAD_CHARS = 1500  # how far into a text its stamps are looked for


def near_figures_day_first(text: str, *, clocked: bool = False) -> bool | None:
    """Whether the numeric dates of the head of `text`, where stamps are (only those with a
    clock time after them if `clocked`), are day first (True) or month first (False), when
    read one way they lie within a week of each other and read the other they do not
    ("Created: 11/02/2048 21:14 ... Modified: 12/02/2048 06:48": a day apart, day first;
    month first, a month apart); None when they do not tell. (Not a story's: "burned on
    03/04/2017 and reopened on 05/04/2017" may be two months apart.)"""
    found = (_CLOCKED_NUMERIC_DATE if clocked else _NUMERIC_DATE).findall(
        text, 0, STAMPS_HEAD_CHARS)
    if len({(first, second, year) for first, _, second, year in found}) < 2:
        return None
    near = []
    for day_first in (True, False):
        days = []
        for first, _, second, year in found:
            day, month = (first, second) if day_first else (second, first)
            try:
                days.append(dt.date(int(year), int(month), int(day)))
            except ValueError:
                break
        else:
            if (max(days) - min(days)).days <= NEAR_DATES_DAYS:
                near.append(day_first)
    return near[0] if len(near) == 1 else None


@functools.lru_cache(maxsize=16)
def spelled_day_first(text: str) -> bool | None:
    """Whether `text` spells its dates day first ("10 October": True) or month first
    ("October 10": False), by which it does more often; None for a tie."""
    day_month, month_day = len(_DAY_MONTH.findall(text)), len(_MONTH_DAY.findall(text))
    return None if day_month == month_day else day_month > month_day


# An e-mail thread's separators over a forwarded message: "-----Original Message-----",
# "---------- Forwarded message ---------", "Begin forwarded message:"
_FORWARDED = re.compile(
    r"^[ \t>]*(?:-{3,}[ \t]*(?:original[ \t]+message|forwarded[ \t]+message)[ \t]*-{3,}|"
    r"begin[ \t]+forwarded[ \t]+message:)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_MAIL_HEADER_LINE = re.compile(r"[ \t>]*(?i:from|sent|date|to|cc|subject|reply-to):[^\n]*\n")
_MAIL_OPENS = re.compile(r"\s*(?i:from|sent|date|to|subject):[ \t]")


def forwarded_body_start(text: str) -> int:
    """Where the innermost forwarded message's body starts in a text that is an e-mail
    thread (after its last separator and the header lines under it), else 0: the desk's
    notes over a forwarded statement are not the story."""
    if not _MAIL_OPENS.match(text):
        return 0
    last = None
    for last in _FORWARDED.finditer(text):  # noqa: B007 (the last one is wanted)
        pass
    if last is None:
        return 0
    position = text.find("\n", last.end()) + 1
    headers = position
    while position and (header := _MAIL_HEADER_LINE.match(text, position)) is not None:
        position = header.end()
    return position if position > headers else 0


# An archive's banner over an old story: "This article is more than 5 years old"
AGE_BANNER = re.compile(
    r"[ \t]*(?i:this[ \t]+(?:article|story|content|page)[ \t]+is[ \t]+(?:more[ \t]+than|over)"
    r"[ \t]+\w+[ \t]+(?:years?|months?)[ \t]+old)"
)


# A site's menu: "News   Business   Gaming   Culture" or "News | Sports | Opinion | Obituaries"
MENU_ROW = re.compile(r"[A-Z][\w&'’-]*(?:[ \t]{2,}[A-Z][\w&'’-]*){3,}")
MENU_GAP = re.compile(r"[ \t]{2,}|[ \t]*[|·•][ \t]*")
MENU_FIELDS = 4  # fields that make a row a menu
MENU_FIELD_CHARS = 25
MENU_FIELD_WORDS = 4  # ("People on the Move")


def is_menu_row(line: str) -> bool:
    """Whether `line` is a site's menu: four or more short fields set apart by wide gaps or
    bars, each one to four words, capitalised ("Football     Wrestling   ...   Română | Русский |
    English", "Home     My Network     Jobs     Me ▾", "Esplora     Attivi     Accedi")."""
    fields = [field for field in MENU_GAP.split(line.strip()) if field]
    return len(fields) >= MENU_FIELDS and all(
        len(field) <= MENU_FIELD_CHARS and len(field.split()) <= MENU_FIELD_WORDS
        and (any(c.isupper() for c in field[:3])  # (in its first letters: "e-PAPER", "iPlayer")
             or _CASELESS_WORD.fullmatch(field) is not None)  # ("عربي", "中文": no capitals)
        and field[-1] not in ".,;:!?" for field in fields
    )


# A word in a script without capitals (Arabic, Hebrew, Chinese, Thai, ...): letters, none
# of them Latin, Greek or Cyrillic
_CASELESS_WORD = re.compile(
    r"(?:(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF])[^\W\d_])+")


_NAVIGATION_ROW = re.compile(r"[^|\n]{1,30}(?:[ \t]+\|[ \t]+[^|\n]{1,30}){3,}")
# A trail of three steps or more: "Podcasts  ›  Bay Islands Weekly  ›  Season 6" (the
# site's name and strapline over it, the title under it)
_TRAIL_ROW = re.compile(r"[^\n›»]{1,40}(?:[ \t]+[›»][ \t]+[^\n›»]{1,40}){2,5}")
# A bar of the site's own controls, its fields set off by wide gaps or bars: "YouTube
# Search   Sign in", "Subscribe   Sign in"
# (a field's words are set apart by single spaces, so a wide gap is never inside one: the
# row is read in one pass, not by trying every split of a long run of spaces)
_CONTROL_FIELD = r"[^\s|](?:[^\s|]|[ ](?=[^\s|])){0,29}"
_CONTROL_GAP = r"(?:[ \t]{2,}|[ \t]*\|[ \t]*)"
_SITE_CONTROLS_ROW = re.compile(
    rf"(?:{_CONTROL_FIELD}{_CONTROL_GAP}){{0,8}}"
    r"(?i:sign[ \t]+in|log[ \t]+in|sign[ \t]+up|sign[ \t]+out|log[ \t]+out|register|"
    r"subscribe(?:[ \t]+to[ \t]+(?:updates|alerts|(?:our[ \t]+|the[ \t]+)?newsletter))?)"
    rf"(?:{_CONTROL_GAP}{_CONTROL_FIELD}){{0,3}}"
)
# A site's call to join, in a sentence: "want to join? Log in or sign up in seconds. | English"
_ACCOUNT_PROMPT = re.compile(
    r"[^\n]{0,30}?\b(?i:(?:log|sign)[ \t]+in[ \t]+or[ \t]+(?:sign[ \t]+up|register|create[ \t]+"
    r"an[ \t]+account)|(?:sign[ \t]+up|register)[ \t]+or[ \t]+(?:log|sign)[ \t]+in)\b[^\n]{0,40}"
)
# A site's banner asking for support, ending on its button: "We gratefully acknowledge
# support from the Simons Foundation, member institutions, and all contributors. Donate"
_SUPPORT_BANNER = re.compile(
    r"[^\n]{0,100}?\b(?i:support|supporters|contributors|donors|donations)\b[^\n]{0,80}?[.!]"
    r"[ \t]+(?i:donate(?:[ \t]+(?:now|today))?|support[ \t]+us|become[ \t]+a[ \t]+(?:member|"
    r"supporter))[ \t]*"
)
NAVIGATION_LINES = 4  # a menu among the first lines has the site's name over it
SITE_CONTROLS_CHARS = 120  # a bar of the site's controls is short


def navigation_end(text: str) -> int:
    """Where a site's menu among the first NAVIGATION_LINES non-empty lines ends (its site's
    name and strapline over it are no story, nor its title), else where a language switch
    among them ends, else 0."""
    position = 0
    switch = 0  # the end of a language switch's row, a menu's first line at most
    for _ in range(NAVIGATION_LINES):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end].strip()
        if line and (MENU_ROW.fullmatch(line) or _NAVIGATION_ROW.fullmatch(line)
                     or is_menu_row(line) or _TRAIL_ROW.fullmatch(line)
                     or (len(line) <= SITE_CONTROLS_CHARS and (
                         _SITE_CONTROLS_ROW.fullmatch(line) or _ACCOUNT_PROMPT.fullmatch(line)
                         or _SUPPORT_BANNER.fullmatch(line)))):
            return end
        if line and _LANGUAGE_ROW.fullmatch(line):
            switch = end  # "Türkmençe | Русский | English" under the site's name and motto,
            # over its menu (a menu under it, "ខ្មែរ | English" over the name, ends there)
        position = end + 1
        while position < len(text) and text[position] in "\n\r\t ":
            position += 1  # (blank lines do not count)
        if position >= len(text):
            break
    return switch
