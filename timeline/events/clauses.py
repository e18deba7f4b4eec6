"""The part of a sentence a date speaks about, as a headline: its clause, a relative
clause, one half of a coordination, one member of a list; with the subject, speaker or
noun it borrows from the rest of the sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise

from timeline.dates.lexicon import MONTH_RE, NUMBER_WORD, WEEKDAY_NAME_RE
from timeline.entities import OFFICE_WORDS, find_entities
from timeline.events.headline import (
    DATE_JOINER,
    IRREGULAR_PAST,
    PREPOSITION_LED,
    PRONOUNS,
    QUOTE_TAIL_THEN_SPEAKER,
    QUOTE_THEN_SPEAKER,
    SAME_FORM_PAST,
    SUBJECT_NOUN,
    SUBJECT_PARTICIPLE_HEAD,
    SUBJECT_VERB_START,
    VERB_NEXT,
    make_headline,
    said_clause_verb,
)
from timeline.events.pronouns import FEMININE_NOUNS, MASCULINE_NOUNS
from timeline.events.spans import dates_within, found_before
from timeline.models import EntityKind, Granularity, TimeExpression
from timeline.text import QUOTE_REACH, clauses, in_quotation, opens_in_quotation

MIN_CLAUSE_WORDS = 5
PARALLEL_REACH = 30  # a date this close before "and" makes what follows a parallel clause
_JOINT_LOOKAHEAD = 16  # characters of the next date a joint's look-ahead may read

# A past participle that opens a reduced relative clause: "The company, founded in 1990,
# went public"; not the set phrases "compared with", "based in", "adjusted for".
_PARTICIPLE = (
    r"(?:(?:first|last|originally|formerly|once|newly|recently|previously|later)\s+)?"  # last seen
    r"(?:(?!(?:compared|based|adjusted|excluded|estimated|related|expected|added|noted|"
    r"stated|reported|quoted|asked|indeed|need)\b)[a-z]{3,}ed|born|built|known|made|held|"
    r"taken|given|written|chosen|sold|bought|shot|seen|set\s+up|begun)"
)
_OPENING_QUOTE = re.compile(r"[“\"]|``")  # opened in the sentence itself
# The end of a quotation and its speaker: '," he said', '," said Lopes', "'' the minister
# added"
_CLOSED_BY_SPEAKER = re.compile(
    r"(?:\"|”|'')[ \t]*,?[ \t]*(?:[A-Za-z][\w.'’-]*[ \t]+){0,4}?"
    r"(?:said|says|added|told|insisted|warned|explained|recalled)\b"
)
_QUOTE_MARKS = ('"', "“", "”", "``", "''")
_QUOTE_MARK = re.compile("|".join(map(re.escape, _QUOTE_MARKS)))


def _open_quotes(text: str, start: int, end: int) -> bool:
    """Whether a quotation is open at `end`, counting the marks from `start`."""
    marks = [m.group(0) for m in _QUOTE_MARK.finditer(text, start, end)]
    straight = marks.count('"') % 2 == 1
    curly = marks.count("“") + marks.count("``") > marks.count("”") + marks.count("''")
    return straight or curly


def _in_quotation_across(
    text: str, sentence: tuple[int, int], expression: TimeExpression
) -> bool:
    """Whether `expression` is inside a quotation of several sentences of one paragraph
    that a speaker closes in a later or in its own sentence ('"On Monday we were dead.
    Everybody was ordering champagne," he said.'; '"He shot my son. I will be here on
    April 3," she said.')."""
    reach = max(0, sentence[0] - QUOTE_REACH)
    start = max(reach, text.rfind("\n", reach, sentence[0]) + 1)  # the paragraph's
    if not _open_quotes(text, start, expression.start):
        return False
    if _open_quotes(text, start, sentence[0]):  # opened before: closed in this sentence
        closing = _QUOTE_MARK.search(text, expression.end, sentence[1])
    elif _QUOTE_MARK.search(text, expression.end, sentence[1]) is not None:
        return False  # opened and closed in the sentence: QUOTE_THEN_SPEAKER's case
    else:  # opened in this sentence: closed in a later one of the paragraph
        line_end = text.find("\n", sentence[1], sentence[1] + QUOTE_REACH)
        closing = _QUOTE_MARK.search(
            text, sentence[1], line_end if line_end >= 0 else sentence[1] + QUOTE_REACH)
    return closing is not None and _CLOSED_BY_SPEAKER.match(text, closing.start()) is not None


# A quotation in single marks that its speaker opens: "the Deputy Bailiff said: 'From
# January 2023 you treated ...", and where one closes ("... trusted you.'")
_SINGLE_QUOTE_OPENS = re.compile(
    r"(?:[:,]|\b(?:said|says|added|told\s+\w+))[ \t]+['‘](?=[A-Z])"
)
_SINGLE_QUOTE_CLOSES = re.compile(r"[.!?,;]['’](?=[\s)]|$)")
# ... and one in double marks: 'her mother said: "We waited a long time. Today, for the
# first time, I feel somebody has listened."'
_DOUBLE_QUOTE_OPENS = re.compile(
    r"(?:[:,]|\b(?:said|says|added|told\s+\w+))[ \t]+[\"“](?=[A-Z])"
    r"|[\"”][ \t]+(?:said|says|added)\b[^\"“”\n]{0,80}?[.!?][ \t]+[\"“](?=[A-Z])"
)  # (or going on after its speaker's sentence: '"...," said Cedric Ferguson, 58. "..."')
_DOUBLE_QUOTE_CLOSES = re.compile(r"[\"”]")


def _in_single_quotation(
    text: str, sentence: tuple[int, int], expression: TimeExpression
) -> bool:
    """Whether `expression` is inside a quotation in single marks (British copy quotes
    so) or double ones opened by its speaker earlier in the paragraph and not yet
    closed."""
    reach = max(0, sentence[0] - QUOTE_REACH)
    start = max(reach, text.rfind("\n", reach, sentence[0]) + 1)  # the paragraph's
    for opens, closes in ((_SINGLE_QUOTE_OPENS, _SINGLE_QUOTE_CLOSES),
                          (_DOUBLE_QUOTE_OPENS, _DOUBLE_QUOTE_CLOSES)):  # fmt: skip
        if opens is _DOUBLE_QUOTE_OPENS and not _OPENING_QUOTE.search(
            text, start, expression.start
        ):
            break  # (no double mark in the paragraph before it)
        opened = list(opens.finditer(text, start, expression.start))
        if opened and not closes.search(text, opened[-1].end(), expression.start) and (
            opens is _SINGLE_QUOTE_OPENS or _closed_in_paragraph(text, expression.end)
        ):  # (a double quotation closes in its paragraph: not '"Tomorrow I'm going home,'
            return True  # he said. The storm broke on Sunday.')
    return False


def _closed_in_paragraph(text: str, start: int) -> bool:
    """Whether a double quotation mark closes after `start` in its paragraph (within
    QUOTE_REACH characters)."""
    end = text.find("\n", start, start + QUOTE_REACH)
    end = end if end >= 0 else start + QUOTE_REACH
    return _DOUBLE_QUOTE_CLOSES.search(text, start, end) is not None


_NOT_FIGURE_COMMA = re.compile(r",(?!\d)")  # not a figure's: "about 3,100 civilians"
_LIST_COMMA = r",(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:and|or)\s)"
_NOT_LIST_COMMA = r"(?!\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:and|or)\s)"
# a place's or a list of places' comma: "Fall River, Massachusetts,", "in Ohio, Texas, and Utah,"
_PLACE_COMMA = (
    r",(?=\s(?:(?:and|or)\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?(?:,|\s+(?:and|or)\s))"
)
_RELATIVE_CLAUSE = re.compile(
    rf",\s+(?:who\b|whose\b|which\b|(?P<participle>{_PARTICIPLE})\s)(?:[^,]|,(?=\d|\s\d{{4}}\b)|"
    rf"{_LIST_COMMA}|{_PLACE_COMMA})*,(?!\d|\s\d{{4}}\b){_NOT_LIST_COMMA}\s*"
)  # (a figure's comma, "about 3,100 civilians", a date's, "Aug. 1, 2026", a list's,
# "which makes smart speakers, cameras and home hubs", or a place's, "who lives in Fall
# River, Massachusetts,", ends none)
# "since October 2016, when X visited", "over the 2023-24 season, when the club went ...":
# what happened then (a noun may come between the date and the clause).
# A main clause that is itself dated: "The outbreak was first detected on [Dec. 22], when
# a boy was admitted": the detection is the event, not the "when" clause that tells it.
_DATED_BY_ITS_VERB = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:first\s+|initially\s+|originally\s+)?[a-z]{3,}ed|"
    r"(?:first\s+)?(?:came\s+to\s+light|emerged|surfaced))\s+(?:(?:on|in|at)\s+)?$"
)  # ("The thefts came to light in March, when she failed to produce the accounts")
# A main clause's verb before a date: "Rivas was stopped ... on Feb. 26 when ..."
_MAIN_VERB_BEFORE = re.compile(
    r"(?!(?:[Ss]ince|[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Aa]fter|[Bb]efore)\b)"
    r"[^,;:]*?\b(?:was|were|has\s+been|had\s+been)\s+[a-z]{3,}(?:ed|en|wn|ht|ck)\b"
)
# An act, then "at"/"on" its day or time: "The Associated Press called the race at"
_WHEN_CLAUSE = re.compile(
    r"(?:,\s+a\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=,\s+when\b))?"  # ", a Saturday,"
    r"(?:\s+(?!when\b)[a-z]+)?,?\s+(?:when\s+|the\s+(?:year|month|week|day)\s+"
    r"(?!(?:before|after|of)\b)(?:that\s+|when\s+)?)"
    r"((?:[^.;,]|(?<=\d)[.,](?=\d)|(?<=[A-Za-z])\.(?=\s[A-Z])|"
    r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.|[\"”])|"  # "the Rev. Dr. King", "Kitchen at Four A.M.\""
    r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3},(?=\s+[a-z]))+)"  # "a ranger, Alusine Conteh,"
)


_COORDINATION = (  # (not "days before her death", "a day after the vote": time phrases)
    r"\s+(?:and|then|and\s+then|but|(?<!\bday\s)(?<!days\s)(?<!\bhour\s)(?<!hours\s)"
    r"(?<!\bweek\s)(?<!weeks\s)(?<!\bmonth\s)(?<!months\s)(?<!\byear\s)(?<!years\s)"
    r"(?<!minutes\s)(?<!shortly\s)(?<!soon\s)(?<!just\s)(?<!long\s)"
    r"(?:before|after))\s+(?=[a-z])"
    # (not ", and not a release from the lake itself,": a contrast set beside a subject)
    r"(?!not\s+(?:a|an|the|its|their)\s)"
    # (not "the ninth and last round": an ordinal's noun, unless a time's, "and last week")
    r"(?!(?:last|final|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?!(?:week|month|year|night|weekend|quarter|season|spring|summer|fall|autumn|winter|"
    r"time)\b|[a-z]{3,}ed\b)[a-z])"  # (an adverb before a verb: "and first appeared")
)
# A list of past predicates, one after a comma: "beat Chelsea 2-1 on 25 April, drew at
# Tottenham the following week and went into the last day ..."
_VERB_LIST_JOINT = (
    rf",\s+(?=(?!(?:compared|followed|based|adjusted|excluding|including|led|joined|ended|"
    rf"announced|called|known|named)\b)(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\s)"
)
_VERB_LIST_JOINT_SCAN = re.compile(_VERB_LIST_JOINT)
# (a list only when the predicate before it is the sentence's own: not after "whose shares
# began trading in August", "Rusenko, speaking to reporters Friday morning" or "The levee,
# an earthen berm built in 1962")
_NOT_OWN_PREDICATE = re.compile(r"\b(?:who|whose|which|that)\b|,\s+(?:[a-z]+ing|an?|the)\b")
_COORDINATION_AT = re.compile(",?" + _COORDINATION)  # for a few characters around a point
# The same joints for scans over a whole clause: a white-space run is tried at its start
# only (the match found is the same, and the scan stays linear in the run's length).
_COORDINATION_SCAN = re.compile("(?:,|(?<!\\s))" + _COORDINATION)
# Words that make a clause finite, shared by the verb tests below.
_AUXILIARY_WORDS = "was|were|is|are|has|had|have|will|would"
_PAST_WORDS = IRREGULAR_PAST
# Past participles in "-en" and others no past tense shares ("was stolen", "was taken").
_EN_PARTICIPLES = (
    "taken|given|seen|thrown|known|shown|stolen|driven|written|beaten|chosen|hidden|frozen|"
    "broken|torn|sworn|drawn|flown|begun"
)
# A main clause whose past verb acts at its date: "The quake hit at 3:41 a.m. Wednesday,
# when most people were asleep": the quake hit (not "most people were asleep").
_NOT_AFTER_PREPOSITION = "".join(
    rf"(?<![\s-]{word} )" for word in ("since", "until", "till", "from", "during", "in", "by",
                                         "after", "before", "over", "through", "to", "for",
                                         "of", "and", "or")
)
_ACTED_AT = re.compile(
    rf"\b(?:[a-z]{{3,}}ed|{_PAST_WORDS}|hit)\b(?:[^,;.]{{0,40}}\s(?:at|on)\s+|"
    rf"\s+[^,;.\s][^,;.]{{0,40}}\s{_NOT_AFTER_PREPOSITION})$"
)  # (or with no preposition after an object: "won the West Final a week ago Sunday, when
# ...", not "The mood hardened last Thursday, when the first minister told MSPs")
_VERBISH = re.compile(
    rf"\b(?:(?<!-)[a-z]{{3,}}ed|{_AUXILIARY_WORDS}|{_PAST_WORDS}|says|arrived|visited|plans|"
    r"wants|expects|hopes|aims|intends|seeks|needs|set(?=\s+(?:off|out|sail)\b))\b"
)  # ("Hoekstra set off ... and crossed the line": set off, a verb)


_MOVEMENT_END = re.compile(r"\b(?:visited|arrived|went|came|travell?ed|returned)$")
_REPORTING_END = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|claimed|warned|predicted|insisted|argued|added|"
    r"reported|wrote|stated|confirmed|denied)\b(?:\s+\S+){0,8}\s*$"
)
_THAT = re.compile(r"that\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"(?P<who>(?:[A-Z][\w.'-]*\s+){1,4})(?P<verb>claimed|said|says|told\s+\w+|alleged|insisted|"
    r"denied|reported|announced|argued|added|believes|believed|warned)\b[^.;]*$"
)


# The speaker and verb just before a date: "Police said on Tuesday", ", officials said
# Wednesday", "the ministry announced on Monday".
_SPEAKER_BEFORE_DATE = re.compile(
    r"(?:^|[,;]\s*|[”\"]\s*|''\s*)(?P<who>(?:[Tt]he\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s+"
    r"(?P<verb>said|says|told\s+[\w.]+|announced|reported|added|warned|insisted|confirmed)"
    r"(?P<where>\s+(?:at|in|on|during)\s+(?:a|an|the|his|her|its|their)\s+[\w-]+"
    r"(?:\s+[\w-]+){0,3}?)?"  # "said at a news conference Wednesday", "in a statement"
    r"\s+(?:on\s+|late\s+|early\s+)?$"
)
# Speakers named by a common noun: lowercase inside a headline ("..., police said").
_COMMON_SPEAKERS = frozenset(
    "police officials authorities witnesses residents analysts investigators prosecutors "
    "officers experts sources diplomats doctors observers organisers organizers "
    "economists traders lawyers".split()
)
# Words that start a clause and may be lowercased after a speaker ("Officials said the ...").
_PLAIN_STARTS = frozenset(
    "the a an it its he she they we there this that these those his her their our some "
    "many most all no one two three another several both each".split()
)


def _speaker_inside(who: str) -> str:
    """`who` as it reads inside a sentence: "Police" -> "police", "The ministry" -> "the
    ministry"; names stay as written."""
    first, _, rest = who.partition(" ")
    if (first.lower() in _COMMON_SPEAKERS and not rest) or first in ("The", "A", "An"):
        return first.lower() + (" " + rest if rest else "")
    return who


def _fragment(headline: str, sentence_text: str) -> bool:
    """Whether `headline` starts with a word written lowercase in its sentence that is no
    plain clause start: a verb phrase cut from its subject ("Is being analyzed")."""
    first = headline.split(" ", 1)[0].lower()
    return (
        first[:1].isalpha()
        and first not in _PLAIN_STARTS
        and bool(re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", sentence_text))
    )


def _lower_unless_name(headline: str, sentence_text: str) -> str:
    """`headline` with its first word lowercase, unless the sentence writes that word with
    a capital after its start: a name ("heard that Ogier, the treasurer, made")."""
    first = headline.split(" ", 1)[0]
    for found in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", sentence_text):
        if first[:1].isupper() and sentence_text[: found.start()].strip(" \t\"“‘'("):
            return headline
    return headline[:1].lower() + headline[1:]


def _lower_first(headline: str, sentence_text: str) -> str:
    """`headline` to follow a speaker: its first word lowercase where the sentence writes
    it so ("Police said on Tuesday that the suspect ..."), names as written."""
    first = headline.split(" ", 1)[0]
    lowered = first[:1].lower() + first[1:]
    written = re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", sentence_text)
    if first == lowered or not (written or lowered in _PLAIN_STARTS):  # ("Another man")
        return headline
    return lowered + headline[len(first) :]


_JOINING_WORD = re.compile(r"^(?i:and|but|or|while|yet|so)\s+")


def _speaker_of_date(
    text: str, sentence: tuple[int, int], expression: TimeExpression
) -> tuple[str, bool] | None:
    """("Police said", True) when `expression` dates a statement that leads its sentence
    ("Police said on Tuesday that ..."), ("officials said", False) when it trails ("...,
    officials said Wednesday"); else None."""
    lo = max(sentence[0], expression.start - 80)
    before = text[lo : expression.start]  # a slice: `^` is the sentence start when lo is
    match = _SPEAKER_BEFORE_DATE.search(before)
    if match is None or (match.start() == 0 and lo > sentence[0]):
        return None
    who, verb = match.group("who"), " ".join(match.group("verb").split())
    leading = lo + match.start("who") == sentence[0]
    who = _JOINING_WORD.sub("", who)  # "..., and the company said Tuesday it would appeal"
    if not leading:
        who = _speaker_inside(who)
    if who.split(" ", 1)[0].lower() in PRONOUNS:
        return None  # "he said on Monday": the pronoun names no one
    return f"{who} {verb}", leading


def _part_index(parts: Sequence[tuple[int, int]], position: int) -> int:
    """The index of the part that holds `position` (else the last before it, or 0): by
    bisection, since a run-on sentence may have thousands of parts."""
    return max(0, bisect.bisect_right(parts, (position, float("inf"))) - 1)


def _clause_for(text: str, sentence: tuple[int, int], expression: TimeExpression,
                others: list[TimeExpression]) -> tuple[int, int]:  # fmt: skip
    """The span of the sentence that speaks about `expression` and no other date."""
    parts = clauses(text, *sentence)
    if not others:
        own = _own_half(text, sentence, expression)
        at = _part_index(parts, expression.start)
        part = parts[at] if parts and parts[at][0] <= expression.start < parts[at][1] else own
        return _relative_clause_cut(text, sentence, parts, part, expression, others) or own
    index = _part_index(parts, expression.start)
    lo, hi = parts[index]
    other_starts = [o.start for o in others]
    # Grow a short clause backwards over neighbours without another date (up to the
    # subject), then forwards into a complement ("claimed this week | that Xi had ...").
    first = last = index
    while first > 0 and len(text[lo:hi].split()) < MIN_CLAUSE_WORDS:
        prev_lo, _ = parts[first - 1]
        if any(prev_lo <= s < lo for s in other_starts):
            break
        first -= 1
        lo = prev_lo
    while (
        first > 0
        and _THAT.match(text, lo)
        and (_CLAIM_NOUN_BEFORE.search(text, max(sentence[0], lo - 40), lo)
             or _RELATIVE_THEN_MAIN.match(text, lo))
        and not any(parts[first - 1][0] <= s < lo for s in other_starts)
    ):  # "dismissed the rider's argument | that the drug had entered his body ..., in a
        first -= 1  # ruling sent on Wednesday": what was argued is no happening, the
        lo = parts[first][0]  # dismissal is
    while last + 1 < len(parts) and (
        len(text[lo:hi].split()) < MIN_CLAUSE_WORDS
        or (_REPORTING_END.search(text, lo, hi) and _THAT.match(text, parts[last + 1][0]))
        or (not _VERBISH.search(text, lo, hi)
            and not any(parts[last + 1][0] <= s < parts[last + 1][1] for s in other_starts))
    ):  # "Yellen said in September | that a move was likely": what was said is the news;
        # "Last month, days before her death, | the center announced": its verb's
        last += 1
        hi = parts[last][1]
    span = _split_coordination(text, (lo, hi), expression, other_starts, [o.end for o in others])
    return _relative_clause_cut(text, sentence, parts, span, expression, others) or span


# "... after two cuts in interest rates this autumn brought first-time buyers back": a
# clause of its own after "after" (a subject, then a past verb after its date)
_AFTER_SUBJECT = re.compile(
    r"[ \t]after[ \t]+(?=(?:the|a|an|two|three|four|five|several|its|their|his|her|[A-Z])\b"
    rf"|(?![a-z]+ing\b)[a-z]{{3,}}[ \t]+(?:[a-z]{{3,}}ed|{_PAST_WORDS})\b"
    r"|(?:\d[\d,]*|hundreds|thousands|dozens|millions)[ \t]+[a-z])"
)  # ("after parliament voted", "after floods swept": a bare noun and its verb; "after
# thousands of salmon died")
# A pronoun and its past verb after an "after" phrase: the main clause the phrase fronts
# ("and after a long argument about the cost it confirmed the order in December")
_FRONTED_AFTER = re.compile(
    rf"[a-z,][ \t]+(?:it|he|she|they|we|I)[ \t]+(?:[a-z]{{3,}}ed|{_PAST_WORDS})\b"
)
# A past verb of a clause, not an "-ed" adjective before its noun ("two scrubbed attempts",
# "an uncontained failure"): "a blade broke off", "the exchange closed on Friday"
_CLAUSE_PAST_VERB = re.compile(
    rf"\b(?:{_PAST_WORDS}|{SAME_FORM_PAST})\b|\b[a-z]{{3,}}ed\b"
    r"(?![ \t]+(?!(?:the|a|an|its|their|his|her|on|in|at|to|from|for|by|with|when|after|"
    r"before|last|this|next|and|or|but|off|up|down|out|over|into|early|late)\b)[a-z])"
)
# A main clause in the present perfect, which takes no past date of its own: "The operator
# has been fined £240,000 after thousands of salmon died ... last autumn"
_PERFECT_MAIN = re.compile(
    rf"\b(?:has|have)[ \t]+(?:(?:not|never|also|already|now|just|since)[ \t]+)?"
    rf"(?:been|[a-z]{{3,}}ed|{_PAST_WORDS}|{_EN_PARTICIPLES})\b"
)
_VERB_AFTER_DATE = re.compile(
    rf"(?:[ \t]+[a-z][\w'’-]*){{0,2}}?[ \t]+(?:[a-z]{{3,}}ed|{_PAST_WORDS})\b(?!-)"
)
AFTER_REACH = 80  # characters back from a date to its "after"


def _last_after_subject(text: str, start: int, end: int) -> int | None:
    """Where the subject of the last "after" clause between `start` and `end` begins,
    within AFTER_REACH characters before `end` ("... was called after [Makhele's
    coalition collapsed in"), if any."""
    found = list(_AFTER_CLAUSE_OPENS.finditer(text, max(start, end - AFTER_REACH), end))
    return found[-1].end() if found else None


# A counted while before "after": "a week after", "nearly three days after"
_COUNTED_WHILE_BEFORE = re.compile(
    rf"\b(?:an?|\d+|{NUMBER_WORD}|several|a[ \t]+few)[ \t]+(?:minutes?|hours?|days?|weeks?|"
    r"fortnights?|months?|years?)[ \t]$",
    re.IGNORECASE,
)
_AFTER_CLAUSE_OPENS = re.compile(r"[ \t]after[ \t]+(?=[A-Za-z])")
_PAST_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{_PAST_WORDS}|{SAME_FORM_PAST})\b")


# A passive "that" clause on an object, the date inside it: "... a mill that was built in"
_THAT_PASSIVE = re.compile(
    rf"\s(?:that|which)\s+(?P<be>was|were|had\s+been)\s+(?P<verb>(?:[a-z]{{3,}}ed|{_PAST_WORDS}"
    rf"|{_EN_PARTICIPLES}))\b(?P<rest>[^,;:]*?)"
    r"(?:\s+(?:on|in|at|by|during))?\s+$"
)
# The object a "that" clause hangs on: "a mill", "a pub in Co Leitrim"
_OBJECT_END = re.compile(
    r"(?:the|a|an|its|their|his|her)\s+[\w'’-]+(?:\s+[a-z][\w'’-]*)?"
    r"(?:\s+(?:in|of|at|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?$"
)


def _object_passive_clause(
    text: str, sentence: tuple[int, int], expression: TimeExpression
) -> str:
    """For a sentence's only date inside a passive "that" clause on the object of a main
    clause ("modelled its plan on a pub in Co Leitrim that was bought by its village in
    2031 and now employs six people"), that clause's headline with its noun ("A pub in Co
    Leitrim was bought by its village"); "" otherwise."""
    lo = max(sentence[0], expression.start - AFTER_REACH)
    found = _THAT_PASSIVE.search(text, lo, expression.start)
    if found is None or not _DATE_LEADS.fullmatch(text, found.end(), expression.start):
        return ""
    head = text[sentence[0] : found.start()]
    if not _VERBISH.search(head):
        return ""  # ("The mill that was built in 1890 closed": the subject's own clause)
    found_noun = _OBJECT_END.search(head.rstrip())
    if found_noun is None:
        return ""
    noun = found_noun.group(0)
    noun = noun[:1].upper() + noun[1:]
    return make_headline(f"{noun} {found['be']} {found['verb']}{found['rest']}", [])


# A contact clause, the date inside it: "apartment blocks it built between" (no "that")
_CONTACT_CLAUSE = re.compile(
    rf"\s(?P<subject>it|they|he|she|we)\s+(?P<verb>(?:had\s+)?(?:[a-z]{{3,}}ed|{_PAST_WORDS}"
    rf"|{_EN_PARTICIPLES}))\b(?P<rest>[^,;:\"“”]*?)"
    r"(?P<lead>\s+(?:on|in|at|by|during|between|from))?\s+$"
)
# The noun a contact clause hangs on: a determiner's phrase ("pictures of" before it too),
# or a bare one after a verb
_CONTACT_NOUN = re.compile(
    r"(?:\b(?P<determined>(?:[\w'’-]+\s+of\s+)?"
    r"(?i:the|a|an|its|their|his|her|our|some|all|many|several)"
    r"\s+[\w'’-]+(?:\s+[a-z][\w'’-]*){0,2})"
    rf"|\b(?:[a-z]{{3,}}ing|[a-z]{{3,}}ed|{_PAST_WORDS}|is|are|has|have)\s+"
    r"(?P<bare>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?))$"
)
_JOINER_IN_NOUN = re.compile(
    r"\b(?:after|before|when|because|as|since|until|while|if|that|and|but|so|than|where|once|"
    r"what|how|why|whether|though|although)\b"
)
# What may stand before a contact clause's noun: a verb, a preposition, "that"
_BEFORE_CONTACT_NOUN = re.compile(
    rf"(?:^|\b(?:[a-z]{{3,}}ing|[a-z]{{3,}}ed|{_PAST_WORDS}|is|are|was|were|has|have|had|"
    r"in|on|at|for|with|from|to|into|about|over|under|by|that))\s*$"
)
# A verb of a state, whose contact clause dates nothing ("a man he knew only as ...")
_STATE_VERB = re.compile(
    r"(?:had\s+)?(?:knew|known|thought|meant|understood|believed|wanted|needed|liked|loved|"
    r"hated|owned|feared|expected|called|described|named)"
)
# A date that needs no preposition: "last year", "three nights earlier"
_BARE_DATE = re.compile(r"(?i:last|this|yesterday|earlier|the\s+previous)\b|.*\b(?:earlier|ago)$")


def _dated_clause(
    pattern: re.Pattern[str], text: str, sentence: tuple[int, int], expression: TimeExpression
) -> re.Match[str] | None:
    """`pattern`'s clause (groups "verb", "rest", "lead") just before `expression`, when its
    verb acts (no verb of a state, no second verb after it) and the date follows it with a
    preposition or needs none ("last year"); None otherwise."""
    lo = max(sentence[0], expression.start - AFTER_REACH)
    found = pattern.search(text, lo, expression.start)
    if (
        found is None
        or _VERBISH.search(found["rest"])
        or _STATE_VERB.fullmatch(found["verb"])
        or not (found["lead"] or _BARE_DATE.match(expression.text))
    ):
        return None
    return found


def _object_contact_clause(
    text: str, sentence: tuple[int, int], expression: TimeExpression
) -> str:
    """For a sentence's only date inside a contact clause on a noun ("is repairing
    apartment blocks it built between 1995 and 2012", "The houses they sold in 2019 are
    empty"), that clause's headline ("It built apartment blocks"); "" otherwise."""
    found = _dated_clause(_CONTACT_CLAUSE, text, sentence, expression)
    if found is None:  # (not "at the same time it reported third-quarter net income")
        return ""
    head = text[sentence[0] : found.start()]
    noun_found = _CONTACT_NOUN.search(head)
    if noun_found is None:
        return ""
    group = "determined" if noun_found["determined"] else "bare"
    noun = noun_found[group]
    if not _BEFORE_CONTACT_NOUN.search(head, 0, noun_found.start(group)):
        return ""  # (not "that thirteen dollar a barrel level we saw")
    if _VERBISH.search(noun) or _JOINER_IN_NOUN.search(noun.lower()):
        return ""  # ("The company said it built", "failed after it ended")
    if noun_found["determined"]:  # "The houses they sold": "They sold the houses"
        noun = noun[:1].lower() + noun[1:]
    subject = found["subject"]
    return make_headline(f"{subject[:1].upper()}{subject[1:]} {found['verb']} {noun}"
                         f"{found['rest']}", [])  # fmt: skip


# An object's relative clause with a subject of its own, the date inside it: "recovered
# the silver goblet that Emperor Alexander I gave to Porvoo in 1809" (what follows the
# verb is a preposition's phrase, or nothing: the object is the noun before "that")
_RELATIVE_WITH_SUBJECT = re.compile(
    r"\s(?:that|which|whom)\s+(?P<subject>(?:the|its|their|his|her|our)\s+[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*)?|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)"
    rf"\s+(?P<verb>(?:had\s+)?(?:[a-z]{{3,}}ed|{_PAST_WORDS}))\b"
    r"(?P<rest>(?:\s+(?:to|for|from|with|into|at|on|in)\s+[^,;:\"“”]*?)?)"
    r"(?P<lead>\s+(?:on|in|at|by|during|between|from))?\s+$"
)
# Verbs whose object may stand before a "that" of what was said: "told the court that
# Mr Hale resigned in March" (a complement, not a relative clause)
_TELLING_BEFORE = re.compile(
    r"\b(?:told|tell|tells|telling|informed|assured|warned|reminded|convinced|persuaded|"
    r"notified|showed|taught|promised|asked)\s+$"
)
_DETERMINER_OPENS = re.compile(r"(?:the|a|an|its|their|his|her|our)\s", re.IGNORECASE)
_TIME_NOUN_END = re.compile(r"\b(?:day|days|week|weeks|month|months|year|years|time|night|"
                            r"morning|evening|moment|season|date|era|decade|century)$")
# Nouns whose "that" tells what they hold (what was argued: also `_CLAIM_NOUN_BEFORE`'s):
# "rejected the claim that the company cheated in 2016", "welcomed the news that the mayor
# resigned in March" (no relative clause)
_CLAIM_NOUNS = (
    r"argument|claim|contention|suggestion|allegation|assertion|theory|notion|idea|"
    r"defen[cs]e|view|belief|hope|fear|rumou?r|speculation|reports?"
)
_CONTENT_NOUN_END = re.compile(
    rf"\b(?:{_CLAIM_NOUNS}|claims|news|fact|allegations|fears|beliefs|hopes|rumou?rs|"
    r"evidence|signs?|warnings?|possibility|statement|assurances?|promise|impression|finding|"
    r"conclusion|charge|accusation)$"
)


def _object_relative_clause(
    text: str, sentence: tuple[int, int], expression: TimeExpression,
    others: list[TimeExpression],
) -> str:  # fmt: skip
    """For a date inside a relative clause with its own subject on a main clause's object
    ("Police on Tuesday recovered the silver goblet that Emperor Alexander I gave to Porvoo
    in 1809"), that clause's headline with its noun ("Emperor Alexander I gave the silver
    goblet to Porvoo"); "" otherwise."""
    found = _dated_clause(_RELATIVE_WITH_SUBJECT, text, sentence, expression)
    if (
        found is None
        or found["verb"] in _SAYING_VERBS
        or any(found.start() <= o.start < expression.start for o in others)
    ):
        return ""
    head = text[sentence[0] : found.start()]
    noun_found = _CONTACT_NOUN.search(head)
    group = "determined" if noun_found and noun_found["determined"] else "bare"
    if noun_found is None or not _DETERMINER_OPENS.match(noun := noun_found[group]):
        return ""  # (not "told reporters that he resigned": a bare noun after a verb)
    before = head[: noun_found.start(group)]
    if (
        not _BEFORE_CONTACT_NOUN.search(before)
        or _TELLING_BEFORE.search(before)
        or _VERBISH.search(noun)
        or _JOINER_IN_NOUN.search(noun.lower())
        or _TIME_NOUN_END.search(noun)
        or _CONTENT_NOUN_END.search(noun)
    ):  # (not "the year that Congress passed", "told the court that Mr Hale resigned", "the
        # claim that the company cheated")
        return ""
    noun = noun[:1].lower() + noun[1:]  # ("The law that Congress passed": "the law")
    subject = found["subject"]
    return make_headline(f"{subject[:1].upper()}{subject[1:]} {found['verb']} {noun}"
                         f"{found['rest']}", [])  # fmt: skip


def _after_clause(
    text: str, sentence: tuple[int, int], expression: TimeExpression,
    others: Sequence[TimeExpression] = (),
) -> tuple[int, int] | None:
    """For a sentence's only date, inside an "after" clause with a subject and a past verb
    of its own after the date ("reported a 24% jump in profits after two cuts in interest
    rates this autumn brought buyers back"), that clause; also for the last date, after a
    main clause that tells a state ("Vanuatu has its fifth prime minister in four years
    after parliament voted on Thursday to remove ...") or is dated before it (`others`,
    the sentence's other dates); else None."""
    lo = max(sentence[0], expression.start - AFTER_REACH)
    openers = list(_AFTER_SUBJECT.finditer(text, lo, expression.start))
    if not openers or "," in text[openers[-1].end() : expression.start]:
        return None
    opener = openers[-1]
    if (
        others and all(o.end <= opener.start() for o in others)
        and _COUNTED_WHILE_BEFORE.search(text, max(lo, opener.start() - 40), opener.start() + 1)
        and _PAST_VERB.search(text, opener.end(), expression.start)
    ):  # "Okafor filed the motion a fortnight ago, a week after the Ledger published the
        # contracts on 21 November": the main clause has its own date, a while after the
        # Ledger published them on the 21st (to the next comma: "..., the first day of")
        end = text.find(",", expression.end, sentence[1])
        return opener.end(), sentence[1] if end < 0 else end
    if others and all(o.end <= opener.start() for o in others) and (
        _CLAUSE_PAST_VERB.search(text, opener.end(), expression.start)
        and not _FRONTED_AFTER.search(text, opener.end(), expression.start)
    ) and not _STATE_MAIN.match(text, sentence[0], opener.start()):
        # "Police arrested the owner on Sunday after 40 passengers drowned on Thursday":
        end = text.find(",", expression.end, sentence[1])  # the main clause has its own
        return opener.end(), sentence[1] if end < 0 else end  # date, the clause its own
    if others and not _STATE_MAIN.match(text, sentence[0], opener.start()):
        return None  # (other dates: only after a state)
    if not _VERBISH.search(text, sentence[0], opener.start()):
        return None  # ("After two cuts this autumn, ...": no main clause before it)
    if _STATE_MAIN.match(text, sentence[0], opener.start()) and (
        _PAST_VERB.search(text, opener.end(), expression.start)
        or _VERB_AFTER_DATE.match(text, expression.end, sentence[1])
    ):  # "Vanuatu has its fifth prime minister in four years after parliament voted on
        return opener.end(), sentence[1]  # Thursday to remove ...": a state, and the
        # happening that made it
    if not others and _PERFECT_MAIN.search(text, sentence[0], opener.start()) and (
        _CLAUSE_PAST_VERB.search(text, opener.end(), expression.start)
    ):  # "has been fined ... after thousands of salmon died ... last autumn": the date is
        return opener.end(), sentence[1]  # the after clause's (no perfect takes one)
    if _VERBISH.search(text, opener.end(), expression.start):
        return None  # (its verb before the date: the date may be the main clause's too)
    if not _VERB_AFTER_DATE.match(text, expression.end, sentence[1]):
        return None
    return opener.end(), sentence[1]


# An "until" clause with its own subject and past verb: ", until a local businessman paid"
_UNTIL_CLAUSE = re.compile(
    r",[ \t]+until[ \t]+(?=(?:the|a|an|his|her|its|their|[A-Z][\w'’-]*)[ \t][^,;]{0,60}?"
    rf"\b(?:[a-z]{{3,}}ed|{_PAST_WORDS})\b)"
)
UNTIL_REACH = 120  # characters back from a date to its "until"
# A noun and a relative "that" or "which" with its past verb: "a three-year drought that
# ended"
_NOUN_THAT_VERB = re.compile(
    rf"(?:the|a|an)[ \t][^,;]{{1,60}}?(?P<that>[ \t](?:that|which))[ \t]+"
    rf"(?=(?:[a-z]{{3,}}ed|{_PAST_WORDS}|hit|cut|put|shut|hurt|burst|split)\b)"
)  # ("the drought that hit the island")
# A main clause that tells a state: "Vanuatu has its fifth prime minister", "The town is
# still without power", "Schools remain closed" (not "has opened": a happening)
_STATE_MAIN = re.compile(
    rf"(?:(?!\b(?:has|have|had|was|were|[a-z]{{3,}}ed|{_PAST_WORDS})\b)[^,;:\"“”]){{1,80}}?"
    r"[ \t](?:(?:is|are|remains?|stays?)[ \t]+(?!(?:being|to)\b)"
    r"|(?:has|have)[ \t]+(?:its|their|his|her|a|an|the|no|\d|one|two|three|more|fewer)\b)"
)  # (no verb before it: not "At least 11 people have died and 23 are missing after")


def _relative_clause_cut(
    text: str,
    sentence: tuple[int, int],
    parts: Sequence[tuple[int, int]],
    span: tuple[int, int],
    expression: TimeExpression,
    others: list[TimeExpression],
) -> tuple[int, int] | None:
    """A relative "that" clause ends at its date when the main verb follows it: "The
    death toll from the earthquake that struck Chile [this week] rose to 212 on Friday":
    "that struck Chile this week" for that date, the sentence without it for Friday."""
    lo, hi = span
    head = max((p_lo for p_lo, _ in parts if p_lo < lo), default=sentence[0])
    if (who := _RESTRICTIVE_WHO.search(text, lo, hi)) is not None and all(
        who.start() < other.start for other in [expression, *others] if lo <= other.start < hi
    ):  # "A 68-year-old Ohio man who vanished ... last week was found alive Tuesday
        head, lo = lo, who.start(1)  # morning": "who vanished ... last week" for last week
    elif (
        not _THAT_START.match(text, lo)
        or _SUBJECT_AFTER_THAT.match(text, lo)
        or not _NOUN_BEFORE_THAT.search(text, sentence[0], lo - 1)
    ):  # (not "a part of the world that most scientists in the 1960s assumed was ...")
        return None
    for other in sorted([expression, *others], key=lambda e: e.start):
        if lo < other.end < hi and _MAIN_VERB_NEXT.match(text, other.end) and not (
            _AUXILIARY_BEFORE.search(text, max(lo, other.start - 8), other.start)
        ):  # (not "The man who fired the shots was [today] found guilty": the main
            # clause's auxiliary before the date, its participle after)
            if expression.start < other.end:
                return lo, other.end
            return head, hi  # (with the relative clause, its date left out)
    first = min([expression, *others], key=lambda e: e.start)
    if lo < first.end < hi and (
        main := _PASSIVE_MAIN_VERB.search(text, first.end, hi)
    ) and not _CLAUSE_JOINT.search(text, first.end, main.start()):
        # "A wildfire that broke out on Sunday night in the hills above Okgye-myeon, south
        # of Gangneung, was declared contained at 5:20 a.m. today": the relative clause
        # runs on past its date, to the main clause's passive verb
        return (lo, main.start()) if expression.start < main.start() else (head, hi)
    return None


_PASSIVE_MAIN_VERB = re.compile(r",?\s+(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|en)\b")
_CLAUSE_JOINT = re.compile(r"\b(?:and|but|or|which|who|that|when|where|while)\b|[;:]")


# A restrictive "who" after its person, with no comma: "A 68-year-old Ohio man who" (not
# "asked who", "knew who")
_RESTRICTIVE_WHO = re.compile(
    r"\b(?!(?:said|says|asked|asks|ask|know|knew|knows|tell|told|wonder|wondered|decide|"
    r"decided|see|saw|of|about|and|or|but|to|on|in|at|for|with|by|from)\b)[a-z][\w-]*\s+(who)\s"
)


_SUBJECT_AFTER_THAT = re.compile(
    r"that\s+(?:the|a|an|his|her|its|their|this|these|those|most|many|some|he|she|it|they|"
    r"we|I|you|[A-Z])"
)
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|is|are|has|have|had)\s+$")
_MAIN_VERB_NEXT = re.compile(rf"\s+(?:[a-z]{{2,}}ed|{_AUXILIARY_WORDS}|{_PAST_WORDS})\b")


# Where a clause with a subject of its own follows a full one: "The boy was placed in
# Miami, | but the agency ruled Wednesday ...", "...; | police said Monday ...".
_HALVES_JOINT = re.compile(r"(?:,\s+(?:but|while|whereas|yet|and)|;)\s+(?=[A-Za-z])")
_SUBJECT_OPENS = re.compile(r"(?:the|a|an|his|her|its|their|this|these|those)\b|[A-Z][a-z]+")
# After ", and" only a short subject right before its verb: not a list ("Dar es Salaam,
# Tanzania, and Nairobi, Kenya, killed ..."; "surgeons, and a psychiatrist who worked").
_AND_SUBJECT_VERB = re.compile(
    r"(?:the|his|her|its|their)\s+(?:(?!(?:who|which|that)\b)[\w'’-]+,?\s+){0,3}?"
    rf"(?:{_AUXILIARY_WORDS}|{_PAST_WORDS}|[a-z]+ed)\b"
    r"|(?:[a-z]+\s+){0,2}(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|told|added|announced)\b"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[a-z][^,;]{0,59},)?\s+"
    rf"(?:{_AUXILIARY_WORDS}|{_PAST_WORDS}|[a-z]+ed)\b"
)  # (or a named speaker: "..., and general manager Rita Sandoval said ..."; or a name:
# "..., and Baptiste, already playing on a sore knee, was ruled out ...")


_DATE_LEADS = re.compile(r"(?:(?:on|in|at|by|during|early|late)[ \t]+)?")  # a date opening
_GAP = re.compile(r"[, \t]*")  # a clause, and what comes between it and its subject


def _own_half(text: str, sentence: tuple[int, int], expression: TimeExpression) -> tuple[int, int]:
    """The half of a sentence of two full clauses that holds its only date: "The boy was
    placed with relatives, but the agency ruled Wednesday that he must return" is news of
    the agency's ruling. The whole sentence when the date is in the first half, when the
    second half starts with a pronoun ("..., and it is scheduled for completion Dec. 10")
    or shares the first's subject ("..., but did not say when"), and when the date is
    outside the quotation the halves are in."""
    lo = sentence[0]
    verb_end = min(sentence[1], expression.end + 80)
    for joint in _HALVES_JOINT.finditer(text, sentence[0], expression.start):
        if joint.start() - sentence[0] < MIN_CLAUSE_WORDS * 3:
            continue  # "Yes, but ..."
        if joint.group(0).lstrip(",").lstrip().startswith("and"):
            subject = joint.end()
            if _DATE_LEADS.fullmatch(text, joint.end(), expression.start):
                gap = _GAP.match(text, expression.end)  # ("..., and on
                subject = gap.end() if gap else expression.end  # Tuesday Ms Petrović
                # went ahead": the subject after the date)
            if not _AND_SUBJECT_VERB.match(text, subject):
                continue
        elif not (_SUBJECT_OPENS.match(text, joint.end())
                  and _VERBISH.search(text, joint.end(), verb_end)):  # fmt: skip
            continue
        if any(mark in text[joint.end() : expression.start] for mark in _QUOTE_MARKS):
            continue  # '"... , and it is humiliating ...," said the letter, dated Feb. 4'
        lo = joint.end()
    return lo, sentence[1]


def _is_and(joint: re.Match[str]) -> bool:
    """Whether a coordination joint is a bare "and" (", and"), which a date may follow
    as the adverb of a new clause ("and last month asked"); "after" or "before" right
    before a date is the date's own preposition ("waited until after midnight")."""
    return joint.group(0).strip(" ,") == "and"


def _and_before_date(text: str, lo: int, point: int) -> bool:
    """Whether a bare "and" ends near `point`, read with the words after it (whose
    look-ahead tells "and last month" from "and last round")."""
    joint = _COORDINATION_AT.search(text, lo, point + _JOINT_LOOKAHEAD)
    return joint is not None and joint.end() <= point + 6 and _is_and(joint)


def _split_coordination(
    text: str,
    clause: tuple[int, int],
    expression: TimeExpression,
    other_starts: list[int],
    other_ends: Sequence[int] = (),
) -> tuple[int, int]:
    """Split "arrived in Seoul on Monday and flew to Tokyo on Wednesday" between dates."""
    lo, hi = clause
    before = [s for s in other_starts if lo <= s < expression.start]
    after = [s for s in other_starts if expression.end <= s < hi]
    own_predicate = not _NOT_OWN_PREDICATE.search(text, lo, expression.start)
    if before:
        joints = sorted(
            [*(joint for joint in _COORDINATION_SCAN.finditer(
                 text, max(before), expression.start + _JOINT_LOOKAHEAD)
               if joint.end() < expression.start
               or joint.end() == expression.start and _is_and(joint)),
             *(joint for joint in _VERB_LIST_JOINT_SCAN.finditer(
                 text, max(before), expression.start)
               if own_predicate and joint.start() in other_ends)],
            key=lambda joint: joint.start(),
        )  # fmt: skip
        if joints and (
            not joints[-1].group(0).strip(" ,").startswith("and")
            or joints[-1].start() - max(before) <= PARALLEL_REACH  # "in May and the Senate"
            or _VERBISH.search(text, joints[-1].end(), expression.start)
            or _PRESENT_VERB.search(text, joints[-1].end(), expression.start)
        ):  # not "this weekend, ... with food trucks and music from noon": nouns
            lo = joints[-1].end()
            if lo == expression.start and _is_and(joints[-1]):
                lo = text.rindex("and", joints[-1].start(), lo)  # "and last month asked
                # the court": the date opens no subject of its own, the "and" shows it
    if after:
        found = [joint.start() for pattern in (_COORDINATION_SCAN, _VERB_LIST_JOINT_SCAN)
                 if (joint := pattern.search(text, expression.end, min(after) + _JOINT_LOOKAHEAD))
                 and (joint.end() < min(after)
                      or joint.end() == min(after) and _is_and(joint))
                 and (pattern is _COORDINATION_SCAN or own_predicate
                      and joint.start() == expression.end)]  # fmt: skip
        # (searched past the next date's start, whose words the joint's look-ahead reads:
        # "indicted him on Dec. 27 and last month asked")
        if found:
            hi = min(found)
        elif _gapped_subject_joint(text, expression.end, min(after), other_starts, other_ends):
            hi = expression.end  # "Smith was arrested on Monday | and Jones on Tuesday"
    return lo, hi


def _gapped_subject_joint(
    text: str, end: int, start: int, other_starts: list[int], other_ends: Sequence[int]
) -> bool:
    """Whether the words between a date and the next date (at `start`, which ends its
    clause) are only "and" and a second subject: "on Monday and Jones on Tuesday."."""
    gap = _SUBJECT_GAP.fullmatch(text, end, start)
    if gap is None or _VERBISH.search(gap.group("subject")):
        return False
    next_end = next((e for s, e in zip(other_starts, other_ends, strict=False) if s == start), None)
    return next_end is not None and _CLAUSE_END_AFTER_DATE.match(text, next_end) is not None


# A comma-set phrase that is no subject: "at 1:47 a.m.", "After talks on Monday".
_PHRASE_OPENING = re.compile(
    r"(?i:at|in|on|during|after|before|from|by|with|for|since|until|despite|however)\b"
)
_AND_BEFORE = re.compile(r"\b(?:and|or|but)\b")
_OBJECT_START = re.compile(r"(?:the|a|an|two|three|four|five|several|many|\d)\b")
# A clause of its own after "after": a noun phrase, then its past verb and more ("a
# shortage pushed prices"; not "two scrubbed attempts", whose participle is its noun's)
_CLAUSE_OF_ITS_OWN = re.compile(
    rf"(?:the|a|an|two|three|four|five|several|many|\d[\d,.]*)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?"
    rf"\s+(?:[a-z]{{3,}}ed|{_PAST_WORDS})\s+[\w'’]"
)
_CATENATIVES = frozenset("plans wants expects hopes aims intends seeks needs".split())
_TO_AFTER = re.compile(r"\s+to\s")
_BARE_VERB_NEXT = re.compile(
    r"[\s,]*(?:(?:and|or|but)\s+)?(?!(?:the|a|an|he|she|it|they|we|his|her|its|their|this|that|"
    r"and|or|but|has|have|had|is|are|was|were|will|would|in|on|at|to|from|for|with|by)\b)"
    r"[a-z]+(?<!ed)(?<!ing)\b"
)
_SUBJECT_HEAD = re.compile(  # (or before a participle: "A Hellenic Navy tanker [carrying")
    r"(?:[\w'’-]+\s+){1,3}?(?=(?:for|of|in|at|from|on)\s)|"
    r"(?:[\w'’-]+\s+){2,4}?(?=(?!(?:during|morning|evening|ceiling|building|bring)\s)[a-z]{3,}ing\s)"
)
_GAPPED_VERB_NEXT = re.compile(r"[\s,]*(?:and\s+)?(?:by|to)\s+(?:just\s+|only\s+|about\s+)?[\d$£€]")
_TO_VERB_AFTER = re.compile(r"\s+to\s+([a-z]+)\b")
_PLACE_NEXT = re.compile(r"[\s,]*(?:(?:and|or|but)\s+)?(?:in|at|to|from)\s+[A-Z]")
# A subject right after "which": the clause's object is what "which" stands for.
_SUBJECT_NEXT = re.compile(r"(?:[A-Z][a-z]+|the|a|an|he|she|they|it|we|its|his|her|their)\s")
# The verb of such a clause, with its particle: "phased out", "bought", "signed".
_OBJECT_VERB = re.compile(
    rf"\b(?:[a-z]{{3,}}ed|{_PAST_WORDS}|signed|set|put|cut|hit)(?:\s+(?:out|up|off|down|back|over))?\b"
)
# A clause with a subject of its own: "and testimony opened two days later".
# A clause that opens with its own subject, one to four words before its verb: "Police
# arrested ...", "Additional data were presented", "General manager Rita Sandoval said"
# (not "Arrested three men who worked ...": a verb first).
_SUBJECT_THEN_VERB = re.compile(
    rf"(?!(?i:{_AUXILIARY_WORDS}|first|then|later|also|nearly|finally|once|again|soon|never|"
    r"only)\s)(?![A-Za-z]+ed\s)[A-Za-z][\w-]*"
    r"(?:\s+(?!(?:who|which|that|and|or|but)\b)[A-Za-z][\w'’-]*){0,3}?"
    rf"\s+(?:[a-z]{{3,}}ed|{_AUXILIARY_WORDS}|did|does|can|could|must|should|{_PAST_WORDS})\b"
)  # ("the company did not receive its licence": its own subject)
# A time phrase opening a conjunct before its own subject: "in its first seven days "
_OPENING_TIME_PHRASE = re.compile(
    r"(?i:in|on|at|during|within|over|for|after|before)\s+(?:its|their|the|his|her|a|an)\s+"
    r"(?:[a-z0-9-]+\s+){0,3}?(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|session|"
    r"period|season|half|quarter)\b,?\s+"
)
# An action's noun and what it is of, then the verb: "construction of the power station
# began" (a subject of its own, not a verb phrase sharing the first clause's)
_ACTION_NOUN_OF_THEN_VERB = re.compile(
    r"[A-Za-z][a-z]{2,}(?:tion|sion|ment|ance|ence|ure|ity|age|work|ing)\s+of\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?:[a-z]{{3,}}ed|{_PAST_WORDS})\b"
)
# A plural noun and its place, then the verb: "parishes in the Ciudad Vieja began serving"
_NOUN_OF_PLACE_THEN_VERB = re.compile(
    r"[A-Za-z][a-z]{2,}s\s+(?:in|of|at|from|near|across|around)\s+(?:the\s+)?[A-Z][\w'’-]*"
    rf"(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?:[a-z]{{3,}}ed|{_AUXILIARY_WORDS}|{_PAST_WORDS})\b"
)
# A share of a thing as the subject, then its verb: "part of the Congo Cross market burned
# down", "most of the old town was flooded"
_SHARE_OF_THEN_VERB = re.compile(
    r"(?:[Pp]arts?|[Mm]uch|[Mm]ost|[Hh]alf|[Ss]ome|[Aa]ll|[Nn]one|[Tt]he\s+rest)\s+of\s+"
    rf"(?:[\w'’-]+\s+){{1,6}}?(?:[a-z]{{3,}}ed|{_AUXILIARY_WORDS}|{_PAST_WORDS})\b"
)
_PARTICIPLE_PART = re.compile(rf"{_PARTICIPLE}\s")
_WITH_PHRASE = re.compile(r",[ \t]+with[ \t]")
_DETERMINER_BEFORE_WORD = re.compile(r"(?:^|\b)(?:[Aa]n?|[Tt]he)\s+$")
_ADVERB_END = re.compile(r"(?:\s+[a-z]+ly)+$")
# A finite verb after "and" (beyond _VERBISH's past forms): "and plays in Paris on Friday".
_PRESENT_VERB = re.compile(
    r"\b(?:is|are|has|have|will|can|may|must|should)\b|"
    r"\b[a-z]{3,}s\s+(?:the|a|an|his|her|its|their|to|in|on|at)\b"
)
_WHO_OPENS = re.compile(r",\s+(?:who|which)\s+")
# A clause after a quotation's speaker that tells its own happening: "..., said Lindqvist,
# who won the title in 2023", "said Gul Agha, a lorry driver who was freed on Monday
# morning", "he said, adding that the fire was brought under control at 4.40pm" (not
# "Councillor Sabine Marxer-Kieber, who is responsible for the environment, said
# yesterday": the saying's day, after the clause)
_CLAUSE_AFTER_SPEAKER = re.compile(r"\b(?:who|whose|which)\s+|,\s+adding(?:\s+that)?\s+")

_SAID_THAT = re.compile(
    r"\b(?:said|says|told\s+[\w.]+|announced|added|warned)\s+(?:[\w.]+\s+){0,3}?that\s+"
)
# A longer subject, led by a noun: "lawmakers on the House Energy and Commerce Committee
# have asked", "county engineers now say" (not "flew to Tokyo on Friday with ...": a verb
# first, whose past form leads no noun phrase).
# A subject, then a verb whose past is its present, before its particle: "volunteers from
# the rescue association set out by sea", "workers cut off the power"
_SUBJECT_THEN_PHRASAL_VERB = re.compile(
    r"(?!(?i:and|but|or|then|to|was|were|is|are|be|been|had|has|have|will|would)\b)"
    r"[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,7}?\s+"
    r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )(?<!been )(?<!had )(?<!has )(?<!have )"
    r"(?<!to )(?:set|put|cut|shut|hit|let|cast)\s+(?:out|off|up|down|back|aside|about|"
    r"in\s+motion)\b"
)
_COUNT = rf"(?:\d[\d,.]*|(?i:{NUMBER_WORD}|a\s+dozen))"  # a count in figures or words
_COUNTED_SUBJECT_THEN_VERB = re.compile(
    r"(?i:all|both|some|most|about|nearly|almost|only|at[ \t]+least|more[ \t]+than)?[ \t]*"
    rf"{_COUNT}[ \t]+(?:[a-z][\w'’-]*[ \t]+){{0,2}}?[a-z][\w'’-]*"
    rf"(?:[ \t]+and[ \t]+{_COUNT}[ \t]+(?:[a-z][\w'’-]*[ \t]+){{0,2}}?[a-z][\w'’-]*)?"
    r"(?:[ \t]+(?:from|of|at|with)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+)?"  # ("two technicians
    rf"[ \t]+(?:were|was|are|is|had|have|has|[a-z]{{3,}}ed|{_PAST_WORDS})\b"  # from the maker")
)
_LONG_SUBJECT_THEN_VERB = re.compile(
    rf"(?!(?i:{_AUXILIARY_WORDS}|{_PAST_WORDS})\s)(?![A-Za-z]+(?:ed|ing)\s)"
    r"(?:[Tt]he\s+|[Aa]n?\s+)?[A-Za-z][\w'’-]*(?<!ed)s?"
    r"(?:\s+(?!(?:who|which|that|or|but|to)\b|and\s+[a-z])[A-Za-z][\w'’-]*){1,7}?"
    rf"\s+(?:now\s+|also\s+|still\s+)?(?:{_AUXILIARY_WORDS}|say|says|said|expect|expects|"
    r"believe|believes|warn|warns)\b"
)
_AUXILIARIES = frozenset(_AUXILIARY_WORDS.split("|")) - {"will", "would"}  # before a participle
_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were"})
# (not a verb that takes no object, which has no passive: "was transferred on Feb. 3 and
# remained in serious condition" is no "was remained")
_PARTICIPLE_NEXT = re.compile(
    r"[\s,]*(?:and|or|but)?\s*(?!(?:remained|died|arrived|returned|stayed|appeared|happened|"
    r"occurred|existed|lived|waited|worked|traveled|travelled|resigned|retired|agreed|"
    r"disappeared|collapsed|emerged|survived|rallied|recovered|declined|jumped|climbed|"
    r"dropped|slipped|surged|plunged|soared|tumbled)\b)"
    # (an active verb before its object is no participle: "was elected to the academy in
    # 1995 and received the Revelle Medal"; "awarded the prize" may be either)
    r"(?:(?:awarded|granted|named|appointed|elected|offered|handed|promised|denied)\b|"
    rf"(?:[a-z]{{3,}}ed|{_EN_PARTICIPLES}|(?P<simple>bought|built|sold|found|"
    r"held|sent|made|shot|struck|caught|brought|told|paid|kept))\b"
    r"(?!\s+(?:(?:the(?!\s+(?:following|next|previous|same|day|week|month|year)\b)"
    r"|a|an|his|her|its|their)\b|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|"
    r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z]|\d"
    r"|(?!(?:by|in|on|at|to|for|with|from|into|as|after|before|during|over|under|until|and|"
    r"or|but|when|while|again|back|out|up|down|off|last|this|next|early|late)\b)"
    r"[a-z]+\s+[a-z]{3,}s\b)))"  # ("opened public hearings": an adjective, a plural object)
)


_FINITE_OPENING = re.compile(r"[A-Za-z][a-z]+[^s]s\b")  # "hopes" (not "halted")
_TRAILING_AUXILIARY = re.compile(
    r"\s+(?:will|would|could|should|can|may|might|must|has|have|had|is|are|was|were)$"
)
_PLURAL_NOUNS = frozenset("police people staff crew government team".split())


def _pronoun_stands_for(pronoun: str, subject: str) -> bool:
    """Whether a coordinated clause's "It"/"They" is the first clause's `subject`: a name or
    a noun phrase of the pronoun's number ("Corvane" for "it", "Police" for "they")."""
    words = subject.split()
    if not words or words[0].lower() in PRONOUNS or len(words) > 4:
        return False
    last = words[-1]
    if pronoun in ("He", "She") and words[0].lower() in ("the", "a", "an"):
        # "The boy has been practising ..., and on Wednesday he passed the test": the boy
        return last.lower() in _PERSON_NOUNS[pronoun] or last.lower() in _PERSON_NOUNS[""]
    plural = last.lower() in _PLURAL_NOUNS or (last.endswith("s") and not last[:1].isupper())
    return (pronoun == "It" and not plural) or (pronoun == "They" and plural)


_PERSON_NOUNS = {
    "He": MASCULINE_NOUNS,
    "She": FEMININE_NOUNS,
    "": frozenset(
        "teenager child pupil student driver officer victim suspect player captain coach "
        "farmer worker nurse doctor teacher pilot soldier defendant accused".split()),
}  # the nouns of a person that "he" or "she" may stand for (and "" those of either)


# The subject after a fronted participle's comma, up to its verb: "Asteras reached", "the
# stadium was renovated"
_SUBJECT_WORDS = (
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*)(?:[ \t]+[\w'’-]+){0,4}?"
)
_VERB_AFTER_SUBJECT = rf"[ \t]+(?:[a-z]{{3,}}ed|was|were|is|are|has|had|have|will|{_PAST_WORDS})\b"
_FRONT_SUBJECT = re.compile(rf"(?P<subject>{_SUBJECT_WORDS}){_VERB_AFTER_SUBJECT}")
_PLURAL_NOUN_END = re.compile(r"\b(?:[a-z]+s|they|we|people|police|men|women|children)$")
_FRONTED_OPENING = re.compile(rf"{_PARTICIPLE}[ \t]+(?:in|on|at|by|from|during|between)\b")
# A perfect participle opening the sentence, done by the main clause's subject: "Having
# topped both practice sessions the previous day, he took pole", "Having been released
# on Monday, the men flew home"
_HAVING_OPENING = re.compile(r"(?P<having>having)[ \t]+(?:(?P<been>been)[ \t]+)?[a-z]{3,}\b")
_DONE_BY = re.compile(rf"(?P<subject>he|she|they|we|it|{_SUBJECT_WORDS}){_VERB_AFTER_SUBJECT}")


def _fronted_participle(text: str, sentence: tuple[int, int]) -> tuple[int, str] | None:
    """Where a sentence's fronted participle phrase ends (its comma) and the main
    clause's subject, for "Founded in 1948, Asteras reached ...", "Built in 1962, the
    stadium was renovated ...", "Having topped both practice sessions the previous day,
    he took pole ..."; else None."""
    first = text[sentence[0] : sentence[0] + 1]
    comma = text.find(",", sentence[0], min(sentence[1], sentence[0] + FRONTED_REACH))
    if not first.isupper() or comma < 0:
        return None
    phrase = first.lower() + text[sentence[0] + 1 : comma]
    having = _HAVING_OPENING.match(phrase)
    if not (having or _FRONTED_OPENING.match(phrase)) or ";" in phrase:
        return None
    subject = (_DONE_BY if having else _FRONT_SUBJECT).match(
        text, comma + 2 if text.startswith(", ", comma) else comma + 1
    )
    if subject is None or subject.start() != comma + 2:
        return None
    return comma, subject.group("subject")


def _fronted_headline(subject: str, phrase: str) -> str:
    """The happening of a fronted participle phrase, told of the main clause's subject:
    "Asteras was founded in 1948", "He topped both practice sessions the previous day"."""
    be = "were" if _PLURAL_NOUN_END.search(subject) else "was"
    subject = f"{subject[:1].upper()}{subject[1:]}"
    if (having := _HAVING_OPENING.match(phrase.lower())) is None:
        return f"{subject} {be} {phrase[:1].lower()}{phrase[1:]}"
    if having.group("been"):
        return f"{subject} {be} {phrase[having.end('been') :].lstrip()}"
    return f"{subject} {phrase[having.end('having') :].lstrip()}"


FRONTED_REACH = 100  # characters from a sentence's start to a fronted participle's comma
# An opening subordinate clause before the main clause's subject: "When he failed to
# return, the court revoked ..." (not "As pressure built in this city, the home of ...",
# "Since then the committee has cut rates", "If ..., he added, they can expect").
_UNDATED_OPENING = re.compile(
    r"[\"“]?(?:When|After|Before|Once|Although|Though|Because|If|Unless|Until|While|"
    r"[A-Z][a-z]+(?:[ \t]+[a-z]+){0,4}[ \t]+(?:after|before))\s"  # ("Two and a half years
    # after Flowers was shot, the corporal who ...")
    r"[^,;]{3,120},\s+(?=(?:[Tt]he|[Aa]n?|[A-Z][a-z]+|he|she|they|it|we)\s+(?!said\b|says\b|"
    r"added\b|told\b)[a-z]+)"
)
_SUBORDINATE_OPENING = re.compile(
    r"(?:When|After|Before|As|Since|While|Once|Although|Though|Because|If|Until)\s[^,;]{3,120},\s+"
)


_TOLD_DAY = re.compile(rf"\s*(?:on\s+)?(?:{WEEKDAY_NAME_RE}|yesterday|today)\b,?", re.I)
_COUNTED_NOUN = re.compile(r"\d[\d,.]*\s+[a-z]")  # "38 whales" (not an age: "Xin Bao, 8,")
_RELATIVE_END = re.compile(r"\s+(?:that|who|which)$")
_SAYING_VERBS = frozenset("said says added told".split())
_SAYING_AFTER_CLAUSE = re.compile(rf"\b(?:{'|'.join(sorted(_SAYING_VERBS))})\b")
_HEARER = re.compile(  # "told the hearing the scheme ...", "told reporters 38 whales ..."
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?!(?:him|her|them|us|me)\b)[a-z]+"
    r"(?=\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|I|\d|[A-Z]))")


def _shared_subject(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> str:
    """For the second half of a coordination ("... and flew to Tokyo"), the subject of
    the sentence: its words before the first verb, if short."""
    if clause[0] <= sentence[0] or not (
        _COORDINATION_AT.search(text, max(sentence[0], clause[0] - 12), clause[0] + 6)
        or _and_before_date(text, max(sentence[0], clause[0] - 12), clause[0])
        or _VERB_LIST_JOINT_SCAN.match(text, max(sentence[0], clause[0] - 2))
    ):
        return ""
    start = sentence[0]
    if (opening := _SUBORDINATE_OPENING.match(text, start, clause[0])) is not None:
        start = opening.end()  # "When the pandemic arrived in March 2020, they shut ... and
        # sold takeout until June 2021": they (not "When the pandemic")
    for reported in _SAID_THAT.finditer(text, start, clause[0]):
        start = reported.end()  # "Koome said that the bench would hold ... and begin"
    # "..., said Lindqvist, who won the title in 2023 and reached ...": Lindqvist
    who = next(reversed(list(_WHO_OPENS.finditer(text, start, clause[0]))), None)
    if who is not None and "," not in text[who.end() : clause[0]]:
        head = _without_age(text[sentence[0] : who.start()].rstrip(" ,"))
        institution = _institution_ending(head) if who.group(0).rstrip().endswith(
            "which") else None  # fmt: skip
        subject = (institution.group(0) if institution else "") or _named_before(head) or (
            _phrase_before(head))
        return subject if 0 < len(subject.split()) <= 5 else ""
    verb = _VERBISH.search(text, start, clause[0])
    while verb is not None and _DETERMINER_BEFORE_WORD.search(
        text, max(start, verb.start() - 5), verb.start()
    ):  # "An estimated 11,000 spectators were ...": an adjective, not the verb
        verb = _VERBISH.search(text, verb.end(), clause[0])
    if verb is not None and (
        with_phrase := _WITH_PHRASE.search(text, verb.end(), clause[0])
    ) and not _VERBISH.search(text, with_phrase.end(), clause[0]):
        return ""  # "were at the Oval today, with the stand full by lunch and queues
        # outside the gates from 8 a.m.": a "with" phrase's nouns, no verb of the subject's
    while verb is not None and verb.group(0) in _SAYING_VERBS and (
        verb.group(0) != "told" or _HEARER.match(text, verb.end())
    ) and (later := _VERBISH.search(text, verb.end(), clause[0])):
        # "Officials said 38 whales were found ... and were euthanised": the whales
        start, verb = verb.end(), later
        if hearer := _HEARER.match(text, start, verb.start()):
            start = hearer.end()  # "told the hearing the scheme was costed ... but was
            # dropped": the scheme
        if told := _TOLD_DAY.match(text, start, verb.start()):
            start = told.end()  # ("said Thursday he has sent ...": he)
    if verb is None:  # "He upset X on Wednesday and beat Y on Friday": the pronoun
        first = text[start : start + 5].split(" ", 1)[0]
        opened = start == sentence[0] or (opening is not None and start == opening.end())
        return first if first.lower() in PRONOUNS and opened else ""
    # "After talks on Monday, the ministers met ...": the words after a leading phrase;
    # "The aide, 34, was arrested": not an appositive's
    parts = [part.strip() for part in _NOT_FIGURE_COMMA.split(text[start : verb.start()])]
    named = [part for part in parts if (part[:1].isalpha() or _COUNTED_NOUN.match(part))
             and not _PHRASE_OPENING.match(part)
             and not _PARTICIPLE_PART.match(part)]  # not ", known as PROTECT-K,"
    subject = named[-1] if named and len(named) <= 2 else ""
    subject = _ADVERB_END.sub("", subject)  # "Jury selection finally began": no "finally"
    subject = _RELATIVE_END.sub("", subject)  # "38 whales that were refloated ...": whales
    subject = _JOINING_WORD.sub("", subject)  # "But they beat Chelsea ..., drew": "they"
    if len(subject.split()) > 6 and (short := _SUBJECT_HEAD.match(subject)):
        subject = short.group(0).rstrip()  # "Irrigation allocations [for the region's 58,000 ...]"
    if not 0 < len(subject.split()) <= 6:
        return ""
    participle = _PARTICIPLE_NEXT.match(text, clause[0])
    if verb.group(0) in _AUXILIARIES and participle and (
        participle.group("simple") is None or verb.group(0) in _PASSIVE_AUXILIARIES
    ):  # "was arrested in July and charged ...": "was charged"; "was built in 1996 and
        subject += " " + verb.group(0)  # bought by ...": "was bought" (not "has not raced
        # since 2016 and spent last winter": "has spent")
    elif verb.group(0) in _CATENATIVES and (to := _TO_VERB_AFTER.match(text, verb.end())):
        if _PLACE_NEXT.match(text, clause[0]):
            # "plans to campaign in Fort Worth on Thursday and in Austin the following
            # day": "plans to campaign in Austin"
            subject += f" {verb.group(0)} to {to.group(1)}"
        elif _BARE_VERB_NEXT.match(text, clause[0]):
            subject += f" {verb.group(0)} to"  # "plans to fly ... and land them": "to land"
    elif verb.group(0) in ("will", "would") and _BARE_VERB_NEXT.match(text, clause[0]):
        subject += " " + verb.group(0)  # "would hold ... and begin hearings": "would begin"
    elif _GAPPED_VERB_NEXT.match(text, clause[0]) and _GAPPED_VERB_NEXT.match(text, verb.end()):
        subject += " " + verb.group(0)  # "expanded by 0.2% in the second quarter and by just
        # 0.1% in the three months to August": "expanded by just 0.1%"
    return subject


def _without_relative_clauses(
    text: str, sentence: tuple[int, int], keep: TimeExpression
) -> list[tuple[int, int]]:
    """Pieces of the sentence outside non-restrictive relative clauses (", who ...,")
    that do not hold `keep`: "Trump, who warned Xi ..., took to Twitter on Thursday"."""
    pieces = []
    lo = sentence[0]
    for match in _RELATIVE_CLAUSE.finditer(text, sentence[0], sentence[1]):
        if match.start() <= keep.start < match.end():
            continue
        if match.group("participle") and not _subject_appositive(text, sentence, match):
            continue
        pieces.append((lo, match.start()))
        lo = match.end()
    pieces.append((lo, sentence[1]))
    return pieces


_PARTICIPLE_OPENING = re.compile(rf",\s+{_PARTICIPLE}\s")
_SECOND_PARTICIPLE = re.compile(rf"{_PARTICIPLE}\s")  # after "and": "... and bought by"


def _subject_appositive(text: str, sentence: tuple[int, int], match: re.Match[str]) -> bool:
    """Whether a participle clause follows the sentence's first comma, after its subject
    ("The company, founded in 1990, went public"), not a later one ("The talks, held in
    May, failed": "failed" is the verb)."""
    return text.find(",", sentence[0], match.start()) < 0


# ", who", ", which", ", founded in 1990", and a participle after an appositive's noun:
# "The levee, an earthen berm built in 1962 to protect the east side, gave way".
_RELATIVE_START = re.compile(
    rf",\s+(?:(?P<described>(?:an?|the)\s+(?:[A-Za-z][\w'’-]*\s+){{1,3}}?)?(?:who|which)|"
    rf"(?P<apposition>(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){{1,3}}?)?"
    rf"(?P<participle>{_PARTICIPLE}))\s+"
)  # (", a Republican who took office in January,": Kehoe took office)
_INTRODUCTORY_CLAUSE = re.compile(
    r"(?:[\w'’-]+[ \t]+){0,6}?(?i:after|before|when|while|since|although|though|because|once|"
    r"until|if)\b"
)
_NAME_BEFORE_COMMA = re.compile(r"[A-Z][\w.'’-]*(?:,\s*\d{1,3})?$")  # "Kehoe", "Vance, 58"
# The subject an apposition may follow: a short noun phrase that starts the sentence.
_APPOSITION_HEAD = re.compile(
    r"(?!(?:According|After|Before|In|On|At|For|With|During|Since|Despite|Under|As|By|From|"
    r"Following|Unlike|Like|Amid|Until|Over|Within|Without|Among|Through)\b)"  # no phrase
    r"(?:The|A|An|Its|His|Her|Their|[A-Z][a-z]+)(?:\s+[\w'’-]+){0,4}"  # ("According to ...")
)
_ANTECEDENT_BREAK = re.compile(  # (not a figure's comma: "More than 21,400 runners")
    r"(?!,\d)[,;:()]|\s[—–-]{1,2}\s|\b(?:of|to|for|on|in|at|with|by|from|about|against|into|over|under|after|"
    r"before|during|through|between|among|within|without|behind|across|until|till|since|"
    r"than|like|via|off|onto|aboard|upon|amid|towards|toward)\s"
)
# A verb before the comma: what the participle follows is a clause, not a subject.
_HEAD_VERB = re.compile(
    rf"\b(?:{_AUXILIARY_WORDS}|{_PAST_WORDS}|says|rises|falls|grows|[a-z]{{3,}}ed|"
    r"(?:does|do|did|can|could|may|might|must|should|shall)(?:\s+not|n't)?\s+[a-z]+)\b"
)
_DETERMINED = re.compile(r"(?:the|a|an|that|this|these|those|its|his|her|their|our)\s")
# A sentence start that is no subject: "But under new terms of the agreement, announced".
_NOT_SUBJECT_START = re.compile(
    r"(?i:but|and|or|so|yet|while|as|under|in|on|at|after|before|during|for|from|with|by|"
    r"since|until|despite|however|meanwhile|also)\b"
)
_POSSESSED_SUBJECT = re.compile(r"(?:Her|His|Its|Their|Our|The|A|An)\s+[a-z]")
SUBJECT_MAX_WORDS = 8  # a longer subject before ", founded in 1990," is cut to its last noun
# A title before a person's name: "Chief Financial Officer Naomi Fujisaki".
# The last word of a capitalised role: "Chief Financial Officer", "Foreign Minister"
_ROLE_WORDS = (
    "Officer|Minister|President|Director|Secretary|Chairman|Chairwoman|Chair|Governor|Mayor|"
    "Commissioner|Executive|Manager|Spokesman|Spokeswoman|Spokesperson"
)
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:{_ROLE_WORDS}|Superintendent|Inspector)"
    r"\s+(?=[A-Z][\w.'’-]*\s+[A-Z])"
)
_NAME_RUN_END = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+(?:and\s+)?){0,4}[A-ZÀ-ÖØ-Þ][\w.'’-]*$"
)  # ("the ÖVP": not "VP")
_OF_BEFORE = re.compile(r"\s+of(?:\s+the)?\s+$")
# A body named "X of Y": "Bank of England", "Central Bank of Lesotho", "University of Malta"
_INSTITUTION_END = re.compile(
    r"(?<![\w.'’-])(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*[ \t]+of(?:[ \t]+the)?[ \t]+"
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*$"
)
INSTITUTION_REACH = 60  # characters back from a "which" to the name of the body it follows


def _institution_ending(head: str) -> re.Match[str] | None:
    """The name of a body "X of Y" that ends `head` ("The Bank of England"), which a
    "which" after it stands for (not "England")."""
    return _INSTITUTION_END.search(head, max(0, len(head) - INSTITUTION_REACH))


_ORIGIN_BEFORE = re.compile(r"\s+(?:from|in)\s+$")  # "the 29-year-old from [Falun]"
_ROLE_END = re.compile(rf"\b(?:{_ROLE_WORDS}|Editor|Founder)$")
ANTECEDENT_MAX_WORDS = 6
# A minister's title before the portfolio: "Minister for Sustainability and the "
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Spokes(?:man|woman|person))[ \t]+(?:of|for)[ \t]+"
    r"(?:[\w'’&-]+[ \t]+){0,6}$"
)
PORTFOLIO_REACH = 80  # characters back from a name to its minister's title


def _phrase_before(head: str, *, after_verb: bool = False) -> str:
    """The noun phrase that ends `head`: its words after the last punctuation mark or
    preposition, if there are at most ANTECEDENT_MAX_WORDS of them ("" otherwise)."""
    phrase = _ANTECEDENT_BREAK.split(head)[-1].strip().lstrip("—–_- ")  # ("(Reuters) - A")
    phrase = _SAID_BEFORE_OBJECT.split(phrase)[-1]  # "McNealy said the issues": "the issues"
    if after_verb:  # "More than 21,400 runners started the mass race, which": the race
        phrase = _VERB_THEN_OBJECT.split(phrase)[-1]
    phrase = _VERB_BEFORE_OBJECT.sub("", phrase)  # "to extend the loan": "the loan"
    return phrase if 0 < len(phrase.split()) <= ANTECEDENT_MAX_WORDS else ""


# ", federal investigators said [Wednesday] in a preliminary report." at a sentence's end
_TRAILING_SPEAKER_DATE = re.compile(
    r",\s+(?P<who>(?:[a-z]+\s+){0,2}(?:[a-z]{3,}s|officials|police|[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,3}))\s+(?P<verb>said|says|reported|announced)\s+(?:on\s+)?$"
)
_SENTENCE_END_AFTER = re.compile(
    r"(?:\s+(?:in|on|at)\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,2})?\s*[.!]?[\"”']?\s*$"
)
_VERB_THEN_OBJECT = re.compile(
    rf"\s(?:[a-z]{{3,}}ed|{IRREGULAR_PAST}|(?:can|could|will|would|may|might|must|should)"
    rf"\s+[a-z]+|(?:is|are|was|were|be|been)\s+[a-z]{{3,}}ing)"
    rf"\s+(?=(?:the|a|an|its|their|his|her)\s)"
)  # ("runners started the mass race, which", "ratepayers can call a free helpline, which",
# "investigators are studying the turbine, which")
_SAID_BEFORE_OBJECT = re.compile(r"\b(?:said|says|told|reported|announced|argued)\s+(?:that\s+)?")
_VERB_BEFORE_OBJECT = re.compile(
    r"^(?:[a-z]+\s+){1,2}(?=(?:the|a|an|its|their|his|her|this|that|these|those)\s)"
)
_DATE_ONLY = re.compile(rf"{MONTH_RE}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}", re.IGNORECASE)
_AGE_END = re.compile(r",\s*\d{1,3}$|\s*\(\d{1,3}\)$")  # "Vance, 58", "Nayak (29)"
# A hometown after an age: "Margaret Doyle, 66, from Bromsgrove, who ...": Margaret Doyle.
_HOMETOWN_END = re.compile(r",\s+(?:from|of)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def _without_age(head: str) -> str:
    """A name's trailing age, and a hometown after it, gone: "Margaret Doyle, 66, from
    Bromsgrove" -> "Margaret Doyle"."""
    if (hometown := _HOMETOWN_END.search(head)) and _AGE_END.search(head, 0, hometown.start()):
        head = head[: hometown.start()]
    return _AGE_END.sub("", head)


# A date phrase that ends a noun phrase, no thing a "which" can stand for: " on Nov. 12,
# 2011", " on 28 November", " on Tuesday", " in 2029"
_DATE_PHRASE_END = re.compile(
    r"\s+(?:on|in|at|since|during|by|from)\s+(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?"
    rf"\s+)?(?:\d{{1,2}}\s+)?{MONTH_RE}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$",
    re.IGNORECASE,
)
_PLACE_PHRASE_END = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
# An object relative clause without "that" inside the subject: "the pictures she made
# [that night] won an award".
_OBJECT_RELATIVE_BEFORE = re.compile(
    r"(?:^|(?<=[\s,;]))(?P<noun>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+(?P<who>he|she|they|we|I)\s+"
    rf"(?P<verb>(?!(?:was|were|had|has)\b)(?:{_PAST_WORDS}|[a-z]{{3,}}ed))\s+"
    r"(?:(?:on|in|at|during)\s+)?$"
)
# (with its agent: "A separate civil lawsuit filed by the Ferrante family in November 2024")
_AGENT = r"(?P<agent>\s+by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
_SUBJECT_PARTICIPLE_OPENS = re.compile(SUBJECT_NOUN + _AGENT + r"\s+(?:(?:in|on|at|during)\s+)?$")
_SUBJECT_PARTICIPLE_BEFORE = re.compile(
    SUBJECT_PARTICIPLE_HEAD + _AGENT + r"\s+(?:(?:in|on|at|during)\s+)?$"
)
_PLURAL_VERB_NEXT = re.compile(r"(?:were|are|have)\b")
# A verb of beginning or ending, and a noun of an activity on a thing before its antecedent
_ASPECT_VERB_NEXT = re.compile(
    r"(?:began|begun|started|ended|finished|resumed|continued|stalled|lasted|opened|closed|"
    r"collapsed|broke\s+down)\b"
)
_WORK_ON = re.compile(
    r"\b(?:(?:the|a|an|its|their|his|her)\s+)?(?i:work|construction|talks|negotiations|repairs|"
    r"renovations?|restoration|excavations?|demolition|trial|inquiry|investigation|hearings?|"
    r"strike|protests?|campaign|search|fighting|siege|blockade|evacuation|clean-?up|"
    r"rebuilding|redevelopment|refurbishment|upgrade|expansion)\s+(?:on|of|for|at|into|over|"
    r"with|to)\s+$"
)
_PREPOSITION_BREAK = re.compile(r"\s(?:of|in|for|on|at|with|from|near|across)\s")


def _plural_antecedent(head: str) -> str:
    """The plural noun phrase before a prepositional phrase that ends `head` ("Schools in
    the district"), or ""."""
    breaks = list(_PREPOSITION_BREAK.finditer(head))
    if not breaks:
        return ""
    wider = _phrase_before(head[: breaks[-1].start()])
    if not wider or not _PLURAL_END.search(wider):
        return ""
    phrase = f"{wider}{head[breaks[-1].start() :]}".strip()
    return phrase if len(phrase.split()) <= ANTECEDENT_MAX_WORDS + 3 else ""


# A participle right after an object, and the words up to the date: "Ardila endorsed
# [the peace deal] [signed] [with the FARC in] November 2016"; "31 objects looted by
# British soldiers in 1868". The noun phrase is a determiner or number and up to four
# words that are no function words; the participle is followed by a preposition or the
# date (not an object: "the company filed a brief" is a clause).
_NOT_IN_NOUN = (
    r"(?:was|were|is|are|be|been|has|had|have|will|would|who|whom|whose|that|which|and|or|"
    r"but|as|of|to|in|on|at|for|with|by|from|he|she|it|they|we|i|not|[a-z]+ly)"
)
_OBJECT_PARTICIPLE = re.compile(
    r"(?P<before>\b[a-z]+\s+)(?P<noun>(?:the|a|an|its|his|her|their|\d+(?:[,.]\d+)*)\s+"
    rf"(?:(?!{_NOT_IN_NOUN}\b)[\w'’-]+\s+){{0,3}}?(?!{_NOT_IN_NOUN}\b)[\w'’-]+)\s+"
    rf"(?P<participle>(?!ended\b|ending\b|dated\b)(?:{_PARTICIPLE}|set(?=\s+by\b)))\s+"
    r"(?P<rest>(?:(?:in|on|at|by|with|for|from|during|after|near|outside|inside|against|"
    r"under|over|into|to)\s[^,;:()\"“”]{0,60}?)?)$"
)
# After these a noun and a past verb are a clause ("said the company filed in 2019",
# "after the company filed"), or the noun a subject ("has the company ...").
_CLAUSE_BEFORE_OBJECT = frozenset(
    "said says say told tells reported reports announced added noted believe believes "
    "believed think thinks thought argued argues claimed claims insisted insists knew know "
    "knows learned showed shows suggest suggests suggested meant means hoped hope hopes "
    "feared fear fears expected expect expects found find finds after before when as since "
    "because while until that if although though where whether and or but so than once "
    "is are was were be been being has have had will would who whom which of".split()
)
_MEASURE_PREPOSITIONS = frozenset("inside outside beyond past".split())  # "27 seconds inside"
_OBJECT_PREPOSITIONS = (
    frozenset("for with to from on in at against over under into by".split())
    | _MEASURE_PREPOSITIONS
)
_OBJECT_AFTER_VERB = re.compile(rf"(?:[a-z]{{3,}}(?:ed|s)|{_PAST_WORDS})$")
_MEDIA = frozenset(
    "letter letters statement statements report reports interview interviews speech message "
    "post posting video filing release announcement tweet memo email broadcast editorial "
    "column article op-ed document documents ruling order".split()
)
_OBJECT_PHRASE_END = re.compile(r"[,;:]|\s(?:that|which|who|and|but|as|while|after)\s")


def _clause_start(text: str, sentence: tuple[int, int], position: int) -> int:
    """Where the clause holding `position` starts: after the last comma, semicolon or
    colon before it in its sentence."""
    return max(sentence[0], *(text.rfind(mark, sentence[0], position) + 1 for mark in ",;:"))


def _object_participle(
    text: str, sentence: tuple[int, int], expression: TimeExpression, dated: list[TimeExpression]
) -> str:
    """For a date in a participle phrase after an object ("Ardila endorsed the peace deal
    signed in November 2016"), that phrase's headline ("The peace deal was signed"): the
    date tells when the noun's participle happened, not the main verb. "" when not so."""
    position = max(sentence[0], expression.start - 120)
    while (found := _OBJECT_PARTICIPLE.search(text, position, expression.start)) and (
        _HEAD_VERB.search(found.group("rest"))
    ):  # a verb after the participle ("a man wanted for a robbery committed in"): the
        position = found.start("noun") + 1  # participle nearer the date
    if found is None or found.group("before").strip().lower() in _CLAUSE_BEFORE_OBJECT:
        return ""
    before = found.group("before").strip().lower()
    if not (
        _OBJECT_AFTER_VERB.match(before)
        or (before in _OBJECT_PREPOSITIONS and _HEAD_VERB.search(
            text, sentence[0] if before in _MEASURE_PREPOSITIONS
            else _clause_start(text, sentence, found.start("before")), found.start("before")))
    ) or any(found.start("noun") <= e.start < found.end("noun") for e in dated):  # fmt: skip
        return ""  # no verb before the object (a subject: "Officials at the company
        # announced on Monday"), or a date for a noun ("2011 and joined")
    if found.group("noun").rsplit(None, 1)[-1].lower() in _MEDIA:
        return ""  # "said in a letter published Wednesday": the saying's date
    if said_clause_verb(text, sentence[0], found.start("participle")):
        return ""  # "Qatar Rail said full service on the Red Line resumed at 5.30am": the
        # said clause's own verb, no participle of "the Red Line"
    end = _OBJECT_PHRASE_END.search(text, expression.end, sentence[1])
    stop = end.start() if end else sentence[1]
    noun = found.group("noun")
    noun = noun[:1].upper() + noun[1:]
    plural = _PLURAL_END.search(noun) or noun[:1].isdigit()  # "31 objects"
    verb = " were " if plural else " was "
    phrase_start = found.start("participle")
    shift = len(noun) + len(verb) - phrase_start  # from the text to the headline's phrase
    spans = [(e.start + shift, min(e.end, stop) + shift)
             for e in dated if phrase_start <= e.start < stop]  # fmt: skip
    return make_headline(noun + verb + text[phrase_start:stop], spans)


# A subject with a participle phrase and its date, then the main verb: "Degassing pipes
# installed in 2001 and 2011 have since removed most of the gas"
_SUBJECT_PARTICIPLE = re.compile(
    r"(?P<noun>(?:(?:The|A|An|Its|His|Her|Their)\s+)?"
    rf"(?:(?!{_NOT_IN_NOUN}\b)[\w'’-]+\s+){{0,3}}?(?!{_NOT_IN_NOUN}\b)[\w'’-]+)\s+"
    rf"(?P<participle>{_PARTICIPLE})\s+(?:in|on|during|between)\s+"
)
# The main verb right after the participle phrase's dates
_MAIN_VERB_AFTER = re.compile(
    r"\s+(?:has|have|had|was|were|is|are|will)\s+(?:since\s+|also\s+|now\s+)?"
    rf"(?:been\s+)?(?:[a-z]{{3,}}ed|{_PAST_WORDS})\b"
)


def _subject_participle(
    text: str, sentence: tuple[int, int], expression: TimeExpression, dated: list[TimeExpression]
) -> str:
    """For the dates of a participle phrase on the sentence's subject, right before its
    auxiliary and main verb ("Degassing pipes installed in 2001 and 2011 have since removed
    most of the gas"), that phrase's headline ("Degassing pipes were installed"); "" when
    not so."""
    found = _SUBJECT_PARTICIPLE.match(text, sentence[0], expression.start + 1)
    first = next((e for e in dated if found is not None and e.start == found.end()), None)
    if found is None or first is None:
        return ""
    end = first.end
    for other in dated:  # ("in 2001 and 2011": the dates joined to the first)
        if other.start >= end and DATE_JOINER.fullmatch(text, end, other.start):
            end = other.end
    if expression.start >= end or not _MAIN_VERB_AFTER.match(text, end, sentence[1]):
        return ""
    noun = found.group("noun")
    verb = " were " if _PLURAL_END.search(noun) or noun[:1].isdigit() else " was "
    phrase_start = found.start("participle")
    shift = len(noun) + len(verb) - phrase_start
    spans = [(e.start + shift, e.end + shift) for e in dated if phrase_start <= e.start < end]
    return make_headline(noun + verb + text[phrase_start:end], spans)


# A poll or study and its dates in commas, then what it found: the finding is the news
_FINDING_AFTER = re.compile(
    r"(?:taken|conducted|carried\s+out|released|published|issued)\b[^,;]{0,40},\s+"
    r"(?:showed|shows|found|finds|suggested|suggests|indicated|concluded|put|gave|had)\b"
)


# "which Marula has said it will begin next Monday": the object is the reported verb's
_CLAUSE_AFTER_SAYING = re.compile(r"\s+(?:that\s+)?(?:it|he|she|they|we|I|you)\s")
_SHARED_AUXILIARY = re.compile(r"(was|were|has\s+been|have\s+been|had\s+been|had|has|have)\s")
_PARTICIPLE_START = re.compile(rf"(?:[a-z]{{2,}}(?:ed|en)|{IRREGULAR_PAST})\b")


# A restrictive relative clause in the past perfect after a main clause's object: "Police
# arrested a man who had escaped from prison in March", "for staff who had been told as
# recently as March that ..."
_PLUPERFECT_RELATIVE = re.compile(r"\s(?:who|that|which)\s+had\s+(?=[a-z])")
_CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)|\s[—–-]\s")
_MAIN_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|will)\b")
_PLACE_ANTECEDENT = re.compile(
    r"\s(?:at|from|in|near|outside|inside)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}$"
)
_PRONOUN_ANTECEDENT = frozenset(
    "those anyone anybody everyone everybody someone somebody all many some few others one "
    "none each any most".split()
)


def _in_pluperfect_relative(
    text: str, sentence: tuple[int, int], expression: TimeExpression,
    dated: list[TimeExpression], others: list[TimeExpression],
) -> str:
    """For a date inside a restrictive "who/that/which had ..." clause after a main
    clause's verb and object, the headline of that clause with its noun: the past perfect
    sets it before the main clause, so the date is its own ("The council thanked the
    volunteers who had cleared the beach on Saturday": the volunteers had cleared it).
    "" when not in one."""
    relatives = list(_PLUPERFECT_RELATIVE.finditer(text, sentence[0], expression.start))
    relative = relatives[-1] if relatives else None
    if relative is None or _CLAUSE_BREAK.search(text, relative.end(), expression.start):
        return ""
    head = text[sentence[0] : relative.start()]
    if not _HEAD_VERB.search(head) or _MAIN_FINITE.search(
        text, relative.end(), expression.start
    ) or any(relative.end() <= other.start < expression.start for other in others):
        return ""  # (a subject's clause, "The man who had escaped ... was arrested", is
        # the clause splitting's; "two traders who had been sleeping in the market were
        # treated ... yesterday": the date is the main clause's)
    if place := _PLACE_ANTECEDENT.search(head):
        head = head[: place.start()]  # "a show at Bangkok's Rajamangala Stadium that had
        # been set for March 3": the show; "a student from Leicester who had": the student
    antecedent = _phrase_before(head, after_verb=True)
    if not antecedent or antecedent.split()[-1].lower() in _PRONOUN_ANTECEDENT or (
        _HEAD_VERB.search(antecedent)
    ):
        return ""  # "anyone who had left by Friday": no one named
    end = _CLAUSE_BREAK.search(text, expression.end, sentence[1])
    clause_end = end.start() if end else sentence[1]
    if any(expression.end <= other.start < clause_end for other in others):
        return ""  # another date in the clause: the clause splitting decides
    joined = f"{antecedent[:1].upper()}{antecedent[1:]} had {text[relative.end() : clause_end]}"
    shift = len(antecedent) + len(" had ") - relative.end()
    spans = [(e.start + shift, min(e.end, clause_end) + shift)
             for e in dated if relative.end() <= e.start < clause_end]  # fmt: skip
    return make_headline(joined, spans)


def _in_relative_clause(
    text: str,
    sentence: tuple[int, int],
    expression: TimeExpression,
    dated: list[TimeExpression],
    others: list[TimeExpression],
) -> str:
    """For a date inside ", who/which ..." ("Kopp, who is charged with killing Slepian
    last fall, ..."), the headline of that clause with the noun it hangs on: the date
    tells when the clause happened, not the sentence around it. "" when not in one."""
    starts = list(_RELATIVE_START.finditer(text, sentence[0], expression.start))
    if not starts or _NOT_FIGURE_COMMA.search(text, starts[-1].end(), expression.start):
        return ""  # (a figure's comma, "1,800 calls", ends no clause)
    relative = starts[-1]
    if relative.group("participle") and not _subject_appositive(text, sentence, relative):
        return ""
    if relative.group("participle") and _FINDING_AFTER.match(
        text, relative.start("participle")
    ):  # "A second poll, taken Oct. 18 to 22, showed Soto leading by 2": its finding
        reach = min(sentence[1], expression.end + QUOTE_REACH)
        comma = _NOT_FIGURE_COMMA.search(text, expression.end, reach)
        if comma is None or others:
            return ""
        return make_headline(f"{text[sentence[0] : relative.start()]} "
                             f"{text[comma.end() : sentence[1]].lstrip()}", [])  # fmt: skip
    if relative.group("described") and (not _NAME_BEFORE_COMMA.search(
        text, max(sentence[0], relative.start() - 40), relative.start()
    ) or _INTRODUCTORY_CLAUSE.match(text, sentence[0], relative.start())):
        return ""  # "In 45 states, the number of doctors who ...": no one described; nor
        # after an opening clause ("Two years after Flowers was shot in Ladyville, the
        # corporal who pulled the trigger was found ...": the subject, not an apposition)
    if relative.group("apposition") and not (
        _APPOSITION_HEAD.fullmatch(text, sentence[0], relative.start())
        and not _NOT_SUBJECT_START.match(text, sentence[0])
        and "," in text[expression.end : sentence[1]]  # the apposition closes: ", gave way"
    ):
        return ""  # "In efforts to stop it, an anti-Castro lawmaker subpoenaed him Friday"
    object_phrase = ""
    if relative.group("participle"):
        verbs = list(_HEAD_VERB.finditer(text, sentence[0], relative.start()))
        if verbs:  # after a clause: "Odinga boycotted that repeat vote, held in October"
            object_phrase = text[verbs[-1].end() : relative.start()].strip()
            if not _DETERMINED.match(object_phrase) or len(object_phrase.split()) > 5:
                return ""  # "Net sales rose 6.2% to $4.9 billion, helped by ...": no noun
    reach = min(sentence[1], expression.end + QUOTE_REACH)  # (a run-on line stays linear)
    comma = _NOT_FIGURE_COMMA.search(text, expression.end, reach)
    end = comma.start() if comma else sentence[1]
    inside = [other.start for other in others if relative.end() <= other.start < end]
    clause_from = relative.end()  # "a free helpline, which opened at 9am today and had
    # taken 1,800 calls by 4pm": the helpline opened at 9am, and had taken them by 4pm
    if inside and min(inside) > expression.end and (
        joint := text.find(" and ", expression.end, min(inside))
    ) >= 0:
        end = joint
    elif inside and max(inside) < expression.start and (
        joint := text.rfind(" and ", max(inside), expression.start)
    ) >= 0 and (
        not relative.group("participle")
        or _SECOND_PARTICIPLE.match(text, joint + len(" and "))
    ):  # ("The Haksolok, built in Germany in 2004 and bought by the state in 2029,": the
        clause_from = joint + len(" and ")  # state bought it in 2029)
    elif inside:
        return ""  # another date in the same clause: the clause splitting decides
    head = _without_age(text[sentence[0] : relative.start()].rstrip())  # "Vance, 58"
    name = _NAME_RUN_END.search(head)
    while (
        name is not None
        and relative.group(0).rstrip().endswith("who")
        and (of := _OF_BEFORE.search(head, 0, name.start())) is not None
        and (person := _NAME_RUN_END.search(head, 0, of.start())) is not None
    ):  # "Chancellor Markus Eder of the ÖVP, who has led": Markus Eder, not his party
        name = person  # (and "Campbell of the National Council of Churches, who")
    who = relative.group(0).rstrip().endswith("who")
    institution = None if who or name is None else _institution_ending(head)
    if institution is not None and name is not None and institution.end() == name.end():
        name = institution  # "The Bank of England, which last week cut rates": the bank
    else:
        institution = None
    if (
        who and name is not None and _ROLE_END.search(name.group(0))
        and head[: name.start()].endswith(", ")
        and (person := _NAME_RUN_END.search(head, 0, name.start() - 2)) is not None
    ):  # "said Marcus Bell, Chief Financial Officer, who joined": Marcus Bell
        name = person
    origin = None if name is None or not who else _ORIGIN_BEFORE.search(head, 0, name.start())
    noun = "" if origin is None or _NAME_RUN_END.search(head, 0, origin.start()) else (
        _phrase_before(head[: origin.start()], after_verb=True))
    if noun and origin is not None:
        lead = head[: origin.start()]
        described = lead[: len(lead) - len(noun)]
        if described.endswith(", ") and (
            person := _NAME_RUN_END.search(_without_age(described[:-2]))
        ):
            name, noun = person, ""  # "said Lalu Ahmad, a farmer from Sembalun, who fled":
            # Lalu Ahmad, whom the farmer describes
    # "... the arrest of James Kopp": "James Kopp"
    antecedent = noun or _phrase_before(name.group(0) if name else head, after_verb=name is None)
    if institution is not None and not noun:
        antecedent = institution.group(0)  # (its "of" is no break of the phrase)
    if noun:  # "The 29-year-old from Falun, who first won in 2032": the 29-year-old
        name = None
    portfolio = 0  # "Minister for Sustainability and the Environment Lim Hui Min, who": no
    if who and name is not None and _PORTFOLIO_BEFORE.search(
        head, max(0, name.start() - PORTFOLIO_REACH), name.start()
    ):  # portfolio's words in the name
        words = antecedent.split()
        while portfolio < len(words) - 2 and words[portfolio].lower() in OFFICE_WORDS:
            portfolio += 1
        antecedent = " ".join(words[portfolio:])
    if (
        name is not None
        and (relative.group(0).rstrip().endswith("which") or relative.group("participle"))
        and (thing := _thing_before_place(head, name.start(),
                                          participle=bool(relative.group("participle"))))
    ):  # "the Sycamore Gap tree beside Hadrian's Wall, which was cut down": the tree (and
        # "A SR 140 million fishmeal plant at Providence, opened in June": the plant)
        antecedent = thing
    elif name is not None and antecedent and not portfolio and head[: name.start()].endswith(
        ("the ", "The ")
    ):
        antecedent = f"The {antecedent}"  # "pointed to the Federal Reserve, which"
    elif name is not None and (role := _ROLE_BEFORE_NAME.match(antecedent)):
        antecedent = antecedent[role.end() :]  # "Chief Financial Officer Naomi Fujisaki,
        # who joined in January": Naomi Fujisaki joined
    if (
        name is not None
        and relative.group(0).rstrip().endswith("which")
        and _POSSESSED_SUBJECT.match(head)
        and len(head.split()) <= SUBJECT_MAX_WORDS
        and not _HEAD_VERB.search(head)
    ):  # "Her marriage to the saxophonist Lewis Marsh, which began in 1966": "which" is
        antecedent = head  # no person; the sentence's subject is its noun
    if (
        antecedent
        and relative.group(0).rstrip().endswith("which")
        and _ASPECT_VERB_NEXT.match(text, relative.end())
        and (work := _WORK_ON.search(head, 0, len(head) - len(antecedent)))
        and head.endswith(antecedent)
    ):  # "work on the church's roof, which began in 2037": the work began, not the roof
        antecedent = work.group(0) + antecedent
        antecedent = antecedent[:1].upper() + antecedent[1:]
    if (
        antecedent
        and not relative.group("participle")
        and _PLURAL_VERB_NEXT.match(text, relative.end())
        and not _PLURAL_END.search(antecedent)
    ):  # "Schools in the district, which were set to open": the schools, not the district
        antecedent = _plural_antecedent(head) or antecedent
    if object_phrase:
        first, rest = object_phrase.split(" ", 1)
        first = "the" if first.lower() in ("that", "this") else first  # "that repeat vote"
        antecedent = f"{first[:1].upper()}{first[1:]} {rest}"
    elif (
        relative.group("participle")
        and len(head.split()) <= SUBJECT_MAX_WORDS
        and not _NOT_SUBJECT_START.match(head)
    ):
        antecedent = head  # the subject: "A small plaque on the ridge, installed in 1994"
    if antecedent and _DATE_ONLY.fullmatch(antecedent) and not relative.group("participle"):
        # "a farewell concert at Carnegie Hall on Nov. 12, 2011, which was released": the
        # noun before the date's phrase (and a place's), not "2011"
        before_date = _DATE_PHRASE_END.sub("", head)
        before_date = _PLACE_PHRASE_END.sub("", before_date)
        noun = _phrase_before(before_date)
        antecedent = noun if _DETERMINED.match(noun) and before_date != head else ""
    if not antecedent or _DATE_ONLY.fullmatch(antecedent):
        return ""  # "an offer in 2021, which the board rejected": not "2021"
    clause_start = clause_from
    if relative.group("participle") and any(
        relative.start() - len(antecedent) <= e.start < relative.start() for e in dated
    ):
        return ""  # "In December, cited by police, Farkas ...": no noun before the comma
    if relative.group("participle") and antecedent.lower() in _SENTENCE_ADVERBS:
        return ""  # "However, cited by police in December, Farkas was ordered home"
    if relative.group("participle") and (
        PREPOSITION_LED.match(antecedent) or _VERBISH.search(antecedent)
    ):
        return ""  # "In its winter outlook, published ...", "The deal gives teachers 5%,
        # backdated to ...": no noun of its own to be "was published"
    if relative.group("participle"):  # "The company, founded in 1990,": "was founded"
        if clause_start == relative.end():  # (not a second participle's own clause)
            clause_start = relative.start("participle")
        head_noun = antecedent.split(" of ", 1)[0]  # "A trial of 240 patients": "trial"
        antecedent += " were" if _PLURAL_END.search(head_noun) else " was"
    elif (
        relative.group(0).rstrip().endswith("which")
        and _SUBJECT_NEXT.match(text, clause_start)
        and (verb := _OBJECT_VERB.search(text, clause_start, expression.start))
        and not _CLAUSE_AFTER_SAYING.match(text, verb.end())
    ):  # "leaded gasoline, which Switzerland phased out in 2000": its object, after
        # its verb ("Switzerland phased out leaded gasoline")
        insert = verb.end()
        if antecedent.split(" ", 1)[0] in _DETERMINERS:
            antecedent = antecedent[:1].lower() + antecedent[1:]  # "bought the plant"
        joined = f"{text[clause_start:insert]} {antecedent}{text[insert:end]}"
        grown = len(antecedent) + 1  # what the dates after the verb moved by
        spans = [(e.start - clause_start + (grown if e.start >= insert else 0),
                  min(e.end, end) - clause_start + (grown if e.start >= insert else 0))
                 for e in dated if clause_start <= e.start < end]  # fmt: skip
        return make_headline(joined, spans)
    if relative.group(0).rstrip().endswith("which") and _SUBJECT_NEXT.match(text, clause_start):
        return ""  # "an audit, which Marula has said it will begin": no place for the object
    if clause_start != relative.end() and (
        auxiliary := _SHARED_AUXILIARY.match(text, relative.end())
    ) and _PARTICIPLE_START.match(text, clause_start):  # "who was arrested in March and
        antecedent += f" {auxiliary.group(1)}"  # charged in April": was charged
    joined = f"{antecedent} {text[clause_start:end]}"
    shift = len(antecedent) + 1 - clause_start
    spans = [(e.start + shift, min(e.end, end) + shift) for e in dated
             if clause_start <= e.start < end]  # fmt: skip
    return make_headline(joined, spans)


def _headline_without(
    text: str,
    pieces: list[tuple[int, int]],
    expression: TimeExpression,
    dated: list[TimeExpression],
    others: list[TimeExpression],
) -> str:
    """The headline of `expression` in the sentence made of `pieces` alone."""
    parts: list[str] = []
    moved: dict[int, TimeExpression] = {}  # id -> the expression at its joined offsets
    length = 0
    for lo, hi in pieces:
        for o in (*dated, *others, expression):
            if lo <= o.start and o.end <= hi and id(o) not in moved:
                shift = length - lo
                moved[id(o)] = o.model_copy(update={"start": o.start + shift,
                                                    "end": o.end + shift})  # fmt: skip
        parts.append(text[lo:hi])
        length += hi - lo + 1
    if id(expression) not in moved:
        return _joined_headline(text, pieces, dated)
    joined = " ".join(parts)
    return headline_for(
        joined, (0, len(joined)), moved[id(expression)],
        [moved[id(o)] for o in dated if id(o) in moved],
        [moved[id(o)] for o in others if id(o) in moved],
    )  # fmt: skip


def _joined_headline(text: str, pieces: list[tuple[int, int]], dated: list[TimeExpression]) -> str:
    """The headline of the pieces of a sentence joined (offsets shift, the date spans
    stay aligned): a sentence without its relative clauses."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    starts = sorted(dated, key=lambda o: o.start)
    for lo, hi in pieces:
        for o in dates_within(starts, (lo, hi)):
            spans.append((length + o.start - lo, length + min(o.end, hi) - lo))
        parts.append(text[lo:hi])
        length += hi - lo + 1
    return make_headline(" ".join(parts) + " ", spans)


# "Kim visited Beijing in March, Seoul in June and Tokyo in October": names, each with
# its date, after one verb.
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_GAP_BETWEEN = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<obj>{_NAME})\s+(?:in|on|at)\s+")
_GAP_FIRST = re.compile(rf"(?<=\s)(?P<obj>{_NAME})\s+(?:in|on|at)\s+$")


_IN_ON_AT_BEFORE = re.compile(r"\b(?:in|on|at)\s+$")


def _list_item(
    text: str,
    sentence: tuple[int, int],
    expression: TimeExpression,
    dated: list[TimeExpression],
    gap: re.Pattern[str],
    lead_pattern: re.Pattern[str],
) -> tuple[str, re.Match[str], re.Match[str] | None] | None:
    """For a date in a list of items and dates after one verb ("visited Seoul in June,
    Tokyo in July"; "reported 38 cases on Jan. 16, 67 a week later"), the words before the
    list (with its verb), the first item's match (`lead_pattern`, before the first date)
    and the `gap` match that gives the date's own item (None for the first); else None."""
    index = next((i for i, e in enumerate(dated) if e is expression), None)
    if index is None:
        return None  # a date kept in its headline (a yardstick with news of its own)
    first = last = index
    while first > 0 and gap.fullmatch(text, dated[first - 1].end, dated[first].start):
        first -= 1
    while last + 1 < len(dated) and gap.fullmatch(text, dated[last].end, dated[last + 1].start):
        last += 1
    if first == last:
        return None
    lead = lead_pattern.search(text, max(sentence[0], dated[first].start - 60), dated[first].start)
    head = text[sentence[0] : lead.start()] if lead else ""
    if lead is None or not _VERBISH.search(head) or any(e.start < lead.start() for e in dated):
        return None
    own = None if index == first else gap.fullmatch(text, dated[index - 1].end, expression.start)
    return head, lead, own


def _gapped_list(
    text: str, sentence: tuple[int, int], expression: TimeExpression, dated: list[TimeExpression]
) -> str:
    """For a date in a list of names and dates after one verb, that name's headline:
    "Kim visited Seoul" for June; "" when the date is in no such list."""
    if not _IN_ON_AT_BEFORE.search(text, max(0, expression.start - 4), expression.start):
        return ""  # every date of such a list follows "in", "on" or "at"
    found = _list_item(text, sentence, expression, dated, _GAP_BETWEEN, _GAP_FIRST)
    if found is None:
        return ""
    head, lead, own = found
    name = lead.group("obj") if own is None else own.group("obj")
    return make_headline(head + name, []) if name else ""


# A list of figures and dates after one verb: "reported 38 cases on Jan. 16, 67 a week
# later and 102 by the end of the month"; the first figure's words ("cases") go with all.
_FIGURE = r"\$?\d[\d,.]*(?:\s*(?:%|percent|million|billion))?"
_DATE_PREPOSITION = r"(?:(?:in|on|at|by|through|until)\s+)?"
_FIGURE_GAP = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<num>{_FIGURE})\s+{_DATE_PREPOSITION}"
)
_FIGURE_FIRST = re.compile(
    rf"(?<=\s)(?P<num>{_FIGURE})(?P<noun>(?:\s+[a-z][\w-]*){{0,3}}?)\s+{_DATE_PREPOSITION}$"
)


def _gapped_figures(
    text: str, sentence: tuple[int, int], expression: TimeExpression, dated: list[TimeExpression]
) -> str:
    """For a date in a list of figures and dates after one verb, its figure's headline:
    "The county reported 67 cases" for "a week later"; "" when in no such list."""
    found = _list_item(text, sentence, expression, dated, _FIGURE_GAP, _FIGURE_FIRST)
    if found is None:
        return ""
    head, lead, own = found
    number = lead.group("num") if own is None else own.group("num")
    return make_headline(f"{head}{number}{lead.group('noun')}", [])


# A second subject after "and", its verb and the rest of the first clause gapped: "Smith
# was arrested on Monday and Jones on Tuesday", "..., and board section officer Mahendra
# Singh Shekhawat, who handled the sealed packets, a week later".
_SUBJECT_GAP = re.compile(
    r"(?:,\s+(?:the|a|an|its|his|her|their)\s[^,;]{1,80}(?=,)|\s+(?:before|after)\s[^,;]{1,80}"
    r"(?=,))?"  # (", the day after the holiday, and individual results on January 15": the
    # first date's apposition, or what its apposed "the day" counts from)
    r",?\s+and\s+(?P<subject>(?!(?:then|again|also|later|earlier|once|twice|still|even|only|"
    r"just|both|all|most|much|some|each|every|another|again|more|less|not|so|up|down|on|in|"
    r"at|by|for|from|to|of|with|until|after|before|since|during)\b)(?!\d)[\w'’.-]+"
    r"(?:\s+(?!(?:in|on|at|to|for|from|with|by|into|over|after|before|than)\b)[\w'’.-]+)"
    r"{0,6}?)(?:,\s+(?:who|which|whose)\s[^,;]{1,80},)?"
    r"\s+(?:(?:on|in|at|by|until)\s+)?"
)
# The first clause's verb group, with no object after it (that would make "and Jones"
# the second object: "Police arrested Smith on Monday and Jones on Tuesday"): "was
# arrested at his home", "resigned".
_GAPPED_VERB = re.compile(
    rf"\b(?:(?:{_AUXILIARY_WORDS})\s+(?:(?:be|been|have\s+been)\s+)?)?"
    rf"(?:(?<!-)[a-z]{{3,}}ed|{_PAST_WORDS})"  # ("will be published")
    r"(?=(?:\s+(?:in|on|at|by|until|during|from|near|outside|inside|after|before)\b"
    r"[^,;]*)?\s*$)"
)
_PREPOSITION_END = re.compile(r"\s+(?:on|in|at|by|until|during)\s*$")
_APPOSITION_COMMA = re.compile(r",\s+")
_CLAUSE_END_AFTER_DATE = re.compile(r"\s*(?:[.;!?]|$)")  # the sentence ends
_FUNCTION_WORD_END = re.compile(r"\b(?:of|for|to|with|the|a|an|and|or|than|as)$")


_LONE_PRESENT_VERB = re.compile(r"[a-z]{2,}s")  # "closes", "ends", "resumes"


def _gapped_subject(
    text: str, sentence: tuple[int, int], expression: TimeExpression, dated: list[TimeExpression]
) -> str:
    """For the last date of a sentence whose second subject borrows the first clause's
    verb ("The mayor resigned on Monday, and his deputy on Wednesday"), that subject's
    headline ("His deputy resigned"); "" for any other date."""
    index = next((i for i, e in enumerate(dated) if e is expression), 0)
    if index == 0 or not _CLAUSE_END_AFTER_DATE.match(text, expression.end, sentence[1]):
        return ""
    before = dated[index - 1]
    gap = _SUBJECT_GAP.fullmatch(text, before.end, expression.start)
    if index > 1 and before.text.lower() == "the day" and _APPOSITION_COMMA.fullmatch(
        text, dated[index - 2].end, before.start
    ):  # "on November 16, the day| after the holiday, and ...": the day it is apposed to
        before = dated[index - 2]
    if gap is None or _VERBISH.search(gap.group("subject")) or _FUNCTION_WORD_END.search(
        gap.group("subject")
    ) or _LONE_PRESENT_VERB.fullmatch(gap.group("subject")):
        return ""  # (not "The ballot opened on Monday and closes on Friday": a verb)
    head = text[sentence[0] : before.start]
    verbs = list(_GAPPED_VERB.finditer(head, max(0, len(head) - 80)))
    if not verbs or any(verbs[-1].start() + sentence[0] <= e.start < before.start for e in dated):
        return ""
    phrase = _PREPOSITION_END.sub("", head[verbs[-1].start() :])
    if "," in phrase or len(phrase.split()) > PHRASE_MAX_WORDS + 2:
        return ""
    subject = gap.group("subject")
    return make_headline(f"{subject[:1].upper()}{subject[1:]} {phrase}", [])


# "... in 1994 and again in 2017": the second date's "and again", its verb elided
_AND_AGAIN = re.compile(r",?[ \t]+and[ \t]+again[ \t]+(?:(?:in|on|at|during)[ \t]+)?")


def _done_again(
    text: str, sentence: tuple[int, int], expression: TimeExpression, dated: list[TimeExpression]
) -> str | None:
    """For "She came second in 1994 and again in 2017", the second date's headline: the
    first clause's, done again ("She came second again"); None for any other date."""
    index = next((i for i, e in enumerate(dated) if e is expression), 0)
    if index == 0 or not _AND_AGAIN.fullmatch(text, dated[index - 1].end, expression.start):
        return None
    first = dated[index - 1]
    spans = [(e.start - sentence[0], e.end - sentence[0])
             for e in dated if sentence[0] <= e.start and e.end <= first.end]  # fmt: skip
    headline = make_headline(text[sentence[0] : first.end], spans)
    return f"{headline} again" if headline else None


_DETERMINERS = frozenset(("The", "A", "An", "His", "Her", "Its", "Their"))
_PREPOSITION_OPENS = re.compile(r"(to|in|into|at|on|for|from|with)\s+(?:the\s+|a\s+)?[a-z]", re.I)
PHRASE_MAX_WORDS = 4  # the verb phrase a gapped "and to ..." borrows
_NOUN_PHRASE_START = re.compile(r"(?i:the|a|an|his|her|its|their)\s|[A-Z][a-z]+\s+[A-Z]")
_LEADING_AND = re.compile(r"^[\s,]*(?:and|or|but)\s+")
_SENTENCE_ADVERBS = frozenset(
    """however meanwhile separately also still instead nevertheless moreover furthermore
    finally earlier later then now yet but and thus indeed instead""".split()
)
# Words that start a clause with its own subject ("... and he was appointed").
_OWN_SUBJECT = frozenset(
    "he she they it we i the a an his her its their this these deadline".split()
)  # ("Deadline for candidates to ...": a headline of its own)
_PLURAL_END = re.compile(r"(?<![su'])s$")  # "The talks", not "the bus", "Reuters'"


# A when-clause without a comma inside it, up to a date: "when the show moved to Broadway
# in [April 1981]"; then a main clause led by "it" or "they" ("it ran ..."; not "she
# opened warming centers", a person's act that stays in the headline).
_WHEN_OPENS = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Aa]s soon as)\s+(?=[^,;]*$)")
_SAME_PAST = re.compile(r"\b(?:hit|cut|set|put|shut|hurt|quit|spread|cast|burst)\b")
# A when-clause that only gives an age: "In January 1945, when she was 3, she and her
# mother fled west": the main clause is that date's event.
# A subject, then a death or a disaster, then its date: "Two men died on"
_HAPPENING_BEFORE = re.compile(
    r"[\"“]?(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,5}?(?:,\s+aged\s+[^,;.]{1,30},)?\s+"
    r"(?:died|drowned|crashed|collapsed|"
    r"exploded|sank|burned|burnt|erupted|were\s+killed|was\s+killed|were\s+injured|"
    r"was\s+injured|were\s+hurt|was\s+hurt)\b[^,;.\"“”]{0,40}"
)
_AGE_ONLY = re.compile(r"\s*\S+\s+(?:was|were|turned)\s+(?:only\s+|just\s+|about\s+)?\d{1,3}\s*")
_OPENING_GERUND = re.compile(r"[\"“]?(?:After|Before|Since|While)\s+[a-z]+ing\b[^,;]*$")
_COUNTED_FROM_DAY = re.compile(r"[ \t](?:after|before)[ \t]", re.IGNORECASE)  # "a week after X"
_OPENING_WHEN = re.compile(r"[\"“]?When\s+(?=[^,;]*$)")  # a sentence's opening when-clause
_PRONOUN_CLAUSE_AFTER = re.compile(r"(?:\s+and\s+\d{1,2})?,?\s+(?:it|they)\s+[a-z]{2,}")
# "since Ms. Varga took office in [January 2025]", "since heavy snow closed its runway in
# [December 2010]": a since-clause with its own subject
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?!(?:then|that|which|when|now)\b)"  # (not "contact ... since then has been")
    r"(?=(?:(?:Mr|Ms|Mrs|Dr)\.\s+|the\s+|[A-Z][a-z]+\s+|[a-z]+\s+[a-z]+\s+)[^,;]*$)"
)
# An apposition that counts from the since-clause: ", the first direct negotiations
# between the two governments since the war broke out in April 2025"
_FIRST_SINCE_APPOSITIVE = re.compile(
    r"\s*the\s+(?:first|only|last|[a-z]+est)\b[^,;]*\s", re.IGNORECASE
)
_SINCE_CLAUSE_END = re.compile(r"\s*(?:[.;!?\"”]|,\s|$)")
# Two finite verbs after "since": the second is the main clause's ("The cooperative she
# had worked for since she was a girl was broken up in 1992")
_FINITE_BE_HAVE = re.compile(r"\b(?:was|were|is|are|had|has|have)\b")
# A relative clause, then its noun's own verb: "[The transformer] that failed had been
# installed in 1987": the clause needs its noun
_RELATIVE_THEN_MAIN = re.compile(
    r"that\s+(?!(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|you)\b)"
    r"[a-z]+(?:\s+[\w'’-]+){0,4}?\s+(?:had|has|have|was|were|is|are|will|would)\s"
)
# Nouns whose "that" clause is what someone holds, not a happening: "the argument that the
# drug had entered his body", "the claim that", "the suggestion that"
_CLAIM_NOUN_BEFORE = re.compile(rf"\b(?:{_CLAIM_NOUNS})\s*$")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that)\b")
_CLEFT_BEFORE = re.compile(
    r"It\s+(?:was|is|wasn't|isn't)\s+(?:not\s+until|only\s+(?:in|on|at|after|when)|until|in|on|"
    r"at|during|after|only)\s+"
)
_CLEFT_THAT = re.compile(r"\s*,?\s+that\s+(?=[A-Za-z])")


RUN_ON_CHARS = 3000  # a "sentence" longer than this is a run-on line (a list, a dump)
RUN_ON_REACH = 600  # characters either side of a date read in a run-on line


def _near(text: str, sentence: tuple[int, int], expression: TimeExpression) -> tuple[int, int]:
    """The part of a run-on sentence around `expression`: from the comma or semicolon
    before RUN_ON_REACH characters back to the one after as far ahead."""
    lo = max(sentence[0], expression.start - RUN_ON_REACH)
    hi = min(sentence[1], expression.end + RUN_ON_REACH)
    if lo > sentence[0] and (cut := _PIECE_END.search(text, lo, expression.start)):
        lo = cut.end()
    if hi < sentence[1]:
        cuts = [m.start() for m in _PIECE_END.finditer(text, expression.end, hi)]
        hi = cuts[-1] if cuts else hi
    return lo, hi


_PIECE_END = re.compile(r"[,;]\s+")


# A count that opens its sentence, then what was counted, up to the first date: "Nine
# people died on Thursday, 10 on Friday and two on Saturday"
_COUNTED_OPENING = re.compile(
    rf"(?P<count>{_COUNT})\s+(?P<rest>[^,;:\"“”]{{3,80}}?)\s+(?:(?:on|in|at)\s+)?", re.IGNORECASE
)
# A later count whose verb is left out, up to its own date: ", 10 on", " and two on"
_GAPPED_COUNT = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<count>{_COUNT})\s+(?:(?:on|in|at)\s+)?",
    re.IGNORECASE,
)


def _gapped_headline(
    text: str, sentence: tuple[int, int], expression: TimeExpression,
    others: list[TimeExpression],
) -> str | None:
    """The headline of one date of a gapped list, its count put into the clause the first
    date has ("Nine people died on Thursday, 10 on Friday and two on Saturday": "Nine
    people died", "10 people died", "Two people died"); None for any other sentence."""
    dates = sorted([expression, *others], key=lambda e: e.start)
    if len(dates) < 2 or not (
        opening := _COUNTED_OPENING.fullmatch(text, sentence[0], dates[0].start)
    ):
        return None
    counts = {id(dates[0]): opening["count"]}
    for before, after in pairwise(dates):
        if (gap := _GAPPED_COUNT.fullmatch(text, before.end, after.start)) is None:
            break
        counts[id(after)] = gap["count"]
    if len(counts) < 2 or (count := counts.get(id(expression))) is None:
        return None
    return make_headline(f"{count[:1].upper()}{count[1:]} {opening['rest']}", [])


# A present state of a place, then ", where" and what happened there: "It is a few
# kilometres from Savar, where"
_STATE_THEN_WHERE = re.compile(
    r"[^,;:.!?\n]{0,120}?\b(?:is|are|lies|lie|sits|stands|remains)\b(?![ \t]+(?:being|still|now|"
    r"[a-z]+ing|[a-z]+ed)\b)[^;:!?\n]{0,120}?,[ \t]+"
    r"where[ \t]+")


# An obituary's foot line: a name, what the person was, "born <date>; died <date>"
_LIFE_DATES = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}),[^;\n]{0,120}?\b[Bb]orn[ \t]+"
    r"(?P<born>[^;\n]{4,40}?);[ \t]*died[ \t]+(?P<died>[^;\n]{4,40}?)\.?[ \t]*$"
)


# A happening named by its noun, the date between the noun and whom it befell, or after
# them: "after the death on January 9 of councillor Gwilym Tudur, 71", "following the
# arrest of Tomás Ruiz on Monday"
_NOUN_OF_SOMEONE = re.compile(
    r"\bthe[ \t]+(?P<noun>death|arrest|resignation|murder|killing|abduction|kidnapping)"
    r"[ \t]+(?:(?P<date_first>(?:on|in|last)[ \t]+[^,;.()]{1,40}?)[ \t]+)?of[ \t]+"
    r"(?P<who>(?:(?:[a-z]+|[A-Z][a-z]*\.?)[ \t]+){0,2}?[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3})"
    r"(?P<age>,[ \t]+\d{1,3},)?(?:[ \t]+(?P<date_after>(?:on|in|last)[ \t]+[^,;.()]{1,40}))?"
)
_DONE_TO = {"death": "died", "arrest": "was arrested", "resignation": "resigned",
            "murder": "was murdered", "killing": "was killed", "abduction": "was abducted",
            "kidnapping": "was kidnapped"}  # fmt: skip


def _happening_of_someone(
    text: str, sentence: tuple[int, int], expression: TimeExpression
) -> str | None:
    """The headline of a happening a noun names, when `expression` dates the noun: "The
    by-election was called after the death on January 9 of councillor Gwilym Tudur, 71"
    -> "Councillor Gwilym Tudur died" (not the main clause, whose time is its own)."""
    for found in _NOUN_OF_SOMEONE.finditer(text, max(sentence[0], expression.start - 80),
                                           min(sentence[1], expression.end + 120)):  # fmt: skip
        dated = found["date_first"] and found.start("date_first") <= expression.start < (
            found.end("date_first")) or found["date_after"] and (
            found.start("date_after") <= expression.start < found.end("date_after"))
        if dated:
            who = found["who"]
            return f"{who[:1].upper()}{who[1:]} {_DONE_TO[found['noun']]}"
    return None


def _own_clause_after_speaker(text: str, start: int, end: int) -> bool:
    """Whether a date at `end` is in a clause of its own after a quotation's speaker (the
    quotation ending at `start`): a who-clause, an "adding that" (`_CLAUSE_AFTER_SPEAKER`)."""
    opened = list(_CLAUSE_AFTER_SPEAKER.finditer(text, start, end))
    return bool(opened) and not _SAYING_AFTER_CLAUSE.search(text, opened[-1].end(), end)


def headline_for(
    text: str,
    sentence: tuple[int, int],
    expression: TimeExpression,
    dated: list[TimeExpression],
    others: list[TimeExpression],
) -> str:
    """The headline of the event that `expression` dates within its sentence."""
    if sentence[1] - sentence[0] > RUN_ON_CHARS:  # a run-on line: the clauses near the date
        sentence = _near(text, sentence, expression)
        dated = dates_within(dated, sentence)
        others = dates_within(others, sentence)
    if (life := _LIFE_DATES.match(text, sentence[0], sentence[1])) is not None and (
        life.start("born") <= expression.start < life.end("died")
    ):  # an obituary's foot: "Ileana Vaida, soprano and festival director, born 9 March
        # 1981; died 2 January 2064"
        born = expression.start < life.end("born")
        return f"{life.group('name')} {'was born' if born else 'died'}"
    if (gapped := _gapped_headline(text, sentence, expression, others)) is not None:
        return gapped
    if (done_to := _happening_of_someone(text, sentence, expression)) is not None:
        return done_to
    if (again := _done_again(text, sentence, expression, dated)) is not None:
        return again
    if (where := _STATE_THEN_WHERE.match(text, sentence[0], expression.start)) is not None and (
        not any(sentence[0] <= e.start < where.end() for e in dated)
    ):  # "It is a few kilometres from Savar, where the collapse of the Rana Plaza building
        sentence = (where.end(), sentence[1])  # on April 24, 2013 killed more than 1,100
        # garment workers": the place's clause tells the happening, the state around it none
    if (
        (undated := _UNDATED_OPENING.match(text, sentence[0], expression.start))
        and not any(sentence[0] <= e.start < undated.end() for e in dated)
    ):  # "When he failed to return, the court revoked his bail in August 2022": the
        sentence = (undated.end(), sentence[1])  # court's clause, without the undated one
    if (fronted := _fronted_participle(text, sentence)) is not None:
        phrase_end, subject = fronted  # "Founded in 1948, Asteras reached the final only
        if expression.start > phrase_end:  # once before, in 1987": the main clause for
            sentence = (phrase_end + 1, sentence[1])  # 1987, "Asteras was founded" for 1948
            dated = [e for e in dated if e.start > phrase_end]
        else:
            spans = [(e.start - sentence[0], e.end - sentence[0])
                     for e in dated if e.start < phrase_end]  # fmt: skip
            return _fronted_headline(subject, make_headline(text[sentence[0] : phrase_end], spans))
    when = _WHEN_CLAUSE.match(text, expression.end, sentence[1])
    if when is not None and _COUNTED_FROM_DAY.search(expression.text):
        # "The fault came a week after White Sunday, when families streamed their
        # services": the when-clause tells the day counted from; the main clause is this
        spans = [(e.start - sentence[0], e.end - sentence[0])  # day's
                 for e in dated if sentence[0] <= e.start < expression.end]  # fmt: skip
        return make_headline(text[sentence[0] : expression.end], spans)
    if when and len(when.group(1).split()) >= 3 and (
        found_before(_DATED_BY_ITS_VERB, text, sentence, expression, 30)
        or (expression.granularity in (Granularity.DAY, Granularity.TIME)
            and found_before(_ACTED_AT, text, sentence, expression, 50))
    ) and text.startswith(",", expression.end):
        # "The outbreak was first detected on Dec. 22, when a boy was admitted": the main
        # clause, up to its date
        spans = [(e.start - sentence[0], e.end - sentence[0])
                 for e in dated if sentence[0] <= e.start < expression.end]  # fmt: skip
        return make_headline(text[sentence[0] : expression.end], spans)
    told_when = when is not None and len(when.group(1).split()) >= 3 and not (
        _AGE_ONLY.fullmatch(when.group(1)))  # a when-clause that tells more than an age
    if (
        told_when
        and text.startswith((" when ", " When "), expression.end)
        and _MAIN_VERB_BEFORE.match(text, sentence[0], expression.start)
    ):  # "Rivas was stopped ... at about 6:20 a.m. on Feb. 26 when an officer noticed
        # ...": no comma, the when-clause tells the main clause's moment; the main clause
        # is the event
        spans = [(e.start - sentence[0], e.end - sentence[0])
                 for e in dated if sentence[0] <= e.start < expression.end]  # fmt: skip
        return make_headline(text[sentence[0] : expression.end], spans)
    if (
        when is not None
        and told_when
        and text.startswith((" when ", ", when "), expression.end)
        and _HAPPENING_BEFORE.fullmatch(text, sentence[0], expression.start)
    ):  # "Two men died on Friday when their car hit a tree": the death and its cause, in
        # one (not "Their car hit a tree")
        spans = [(e.start - sentence[0], e.end - sentence[0])
                 for e in dated if sentence[0] <= e.start < when.end()]  # fmt: skip
        return make_headline(text[sentence[0] : when.end()], spans).replace(", when ", " when ", 1)
    if (
        when is not None
        and told_when
        and text.startswith(", when ", expression.end)
        and (opens := _last_after_subject(text, sentence[0], expression.start)) is not None
        and _PAST_VERB.search(text, opens, expression.start)
        and not any(opens <= e.start < expression.start for e in dated)
    ):  # "The snap poll was called after Makhele's coalition collapsed in July, when two
        # partners voted ...": the after-clause's happening and its cause (not "Two
        # partners voted" alone)
        spans = [(expression.start - opens, expression.end - opens)]
        return make_headline(text[opens : when.end()], spans).replace(", when ", " when ", 1)
    if (
        _OPENING_GERUND.match(text, sentence[0], expression.start)
        and (comma := text.find(",", expression.end, sentence[1])) > 0
        and any(other.start > comma for other in others)
    ):  # "After beating Stockfield 3-1 on 7 February, the club announced a contract
        return ""  # extension the following Monday": the date of no clause of its own
    if when and _AGE_ONLY.fullmatch(when.group(1)) and text.startswith(",", when.end()):
        main = when.end() + 1  # "In January 1945, when she was 3, she and her mother fled
        spans = [(e.start - main, e.end - main) for e in dated if e.start >= main]  # west"
        return make_headline(text[main : sentence[1]], spans)
    if when is not None and told_when:
        headline = make_headline(when.group(1), [])  # "since October 2016, when X visited"
        if _MOVEMENT_END.search(headline):
            places = [e.name for e in find_entities(text[sentence[0] : when.start()])
                      if e.kind is EntityKind.PLACE]  # fmt: skip
            if len(places) == 1:
                headline = f"{headline} {places[0]}"  # the place the main clause names
        return headline
    if (
        text.startswith("It", sentence[0])
        and _CLEFT_BEFORE.fullmatch(text, sentence[0], expression.start)
        and (that := _CLEFT_THAT.match(text, expression.end, sentence[1]))
    ):  # "It was not until mid-2021 that the state EPA ... sampled groundwater": the
        # state EPA sampled groundwater
        spans = [(e.start - that.end(), e.end - that.end())
                 for e in dated if that.end() <= e.start < sentence[1]]  # fmt: skip
        return make_headline(text[that.end() : sentence[1]], spans)
    if (
        (opener := found_before(_WHEN_OPENS, text, sentence, expression, 120))
        and _PRONOUN_CLAUSE_AFTER.match(text, expression.end, sentence[1])
        and _VERBISH.search(text, opener.end(), expression.start)
    ):  # "when the show moved to Broadway in April 1981 it ran for 911 performances": the
        # when-clause is that date's event (its main clause only says "it")
        spans = [(e.start - opener.end(), e.end - opener.end())
                 for e in dated if opener.end() <= e.start <= expression.start]  # fmt: skip
        return make_headline(text[opener.end() : expression.end], spans)
    if (
        (opener := _OPENING_WHEN.match(text, sentence[0], expression.start))
        and not SUBJECT_VERB_START.match(text, text.find(",", expression.end, sentence[1]) + 2)
        and (_VERBISH.search(text, opener.end(), expression.start)
             or _SAME_PAST.search(text, opener.end(), expression.start))
        and (comma := text.find(",", expression.end, sentence[1])) > 0
        and not any(expression.end <= e.start < comma for e in dated)
    ):  # "When Okoye signed at 6.52pm on deadline day last September, eight minutes before
        # the window shut, plenty of people thought ...": the when-clause is that date's
        # event (not "Okoye signed ..., plenty of people thought")
        spans = [(e.start - opener.end(), e.end - opener.end())
                 for e in dated if opener.end() <= e.start < comma]  # fmt: skip
        return make_headline(text[opener.end() : comma], spans)
    if (
        (since := found_before(_SINCE_CLAUSE, text, sentence, expression, 100))
        and _VERBISH.search(text, since.end(), expression.start)
        and not _RELATIVE_WORD.search(text, since.end(), expression.start)
        and (_VERBISH.search(_RELATIVE_WORD.split(
            text[_clause_start(text, sentence, since.start()) : since.start()], 1)[0])
             or _FIRST_SINCE_APPOSITIVE.fullmatch(
                 text, _clause_start(text, sentence, since.start()), since.start()))
        and _SINCE_CLAUSE_END.match(text, expression.end)
        and len(_FINITE_BE_HAVE.findall(text, since.end(), expression.start)) < 2
    ):  # "the first split vote since Ms. Varga took office in January 2025": she took
        # office then (the since-clause is that date's event); not "since the triumph of
        # the revolution that brought Castro to power", nor "a boy who had been missing
        # since the breach was found" (his clause's verb follows)
        spans = [(e.start - since.end(), e.end - since.end())
                 for e in dated if since.end() <= e.start <= expression.start]  # fmt: skip
        return make_headline(text[since.end() : expression.end], spans)
    if relative := _in_relative_clause(text, sentence, expression, dated, others):
        return relative
    if relative := _in_pluperfect_relative(text, sentence, expression, dated, others):
        return relative
    if object_phrase := _object_participle(text, sentence, expression, dated):
        return object_phrase
    if subject_phrase := _subject_participle(text, sentence, expression, dated):
        return subject_phrase

    verb_next = VERB_NEXT.match(text, expression.end) is not None  # (cheap: first)
    if verb_next and (
        made := found_before(_OBJECT_RELATIVE_BEFORE, text, sentence, expression, 80)
    ):
        # "the pictures she made that night won an award": that night she made them
        noun = made.group("noun")
        noun = noun[:1].lower() + noun[1:] if noun.split(" ", 1)[0] in _DETERMINERS else noun
        who = made.group("who")
        return make_headline(f"{who[:1].upper()}{who[1:]} {made.group('verb')} {noun}", [])
    if verb_next and (
        participle := _SUBJECT_PARTICIPLE_OPENS.match(text, sentence[0], expression.start)
        or found_before(_SUBJECT_PARTICIPLE_BEFORE, text, sentence, expression, 80)
    ):  # fmt: skip
        # "A truce declared in April 2023 broke down a week later": in April 2023 the
        # truce was declared (the verb's own date gives "A truce broke down")
        noun = participle.group("noun")
        verb = " were " if _PLURAL_END.search(noun) else " was "
        agent = participle.group("agent") or ""
        return make_headline(noun + verb + participle.group("subject") + agent, [])
    if others and (gapped := _gapped_list(text, sentence, expression, dated)
                   or _gapped_figures(text, sentence, expression, dated)
                   or _gapped_subject(text, sentence, expression, dated)):  # fmt: skip
        return gapped
    quoted = QUOTE_THEN_SPEAKER.match(text, sentence[0], sentence[1]) or (
        QUOTE_TAIL_THEN_SPEAKER.match(text, sentence[0], sentence[1])
        if opens_in_quotation(text, sentence[0]) else None
    )  # ('"... town. It holds the water this city drinks," she said yesterday.')
    if quoted is not None and (
        quoted.start("quote") <= expression.start < quoted.end("quote")
        or (expression.start >= quoted.end("quote")
            and not _own_clause_after_speaker(text, quoted.end("quote"), expression.start))
    ):  # fmt: skip
        return ""  # a quotation makes no event, nor does its saying's date ('"We were
        # pushed out in February but we are back," Adams said Sunday'); its speaker's
        # who-clause may ('..., said Lindqvist, who won the title in 2023')
    if quoted is None and (_in_quotation_across(text, sentence, expression)
                           or _in_single_quotation(text, sentence, expression)):
        return ""  # a quotation of several sentences, its speaker after the last ('"On
        # Monday we were dead. Everybody was ordering champagne," he said.'), or one in
        # single marks its speaker opens ("The judge said: 'From January 2023 you ...")
    if (
        quoted is None
        and found_before(_OPENING_QUOTE, text, sentence, expression, QUOTE_REACH)
        and in_quotation(text, sentence, expression.start)
    ):
        # a quotation whose speaker is not written as the pattern knows ('"I joined in
        # mid-2023 because ...," said one software engineer who ...'), or a quoted phrase
        # ('has no intention of tapping its bank lines "for a good part of 1990"'): kept as
        # said, no event when a date outside it dates the saying
        if any(not in_quotation(text, sentence, e.start) for e in dated):
            return ""
        return make_headline(text[sentence[0] : sentence[1]], [])
    if not others and (passive := _object_passive_clause(text, sentence, expression)):
        return passive  # "modelled its plan on a pub in Co Leitrim that was bought by its
        # village in 2031": the pub was bought then
    if relative := _object_relative_clause(text, sentence, expression, others):
        return relative  # "recovered the silver goblet that Emperor Alexander I gave to
        # Porvoo in 1809": he gave it then
    if not others and (contact := _object_contact_clause(text, sentence, expression)):
        return contact  # "is repairing apartment blocks it built between 1995 and 2012":
        # it built them then
    if (
        (until := found_before(_UNTIL_CLAUSE, text, sentence, expression, UNTIL_REACH))
        and "," not in text[until.end() : expression.start]
        and not any(until.end() <= o.start < expression.start for o in others)
    ):  # "they were docked 12 points and nearly folded, until a local businessman paid
        # their debts in the summer of 2012": he paid them then
        end = text.find(",", expression.end, sentence[1])
        end = sentence[1] if end < 0 else end
        spans = [(e.start - until.end(), e.end - until.end())
                 for e in dated if until.end() <= e.start < end]  # fmt: skip
        return make_headline(text[until.end() : end], spans)
    if all(o.start < expression.start for o in others) and (
        after := _after_clause(text, sentence, expression, others)
    ) is not None:
        spans = [(e.start - after[0], e.end - after[0]) for e in dated
                 if after[0] <= e.start and e.end <= after[1]]  # ("on April 6 and 8")
        if (that := _NOUN_THAT_VERB.match(text, after[0], expression.start)) is not None:
            # "after a three-year drought that ended in 2023": the drought ended then
            end = after[1]
            relative_main = _PASSIVE_MAIN_VERB.search(text, expression.end, end)
            if relative_main is not None and not _CLAUSE_JOINT.search(
                text, expression.end, relative_main.start()
            ):  # "after the blaze that broke out above Artenara on Friday afternoon was
                end = expression.end  # declared stabilised": the blaze broke out then
            spans = [(lo - len(that.group("that")), hi - len(that.group("that")))
                     for lo, hi in spans if hi <= end - after[0]]  # fmt: skip
            return make_headline(text[after[0] : that.start("that")]
                                 + text[that.end("that") : end], spans)  # fmt: skip
        return make_headline(text[after[0] : after[1]], spans)  # ("... after two cuts in
        # interest rates this autumn brought first-time buyers back": they brought them)
    pieces = _without_relative_clauses(text, sentence, expression) if others else [sentence]
    reduced = len(pieces) > 1 and _PARTICIPLE_OPENING.match(text, pieces[0][1])
    if len(pieces) > 1 and not (
        reduced and any(lo <= o.start < hi for o in others for lo, hi in pieces)
    ):
        if not reduced and any(lo <= o.start < hi for o in others for lo, hi in pieces):
            # "Severnside, which handled ... last year, opened in 1969 ... and was bought
            # ... in 2016": the sentence without its relative clauses, split between its
            # dates as any other
            return _headline_without(text, pieces, expression, dated, others)
        return _joined_headline(text, pieces, dated)
    clause = _clause_for(text, sentence, expression, others)
    if others and (around := next((
        m for m in _RELATIVE_CLAUSE.finditer(text, max(sentence[0], expression.start - 200),
                                             min(sentence[1], expression.end + 200))
        if m.start() < expression.start < m.end() and not m.group("participle")), None)):
        close = text.rfind(",", around.start() + 1, around.end())  # (who/which only)
        if clause[0] > around.start() and clause[1] > close > clause[0]:
            # "Early voting, which began Oct. 17 and ended Oct. 30, drew a record ...":
            # the date's clause ends with the relative clause
            clause = (clause[0], close)
    inside = [(max(lo, clause[0]), min(hi, clause[1])) for lo, hi in pieces
              if lo < clause[1] and hi > clause[0]]  # fmt: skip
    if len(inside) > 1:  # "The company, founded in 1990, | went public in 1998 and ..."
        headline = _joined_headline(text, inside, dated)
    else:
        spans = [(o.start - clause[0], min(o.end, clause[1]) - clause[0])
                 for o in dated if clause[0] <= o.start < clause[1]]  # fmt: skip
        headline = make_headline(text[clause[0] : clause[1]], spans)
        if clause[0] == sentence[0] and headline.count('"') % 2 == 1 and (
            headline[:1] != '"' and opens_in_quotation(text, sentence[0])
        ):  # the last sentence of a quotation an earlier one opened, then its speaker:
            headline = f'"{headline}'  # its opening mark ('"Only the boat answered," Yoon
            # told reporters')
    shared = _shared_subject(text, sentence, clause)
    if shared and headline and _pronoun_stands_for(headline.split(" ", 1)[0], shared):
        # "Corvane hired a firm ..., and a week later it notified the FBI": Corvane did
        headline = f"{shared[:1].upper()}{shared[1:]} {headline.split(' ', 1)[1]}"
        shared = ""
    verbs = list(_VERBISH.finditer(text, sentence[0], clause[0])) if shared else []
    bridge = text[verbs[-1].start() : clause[0]].strip() if verbs else ""
    if (
        headline
        and bridge.endswith((" after", " before"))
        and len(bridge.split()) <= 4
        and _OBJECT_START.match(text, clause[0])
        and not _CLAUSE_OF_ITS_OWN.match(text, clause[0], clause[1])
        and not any(verbs[-1].start() <= e.start < clause[0] for e in dated)
    ):  # "came after | two scrubbed attempts in late August": "after" is a preposition
        shared = f"{shared[:1].upper()}{shared[1:]} {bridge}"
        headline = f"{shared} {headline[:1].lower()}{headline[1:]}"
        shared = ""
    opening = _LEADING_AND.sub("", text[clause[0] : clause[1]])
    if (
        shared
        and headline
        and not _VERBISH.search(text, clause[0], clause[1])
        and not _SUBJECT_THEN_VERB.match(opening)  # "and the company did not receive"
    ):
        # "passed the House in May and the Senate on Tuesday": the verb is the first
        # clause's ("The bill passed the Senate")
        joined_by_and = _AND_BEFORE.search(text, max(sentence[0], clause[0] - 6), clause[0] + 4)
        if verbs and joined_by_and and _NOUN_PHRASE_START.match(opening):
            if headline.split(" ", 1)[0] in _DETERMINERS:
                headline = headline[:1].lower() + headline[1:]  # "the Senate"
            headline = f"{shared[:1].upper()}{shared[1:]} {verbs[-1].group(0)} {headline}"
            shared = ""
        elif (
            verbs
            and joined_by_and
            and not _VERBISH.search(shared)  # (not "plans to campaign" already)
            and (preposition := _PREPOSITION_OPENS.match(opening))
        ):
            # "will reopen to passenger traffic on May 1 and to freight by the end of
            # June": the first clause's verb up to its own "to" ("will reopen to freight")
            word = preposition.group(1).lower()
            found = re.search(rf"\s{word}\s", text[verbs[0].start() : clause[0]])
            phrase = text[verbs[0].start() : verbs[0].start() + found.start()] if found else ""
            if phrase and len(phrase.split()) <= PHRASE_MAX_WORDS:
                headline = (f"{shared[:1].upper()}{shared[1:]} {phrase} "
                            f"{headline[:1].lower()}{headline[1:]}")  # fmt: skip
                shared = ""
    if (
        shared
        and headline
        and headline.split(" ", 1)[0].lower() not in _OWN_SUBJECT
        and not _SUBJECT_THEN_VERB.match(headline)
        and not _LONG_SUBJECT_THEN_VERB.match(headline)
        and not _SUBJECT_THEN_PHRASAL_VERB.match(headline)
        and not _PURPOSE_SUBJECT_THEN_VERB.match(headline)
        and not _NOUN_OF_PLACE_THEN_VERB.match(headline)
        and not _ACTION_NOUN_OF_THEN_VERB.match(headline)
        and not _SHARE_OF_THEN_VERB.match(headline)
        and not _COUNTED_SUBJECT_THEN_VERB.match(headline)  # "all 412 passengers and 31
        # crew were rescued": a subject of its own
        and not (
            (opening_time := _OPENING_TIME_PHRASE.match(headline)) is not None
            and _SUBJECT_THEN_VERB.match(headline, opening_time.end())
        )  # "and in its first seven days traffic police issued 5,912 fines": their own
    ):
        if _FINITE_OPENING.match(headline):  # "She will play ... and hopes to open": She
            shared = _TRAILING_AUXILIARY.sub("", shared)  # hopes (not "She will hopes")
        clause_words = _finite(_lower_unless_name(headline, text[sentence[0] : sentence[1]]))
        headline = f"{shared[:1].upper()}{shared[1:]} {clause_words}"
    if (
        others
        and headline
        and _fragment(headline, text[sentence[0] : sentence[1]])
        and (trailing := found_before(_TRAILING_SPEAKER_DATE, text, sentence, expression, 60))
        and _SENTENCE_END_AFTER.match(text, expression.end, sentence[1])
    ):  # fmt: skip
        # "The pilots ... received a warning ... and fell into a ravine, investigators said
        # Wednesday in a preliminary report": on Wednesday they said all of it, not "Fell
        # into a ravine" (its other dates go); what they said is the event of that day
        spans = [(e.start - sentence[0], e.end - sentence[0]) for e in dated]
        said = make_headline(text[sentence[0] : sentence[1]], spans)
        who, verb = trailing.group("who"), trailing.group("verb")
        said = _lower_first(said, text[sentence[0] : sentence[1]])
        return f"{who[:1].upper()}{who[1:]} {verb} {said}"
    reporter = _REPORTED.match(text, sentence[0], clause[0])
    if reporter and text[clause[0] : clause[0] + 5].lower().startswith("that"):
        who = _speaker_inside(reporter.group("who").strip())
        headline = f"{headline}, {who} {reporter.group('verb')}"
    elif others and headline and (speaker := _speaker_of_date(text, sentence, expression)):
        # "Police said on Tuesday that the suspect was arrested on Sunday": on Tuesday
        # the police said it (the arrest is Sunday's event)
        said, leading = speaker
        sentence_text = text[sentence[0] : sentence[1]]
        if said.rsplit(" ", 1)[0].lower() not in headline.lower() and not _fragment(
            headline, sentence_text
        ):
            headline = (
                f"{said} {_lower_first(headline, sentence_text)}" if leading
                else f"{headline}, {said}"
            )  # fmt: skip
    subject = _subject_for(text, clause, sentence)
    if subject:
        rest = re.sub(r"^(?:who|which|whose)\s+", "", headline, flags=re.I)
        if text.startswith("whose", clause[0]):  # "Jangid, whose firm had won": his firm
            subject += "'" if subject.endswith("s") else "'s"
        if text.startswith("that", clause[0]):  # "Began, just when ...": its verb
            rest = _lower_unless_name(rest, text[sentence[0] : sentence[1]])
            subject = _PARTICIPLE_HEAD.sub("", subject)  # "extending a trend": "a trend"
            subject = subject[:1].upper() + subject[1:]
        headline = f"{subject[:1].upper()}{subject[1:]} {_finite(rest)}"
    return headline


def _finite(clause: str) -> str:
    """A subjectless clause led by a gerund, with its past tense instead ("beating
    Zalgiris 97-93": "beat Zalgiris 97-93"), for the subject it is given."""
    first, _, tail = clause.partition(" ")
    past = _GERUND_PAST.get(first.lower())
    return f"{past} {tail}" if past is not None and tail else clause


# Gerunds that lead a subjectless clause ("after beating Zalgiris 97-93 last night") and
# their past tense, for the headline the sentence's subject is given
_GERUND_PAST = {
    "beating": "beat", "winning": "won", "losing": "lost", "defeating": "defeated",
    "drawing": "drew", "scoring": "scored", "signing": "signed", "taking": "took",
    "making": "made", "reaching": "reached", "completing": "completed",
    "finishing": "finished", "breaking": "broke", "setting": "set", "hitting": "hit",
    "claiming": "claimed", "clinching": "clinched", "overcoming": "overcame",
    "holding": "held", "selling": "sold", "buying": "bought", "leaving": "left",
    "raising": "raised", "cutting": "cut", "posting": "posted", "receiving": "received",
}


# A plural noun with its purpose, then its own past verb: "talks to end a drivers' strike
# broke down" (not "plans to campaign", whose verb is the shared subject's)
_PURPOSE_SUBJECT_THEN_VERB = re.compile(
    r"(?i:talks|efforts|attempts|plans|moves|bids|calls|negotiations|measures|steps|"
    r"proposals|protests)\s+to\s+(?:[\w'’-]+\s+){1,6}?"
    r"(?:broke|collapsed|failed|stalled|ended|resumed|began|foundered|succeeded|faltered|"
    r"continued|were|have|had)\b"
)


def _subject_for(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> str:
    """For a relative clause ("who warned Xi ...", "a trend that began"), the noun phrase
    it hangs on."""
    if _THAT_START.match(text, clause[0], clause[1]):
        # "a trend that began last fall": a relative "that" after a noun (not after
        # "said", "showed" and other verbs, where it starts what was said)
        head = text[sentence[0] : clause[0]].rstrip()
        if head.endswith(",") or not _NOUN_BEFORE_THAT.search(head):
            return ""
        return _phrase_before(head)
    if not _WHO_WHICH_START.match(text, clause[0], clause[1]):
        return ""
    head = _without_age(text[sentence[0] : clause[0]].rstrip(" ,"))
    dateless = _DATE_PHRASE_END.sub("", head) if text.startswith("which", clause[0]) else head
    if dateless != head:
        # "passed the bylaw on 3 March, which took effect in April": the bylaw, not March
        return _phrase_before(dateless, after_verb=True)
    # '"That's tennis," said Lindqvist': "Lindqvist"
    subject = _named_before(head) or re.split(r"[,;]|\s[—–-]\s", head)[-1].strip()
    # ("KEENE VALLEY — A 68-year-old Ohio man who vanished": the man, not the dateline)
    if text.startswith("which", clause[0]) and (institution := _institution_ending(head)):
        subject = institution.group(0)  # "The Central Bank of Lesotho, which last week cut
        # its growth forecast for this year": the bank, not Lesotho
    elif text.startswith("which", clause[0]) and subject and (
        thing := _thing_before_place(head, len(head) - len(subject))
    ):
        subject = thing
    return subject if 0 < len(subject.split()) <= 5 else ""


# A preposition of place just before the name a "which" follows: the thing is before it.
_AT_PLACE_END = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?$")  # ("a plant at Providence, opened")
_PLACE_PREPOSITION_END = re.compile(
    r"\s+(?:beside|near|next\s+to|outside|behind|below|beneath|above|alongside|opposite|"
    r"overlooking)\s+(?:the\s+)?$"
)


def _thing_before_place(head: str, name_start: int, *, participle: bool = False) -> str:
    """The noun phrase before a place a "which" follows, when a preposition of place sets
    the place off ("the Sycamore Gap tree beside Hadrian's Wall, which was cut down": the
    tree); "" otherwise."""
    place = (_PLACE_PREPOSITION_END.search(head, 0, name_start)
             or (_AT_PLACE_END.search(head, 0, name_start) if participle else None))
    if place is None:
        return ""
    return _phrase_before(_AMOUNT_IN_PHRASE.sub(" ", head[: place.start()]), after_verb=True)
    # ("A SR 140 million fishmeal and fish-oil plant at Providence": a fishmeal plant)


# A sum of money before a noun: "a SR 140 million plant", "a $40m plant", "a £2.1bn deal"
_AMOUNT_IN_PHRASE = re.compile(
    r"(?:(?<=\b[Aa] )|(?<=\b[Aa]n ))(?:[A-Z]{1,3}[ \t]?\$?|[$£€¥])?[ \t]?\d[\d.,]*[ \t]*"
    r"(?:million|billion|trillion|mn|bn|m|b)?[ \t]+(?=[a-z])"
)


def _named_before(head: str) -> str:
    """The name that ends `head`, with its "the": "Lindqvist", "the Federal Reserve"."""
    name = _NAME_RUN_END.search(head)
    if name is None:
        return ""
    the = head[max(0, name.start() - 4) : name.start()]
    return ("the " if the.lower() == "the " else "") + name.group(0)


# At the start of a clause, matched in place (`endpos` at its end is its slice's end).
_THAT_START = re.compile(r"that\b")
_WHO_WHICH_START = re.compile(r"(?:who|which|whose)\b")
_PARTICIPLE_HEAD = re.compile(r"^[a-z]+ing\s+")
# A noun before a relative "that": a word after a determiner, and no verb of saying,
# knowing or showing ("said that", "showed that") or "so"/"such"/"now".
_NOUN_BEFORE_THAT = re.compile(
    r"\b(?i:a|an|the|this|its|his|her|their|our|one|some|any)\s+(?:[\w-]+\s+){0,4}"
    r"(?!(?:said|says|told|showed|shows|found|believes?|believed|thinks?|thought|knows?|knew|"
    r"hopes?|hoped|fears?|feared|means?|meant|suggests?|suggested|indicated|announced|"
    r"reported|warned|claimed|added|argued|noted|insisted|stated|expects?|expected|agreed|"
    r"so|such|now|week|month|year|weekend|morning|afternoon|evening|night|yesterday|today|"
    r"tonight|tomorrow|ago|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)$)[a-z][\w-]*$"
)
