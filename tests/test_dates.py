"""The date resolver on real news sentences: exact span, type, value (and mod)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import interval_of, resolve_dates
from timeline.dates.base import clock_names_a_thing
from timeline.models import TimeExpression, TimexType

FRIDAY = dt.date(2017, 11, 17)  # publication date of most cases: a Friday


def only(text: str, published: dt.date | None = FRIDAY) -> TimeExpression:
    expressions = resolve_dates(text, published)
    assert len(expressions) == 1, [(e.text, e.value) for e in expressions]
    expression = expressions[0]
    assert text[expression.start : expression.end] == expression.text
    return expression


def check(text: str, span: str, kind: str, value: str, mod: str | None = None) -> None:
    expression = only(text)
    assert (expression.text, expression.type.value, expression.value, expression.mod) == (
        span,
        kind,
        value,
        mod,
    )


# --- absolute dates --------------------------------------------------------------------------

ABSOLUTE = [
    ("The summit opened on Friday, 17 Nov, 2017 in Brussels.", "Friday, 17 Nov, 2017",
     "2017-11-17"),
    ("The deal was signed Nov. 9 in Paris.", "Nov. 9", "2017-11-09"),
    ("Sales fell on Oct. 25, the company said.", "Oct. 25", "2017-10-25"),
    ("Prices peaked in October 2016.", "October 2016", "2016-10"),
    ("The accord was signed on March 3, 1998, in Geneva.", "March 3, 1998", "1998-03-03"),
    ("The bank failed on the 3rd of May 1998.", "the 3rd of May 1998", "1998-05-03"),
    ("Elections are due on 2018-03-04.", "2018-03-04", "2018-03-04"),
    ("In 2010 the company moved to Austin.", "2010", "2010"),
    ("Voters go to the polls on 4 December.", "4 December", "2017-12-04"),
    ("The minister resigned on the 14th of November.", "the 14th of November", "2017-11-14"),
    ("Q3 2019 sales fell.", "Q3 2019", "2019-Q3"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), ABSOLUTE)
def test_absolute_dates(text: str, span: str, value: str) -> None:
    check(text, span, "DATE", value)


# --- weekdays and parts of day by tense ------------------------------------------------------

WEEKDAYS = [
    ("The talks collapsed on Friday.", "Friday", "2017-11-17"),  # past, in a Friday paper
    ("Police said the attack happened on Tuesday.", "Tuesday", "2017-11-14"),
    ("The ministers will meet on Friday.", "Friday", "2017-11-17"),
    ("The ministers will meet on Monday.", "Monday", "2017-11-20"),
    ("The president met him last Tuesday.", "last Tuesday", "2017-11-14"),
    ("The vote was held Thursday night.", "Thursday night", "2017-11-16TNI"),
    ("Protesters are planning to march on Monday.", "Monday", "2017-11-20"),
    ("Bombs exploded next to the embassies on Wednesday.", "Wednesday", "2017-11-15"),
    # irregular pasts ("burst", "withdrew") are past cues like "-ed"
    ("The river burst its banks at the quay on Thursday.", "Thursday", "2017-11-16"),
    ("The rebels withdrew from the town on Monday.", "Monday", "2017-11-13"),
]


@pytest.mark.parametrize(("text", "span", "value"), WEEKDAYS)
def test_weekdays_follow_tense(text: str, span: str, value: str) -> None:
    check(text, span, "TIME" if "T" in value else "DATE", value)  # "Thursday night": TIME


PARTS_OF_DAY = [
    ("He spoke this morning.", "this morning", "2017-11-17TMO", None),
    ("The attack came last night.", "last night", "2017-11-16TNI", None),
    ("Prices fell in mid-afternoon yesterday.", "mid-afternoon yesterday", "2017-11-16TAF",
     "MID"),
    ("The bill will be signed tonight.", "tonight", "2017-11-17TNI", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "mod"), PARTS_OF_DAY)
def test_parts_of_day(text: str, span: str, value: str, mod: str | None) -> None:
    check(text, span, "TIME", value, mod)


# --- relative dates ---------------------------------------------------------------------------

RELATIVE = [
    ("The bill passed yesterday.", "yesterday", "2017-11-16", None),
    ("The report comes out today.", "today", "2017-11-17", None),
    ("The board meets tomorrow.", "tomorrow", "2017-11-18", None),
    ("Shares fell last week.", "last week", "2017-W45", None),
    ("Shares rose this week.", "this week", "2017-W46", None),
    ("The board meets next week.", "next week", "2017-W47", None),
    ("Sales fell last month.", "last month", "2017-10", None),
    ("Sales will rise next month.", "next month", "2017-12", None),
    ("Profit rose last year.", "last year", "2016", None),
    ("Profit will rise next year.", "next year", "2018", None),
    ("Profit fell last quarter.", "last quarter", "2017-Q3", None),
    ("Shares rose over the weekend.", "the weekend", "2017-W45-WE", None),
    ("Stores will be busy this weekend.", "this weekend", "2017-W46-WE", None),
    ("The plant closed three days ago.", "three days ago", "2017-11-14", None),
    ("The plant closed two weeks ago.", "two weeks ago", "2017-11-03", None),  # a day
    ("The plant closed six weeks ago.", "six weeks ago", "2017-W40", None),  # about a week
    ("The firm was founded five years ago.", "five years ago", "2012", None),
    ("Prices rose earlier this month.", "earlier this month", "2017-11", "START"),
    ("Prices will rise later this year.", "later this year", "2017", "END"),
    ("Sales rose the previous day.", "the previous day", "2017-11-16", None),
    ("He left last March.", "last March", "2017-03", None),
    ("Prices fell at the end of the year.", "the end of the year", "2017", "END"),
    ("The deal should close by the end of the month.", "the end of the month", "2017-11",
     "END"),
    ("The deal should close by year-end.", "year-end", "2017", "END"),
    ("Emissions must halve by the end of the decade.", "the end of the decade", "201", "END"),
    ("Seas could rise a metre by the end of the century.", "the end of the century", "20",
     "END"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "mod"), RELATIVE)
def test_relative_dates(text: str, span: str, value: str, mod: str | None) -> None:
    check(text, span, "DATE", value, mod)


def test_anaphora_leans_on_the_last_date() -> None:
    text = "He had arrived in Berlin on March 3. He left the previous day."
    values = [(e.text, e.value) for e in resolve_dates(text, FRIDAY)]
    assert values == [("March 3", "2017-03-03"), ("the previous day", "2017-03-02")]


def test_year_ago_quarters_do_not_become_the_reference() -> None:
    text = (
        "Profit rose in the year-ago quarter. Sales in the latest quarter rose, and "
        "profit fell from the corresponding period last year."
    )
    values = [(e.text, e.value) for e in resolve_dates(text, dt.date(1989, 11, 2))]
    assert values == [
        ("the year-ago quarter", "1988-Q3"),
        ("the latest quarter", "1989-Q3"),
        ("the corresponding period last year", "1988-Q3"),
    ]


def test_a_week_earlier_is_relative_to_the_last_date() -> None:
    text = "He arrived on March 3. A week earlier, he had been in Rome."
    values = [(e.text, e.value) for e in resolve_dates(text, FRIDAY, join_clock_days=True)]
    assert values == [("March 3", "2017-03-03"), ("A week earlier", "2017-02-24")]  # that day


def test_weeks_and_months_counted_from_a_date_are_durations_as_timeml_draws_them() -> None:
    # TimeBank's "Three days later" and "A day earlier" are durations, "later" a signal;
    # so are weeks and months (fresh sets H to S); the event stage keeps the day reached
    text = ("He arrived on March 3. A week earlier, he had been in Rome. He moved in June 2014 "
            "and complained less than two months later.")
    values = [(e.text, e.type.value, e.value, e.mod) for e in resolve_dates(text, FRIDAY)]
    assert values == [
        ("March 3", "DATE", "2017-03-03", None), ("A week", "DURATION", "P1W", None),
        ("June 2014", "DATE", "2014-06", None),
        ("less than two months", "DURATION", "P2M", "LESS_THAN"),
    ]
    assert [(e.text, e.value) for e in resolve_dates("Sales rose from a year earlier.", FRIDAY)
            ] == [("a year earlier", "2016")]  # fmt: skip
    joined = resolve_dates(text, FRIDAY, join_clock_days=True)
    assert [e.text for e in joined][1] == "A week earlier"


# --- months, seasons, quarters, halves, decades, centuries, fiscal years -----------------------

PERIODS = [
    ("The store opens in March.", "March", "2018-03"),
    ("The merger closed in the spring.", "the spring", "2017-SP"),
    ("Profit rose in the third quarter.", "the third quarter", "2017-Q3"),
    ("He leaves in the fourth quarter of 2018.", "the fourth quarter of 2018", "2018-Q4"),
    ("Revenue fell in the first half.", "the first half", "2017-H1"),
    ("Inflation soared in the 1970s.", "the 1970s", "197"),
    ("It was built in the 19th century.", "the 19th century", "18"),
    ("Earnings rose in fiscal 1999.", "fiscal 1999", "1999"),
    ("In nineteen ninety-six the law changed.", "nineteen ninety-six", "1996"),
    ("Plans for the year two thousand were drafted.", "the year two thousand", "2000"),
    ("The shop opened on Christmas Eve.", "Christmas Eve", "2016-12-24"),
    ("The stock hit its high for the latest period.", "the latest period", "2017-Q3"),
    ("Revenue fell 4% in Q3 2019, the company said.", "Q3 2019", "2019-Q3"),
    ("Revenue fell in Q3 of 2016.", "Q3 of 2016", "2016-Q3"),
    ("Results for 2018 Q4 were weaker than expected.", "2018 Q4", "2018-Q4"),
    ("Net profit rose 12% in H1 2019.", "H1 2019", "2019-H1"),
]


@pytest.mark.parametrize(("text", "span", "value"), PERIODS)
def test_calendar_periods(text: str, span: str, value: str) -> None:
    check(text, span, "DATE", value)


SPELLED_DAYS = [
    ("request the pleasure of your company at the marriage of their daughter Funmilayo to "
     "Owain Tomos at St Chad's Church, Shrewsbury, on Saturday the sixteenth of June two "
     "thousand and ninety-one",
     "Saturday the sixteenth of June two thousand and ninety-one", "2091-06-16"),
    ("The deed was signed on the twenty-first of March, nineteen ninety-six, in Cork.",
     "the twenty-first of March, nineteen ninety-six", "1996-03-21"),
    ("He was born on June 16, nineteen ninety-six, the court heard.",
     "June 16, nineteen ninety-six", "1996-06-16"),
    ("The fair opens on June the sixteenth.", "June the sixteenth", "2018-06-16"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), SPELLED_DAYS)
def test_a_day_and_month_with_the_year_or_the_day_spelled_out(
    text: str, span: str, value: str
) -> None:
    check(text, span, "DATE", value)


# --- durations, sets, times ------------------------------------------------------------------

DURATIONS = [
    ("He served about two years in prison.", "about two years", "P2Y", "APPROX"),
    ("The strike lasted three years.", "three years", "P3Y", None),
    ("Talks went on for 24 hours.", "24 hours", "PT24H", None),
    ("Over the last twenty four hours, the storm moved north.", "the last twenty four hours",
     "P1D", None),
    ("He had been in office for 30 years.", "30 years", "P30Y", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "mod"), DURATIONS)
def test_durations_are_not_dates(text: str, span: str, value: str, mod: str | None) -> None:
    check(text, span, "DURATION", value, mod)
    assert only(text).start_date is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The committee meets every week.", "every week", "P1W"),
        ("The fee is paid annually.", "annually", "P1Y"),
        ("The board meets every Monday.", "every Monday", "XXXX-WXX-1"),
        # TimeML keeps the count of a frequency in the span
        ("The jury heard the tapes twice a week.", "twice a week", "P1W"),
        ("Patients take the pill three times a day.", "three times a day", "P1D"),
        ("Talus gives guidance only once a year.", "once a year", "P1Y"),
        ("Serious frosts have struck only once a decade.", "once a decade", "P10Y"),
    ],
)
def test_sets(text: str, span: str, value: str) -> None:
    check(text, span, "SET", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Trading halted at 3:30 p.m.", "3:30 p.m.", "2017-11-17T15:30"),
        ("The vote is set for noon.", "noon", "2017-11-17T12:00"),
        ("The father will leave at 4 in the morning, Castro said.", "4 in the morning",
         "2017-11-17T04:00"),
        ("Protesters gathered at 5 in the afternoon.", "5 in the afternoon", "2017-11-17T17:00"),
        # a zone's initial is no "p.m." (review set 64 c: "01:35 Pacific Daylight Time" was
        # 13:35)
        ("The ship was arrested at 01:35 Pacific Daylight Time.",
         "01:35 Pacific Daylight Time", "2017-11-17T01:35"),
        ("The ship was arrested at 01:35 PDT.", "01:35 PDT", "2017-11-17T01:35"),
    ],
)
def test_clock_times(text: str, span: str, value: str) -> None:
    check(text, span, "TIME", value)


# --- vague references -----------------------------------------------------------------------

VAGUE = [
    ("The company is now profitable.", "now", "PRESENT_REF"),
    ("Currently, the plant employs 300 people.", "Currently", "PRESENT_REF"),
    ("He recently resigned.", "recently", "PAST_REF"),
    ("Sales have slumped in recent years.", "recent years", "PAST_REF"),
    ("The plant will soon reopen.", "soon", "FUTURE_REF"),
    ("The rules may change in the future.", "the future", "FUTURE_REF"),
    ("But we don't minimize the challenges of the near term.", "the near term", "FUTURE_REF"),
    ("The dividend was meant to placate LIN holders in the short term.", "the short term",
     "FUTURE_REF"),
]


@pytest.mark.parametrize(("text", "span", "value"), VAGUE)
def test_vague_references(text: str, span: str, value: str) -> None:
    check(text, span, "DATE", value)


# --- no false positives ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "May Smith said she may run again.",
        "Protesters march through the city.",
        "He finished second in the race.",
        "The airline bought a 747 from Boeing.",
        "The firm cut 1,000 jobs.",
        "The 9/11 commission issued its report.",
        "The 37-year-old man was 37 years old.",
        "The vaccine went to a booster group of nine-year-olds.",  # fresh set AM: ages
        "Investors will leave as soon as the market opens.",
        "He was killed soon after being captured.",
        "Magna cut its quarterly dividend in half.",
        "Analysts doubt the company's future earnings.",
        "He had previously worked at the bank.",
        "Two thousand people marched.",
        "The preferred stock pays $1.76 a year.",
        "Iraq imports about three-quarters of its food.",
        "A second group of directors objected.",
        "He had formerly worked at the bank.",
        "The H1N1 virus spread to Mexico.",
        "She applied for an H1 visa.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert resolve_dates(text, FRIDAY) == []


# --- spans and intervals ----------------------------------------------------------------------


def test_every_span_is_the_source_text() -> None:
    text = (
        "On Friday, Nov. 17, 2017, shares fell 3% after the company said third-quarter "
        "profit dropped from a year earlier. Sales rose in the first half of 2017 and "
        "are expected to grow about 10% annually over the next three years."
    )
    expressions = resolve_dates(text, FRIDAY)
    assert len(expressions) >= 4
    for expression in expressions:
        assert text[expression.start : expression.end] == expression.text


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2017-11-17", dt.date(2017, 11, 17), dt.date(2017, 11, 17)),
        ("2017-W45", dt.date(2017, 11, 6), dt.date(2017, 11, 12)),
        ("2017-W45-WE", dt.date(2017, 11, 11), dt.date(2017, 11, 12)),
        ("2017-10", dt.date(2017, 10, 1), dt.date(2017, 10, 31)),
        ("2017-Q3", dt.date(2017, 7, 1), dt.date(2017, 9, 30)),
        ("2017-H2", dt.date(2017, 7, 1), dt.date(2017, 12, 31)),
        ("2017", dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
        ("197", dt.date(1970, 1, 1), dt.date(1979, 12, 31)),
    ],
)
def test_intervals(value: str, start: dt.date, end: dt.date) -> None:
    interval = interval_of(value)
    assert interval is not None
    assert interval[:2] == (start, end)


def test_expressions_carry_their_interval() -> None:
    expression = only("Shares fell last week.")
    assert (expression.start_date, expression.end_date) == (
        dt.date(2017, 11, 6),
        dt.date(2017, 11, 12),
    )


def test_a_range_of_days_written_as_one_date_runs_to_its_last_day() -> None:
    # review set 70: a match centre's "Mar 7-11, 2046" (TimeML's value is the first day)
    [expression] = resolve_dates("Kensington Oval, Bridgetown  |  Mar 7-11, 2046",
                                 dt.date(2046, 3, 11))  # fmt: skip
    assert (expression.value, expression.start_date, expression.end_date) == (
        "2046-03-07", dt.date(2046, 3, 7), dt.date(2046, 3, 11))
    [expression] = resolve_dates("Filed on 2046-03-07.", dt.date(2046, 3, 11))
    assert expression.end_date == dt.date(2046, 3, 7)  # (an ISO date is no range)


def test_without_publication_date_values_are_underspecified() -> None:
    expression = only("The talks collapsed on Friday.", published=None)
    assert expression.value == "XXXX-WXX-5"
    assert expression.start_date is None


def test_a_day_range_is_one_expression_dated_by_its_first_day() -> None:
    found = resolve_dates("The next meeting is scheduled for Jan. 26-27.", dt.date(2015, 12, 16))
    assert [(e.text, e.value) for e in found] == [("Jan. 26-27", "2016-01-26")]


# --- names and titles that look like dates -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Bronislaw Geremek of Poland, Janos Martonyi of Hungary and Jan Kavan of the Czech "
         "Republic signed formal documents of accession.", dt.date(1999, 3, 13)),
        ("Secretary of State James Baker, speaking on ABC News' \"This Week,\" said the "
         "Kuwaiti request gives the U.S. a legal basis.", dt.date(1990, 8, 13)),
        ("Those livers are in the shortest supply. This is VOA Today.", dt.date(1998, 3, 31)),
        ("He accused them of abusing the boy, Gonzalez said on CBS's ``60 Minutes.'' The way "
         "they treat him is wrong.", dt.date(2000, 4, 17)),
        ("The poster showed a picture of Gary Cooper from the film ``High Noon.''",
         dt.date(1999, 3, 12)),
    ],
)  # fmt: skip
def test_names_and_titles_are_not_dates(text: str, published: dt.date) -> None:
    assert resolve_dates(text, published) == []


def test_a_title_case_headline_keeps_its_dates() -> None:
    found = resolve_dates("Rebels Seize Capital Today After Long Siege", FRIDAY)
    assert [(e.text, e.value) for e in found] == [("Today", "2017-11-17")]
    found = resolve_dates("Talks In Geneva Run 90 Minutes", FRIDAY)
    assert [(e.text, e.value) for e in found] == [("90 Minutes", "PT90M")]


def test_last_before_a_month_and_day_takes_the_one_before_publication() -> None:
    text = "Slepian was shot to death last Oct. 23 at his home in suburban Amherst."
    found = resolve_dates(text, dt.date(1999, 4, 19))
    assert [(e.text, e.value) for e in found] == [("last Oct. 23", "1998-10-23")]


def test_a_coordinated_day_is_its_own_expression() -> None:
    text = "The summit will still be held at the NATO Washington summit on April 24 and 25."
    found = resolve_dates(text, dt.date(1999, 2, 10))
    assert [(e.text, e.value) for e in found] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    counted = resolve_dates("Sales rose on May 3 and 4 stores closed.", dt.date(1999, 2, 10))
    assert [e.text for e in counted] == ["May 3"]


def test_the_week_of_a_day_is_that_week() -> None:
    text = "The family feud may finally be resolved in a court hearing the week of March 6."
    found = resolve_dates(text, dt.date(2000, 2, 24))
    assert [(e.text, e.value) for e in found] == [("the week of March 6", "2000-W10")]


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("But in recent weeks, construction-industry sources reported delays.", "recent weeks",
         "DURATION", "PXW"),
        ("Officials have expressed concerns in recent months about a pattern.", "recent months",
         "DURATION", "PXM"),
        ("As the yen soared in recent years, Sansui's problems deepened.", "recent years", "DATE",
         "PAST_REF"),
        ("That will mean lower earnings for the last half of 1989.", "the last half of 1989",
         "DATE", "1989-H2"),
        ("Losses continue through at least the first two quarters of 1990.",
         "the first two quarters of 1990", "DATE", "1990-H1"),
    ],
)  # fmt: skip
def test_recent_units_and_halves(text: str, span: str, kind: str, value: str) -> None:
    check(text, span, kind, value)


@pytest.mark.parametrize(
    "text",
    [
        "Dollars triggered a trickle of cash from Miami that soon became a flood.",
        "He was taken to a hospital. He was soon released and appeared healthy.",
    ],
)
def test_soon_in_a_past_narrative_is_not_a_future_reference(text: str) -> None:
    assert resolve_dates(text, FRIDAY) == []


def test_soon_ahead_is_a_future_reference() -> None:
    check("Prosecutors may soon seek an indictment on racketeering charges.", "soon", "DATE",
          "FUTURE_REF")


def test_one_day_after_a_modal_is_some_future_day() -> None:
    text = "According to the Arab American institute, Islam will one day be the second religion."
    check(text, "one day", "DATE", "FUTURE_REF")
    check("The strike lasted one day.", "one day", "DURATION", "P1D")


def test_about_goes_in_a_duration_span_and_its_mod_as_timeml_draws_them() -> None:
    text = "Albright spent about 5 1/2 hours in Nairobi, almost four years ago."
    found = resolve_dates(text, dt.date(1998, 8, 17))
    assert [(e.text, e.value, e.mod) for e in found] == [
        ("about 5 1/2 hours", "PT5H30M", "APPROX"),
        ("almost four years ago", "1994", "APPROX"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The loan may be extended by the McAlpine group for an additional year.",
         "an additional year", "P1Y"),
        ("The strike kept the plant shut for a full week.", "a full week", "P1W"),
        ("Australia's future rests in its people's hands, as it has for a hundred years.",
         "a hundred years", "P100Y"),
        ("It achieved profitability after several quarters of losses.",
         "several quarters", "PXQ"),
        ("Funds may sell some of their junk to pay departing investors in the weeks ahead.",
         "the weeks ahead", "PXW"),
        ("After a weekend of bitter accusations, both sides met.", "a weekend", "P2D"),
        ("Eight trading days after the plunge, the index had recovered.", "Eight trading days",
         "P8D"),
        ("They are going to have to live without it for a while.", "a while", "PXX"),
        # fresh set BN: no zero minutes in half a minute (PT0M30S was written)
        ("She crossed the line half a minute ahead of Tveiten.", "half a minute", "PT30S"),
        ("The lead was a minute and a half.", "a minute and a half", "PT1M30S"),
    ],
)  # fmt: skip
def test_more_durations(text: str, span: str, value: str) -> None:
    check(text, span, "DURATION", value)


def test_todays_world_is_not_a_day() -> None:
    text = "Intel's chips are the chips of choice in many of today's personal computers."
    assert resolve_dates(text, FRIDAY) == []
    check("The offer, advertised in today's editions of the Journal, expires.", "today", "DATE",
          "2017-11-17")


def test_a_decade_ago_is_a_year() -> None:
    text = "NATO's three newest members just a decade ago were still under the Soviet umbrella."
    found = resolve_dates(text, dt.date(1999, 3, 12))
    assert [(e.text, e.value) for e in found] == [("a decade ago", "1989")]


def test_an_un_ed_adjective_is_not_a_past_cue() -> None:
    text = "The split would be paid on a still unspecified date in January to holders of record."
    check(text, "January", "DATE", "2018-01")


def test_a_while_ago_is_the_past_and_once_in_a_while_is_no_duration() -> None:
    check("A while ago the plant closed.", "A while ago", "DATE", "PAST_REF")
    assert resolve_dates("Once in a while the plant closes.", FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("His name on the Web site was crossed out that same day.", "that same day", "DATE",
         "2017-11-17"),
        ("On Nov. 14 he felt palpitations. He appeared in court the next morning.",
         "the next morning", "TIME", "2017-11-15TMO"),
        ("Holders may buy shares at half the then current market price.", "then current",
         "DATE", "PAST_REF"),
        ("Acquisitions are to be made during the next two years or so.",
         "the next two years or so", "DURATION", "P2Y"),
    ],
)  # fmt: skip
def test_anaphoric_days_and_vague_spans(text: str, span: str, kind: str, value: str) -> None:
    found = [e for e in resolve_dates(text, FRIDAY) if e.text == span]
    assert [(e.type.value, e.value) for e in found] == [(kind, value)]


def test_a_part_of_the_day_goes_with_the_day_just_mentioned() -> None:
    text = "Hopes were dashed Friday. Dealers placed heavy buy orders in the morning."
    found = resolve_dates(text, dt.date(1989, 10, 30))
    assert [(e.text, e.type.value, e.value) for e in found] == [
        ("Friday", "DATE", "1989-10-27"),
        ("the morning", "TIME", "1989-10-27TMO"),
    ]
    check("By mid afternoon, official Serb sources said it was over.", "mid afternoon", "TIME",
          "2017-11-17TAF", "MID")


def test_quarters_a_year_back_and_comparisons() -> None:
    found = resolve_dates("For the quarter a year ago, Columbia reported earnings of $16.3 "
                          "million.", dt.date(1989, 10, 26))
    assert [(e.text, e.value) for e in found] == [("the quarter a year ago", "1988-Q3")]
    found = _values("Sales rose 5 percent in the second quarter. A year ago they fell.",
                    dt.date(1989, 10, 26))
    assert found["A year ago"] == ("DATE", "1988-Q2")  # (the quarter told, a year back)
    # fresh set BO: a quarter to come is no quarter "a year ago" goes back from
    found = _values("Economists expect cuts by the second quarter of 2049. \"The disinflation "
                    "we expected a year ago is now visible,\" he said.", dt.date(2047, 7, 18))
    assert found["a year ago"] == ("DATE", "2046")
    text = "The quarter-to-quarter comparison was also enhanced by charges."
    assert resolve_dates(text, dt.date(1989, 10, 26)) == []


def test_a_quarter_given_by_its_last_or_first_day_is_the_calendar_quarter_most_of_it_is_in(
) -> None:
    # TimeBank wsj_0662: July 31 ends a quarter of May, June and July, the second; fresh
    # set BY: a quarter that began Oct. 1 is the fourth, as the quarter it follows was the
    # third (a text with a fiscal year or quarter of its own keeps its numbering)
    found = _values("In the quarter ended July 31, Jayark had an average of 5.6 million "
                    "shares outstanding.", dt.date(1989, 10, 30))
    assert found["the quarter"] == ("DATE", "1989-Q2")
    found = _values("The company said it expects the quarter that began Oct. 1 to be weaker "
                    "still.", dt.date(1998, 11, 24))
    assert found["the quarter"] == ("DATE", "1998-Q4")
    found = _values("Its profit fell 38 percent in its fiscal fourth quarter. The company earned "
                    "$14.2 million in the quarter to Oct. 31.", dt.date(2001, 12, 13))
    assert found["the quarter"] == ("DATE", "2001-Q4")


def test_a_quarter_with_its_year_after_it_is_one_expression() -> None:
    # fresh set BZ: "the Prairie Line Freight fourth-quarter 2007 earnings call" was
    # "fourth-quarter" (2008-Q4, the paper's year) and a stray "2007"
    found = _values("OPERATOR: Good morning, and welcome to the Prairie Line Freight "
                    "fourth-quarter 2007 earnings call.", dt.date(2008, 2, 7))
    assert found == {"fourth-quarter 2007": ("DATE", "2007-Q4")}
    found = _values("Results for the third quarter 1998 were restated.", dt.date(1999, 3, 1))
    assert found == {"the third quarter 1998": ("DATE", "1998-Q3")}


def test_the_year_of_a_call_on_last_year_s_results_is_that_year() -> None:
    # fresh set BZ: a February 2008 call headed "Q4 2007 Earnings Conference Call" under
    # the company's name; "the full year" and "the year" it tells in the past are 2007's
    head = ("Prairie Line Freight, Inc. (PLFI)\nQ4 2007 Earnings Conference Call: edited "
            "transcript (excerpt)\nFebruary 7, 2008, 10:00 a.m. CT\n\n")
    found = _values(head + "For the full year, earnings per share were $1.42. Capital spending "
                    "for the year was $88 million; for 2008 we expect $60 million.",
                    dt.date(2008, 2, 7))
    assert (found["the full year"], found["the year"]) == (("DATE", "2007"), ("DATE", "2007"))
    found = _values("Prairie Line Freight, Inc. (PLFI)\n\nFor the full year, earnings per "
                    "share were $1.42.", dt.date(2008, 2, 7))
    assert found["the full year"] == ("DATE", "2008")  # (no year told in the head)


def test_a_clock_in_words_takes_the_half_of_the_day_nearer_the_last_clock_told() -> None:
    # fresh set BZ: a travel bulletin's "16.30" heading, then "half past four"; fresh set
    # Y: "at 9:40 p.m. ... I'd gone to bed at half past nine"; fresh set AM: "by 02:15 ...
    # By three o'clock my shop was gone" stays at night; fresh set Y: a clock told before
    # "on Saturday" says nothing of that day's "half past ten"
    day = dt.date(2047, 4, 10)
    found = _values("Travel presenter: Kasia Wronska\n\n16.30\nGood afternoon. Here's your "
                    "travel at half past four, and the Easter getaway has started early.", day)
    assert found["half past four"] == ("TIME", "2047-04-10T16:30")
    found = _values("The explosion came at 9:40 p.m. \"I'd gone to bed at half past nine, and "
                    "the whole house jumped,\" said Loretta May.", day)
    assert found["half past nine"] == ("TIME", "2047-04-10T21:30")
    found = _values("The river burst its banks at 23:40, and by 02:15 water stood a metre deep. "
                    "\"By three o'clock my shop was gone,\" he said.", day)
    assert found["three o'clock"][1].endswith("T03:00")
    found = _values("The last ferry will leave at 23:40 on Thursday. Thousands walked through "
                    "the tunnel on Saturday. The first runners entered at half past ten.", day)
    assert found["half past ten"][1].endswith("T10:30")


def test_a_dotted_clock_after_at_is_a_24_hour_time() -> None:
    # fresh set CA: a mountain-rescue log's "Paged at 02.40 for two students"; review set
    # 47 a: "a debate that had begun at 10.30" after "last night" keeps its hour; no clock
    # in a price
    day = dt.date(2049, 8, 22)
    found = _values("Incident 59 -- Tuesday 17 August\nPaged at 02.40 for two students overdue "
                    "on Helvellyn.", day)
    assert found["02.40"] == ("TIME", "2049-08-17T02:40")
    found = _values("She survived a motion of no confidence last night, after a debate that had "
                    "begun at 10.30 and ran for more than 13 hours.", day)
    assert found["10.30"][1].endswith("T10:30")
    assert "12.38" not in _values("Shares closed at 12.38 yesterday.", day)
    # review set 94 b: "a" after the clock opens the subject, not a price's unit
    assert _values("At 13.50 a judge at Aarhus City Court refused to remand him.", day) == {
        "13.50": ("TIME", "2049-08-22T13:50")}
    assert _values("Diesel was sold at 14.20 a litre, and shares at 13.50 a share.", day) == {}
    assert _values("At 22.15 a night bus crashed.", day) == {"22.15": ("TIME", "2049-08-22T22:15")}


def test_a_calendar_day_that_falls_on_a_weekday_and_a_forecast_s_adjectives() -> None:
    # fresh set CA: "Deepavali falls on Saturday" (told on a Tuesday) is the Saturday ahead,
    # though the sentence goes on "said they would"; "could bring scattered storms late
    # Friday": "scattered" is no past verb; fresh sets AY and BV: "March 25 falls on a
    # Sunday of Lent this year" names no day of its own
    found = _values("Deepavali falls on Saturday, and several companies said they would run "
                    "skeleton teams.", dt.date(2003, 10, 21))
    assert found["Saturday"] == ("DATE", "2003-10-25")
    found = _values("Forecasters say a front could bring scattered storms late Friday or "
                    "Saturday night.", dt.date(1998, 6, 30))
    assert (found["late Friday"][1], found["Saturday night"][1]) == ("1998-07-03", "1998-07-04TNI")
    found = _values("Because March 25 falls on a Sunday of Lent this year, the feast is "
                    "celebrated on Monday.", dt.date(2074, 3, 10))
    assert "Sunday" not in found


def test_clocks_of_a_programme_take_the_day_of_the_heading_they_stand_under() -> None:
    # fresh set CA: a kite festival's programme issued on 16 May, its days' headings
    # ahead of it, a clock opening each line; the clocks were the paper's day or missed
    text = ("FILEY KITE WEEKEND 2087\nProgramme of events, issued Friday 16 May 2087\n\n"
            "SATURDAY 24 MAY\n10.00 Arena and free-fly zone open.\n11.00 Kite-making workshop. "
            "Repeated at 14.00.\n\nSUNDAY 25 MAY\n10.00 Arena opens.\n13.00 Teddy-bear "
            "parachute drop. Bears must be registered by noon.\n")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2087, 5, 16))
             if e.type.value == "TIME"]
    assert found == [("10.00", "2087-05-24T10:00"), ("11.00", "2087-05-24T11:00"),
                     ("14.00", "2087-05-24T14:00"), ("10.00", "2087-05-25T10:00"),
                     ("13.00", "2087-05-25T13:00"), ("noon", "2087-05-25T12:00")]
    # fresh set BZ: a travel bulletin's times heading its entries, no entries' days
    found = _values("Bulletin log, Wednesday 10 April 2047\n\n16.30\nGood afternoon. Here's "
                    "your travel at half past four.\n\n17.30\nIt's half past five.\n",
                    dt.date(2047, 4, 10))
    assert (found["16.30"], found["half past five"]) == (
        ("TIME", "2047-04-10T16:30"), ("TIME", "2047-04-10T17:30"))


def test_this_weekday_with_no_past_told_is_ahead_and_an_afternoon_before_a_clock() -> None:
    # fresh set CB: a pool's notice on a Sunday, "come and see ... at our open day this
    # Saturday, from 10am to 2pm", was the day before; "another strong one this
    # afternoon, just after three o'clock" was 03:00
    found = _values("Open day: come and see the new changing village at our open day this "
                    "Saturday, from 10am to 2pm.", dt.date(2053, 3, 9))
    assert (found["this Saturday"], found["10am"]) == (
        ("DATE", "2053-03-15"), ("TIME", "2053-03-15T10:00"))
    assert _values("The club held an open day this Saturday.", dt.date(2053, 3, 9))[
        "this Saturday"] == ("DATE", "2053-03-08")  # (told in the past: the day before)
    found = _values("There was another strong one this afternoon, just after three o'clock.",
                    dt.date(1997, 9, 30))
    assert found["three o'clock"] == ("TIME", "1997-09-30T15:00")


def test_a_night_after_what_began_that_morning_is_that_day_s_night() -> None:
    # review set 75 c: "a public meeting that began at 10:00am on Wednesday and ran
    # through the night" was Tuesday's night (a night after a morning told is the one that
    # ended on it: "Counting went on through the night" after "conceded on Saturday
    # morning", which stays)
    found = _values("Parliament approved the budget after a public meeting that began at "
                    "10:00am on Wednesday and ran through the night.", dt.date(2067, 7, 8))
    assert found["the night"] == ("TIME", "2067-07-06TNI")
    found = _values("He conceded on Saturday morning. Counting went on through the night.",
                    dt.date(2067, 7, 8))
    assert found["the night"] == ("TIME", "2067-07-01TNI")


def test_a_day_of_the_month_before_for() -> None:
    # fresh set CB: a wedding itinerary's "we fly to Lisbon on the 12th for three weeks"
    # (sent on 31 August, the wedding on 9 September) was no date
    found = _values("The wedding is on Saturday 9 September. If you'd like to, there is a "
                    "honeymoon fund; we fly to Lisbon on the 12th for three weeks.",
                    dt.date(2084, 8, 31))
    assert found["the 12th"] == ("DATE", "2084-09-12")


def test_more_than_expected_is_no_plan_ahead() -> None:
    # review set 76 c: "Voters ... turned out in larger numbers than expected to elect new
    # municipal councils on Saturday" (told on a Sunday) was the Saturday ahead
    found = _values("Voters in 14 municipalities turned out in larger numbers than expected to "
                    "elect new municipal councils on Saturday.", dt.date(2061, 9, 18))
    assert found["Saturday"] == ("DATE", "2061-09-17")
    found = _values("He was expected to waive extradition at a hearing Friday.",
                    dt.date(1997, 11, 26))
    assert found["Friday"] == ("DATE", "1997-11-28")  # (a plan: ahead)


def test_diwali_and_whitsun_are_holidays() -> None:
    # fresh sets CA, Q and R: "Deepavali falls on Saturday", "Agents working on Deepavali
    # night", "a rush around Diwali, which falls on 12 November"; fresh set BY: "should come
    # down after Whitsun" (Pentecost); fresh set BM: the Whitsunday Islands are a place
    found = _values("Deepavali falls on Saturday. Agents working on Deepavali night will be "
                    "paid double.", dt.date(2003, 10, 21))
    assert (found["Deepavali"], found["Deepavali night"]) == (
        ("DATE", "2003-10-25"), ("TIME", "2003-10-25TNI"))
    found = _values("Officials expect a rush around Diwali, which falls on 12 November.",
                    dt.date(2023, 10, 2))
    assert found["Diwali"] == ("DATE", "2023-11-12")
    found = _values("The scaffolding should come down after Whitsun.", dt.date(2073, 3, 19))
    assert found["Whitsun"] == ("DATE", "2073-05-14")
    assert _values("Resorts on the Whitsunday Islands had been full.", dt.date(2008, 5, 1)) == {}


def test_a_news_programme_s_name_is_no_time() -> None:
    # fresh sets BY and BZ: broadcast transcripts headed "NBC NIGHTLY NEWS" and "ABC WORLD
    # NEWS TONIGHT", signed off "And that is World News Tonight for this Monday"
    found = _values("ABC WORLD NEWS TONIGHT\nMonday, September 13, 1999\n\nAnd that is World "
                    "News Tonight for this Monday. NBC NIGHTLY NEWS. The news tonight is grim.",
                    dt.date(1999, 9, 13))
    assert found == {"Monday, September 13, 1999": ("DATE", "1999-09-13"),
                     "this Monday": ("DATE", "1999-09-13"), "tonight": ("TIME", "1999-09-13TNI")}


def test_a_weekday_in_a_caption_with_its_credit_is_past() -> None:
    # review set 76 b (its second judgement): a Monday newsletter's caption "The longboat
    # alongside the MV Pacific Tern off Bounty Bay on Thursday night. Photo: Torrie
    # Christian" (no verb, no tense) was the Thursday ahead; review set 19 f's "Ruth
    # Halvorsen in her laboratory ... on Wednesday. Photo: Greta Lindahl ..." likewise
    found = _values("The longboat alongside the MV Pacific Tern off Bounty Bay on Thursday night. "
                    "Photo: Torrie Christian", dt.date(2058, 10, 14))
    assert found["Thursday night"] == ("TIME", "2058-10-10TNI")


def test_the_session_s_new_clock_and_tense_rules_keep_to_their_cases() -> None:
    # a review of this session's change (fbad9ed..c016de6) found these read wrong by its
    # new rules; each is ordinary news text
    day = dt.date(2047, 4, 10)
    assert _values("The talks ran from Tuesday afternoon until ten o'clock the next morning.",
                   day)["ten o'clock the next morning"][1].endswith("T10:00")
    assert _values("The fire began at 11pm, and by one o'clock it was out.", day)[
        "one o'clock"][1].endswith("T01:00")  # (round midnight: the nearer half)
    assert _values("Doors open at 19.00. The band comes on at nine o'clock.", day)[
        "nine o'clock"][1].endswith("T21:00")  # (a clock told at a sentence's end)
    assert _values("Police scattered the crowd on Saturday.", day)["Saturday"] == (
        "DATE", "2047-04-06")
    for price in ("Tickets were sold at 12.50 each.", "Shares in Vireo rose to 14.20 from 13.10.",
                  "Diesel now costs 13.20 kwacha a litre, up from 12.10 kwacha."):
        assert not any(e.type.value == "TIME" for e in resolve_dates(price, day)), price
    assert _values("Results\n19.32 Michael Johnson (USA)\n", day) == {}  # (a race's time)
    assert _values("Sales rose in the fourth quarter 2007.", dt.date(2008, 2, 7)) == {
        "the fourth quarter 2007": ("DATE", "2007-Q4")}
    found = _values("Jayark's chief financial officer said that in the quarter ended July 31, "
                    "Jayark had an average of 5.6 million shares.", dt.date(1989, 10, 30))
    assert found["the quarter"] == ("DATE", "1989-Q2")  # (no fiscal year told)


def test_the_end_or_start_of_a_quarter_or_half_is_one_expression_with_its_mod() -> None:
    found = resolve_dates(
        "The plant in Austin should open by the end of the first quarter of 2013. Sales "
        "picked up at the end of the quarter, and the deal should close by the end of the "
        "quarter. Hiring resumes at the start of the second half.", dt.date(2012, 5, 9))
    assert [(e.text, e.value, e.mod) for e in found] == [
        ("the end of the first quarter of 2013", "2013-Q1", "END"),
        ("the end of the quarter", "2012-Q1", "END"),  # past: the last one reported
        ("the end of the quarter", "2012-Q2", "END"),  # to come: the one under way
        ("the start of the second half", "2012-H2", "START"),
    ]
    found = resolve_dates("It will report results for the quarter on Thursday.",
                          dt.date(2031, 3, 12))  # fmt: skip
    assert [(e.text, e.value) for e in found][0] == ("the quarter", "2030-Q4")


def test_the_week_beginning_a_day_is_that_days_week() -> None:
    # "the week beginning 9 May" gave "the week", the paper's own week (review set 32)
    found = resolve_dates(
        "Pupils sit their Sats in the week beginning 9 May. Talks resume in the week "
        "starting March 24, and the vote was held in the week of March 24, 2030. Voting "
        "runs through the week starting Monday.", dt.date(2031, 3, 12))
    assert [(e.text, e.value) for e in found] == [
        ("the week beginning 9 May", "2031-W19"),
        ("the week starting March 24", "2031-W13"),
        ("the week of March 24, 2030", "2030-W12"),  # its own year
        ("Monday", "2031-03-17"),  # (not "the week", the paper's)
    ]


def test_a_day_of_this_or_last_month_is_that_day() -> None:
    found = resolve_dates("The deal was signed on the 3rd of this month, and the plant opened "
                          "on the 28th of last month.", dt.date(2031, 3, 12))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [
        ("the 3rd of this month", "2031-03-03"), ("the 28th of last month", "2031-02-28")]


def test_months_joined_under_one_last_or_one_last_year_share_its_year() -> None:
    # review set 43: "last June and July" told in May gave July of the paper's year, ahead
    found = resolve_dates("Sales fell last June and July, and rose in March and April last "
                          "year.", dt.date(2004, 5, 13))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [
        ("last June", "2003-06"), ("July", "2003-07"),
        ("March", "2003-03"), ("April last year", "2003-04")]


def test_a_hyphened_weekday_night_is_one_time_and_a_clock_takes_this_morning() -> None:
    # review set 43: "a Friday-night dance, the last of which ended at 4 a.m. this morning"
    # gave "Friday" (the headline kept "a -night dance") and put 4 a.m. in the small hours
    # after Friday night, not this morning
    found = resolve_dates("They held a Friday-night dance, the last of which ended at 4 a.m. "
                          "this morning.", dt.date(2037, 2, 14))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [
        ("Friday-night", "2037-02-13TNI"), ("4 a.m. this morning", "2037-02-14T04:00")]


def test_a_morning_clock_after_midnight_is_the_next_day_and_a_read_game_clock_no_time(
) -> None:
    # fresh set AL: "came into force at midnight. Banks ... opened at 8:30 a.m." gave the
    # morning before midnight; "the scoreboard clock read 4:12" was a time of day
    found = resolve_dates("The currency board came into force at midnight. Banks in Sofia "
                          "opened at 8:30 a.m. with the new rate.", dt.date(1997, 7, 1))
    assert [(e.text, e.value) for e in found] == [
        ("midnight", "1997-06-30T24:00"), ("8:30 a.m.", "1997-07-01T08:30")]
    found = resolve_dates("Agosto led 70-64 early in the fourth quarter, and the scoreboard "
                          "clock read 4:12 when Kiala hit a three-pointer.", dt.date(2031, 5, 26))
    assert [e.text for e in found if e.type.value == "TIME"] == []


def test_an_end_told_in_the_present_is_ahead() -> None:
    # fresh set AL: "beginning a term of six months that ends on 1 April", told on 1
    # October after "were sworn in", gave the April before
    found = resolve_dates("Two new Captains Regent were sworn in this morning, beginning a "
                          "term of six months that ends on 1 April.", dt.date(2034, 10, 1))
    assert [(e.text, e.value) for e in found][-1] == ("1 April", "2035-04-01")
    found = resolve_dates("The lease, which ended on 1 April, was not renewed.",
                          dt.date(2034, 10, 1))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [("1 April", "2034-04-01")]


def test_a_weekday_declared_a_day_of_mourning_is_ahead() -> None:
    # review set 43: "declared Monday a national day of mourning" (told on a Sunday) gave
    # the Monday before
    found = resolve_dates("The presidential administration declared Monday a national day "
                          "of mourning.", dt.date(2033, 7, 10))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [("Monday", "2033-07-11")]


def test_a_weekday_declared_or_made_a_holiday_is_the_nearest_such_day() -> None:
    # fresh set AO: "declared Tuesday a public holiday" after Monday's ceremony, told on
    # Thursday, is two days back (not next week); "declared Monday and Tuesday public
    # holidays" told on the Monday; "has also made Friday a day off" told on Wednesday
    for text, published, expected in (
        ("The government declared Tuesday a public holiday.", dt.date(2050, 4, 28),
         [("Tuesday", "2050-04-26")]),
        ("The new administration has declared Monday and Tuesday public holidays.",
         dt.date(1999, 12, 20), [("Monday", "1999-12-20"), ("Tuesday", "1999-12-21")]),
        ("The government has also made Friday a day off.", dt.date(1997, 7, 2),
         [("Friday", "1997-07-04")]),
    ):
        found = resolve_dates(text, published)
        assert [(e.text, e.value) for e in found if e.type == "DATE"] == expected


def test_a_year_less_day_and_month_in_figures_before_a_clock_is_that_day_s_time() -> None:
    # review set 85 b: a bulletin's chronology rows "12/08  13:52   112 Canarias receives the
    # first call", dated "Domingo 14/08/2067", were clocks of the bulletin's day; review set
    # 64 e's "05/07 23:40 Lake outburst recorded" the same
    text = ("Domingo 14/08/2067 · 09:00 h\n"
            "12/08  13:52   112 Canarias receives the first call.\n"
            "13/08  21:00   Evacuation of Tejeda (about 1,100 people).\n"
            "Las Hoyas                      160   12/08 17:45       not authorised\n")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2067, 8, 14))][2:]
    assert found == [("12/08  13:52", "2067-08-12T13:52"), ("13/08  21:00", "2067-08-13T21:00"),
                     ("12/08 17:45", "2067-08-12T17:45")]
    assert resolve_dates("He scored 3/4 of the points.", dt.date(2067, 8, 14)) == []


def test_a_season_before_whether_is_the_season_not_a_kind_of_thing() -> None:
    # fresh set CO: "Irish Ferries said ... it would decide by the summer whether to order a
    # larger ship" was read as "the summer whether", a thing, no season
    january = dt.date(1998, 1, 14)
    assert only("It would decide by the summer whether to order a ship.", january).value == (
        "1998-SU"
    )
    assert resolve_dates("Nothing moves until the summer barge arrives.", january) == []


def test_new_year_without_s_is_the_holiday_after_a_preposition_or_before_its_noun() -> None:
    # fresh set CO: "most will be home for New Year", told in December 2001; fresh set CJ:
    # "more visitors over the New Year and Orthodox Christmas holidays"
    december = dt.date(2001, 12, 9)
    assert only("Most will be home for New Year.", december).value == "2002-01-01"
    assert only("Crowds came over the New Year.", december).text == "the New Year"
    assert only("The New Year break begins.", december).value == "2002-01-01"
    assert only("It was last closed over New Year in 2061.", december).value == "2061-01-01"
    found = {e.text: e.value for e in resolve_dates(
        "The last time it was closed over New Year was in 2061.", december)}  # fmt: skip
    assert found["New Year"] == "2061-01-01"  # (review set 63 d: the year told after it)
    for text in ("He wished them a happy New Year.", "Chinese New Year falls in February.",
                 "Most Georgians exchange presents at New Year.",
                 "She won the final day of the New Year Grand Sumo Tournament."):
        assert all(e.value != "2002-01-01" for e in resolve_dates(text, december)), text


def test_a_holiday_takes_the_year_its_sentence_opens_with() -> None:
    # fresh set AO: '"Last year we still took the dogs out to the seal holes at Easter,"'
    # in a September paper gave this year's Easter
    for text, expected in (
        ('"Last year we still took the dogs out to the seal holes at Easter," said a hunter.',
         "2041-04-21"),
        ("In 2039 the harbour froze at Christmas.", "2039-12-25"),
        ("The harbour froze at Christmas.", "2041-12-25"),
    ):
        found = resolve_dates(text, dt.date(2042, 9, 6))
        assert [e.value for e in found if e.text in ("Easter", "Christmas")] == [expected]


def test_a_countrys_holiday_named_with_its_republic_is_known_by_its_short_name() -> None:
    # fresh set AO: python-holidays calls Belarus's July 3 "Independence Day of the Republic
    # of Belarus (Day of the Republic)"; a Minsk story's "Independence Day" gave the US one
    found = resolve_dates("MINSK, July 2 (Belta) - Belarus celebrates Independence Day on "
                          "Thursday.", dt.date(1997, 7, 3))  # fmt: skip
    assert [(e.text, e.value) for e in found][1] == ("Independence Day", "1997-07-03")


def test_a_dated_subject_takes_the_tense_of_the_verb_after_it() -> None:
    # review set 45's probes: "A fire on February 11 destroyed 12 houses." in an August
    # paper gave next February: "11 destroyed" was read as a count and its adjective
    for text in ("A fire on February 11 destroyed 12 houses.",
                 "The fire on Feb. 11 gutted the houses."):  # fmt: skip
        found = resolve_dates(text, dt.date(2040, 8, 17))
        assert [e.value for e in found] == ["2040-02-11"]


def test_a_change_from_a_month_starts_ahead() -> None:
    # review set 45: "The utility's board approved a 6 percent rise in the price of water
    # from January" (a September paper) gave last January; a range stays
    found = resolve_dates("The board approved a 6 percent rise in the price of water from "
                          "January. Prices rose from January to March.", dt.date(2042, 9, 4))
    assert [e.value for e in found] == ["2043-01", "2042-01", "2042-03"]
    # fresh sets BK and BN: a month just gone that a change to come starts from is the
    # next one ("will be cut over three years from January", told in March)
    found = resolve_dates("Subsidies will be cut over three years from January. Rents rose "
                          "from January.", dt.date(2053, 3, 3))
    assert [e.value for e in found if e.text == "January"] == ["2054-01", "2053-01"]


def test_a_relative_asides_day_is_no_day_the_story_counts_from() -> None:
    # review set 45: "The trial, which began on February 21, heard that Simmons had spent
    # the previous evening drinking" counted the evening from the trial, not the crash
    found = resolve_dates("Jaden was hit at about 1.20am on October 25, 2037. The trial, "
                          "which began on February 21, heard that Simmons had spent the "
                          "previous evening drinking.", dt.date(2039, 3, 9))  # fmt: skip
    assert [(e.text, e.value) for e in found][-1] == ("the previous evening", "2037-10-24TEV")


def test_the_years_to_come_is_the_future_like_the_coming_years() -> None:
    # fresh set AM: "not now and not in the years to come" gave nothing for the future
    found = resolve_dates("Nobody is above the law, not now and not in the years to come.",
                          dt.date(2040, 3, 9))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [
        ("now", "PRESENT_REF"), ("the years to come", "FUTURE_REF")]


def test_the_people_of_tomorrow_are_not_a_day() -> None:
    text = "If I were choosing the people of tomorrow, I would have chosen the same board."
    assert resolve_dates(text, FRIDAY) == []


def test_a_count_per_week_is_a_rate_not_a_duration() -> None:
    text = "Qantas plans daily flights, up from the current four flights a week."
    assert [e.text for e in resolve_dates(text, FRIDAY)] == ["daily", "current"]


def test_annually_after_an_amount_is_a_rate() -> None:
    text = "The company expects sales to rise 8.5% annually, about 10,000 units annually."
    assert resolve_dates(text, FRIDAY) == []
    check("The commemorations are held here annually for Marti.", "annually", "SET", "P1Y")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The minister arrived on the 14th.", FRIDAY, "2017-11-14"),
        ("The vote is set for the 28th.", FRIDAY, "2017-11-28"),
        ("The talks ended on the 28th.", dt.date(2017, 12, 3), "2017-11-28"),
        ("The talks will resume on the 2nd.", FRIDAY, "2017-12-02"),
        ("The talks will resume on the 2nd.", None, "XXXX-XX-02"),
    ],
)
def test_a_bare_ordinal_day_is_a_day_of_the_month_by_tense(
    text: str, published: dt.date | None, value: str
) -> None:
    expression = only(text, published)
    assert (expression.text[:4], expression.value) == ("the ", value)


@pytest.mark.parametrize(
    "text",
    [
        "He lives on the 14th floor.",
        "It was on the 39th anniversary of the invasion.",
        "He came 3rd in the race and the 4th at Monza.",
        "He ran for the 3rd time.",
    ],
)
def test_an_ordinal_that_is_not_a_day_is_left_alone(text: str) -> None:
    assert resolve_dates(text, FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A few days later, he resigned.", "A few days", "PXD"),
        ("A couple of days later, he left.", "A couple of days", "P2D"),
        ("Three years later, he left the party.", "Three years", "P3Y"),
    ],
)
def test_n_units_later_with_no_date_before_is_a_duration(text: str, span: str, value: str) -> None:
    check(text, span, "DURATION", value)


def test_n_units_later_than_something_is_a_difference_not_a_date() -> None:
    found = resolve_dates(
        "The first frost came on Nov. 19, nearly four weeks later than the long-term average.",
        FRIDAY,
    )
    assert [(e.text, e.type.value, e.value, e.mod) for e in found] == [
        ("Nov. 19", "DATE", "2017-11-19", None),
        ("nearly four weeks", "DURATION", "P4W", "APPROX"),
    ]
    check("The plant opened two years earlier than planned.", "two years", "DURATION", "P2Y")


def test_a_thing_named_by_its_day_long_ago_is_no_day_the_story_goes_on_from() -> None:
    # fresh set AI's Dili story: the evening after "the referendum of 30 August 1999" was
    # put in 1999; review set 65 d: "The previous day" after "the Ash Wednesday fires of
    # February 16, 1983"
    found = resolve_dates(
        "Restoration of Independence Day marks the day in 2002 when Timor-Leste became a "
        "sovereign state, nearly three years after the referendum of 30 August 1999. Crowds "
        "gathered at the Palácio do Governo from early morning, and in the evening the "
        "national football team won.", dt.date(2043, 5, 20))  # fmt: skip
    assert [(e.text, e.value) for e in found][-2:] == [
        ("early morning", "2043-05-20TMO"), ("the evening", "2043-05-20TEV")]
    found = resolve_dates(
        "In the early hours of Nov. 15, 2019, two men climbed onto the roof. An alarm "
        "sounded at 3:12 a.m.", dt.date(2027, 6, 2))  # fmt: skip
    assert found[-1].value == "2019-11-15T03:12"  # (a time of the story's day: it goes on)


def test_a_clock_time_after_a_narrated_day_is_that_day() -> None:
    # a wildfire told day by day, published Wednesday, Aug. 19, 2026
    text = ("The fire grew on Wednesday, officials said. By Tuesday morning, 14 task forces "
            "had arrived.\n\nThe fire made its longest run on Tuesday, when a wind shift "
            "pushed it east. At 3:10 p.m., the sheriff ordered an evacuation.")  # fmt: skip
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2026, 8, 19))}
    assert found["3:10 p.m."] == "2026-08-18T15:10"
    # a day told as backstory, far back, or ahead leaves the clock time to the news day
    backstory = ("The steelmaker filed for bankruptcy Wednesday. Its lenders had extended a "
                 "waiver on its loan agreements last Thursday. Its chief spoke at a 10 a.m. "
                 "news conference.")  # fmt: skip
    found = {e.text: e.value for e in resolve_dates(backstory, dt.date(2001, 6, 20))}
    assert found["10 a.m."] == "2001-06-20T10:00"


def test_a_clock_time_on_a_day_with_its_year_takes_the_year() -> None:
    found = resolve_dates(
        "Jurors may hear a call recorded at 9:45 p.m. on Dec. 14, 2007, in which he asked "
        "for money.", dt.date(2011, 4, 27)
    )
    assert [(e.text, e.value) for e in found] == [
        ("9:45 p.m.", "2007-12-14T21:45"), ("Dec. 14, 2007", "2007-12-14")
    ]


def test_tense_cues_of_another_clause_or_an_adjective_weigh_less() -> None:
    # "a closed meeting": an adjective, not a past verb; "will discuss" is the clause's
    found = resolve_dates("The council will discuss the deal at a closed meeting on Monday.",
                          dt.date(2013, 1, 10))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [("Monday", "2013-01-14")]
    # "said ... on Sunday night that the group would judge": the saying's past
    found = resolve_dates("Abdulsalam said in a televised address on Sunday night that the "
                          "group would judge the government.", dt.date(2025, 6, 16))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [("Sunday night", "2025-06-15TNI")]
    # a deadline of what is intended is ahead, past asides notwithstanding
    found = resolve_dates("It said it expects to complete its purchase of the bank, announced "
                          "in February, by Sept. 30.", dt.date(1998, 7, 15))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [("February", "1998-02"),
                                                  ("Sept. 30", "1998-09-30")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [  # review set 43: a futsal final's halves gave 2044-H1
        "Karaganda opened the scoring late in the first half through their captain.",
        "Astana won 5-4 after extra time, having trailed in the first half.",
        "Karaganda led 3-1 at the end of the first half.",
    ],
)
def test_a_football_games_half_is_no_half_of_the_year(text: str) -> None:
    assert [e.text for e in resolve_dates(text, dt.date(2045, 4, 17))
            if e.value.endswith(("H1", "H2"))] == []  # fmt: skip


def test_a_game_s_quarter_is_no_quarter_of_the_year_and_zones_are_times() -> None:
    found = resolve_dates(
        "The Comets lost Game 7 to the Denver Summit, 108-101, blowing an 11-point lead in "
        "the fourth quarter. Profit rose 2 percentage points in the fourth quarter.",
        dt.date(2027, 6, 14),
    )
    assert [(e.text, e.value) for e in found] == [("the fourth quarter", "2026-Q4")]
    # a US zone written out is the time's
    found = resolve_dates("Free agency opens on Nov. 30 at 6 p.m. Eastern.", FRIDAY)
    assert [(e.text, e.value) for e in found] == [
        ("Nov. 30", "2017-11-30"), ("6 p.m. Eastern", "2017-11-30T18:00")
    ]  # fmt: skip


def test_overnight_after_an_evening_told_is_that_evening_s_night() -> None:
    text = ("By Saturday evening the fire had grown to 800 acres. The sheriff issued an "
            "order at 9:15 p.m.\n\nConditions worsened overnight. Shortly after 4 a.m. "
            "Sunday, gusts carried embers across the river.")  # fmt: skip
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2026, 8, 19))}
    assert found["overnight"] == "2026-08-15TNI"  # Saturday night, not Friday's
    # after a past day narrated paragraphs before: that day's night
    text = ("The fire grew on Wednesday.\n\nThe fire made its longest run on Tuesday. At 3:10 "
            "p.m., the sheriff ordered an evacuation.\n\n\"I was at work when my phone went "
            "off,\" said Lorena Vasquez, who has lived on Alder Street for years.\n\nCrews "
            "held the fire at the Westside line overnight.")  # fmt: skip
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2026, 8, 19))}
    assert found["overnight"] == "2026-08-18TNI"


def test_a_weekday_as_late_as_is_a_deadline_ahead() -> None:
    found = resolve_dates("Mail ballots postmarked by Tuesday can arrive as late as Saturday "
                          "and still be counted.", dt.date(2026, 11, 4))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [
        ("Tuesday", "2026-11-03"), ("Saturday", "2026-11-07")
    ]  # fmt: skip


def test_as_early_as_a_month_is_that_month() -> None:
    found = resolve_dates("The plant could open as early as March.", dt.date(2026, 11, 4))
    assert [(e.text, e.value) for e in found] == [("March", "2027-03")]
    assert resolve_dates("As May said, the plant could open.", dt.date(2026, 11, 4)) == []
    # fresh set BS: "the 30,000 tonnes the industry had expected as recently as March"
    found = resolve_dates("The catch fell short of the 30,000 tonnes the industry had expected "
                          "as recently as March.", dt.date(2010, 6, 10))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [("March", "2010-03")]


def test_that_weekday_is_in_the_week_told() -> None:
    found = resolve_dates("The talks opened on Monday, Feb. 22. By that Wednesday, the "
                          "delegations had agreed to a pause.", dt.date(2027, 3, 5))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [
        ("Monday, Feb. 22", "2027-02-22"), ("that Wednesday", "2027-02-24")
    ]  # fmt: skip (its "that" in the span since fresh sets AS and BV: changed on purpose)


def test_spans_and_quarters_from_review_set_10() -> None:
    found = resolve_dates(
        "Through the mid-2000s she worked in charcoal. Delphine formed last Friday, Sept. 11. "
        "Revenue grew 29 percent in the December quarter. Growth slowed for a third straight "
        "quarter.", dt.date(2026, 9, 17)
    )
    assert [(e.text, e.value) for e in found] == [
        ("the mid-2000s", "200"),  # the article is the decade's (TimeBank: "the mid-1990s")
        ("last Friday", "2026-09-11"),  # two expressions of one day, as the annotators
        ("Sept. 11", "2026-09-11"),  # of sets AW, BA and BB write them
        ("the December quarter", "2025-Q4"),  # a quarter named by its month
    ]  # (a count of quarters is no quarter)
    joined = resolve_dates("Delphine formed last Friday, Sept. 11.", dt.date(2026, 9, 17),
                           join_clock_days=True)  # an event's date: one
    assert [(e.text, e.value) for e in joined] == [("last Friday, Sept. 11", "2026-09-11")]


def test_a_month_opening_a_past_sentence_is_the_last_one() -> None:
    found = resolve_dates("In July, general manager Tessa Ruiz signed forward Darnell "
                          "Whitfield. In July, the team will open camp.", dt.date(2027, 6, 14))
    assert [(e.text, e.value) for e in found] == [("July", "2026-07"), ("July", "2027-07")]


def test_a_day_set_for_something_is_ahead() -> None:
    found = resolve_dates("Judge Anne Whitley set sentencing for May 21.", dt.date(2009, 2, 25))
    assert [(e.text, e.value) for e in found] == [("May 21", "2009-05-21")]
    # a court's listing and adjournment set a day ahead, though told in the past
    october = dt.date(2032, 10, 29)
    assert only("The case was listed for 21 March.", october).value == "2033-03-21"
    assert only("The hearing was adjourned until 14 March.", october).value == "2033-03-14"
    assert only("The inquest was adjourned to March 3.", october).value == "2033-03-03"


def test_a_few_weeks_ago_is_the_past_not_one_week_ago() -> None:
    assert only("A few weeks ago, he left the party.").value == "PAST_REF"


def test_a_range_of_years_gives_both_years() -> None:
    found = resolve_dates("Output doubled in 2010-2015, and again in 1998–2004.", FRIDAY)
    assert [(e.text, e.value) for e in found] == [
        ("2010", "2010"), ("2015", "2015"), ("1998", "1998"), ("2004", "2004"),
    ]  # fmt: skip
    assert resolve_dates("Call 1-800-555-2017.", FRIDAY) == []


def test_wire_style_times_are_times_not_years() -> None:
    found = resolve_dates("The quake struck at 3:15 a.m. (1915 GMT Wednesday).", FRIDAY)
    assert [(e.text, e.type.value, e.value) for e in found] == [
        ("3:15 a.m.", "TIME", "2017-11-16T03:15"),  # 1915 GMT Wednesday is Thursday here
        ("1915 GMT Wednesday", "TIME", "2017-11-15T19:15"),
    ]


def test_a_dotted_date_is_day_first() -> None:
    assert only("The court ruled on 3.4.2016 in Bonn.").value == "2016-04-03"
    assert resolve_dates("Growth was 3.5 percent.", FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("He was in office from January to March.", ["2017-01", "2017-03"]),
        ("Talks run from Monday to Wednesday.", ["2017-11-20", "2017-11-22"]),
        ("Talks ran from Monday to Wednesday.", ["2017-11-13", "2017-11-15"]),
        ("Between Friday and Sunday, 30 people died.", ["2017-11-10", "2017-11-12"]),
        ("Prices rose from 2016 to 2015 levels.", ["2016", "2015"]),  # as written
    ],
)
def test_a_range_of_year_less_dates_is_put_in_order(text: str, values: list[str]) -> None:
    found = resolve_dates(text, FRIDAY)
    assert [e.value for e in found] == values
    assert all(e.start_date and e.start_date.isoformat().startswith(e.value[:7]) for e in found)


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        ("Shares have risen since the start of the year.", "the start of the year", "2017",
         "START"),
        ("Sales rose at the beginning of the month.", "the beginning of the month", "2017-11",
         "START"),
        ("It will open by the middle of the year.", "the middle of the year", "2017", "MID"),
    ],
)  # fmt: skip
def test_the_start_and_middle_of_the_year_or_month(
    text: str, span: str, value: str, mod: str
) -> None:
    check(text, span, "DATE", value, mod)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("The decades-long battle ended.", "decades-long", "DURATION", "PXY"),
        ("A months-long siege ended.", "months-long", "DURATION", "PXM"),
        # centuries of no stated number: PXC, as TimeBank and the fresh annotators write it
        ("The volcano, quiet for centuries, came to life again.", "centuries",
         "DURATION", "PXC"),
        ("The mosque dominated the skyline for centuries.", "centuries", "DURATION", "PXC"),
        ("They held a day-long meeting.", "day-long", "DURATION", "P1D"),
        ("Post-1959 politics split families.", "Post-1959", "DATE", "1959"),
    ],
)
def test_hyphenated_periods(text: str, span: str, kind: str, value: str) -> None:
    check(text, span, kind, value)


def test_a_reporting_verb_after_a_quote_does_not_set_the_quote_tense() -> None:
    text = "``This courageous father will leave at 4 a.m. Thursday,'' Castro said."
    assert only(text, dt.date(2000, 4, 5)).value == "2000-04-06T04:00"
    text = "“We will meet on Monday,” the minister said."
    assert only(text).value == "2017-11-20"


def test_a_day_and_a_month_on_two_lines_are_not_one_date() -> None:
    found = resolve_dates("A message in October 2016 9\nNov. 9", FRIDAY)
    assert all("\n" not in e.text for e in found)


def test_expecting_someone_to_do_something_is_a_future_cue() -> None:
    monday = dt.date(2017, 10, 9)
    text = "Firefighters expect the winds to ease on Tuesday, but warned it could worsen."
    assert only(text, monday).value == "2017-10-10"
    assert only("Officials want voters to decide on Sunday.", monday).value == "2017-10-15"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials postponed until Tuesday any action on the permit.", "2017-11-21"),
        ("The court gave the family until Monday to respond.", "2017-11-20"),
        ("It was not until Tuesday that the ministry confirmed the deaths.", "2017-11-14"),
        ("Until Wednesday, police had not named a suspect.", "2017-11-15"),
        ("Up until Thursday, however, he had refused to talk.", "2017-11-16"),
    ],
)
def test_until_a_weekday_is_a_deadline_ahead_unless_looking_back(text: str, value: str) -> None:
    assert only(text).value == value


def test_until_an_hour_on_a_weekday_is_a_deadline_ahead_unless_over() -> None:
    # the hour and the day after "until" are one joined clock time, whose weekday took
    # the clause's present tense as the nearest day, the Friday before a Monday paper
    monday = dt.date(2039, 11, 21)
    assert _values("The road stays closed until noon on Friday.", monday) == {
        "noon": ("TIME", "2039-11-25T12:00"), "Friday": ("DATE", "2039-11-25")}
    assert _values("Polling stations are open until 9 p.m. on Sunday.", monday) == {
        "9 p.m.": ("TIME", "2039-11-27T21:00"), "Sunday": ("DATE", "2039-11-27")}
    assert _values("The road stayed closed until noon on Friday.", monday) == {
        "noon": ("TIME", "2039-11-18T12:00"), "Friday": ("DATE", "2039-11-18")}
    assert _values("They did not vote until 5 p.m. on Friday.", monday) == {
        "5 p.m.": ("TIME", "2039-11-18T17:00"), "Friday": ("DATE", "2039-11-18")}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("IPMA had issued a yellow warning for fog at 22:15 the previous evening.",
         "22:15 the previous evening", "2031-11-13T22:15"),
        ("The fire was reported at 11 p.m. the previous night.", "11 p.m. the previous night",
         "2031-11-13T23:00"),
        ("Back on station at 04:10 the next morning.", "04:10 the next morning",
         "2031-11-15T04:10"),
    ],
)
def test_a_clock_time_then_the_day_before_or_after_is_one_time(
    text: str, span: str, value: str
) -> None:
    found = only(text, dt.date(2031, 11, 14))
    assert (found.text, found.value) == (span, value)


def test_a_clock_then_the_next_sentence_s_capitalised_day_part_stays_two() -> None:
    assert _values("They worked until 4 a.m. The next morning she left.",
                   dt.date(2031, 11, 14)) == {"4 a.m.": ("TIME", "2031-11-14T04:00"),
                                              "The next morning": ("TIME", "2031-11-15TMO")}


def test_morning_hours_after_a_clock_of_the_previous_evening_are_the_story_s_day() -> None:
    text = ("The ferry collided with a cargo ship on 14 November 2031. IPMA had issued a fog "
            "warning at 22:15 the previous evening. The ferry left Cacilhas at 07:30. The last "
            "passenger was brought ashore at 09:05.")
    values = _values(text, dt.date(2031, 12, 3))
    assert values["07:30"] == ("TIME", "2031-11-14T07:30")
    assert values["09:05"] == ("TIME", "2031-11-14T09:05")


def test_a_clock_then_that_evening_is_one_time_of_the_clocks_day() -> None:
    text = ("On Monday 11 March, the day before your procedure, have a light breakfast. Take "
            "the first sachet at 6pm that evening.")
    values = _values(text, dt.date(2047, 2, 20))
    assert values["6pm that evening"] == ("TIME", "2047-03-11T18:00")


def test_a_clock_then_that_night_after_a_month_keeps_the_clock_s_day() -> None:
    text = ("Nadia Shah sat in the gallery yesterday. Her daughter had bought a ticket in "
            "January. \"She texted me at ten past ten that night,\" Mrs Shah said.")
    values = _values(text, dt.date(2026, 2, 10))
    assert values["ten past ten that night"] == ("TIME", "2026-02-09T22:10")


def test_a_capitalised_day_word_after_p_m_opens_the_next_sentence() -> None:
    text = "Low water 11:01 a.m. and 11:28 p.m. Tomorrow: high water 5:41 a.m. and 6:08 p.m."
    assert _values(text, dt.date(2057, 10, 4)) == {
        "11:01 a.m.": ("TIME", "2057-10-04T11:01"), "11:28 p.m.": ("TIME", "2057-10-04T23:28"),
        "Tomorrow": ("DATE", "2057-10-05"), "5:41 a.m.": ("TIME", "2057-10-05T05:41"),
        "6:08 p.m.": ("TIME", "2057-10-05T18:08")}  # fmt: skip


def test_a_weekday_with_next_and_its_date_are_two_expressions_of_one_day() -> None:
    text = "The moon is full next Friday, October 12, shortly after noon."
    values = _values(text, dt.date(2057, 10, 4))
    assert values["next Friday"] == values["October 12"] == ("DATE", "2057-10-12")
    assert _values("The moon is full Friday, October 12.", dt.date(2057, 10, 4)) == {
        "Friday, October 12": ("DATE", "2057-10-12")}


def test_a_century_ago_today_is_that_day() -> None:
    found = only("A century ago today, the Soviet Union launched Sputnik 1.", dt.date(2057, 10, 4))
    assert (found.text, found.value) == ("A century ago today", "1957-10-04")


def test_overnight_ahead_after_an_evening_before_the_paper_is_tonight() -> None:
    text = "The storm reached the islands on Saturday evening and is expected to ease overnight."
    assert _values(text, dt.date(2033, 2, 6))["overnight"] == ("TIME", "2033-02-06TNI")
    text = "The storm reached the islands on Saturday evening and eased overnight."
    assert _values(text, dt.date(2033, 2, 6))["overnight"] == ("TIME", "2033-02-05TNI")


def test_a_perfect_done_by_a_day_ahead_is_ahead() -> None:
    sunday = dt.date(2033, 2, 6)
    text = "We expect to have carried all stranded passengers by Thursday."
    assert only(text, sunday).value == "2033-02-10"
    assert only("He is said to have died on Thursday.", sunday).value == "2033-02-03"


def test_first_quarter_of_the_moon_is_no_quarter_of_the_year() -> None:
    found = resolve_dates("The moon reaches first quarter tomorrow at 10:15 a.m.",
                          dt.date(2057, 10, 4))  # fmt: skip
    assert [e.text for e in found] == ["tomorrow", "10:15 a.m."]
    assert only("Sales reached first quarter records.", dt.date(2057, 10, 4)).value == "2057-Q1"


def test_a_canadian_city_in_the_head_gives_canada_s_thanksgiving() -> None:
    text = ("TIDES AT SAINT JOHN\n\nHigh water 5:12 a.m.\n\nDATES AHEAD\n\nThanksgiving is "
            "Monday, when the public libraries will close.")
    assert _values(text, dt.date(2057, 10, 4))["Thanksgiving"] == ("DATE", "2057-10-08")


def test_overnight_before_the_next_day_s_date_is_the_night_between() -> None:
    # review set 57: a caption's "13 March 2039. The road was closed overnight and
    # reopened ... at 06:00 on 14 March" was the night of 12 March
    text = ("A police officer turns back cars on the road, 13 March 2039. The road was closed "
            "overnight and reopened to light traffic at 06:00 on 14 March.")
    assert _values(text, dt.date(2039, 3, 14))["overnight"] == ("TIME", "2039-03-13TNI")


def test_late_after_a_duration_is_the_duration_s_not_the_day_s() -> None:
    text = "The flight to Guam left an hour and 40 minutes late yesterday to wait for them."
    assert _values(text, dt.date(2036, 9, 25)) == {
        "an hour and 40 minutes": ("DURATION", "PT1H40M"), "yesterday": ("DATE", "2036-09-24")}
    assert only("The talks ended late yesterday.", dt.date(2036, 9, 25)).mod == "END"


def test_the_past_week_spent_doing_something_is_a_duration() -> None:
    thursday = dt.date(2007, 5, 17)
    found = only("Workers had spent the past week repainting the station.", thursday)
    assert (found.type.value, found.value) == ("DURATION", "P1W")
    assert only("She spent most of the last year in hospital.", thursday).value == "P1Y"
    # (without "spent": "the past week" too, as every fresh annotator writes it; "the
    # last week" stays the calendar week before, as AQUAINT has it)
    assert only("Sales fell the past week.", thursday).value == "P1W"
    assert only("Sales fell the last week.", thursday).value == "2007-W19"


def test_a_clock_range_until_an_hour_on_a_weekday_takes_the_clause_s_tense() -> None:
    # "from 2 a.m." (its "a.m." ends in a period) opens a range: no deadline ahead
    tuesday = dt.date(2047, 4, 9)
    text = "The highway was closed from 2 a.m. until 9 p.m. on Monday, police said."
    assert _values(text, tuesday) == {"2 a.m.": ("TIME", "2047-04-08T02:00"),
                                      "9 p.m.": ("TIME", "2047-04-08T21:00"),
                                      "Monday": ("DATE", "2047-04-08")}  # fmt: skip
    text = "Flights will be suspended from 6 a.m. until 11 a.m. on Friday."
    assert _values(text, tuesday)["Friday"] == ("DATE", "2047-04-12")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The plant closed a week ago Sunday.", "a week ago Sunday", "2039-11-13"),
        ("The two men met two weeks ago Friday in Regina.", "two weeks ago Friday",
         "2039-11-04"),
        ("The vote is a week from Friday.", "a week from Friday", "2039-12-02"),
        ("The final is two weeks from Sunday night.", "two weeks from Sunday night",
         "2039-12-11TNI"),
    ],
)
def test_weeks_ago_or_from_a_weekday_count_from_that_day(
    text: str, span: str, value: str
) -> None:
    # American usage: "a week ago Sunday" is the Sunday before last, one expression (it
    # was "a week ago" and "Sunday", two days)
    expression = only(text, dt.date(2039, 11, 21))
    assert (expression.text, expression.value) == (span, value)
    # (not a duration counted from a day: "for two weeks from Wednesday")
    assert _values("Building work will stop for two weeks from Wednesday.",
                   dt.date(2039, 11, 21)) == {
        "two weeks": ("DURATION", "P2W"), "Wednesday": ("DATE", "2039-11-23")}


def test_last_and_the_month_just_gone_is_a_year_back() -> None:
    march = dt.date(1998, 3, 1)
    assert only("Two helicopters crashed last February.", march).value == "1997-02"
    assert only("Two helicopters crashed last January.", march).value == "1998-01"
    assert only("Prices peaked last September.", FRIDAY).value == "2017-09"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In the '80s the party was banned.", "the '80s", "198"),
        ("Since the mid-’90s it has grown.", "the mid-’90s", "199"),
        ("Rents doubled in the 80s and 90s.", "the 80s", "198"),
        ("The ’10s were a lost decade.", "The ’10s", "201"),
    ],
)
def test_two_digit_decades(text: str, span: str, value: str) -> None:
    expression = resolve_dates(text, dt.date(2013, 3, 14))[0]
    assert (expression.text, expression.value) == (span, value)


@pytest.mark.parametrize("text", ["He is in his 80s.", "Highs will be in the 80s on Friday."])
def test_ages_and_temperatures_are_not_decades(text: str) -> None:
    assert all(e.text != "the 80s" and "80s" not in e.text for e in resolve_dates(text, FRIDAY))


def test_a_dotted_clock_time() -> None:
    assert only("Polls close at 10.30pm local time.").value == "2017-11-17T22:30"


def test_the_verb_last_is_neither_in_the_span_nor_a_past_cue() -> None:
    thursday = dt.date(2013, 3, 14)
    text = "The strike will last 48 hours, starting at midnight on Sunday."
    found = resolve_dates(text, thursday)
    assert [(e.text, e.value) for e in found] == [
        ("48 hours", "PT48H"),
        ("midnight", "2013-03-17T24:00"),
        ("Sunday", "2013-03-17"),
    ]
    found = resolve_dates("The storm is expected to hit on Friday night.", thursday)
    assert [(e.text, e.value) for e in found] == [("Friday night", "2013-03-15TNI")]


THURSDAY = dt.date(2013, 3, 14)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The summit will take place from 25 to 27 March.",
         [("25", "2013-03-25"), ("27 March", "2013-03-27")]),
        ("The summit will take place 25-27 March.", [("25-27 March", "2013-03-25")]),
        ("The summit will take place from March 25 to 27.",
         [("March 25", "2013-03-25"), ("27", "2013-03-27")]),
        ("The festival ran from 30 March to 2 April 2012.",
         [("30 March", "2012-03-30"), ("2 April 2012", "2012-04-02")]),
        ("Snow fell from December 30 to January 2, 2013.",
         [("December 30", "2012-12-30"), ("January 2, 2013", "2013-01-02")]),
        ("Voting ran from March 30 to 2 April.",
         [("March 30", "2013-03-30"), ("2 April", "2013-04-02")]),
    ],
)  # fmt: skip
def test_day_ranges_give_both_days(text: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, THURSDAY)] == found


def test_a_clock_time_takes_the_full_date_after_it() -> None:
    text = "The attack happened at 2:30pm on Tuesday 12 March."
    found = resolve_dates(text, THURSDAY, join_clock_days=True)  # as an event's date
    assert [(e.text, e.value) for e in found] == [
        ("2:30pm on Tuesday 12 March", "2013-03-12T14:30")
    ]


def test_a_clock_time_and_its_day_after_on_are_two_expressions_as_timeml_draws_them() -> None:
    text = "Talks broke down at about 9.30pm on Sunday. It hit at 7:40 p.m. local time on Oct. 1."
    found = resolve_dates(text, dt.date(2017, 10, 3))
    assert [(e.text, e.type.value, e.value, e.mod) for e in found] == [
        ("about 9.30pm", "TIME", "2017-10-01T21:30", "APPROX"),
        ("Sunday", "DATE", "2017-10-01", None),
        ("7:40 p.m. local time", "TIME", "2017-10-01T19:40", None),
        ("Oct. 1", "DATE", "2017-10-01", None),
    ]
    assert [text[e.start : e.end] for e in found] == [e.text for e in found]
    assert found[1].start_date == found[1].end_date == dt.date(2017, 10, 1)
    # without "on", one expression; without a day in the value, no split
    assert [e.text for e in resolve_dates("They met at 10 a.m. Monday.", THURSDAY)] == [
        "10 a.m. Monday"
    ]
    assert [e.text for e in resolve_dates("They met at 10 a.m. on Monday.")] == [
        "10 a.m. on Monday"
    ]


def test_earlier_in_the_day_is_the_day_just_mentioned() -> None:
    text = "Police arrived on Tuesday. Later in the day, the minister resigned."
    found = resolve_dates(text, THURSDAY)
    assert [(e.text, e.value) for e in found] == [
        ("Tuesday", "2013-03-12"),
        ("Later in the day", "2013-03-12"),
    ]
    assert only("Earlier in the day, protesters gathered.", THURSDAY).value == "2013-03-14"


def test_a_hundreds_decade_is_a_century() -> None:
    assert only("The firm was founded in the late 1800s.").value == "18"
    assert only("Prices rose through the 2000s.").value == "200"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one date, the second year, as the fresh annotators write all five such (sets AR,
        # AW, BA); they were two, "2012" and "13"
        ("Growth in the 2012-13 fiscal year was weak.", [("the 2012-13 fiscal year", "2013")]),
        ("He starred in the 1999-00 season.", [("the 1999-00 season", "2000")]),
        ("Route 2012-45 was closed.", []),
    ],
)
def test_a_year_and_the_next_one_in_two_digits(text: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, THURSDAY)] == found


def test_a_day_and_month_of_this_or_last_year() -> None:
    assert only("The ban was lifted on 1 January this year.", THURSDAY).value == "2013-01-01"
    assert only("He died on May 5 last year.", THURSDAY).value == "2012-05-05"
    found = resolve_dates("On March 3 last year's champion won.", THURSDAY)
    assert [e.text for e in found] == ["March 3", "last year"]


def test_a_participle_after_an_article_and_adverb_is_no_past_cue() -> None:
    text = "Voters head to the polls on Sunday in a closely watched election."
    assert only(text, THURSDAY).value == "2013-03-17"


def test_is_due_is_a_future_cue() -> None:
    assert only("The defendant is due in court on Monday.", THURSDAY).value == "2013-03-18"


def test_were_planning_to_looks_ahead() -> None:
    friday = dt.date(2000, 1, 7)
    text = "Protesters were planning to drive around the airport on Monday."
    assert only(text, friday).value == "2000-01-10"
    text = "The vote was expected to take place on Monday, but it was postponed."
    assert only(text, friday).value == "2000-01-03"
    # a "but" that gives no plan up leaves the plan's month ahead
    text = "The band was due to widen from July, but bankers said the regime had died."
    assert only(text, friday).value == "2000-07"


def test_black_friday_is_the_day_after_thanksgiving() -> None:
    assert only("Shoppers flocked to stores on Black Friday.", THURSDAY).value == "2012-11-23"


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("The central bank meets every six weeks.", "every six weeks", "SET", "P6W"),
        ("The council meets every other week.", "every other week", "SET", "P2W"),
        # fresh set BV: "every second weekend" was "every second", PT1S; "every other
        # weekend" was P4D (two days twice)
        ("It plays home games every second weekend.", "every second weekend", "SET", "P2W"),
        ("It plays home games every other weekend.", "every other weekend", "SET", "P2W"),
        ("The group meets every third day.", "every third day", "SET", "P3D"),
        ("Cameras photographed the sky every second.", "every second", "SET", "PT1S"),
        # fresh set BC: "every five business days" was the duration "five business days"
        ("The JSE will review it every five business days.", "every five business days",
         "SET", "P5D"),
        ("Sales have risen for three consecutive quarters.", "three consecutive quarters",
         "DURATION", "P3Q"),
        ("The loan may be extended for an additional year.", "an additional year", "DURATION",
         "P1Y"),
    ],
)  # fmt: skip
def test_counted_sets_and_consecutive_units(text: str, span: str, kind: str, value: str) -> None:
    expression = only(text, THURSDAY)
    assert (expression.text, expression.type.value, expression.value) == (span, kind, value)


@pytest.mark.parametrize(
    "text", ["The quarter-point hike raises costs.", "It was a quarter-century of peace."]
)
def test_a_quarter_in_a_compound_is_no_quarter(text: str) -> None:
    assert resolve_dates(text, THURSDAY) == []


def test_british_clock_times_and_short_weekdays_in_full_dates() -> None:
    found = resolve_dates("Wed 16 Mar 2022 16.02 GMT", THURSDAY)
    assert [(e.text, e.value) for e in found] == [
        ("Wed 16 Mar 2022 16.02 GMT", "2022-03-16T16:02"),  # that day's time, one TIME
    ]
    polls = resolve_dates("Polls close at 9.30 BST on Friday.", THURSDAY)
    assert [e.value for e in polls] == ["2013-03-15T09:30", "2013-03-15"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rescuers worked overnight.", "2013-03-13TNI"),
        ("The road will be closed overnight.", "2013-03-14TNI"),
        ("Stocks fell on Monday. London shares were hit by overnight losses in New York.",
         "2013-03-10TNI"),
    ],
)  # fmt: skip
def test_overnight_is_the_night_before_or_ahead(text: str, value: str) -> None:
    found = [e for e in resolve_dates(text, THURSDAY) if e.text == "overnight"]
    assert [e.value for e in found] == [value]


def test_the_overnight_rate_is_no_night() -> None:
    assert resolve_dates("The bank raised its overnight rate.", THURSDAY) == []


@pytest.mark.parametrize(("text", "value"), [("Profit in FY22 rose 8%.", "2022"),
                                             ("Results for FY 2023 beat forecasts.", "2023")])
def test_short_fiscal_years(text: str, value: str) -> None:
    assert only(text, THURSDAY).value == value


# A company whose fiscal year ends in March (the text says so, or it is Indian and speaks
# of fiscal years): its quarters, halves and years are its own months, labelled as TimeBank
# labels them (number, and the calendar year the quarter ends in).
INFOSYS = (
    "BENGALURU: Infosys said on Thursday that net profit for the third quarter rose 8%.\n\n"
    "Revenue for the quarter was higher than in the year-ago quarter. The company expects "
    "the fourth quarter to be weaker. Profit in the first half of fiscal 2027 rose 6%, and "
    "it raised its forecast for FY27."
)


@pytest.mark.parametrize(
    ("span", "value", "first", "last"),
    [
        ("the third quarter", "2026-Q3", "2026-10-01", "2026-12-31"),
        ("the quarter", "2026-Q3", "2026-10-01", "2026-12-31"),
        ("the year-ago quarter", "2025-Q3", "2025-10-01", "2025-12-31"),
        ("the fourth quarter", "2027-Q4", "2027-01-01", "2027-03-31"),
        ("the first half of fiscal 2027", "2026-H1", "2026-04-01", "2026-09-30"),
        ("FY27", "2027", "2026-04-01", "2027-03-31"),
    ],
)
def test_an_indian_company_s_fiscal_periods(span: str, value: str, first: str, last: str) -> None:
    found = {e.text: e for e in resolve_dates(INFOSYS, dt.date(2027, 1, 21))}
    assert (found[span].value, str(found[span].start_date), str(found[span].end_date)) == (
        value, first, last)


def test_a_quarter_of_a_short_fiscal_year_is_one_expression() -> None:
    # review set 24 (an Indian IT firm's results): "Q3 FY27" one quarter, October-December
    text = "BENGALURU: Net profit for the October-December quarter (Q3 FY27) rose 6.8%."
    found = {e.text: e for e in resolve_dates(text, dt.date(2027, 1, 11))}
    assert (found["Q3 FY27"].value, str(found["Q3 FY27"].start_date)) == ("2026-Q3", "2026-10-01")
    elsewhere = only("Revenue in Q3 FY27 rose.", dt.date(2027, 1, 11))
    assert elsewhere.value == "2027-Q3"  # no fiscal year told: the calendar's quarter of 2027


@pytest.mark.parametrize(
    ("text", "span", "value", "first"),
    [
        # review set 39 (a glove maker whose year ends on 30 November): "the third quarter
        # of FY29" is one expression, June-August 2029, not 2028's quarter and a year
        ("Kinta, whose financial year ends on 30 November, said its new plant remains on "
         "track to begin production in the third quarter of FY29.",
         "the third quarter of FY29", "2029-Q3", "2029-06-01"),
        ("Revenue rose in the first half of FY28.", "the first half of FY28", "2028-H1",
         "2028-01-01"),  # (no year-end told: the calendar's half of that year)
        # review set 93 d: a split fiscal year after "fiscal" is the quarter's too (it cut
        # "the first quarter of fiscal 2093" and left "/94" in the headline)
        ("Sklárna Jizera said that net profit for the fiscal year to September 30 rose 17%. "
         "Results for the first quarter of fiscal 2093/94, which began on October 1, are due "
         "on February 11.", "the first quarter of fiscal 2093/94", "2093-Q1", "2093-10-01"),
    ],
)  # fmt: skip
def test_a_quarter_or_half_of_a_short_fiscal_year(
    text: str, span: str, value: str, first: str
) -> None:
    found = {e.text: e for e in resolve_dates(text, dt.date(2029, 3, 22))}
    assert (found[span].value, str(found[span].start_date)) == (value, first)


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("It expects revenue to grow 4% in fiscal 2027, which ends on March 31, compared "
         "with 3% before.", dt.date(2027, 1, 11), "March 31", "2027-03-31"),
        ("The state's fiscal 1998, which begins Oct. 1, will be tight.", dt.date(1997, 6, 2),
         "Oct. 1", "1997-10-01"),
        ("Priyanka Raghavan · Published on 2027-01-11T19:26:00+05:30", dt.date(2027, 1, 11),
         "2027-01-11T19:26:00+05:30", "2027-01-11"),  # (no time "05:30")
    ],
)  # fmt: skip
def test_a_fiscal_year_s_bound_and_a_timestamp_with_its_offset(
    text: str, published: dt.date, span: str, value: str
) -> None:
    found = resolve_dates(text, published)
    assert (span, value) in [(e.text, e.value) for e in found]
    assert not any(e.text == "05:30" for e in found)


def test_fiscal_years_named_by_the_year_they_begin_in() -> None:
    # fresh set O: a retailer's "fiscal 2018, which ended on Feb. 2" (told in March 2019)
    text = ("It earned $242 million in fiscal 2018, which ended on Feb. 2. For fiscal 2019, "
            "which began on Feb. 3, it expects more.")
    found = {e.text: e for e in resolve_dates(text, dt.date(2019, 3, 7))}
    assert (found["Feb. 2"].value, found["Feb. 3"].value) == ("2019-02-02", "2019-02-03")
    assert str(found["fiscal 2018"].start_date) == "2018-03-01"
    # a Japanese company's "fiscal 2025" is April 2025 to March 2026
    text = "TOKYO -- Takeda cut its forecast for fiscal 2025 and reported a loss for the half."
    fiscal = next(e for e in resolve_dates(text, dt.date(2025, 11, 10)) if "2025" in e.text)
    assert (str(fiscal.start_date), str(fiscal.end_date)) == ("2025-04-01", "2026-03-31")


def test_a_declared_fiscal_year_ending_in_january() -> None:
    text = ("Larkfield & Rowe, whose financial year runs to the end of January, said profit "
            "in the first half fell 31%. In the second quarter sales fell 4%.")
    found = {e.text: e for e in resolve_dates(text, dt.date(2028, 9, 14))}
    half, quarter = found["the first half"], found["the second quarter"]
    assert (half.value, str(half.start_date), str(half.end_date)) == (
        "2028-H1", "2028-02-01", "2028-07-31")
    assert (quarter.value, str(quarter.start_date)) == ("2028-Q2", "2028-05-01")


def test_a_fiscal_year_of_weeks_and_a_forecast_of_its_next_quarter() -> None:
    # review set 30 (Reuters): "whose fiscal year ends on the last Saturday of September"
    # was no declaration, so "fourth-quarter sales" were October-December; "forecast
    # first-quarter revenue" is the quarter to come; "of calendar 2031" is the calendar's
    text = ("Calyx forecast first-quarter revenue above estimates on Wednesday. The company, "
            "whose fiscal year ends on the last Saturday of September, said fourth-quarter "
            "sales rose 31%. Orders for the first half of calendar 2031 are sold out.")
    found = {e.text: e for e in resolve_dates(text, dt.date(2030, 11, 6))}
    spans = {text: (e.value, str(e.start_date), str(e.end_date)) for text, e in found.items()}
    assert spans["fourth-quarter"] == ("2030-Q4", "2030-07-01", "2030-09-30")
    assert spans["first-quarter"] == ("2030-Q1", "2030-10-01", "2030-12-31")
    assert spans["the first half of calendar 2031"] == ("2031-H1", "2031-01-01", "2031-06-30")


def test_the_last_quarter_of_a_year_and_a_quarter_told_by_its_last_day() -> None:
    # fresh set U: "the last quarter of 2028", told in April 2029, was its first quarter
    # (the quarter before the paper's, moved to 2028); "the quarter to Oct. 31, compared
    # with ... a year earlier" after "its fiscal fourth quarter": the fourth, and the same
    # quarter a year before (without the fiscal quarter told it is the third since the
    # calendar rule for a quarter given by its last day: most of August to October is Q3)
    values = {e.text: e.value for e in resolve_dates(
        "The hospital lost $6.2 million in the last quarter of 2028.", dt.date(2029, 4, 25))}
    assert values["the last quarter of 2028"] == "2028-Q4"
    values = {e.text: e.value for e in resolve_dates(
        "Its profit fell 38 percent in its fiscal fourth quarter. The company earned $14.2 "
        "million in the quarter to Oct. 31, compared with $22.9 million a year earlier.",
        dt.date(2001, 12, 13))}  # fmt: skip
    assert (values["the quarter"], values["a year earlier"]) == ("2001-Q4", "2000-Q4")


def test_the_final_quarter_is_the_fourth_and_the_last_quarter_the_one_before() -> None:
    # fresh set BS: "the next set, covering the final quarter, is due in February" (told
    # in November) was the third quarter, as "the last quarter" is
    values = {e.text: e.value for e in resolve_dates(
        "The agency publishes its figures quarterly; the next set, covering the final "
        "quarter, is due in February. Profits rose in the last quarter.",
        dt.date(2012, 11, 30))}  # fmt: skip
    assert (values["the final quarter"], values["the last quarter"]) == ("2012-Q4", "2012-Q3")


def test_a_fiscal_quarter_told_by_its_end_before_the_year_is_declared() -> None:
    text = ("SEATTLE - Corvane said its fiscal fourth-quarter profit rose 18 percent.\n\n"
            "For the quarter, which ended June 30, it earned $412 million.\n\n"
            "For fiscal 2026, which began July 1, Corvane forecast revenue of $12.6 billion.")
    found = {e.text: e for e in resolve_dates(text, dt.date(2025, 7, 31))}
    assert (found["the quarter"].value, str(found["the quarter"].start_date)) == (
        "2025-Q4", "2025-04-01")
    assert str(found["fiscal 2026"].start_date) == "2025-07-01"


def test_a_government_s_fiscal_year_leaves_the_economy_s_quarters_alone() -> None:
    text = ("The budget would cut the deficit in fiscal 2028 from 3.4 percent in the current "
            "fiscal year, which ends on March 31. Growth slowed to 0.8 percent in the fourth "
            "quarter.")
    found = {e.text: e for e in resolve_dates(text, dt.date(2027, 3, 3))}
    assert (found["the fourth quarter"].value, str(found["the fourth quarter"].start_date)) == (
        "2026-Q4", "2026-10-01")
    assert str(found["fiscal 2028"].start_date) == "2027-04-01"


def test_a_second_company_s_fiscal_year_is_not_the_first_one_s() -> None:
    text = ("Harlan said net for the third quarter fell 27%.\n\n"
            "Separately, Dorrance said net income for fiscal 1991, which ended Aug. 31, rose "
            "12%. Fourth-quarter profit climbed 15%.")
    found = {e.text: e for e in resolve_dates(text, dt.date(1991, 10, 23))}
    assert str(found["the third quarter"].start_date) == "1991-07-01"
    assert str(found["Fourth-quarter"].start_date) == "1991-06-01"


def test_a_central_bank_s_fiscal_year_told_by_its_last_day() -> None:
    # fresh set N: "by March 31, the end of the fiscal year"; a central bank's quarters
    # stay the calendar's; "fiscal 2012 to 7.6 percent" is a year, not a range of numbers
    text = ("The Reserve Bank raised its main lending rate on Tuesday. \"We expect it to ease "
            "to about 7 percent by March 31, the end of the fiscal year,\" the governor said. "
            "The bank cut its growth forecast for fiscal 2012 to 7.6 percent. Growth slowed "
            "in the second quarter.")
    found = {e.text: e for e in resolve_dates(text, dt.date(2011, 9, 20))}
    assert (found["the fiscal year"].value, str(found["the fiscal year"].start_date)) == (
        "2012", "2011-04-01")
    assert str(found["fiscal 2012"].end_date) == "2012-03-31"
    assert str(found["the second quarter"].start_date) == "2011-04-01"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [  # fresh set N: the written weekday picks the year of a year-less day
        ("Under the new calendar, classes start on Monday, Aug. 7, and the last day for "
         "students is Friday, May 24.", "Monday, Aug. 7", "2023-08-07"),
        ("Under the new calendar, classes start on Monday, Aug. 7, and the last day for "
         "students is Friday, May 24.", "Friday, May 24", "2024-05-24"),
        ("Organisers will widen two bends before next year's race, which is set for Sunday "
         "23 October.", "Sunday 23 October", "2016-10-23"),
    ],
)
def test_a_year_less_day_takes_the_year_of_its_weekday(text: str, span: str, value: str) -> None:
    published = dt.date(2023, 3, 10) if "classes" in text else dt.date(2015, 10, 26)
    found = {e.text: e.value for e in resolve_dates(text, published)}
    assert found[span] == value


@pytest.mark.parametrize(
    ("text", "span"),
    [("They practise six days a week.", "six days a week"),  # fresh sets A and O
     ("Letters will still arrive five days a week.", "five days a week"),
     # fresh sets BO and BP: one day too ("working at her practice one day a week")
     ("She will keep working at her practice one day a week.", "one day a week")],
)
def test_days_a_week_is_a_weekly_set(text: str, span: str) -> None:
    check(text, span, "SET", "P1W")
    check("When I started we trained two days a month.", "two days a month", "SET", "P1M")
    assert [e.text for e in resolve_dates("He left six days a week ago.", FRIDAY)] == [
        "six days", "a week ago"]


def test_hours_a_day_is_a_daily_set() -> None:
    # fresh sets BY, BZ, CA, CC, CD, CE: "runs 24 hours a day", "skied ten hours a day",
    # "read at home for 20 minutes a day" were durations, as TimeML draws them a set
    check("Our Tempe terminal runs 24 hours a day.", "24 hours a day", "SET", "P1D")
    check("After that we skied ten hours a day.", "ten hours a day", "SET", "P1D")
    check("We ask every child to read at home for 20 minutes a day.", "20 minutes a day", "SET",
          "P1D")
    check("The crossing took 24 hours.", "24 hours", "DURATION", "PT24H")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He ran 2 hours, 2 minutes and 48 seconds.", "2 hours, 2 minutes and 48 seconds",
         "PT2H2M48S"),
        ("High schools must offer at least 1,001 hours of instruction.",
         "at least 1,001 hours", "PT1001H"),
        ("The walls stood for 1,200 years.", "1,200 years", "P1200Y"),
    ],
)
def test_durations_in_three_parts_or_with_thousands(text: str, span: str, value: str) -> None:
    check(text, span, "DURATION", value, "EQUAL_OR_MORE" if "least" in text else None)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [  # fresh set N
        ("Last August classes began on the 24th, and they are due to end on June 9.",
         dt.date(2023, 3, 16), [("Last August", "2022-08"), ("the 24th", "2022-08-24"),
                                ("June 9", "2023-06-09")]),
        ("The files were spotted at about 3:20 a.m. ET last Saturday, officials said.",
         dt.date(2026, 9, 17), [("about 3:20 a.m. ET", "2026-09-12T03:20"),
                                ("last Saturday", "2026-09-12")]),
        ("The probe swept past the asteroid 2003 LT7 at 0614 GMT.", dt.date(2020, 7, 11),
         [("0614 GMT", "2020-07-11T06:14")]),
        ("Airlines have already added routes for the summer.", dt.date(2028, 3, 10),
         [("the summer", "2028-SU")]),
    ],
)  # fmt: skip
def test_days_clock_times_and_seasons_told_by_what_is_near(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == expected


@pytest.mark.parametrize(
    "text",
    [  # review set 24: given names, not dates
        "Sunday Ogunleye, 34, was arrested at his flat.",
        "Another suspect, Monday Etim, 24, was arrested at the hotel.",
        "She is survived by her children, April, Ross and Jenny.",
        "Her children Ross, April and Jenny survive her.",
    ],
)
def test_a_weekday_or_month_that_is_a_given_name_is_no_date(text: str) -> None:
    assert resolve_dates(text, FRIDAY) == []


@pytest.mark.parametrize(
    "text",
    [  # fresh set O: people and names, not dates
        '"Nobody built it for that," said Col. Ray Sunday, the district commander.',
        '"Nine-fifty to get to work is no present," said Mike Sunday, a nurse.',
        '"It is swelling," said the observatory\'s director, Sunday Okafor.',
        "Council chair June Tolland said the council would decide.",
        "said Liberal Democrat MP Mark Easter, who tabled an urgent question.",
        "Its draft plan, known as Lakes Vision 2020, calls for a customs union.",
        '"We knew," said Chief Financial Officer Dale Christmas.',  # review set 25
        "The board voted to suspend the buyback program, Christmas said.",
        "Sales fell. Christmas said the chain would close stores.",
        "The venture called Orion 1980, made cars.",  # (TimeBank leaves it out too)
        # fresh set AD: a model's number; a day or night that qualifies a noun
        "It will stop building its smallest runabout, the Model 1850.",
        "A night watchman heard timbers cracking.",
        "Tourists booked a day trip to the falls.",
        "He was arrested after a night clerk recognized him.",  # fresh set BO
        "The center will run a day program for younger children.",  # fresh set CY
    ],
)
def test_a_surname_first_name_or_name_s_number_is_no_date(text: str) -> None:
    assert resolve_dates(text, FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It happened in April, May and June.", "May", "2017-05"),  # a month among months
        ("The minister said Sunday the talks failed.", "Sunday", "2017-11-12"),
        ("He arrived in Paris Sunday, the ministry said.", "Sunday", "2017-11-12"),
        ("Mark Evans tabled an urgent question for Monday.", "Monday", "2017-11-20"),
        ("The Finance Minister Sunday said taxes would rise.", "Sunday", "2017-11-12"),
        ("The signing had been set for Friday but was delayed.", "Friday", "2017-11-17"),
        ("Last January, Immigration and Naturalization Service Commissioner Doris Meissner "
         "ruled.", "Last January", "2017-01"),
        ("On Sunday Ogunleye was arrested.", "Sunday", "2017-11-12"),
    ],
)  # fmt: skip
def test_a_month_or_weekday_before_names_is_still_a_date(text: str, span: str, value: str) -> None:
    assert (span, value) in [(e.text, e.value) for e in resolve_dates(text, FRIDAY)]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [  # review set 24: a country's own holiday by the country its head names
        ("LAGOS, Nigeria -- In a statement marking Independence Day, the presidency pledged "
         "action.", dt.date(2025, 10, 14), "2025-10-01"),
        ("REGINA -- Schools closed before the Victoria Day long weekend.", dt.date(2028, 5, 31),
         "2028-05-22"),
    ],
)  # fmt: skip
def test_independence_day_and_victoria_day(text: str, published: dt.date, value: str) -> None:
    assert [e.value for e in resolve_dates(text, published)] == [value]


def test_a_story_that_moved_on_leaves_its_year_behind() -> None:
    # review set 22: told in May 2027, "17 November" after "sworn in on 3 March 2025 ...
    # broke down after months" is 2026's (the story year would give 2025)
    text = ("The coalition, sworn in on 3 March 2025 after 155 days of talks, broke down after "
            "months of wrangling. The finance minister resigned on 17 November.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2027, 5, 3))}
    assert found["17 November"] == "2026-11-17"


def test_a_sentence_of_the_present_between_ends_a_storys_year() -> None:
    # fresh set AL: "... held office in 1243. No one may serve a second time until three
    # years have passed. The outgoing pair, who took office on 1 April" gave 1243-04-01
    text = ("Captains Regent have been chosen every six months since the 13th century; the "
            "first pair on record held office in 1243. No one may serve a second time until "
            "three years have passed. The outgoing pair, who took office on 1 April, said "
            "goodbye to palace staff.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2034, 10, 1))}
    assert found["1 April"] == "2034-04-01"
    story = ("The first pair on record held office in 1243. Both were merchants. They were "
             "sworn in on 1 April, in the old church.")  # a story goes on
    assert {e.text: e.value for e in resolve_dates(story, dt.date(2034, 10, 1))}[
        "1 April"] == "1243-04-01"


def test_a_year_a_state_holds_since_tells_no_story() -> None:
    # review set 64: "The volcano, quiet since 1994, erupted on March 12" gave 1994-03-12
    text = "The volcano, quiet since 1994, erupted on March 12, sending ash over the town."
    assert {e.text: e.value for e in resolve_dates(text, dt.date(2047, 7, 8))}[
        "March 12"] == "2047-03-12"
    # a "when" clause tells of that year: "the worst since 1994, when freezes in late June"
    text = "It was the worst frost since 1994, when freezes in late June cut the crop."
    assert {e.text: e.value for e in resolve_dates(text, dt.date(2000, 7, 8))}[
        "late June"] == "1994-06"


def test_a_story_s_year_goes_on_to_the_year_less_days_just_after_it() -> None:
    # review set 24: told in March 2029, a story of November 2027 and February 2028
    text = ("He was first contacted on Thursday 25 November 2027, two days before a match.\n\n"
            "On the night of the game, 27 November, he overstepped.\n\nThe case came to light "
            "in January 2028. His phone was seized at Heathrow on 9 February.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2029, 3, 24))}
    assert (found["27 November"], found["9 February"]) == ("2027-11-27", "2028-02-09")
    # a month told in passing dates no day of that month: "the August 1988 cease-fire ...
    # Iraq's invasion of Kuwait on Aug. 2" (told in August 1990) is 1990's
    text = ("He rejected the treaty after the August 1988 cease-fire. Iran had condemned "
            "Iraq's invasion of Kuwait on Aug. 2.")
    assert [e.value for e in resolve_dates(text, dt.date(1990, 8, 15))][-1] == "1990-08-02"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [  # review set 24
        ("LAGOS -- In a statement marking Independence Day on Wednesday, 1 October, the "
         "presidency pledged action.", dt.date(2025, 10, 14),
         [("Independence Day", "2025-10-01"), ("Wednesday, 1 October", "2025-10-01")]),
        ("Officials held a final planning call at 9am Lagos time on Friday, 4am in "
         "Washington.", dt.date(2025, 10, 14),
         [("9am Lagos time", "2025-10-10T09:00"), ("Friday", "2025-10-10"),
          ("4am", "2025-10-10T04:00")]),
        ("In November 2016 the Kaikoura earthquake, shortly after midnight, threw every jar "
         "off her shelves.", dt.date(2027, 4, 29),
         [("November 2016", "2016-11"), ("midnight", "2016-11-XXT24:00")]),
        # a year in passing leaves the clock time on its day
        ("The sirens, installed after a flood in 2005, did not sound until 5:22 a.m. on "
         "Tuesday.", dt.date(2027, 4, 15),
         [("2005", "2005"), ("5:22 a.m.", "2027-04-13T05:22"), ("Tuesday", "2027-04-13")]),
    ],
)  # fmt: skip
def test_a_holiday_s_weekday_a_place_s_time_and_a_time_of_a_month(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == expected


def test_a_holiday_week_or_weekend() -> None:
    easter = dt.date(2000, 4, 17)
    assert only("Protesters prayed as Easter week began.", easter).value == "2000-W16"
    text = "Traffic peaked over the Thanksgiving weekend."
    assert only(text, easter).value == "1999-W47-WE"


def test_new_year_s_eve_and_day_with_a_curly_apostrophe_and_days_named_by_common_words() -> None:
    found = resolve_dates(
        "Crowds gathered on New Year’s Eve and again on New Year’s Day.", dt.date(2020, 1, 3)
    )
    assert [(e.text, e.value) for e in found] == [
        ("New Year’s Eve", "2019-12-31"), ("New Year’s Day", "2020-01-01")]  # fmt: skip
    text = "The May Day march and the national team's win came before World Health Day."
    assert [(e.text, e.value) for e in resolve_dates(text, dt.date(2030, 5, 3))] == [
        ("May Day", "2030-05-01"), ("World Health Day", "2030-04-07")]  # fmt: skip


def test_the_day_before_or_after_a_day_is_one_day() -> None:
    thursday = dt.date(2000, 2, 24)
    text = "The day before last Tuesday's court hearing, Manuel went to Lazaro's home."
    assert only(text, thursday).value == "2000-02-21"
    found = only("He arrived the day after Christmas.", thursday)
    assert (found.text, found.value) == ("the day after Christmas", "1999-12-26")


def test_a_saying_s_clock_time_after_a_paragraph_of_background_is_the_story_s_day() -> None:
    # fresh set BN (Saturday 24 July 2004): "on Thursday night it held 112 children ...
    # State health director Bhupen Saikia told reporters at 11.30 a.m." took Thursday
    text = ("GUWAHATI, July 24 (IANS) - Encephalitis has killed 63 people in Assam, health "
            "officials said Saturday.\n\nThe hospital is admitting about 20 new patients a "
            "day, and on Thursday night it held 112 children and adults in 60 beds.\n\nState "
            "health director Bhupen Saikia told reporters at 11.30 a.m. that the toll was "
            "already far higher than last year.")
    assert _values(text, dt.date(2004, 7, 24))["11.30 a.m."] == ("TIME", "2004-07-24T11:30")
    # (in the same paragraph, the day told goes on: "The board met on Thursday ... told
    # reporters at noon")
    text = "The board met on Thursday, and the chairman told reporters at noon it would sell."
    assert _values(text, dt.date(2004, 7, 24))["noon"] == ("TIME", "2004-07-22T12:00")


def test_the_week_or_night_before_is_the_one_before_the_last_told() -> None:
    # fresh sets BM, BN and BO: "down from 41,000 tonnes the week before", "fill a kettle the
    # night before" were missed; so was review set 26's "a 6-1 home defeat the night before"
    found = _values("Arrivals last week were about 28,000 tonnes, down from 41,000 tonnes "
                    "the week before, when exporters rushed.", dt.date(2010, 1, 13))
    assert found["the week before"] == ("DATE", "2009-W53")
    found = _values("On 1 December, after a 6-1 home defeat the night before, the club "
                    "sacked its coach.", dt.date(2027, 4, 30))
    assert found["the night before"] == ("TIME", "2026-11-30TNI")
    found = _values("The wedding is on Saturday 16 June. The morning after: bacon rolls.",
                    dt.date(2091, 3, 24))
    assert found["The morning after"] == ("TIME", "2091-06-17TMO")
    # not of a day untold: "In 1996 ... the slices she had cut the night before", nor of a
    # happening named after it: "the week after the explosion"
    assert "the night before" not in _values(
        "In 1996 she handed out slices she had cut the night before.", dt.date(2013, 4, 15))
    assert _values("Police opened a case in the week after the explosion.",
                   dt.date(2026, 5, 20)) == {}


def test_year_on_year_is_no_duration_and_last_year_end_is_last_year() -> None:
    assert resolve_dates("Exports posted a year-on-year rise.", THURSDAY) == []
    assert only("Prices are above last year-end levels.", THURSDAY).value == "2012"


def test_the_week_long_strike() -> None:
    found = only("Workers ended the week-long strike.", THURSDAY)
    assert (found.text, found.type.value, found.value) == ("week-long", "DURATION", "P1W")
    assert only("They ended the decades-long feud.", THURSDAY).value == "PXY"


SATURDAY = dt.date(1998, 8, 8)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the wire's "a.m." before a zone ends no sentence: "lifted" sets the tense
        ("The rocket lifted off at 1:47 a.m. EST (0647 GMT) on Tuesday from Cape Canaveral.",
         [("1:47 a.m. EST", "1998-08-04T01:47"), ("0647 GMT", "1998-08-04T06:47"),
          ("Tuesday", "1998-08-04")]),
        ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
         [("about 10:35 a.m.", "1998-08-07T10:35"), ("0735 GMT", "1998-08-07T07:35"),
          ("Friday", "1998-08-07")]),
        # the day only in the other zone's time
        ("''This father will leave at 4 in the morning (4 a.m. EDT Monday),'' Castro said.",
         [("4 in the morning", "1998-08-10T04:00"), ("4 a.m. EDT Monday", "1998-08-10T04:00")]),
        # the other zone's day, moved to ours: 0200 GMT Wednesday is Tuesday evening in ET
        ("He will speak at 9 p.m. ET (0200 GMT Wednesday).",
         [("9 p.m. ET", "1998-08-11T21:00"), ("0200 GMT Wednesday", "1998-08-12T02:00")]),
        # the day after the parentheses wins over the one in them (another zone's day)
        ("He will speak at 9 p.m. ET (0200 GMT Wednesday) on Tuesday.",
         [("9 p.m. ET", "1998-08-11T21:00"), ("0200 GMT Wednesday", "1998-08-12T02:00"),
          ("Tuesday", "1998-08-11")]),
        # zones of other continents are part of the time, which takes the day after them
        ("It was streamed at 2.30pm AEDT on August 4 to Hobart.",
         [("2.30pm AEDT", "1998-08-04T14:30"), ("August 4", "1998-08-04")]),
        ("Trading resumed at 14:05 SAST on Friday.",
         [("14:05 SAST", "1998-08-07T14:05"), ("Friday", "1998-08-07")]),
        # fresh set AO: "9am (2100 GMT on Tuesday)" in Tuvalu, twelve hours ahead, is
        # Wednesday's 9am ("on" in the parentheses; twelve hours apart is ahead)
        ("A ceremony began at 9am (2100 GMT on Tuesday) in Funafuti.",
         [("9am", "1998-08-05T09:00"), ("2100 GMT", "1998-08-04T21:00"),
          ("Tuesday", "1998-08-04")]),
        # review set 64: Pakistan's zone is a zone, its clock on the day after the other
        ("At 23:40 PKT (18:40 UTC) on 5 July, the lake drained.",
         [("23:40 PKT", "1998-07-05T23:40"), ("18:40 UTC", "1998-07-05T18:40"),
          ("5 July", "1998-07-05")]),
        ("The quake struck at 0412 ICT on Friday.",
         [("0412 ICT", "1998-08-07T04:12"), ("Friday", "1998-08-07")]),
    ],
)  # fmt: skip
def test_a_clock_time_is_on_the_day_written_after_its_other_zone(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, SATURDAY)] == found


def test_a_present_passive_is_no_past_tense_cue() -> None:
    sunday = dt.date(2025, 2, 2)
    text = "The victory will lift Okafor to No. 38 when the new list is published on Monday."
    assert [(e.text, e.value) for e in resolve_dates(text, sunday)] == [("Monday", "2025-02-03")]
    text = "The new list was published on Monday."
    assert [(e.text, e.value) for e in resolve_dates(text, sunday)] == [("Monday", "2025-01-27")]


def test_an_expression_does_not_run_over_a_blank_line() -> None:
    text = "Friday, 17 Nov, 2017\n\nThird-quarter profit rose 5%."
    assert [(e.text, e.value) for e in resolve_dates(text, FRIDAY)] == [
        ("Friday, 17 Nov, 2017", "2017-11-17"),
        ("Third-quarter", "2017-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Half the ice would remain by 2100.", [("2100", "2100")]),
        ("In the year 2150, the models diverge.", [("the year 2150", "2150")]),
        ("He lost by 2100 votes.", []),  # a number
        ("The city had 2150 people in 2010.", [("2010", "2010")]),
    ],
)
def test_years_after_2099_after_a_preposition(text: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, FRIDAY)] == found


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        # "set for" looks ahead; "was due to" is a plan still ahead, "had been due to" not
        ("A conference in the case has been set for Dec. 4, the court said.",
         dt.date(2025, 10, 2), [("Dec. 4", "2025-12-04")]),
        ("An assessment team was due to arrive on Wednesday morning.",
         dt.date(2026, 2, 17), [("Wednesday morning", "2026-02-18TMO")]),
        ("The offer had been due to expire Friday.",
         dt.date(2026, 2, 17), [("Friday", "2026-02-13")]),
        # "was expected to" is an expectation still ahead, like "was due to"
        ("Fans were expected to gather at the square on Wednesday evening.",
         dt.date(2004, 8, 30), [("Wednesday evening", "2004-09-01TEV")]),
        ("One of the finishers was expected to reach the bluff Thursday afternoon.",
         dt.date(2030, 3, 13), [("Thursday afternoon", "2030-03-14TAF")]),
        # review set 44: "were scheduled for" likewise, unless given up after "but"
        ("The first funerals were scheduled for Monday.",
         dt.date(2038, 2, 13), [("Monday", "2038-02-15")]),
        ("The vote was scheduled for Monday, but it was postponed.",
         dt.date(2038, 2, 13), [("Monday", "2038-02-08")]),
        # a clock range, and a clock time after a day ahead
        ("The town will host music from noon to 4 p.m. on Saturday.",
         dt.date(2025, 10, 2),
         [("noon", "2025-10-04T12:00"), ("4 p.m.", "2025-10-04T16:00"),
          ("Saturday", "2025-10-04")]),
        ("A hearing is set for next Thursday at 7 p.m.",
         dt.date(2025, 10, 2), [("next Thursday", "2025-10-09"), ("7 p.m.", "2025-10-09T19:00")]),
        # a Monday holiday's weekend leads up to it
        ("The pool opens Memorial Day weekend.",
         dt.date(2026, 5, 19), [("Memorial Day weekend", "2026-W21-WE")]),
    ],
)  # fmt: skip
def test_plans_clock_ranges_and_holiday_weekends(
    text: str, published: dt.date, found: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == found


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        # "that day" after a month is a day of it, not the paper's day
        ("Novo released results in November 2025. Its shares fell 6% that day.",
         dt.date(2026, 4, 9), [("November 2025", "2025-11"), ("that day", "2025-11-XX")]),
        ("The deal will be announced by the end of the week.",
         dt.date(2026, 4, 9), [("the end of the week", "2026-W15")]),
        # a month and day in figures after a preposition; a fraction is no date
        ("The glasses went on sale on 9/26. He scored 3/4 of the points.",
         dt.date(2025, 10, 2), [("9/26", "2025-09-26")]),
    ],
)  # fmt: skip
def test_that_day_the_end_of_the_week_and_short_numeric_dates(
    text: str, published: dt.date, found: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == found


def test_years_later_count_from_the_year_last_mentioned_and_chain() -> None:
    text = (
        "Police arrived on Tuesday. She earned a law degree in 1998. Two years later she was "
        "elected, and the following year she became its leader. Sales fell 5% from a year "
        "earlier."
    )
    found = [(e.text, e.value)
             for e in resolve_dates(text, dt.date(2025, 11, 20), join_clock_days=True)]
    assert found == [
        ("Tuesday", "2025-11-18"),
        ("1998", "1998"),
        ("Two years later", "2000"),  # (the event's date)
        ("the following year", "2001"),
        ("a year earlier", "2024"),  # a comparison: from the paper's year, as TimeBank
    ]
    # as TimeML draws it, years counted on are the duration ("later" its signal), as the
    # fresh sets G to AZ write it 22 times (A to F wrote the date 10 times); counted back,
    # a date ("a year earlier": 59 to 5)
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2025, 11, 20))]
    assert found[2] == ("Two years", "P2Y")
    assert found[4] == ("a year earlier", "2024")


def test_that_day_after_a_month_is_a_day_of_it_even_after_an_earlier_day() -> None:
    text = "Police arrived on Tuesday. Results came in November 2025. Shares fell that day."
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2026, 4, 9))]
    assert found[-1] == ("that day", "2025-11-XX")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a past verb right before the month outweighs nearness: last December
        ("Sales-tax revenue rose 6 percent in the fiscal year that ended in December.",
         dt.date(2025, 11, 5), "2024-12"),
        # a participle of what is to come does not: this December
        ("The deal will close at a meeting, which is expected in December.",
         dt.date(2025, 11, 5), "2025-12"),
        # a scheduled present looks ahead
        ("The current agreement expires in June.", dt.date(2025, 11, 5), "2026-06"),
        ("The trial begins in June.", dt.date(2025, 11, 5), "2026-06"),
        # "should" looks ahead: the coming Monday, not the one three days back
        ("Officials said the water should be boiled until at least Monday.",
         dt.date(2025, 8, 14), "2025-08-18"),
        ("The storm might reach the coast on Monday.", dt.date(2025, 8, 14), "2025-08-18"),
        # a market's close is known, whatever the clause: the Friday just gone
        ("Holders will receive a 30 percent premium to the closing price on Friday.",
         dt.date(2026, 2, 24), "2026-02-20"),
        ("The market will close on Friday.", dt.date(2026, 2, 24), "2026-02-27"),
    ],
)  # fmt: skip
def test_verbs_next_to_a_date_set_its_direction(
    text: str, published: dt.date, expected: str
) -> None:
    *_, last = resolve_dates(text, published)  # the month or weekday ends each sentence
    assert last.value == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month or season after "the following", "that", "the previous": the story's time
        ("The growers filed suit in March 2022. The judge dismissed the case the following "
         "January. The appeals court sent it back that fall.", dt.date(2025, 6, 18),
         ["2022-03", "2023-01", "2023-FA"]),
        ("She joined the board in 1990, having run for a seat the previous spring.",
         dt.date(2025, 6, 18),
         ["1990", "1989-SP"]),
        # "of that year", "of last year": one expression
        ("The FTC sued in 2024, and a judge halted the deal in December of that year.",
         dt.date(2026, 2, 24), ["2024", "2024-12"]),
        ("Rivera took over the company in January of last year.", dt.date(2026, 2, 24),
         ["2025-01"]),
        # "the following month" after a bare year: within that year
        ("Midland made an offer in 2021, which the board rejected the following month.",
         dt.date(2026, 2, 24), ["2021", "2021"]),
        # a clock time takes the day just told, and the day written right before it
        ("The levee gave way at about 3:40 a.m. Tuesday. Sirens sounded at 4:15 a.m.",
         dt.date(2025, 8, 14), ["2025-08-12T03:40", "2025-08-12T04:15"]),
        ("The council will meet on Thursday, Nov. 13, at 6:30 p.m.", dt.date(2025, 11, 5),
         ["2025-11-13", "2025-11-13T18:30"]),
        # ... and "the previous night" counts from it, not from a day mentioned before it
        ("The council meets Wednesday. The minister spoke at 4 p.m. Sunday. Negotiators "
         "had worked through the previous night.", dt.date(2025, 6, 16),
         ["2025-06-18", "2025-06-15T16:00", "2025-06-14TNI"]),
        # "the following day" after a month: a day of that month
        ("The company last cut its forecast in April 2014. Its shares fell the following day.",
         dt.date(2026, 2, 24), ["2014-04", "2014-04"]),
        # a year-less day far from the paper's date, in a story of a past year: that year
        ("She covered the 1968 convention. She was struck by a baton on the night of Aug. 28 "
         "and won an award the following year.", dt.date(2026, 1, 9),
         ["1968", "1968-08-28TNI", "1969"]),
        # but not one near the paper's date, nor one in the next paragraph, nor a plan
        ("Iraq invaded Kuwait on Aug. 2, as it had threatened in 1988.", dt.date(1990, 8, 15),
         ["1990-08-02", "1988"]),
        ("His father was a trustee until 1974.\n\nThe office opened on May 1.",
         dt.date(1989, 10, 26), ["1974", "1989-05-01"]),
        # a past day just after the paper's, in a story of last year: last year's
        ("Okoye signed on deadline day last September. Harbridge opened with an offer of "
         "£18m on 2 July, which Veldhoven rejected.", dt.date(2026, 5, 25),
         ["2025-09", "2025-07-02"]),
        # not without last year's story, nor for a day ahead
        ("Harbridge opened with an offer of £18m on 2 July.", dt.date(2026, 5, 25),
         ["2026-07-02"]),
        ("Okoye signed last September. The club will hold a parade on 2 July.",
         dt.date(2026, 5, 25), ["2025-09", "2026-07-02"]),
    ],
)  # fmt: skip
def test_dates_of_a_story_follow_its_own_time(
    text: str, published: dt.date, expected: list[str]
) -> None:
    assert [e.value for e in resolve_dates(text, published)] == expected


def test_a_hyphenated_adjective_in_ed_is_no_past_cue() -> None:
    # "closed-door", "lower-priced": adjectives; "is expected to", "would" look ahead
    [wednesday] = resolve_dates(
        "The Security Council is expected to discuss the truce at a closed-door session on "
        "Wednesday.", dt.date(2025, 6, 16))  # fmt: skip
    assert wednesday.value == "2025-06-18"
    *_, january = resolve_dates(
        "She said the company would introduce lower-priced multipacks in January.",
        dt.date(2025, 10, 25),
    )
    assert january.value == "2026-01"


def test_a_clock_time_after_a_day_of_long_ago_told_in_passing_keeps_the_storys_day() -> None:
    found = resolve_dates(
        "The death toll from the earthquake rose to 212 on Friday, officials said.\n\n"
        "The magnitude 7.6 quake hit at 3:41 a.m. Wednesday. It was the strongest earthquake "
        "to hit the region since the quake of Feb. 27, 2010.\n\nA wave reached Puerto "
        "Saavedra at 4:20 a.m.", dt.date(2027, 1, 9))  # fmt: skip
    assert [e.value for e in found][1:] == ["2027-01-06T03:41", "2010-02-27", "2027-01-06T04:20"]


def test_years_earlier_opening_a_sentence_count_from_the_year_just_told() -> None:
    found = resolve_dates(
        "Ilse Marburg was born on Aug. 14, 1941. She earned her doctorate in 1969. Two years "
        "earlier she had married Robert Kane.", dt.date(2026, 6, 2))  # fmt: skip
    assert [e.value for e in found] == ["1941-08-14", "1969", "1967"]  # (was 1939)
    # a year of a sentence further back is not what it counts from
    found = resolve_dates(
        "Ilse Marburg was born on Aug. 14, 1941. She earned her doctorate in 1969. She moved "
        "to Boulder. Two years earlier she had married Robert Kane.", dt.date(2026, 6, 2)
    )
    assert found[-1].value != "1967"


def test_that_opening_a_clause_is_no_part_of_the_month_after_it() -> None:
    [december] = resolve_dates(
        '"The three dissenting votes are a clear signal that December is off the table," said '
        "Lucy Fairbairn.", dt.date(2026, 11, 5))  # fmt: skip
    assert (december.text, december.value) == ("December", "2026-12")
    [that] = resolve_dates("In that December, the river froze.", dt.date(2026, 11, 5))
    assert that.text == "that December"


def test_a_trailing_attributions_past_is_not_the_tense_of_what_it_tells() -> None:
    [monday] = resolve_dates(
        "Alvarado's transition team will meet for the first time on Monday, her campaign "
        "said.", dt.date(2021, 11, 3))  # fmt: skip
    assert monday.value == "2021-11-08"  # (was the Monday before)
    # a saying that goes on is the main clause: its tense counts
    [tuesday] = resolve_dates(
        "In a ruling Tuesday afternoon, Stein said prosecutors could play the tapes.",
        dt.date(2011, 4, 28),
    )
    assert tuesday.value == "2011-04-26TAF"


def test_a_where_clause_after_a_date_is_not_its_tense() -> None:
    [saturday, _] = resolve_dates(
        "Varga drew a crowd that police estimated at 25,000 to Liberty Square on Saturday "
        "evening, where he promised to raise pensions by 8% next year.",
        dt.date(2026, 10, 8),
    )
    assert saturday.value == "2026-10-03TEV"  # (was the Saturday ahead)


def test_the_decade_of_a_past_story_is_its_own() -> None:
    [_, decade] = resolve_dates(
        "She joined the county public defender's office in September 1974. By the end of the "
        "decade she was running its felony unit.", dt.date(2027, 1, 8))  # fmt: skip
    assert (decade.value, decade.mod) == ("197", "END")  # (was 202, this decade)
    [now] = resolve_dates("By the end of the decade the plant will close.", dt.date(2027, 1, 8))
    assert now.value == "202"


def test_a_race_time_is_no_clock_time() -> None:
    found = resolve_dates("Morgan finished in 2:23:18, a personal best. The race began at 9:05.",
                          dt.date(2026, 10, 11))  # fmt: skip
    assert [(e.text, e.value) for e in found] == [
        ("2:23:18", "PT2H23M18S"), ("9:05", "2026-10-11T09:05")]  # (was "23:18" as well;
    # a time taken, as fresh set AS writes it)


def test_a_half_of_a_named_financial_year_is_one_expression() -> None:
    [half] = resolve_dates(
        "Government borrowing in the first half of the 2026-27 financial year rose.",
        dt.date(2026, 11, 5),
    )
    assert (half.text, half.value) == ("the first half of the 2026-27 financial year", "2026-H1")


def test_a_participle_of_a_state_is_no_past_cue() -> None:
    [friday, _] = resolve_dates(
        "Pre-orders open Friday morning, and the phone goes on sale on Sept. 22, priced from "
        "$799.", dt.date(2023, 9, 13))  # fmt: skip
    assert friday.value == "2023-09-15TMO"  # (was the Friday before)


def test_an_ed_word_after_a_verb_ahead_is_no_past_cue() -> None:
    # "updated" describes the numbers; "will publish" sets the tense
    [tuesday] = resolve_dates(
        "The UKHSA will publish updated case numbers on Tuesday.", dt.date(2026, 3, 14)
    )
    assert tuesday.value == "2026-03-17"
    [past] = resolve_dates("The UKHSA published updated case numbers on Tuesday.",
                           dt.date(2026, 3, 14))  # fmt: skip
    assert past.value == "2026-03-10"


# Forms found wrong on fresh, hand-annotated news text (a held-out check of the resolver).
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "since" a month or day: gone, even when it is near ahead of the paper's date
        ("The central bank has kept its benchmark rates unchanged since July.",
         dt.date(2013, 5, 8), [("July", "2012-07")]),
        ("The index is up 9 percent since January.", dt.date(2011, 11, 3),
         [("January", "2011-01")]),
        ("Prices have risen since Nov. 29.", dt.date(2011, 11, 3), [("Nov. 29", "2010-11-29")]),
        # "the previous quarter" is the one before the quarter just told
        ("The economy grew 7.7 percent in the first quarter, slowing from 7.9 percent in the "
         "previous quarter.", dt.date(2013, 5, 8),
         [("the first quarter", "2013-Q1"), ("the previous quarter", "2012-Q4")]),
        # ... also when a day told in passing ("said Thursday") comes between (set AI)
        ("The economy grew 3.3 percent in the fourth quarter of last year, the central bank "
         "said Thursday.\n\nCompared with the previous quarter, output expanded 0.9 percent.",
         dt.date(2005, 1, 27),
         [("the fourth quarter of last year", "2004-Q4"), ("Thursday", "2005-01-27"),
          ("the previous quarter", "2004-Q3")]),
        # "a decade earlier" counts from the year of its own sentence
        ("The rate fell to 89 percent last year from 94 percent a decade earlier.",
         dt.date(2025, 2, 20), [("last year", "2024"), ("a decade earlier", "2014")]),
        # a month word after a title is a first name
        ("His running mate, state Sen. April Dunmore, is scheduled to visit.",
         dt.date(2010, 10, 23), []),
        # seasons recur; "another decade" is a duration
        ("He gave a lecture there every fall.", dt.date(2009, 6, 12),
         [("every fall", "XXXX-FA")]),
        # a day of the year recurs whole (fresh set AG: the Burning of the Devil)
        ("Families burn papier-mache devils in a custom that is held every 7 December.",
         dt.date(2033, 12, 8), [("every 7 December", "XXXX-12-07")]),
        ("The parade is held each July 4th, rain or shine.", dt.date(2033, 12, 8),
         [("each July 4th", "XXXX-07-04")]),
        # a sentence opened by "N years ago" gives its year-less dates that year (set AJ)
        ("Four years ago, the onset came on May 25.", dt.date(2003, 6, 10),
         [("Four years ago", "1999"), ("May 25", "1999-05-25")]),
        # "current" the noun is no time (set AJ)
        ("A low held back the monsoon current for much of last week.", dt.date(2003, 6, 10),
         [("last week", "2003-W23")]),
        ("A drought blamed on the El Nino current drained the reservoirs last week.",
         dt.date(1992, 5, 4), [("last week", "1992-W18")]),  # (fresh set AV)
        # "Two second-division clubs": things that come second, no seconds (set AJ)
        ("Two second-division clubs and a 10 second pause.", dt.date(2044, 8, 5),
         [("10 second", "PT10S")]),
        # a month joined to "every May" recurs too (review set 41)
        ("She has picked roses every May and June since she was 12.", dt.date(2040, 6, 1),
         [("every May", "XXXX-05"), ("June", "XXXX-06")]),
        ("Neither side wants this hanging over them for another decade.",
         dt.date(2023, 2, 14), [("another decade", "P10Y")]),
        # plans and modals look ahead
        ("Airport officials said they hoped to resume service Saturday.",
         dt.date(2019, 4, 11), [("Saturday", "2019-04-13")]),
        ("Forecasters said another 6 to 10 inches could fall by Friday morning.",
         dt.date(2019, 4, 11), [("Friday morning", "2019-04-12TMO")]),
        ("The campaigns must file their final pre-election reports by Thursday.",
         dt.date(2010, 10, 23), [("Thursday", "2010-10-28")]),
        # ... but not "could be" nor "must be" of what is reported
        ("Neither he nor the grandparents could be located Wednesday.",
         dt.date(2000, 1, 6), [("Wednesday", "2000-01-05")]),
        # a clock time takes the day and night told before it, in its sentence or after a
        # weekday's part of the day
        ("The City Council on Thursday night approved a budget. The 7-2 vote came at 11:20 "
         "p.m.", dt.date(2025, 5, 30),
         [("Thursday night", "2025-05-29TNI"), ("11:20 p.m.", "2025-05-29T23:20")]),
        ("There were two hearings, including one on May 20 that ran past midnight.",
         dt.date(2025, 5, 30), [("May 20", "2025-05-20"), ("midnight", "2025-05-20T24:00")]),
        # "that night", "that evening": a part of the day just told
        ("The Hawks lost on Oct. 20. \"We never got our rhythm back after that night.\" "
         "Obama met senators that evening.", dt.date(2017, 11, 19),
         [("Oct. 20", "2017-10-20"), ("that night", "2017-10-20TNI"),
          ("that evening", "2017-10-20TEV")]),
        # "this year before a slowdown" is this year; a quarter point is no quarter
        ("The bank forecasts growth of 2.8 percent this year before a slowdown.",
         dt.date(2017, 7, 12), [("this year", "2017")]),
        ("The central bank lifted its overnight target by a quarter point.",
         dt.date(2017, 7, 12), []),
        # a day's meeting still to come; a ruling already made
        ("Monday's meeting could also settle the future of the plant.", dt.date(2002, 6, 27),
         [("Monday", "2002-07-01")]),
        ("Relatives would look for ways to get around Wednesday's ruling.",
         dt.date(2000, 1, 7), [("Wednesday", "2000-01-05")]),
        # a deadline given by a recent act: the nearest such day, either side of the paper
        ("Winners have 180 days to claim a prize, which gave Oyler until Aug. 12.",
         dt.date(2028, 3, 14), [("180 days", "P180D"), ("Aug. 12", "2028-08-12")]),
        # fresh set BU: a deadline given "to" act, told in June, is the next Dec. 31 (the
        # last one is a day nearer)
        ("In an order signed earlier this month, the EPA gave Texas until Dec. 31 to submit a "
         "new plan.", dt.date(2000, 6, 30),
         [("earlier this month", "2000-06"), ("Dec. 31", "2000-12-31")]),
        ("They were given until Feb. 12 to leave.", dt.date(2028, 3, 14),
         [("Feb. 12", "2028-02-12")]),
        ("The exhibition ran until Aug. 12.", dt.date(2028, 3, 14), [("Aug. 12", "2027-08-12")]),
        # a past perfect day "on" a year-less date ahead of the paper: the last one
        ("On Dec. 3, officers at the Otay Mesa crossing had found nine turtles in his car.",
         dt.date(2027, 11, 17), [("Dec. 3", "2026-12-03")]),
        ("He was warned. On Dec. 3, officers found nine turtles in his car.",
         dt.date(2027, 11, 17), [("Dec. 3", "2026-12-03")]),
        ("On Dec. 3, the council will vote.", dt.date(2027, 11, 17), [("Dec. 3", "2027-12-03")]),
        ("The vote will be held on Dec. 3, officials had said.", dt.date(2027, 11, 17),
         [("Dec. 3", "2027-12-03")]),
        ("The offer had been set to expire Nov. 6.", dt.date(1989, 11, 2),
         [("Nov. 6", "1989-11-06")]),
        # the fiscal year that ended: the last one closed
        ("They charged 14 people in the fiscal year that ended Sept. 30.",
         dt.date(2027, 11, 17), [("the fiscal year", "2027"), ("Sept. 30", "2027-09-30")]),
        # a range's year written after its second end is the first end's too
        ("Last year's stoppage, from April 12 to 19, 2027, ended.", dt.date(2028, 6, 1),
         [("Last year", "2027"), ("April 12", "2027-04-12"), ("19, 2027", "2027-04-19")]),
        ("The Super Outbreak of April 25-28, 2011, killed more than 300 people.",
         dt.date(2027, 4, 30), [("April 25-28, 2011", "2011-04-25")]),
        # a "when" clause's year ends at its comma; what events lead up to is ahead
        ("Workers relit the arrow for the first time since 1985, when Route 66 was dropped "
         "from the federal highway system, opening six months of events that lead up to the "
         "road's 100th birthday in November.", dt.date(2026, 5, 13),
         [("1985", "1985"), ("six months", "P6M"), ("November", "2026-11")]),
        # a named edition of next year holds its year-less day
        ("The 2032 Vuelta will start in Valencia on 21 August.", dt.date(2031, 9, 14),
         [("2032", "2032"), ("21 August", "2032-08-21")]),
        # a journey's arrival in the small hours after an evening departure: the next day
        ("The last train will leave Kansas City at 9:40 p.m. today and reach Garden Bend at "
         "about 3:10 a.m.", dt.date(1996, 10, 26),
         [("9:40 p.m. today", "1996-10-26T21:40"), ("about 3:10 a.m.", "1996-10-27T03:10")]),
        # a holiday something lasts until is the one to come, unless one just past
        ("The line could stay closed until Easter after a landslip.", dt.date(2031, 2, 11),
         [("Easter", "2031-04-13")]),
        ("The shop stayed open until Christmas.", dt.date(2031, 2, 11),
         [("Christmas", "2030-12-25")]),
        # what a forecast is for is ahead
        ("The Met Office forecast snow for Thursday.", dt.date(2029, 8, 6),
         [("Thursday", "2029-08-09")]),
        # a deadline in a condition is ahead, whatever the verb's tense
        ("If the whales have not returned by Friday, DOC will stand its teams down.",
         dt.date(2024, 2, 20), [("Friday", "2024-02-23")]),
        ("Workers face further stoppages if a new pay deal was not agreed by Christmas.",
         dt.date(2024, 2, 20), [("Christmas", "2024-12-25")]),
        ("By Friday, 200 had died.", dt.date(2024, 2, 20), [("Friday", "2024-02-16")]),
        # a change backdated to a day counts from a day gone, whatever the verb
        ("The new tariff is retroactive to March 1.", dt.date(2017, 11, 17),
         [("March 1", "2017-03-01")]),
        ("Drivers will receive a 6 percent rise, retroactive to 1 April.", dt.date(2023, 1, 10),
         [("1 April", "2022-04-01")]),
        # a wait that is over: "did not ... until Saturday" (not "will not ... until")
        ("She did not check the numbers until Saturday.", dt.date(2017, 11, 17),
         [("Saturday", "2017-11-11")]),
        ("The vote will not be held until Monday.", dt.date(2017, 11, 17),
         [("Monday", "2017-11-20")]),
        # a day's event waited for, unless the clause is told in the past
        ("The jackpot has grown to an estimated $214 million for Wednesday night's drawing.",
         dt.date(2028, 3, 14), [("Wednesday night", "2028-03-15TNI")]),
        ("If Friday's attempt is scrubbed, the next opportunity comes Sunday.",
         dt.date(2028, 3, 14), [("Friday", "2028-03-17"), ("Sunday", "2028-03-19")]),
        ("All 11,000 tickets for Sunday's game sold out in less than 10 minutes.",
         dt.date(2028, 3, 14), [("Sunday", "2028-03-12"), ("less than 10 minutes", "PT10M")]),
        # "as recently as" leads into a date, it is no vague past of its own
        ("Its shares traded above $60 as recently as January 2001.", dt.date(2002, 6, 27),
         [("January 2001", "2001-01")]),
        # the nth weekday, week or weekend of a month
        ("The new term begins on the first Monday in October.", dt.date(2015, 6, 29),
         [("the first Monday in October", "2015-10-05")]),
        ("Most chains will post fourth-quarter earnings by the first week of March.",
         dt.date(2016, 1, 14),
         [("fourth-quarter", "2015-Q4"), ("the first week of March", "2016-W09")]),
        ("The regular season is expected to begin the second weekend of October.",
         dt.date(2025, 4, 21), [("the second weekend of October", "2025-W41-WE")]),
        # "ran late into the evening": the part of the day just told
        ("The clubs agreed a fee on Sunday night after talks that ran late into the evening.",
         dt.date(2009, 8, 31),
         [("Sunday night", "2009-08-30TNI"), ("the evening", "2009-08-30TEV")]),
        # "the day before" the day just told; "Oct. 12, the day before ...": that day
        ("The bomb exploded on April 26. The day before, a clerk sold him nails.",
         dt.date(1989, 5, 4), [("April 26", "1989-04-26"), ("The day before", "1989-04-25")]),
        ("Eight trading days after Oct. 12, the day before the plunge, the index fell.",
         dt.date(1989, 10, 20), [("Eight trading days", "P8D"), ("Oct. 12", "1989-10-12"),
                                 ("the day", "1989-10-12")]),
        # ... whatever the apposition goes on with; "maybe the day after too": after the last
        ("On Monday 11 March, the day before your procedure, have a light breakfast.",
         dt.date(2047, 3, 5), [("Monday 11 March", "2047-03-11"), ("the day", "2047-03-11")]),
        ("The company turned the offer down on Monday, the day after it was made.",
         dt.date(2024, 3, 6), [("Monday", "2024-03-04"), ("the day", "2024-03-04")]),
        ('"We\'ll celebrate tomorrow, and maybe the day after too," he said.',
         dt.date(2004, 5, 16), [("tomorrow", "2004-05-17"), ("the day after", "2004-05-18")]),
        # (a guard, untagged before too: "the day before she takes office" counts from a day
        # untold)
        ("The council will be sworn in the day before she takes office.", dt.date(2041, 12, 1),
         []),
        # a speed, a tax form, a single day
        ("The cyclone struck with winds of up to 190 km per hour.", dt.date(2012, 3, 8), []),
        ("He scrawled it across the back of a 1040 form.", dt.date(1989, 5, 4), []),
        ("Shares lost a third of their value in a single day.", dt.date(1999, 5, 4),
         [("a single day", "P1D")]),
        # the verb of the next clause is not the date's
        ("Obama declared an emergency on Thursday and is scheduled to view the damage.",
         dt.date(2013, 9, 7), [("Thursday", "2013-09-05")]),
        # "most of the summer"
        ("The saga has dragged on for most of the summer.", dt.date(2009, 8, 31),
         [("the summer", "2009-SU")]),
        # from the sixth set of review articles: a wait that is over; deadlines and
        # expectations ahead; clock times of a crash night told a month later
        ("Restrepo waited until Monday morning to concede.", dt.date(2026, 6, 23),
         [("Monday morning", "2026-06-22TMO")]),
        # fresh set W: a month or a holiday a past wait lasted until is over, too
        ("Some of my neighbors waited until Christmas for a check, he said. The shop stayed "
         "shut until January.", dt.date(1993, 5, 7),
         [("Christmas", "1992-12-25"), ("January", "1993-01")]),
        ("The road will stay closed until January, and the fair runs until Christmas.",
         dt.date(1993, 5, 7), [("January", "1994-01"), ("Christmas", "1993-12-25")]),
        # a deadline a past perfect has met is over ("had raised $31,000 by Friday", fresh
        # set X, told of a month); not what had been agreed to be done by it, nor a wait
        ("The general index had recovered all of its losses by March. A petition against it "
         "had 1,140 signatures by April. By May the rebels had seized 12 towns.",
         dt.date(2017, 11, 17), [("March", "2017-03"), ("April", "2017-04"), ("May", "2017-05")]),
        ("He said the two sides had agreed to a deal by April. The firm had frozen hiring until "
         "March. By November the hills will be brown.", dt.date(2017, 10, 17),
         [("April", "2018-04"), ("March", "2018-03"), ("November", "2017-11")]),
        ("Officials said the firm had promised a new stadium by March. Analysts had expected "
         "a decision by April.", dt.date(2017, 11, 17),
         [("March", "2018-03"), ("April", "2018-04")]),  # (promised, expected: ahead)
        ("Voters legalized sports wagering in November, and the commission has until Dec. 1 "
         "to begin it.", dt.date(2025, 5, 17),
         [("November", "2024-11"), ("Dec. 1", "2025-12-01")]),
        ("The company has asked the court for permission, and a ruling is expected on Monday.",
         dt.date(2025, 10, 19), [("Monday", "2025-10-20")]),
        ("A warning expired at 11 p.m. Tuesday, and forecasters expect lighter winds Thursday.",
         dt.date(2025, 8, 20),
         [("11 p.m. Tuesday", "2025-08-19T23:00"), ("Thursday", "2025-08-21")]),
        ("All 31 people were killed when it went down at 7:42 p.m. on Jan. 14. It was the "
         "deadliest accident since January 2025. The light illuminated at 7:38 p.m. Divers "
         "recovered both recorders the following morning.", dt.date(2026, 2, 12),
         [("7:42 p.m.", "2026-01-14T19:42"), ("Jan. 14", "2026-01-14"), ("January 2025", "2025-01"),
          ("7:38 p.m.", "2026-01-14T19:38"), ("the following morning", "2026-01-15TMO")]),
        # a recent year is no story of the past for a day far from the paper's date
        ("The movement was founded only in 2023 and won 17 seats in the elections on March 8.",
         dt.date(2026, 6, 23), [("2023", "2023"), ("March 8", "2026-03-08")]),
        # from two more fresh sets: a market report's clock times are its news day, not a
        # day told in passing; "the week" of a market report
        ("NEW YORK (AP) -- Stocks closed higher Friday and finished the week with solid "
         "gains. Volume totaled 322.6 million shares, down from 349.3 million on Thursday. "
         "Buy programs lifted blue chips between 3 p.m. and the 4 p.m. close.",
         dt.date(1996, 8, 23),
         [("Friday", "1996-08-23"), ("the week", "1996-W34"), ("Thursday", "1996-08-22"),
          ("3 p.m.", "1996-08-23T15:00"), ("4 p.m.", "1996-08-23T16:00")]),
        # a range of clock times ending on a named day: both ends on it
        ("Residents reported six artillery rounds between 9:30 p.m. and midnight Sunday.",
         dt.date(2025, 6, 16),
         [("9:30 p.m.", "2025-06-15T21:30"), ("midnight Sunday", "2025-06-15T24:00")]),
        # a part of the day keeps its determiner, and its edge as a mod
        ("The tankers were grounded for two hours in the late afternoon.",
         dt.date(2025, 8, 20),
         [("two hours", "PT2H"), ("the late afternoon", "2025-08-20TAF")]),
        # "The day before" after a date that is no day is unknown; twelve o'clock at night
        ("Sales rose in early April. The day before, a clerk sold nails.",
         dt.date(2024, 5, 3),
         [("early April", "2024-04"), ("The day before", "XXXX-XX-XX")]),
        ("The offer ends at twelve o'clock tonight.", dt.date(2024, 5, 3),
         [("twelve o'clock tonight", "2024-05-03T24:00")]),
        # first names, serial numbers, race times, fractions
        ("The judge also ordered June Ellerbe, 58, of Trotwood, to repay the money.",
         dt.date(2010, 6, 11), []),
        ("Heaters with serial numbers from 1100 through 1399 are included.",
         dt.date(2014, 1, 17), []),
        ("Kiprono won the men's 800 metres in 1:44.20.", dt.date(2021, 6, 21), []),
        ("Residents cut consumption by nearly a quarter.", dt.date(2025, 8, 14), []),
        ("He played for a second-division club.", dt.date(2004, 5, 17), []),
        # "o'clock", a weekday evening that recurs, "before winter"
        ("The man walked into an office at nine o'clock this morning.", dt.date(1995, 11, 9),
         [("nine o'clock this morning", "1995-11-09T09:00")]),
        # fresh set X: an "-ed" word after "will begin pulling" is an adjective; the weekend
        # a forecast is for is the one ahead (not "Leave was canceled for the weekend")
        ("Crews will begin pulling charred timbers out of the creek Wednesday morning, ahead "
         "of heavy rain forecast for the weekend. Leave was canceled for the weekend.",
         dt.date(1996, 4, 16),
         [("Wednesday morning", "1996-04-17TMO"), ("the weekend", "1996-W16-WE"),
          ("the weekend", "1996-W15-WE")]),
        # review set 33: a month or season with its year that opens the sentence gives a
        # year-less month after it its year (the next, for a month before it)
        ("In February 2028, the assembly approved a limit, but the court struck it down in "
         "June. In November 2027 it opened, and in March it closed. In the summer of 2019, "
         "the union struck, and the dispute was settled in October.", dt.date(2032, 10, 16),
         [("February 2028", "2028-02"), ("June", "2028-06"), ("November 2027", "2027-11"),
          ("March", "2028-03"), ("the summer of 2019", "2019-SU"), ("October", "2019-10")]),
        # fresh set X: "March" or "May" opening a sentence with another month after it
        ("\"March and April were the worst months since 1991,\" he said. Protesters march "
         "and April is cruel.", dt.date(2001, 6, 14),
         [("March", "2001-03"), ("April", "2001-04"), ("1991", "1991"), ("April", "2001-04")]),
        # fresh set Y: "earlier than planned" compares, it tells no past ("no earlier than"
        # a bound, keeps its cue); a board that "meets Friday" meets ahead
        ("The tunnel will open to traffic at 06:00 on Friday, a week earlier than planned.",
         dt.date(2037, 5, 11),
         [("06:00", "2037-05-15T06:00"), ("Friday", "2037-05-15"), ("a week", "P1W")]),
        ("Farmers will haul grain to Larned while the cooperative's board meets Friday. Its "
         "board meets on Monday to decide.", dt.date(1995, 7, 13),
         [("Friday", "1995-07-14"), ("Monday", "1995-07-17")]),
        # fresh set Y: a sentence opened by a year-less month goes on in the past year the
        # sentence before ends on (not a state's start, "since 1980", nor a recent year)
        ("Harlan bought the Courier in 1946, after coming home from the Navy. In June he "
         "moved the press. Profits doubled annually since 1980. In September, it announced "
         "plans.", dt.date(2012, 3, 24),
         [("1946", "1946"), ("June", "1946-06"), ("annually", "P1Y"), ("1980", "1980"),
          ("September", "2011-09")]),
        ("Durban handled 2.7 million units in 2024. In August, the port moved 231,000 units.",
         dt.date(2025, 10, 6), [("2024", "2024"), ("August", "2025-08")]),
        # review set 34: "on Monday and Tuesday last week", "on Friday next week": the days
        # of the week named after them
        ("Final arguments were heard on Monday and Tuesday last week. He will arrive on "
         "Friday next week.", dt.date(2030, 3, 5),
         [("Monday", "2030-02-25"), ("Tuesday", "2030-02-26"), ("last week", "2030-W09"),
          ("Friday", "2030-03-15"), ("next week", "2030-W11")]),
        # fresh set X: what one "was expecting" is ahead of the expecting
        ("\"I planted most of these vines three years ago, and I was expecting my first big "
         "harvest in June,\" said a grower.", dt.date(2007, 3, 12),
         [("three years ago", "2004"), ("June", "2007-06")]),
        # fresh set X: the modal "may" looks ahead (not the month, nor Theresa May)
        ("The harvest would normally begin on May 15, but officials said the ministry may "
         "move it to early June. The vote may be delayed to June. Theresa May announced it "
         "on Tuesday. Traffic built ahead of the May bank holiday from Friday evening.",
         dt.date(2007, 3, 12),
         [("May 15", "2007-05-15"), ("early June", "2007-06"), ("June", "2007-06"),
          ("Tuesday", "2007-03-06"), ("the May bank holiday", "2007-05-07"),
          ("Friday evening", "2007-03-09TEV")]),
        # fresh set X: a saying's day after a day foretold is the day the story goes on
        # in (not "a holiday update on Jan. 10, it said ... the nine weeks ended Jan. 1")
        ("Cherry trees will start to bloom on March 19, five days earlier than average, a "
         "forecaster said Thursday. The forecast was published at 4 p.m. In an update on "
         "Jan. 10, it said sales for the nine weeks ended Jan. 1 had fallen. Its shares fell "
         "the following day.", dt.date(2031, 3, 14),
         [("March 19", "2031-03-19"), ("five days", "P5D"), ("Thursday", "2031-03-13"),
          ("4 p.m.", "2031-03-13T16:00"), ("Jan. 10", "2031-01-10"), ("the nine weeks", "P9W"),
          ("Jan. 1", "2031-01-01"),
          ("the following day", "2031-01-11")]),
        # fresh set W: minutes past or to the hour; a bare hour after an afternoon's clock
        # time in its sentence is p.m.; a clock time "last night" is the evening before
        ("We left Kingussie at noon and got home to Stirling at half past eight.",
         dt.date(2024, 5, 7),
         [("noon", "2024-05-07T12:00"), ("half past eight", "2024-05-07T20:30")]),
        # (a bare "ten past six" is the afternoon's, as a bare "six o'clock" is: fresh sets
        # CE and CH)
        ("They met at a quarter to nine, and he left at ten past six.", dt.date(2024, 5, 7),
         [("a quarter to nine", "2024-05-07T08:45"), ("ten past six", "2024-05-07T18:10")]),
        ("The rally began at 7 p.m. and police moved in at 9:30. Firing started at 10 p.m. "
         "and lasted until 2:15.", dt.date(2024, 5, 7),
         [("7 p.m.", "2024-05-07T19:00"), ("9:30", "2024-05-07T21:30"),
          ("10 p.m.", "2024-05-07T22:00"), ("2:15", "2024-05-08T02:15")]),  # (the night's end)
        ("The fireworks start at 7 p.m. Tuesday (1100 GMT). He arrived at 20 minutes past 10.",
         dt.date(2010, 1, 5), [("7 p.m. Tuesday", "2010-01-05T19:00"),
                               ("1100 GMT", "2010-01-05T11:00"),
                               ("20 minutes past 10", "2010-01-05T10:20")]),
        ("The Senate voted at 11:30 last night; the quake hit at 2 a.m. last night.",
         dt.date(2027, 4, 15), [("11:30 last night", "2027-04-14T23:30"),
                                ("2 a.m.", "2027-04-15T02:00"), ("last night", "2027-04-14TNI")]),
        ("Headcount fell by 2,140 during the quarter to 3,12,450. Two past champions entered, "
         "and the score was five to ten.", dt.date(2027, 4, 15), [("the quarter", "2027-Q1")]),
        ("He held an informal seminar every Thursday evening.", dt.date(1991, 3, 13),
         [("every Thursday evening", "XXXX-WXX-4TEV")]),
        ("The agency urged the bloc to act before winter.", dt.date(2015, 9, 5),
         [("winter", "2015-WI")]),
        # expectations and rules that take effect look ahead; "saying they would" is the
        # next clause's
        ("Officials expected the number to reach 10,000 by Sunday.", dt.date(2015, 9, 5),
         [("Sunday", "2015-09-06")]),
        ("The rules take effect Monday.", dt.date(2025, 8, 7), [("Monday", "2025-08-11")]),
        ("They had set off on foot from Budapest on Friday, saying they would walk to Austria.",
         dt.date(2015, 9, 9), [("Friday", "2015-09-04")]),
        # fresh set CX: a which-clause aside with a past verb is done, whatever the main
        # clause's tense; a share "of which" is no span of quarters; clocks before "daily"
        # are a habit's; a winter a future waits "until", told in February, is the next
        ("The Canadian Forces, which sent 1,200 troops on Monday, will keep most of them in "
         "the region until the end of August.", dt.date(1996, 7, 27),
         [("Monday", "1996-07-22"), ("the end of August", "1996-08")]),
        ("Petrol now costs about 80p a litre, of which about three-quarters goes in tax.",
         dt.date(2000, 9, 15), [("now", "PRESENT_REF")]),
        ("It lost money in each of those four quarters.", dt.date(2000, 9, 15),
         [("four quarters", "P4Q")]),  # (a count of quarters, the code review)
        ("Residents depend on flights from Invercargill, which leave at 8 am and 3 pm daily.",
         dt.date(2096, 4, 8),
         [("8 am", "XXXX-XX-XXT08:00"), ("3 pm", "XXXX-XX-XXT15:00"), ("daily", "P1D")]),
        ("Aug. 22, 2015 | 12:05 AM Daily Star staff BEIRUT: Activists rallied.",
         dt.date(2015, 8, 22),  # (fresh set CG: a paper's name after a clock, no SET)
         [("Aug. 22, 2015", "2015-08-22"), ("12:05 AM", "2015-08-22T00:05")]),
        ("Its second stage will not be finished until the winter.", dt.date(2099, 2, 10),
         [("the winter", "2099-WI")]),
        # review set 93 b and e: a protest a present perfect has called outside a place, a
        # hearing a which-clause in the present keeps: days to come (fresh set T's "Kiely,
        # who sits his Leaving Cert in June" too)
        ("The prison officers' unions have called a protest outside Campredó on Thursday at "
         "12:00.", dt.date(2089, 3, 29),
         [("Thursday", "2089-03-31"), ("12:00", "2089-03-31T12:00")]),
        ("Mayor Esteban Crespo said the city would install a monitor by the end of June, and "
         "asked the committee, which holds a hearing on mining in water-source areas on "
         "Tuesday, to extend the ban.", dt.date(2096, 3, 9),
         [("the end of June", "2096-06"), ("Tuesday", "2096-03-13")]),
        # (the code review: what was announced is no gathering called; a verb in -eed)
        ("Police have announced that the protest outside parliament on Monday was peaceful. "
         "The talks, which proceed on Friday, will cover trade.", dt.date(2025, 5, 14),
         [("Monday", "2025-05-12"), ("Friday", "2025-05-16")]),
        # review set 93 c: a count back to a part of today is one span ("a week ago tonight"
        # made a week ago and tonight, two events); weeks back from yesterday count from it
        ("The third man was arrested at Vinaròs station a week ago tonight. Two weeks ago "
         "yesterday he left. It rained three days ago this morning.", dt.date(2089, 4, 4),
         [("a week ago tonight", "2089-03-28TNI"), ("Two weeks ago yesterday", "2089-03-20"),
          ("three days ago this morning", "2089-04-01TMO")]),
        ("A year ago tonight, the Cubs won the World Series. A century ago today the war "
         "ended.", dt.date(2017, 11, 2),
         [("A year ago tonight", "2016-11-02TNI"), ("A century ago today", "1917-11-02")]),
        # review set 93 d, fresh set CE: a feast's name before a thing made or held for it
        ("Sklárna Jizera, the maker of blown-glass Christmas ornaments, said on Thursday that "
         "net profit rose. Her last concert will be the Christmas concert.",
         dt.date(2093, 11, 26), [("Thursday", "2093-11-26")]),
        ("Police cancelled the Christmas Day concert.", dt.date(2093, 11, 26),
         [("Christmas Day", "2092-12-25")]),  # (a concert on the day keeps it)
        # review set 94 a: a feast's rocket, a season's revue
        ("A fire started by a New Year's rocket gutted the stage after the last night of its "
         "New Year revue.", dt.date(2090, 12, 31), []),
        ("Trading over Christmas shows a clear pattern.", dt.date(2090, 12, 31),
         [("Christmas", "2090-12-25")]),  # (the verb: no show)
        # fresh sets BX, CY: a year's possessive tells which feast's things
        ("This year's Christmas orders must leave by September, and last year's Halloween "
         "orders were the largest.", dt.date(1998, 7, 11),
         [("This year", "1998"), ("Christmas", "1998-12-25"), ("September", "1998-09"),
          ("last year", "1997"), ("Halloween", "1997-10-31")]),
    ],
)  # fmt: skip
def test_forms_from_fresh_annotated_news(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a bare season takes its year from the tense: ahead when it is over this year
        ("The NTSB said it would hold a hearing in the spring.", dt.date(2017, 11, 17),
         [("the spring", "2018-SP")]),
        # fresh set BU: the season a clause tells of, no preposition before it ("the fall"
        # stays out: a fall in prices)
        ("The state's air experts warn that the summer is only beginning.", dt.date(2000, 6, 30),
         [("the summer", "2000-SU")]),
        ("The fall was steep.", dt.date(2000, 6, 30), []),
        # fresh sets CS, CY: a season an infinitive tells of
        ("The museum expected the summer to be busier still, and the winter to bring "
         "fewer visitors.", dt.date(2000, 6, 12),
         [("the summer", "2000-SU"), ("the winter", "2000-WI")]),
        ("The plant was closed in the summer.", dt.date(2017, 2, 17),
         [("the summer", "2016-SU")]),
        ("The plant will close in the summer.", dt.date(2017, 2, 17),
         [("the summer", "2017-SU")]),
        ("The agency urged the bloc to act before winter.", dt.date(2015, 9, 5),
         [("winter", "2015-WI")]),
        # a participle after "get" is no past tense
        ("``Those fumes will exhaust themselves, and the sector is going to start getting "
         "beat up in the spring.''", dt.date(1998, 2, 6), [("the spring", "1998-SP")]),
    ],
)  # fmt: skip
def test_a_bare_season_takes_its_year_from_the_tense(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # half of a month is the month's start or end, not the year's half
        ("A vote is expected in the second half of April.", dt.date(2026, 3, 5),
         [("the second half of April", "2026-04", "END")]),
        ("Sales rose in the first half of March 2025.", dt.date(2026, 3, 5),
         [("the first half of March 2025", "2025-03", "START")]),
        # a season or month before "or"/"and" shares the year written after it
        ("The leak began in the late summer or early fall of 2018.", dt.date(2025, 9, 20),
         [("the late summer", "2018-SU", "END"), ("early fall of 2018", "2018-FA", "START")]),
        # recurring weekdays
        ("The county updated figures every Monday and Thursday.", dt.date(2026, 2, 12),
         [("every Monday", "XXXX-WXX-1", None), ("Thursday", "XXXX-WXX-4", None)]),
        ("She sang most Friday nights and some Sunday mornings.", dt.date(2026, 1, 8),
         [("Friday nights", "XXXX-WXX-5TNI", None), ("Sunday mornings", "XXXX-WXX-7TMO", None)]),
        # the part of the day after the second weekday is the first's too (TimeBank's
        # APW19980213.1320), not after a plural weekday
        ("Flights leave on Monday and Tuesday nights.", dt.date(1998, 2, 13),
         [("Monday", "XXXX-WXX-1TNI", None), ("Tuesday nights", "XXXX-WXX-2TNI", None)]),
        ("Trawlers land fish on Tuesday and Thursday mornings.", dt.date(2052, 2, 12),
         [("Tuesday", "XXXX-WXX-2TMO", None), ("Thursday mornings", "XXXX-WXX-4TMO", None)]),
        ("Markets open on Saturdays and Sunday mornings.", dt.date(2052, 2, 12),
         [("Saturdays", "XXXX-WXX-6", None), ("Sunday mornings", "XXXX-WXX-7TMO", None)]),
        # the end of the month of a day told earlier in the sentence
        ("The county reported 38 cases on Jan. 16 and 102 by the end of the month.",
         dt.date(2026, 2, 10), [("Jan. 16", "2026-01-16", None),
                                ("the end of the month", "2026-01", "END")]),
        # no time: an adjective "overnight", a title
        ("The update limits overnight charging to 80 percent.", dt.date(2025, 9, 18), []),
        ("The hut had about 2,100 overnight bookings.", dt.date(2030, 7, 19), []),
        ("They told us to come back another day.", dt.date(2026, 5, 1), []),
        ("She said losses above 30% a year could not be sustained.", dt.date(2023, 6, 13), []),
        ("The Youth Day rally in Beijing drew crowds.", dt.date(2023, 5, 1), []),
        ("The National Day parade drew crowds.", dt.date(2023, 5, 1), []),
        ("He said a second Australian could sign.", dt.date(2005, 6, 1), []),
        ("The DEC said forest rangers had searched the area.", dt.date(2028, 10, 3), []),
        ("The trust will look at adding a second, smaller dome.", dt.date(2029, 5, 16), []),
        ("Her song Midnight Over Lake Pontchartrain was a hit.", dt.date(2026, 1, 8), []),
        ('Her first single, "Midnight Over Lake Pontchartrain," was released.',
         dt.date(2026, 1, 8), []),
        ("The vote was held at Noon Tuesday.", dt.date(2026, 1, 8),
         [("Noon Tuesday", "2026-01-06T12:00", None)]),
    ],
)  # fmt: skip
def test_forms_from_review_articles(
    text: str, published: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(e.text, e.value, e.mod) for e in resolve_dates(text, published)] == expected


def test_a_past_verb_and_its_object_before_a_month_put_it_in_the_past() -> None:
    # "rose 5% in May", told in March: last May (not the coming one, 57 days ahead)
    found = resolve_dates("Sales rose 5% in May and 7% in June.", dt.date(2026, 3, 5))
    assert [(e.text, e.value) for e in found] == [("May", "2025-05"), ("June", "2025-06")]
    ahead = resolve_dates("He said the store will open its doors in May.", dt.date(2026, 3, 5))
    assert [(e.text, e.value) for e in ahead] == [("May", "2026-05")]


def test_a_cut_is_past_and_an_arguing_clause_weighs_less() -> None:
    # "cut his rating on Thursday morning, arguing that the launch could slip": Thursday
    # gone (the "could" is the next clause's), as "to cut rates on Wednesday" is ahead
    text = ("Raj Mehta cut his rating on Thursday morning, arguing that the X9 launch could "
            "slip into the second half of 2026. The Fed is expected to cut rates on Wednesday.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2025, 9, 20))}
    assert found["Thursday morning"] == "2025-09-18TMO"
    assert found["Wednesday"] == "2025-09-24"
    # "cut" as a noun is no past: "We expect another quarter-point cut in December"
    noun = resolve_dates('"We expect another quarter-point cut in December," she said.',
                         dt.date(2026, 9, 16))  # fmt: skip
    assert [(e.text, e.value) for e in noun] == [("December", "2026-12")]


def test_a_story_told_from_a_recent_past_day_keeps_its_year_and_day() -> None:
    # a trial article of February 2026 retelling March 2024: its clock times and
    # year-less days are the story's, not the paper's
    text = ("Prosecutors said that on the night of March 14, 2024, when Ms. Ferrante left the "
            "bar at about 10:30 p.m., he followed her. Cameras showed her walking at 10:41 "
            "p.m. A search warrant for his truck was executed on June 4.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2026, 2, 6))}
    assert found["about 10:30 p.m."] == "2024-03-14T22:30"
    assert found["10:41 p.m."] == "2024-03-14T22:41"
    assert found["June 4"] == "2024-06-04"
    # a recent year told alone is no story: "on March 8" stays the paper's year
    alone = resolve_dates("The movement was founded only in 2023 and won 17 seats in the "
                          "elections on March 8.", dt.date(2026, 6, 23))  # fmt: skip
    assert [(e.text, e.value) for e in alone] == [("2023", "2023"), ("March 8", "2026-03-08")]


def test_a_january_paper_reviewing_the_year_before_puts_its_past_months_there() -> None:
    text = ("2026 Was Kestrel Province's Hottest Year on Record\n\nJanuary averaged 2.1 "
            "degrees. Temperatures fell to minus 24 degrees on Feb. 17. The office will "
            "publish its report by the end of March.")  # fmt: skip
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2027, 1, 7))}
    assert found["January"] == "2026-01"
    assert found["Feb. 17"] == "2026-02-17"
    assert found["the end of March"] == "2027-03"  # ahead: this year's
    more = ("2026 Was Kestrel Province's Hottest Year on Record\n\nThe year closed with "
            "heavy snow on Dec. 29 and 30 that cut power. By early October 60 percent of the "
            "province was in drought. The government said it would publish a plan by the "
            "end of March. A decision is expected by the end of the year.")  # fmt: skip
    found = {e.text: e.value for e in resolve_dates(more, dt.date(2027, 1, 7))}
    assert found["The year"] == "2026"  # the year reviewed, as its past tense says
    assert (found["Dec. 29"], found["30"]) == ("2026-12-29", "2026-12-30")
    assert found["early October"] == "2026-10"  # "by", but the clause is past
    assert found["the end of March"] == "2027-03"  # "would publish ... by": ahead
    assert found["the end of the year"] == "2027"
    plain = {e.text: e.value for e in resolve_dates(text.split("\n\n", 1)[1],
                                                    dt.date(2027, 1, 7))}  # fmt: skip
    assert plain["January"] == "2027-01"  # no title naming last year: the paper's January


def test_a_second_day_before_a_past_verb_is_read_and_keeps_the_past() -> None:
    # review set 48's grocer: "September 14 and 15" cut to the 14th, and put in the year
    # ahead, since "and 15 closed" read as a count ("41 inhabited islands") and a new clause
    text = ("A typhoon that crossed the main island on September 14 and 15 closed 41 of the "
            "company's 63 stores for up to two days.")  # fmt: skip
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2050, 4, 8))}
    assert (found["September 14"], found["15"]) == ("2049-09-14", "2049-09-15")
    counted = {e.text: e.value for e in resolve_dates(
        "The storm struck on Sept. 3 and 4 people died.", dt.date(2050, 4, 8))}  # fmt: skip
    assert counted == {"Sept. 3": "2049-09-03"}  # "4 people": a count, no day


def test_a_second_day_before_a_preposition_or_auxiliary_is_read() -> None:
    # probing review set 49's "30 September and 1 October": "on September 14 and 15
    # across the country" lost its 15th, and with it the headline kept "and 15 across"
    for text, expected in [
        ("Voting took place on September 14 and 15 across the country.",
         {"September 14": "2049-09-14", "15": "2049-09-15"}),
        ("The fairs on June 10 and 11 are expected to draw crowds.",
         {"June 10": "2050-06-10", "11": "2050-06-11"}),
        ("Ferries were cancelled on March 2 and 3 throughout the islands.",
         {"March 2": "2050-03-02", "3": "2050-03-03"}),
    ]:
        found = {e.text: e.value for e in resolve_dates(text, dt.date(2050, 4, 8))}
        assert found == expected, text


def test_every_day_of_a_list_is_its_own_expression() -> None:
    # "on Sept. 3, 4 and 5" read only its first day, "on 3, 4 and 5 October" its last two
    found = [(e.text, e.value) for e in resolve_dates(
        "Hearings were held on Sept. 3, 4 and 5. Witnesses were heard on 3, 4 and 5 October. "
        "Talks were held on May 2, 9, 16 and 23. On Sept. 3, 4 people died.",
        dt.date(2045, 10, 20))]  # fmt: skip
    assert found == [
        ("Sept. 3", "2045-09-03"), ("4", "2045-09-04"), ("5", "2045-09-05"),
        ("3", "2045-10-03"), ("4", "2045-10-04"), ("5 October", "2045-10-05"),
        ("May 2", "2045-05-02"), ("9", "2045-05-09"), ("16", "2045-05-16"), ("23", "2045-05-23"),
        ("Sept. 3", "2045-09-03")]


def _values(text: str, published: dt.date) -> dict[str, tuple[str, str]]:
    return {e.text: (e.type.value, e.value) for e in resolve_dates(text, published)}


# Phenomena of fresh sets I and J (each sentence from their texts or close to them)
FRESH_SET_CASES = [
    # sets of a part of the day or of weekends, as TimeML writes them
    ("The Marine Exchange counts the queue every morning.", dt.date(2021, 10, 4),
     "every morning", "SET", "XXXX-XX-XXTMO"),
    ("I've been revising every weekend since Easter.", dt.date(2025, 8, 14),
     "every weekend", "SET", "XXXX-WXX-WE"),
    # half a unit
    ("They rode through the old town in an open carriage for half an hour.",
     dt.date(2017, 5, 20), "half an hour", "DURATION", "PT30M"),
    ("Half an hour later the balcony doors opened.", dt.date(2017, 5, 20),
     "Half an hour", "DURATION", "PT30M"),
    # no calendar fortnight: a duration
    ("Cases in the region have doubled over the past fortnight.", dt.date(2024, 1, 12),
     "the past fortnight", "DURATION", "P2W"),
    # a timetable's present and a bare "expects" look ahead
    ('She played four songs from her new album, "Slow Burn," which comes out Friday.',
     dt.date(2016, 11, 2), "Friday", "DATE", "2016-11-04"),
    ("The agent showed the house 11 times last week and expects offers by Friday.",
     dt.date(2026, 1, 20), "Friday", "DATE", "2026-01-23"),
    # a trailing "confirmed" is the saying's tense, not its content's
    ("Pilots will strike for 48 hours from Thursday, the airline confirmed this morning, "
     "forcing it to cancel 600 flights.", dt.date(2019, 9, 9), "Thursday", "DATE",
     "2019-09-12"),
    # ... nor when a clause of why follows it (fresh set L)
    ("Train drivers will strike for 48 hours from 00:01 on Thursday, their union announced "
     "yesterday, after talks at the conciliation service collapsed.", dt.date(2017, 10, 3),
     "00:01", "TIME", "2017-10-05T00:01"),
    # "to affected customers": an adjective, no past cue
    ("Corvane said it would begin mailing letters to affected customers on Monday.",
     dt.date(2025, 8, 14), "Monday", "DATE", "2025-08-18"),
    # "ahead of" a holiday: the one to come, unless one just gone
    ("A backlog that began last year grew worse ahead of Christmas.", dt.date(2021, 10, 4),
     "Christmas", "DATE", "2021-12-25"),
    ("Sales rose ahead of Christmas.", dt.date(2022, 1, 10), "Christmas", "DATE",
     "2021-12-25"),
    # a month opening a past clause after "and", near the paper's month: the past one
    ("Its volunteers carried a walker down, and in February two climbers died.",
     dt.date(2017, 12, 29), "February", "DATE", "2017-02"),
    # "of the year" is this year's, whatever the tense
    ("Several producers have trimmed their spending plans for the second half of the year.",
     dt.date(1998, 6, 25), "the second half of the year", "DATE", "1998-H2"),
    # "a year earlier" after a month: that month a year back
    ("Its sales fell 61 percent in April from a year earlier.", dt.date(2020, 5, 20),
     "a year earlier", "DATE", "2019-04"),
    ("Online sales on Mother's Day were better than expected.", dt.date(2020, 5, 20),
     "Mother's Day", "DATE", "2020-05-10"),
    # a percentage "in a decade" is a change over a duration, not a rate
    ("The population grew 9.1 percent in a decade to 1,284,300.", dt.date(2025, 10, 20),
     "a decade", "DURATION", "P10Y"),
    # two units as one duration
    ("She won a final that lasted two hours and 41 minutes.", dt.date(2017, 7, 16),
     "two hours and 41 minutes", "DURATION", "PT2H41M"),
    ("He served three years and six months in prison.", dt.date(2017, 7, 16),
     "three years and six months", "DURATION", "P3Y6M"),
    # "the year to 31 July 2025": a twelve-month period, like "the year ended"
    ("The university reported a deficit of £19.6m for the year to 31 July 2025.",
     dt.date(2026, 3, 18), "the year", "DURATION", "P1Y"),
    ("Few expect calm in the year to come.", dt.date(2026, 3, 18), "the year", "DATE",
     "2026"),
    # review set 14: "that year" after a day; an irregular past before a month; a likeness
    ("He was told on 1 August 2025. His B sample was opened on 27 August that year.",
     dt.date(2026, 10, 22), "27 August that year", "DATE", "2025-08-27"),
    ("The tribunal heard the case in Aigle in December and, on 3 March 2026, imposed a ban.",
     dt.date(2026, 10, 22), "December", "DATE", "2025-12"),
    # a day ahead is no day of a past clock time: the lead's day (or the paper's)
    ("Travel on the line is free until next Sunday. At 2.40pm a northbound tram stood still "
     "for 20 minutes.", dt.date(2026, 9, 13), "2.40pm", "TIME", "2026-09-13T14:40"),
    ("When the first tram pulled out at 11.14am yesterday, the crowd cheered. Travel is free "
     "until next Sunday. At 2.40pm a northbound tram stood still for 20 minutes.",
     dt.date(2026, 9, 13), "2.40pm", "TIME", "2026-09-12T14:40"),
    # a clock time after "last night" is that night's, and so are the next sentence's
    ("Halcyon beat Volt in the final last night, before an audience that peaked at about "
     "10:40 p.m. The final began at 7 p.m.", dt.date(2014, 10, 19), "7 p.m.", "TIME",
     "2014-10-18T19:00"),
    # "for the weekend" is the nearest: a Friday paper's coming one, a Monday paper's last
    ("Sheriff's deputies have had all leave canceled for the weekend.", dt.date(2017, 8, 18),
     "the weekend", "DATE", "2017-W33-WE"),
    ("The park was closed for the weekend.", dt.date(2017, 8, 21), "the weekend", "DATE",
     "2017-W33-WE"),
    # a thing moved to a weekday goes ahead
    ("The school district moved the first day of classes to Tuesday.", dt.date(2017, 8, 18),
     "Tuesday", "DATE", "2017-08-22"),
    # "overnight on" a day is that day's night
    ("The tree was cut down overnight on Wednesday.", dt.date(2028, 6, 2), "overnight", "TIME",
     "2028-05-31TNI"),
    # a clock time after two days told with their parts goes to the one whose part holds it
    ("A bear that wandered into a supermarket on Sunday evening was shot early on Monday. A "
     "worker was injured when it burst in at about 6:40 p.m.", dt.date(2028, 10, 18),
     "about 6:40 p.m.", "TIME", "2028-10-15T18:40"),
    ("A swarm shook the island between Thursday night and Friday morning. The largest struck "
     "at 2:14 a.m. on Friday.", dt.date(2023, 11, 14), "2:14 a.m.", "TIME", "2023-11-10T02:14"),
    # the small hours after an evening told are the next day's
    ("The ferry left port at 8:15 p.m. on Friday. At about 2 a.m., the master sent a "
     "distress call.", dt.date(2025, 11, 3), "about 2 a.m.", "TIME", "2025-11-01T02:00"),
    # "can" looks ahead: "can keep buying until Sept. 2" (not the 2018 of the clause before)
    ("The league moved its deadline forward in 2018, but clubs in Spain can keep buying until "
     "Sept. 2.", dt.date(2019, 8, 8), "Sept. 2", "DATE", "2019-09-02"),
    # a person's twenties are an age, not the 1920s (review set 20)
    ("He drifted west in his twenties. In the twenties, jazz boomed.", dt.date(2026, 3, 6),
     "the twenties", "DATE", "192"),
    # a quarter named by its months (review set 20); "the March-ended quarter" as before
    ("Nearly 60% of units were sold in the October-December quarter.", dt.date(2026, 5, 14),
     "the October-December quarter", "DATE", "2025-Q4"),
    # fresh set BT: "the January-March period" is that quarter (three months a quarter's)
    ("The company sold 48,300 vehicles in the January-March period.", dt.date(2006, 4, 4),
     "the January-March period", "DATE", "2006-Q1"),
    ("Most of it will fall in the April-June quarter.", dt.date(2026, 5, 14),
     "the April-June quarter", "DATE", "2026-Q2"),
    ("In the March-ended quarter it fell.", dt.date(2026, 5, 14), "the March-ended quarter",
     "DATE", "2026-Q1"),
    # "the weekend of" a day is that day's weekend, not the paper's last (review set 20)
    ("The system was switched on over the weekend of 18-19 November 2023.",
     dt.date(2026, 9, 7), "the weekend", "DATE", "2023-W46-WE"),
    # a year after a sentence's opening preposition, however a count it looks (set L)
    ("\"In 2006 people were calling Morvia the tiger of the Baltic,\" Kowal said.",
     dt.date(2009, 2, 26), "2006", "DATE", "2006"),
    # a forecast told in the past is ahead: "were possible", "was expected" (set BK)
    ("Forecasters said more severe storms were possible Thursday night as a cold front "
     "moves east.", dt.date(1996, 4, 24), "Thursday night", "TIME", "1996-04-25TNI"),
    ("The weather service said heavy rain was expected Friday.", dt.date(1996, 4, 24),
     "Friday", "DATE", "1996-04-26"),
    ("It was possible on Monday to walk across the river.", dt.date(1996, 4, 24), "Monday",
     "DATE", "1996-04-22"),
    # an aside after the day ("the first time it has sailed since ...") does not tell its
    # tense (set BK)
    ("City hall said the club's barge would carry the players down the river on Tuesday "
     "afternoon, the first time it has sailed since April 2024, when Athletic celebrated a "
     "cup win.", dt.date(2069, 5, 19), "Tuesday afternoon", "TIME", "2069-05-21TAF"),
    # a list's short line ends at its clock; the next line's day is its own (set BL)
    ("Opening hours\n\nSaturday 24 December (Christmas Eve): 9am to 1pm\n\nSunday 25 "
     "December to Tuesday 27 December: closed", dt.date(2095, 12, 1), "1pm", "TIME",
     "2095-12-24T13:00"),
    ("Saturday: 9am to 1pm\nSunday: closed", dt.date(2095, 12, 1), "1pm", "TIME",
     "2095-12-03T13:00"),
    # a clock told after a midnight is of the day the midnight began (set BL)
    ("Montana-Dakota Utilities said 6,000 customers were without power Tuesday morning, down "
     "from 11,000 at midnight. Bismarck's airport reopened at 4 p.m. CST.",
     dt.date(1995, 3, 7), "4 p.m. CST", "TIME", "1995-03-07T16:00"),
    ("The council voted 5-4 shortly before midnight Wednesday to approve the budget. The vote "
     "came at 11:42 p.m.", dt.date(2025, 6, 12), "11:42 p.m.", "TIME", "2025-06-11T23:42"),
    # a comparison's verb after the date ("as it has every year") tells no tense (set BL)
    ("The team leaves for its training camp in Okinawa in February, as it has every year "
     "since 2028.", dt.date(2052, 10, 27), "February", "DATE", "2053-02"),
    # stamps in figures a day apart one way and a month the other are day first (review
    # set 63: a newsroom system's "Created" and "Modified")
    ("Writer: kwalsh   Created: 11/02/2048 21:14   Modified: 12/02/2048 06:48",
     dt.date(2048, 2, 12), "12/02/2048 06:48", "TIME", "2048-02-12T06:48"),
    # "3 o'clock yesterday afternoon" is yesterday's ("afternoon" holds no "noon"), and a
    # small hour "tonight" is after midnight (review set 63)
    ("Police closed the highway at 3 o'clock yesterday afternoon.", dt.date(2048, 2, 12),
     "3 o'clock yesterday afternoon", "TIME", "2048-02-11T15:00"),
    ("Reminder for newcomers: daylight saving starts at 2am tonight.", dt.date(2070, 10, 4),
     "2am tonight", "TIME", "2070-10-05T02:00"),
    ("Reminder for newcomers: daylight saving starts at 2am tonight, and on Lord Howe we only "
     "go forward HALF an hour, to 2.30am.", dt.date(2070, 10, 4), "2.30am", "TIME",
     "2070-10-05T02:30"),
    # "that day" after a day told and a half-year named since: the day (set BL)
    ("Its U.S. rival said on Monday that customers had delayed orders for the second half "
     "of 2039. Dommel shares fell 5 percent that day and another 2 percent yesterday.",
     dt.date(2038, 10, 14), "that day", "DATE", "2038-10-11"),
    # a past "overnight" after a clock of the paper's own day is the night before it (set BL)
    ("Titlagarh was again the hottest place, recording 47.4 degrees Celsius at 2.30 pm (0900 "
     "GMT), the Meteorological Centre here said. Five of the deaths were reported overnight "
     "from Bolangir.", dt.date(2016, 5, 14), "overnight", "TIME", "2016-05-13TNI"),
    # a year before "to" a rate is a year, not a range of numbers (set BK)
    ("Earlier this month it raised its growth forecast for 2004 to 5.5 percent.",
     dt.date(2003, 11, 14), "2004", "DATE", "2004"),
    # a quotation introduced as said last night or yesterday: its "tomorrow" and "today"
    # count from that day (set L)
    ("Fiona Hale, Westway's managing director, said last night: \"We have met the union 11 "
     "times. We are ready to go back into talks tomorrow morning.\"", dt.date(2017, 10, 3),
     "tomorrow morning", "TIME", "2017-10-03TMO"),
    ("She told reporters yesterday, \"Today was the hardest day.\"", dt.date(2017, 10, 3),
     "Today", "DATE", "2017-10-02"),
    ("She said: \"We are ready to go back into talks tomorrow.\"", dt.date(2017, 10, 3),
     "tomorrow", "DATE", "2017-10-04"),
    # a quotation's "today" in a day-after report: the lead's day, when the saying has no
    # other day and the last day told is not the paper's (sets H, I, K)
    ("Hollis won Sunday's election. Varga conceded at 11:45 p.m. Sunday. \"Tonight the "
     "voters asked for change,\" he said.", dt.date(2024, 11, 25), "Tonight", "TIME",
     "2024-11-24TNI"),
    ("Talks broke down Friday. \"We came here with a fair offer, and today they walked away "
     "from it,\" the minister said Friday evening.", dt.date(2001, 3, 31), "today", "DATE",
     "2001-03-30"),
    ("The river burst its banks on Sunday. The council said on Monday that work would start "
     "in the spring. \"Today I'm throwing out my furniture,\" said a shopkeeper.",
     dt.date(2020, 2, 17), "Today", "DATE", "2020-02-17"),
    ("Talks broke down Friday. \"Today we rest,\" the coach said on Saturday.",
     dt.date(2001, 3, 31), "Today", "DATE", "2001-03-31"),
    # "that night" after a day and a month that holds it: that day's night
    ("The meeting was called for 4 p.m. on June 12. Insurance would end at the end of the "
     "month. Late that night, the company filed for Chapter 7.", dt.date(2026, 6, 16),
     "Late that night", "TIME", "2026-06-12TNI"),
    # the day after an approximate clock time is the date's, not the clock's hour
    ("Four people died when the crowd surged at about 10.35pm on Saturday 23 August.",
     dt.date(2026, 2, 10), "about 10.35pm", "TIME", "2025-08-23T22:35"),
    # "shortly after midnight" is the next day's first hour ("just before midnight" stays)
    ("The bus left the road at 10.20pm on Friday. Shortly after midnight, a rescue team "
     "reached the spot.", dt.date(2026, 10, 17), "midnight", "TIME", "2026-10-17T00:00"),
    # ... and told in the past on the paper's day with no evening before it, the paper's
    # first hour (fresh set AV: ACAN on New Year's Day 2001; it was the next day's)
    ("The first withdrawals came shortly after midnight, as families walked home.",
     dt.date(2001, 1, 1), "midnight", "TIME", "2001-01-01T00:00"),
    # minutes past midnight after an evening are the next day's small hours (review set
    # 91 f: "On New Year's Eve in 2049 ... At twenty past midnight, the hauling cable
    # jumped" made "midnight" of 31 December and left "twenty past" in the headline);
    # minutes to midnight stay that day's, and past or to noon are around 12:00
    ("On New Year's Eve in 2049 the ascensor ran without a break. At twenty past midnight, "
     "the cable jumped.", dt.date(2091, 7, 14), "twenty past midnight", "TIME",
     "2050-01-01T00:20"),
    ("The party began on Friday evening. At a quarter to midnight the police came.",
     dt.date(2091, 7, 14), "a quarter to midnight", "TIME", "2091-07-13T23:45"),
    ("They met at ten past noon on Tuesday.", dt.date(2091, 7, 14), "ten past noon", "TIME",
     "2091-07-10T12:10"),
    ("The talks ended at five to noon.", dt.date(2091, 7, 14), "five to noon", "TIME",
     "2091-07-14T11:55"),
    ("In January sunrise comes close to noon.", dt.date(2044, 1, 10), "close to noon", "TIME",
     "2044-01-XXT12:00"),
    # the code review: a day written beside the clock keeps it; no paper: a clock of no day;
    # "from ten to noon" a span's ends
    ("The crash happened at twenty past midnight on Wednesday, July 11, police said.",
     dt.date(2091, 7, 14), "twenty past midnight", "TIME", "2091-07-11T00:20"),
    ("They left at twenty past midnight.", None, "twenty past midnight", "TIME",
     "XXXX-XX-XXT00:20"),
    ("The market is open from ten to noon on Saturdays.", dt.date(2091, 7, 14), "noon", "TIME",
     "XXXX-XX-XXT12:00"),
    # "next Tuesday and Wednesday": next Wednesday too
    ("The union planned walkouts for next Tuesday and Wednesday.", dt.date(2027, 3, 10),
     "Wednesday", "DATE", "2027-03-17"),
    # a clock time of a habit has no day ("at 2 a.m. most nights"; not the birth date)
    ("She was born on May 3, 1989. A year ago she was still editing at 2 a.m. most nights.",
     dt.date(2027, 9, 9), "2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
    # ... and a habit in the next clause is not the clock time's (fresh set AG: a cyclone's
    # rain "in the 24 hours to 06:00 on Friday, more than the town usually receives")
    ("Sur recorded 312 mm of rain in the 24 hours to 06:00 on Friday, more than the town "
     "usually receives in three years.", dt.date(2027, 6, 5), "06:00", "TIME",
     "2027-06-04T06:00"),
    # "June 27 of that year" is one date, and the sentence's year goes on to "Aug. 8"
    ("The pandas arrived in February 2024. They landed on June 27 of that year and made "
     "their public debut on Aug. 8.", dt.date(2028, 8, 18), "Aug. 8", "DATE", "2024-08-08"),
    ("The pandas arrived in February 2024. They landed on June 27 of that year.",
     dt.date(2028, 8, 18), "June 27 of that year", "DATE", "2024-06-27"),
    # a bound "until" a year-less day after what it bounds: the next one
    ("Police said yesterday that they had arrested a man. He was released on bail last night "
     "until 12 January.", dt.date(2027, 10, 15), "12 January", "DATE", "2028-01-12"),
    # "this morning" is a day told: a clock time after it is the paper's, not Tuesday's
    ("The walkout is due to end at 7am next Monday. The health secretary said on Tuesday that "
     "the demand was unaffordable. Dr Kaneshiro told a rally this morning that they were "
     "still waiting. A hospital declared a critical incident at 2.15pm.", dt.date(2026, 3, 4),
     "2.15pm", "TIME", "2026-03-04T14:15"),
    # a bare clock time after an older day told in passing: the clock time told before's day
    ("The blast happened shortly before 6.50pm on Wednesday. The engineer fitted a new boiler "
     "on 6 October. Police have not said whether the work is connected. The first 999 call "
     "was made at 6.48pm.", dt.date(2027, 10, 15), "6.48pm", "TIME", "2027-10-13T18:48"),
    # a trailing attribution's day is no day of what the story goes on to tell
    ("Two skiers died after an avalanche swept over a group on Tuesday, police said at a "
     "press conference in Sion on Thursday morning. The avalanche broke away at 11.48am.",
     dt.date(2026, 2, 12), "11.48am", "TIME", "2026-02-10T11:48"),
    # (not a clock time written with its own day: "arrived at 5am on Saturday")
    ("The first flights left at 6pm on Saturday. The last plane arrived at 5am on Saturday.",
     dt.date(2027, 12, 20), "5am", "TIME", "2027-12-18T05:00"),
    # ... and after an afternoon (set J: "a meeting that began Wednesday afternoon and did
    # not break up until 3:40 a.m.")
    ("PAGASA raised a gale warning on Friday afternoon. A fisherman said he heard screaming "
     "at around 3 a.m.", dt.date(2025, 11, 3), "around 3 a.m.", "TIME", "2025-11-01T03:00"),
    ("The talks began Wednesday afternoon and did not break up until 3:40 a.m.",
     dt.date(1998, 6, 25), "3:40 a.m.", "TIME", "1998-06-25T03:40"),
    ("The vote was held at 11:20 p.m. on Thursday. At 10 a.m. the result was announced.",
     dt.date(2025, 11, 3), "10 a.m.", "TIME", "2025-10-30T10:00"),
    # a bare clock time on the paper's day (a quotation's "at 3am") is no story day
    ("She lost the crown in March 2017, a defeat she still calls \"the one I replay at "
     "3am\". Her father died the following year.", dt.date(2027, 4, 21), "the following year",
     "DATE", "2018"),
    # "the past decade" is the ten years up to now, as the gold data write it
    ("The population has grown 14 percent over the past decade.", dt.date(2021, 11, 3),
     "the past decade", "DURATION", "P10Y"),
    # next year's edition, told ahead: its days are next year's
    ("He said the 2025 festival would run from Sept. 4 to Sept. 13.", dt.date(2024, 9, 15),
     "Sept. 4", "DATE", "2025-09-04"),
    # the first morning of a strike is no day the text writes
    ("On the first morning of the strike, staff gathered at the main gate from 7.30am.",
     dt.date(2026, 3, 18), "7.30am", "TIME", "XXXX-XX-XXT07:30"),
    # a "since" day is no lead's news day
    ("Three people have died since Thursday, officials said on Tuesday. The water must be "
     "boiled until July 12. Women queued as a tanker arrived at 4 pm.", dt.date(2027, 7, 6),
     "4 pm", "TIME", "2027-07-06T16:00"),
    # a bare clock time just after a day of long ago told in the sentence before: that day
    ("In the early hours of Nov. 15, 2019, two men climbed scaffolding that had been put up "
     "that spring and cut through a skylight. An alarm sounded at 3:12 a.m.",
     dt.date(2027, 6, 3), "3:12 a.m.", "TIME", "2019-11-15T03:12"),
    # fresh set M: holidays with their year or of other countries, by name
    ("He said the companies hoped to offer 500 channels by Christmas 2002.",
     dt.date(2001, 12, 12), "Christmas 2002", "DATE", "2002-12-25"),
    ("Filers have until Wednesday because of Patriots' Day, a state holiday, and "
     "Emancipation Day, which is observed in the District of Columbia on Tuesday.",
     dt.date(2019, 4, 15), "Emancipation Day", "DATE", "2019-04-16"),
    ("Filers have until Wednesday because of Patriots' Day, a state holiday.",
     dt.date(2019, 4, 15), "Patriots' Day", "DATE", "2019-04-15"),
    ("On the August bank holiday Monday in 2023, a fault led to 1,500 cancellations.",
     dt.date(2027, 12, 22), "the August bank holiday Monday in 2023", "DATE", "2023-08-28"),
    ("He was injured on Boxing Day.", dt.date(2026, 3, 2), "Boxing Day", "DATE", "2025-12-26"),
    # fresh set BM: a day counted from today or tomorrow (not a rate or habit from then)
    ("It will hold its last sitting on May 26, a week from today.",
     dt.date(2048, 5, 19), "a week from today", "DATE", "2048-05-26"),
    ("The vote is two weeks from tomorrow.",
     dt.date(2048, 5, 19), "two weeks from tomorrow", "DATE", "2048-06-03"),
    ("Trains will slow to 30 kilometres an hour from tomorrow.",
     dt.date(2048, 5, 19), "tomorrow", "DATE", "2048-05-20"),
    # a span ahead: ten years from now
    ("The budget also sets aside 2.4 billion crowns over the next decade for flood defences.",
     dt.date(2027, 3, 3), "the next decade", "DURATION", "P10Y"),
    # tense: a participle after the date's noun; a timetable's present; a deadline set
    # for those told; a condition's present
    ("The ministry will begin a two-week vaccination campaign on Monday aimed at 600,000 "
     "children under 15.", dt.date(2006, 3, 23), "Monday", "DATE", "2006-03-27"),
    ("The stock exchange in Portavera, closed for the weekend, reopens on Monday.",
     dt.date(2012, 2, 25), "Monday", "DATE", "2012-02-27"),
    ("Authorities ordered the residents of three villages to leave by 6 p.m. on Wednesday.",
     dt.date(2023, 11, 14), "Wednesday", "DATE", "2023-11-15"),
    ("The agreement includes a $300 million breakup fee if either side walks away before "
     "June 30.", dt.date(2001, 12, 12), "June 30", "DATE", "2002-06-30"),
    ("About 11,400 people had been moved to shelters by Sunday evening, the agency said.",
     dt.date(2028, 2, 9), "Sunday evening", "TIME", "2028-02-06TEV"),
    # a morning after a night told before it: the next day's
    ("The boards approved the deal at separate meetings Tuesday night, and the deal was "
     "announced at 7:30 a.m., before the stock market opened.", dt.date(2001, 12, 12),
     "7:30 a.m.", "TIME", "2001-12-12T07:30"),
    # the decade to come, not that of a past year told just before
    ('"This is the deal we should have done five years ago," Kessler said. "By the end of '
     'the decade, satellite will be the main way rural America watches television."',
     dt.date(2001, 12, 12), "the end of the decade", "DATE", "200"),
    # fresh set AN: a season before "for"; a bare season after "the spring and"; a holiday
    # no calendar keeps by its name, apposed to its day; St Olaf's Day (Ólavsøka)
    ("We trained through the winter for this race.", dt.date(2047, 7, 29), "the winter",
     "DATE", "2046-WI"),
    ("Concerts and a regatta are planned for the spring and summer.", dt.date(1997, 1, 9),
     "summer", "DATE", "1997-SU"),
    ("The high point will come on Nov. 19, National Day, when heads of state visit.",
     dt.date(1997, 1, 9), "National Day", "DATE", "1997-11-19"),
    ("Vestmanna won the last race as Ólavsøka, the national holiday, got under way.",
     dt.date(2047, 7, 29), "Ólavsøka", "DATE", "2047-07-29"),
    ("Tomorrow is St Olaf's Day.", dt.date(2039, 7, 28), "St Olaf's Day", "DATE", "2039-07-29"),
    # a bare clock of what will be, after a day far ahead was told last: the lead's day
    # ahead (fresh set AE05)
    ("Escazú will hold its oxcart parade on Sunday, March 12, officials said yesterday. "
     "Owners who register before April 30 will receive a plate. A priest will bless the "
     "animals outside the church at 8 a.m.", dt.date(2028, 3, 8), "8 a.m.", "TIME",
     "2028-03-12T08:00"),
    # review set 44: a subject named by its year gives a year-less day of its sentence
    ("The 2028 edition ended on 27 February, a day early.", dt.date(2032, 3, 1),
     "27 February", "DATE", "2028-02-27"),
    # review set 44: a bare clock after "Tonight" in its sentence is the evening's
    ("Tonight, when the finals start on the harbour at seven o'clock, his grandson will row.",
     dt.date(2039, 7, 28), "seven o'clock", "TIME", "2039-07-28T19:00"),
    ("The shop opens at seven o'clock.", dt.date(2039, 7, 28), "seven o'clock", "TIME",
     "2039-07-28T07:00"),
    # review set 44's second judgement: that evening's day, not the day told before it;
    # a festival's race of any year is no day
    ("Tomorrow is St Olaf's Day. Tonight, when the finals start in the harbour at seven "
     "o'clock, his grandson will row.", dt.date(2039, 7, 28), "seven o'clock", "TIME",
     "2039-07-28T19:00"),
    # review set 44: how many years ago a day was from the paper's yesterday or today
    ("Havhestur was launched fifty years ago yesterday.", dt.date(2039, 7, 28),
     "fifty years ago yesterday", "DATE", "1989-07-27"),
    ("The bridge opened forty years ago today.", dt.date(2039, 7, 28),
     "forty years ago today", "DATE", "1999-07-28"),
    # review set 44: a quarter of other months than the calendar's, named by its months
    ("Revenue for the December-to-February quarter rose 11 per cent.", dt.date(2040, 4, 11),
     "the December-to-February quarter", "DATE", "2040-Q1"),
    ("Deliveries rose from 5.9 million litres in the September to November quarter.",
     dt.date(2040, 4, 11), "the September to November quarter", "DATE", "2039-Q4"),
    # a bar ahead with an adverb before "before": "not to return home before the weekend"
    ("The government has asked people in the worst-hit areas not to return home before the "
     "weekend.", dt.date(2044, 8, 30), "the weekend", "DATE", "2044-W35-WE"),
    # a clock time in the sentence of the paper's "Today" is today's, after a lead of the
    # day before
    ("The crew won the final on Sunday evening.\n\nToday, the main day of the festival, "
     "thousands in national dress followed the members of the Løgting, the islands' "
     "parliament, in a procession from the cathedral, and the new parliamentary session "
     "opened at 11:30.", dt.date(2047, 7, 29), "11:30", "TIME", "2047-07-29T11:30"),
    # the next decade of a plan counts from the paper, of a past from the year told before
    ("Oil was first struck at Seria in 1929. The government has said it wants the "
     "non-energy economy to double its share of output by the middle of the next decade.",
     dt.date(2033, 5, 17), "the middle of the next decade", "DATE", "204"),
    ("Oil was first struck in 1929. The ministry wants to double output in the next decade.",
     dt.date(2033, 5, 17), "the next decade", "DATE", "204"),
    ("Oil was first struck in 1929. Output grew tenfold in the next decade.",
     dt.date(2033, 5, 17), "the next decade", "DATE", "193"),
    # review set 22: a country's own holidays, by the country its head names; a holiday
    # apposed to a day is the one near it; a court's neutral citation is no year
    ("India News | Odisha\n\nOn Independence Day the children tied flags to the railing.",
     dt.date(2026, 8, 25), "Independence Day", "DATE", "2026-08-15"),
    # a head in capitals names its country too ("NEWS | WESTERN CAPE")
    ("NEWS | WESTERN CAPE\n\nOn Heritage Day the children wore their grandparents' clothes.",
     dt.date(2026, 10, 2), "Heritage Day", "DATE", "2026-09-24"),
    ("Toronto\n\nShe was fired on Oct. 15, 2024 — the day after Thanksgiving — at 8:30 a.m.",
     dt.date(2027, 1, 13), "the day after Thanksgiving", "DATE", "2024-10-15"),
    ("Toronto\n\nShe was fired on Oct. 15, 2024 — the day after Thanksgiving — at 8:30 a.m.",
     dt.date(2027, 1, 13), "8:30 a.m.", "TIME", "2024-10-15T08:30"),
    ("Features | Scotland\n\nOn Monday, while the rest of Scotland had its summer bank "
     "holiday, he sailed.", dt.date(2027, 8, 5), "its summer bank holiday", "DATE", "2027-08-02"),
    ("The ruling, cited as 2027 ONSC 318, came in 2026.", dt.date(2027, 1, 13), "2026", "DATE",
     "2026"),
    # review set 23: another zone's day in parentheses is no day of the times after it
    ("The volcano erupted at 6:15 a.m. local time on Sunday (22:15 UTC on Saturday). At "
     "7:02 a.m., a lahar buried homes.", dt.date(2027, 12, 21), "7:02 a.m.", "TIME",
     "2027-12-19T07:02"),
    # a clock time on a named day its rule does not read: that day
    ("At midnight on Hogmanay 1999 he sounded the ship's horn.", dt.date(2027, 8, 5),
     "midnight", "TIME", "1999-12-31T24:00"),
    # review set 31: a relative clause's "the previous day" is the day before its main
    # clause's day, told after it (not a month told in the sentence before)
    ("The fish were due to be harvested in January. The Met Office, which had issued an "
     "amber warning the previous day, said gusts were recorded at about 11pm on Friday.",
     dt.date(2026, 11, 30), "the previous day", "DATE", "2026-11-26"),
    # fresh set CR: a passive plan after "could be" is ahead of its saying ("said on
    # Wednesday that a text could be signed as early as Sunday"); a fiscal quarter under
    # way as the subject of a present verb is this one ("said the fourth quarter is
    # usually its strongest"); a season as a start, "from the autumn", told in March (in
    # the past, the one gone: below)
    ("The talks resumed on Monday. An OAU official said on Wednesday that a text could be "
     "signed as early as Sunday.", dt.date(2000, 6, 16), "Sunday", "DATE", "2000-06-18"),
    ("The company's fiscal year ends Oct. 31. Tinkham said the fourth quarter is usually its "
     "strongest.", dt.date(1989, 8, 29), "the fourth quarter", "DATE", "1989-Q4"),
    ("The shorter week applies at most big employers from the autumn.", dt.date(1990, 3, 10),
     "the autumn", "DATE", "1990-FA"),
    # review set 86 f: a year-less day after its month with the year written in its
    # sentence, though that month is a thing's of long ago named in passing (not after
    # another time told between: "The previous record was 19 April 2020, and last year the
    # ice did not go out until 24 April")
    ("She was eight when the revolution of December 1989 reached the city, and she later "
     "recalled her father coming home on the evening of 21 December.", dt.date(2064, 1, 17),
     "the evening of 21 December", "TIME", "1989-12-21TEV"),
    ("The previous record was 19 April 2020, and last year the ice did not go out until 24 "
     "April.", dt.date(2033, 4, 6), "24 April", "DATE", "2032-04-24"),
    # review set 87 e: a relative clause's past verb, closed before the main verb, is not
    # the tense of a day after it ("Rourke, who won $3.4 million, moves ... from Sept.
    # 26-29", told in July: this September); an edition's year named well before its day
    ("Rourke, who won $3.4 million, moves to No. 4 in the world ranking and all but secures "
     "a place on the U.S. team for the Presidents Cup at Kingston Heath, Melbourne, from "
     "Sept. 26-29.", dt.date(2086, 7, 21), "Sept. 26-29", "DATE", "2086-09-26"),
    ("The 2087 Open will be played at Royal Portrush in Northern Ireland from July 17-20.",
     dt.date(2086, 7, 21), "July 17-20", "DATE", "2087-07-17"),
    ("The new government must table the 2036 budget before parliament's second ordinary "
     "session ends on 30 November.", dt.date(2035, 8, 10), "30 November", "DATE",
     "2035-11-30"),
    ("The opposition ended its sit-in outside the government offices in central Beirut, "
     "which had lasted nearly 18 months, on Wednesday.", dt.date(2008, 5, 25), "Wednesday",
     "DATE", "2008-05-21"),
    # review set 87 c: the day a time is counted from, told after the sentence's own day,
    # is no day the story goes on in (not after the paper's "today": fresh set CE)
    ("Rescue divers reached the last survivor at 3:20 p.m. on Friday, 73 hours after water "
     "from abandoned workings burst into a gallery 340 metres underground on Tuesday "
     "afternoon. He had climbed onto a ledge. Özkan's body was found in the gallery below "
     "him at 7:05 p.m. the same day.", dt.date(2078, 10, 22), "7:05 p.m.", "TIME",
     "2078-10-21T19:05"),
    ("Hekla was still spewing lava and ash today, two days after it erupted with almost no "
     "warning on Thursday evening, scientists said.\n\nThe eruption began at about 17:00 "
     "local time.", dt.date(1991, 1, 19), "about 17:00 local time", "TIME",
     "1991-01-17T17:00"),
    # fresh set CS: a bare clock after the paper's day, told without its part, is the day
    # just told with a part that holds it ("said on Saturday ..., where a fire that started
    # on Wednesday morning burned ...\n\n... The blaze began ... at about 10.55am"); not a
    # saying's clock, nor after another day told since (review sets 58, 85)
    ("French firemen said on Saturday that they had begun to recover bodies from the "
     "tunnel, where a fire that started on Wednesday morning burned for more than two days."
     "\n\nAt least 35 people are feared dead. The blaze began in a Belgian lorry at about "
     "10.55am.", dt.date(1999, 3, 27), "about 10.55am", "TIME", "1999-03-24T10:55"),
    ("Officials said on Saturday that a fire started on Wednesday morning. The commissioner "
     "told reporters at 11 a.m. that the fire was out.", dt.date(1999, 3, 27), "11 a.m.",
     "TIME", "1999-03-27T11:00"),
    ("Officials said on Saturday that the soldiers who arrived on Wednesday morning will stay "
     "until Tuesday.\n\nThe roads reopened at noon.", dt.date(1999, 3, 27), "noon", "TIME",
     "1999-03-27T12:00"),
    # fresh set CS: an ambiguous numeric date one reading of which is the paper's own day
    ("Mayotte la 1ère\nSociety - Published 09/11/2092 at 18h40", dt.date(2092, 11, 9),
     "09/11/2092", "DATE", "2092-11-09"),
    ("Posted 09/11/2092", dt.date(2092, 9, 11), "09/11/2092", "DATE", "2092-09-11"),
    # fresh set CS: a day a that-clause opens with "from" takes the clause's tense (not
    # the saying's), and a weekday apposed to "the <holiday>" is the holiday's day
    ("The prefecture announced that from Tuesday households will receive tap water.",
     dt.date(2092, 11, 9), "Tuesday", "DATE", "2092-11-11"),
    ("The prefecture announced this evening that from Tuesday, the Armistice Day holiday, "
     "households in the centre will receive tap water only one day in two.",
     dt.date(2092, 11, 9), "Tuesday", "DATE", "2092-11-11"),
    # fresh set CS: "that Saturday" is a Saturday written before it (12 August), with its
    # clock times, not the Saturday of the last day told's week
    ("The Kursk sank during exercises on Aug. 12. The navy first announced the accident two "
     "days later. Divers opened the hatch at about 1 p.m. Monday. Officials said that two "
     "explosions were recorded that Saturday, the first at 11:28 a.m.", dt.date(2000, 8, 22),
     "that Saturday", "DATE", "2000-08-12"),
    ("The Kursk sank during exercises on Aug. 12. Divers opened the hatch at about 1 p.m. "
     "Monday. Officials said that two explosions were recorded that Saturday, the first at "
     "11:28 a.m.", dt.date(2000, 8, 22), "11:28 a.m.", "TIME", "2000-08-12T11:28"),
    # fresh set W: "could be" before a figure is a forecast, ahead ("warned that the
    # harvest in February and March could be 20% smaller", told in September)
    ("The cooperative warned that the harvest in February and March could be 20% smaller "
     "in the worst-hit areas.", dt.date(2026, 9, 21), "March", "DATE", "2027-03"),
    # the session's code review: today's rules, where they should not fire (a month-year
    # before a day ahead; a page that writes its figures month first; "by that Wednesday"
    # in the week told; a counted-from clause past "and"; an edition's year across "and";
    # "from the autumn" in the past; a clock across a paragraph that starts nothing)
    ("The plan, first floated in March 2019, will be put to a vote on 12 March.",
     dt.date(2024, 2, 20), "12 March", "DATE", "2024-03-12"),
    ("Posted 09/11/2031\n\nVoters signed the petition on 06/14/2031. Ballots must be "
     "returned by 11/09/2031.", dt.date(2031, 9, 11), "11/09/2031", "DATE", "2031-11-09"),
    ("The talks opened on Wednesday, Feb. 17. The second round opened on Monday, Feb. 22, "
     "and by that Wednesday the sides had agreed.", dt.date(2021, 3, 10), "that Wednesday",
     "DATE", "2021-02-24"),
    ("Rescuers reached the first miner at 3 p.m. on Friday, 73 hours after the roof fell in "
     "and the last of them was brought to the surface on Saturday morning. One of them died "
     "at 9 p.m. the same day.", dt.date(2022, 10, 24), "9 p.m.", "TIME", "2022-10-22T21:00"),
    ("The 2036 Games will cost more, and the minister will brief MPs on the budget on July "
     "17.", dt.date(2035, 6, 1), "July 17", "DATE", "2035-07-17"),
    ("Prices fell steadily from the autumn, the agency said.", dt.date(2024, 3, 12),
     "the autumn", "DATE", "2023-FA"),
    ("French firemen said on Saturday that they had begun to recover bodies from the tunnel, "
     "where a fire that started on Wednesday morning burned for more than two days.\n\nThe "
     "first bodies were brought out at about 11am.", dt.date(1999, 3, 27), "about 11am",
     "TIME", "1999-03-27T11:00"),
    # review set 86 e: so is a fronted perfect participle's, before the day of its main
    # clause (not the day before the paper's)
    ("He won on Friday. Having topped both practice sessions the previous day, he took "
     "pole on Saturday morning.", dt.date(2062, 8, 20), "the previous day", "DATE",
     "2062-08-18"),
    # review set 32: a clock time before "the next day" is on that day
    ("He set off on Sept. 27. His wife called State Police at about 8 p.m. the next day.",
     dt.date(2028, 10, 3), "about 8 p.m. the next day", "TIME", "2028-09-28T20:00"),
    # review set 32: "the next day" moves the story's day on ("... that night": its night)
    ("He set off on Sept. 27. His wife called State Police the next day. Rangers found his "
     "rental car at the trailhead that night.", dt.date(2028, 10, 3), "that night", "TIME",
     "2028-09-28TNI"),
    # review set 32: a stoppage called "across the port for Wednesday" is one to come
    ("The union called a 24-hour stoppage across the port for Wednesday.",
     dt.date(2027, 6, 14), "Wednesday", "DATE", "2027-06-16"),
    # fresh set W: holidays of Kenya, Brazil, Singapore and the UK's May bank holiday; "a
    # day before" a holiday is a duration and the holiday (not "day before Mashujaa Day")
    ("Police were called on Wednesday, a day before Mashujaa Day.", dt.date(2016, 10, 24),
     "Mashujaa Day", "DATE", "2016-10-20"),
    ("The theft cast a shadow over the city's Tiradentes Day celebrations.",
     dt.date(2033, 4, 22), "Tiradentes Day", "DATE", "2033-04-21"),
    ("SINGAPORE - The farm will go on show before National Day.", dt.date(2019, 7, 27),
     "National Day", "DATE", "2019-08-09"),
    ("Roads were busy ahead of the May bank holiday.", dt.date(2024, 5, 7),
     "the May bank holiday", "DATE", "2024-05-06"),
    # fresh set Y: King's Day (the Netherlands), Merdeka Day (Malaysia), All Saints' Day,
    # Bonifacio Day (the Philippines), Totensonntag (Germany), and Norway's Constitution Day
    # (by the story's country)
    ("AMSTERDAM - The racks will be cleared before King's Day.", dt.date(2023, 4, 17),
     "King's Day", "DATE", "2023-04-27"),
    ("Growers hope prices will recover before Merdeka Day.", dt.date(2025, 7, 10),
     "Merdeka Day", "DATE", "2025-08-31"),
    ("Families headed home for All Saints' Day.", dt.date(2031, 11, 9),
     "All Saints' Day", "DATE", "2031-11-01"),
    ("Groups plan a larger rally on Bonifacio Day.", dt.date(2031, 11, 9),
     "Bonifacio Day", "DATE", "2031-11-30"),
    ("Markets in Saxony may not open before Totensonntag.", dt.date(2028, 11, 21),
     "Totensonntag", "DATE", "2028-11-26"),
    ("OSLO - Bands will march through the tunnel on Constitution Day.", dt.date(2037, 5, 11),
     "Constitution Day", "DATE", "2037-05-17"),
    # fresh set Z: May Day, Pakistan's Kashmir Solidarity Day and Pakistan Day, Hong Kong's
    # Establishment Day, and Argentina's Independence Day (by the story's country)
    ("The harbour café will open for May Day.", dt.date(2033, 4, 20), "May Day", "DATE",
     "2033-05-01"),
    ("LAHORE: Flags were flown illegally on Kashmir Solidarity Day.", dt.date(2022, 2, 18),
     "Kashmir Solidarity Day", "DATE", "2022-02-05"),
    ("LAHORE: A smaller festival will be held on Pakistan Day.", dt.date(2022, 2, 18),
     "Pakistan Day", "DATE", "2022-03-23"),
    ("A meeting at Sha Tin on Establishment Day drew 52,000 people.", dt.date(2026, 7, 16),
     "Establishment Day", "DATE", "2026-07-01"),
    ("BUENOS AIRES - The couple qualified at the Rosario heats on Independence Day.",
     dt.date(2030, 8, 31), "Independence Day", "DATE", "2030-07-09"),
    ("SANTIAGO, Chile - Shops will close on Independence Day.", dt.date(2030, 8, 31),
     "Independence Day", "DATE", "2030-09-18"),
    # fresh set AB: holidays of Bangladesh, Vietnam, Estonia, Cyprus (the Orthodox Easter),
    # Zambia and Croatia; a 24-hour clock's "hours"
    ("No kiln will be burning by International Mother Language Day.", dt.date(2022, 1, 12),
     "International Mother Language Day", "DATE", "2022-02-21"),
    ("DHAKA - The smog was so thick on Victory Day that the fly-past was delayed.",
     dt.date(2022, 1, 12), "Victory Day", "DATE", "2021-12-16"),
    ("HANOI - It expects 1.2 million visitors for Reunification Day.", dt.date(2026, 4, 20),
     "Reunification Day", "DATE", "2026-04-30"),
    ("HANOI - It expects visitors for International Labor Day.", dt.date(2026, 4, 20),
     "International Labor Day", "DATE", "2026-05-01"),
    ("TALLINN - Bonfires were lit after the Victory Day parade.", dt.date(2029, 6, 25),
     "Victory Day", "DATE", "2029-06-23"),
    ("This year the final fell on St John's Day.", dt.date(2029, 6, 25), "St John's Day",
     "DATE", "2029-06-24"),
    ("NICOSIA - Sales are expected to pick up before Easter.", dt.date(2032, 3, 18), "Easter",
     "DATE", "2032-05-02"),
    ("NICOSIA - Farmers plan a protest after Greek Independence Day.", dt.date(2032, 3, 18),
     "Greek Independence Day", "DATE", "2032-03-25"),
    ("LUSAKA - Paddlers have rehearsed every morning since Youth Day.", dt.date(2035, 4, 2),
     "Youth Day", "DATE", "2035-03-12"),
    ("DUBROVNIK - The mayor announced the plan on St Blaise's Day.", dt.date(2038, 2, 8),
     "St Blaise's Day", "DATE", "2038-02-03"),
    ("DUBROVNIK - The gates should be automatic by Statehood Day.", dt.date(2038, 2, 8),
     "Statehood Day", "DATE", "2038-05-30"),
    ("Traffic will be restricted from 14:00 hours on Friday.", dt.date(2035, 4, 2),
     "14:00 hours", "TIME", "2035-04-06T14:00"),
    # fresh set AA: National Day of Taiwan and of the UAE, Malta's Freedom Day, Iceland's
    # Commerce Day (August's first Monday), St Wenceslas Day
    ("TAIPEI - The ministry will report on the drills before National Day.",
     dt.date(2019, 7, 24), "National Day", "DATE", "2019-10-10"),
    ("Dubai: The aircraft should fly its first mission before National Day.",
     dt.date(2030, 6, 20), "National Day", "DATE", "2030-12-02"),
    ("VALLETTA - The Prime Minister promised on Freedom Day that the season would go ahead.",
     dt.date(2026, 5, 2), "Freedom Day", "DATE", "2026-03-31"),
    ("REYKJAVIK - The music festival ended on Commerce Day.", dt.date(2023, 8, 20),
     "Commerce Day", "DATE", "2023-08-07"),
    ("The fishermen's guild blessed the nets on St Wenceslas Day.", dt.date(2039, 10, 19),
     "St Wenceslas Day", "DATE", "2039-09-28"),
    # fresh set AA: a clock of what was said is not on a day ahead in its sentence, nor on
    # a day in a quotation closed before it; a clock to come after "tomorrow afternoon"
    # is tomorrow's, though "said yesterday" came between
    ("The sale will run from April 2 until the end of June, federation president Gilles "
     "Lavoie told a news conference at 10 a.m. EST.", dt.date(2002, 3, 19), "10 a.m. EST",
     "TIME", "2002-03-19T10:00"),
    ('"I saw my first smoke from this tower on July 4, 1976," Mrs. Lund said as she handed '
     "the key to a ranger at 2:15 p.m.", dt.date(2014, 9, 26), "2:15 p.m.", "TIME",
     "2014-09-26T14:15"),
    ("Motorists must pull over for 30 minutes tomorrow afternoon during the drill, the "
     "ministry said yesterday. Sirens will sound in Taipei at 1:30pm.", dt.date(2019, 7, 24),
     "1:30pm", "TIME", "2019-07-25T13:30"),
    # fresh set X: Korea's Hangeul Day, Mexico's Day of the Dead, Uganda's and Kenya's
    # Heroes' Day and Ghana's National Farmers' Day (by the story's country)
    ("The market was closed on Hangeul Day, and prices jumped.", dt.date(2021, 10, 13),
     "Hangeul Day", "DATE", "2021-10-09"),
    ("The butterflies arrived in late October, just before the Day of the Dead.",
     dt.date(2028, 3, 13), "the Day of the Dead", "DATE", "2027-11-02"),
    ("KAMPALA, Uganda - Citizens will enter free on Heroes' Day.", dt.date(2036, 5, 21),
     "Heroes' Day", "DATE", "2036-06-09"),
    ("NAIROBI, Kenya - Citizens will enter free on Heroes' Day.", dt.date(2036, 5, 21),
     "Heroes' Day", "DATE", "2036-10-20"),
    ("ACCRA, Ghana - Farmers will be honoured on National Farmers' Day.",
     dt.date(2025, 11, 21), "National Farmers' Day", "DATE", "2025-12-05"),
    # fresh set U: South Africa's own days, in a South African story; "the eve of" a day
    ("Beekeepers in the Western Cape asked for funding three days before the Youth Day "
     "public holiday.", dt.date(2023, 6, 9), "Youth Day", "DATE", "2023-06-16"),
    ("In Durban, talks broke down on 23 September, the eve of Heritage Day.",
     dt.date(2025, 10, 6), "the eve of Heritage Day", "DATE", "2025-09-23"),
    # fresh set U: a month told in the clock's sentence takes no day of a sentence before
    ('The company will report its results on Feb. 21. "We had a dreadful September," Olin '
     "told analysts on a conference call at 8:30 a.m. EST.", dt.date(2001, 12, 13),
     "8:30 a.m. EST", "TIME", "2001-12-13T08:30"),
    # fresh set V: a rate per hour, bare weekends, an ordinal "a second", some day
    ("The tram will leave the depot twice an hour.", dt.date(2029, 5, 16), "twice an hour",
     "SET", "PT1H"),
    ("Shows will run every Friday evening and on weekends.", dt.date(2029, 5, 16), "weekends",
     "SET", "XXXX-WXX-WE"),
    ("The strike will continue for another day.", dt.date(2029, 5, 16), "another day",
     "DURATION", "P1D"),
    # fresh sets U and V: the same time in another zone between a clock and its day
    ("Kowalski heard the signal at 3:42 a.m. EST (0842 GMT) on Jan. 19.", dt.date(2011, 1, 29),
     "3:42 a.m. EST", "TIME", "2011-01-19T03:42"),
    ("The team left the village at 6 am (0400 GMT) on September 20.", dt.date(2006, 9, 27),
     "0400 GMT", "TIME", "2006-09-20T04:00"),
    # review set 21: a past cue after ", when," is another clause's
    ("The work will begin in September and should be finished before the clocks go back in "
     "October, when, for the first time since 1897, nobody will have to climb the tower.",
     dt.date(2027, 6, 7), "October", "DATE", "2027-10"),
    # fresh set AC: a trailing "said Sunday" is the saying's day, not what it tells
    ("Albania's army will start breaking up concrete bunkers on the beaches on Monday, the "
     "defence ministry said Sunday, in a bid to make the coast more attractive.",
     dt.date(2007, 3, 18), "Monday", "DATE", "2007-03-19"),
    # a wish's object and its participle look ahead ("wants the beaches cleared")
    ("It wants the first beaches cleared before Easter.", dt.date(2007, 3, 18), "Easter",
     "DATE", "2007-04-08"),
    ("By Kamuzu Day we want every farmer paid.", dt.date(2031, 3, 24), "Kamuzu Day", "DATE",
     "2031-05-14"),
    # a bar ahead ("told not to begin picking before Wednesday")
    ("Farmers have been told not to begin picking before Wednesday.", dt.date(2034, 10, 15),
     "Wednesday", "DATE", "2034-10-18"),
    # a month in the "when" clause of "last year"
    ("Output rose from 21,000 tonnes last year, when a heatwave in June damaged trees.",
     dt.date(2034, 10, 15), "June", "DATE", "2033-06"),
    # a quarter two or more back, told ahead, is next year's (not "will report third-quarter
    # results" in November)
    ("Kessler said it would book costs in the fourth quarter and that first-quarter sales "
     "could fall by up to 8 percent.", dt.date(2001, 11, 26), "first-quarter", "DATE",
     "2002-Q1"),
    ("The company will report third-quarter results on Friday.", dt.date(2001, 11, 26),
     "third-quarter", "DATE", "2001-Q3"),
    # a clock ahead is on the lead's day ahead, not on a day gone by
    ("Floors will open on Wednesday 2 April, two weeks later than planned. The opening had "
     "been set for 17 March. Sales will start at 7.30am at the Kanengo floors.",
     dt.date(2031, 3, 24), "7.30am", "TIME", "2031-04-02T07:30"),
    # days of a country its head names, and the United Nations' days
    ("LILONGWE — On Martyrs' Day, government promised that no grower would wait.",
     dt.date(2031, 3, 24), "Martyrs' Day", "DATE", "2031-03-03"),
    ("RIGA — The reopening had been planned for Lāčplēsis Day, before Proclamation Day.",
     dt.date(2039, 11, 16), "Proclamation Day", "DATE", "2039-11-18"),
    ("Slovenia\n\nThe work must be finished in time for the Statehood Day celebrations.",
     dt.date(2025, 10, 18), "Statehood Day", "DATE", "2026-06-25"),
    ("PHNOM PENH — The province hopes to be declared mine-free by Independence Day.",
     dt.date(2023, 4, 4), "Independence Day", "DATE", "2023-11-09"),
    ("The agency will mark International Mine Awareness Day with a ceremony.",
     dt.date(2023, 4, 4), "International Mine Awareness Day", "DATE", "2023-04-04"),
    ("Voters approved the change 212 to 131 on Town Meeting Day.", dt.date(2019, 3, 14),
     "Town Meeting Day", "DATE", "2019-03-05"),
    # a holiday three weeks ahead is that one, whatever the tense ("had already bought a
    # full page for Easter" in March; tickets "sold out" for performances over it)
    ("The Methodist church had already bought a full page for Easter.", dt.date(2012, 3, 20),
     "Easter", "DATE", "2012-04-08"),
    ("Tickets for the performances over Reformation Day sold out within two days.",
     dt.date(2025, 10, 18), "Reformation Day", "DATE", "2025-10-31"),
    # fresh set AD: the saying's own day after a trailing attribution is no cue of what it
    # tells; a capitalised "Rose" in a place's name is no verb
    ("Passengers will be able to ride the line from Saturday, the transport ministry said "
     "yesterday.", dt.date(2033, 3, 10), "Saturday", "DATE", "2033-03-12"),
    ("Passengers will ride the Metro Express light-rail line south from Curepipe to "
     "Rose-Belle from Saturday.", dt.date(2033, 3, 10), "Saturday", "DATE", "2033-03-12"),
    # a saying's day is told in passing: a clock after it is on the lead's day
    ("Farmers began cutting the first dates on Sunday. The agriculture ministry said on "
     "Friday that it expected a crop of 260,000 tonnes. The first auction opened at 8 am.",
     dt.date(2016, 10, 16), "8 am", "TIME", "2016-10-16T08:00"),
    # a fraction of a unit later, after a day told, is the duration (it was dropped)
    ('"From Saturday they will reach Port Louis." Mauritius had trains until 1964, and rail '
     "returned only with Metro Express, more than half a century later.", dt.date(2033, 3, 10),
     "more than half a century", "DURATION", "P50Y"),
    ("The mill closed on Saturday. Two and a half years later it reopened.",
     dt.date(2033, 3, 10), "Two and a half years", "DURATION", "P2Y6M"),
    # "the next morning" is the day the clock times after it are on
    ("The ministry had planned to start the move on Separation Day, but strong winds kept the "
     "boats at the dock until the next morning. The first 40 families left at 7:30 a.m.",
     dt.date(2031, 11, 7), "7:30 a.m.", "TIME", "2031-11-04T07:30"),
    # a verb before ", which" is the main clause's, not the relative clause's
    ("The best-selling item is the verba, a bundle of dried flowers and grasses tied to a "
     "stick, which families carry to church on Palm Sunday.", dt.date(2029, 2, 27),
     "Palm Sunday", "DATE", "2029-03-25"),
    # review set 38: a participle after a possessive is an adjective ("the asteroid's updated
    # orbit"); a possessive day told ahead as the time of a plan is ahead
    ("ESA will publish the asteroid's updated orbit on Tuesday.", dt.date(2029, 4, 14),
     "Tuesday", "DATE", "2029-04-17"),
    ("Organisers will hold a victory parade on Monday's public holiday.", dt.date(2041, 1, 27),
     "Monday", "DATE", "2041-01-28"),
    ("Monday's ruling was a surprise.", dt.date(2041, 1, 27), "Monday", "DATE", "2041-01-21"),
    # fresh set BS: "mining would resume with Thursday's morning shift" (told on a
    # Wednesday) was last week's
    ("Mr Visser said mining on the other levels would resume with Thursday's morning shift.",
     dt.date(1998, 6, 17), "Thursday", "DATE", "1998-06-18"),
    # a wire dateline's date is the paper's: a clock after a lead that tells its own day is
    # on that day
    ("HALIFAX, NS, Nov. 20, 2040 /CNW/ - The research icebreaker returned to Halifax on Sunday "
     "after 462 days at sea, the university announced today.\n\nAbout 800 people gathered "
     "when she tied up at 2:15 p.m.", dt.date(2040, 11, 20), "2:15 p.m.", "TIME",
     "2040-11-18T14:15"),
    # review set 38: a clock on a day "last year" is on that year's day (was this year's,
    # and "last year" a second date)
    ("Alex was hit by a lorry at about 7.50am on March 19 last year.", dt.date(2043, 10, 15),
     "about 7.50am", "TIME", "2042-03-19T07:50"),
    ("Alex was hit by a lorry at 7.50am on 19 March last year.", dt.date(2043, 10, 15),
     "7.50am", "TIME", "2042-03-19T07:50"),
    # review sets 38 and 18: "overnight" before the next day in its sentence is the night
    # before that day
    ("A second swarm reached Wajir county on Monday. It settled overnight in acacia scrub "
     "near Buna and was sprayed from the ground Tuesday morning.", dt.date(2031, 2, 11),
     "overnight", "TIME", "2031-02-10TNI"),
    ("Concord dropped to 4 degrees early Saturday, and to 2 degrees overnight into Sunday.",
     dt.date(2024, 12, 15), "overnight", "TIME", "2024-12-14TNI"),
    # a quarter told by its last day: "a year earlier" is that quarter a year before
    ("Acme lost $6 million in the three months ended Sept. 30, against a profit of $4.8 "
     "million a year earlier.", dt.date(2008, 6, 26), "a year earlier", "DATE", "2006-Q3"),
    ("Northshore Marine, whose fiscal year ends May 31, posted a loss on Thursday. It lost "
     "$6.2 million in the three months to May 31, against a profit of $4.8 million a year "
     "earlier.", dt.date(2008, 6, 26), "a year earlier", "DATE", "2007-Q4"),
    # fresh set AD: days of Tunisia, Lithuania, Panama, Mauritius, Montenegro and Uruguay
    ("PODGORICA - Some camps ran early trips over Catholic Easter for visitors from Croatia.",
     dt.date(2036, 4, 15), "Catholic Easter", "DATE", "2036-04-13"),
    ("They spent a night in jail.", dt.date(2036, 4, 15), "a night", "DURATION", "P1D"),
    ("DOUZ, Tunisia (AFP) - Many growers had waited until after Evacuation Day.",
     dt.date(2016, 10, 16), "Evacuation Day", "DATE", "2016-10-15"),
    ("VILNIUS - This year the fair closes on St Casimir's Day itself.", dt.date(2029, 2, 27),
     "St Casimir's Day", "DATE", "2029-03-04"),
    ("VILNIUS - The decorations will stay up until Independence Restoration Day.",
     dt.date(2029, 2, 27), "Independence Restoration Day", "DATE", "2029-03-11"),
    ("PANAMA CITY - They had planned to start the move on Separation Day.",
     dt.date(2031, 11, 7), "Separation Day", "DATE", "2031-11-03"),
    ("PANAMA CITY - Families want to hold their first celebration on Mother's Day.",
     dt.date(2031, 11, 7), "Mother's Day", "DATE", "2031-12-08"),
    ("PORT LOUIS - The opening was timed to coincide with National Day.",
     dt.date(2033, 3, 10), "National Day", "DATE", "2033-03-12"),
    ("PORT LOUIS - A branch should be finished by Labour Day.", dt.date(2033, 3, 10),
     "Labour Day", "DATE", "2033-05-01"),
    # review set 38's after-probes: Labour Day differs by country (New Zealand's is in
    # October); with no country told it is no day
    ("WELLINGTON, New Zealand - Crowds will gather on Labour Day.", dt.date(2033, 3, 10),
     "Labour Day", "DATE", "2033-10-24"),
    ("PODGORICA - Hotels in Žabljak expect local guests for Orthodox Easter.",
     dt.date(2036, 4, 15), "Orthodox Easter", "DATE", "2036-04-20"),
    ("PODGORICA - The bigger test will come on Independence Day.", dt.date(2036, 4, 15),
     "Independence Day", "DATE", "2036-05-21"),
    ("MONTEVIDEO - The city tested all-night buses on Constitution Day.",
     dt.date(2039, 8, 17), "Constitution Day", "DATE", "2039-07-18"),
    ("TORONTO - The subway will run all night on Labour Day.", dt.date(2039, 8, 17),
     "Labour Day", "DATE", "2039-09-05"),
    # review set 37: opening hours are no day's; a span of hours ends on the day it runs from
    ("Donations can be dropped off weekdays from 10 a.m. to 4 p.m.", dt.date(2036, 11, 24),
     "4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
    ("The truck failed on Friday morning and a second one arrived that afternoon. It will "
     "hand out boxes Wednesday from 9 a.m. to 6 p.m.", dt.date(2036, 11, 24), "6 p.m.", "TIME",
     "2036-11-26T18:00"),
    ("Members have attended the trial daily. Testimony resumes at 9 a.m. Wednesday.",
     dt.date(2017, 2, 13), "9 a.m. Wednesday", "TIME", "2017-02-15T09:00"),
    # fresh set AO: the United Nations' days by their names
    ("It was handed over in the capital on Monday, World Malaria Day.", dt.date(2050, 4, 28),
     "World Malaria Day", "DATE", "2050-04-25"),
    ("Schools will close for World Teachers' Day.", dt.date(2050, 9, 28),
     "World Teachers' Day", "DATE", "2050-10-05"),
    ("Clinics tested 9,000 people on World Tuberculosis Day.", dt.date(2050, 4, 28),
     "World Tuberculosis Day", "DATE", "2050-03-24"),
]


@pytest.mark.parametrize(("text", "published", "span", "kind", "value"), FRESH_SET_CASES)
def test_fresh_set_phenomena(
    text: str, published: dt.date, span: str, kind: str, value: str
) -> None:
    assert _values(text, published)[span] == (kind, value)


@pytest.mark.parametrize(
    "text",
    [
        "A second, 24-hour stoppage is planned for Sept. 27 unless a deal is reached.",
        "Priya Shah, 18, a Year 13 student at a comprehensive in Leicester, got three A*s.",
        'Her last tour, built around the 2011 hit "Last Summer," was a success.',
    ],
)
def test_ordinals_school_years_and_titles_are_no_durations_or_seasons(text: str) -> None:
    found = _values(text, dt.date(2016, 11, 2))
    assert not {"A second", "a Year", "Last Summer"} & set(found)


def test_a_weekday_shift_and_holiday_boxes_are_no_days() -> None:
    # review set 37: "still works the Wednesday shift" and "will hand out Thanksgiving boxes
    # Wednesday" made a coming Wednesday and Thanksgiving events
    found = _values("Helms still works the Wednesday shift. It will hand out Thanksgiving "
                    "boxes Wednesday.", dt.date(2036, 11, 24))  # fmt: skip
    assert found == {"Wednesday": ("DATE", "2036-11-26")}


def test_that_year_after_a_song_title_is_the_year_told() -> None:
    text = ('Her last tour, built around the 2011 hit "Last Summer," was the fifth-highest-'
            "grossing by a female artist that year.")  # fmt: skip
    assert _values(text, dt.date(2016, 11, 2))["that year"] == ("DATE", "2011")


def test_any_weekday_is_no_date_but_a_weekday_event_is() -> None:
    assert set(_values("She has not had a Saturday off since 2016.", dt.date(2026, 12, 16))) == {
        "2016"}  # fmt: skip
    found = _values("About 500 people attended a Sunday night memorial service.",
                    dt.date(1999, 10, 24))  # fmt: skip
    assert found["Sunday night"] == ("TIME", "1999-10-24TNI")


def test_districts_and_final_days_are_no_dates() -> None:
    text = ("Tests confirmed cholera in patients from the city's old quarter. The grave was "
            "found on the last afternoon of the dig.")  # fmt: skip
    assert _values(text, dt.date(2027, 7, 6)) == {}
    season = _values("In the winter of 2020-21, she streamed games.", dt.date(2027, 4, 21))
    assert season == {"the winter of 2020-21": ("DATE", "2020-WI")}
    # fresh set AN: "any quarter" is none; a season before a noun after "spring and" none;
    # a year before a comma names no holiday's day
    text = ("Revenue was the highest for any quarter on record. The spring and summer "
            "collections sold out. In 2003, National Day was quiet. The boat has never won "
            "the Ólavsøka race.")
    assert _values(text, dt.date(2041, 9, 3)) == {"2003": ("DATE", "2003")}


def test_a_year_before_christ_is_none_of_ours() -> None:
    # (2d31951 gave such years no expression, where they had been read as years of our
    # era; they are now TimeML's "BC2500", with no calendar interval, so no event either)
    text = "The circle was raised around 2500BC and rotted by 2100 B.C. In 1998, digs began."
    assert _values(text, dt.date(2025, 10, 14)) == {
        "2500BC": ("DATE", "BC2500"), "2100 B.C.": ("DATE", "BC2100"), "1998": ("DATE", "1998")}
    assert [e.start_date for e in resolve_dates(text, dt.date(2025, 10, 14))][:2] == [None, None]


def test_a_holiday_in_a_likeness_is_no_date() -> None:
    text = "The crowd counted down the final ten seconds as if it were New Year's Eve."
    assert "New Year's Eve" not in _values(text, dt.date(2026, 9, 13))


def test_newspapers_named_for_a_weekday_and_rates_are_no_dates() -> None:
    found = _values("She told the Sunday Times last month that she had thought about quitting. "
                    "The volcano releases about 5,000 tonnes of sulphur dioxide a day.",
                    dt.date(2017, 7, 16))  # fmt: skip
    assert set(found) == {"last month"}


def test_a_clock_times_day_keeps_its_month_and_day_without_a_publication_date() -> None:
    expression, weekday = resolve_dates("The meeting was called for 4 p.m. on June 12, a "
                                        "Friday.", None)  # fmt: skip
    assert (expression.text, expression.value) == ("4 p.m. on June 12", "XXXX-06-12T16:00")
    assert (weekday.text, weekday.value) == ("Friday", "XXXX-WXX-5")  # (no day to name)


@pytest.mark.parametrize(
    "text",
    ["An IT failure stranded passengers at the start of the Christmas getaway.",
     "The kids were promised reindeer and Father Christmas."],
)  # fmt: skip
def test_a_holidays_doings_or_figure_is_no_day(text: str) -> None:
    assert resolve_dates(text, dt.date(2027, 12, 20)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The first withdrawals came as families walked home from New Year's Eve parties.",
      ("New Year's Eve", "2027-12-31")),
     ("Christmas Eve dinner was served late.", ("Christmas Eve", "2027-12-24")),
     ("The parties resume on Boxing Day and on Old Year's Night.",
      ("Old Year's Night", "2027-12-31")),
     ("He spent Old Year's Day at sea.", ("Old Year's Day", "2027-12-31"))],
)  # fmt: skip
def test_an_eve_or_night_names_its_day_even_before_its_doings(
    text: str, expected: tuple[str, str]
) -> None:  # (fresh set AV: "New Year's Eve parties", St Vincent's "Old Year's Night")
    found = [(e.text, e.value, e.type) for e in resolve_dates(text, dt.date(2027, 12, 20))]
    assert (*expected, TimexType.DATE) in found


@pytest.mark.parametrize(
    "text", ["Under the United Auto Workers Local 1766 contract, workers keep their pay.",
             "Passengers on Flight 1549 were rescued from the Hudson."],
)  # fmt: skip
def test_a_numbered_local_or_flight_is_no_year(text: str) -> None:
    assert resolve_dates(text, dt.date(2008, 12, 22)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("The phone rang at nine o'clock on Sunday night.", "2027-09-05T21:00"),
     ("They met at 10 o'clock that night.", "2027-09-09T22:00"),
     ("It rang at 2 o'clock at night.", "2027-09-09T02:00")],
)  # fmt: skip
def test_a_clock_time_of_the_evening_or_night_is_after_noon(text: str, value: str) -> None:
    assert resolve_dates(text, dt.date(2027, 9, 9))[0].value == value


def test_a_persons_decade_of_life_is_no_date() -> None:
    found = _values("He drifted west in his twenties. She was in her late thirties.",
                    dt.date(2026, 3, 6))  # fmt: skip
    assert found == {}


def test_seasons_south_of_the_equator_are_the_southern_ones() -> None:
    # review set 21: "This summer", told in February in a Tasmanian paper, is the summer
    # under way (December 2027 to February 2028), not June to August
    head = "National | Tasmania | Science\n\nShip found off King Island\n\n"
    text = head + "This summer the team will return. Last winter was cold."
    found = {e.text: e for e in resolve_dates(text, dt.date(2028, 2, 16))}
    summer, winter = found["This summer"], found["Last winter"]
    assert (summer.value, summer.start_date, summer.end_date) == (
        "2027-SU", dt.date(2027, 12, 1), dt.date(2028, 2, 29))
    assert (winter.value, winter.start_date, winter.end_date) == (
        "2027-WI", dt.date(2027, 6, 1), dt.date(2027, 8, 31))
    # the same words in a northern paper
    found = {e.text: e for e in resolve_dates(text.replace("Tasmania", "Maine"),
                                              dt.date(2028, 2, 16))}  # fmt: skip
    assert (found["This summer"].value, found["This summer"].start_date) == (
        "2028-SU", dt.date(2028, 6, 1))


def test_the_following_spring_after_a_southern_winter_is_the_same_year_s() -> None:
    # review set 91 f, a Valparaíso profile: "Three years later [2043] ... That winter a
    # storm flooded the engine room ... The following spring they were married" put the
    # wedding in the spring of 2044, the winter read as the northern one (December 2043 to
    # February 2044) though its spring was read as the southern one
    head = "Chile in English | Valparaíso\n\n"
    text = head + ("In 2043 she became the first woman to drive one of the city's funiculars. "
                   "That winter a storm flooded the engine room. The following spring they "
                   "were married.")
    found = {e.text: e for e in resolve_dates(text, dt.date(2091, 7, 14))}
    spring = found["The following spring"]
    assert (spring.value, spring.start_date) == ("2043-SP", dt.date(2043, 9, 1))
    # in a northern paper, the spring after a winter is the next year's
    found = {e.text: e for e in resolve_dates(text.replace("Chile", "Maine").replace(
        "Valparaíso", "Portland"), dt.date(2091, 7, 14))}
    assert found["The following spring"].value == "2044-SP"


def test_a_neutral_citation_is_no_year() -> None:
    found = resolve_dates("The ruling, cited as 2027 ONSC 318, came in 2026.", dt.date(2027, 1, 13))
    assert [e.text for e in found] == ["2026"]


def test_a_live_page_s_entry_stamps_are_the_page_s_day() -> None:
    # review set 67: an entry's "a signalling fault near Tai Wo on Monday evening" put the
    # stamps and clock times of the entries below it on Monday
    text = ("3h ago  11.15am\nLawmakers call special meeting\n\nFung pointed out that a "
            "signalling fault near Tai Wo on Monday evening had caused delays.\n\n4h ago  "
            "10.15am\nMTR: third car left the rails\n\nThe section was inspected overnight "
            "by engineers who finished their checks at about 3.30am.")
    found = _values(text, dt.date(2066, 11, 11))
    assert found["10.15am"] == ("TIME", "2066-11-11T10:15")
    assert found["about 3.30am"] == ("TIME", "2066-11-11T03:30")
    assert found["Monday evening"] == ("TIME", "2066-11-08TEV")


def test_to_last_the_summer_is_a_verb_not_last_summer() -> None:
    # review set 67: "the reservoirs would not last the summer" was last summer (2048)
    assert resolve_dates("Engineers warned that the reservoirs would not last the summer.",
                         dt.date(2049, 6, 16)) == []
    assert only("The dam ran dry last summer.", dt.date(2049, 6, 16)).value == "2048-SU"


def test_last_or_the_previous_season_is_one_already_over() -> None:
    # review set 22: in a February Melbourne paper "last summer" is the summer before the
    # one under way, and "the previous spring" before an October win is the spring before
    text = ("ABC Sport\n\nCastellano stripped of Melbourne Marathon title\n\nShe won the "
            "Melbourne Marathon in October 2024. She had finished second in Melbourne the "
            "previous spring. She won the title last summer.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2027, 2, 11))}
    assert (found["the previous spring"], found["last summer"]) == ("2023-SP", "2025-SU")
    # a season over this year is this year's: fresh sets C, K, AI, BD and BO ("since last
    # summer", told in November 1997: 1997), review sets 12 and 14 ("last spring", told in
    # December 2026: 2026); TimeBank's one such "last spring" (1988, told in November 1989)
    # and set E's "last summer" give the year before
    assert only("Sales fell last spring.", dt.date(1989, 11, 2)).value == "1989-SP"
    assert only("Sales fell last summer.", dt.date(1989, 8, 2)).value == "1988-SU"  # (under way)
    assert only("Sales fell last fall.", dt.date(1989, 11, 2)).value == "1988-FA"


def test_a_shared_tense_index_gives_the_same_dates_and_one_of_another_text_is_ignored() -> None:
    from timeline.dates.tense import TenseIndex

    text = "The council will vote in March. It met on Monday."
    plain = resolve_dates(text, FRIDAY)
    assert resolve_dates(text, FRIDAY, tenses=TenseIndex(text)) == plain
    assert resolve_dates(text, FRIDAY, tenses=TenseIndex("It met on Monday.")) == plain


def test_present_verbs_ending_in_eed_are_no_past_tense() -> None:
    # fresh set P: "breed" is no "-ed" past form, so the summer ahead is meant
    text = "Experts fear that if the swarms breed through the summer, they could spread."
    assert only(text, dt.date(1999, 5, 17)).value == "1999-SU"
    assert only("The swarms bred through the summer.", dt.date(1999, 10, 17)).value == "1999-SU"


def test_a_day_a_happening_came_ahead_of_is_after_it() -> None:
    # fresh set P: approved on Tuesday "three months ahead of the agency's own deadline of
    # June 12", told in March: the June to come, though the verb is past
    text = ("The FDA on Tuesday approved the drug, three months ahead of the agency's own "
            "deadline of June 12.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2016, 3, 9))}
    assert found["June 12"] == "2016-06-12"
    # the first such day after the sentence's own date: June, then July 30 of that year
    text = "The drug was approved in June, weeks ahead of a July 30 deadline."
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2016, 3, 9))}
    assert (found["June"], found["July 30"]) == ("2015-06", "2015-07-30")


def test_a_season_for_which_something_is_ready_is_told_before_a_verb() -> None:
    # fresh set P: "supplies of down jackets for the winter were secure" names the winter;
    # "closed for the summer holidays" names a kind of holiday
    text = "Whitlow said supplies of down jackets for the winter were secure."
    assert only(text, dt.date(2021, 6, 24)).value == "2021-WI"
    assert resolve_dates("The school closed for the summer holidays.", dt.date(2021, 6, 24)) == []


def test_a_quoted_work_title_holds_no_date() -> None:
    # fresh set P: a painting's title is no Sunday and no April
    text = 'The painting, "A Sunday in April" by John Aldous, was painted in 1871.'
    assert [e.text for e in resolve_dates(text, dt.date(2018, 11, 17))] == ["1871"]
    text = 'The band played the song "Last Summer" on Friday.'
    assert [e.text for e in resolve_dates(text, dt.date(2018, 11, 17))] == ["Friday"]
    # a quotation is no title: its days stay dates
    text = 'He said "I left on Sunday" and by Monday he was gone.'
    assert [e.text for e in resolve_dates(text, dt.date(2018, 11, 17))] == ["Sunday", "Monday"]


def test_the_last_time_is_no_past_tense() -> None:
    # fresh set P: "will fall back an hour for the last time at 2 a.m. on Nov. 7", told in
    # March: this November ("last" after "the" orders, it tells no past)
    text = "Clocks in Westmere will fall back an hour for the last time on Nov. 7."
    assert [e.value for e in resolve_dates(text, dt.date(2027, 3, 16))] == ["PT1H", "2027-11-07"]
    text = "It was the last time he played, on Nov. 7."
    assert only(text, dt.date(2027, 3, 16)).value == "2026-11-07"


def test_the_coming_weeks_are_the_future_not_a_stretch() -> None:
    # fresh sets B, E, G, K, M, O, P annotate "in the coming days/weeks/months" as
    # FUTURE_REF; TimeBank's "in coming weeks" (no article) and AQUAINT's "in the coming
    # years" stay durations
    text = "The utility said it might order rolling blackouts in the coming days."
    found = only(text, dt.date(2006, 7, 20))
    assert (found.text, found.type, found.value) == (
        "the coming days", TimexType.DATE, "FUTURE_REF")
    assert only("Rates may fall in coming weeks.").value == "PXW"
    assert only("Sales will grow in the coming years.").value == "PXY"


def test_a_forecast_after_a_determiner_is_a_noun_not_a_future() -> None:
    # review set 26: "lowered its profit forecast ... Tuesday", told on a Wednesday, is the
    # day before; "Analysts forecast a rebound on Tuesday" still looks ahead
    published = dt.date(2027, 3, 10)
    text = "The company lowered its profit forecast for the year Tuesday after a slow start."
    assert {e.text: e.value for e in resolve_dates(text, published)}["Tuesday"] == "2027-03-09"
    assert only("Analysts forecast a rebound on Tuesday.", published).value == "2027-03-16"


def test_a_weekday_of_last_or_next_week() -> None:
    # review set 26: "a 5-0 defeat in Oulu on Wednesday of last week", told on a Friday
    text = "Ilves trailed the series after a 5-0 defeat in Oulu on Wednesday of last week."
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2027, 4, 30))}
    assert (found["Wednesday"], found["last week"]) == ("2027-04-21", "2027-W16")
    found = {e.text: e.value for e in resolve_dates("They meet on Friday of next week.",
                                                    dt.date(2027, 3, 10))}  # fmt: skip
    assert found["Friday"] == "2027-03-19"


def test_the_movable_days_of_lent_and_after_easter() -> None:
    # review set 26: "the town's Shrove Tuesday pancake race", 47 days before Easter
    published = dt.date(2026, 2, 19)
    text = "Hours earlier, the leader had run in the town's Shrove Tuesday pancake race."
    assert (only(text, published).text, only(text, published).value) == (
        "Shrove Tuesday", "2026-02-17")
    assert only("Churches were full on Ash Wednesday.", published).value == "2026-02-18"
    assert only("The bank is shut on Whit Monday.", dt.date(2026, 5, 1)).value == "2026-05-25"
    assert only("Ash from the volcano fell on Monday.", published).text == "Monday"


def test_a_range_of_months_of_that_year_takes_the_story_year() -> None:
    # review set 26: "from September to December of that year", after "April 2025", told in
    # February 2028: both ends in 2025 (was 2027, the start read alone)
    text = ("Experts filed their report in April 2025, and evidence was heard from September "
            "to December of that year.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2028, 2, 10))}
    assert (found["September"], found["December of that year"]) == ("2025-09", "2025-12")


def test_an_award_of_the_year_is_no_year() -> None:
    # review set 26: "two days after being named coach of the year" dated 2027
    text = "Lahtela signed an extension, two days after being named coach of the year."
    assert [e.text for e in resolve_dates(text, dt.date(2027, 4, 30))] == ["two days"]
    assert resolve_dates("She was named Player of the Year.", dt.date(2027, 4, 30)) == []
    assert only("It was the best day of the year.", dt.date(2027, 4, 30)).value == "2027"


def test_a_month_takes_the_year_its_sentence_opens_with() -> None:
    # fresh set Q: "In 2014 the chorus peaked in late April", "Last year we had soil at 64
    # degrees in early April", told in 2027
    published = dt.date(2027, 6, 10)
    found = {e.text: e.value for e in resolve_dates(
        "In 2014 the chorus peaked in late April.", published)}  # fmt: skip
    assert found["late April"] == "2014-04"
    found = {e.text: e.value for e in resolve_dates(
        "Last year we had soil at 64 degrees in early April, she said.", published)}  # fmt: skip
    assert found["early April"] == "2026-04"
    # not across a full stop for a month told after the sentence's start (a sentence
    # opened by the month goes on in the year before it: fresh set Y, "bought the Courier
    # in 1946 ... In June he moved the press"), nor after another date of the sentence
    found = {e.text: e.value for e in resolve_dates(
        "In 2019, prices rose. They fell in March.", published)}  # fmt: skip
    assert found["March"] == "2027-03"
    found = {e.text: e.value for e in resolve_dates(
        "In 2019, prices rose. In March they fell.", published)}  # fmt: skip
    assert found["March"] == "2019-03"


def test_a_past_range_until_a_month_is_no_deadline_ahead() -> None:
    # fresh set Q: "Gales halted work from December until mid-April", told in September 1997
    text = "We found her last November. Gales halted work from December until mid-April."
    found = {e.text: e.value for e in resolve_dates(text, dt.date(1997, 9, 16))}
    assert (found["December"], found["mid-April"]) == ("1996-12", "1997-04")
    assert only("The ban runs until mid-April.", dt.date(1997, 9, 16)).value == "1998-04"


def test_a_state_that_lasted_through_a_month_is_over_whatever_its_words_between() -> None:
    # fresh set CO: "Sea temperatures ... stayed above 30 C through September", told in
    # December, gave next September; fresh set AB: "a shoulder muscle last August, which
    # kept him out of training until February", told in June, gave the February after
    december = dt.date(2056, 12, 16)
    assert only("Sea temperatures stayed above 30 C through September.", december).value == (
        "2056-09"
    )
    text = ("He failed at 7.40 metres a week earlier, and he tore a shoulder muscle last August, "
            "which kept him out of training until February. He now trains in Tartu.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2029, 6, 29))}
    assert (found["last August"], found["February"]) == ("2028-08", "2029-02")
    assert only("The ban runs through September.", december).value == "2057-09"


def test_the_previous_fiscal_year_is_before_the_one_just_told() -> None:
    # fresh set CO: "its largest operating loss in fiscal 2074, which ended on March 31.
    # The operating loss widened ... from 68.2 billion yen in the previous fiscal year"
    # (told in May 2075) gave 2074, the year before the paper's
    text = ("JR Hokkaido posted its largest operating loss in fiscal 2074, which ended on "
            "March 31. The loss widened to 74.6 billion yen from 68.2 billion yen in the "
            "previous fiscal year.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2075, 5, 17))}
    assert found["the previous fiscal year"] == "2073"


def test_a_saying_after_a_day_and_a_duration_leaves_the_day_to_the_times_after_it() -> None:
    # fresh set Q: "reached the North Pole on skis Friday after 51 days ..., their support
    # team said Saturday. They reached 90 degrees north at 3:40 p.m.": Friday's clock
    text = ("Two explorers reached the North Pole on skis Friday after 51 days hauling sledges, "
            "their support team said Saturday. They reached 90 degrees north at 3:40 p.m.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2005, 4, 23))}
    assert found["3:40 p.m."] == "2005-04-22T15:40"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # fresh set Q, each a false or missed date of its first score
    ("Under the midnight sun, they have not seen darkness.", dt.date(2005, 4, 23), []),
    ("Supply teachers already cost the county £30m a year.", dt.date(2019, 3, 11), []),
    ("It will decide whether to ballot for action in the summer term.", dt.date(2019, 3, 11),
     []),
    ("His granddaughter April found the ticket under a magnet.", dt.date(2015, 7, 17), []),
    ("This year's emergence was held back by a cold March.", dt.date(2027, 6, 10),
     [("This year", "2027"), ("March", "2027-03")]),
    # after a superlative of weather or trade, "May" is the month, not a name
    ("It was the wettest May since records began in 1910.", dt.date(2031, 6, 12),
     [("May", "2031-05"), ("1910", "1910")]),
    ("Airports had their busiest May on record.", dt.date(2031, 6, 12), [("May", "2031-05")]),
    ("The twins will go on display at the Spring Festival.", dt.date(2008, 12, 10),
     [("Spring Festival", "2009-01-26")]),
    ("Shops shut for Chinese New Year on Saturday.", dt.date(2027, 2, 4),
     [("Chinese New Year", "2027-02-06"), ("Saturday", "2027-02-06")]),
    # fresh set BP: Vietnam's lunar new year (not the attack of 1968 named for it)
    ("Many will have to replant before the Tet holiday.", dt.date(2005, 11, 5),
     [("Tet", "2006-01-29")]),
    ("The Tet Offensive began in 1968.", dt.date(2005, 11, 5), [("1968", "1968")]),
    # fresh set BP: a column's name on a line of its own is no day
    ("THE SATURDAY INTERVIEW\nShe went down on Monday.", dt.date(2074, 11, 10),
     [("Monday", "2074-11-05")]),
    # review set 27: the weekday a holiday falls on is the holiday's (was read backward)
    ("With Chinese New Year falling on Saturday, the troupe is booked.", dt.date(2027, 2, 4),
     [("Chinese New Year", "2027-02-06"), ("Saturday", "2027-02-06")]),
    ("On Monday, the Gandhi Jayanti holiday, every seat was taken.", dt.date(2023, 10, 4),
     [("Monday", "2023-10-02"), ("Gandhi Jayanti", "2023-10-02")]),
    # still dates
    ("The talks ran past midnight Sunday.", dt.date(2019, 3, 11),
     [("midnight Sunday", "2019-03-10T24:00")]),
    ("Her son was born in April 2010.", dt.date(2019, 3, 11), [("April 2010", "2010-04")]),
])  # fmt: skip
def test_names_suns_terms_and_rates_that_hold_date_words(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == expected


def test_new_years_eve_in_a_story_of_chinese_new_year_is_the_lunar_one() -> None:
    # review set 27; and "the Year of the Goat" is the lunar year's animal, no date
    text = ("Lion heads back for the Year of the Goat. With Chinese New Year falling on "
            "Saturday, the troupe will perform on New Year's Eve.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2027, 2, 4))}
    assert found == {"Chinese New Year": "2027-02-06", "Saturday": "2027-02-06",
                     "New Year's Eve": "2027-02-05"}
    assert only("Parties filled the bars on New Year's Eve.", dt.date(2027, 1, 3)).value == (
        "2026-12-31")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # review set 27, each a false or misplaced date of its first judgement
    ("I kept thinking about a Sunday roast.", dt.date(2027, 11, 9), []),
    ("It said that summer bookings are running ahead.", dt.date(2028, 1, 25), []),
    ("© 2027 Overberg Courant. All rights reserved.", dt.date(2027, 10, 4), []),
    # review set 58: the last four digits of a phone number are no year
    ("Parish office  *  0918 447 2091  *  ivana.parish@example.ph", dt.date(2057, 9, 30), []),
    ("Call 555-867-2012 or +44 20 7946 2018 to book.", dt.date(2027, 10, 4), []),
    ("Sales rose in 2019, 2020 and 2021.", dt.date(2027, 10, 4),
     [("2019", "2019"), ("2020", "2020"), ("2021", "2021")]),
    ("On election night, Saturday 28 November, he led. On Tuesday of the following week she "
     "went ahead.", dt.date(2026, 12, 10),
     [("Saturday 28 November", "2026-11-28"), ("Tuesday", "2026-12-01"),
      ("the following week", "2026-W49")]),
    ("The system crashed on the Tuesday before Christmas.", dt.date(2028, 1, 25),
     [("Tuesday", "2027-12-21"), ("Christmas", "2027-12-25")]),
    ("They met on the Friday after Thanksgiving.", dt.date(2028, 1, 25),
     [("Friday", "2027-11-26"), ("Thanksgiving", "2027-11-25")]),
    # fresh set BC: "the weekend before Christmas" was the paper's own weekend
    ("A cake made as late as the weekend before Christmas will still be good.",
     dt.date(2034, 11, 18), [("the weekend", "2034-W51-WE"), ("Christmas", "2034-12-25")]),
    ("We met the weekend after Easter.", dt.date(2034, 11, 18),
     [("the weekend", "2034-W15-WE"), ("Easter", "2034-04-09")]),
    # still dates
    ("They married that summer.", dt.date(2028, 1, 25), [("that summer", "2028-SU")]),
    ("It was a Sunday, and he was off.", dt.date(2028, 1, 25), []),
])  # fmt: skip
def test_weekdays_told_against_another_day_and_page_furniture(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == expected


def test_fresh_set_bcs_notices_weeks_beginning_a_day_and_days_named_beside_their_dates() -> None:
    # fresh set BC's first score: a council's holiday calendar and a market notice
    text = ("Bank holidays Christmas Day is on Saturday and Boxing Day on Sunday, so the bank "
            "holidays are Monday 27 December and Tuesday 28 December.\nWeek beginning 27 "
            "December: every collection will be made two days later than usual.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2049, 12, 6))]
    assert found == [("Christmas Day", "2049-12-25"), ("Saturday", "2049-12-25"),
                     ("Boxing Day", "2049-12-26"), ("Sunday", "2049-12-26"),
                     ("Monday 27 December", "2049-12-27"),
                     ("Tuesday 28 December", "2049-12-28"),
                     ("Week beginning 27 December", "2049-W52"), ("two days", "P2D")]
    text = ("1. Human Rights Day\n\nHuman Rights Day falls on Sunday 21 March. The markets will "
            "be closed on Family Day, 12 April; and Freedom Day, Tuesday 27 April. Workers' Day "
            "falls on Saturday 1 May.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2066, 3, 19))]
    assert found == [("Human Rights Day", "2066-03-21"), ("Human Rights Day", "2066-03-21"),
                     ("Sunday 21 March", "2066-03-21"), ("Family Day", "2066-04-12"),
                     ("12 April", "2066-04-12"), ("Freedom Day", "2066-04-27"),
                     ("Tuesday 27 April", "2066-04-27"), ("Workers' Day", "2066-05-01"),
                     ("Saturday 1 May", "2066-05-01")]
    # named again without its date: the same day
    text = ("Markets close on Youth Day, Wednesday 16 June. June contracts expire on the third "
            "Thursday of June, the day after Youth Day.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2066, 3, 19))]
    assert found[-1] == ("Youth Day", "2066-06-16")
    # a weekday that is not the named day's stays as told
    found = [(e.text, e.value) for e in resolve_dates(
        "Christmas Day is on Friday this year.", dt.date(2049, 12, 6))]
    assert found[1] == ("Friday", "2049-12-10")  # (a present "is ... on": the one ahead)
    # "N years ago this month": that month of that year, one expression
    text = "Georgian troops left at the end of a war that began 16 years ago this month."
    assert [(e.text, e.value) for e in resolve_dates(text, dt.date(2008, 8, 26))] == [
        ("16 years ago this month", "1992-08")]
    assert only("It opened ten years ago this week.", dt.date(2008, 8, 26)).value == "1998-W35"


def test_a_ships_four_digit_local_times_are_clock_times_not_years() -> None:
    # review set 58: a notice to mariners' "from 2200 LT on 11 May to 1600 LT on 12 May"
    # gave the years 2200 and 1600, and "11 May" went to 1599
    text = "The port was closed from 2200 LT on 11 May to 1600 LT on 12 May 2049."
    assert [(e.text, e.value) for e in resolve_dates(text, dt.date(2049, 5, 13))] == [
        ("2200 LT", "2049-05-11T22:00"), ("11 May", "2049-05-11"),
        ("1600 LT", "2049-05-12T16:00"), ("12 May 2049", "2049-05-12")]


def test_an_agencys_dateline_a_day_before_the_paper_anchors_today_and_tonight() -> None:
    # fresh sets BA, BB and BC: a wire story datelined the day before its paper's date
    # ("ATAFU, Tokelau, Oct 24 (NZPA) -") says "today" and "tonight" of its dateline's day
    text = ("ATAFU, Tokelau, Oct 24 (NZPA) - Tokelau has voted again. Officials will read out "
            "the result tonight, and there will be a feast tomorrow.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2007, 10, 25))}
    assert found == {"Oct 24": "2007-10-24", "tonight": "2007-10-24TNI",
                     "tomorrow": "2007-10-25"}
    # a paper's own dateline ("CORWIN, Kan., Sept. 23 —") tells the story's day: its
    # "yesterday" counts from the paper's
    text = "CORWIN, Kan., Sept. 23 — The grain elevator burned yesterday."
    assert only(text.split(" — ")[1], dt.date(2021, 9, 24)).value == "2021-09-23"
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2021, 9, 24))}
    assert found["yesterday"] == "2021-09-23"
    # a dateline a week before the paper is no filing day
    text = "ATAFU, Tokelau, Oct 18 (NZPA) - Officials will read out the result tonight."
    assert {e.text: e.value for e in resolve_dates(text, dt.date(2007, 10, 25))}["tonight"] == (
        "2007-10-25TNI")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # review set 57: the plan after the pair put its second day a week ahead
    ("Institute scientists recorded a swarm of small tremors under the volcano on Friday and "
     "Saturday and plan to return on Wednesday.", dt.date(2039, 3, 14),
     [("Friday", "2039-03-11"), ("Saturday", "2039-03-12"), ("Wednesday", "2039-03-16")]),
    # review set 17: on a Monday, "for Monday and Tuesday" is this week's, not last Tuesday
    ("Qantas said on Monday it had canceled all flights to and from Bali for Monday and "
     "Tuesday.", dt.date(2028, 2, 7),
     [("Monday", "2028-02-07"), ("Monday", "2028-02-07"), ("Tuesday", "2028-02-08")]),
    # both on one side of the paper's day: each as told (TimeBank's "made Friday and Thursday")
    ("Following are statements made Friday and Thursday by the lawyer.", dt.date(1998, 2, 6),
     [("Friday", "1998-02-06"), ("Thursday", "1998-02-05")]),
    ("Talks will run on Monday and Tuesday.", dt.date(2039, 3, 16),
     [("Monday", "2039-03-21"), ("Tuesday", "2039-03-22")]),
])  # fmt: skip
def test_the_second_of_two_weekdays_joined_by_and_is_on_the_firsts_side(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == expected


def test_the_following_weekend_after_a_weekday_is_that_weeks() -> None:
    # review set 27: "On Melbourne Cup Day [Tuesday 3 November] ... the following weekend":
    # 7-8 November; the previous weekend of a Tuesday is the one before it
    text = ("On Melbourne Cup Day, Mr Okoro announced an upgrade, and the Greens door-knocked "
            "more than 1,000 homes the following weekend.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2026, 12, 10))}
    assert found == {"Melbourne Cup Day": "2026-11-03", "the following weekend": "2026-W45-WE"}
    text = "On Tuesday, Nov. 3, it opened; the previous weekend it had been shut."
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2026, 12, 10))}
    assert found["the previous weekend"] == "2026-W44-WE"
    text = "The storm hit on Saturday, Nov. 7, and the roads reopened the following weekend."
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2026, 12, 10))}
    assert found["the following weekend"] == "2026-W46-WE"


def test_a_fiscal_year_told_by_its_first_quarter_and_a_budget_airline() -> None:
    # review set 27: "the three months to December 31, the first quarter of its financial
    # year" declares a year to September 30; a "budget airline" is no government's
    from timeline.dates.fiscal import fiscal_year

    text = ("Budget airline warns on Easter\n\nThe carrier made a loss in the three months to "
            "December 31, the first quarter of its financial year. The loss for the first half "
            "will be larger.")
    found = fiscal_year(text)
    assert found is not None and (found.end_month, found.bare) == (9, True)
    spans = {e.text: (e.start_date, e.end_date) for e in resolve_dates(text, dt.date(2028, 1, 25))}
    assert spans["the first half"] == (dt.date(2027, 10, 1), dt.date(2028, 3, 31))
    found = fiscal_year("Profit for the six months to March 31, the first half of its fiscal year.")
    assert found is not None and found.end_month == 9
    # a second quarter ending in June is the calendar's
    assert fiscal_year("Profit for the three months to June 30, the second quarter of its "
                       "fiscal year, rose.") is None


def test_a_quarter_of_a_named_fiscal_year_that_ended_tells_the_year_end() -> None:
    # review set 37: "the first quarter of fiscal 2033, which ended January 31, 2033" is
    # the quarter's end, not the year's: the year ends in October
    from timeline.dates.fiscal import fiscal_year

    text = ("Ridgeway Cycles today reported results for the first quarter of fiscal 2033, "
            "which ended January 31, 2033. Revenue fell from the first quarter of fiscal 2032.")
    found = fiscal_year(text, anchor=dt.date(2033, 3, 8))
    assert found is not None and found.end_month == 10
    spans = {e.text: (e.value, e.start_date, e.end_date)
             for e in resolve_dates(text, dt.date(2033, 3, 8))}
    assert spans["the first quarter of fiscal 2033"] == (
        "2033-Q1", dt.date(2032, 11, 1), dt.date(2033, 1, 31))
    assert spans["the first quarter of fiscal 2032"] == (
        "2032-Q1", dt.date(2031, 11, 1), dt.date(2032, 1, 31))
    text = "Sales rose in the second half of fiscal 2031, which ended March 31."
    found = fiscal_year(text, anchor=dt.date(2031, 5, 2))
    assert found is not None and found.end_month == 3


def test_this_and_the_previous_fiscal_year_are_the_texts_fiscal_years() -> None:
    # review set 33: "whose financial year runs to the end of May ... It made €66.1 million
    # in the previous financial year" (told in January 2031): June 2029 to May 2030
    text = ("The Carlow-based group, whose financial year runs to the end of May, guided "
            "lower in September. It made €66.1 million in the previous financial year.")
    found = {e.text: (e.value, e.start_date, e.end_date)
             for e in resolve_dates(text, dt.date(2031, 1, 21))}
    assert found["the previous financial year"] == (
        "2030", dt.date(2029, 6, 1), dt.date(2030, 5, 31))
    # told in November, after a year that ends in October: the year that ends next October
    text = ("The company's fiscal year ends October 31. Sales will rise this fiscal year "
            "and next fiscal year.")
    found = {e.text: (e.value, e.start_date, e.end_date)
             for e in resolve_dates(text, dt.date(2032, 11, 20))}
    assert found["this fiscal year"] == ("2033", dt.date(2032, 11, 1), dt.date(2033, 10, 31))
    assert found["next fiscal year"] == ("2034", dt.date(2033, 11, 1), dt.date(2034, 10, 31))
    # with no fiscal year of its own told, a financial year is still a year
    found = {e.text: e.value for e in resolve_dates(
        "Toyota expects profit to rise this financial year.", dt.date(2026, 5, 1))}
    assert found == {"this financial year": "2026"}


def test_a_day_of_the_country_the_head_names_comes_from_python_holidays() -> None:
    # fresh sets AC and AD: countries and days no table of ours names; python-holidays
    # keeps them (Albania's Summer Day, Montenegro's Njegos Day, Tunisia's Revolution and
    # Youth Day, Serbia's Statehood Day)
    from timeline.dates.named import head_country

    cases = [
        ("TIRANA, Albania (AFP) - Crowds filled the park on Summer Day.", dt.date(2007, 3, 19),
         "Summer Day", "2007-03-14"),
        ("PODGORICA, Montenegro - Hotels will fill for Njegos Day.", dt.date(2030, 4, 15),
         "Njegos Day", "2030-11-13"),
        ("TUNIS - Rallies were held on Revolution and Youth Day.", dt.date(2030, 4, 15),
         "Revolution and Youth Day", "2030-01-14"),
        ("BELGRADE, Serbia - Parliament will meet on Statehood Day.", dt.date(2030, 4, 15),
         "Statehood Day", "2031-02-15"),
    ]
    for text, published, expression, value in cases:
        found = {e.text: e.value for e in resolve_dates(text, published)}
        assert found.get(expression) == value, (text, found)
    assert (head_country("ULAANBAATAR, Mongolia - Herders"), head_country("Bosnia and "
            "Herzegovina votes"), head_country("Georgia votes on Tuesday")) == ("MN", "BA", None)
    # a name that is no country's alone ("Georgia", "Jordan") names none; a capital does
    assert (head_country("TBILISI, Georgia - The vote"), head_country("AMMAN, Jordan - Rain"),
            head_country("Jordan scored twice")) == ("GE", "JO", None)
    # a capitalised name with no such day stays untagged, and no story without a country
    # takes another country's day
    assert resolve_dates("BELGRADE, Serbia - Fans marked Derby Day.", dt.date(2030, 4, 15)) == []
    assert resolve_dates("Hotels will fill for Njegos Day.", dt.date(2030, 4, 15)) == []


def test_a_country_day_by_part_of_the_name_python_holidays_gives_it() -> None:
    # fresh set AE: the Seychelles' "Independence (National) Day" (June 29; the U.S. July 4
    # was taken), Bhutan's "... 4th Druk Gyalpo - Constitution Day" (Nov. 11) and "National
    # Day"; China's "Chinese New Year (Spring Festival)" is the Spring Festival's first day,
    # not the observed one after it
    cases = [
        ("VICTORIA, Seychelles - Every nut must be registered by Independence Day.",
         dt.date(2034, 6, 11), "Independence Day", "2034-06-29"),
        ("THIMPHU, Bhutan - Engineers had hoped to connect it on Constitution Day.",
         dt.date(2032, 11, 19), "Constitution Day", "2032-11-11"),
        ("THIMPHU, Bhutan - The Prime Minister will open the plant on National Day.",
         dt.date(2032, 11, 19), "National Day", "2032-12-17"),
        ("BEIJING, China - Rail traffic peaked eight days before the Spring Festival.",
         dt.date(2006, 1, 22), "Spring Festival", "2006-01-29"),
        # fresh set AL: Angola's "National Independence Day" (Nov. 11) and Kiribati's
        # "National Day - Independence Anniversary" (July 12) both gave the U.S. July 4
        ("LUANDA — The arena is due to open on Independence Day.",
         dt.date(2031, 5, 26), "Independence Day", "2031-11-11"),
        ("TARAWA — Kiribati plans to mark Independence Day with a ceremony.",
         dt.date(2047, 2, 19), "Independence Day", "2047-07-12"),
    ]
    for text, published, expression, value in cases:
        found = {e.text: e.value for e in resolve_dates(text, published)}
        assert found.get(expression) == value, (text, found)


def test_a_city_datelines_country_comes_from_its_lead_unless_the_head_is_american() -> None:
    # fresh set AE: "THIMPHU — ..." names Bhutan only further down, so its National Day was
    # missed; "from Liberation Day, the City of Kigali announced yesterday, and ..." took
    # the saying's past (2029); an American head keeps its own Labor Day though the story
    # names Mexico
    lead = "Engineers tested the first of four turbines for six hours this morning. " * 8
    lead += "The plant is the largest in Bhutan."
    found = _values(f"THIMPHU — The Prime Minister will open the plant on National Day. "
                    f"{lead}", dt.date(2032, 11, 19))
    assert found["National Day"] == ("DATE", "2032-12-17")
    assert _values("KIGALI, Rwanda — Kigali will stop licensing petrol taxis from Liberation "
                   "Day, the City of Kigali announced yesterday, and every moto-taxi must run "
                   "on a battery by the end of 2032.", dt.date(2030, 6, 10))["Liberation Day"] == (
        "DATE", "2030-07-04")
    assert _values("CEDAR BLUFF, Iowa — The zoo will reopen after Labor Day. Its jaguar came "
                   "from Mexico.", dt.date(2027, 8, 30))["Labor Day"] == ("DATE", "2027-09-06")


def test_carnival_monday_and_tuesday_are_before_lent_unless_the_country_keeps_them_later(
) -> None:
    # fresh sets Z, AF and AL tag them; Grenada keeps its carnival in August
    cases = [
        ("PORT OF SPAIN — The bands parade on Carnival Monday and Carnival Tuesday.",
         dt.date(2033, 2, 20), {"Carnival Monday": "2033-02-28", "Carnival Tuesday": "2033-03-01"}),
        ("ST. GEORGE'S, Grenada — J'ouvert follows from 4 a.m. on Carnival Monday.",
         dt.date(2043, 8, 7), {"4 a.m.": "2043-08-10T04:00", "Carnival Monday": "2043-08-10"}),
    ]
    for text, published, values in cases:
        assert {e.text: e.value for e in resolve_dates(text, published)} == values, text


def test_every_holiday_is_a_set_and_feasts_counted_from_easter() -> None:
    # fresh set AE: "every Fourth of July" was that year's day; "Holy Thursday" only its
    # "Thursday"; "Corpus Christi, a public holiday" no date (and the Texas city is none)
    assert _values("The signal flashed red for the parade every Fourth of July.",
                   dt.date(2019, 10, 22)) == {"every Fourth of July": ("SET", "XXXX-07-04")}
    assert _values("The shop closes each Easter.", FRIDAY) == {"each Easter": ("SET", "P1Y")}
    assert _values("Carts will be in processions on Holy Thursday, and the reserve was "
                   "closed for Corpus Christi, a public holiday.", dt.date(2028, 3, 8)) == {
        "Holy Thursday": ("DATE", "2028-04-13"), "Corpus Christi": ("DATE", "2027-05-27")}
    assert resolve_dates("She grew up in Corpus Christi and wrote for the Corpus Christi "
                         "Caller-Times.", FRIDAY) == []


def test_overnight_after_an_evening_clock_of_a_day_told_is_that_nights() -> None:
    # review set 39: "docked ... at about 7pm on Friday and began pumping ... overnight" was
    # Thursday night; a morning clock keeps the night before
    assert _values("The tanker docked at about 7pm on Friday and began pumping overnight.",
                   dt.date(2033, 8, 6))["overnight"] == ("TIME", "2033-08-05TNI")
    assert _values("The tanker docked at 9am on Friday after sailing overnight.",
                   dt.date(2033, 8, 6))["overnight"] == ("TIME", "2033-08-04TNI")


def test_a_clock_time_on_a_weekday_of_last_week_is_that_weeks() -> None:
    # review sets 25 and 39: "at 5:52pm on Monday last week" (told Monday 23 August) was
    # that day's 5:52pm; "at midnight on Monday last week" (told Tuesday) yesterday's
    assert _values("Mr Mutua was declared the winner at 5:52pm on Monday last week.",
                   dt.date(2027, 8, 23))["5:52pm"] == ("TIME", "2027-08-16T17:52")
    assert _values("The ban took effect at midnight on Monday last week.",
                   dt.date(2030, 7, 9))["midnight"] == ("TIME", "2030-07-01T24:00")


def test_a_day_that_will_come_is_the_next_one_though_the_last_is_nearer() -> None:
    # fresh set AG (a Reuters earnings story told on 13 February 2020): "Fiscal 2020 will
    # end on Dec 26" went to 26 December 2019, the nearer day; "will" puts it ahead
    february = dt.date(2020, 2, 13)
    assert _values("Fiscal 2020 will end on Dec 26.", february)["Dec 26"] == (
        "DATE", "2020-12-26")
    assert _values("The plant closed on Dec 26.", february) == {"Dec 26": ("DATE", "2019-12-26")}


def test_review_set_40_a_grey_cup_final_s_clock_quarter_and_parade() -> None:
    # review set 40 (a Grey Cup final, told the day after): the drive's "2:19 off the
    # clock" was 2:19 a.m., the injury "early in the fourth quarter" the year's last
    # quarter, and "will hold a victory parade on Tuesday at noon, followed by a rally"
    # went to the Tuesday before for "followed"
    monday = dt.date(2039, 11, 21)
    assert _values("Kowalchuk led a 12-play, 89-yard drive that took 2:19 off the clock.",
                   monday) == {}
    assert _values("Kowalchuk scored at 12:03 of the third quarter.", monday) == {}
    assert _values("Hamilton won it at 2:41 of overtime.", monday) == {}
    assert _values("The game kicked off at 5 p.m. in the first quarter of the day.", monday) == {
        "5 p.m.": ("TIME", "2039-11-21T17:00")}
    assert _values("Fontaine, who ran for 138 yards, went off with an ankle injury early in "
                   "the fourth quarter and did not return.", monday) == {}
    assert _values("The city will hold a victory parade along Albert Street on Tuesday at "
                   "noon, followed by a rally at the stadium.", monday) == {
        "Tuesday": ("DATE", "2039-11-22"), "noon": ("TIME", "2039-11-22T12:00")}
    assert _values("The storm hit on Tuesday, followed by floods.", monday) == {
        "Tuesday": ("DATE", "2039-11-15")}
    # (and the Windhoek council story: a year-first slashed date on the stamp line was only
    # its year; "has threatened to stop operating on Tuesday" put the Tuesday in the past)
    wednesday = dt.date(2044, 3, 16)
    assert _values("Local Authorities | 2044/03/16 | Ndapewa Shikongo", wednesday) == {
        "2044/03/16": ("DATE", "2044-03-16")}
    assert _values("Published 2044.03.16", wednesday) == {"2044.03.16": ("DATE", "2044-03-16")}
    assert _values("The forum has threatened to stop operating on Tuesday.", wednesday) == {
        "Tuesday": ("DATE", "2044-03-22")}
    # (and "Independence Day" in a Windhoek story was July 4: a capital in the head names
    # its country, Namibia, whose day is 21 March; a people named in the lead does not:
    # "when Japanese jewellers buy heavily" kept a Reuters mining story's calendar quarter)
    assert _values("Windhoek council raises bus fares\n\nThe city will run free buses to "
                   "Independence Stadium on Monday for the 54th Independence Day "
                   "celebrations.", wednesday)["Independence Day"] == ("DATE", "2044-03-21")
    assert _values("KELDRA, Zemora (Reuters) - Miners stopped work on Tuesday. " + "x " * 400
                   + "Analysts said a stoppage could tighten supply in the fourth quarter, "
                   "when Japanese jewellers buy heavily.", dt.date(1996, 9, 3))[
        "the fourth quarter"] == ("DATE", "1996-Q4")
    # (and a quotation's "On Thursday I told the guys" gave the kickoff's "at 5 p.m." its
    # day: the story's clock times keep the story's day, last night's game)
    assert _values("The Roughriders won the Grey Cup last night. \"On Thursday I told the "
                   "guys we'd need one drive,\" the coach said. The temperature at kickoff, at "
                   "5 p.m., was minus 14 C.", monday)["5 p.m."] == ("TIME", "2039-11-20T17:00")
    # (and the snowplow maker's "will run 14 weeks, one more than a year earlier" was the
    # date "more than a year earlier": a count's difference)
    assert _values("So the current fourth quarter will run 14 weeks, one more than a year "
                   "earlier.", dt.date(2038, 5, 4)) == {
        "the current fourth quarter": ("DATE", "2038-Q4"), "14 weeks": ("DURATION", "P14W")}
    # (and the silo story's "two and a half years ago", a duration: thirty months back)
    assert _values("In March 2035, two and a half years ago, a smaller dust fire injured one "
                   "worker.", dt.date(2037, 10, 15)) == {
        "March 2035": ("DATE", "2035-03"), "two and a half years ago": ("DATE", "2035-04")}
    # (and the Azores profile's feasts: Pentecost Monday and Trinity Sunday, Easter's 50th
    # and 56th days)
    assert _values("It was held on Pentecost Monday. On Trinity Sunday it moves.",
                   dt.date(2041, 6, 8)) == {"Pentecost Monday": ("DATE", "2041-06-10"),
                                            "Trinity Sunday": ("DATE", "2041-06-16")}
    # (and the snowplow maker's, told in May: a range spans less than a year, not "last
    # July to next December")
    assert _values("Sales fell 8% in July through December.", dt.date(2038, 5, 4)) == {
        "July": ("DATE", "2037-07"), "December": ("DATE", "2037-12")}


def test_fresh_set_ag_a_holiday_named_with_for_a_games_half_a_kind_of_night() -> None:
    # fresh set AG: "Respect for the Aged Day" (Japan) was no day: a holiday's name may
    # hold "for" as it holds "of" and "the"
    assert _values("GIFU, Japan, Oct. 16 Kyodo - Free rides for residents over 70 on Respect "
                   "for the Aged Day drew 1,000 people.", dt.date(2012, 10, 16)) == {
        "Oct. 16": ("DATE", "2012-10-16"), "Respect for the Aged Day": ("DATE", "2012-09-17")}
    # a cup final's "early in the second half" and "deserved a night like this" were a
    # year's half and a night's length; a company's "second half" stays the year's
    assert _values("Guarani led twice, through a header early in the second half and a "
                   "penalty in the 89th minute.", dt.date(2031, 6, 15)) == {}
    assert _values("Profit in the second half fell 1.5 percent.", dt.date(2031, 6, 15)) == {
        "the second half": ("DATE", "2030-H2")}
    assert _values('"This city deserved a night like this," he said.',
                   dt.date(2031, 6, 15)) == {}


def test_fresh_set_af_saints_days_a_timetables_present_and_adjective_participles() -> None:
    # fresh set AF: "Saint George's Day, Day of the Bulgarian Army" and "Saints Cyril and
    # Methodius Day" as python-holidays writes them, "St. George's Caye Day" (Belize) and
    # "Texas Independence Day" were missed or read as July 4; "the Independence Day fair"
    # was no day; "which opens on 1 July" after "had taken bookings" went a year back;
    # "will begin paying compensation for lost livestock in January" was last January;
    # "a second, deeper crack" was a second
    assert _values("SOFIA, Bulgaria — A frost on St George's Day damaged buds.",
                   dt.date(2033, 5, 19)) == {"St George's Day": ("DATE", "2033-05-06")}
    assert _values("BRATISLAVA, Slovakia — A bus will run from St Cyril and Methodius Day.",
                   dt.date(2041, 6, 2)) == {"St Cyril and Methodius Day": ("DATE", "2041-07-05")}
    assert _values("DANGRIGA, Belize — A derby held on St. George's Caye Day brought in 1,140 "
                   "fish. Prizes will be given at the Independence Day fair.",
                   dt.date(2029, 9, 12)) == {"St. George's Caye Day": ("DATE", "2029-09-10"),
                                             "Independence Day": ("DATE", "2029-09-21")}
    assert _values("She was crowned on Texas Independence Day.", dt.date(1996, 3, 10)) == {
        "Texas Independence Day": ("DATE", "1996-03-02")}
    assert _values("Operators had taken bookings for the season, which opens on 1 July.",
                   dt.date(2035, 5, 29)) == {"1 July": ("DATE", "2035-07-01")}
    assert _values("The ministry will begin paying compensation for lost livestock in "
                   "January.", dt.date(2031, 10, 20)) == {"January": ("DATE", "2032-01")}
    assert _values("Divers found a second, deeper crack last year.", dt.date(2041, 6, 2)) == {
        "last year": ("DATE", "2040")}
    assert _values("The light flashed for a second, after which it went dark.",
                   dt.date(2041, 6, 2)) == {"a second": ("DURATION", "PT1S")}
    assert _values("Handlers milk venom on stage every half hour.", dt.date(1996, 3, 10)) == {
        "every half hour": ("SET", "PT30M")}
    assert _values("VIENTIANE, Laos — Bookings had been strong since National Day.",
                   dt.date(2016, 4, 2)) == {"National Day": ("DATE", "2015-12-02")}  # ("Lao
    # National Day" in python-holidays)


def test_christmas_stock_and_trade_are_no_christmas() -> None:
    # review set 39: a title's "traders lose Christmas stock" was Christmas (told as
    # yesterday, with the lead's "spent yesterday ... for the Christmas trade")
    assert resolve_dates("Fire guts Accra cloth market as traders lose Christmas stock",
                         FRIDAY) == []
    assert _values("Stalls were packed with clothing bought on credit for the Christmas "
                   "trade.", FRIDAY) == {}
    # fresh set BC: "never made a Christmas cake" was last Christmas (no gold set tags a
    # feast's name before its cake, eggs, crackers or stockings)
    for text in ("If you have never made a Christmas cake, start with this one.",
                 "Easter eggs sold out.", "She hung the Christmas stockings."):
        assert _values(text, FRIDAY) == {}, text


def test_a_bound_state_and_hope_place_a_year_less_date_by_its_nearest_year() -> None:
    # fresh set AE: "held off until Sept. 24" (told Oct. 3, after a Friday) went a year
    # ahead as if a bound after that Friday; "are fully booked for a fair in mid-June" (told
    # May 28) went a year back for "booked"; "were hoping for orders before Christmas" (told
    # June 4) was last Christmas
    assert _values("He cut it Friday afternoon. This year the first frost held off until "
                   "Sept. 24.", dt.date(1999, 10, 3))["Sept. 24"] == ("DATE", "1999-09-24")
    assert _values("He was released on bail last night until 12 January.",
                   dt.date(1999, 10, 3))["12 January"] == ("DATE", "2000-01-12")
    assert _values("Hotels in Margilan are fully booked for a crafts fair in mid-June.",
                   dt.date(2039, 5, 28)) == {"mid-June": ("DATE", "2039-06")}
    assert _values("Dealers were hoping for stronger orders before Christmas.",
                   dt.date(2009, 6, 4)) == {"Christmas": ("DATE", "2009-12-25")}


def test_a_warning_of_weather_places_the_weekdays_after_it_ahead() -> None:
    # review set 39 (hail in Kakheti, told on a Monday): "has warned of more thunderstorms
    # ... on Wednesday and Thursday" is a forecast of this week's days, not last week's
    monday = dt.date(2038, 9, 20)
    assert _values("The National Environmental Agency has warned of more thunderstorms, "
                   "possibly with hail, in eastern Georgia on Wednesday and Thursday.",
                   monday) == {"Wednesday": ("DATE", "2038-09-22"),
                               "Thursday": ("DATE", "2038-09-23")}
    assert _values("The agency warns of more rain on Wednesday.", monday) == {
        "Wednesday": ("DATE", "2038-09-22")}
    assert _values("The agency warned of more storms on Wednesday.", monday) == {
        "Wednesday": ("DATE", "2038-09-15")}  # (told in the past: the warning's day)


def test_python_holidays_years_outside_its_range_warn_nothing() -> None:
    # python-holidays warns of India's years outside 2001-2035: no warning reaches the user
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = {e.text: e.value for e in resolve_dates(
            "NEW DELHI - Schools closed for Gandhi Jayanti.", dt.date(1990, 10, 5))}
    assert found == {"Gandhi Jayanti": "1990-10-02"}


def test_the_day_a_holiday_is_said_to_fall_on_gives_its_year() -> None:
    # review set 27: "Easter Sunday falls on April 16 this year, ..., compared with March 28
    # last year" (told in January 2028): Easter 2028 (was 2027's, March 28)
    text = ("Easter Sunday falls on April 16 this year, in the second half, compared with "
            "March 28 last year.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2028, 1, 25))}
    assert (found["Easter Sunday"], found["March 28 last year"]) == ("2028-04-16", "2027-03-28")
    text = "Easter fell on March 28."
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2028, 1, 25))}
    assert found == {"Easter": "2027-03-28", "March 28": "2027-03-28"}


def test_a_year_less_date_takes_the_year_of_its_sentence_or_its_when_clause() -> None:
    text = ("It was the worst frost since 1994, when freezes in late June and early July cut "
            "the following year's crop by half. In 1975, a black frost on July 18 killed "
            "millions of trees.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2000, 7, 20))]
    assert found == [("1994", "1994"), ("late June", "1994-06"), ("early July", "1994-07"),
                     ("the following year", "1995"), ("1975", "1975"),
                     ("July 18", "1975-07-18")]  # fmt: skip
    text = ("The previous record was set in 2003, when picking started on Aug. 25. In 1978 it "
            "did not start until Oct. 2. This year the harvest begins on Aug. 20.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2009, 8, 12))]
    assert found == [("2003", "2003"), ("Aug. 25", "2003-08-25"), ("1978", "1978"),
                     ("Oct. 2", "1978-10-02"), ("This year", "2009"),
                     ("Aug. 20", "2009-08-20")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Tallowood Shire mayor Fiona August said the beaches would reopen.",
        "Cr August said it would not be ready.",
        "One carrier has leased a second 747 for the Beijing-Urumqi route.",
        "Paper lanterns were sold at the Lantern Festival in Ohio.",  # no lunar story
        # a season or a holiday naming a kind of thing, an award's name
        "Freight will come by air until the summer barge arrives.",
        "Diesel is trucked in over the winter road.",
        "One of the trucks was carrying the Valentine's Day flowers ordered by the store.",
        "The oak was named England's tree of the year.",
    ],
)
def test_names_ordinals_and_local_festivals_are_no_dates(text: str) -> None:
    assert resolve_dates(text, dt.date(2025, 4, 10)) == []


def test_the_lantern_festival_of_a_lunar_story_is_its_new_years_fifteenth_day() -> None:
    text = ("The Spring Festival falls on Jan. 29 this year, and the festival season ends with "
            "the Lantern Festival.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2006, 1, 22))]
    assert ("Lantern Festival", "2006-02-12") in found


def test_a_day_written_as_an_ordinal_word_of_its_month() -> None:
    # fresh set Z: "He guessed the second of May" was read as the month of May
    text = ("He guessed the second of May. The season ends on the twenty-first of June, and "
            "the lake froze on the thirty-first of December, 2032.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2033, 4, 20))]
    assert found == [("the second of May", "2033-05-02"),
                     ("the twenty-first of June", "2033-06-21"),
                     ("the thirty-first of December, 2032", "2032-12-31")]  # fmt: skip
    assert resolve_dates("It was the first of many. The second of two votes.",
                         dt.date(2033, 4, 20)) == []  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fresh set Z: a fraction before the quarter, a surname after its first mention,
        # a noun's "year-round", and "a future" are no dates of their own
        ("The exchange would cut its trading fees by a third next quarter.",
         [("next quarter", "2004-Q1")]),
        ("\"Volume just isn't there,\" said analyst Dennis May of Harrod Securities. Exchanges "
         "have cut floor staff, and May said the others would follow.", []),
        ("Sales rose in March and May said the company.",
         [("March", "2003-03"), ("May", "2003-05")]),
        ("The diploma was given in front of nearly every year-round resident.", []),
        ("People ask me whether tango has a future, and any future plans are unclear.", []),
    ],
)
def test_fractions_surnames_and_nouns_that_look_like_dates(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2003, 10, 15))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # fresh set Z: a lead held until a day is over, a holiday that "falls late" this
        # year (not the year of "than they did"), "later this year than" a comparison, a
        # participle joined to "will be ...", a season that is spent
        ("Tomsen led the race until late Monday, when he stopped for eight hours.",
         dt.date(1998, 2, 25), [("late Monday", "1998-02-23"), ("eight hours", "PT8H")]),
        ("Because Easter falls late, the parade days come nearly three weeks later this year "
         "than they did in 2018.", dt.date(2019, 3, 3),
         [("Easter", "2019-04-21"), ("nearly three weeks", "P3W"), ("this year", "2019"),
          ("2018", "2018")]),
        ("The turf will be lifted and sold to local football clubs on Friday.",
         dt.date(2026, 7, 16), [("Friday", "2026-07-17")]),
        ("Ms. Cole will leave the island on Saturday and spend the summer with her daughter.",
         dt.date(2015, 6, 10), [("Saturday", "2015-06-13"), ("the summer", "2015-SU")]),
        # still: a deadline ahead, a plain "later this year", a sale that is over
        ("The vote was postponed until Monday. Results are due later this year.",
         dt.date(1998, 2, 25), [("Monday", "1998-03-02"), ("later this year", "1998")]),
        ("The house was lifted and sold on Friday.", dt.date(2026, 7, 16),
         [("Friday", "2026-07-10")]),
        # review set 35: an "-ed" adjective after a preposition is no past cue ("a plan to
        # buy hides and wool at guaranteed prices from June" put June a year back)
        ("The company will buy wool at guaranteed prices from June.", dt.date(2034, 3, 16),
         [("June", "2034-06")]),
        # review set 35: "shortly before midnight" with the small hours of Tuesday told next
        # is Monday's midnight; "11 minutes ahead" is eleven minutes (was "minutes ahead")
        ("Mara Kalstrom won early Tuesday. She caught him shortly before midnight and "
         "reached Safety at 1:52 a.m. Tuesday, 11 minutes ahead.", dt.date(2035, 3, 13),
         [("early Tuesday", "2035-03-13"), ("midnight", "2035-03-12T24:00"),
          ("1:52 a.m. Tuesday", "2035-03-13T01:52"), ("11 minutes", "PT11M")]),
        ("Guests left shortly before midnight.", dt.date(2035, 3, 13),
         [("midnight", "2035-03-13T24:00")]),
        # fresh set AA: a participle after "will be eaten" is no past cue; a market that
        # "closes" on a day keeps a timetable (ahead); a relative clause's past verb is its
        # date's, not the main clause's "should" after it
        ("Most will be eaten fried on Christmas Eve.", dt.date(2039, 10, 19),
         [("Christmas Eve", "2039-12-24")]),
        # review set 36: a plan in an infinitive looks ahead ("to be paid on 22 February"),
        # but not "the first woman to be elected in 1990"
        ("The board declared an interim dividend of 12p a share, to be paid on 22 February.",
         dt.date(2035, 12, 4), [("22 February", "2036-02-22")]),
        ("She was the first woman to be elected in 1990.", dt.date(2035, 12, 4),
         [("1990", "1990")]),
        ("The fish market on the dam closes at 14:00 on Sunday.", dt.date(2039, 10, 19),
         [("14:00", "2039-10-23T14:00"), ("Sunday", "2039-10-23")]),
        ("Analyst Patricia May said the reserve, which held 58 million pounds at the end of "
         "December, should cover demand.", dt.date(2002, 3, 19),
         [("the end of December", "2001-12")]),
    ],
)
def test_waits_over_holidays_that_fall_comparisons_and_spent_seasons(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)] == expected


def test_the_orthodox_easter_is_dateutils() -> None:
    # the hand-written rule (Meeus's Julian algorithm) against a well-kept library's
    from dateutil.easter import EASTER_ORTHODOX, easter

    from timeline.dates.named import _orthodox_easter

    assert all(_orthodox_easter(y) == easter(y, EASTER_ORTHODOX) for y in range(1900, 2101))


def test_fresh_set_ah_stamps_a_holiday_s_plural_name_and_groundhog_day() -> None:
    # fresh set AH: a stamp's date and clock were a DATE and a TIME (the clock first, one
    # TIME, as TimeML draws it); "National Sport Day" is python-holidays' "National Sports
    # Day" for Qatar; Groundhog Day was no date
    assert _values("Dow Jones Newswires January 12, 2011 16:42 ET (21:42 GMT)",
                   dt.date(2011, 1, 12)) == {
        "January 12, 2011 16:42 ET": ("TIME", "2011-01-12T16:42"),
        "21:42 GMT": ("TIME", "2011-01-12T21:42")}
    assert _values("Updated: 29.07.2035 21:40\n\nMOSTAR - A student won.",
                   dt.date(2035, 7, 30)) == {"29.07.2035 21:40": ("TIME", "2035-07-29T21:40")}
    # (with a comma between them, a date and a clock are two, as fresh sets AX and AY draw
    # "Issued Sunday 31 July 2033, 11:40 a.m." four times against AH's one)
    assert _values("Published Monday 21 June 2032, 2.40pm", dt.date(2032, 6, 21)) == {
        "Monday 21 June 2032": ("DATE", "2032-06-21"), "2.40pm": ("TIME", "2032-06-21T14:40")}
    assert _values("Issued Wednesday, March 25, 2037, 6:15 a.m. AST\n\nWeather",
                   dt.date(2037, 3, 25)) == {"Wednesday, March 25, 2037": ("DATE", "2037-03-25"),
                                             "6:15 a.m. AST": ("TIME", "2037-03-25T06:15")}
    assert _values("Last updated: February 9, 2039 at 21:05", dt.date(2039, 2, 9)) == {
        "February 9, 2039": ("DATE", "2039-02-09"), "21:05": ("TIME", "2039-02-09T21:05")}
    assert _values("DOHA - Crowds joined runs across Qatar on National Sport Day, the ministry "
                   "said.", dt.date(2039, 2, 9)) == {
        "National Sport Day": ("DATE", "2039-02-08")}
    assert _values("Groundhog Day began here, as usual, in the dark.", dt.date(1996, 2, 2)) == {
        "Groundhog Day": ("DATE", "1996-02-02")}
    # (an event's date keeps the two apart: the stamp's clock is no happening's time)
    found = resolve_dates("Published Monday 21 June 2032, 2.40pm", dt.date(2032, 6, 21),
                          join_clock_days=True)
    assert [e.type for e in found] == [TimexType.DATE, TimexType.TIME]


def test_fresh_set_ah_sets_titles_names_datelines_and_24_hour_clocks() -> None:
    # fresh set AH: "every Feb. 2" was a day, the film "Groundhog Day" a date, "said April
    # d'Entremont" a month, "In June Trump visited" no month, a capitals dateline no country,
    # "until at least Independence Day" last year's, "bookings for March" nothing, "0300
    # hours" 300 hours, "the current financial year, which ends on 30 June" the last June
    friday = dt.date(1996, 2, 2)
    assert _values("The club has staged the forecast every Feb. 2 since 1887.", friday) == {
        "every Feb. 2": ("SET", "XXXX-02-02"), "1887": ("DATE", "1887")}
    assert _values('That changed in 1993, when the Bill Murray comedy "Groundhog Day" was '
                   "released.", friday) == {"1993": ("DATE", "1993")}
    november = dt.date(2018, 11, 27)
    assert _values('"They want them for Christmas," said April d\'Entremont, a buyer.',
                   november) == {"Christmas": ("DATE", "2018-12-25")}
    assert _values("In June Trump visited Paris.", november) == {"June": ("DATE", "2018-06")}
    assert _values("The ruling was praised by June Ellerbe, 58.", november) == {}
    february = dt.date(2030, 2, 22)
    assert _values("HARARE — The ruins stay closed until at least Independence Day.",
                   february) == {"Independence Day": ("DATE", "2030-04-18")}
    assert _values("Tour groups had already cancelled bookings for March.", february) == {
        "March": ("DATE", "2030-03")}
    assert _values("Supporters came out for March for Our Lives.", february) == {}
    assert _values("A guard heard the stones fall at around 0300 hours on Thursday.",
                   february) == {"around 0300 hours": ("TIME", "2030-02-21T03:00"),
                                 "Thursday": ("DATE", "2030-02-21")}  # fmt: skip
    assert _values("The job took 300 hours.", february) == {"300 hours": ("DURATION", "PT300H")}
    october = dt.date(2042, 10, 17)
    assert _values("The ministry has 180,000 tala in the current financial year, which ends "
                   "on 30 June.", october)["30 June"] == ("DATE", "2043-06-30")


def test_easter_in_an_orthodox_country_s_story_is_the_orthodox_one() -> None:
    # review set 41: a bare "Easter" in a Bulgarian story was the Western Easter where the
    # country's calendar (python-holidays) keeps none: Russia's, or Greece's Palm Sunday
    june = dt.date(2040, 6, 1)
    assert _values("MOSCOW — This spring Easter fell on St George's Day.", june)[
        "Easter"] == ("DATE", "2040-05-06")
    assert _values("ATHENS — The ferries stopped on Palm Sunday.", june) == {
        "Palm Sunday": ("DATE", "2040-04-29")}
    assert _values("LONDON — The ferries stopped on Palm Sunday.", june) == {
        "Palm Sunday": ("DATE", "2040-03-25")}


def test_the_same_afternoon_and_seasons_ago() -> None:
    # review set 41: "reported the damage the same afternoon" and "He died two winters
    # ago" were no dates
    march = dt.date(2045, 3, 15)
    assert _values("The forklift struck the racking on 28 October 2042, and he reported the "
                   "damage the same afternoon.", march) == {
        "28 October 2042": ("DATE", "2042-10-28"),
        "the same afternoon": ("TIME", "2042-10-28TAF")}
    assert _values("On Friday he left, and that same evening he came back.", march) == {
        "Friday": ("DATE", "2045-03-10"), "that same evening": ("TIME", "2045-03-10TEV")}
    # as "last winter" is 2044-WI told in March 2045, "two winters ago" is the one before
    assert _values("It froze last winter. He died two winters ago.", march) == {
        "last winter": ("DATE", "2044-WI"), "two winters ago": ("DATE", "2043-WI")}
    assert _values("They bought it two summers ago.", march) == {
        "two summers ago": ("DATE", "2043-SU")}


def test_a_range_of_clock_times_that_ends_before_it_starts_ends_the_next_day() -> None:
    # fresh set AH's Aymara new year: "from 10pm yesterday until 6am" ended the day before
    # it began; and "until 4 a.m. Sunday" after "from 11 p.m. Saturday" went a week ahead
    monday = dt.date(2032, 6, 21)
    assert _values("The road was closed from 10pm yesterday until 6am.", monday) == {
        "10pm yesterday": ("TIME", "2032-06-20T22:00"), "6am": ("TIME", "2032-06-21T06:00")}
    assert _values("The road will be closed from 10pm to 5am.", monday) == {
        "10pm": ("TIME", "2032-06-21T22:00"), "5am": ("TIME", "2032-06-22T05:00")}
    assert _values("The road was shut from 11 p.m. Saturday until 4 a.m. Sunday.", monday) == {
        "11 p.m. Saturday": ("TIME", "2032-06-19T23:00"),
        "4 a.m. Sunday": ("TIME", "2032-06-20T04:00")}
    assert _values("The shop opens from 9am to 5pm.", monday) == {
        "9am": ("TIME", "2032-06-21T09:00"), "5pm": ("TIME", "2032-06-21T17:00")}


def test_a_place_in_the_head_before_another_country_s_name_names_the_story_s_country() -> None:
    # fresh set AI: "DILI — ... built in Indonesia" was an Indonesian story (the country
    # table was searched before the places), so "Restoration of Independence Day" was
    # Indonesia's Independence Day, 17 August
    text = ("DILI — A new ferry to Atauro made its first crossing yesterday, on Restoration of "
            "Independence Day. The ship was built in Indonesia.")
    assert _values(text, dt.date(2043, 5, 21))["Restoration of Independence Day"] == (
        "DATE", "2043-05-20")


def test_a_half_or_year_end_told_in_the_past_early_in_a_year_is_last_year_s() -> None:
    # fresh set AI: a January GDP release's "growth slowed from 5.4 percent in the first
    # half" and "lost momentum toward the end of the year" were this year's
    january = dt.date(2005, 1, 27)
    assert _values("Growth slowed from 5.4 percent in the first half to 3.8 percent in the "
                   "second half.", january) == {
        "the first half": ("DATE", "2004-H1"), "the second half": ("DATE", "2004-H2")}
    assert _values("Exports lost momentum toward the end of the year.", january) == {
        "the end of the year": ("DATE", "2004")}
    assert _values("A trial was unlikely to begin before the end of the year.", january) == {
        "the end of the year": ("DATE", "2005")}
    # fresh set BO, told on 8 January 2010: a bound gone by in the past is last year's
    assert _values("Exporters rushed to ship beans before the end of the year.", january) == {
        "the end of the year": ("DATE", "2004")}


def test_the_same_afternoon_after_a_year_is_the_last_day_told() -> None:
    # fresh set AI: "made the climb yesterday ... opened in 1976 ... the same afternoon"
    # gave XXXX-XX-XX, a year standing between
    assert _values("Pilgrims made the climb yesterday. The sanctuary opened in 1976. The "
                   "council met there the same afternoon.", dt.date(2033, 9, 9)) == {
        "yesterday": ("DATE", "2033-09-08"), "1976": ("DATE", "1976"),
        "the same afternoon": ("TIME", "2033-09-08TAF")}


def test_a_part_of_the_day_after_for_or_by_at_a_clause_end_is_a_time() -> None:
    # fresh set AI: "a forecast of showers for the afternoon", "likely to clear by the
    # evening, with a top of 22 degrees" were no times (only "in the afternoon" was)
    tuesday = dt.date(2015, 11, 3)
    assert _values("Crowds came despite a forecast of showers for the afternoon.", tuesday) == {
        "the afternoon": ("TIME", "2015-11-03TAF")}
    assert _values("Showers were likely to clear by the evening, with a top of 22 degrees.",
                   tuesday) == {"the evening": ("TIME", "2015-11-03TEV")}
    assert _values("He waited for the evening train.", tuesday) == {}


def test_a_timetable_s_present_before_a_weekday_looks_ahead() -> None:
    # fresh set AI: "offices, closed yesterday and today for the holiday, reopen on
    # Thursday" and "ends with Stakes Day on Saturday" were the days before
    wednesday = dt.date(2036, 12, 17)
    assert _values("Government offices, closed yesterday and today for the holiday, reopen on "
                   "Thursday.", wednesday)["Thursday"] == ("DATE", "2036-12-18")
    assert _values("The carnival continues with Oaks Day on Thursday and ends with Stakes Day "
                   "on Saturday.", wednesday) == {"Thursday": ("DATE", "2036-12-18"),
                                                  "Saturday": ("DATE", "2036-12-20")}
    assert _values("The museum reopened on Thursday.", wednesday) == {
        "Thursday": ("DATE", "2036-12-11")}


def test_a_timetable_s_present_just_before_a_weekday_looks_ahead() -> None:
    # fresh set CV's Charleston insurance story (a Tuesday): "The quarter ends Saturday, and
    # analysts said most companies would report a loss" put the quarter's end on the
    # Saturday gone by, wire copy having no "on" for the timetable's present to stand before
    tuesday = dt.date(1989, 9, 26)
    assert _values("The quarter ends Saturday, and analysts said most companies would report a "
                   "loss.", tuesday)["Saturday"] == ("DATE", "1989-09-30")
    assert _values("The season ends Saturday.", tuesday) == {"Saturday": ("DATE", "1989-09-30")}
    assert _values("The Tigers play Saturday.", tuesday) == {"Saturday": ("DATE", "1989-09-30")}
    # a past verb before it still looks back
    assert _values("The season ended Saturday.", tuesday) == {"Saturday": ("DATE", "1989-09-23")}
    # the code review: nor the noun "ends" ("tied up loose ends Saturday")
    assert _values("He tied up loose ends Saturday and flew home.", tuesday) == {
        "Saturday": ("DATE", "1989-09-23")}


def test_a_request_or_a_timetable_s_present_puts_a_weekday_ahead() -> None:
    # fresh sets AZ, BV, BY, CD: "Return your medical form by Friday", "Come on Thursday
    # night", "Take it easy on Monday morning", "Tickets ... go on sale on Monday" and "On
    # Tuesday it becomes a provincial city again" were the days before
    friday = dt.date(1989, 10, 6)
    assert _values("Return your medical form by Friday.", dt.date(2047, 11, 4))["Friday"] == (
        "DATE", "2047-11-08")
    assert _values("Come on Thursday night, even if you are tired.", friday) == {
        "Thursday night": ("TIME", "1989-10-12TNI")}
    assert _values('"Take it easy on Monday morning," she said.', friday) == {
        "Monday morning": ("TIME", "1989-10-09TMO")}
    assert _values("Tickets for the new services go on sale on Monday.", friday) == {
        "Monday": ("DATE", "1989-10-09")}
    assert _values("On Tuesday it becomes a provincial city again.", friday) == {
        "Tuesday": ("DATE", "1989-10-10")}
    assert _values("The academy names the physics laureates on Thursday.", friday) == {
        "Thursday": ("DATE", "1989-10-12")}
    # (a request's verb later in its sentence, or a past verb, keeps the day gone by)
    assert _values("Police said they took the car on Monday.", friday) == {
        "Monday": ("DATE", "1989-10-02")}
    assert _values("On Tuesday it rained.", friday) == {"Tuesday": ("DATE", "1989-10-03")}
    # fresh set CF: a clock before the day too ("The doors open at 8.30pm on Thursday")
    found = _values("The doors open at 8.30pm on Thursday.", dt.date(2020, 2, 14))
    assert found["Thursday"] == ("DATE", "2020-02-20")
    assert found["8.30pm"] == ("TIME", "2020-02-20T20:30")
    assert _values("The museum reopened at 9am on Thursday.", dt.date(2020, 2, 14))[
        "Thursday"] == ("DATE", "2020-02-13")


def test_a_past_midnight_told_on_the_paper_s_day_began_it() -> None:
    # fresh sets AH and AI: "The celebrations began at midnight", "fires lit at midnight",
    # told that day, were the midnight that ends it, still to come
    sunday = dt.date(2040, 7, 1)
    assert _values("The celebrations began at midnight with drumming, and a wreath was laid "
                   "at 9am.", sunday) == {"midnight": ("TIME", "2040-06-30T24:00"),
                                          "9am": ("TIME", "2040-07-01T09:00")}
    assert _values("The party will end at midnight.", sunday) == {
        "midnight": ("TIME", "2040-07-01T24:00")}
    assert _values("Delaney conceded shortly before midnight.", sunday) == {
        "midnight": ("TIME", "2040-07-01T24:00")}


def test_a_place_named_after_a_holiday_is_no_holiday() -> None:
    # review set 79 a and b: "Christmas Island" was Christmas Day (and the clocks after it
    # its clocks); fresh set BG: Hibernian's ground "Easter Road" was Easter
    told = dt.date(2053, 1, 20)
    assert _values("The cyclone passed south of Christmas Island at 10am.", told) == {
        "10am": ("TIME", "2053-01-20T10:00")}
    assert _values("Hibernian beat Dundee 2-0 at Easter Road on Sunday.", told) == {
        "Sunday": ("DATE", "2053-01-19")}
    assert _values("Easter Islanders and the Christmas Islands waited. Shops closed for "
                   "Christmas.", told) == {"Christmas": ("DATE", "2052-12-25")}


def test_st_joseph_s_day_is_19_march() -> None:
    # fresh set AI: the Capistrano swallows' "It was St. Joseph's Day" was no date
    assert _values("It was St. Joseph's Day, when legend says the swallows return.",
                   dt.date(2000, 3, 20)) == {"St. Joseph's Day": ("DATE", "2000-03-19")}


def test_christian_feasts_of_fixed_days() -> None:
    # review set 42: "This afternoon, on Candlemas, white doves will be released" (2 Feb)
    assert _values("This afternoon, on Candlemas, white doves will be released.",
                   dt.date(2041, 2, 2)) == {"This afternoon": ("TIME", "2041-02-02TAF"),
                                            "Candlemas": ("DATE", "2041-02-02")}
    assert _values("Rents fell due at Michaelmas.", dt.date(2041, 2, 2)) == {
        "Michaelmas": ("DATE", "2040-09-29")}
    assert _values("Families visited graves on All Souls' Day.", dt.date(2041, 2, 2)) == {
        "All Souls' Day": ("DATE", "2040-11-02")}
    assert _values("She had an epiphany.", dt.date(2041, 2, 2)) == {}


def test_the_small_hours_belong_to_the_night_before() -> None:
    # review set 42: after "11:42 p.m. on Friday" and "1:50 a.m.", "overnight" is Friday's
    # night and "the next morning" Saturday's (not Sunday's)
    sunday = dt.date(2044, 1, 10)
    text = ("The trawler struck rocks at 11:42 p.m. on Friday.\n\nThe helicopter reached the "
            "ship at 1:50 a.m.\n\nThe other men sheltered in the wheelhouse overnight.\n\nBy "
            "the next morning the wind had eased, and at about 10:15 a.m. the lifeboat got a "
            "line aboard.")
    values = _values(text, sunday)
    assert values["overnight"] == ("TIME", "2044-01-08TNI")
    assert values["the next morning"] == ("TIME", "2044-01-09TMO")
    assert values["about 10:15 a.m."] == ("TIME", "2044-01-09T10:15")
    # told with its own day, the small hours' "following morning" is the day after
    assert _values("Her power went out about 3 a.m. Wednesday. Her nephew came to check on "
                   "her the following morning.", dt.date(2025, 7, 26))[
        "the following morning"] == ("TIME", "2025-07-24TMO")
    # so after "That night ... until 4 a.m."
    assert _values("That night she ate pizza on the beach until 4 a.m. The next morning she "
                   "did 22 interviews.", dt.date(2027, 9, 8))[
        "The next morning"][1].endswith("TMO")


def test_overnight_after_a_day_told_in_its_sentence_is_that_days_night() -> None:
    # review set 42: "began on Thursday ... and spread overnight": Thursday's night
    assert _values("The protest began on Thursday with a handful of roadblocks and spread "
                   "overnight.", dt.date(1998, 10, 30))["overnight"] == ("TIME", "1998-10-29TNI")
    # not a habit told in the present ("where guests hang wet boots overnight")
    assert _values("Police said on Wednesday that the fire started in the drying room, where "
                   "guests hang wet boots and clothes overnight.", dt.date(2030, 7, 19))[
        "overnight"] != ("TIME", "2030-07-17TNI")


def test_an_opening_n_years_ago_dates_only_its_own_clause() -> None:
    # set AJ: "Four years ago, the onset came on May 25" is that year's; review sets 18 and
    # 22: not a later clause's month ("..., which they approved in June")
    published = dt.date(2025, 1, 10)
    assert _values("A year ago, the company asked regulators to approve an upgrade, which "
                   "they approved in June.", published)["June"] == ("DATE", "2024-06")
    assert _values("Two years ago the council promised a new ferry, and after a long argument "
                   "it confirmed the order in December.", published)["December"] == (
        "DATE", "2024-12")


def test_review_set_42_a_basketball_final_s_clock_and_quarter() -> None:
    # review set 42 (a basketball final): "with 1:40 left in regulation" was 1:40 a.m., and
    # "had led by 15 points early in the third quarter" the year's third quarter
    tuesday = dt.date(2036, 6, 17)
    assert _values("Žalgiris had led by 15 points early in the third quarter.", tuesday) == {}
    assert _values("He fouled out with 1:40 left in regulation.", tuesday) == {}
    assert _values("Profit led by 5% growth in the third quarter.", tuesday) == {
        "the third quarter": ("DATE", "2036-Q3")}


def test_review_set_42_a_split_fiscal_year_and_what_was_warned() -> None:
    # review set 42 (a Pakistani exporter, its fiscal year to June 30): "the first quarter
    # of 2041-42" stopped at 2041 (its "-42" left in the headline) and was January-March;
    # "warned that the second quarter would be weaker" was read in the past (2040-Q2)
    text = ("LAHORE: Chenab posted a net profit for the first quarter of 2041-42. In the "
            "fiscal year that ended on June 30, it earned Rs9.8bn. Rana warned that the "
            "second quarter would be weaker than the first.")
    found = {e.text: e for e in resolve_dates(text, dt.date(2041, 10, 24))}
    first = found["the first quarter of 2041-42"]
    assert (first.start_date, first.end_date) == (dt.date(2041, 7, 1), dt.date(2041, 9, 30))
    second = found["the second quarter"]
    assert (second.start_date, second.end_date) == (dt.date(2041, 10, 1), dt.date(2041, 12, 31))


def test_an_elliptical_if_needed_is_no_past() -> None:
    # review set 42: "if needed" in the next conjunct put Game 4 on the Thursday before
    assert _values("Game 4 is in Vilnius on Thursday, and a deciding Game 5, if needed, "
                   "will be played in Kaunas on Sunday.", dt.date(2036, 6, 17)) == {
        "Thursday": ("DATE", "2036-06-19"), "Sunday": ("DATE", "2036-06-22")}
    # ... nor "as required" or "when needed" (the second judgement: only "if" was covered)
    assert _values("Game 4 is in Vilnius on Thursday, and Game 5, as required, will be "
                   "played on Sunday.", dt.date(2036, 6, 17))["Thursday"] == ("DATE", "2036-06-19")


def test_fresh_set_ak_first_errors() -> None:
    # fresh set AK: a count's participle ("on 41 inhabited islands") and a later clause's
    # verb ("after the driest monsoon on record left tanks empty") were read as the tense
    assert _values("MALÉ — The Maldives will ration tap water in the capital and on 41 "
                   "inhabited islands from Tuesday after the driest northeast monsoon on "
                   "record left rainwater tanks empty.", dt.date(2041, 3, 17)) == {
        "Tuesday": ("DATE", "2041-03-19")}
    # an aside's participle ("The Landtag, elected on 8 February,") is no verb of the clause
    assert _values("The Landtag, elected on 8 February, holds its opening sitting on "
                   "Thursday at 10:00.", dt.date(2037, 3, 11))["Thursday"] == (
        "DATE", "2037-03-12")
    # a story's year does not go on into a sentence of the paper's year
    assert _values("On October 11, 1994, the currency lost 27 percent. Three zeros were "
                   "struck off the rouble on January 1, and the government had hoped to "
                   "keep inflation below 8 percent this year.", dt.date(1998, 8, 17))[
        "January 1"] == ("DATE", "1998-01-01")
    # "buy back half of that stake" is no half of a year; "the back half of the year" is
    assert _values("The board agreed to buy back half of that stake.", dt.date(2046, 11, 13)) == {}
    assert _values("Sales should pick up in the back half of the year.",
                   dt.date(2046, 11, 13)) == {"the back half of the year": ("DATE", "2046-H2")}


def test_a_day_in_a_clause_of_this_year_is_the_papers_years() -> None:
    # fresh set AK: "because the court's vacation this year runs from 15 July to 30
    # September", told in June after a past saying, went to the year before
    assert _values("Lawyers said a final judgment was unlikely, because the Court of "
                   "Cassation's vacation this year runs from 15 July to 30 September.",
                   dt.date(2043, 6, 18)) == {"this year": ("DATE", "2043"),
                                             "15 July": ("DATE", "2043-07-15"),
                                             "30 September": ("DATE", "2043-09-30")}


def test_a_basketball_shot_makes_its_quarter_the_games() -> None:
    # review set 42's second judgement: "hit a three-pointer in the fourth quarter" was the
    # year's fourth quarter
    tuesday = dt.date(2036, 6, 17)
    assert _values("Smith hit a three-pointer in the fourth quarter.", tuesday) == {}
    assert _values("Sales rose in the fourth quarter.", tuesday) == {
        "the fourth quarter": ("DATE", "2035-Q4")}


def test_a_present_passive_after_until_is_ahead_of_last_year_s_story() -> None:
    # fresh set AP: "remanded him in custody until he is sentenced on May 18", after a
    # crash "last summer", went back to last year's May
    told = dt.date(2040, 4, 24)
    assert _values("His boat struck a rowing boat last summer. The judge remanded him in "
                   "custody until he is sentenced on May 18.", told)["May 18"] == (
        "DATE", "2040-05-18")
    assert _values("His boat struck a rowing boat last summer. The judge remanded him in "
                   "custody until May 18.", told)["May 18"] == ("DATE", "2040-05-18")


def test_a_modifier_before_a_count_of_one_makes_no_duration() -> None:
    # fresh set AP: "beat the Tigers in the semi-final a week ago" gave "final a week", P1W
    told = dt.date(2037, 9, 13)
    assert _values("They beat the Tigers 30-8 in the semi-final a week ago.", told) == {
        "a week ago": ("DATE", "2037-09-06")}
    assert _values("They won the final a year ago.", told) == {"a year ago": ("DATE", "2036")}
    assert _values("It rained for the final two weeks.", told) == {
        "the final two weeks": ("DURATION", "P2W")}


def test_the_night_and_a_part_of_the_day_spent_are_times() -> None:
    # fresh set AP: "Counting went on through the night", "spent the rest of the night on
    # the hillsides", "had spent the evening drinking" were no times
    told = dt.date(1997, 5, 24)
    assert _values("Nateq-Nouri conceded on Saturday morning. Counting went on through the "
                   "night.", told) == {"Saturday morning": ("TIME", "1997-05-24TMO"),
                                       "the night": ("TIME", "1997-05-23TNI")}  # its night
    assert _values("On Friday Ferrary had spent the evening drinking.", told)[
        "the evening"] == ("TIME", "1997-05-23TEV")
    assert _values("On Friday they spent the night on the roof.", told)["the night"] == (
        "TIME", "1997-05-23TNI")
    assert _values("The talks began at 8 p.m. on Thursday. They went on through the night.",
                   told)["the night"] == ("TIME", "1997-05-22TNI")
    # a kind of thing, a habit or a permission: no night
    assert _values("A meteorite lit up the night sky.", told) == {}
    assert _values("Farmers were checking thermometers every hour through the night.",
                   told) == {"every hour": ("SET", "PT1H")}
    assert _values("The ruling allows cargo aircraft to use the airport through the night.",
                   told) == {}
    # the night of a day: one TIME, as TIDES and the fresh sets draw it (AQUAINT tags the
    # day alone)
    assert _values("He was shot dead on the night of Oct. 23.", told) == {
        "the night of Oct. 23": ("TIME", "1996-10-23TNI")}


def test_a_part_of_the_day_named_before_its_date_is_one_time() -> None:
    # fresh sets AR, AS, AU, BB, BC, BD, BE, BV: "on the night of October 4" was the day
    # alone, a DATE; TimeML (and TIDES) draw the whole phrase as the day's part, a TIME
    cases = [
        ("In 1869, the Saxby Gale struck the Bay of Fundy on the night of October 4.",
         dt.date(2057, 10, 14), "the night of October 4", "1869-10-04TNI"),
        ("Churches will ring their bells on the morning of July 26.", dt.date(2047, 7, 20),
         "the morning of July 26", "2047-07-26TMO"),
        ("The peak falls on the night of Monday 12 August.", dt.date(2052, 8, 1),
         "the night of Monday 12 August", "2052-08-12TNI"),
        ("Engineers noticed the queries on the afternoon of July 2.", dt.date(2025, 7, 20),
         "the afternoon of July 2", "2025-07-02TAF"),
        ("The post went up on the evening of Dec. 7.", dt.date(2026, 12, 9),
         "the evening of Dec. 7", "2026-12-07TEV"),
        ("Two men climbed in during the early hours of Nov. 15, 2019.", dt.date(2026, 1, 5),
         "the early hours of Nov. 15, 2019", "2019-11-15TMO"),
        # ("the night" is not read alone before its date)
        ("The system will be upgraded during the night of 31 March.", dt.date(2066, 3, 19),
         "the night of 31 March", "2066-03-31TNI"),
    ]
    for text, published, span, value in cases:
        assert _values(text, published)[span] == ("TIME", value), text
    # a part of something else than a day stays out
    assert _values("Check the forecast on the afternoon of the peak.", dt.date(2052, 8, 1)) == {}
    # an event's date keeps the day's span (the headline reads the phrase before it)
    [joined] = resolve_dates("A frost on the night of October 28 hit the vines.",
                             dt.date(2030, 2, 1), join_clock_days=True)  # fmt: skip
    assert (joined.text, joined.value) == ("October 28", "2029-10-28TNI")


def test_a_clock_on_the_night_of_a_day_is_that_nights() -> None:
    # review set 43 b: "fired three shots ... at about 10:40 on the night of August 23,
    # 2026" put 10:40 on the paper's day, in the morning
    found = _values("Pollard fired three shots at about 10:40 on the night of August 23, 2026.",
                    dt.date(2029, 3, 14))  # fmt: skip
    assert found["about 10:40"] == ("TIME", "2026-08-23T22:40")
    found = _values("The count began at 9:05 on the morning of Aug. 2, 2026, and at 2:15 on "
                    "the afternoon of June 3, 2025, it ended.", dt.date(2029, 3, 14))  # fmt: skip
    assert found["9:05"] == ("TIME", "2026-08-02T09:05")
    assert found["2:15"] == ("TIME", "2025-06-03T14:15")
    # a clock that tells its half keeps it
    assert _values("It struck at 5 a.m. on the night of June 3, 2025.", dt.date(2029, 3, 14))[
        "5 a.m."] == ("TIME", "2025-06-03T05:00")


def test_a_cause_lists_courts_each_with_their_days_and_listings() -> None:
    # fresh set CC: a cause list whose courts each list their week's days ("MONDAY 7 MARCH"
    # ... "FRIDAY 11 MARCH", then "MONDAY 7 MARCH" again) was read as no diary (its days
    # out of order), and a listing's clock took the day an earlier listing told
    text = (
        "CIVIL CAUSE LIST\nFor the week beginning Monday 7 March 2078\n"
        "Issued Friday 4 March 2078, 2.00 p.m.\n\nCOURT 1\n\nMONDAY 7 MARCH\n"
        "9.00 a.m. Ramkissoon v Ramdial. Trial. Adjourned from 14 January 2078.\n"
        "11.00 a.m. Caroni Feeds Ltd v Boodoo. Case management conference.\n\n"
        "TUESDAY 8 MARCH\n9.00 a.m. Ramkissoon v Ramdial. Trial continues (day 2 of 3).\n"
        "1.30 p.m. In the Estate of Lalchan Singh. Application.\n\nWEDNESDAY 9 MARCH\n"
        "9.00 a.m. Ramkissoon v Ramdial. Closing submissions by 4.00 p.m. on Friday 18 March.\n"
        "2.00 p.m. Persad v Atlantic Caribbean Bank. Urgent application.\n\n"
        "FRIDAY 11 MARCH\n9.30 a.m. Mentions.\n\nCOURT 3\n\nMONDAY 7 MARCH\n"
        "10.30 a.m. Gulf View Developers Ltd v Rampersad. Assessment of damages.\n"
    )
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2078, 3, 4))]
    assert ("the week beginning Monday 7 March 2078", "2078-W10") in found
    clocks = [value for told, value in found if told.endswith(("a.m.", "p.m."))]
    assert clocks == ["2078-03-04T14:00", "2078-03-07T09:00", "2078-03-07T11:00",
                      "2078-03-08T09:00", "2078-03-08T13:30", "2078-03-09T09:00",
                      "2078-03-18T16:00", "2078-03-09T14:00", "2078-03-11T09:30",
                      "2078-03-07T10:30"]  # fmt: skip
    # a tracking page's history, newest day first, is no diary: "until 18:00 tomorrow"
    # after it is the paper's tomorrow
    history = ("Tracking history\n\nSaturday 10 April\n\n14:37 Graz depot: arrived\n\n"
               "Friday 9 April\n\nPorto hub closed\n\nThursday 8 April\n\n21:05 Porto hub: "
               "arrived\n\nWednesday 7 April\n\n16:20 Porto: collected\n\nDelivery options\n\n"
               "You can change your delivery until 18:00 tomorrow.\n")  # fmt: skip
    assert _values(history, dt.date(2066, 4, 11))["18:00 tomorrow"] == ("TIME", "2066-04-12T18:00")


def test_a_frequency_word_in_a_papers_name_and_clocks_in_words() -> None:
    # fresh set CC: "Daily Graphic", "Turkish Daily News" were sets; "eleven in the
    # morning" was "the morning" alone
    assert _values("Census: stay where you sleep tomorrow night\nDaily Graphic\n\nGhanaians "
                   "were asked.", dt.date(2051, 6, 24)) == {  # fmt: skip
        "tomorrow night": ("TIME", "2051-06-25TNI")}
    assert "Daily" not in _values("Watchdog orders channel off the air\nTurkish Daily News\n"
                                  "ANKARA - The watchdog met.", dt.date(1995, 3, 16))  # fmt: skip
    assert _values("He walks there daily.", dt.date(1995, 3, 16)) == {"daily": ("SET", "P1D")}
    told = dt.date(1991, 5, 31)
    assert _values("It's eleven in the morning here and they are asleep.", told) == {
        "eleven in the morning": ("TIME", "1991-05-31T11:00")}
    assert _values("The bees came out at about two in the afternoon.", told)[
        "about two in the afternoon"] == ("TIME", "1991-05-31T14:00")
    assert _values("One hostage was released at about two-thirty this afternoon.", told)[
        "about two-thirty this afternoon"] == ("TIME", "1991-05-31T14:30")
    assert _values("They stopped at ten at night.", told)["ten at night"] == (
        "TIME", "1991-05-31T22:00")
    # a count is no clock
    assert "two in the morning" not in _values("Take two in the morning with water.", told)


def test_a_bare_early_o_clock_is_the_afternoon_s() -> None:
    # fresh sets BM, CC and CF: "Most shops close at two o'clock today", "arriving at the
    # gate just after four o'clock", "at two o'clock, and afterwards at Berrington Barn"
    # were the small hours
    told = dt.date(1987, 12, 31)
    assert _values("Most shops close at two o'clock today.", told) == {
        "two o'clock today": ("TIME", "1987-12-31T14:00")}
    assert _values("They arrived at the gate just after four o'clock.", told) == {
        "four o'clock": ("TIME", "1987-12-31T16:00")}
    # (not one of rising, of the night, nor near a clock told before)
    assert _values("I will still get up at five o'clock.", told) == {
        "five o'clock": ("TIME", "1987-12-31T05:00")}
    assert _values("The rain fell all night and by four o'clock the river burst.", told)[
        "four o'clock"] == ("TIME", "1987-12-31T04:00")
    assert _values("By 02:15 water stood in the street. By three o'clock my shop was gone.",
                   told)["three o'clock"] == ("TIME", "1987-12-31T03:00")
    assert _values("The fire was brought under control at around 5am on Monday. The mayor "
                   "visited on Monday afternoon. \"I came at 6 o'clock when they called me.\"",
                   told)["6 o'clock"][1].endswith("T06:00")  # (set 70 f: the fire's morning)


def test_fresh_set_cg_papers_names_days_a_year_quarters_of_an_hour_and_next_weekdays() -> None:
    # fresh set CG: "DAILY TIMES", "THE DAILY STAR", "SUNDAY MONITOR" and "told Sunday
    # Monitor" were dates and sets; "365 days a year" a duration; "an hour and a quarter"
    # an hour and a year's quarter; "from 5am next Sunday" told on a Sunday that Sunday;
    # "closes at 1.30 pm on Fridays" one Friday
    sunday = dt.date(2022, 10, 2)
    assert _values("DAILY TIMES, Lagos\nTHE DAILY STAR, Lebanon\nSUNDAY MONITOR\nShe told "
                   "Sunday Monitor on Sunday.", sunday) == {"Sunday": ("DATE", "2022-10-02")}
    assert _values("MOSHI AUCTION, WEEKLY MARKET REPORT", sunday) == {"WEEKLY": ("SET", "P1W")}
    assert _values("They say the park will open 365 days a year.", sunday) == {
        "365 days a year": ("SET", "P1Y")}
    assert _values("Visitors booked rooms for Nine Mornings a year in advance.", sunday) == {}
    assert _values("There is a break of an hour and a quarter for lunch.", sunday) == {
        "an hour and a quarter": ("DURATION", "PT1H15M")}
    assert _values("Roads will be closed from 5am next Sunday.", sunday)["5am"] == (
        "TIME", "2022-10-09T05:00")
    assert _values("The Jury Office closes at 1.30 pm on Fridays.", sunday)["Fridays"] == (
        "SET", "XXXX-WXX-5")


def test_fresh_set_ch_jewish_holidays_hours_clocks_and_spaced_dotted_dates() -> None:
    # fresh set CH: Purim and Passover were no dates; "05.00 hours" a duration; "a quarter
    # to seven this morning" the evening before and "this morning"; "back tomorrow at half
    # past two" 02:30; "every quarter of an hour" a year's quarter; "22. 10. 2077" the year
    told = dt.date(1988, 2, 26)
    assert _values("Parking fees start three days after Purim, weeks before Passover.", told)[
        "Purim"] == ("DATE", "1988-03-03")
    assert _values("Shops shut before Passover.", told) == {"Passover": ("DATE", "1988-04-02")}
    assert _values("The talks resume after Yom Kippur and end by Hanukkah.", dt.date(2030, 9, 1)
                   ) == {"Yom Kippur": ("DATE", "2030-10-07"), "Hanukkah": ("DATE", "2030-12-21")}
    assert _values("People had waited since 05.00 hours.", told) == {
        "05.00 hours": ("TIME", "1988-02-26T05:00")}
    assert _values("The first animals came through at a quarter to seven this morning.", told) == {
        "a quarter to seven this morning": ("TIME", "1988-02-26T06:45")}
    assert _values("That's all for today. We're back tomorrow at half past two.", told)[
        "half past two"] == ("TIME", "1988-02-27T14:30")
    assert _values("Buses will run every quarter of an hour.", told) == {
        "every quarter of an hour": ("SET", "PT15M")}
    assert _values("Radio Prague | 22. 10. 2077, 14:05", dt.date(2077, 10, 22))[
        "22. 10. 2077"] == ("DATE", "2077-10-22")


def test_the_session_s_new_rules_leave_ordinary_text_alone() -> None:
    # the code review of session 53: these were misread by the session's new rules
    told = dt.date(2024, 5, 15)
    assert _values("On Monday Standard & Poor's cut the rating.", told) == {
        "Monday": ("DATE", "2024-05-13")}
    assert _values("On Sunday Times Square was packed.", told) == {"Sunday": ("DATE", "2024-05-12")}
    assert _values("Remember the fuel shortage on Monday? Prices went up again.", told) == {
        "Monday": ("DATE", "2024-05-13")}
    assert _values("Polling stations opened at six o'clock.", told) == {
        "six o'clock": ("TIME", "2024-05-15T06:00")}
    assert _values("The bakery opens at half past six.", told) == {
        "half past six": ("TIME", "2024-05-15T06:30")}
    assert _values("The patient waited 12.45 hours.", told) == {
        "12.45 hours": ("DURATION", "PT12H27M")}
    assert "two this afternoon" not in _values(
        "He won one race from the Saturday card and two this afternoon.", told)
    assert _values("He fought in the Yom Kippur War.", told) == {}
    assert _values("Hanukkah begins next month.", dt.date(2025, 11, 10))["Hanukkah"] == (
        "DATE", "2025-12-15")
    assert _values("Store Open Seven Days a Week", told) == {
        "Seven Days a Week": ("SET", "P1W")}
    assert _values("FARES ARE SET MONTHLY POST-PANDEMIC", told) == {"MONTHLY": ("SET", "P1M")}


def test_the_session_s_late_rules_leave_ordinary_text_alone() -> None:
    # the code review of session 53's last commits: these were misread
    told = dt.date(2031, 5, 16)
    assert _values("The concert begins at half past six.", told) == {
        "half past six": ("TIME", "2031-05-16T18:30")}
    assert _values("The siege ended on Tuesday 04.30 hours.", told)["04.30 hours"] == (
        "TIME", "2031-05-13T04:30")
    assert _values("The market runs from half past nine to two this afternoon.", told)[
        "two this afternoon"] == ("TIME", "2031-05-16T14:00")
    assert _values("Thousands gathered for the Full Moon Festival.", told) == {}
    assert _values("A Sunday Times investigation found it.", told) == {}
    assert _values("By Sunday Mail Reporter\nHARARE - It rained.", told) == {}


def test_feasts_of_the_chinese_calendar_by_python_holidays_lunisolar_calendar() -> None:
    # fresh sets BO, BV, CC and CI: "the Mid-Autumn Festival" was autumn or no date, "the
    # Dragon Boat Festival" no date; Chinese New Year after 2035 was 5 February
    assert _values("The Mid-Autumn Festival falls on a Sunday.", dt.date(1985, 9, 10)) == {
        "The Mid-Autumn Festival": ("DATE", "1985-09-29")}
    assert _values("Levels fell soon after the Dragon Boat Festival.", dt.date(2006, 6, 20)) == {
        "the Dragon Boat Festival": ("DATE", "2006-05-31")}
    assert _values("Shops close for Chinese New Year.", dt.date(2060, 1, 10)) == {
        "Chinese New Year": ("DATE", "2060-02-02")}


def test_fresh_set_cj_a_morning_under_an_evening_greeting_and_julian_christmas() -> None:
    # fresh set CJ: under a broadcast's "Good evening", "It's five o'clock in the morning in a
    # field" was 17:00 and "picked every morning until about nine o'clock" 21:00; a Georgian
    # story's "Christmas" and "Epiphany" were 25 December and 6 January
    told = dt.date(1984, 6, 1)
    found = _values("Good evening. It's five o'clock in the morning in a field. Roses are "
                    "picked every morning until about nine o'clock.", told)
    assert found["five o'clock in the morning"] == ("TIME", "1984-06-01T05:00")
    assert found["about nine o'clock"][1].endswith("T09:00")
    assert _values("Good evening. It is half past six in Cologne.", told)["half past six"] == (
        "TIME", "1984-06-01T18:30")
    assert _values("TBILISI - Hotels were full until Christmas and will be busy for Epiphany.",
                   dt.date(2020, 1, 14)) == {"Christmas": ("DATE", "2020-01-07"),
                                              "Epiphany": ("DATE", "2020-01-19")}


def test_orthodox_feasts_by_name_are_the_julian_ones() -> None:
    # fresh set CI: "Orthodox Good Friday" and "Orthodox Whit Monday" in an embassy's list
    # were the Western feasts, a week earlier
    told = dt.date(2090, 2, 27)
    assert _values("The embassy closes for Orthodox Good Friday and Orthodox Easter Monday, "
                   "and for Orthodox Whit Monday.", told) == {
        "Orthodox Good Friday": ("DATE", "2090-04-21"),
        "Orthodox Easter Monday": ("DATE", "2090-04-24"),
        "Orthodox Whit Monday": ("DATE", "2090-06-12")}
    assert _values("Shops were shut for Orthodox Christmas.", told) == {
        "Orthodox Christmas": ("DATE", "2090-01-07")}
    assert _values("The embassy closes for Good Friday.", told) == {
        "Good Friday": ("DATE", "2090-04-14")}


def test_a_holiday_on_one_day_each_year_is_found_outside_the_calendar_s_years() -> None:
    # fresh sets CD and CI: "Fiji Day" in 1984 and Spain's "National Day" in 1992 were no
    # dates (python-holidays keeps them only from later years); a movable feast stays unknown
    assert _values("LAUTOKA, Fiji - The mills will close for Fiji Day in October.",
                   dt.date(1984, 6, 4))["Fiji Day"] == ("DATE", "1984-10-10")
    assert _values("MADRID, Spain - Gates will open at 8 a.m. on Monday, Spain's National Day.",
                   dt.date(1992, 10, 9))["National Day"] == ("DATE", "1992-10-12")


def test_clocks_in_words_in_ranges_at_night_and_at_half_past_twelve() -> None:
    # the code review of session 52: "from ten at night to five in the morning" lost its
    # end, "until six in the morning" after "ten at night" was the same day's morning,
    # "two-thirty at night" was 14:30, "twelve-thirty this afternoon" only the afternoon
    told = dt.date(2040, 3, 10)
    assert _values("The road was shut from ten at night to five in the morning.", told) == {
        "ten at night": ("TIME", "2040-03-10T22:00"),
        "five in the morning": ("TIME", "2040-03-11T05:00")}
    assert _values("The bridge will close from ten at night until six in the morning.", told)[
        "six in the morning"] == ("TIME", "2040-03-11T06:00")
    assert _values("They met between eleven in the morning and two this afternoon.", told) == {
        "eleven in the morning": ("TIME", "2040-03-10T11:00"),
        "two this afternoon": ("TIME", "2040-03-10T14:00")}
    assert _values("It reopened at two-thirty at night.", told) == {
        "two-thirty at night": ("TIME", "2040-03-10T02:30")}
    assert _values("The march starts at twelve-thirty this afternoon.", told) == {
        "twelve-thirty this afternoon": ("TIME", "2040-03-10T12:30")}
    assert "five this afternoon" not in _values("Prices rose to five this afternoon.", told)


LIVE_PAGE = (
    "LIVE   Tropical Storm Odalys: heavy rain and flooding\n\nLive coverage started Friday, "
    "September 15, 2056, 5:00 p.m. AST  ·  Last update 2:10 a.m.\n\n2:10 a.m.\nThat's all "
    "from us for tonight. Odalys will cross into Haiti later today.\n\n1:35 a.m.\nThe Ozama "
    "River has burst its banks at La Barquita.\n\n12:50 a.m.\nAbout 210,000 customers have "
    "been without power since shortly after 10 p.m.\n\n12:05 a.m.\nThe centre of Odalys "
    "came ashore near Juan Dolio at about 11:30 p.m.\n\n11:20 p.m.\nPolice closed the "
    "Avenida George Washington at 11 p.m.\n\n9:00 p.m.\nThe airport has cancelled all "
    "flights until noon tomorrow.\n\n5:00 p.m.\nGood evening and welcome to our live "
    "coverage. Schools were already closed today.\n"
)


def test_a_live_pages_entries_past_midnight_are_the_next_days() -> None:
    # review set 77 e: a live page's entries headed by their clock times, newest first,
    # ran past midnight; the entries after it were put on the paper's day (and its
    # "about 11:30 p.m." on a Sunday told later)
    found = {(e.start, e.text): e.value for e in resolve_dates(LIVE_PAGE, dt.date(2056, 9, 15))}
    values = [value for (_, told), value in sorted(found.items())]
    texts = [told for _, told in sorted(found)]
    told = dict(zip(texts[::-1], values[::-1], strict=True))  # (the first of each text)
    assert told["1:35 a.m."] == "2056-09-16T01:35"
    assert told["12:05 a.m."] == "2056-09-16T00:05"
    assert told["11:20 p.m."] == "2056-09-15T23:20"
    assert told["about 11:30 p.m."] == "2056-09-15T23:30"  # (past, before its entry's)
    assert told["10 p.m."] == "2056-09-15T22:00"
    assert told["later today"] == "2056-09-16"
    assert told["noon tomorrow"] == "2056-09-16T12:00"  # (the 9 p.m. entry's tomorrow)
    # day dividers between the entries tell their days: no live page's count
    divided = LIVE_PAGE.replace("11:20 p.m.\n", "Friday, September 15, 2056\n\n11:20 p.m.\n")
    assert _values(divided, dt.date(2056, 9, 15))["1:35 a.m."] == ("TIME", "2056-09-15T01:35")


def test_a_logs_four_digit_clocks_under_its_day_headings() -> None:
    # fresh set CD: a ship's deck log ("THURSDAY 16 OCTOBER" / "0800 Cast off Rio Grande")
    # read "1545", "2010", "1730" as years and missed "0800", "0915", "2330"
    log = ("DECK LOG\n\nTHURSDAY 16 OCTOBER\n0800 Cast off Rio Grande, pilot on board.\n"
           "0915 Pilot away off the breakwaters.\n2330 Stations 2 and 3 complete.\n\n"
           "FRIDAY 17 OCTOBER\n1545 Mooring recovered after 14 months.\n2010 Navy forecast: "
           "wind NE 6.\n\nSUNDAY 19 OCTOBER\n1730 Bottom trawl damaged; repaired by 2100.\n\n"
           "MONDAY 20 OCTOBER\n0500 Station 14. Sunrise 0537.\n\nThe next cruise sails in "
           "the first quarter of 2082.\n")  # fmt: skip
    found = _values(log, dt.date(2081, 10, 22))
    assert found["0800"] == ("TIME", "2081-10-16T08:00")
    assert found["2330"] == ("TIME", "2081-10-16T23:30")
    assert found["2010"] == ("TIME", "2081-10-17T20:10")
    assert "2100" not in found  # (no far year; the clock after "by" is not read yet)
    assert found["0537"] == ("TIME", "2081-10-20T05:37")
    assert found["the first quarter of 2082"] == ("DATE", "2082-Q1")
    # a timeline box's years are no log's clocks (no leading zero, not every one a clock)
    box = "TIMELINE\n1945 War ends.\n1969 First moon landing.\n2010 New bridge opens.\n"
    assert _values(box, dt.date(2081, 10, 22))["2010"] == ("DATE", "2010")
    # nor a list of stock codes (no day headings): no clocks
    codes = ("MARKETS\n0005 HSBC Holdings rose 2.1 percent.\n0700 Tencent fell.\n0941 China "
             "Mobile was flat.\n2318 Ping An gained.\n")
    assert not [v for kind, v in _values(codes, dt.date(2030, 3, 14)).values() if kind == "TIME"]


def test_the_night_of_one_day_into_the_next_and_an_adjective_after_every() -> None:
    # review set 78 b, e: "the night of Saturday into Sunday" was the night and Sunday;
    # "will begin checking every damaged building on Monday" read "damaged" as the past
    told = dt.date(2036, 8, 3)
    assert _values("Volunteers spent the night of Saturday into Sunday tying down the line.",
                   told) == {"the night of Saturday into Sunday": ("TIME", "2036-08-02TNI")}
    assert _values("The Met Office warned of gales from Tuesday night into Wednesday.", told)[
        "Wednesday"] == ("DATE", "2036-07-30")  # (not "the night of": two)
    assert _values("Engineers will begin checking every damaged building on Monday.",
                   dt.date(2067, 6, 11)) == {"Monday": ("DATE", "2067-06-13")}  # fmt: skip


def test_a_numbered_quarter_ended_on_its_calendar_end_is_the_calendars() -> None:
    # fresh set CD: "net profit for the third quarter ended Sept 30", in a story of a
    # company "whose fiscal 2017 began on Sept 1", was read as a fiscal quarter (2016-Q1)
    found = _values("Lekir Glove's net profit for the third quarter ended Sept 30 fell 12% "
                    "from a year earlier. Lekir, whose fiscal 2017 began on Sept 1, will "
                    "report its first-quarter results on Dec 13.", dt.date(2016, 11, 22))
    assert found["the third quarter"] == ("DATE", "2016-Q3")
    assert found["a year earlier"] == ("DATE", "2015-Q3")


def test_minutes_to_the_hour_in_words_are_a_clock_after_its_preposition() -> None:
    # fresh set CE: "Our next programme is at twenty to nine this evening" was only "this
    # evening"; fresh set BZ: "at about ten to three" was missed
    told = dt.date(1989, 10, 6)
    assert _values("Our next programme is at twenty to nine this evening.", told) == {
        "twenty to nine this evening": ("TIME", "1989-10-06T20:40")}
    assert _values("The lorry shed its load at about ten to three.", told)[
        "about ten to three"][0] == "TIME"
    assert _values("The council voted ten to six against the plan.", told) == {}


def test_the_sessions_rules_kept_to_their_cases() -> None:
    # a review of the fifty-second session's change: counts with "to", "each" as a pronoun,
    # a frequency word opening a sentence, a night's small hours, a programme's heading
    told = dt.date(2030, 3, 14)
    assert _values("The number of ministries was reduced from ten to seven on Monday.", told) == {
        "Monday": ("DATE", "2030-03-11")}
    assert _values("The ministers each resigned on Friday.", told) == {
        "Friday": ("DATE", "2030-03-08")}
    assert _values("Daily Covid tests will be required for visitors.", told) == {
        "Daily": ("SET", "P1D")}
    found = _values("He called at 1:30 on the night of March 4 and again at 12:15 on the "
                    "night of March 5.", told)  # fmt: skip
    assert (found["1:30"], found["12:15"]) == (("TIME", "2030-03-05T01:30"),
                                               ("TIME", "2030-03-06T00:15"))  # fmt: skip
    programme = ("PROGRAMME\n\nSATURDAY 16 MARCH\n\n10.00\nArena and free-fly zone open.\n\n"
                 "13.30\nKite ballet.\n\n16.45\nGates close.\n")
    assert _values(programme, told)["16.45"] == ("TIME", "2030-03-16T16:45")


def test_a_broadcasts_evening_greeting_tells_its_clocks_in_words() -> None:
    # fresh set CD: "Good evening. It is half past six in Cologne" was 06:30, and the
    # reporter's "at about four o'clock, as the early shift left" 04:00
    found = _values("MICHAEL REINHOLZ, presenter: Good evening. It is half past six in "
                    "Cologne. The news reached the yard gates at about four o'clock.",
                    dt.date(1992, 6, 15))  # fmt: skip
    assert found["half past six"] == ("TIME", "1992-06-15T18:30")
    assert found["about four o'clock"][1] == "1992-06-15T16:00"
    # (a morning greeting leaves them as they were)
    assert _values("Good morning. It is half past six in Cologne.", dt.date(1992, 6, 15)) == {
        "half past six": ("TIME", "1992-06-15T06:30")}


def test_holidays_of_the_isle_of_man_curacao_and_nowruz() -> None:
    # fresh set AP: "on Tynwald Day" under an Isle of Man dateline (a head place python-
    # holidays knows but the country names left out), "Curaçao Day" (a name with a
    # cedilla) and "Nowruz, the Afghan new year" were no dates
    assert _values("ST JOHN'S, Isle of Man — Thousands filled the fairground below Tynwald "
                   "Hill on Tynwald Day.", dt.date(2052, 7, 5)) == {
        "Tynwald Day": ("DATE", "2052-07-05")}
    assert _values("WILLEMSTAD, Curaçao — The dock was opened on Curaçao Day.",
                   dt.date(2043, 11, 20)) == {"Curaçao Day": ("DATE", "2043-10-10")}
    assert _values("KABUL (Pajhwok) - Families camped beside the lakes at Nowruz last month.",
                   dt.date(2009, 4, 22)) == {"Nowruz": ("DATE", "2009-03-21"),
                                             "last month": ("DATE", "2009-03")}


def test_a_bare_half_takes_the_year_its_sentence_opens_with_or_next_year() -> None:
    # fresh set AP: "For fiscal 2044, a 52-week year that began on Nov. 1, Schottegat
    # expects revenue to grow more slowly, with most of the gain in the second half" (told
    # in December 2043) gave 2043-H2
    told = dt.date(2043, 12, 14)
    assert _values("For fiscal 2044, a 52-week year that began on Nov. 1, Schottegat expects "
                   "revenue to grow more slowly, with most of the gain in the second half.",
                   told)["the second half"] == ("DATE", "2044-H2")
    assert _values("Revenue will grow more slowly next year, with most of the gain in the "
                   "second half.", told)["the second half"] == ("DATE", "2044-H2")
    assert _values("In 2041, sales fell, mostly in the second half.", told)[
        "the second half"] == ("DATE", "2041-H2")


def test_a_list_of_months_or_days_takes_the_year_its_last_item_writes() -> None:
    # review set 46's probe: "in March, June and August 2046" (told in June 2047) put March
    # in 2047; only the last two items shared the year
    told = dt.date(2047, 6, 12)
    assert _values("Floods hit the town in March, June and August 2046.", told) == {
        "March": ("DATE", "2046-03"), "June": ("DATE", "2046-06"),
        "August 2046": ("DATE", "2046-08")}
    assert _values("Floods hit the town on March 3, June 5 and August 9, 2046.", told)[
        "March 3"] == ("DATE", "2046-03-03")


def test_the_polls_clock_times_are_the_votes_day() -> None:
    # fresh set AP and review set 46: "Polling stations were due to close at 18:00" after
    # "votes cast on Friday" and "conceded on Saturday morning", and "Polls closed at 8pm"
    # after "yesterday's general election" and "said this morning", went to the last day
    # told, the paper's
    assert _values("Khatami took 20 million of the votes cast on Friday. Nateq-Nouri "
                   "conceded on Saturday morning. Polling stations were due to close at 18:00, "
                   "but the ministry kept them open until 22:00.", dt.date(1997, 5, 24)) == {
        "Friday": ("DATE", "1997-05-23"), "Saturday morning": ("TIME", "1997-05-24TMO"),
        "18:00": ("TIME", "1997-05-23T18:00"), "22:00": ("TIME", "1997-05-23T22:00")}
    told = dt.date(2046, 9, 28)
    assert _values("Thirteen members elected in yesterday's general election are newcomers. "
                   "Skillicorn said this morning that he would run. Polls closed at 8pm.",
                   told)["8pm"] == ("TIME", "2046-09-27T20:00")
    # with no day told as the vote's, the polls' time keeps the last day told
    assert _values("Skillicorn won on Sunday. He said on Thursday that he would run. Polls "
                   "closed at 8pm.", told)["8pm"] == ("TIME", "2046-09-27T20:00")


def test_the_night_after_a_day_of_long_ago_just_told_is_that_days() -> None:
    # review set 46's second judgement: "the night" after a sentence dated far from the
    # paper went to the paper's last night
    assert _values("The fire broke out on 3 March 2030. Crews worked through the night.",
                   dt.date(2052, 2, 17))["the night"] == ("TIME", "2030-03-03TNI")
    # (told in the paragraph before, it is not: set 22's election night)
    assert _values("The campaign began on 22 February.\n\nSupporters celebrated late into "
                   "the night.", dt.date(2027, 5, 3))["the night"] == ("TIME", "2027-05-02TNI")


def test_a_day_told_in_another_places_time_may_be_the_papers_next_or_last() -> None:
    # review set 47: a Honolulu live blog of Saturday 28 January 2051 put "at 3 a.m. Sunday
    # local time" (Majuro, a day ahead) on the Sunday before
    told = dt.date(2051, 1, 28)
    assert _values("The government declared a state of emergency at 3 a.m. Sunday local time.",
                   told)["3 a.m. Sunday"] == ("TIME", "2051-01-29T03:00")
    assert _values("The quake struck on Sunday, Majuro time. Flights will resume at 6 p.m. "
                   "Friday, Guam time.", told) == {
        "Sunday": ("DATE", "2051-01-29"), "6 p.m. Friday": ("TIME", "2051-01-27T18:00")}
    # without another place's clock, the tense still chooses
    assert _values("The quake struck on Sunday.", told)["Sunday"] == ("DATE", "2051-01-22")


def test_a_courts_next_step_a_name_in_ed_and_a_second_passive_after_and() -> None:
    # fresh set AQ: "remanded him on bail until sentencing on Aug. 15" took the year of
    # "the spring of 2035" told before; "were due to land at Murtala Muhammed Airport ...
    # on Tuesday" read "Muhammed" as a past verb; "to be voted on at the annual meeting on
    # April 26 and paid in early May" read "paid" as the past
    assert _values("The chain was offered for sale in the spring of 2035. The judge remanded "
                   "him on bail until sentencing on Aug. 15.", dt.date(2036, 7, 29)
                   )["Aug. 15"] == ("DATE", "2036-08-15")  # fmt: skip
    assert _values("The ministry said the footballers were due to land at Murtala Muhammed "
                   "Airport on Tuesday.", dt.date(1996, 8, 4)
                   )["Tuesday"] == ("DATE", "1996-08-06")  # fmt: skip
    assert _values("The board proposed a dividend, to be voted on at the annual meeting on "
                   "April 26 and paid in early May.", dt.date(2044, 2, 26)
                   )["early May"] == ("DATE", "2044-05")  # fmt: skip


def test_holidays_named_in_a_list_after_a_preposition_and_by_part_of_their_name() -> None:
    # fresh set AQ: "Emancipation Day and Mary Prince Day" lost the second (read as one
    # name), "From Autonomy Day, June 9" was no name ("From" taken into it), and Åland's
    # "Åland's Autonomy Day" and Haiti's "Flag Day and University Day" are python-holidays'
    # names of "Autonomy Day" and "Flag Day"
    assert _values("HAMILTON, Bermuda — The courts close on Emancipation Day and Mary Prince "
                   "Day.", dt.date(2036, 7, 29)) == {
        "Emancipation Day": ("DATE", "2036-07-31"), "Mary Prince Day": ("DATE", "2036-08-01")}
    assert _values("MARIEHAMN, Åland — From Autonomy Day its ships will sail three times.",
                   dt.date(2044, 2, 26)) == {"Autonomy Day": ("DATE", "2044-06-09")}
    assert _values("JACMEL, Haiti — Schools will parade on Flag Day.", dt.date(2049, 3, 3)
                   ) == {"Flag Day": ("DATE", "2049-05-18")}  # fmt: skip


def test_years_to_the_day_after_a_happening_is_no_day_after() -> None:
    # fresh set AQ: "six years to the day after the Emir first tried" gave "the day after"
    # as the paper's next day
    assert _values("Parliament gave women the vote, six years to the day after the Emir first "
                   "tried to grant them the right.", dt.date(2005, 5, 16)
                   ) == {"six years": ("DURATION", "P6Y")}  # fmt: skip


def test_a_dotted_24_hour_clock_after_at_is_a_time_and_a_price_is_not() -> None:
    # review set 47: "voted 17-12 at 23.41" and "At 12.38, a thin edge of it cleared the
    # mountains" were no times
    told = dt.date(2046, 12, 12)
    assert _values("The Lagting voted 17-12 at 23.41 on Tuesday.", told)["23.41"] == (
        "TIME", "2046-12-11T23:41")
    assert _values("At 12.38, a thin edge of it cleared the mountains. The train left at "
                   "06.15.", told) == {"12.38": ("TIME", "2046-12-12T12:38"),
                                       "06.15": ("TIME", "2046-12-12T06:15")}  # fmt: skip
    for text in ("Shares closed at 12.38 on Friday.", "Inflation stood at 12.38, the bank said.",
                 "The ratio rose to 2.30.", "It weighed 12.38 kg."):
        assert all(v[0] != "TIME" for v in _values(text, told).values()), text


def test_a_year_of_another_calendars_era_is_no_year() -> None:
    # review set 47: "Hidar 12, 2041 E.C. (November 21)" gave 2041 and put November 21 in
    # it; "(Sene 30, 2040 E.C.)" gave 2040
    told = dt.date(2048, 9, 17)
    assert _values("The meeting is on Hidar 12, 2041 E.C. (November 21).", told) == {
        "November 21": ("DATE", "2048-11-21")}
    assert "2040" not in _values("Profit rose in the year to July 7 (Sene 30, 2040 E.C.).", told)
    assert "1400" not in _values("He was born in 1400 AH.", told)


def test_a_timetables_end_after_a_past_start_is_ahead() -> None:
    # review set 47: "The festival week opened on Wednesday ... and ends on Saturday with the
    # Solfest ball" put the ball on the Saturday before (the tense of "opened")
    assert _values("The festival week opened on Wednesday with a torch procession and ends on "
                   "Saturday with the ball.", dt.date(2054, 3, 9)) == {
        "Wednesday": ("DATE", "2054-03-04"), "Saturday": ("DATE", "2054-03-14")}


def test_that_year_and_a_month_before_it_take_the_year_told_in_their_sentence() -> None:
    # review set 47's second judgement: "since November 2043, after the October election
    # that year" gave 2046-10 and 2046 (a since-date is no reference of the story)
    assert _values("Sundblom has led the government since November 2043, after the October "
                   "election that year.", dt.date(2046, 12, 12)) == {
        "November 2043": ("DATE", "2043-11"), "October": ("DATE", "2043-10"),
        "that year": ("DATE", "2043")}


@pytest.mark.parametrize(("sentence", "clock", "names_a_thing"), [
    ("Turay was arrested as he queued for a 2.40pm flight to Accra.", "2.40pm", True),
    ("Commuters who missed their 7am train were given vouchers.", "7am", True),
    ("At 2.40pm a northbound tram stood still for 20 minutes.", "2.40pm", False),
    ("The Lagting voted at 23.41 to keep the government.", "23.41", False),
    ("The jury returned its verdicts at 3.20pm (1820 GMT).", "3.20pm", False),
])
def test_clock_naming_a_thing(sentence: str, clock: str, names_a_thing: bool) -> None:
    # one test for both stages: such a clock tells no day of the story (the resolver's
    # reference day) and dates no happening (the event's date)
    start = sentence.index(clock)
    assert clock_names_a_thing(sentence, start, start + len(clock)) is names_a_thing


def test_fresh_set_ar_phenomena() -> None:
    # fresh set AR, first scored at d769644: "fortnightly" was no set, "a quarter of a
    # century" a century, "the year before last" last year, "Jan. 8 in 2101" the paper's
    # year, and "set it for Sept. 24" after a past August the next September
    assert _values("Refrigerated ships call at the port fortnightly to carry squid to "
                   "Spain.", dt.date(2039, 3, 4)) == {"fortnightly": ("SET", "P2W")}
    assert _values("She worked at the state hospital for a quarter of a century. The "
                   "overture takes three quarters of an hour.", dt.date(2058, 1, 16)) == {
        "a quarter of a century": ("DURATION", "P25Y"),
        "three quarters of an hour": ("DURATION", "PT45M")}
    assert _values("The state named the new wing after her the year before last, and the "
                   "vote is the week after next.", dt.date(2058, 1, 16)) == {
        "the year before last": ("DATE", "2056"), "the week after next": ("DATE", "2058-W05")}
    assert _values("The feast will keep that date until 2100 and move to Jan. 8 in 2101.",
                   dt.date(2047, 1, 7)) == {
        "2100": ("DATE", "2100"), "Jan. 8": ("DATE", "2101-01-08"), "2101": ("DATE", "2101")}
    assert _values("Chavez proposed the new hour in August and first set it for Sept. 24, "
                   "but the government postponed it.", dt.date(2007, 12, 8)) == {
        "August": ("DATE", "2007-08"), "Sept. 24": ("DATE", "2007-09-24")}
    # (a plain "set for" still looks ahead)
    assert _values("The hearing was set for Jan. 14.", dt.date(2007, 12, 8)) == {
        "Jan. 14": ("DATE", "2008-01-14")}


def test_fresh_set_as_phenomena() -> None:
    # fresh set AS, first scored at 33d36d4 (each sentence from its texts or close to them)
    guernsey = dt.date(2045, 4, 27)  # a Thursday
    assert _values("A rehearsal of the cavalcade will take place a week on Saturday, and the "
                   "road will close on Tuesday week.", guernsey) == {
        "a week on Saturday": ("DATE", "2045-05-06"), "Tuesday week": ("DATE", "2045-05-09")}
    assert _values("The hearing is on Friday fortnight; he was seen a week last Tuesday.",
                   guernsey) == {"Friday fortnight": ("DATE", "2045-05-12"),
                                 "a week last Tuesday": ("DATE", "2045-04-18")}  # fmt: skip
    assert _values("Refuse collections due on the 9th will be made the following day.",
                   dt.date(2045, 5, 2)) == {"the 9th": ("DATE", "2045-05-09"),
                                            "the following day": ("DATE", "2045-05-10")}
    assert _values("Forecasters said it was too soon to say whether the weather would hold.",
                   guernsey) == {}  # fmt: skip
    assert _values("Corals began spawning the night before last.", dt.date(2054, 11, 21)) == {
        "the night before last": ("TIME", "2054-11-19TNI")}
    assert _values("Independence Day falls on Nov. 3, a Wednesday, and the music starts on "
                   "the last Friday of the month.", dt.date(2060, 10, 19)) == {
        "Independence Day": ("DATE", "2060-11-03"),  # (Dominica's, from the date beside it)
        "Nov. 3": ("DATE", "2060-11-03"), "Wednesday": ("DATE", "2060-11-03"),
        "the last Friday of the month": ("DATE", "2060-10-29")}
    assert [e.text for e in resolve_dates(  # (a list of weekdays is no apposition)
        "Tickets bought for Tuesday, Wednesday or Thursday can be refunded.",
        dt.date(2023, 3, 10))] == ["Tuesday", "Wednesday", "Thursday"]
    race = dt.date(2033, 2, 27)
    assert _values("She had finished second last year and the year before.", race) == {
        "last year": ("DATE", "2032"), "the year before": ("DATE", "2031")}
    assert _values("He ran to the summit and back in 4 hours 11 minutes 38 seconds; she won "
                   "in 5:02:47.", race) == {
        "4 hours 11 minutes 38 seconds": ("DURATION", "PT4H11M38S"),
        "5:02:47": ("DURATION", "PT5H2M47S")}
    assert _values("The alarm went off at 14:05:30.", race) == {}  # (a clock, no time taken)
    assert _values("Analysts expect profit in 2H FY50 to fall by half against 2H FY49, and "
                   "no recovery before FY52.", dt.date(2050, 3, 14)) == {
        "2H FY50": ("DATE", "2050-H2"), "2H FY49": ("DATE", "2049-H2"),
        "FY52": ("DATE", "2052")}
    # review set 49: a gathering a present perfect has called is ahead
    assert _values("The Civil Aviation Authority has called airlines to a meeting on Tuesday "
                   "to discuss seat belts.", dt.date(2041, 6, 20)) == {
        "Tuesday": ("DATE", "2041-06-25")}
    assert _values("The union called a strike on Friday.", dt.date(2041, 6, 20)) == {
        "Friday": ("DATE", "2041-06-14")}  # (a plain past: the Friday gone)
    # review set 74 b (its second judgement): "for Friday" as "on Friday"
    assert _values("Mayor Valon Rexhepi has called an extraordinary session of the Municipal "
                   "Assembly for Friday to discuss the network.", dt.date(2036, 10, 22)) == {
        "Friday": ("DATE", "2036-10-24")}
    # review set 49: "Friday the 15th", a weekday and its day of the month; a country's
    # own holiday with no paper to anchor it; a clause after ", once" is no cue of the date
    assert _values("Yesterday, Friday 15th, she read it.", dt.date(2043, 5, 16))[
        "Friday 15th"] == ("DATE", "2043-05-15")  # (without "the": the judge's probe)
    assert _values("Yesterday, Friday the 15th, at noon, she read the letter.",
                   dt.date(2043, 5, 16)) == {
        "Yesterday": ("DATE", "2043-05-15"), "Friday the 15th": ("DATE", "2043-05-15"),
        "noon": ("TIME", "2043-05-15T12:00")}
    assert [(e.text, e.value) for e in resolve_dates(
        "Yesterday, Friday the 15th, the school in Kuldīga, Latvia, marked the Restoration "
        "of Independence Day.", None)][1:] == [
        ("Friday the 15th", "XXXX-XX-15"), ("Restoration of Independence Day", "XXXX-05-04")]
    assert _values("The letters will go on show at the Kuldīga District Museum from 1 "
                   "September, once conservators have dried them.", dt.date(2043, 5, 16)) == {
        "1 September": ("DATE", "2043-09-01")}
    # the Islamic feasts by their names in Indonesia, Malaysia or Pakistan (the head's
    # country's calendar, else Indonesia's); a holiday named with its country's adjective
    assert _values("JAKARTA, Aug 30 (Antara) - Millions of Indonesian Muslims celebrated Idul "
                   "Fitri on Tuesday.", dt.date(2011, 8, 30))["Idul Fitri"] == (
        "DATE", "2011-08-30")
    assert _values("Muslims in Pakistan will celebrate Eid al-Fitr.", dt.date(2011, 8, 30)) == {
        "Eid al-Fitr": ("DATE", "2011-08-31")}
    assert _values("The year that ended yesterday was a leap year, so Ethiopian New Year's "
                   "Day came today.", dt.date(2007, 9, 12))["Ethiopian New Year's Day"] == (
        "DATE", "2007-09-12")
    # "from the divers" is a place, not a range's start before "until Tuesday"
    assert _values("The maritime authority has asked skippers to stay at least 50 metres from "
                   "the divers until Tuesday.", dt.date(2054, 11, 21)) == {
        "Tuesday": ("DATE", "2054-11-24")}
    # the next race's day ahead, though two days before the paper; a forecast "for the full
    # year to about F$13 million" is the year, not a year to a day
    assert _values("Organisers said the next race would be held on Feb. 25.",
                   dt.date(2033, 2, 27)) == {"Feb. 25": ("DATE", "2034-02-25")}
    assert _values("It cut its forecast for the full year to about F$13 million.",
                   dt.date(2050, 3, 14)) == {"the full year": ("DATE", "2050")}
    # a referendum called for a day ahead: that day, and no day the story goes on from
    assert _values("Kuchma signed a decree on Wednesday calling a referendum on Sept. 25 on "
                   "his own draft. Deputies responded the next day by voting to stay in "
                   "session.", dt.date(1996, 6, 28)) == {
        "Wednesday": ("DATE", "1996-06-26"), "Sept. 25": ("DATE", "1996-09-25"),
        "the next day": ("DATE", "1996-06-27")}
    # an opening "Last year" goes on past a month of that year told between
    assert _values("Last year the corals held back until after the full moon of December, "
                   "following an unusually cool October.", dt.date(2054, 11, 21)) == {
        "Last year": ("DATE", "2053"), "December": ("DATE", "2053-12"),
        "October": ("DATE", "2053-10")}
    assert _values("Sales in FY98 beat FY23's.", dt.date(2023, 3, 14)) == {
        "FY98": ("DATE", "1998"), "FY23": ("DATE", "2023")}


def test_a_since_clause_keeps_its_own_past() -> None:
    # fresh set AR: the main clause's "will continue" after a "since" clause put the
    # clause's Tuesday night in the week ahead
    assert _values("Passengers stranded on Sal since their airliner made an emergency landing "
                   "on Tuesday night will continue to Lisbon on Saturday.",
                   dt.date(2043, 1, 15)) == {
        "Tuesday night": ("TIME", "2043-01-13TNI"), "Saturday": ("DATE", "2043-01-17")}


def test_a_countrys_own_christmas_and_easter() -> None:
    # fresh set AR: Georgia keeps Christmas on 7 January (python-holidays' "Christmas Day")
    # and Orthodox Easter; "its Christmas fell on Jan. 7" gave the year before the paper's
    text = ("TBILISI — Tens of thousands of people followed priests through the city on "
            "Monday as Georgia celebrated Christmas. The service began at 11pm on Sunday, "
            "Christmas Eve. The church keeps the Julian calendar, so its Christmas fell on "
            "Jan. 7. Easter falls late this year.")
    values = _values(text, dt.date(2047, 1, 7))
    assert values["Christmas"] == ("DATE", "2047-01-07")
    assert values["Christmas Eve"] == ("DATE", "2047-01-06")
    assert values["Jan. 7"] == ("DATE", "2047-01-07")
    assert values["Easter"] == ("DATE", "2047-04-21")
    # (and the Old New Year, the Julian calendar's 1 January)
    assert _values("Many families will see in the Old New Year on the night of Jan. 13.",
                   dt.date(2047, 1, 7))["Old New Year"] == ("DATE", "2047-01-14")
    # (elsewhere the common calendar's)
    assert _values("LONDON — Shoppers spent more before Christmas. Easter falls late this "
                   "year.", dt.date(2047, 1, 7))["Easter"] == ("DATE", "2047-04-14")


def test_a_numeric_date_after_its_weekday_takes_the_order_the_weekday_allows() -> None:
    # review set 48: "Tue, 09/03/2058" in a story that writes "2 September" was 9 March (a
    # Saturday)
    text = "Submitted on Tue, 09/03/2058 - 17:05. Scientists spoke on 2 September."
    assert _values(text, dt.date(2058, 9, 3))["09/03/2058"] == ("DATE", "2058-09-03")
    assert _values("Posted on Sat, 09/03/2058.", dt.date(2058, 3, 9))["09/03/2058"] == (
        "DATE", "2058-03-09")


def test_this_winter_told_in_march_is_the_one_just_ending() -> None:
    # fresh set AR: "This winter was the mildest on record in Svalbard", told on 8 March
    # 2034, was the winter to come (as in January and February, it is the one under way)
    assert _values("This winter was the mildest on record in Svalbard.",
                   dt.date(2034, 3, 8)) == {"This winter": ("DATE", "2033-WI")}
    assert _values("The road will close in the winter.", dt.date(2034, 3, 8)) == {
        "the winter": ("DATE", "2034-WI")}


def test_the_year_apposed_to_a_year_is_no_expression() -> None:
    # fresh sets AP, AQ and AR: "since 1989, the year Ayatollah Ruhollah Khomeini died" gave
    # "the year" the paper's year (the gold data leave it untagged, as the year told)
    assert _values("Rafsanjani has led the government since 1989, the year Ayatollah "
                   "Ruhollah Khomeini died.", dt.date(1997, 5, 24)) == {"1989": ("DATE", "1989")}
    assert _values("Sales rose 4% over the year.", dt.date(1997, 5, 24)) == {
        "the year": ("DATE", "1997")}


def test_year_end_before_a_noun_is_a_modifier() -> None:
    # review set 48 and TimeBank's wsj_0927 ("when year-end net was below ..."): "strong
    # year-end sales" and "the year-end dividend" told the paper's year as a date
    assert _values("Profit rose, helped by strong year-end sales, and the board raised the "
                   "year-end dividend.", dt.date(2050, 4, 8)) == {}
    assert _values("The deal will close by year-end.", dt.date(2050, 4, 8)) == {
        "year-end": ("DATE", "2050")}


def test_an_update_notes_weekday_is_after_the_paper() -> None:
    # review set 49: a Sunday story with "(Updated at 9:14 a.m. on Monday with Inep's final
    # absence figure.)" over it put the update, the body's "released on Monday morning" and
    # every bare clock time after it on the Monday before the paper
    text = ("(Updated at 9:14 a.m. on Monday with the final figure.)\n\nNearly 3.2 million "
            "candidates sat the exam today. Inep put the rate at 27.4% in its final count, "
            "released on Monday morning.\n\nGates opened at noon and closed at 1 p.m.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2051, 11, 5))}
    assert found == {"9:14 a.m.": "2051-11-06T09:14", "Monday": "2051-11-06",
                     "today": "2051-11-05", "Monday morning": "2051-11-06TMO",
                     "noon": "2051-11-05T12:00", "1 p.m.": "2051-11-05T13:00"}
    # (without the note, a past Monday is the last one)
    assert _values("The final count was released on Monday morning.",
                   dt.date(2051, 11, 5)) == {"Monday morning": ("TIME", "2051-10-30TMO")}


def test_a_web_address_holds_no_date() -> None:
    # review set 50's printed page: its footer's "https://www.lakeshoretribune.mw/2053/11/
    # 27/..." gave 2053 as an event of the story
    found = [(e.text, e.value) for e in resolve_dates(
        "See https://www.lakeshoretribune.mw/2053/11/27/chambo-catch/ and www.x.org/2019/ "
        "for the study released on May 3, 2019.", dt.date(2053, 11, 27))]  # fmt: skip
    assert found == [("May 3, 2019", "2019-05-03")]


def test_phenomena_of_fresh_set_at() -> None:
    # fresh set AT's first score: forms no earlier set had, each from its texts or close
    cases = [
        ("Crowds kept the town awake until the small hours of Tuesday.", dt.date(1994, 3, 2),
         "the small hours of Tuesday", "TIME", "1994-03-01TMO"),
        ("The fire broke out in the early hours of Sunday.", dt.date(1994, 3, 2),
         "the early hours of Sunday", "TIME", "1994-02-27TMO"),
        # (before a full date too: the date's morning)
        ("A fire destroyed the hut in the early hours of Tuesday, 16 July.",
         dt.date(2030, 7, 19), "the early hours of Tuesday, 16 July", "TIME", "2030-07-16TMO"),
        ("Children rehearsed the landing the weekend before last.", dt.date(2036, 6, 5),
         "the weekend before last", "DATE", "2036-W21-WE"),
        ("Mail will arrive once a fortnight.", dt.date(2052, 5, 18),
         "once a fortnight", "SET", "P2W"),
        ('"This time last year nobody believed it," he said.', dt.date(2018, 5, 8),
         "This time last year", "DATE", "2017-05-08"),
        ("Ask me again this time next year.", dt.date(2064, 7, 6),
         "this time next year", "DATE", "2065-07-06"),
        ("The population has changed little since the turn of the century.",
         dt.date(2052, 5, 18), "the turn of the century", "DATE", "2000"),
        ("At the turn of the century the town had 200 people.", dt.date(1996, 5, 18),
         "the turn of the century", "DATE", "1900"),
        ("The line will be finished by the turn of the century.", dt.date(1996, 5, 18),
         "the turn of the century", "DATE", "2000"),
        ("Engineers chose the southern winter, when few tourists visit.", dt.date(2052, 5, 18),
         "the southern winter", "DATE", "2052-WI"),
        # a clause of its own in the present after a past one: the coming Friday
        ("Children rehearsed at the pier, and the fittings are on Friday night.",
         dt.date(2036, 6, 5), "Friday night", "TIME", "2036-06-06TNI"),
    ]
    for text, published, span, kind, value in cases:
        assert _values(text, published).get(span) == (kind, value), text


def test_days_listed_after_one_ahead_run_on_in_order() -> None:
    # fresh set AV (Niue, told on Saturday 16 October 2066): the celebrations' days, in a
    # present sentence whose only past verb opens a later noun's relative clause
    published = dt.date(2066, 10, 16)
    values = _values(
        "They include village show days, a flag-raising at 7am on Tuesday, public holidays on "
        "Wednesday and Thursday, and a fishing contest, and they end on Peniamina Gospel Day, "
        "Oct. 25, which honours the Niuean pastor who brought Christianity to the island in "
        "1846.", published)  # fmt: skip
    assert [values[day] for day in ("Tuesday", "Wednesday", "Thursday")] == [
        ("DATE", "2066-10-19"), ("DATE", "2066-10-20"), ("DATE", "2066-10-21")]
    assert _values("The programme includes a parade on Tuesday and a concert on Wednesday.",
                   published)["Wednesday"] == ("DATE", "2066-10-20")  # fmt: skip
    # a relative clause's own verb after the date is not the date's; a later main verb is
    assert _values("On Tuesday, the man who was arrested in May appeared in court.",
                   published)["Tuesday"] == ("DATE", "2066-10-12")  # fmt: skip


def test_weekdays_in_a_sentence_opened_by_last_week_are_that_weeks() -> None:
    # review set 50: "Last week, truckers ... blocked the road ... on Tuesday and Wednesday",
    # told on a Wednesday, put the blockade on this week's Tuesday; past a turn the weekday
    # is the nearest again
    published = dt.date(2049, 2, 10)
    assert _values("Last week, truckers blocked the road to the airport on Tuesday and "
                   "Wednesday.", published) == {  # fmt: skip
        "Last week": ("DATE", "2049-W05"), "Tuesday": ("DATE", "2049-02-02"),
        "Wednesday": ("DATE", "2049-02-03")}
    assert _values("Prices rose last week, but fell on Tuesday.", published)["Tuesday"] == (
        "DATE", "2049-02-09")
    assert _values("Last week, the minister warned, and on Tuesday the union struck.",
                   published)["Tuesday"] == ("DATE", "2049-02-09")  # fmt: skip


def test_phenomena_of_fresh_set_au() -> None:
    # fresh set AU's first score, each from its texts or close to them
    said = _values("Homes outside the capital will receive electricity only on alternate days "
                   "from Monday, the state power company Barqi Tojik said on Wednesday, after "
                   "the reservoir fell.", dt.date(2041, 1, 16))  # fmt: skip
    assert said["Monday"] == ("DATE", "2041-01-21")  # (a long speaker: still the saying's)
    declared = _values("The government has declared Friday and Monday public holidays.",
                       dt.date(2047, 7, 23))  # fmt: skip
    assert (declared["Friday"], declared["Monday"]) == (("DATE", "2047-07-26"),
                                                        ("DATE", "2047-07-29"))  # fmt: skip
    previous = _values("BANGKOK, Sept. 28 (TNA) - The airport opened on Thursday. Don Muang "
                       "will be used until the government decides its future next month, the "
                       "Transport Ministry said the previous day.", dt.date(2006, 9, 29))
    assert previous["the previous day"] == ("DATE", "2006-09-27")


def test_a_half_of_a_decade_and_alternate_days() -> None:
    # fresh set AU: "in the latter half of the 2030s" gave "the latter half" (2040-H2) and a
    # decade apart; "on alternate days" was no time
    published = dt.date(2041, 1, 16)
    assert _values("Its turbines came on line in the latter half of the 2030s.", published) == {
        "the latter half of the 2030s": ("DATE", "203")}
    assert [(e.text, e.mod) for e in resolve_dates(
        "Prices doubled in the first half of the 1990s.", published)] == [
        ("the first half of the 1990s", "START")]  # fmt: skip
    assert _values("Homes will have power only on alternate days.", published) == {
        "alternate days": ("SET", "P2D")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vendors tell me they have had no income since Friday last.",
         [("Friday last", "2057-06-08")]),
        ("Cabinet, at its meeting on Thursday last, approved $3.2 million.",
         [("Thursday last", "2057-06-07")]),
        ("The beach at Long Bay will be closed to the public on Monday next, the 18th instant.",
         [("Monday next", "2057-06-18"), ("the 18th instant", "2057-06-18")]),
        ("I refer to my letter of the 31st ultimo and to the Minister's reply of the 6th inst.",
         [("the 31st ultimo", "2057-05-31"), ("the 6th inst.", "2057-06-06")]),
        ("The Committee will report on the 3rd proximo.", [("the 3rd proximo", "2057-07-03")]),
        ("He left on Tuesday last week.", [("Tuesday", "2057-06-05"), ("last week", "2057-W23")]),
    ],
)  # fmt: skip
def test_formal_weekdays_last_and_next_and_days_of_this_last_and_next_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    tuesday = dt.date(2057, 6, 12)  # a parliament's sitting (Barbados, review set 52's b)
    assert [(e.text, e.value) for e in resolve_dates(text, tuesday)] == expected


def test_a_countrys_holiday_named_by_a_weekday_is_that_day() -> None:
    # fresh set AV's Anguilla (python-holidays' "August Monday", "August Thursday"), review
    # set 51's Samoa ("White Sunday", which python-holidays keeps by the Monday off after it)
    text = ("THE VALLEY, Anguilla — Saltwind won the August Monday race off Sandy Ground "
            "yesterday. The fleet races from Meads Bay on August Thursday.")
    assert [(e.text, e.value) for e in resolve_dates(text, dt.date(2034, 8, 8))] == [
        ("August Monday", "2034-08-07"), ("yesterday", "2034-08-07"),
        ("August Thursday", "2034-08-10")]  # fmt: skip
    text = "APIA, Samoa — The fault came a week after White Sunday, when families feast."
    assert ("White Sunday", "2052-10-13") in [
        (e.text, e.value) for e in resolve_dates(text, dt.date(2052, 10, 22))]  # fmt: skip
    # a capitalised word before a weekday that is no holiday of the country: the weekday
    text = "LONDON — Reuters Monday said profits fell, and Super Tuesday looms."
    assert [e.text for e in resolve_dates(text, dt.date(2040, 3, 21))] == ["Monday", "Tuesday"]


def test_a_holidays_year_told_after_it_is_that_years() -> None:
    # fresh set AV's Turks and Caicos hotel owner, on Friday 9 February 2046: the coming
    # Easter, although the bookings were counted in the past tense
    text = ("She said that bookings for Easter, which falls early this year, were 9 percent "
            "ahead of those for Easter last year.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2046, 2, 9))]
    assert found[0] == ("Easter", "2046-03-25")
    assert ("Easter", "2045-04-09") in found
    assert [(e.text, e.value) for e in resolve_dates(
        "Sales at Christmas next year will be weak.", dt.date(2046, 2, 9))][0] == (
        "Christmas", "2047-12-25")  # fmt: skip


def test_scheduled_before_a_noun_is_no_plan() -> None:
    # fresh set AV's Colombian power cuts (Colprensa, 4 May 1992): the cuts were ordered in
    # March, not set for next March
    text = ("The government ordered scheduled power cuts on March 2 after a drought drained "
            "the reservoirs.")
    assert only(text, dt.date(1992, 5, 4)).value == "1992-03-02"
    assert only("Talks are scheduled on June 2.", dt.date(1992, 5, 4)).value == "1992-06-02"


def test_a_short_weekday_before_a_year_less_day_is_in_its_span() -> None:
    # review set 54's Ceefax header "Wed 14 May 18:42": "14 May" alone, its weekday left
    # out (a listing's "Sat 12 Oct" too), though "Wed, 14 May 1997" took it
    found = [(e.text, e.value) for e in resolve_dates(
        "Doors open Sat 12 Oct at 7pm; the final is on Wed, May 14.", dt.date(2025, 5, 1))]
    assert found == [("Sat 12 Oct", "2024-10-12"), ("7pm", "2024-10-12T19:00"),
                     ("Wed, May 14", "2025-05-14")]


def test_a_day_and_month_in_figures_after_a_weekday_in_the_order_that_gives_it() -> None:
    # review set 52's Galilee newsletter (27 January 2039): "Wednesday 9/2" is 9 February
    # (a Wednesday; 2 September is not); a story writing "29/1" writes its days first
    text = "The planting is on Wednesday 9/2 at the Yardenit picnic ground."
    assert only(text, dt.date(2039, 1, 27)).value == "2039-02-09"
    text = ("Sat 29/1: chamber music in the Ein Gev dining hall. The cemetery will be closed "
            "to visitors from 6/2.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2039, 1, 27))]
    assert found == [("Sat 29/1", "2039-01-29"), ("6/2", "2039-02-06")]
    # American copy keeps its month first
    assert only("Sales rose on 9/26 after the report.", dt.date(2039, 1, 27)).value == (
        "2038-09-26")


def test_full_dates_in_figures_take_the_order_the_texts_other_figures_show() -> None:
    # fresh set BD's trial registry entry: its "14/06/2038" and "30/11/2038" show that
    # "02/07/2038" is 2 July; a month spelled before a blank line and a date in figures
    # ("first in December.\n\n02/07/2038:") is no month-first date
    text = ("Submission date: 14/06/2038\n\nRegistration date: 02/07/2038\n\nThe committee "
            "met first in December.\n\n04/08/2038: The recruitment end date is 30/11/2038.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2038, 10, 11))]
    assert found == [("14/06/2038", "2038-06-14"), ("02/07/2038", "2038-07-02"),
                     ("December", "2037-12"), ("04/08/2038", "2038-08-04"),
                     ("30/11/2038", "2038-11-30")]
    # figures the other way round tell month first, whatever else the text spells
    text = "Filed 06/14/2038 (the 14 June hearing); served 02/07/2038."
    assert [e.value for e in resolve_dates(text, dt.date(2038, 10, 11))][-1] == "2038-02-07"


def test_the_night_after_a_clock_time_of_a_day_long_ago_is_that_days_night() -> None:
    # review set 52's PNG judgment: "through the night" after "At about 6 p.m. the boat ...
    # capsized" (14 March 1997, told in a judgment of October) was the night before the
    # paper; "clung" is a past verb
    text = ("On Friday, 14th March, 1997, at about 3.30 p.m., the prisoner left the wharf. The "
            "warning was read on the radio at noon.\n\nAt about 6 p.m. the boat capsized. The "
            "passengers clung to the hull through the night.")
    found = resolve_dates(text, dt.date(1997, 10, 10))
    assert (found[-1].text, found[-1].value) == ("the night", "1997-03-14TNI")


def test_an_owners_last_day_or_week_is_the_final_one_and_no_past_cue() -> None:
    # fresh set AV's Anguilla: "Constitution Day, on Friday, is the festival's last public
    # holiday" (a Tuesday paper) is the coming Friday; "last" after "festival's" is no past
    tuesday = dt.date(2034, 8, 8)
    text = "Constitution Day, on Friday, is the festival's last public holiday."
    assert ("Friday", "2034-08-11") in [(e.text, e.value) for e in resolve_dates(text, tuesday)]
    # review sets 24 and 25: "Her last day behind the counter", "her last day on the job"
    assert [e.text for e in resolve_dates("The school's last day is Friday.", tuesday)] == [
        "Friday"]
    assert resolve_dates("It was also her last day on the job.", tuesday) == []
    assert only("Prices fell last week.", tuesday).value == "2034-W31"


def test_a_relative_day_with_the_weekday_a_speaker_elsewhere_names_is_that_day() -> None:
    # review set 52's transcript: aired on Sunday 13 July 2064 in New York, already Monday
    # in Lombok, where the correspondent said "tomorrow, Tuesday"
    sunday = dt.date(2064, 7, 13)
    text = "Indonesia's president is due on Lombok tomorrow, Tuesday, to visit the camps."
    assert [(e.text, e.value) for e in resolve_dates(text, sunday)] == [
        ("tomorrow", "2064-07-15"), ("Tuesday", "2064-07-15")]  # fmt: skip
    # a weekday further off is a slip, and the day word keeps its day
    found = resolve_dates("Rain is forecast for tomorrow, Thursday.", sunday)
    assert (found[0].text, found[0].value) == ("tomorrow", "2064-07-14")


def test_a_capitalised_season_before_a_capitalised_word_is_a_name() -> None:
    # fresh set AV's Anguilla: "peaks during the Summer Festival" was the summer
    tuesday = dt.date(2034, 8, 8)
    text = "The season peaks during the Summer Festival, which ends on Sunday."
    assert [e.text for e in resolve_dates(text, tuesday)] == ["Sunday"]
    assert resolve_dates("Athletes trained for the Summer Olympics.", tuesday) == []
    assert only("They met during the Summer. Prices fell.", tuesday).value == "2034-SU"


def test_a_holiday_with_a_part_of_the_day_is_that_part_of_its_day() -> None:
    # fresh set AV's Nine Mornings (St Vincent, 21 December 2059): "until Christmas morning"
    sunday = dt.date(2059, 12, 21)
    found = only("The city then rests until Christmas morning, when churches hold services.",
                 sunday)  # fmt: skip
    assert (found.text, found.type, found.value) == (
        "Christmas morning", TimexType.TIME, "2059-12-25TMO")
    found = only("Crowds gathered on New Year's Eve night.", dt.date(2060, 1, 5))
    assert (found.text, found.value) == ("New Year's Eve night", "2059-12-31TNI")
    found = only("Carols are sung every Christmas morning.", sunday)  # a habit: the holiday's
    assert (found.text, found.type) == ("every Christmas", TimexType.SET)


def test_a_deictic_in_a_breadcrumbs_name_is_no_date() -> None:
    # review set 52's transcript page: "GNN Transcripts > World Tonight > 2064" made an
    # event tonight; a title case headline keeps its "Tonight"
    found = resolve_dates("GNN Transcripts  >  World Tonight  >  2064", dt.date(2064, 7, 13))
    assert [e.text for e in found] == ["2064"]
    assert only("Storms Hit Coast Tonight", dt.date(2064, 7, 13)).value == "2064-07-13TNI"


def test_days_set_ahead_with_longer_objects_and_in_a_list() -> None:
    # review set 52's vanilla wire (Monday 26 September 2061): "set ... the start of exports
    # for Dec. 1" was last year's December
    monday = dt.date(2061, 9, 26)
    text = "The government last week set the start of exports for Dec. 1."
    assert [e.value for e in resolve_dates(text, monday)] == ["2061-W38", "2061-12-01"]
    text = ("The government last week set the opening of the green-vanilla harvest in SAVA for "
            "Oct. 17, a week earlier than last year, and the start of exports for Dec. 1.")
    assert resolve_dates(text, monday)[-1].value == "2061-12-01"


def test_a_clock_time_after_a_day_told_in_passing_far_back_is_the_sittings() -> None:
    # review set 52's Hansard: the adjournment "at 4.48 p.m." went on a Member's "since
    # Friday last", told three speeches before, and the next sitting's "10.00 a.m." after
    # "until Tuesday, 19th June, 2057" on the sitting's own day
    text = ("THE PARLIAMENTARY DEBATES\n\nTuesday, 12th June, 2057\n\n[UNREVISED. Subject to "
            "correction by Members. Proof circulated 26th June, 2057]\n\nPursuant to the "
            "adjournment, the House of Assembly met at 10.07 a.m. today, Tuesday, 12th June, "
            "2057.\n\nHon. Mr. R. J. ALLEYNE: Mr. Speaker, I thank the Minister. May I ask when "
            "the fish market will reopen? The vendors tell me they have had no income since "
            "Friday last.\n\nHon. Mrs. K. P. BLACKMAN-HOLDER: Sir, the market will reopen when "
            "the bay is clear. The Unit expects that to be by the weekend, but the sea will "
            "decide, not the Ministry.\n\nMr. T. G. GITTENS: Sir, on a point of clarification: "
            "the Minister spoke of 41,000 tonnes. My constituents would say it is twice that. "
            "Every summer the weed has come, but never like this.\n\nMr. SPEAKER: Order. The "
            "Honourable Member will have his opportunity in the debate.\n\nThe House adjourned "
            "accordingly at 4.48 p.m. until Tuesday, 19th June, 2057 at 10.00 a.m.")
    values = _values(text, dt.date(2057, 6, 12))
    assert values["4.48 p.m."] == ("TIME", "2057-06-12T16:48")
    # a day ahead just told keeps its clock times (fresh set AW's school newsletter)
    assert _values("Since we came back on 7 January, P3 have read 1,000 books between them.\n\n"
                   "P7's Burns supper is at 6pm tonight in the hall.\n\nP6 visit the Shetland "
                   "Museum a week today, Friday 1 February. The bus leaves at 9.15am.",
                   dt.date(2058, 1, 25))["9.15am"] == ("TIME", "2058-02-01T09:15")
    assert values["10.00 a.m."] == ("TIME", "2057-06-19T10:00")


def test_a_day_in_a_relative_clauses_backstory_moves_no_story_time() -> None:
    # review set 53's Scott Base diary: "a hole that Hamish and Jo had spent Monday cutting"
    # put "That night" and "at 8pm" on the Monday, not on Midwinter's Day told before it
    values = _values(
        "On Tuesday we celebrated Midwinter. In the afternoon eleven of us took the plunge "
        "through a hole that Hamish and Jo had spent Monday cutting in the sea ice. That night "
        "Sam served the dinner, and at 8pm we raised a glass.", dt.date(2067, 6, 26))
    assert values["Monday"] == ("DATE", "2067-06-20")
    assert values["That night"] == ("TIME", "2067-06-21TNI")
    assert values["8pm"] == ("TIME", "2067-06-21T20:00")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Whitehorse city council meets at 5:30 tonight to vote on the budget.",
      "2070-03-04T17:30"),
     ("It closes at 11.30pm tonight.", "2070-03-04T23:30")],
)  # fmt: skip
def test_a_clock_time_tonight_is_in_the_evening(text: str, value: str) -> None:
    # fresh set AW's radio bulletin: "at 5:30 tonight" was 05:30
    assert resolve_dates(text, dt.date(2070, 3, 4))[0].value == value


def test_a_weekday_a_request_sets_as_its_deadline_is_ahead() -> None:
    # fresh set AW (Kinshasa, told on Saturday 17 May 1997): "told government soldiers to
    # hand in their weapons by Sunday morning" was the Sunday before
    values = _values("The rebels told government soldiers to hand in their weapons by Sunday "
                     "morning.", dt.date(1997, 5, 17))  # fmt: skip
    assert values["Sunday morning"] == ("TIME", "1997-05-18TMO")


def test_a_deadline_s_infinitive_after_a_day_is_not_that_day_s_tense() -> None:
    # fresh set BN (told on 3 March 2053): "the customs union, which leaders agreed at their
    # summit on Dec. 14 to complete by January 1, 2055" put the summit in December 2053
    values = _values("On the agenda is the customs union, which leaders agreed at their summit "
                     "in Kuwait on Dec. 14 to complete by January 1, 2055.", dt.date(2053, 3, 3))
    assert values["Dec. 14"] == ("DATE", "2052-12-14")
    values = _values("Residents were ordered to leave by Dec. 14.", dt.date(2053, 12, 3))
    assert values["Dec. 14"] == ("DATE", "2053-12-14")  # (the deadline's own day ahead)


def test_a_24_hour_clock_is_no_year_of_the_day_after_it() -> None:
    # fresh set AW's Guam notice: "(2000 UTC on Sunday, May 4)" put the clock and its day in
    # the year 2000
    values = _values("Dredging will begin at 0600 ChST on Monday, May 5, 2036 (2000 UTC on "
                     "Sunday, May 4).", dt.date(2036, 4, 28))  # fmt: skip
    assert values["2000 UTC"] == ("TIME", "2036-05-04T20:00")
    assert values["Sunday, May 4"] == ("DATE", "2036-05-04")
    assert _values("The quake struck at 1915 GMT on Dec. 14, 2007.", dt.date(2036, 4, 28))[
        "1915 GMT"] == ("TIME", "2007-12-14T19:15")


def test_an_hour_in_words_with_this_morning_or_tonight_is_a_clock_time() -> None:
    # fresh set AW's radio bulletin: "just before six this morning" was the morning, and
    # after "at about 9:10 last night" it went on the day before; a count is no hour
    published = dt.date(2070, 3, 4)
    values = _values("A truck jackknifed at about 9:10 last night and closed the road for "
                     "almost nine hours. RCMP reopened both lanes just before six this morning.",
                     published)  # fmt: skip
    assert values["six this morning"] == ("TIME", "2070-03-04T06:00")
    assert _values("The vote is at seven tonight.", published)["seven tonight"] == (
        "TIME", "2070-03-04T19:00")
    assert "two this afternoon" not in _values("He scored two this afternoon.", published)


def test_a_part_of_the_day_ahead_after_a_day_ahead_just_told_is_that_days() -> None:
    # fresh set AW's court diary (told on Saturday 2 January 2027): "FRIDAY, JANUARY 8 / No
    # trials will sit in the afternoon" was the paper's afternoon
    published = dt.date(2027, 1, 2)
    assert _values("High Court, Court 2: R v Shane Whyte (robbery). Mention only.\n\nFRIDAY, "
                   "JANUARY 8\n\nNo trials will sit in the afternoon.", published)[
        "the afternoon"] == ("TIME", "2027-01-08TAF")  # fmt: skip
    assert _values("The summit opens on Friday. Talks will continue in the afternoon.",
                   published)["the afternoon"] == ("TIME", "2027-01-08TAF")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [("P6 visit the Shetland Museum a week today, Friday 1 February.", "a week today",
      "2058-02-01"),
     ("The new pool opens a week tomorrow.", "a week tomorrow", "2058-02-02"),
     ("The old pool closed a week yesterday.", "a week yesterday", "2058-01-17")],
)  # fmt: skip
def test_a_week_today_is_seven_days_on(text: str, span: str, value: str) -> None:
    # fresh set AW's school newsletter: "a week today" was a week's duration and "today"
    assert _values(text, dt.date(2058, 1, 25))[span] == ("DATE", value)


def test_a_weekday_planned_for_then_gone_is_past() -> None:
    # fresh set AW (Kinshasa, told on Saturday 17 May 1997): "a second meeting set for
    # Wednesday collapsed" was the Wednesday to come
    published = dt.date(1997, 5, 17)
    assert _values("Talks on May 4 ended without agreement, and a second meeting set for "
                   "Wednesday collapsed when Kabila did not arrive.", published)[
        "Wednesday"] == ("DATE", "1997-05-14")  # fmt: skip
    assert _values("A meeting set for Wednesday will decide.", published)["Wednesday"] == (
        "DATE", "1997-05-21")


def test_a_24_hour_clock_without_gmt_after_a_clock_preposition_or_before_a_zone() -> None:
    # fresh set AW's Guam notice to mariners: "at 1000 on Friday, May 2", "from 1800 on
    # Saturday, May 24 until 0600 on Tuesday, May 27" and "0600 ChST" were years or nothing
    may = dt.date(2036, 4, 30)
    assert _values("The Harbor Master will brief shipping agents at 1000 on Friday, May 2, "
                   "in the Port Authority building.", may)["1000"] == ("TIME", "2036-05-02T10:00")
    found = _values("Work will stop for Memorial Day, from 1800 on Saturday, May 24 until 0600 "
                    "on Tuesday, May 27.", may)
    assert found["1800"] == ("TIME", "2036-05-24T18:00")
    assert found["0600"] == ("TIME", "2036-05-27T06:00")
    assert _values("Dredging will begin at 0600 ChST on Monday, May 5.", may)["0600 ChST"] == (
        "TIME", "2036-05-05T06:00")
    assert _values("At 2300 hrs the patrol returned to base.", may)["2300 hrs"] == (
        "TIME", "2036-04-30T23:00")
    # a year after the same prepositions stays a year
    assert _values("The town grew from 1800 on the back of the wool trade.", may)["1800"] == (
        "DATE", "1800")
    assert _values("The line was finished by 1905 on time and on budget.", may)["1905"] == (
        "DATE", "1905")


def test_a_week_or_day_of_a_month_in_the_year_its_sentence_opens_with() -> None:
    # review set 71 c: '"Last year we lost almost 60 hectares when the drains overflowed
    # in the first week of February"' (told in March) was this February's week
    found = {e.text: e.value for e in resolve_dates(
        "Last year we lost almost 60 hectares when the drains overflowed in the first week "
        "of February. In 2020 the show ran on the second Saturday of May.",
        dt.date(2054, 3, 19))}  # fmt: skip
    assert found["the first week of February"] == "2053-W05"
    assert found["the second Saturday of May"] == "2020-05-09"
    # the second judgement of review set 71: its year told after it (one expression, as
    # "July last year" is)
    found = {e.text: e.value for e in resolve_dates(
        "We lost almost 60 hectares in the first week of February last year. It is held in "
        "the last week of June this year.", dt.date(2054, 3, 19))}  # fmt: skip
    assert found == {"the first week of February last year": "2053-W05",
                     "the last week of June this year": "2054-W26"}


def test_last_year_after_a_compared_owner_s_is_the_year_gone() -> None:
    # fresh set BU's deck: "Mainland terminals grew four times as fast as Hong Kong's last
    # year" was "Hong Kong's last year" (its final one), untagged
    assert only("Mainland terminals grew four times as fast as Hong Kong's last year.",
                dt.date(2005, 1, 12)).value == "2004"
    assert resolve_dates("It was the school's last year.", dt.date(2005, 1, 12)) == []


def test_an_almanac_s_day_of_the_year() -> None:
    # fresh set BU: "Today is Saturday, Sept. 28, the 271st day of 2047" gave only "2047"
    found = {e.text: e.value for e in resolve_dates(
        "Today is Saturday, Sept. 28, the 271st day of 2047. It was the 100th day of the "
        "strike.", dt.date(2047, 9, 28))}  # fmt: skip
    assert found["the 271st day of 2047"] == "2047-09-28"
    assert "the 100th day" not in found  # (a count of a strike's days: no day of a year)


def test_a_year_marked_with_its_era() -> None:
    # fresh set BT: "destroyed in the earthquake of 365 AD" was untagged; a year before the
    # common era is TimeML's "BC0044" (no calendar interval)
    found = [(e.text, e.value, e.start_date) for e in resolve_dates(
        "The villa was destroyed in the earthquake of 365 AD. Caesar died in 44 B.C. and "
        "Pompeii fell in A.D. 79. They paid 500 ad dollars.", dt.date(2003, 10, 13))]
    assert found == [("365 AD", "0365", dt.date(365, 1, 1)), ("44 B.C.", "BC0044", None),
                     ("A.D. 79", "0079", dt.date(79, 1, 1))]


def test_the_sundays_of_advent() -> None:
    # fresh sets Y, BA and BT: "the first Sunday of Advent" was the bare "Sunday" nearest
    # the paper; it is the fourth Sunday before Christmas
    found = {e.text: e.value for e in resolve_dates(
        "The parish will come into being on the first Sunday of Advent, and its first Mass "
        "will be celebrated at 11 a.m. that day. The market opens on the second Sunday in "
        "Advent.", dt.date(2012, 11, 18))}  # fmt: skip
    assert found == {"the first Sunday of Advent": "2012-12-02",
                     "11 a.m. that day": "2012-12-02T11:00",
                     "the second Sunday in Advent": "2012-12-09"}
    assert only("Advent Sunday falls early.", dt.date(2028, 11, 1)).value == "2028-12-03"


def test_a_french_style_clock_with_an_h() -> None:
    # review set 70's Mauritian page: "since 10h00 this morning", "class 2 at 16h10
    # yesterday", "at 18h00 this evening" were no times (its events went to the whole day)
    february = dt.date(2035, 2, 14)
    found = _values("The class 1 warning was issued on Monday evening and class 2 at 16h10 "
                    "yesterday. A meeting will be held at 18h00 this evening.", february)
    assert found["16h10 yesterday"] == ("TIME", "2035-02-13T16:10")
    assert found["18h00 this evening"] == ("TIME", "2035-02-14T18:00")
    assert _values("By 15h00, 438 people had taken shelter.", february)["15h00"] == (
        "TIME", "2035-02-14T15:00")
    # a time taken stays out (a guard: untagged before too)
    assert _values("Kiprop won the marathon in 2h05 on Sunday.", february) == {
        "Sunday": ("DATE", "2035-02-11")}


def test_the_easter_weekend_is_the_one_its_sunday_is_in() -> None:
    # fresh set AX's Belfast story: "over the Easter weekend" (Easter Sunday 12 April 1998)
    # was the weekend after it, as for a weekday holiday ("Thanksgiving weekend")
    april = dt.date(1998, 4, 10)
    assert _values("Police said extra patrols would run every night over the Easter weekend.",
                   april)["Easter weekend"] == ("DATE", "1998-W15-WE")
    november = dt.date(2036, 11, 20)
    assert _values("Thanksgiving weekend traffic will be heavy.", november)[
        "Thanksgiving weekend"] == ("DATE", "2036-W48-WE")  # Thursday the 27th: the 29th-30th


def test_per_quarter_after_an_amount_is_a_rate_not_a_set() -> None:
    # fresh set AX's parish minutes: "rates ... at 1.41p per quarter (foncier) and 1.09p per
    # quarter (occupier)"; TimeBank leaves "15 million instructions per second" untagged
    may = dt.date(2029, 5, 14)
    assert _values("The Assembly fixed the rates at 1.41p per quarter (foncier) and 1.09p per "
                   "quarter (occupier).", may) == {}
    assert _values("Intel clocks the chip's speed at 15 million instructions per second.",
                   may) == {}
    assert _values("Dividends are paid per quarter.", may) == {"per quarter": ("SET", "P1Q")}
    assert _values("The board meets twice per week.", may) == {"twice per week": ("SET", "P1W")}


def test_a_clock_time_of_what_is_so_now_is_the_papers_day_not_a_day_gone_by() -> None:
    # fresh set AX's weather outlook: "Yesterday's high of 93°F ... A strong tropical wave
    # near 47 degrees west at 2 p.m. is moving west": today's 2 p.m., not yesterday's
    sunday = dt.date(2072, 8, 14)
    found = _values("Yesterday's high of 93°F at the airport equalled the record for the "
                    "date. A strong tropical wave near 47 degrees west at 2 p.m. is moving west "
                    "at 15 to 20 mph.", sunday)
    assert found["2 p.m."] == ("TIME", "2072-08-14T14:00")
    found = _values("Yesterday's high of 93°F at the airport equalled the record. The wave "
                    "crossed 40 degrees west at 2 p.m.", sunday)
    assert found["2 p.m."] == ("TIME", "2072-08-13T14:00")  # (what happened then: that day)


def test_a_year_after_since_before_a_weekday_stays_a_year() -> None:
    # review set 43's futsal final: "for the first time since 2039 on Sunday night" was read
    # as 20:39 on Sunday in a draft that took "since" for a 24-hour clock's preposition
    monday = dt.date(2045, 4, 17)
    assert _values("Yesil Astana won the championship for the first time since 2039 on Sunday "
                   "night.", monday) == {"2039": ("DATE", "2039"),
                                         "Sunday night": ("TIME", "2045-04-16TNI")}  # fmt: skip


def test_a_day_after_since_in_a_present_perfect_is_up_to_the_paper_not_in_a_storys_year() -> None:
    # fresh set AY's Chad oil story (October 2003): "approved its loans in June 2000 ...
    # Crude has been flowing since July 15, ... and ... sold their first cargo ... on Oct 3"
    # put both days in 2000; a pluperfect "had been ... since" keeps the story's year
    october = dt.date(2003, 10, 10)
    found = _values("The World Bank, whose board approved its loans in June 2000, helped to "
                    "finance it. Crude has been flowing since July 15, when the first barrel "
                    "was pumped into the pipeline, and Chad and Cameroon sold their first "
                    "cargo on Oct 3.", october)
    assert found["July 15"] == ("DATE", "2003-07-15")
    assert found["Oct 3"] == ("DATE", "2003-10-03")
    assert _values("The strike began in June 1998. By then he had been on strike since July "
                   "15.", october)["July 15"] == ("DATE", "1998-07-15")


def test_a_weekday_with_a_feast_in_apposition_is_the_feast_s_day() -> None:
    # fresh set BN: "NS had expected extra passengers on Friday, New Year's Eve" (told on
    # Tuesday 28 December 1993) took the Friday before, by the pluperfect
    found = _values("NS had expected extra passengers on Friday, New Year's Eve.",
                    dt.date(1993, 12, 28))
    assert found["Friday"] == ("DATE", "1993-12-31")
    # a feast on another weekday says nothing of the weekday's
    found = _values("Shops will open on Friday, Christmas Day.", dt.date(1993, 12, 20))
    assert found["Friday"] == ("DATE", "1993-12-24")  # (Christmas Day is a Saturday)


def test_a_feast_named_by_its_weekday_keeps_its_name_before_the_day_written_after_it() -> None:
    # fresh set AY's Juba term calendar: "closed from Good Friday, 19 April, to Easter
    # Monday" was "Friday, 19 April" (no feast); review set 17's "on Easter Monday, 21 April
    # 2014" was "Monday, 21 April 2014"; review set 50's "on Holy Thursday and Good Friday,
    # April 19 and 20" (1984) put "Friday, April 19" in 1985
    march = dt.date(2041, 3, 14)
    found = _values("The University will be closed from Good Friday, 19 April, to Easter "
                    "Monday.", march)
    assert found["Good Friday"] == ("DATE", "2041-04-19")
    assert found["19 April"] == ("DATE", "2041-04-19")
    found = _values("City won promotion, clinching it with a 2-0 win on Easter Monday, 21 "
                    "April 2014.", dt.date(2028, 9, 2))
    assert found["Easter Monday"] == ("DATE", "2014-04-21")  # the day written, not 2028's
    found = _values("They will be closed on Holy Thursday and Good Friday, April 19 and 20.",
                    dt.date(1984, 3, 30))
    assert found["Good Friday"] == ("DATE", "1984-04-20")
    assert found["April 19"] == ("DATE", "1984-04-19")
    # (a weekday alone before a relative day stays: "on Thursday, a week later")
    assert _values("The government published the dates on 2 April, and BirdLife filed its "
                   "application on Thursday, a week later.", dt.date(2026, 4, 13))[
        "Thursday"] == ("DATE", "2026-04-09")


def test_a_plans_day_and_clock_told_as_passed_are_gone_by() -> None:
    # fresh set AX's Belfast story (Friday 10 April 1998): "more than 17 hours after a
    # deadline set for midnight on Thursday had passed" was the Thursday to come
    friday = dt.date(1998, 4, 10)
    found = _values("Agreement came more than 17 hours after a deadline set for midnight on "
                    "Thursday had passed.", friday)
    assert found["midnight"] == ("TIME", "1998-04-09T24:00")
    assert found["Thursday"] == ("DATE", "1998-04-09")
    assert _values("The deadline set for Thursday passed without a deal.", friday) == {
        "Thursday": ("DATE", "1998-04-09")}
    assert _values("A vote set for Thursday will decide it.", friday) == {
        "Thursday": ("DATE", "1998-04-16")}  # (a plan still to come)


def test_a_year_told_by_the_two_it_straddles_is_one_the_seconds() -> None:
    # fresh sets AR, AW and BA: "the 2042-43 financial year" was "2042" and "43" (2043)
    published = dt.date(2043, 3, 10)
    found = [(e.text, e.value) for e in resolve_dates(
        "The scheme is paid for from the budget for the 2042-43 financial year; the work in "
        "the autumn will come from the budget for 2043-44. Its 2038/39 financial year ended.",
        published)]
    assert found == [("the 2042-43 financial year", "2043"), ("the autumn", "2043-FA"),
                     ("2043-44", "2044"), ("Its 2038/39 financial year", "2039")]
    assert only("the 19th auction of the 2046/47 season", published).value == "2047"
    # (no pair of years: a code, a range of years)
    assert [e.text for e in resolve_dates("Form 2012-45 is due.", published)] == []
    assert [e.value for e in resolve_dates("It ran from 2010-2015.", published)] == [
        "2010", "2015"]
    # fresh sets BN and BT: two whole years in a row by a budget's word are one, the
    # second's ("budgeted for 1999-2000", "the fiscal year 2053/2054"); without one, two
    found = [(e.text, e.value) for e in resolve_dates(
        "A further $40 million had been budgeted for 1999-2000. The deficit will narrow in "
        "the fiscal year 2053/2054. He studied at Aberystwyth, 2071–2072.", published)]
    assert found == [("1999-2000", "2000"), ("2053/2054", "2054"), ("2071", "2071"),
                     ("2072", "2072")]
    # fresh sets BF and CE: "fiscal 2013/14" and "fiscal 1996-97" were their first years
    found = [(e.text, e.value) for e in resolve_dates(
        "Revenue was $5.3 billion in fiscal 2013/14, against the target for fiscal 1996-97 and "
        "the financial year 2012-13. In fiscal 2014 it fell.", published)]
    assert found == [("fiscal 2013/14", "2014"), ("fiscal 1996-97", "1997"),
                     ("financial year 2012-13", "2013"), ("fiscal 2014", "2014")]


def test_a_clock_time_the_next_morning_is_one_time_of_that_day() -> None:
    # fresh sets AZ and BA: "04:10 the next morning" was "04:10" on the day told and "the
    # next morning" apart
    text = ("Launched at 23:05 on Saturday 18 October to a yacht aground. Back on station at "
            "04:10 the next morning.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2036, 11, 2))]
    assert found[-1] == ("04:10 the next morning", "2036-10-19T04:10")
    # (a clock and "last Saturday" stay two)
    found = [(e.text, e.value) for e in resolve_dates("at 3:20 a.m. last Saturday",
                                                      dt.date(2047, 11, 18))]
    assert found == [("3:20 a.m.", "2047-11-16T03:20"), ("last Saturday", "2047-11-16")]


def test_the_same_month_last_year_is_the_month_told_a_year_back() -> None:
    # fresh set BA's lifeboat log: "four in the same month last year" was "the same month"
    # (October 2036) and "last year" (2035)
    text = "Five launches in October, against four in the same month last year."
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2036, 11, 2))]
    assert found == [("October", "2036-10"), ("the same month last year", "2035-10")]
    assert only("Traffic was down on the same day a year earlier.", dt.date(2036, 11, 2)
                ).value == "2035-11-02"


def test_a_formal_day_of_the_month_is_one_date() -> None:
    # fresh set BA's planning notice: "Dated this 29th day of April 2059" gave "April 2059"
    assert only("Dated this 29th day of April 2059.", dt.date(2059, 5, 2)).text == (
        "this 29th day of April 2059")
    assert only("Given under my hand this 3rd day of May, 2059.", dt.date(2059, 5, 2)
                ).value == "2059-05-03"


CHANNEL = (
    "Baikal Ice Watch\n12 431 subscribers\n\n"
    "Baikal Ice Watch, [14.03.2058 07:40]\nOLKHON CROSSING: OPEN today 09:00-18:00. The MChS "
    "measured the ice at 61 cm yesterday afternoon.\n\n"
    "Baikal Ice Watch, [15.03.2058 18:47]\nA fuel tanker crossed this morning. Tomorrow "
    "(Saturday) it closes for good.\n\n"
    "Baikal Ice Watch, [16.03.2058 18:09]\nThe last car got over at 17:52 today.\n")


def test_a_stamped_entrys_dates_are_told_from_its_stamp() -> None:
    # review set 56's Telegram channel copy: each post's "yesterday afternoon", "this
    # morning" and "Tomorrow" were counted from the page's day, not from the post's stamp
    found = {e.text: e.value for e in resolve_dates(CHANNEL, dt.date(2058, 3, 16))}
    assert found["yesterday afternoon"] == "2058-03-13TAF"
    assert found["this morning"] == "2058-03-15TMO"
    assert found["Tomorrow"] == "2058-03-16"
    assert found["17:52 today"] == "2058-03-16T17:52"
    # (a court diary's headings are days to come: its listings tell theirs from the paper)
    diary = ("COURT DIARY\n\nThe High Court resumes criminal sittings on Monday.\n\n"
             "MONDAY, JANUARY 4\nThe trial resumes; the jury was sent home on Dec. 18.\n\n"
             "THURSDAY, JANUARY 7\nMatters not reached will be listed on Monday.\n")
    found = {(e.text, e.start): e.value for e in resolve_dates(diary, dt.date(2027, 1, 2))}
    assert [value for (text, _), value in found.items() if text == "Monday"] == [
        "2027-01-04", "2027-01-04"]


def test_a_day_something_was_said_as_late_as_is_gone_by() -> None:
    # fresh set BA: "The Pope's security chief had said as late as Wednesday that the
    # programme could still be changed" was the Wednesday ahead (a deadline's "as late as")
    text = ("The Pope's security chief had said as late as Wednesday that the Bangui "
            "programme could still be changed.")
    assert only(text, dt.date(2015, 11, 30)).value == "2015-11-25"
    assert only("Ballots can arrive as late as Saturday.", dt.date(2015, 11, 30)
                ).value == "2015-12-05"


def test_the_past_month_is_a_month_long_span_up_to_now() -> None:
    # fresh sets C and BA write "the past month" as the duration P1M (both times), as
    # TimeBank writes "the past two weeks"; it was the calendar month before the paper
    found = only("Diplomats said the past month of campaigning had been calm.",
                 dt.date(1993, 6, 3))
    assert (found.type.value, found.value) == ("DURATION", "P1M")
    # fresh sets BG, BL and BN: "the past week" too (every time)
    found = only("Encephalitis has killed 63 people, 19 of them in the past week.",
                 dt.date(2004, 7, 24))
    assert (found.type.value, found.value) == ("DURATION", "P1W")


def test_a_law_reports_citation_year_is_no_date() -> None:
    # review set 56's Supreme Court summary: "On appeal from: [2072] EWCA Civ 143" made an
    # event of 2072
    for text in ("On appeal from: [2072] EWCA Civ 143", "Rhyl Pier v Hallam [2073] UKSC 9",
                 "Donoghue v Stevenson [1932] AC 562", "as held in (2031) 4 SCC 112"):
        assert resolve_dates(text, dt.date(2073, 3, 15)) == [], text
    assert only("The ferry sank (2031) off Lisbon.", dt.date(2073, 3, 15)).value == "2031"


def test_a_chat_exports_lines_are_entries_told_from_their_stamps() -> None:
    # review set 56's second judgement: the Telegram copy exported as a chat, "14/03/2058,
    # 07:40 - Baikal Ice Watch: ..." (the stamp on the entry's own line), had its entries
    # told from the post before ("18:00 today" on 15 March in the 16 March post)
    text = ("14/03/2058, 07:40 - Baikal Ice Watch: The crossing is open today. The MChS "
            "measured the ice yesterday afternoon.\n"
            "15/03/2058, 18:47 - Baikal Ice Watch: A fuel tanker crossed this morning.\n"
            "16/03/2058, 18:09 - Baikal Ice Watch: The barrier came down at 18:00 today.\n")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2058, 3, 16))}
    assert (found["yesterday afternoon"], found["this morning"], found["18:00 today"]) == (
        "2058-03-13TAF", "2058-03-15TMO", "2058-03-16T18:00")


def test_fresh_set_bds_crop_report_mosque_reopening_and_victory_day() -> None:
    # fresh set BD's first score: a crop report's "Rain ... fell on Thursday night" took
    # the Thursday of "since September 1", two paragraphs up (a day "falls on" a weekday
    # only in one sentence); "too wet ... until Saturday afternoon" is a state now over
    text = ("Precipitation since September 1 is below 60 per cent of normal.\n\nNorthwest "
            "Region\n\nRain of 20 to 35 mm fell on Thursday night, and some fields were too "
            "wet to support equipment until Saturday afternoon.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2067, 10, 11))}
    assert found == {"September 1": "2067-09-01", "Thursday night": "2067-10-06TNI",
                     "Saturday afternoon": "2067-10-08TAF"}
    found = {e.text: e.value for e in resolve_dates(
        "With Chinese New Year falling on Saturday, they perform.", dt.date(2027, 2, 4))}
    assert found == {"Chinese New Year": "2027-02-06", "Saturday": "2027-02-06"}
    # "banned until midnight" is no evening whose night "overnight" is
    text = ("Traffic was barred from 6 a.m., and the sale of alcohol was banned until "
            "midnight. Buses brought worshippers, and many had travelled overnight.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2016, 5, 7))}
    assert found["overnight"] == "2016-05-06TNI"
    # Tiraspol is Moldova's, whose calendar writes "Victory Day and Commemoration of ..."
    text = ("TIRASPOL, May 8 (Olvia-Press) - Tomorrow he will review the Victory Day parade on "
            "Suvorov Square.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(1997, 5, 8))}
    assert found["Victory Day"] == "1997-05-09"


def test_fresh_set_bes_cup_day_midsummer_eve_and_st_stephens_day() -> None:
    # fresh set BE's first score: a judgment summary names "Tuesday 5 November 2069,
    # Melbourne Cup Day" and then "Cup Day" three times, which was no date (and its clock
    # times were the paper's day); the day named after a date is that date, and so is the
    # name's tail wherever the text uses it
    text = ("HIGH COURT OF AUSTRALIA\n\n10 November 2072\n\nThat period ended on Tuesday 5 "
            "November 2069, Melbourne Cup Day, a public holiday. The solicitor did not begin "
            "to upload it until 11:52 pm on Cup Day.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2072, 11, 10))}
    assert found["Melbourne Cup Day"] == found["Cup Day"] == "2069-11-05"
    assert found["11:52 pm"] == "2069-11-05T23:52"
    # without a date beside it, Cup Day is the Melbourne Cup's, November's first Tuesday
    assert only("MELBOURNE - Crowds gathered at Flemington on Cup Day.",
                dt.date(2041, 11, 8)).value == "2041-11-05"
    text = ("COPENHAGEN, June 22 (Ritzau) - Many Danes will light bonfires tomorrow, on "
            "Midsummer Eve.")
    assert {e.text: e.value for e in resolve_dates(text, dt.date(1992, 6, 22))}[
        "Midsummer Eve"] == "1992-06-23"
    assert only("St Stephen's Day brought the first snow in Dublin.",
                dt.date(2085, 3, 2)).value == "2084-12-26"


def test_today_in_a_sources_name_in_brackets_is_no_day() -> None:
    # review set 59's Wikipedia day page ends each item with its source in brackets; the
    # Ironman item's "(Triathlon Today)" was an event of the page's day headed "(Triathlon )"
    text = "Norway's Ingrid Solheim wins the women's race. (Triathlon Today)"
    assert [e.text for e in resolve_dates(text, dt.date(2061, 10, 22))] == []
    found = resolve_dates("The vote is today (Monday).", dt.date(2061, 10, 24))
    assert [(e.text, e.value) for e in found] == [("today", "2061-10-24"), ("Monday", "2061-10-24")]


def test_days_a_saying_said_would_come_count_from_the_saying() -> None:
    # fresh set BF's first score: "said on Friday that it would shut the damaged main on
    # Sunday and start chlorinating ... on Monday", told on a Tuesday, were the Sunday and
    # Monday ahead; they are the ones after that Friday, gone by
    text = ("The water district said on Friday that it would shut the damaged main on Sunday "
            "and start chlorinating deep wells in four barangays on Monday. It closed the main "
            "on Saturday instead.")
    found = [(e.text, e.value) for e in resolve_dates(text, dt.date(2004, 7, 13))]
    assert found == [("Friday", "2004-07-09"), ("Sunday", "2004-07-11"),
                     ("Monday", "2004-07-12"), ("Saturday", "2004-07-10")]
    # a day still ahead of the paper stays ahead
    found = [(e.text, e.value) for e in resolve_dates("He said on Monday he would resign on "
                                                      "Friday.", dt.date(2004, 7, 13))]
    assert found == [("Monday", "2004-07-12"), ("Friday", "2004-07-16")]


def test_moldovas_memorial_easter_is_eight_days_after_orthodox_easter() -> None:
    # review set 59's live blog: "because of the Memorial Easter holiday" was read as Easter
    # Sunday (25 April 2038); Memorial Easter is the Monday after Thomas Sunday, 3 May
    text = ("The winners' parade in Bălți will be on Tuesday, not tomorrow, because of the "
            "Memorial Easter holiday.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2038, 5, 2))}
    assert found == {"Tuesday": "2038-05-04", "tomorrow": "2038-05-03",
                     "Memorial Easter": "2038-05-03"}
    assert only("The Memorial Day parade was held.", dt.date(2038, 6, 2)).value == "2038-05-31"


def test_the_next_day_after_a_look_back_is_the_storys_next_day() -> None:
    # fresh set BF's first score: a van seen "at about 3am on Sunday, August 19 ...
    # having seen the same van the previous evening. Police searched ... the next day":
    # the day after that Sunday, not after the evening looked back to
    text = ("A neighbour saw a van outside it at about 3am on Sunday, August 19 and wrote "
            "down its registration, having seen the same van the previous evening. Police "
            "searched his garage in Mosgiel the next day and arrested him the same day.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2046, 9, 14))}
    assert found["the previous evening"] == "2046-08-18TEV"
    assert found["the next day"] == "2046-08-20"
    assert found["the same day"] == "2046-08-20"
    # told forward, the days go on from each other
    found = {e.text: e.value for e in resolve_dates(
        "The storm hit on Sunday, August 19. The next day the river rose, and the day after "
        "it burst its banks.", dt.date(2046, 9, 14))}
    assert found["The next day"] == "2046-08-20"


def test_the_next_day_after_a_day_with_its_month_as_backdrop() -> None:
    # fresh set BF's first score: "a water main that cracked 12 days ago in floods that
    # followed heavy rain in late June. Engineers found the crack the next day" gave June
    text = ("Officials traced the outbreak to a water main that cracked 12 days ago in floods "
            "that followed heavy rain in late June.\n\nEngineers found the crack the next day.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2004, 7, 14))}
    assert found["the next day"] == "2004-07-03"
    # a month told alone still holds the day after it
    found = {e.text: e.value for e in resolve_dates(
        "The company cut its forecast in April 2014. Its shares fell the following day.",
        dt.date(2014, 6, 2))}
    assert found["the following day"] == "2014-04"


def test_a_gathering_asked_for_on_a_weekday_is_ahead_of_the_asking() -> None:
    # fresh sets BE and BF: "asked the city council to hold a special session on Thursday"
    # and "had asked Microsoft managers to meet it on Thursday", told on a Wednesday and a
    # Tuesday, were the Thursday gone by; the gathering asked for is the one ahead
    found = resolve_dates("The mayor's office asked the city council to hold a special session "
                          "on Thursday to release emergency funds.", dt.date(2004, 7, 14))
    assert [(e.text, e.value) for e in found] == [("Thursday", "2004-07-15")]
    found = resolve_dates("An engineers' union said it had asked Microsoft managers to meet it on "
                          "Thursday.", dt.date(2013, 9, 3))
    assert [(e.text, e.value) for e in found] == [("Thursday", "2013-09-05")]
    # an urging's day may be the urging's own: left to the tense
    found = resolve_dates("Officials urged residents to stay indoors on Monday.",
                          dt.date(2004, 7, 14))
    assert [(e.text, e.value) for e in found] == [("Monday", "2004-07-12")]


def test_a_match_replays_second_half_is_no_half_year() -> None:
    # fresh set BG's first score: a cup replay "held up for eight minutes in the second half
    # when two floodlight towers failed" was the year's second half
    text = ("The replay kicked off at 7.45pm, 15 minutes late because of queues at the "
            "turnstiles, and was held up for eight minutes in the second half when two "
            "floodlight towers failed.")
    assert "the second half" not in [e.text for e in resolve_dates(text, dt.date(2052, 3, 13))]
    assert only("Sales will pick up in the second half.", dt.date(2052, 3, 13)).value == "2052-H2"


def test_a_day_a_match_is_asked_to_move_to_is_ahead() -> None:
    # fresh set BG's first score: "asked the league yesterday to move the match to Sunday",
    # told on a Wednesday, was the Sunday gone by
    found = resolve_dates("The club asked the league yesterday to move the match to Sunday.",
                          dt.date(2052, 3, 13))
    assert [(e.text, e.value) for e in found] == [("yesterday", "2052-03-12"),
                                                  ("Sunday", "2052-03-17")]


def test_a_bound_not_yet_reached_is_ahead_even_when_near() -> None:
    # fresh set BG's first score, told on 19 November: "is shared out every month until
    # October" and "the season, which began on Oct. 1 and runs until Sept. 30" were the
    # October and September just gone
    anchor = dt.date(2038, 11, 19)
    found = {e.text: e.value for e in resolve_dates(
        "The quota is shared out every month until October.", anchor)}
    assert found["October"] == "2039-10"
    found = {e.text: e.value for e in resolve_dates(
        "The season, which began on Oct. 1 and runs until Sept. 30, was saved by rain.", anchor)}
    assert found == {"Oct. 1": "2038-10-01", "Sept. 30": "2039-09-30"}
    # a wait that is over keeps the month gone by
    assert only("The road was closed until October.", anchor).value == "2038-10"


def test_a_bookings_arrival_and_departure_lines_are_no_entry_stamps() -> None:
    # fresh set BF's booking e-mail: "Arrival: Friday 16 February 2085, check-in from 15:00"
    # headed the e-mail's rest as an entry, so "until 2 February" (a limit before arrival)
    # was counted from the arrival day
    text = ("Sent: Monday 8 January 2085, 00:42 UTC\n\nDear Ms Haverkamp,\n\n"
            "Arrival: Friday 16 February 2085, check-in from 15:00\n\n"
            "Departure: Monday 19 February 2085, check-out by 11:00\n\n"
            "Your card will be charged on 9 February, seven days before arrival. You can "
            "change your dates free of charge until 2 February.\n")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2085, 1, 8))}
    assert found["9 February"] == "2085-02-09"
    assert found["2 February"] == "2085-02-02"


def test_croatias_statehood_day_by_year() -> None:
    # fresh set BG's first score: "a Statehood Day gathering ... on Tuesday" in a 2013
    # Hina story was 30 May, Croatia's day since 2020; from 2002 to 2019 it was 25 June
    text = "METKOVIC, Croatia, June 29 (Hina) - An official told a Statehood Day gathering."
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2013, 6, 29))}
    assert found["Statehood Day"] == "2013-06-25"
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2031, 6, 29))}
    assert found["Statehood Day"] == "2031-05-30"


def test_a_national_agencys_tag_gives_the_storys_country() -> None:
    # fresh set BG's first score: "CAN THO, Sept 24 (VNA) - ... every day since National
    # Day" named no country any calendar knows; the Vietnam News Agency's is Vietnam's
    text = ("CAN THO, Sept 24 (VNA) - Flood-fighting teams have been on the dykes every day "
            "since National Day.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2001, 9, 24))}
    assert found["National Day"] == "2001-09-02"
    # a place the head names still comes first: Yonhap's story from Beijing is China's
    from timeline.dates.named import head_country

    assert head_country("BEIJING, Oct 3 (Yonhap) - Talks resumed.") == "CN"
    assert head_country("SEOUL, Oct 3 (Yonhap) - Talks resumed.") == "KR"


def test_a_day_with_its_year_in_two_digits_after_an_apostrophe() -> None:
    # review set 60's fax: its transmission header "FEB 23 '95 16:41 FROM CONDOR ANDINO" was
    # a year-less "FEB 23", so the fax had no date at all and was skipped
    found = resolve_dates("FEB 23 '95 16:41 FROM CONDOR ANDINO CUSCO", None)
    assert [(e.text, e.value) for e in found] == [("FEB 23 '95 16:41", "1995-02-23T16:41")]
    assert only("The deal was signed on Feb. 23, '95.", dt.date(2001, 5, 2)).value == "1995-02-23"
    assert only("It opened on 4 July '02.", dt.date(2011, 5, 2)).value == "2002-07-04"
    # no year in other digits after a day
    assert only("The 23 Feb rally drew 40 people.", dt.date(2001, 5, 2)).value == "2001-02-23"


CHAT_EXPORT = (
    "CHAT EXPORT\n\nGroup: Pearsons (5 members)\n\nExported 17 April 2095, 21:10\n\n"
    "Friday 15 April\n\n18:42 Mum: Nana is 80 on Tuesday! She told me this morning she "
    "doesn't want a fuss. I was thinking next Saturday?\n\n"
    "Saturday 16 April\n\n10:05 Mum: Booked! Table for nine at 1pm on Monday 25th. Dad will "
    "pay the deposit today.\n\n"
    "Sunday 17 April\n\n21:04 Dad: Deposit paid yesterday, by the way.\n")


def test_a_chat_exports_days_head_their_messages() -> None:
    # fresh set BH's first score: the export's own stamp "Exported 17 April 2095, 21:10"
    # over the days "Friday 15 April" ... "Sunday 17 April" made the stamps out of order,
    # so every message's words counted from the export's day
    found = [(e.text, e.value) for e in resolve_dates(CHAT_EXPORT, dt.date(2095, 4, 17))]
    assert ("this morning", "2095-04-15TMO") in found
    assert ("today", "2095-04-16") in found
    assert ("yesterday", "2095-04-16") in found


def test_a_present_is_of_a_weekday_and_next_weekday_said_the_day_before() -> None:
    # fresh sets BE and BH: "Nana is 80 on Tuesday!" and "Friday is a bonus," said on a
    # Friday and a Saturday, were the days gone by; "next Saturday", said on a Friday, was
    # the next day (set BB's "next Friday" on a Thursday is eight days on too)
    found = {e.text: e.value for e in resolve_dates(CHAT_EXPORT, dt.date(2095, 4, 17))}
    assert found["Tuesday"] == "2095-04-19"
    assert found["next Saturday"] == "2095-04-23"
    assert only('"Friday is a bonus," he said.', dt.date(1992, 6, 20)).value == "1992-06-26"
    assert only("The vote is next Friday.", dt.date(2057, 10, 11)).value == "2057-10-19"
    assert only("The vote is next Friday.", dt.date(2057, 10, 10)).value == "2057-10-12"
    # a present tense of a day gone by is left as it was
    assert only("Here is where things stand (Monday).", dt.date(2009, 3, 3)).value == "2009-03-02"


def test_a_clock_on_a_weekday_with_its_day_of_the_month() -> None:
    # fresh set BH's chat: "Table for nine at 1pm on Monday 25th" was read as "1pm on Monday",
    # the Monday after the message, and "25th" was lost
    found = {e.text: e.value for e in resolve_dates(CHAT_EXPORT, dt.date(2095, 4, 17))}
    assert found["Monday 25th"] == "2095-04-25"
    assert found["1pm"] == "2095-04-25T13:00"


def test_the_next_of_a_time_told_is_no_cue_of_the_future() -> None:
    # fresh set BI's first score: "More than 30 aftershocks followed over the next 24 hours,
    # the strongest at 6:15 a.m. Tuesday", told on a Wednesday, was next Tuesday: "next"
    # counted as a cue of what is to come
    text = ("More than 30 aftershocks followed over the next 24 hours, the strongest at 6:15 "
            "a.m. Tuesday.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(1990, 10, 17))}
    assert found["6:15 a.m. Tuesday"] == "1990-10-16T06:15"
    # "next" of the paper's time still is
    assert only("The strongest may come next Tuesday.", dt.date(1990, 10, 17)).value == (
        "1990-10-23")


def test_rooms_booked_for_a_day_are_booked_ahead() -> None:
    # fresh set BH's first score: "Hotels expect a busy spring, with most rooms booked for
    # Easter", told on 1 March 1994, was the Easter gone by (1993)
    found = resolve_dates("Hotels expect a busy spring, with most rooms booked for Easter.",
                          dt.date(1994, 3, 1))
    assert [(e.text, e.value) for e in found] == [("Easter", "1994-04-03")]
    # a booking told in a past narrative keeps its day ("had practice booked for Monday")
    found = resolve_dates("He locked up on Sunday night. The six-year-olds had practice booked "
                          "for 7 a.m. Monday.", dt.date(2033, 2, 10))
    assert [(e.text, e.value) for e in found][-1] == ("7 a.m. Monday", "2033-02-07T07:00")


def test_easter_saturday_is_the_day_before_easter() -> None:
    # fresh set BH's chat: "That's Easter Saturday, half of Sheffield will be in town" was
    # "Easter" (the Sunday) and a bare "Saturday" (the one after the message)
    found = resolve_dates("That's Easter Saturday, half of Sheffield will be in town.",
                          dt.date(2095, 4, 15))
    assert [(e.text, e.value) for e in found] == [("Easter Saturday", "2095-04-23")]


def test_a_clock_and_the_part_of_its_day_after_it_are_one_time() -> None:
    # fresh set BJ: "9:30 this morning" and "about 6:45 in the morning" were two
    # expressions each (the gold, as AW08's "about 9:10 last night", one TIME); "at 5:30
    # tomorrow morning" lost its clock to "tomorrow morning"
    values = _values("Then on Thursday it quit halfway down the drive at about 6:45 in the "
                     "morning. I booked a callback for 9:30 this morning. Kovac was seen at "
                     "about 9:10 last night.", dt.date(2097, 11, 4))
    assert values["about 6:45 in the morning"] == ("TIME", "2097-10-31T06:45")
    assert values["9:30 this morning"] == ("TIME", "2097-11-04T09:30")
    assert values["about 9:10 last night"] == ("TIME", "2097-11-03T21:10")
    values = _values("The ferry leaves at 5:30 tomorrow morning and returns at 7:30 tomorrow "
                     "evening.", dt.date(2070, 3, 4))
    assert values["5:30 tomorrow morning"] == ("TIME", "2070-03-05T05:30")
    assert values["7:30 tomorrow evening"] == ("TIME", "2070-03-05T19:30")
    # (review set 62's second judge, a probe of set 52: "struck at 3:47 yesterday afternoon"
    # was 03:47, the "noon" of "afternoon" read as a meridiem)
    assert _values("The quake struck at 3:47 yesterday afternoon.", dt.date(2064, 7, 13)) == {
        "3:47 yesterday afternoon": ("TIME", "2064-07-12T15:47")}


def test_easter_tuesday_is_two_days_after_easter() -> None:
    # fresh set BJ: "a break for Easter from Good Friday to Easter Tuesday" (a New Zealand
    # school term) gave "Easter" and a bare "Tuesday" in January
    found = resolve_dates("Term 1 ends on 12 April, with a break for Easter from Good Friday "
                          "to Easter Tuesday.", dt.date(2086, 3, 20))
    assert [(e.text, e.value) for e in found][-2:] == [("Good Friday", "2086-03-29"),
                                                       ("Easter Tuesday", "2086-04-02")]


def test_a_feasts_weekday_is_no_day_the_story_goes_on_in() -> None:
    # fresh set BJ (a Xinhua wire): "on Monday as traders stocked up for Valentine's Day on
    # Thursday. Auctions ... began at 2:30 p.m." put the auction on the Thursday before
    found = resolve_dates("More than 18 million roses changed hands on Monday as traders "
                          "stocked up for Valentine's Day on Thursday. Auctions in the main "
                          "hall began at 2:30 p.m.", dt.date(2064, 2, 11))
    assert [(e.text, e.value) for e in found] == [
        ("Monday", "2064-02-11"), ("Valentine's Day", "2064-02-14"), ("Thursday", "2064-02-14"),
        ("2:30 p.m.", "2064-02-11T14:30")]


def test_a_clock_a_run_ends_at_before_it_began_is_the_next_days() -> None:
    # fresh set BJ: "began at 2:30 p.m. and were expected to run until about 1 a.m." put
    # 1 a.m. before the start, on the same day
    found = resolve_dates("Auctions in the main hall began at 2:30 p.m. and were expected to "
                          "run until about 1 a.m., an hour later than usual. The meeting "
                          "began at 10 a.m. and ran until 1 p.m.", dt.date(2064, 2, 11))
    assert [(e.text, e.value) for e in found if e.type.value == "TIME"] == [
        ("2:30 p.m.", "2064-02-11T14:30"), ("about 1 a.m.", "2064-02-12T01:00"),
        ("10 a.m.", "2064-02-11T10:00"), ("1 p.m.", "2064-02-11T13:00")]


def test_a_weather_services_colonless_clock_is_a_time() -> None:
    # review set 62's storm survey: "AT 712 PM CDT THURSDAY EVENING", "AT 731 PM CDT",
    # "ISSUED AT 656 PM CDT" were not read (no colon), so the tornado made no event
    found = resolve_dates("THE TEAM CONFIRMED THAT A TORNADO TOUCHED DOWN 2 MILES SOUTHWEST OF "
                          "EASTON AT 731 PM CDT. THE WARNING WAS ISSUED AT 656 PM CDT. It was "
                          "cleared by 1056 p.m. Rent is $712 per month for 300 apartments.",
                          dt.date(1996, 5, 17))
    assert [(e.text, e.value) for e in found] == [
        ("731 PM CDT", "1996-05-17T19:31"), ("656 PM CDT", "1996-05-17T18:56"),
        ("1056 p.m.", "1996-05-17T22:56")]


def test_a_season_named_by_its_feast_tells_no_day_of_the_story() -> None:
    # review set 61's Shimla fire: "in the early hours of Saturday, forcing 46 tourists, most
    # of them in the town for the Christmas and New Year holidays, out into the cold ... A
    # night guard noticed smoke around 2.30 am" put the fire's night on Christmas Day
    found = resolve_dates("A major fire gutted a hotel in the early hours of Saturday, forcing "
                          "46 tourists, most of them in the town for the Christmas and New Year "
                          "holidays, out into the cold, officials said. A night guard noticed "
                          "smoke around 2.30 am and raised the alarm.", dt.date(2065, 12, 26))
    assert [(e.text, e.value) for e in found][-1] == ("around 2.30 am", "2065-12-26T02:30")
    found = resolve_dates("Crowds filled the square on Christmas. At 6 p.m. the lights went "
                          "on.", dt.date(2065, 12, 27))
    assert [(e.text, e.value) for e in found][-1] == ("6 p.m.", "2065-12-25T18:00")


def test_the_weekday_after_a_day_told_is_that_weeks() -> None:
    # review set 61's council report: "reported ... at 11.50 p.m. on Saturday 31st January
    # ... had the fire under control by 6.30 a.m. on the Sunday" put the Sunday a week on
    # (8 February, before the report) and the clock on the Saturday
    found = resolve_dates("The fire was reported by a passing resident at 11.50 p.m. on "
                          "Saturday 31st January. The crew had the fire under control by 6.30 "
                          "a.m. on the Sunday, although the stockpile continued to smoulder.",
                          dt.date(1998, 2, 10))
    assert [(e.text, e.value) for e in found][2:] == [("6.30 a.m.", "1998-02-01T06:30"),
                                                      ("Sunday", "1998-02-01")]
    found = resolve_dates("The bombs exploded on April 15, 2013. Four days later, on the Friday, "
                          "the whole area was told to shelter in place.", dt.date(2027, 4, 19))
    assert ("Friday", "2013-04-19") in [(e.text, e.value) for e in found]


def test_a_past_day_of_the_month_after_a_month_told_in_its_paragraph_is_that_months() -> None:
    # fresh set BK's round-robin letter (told in December): "September was our ruby wedding:
    # forty years! We had lunch for thirty at the Old Swan on the 12th" gave 12 December
    found = resolve_dates("September was our ruby wedding: forty years! We had lunch for thirty "
                          "at the Old Swan on the 12th, and Tom made a speech.",
                          dt.date(2099, 12, 15))
    assert ("the 12th", "2099-09-12") in [(e.text, e.value) for e in found]
    found = resolve_dates("Sales fell in September. The report is due on the 28th.",
                          dt.date(2099, 12, 15))
    assert ("the 28th", "2099-12-28") in [(e.text, e.value) for e in found]


def test_a_clock_then_that_day_is_one_time_of_the_day_told() -> None:
    # fresh set BK: "on Tuesday afternoon. Schools in Bilbao will close at 1 pm that day."
    # gave "1 pm" on the paper's day and "that day" apart (the gold: one TIME, Tuesday's)
    found = resolve_dates("The barge will carry the players down the river on Tuesday "
                          "afternoon. Schools in Bilbao will close at 1 pm that day.",
                          dt.date(2069, 5, 19))
    assert [(e.text, e.value) for e in found] == [("Tuesday afternoon", "2069-05-21TAF"),
                                                  ("1 pm that day", "2069-05-21T13:00")]


def test_a_unit_before_end_is_no_duration() -> None:
    # fresh set BK's Kyodo wire: "Enshu will pay a year-end dividend of 30 yen a share" gave
    # the duration "a year"
    assert [e.text for e in resolve_dates("Enshu will pay a year-end dividend of 30 yen a "
                                          "share.", dt.date(2048, 5, 10))] == []
    assert [(e.text, e.value) for e in resolve_dates(
        "It was a month-long strike.", dt.date(2048, 5, 10))] == [("month-long", "P1M")]


def test_may_after_in_before_a_name_is_the_month() -> None:
    # fresh set BK's round-robin letter: "In May Tom and I had ten days in Crete" read "May
    # Tom" as a name
    found = resolve_dates("In May Tom and I had ten days in Crete.", dt.date(2099, 12, 15))
    assert ("May", "2099-05") in [(e.text, e.value) for e in found]
    assert resolve_dates("Theresa May Brown said the vote was close.", dt.date(2099, 12, 15)) == []


def test_a_morning_clock_after_a_night_worked_through_is_the_next_days() -> None:
    # fresh set BK's AP wire (told on Wednesday): "city crews worked overnight and had
    # cleared the main streets by 6 a.m." after Tuesday night's tornado gave Tuesday 6 a.m.
    found = resolve_dates("A tornado struck Tupelo on Tuesday evening. Crews worked overnight "
                          "and had cleared the main streets by 6 a.m.", dt.date(1996, 4, 24))
    assert [(e.text, e.value) for e in found][-1] == ("6 a.m.", "1996-04-24T06:00")


def test_the_reader_s_date_order_reads_ambiguous_figures() -> None:
    text = "The mill burned on 03/04/2017 and reopened on 05/04/2017 after repairs."
    published = dt.date(2017, 6, 1)
    assert [e.value for e in resolve_dates(text, published, day_first=True)] == [
        "2017-04-03", "2017-04-05"]
    assert [e.value for e in resolve_dates(text, published)] == ["2017-03-04", "2017-05-04"]
    # a story's dates in figures days apart one way tell no order: only stamps' do
    stamped = "Created: 03/04/2017 21:14   Modified: 05/04/2017 06:48\n\n" + text
    assert [e.value for e in resolve_dates(stamped, published)][-2:] == [
        "2017-04-03", "2017-04-05"]


def test_an_arrangement_in_the_perfect_is_for_a_day_ahead() -> None:
    # fresh sets AB and AC: a perfect tells no past day of its own, so the day of what was
    # arranged ("has invited ... to a send-off", "have signed up for tours") is ahead
    wednesday = dt.date(2016, 5, 18)
    assert _values("He has invited the town to a send-off at the store at 10 a.m. on "
                   "Saturday.", wednesday) == {
        "10 a.m.": ("TIME", "2016-05-21T10:00"), "Saturday": ("DATE", "2016-05-21")}
    assert _values("More than 1,000 people have signed up for guided tours of the roof "
                   "arches on Saturday afternoon.", wednesday) == {
        "Saturday afternoon": ("TIME", "2016-05-21TAF")}
    assert _values("He invited the town to a send-off on Saturday.", wednesday) == {
        "Saturday": ("DATE", "2016-05-14")}  # (a plain past: the invitation's day)
    assert _values("Police have arrested two men on Saturday.", wednesday) == {
        "Saturday": ("DATE", "2016-05-14")}  # (a perfect of a happening: gone)
    # fresh sets Q and M: what was offered or promised is ahead
    assert _values("The council has offered a 2 per cent rise from 1 September, the same offer "
                   "it has made since January.", dt.date(2019, 6, 12))["1 September"] == (
        "DATE", "2019-09-01")
    assert _values("Her government faces local elections in November and has promised a "
                   "minimum wage for mining later this year.", dt.date(1995, 7, 14)) == {
        "November": ("DATE", "1995-11"), "later this year": ("DATE", "1995")}


def test_a_quotation_s_tonight_in_a_day_after_report_is_the_lead_s_night() -> None:
    # fresh set O: the quotation ends its sentence, so the next sentence's "early Sunday"
    # is no day of the saying; the final was "last night"
    sunday = dt.date(2014, 10, 19)
    found = resolve_dates(
        "Team Halcyon beat Volt 3-1 in the final last night.\n\n\"This is only the "
        "beginning,\" the owner said after the final. \"In the future, people will remember "
        "tonight.\" He signed all five players early Sunday, shortly before their flight.",
        sunday)
    values = {e.text: e.value for e in found}
    assert (values["last night"], values["tonight"], values["early Sunday"]) == (
        "2014-10-18TNI", "2014-10-18TNI", "2014-10-19")
    # fresh set BG: a match report whose lead's day is "last night"
    assert _values("Aberdeen beat Motherwell 2-1 in their replay at Pittodrie last night.\n\n"
                   "\"A fortnight ago people were writing us off,\" said manager Sandy Buchan. "
                   "\"Tonight the boys showed what this club is about.\"",
                   dt.date(2052, 3, 13))["Tonight"] == ("TIME", "2052-03-12TNI")
    # (the saying's own day after the quotation still counts)
    assert _values("Talks broke down last night. \"Tonight we rest,\" the coach said on "
                   "Saturday.", dt.date(2014, 10, 19))["Tonight"] == ("TIME", "2014-10-18TNI")


def test_until_a_weekday_after_a_day_gone_in_a_past_sentence_is_the_one_after_it() -> None:
    # fresh set BQ: a ferry report told on Friday
    assert _values("All sailings were cancelled on Tuesday night when winds swept the Strait "
                   "of Georgia, leaving hundreds of travellers stranded at both terminals until "
                   "Wednesday morning.", dt.date(2012, 11, 16)) == {
        "Tuesday night": ("TIME", "2012-11-13TNI"),
        "Wednesday morning": ("TIME", "2012-11-14TMO")}
    # fresh set AS: a request ahead keeps the coming Tuesday
    assert _values("Night trips have been fully booked since Monday, and the authority has "
                   "asked skippers to keep their engines off and stay at least 50 metres from "
                   "the divers until Tuesday.", dt.date(2054, 11, 21))["Tuesday"] == (
        "DATE", "2054-11-24")


def test_a_part_of_the_day_after_a_day_ahead_told_in_its_sentence_is_that_day_s() -> None:
    # fresh set BQ's weather warning, under its "Issued at: 10:45 on Wednesday 13 February"
    text = ("Issued at: 10:45 on Wednesday 13 February 2036\nValid to: 06:00 Friday 15 "
            "February\n\nRain will spread from the west during Thursday morning, and winds "
            "will strengthen through the afternoon.")
    assert _values(text, dt.date(2036, 2, 13))["the afternoon"] == ("TIME", "2036-02-14TAF")
    # fresh set AX: a burial in the afternoon of the funeral's day, after a lead of the day
    assert _values("The PLO met at 8 a.m. on Thursday and chose Mahmoud Abbas as its chairman."
                   "\n\nHis body will be flown to Cairo for a military funeral tomorrow "
                   "morning, and then brought by helicopter to Ramallah, where he will be "
                   "buried inside the compound in the afternoon.", dt.date(2004, 11, 11))[
        "the afternoon"] == ("TIME", "2004-11-12TAF")


def test_evening_clocks_told_before_the_small_hours_of_the_paper_s_day_are_last_evening_s() -> None:
    # fresh set BQ's tennis report, told in the morning paper
    assert _values("The rain stopped just before 8.30pm, the court was dry by 9.15pm, and it "
                   "was 12.41am this morning when Hana Nakamura hit the forehand that won her "
                   "the title.", dt.date(2058, 1, 13)) == {
        "8.30pm": ("TIME", "2058-01-12T20:30"), "9.15pm": ("TIME", "2058-01-12T21:15"),
        "12.41am this morning": ("TIME", "2058-01-13T00:41")}
    assert _values("Polls closed at 10pm, the first count finished at 11.40pm and the winner "
                   "was declared at 3.18am today.", dt.date(2036, 10, 24))["11.40pm"] == (
        "TIME", "2036-10-23T23:40")
    # (a timetable's present is no such order)
    assert _values("The shop opens at 9am and closes at 8pm, and the first customers arrived "
                   "at 5am today.", dt.date(2036, 10, 24))["8pm"] == ("TIME", "2036-10-24T20:00")


def test_a_house_number_before_a_street_is_no_year() -> None:
    # fresh set BQ's obituary
    assert _values("She died on Saturday at her house at 1936 Retallack Street in Regina.",
                   dt.date(2079, 5, 2)) == {"Saturday": ("DATE", "2079-04-29")}
    assert _values("In 1936 Regent Street was widened.", dt.date(2079, 5, 2)) == {
        "1936": ("DATE", "1936")}  # (a year opening its sentence)


def test_a_verb_after_an_age_in_commas_keeps_its_tense() -> None:
    # review set 68 c: "Darren Forbes, 34, poured petrol ..." read "34, poured" as a count's
    # adjective ("34 injured"), so the clause had no tense and the February ahead was taken
    text = ("Darren Forbes, 34, poured petrol into the wheelhouse of the Northern Dawn as she "
            "lay in the town's South Harbour and set it alight in the early hours of February 9.")
    found = resolve_dates(text, dt.date(2053, 9, 19))
    assert [(e.text, e.value) for e in found] == [
        ("the early hours of February 9", "2053-02-09TMO")]
    assert _values("About 1,200 injured people were treated on Monday.", dt.date(2053, 9, 19)) == {
        "Monday": ("DATE", "2053-09-15")}  # (a count's adjective is still no verb)


def test_a_day_s_word_takes_its_bracketed_day_of_the_month() -> None:
    # review set 68 a: Sri Lankan papers write "on Monday (6)", "yesterday (7)"; the brackets
    # stayed in the headline when the date was cut
    found = resolve_dates("The train left Colombo Fort at 8.15 p.m. on Monday (6). Three "
                          "elephants were killed yesterday (7). Officials will meet on "
                          "Friday (10).", dt.date(2034, 11, 8))
    assert [(e.text, e.value) for e in found] == [
        ("8.15 p.m.", "2034-11-06T20:15"), ("Monday (6)", "2034-11-06"),
        ("yesterday (7)", "2034-11-07"), ("Friday (10)", "2034-11-10")]
    # (a figure in brackets that is not the day's is no part of it)
    assert [e.text for e in resolve_dates("The team scored on Monday (3).",
                                          dt.date(2034, 11, 8))] == ["Monday"]


def test_a_gathering_called_in_a_perfect_told_in_the_past_is_ahead() -> None:
    # review set 68 f (told on Tuesday): the meeting the ministry "had called" is Thursday's
    # to come, however long the meeting's description
    assert _values("The minister said the ministry had called a tripartite meeting of owners, "
                   "workers' leaders and government officials at the secretariat on Thursday.",
                   dt.date(2087, 5, 13)) == {"Thursday": ("DATE", "2087-05-15")}
    assert _values("The union called a strike on Friday.", dt.date(2087, 5, 13)) == {
        "Friday": ("DATE", "2087-05-09")}  # (a plain past: the Friday gone)


def test_a_morning_paper_s_evening_gone_by_is_the_one_before() -> None:
    # review set 68 d: a Panorama final won "in the early hours of this morning"; its rain
    # "shortly after 11 pm" fell the evening before, not on the paper's evening to come
    text = ("Tradewinds were crowned large band champion at the Queen's Park Savannah in the "
            "early hours of this morning. The results were announced at 3.10 am. A heavy shower "
            "shortly after 11 pm held up the competition for 40 minutes.")
    assert _values(text, dt.date(2062, 2, 5))["11 pm"] == ("TIME", "2062-02-04T23:00")
    # fresh set AG: the Devil's burning told the morning after, a fire "at about 9pm"
    assert _values("Smoke hung over the city as families burned effigies, the brigade said "
                   "this morning. A fire destroyed a tyre shop in Villa Nueva at about 9pm.",
                   dt.date(2033, 12, 8))["about 9pm"] == ("TIME", "2033-12-07T21:00")
    # (an evening paper's own evening is still that day's: no morning told)
    assert _values("A fire destroyed a tyre shop at about 9pm.", dt.date(2033, 12, 8))[
        "about 9pm"] == ("TIME", "2033-12-08T21:00")


def test_a_bare_clock_after_a_day_ahead_told_in_the_sentence_before_is_that_day_s() -> None:
    # fresh set BQ's wind warning (issued on Wednesday): the gusts "between 18:00 and
    # midnight" come after "during Thursday morning ... through the afternoon"
    text = ("Issued at: 10:45 on Wednesday 13 February 2036\n\nRain will spread from the west "
            "during Thursday morning, and winds will strengthen through the afternoon. Gusts "
            "of 60 to 70 mph are expected, most likely between 18:00 and midnight.")
    values = _values(text, dt.date(2036, 2, 13))
    assert (values["18:00"], values["midnight"]) == (
        ("TIME", "2036-02-14T18:00"), ("TIME", "2036-02-14T24:00"))
    # fresh set AT: a parade on the holiday ahead the sentence before names
    text = ("The Barbados Meteorological Services said a tropical wave could bring showers on "
            "Sunday night, but expects Kadooment Day to be hot and dry. The parade leaves the "
            "National Stadium at 9am, and judging ends at 4pm.")
    assert _values(text, dt.date(2047, 8, 2))["9am"] == ("TIME", "2047-08-05T09:00")


def test_a_pair_of_days_shares_the_year_word_after_it() -> None:
    # review set 68 b's form, told in November: "held on November 6 and 7 last year" gave
    # this year's November 6 and 7
    assert _values("The examination was held on November 6 and 7 last year.",
                   dt.date(2017, 11, 17)) == {
        "November 6": ("DATE", "2016-11-06"), "7": ("DATE", "2016-11-07"),
        "last year": ("DATE", "2016")}
    assert _values("Votes on March 3 and 4 next year.", dt.date(2017, 11, 17))["March 3"] == (
        "DATE", "2018-03-03")


def test_a_fixture_s_plural_present_is_ahead() -> None:
    # fresh sets BR and K, told on a Sunday and a Saturday
    assert _values("Somerset open their County Championship campaign against Essex at Taunton "
                   "on Thursday with the youngest squad in the club's history, after three "
                   "senior players left over the winter.", dt.date(2053, 3, 30))["Thursday"] == (
        "DATE", "2053-04-03")
    assert _values("Newly promoted Northbridge open their campaign at home to Castleford on "
                   "Saturday.", dt.date(2019, 8, 8))["Saturday"] == ("DATE", "2019-08-10")
    # (an infinitive is no fixture: "hoped to play their last game on Saturday")
    assert _values("The veterans had hoped to play their last game on Saturday, but it was "
                   "rained off.", dt.date(2019, 8, 8))["Saturday"] == ("DATE", "2019-08-03")


def test_a_saying_s_clock_after_a_day_gone_in_its_paragraph_is_the_lead_s_day() -> None:
    # fresh set BR's hartal story, whose lead is the paper's Monday: the deputy
    # commissioner's "told reporters at noon" came after the clashes of Sunday afternoon
    text = ("Jute mills and shops remained shut across Khulna division on Monday under a 60-hour "
            "hartal.\n\nPolice said 23 people were injured in clashes on Sunday afternoon. "
            "Police fired tear gas and arrested 41 people overnight, deputy commissioner Abdul "
            "Hamid told reporters at noon.")
    assert _values(text, dt.date(1999, 11, 29))["noon"] == ("TIME", "1999-11-29T12:00")
    # (the day told in the saying's own sentence stays its day)
    assert _values("On Sunday afternoon the deputy commissioner told reporters at noon that 41 "
                   "people had been arrested.", dt.date(1999, 11, 29))["noon"] == (
        "TIME", "1999-11-28T12:00")


def test_the_nth_weekday_and_the_next_of_a_month_is_one_expression() -> None:
    # review set 69 f: "the last Monday and Tuesday of August" gave a "last Monday" counted
    # back from the paper and a lone Tuesday
    assert _values("The fair is held on the last Monday and Tuesday of August every year.",
                   dt.date(2081, 8, 26)) == {
        "the last Monday and Tuesday of August": ("DATE", "2081-08-25"),
        "every year": ("SET", "P1Y")}


def test_last_evening_is_yesterday_s_evening() -> None:
    # review set 69 c (class 740): "ended peacefully last evening" was the paper's own
    # evening, still to come
    assert _values("A vigil by about 200 supporters ended peacefully last evening.",
                   dt.date(2055, 9, 9)) == {"last evening": ("TIME", "2055-09-08TEV")}


def test_quarterly_as_an_adverb_is_a_set_of_three_months() -> None:
    # fresh sets A, B, BN and BR write "quarterly" as P3M, and tag it before "and",
    # "once", "instead" (the adverb); "quarterly dividend" stays an adjective
    may = dt.date(2030, 5, 2)
    assert _values("Spending would be reviewed quarterly and adjustments were likely.", may) == {
        "quarterly": ("SET", "P3M")}
    assert _values("Governors will meet quarterly instead of twice a year.", may) == {
        "quarterly": ("SET", "P3M"), "twice a year": ("SET", "P1Y")}
    assert _values("The board raised its quarterly dividend.", may) == {}


def test_a_capitalised_set_word_inside_a_name_is_no_set() -> None:
    # fresh set BV: "Macau Daily Times"; set AB: "told The Daily Star yesterday"
    text = ("Officials told reporters from The Daily Star on Monday that sales were slower, "
            "and Publishers Weekly said the book fair drew fewer visitors than before.")
    assert [e.text for e in resolve_dates(text, THURSDAY)] == ["Monday"]
    assert _values("Daily trading rose. The paper is printed daily.", THURSDAY) == {
        "Daily": ("SET", "P1D"), "daily": ("SET", "P1D")}
    # a set of more words after a quote stays: '"Every January we are told ..."'
    assert _values('He said: "Every January we are told this is exceptional."', THURSDAY) == {
        "Every January": ("SET", "XXXX-01")}


def test_a_range_of_clock_times_takes_the_day_written_after_its_second() -> None:
    # fresh set BV: "between 3am and 4am on Tuesday 13 August" put 3am on the next Tuesday
    sunday = dt.date(2052, 7, 28)
    assert _values("The best plan is to look between 3am and 4am on Tuesday 13 August.",
                   sunday)["3am"] == ("TIME", "2052-08-13T03:00")
    # over midnight, the day before: "between midnight and 6am on Saturday 12 March"
    assert _values("The chimes were recorded between midnight and 6am on Saturday 12 March.",
                   sunday)["midnight"] == ("TIME", "2052-03-11T24:00")
    # a clock time with its own day keeps it
    assert _values("Flying is allowed from 10am on February 26 until 6pm on February 27.",
                   sunday)["10am"][1].endswith("-02-26T10:00")


def test_an_evening_s_clock_time_after_tonight_in_its_sentence_is_tonight_s() -> None:
    # review set 72 b: "From tonight, supply will be cut from 8pm to 5am" after "announced
    # yesterday" in the sentence before put 8pm on yesterday
    found = _values("The corporation announced yesterday that rationing would be extended. "
                    "From tonight, supply will be cut from 8pm to 5am in all suburbs.",
                    dt.date(2047, 9, 12))
    assert (found["8pm"], found["5am"]) == (("TIME", "2047-09-12T20:00"),
                                            ("TIME", "2047-09-13T05:00"))
    # not over a day told after the evening: "polling on Sunday ended at 8 p.m."
    found = _values("Clocks went back an hour overnight, so polling on Sunday ended at 8 p.m.",
                    dt.date(2006, 10, 30))
    assert found["8 p.m."] == ("TIME", "2006-10-29T20:00")


def test_an_update_note_s_dates_are_the_update_s_day() -> None:
    # review set 72 e: "UPDATE, 8.15am: Qatar Rail said this morning that full service
    # ... resumed at 5.30am" under "Published: 16 Nov ... | Last updated: 17 Nov ..." was
    # dated the 16th, the paper's day
    text = ("Red Line halted\n\nPublished: 16 Nov 2072 - 10:48 pm  |  Last updated: 17 Nov 2072 - "
            "08:15 am\n\nUPDATE, 8.15am: Qatar Rail said this morning that full service resumed "
            "at 5.30am.\n\nPart of the Red Line was brought to a standstill today after a fault.")
    found = _values(text, dt.date(2072, 11, 16))
    assert found["this morning"] == ("TIME", "2072-11-17TMO")
    assert found["5.30am"] == ("TIME", "2072-11-17T05:30")
    assert found["today"] == ("DATE", "2072-11-16")  # the story's own, the paper's day
    # no update stamp later than the paper: the note is the paper's day's
    found = _values(text.replace("17 Nov 2072", "16 Nov 2072"), dt.date(2072, 11, 16))
    assert found["5.30am"] == ("TIME", "2072-11-16T05:30")
    # review set 94 b: an update's mark in brackets opens a paragraph of the paper's day's
    # news, whose clocks were put on the last day told before it, "11.00 yesterday"
    text = ("Publiceret onsdag 3. januar 2091 kl. 06.00  ·  Opdateret kl. 14.25\n\nThe minister "
            "visited the site at 11.00 yesterday.\n\n(Opdateret kl. 14.25) Demolition began at "
            "07.10. At 13.50 a judge refused to remand the man in custody.")
    found = _values(text, dt.date(2091, 1, 3))
    assert found["11.00 yesterday"] == ("TIME", "2091-01-02T11:00")
    assert (found["07.10"], found["13.50"]) == (("TIME", "2091-01-03T07:10"),
                                                ("TIME", "2091-01-03T13:50"))


def test_last_year_s_holiday_the_sept_11_attacks_and_a_quarter_s_year_earlier() -> None:
    # fresh set BW: "up 14 percent from last year's Thanksgiving frame" was this year's
    found = _values("Receipts rose 14 percent from last year's Thanksgiving frame.",
                    dt.date(1998, 11, 30))
    assert found["Thanksgiving"] == ("DATE", "1997-11-27")
    # "The Sept. 11 attacks cost the industry $32 billion" (told in 2006) was 2005's
    found = _values("The Sept. 11 attacks cost the industry about $32 billion.",
                    dt.date(2006, 1, 31))
    assert found["Sept. 11"] == ("DATE", "2001-09-11")
    assert [e.value for e in resolve_dates("On Sept. 11 the board meets.",
                                           dt.date(2006, 1, 31))] == ["2006-09-11"]
    # "a year earlier" after a quarter's figures, a season told between: the quarter's
    found = _values("The insurer said Thursday that it lost $212 million in the fourth quarter "
                    "and warned of steep rate increases this spring. The loss compared with a "
                    "profit of $96 million a year earlier.", dt.date(2006, 2, 3))
    assert found["a year earlier"] == ("DATE", "2004-Q4")


def test_that_weekday_is_the_day_of_that_name_just_told() -> None:
    # fresh set BV: "The Moon is new on Sunday 25 August ... overhead by 11pm that Sunday"
    # was 11pm and a bare "Sunday", the paper's own
    found = _values("The Moon is new on Sunday 25 August, which makes the end of August the "
                    "darkest time. It stretches overhead by 11pm that Sunday.",
                    dt.date(2052, 7, 28))
    assert found["11pm that Sunday"] == ("TIME", "2052-08-25T23:00")
    found = _values("Creole Day falls on Friday, October 29. That Friday night they danced.",
                    dt.date(2060, 10, 30))
    assert found["That Friday night"] == ("TIME", "2060-10-29TNI")
    # a saying's "that" opens a clause: the weekday alone, as before
    assert "Sunday" in _values("He said that Sunday was fine.", dt.date(2052, 7, 28))


def test_a_full_date_after_weeks_from_a_half_year_period_and_the_province() -> None:
    # fresh set BX: "close for three weeks from Monday 29 June" was "Monday" (a week on)
    # and a spurious "June"; "in the July-December period" was December; "More than 20
    # B.C. mills" was the year BC0020
    found = _values("The play area will close for three weeks from Monday 29 June.",
                    dt.date(2076, 6, 9))
    assert found == {"three weeks": ("DURATION", "P3W"), "Monday 29 June": ("DATE", "2076-06-29")}
    assert _values("Exports rose 20 percent in the July-December period.", dt.date(2005, 1, 2)) == {
        "the July-December period": ("DATE", "2004-H2")}
    assert _values("More than 20 B.C. mills have closed, and B.C.'s premier said so. Rome was "
                   "founded in 753 B.C. by legend.", dt.date(2008, 10, 10)) == {
        "753 B.C.": ("DATE", "BC0753")}


def test_this_holiday_is_the_one_nearest_the_paper() -> None:
    # fresh set BY: "should rise about 6 percent this Christmas" (told 26 November 1999)
    # was 1998's, the tense's pick; "this" names the one nearest, ahead or just gone
    assert _values("Toy sales, flat for the past three years, should rise about 6 percent "
                   "this Christmas, helped by Pokemon cards.", dt.date(1999, 11, 26)
                   )["this Christmas"] == ("DATE", "1999-12-25")
    assert _values("Sales this Christmas were strong.",
                   dt.date(2000, 1, 5))["this Christmas"] == ("DATE", "1999-12-25")


def test_a_participle_after_its_plural_noun_and_before_a_place_is_no_past() -> None:
    # review set 73 f: "NORMA will hold a consultation with fishing companies licensed in
    # the FSM in Kolonia next month" read "licensed" as the clause's past verb (not "tax
    # bills mailed in January": the participle's own date)
    from timeline.dates.tense import Tense, TenseIndex

    text = ("NORMA will hold a consultation with fishing companies licensed in the FSM in "
            "Kolonia next month on electronic monitoring.")
    start = text.index("next month")
    assert TenseIndex(text).tense(start, start + len("next month")) is Tense.FUTURE


def test_a_recording_s_time_code_in_brackets_is_no_clock() -> None:
    # review set 74 a: "[00:21] KENDALL HODGE: Sea Hawk crossed the finish line ..." made a
    # clock of the transcript's time code
    assert _values("[00:21] KENDALL HODGE: Sea Hawk crossed the line at 1:56 on Saturday "
                   "afternoon.", dt.date(2054, 6, 1)).get("00:21") is None


def test_an_invitation_s_clock_in_the_morning_its_request_ahead_and_a_capital_s_holiday() -> None:
    # review set 81 f (a Chadian museum's release of Friday 8 April 2005): "on Thursday, ...,
    # at ten o'clock in the morning" left "the morning" on the paper's day; "Journalists are
    # asked to confirm their attendance before Tuesday noon" was the Tuesday gone; in a
    # head naming N'Djamena "Independence Day" was 4 July
    friday = dt.date(2005, 4, 8)
    told = _values("The Director invites the press to a preview on Thursday, the fourteenth "
                   "of April, two thousand and five, at ten o'clock in the morning.", friday)
    assert told["ten o'clock in the morning"] == ("TIME", "2005-04-14T10:00")
    assert "the morning" not in told
    assert _values("The talk was on Monday at nine o'clock in the evening.", friday)[
        "nine o'clock in the evening"] == ("TIME", "2005-04-04T21:00")
    assert _values("Journalists are asked to confirm their attendance before Tuesday noon.",
                   friday)["Tuesday"] == ("DATE", "2005-04-12")
    assert _values("Residents are requested to put out their bins by Thursday.", friday)[
        "Thursday"] == ("DATE", "2005-04-14")
    assert _values("He was asked to confirm on Tuesday.", friday)["Tuesday"] == (
        "DATE", "2005-04-05")
    assert _values("MUSÉE NATIONAL DU TCHAD\nAvenue Charles de Gaulle, N'Djamena\n\nThe "
                   "museum is closed on 11 August (Independence Day).", friday)[
        "Independence Day"] == ("DATE", "2005-08-11")


def test_a_day_heading_a_listed_day_and_a_team_s_plural_timetable() -> None:
    # review set 81 a and e: "Saturday 21: the union meets" and a heading "MONDAY 9" were
    # weekdays alone; "Kianda return to the Girabola on Saturday" was the Saturday gone
    saturday = dt.date(2093, 3, 14)
    told = _values("MONDAY 9\nThe festival closed.\n\nCOMING UP\nSaturday 21: the cotton "
                   "growers' union meets.", saturday)
    assert (told["MONDAY 9"], told["Saturday 21"]) == (("DATE", "2093-03-09"),
                                                      ("DATE", "2093-03-21"))
    assert _values("He came on Monday 9:30 am.", saturday)["Monday"] == ("DATE", "2093-03-09")
    sunday = dt.date(2064, 10, 19)
    assert _values("Before that, Kianda return to the Girabola on Saturday.", sunday)[
        "Saturday"] == ("DATE", "2064-10-25")
    assert _values("They did not return on Saturday.", sunday)["Saturday"] == (
        "DATE", "2064-10-18")


def test_the_days_a_rule_starts_and_ends_on_are_not_its_clocks_days() -> None:
    # fresh sets CG-CU: a rule's first or last day ("starting on", "through", "from ...
    # until") and another clause's day ("where ... since April 18") kept the clocks of a
    # timetable on a day
    monday = dt.date(1989, 11, 13)
    for sentence, clock in [
        ("A lesson goes out every Sunday at 7 a.m., starting on 22 February.", "7 a.m."),
        ("The hotline will be staffed from 9 a.m. to 9 p.m. daily through April 15.", "9 p.m."),
        ("The depots will stay open from 6 a.m. to midnight, seven days a week, from "
         "Thanksgiving until Christmas Eve.", "6 a.m."),
        ("Passes are issued every day from 8 a.m. to 6 p.m. at the air base, where 1,800 "
         "evacuees have slept since April 18.", "6 p.m."),
    ]:
        assert _values(sentence, monday)[clock][1].startswith("XXXX-XX-XXT"), sentence
    # the clock's own day stays
    assert _values("The office is open every day, and on Friday 17 November it opens at "
                   "10 a.m.", monday)["10 a.m."] == ("TIME", "1989-11-17T10:00")


def test_a_clock_range_of_a_standing_rule_is_of_no_particular_day() -> None:
    # fresh sets CJ-CT: "from 6 p.m. to 6 a.m. until further notice", "banned from 11 am to
    # 4 pm until August 31", "during the campaign", "A curfew from 9 p.m. to 6 a.m.",
    # "school hours ... from 7.45am to 2.40pm" were put on the paper's day
    friday = dt.date(2094, 11, 20)
    for sentence, clock in [
        ("Fishermen have been told to stay ashore from 6 p.m. to 6 a.m. until further notice.",
         "6 a.m."),
        ("Outdoor work is banned from 11 am to 4 pm until August 31.", "11 am"),
        ("The council said on Monday that the clinics would open from 7 a.m. to 10 p.m. "
         "during the vaccination campaign.", "7 a.m."),
        ("A curfew from 9 p.m. to 6 a.m. remains in force in the old town.", "9 p.m."),
        ("Secondary school hours stay the same, from 7.45am to 2.40pm.", "2.40pm"),
        ("The ferry office has kept winter hours, from 9 am to 1 pm, since October 3.", "9 am"),
        # (the code review of session 61: a spaced dash, a passive's "were told to", "speed")
        ("Outdoor work is banned from 11 am - 4 pm until August 31.", "4 pm"),
        ("Fishermen were told to stay ashore from 6 p.m. to 6 a.m. until further notice.",
         "6 p.m."),
        ("The speed limit is cut from 10 p.m. to 6 a.m. until further notice.", "10 p.m."),
    ]:
        assert _values(sentence, friday)[clock][1].startswith("XXXX-XX-XXT"), sentence
    # one span on one day: told in the past, or "until" a day after one clock
    for sentence, clock, value in [
        ("Police closed the road from 07:00 until 16:00 during the pilgrimage.", "07:00",
         "2094-11-20T07:00"),
        ("The bridge will be shut from 9 a.m. until Sunday.", "9 a.m.", "2094-11-20T09:00"),
        ("Trains will not run between 10 p.m. and 5 a.m. during the weekend.", "10 p.m.",
         "2094-11-20T22:00"),  # (one weekend's night)
    ]:
        assert _values(sentence, friday)[clock] == ("TIME", value), sentence


def test_clocks_of_a_rule_from_a_day_or_of_a_timetable_s_frequency_are_of_no_day() -> None:
    # fresh set CZ (and CL, CR, CT before it): "go dark between midnight and 5am from Monday,
    # after the town council voted 7-2 on Thursday night", "switched off by 11pm from 1
    # December" and "run every 30 minutes from 5:40 a.m. to 11:10 p.m." were put on days
    saturday = dt.date(2092, 10, 18)
    for sentence, clocks in [
        ("Most of the town's streetlights will go dark between midnight and 5am from Monday, "
         "after the town council voted 7-2 on Thursday night.", ("midnight", "5am")),
        ("Shops and pubs have been told their signs must be switched off by 11pm from 1 "
         "December.", ("11pm",)),
        ("Trains to Corbin Falls run every 30 minutes from 5:40 a.m. to 11:10 p.m., and "
         "hourly on Sundays.", ("5:40 a.m.", "11:10 p.m.")),
        ("A dedicated coach will run to the airport every 20 minutes from 6am to 11pm.",
         ("6am", "11pm")),
    ]:
        values = _values(sentence, saturday)
        for clock in clocks:
            assert values[clock][1].startswith("XXXX-XX-XXT"), (sentence, clock)
    # one night's, one day's: a single clock after a frequency, a day told, a past verb
    for sentence, clock, value in [
        ("Transport Board buses will leave Fairchild Street every 15 minutes from midnight.",
         "midnight", "2092-10-18T24:00"),
        ("Extra buses will leave every 20 minutes from 22:00 until 07:00 on 25 October.",
         "22:00", "2092-10-24T22:00"),
        ("The road was closed from 10pm to 5am from Monday.", "10pm", "2092-10-18T22:00"),
    ]:
        assert _values(sentence, saturday)[clock] == ("TIME", value), sentence


def test_the_new_year_after_a_preposition_is_the_year_to_come() -> None:
    # fresh set CZ: "out of action until the new year at least" (21 November 1996) was missed
    for sentence, published, year in [
        ("Its freight shuttles would be out of action until the new year at least.",
         dt.date(1996, 11, 21), "1997"),
        ("Talks will resume in the new year.", dt.date(2040, 9, 2), "2041"),
        ("Markets reopen on the first business day of the new year.", dt.date(1999, 12, 30),
         "2000"),
    ]:
        assert _values(sentence, published)["the new year"] == ("DATE", year), sentence
    for sentence, published in [  # (its moment, a feast's days, or told early in a year)
        ("The new year arrived at six.", dt.date(2040, 12, 30)),
        ("She had brought her children to see in the new year.", dt.date(2040, 12, 30)),
        ("Trading resumed after the new year holidays.", dt.date(2040, 12, 30)),
        ("The fire destroyed the stage in the first minutes of the new year.",
         dt.date(2041, 1, 3)),
    ]:
        assert "the new year" not in _values(sentence, published), sentence


def test_another_zone_s_restatement_with_its_weekday_is_on_that_zone_s_day() -> None:
    # fresh set CZ: "struck at 1:47 a.m. on Tuesday (1747 GMT Monday)" told on Monday 27
    # September 1999 put the GMT clock on the paper's Monday, a week after the quake
    monday = dt.date(1999, 9, 27)
    values = _values("The quake struck at 1:47 a.m. on Tuesday (1747 GMT Monday), near "
                     "Chi-Chi.", monday)
    assert values["1747 GMT Monday"] == ("TIME", "1999-09-20T17:47")
    values = _values("The blast came at 9:47 p.m. on Tuesday (0247 GMT Wednesday).",
                     dt.date(1999, 9, 29))
    assert values["0247 GMT Wednesday"] == ("TIME", "1999-09-29T02:47")


def test_a_clock_of_a_habit_or_a_standing_rule_is_of_no_particular_day() -> None:
    # fresh sets CF-CL: clocks of timetables, opening hours and rules were put on the
    # paper's day (or the last day told), where TimeML values a time of no particular day
    monday = dt.date(1986, 2, 3)
    told = _values("The Metro, which runs from 5:30 a.m. to 11 p.m. every day, will keep its "
                   "fare at Bs 1.", monday)
    assert (told["5:30 a.m."], told["11 p.m."]) == (("TIME", "XXXX-XX-XXT05:30"),
                                                  ("TIME", "XXXX-XX-XXT23:00"))
    assert _values("Until the end of September, the Jury Office closes at 1.30 pm on Fridays.",
                   monday)["1.30 pm"] == ("TIME", "XXXX-XX-XXT13:30")
    assert _values("Gangs work six days a week, usually from first light until about 4pm.",
                   monday)["about 4pm"] == ("TIME", "XXXX-XX-XXT16:00")
    # a frequency within one day, another clause's habit
    assert _values("He told analysts at 11 a.m. that prices had risen every month since "
                   "March.", monday)["11 a.m."] == ("TIME", "1986-02-03T11:00")
    assert _values("Our next programme is at twenty to nine this evening; we are on the air "
                   "four times a day.", monday)["twenty to nine this evening"] == (
        "TIME", "1986-02-03T20:40")
    assert _values("Extra trains have left every hour since noon.", monday)["noon"] == (
        "TIME", "1986-02-03T12:00")
    assert _values("Ana, who rides the bus five days a week, said she heard of it at about 11 "
                   "a.m.", monday)["about 11 a.m."] == ("TIME", "1986-02-03T11:00")


def test_a_region_s_holiday_a_birthday_a_day_of_a_place_and_a_feast_s_expected_day() -> None:
    # fresh sets CK, CL, CI, CH: "the Queen's Birthday" (Australia's states), "the Prophet's
    # Birthday", "Portugal Day" (python-holidays' "Day of Portugal, Camões, ..."), a notice's
    # "Closed on Christmas Day" (told in November: the one ahead), "Eid al-Fitr, expected on
    # August 2" and "Mon 9 Jun (King's Birthday)" were missed or put on the table's day
    assert _values("ALICE SPRINGS, Australia — The race runs from Saturday to the Queen's "
                   "Birthday holiday on Monday.", dt.date(1983, 6, 10))["Queen's Birthday"] == (
        "DATE", "1983-06-13")
    assert _values("HARGEISA, Somaliland — Demand returns for the Prophet's Birthday in "
                   "October.", dt.date(2022, 6, 12))["Prophet's Birthday"] == (
        "DATE", "2022-10-08")
    assert _values("LISBON, Portugal — Offices close on Portugal Day.", dt.date(2087, 5, 20))[
        "Portugal Day"] == ("DATE", "2087-06-10")
    notice = _values("PARKS OFFICE\nOpen daily, 08:00-16:00. Closed on Christmas Day, Boxing "
                     "Day and New Year's Day.", dt.date(2087, 11, 24))
    assert (notice["Christmas Day"], notice["New Year's Day"]) == (
        ("DATE", "2087-12-25"), ("DATE", "2088-01-01"))
    assert _values("The office closed on Christmas Day.", dt.date(2087, 11, 24))[
        "Christmas Day"] == ("DATE", "2086-12-25")
    assert _values("For Eid al-Fitr, expected on August 2, Karnak plans to double its "
                   "services.", dt.date(1981, 6, 6))["Eid al-Fitr"] == ("DATE", "1981-08-02")
    assert _values("PORT MORESBY, Papua New Guinea — Rd 9, Mon 9 Jun (King's Birthday): v "
                   "Badili Sharks", dt.date(2092, 2, 28))["King's Birthday"] == (
        "DATE", "2092-06-09")
    # a comma alone is no feast's expected day: "A week earlier, on March 7"
    assert _values("Good Friday, April 19, was quiet.", dt.date(1984, 4, 30))[
        "Good Friday"] == ("DATE", "1984-04-20")


def test_dashed_and_ordinal_dates() -> None:
    # review set 82 a and e: a river line-up's "TUE 12-FEB-2058", "since 09-FEB 14:30" and a
    # seismic station's ISO ordinal dates "2067-254T03:12:40", "2067-258" were unread
    told = _values("Situation as at TUE 12-FEB-2058, 08:00. Aground since 09-FEB 14:30. "
                   "Sailed 12-Feb-58. ETA 29-JAN.", dt.date(2058, 2, 12))
    assert (told["TUE 12-FEB-2058"], told["09-FEB 14:30"], told["12-Feb-58"],
            told["29-JAN"]) == (("DATE", "2058-02-12"), ("TIME", "2058-02-09T14:30"),
                                ("DATE", "2058-02-12"), ("DATE", "2058-01-29"))
    assert "10-day" not in _values("A 10-day trip.", dt.date(2058, 2, 12)) or _values(
        "A 10-day trip.", dt.date(2058, 2, 12))["10-day"][0] == "DURATION"
    log = _values("Last sample 2067-254T03:12:40\n\n2067-258\nReport received this morning.\n\n"
                  "Call 2067-258 now.", dt.date(2067, 9, 15))
    assert (log["2067-254T03:12:40"], log["2067-258"]) == (("TIME", "2067-09-11T03:12"),
                                                          ("DATE", "2067-09-15"))
    assert len([t for t in log if t.startswith("2067")]) == 2  # (a number in a sentence: none)


def test_the_same_week_last_year_a_weekday_s_feast_and_a_tide_table_s_present() -> None:
    # fresh sets BH, CL, CK: "against 2,900 in the same week last year" was split, and its
    # week the paper's; "before Wednesday's All Saints' Day holiday" (told on a Saturday)
    # the Wednesday gone; "On Wednesday high water is at 11:42 a.m." the Wednesday gone
    notice = _values("Last week's count was 1,260, against 2,900 in the same week last year.",
                     dt.date(2087, 11, 24))
    assert notice["the same week last year"] == ("DATE", "2086-W47")
    assert _values("PALMA — The law will be published on Tuesday, before Wednesday's All "
                   "Saints' Day holiday.", dt.date(2028, 10, 28))["Wednesday"] == (
        "DATE", "2028-11-01")
    assert _values("On Wednesday high water is at 11:42 a.m. and again at midnight.",
                   dt.date(1982, 7, 13))["Wednesday"] == ("DATE", "1982-07-14")


def test_things_due_between_months_are_ahead() -> None:
    # fresh set CM: "a deal signed last month, with deliveries due between December and
    # March" (told in November 1989) put both months a year back, after "signed"
    told = _values("The government plans to sell 200,000 tonnes under a deal signed last month, "
                   "with deliveries due between December and March.", dt.date(1989, 11, 17))
    assert (told["December"], told["March"]) == (("DATE", "1989-12"), ("DATE", "1990-03"))
    assert _values("Rent was due on Monday.", dt.date(1989, 11, 17))["Monday"] == (
        "DATE", "1989-11-13")


def test_a_town_s_fishing_quarter_is_no_quarter_of_the_year() -> None:
    # review set 83 e: "the sea came over the quay into the old fishing quarter" was 2046-Q3
    told = _values("The sea flooded the old fishing quarter. Profits rose in the quarter.",
                   dt.date(2046, 10, 20))
    assert list(told) == ["the quarter"]


def test_the_session_s_new_rules_leave_ordinary_news_alone() -> None:
    # a helper's code review of 9f698ea..8b1e062: sentences each new rule fired on wrongly
    wednesday = dt.date(2030, 5, 1)
    for sentence, text, value in [
        ("Witnesses are asked to contact police about the attack on Tuesday.", "Tuesday",
         "2030-04-30"),
        ("On Tuesday the jobless rate is at about 6 percent.", "Tuesday", "2030-04-30"),
        ("Payments due on Monday were missed, the company said.", "Monday", "2030-04-29"),
        ("Officers patrol the estate every night and found the body at 2 a.m.", "2 a.m.",
         "2030-05-01T02:00"),
        ("Protesters have gathered daily since March and were dispersed by police at 11 p.m.",
         "11 p.m.", "2030-05-01T23:00"),
        ("The president, who visits the region every year, landed at 8 a.m.", "8 a.m.",
         "2030-05-01T08:00"),
        ("The river is usually calm, but the water rose sharply at 4 a.m.", "4 a.m.",
         "2030-05-01T04:00"),
    ]:
        assert _values(sentence, wednesday)[text][1] == value, sentence
    assert "Sunday 14" not in _values("Police said on Sunday 14\nprotesters were arrested.",
                                      wednesday)
    assert _values("He joined the firm on 01-Jan-70.", dt.date(2025, 5, 1))["01-Jan-70"] == (
        "DATE", "1970-01-01")
    assert _values("It was 4,000 against 2,900 in the same week last year.",
                   dt.date(2027, 1, 1))["the same week last year"][1] != "2025-W53"
    # a region's day some years lack never raises: "Asturias Day" in 2025
    assert _values("MADRID — Offices in Oviedo close for Asturias Day.", dt.date(2025, 5, 1))[
        "Asturias Day"][1].startswith("2025-")


def test_the_night_of_a_day_of_the_month() -> None:
    # review set 84 c: "On the night of the 3rd, Santan Colaço was on his verandah" (a
    # weekly of Sunday 7 July 2058) was no date, and the recap's night went to the paper
    told = _values("On the night of the 3rd, Santan Colaço was on his verandah when he noticed "
                   "the lights.", dt.date(2058, 7, 7))
    assert told["the night of the 3rd"] == ("TIME", "2058-07-03TNI")
    assert _values("Clearing work began on the morning of the 13th.", dt.date(1989, 2, 14))[
        "the morning of the 13th"] == ("TIME", "1989-02-13TMO")


def test_the_same_quarter_half_or_period_last_year_is_the_one_just_told_a_year_back() -> None:
    # fresh set CP: "in the third quarter, four percent more than in the same quarter last
    # year" was split ("the same quarter" 1995-Q3, "last year"); "in the first half of the
    # year from the same period last year" was a quarter
    october = dt.date(1995, 10, 20)
    text = "They shipped more in the third quarter than in the same quarter last year."
    assert [(e.text, e.value) for e in resolve_dates(text, october)] == [
        ("the third quarter", "1995-Q3"), ("the same quarter last year", "1994-Q3")]
    text = "Output fell in the first half of the year from the same period last year."
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2070, 8, 16))}
    assert found["the same period last year"] == "2069-H1"
    assert only("Sales rose from the same quarter a year earlier.", october).value == "1994-Q4"


def test_could_be_doing_or_ready_in_a_report_is_ahead_could_be_seen_is_not() -> None:
    # fresh set CP: "City officials said this afternoon that the pumps could be running
    # again by the weekend", told on a Thursday, gave the weekend before
    thursday = dt.date(1993, 7, 15)
    text = "Officials said that the pumps could be running again by the weekend."
    assert only(text, thursday).value == "1993-W28-WE"
    assert only("Officials said the line could be ready on Saturday.", thursday).value == (
        "1993-07-17"
    )
    assert only("Officials said smoke could be seen on Saturday.", thursday).value == (
        "1993-07-10"
    )


def test_a_stamp_after_its_writers_places_is_no_lead_for_the_story_s_clock_times() -> None:
    # review set 85 a: under "Las Palmas de Gran Canaria / Madrid - AUG 13, 2067 - 00:35
    # CEST", a lead told "on Friday" and "The alarm was raised at 1.52pm local time": the
    # stamp's day was taken as the lead's, and the clock times went to the 13th
    text = ("SARA BETANCOR\nLas Palmas de Gran Canaria / Madrid - AUG 13, 2067 - 00:35 CEST\n\n"
            "A forest fire driven by hot, dry winds spread through the pine forest of the summit "
            "of Gran Canaria on Friday and forced some 1,200 people from their homes in the "
            "municipality of Artenara, the highest village on the island. By nightfall the "
            "flames had burned about 1,100 hectares, according to the island council, and the "
            "fire was out of control on its western flank, the council said in a statement.\n\n"
            "The alarm was raised at 1.52pm local time, when a neighbour called the 112 line.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2067, 8, 13),
                                                    join_clock_days=True)}  # fmt: skip
    assert found["1.52pm local time"] == "2067-08-12T13:52"


def test_a_24_hour_clock_s_h_or_hrs_is_part_of_it() -> None:
    # review set 85 b: "Next bulletin: today, 14:00 h" left its "h" to the headline
    day = dt.date(2067, 8, 14)
    assert [e.text for e in resolve_dates("At 14:00 h and at 18:30 hrs it rained.", day)] == [
        "14:00 h", "18:30 hrs"]


def test_a_holiday_s_event_as_the_subject_of_what_is_to_come_is_ahead() -> None:
    # fresh set CP: "Organisers said the provincial Independence Day parade, a month away,
    # would go ahead in Kokopo" (Papua New Guinea, told in August) gave last September's
    text = ("POST-COURIER\nKOKOPO — Air Niugini has cancelled flights to Port Moresby. "
            "Organisers said the provincial Independence Day parade, a month away, would go "
            "ahead.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2070, 8, 16))}
    assert found["Independence Day"] == "2070-09-16"


def test_daily_in_a_masthead_s_capitals_is_a_paper_s_name_not_a_set() -> None:
    # fresh sets CO and CQ: "MEXICO NEWS DAILY", "PHILIPPINE DAILY INQUIRER" were SETs
    day = dt.date(2000, 7, 2)
    assert resolve_dates("PHILIPPINE DAILY INQUIRER\nSipadan talks resume", day) == []
    assert resolve_dates("MEXICO NEWS DAILY News | Octopus fleet", day) == []
    assert only("MOSHI AUCTION, WEEKLY MARKET REPORT", day).value == "P1W"
    assert only("Take two tablets DAILY.", day).value == "P1D"
    # fresh set CS: "INVESTOR'S DAILY" over the date line, "Investor's Daily" under the
    # byline; a "Daily" opening its line still recurs
    assert resolve_dates("INVESTOR'S DAILY\nBy Alan Kessner\nInvestor's Daily\n\nThe "
                         "China Daily said so.", day) == []
    assert only("The talks went on.\nDaily flights resume.", day).value == "P1D"
    # fresh set CV: "THE DAILY YOMIURI" over the date line; "the Daily Mail" in a sentence
    assert resolve_dates("THE DAILY YOMIURI\nSunday, October 3, 1999", day)[0].text == (
        "Sunday, October 3, 1999")
    assert len(resolve_dates("THE DAILY YOMIURI\nSunday, October 3, 1999", day)) == 1
    assert resolve_dates("He told the Daily Mail that he would stay.", day) == []
    assert only("THE DAILY MARKET REPORT", day).value == "P1D"
    # the code review: a headline's "THE DAILY COMMUTE IS KILLING US", "How the Daily
    # Commute Wears Us Down", and "THE DAILY" over "COMMUTE" on the next line recur
    for text in ("THE DAILY COMMUTE IS KILLING US", "How the Daily Commute Wears Us Down",
                 "THE DAILY\nCOMMUTE"):
        assert only(text, day).value == "P1D", text
    assert resolve_dates("MEXICO NEWS DAILY\nNews | Octopus fleet", day) == []  # (fresh set CO)


def test_until_a_weekday_after_a_modal_is_ahead_of_the_saying() -> None:
    # fresh set CQ: "would stay closed until Monday" is ahead of the saying, whatever day
    # was told before it in the sentence ("since Sunday": not the Monday after it)
    assert _values("Fighting has gone on since Sunday, and officials said Thursday that "
                   "schools there would stay closed until Monday at least.",
                   dt.date(1999, 9, 10))["Monday"] == ("DATE", "1999-09-13")


def test_a_season_gone_this_year_as_a_deadline_ahead_is_next_year_s() -> None:
    # fresh set CQ: "the government has asked Russia for helicopters and mountain equipment
    # before the spring", told in August 2000, gave the spring just gone
    august = dt.date(2000, 8, 29)
    assert only("It has asked Russia for helicopters before the spring.", august).value == (
        "2001-SP")
    assert only("The works must be done by the spring.", august).value == "2001-SP"
    assert only("They left before the spring.", august).value == "2000-SP"


def test_that_morning_of_no_known_day_is_a_time_of_that_part() -> None:
    # fresh sets CQ, BL, CD: "picking coffee that morning" after "since March" was the DATE
    # 1998-03-XX; TimeML types a part of a day as a TIME
    found = _values("Troops arrived in March. That morning, the soldiers left.",
                    dt.date(1998, 6, 22))  # fmt: skip
    assert found["That morning"] == ("TIME", "1998-03-XXTMO")


def test_the_code_review_s_counter_examples_keep_their_readings() -> None:
    # the session's review: sentences the new rules must leave alone
    december, january = dt.date(2056, 12, 16), dt.date(2071, 1, 20)
    assert only("Kelly stayed on, and will serve through June.", december).value == "2057-06"
    assert _values("Last month, at Christmas he would not speak to reporters.",
                   january)["Christmas"] == ("DATE", "2070-12-25")  # fmt: skip
    august = dt.date(2000, 8, 29)
    assert only("Villagers told officials the militants left before the spring.",
                august).value == "2000-SP"  # fmt: skip
    thursday = dt.date(1993, 7, 15)
    assert only("Officials said 12 people could be missing after the landslide on Saturday.",
                thursday).value == "1993-07-10"  # fmt: skip
    assert [e.value for e in resolve_dates("Red Rum 5/2 14:30 at Aintree.", thursday)] == [
        "1993-07-15T14:30"]
    found = {e.text: e.value for e in resolve_dates(
        "The company said on Thursday that sales rose from the same period last year.",
        dt.date(1995, 10, 20))}  # fmt: skip
    assert found["the same period last year"] == "1994-Q4"
    found = {e.text: e.value for e in resolve_dates(
        "It posted a loss in fiscal 2074, which ended on March 31. The line opened in 1987. "
        "The loss widened from 68.2 billion yen in the previous fiscal year.",
        dt.date(2075, 5, 17))}  # fmt: skip
    assert found["the previous fiscal year"] != "1986"


def test_a_fiscal_year_named_by_its_start_is_told_by_any_declaration_of_it() -> None:
    # review set 86 d (Sapporo): "the fiscal year ending March 2062" names no year, but
    # "fiscal 2060, which ended in March" (told in August 2061) and "fiscal 2061 (to March
    # 31, 2062)" do: fiscal 2061 is April 2061 - March 2062 (it was April 2060 - March
    # 2061, and "the third quarter of fiscal 2060" October - December 2059)
    from timeline.dates.fiscal import fiscal_year

    text = ("Tokachi Foods raised its forecast for the fiscal year ending March 2062 on Friday. "
            "It expects profit of 18.5 billion yen for fiscal 2061, up from 13.9 billion yen "
            "in fiscal 2060, which ended in March. Lines stopped in the third quarter of "
            "fiscal 2060, October to December.")
    found = fiscal_year(text, anchor=dt.date(2061, 8, 5))
    assert found is not None and (found.end_month, found.shift) == (3, 1)
    spans = {e.text: (e.start_date, e.end_date) for e in resolve_dates(text, dt.date(2061, 8, 5))}
    assert spans["fiscal 2061"] == (dt.date(2061, 4, 1), dt.date(2062, 3, 31))
    assert spans["the third quarter of fiscal 2060"] == (
        dt.date(2060, 10, 1), dt.date(2060, 12, 31))
    found = fiscal_year("Full-year forecast, fiscal 2061 (to March 31, 2062)")
    assert found is not None and (found.end_month, found.shift) == (3, 1)
    # named by its end: "fiscal 1990 (to March 31, 1990)"; a Japanese page's year that
    # "began in April" tells no name: Japan's, by its start
    found = fiscal_year("Results for fiscal 1990 (to March 31, 1990) were flat.")
    assert found is not None and (found.end_month, found.shift) == (3, 0)
    found = fiscal_year("TOKYO - Nine were killed in the fiscal year that began in April.")
    assert found is not None and (found.end_month, found.shift) == (3, 1)


def test_a_round_up_s_next_item_does_not_name_the_first_company_s_fiscal_years() -> None:
    # the session's code review: "Separately, Bolt ... fiscal 2060, which ended June 30"
    # named Acme's fiscal years by their start
    from timeline.dates.fiscal import fiscal_year

    text = ("Acme, whose fiscal year ends June 30, expects the first quarter of fiscal 2062 to "
            "be weak.\n\nSeparately, Bolt said profit rose in fiscal 2060, which ended June 30.")
    found = fiscal_year(text, anchor=dt.date(2061, 8, 20))
    assert found is not None and (found.end_month, found.shift) == (6, 0)


def test_a_clock_on_a_weekday_with_its_part_of_the_day_is_one_time() -> None:
    # review set 88 b: "at 19h25 on Monday night (6/11)" left "night (6/11)" out of the
    # date; a clock without its half of the day takes the part's ("at 1:56 on Saturday
    # afternoon": 13:56); split as TimeML draws them, the day is its night
    day = dt.date(2084, 11, 7)
    joined = resolve_dates("The barge struck the pier at 19h25 on Monday night (6/11). A wave "
                           "broke at 11:40 on Saturday night. They finished at 1:56 on Saturday "
                           "afternoon.", day, join_clock_days=True)
    assert [(e.text, e.value) for e in joined] == [
        ("19h25 on Monday night (6/11)", "2084-11-06T19:25"),
        ("11:40 on Saturday night", "2084-11-04T23:40"),
        ("1:56 on Saturday afternoon", "2084-11-04T13:56")]
    split = resolve_dates("The barge struck the pier at 19h25 on Monday night.", day)
    assert [(e.text, e.value) for e in split] == [
        ("19h25", "2084-11-06T19:25"), ("Monday night", "2084-11-06TNI")]


def test_may_in_lower_case_after_and_is_the_modal_not_the_month() -> None:
    # fresh set CT's Ottawa budget story: "raised its key rate ... last month and may move
    # again in the spring" read "and may" as "April and May", so the spring was last year's
    found = resolve_dates("The Bank of Canada raised its key rate by half a point last month "
                          "and may move again in the spring, economists said.",
                          dt.date(1998, 2, 25))
    assert ("the spring", "1998-SP") in [(e.text, e.value) for e in found]
    # fresh set BX's: "and may cut the size of some chocolate bars before Valentine's Day"
    found = resolve_dates("Sales have fallen since 1999, and may cut the size of some bars "
                          "before Valentine's Day.", dt.date(2002, 8, 20))
    assert ("Valentine's Day", "2003-02-14") in [(e.text, e.value) for e in found]
    # the month, capitalised, stays one
    found = resolve_dates("Sales in April and May fell by half.", dt.date(1998, 2, 25))
    assert [e.text for e in found] == ["April", "May"]


def test_a_weekday_after_more_irregular_pasts_is_the_one_gone_by() -> None:
    # review set 91 c (a Thursday): a keeper's "She ate her whole ration on Sunday" put the
    # Sunday ahead: "ate" was no past form, as "drank", "swam", "felt" were not
    thursday = dt.date(2079, 6, 1)
    for verb in ("ate her whole ration", "drank it all", "swam ashore", "felt unwell",
                 "forgot the keys", "overheard them"):
        assert only(f"She {verb} on Sunday.", thursday).value == "2079-05-28", verb
    # not "the Fed", nor a participle: "a delegation led by her will arrive on Sunday"
    assert only("The Fed decision on Sunday is key.", thursday).value == "2079-06-04"
    assert only("A delegation led by her will arrive on Sunday.", thursday).value == (
        "2079-06-04")


def test_a_day_in_an_aside_opened_by_an_irregular_participle_is_past() -> None:
    # fresh set CT's Bucharest daily (a Friday): "The ministry's telephone hotline, set up on
    # Monday, is open from 8 a.m. to 8 p.m." put Monday ahead, after the main clause's "is"
    found = resolve_dates("The ministry's telephone hotline, set up on Monday, is open every "
                          "day.", dt.date(2000, 2, 11))
    assert [(e.text, e.value) for e in found][0] == ("Monday", "2000-02-07")
    # not the verb of the clause ahead ("Workers will set up on Monday")
    found = resolve_dates("Workers will set up on Monday, officials said.", dt.date(2000, 2, 11))
    assert [(e.text, e.value) for e in found] == [("Monday", "2000-02-14")]


def test_a_deadline_set_by_a_request_is_ahead() -> None:
    # fresh set CT's Raleigh story (a Monday): "the company has asked for 1,000 more workers
    # by Wednesday" was last Wednesday; its Buffalo one (a Thursday): officials "yesterday
    # urged residents to fill out their census forms and mail them before Sunday" last Sunday
    found = resolve_dates("Linemen are working 16-hour shifts, and the company has asked for "
                          "1,000 more workers by Wednesday.", dt.date(1996, 9, 9))
    assert ("Wednesday", "1996-09-11") in [(e.text, e.value) for e in found]
    found = resolve_dates("Buffalo officials yesterday urged residents to fill out their census "
                          "forms and mail them before Sunday, Census Day.", dt.date(1990, 3, 29))
    assert ("Sunday", "1990-04-01") in [(e.text, e.value) for e in found]
    # a time told of the telling, no request's deadline: "told reporters before Monday's vote"
    found = resolve_dates("The mayor told reporters before Monday's vote that he was confident.",
                          dt.date(1990, 3, 29))
    assert ("Monday", "1990-03-26") in [(e.text, e.value) for e in found]


def test_two_years_in_a_row_beside_a_short_pair_are_one_fiscal_year() -> None:
    # fresh set CT's Ottawa budget story: "Any surplus in 1998-99 and 1999-2000 will be
    # split" made "1999" and "2000" of the second year, two expressions
    found = resolve_dates("Any surplus in 1998-99 and 1999-2000 will be split between debt "
                          "repayment and new spending.", dt.date(1998, 2, 25))
    assert [(e.text, e.value) for e in found] == [("1998-99", "1999"), ("1999-2000", "2000")]
    found = resolve_dates("Spending rose in 1999-2000 and 2000-01.", dt.date(2002, 2, 25))
    assert [(e.text, e.value) for e in found] == [("1999-2000", "2000"), ("2000-01", "2001")]


def test_a_day_opening_the_sentence_after_one_opened_by_a_year_is_in_that_year() -> None:
    # review set 89 f, a profile told on 29 April 2034: "In 1974, she was 19 ... On the
    # night of April 24, at 10:55 p.m., the radio behind the bar played ..." put the signal
    # five days before the paper, and the revolution, its spring and the years after with it
    text = ("In 1974, she was 19, had come to the city from a village near Viseu, and washed "
            "glasses in the same room. On the night of April 24, at 10:55 p.m., the radio "
            "behind the bar played a song.")
    found = resolve_dates(text, dt.date(2034, 4, 29))
    assert [(e.text, e.value) for e in found][1:] == [
        ("the night of April 24", "1974-04-24TNI"), ("10:55 p.m.", "1974-04-24T22:55")]
    # not a day ahead, nor one after a year that is not the sentence's opening
    found = resolve_dates("In 2019, the firm opened its first shop. On May 12 it will open a "
                          "second.", dt.date(2034, 4, 29))
    assert ("May 12", "2034-05-12") in [(e.text, e.value) for e in found]
    found = resolve_dates("The firm was founded in 1974 by two brothers. On April 24 it "
                          "announced a new plant.", dt.date(2034, 4, 29))
    assert ("April 24", "2034-04-24") in [(e.text, e.value) for e in found]


def test_bare_plural_units_of_something_or_from_a_happening_are_durations() -> None:
    # fresh set CV: "lawyers expect [years] of lawsuits", "drove the flames into town that
    # afternoon, [hours] after the evacuation order"; and 19 such misses in earlier sets
    # ("ending weeks of street protests", "days before the collapse of Lehman Brothers",
    # "years behind schedule"; TimeBank's "follows months of twists and turns")
    day = dt.date(2000, 5, 15)
    for text, expected in [
        ("Lawyers expect years of lawsuits.", ("years", "PXY")),
        ("The vote ended weeks of street protests.", ("weeks", "PXW")),
        ("Flames reached the town hours after the evacuation order.", ("hours", "PTXH")),
        ("The museum closed days before the collapse of the bank.", ("days", "PXD")),
        ("The dam, years behind schedule, is still shut.", ("years", "PXY")),
    ]:
        assert [(e.text, e.value) for e in resolve_dates(text, day)] == [expected], text
    # not a period of a year or of the season, nor a label, nor "within weeks or months of
    # his capture" (its own span)
    for text in ("Sales fell from the same months of 2008.", "It was the busiest weeks of the "
                 "season.", "Hours of daylight: 11 hours 31 minutes."):
        assert all(e.text.lower() != "hours" and e.text not in ("months", "weeks")
                   for e in resolve_dates(text, day)), text
    found = resolve_dates("He probably died within weeks or months of his capture.", day)
    assert "months" not in [e.text for e in found]


def test_a_holiday_that_year_is_the_one_of_the_year_last_told() -> None:
    # review set 91 e (January 2074): "That October, he told the couple ... He refunded
    # €1,000 on Christmas Eve that year" put the refund in 2073, the last Christmas Eve
    text = ("They married on Saturday, August 20th, 2072. That October, he told the couple "
            "that both cards had been corrupted. He refunded the money on Christmas Eve that "
            "year.")
    found = resolve_dates(text, dt.date(2074, 1, 16))
    assert [(e.text, e.value) for e in found][-2:] == [
        ("Christmas Eve", "2072-12-24"), ("that year", "2072")]
    # the code review: nor the paper's own year, told by its dateline over the text
    found = resolve_dates("January 16, 2074\n\nHe refunded the money on Christmas Eve that "
                          "year.", dt.date(2074, 1, 16))
    assert [(e.text, e.value) for e in found][1] == ("Christmas Eve", "2073-12-24")
    # without a year told before, the paper's ("that year": the holiday's own)
    found = resolve_dates("He refunded the money on Christmas Eve that year.", dt.date(2074, 1, 16))
    assert [(e.text, e.value) for e in found] == [("Christmas Eve", "2073-12-24"),
                                                  ("that year", "2073")]


def test_a_day_after_that_year_opening_its_sentence_is_in_the_year_told_before() -> None:
    # set 89 f's judgement asked for "She was 19 in 1974. That year, on the night of April
    # 24, ..." (and set 90 f's for "That month, on the evening of January 22"): "That year"
    # was read as 1974, the day after it in the paper's year
    found = resolve_dates("She was 19 in 1974. That year, on the night of April 24, she left "
                          "Lisbon for good.", dt.date(2034, 4, 29))
    assert [(e.text, e.value) for e in found][1:] == [
        ("That year", "1974"), ("the night of April 24", "1974-04-24TNI")]
    found = resolve_dates("In January 1973 the ground split. That month, on the evening of "
                          "January 22, the family fled.", dt.date(2041, 3, 12))
    assert [(e.text, e.value) for e in found][-1] == ("the evening of January 22", "1973-01-22TEV")
    found = resolve_dates("She came in 1974. Later that year, in late April, she opened a bar; "
                          "that winter, on January 5, it burned.", dt.date(2034, 4, 29))
    assert [e.value for e in found][-3:-1] == ["1974-04", "1974-WI"]
    # a winter's January is the next year's
    found = resolve_dates("It snowed hard in the winter of 1973. That winter, on January 5, "
                          "the roof fell.", dt.date(2034, 4, 29))
    assert [(e.text, e.value) for e in found][-1] == ("January 5", "1974-01-05")
    # after a day told, "That year" is its year, whatever the month
    found = resolve_dates("She turned 19 on April 20, 1974. That year, on March 3, she had "
                          "left Lisbon.", dt.date(2034, 5, 10))
    assert [(e.text, e.value) for e in found][-1] == ("March 3", "1974-03-03")
    # the code review: a southern winter's July is that year's
    found = resolve_dates("Chile in English | Valparaíso\n\nIn 1973 she moved. That winter, "
                          "on July 5, the roof fell.", dt.date(2034, 5, 10))
    assert [(e.text, e.value) for e in found][-1] == ("July 5", "1973-07-05")
    # "That year" read as the paper's: the paper's year, as before
    found = resolve_dates("That year, on April 24, she left Lisbon.", dt.date(2034, 5, 10))
    assert [e.value for e in found] == ["2034", "2034-04-24"]


@pytest.mark.parametrize(
    ("text", "published", "last"),
    [
        # review set 89 e, a dog-attack ruling: "she had reported the dog loose ... the day
        # before the attack" counted from the hearing "on Jan. 9" told just before it, not
        # from the attack "at about 11:40 a.m. on Dec. 19"
        ("A pit bull attacked letter carrier Janet Poirier on Upper Prince Street at about "
         "11:40 a.m. on Dec. 19. Doiron was charged on Dec. 23. Poirier told the court at a "
         "hearing on Jan. 9 that she had reported the dog loose on the street to her "
         "supervisor the day before the attack.", dt.date(2081, 1, 20),
         ("the day before", "2080-12-18")),
        # not a day ahead after the noun ("will not reopen before Monday, March 18"), nor a
        # day of the next sentence ("lost the vote. ... on Saturday"): the last day told
        ("The airport closed because of the eruption and will not reopen before Monday, "
         "March 18, officials said on Wednesday. The day before the eruption, the "
         "observatory recorded a swarm of earthquakes.", dt.date(2047, 3, 15),
         ("The day before", "2047-03-12")),
        ("The islands lost the vote. A ferry sailed on Saturday. It docked on Monday. The "
         "day before the vote, 350 people marched.", dt.date(2046, 12, 12),
         ("The day before", "2046-12-09")),
        # the code review: the noun must end its phrase ("the council voted" is a clause),
        # the nearest mention counts, and "a.m. Dec. 19" ends no sentence
        ("The council met on Monday, March 3. It voted on Thursday, March 6. The day before "
         "the council voted, protesters gathered.", dt.date(2047, 3, 15),
         ("The day before", "2047-03-05")),
        ("A fire broke out on March 2. Another fire hit on March 10. The day after the fire, "
         "crews left.", dt.date(2047, 3, 15), ("The day after", "2047-03-11")),
        ("A pit bull attacked a carrier at about 11:40 a.m. Dec. 19. Doiron was charged on "
         "Dec. 23. She told a hearing on Jan. 9 that she had reported the dog the day before "
         "the attack.", dt.date(2081, 1, 20), ("the day before", "2080-12-18")),
    ],
)
def test_the_day_before_a_happening_named_is_counted_from_its_day(
    text: str, published: dt.date, last: tuple[str, str]
) -> None:
    assert [(e.text, e.value) for e in resolve_dates(text, published)][-1] == last


def test_a_headline_s_happening_over_the_stamp_dates_no_day_after_it() -> None:
    # review set 91 e's second judgement: a headline's "wedding photographer" over the stamp
    # "Posted by ... on January 16th, 2074" is no wedding of that day
    text = ("Couple awarded damages after wedding photographer lost their pictures\n\nPosted "
            "by Orla Cusack on January 16th, 2074 at 6:42 pm\n\nThe couple married in August "
            "2072. The day after the wedding, he posted three photographs.")
    found = resolve_dates(text, dt.date(2074, 1, 16))
    assert [(e.text, e.value) for e in found][-1][1] != "2074-01-17"


def test_a_conjoined_clause_that_confirms_a_day_is_no_trailing_saying() -> None:
    # fresh set CU's Walkerton story: "calls from parents on Thursday, he said, and a lab in
    # London confirmed E. coli O157 in a stool sample on Friday, the day before the utility
    # again assured them" took "and a lab ... confirmed" for an attribution after Thursday,
    # so "the day before" counted from Thursday
    found = resolve_dates("His staff began getting calls from parents on Thursday, he said, and "
                          "a lab in London confirmed E. coli O157 in a stool sample on Friday, "
                          "the day before the utility again assured them.", dt.date(2000, 5, 24))
    assert [(e.text, e.value) for e in found][-1] == ("the day", "2000-05-19")
    # a saying after "and" stays one: the night before is the story's day
    found = resolve_dates("The bridge burned Sunday night, and investigators said today the fire "
                          "was set. A driver reported flames at 11:20 p.m.", dt.date(1996, 4, 16))
    assert [(e.text, e.value) for e in found][-1] == ("11:20 p.m.", "1996-04-14T23:20")


def test_a_day_told_after_on_to_a_place_is_no_day_told_in_passing() -> None:
    # fresh set CU's Glasgow Concorde story: "the Concorde that crashed on to a hotel at
    # Gonesse, north of Paris, on Tuesday afternoon ... at 4.43pm (1443 GMT)" took "to" for
    # a day told in passing (as "is due to ... on Friday"), and the clock the lead's day
    text = ("INVESTIGATORS said last night that a burst tyre may have thrown debris into a fuel "
            "tank of the Air France Concorde that crashed on to a hotel at Gonesse, north of "
            "Paris, on Tuesday afternoon, killing all 109 people on board and four on the "
            "ground. The aircraft, bound for New York, was seen trailing flames as it "
            "accelerated down the runway at Charles de Gaulle airport at 4.43pm (1443 GMT).")
    found = resolve_dates(text, dt.date(2000, 7, 27))
    assert [(e.text, e.value) for e in found][-2:] == [
        ("4.43pm", "2000-07-25T16:43"), ("1443 GMT", "2000-07-25T14:43")]


def test_this_winter_told_in_april_is_the_one_just_over() -> None:
    # fresh set CU's Grand Forks story (27 April 1997): "the melt would be severe after eight
    # blizzards this winter" was the winter to come (a reported "would" telling the tense)
    found = resolve_dates("They had warned in February that the melt would be severe after "
                          "eight blizzards this winter.", dt.date(1997, 4, 27))
    assert ("this winter", "1996-WI") in [(e.text, e.value) for e in found]
    # a deadline ahead stays the next: "would not be ready for this winter" (fresh set R)
    found = resolve_dates("The operator said the new lift would not be ready for this winter.",
                          dt.date(2025, 4, 16))
    assert ("this winter", "2025-WI") in [(e.text, e.value) for e in found]


def test_that_weekday_the_day_before_the_last_day_told_is_that_day() -> None:
    # fresh set CU's Grand Forks story (a Sunday): "had fallen to about 47 feet by 7 a.m.
    # Saturday. 'We got half an hour to leave that Friday night ...'" went to the Friday
    # after that Saturday, a week ahead of the paper; review set 84 c's "in a statement on
    # Friday ... By that Thursday evening" to the Thursday after
    found = resolve_dates("The river had fallen to about 47 feet by 7 a.m. Saturday. 'We got "
                          "half an hour to leave that Friday night,' said Arlyn.",
                          dt.date(1997, 4, 27))
    assert ("that Friday night", "1997-04-25TNI") in [(e.text, e.value) for e in found]
    # two days on stays on: "The talks opened on Monday, Feb. 22 ... By that Wednesday"
    found = resolve_dates("The talks opened on Monday, Feb. 22. By that Wednesday, both sides "
                          "had walked out.", dt.date(2010, 3, 5))
    assert ("that Wednesday", "2010-02-24") in [(e.text, e.value) for e in found]


def test_a_story_told_on_from_a_day_long_ago_stays_in_its_year() -> None:
    # review set 90 f, an obituary told on 12 March 2041: "In January 1973 she was 22 ... On
    # the evening of January 22 a storm drove the whole fishing fleet into harbour" and,
    # two paragraphs on, after "a week later", "Her son was born in Reykjavik on March 3"
    text = ("In January 1973 she was 22 and seven months pregnant. On the evening of January "
            "22 a storm drove the whole fishing fleet into harbour.\n\nGudrun went with them, "
            "but a week later she was back on a supply boat.\n\nHer son was born in Reykjavik "
            "on March 3, a fortnight after her doctor ordered her off the island.")
    found = {e.text: e.value for e in resolve_dates(text, dt.date(2041, 3, 12))}
    assert found["the evening of January 22"] == "1973-01-22TEV"
    assert found["March 3"] == "1973-03-03"
    # not a recent day's: "The trial opened on Sept 28, 2022, ... and lasted 22 months.
    # Closing arguments ended on June 26" (fresh set AZ, told in July 2024)
    found = {e.text: e.value for e in resolve_dates(
        "The trial opened on Sept 28, 2022, and lasted 22 months. Closing arguments ended on "
        "June 26, and judges ruled a month later.", dt.date(2024, 7, 31))}
    assert found["June 26"] == "2024-06-26"


def test_the_code_reviews_counter_sentences_keep_their_dates() -> None:
    # a review of this session's rules, each with a sentence of ordinary news it broke
    def value(text: str, published: dt.date, told: str) -> str:
        return {e.text: e.value for e in resolve_dates(text, published)}[told]

    # "that <weekday>" six days on stays on when that is still before the paper
    assert value("The festival opened on Monday, June 2. By that Sunday, 40,000 people had "
                 "come.", dt.date(2025, 6, 20), "that Sunday") == "2025-06-08"
    # a bare "later" tells no story going on in a year long ago
    assert value("He joined the firm on May 3, 2030, and later became its chairman. On March 3 "
                 "he announced he would retire.", dt.date(2041, 3, 12), "March 3") == "2041-03-03"
    # "The 2031 census" opens no story of its year
    assert value("The 2031 census counted 4 million people. On April 2 the council voted to "
                 "redraw the wards.", dt.date(2034, 4, 29), "April 2") == "2034-04-02"
    # "to" a place is no request's deadline
    assert value("A witness told police the suspect had fled to Spain by Friday.",
                 dt.date(2025, 1, 13), "Friday") == "2025-01-10"
    # "this winter" told in April with "will" is the next
    assert value("The city will buy two new snowploughs this winter.", dt.date(2025, 4, 16),
                 "this winter") == "2025-WI"


def test_overnight_after_its_article_before_a_things_noun_is_no_night() -> None:
    # review set 89 a: "The overnight ferry from Piraeus, with about 600 passengers on
    # board, could not berth" told a night (an event of it); an overnight search is one
    found = resolve_dates("The overnight ferry from Piraeus could not berth.", dt.date(2092, 3, 4))
    assert found == []
    found = resolve_dates("The walker was found alive after an overnight search involving more "
                          "than 60 people.", dt.date(2057, 8, 9))
    assert [e.text for e in found] == ["overnight"]
    found = resolve_dates("Snow that fell overnight had been cleared.", dt.date(2057, 8, 9))
    assert [e.value for e in found] == ["2057-08-08TNI"]


def test_an_inquests_heard_on_a_day_is_a_trailing_saying() -> None:
    # review set 90 e: "hit by the boat at about 9.40am on August 30 ..., the inquest heard on
    # Wednesday. She ... died there at 7.15pm that evening" counted "that evening" from the
    # hearing's Wednesday, not the day the story tells
    found = resolve_dates("Dr Tennant was hit by the boat at about 9.40am on August 30 while "
                          "swimming, the inquest heard on Wednesday. She died in hospital at "
                          "7.15pm that evening.", dt.date(2087, 12, 11))
    assert [(e.text, e.value) for e in found][-1] == ("7.15pm that evening", "2087-08-30T19:15")


def test_the_previous_day_told_in_the_past_counts_from_no_day_ahead() -> None:
    # review set 90 a: "Schools ... will stay shut on Friday. Odra Cargo said the wagons had
    # been filled at the nitrogen works the previous evening" counted from the Friday ahead
    found = resolve_dates("Seven wagons left the rails on Thursday. Schools in the district "
                          "will stay shut on Friday. Odra Cargo said the wagons had been filled "
                          "at the nitrogen works the previous evening.", dt.date(2066, 10, 28))
    assert [(e.text, e.value) for e in found][-1] == ("the previous evening", "2066-10-27TEV")


def test_a_news_archives_head_with_its_weekday_after_the_date_is_one_span() -> None:
    # fresh sets BV-CW: "January 8, 1991, Tuesday" over a Lexis-style story gave the weekday
    # as a second date
    found = resolve_dates("The Boston Herald\n\nJanuary 8, 1991, Tuesday\n\nSECTION: FINANCE",
                          dt.date(1991, 1, 8))
    assert [(e.text, e.value) for e in found] == [("January 8, 1991, Tuesday", "1991-01-08")]
    found = resolve_dates("Portland Press Herald (Maine)\nJuly 11, 1991, Thursday, FINAL EDITION",
                          dt.date(1991, 7, 11))
    assert [e.text for e in found] == ["July 11, 1991, Thursday"]
    # in prose a weekday after a date goes on with the sentence
    found = resolve_dates("On July 11, 1991, Thursday night fell early.", dt.date(1991, 7, 12))
    assert found[0].text == "July 11, 1991"


def test_a_season_of_the_storys_year_and_a_season_things_are_moved_to() -> None:
    # fresh set CW: "has not paid its quarterly dividend since the spring of that year" gave
    # "that year" alone; "moved their bookings to the spring" no season
    found = resolve_dates("The bank lost $1 billion in 1989 and has not paid its dividend since "
                          "the spring of that year.", dt.date(1991, 1, 8))
    assert [(e.text, e.value) for e in found][-1] == ("the spring of that year", "1989-SP")
    found = resolve_dates("It opened in 1985. Sales fell in the summer of the following year.",
                          dt.date(1991, 1, 8))
    assert [(e.text, e.value) for e in found][-1] == ("the summer of the following year",
                                                      "1986-SU")
    found = resolve_dates("Most guests have moved their bookings to the spring.",
                          dt.date(2098, 6, 10))
    assert [(e.text, e.value) for e in found] == [("the spring", "2099-SP")]
    found = resolve_dates("The festival was postponed to the autumn.", dt.date(2098, 6, 10))
    assert [(e.text, e.value) for e in found] == [("the autumn", "2098-FA")]
    assert resolve_dates("She walked to the spring to fetch water.", dt.date(2098, 6, 10)) == []


def told_value(text: str, published: dt.date, told: str) -> str:
    """The value `resolve_dates` gives the expression `told` in `text`."""
    return {e.text: e.value for e in resolve_dates(text, published)}[told]


def test_a_plan_told_in_the_past_is_still_ahead_and_a_past_state_until_a_day_is_over() -> None:
    # fresh set CW: "The works were planned for September" (told in June) gave last
    # September; "We had the snow guns running until Sunday night" (told on Thursday) the
    # Sunday ahead
    assert told_value("The works were planned for September, but the board brought them forward.",
                 dt.date(2098, 6, 10), "September") == "2098-09"
    assert told_value('"We had the snow guns running until Sunday night," the manager said.',
                 dt.date(1996, 6, 20), "Sunday night") == "1996-06-16TNI"
    # what is still going on, and an intention, are ahead
    assert told_value("The union said the talks were continuing until Friday.",
                      dt.date(1996, 6, 20), "Friday") == "1996-06-21"
    assert told_value("They were hoping to keep running until Monday.", dt.date(1996, 6, 20),
                      "Monday") == "1996-06-24"


def test_a_stretch_guessed_again_after_a_comma_or_with_more_to_come() -> None:
    # fresh sets D and CW: "for weeks, possibly months" gave "weeks" only; "faces weeks more
    # without power" nothing
    found = resolve_dates("It may stay restless for weeks, possibly months.", FRIDAY)
    assert [(e.text, e.value) for e in found] == [("weeks", "PXW"), ("months", "PXM")]
    found = resolve_dates("'Triangle of darkness' faces weeks more without power", FRIDAY)
    assert [(e.text, e.value) for e in found] == [("weeks", "PXW")]
    found = resolve_dates("The repairs could take months longer.", FRIDAY)
    assert [(e.text, e.value) for e in found] == [("months", "PXM")]
    # no stretch in "more than" a count of units, nor in "weeks or months" apart
    assert resolve_dates("It costs years more than it should.", FRIDAY) == []


def test_a_papers_name_ending_in_today_is_no_day() -> None:
    # review set 92 c and fresh set BU: "Finland Today  ·  About us" in a page's foot, a
    # masthead's "FINLAND TODAY" (or a programme's "CNN TODAY") on the first line
    text = ("FINLAND TODAY\nFinland's news in English\n\nThe goblet was found.\n\nFinland Today  "
            "·  About us  ·  Contact")
    assert resolve_dates(text, dt.date(2088, 2, 10)) == []
    # a headline's day in title case (with capitals before it too), a bar's field, a
    # sentence's first word stay days
    found = resolve_dates("Storms Batter Finland Today\n\nStrike Hits NHS Today\n\nMarkets | "
                          "Today\n\nToday the vote is held.", dt.date(2088, 2, 10))
    assert [e.value for e in found] == ["2088-02-10"] * 4


def test_the_morning_after_a_night_told_is_the_next_days() -> None:
    # review set 92 b: "was detained at 23.30 last night ... Police searched the flat during
    # the morning" put the search on the night's own day; set 84 c: "Before dawn that
    # Saturday ... By mid-morning" after "that night" (Friday's) put it on the Friday
    found = resolve_dates("Police detained a second man at 5.40 this morning. The first man "
                          "was detained at 23.30 last night. Police searched the flat during "
                          "the morning but found nothing.", dt.date(2088, 2, 3))
    assert [(e.text, e.value) for e in found][-1] == ("the morning", "2088-02-03TMO")
    found = resolve_dates("The storm hit on Sunday night. In the morning, residents found the "
                          "roofs gone.", dt.date(2088, 2, 3))
    assert [e.value for e in found] == ["2088-02-01TNI", "2088-02-02TMO"]
    # a morning told as before the night stays the night's day
    found = resolve_dates("He was arrested at 11.45pm on Friday. He had spent the morning at a "
                          "job centre.", dt.date(2017, 11, 20))
    assert found[-1].value == "2017-11-17TMO"
    found = resolve_dates("The fire broke out on Saturday night. Earlier, in the morning, the "
                          "owner had reported a gas smell.", dt.date(2017, 11, 20))
    assert found[-1].value == "2017-11-18TMO"
    # a morning of a day told with its afternoon stays that day's
    found = resolve_dates("The storm hit on Sunday afternoon. In the morning, residents had "
                          "been warned.", dt.date(2088, 2, 3))
    assert found[-1].value == "2088-02-01TMO"
