"""Events: the dated statements of one article.

An event is the clause or sentence that a DATE (or TIME) expression anchors. A sentence
with two dates about two happenings gives two events, one per clause. The title and lead
sentence, when they carry no date of their own, report the article's main news and form
an event dated by the publication date. Durations and vague references ("about two
years", "recently") date nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import logging
import re
from collections import Counter
from itertools import takewhile

from timeline.dates import live_headings, resolve_dates, running_heads
from timeline.dates.absolute import CHANGE_FROM_BEFORE
from timeline.dates.lexicon import ISSUE_LABEL, NUMBER_WORD, ZONE_RE
from timeline.dates.tense import Tense, TenseIndex
from timeline.entities import SurnameIndex, find_entities
from timeline.events.clauses import headline_for
from timeline.events.headline import (
    ASIDE_PARTICIPLE,
    HEADLINE_MAX_WORDS,
    HOLIDAY_NOUN_AFTER,
    HOLIDAY_TEXT,
    IRREGULAR_PAST,
    SAME_FORM_PAST,
    VERB_NEXT,
    make_headline,
    tidy,
)
from timeline.events.pronouns import (
    HE,
    LEAD_SENTENCES,
    LOOKBACK_SENTENCES,
    SHE,
    ArticleNames,
    company_of,
    named_by_age,
    named_company,
    named_institution,
    named_official,
    named_subject,
    named_thing,
    names_word_of,
    official_of,
    opens_with_it,
    previous_company,
)
from timeline.events.spans import (
    PUBLISHED_LINE,
    SINCE_BEFORE,
    as_counted_duration,
    counted_from,
    counted_from_happening,
    counted_from_it,
    dates_within,
    event_date,
    following_from,
    found_before,
    is_dateline,
    midnight_start,
    offset_from,
    sentence_dates,
)
from timeline.models import (
    Article,
    Entity,
    EntityKind,
    Event,
    EventDate,
    EventGranularity,
    Granularity,
    PublishedSource,
    Source,
    TimeExpression,
    TimexType,
    trusted,
)
from timeline.text import (
    AGE_BANNER,
    BLOG_POSTED_BY,
    BUSINESS_WIRE_TAG,
    BYLINE_ONLY,
    COMMENT_HEAD,
    COPYRIGHT_LINE,
    DASHLESS_WIRE_TAG,
    EMBARGO,
    FOREIGN_STAMP_LABELS,
    MAX_LABEL_LINES,
    PAGE_HEADER,
    PERIOD_BOUND,
    UPDATE_WORD,
    WIRE_TAG,
    forwarded_body_start,
    leading_labels,
    navigation_end,
    sentences,
)

LOGGER = logging.getLogger(__name__)

MIN_TITLE_WORDS = 3  # a shorter "title" (a file name, an id) does not make a headline
TITLE_CONFIDENCE = 0.5
INFERRED_FACTOR = 0.8  # relative dates anchored to a guessed publication date
CONFIDENCE_BY_GRANULARITY: dict[EventGranularity, float] = {
    EventGranularity.DAY: 0.85,
    EventGranularity.WEEK: 0.7,
    EventGranularity.MONTH: 0.7,
    EventGranularity.QUARTER: 0.6,
    EventGranularity.YEAR: 0.6,
    EventGranularity.DECADE: 0.5,
}

_ABSOLUTE = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)


_NON_WORD = re.compile(r"\W+")
# A byline on a line of its own: "By Thomas Reid, Political Correspondent".
_DATELINE_ONLY = re.compile(rf"[A-Z][A-Z .,'’-]{{1,40}}{WIRE_TAG}\.?\s*[—–_-]*")
# The date of a wire dateline that opens a sentence: "LONDON, March 12, 2026 (Reuters) -
# London's Fairleigh Museum agreed ...": it dates the copy, no event of its own.
_DATELINE_BEFORE = re.compile(  # ("KLERKSBURG, South Africa, April 21 (Reuters) -",
    r"(?:\([A-Z][\w .&/-]{1,30}\)[ \t]*[—–-]{1,2}[ \t]*)?"  # ("(ANSA) - SONDRIO, FEB 10 -")
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{1,40}|[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){0,2})"
    r"(?:\s+\([A-Z][\w .-]{1,30}\))?"  # ("Ferozepur (Punjab), Oct 5 (PTI)")
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}){0,2},\s*"  # "Montevideo, Jul 9 (EFE).-")
)
_DATELINE_AFTER = re.compile(  # ("(GLOBE NEWSWIRE) --", "/CNW/ -", "--(BUSINESS WIRE)--",
    rf",?\s*(?:{WIRE_TAG}\.?\s*)?[—–_-]+\s|{BUSINESS_WIRE_TAG}(?=[A-Z])"  # "Ferozepur, Oct 5
    rf"|[ \t]*{DASHLESS_WIRE_TAG}")  # (PTI) The death toll", no dash)
# A date told with the saying at the sentence's end: "Baptiste is expected to have surgery
# next month, the team said in a statement Monday morning": the saying's day.
_SAYING_BEFORE = re.compile(
    r",\s+(?:[^,;\"“”]{1,60}?\s)?(?:said|says|told|announced|added|confirmed)\b[^,;\"“”]{0,40}$"
)
_SAYING_AFTER = re.compile(r"(?:\s+(?:in|at|on|during)\s[^,;\"“”]{1,40}?)?[\s.!?\"”’]*")


# For _non_word_spaced: every ASCII byte that is not a word character (\W) becomes a space.
_NON_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or c == ord("_")) else 32
                        for c in range(256))  # fmt: skip


def _non_word_spaced(text: str) -> str:
    """`_NON_WORD.sub(" ", text)`: each run of non-word characters as one space. On
    ASCII text, with bytes.translate and split (3x faster; tests/test_events_fast.py
    compares): the runs are those of spaces once every non-word byte is one."""
    if not text.isascii():
        return _NON_WORD.sub(" ", text)
    spaced = text.encode("ascii").translate(_NON_WORD_BYTES)
    words = b" ".join(spaced.split())
    if not words:
        return " " if spaced else ""
    lead = b" " if spaced.startswith(b" ") else b""
    trail = b" " if spaced.endswith(b" ") else b""
    return (lead + words + trail).decode("ascii")


def event_id(date_value: str, sentence: str) -> str:
    """A stable id: the same date and sentence give the same id in every run."""
    return _hashed_id(date_value, _non_word_spaced(sentence.lower()).strip())


def _hashed_id(date_value: str, normalised: str) -> str:
    """`event_id` from the sentence already lowercased, with \\W runs as spaces, stripped."""
    return hashlib.sha1(f"{date_value}|{normalised}".encode()).hexdigest()[:12]


def _confidence(date: EventDate, expression: TimeExpression | None, article: Article) -> float:
    if expression is None:
        base = TITLE_CONFIDENCE
        relative = True
    else:
        base = CONFIDENCE_BY_GRANULARITY[date.granularity]
        relative = _ABSOLUTE.search(expression.text) is None
        if date.granularity is EventGranularity.DAY and not relative:
            base += 0.1
        if expression.mod:
            base -= 0.1
    if article.published_source is PublishedSource.INFERRED and relative:
        base *= INFERRED_FACTOR
    return round(max(0.05, min(base, 0.99)), 3)


_THE_COMPANY = ("The company ", "The firm ")
_SHARES_IN_THE_COMPANY = ("Shares in the company ", "Shares of the company ")


def _company_named(headline: str, previous: str | None, company: str | None) -> str:
    """"The company ..." named after the company the sentence before opened with, else
    after the article's company, else as written."""
    return named_company(headline, previous) or named_company(headline, company) or headline


def _publication_date(article: Article) -> EventDate:
    day = article.published  # a validated article's date: `trusted`
    return trusted(EventDate, {"value": day.isoformat(), "start": day, "end": day,
                               "granularity": EventGranularity.DAY, "text": None,
                               "mod": None})  # fmt: skip


# "She"/"He" at the head of a headline stands for the article's person when the article's
# gendered pronouns are mostly that one and the sentence before names no one else.
MAIN_PRONOUN_SHARE = 0.75  # of an article's gendered pronouns, for one to be its person's
MAIN_PRONOUN_MIN = 4  # gendered pronouns an article needs before one is taken as its person's
MAIN_PERSON_SENTENCES = 3  # first sentences searched for the article's person (a title in
# Title Case is no guide to what is a name)


def _main_pronoun(text: str) -> str | None:
    """"She" or "He" when at least MAIN_PRONOUN_SHARE of the text's gendered pronouns are
    of that gender (a profile, an obituary), else None."""
    she, he = len(SHE.findall(text)), len(HE.findall(text))
    total = she + he
    if total < MAIN_PRONOUN_MIN:
        return None
    if she >= MAIN_PRONOUN_SHARE * total:
        return "She"
    return "He" if he >= MAIN_PRONOUN_SHARE * total else None


def _person_in(entities: list[Entity], text: str) -> Entity | None:
    """The first person named by first and last name, and never after "the" as a name of
    its own (not "the Vale Douzaine", a parish's council; "the Elena Dragomir Cup" is hers)."""
    return next((e for e in entities if e.kind is EntityKind.PERSON and " " in e.name
                 and not _after_the(e.name, text)), None)  # fmt: skip


def _after_the(name: str, text: str) -> bool:
    """Whether the text writes "the NAME" as a name of its own (not "the NAME Cup")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (
            _THE_ENDS.search(text, max(0, at - 5), at)
            and not text[end : end + 1].isalnum()
            and not _CAPITALISED_NEXT.match(text, end)
        ):
            return True
        at = text.find(name, end)
    return False


_THE_ENDS = re.compile(r"\b[Tt]he[ \t]+$")
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")


# A date a forecast is about: "expects the economy to grow by 0.9% [this year]", "forecast
# that inflation would fall to 2.3% [in the first quarter]", "rain was expected to reach
# the region [by Sunday]", "said he expected another cut [in February]"; and what a
# forecast of the past is compared with ("fell more quickly than it had forecast [over
# the summer]"). (Not "will hold a hearing on May 21": what is set is kept.)
# A forecast (the noun) before a period: the period is what it forecasts
_OUTLOOK_FOR_BEFORE = re.compile(
    r"\b(?:forecasts?|outlook|guidance|projections?)\b(?:(?![.;:!?](?:\s|$))[^\n]){0,100}$"
)
# A day's "when" clause up to a clock time of it: "the following Saturday, when she looked
# them up on her phone at about"
_WHEN_CLAUSE = re.compile(r",?[ \t]+when[ \t]+[^.;:!?\n]{0,120}")


def _told_by_its_clock(
    text: str, expression: TimeExpression, headline: str, date: EventDate,
    dated: list[TimeExpression],
) -> bool:
    """Whether a day's headline is the "when" clause a clock time of that day ends, which
    makes its own event ("did not check the numbers until the following Saturday, when she
    looked them up on her phone at about 8 p.m."; not "The fire started on Monday, when a
    worker dropped a cigarette at 4 p.m.": the fire's start is the day's)."""
    words = " ".join(headline.split()[1:4])
    return bool(words) and any(
        other.type is TimexType.TIME
        and other.start > expression.end
        and other.start_date == date.start
        and _WHEN_CLAUSE.fullmatch(text, expression.end, other.start)
        and words in text[expression.end : other.start]
        for other in dated
    )


# An appeal to witnesses of a time ("appealed for anyone who saw a vehicle on Kingsford Lane
# between Wednesday evening and dawn on Thursday", "asked drivers who passed the junction
# on Tuesday morning"): the time is the witnesses', not the appeal's
_WITNESS_APPEAL_BEFORE = re.compile(
    r"\b(?:appeal(?:ed|s|ing)?|urg(?:ed|es|ing)|ask(?:ed|s|ing)|call(?:ed|s|ing)\s+on)\s+"
    r"(?:for\s+)?(?:anyone|anybody|witnesses|people|residents|drivers|motorists|members\s+of"
    r"\s+the\s+public)\s+(?:who\b|planning\b|travelling\b|traveling\b|heading\b)"
    r"[^.;:!?\n]{0,120}$"
)
# A forecast of a day ahead: "forecasts more afternoon storms on Tuesday", "predict heavy
# rain on Friday", "forecast snow for Thursday"
# A state held up to a date told with "since": "who had been missing on the hills since"
_BEEN_BEFORE_SINCE = re.compile(r"\b(?:has|have|had)[ \t]+been\b[^,;.:!?]*\bsince[ \t]+[^,;.:!?]*$")
_WHEN_CLAUSE_AFTER = re.compile(r",?[ \t]+when\b")
# What has not been done since a date: "has not flown since", "have not been paid since",
# "hasn't stopped since", "had never lost since" (the keys' S: state)
_NEGATED_SINCE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)[ \t]+(?:not|never|no[ \t]+longer)|hasn['’]t|haven['’]t|hadn['’]t)"
    r"\b[^,;.:!?]*\bsince[ \t]+[^,;.:!?]*$"
)
# What has gone on since a date, in the present perfect: "has trained every driver since",
# "Since 2066 she has trained every driver" (a state or a habit held since: the keys' S)
_PERFECT_BEFORE_SINCE = re.compile(
    r"\b(?:has|have|had)[ \t]+(?!been\b)[a-z]+(?:ed|en|t)\b[^,;.:!?]*\bsince[ \t]+$"
)
_PERFECT_AFTER_SINCE = re.compile(
    r",?[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:has|have)[ \t]+(?!been\b)[a-z]+(?:ed|en|t)\b"
)
# A state's rough start: "had been waiting since before noon"
_SINCE_ROUGHLY_BEFORE = re.compile(
    r"\bsince\s+(?:just\s+|shortly\s+|well\s+|long\s+)?(?:before|after)\s+$", re.IGNORECASE
)
# An aside that gives a thing's year: "(built 2014)", "(founded 1990)", "(est. 1870)"
_PARENTHESIS_OPEN_BEFORE = re.compile(rf"\((?:{ASIDE_PARTICIPLE}[ \t]+)?$", re.IGNORECASE)
# A request with its deadline: "asked the companies for a report by", "ordered it shut before"
_REQUESTING = (r"\b(?:asked|ordered|told|instructed|directed|requested|required|urged|"
               r"advised|called\s+on|gave)\b[^.;:!?]{0,80}?")
_REQUESTED_BY_BEFORE = re.compile(_REQUESTING + r"\b(?:by|before|no\s+later\s+than)\s+$")
# ... and the hours asked for: "asked households to save electricity between 5 p.m. and"
_REQUESTED_WINDOW_BEFORE = re.compile(_REQUESTING + r"\b(?:between|from)\s+$")
# A deadline still to come: "will be displayed ... by", "must be paid by the end of"
_WILL_BY_BEFORE = re.compile(
    r"\b(?:will|shall|must|should|(?:has|have|is|are)[ \t]+to)[ \t](?:(?![.;:!?][ \t\n])[^\n])"
    r"{0,100}?\bby[ \t]+(?:(?:the[ \t]+)?(?:end|close|middle)[ \t]+of[ \t]+)?$"
)
_DAY_FORECAST_BEFORE = re.compile(
    r"\b(?:forecasts?|predicts?|predicted|forecasters\s+(?:say|see|expect))\s+"
    r"(?!(?:on|for|by|until|through)\b)[^.;:!?\n]{1,60}?\b(?:on|for|by|until|through)\s+"
    r"(?:[A-Za-z]+,?\s+(?:and|or|to)\s+)?(?:[a-z]+\s+)?$"
)
# A dividend's record date: "to shareholders of record on Nov. 30", "on the register on
# September 4", "holders of record as of the close of business on"
_RECORD_DATE_BEFORE = re.compile(
    r"\b(?:(?:share|stock|unit)?holders|members)\s+(?:of\s+record|on\s+the\s+(?:share\s+)?"
    r"register|registered)\s+(?:as\s+(?:of|at)\s+|at\s+the\s+close\s+of\s+business\s+on\s+"
    r"|on\s+|at\s+)?(?:the\s+close\s+of\s+business\s+on\s+)?$"
    # the day it is paid, set off after what was declared: "The board declared an interim
    # dividend of 4.2 cent a share, to be paid on April 4th" (not "The dividend is payable
    # Dec. 15": the payment, scheduled)
    r"|,\s*(?:payable|to\s+be\s+paid)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_TALLY_BY_BEFORE = re.compile(r"\b[Bb]y\s+$")
# What would be done, and the condition after the day: "would sail on Tuesday if the plant
# was not back in service", "would reopen on Monday unless the strike went on"
_WOULD_BEFORE = re.compile(
    r"\b(?:would|should|could|might|threaten(?:s|ed)?\s+to)\s+(?!have\b)(?:[\w'’-]+\s+){1,8}?$"
)  # ("has threatened to stop operating on Tuesday ... if it has not received a reply")
# A headline left as an after-phrase with its relative clause: "After blazes that destroyed
# 19 houses in all" (the blazes destroyed them)
_AFTER_NOUN_THAT = re.compile(
    r"After[ \t]+(?P<noun>(?:the[ \t]+|a[ \t]+|an[ \t]+|two[ \t]+|three[ \t]+)?[a-z][\w'’-]*"
    r"(?:[ \t]+[a-z][\w'’-]*){0,3}?)[ \t]+(?:that|which)[ \t]+"
    rf"(?P<rest>(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b.*)"
)
# A headline that is only an after-clause with its own subject and verb: "After a
# hurricane warning was issued", "After the cut in catch limits took effect"
_AFTER_CLAUSE_ONLY = re.compile(
    r"After[ \t]+(?:the|a|an|its|their|his|her)[ \t]+"
    r"(?![^,;]*\b(?:which|who|whom|whose|where)\b)[^,;]{1,80}?[ \t]"  # (not "After a first
    # half in which the company posted record earnings": a noun's clause)
    rf"(?:was|were|had|has|have|[a-z]{{3,}}ed|{IRREGULAR_PAST})\b[^,;]*"
)
_LATER_TODAY = re.compile(
    r"(?i:tonight|this[ \t]+(?:afternoon|evening)|later[ \t]+today|"
    r"(?:through[ \t]+)?the[ \t]+night|overnight)\b"
)
_IN_EFFECT = re.compile(  # a schedule, not a plan: "would take effect", "would appear in court"
    r"\b(?:(?:take|come)\s+(?:into\s+)?(?:effect|force)|appear)\b"
)
# (not what befell it: "The first quarter was also hit by a French air traffic control strike")
_PASSIVE_BY_NEXT = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?[a-z]+(?:ed|en|t)\s+by\b")
# A state still to come ("Schools will remain closed on Thursday and Friday", "the bridge is
# to stay shut on Monday") or a thing that will not be ("The lido will not open this
# summer"): no happening of the day (not "will stay shut on Thursday and reopen on Friday")
_STATE_TO_COME_BEFORE = re.compile(
    r"\b(?:(?:will|would|shall|to)[ \t]+(?:(?:also|still|probably|now|not)[ \t]+)?(?:stay|remain)"
    r"[ \t]+(?:(?!(?:and|but|then)\b)[\w'’-]+[ \t]+){0,6}?"
    r"|(?:will[ \t]+not|won['’]t|shall[ \t]+not)[ \t]+"
    r"(?:(?!(?:and|but|then|until|till)\b)[\w'’-]+[ \t]+){0,6}?)$"
)  # (not "will not reach every home until the end of the decade": it will then)
_CONDITION_OPENS = re.compile(r"[\"“'‘\s]*(?:If|Unless|Should|Were)\s")
_CONDITION_AFTER = re.compile(r"[^.;:!?\n]{0,80}?\b(?:if|unless|provided|as\s+long\s+as)\b")
# A police log's number and day: "quoting incident 44 of 1 June", "quoting log 1234 of 4 May"
_LOG_REFERENCE_BEFORE = re.compile(
    r"\b(?:quot(?:e|es|ing)|citing|cite)\s+(?:the\s+)?(?:incident|log|reference|crime\s+"
    r"reference|occurrence|call)(?:\s+(?:number|no\.?))?\s+[\w/-]+\s+(?:of|from|dated)\s+$",
    re.IGNORECASE,
)
# A schedule set off by commas ("that drawing, scheduled for the night of Nov. 7, 2022,
# was held ... on the morning of Nov. 8"): what was planned, when the sentence dates what
# happened by another day after it
_SCHEDULE_APPOSITIVE_BEFORE = re.compile(
    r",[ \t]+(?:(?:originally|initially|first|previously)[ \t]+)?(?:scheduled|set|planned|"
    r"slated|due)[ \t]+(?:for|on)[ \t]+(?:the[ \t]+(?:night|morning|evening|afternoon)"
    r"[ \t]+of[ \t]+)?$"
)
_GONE_BY = re.compile(r"(?:last|earlier|previous|the\s+previous|this\s+past)\b", re.IGNORECASE)
_FORECAST_BEFORE = re.compile(
    r"\b(?:(?:expects?|expected|forecasts?|predicts?|predicted|projects?|projected|"
    r"anticipates?|anticipated)\b(?:\s+that)?(?:\s+(?!(?:on|in|at|by|during)\b)[\w%.,'’$£€-]+)"
    r"{0,12}?\s+(?:to|would|will|could|should)\s+"
    r"(?:(?!\b(?:said|says|told|announced)\b|[.;:!?](?:\s|$))[^\n]){0,120}"
    r"|(?:said|says)\s+(?:he|she|they|it|we)\s+(?:expected|expects|forecast)\s+"
    r"(?:(?![.;:!?](?:\s|$))[^\n\"“”]){0,60}"
    r"|(?P<than>\bthan\s+(?:\w+\s+){0,6}?(?:had\s+)?(?:forecast|expected|predicted|estimated)"
    r"\s+(?:\w+\s+){0,2}?)"
    # what a happening makes possible: ", raising the prospect of cancelled flights during
    # the school mid-term break later this month"
    r"|(?P<prospect>\b(?:rais(?:ing|ed|es)|increas(?:ing|ed|es)|heighten(?:ing|ed|s))\s+the\s+"
    r"(?:prospect|possibility|spectre|specter|risk|likelihood|chance)\s+(?:of|that)\s+"
    r"(?:(?![.;:!?](?:\s|$))[^\n]){0,100}?)"
    # what could be: "costs could reach $60 million in the third quarter", "construction
    # could begin in 2029 if money was found" (not "may have been killed on Tuesday")
    r"|\b(?:could|might|may)\s+(?!have\b|not\b|be\s+reached\b)(?:[\w%.,'’$£€-]+\s+){1,10}?"
    # what is planned or hoped for: "The villagers plan to march to the collector's office
    # on Friday", "ECoR hopes to restore traffic by 10 September"
    r"|\b(?:plans?|planned|planning|hopes?|hoped|hoping|intends?|intended|aims?|aimed|"
    r"wants?|wanted)\s+to\s+(?:[\w%.,'’$£€-]+\s+){1,10}?"
    # what was due and did not come: "was due to have a hip replacement on Thursday",
    # "were due to fly home on Sunday night"
    r"|\b(?:was|were)\s+(?:due|supposed|meant)\s+to\s+(?:[\w%.'’$£€-]+\s+){1,10}?"
    # a figure's level at a date: "The waiting list stood at 7.2 million in December"
    r"|\b(?:stood|stands)\s+at\s+(?:[^;.,]|[.,]\d){1,60}?\s+(?:(?:in|on|at|by|as\s+of)\s+)?"
    # what is likely or forecast: "premiums were likely to rise next week", "More snow is
    # forecast from Friday"
    r"|\b(?:(?:is|are|was|were)\s+(?:also\s+)?likely\s+to\s+(?:[\w%.,'’$£€-]+\s+){1,10}?"
    r"|(?:is|are)\s+(?:also\s+|now\s+)?(?:forecast|expected|predicted)\s+"
    r"(?:(?:for|from|on|in|by|until|at|around|about)\s+)?)"  # ("Its closest approach is
    # expected early tomorrow morning": a forecast)
    # what is due to come out or open: "a book of her best games, due out in 2028"
    r"|\bdue\s+(?:out|to\s+(?:open|close|finish|be\s+(?:completed|finished|published|"
    r"released|built)))\s+(?:(?:in|on|by|from)\s+)?)$"
)
# A headline that is a quotation, with or without its speaker: '“We had a funeral in
# 2022”', 'Valdivieso: “Chile has lived through this before ...”'.
_QUOTATION_HEADLINE = re.compile(
    r"(?:[^“”\"]{1,80}:\s)?[“\"][^“”\"]*(?:[”\"]?[.…]?$|,?[”\"],?\s+(?:[\w.'’-]+\s+){0,6}?"
    r"(?:said|says|told|added)\b)"
)
# (not a title that a sentence goes on after: '"Kitchen at Four A.M." fetched $5.7 million')
# A while-clause with a named subject and its own past verb: a second happening of the
# sentence's one date.
_WHILE_CLAUSE = re.compile(
    rf",\s+while\s+(?P<clause>(?:[A-Z][\w'’.-]*\s+){{1,5}}(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b"
    r"[^;:]*?)[.!?]?\s*$"
)
_SPAN_END_GAP = re.compile(r"[ \t]+(?:until|till|through)[ \t]+")
CLOCK_DAY_REACH = 40  # characters from a clock time to the date that tells its day
# A word that tells a time's day is the paper's, whatever period ends after it: "said this
# morning that net profit for the year to May 31 rose" (not a bare clock's, "signed at
# 6.52pm on deadline day last September")
_PAPER_DAY_WORD = re.compile(r"\b(?i:this|today|tonight)\b")
_APPOSED = re.compile(r",[ \t]+|[ \t]*[—–][ \t]*")  # a phrase set beside a date
_COUNTED_LATER = re.compile(r"[ \t]+(?:later|earlier)\b(?![ \t]+than\b)")
# A sentence that tells a state, no happening: "Among them was the chief engineer", "Most
# were tourists" (not "The jury left.", "He was arrested.")
_STATE_LINE = re.compile(
    rf"(?:(?!\b(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b)[^.;!?\n]){{0,80}}?\b(?:was|were|is|are)\s+"
    rf"(?!(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}(?:ed|en)|{IRREGULAR_PAST})\b)"
)
_RELATIVE_WORD = re.compile(r"\b(?:who|whose|which|that)\b", re.IGNORECASE)
_LOOKS_BACK = re.compile(r"\b(?:previous|earlier|before)\b", re.IGNORECASE)
_BACKSTORY = re.compile(r"\bhad\s+(?:been\s+)?[a-z]{2,}(?:ed|en|wn|ght|t)\b")  # past perfect
# A short comment on what was just told: "It was not enough.", "That was a mistake."
_COMMENT = re.compile(r"(?:It|That|This)\s+(?:was|is)\s+[^.!?]{0,30}[.!?]")
# A date told from the one before it: "the same afternoon", "that evening"
_TOLD_FROM_BEFORE = re.compile(r"(?i:the[ \t]+same|that|the[ \t]+following|the[ \t]+next)\b")
# A short sentence of what was not done: "The driver did not stop."
_NOT_DONE = re.compile(
    r"[^.!?;,\n]{1,50}?\b(?:did[ \t]+not|didn['’]t|never|could[ \t]+not|couldn['’]t)[ \t]+"
    r"[^.!?;,\n]{1,50}[.!?]"
)
# A writer's role on a line of its own: "Scotland correspondent @fmacrae_sky", "Senior
# Business Reporter", "@jdoe"
_WRITER_ROLE = re.compile(
    r"(?:[A-Za-z][\w'’&.-]*[ \t]+){0,4}(?i:correspondent|reporter|editor|writer|columnist|"
    r"journalist|contributor)(?:[ \t]+@\w{1,30})?|(?:[A-Za-z][\w'’&.-]*[ \t]+){0,5}@\w{1,30}"
    r"|(?:[A-Z][\w'’&.-]*[ \t]+){1,3}(?i:desk|newsroom|bureau|staff)"
    r"(?:,[ \t]+[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3})?"
)  # ("Pacific desk, Ocean Radio")
_NAME_LINE = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}")
BYLINE_MAX_WORDS = 12  # a longer line that names the writer is a sentence about them


def _is_byline(sentence_text: str, author: str | None) -> bool:
    """Whether the sentence is the byline: "By Thomas Greer", "Sophie Brennan, Consumer
    Affairs Correspondent" (the article's `author`, on a short line)."""
    return bool(BYLINE_ONLY.fullmatch(sentence_text)) or bool(
        _BYLINE_DESK.fullmatch(sentence_text.strip())
    ) or (
        author is not None
        and author.lower() in sentence_text.lower()
        and len(sentence_text.split()) <= BYLINE_MAX_WORDS
    )


# A byline's second line, the writer's desk: "Courier Staff", "Staff Writer", "Special
# Correspondent" (no one's name: "the staff" is not "The Courier Staff")
_BYLINE_DESK = re.compile(
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}(?:Staff(?:[ \t]+(?:Writer|Reporter))?|Correspondent|"
    r"Reporter|Writer|Editor)"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# An age reached: "Whitcombe turned 60", "She turns forty".
_BIRTHDAY = re.compile(
    r"^(?:[A-Z][\w'’.-]*[ \t]+){1,3}turn(?:s|ed)[ \t]+(?:\d{1,3}|" + NUMBER_WORD + r")"
    r"(?:[ \t]+years?[ \t]+old)?$"
)
# A state at a time, no happening: what was not known, who was still missing or in
# hospital.
_ANNIVERSARY_FALLS = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\s+anniversary\s+(?:falls|fell|is|"
    r"was|comes|came)\b(?!\s+(?:being\s+)?[a-z]+(?:ed|en)\b)", re.IGNORECASE)  # (not "was
# marked by a parade")
_FISCAL_YEAR_HEADLINE = re.compile(
    r"[^,;]{0,60}?\b(?:fiscal|financial)\s+year\s+(?:ends|runs|begins|starts|closes)\b"
    # a reporting period's bound alone: "The quarter began" (of "The quarter, which began
    # Dec. 27, covers the plowing season")
    r"|(?:The|Its|This|That)\s+(?:(?:fiscal|financial|reporting)\s+)?(?:quarter|half|period|"
    r"year)\s+(?:began|begins|started|starts|ended|ends|closed|closes)\s*$",
    re.IGNORECASE,
)
_STATE_HEADLINE = re.compile(
    r"^It\s+(?:was|is|remains|remained)\s+(?:not\s+(?:yet\s+)?(?:clear|known)|unclear|unknown)\b"
    # the first clause only: not "23 people died and 11 were still missing after ..."
    r"|^(?:(?!\band\b|\bafter\b)[^,;])*?\b(?:(?:is|are|was|were|remains?|remained)\s+still|"
    r"remains?|remained)\s+(?:missing|unaccounted|in\s+hospital|hospitali[sz]ed|"
    r"in\s+(?:a\s+)?(?:critical|serious|stable)\s+condition)\b"
    # a place's state, still so at a time: "Parts of the market were still smouldering at
    # midday", "the road was still closed on Friday"
    r"|^(?:(?!\band\b|\bafter\b)[^,;])*?\b(?:is|are|was|were)\s+still\s+(?:smouldering|"
    r"smoldering|burning|on\s+fire|closed|shut|blocked|flooded|under\s+water|cut\s+off|"
    r"without\s+(?:power|electricity|water))\b"
    # the clock as told ("It is 5:20 p.m. Sunday in Majuro") and a live page's own end ("We
    # are ending our live updates for tonight")
    r"|^It(?:\s+is|['’]s)\s+(?:now\s+)?(?:about\s+|nearly\s+|almost\s+|just\s+(?:after|before|past)\s+)?"
    r"(?:\d|midnight\b|noon\b)"
    r"|^We(?:\s+are|['’]re|\s+will\s+be)\s+(?:ending|pausing|closing|wrapping\s+up|concluding)\s+"
    r"(?:our|this)\s+(?:live\s+)?(?:updates|coverage|blog)\b"
    # no answer to a reporter ("The ministry did not respond to a request for comment",
    # "could not be reached", "declined to comment") and a forecast ("More rain is
    # forecast"), in the first clause
    r"|^(?:(?!\band\b|\bbut\b)[^,;])*?\b(?:(?:did|could|has|have|had)\s+not|didn['’]t|"
    r"couldn['’]t|hasn['’]t|haven['’]t)\s+(?:immediately\s+)?(?:respond|reply|answer|comment|"
    r"return\s+(?:calls?|messages?|e-?mails?|requests?)|be\s+reached)\b"
    r"|^(?:(?!\band\b|\bbut\b)[^,;])*?\b(?:declined|refused)\s+to\s+comment\b"
    r"|^(?:(?!\band\b|\bbut\b)[^,;])*?\b(?:is|are)\s+(?:forecast|predicted)\b"
    # a forecast's likelihood or weather ("More storms are likely", "Should be drier", "The
    # weekend will be fine and hot") and a road's or a service's state ("The highway
    # remains closed"), in the first clause
    r"|^(?:(?!\band\b|\bbut\b)[^,;])*?\b(?:is|are)\s+(?:likely|possible)\b(?!\s+to\b)"
    r"|^(?:(?!\band\b|\bbut\b)[^,;])*?\b(?i:should|will|would)\s+be\s+(?:mostly\s+|very\s+)?"
    r"(?:fine|dry|drier|wet|wetter|warm|warmer|cool|cooler|cold|colder|hot|hotter|sunny|"
    r"cloudy|windy|clear|mild|calm|showery)\b"
    r"|^(?:(?!\band\b|\bbut\b)[^,;])*?\b(?:remains|remained|stays)\s+"
    r"(?:closed|shut|open|blocked|suspended|cut\s+off|flooded|under\s+water)\b"
    r"(?![^;]*\b(?:after|when|because|since)\b)"  # (not "remained closed after a panel
)  # fell yesterday": the happening; not "stayed open all night", one; "will remain closed
# until at least Monday", said on Wednesday, is the news of that day)
_PLAN_TOLD_PAST_HEADLINE = re.compile(
    r"(?:(?!\bbut\b)[^;])*?\b(?:was|were)\s+to\s+(?!have\b|be\s+(?:found|seen)\b)[a-z]+\b"
    r"(?:(?!\bbut\b|\band\s+(?:then\s+)?[a-z]+ed\b)[^;])*$"
)
# A plan a past perfect tells as overtaken: "Its ruling had been expected last week but was
# delayed", "The vote had been scheduled for Monday", "The ferry was supposed to sail on
# Friday" (the day planned, no happening of it)
_PLAN_OVERTAKEN_HEADLINE = re.compile(
    r"(?:(?!\band\b)[^;,])*?\b(?:had\s+been\s+(?:expected|scheduled|planned|due|slated|set|"
    r"timetabled)|(?:was|were)\s+supposed\s+to)\b(?![^;]*\bbut\s+(?:was|were)\s+adjourned\b)"
)  # (not "His sentencing had been due but was adjourned": a court adjourns on the day)
# A sentence opened by a birth: "Born in Dorchester in 1947, the fourth of seven children of
# a bus driver, she married ..." (the phrase up to the last comma before the subject)
_BORN_OPENING = re.compile(
    r"\s*Born\s+(?P<phrase>[^.;]{1,160}?),\s+(?:[^,.;]{1,80},\s+)?"
    r"(?P<subject>she|he|they|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?=[a-z])"
)
_DANGLING_IN = re.compile(r"(?:^|\s+)(?:in|on|at)$")
# A count at a time: "There were 87 active fires", "Hospitals saw 41 visits for ..."
_COUNT_HEADLINE = re.compile(
    r"(?:There\s+(?:is|are|was|were|have\s+been|has\s+been|had\s+been)\s+"
    r"|[A-Z][\w'’-]*\s+(?:[\w'’-]+\s+){0,5}saw\s+)"
    r"(?=(?:(?:about|more\s+than|nearly|almost|at\s+least|only|just|over|some|fewer\s+than)"
    r"\s+)?\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}[a-z]+s\b)"
)
# A figure told of a period: a measure verb, then an amount or a share.
# "Her death brings the number of people killed by bears in the fiscal year to 14": a tally
# A headline that starts inside a quotation: its closing mark with no opening one before it
_QUOTATION_TAIL = re.compile(
    r"[^\"“”‘]*[,.!?](?:[\"”]|['’](?=\s+(?:said|says|added|he|she|they)\b|\s*$))"
    r"(?:\s+(?:[A-Z][\w.'’-]*\s+){0,5}(?:said|says|added|told)\b|\s*$)"
)
_TALLY_OF_PERIOD = re.compile(
    r"\b(?:brings?|brought|bringing|takes?|took|taking|pushe[sd]|pushing|raises?|raised|"
    r"raising)[ \t]+(?:the|its|this|their|this[ \t]+year['’]s)[ \t]+(?:number|total|toll|tally|"
    r"count)\b[^.;]{0,100}?\bto[ \t]+(?:\d|at[ \t]+least[ \t]+\d|a[ \t]+record)"
)
_FIGURE_OF_PERIOD = re.compile(
    r"\b(?:rose|fell|grew|shrank|declined|increased|decreased|dropped|climbed|jumped|slid|"
    r"slipped|surged|plunged|accounted[ \t]+for|totall?ed|amounted[ \t]+to|recorded|generated|"
    r"filled|delivered|collected|"
    r"stood[ \t]+at|came[ \t]+in[ \t]+at|(?:was|were)[ \t]+(?:up|down)|carried[ \t]+out|"
    r"crushed|handled|processed|treated|logged|registered|shipped|produced|attracted|carried|"
    r"lost|made(?![ \t]+an?\b)|earned|posted|revised(?:[ \t]+(?:up|down)(?:wards?)?)?[ \t]+to|"
    r"exported|imported|welcomed|counted|slowed[ \t]+to|"
    r"(?:accelerated|eased|edged[ \t]+(?:up|down)|rebounded|widened|narrowed)[ \t]+to|"
    # a level told by "was" or "reached", the figure next: "The jobless rate was 5.1 percent
    # in March", "were 4 percent higher", "reached a record £212m", "came to J$0.96" (not
    # "reached a settlement ..., paying him 50 million won")
    r"(?:was|were)(?=[ \t]+(?:(?:about|around|roughly|nearly|almost|just|only|some|over|under|"
    r"below|above)[ \t]+)?\d[\d,.]*[ \t]*(?:%|per[ \t]?cent\b|percent\b|mm\b|cm\b|"
    r"millimet(?:re|er)s\b|degrees\b))"
    r"|(?:reached|averaged|came[ \t]+to)(?=[ \t]+(?:(?:a[ \t]+record|an?[ \t]+(?:all-time[ \t]+)?"
    r"(?:high|low)[ \t]+of|about|around|roughly|nearly|almost|just|only|some|over|under)[ \t]+)?"
    r"(?:[A-Z]{0,3}[$€£¥₹]|\d)))"
    r"\b[^.;]{0,60}?(?:\d[\d,.]*[ \t]*(?:%|per[ \t]?cent\b|percent\b|(?:million|billion|"
    r"trillion|crore|lakh)\b|mm\b|millimet(?:re|er)s\b|degrees\b)|[$€£¥₹][ \t]?\d|"
    r"\d[\d,.]*[ \t]+(?:yen|crowns|euros|dollars|pounds|rupees)\b|"
    r"\b\d{1,3}(?:,\d{3})+\b)"  # ("recorded 71,000 attendances")
)
# A count of things a period's record keeps: "recorded 47 market fires in Greater Accra last
# year", "exported 121 million bottles", "The museum had 41,000 visitors last year, a record"
# (not "lost about 340 containers": a happening; "had" only as the headline's first verb,
# the count right after it and no clause of a happening after it: not "Results ... showed
# that patients had 38 percent less", "The ferry had 300 passengers on board when it sank";
# "drew" and "attracted" only visitors: not "The rally drew 50,000 protesters")
_COUNT_OF_PERIOD = re.compile(
    r"\b(?:recorded|registered|logged|counted|exported|imported|welcomed|handled|processed|"
    r"treated)\b[^.;]{0,40}?(?<![\d,.])\d[\d,.]*[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z]{3,}s\b"
    r"|\b(?:attracted|drew)[ \t]+(?:(?:about|almost|nearly|some|over|more[ \t]+than)[ \t]+)?"
    r"\d[\d,.]*[ \t]+(?:visitors|tourists|guests|spectators|pilgrims|fans|visits)\b"
    r"|^(?:[\w'’.-]+[ \t]+){1,6}?had[ \t]+"
    r"(?:(?:about|almost|nearly|some|over|more[ \t]+than|just|only)[ \t]+)?"
    r"(?<![\d,.])\d[\d,.]*[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z]{3,}s\b"
    r"(?![^.;]*\b(?:when|as|after|before|until|while)\b)"
)
# A measure's level told by "was" or "were" with an amount of money: "Profit in the
# financial year was SR 216.7 million", "Exports were $3.1 billion" (not "The deal was
# worth", nor "The fine was paid")
_FIGURE_NOUN_LEVEL = re.compile(
    r"^(?:[\w'’-]+[ \t]+){0,4}?(?:(?:net|gross|pre-tax|after-tax|operating)[ \t]+)?"
    r"(?i:profits?|revenues?|sales|turnover|income|earnings|loss(?:es)?|output|production|"
    r"exports|imports|spending|expenditure|debt|deficit|surplus|gdp|receipts|takings)\b"
    r"[^.;]{0,50}?\b(?:was|were)[ \t]+(?:(?:about|around|roughly|nearly|almost|just|only|"
    r"some|over|under)[ \t]+)?(?:[A-Z]{1,3}[ \t]?[$€£¥₹]?[ \t]?\d|[$€£¥₹][ \t]?\d|"
    r"\d[\d,.]*[ \t]*(?:million|billion|trillion|crore|lakh)\b)"
)
# A post held from a date, in an apposition: ", the parish's treasurer from", ", a member
# since"
_TENURE_APPOSITIVE_BEFORE = re.compile(
    r",[ \t]+(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?:from|since)[ \t]+$"
)
# A tally of a period: "so far this year", "to date in 2039"
_SO_FAR_BEFORE = re.compile(r"\b(?:so[ \t]+far|to[ \t]+date)[ \t]+(?:in[ \t]+)?$")
_THIS_PERIOD_WORD = re.compile(r"(?i:this|so[ \t]+far)\b")
_NTH_OF_PERIOD = re.compile(
    r"(?:[\"“]?[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)[ \t]+(?:is|was|are|were|marks?|marked)[ \t]+"
    r"(?:the|its|their)[ \t]+(?:[\w'’-]+['’]s[ \t]+)?(?:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|"
    r"\d{1,3}(?:st|nd|rd|th))\b[^.;:]{0,80}$"
)  # "It is the third fire in the water village this year"
_ONE_OF_COUNT_BEFORE = re.compile(
    r"\bone[ \t]+of[ \t]+(?:the[ \t]+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|hundreds|thousands)[ \t]+[a-z]+[^.;:]{0,60}$"
)  # "was one of 14 people killed on Bermuda's roads in"
_SAME_MOMENT_BETWEEN = re.compile(r"[ \t]*(?:,|\(|,?[ \t]+or)[ \t]*")
_ZONED = re.compile(rf"\blocal[ \t]+time\b|(?<![\w-])(?:{ZONE_RE})(?![\w-])")
_WHERE_IT_WAS = re.compile(
    r"\bwhere\s+(?:it|the\s+time)\s+(?:was|is|will\s+be)\s+(?:already\s+|just\s+|still\s+)?$"
)
_IT_WAS = re.compile(r"\b[Ii]t\s+was\s+(?:already\s+|still\s+|just\s+|not\s+yet\s+|only\s+)?$")
_MOMENT_TOLD_AFTER = re.compile(
    r"(?:[ \t]+(?:for[ \t]+(?:them|him|her|us|you)|there|back[ \t]+home|at[ \t]+home|"
    r"in[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?))?[ \t]*(?:[,;:.]|$)"
)  # (not "It was 5am when the quake struck": the when-clause's happening)
_PERIODS = frozenset({EventGranularity.MONTH, EventGranularity.QUARTER, EventGranularity.YEAR})
_TALLY_PERIODS = frozenset({EventGranularity.WEEK, *_PERIODS})  # ("so far this week")
_LONG_PERIODS = frozenset({EventGranularity.WEEK, EventGranularity.MONTH, EventGranularity.QUARTER,
                           EventGranularity.YEAR})
_CREDIT_LABEL = r"(?:Image\s+|Photo\s+)?Credit\s*:"  # a picture's credit, after its caption too
_NOTE_LINE = re.compile(
    # (a note's own day before its colon: "Correction, Saturday, July 9, 2067: ...")
    r"[ \t]*[(\[]?(?:(?:Correction|Clarification|CORRECTION|CLARIFICATION)S?s?"
    r"(?:[ \t]*[,(—–-][ \t]*[^:\n]{5,40}?\)?)?[ \t]*[:—–]"
    r"|(?:An\s+earlier|A\s+previous|An\s+"
    r"incorrect)\s+version\s+of\s+this\s+(?:article|story|report)|This\s+(?:article|story|report)\s+(?:has\s+been|was)\s+"
    r"(?:corrected|amended|updated\s+to\s+correct)"
    # a photo's caption tells again what the story tells: "Photo caption: ...", "PHOTO: ..."
    r"|(?i:photo(?:graph)?(?:\s+caption)?|caption|picture|image)\s*:"
    # a picture's bracketed label before its caption: "[Photo] ...", Finnish "[Kuva] ...",
    # Polish "[Fot.] ..."
    r"|\[(?i:photos?|pictures?|images?|video|kuva|foto|fot\.?|bild|billede|zdj[eę]cie)\][ \t]"
    # an update's note about the page: "UPDATE: This article was updated after ..."
    r"|(?i:update[ds]?)\s*:(?=[ \t]*(?:This|The)\s+(?:article|story|report|page)\b)"
    # an editor's note about the story (not one that tells news: "Editor's note: The BVI
    # Ferry Operators' Association said on Tuesday that ...")
    r"|Editor['’]s\s+note\b[^:\n]{0,30}:(?=[^\n]{0,120}?\b(?:article|story|report|column|"
    r"letter|piece|series|interview|version|corrected|edited|updated|published|writer|"
    r"author)\b)"
    # an update's note over the story: "(Updated at 9:14 a.m. on Monday with Inep's final
    # absence figure.)", "(Corrects paragraph 3 ...)"
    r"|(?<=[(\[])(?:Updated|Corrected|Corrects|Adds|Updates|Recasts)\b"
    # a science site's foot: "Citation: <title> (2032, November 3) retrieved ...", "More
    # information: <paper> (2032)"
    rf"|Citation\s*:|More\s+information\s*:|{_CREDIT_LABEL}"
    rf"|{EMBARGO}"  # an embargo
    # a line all in square brackets: an editor's or an archive's note ("[UNREVISED. Subject
    # to correction by Members. Proof circulated 26th June, 2057]")
    r"|(?<=\[)[^\[\]\n]{12,}\][ \t]*(?:\n|\Z)"
    # a print edition's foot: "A version of this article appears in print on Oct. 18, ..."
    r"|(?:A\s+version\s+of\s+)?[Tt]his\s+(?:article|story)\s+(?:appears?|appeared)\s+in\s+"
    r"(?:the\s+)?(?:print\b|[^\n]{6,40}?\bprint\s+edition\b)"
    # a clipping's record: "Source: The Sunday Islander (Hobart) | Edition: Sun 28 Dec 2042"
    r"|Source\s*:[^\n|]{1,80}\|"
    # a wiki's apparatus: a reference ("2. ^ Ferreira, Ana (15 November 2031). ...
    # Retrieved 15 November 2031."), its categories, its hatnote and its foot
    r"|\d{1,3}\.[ \t]+\^[ \t]|\^[ \t]|Categories[ \t]*:|This[ \t]+article[ \t]+is[ \t]+about\b"
    r"|This[ \t]+page[ \t]+was[ \t]+last[ \t]+edited\b"
    # a newsletter's or a podcast's own schedule: "Next episode: Episode 213, ..., out next
    # Tuesday", "The next Brief arrives on Monday"
    r"|(?i:next\s+(?:episode|issue|edition|newsletter|show))\s*:"
    r"|(?:The|Our)\s+next\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:issue|edition|newsletter|episode|"
    r"show|update|briefing)\s+)?(?:arrives|is\s+out|comes\s+out|lands|will\s+(?:be\s+out|"
    r"arrive|land|come\s+out))\b"
    # a live page's note on its clocks: "All times are Hawaii Standard Time (HST)."
    r"|All\s+times\s+(?:are|in)\b"
    # a thread's stamp and comment heads: "submitted 3 days ago * (last edited 1 day ago)
    # by WreckhouseWanda", "[–] TowLineTerry 212 points 3 days ago"
    r"|submitted[ \t][^\n]{0,60}?\bago\b[^\n]{0,60}?\bby[ \t]+\S+[ \t]*(?:\n|\Z)"
    r"|\[[–-]\][ \t]+\S+[ \t]+-?\d[\d,]*[ \t]+points?\b"
    # a blog's foot under its post: "Posted by Ophelia Pascal-Durand at 3:14 PM"; a story's
    # syndication line: "This story first appeared in The Monrovia Clarion on ..."
    rf"|{BLOG_POSTED_BY.pattern}(?:\n|\Z)"
    r"|(?:This|The)\s+(?:story|article|report)\s+(?:was\s+)?(?:first|originally)\s+"
    r"(?:appeared|published|posted)\b)"
)  # ("This story has been corrected to show that the dam was completed in 1958, not 1968")
_CREDIT = re.compile(_CREDIT_LABEL)
NOTE_REACH = 600  # characters back to a note's label (correction, caption, editor's note)


SUBHEAD_MAX_WORDS = 6


def _is_subhead(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence is a line of its own of a few words without a full stop: a
    subhead between the body's paragraphs ("Court hearing this afternoon")."""
    line = text[sentence[0] : sentence[1]].strip()
    if line.endswith(")") and "(" in line:  # "First Quarter Fiscal 2033 Highlights
        # (compared with the first quarter of fiscal 2032)": a title-case head and its note
        head = line[: line.index("(")].split()
        if not head or not all(word[:1].isupper() or word[:1].isdigit() for word in head):
            return False
        line = " ".join(head)
    return (
        (sentence[0] == 0 or text[sentence[0] - 1] == "\n")
        and text[sentence[1] : sentence[1] + 1] in ("\n", "")
        and 0 < len(line.split()) <= SUBHEAD_MAX_WORDS
        and line[-1:] not in ".!?:;\"”’')"
        and line[:1].isupper()
    )


def _born_headline(text: str, sentence: tuple[int, int], expression: TimeExpression) -> str | None:
    """The birth a sentence opens with, when `expression` dates it: "Born in Dorchester in
    1947, the fourth of seven children, she married ..." -> "She was born in Dorchester"."""
    born = _BORN_OPENING.match(text, sentence[0], sentence[1])
    if born is None or expression.end > born.end("phrase"):
        return None
    before = _DANGLING_IN.sub("", text[born.start("phrase") : expression.start].rstrip(" ,"))
    phrase = " ".join(f"{before} {text[expression.end : born.end('phrase')]}".split())
    return f"{born.group('subject').capitalize()} was born {phrase}".strip(" ,")


_BOUND_VERB = r"(?:ran|runs|began|begins|started|starts|ended|ends|closed|closes)"
# What may come between a reporting period and its bound: its length told first, or a
# which-clause ("Fiscal 2082 therefore had 53 weeks and ended on", "the 53rd week, which
# ran from", "fiscal 2083, which will have 52 weeks and end on")
_LENGTH_THEN_BOUND = (
    r"(?:,\s+which|\s+(?:therefore|thus|also))?\s+(?:(?:had|has|have|will\s+have)\s+"
    r"[^,;.!?]{1,30}?\s+and\s+)?(?:will\s+)?"
)
# A reporting period as its clause's subject, and the verb that bounds it: "so fiscal 2036
# began [Dec. 30, 2035]", "The prior-year quarter ended [June 30, 2035]"
_PERIOD_SUBJECT_BEFORE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|[,;]\s+|\b(?:and|so|while|without|with)\s+)(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    rf"(?:quarter|half|period|(?:\d+(?:st|nd|rd|th)|extra)\s+week|(?:fiscal|financial)\s+"
    rf"(?:year|\d{{4}})|FY\s?\d{{2,4}})"
    # ... or what it covered: "The quarter covered the 13 weeks from"
    rf"{_LENGTH_THEN_BOUND}(?:{_BOUND_VERB}|end|run|begin|start|close|"
    r"cover(?:s|ed)?\s+(?:the\s+)?[\w-]+\s+(?:weeks|months|days)\s+)"
    r"\s*(?:(?:on|from)\s+(?:the\s+)?)?$",
    re.IGNORECASE | re.MULTILINE,
)
# ... and the period itself before it: "[the second quarter] ran from March 30 through"
_BOUND_AFTER = re.compile(
    rf"{_LENGTH_THEN_BOUND}(?:{_BOUND_VERB}\s+(?:on|from|in)?\s*(?=[A-Z0-9])|cover(?:s|ed)\b)"
)  # ("Fiscal 2082 therefore had 53 weeks and ended on January 3, 2083", "The quarter
# covered the 13 weeks from October 5")
_PERIOD_VALUE = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]))?$")


def _bounds_a_period(text: str, sentence: tuple[int, int], expression: TimeExpression) -> bool:
    """Whether `expression` is a reporting period's bound, or the period a bound is given
    for, in a clause that only says so: a calendar of the report, no happening."""
    if found_before(_PERIOD_SUBJECT_BEFORE, text, (sentence[0], expression.start),
                    expression, 60):  # fmt: skip
        return True
    return bool(_PERIOD_VALUE.match(expression.value)) and bool(
        _BOUND_AFTER.match(text, expression.end, sentence[1])
    ) and not _ACTIVITY_SUBJECT.search(text, max(sentence[0], expression.start - 40),
                                       expression.start)  # fmt: skip


# A subject before the period ("Sales in the second quarter ended"): the period is no subject
_ACTIVITY_SUBJECT = re.compile(r"\b(?:in|during|for|of|over)\s+(?:the\s+|its\s+)?[\w-]*\s*$")


def _lone_common_word(headline: str, sentence: str) -> bool:
    """Whether a headline is one word that the sentence writes in lower case: what is left
    of a clause whose subject was a date ("fiscal 2036 began Dec. 30" made "Began") or cut
    away ("Nine people died on Thursday, ... and two on Saturday" made "Two"); not a name
    ("Kaveri", of "Kaveri Infotech, which reported on Thursday")."""
    if " " in headline.strip():
        return False
    word = headline.strip(" .,;:!?\"'“”‘’")
    return bool(word) and re.search(rf"\b{re.escape(word.lower())}\b", sentence) is not None


_READER_ASKED = re.compile(
    r"(?:Listen|Watch|Tune[ \t]+in|Click|Subscribe|Sign[ \t]+up|Download|Follow[ \t]+us|"
    r"Join[ \t]+us|Call[ \t]+(?:us|now|today|\+?\d[\d -]*\d)|"
    r"Visit[ \t]+(?:us|our|www\.\S+|https?:\S+))"
    r"(?![\w-])"
)


def _tells_no_happening(headline: str, date: EventDate, in_lead: bool) -> bool:
    """Whether a headline tells no happening of its date: a line that is only a dateline, a
    quotation, an age reached, a state, a count at a time or a figure of a period (the
    last two stay in the lead, whose news they are)."""
    return bool(
        _DATELINE_ONLY.fullmatch(headline)  # "HAVANA, August 7 (Xinhua) --"
        # "Listen to the full report in our 6pm news bulletin", "Call 945-2200 today": the
        # page asking its reader, no happening
        or _READER_ASKED.match(headline)
        # 'Okoye: "I told my agent in June I only wanted one club"': what someone said
        or _QUOTATION_HEADLINE.match(headline)
        # 'It almost never does," said TOPR chief Andrzej Mrowca': the end of a quotation
        # its date was cut from
        or _QUOTATION_TAIL.match(headline)
        or _BIRTHDAY.search(headline)  # "Whitcombe turned 60 in December"
        # "It was not clear on Tuesday whether ...", "A second fisherman was still missing
        # on Monday night"
        or _STATE_HEADLINE.search(headline)
        # "Niue's schools were to start the school year": a plan told in the past, not done
        # (not "The ferry was to sail, but the storm kept it in port")
        or _PLAN_TOLD_PAST_HEADLINE.match(headline)
        or _PLAN_OVERTAKEN_HEADLINE.match(headline)
        # "The Carlow-based group's financial year runs to the end of May": a calendar (not
        # "Pivot, whose fiscal year begins in November, stopped buying cells")
        or _FISCAL_YEAR_HEADLINE.match(headline)
        # "The festival's 50th anniversary is on Saturday", "the 1982 conflict, whose 15th
        # anniversary falls next month": a calendar fact
        or _ANNIVERSARY_FALLS.search(headline)
        # "There were 87 active fires in the province", "Emergency departments saw 41
        # visits for breathing problems"
        or (not in_lead and _COUNT_HEADLINE.match(headline))
        # "The Magong weather station recorded a low of 7.9°C", "The water temperature at
        # Chikan fell to 11.6°C": a measurement read at a time
        or (not in_lead and (reading := _READING.search(headline)) is not None
            and not _JOINED_HAPPENING.search(headline, reading.end()))
        # "China accounted for 14% of revenue in fiscal 2025", "Austria's economy shrank
        # in 2023": a figure of the period, no happening of a day
        or (not in_lead and date.granularity in _PERIODS and (
            _FIGURE_OF_PERIOD.search(headline) or _TALLY_OF_PERIOD.search(headline)
            or _COUNT_OF_PERIOD.search(headline) or _FIGURE_NOUN_LEVEL.match(headline)))
        # "This release contains forward-looking statements, including the outlook for
        # fiscal 2033": a release's legal notice
        or _LEGAL_NOTICE.search(headline)
        # "By tradition the sun first reaches the steps on 8 March": a custom; "The sun will
        # not set at all until late August": what will not happen
        or _CUSTOM.match(headline)
        or ((negative := _WILL_NOT.search(headline)) is not None
            and not _SAYING_VERB.search(headline, 0, negative.start()))
    )  # (not "County engineers now say the line will not reach every home until ...": a
    # saying)


# A measurement read: an instrument's reading, a level reached ("recorded a low of 7.9°C",
# "the water temperature fell to 11.6°C", "recorded minus 6 degrees Celsius")
_MEASURE = (
    r"(?:minus[ \t]+|-|−)?\d[\d.,]*[ \t]*(?:°|degrees?\b|mm\b|millimet(?:re|er)s\b|"
    r"centimet(?:re|er)s\b|cm\b|knots\b|km/h|mph\b|ppm\b|hectopascals\b|hPa\b)"
)
_READING = re.compile(
    r"\b(?:recorded|measured|registered|logged)[ \t]+(?:an?[ \t]+(?:\w+[ \t]+)?"
    rf"(?:low|high|peak|reading|maximum|minimum|gust|concentration|level)[ \t]+of[ \t]+)?{_MEASURE}"
    r"|\b(?:temperatures?|levels?|readings?|concentrations?)\b[^,;]{0,60}?[ \t](?:fell|dropped|"
    rf"rose|climbed|reached|hit|stood|peaked|plunged|soared)[ \t]+(?:to|at)[ \t]+{_MEASURE}"
)
# A happening joined after a reading: "..., and the town's water mains froze"
_JOINED_HAPPENING = re.compile(
    rf"\band\s+(?:[\w'’-]+\s+){{0,5}}?(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b"
)
_CUSTOM = re.compile(
    r"(?:By\s+(?:tradition|custom)|Traditionally|Customarily|As\s+(?:is\s+)?(?:the\s+)?"
    r"(?:tradition|custom))\b"
)
# A date set aside for another: "we start Thursday 20th, not Monday 17th", "on Tuesday
# rather than Monday" (not "will not reopen until Monday", the reopening's day)
_NOT_THE_DAY = re.compile(
    r"(?:,|\bbut|\band)[ \t]+not[ \t]+(?:on[ \t]+|in[ \t]+)?$|\bnot[ \t]+on[ \t]+$"
    r"|\b(?:rather[ \t]+than|instead[ \t]+of)[ \t]+(?:on[ \t]+|in[ \t]+)?$"
)
# A yearly or weekly habit right before its day: "held every year from July 11", "is held
# annually in May", "every week on Monday" (each year's, no happening of this one)
_RECURRING_BEFORE = re.compile(
    r"\b(?:(?:every|each)[ \t]+(?:year|summer|winter|spring|autumn|fall|month|week)|annually|"
    r"yearly)[ \t]+(?:on|in|from|at|around|during)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# A reporting period's end after the period: "for the year to", "the six months ended"
_PERIOD_END_BEFORE = re.compile(
    r"\b(?:year|quarter|half|months|weeks|period)[ \t]+(?:to|ended|ending|through)[ \t]+$")
# Pay owed or paid for a period: "wages for March and April", "salaries for the month of
# May", "rent for January", "arrears of October"
_PAY_FOR_BEFORE = re.compile(
    r"\b(?:wages|salar(?:y|ies)|pay|paychecks?|arrears|dues|rent|bonus(?:es)?|allowances?|"
    r"pensions?|stipends?|overtime)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+months?[ \t]+of[ \t]+)?"
    r"(?:[A-Z][a-z]+\.?[ \t]+(?:and|or|to|through)[ \t]+)?$",  # ("for March and April")
    re.IGNORECASE)
_WILL_NOT = re.compile(r"\b(?:will|shall)\s+not\b|\bwon['’]t\b")
_SAYING_VERB = re.compile(
    r"\b(?:say|says|said|told|tells|announced|warned|added|insisted|confirmed|stated)\b"
)


_LEGAL_NOTICE = re.compile(r"\bforward-looking\s+statements?\b|\bsafe\s+harbou?r\b", re.I)


# An update's mark with its clock opening a paragraph of the story: "(Actualitzat a les
# 14:10) The Justice Department suspended ...", "(Päivitetty klo 16.20) Police have asked
# ...", "(Updated 14:10 GMT) ..."
_UPDATE_MARK = re.compile(
    rf"\((?:{UPDATE_WORD}|(?i:{FOREIGN_STAMP_LABELS}))\b[^()\n]{{0,30}}?\d[^()\n]{{0,24}}\)"
    r"(?:[ \t]+(?=\S)|[ \t]*$)"  # (or a sentence of its own: "(Актуализирано 15:10 ч.)")
)


def _after_update_mark(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """A sentence without the update's mark that opens it (its clock is when the page
    changed, no happening of the sentence); None when the mark is all of it."""
    mark = _UPDATE_MARK.match(text, *span)
    if mark is None:
        return span
    return (mark.end(), span[1]) if mark.end() < span[1] else None


def _in_note(text: str, start: int) -> bool:
    """Whether the sentence at `start` is in a line opened by a correction's, an editor's or a photo
    caption's label, within NOTE_REACH characters (bounded: a run-on line of many
    sentences stays linear)."""
    lo = max(0, start - NOTE_REACH)
    line = text.rfind("\n", lo, start) + 1
    return (line > 0 or lo == 0) and _NOTE_LINE.match(text, line) is not None and (
        _UPDATE_MARK.match(text, line) is None  # (not "(Updated 16:20 GMT) A second man
    )  # was arrested ...": a mark, the story after it)


# The label of a box of key points in a page's head, on a line of its own: "Key points:",
# "In short:", "What's next?"
_SUMMARY_WORDS = r"Key[ \t]+points|Highlights|In[ \t]+brief|At[ \t]+a[ \t]+glance"  # a box's labels
_SUMMARY_LABEL = re.compile(
    rf"[ \t]*(?:{_SUMMARY_WORDS}|In[ \t]+short|What['’]s[ \t]+next|Quick[ \t]+read)"
    r"[ \t]*[:?]?[ \t]*",
    re.IGNORECASE,
)
SUMMARY_BOX_HEAD = 3000  # characters into the page within which a box of key points stands
SUMMARY_BOX_REACH = 1200  # characters back from a sentence to its box's label


def _in_summary_box(text: str, start: int) -> bool:
    """Whether the sentence at `start` is in a box of key points in the page's head: the
    lines under a label ("Key points:", "In short:", "What's next?") up to the next blank
    line, whose happenings the story tells again below ("- Nunn was arrested at a Hume
    Highway service station last night")."""
    if start > SUMMARY_BOX_HEAD:
        return False
    lo = max(0, start - SUMMARY_BOX_REACH)
    blank = text.rfind("\n\n", lo, start)
    if blank < 0 and lo > 0:
        return False
    first = blank + 2 if blank >= 0 else 0
    while first < start and text[first] in "\r\n":
        first += 1
    label_end = text.find("\n", first, start)
    return label_end >= 0 and _SUMMARY_LABEL.fullmatch(text, first, label_end) is not None


_COMMENT_END = re.compile(r"\n[ \t]*Reply[ \t]*\n")


# A page's comments under their heading, in its second half: "Comments (3)   ·   Log in or
# register to post comments", "12 comments", "Reader comments"
_COMMENTS_HEADING = re.compile(
    r"^[ \t]*(?:(?:Reader[ \t]+|Readers['’][ \t]+)?[Cc]omments?(?:[ \t]*\(\d+\))?|\d+[ \t]+"
    r"[Cc]omments?)(?:[ \t]+[|·•][^\n]*)?[ \t]*$",
    re.MULTILINE,
)


# A commenter's line under the comments heading: "Submitted by Ana R. on ...", "Ana says:",
# "2 hours ago", "Reply", "Log in to reply"
_COMMENT_SIGNATURE = re.compile(
    r"(?i:\bsubmitted[ \t]+by\b|\bsays:|\bago\b|^[ \t]*reply\b|\blog[ \t]+in\b|"
    r"[·|•][ \t]*[A-Z][a-z]{2}[a-z.]*[ \t]+\d{1,2},[ \t]+\d{4})", re.MULTILINE)  # ("lifer · Mar 8,
# 2036 10:02pm")
COMMENT_SIGNATURE_REACH = 300  # characters under the heading a commenter's line lies within


@functools.lru_cache(maxsize=4)
def _comments_start(text: str) -> int:
    """Where a page's comments begin (their heading's end), or past the text's end."""
    heading = _COMMENTS_HEADING.search(text, len(text) // 2)
    if heading is None or not _COMMENT_SIGNATURE.search(
        text, heading.end(), heading.end() + COMMENT_SIGNATURE_REACH
    ):  # (not a story's own "Comments" subheading)
        return len(text) + 1
    return heading.end()


def _in_comment(text: str, start: int) -> bool:
    """Whether the sentence at `start` is a reader's comment: under the page's comments
    heading and above its links, or under a "... says:" head within NOTE_REACH
    characters, with no "Reply" line between."""
    if (begin := _comments_start(text)) <= start and not _LINKS_LINE.search(text, begin - 1, start):
        return True
    lo = max(0, start - NOTE_REACH)
    head = text.rfind(" says:", lo, start)
    if head < 0:
        return False
    line = text.rfind("\n", 0, head) + 1
    return COMMENT_HEAD.match(text, line) is not None and not _COMMENT_END.search(
        text, head, start)


def _in_links(text: str, start: int) -> bool:
    """Whether the sentence at `start` is in a block of links to other stories under its
    label ("Read also:", "Related:", "See also:"), within NOTE_REACH characters."""
    lo = max(0, start - NOTE_REACH)
    block = text.rfind("\n\n", lo, start)
    if block < 0 and lo > 0:
        return False
    return _LINKS_LABEL.match(text, block + 2 if block >= 0 else 0) is not None


_LINKS_LABEL = re.compile(
    r"[ \t]*(?i:read\s+(?:also|more)|also\s+read|related(?:\s+(?:stories|articles|news|"
    r"coverage|links|content|episodes|videos|podcasts))?|see\s+also|more\s+on\s+this(?:\s+story)?|you\s+may\s+also\s+"
    r"like|more\s+stories|further\s+reading|most\s+(?:read|popular|viewed|shared|commented)|"
    r"trending(?:\s+now)?|popular\s+now|top\s+stories|editor['’]?s\s+picks|latest\s+(?:news|stories)|"
    r"more\s+(?:episodes|videos|podcasts|from\s+[^\n]{1,40})|(?:previous|past|older|recent)\s+"
    r"(?:episodes|issues|editions)|"  # (a podcast's "More episodes", "More from Bay Islands")
    r"recommended(?:\s+for\s+you)?|"
    # the same labels on sites in French, Spanish, Portuguese, Italian, German
    r"(?:à|a)\s+lire\s+aussi|lire\s+aussi|voir\s+aussi|lea\s+también|leia\s+também|"
    r"leggi\s+anche|lesen\s+sie\s+auch|mehr\s+zum\s+thema)[ \t]*:?[ \t]*\n"
)


_LINKS_LINE = re.compile(r"\n" + _LINKS_LABEL.pattern)  # (a label at a line's start)


def _page_widget_line(text: str, start: int) -> bool:
    """Whether the sentence at `start` is a line of a page's widgets: a blog archive's
    "► March (9)", a comment's head "@kiwi_geo_nerd  1 day ago", a video's chapter "0:52
    Tonga Geological Services" in a list that starts at 0:00."""
    line = text.rfind("\n", 0, start) + 1
    if (widget := _WIDGET_LINE.match(text, line)) is None:
        return False
    return not widget.group("chapter") or bool(
        _FIRST_CHAPTER.search(text, max(0, line - CHAPTERS_REACH), widget.end()))


_WIDGET_LINE = re.compile(
    r"[ \t]*(?:[►▼▶▸▾▿][ \t]*[^\n]{1,40}?\(\d{1,5}\)"  # a blog's archive: "▼ April (7)"
    r"|@[\w.-]{2,40}[ \t]+[^\n]{0,20}?\bago\b[^\n]{0,20}?"  # "@LeafaFifita  1 day ago (edited)"
    # a live page's entry stamp: "4h ago  10.15am", "12m ago | 2.05pm"
    r"|\d{1,2}[ \t]*(?:m|mins?|minutes?|h|hrs?|hours?)[ \t]+ago[ \t]+(?:[|·•-][ \t]*)?"
    r"\d{1,2}[:.][0-5]\d[ \t]*(?:[ap]\.?m\.?)?"
    r"|(?P<chapter>(?:\d{1,2}:)?\d{1,2}:[0-5]\d[ \t]{1,3}[^\n]{1,80}?)"
    # the page's own next issue: "Next bulletin: today, 14:00 h", "The next advice will be
    # issued at 11am"
    r"|(?i:(?:the[ \t]+)?next[ \t]+(?:bulletin|update|advice|advisory|report|edition|briefing|"
    r"sitrep|situation[ \t]+report|statement|warning)(?:[ \t]*:|[ \t]+(?:will|is|is[ \t]+due))"
    r")[^\n]{0,80}?)[ \t]*(?:\n|$)"
)
_FIRST_CHAPTER = re.compile(r"(?:^|\n)[ \t]*0?0:00[ \t]")  # a video's chapters start at 0:00
CHAPTERS_REACH = 400  # characters back from a chapter to the list's first, "0:00"


def _day_of(expression: TimeExpression) -> str:
    """The day a date names ("2040-08-16" of "2040-08-16TAF"), or its whole value."""
    return expression.value[:10]


def _days_told_elsewhere(in_sentence: list[TimeExpression], days_told: Counter[str]) -> bool:
    """Whether every day of the sentence's dates is told outside captions too."""
    return all(days_told[_day_of(e)] > 0 for e in in_sentence)


_FIELD_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z'’ ]{1,30}:[ \t]*")
_FIELD_ZONES = (  # ("TKT (UTC+13)")
    r"(?:(?:\b(?:UTC|GMT)[+−-]\d{1,2}(?::?\d\d)?|\b[A-Z]{2,5})\b[\s\-–—,;/()]*)*")
_FIELD_REST = re.compile(
    rf"[\s\-–—,;/()]*{_FIELD_ZONES}(?:(?:to|and|until|till)[\s\-–—,;/()]*)?")
_FIELD_END = re.compile(rf"[\s\-–—,;/().]*{_FIELD_ZONES}")
FIELD_LINE_MAX_CHARS = 80
# A stamp's field, whose day over the lead may be the lead's: "Sent: Thu, 1 Jan 2054 05:45"
_SHARED_LINE = re.compile(  # (a short line of its own)
    r"[ \t]*(?i:shared[ \t]+(?:from|via)|sent[ \t]+from[ \t]+my)\b[^\n]{0,80}(?:\n|$)")
_STAMP_FIELD = re.compile(
    r"[ \t]*(?i:sent|date|dated|dateline|published|posted|filed|updated|last[ \t]+updated|"
    r"issued|released|received|written|for[ \t]+(?:immediate[ \t]+)?release)[ \t]*:"
)


def _field_line(
    text: str, sentence: tuple[int, int], dates: list[TimeExpression],
    expressions: list[TimeExpression],
) -> bool:
    """Whether the sentence is (in) a record's field of dates, a line of a label and its
    dates only: "Hearing dates: 7 Nov 2072 - 8 Nov 2072", "Judgment date: 15 Mar 2073",
    "Time:  10:00 a.m. TKT (UTC+13)  /  21:00 UTC Sunday 5 March" (the record's data, no
    happening told)."""
    start, end = sentence
    line_start = text.rfind("\n", 0, start) + 1
    if line_start != start and text.find("\n", line_start, end) < 0:
        line_end = text.find("\n", end)  # (a sentence cut from its line at "a.m.")
        start, end = line_start, len(text) if line_end < 0 else line_end
        dates = dates_within(expressions, (start, end))
    if not dates or end - start > FIELD_LINE_MAX_CHARS or (
        text.rfind("\n", 0, start) + 1 != start
    ) or (label := _FIELD_LABEL.match(text, start, end)) is None:
        return False
    at = label.end()
    for expression in dates:
        if (gap := _FIELD_REST.match(text, at, expression.start)) is None or (
            gap.end() != expression.start
        ):
            return False
        at = expression.end
    return _FIELD_END.fullmatch(text, at, end) is not None


def _issue_line(text: str, sentence: tuple[int, int], dates: list[TimeExpression]) -> bool:
    """Whether the sentence is a line of an old issue's label and its date alone ("From
    our issue of Friday, April 26, 2002", "From The Saba Bulletin of Friday, April 27,
    1962"): the stamp of what is told under it, no happening."""
    start, end = sentence
    return (
        len(dates) == 1 and text.rfind("\n", 0, start) + 1 == start
        and not text[dates[0].end : end].strip(" \t.")
        and ISSUE_LABEL.search(text, start, dates[0].start) is not None
    )


# A table's row: its cells apart by runs of spaces ("+6hr   8 pm January 20    2
# 11.2S      103.7E      60"), mostly figures and codes once its dates are out
_CELL_GAP = re.compile(r"\S(?:[ \t]{3,}|\t)(?=\S)")
_CELL_WORD = re.compile(r"(?<![\w.+-])[A-Za-z][a-z]{2,}(?:-[a-z]+)*(?![\w.+-])")
_CELL_TOKEN = re.compile(r"\S+")
TABLE_ROW_GAPS = 3  # runs of spaces between a row's cells, at least
# A status that tells a happening in a row: "ARRIVED Kolongo 07-FEB", "Left Bangui 08-FEB"
_ROW_HAPPENING = re.compile(
    r"(?:^|[ \t]{2,})(?:ARRIVED|SAILED|AGROUND|DEPARTED|DOCKED|BERTHED|ANCHORED|LANDED|SANK|"
    r"DISCHARGED|Arrived|Sailed|Aground|Departed|Docked|Berthed|Anchored|Landed|Sank|"
    r"Discharged|Left)\b")  # (a cell opened by a status; not "LEEDS UNITED", "Seats left", a
# fiscal calendar's "reported May 12, 2037")


def _gapped_line(text: str, start: int) -> tuple[int, int]:
    """The span of the line a sentence opening at `start` stands on, if the line from there
    holds a gap of three spaces or a tab (a table's cells); else (-1, -1)."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if "   " not in text[start:line_end] and "\t" not in text[start:line_end]:
        return -1, -1
    return line_start, line_end


def _table_row(text: str, sentence: tuple[int, int], dates: list[TimeExpression]) -> bool:
    """Whether the sentence is a line of a table of figures (a forecast's track, a
    results grid): three cell gaps or more and fewer words than figures beside its dates,
    or two and a word at most beside a figure."""
    start, end = sentence
    line_start, line_end = _gapped_line(text, start)
    if line_start < 0:
        return False  # (no gap between cells: most sentences, at once)
    gaps = len(_CELL_GAP.findall(text, start, line_end))
    if text[line_start:start].strip() or gaps < TABLE_ROW_GAPS - 1:
        return False  # (an indented row too: "  Maradi (Friday)      Ram, Ouda    105,000")
    rest, at = [], start
    for expression in dates_within(dates, (start, line_end)):
        rest.append(text[at : expression.start])
        at = expression.end
    rest.append(text[at:line_end])
    cells = " ".join(rest)
    if _ROW_HAPPENING.search(cells):
        return False  # a line-up's row tells a happening: "MOSSAKA + 2   1,150 m3 Jet A-1
        # 29-JAN   ARRIVED Kolongo 07-FEB, discharged"
    words = len(_CELL_WORD.findall(cells))
    figures = sum(any(c.isdigit() for c in token) for token in _CELL_TOKEN.findall(cells))
    return (gaps >= TABLE_ROW_GAPS and figures > words) or (
        gaps == TABLE_ROW_GAPS - 1 and words <= 1 and figures >= 1)
    # (two gaps: a fiscal calendar's "Q2   Jan. 1 - Mar. 31, 2037    reported May 12, 2037")


# A table of hours' row: a short label, a wide gap, then clock times alone ("Medicine,
# surgery      13h00 - 20h00", "Tuesday to Saturday     8 h 30 - 12 h 30  and  15 h 30 -
# 18 h 00", "Sunday      10am - 4pm")
_HOURS_ROW = re.compile(
    r"[ \t]*(?P<label>[^\n]{2,40}?\S)(?:[ \t]{3,}|\t)"
    r"(?P<hours>(?:\d{1,2}(?:[ \t]?[h:.][ \t]?\d{2}|[ \t]?[hH]\b)?(?:[ \t]?[ap]\.?m\b\.?)?"
    r"|(?i:noon|midday|midnight))(?:[ \t]*(?:[-–—/,&]|and|to)[ \t]*(?:\d{1,2}(?:[ \t]?[h:.][ \t]?"
    r"\d{2}|[ \t]?[hH]\b)?(?:[ \t]?[ap]\.?m\b\.?)?|(?i:noon|midday|midnight)))+)[ \t]*"
)


def _hours_row(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is a row of a table of opening or visiting hours: a label,
    then a cell of clock ranges alone (the hours kept on any such day: no happening)."""
    start = sentence[0]
    line_start, line_end = _gapped_line(text, start)
    if line_start < 0:
        return False  # (no gap after a label)
    return not text[line_start:start].strip() and _HOURS_ROW.fullmatch(
        text, line_start, line_end) is not None


_DATE_CLOSES = re.compile(r"[ \t]*[.]?[\"”’]?[ \t]*")
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _picture_description(
    text: str, sentence: tuple[int, int], dates: list[TimeExpression]
) -> bool:
    """Whether the sentence may describe a picture: its only date, a day (or a time of
    one) with its year, closes it after a bare comma ("Residents watch the eruption from
    a rooftop in the Lokbatan settlement, 13 March 2039."), as a caption writes the day
    it was taken; what the picture shows is no happening (not "... late on 13 March
    2039", nor a date told with "on"; the caller keeps a sentence told in the past: "The
    mayor resigned, 2 March 2039.")."""
    if len(dates) != 1 or not _YEAR_WRITTEN.search((date := dates[0]).text) or (
        date.granularity not in (Granularity.DAY, Granularity.TIME)
    ):
        return False
    return text[max(sentence[0], date.start - 2) : date.start] == ", " and (
        _DATE_CLOSES.fullmatch(text, date.end, sentence[1]) is not None
    ) and date.start - sentence[0] > 2


def _credited_line(text: str, start: int) -> bool:
    """Whether the sentence at `start` is in a line that ends with a picture's credit, a
    caption ("Firemen battle the blaze ... yesterday afternoon. - Photo courtesy of
    Bomba", "... (AP Photo/Juan Mamani)"): it tells again what the story tells."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    tail = text[max(start, end - CREDIT_REACH) : end].lower()
    if "pic" not in tail and "photo" not in tail and "image" not in tail:
        return False  # (most lines: no word of a credit at all)
    line = text.rfind("\n", 0, start) + 1  # (from the line's start: "Picture:" may open the
    return _CREDIT_AT_LINE_END.search(text, max(line, end - CREDIT_REACH), end) is not None
    # sentence asked about, the credit after a caption's full stop)


CREDIT_REACH = 90  # characters before a line's end searched for a picture's credit
_CREDIT_AT_LINE_END = re.compile(
    r"(?:(?:^|\s)[-–—|•][ \t]*|\()[^\n()]{0,30}?\b(?i:photo(?:graph)?s?|picture|pic|image)\b"
    r"(?:[ \t]*(?i:courtesy[ \t]+of|by|:|/)[ \t]*[^\n()]{1,50})?\)?[ \t]*$"
    r"|(?:^|\s)(?i:photo|picture|image)s?[ \t]*:[ \t]*[^\n.]{1,50}$"
)
DECK_MAX_SENTENCES = 3  # a deck (standfirst) under the title is a sentence or a few
MAX_SUMMARY_LINES = 6  # ... or a box of key points: "Summary" and its bullets
_SUMMARY_LINE = re.compile(
    rf"[ \t]*(?:[-•*·▪][ \t]+\S|(?:Summary|{_SUMMARY_WORDS})[ \t]*:?[ \t]*$)", re.IGNORECASE)


def _deck(
    text: str, spans: list[tuple[int, int]], title_span: tuple[int, int] | None,
    author: str | None, expressions: list[TimeExpression],
) -> tuple[int, int]:
    """The span of the deck between the title and a byline or publication line below it
    ("A Stolen Astrolabe Comes Home" / "The last missing piece ... was found." / "By
    Jonathan Pryce", or a name alone), or (0, 0) when there is none. A line that is only a
    date ends it too ("... full-year outlook raised" / "April 04, 2028 04:05 PM Eastern
    Daylight Time"): the story starts under it."""
    if title_span is None:
        return 0, 0
    listed = sum(1 for start, end in spans[1 : DECK_MAX_SENTENCES + 2 + MAX_SUMMARY_LINES]
                 if _SUMMARY_LINE.match(text, start, end))  # fmt: skip (a "Summary" box's
    # label and bullets count as one sentence of the deck)
    for number, sentence in enumerate(spans[1 : DECK_MAX_SENTENCES + 2 + listed], start=1):
        line = text[sentence[0] : sentence[1]]
        if _is_byline(line, author) or PUBLISHED_LINE.match(line) or _NAME_LINE.fullmatch(line):
            return (spans[1][0], sentence[0]) if number > 1 else (0, 0)  # ("Claire Whitcombe")
        if number > 1 and (dated := dates_within(expressions, sentence)) and (
            is_dateline(text, sentence, dated)
        ):
            return spans[1][0], sentence[0]
    return 0, 0


def _is_title(text: str, span: tuple[int, int], article: Article) -> bool:
    """Whether the first sentence of the text is the article's title (a Markdown heading
    too): a line of its own, not the first sentence of a paragraph the title was cut from."""
    if text[span[1] : span[1] + 200].lstrip(" \t")[:1] not in ("\n", "\r", ""):
        return False
    line = text[span[0] : span[1]]
    return " ".join(line.lstrip("#").split()) == " ".join(article.title.split())


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SMALL_WORDS = frozenset("a an the of in on at to for and or but with by as from".split())
TITLE_CASE_SHARE = 0.8  # capitalised words of a line set in title case


def _in_title_case(text: str) -> bool:
    """Whether `text` is set in title case (most of its words capitalised, as headlines
    often are): its capitalised runs are no names."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 5 and capitalised >= TITLE_CASE_SHARE * len(words)


CAPITALS_MIN_WORDS = 3


def _in_capitals(text: str) -> bool:
    """Whether `text` is set in capitals, a few words at least ("FALKLANDS: TWO DIE IN
    TRAWLER FIRE"): its capitals tell no names."""
    return not any(c.islower() for c in text) and len(_WORD.findall(text)) >= CAPITALS_MIN_WORDS


_SHE_HE_FORMS = {"She": SHE, "He": HE, "Her": SHE, "His": HE}


# A named person saying what he or she did: "Hendrickson said he had spent ...".
_SAID_OWN = re.compile(
    r"(?!(?:Police|Officials|Authorities|Prosecutors|Investigators|Officers|Detectives|"
    r"Witnesses|Relatives|Residents|Neighbou?rs|Sources|Reports|Doctors|Rescuers)\b)"  # no
    # one "he" stands for ("Police said he was arrested": he, not the police, was)
    r"((?:[A-Z][\w.'’-]*[ \t]+){1,4})(?:said|says)[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]+"
    r"(?=(?:had|has|was|were|[a-z]{3,}ed)\b)"
)
_SAID_OWN_BEFORE = re.compile(r"\b(?:said|says)\s+(?:that\s+)?(?:he|she)\b")


def _official_before(
    headline: str, earlier: list[tuple[str, list[Entity]]], text: str
) -> str | None:
    """A headline's leading "She"/"He" as the titled person the sentence before opened
    with as its role ("The judge began reading her judgment ... She pronounced the
    sentence": Justice Halima Bello), when that sentence uses the same pronoun."""
    pronoun = headline.split(" ", 1)[0]
    if not earlier or pronoun not in ("She", "He"):
        return None
    before = earlier[0][0]
    official = official_of(before, text)
    if official is None or not _SHE_HE_FORMS[pronoun].search(before, official[1]):
        return None
    return official[0] + headline[len(pronoun) :]


# "The group, which calls itself Nightjar, posted ...", "The gang, known as Nightjar,".
_CALLS_ITSELF = re.compile(
    r"(The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?),\s+(?:(?:which|who)\s+calls?\s+(?:itself|"
    r"themselves)|(?:known|calling\s+itself)\s+as|known|calling\s+itself)\s+"
    r"([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}),"
)


def _self_named(headline: str, sentence_text: str) -> str | None:
    """The headline's "The group" as the name the sentence gives it ("The group, which calls
    itself Nightjar, posted ...": Nightjar posted ...), if it gives one."""
    named = _CALLS_ITSELF.match(sentence_text)
    if named is None:
        return None
    if headline.startswith(named.group(0)):  # the clause kept: "The group, which calls
        return f"{named.group(2)} {headline[named.end() :].lstrip()}"  # itself Nightjar,"
    if headline.startswith(named.group(1) + " "):
        return named.group(2) + headline[len(named.group(1)) :]
    return None


def _same_surname(name: str, other: str) -> bool:
    """Whether two full names share their last word (a birth name and the name used)."""
    return " " in name and " " in other and name.rsplit(" ", 1)[1] == other.rsplit(" ", 1)[1]


def _is_head_stamp(
    text: str, sentence: tuple[int, int], dated: list[TimeExpression], published: dt.date,
    read_from: str = "",
) -> bool:
    """A line over the story whose dates are all the paper's day and which tells nothing:
    a stamp in a form the dateline reader knows and the resolver reads only in part
    ("miércoles, 10 de febrero de 2049 - 07:42 a. m.", "Society | 19:05 / 19.03.2047 |
    4812", a weekly's folio "VOL. XXIII, NO. 10   SAN JOSÉ, ... FRIDAY, MARCH 9, 1984")."""
    line = text[sentence[0] : sentence[1]]  # (with the head's lines run into it: "Por
    return (  # Camila Restrepo Duque\nmiércoles, ...")
        len(line) <= HEAD_STAMP_MAX_CHARS
        and ((bool(read_from) and read_from in line)
             or all(e.start_date is not None and e.end_date is not None
                    and e.start_date <= published <= e.end_date for e in dated))  # fmt: skip
        # (the paper's day, or a period holding it: "четвртак, 22. август 2058, 07:15",
        # where the resolver reads only the year and the time; or the line the reader found
        # the dateline in, `read_from`, whatever the resolver makes of it: "piątek, 29
        # października 2066 r., godz. 07:40 | aktualizacja: godz. 15:05")
        and not _TELLING_WORD.search(line)
        and sum(not _STAMP_WORD.fullmatch(word) for word in _LOWER_WORD.findall(line))
        <= HEAD_STAMP_LOWER_WORDS  # (not a caption; a stamp's own words not counted:
        # "piątek, 29 października 2066 r., godz. 07:40 | aktualizacja: godz. 15:05")
    )


HEAD_STAMP_MAX_CHARS = 200
# A stamp's own words in lower case: an update's label, an hour's ("godz.", "Uhr", "kl.")
_STAMP_WORD = re.compile(rf"{UPDATE_WORD}|(?i:godz|uhr|heures?|hora|klo|saat|hod)")
HEAD_STAMP_REACH = 800  # characters from the page's top within which its stamp lines lie
HEAD_STAMP_LOWER_WORDS = 2  # longer words in lower case a stamp line may hold ("febrero")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-zà-ÿ]{3,}\b")
# A word that makes a line tell something: a past form, an auxiliary, a saying
_TELLING_WORD = re.compile(
    r"\b(?!updated\b|published\b|posted\b|modified\b)[a-z]{2,}ed\b|\b(?:is|are|was|were|has|"
    rf"have|had|will|would|says|opens|closes|starts|begins|ends|{IRREGULAR_PAST}|"
    rf"{SAME_FORM_PAST})\b"
    r"|[a-z]{3}[.!?][\"”’]?\s*$"  # (a sentence's end: "..., erasing Friday's gains.")
)


# A chat export's line: its stamp, then a sender and a colon before a message ("01/06/2038,
# 08:47 - Abdalla Shee: FOUND!!!", "[01/06/2038, 08:47:12] Abdalla Shee: ..."), or the
# app's own notice with no sender ("01/06/2038, 07:02 - Missed voice call")
_CHAT_LINE = re.compile(
    r"\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[APap]\.?[Mm]\.?)?"
    r"\]?[ \t]*(?:-[ \t]*)?(?:(?P<sender>[^:\n]{1,40}?):[ \t]+)?"
)
# what the app writes in place of a message: no happening
_CHAT_PLACEHOLDER = re.compile(
    r"(?i:<media[ \t]+omitted>|<attached:[^>\n]*>|this[ \t]+message[ \t]+was[ \t]+deleted|"
    r"you[ \t]+deleted[ \t]+this[ \t]+message|"
    r"missed[ \t]+(?:group[ \t]+)?(?:voice|video)[ \t]+call|(?:live[ \t]+)?location:[ \t]*\S+|"
    r"(?:image|video|audio|sticker|gif|document)[ \t]+omitted|null)"
    r"[ \t]*$"
)
_CHAT_PAST = re.compile(rf"(?<!who )(?<!that )\b(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b")
_THANKS = re.compile(r"(?i:thanks?|thank[ \t]+you|many[ \t]+thanks)\b")


def _chat_message(
    text: str, line: re.Match[str], expression: TimeExpression, dated: list[TimeExpression]
) -> tuple[int, int] | None:
    """Where `expression` is the stamp of the chat export line `line` (`_CHAT_LINE`): the
    sentence of its message that tells what happened then, with no date of its own among
    `dated` (all the text's, in order) and a verb in the past ("FOUND!!! Alhamdulillah.
    Fishermen from Kiunga found NEEMA drifting ..."); (0, 0) when there is none (a
    greeting, a plan, a question, the app's notices, "<Media omitted>"); None when
    `expression` is not the line's stamp."""
    if not line.start() <= expression.start < expression.end <= line.end() + 1:
        return None
    if line.group("sender") is None:  # the app's own line: "Abdalla Shee added you"
        return (0, 0)
    body_end = text.find("\n", line.end())
    body_end = len(text) if body_end < 0 else body_end
    if _CHAT_PLACEHOLDER.match(text, line.end(), body_end):
        return (0, 0)
    for lo, hi in sentences(text[line.end() : body_end]):
        start, end = line.end() + lo, line.end() + hi
        if (
            _CHAT_PAST.search(text, start, end)
            and not text[start:end].rstrip().endswith("?")
            and not _THANKS.match(text, start)
            and not dates_within(dated, (start, end))
        ):
            return (start, end)
    return (0, 0)


def extract_events(
    article: Article,
    expressions: list[TimeExpression] | None = None,
    *,
    tenses: TenseIndex | None = None,
) -> list[Event]:
    """The dated events of one article, in text order (duplicate sentences once);
    `tenses`, the article text's TenseIndex if the resolver's can be shared."""
    text = article.text
    if expressions is None:
        expressions = resolve_dates(text, article.published, join_clock_days=True,
                                    tenses=tenses)  # fmt: skip
    spans = _live_entries_whole(text, _whole_dates(sentences(text), expressions), expressions)
    spans = [unmarked for span in spans
             if (unmarked := _after_update_mark(text, span)) is not None]
    if inner := forwarded_body_start(text) or navigation_end(text):  # an e-mail thread:
        spans = [span for span in spans if span[0] >= inner]  # the forwarded statement's
        # (not the desk's notes); a page: under the site's name and menu
    known: list[Entity] = []  # every entity named so far, in order of first mention
    known_keys: set[tuple[str, EntityKind]] = set()
    index = SurnameIndex()
    events: list[Event] = []
    # (date value, sentence) -> the date texts and headlines its events have: a sentence
    # said twice makes its events once; two happenings of one month in one sentence
    # ("declared in April 2016 ... broke down a week later") make two
    seen: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    # section or masthead lines over the title ("NEWS", "Alpine Wire | Switzerland")
    spans = _title_line_whole(text, spans, article.title)
    labels = spans[: leading_labels([text[s:e] for s, e in spans[: MAX_LABEL_LINES + 1]])]
    first = spans[len(labels)] if len(spans) > len(labels) else None
    title_span = first if first and _is_title(text, first, article) else None
    # the title line, however many sentences it has
    title_end = (
        title_span[0] + len(article.title)
        if title_span and text.startswith(article.title, title_span[0])
        and _in_title_case(article.title)
        else 0
    )
    title_sentences = 0
    deck = _deck(text, spans[len(labels) :], title_span, article.author, expressions)
    # A headline (no lead sentence standing as the title, which ends with a full stop)
    # whose dates are all relative ("signals cut later this year") tells the lead's news:
    # its dates make no events, and it heads the publication day's main event.
    lead_as_title = article.title.rstrip(" \"'”’").endswith(".")
    in_title = list(takewhile(lambda e: e.start < title_span[1], expressions)) if title_span else []
    relative_title = (
        bool(in_title)
        and not lead_as_title
        and (not any(_ABSOLUTE.search(e.text) for e in in_title))
    )
    first_body: tuple[int, int] | None = None
    dateline_day: EventDate | None = None  # the day a dateline over the lead gives
    first_body_dated = False
    cursor = 0
    last_date: EventDate | None = None
    recent_date: EventDate | None = None
    undated_between = 0  # sentences without a date since `recent_date`'s
    after_counted = False  # the last date told was counted ("Two days later ...")
    clock_counts_only = False  # only hours and minutes count from it (a happening between)
    told_days: list[tuple[tuple[int, int], list[tuple[int, EventDate]]]] = []  # dated
    # sentences with their days and where they start
    previous_habit = False  # the sentence before told a habit ("every hour")
    pronoun: str | None = ""  # "She" when the article's people are mostly "she" (found on
    # the first headline that starts with a pronoun; "" until then)
    main_person: Entity | None = None  # the first person the first sentences name
    people_before: list[Entity] = []  # the entities the sentence before names
    earlier: list[tuple[str, list[Entity]]] = []  # the sentences before, nearest first
    lead_entities: list[Entity] = []  # what the first sentences name
    company: str | None = ""  # the article's company ("" until looked for)
    names: ArticleNames | None = None  # how the article uses its names (built when needed)
    days_told: Counter[str] | None = None  # how often the article tells each day (captions)
    sentence_text = ""  # (and their text)
    if tenses is not None and tenses.text is not text:
        tenses = None  # the text's tense cues (built when first needed)
    lines_over_lead = 0  # bylines and datelines before the lead
    heads = running_heads(text, expressions)  # lines repeated on each page
    dateline_text = text[slice(*article.dateline_span)] if article.dateline_span else ""  # (the
    # dateline the reader found, whatever day was chosen)
    for number, sentence in enumerate(spans):
        in_sentence = []
        while cursor < len(expressions) and expressions[cursor].start < sentence[1]:
            if expressions[cursor].start >= sentence[0]:
                in_sentence.append(expressions[cursor])
            cursor += 1
        previous_text, sentence_text = sentence_text, text[sentence[0] : sentence[1]]
        if number < len(labels):
            lines_over_lead += 1
            continue  # a section's name: no names, no events
        byline = _is_byline(sentence_text, article.author) or (
            first_body is None
            and bool(_NAME_LINE.fullmatch(sentence_text) or _WRITER_ROLE.fullmatch(sentence_text)
                     or COPYRIGHT_LINE.match(sentence_text))
        )  # ("Sean Gallagher" on a line of its own over the lead: its writer; "Scotland
        # correspondent @fmacrae_sky" under it; "(c) 2004, Bloomberg News")
        entities = (
            [] if sentence == title_span or sentence[1] <= title_end or byline
            or _in_capitals(sentence_text)
            else find_entities(sentence_text, index=index)
        )  # (a title-case title's capitalised runs are no names: "100 Days In, Mayor
        # Rosalind Achterberg Has Moved Fast. The Hard Part Starts Now."; nor is the
        # writer one of the article's people, nor a line in capitals: "FALKLANDS: TWO DIE
        # IN TRAWLER FIRE" names no "Trawler Fire" for "The fire broke out")
        if article.author:
            entities = [e for e in entities if e.name != article.author]
        for entity in entities:
            if (entity.name, entity.kind) not in known_keys:
                known_keys.add((entity.name, entity.kind))
                known.append(entity)
                index.add(entity)
        if sentence[1] <= title_end:
            title_sentences += 1  # (not counted among the lead's sentences)
        in_deck = deck[0] <= sentence[0] < deck[1]
        if byline or in_deck:
            lines_over_lead += 1
        in_lead = number - lines_over_lead  # (a byline and a dateline are none of the lead)
        lead_reach = LEAD_SENTENCES + max(title_sentences, title_span is not None)
        if number - len(labels) < lead_reach or in_deck or in_lead < lead_reach - 1:
            lead_entities += entities  # (the first lines' names, the deck's, and the first
            # sentence's below them)
        if main_person is None and in_lead < MAIN_PERSON_SENTENCES + max(title_sentences - 1, 0):
            main_person = _person_in(entities, text)
        named_before, people_before = people_before, entities
        if number > len(labels):
            earlier = [(previous_text, named_before), *earlier[: LOOKBACK_SENTENCES - 1]]
        if in_deck:
            continue  # the deck under the title, told again below: its names, no events
        if (
            _in_note(text, sentence[0]) or _CREDIT.match(text, sentence[0], sentence[1])
            or _SHARED_LINE.match(sentence_text)  # ("Shared from the Kuwait Observer app
            # on 14 Mar 2052": the reader's sharing)
            or COPYRIGHT_LINE.match(sentence_text)  # ("Copyright © 1999-2047 The Taipei
            # Times. All rights reserved." at the page's foot)
            or PAGE_HEADER.fullmatch(sentence_text.strip())  # (a print page's head: "6
            # THE DEMERARA TRIBUNE          Thursday, September 9, 2055")
            or _in_links(text, sentence[0]) or _page_widget_line(text, sentence[0])
            or _table_row(text, sentence, in_sentence)  # ("+6hr   8 pm January 20   2
            # 11.2S   103.7E   60": a forecast track's row)
            or _hours_row(text, sentence)  # ("Sunday      9 h 00 - 12 h 00")
            or _issue_line(text, sentence, in_sentence)  # ("From our issue of Friday,
            # April 26, 2002": an old-files column's stamp)
            or _in_comment(text, sentence[0]) or _in_summary_box(text, sentence[0])
            or text.rfind("\n", 0, sentence[0]) + 1 in heads
            or ((first_body is not None or not _STAMP_FIELD.match(text, sentence[0]))
                and _field_line(text, sentence, in_sentence, expressions))  # (over the
            # lead, a field
            # other than a stamp's, "Added to AfriDesk: 21 Jun 2062", is the page's record)
            or (_picture_description(text, sentence, in_sentence) and (
                tenses := tenses or TenseIndex(text)
            ).tense(in_sentence[0].start, in_sentence[0].end) is not Tense.PAST)
            # ("Hearing dates: 7 Nov 2072 - 8 Nov 2072" in the body; over the lead, a
            # dateline's field gives the lead its day: "Sent: Thu, 1 Jan 2054 05:45")
            or (_credited_line(text, sentence[0]) and _days_told_elsewhere(
                in_sentence, days_told := days_told if days_told is not None else Counter(
                    _day_of(e) for e in expressions if not _credited_line(text, e.start))))
        ):  # (a caption whose day the story tells too restates it; "... attend a welcome
            # ceremony at the Great Hall of the People in Beijing on Nov. 9. (AP Photo/Andy
            # Wong)" over a story that tells only "his trip to Beijing last week" stays)
            continue  # "Correction: An earlier version ... It was 1974, not 1976.": a note
        if first_body is not None and _is_subhead(text, sentence):
            continue  # "Court hearing this afternoon", a subhead in the body: no event
        dates = []
        # a date of this sentence or of the one before, or before undated backstory ("The
        # tub had been bought by a customer who later fell ill"): "two days later" counts
        # from it, not from one further back (nor across "The jury left.")
        if last_date is not None:
            recent_date, undated_between, clock_counts_only = last_date, 0, False
        elif not _BACKSTORY.search(previous_text) and not (
            _COMMENT.fullmatch(previous_text) or previous_habit
            or _NOT_DONE.fullmatch(previous_text)
        ):  # ("It was not enough.", "Crew wiped the handrails every hour.", "The driver did
            # not stop.": no happening of a day, so "Two days later" still counts past them)
            if undated_between == 0 and recent_date is not None:
                # one sentence more: a state ("Among them was the engineer."), or for
                # "three hours later" only, a happening ("The jury left." took days we
                # do not know)
                undated_between += 1
                clock_counts_only = not _STATE_LINE.match(previous_text)
            else:
                recent_date = None
        else:
            undated_between += 1
        last_date = None
        previous_habit = any(e.type is TimexType.SET for e in in_sentence)
        # the last date was counted here ("the following year"), or was the sentence just
        # before's last ("Two days later he went to the commission. The next day, ...")
        after_counted = after_counted and undated_between == 0 and recent_date is not None
        offset_end = -1  # where "two days before Waitangi Day" ends: its day is in it
        for position, expression in enumerate(in_sentence):  # counts from it, not from
            # the resolver's reference
            if expression.start < offset_end:
                continue
            resolved = expression
            if (last_date or recent_date) and (steps := as_counted_duration(expression)):
                expression = steps  # "Turay was arrested five weeks later", after the raid
                # "three days after that": from the raid, not from the resolver's last date
            if expression.type is TimexType.DURATION and position + 1 < len(in_sentence) and (
                offset := offset_from(text, expression, in_sentence[position + 1])
            ):
                expression, offset_end = offset, offset.end
            elif expression.type is TimexType.DURATION and position and _APPOSED.fullmatch(
                text, in_sentence[position - 1].end, expression.start
            ) and in_sentence[position - 1].type is not TimexType.DURATION and (
                later := _COUNTED_LATER.match(text, expression.end)
            ):
                restated = in_sentence[position - 1]  # "until March 26, 20 days later":
                expression = restated.model_copy(update={  # the date told again, no day
                    "text": text[expression.start : later.end()],
                    "start": expression.start, "end": later.end()})
            elif expression.type is TimexType.DURATION and position == 0 and (
                from_happening := counted_from_happening(text, expression, told_days)
                or counted_from_it(text, expression, told_days)
            ):  # "He was arrested nine days after the fire" (the sentence's first date; not
                expression = from_happening  # "On March 16, four days after the explosion")
            elif expression.type is TimexType.DURATION:
                base = last_date or (  # (further back only when it is the sentence's one date)
                    recent_date
                    if (undated_between == 0 or sum(
                        not _TOLD_FROM_BEFORE.match(e.text) for e in in_sentence) == 1)
                    and (not clock_counts_only or expression.value.startswith("PT"))
                    else None
                )
                counted = counted_from(text, expression, base)
                expression, after_counted = counted or expression, counted is not None
            elif after_counted and (counted_day := last_date or recent_date) is not None:
                expression = following_from(text, expression, counted_day) or expression
                after_counted = False
            if expression.type is TimexType.DURATION and resolved.type is TimexType.DATE:
                expression = resolved  # (not counted from a step: the resolver's date)
            if expression.type in (TimexType.DATE, TimexType.TIME):
                expression = midnight_start(text, expression) or expression
                date = event_date(expression)
                dates.append((expression, date))
                if date is not None and not (last_date and _LOOKS_BACK.search(expression.text)):
                    last_date = date  # (not "the previous day" after the sentence's day)
        dated = [e for e, date in dates if date is not None]
        if days := [(e.start, date) for e, date in dates if date is not None
                    and date.granularity is EventGranularity.DAY
                    and date.start <= article.published]:  # fmt: skip (a happening past)
            told_days.append((sentence, days))  # (what "after the fire" counts from)
        if (sentence == title_span and relative_title) or (
            dated and is_dateline(text, sentence, dated)
        ) or (
            sentence[0] < HEAD_STAMP_REACH and sentence != title_span and dated
            and _is_head_stamp(text, sentence, dated, article.published,
                               read_from=dateline_text)
        ):
            if first_body is None and sentence != title_span and dateline_day is None:
                dateline_day = next((date for _, date in dates if date is not None
                                     and date.granularity is EventGranularity.DAY), None)
            if first_body is None:
                lines_over_lead += 1
            continue  # ("WARSAW, February 26 (Xinhua) --": the copy's day, its lead's news)
        if (
            first_body is None
            and (sentence != title_span or lead_as_title)
            and not byline
            and not _credited_line(text, sentence[0])  # (a caption over the lead: "...
            # this morning. Picture: Mannin Post / Joe Callister")
            and (sentence == title_span or not (_furniture_line(sentence_text)
                                                or AGE_BANNER.match(sentence_text)))
        ):  # (no line of the page's furniture: "This article is more than 5 years old",
            # "▶ Play   ⤓ Download   + Follow", "Home » News » Environment")
            first_body, first_body_dated = sentence, bool(in_sentence)
        # Once per sentence, for the `seen` keys and (stripped) for every event's id.
        normalised = _non_word_spaced(sentence_text.lower()) if dated else ""
        stripped = normalised.strip()
        if not dated:
            continue
        chosen = sentence_dates(text, sentence, dates, article.published)
        lead_days = sum(1 for _, other in dates if other is not None
                        and other.granularity is EventGranularity.DAY
                        ) if sentence == first_body else 0  # fmt: skip (once a sentence)
        sentence_first_event = len(events)
        tallied = {e.text for e in dated if _TALLY_BY_BEFORE.search(
            text, max(sentence[0], e.start - 4), e.start)}  # fmt: skip ("By Monday evening,
        # 212,000 people had received a dose, the ministry said": a tally, the saying's news)
        since_dated: set[str] = set()  # ids of this sentence's events dated by "since X"
        since_states: set[str] = set()  # those of a state held since ("had been missing")
        absent_since: set[str] = set()  # those of what has not been done since ("has not
        # flown since Saturday afternoon"): a state, no event
        plan_dropped = False  # a plan of this sentence made no event (a month still to come)
        chat_line = _CHAT_LINE.match(text, sentence[0])  # (a chat export's line, its stamp
        stamps_line = chat_line is not None and text.rfind("\n", 0, sentence[0]) + 1 == (
            sentence[0])  # opening the sentence and the line)
        for expression, date, in_headline in chosen.events:
            chat = _chat_message(text, chat_line, expression, expressions) if (
                chat_line is not None and stamps_line) else None  # fmt: skip
            if chat == (0, 0):
                continue  # a chat's greeting, question, plan or notice: no happening then
            if found_before(_NOT_THE_DAY, text, sentence, expression, 20):
                continue  # "we start Thursday 20th, not Monday 17th": the day it is not
            if found_before(_RECURRING_BEFORE, text, sentence, expression, 30):
                continue  # "Naadam, held every year from July 11, ...": a habit's day
            if HOLIDAY_TEXT.fullmatch(expression.text) and _THE_ONLY.fullmatch(
                text, sentence[0], expression.start
            ) and HOLIDAY_NOUN_AFTER.match(text, expression.end) and any(
                other.start > expression.end and other.start_date is not None
                and other.start_date == other.end_date
                and text[max(0, other.start - 3) : other.start] == "on "
                and not _SAYING_VERB.search(text, expression.end, other.start) for other in dated
            ):  # "The Christmas boat parade in French Harbour is on Saturday, December 13":
                continue  # the name of what the day after dates
            if expression.type is TimexType.DATE and found_before(
                _PERIOD_END_BEFORE, text, sentence, expression, 30
            ):  # "reported a 38% drop in profit for the year to 30 September": the end of the
                continue  # period reported on, not the day of the report
            if expression.type is TimexType.DATE and found_before(
                _PAY_FOR_BEFORE, text, sentence, expression, 40
            ):  # "protesting non-payment of wages for March and April": the months the pay
                continue  # is owed for, no happening of theirs
            if expression.type is TimexType.TIME and any(
                other.type is TimexType.TIME and other.end <= expression.start
                and _SAME_MOMENT_BETWEEN.fullmatch(text, other.end, expression.start)
                and (_ZONED.search(other.text) or _ZONED.search(expression.text))
                for other in dated
            ):  # "finishing at 21:40 UTC, 1.40am local time on Friday", "at 3.20pm (1820
                continue  # GMT)": the moment told again in another zone, no second event
            if expression.type is TimexType.TIME and found_before(
                _WHERE_IT_WAS, text, sentence, expression, 30
            ):  # "was also watched in Portugal, where it was 9.17am": another place's clock
                continue  # for a moment told before, no happening of its own
            if expression.type is TimexType.TIME and found_before(
                _IT_WAS, text, sentence, expression, 24
            ) and (
                _MOMENT_TOLD_AFTER.match(text, expression.end)
            ):  # "At Rothera ..., it was still Monday evening, and ...", "It was 5am for
                continue  # them": the time somewhere else at a moment told, no happening
            if _POSSESSIVE_AFTER.match(text, expression.end) and found_before(
                _FOR_BEFORE, text, sentence, expression, 6
            ):  # "Tickets for Sunday's game sold out": the day of the thing the tickets
                continue  # are for, not of their selling
            if (
                _DATELINE_BEFORE.fullmatch(text, sentence[0], expression.start)
                and _DATELINE_AFTER.match(text, expression.end)
                and any(other.start > expression.end for other in dated)
            ):  # "LONDON, March 12, 2026 (Reuters) - ... agreed on Thursday": the copy's
                continue  # date, when the lead has its own
            if (
                expression.type is TimexType.TIME
                and date.start == article.published
                and any(
                    other.type is TimexType.DATE
                    and other.start_date is not None
                    and not other.start_date <= date.start <= (other.end_date or other.start_date)
                    and not (_PAPER_DAY_WORD.search(expression.text) and _PERIOD_END_BEFORE.search(
                        text, max(0, other.start - 30), other.start))
                    for other in dates_within(
                        dated, (expression.end, expression.end + CLOCK_DAY_REACH + 1)
                    )  # (the dates just after it)
                    if not _SPAN_END_GAP.fullmatch(text, expression.end, other.start)
                )
            ):  # "signed at 6.52pm on deadline day last September": the clock time's day
                continue  # is not the paper's; the month after it dates the event (not
                # "adjourned at 4.48 p.m. until next week": the end of what began then)
            if date.start > article.published and date.granularity is not EventGranularity.DAY:
                tenses = tenses or TenseIndex(text)
                if tenses.tense(expression.start, expression.end) is not Tense.PAST:
                    plan_dropped = True
                    continue  # "She will step down at the end of October", "NHS England will
                    # decide next month": a month or more still to come is a plan, no
                    # happening (a day to come is a schedule: "Gov. Marchbanks will tour
                    # Millbrook Friday"; a past verb keeps what it tells)
            if date.end >= article.published and date.granularity in _LONG_PERIODS:
                tenses = tenses or TenseIndex(text)
                if tenses.tense(expression.start, expression.end) is Tense.FUTURE:
                    plan_dropped = True
                    continue  # "Costs would be booked in the fourth quarter": the quarter
                    # under way, told in the future, is a plan too
            if (forecast := found_before(_FORECAST_BEFORE, text, sentence, expression, 160)) and (
                sentence != first_body or forecast.group("than") or forecast.group("prospect")
            ):
                continue  # "It expects the economy to grow by 0.9% this year": a forecast (a
                # lead's "said it expects to report a third-quarter loss" is the news; "fell
                # more quickly than it had forecast over the summer" is a yardstick anywhere)
            if (
                date.granularity in _PERIODS
                and not _GONE_BY.match(expression.text)
                and found_before(_OUTLOOK_FOR_BEFORE, text, sentence, expression, 120)
            ):  # "lowered its profit forecast for the fiscal year ending March 2027", "cut its
                continue  # full-year forecast ... fiscal 2026": the period forecast, no event
                # (not "raised its outlook last month": when it did)
            if (
                date.granularity is EventGranularity.DAY
                and (sentence != first_body or lead_days > 1)
                and found_before(PERIOD_BOUND, text, sentence, expression, 40)
            ):  # "reported net income of $262 million for its fiscal second quarter, the
                continue  # three months ended Jan. 31": a reporting period's last day
            if sentence != first_body and date.granularity in _TALLY_PERIODS and (
                found_before(_SO_FAR_BEFORE, text, sentence, expression, 12)
                or (_THIS_PERIOD_WORD.match(expression.text)
                    and _NTH_OF_PERIOD.match(text, sentence[0], expression.start))
                or found_before(_ONE_OF_COUNT_BEFORE, text, sentence, expression, 80)
            ):  # "Three people have died on the roads so far this year", "It is the third
                continue  # fire in the village this year", "Jaden was one of 14 people killed
                # on the roads in 2037": a tally of the period, no happening of it
            if found_before(_RECORD_DATE_BEFORE, text, sentence, expression, 60):
                # "payable on October 2 to shareholders on the register on September 4":
                continue  # a record date, a deadline for holders, no happening
            if found_before(_SINCE_ROUGHLY_BEFORE, text, sentence, expression, 30):
                continue  # "had been waiting since before noon": a state's rough start
            if text.startswith(")", expression.end) and (aside := found_before(
                _PARENTHESIS_OPEN_BEFORE, text, sentence, expression, 16
            )) and (aside.group(0) != "(" or expression.type is not TimexType.DATE
                    or date.granularity is not EventGranularity.DAY):
                # "its 4,500-teu Vestmar Aurora (built 2014) lost 96 containers": a thing's
                continue  # year in an aside, no date of the sentence's happening (but "On
                # the night of Tir 20 (January 29), a fire destroyed": the day in our calendar)
            if (
                date.granularity in _PERIODS
                and sentence != first_body  # (the lead's is its news: "2016 was the hottest
                # year on record, scientists said on Tuesday")
                and not text[sentence[0] : expression.start].strip(" \t\"“‘'")
                and VERB_NEXT.match(text, expression.end)
                and not _PASSIVE_BY_NEXT.match(text, expression.end)
            ):  # "The quarter had some bright spots", "2025 was a record year": the period
                continue  # itself is what the sentence tells of, no happening in it
            if date.start > article.published and found_before(
                CHANGE_FROM_BEFORE, text, sentence, expression, 70
            ):  # "approved a 6 percent rise in the price of water from January": when the
                continue  # rise starts, still to come; the approval is not then
            if date.end >= article.published and found_before(
                _STATE_TO_COME_BEFORE, text, sentence, expression, 80
            ):
                continue  # "Roland-Garros airport will stay shut on Thursday": a state to come
            if date.start > article.published and _CONDITION_OPENS.match(text, sentence[0]):
                continue  # "If the judgment comes on September 6, that would be September
                # 14": a day to come of a supposition, no happening
            if (date.start > article.published or (
                date.start == article.published and _LATER_TODAY.match(expression.text)
            )) and (  # ("should be reconnected tonight": still to come)
                would := found_before(_WOULD_BEFORE, text, sentence, expression, 100)
            ) and (
                _CONDITION_AFTER.match(text, expression.end, sentence[1])
                or (would.group(0).startswith(("would", "should"))
                    and not _IN_EFFECT.search(would.group(0)))
            ):
                continue  # "a second tanker would sail on Tuesday if the plant was not back
                # in service": what would be done on a condition; "said she would sign the
                # ordinance Friday", "the funds would be sent on Wednesday": a plan told,
                # still to come; no happening (not "would take effect at midnight", "would
                # appear in court on Wednesday": a schedule)
            if expression.type is TimexType.TIME and found_before(
                _REQUESTED_WINDOW_BEFORE, text, sentence, expression, 120
            ):  # "asked households to save electricity between 5 p.m. and 8 p.m.": the
                continue  # hours asked for, no happening of them (the asking is undated)
            if date.start > article.published and found_before(
                _REQUESTED_BY_BEFORE, text, sentence, expression, 100
            ):  # "asked the companies for a preliminary report by 23 May": the deadline of
                continue  # what was asked for, still to come (the asking is undated)
            if date.start > article.published and found_before(
                _WILL_BY_BEFORE, text, sentence, expression, 120
            ):  # "The new fares will be displayed in all buses and on its website by
                continue  # Saturday": a deadline to come, no happening
            if date.start > article.published and found_before(
                _DAY_FORECAST_BEFORE, text, sentence, expression, 80
            ):  # "IMGW forecasts more afternoon storms on Tuesday and Wednesday", "The Met
                continue  # Office forecast snow for Thursday": a forecast, no happening
            if found_before(
                _WITNESS_APPEAL_BEFORE, text, sentence, expression, 200
            ) or found_before(_LOG_REFERENCE_BEFORE, text, sentence, expression, 60):
                # "Police asked drivers who passed the junction on Tuesday morning to ...":
                continue  # the witnesses' time, not the appeal's; "quoting incident 44 of 1
                # June": a log's day
            if text.startswith(",", expression.end) and found_before(
                _TENURE_APPOSITIVE_BEFORE, text, sentence, expression, 80
            ):  # "Ogier, the parish's treasurer from 2019, made 212 transfers": when her
                continue  # post began, an aside, no happening of the sentence
            if found_before(_SCHEDULE_APPOSITIVE_BEFORE, text, sentence, expression, 50) and any(
                other.start > expression.end and other.value != expression.value
                for other in dated
            ):  # "that drawing, scheduled for Nov. 7, was held ... on Nov. 8": the plan
                continue
            if sentence == title_span and _RELATIVE_WORD.search(
                text, sentence[0], expression.start
            ):  # "Jury convicts Warren man of murdering wife who vanished in 2022": the
                continue  # title's news is the lead's, not the relative clause's date
            if sentence == title_span and date.granularity in _LONG_PERIODS:
                continue  # "Festive lager sales lift Sable Breweries' third quarter": a
                # quarter's or a year's result, which the lead tells with its own dates
            key = (date.value, stripped)  # (as the id: "Nov. 9\x1b" and "Nov. 9" are one)
            texts, headlines = seen.get(key) or (set(), set())
            if expression.text in texts:  # this date and sentence already made an event
                continue
            others = chosen.others(expression)
            headline = headline_for(text, sentence, expression, in_headline, others)
            if chat is not None:  # a chat message's happening, at its stamp
                headline = make_headline(text[chat[0] : chat[1]], [])
            elif chat_line and chat_line.group("sender") and (
                headline.startswith(chat_line.group("sender") + ": ")
            ):  # "Fatma Said: Happy Madaraka Day": the message, not its sender
                headline = headline[len(chat_line.group("sender")) + 2 :]
                headline = headline[:1].upper() + headline[1:]
            if headline.startswith("After ") and (after := _AFTER_NOUN_THAT.match(headline)):
                # "..., after blazes on Feb 11 and May 3 that destroyed 19 houses": the
                headline = f"{after['noun'][:1].upper()}{after['noun'][1:]} {after['rest']}"
            elif headline.startswith("After ") and _AFTER_CLAUSE_ONLY.fullmatch(headline):
                # "..., after a hurricane warning was issued at 6pm": the clause is the
                headline = headline[6:7].upper() + headline[7:]  # 6pm's happening
            born = _born_headline(text, sentence, expression)
            headline = born or headline  # (its pronoun is then the person told before)
            if not headline or _tells_no_happening(headline, date, sentence == first_body) or (
                _lone_common_word(headline, sentence_text)
                or _bounds_a_period(text, sentence, expression)
            ):
                continue
            if date.granularity is EventGranularity.DAY and _told_by_its_clock(
                text, expression, headline, date, dated
            ):  # "until the following Saturday, when she looked them up ... at about 8
                continue  # p.m.": the clock time's event tells the day's happening
            if (own := _SAID_OWN.match(headline)) and _SAID_OWN_BEFORE.search(
                text, sentence[0], expression.start
            ):  # "Hendrickson said he had spent about $60,000 ... a year ago": what he did
                headline = own.group(1) + headline[own.end() :]  # is the event, dated so
            if pronoun == "" and headline.startswith(("She ", "He ")):
                pronoun = _main_pronoun(text)
            if headline.startswith(("She ", "He ", "His ", "Her ")) and (named := named_subject(
                headline, headline if born else sentence_text, earlier,
                names := names or ArticleNames(text), index,
                (main_person, pronoun) if main_person is not None and pronoun else None,
            ) or _official_before(headline, earlier, text)):  # fmt: skip
                headline = named  # "Kopp ... when he was called": Kopp was called
            elif headline.startswith(("It ", "They ", "Its ")) and (
                thing := named_thing(headline, sentence_text, earlier[0] if earlier else None)
            ):  # "The company said on Monday that it would file": the company would
                headline = thing
                if thing.startswith(_THE_COMPANY) and sentence_text.startswith("It "):
                    # "It cut" after "The company reported": the company named before
                    if company == "":
                        company = company_of(lead_entities, text, article.title)
                    headline = _company_named(thing, previous_company(earlier, text), company)
            elif headline.startswith("It ") and opens_with_it(sentence_text) and (
                subject := previous_company(earlier, text)
            ):  # "Stellix has had a difficult year. The company reported ... It cut 7
                headline = subject + headline[2:]  # percent of its workforce"
            elif headline.startswith(_SHARES_IN_THE_COMPANY):  # "Shares in the company fell
                if company == "":  # 14%": the article's company's
                    company = company_of(lead_entities, text, article.title)
                if company:
                    headline = headline.replace("the company", company, 1)
            elif headline.startswith(_THE_COMPANY):
                if company == "":  # the article's company, from its first sentences
                    company = company_of(lead_entities, text, article.title)
                previous = (previous_company(earlier, text)
                            if sentence_text.startswith((*_THE_COMPANY, "It ")) else None)
                headline = _company_named(headline, previous, company)
            elif headline.startswith("The "):  # "The museum": the one museum named
                headline = (_self_named(headline, sentence_text)
                            or named_institution(headline, known, lead_entities, text)
                            or named_official(headline, text)
                            or named_by_age(headline, text, sentence[0]) or headline)  # fmt: skip
            elif (
                pronoun
                and main_person is not None
                and headline.startswith(pronoun + " ")
                and all(e.kind is not EntityKind.PERSON or e.name == main_person.name
                        or _same_surname(e.name, main_person.name) for e in named_before)
                # fmt: skip ("Born Marguerite Anne Delacroix ...": still Margo Delacroix)
                and not names_word_of(headline, main_person.name)
                and not names_word_of(sentence_text, main_person.name)
            ):  # "She founded Lumen Health": the article's person, no one else just named
                # (not "He has spoken with Elian [... since he arrived]": then "he" is
                # someone else)
                headline = main_person.name + headline[len(pronoun) :]
            if headline in headlines:
                continue
            if (
                _SAYING_BEFORE.search(text, sentence[0], expression.start)
                and _SAYING_AFTER.fullmatch(text, expression.end, sentence[1])
                and (plan_dropped or any(
                    (made.date.start > date.end or (
                        made.date.granularity is EventGranularity.DAY
                        and made.date.text not in tallied
                    ))
                    and (made.headline == headline or headline.startswith(made.headline + ","))
                    for made in events[sentence_first_event:]
                ))
            ):  # "European leaders will meet from 20 to 22 November ..., officials said on
                continue  # Wednesday", "A man was killed ... on Sunday afternoon, the rescue
                # service said on Monday": the happening is the event; the saying adds none
                # (but a period's figure, "a loss ... in the three months to December 31, it
                # said this morning", is the saying's news)
            if expression.type is TimexType.TIME and any(
                made.headline == headline and made.date.granularity is EventGranularity.DAY
                and made.date.start == date.start for made in events[sentence_first_event:]
            ):  # fmt: skip
                continue  # "a hearing on Feb. 24 ... waited until after midnight": the day's
            event_key = stripped if not texts else f"{stripped}|{headline}"
            seen[key] = (texts | {expression.text}, headlines | {headline})
            # Built from checked values (str, offsets >= 0, confidence in [0.05, 0.99]):
            # `trusted`, with its own list of entities as validation would give it.
            told_span = chat or sentence  # (a chat message's sentence, not its stamp's)
            source = {"article_id": article.id, "start": told_span[0], "end": told_span[1],
                      "date_text": expression.text}  # fmt: skip
            if found_before(SINCE_BEFORE, text, sentence, expression, 12):
                since_dated.add(_hashed_id(date.value, event_key))
                if _BEEN_BEFORE_SINCE.search(
                    text, max(sentence[0], expression.start - 80), expression.start
                ) and not _WHEN_CLAUSE_AFTER.match(text, expression.end):  # (not "had been stopped
                    # since last Thursday, when water began seeping in": a happening)
                    since_states.add(_hashed_id(date.value, event_key))
                if (_NEGATED_SINCE_BEFORE.search(
                    text, max(sentence[0], expression.start - 100), expression.start
                ) or _PERFECT_BEFORE_SINCE.search(
                    text, max(sentence[0], expression.start - 100), expression.start
                ) or _PERFECT_AFTER_SINCE.match(text, expression.end, sentence[1])
                ) and not _WHEN_CLAUSE_AFTER.match(text, expression.end):  # (not "has not
                    # run since Monday, when a storm wrecked the pier": the storm's day)
                    absent_since.add(_hashed_id(date.value, event_key))
            events.append(trusted(Event, {
                "id": _hashed_id(date.value, event_key),
                "date": date,
                "headline": headline,
                "sentence": text[told_span[0] : told_span[1]] if chat else sentence_text,
                "sources": [trusted(Source, source)],
                "entities": list(entities),
                "confidence": _confidence(date, expression, article),
            }))  # fmt: skip
        if absent_since:
            events[sentence_first_event:] = [e for e in events[sentence_first_event:]
                                             if e.id not in absent_since]  # fmt: skip
        made = events[sentence_first_event:]
        if len(made) > 1 and (twins := _coarser_twins(made)):
            events[sentence_first_event:] = made = [e for e in made if e.id not in twins]
        if since_dated and len(made) > 1:  # "On Thursday, the recall was widened to every
            # dip made since 26 January": a span's start dates no event when another date
            # of the sentence makes the same one
            told = Counter(event.headline for event in made)
            events[sentence_first_event:] = [
                event for event in made
                if event.id not in since_dated
                or (told[event.headline] == 1 and event.id not in since_states)
            ]  # fmt: skip (nor "A walker who had been missing since Tuesday evening was
            # found alive yesterday": a state's start, beside the happening)
        if len(made) == 1 and (
            meanwhile := _WHILE_CLAUSE.search(text, max(sentence[0], dated[-1].end), sentence[1])
        ):  # "Kiprono broke the course record on Sunday, ..., while Wales's Ffion Morgan
            # became the first British woman to win in eight years": her win, that day too
            headline = make_headline(meanwhile.group("clause"), [])
            if headline and headline != made[0].headline:
                events.append(made[0].model_copy(update={
                    "id": _hashed_id(made[0].date.value, f"{stripped}|{headline}"),
                    "headline": headline,
                }))  # fmt: skip
    main = _main_news_event(
        article, title_span, first_body, first_body_dated, known, index,
        title_dated=bool(in_title), relative_title=relative_title, day=dateline_day,
    )  # fmt: skip
    if main is not None:
        events.insert(0, main)
    if title_span is not None and first_body is not None and first_body[0] >= title_span[1] and any(
        first_body[0] <= source.start < first_body[1] for e in events for source in e.sources
    ):  # (a lead with an event of its own)
        lead = text[first_body[0] : first_body[1]].lower()
        events = [e for e in events if not any(
            title_span[0] <= source.start < title_span[1] and source.date_text
            and source.date_text.lower() in lead for source in e.sources)]  # fmt: skip
        # ("Ridgeway Cycles Reports First Quarter Fiscal 2033 Results" over "... today
        # reported financial results for the first quarter of fiscal 2033": the lead's)
    return events


TWIN_WORDS_SHARED = 0.6  # of the words of the two headlines together, in both
TWIN_EXTRA_WORDS = 2  # words of the coarser's headline the finer's (and its date) lacks
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A saying's verb that only the finer headline has: the saying's day, and what was said
# of a period ("said in April that it expected second-quarter output to fall")
_SAYING_WORDS = frozenset({"said", "says", "told", "announced", "reported", "warned"})


def _coarser_twins(made: list[Event]) -> set[str]:
    """Of one sentence's events, those dated by a period that holds another's date and
    telling what it tells (most of their headline's words are in its): one happening
    told at two precisions, whose finer date is its ("The worst came yesterday, Ash
    Wednesday itself this year, when a wind change arrived at about 4:00pm": the 4pm
    change, not also this year's and yesterday's); not a part of what the finer tells
    ("The death toll from the earthquake that struck Chile this week rose to 212 on
    Friday": the quake and the toll). Not when the coarser tells more than a word or two
    the finer does not ("was sworn in again with the rest of council Jan. 3 and voted on a
    temporary budget last week": the vote is last week's), nor a figure ("dropped to 4
    degrees early Saturday ... to 2 degrees overnight")."""
    dropped: set[str] = set()
    words_of = [set(_NON_WORD.split(event.headline.lower())) - {""} for event in made]
    told_of = [f"{event.headline} {event.sources[0].date_text or ''}" for event in made]
    dated_of = [set(_NON_WORD.split(told.lower())) for told in told_of]  # (with the date's)
    figures_of = [set(_NUMBER.findall(told)) for told in told_of]
    for coarse, words in zip(made, words_of, strict=True):
        figures = set(_NUMBER.findall(coarse.headline))
        for fine, fine_words, dated, told_figures in zip(
            made, words_of, dated_of, figures_of, strict=True
        ):
            if fine is coarse or fine.id in dropped or not _holds(coarse.date, fine.date):
                continue
            shared = len(words & fine_words)
            if words and shared >= TWIN_WORDS_SHARED * len(words | fine_words) and (
                len(words - dated) <= TWIN_EXTRA_WORDS
            ) and figures <= told_figures and not (_SAYING_WORDS & fine_words) - words and (
                not _verb_nearer(coarse, fine)
            ):
                dropped.add(coarse.id)
                break
    return dropped


TWIN_DATES_APART = 12  # characters between two date phrases of one time ("on Tuesday at 5pm")
_FINITE = re.compile(rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PAST}|will|was|were|is|are|has|have|had)")


def _verb_nearer(coarse: Event, fine: Event) -> bool:
    """Whether the coarser date phrase is the nearer to the headline's first verb in the
    sentence, and the two phrases stand apart: then the finer may date another part of
    the sentence, and neither is dropped ("The council voted in March to close the school
    on March 30": March is the vote's)."""
    sentence = fine.sentence
    verb = next((word for word in fine.headline.split()[1:] if _FINITE.fullmatch(word)), None)
    coarse_text, fine_text = coarse.sources[0].date_text, fine.sources[0].date_text
    if verb is None or not coarse_text or not fine_text:
        return False
    coarse_at, fine_at = sentence.find(coarse_text), sentence.find(fine_text)
    verb_at = sentence.find(f" {verb} ")
    if min(coarse_at, fine_at, verb_at) < 0:
        return False
    first, second = sorted(((coarse_at, len(coarse_text)), (fine_at, len(fine_text))))
    if second[0] - (first[0] + first[1]) <= TWIN_DATES_APART:
        return False
    return abs(coarse_at - verb_at) < abs(fine_at - verb_at)


def _holds(coarse: EventDate, fine: EventDate) -> bool:
    """Whether `coarse`'s period holds `fine`'s date and is wider, or is its whole day
    where `fine` is a time of it."""
    if not (coarse.start <= fine.start and fine.end <= coarse.end):
        return False
    return (coarse.start, coarse.end) != (fine.start, fine.end) or (
        "T" in fine.value and "T" not in coarse.value)


def _whole_dates(
    spans: list[tuple[int, int]], expressions: list[TimeExpression]
) -> list[tuple[int, int]]:
    """The sentences, joined where a date runs over a sentence end the splitter saw (a
    full stop before "Nov. 9" in an odd string): every date inside one sentence."""
    ends = [hi for _, hi in spans]
    inside: set[int] = set()  # sentence ends some date runs over
    for expression in expressions:
        index = bisect.bisect_right(ends, expression.start)
        while index < len(ends) and ends[index] < expression.end:
            inside.add(ends[index])
            index += 1
    if not inside:
        return spans
    joined: list[tuple[int, int]] = []
    for lo, hi in spans:
        if joined and joined[-1][1] in inside:
            joined[-1] = (joined[-1][0], hi)
        else:
            joined.append((lo, hi))
    return joined


FURNITURE_MAX_WORDS = 8


def _furniture_line(line: str) -> bool:
    """Whether a line is a short line of a page's furniture: a few words, no digit, no
    sentence's close ("▶ Play   ⤓ Download   + Follow", "Home » News » Environment")."""
    words = line.split()
    return len(words) <= FURNITURE_MAX_WORDS and "\n" not in line.strip() and not any(
        c.isdigit() for c in line) and (
        not words or not words[-1].endswith((".", "!", "?", '"', "”", "’")))


_THE_ONLY = re.compile(r"\W*(?:The|This[ \t]+year['’]s)[ \t]+")  # a sentence's opening article
# A live page's greeting or sign-off: "Good evening and welcome to our live coverage"
_GREETING = re.compile(r"[ \t]*(?:Good[ \t]+(?:morning|afternoon|evening)|Welcome|Hello)\b")


def _live_entries_whole(
    text: str, spans: list[tuple[int, int]], expressions: list[TimeExpression]
) -> list[tuple[int, int]]:
    """The sentences, each live entry's heading joined with the entry's first sentence
    when that tells no date of its own ("1:35 a.m." / "The Ozama River has burst its
    banks at La Barquita.": the happening at its heading's time)."""
    headings = [(h.start, h.end) for h in live_headings(text, expressions)]  # (in order)
    if not headings:
        return spans
    heading_starts = [start for start, _ in headings]
    starts = [e.start for e in expressions]
    joined: list[tuple[int, int]] = []
    skip = False
    for number, (lo, hi) in enumerate(spans):
        if skip:
            skip = False
            continue
        at = bisect.bisect_left(heading_starts, lo)
        heading = headings[at] if at < len(headings) and headings[at][1] <= hi and not (
            text[lo : headings[at][0]].strip() or text[headings[at][1] : hi].strip()
        ) else None  # (a sentence that is a heading alone)
        if heading is not None and number + 1 < len(spans):
            next_lo, next_hi = spans[number + 1]
            at = bisect.bisect_left(starts, next_lo)
            if (at == len(starts) or starts[at] >= next_hi) and (  # (no date of its own;
                text[next_lo:next_hi].rstrip().endswith((".", "!", "?"))  # a sentence, not
            ) and not _GREETING.match(text, next_lo):  # an entry's title, nor a greeting)
                joined.append((lo, next_hi))
                skip = True
                continue
        joined.append((lo, hi))
    return joined


def _title_line_whole(
    text: str, spans: list[tuple[int, int]], title: str
) -> list[tuple[int, int]]:
    """The sentences with the title line's as one, when its punctuation split it ("Jordan
    Pyke is world champion! 21-year-old from Barnsley beats Dirk van Hoven 7-5"), among
    the first lines (under section labels)."""
    if not title or ("!" not in title and "?" not in title) or title.endswith("."):
        return spans  # (a title cut from the lead paragraph stays its sentences)
    first = next((number for number, (start, end) in enumerate(spans[: MAX_LABEL_LINES + 1])
                  if end - start < len(title) and text.startswith(title, start)), None)  # fmt: skip
    if first is None:
        return spans
    start = spans[first][0]
    end = start + len(title)
    if text[end : end + 1] not in ("\n", "\r") or text[spans[first][1] - 1] not in "!?":
        return spans
    last = first
    while last + 1 < len(spans) and spans[last + 1][0] < end:
        last += 1
    if spans[last][1] != end:
        return spans
    return [*spans[:first], (start, end), *spans[last + 1 :]]


def _title_headline(title: str, lead: str) -> str:
    """The main event's headline: the title as written; a title cut from the lead
    paragraph (longer than a headline) shortened like one; the lead's when the title is
    too short to say anything (a file name, an id)."""
    words = len(title.split())
    if words < MIN_TITLE_WORDS:
        return make_headline(lead, [])
    return tidy(title) if words <= HEADLINE_MAX_WORDS else make_headline(title, [])


def _main_news_event(
    article: Article,
    title_span: tuple[int, int] | None,
    lead: tuple[int, int] | None,
    lead_dated: bool,
    known: list[Entity],
    index: SurnameIndex,
    *,
    title_dated: bool = False,
    relative_title: bool = False,
    day: EventDate | None = None,
) -> Event | None:
    """The title (and undated lead) as an event of the publication day (or of the `day`
    a dateline over the lead gives); `index` is that of the `known` names (the same as
    `SurnameIndex(known)`, built as they came)."""
    if title_dated and not relative_title:
        return None  # a title with a written date is an ordinary event sentence
    if lead_dated:
        return None  # the lead carries its own date: it is the main news, dated as written
    text = article.text
    span = lead if lead is not None and not lead_dated else title_span or lead
    if span is None or not article.title.strip():
        return None
    sentence_text = text[span[0] : span[1]]
    date = _publication_date(article)
    if day is not None and day.start <= date.start:
        date = day.model_copy(update={"text": None})  # (no written date of the lead's)
    title_words = set(re.findall(r"[A-Za-z][\w-]+", article.title.lower()))
    entities = [] if span == title_span else find_entities(sentence_text, index=index)
    # The title-word test first: it is cheap, and few pass it to the (pydantic) equality.
    entities += [e for e in known if set(e.name.lower().split()) & title_words
                 and e not in entities]  # fmt: skip
    source = {"article_id": article.id, "start": span[0], "end": span[1], "date_text": None}
    return trusted(Event, {  # checked values, as in extract_events
        "id": event_id(date.value, sentence_text),
        "date": date,
        "headline": _title_headline(article.title, sentence_text),
        "sentence": sentence_text,
        "sources": [trusted(Source, source)],
        "entities": entities,
        "confidence": _confidence(date, None, article),
    })  # fmt: skip
