"""Cheap tense cues around an expression: auxiliaries, -ed forms, will, ago, since.

No part-of-speech model: the resolver must stay fast. The cue nearest to the expression
within its sentence decides; ties and no cue at all give `Tense.UNKNOWN`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import Enum

from timeline.dates import lexicon as lx
from timeline.dates.folding import ascii_folded, lowercase_copy
from timeline.dates.lexicon import trie_alternation
from timeline.text import SENTENCE_AFTER_CLOCK, UPPER_BEYOND_ASCII


class Tense(str, Enum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


SENTENCE_WINDOW = 200  # characters searched on each side, clipped at sentence ends
# r"[.!?]\s+(?=[A-Z\"'(`])|\n", led by the class of its first character so sre skips ahead
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])\s+(?=[A-Z\"'(`" + UPPER_BEYOND_ASCII + r"])|(?<=\n))"
)
_FIXTURE_VERBS = ("open", "play", "face", "host")  # a fixture's plural present (`_FUTURE`)
_COMPARED_BEFORE = re.compile(r"\b(?:than|as)\s+$", re.IGNORECASE)  # "than expected"
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_CLOCK_ABBREVIATIONS = ("a.m", "p.m")  # a sentence ends after them only as in text.py
_FUTURE = re.compile(
    r"\b(?:will|won't|wo n't|shall|'ll|going\s+to|is\s+to|are\s+to|(?:plans?|"
    r"scheduled|expected|expects?|intends?|hopes?|wants?|set|due|(?:un)?likely|planned|planning|"
    r"ready|"
    r"preparing|about)\s+to|(?:expects?|expected|wants?|asks?|urges?)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+)?[a-z]+\s+to"  # ("wants the non-energy economy to double")
    r"(?=\s+[a-z])|"
    # (not the next of a time told: "aftershocks followed over the next 24 hours", "the next
    # day he left")
    r"next(?!\s+(?:to|day|morning|afternoon|evening|night|\d+|few|several|two|three|four|five|"
    r"six|seven|eight|nine|ten|twelve)\b)|as\s+soon\s+as|would|(?:is|are)\s+due|(?:set|slated)\s+for|"
    # ("with deliveries due between December and March"; not "Payments due on Monday were
    # missed")
    r"\bwith\s+(?:[a-z]+\s+){0,2}?[a-z]+s\s+due(?=\s+(?:between|on|by|from|before)\b)|"
    # ("the vote scheduled for March 2", not "ordered scheduled power cuts on March 2")
    r"(?:has|have|had)\s+scheduled|"  # ("has scheduled a news
    # an arrangement for a day ahead: "has invited the town to a send-off at 10 a.m. on
    # Saturday", "have signed up for tours on Saturday afternoon", "We have offered a 3% pay
    # rise ... and a payment of £500 in the summer"
    r"(?:has|have)\s+(?:already\s+)?(?:invited|booked|signed\s+up|rescheduled|offered|"
    r"promised)|"
    r"scheduled(?=\s+(?:for|on|at|in|until|from|before|after|between|around|next|this|later)\b"
    r"|\s*[,.;)])|"  # conference Thursday")
    r"upcoming|coming|tomorrow|payable|effective|expires|begins|starts|resumes|"
    r"takes?\s+effect|kicks\s+off|runs\s+out|should|might|(?:planned|set)\s+for|"
    r"(?:hoped|hoping|intended|aimed|vowed|promised|pledged|threaten(?:s|ed|ing)?)\s+to|"
    r"must(?!\s+(?:have|be))|"
    r"(?:hoping|hopes?)\s+for|"  # ("dealers were hoping for stronger orders before Christmas")
    r"(?:rooms|seats|tables|flights|tickets|places|beds)\s+(?:(?:are|were|already)\s+)?"
    r"(?:booked|reserved)\s+(?:up\s+)?for|"  # ("most rooms booked for Easter")
    r"expects?|expecting|predicts?|forecasts?|(?:is|are)\s+expected|"
    # a forecast told in the past: "said more storms were possible Thursday night", "rain
    # was expected Friday" (not "it was possible on Monday to walk across")
    r"(?:were\s+(?:possible|likely)|(?:was|were)\s+(?:expected|forecast|predicted))\b"
    r"(?!\s+to\b)|"
    # a warning of what is to come: "has warned of more thunderstorms on Wednesday"
    r"warns\s+of|ha(?:s|ve)\s+(?:also\s+)?warned\s+of|"
    # a timetable's present: "the album comes out Friday", "clearing runs until Oct. 21"
    r"comes\s+out|goes\s+on\s+sale|(?:re)?opens|closes|finishes|arrives|reconvenes|premieres|"
    r"debuts|meets|convenes|"
    # a fixture's plural present: "Somerset open their County Championship campaign ... on
    # Thursday", "the Lions play their first home game on Saturday" (not "to play their")
    r"(?:open|play|face|host)\s+(?=(?:their|its)\s)|"
    r"runs\s+(?:until|through|till)|"
    # a thing's plan in an infinitive: "a dividend of 12p, to be paid on 22 February"
    r"to\s+be\s+(?:paid|held|played|launched|opened|completed|published|released|sworn|"
    r"decided|announced|delivered|built|staged|debated|voted|signed|heard)\b|"
    # a deadline ahead of those told ("ordered them to leave by 6 p.m."), a condition ("a
    # fee if either side walks away before June 30")
    r"to\s+(?:leave|pay|file|submit|apply|register|respond|reply|vote|return|decide|"
    r"complete|finish|comply|evacuate|sign|agree|report|repay|deliver|resign|answer|"
    r"appeal|choose|decide|raise|present|publish|settle|clear|vacate)(?=\s+by\s)|"
    # a bar ahead: "told not to begin picking before Wednesday", "asked not to return until"
    r"not\s+to\s+[a-z]+(?:\s+[a-z]+ing|\s+(?:home|back|work|school|there|here|out|in))?"
    r"(?=\s+(?:before|until)\s)|"  # ("asked not to return home before the weekend")
    r"if\s+(?:[a-z]+\s+){1,2}[a-z]+s(?=\s)|"
    # ("could reopen", "could be running again by the weekend", "could be ready", "a text
    # could be signed as early as Sunday", "revenue for the quarter could be 10% to 15%
    # below"; not "could be seen", "could have", "could not")
    r"could(?!\s+(?:not|n't|have|be(?!\s+(?:(?!(?:missing|living|lying|hiding|sitting|standing|"
    r"remaining|staying|waiting|facing)\b)[a-z]{2,}ing|ready|back|open|restored|finished|"
    r"completed|operational|signed|approved|ratified|announced|lifted|reopened|released|"
    r"decided|adopted|launched|resumed|repaired|\d+)\b)|never|only|hardly|barely|still|see|hear|"
    r"feel))|"
    # the modal "may" before its verb: "the ministry may move it to early June" (not the
    # month: "in May", "April and May saw", "the May bank holiday"; nor Theresa May: "May
    # said", "May announced"; nor a state that may be: "Wednesday's figures may be among
    # the last that voters see")
    r"may\s+(?:well\s+|also\s+|still\s+|soon\s+)?(?:be\s+[a-z]{2,}(?:ed|en)|"
    r"(?!(?:said|says|told|was|were|is|has|had|and|or|the|a|an|to|of|in|on|at|for|it|its|"
    r"he|she|they|we|his|her|their|have|be)\b)[a-z]{2,})(?![\w'’-])|"
    r"can(?!\s+(?:not|be|see|hear|feel|remember|recall)\b|'t|not))\b",
    re.IGNORECASE,
)
# A timetable's present before a day: "reopen on Thursday", "The doors open at 8.30pm on
# Thursday" (the day ahead; `relative.norm_weekday`, `quantities.norm_clock_time`)
TIMETABLE_VERBS = (
    r"reopens?|ends|begins|opens|starts|resumes|closes|continues|kicks\s+off|becomes|"
    r"(?<=doors[ \t])(?:open|close)|"  # ("The doors open at 8.30pm on Thursday")
    r"hosts?|unveils|celebrates|publishes|announces|names|visits|travels?|flies|returns?|"
    r"prepares\s+for|holds|faces?|plays?|meets?|leaves|go\s+on\s+sale"  # (a team's plural:
    # "Kianda return to the Girabola on Saturday")
)
TIMETABLE_REACH = 60  # characters back from a day (or its clock) to the present's verb
TIMETABLE_BEFORE = re.compile(
    rf"\b(?:{TIMETABLE_VERBS})\b"
    r"(?:(?:[^.;:!?\n]|[.:](?=\d)|\.(?=m\b)|(?<=[ap]\.m)\.){0,40}?\bon\s+|[ \t]+)$",  # (past
    # a clock's points: "The doors open at 8.30pm on Thursday"; or the day just after the
    # verb, as wire copy drops "on": "The quarter ends Saturday")
    re.IGNORECASE,
)


_TO_BY_CUE = re.compile(r"to\s+[a-z]+$", re.IGNORECASE)  # a deadline's "to complete" (by)
_PAST_WORDS = (
    "was were had did didn't said told ago last yesterday earlier previous previously since "
    "ended came went took made gave met sent held began got saw won lost left rose fell paid "
    "sold bought brought thought found became struck spoke wrote broke chose drove flew grew "
    "knew ran sought spent stood hit quit beat shot fought caught threw drew swept sank stole "
    "cut put burst heard kept built taught slept spun swung tore wore withdrew woke rode rang "
    "sang hung dug blew froze hid meant dealt overtook forgave arose upheld withheld sought "
    "taught understood withstood undertook overran overrode rebuilt fled clung flung stung "
    "swore crept wept sprang shook slid stuck ate drank swam felt forgot shone shrank sped "
    "strode bled oversaw overcame overheard mistook"  # (not "fed", "bit", "lit", "bent",
).split() + ["has been", "have been"]  # "bore": "the Fed", "a bit", "well-lit"; nor the
# participles "laid", "led": "Pigs laid out for the feast", "a delegation led by her")
# The irregular verbs of the past among them, as an alternation
PAST_IRREGULAR_RE = "(?:" + "|".join(
    word for word in _PAST_WORDS
    if " " not in word and "'" not in word and word not in {
        "ago", "last", "yesterday", "earlier", "previous", "previously", "since", "was", "were",
        "had", "did", "put", "cut", "hit", "quit", "beat", "set"}) + ")"
# -ed words that are not past-tense verbs (adjectives, nouns, participles of plans).
_NOT_PAST_ED = frozenset(
    "need indeed speed feed seed proceed succeed exceed hundred united limited red bed shed "
    "wed bred led based concerned related interested expected scheduled planned "
    "proposed advanced detailed so-called armed used supposed biased aged "
    "breed bleed greed weed heed steed tweed reed deed creed embed shred sacred hatred "
    "kindred naked wicked rugged jagged ragged".split()
)
_PAST = re.compile(
    rf"\b(?:{trie_alternation(_PAST_WORDS)}|(?<!-)[a-z]{{2,}}ed(?!-))\b"  # not "closed-door"
    # (nor a forecast's adjective: "could bring scattered storms late Friday", "isolated
    # showers"; "Police scattered the crowd on Saturday" stays past)
    r"(?![ \t]+(?:storms?|thunderstorms?|showers?|rain|snow|flurries|clouds|frost|fog)\b)",
    re.IGNORECASE,
)
_PAST_SET = frozenset(_PAST_WORDS)
# A notice's participle opening its sentence, a rule that stands: "Closed on Christmas Day"
_NOTICE_PARTICIPLES = frozenset({"closed", "reserved", "shut"})
_NOTICE_OPENING = re.compile(r"(?:^|[.:!]\s|\n)[ \t]*$")
# A participle after these is no past tense: "to be published", "when the list is
# published on Monday", "the case is heard in May", "is going to start getting beat up in
# the spring" (a past auxiliary is a cue itself).
_ORDINAL_BEFORE = re.compile(r"\b(?:first|last|only|second|third|next)[ \t]+$", re.IGNORECASE)
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|kept|stopped)[ \t]+$", re.IGNORECASE)
_BE_PARTICIPLE_AND = re.compile(
    r"\bbe[ \t]+[a-z]{3,}(?:ed|en|wn)(?:[ \t]+|\b[^.;:!?,]{0,60}?[ \t]+and[ \t]+)"
    r"(?:(?:and|or)[ \t]+)?$"
)  # ("to be voted on at the annual meeting on April 26 and paid in early May")
_BE = re.compile(  # (with an adverb between: "are fully booked", "is now closed")
    r"\b(?:be|is|are|am|being|get|gets|getting)\s(?:[a-z]+ly\s|now\s|still\s)?$", re.IGNORECASE
)
# ("a closely watched vote", "at a closed meeting", "its expanded program": adjectives)
_MONTH_WORDS = (
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.".split()
)  # (before a day of the month, a number is no count)
_ARTICLE_ADVERB_BEFORE = re.compile(  # (and a possessive: "the asteroid's updated orbit";
    r"(?:\b(?:a|an|the|its|their|all|some|many|most|several|these|those|every|any|"
    r"other|our|your|his|my)|\w['’]s|(?=\d)"  # ("every damaged building")
    + "".join(f"(?<!{month} )" for month in _MONTH_WORDS)
    + r"(?<![a-z.] \d and )(?<![a-z.] \d\d and )(?<![a-z.] \d or )(?<![a-z.] \d\d or )"
    r"\b(?!(?:1[89]|20)\d\d\b)\d(?:[\d,]*\d)?)\s+(?:[a-z]+ly\s+)?$",  # ("(?=\d)" first: the
    re.IGNORECASE,  # look-behinds are tried only before a digit, not at every offset)
)  # a count: "on 41 inhabited islands" (not a date's day: "on February 11 destroyed",
# "on September 14 and 15 closed")
# An "-ed" word after a verb that "will" or "to" governs is its object's adjective: "will
# publish updated case numbers on Tuesday", "plans to release revised figures", "will
# begin pulling charred timbers out of the creek Wednesday morning".
_VERB_AHEAD_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|to)\s+[a-z]+\s+(?:[a-z]+ing\s+)?$", re.IGNORECASE
)
# A wish's object before its participle: "wants the first beaches cleared before Easter",
# "to have all 120 bunkers removed by June" (what is wished is ahead, no past)
_WISH_OBJECT_BEFORE = re.compile(
    r"\b(?:wants?|needs?|would\s+like|expects?|to\s+(?:have|get|see))\s+"
    r"(?:the|a|an|its|their|his|her|all|every|some|\d+)\s+"
    r"(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A perfect done by a time ahead: "expect to have carried", "will have finished" (not "is
# said to have died", a report of the past)
_PERFECT_AHEAD_BEFORE = re.compile(
    r"\b(?:(?:expects?|expected|hopes?|hoped|plans?|aims?|intends?|wants?|due)\s+to|will|'ll|"
    r"shall)\s+have\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# A capitalised word after a lowercase one, before a hyphen and a capital or a capital
# word: a name ("to Rose-Belle", "in Fell Street"), not the verb it is spelled as
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+,?[ \t]+$")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")  # inside a name: "Murtala Muhammed"
_NAME_GOES_ON = re.compile(r"-[A-Z]|[ \t]+[A-Z]")
_THAT_FROM_BEFORE = re.compile(r"\bthat\s+(?:from|starting|beginning)\s+$", re.IGNORECASE)
_SUBJECT_THAT = re.compile(r"\s+that\s+(?:the\s+|its\s+|their\s+)?")  # before a date subject
_RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who|where)\b")  # a relative clause opens
_ADVERBIAL_BEFORE = re.compile(r"\b(?:in|on|at|for|from|by|during|until|before|after)\s+$",
                               re.IGNORECASE)  # fmt: skip (a date told as an adverb)
# The verb that opens a relative clause: "which honours", "who had brought"
_IN_RELATIVE_CLAUSE = re.compile(r"\b(?:which|who)\s+(?:[a-z]+\s+){0,2}$")
_RELATIVE_CUE_OPENED = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+\s+)?$")  # ", who won"
# The main clause's finite verb after a relative clause's closing comma: ", moves to" (not
# a list's noun: "as chairman, president and", "cars, trucks and buses")
_MAIN_VERB_AFTER_CLAUSE = re.compile(
    r",\s+(?:(?:also|then|now|still)\s+)?(?:[a-z]{3,}s|is|are|was|were|has|have|will|would|"
    r"could|can|may|might|should|must)\b"
    r"(?!\s+(?:and|or)\b)(?!,)"
)
# A relative clause closed right before the date it is inside of: ", which had lasted
# nearly 18 months, on Wednesday"
_RELATIVE_CLOSED_BEFORE = re.compile(
    r",\s+(?:which|who)\b[^,;.!?]{1,80},\s*(?:on|in|at|by|from|until|during)?\s*$"
)
# A trailing attribution: ", her campaign said", ", officials told reporters".
_SAYING_AFTER_COMMA = re.compile(
    r",\s+(?:[\w.'’-]+\s+){1,7}?(?:said|says|told|added|announced|confirmed|reported|warned)"
    # and the saying's own day: ", the transport ministry said yesterday"
    r"(?:\s+(?:yesterday|today|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:last|this)\s+(?:week|night|morning|afternoon|evening)))?",
    re.IGNORECASE,
)
# Irregular participles that stand as adjectives before a noun ("for lost livestock")
_BY_AFTER_COMMA = re.compile(r",[ \t](?:followed|preceded)[ \t]by", re.IGNORECASE)
_ADJECTIVE_PARTICIPLES = frozenset(
    "lost broken stolen frozen fallen hidden spoken written driven beaten forgotten sunken "
    "worn torn grown thrown blown shaken".split()
)
_NOUN_NEXT = re.compile(r"[ \t]+(?!(?:in|on|at|to|for|by|from|with|of|and|or|the|a|an|his|her|"
                        r"its|their|this|that)\b)[a-z]{3,}\b")
_PREPOSITION_BEFORE = re.compile(  # ("at guaranteed prices", "under armed guard")
    r"\b(?:to|for|with|from|of|among|into|at|on|in|under|by|without|against)\s+$", re.IGNORECASE
)
_ELLIPSIS_BEFORE = re.compile(r"\b(?:if|unless|where|wherever|whenever|when|as)\s+$", re.IGNORECASE)
_PREPOSITION_NEXT = re.compile(r"\s+(?:at|from|in|by|on|for|to|with|as)\b")
_PLURAL_NOUN_BEFORE = re.compile(
    r"\b(?!(?:was|has|is|its|his|this|thus|always|perhaps)\s)[a-z]{3,}s\s+$"
)
# A clause's verb ahead, before a participle: "will hold ... companies licensed in"
_FUTURE_VERB_EARLIER = re.compile(r"\b(?:will|shall)\s+[a-z]+\b[^,;.!?]*$")
# A place after a participle's preposition: "licensed in the FSM" (no month, no weekday)
_PLACE_NEXT = re.compile(
    rf"\s+(?:in|at|by|from)\s+(?:the\s+)?(?!(?i:{lx.MONTH_FULL}|{lx.WEEKDAY_NAME_RE})\b)[A-Z]"
)
_STATE_PARTICIPLES = frozenset(
    "priced valued based located headquartered rated ranked listed sized aged".split()
)
# ... then the sentence ends, or goes on with what followed or why: "..., the airline
# confirmed this morning, forcing it to cancel 600 flights", "..., their union announced
# yesterday, after talks collapsed."
_SENTENCE_ENDS_NEXT = re.compile(
    r"(?:\s+(?:on|in|at|during)\s[^,.;:!?]{0,40}|\s+(?:this|last)\s+[a-z]+|\s+(?:today|yesterday)"
    r"|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s*(?:[.!?]|,\s+(?:[a-z]+ing|after|before|when|as|amid|despite|because|while|and|but|"
    r"in\s+an?\s+(?:bid|effort|attempt))\b)"
)  # ("..., the defence ministry said Sunday, in a bid to make the coast ...", "... from
# Liberation Day, the City of Kigali announced yesterday, and every moto-taxi ...")
# Past forms that are also the plain verb: after "to" or a modal they are not the past
# ("is expected to hit", "will last 48 hours"); "compared to last year" keeps its cue.
# A determiner and up to two words before a noun: "its profit ", "the " (then "forecast")
_NOUN_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|a|an|this|that)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE
)
_WITH_TO_AFTER = re.compile(r"[ \t]+(?:with|to|on)\b")
POSSESSIVE = r"(?:its|their|his|her|our|my|your)"  # a possessive determiner
OWNER_BEFORE = rf"(?:\b{POSSESSIVE}|\w['’]s)\s+$"  # "its ", "the school's " before a noun
_DETERMINER_BEFORE = re.compile(rf"\bthe\s+$|{OWNER_BEFORE}", re.IGNORECASE)
_SAME_AS_PLAIN_VERB = frozenset({"hit", "quit", "last", "cut", "put"})
_INFINITIVE_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|must|should|shall|'ll|not|n't)\s+$", re.IGNORECASE
)
_NOUN_BEFORE_CUT = re.compile(
    r"\b(?:a|an|the|another|any|no|its|their|this|that|rate|tax|job|budget|price|pay|"
    r"spending|interest|deep|big|small|further|sharp|[a-z]+-point)\s+$",
    re.IGNORECASE,
)
_TIME_UNIT_AFTER = re.compile(
    r"\s+(?:(?i:year|month|week|weekend|quarter|night|time|decade|century|season|spring|"
    r"summer|fall|autumn|winter)|[A-Z])"
)
# A relative clause set off by a comma, open before a date: ", which held ... at"
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whose|where)\b[^,;:]*$")
RELATIVE_REACH = 80  # characters back from a date to its relative clause's "which"
# A "since" clause with its own subject, the date inside it: "stranded since their airliner
# made an emergency landing on" (not "since Tuesday": that date's own rule)
_SINCE_CLAUSE_OPEN = re.compile(
    r"\bsince\s+(?:the|a|an|their|his|her|its|our|my|your|he|she|they|we|it|I)\s[^,;:()]*$"
)
_CLAUSE_JOINT = re.compile(
    r"[,;]?\s+(?:and|but)\s+|;|\s+that\s+(?:[^,;.]{0,40}?\s)?$|"
    r",\s+(?:saying|adding|warning|vowing|arguing|noting|claiming|"
    r"insisting|explaining|predicting|citing|where|when)[\s,]"  # (", where he promised to")
    r"|\s(?:after|before|because|since|until|once|when|while)\s(?:the|a|an|its|their|his|her)\s"
    r"|,\s+(?:once|until|when|while|because)\s"  # (", once conservators have dried them")
    # an aside naming a noun: "would carry the players on Tuesday afternoon, the first time
    # it has sailed since April 2024"
    r"|,\s+(?:the|a|an)\s"
)  # ("will ration water from Tuesday after the driest monsoon on record left tanks empty")
# A comparison after a date, its verb standing for the clause's: ", as it has every year"
_AS_BEFORE_CUE = re.compile(r",\s+as\s+(?:it|they|he|she|we|I|you|(?:the|its|their)\s+[a-z]+)"
                            r"\s+(?:has|have|had|did|does|do)\b")
_SECOND_DAY_BETWEEN = re.compile(r",?\s+(?:and|or)\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+")
CLAUSE_PENALTY = 40  # characters a cue after a clause joint counts as further away
_CLOSING_QUOTE = re.compile(r"''|[”\"]")
# The month before "may": "in May", "April and May saw", "the May bank holiday" (folded
# patterns look back one character at most, so this is checked apart)
_MONTH_MAY_BEFORE = re.compile(
    r"\b(?:in|of|and|since|early|late|from|until|this|last|next|mid|the|a|by|to|for|on)"
    r"[ \t-]$",
    re.IGNORECASE,
)
# A past verb after "May", which is a name's: "May announced" (not "may need", "may be
# delayed")
_PAST_NAME_VERB = re.compile(r"^may\s+(?!be\s)(?:[a-z]+\s+)?[a-z]*[^e\s]ed$", re.IGNORECASE)
MONTH_MAY_REACH = 7  # characters before "may" searched for its month's word
_THAN_AFTER = re.compile(r"\s+than\b")
_NO_BEFORE = re.compile(r"\b(?:no|not)\s+$", re.IGNORECASE)
_INTENT = re.compile(
    r"(?:planning|planned|preparing|hoping|expecting|expected|scheduled|slated|due)\b",
    re.IGNORECASE,
)
# A plan given up after it: "..., but it was postponed" (not "was due to widen from July,
# but bankers said the regime had died": the plan's July is still ahead)
_THWARTED = re.compile(
    r"\bbut\b[^.;:!?]{0,40}?\b(?:postponed|delayed|cancell?ed|called\s+off|scrapped|put\s+off|"
    r"pushed\s+back|abandoned|suspended|scrubbed|failed|did\s+not|didn['’]t|never)\b",
    re.IGNORECASE,
)
_PAST_AUXILIARY = re.compile(r"\b(?:had|was|were|had\s+been)\s+$", re.IGNORECASE)
_AND_OR_BUT = re.compile(r"[,;]?\s+(?:and|but)\s+|;")
_PRESENT = re.compile(r"\b(?:is|are|am|says|say|remains?|now|today)\b", re.IGNORECASE)
# The cue patterns over the lowercased text, for ASCII sentences (folding.py).
_FOLDED = tuple(ascii_folded(pattern) for pattern in (_FUTURE, _PAST, _PRESENT))
_FOLDED_LOOKBACK = max(lookback for _, lookback in _FOLDED)


# A deadline in a condition: "If the whales have not returned by Friday" (not "by then")
_CONDITIONAL_DEADLINE = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s[^.;:!?\n]*?\bby\s+(?:the\s+)?$")
CONDITION_REACH = 120  # characters back from a date searched for its condition
# A deadline set by a request: "has asked for 1,000 more workers by Wednesday", "urged
# residents to fill out their census forms and mail them before Sunday": what is asked is
# ahead of the asking, whatever its verb's tense (not "told reporters before Monday's vote")
_REQUESTED_BY = re.compile(
    r"\b(?:ask(?:s|ed)?|urg(?:e|es|ed)|order(?:s|ed)?|call(?:s|ed)[ \t]+on|"
    r"appeal(?:s|ed)[ \t]+(?:to|for)|instruct(?:s|ed)?|request(?:s|ed)?|told|tells?)[ \t]+"
    r"(?:[^.;:!?\n]{0,40}?[ \t])?(?:to[ \t]+(?!the\b|a\b|an\b)(?-i:[a-z]+)|for)[ \t]"
    r"[^.;:!?\n]{0,60}?\b(?:by|before)[ \t]+$",  # (a verb after "to": not "told police the
    # suspect had fled to Spain by Friday")
    re.IGNORECASE,
)
REQUEST_REACH = 120  # characters back from a date searched for its request
_PERIOD_OF_NOW = re.compile(r"(?:the|this|next)[ \t]", re.IGNORECASE)
# A change made to count from a day gone: "a 3% pay rise backdated to January 1", "is
# retroactive to May 1, when the old contract expired"
_BACKDATED_TO = re.compile(
    r"\b(?:back-?dated|retroactive(?:ly)?|retrospective(?:ly)?)[ \t]+to[ \t]+"
    r"(?:(?:the[ \t]+)?(?:start|beginning)[ \t]+of[ \t]+)?$",
    re.IGNORECASE,
)
BACKDATED_REACH = 40  # characters back from a date searched for "backdated to"
# An aside opened by an irregular verb's participle, its date before the aside's comma:
# "The ministry's telephone hotline, set up on Monday, is open ...", "The fund, built up in
# March, will pay ...": done, whatever the main clause's tense ("-ed" ones are cues)
_ASIDE_PARTICIPLE = re.compile(
    r",[ \t]+(?:set|put|built|held|made|sent|brought|found|begun|shut|laid|paid|sold|bought|"
    r"struck|won|taken|given|shown|written|chosen|drawn|broken|spoken|sworn|thrown|torn|"
    r"flown|grown|known|dug|hung|spun|lent|spent|left|kept)"
    r"(?:[ \t]+(?:up|out|down|in|off|back|aside|open|together))?[ \t]+"
    r"(?:(?:on|in|at|during|over|early|late)[ \t]+)?$",
    re.IGNORECASE,
)
ASIDE_PARTICIPLE_REACH = 40  # characters back from a date searched for the aside's start
# An aside of a relative clause with a past verb, its date before the aside's comma: "The
# Canadian Forces, which sent 1,200 troops on Monday, will keep most of them in the region":
# done, whatever the main clause's tense
_ASIDE_REST = r"(?:[^,;:.!?\n]|[,.](?=\d))*$"  # to the date, a figure's comma allowed
_ASIDE_RELATIVE_PAST = re.compile(
    rf",[ \t]+(?:which|who)[ \t]+(?:had[ \t]+)?(?:{PAST_IRREGULAR_RE}|"
    rf"(?!(?:pro|ex|suc)ceed\b)[a-z]{{3,}}ed)\b{_ASIDE_REST}",  # (not "which proceed on Friday")
    re.IGNORECASE,
)
ASIDE_RELATIVE_REACH = 80  # characters back from a date searched for the aside's start
# The same aside with a verb in the present (one subject's: "holds", not "hold"), a day it
# keeps to come: "asked the committee, which holds a hearing on mining on Tuesday, to extend
# the ban" (its day ahead of the asking in the past)
_ASIDE_RELATIVE_PRESENT = re.compile(
    r",[ \t]+(?:which|who)[ \t]+(?:holds|meets|sits|opens|starts|begins|hears|votes|rules|"
    rf"arrives|leaves|flies|visits|plays|faces|hosts|launches|sails|returns|takes[ \t]+office)\b"
    rf"{_ASIDE_REST}",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Cue:
    """A tense cue word of a sentence: its span, its pattern's rank (0 future, 1 past), its
    match and its sentence's bounds; its tense once judged (None: no verb's)."""

    start: int
    end: int
    rank: int
    match: re.Match[str]
    left: int
    right: int
    judged: bool = False
    tense: Tense | None = None


class TenseIndex:
    """Tense cues of one text, found a sentence at a time and kept for later expressions.

    Each sentence is scanned once, however many expressions it holds, so the cost stays
    linear in the text even for a long run without sentence ends.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._bounds: tuple[list[int], list[int]] | None = None
        # sentence index -> cue starts, cues, present starts
        self._cues: dict[int, tuple[list[int], list[_Cue], list[int]]] = {}
        self._tenses: dict[tuple[int, int], Tense] = {}  # (start, end) -> tense, once worked out

    def _sentence_ends(self) -> tuple[list[int], list[int]]:
        if self._bounds is None:
            starts, ends = [], []
            text = self.text
            for match in _SENTENCE_END.finditer(text):
                if text[match.start() - 3 : match.start()].lower() in _CLOCK_ABBREVIATIONS and (
                    not SENTENCE_AFTER_CLOCK.match(text, match.start() + 1)
                ):  # "at 1:47 a.m. EST (0647 GMT) on Tuesday": one sentence (not "low
                    continue  # water 11:28 p.m. Tomorrow: high water 5:41 a.m.")
                starts.append(match.start())
                ends.append(match.end())
            self._bounds = starts, ends
        return self._bounds

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Start and end of the sentence around `text[start:end]`, within a window."""
        starts, ends = self._sentence_ends()
        lo = max(0, start - SENTENCE_WINDOW)
        index = bisect.bisect_right(ends, start) - 1
        left = ends[index] if index >= 0 and starts[index] >= lo else lo
        index = bisect.bisect_left(starts, end)
        limit = min(len(self.text), end + SENTENCE_WINDOW)
        right = starts[index] + 1 if index < len(starts) and ends[index] <= limit else limit
        return left, right

    def _sentence_cues(
        self, index: int
    ) -> tuple[list[int], list[_Cue], list[int]]:
        """The cue words of sentence `index` (the one after the index-th sentence end),
        sorted, each judged only when an expression first weighs it (`_cue_tense`)."""
        starts, ends = self._sentence_ends()
        if index not in self._cues:
            text = self.text
            left = ends[index - 1] if index > 0 else 0
            right = starts[index] + 1 if index < len(starts) else len(text)
            source, (future_cue, past_cue, present_cue) = text, (_FUTURE, _PAST, _PRESENT)
            if text[max(0, left - _FOLDED_LOOKBACK) : right].isascii():
                if self._lowered is None:
                    self._lowered = lowercase_copy(text)
                if len(self._lowered) == len(text):
                    source = self._lowered
                    future_cue, past_cue, present_cue = (pattern for pattern, _ in _FOLDED)
            cues: list[_Cue] = []
            for match in future_cue.finditer(source, left, right):
                cues.append(_Cue(match.start(), match.end(), 0, match, left, right))
            for match in past_cue.finditer(source, left, right):
                cues.append(_Cue(match.start(), match.end(), 1, match, left, right))
            cues.sort(key=lambda cue: cue.start)
            present = [m.start() for m in present_cue.finditer(source, left, right)]
            self._cues[index] = ([cue.start for cue in cues], cues, present)
        return self._cues[index]

    def _cue_tense(self, cue: _Cue) -> Tense | None:
        """The tense a cue word tells, or None when it is no verb's (judged once)."""
        if not cue.judged:
            cue.judged = True
            cue.tense = (self._future_cue(cue.match, cue.left, cue.right) if cue.rank == 0
                         else Tense.PAST if self._past_cue(cue.match) else None)  # fmt: skip
        return cue.tense

    def _future_cue(self, match: re.Match[str], left: int, right: int) -> Tense | None:
        """A future cue's tense (PAST for "was due to"), or None for no verb."""
        text = self.text
        cue_start = match.start()
        if text[cue_start : cue_start + 3].lower() == "may" and text[cue_start] != "m" and (
            _MONTH_MAY_BEFORE.search(text, max(left, cue_start - MONTH_MAY_REACH), cue_start)
            or _PAST_NAME_VERB.search(match.group(0)) is not None
        ):
            return None  # "in May the rains came": the month; "May announced": a name (in
            # lower case the modal: "raised its rate last month and may move again in the
            # spring")
        past = _PAST_AUXILIARY.search(text, max(left, match.start() - 12), match.start())
        if (
            past and _INTENT.match(text, match.start()) and "had" not in past[0].lower()
            and not _THWARTED.search(text, match.end(), right)
        ):
            past = None  # "were planning to march on Monday", "was due to arrive
            # on Wednesday", "were expected to gather on Wednesday evening": an
            # intention or expectation, ahead ("had been due to", "was expected to
            # take place on Monday, but it was postponed": given up)
        if match.group(0).lower().startswith("expected") and _COMPARED_BEFORE.search(
            text, max(0, match.start() - 6), match.start()
        ):
            return None  # "turned out in larger numbers than expected to elect ... on
            # Saturday": a comparison, no plan
        if match.group(0).lower().startswith("forecast") and _NOUN_DETERMINER_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            return None  # "lowered its profit forecast on Tuesday": a noun, no future
        if match.group(0).lower().startswith("to") and _ORDINAL_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            return None  # "the first to be elected in 1990": no plan
        if match.group(0).lower().startswith(_FIXTURE_VERBS) and _TO_BEFORE.search(
            text, max(0, match.start() - 4), match.start()
        ):
            return None  # "hoped to play their last game on Saturday": an infinitive
        if match.group(0).lower() == "coming" and _BEGAN_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            return None  # "containers began coming ashore on Monday": a gerund
        return Tense.PAST if past else Tense.FUTURE  # ("had been due to", "was set to": past)

    def _past_cue(self, match: re.Match[str]) -> bool:
        """Whether a past cue word is a verb in the past."""
        text = self.text
        word = match.group(0).lower()
        if (
            text[match.start()].isupper()
            and _NAME_GOES_ON.match(text, match.end())
            and (_LOWER_WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
                 or _NAME_WORD_BEFORE.search(text, max(0, match.start() - 24), match.start()))
        ):  # "from Curepipe to Rose-Belle", "in Fell Street", "Murtala Muhammed
            return False  # Airport": a name, no verb
        if word in _NOTICE_PARTICIPLES and text[match.start()].isupper() and (
            _NOTICE_OPENING.search(text, max(0, match.start() - 3), match.start())
            or match.start() == 0
        ):  # a notice's "Open daily, 08:00-16:00. Closed on Christmas Day, Boxing Day and
            return False  # New Year's Day": a rule standing, no past
        if _BE.search(text, max(0, match.start() - 24), match.start()) or (
            _BE_PARTICIPLE_AND.search(text, max(0, match.start() - 100), match.start())
        ):  # "to be published", "will be held", "will be lifted and sold": a
            return False  # participle, not the past
        if (
            word == "earlier"
            and _THAN_AFTER.match(text, match.end())
            and not _NO_BEFORE.search(text, max(0, match.start() - 5), match.start())
        ):
            return False  # "will open on Friday, a week earlier than planned": a
            # comparison, no past (a bound, "would take place no earlier than May 6",
            # keeps its cue: the undated set-13 launch story's latest day)
        if (
            word in _SAME_AS_PLAIN_VERB
            and _INFINITIVE_BEFORE.search(text, max(0, match.start() - 7), match.start())
            and not _TIME_UNIT_AFTER.match(text, match.end())
        ):
            return False  # "is expected to hit", "will last": the plain verb
        if (
            word[-2:] == "ed"
            and word not in _PAST_SET
            and (
                word in _NOT_PAST_ED
                or word.startswith("un")
                or _ARTICLE_ADVERB_BEFORE.search(
                    text, max(0, match.start() - 24), match.start()
                )  # fmt: skip
                or _VERB_AHEAD_BEFORE.search(
                    text, max(0, match.start() - 36), match.start()
                )
                or _PREPOSITION_BEFORE.search(
                    text, max(0, match.start() - 8), match.start()
                )  # "letters to affected customers": an adjective
                or _ELLIPSIS_BEFORE.search(
                    text, max(0, match.start() - 8), match.start()
                )  # "a deciding Game 5, if needed, will be played": no verb
                or (  # ", priced from $799": a participle of a state, no verb
                    word in _STATE_PARTICIPLES
                    and _PREPOSITION_NEXT.match(text, match.end())
                )
                or (  # "will hold a consultation with fishing companies licensed in the
                    # FSM": a participle after its noun, its place next, in a clause whose
                    # verb is ahead (not "tax bills mailed in January": the date's own)
                    _PLACE_NEXT.match(text, match.end())
                    and _PLURAL_NOUN_BEFORE.search(
                        text, max(0, match.start() - 16), match.start())
                    and _FUTURE_VERB_EARLIER.search(
                        text, max(0, match.start() - 80), match.start())
                )
            )
        ):
            return False  # "based", "unnamed", "a closely watched vote": adjectives
        if word in _ADJECTIVE_PARTICIPLES and _PREPOSITION_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ) and _NOUN_NEXT.match(text, match.end()):
            return False  # "compensation for lost livestock", "of broken glass"
        if (word[-2:] == "ed" or word in _PAST_SET) and _WISH_OBJECT_BEFORE.search(
            text, max(0, match.start() - 50), match.start()
        ):
            return False  # "wants the first beaches cleared", "we want every farmer
            # paid": a wish, ahead
        if _PERFECT_AHEAD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            return False  # "We expect to have carried all passengers by Thursday",
            # "will have finished by May": done by a day ahead
        if word in ("followed", "preceded") and _BY_AFTER_COMMA.fullmatch(
            text, max(0, match.start() - 2), match.end() + 3
        ):
            return False  # "on Tuesday at noon, followed by a rally": what comes next
            # in the clause's order, no past
        if word == "compared" and _WITH_TO_AFTER.match(text, match.end()):
            return False  # "..., compared with March 28 last year": a comparison, no verb
        if word == "last" and _DETERMINER_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            return False  # "will fall back for the last time", "its last game", "the
            # festival's last public holiday": an adjective of order, no past
        if word in ("said", "told") and text.startswith(",", match.end()):
            return False  # "..., Whitcomb said, with music on Saturday": an aside
        if word in ("cut", "put") and _NOUN_BEFORE_CUT.search(
            text, max(0, match.start() - 16), match.start()
        ):
            return False  # "another quarter-point cut in December": a noun
        return True

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the clause holding `text[start:end]`, from the nearest cue."""
        tense = self._tenses.get((start, end))
        if tense is None:
            tense = self._tenses[start, end] = self._tense(start, end)
        return tense

    def _tense(self, start: int, end: int) -> Tense:
        if _CONDITIONAL_DEADLINE.search(self.text, max(0, start - CONDITION_REACH), start):
            return Tense.FUTURE  # "If the whales have not returned by Friday", "if a new
            # pay deal was not agreed by Christmas": a deadline ahead, whatever the verb
        if not _PERIOD_OF_NOW.match(self.text, start) and _REQUESTED_BY.search(
            self.text, max(0, start - REQUEST_REACH), start
        ):
            return Tense.FUTURE  # "has asked for 1,000 more workers by Wednesday" (not
            # "have asked Pivot to provide documents by the end of the month": the
            # asking's month, as much as the deadline's)
        if _BACKDATED_TO.search(self.text, max(0, start - BACKDATED_REACH), start):
            return Tense.PAST  # "will receive a 6 percent rise backdated to January"
        if self.text.startswith(",", end) and _ASIDE_PARTICIPLE.search(
            self.text, max(0, start - ASIDE_PARTICIPLE_REACH), start
        ):
            return Tense.PAST  # "The hotline, set up on Monday, is open from 8 a.m."
        if self.text.startswith(",", end) and _ASIDE_RELATIVE_PAST.search(
            self.text, max(0, start - ASIDE_RELATIVE_REACH), start
        ):
            return Tense.PAST  # "The Canadian Forces, which sent 1,200 troops on Monday,
            # will keep most of them in the region"
        if self.text.startswith(",", end) and _ASIDE_RELATIVE_PRESENT.search(
            self.text, max(0, start - ASIDE_RELATIVE_REACH), start
        ):
            return Tense.FUTURE  # "the committee, which holds a hearing on Tuesday,"
        left, right = self.bounds(start, end)
        best: tuple[int, int, int] | None = None  # distance, pattern rank, cue start
        best_tense, best_end = Tense.UNKNOWN, 0
        present = False
        presents: list[int] = []  # where present forms start in the window
        weighed: list[tuple[int, int, int, _Cue]] = []  # the window's cues, nearest first
        ends = self._sentence_ends()[1]
        positions = (left, start, max(left, right - 1))
        for index in {bisect.bisect_right(ends, position) for position in positions}:
            cue_starts, cues, present_starts = self._sentence_cues(index)
            # From the first cue in the window, not a copy of the rest of a long sentence's.
            for cue in cues[bisect.bisect_left(cue_starts, left) :]:
                if cue.start >= right:
                    break
                if cue.end > right or start <= cue.start < end:
                    continue  # the expression itself ("last Friday") is not a cue
                # the least distance the cue can have (penalties only add to it)
                least = start - cue.end if cue.end <= start else cue.start - end + 10
                weighed.append((least, cue.rank, cue.start, cue))
            index = bisect.bisect_left(present_starts, left)
            present = present or (index < len(present_starts) and present_starts[index] < right)
            presents.extend(present_starts[index : bisect.bisect_left(present_starts, start)])
        weighed.sort(key=lambda item: item[:3])
        for least, rank, cue_start, cue in weighed:
            if best is not None and least > best[0]:
                break  # nearer cues first: none further on can be nearer than the best
            tense = self._cue_tense(cue)
            if tense is None:
                continue
            cue_end = cue.end
            if cue_start >= end and _AS_BEFORE_CUE.search(self.text, end, cue.end):
                continue  # "leaves for its camp in February, as it has every year since
                # 2028": a comparison's verb stands for another time's
            if cue_start >= end and tense is Tense.FUTURE and _TO_BY_CUE.match(
                self.text, cue_start, cue_end
            ):  # "which leaders agreed on Dec. 14 to complete by January 1, 2055": the
                continue  # deadline's tense is the later date's, not this one's
            if cue_start >= end and _CLOSING_QUOTE.search(self.text, end, cue_start):
                continue  # '"He will leave Thursday," Castro said': not the quote's tense
            if (
                cue_start >= end
                and _SAYING_AFTER_COMMA.fullmatch(self.text, end, cue_end)
                and _SENTENCE_ENDS_NEXT.match(self.text, cue_end)
            ):  # "will meet for the first time on Monday, her campaign said": the
                continue  # saying's tense is not what it tells
            distance = start - cue_end if cue_end <= start else cue_start - end
            if (
                rank == 1
                and cue_start >= end
                and self.text[end:cue_start].isspace()
                and _PREPOSITION_NEXT.match(self.text, cue_end)
                and self.text[cue_start:cue_end].lower() not in _PAST_SET
            ):  # "a campaign on Monday aimed at children": a participle after a noun
                distance += CLAUSE_PENALTY
            # Cues before the expression (the verb it modifies) count a little more.
            distance = distance if cue_end <= start else distance + 10
            if cue_end <= start and _RELATIVE_BETWEEN.search(self.text, cue_end, start) and (
                not _RELATIVE_CLOSED_BEFORE.search(self.text, cue_end, start)
            ):  # "grasses tied to a stick, which families carry to church on Palm Sunday":
                continue  # the main clause's verb is not the relative clause's (but "ended
                # its sit-in, which had lasted nearly 18 months, on Wednesday": it is)
            if cue_end <= start and (
                _RELATIVE_CUE_OPENED.search(self.text, max(0, cue_start - 30), cue_start)
                and (comma := self.text.find(",", cue_end, start)) >= 0
                and _MAIN_VERB_AFTER_CLAUSE.match(self.text, comma)
            ):  # "Rourke, who won $3.4 million, moves ... from Sept. 26-29": a relative
                continue  # clause closed before the main verb tells another time's verb
            if cue_start >= end and (
                tense is Tense.PAST
                or _ADVERBIAL_BEFORE.search(self.text, max(0, start - 8), start)
            ) and _IN_RELATIVE_CLAUSE.search(self.text, end, cue_start):
                continue  # "on Tuesday, ... on Peniamina Gospel Day, which honours the
                # pastor who brought Christianity": a later noun's clause, not the date's
            if (
                cue_end <= start
                and self.text[max(0, cue_start - 2) : cue_start] == ", "
                and self.text[cue_start:cue_end].lower().endswith("ed")
                and "," in self.text[cue_end:start]
            ):
                continue  # "The Landtag, elected on 8 February, holds its opening
                # sitting on Thursday": the aside's participle is not the clause's verb
            if cue_end <= start and (
                _SUBJECT_THAT.fullmatch(self.text, cue_end, start)
                or _THAT_FROM_BEFORE.search(self.text, max(cue_end, start - 20), start)
            ):  # "warned that the second quarter would be weaker", "announced this evening
                distance += CLAUSE_PENALTY  # that from Tuesday ... households will receive":
                # the date opens what was said, whose own verb follows

            if cue_start >= end and _CLAUSE_JOINT.search(self.text, end, cue_start) and not (
                _SECOND_DAY_BETWEEN.fullmatch(self.text, end, cue_start)
            ):  # (", and 15 closed 41 stores" after "September 14": its second day, no joint)
                # "declared an emergency on Thursday and is scheduled to ...": the
                # next clause's verb is not this date's
                distance += CLAUSE_PENALTY
            elif cue_start >= end and _SINCE_CLAUSE_OPEN.search(
                self.text, max(left, start - RELATIVE_REACH), start
            ):  # "Passengers stranded since their airliner made an emergency landing on
                distance += CLAUSE_PENALTY  # Tuesday night will continue ...": the
                # main clause's verb after it is not its date's
            elif (
                cue_start >= end
                and "," in self.text[end:cue_start]
                and _RELATIVE_OPEN.search(self.text, max(left, start - RELATIVE_REACH), start)
            ):  # "the reserve, which held 58 million pounds at the end of December,
                distance += CLAUSE_PENALTY  # should cover demand": the main clause's
                # verb after the relative clause is not its date's
            key = (distance, rank, cue_start)
            if best is None or key < best:
                best, best_tense, best_end = key, tense, cue_end
        if best is not None and best_end <= start and presents and presents[-1] > best_end and (
            joints := list(_CLAUSE_JOINT.finditer(self.text, best_end, presents[-1]))
        ) and _AND_OR_BUT.match(joints[-1].group(0)):
            return Tense.PRESENT  # "Children rehearsed at the pier, and the fittings are on
            # Friday": the date's own clause is in the present
        if best is not None:
            return best_tense
        return Tense.PRESENT if present else Tense.UNKNOWN


# A plan's day, told as gone after it: "a second meeting set for Wednesday collapsed", "a
# deadline set for midnight on Thursday had passed"
_PLANNED_FOR_BEFORE = re.compile(
    r"\b(?:set|scheduled|planned|called|due)[ \t]+for[ \t]+"
    r"(?:(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?[ \t]*[ap]\.?m\.?)[ \t]+on[ \t]+)?$"
)
PLANNED_FOR_REACH = 40  # characters back from a day to the plan's "set for"
_PLAN_THEN_PAST_VERB = re.compile(
    r"[ \t]+(?:(?:was|were)[ \t]+(?:called[ \t]+off|cancell?ed|postponed|scrapped|dropped)|"
    r"collapsed|failed|fell[ \t]+through|broke[ \t]+down|ended|(?:had[ \t]+)?(?:passed|expired|"
    r"lapsed)|came[ \t]+and[ \t]+went)\b"
)


def plan_gone(text: str, start: int, end: int) -> bool:
    """Whether the day at `start`-`end` is a plan's, told as gone after it."""
    return bool(_PLAN_THEN_PAST_VERB.match(text, end)) and bool(
        _PLANNED_FOR_BEFORE.search(text, max(0, start - PLANNED_FOR_REACH), start))
