"""Merging the same happening across articles; keeping different ones apart; order."""

from __future__ import annotations

import datetime as dt

from conftest import NOV_17, SEED_002, make_article

from timeline.events import extract_events
from timeline.ingest import IngestOptions
from timeline.merge import block_key, folded, merge_events, sort_events, times_agree
from timeline.models import (
    Entity,
    EntityKind,
    Event,
    EventDate,
    EventGranularity,
    Source,
)
from timeline.pipeline import build_timeline

HEAD = "{title}\n\nFriday, 17 Nov, 2017\n\n"


def dated_events(article_id: str, title: str, body: str) -> list[Event]:
    article = make_article(HEAD.format(title=title) + body, article_id=article_id)
    return [e for e in extract_events(article) if e.date.text is not None]


def event(
    value: str,
    start: dt.date,
    end: dt.date,
    sentence: str,
    article_id: str,
    entities: tuple[tuple[str, EntityKind], ...] | list[tuple[str, EntityKind]] = (),
    granularity: EventGranularity = EventGranularity.DAY,
) -> Event:
    return Event(
        id=f"{article_id}-{value}-{len(sentence)}",
        date=EventDate(value=value, start=start, end=end, granularity=granularity, text=value),
        headline=sentence.rstrip("."),
        sentence=sentence,
        sources=[Source(article_id=article_id, start=0, end=len(sentence), date_text=value)],
        entities=[Entity(name=n, kind=k) for n, k in entities],
        confidence=0.8,
    )


def test_the_same_happening_in_two_articles_is_one_event_with_two_sources() -> None:
    a = dated_events(
        "afp",
        "China Sends Envoy",
        "China dispatched a special envoy to North Korea on Friday, a trip hailed as a "
        '"big move" by President Donald Trump.',
    )
    b = dated_events(
        "yonhap",
        "Envoy Heads to Pyongyang",
        "On Friday, China sent special envoy Song Tao to North Korea to brief officials on "
        "the party congress.",
    )
    merged = merge_events(a + b)
    assert len(merged) == 1
    [one] = merged
    assert sorted(s.article_id for s in one.sources) == ["afp", "yonhap"]
    # The first source is where the merged event's sentence stands.
    lead = next(e for e in a + b if e.sentence == one.sentence)
    assert one.sources[0] == lead.sources[0]
    assert one.date.value == "2017-11-17"
    assert one.confidence > max(e.confidence for e in a + b)  # corroborated
    names = {e.name for e in one.entities}
    assert {"North Korea", "Song Tao", "Donald Trump"} <= names


def test_trump_in_seoul_and_trump_in_beijing_the_same_week_stay_apart() -> None:
    seoul = dated_events(
        "a",
        "Trump Warns North Korea",
        "Visiting Seoul last week, US President Donald Trump warned North Korea he was "
        "prepared to use American military power.",
    )
    beijing = dated_events(
        "b",
        "Trump Hails Big Move",
        "Trump, who warned Xi during his trip to Beijing last week that time was running "
        "out, welcomed the mission.",
    )
    assert [e.date.value for e in seoul + beijing] == ["2017-W45", "2017-W45"]
    merged = merge_events(seoul + beijing)
    assert len(merged) == 2
    assert sorted(len(e.sources) for e in merged) == [1, 1]


def test_events_with_different_date_values_never_merge() -> None:
    sentence = "China dispatched a special envoy Song Tao to North Korea."
    who = [("Song Tao", EntityKind.PERSON), ("North Korea", EntityKind.PLACE)]
    friday = dt.date(2017, 11, 17)
    day = event("2017-11-17", friday, friday, sentence, "a", who)
    week = event(
        "2017-W46",
        dt.date(2017, 11, 13),
        friday + dt.timedelta(days=2),
        sentence,
        "b",
        who,
        EventGranularity.WEEK,
    )
    other_day = event("2017-11-16", friday - dt.timedelta(days=1), friday - dt.timedelta(days=1),
                      sentence, "c", who)  # fmt: skip
    merged = merge_events([day, week, other_day])
    assert len(merged) == 3
    assert all(len(e.sources) == 1 for e in merged)


def test_unrelated_events_on_the_same_day_stay_apart() -> None:
    friday = dt.date(2017, 11, 17)
    envoy = event("2017-11-17", friday, friday,
                  "China dispatched a special envoy to North Korea.", "a",
                  [("North Korea", EntityKind.PLACE)])  # fmt: skip
    market = event("2017-11-17", friday, friday,
                   "Stocks in Tokyo closed higher on strong exports.", "b",
                   [("Tokyo", EntityKind.PLACE)])  # fmt: skip
    assert len(merge_events([envoy, market])) == 2


def test_output_is_sorted_by_date_and_loses_no_source() -> None:
    days = [dt.date(2017, 11, 17), dt.date(2016, 10, 1), dt.date(2017, 10, 25)]
    events = [
        event(d.isoformat(), d, d, f"Event number {i} happened somewhere.", f"art{i}")
        for i, d in enumerate(days)
    ]
    month = event("2016-10", dt.date(2016, 10, 1), dt.date(2016, 10, 31),
                  "Liu Zhenmin visited Pyongyang.", "art9",
                  granularity=EventGranularity.MONTH)  # fmt: skip
    merged = merge_events([*events, month])
    starts = [(e.date.start, e.date.end) for e in merged]
    assert starts == sorted(starts)
    assert [e.date.value for e in merged] == ["2016-10-01", "2016-10", "2017-10-25", "2017-11-17"]
    assert sorted(s.article_id for e in merged for s in e.sources) == [
        "art0",
        "art1",
        "art2",
        "art9",
    ]


def test_an_article_reporting_it_twice_gives_one_event_with_both_sentences_as_sources() -> None:
    friday = dt.date(2017, 11, 17)
    who = [("Song Tao", EntityKind.PERSON)]
    first = event("2017-11-17", friday, friday, "Song Tao left for Pyongyang.", "a", who)
    again = event("2017-11-17", friday, friday, "Song Tao left for Pyongyang today.", "a", who)
    again = again.model_copy(update={"sources": [again.sources[0].model_copy(update={
        "start": 400, "end": 434})]})  # fmt: skip
    [merged] = merge_events([first, again])
    assert [(s.article_id, s.start) for s in merged.sources] == [("a", 0), ("a", 400)]
    assert merged.confidence == first.confidence  # one article: no bonus for two sources


def test_two_things_said_of_one_week_in_one_article_stay_apart() -> None:
    # seed 002: "Trump warned Xi during his trip to Beijing last week that time was ..."
    # and "Trump claimed this week that Xi had agreed last week to drop his plan ..."
    tl = build_timeline([SEED_002], IngestOptions(published_default=NOV_17))
    last_week = [e.headline for e in tl.events if e.date.text == "last week"]
    assert any(h.startswith("Trump warned Xi") for h in last_week)
    assert any(h.startswith("Xi had agreed") for h in last_week)


def test_two_happenings_split_from_one_sentence_stay_apart() -> None:
    body = (
        "Kenya's Daniel Kiprono broke the Easthaven Marathon course record on Sunday, pulling "
        "clear of a five-man group with four miles left to win in 2hr 6min 31sec, while "
        "Wales's Ffion Morgan became the first British woman to win the race in eight years."
    )
    found = [e for e in dated_events("guardian", "Kiprono smashes Easthaven course record", body)
             if e.date.value == "2017-11-12"]  # fmt: skip
    assert len(found) == 2
    assert sorted(e.headline for e in merge_events(found)) == sorted(e.headline for e in found)


def test_sort_events_is_deterministic_on_ties() -> None:
    friday = dt.date(2017, 11, 17)
    a = event("2017-11-17", friday, friday, "Alpha happened.", "x")
    b = event("2017-11-17", friday, friday, "Beta happened.", "y")
    assert sort_events([a, b]) == sort_events([b, a])


def test_merging_is_idempotent() -> None:
    a = dated_events("afp", "China Sends Envoy",
                     "China dispatched a special envoy to North Korea on Friday.")  # fmt: skip
    b = dated_events("ap", "Envoy Heads North",
                     "China sent special envoy Song Tao to North Korea on Friday.")  # fmt: skip
    once = merge_events(a + b)
    assert merge_events(once) == once


def test_an_organisation_by_its_short_and_long_name_is_one_actor() -> None:
    first = dated_events("a", "Brexit vote", "Britain voted to leave the EU in June 2016.")
    second = dated_events(
        "b",
        "Brexit",
        "In a referendum in June 2016, British voters chose to leave the European Union.",
    )
    [merged] = merge_events(first + second)
    assert sorted(s.article_id for s in merged.sources) == ["a", "b"]


def test_the_events_of_one_day_are_in_time_order() -> None:
    day = dt.date(2025, 8, 12)
    crest = event("2025-08-12T24:00", day, day, "The creek crested.", "a")
    breach = event("2025-08-12T03:40", day, day, "The levee gave way.", "a")
    evening = event("2025-08-12TEV", day, day, "The governor toured the damage.", "a")
    whole = event("2025-08-12", day, day, "The first victims were found.", "a")
    assert [e.date.value for e in sort_events([crest, evening, breach, whole])] == [
        "2025-08-12", "2025-08-12T03:40", "2025-08-12TEV", "2025-08-12T24:00"
    ]


def test_one_happening_told_on_its_day_and_at_its_hour_by_two_articles_is_one_event() -> None:
    wire = dated_events(
        "wire",
        "Bulk carrier aground off Goa",
        "The bulk carrier Pacific Lantana ran aground on rocks off Velsao beach at around "
        "1:10 a.m. on Friday, the Indian Coast Guard said.",
    )
    daily = dated_events(
        "daily",
        "Ship stranded at Velsao",
        "The Pacific Lantana, which ran aground off Velsao on Friday, is leaking oil.",
    )
    assert [e.date.value for e in wire + daily] == ["2017-11-17T01:10", "2017-11-17"]
    [one] = merge_events(wire + daily)
    assert sorted(s.article_id for s in one.sources) == ["daily", "wire"]
    assert one.date.value == "2017-11-17T01:10"  # dated by the finer report, which leads
    assert one.date.text is not None and one.date.text in one.sentence


def test_two_articles_hours_apart_on_one_day_stay_two_happenings() -> None:
    morning = dated_events(
        "a", "Quake", "A magnitude 6.1 earthquake struck Pinotepa at 9:05 a.m. on Friday."
    )
    afternoon = dated_events(
        "b", "Aftershock", "A magnitude 5.6 earthquake struck Pinotepa at 3:40 p.m. on Friday."
    )
    assert len(merge_events(morning + afternoon)) == 2


def test_one_articles_two_times_of_a_day_stay_two_happenings() -> None:
    minutes = dated_events(
        "minutes",
        "Council minutes",
        "Cr Legge left the meeting of the council at 8.52 pm on Friday.\n\n"
        "Cr Legge returned to the meeting of the council at 9.05 pm on Friday.",
    )
    assert len(minutes) == 2
    assert len(merge_events(minutes)) == 2


def test_a_report_of_the_whole_day_joins_no_two_times_of_another_article() -> None:
    day = dt.date(2058, 7, 4)
    actors = (("Pacific Lantana", EntityKind.ORGANIZATION),)
    grounding = event("2058-07-04TMO", day, day, "The Pacific Lantana ran aground off Velsao "
                      "early on Friday.", "b", actors)  # fmt: skip
    sheen = event("2058-07-04TEV", day, day, "A sheen of oil was seen off Velsao around the "
                  "Pacific Lantana on Friday evening.", "b", actors)  # fmt: skip
    caption = event("2058-07-04", day, day, "The Pacific Lantana ran aground off Velsao, "
                    "where oil was seen.", "a", actors)  # fmt: skip
    merged = merge_events([grounding, sheen, caption])
    assert len(merged) == 2  # the caption joins one of b's reports, never both
    assert sorted(len(e.sources) for e in merged) == [1, 2]


def test_times_of_a_day_agree_when_one_happening_may_be_told_by_both() -> None:
    assert times_agree("", "01:10") and times_agree("MO", "")
    assert times_agree("01:10", "02:30") and not times_agree("09:05", "15:40")
    assert times_agree("MO", "01:10") and not times_agree("MO", "18:00")
    assert times_agree("EV", "NI") and not times_agree("MO", "EV")
    assert block_key("2058-07-04T01:10") == block_key("2058-07-04TMO") == "2058-07-04"
    assert block_key("2058-W27") == "2058-W27" and block_key("XXXX-XX-XXT05:30") == (
        "XXXX-XX-XXT05:30"
    )


def test_two_reports_of_one_minute_merge_on_a_few_words_of_the_shorter() -> None:
    # review set 85: a bulletin's row "12/08  16:10   The Canary Islands Government
    # declares level 2." and a daily's "raised the emergency to level 2 of its forest fire
    # plan at 4.10pm local time" stayed apart (their words overlap by 0.18 only)
    day = dt.date(2067, 8, 12)
    row = event("2067-08-12T16:10", day, day,
                "The Canary Islands Government declares level 2.", "bulletin")  # fmt: skip
    story = event("2067-08-12T16:10", day, day, "The Canary Islands government raised the "
                  "emergency to level 2 of its forest fire plan, as flames reached the pines "
                  "above Artenara and the trade winds dropped.", "daily")  # fmt: skip
    [merged] = merge_events([row, story])
    assert sorted(s.article_id for s in merged.sources) == ["bulletin", "daily"]
    landed = event("2067-08-12T16:10", day, day, "A helicopter landed at Gando with two "
                   "firefighters from the Canary Islands.", "bulletin")  # fmt: skip
    assert len(merge_events([landed, story])) == 2  # one word shared: two happenings
    later = event("2067-08-12T18:40", day, day,
                  "The Canary Islands Government declares level 2.", "bulletin")  # fmt: skip
    assert len(merge_events([later, story])) == 2  # (another minute: the words must do it)


def test_one_name_spelt_with_and_without_its_accents_is_one_actor() -> None:
    # a Turkish daily writes "Şahin", a wire "Sahin": one rescued miner
    first = dated_events(
        "daily", "Kozlu", "Divers reached Ercan Şahin, the last trapped miner, on Friday."
    )
    second = dated_events(
        "wire", "Mine", "On Friday rescuers brought Ercan Sahin up alive after 73 hours."
    )
    [merged] = merge_events(first + second)
    assert sorted(s.article_id for s in merged.sources) == ["daily", "wire"]


def test_an_accented_word_is_one_word_not_its_pieces() -> None:
    assert folded("An Bình, Cổ Chiên, Đỗ, Łódź, Straße") == "an binh, co chien, do, lodz, strasse"


def test_two_long_reports_of_one_minute_merge_on_three_shared_words() -> None:
    # review set 92 a and b: "The alarm went off at 3.11am, and a police patrol reached the
    # square eight minutes later" and "The alarm reached the security company at 3.11, and
    # the first patrol arrived at 3.19" (three words of seven shared, and "am" a fourth
    # before: a clock's half of the day is no word) stayed apart, as did the traffic camera
    day = dt.date(2088, 2, 2)
    went_off = event("2088-02-02T03:11", day, day, "The alarm went off at 3.11am, and a police "
                     "patrol reached the square eight minutes later.", "a")  # fmt: skip
    reached = event("2088-02-02T03:11", day, day, "The alarm reached the security company at "
                    "3.11, and the first patrol arrived at 3.19.", "b")  # fmt: skip
    [merged] = merge_events([went_off, reached])
    assert sorted(s.article_id for s in merged.sources) == ["a", "b"]
    # two happenings of one minute that share a word stay apart
    fled = event("2088-02-02T03:11", day, day, "The thieves fled the square in a dark estate "
                 "car at 3.11am.", "b")  # fmt: skip
    assert len(merge_events([went_off, fled])) == 2
    # nor three words of eight: two happenings at one warehouse's minute
    fire = event("2088-02-02T03:11", day, day, "A fire broke out in a warehouse on the harbour "
                 "front at 3.11am, and crews fought it for hours.", "a")  # fmt: skip
    van = event("2088-02-02T03:11", day, day, "At 3.11am police stopped a stolen van loaded "
                "with tools from a warehouse near the harbour front.", "b")  # fmt: skip
    assert len(merge_events([fire, van])) == 2
