"""A headline from the clause a date anchors: without its date phrases, attribution
and clutter ("Police said on Tuesday that the suspect was arrested" -> "The suspect was
arrested")."""

from __future__ import annotations

import bisect
import re

from timeline.dates import lexicon as lx
from timeline.dates.absolute import SPLIT_YEARS
from timeline.text import DASHLESS_WIRE_TAG, EXCHANGES, UPDATE_CLOCK_AT, UPDATE_WORD

HEADLINE_MAX_WORDS = 22
MIN_HEADLINE_WORDS = 8  # a headline cut at a comma keeps at least this many words
# `(?<!\s)`: a match that starts with white space starts where the white space does, so
# no other position inside a run is worth trying (and trying them all is quadratic).
_CAPTION_CREDIT = re.compile(
    r"(?<!\s)\s*\((?:[^()]*\b(?:Photo|Photograph|Reuters|AFP|Getty|AP|File|Image)\b[^()]*)\)", re.I
)
# A company's exchange and symbol: "Brightwater Pet Brands, Inc. (NYSE: BWPB)".
_TICKER = re.compile(rf"(?<!\s)\s*\({EXCHANGES}\s*:\s*[A-Z][A-Z0-9.]{{0,7}}\)")
# A page's label before a caption or note: "Photo:", "Caption:", "Editor's note:"; a
# post's edit ("EDIT 2:") and an answer's word ("Once: in June 2044 a lorry ...").
_PAGE_LABEL = re.compile(
    r"^(?:Photo(?:graph)?|Picture[ds]?|Image|Caption|Editor['’]s\s+note|(?:Update|Edit)"
    r"(?:\s+\d{1,2})?|Once|Yes|No)\s*:\s*",
    re.IGNORECASE,
)
# An update note's label opening the sentence: left by its time's removal ("UPDATE,
# [8.15am]: "), in brackets ("[UPDATE 15:40] ", "[UPDATE] "), or with a time that is
# no date of the sentence's happening ("UPDATE, 15:40: At 14h10, a crane lifted ...")
_UPDATE_LABEL = re.compile(
    rf"^(?:{UPDATE_WORD}[ \t]*[,:—–-][ \t]*(?:[:—–-][ \t]*)?(?=[A-Z])"
    rf"|[\[(]{UPDATE_WORD}[^\])\n]{{0,24}}[\])][ \t]*[,:—–-]?[ \t]*"
    rf"|{UPDATE_WORD}[ \t]*,?[ \t]*{UPDATE_CLOCK_AT}\d{{1,2}}(?:[:.h]\d\d)?[ \t]*"
    r"(?:[AaPp]\.?[Mm]\.?)?[ \t]*[,:—–-][ \t]*)"
)
# A transcript's turn: its time code and its speaker in capitals ("[00:04:12] TEBOGO: ",
# "MARTIN: "), a live chat's agent with the firm's name and its customer ("Mélanie (Golfe
# Air): ", "You: ")
_TRANSCRIPT_TURN = re.compile(
    r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    r"(?:[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2}:[ \t]+"
    r"|[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}[ \t]+\([^()\n]{1,30}\):[ \t]+|You:[ \t]+)?"
)
_CAPTION_SIDE = re.compile(r",\s+(?:right|left|center|centre|top|bottom|second from \w+),")
_ATTRIBUTION_END = re.compile(
    r"(?:,\s*(?:[a-z]+\s+){0,2}(?=(?:officials?|police)\s)|,\s*|\s+)"  # ", health officials"
    r"(?:(?:he|she|they|it|officials?|police|the\s+\w+|(?:the\s+)?"
    r"(?:[A-Z][\w.'-]*\s*(?:(?:and|of|for|&)\s+(?:the\s+)?(?=[A-Z]))?){1,6})"  # ("Fire and
    # Rescue Service", "the Civil Aviation Authority of the Philippines")
    r"\s+(?:said|says|told\s+[\w.]+|added|reported|announced|wrote)"
    r"|(?:said|says|told\s+[\w.]+)\s+(?:[A-Z][\w.'-]*\s*){1,4}"
    r"(?:,\s+(?:a|an|the|who|[a-z]+\s+of)\b[^.]*)?"
    r"|according\s+to\s+[^,.]+)\s*[.!]?\s*$"
    r"|,\s*[a-z]{3,}s\s+(?:said|say)\s*[.!]?\s*$"  # ", residents said", ", analysts say"
    r"|,\s*(?:the\s+(?:[a-z][\w-]*\s+){1,2}|an?\s+(?:[a-z][\w-]*\s+){0,2})[a-z][\w-]*\s+"
    r"(?:said|says|added|reported|announced)"
    r"\s*[.!]?\s*$"  # ", the transport ministry said", ", the state health department said",
    # ", a police spokesman said"
    # ", federal investigators said in a preliminary report", ", the team said in a statement"
    r"|,\s*(?:[a-z]+\s+){0,2}[a-z]{2,}\s+(?:said|says?)\s+(?:in|on|at)\s+(?:a|an|the)\s+"
    r"[\w-]+(?:\s+[\w-]+){0,2}\s*[.!]?\s*$"
    # ", an official from the organization said", ", a spokesman for Acme Corp. said"
    r"|,\s*(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:of|for|from|at|with)\s+(?:the\s+)?"
    r"(?:[\w.'’&-]+\s+){1,4}?(?:said|says|added)\s*[.!]?\s*$"
    # ", provincial disaster officer Edgar Posadas said"
    r"|,\s*(?:[a-z]+\s+){1,3}(?:[A-Z][\w.'-]*\s+){1,4}(?:said|says)\s*[.!]?\s*$"
)
# Words one of which every _ATTRIBUTION_END match holds (a cheap test before the pattern).
_ATTRIBUTION_WORDS = ("said", "say", "told", "added", "reported", "announced", "wrote",
                      "according")  # fmt: skip
_ATTRIBUTION_START = re.compile(
    # ("Priya Shah said", "Council transport engineer Priya Shah said": a role before a name)
    # ("The minister said": a speaker named by a noun, no auxiliary among its words)
    r"^(?:(?:The|A|An)\s+(?:(?!(?:was|were|is|are|has|have|had|been)\s)[a-z][\w-]*\s+){1,2}"
    r"(?=(?:said|says|told)\s)|"
    r"(?:[A-Z][\w.'-]*\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))?(?:[A-Z][\w.'-]*\s+){1,4}|"
    # a title with its portfolio or unit: "State Minister for Labour and Employment Farhana
    # Haque said", "DWC Deputy Director (Wildlife Health) Dr. Sajeewa Rathnayake said"
    r"(?!The\s)[A-Z][\w.'’-]*\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:(?:for|of|and)\s+|"
    r"\([A-Z][\w .'’-]{0,40}\)\s+)(?:(?:for|of|and)\s+|\([A-Z][\w .'’-]{0,40}\)\s+|"
    r"[A-Z][\w.'’-]*\s+){0,8}(?<=[\w.'’-]\s))"
    r"(?:said|says|told\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[\w-]+\s+(?=\w+\s+that\b))?\w+)\s+"  # ("told the hearing", "told a news conference that")
    r"(?:(?:at|in|on|during|outside|after)\s+(?:(?:a|an|the|his|her|its|their)\s+[\w-]+"
    r"(?:\s+[\w-]+){0,3}?|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|court)\s+(?=that\b))?"
    # ("said outside court that", "said at a news
    # conference that", "said on a call with analysts that", "said in San Francisco that")
    r"(?:that\s+)?"
)
# What the speaker stays for: a pronoun that names them ("Smith said he would resign")
# or a named listener ("Yeltsin told Clinton he could live with it").
_PRONOUN_START = re.compile(r"(?:he|she|they|it|we|I)\b")
# A possessive that a speaker named by a noun stays for: "The airport said its systems"
_POSSESSIVE_START = re.compile(r"(?:its|his|her|their)\b")
_NOUN_SPEAKER = re.compile(r"(?:The|A|An)\s+[a-z]")
_TOLD_SOMEONE = re.compile(r"\btold\s+[A-Z]")
# What was said is only a possibility: "the cuts could be reversed", "it might close"
_MODAL_CONTENT = re.compile(r"(?:[\w'’-]+\s+){1,6}?(?:could|might|may)\s+(?!have\b)[a-z]+")
_THAT_END = re.compile(r"\s+that\s+$")
# A promise or a plan reported on the day of its saying: "said on Tuesday evening that the
# state would pay for a new alarm system" (only the saying happened then; not "said the
# plant would close in March", March's closing)
_PROMISED_CONTENT = re.compile(
    r"(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:would|will)\s+(?!have\b)[a-z]+"
)
_SAID_ON_BEFORE = re.compile(
    r"\b(?:said|says|announced|promised|pledged|told\s+[\w.]+)\s+(?:on\s+|late\s+|early\s+)?$"
)
SAID_ON_REACH = 30  # characters back from a date to the saying it dates
# The words that lead into a date and leave the headline with it: "just before
# [midnight Tuesday]", "until at least [Monday]", "for most of [the 2000s]", "on the
# night of [Aug. 28]", "early in [2019]", "at about [15:30]".
_DATE_LEAD_WORDS = ("just", "shortly", "right", "soon", "long", "only")
_DATE_MODIFIER_WORDS = ("earlier", "later", "early", "late")
_DATE_PREPOSITION_WORDS = (
    "as early as", "as recently as", "as late as", "as of", "as at", "on", "in", "at", "during",
    "since", "by", "from", "between", "until", "till", "of", "for", "through", "throughout", "over",
    "before", "after", "within", "than", "to", "compared with", "compared to",
    "for most of", "for much of", "for all of", "for part of", "during most of",
    "in the whole of", "for the whole of", "throughout the whole of", "in all of",
    "during much of", "on the night of", "the night of", "on the morning of",
    "the morning of", "on the evening of", "the evening of", "on the afternoon of",
    "the afternoon of", "for the night of", "for the morning of", "for the evening of",
    "for the afternoon of", "by the night of", "by the morning of", "by the evening of",
    "by the afternoon of", "until the night of", "until the morning of",
    "until the evening of", "until the afternoon of", "starting", "beginning", "effective",
    "until after", "till after", "until just after", "until shortly after", "until well after",
    "until well into", "until late", "until early",
)  # fmt: skip
# Words of degree between a preposition and a span they may stand outside: "only [in
# 2019]", "at least [until Monday]", "at about [15:30]".
_APPROXIMATION_WORDS = ("about", "almost", "approximately", "roughly", "around", "nearly",
                        "just", "only", "at least")  # fmt: skip


def _forwards(phrases: tuple[str, ...]) -> str:
    ordered = sorted(phrases, key=lambda phrase: -len(phrase.split()))
    return "|".join(r"\s+".join(p.split()) for p in ordered)


def _backwards(phrases: tuple[str, ...]) -> str:
    ordered = sorted(phrases, key=lambda phrase: -len(phrase.split()))
    return "|".join(r"\s+".join(word[::-1] for word in reversed(p.split())) for p in ordered)


_DATE_PREPOSITION = re.compile(
    rf"(?:\b(?:{_forwards(_DATE_LEAD_WORDS)})\s+)?"
    rf"(?:\b(?:{_forwards(_DATE_MODIFIER_WORDS)})\s+)?"
    rf"(?:\b(?:{_forwards(_DATE_PREPOSITION_WORDS)})\s+)?"
    rf"(?:\b(?:{_forwards(_APPROXIMATION_WORDS)})\s+)?$",
    re.IGNORECASE,
)
# _DATE_PREPOSITION, written backwards and matched once at the start of the reversed text:
# `search` tries the pattern at every position of `before` (all of it optional, anchored
# at `$`), while its match is just the longest suffix made of those words, which this
# finds at once (10x faster). Phrases of more words come first, so that "as of" is
# preferred to "of"; single words cannot compete, as `\b` ends each at a word boundary.
# tests/test_events_fast.py compares the two on real text.
_DATE_PREPOSITION_BACKWARDS = re.compile(
    rf"(?:\s+(?:{_backwards(_APPROXIMATION_WORDS)})\b)?"
    rf"(?:\s+(?:{_backwards(_DATE_PREPOSITION_WORDS)})\b)?"
    rf"(?:\s+(?:{_backwards(_DATE_MODIFIER_WORDS)})\b)?"
    rf"(?:\s+(?:{_backwards(_DATE_LEAD_WORDS)})\b)?",
    re.IGNORECASE,
)


# A noun after a hyphenated date ("third-quarter profit"), not a verb or a function word.
_ATTRIBUTIVE_AFTER = re.compile(
    r" (?!(?:of|and|or|to|that|which|when|as|at|in|on|for|from|by|with|after|before|was|"
    r"were|is|are|has|had|have|will|would|but|than|the|a|an|he|she|they|it|we|you|i|his|"
    r"her|its|their|our)\b)[a-z]+(?<!ed)(?<!ing)\b"  # ("In the mid-2000s she worked")
)


def _date_phrase_start(before: str) -> int:
    """Where the words that lead into a date ("early in", "as of", "at about") begin at the end of
    `before`: `_DATE_PREPOSITION.search(before).start()`, but after an "early"/"late" that a
    length of time owns ("held nearly 10 hours late on the morning of Nov. 8")."""
    match = _DATE_PREPOSITION_BACKWARDS.match(before[::-1])  # always matches (maybe "")
    length = match.end() if match else 0
    if length:
        start = len(before) - length
        if (lead := _CAPITALISED_LEAD.match(before, start)) and before[:start].strip():
            start = lead.end()  # "to Vĩnh Long on Tuesday": a name's word, no "long before"
            if start == len(before.rstrip()):
                return len(before)
        if (part := _PART_OF_SPENT.match(before, start)) and _SPENT_END.search(
            before, max(0, start - 12), start
        ):  # "spent [the night of Sunday to Monday] in school gyms": the night stays, the
            return part.end("part")  # verb's object ("spent the night in school gyms")
        if (late := _MODIFIER_HEAD.match(before, start)) and _UNIT_END.search(
            before, max(0, start - 10), start
        ):  # "was held nearly 10 hours late [on the morning of Nov. 8]": the delay stays
            return late.end()
        return start
    # Only the empty match, which `$` also finds before a final newline.
    return len(before) - 1 if before.endswith("\n") else len(before)


# A lead word in capitals mid-sentence, a name's: "Long" of "Vĩnh Long", "Hạ Long"
_CAPITALISED_LEAD = re.compile(r"\s*(?-i:Just|Shortly|Right|Soon|Long|Only)\b")
_NEGATION_END = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?:but[ \t]+)?(?:not|rather(?:[ \t]+than)?|instead(?:[ \t]+of)?)[ \t]+$")
# (the "than" or "of" may have gone with the date's preposition)
_PART_OF_SPENT = re.compile(
    r"\s*(?P<part>the\s+(?:night|morning|evening|afternoon))\s+of\s*$", re.IGNORECASE)
_SPENT_END = re.compile(r"\b(?:spent|spend|spends|spending|passed)\s*$", re.IGNORECASE)
_MODIFIER_HEAD = re.compile(r"\s*(?:earlier|later|early|late)\b", re.IGNORECASE)
_UNIT_END = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s*$")


_CLAUSE_COMMA = re.compile(
    r",\s+(?=(?:a|an|the|which|who|where|when|while|but|and|as|after|before|because|"
    r"although|though|with|including|[a-z]{3,}ing)\b)"  # ", alleging that ...", ", saying"
)
_QUOTES = "\"'“”‘’"
_DANGLING_DURATION = re.compile(
    r",\s+(?:(?:less|more|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|just\s+|the\s+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few|\d+)\s+"
    r"(?:hours|days|weeks|months|years)$"
)
_DANGLING_PARTICIPLE = re.compile(r",\s+[a-z]{3,}ing$")
_DANGLING_INCLUSIVE = re.compile(r"(?:,\s*|\s+)(?:both\s+(?:days|dates)\s+)?inclusive\b(?=$|[,;.])")
_DANGLING_STATE = re.compile(r",\s+(?:valid|effective|applicable|in\s+force)$")


# tidy's steps as single patterns, as they were first written (tidy gets their results
# with cheaper means; tests/test_events_fast.py compares the two).
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_REPEATED_PUNCT = re.compile(r"([,;:])(?:\s*[,;:])+")
_PUNCT_RUN = re.compile(r"([,;:])[,;:]+")  # _REPEATED_PUNCT where no space precedes a mark
# The participle of an aside that gives a thing's year: "(built 2014)", "(founded 1990)"
ASIDE_PARTICIPLE = r"(?:built|founded|launched|born|opened|established|est\.|completed|b\.)"
_STUMP = re.compile(
    r" ?\( (?:(?:in|at) (?:[a-z]+ ){0,2}[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}|(?:[a-z]+ )?time)"
    r" ?\)| ?\"\"| ?“”"
)  # ("( in Lisbon)", "( in mainland Spain)", "( local time)" once their times are gone)
_EMPTY_PARENS = re.compile(  # ("(built )" once its year is gone; "[]" once another
    rf"\(\s*(?:{ASIDE_PARTICIPLE}\s*)?\)|\[\s*\]", re.IGNORECASE  # zone's time is: "at
)  # about 0400 [0700 GMT]")
_LEADING_CONNECTIVE = re.compile(  # (a sentence's "That man testified": a demonstrative)
    r"^(?:(?i:but|and|so|while|when|where|then|also|however|meanwhile)|that|That(?=\s+said\b))"
    r"\b(?!['’-]),?\s*"  # (not "Then-Gov. Ruth Halloran")
    # a speaker's address to the chair or the house: "Sir, 120 workers ... began clearing"
    r"|^(?:(?:Mr\.?|Madam|Madame)[ \t]+(?:Deputy[ \t]+)?(?:Speaker|President|Chairman|Chair)|Sir|"
    r"Madam|Ladies[ \t]+and[ \t]+gentlemen|Honourable[ \t]+Members),[ \t]+(?=\S)"
)
# A hearing's framing before what it heard: "The court heard that engineers opened the
# sluice gates", "The inquiry was told the pilot had switched off the autopilot"
_HEARD_BEFORE = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?(?i:court|jury|jurors|inquiry|inquest|"
    r"tribunal|hearing|trial|committee|panel|magistrates)\s+(?:heard|had\s+heard|"
    r"(?:was|were|had\s+been)\s+told)\s+(?:that\s+(?=\w)|(?=(?:the|a|an|his|her|its|their)\s|"
    r"[A-Z]))"
)
# A leading "When ..., " clause: short, with no comma of its own, before a main clause.
_LEADING_WHEN = re.compile(r"([Ww]hen|After|Before|Once)\s+([^,;]{3,80}?),\s+")
# Past forms of irregular verbs, for the clause and headline readers.
# A subject with a relative clause, then the main verb: "All 14 crew members of a trawler
# that ran aground in a storm were brought ashore"
_SUBJECT_RELATIVE = re.compile(
    r"(?:[A-Z][\w'’-]*)(?:\s+(?!(?:that|which|who|says?|said|told|heard|reported|confirmed|"
    r"warned|showed|added|noted|found|argued|claimed|believed|insisted|[a-z]+ed)\b)[\w'’-]+){1,8}"
    r"(?P<clause>\s+(?:that|which|who)\s+[^,;:\"“”]{10,120}?)"
    r"(?=\s+(?:were|was|are|is|has|have|had|will)\s)"
)
IRREGULAR_PAST = (
    "said|met|went|flew|left|took|made|sent|held|began|came|gave|told|won|lost|rose|fell|grew|"
    "sold|bought|paid|built|brought|chose|wrote|became|saw|found|got|kept|led|spoke|stood|"
    "struck|thought|knew|ran|beat|shot|fought|caught|threw|drew|swept|sank|stole|broke|fled|"
    "withdrew|drove|spread|upheld|withheld|sought|taught|dealt|meant|hid|spent|lent|"
    "understood|withstood|overtook|undertook|forgave|rode|rang|sang|dug|blew|froze|arose|"
    "slid|spun|shook|rebuilt|foresaw|overran|overrode|swore|sprang|swung|wept|slept|crept|"
    "sat|fed|hung|wore|tore|stuck|lit"
)
# Past forms the same as the present ("hit", "cut"), which the irregular list leaves out
SAME_FORM_PAST = "cut|hit|put|set|shut|quit|cast|hurt|burst|split"
# A clause opening with its subject and verb: "its shares doubled", "Ms. Ellison moved".
SUBJECT_VERB_START = re.compile(
    r"(?:(?:the|a|an|his|her|its|their|those|these|this|that|several|many|some|most|all|both|"
    r"hundreds|thousands|dozens|\d[\d,]*)\s+|[A-Z][\w.'’-]*\s+)(?:[\w.'’-]+\s+){0,4}?"
    rf"(?:[a-z]{{3,}}ed|was|were|had|has|is|are|will|would|{IRREGULAR_PAST})\b"
)
_LEADING_SOURCE = re.compile(r"According to [^,;]{3,60},\s+(?=\S)")
_LAST_WORD = re.compile(r"[,;:]?\s+\S*$")


_OTHER_PLACE_LEFT = re.compile(
    r"(?:,\s+or|\s*[—–]|\s+--)\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=$|[,.;])"
)


def _balanced(text: str) -> str:
    """`text` without an aside its cut opened and left open (from its "(" on) and without
    a ")" that closes nothing."""
    opened: list[int] = []  # where the asides still open start, in `kept`
    kept: list[str] = []
    for char in text:
        if char == ")":
            if not opened:
                continue
            opened.pop()
        elif char == "(":
            opened.append(len(kept))
        kept.append(char)
    return "".join(kept[: opened[0]] if opened else kept).rstrip()


_CITATION_MARK = re.compile(r"\[(?:\d{1,3}|citation needed|clarification needed|"
                            r"when\?|who\?|edit|note \d{1,2}|[a-z])\]")
_EMPTY_DASHES = re.compile(r"\s*(?:—\s+—|–\s+–|--\s+--)\s*")


_BULLETS = "•▪◦●·*"  # a list item's mark


def tidy(text: str) -> str:
    # Each pattern runs only when the character it needs is there (most headlines have
    # no parentheses): the same result, a third of the time.
    if "(" in text:
        text = _TICKER.sub("", _CAPTION_CREDIT.sub("", text))
    if "," in text:
        text = _CAPTION_SIDE.sub("", text)
    # _SPACES.sub(" ", text) at twice the speed: `str.split` splits at the same white
    # space as `\s` (both are Py_UNICODE_ISSPACE). A run at either end, which that keeps
    # as one space, goes here at once; the strip below would remove it anyway.
    text = " ".join(text.split())
    if "( " in text or '""' in text or "“”" in text:
        text = _STUMP.sub("", text)  # "(14:40 in Lisbon)" and '"this week"' once their
        # dates are gone: "( in Lisbon)" and '""'
    if any(mark in text for mark in ",.;:!?"):
        # _SPACE_BEFORE_PUNCT and _REPEATED_PUNCT without a scan by sre: every white-space
        # run is now one space, so `\s+` before a mark is " " (removing one cannot put
        # another space before a mark), and then no space precedes a mark, so the
        # repeated marks are adjacent.
        for mark in ",.;:!?":
            if " " + mark in text:
                text = text.replace(" " + mark, mark)
        if ",," in text or ";" in text or ":" in text:  # a pair of marks may be there
            text = _PUNCT_RUN.sub(r"\1", text)
    if "[" in text:
        text = _CITATION_MARK.sub("", text)  # a wiki's ".[3]", "[citation needed]"
    if "(" in text or "[" in text:
        text = _EMPTY_PARENS.sub("", text)
    if "(" in text or ")" in text:
        text = _balanced(text)  # "... came back (Svalbard's hospital does not deliver
        # babies": an aside cut open goes; "Her mother had flown south )": its close
    if "— —" in text or "– –" in text or "-- --" in text:
        text = _EMPTY_DASHES.sub(" ", text)  # "was fired [Oct. 15] — [the day after
        # Thanksgiving] — at the start of ...": the dashes of a date gone
    if " in " in text:  # the place of another zone's time gone: "..., or [5 a.m.] in Tokyo"
        text = _OTHER_PLACE_LEFT.sub("", text)
    text = text.strip(" ,;:-–—.")
    if text[:1] in _BULLETS:
        text = text.lstrip(_BULLETS + " ")  # a list's "• A sand barge struck a pier ...":
        # the bullet goes
    if text[:1].isdigit() and (number := _SECTION_NUMBER.match(text)):
        text = text[number.end() :]  # a report's "2.1 The fire was reported by ...": its
        # paragraph's number goes
    # Drop a quote mark at either end only when it has no partner inside.
    while text and text[0] in _QUOTES and text.count(text[0]) % 2 == 1:
        text = text[1:].strip()
    while text and text[-1] in _QUOTES and text.count(text[-1]) % 2 == 1:
        text = text[:-1].strip(" ,;:.")
    return text.strip(" ,;:-–—")


# A report's paragraph number before a sentence: "2.1 The fire was", "4.2.3. An officer" (not
# a figure: "2.5 Million Homes lost power", "3.5 Tonnes of cocaine seized")
_SECTION_NUMBER = re.compile(
    r"\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+(?=(?:The|A|An|This|That|It|He|She|They|We|Our|Its|His|"
    r"Her|Their|On|In|At|By|To|From|After|Before|During)\b|[A-Z][a-z]*[ \t]+[a-z])"
    r"(?!(?i:million|billion|thousand|trillion|tonnes?|tons?|per|percent|magnitude|degrees?|"
    r"met(?:re|er)s?|kilomet(?:re|er)s?|miles?|hours?|days?|weeks?|months?|years?|points?|"
    r"inches|feet|litres?|liters?|kg|km|mm|cm)\b)"
)


# "ROME (AP) — ", "WASHINGTON, Nov. 17 (Reuters) - ": the place and agency of a dateline.
# "ROME (AP) — ", "CAPE CANAVERAL, Fla., (Reuters) - " once the date is gone, "NAIROBI,
# Kenya (AP) _ ".
_LEADING_DASH = re.compile(r"^[—–_-]+\s+")
_NEWS_DATELINE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'’-]{1,40}(?:[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?"
    r"(?:\.(?:[A-Z]\.)?)?,?\s*)?"  # "ROME", "BOGOTÁ, Colombia"
    r"(?:\([^()]{1,30}\))?\s*"
    r"[—–_-]+\s+(?=\S)"
    r"|^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{2,30}:\s+(?=[A-Z])"  # "KESARGANJ: Laboratory tests ..."
    # a place in any case and its agency's tag: "Dortmund (dpa) - ", "Paris (AFP) — "
    r"|^[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:,?[ ][A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3},?[ ]+\([A-Za-z]{2,8}\)"
    r"\.?\s*[—–-]+\s+(?=\S)"  # ("Montevideo, (EFE).- ", its date gone)
    # an Indian agency's, with no dash: "Ferozepur, (PTI) The death toll", its date gone
    r"|^[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:,?[ ][A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3}(?:[ ]\([A-Z][\w .-]{1,30}\))?"
    rf",?[ ]+{DASHLESS_WIRE_TAG}"
    # an agency's name with no brackets, after what is left of another calendar's date:
    # "Tabuk, Rabi Al-Awwal 8, 1467 SPA -- " (SPA's style, its own date gone)
    r"|^[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:,?[ ][A-ZÀ-ÖØ-Þ0-9][\w.'’-]*){0,7}(?:[ ]*,)*[ ]+[A-Z]{2,6}[ ]*"
    r"(?:--|[—–-])[ ]+(?=\S)"
    # the agency's tag first: "(ANSA) - FLORENCE, - ", its date gone
    r"|^\([A-Z][\w .&/-]{1,30}\)[ \t]*[—–-]{1,2}[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{1,40},?"
    r"[ \t]*[—–-]{1,2}[ \t]+(?=\S)"
    # a release's wire: "MINNEAPOLIS--(BUSINESS WIRE)--", "CHICAGO, /PRNewswire/ --"
    r"|^[A-Z][A-Za-z .,'’-]{1,40}?\s*--\s*\((?i:business\s+wire|globe\s+newswire)\)\s*--\s*"
    r"|^[A-Z][^/\n]{1,60}?/PRNewswire(?:-[A-Z]+)?/\s*[—–-]+\s*"
)
# A phrase led by a preposition ("In its winter outlook"): no noun to be a subject.
PREPOSITION_LED = re.compile(
    r"(?:In|On|At|For|From|With|By|During|After|Before|Under|Over|Since|Through)\s", re.I
)
_LONE_PARTICIPLE = re.compile(
    r",[ \t]+(?:[a-z]{3,}ed|[a-z]{3,}en)(?:[ \t]+(?:out|up|off|down))?[ \t]*(?=,[ \t])"
)
_PARTICIPLE_BEFORE_FINDING = re.compile(
    r"\b(?:published|released|issued|commissioned|conducted|completed|presented|filed|"
    r"submitted|carried[ \t]+out)[ \t]+(?=(?:described|found|said|showed|concluded|warned|"
    r"estimated|put|recommended|called|criticised|criticized)\b)"
)
_LEADING_LONE_PARTICIPLE = re.compile(
    r"^[\s,]*(?!according\b)[a-z]{3,}ing[ \t]*,[ \t]+(?=\S)"
)
# A comma-set phrase that held only dates: "The launch, [at 1:47 a.m. EST (0647 GMT)], came".
_EMPTY_APPOSITIVE = re.compile(r",[ \t]*(?:\([ \t]*\)[ \t]*)?,")


# What a comma before it still sets off once the date between two commas is gone: a
# participle, a new clause ("known as PRISM-3, [in mid-2022,] eventually signing up") or an
# apposition of who someone is ("born in Winnipeg, Manitoba, [on March 3, 1962,] the youngest").
_CLAUSE_GOES_ON_AFTER = re.compile(
    r"[ \t]*(?:(?:[a-z]+ly[ \t]+)?[a-z]+ing\b|(?:and|but|which|who|where|while|according)\b"
    r"|the\s+(?:youngest|eldest|oldest|first|second|third|last|only|son|daughter)\b)"
)


def _appositive_gone(found: re.Match[str]) -> str:
    """The empty appositive ", ," left by a date: nothing ("The company, on Monday, said"),
    or one comma before what it still sets off."""
    if _OPENING_PHRASE.fullmatch(found.string, 0, found.start()):
        return ","  # "After the vote, [on Monday,] the board resigned": the opener's comma
    return "," if _CLAUSE_GOES_ON_AFTER.match(found.string, found.end()) else ""


# A sentence's opening phrase, no clause of its own: "In the heaviest", "After the vote"
_OPENING_PHRASE = re.compile(
    r"(?:In|After|Before|During|At|On|For|With|Despite|Since|Following|Under|Amid|Without|"
    r"By|Of)\b[^,;:]*"
)


# A date as the subject after its verb: "Then came January."
_INVERTED_BEFORE = re.compile(r"[\s\"'“‘`]*(?:(?:And\s+)?[Tt]hen\s+)?(?:came|come|comes)\s+")
# A year in a name: "the Treaty of 1855", "the Civil Rights Act of 1964"
_CAME_DATE = re.compile(r"((?i:came|comes))\s+([A-Z0-9][\w.'’-]*(?:\s+[\w.'’-]+){0,3})")
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")
_YEAR_ONLY = re.compile(r"\d{4}")
_THE_END = re.compile(r"\b[Tt]he\s+$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")  # an edition's name: "the 2087 Open"
_POSSESSIVES = ("'s", "’s")
# A possessive date that stands for its noun, a verb or a stop after it: "Not all of this
# year's made it", "Last year's was the worst season on record"
_POSSESSIVE_AS_NOUN = re.compile(
    r"['’]s(?=[ \t]+(?:was|were|is|are|has|had|have|will|would|could|did|made(?!-)|came|went|"
    r"fell|won|ended)\b|[ \t]*[,.;:!?)])"  # (not "Tuesday's televised debate", "Wednesday's
    # failed vote", "Tuesday's rose ceremony", "Sunday's made-for-TV film")
)
# A clause-opening phrase of a period named by its date: "In the [2024-25] school year,".
_OPENING_PERIOD_BEFORE = re.compile(
    r"[\s\"'“‘`]*((?:In|During|For|Over|Through|Throughout)\s+(?:the|its|their)\s+)"
)
_PERIOD_NOUN_COMMA = re.compile(
    r"(?:[-–/]\d{2,4})?\s*(?:(?:school|academic|fiscal|financial|calendar|tax|model|budget)\s+)?"
    r"(?:year|season|quarter|term|session|period|semester)\s*,\s*"
)
_TRAILING_CONJUNCTION = re.compile(r"[,;]?\s+(?:and|or|but)$")
# A headline's last word that keeps its full stop ("a.m", "U.S", "Inc": tidy took it).
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros|St))$")
DATE_JOINER = re.compile(r"\s*(?:,|and|or|to|through|until|-|–|/|ended|ending)\s*")
# "in the spring, probably in early May", "in March, possibly as early as March 1": a
# guess at a day or month inside the date just told, which stands for both (and goes
# from a headline with it)
HEDGED_REFINEMENT = re.compile(
    r"\s*,\s*(?:probably|possibly|likely|most\s+likely|perhaps|maybe)\s+"
    r"(?:(?:in|on|by|at|as\s+early\s+as|as\s+soon\s+as)\s+)?",
    re.IGNORECASE,
)
# A word that needs the date after it, which stays: "spent Tuesday night on a cot",
# "waited until Monday morning to concede"; at the end of a clause, "paid sick leave
# starting May 1", "the loan, which was due Sept. 30", "had been set for Wednesday,",
# "could slip into the second half of 2026".
_COMPLEMENT_BEFORE = re.compile(
    r"(?:\S\s+|^(?=spen))(?:(?P<always>spent|spend|spends|waited\s+until|wait\s+until|dated|"
    r"postmarked\s+by|as\s+late\s+as)|starting|"
    r"beginning|ending|"  # ("the 24 hours ending at 4 p.m. Tuesday")
    r"begins|begin|due|set\s+for|(?:slip|slips|slipped|slide|slides|slid|spill|spills|"
    r"spilled|stretch|stretches|stretched|drag|drags|dragged)\s+(?:on\s+)?into)"
    r"\s+(?:(?:in|on|at|about|around|nearly|after|before|past)\s+){0,2}$",  # ("waited"
    # until after midnight")
    re.IGNORECASE,
)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”]|and\b|$)")
# A date that is a clause's subject stays: "as Easter week began", "when 2019 ended".
# A date as a noun after a superlative ("the hottest July", "its warmest June and July
# combined", "the third-warmest August", a title's "through hottest July") or as the
# subject of what was said ("said July was the third-warmest on record"): it stays.
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:(?:the|its|their|his|her|a|an)\s+|(?:through|in|for|of)\s+)"
    r"(?:(?:second|third|fourth|fifth)[\s-]+)?"
    r"(?:(?!(?:request|interest|contest|protest|forest|test|quest|west|chest|guest|nest|"
    r"rest|arrest|suggest|harvest|conquest|manifest|behest|honest|modest|invest|digest|"
    r"ingest|molest|priest|latest)\b)[a-z]{2,}est|best|worst|most\s+(?!of\b)[a-z]+|"
    r"least\s+[a-z]+)\s+$"
)
_SO_FAR_OPENING = re.compile(r"\s*[\"“]?(?:So|so)\s+far\s+")
_ONWARDS_AFTER = re.compile(r"\s+(?:onwards?|on)\b(?=\s*[,.;:!?]|\s*$)")
# A zone's code after a clock, known or not: "5:00 am CXT", "12:00 pm CCT", "09:00 WAT"
_CLOCK_ZONE_AFTER = re.compile(
    rf"[ \t]+(?:{lx.ZONE_RE}|[A-Z]{{1,4}}T\b(?=[ \t]*(?:[,.;:)\]]|$)|[ \t]+(?:on|today|"
    rf"tonight|tomorrow|yesterday|this|while|when|and|{lx.WEEKDAY_NAME_RE})\b))"
)  # (an unknown code before a day or a stop only: not "at 9am IT workers said")
_ZONE_AFTER = re.compile(
    r"(?:,[ \t]+(?:[A-Z][a-z]+|local)[ \t]+time\b,?|[ \t]+(?:[A-Z][a-z]+|local)[ \t]+time\b)"
    r"(?=\s*[,.;)]|\s+(?:on|that)\b|$)"
)
# A comma-set aside: a relative clause, an apposition or a participle phrase that the
# sentence goes on after (", who oversaw ... ,", ", an earthen berm built ... ,").
_ASIDE_VERB = (r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|must|should|"
               r"said|says|did|does|died|took|won|lost|made|gave|got|went|came|led|left|"
               r"beat|rose|fell|began|became|held|kept|met|paid|sold|told|ran|saw|spent|"
               r"struck|brought|bought|found|[a-z]{3,}ed)\b")  # fmt: skip
_ASIDE = re.compile(
    r",\s+(?:who|whose|which|a|an|(?:and\s+)?not\s+(?:a|an|the|its|their)|"
    # (or "the ..." with a relative clause: ", the Marquesan master carver whose ... carvers,
    # died")
    r"the(?=\s[^,;:()\"“”]{2,60}?\b(?:who|whose|which)\b))\b"
    r"(?:[^,;:()\"“”]|,(?!\s+" + _ASIDE_VERB + r")){3,200}?,"
    r"(?=\s+" + _ASIDE_VERB + ")"
)
_OPEN_RELATIVE_END = re.compile(r"\b(?:that|which|who|whom)\s*,$")


def _aside_gone(aside: re.Match[str]) -> str:
    """ "" for a whole aside; an open relative (", a result that, combined with ...,") stays."""
    return aside.group(0) if _OPEN_RELATIVE_END.search(aside.group(0)) else ""


_AGE_LEFT = re.compile(r",\s*\d{1,3}(?=\s+(?:was|were|is|are|has|had|have|will|would)\b)")
_VOWEL_SOUND_NEXT = re.compile(r"\s+(?![Uu](?:ni|s[aeu])|[Oo]ne|[Ee]u)[AEIOUaeiou]")
_AN_END = re.compile(r"(?:^|\s)([Aa])n $")
_CONSONANT_SOUND_NEXT = re.compile(
    r"\s+(?:[Uu](?:ni|s[aeu])|[Oo]ne|[Ee]u|(?![Hh](?:our|onest|ono|eir))[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|reported|showed|shows|that)\s+$")
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are|will\s+be)\s+(?:(?:in|on|at)\s+)?$")
_SUBJECT_DATE_BEFORE = re.compile(r"\b(?:as|when|while|until|once)\s+$")
_VERB_AFTER = re.compile(
    r" (?:began|begins|ended|ends|came|comes|arrived|approached|opened|closed|"
    r"started|starts|drew|draws|wore)\b"
)
# A date that opens its clause as the subject: "2023 was the hottest year", "Last year saw".
_SUBJECT_VERB_AFTER = re.compile(
    r" (?:was|is|were|are|will\s+be|has\s+been|had\s+been|saw|sees|marked|marks|brought|"
    r"became|proved|fell|falls|came|comes|opens|closes|resumes|continues|runs|kicks\s+off|"
    r"(?:each|all|both)\s+[a-z]+|"  # ("The 2032-33 season opens in Lillehammer")
    r"(?!(?:ended|started|began)\b)[a-z]{3,}ed)\b"  # ("Easter fell on St George's Day")
)


# A date opening a later clause: ", and July was hotter still", ", and the year closed"
# (a named period, not an adverb: "Duluth, Minnesota, last month received a warning")
_NAMED_PERIOD = re.compile(r"(?:the\s+)?(?:year|month|week|[A-Z][a-z]+|\d{4}s?)")
_CLAUSE_OPENS_END = re.compile(r"[,;:]\s+(?:(?:and|but|while)\s+)?(?:the\s+)?$")
_CONJUNCTION_ONLY = re.compile(r"[\s\"'“‘`]*(?:and|but|while|And|But|While)\s+(?:the\s+)?")


def _list_end(text: str, end: int, ordered: list[tuple[int, int]]) -> int:
    """Where the list of dates that `end` ends the first of closes ("August, September
    and October"): after the last date joined to it by a comma or "and". `ordered`: the
    date spans, sorted (a date not joined ends the list: the ones after it cannot be)."""
    index = bisect.bisect_left(ordered, (end, -1))
    while index < len(ordered) and DATE_JOINER.fullmatch(text, end, ordered[index][0]):
        end = ordered[index][1]
        index += 1
    return end


# "is not expected to cut until June": without its date the clause says the opposite.
NOT_UNTIL_PATTERN = (  # (also "did not lift it until after 3 p.m.")
    r"(?:\bnot\b|n't\b|\bnever\b)[^,;.]{0,60}\s(?:until|till)"
    r"(?:\s+(?:(?:just|shortly|well)\s+)?after|\s+well\s+into|\s+late|\s+early)?\s+$"
)
_NOT_UNTIL = re.compile(NOT_UNTIL_PATTERN)
# "a hot August", "a busy Monday": an adjective makes the date a noun, and it stays.
_INDEFINITE_ADJECTIVE_END = re.compile(
    r"\b(?:a|an|A|An)\s+(?:hot|cold|warm|mild|wet|dry|rainy|snowy|sunny|stormy|busy|quiet|"
    r"long|short|tough|difficult|bloody|tense|violent|chaotic|turbulent|historic|record|"
    r"good|bad|great|strong|weak|miserable|memorable)\s+$"
)
_OPENING_MARKS = " \t\n\"'“‘`"
_ARTICLE_ONLY = re.compile(r"[\s\"'“‘`]*(?:The|the)\s+")
_PREPOSITION_OWNER_END = re.compile(
    r"\s*\b(?:for|in|during|of|over|through|throughout|since|(?-i:In|For|During|Over))\s+"
    r"(?:its|their|his|her|our)\s+$"
)
# "For the year ended [Sept. 30]", "for its fiscal second quarter[, which ended Dec. 31]"
# (the period gone as a date before it, or a period noun kept): the ending goes too.
_PERIOD_ENDED_END = re.compile(
    r"(?:\b(?:quarter|year|period|months?|weeks?|half)|^)"
    r"(\s*,?\s+(?:(?:which|that)\s+)?(?:ended|ending|ends)\s+)$"
)
_WORD_AFTER_NUMBER = re.compile(r"(?<=\d) [a-z]")  # "his Aug. 2 power-grab": a noun's modifier
_ARTICLE_END = re.compile(r"\b(an?)\s+$")
_ARTICLE_OR_THE_END = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
_IN_WHICH_AFTER = re.compile(r"\s+(?:in|during|on|at|for)\s+which\b")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s*$", re.I)
_LONGEST_DETERMINER = 5  # "their"


def _ends_with_determiner(piece: str) -> bool:
    """`_DETERMINER_END.search(piece)`, tried only where a match can start: a determiner
    ends where the white space at the end begins (str.rstrip strips the characters \\s
    matches), so it starts at most 5 characters before (tests/test_events_fast.py)."""
    start = len(piece.rstrip()) - _LONGEST_DETERMINER
    return _DETERMINER_END.search(piece, max(0, start)) is not None


# The happening a date phrase counts from, up to its comma ("The day after| the
# shooting, ...")
_ANCHOR_EVENT_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|this|that)\s+[^,;:.!?\n]{1,40}?(?=[,;:.!?\n]|$)"
    r"(,\s*(?=[A-Za-z]))?"
)
# What an apposed "the day" counts from, up to its comma: "Nov. 12, the day| after
# Veterans Day, and"
_DAY_COUNTED_FROM = re.compile(r"\s+(?:before|after)\s[^,;.:!?\"“”]{1,80}?(?:,(?=\s)|(?=[.;!?]|$))")
_COMMA_AFTER = re.compile(r"\s*,\s*(?=[a-z])")
# A date written with a comma of its own: "May 2, 1934", "Monday, Sept. 6", "Friday, 17 Nov"
_DATE_COMMA_END = re.compile(
    r"(?:\d,\s*\d{4}|[a-z],\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?)|\w,\s+(?:an?\s+)?[A-Z][a-z]{2,5}day)$"
)  # (and a day's apposed weekday: "on June 12, a Friday, in the shed")
# The comma that closes such a date, before a preposition or conjunction (not before "two
# days after", a phrase of its own)
_YEAR_COMMA_AFTER = re.compile(
    r"\s*,\s*(?=(?:in|at|on|near|to|from|for|with|and|or|but|after|before|during|when|"
    r"while|where|by)\b)"
)

_OPENING_QUOTES = ('"', "“")
# The end of a quotation, then its speaker: '... this avenue," Odinga told reporters'.
_QUOTE_CLOSED_ONLY = re.compile(r"[,.!?][\"”]\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told)\b")
_WIRE_OPEN = re.compile(r"(?:(?<=\s)|^)''(?=\w)")  # '' opening a quotation: "of ''child abuse''"
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# A quotation then its speaker: ``We are back,'' Adams said / "...," the minister told AP.
_QUOTE_BODY_THEN_SPEAKER = (
    r"(?P<quote>(?:(?!``|'')[^\"“”]){3,}?)[\s,.!?]*(?:''|\"|”)\s*,?\s*"
    r"(?:(?P<who>(?:[a-z]+\s+){0,3}(?:[A-Z][\w.'’-]*\s+){1,5}|(?:the\s+)?[a-z]+\s+)"
    r"(?:said|says|added|told\s+[\w.]+|declared|insisted|warned)\b"
    r"|(?:said|says)\s+(?P<after>(?:[A-Z][\w.'’-]*\s*){1,5}|the\s+[a-z]+))"  # said Gerard Rice
    r"(?:(?!``)[^\"“”])*$"
)
QUOTE_THEN_SPEAKER = re.compile(r"(?:``|\"|“)\s*" + _QUOTE_BODY_THEN_SPEAKER)
# ... and the last sentence of a quotation an earlier sentence opened: 'Only the boat
# answered," Yoon told reporters on Monday morning'
QUOTE_TAIL_THEN_SPEAKER = re.compile(r"\s*" + _QUOTE_BODY_THEN_SPEAKER)


def is_attributive(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] qualifies the noun after it, its last word
    hyphenated: "a drop in third-quarter profit", "the year-end rally" (not "the
    December-to-February quarter rose", nor a year told by two, "prices for 2026-27 rise")."""
    last = text[start:end].rsplit(None, 1)[-1]
    return "-" in last and not SPLIT_YEARS.fullmatch(last) and bool(
        _ATTRIBUTIVE_AFTER.match(text, end))


# A holiday a verb observes stays with it: "marking Independence Day", "to celebrate Diwali"
_OBSERVED_BEFORE = re.compile(
    r"\b(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing)|observ(?:e|es|ed|"
    r"ing)|spoil(?:s|t|ed|ing)?|ruin(?:s|ed|ing)?|disrupt(?:s|ed|ing)?|overshadow(?:s|ed|ing)?|"
    r"dampen(?:s|ed|ing)?|spen(?:d|ds|t|ding)|enjoy(?:s|ed|ing)?)\s+$"
)  # ("The storm has also spoiled Valentine's Day for the island's restaurants": its object)
HOLIDAY_TEXT = re.compile(
    r"(?:[A-Z][\w'’.]*\s+){0,3}(?:Day|Eve|Christmas|Easter|Hogmanay|Thanksgiving|Halloween|"
    r"Diwali|Eid|Hanukkah|Passover|Juneteenth|New\s+Year|Festival|Jayanti|Shrove\s+Tuesday|"
    r"Ash\s+Wednesday|Palm\s+Sunday|Maundy\s+Thursday|Whit\s+Monday)"
)
# A noun a holiday's name qualifies ("the Boxing Day parade", "the New Year's Day Junkanoo
# parade"), or a verb it is the subject of ("New Year's Day fell on a Sunday")
HOLIDAY_NOUN_AFTER = re.compile(
    r"(?: [A-Z][\w'’-]*)? (?!(?:of|and|or|to|that|which|when|where|while|as|at|in|on|for|from|"
    r"by|with|without|after|before|during|until|since|against|despite|amid|over|under|if|"
    r"because|so|but|than|then|this|that|next|last|these|those|the|a|an|was|were|is|are|has|"
    r"had|have|will|would|could|should|may|might|can|he|she|they|it|we|you|i|his|her|its|"
    r"their|our|my|your|too|also|again|alone|only|itself|day|eve)\b)[a-z]+(?<!ed)(?<!ing)(?<!ly)\b"
)
_PREPOSITION_BEFORE_HOLIDAY = re.compile(
    r"\b(?:on|in|at|by|until|till|since|before|after|from|through|over|during|for)\s+$"
)  # (not "ran aground off Dyer Island on Heritage Day broke in two")
_HOLIDAY_VERB_AFTER = re.compile(r" (?:fell|falls|fall|was|is|will|has|had|came|comes)\b")
# A holiday as the subject of "with": "With Chinese New Year falling on Saturday, ..."
_WITH_BEFORE = re.compile(r"\b[Ww]ith\s+$")
# A participle left alone once its date goes, after the clause's own verb: it goes too.
# Either it follows a short lowercase object of a preposition ("upheld the law in a
# ruling issued [in April], and ...", "will appear on tax bills mailed [in January].") or
# it stands between commas ("a rule, adopted [earlier this year], that requires").
_PARTICIPLE_WORD = (
    r"(?:(?!(?:need|speed|feed|seed|proceed|exceed|succeed|hundred|red|bed|shed)\s)"
    r"[a-z]{3,}ed|set|made|held|built|paid|sold|won|begun|taken|given|sent|bought|brought|"
    r"written)"
)
_PARTICIPLE = _PARTICIPLE_WORD + r"\s+$"
# A participle after its auxiliary and a date: "was [today] found guilty"
_AUXILIARY_PARTICIPLE_AFTER = re.compile(
    rf"[ \t]+(?:not[ \t]+)?(?:{_PARTICIPLE_WORD}|found|shot|told|caught|struck|hit|sworn|beaten|"
    r"chosen|seen|shown|thrown|driven|stolen|broken|frozen|lost|put|cut|laid)\b"
)
_WHEN_ADVERB = r"(?:first|last|once|originally|previously)"
_NOT_NOUN = (r"(?:was|were|is|are|be|been|being|has|had|have|not|also|then|who|which|that|"
             r"he|she|they|it|we|i|you)\b")  # fmt: skip
SUBJECT_NOUN = (
    r"(?P<noun>(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Aa]bout\s+\d+|[Ss]ome|\d+)\s+)"
    r"(?:(?!" + _NOT_NOUN + r")[a-z][\w'’-]*\s+){0,2}?(?!" + _NOT_NOUN + r"|" + _WHEN_ADVERB
    + r"\s)[a-z][\w'’-]*)\s+(?P<subject>(?:" + _WHEN_ADVERB + r"\s+)?" + _PARTICIPLE_WORD + ")"
)  # ("A songbird last recorded in 1911 has been rediscovered": it was last recorded then)
SUBJECT_PARTICIPLE_HEAD = (
    r"(?:^\s*|\b(?:that|when|as|after|because|while)\s+|[,;]\s+)" + SUBJECT_NOUN
)
SUBJECT_PARTICIPLE = SUBJECT_PARTICIPLE_HEAD + r"\s+$"
_PARTICIPLE_END = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Aa]t|of|for|[Ww]ith|by|from|into|[Uu]nder)\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*\s+(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)"
    r"(?<!\bare\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)"
    r"(?P<participle>" + _PARTICIPLE + ")"  # (a passive's stays: "the draw, to be made",
    # "in a laundromat was killed")
    r"|(?P<comma>,\s+" + _PARTICIPLE + ")"
    r"|" + SUBJECT_PARTICIPLE
)
# A subject with a participle, before its verb: "A truce declared [in April 2023] broke
# down", "found that about 30 variances approved [between 2018 and 2023] lacked".
_SUBJECTS_VERB = (
    r"was|were|is|are|has|had|have|will|would|broke|fell|rose|came|went|took|made|held|began|"
    r"won|lost|left|ran|[a-z]{3,}ed"
)
VERB_NEXT = re.compile(rf"\s+(?:{_SUBJECTS_VERB})\b")
_APPOSITION_VERB_NEXT = re.compile(  # after its close
    rf",\s+(?:{_SUBJECTS_VERB}|gave|rises?|falls?|goes|go|comes?|takes?|costs?|remains?|"
    r"shows?|found|finds|said|says|became|led|saw|put|kept|spent|struck|warned|showed)\b"
)
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;:)]|$|(?:and|but|that|which)\b)")
_COMMA_CLOSES = re.compile(r"\s*(?:[,.;:)]|$)")
_FINITE_VERB = re.compile(
    r"\b(?:was|were|is|are|has|had|have|will|would|can|could|may|might|should|must|did|"
    r"does|said|says|upheld|struck|won|lost|made|took|gave|held|began|came|went|rose|fell|"
    r"[a-z]{2,}ed)\b"
)


# A saying verb that opens a clause: "said (that)", "told reporters (that)"
_SAYING_THEN_CLAUSE = re.compile(
    r"\b(?:said|says|say|told\s+\w+|reported|announced|added|confirmed)\s+(?:that\s+)?"
    r"(?!(?:in|on|at|by|for|with|during|after|before|from|through|via|under)\b)"
)  # (not "said in a report released [Monday]": the report's participle)


def said_clause_verb(text: str, start: int, at: int) -> bool:
    """Whether the verb at `at` is the first after a saying verb in `text[start:at]`, its
    clause's own ("Qatar Rail said full service on the Red Line resumed"), no participle."""
    sayings = list(_SAYING_THEN_CLAUSE.finditer(text, start, at))
    return bool(sayings) and not _FINITE_VERB.search(text, sayings[-1].end(), at)


def _without_lone_participle(lead: str, text: str, end: int, kept: list[str]) -> str:
    """`lead` without a participle its removed date leaves alone (see _PARTICIPLE_END);
    `kept`: the headline's pieces before it."""
    found = _PARTICIPLE_END.search(lead, max(0, len(lead) - 60))
    if found is None:
        return lead
    if found.group("subject"):  # the subject's verb must follow: "... broke down", or
        # the apposition's end and then it: "The levee, an earthen berm built [in 1962],
        # gave way"
        if not (
            VERB_NEXT.match(text, end)
            or (found.group(0).startswith(",") and _APPOSITION_VERB_NEXT.match(text, end))
        ):
            return lead
        return lead[: found.start("subject")].rstrip() + " "
    start = found.start("comma") if found.group("comma") else found.start("participle")
    if found.group("participle") and VERB_NEXT.match(text, end):
        return lead[:start].rstrip() + " "  # in the subject, its verb next: "ceremonies in
        # Prince Albert scheduled [for June 9] will go ahead"
    told = "".join(kept) + lead  # (the saying may be in a piece before the lead's)
    if not found.group("comma") and said_clause_verb(
        told, 0, len(told) - len(lead) + found.start("participle")
    ):
        return lead  # "said full service on the Red Line resumed [at 5.30am]": its verb
    goes_on = _COMMA_CLOSES if found.group("comma") else _CLAUSE_GOES_ON
    if not goes_on.match(text, end) or not (
        _FINITE_VERB.search(lead, 0, found.start()) or any(map(_FINITE_VERB.search, kept))
        or (found.group("comma") and _APPOSITION_VERB_NEXT.match(text, end))
        or (not kept and found.start() == 0 and text.startswith(",", end))  # "In a
        # letter sent [March 2], the state ...": a sentence's opening phrase
    ):  # (or the subject's apposition, its verb next: "A poll by ..., released [Sept.
        return lead  # 22], showed Whitmore ahead"; "prices for 2026-27, announced [last
        # week], rise by 6 per cent")
    return lead[:start].rstrip() + " "


# A deadline given to someone: "Candidates have until Friday to request a recount".
_HAS_UNTIL_END = re.compile(
    r"^\s*(?:(?:and|but|or)\s+)?(?P<who>[^,;:]{2,80}?)\s+(?:has|have)\s+until\s+$"
)
_TO_VERB_NEXT = re.compile(r"\s+to\s+(?=[a-z])")


def _deadline_given(text: str, start: int, end: int) -> str:
    """ "Candidates have until Friday to request a recount" as "Deadline for candidates to
    request a recount" (not "Candidates have to ...", an obligation); "" otherwise."""
    who = _HAS_UNTIL_END.match(text[:start])
    to = _TO_VERB_NEXT.match(text, end)
    if who is None or to is None:
        return ""
    subject = who.group("who").strip()
    first = subject.split(" ", 1)[0]
    if first in ("The", "A", "An", "Its", "Their") or (
        subject == first and first.endswith("s") and first[1:].islower()
    ):  # "the commission", "candidates"; not a name ("Kehoe")
        subject = first.lower() + subject[len(first) :]
    return tidy(f"Deadline for {subject} to {text[to.end() :]}")


# What a date is, set beside it: "Feb. 18, the fifth anniversary of her disappearance",
# "Jan. 8, the eve of the vote", "May 2, her 90th birthday".
# An appositive's words to its end, past a clock's or a month's full stop (not to "6 p|.m."
# nor "Jan|. 14")
_APPOSITIVE_TAIL = r"(?:[^,;.:!?\"“”]|\.(?=\S|[ \t]+\d)){0,80}(?:,(?=\s)|(?=[.;!?](?:\s|$)|$))"
_DATE_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:anniversary|eve|birthday|"
    r"(?:opening|closing|first|second|third|final|last|deadline|polling|election|match|"
    r"race|trading|sale|auction|launch)\s+(?:day|night|morning|evening|weekend))\b|"
    # a holiday named as the day's: "on Monday last week, the Restoration of Independence
    # Day holiday,"
    r"the\s+(?:[A-Z][\w'’-]*\s+(?:of\s+)?){1,6}(?:bank\s+|public\s+)?holiday\b|"
    # the same day counted from a happening: "said yesterday, a day after the vote, that"
    rf"(?:a|an|one|{lx.NUMBER_WORD}|\d{{1,3}})\s+(?:days?|weeks?|months?|years?|hours?)\s+"
    r"(?:after|before)\s+(?:the|his|her|its|their)\s)"
    + _APPOSITIVE_TAIL
)

_APPOSITIVE_REST = re.compile(_APPOSITIVE_TAIL)
_APPOSITIVE_AGAIN = re.compile(r"\s+(?:a|an)\s[^,;.:!?\"“”]{0,120}(?:,(?=\s)|(?=[.;!?]|$))")


# An "after" clause cut from its sentence, its subject and past verb: "after one hit a kite"
_LONE_AFTER_CLAUSE = re.compile(
    r"(?:after|once)\s+(?=(?:the|a|an|one|it|he|she|they|we|his|her|its|their|[A-Z][\w'’.-]*|"
    rf"{lx.NUMBER_WORD}|\d[\d,]*)"  # ("after 40 passengers drowned")
    rf"\s+(?:[\w'’.-]+\s+){{0,4}}?(?:[a-z]{{3,}}ed|hit|cut|put|set|shut|{IRREGULAR_PAST})\b)"
)


# A weekday apposed to the day before it: "on Nov. 3, a Wednesday,", "June 11, Thursday"
_APPOSED_WEEKDAY = re.compile(rf"{lx.APPOSED_WEEKDAY_LEAD}(?i:{lx.WEEKDAY_NAME_RE})$")


def _with_apposed_weekdays(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The date spans with a weekday apposed to the day before it joined to that day's
    span: the two go as one date phrase ("held on June 11, a Thursday, in the shed"), and
    a clock's zone in brackets after it with the clock ("at 03:40 (TSİ) on Wednesday")."""
    joined: list[tuple[int, int]] = []
    feast_end = -1  # where the last apposed feast's name ends
    for start, end in spans:
        if (zone := _BRACKETED_ZONE.match(text, end)) is not None:
            end = zone.end()
        if start < feast_end:  # the feast's name, when the resolver knows it
            continue  # ("on Monday, St Barbara's Day,")
        if (feast := _APPOSED_FEAST.match(text, end)) is not None:
            end = feast_end = feast.end()  # "On Thursday, Runeberg's Day, the exhibition
            # opened": the feast goes with the day
        if joined and _APPOSED_WEEKDAY.fullmatch(text, joined[-1][1], end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# A feast's name apposed to the day before it, known to the resolver or not: "on Thursday,
# Runeberg's Day,", "on Sunday, St Olav's Day."
_APPOSED_FEAST = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?:(?:St\.?|Saint)[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,3}"
    r"[A-Z][\w.-]*['’]s[ \t]+(?:Day|Eve|Night)(?=[ \t]*[,.;:)]|[ \t]*$)"
)


# A clock's zone in brackets: "03:40 (TSİ)", "16:20 (GMT)", "9am (local time)"
_BRACKETED_ZONE = re.compile(rf"(?<=\d|m|\.)[ \t]*\((?:{lx.ZONE_RE}|TS[İI]|local[ \t]+time)\)")


# A clock time told again in another place's time: ", 3.01am in Bangkok", ", 4am in Tarawa"
_RESTATING_COMMA = re.compile(  # (after the first clock's own place: "at 4:20 p.m. in
    r"(?:[ \t]+(?:in|on)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})?,[ \t]+"  # Italy,
)  # 12:20 p.m. in Belo Horizonte")
_CLOCK_TEXT = re.compile(r"\d(?:[:.]\d\d)?[ \t]?[ap]\.?m\b|\d[:.]\d\d", re.IGNORECASE)
_PLACE_CLOCK = (
    r"(?:noon|midday|midnight|\d{1,2}(?:[:.]\d\d)?[ \t]?[ap]\.?m\.?)[ \t]+(?:in|on)[ \t]+"
    r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|de|da|do)[ \t]+)?[A-Z][\w'’-]*){0,4}"
)
# The same moment in other places' times after a clock and its zone's name: " Brasília
# time, which was noon in Manaus and Cuiabá, 11 a.m. in Rio Branco and 2 p.m. on ..."
_OTHER_PLACES_TIMES = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*[ \t]+time)?"
    r"(?:,[ \t]+which[ \t]+(?:was|is|will[ \t]+be)[ \t]+|,?[ \t]+)"
    rf"{_PLACE_CLOCK}(?:(?:,[ \t]+|[ \t]+and[ \t]+){_PLACE_CLOCK})*"
)
_PLACE_OF_CLOCK_AFTER = re.compile(
    r"[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:de|da|do|of|[A-Z][\w'’-]*)){0,3}"
)


# A saying by a speaker named by a noun, then its date: "The central bank said earlier this
# month that", "The company said in a statement on Monday that"
_NOUN_SAID = re.compile(r"(?:The|A|An)\s+(?:[a-z][\w-]*\s+){1,2}(?:said|says|told)\b")
SAID_DATE_REACH = 24  # characters after the saying verb in which its date stands
_SAID_DATE_GAP = re.compile(  # ("said in a statement on Monday", "said earlier this month")
    r"\s+(?:(?:in\s+a\s+statement|to\s+reporters|at\s+a\s+news\s+conference)\s+)?"
    r"(?:(?:on|in|at|late|early)\s+)?"
)


def _dated_saying(text: str, date_spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence opens with a saying by a speaker named by a noun whose own date
    follows the verb: the saying is the news, and the speaker stays."""
    said = _NOUN_SAID.match(text.lstrip())
    if said is None:
        return False
    end = len(text) - len(text.lstrip()) + said.end()
    return any(end <= start <= end + SAID_DATE_REACH and _SAID_DATE_GAP.fullmatch(text, end, start)
               for start, _ in date_spans)


def make_headline(text: str, date_spans: list[tuple[int, int]]) -> str:
    """A short headline: the clause without its date phrases and attribution."""
    if len(date_spans) == 1 and (deadline := _deadline_given(text, *date_spans[0])):
        return deadline
    date_spans = _with_apposed_weekdays(text, date_spans)
    pieces = []
    last = 0
    kept_last = False  # the date before stayed: "its warmest June and July combined"
    ordered = sorted(date_spans)
    for start, end in ordered:
        if start < last:
            continue  # gone with the phrase before ("In the [2024]-[25] school year,")
        before = text[last:start]
        joined_to_cut = bool(last) and not kept_last and DATE_JOINER.fullmatch(before)
        if not joined_to_cut and (  # (the rest of a list whose first date went: "Expeditions
            # in [1989], [2008] and [2033] failed")
            (_SUBJECT_DATE_BEFORE.search(before) and _VERB_AFTER.match(text, end))
            or (_COPULA_BEFORE.search(before) and not (
                before.endswith(("was ", "were ", "is ", "are "))
                and _AUXILIARY_PARTICIPLE_AFTER.match(text, end)))  # (not "was [today]
            # found guilty": an adverb between the auxiliary and its participle)
            or (
                (not before.strip(_OPENING_MARKS) or _ARTICLE_ONLY.fullmatch(before) or (
                    (_CLAUSE_OPENS_END.search(before, max(0, len(before) - 20))
                     or (not last and _CONJUNCTION_ONLY.fullmatch(before)))
                    and _NAMED_PERIOD.fullmatch(text, start, end)
                ))
                and _SUBJECT_VERB_AFTER.match(text, _list_end(text, end, ordered))
            )  # "2023 was the hottest year", "The mid-1960s were her commercial peak",
            # "August, September and October each set monthly records"
            or (
                _SUBJECT_VERB_AFTER.match(text, end)
                and _SAID_BEFORE.search(before, max(0, len(before) - 12))
            )
            or _SUPERLATIVE_BEFORE.search(before, max(0, len(before) - 40))
            or (not last and _INVERTED_BEFORE.fullmatch(before))  # "Then came January."
            or (_NAME_OF_BEFORE.search(before, max(0, len(before) - 30))
                and _YEAR_ONLY.fullmatch(text, start, end))  # "the Treaty of 1855"
            or (len(ordered) > 1 and _THE_END.search(before, max(0, len(before) - 5))
                and _YEAR_ONLY.fullmatch(text, start, end)
                and _NAME_WORD_AFTER.match(text, end))  # "The 2087 Open will be played
            # ... from July 17-20": an edition's name, where another date dates the clause
            or (kept_last and DATE_JOINER.fullmatch(before))
            or _POSSESSIVE_AS_NOUN.match(text, end) is not None
            or ("until" in before and _NOT_UNTIL.search(before))
            or (
                (needed := _COMPLEMENT_BEFORE.search(before, max(0, len(before) - 40)))
                and (needed.group("always") or _CLAUSE_END_AFTER.match(text, end))
            )
            or (
                before.endswith(" ")
                and _INDEFINITE_ADJECTIVE_END.search(before, max(0, len(before) - 20))
            )
            or (
                _ARTICLE_OR_THE_END.search(before, max(0, len(before) - 5))
                and _IN_WHICH_AFTER.match(text, end)
            )  # "after a first half in which the company posted record earnings": the
            # relative clause needs its noun
            or (
                (_OBSERVED_BEFORE.search(before, max(0, len(before) - 16))
                 or _WITH_BEFORE.search(before, max(0, len(before) - 6)))
                and HOLIDAY_TEXT.fullmatch(text, start, end)
            )  # "In a statement marking Independence Day, the presidency pledged", "With
            # Chinese New Year falling on Saturday, the troupe is fully booked"
            or (
                HOLIDAY_TEXT.fullmatch(text, start, end)
                and ((HOLIDAY_NOUN_AFTER.match(text, end)
                      and not _PREPOSITION_BEFORE_HOLIDAY.search(before, max(0, len(before) - 10)))
                     or _HOLIDAY_VERB_AFTER.match(text, end))
            )  # "won the Boxing Day parade", "because New Year's Day fell on a Sunday": the
            # name is the noun's or the clause's subject
        ):  # "as Easter week began", "the last landing was in December 1972", "Last
            # summer was not as hot", "a hot August", "NOAA said July was the third-warmest",
            # "the hottest July": it stays
            pieces.append(before + text[start:end])
            last = end
            kept_last = True
            continue
        kept_last = False
        if not last and _SO_FAR_OPENING.fullmatch(before):
            before = before[: len(before) - len(before.lstrip())]  # "So far [this winter], 14
            # people have died": the opening goes with its date (not "far, 14 people")
        possessive = text.startswith(_POSSESSIVES, end)
        if (
            last
            and not possessive
            and (DATE_JOINER.fullmatch(before) or HEDGED_REFINEMENT.fullmatch(before))
        ):
            before = ""  # "the late 1980s and early 1990s": one phrase, gone as one
        if (
            not last
            and (opening := _OPENING_PERIOD_BEFORE.fullmatch(before))
            and (period := _PERIOD_NOUN_COMMA.match(text, end))
        ):  # "In the [2024-25] school year, only 81 percent ...": the phrase goes whole
            pieces.append(before[: opening.start(1)])
            last = period.end()
            continue
        if possessive or is_attributive(text, start, end):
            # "a drop in third-quarter profit", "a premium over Friday's price": the date
            # qualifies a noun, and the preposition is the noun's
            if article := _ARTICLE_END.search(before):  # "a [third-quarter] earnings report"
                vowel = text[end : end + 3].lstrip()[:1].lower() in ("a", "e", "i", "o")
                before = before[: article.start(1)] + ("an" if vowel else "a") + " "
            pieces.append(before)
        else:
            lead = before[: _date_phrase_start(before)]
            if negated := _NEGATION_END.search(lead, max(0, len(lead) - 20)):
                lead = lead[: negated.start()]  # "we start Thursday 20th[, not Monday 17th]":
                # the day set aside goes with its "not"
            if (
                lead.endswith(("its ", "their ", "his ", "her ", "our "))
                and not _WORD_AFTER_NUMBER.match(text, end)
                and (owner := _PREPOSITION_OWNER_END.search(lead, max(0, len(lead) - 24)))
                and (owner.group(0).lstrip()[:1].islower() or text.startswith(",", end))
            ):  # "earnings for its [fourth quarter] fell": the phrase goes whole (not "since
                # his [Aug. 2] power-grab"); a clause's "In its [most recent quarter], ..."
                # (not "In his [Sunday] Mass")
                lead = lead[: owner.start()]
            elif lead.endswith(("ended ", "ending ", "ends ")) and (
                ended := _PERIOD_ENDED_END.search(lead, max(0, len(lead) - 24))
            ):  # "For the year ended [Sept. 30]": "For the year"
                lead = lead[: ended.start(1)]
            elif lead.endswith(("ed ", "set ", "made ", "held ", "built ", "paid ", "sold ",
                                "won ", "begun ", "taken ", "given ", "sent ", "bought ",
                                "brought ", "written ")):  # fmt: skip
                cut = _without_lone_participle(lead, text, end, pieces)
                if cut != lead and "," in lead[len(cut.rstrip()) :] and (
                    text.startswith(",", end)
                ):  # ("prices for 2026-27, announced [last week], rise": its comma too
                    end += 1
                lead = cut
            elif (lead.endswith((" a ", " A ")) or lead in ("a ", "A ")) and (
                _VOWEL_SOUND_NEXT.match(text, end)
            ):
                lead = lead[:-2] + "an "  # "in a [2019] interview": "in an interview"
            elif (an := _AN_END.search(lead)) and _CONSONANT_SOUND_NEXT.match(text, end):
                lead = f"{lead[: an.start(1) + 1]} "  # "An [overnight] search": "A search"
            pieces.append(lead)
        last = end
        if possessive:
            last += 2  # "Friday's vote" -> "the vote", not "'s vote"
            pieces.append("" if _ends_with_determiner(before) else "the")
        elif _ends_with_determiner(pieces[-1]) and (comma := _COMMA_AFTER.match(text, last)):
            last = comma.end()  # "the Aug. 7, 1998, bombings" -> "the bombings"
        elif _CLOCK_TEXT.search(text, start, end) and (
            zone := _CLOCK_ZONE_AFTER.match(text, last)
        ):
            last = zone.end()  # "named ... at 5:00 am CXT today": the clock's zone with it
        elif zone := _ZONE_AFTER.match(text, last):
            last = zone.end()  # "early Monday, Riyadh time," -> the zone goes with the day
            if _CLOCK_TEXT.search(text, start, end) and (
                others := _OTHER_PLACES_TIMES.match(text, last)
            ):  # ("at 1 p.m. Brasília time, which was noon in Manaus ...": one moment)
                last = others.end()
        elif (
            any(_RESTATING_COMMA.fullmatch(text, done, start) for _, done in ordered)
            and _CLOCK_TEXT.search(text, start, end)
            and (place := _PLACE_OF_CLOCK_AFTER.match(text, last))
        ):  # "at 1.31am local time, 3.01am in Bangkok": the other zone's place goes with
            last = place.end()  # its clock
        elif _CLOCK_TEXT.search(text, start, end) and (
            others := _OTHER_PLACES_TIMES.match(text, last)
        ):  # "at 1 p.m. Brasília time, which was noon in Manaus and Cuiabá, 11 a.m. in Rio
            last = others.end()  # Branco and 2 p.m. on Fernando de Noronha": one moment
        elif text[start:end].lower() == "the day" and (
            counted := _DAY_COUNTED_FROM.match(text, last)
        ):  # "on 23 November, the day before Black Friday": what the day counts from goes
            last = counted.end()  # with it (the resolver tags "the day", apposed)
        elif text[start:end].lower().endswith((" after", " before")) and (
            anchored := _ANCHOR_EVENT_AFTER.match(text, last)
        ):  # "The day after the shooting, the minister resigned", "resigned the day after
            # the shooting.": the happening it counts from goes with the phrase
            last = anchored.end()
            if anchored[1] and before.strip(_OPENING_MARKS):
                last = anchored.start(1)  # (inside a clause its comma stays)
        elif onwards := _ONWARDS_AFTER.match(text, last):
            last = onwards.end()  # "from Saturday onwards": the word goes with the day
        elif (apposed := _DATE_APPOSITIVE.match(text, last)) and not _CLOCK_TEXT.search(
            apposed.group(0)
        ):  # (not a clause with its own clock: "rise on Sunday, a day after ... opened two
            # gates at about 6 p.m. on Saturday")
            last = apposed.end()  # "on Feb. 18, the fifth anniversary of her disappearance",
            # "On Friday, the opening day,"
            for other_start, other_end in ordered:
                if other_start < last <= other_end + 1 and (
                    tail := _APPOSITIVE_REST.match(text, other_end)
                ):  # "resigned on Jan. 28, 2076, two weeks after the auditors flagged
                    last = tail.end()  # refunds on Jan. 14, 2076.": past the date inside
            if apposed.group(0).endswith(",") and " of " in apposed.group(0) and (
                again := _APPOSITIVE_AGAIN.match(text, last)
            ):
                last = again.end()  # "..., the 39th anniversary of the Bay of Pigs fiasco,
                # an aborted invasion of Cuba ...": what the anniversary is of, too
        elif _DATE_COMMA_END.search(text, max(start, end - 18), end) and (
            comma := _YEAR_COMMA_AFTER.match(text, last)
        ):
            last = comma.end()  # "born on May 2, 1934, in Duluth": the year's comma too
            pieces.append(" ")
    pieces.append(text[last:])
    joined = _NEWS_DATELINE.sub("", "".join(pieces).lstrip())
    joined = _PAGE_LABEL.sub("", joined)  # "Photo: Smoke rises from the plant"
    joined = _UPDATE_LABEL.sub("", joined)  # "UPDATE, [8.15am]: Qatar Rail said ..."
    joined = _TRANSCRIPT_TURN.sub("", joined)  # "[00:04:12] TEBOGO: And yesterday, ..."
    joined = _LEADING_DASH.sub("", joined)  # a wire dateline's dash left by a clause cut
    if date_spans and ", " in joined:
        joined = _EMPTY_APPOSITIVE.sub(_appositive_gone, joined)
        if PREPOSITION_LED.match(joined):  # "In its outlook, published [earlier this
            joined = _LONE_PARTICIPLE.sub(",", joined, count=1)  # month], ISO New England
            # said": the participle left alone goes too (not "Mount Rinjani, ..., erupted")
        joined = _LEADING_LONE_PARTICIPLE.sub("", joined, count=1)  # "[In the first
        # quarter,] covering [April through June], operating profit fell"
    if date_spans:  # "A review by PwC published [in December 2021] described ...": the
        joined = _PARTICIPLE_BEFORE_FINDING.sub("", joined, count=1)  # participle goes
    if "``" in joined or "''" in joined:  # the wire's quote marks, as a reader writes them
        joined = _WIRE_OPEN.sub("“", joined.replace("``", "“")).replace("''", "”")
    if (
        joined[:1] not in _OPENING_QUOTES
        and _QUOTE_CLOSED_ONLY.search(joined)
        and (joined.count('"') % 2 == 1 or "“" not in joined)
    ):  # a quotation whose opening mark is in an earlier sentence
        joined = "“" + joined
    quoted = QUOTE_THEN_SPEAKER.match(joined) if joined[:1] in _OPENING_QUOTES else None
    if quoted:  # '"We are back," Adams said' -> 'Adams: “We are back”'
        quote = tidy(quoted.group("quote"))
        who = (quoted.group("who") or quoted.group("after")).strip()
        if who.endswith(".") and len(who.split()[-1]) > 4:
            who = who[:-1]  # "Fernandez." at the sentence end, not "Jr." or "F."
        headline = f"“{quote}”" if who.lower() in PRONOUNS else f"{who}: “{quote}”"
    else:
        headline = tidy(joined)
        if any(word in headline for word in _ATTRIBUTION_WORDS):
            headline = _ATTRIBUTION_END.sub("", headline) or headline
        speaker = _ATTRIBUTION_START.match(headline)
        if speaker and (_MODAL_CONTENT.match(headline, speaker.end()) or (
            _PROMISED_CONTENT.match(headline, speaker.end())
            and any(_SAID_ON_BEFORE.search(text, max(0, start - SAID_ON_REACH), start)
                    for start, _ in date_spans)
        )):  # "Westerholm said this week that the cuts could be reversed": a possibility;
            # "said on Tuesday evening that the state would pay for a new alarm system": a
            # promise; only the saying happened ("Westerholm said the cuts could be reversed")
            headline = _THAT_END.sub(" ", headline[: speaker.end()]) + headline[speaker.end() :]
        elif speaker and not (
            _PRONOUN_START.match(headline, speaker.end()) or _TOLD_SOMEONE.search(speaker.group(0))
            or (_NOUN_SPEAKER.match(headline) and (
                _POSSESSIVE_START.match(headline, speaker.end())
                or _dated_saying(text, date_spans)
            ))
        ):
            headline = headline[speaker.end() :] or headline
        headline = tidy(headline)
        if (
            (when := _LEADING_WHEN.match(headline))
            and SUBJECT_VERB_START.match(headline, when.end())
            and SUBJECT_VERB_START.match(headline, when.start(2), when.end(2))
        ):  # "When the Daily News closed, Ms. Ellison moved to The Sun-Times": she moved
            # when it closed (not the comma splice left without "When"; "After talks, the
            # ministers met" stays)
            main = headline[when.end() :]
            headline = f"{main[:1].upper()}{main[1:]} {when.group(1).lower()} {when.group(2)}"
        headline = _LEADING_CONNECTIVE.sub("", headline)
        if heard := _HEARD_BEFORE.match(headline):  # (what the court heard is the event)
            headline = headline[heard.end() :]
        if "," not in headline and (after := _LONE_AFTER_CLAUSE.match(headline)):
            # "after one hit a kite last year", cut from "banned drones ..., after ...": the
            # clause alone is its date's happening
            headline = headline[after.end() :]
        if headline.startswith("According to ") and (
            source := _LEADING_SOURCE.match(headline)
        ):  # "According to the report, the light illuminated": the light illuminated
            rest = headline[source.end() :]
            headline = rest[:1].upper() + rest[1:]
    if headline.endswith("ing") and (dangling := _DANGLING_PARTICIPLE.search(headline)):
        headline = headline[: dangling.start()]  # "..., alleging" cut before its "that"
    elif headline.endswith("s") and (counted := _DANGLING_DURATION.search(headline)):
        headline = headline[: counted.start()]  # "..., two days" cut before its "after"
    elif date_spans and (left := _DANGLING_STATE.search(headline)):
        headline = headline[: left.start()]  # "a storm warning for Tatra county, valid
        # [from 12:00 to 21:00]": the adjective its dates went from
    if date_spans and "inclusive" in headline:  # "closed from November 8 to November 14,
        headline = _DANGLING_INCLUSIVE.sub("", headline)  # both days inclusive": no days left
    words = headline.split()
    if len(words) > HEADLINE_MAX_WORDS and ", " in headline:
        # Too long: asides go before anything is cut ("Vance, who oversaw zoning variances
        # from 2016, is charged with 11 counts", "The levee, an earthen berm ..., gave way")
        shorter = tidy(_AGE_LEFT.sub("", _ASIDE.sub(_aside_gone, headline)))
        if len(shorter.split()) >= MIN_HEADLINE_WORDS:
            headline, words = shorter, shorter.split()
    if len(words) > HEADLINE_MAX_WORDS and (relative := _SUBJECT_RELATIVE.match(headline)):
        # "All 14 crew members of an Icelandic trawler [that ran aground ... Westfjords]
        # were brought ashore alive": the subject's relative clause goes before its verb
        shorter = headline[: relative.start("clause")] + headline[relative.end("clause") :]
        if len(shorter.split()) >= MIN_HEADLINE_WORDS:
            headline, words = shorter, shorter.split()
    if len(words) > HEADLINE_MAX_WORDS:
        cut = " ".join(words[:HEADLINE_MAX_WORDS])
        boundaries = list(_CLAUSE_COMMA.finditer(cut))
        clause_end = boundaries[-1].start() if boundaries else -1
        if clause_end > 0 and len(cut[:clause_end].split()) >= MIN_HEADLINE_WORDS:
            headline = cut[:clause_end]  # end at a clause boundary, no ellipsis needed
        else:
            headline = _LAST_WORD.sub("", cut) + "…"
    if "“" in headline or "”" in headline:
        headline = _balanced_quotes(headline)
    if headline.endswith((" and", " or", " but")):
        headline = _TRAILING_CONJUNCTION.sub("", headline)  # "... closely and [that ...]"
    if _ABBREVIATION_END.search(headline):
        headline += "."  # "beginning at about 5:30 a.m.", "sold to Acme Inc.": its own stop
    if inverted := _CAME_DATE.fullmatch(headline):  # "Then came January": January came
        headline = f"{inverted.group(2)} {inverted.group(1).lower()}"
    return headline[:1].upper() + headline[1:] if headline else headline


def _balanced_quotes(headline: str) -> str:
    """Curly quotation marks in pairs: a closing mark whose opening lies in an earlier
    sentence goes, a quotation cut short (or running on past the sentence) is closed."""
    kept = []
    depth = 0
    for char in headline:
        if char == "”":
            if depth == 0:
                continue
            depth -= 1
        elif char == "“":
            depth += 1
        kept.append(char)
    text = "".join(kept).replace("  ", " ").strip()
    return text + "”" * depth
