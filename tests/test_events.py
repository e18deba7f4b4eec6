"""Events of one article: dates, headlines, the title event, spans and ids."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ID_000, NOV_17, SEED_000, SEED_002, make_article

from timeline.dates import resolve_dates
from timeline.events import event_id, extract_events, make_headline
from timeline.events.spans import is_dateline
from timeline.ingest import IngestOptions, load_articles
from timeline.models import Article, EntityKind, Event, PublishedSource
from timeline.pipeline import run, settle

HEAD = "Envoy Heads North\n\nFriday, 17 Nov, 2017\n\n"


def seed_article(path: Path, published: dt.date = NOV_17) -> Article:
    raw = load_articles([path]).articles[0]
    source = raw.published_source or PublishedSource.CLI
    return settle(raw, raw.published or published, source, raw.published_note)


def dated(events: list[Event]) -> list[Event]:
    """The events dated by a written expression (not the title/lead event)."""
    return [e for e in events if e.date.text is not None]


def test_oct_25_sentence_is_an_event_with_the_date_phrase_out_of_the_headline() -> None:
    text = (
        HEAD + "On Oct. 25, Kim Jong-un sent a message congratulating Xi on the success of "
        "China's party congress."
    )
    [event] = dated(extract_events(make_article(text)))
    assert event.date.value == "2017-10-25"
    assert (event.date.start, event.date.end) == (dt.date(2017, 10, 25), dt.date(2017, 10, 25))
    assert event.date.granularity.value == "day"
    assert event.date.text == "Oct. 25"
    assert event.headline == (
        "Kim Jong-un sent a message congratulating Xi on the success of China's party congress"
    )
    assert event.sources[0].date_text == "Oct. 25"
    assert ("Kim Jong-un", EntityKind.PERSON) in {(e.name, e.kind) for e in event.entities}


def test_two_dates_about_two_happenings_give_two_events() -> None:
    text = HEAD + "The minister arrived in Seoul on Monday, but left Tokyo on Nov. 3 after talks."
    events = dated(extract_events(make_article(text)))
    assert [(e.date.value, e.date.text) for e in events] == [
        ("2017-11-13", "Monday"),
        ("2017-11-03", "Nov. 3"),
    ]
    first, second = events
    assert first.headline == "The minister arrived in Seoul"
    assert "Tokyo" in second.headline and "Seoul" not in second.headline
    assert first.sentence == second.sentence
    assert first.id != second.id


def test_two_dates_joined_by_a_bare_and_give_two_different_headlines() -> None:
    text = HEAD + "The minister arrived in Seoul on Monday and flew to Tokyo on Wednesday."
    events = dated(extract_events(make_article(text)))
    assert [e.date.value for e in events] == ["2017-11-13", "2017-11-15"]
    assert "Tokyo" not in events[0].headline
    assert "Seoul" not in events[1].headline


def test_a_bare_relative_date_after_and_opens_the_next_clause() -> None:
    # review set 30: "Prosecutors indicted him on Dec. 27 and last month asked the court to
    # sentence him" fused both clauses into one headline for both dates
    assert _headlines(
        "Prosecutors indicted Kim on Sept. 27 and last month asked the court to jail him."
    ) == [("2017-09-27", "Prosecutors indicted Kim"),
          ("2017-10", "Prosecutors asked the court to jail him")]  # fmt: skip
    assert _headlines("The museum closed in March and this week reopened its doors.") == [
        ("2017-03", "The museum closed"), ("2017-W46", "The museum reopened its doors")]
    # a list of dates stays one phrase (two days running, one span), and "after" before a
    # date is its preposition
    assert _headlines("The museum closed on Monday and Tuesday for repairs.") == [
        ("2017-11-13", "The museum closed for repairs")]
    assert _headlines(
        "A public hearing on Nov. 14 drew more than 400 speakers, many of whom waited until "
        "after midnight to testify."
    ) == [("2017-11-14", "A public hearing drew more than 400 speakers, many of whom waited "
                         "until after midnight to testify")]  # fmt: skip


def test_a_dateline_is_not_an_event() -> None:
    events = extract_events(make_article(HEAD + "Officials met in Seoul on Thursday."))
    assert all(e.sentence != "Friday, 17 Nov, 2017" for e in events)
    assert [e.date.text for e in dated(events)] == ["Thursday"]


def test_a_short_sentence_mostly_of_dates_is_no_dateline_when_it_has_a_past_verb() -> None:
    events = extract_events(make_article(HEAD + "It failed at 10:15 p.m. on Wednesday."))
    assert [(e.date.text, e.date.value) for e in dated(events)] == [
        ("10:15 p.m. on Wednesday", "2017-11-15T22:15")
    ]
    events = extract_events(make_article(HEAD + "Updated 10:15 p.m. on Wednesday."))
    assert dated(events) == []


def test_a_last_updated_line_with_its_clock_time_is_not_an_event() -> None:
    text = "Flood waters recede\n\nLast updated: 17/11/2017 | 11:47\n\nThe river fell on Thursday."
    events = extract_events(make_article(text))
    assert [e.date.text for e in dated(events)] == ["Thursday"]


def test_a_wire_dateline_with_its_place_is_no_event_and_dates_an_undated_lead() -> None:
    events = extract_events(make_article(
        "Drug approved\n\nCAMBRIDGE, Mass., Nov. 17, 2017 —\n\nThe FDA approved the drug on "
        "Thursday."
    ))  # fmt: skip
    assert [(e.date.value, e.headline) for e in events] == [
        ("2017-11-16", "The FDA approved the drug")
    ]
    events = extract_events(make_article(
        "Presidents Sign NATO Document\n\nWARSAW, November 16 (Xinhua) --\n\nThe presidents "
        "have signed papers of accession in simultaneous ceremonies."
    ))  # fmt: skip
    assert [(e.date.value, e.headline) for e in events] == [
        ("2017-11-16", "Presidents Sign NATO Document")  # the copy's day, not the paper's
    ]


def test_headline_words_that_need_their_date_keep_it() -> None:
    assert _headlines(
        "A public hearing on Nov. 14 drew 400 speakers, many of whom waited until after "
        "midnight to testify. Its winds jumped 45 mph in the 24 hours ending at 4 p.m. "
        "Tuesday. In the mid-1990s she worked in oil."
    ) == [
        ("2017-11-14", "A public hearing drew 400 speakers, many of whom waited until after "
                       "midnight to testify"),  # (and its midnight makes no second event)
        ("2017-11-14T16:00", "Its winds jumped 45 mph in the 24 hours ending at 4 p.m. "
                             "Tuesday"),
        ("199", "She worked in oil"),
    ]  # fmt: skip


def test_a_when_clause_keeps_an_abbreviation_s_stops() -> None:
    assert _headlines('That record was broken in November 2016, when "Kitchen at Four A.M." '
                      "fetched $5.7 million at Sotheby's.") == [  # fmt: skip
        ("2016-11", '"Kitchen at Four A.M." fetched $5.7 million at Sotheby\'s')
    ]


def test_a_change_between_two_years_is_one_span() -> None:
    [event] = dated(extract_events(make_article(
        HEAD + "Median rent rose 41 percent between 2010 and 2016, according to city data."
    )))  # fmt: skip
    assert (event.date.start, event.date.end, event.headline) == (
        dt.date(2010, 1, 1), dt.date(2016, 12, 31), "Median rent rose 41 percent"
    )  # fmt: skip


def test_commas_around_a_removed_date() -> None:
    assert _headlines(
        "The company began enrolling the trial, known as PRISM-3, in mid-2016, eventually "
        "signing up 612 patients. The company, on Monday, said it would cut jobs. A poll by "
        "the Nevada Independent and the University of Nevada, Las Vegas, released Nov. 6, "
        "showed Whitmore ahead by 3 points."
    ) == [
        ("2016", "The company began enrolling the trial, known as PRISM-3, eventually "
                 "signing up 612 patients"),  # one comma stays before the participle
        ("2017-11-13", "The company said it would cut jobs"),
        ("2017-11-06", "A poll by the Nevada Independent and the University of Nevada, Las "
                       "Vegas showed Whitmore ahead by 3 points"),  # (", released ...," goes)
    ]  # fmt: skip


def test_a_plan_until_a_later_day_is_no_news_of_the_day() -> None:
    # review set 21: "no penalties will be charged ... until the end of May" is a plan (a
    # state said to last, "will remain closed through", still is: see below)
    assert _headlines(
        "No penalties will be charged on late payments until the end of January."
    ) == []


def test_a_finer_date_apposed_to_a_month_is_one_event() -> None:
    # review set 22: "Earlier this month, on 7 August", "in November, from Nov. 16 to 20"
    text = ("Bridge\n\nEarlier this month, on 7 August, engineers inspected the bridge. The "
            "trial ran in November, from Nov. 16 to 20, in Brampton.")
    article = make_article(text, published=dt.date(2026, 8, 25))
    assert [(e.date.value, e.date.end.isoformat(), e.headline)
            for e in dated(extract_events(article))] == [
        ("2026-08-07", "2026-08-07", "Engineers inspected the bridge"),
        ("2025-11-16", "2025-11-20", "The trial ran in Brampton"),
    ]  # fmt: skip


def test_a_figure_of_a_period_or_an_age_reached_makes_no_event() -> None:
    # review sets 21 and 22: statistics and birthdays are no happenings; the lead's
    # figure is the article's news and stays
    text = ("Results\n\nHoshimura's operating profit fell 23% in the April-June quarter. "
            "China accounted for 14% of revenue in fiscal 2025. The unit recorded 71,000 "
            "attendances in 2025. Austria's economy shrank 0.8% in "
            "2023. Whitcombe turned 60 in December. The board met on Monday.")
    article = make_article(text, published=dt.date(2026, 7, 30))
    assert [(e.date.value, e.headline) for e in dated(extract_events(article))] == [
        ("2026-Q2", "Hoshimura's operating profit fell 23%"),
        ("2026-07-27", "The board met"),
    ]


def test_what_a_company_earned_lost_or_posted_in_a_period_makes_no_event() -> None:
    # review sets 23, 29 and 33: "the stores together lost £9m in the last financial
    # year", "posted a net profit of $74.6 million for the financial year", "It made €66.1
    # million in the previous financial year" are statistics; an offer made is a happening
    text = ("Results\n\nKilbrack cut its forecast on Tuesday. The stores together lost £9m in "
            "2025. It made €66.1 million in 2024. Kellogg earned $480.4 million in 2023. "
            "Corvane posted record revenue of $3.9 billion in 2022. The deficit for 2026 has "
            "been revised to $5.1 billion. DPC made a $15-a-share offer for Dataproducts in "
            "2021.")
    article = make_article(text, published=dt.date(2026, 7, 30))
    assert [(e.date.value, e.headline) for e in dated(extract_events(article))] == [
        ("2026-07-28", "Kilbrack cut its forecast"),
        ("2021", "DPC made a $15-a-share offer for Dataproducts"),
    ]


def test_a_level_a_figure_reached_or_a_share_was_in_a_period_makes_no_event() -> None:
    # review sets 12, 28, 31, 36, 43 and 44: "Turnout was 61%", "exports reached a record
    # £212m", "Occupancy averaged 84 percent", "Earnings per share came to J$0.96, up from
    # J$0.78 in the same quarter a year earlier" are statistics; a settlement reached and a
    # summit reached are happenings
    text = ("Figures\n\nThe statistics office published its figures on Tuesday. The jobless "
            "rate was 5.1 percent in March. Rainfall was 68 per cent below the average in "
            "June. Exports reached a record £212m in the third quarter. Occupancy averaged 84 "
            "percent in 2039. Earnings per share came to J$0.96 in the quarter, up from J$0.78 "
            "in the same quarter a year earlier. Growth slowed to 1.2 percent in the first "
            "quarter. Kang reached a settlement with the driver in January, paying him 50 "
            "million won. The climbers reached the summit in March.")
    article = make_article(text, published=dt.date(2040, 4, 11))
    assert [(e.date.value, e.headline) for e in dated(extract_events(article))] == [
        ("2040-04-10", "The statistics office published its figures"),
        ("2040-01", "Kang reached a settlement with the driver, paying him 50 million won"),
        ("2040-03", "The climbers reached the summit"),
    ]


def test_a_change_from_one_figure_to_another_keeps_its_day() -> None:
    # review set 40: "to increase the fare from N$10 to N$14 after a meeting that ended at
    # 11.20pm" lost its event once "N$" was read as a currency: the figures are the
    # change's ends, not a figure compared with
    events = dated(extract_events(make_article(
        "Fares\n\nThe city will raise bus fares by 40% from 1 April, the council decided last "
        "night. Councillors voted 10-5 to increase the single adult fare from N$10 to N$14 "
        "after a six-hour special meeting that ended at 11.20pm.",
        published=dt.date(2044, 3, 16))))
    assert [e.date.value for e in events][-1] == "2044-03-15T23:20"


def test_a_newswire_dateline_with_a_slash_tag_makes_no_event() -> None:
    # review set 38: "HALIFAX, NS, Nov. 20, 2040 /CNW/ -" made an event "HALIFAX, NS, /CNW/";
    # Business Wire writes "--(BUSINESS WIRE)--" with no spaces
    for dateline in ("HALIFAX, NS, Nov. 20, 2040 /CNW/ - ", "HALIFAX, NS, Nov. 20, 2040 "
                     "/PRNewswire/ -- ", "HALIFAX, NS, Nov. 20, 2040--(BUSINESS WIRE)--"):
        text = (f"Icebreaker returns\n\n{dateline}The research "
                "icebreaker RV Chebucto Light returned to Halifax on Sunday after 462 days at "
                "sea, Chebucto University announced today.")
        article = make_article(text, published=dt.date(2040, 11, 20))
        assert [(e.date.value, e.headline) for e in dated(extract_events(article))] == [
            ("2040-11-18", "The research icebreaker RV Chebucto Light returned to Halifax "
                           "after 462 days at sea")], dateline


def test_a_state_at_a_time_makes_no_event_but_a_toll_with_deaths_does() -> None:
    # review sets 21 and 22: what was not known, who was still missing or in hospital;
    # set 70 f: a place still smouldering, still without power
    assert _headlines(
        "The bridge fell on Sunday. It was not clear on Monday whether the limit had been "
        "enforced. A second fisherman was still missing on Monday night. Eleven remained "
        "hospitalized on Tuesday. At least 23 people died and 11 were still missing after "
        "the ferry capsized on Wednesday. Parts of the market were still smouldering at "
        "midday. Many homes were still without electricity this morning."
    ) == [("2017-11-12", "The bridge fell"),
          ("2017-11-15", "At least 23 people died and 11 were still missing after the ferry "
                         "capsized")]  # fmt: skip


def test_that_before_a_month_is_a_determiner_not_a_clause() -> None:
    # review set 22: "a bout of illness that March explained the readings" (was "Illness
    # march explained the readings")
    text = ("Ban\n\nHer lawyers argued that training in Flagstaff in the first half of 2024 and "
            "a bout of illness that March explained the readings.")
    article = make_article(text, published=dt.date(2027, 2, 11))
    assert [e.headline for e in dated(extract_events(article))][-1] == (
        "A bout of illness explained the readings"
    )


def test_set_up_apposed_to_a_subject_is_its_own_happening() -> None:
    # review set 22: "The AIU, set up in 2017, has brought" (was "The AIU, set up, has ...")
    assert _headlines("The AIU, set up in 2017, has brought more than 60 passport cases.") == [
        ("2017", "The AIU was set up")
    ]


def test_a_when_clause_after_a_semicolon_goes_after_its_main_clause() -> None:
    # review set 22: "...; when those talks collapsed in January 2025, the FPÖ was given
    # the mandate" (was the comma splice "Those talks collapsed, the FPÖ was given ...")
    text = ("Austria\n\nAfter the 2024 election, the president first asked the ÖVP to form a "
            "government; when those talks collapsed in January 2025, the FPÖ was given the "
            "mandate, but its negotiations with the conservatives broke down the following "
            "month.")
    article = make_article(text, published=dt.date(2027, 5, 3))
    assert [e.headline for e in dated(extract_events(article))] == [
        "After the election, the president first asked the ÖVP to form a government",
        "The FPÖ was given the mandate when those talks collapsed",
        "Its negotiations with the conservatives broke down",
    ]  # (the 2024 election's year dates the asking after it, as set 22's key allows)


def test_an_age_in_parentheses_leaves_the_name_a_who_clause_hangs_on() -> None:
    # review set 22: "Sunil Kumar Nayak (29), who had joined the railways in 2019"
    text = ("Bridge\n\nThe body of Sunil Kumar Nayak (29), who had joined the railways in 2019, "
            "was recovered on Monday afternoon.")
    article = make_article(text, published=dt.date(2026, 8, 25))
    assert [e.headline for e in dated(extract_events(article))][0] == (
        "Sunil Kumar Nayak had joined the railways"
    )


def test_who_hangs_on_the_person_before_of_not_his_party() -> None:
    # review set 22: "Markus Eder of the ÖVP, who has led" (was "VP has led")
    text = ("Austria votes\n\nThe result is a blow to Markus Eder of the ÖVP, who has led a "
            "caretaker government since the coalition collapsed on 24 November.")
    article = make_article(text, published=dt.date(2027, 5, 3))
    assert [e.headline for e in dated(extract_events(article))] == [
        "Markus Eder has led a caretaker government since the coalition collapsed"
    ]


def test_a_short_label_over_the_title_is_no_line_of_the_story(tmp_path: Path) -> None:
    # review set 22: "Toronto" over the title; the title's news is the dated lead's
    path = tmp_path / "d.txt"
    path.write_text("Toronto\n\nJudge awards nearly $402K to manager fired in 12-minute video "
                    "call\n\nJan. 13, 2027\n\nA judge on Wednesday awarded a manager nearly "
                    "$402,000.\n")
    [raw] = load_articles([path]).articles
    assert raw.published is not None
    article = settle(raw, raw.published, PublishedSource.TEXT, None)
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2027-01-13", "A judge awarded a manager nearly $402,000"),
    ]


def test_section_labels_over_the_title_make_no_title_event(tmp_path: Path) -> None:
    # review set 28: "New Zealand" / "|" / "Environment" over the title; the byline's second
    # line ("Nelson reporter·NZ Herald·") was taken for the title and made an event
    path = tmp_path / "d.txt"
    path.write_text("New Zealand\n|\nEnvironment\n\nFarewell Spit stranding: 140 pilot whales "
                    "dead despite refloat\n\nBy Olivia Rangi\nNelson reporter·NZ Herald·\n"
                    "7 Feb, 2028 05:12 PM\n\nVolunteers refloated 74 whales on Sunday.\n")
    [raw] = load_articles([path]).articles
    assert (raw.title, raw.published) == (
        "Farewell Spit stranding: 140 pilot whales dead despite refloat", dt.date(2028, 2, 7))
    article = settle(raw, raw.published, PublishedSource.TEXT, None)
    # (the lead, dated, is the main news: no title event beside it; the byline's second
    # line is no lead)
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2028-02-06", "Volunteers refloated 74 whales"),
    ]


def test_a_results_release_under_its_deck_and_date_line_makes_its_lead_event(
    tmp_path: Path,
) -> None:
    # review set 28: a heading of two capitalised words ("Second Quarter Highlights") below
    # the lead ended the "deck", which then swallowed the date line and the lead; the wire
    # ("--(BUSINESS WIRE)--") and the symbol's colon ("(NYSE: BWPB)") broke the headline
    path = tmp_path / "e.txt"
    path.write_text(
        "Brightwater Pet Brands Reports Second Quarter Fiscal 2028 Results\n\n"
        "Net sales up 9.4% to $612.4 million; full-year outlook raised\n\n"
        "April 04, 2028 04:05 PM Eastern Daylight Time\n\n"
        "MINNEAPOLIS--(BUSINESS WIRE)--Brightwater Pet Brands, Inc. (NYSE: BWPB) today reported "
        "results for the second quarter of fiscal 2028, the 13 weeks ended February 26, 2028."
        "\n\nSecond Quarter Highlights\n\n- Net sales increased 9.4% to $612.4 million.\n"
    )
    [raw] = load_articles([path]).articles
    assert raw.published == dt.date(2028, 4, 4)
    article = settle(raw, raw.published, PublishedSource.TEXT, None)
    assert ("2028-04-04", "Brightwater Pet Brands, Inc. reported results for the second quarter "
            "of fiscal 2028") in [(e.date.value, e.headline) for e in extract_events(article)]


def test_a_plan_or_hope_for_a_day_makes_no_event_a_schedule_does() -> None:
    # review set 22: "The villagers plan to march ... on Friday" is a plan; "will give a
    # news conference on Thursday" stays, a schedule
    assert _headlines(
        "The bridge fell on Sunday. The villagers plan to march to the collector's office "
        "next Friday. The railway hopes to restore traffic by Dec. 10. The board will give a "
        "news conference on Thursday."
    ) == [("2017-11-12", "The bridge fell"),
          ("2017-11-23", "The board will give a news conference")]  # fmt: skip


def test_a_participle_left_without_its_dates_goes() -> None:
    # review set 22: "In the first quarter, covering April through June, operating profit"
    text = ("Results\n\nIn the first quarter, covering April through June, operating profit "
            "fell 23% to 41.2 billion yen.")
    article = make_article(text, published=dt.date(2026, 7, 30))
    assert [e.headline for e in dated(extract_events(article))][0] == (
        "Operating profit fell 23% to 41.2 billion yen"
    )


def test_a_year_in_a_laws_name_dates_nothing() -> None:
    # review sets 21 and 22: "the Underwater Cultural Heritage Act 2018", "Ontario's
    # Employment Standards Act, 2000" are the laws' names
    assert _headlines(
        "Under the Underwater Cultural Heritage Act 2018, the wreck is protected. The wreck "
        "was found on Monday. She got the minimum required under Ontario's Employment "
        "Standards Act, 2000."
    ) == [("2017-11-13", "The wreck was found")]


def test_shares_in_the_company_name_the_articles_firm() -> None:
    # review set 23: "Shares in the company fell 14%" (and "Rowe" for "Larkfield & Rowe")
    text = ("Retail\n\nLarkfield & Rowe is to close 38 stores, it said on Thursday. Larkfield & "
            "Rowe has 290 shops. Shares in the company fell 14% to 162p at 8am.")
    article = make_article(text, published=dt.date(2028, 9, 14))
    assert [e.headline for e in dated(extract_events(article))][-1] == (
        "Shares in Larkfield & Rowe fell 14% to 162p"
    )


def test_a_participle_left_before_a_finding_goes() -> None:
    # review set 23: "A review by PwC published [in December 2021] described ..."
    assert _headlines(
        "A review by PwC published in December 2021 described the IT estate as frail."
    ) == [("2021-12", "A review by PwC described the IT estate as frail")]


def test_a_group_that_calls_itself_a_name_is_that_name() -> None:
    # review sets 21 and 23: "The group, which calls itself Nightjar, posted ..."
    assert _headlines(
        "The group, which calls itself Nightjar, posted a sample of documents on Tuesday. The "
        "gang, known as Kaldera, demanded money on Monday."
    ) == [("2017-11-14", "Nightjar posted a sample of documents"),
          ("2017-11-13", "Kaldera demanded money")]  # fmt: skip


def test_a_subhead_and_a_bracketed_editor_s_note_make_no_event() -> None:
    # review set 25: "Court hearing this afternoon" between paragraphs; "[Editor's note: ...]"
    assert _headlines(
        "The union called the strike on Monday.\n\nCourt hearing this afternoon\n\nThe "
        "company will ask a court to stop it.\n\n[Editor's note: An earlier version of this "
        "report said the strike was called on Sunday.]"
    ) == [("2017-11-13", "The union called the strike")]


def test_a_sentence_opened_by_a_birth_dates_the_birth() -> None:
    # review sets 12, 15, 24, 25: "Born in Dorchester in 1947, ..., she married ..."
    assert _headlines(
        "Born on 3 March 1962 in Winnipeg, Arsenault grew up in a mill town."
    ) == [("1962-03-03", "Arsenault was born in Winnipeg")]
    assert _headlines(
        "Born in Castleton in 1949, a mill town on the river, Whitcombe was the first in her "
        "family to finish high school."
    ) == [("1949", "Whitcombe was born in Castleton")]


def test_a_year_in_a_law_s_name_after_of_dates_nothing() -> None:
    # review set 25: "the Collective Bargaining Unity Act of 2015", "the Constitution of
    # Kenya, 2010"
    assert _headlines(
        "The dispute is also about the Collective Bargaining Unity Act of 2015. Under the "
        "Constitution of Kenya, 2010, the court must rule within 14 days."
    ) == []


def test_a_year_in_a_product_or_plan_name_or_a_case_number_dates_nothing() -> None:
    # review set 23: "Windows Server 2012", "Plan 2030", "HCCC 214/2021"; "Her 1983 paper"
    # is no name
    assert _headlines(
        "The hospital ran Windows Server 2012 for its records. The city adopted Plan 2030. "
        "The case, HCCC 214/2021, went to trial on Monday. Her 1983 paper traced the haze."
    ) == [("2017-11-13", "The case, HCCC 214/2021, went to trial"),
          ("1983", "Her paper traced the haze")]  # fmt: skip


def test_another_places_time_after_or_leaves_no_event_and_no_words() -> None:
    # review set 22: "in Washington, or 5 a.m. Thursday in Tokyo"
    assert _headlines(
        "The FDA approved the drug at about 4 p.m. on Wednesday in Washington, or 5 a.m. "
        "Thursday in Tokyo."
    ) == [("2017-11-15T16:00", "The FDA approved the drug in Washington")]


def test_a_date_as_a_subject_after_its_verb_or_in_a_name_stays() -> None:
    assert _headlines("Then came September. The case traces back to the Treaty of 1855, in "
                      "which the tribes ceded land.") == [  # fmt: skip
        ("2017-09", "September came"),
        ("1855", "The case traces back to the Treaty of 1855, in which the tribes ceded land"),
    ]


def test_a_relative_clause_with_two_dates_ends_at_its_comma() -> None:
    assert _headlines("Early voting, which began Oct. 17 and ended Oct. 30, drew a record "
                      "1.1 million ballots.") == [  # fmt: skip
        ("2017-10-17", "Early voting began"),
        ("2017-10-30", "Early voting ended"),  # (was "Early voting ended, drew a record ...")
    ]


def test_a_since_clause_after_a_first_of_its_kind_apposition_is_its_own_event() -> None:
    assert _headlines("The talks opened on Monday, Nov. 13, the first direct negotiations "
                      "between the two governments since the war broke out in April 2016.") == [
        ("2017-11-13", "The talks opened, the first direct negotiations between the two "
                       "governments since the war broke out"),
        ("2016-04", "The war broke out"),
    ]  # fmt: skip


def test_a_figure_s_comma_ends_no_clause() -> None:
    assert _headlines(
        "The delegations agreed on Tuesday to a 72-hour pause, which took effect at 6 a.m. "
        "local time on Nov. 16 and allowed the Red Cross to evacuate about 3,100 civilians."
    ) == [
        ("2017-11-14", "The delegations agreed to a 72-hour pause"),
        ("2017-11-16T06:00", "A 72-hour pause took effect and allowed the Red Cross to "
                             "evacuate about 3,100 civilians"),
    ]  # fmt: skip


def test_a_duplicated_sentence_is_one_event() -> None:
    caption = (
        "President Donald Trump, right, and Chinese President Xi Jinping attend a welcome "
        "ceremony at the Great Hall of the People in Beijing on Nov. 9. (AP Photo/Andy Wong)"
    )
    events = dated(extract_events(make_article(HEAD + f"{caption}\n{caption}\n")))
    assert len(events) == 1
    assert events[0].date.value == "2017-11-09"
    assert events[0].headline == (
        "President Donald Trump and Chinese President Xi Jinping attend a welcome ceremony at "
        "the Great Hall of the People in Beijing"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the first time in about two years that a Chinese special envoy has visited "
        "Pyongyang.",
        "China has repeatedly pushed for a diplomatic solution to the crisis, but in recent "
        "months has had only limited high-level exchanges with North Korea.",
        "China's relations with North Korea are currently at \"the lowest point they've been "
        'in history", said Lu Chao.',
        "Beijing has recently tightened its banking rules.",
    ],
)
def test_durations_and_vague_references_date_nothing(sentence: str) -> None:
    article = make_article(HEAD + "Officials met in Seoul. " + sentence)
    events = extract_events(article)
    assert dated(events) == []
    assert all(sentence not in e.sentence for e in events)


def test_title_and_undated_lead_form_an_event_of_the_publication_day() -> None:
    text = (
        "China to Send Special Envoy to North Korea\n\nFriday, 17 Nov, 2017\n\n"
        "Chinese President Xi Jinping will send special envoy Song Tao to Pyongyang. "
        "On Oct. 25, Kim Jong-un sent a message congratulating Xi."
    )
    events = extract_events(make_article(text))
    main = events[0]
    assert main.date.value == "2017-11-17"
    assert main.date.text is None
    assert main.sources[0].date_text is None
    assert main.headline == "China to Send Special Envoy to North Korea"
    assert main.sentence.startswith("Chinese President Xi Jinping will send special envoy")
    others = events[1:]
    assert others and all(main.confidence < e.confidence for e in others)


def test_a_dated_title_is_an_ordinary_event_and_no_publication_day_event() -> None:
    text = "Kim Met Xi on Oct. 25\n\nThe meeting was brief."
    events = extract_events(make_article(text))
    assert [(e.date.value, e.date.text) for e in events] == [("2017-10-25", "Oct. 25")]


def test_an_inferred_publication_date_lowers_confidence_of_relative_dates() -> None:
    text = HEAD + "Talks resumed. Officials met in Seoul on Thursday. Kim spoke on Oct. 25."
    known = {e.date.text: e.confidence for e in extract_events(make_article(text))}
    guessed = {
        e.date.text: e.confidence
        for e in extract_events(make_article(text, source=PublishedSource.INFERRED))
    }
    assert guessed["Thursday"] < known["Thursday"]
    assert guessed["Oct. 25"] == known["Oct. 25"]  # a written date does not depend on it
    assert guessed[None] < known[None]


@pytest.mark.parametrize("seed", [SEED_000, SEED_002])
def test_every_source_span_indexes_its_sentence(seed: Path) -> None:
    article = seed_article(seed)
    events = extract_events(article)
    assert len(events) >= 3
    for event in events:
        source = event.sources[0]
        assert source.article_id == article.id
        assert article.text[source.start : source.end] == event.sentence
        assert 0 <= event.confidence <= 1
        if source.date_text is not None:
            assert source.date_text in event.sentence
            assert event.date.text == source.date_text


@pytest.mark.parametrize("seed", [SEED_000, SEED_002])
def test_ids_are_stable_across_runs(seed: Path) -> None:
    first = [e.id for e in extract_events(seed_article(seed))]
    second = [e.id for e in extract_events(seed_article(seed))]
    assert first == second
    assert len(set(first)) == len(first)


def test_event_id_depends_on_date_and_normalised_sentence_only() -> None:
    sentence = "China dispatched a special envoy to North Korea on Friday."
    assert event_id("2017-11-17", sentence) == event_id("2017-11-17", sentence)
    assert event_id("2017-11-17", sentence) == event_id("2017-11-17", "  " + sentence.upper())
    assert event_id("2017-11-17", sentence) != event_id("2017-11-16", sentence)
    assert len(event_id("2017-11-17", sentence)) == 12


def test_seed_000_events() -> None:
    events = extract_events(seed_article(SEED_000))
    assert events[0].sources[0].article_id == ID_000
    assert [(e.date.value, e.date.text, e.headline) for e in events] == [
        ("2017-11-17", None, "China to Send Special Envoy to North Korea"),
        (
            "2017-W45",
            "last week",
            "Visiting Seoul, US President Donald Trump warned North Korea he was prepared to "
            "use the full range of American military power…",
        ),
        (
            "2017-10-25",
            "Oct. 25",
            "Kim Jong-un sent a message congratulating Xi on the success of China's party congress",
        ),
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "The two countries would also exchange opinions during the visit on Friday, Geng said.",
            "The two countries would also exchange opinions during the visit",
        ),
        (
            "Song would likely meet North Korea's top leaders on Friday, he said.",
            "Song would likely meet North Korea's top leaders",
        ),
        (
            "China dispatched a special envoy to North Korea on Friday, according to Xinhua.",
            "China dispatched a special envoy to North Korea",
        ),
        (
            "Geng said that Song arrived in Pyongyang on Friday.",
            "Song arrived in Pyongyang",
        ),
    ],
)
def test_make_headline_trims_attribution_and_the_date_phrase(clause: str, expected: str) -> None:
    start = clause.index("Friday")
    assert make_headline(clause, [(start, start + len("Friday"))]) == expected


def test_make_headline_keeps_a_short_clause_whole_and_capitalises() -> None:
    assert make_headline("kim jong-un sent a message", []) == "Kim jong-un sent a message"
    assert make_headline("", []) == ""


def test_make_headline_shortens_long_sentences() -> None:
    sentence = " ".join(f"word{i}" for i in range(40)) + "."
    headline = make_headline(sentence, [])
    assert headline.endswith("…")
    assert len(headline.split()) <= 22


def test_a_dated_lead_is_the_main_news_without_a_title_event() -> None:
    text = HEAD + "A magnitude 6.2 earthquake struck central Italy early Wednesday."
    events = extract_events(make_article(text))
    assert [e.date.text for e in events] == ["early Wednesday"]


@pytest.mark.parametrize(
    ("sentence", "date_text", "headline"),
    [
        ("ROME (AP) — A magnitude 6.2 earthquake struck central Italy early Wednesday.",
         "early Wednesday", "A magnitude 6.2 earthquake struck central Italy"),
        ("The quake hit at 3:36 a.m. near Norcia, the U.S. Geological Survey said.",
         "3:36 a.m.", "The quake hit near Norcia"),
        ("Aftershocks continued through Thursday morning.", "Thursday morning",
         "Aftershocks continued"),
    ],
)  # fmt: skip
def test_headlines_drop_datelines_attribution_and_date_prepositions(
    sentence: str, date_text: str, headline: str
) -> None:
    start = sentence.index(date_text)
    assert make_headline(sentence, [(start, start + len(date_text))]) == headline


def test_a_statement_dated_by_its_reporting_verb_keeps_what_was_said() -> None:
    text = HEAD + "Fed Chair Janet Yellen said in September that a move this year was likely."
    by_date = {e.date.text: e.headline for e in extract_events(make_article(text))}
    assert by_date["September"] == "A move was likely"
    assert by_date["this year"] == "A move was likely, Fed Chair Janet Yellen said"


def _headlines(text: str) -> list[tuple[str, str]]:
    return [(e.date.value, e.headline) for e in dated(extract_events(make_article(HEAD + text)))]


def test_an_aside_s_label_and_a_speaker_s_of_the_keep_the_headline_whole() -> None:
    # review set 66: "Typhoon Idang (international name: Mulan) left ..." was headed "Mulan
    # left ..."; "..., the Civil Aviation Authority of the Philippines said" left "the Civil
    # Aviation Authority of" in the headline
    assert _headlines(
        "Typhoon Idang (international name: Mulan) left at least 11 people dead after it "
        "slammed into Aurora province late Monday, officials said on Tuesday. At least 64 "
        "domestic flights were canceled on Wednesday, the Civil Aviation Authority of the "
        "Philippines said."
    ) == [("2017-11-13", "Typhoon Idang (international name: Mulan) left at least 11 people "
           "dead after it slammed into Aurora province"),
          ("2017-11-15", "At least 64 domestic flights were canceled")]  # fmt: skip


def test_a_live_page_s_entry_stamp_line_makes_no_event() -> None:
    # review set 67: the "1h ago  1.10pm" lines of a Hong Kong live page were events
    # headed "1h ago" (the page from its headline to its fourth entry)
    text = (
    'East Rail line train derails near Tai Wo, service suspended between Sha Tin and '
    'Tai Po Market\n'
    '\n'
    'Eleven passengers taken to hospital after third car of northbound train leaves '
    'the tracks during Thursday morning rush hour; free shuttle buses laid on\n'
    '\n'
    'Harbour Daily reporters\n'
    '\n'
    'Published: 7.58am, 11 Nov 2066\n'
    'Updated: 2.05pm, 11 Nov 2066\n'
    '\n'
    'Key events\n'
    '- Train derailed at about 6.47am north of Tai Wo station\n'
    '- 11 passengers sent to hospital, two still admitted\n'
    '- No trains between Sha Tin and Tai Po Market for rest of the day\n'
    '\n'
    'Auto-refresh ON\n'
    '\n'
    '12m ago  2.05pm\n'
    'No trains on affected section until tomorrow morning\n'
    '\n'
    'The MTR Corporation says there will be no service between Sha Tin and Tai Po '
    'Market for the rest of the day, and it aims to restore the full East Rail line '
    'with the first train tomorrow morning.\n'
    '\n'
    'Operations director Grace Lam Wing-sze told a press conference that a crane '
    'would lift the derailed car back onto the track tonight after the last train '
    'has run, and that engineers would then check the points and the track '
    'overnight.\n'
    '\n'
    '"We are deeply sorry to the passengers who were hurt and to the hundreds of '
    'thousands of people whose journeys were disrupted today," Lam said.\n'
    '\n'
    'Free shuttle buses between Sha Tin and Tai Po Market stations will continue '
    'until the end of service tonight.\n'
    '\n'
    '1h ago  1.10pm\n'
    'Transport minister orders independent inquiry\n'
    '\n'
    'Secretary for Transport and Logistics Raymond Tse Ka-chun has ordered an '
    'independent panel to investigate the derailment and has asked for a report '
    'within three months.\n'
    '\n'
    'Investigators from the Electrical and Mechanical Services Department have been '
    'at the scene since 8am.\n'
    '\n'
    '"Railway safety is not negotiable. The public deserves to know exactly what '
    'went wrong this morning," Tse said.\n'
    '\n'
    '2h ago  12.02pm\n'
    'Two passengers still in hospital\n'
    '\n'
    'The Hospital Authority says 11 passengers, aged between 19 and 72, were taken '
    'to Prince of Wales Hospital and Alice Ho Miu Ling Nethersole Hospital. Nine had '
    'been discharged by noon. Two women remain at Prince of Wales Hospital in stable '
    'condition.\n'
    )
    article = make_article(text, published=dt.date(2066, 11, 11))
    headlines = [e.headline for e in extract_events(article)]
    assert "Nine had been discharged" in headlines
    assert not [h for h in headlines if h.endswith(" ago")], headlines


def test_a_minister_s_portfolio_is_no_part_of_a_who_clause_s_subject() -> None:
    # review set 66: "Minister for Sustainability and the Environment Lim Hui Min, who
    # visited East Coast Park on July 18" was headed "The Environment Lim Hui Min visited"
    assert _headlines(
        "Minister for Sustainability and the Environment Lim Hui Min, who visited East Coast "
        "Park on Wednesday, said the beaches would be cleaned. The chairman of the Health "
        "Services Executive, who resigned on Tuesday, said nothing."
    ) == [("2017-11-15", "Lim Hui Min visited East Coast Park"),
          ("2017-11-14", "The Health Services Executive resigned")]  # fmt: skip


def test_a_speaker_named_by_a_noun_frames_what_was_said_as_a_name_does() -> None:
    # review set 67: "The minister said the government signed a US$1.1 billion syndicated
    # loan ... on September 29" kept "The minister said" in its headline
    assert _headlines(
        "The minister said the government signed a loan with banks in London on Wednesday. "
        "The airport said its systems were fully restored on Tuesday. The board was told the "
        "true scale of the problem on Monday."
    ) == [("2017-11-15", "The government signed a loan with banks in London"),
          ("2017-11-14", "The airport said its systems were fully restored"),
          ("2017-11-13", "The board was told the true scale of the problem")]  # fmt: skip
    # set 67's second judgement: a saying with its own date is the news; its speaker stays
    assert _headlines(
        "The central bank said earlier this month that political noise had not yet affected "
        "growth. The electoral commission said on Wednesday that 38,000 voters had cast ballots."
    ) == [("2017-11", "The central bank said that political noise had not yet affected growth"),
          ("2017-11-15",
           "The electoral commission said that 38,000 voters had cast ballots")]  # fmt: skip


def test_told_a_hearer_frames_what_was_said_as_said_does() -> None:
    # review set 38: "Priya Shah told the hearing the scheme was costed ... in 2040 but was
    # dropped ... the following year" gave "Hearing the scheme was costed" and "Priya Shah
    # was dropped"; the development data's "told a news conference that ..." kept
    # "News conference that"
    assert _headlines(
        "Priya Shah told the hearing the scheme was costed at £640,000 in 2040 but was "
        "dropped from the council's capital programme the following year. Mr. Baker told a "
        "news conference that the barricade was extended on Monday. Officials told "
        "reporters 38 whales were found on Monday and were euthanised on Tuesday."
    ) == [("2040", "The scheme was costed at £640,000"),
          ("2041", "The scheme was dropped from the council's capital programme"),
          ("2017-11-13", "The barricade was extended"),
          ("2017-11-13", "38 whales were found"),
          ("2017-11-14", "38 whales were euthanised")]  # fmt: skip


def test_a_role_before_the_speakers_name_goes_with_the_saying() -> None:
    # review set 38's after-probes: "Council transport engineer Priya Shah told the hearing
    # the scheme was costed ..." kept the whole frame, as "said" did after a role
    assert _headlines(
        "Council transport engineer Priya Shah told the hearing the scheme was costed at "
        "£640,000 in 2040. Regional environment minister Carmen Olmedo said the drought plan "
        "was extended on Monday. Chinese leader Xi Jinping said in San Francisco that "
        "China was ready to send two pandas in December."
    ) == [("2040", "The scheme was costed at £640,000"),
          ("2017-11-13", "The drought plan was extended"),
          ("2017-12", "China was ready to send two pandas")]  # fmt: skip


def test_a_verb_after_and_takes_the_subject_of_what_was_said_not_the_speaker() -> None:
    # review set 28: "said 38 whales that were refloated on Sunday were found ... and were
    # euthanised this afternoon" gave "Were refloated were found" and "Were euthanised"
    assert _headlines(
        "Officials said 38 whales were found back on the sand overnight and were euthanised "
        "this afternoon."
    ) == [("2017-11-16TNI", "38 whales were found back on the sand"),
          ("2017-11-17TAF", "38 whales were euthanised")]  # fmt: skip
    assert _headlines(
        "The Department of Conservation said 38 whales that were refloated on Sunday were found "
        "back on the sand overnight."
    )[0][1].startswith("The Department of Conservation said 38 whales that were refloated")
    # "he" is no one the police are
    assert _headlines("Police said he was arrested on Monday.") == [
        ("2017-11-13", "Police said he was arrested")
    ]


def test_the_start_of_someones_records_is_a_yardstick() -> None:
    # review set 28: "the highest since the Environment Ministry began keeping records in
    # fiscal 2006" made the event "The Environment Ministry began keeping records"
    assert _headlines(
        "A woman died on Tuesday. It is the highest toll since the Environment Ministry began "
        "keeping records in fiscal 2006."
    ) == [("2017-11-14", "A woman died")]


def test_early_or_late_after_a_length_of_time_stays_in_the_headline() -> None:
    # review set 28: "was held nearly 10 hours late on the morning of Nov. 8" lost "late"
    assert _headlines(
        "The drawing was held nearly 10 hours late on the morning of Nov. 8. The plane landed "
        "two hours early on Tuesday. The vote came late on Wednesday."
    ) == [("2017-11-08TMO", "The drawing was held nearly 10 hours late"),
          ("2017-11-14", "The plane landed two hours early"),
          ("2017-11-15", "The vote came")]  # fmt: skip


def test_a_schedule_set_off_by_commas_makes_no_event_beside_what_happened() -> None:
    # review set 28: "that drawing, scheduled for the night of Nov. 7, 2022, was held ...
    # on the morning of Nov. 8" made a second event, "Drawing, scheduled for, was held"
    assert _headlines(
        "The drawing, scheduled for the night of Nov. 7, 2016, was held nearly 10 hours late "
        "on the morning of Nov. 8."
    ) == [("2016-11-08TMO", "The drawing was held nearly 10 hours late")]
    # a schedule alone is kept (what was set, the day it was set for)
    assert _headlines("The vote was scheduled for the evening of Nov. 20.") == [
        ("2017-11-20TEV", "The vote was scheduled")
    ]
    # "until the evening of" leaves the headline whole
    assert _headlines(
        "The system failed on Tuesday and was not fully restored until the evening of Nov. 16."
    )[-1] == ("2017-11-16TEV", "The system was not fully restored")


def test_a_days_when_clause_told_by_its_clock_time_makes_one_event() -> None:
    # review set 28: "until the following Saturday, when she looked them up ... at about 8
    # p.m." made the day's event and the clock time's, one happening; "where it was already
    # 10 a.m. Sunday" (another place's clock) made "It was already"
    assert _headlines(
        "She did not check the numbers until Saturday, when she looked them up on her phone "
        "at about 8 p.m. and called her daughter in Okinawa, where it was already 10 a.m. "
        "Sunday."
    ) == [("2017-11-11T20:00", "She looked them up on her phone and called her daughter in "
                               "Okinawa")]  # fmt: skip
    # the day's own happening stays beside the clause's
    assert _headlines(
        "The fire started on Monday, when a worker dropped a cigarette at 4 p.m."
    ) == [("2017-11-13", "The fire started"), ("2017-11-13T16:00", "A worker dropped a cigarette")]


def test_an_appeal_to_witnesses_of_a_time_and_a_log_number_make_no_event() -> None:
    # review set 28: "appealed for anyone who saw a vehicle ... between Wednesday evening
    # and dawn on Thursday to contact police, quoting incident 44 of 1 June" dated the
    # appeal by the witnesses' evening and made "She dawn to contact police"
    assert _headlines(
        "The oak was felled overnight on Tuesday. She appealed for anyone who saw a vehicle on "
        "Kingsford Lane between Wednesday evening and dawn on Thursday to contact police, "
        "quoting incident 44 of 16 November. Police asked drivers who passed the junction on "
        "Tuesday morning to check their dashcams."
    ) == [("2017-11-14TNI", "The oak was felled")]
    # an appeal with its own day stays
    assert _headlines("On Monday police appealed for anyone who saw the crash to call them.") == [
        ("2017-11-13", "Police appealed for anyone who saw the crash to call them")
    ]


def test_the_date_of_a_figure_a_change_is_measured_from_makes_no_event() -> None:
    # review set 29: "charged 14 people ... in the fiscal year that ended Sept. 30, up from
    # five the year before" made the event "Ended, up from five"
    assert _headlines(
        "Prosecutors charged 14 people in the fiscal year that ended Sept. 30, up from five "
        "the year before. The city logged 31 severe readings in 2016, up from 19 in 2012."
    ) == [("2017", "Prosecutors charged 14 people, up from five the year before")]
    # (the city's readings of 2016, a count its record keeps, make none either)


def test_a_trailing_saying_after_a_happening_of_a_day_adds_no_event() -> None:
    # review set 29: "... were injured when lightning struck the ridge ... on Sunday
    # afternoon, the Tatra Volunteer Rescue Service (TOPR) said on Monday" made the lead's
    # event twice, and "at 14:52" in the next sentence went to Monday
    assert _headlines(
        "A man was killed when lightning struck the ridge on Sunday afternoon, the Tatra "
        "Volunteer Rescue Service (TOPR) said on Monday. The strike hit the chained section of "
        "the trail at 14:52."
    ) == [("2017-11-12TAF", "A man was killed when lightning struck the ridge, the Tatra "
                            "Volunteer Rescue Service (TOPR) said"),
          ("2017-11-12T14:52", "The strike hit the chained section of the trail")]  # fmt: skip
    # a tally "by" a day told in a saying: the saying is the news of its day
    assert [date for date, _ in _headlines(
        "By Thursday evening, 212,000 people had received a dose, the ministry said on Friday."
    )] == ["2017-11-16TEV", "2017-11-17"]  # fmt: skip
    # a period's figure told in a saying: the saying is the news of the day
    assert [date for date, _ in _headlines(
        "The carrier made a loss of £61 million in the three months to September 30, it said "
        "in a trading update this morning."
    )] == ["2017-11-17TMO"]  # fmt: skip


def test_talks_to_end_a_strike_keep_their_own_subject() -> None:
    # review set 29: "... will not run tomorrow after talks to end a drivers' strike broke
    # down late last night" gave "Bus services in Cork talks to end a drivers' strike broke
    # down" ("talks" read as a verb whose subject was the first clause's)
    assert _headlines(
        "Bus services in Cork will not run tomorrow after talks to end a drivers' strike broke "
        "down late last night."
    ) == [("2017-11-16TNI", "Talks to end a drivers' strike broke down")]  # fmt: skip
    # (what will not happen, "will not run tomorrow", makes no event of its own)


def test_the_whole_of_a_period_leaves_the_headline_with_it() -> None:
    # review set 28: "Nine people were killed in the whole" (of the previous fiscal year)
    assert _headlines("Nine people were killed in the whole of the previous year.") == [
        ("2016", "Nine people were killed")
    ]


def test_a_tally_of_a_period_and_the_month_its_fiscal_year_began_make_no_event() -> None:
    # review set 28: "brings the number ... in the fiscal year that began in April to 14"
    # made two events, "April" and "the fiscal year"
    assert _headlines(
        "A woman was found dead on Tuesday. Her death brings the number of people killed by "
        "bears in the fiscal year that began in April to 14."
    ) == [("2017-11-14", "A woman was found dead")]


def test_which_after_a_place_set_off_by_beside_is_the_thing_before_it() -> None:
    # review set 28: "the Sycamore Gap tree beside Hadrian's Wall, which was cut down
    # overnight on 27-28 September 2023" gave "Hadrian's Wall was cut down", dated the night
    # before the paper ("overnight" read alone)
    assert _headlines(
        "The felling echoed the Sycamore Gap tree beside Hadrian's Wall, which was cut down "
        "overnight on 27-28 September 2023."
    ) == [("2023-09-27TNI", "The Sycamore Gap tree was cut down")]


def test_a_holiday_people_came_for_beside_the_happening_s_own_day_makes_no_event() -> None:
    # review set 61 c: "in the early hours of Saturday, forcing 46 tourists, most of them in
    # the town for the Christmas and New Year holidays, out into the sub-zero cold" made a
    # second event of the fire, dated Christmas
    assert _headlines(
        "A fire gutted a wooden hotel on Mall Road in the early hours of Thursday, forcing 46 "
        "tourists, most of them in the town for the Christmas and New Year holidays, out "
        "into the cold."
    ) == [("2017-11-16TMO", "A fire gutted a wooden hotel on Mall Road")]


def test_which_after_a_thing_taken_off_it_stands_for_that_thing() -> None:
    # review set 84 b: "... plucked its 21 crew members off the ship, which ran aground off
    # Velsao in the early hours of Thursday" headlined "Which ran aground off Velsao"
    assert _headlines(
        "A sheen of oil was spotted around the stern of the Pacific Lantana on Thursday "
        "evening, hours after helicopters plucked its 21 crew members off the ship, which "
        "ran aground off Velsao in the early hours of Thursday."
    )[1] == ("2017-11-16TMO", "The ship ran aground off Velsao")


def test_a_date_in_a_relative_clause_dates_that_clause_with_its_noun() -> None:
    assert _headlines(
        "A reward of $650,000 is offered for information leading to the arrest of James "
        "Kopp, who is charged with gunning down Dr. Barnett Slepian last fall in his home."
    ) == [("2016-FA", "James Kopp is charged with gunning down Dr. Barnett Slepian in his home")]
    assert _headlines(
        "Bin Laden was placed on the FBI's most wanted list, which began in 1950."
    ) == [("1950", "The FBI's most wanted list began")]


def test_removing_a_date_leaves_no_stray_possessive_or_comma() -> None:
    assert _headlines("The Aug. 7, 1998, bombings killed more than 200 people.") == [
        ("1998-08-07", "The bombings killed more than 200 people")
    ]
    assert _headlines("Fund managers said Friday's profit-taking was a natural result.") == [
        ("2017-11-17", "Fund managers said the profit-taking was a natural result")
    ]


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("Shares fell 5% on the news, erasing Friday's gains.",
         "Shares fell 5% on the news, erasing the gains"),
        ("Bethlehem Steel posted a 54% drop in third-quarter profit.",
         "Bethlehem Steel posted a 54% drop in profit"),
        ("Over the weekend, McCaw continued to call for an auction of LIN.",
         "McCaw continued to call for an auction of LIN"),
        ("Jobs rose after a small revision Friday to December's figures.",
         "Jobs rose after a small revision to December's figures"),
    ],
)  # fmt: skip
def test_a_date_that_qualifies_a_noun_leaves_its_preposition(sentence: str, headline: str) -> None:
    assert {h for _, h in _headlines(sentence)} == {headline}


def test_coordinated_dates_are_one_phrase_and_do_not_split_the_clause() -> None:
    text = (
        "Little of the vitriol that the issue aroused in the late 1980s and early 1990s "
        "remains, residents said."
    )
    headline = "Little of the vitriol that the issue aroused remains"
    assert _headlines(text) == [("198", headline), ("199", headline)]


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("``We are back,'' Adams said Sunday.", "Adams: “We are back”"),
        ('"We will fight on," the minister told reporters on Friday.',
         "The minister: “We will fight on”"),
        ('"We will fight on," he said on Friday.', "“We will fight on”"),
    ],
)  # fmt: skip
def test_a_quotation_keeps_its_speaker(sentence: str, headline: str) -> None:
    day = next(word for word in ("Sunday", "Friday") if word in sentence)
    start = sentence.rindex(day)
    assert make_headline(sentence, [(start, start + len(day))]) == headline
    assert _headlines(sentence) == []  # what someone said makes no event of its own


def test_a_title_in_quotation_marks_that_a_sentence_goes_on_after_is_no_quotation() -> None:
    assert _headlines('"Kitchen at Four A.M." fetched $5.7 million at Sotheby\'s in 2016.') == [
        ("2016", '"Kitchen at Four A.M." fetched $5.7 million at Sotheby\'s')
    ]


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("Smith said on Monday he would resign.", "Smith said he would resign"),
        ("Yeltsin told President Clinton on Monday he could live with NATO expansion.",
         "Yeltsin told President Clinton he could live with NATO expansion"),
        ("Trump told reporters on Monday that the talks failed.", "The talks failed"),
    ],
)  # fmt: skip
def test_the_speaker_stays_when_the_rest_needs_them(sentence: str, headline: str) -> None:
    [(_, found)] = _headlines(sentence)
    assert found == headline


def test_a_relative_clause_date_beside_a_main_clause_date() -> None:
    assert _headlines("Trump and Xi, who met on Monday, agreed to talk again next month.") == [
        ("2017-11-13", "Trump and Xi met"),
        ("2017-12", "Trump and Xi agreed to talk again"),
    ]


def test_a_quotation_makes_no_event_whoever_said_it_and_whenever() -> None:
    # (review judges counted every quotation event as no happening)
    for sentence in (
        "``We were unjustly pushed out of the talks in February but we are back,'' Adams "
        "said Sunday.",
        '"I joined in 2016 because it felt safe," said one software engineer who asked not '
        'to be named. "Today we have a medicine."',
        '"My grandfather bought this land in 1961," Dale Erickson said.',
        "``Small communities will not be left on their own,'' said Gerard Rice on Friday.",
        '"We know this is frustrating, and we\'re sorry," chief executive Dana Whitfield said '
        "in a video on Tuesday afternoon.",
        '"We told them in writing before Christmas this would happen," union delegate Greg '
        "Oakes said yesterday.",  # (a role before the name: review set 20)
    ):
        assert _headlines(sentence) == [], sentence
    # (its headline, were it one, keeps the quotation whole, with its speaker)
    sentence = "``We were unjustly pushed out of the talks in February but we are back,'' "
    sentence += "Adams said Sunday."
    start, feb = sentence.index("Sunday"), sentence.index("February")
    assert make_headline(sentence, [(feb, feb + 8), (start, start + 6)]) == (
        "Adams: “We were unjustly pushed out of the talks but we are back”"
    )


def test_than_before_a_date_and_a_relative_that_after_a_noun() -> None:
    assert _headlines(
        "The gain left wages 3.8 percent higher than a year earlier, extending a trend that "
        "began last fall, just when the labor market had showed signs of cooling."
    ) == [  # "than a year earlier" is a yardstick: no event of its own
        ("2016-FA", "A trend began, just when the labor market had showed signs of cooling"),
    ]
    # after a verb of saying, "that" starts what was said: no subject is borrowed
    assert _headlines("The figures showed that the economy grew in January.") == [
        ("2017-01", "The figures showed that the economy grew")  # past: not the coming one
    ]


def test_headline_edges_datelines_and_quote_marks() -> None:
    assert _headlines("That's largely because of measures adopted after the 1987 crash.") == [
        ("1987", "That's largely because of measures adopted after the crash")
    ]
    assert _headlines("Merieux said it would extend its bid to Nov. 6.") == [
        ("2017-11-06", "Merieux said it would extend its bid")
    ]
    assert _headlines("HAVANA, August 7 (Xinhua) --") == []  # a dateline on its own line
    assert _headlines("The mother was kidnapped along with the boy'' on Friday.") == [
        ("2017-11-17", "The mother was kidnapped along with the boy")
    ]


@pytest.mark.parametrize(
    ("sentence", "start", "end", "written", "headline"),
    [
        ("European leaders will meet from 20 to 22 November to discuss the debt crisis.",
         dt.date(2017, 11, 20), dt.date(2017, 11, 22), "20 to 22 November",
         "European leaders will meet to discuss the debt crisis"),
        ("The festival ran from 30 March to 2 April 2012 and drew 40,000 visitors.",
         dt.date(2012, 3, 30), dt.date(2012, 4, 2), "30 March to 2 April 2012",
         "The festival ran and drew 40,000 visitors"),
        ("The conference takes place Nov. 28-30 in Geneva.",
         dt.date(2017, 11, 28), dt.date(2017, 11, 30), "Nov. 28-30",
         "The conference takes place in Geneva"),
        ("Between May and July 2012 the company cut 2,000 jobs.",
         dt.date(2012, 5, 1), dt.date(2012, 7, 31), "May and July 2012",
         "The company cut 2,000 jobs"),
    ],
)  # fmt: skip
def test_a_range_of_dates_is_one_event_spanning_it(
    sentence: str, start: dt.date, end: dt.date, written: str, headline: str
) -> None:
    [event] = dated(extract_events(make_article(HEAD + sentence)))
    assert (event.date.start, event.date.end, event.date.text) == (start, end, written)
    assert event.headline == headline


def test_a_date_moved_from_one_day_to_another_is_no_range() -> None:
    text = HEAD + "The vote was moved from Monday to Wednesday because of the storm."
    events = dated(extract_events(make_article(text)))
    assert [(e.date.value, e.date.start == e.date.end) for e in events] == [
        ("2017-11-13", True),
        ("2017-11-15", True),
    ]


def test_a_statement_date_keeps_its_speaker_when_the_news_has_its_own_date() -> None:
    text = HEAD + (
        "Police said on Thursday that the suspect was arrested on Sunday in Madrid.\n\n"
        "European leaders will meet from 20 to 22 November to discuss the debt crisis, "
        "officials said on Wednesday."
    )
    events = dated(extract_events(make_article(text)))
    assert [(e.date.text, e.headline) for e in events] == [
        ("Thursday", "Police said the suspect was arrested in Madrid"),
        ("Sunday", "The suspect was arrested in Madrid, police said"),
        ("20 to 22 November", "European leaders will meet to discuss the debt crisis"),
    ]  # (not again on Wednesday, when officials said so)


def test_a_wire_dateline_with_an_underscore_is_not_in_the_headline() -> None:
    text = HEAD + "WASHINGTON _ The economy created jobs at a robust pace in October."
    [event] = dated(extract_events(make_article(text)))
    assert event.headline == "The economy created jobs at a robust pace"


def test_a_title_cut_from_the_lead_does_not_hide_the_lead_sentence() -> None:
    text = (
        "UNIFIRST Corp. declared a 2-for-1 stock split on Tuesday. The company also raised "
        "its quarterly dividend 20% to three cents a share."
    )
    article = make_article(text).model_copy(
        update={"title": "UNIFIRST Corp. declared a 2-for-1 stock split on Tuesday."}
    )
    [event] = extract_events(article)
    assert (event.date.text, event.headline) == (
        "Tuesday",
        "UNIFIRST Corp. declared a 2-for-1 stock split",
    )


def test_a_yardstick_date_makes_no_event() -> None:
    text = HEAD + (
        "The Federal Reserve raised its benchmark rate on Wednesday for the first time since "
        "2018.\n\nThe river flooded the town in October, the worst flooding since January "
        "1982.\n\nSales were higher than in 2016."
    )
    events = dated(extract_events(make_article(text)))
    assert [(e.date.text, e.headline) for e in events] == [
        # the yardstick stays in the headline: what it measures against
        ("Wednesday",
         "The Federal Reserve raised its benchmark rate for the first time since 2018"),
        ("October", "The river flooded the town, the worst flooding since January 1982"),
    ]  # fmt: skip


def test_a_byline_and_publication_line_is_no_event() -> None:
    text = (
        "Fed raises rates\n\nBy Jane Smith | Published 4:02 PM EDT, Wed March 16, 2022\n\n"
        "The Federal Reserve raised its benchmark interest rate on Wednesday."
    )
    article = make_article(text, published=dt.date(2022, 3, 16))
    assert [e.date.text for e in dated(extract_events(article))] == ["Wednesday"]


def test_an_approximate_time_takes_its_preposition_and_approximator_along() -> None:
    text = HEAD + "A woman was killed in Haringey, north London, at about 15:30 on Friday."
    assert {h for _, h in _headlines(text.removeprefix(HEAD))} == {
        "A woman was killed in Haringey, north London"
    }


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        ("The company, founded in 1990, went public in 1998 and was sold in 2005.",
         ["The company was founded", "The company went public", "The company was sold"]),
        ("The talks, held in Geneva in May, failed to produce a deal on Tuesday.",
         ["The talks were held in Geneva", "The talks failed to produce a deal"]),
        ("However, cited by police in October for drunk driving, Farkas was ordered home.",
         ["Cited by police for drunk driving, Farkas was ordered home"]),
        ("Little of the vitriol that the issue aroused in 1989, 1992 and 1995 remains.",
         ["Little of the vitriol that the issue aroused remains"] * 3),
        ("After talks on Monday, the ministers met again on Wednesday and signed the deal "
         "on Friday.",
         ["After talks, the ministers met again and signed the deal",
          "After talks, the ministers met again", "The ministers signed the deal"]),
    ],
)  # fmt: skip
def test_participle_clauses_date_lists_and_shared_subjects(
    sentence: str, headlines: list[str]
) -> None:
    assert [h for _, h in _headlines(sentence)] == headlines


def test_an_elided_verb_is_taken_from_the_first_clause() -> None:
    sentence = "The bill, introduced in March, passed the House in May and the Senate on Tuesday."
    assert [h for _, h in _headlines(sentence)] == [
        "The bill was introduced",
        "The bill passed the House",
        "The bill passed the Senate",
    ]


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        ("Kim visited Beijing in March, Seoul in June and Tokyo in October.",
         ["Kim visited Beijing", "Kim visited Seoul", "Kim visited Tokyo"]),
        ("He lived in Paris in 1990, London in 1995 and Rome in 2001.",
         ["He lived in Paris", "He lived in London", "He lived in Rome"]),
    ],
)  # fmt: skip
def test_a_list_of_names_with_their_dates_after_one_verb(
    sentence: str, headlines: list[str]
) -> None:
    assert [h for _, h in _headlines(sentence)] == headlines


def test_the_article_agrees_with_the_noun_once_a_date_adjective_is_gone() -> None:
    assert [h for _, h in _headlines("Shares fell after a third-quarter earnings report.")] == [
        "Shares fell after an earnings report"
    ]


@pytest.mark.parametrize(
    "dateline",
    ["Wed 16 Mar 2022 16.02 GMT", "By Jane Smith and Bo Ma • March 16, 2022",
     "16 March 2022 · 4 min read"],
)  # fmt: skip
def test_a_dateline_with_byline_or_reading_time_is_no_event(dateline: str) -> None:
    text = f"Fed raises rates\n\n{dateline}\n\nThe Federal Reserve raised rates on Wednesday."
    article = make_article(text, published=dt.date(2022, 3, 16))
    assert [e.date.text for e in dated(extract_events(article))] == ["Wednesday"]


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        ("The aide, 34, was arrested in July and charged the following month.",
         ["The aide, 34, was arrested", "The aide was charged"]),
        ("He was arrested on Monday and released on Wednesday.",
         ["He was arrested", "He was released"]),
        # an adjective and a plural object after the verb: active, no "was opened" (set 42)
        ("The commission was appointed in April 2032 and opened public hearings in October "
         "2032.", ["The commission was appointed", "The commission opened public hearings"]),
        ("It was the first prosecution under the 2009 law, which was passed after leaks in "
         "2007 and 2008.",
         ["It was the first prosecution under the law",
          "The 2009 law was passed after leaks", "The 2009 law was passed after leaks"]),
    ],
)  # fmt: skip
def test_a_shared_auxiliary_an_appositive_age_and_an_antecedent_after_under(
    sentence: str, headlines: list[str]
) -> None:
    assert [h for _, h in _headlines(sentence)] == headlines


def test_a_date_that_is_a_clause_subject_stays() -> None:
    assert "They left when Monday came" in {h for _, h in _headlines("They left when Monday came.")}


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        ("The launch, at 1:47 a.m. (0647 GMT), came after two scrubbed attempts in late "
         "August.",
         ["The launch came", "The launch came after two scrubbed attempts"]),
        ("He resigned on Monday after the vote on Friday.", ["He resigned", "The vote"]),
        # "after" before a clause of its own: that clause, not "The second half expected
        # after a shortage ..." (a probe in the style of the review sets)
        ("Ormerod said the second half had been tougher than expected after a shortage "
         "pushed prices to a record in November.",
         ["Ormerod said the second half had been tougher than expected",
          "A shortage pushed prices to a record"]),
    ],
)  # fmt: skip
def test_a_clause_after_a_preposition_and_an_emptied_appositive(
    sentence: str, headlines: list[str]
) -> None:
    assert [h for _, h in _headlines(sentence)] == headlines


def test_a_dateline_with_a_state_is_out_of_the_headline() -> None:
    text = "CAPE CANAVERAL, Fla., Nov 16 (Reuters) - NASA's new moon rocket lifted off."
    assert {h for _, h in _headlines(text)} == {"NASA's new moon rocket lifted off"}


def test_a_coordinated_plan_keeps_its_catenative_verb() -> None:
    sentence = (
        "NASA plans to fly astronauts around the moon in 2024 and land them on the surface "
        "as early as 2025."
    )  # (in a paper of 2026: years to come would make no event, as plans)
    article = make_article("Story\n\n" + sentence, published=dt.date(2026, 3, 1))
    assert [e.headline for e in dated(extract_events(article))] == [
        "NASA plans to fly astronauts around the moon",
        "NASA plans to land them on the surface",
    ]


def test_a_date_after_a_copula_stays_in_the_headline() -> None:
    assert [h for _, h in _headlines("The record date is Nov. 9.")] == ["The record date is Nov. 9"]


def test_a_clock_time_in_two_zones_and_its_day_make_one_event() -> None:
    text = (
        "Blast Hits Embassy\n\nNAIROBI, Kenya (AP) _ A bomb exploded near the U.S. Embassy "
        "at about 10:35 a.m. (0735 GMT) Friday, toppling a building. The rocket lifted off "
        "at 1:47 a.m. EST (0647 GMT) on Tuesday from Cape Canaveral."
    )
    article = make_article(text, published=dt.date(1998, 8, 8))
    assert [(e.date.value, e.date.text, e.headline) for e in dated(extract_events(article))] == [
        ("1998-08-07T10:35", "about 10:35 a.m.",
         "A bomb exploded near the U.S. Embassy, toppling a building"),
        ("1998-08-04T01:47", "1:47 a.m. EST", "The rocket lifted off from Cape Canaveral"),
    ]  # fmt: skip


def test_a_moment_told_again_in_another_places_time_is_one_event() -> None:
    # review set 21: the other place's time makes no event and leaves the headline; a
    # UTC time is dated by the place's time it is told in
    text = (
        "Data posted online\n\nThe group posted the files on its leak site at 23:00 UTC on "
        "Monday, which was midday on Tuesday in New Zealand. The footage was streamed live "
        "to the museum in Hobart at 2.30pm AEDT on February 4 — 3.30am in Liverpool, where "
        "descendants stayed up to watch."
    )
    article = make_article(text, published=dt.date(2027, 3, 3))
    assert [(e.date.value, e.date.text, e.headline) for e in dated(extract_events(article))] == [
        ("2027-03-02T12:00", "23:00 UTC on Monday", "The group posted the files on its leak site"),
        ("2027-02-04T14:30", "2.30pm AEDT on February 4",
         "The footage was streamed live to the museum in Hobart"),
    ]  # fmt: skip


def test_days_before_or_after_a_day_date_the_event_so_far_from_it() -> None:
    text = (
        "Servers\n\nAn internal IT review presented to councillors two days before Waitangi "
        "Day recommended replacing the servers. The mayor came back to the city two days "
        "after Christmas. Eight trading days after Oct. 12, the index had fallen 4.3%."
    )
    article = make_article(text, published=dt.date(2027, 3, 3))
    assert [(e.date.value, e.date.text, e.headline) for e in dated(extract_events(article))] == [
        ("2027-02-04", "two days before Waitangi Day",
         "An internal IT review presented to councillors recommended replacing the servers"),
        ("2026-12-27", "two days after Christmas", "The mayor came back to the city"),
        ("2026-10-12", "Oct. 12", "Eight trading days, the index had fallen 4.3%"),  # not shifted
    ]  # fmt: skip


def test_a_relative_clause_with_two_dates_hangs_both_on_its_noun() -> None:
    # review set 21 ("Which opened"): the clause's two parts, each with the helpline;
    # a shared auxiliary carries over ("who was arrested in March and charged in April")
    assert _headlines(
        "Ratepayers who are worried can call a free helpline, which opened at 9am today and "
        "had taken 1,800 calls by 4pm. Kopp, who was arrested in March and charged in "
        "October, denied it."
    ) == [
        ("2017-11-17T09:00", "A free helpline opened"),
        ("2017-11-17T16:00", "A free helpline had taken 1,800 calls"),
        ("2017-03", "Kopp was arrested"),
        ("2017-10", "Kopp was charged"),
    ]


def test_the_date_of_a_figure_compared_with_is_a_yardstick_kept_in_the_headline() -> None:
    text = (
        "Vote Count\n\nTurnout was about 65%, down from nearly 80% in 2017, the commission "
        "said on Monday. The company earned $412 million in the quarter ended March 29, up "
        "from $356 million, or $1.79 a share, a year earlier. Last summer was not as hot as "
        "2022, when heat waves hit. Inflation rose to 5% in April from 3% in March."
    )
    article = make_article(text, published=dt.date(2022, 8, 23))
    assert [(e.date.text, e.headline) for e in dated(extract_events(article))] == [
        ("Monday", "Turnout was about 65%, down from nearly 80% in 2017, the commission said"),
        # ("The company earned $412 million in the quarter ended March 29": a figure of a
        # period, no event, as the answer keys of review sets 27, 29 and 32 mark such figures)
        # ("Last summer was not as hot as 2022": the period the sentence's subject, a state)
        ("2022", "Heat waves hit"),  # a yardstick with its own news ("when ...") stays
        # ("Inflation rose to 5% in April from 3% in March": a figure of a period, no event)
    ]  # fmt: skip


def test_a_moved_address_is_no_yardstick() -> None:
    text = "Move\n\nHe moved from 10 Downing Street in 2019."
    article = make_article(text, published=dt.date(2022, 8, 23))
    assert [(e.date.text, e.headline) for e in dated(extract_events(article))] == [
        ("2019", "He moved from 10 Downing Street")
    ]


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # a date that is its clause's subject stays
        ("2016 was the hottest year on record, scientists said on Tuesday.",
         [("2016", "2016 was the hottest year on record"),
          ("2017-11-14", "2016 was the hottest year on record, scientists said")]),
        ("Last year saw record profits.", [("2016", "Last year saw record profits")]),
        # a period after "for its" goes with them; a day-dated modifier keeps them
        ("Oshkosh Truck estimated earnings for its fourth quarter fell 50%.",
         [("2017-Q4", "Oshkosh Truck estimated earnings fell 50%")]),
        ("Saddam has been under quarantine since his Aug. 2 power-grab.",
         [("2017-08-02", "Saddam has been under quarantine since his power-grab")]),
        # the last day of a period is no event of its own
        ("Ralston earned $422.5 million in the quarter ended Sept. 30.",
         [("2017-Q3", "Ralston earned $422.5 million")]),
        # (a figure of the year ended on a day: no event, as the keys mark such figures;
        # it was an event on Sept. 30 before review set 69's "for the year to 30 September")
        ("For the year ended Sept. 30, Ralston earned $422.5 million.", []),
    ],
)  # fmt: skip
def test_subject_dates_owned_periods_and_period_ends(
    sentence: str, headlines: list[tuple[str, str]]
) -> None:
    assert _headlines(sentence) == headlines


def test_a_date_over_a_sentence_end_the_splitter_saw_stays_in_one_sentence() -> None:
    article = make_article("00000A.Nov. 9 the deal was signed.", title="Deal")
    [event] = dated(extract_events(article))
    assert event.date.text == "Nov. 9" and "Nov. 9" in event.sentence


def test_the_period_of_reported_figures_is_no_event_when_the_report_has_a_date() -> None:
    assert _headlines(
        "Halvorsen Foods reported a stronger-than-expected first-quarter profit on Monday."
    ) == [("2017-11-13", "Halvorsen Foods reported a stronger-than-expected first-quarter "
                         "profit")]  # (the period stays in the report's headline)
    # (a day ahead: "in mid-November", the month under way told in the future, is a plan
    # and makes no event (changed on purpose); the period stays out of it either way)
    assert _headlines("The company will release third-quarter results on Nov. 28.") == [
        ("2017-11-28", "The company will release third-quarter results")
    ]
    assert _headlines("The company will release third-quarter results in mid-November.") == []
    # the figures' own news keeps its period
    assert _headlines("Third-quarter profit rose 5%, the company said on Monday.") == [
        ("2017-Q3", "Profit rose 5%"),
        ("2017-11-13", "Profit rose 5%"),
    ]


def test_just_and_as_recently_as_leave_with_their_date() -> None:
    assert _headlines("He was ranked outside the top 150 just a year ago.") == [
        ("2016", "He was ranked outside the top 150")
    ]
    assert _headlines("Prices were that high as recently as 2014.") == [
        ("2014", "Prices were that high")
    ]


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("A small plaque on the ridge, installed in 1994, marks the glacier's edge.",
         "A small plaque on the ridge was installed"),
        ("The tournament, first played in 1972, has been won by Roger Federer.",
         "The tournament was first played"),
        ("She remains free on bond until her sentencing, which is scheduled for Jan. 15.",
         "Her sentencing is scheduled"),
        # a clause before the comma: the participle is not its subject's
        ("Net sales rose 6.2% to $4.9 billion, helped by price increases taken in 2016.",
         "Net sales rose 6.2% to $4.9 billion, helped by price increases"),
    ],
)  # fmt: skip
def test_the_noun_a_participle_or_relative_clause_hangs_on(sentence: str, headline: str) -> None:
    assert [h for _, h in _headlines(sentence)] == [headline]


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # the subject of what was said, and its modal, for the second half
        ("Koome said that the bench will hold a conference on Nov. 20 and begin hearing "
         "arguments on Nov. 22.",
         [("2017-11-20", "The bench will hold a conference, Koome said"),
          ("2017-11-22", "The bench will begin hearing arguments")]),
        # a participle after an object: the object is its noun
        ("Odinga boycotted that repeat vote, held in October 2016, and Kenyatta won it.",
         [("2016-10", "The repeat vote was held")]),
        # the possessive date makes no event, but ends its clause; the lone participle goes
        ("The coalition on Tuesday asked the court to nullify the results of this month's "
         "election, alleging that the tallying system was tampered with.",
         [("2017-11-14", "The coalition asked the court to nullify the results of "
                         "this month's election")]),
        # a possessive date after another date is the noun's, not an event; a first one is
        ("In Sunday's debate, Spitzer attacked him for failing to enforce an order in 1992.",
         [("2017-11-12", "In the debate, Spitzer attacked him for failing to enforce an order"),
          ("1992", "In the debate, Spitzer attacked him for failing to enforce an order")]),
    ],
)  # fmt: skip
def test_borrowed_subjects_object_participles_and_dangling_participles(
    sentence: str, headlines: list[tuple[str, str]]
) -> None:
    assert _headlines(sentence) == headlines


def test_a_quotation_begun_in_an_earlier_sentence_keeps_its_speaker() -> None:
    text = (
        '"We are not here to cause trouble. We are here because the law gives us this '
        'avenue," Odinga told reporters on Monday.'
    )
    assert _headlines(text) == []  # (a quotation makes no event)
    start = text.index("Monday")
    assert make_headline(text[text.index("We are here") - 0 :], [
        (start - text.index("We are here"), start - text.index("We are here") + 6)
    ]) == "Odinga: “We are here because the law gives us this avenue”"  # fmt: skip


def test_a_lone_participle_at_the_end_of_a_headline_goes() -> None:
    assert make_headline("The coalition asked the court to annul the results, alleging", []) == (
        "The coalition asked the court to annul the results"
    )


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # a hyphenated "-ed" word is no verb: the pronoun is the subject
        ("He upset third-seeded Tomas Herrera on Wednesday and beat Felix Moreau on Friday.",
         [("2017-11-15", "He upset third-seeded Tomas Herrera"),
          ("2017-11-17", "He beat Felix Moreau")]),
        # the second half of a "who" clause: who it is about
        ('"That is tennis," said Lindqvist, who won the Rotterdam title in 2015 and reached '
         "the semifinals last month.",
         [("2015", "Lindqvist won the Rotterdam title"),
          ("2017-10", "Lindqvist reached the semifinals")]),
        # "where" opens no headline
        ("Okafor is entered in the Delray Beach Open, where his first match is scheduled for "
         "next Friday, and he is on the list for the Mexican Open later this month.",
         [("2017-11-24", "His first match is scheduled"),
          ("2017-11", "He is on the list for the Mexican Open")]),
    ],
)  # fmt: skip
def test_subjects_of_coordinations_in_and_after_relative_clauses(
    sentence: str, headlines: list[tuple[str, str]]
) -> None:
    assert _headlines(sentence) == headlines


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # what "which" stands for is the object of the clause's verb
        ("The lead came from leaded gasoline, which Switzerland phased out in 2000.",
         "Switzerland phased out leaded gasoline"),
        ("The plant, which the company bought in 2015 for $5 billion, closed.",
         "The company bought the plant for $5 billion"),
        # an adjective makes the date a noun: it stays
        ("But a hot August and a dusting of Saharan dust pushed losses up.",
         "A hot August and a dusting of Saharan dust pushed losses up"),
    ],
)  # fmt: skip
def test_object_relative_clauses_and_dates_used_as_nouns(sentence: str, headline: str) -> None:
    assert _headlines(sentence)[0][1] == headline


def test_a_duration_later_counts_from_the_day_just_mentioned() -> None:
    text = (
        "Trial\n\nJury selection finally began on Nov. 4, and testimony opened two days "
        "later. The verdict came on Nov. 12.\n\nThe appeal was filed three days later."
    )
    article = make_article(text, published=dt.date(2024, 11, 20))
    found = [(e.date.value, e.date.text, e.headline) for e in dated(extract_events(article))]
    assert found == [
        ("2024-11-04", "Nov. 4", "Jury selection finally began"),
        ("2024-11-06", "two days later", "Testimony opened"),
        ("2024-11-12", "Nov. 12", "The verdict came"),
        ("2024-11-15", "three days later", "The appeal was filed"),
    ]
    # only from a day of the same sentence or the one before
    far = make_article(text.replace("The verdict came on Nov. 12.", "The jury left."),
                       published=dt.date(2024, 11, 20))  # fmt: skip
    assert "three days later" not in [e.date.text for e in extract_events(far)]


def test_a_clock_range_and_a_time_after_its_day_make_one_event() -> None:
    text = (
        "Pool\n\nThe town will host live music from noon to 4 p.m. on Saturday. A hearing "
        "is set for next Thursday at 7 p.m. at the town hall."
    )
    article = make_article(text, published=dt.date(2025, 10, 2))
    found = [(e.date.value, e.date.start, e.date.end, e.headline)
             for e in dated(extract_events(article))]  # fmt: skip
    assert found == [
        ("2025-10-04T12:00", dt.date(2025, 10, 4), dt.date(2025, 10, 4),
         "The town will host live music"),
        ("2025-10-09T19:00", dt.date(2025, 10, 9), dt.date(2025, 10, 9),  # timed
         "A hearing is set at the town hall"),
    ]  # fmt: skip


def test_years_later_and_the_following_year_count_from_the_dates_before() -> None:
    text = (
        "Profile\n\nShe earned her degree in 1998. Two years later she was elected to the "
        "council, and the following year she became its leader."
    )
    article = make_article(text, published=dt.date(2025, 11, 20))
    assert [(e.date.value, e.headline) for e in dated(extract_events(article))] == [
        ("1998", "She earned her degree"),
        ("2000", "She was elected to the council"),
        ("2001", "She became its leader"),
    ]


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # the second half of a "which" clause is about its antecedent
        ("Others pointed to the Federal Reserve, which left rates unchanged in late October and "
         "is not expected to cut until December.",
         [("2017-10", "The Federal Reserve left rates unchanged")]),  # (December to come: a
        # plan, no event)
        # "for the fourth time in 2016" counts within a year: no event of its own
        ("The bank last lowered rates in September, when it cut by 25 basis points for the "
         "fourth time in 2017.",
         [("2017-09", "The bank cut by 25 basis points for the fourth time in 2017")]),
    ],
)  # fmt: skip
def test_which_clauses_and_counts_within_a_year(
    sentence: str, headlines: list[tuple[str, str]]
) -> None:
    assert _headlines(sentence) == headlines


def test_a_headline_with_only_relative_dates_heads_the_main_event() -> None:
    text = (
        "Bank holds rates, signals cut later this year\n\nBy Thomas Reid, Economics "
        "Correspondent\n\nThe Bank of England kept interest rates on hold, pausing its easing "
        "cycle."
    )
    events = extract_events(make_article(text, published=dt.date(2026, 3, 5)))
    assert [(e.date.value, e.date.text, e.headline) for e in events] == [
        ("2026-03-05", None, "Bank holds rates, signals cut later this year")
    ]
    # the main event's sentence is the lead, not the byline
    assert events[0].sentence.startswith("The Bank of England kept")


def test_a_lead_sentence_standing_as_the_title_is_the_main_event() -> None:
    text = (
        "H. Marshall Schwarz was named chairman of U.S. Trust Corp.\n\nMr. Schwarz will "
        "succeed Daniel P. Davison Feb. 1."
    )
    events = extract_events(make_article(text, published=dt.date(1989, 10, 26)))
    assert [(e.date.value, e.headline) for e in events] == [
        ("1989-10-26", "H. Marshall Schwarz was named chairman of U.S. Trust Corp"),
        ("1990-02-01", "Mr. Schwarz will succeed Daniel P. Davison"),
    ]


def test_a_but_clause_shares_the_subject_and_a_titled_speaker_leaves() -> None:
    assert _headlines(
        "Rescuers pulled 11 people alive from the rubble overnight, but recovered at least nine "
        "bodies by midday, provincial disaster officer Edgar Posadas said."
    ) == [
        ("2017-11-16TNI", "Rescuers pulled 11 people alive from the rubble"),
        ("2017-11-17T12:00", "Rescuers recovered at least nine bodies"),
    ]


def test_nouns_joined_by_and_are_no_clause_and_an_aside_said_sets_no_tense() -> None:
    text = (
        "Pool\n\nThe town will hold a splash day at Memorial Park this weekend, Whitcomb said, "
        "with food trucks and music from noon to 4 p.m. on Saturday."
    )
    article = make_article(text, published=dt.date(2026, 5, 19))
    found = {(e.date.value, e.headline) for e in dated(extract_events(article))}
    assert ("2026-05-23T12:00", "The town will hold a splash day at Memorial Park, Whitcomb "
            "said, with food trucks and music") in found  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # without "until June" the clause would say the opposite
        ("The Federal Reserve is not expected to cut until Dec. 13 at the earliest.",
         "The Federal Reserve is not expected to cut until Dec. 13 at the earliest"),
        # an auxiliary is no bare verb: the modal of the first half stays there
        # ("by the end of the month", a month under way told in the future, is a plan with
        # no event now: changed on purpose to a day ahead, the auxiliary's point the same)
        ("She will face the prime minister next Wednesday, and has promised to announce her "
         "cabinet on Friday.",
         "She has promised to announce her cabinet"),
    ],
)  # fmt: skip
def test_not_until_keeps_its_date_and_auxiliaries_keep_their_own_tense(
    sentence: str, headline: str
) -> None:
    assert _headlines(sentence)[-1][1] == headline


def test_a_deadline_stays_in_the_headline_of_the_date_that_set_it() -> None:
    text = HEAD + (
        "European leaders agreed on Monday to halve emissions by the end of the decade. "
        "The company said on Tuesday it would cut 500 jobs by March. "
        "Police arrested 40 people on Friday and by Sunday had charged 12 of them. "
        "The council voted late Monday to approve a $412 million budget for 2026."
    )
    events = dated(extract_events(make_article(text)))
    assert [(e.date.text, e.headline) for e in events] == [
        ("Monday", "European leaders agreed to halve emissions by the end of the decade"),
        ("Tuesday", "The company said it would cut 500 jobs by March"),
        ("Friday", "Police arrested 40 people"),
        ("Sunday", "Police had charged 12 of them"),  # a clause of its own: its own event
        ("late Monday", "The council voted to approve a $412 million budget for 2026"),
    ]


def test_the_only_date_of_a_sentence_takes_the_headline_of_its_own_half() -> None:
    text = HEAD + (
        "The boy was placed with his great-uncle in Miami, but the Immigration and "
        "Naturalization Service ruled Wednesday that he must be returned to his father. "
        "Kopp vanished after the shooting, and the car was found abandoned at the airport "
        "in December. "
        "The sweetened offer has acceptances from most shareholders, and it is scheduled "
        "for completion Dec. 10. "
        "Bombings at embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, killed 258 "
        "people on Aug. 7."
    )
    events = dated(extract_events(make_article(text)))
    assert [(e.date.text, e.headline) for e in events] == [
        ("Wednesday", "The Immigration and Naturalization Service ruled that he must be "
                      "returned to his father"),
        ("December", "The car was found abandoned at the airport"),
        # a pronoun's half, and a list of places, are no clause of their own
        ("Dec. 10", "The sweetened offer has acceptances from most shareholders, and it is "
                    "scheduled for completion"),
        ("Aug. 7", "Bombings at embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, "
                   "killed 258 people"),
    ]  # fmt: skip


def test_the_end_of_a_span_still_to_come_makes_no_event() -> None:
    # published 2017-11-17: "through 2028" and "until at least Monday" are ahead
    assert _headlines("The contract gives firefighters raises of 3 percent a year through "
                      "2028.") == []  # fmt: skip
    assert _headlines(
        "Officials said on Wednesday that schools will remain closed until at least Monday."
    ) == [("2017-11-15", "Officials said schools will remain closed until at least Monday")]
    # (what will be, said on a day, keeps its speaker) a span that ended is a happening;
    # so is what "not until" puts off
    assert _headlines("His father was a trustee until 1974.") == [
        ("1974", "His father was a trustee")
    ]
    assert _headlines("The plant wasn't to begin turning out product until 1993.") == [
        ("1993", "The plant wasn't to begin turning out product until 1993")
    ]


def test_words_leading_into_a_date_and_a_lone_participle_leave_with_it() -> None:
    assert _headlines(
        "The creek crested at 23.6 feet just before midnight Wednesday, nearly 4 feet above "
        "the previous record, set in June 2008."
    ) == [("2017-11-15T24:00", "The creek crested at 23.6 feet, nearly 4 feet above the "
                               "previous record, set in June 2008")]  # a record: a yardstick
    assert _headlines("The increase will appear on tax bills mailed in January.") == [
        ("2018-01", "The increase will appear on tax bills")
    ]
    assert _headlines(
        "The ruling does not affect a separate rule, adopted earlier this year, that requires "
        "reports."
    ) == [("2017", "A separate rule was adopted")]  # the object a participle follows
    assert _headlines(
        "She taught photojournalism at Columbia College for most of the 2000s and published "
        "two books."
    ) == [("200", "She taught photojournalism at Columbia College and published two books")]
    assert _headlines(
        "Judge Hoffman upheld the law in a ruling issued in April of last year, and the "
        "growers appealed again."
    ) == [("2016-04", "Judge Hoffman upheld the law in a ruling, and the growers appealed "
                      "again")]  # fmt: skip
    # a participle that is the clause's own verb stays: "The accord was announced"
    assert _headlines("The accord was announced Friday.") == [("2017-11-17",
                                                               "The accord was announced")]


def test_a_period_counted_from_a_speaker_inside_a_quotation_makes_no_event() -> None:
    assert _headlines('"Two weeks ago we thought we were losing our branch," Priya Raman '
                      "said.") == []  # fmt: skip
    assert _headlines("“We will have a reasonably flat year this year,” Mr. Schwarz says.") == []
    assert _headlines('"Today I am here to tell you we have our suspect," Tolbert said.') == []


def test_a_fiscal_period_spans_the_months_before_the_day_it_ended() -> None:
    [event] = dated(extract_events(make_article(
        HEAD + "Harbor reported results for its fiscal second quarter, which ended Sept. 30, "
        "on Monday.", published=dt.date(2017, 11, 17),
    )))  # fmt: skip
    assert event.date.text == "Monday"  # the report, not the quarter, is the news
    [quarter] = dated(extract_events(make_article(
        HEAD + "Sun reported a $20.3 million loss for its fourth quarter ended June 30."
    )))  # fmt: skip
    assert (quarter.date.text, quarter.date.start, quarter.date.end) == (
        "fourth quarter", dt.date(2017, 4, 1), dt.date(2017, 6, 30)
    )


def test_a_participle_after_the_subjects_apposition_dates_that_subject() -> None:
    assert _headlines(
        "The levee, an earthen berm built in 1962 to protect the east side, gave way at about "
        "3:40 a.m. Wednesday."
    ) == [
        ("1962", "The levee was built to protect the east side"),
        ("2017-11-15T03:40", "The levee, an earthen berm built to protect the east side, gave "
                             "way"),
    ]  # fmt: skip
    # a phrase before the comma is no subject: the main clause keeps the date
    assert _headlines(
        "In efforts to prevent his return, an anti-Castro lawmaker subpoenaed him Friday."
    ) == [
        ("2017-11-17", "In efforts to prevent his return, an anti-Castro lawmaker subpoenaed him")
    ]


def test_a_second_clause_with_its_own_subject_borrows_none() -> None:
    assert _headlines(
        "Detailed results from the trial, known as PROTECT-K, were published last month, and "
        "additional data were presented Wednesday at a meeting in Washington. "
        "Holub, 31, is a free agent, and general manager Rita Sandoval said the club will "
        "talk with his agent next Tuesday. "
        "A Phase 2 trial of 240 patients, completed in 2015, showed reductions in protein."
    ) == [
        ("2017-10", "Detailed results from the trial were published"),
        ("2017-11-15", "Additional data were presented at a meeting in Washington"),
        ("2017-11-21", "General manager Rita Sandoval said the club will talk with his agent"),
        ("2015", "A Phase 2 trial of 240 patients was completed"),  # the trial, not patients
    ]


def test_a_list_of_names_and_days_after_an_irregular_past_gives_each_its_event() -> None:
    # published Friday 2017-11-17: "beat" is past, so the Tuesday and Wednesday just gone
    assert _headlines("The Ice Hawks beat Iowa on Tuesday and Grand Rapids on Wednesday.") == [
        ("2017-11-14", "The Ice Hawks beat Iowa"),
        ("2017-11-15", "The Ice Hawks beat Grand Rapids"),
    ]


def test_what_a_period_ending_leaves_goes_and_a_fiscal_year_takes_its_calendar_year() -> None:
    assert _headlines(
        "Harbor reported results for its fiscal second quarter, which ended Sept. 30, last "
        "week. The council closed three libraries in the fiscal year that ended in December."
    ) == [
        ("2017-W45", "Harbor reported results for its fiscal second quarter"),
        ("2016", "The council closed three libraries"),  # the year to December 2016
    ]


def test_a_state_said_to_last_is_no_event_and_a_timed_day_keeps_its_time() -> None:
    events = dated(extract_events(make_article(HEAD + (
        "Schools in the district, which were set to open Nov. 20, will remain closed through "
        "at least next week. The council will hold a town hall on Thursday, Nov. 23, at 6:30 "
        "p.m. The offer is a 30 percent premium to the closing price on Friday."
    ))))  # fmt: skip
    assert [(e.date.value, e.date.text, e.headline) for e in events] == [
        ("2017-11-20", "Nov. 20", "Schools in the district were set to open"),
        ("2017-11-23T18:30", "Thursday, Nov. 23", "The council will hold a town hall"),
    ]
    undated = [e for e in extract_events(make_article(HEAD + (
        "Schools will remain closed through at least next week."
    ))) if e.date.text is None and "closed" in e.headline]  # fmt: skip
    assert undated == []  # a state said to last, no news of the day (review sets 18, 19, 37,
    # 41 and 46 judged "will stay closed until at least 4 March" no happening)
    # a notice of what stays available is no news (review set 28)
    notice = HEAD + "Whales died on Monday. A replay will be available online until Nov. 30."
    assert [e.headline for e in extract_events(make_article(notice))
            if "replay" in e.headline] == []  # fmt: skip


def test_dates_a_statement_is_measured_from_make_no_event() -> None:
    # a span since a date, a record's start, a habit, a ranking, a figure compared with
    assert _headlines(
        "Temperatures have "
        "climbed about 4 degrees since the 1970s. It was the hottest year since records began "
        "in 1880. The monsoon, which typically begins in late June, has been weak. Turnout "
        "topped 1.07 million, up from about 980,000 in 2014."
    ) == []
    # but a span since a dated happening keeps it: "since the January 1998 bombing"
    assert _headlines("Rudolph has been on the run since the January 1998 bombing.") == [
        ("1998-01", "Rudolph has been on the run since the bombing")
    ]


def test_a_date_that_is_a_noun_of_the_sentence_stays_in_its_headline() -> None:
    assert _headlines(
        "NOAA said October was the third-warmest on record, behind only October 1936 and "
        "October 2012. Albuquerque recorded its warmest September and October combined."
    ) == [
        ("2017-10", "NOAA said October was the third-warmest on record, behind only October "
                    "1936 and October 2012"),
        ("2017-09", "Albuquerque recorded its warmest September and October combined"),
        ("2017-10", "Albuquerque recorded its warmest September and October combined"),
    ]  # fmt: skip


def test_ages_zones_and_figures_survive_the_date_leaving() -> None:
    assert _headlines(
        "The judge heard lawyers for Gregory Vance, 58, who argued in October that they "
        "needed more time. The ministry said in a statement early Monday, Riyadh time, that "
        "the truce held. On Nov. 2, when customers used 8,631 megawatts, the grid held."
    ) == [
        ("2017-10", "Gregory Vance argued that they needed more time"),
        ("2017-11-13", "The ministry said in a statement that the truce held"),
        ("2017-11-02", "Customers used 8,631 megawatts"),
    ]


def test_a_year_that_names_a_thing_makes_no_event_of_its_own() -> None:
    assert _headlines(
        "On Wednesday, a panel found that the 2014 law violated the Constitution."
    ) == [("2017-11-15", "A panel found that the 2014 law violated the Constitution")]
    # as the subject, after a preposition, or in a name, the year dates its clause
    assert _headlines(
        "A 1996 law strengthened the 1959 trade embargo. Prices fell during the 2008 crisis. "
        "She covered the 1968 Democratic National Convention."
    ) == [
        ("1996", "A law strengthened the 1959 trade embargo"),
        ("2008", "Prices fell during the crisis"),
        ("1968", "She covered the Democratic National Convention"),
    ]
    # in the subject too, once a finer date of the sentence dates the clause
    assert _headlines('A 1991 canvas, "Corridor," sold at Christie\'s in May 2016 for $3.2 '
                      "million.") == [  # fmt: skip
        ("2016-05", 'A 1991 canvas, "Corridor," sold at Christie\'s for $3.2 million')
    ]
    # or once any date before it in the sentence does ("ended in 1999 ... the 1952 decree")
    assert _headlines("A first trial ended in 1999 with a ruling that the 1952 decree was "
                      "final.") == [  # fmt: skip
        ("1999", "A first trial ended with a ruling that the 1952 decree was final")
    ]
    # after a preposition too, once a day earlier in the sentence dates the clause
    assert _headlines(
        "A jury on Thursday found Darren Mott guilty of murder in the 2024 killing of Naomi "
        "Ferrante. The fund lost money during the 2008 crisis."
    ) == [
        ("2017-11-16", "A jury found Darren Mott guilty of murder in the 2024 killing of Naomi "
         "Ferrante"),
        ("2008", "The fund lost money during the crisis"),
    ]


def test_a_long_headline_loses_its_asides_before_it_is_cut() -> None:
    [event] = _headlines(
        "Slepian, 52, an obstetrician and gynecologist who performed abortions in the Buffalo "
        "area, was shot through the kitchen window of his home in Amherst on Friday."
    )
    assert event == (
        "2017-11-17",
        "Slepian was shot through the kitchen window of his home in Amherst",
    )


def test_a_named_period_opening_a_later_clause_is_its_subject() -> None:
    assert _headlines(
        "June was the hottest on record, beating June 2016 by half a degree, and July was "
        "hotter still. The first frost came on Nov. 9, nearly four weeks later than the "
        "long-term average and the latest since at least the 1930s."
    ) == [
        ("2017-06", "June was the hottest on record, beating June 2016 by half a degree"),
        ("2017-07", "July was hotter still"),  # (was "Was hotter still")
        ("2017-11-09", "The first frost came, nearly four weeks later than the long-term "
                       "average"),  # a difference and a record's yardstick: no dates
    ]  # fmt: skip
    # an adverb after a comma is no subject
    assert _headlines(
        "The pilots of a plane that crashed near Duluth, Minnesota, last month received a "
        "warning."
    ) == [("2017-10", "A plane crashed near Duluth, Minnesota")]  # (the relative clause's date)


def test_a_date_in_the_second_half_after_a_named_subject_is_that_half_s() -> None:
    assert _headlines(
        "Denver won the first two games in Colorado, and Baptiste, already playing on a sore "
        "knee, was ruled out for the rest of the series after an MRI on Nov. 6. The tribes "
        "sued in 1978, nearly four decades ago."
    ) == [
        ("2017-11-06", "Baptiste, already playing on a sore knee, was ruled out for the rest "
                       "of the series after an MRI"),
        ("1978", "The tribes sued"),  # (the "ago" restates the year: no second event)
    ]  # fmt: skip


def test_a_deadline_word_keeps_its_date() -> None:
    assert _headlines("Mail ballots postmarked by Tuesday can arrive as late as Saturday and "
                      "still be counted.")[-1] == (  # fmt: skip
        "2017-11-18", "Mail ballots postmarked by Tuesday can arrive as late as Saturday and "
        "still be counted")


def test_an_act_at_its_time_keeps_its_clause_before_a_when_clause() -> None:
    assert _headlines(
        "The Associated Press called the race at 11:48 p.m. Eastern time, when Soto led by "
        "about 52,000 votes. In a memo dated April 12, 2016, engineer Paula Driscoll wrote "
        "that the beam had lost 40 percent."
    ) == [
        ("2017-11-17T23:48", "The Associated Press called the race"),
        ("2016-04-12", "In a memo dated April 12, 2016, engineer Paula Driscoll wrote that "
                       "the beam had lost 40 percent"),  # "dated" keeps its date
    ]  # fmt: skip


def test_a_subject_with_a_participle_and_its_date() -> None:
    assert _headlines("A truce declared in April 2016 broke down a week later.") == [
        ("2016-04", "A truce was declared"),
        ("2016-04", "A truce broke down"),  # a week after a month: that month
    ]
    # a poll or survey with its dates in commas: what it found
    assert _headlines(
        "A second poll, taken Nov. 8 to 12, showed Soto leading by 2. A survey, released on "
        "Monday, found that prices rose."
    ) == [("2017-11-08", "A second poll showed Soto leading by 2"),
          ("2017-11-13", "A survey found that prices rose")]  # fmt: skip
    # with its agent: the lawsuit was filed then, not expected to go to trial
    assert _headlines(
        "A separate civil lawsuit filed by the Ferrante family in November 2016 is expected "
        "to go to trial."
    ) == [("2016-11", "A separate civil lawsuit was filed by the Ferrante family")]
    # "was discovered" is the verb itself, not a participle after the subject
    assert _headlines("The rifle was discovered Nov. 8 buried one foot below the ground.") == [
        ("2017-11-08", "The rifle was discovered buried one foot below the ground")
    ]


def test_the_same_day_after_a_date_stays_in_its_headline() -> None:
    assert _headlines(
        "She resigned on Nov. 2, the same day the company disclosed it had set aside $65 "
        "million."
    ) == [("2017-11-02", "She resigned, the same day the company disclosed it had set aside "
                         "$65 million")]  # fmt: skip


def test_the_year_something_happened_is_an_event_and_not_the_last_time() -> None:
    # "have not won ... since 1994" made an event in 1994 (the last win) until the keys of
    # review sets 14-72, which mark every "has not ... since" S: state, were followed
    assert _headlines(
        "Democrats have not won a statewide race in Texas since 1994. The city has been "
        "encircled by rebel forces since 2015, the year a Saudi-led coalition intervened. "
        "Temperatures have climbed about 4 degrees since the 1970s."
    ) == [
        ("2015", "A Saudi-led coalition intervened"),  # (a state since then: no event)
    ]


def test_titles_lists_and_articles_survive_in_headlines() -> None:
    assert _headlines(
        "Her break came in the summer of 2016, when she followed the Rev. Dr. Martin Luther "
        "King Jr. on his marches. Asked in a 2015 interview what made a good photograph, she "
        "said to wait."
    ) == [
        ("2016-SU", "She followed the Rev. Dr. Martin Luther King Jr."),
        ("2015", "Asked in an interview what made a good photograph, she said to wait"),
    ]
    [(_, died)] = _headlines(
        "Peg Ellison, a newspaper photographer whose pictures of civil rights marches, "
        "political conventions and ordinary neighborhood life chronicled Chicago for four "
        "decades, died on Tuesday at her home in Evanston."
    )
    assert died == "Peg Ellison died at her home in Evanston"
    # a pronoun is no subject noun of a participle: "The pictures she made" is a clause,
    # whose own verb the date dates
    assert _headlines("The pictures she made Wednesday won an award.") == [
        ("2017-11-15", "She made the pictures")
    ]


def test_a_duration_its_clause_left_behind_goes() -> None:
    # "..., two days | after a developer wore a wire": the clause after it is another's
    assert make_headline("FBI agents arrested Vance at his home, two days", []) == (
        "FBI agents arrested Vance at his home"
    )
    assert make_headline("The strike lasted two days", []) == "The strike lasted two days"


def test_an_object_relative_a_date_antecedent_and_an_open_aside() -> None:
    assert _headlines(
        "She was struck by a baton on the night of Nov. 2, and the pictures she made that "
        "night won an award the following year."
    ) == [
        ("2017-11-02TNI", "She was struck by a baton"),
        ("2017-11-02TNI", "She made the pictures"),  # not "The pictures ... won an award"
        ("2018", "The pictures she made won an award"),
    ]
    # "in 2015, which the board rejected": the offer was rejected, not "2015"
    assert [h for _, h in _headlines(
        "Harbor made an offer for Midland in 2015, which the board rejected as too low the "
        "following month."
    )] == ["Harbor made an offer for Midland, which the board rejected as too low"]  # fmt: skip


def test_she_in_a_profile_is_its_person_unless_someone_else_was_just_named() -> None:
    text = (
        "Profile\n\nPriya Natarajan grew up in Fresno, the daughter of a pharmacist. She left "
        "for Stanford in 2005. She met Daniel Osei at Berkeley in 2012. He joined her company "
        "in 2014. She founded a clinic in 2014, and her board placed her on leave in 2016. "
        "She had hired Tom Reyes in 2015. She resigned in 2016."
    )
    found = [e.headline for e in dated(extract_events(make_article(text)))]
    assert found == [
        "Priya Natarajan left for Stanford",
        "Priya Natarajan met Daniel Osei at Berkeley",
        "He joined her company",  # (a "he" in a "she" article is someone else)
        "Priya Natarajan founded a clinic",
        "Her board placed her on leave",
        "Priya Natarajan had hired Tom Reyes",
        "She resigned",  # Tom Reyes was named just before
    ]


def test_a_gapped_verb_and_a_titles_superlative_date() -> None:
    assert _headlines(
        "He plans to campaign in Fort Worth on Wednesday and in Austin the following day."
    ) == [
        ("2017-11-22", "He plans to campaign in Fort Worth"),  # a plan: the coming one
        ("2017-11-23", "He plans to campaign in Austin"),
    ]
    assert _headlines("Southwest swelters through hottest October on record.") == [
        ("2017-10", "Southwest swelters through hottest October on record")
    ]


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # a speaker's place between the verb and the date stays out of the headline
        ("County Engineer Lisa Baumann said at a news conference Wednesday that the breach "
         "appeared to have begun near the section flagged in 2013.",
         [("2017-11-15", "County Engineer Lisa Baumann said the breach appeared to have "
                         "begun near the section flagged"),
          ("2013", "The breach appeared to have begun near the section flagged, County "
                   "Engineer Lisa Baumann said")]),
        # the comma that closes "May 2, 1934," leaves with it
        ("Margaret Anne Lindqvist was born on May 2, 1934, in Duluth, Minn.",
         [("1934-05-02", "Margaret Anne Lindqvist was born in Duluth, Minn")]),
        ("Vance was arrested at his home on Sept. 12, 2024, two days after the raid.",
         [("2024-09-12", "Vance was arrested at his home")]),  # (the count restates it)
        # an apposition goes before a cut, whatever its verb's form; a leading source too
        ("Calderón, a 52-year-old former governor of Antioquia who ran on promises to crack "
         "down on armed groups and cut taxes on small businesses, took 51.8% of the vote on "
         "Sunday, against 48.2% for Restrepo.",
         [("2017-11-12", "Calderón took 51.8% of the vote, against 48.2% for Restrepo")]),
        ("According to the report, the cockpit's ice-detection light illuminated at 7:38 "
         "p.m., as the plane descended.",
         [("2017-11-17T19:38", "The cockpit's ice-detection light illuminated, as the plane "
                               "descended")]),
        # a participle its date leaves alone in an apposition goes with it
        ("The levee, an earthen berm built in 1962, gave way at 3:40 a.m. Tuesday.",
         [("1962", "The levee was built"),
          ("2017-11-14T03:40", "The levee, an earthen berm, gave way")]),
        # a "who" clause after a person's description dates that person's act
        ("Kehoe, a Republican who took office in January 2025, has until July 14 to sign "
         "or veto them.", [("2025-01", "Kehoe took office"),
                           ("2018-07-14", "Kehoe, a Republican who took office, has to sign "
                                          "or veto them")]),  # (a deadline given: an event)
        ("In 45 states, the number of doctors who performed abortions declined in 1992.",
         [("1992", "In 45 states, the number of doctors who performed abortions declined")]),
        # a relative clause's noun is the object after a verb, not the verb phrase
        ("Northgate declined in August to extend the loan, which was due Sept. 30.",
         [("2017-08", "Northgate declined to extend the loan"),
          ("2017-09-30", "The loan was due Sept. 30")]),
        # a deadline given reads as one, not as an obligation
        ("Candidates have until Friday to request a recount.",
         [("2017-11-17", "Deadline for candidates to request a recount")]),
        # a bare season is any such season: a habit, no event
        ("The airline said it would keep flying the route in winter.", []),
        # a leading "When" clause follows its main clause, not a comma splice
        ("When the Daily News closed in March 1978, Ms. Ellison moved to The Chicago "
         "Sun-Times.",
         [("1978-03", "Ms. Ellison moved to The Chicago Sun-Times when the Daily News "
                      "closed")]),
    ],
)  # fmt: skip
def test_headline_repairs_from_the_review_articles(
    sentence: str, headlines: list[tuple[str, str]]
) -> None:
    assert _headlines(sentence) == headlines


def test_a_wire_dateline_dates_the_copy_and_stays_out_of_headlines() -> None:
    text = (
        "LONDON, March 12, 2026 (Reuters) - London's Fairleigh Museum agreed on Thursday to "
        "return 31 objects that British soldiers looted in 1868.\n\nBOGOTÁ, Colombia — "
        "Colombia's president-elect began talks on Monday with the traditional parties."
    )
    found = [(e.date.text, e.headline) for e in dated(extract_events(make_article(text)))]
    assert ("March 12, 2026", "LONDON") not in found
    assert ("Thursday", "London's Fairleigh Museum agreed to return 31 objects") in found
    assert ("Monday", "Colombia's president-elect began talks with the traditional parties") in (
        found
    )


def test_a_speakers_date_at_the_sentence_end_dates_the_whole_report() -> None:
    by_date = dict(_headlines(
        "The pilots of a commuter plane that crashed on approach to Duluth, Minnesota, last "
        "month received an ice-detection warning nearly four minutes before the aircraft "
        "rolled sharply to the left and fell into a wooded ravine, federal investigators said "
        "Wednesday in a preliminary report."
    ))  # fmt: skip
    assert by_date["2017-11-15"].startswith(  # not "Fell into a wooded ravine"
        "Federal investigators said the pilots of a commuter plane that crashed on approach "
        "to Duluth, Minnesota, received an ice-detection warning"
    )


def test_a_deadline_given_is_an_event_and_a_time_before_a_season_ahead_is_none() -> None:
    article = make_article(
        "Session\n\nVoters legalized sports wagering in November, and the commission has "
        "until Dec. 1 to begin it. The minister welcomed the deal on Thursday and said the "
        "government would set out guidance before the summer.",
        published=dt.date(2026, 3, 12),
    )
    found = {(e.date.value, e.headline) for e in dated(extract_events(article))}
    assert ("2026-12-01", "Deadline for the commission to begin it") in found
    assert not any(value.endswith("-SU") for value, _ in found)  # a deadline ahead


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Proposition A required most employers to offer paid sick leave starting May 1.",
         ("2017-05-01", "Proposition A required most employers to offer paid sick leave "
                        "starting May 1")),
        ("Northgate declined in August to extend the loan, which was due Sept. 30.",
         ("2017-09-30", "The loan was due Sept. 30")),
        ("The vote was set for Wednesday.",  # (the past perfect's "had been set": a plan
         ("2017-11-15", "The vote was set for Wednesday")),  # overtaken, no event since)
        ("Restrepo waited until Monday morning to concede, telling supporters in Cali.",
         ("2017-11-13TMO", "Restrepo waited until Monday morning to concede, telling "
                           "supporters in Cali")),
        ("Jenna Torres, 38, who spent Tuesday night on a cot at the fairgrounds, said she "
         "was scared.", ("2017-11-14TNI", "Jenna Torres spent Tuesday night on a cot at the "
                                          "fairgrounds")),
        ("At 3:20 a.m. the sheriff's office expanded the orders, and deputies went door to "
         "door beginning at about 5:30 a.m.",
         ("2017-11-17T05:30", "Deputies went door to door beginning at about 5:30 a.m.")),
    ],
)  # fmt: skip
def test_a_date_a_word_needs_after_it_stays_in_the_headline(
    sentence: str, expected: tuple[str, str]
) -> None:
    # (removing it left "paid sick leave starting", "which was due", "was set",
    # "waited to concede", "spent on a cot", "beginning")
    assert expected in _headlines(sentence)


def test_a_clause_opening_starting_or_effective_goes_with_its_date() -> None:
    assert _headlines("Starting Monday, the city will close the bridge.") == [
        ("2017-11-20", "The city will close the bridge")
    ]
    assert _headlines("Effective Jan. 1, the tax rises to 8 percent.") == [
        ("2018-01-01", "The tax rises to 8 percent")
    ]


def test_a_clause_opening_owner_goes_with_a_period_but_not_with_a_modifier() -> None:
    assert _headlines(
        "In its most recent quarter, ended June 30, Parcelwise had revenue of $1.9 million."
    ) == [("2017-Q2", "Parcelwise had revenue of $1.9 million")]  # not "In its, Parcelwise"
    assert _headlines(
        "In his Sunday Mass at St. Patrick's Cathedral, Cardinal John O'Connor called the "
        "murder wrong."
    ) == [("2017-11-19", "In his Mass at St. Patrick's Cathedral, Cardinal John O'Connor "
                         "called the murder wrong")]  # fmt: skip


def test_a_hedged_guess_inside_a_date_makes_no_second_event() -> None:
    assert _headlines(
        "The NTSB held an investigative hearing on the crash in the spring, probably in "
        "early May."
    ) == [("2017-SP", "The NTSB held an investigative hearing on the crash")]
    assert _headlines("The plant opened in March, possibly as early as March 1.") == [
        ("2017-03", "The plant opened")
    ]
    # the same still to come: plans of a season and a month, no events at all
    assert _headlines(
        "The NTSB said it would hold an investigative hearing on the crash in the spring, "
        "probably in early May, and would issue a final report by early 2027."
    ) == []


def test_what_lasted_until_a_later_time_is_one_span() -> None:
    events = dated(extract_events(make_article(
        HEAD + "The tax credit died after Sen. Carl Petrie's allies began a filibuster at "
        "about 9:30 p.m. Wednesday that lasted until nearly 4 a.m. Thursday."
    )))  # fmt: skip
    assert [(e.date.value, e.headline) for e in events] == [
        ("2017-11-15T21:30", "The tax credit died after Sen. Carl Petrie's allies began a "
                             "filibuster"),
    ]  # fmt: skip  (no "Lasted" at 4 a.m.)
    assert events[0].date.end == dt.date(2017, 11, 16)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ardila endorsed the peace deal signed in November 2016 with the FARC.",
         [("2016-11", "The peace deal was signed with the FARC")]),
        ("Police arrested a man wanted for a robbery committed in March.",
         [("2017-03", "A robbery was committed")]),
        ("The museum holds 31 objects looted by British soldiers in 1868.",
         [("1868", "31 objects were looted by British soldiers")]),
        ("Both companies are allies in the fight against a hostile takeover bid launched last "
         "week by Cie.",
         [("2017-W45", "A hostile takeover bid was launched by Cie")]),
        # a noun and a past verb after a reporting verb or conjunction are a clause; a
        # subject's prepositional phrase is no object; a letter's date is the saying's
        ("He said the company filed for bankruptcy in 2019.",
         [("2019", "The company filed for bankruptcy")]),
        ("Shares fell after the company filed for bankruptcy in 2019.",
         [("2019", "Shares fell after the company filed for bankruptcy")]),
        ("Officials at the company announced on Monday a new plan.",
         [("2017-11-13", "Officials at the company announced a new plan")]),
        ("The father said in a letter published Wednesday that he wants to meet his son.",
         [("2017-11-15", "The father said in a letter that he wants to meet his son")]),
    ],
)  # fmt: skip
def test_a_date_in_a_participle_after_an_object_dates_that_participle(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _headlines(sentence) == expected


def test_a_fiscal_quarter_ending_before_its_calendar_months_spans_its_own_months() -> None:
    article = make_article(
        "Recall\n\nPivot, whose fiscal year begins in November, stopped buying cells during "
        "its fiscal second quarter, which ended April 30. The charge will reduce earnings in "
        "its fiscal fourth quarter, which ends Oct. 31.",
        published=dt.date(2025, 9, 18),
    )
    spans = {e.date.text: (e.date.start, e.date.end) for e in dated(extract_events(article))}
    assert spans["fiscal second quarter"] == (dt.date(2025, 2, 1), dt.date(2025, 4, 30))
    assert "fiscal fourth quarter" not in spans  # under way, told in the future: a plan
    assert "November" not in spans  # when the fiscal year begins: no happening
    quarters = {e.text: (e.start_date, e.end_date) for e in resolve_dates(
        article.text, article.published) if "quarter" in e.text}  # fmt: skip
    assert quarters["fiscal fourth quarter"] == (dt.date(2025, 8, 1), dt.date(2025, 10, 31))


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a clause after ", and" / ", but" with a longer subject of its own
        ("The commission said it would hold a briefing on Oct. 7, and lawmakers on the "
         "House Energy and Commerce Committee have asked Pivot to provide documents by the "
         "end of the month.", dt.date(2025, 9, 18),
         ("2025-09", "Lawmakers on the House Energy and Commerce Committee have asked Pivot "
                     "to provide documents")),
        ("Construction began that October, but county engineers now say the line will not "
         "reach every home until the end of the decade.", dt.date(2025, 9, 18),
         ("202", "County engineers now say the line will not reach every home until the end "
                 "of the decade")),
        # a gapped "and to ...": the first clause's verb up to its own "to"
        ("The crossings will reopen to passenger traffic on May 1 and to freight on June 30.",
         dt.date(2026, 3, 5), ("2026-06-30", "The crossings will reopen to freight")),
        # a date as a subject after "The"
        ("The mid-1960s were her commercial peak.", dt.date(2026, 1, 8),
         ("196", "The mid-1960s were her commercial peak")),
        # the period reported figures are for stays in the headline of their day
        ("Pivot will report its fourth-quarter results on Dec. 4.",
         dt.date(2025, 9, 18), ("2025-12-04", "Pivot will report its fourth-quarter results")),
        ("Kellogg reported third-quarter profit on Monday.", dt.date(2025, 9, 18),
         ("2025-09-15", "Kellogg reported third-quarter profit")),
    ],
)  # fmt: skip
def test_headlines_from_the_seventh_review(
    sentence: str, published: dt.date, expected: tuple[str, str]
) -> None:
    article = make_article("Story\n\n" + sentence, published=published)
    assert expected in [(e.date.value, e.headline) for e in dated(extract_events(article))]


def test_a_list_of_figures_and_dates_gives_each_date_its_figure() -> None:
    article = make_article(
        "Outbreak\n\nThe county reported 38 cases on Jan. 16, 67 a week later and 102 by the "
        "end of the month, according to the health department. The stock closed at $12.50 "
        "on Monday, $13 on Tuesday and $14.25 on Wednesday.",
        published=dt.date(2026, 2, 12),
    )
    assert [(e.date.text, e.headline) for e in dated(extract_events(article))] == [
        ("Jan. 16", "The county reported 38 cases"),
        ("a week later", "The county reported 67 cases"),
        ("the end of the month", "The county reported 102 cases"),
        ("Monday", "The stock closed at $12.50"),
        ("Tuesday", "The stock closed at $13"),
        ("Wednesday", "The stock closed at $14.25"),
    ]


def test_a_state_said_to_last_in_a_sentence_of_dates_leaves_the_rest() -> None:
    # an advisory to last until a day ahead makes no event; the sentence's happening and
    # the article after it stay (a bug once ended the article here)
    text = (HEAD + "Utility crews restored power to most of the east side Wednesday, but "
            "officials said water from the town's wells should be boiled until at least "
            "Monday. The mayor visited the plant on Thursday.")  # fmt: skip
    assert [(e.date.value, e.headline) for e in extract_events(make_article(text))] == [
        ("2017-11-15", "Utility crews restored power to most of the east side"),
        ("2017-11-16", "The mayor visited the plant"),
    ]


def test_a_borrowed_auxiliary_goes_only_before_a_passive_participle() -> None:
    assert _headlines(
        "A girl was transferred to intensive care on Nov. 3 and returned home on Tuesday. "
        "He was arrested in July and charged in August."
    ) == [
        ("2017-11-03", "A girl was transferred to intensive care"),
        ("2017-11-14", "A girl returned home"),  # not "was returned"
        ("2017-07", "He was arrested"),
        ("2017-08", "He was charged"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cleft: the clause after "that" is the happening
        ("It was not until mid-2021 that the state EPA, acting on a tip, sampled groundwater "
         "near the plant.", ("2021", "The state EPA, acting on a tip, sampled groundwater "
                                     "near the plant")),
        ("It was only in March that the company admitted the fault.",
         ("2017-03", "The company admitted the fault")),
        # a verb that needs its "into" phrase keeps it
        ("Analysts said the launch slipped into the second half of 2017.",
         ("2017-H2", "The launch slipped into the second half of 2017")),
        # a clause-opening period named by its date goes whole
        ("In the 2016-17 school year, only 81 percent of kindergartners had both doses.",
         ("2016", "Only 81 percent of kindergartners had both doses")),
    ],
)  # fmt: skip
def test_clefts_needed_phrases_and_opening_periods(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in _headlines(sentence)


def test_a_dated_main_clause_before_a_when_clause_is_the_event() -> None:
    assert _headlines(
        "The outbreak was first detected on Nov. 2, when a boy who had returned from a trip "
        "abroad was admitted to St. Brendan's Hospital. It was their first meeting since "
        "October 2016, when Trump visited Beijing."
    ) == [("2017-11-02", "The outbreak was first detected"),
          ("2016-10", "Trump visited Beijing")]  # fmt: skip


def test_an_act_on_a_day_told_without_on_before_a_when_clause_is_the_event() -> None:
    # review set 40: "a week ago Sunday, when Kowalchuk threw four touchdown passes" gave
    # the when-clause as the day's only event, and the final won that day went
    assert _headlines(
        "The Riders won the West Final against Calgary last Sunday, when Kowalchuk threw "
        "four touchdown passes."
    ) == [("2017-11-12", "The Riders won the West Final against Calgary")]
    # a verb with no object before its day leaves the when-clause as the news
    assert _headlines(
        "The mood hardened last Thursday, when the first minister told MSPs that there was "
        "no more money in the pot."
    ) == [("2017-11-16", "The first minister told MSPs that there was no more money in the "
                         "pot")]  # fmt: skip


def test_a_headline_cut_before_a_second_that_clause_ends_without_its_and() -> None:
    assert ("2017-11-14", "Officials said that they were monitoring the outbreak closely") in (
        _headlines("Officials said on Tuesday that they were monitoring the outbreak closely "
                   "and that a team would arrive early next week.")  # fmt: skip
    )


def test_a_relative_clause_after_a_date_hangs_on_the_noun_before_it() -> None:
    assert ("2012-SP", "A farewell concert was released as a live album") in _headlines(
        "She retired after a farewell concert at Carnegie Hall on Nov. 12, 2011, which was "
        "released as a live album the next spring."
    )  # not "2011 was released"


def test_a_when_clause_before_a_pronoun_main_clause_is_its_dates_event() -> None:
    assert _headlines(
        "She was cast in 1979, and when the show moved to Broadway in April 1981 it ran for "
        "911 performances."
    ) == [("1979", "She was cast"), ("1981-04", "The show moved to Broadway")]
    # a named main clause keeps the reordering of the seventh session
    assert _headlines(
        "When the Daily News closed in March 1978, Ms. Ellison moved to the Sun-Times."
    ) == [("1978-03", "Ms. Ellison moved to the Sun-Times when the Daily News closed")]


def test_which_after_a_name_in_a_possessed_subject_is_the_subjects_noun() -> None:
    assert _headlines(
        "His marriage to the saxophonist Lewis Marsh, which began in 1966, ended in divorce "
        "in 1974."
    ) == [("1966", "His marriage to the saxophonist Lewis Marsh began"),
          ("1974", "His marriage to the saxophonist Lewis Marsh ended in divorce")]  # fmt: skip


def test_a_speakers_today_or_tomorrow_inside_a_quotation_makes_no_event() -> None:
    assert _headlines(
        '"The hard part starts tomorrow," said Irena Dovlatova. "If we can get 5,000 doses '
        'into arms by the end of the month, we can turn this around," she said. The vote is '
        "set for Monday."
    ) == [("2017-11-20", "The vote is set for Monday")]


def test_two_dates_of_one_happening_make_one_event() -> None:
    found = dated(extract_events(make_article(HEAD + (
        "Two decades ago, in the summer of 1997, a dispute over fishing rights escalated. "
        "The leak began in the late summer or early fall of 2016."
    ))))  # fmt: skip
    assert [(e.date.value, e.date.start, e.date.end, e.headline) for e in found] == [
        ("1997-SU", dt.date(1997, 6, 1), dt.date(1997, 8, 31),
         "A dispute over fishing rights escalated"),  # the finer date of an apposition
        ("2016-SU", dt.date(2016, 6, 1), dt.date(2016, 11, 30), "The leak began"),  # "or"
    ]  # fmt: skip


def test_two_days_of_a_month_joined_by_and_are_one_span() -> None:
    article = make_article(
        "Storm\n\nTechnicians replaced the valve on Nov. 6 and 7. When a blizzard dropped 22 "
        "inches of snow over the weekend of Jan. 24 and 25, she opened warming centers.",
        published=dt.date(2026, 11, 10),
    )
    assert [(e.date.start, e.date.end, e.headline) for e in dated(extract_events(article))] == [
        (dt.date(2026, 11, 6), dt.date(2026, 11, 7), "Technicians replaced the valve"),
        (dt.date(2026, 1, 24), dt.date(2026, 1, 25),  # not the paper's weekend
         "A blizzard dropped 22 inches of snow over the weekend, she opened warming centers"),
    ]  # fmt: skip (her action stays: a main clause with a person is no "it ran")


def test_a_title_case_title_names_no_one() -> None:
    article = make_article(
        "100 Days In, Mayor Rosalind Achterberg Has Moved Fast. The Hard Part Starts Now.\n\n"
        "BRENTWATER — When Rosalind Achterberg took the oath of office on Jan. 1, she "
        "promised a fast start. Her first weeks were busy. On Jan. 2, she signed an "
        "executive order freezing rent increases.",
        title="100 Days In, Mayor Rosalind Achterberg Has Moved Fast. The Hard Part Starts Now.",
        published=dt.date(2026, 4, 11),
    )
    headlines = [e.headline for e in dated(extract_events(article))]
    assert "Rosalind Achterberg signed an executive order freezing rent increases" in headlines


def test_a_since_clause_with_its_own_subject_is_its_dates_event() -> None:
    assert _headlines(
        "It was the first split vote since Ms. Varga took office in January 2017."
    ) == [("2017-01", "Ms. Varga took office")]
    # not when the clause before lacks its verb, nor for a noun after "since"
    assert _headlines(
        "Four more were confirmed dead Wednesday, and a boy who had been missing since the "
        "breach was found Wednesday night."
    )[-1] == ("2017-11-15TNI", "A boy who had been missing since the breach was found")


def test_a_list_of_dates_as_a_subject_stays() -> None:
    assert _headlines(
        "August, September and October each set monthly records for warmth."
    )[0] == ("2017-08", "August, September and October each set monthly records for warmth")


def test_a_date_opening_its_clause_before_a_past_verb_is_its_subject() -> None:
    assert _headlines("July averaged 31 degrees, more than three degrees above normal.") == [
        ("2017-07", "July averaged 31 degrees, more than three degrees above normal")
    ]  # (was "Averaged 31 degrees")


def test_a_trailing_sayings_date_adds_no_event_to_what_is_to_come() -> None:
    assert _headlines(
        "Baptiste is expected to have surgery on his knee next month, the team said in a "
        "statement Monday morning."
    ) == []  # (next month's plan makes no event, and its saying none either)
    assert _headlines(
        "Baptiste is expected to have surgery on his knee on Dec. 4, the team said in a "
        "statement Monday morning."
    ) == [("2017-12-04", "Baptiste is expected to have surgery on his knee")]
    # what was said reads otherwise: both stay
    assert _headlines("The plant closed last week, the company said Tuesday.") == [
        ("2017-W45", "The plant closed"),
        ("2017-11-14", "The plant closed, the company said"),
    ]


def test_a_which_clause_ends_after_its_dates_year() -> None:
    assert _headlines(
        "The companies said the deal closed in March, which for Corvane began on Aug. 1, "
        "2016."
    )[0] == ("2017-03", "The deal closed")  # not "closed 2016" (nor the speaker)


def test_a_speaker_after_and_is_named_once() -> None:
    assert _headlines(
        "The plant closed last week, and the company said Tuesday it would appeal."
    )[-1] == ("2017-11-14", "The company said it would appeal")


def test_the_writer_of_the_byline_is_none_of_the_articles_people() -> None:
    text = (
        "Ilse Marburg-Kane, Who Traced Soot to the Arctic Sky, Dies at 84\n\n"
        "By Thomas Greer\nTuesday, June 2, 2026\n\n"
        "Ilse Marburg-Kane, an atmospheric chemist, died on Saturday at her home in "
        "Boulder, Colo. She was 84.\n\n"
        "For nearly four decades she flew in research aircraft to collect her samples. "
        "She retired from NCAR in 2012."
    )
    article = make_article(text, published=dt.date(2026, 6, 2)).model_copy(
        update={"author": "Thomas Greer"}
    )
    headlines = {e.date.value: e.headline for e in dated(extract_events(article))}
    assert headlines["2012"] == "Ilse Marburg-Kane retired from NCAR"  # not "Thomas Greer"


def test_a_main_clause_acting_at_its_date_is_the_event_not_the_when_clause() -> None:
    assert _headlines(
        "The magnitude 7.6 quake hit at 3:41 a.m. Wednesday, when most people were asleep."
    ) == [("2017-11-15T03:41", "The magnitude 7.6 quake hit")]
    assert _headlines("The storm made landfall on Tuesday, when most residents had fled.") == [
        ("2017-11-14", "The storm made landfall")
    ]
    # a date that only sets the time keeps its when-clause
    assert _headlines("Sales have fallen since 2016, when the plant closed.")[-1] == (
        "2016", "The plant closed"
    )


def test_a_relative_clause_ends_at_its_date_when_the_main_verb_follows() -> None:
    assert _headlines(
        "The death toll from the powerful earthquake that struck southern Chile this week "
        "rose to 212 on Friday, officials said."
    ) == [
        ("2017-W46", "The powerful earthquake struck southern Chile"),
        ("2017-11-17", "The death toll from the powerful earthquake that struck southern Chile "
                       "rose to 212"),
    ]  # fmt: skip (was "The powerful earthquake struck southern Chile rose to 212", twice)
    assert _headlines("The company that bought the plant in 2016 closed it on Monday.") == [
        ("2016", "The company bought the plant"),
        ("2017-11-13", "The company that bought the plant closed it"),
    ]
    # an object relative keeps its own verb: no cut
    assert ("196", "The world most scientists") not in _headlines(
        "She collected samples from a part of the world that most scientists in the 1960s "
        "assumed was among the cleanest on earth."
    )


def test_two_days_later_counts_from_the_day_told_before_an_undated_sentence() -> None:
    by_text = {e.date.text: e.date.value for e in dated(extract_events(make_article(HEAD + (
        "On Monday 2 March, Redgate withdrew three batches of houmous after a laboratory "
        "found salmonella in a tub the previous day. The tub had been bought by a customer "
        "who later fell ill.\n\nTwo days later, the company added reduced-fat houmous."
    ))))}  # fmt: skip
    # from Monday 2 March (not from "the previous day", nor left undated)
    assert by_text["Two days later"] == "2017-03-04"


def test_a_count_later_crosses_one_sentence_of_a_state_or_minutes_of_happening() -> None:
    # review set 30: "About three hours later" two sentences after the balloon's take-off
    # made no event
    assert _headlines(
        "The first balloon took off at 6.10am on Tuesday. Most carried tourists from Asia. "
        "About three hours later, a second balloon hit a power line."
    ) == [("2017-11-14T06:10", "The first balloon took off"),
          ("2017-11-14", "A second balloon hit a power line")]  # fmt: skip
    assert _headlines(
        "A tremor struck on Monday. Among the dead was a nurse. Two days later, a second "
        "tremor hit the town."
    )[-1] == ("2017-11-15", "A second tremor hit the town")
    # days counted after an undated happening count from a day we do not know
    assert _headlines(
        "A tremor struck on Monday. Residents ran into the streets. Two days later, a second "
        "tremor hit the town."
    ) == [("2017-11-13", "A tremor struck")]


def test_a_count_later_set_beside_a_date_restates_it() -> None:
    # review set 31: "did not put them back into service until March 26, 20 days later"
    # also made an event 20 days after March 26
    assert [value for value, _ in _headlines(
        "One of the buses lost power on March 6. The city did not put them back into "
        "service until March 26, 20 days later."
    )] == ["2017-03-06", "2017-03-26"]  # fmt: skip


def test_a_count_from_a_happening_named_counts_from_its_day() -> None:
    # review set 31: "nine days after the fire", "A week before the storm" made no event
    text = ("Forty-four guests escaped when a fire destroyed the Zirmkar Hut in the early hours "
            "of Tuesday, 14 November. A man was arrested two days after the fire. A week before "
            "the storm, the club had inspected the alarms.")
    assert [(value, headline) for value, headline in _headlines(text)][1:] == [
        ("2017-11-16", "A man was arrested")]  # (no storm was dated)
    # not when the sentence has its own day first
    assert [value for value, _ in _headlines(
        "A fire destroyed the hut on Nov. 14. On Nov. 15, one day after the fire, police "
        "arrested a man.")] == ["2017-11-14", "2017-11-15"]  # fmt: skip
    # not from a day that is no happening of the noun's ("found him guilty of setting the
    # fire" on Thursday)
    assert [value for value, _ in _headlines(
        "A jury on Thursday found a man guilty of setting the fire. He was arrested nine "
        "days after the fire.")] == ["2017-11-16"]  # fmt: skip


def test_a_count_from_a_happening_finds_its_noun_in_another_form() -> None:
    # review set 34: "Three days after the exam" after "The examination was held on Sunday,
    # August 29, 2027" made no event
    text = ("The examination was held on Sunday, August 29, 2027 at 1,150 centres. Three days "
            "after the exam, the board cancelled it. The council voted on Monday, Sept. 6, to "
            "reopen the centres. Two days after the vote, the board chairman resigned.")
    events = dated(extract_events(make_article(text, published=dt.date(2027, 9, 20))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2027-08-29", "The examination was held at 1,150 centres"),
        ("2027-09-01", "The board cancelled it"),
        ("2027-09-06", "The council voted to reopen the centres"),
        ("2027-09-08", "The board chairman resigned")]


def test_a_count_from_it_ending_counts_from_the_day_before_and_a_periods_record_is_no_date(
) -> None:
    # review set 35: "Two days after it ended, temperatures fell ..., the lowest reading in
    # Mongolia this winter" was dated by the winter, its count unread
    text = ("A blizzard swept across the west from February 25 to 27. Two days after it ended, "
            "temperatures fell to minus 49 degrees in Uvs province, the lowest reading in "
            "Mongolia this winter. A storm hit the coast on Monday, March 6. A day before it "
            "struck, schools closed. Its reservoirs fell to their lowest level on record this "
            "week.")
    events = dated(extract_events(make_article(text, published=dt.date(2034, 3, 16))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2034-02-25", "A blizzard swept across the west"),
        ("2034-03-01", "Temperatures fell to minus 49 degrees in Uvs province, the lowest "
                       "reading in Mongolia this winter"),
        ("2034-03-06", "A storm hit the coast"),
        ("2034-03-05", "Schools closed"),
        ("2034-W11", "Its reservoirs fell to their lowest level on record")]  # (when they fell)


def test_the_deadline_of_a_request_is_no_event() -> None:
    # review set 35: "set up a 500-metre exclusion zone ... and asked the companies for a
    # preliminary report by 23 May" was an event of 23 May, eight days after the paper
    text = ("The Maritime Office has set up an exclusion zone around the turbine and asked the "
            "companies for a preliminary report by 23 May. The parent asked it to respond by "
            "May 30. The blade fell on Tuesday, and the office asked for the report on "
            "Wednesday.")
    events = dated(extract_events(make_article(text, published=dt.date(2031, 5, 15))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2031-05-13", "The blade fell"),
        ("2031-05-14", "The Maritime Office asked for the report")]  # (the office named)


def test_a_things_year_in_an_aside_and_a_gerund_after_began() -> None:
    # review set 36: "its Vestmar Aurora (built 2014) lost 96 containers" was an event of
    # 2014 headed "(built )"; "began coming ashore on Monday" was the Monday ahead
    text = ("Its 4,500-teu Vestmar Aurora (built 2014) lost 96 containers overboard on Sunday. "
            "Containers began coming ashore on Monday.")
    events = dated(extract_events(make_article(text, published=dt.date(2029, 1, 25))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2029-01-21", "Its 4,500-teu Vestmar Aurora lost 96 containers overboard"),
        ("2029-01-22", "Containers began coming ashore")]


def test_a_dividends_payment_day_dates_no_event_and_overnight_follows_an_afternoon() -> None:
    # review set 36: "The board declared an interim dividend ..., to be paid on 22 February"
    # put the declaring on 22 February 2035, nine months before the paper; "Police sealed
    # off the site overnight", after "on Monday afternoon", was the night into Monday
    text = ("The board declared an interim dividend of 14.5p a share, to be paid on 22 "
            "February to shareholders on the register on 18 January. Workers found the bomb "
            "on Monday afternoon. Police sealed off the site overnight.")
    events = dated(extract_events(make_article(text, published=dt.date(2033, 9, 13))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2033-09-12TAF", "Workers found the bomb"),
        ("2033-09-12TNI", "Police sealed off the site")]


def test_the_only_date_of_an_after_clause_with_its_own_verb_dates_that_clause() -> None:
    # review set 36: "has reported a 24% jump in half-year profits after two cuts in
    # interest rates this autumn brought first-time buyers back" put the half year's report
    # in the autumn
    text = ("Caldermoor Homes has reported a 24% jump in half-year profits after two cuts in "
            "interest rates this autumn brought first-time buyers back to its sites. Police "
            "arrested him after the fire on Monday destroyed the hut. Shares fell after the "
            "vote on Tuesday.")
    events = dated(extract_events(make_article(text, published=dt.date(2035, 12, 4))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2035-FA", "Two cuts in interest rates brought first-time buyers back to its sites"),
        ("2035-12-03", "The fire destroyed the hut"),
        ("2035-12-04", "Shares fell after the vote")]  # (no verb of its own: the main news)


def test_an_opening_phrase_keeps_its_comma_when_a_date_set_off_after_it_goes() -> None:
    # review set 36: "In the heaviest, on March 12, 1945, more than 1,000 British bombers
    # attacked the city" gave "In the heaviest more than 1,000 British bombers ..."
    text = "In the heaviest, on March 12, 1945, more than 1,000 British bombers attacked the city."
    assert make_headline(text, [(20, 34)]) == (
        "In the heaviest, more than 1,000 British bombers attacked the city")
    # (a subject keeps no comma: "The company, on Monday, said")
    assert make_headline("The company, on Monday, said it would cut jobs.", [(16, 22)]) == (
        "The company said it would cut jobs")


def test_a_superlatives_since_the_named_event_of_a_date_is_a_yardstick() -> None:
    # review set 36: "will drop out of the sekiwake rank for the first time since the July
    # tournament of 2030" was an event of 2030
    assert _headlines(
        "Wakatsurugi will drop out of the sekiwake rank for the first time since the July "
        "tournament of 2030. It was Italy's worst accident since the disaster in 2021."
    ) == []


def test_a_passive_that_clause_on_an_object_dates_its_own_happening() -> None:
    # review set 36: "The committee modelled its plan on a pub in Co Leitrim that was bought
    # by its village in 2031 and now employs six people" put the modelling in 2031
    assert _headlines(
        "The committee modelled its plan on a pub in Co Leitrim that was bought by its village "
        "in 2031 and now employs six people. The company bought a mill that was built in 1890."
    ) == [("2031", "A pub in Co Leitrim was bought by its village"),
          ("1890", "A mill was built")]


def test_a_relative_clauses_noun_after_a_dateline_leaves_the_dateline() -> None:
    # review set 27: "GANSBAAI – The bulk carrier that ran aground off Dyer Island on
    # Friday broke in two" gave "GANSBAAI – The bulk carrier ran aground ..."
    assert _headlines(
        "GANSBAAI – The bulk carrier that ran aground off Dyer Island on Tuesday broke in two "
        "on Thursday."
    )[0] == ("2017-11-14", "The bulk carrier ran aground off Dyer Island")


def test_a_contact_clauses_date_dates_that_clause_with_its_noun() -> None:
    # set 36's note: "is repairing apartment blocks it built between 1995 and 2012" put the
    # repairs in 1995-2012; so did "a supplement he bought in Girona in the spring of 2025"
    # (review set 24) and "pictures of the same galaxy she had taken three nights earlier"
    # (review set 35) date the main clause
    assert _headlines(
        "The company is repairing apartment blocks it built between 1995 and 2012. The houses "
        "they sold to the council in 2009 are empty. It had not been there in pictures of the "
        "same galaxy she had taken three nights earlier. Officers recovered the money he had "
        "stolen in March."
    ) == [("1995", "It built apartment blocks"), ("2009", "They sold the houses to the council"),
          ("2017-11-14", "She had taken pictures of the same galaxy"),
          ("2017-03", "He had stolen the money")]
    # a state's clause, a date that is no clause's ("at the same time it reported
    # third-quarter net income rose"), what was said, a noun's modifier: as before
    assert _headlines(
        "He was contacted by a man he knew only as Kash on Thursday. The company said it "
        "built the plant in 2009. Ah next up is that thirteen dollar a barrel level we saw in "
        "the winter of 1994."
    ) == [("2017-11-16", "He was contacted by a man he knew only as Kash"),
          ("2009", "The company said it built the plant"),
          ("1994-WI", "Ah next up is that thirteen dollar a barrel level we saw")]


def test_a_relative_clause_with_its_own_subject_dates_that_subject_s_doing() -> None:
    # review set 92's c: "Police on Tuesday recovered the silver goblet that Emperor
    # Alexander I gave to Porvoo in 1809" also gave "Tuesday recovered the silver goblet
    # Emperor Alexander I gave to Porvoo" in 1809: the gift is the year's happening
    assert _headlines(
        "Police on Tuesday recovered the silver goblet that Emperor Alexander I gave to "
        "Porvoo in 1809. Voters on Sunday rejected the law that Congress passed in 2010. "
        "Firefighters on Wednesday saved the church that the villagers restored in 1998."
    ) == [("2017-11-14", "Police recovered the silver goblet"),
          ("1809", "Emperor Alexander I gave the silver goblet to Porvoo"),
          ("2017-11-12", "Voters rejected the law"), ("2010", "Congress passed the law"),
          ("2017-11-15", "Firefighters saved the church"),
          ("1998", "The villagers restored the church")]
    # what was said or told (a complement, not a relative clause): no such clause
    said = _headlines(
        "Officials said on Monday that the company reported a loss in March. He told the "
        "court that Mr Hale resigned in March."
    )
    assert said[1:] == [("2017-03", "The company reported a loss, officials said"),
                        ("2017-03", "Mr Hale resigned")]
    # a noun's "that" of what it holds (the code review: "The company cheated the claim")
    assert _headlines(
        "Investors rejected the claim that the company cheated in 2016. Voters welcomed the "
        "news that the mayor resigned in March."
    ) == [("2016", "Investors rejected the claim that the company cheated"),
          ("2017-03", "Voters welcomed the news that the mayor resigned")]


def test_a_that_clauses_en_participle_and_a_progressives_object_take_their_dates() -> None:
    # "Police found the car that was stolen on Monday" dated the finding; "are studying
    # the turbine, which was installed in 2019" gave "Investigators are studying the
    # turbine was installed"
    assert _headlines(
        "Police found the car that was stolen on Monday in a field near Leeds. Investigators "
        "are studying the turbine, which was installed in 2009, for cracks."
    ) == [("2017-11-13", "The car was stolen"), ("2009", "The turbine was installed")]


def test_who_after_a_person_of_a_place_or_a_role_is_the_person() -> None:
    # review set 37: "The 29-year-old from Falun, who first won in 2032" gave "Falun first
    # won", "said Marcus Bell, Chief Financial Officer, who joined the company in August"
    # "Chief Financial Officer joined"; review set 17: "said Lalu Ahmad, 52, a farmer from
    # Sembalun, who fled ... on Monday" "Sembalun fled"
    assert _headlines(
        "The 29-year-old from Falun, who first won in 2012, was part of a lead group. "
        '"It will add revenue," said Marcus Bell, Chief Financial Officer, who joined the '
        'company in August. "It was raining sand," said Lalu Ahmad, 52, a farmer from '
        "Sembalun, who fled with his family on Monday. Police arrested a man from Leeds, who "
        "was released on Tuesday."
    ) == [("2012", "The 29-year-old first won"), ("2017-08", "Marcus Bell joined the company"),
          ("2017-11-13", "Lalu Ahmad fled with his family"),
          ("2017-11-14", "A man was released")]


def test_a_results_release_makes_no_events_of_its_title_heads_or_legal_notice() -> None:
    # review set 37: the title and the "Highlights" head each made two fiscal events, the
    # safe-harbour notice one, and "On February 1, 2033, after the end of the quarter"
    # dated the acquisition by the quarter
    text = ("Ridgeway Cycles Reports First Quarter Fiscal 2033 Results\n\n"
            "PORTLAND, Ore., March 08, 2033 (GLOBE NEWSWIRE) -- Ridgeway Cycles, Inc. today "
            "reported financial results for the first quarter of fiscal 2033.\n\n"
            "First Quarter Fiscal 2033 Highlights (compared with the first quarter of fiscal "
            "2032)\n\n- Net revenue of $212.4 million, down 6%\n\n"
            "On February 1, 2033, after the end of the quarter, Ridgeway completed its "
            "acquisition of Velo Hub GmbH.\n\nThis release contains forward-looking "
            "statements, including the outlook for fiscal 2033.\n")
    events = dated(extract_events(make_article(text, published=dt.date(2033, 3, 8))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2033-03-08", "Ridgeway Cycles, Inc. reported financial results for the first "
                       "quarter of fiscal 2033"),
        ("2033-02-01", "After the end of the quarter, Ridgeway completed its acquisition of "
                       "Velo Hub GmbH")]


def test_until_after_goes_with_its_date_and_a_season_of_two_years_goes_whole() -> None:
    # review set 31: "fought the blaze until after 4 a.m." left "until" dangling, and "The
    # 2032/33 season opens" lost only "2032"
    assert _headlines("Firefighters fought the blaze until after 4 a.m. on Tuesday.") == [
        ("2017-11-14T04:00", "Firefighters fought the blaze")]
    assert _headlines("The 2018/19 season opens in Lillehammer on 20 November.") == [
        ("2017-11-20", "The 2018/19 season opens in Lillehammer")]  # (now one date, the
    # sentence's subject: it stays whole)
    # what did not happen until then keeps its date ("did not lift it until after 3 p.m.")
    assert _headlines("The county did not lift it until shortly after 3 p.m. Tuesday.") == [
        ("2017-11-14T15:00", "The county did not lift it until shortly after 3 p.m. Tuesday")]


def test_what_a_happening_raises_the_prospect_of_is_no_event_even_in_the_lead() -> None:
    # review set 31: the lead's "raising the prospect of cancelled flights during the school
    # mid-term break later this month" dated the pilots' vote by that month
    text = ("Irish pilots vote to strike\n\nPilots at Aer Corran have voted for strike action, "
            "their union said Friday, raising the prospect of cancelled flights later this "
            "month.")
    assert [e.date.value for e in dated(extract_events(make_article(text)))] == ["2017-11-17"]


def test_how_far_back_a_collection_goes_is_no_event_and_no_year_told() -> None:
    # review set 31: "bound volumes of local newspapers going back to 1871" made an event,
    # and "in January of that year" then took 1871
    assert _headlines(
        "The library burned down last year. The fire destroyed 31,000 books, along with "
        "newspapers going back to 1871. Dorsey had been banned from the library in January "
        "of that year.") == [("2016", "The library burned down"),
                             ("2016-01", "Dorsey had been banned from the library")]  # fmt: skip


def test_a_date_in_a_since_clause_is_no_day_to_count_from() -> None:
    # review set 31: "had led the standings since the season opened in Ruka on 22 November,
    # and came to Planica ... after winning in Vikersund a week earlier" counted the week
    # from 22 November
    found = _headlines(
        "The second round started at 14:55. The Norwegian had led the standings since the "
        "season opened in Ruka on 22 November, and came to Planica 131 points clear after "
        "winning both competitions in Vikersund a week earlier.")
    assert [value for value, _ in found] == ["2017-11-17T14:55", "2016-11-22", "2017-11-10"]


def test_it_is_no_state_of_affairs_told_before() -> None:
    # review set 31: "The timing is awkward for Skerry. A week before the storm, it announced
    # plans" gave "The timing announced plans"
    found = _headlines("The timing is awkward for Skerry. On Monday, it announced plans.")
    assert found == [("2017-11-13", "It announced plans")]


def test_an_active_verb_after_and_takes_the_subject_without_its_auxiliary() -> None:
    assert _headlines(
        "She was elected to the National Academy of Sciences in 1995 and received the Roger "
        "Revelle Medal in 2003."
    ) == [
        ("1995", "She was elected to the National Academy of Sciences"),
        ("2003", "She received the Roger Revelle Medal"),  # (was "She was received")
    ]
    assert _headlines("He was arrested in May and charged in June.")[-1] == (
        "2017-06", "He was charged"
    )
    assert _headlines("She was nominated in 2001 and awarded the Nobel Prize in 2004.")[-1] == (
        "2004", "She was awarded the Nobel Prize"
    )


def test_what_a_date_is_set_beside_it_goes_with_it() -> None:
    assert _headlines(
        "The family plans to hold a memorial walk in Warren on Feb. 18, the fifth "
        "anniversary of her disappearance."
    ) == [("2018-02-18", "The family plans to hold a memorial walk in Warren")]
    assert _headlines("Protesters gathered on Nov. 5, the eve of the vote, in the capital.") == [
        ("2017-11-05", "Protesters gathered in the capital")
    ]


def test_a_date_in_a_titles_relative_clause_makes_no_event() -> None:
    text = (
        "Jury convicts Warren man of murdering wife who vanished in 2022\n\n"
        "A Trumbull County jury on Thursday found Derek Ashby guilty of murdering his wife."
    )
    events = dated(extract_events(make_article(text, published=dt.date(2026, 11, 12))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2026-11-12", "A Trumbull County jury found Derek Ashby guilty of murdering his wife")
    ]


def test_an_opening_when_clause_is_its_dates_event() -> None:
    assert _headlines("When the company went public in 2016, its shares doubled.") == [
        ("2016", "Its shares doubled when the company went public")
    ]  # (was "The company went public, its shares doubled")
    assert _headlines(
        "When Okoye finally signed for Harbridge at 6.52pm on deadline day last September, "
        "eight minutes before the window shut, plenty of people thought they had paid too much."
    ) == [("2017-09", "Okoye finally signed for Harbridge on deadline day")]
    # (the clock time's day is not the paper's: the month after it dates the event)
    # review set 94 d: "this morning" is the paper's day whatever date follows it (the
    # results were no event)
    assert _headlines(
        "The co-operative said this morning that net profit for the year to May 31 rose 23 per "
        "cent to $86.4 million."
    ) == [("2017-11-17TMO", "The co-operative said that net profit for the year rose 23 per "
                            "cent to $86.4 million")]


def test_a_forecasts_date_makes_no_event() -> None:
    text = HEAD + (
        "The Bank of England cut interest rates on Thursday.\n\n"
        "It expects the economy to grow by 0.9% this year. The weather service said rain was "
        "expected to reach the region by Sunday. Inflation fell more quickly than it had "
        "forecast over the summer. Sanjay Mehra said he expected another cut in February. "
        "The council will hold a public hearing on Nov. 30."
    )
    assert [(e.date.value, e.headline) for e in dated(extract_events(make_article(text)))] == [
        ("2017-11-16", "The Bank of England cut interest rates"),
        ("2017-11-30", "The council will hold a public hearing"),  # what is set stays
    ]
    # a lead's forecast is the article's news; a saying's own date stays
    lead = HEAD + "Hadson Corp. said it expects to report a third-quarter net loss of $17 million."
    assert [e.date.value for e in dated(extract_events(make_article(lead)))] == ["2017-Q3"]
    said = HEAD + (
        "Talks resumed on Monday.\n\nSytenko is also expected to visit Baghdad, Gremitskikh "
        "said at a regular news briefing today."
    )
    assert "2017-11-17" in [e.date.value for e in dated(extract_events(make_article(said)))]


def test_a_deadline_ahead_set_by_a_days_doing_makes_no_event() -> None:
    text = HEAD + (
        "On Thursday, Sen. Rachel Ostrow sent the company a letter demanding answers by "
        "Nov. 30.\n\nIt was not until earlier this month that investigators found the leak."
    )
    assert [(e.date.value, e.headline) for e in dated(extract_events(make_article(text)))] == [
        ("2017-11-16", "Sen. Rachel Ostrow sent the company a letter demanding answers"),
        ("2017-11", "Investigators found the leak"),
    ]  # (a past "until" stays)
    # a deadline given stays; one still to come after "will ... by" goes, even as its
    # sentence's only date (changed on purpose: this test kept "The crossings will reopen
    # to freight by June 30" from the seventh review's key; the keys of sets 17-70 mark
    # such deadlines and plans S, eight of eight in sets 9-69)
    kept = HEAD + ("The commission has until Dec. 1 to begin it. The crossings will reopen "
                   "to freight by June 30.")  # fmt: skip
    assert [e.date.value for e in dated(extract_events(make_article(kept)))] == ["2017-12-01"]


def test_an_attribution_by_a_body_of_several_words_leaves_the_headline() -> None:
    # review set 41 and six earlier sets: ", the transport ministry said" stayed, where
    # ", the ministry said" went
    assert _headlines(
        "Free shuttle buses will run between Marsa and Hamrun from 6am tomorrow, the "
        "transport ministry said. The fire was put out on Tuesday, the state fire brigade "
        "said."
    ) == [("2017-11-18T06:00", "Free shuttle buses will run between Marsa and Hamrun"),
          ("2017-11-14", "The fire was put out")]  # fmt: skip
    # review sets 20, 21 and 39: ", a police spokeswoman said" stayed
    assert _headlines(
        "The chief executive will visit the site on Wednesday, a spokeswoman said."
    ) == [("2017-11-22", "The chief executive will visit the site")]  # fmt: skip


def test_what_a_hearing_heard_is_the_event_not_the_hearing() -> None:
    # review sets 19, 21, 24, 40 and 45: "The court heard that air traffic controllers were
    # alerted to the drone", "The trial heard that Simmons had spent the previous evening"
    assert _headlines(
        "The court heard that engineers opened the sluice gates on Tuesday. The inquiry was "
        "told the pilot had switched off the autopilot on 4 May. The jury heard evidence on "
        "Monday."
    ) == [("2017-11-14", "Engineers opened the sluice gates"),
          ("2017-05-04", "The pilot had switched off the autopilot"),
          ("2017-11-13", "The jury heard evidence")]  # fmt: skip


def test_a_weekday_apposed_to_its_day_goes_with_it() -> None:
    # review sets 16 and 19: "The meeting was called for 4 p.m. on June 12, a Friday, in the
    # packing room" gave "The meeting was called, a Friday, in the packing room", and once
    # the resolver read the weekday, a second event for it
    assert _headlines(
        "The meeting was held at 4 p.m. on Nov. 10, a Friday, in the packing room."
    ) == [("2017-11-10T16:00", "The meeting was held in the packing room")]  # fmt: skip


def test_another_zones_restatement_leaves_with_its_place() -> None:
    # review set 49 and set 25: "landed at Kolkata at 1.31am local time, 3.01am in Bangkok"
    # gave "landed at Kolkata in Bangkok"; "at 5am New Zealand time, 4am in Tarawa" gave
    # "After leaving RNZAF Base Ohakea in Tarawa"
    assert _headlines(
        "The crew landed at Kolkata at 1.31am local time, 3.01am in Bangkok. Officials held a "
        "final call at 9am Lagos time on Friday, 4am in Washington, he said."
    ) == [("2017-11-17T01:31", "The crew landed at Kolkata"),
          ("2017-11-17T09:00", "Officials held a final call")]  # fmt: skip
    # review set 94 e, set 49 d: after the first clock's own place ("The hammer fell in
    # Italy, in Belo Horizonte")
    assert _headlines(
        "The hammer fell at 4:20 p.m. in Italy, 12:20 p.m. in Belo Horizonte."
    ) == [("2017-11-17T16:20", "The hammer fell in Italy")]


def test_one_moment_told_in_several_places_times_is_one_event() -> None:
    # review set 49: "at 1 p.m. Brasília time, which was noon in Manaus and Cuiabá, 11 a.m. in
    # Rio Branco and 2 p.m. on Fernando de Noronha" made a second event at 11 a.m.
    assert _headlines(
        "Gates opened at noon and closed at 1 p.m. Brasília time, which was noon in Manaus and "
        "Cuiabá, 11 a.m. in Rio Branco and 2 p.m. on Fernando de Noronha."
    ) == [("2017-11-17T12:00", "Gates opened"),
          ("2017-11-17T13:00", "Gates closed")]  # fmt: skip (the other places go too)


def test_a_stamp_line_with_a_pages_counters_makes_no_event() -> None:
    # review set 49: "1421/02/16 - 09:40 | News ID: 51284 | Reading time: 3 min" (a Solar
    # Hijri stamp the resolver leaves) made an event of its clock time
    article = make_article("Tile maker lifts profit\n\n1421/02/16 - 09:40    |    News ID: "
                           "51284    |    Reading time: 3 min\n\nThe company posted its results "
                           "on Sunday.", published=dt.date(2042, 5, 6))  # fmt: skip
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2042-05-04", "The company posted its results")]


def test_a_gapped_subject_borrows_a_verb_with_its_auxiliaries_past_an_apposition() -> None:
    # review set 49: "The official answer keys will be published on November 16, the day
    # after the Proclamation of the Republic holiday, and individual results on January
    # 15" gave "The official answer keys will individual results"
    assert _headlines(
        "The official answer keys will be published on November 20, the day after the "
        "Proclamation of the Republic holiday, and individual results on January 15."
    )[1:] == [("2018-01-15", "Individual results will be published")]


def test_no_subject_is_shared_into_a_with_phrase_nor_cut_at_its_adjective() -> None:
    # review set 70 b: "An estimated 11,000 spectators were at the Oval today, with the
    # stand full by lunch and queues outside the gates from 8 a.m." gave "An queues
    # outside the gates" ("estimated" taken for the verb, the with-phrase's nouns for a
    # conjunct); review set 50 f's second conjunct after a with-phrase has its own subject
    headlines = _headlines(
        "An estimated 11,000 spectators were at the Oval today, with the stand full by lunch "
        "and queues outside the gates on Kensington New Road from 8 a.m. The celebration "
        "began on Friday, with the first of three dance performances, and on Saturday some "
        "41,000 singers marched for six hours in the procession.")
    assert ("2017-11-17T08:00", "Queues outside the gates on Kensington New Road") in headlines
    assert ("2017-11-11", "Some 41,000 singers marched for six hours in the procession") in (
        headlines)


def test_a_share_of_a_thing_is_a_conjunct_s_own_subject() -> None:
    # review set 70: "and last month part of the Congo Cross market burned down" was
    # headed "A fire at Big Market part of the Congo Cross market burned down"
    assert _headlines(
        "In February, a fire at Big Market destroyed 40 stalls, and last month part of the "
        "Congo Cross market burned down. The river rose on Monday and on Tuesday most of the "
        "old town was flooded."
    ) == [("2017-02", "A fire at Big Market destroyed 40 stalls"),
          ("2017-10", "Part of the Congo Cross market burned down"),
          ("2017-11-13", "The river rose"),
          ("2017-11-14", "Most of the old town was flooded")]  # fmt: skip


def test_an_article_before_a_cut_date_fits_the_word_after_it() -> None:
    # review set 70: "An overnight search involving more than 60 people" was headed "An
    # search involving ..."; "A 2019 inquiry" keeps its "an" rule the other way
    assert _headlines(
        "An overnight search involving more than 60 people ended at dawn. A 2019 inquiry "
        "was held."
    ) == [("2017-11-16TNI", "A search involving more than 60 people ended at dawn"),
          ("2019", "An inquiry was held")]  # fmt: skip


def test_an_apposed_day_before_goes_out_of_the_headline_with_what_it_counts_from() -> None:
    # review sets 34 and 55: "On Saturday, the day before the festival began, about 200
    # activists protested" was headed "Before the festival began, about 200 ..."; the
    # resolver tags the apposed "the day" (fresh sets BB, BG), its "before ..." goes with it
    assert _headlines(
        "On Saturday, the day before the festival began, about 200 activists protested in "
        "the plaza. The company turned the offer down on Monday, the day after it was made."
    ) == [("2017-11-11", "About 200 activists protested in the plaza"),
          ("2017-11-13", "The company turned the offer down")]  # fmt: skip


def test_a_state_held_since_a_day_beside_a_happening_makes_no_event() -> None:
    # review set 70 d: "A 71-year-old walker who had been missing on the hills since
    # Tuesday evening was found alive yesterday morning" made a second event, "A
    # 71-year-old walker had been missing on the hills"; a "when" clause after the day
    # is news of its own (set 33 a)
    assert _headlines(
        "A 71-year-old walker who had been missing on the hills since Tuesday evening was "
        "found alive yesterday morning. The firm said its boring machine had been stopped "
        "since last Thursday, when water began seeping into the tunnel."
    ) == [("2017-11-16TMO", "A 71-year-old walker who had been missing on the hills was "
                            "found alive"),
          ("2017-11-16", "Water began seeping into the tunnel")]  # fmt: skip


def test_a_state_since_an_opening_date_makes_no_event() -> None:
    # review set 49: "Since 2052 the law has required boats ... to carry an emergency beacon"
    # made an event of 2052 (the date at the end made none); so did a quote's "Since
    # Saturday I have not seen him" (set 24); a "when" clause after it is news of its own
    assert _headlines(
        "Since 2052 the law has required boats to carry an emergency beacon. Since Saturday "
        "I have not seen him. Since 2052, when the storm hit, the town has rebuilt."
    ) == [("2052", "The storm hit")]  # fmt: skip


def test_what_has_gone_on_since_a_date_in_the_present_perfect_makes_no_event() -> None:
    # review set 91 f: "Since 2066 she has trained every driver the ascensor has had" made
    # an event of 2066; set 89 a's "The price of farm diesel has risen by almost a third
    # since last summer" and set 32 f's "harvesting machines have replaced about a third of
    # hand pickers since 2019" one each (the keys: S, a state or a tally since)
    assert _headlines(
        "Since 2016 she has trained every driver the line has had. Diesel has risen by a "
        "third since last summer. Machines have replaced a third of the pickers since 2015. "
        "The line has carried passengers since 2010, when the council rebuilt it. The ferry "
        "sank in 2012."
    ) == [("2010", "The council rebuilt it"), ("2012", "The ferry sank")]  # fmt: skip


def test_an_update_note_over_the_story_makes_no_event() -> None:
    # review set 49: "(Updated at 9:14 a.m. on Monday with Inep's final absence figure.)"
    # made an event of the update
    assert _headlines(
        "(Updated at 9:14 a.m. on Saturday with the final figure.)\n\nNearly 3.2 million "
        "candidates sat the exam on Friday."
    ) == [("2017-11-17", "Nearly 3.2 million candidates sat the exam")]  # fmt: skip


def test_a_gapped_list_of_counts_gives_each_day_its_own_count() -> None:
    # review set 41: "Nine people died on Thursday, 10 on Friday and two on Saturday" made
    # "Nine people died, 10 and two", "Nine people died, 10" and "Two"
    assert _headlines(
        "Nine people died on Thursday, 10 on Friday and two on Saturday, police told "
        "reporters. Eleven more were confirmed last week and seven on Monday."
    ) == [("2017-11-16", "Nine people died"), ("2017-11-17", "10 people died"),
          ("2017-11-11", "Two people died"), ("2017-W45", "Eleven more were confirmed"),
          ("2017-11-13", "Seven more were confirmed")]  # fmt: skip


def test_a_headline_of_one_word_the_sentence_writes_in_lower_case_is_no_event() -> None:
    # review sets 18, 20 and 41: "Began" (of "so fiscal 2036 began Dec. 30, 2035"), "Closes",
    # "Which"; a name alone stays
    found = _headlines(
        "The company's fiscal year ends on the last Saturday of December, so fiscal 2036 "
        "began Dec. 30, 2035. Kaveri Infotech, which reported on Thursday, kept its guidance."
    )
    assert [date for date, _ in found] == ["2017-11-16"]  # (only Kaveri's report: its
    # headline, the name alone, is still poor)


def test_a_reporting_period_s_bounds_make_no_event() -> None:
    # review set 41: "so fiscal 2036 began Dec. 30, 2035, and the second quarter ran from
    # March 30 through June 28. The prior-year quarter ended June 30, 2035." made "Began"
    # twice, "Fiscal 2036 ran" twice and "The prior-year"
    assert _headlines(
        "Its fiscal year ends on the last Saturday of December, so fiscal 2036 began Dec. "
        "30, 2035, and the second quarter ran from March 30 through June 28. The prior-year "
        "quarter ended June 30, 2035. The strike ended on Tuesday."
    ) == [("2017-11-14", "The strike ended")]


def test_a_since_clause_before_the_main_verb_and_a_feast_as_subject_keep_their_clause() -> None:
    # review set 41: "The village cooperative she had worked for since she was a girl was
    # broken up in 1992" made "Ganka Petrova was a girl was broken up"; "Easter fell on St
    # George's Day" made "Fell on St George's Day"
    assert _headlines(
        "The village cooperative she had worked for since she was a girl was broken up in "
        "1992. This year Easter fell on St George's Day."
    ) == [("1992", "The village cooperative she had worked for since she was a girl was "
                   "broken up"),
          ("2017-04-16", "Easter fell on St George's Day")]  # fmt: skip (one event:
    # "This year" holds Easter's day, and the headline is the same)


def test_a_pti_dateline_with_its_state_leaves_the_lead_s_headline() -> None:
    # review set 41's second judgement (a probe): "Ferozepur (Punjab), Oct 5 (PTI)" stayed
    # at the head of the lead's headline, and "Oct 5" made an event of its own
    assert _headlines(
        "Ferozepur (Punjab), Oct 5 (PTI) The death toll in the hooch tragedy rose to 21 on "
        "Thursday, police said."
    ) == [("2017-11-16", "The death toll in the hooch tragedy rose to 21")]


def test_a_call_closing_on_a_day_to_come_makes_no_event() -> None:
    # review sets 38 and 40: "The consultation closes on 6 November", "The tender closes
    # on 29 April" were events of those days
    text = HEAD + (
        "The council opened a tender for the new buses on Tuesday. The tender closes on "
        "Dec. 8.\n\nThe deadline for applications is Nov. 30. The consultation will close "
        "on Monday.\n\nThe Bergen plant closes on Dec. 22, with the loss of 300 jobs."
    )
    assert [(e.date.value, e.headline) for e in dated(extract_events(make_article(text)))] == [
        ("2017-11-14", "The council opened a tender for the new buses"),
        ("2017-12-22", "The Bergen plant closes, with the loss of 300 jobs"),
    ]  # (a plant's closing is a happening)
    # review set 42's second judgement: a deadline granted ("had given the government until
    # Oct. 20 to open talks") is no event, past or not
    assert _headlines(
        "The federation had given the government until Nov. 10 to open talks, and on "
        "Thursday it began the blockade."
    ) == [("2017-11-16", "The federation began the blockade")]
    # review set 42: a deadline "is now" a day, and what a decision waits for ("pending a
    # hearing on December 6"), are no events of those days
    assert _headlines(
        "After two extensions, its deadline is now Dec. 8. The judge granted the stay on "
        "Thursday, pending a judicial review hearing on December 6."
    ) == [("2017-11-16", "The judge granted the stay, pending a judicial review hearing")]


def test_a_list_of_dated_predicates_gives_each_date_its_own() -> None:
    assert _headlines(
        "But they beat Chelsea 2-1 on 25 April, drew at Tottenham the following week and went "
        "into the last day knowing a win would be enough."
    ) == [
        ("2017-04-25", "They beat Chelsea 2-1"),
        ("2017-W18", "They drew at Tottenham and went into the last day knowing a win would be "
                     "enough"),  # ("the last day", the season's, is no date)
    ]  # fmt: skip
    assert _headlines(
        "The storm killed 12 people on Monday, destroyed 300 homes on Tuesday and moved north."
    ) == [("2017-11-13", "The storm killed 12 people"),
          ("2017-11-14", "The storm destroyed 300 homes and moved north")]  # fmt: skip
    # not a participle after a date, nor a verb after an aside
    assert _headlines(
        "Aetna had a $23 million loss in the latest quarter, compared with earnings of $33 "
        "million last year."
    )[0][1] == "Aetna had a $23 million loss, compared with earnings of $33 million"


def test_a_gapped_verb_before_by_or_to_is_given_back() -> None:
    assert _headlines(
        "The economy expanded by 0.2% in the second quarter and by just 0.1% in August."
    )[-1] == ("2017-08", "The economy expanded by just 0.1%")  # (a period's end, "in the
    # three months to August", dates no event since review set 69)
    # and a passive's participle stays with its "be"
    assert _headlines("The club will enter the play-off round, with the draw to be made on "
                      "Dec. 3.") == [  # fmt: skip
        ("2017-12-03", "The club will enter the play-off round, with the draw to be made")
    ]


def test_a_dated_participle_set_off_after_the_subject_goes_with_its_commas() -> None:
    assert _headlines(
        "Harbridge's season ticket prices, announced last week, rise by 6 per cent."
    ) == [("2017-W45", "Harbridge's season ticket prices were announced")]
    assert _headlines(
        "Harbridge's season ticket prices for 2016-17, announced last week, rise by 6 per cent."
    )[-1] == ("2017-W45", "Harbridge's season ticket prices rise by 6 per cent")  # (", announced,")


def test_a_since_date_adds_no_event_that_another_date_of_the_sentence_makes() -> None:
    assert _headlines(
        "On Thursday, the recall was widened to every chilled dip made at the plant since 26 "
        "January, including tzatziki."
    ) == [("2017-11-16", "The recall was widened to every chilled dip made at the plant, "
           "including tzatziki")]  # fmt: skip (was also dated 26 January)


def test_a_time_phrase_with_before_is_no_clause_joint() -> None:
    assert _headlines(
        "Last month, days before her death, the center announced that a new fellowship would "
        "carry her name, with the first award to be made in 2018."
    )[0][1].startswith("Days before her death, the center announced")  # (was "Days")
    # a past forecast compared with is a yardstick, in a lead too
    assert _headlines(
        "The Bank of England has cut interest rates, after inflation fell more quickly than it "
        "had forecast over the summer."
    ) == []


def test_an_age_in_a_when_clause_leaves_the_date_to_the_main_clause() -> None:
    assert _headlines(
        "In January 1945, when she was 3, she and her mother fled west by train."
    ) == [("1945-01", "She and her mother fled west by train")]  # (was "She was 3")
    # and an opening gerund's date makes no event when the main clause has its own
    assert _headlines(
        "After beating their neighbours Stockfield 3-1 on 4 November, the club announced a "
        "contract extension for Lindqvist the following Monday."
    ) == [("2017-11-06", "After beating their neighbours Stockfield 3-1, the club announced "
           "a contract extension for Lindqvist")]  # fmt: skip


def test_a_figures_comma_splits_no_subject_and_no_antecedent() -> None:
    assert _headlines(
        "Irrigation allocations for the region's 58,000 hectares of orchards were cut by half "
        "in June and halted entirely on 10 August."
    )[-1] == ("2017-08-10", "Irrigation allocations were halted entirely")  # (was "...'s 58")
    assert _headlines(
        "More than 21,400 runners started the mass race, which set off in waves at 9.05am."
    ) == [("2017-11-17T09:05", "The mass race set off in waves")]  # (was "400 runners ...")


def test_a_hyphenated_then_is_no_connective() -> None:
    assert _headlines("Then-Gov. Ruth Halloran appointed her to the bench in March 1991.") == [
        ("1991-03", "Then-Gov. Ruth Halloran appointed her to the bench")  # (was "-Gov. ...")
    ]


def test_a_wire_dateline_with_a_two_word_country_is_the_copys_date() -> None:
    text = HEAD + (
        "KLERKSBURG, South Africa, Nov. 17 (Reuters) - A methane explosion that killed 14 "
        "workers at the Tshiamo coal mine last month was caused by a ventilation fan, "
        "inspectors said on Tuesday."
    )
    found = [(e.date.value, e.headline) for e in dated(extract_events(make_article(text)))]
    assert ("2017-10", "A methane explosion killed 14 workers at the Tshiamo coal mine") in found
    assert all(value != "2017-11-17" for value, _ in found)  # (the dateline's day: no event)


def test_an_agency_tag_before_the_datelines_place_is_the_copys_date_and_no_headline() -> None:
    text = HEAD + (
        "(ANSA) - FLORENCE, NOV 17 - High-speed rail traffic between Milan and Rome was halted "
        "for more than six hours on Tuesday after a fire destroyed signalling cables near "
        "Florence."
    )
    found = [(e.date.value, e.headline) for e in dated(extract_events(make_article(text)))]
    assert found == [("2017-11-14", "High-speed rail traffic between Milan and Rome was "
                      "halted for more than six hours after a fire destroyed signalling "
                      "cables near Florence")]  # fmt: skip


def test_one_happening_told_at_two_precisions_is_one_event_at_the_finer() -> None:
    # review set 65 d: "this year", "yesterday" and "about 4:00pm" made three events of
    # the wind change (class 4, a second date phrase of one sentence)
    found = _headlines(
        "The worst came on Thursday, Ash Wednesday itself this year, when a south-westerly "
        "wind change arrived at about 4:00pm and pushed the fire north-east towards Lobethal."
    )
    assert ("2017", "A south-westerly wind change arrived at about 4:00pm and pushed the "
            "fire north-east towards Lobethal") not in found  # fmt: skip
    assert ("2017-11-16T16:00", "A south-westerly wind change arrived and pushed the fire "
            "north-east towards Lobethal") in found  # fmt: skip


def test_two_things_of_one_sentence_at_two_precisions_stay_two() -> None:
    # review set 18 d: another figure; review set 42 a: another deed of the week
    assert _headlines(
        "Concord dropped to 4 degrees early Saturday, and to 2 degrees overnight into Sunday, "
        "the coldest reading there since February 2023, the National Weather Service said."
    )[:1] == [("2017-11-11", "Concord dropped to 4 degrees")]
    found = _headlines(
        "Paraguay's Roman Catholic bishops this week urged both sides to negotiate, and on "
        "Friday offered to mediate."
    )
    assert [value for value, _ in found] == ["2017-W46", "2017-11-17"]


def test_a_coarser_date_next_to_the_verb_keeps_its_event() -> None:
    # review set 64's second judgement (class 284): "voted in March to close the school on
    # March 30" kept only the 30 March event for the vote
    found = _headlines("The council voted in March to close the school on March 30.")
    assert ("2017-03", "The council voted to close the school") in found


def test_a_coarser_event_that_tells_more_than_the_finer_keeps_its_event() -> None:
    # review set 65 a's second judgement (class 411): the vote's "last week" event went,
    # its headline holding the "Jan. 3" event's and a second clause
    found = _headlines(
        "Under the city charter he serves until a successor takes office, so Gary Voss was "
        "sworn in again with the rest of council Nov. 7 and voted on a temporary 2018 budget "
        "last week."
    )
    assert any(value == "2017-W45" and "voted on a temporary" in headline
               for value, headline in found), found  # fmt: skip


def test_a_name_alone_over_the_lead_is_its_writer_not_the_lead() -> None:
    text = (
        "Kiprono smashes course record as Morgan ends eight-year wait\n\n"
        "Sunday 11 October 2026 19.05 BST\n\nSean Gallagher\n\n"
        "Daniel Kiprono broke the Easthaven Marathon course record on Sunday."
    )
    events = dated(extract_events(make_article(text, published=dt.date(2026, 10, 11))))
    assert [(e.date.value, e.sentence) for e in events] == [
        ("2026-10-11", "Daniel Kiprono broke the Easthaven Marathon course record on Sunday.")
    ]  # (no title event whose sentence is "Sean Gallagher")


def test_a_relative_clause_with_a_list_ends_after_the_list() -> None:
    assert _headlines(
        "The San Jose company, which makes smart speakers, cameras and home hubs, was founded "
        "in 2015 and went public in 2016."
    )[:2] == [("2015", "The San Jose company was founded"),
              ("2016", "The San Jose company went public")]  # (was "The San Jose company
    # cameras and home hubs, was founded and went public")


def test_a_record_set_by_someone_in_a_year_dates_the_record() -> None:
    assert _headlines(
        "Kiprono crossed the line at 11.06am, 27 seconds inside the record set by Ethiopia's "
        "Getachew Bekele in 2016."
    )[-1] == ("2016", "The record was set by Ethiopia's Getachew Bekele")  # (was Kiprono's)


def test_a_while_clause_with_its_own_subject_is_a_second_happening_of_the_day() -> None:
    assert _headlines(
        "Daniel Kiprono broke the course record on Sunday, pulling clear with four miles left, "
        "while Wales's Ffion Morgan became the first British woman to win the race in eight "
        "years."
    ) == [
        ("2017-11-12", "Daniel Kiprono broke the course record, pulling clear with four miles "
                       "left"),
        ("2017-11-12", "Wales's Ffion Morgan became the first British woman to win the race in "
                       "eight years"),
    ]  # fmt: skip
    # a concessive "while" without a named subject stays in its sentence's one event
    assert len(_headlines("Sales rose on Monday, while analysts expected a fall.")) == 1


def test_headlines_from_the_thirteenth_review() -> None:
    # a name that ends in "University" takes no "The"; "the University of ..." keeps it
    assert _headlines(
        "Lecturers at Northmoor University walked out on Monday. Last autumn the university "
        "announced plans to cut 28 million pounds from its budget."
    )[-1] == ("2016-FA", "Northmoor University announced plans to cut 28 million pounds "
                         "from its budget")  # fmt: skip
    # "and the company did not receive": its own subject, not the first clause's
    assert _headlines(
        "Problems with the engine delayed the launch last year, and the company did not "
        "receive its licence until April 9."
    ) == [("2016", "Problems with the engine delayed the launch"),
          ("2017-04-09", "The company did not receive its licence until April 9")]  # fmt: skip
    # "the 2016-17 academic year": one phrase, one event
    assert [value for value, _ in _headlines(
        "Last autumn the university announced plans to cut its budget by the end of the "
        "2016-17 academic year. The college cut 40 posts in the 2015-16 academic year."
    )] == ["2016-FA", "2015"]  # fmt: skip  (the year under way, told as a plan: none)
    # "2043/44", a split year written with a slash: one phrase, one event (review set 41)
    assert [value for value, _ in _headlines(
        "Thirteen workers were killed in workplaces in Scotland in 2043/44, the official "
        "figures showed."
    )] == ["2043"]  # fmt: skip


def test_a_titles_owned_thing_is_not_the_company() -> None:
    text = ("Kestrel's Aurora rocket reaches orbit\n\nKestrel Launch's Aurora rocket reached "
            "orbit on Tuesday. Aurora lifted off at dawn. Aurora carried a satellite. Kestrel "
            "rolled Aurora back in April. The company raised $310 million in the fourth "
            "quarter of 2016.")  # fmt: skip
    headlines = [e.headline for e in dated(extract_events(make_article(text)))]
    assert not any(h.startswith("Aurora raised") for h in headlines), headlines


def test_it_or_they_after_and_is_the_first_clauses_subject() -> None:
    assert _headlines(
        "On Nov. 2, Corvane hired the firm Halvorsen Security to investigate, and a week "
        "later it notified the FBI. Police arrested two men on Monday, and on Tuesday they "
        "charged them with theft."
    ) == [
        ("2017-11-02", "Corvane hired the firm Halvorsen Security to investigate"),
        ("2017-11-09", "Corvane notified the FBI"),
        ("2017-11-13", "Police arrested two men"),
        ("2017-11-14", "Police charged them with theft"),
    ]


def test_a_deck_under_the_title_makes_no_events_but_lends_its_names() -> None:
    text = (
        "A Stolen Astrolabe Comes Home\n\nThe last missing piece of the 2019 Whitlock Museum "
        "theft was found in a storage unit. A man who helped sell the loot has pleaded "
        "guilty.\n\nBy Jonathan Pryce\n\nOn Wednesday, the museum announced that the "
        "astrolabe had been recovered."
    )
    assert [(e.date.value, e.headline) for e in dated(extract_events(make_article(text)))] == [
        ("2017-11-15", "The Whitlock Museum announced that the astrolabe had been recovered")
    ]


def test_a_change_on_last_year_is_a_yardstick_but_a_close_on_thursday_is_not() -> None:
    values = [value for value, _ in _headlines(
        "Applications are down 12% on last year. Shares closed down 2.3% on Thursday."
    )]  # fmt: skip
    assert values == ["2017-11-16"]


def test_what_an_argument_held_is_no_happening_its_dismissal_is() -> None:
    [(value, headline), *_] = _headlines(
        "The panel dismissed the rider's argument that the drug had entered his body through "
        "a contaminated supplement, in a ruling sent to the parties on Wednesday evening."
    )
    assert value == "2017-11-15TEV"
    assert headline.startswith("The panel dismissed the rider's argument that the drug")


def test_a_title_split_by_its_exclamation_mark_is_still_the_title_over_its_deck() -> None:
    # review set 29: "Jordan Pyke is world champion! 21-year-old from Barnsley beats ..."
    # was two sentences, so no title was seen: the title made an event of the paper's day
    # and the deck's "ranked 34th in the world 12 months ago" another
    text = ("Sport\nDarts\n\nJordan Pyke is world champion! 21-year-old from Barnsley beats "
            "Dirk van Hoven 7-5 in a thrilling final\n\nPyke came from 5-3 down to win the "
            "last four sets\nThe Yorkshireman was ranked 34th in the world 12 months ago\n\n"
            "By ADAM ROLLS FOR MAILONLINE\n\nJordan Pyke is the new world darts champion "
            "after beating Dirk van Hoven 7-5 in a gripping final at Alexandra Palace on "
            "Thursday night.")
    events = extract_events(make_article(text, title="Jordan Pyke is world champion! "
                                         "21-year-old from Barnsley beats Dirk van Hoven 7-5 "
                                         "in a thrilling final"))  # fmt: skip
    assert [(e.date.value, e.headline) for e in dated(events)] == [
        ("2017-11-16TNI", "Jordan Pyke is the new world darts champion after beating Dirk van "
                          "Hoven 7-5 in a gripping final at Alexandra Palace"),
    ]  # fmt: skip


def test_a_forecast_of_a_day_ahead_makes_no_event() -> None:
    # review set 29: "IMGW forecasts more afternoon storms on Tuesday and Wednesday" made two
    # events; "has forecast further heavy rain for Thursday" was a past Thursday
    assert _headlines(
        "IMGW forecasts more afternoon storms on Sunday and Monday. Met Éireann has forecast "
        "further heavy rain for Tuesday. The Commission is due to publish its spring forecasts "
        "on Monday."
    ) == [("2017-11-20", "The Commission is due to publish its spring forecasts")]


def test_a_habit_of_childhood_and_advice_to_travellers_make_no_event() -> None:
    # review set 29: "'He used to practise in the garage until midnight when he was 12,' he
    # said" made "Jordan Pyke said" at midnight of the paper's day; "urged anyone planning
    # a trip over the holiday on 15 August to check the forecast" an event of the holiday
    assert _headlines(
        "'He used to practise in the garage until midnight when he was 12,' he said. The park "
        "urged anyone planning a trip over the holiday on 15 August to check the forecast. He "
        "used to win on Sundays but lost on Tuesday."
    ) == [("2017-11-14", "He used to win on Sundays but lost")]


def test_a_dividends_record_date_and_the_same_period_compared_with_make_no_event() -> None:
    # review set 29 (and sets 23, 25, 26, 28): the dividend's record date made a second
    # event of the declaration; "higher than in the same weeks last year" another
    assert _headlines(
        "The dividend is payable Dec. 15 to shareholders of record on Nov. 30. Sales in the "
        "first seven weeks of the year grew faster than in the same weeks last year."
    ) == [("2017-12-15", "The dividend is payable to shareholders of record"),
          ("2017", "Sales in the first seven weeks grew faster than in the same weeks last "
                   "year")]  # fmt: skip
    # (with its figure, "were 4 per cent higher", the sentence is a statistic: no event)


def test_a_period_a_relative_clause_hangs_on_stays_in_its_headline() -> None:
    # review set 29: "after a first half in which the company posted record earnings" gave
    # "After an in which the company posted record earnings"
    assert _headlines(
        "Profit fell in the autumn, after a first half in which the company posted record "
        "earnings."
    )[-1] == ("2017-H1", "After a first half in which the company posted record earnings")


def test_a_dated_main_clause_before_when_without_a_comma_is_the_event() -> None:
    # review set 29: "Rivas was stopped ... at about 6:20 a.m. on Feb. 26 when an officer
    # noticed ..." was headed by the when-clause; TimeBank's "A Brooklyn woman who was
    # watching her clothes dry in a laundromat was killed Thursday evening when two
    # would-be robbers ..." too ("in a laundromat was killed" was read as a participle)
    assert _headlines(
        "Rivas was stopped in the pedestrian lanes at about 6:20 a.m. on Feb. 26 when an "
        "officer noticed movements under his clothing. A woman who was watching her clothes "
        "dry in a laundromat was killed Thursday evening when two robbers emptied their "
        "pistols into the store. Since October 2016, when Liu visited Pyongyang, ties have "
        "improved."
    ) == [("2017-02-26T06:20", "Rivas was stopped in the pedestrian lanes"),
          ("2017-11-16TEV", "A woman who was watching her clothes dry in a laundromat was "
                            "killed"),
          ("2016-10", "Liu visited Pyongyang")]  # fmt: skip


def test_an_adjective_left_alone_by_its_dates_leaves_the_headline() -> None:
    # review set 29: "a storm warning for Tatra county at 7:30 on Sunday, valid from 12:00
    # to 21:00" gave "..., valid"; a verb after a comma stays ("..., at the school, closed")
    assert _headlines(
        "IMGW had issued a storm warning for Tatra county at 7:30 on Sunday, valid from 12:00 "
        "to 21:00. The last of the centres, at the school, closed on Monday afternoon."
    ) == [("2017-11-12T07:30", "IMGW had issued a storm warning for Tatra county"),
          ("2017-11-13TAF", "The last of the centres, at the school, closed")]  # fmt: skip


def test_a_volume_handled_in_a_period_is_a_statistic() -> None:
    # review sets 20, 21, 29: "TOPR carried out 1,012 rescue operations last year, a
    # record", "The company crushed 182,000 tonnes of grapes in 2016", "Changi handled 58.9
    # million passenger movements in 2016" are figures of a period, no happenings
    assert _headlines(
        "A hiker was rescued on Monday. TOPR carried out 1,012 rescue operations last year, a "
        "record. The company crushed 182,000 tonnes of grapes in 2016, down 21 per cent. "
        "Changi handled 58.9 million passenger movements in 2016."
    ) == [("2017-11-13", "A hiker was rescued")]


def test_the_tail_of_a_quotation_its_date_was_cut_from_makes_no_event() -> None:
    # review sets 19, 25, 29: '"In August it almost never does," said TOPR chief Andrzej
    # Mrowca' gave 'It almost never does," said TOPR chief Andrzej Mrowca'
    assert _headlines(
        '"In August it almost never does," said TOPR chief Andrzej Mrowca. "Tomorrow I\'m '
        "going home to see my nan,' he said. The storm broke on Sunday."
    ) == [("2017-11-12", "The storm broke")]


def test_a_summary_box_is_a_deck_and_a_writers_agency_date_line_is_no_event() -> None:
    # review set 30: a Reuters page's "Summary" box of bullets made three events and the
    # title a fourth, and "By ... | Reuters | November 6, 2030 5:12 PM EST" a fifth
    text = ("Technology\n\nCalyx forecasts upbeat revenue, shares jump\n\nSummary\n- Q4 revenue "
            "$3.42 bln vs est $3.31 bln\n- Sees Q1 revenue of $3.6 bln\n- Agreed on Monday to "
            "buy Lumenwave\n\nBy Priya Raman and Daniel Oyelaran | Reuters | November 17, 2017 "
            "5:12 PM EST\n\nNov 17 (Reuters) - Calyx Semiconductor forecast revenue above "
            "estimates on Friday.")
    events = extract_events(make_article(text, title="Calyx forecasts upbeat revenue, shares jump"))
    assert [(e.date.value, e.headline) for e in dated(events)] == [
        ("2017-11-17", "Calyx Semiconductor forecast revenue above estimates")
    ]


def test_a_superlative_since_someone_elses_time_is_a_yardstick() -> None:
    # review sets 16 and 30: "the first British rider to win the Vuelta since Simon Yates
    # in 2018 when he rolled across the line on Sunday evening" made an event of 2018 (his
    # "when" clause, without a comma, is the main clause's); "the first former governor
    # to be convicted since Orji Uzor Kalu in December 2019" one of December 2019
    assert [date for date, _ in _headlines(
        "Reid became the first British rider to win the Vuelta since Simon Yates in 2016 when "
        "he rolled across the line on Sunday evening. Obiorah is the first former governor to "
        "be convicted since Orji Uzor Kalu in December 2016."
    )] == ["2017-11-12TEV"]  # fmt: skip


def test_a_byline_name_over_the_lead_stands_for_no_he() -> None:
    text = ("Delcourt loses appeal against four-year doping ban\n\nDeck line of the story "
            "here.\n\nBy Owen Pritchard\n\nMathis Delcourt's hopes of returning were "
            "ended after the court rejected his appeal. On Nov. 2 he published a statement.")
    headlines = [e.headline for e in dated(extract_events(make_article(text)))]
    assert "Mathis Delcourt published a statement" in headlines, headlines


def test_a_deck_ends_at_a_name_alone_and_the_lead_names_the_articles_person() -> None:
    text = ("The last lap: Marta Ilves's final race, and the long career before it\n\nEstonia's "
            "four-time champion has retired at 38. She leaves a generation of riders behind.\n\n"
            "Helen Crowther\n\nMarta Ilves's last race lasted a little over four hours. She "
            "crossed the line in ninth place on Sunday.\n\nShe won her first national title "
            "in 2009. She defended it in 2011.")
    events = extract_events(make_article(text))
    assert "Marta Ilves defended it" in [e.headline for e in dated(events)]
    assert not any(e.headline.startswith("Estonia's") for e in events)  # the deck


def test_a_writers_role_line_under_the_name_is_no_lead() -> None:
    # review set 31: "Scotland correspondent @fmacrae_sky" under "Fiona MacRae" was taken
    # for an undated lead, so the title made an event of the paper's day beside the lead's
    text = ("Tens of thousands of farmed salmon escape after storm rips open Shetland pens\n\n"
            "Fiona MacRae\nScotland correspondent @fmacrae_sky\n\nUp to 68,000 farmed salmon "
            "are feared to have escaped after Storm Isla tore open two pens on Friday night.")
    events = extract_events(make_article(text))
    assert [(e.date.value, e.date.text) for e in events] == [("2017-11-17TNI", "Friday night")]


def test_a_captions_label_leaves_its_headline_and_a_credit_is_no_weekday() -> None:
    assert _headlines(
        "Caption: Emeka Obiorah arriving at the Federal High Court, Abuja, on Tuesday. PHOTO: "
        "Sunday Eze\n\nEditor's note: This article was updated on Thursday afternoon to add "
        "the age of the second victim."
    ) == []  # (a caption and an editor's note make no events at all)
    # a caption's label still leaves a headline made of a line that is no caption
    from timeline.events.headline import make_headline

    line = "Photo: Emeka Obiorah arrived at the court on Tuesday."
    start = line.index("Tuesday")
    assert make_headline(line, [(start, start + 7)]) == "Emeka Obiorah arrived at the court"


def test_an_opening_so_far_and_a_trailing_onwards_leave_with_their_dates() -> None:
    assert _headlines(
        "Snow fell in the upper Valais from Saturday onwards. So far this winter, 14 people "
        "have died in avalanches in Switzerland."
    ) == [("2017-11-11", "Snow fell in the upper Valais"),
          ("2017-WI", "14 people have died in avalanches in Switzerland")]


def test_a_section_line_over_the_title_makes_no_event_and_the_title_stays_the_title() -> None:
    text = ("Alpine Wire | Switzerland\n\nTwo dead after avalanche above Mettenalp\n\nTwo "
            "skiers died after an avalanche swept over a group, police said.")
    article = make_article(text, title="Two dead after avalanche above Mettenalp")
    assert [e.headline for e in extract_events(article)] == [
        "Two dead after avalanche above Mettenalp"  # the undated lead's news, on the title
    ]


def test_a_deadline_still_to_come_makes_no_event() -> None:
    # review set 70 c: "The new fares will be displayed in all buses and on its website by
    # Saturday" made an event; so did set 22 e's "must also repay ... by 30 June" and set
    # 17 f's "he will decide by Christmas" (deadlines and plans in their keys)
    assert _headlines(
        "The fares rose on Monday.\n\nThe new fares will be displayed in all buses by "
        "Saturday. Castellano must also repay $310,000 in prize money by 30 June. Kettering "
        "says he will decide by Christmas."
    ) == [("2017-11-13", "The fares rose")]


def test_what_is_likely_or_forecast_makes_no_event() -> None:
    assert _headlines(
        "The tanker was seized on Friday.\n\nInsurers said war-risk premiums were likely to "
        "rise next week. More snow is forecast from Saturday. Its closest approach is "
        "expected early tomorrow morning. Final results are expected on Monday."
    ) == [("2017-11-17", "The tanker was seized")]  # (review set 70 a: "is expected" too)


def test_a_since_clause_with_its_own_subject_is_its_dates_happening() -> None:
    assert _headlines(
        "It was the worst disruption at the airport since heavy snow closed its runway for "
        "four days in December 2010."
    ) == [("2010-12", "Heavy snow closed its runway for four days")]
    # a "he" after a "He" who speaks with the article's person is not that person
    text = ("Elian Gonzalez was rescued at sea.\n\nGonzalez said he did not believe the video. "
            "He has spoken with Elian at least three times since he arrived in the United "
            "States on April 6.")
    assert [e.headline for e in dated(extract_events(make_article(HEAD + text)))] == [
        "He arrived in the United States"
    ]


def test_a_sentence_with_a_relative_clause_still_splits_between_its_dates() -> None:
    assert _headlines(
        "Severnside, which handled 9.2 million passengers last year, opened in 1969 as a small "
        "regional airfield and was bought by the fund Castlegate Partners in 2016."
    ) == [("2016", "Severnside handled 9.2 million passengers"),
          ("1969", "Severnside opened as a small regional airfield"),
          ("2016", "Severnside was bought by the fund Castlegate Partners")]
    # an ordinal's "and" joins no clauses: "the ninth and last round"
    [(_, headline)] = _headlines(
        "At 4.52pm on Sunday, in the ninth and last round of the Grand Prix, she offered a "
        "draw to Ananya Rao."
    )
    assert headline == (
        "In the ninth and last round of the Grand Prix, she offered a draw to Ananya Rao"
    )


def test_a_trailing_speaker_with_and_in_its_name_leaves_whole() -> None:
    assert _headlines(
        "The first fire crews arrived at 6.55pm on Wednesday, Leicestershire Fire and Rescue "
        "Service said."
    ) == [("2017-11-15T18:55", "The first fire crews arrived")]


def test_what_was_due_a_figures_level_and_a_correction_make_no_events() -> None:
    assert _headlines(
        "The strike began on Monday.\n\nMargaret Lyle, 74, was due to have a hip replacement "
        "on Thursday. The waiting list stood at 7.2 million in December, when reservoirs "
        "stood at 27 per cent.\n\nCorrection: An earlier version of this article gave the "
        "wrong year for the tour. It was 1974, not 1976."
    ) == [("2017-11-13", "The strike began")]
    # review set 21: an unlabelled correction at the foot
    assert _headlines(
        "The wreck was found on Monday.\n\nA previous version of this article said the ship "
        "was lost in 1858. She was lost in 1857."
    ) == [("2017-11-13", "The wreck was found")]


def test_a_named_persons_account_of_what_he_did_is_dated_as_the_doing() -> None:
    # review set 19's judges: a saying dated by what it tells is no headline for that date
    assert _headlines(
        "Hendrickson said he had spent about $60,000 on new biosecurity measures a year ago. "
        "Hendrickson said on Monday he would sell the farm. Smith said she resigned in March."
    ) == [
        ("2016", "Hendrickson had spent about $60,000 on new biosecurity measures"),
        ("2017-11-13", "Hendrickson said he would sell the farm"),  # (the saying's own day)
        ("2017-03", "Smith resigned"),
    ]


def test_an_apposed_participle_leaves_with_its_date_before_the_subjects_verb() -> None:
    # review set 20: ", published [on Monday], found" with the reported clause cut away
    assert _headlines(
        "The report into Severn Vale University Hospitals NHS trust, published on Monday, "
        "found that 7,800 people who had been referred for outpatient appointments, scans or "
        "operations were dropped from the trust's lists when a new electronic patient record "
        "system went live in November 2016."
    )[0] == ("2017-11-13", "The report into Severn Vale University Hospitals NHS trust found")


def test_an_opening_phrases_participle_leaves_with_its_date_but_a_relatives_verb_stays() -> None:
    # review sets 18 and 20
    assert _headlines(
        "In a letter sent March 2, the state's dam safety program ordered the owner to lower "
        "the lake."
    ) == [("2017-03-02", "In a letter, the state's dam safety program ordered the owner to "
                         "lower the lake")]  # fmt: skip
    assert _headlines(
        "Members rejected the offer in a consultative ballot that closed in October."
    ) == [("2017-10", "Members rejected the offer in a consultative ballot that closed")]


def test_a_relative_clause_after_an_age_and_a_hometown_hangs_on_the_name() -> None:
    # review sets 11 and 20: not "Bromsgrove was referred", "Dudley spent five nights"
    assert _headlines(
        "Among those affected was Margaret Doyle, 66, from Bromsgrove, who was referred for a "
        "hip replacement in the spring of 2016 and heard nothing until a letter arrived last "
        "month."
    ) == [("2016-SP", "Margaret Doyle was referred for a hip replacement"),
          ("2017-10", "Margaret Doyle heard nothing until a letter arrived")]  # fmt: skip
    assert _headlines(
        "Among those taken ill was Helen Marsh, 71, from Dudley, who spent five nights in "
        "hospital after eating houmous she bought on 28 February."
    ) == [("2017-02-28", "Helen Marsh spent five nights in hospital after eating houmous she "
                         "bought")]  # fmt: skip


def test_a_month_or_more_still_to_come_is_a_plan_and_makes_no_event() -> None:
    # review set 20: plans of a month, a year, the end of a month; a day ahead stays (a
    # schedule), and so does a past verb's date, however late
    assert _headlines(
        "Fiona Carrick will step down at the end of December. NHS England will decide next "
        "month whether to act. He is not eligible for parole until June 2031. Gov. Elaine "
        "Marchbanks will tour Millbrook on Monday."
    ) == [("2017-11-20", "Gov. Elaine Marchbanks will tour Millbrook")]
    assert _headlines("Next month he will fly to Ottawa to speak to law students.") == []


def test_the_quarter_under_way_told_in_the_future_is_a_plan() -> None:
    # review set 15: a bank's fiscal fourth quarter (April-June) in a May paper; the
    # third (January-March), told in the past, is news of its own
    text = ("The bank, whose financial year ends on 30 June, said cash profit fell 6 per cent "
            "in the third quarter.\n\nCosts of about $260 million would be booked in the "
            "fourth quarter.")
    found = extract_events(make_article(text, title="", published=dt.date(2026, 5, 6)))
    assert [(e.date.value, e.date.start.isoformat()) for e in found] == [
        ("2026-Q3", "2026-01-01")]


def test_a_note_that_the_story_was_corrected_or_amended_makes_no_event() -> None:
    # review set 20
    assert _headlines(
        "The dam failed on Wednesday.\n\nThis story has been corrected to show that the dam "
        "was completed in 1958, not 1968, and that the sirens sounded at 5:22 a.m., not 5:12 "
        "a.m.\n\nThis article was amended on 8 September 2026. An earlier version said the "
        "system cost £83m."
    ) == [("2017-11-15", "The dam failed")]


def test_a_comma_before_who_someone_is_stays_when_the_date_before_it_goes() -> None:
    # review set 20: "Ont., the youngest", was "Ont. the youngest"
    assert _headlines(
        "Arsenault was born in Winnipeg, Manitoba, on March 3, 1962, the youngest of five "
        "children of a steelworker."
    ) == [("1962-03-03", "Arsenault was born in Winnipeg, Manitoba, the youngest of five "
                         "children of a steelworker")]  # fmt: skip


def test_a_correction_in_parentheses_and_a_figure_that_stood_at_make_no_event() -> None:
    # review set 24
    assert _headlines(
        "Vedantra reported higher profit on Monday.\n\nNet profit for the October-December "
        "quarter stood at ₹4,212 crore.\n\n(Correction: An earlier version of this article "
        "said the record date was January 21. It is January 20.)"
    ) == [("2017-11-13", "Vedantra reported higher profit")]


def test_a_holiday_a_verb_observes_stays_and_a_subject_s_participle_goes() -> None:
    # review set 24: "In a statement marking, the presidency" and "... scheduled will go ahead"
    assert _headlines(
        "LAGOS -- In a statement marking Independence Day on Wednesday, 1 October, the "
        "presidency pledged action."
    ) == [("2017-10-01", "In a statement marking Independence Day, the presidency pledged "
                         "action")]  # fmt: skip
    # review set 70: "The storm has also spoiled Valentine's Day for the island's
    # restaurants" was headed "The storm has also spoiled for the island's restaurants"
    assert _headlines(
        "The storm has also spoiled Valentine's Day for the island's restaurants and florists."
    ) == [("2017-02-14", "The storm has also spoiled Valentine's Day for the island's "
                         "restaurants and florists")]  # fmt: skip
    assert _headlines(
        "Graduation ceremonies in Prince Albert scheduled for June 9 will go ahead as planned."
    ) == [("2018-06-09", "Graduation ceremonies in Prince Albert will go ahead as planned")]


def test_a_count_at_a_time_makes_no_event_and_a_reported_quarter_stays_in_its_day() -> None:
    # review set 24: "There were 87 active fires", "saw 41 visits"; a lead's "profit for
    # the third quarter of fiscal 2027" is the day's report, one event
    assert _headlines(
        "Schools closed on Tuesday. There were 87 active fires in the province on Wednesday "
        "morning. Emergency departments saw 41 visits for breathing problems on Monday. "
        "There was an explosion on Monday."
    ) == [("2017-11-14", "Schools closed"), ("2017-11-13", "There was an explosion")]
    assert _headlines(
        "Vedantra on Monday reported a 6.8% rise in net profit for the third quarter of "
        "fiscal 2027."
    ) == [("2017-11-13", "Vedantra reported a 6.8% rise in net profit for the third quarter "
                         "of fiscal 2027")]  # fmt: skip


def test_another_place_s_clock_where_it_was_makes_no_event() -> None:
    # review set 24
    assert _headlines(
        "The rock gave way at 10.17am on Thursday. The breakthrough was also watched in "
        "Portugal, where it was 9.17am."
    ) == [("2017-11-16T10:17", "The rock gave way")]


def test_a_photo_caption_makes_no_event() -> None:
    # review sets 16-20: a caption tells again what the story tells
    assert _headlines(
        "The dam failed on Wednesday.\n\nPHOTO: Residents look over a collapsed house on "
        "Wednesday, Nov. 15, 2017, hours after the dam failed. (MPS Photo/Kendra Lowe)\n\n"
        "Photo caption: A crew at the dam on Wednesday.\n\nPhotograph: Smoke rises on Tuesday."
    ) == [("2017-11-15", "The dam failed")]


def test_sentences_go_on_past_a_state_or_a_saints_abbreviation() -> None:
    # review set 20: "Ark." and "Ste." end no sentence; "Sault Ste. Marie" is a place
    assert _headlines(
        "MILLBROOK, Ark. (MPS) — Search teams combed flooded neighborhoods on Thursday."
    ) == [("2017-11-16", "Search teams combed flooded neighborhoods")]
    events = dated(extract_events(make_article(
        HEAD + "Dennis Arsenault was freed in 2024. Arsenault was born in Sault Ste. Marie, "
        "Ont., on March 3, 1962. He drifted west in his twenties."
    )))
    assert events[1].headline.startswith("Arsenault was born in Sault Ste. Marie")
    assert "Sault Ste Marie" in {e.name for e in events[1].entities}


def test_an_opening_day_apposed_to_its_date_leaves_with_it() -> None:
    assert _headlines("On Friday, the opening day, the auction raised $4.2 million.") == [
        ("2017-11-17", "The auction raised $4.2 million")
    ]


def test_a_short_count_after_a_year_told_stays_in_that_year() -> None:
    assert _headlines(
        "Calloway bought it on Nov. 4, 1974. The guitar was stolen in 1989. Police found it "
        "three days later in a pawnshop. A fan spotted it two months later."
    )[2:] == [("1989", "Police found it in a pawnshop"), ("1989", "A fan spotted it")]


def test_a_participle_on_an_opening_phrase_is_no_clause_of_its_own() -> None:
    assert _headlines(
        "In its winter outlook, published earlier this month, ISO New England said supplies "
        "were adequate."
    ) == [("2017-11", "In its winter outlook, ISO New England said supplies were adequate")]
    assert _headlines(  # a main verb after an appositive stays
        "Mount Rinjani, Indonesia's second-highest volcano, erupted at 10:52 p.m. on Saturday."
    ) == [("2017-11-11T22:52", "Mount Rinjani, Indonesia's second-highest volcano, erupted")]


def test_what_could_be_and_what_must_be_done_by_a_day_make_no_events() -> None:
    assert _headlines(
        "The grid failed on Monday.\n\nAnalysts said repair costs could reach $60 million in "
        "the fourth quarter. The credit must be claimed by Dec. 31. Officials may have known "
        "of the fault on Tuesday."
    ) == [("2017-11-13", "The grid failed"),
          ("2017-11-14", "Officials may have known of the fault")]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a date as the object of "spent" stays, in a coordinated clause too
        ("He has not raced since the summer of 2016 and spent last winter working in a "
         "ski-hire shop.", ("2016-WI", "He spent last winter working in a ski-hire shop")),
        # a relative clause keeps its noun and its "that"
        ("The transformer that failed had been installed in 1987 and was due to be replaced "
         "next year.", ("1987", "The transformer that failed had been installed")),
        # a superlative since a clause's date: a yardstick, kept in the headline
        ("Its shares fell 6.1% in Milan on Tuesday, their biggest one-day drop since the "
         "company listed in 2011.", ("2017-11-14", "Its shares fell 6.1% in Milan, their "
                                     "biggest one-day drop since the company listed in 2011")),
        # a borrowed subject leaves its auxiliary behind before a verb of its own tense
        ("She will play the Grand Prix in Warsaw on Dec. 2 and hopes to open a chess school "
         "on Dec. 9.", ("2017-12-09", "She hopes to open a chess school")),
        # a dateline "CITY:" and an attribution with its modifier go
        ("KESARGANJ: Laboratory tests have confirmed cholera in patients, health officials "
         "said on Tuesday.", ("2017-11-14", "Laboratory tests have confirmed cholera in "
                                            "patients")),
        # an opening when-clause is no subject of the coordinated clause
        ("When the pandemic arrived in March 2017, they shut the dining room and sold takeout "
         "from a folding table until June 2017.", ("2017-06", "They sold takeout from a "
                                                   "folding table")),
        # "more than in all of last summer": a yardstick, kept in the headline
        ("The hospital treated 212 people between Sunday and Tuesday, more than in all of "
         "last summer.", ("2017-11-12", "The hospital treated 212 people, more than in all of "
                                        "last summer")),
    ],
)
def test_headlines_from_the_fourteenth_review(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _headlines(sentence)


def test_a_companys_calendar_is_no_event() -> None:
    assert _headlines(
        "Shares closed down on Wednesday.\n\nThe company, whose fiscal first quarter ends "
        "Feb. 28, said it was too early to estimate the cost. Kessberg, whose financial year "
        "ends on 30 September, declined to comment."
    ) == [("2017-11-15", "Shares closed down")]


def test_two_days_later_counts_past_a_comment_and_a_habit() -> None:
    assert ("2017-11-06", "The ship notified the health agency") in _headlines(
        "The ship docked in San Juan on Nov. 4. Crew wiped down handrails every hour.\n\n"
        "It was not enough. Two days later the ship notified the health agency."
    )


def test_hours_later_count_from_the_day_and_its_clock_time() -> None:
    found = _headlines(
        "The ferry capsized at about 9 p.m. on Tuesday. An hour later, the first rescue boats "
        "arrived. Two days later, the coast guard suspended the search.\n\nAt 11 p.m. on "
        "Wednesday the storm hit. Four hours later, the power failed."
    )
    assert ("2017-11-14", "The first rescue boats arrived") in found
    assert ("2017-11-16", "The coast guard suspended the search") in found
    assert ("2017-11-16", "The power failed") in found  # past midnight


def test_they_opening_a_sentence_is_the_plural_subject_before() -> None:
    found = _headlines(
        "Carmine and Rosa Vitale arrived from Calabria in 1962. They married that fall. Two "
        "men climbed the scaffolding on Nov. 15. They took three objects on Nov. 16."
    )
    assert ("1962-FA", "Carmine and Rosa Vitale married") in found
    assert ("2017-11-16", "Two men took three objects") in found


def test_what_is_due_out_and_a_score_make_no_events() -> None:
    assert _headlines(
        "The match ended on Sunday.\n\nShe has agreed to write a book of her best games, due "
        "out in 2019. She finished in fifth place out of ten, on 5/9."
    ) == [("2017-11-12", "The match ended")]


def test_a_forecast_of_a_period_is_dated_by_when_it_was_made() -> None:
    # review set 26: "lowered its profit forecast for the year Tuesday" happened on
    # Tuesday; the year forecast makes no event, nor does a month a forecast's title names
    text = ("Crestline cuts outlook as dry December hit ski visits\n\nCrestline Mountain Co. "
            "lowered its profit forecast for the year Tuesday after a slow start to the "
            "season.\n\nRival Vail raised its full-year outlook last month.")
    events = dated(extract_events(make_article(text, published=dt.date(2027, 3, 10))))
    assert [(e.date.value, e.date.text) for e in events] == [
        ("2027-03-09", "Tuesday"), ("2027-02", "last month")]


def test_the_last_day_of_a_reporting_period_dates_no_event() -> None:
    # review set 26: "reported net income of $262 million for its fiscal second quarter, the
    # three months ended Jan. 31" is a figure for the quarter, not a happening of Jan. 31
    text = ("Ski operator cuts outlook\n\nCrestline lowered its profit forecast on Tuesday.\n\n"
            "The company reported net income of $262 million for its fiscal second quarter, "
            "the three months ended Jan. 31. A storm closed two resorts on Jan. 31.")
    events = dated(extract_events(make_article(text, published=dt.date(2027, 3, 10))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2027-03-09", "Crestline lowered its profit forecast"),
        ("2027-01-31", "A storm closed two resorts")]


def test_the_day_a_financial_year_ends_in_a_which_clause_dates_no_event() -> None:
    # review set 25: "The deficit for this financial year, which ends on 30 June, has been
    # revised to $5.1 billion": the year's last day, no happening of 30 June
    text = ("NSW budget\n\nThe Treasurer delivered the budget on Tuesday.\n\nThe deficit for "
            "this financial year, which ends on 30 June, has been revised to $5.1 billion. "
            "Parliament will sit on 30 June.")
    events = dated(extract_events(make_article(text, published=dt.date(2026, 6, 17))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2026-06-16", "The Treasurer delivered the budget"),
        ("2026-06-30", "Parliament will sit")]


def test_a_count_from_a_happening_set_beside_the_date_leaves_the_headline() -> None:
    # review set 33: "The Port of Kotor said yesterday, a day after the vote, that 74 of the
    # calls would have to be moved" gave "The Port of Kotor said, a day"
    text = ("Kotor caps cruise ships\n\nThe Port of Kotor said yesterday, a day after the "
            "vote, that 74 calls would have to be moved. Police arrested him on Tuesday, two "
            "days after the fire, and charged him with arson.")
    events = dated(extract_events(make_article(text, published=dt.date(2032, 10, 16))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2032-10-15", "The Port of Kotor said that 74 calls would have to be moved"),
        ("2032-10-12", "Police arrested him and charged him with arson")]


def test_sentences_alike_but_for_marks_make_one_event() -> None:
    # found by Hypothesis: "0000:Nov. 9\x1b" and "0000:Nov. 9" made two events with one id
    article = make_article("0000:Nov. 9\x1b\n0000:Nov. 9")
    events = extract_events(article)
    assert len({e.id for e in events}) == len(events) == 1


def test_a_period_that_ended_on_a_day_is_one_phrase_with_its_noun() -> None:
    # review set 34: "... in the fiscal year that ended Aug. 31, the Wädenswil-based company
    # said Thursday" gave the saying the headline "Ended, the Wädenswil-based company said"
    text = ("Chocolate maker\n\nThe board met on Monday.\n\nOperating profit fell 38% to 212 "
            "million francs in the fiscal year that ended Aug. 31, the Wädenswil-based company "
            "said Thursday.")
    events = dated(extract_events(make_article(text, published=dt.date(2031, 11, 6))))
    assert ("2031-11-06", "Operating profit fell 38% to 212 million francs, the Wädenswil-based "
            "company said") in [(e.date.value, e.headline) for e in events]


def test_a_whose_clause_keeps_its_own_date_and_owner() -> None:
    # review set 34: "Press owner Rakesh Jangid, whose firm had won the contract ... in
    # 2025, was arrested on September 9, 2027" dated the arrest 2025 as well; a fiscal
    # year's calendar told in a "whose" clause is no happening
    text = ("Exam leak\n\nPress owner Rakesh Jangid, whose firm had won the contract to "
            "print the board's papers in 2025, was arrested on September 9, 2027. The "
            "group, whose financial year runs to the end of May, reported on Tuesday.")
    events = dated(extract_events(make_article(text, published=dt.date(2030, 3, 5))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2025", "Rakesh Jangid's firm had won the contract to print the board's papers"),
        ("2027-09-09", "Press owner Rakesh Jangid was arrested"),
        ("2030-03-05", "The group reported")]


def test_two_weekdays_running_joined_by_and_are_one_span() -> None:
    # review set 34: "The first two runs, on Monday and Tuesday, were fast" made one event
    # a day; two days apart stay two
    text = ("Bull run\n\nThe first two runs, on Monday and Tuesday, were fast and clean. "
            "Final arguments were heard on Monday and Wednesday.")
    events = dated(extract_events(make_article(text, published=dt.date(2031, 7, 10))))
    assert [(e.date.value, str(e.date.end), e.date.text, e.headline) for e in events] == [
        ("2031-07-07", "2031-07-08", "Monday and Tuesday",
         "The first two runs were fast and clean"),
        ("2031-07-07", "2031-07-07", "Monday", "Final arguments were heard"),
        ("2031-07-09", "2031-07-09", "Wednesday", "Final arguments were heard")]


def test_two_days_running_across_a_month_end_are_one_span() -> None:
    # review set 49: "on display ... on 30 September and 1 October, the Botswana Day
    # holidays" made one event a day; "15 and 16 September" too
    text = ("Diamond\n\nThe diamond went on show in Gaborone on 30 September and 1 October. "
            "A hearing in Lausanne on 15 and 16 September heard six witnesses. "
            "Talks were held on Sept. 2 and Sept. 9.")
    events = dated(extract_events(make_article(text, published=dt.date(2045, 10, 5))))
    assert [(e.date.value, str(e.date.end), e.headline) for e in events] == [
        ("2045-09-30", "2045-10-01", "The diamond went on show in Gaborone"),
        ("2045-09-15", "2045-09-16", "A hearing in Lausanne heard six witnesses"),
        ("2045-09-02", "2045-09-02", "Talks were held"),
        ("2045-09-09", "2045-09-09", "Talks were held")]


def test_a_list_of_days_running_is_one_span_and_days_apart_stay_apart() -> None:
    # probing review set 49's "30 September and 1 October": "Hearings were held on Sept. 3,
    # 4 and 5" gave "Hearings were held, 4 and 5"; "split the first two games in Astana on
    # April 6 and 8" (set 43) was one span over the day between
    text = ("Hearings\n\nHearings were held on Sept. 3, 4 and 5. Witnesses were heard on "
            "3, 4 and 5 October in Paris. The teams won the first two games on April 6 and 8.")
    events = dated(extract_events(make_article(text, published=dt.date(2045, 10, 20))))
    assert [(e.date.value, str(e.date.end), e.headline) for e in events] == [
        ("2045-09-03", "2045-09-05", "Hearings were held"),
        ("2045-10-03", "2045-10-05", "Witnesses were heard in Paris"),
        ("2045-04-06", "2045-04-06", "The teams won the first two games"),
        ("2045-04-08", "2045-04-08", "The teams won the first two games")]


def test_a_change_measured_since_a_date_makes_no_event_of_it() -> None:
    # review set 50: the title "Lake Malawi's chambo catch down 89% since the 1990s, study
    # finds" made an event of the 1990s; a change's base is a yardstick
    text = ("Chambo\n\nThe chambo catch is down 89% since the 1990s, a study finds. Prices "
            "rose 5% since March, when the tax was cut. The dam has been closed since 2019.")
    events = dated(extract_events(make_article(text, published=dt.date(2053, 11, 27))))
    assert [(e.date.value, e.headline) for e in events] == [("2053-03", "The tax was cut")]


def test_a_period_opening_a_sentence_gives_way_to_a_day_inside_it() -> None:
    # review set 50: "Last week, truckers ... blocked the road ... on Tuesday and Wednesday"
    # made an event of the week and one of the days, the same headline twice
    text = ("Roses\n\nLast week, truckers blocked the road to the airport on Tuesday and "
            "Wednesday. In January, growers counted the frost damage on Jan. 28. In January "
            "prices rose, and on Jan. 23 they fell. In July, the company cut its forecast "
            "after a power outage on July 2 halted a line.")
    events = dated(extract_events(make_article(text, published=dt.date(2049, 8, 11))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2049-08-03", "Truckers blocked the road to the airport"),
        ("2049-01-28", "Growers counted the frost damage"),
        ("2049-01", "Prices rose"), ("2049-01-23", "They fell"),
        ("2049-07", "The company cut its forecast"),
        ("2049-07-02", "A power outage halted a line")]


def test_a_holiday_worked_towards_or_told_as_the_calendars_makes_no_event() -> None:
    # review set 50: "shipped a record 842 million stems for Valentine's Day, the growers'
    # association said yesterday" was dated by the coming Valentine's Day; "where Valentine's
    # Day falls on Sunday" and "the spring new year, which falls on Thursday" made events
    text = ("Roses\n\nGrowers shipped a record 842 million stems for Valentine's Day, the "
            "association said yesterday. Most went to the United States, where Valentine's "
            "Day falls on Sunday. A reception is planned for Feb. 28 at the library.")
    events = dated(extract_events(make_article(text, published=dt.date(2049, 2, 10))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2049-02-09", "Growers shipped a record 842 million stems for Valentine's Day, the "
                       "association said"),
        ("2049-02-28", "A reception is planned at the library")]


def test_a_stamp_line_over_the_story_read_in_part_makes_no_event() -> None:
    # review set 50: "Society | 19:05 / 19.03.2047 | 4812" made two events headed "Society |
    # | 4812", a Spanish date line one at its "07:42"; a head line that tells something stays
    for stamp in ("Society  |  19:05 / 19.03.2047  |  4812",
                  "miércoles, 19 de marzo de 2047 - 07:42 a. m.",
                  "VOL. XXIII, NO. 10        TASHKENT, WEDNESDAY, MARCH 19, 2047        ¢20",
                  "среда, 19. март 2047, 07:15 -> 09:48"):  # (its year read, and a time)
        text = (f"Plov record\n\nCooks in Tashkent beat the record by almost seven tonnes\n\n"
                f"By Aziz Karimov\n{stamp}\n\nGuinness World Records today confirmed the "
                f"record set on Sunday.\n")  # (a deck over it, a byline run into it)
        article = make_article(text, published=dt.date(2047, 3, 19))
        assert [(e.date.value, e.headline) for e in dated(extract_events(article))] == [
            ("2047-03-19", "Guinness World Records confirmed the record set on Sunday")], stamp


def test_a_restrictive_who_clause_keeps_its_own_date() -> None:
    # review set 32: "A 68-year-old Ohio man who vanished on a day hike ... last week was
    # found alive Tuesday morning" dated the finding by last week
    text = ("Lost hiker found\n\nKEENE VALLEY — A 68-year-old Ohio man who vanished on a day "
            "hike in the High Peaks Wilderness last week was found alive Tuesday morning. "
            "A 44-year-old man who collapsed near the 23-mile mark at about 12.15pm was taken "
            "to hospital. Police asked who had seen the car on Monday. A woman who was "
            "injured in March died on Tuesday.")
    events = dated(extract_events(make_article(text, published=dt.date(2028, 10, 3))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2028-W39", "A 68-year-old Ohio man vanished on a day hike in the High Peaks "
                     "Wilderness"),
        ("2028-10-03TMO", "A 68-year-old Ohio man who vanished on a day hike in the High "
                          "Peaks Wilderness was found alive"),
        ("2028-10-03T12:15", "A 44-year-old man collapsed near the 23-mile mark"),
        ("2028-10-02", "Police asked who had seen the car"),
        ("2028-03", "A woman was injured"), ("2028-10-03", "A woman who was injured died")]


def test_a_count_beside_the_date_is_no_clause_joint_with_a_second_date() -> None:
    # review set 33: with "next year" in the same sentence, "a day after the vote" was cut
    # at "after" and the headline was "The Port of Kotor said, a day"; and "said on
    # Monday, a day after the fire," was too long to take its "that" clause
    text = ("Kotor caps cruise ships\n\nThe Port of Kotor said yesterday, a day after the "
            "vote, that 74 of the calls booked for next year would have to be moved. The "
            "council said on Monday, a day after the fire, that 40 homes booked for demolition "
            "next year would be spared.")
    events = dated(extract_events(make_article(text, published=dt.date(2032, 10, 16))))
    assert [(e.date.value, e.headline) for e in events if len(e.date.value) == 10] == [
        ("2032-10-15", "The Port of Kotor said that 74 of the calls would have to be moved"),
        ("2032-10-11", "The council said 40 homes booked for demolition would be spared")]


def test_a_second_subject_borrows_the_first_clauses_verb() -> None:
    # review set 34: "Press owner Rakesh Jangid ... was arrested on September 9, 2027, and
    # board section officer Mahendra Singh Shekhawat, who handled the sealed packets, a
    # week later" gave "Press owner Rakesh Jangid board section officer Mahendra Singh
    # Shekhawat" for a week later
    text = ("Exam leak arrests\n\nPress owner Rakesh Jangid was arrested on September 9, "
            "2027, and board section officer Mahendra Singh Shekhawat, who handled the sealed "
            "packets, a week later. The mayor resigned on Monday and his deputy on Wednesday. "
            "Police arrested Smith on Monday and Jones on Tuesday.")
    events = dated(extract_events(make_article(text, published=dt.date(2027, 10, 1))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2027-09-09", "Press owner Rakesh Jangid was arrested"),
        ("2027-09-16", "Board section officer Mahendra Singh Shekhawat was arrested"),
        ("2027-09-27", "The mayor resigned"),
        ("2027-09-29", "His deputy resigned"),
        ("2027-09-27", "Police arrested Smith"),  # (an object after the verb: "and Jones"
        ("2027-09-28", "Police arrested Jones")]  # is the second object)


def test_irregular_past_verbs_make_events_of_a_month_gone() -> None:
    # review set 33: "upheld" is a past verb, so its year-less month is the one gone
    text = ("Court ruling\n\nThe Supreme Court upheld the decision in May. A second court "
            "sought more evidence in June, and the board withheld the payment in July.")
    events = dated(extract_events(make_article(text, published=dt.date(2028, 3, 15))))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2027-05", "The Supreme Court upheld the decision"),
        ("2027-06", "A second court sought more evidence"),
        ("2027-07", "The board withheld the payment")]


def test_a_holiday_that_is_the_subject_of_with_stays_in_the_headline() -> None:
    # review set 27: "With Chinese New Year falling on Saturday, the troupe is fully booked"
    text = "Troupe booked\n\nWith Chinese New Year falling on Saturday, the troupe is fully booked."
    events = dated(extract_events(make_article(text, published=dt.date(2027, 2, 4))))
    assert {e.headline for e in events} == {
        "With Chinese New Year falling, the troupe is fully booked"}


def test_a_day_and_the_period_or_day_it_is_told_against_make_one_event() -> None:
    # review set 27: "on Wednesday of last week", "on Wednesday last week" and "the Tuesday
    # before Christmas" made a second event for the week or for Christmas
    text = ("Cave rescue\n\nMr Metcalfe logged the trip with his club on Wednesday of last week. "
            "The hull cracked on Wednesday last week. Fog closed the airport on the Tuesday "
            "before Christmas.")
    events = dated(extract_events(make_article(text, published=dt.date(2027, 11, 9))))
    assert [(e.date.value, e.date.text) for e in events] == [
        ("2027-11-03", "Wednesday"), ("2027-11-03", "Wednesday"), ("2026-12-22", "Tuesday")]


def test_a_date_opening_the_second_of_two_clauses_dates_that_clause() -> None:
    # review set 27: "..., the lead shrank, and on Tuesday Ms Petrović went ahead"
    text = ("Recount\n\nAs early and postal votes were added, the lead shrank, and on Tuesday Ms "
            "Petrović went ahead for the first time.")
    [event] = dated(extract_events(make_article(text, published=dt.date(2026, 12, 10))))
    assert event.headline == "Ms Petrović went ahead for the first time"


def test_a_conjunct_led_by_a_plural_noun_and_its_place_keeps_its_own_subject() -> None:
    # review set 39: "..., and parishes in the Ciudad Vieja began serving hot meals at night
    # on Tuesday" was headed "It parishes ...", the first clause's "it would" put before it
    text = ("Story\n\nMontevideo's city government said it would keep the Palacio Municipal "
            "open overnight on Wednesday and Thursday, and parishes in the Ciudad Vieja began "
            "serving hot meals at night on Tuesday.")
    events = dated(extract_events(make_article(text, published=dt.date(2042, 7, 9))))
    assert events[-1].headline == "Parishes in the Ciudad Vieja began serving hot meals at night"


def test_a_long_subject_before_a_participle_is_shared_by_its_second_verb() -> None:
    # review set 39: "A Hellenic Navy tanker carrying 1,200 cubic metres of water from Leros
    # docked ... at about 7pm on Friday and began pumping ... overnight" made "Began
    # pumping into the municipal network" on Thursday night
    text = ("Story\n\nA Hellenic Navy tanker carrying 1,200 cubic metres of water from Leros "
            "docked in Lipsi's harbour at about 7pm on Friday and began pumping into the "
            "municipal network overnight.")
    events = dated(extract_events(make_article(text, published=dt.date(2033, 8, 6))))
    assert [(e.date.value, e.headline) for e in events][-1] == (
        "2033-08-05TNI", "A Hellenic Navy tanker began pumping into the municipal network")


def test_a_conjunct_opened_by_a_time_phrase_keeps_its_own_subject() -> None:
    # review set 39: "..., and in its first seven days traffic police issued 5,912 fines"
    # was headed "The ban in its first seven days traffic police issued ..."
    text = ("Story\n\nThe ban took effect at midnight on Monday last week, and in its first "
            "seven days traffic police issued 5,912 fines, the city police department said "
            "yesterday.")
    events = dated(extract_events(make_article(text, published=dt.date(2030, 7, 9))))
    assert not events[-1].headline.startswith("The ban")
    assert events[-1].headline.startswith("In its first seven days traffic police issued")


def test_an_efe_dateline_dates_the_copy_and_leaves_the_lead_headline() -> None:
    # review set 39: "Montevideo, Jul 9 (EFE).- ... on Wednesday declared" was dated by the
    # dateline's "Jul 9" and headed "Montevideo, (EFE).- Uruguay's government declared ..."
    text = ("Uruguay declares cold emergency\n\nMontevideo, Jul 9 (EFE).- Uruguay's government "
            "on Wednesday declared a national cold emergency.")
    events = dated(extract_events(make_article(text, published=dt.date(2042, 7, 9))))
    assert [(e.date.text, e.headline) for e in events] == [
        ("Wednesday", "Uruguay's government declared a national cold emergency")]


def test_what_would_be_done_on_a_condition_on_a_day_to_come_is_no_event() -> None:
    # review set 39 (a desalination plant's failure on Lipsi): "a second tanker would sail
    # on Tuesday if the plant was not back in service" is a contingency, not a happening;
    # without the condition it is a plan told with "would", no happening either (review set
    # 44's second judgement: the keys mark such plans "S: plan"); told with "will", a
    # schedule, it stays
    saturday = dt.date(2033, 8, 6)
    conditional = make_article(
        "Island runs dry\n\nThe coast guard said a second tanker would sail on Tuesday if the "
        "plant was not back in service by then.", published=saturday)
    assert [e.headline for e in extract_events(conditional)] == []
    unless = make_article(
        "Strike threat\n\nThe union said a boycott would begin on Monday unless the "
        "university improved its offer.", published=saturday)
    assert [e.headline for e in extract_events(unless)] == []
    threat = make_article(
        "Taxi strike threat\n\nThe forum has threatened to stop operating on Tuesday if it "
        "has not received a reply by then.", published=saturday)  # (review set 40)
    assert [e.headline for e in extract_events(threat)] == []
    supposed = make_article(
        "Election petition\n\nIf the judgment comes on September 6, that would be September "
        "14. If members accept, the deal will be ratified on 31 March.",
        published=saturday)  # (review sets 25 and 18: a supposition's days to come)
    assert [e.headline for e in extract_events(supposed)] == []
    planned = make_article(
        "Island runs dry\n\nThe coast guard said a second tanker would sail on Tuesday.",
        published=saturday)
    assert [e.headline for e in extract_events(planned)] == []
    set_down = make_article(
        "Island runs dry\n\nThe coast guard said a second tanker will sail on Tuesday.",
        published=saturday)
    assert [(e.date.value, e.headline) for e in extract_events(set_down)] == [
        ("2033-08-09", "A second tanker will sail")]


def test_a_count_a_periods_record_keeps_is_no_event_outside_the_lead() -> None:
    # review set 39 (an Accra market fire, a Georgian hailstorm): "recorded 47 market fires
    # ... last year", "exported 121 million bottles of wine in 2037" are statistics; a loss
    # of a day ("lost about 340 containers") stays a happening
    text = ("Fire guts market\n\nA fire destroyed 600 stalls at the market on Wednesday. "
            "The Ghana National Fire Service recorded 47 market fires in Greater Accra last "
            "year, up from 31 the year before. Georgia exported 121 million bottles of wine in "
            "2037. The MSC Zoe lost about 340 containers off the Dutch coast in January 2019.")
    events = extract_events(make_article(text, published=dt.date(2038, 9, 20)))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2038-09-15", "A fire destroyed 600 stalls at the market"),
        ("2019-01", "The MSC Zoe lost about 340 containers off the Dutch coast"),
    ]


def test_what_a_place_had_or_drew_over_a_period_is_no_event_outside_the_lead() -> None:
    # review set 92's b ("The museum had 41,000 visitors last year, a record"), set 52's
    # "Last year's fair drew 52,000 visitors", set 39's "Hanoi had about 1,400
    # battery-swapping cabinets" at the end of June: statistics; a result a trial had, in a
    # clause of a publication's sentence, stays (set 10)
    text = ("Goblet stolen\n\nThieves took a silver goblet from the museum on Monday. The "
            "museum had 41,000 visitors last year, a record. The fair drew 52,000 visitors in "
            "2086. Hanoi had about 1,400 battery-swapping cabinets at the end of June. Results "
            "from the trial, published in The Lancet in the spring of 2086, showed that "
            "patients taking the highest dose had 38 percent less progression.")
    events = extract_events(make_article(text, published=dt.date(2088, 2, 3)))
    assert [(e.date.value, e.headline[:40]) for e in events] == [
        ("2088-02-02", "Thieves took a silver goblet from the mu"),
        ("2086-SP", "Results from the trial showed that patie"),
    ]
    # what a thing had when it happened, a crowd a rally drew: happenings (the code review)
    text = ("Ferry sinks\n\nThe ferry sank on Monday. The ferry had 300 passengers on board when "
            "it sank in 1994. The rally drew 50,000 protesters to the capital in 2086.")
    events = extract_events(make_article(text, published=dt.date(2088, 2, 3)))
    assert [e.date.value for e in events] == ["2088-02-02", "1994", "2086"]


def test_an_update_s_mark_opening_a_paragraph_leaves_its_sentence() -> None:
    # review set 93 b: "(Actualitzat a les 14:10) The Justice Department suspended ..."
    # headed its event "(Actualitzat a les ) The Justice Department suspended ..."
    text = ("Escapee arrested\n\nPolice arrested the man at Vinaròs station on Monday.\n\n"
            "(Actualitzat a les 14:10) The Justice Department suspended the prison's director "
            "at 13:30 today.\n\n(Updated 16:20 GMT) A second man was arrested in Reus on "
            "Tuesday.")
    events = extract_events(make_article(text, published=dt.date(2089, 3, 29)))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2089-03-28", "Police arrested the man at Vinaròs station"),
        ("2089-03-29T13:30", "The Justice Department suspended the prison's director"),
        ("2089-03-29", "A second man was arrested in Reus"),
    ]


def test_a_possessive_date_standing_for_its_noun_stays_in_the_headline() -> None:
    # review set 93 f ("Not all of this year's made it" -> "Not all of the made it") and set
    # 63 f ("Yesterday's was a crew issue" -> "The was a crew issue"); a possessive before
    # its noun still goes ("Monday's closing price fell", "Tuesday's televised debate")
    text = ("Turtle record\n\nThe rangers counted 100,000 nests on Wednesday. Not all of this "
            "year's made it. Last year's was the worst season on record. Monday's closing price "
            "fell. The shift came after Tuesday's televised debate.")
    events = extract_events(make_article(text))
    assert [e.headline for e in events][1:] == [
        "Not all of this year's made it", "Last year's was the worst season on record",
        "The closing price fell", "The shift came after the televised debate"]


def test_a_plan_a_past_perfect_tells_as_overtaken_is_no_event() -> None:
    # review set 93 e ("its ruling had been expected last week but was delayed by the
    # Carnival holiday"), set 55 d ("The survey had been due on Tuesday"), set 57 d ("The
    # tanker had been due on 2 March but was held in Brisbane"): judged S, the day planned;
    # what did happen stays, and so does a court's adjournment on the day due (set 88 e)
    text = ("Court halts mine\n\nThe court ruled on Thursday. Its ruling had been expected last "
            "week but was delayed by the Carnival holiday. The survey had been due on Tuesday. "
            "The ship was supposed to dock on Tuesday. The report had been expected in June and "
            "was published in July. His sentencing had been due last week but was adjourned.")
    events = extract_events(make_article(text))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2017-11-16", "The court ruled"), ("2017-07", "The report was published"),
        ("2017-W45", "His sentencing had been due but was adjourned")]


def test_a_reporting_periods_start_alone_is_no_event() -> None:
    # review set 40 (a snowplow maker's fiscal third quarter): "The quarter, which began
    # Dec. 27, covers the heart of the plowing season" made the event "The quarter began"
    text = ("Snowplow maker's profit doubles\n\nNorthpine said on Tuesday its profit doubled. "
            "The quarter, which began Dec. 27, covers the heart of the plowing season.")
    events = extract_events(make_article(text, published=dt.date(2038, 5, 4)))
    assert "2038-05-04" in [e.date.value for e in events]  # (the report)
    assert [e.date.value for e in events if e.headline == "The quarter began"] == []


def test_a_relative_clause_with_a_place_and_its_state_stays_whole() -> None:
    # review set 40 (an Azores baker's profile): "Her daughter, who lives in Fall River,
    # Massachusetts, arrives tonight" made "... daughter Massachusetts, arrives"; review set
    # 26's "which runs resorts in Colorado, Utah, California and New Zealand," likewise
    text = ("Holy Spirit bread\n\nMaria Borges, who lives in Fall River, Massachusetts, "
            "arrived on Friday. Crestline Mountain Co., which owns 14 ski areas in Colorado, "
            "Utah, California and New Zealand, lowered its profit forecast for the year Tuesday "
            "after a snow-starved start to the season and a 12-day strike by ski patrollers.")
    events = extract_events(make_article(text, published=dt.date(2041, 6, 8)))
    # ("Fall River" is no season now: the short headline keeps its clause whole)
    assert [e.headline for e in events][0] == (
        "Maria Borges, who lives in Fall River, Massachusetts, arrived")
    assert [e.headline for e in events][1].startswith(
        "Crestline Mountain Co. lowered its profit forecast after a snow-starved start")


def test_a_saying_outside_court_is_cut_before_what_was_said() -> None:
    # review set 40 (a rogue builder jailed in Swansea): "Owain Price said outside court
    # that complaints ... had risen" made the headline "Outside court that complaints ..."
    text = ("Builder jailed\n\nOwain Price told reporters outside court that complaints had "
            "risen in March.")
    events = extract_events(make_article(text, published=dt.date(2032, 10, 29)))
    assert [(e.date.value, e.headline) for e in events] == [("2032-03", "Complaints had risen")]


def test_the_hours_a_request_asks_for_make_no_event() -> None:
    # review set 33 (a heat wave in Japan): "asked households and businesses to save
    # electricity between 5 p.m. and 8 p.m." made "When temperatures are asked households
    # ... and 8 p.m." on the paper's day
    text = ("Power warning\n\nThe ministry said the margin could fall on Friday afternoon, when "
            "temperatures of up to 38 C are forecast, and asked households to save electricity "
            "between 5 p.m. and 8 p.m.")
    events = extract_events(make_article(text, published=dt.date(2032, 8, 4)))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2032-08-06TAF", "The ministry said the margin could fall")]


def test_a_period_that_is_the_sentences_subject_makes_no_event() -> None:
    # review sets 15, 12 and 24: "The quarter had some bright spots" made "Had some bright
    # spots"; "July was also the hottest month ever recorded" a record, no happening; what
    # befell a period stays ("The first quarter was also hit by a strike", review set 27)
    text = ("Airline results\n\nThe airline reported a loss on Tuesday. The quarter had some "
            "bright spots. July was also the hottest month ever recorded. The first quarter "
            "was also hit by a French air traffic control strike.")
    events = extract_events(make_article(text, published=dt.date(2026, 10, 20)))
    assert [(e.date.value, e.headline) for e in events] == [
        ("2026-10-20", "The airline reported a loss"),
        ("2026-Q1", "The first quarter was also hit by a French air traffic control strike"),
    ]


def test_a_figure_in_another_currency_dates_no_event_but_a_change_to_a_figure_does() -> None:
    # review set 42: "up 62 per cent from Rs2.1bn in the same period last year" dated the
    # lead (only "$", "£" and "€" were currencies); "cut its target price to Rs 420 from Rs
    # 610 early on Thursday" is the cut's day, not a figure's
    assert _headlines(
        "Chenab posted a net profit of Rs3.41 billion for the quarter, up 18 percent from "
        "Rs2.89 billion in the same period last year."
    )[0][0] == "2017-Q3"  # fmt: skip (the quarter reported, not 2016's)
    assert _headlines(
        "Harlow Securities lowered its price target on the stock to $118 from $140 on "
        "Wednesday morning."
    ) == [("2017-11-15TMO", "Harlow Securities lowered its price target on the stock to $118 "
                            "from $140")]  # fmt: skip


def test_a_death_with_its_when_clause_keeps_both() -> None:
    # review set 42: "Two men died on Friday when their car hit a tree" gave only "Their car
    # hit a tree"; the death is the news, the when-clause its cause
    assert _headlines("Two men died on Thursday when their car hit a tree.") == [
        ("2017-11-16", "Two men died when their car hit a tree")]
    assert _headlines("Two men, aged 40 and 50, died on Thursday when their car hit a "
                      "tree.") == [
        ("2017-11-16", "Two men, aged 40 and 50, died when their car hit a tree")]
    assert _headlines("The financing collapsed in March 2017, when the pandemic shut down "
                      "productions.") == [
        ("2017-03", "The financing collapsed when the pandemic shut down productions")]


def test_which_began_after_work_on_a_thing_is_the_works() -> None:
    # review set 42: "work on the church's roof, which began in 2037" gave "The church's
    # roof began"; the work began
    assert _headlines(
        "Work on the church's roof, which began in the spring of 2016, was finished last "
        "autumn. Talks with the union, which represents 5,000 workers, resumed on Monday."
    ) == [("2016-SP", "Work on the church's roof began"),
          ("2016-FA", "Work on the church's roof was finished"),
          ("2017-11-13", "Talks with the union, which represents 5,000 workers, resumed")]


def test_a_conjunct_with_its_own_subject_and_a_phrasal_verb_keeps_it() -> None:
    # review set 42: "... and volunteers from the ICE-SAR rescue association set out by sea
    # at 12:30 a.m." gave "A Coast Guard helicopter volunteers from ... set out by sea"
    assert _headlines(
        "The plane took off at 9 a.m. and rescuers set out by sea at 10 a.m. The fire was "
        "put out at 11 a.m."
    ) == [("2017-11-17T09:00", "The plane took off"),
          ("2017-11-17T10:00", "Rescuers set out by sea"),
          ("2017-11-17T11:00", "The fire was put out")]


def test_a_long_headline_loses_its_subjects_relative_clause_before_being_cut() -> None:
    # review set 42: the length cap cut "All 14 crew members of an Icelandic trawler that
    # ran aground in a storm below the cliffs of the remote Westfjords…" before its verb
    assert _headlines(
        "All 14 crew members of an Icelandic trawler that ran aground in a storm below the "
        "cliffs of the remote Westfjords were brought ashore alive on Friday."
    ) == [("2017-11-17", "All 14 crew members of an Icelandic trawler were brought ashore "
                         "alive")]
    # (not a saying's "that": "The inquiry heard that only two of the five new exit gates")
    assert _headlines(
        "The inquiry heard that only two of the five new exit gates required by the licence "
        "had been installed when the gates opened on Friday 17 November."
    )[0][1].startswith("Only two of the five new exit gates")  # (what the inquiry heard)


def test_inclusive_goes_with_the_dates_it_qualified() -> None:
    # review set 42: "will remain closed from November 8 to November 14, both days
    # inclusive" left ", both days inclusive" with no days
    assert _headlines(
        "The share transfer books will be closed from November 20 to November 24, both "
        "days inclusive. Prices are inclusive of tax from Monday."
    ) == [("2017-11-20", "The share transfer books will be closed"),
          ("2017-11-20", "Prices are inclusive of tax")]


def test_he_in_a_conjunct_is_the_sentences_person_noun() -> None:
    # review set 42: "The boy has been practising ..., and on Wednesday he passed the police
    # test" gave the test to the article's main person (his grandfather)
    text = ("Niko Glavic spent Thursday night cleaning his musket. His grandson Luka will "
            "march beside him. The boy has been practising with blanks since the summer, and "
            "on Wednesday he passed the police test.")
    assert ("2017-11-15", "The boy passed the police test") in _headlines(text)


def test_a_gerund_given_its_subject_takes_the_past_tense() -> None:
    # review set 42: "... one win away from the title after beating Zalgiris 97-93 last
    # night" gave "Rytas Vilnius beating Zalgiris 97-93", with no finite verb
    assert _headlines(
        "Rytas Vilnius are one win away from their first title since 2011 after beating "
        "Zalgiris Kaunas 97-93 in overtime last night."
    ) == [("2017-11-16TNI", "Rytas Vilnius beat Zalgiris Kaunas 97-93 in overtime")]


def test_the_end_of_a_quarter_leaves_the_headline_and_bounds_no_event() -> None:
    # "at the end of the second quarter" is one expression now; "after the end of the
    # quarter" beside a day is still the day's bound, not an event of the quarter
    assert _headlines("Sales of the Cascade rose sharply at the end of the second quarter.") == [
        ("2017-Q2", "Sales of the Cascade rose sharply")]
    assert _headlines(
        "On November 1, after the end of the quarter, Ridgeway completed its acquisition of "
        "Velo Hub GmbH.") == [
        ("2017-11-01", "After the end of the quarter, Ridgeway completed its acquisition of "
                       "Velo Hub GmbH")]


def test_a_byline_with_its_section_and_day_is_no_event() -> None:
    # review set 43: "By Dana Omarova in Sports on 17 April 2045" was an event
    article = make_article(
        "Yesil Astana win the futsal title\n\nBy Dana Omarova in Sports on 17 April 2045\n\n"
        "ASTANA – Yesil Astana won the title on Sunday night, beating Kenshi Karaganda 5-4.",
        published=dt.date(2045, 4, 17))
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2045-04-16TNI", "Yesil Astana won the title, beating Kenshi Karaganda 5-4")]


def test_a_date_between_an_auxiliary_and_its_participle_leaves_the_headline() -> None:
    # review set 43: "The man who fired the shots was today found guilty" gave "The man
    # fired the shots was today"; after "Two and a half years after ... in Ladyville," the
    # corporal "who pulled the trigger" was taken for an apposition on Ladyville
    assert _headlines("Smith was yesterday found guilty of manslaughter.") == [
        ("2017-11-16", "Smith was found guilty of manslaughter")]
    assert _headlines("The man who fired the shots was today found guilty of manslaughter.") == [
        ("2017-11-17", "The man who fired the shots was found guilty of manslaughter")]
    assert _headlines(
        "Two and a half years after Kareem Flowers was shot dead outside a shop in Ladyville, "
        "the former police corporal who pulled the trigger was today found not guilty of his "
        "murder.") == [("2017-11-17", "The former police corporal who pulled the trigger was "
                                      "found not guilty of his murder")]
    # a relative clause that ends at its date keeps its own headline
    assert ("2017-W45", "A 68-year-old Ohio man vanished") in _headlines(
        "A 68-year-old Ohio man who vanished last week was found alive Tuesday morning.")


def test_a_quotation_of_several_sentences_makes_no_event() -> None:
    # review set 43: '"On Monday we were dead. Everybody was ordering champagne," he said.'
    # gave "On Monday we were dead"; quotations of one sentence already made none, and
    # review sets 15-40 had 24 more such events, all judged S or H
    for text, day in (
        ('"On Monday we were dead. Everybody was ordering champagne," he said.', "2017-11-13"),
        ("“On Monday we were dead. Everybody was ordering champagne,” said Kiala.", "2017-11-13"),
        ('"He shot my son. I will be here on December 3," she said.', "2017-12-03"),
    ):
        assert day not in [value for value, _ in _headlines(text)], text
    # a quotation after a dated sentence of the story leaves that sentence its event
    assert _headlines('The team lost on Monday. "It was hard. We were tired," he said.')[-1] == (
        "2017-11-13", "The team lost")


def test_a_dated_after_clause_keeps_its_happening_before_its_when_clause() -> None:
    # review set 43: the when-clause alone replaced the after-clause's happening
    assert _headlines(
        "The snap poll was called after Makhele's coalition collapsed in July, when two "
        "partners voted with the opposition on a motion of no confidence.") == [
        ("2017-07", "Makhele's coalition collapsed when two partners voted with the "
                    "opposition on a motion of no confidence")]
    assert _headlines(  # an uninflected past (the second judgement's probe)
        "Prices rose after the central bank cut rates in July, when two members dissented."
    ) == [("2017-07", "The central bank cut rates when two members dissented")]


def test_a_rules_deadline_after_a_long_obligation_is_no_event() -> None:
    # review set 43: "must publish ... within 45 days of the end of the period, by May 15
    # this time" made an event of the deadline (the comma and the length hid the "must")
    article = make_article(
        "Results\n\nUnder exchange rules, listed companies must publish quarterly results "
        "within 45 days of the end of the period, by May 15 this time.",
        published=dt.date(2004, 5, 13))
    assert extract_events(article) == []


def test_a_weekday_of_the_thing_something_is_for_dates_no_event() -> None:
    # review sets 42 and 43: "Tickets for Sunday's game sold out within 20 minutes" was an
    # event on Sunday (the game's day, not the sale's); review set 28's jackpot "has grown
    # ... for Wednesday night's drawing" the same
    assert _headlines("Tickets for Sunday's game sold out within 20 minutes.") == []
    assert _headlines("Preparations for Friday's vote began last month.") == [
        ("2017-10", "Preparations for the vote began")]
    assert _headlines("Sunday's attack killed 12 people.") == [
        ("2017-11-12", "The attack killed 12 people")]


def test_which_after_a_body_named_x_of_y_stands_for_the_body() -> None:
    # review set 43: "The Central Bank of Lesotho, which last week cut its growth forecast"
    # gave "Lesotho cut its growth forecast" (class 16, with or without another date)
    assert _headlines("The Bank of England, which last week cut interest rates, has warned "
                      "of a recession.") == [("2017-W45", "The Bank of England cut interest rates")]
    assert ("2017-W45", "The Central Bank of Lesotho cut its growth forecast to 1.4 percent") in (
        _headlines("The Central Bank of Lesotho, which last week cut its growth forecast for "
                   "this year to 1.4 percent, said the vote would not hurt the loti."))
    assert _headlines("Oil prices rose in Sudan, which on Monday closed its pipeline.") == [
        ("2017-11-13", "Sudan closed its pipeline")]


def test_the_happening_a_day_after_or_before_counts_from_leaves_the_headline() -> None:
    # review set 43: "The day after the shooting, ..." kept "the shooting" in the headline;
    # review set 28's "... it needs the day before the closure" kept "the closure"
    assert _headlines("Gunmen opened fire on a bus on Tuesday. The day after the shooting, the "
                      "interior minister resigned.") == [
        ("2017-11-14", "Gunmen opened fire on a bus"),
        ("2017-11-15", "The interior minister resigned")]
    assert _headlines("The day before the vote, the party's leader withdrew.")[0][1] == (
        "The party's leader withdrew")
    assert _headlines("Police said the minister resigned the day after the shooting.")[0][1] == (
        "The minister resigned")


def test_a_quarter_named_by_its_months_spans_them_and_leaves_the_headline_whole() -> None:
    # review set 44: "the December-to-February quarter" left "Revenue for the -to-", and
    # "on record as at April 26" left "on record as"
    article = make_article(
        "Dairy results\n\nRevenue for the December-to-February quarter rose 11 per cent. "
        "The dividend is payable to shareholders on record as at April 26.",
        published=dt.date(2040, 4, 11))
    found = [(e.date.start, e.date.end, e.headline) for e in extract_events(article)]
    assert (dt.date(2039, 12, 1), dt.date(2040, 2, 29), "Revenue rose 11 per cent") in found
    assert (dt.date(2040, 4, 26), dt.date(2040, 4, 26),
            "The dividend is payable to shareholders on record") in found


def test_a_quotation_in_single_marks_its_speaker_opens_makes_no_event() -> None:
    # review set 44: "the Deputy Bailiff said: 'From January 2023 you treated the parish's
    # money as your own. The people ... trusted you.'" made an event of the first sentence
    text = ("Passing sentence, the Deputy Bailiff said: 'From January 2023 you treated the "
            "parish's money as your own. The people of the Vale trusted you and you betrayed "
            "them.'")
    assert "2023-01" not in [value for value, _ in _headlines(text)]
    # after the quotation closes, the story's own dates make events again
    assert ("2017-11-13", "She resigned") in _headlines(
        "She said: 'I was sorry. It was wrong.' On Monday she resigned.")


def test_a_happening_that_came_to_light_keeps_its_main_clause_over_its_when_clause() -> None:
    # review set 44: "The thefts came to light in March this year, when she failed to
    # produce the accounts" gave the when-clause's "She failed to produce the accounts"
    assert _headlines("The thefts came to light in March, when she failed to produce the "
                      "accounts for the annual parish meeting.") == [
        ("2017-03", "The thefts came to light")]


def test_a_month_compared_with_in_the_whole_of_it_is_a_yardstick() -> None:
    # review set 44: "38 millimeters of rain fell on Thursday, more than in the whole of
    # January" made an event of January, with the Thursday's headline cut at "more than"
    found = _headlines("The weather service said 38 millimeters of rain fell on La Paz on "
                       "Thursday, more than in the whole of January.")
    assert found == [("2017-11-16", "38 millimeters of rain fell on La Paz, more than in the "
                                    "whole of January")]


def test_a_holiday_that_tells_which_day_a_date_is_makes_no_event_of_its_own() -> None:
    # review set 44: "The motion was lodged on 31 July, the day after the Independence Day
    # parade" made a second event on the holiday; review set 25's "last Friday, the day
    # before April vacation began" one in April
    assert [value for value, _ in _headlines(
        "The motion was lodged on 31 July, the day after the Independence Day parade.")] == [
        "2017-07-31"]
    assert [value for value, _ in _headlines(
        "She worked her final shift last Friday, the day before April vacation began.")] == [
        "2017-11-10"]


def test_the_lines_under_a_page_address_are_its_head_not_its_story(tmp_path: Path) -> None:
    # review set 44's second judgement: with the address read for the date, the address
    # line and the headline line under it became events (the third-quarter headline too)
    path = tmp_path / "dairy.txt"
    path.write_text(
        "https://www.caribbeanledger.com/article/business/20400411/dairy-profit-climbs\n\n"
        "BUSINESS\n\nDairy's second-quarter profit climbs 23 per cent\n\nBusiness Reporter\n\n"
        "The company filed its results on Tuesday, the exchange said.\n")
    [raw] = load_articles([path]).articles
    assert raw.published == dt.date(2040, 4, 11)
    article = settle(raw, raw.published, PublishedSource.TEXT, None)
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2040-04-10", "The company filed its results")]


def test_a_plan_told_with_would_for_a_day_ahead_makes_no_event() -> None:
    # review set 44's a ("said he would visit Bajo Llojeta on Sunday") and 35 such events in
    # review sets 9-44, which their keys mark "S: plan" ("said she would sign the ordinance
    # Friday", "the funds would be sent to Albay on Wednesday")
    for text in ("The mayor said she would sign the ordinance on Monday.",
                 "The ministry said the funds would be sent to Albay on Wednesday."):
        assert _headlines(text) == [], text
    # a schedule stays: "would appear in court", "would take effect"
    assert [value for value, _ in _headlines(
        "Police said the two would appear in the magistrate's court on Monday.")] == ["2017-11-20"]
    # and a plan's saying with its own day keeps its event
    assert ("2017-11-14", "The mayor said she would sign the ordinance") in _headlines(
        "On Tuesday the mayor said she would sign the ordinance.")


def test_a_second_date_told_with_and_again_repeats_the_first_clause() -> None:
    # review set 44: "She came second in 1994 and again in 2017" gave "She again" (class 36);
    # review sets 21, 25 and 36 had the same shape ("The union again")
    assert _headlines("Havhestur came second in 1994 and again in 2017.") == [
        ("1994", "Havhestur came second"), ("2017", "Havhestur came second again")]
    assert _headlines("The Bank of England cut rates in August, and again in November.")[-1] == (
        "2017-11", "The Bank of England cut rates again")


def test_a_post_held_from_a_date_in_an_apposition_makes_no_event_and_names_keep_capitals() -> None:
    # review set 44: "The court heard that Ogier, the parish's treasurer from 2019, made 212
    # transfers ... between January 2023 and February 2031" gave a 2019 event, and both
    # read "The court heard ogier"
    assert _headlines(
        "The court heard that Ogier, the parish's treasurer from 2019, made 212 transfers in "
        "2023. Jones, a member since 2012, resigned on Friday."
    ) == [("2023", "The court heard Ogier, the parish's treasurer, made 212 transfers"),
          ("2017-11-17", "Jones, a member, resigned")]  # fmt: skip
    # a sentence's own verb with "from" stays: "He worked there from 2019" is no aside
    assert _headlines("Ogier, the treasurer, worked for the parish from 2019.") == [
        ("2019", "Ogier, the treasurer, worked for the parish")]


def test_after_a_main_clause_that_tells_a_state_the_after_clause_is_the_happening() -> None:
    # review set 44: "Vanuatu has its fifth prime minister in four years after parliament
    # voted on Thursday to remove Sam Vatoko" kept the state as its headline; sets 16, 22,
    # 31 and 38 the same ("are still rebuilding their flocks after a three-year drought that
    # ended in 2023")
    assert _headlines(
        "Vanuatu has its fifth prime minister in four years after parliament voted on "
        "Thursday to remove Sam Vatoko. The town is still without power after a storm hit on "
        "Tuesday. Herders are still rebuilding their flocks after a three-year drought that "
        "ended in 2016. Schools remain closed after floods swept the region last week."
    ) == [("2017-11-16", "Parliament voted to remove Sam Vatoko"),
          ("2017-11-14", "A storm hit"), ("2016", "A three-year drought ended"),
          ("2017-W45", "Floods swept the region")]  # fmt: skip
    # a happening in the main clause keeps it: the deaths are the news
    assert _headlines(
        "At least 11 people have died and 23 are missing after a glacial lake burst on Monday."
    ) == [("2017-11-13", "At least 11 people have died and 23 are missing after a glacial "
                         "lake burst")]  # fmt: skip


def test_a_fronted_participle_with_a_date_is_its_subjects_own_happening() -> None:
    # review set 45: "Founded in 1948, Asteras reached the final only once before, in 1987"
    # gave "Founded, Asteras reached the final only once before" for both years (sets 22,
    # 34 and 38 the same)
    assert _headlines(
        "Founded in 1948, Asteras reached the final only once before, in 1987. Built in 1962, "
        "the stadium was renovated in 2016."
    ) == [("1948", "Asteras was founded"), ("1987", "Asteras reached the final only once before"),
          ("1962", "The stadium was built"), ("2016", "The stadium was renovated")]  # fmt: skip


def test_a_date_cut_from_quotation_marks_or_brackets_leaves_no_stump() -> None:
    # review set 45: 'would be launched "before the end of the year"' kept '""', and "at
    # about 23:40 (14:40 in Lisbon)" kept "( in Lisbon)"
    assert _headlines(
        "The fire started at about 23:40 (14:40 in Lisbon), the authority said. The line was "
        'announced in 2016 with a promised opening date of "late 2019".'
    ) == [("2017-11-17T23:40", "The fire started"),
          ("2016", "The line was announced with a promised opening date of")]  # fmt: skip


def test_a_clock_cut_from_brackets_of_another_zone_or_of_our_time_leaves_no_stump() -> None:
    # review set 85 a: "The alarm was raised at 1.52pm local time (2.52pm in mainland Spain)"
    # kept "( in mainland Spain)"; set 63 e's "(6am our time)" kept "( our time)"
    assert _headlines(
        "The alarm was raised at 1.52pm local time (2.52pm in mainland Spain), when a "
        "neighbour called. The tug left Cape Town at 10am Cape Town time (8am our time)."
    ) == [("2017-11-17T13:52", "The alarm was raised, when a neighbour called"),
          ("2017-11-17T10:00", "The tug left Cape Town")]  # fmt: skip


def test_the_page_s_next_issue_makes_no_event_and_a_clock_s_h_goes_with_it() -> None:
    # review set 85 b: "Next bulletin: today, 14:00 h." made "Next bulletin: h"; set 83 f's
    # "As of 09/01/2061 10:00 h the SSN had located 418 aftershocks" headlined "H the SSN"
    assert _headlines(
        "At 10:00 h the SSN located the epicentre near Pinotepa.\n\nNext bulletin: today, "
        "14:00 h.\nThe next advice will be issued by 9:00 pm on Friday.\n"
    ) == [("2017-11-17T10:00", "The SSN located the epicentre near Pinotepa")]
    assert _headlines("The next report, released on Friday, showed exports fell 12 percent.")


def test_it_after_a_named_thing_with_its_article_is_that_thing() -> None:
    # review set 85 f: "The Elevador Lacerda, which carries about 28,000 people a day, was
    # inaugurated on December 8, 1873 ... It was rebuilt in Art Deco style in 1930" gave
    # "It was rebuilt"; not a sayer's thing ("The National Weather Service said the tornado
    # touched down ... It hit Rockwood"), nor after an opener ("In July 2019, the Guard
    # seized the Stena Impero ... It was released")
    assert _headlines(
        "The Elevador Lacerda, which carries about 28,000 people a day, was inaugurated on "
        "December 8, 1873. It was rebuilt in Art Deco style in 1930."
    )[1] == ("1930", "The Elevador Lacerda was rebuilt in Art Deco style")
    assert _headlines(
        "The National Weather Service said the tornado touched down near Crossville on "
        "Tuesday. It hit Rockwood at 1:34 a.m. on Wednesday."
    )[1][1].startswith("It hit Rockwood")
    assert _headlines(
        "In July 2019, the Guard seized the Stena Impero. It was released that September."
    )[1] == ("2019-09", "It was released")


def test_a_that_clause_in_an_after_clause_ends_at_its_date_before_the_main_verb() -> None:
    # review set 85 c: "... after the blaze that broke out above Artenara on Friday
    # afternoon was declared stabilised" was headlined "The blaze broke out above Artenara
    # was declared stabilised"
    assert _headlines(
        "Residents were allowed home on Monday, after the blaze that broke out above "
        "Artenara on Friday afternoon was declared stabilised."
    )[1] == ("2017-11-17TAF", "The blaze broke out above Artenara")


def test_an_obituary_s_foot_line_makes_the_birth_and_the_death() -> None:
    # review set 86 f: "Ileana Vaida, soprano and festival director, born 9 March 1981; died
    # 2 January 2064" gave "..., born" and no death at all (its headline "Died" too short)
    assert _headlines(
        "Ileana Vaida, soprano and festival director, born 9 March 1981; died 2 January 2017"
    ) == [("1981-03-09", "Ileana Vaida was born"), ("2017-01-02", "Ileana Vaida died")]


def test_a_caption_ending_with_a_credit_makes_no_event_when_the_story_tells_its_day() -> None:
    # review set 45: "Firemen battle the blaze at Kampung Sim-Sim in Sandakan yesterday
    # afternoon. ... - Photo courtesy of Bomba" made an event that restated the lead
    assert _headlines(
        "Firemen battle the blaze in Sandakan yesterday afternoon. - Photo courtesy of Bomba"
        "\n\nSome 300 people were left homeless after fire razed 46 houses yesterday."
    ) == [("2017-11-16", "Some 300 people were left homeless after fire razed 46 houses")]
    # a caption that tells a day the story does not keeps its event
    assert _headlines(
        "Leaders attend a welcome ceremony in Beijing on Nov. 9. (AP Photo/Andy Wong)\n\n"
        "China dispatched an envoy on Friday."
    ) == [("2017-11-09", "Leaders attend a welcome ceremony in Beijing"),
          ("2017-11-17", "China dispatched an envoy")]  # fmt: skip


def test_a_tally_of_a_period_makes_no_event() -> None:
    # review sets 16, 25, 27, 30, 32, 36, 37, 43 and 45: "so far this year", "the third
    # fire in the water village this year", "one of 14 people killed on the roads in 2037"
    # are statistics
    assert _headlines(
        "The verdict came on Tuesday. It is the third fire in the water village this year. "
        "Three people have died on the roads so far this year. Jaden was one of 14 people "
        "killed on Bermuda's roads in 2015. She was the first woman elected in 2016. The "
        "mayor resigned this month."
    ) == [("2017-11-14", "The verdict came"), ("2016", "She was the first woman elected"),
          ("2017-11", "The mayor resigned")]  # fmt: skip


def test_a_later_sentence_of_a_quotation_its_speaker_opened_makes_no_event() -> None:
    # review set 45: 'her mother said: "We waited a long time. Today, for the first time,
    # I feel somebody has listened."' made an event of the quotation's second sentence
    assert _headlines(
        'The verdict came on Tuesday. Outside court, her mother said: "We waited a long time. '
        'Today, for the first time, I feel somebody has listened." Police arrested him on '
        "Monday."
    ) == [("2017-11-14", "The verdict came"), ("2017-11-13", "Police arrested him")]


def test_n_days_later_counts_past_a_sentence_of_what_was_not_done() -> None:
    # review set 45: "... on October 25, 2037. The driver did not stop. Police found the
    # damaged car two days later, and Simmons was arrested the same afternoon": the find
    # made no event and the arrest went to the crash's afternoon
    assert _headlines(
        "Jaden was hit by a car on October 25, 2015. The driver did not stop. Police found "
        "the damaged car in a garage two days later, and Simmons was arrested the same "
        "afternoon."
    ) == [("2015-10-25", "Jaden was hit by a car"),
          ("2015-10-27", "Police found the damaged car in a garage"),
          ("2015-10-27TAF", "Simmons was arrested")]  # fmt: skip


def test_when_an_approved_change_starts_makes_no_event() -> None:
    # review set 45: "In June, the utility's board approved a 6 percent rise in the price of
    # water from January" dated the approval in January
    assert _headlines(
        "In June, the board approved a 6 percent rise in the price of water from January."
    ) == [("2017-06", "The board approved a 6 percent rise in the price of water")]


def test_a_counted_subject_of_a_second_clause_takes_no_shared_subject() -> None:
    # review sets 19, 20, 26 and 45: "..., and all 412 passengers and 31 crew were rescued,
    # authorities said today" gave "Dili all 412 passengers ...", "More than 1,000 police
    # were deployed" got "A 24-year-old student" before it
    assert _headlines(
        "Fire broke out overnight in the engine room of the ferry, and all 412 passengers and "
        "31 crew were rescued, authorities said today. Unrest spread overnight, and more "
        "than 1,000 police were deployed on Thursday."
    ) == [("2017-11-16TNI", "Fire broke out in the engine room of the ferry"),
          ("2017-11-17", "All 412 passengers and 31 crew were rescued, authorities said"),
          ("2017-11-16TNI", "Unrest spread"),
          ("2017-11-16", "More than 1,000 police were deployed")]  # fmt: skip


def test_a_subject_counted_in_words_with_its_phrase_takes_no_shared_subject() -> None:
    # review set 50: "Bank employees returned the cards by hand Tuesday, and two technicians
    # from the machines' maker flew in from Miami Wednesday" gave "Bank employees two
    # technicians ..."
    assert _headlines(
        "Bank employees returned the cards by hand Tuesday, and two technicians from the "
        "machines' maker flew in from Miami Wednesday to fit batteries."
    ) == [("2017-11-14", "Bank employees returned the cards by hand"),
          ("2017-11-15", "Two technicians from the machines' maker flew in from Miami to fit "
                         "batteries")]  # fmt: skip


def test_a_bylines_desk_line_names_no_one() -> None:
    # review set 50: "By Patricia Loaiza / Courier Staff" made "Courier Staff" a name, and
    # "the staff spent most of Saturday explaining" became "The Courier Staff spent ..."
    text = ("Cash machines make their debut\n\nBy Patricia Loaiza\nCourier Staff\n\nThe "
            "machines went into service last Saturday, the bank said. Few customers had used "
            "one, and the staff spent Saturday explaining which button to press.")
    events = dated(extract_events(make_article(text, published=dt.date(1984, 3, 9))))
    assert [e.headline for e in events] == [
        "The machines went into service",
        "The staff spent Saturday explaining which button to press"]


def test_which_after_a_date_stands_for_the_thing_before_the_date() -> None:
    # review set 45: "in the national budget on 28 November, which takes effect on 1
    # February" gave "November takes effect"
    assert [headline for _, headline in _headlines(
        "The council passed the bylaw in 2016, which took effect in April. The minister "
        "announced the budget on 28 March, which takes effect on 1 December."
    )] == ["The council passed the bylaw", "The bylaw took effect",
           "The minister announced the budget", "The budget takes effect"]  # fmt: skip


def test_a_title_with_a_quarter_or_a_year_makes_no_event() -> None:
    # review set 45: the title "Festive lager sales lift Sable Breweries' third quarter" was
    # an event of the quarter, beside the lead's own
    text = ("Festive lager sales lift Sable Breweries' third quarter\n\nSable Breweries said on "
            "Thursday that its lager volumes rose 9% in the three months to 31 December.")
    events = dated(extract_events(make_article(text, published=dt.date(2045, 1, 23))))
    assert [e.headline for e in events if e.sources[0].start == 0] == []
    # nor does a weekly's issue line over it ("... | Vol. 19 No. 4 | 23 - 29 January 2045")
    masthead = "Business weekly | Vol. 19 No. 4 | 23 - 29 January 2045\n\n"
    events = dated(extract_events(make_article(masthead + text, published=dt.date(2045, 1, 23))))
    assert [e.headline for e in events if e.sources[0].start < len(masthead)] == []


def test_a_plan_with_should_a_weeks_tally_and_a_quarters_output_make_no_event() -> None:
    # review set 45's second judgement: "the last homes should be reconnected tonight",
    # "This is the village's third fire this year", "so far this week", "The canning line
    # filled 1.9 million cases in the quarter"
    assert _headlines(
        "The mayor spoke on Monday. The last homes should be reconnected tonight. This is the "
        "village's third fire this year. Volunteers have handed out 9,000 litres so far this "
        "week. The canning line filled 1.9 million cases in the quarter. The council will "
        "meet tonight."
    ) == [("2017-11-13", "The mayor spoke"), ("2017-11-17TNI", "The council will meet")]


def test_a_second_participle_of_an_apposition_is_its_subjects_happening_too() -> None:
    # review set 45: "The Haksolok, built in Germany in 2004 and bought by the Timorese
    # state in 2029, is being towed back" gave "The Haksolok bought by the Timorese state,
    # is being towed back to Dili" for 2029
    assert _headlines(
        "The Haksolok, built in Germany in 2004 and bought by the Timorese state in 2016, is "
        "being towed back to Dili."
    ) == [("2004", "The Haksolok was built in Germany"),
          ("2016", "The Haksolok was bought by the Timorese state")]  # fmt: skip


def test_an_after_phrase_with_its_relative_clause_tells_the_happening() -> None:
    # review sets 17 and 45: "..., after blazes on Feb 11 and May 3 that destroyed 19
    # houses in all" gave "After blazes that destroyed 19 houses in all"
    assert _headlines(
        "Fire razed 46 houses on Thursday. It is the third fire in the village this year, after "
        "blazes on Feb 11 and May 3 that destroyed 19 houses in all."
    ) == [("2017-11-16", "Fire razed 46 houses"),
          ("2017-02-11", "Blazes destroyed 19 houses in all"),
          ("2017-05-03", "Blazes destroyed 19 houses in all")]  # fmt: skip


def test_an_until_clause_with_its_own_subject_is_its_dates_happening() -> None:
    # review sets 18, 38 and 45: "they were docked 12 points and nearly folded, until a
    # group of supporters took over the club in the summer of 2012" gave "Nearly folded,
    # until ..."; "ran on backup power ..., until its electricity was restored shortly before
    # 1 p.m. Saturday" made no event of the restoring
    assert _headlines(
        "In 2009 they were relegated, and they nearly folded, until a group of supporters took "
        "over the club in the summer of 2012. The hospital ran on backup power through the "
        "night, 19 hours in all, until its electricity was restored shortly before 1 p.m. "
        "Saturday."
    )[1:] == [("2012-SU", "A group of supporters took over the club"),
              ("2017-11-11T13:00", "Its electricity was restored")]  # fmt: skip


def test_a_second_verb_after_an_adverb_of_order_is_its_own_dates_clause() -> None:
    # review set 45: "He was charged in December 2037 and first appeared in Magistrates'
    # Court in January last year" gave both dates the whole sentence; an ordinal's noun
    # ("the ninth and last round") still joins no clauses
    assert _headlines(
        "Devonte Simmons was charged in December 2015 and first appeared in court in January "
        "2016. They played the ninth and last round on Friday."
    ) == [("2015-12", "Devonte Simmons was charged"),
          ("2016-01", "Devonte Simmons first appeared in court"),
          ("2017-11-17", "They played the ninth and last round")]  # fmt: skip


def test_a_night_spent_or_worked_through_keeps_its_words_and_a_days_clause() -> None:
    # fresh set AP's "the night" as a time: "spent the rest of the night at the village hall"
    # lost "of the night", and beside a day "worked through the night" split its clause
    assert _headlines(
        "Voting ended on Wednesday. Counting went on through the night. Residents were led "
        "out and spent the rest of the night at the village hall. Army engineers arrived on "
        "Thursday with excavators and worked through the night."
    ) == [("2017-11-15", "Voting ended"),
          ("2017-11-15TNI", "Counting went on through the night"),
          ("2017-11-15TNI", "Residents were led out and spent the rest of the night at the "
                            "village hall"),
          ("2017-11-16", "Army engineers arrived with excavators and worked through the "
                         "night")]  # fmt: skip


def test_a_section_line_beside_a_site_or_a_date_and_writer_makes_no_title_event() -> None:
    # the second judgement of review set 71 (class 788): an e-paper's "NATIONAL NEWS
    # www.lakeshorepost.mw" and a "SPORT  |  09/08/2083  |  Sione Kata Vaipulu" line over
    # the headline were taken for an undated lead, so the title became an event
    for head in ("NATIONAL NEWS                              www.lakeshorepost.mw",
                 "SPORT  |  09/08/2083  |  Sione Kata Vaipulu"):
        text = (f"{head}\n\nTeachers' strike shuts public schools\n\nLearners were sent "
                "home yesterday as teachers began a strike.\n")
        article = make_article(text, title="Teachers' strike shuts public schools")
        assert [(e.date.value, e.headline) for e in extract_events(article)] == [
            ("2017-11-16", "Learners were sent home as teachers began a strike")]


def test_head_furniture_and_link_blocks_make_no_events() -> None:
    # review set 46: a caption's credit after its full stop ("... this morning. Picture:
    # Mannin Post / Joe Callister") and a desk's byline ("Pacific desk, Ocean Radio") were
    # taken for the undated lead, so the title became an event of the paper's day; an
    # "IMAGE:" caption and the links under "Read also:" made events
    def headlines(text: str) -> list[tuple[str, str]]:
        return [(e.date.value, e.headline) for e in extract_events(make_article(text))]

    assert headlines(
        "Chief Minister loses seat in overnight count\n\nBy Catriona Teare, Political Editor"
        "\n\nCounting staff check ballot papers in the early hours of this morning. Picture: "
        "Mannin Post / Joe Callister\n\nChief Minister Howard Corkill has lost his seat in "
        "yesterday's general election.\n") == [
        ("2017-11-17TMO", "Counting staff check ballot papers in the early hours"),
        ("2017-11-16", "Chief Minister Howard Corkill has lost his seat in the general "
                       "election")]  # (the caption's day is told nowhere else: it stays)
    assert headlines(
        "Cyclone Fotu cuts Niue off\n\nPacific desk, Ocean Radio\n\nNiue is cut off after "
        "Cyclone Fotu crossed the island on Thursday afternoon.\n") == [
        ("2017-11-16TAF", "Niue is cut off after Cyclone Fotu crossed the island")]
    assert headlines(
        "Songbird rediscovered\n\nIMAGE: A robin photographed by a camera trap on Nov. 9, "
        "2017.\n\nA camera trap photographed a robin on Nov. 9, 2017.\n\nRead also:\n- UGTT "
        "files notice of strike on Nov. 20\n- Inflation rises to 7.8% in October\n") == [
        ("2017-11-09", "A camera trap photographed a robin")]
    # review set 70: a Mauritian site's "À lire aussi" block of links made two events
    assert headlines(
        "Cyclone warning in force\n\nA class 3 warning was issued at 10h00 on Monday.\n\n"
        "À lire aussi\nCyclone season: the MMS names its list for 2034-2035\nCEB: 40,000 "
        "homes without power after last year's cyclone\n") == [
        ("2017-11-13T10:00", "A class 3 warning was issued")]


def test_a_holiday_naming_a_noun_or_a_subject_stays_in_the_headline() -> None:
    # review set 46: "won the Boxing Day parade on Monday, December 26" gave "won the
    # parade", and "because New Year's Day fell on a Sunday" gave "because fell on a Sunday"
    assert _headlines(
        "The Bain Town Marchers won the Boxing Day parade on Monday, Dec. 26. Banks remain "
        "closed today because Armistice Day fell on a Saturday. Crowds gathered on Nov. 11 "
        "for the Armistice Day silence. The tanker ran aground on Remembrance Day two "
        "miles offshore."
    ) == [("2016-12-26", "The Bain Town Marchers won the Boxing Day parade"),
          ("2017-11-17", "Banks remain closed because Armistice Day fell on a Saturday"),
          ("2017-11-11", "Crowds gathered for the Armistice Day silence"),
          ("2017-11-11", "The tanker ran aground two miles offshore")]  # fmt: skip


def test_the_rest_of_a_date_list_in_the_subject_goes_with_its_first() -> None:
    # review set 46: "Expeditions in 1989, 2008 and 2033 failed to find it" gave
    # "Expeditions, 2008 and 2033 failed to find it" three times
    assert _headlines("Expeditions in 1989, 2008 and 2013 failed to find it.") == [
        ("1989", "Expeditions failed to find it"), ("2008", "Expeditions failed to find it"),
        ("2013", "Expeditions failed to find it")]


def test_a_participle_after_a_thing_at_a_place_is_the_things() -> None:
    # review sets 45 and 46: "A SR 140 million fishmeal and fish-oil plant at Providence,
    # opened in June, ..." gave "Providence was opened" (and "Harare was commissioned")
    assert _headlines(
        "A SR 140 million fishmeal and fish-oil plant at Providence, opened in June, "
        "processed 31,000 tonnes."
    ) == [("2017-06", "A fishmeal and fish-oil plant was opened")]


def test_the_same_moment_in_another_place_after_a_zone_or_a_dash_makes_no_event() -> None:
    # review set 46: "at about 9pm on Thursday, Niue time, which was 9pm on Friday in
    # Auckland" and "on Thursday afternoon local time - Friday afternoon in New Zealand -"
    # made events of the restated moment
    assert _headlines(
        "The eye passed over Alofi at about 9pm on Wednesday, Niue time, which was 9pm on "
        "Thursday in Auckland. Cyclone Fotu crossed the island on Wednesday afternoon local "
        "time - Thursday afternoon in New Zealand - tearing roofs from homes."
    ) == [("2017-11-15T21:00", "The eye passed over Alofi"),
          ("2017-11-15TAF", "Cyclone Fotu crossed the island")]  # fmt: skip


def test_a_quotation_going_on_after_its_speakers_sentence_makes_no_event() -> None:
    # review set 46: '"We were fifth on Boxing Day," said Cedric Ferguson, 58. "Junkanoo is
    # not one morning. It is the whole year, in a shack."' made an event of "the whole year"
    assert _headlines(
        'Grants Town Roots won the parade on Wednesday.\n\n"We were fifth on Boxing Day, and '
        'people wrote us off," said Roots leader Cedric Ferguson, 58. "Junkanoo is not one '
        'morning. It is the whole year, in a shack, with glue and cardboard."'
    ) == [("2017-11-15", "Grants Town Roots won the parade")]


def test_a_plan_told_in_the_past_makes_no_event() -> None:
    # review set 46: "Niue's schools, which were to start the school year on Monday, will
    # stay closed" made the event "Niue's schools were to start the school year"
    assert _headlines(
        "Niue's schoolchildren, who were to start the school year on Monday, will stay home. "
        "The ferry was to sail on Tuesday, but the storm kept it in port."
    ) == [("2017-11-14", "The ferry was to sail, but the storm kept it in port")]


def test_since_then_in_the_subject_is_no_since_clause() -> None:
    # review set 46: "The only contact with the island since then has been a satellite phone
    # call ... at about 9pm on Thursday" gave "Has been a satellite phone call ..."
    assert _headlines(
        "The only contact with the island since then has been a satellite phone call from "
        "Premier Ioane Fakalago at about 9pm on Wednesday."
    ) == [("2017-11-15T21:00", "The only contact with the island since then has been a "
                               "satellite phone call from Premier Ioane Fakalago")]


def test_a_holidays_weekday_and_a_years_plan_make_no_events() -> None:
    # review set 46: "because New Year's Day fell on a Sunday" made an event of New Year's
    # Day, and "a 3.5% wage increase for 2050" and "The draft finance law for 2050" events of
    # 2050 (what the offer and the law are for)
    assert _headlines(
        "Banks remain closed today, a public holiday because Armistice Day fell on a Saturday. "
        "The government offered a 3.5% wage increase for 2019 on Monday. The draft finance "
        "law for 2019, adopted on Nov. 14, would freeze hiring."
    ) == [("2017-11-17", "Banks remain closed, a public holiday because Armistice Day fell on "
                         "a Saturday"),
          ("2017-11-13", "The government offered a 3.5% wage increase for 2019"),
          ("2017-11-14", "The draft finance law for 2019 was adopted")]  # fmt: skip


def test_a_headline_that_is_only_an_after_clause_loses_its_after() -> None:
    # review set 46: "..., after a hurricane warning was issued at 6pm" gave "After a
    # hurricane warning was issued" (not "After a first half in which ...", a noun's clause)
    assert _headlines(
        "Residents were moved to churches on Wednesday evening, after a hurricane warning was "
        "issued at 6pm."
    ) == [("2017-11-15TEV", "Residents were moved to churches"),
          ("2017-11-15T18:00", "A hurricane warning was issued")]  # fmt: skip


def test_a_start_at_midnight_is_the_next_days_first_moment() -> None:
    # review set 46: "The strike began at midnight" in a paper of 9 November was put on the
    # 8th ("T24:00", the 8th's end); an end at midnight stays the day's end
    assert _headlines(
        "The general strike began at midnight, the union said. A curfew takes effect at "
        "midnight tonight. The talks ended at midnight."
    ) == [("2017-11-17T00:00", "The general strike began"),
          ("2017-11-18T00:00", "A curfew takes effect"),
          ("2017-11-16T24:00", "The talks ended")]  # fmt: skip


def test_a_participle_after_first_or_last_keeps_its_adverb() -> None:
    # review set 46: "A songbird last recorded in 1911 has been rediscovered" made "A songbird
    # last was recorded" and "A songbird last has been rediscovered"
    assert _headlines(
        "A songbird last recorded in 1911 has been rediscovered on Bioko, scientists said on "
        "Monday. The frog, last seen in 1998, was found in a stream on Tuesday."
    ) == [("1911", "A songbird was last recorded"),
          ("2017-11-13", "A songbird has been rediscovered on Bioko, scientists said"),
          ("1998", "The frog was last seen"),
          ("2017-11-14", "The frog was found in a stream")]  # fmt: skip


def test_a_measures_level_in_money_is_a_figure_of_its_period() -> None:
    # review sets 30, 31, 32, 35, 41 and 46: "Revenue was $2.61 billion", "Profit in the
    # financial year was SR 216.7 million" were events of their periods (judged statistics);
    # the debt paid off and a fine stay happenings
    assert _headlines(
        "The canner reported its results on Tuesday. Profit in the 2016/17 financial year was "
        "SR 216.7 million. Net profit for 2016 was €12m. Exports in March were 4.1 billion "
        "euros. In March the company's debt was paid off. The fine in 2016 was $3 million."
    ) == [("2017-11-14", "The canner reported its results"),
          ("2017-03", "The company's debt was paid off"),
          ("2016", "The fine was $3 million")]  # fmt: skip


def test_an_emails_head_a_foreign_stamp_and_related_episodes_make_no_events(
    tmp_path: Path,
) -> None:
    # review set 47: "Date: Thu, 17 Sep 2048 05:45:03 +0300" made the event "Date:
    # 05:45:03 +0300", "Publicerad 12 december 2046 kl. 06.50" the event "Publicerad kl",
    # and the "Related episodes:" links events of their days
    path = tmp_path / "brief.txt"
    path.write_text(
        "From: Addis Markets Brief <brief@example.et>\nDate: Thu, 17 Sep 2048 05:45:03 +0300\n"
        "Subject: Gedeo Highland lifts profit 31%\n\nThe exporter filed its results on "
        "Tuesday.\n\nRelated episodes:\nEpisode 209 · 25 Jun 2048 · The semi-final preview\n")
    [article] = load_articles([path]).articles
    assert sorted((e.date.value, e.headline) for e in extract_events(article)) == [
        ("2048-09-15", "The exporter filed its results"),
        ("2048-09-17", "Gedeo Highland lifts profit 31%")]  # (the subject, the paper's news)
    path.write_text(
        "NYHETER · In English\n\nLantråd survives vote after 13-hour debate on ferry cuts\n\n"
        "Publicerad 12 december 2046 kl. 06.50\n\nThe Lagting voted late on Tuesday.\n")
    [article] = load_articles([path]).articles
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2046-12-11", "The Lagting voted")]


def test_a_relative_court_story_counts_after_that_and_keeps_a_flights_time_out() -> None:
    # review set 47: "The case began on ..., a Saturday, when a park ranger, Alusine Conteh,
    # came upon ..." gave "The case began came upon ..."; "Three days after that, ...
    # raided" made no event; "as he queued for a 2.40pm flight" made an event of the paper's
    # day and gave "November that year" the paper's year
    assert _headlines(
        "The case began on the morning of 10 August 2015, a Saturday, when a park ranger, "
        "Alusine Conteh, came upon two bulldozers. Two days later he took his photographs to "
        "the commission. Three days after that, investigators raided the ministry. Turay was "
        "arrested at the airport as he queued for a 2.40pm flight to Accra. Turay was "
        "charged with 14 counts in November that year. Two days after that game, she resigned."
    ) == [("2015-08-10TMO", "A park ranger, Alusine Conteh, came upon two bulldozers"),
          ("2015-08-12", "Alusine Conteh took his photographs to the commission"),
          ("2015-08-15", "Investigators raided the ministry"),
          ("2015-11", "Turay was charged with 14 counts")]  # fmt: skip


def test_the_dashes_of_a_date_gone_go_too() -> None:
    # review set 22: "She was fired Oct. 15, 2024 — the day after Thanksgiving — at the
    # start of an 8:30 a.m. video call" once both dates are gone
    assert make_headline("She was fired Oct. 15 — the day after Thanksgiving — at the start of "
                         "a video call", [(14, 21), (24, 51)]) == (
        "She was fired at the start of a video call")


def test_a_day_in_brackets_after_another_calendars_day_dates_its_sentence() -> None:
    # review set 47: "On the night of Tir 20 (January 29), a fire destroyed drying beds"
    # made no event (a bracketed date read as an aside, like "(built 2014)")
    assert _headlines(
        "On the night of Tir 20 (January 29), a fire destroyed drying beds. The Vestmar "
        "Aurora (built 2014) lost 96 containers on Monday."
    ) == [("2017-01-29", "On the night of Tir 20, a fire destroyed drying beds"),
          ("2017-11-13", "The Vestmar Aurora lost 96 containers")]  # fmt: skip


def test_a_newsletters_own_schedule_makes_no_event() -> None:
    # review set 47: "The next Brief arrives on Monday" and "Next episode: Episode 213, the
    # Currie Cup preview, out next Tuesday" were events
    assert _headlines(
        "The exporter reported results on Tuesday.\n\nThe next Brief arrives on Monday.\n\n"
        "Next episode: Episode 213, the Currie Cup preview, out next Tuesday.\n"
    ) == [("2017-11-14", "The exporter reported results")]


def test_a_states_rough_start_makes_no_event() -> None:
    # review set 47: "where about 900 people had been waiting since before noon" made "About
    # 900 people had been waiting since"
    assert _headlines(
        "At 12.38, a thin edge of the sun cleared the mountains and lit the steps, where about "
        "900 people had been waiting since before noon."
    ) == [("2017-11-17T12:38", "A thin edge of the sun cleared the mountains and lit the steps")]


def test_a_moment_told_again_in_another_places_clock_after_a_comma_is_one_event() -> None:
    # review set 47: "peaked at 10:21 a.m. Sunday local time, 12:21 p.m. Saturday in
    # Honolulu" made two events of one moment
    assert [date for date, _ in _headlines(
        "The morning high tide peaked at 10:21 a.m. Sunday local time, 12:21 p.m. Saturday in "
        "Honolulu.")] == ["2017-11-12T10:21"]


def test_weeks_later_after_a_chain_of_steps_counts_from_the_last_step() -> None:
    # review set 47: "Turay was arrested five weeks later" after "Two days later" and "Three
    # days after that" was counted from the last written date, 10 August (2047-W37)
    assert _headlines(
        "On 10 August 2015 a ranger came upon bulldozers. Two days later he went to the "
        "commission. Three days after that, investigators raided the ministry. Turay was "
        "arrested five weeks later at the airport."
    )[-1] == ("2015-09-19", "Turay was arrested at the airport")


def test_the_clock_as_told_and_a_live_pages_end_make_no_events() -> None:
    # review set 47: "It is 5:20 p.m. Sunday in Majuro" and "We are ending our live updates
    # for tonight" were events
    assert _headlines(
        "The tide peaked on Thursday. We are ending our live updates for tonight. It is 5:20 "
        "p.m. Sunday in Majuro."
    ) == [("2017-11-16", "The tide peaked")]


def test_a_span_after_a_noun_like_cuts_is_one_span() -> None:
    # review set 47: "The cuts will run from 1 February to 30 April" made two events ("cuts"
    # read as the verb of a change of dates, "cut from X to Y")
    events = dated(extract_events(make_article(HEAD + (
        "The Lagting voted on Tuesday. The cuts will run from 1 February to 30 April."))))
    assert [(e.date.start.isoformat(), e.date.end.isoformat(), e.headline) for e in events
            ][-1] == ("2018-02-01", "2018-04-30", "The cuts will run")  # fmt: skip


def test_a_custom_and_what_will_not_happen_make_no_events() -> None:
    # review set 47: "By tradition the sun first reaches the steps on 8 March" and "From 20
    # April the sun will not set at all until late August" were events (and sets 19, 23,
    # 24, 30 judged "He will not be raising turkeys" and the like no happenings)
    assert _headlines(
        "The sun came back on Thursday. By tradition the sun first reaches the steps on 8 "
        "March. From 20 April the sun will not set at all until late August."
    ) == [("2017-11-16", "The sun came back")]


def test_a_transcripts_time_code_and_speaker_leave_the_headline() -> None:
    # review set 47: a podcast transcript gave "[00:04:12] TEBOGO: And, the parade"
    assert _headlines("[00:04:12] TEBOGO: The parade went through the city on Sunday.") == [
        ("2017-11-12", "The parade went through the city")]
    # review set 63: an airline's live chat, its agent named with the firm, its customer "You"
    assert _headlines("[10:32:12] Mélanie (Golfe Air): We cancelled your flight on Tuesday "
                      "because of the wind.") == [  # fmt: skip
        ("2017-11-14", "We cancelled your flight because of the wind")]
    assert _headlines("[10:33:00] You: The plane went all the way to the islands on Tuesday "
                      "and came back.") == [  # fmt: skip
        ("2017-11-14", "The plane went all the way to the islands and came back")]


def test_an_aside_cut_open_by_a_headline_goes_whole() -> None:
    # review set 47: "... came back (Svalbard's hospital does not deliver babies" and "Her
    # mother had flown south )"
    assert make_headline("She was born on the day the sun came back (the hospital does not "
                         "deliver babies", []) == "She was born on the day the sun came back"
    assert make_headline("Her mother had flown south )", []) == "Her mother had flown south"
    assert make_headline("Smith (a banker) resigned", []) == "Smith (a banker) resigned"


def test_the_next_day_after_a_counted_step_and_a_pages_own_notes() -> None:
    # review set 47's second judgement: "The next day" after "Two days later ..." counted
    # from the written day before it; "The next issue arrives on Monday" and "Our next
    # newsletter will be out on Friday" were events, and a live page's "All times are ..."
    # note carried its title's event
    assert _headlines(
        "A ranger found bulldozers on 10 August 2015. Two days later he went to the "
        "commission. The next day, police questioned him.\n\nThe next issue arrives on Monday."
        "\n\nOur next newsletter will be out on Friday.\n"
    ) == [("2015-08-10", "A ranger found bulldozers"),
          ("2015-08-12", "He went to the commission"),
          ("2015-08-13", "Police questioned him")]  # fmt: skip


def test_an_answer_s_word_or_a_post_s_edit_label_leaves_the_headline() -> None:
    # review set 57: a Q&A page's "Once: in June 2044 a lorry ... damaged the line" was
    # headed "Once: a lorry ..."
    text = "Once: in June 2044 a lorry with its tipper raised damaged the line at Hamilius."
    start = text.index("in June 2044")
    assert make_headline(text, [(start + 3, start + 12)]) == (
        "A lorry with its tipper raised damaged the line at Hamilius")
    text = "EDIT 2: the ferry finally left North Sydney on Monday."
    start = text.index("Monday")
    assert make_headline(text, [(start, start + 6)]) == "The ferry finally left North Sydney"


def test_a_threads_comment_heads_make_no_events() -> None:
    # review set 57: an old-Reddit copy's "[–] TowLineTerry 212 points 3 days ago" heads
    # each made an event of their relative stamp
    assert _headlines(
        "No boats since Wednesday night, shelves bare in Corner Brook. Any word from Marine "
        "Atlantic? (self.newfoundland)\nsubmitted 3 days ago * (last edited 1 day ago) by "
        "WreckhouseWanda\n\n[–] TowLineTerry 212 points 3 days ago\n\nThe boats sailed on "
        "Monday.\n\n"
        "    [–] capelin_season 31 points 2 days ago\n\nThe shelves were empty on Tuesday.\n"
    ) == [("2017-11-13", "The boats sailed"), ("2017-11-14", "The shelves were empty")]


def test_a_caption_s_picture_description_makes_no_event() -> None:
    # review set 57: a wire's caption list ("Residents watch the eruption from a rooftop
    # ..., 13 March 2039.") made an event of each picture's description
    assert _headlines(
        "LOKBATAN, AZERBAIJAN - Residents watch the eruption from a rooftop in the Lokbatan "
        "settlement, 13 March 2017. Police told 1,200 people to leave their homes on Monday."
        "\n\nThe volcano erupted late on 12 November 2017, the ministry said.\n"
    ) == [("2017-11-13", "Police told 1,200 people to leave their homes"),
          ("2017-11-12", "The volcano erupted")]  # fmt: skip
    # (told in the past, a date after a comma stays a happening's: the second judgement's
    # probes)
    assert _headlines("The volcano last erupted, 25 October 2016.\n\nThe mayor resigned, "
                      "March 2017.\n") == [("2016-10-25", "The volcano last erupted"),
                                           ("2017-03", "The mayor resigned")]  # fmt: skip


def test_a_year_before_a_happenings_noun_dates_it() -> None:
    # review set 47's second judgement: "they lost the 2049 final in Windhoek" made no event
    # ("the 2049 final" read as a thing's year, like "the 2021 law")
    assert _headlines(
        "The team won on Thursday. Madagascar lost the 2014 final in Windhoek. The court "
        "found that the 2016 law was unconstitutional on Monday."
    ) == [("2017-11-16", "The team won"), ("2014", "Madagascar lost the final in Windhoek"),
          ("2017-11-13", "The court found that the 2016 law was unconstitutional")]  # fmt: skip


def test_a_possibility_said_keeps_its_speaker() -> None:
    # review set 47: "Westerholm said this week that the cuts could be reversed ..." gave
    # "The cuts could be reversed ...", a possibility printed as the week's happening
    assert _headlines(
        "Westerholm said on Monday that the cuts could be reversed if fuel prices fall. Police "
        "said on Tuesday that the suspect was arrested."
    ) == [("2017-11-13", "Westerholm said the cuts could be reversed if fuel prices fall"),
          ("2017-11-14", "The suspect was arrested")]  # fmt: skip


def test_a_clause_a_counted_while_after_the_main_clause_has_its_own_date() -> None:
    # "Okafor filed the motion a fortnight ago, a week after the Ledger published the
    # contracts on 21 November" gave the filing a second event on the 21st; so did the
    # water's return "nearly three days after a main burst ... on Monday, 1 September"
    # (review sets 44, 45 and 47; "after the teams had split ... on April 6" was right)
    assert _headlines(
        "Okafor filed the motion on Friday, a week after the Ledger published the contracts "
        "on 3 November. Water returned to most homes in Olomouc yesterday evening, nearly "
        "three days after a main burst under the city's busiest junction on Monday, 13 "
        "November, the first day of the school term. Karaganda won at home on Tuesday, after "
        "the teams had split the first two games in Astana on 9 November."
    ) == [("2017-11-17", "Okafor filed the motion"),
          ("2017-11-03", "The Ledger published the contracts"),
          ("2017-11-16TEV", "Water returned to most homes in Olomouc, nearly three days after "
                            "a main burst under the city's busiest junction"),
          ("2017-11-13", "A main burst under the city's busiest junction"),
          ("2017-11-14", "Karaganda won at home"),
          ("2017-11-09", "The teams had split the first two games in Astana")]  # fmt: skip


def test_an_after_clause_with_its_own_past_verb_keeps_its_date() -> None:
    # review sets 35, 37 and 47: a present perfect takes no past date ("has suspended
    # installation ... after a blade broke off one of its turbines on Monday evening" put
    # the suspension on Monday evening), nor does a main clause dated before "after"
    # ("were filed with the ESX on Tuesday ... after the exchange closed on Friday for
    # Enkutatash" filed the results on Friday)
    assert _headlines(
        "The operator has been fined after thousands of salmon died when water levels were "
        "dropped last autumn. The results were filed on Wednesday, after the exchange "
        "closed on Monday for the holiday. The airline has cancelled 40 flights after a fire "
        "broke out at its hangar on Tuesday."
    ) == [("2016-FA", "Thousands of salmon died when water levels were dropped"),
          ("2017-11-15", "The results were filed"),
          ("2017-11-13", "The exchange closed for the holiday"),
          ("2017-11-14", "A fire broke out at its hangar")]  # fmt: skip
    # a phrase fronted before the main clause's pronoun is no clause of its own
    assert _headlines(
        "Two years ago the council promised a ferry, and after a long argument about the "
        "cost it confirmed the order in March."
    )[-1] == ("2017-03", "Two years ago the council after a long argument about the cost it "
                         "confirmed the order")  # (not "A long argument about the cost it
    # confirmed the order"; the gapped subject borrowed with its "Two years ago" is a
    # known fault)


def test_an_agency_dateline_without_brackets_leaves_the_headline() -> None:
    # review set 48: "Tabuk, Rabi Al-Awwal 8, 1467, January 26, 2045, SPA -- The General
    # Directorate ... has rescued 63 people" kept its dateline's place, Hijri date and agency
    events = extract_events(make_article(
        "Snow blankets Jabal Al-Lawz\n\nTabuk, Rabi Al-Awwal 8, 1467, January 26, 2045, SPA -- "
        "The General Directorate of Civil Defense has rescued 63 people.\n",
        published=dt.date(2045, 1, 26)))
    assert [(e.date.value, e.headline) for e in dated(events)] == [
        ("2045-01-26", "The General Directorate of Civil Defense has rescued 63 people")]


def test_a_content_systems_posted_by_line_is_no_event() -> None:
    # review set 48: "Submitted by Ngwa Eric Tanyi on Tue, 09/03/2058 - 17:05" was an event
    # headed "Submitted by Ngwa Eric Tanyi on Tue"
    events = extract_events(make_article(
        "Gas from a spring killed 38 cattle\n\nSubmitted by Ngwa Eric Tanyi on Tue, 09/03/2058 "
        "- 17:05\n\nThe animals were found on Saturday by a herder.\n",
        published=dt.date(2058, 9, 3)))
    assert [(e.date.value, e.headline) for e in dated(events)] == [
        ("2058-08-31", "The animals were found by a herder")]


def test_and_an_anaphoric_date_then_a_verb_opens_its_own_clause() -> None:
    # review set 48: "An IRGM team arrived from Yaoundé on Sunday evening and the next morning
    # lowered instruments into the lake" gave both days "An IRGM team arrived from Yaoundé
    # lowered instruments into the lake" ("and on Monday morning lowered" was right)
    assert _headlines(
        "An IRGM team arrived from Yaoundé on Sunday evening and the next morning lowered "
        "instruments into the lake. Police arrested the man on Monday and the following day "
        "charged him."
    ) == [("2017-11-12TEV", "An IRGM team arrived from Yaoundé"),
          ("2017-11-13TMO", "An IRGM team lowered instruments into the lake"),
          ("2017-11-13", "Police arrested the man"),
          ("2017-11-14", "Police charged him")]  # fmt: skip


def test_a_that_clause_on_a_long_noun_phrase_keeps_its_subject() -> None:
    # review set 48: "A strong continental cold air mass that reached Penghu on February 9
    # pushed the sea temperature ... over the weekend" gave both dates "Reached Penghu pushed
    # the sea temperature ..." (a noun of four words before "that" was not seen)
    assert _headlines(
        "A strong continental cold air mass that reached Penghu on November 9 pushed the sea "
        "temperature below 12C over the weekend. A council spokesperson said yesterday that "
        "a redesign of the junction had gone out to consultation last week."
    ) == [("2017-11-09", "A strong continental cold air mass reached Penghu"),
          ("2017-W45-WE", "A strong continental cold air mass that reached Penghu pushed the "
                          "sea temperature below 12C"),
          ("2017-11-16", "A council spokesperson said that a redesign of the junction had "
                         "gone out to consultation"),
          ("2017-W45", "A redesign of the junction had gone out to consultation")]  # fmt: skip


def test_a_superlatives_since_date_stays_in_the_headline_further_back() -> None:
    # review set 48: "won the Elfstedentocht today, the first running of Friesland's
    # 200-kilometre race on natural ice since 4 January 1997" lost "since 4 January 1997"
    # (its "first" more than 50 characters back), calling it the first race ever
    assert _headlines(
        "Sietse Hoekstra won the Elfstedentocht today, the first running of Friesland's "
        "200-kilometre race on natural ice since 4 January 1997."
    ) == [("2017-11-17", "Sietse Hoekstra won the Elfstedentocht, the first running of "
                         "Friesland's 200-kilometre race on natural ice since 4 January 1997")]


def test_a_measurement_read_is_no_happening_outside_the_lead() -> None:
    # review set 48: "The Magong weather station recorded a low of 7.9°C at 6:10 a.m. on
    # February 10" and "the water temperature ... fell to 11.6°C on Sunday afternoon" were
    # events (the answer keys of sets 18, 39 and 48 call such readings statistics)
    assert _headlines(
        "A cold surge killed 186 tonnes of fish this week.\n\nThe station recorded a low of "
        "7.9°C at 6:10 a.m. on Wednesday, and the water temperature at Chikan harbor fell to "
        "11.6°C on Thursday afternoon. Farmers began towing cages to deeper water on Thursday."
    ) == [("2017-W46", "A cold surge killed 186 tonnes of fish"),
          ("2017-11-16", "Farmers began towing cages to deeper water")]  # fmt: skip
    # (but a happening joined to a reading keeps the event: its second judgement)
    assert _headlines(
        "A cold surge hit the islands this week.\n\nThe station recorded minus 4 degrees on "
        "Wednesday, and the town's water mains froze."
    ) == [("2017-W46", "A cold surge hit the islands"),
          ("2017-11-15", "The station recorded minus 4 degrees, and the town's water mains "
                         "froze")]  # fmt: skip


def test_a_contrast_set_beside_a_subject_is_no_clause_of_its_own() -> None:
    # review set 48: "Carbon dioxide seeping from the ground ..., and not a release from the
    # lake itself, killed 38 cattle ... at the weekend" was headed "Not a release from the
    # lake itself, killed 38 cattle ..." (", and" read as a joint between clauses)
    assert _headlines(
        "Carbon dioxide seeping from the ground beside a spring in a valley below Lake Nyos, "
        "and not a release from the lake itself, killed 38 cattle found dead there at the "
        "weekend, scientists from the Institute for Geological and Mining Research said."
    ) == [("2017-W45-WE", "Carbon dioxide seeping from the ground beside a spring in a valley "
                          "below Lake Nyos killed 38 cattle found dead there…")]


def test_a_participle_phrase_on_the_subject_dates_its_own_happening() -> None:
    # review set 48: "Degassing pipes installed in 2001 and 2011 have since removed most of
    # the gas" gave both years "Degassing pipes installed have since removed most of the gas"
    assert _headlines(
        "Degassing pipes installed in 2001 and 2011 have since removed most of the gas. The "
        "ballot opened on Monday."
    ) == [("2001", "Degassing pipes were installed"), ("2011", "Degassing pipes were installed"),
          ("2017-11-13", "The ballot opened")]  # fmt: skip


def test_a_lone_present_verb_after_and_is_no_gapped_subject() -> None:
    # "The ballot opened on Monday and closes on Friday" gave Friday "Closes opened" (the
    # verb read as a second subject borrowing "opened", as in "and his deputy on Wednesday")
    assert _headlines(
        "The ballot opened on Monday and closes on Friday. The mayor resigned on Monday, and "
        "his deputy on Wednesday."
    ) == [("2017-11-13", "The ballot opened"), ("2017-11-17", "The ballot closes"),
          ("2017-11-13", "The mayor resigned"), ("2017-11-15", "His deputy resigned")]  # fmt: skip


def test_set_off_is_a_verb_before_a_shared_subjects_second_clause() -> None:
    # review set 48: "Hoekstra set off in darkness at 5.30am ... and crossed the line ... at
    # 12.22pm" gave "Crossed the line ..." ("set" was not seen as the first clause's verb)
    assert _headlines(
        "Hoekstra set off in darkness at 5.30am and crossed the line in Leeuwarden at 12.22pm."
    ) == [("2017-11-17T05:30", "Hoekstra set off in darkness"),
          ("2017-11-17T12:22", "Hoekstra crossed the line in Leeuwarden")]  # fmt: skip


def test_an_after_clause_cut_from_its_sentence_loses_its_after() -> None:
    # review set 48: "A week ago the municipality banned drones over the field, after one hit
    # a kite last year" gave last year "After one hit a kite"
    assert _headlines(
        "A week ago the municipality banned drones over the field, after a drone hit a kite "
        "last year."
    ) == [("2017-11-10", "The municipality banned drones over the field"),
          ("2016", "A drone hit a kite")]  # fmt: skip
    # a probe of a wire lead: a count as the clause's subject ("After 40 passengers drowned")
    assert _headlines(
        "Police impounded the ferry on Sunday, after 40 passengers drowned on Thursday."
    ) == [("2017-11-12", "Police impounded the ferry"),
          ("2017-11-16", "40 passengers drowned")]  # fmt: skip


def test_a_cut_or_a_fall_from_one_time_to_another_is_one_span() -> None:
    # review set 52's Galilee newsletter: the power cut and the rain each made two events,
    # one per end, as if "was cut" and "fell" had moved a date
    article = make_article(
        "Galilee digest\n\nElectricity was cut in Kinneret village from 19:40 on Monday to "
        "01:15 on Tuesday. The heaviest rain of the winter fell on the Galilee from Saturday "
        "night to Tuesday. The vote was moved from Monday to Wednesday.",
        published=dt.date(2039, 1, 27),
    )
    found = [(e.date.value, e.date.start, e.date.end, e.headline) for e in extract_events(article)]
    assert found == [
        ("2039-01-24T19:40", dt.date(2039, 1, 24), dt.date(2039, 1, 25),
         "Electricity was cut in Kinneret village"),
        ("2039-01-22TNI", dt.date(2039, 1, 22), dt.date(2039, 1, 25),
         "The heaviest rain of the winter fell on the Galilee"),
        ("2039-01-24", dt.date(2039, 1, 24), dt.date(2039, 1, 24), "The vote was moved"),
        ("2039-01-26", dt.date(2039, 1, 26), dt.date(2039, 1, 26), "The vote was moved"),
    ]  # fmt: skip


def test_a_formal_weekday_and_its_date_are_one_day() -> None:
    # review set 52's court judgment: "on Tuesday last, 7th October," made two events, one of
    # them the month, with ", 7th," left in the headline
    article = make_article(
        "Sentence\n\nThe prisoner pleaded guilty on Tuesday last, 7th October, to three counts "
        "of manslaughter.", published=dt.date(1997, 10, 10))  # fmt: skip
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("1997-10-07", "The prisoner pleaded guilty to three counts of manslaughter")]


@pytest.mark.parametrize(
    "sentence",
    ["Tojo Rakotoarivelo's ministry did not respond to a request for comment on Sunday.",
     "Police could not immediately be reached on Friday.",
     "The operator declined to comment on Monday.",
     "More rain is forecast from Saturday night, with snow on the Hermon above 1,600 metres "
     "on Sunday.",
     # review set 63's radio script, set 27's tornado story, set 17's and set 54's states
     "The Bureau says more storms are likely this afternoon, with a 90 per cent chance of rain.",
     "Tomorrow should be drier.",
     "The Stuart Highway south of Alice Springs remains closed this morning.",
     "Lombok's own airport remained shut on Monday."],
)  # fmt: skip
def test_no_answer_to_a_reporter_and_a_forecast_are_no_happenings(sentence: str) -> None:
    # review set 52's vanilla wire and Galilee digest
    article = make_article(
        f"Vanilla thefts double\n\nGendarmes arrested four men on Friday. {sentence}",
        published=dt.date(2061, 9, 26))  # fmt: skip
    assert [e.headline for e in extract_events(article)] == ["Gendarmes arrested four men"]


def test_a_state_with_its_happening_after_it_stays_an_event() -> None:
    # review set 41: the tunnel's staying closed is a state, the panel's fall a happening
    article = make_article(
        "Tunnel shut\n\nThe Marsa bypass tunnel remained closed on Thursday after a concrete "
        "ceiling panel fell onto the road yesterday.",
        published=dt.date(2043, 6, 8))  # fmt: skip
    assert [e.date.value for e in extract_events(article)] == ["2043-06-07"]


def test_a_most_read_list_under_the_story_makes_no_events() -> None:
    # review set 52's Albanian page: "2. Why Albanians tie red and white cords in March 3."
    # (the list's next number read as a day) was an event
    article = make_article(
        "Summer Day crowds fill Elbasan\n\nBakers lifted a giant ballokume on Wednesday.\n\n"
        "Most read\n1. Tirana: the new ring-road tunnel will open by the autumn\n2. Why "
        "Albanians tie red and white cords in March\n3. Durrës beaches: the first lifeguards "
        "start in June\n", published=dt.date(2046, 3, 14))  # fmt: skip
    assert [e.headline for e in extract_events(article)] == ["Bakers lifted a giant ballokume"]


@pytest.mark.parametrize(
    "line",
    ["EMBARGOED: Not for publication or broadcast, or on websites, before 0600 GMT on Monday",
     "Embargoed until 00:01 BST, Tuesday 4 June 2030",
     "NOT FOR RELEASE BEFORE 10 A.M. EDT ON THURSDAY"],
)  # fmt: skip
def test_an_embargo_line_makes_no_event(line: str) -> None:
    # review set 52's wire queue item: the embargo's hour was an event
    article = make_article(
        f"Vanilla thefts double\n\n{line}\n\nGendarmes arrested four men on Friday.",
        published=dt.date(2030, 6, 3))  # fmt: skip
    assert [e.headline for e in extract_events(article)] == ["Gendarmes arrested four men"]


def test_a_line_all_in_square_brackets_is_a_note() -> None:
    # review set 52's Hansard: "[UNREVISED. ... Proof circulated 26th June, 2057]" was an
    # event on the day the proof went out
    article = make_article(
        "House of Assembly Debates\n\n[UNREVISED. Subject to correction by Members. Proof "
        "circulated 26th June, 2057]\n\nThe Minister made a statement on Tuesday. The "
        "[sargassum] influx began on Friday.", published=dt.date(2057, 6, 13))  # fmt: skip
    assert [e.date.value for e in extract_events(article)] == ["2057-06-12", "2057-06-08"]


def test_a_when_clause_after_a_day_counted_from_another_is_not_this_days() -> None:
    # review set 51's Samoan cable fault: "a week after White Sunday, when thousands of
    # families streamed their church services" headed the fault's day with the streaming
    article = make_article(
        "Internet crawls\n\nAPIA, Samoa - The fault came a week after White Sunday, when "
        "thousands of families streamed their church services to relatives in New Zealand.",
        published=dt.date(2052, 10, 22))  # fmt: skip
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2052-10-20", "The fault came")]


def test_a_speakers_address_to_the_chair_leaves_the_headline() -> None:
    # review set 52's Hansard: "This morning, Sir, 120 workers ... began clearing Consett Bay"
    # was headed "Sir, 120 workers ..."
    article = make_article(
        "Ministerial statement\n\nThis morning, Sir, 120 workers began clearing Consett Bay "
        "with eight excavators. Mr. Speaker, the Ministry received 23 complaints on Sunday "
        "night. Sir Hilary Beckles spoke on Monday.", published=dt.date(2057, 6, 12))  # fmt: skip
    assert [e.headline for e in extract_events(article)] == [
        "120 workers began clearing Consett Bay with eight excavators",
        "The Ministry received 23 complaints", "Sir Hilary Beckles spoke"]  # fmt: skip


def test_an_adjournment_is_at_its_clock_time_not_at_the_day_it_lasts_until() -> None:
    # review set 52's Hansard: "The House adjourned accordingly at 4.48 p.m. until Tuesday,
    # 19th June, 2057 at 10.00 a.m." made no event at 4.48 p.m. (the later day was taken for
    # the clock time's) and one at the sitting's 10 a.m. (the next sitting's hour, read as
    # today's); a deadline's clock time stays no event
    article = make_article(
        "House of Assembly\n\nThe House adjourned accordingly at 4.48 p.m. until Tuesday, "
        "19th June, 2057 at 10.00 a.m. Talks were suspended at 6 p.m. until Thursday. "
        "Passengers can cancel for a full refund until Friday at noon.",
        published=dt.date(2057, 6, 12))  # fmt: skip
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2057-06-12T16:48",
         "The House adjourned accordingly until Tuesday, 19th June, 2057 at 10.00 a.m."),
        ("2057-06-12T18:00", "Talks were suspended until Thursday")]  # fmt: skip


def test_a_past_verb_opening_a_relative_clause_after_a_month_ahead_keeps_it_a_plan() -> None:
    # review set 33: "will add a further 4 per cent from March, which she said most large
    # customers had accepted" was a happening, dated by the relative clause's "said"
    article = make_article(
        "Kilbrack prices\n\nKilbrack raised its prices to retailers by 6 per cent on Monday "
        "and will add a further 4 per cent from March, which she said most large customers "
        "had accepted.", published=dt.date(2030, 11, 20))  # fmt: skip
    assert [e.date.value for e in extract_events(article)] == ["2030-11-18"]


def test_a_present_verb_opening_a_relative_clause_still_dates_its_season() -> None:
    # review set 10: "the 2026 Atlantic season, which runs through Nov. 30" is a season to
    # come, no event (it became "The storm is the fourth hurricane of the Atlantic season"
    # when every verb opening a relative clause was passed over)
    article = make_article(
        "Hurricane Delphine\n\nThe storm is the fourth hurricane of the 2026 Atlantic season, "
        "which runs through Nov. 30.", published=dt.date(2026, 9, 2))  # fmt: skip
    assert extract_events(article) == []


def test_a_logs_weekday_headings_are_the_past_days_of_their_entries() -> None:
    # review set 53's sheriff's log, published on a Friday: the entries under "SATURDAY",
    # "SUNDAY" and "MONDAY" went on the paper's own day (the headings read as the days
    # after it); a timeline box in the historic present keeps its past day
    article = make_article(
        "Sheriff's Log\n\nThe following calls were logged in the week from Friday through "
        "Thursday.\n\nSATURDAY\n2:20 a.m. - Deputies helped the Colorado State Patrol at a "
        "rollover on U.S. 24.\n\nMONDAY\n9:30 a.m. - CDOT closed Fremont Pass for avalanche "
        "control.\n\nTHURSDAY\n6:05 p.m. - A snowmobile was reported stolen from a trailer.\n",
        published=dt.date(2036, 3, 7))  # fmt: skip
    assert [e.date.value for e in extract_events(article) if "T" in e.date.value] == [
        "2036-03-01T02:20", "2036-03-03T09:30", "2036-03-06T18:05"]
    article = make_article(
        "Cave rescue\n\nTwo cavers were cut off on Saturday.\n\nHow the rescue unfolded\n\n"
        "Saturday\n10:30 - The pair enter the cave, planning to be out by 17:00\n",
        published=dt.date(2027, 11, 9))  # fmt: skip
    assert "2027-11-06T10:30" in [e.date.value for e in extract_events(article)]


def test_a_release_line_makes_no_event() -> None:
    # review set 53's a: "For immediate release: 5.45am, Thursday 1 January 2054" was an event
    article = make_article(
        "MEDIA STATEMENT: Fire destroys wharf store\n\nBrigade news\n\nFor immediate release: "
        "5.45am, Thursday 1 January 2054\n\nA fire destroyed the cold store at the Waitangi "
        "wharf on Wednesday night.", published=dt.date(2054, 1, 1))  # fmt: skip
    assert [e.headline for e in extract_events(article)] == [
        "A fire destroyed the cold store at the Waitangi wharf"]


def test_the_desks_notes_over_a_forwarded_statement_make_no_events() -> None:
    # review set 53's a: the reporter's "done, 310 words filed at 16:58" and the editor's
    # "before 17:00" over a forwarded media statement were events
    article = make_article(
        "From: Tom Pryce <tom@wire.example>\nSent: 31 December 2053 17:04\nSubject: RE: FW: "
        "MEDIA STATEMENT: Fire destroys wharf store\n\nHarriet - done, 310 words filed at "
        "16:58 as \"Fire destroys wharf store\".\n\n-----Original Message-----\nFrom: "
        "Council Communications "
        "<media@council.example>\nSent: 31 December 2053 16:12\nSubject: MEDIA STATEMENT: "
        "Fire destroys wharf store\n\nMEDIA STATEMENT\n\nThe fire was reported at 11.38pm last "
        "night.\n", published=dt.date(2054, 1, 1))  # fmt: skip
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2053-12-31T23:38", "The fire was reported")]


def test_the_time_somewhere_else_at_a_moment_told_is_no_event() -> None:
    # review set 53's Scott Base diary and review set 52's Albanian fair: "it was still
    # Monday evening" at Rothera, "It was 5am for them", "In New York ..., it was 5am" were
    # events of their own; a cleft's when-clause keeps its happening
    article = make_article(
        "Winter diary\n\nAt 9am we sent our greeting to 40 stations. At Rothera, the British "
        "station, it was still Monday evening, and their reply came back before dinner. At "
        "8pm we raised a glass with the Rothera team. It was 5am for them. It was 5am when "
        "the generator failed.", published=dt.date(2067, 6, 26))  # fmt: skip
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2067-06-26T09:00", "We sent our greeting to 40 stations"),
        ("2067-06-26T20:00", "We raised a glass with the Rothera team"),
        ("2067-06-26T05:00", "The generator failed")]  # fmt: skip


def test_a_feasts_place_in_the_calendar_is_no_event() -> None:
    # review set 53's Macau story: "falls unusually late this year, in October" and "falls on
    # the second day of the National Day holiday" were events; rain's "falls" is no such
    # verb ("Heavy falls earlier this month had already left the catchment saturated")
    article = make_article(
        "Lanterns\n\nThe festival falls unusually late this year, in October. It also falls "
        "on the second day of the National Day holiday. Heavy falls earlier this month had "
        "already left the catchment saturated.", published=dt.date(2058, 10, 2))  # fmt: skip
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2058-10", "Heavy falls had already left the catchment saturated")]


def test_a_sites_strapline_over_its_menu_makes_no_event() -> None:
    # review set 53's sheriff's log: the masthead's "Published every Friday since 1961" was
    # an event of 1961 once it was no longer taken for the title
    article = make_article(
        "Cloud City Courier\nLeadville & Lake County, Colorado · Published every Friday since "
        "1961\nNews | Sports | Opinion | Obituaries | Sheriff's Log | Classifieds\n\nElk on "
        "Harrison\n\nDeputies helped at a rollover on Tuesday.\n",
        title="Elk on Harrison", published=dt.date(2036, 3, 7))  # fmt: skip
    assert [e.headline for e in extract_events(article)] == ["Deputies helped at a rollover"]


def test_a_relative_clause_after_a_dates_noun_does_not_set_its_tense() -> None:
    # review set 53's second judgement, on set 33: "the levy ... announced in the budget in
    # October, which takes effect on July 1st" lost its October event (the relative clause's
    # "takes effect" made it a plan)
    article = make_article(
        "Kilbrack results\n\nShares in Kilbrack Snacks fell on Tuesday.\n\nThe group also faces "
        "the levy on foods high in fat, salt and sugar announced in the budget in October, "
        "which takes effect on July 1st.", published=dt.date(2031, 1, 21))  # fmt: skip
    assert "2030-10" in [e.date.value for e in extract_events(article)]


def test_a_clock_time_and_the_same_moment_in_square_brackets_make_one_event() -> None:
    # review set 51's FBIS text: "at about 0400 [0700 GMT]" (the monitor's brackets); the
    # headline kept the emptied brackets: "The arrests were made [] on a beach"
    text = (HEAD + "Police in Marowijne District today arrested 11 people suspected of "
            "digging up the eggs of sea turtles. The arrests were made at about 0400 [0700 GMT] "
            "on a beach east of Christiaankondre by a joint patrol of the police that began on "
            "Monday night.")
    events = dated(extract_events(make_article(text)))
    assert ("2017-11-17T04:00", "about 0400") in [(e.date.value, e.date.text) for e in events]
    assert "0700 GMT" not in [e.date.text for e in events]
    assert "The arrests were made on a beach east of Christiaankondre" in events[1].headline


def test_a_pages_widgets_make_no_events() -> None:
    # review set 55: a Blogger archive's "► 2040 (96)" and "▼ April (7)", a YouTube page's
    # comment heads "@kiwi_geo_nerd  1 day ago" and its chapters "0:00  The new island from
    # the air" / "0:52  Tonga Geological Services" were events
    text = (HEAD + "A new island has risen from the sea, geologists confirmed yesterday.\n\n"
            "Chapters\n0:00  The new island from the air\n0:52  Tonga Geological Services\n"
            "2:10  Fishermen told to keep away\n\n@kiwi_geo_nerd  1 day ago\nAnyone know if "
            "there will be a Sentinel pass?\n\nBLOG ARCHIVE\n▼ 2041 (34)\n   ▼ April (7)\n"
            "   ► March (9)\n► 2040 (96)\n")
    events = dated(extract_events(make_article(text)))
    assert [e.date.text for e in events] == ["yesterday"]
    # (a live blog's entries under their clock times are events: no list from 0:00)
    text = HEAD + "Live updates\n\n10:30  Police closed the bridge.\n11:15  The bridge reopened.\n"
    assert [e.date.text for e in dated(extract_events(make_article(text)))] == ["10:30", "11:15"]


def test_a_line_in_capitals_names_no_one_for_the_noun_after_it() -> None:
    # review set 54's Ceefax page: "FALKLANDS: TWO DIE IN TRAWLER FIRE" was read as the name
    # "DIE IN TRAWLER FIRE", and "The fire broke out ..." became "The DIE IN TRAWLER FIRE
    # broke out ..."
    text = (HEAD + "FALKLANDS: TWO DIE IN TRAWLER FIRE\n\nThe fire broke out in the engine "
            "room of the Lobo Marino on Monday.\n")
    events = dated(extract_events(make_article(text)))
    assert [e.headline for e in events] == [
        "The fire broke out in the engine room of the Lobo Marino"]
    # (a name the article writes is still put for its noun)
    text = (HEAD + "Crews fought the Juniper Ridge Fire all night.\n\nThe fire jumped "
            "Highway 58 on Monday.\n")
    assert dated(extract_events(make_article(text)))[0].headline.startswith(
        "The Juniper Ridge Fire jumped")


def test_a_dated_line_repeated_on_each_page_makes_no_event() -> None:
    # review set 54's Ceefax page: each subpage's header "P147  CEEFAX 1 147 Wed 14 May
    # 18:42/31" (its seconds apart) made an event of its own, as a PDF's running head does
    text = (HEAD + "Minutes of the Planning Committee, 14 May 2024          Page 1 of 2\n\n"
                   "The committee approved the Mill Lane scheme on 2 May.\n\n"
                   "Minutes of the Planning Committee, 14 May 2024          Page 2 of 2\n\n"
                   "The chair closed the meeting at 9pm.\n")
    events = dated(extract_events(make_article(text, published=dt.date(2024, 5, 20))))
    assert [e.date.text for e in events] == ["2 May", "9pm"]
    # (a schedule's lines name different days: each is an event)
    text = HEAD + "Round 1 - 14 May: Harriers beat Rovers.\nRound 2 - 21 May: Rovers beat City.\n"
    events = dated(extract_events(make_article(text, published=dt.date(2024, 5, 22))))
    assert [e.date.text for e in events] == ["14 May", "21 May"]


def test_a_year_told_by_two_leaves_a_headline_whole() -> None:
    # review set 31's "The 2032/33 season opens in Lillehammer on 20 November" lost its
    # subject ("Opens in Lillehammer") once "The 2032/33 season" was one date (see
    # test_until_after_goes_with_its_date_...); set 11's "season ticket prices for 2026-27
    # rise" kept a "for" ("prices for rise")
    published = dt.date(2032, 11, 1)
    text = HEAD + "Season ticket prices for 2026-27 rise by 6 per cent, the club said.\n"
    events = dated(extract_events(make_article(text, published=published)))
    assert [e.headline for e in events] == ["Season ticket prices rise by 6 per cent"]
    # (the event's value is its first year, as a range's first end; its interval both)
    assert (events[0].date.value, events[0].date.start, events[0].date.end) == (
        "2026", dt.date(2026, 1, 1), dt.date(2027, 12, 31))


def test_a_relative_clause_runs_to_the_main_verb_and_a_spent_night_stays() -> None:
    # review set 56's Korean daily: "A wildfire that broke out on Sunday night in the hills
    # above Okgye-myeon, south of Gangneung, was declared contained at 5:20 a.m. today" gave
    # both dates one headline ("A wildfire broke out ..., was declared contained"), and
    # "spent the night of Sunday to Monday in school gyms" gave "spent in school gyms"
    published = dt.date(2047, 4, 9)
    text = (HEAD + "A wildfire that broke out on Sunday night in the hills above Okgye-myeon, "
            "south of Gangneung, was declared contained at 5:20 a.m. today.\n\nAbout 1,800 "
            "residents spent the night of Sunday to Monday in school gyms.\n")
    found = [(e.date.text, e.headline)
             for e in dated(extract_events(make_article(text, published=published)))]
    assert sorted(found) == [
        ("5:20 a.m. today", "A wildfire that broke out in the hills above Okgye-myeon, south of "
                            "Gangneung, was declared contained"),
        ("Sunday night", "A wildfire broke out in the hills above Okgye-myeon, south of Gangneung"),
        ("Sunday to Monday", "About 1,800 residents spent the night in school gyms")]


def test_a_records_field_of_dates_in_the_body_makes_no_event() -> None:
    # review set 56's Supreme Court summary: "Hearing dates: 7 Nov 2072 - 8 Nov 2072" was an
    # event headed "Hearing dates"
    text = (HEAD + "The court dismissed the appeal on Tuesday.\n\nHearing dates: 7 Nov 2017 - 8 "
            "Nov 2017\nJudgment date: 15 Nov 2017\n\nThe pier collapsed on 2 October 2017.\n")
    assert sorted(e.date.text or "" for e in dated(extract_events(make_article(text)))) == [
        "2 October 2017", "Tuesday"]


def test_an_editors_note_that_tells_news_makes_events() -> None:
    # review set 79 e: a letters page's "Editor's note: ... the supply to Long Look was
    # restored at 3pm on Tuesday" made no event (an editor's note was read as a correction)
    text = ("Long Look has had no water since Good Friday.\n\nEditor's note: The Water and "
            "Sewerage Department told the Clarion that the supply to Long Look was restored at "
            "3pm on Wednesday.\n\nEditor's note: An earlier version of this letter said the "
            "water went off on Thursday.\n")
    assert [(value, headline) for value, headline in _headlines(text) if "T" in value] == [
        ("2017-11-15T15:00", "The Water and Sewerage Department told the Clarion that the "
                             "supply to Long Look was restored")]
    assert all("earlier version" not in headline for _, headline in _headlines(text))


def test_a_counted_apposition_with_its_own_clock_is_not_cut_at_the_clock_s_point() -> None:
    # review set 80 a: "The river began to rise on Sunday, a day after the operator ...
    # opened two of the spillway's gates at about 6 p.m. on Saturday" was headed "The river
    # began to rise.m. on Saturday" (the apposition "a day after ..." cut at "p.")
    text = ("The river began to rise on Wednesday, a day after the operator of the dam opened "
            "two of the gates at about 6 p.m. on Tuesday. He said yesterday, a day after the "
            "vote, that he would stay.\n")
    headlines = dict(_headlines(text))
    assert headlines["2017-11-15"] == ("The river began to rise, a day after the operator of "
                                       "the dam opened two of the gates")
    assert headlines["2017-11-16"] == "He said he would stay"
    # (an unknown capitals' code after a clock is a zone only before a stop or a day: the
    # code review; nor is an issue any line's word)
    assert dict(_headlines("Staff walked out at 9am IT workers said on Wednesday.\n"))[
        "2017-11-15"].endswith("IT workers said")
    assert dict(_headlines("The issue came to a head at the council meeting of Tuesday, Nov. 7."
                           "\n")) == {"2017-11-07": "The issue came to a head at the council "
                                                   "meeting"}


def test_a_long_apposition_with_a_relative_clause_goes_from_a_long_headline() -> None:
    # review set 79 f: "Teiki Puhetini, the Marquesan master carver whose open-air workshop
    # at Hakahau on the island of Ua Pou trained two generations of carvers, died early
    # Wednesday at the hospital in Taiohae" was cut at its length before "died"
    text = ("Teiki Puhetini, the Marquesan master carver whose open-air workshop at Hakahau on "
            "the island of Ua Pou trained two generations of carvers, died early Wednesday at "
            "the hospital in Taiohae, on Nuku Hiva.\n")
    assert _headlines(text) == [("2017-11-15", "Teiki Puhetini died at the hospital in Taiohae, "
                                               "on Nuku Hiva")]


OLD_FILES = (
    "THE SABA STANDARD\nFriday, April 27th, 2012\n\nFROM OUR FILES\n\n10 YEARS AGO\nFrom our "
    "issue of Friday, April 26, 2002\n\nThe last block of the new breakwater was lowered "
    "into place on Tuesday. The harbour will reopen on Monday, May 6.\n\n50 YEARS AGO\nFrom "
    "The Saba Bulletin of Friday, April 27, 1962\n\nThe motor vessel Morning Star arrived off "
    "Fort Bay yesterday afternoon with the mail.\n\n--\n\nA note from the Standard: our office "
    "will be closed on Monday.\n"
)


def test_an_old_files_column_tells_each_item_from_its_own_issue() -> None:
    # review set 79 d: a weekly's "From our files" items were counted from the 2012 page
    # ("on Tuesday" of 2002 on 2012-04-24, "yesterday afternoon" of 1962 on 2012-04-26,
    # "Monday, May 6" in 2013) and each issue's line was an event "From our issue"
    article = make_article(OLD_FILES, published=dt.date(2012, 4, 27))
    assert sorted((e.date.value, e.headline) for e in extract_events(article)) == [
        ("1962-04-26TAF", "The motor vessel Morning Star arrived off Fort Bay with the mail"),
        ("2002-04-23", "The last block of the new breakwater was lowered into place"),
        ("2002-05-06", "The harbour will reopen"),
        ("2012-04-30", "A note from the Standard: our office will be closed")]


def test_a_table_of_figures_makes_no_events_and_a_clock_s_zone_goes_with_it() -> None:
    # review set 79 a: a cyclone advice's forecast track ("+6hr   8 pm January 20    2
    # 11.2S   103.7E   60") made nine events; "named ... at 5:00 am CXT today" was headed
    # "... named Tropical Cyclone Tamsin CXT while ..."
    text = (HEAD + "Tropical Low 09U was named Tropical Cyclone Tamsin at 5:00 am CXT on "
            "Friday while located southeast of the island.\n\nForecast track:\n"
            "0hr    2 pm November 17    2      11.2S      104.9E      35\n"
            "+6hr   8 pm November 17    2      11.2S      103.7E      60\n"
            "+72hr  2 pm November 20    tropical low    12.0S      90.5E      290\n\n"
            "Fixtures:\nSaturday 18 November    Opening ceremony    Main hall    10:00\n\n"
            # review set 80 c: a fiscal calendar's rows, two gaps and a word (not a docket's
            # entry, whose words outnumber its figures)
            "9    2017-11-15   Vancouver  Affidavit of Liam Tremblay sworn in support of the "
            "motion\n")
    assert sorted(_headlines(text[len(HEAD):])) == [
        ("2017-11-15", "9 Vancouver Affidavit of Liam Tremblay sworn in support of the motion"),
        ("2017-11-17T05:00", "Tropical Low 09U was named Tropical Cyclone Tamsin while located "
                             "southeast of the island"),
        ("2017-11-18", "Opening ceremony Main hall")]
    fiscal = ("The company reported its results today.\n\nFiscal 2017 calendar:\nQ1   Oct. 1 - "
              "Dec. 31, 2016    reported Feb. 10, 2017\nQ2   Jan. 1 - Mar. 31, 2017    reported "
              "May 12, 2017\n\nThe board met on Tuesday.\n")
    assert sorted(_headlines(fiscal)) == [("2017-11-14", "The board met"),
                                          ("2017-11-17", "The company reported its results")]


def test_a_day_an_anniversary_falls_on_is_no_happening() -> None:
    # review set 56's second judgement of set 54's Ceefax page: "the 1982 conflict, whose
    # 15th anniversary falls next month" became an event (S, a calendar fact) once the
    # page's wrapped lines were joined
    text = (HEAD + "It is the worst accident in these waters since the 1982 conflict, whose 15th "
            "anniversary falls next month.\n\nThe festival's 50th anniversary is on Saturday.\n\n"
            "The 40th anniversary was marked by a parade on Saturday.\n")
    assert [e.headline for e in dated(extract_events(make_article(text)))] == [
        "The 40th anniversary was marked by a parade"]


def test_a_day_set_aside_with_not_makes_no_event() -> None:
    # review set 60's chat: "we start Thursday 20th, not Monday 17th" made "We start, not"
    # on the 17th too; review set 59's "on Tuesday, not tomorrow" likewise
    assert _headlines(
        "Decision on the pick: we start Monday 20th, not Thursday 16th. The winners' parade "
        "will be on Tuesday, not tomorrow."
    ) == [("2017-11-20", "We start"), ("2017-11-21", "The winners' parade will be on Tuesday")]


def test_a_copyright_line_at_the_pages_foot_makes_no_event() -> None:
    # review set 61's Taipei Times page: "Copyright © 1999-2047 The Taipei Times. All rights
    # reserved." at its foot made an event of 2047
    assert _headlines(
        "Thick fog grounded all flights on Monday.\n\nCopyright © 1999-2047 The Taipei Times. "
        "All rights reserved.\n"
    ) == [("2017-11-13", "Thick fog grounded all flights")]


def test_a_reports_paragraph_number_leaves_the_headline() -> None:
    # review set 61's council report: "2.1 The fire was reported by a passing resident at
    # 11.50 p.m. on Saturday" kept its paragraph number in the headline
    assert _headlines("2.1 The fire was reported by a passing resident at 11.50 p.m. on "
                      "Saturday. 4.2 The Environment Agency was informed on Tuesday.") == [
        ("2017-11-11T23:50", "The fire was reported by a passing resident"),
        ("2017-11-14", "The Environment Agency was informed")]
    # a figure in a title-case headline stays
    from timeline.events.headline import tidy

    assert tidy("2.5 Million Homes lost power") == "2.5 Million Homes lost power"


def test_a_state_still_to_come_makes_no_event() -> None:
    # review sets 18, 19, 47, 54 and 61: "Schools will remain closed on Thursday and Friday",
    # "Roland-Garros airport will stay shut on Thursday" were events on the days to come (a
    # plan, a state; the keys' S); a happening to come after it stays one
    assert _headlines("Schools in the region will remain closed on Monday and Tuesday.") == []
    assert _headlines("The bridge is to stay shut on Monday, the council said.") == []
    assert _headlines("The lido will not open on Saturday.") == []
    assert _headlines("The airport will stay shut on Tuesday and reopen on Wednesday "
                      "morning.") == [("2017-11-22TMO", "The airport will reopen")]
    assert _headlines("The schools stayed closed on Monday.") == [
        ("2017-11-13", "The schools stayed closed")]


def test_a_chat_exports_stamps_date_the_happenings_of_their_messages() -> None:
    # review set 62 (a WhatsApp export): every line's stamp made an event headed by the
    # sender or by the app's notices ("Abdalla Shee: <Media omitted>", "Missed voice
    # call", "Hassan Lali: location: https://...", a bare "Bakari Mzee")
    text = (
        "WhatsApp Chat with Kizingitini BMU\n\n"
        "12/03/2035, 09:14 - Abdalla Shee created group \"Kizingitini BMU\"\n"
        "30/05/2038, 19:10 - Abdalla Shee: I have reported to Coast Guard Lamu and KMA. "
        "They say their boat cannot go at night\n"
        "30/05/2038, 19:12 - Abdalla Shee: <Media omitted>\n"
        "30/05/2038, 21:40 - Bakari Mzee: My boat and Hassan's will go at 5:30.\n"
        "30/05/2038, 21:44 - Abdalla Shee: BMU will pay the fuel\n"
        "31/05/2038, 09:15 - Hassan Lali: location: https://maps.google.com/?q=-2.0418,41.2307\n"
        "01/06/2038, 07:02 - Missed voice call\n"
        "01/06/2038, 08:47 - Abdalla Shee: FOUND!!! Alhamdulillah. Fishermen from Kiunga "
        "found NEEMA drifting about 15 km off Kiunga. All 6 alive.\n"
        "01/06/2038, 08:51 - Fatma Said: Happy Madaraka Day. Any news?\n"
        "02/06/2038, 07:58 - Abdalla Shee: Thank you everyone who searched and prayed.\n"
    )
    events = dated(extract_events(make_article(text, published=dt.date(2038, 6, 2))))
    made = [(e.date.value, e.headline) for e in events]
    assert ("2038-05-30", "I have reported to Coast Guard Lamu and KMA") in made
    assert ("2038-06-01", "Fishermen from Kiunga found NEEMA drifting about 15 km off "
            "Kiunga") in made
    assert "My boat and Hassan's will go" in [h for _, h in made]  # (its sender left out)
    assert not [h for _, h in made if "omitted" in h or "call" in h or "location" in h
                or "created group" in h or h in ("Bakari Mzee", "Abdalla Shee")
                or "Thank" in h or "will pay" in h or ":" in h]
    found = next(e for e in events if e.headline.startswith("Fishermen"))
    assert found.sentence.startswith("Fishermen from Kiunga found NEEMA")


def test_the_months_pay_is_owed_for_make_no_events() -> None:
    # review set 68 f: "protesting non-payment of wages for March and April" made two more
    # events of the protest, one in March and one in April
    assert _headlines("Workers took to the streets around 8:30am yesterday, protesting "
                      "non-payment of wages for March and April.") == [
        ("2017-11-16T08:30", "Workers took to the streets, protesting non-payment of wages")]
    assert _headlines("The council paid the rent for January on Monday.") == [
        ("2017-11-13", "The council paid the rent")]  # (no event in January)


def test_an_irregular_past_before_its_object_lets_which_stand_for_the_object() -> None:
    # review set 68 b: "... sat the examination, which was held on November 6" was headed
    # "Which was held" ("sat" was no verb, so no noun phrase was found for "which")
    assert _headlines("The minister said 818,962 of the 832,417 candidates registered sat the "
                      "examination, which was held on November 6.") == [
        ("2017-11-06", "The examination was held")]


def test_a_place_s_where_clause_heads_its_happening_after_a_present_state() -> None:
    # review set 68 f: "It is a few kilometres from Savar, where the collapse ... killed" was
    # headed by the state (class 26)
    assert _headlines("It is a few kilometres from Savar, where the collapse of the Rana Plaza "
                      "building on April 24, 2013 killed more than 1,100 garment workers.") == [
        ("2013-04-24",
         "The collapse of the Rana Plaza building killed more than 1,100 garment workers")]
    # (not after a happening, nor a state in the making: "is being treated ..., where")
    assert _headlines("The team flew to Lisbon, where it won the final on Sunday.") == [
        ("2017-11-12", "The team flew to Lisbon, where it won the final")]


def test_a_speaker_with_a_portfolio_or_unit_in_the_title_frames_what_was_said() -> None:
    # review set 68 a and f (class 42): the titles' "for Labour and Employment" and
    # "(Wildlife Health)" hid the speaker, who stayed at the head
    assert _headlines("DWC Deputy Director (Wildlife Health) Dr. Sajeewa Rathnayake said a "
                      "post-mortem carried out yesterday afternoon found that the female had "
                      "been carrying a calf.") == [
        ("2017-11-16TAF", "A post-mortem found that the female had been carrying a calf")]
    assert _headlines("State Minister for Labour and Employment Farhana Haque said the ministry "
                      "had called a meeting at the secretariat on Thursday.") == [
        ("2017-11-23", "The ministry had called a meeting at the secretariat")]
    # (a body named with "The" keeps its dated saying: "said Wednesday that" is the news)
    [(_, headline)] = _headlines("The Ministry of Environmental Protection and Agriculture "
                                 "said yesterday that its inspectors had recorded damage on "
                                 "2,600 hectares.")
    assert headline.startswith("The Ministry of Environmental Protection and Agriculture said")


def test_a_moment_told_again_in_another_zone_makes_one_event() -> None:
    # review set 53 c (the second judgement of set 68 found the twin): "finishing at 21:40
    # UTC, 1.40am local time on Friday" made two events of one finish
    article = make_article(
        "Race update\n\nTwo Up crossed the finish line off Port Louis at 03:12 UTC this "
        "morning (7.12am in Mauritius) to become the first pair home.\n\nSirocco, the South "
        "African four, won the race on Day 47, finishing at 21:40 UTC, 1.40am local time on "
        "Friday, in 46 days, 19 hours and 40 minutes.", published=dt.date(2071, 7, 27))
    finishes = [e.date.text for e in extract_events(article) if e.headline.startswith("Sirocco")]
    assert len(finishes) == 1
    # (a list of clocks is no such restatement)
    assert len(_headlines("Ferries left at 9am, 11am and 2pm on Thursday.")) >= 1


def test_a_reporting_period_s_end_dates_no_event() -> None:
    # review set 69 e (class 96): "has reported a 38% drop in profit for the year to 30
    # September" was an event on 30 September, the end of the year reported on
    assert _headlines("The group reported a 38% drop in profit for the year to 30 September.") == []
    # set 14 d: the quarter itself still dates the provision; its end makes no second event
    assert [value for value, _ in _headlines(
        "Kessberg booked a €35 million provision in its first quarter, the three months to "
        "December, according to accounts filed in Germany.")] == ["2017-Q1"]


def test_a_date_in_a_past_perfect_relative_clause_after_an_object_is_that_clause_s() -> None:
    # review set 15 b: "for staff who had been told as recently as March that ..." was
    # headed by the union's call; the past perfect sets the clause before the main one
    assert _headlines(
        'The Finance Sector Union called the cuts "a kick in the guts" for staff who had been '
        "told as recently as March that there were no plans for large-scale redundancies."
    ) == [("2017-03", "Staff had been told that there were no plans for large-scale "
           "redundancies")]
    assert _headlines(
        "On Friday police arrested a man who had escaped from prison in March."
    ) == [("2017-11-17", "Police arrested a man who had escaped from prison"),
          ("2017-03", "A man had escaped from prison")]
    # the noun before a place: "a show at Bangkok's Rajamangala Stadium that had been set"
    assert _headlines(
        "Nadia Shah sat in the gallery, holding a photograph of her daughter Amira, 19, a "
        "nursing student from Leicester who had bought her ticket in January."
    ) == [("2017-01", "A nursing student had bought her ticket")]
    # a subject's clause, its date the main verb's: "two traders who had been sleeping in
    # the market were treated ... yesterday"
    assert _headlines(
        "No lives were lost, but two traders who had been sleeping in the market were "
        "treated for burns on Thursday."
    )[0][1].startswith("No lives were lost, but two traders who had been sleeping")


def test_a_said_clause_s_own_verb_and_an_update_note_s_label() -> None:
    # review set 72 e: "Qatar Rail said full service on the Red Line resumed at 5.30am" was
    # headed "The Red Line was resumed" (a participle of the line), and the note's label
    # "UPDATE, 8.15am:" made an event of its own, "UPDATE, Qatar Rail said ..."
    assert _headlines("Qatar Rail said full service on the Red Line resumed at 5.30am.") == [
        ("2017-11-17T05:30", "Full service on the Red Line resumed")]
    assert _headlines(
        "UPDATE, 8.15am: Qatar Rail said this morning that full service on the Red Line "
        "resumed at 5.30am."
    ) == [("2017-11-17TMO", "Full service on the Red Line resumed")]
    # a participle after "said in a report" stays the report's
    assert _headlines("Ardila endorsed the peace deal signed in November 2016.") == [
        ("2016-11", "The peace deal was signed")]


def test_a_figure_as_of_a_day_is_a_statistic_and_no_event() -> None:
    # review set 72 f: "47 cases had been confirmed as of Wednesday" was an event; the keys
    # of sets 15-54 mark such figures S ("As of 6 p.m. on Monday, 58,214 people ...")
    assert _headlines("As of 6 p.m. on Monday, 58,214 people were staying in 61 evacuation "
                      "centers.") == []
    found = _headlines("Dr. Gardiner told a press conference in Grand Turk yesterday that 47 "
                       "cases had been confirmed as of Wednesday, up from 19 two weeks earlier.")
    assert [value for value, _ in found] == ["2017-11-16"]  # the telling's, not Wednesday's


def test_what_has_not_been_done_since_a_day_is_a_state_and_no_event() -> None:
    # review set 72 a: "said she had not slept since Sunday" was an event; the keys of sets
    # 14-72 mark every "has not flown since", "have not been paid since" S: state
    assert _headlines("Air Rarotonga has not flown since Saturday afternoon.") == []
    assert _headlines("Pilots and cabin crew haven't been paid since December.") == []
    # a "when" clause after the day tells its own happening (set 72's second judgement)
    assert _headlines("The ferry has not run since Monday, when a storm wrecked the pier.") == [
        ("2017-11-13", "A storm wrecked the pier")]
    # a state's own clause after "since" stays a happening: "since he took over in 2050"
    assert _headlines("The coach has never lost a test since he took over in January 2017.") == [
        ("2017-01", "He took over")]


def test_a_week_or_month_under_way_told_in_the_future_is_a_plan() -> None:
    # review set 72 b: "Six more tankers would be hired this week" made an event; the keys
    # mark such plans S ("will decide this week whether to suspend", "would refloat the
    # wreck later this month"), as the quarter and the year under way already were
    assert _headlines("Six more tankers would be hired this week.") == []
    assert _headlines("The league's disciplinary committee will decide this week whether to "
                      "suspend the forward.") == []
    assert _headlines("The committee decided this week to suspend the forward.") == [
        ("2017-W46", "The committee decided to suspend the forward")]


def test_a_figure_against_one_a_year_earlier_is_a_yardstick() -> None:
    # review set 55: "The city put the crowd at 45,000, against about 30,000 last year" made
    # an event last year (the keys' S: yardstick), as "from"/"compared with" made none
    assert _headlines("The city put the crowd at 45,000 on Sunday, against about 30,000 last "
                      "year.") == [
        ("2017-11-12", "The city put the crowd at 45,000, against about 30,000 last year")]


def test_a_state_told_to_come_with_would_makes_no_event() -> None:
    # review set 72 a: "Parents were told ... last night that they would stay shut today"
    # made a second event today ("They would stay shut"), a state to come as "will stay"
    assert _headlines("Parents were told by text message shortly after 10pm last night that "
                      "the schools would stay shut today.") == [
        ("2017-11-16T22:00", "Parents were told by text message that the schools would stay "
                             "shut")]


def test_a_blog_s_posted_by_line_and_a_syndication_line_make_no_event() -> None:
    # review set 73 d: "Posted by Ophelia Pascal-Durand at 3:14 PM" made an event
    text = ("Engineers synchronised the unit with the grid on Monday.\n\nPosted by Ophelia "
            "Pascal-Durand at 3:14 PM\n\nThis story first appeared in The Monrovia Clarion on "
            "Tuesday, June 20, 2062.")
    assert _headlines(text) == [("2017-11-13", "Engineers synchronised the unit with the grid")]


def test_an_action_noun_and_what_it_is_of_is_a_conjunct_s_own_subject() -> None:
    # review set 73 d: "... was drilled in 2074 and construction of the power station began
    # in January 2075" was headed "The first production well construction of ... began"
    assert _headlines("The first production well was drilled in 2074 and construction of the "
                      "power station began in January 2075.") == [
        ("2074", "The first production well was drilled"),
        ("2075-01", "Construction of the power station began")]


def test_a_head_field_of_the_page_s_record_and_a_reader_asked_make_no_event() -> None:
    # review set 73: "Added to AfriDesk: 21 Jun 2062" over the lead made an event "Added to
    # AfriDesk"; "Listen to the full report in our 6pm news bulletin" made one at 6pm
    text = ("Ore train derails\n\nBy Emmanuel Kollie\n\nAdded to AfriDesk: 21 Jun 2062\n\nThe "
            "train derailed on Sunday night.\n\nListen to the full report in our 6pm news "
            "bulletin. Call 945-2200 today.")
    article = make_article(text, published=dt.date(2062, 6, 20))
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2062-06-18TNI", "The train derailed")]


def test_what_would_be_done_through_the_night_is_a_plan() -> None:
    # review set 72 e: "Qatar Rail said its engineers would work through the night" made
    # an event tonight, as "would ... tonight" did not
    assert _headlines("Qatar Rail said on Friday its engineers would work through the night.") == [
        ("2017-11-17", "Qatar Rail said its engineers would work through the night")]
    # (the saying's day, its speaker kept: only the saying happened then)
    assert _headlines("It said it would review the position overnight.") == []


def test_hours_a_supply_will_be_cut_from_and_to_are_one_range() -> None:
    # review set 72 b: "supply will be cut from 8pm to 5am" made a second event at 5am:
    # "be cut from ... to" was read as a change of date ("cut from March to May")
    article = make_article("Head\n\nSupply will be cut from 8pm to 5am tonight.",
                           published=dt.date(2047, 9, 12))
    assert [(e.date.start, e.date.end, e.headline) for e in extract_events(article)] == [
        (dt.date(2047, 9, 12), dt.date(2047, 9, 13), "Supply will be cut")]


def test_a_writer_bar_and_stamp_line_makes_no_event() -> None:
    # review set 73 c's second judgement (class 804): "Hasan Al-Mahroos  |  10-12-2050
    # 09:41" under the title made an event at 09:41 (the day-first date read as none, the
    # clock alone left: the line is the writer's and the stamp's, no happening's)
    line = "Hasan Al-Mahroos  |  10-12-2050  09:41"
    found = resolve_dates(line, dt.date(2050, 12, 10), join_clock_days=True, day_first=True)
    assert [e.text for e in found] == ["09:41"]
    assert is_dateline(line, (0, len(line)), found)


def test_a_correction_note_with_its_own_day_makes_no_event() -> None:
    # review set 75 c: "Correction, Saturday, July 9, 2067: An earlier version of this
    # article, published on Friday, said ..." made "Correction" and the earlier version's
    # saying events
    text = ("Parliament passes budget\n\nParliament approved the budget on Thursday.\n\n"
            "Correction, Saturday, July 9, 2067: An earlier version of this article, published "
            "on Friday, said the budget passed by 9 votes to 6.\n")
    events = extract_events(make_article(text, published=dt.date(2067, 7, 8)))
    assert [event.date.text for event in events] == ["Thursday"]


def test_a_reader_s_comment_under_the_story_makes_no_event() -> None:
    # review set 75 a: "We found ash on the car this morning" and "Anybody know if the
    # ferry is still running Friday?" were events of the story
    text = ("MVO raises Hazard Level\n\nBy Claudette Sweeney-Meade\n\nThe Montserrat Volcano "
            "Observatory raised the Hazard Level at 6 a.m. today.\n\nLight ash fell in Salem "
            "yesterday afternoon.\n\n2 comments\n\nRuthlyn G. says:\nFebruary 13, 2046 at "
            "7:52 am\nWe found ash on the "
            "car this morning, not much but cover your tanks people!\nReply\n\nMontserratian "
            "in Leicester says:\nFebruary 14, 2046 at 11:06 am\nAnybody know if the ferry is "
            "still running Friday?\nReply\n")
    events = dated(extract_events(make_article(text, published=dt.date(2046, 2, 13))))
    assert [event.date.text for event in events] == ["6 a.m. today", "yesterday afternoon"]


def test_a_sign_that_says_and_a_correction_in_capitals() -> None:
    # a review of this session's change: "A handwritten sign on the door says:" is no
    # reader's comment head (no stamp under it), and "CORRECTION, July 9, 2067:" is a note
    text = ("Shop closes\n\nThe shop closed on Saturday.\n\nA handwritten sign on the door "
            "says:\nWe reopen on Monday after the stocktake.\n\nCORRECTION, July 9, 2067: An "
            "earlier version of this article, published on Friday, said it closed on Wednesday.\n")
    events = dated(extract_events(make_article(text, published=dt.date(2067, 7, 10))))
    assert [event.date.text for event in events] == ["Saturday", "Monday"]


def test_a_live_entry_without_a_date_of_its_own_is_its_headings() -> None:
    # review set 77 e: "1:35 a.m." / "The Ozama River has burst its banks at La Barquita."
    # made no event (class 601); not the greeting, nor an entry's title under its time
    from tests.test_dates import LIVE_PAGE

    events = extract_events(make_article(LIVE_PAGE, published=dt.date(2056, 9, 15)))
    found = [(e.date.value, e.headline) for e in events]
    assert ("2056-09-16T01:35", "The Ozama River has burst its banks at La Barquita") in found
    assert not [headline for _, headline in found if headline.startswith("Good evening")]
    titled = LIVE_PAGE.replace("1:35 a.m.\nThe Ozama", "1:35 a.m.\nRiver bursts banks\nThe Ozama")
    assert not [e for e in extract_events(make_article(titled, published=dt.date(2056, 9, 15)))
                if e.headline.startswith("River bursts")]


def test_a_line_of_page_furniture_is_no_lead(tmp_path: Path) -> None:
    # review set 77 c, f: a banner ("This article is more than 5 years old") or a player's
    # buttons over the story were taken for its undated lead, and the title made an
    # event of the paper's day beside the lead's own
    path = tmp_path / "f.txt"
    path.write_text("Bay Islands Weekly\n\nPodcasts  ›  Bay Islands Weekly  ›  Season 6\n\n"
                    "Episode 143: Anchor damage at West Bay\n\nNov 17, 2064  ·  41 min 12 sec\n\n"
                    "▶ Play      ⤓ Download      + Follow\n\nOn Thursday morning the anchor of "
                    "the yacht Sea Clementine dragged across the reef off West Bay.\n")
    [raw] = load_articles([path]).articles
    article = settle(raw, raw.published, PublishedSource.TEXT, None)
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2064-11-13TMO", "The anchor of the yacht Sea Clementine dragged across the reef off "
                          "West Bay")]  # fmt: skip


def test_a_podcasts_other_episodes_and_a_holiday_named_parade_on_another_day() -> None:
    # review set 77 d, f: "More episodes" / "Episode 142: ...  ·  Nov 10, 2064  ·  38 min"
    # made events; "The St. Patrick's Day parade ... will go ahead on Saturday, March 16"
    # made a second event on 17 March
    found = _headlines(
        "Divers surveyed the reef on Friday.\n\nMore episodes\nEpisode 142: Cruise season "
        "opens at Mahogany Bay  ·  Nov 10, 2017  ·  38 min\nEpisode 141: Lionfish derby "
        "results  ·  Nov 3, 2017  ·  44 min\n"
    )
    assert found == [("2017-11-17", "Divers surveyed the reef")]
    found = _headlines("The St. Patrick's Day parade in Christiansted will go ahead on "
                       "Saturday, March 16, organizers said.")  # fmt: skip
    assert [value for value, _ in found] == ["2018-03-16"]
    # (the holiday that dates its own thing stays: "on St. Patrick's Day, the parade")
    assert [value for value, _ in _headlines(
        "The parade went ahead on St. Patrick's Day, organizers said.")] == ["2017-03-17"]


def test_readers_comments_under_the_pages_comments_heading_make_no_events() -> None:
    # review set 77 d: Drupal's comments ("Comments (3)  ·  Log in or register to post
    # comments" / "Submitted by Frederiksted Fred on ..." / "Nothing since last night.")
    # made events; the links under them end them
    story = ("A fire plunged St. Croix into darkness on Tuesday evening.\n\nCrews restored "
             "power to the hospital on Wednesday.\n\nThe committee will hold a hearing on "
             "Monday.\n\nThe island's last blackout lasted three days.\n\n")
    found = _headlines(
        story + "Comments (3)   ·   Log in or register to post comments\n\nSubmitted by "
        "Frederiksted Fred on Wed, 11/15/2017 - 09:03\nStill dark in La Grande Princesse. "
        "Nothing since last night.\n\nRelated\nPower returns to Frederiksted on Friday.\n"
    )
    assert not [headline for _, headline in found if headline.startswith(("Nothing", "Still"))]
    assert ("2017-11-20", "The committee will hold a hearing") in found


def test_a_transcripts_time_field_and_an_apps_share_line_make_no_events() -> None:
    # review set 78 d, a: "Time:  10:00 a.m. TKT (UTC+13)  /  21:00 UTC Sunday 5 March"
    # made two events ("TKT (UTC+13) /"); "Shared from the Kuwait Observer app on 14 Mar
    # 2052" made one
    found = _headlines(
        "TRANSCRIPT: Media conference\n\nDate:      Saturday 18 November 2017\nTime:      "
        "10:00 a.m. TKT (UTC+13)  /  21:00 UTC Friday 17 November\n\nThe swell arrived on "
        "Thursday night.\n\nShared from the Tokelau News app on 20 Nov 2017\n"
    )
    assert found == [("2017-11-16TNI", "The swell arrived")]


def test_an_archive_banner_over_the_story_is_no_lead(tmp_path: Path) -> None:
    # review set 77's second judgement: "This article is more than 5 years old" (a digit
    # in it) was still the undated lead, and the title made an event of the paper's day
    path = tmp_path / "c.txt"
    path.write_text("The Ledger\n\nWorld   UK   Europe   US   Americas\n\nThis article is "
                    "more than 5 years old\n\nCable car breaks down over San Marino\n\n"
                    "Lorenzo Fabbri in Borgo Maggiore\n\nSun 10 Apr 2033 18.20 BST\n\nThe "
                    "cable car broke down on Saturday afternoon, leaving 38 passengers "
                    "suspended.\n")
    [raw] = load_articles([path]).articles
    article = settle(raw, raw.published, PublishedSource.TEXT, None)
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("2033-04-09TAF", "The cable car broke down, leaving 38 passengers suspended")]


def test_the_sessions_event_rules_kept_to_their_cases() -> None:
    # a review of the fifty-second session's change: a sentence opening "Shared with", a
    # holiday-named thing whose "on Monday" is the saying's, a story's own "Comments"
    # subheading
    found = _headlines("Shared with reporters on Monday, the memo shows the ministry knew of "
                       "the leak in January.")  # fmt: skip
    assert len(found) == 2 and found[0][0] == "2017-11-13"  # (the sentence's events stay)
    found = _headlines("The Christmas Day storm killed three people in the valley, police "
                       "said on Monday.")  # fmt: skip
    assert "2016-12-25" in [value for value, _ in found]
    story = ("The council opened a consultation on Tuesday.\n\nThe mayor spoke on Wednesday."
             "\n\nResidents will vote on Friday.\n\nComments (2)\n\nThe council will read "
             "the comments on March 21 and publish a report on March 30.\n")
    assert ("2018-03-30", "The council will publish a report") in _headlines(story)


def test_a_table_of_hours_makes_no_events() -> None:
    # review set 81 d and f: a hospital's visiting hours ("Medicine, surgery      13h00 -
    # 20h00") and a museum's opening hours ("Tuesday to Saturday     8 h 30 - 12 h 30")
    # were events on the last day told
    text = (
        "The measures apply from Monday 30 January 2017 at 8h00.\n\nVISITING HOURS "
        "(unchanged)\n  Medicine, surgery                 13h00 - 20h00\n  Maternity          "
        "               14h00 - 19h30\n  Intensive care                    12h30 - 13h30 and "
        "18h30 - 20h00\n\nOPENING HOURS\n  Tuesday to Saturday      8 h 30 - 12 h 30  and  15 "
        "h 30 - 18 h 00\n  Sunday                   9 h 00 - 12 h 00\n\nThe ward reopened on "
        "Sunday at 10.30am.\n"
    )
    assert _headlines(text) == [("2017-01-30T08:00", "The measures apply"),
                                ("2017-11-12T10:30", "The ward reopened")]


def test_an_indented_table_of_prices_makes_no_events_but_a_line_up_s_status_does() -> None:
    # review set 82 f and a: a market bulletin's indented price rows ("  Maradi (Friday)
    # Ram, Ouda   105,000 ...") were events on their market days; a river line-up's row
    # telling a convoy's arrival stays one
    text = (
        "The bulletin is issued every week.\n\n  Market (market day)        Animal        J-30"
        "       J-15\n  Maradi (Friday)            Ram, Ouda     105,000    125,000      +28%\n"
        "  Tahoua (Sunday)            Ram, Ara-Ara   90,000    105,000      +33%\n\n"
        "  MOSSAKA + 2     1,150 m3 Jet A-1     29-JAN    ARRIVED Kolongo 07-FEB     -\n\n"
        "Prices rose on Wednesday.\n"
    )
    headlines = _headlines(text)
    assert not any("Maradi" in headline or "Tahoua" in headline for _, headline in headlines)
    assert any(value == "2017-02-07" for value, _ in headlines), headlines
    assert ("2017-11-15", "Prices rose") in headlines


def test_a_table_row_with_a_word_in_ed_or_left_is_still_a_table_row() -> None:
    # a helper's code review: "LEEDS UNITED" and "Seats left" made table rows events
    text = ("The league table was published on Sunday.\n\n  LEEDS UNITED      2-1      May 10      "
            "31,400      +4%\n  Seats left        1,200    May 24      800      -3%\n")
    assert [headline for _, headline in _headlines(text)] == ["The league table was published"]


def test_a_fronted_perfect_participle_is_done_by_the_main_clauses_subject() -> None:
    # review set 86 e: "Having topped both practice sessions the previous day, he took pole
    # on Saturday morning ... and won the 11-lap sprint that afternoon" headed all three
    # dates "Having topped both practice sessions, he took pole ..."
    assert _headlines(
        "Ryan Kernaghan was the fastest man in Brno. Having topped both practice sessions the "
        "previous day, he took pole on Saturday morning. Having been freed on Monday, the men "
        "flew home on Tuesday."
    ) == [("2017-11-10", "He topped both practice sessions"),
          ("2017-11-11TMO", "He took pole"),
          ("2017-11-13", "The men were freed"), ("2017-11-14", "The men flew home")]  # fmt: skip


def test_a_year_naming_an_edition_stays_in_the_headline() -> None:
    # review set 87 e: "The 2087 Open will be played at Royal Portrush ... from July 17-20"
    # was headed "The Open will be played ...", which the article's "the Scottish Open"
    # then named; review set 30: "the 2032 Vuelta will start in Valencia on 21 August"
    assert _headlines(
        "The 2087 Open will be played at Royal Portrush from July 17-20. The organisers said "
        "the 2032 Vuelta will start in Valencia on 21 August."
    ) == [("2018-07-17", "The 2087 Open will be played at Royal Portrush"),
          ("2032", "The 2032 Vuelta will start in Valencia"),
          ("2018-08-21", "The 2032 Vuelta will start in Valencia")]  # fmt: skip


def test_a_clocks_bracketed_zone_goes_with_the_clock() -> None:
    # review set 87 b: "Rescue divers reached them at 03:40 (TSİ) on Wednesday, crouched
    # ..." was headed "Rescue divers reached them (TSİ), crouched ..."
    assert _headlines(
        "Rescue divers reached them at 03:40 (TSİ) on Wednesday, crouched in an air pocket. "
        "At 11 a.m. (GMT) Friday they left. Polls closed at 8 p.m. (West) and counting began."
    ) == [("2017-11-15T03:40", "Rescue divers reached them, crouched in an air pocket"),
          ("2017-11-17T11:00", "They left"),
          ("2017-11-17T20:00", "Polls closed (West) and counting began")]  # fmt: skip


def test_the_bound_of_a_named_fiscal_year_is_no_happening() -> None:
    # review set 87 d: "For fiscal 2090, which began Oct. 1, the company expects ..." made
    # an event "For fiscal 2090 began" on 1 October; "fiscal 2089, which ran from Oct. 1,
    # 2088, ..." one "For fiscal 2089 ran"
    assert _headlines(
        "For fiscal 2090, which began Oct. 1, the company expects sales to grow 2% to 4%. For "
        "fiscal 2089, which ran from Oct. 1, 2016, through Sept. 30, sales rose 7%."
    ) == [("2017-09-30", "Sales rose 7%")]


def test_a_counted_appositive_holding_a_written_date_goes_whole() -> None:
    # review set 87 f (probed): "She resigned on Jan. 28, 2076, two weeks after the auditors
    # flagged hundreds of refunds on Jan. 14, 2076." headed the resignation "She resigned.
    # 14, 2076": the appositive stopped at the abbreviation's full stop, "Jan."
    assert _headlines(
        "She resigned on Jan. 28, 2016, two weeks after the auditors flagged hundreds of "
        "refunds on Jan. 14, 2016."
    ) == [("2016-01-28", "She resigned"),
          ("2016-01-14", "The auditors flagged hundreds of refunds")]  # fmt: skip


def test_a_capitalised_lead_word_before_a_date_is_a_names_word() -> None:
    # review set 88 a and c: "will travel to Vĩnh Long on Tuesday morning" was headed "will
    # travel to Vĩnh": "long" leads a date ("long before dawn"), but not as a name's word
    assert _headlines(
        "The deputy prime minister will travel to Vĩnh Long on Tuesday morning. Ferries "
        "reached Hạ Long on Monday."
    ) == [("2017-11-21TMO", "The deputy prime minister will travel to Vĩnh Long"),
          ("2017-11-13", "Ferries reached Hạ Long")]  # fmt: skip


def test_a_list_items_bullet_is_no_part_of_its_headline() -> None:
    # review set 88 a: a KEY POINTS list's "• A sand barge struck a pier ... at about 19:25
    # local time" was headed "• A sand barge struck a pier ..."
    assert _headlines(
        "KEY POINTS\n\n• A sand barge struck a pier of the bridge at about 19:25 local time on "
        "Monday."
    ) == [("2017-11-13T19:25", "A sand barge struck a pier of the bridge")]


def test_an_update_markers_clock_in_brackets_is_no_happenings_time() -> None:
    # review set 88 b: "[UPDATE 15:40] At 14h10, a floating crane lifted the car" put the
    # lift at the marker's 15:40 and headed it "[UPDATE ], a floating crane ..."
    assert _headlines("[UPDATE 15:40] At 14h10, a floating crane lifted the car from the "
                      "riverbed beside pier No. 8.") == [
        ("2017-11-17T14:10", "A floating crane lifted the car from the riverbed beside pier No. 8")]
    # and the label with its time kept: "UPDATE, 15:40: At 14h10, ..."
    assert _headlines("UPDATE, 15:40: At 14h10, a floating crane lifted the car from the "
                      "riverbed.") == [("2017-11-17T14:10", "A floating crane lifted the car from "
                                        "the riverbed")]
    # "Updated" opening a sentence as a word of it stays
    assert _headlines("Updated figures released on Tuesday showed 40 dead.") == [
        ("2017-11-14", "Updated figures showed 40 dead")]


def test_a_count_from_a_happening_dated_in_its_own_phrase() -> None:
    # "Three days after the vote on Friday, the army seized power" was dated the vote's
    # Friday, and "The army left three days after the election on March 2" March 2: the
    # count from the happening's day ("two weeks after April 2" was read, a noun between not)
    text = ("Rebels took the capital on Monday. Three days after the vote on Friday, the army "
            "seized power. The army left three days after the election on March 2. The envoy "
            "left two weeks after the attack on the embassy on April 2.")
    article = make_article("Report\n\n" + text, published=dt.date(1974, 4, 29))
    assert [(e.date.value, e.headline) for e in extract_events(article)] == [
        ("1974-04-29", "Rebels took the capital"), ("1974-04-29", "The army seized power"),
        ("1974-03-05", "The army left"), ("1974-04-16", "The envoy left")]


def test_minutes_or_hours_from_a_clock_are_the_clock_they_reach() -> None:
    # review set 89 f: "Twenty minutes after midnight, a second song ... came on" was put at
    # midnight and headed "Twenty minutes, a second song ..."
    assert _headlines("Twenty minutes after midnight, a second song came on the Catholic "
                      "station.") == [("2017-11-17T00:20", "A second song came on the Catholic "
                                       "station")]
    assert _headlines("The bomb went off 20 minutes after 3 p.m. on Thursday.") == [
        ("2017-11-16T15:20", "The bomb went off")]


def test_an_update_marker_in_the_sites_own_language_is_no_happenings_time() -> None:
    # review set 89 b: a Heraklion daily's English edition marks its update in Greek,
    # "[ΕΝΗΜΕΡΩΣΗ 14:35]"; the landing was put at 14:35 and headed "[ΕΝΗΜΕΡΩΣΗ ] ..."
    assert _headlines("[ΕΝΗΜΕΡΩΣΗ 14:35] The minister landed at Heraklion airport at 10:15 "
                      "this morning.") == [("2017-11-17T10:15", "The minister landed at "
                                            "Heraklion airport")]
    assert _headlines("ACTUALIZACIÓN, 15:40: At 14h10, a floating crane lifted the car.") == [
        ("2017-11-17T14:10", "A floating crane lifted the car")]


def test_a_cyrillic_update_mark_cut_off_as_a_sentence_of_its_own_is_no_event() -> None:
    # review set 95 b: "(Актуализирано 15:10 ч.) The minister arrived at 11:20 ..." (a
    # Bulgarian site's update mark; "ч." ends a sentence) made an event headed
    # "(Актуализирано ч.)" at 15:10
    text = (
        "Engineer detained over lift accident\n\nThe lift was stopped for 38 minutes on "
        "Thursday because of wind. The resort reopened the gondola at 09:00 yesterday. Leanne "
        "Brearley laid flowers at the lift's bottom station yesterday afternoon.\n\n"
        "(Актуализирано 15:10 ч.) The minister arrived at 11:20 and spent an hour at the "
        "lift's bottom station.\n")
    events = extract_events(make_article(text, published=dt.date(2099, 2, 16)))
    assert [e.date.value for e in events if "15:10" in e.date.value] == []
    assert any(e.date.value == "2099-02-16T11:20" and e.headline.startswith("The minister arrived")
               for e in events)


def test_a_box_of_key_points_in_the_head_makes_no_events_of_its_own() -> None:
    # review set 95 a ("In short:", "What's next?") and sets 20, 29, 65 ("Key points:"): a
    # broadcaster's box over the story told its happenings a second time, as events of
    # their own (one wrongly merged with another page's)
    text = (
        "Manhunt after two inmates scale jail fence\n\nBy Sophie Tran\n\nKey points:\n- Two "
        "inmates escaped from Kerrigan Correctional Centre late on Thursday\n- One was "
        "arrested at a service station last night\n\nWhat's next?\nPolice will give an "
        "update on Monday.\n\nTwo inmates climbed over a perimeter fence at the Kerrigan "
        "Correctional Centre at 10:47pm on Thursday. One was arrested at a service station "
        "at about 9:15pm last night. Police will give an update on Monday.\n")
    events = extract_events(make_article(text))
    assert sorted((e.date.value, e.headline) for e in events) == [
        ("2017-11-16T21:15", "One was arrested at a service station"),
        ("2017-11-16T22:47", "Two inmates climbed over a perimeter fence at the Kerrigan "
                             "Correctional Centre"),
        ("2017-11-17", "Manhunt after two inmates scale jail fence"),  # (the title's)
        ("2017-11-20", "Police will give an update"),
    ]


def test_the_day_of_a_yearly_habit_is_no_happening_and_every_is_no_one() -> None:
    # review set 95 f: "Naadam, held every year from July 11, was added to Unesco's list ...
    # in 2010" made "Naadam was held every year" on 11 July; and (found beside it) "Every
    # year in May, the town holds a fair. It opened on Saturday." headed "Every opened"
    assert _headlines("Naadam, held every year from July 11, was added to Unesco's list of "
                      "the intangible cultural heritage of humanity in 2010.") == [
        ("2010", "Naadam was added to Unesco's list of the intangible cultural heritage of "
                 "humanity")]
    assert _headlines("The festival is held annually in May. The fair is held every week on "
                      "Monday.") == []
    assert _headlines("Every year in May, the town holds a fair. It opened on Saturday.") == [
        ("2017-11-11", "It opened")]


def test_the_date_of_a_peak_compared_with_is_a_yardstick() -> None:
    # review set 95 d: "Enrolment has fallen from a peak of 3,450 students in the fall of
    # 2089 to 2,610 this winter" made an event of the peak's autumn; set 19 b: "down from a
    # peak of 118,000 on Friday morning" one of the peak's morning
    assert _headlines("Sales fell to 2,610 this winter from a peak of 3,450 in the fall of "
                      "2016.") == [("2017-WI", "Sales fell to 2,610 from a peak of 3,450 in the "
                                               "fall of 2016")]
    assert [date for date, _ in _headlines(
        "Some 63,400 customers were without power at 5am today, down from a peak of 118,000 "
        "on Friday morning.")] == ["2017-11-17T05:00"]


def test_a_polish_street_and_update_marker_end_no_sentence_and_time_no_happening() -> None:
    # review set 90 b, a Polish portal's English page: "ul." (ulica, street) ended the
    # sentence, so "... the care home on ul. Lipowa died in the municipal hospital at 23.15
    # that night" was headed "Lipowa died ..." at the morning, and its "[AKTUALIZACJA,
    # 15:05]" (update) marker timed the minister's arrival and stayed in the headline
    found = _headlines("An 81-year-old man who was carried out of the care home on ul. Lipowa "
                       "on Thursday morning died in the municipal hospital at 23.15 that night.")
    assert ("2017-11-16T23:15", "An 81-year-old man who was carried out of the care home on "
            "ul. Lipowa died in the municipal hospital") in found
    assert _headlines("[AKTUALIZACJA, 15:05] The minister arrived at the site at 11.10.") == [
        ("2017-11-17T11:10", "The minister arrived at the site")]
    # review set 91 b, a Croatian portal's English page: "(Ažurirano u 16:45)", "updated at
    # 16:45", timed the minister's arrival and stayed in the headline as "(Ažurirano u )"
    assert _headlines("(Ažurirano u 16:45) The minister arrived at the fire station at 11.30.") == [
        ("2017-11-17T11:30", "The minister arrived at the fire station")]
    # the code review: the headline's own copy of the label took only "at" ("Ažurirano u
    # 16:45: The minister ..." kept the label)
    assert _headlines("Ažurirano u 16:45: The minister arrived at the fire station at 11.30.") == [
        ("2017-11-17T11:30", "The minister arrived at the fire station")]


def test_the_line_the_papers_day_was_read_from_is_no_event() -> None:
    # review set 90 b: the Polish stamp "piątek, 29 października 2066 r., godz. 07:40 |
    # aktualizacja: godz. 15:05", read by the ingest, the resolver only in part (its year
    # and clocks), made an event "Piątek, 29 października r., godz."
    text = ("Ammonia pumped out of the damaged wagon overnight. Residents may go home on "
            "Saturday\n\npiątek, 29 października 2066 r., godz. 07:40  |  aktualizacja: godz. "
            "15:05\n\nFirefighters stopped the leak on Thursday evening.\n")
    article = make_article(text, published=dt.date(2066, 10, 29))
    start = article.text.index("29 października 2066")
    article = article.model_copy(update={
        "dateline_span": (start, start + len("29 października 2066")),
        "title": text.split("\n")[0]})
    assert not [e for e in extract_events(article) if "października" in e.sentence]


def test_a_sentence_opened_by_a_count_from_a_clock_is_no_dateline() -> None:
    # the code review: "Two hours before midnight on Thursday, the dam burst." was dropped
    # as a dateline (its date most of the line, "burst" no verb known), and a label's clock
    # written "15h40" made an event of its own
    assert _headlines("Two hours before midnight on Thursday, the dam burst.") == [
        ("2017-11-16T22:00", "The dam burst")]
    assert _headlines("UPDATE, 15h40: At 14h10, a floating crane lifted the car.") == [
        ("2017-11-17T14:10", "A floating crane lifted the car")]


def test_the_dateline_line_is_no_event_when_the_day_is_given_too(tmp_path: Path) -> None:
    # review set 90's second judgement (class 1096): with `--published PATH=DATE`, the
    # Polish stamp line the reader had found became an event again, dated a day late
    path = tmp_path / "b.txt"
    path.write_text("KOZLE24.PL\n\nAmmonia pumped out of the damaged wagon overnight. Residents "
                    "may go home on Saturday\n\npiątek, 29 października 2066 r., godz. 07:40  |  "
                    "aktualizacja: godz. 15:05\n\nFirefighters stopped the leak on Thursday "
                    "evening.\n", encoding="utf-8")
    for options in (IngestOptions(), IngestOptions(
        published_overrides={str(path): dt.date(2066, 10, 29)}
    )):
        events = run([path], options, merge=False).timeline.events
        assert not [e for e in events if "października" in e.sentence], options


@pytest.mark.parametrize(
    "line",
    [
        # review sets 56-92: a picture's bracketed label before its caption, in English,
        # Finnish, Croatian and Polish; and an update's note about the page
        "[Photo] Rescuers carry one of the five miners to a waiting ambulance last night.",
        "[Kuva] Police technicians at the broken window on Monday morning. Kuva: Jussi Haapala",
        "[Foto] Hunters and police at the edge of the forest on Thursday afternoon.",
        "[Fot.] Firefighters at the overturned tank wagons on Thursday evening.",
        "UPDATE: This article was updated after police announced an arrest late on Monday.",
    ],
)
def test_a_bracketed_pictures_label_and_an_update_note_make_no_event(line: str) -> None:
    assert _headlines(line) == []


def test_a_bracketed_word_that_is_no_pictures_label_and_an_update_that_tells_news_stay() -> None:
    assert [day for day, _ in _headlines("[Reuters] Police arrested two men on Monday.")] == [
        "2017-11-13"]
    assert _headlines("UPDATE: Police arrested a second man on Monday.") == [
        ("2017-11-13", "Police arrested a second man")]


def test_the_last_sentence_of_a_quotation_and_its_speaker_read_as_one_sentence_would() -> None:
    # review set 92 a and f: '"I talked to the boat ... Only the boat answered," Yoon, 35, told
    # reporters on Monday morning' was headed by the quote's tail without its opening mark
    # (a straight mark's count started at the sentence, so the date was read as quoted)
    assert _headlines(
        '"I talked to the boat. Only the boat answered," Yoon, 35, told reporters on Monday '
        "morning, after sleeping for 14 hours."
    ) == [("2017-11-13TMO", '"Only the boat answered," Yoon, 35, told reporters, after '
                            "sleeping for 14 hours")]
    # the saying's day of a quotation of two sentences makes no event, as of one ...
    assert _headlines('"It is not for sale. It holds the water this city drinks," she said '
                      "yesterday.") == []
    assert _headlines('"It holds the water this city drinks," she said yesterday.') == []
    # an inch mark is no quotation mark
    assert _headlines(
        'Rain totals reached 3.5" in parts of Miami. The mayor called the storm "historic" and '
        "closed all schools on Tuesday.") == [
        ("2017-11-14", 'The mayor called the storm "historic" and closed all schools')]
    # ... but a clause of its own after the speaker does
    assert _headlines(
        '"The houses are made of wood and linked by plank walkways, so the fire spread very '
        "fast. The tide was low and we had to pump water from 200 metres away,\" he said, "
        "adding that the fire was brought under control at 4.40pm on Tuesday and fully put "
        "out at 6.05pm."
    ) == [("2017-11-14T16:40", "The fire was brought under control"),
          ("2017-11-14T18:05", "Fully put out")]


def test_a_feasts_name_apposed_to_its_day_leaves_the_headline_with_it() -> None:
    # review set 92 b and c: "On Thursday, Runeberg's Day, the exhibition opened" (a feast
    # the resolver does not know) was headed "Runeberg's Day, the exhibition opened"; set
    # 24's "on Saturday, St Barbara's Day, when ..." (one it knows) kept it too
    assert _headlines("On Thursday, Runeberg's Day, the exhibition opened with the goblet's "
                      "case standing empty.") == [
        ("2017-11-16", "The exhibition opened with the goblet's case standing empty")]
    assert _headlines("The exhibition will open as planned on Thursday, Runeberg's Day, the "
                      "museum said.") == [("2017-11-23", "The exhibition will open as planned")]
    # a name that goes on after "Day" is the sentence's subject, no feast
    assert _headlines("On Thursday, Anna's Day Care opened its doors.") == [
        ("2017-11-16", "Anna's Day Care opened its doors")]


def test_a_reporting_periods_length_and_bounds_make_no_event() -> None:
    # review set 92 d: a 53-week fiscal year's calendar made five events ("Therefore had 53
    # weeks", "Fiscal 2082 therefore had ended", "The quarter covered the 13 weeks", "Without
    # the 53rd week ran from the to the first of the new year", "For fiscal 2083 will have 52
    # weeks and end")
    assert _headlines(
        "The quarter covered the 13 weeks from October 5 to January 3. Fiscal 2082 therefore "
        "had 53 weeks and ended on January 3, 2083. Without the 53rd week, which ran from the "
        "Monday after Christmas, sales would have risen 5.1%. For fiscal 2083, which will have "
        "52 weeks and end on January 2, 2084, Hanze expects growth of 2% to 3%."
    ) == []
    # a happening the period's end came with stays
    assert "2017-12-30" in [day for day, _ in _headlines(
        "The quarter ended with a strike on December 30.")]
    assert [day for day, _ in _headlines("The strike week ended on Wednesday with a march "
                                         "through the city.")] == ["2017-11-15"]


def test_a_promise_reported_on_the_day_of_its_saying_keeps_its_speaker() -> None:
    # review set 92 c: "Culture Minister Laura Mäkipää ... said on Tuesday evening that the
    # state would pay for a new alarm system" was headed "The state would pay for a new
    # alarm system" on Tuesday evening: only the saying happened then
    assert _headlines("Culture Minister Laura Mäkipää said on Tuesday evening that the state "
                      "would pay for a new alarm system.") == [
        ("2017-11-14TEV", "Culture Minister Laura Mäkipää said the state would pay for a new "
                          "alarm system")]
    # a past happening said on a day keeps its clause ("that" and all, as before)
    assert _headlines("Police said on Tuesday that they had arrested two men.") == [
        ("2017-11-14", "Police said that they had arrested two men")]


def test_a_happening_named_by_its_noun_and_dated_is_headed_by_whom_it_befell() -> None:
    # review set 92 e: "The by-election was called after the death on January 9 of
    # councillor Gwilym Tudur, 71" was headed by the main clause on the death's day; set 53
    # b: "... after the death of the Emperor on the 7th of last month"
    assert _headlines("The by-election was called after the death on Thursday of councillor "
                      "Gwilym Tudur, 71.") == [("2017-11-16", "Councillor Gwilym Tudur died")]
    assert _headlines("Protests began after the arrest of Tomás Ruiz on Monday.") == [
        ("2017-11-13", "Tomás Ruiz was arrested")]
    # the main clause's own date stays the main clause's
    assert _headlines("On Monday the council met to discuss the death of Gwilym Tudur.") == [
        ("2017-11-13", "The council met to discuss the death of Gwilym Tudur")]
