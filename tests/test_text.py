"""Sentence and clause splitting on news text: abbreviations, line breaks, offsets."""

from __future__ import annotations

import pytest

from timeline.text import clauses, is_menu_row, sentences


def split(text: str) -> list[str]:
    return [text[lo:hi] for lo, hi in sentences(text)]


def clause_texts(text: str) -> list[str]:
    return [text[lo:hi] for lo, hi in clauses(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump arrived in Beijing on Nov. 9. He met Xi at the Great Hall.",
            ["Trump arrived in Beijing on Nov. 9.", "He met Xi at the Great Hall."],
        ),
        (
            "The U.S. leader wants China to act. Mr. Trump said so. Dr. Lu agreed.",
            ["The U.S. leader wants China to act.", "Mr. Trump said so.", "Dr. Lu agreed."],
        ),
        (
            "On Oct. 25, Kim Jong-un sent a message. Xi responded.",
            ["On Oct. 25, Kim Jong-un sent a message.", "Xi responded."],
        ),
        (
            "China backed U.N. sanctions. Beijing fears a collapse.",
            ["China backed U.N. sanctions.", "Beijing fears a collapse."],
        ),
        (
            "Exports rose 3.5 percent in October. Imports fell.",
            ["Exports rose 3.5 percent in October.", "Imports fell."],
        ),
        ("J. Smith went home. It rained.", ["J. Smith went home.", "It rained."]),
        (
            'He said "it is over." Then he left? Yes! "We will see."',
            ['He said "it is over."', "Then he left?", "Yes!", '"We will see."'],
        ),
        # a clock time ends a sentence before a quotation or a sentence's first word...
        (
            'The vote came at 11:20 p.m. "They do not believe us." Sirens sounded at 6 a.m. '
            "The water rose.",
            ["The vote came at 11:20 p.m.", '"They do not believe us."',
             "Sirens sounded at 6 a.m.", "The water rose."],
        ),
        # ... or a preposition that opens one (review set 42)
        (
            "The helicopter reached the ship at 1:50 a.m. Between 2:05 and 3:40 a.m. its crew "
            "winched up six men.",
            ["The helicopter reached the ship at 1:50 a.m.",
             "Between 2:05 and 3:40 a.m. its crew winched up six men."],
        ),
        # ...but not before its day, zone or place
        (
            "It closes at 5 p.m. EST Friday. It opened at 9 a.m. New York time. At 3 a.m. "
            "Tuesday it broke.",
            ["It closes at 5 p.m. EST Friday.", "It opened at 9 a.m. New York time.",
             "At 3 a.m. Tuesday it broke."],
        ),
        # ...and before a name and its verb
        (
            "Polls closed at 4 p.m. Restrepo waited until Monday to concede. The grant came "
            "at about 3 p.m. Air tankers dropped retardant. The vote is at 2 p.m. May 5.",
            ["Polls closed at 4 p.m.", "Restrepo waited until Monday to concede.",
             "The grant came at about 3 p.m.", "Air tankers dropped retardant.",
             "The vote is at 2 p.m. May 5."],
        ),
    ],
)
def test_sentence_ends_but_not_after_abbreviations(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_a_clock_time_ends_a_sentence_before_a_titled_name() -> None:
    assert split("The hearing is on Thursday at 6 p.m. Councilwoman Rosa Delgado, who has "
                 "called for his firing, will speak.")[1].startswith("Councilwoman")  # fmt: skip
    assert len(split("Polls close at 7 p.m. Eastern Time on Tuesday.")) == 1
    # review set 86 b: a title's abbreviation after the clock ("Gov.") gave one sentence
    assert split("The water plant flooded at about 6:15 a.m. Gov. Renée Castleman's "
                 "declaration came at 4:15 p.m. Dr. Lu agreed.") == [
        "The water plant flooded at about 6:15 a.m.",
        "Gov. Renée Castleman's declaration came at 4:15 p.m.", "Dr. Lu agreed."]  # fmt: skip


def test_an_answer_s_no_opening_its_line_is_a_sentence_of_its_own() -> None:
    # review set 57: a city's Q&A page answered "No. Winterlights opens as planned", which
    # headed the event "No. Winterlights opens as planned"
    assert split("Will the market be affected?\nNo. Winterlights opens as planned on "
                 "Friday.\nNo. 5 Squadron flew. He lives at No. 10 Downing Street.") == [
        "Will the market be affected?", "No.", "Winterlights opens as planned on Friday.",
        "No. 5 Squadron flew.", "He lives at No. 10 Downing Street."]  # fmt: skip


def test_a_clock_time_ends_a_sentence_before_a_day_word_with_a_colon() -> None:
    assert split("Low water 11:01 a.m. and 11:28 p.m. Tomorrow: high water 5:41 a.m.") == [
        "Low water 11:01 a.m. and 11:28 p.m.", "Tomorrow: high water 5:41 a.m."]
    assert len(split("The vote is at 9 p.m. tomorrow.")) == 1


def test_an_initial_or_abbreviation_before_a_sentence_opening_word_ends_a_sentence() -> None:
    assert split("She painted on Avenue B. The dealer saw her work. It sold to Acme Inc. "
                 "The company said so. Harry S. Truman spoke. The U.S. Army came.") == [
        "She painted on Avenue B.", "The dealer saw her work.", "It sold to Acme Inc.",
        "The company said so.", "Harry S. Truman spoke.", "The U.S. Army came.",
    ]  # fmt: skip


def test_a_decade_ends_a_sentence_its_s_is_no_initial() -> None:
    assert split("It was the latest since the 1930s. December was mild. J. Smith left.") == [
        "It was the latest since the 1930s.", "December was mild.", "J. Smith left.",
    ]  # fmt: skip


def test_a_lower_case_word_after_a_full_stop_does_not_start_a_sentence() -> None:
    # "e.g. the..." and a full stop before lower case are not sentence ends
    assert split("Some, e.g. the envoy, stayed. others left.") == [
        "Some, e.g. the envoy, stayed. others left."
    ]


def test_every_line_break_ends_a_sentence() -> None:
    text = (
        "China to Send Special Envoy to North Korea\n\nFriday, 17 Nov, 2017\n\n"
        "Chinese President Xi Jinping will send special envoy Song Tao to Pyongyang"
        "\n- Ties at 'lowest point' -\nSong will meet officials."
    )
    assert split(text) == [
        "China to Send Special Envoy to North Korea",
        "Friday, 17 Nov, 2017",
        "Chinese President Xi Jinping will send special envoy Song Tao to Pyongyang",
        "- Ties at 'lowest point' -",
        "Song will meet officials.",
    ]


def test_spans_are_stripped_offsets_into_the_text() -> None:
    text = "  \n\nFirst one.   Second one.  \n\n  Third line \n"
    spans = sentences(text)
    assert [text[lo:hi] for lo, hi in spans] == ["First one.", "Second one.", "Third line"]
    for lo, hi in spans:
        assert not text[lo].isspace() and not text[hi - 1].isspace()
    assert spans == sorted(spans)


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert sentences("") == []
    assert sentences(" \n\n\t ") == []


def test_seed_sentence_with_us_abbreviation_is_one_sentence(seeds_dir) -> None:
    text = (seeds_dir / "002_8a175612c0e4f16b.txt").read_text(encoding="utf-8")
    found = split(text)
    assert (
        "The U.S. leader wants China, which accounts for 90 percent of North Korea's foreign "
        "trade, to put more economic pressure on the reclusive regime."
    ) in found
    caption = (
        "President Donald Trump, right, and Chinese President Xi Jinping attend a welcome "
        "ceremony at the Great Hall of the People in Beijing on Nov. 9."
    )
    assert caption in found
    assert all(s == s.strip() and s for s in found)


def test_clauses_split_at_but_and_that_after_a_reporting_verb() -> None:
    text = (
        "Trump claimed this week that Xi had agreed to drop his plan during their talks "
        "last week, but Beijing stood by its policy."
    )
    assert clause_texts(text) == [
        "Trump claimed this week",
        "that Xi had agreed to drop his plan during their talks last week",
        "but Beijing stood by its policy.",
    ]


def test_clauses_split_at_semicolons_dashes_and_comma_conjunctions() -> None:
    text = (
        "China pushed for talks, but in recent months had few exchanges; "
        "talks stalled - officials blamed Washington, while Seoul waited."
    )
    assert clause_texts(text) == [
        "China pushed for talks",
        "but in recent months had few exchanges",
        "talks stalled",
        "officials blamed Washington",
        "while Seoul waited.",
    ]


def test_clauses_do_not_split_a_plain_and_or_a_hyphenated_word() -> None:
    text = "Xi called for sound and stable ties between Beijing and Pyongyang."
    assert clause_texts(text) == [text]
    assert clause_texts("Kim Jong-un met Cold War-era allies.") == [
        "Kim Jong-un met Cold War-era allies."
    ]


def test_clauses_respect_the_given_window() -> None:
    text = "Intro. Trump met Xi, but Beijing stood firm. Outro."
    lo = text.index("Trump")
    hi = text.index(" Outro")
    parts = clauses(text, lo, hi)
    assert [text[a:b] for a, b in parts] == ["Trump met Xi", "but Beijing stood firm."]
    assert all(lo <= a < b <= hi for a, b in parts)


def test_that_after_a_preposition_is_a_pronoun_not_a_clause_start() -> None:
    text = "Funds lost $161 million in September; $14 million of that seeped out on Oct. 13."
    assert [text[a:b] for a, b in clauses(text, 0, len(text))] == [
        "Funds lost $161 million in September",
        "$14 million of that seeped out on Oct. 13.",
    ]


def test_a_wire_style_opening_quote_starts_a_sentence() -> None:
    text = "Adams kept his party out. ``We are back,'' Adams said."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Adams kept his party out.",
        "``We are back,'' Adams said.",
    ]


def test_a_state_after_a_city_ends_a_sentence_before_a_capital() -> None:
    text = "He was shot at home in Buffalo, N.Y. Slepian provided legal abortions."
    assert [text[a:b] for a, b in sentences(text)] == [
        "He was shot at home in Buffalo, N.Y.",
        "Slepian provided legal abortions.",
    ]
    kept = "He met the N.Y. Times editor in Washington, D.C., on Friday."
    assert [kept[a:b] for a, b in sentences(kept)] == [kept]


def test_an_abbreviation_after_a_full_stop_ends_no_sentence() -> None:
    text = "Figures: 000000.Nov. 9 was the day."
    assert [text[lo:hi] for lo, hi in sentences(text)] == [text]


def test_a_sentence_may_open_with_a_capital_beyond_ascii() -> None:
    # review set 41: "..., the transport ministry said. Ħamrun local council will hold ..."
    # was one sentence, as after "said." before "Łódź", "Østergaard" or "Élodie"
    text = ("Buses will run from 6am tomorrow, the ministry said. Ħamrun local council will "
            "meet. Łódź voted. Østergaard left. Élodie stayed. Ωmega won. Жуков lost.")
    assert [text[start:end] for start, end in sentences(text)] == [
        "Buses will run from 6am tomorrow, the ministry said.",
        "Ħamrun local council will meet.", "Łódź voted.", "Østergaard left.",
        "Élodie stayed.", "Ωmega won.", "Жуков lost.",
    ]


def test_a_wikis_citation_marks_end_the_sentence_they_follow() -> None:
    # review set 56's Wikipedia page: "... held on 17 November.[6] Ferry services ..." was
    # one sentence
    assert split("It was held on 17 November.[6] Ferry services resumed.[1][2] Two died at "
                 "the scene.[citation needed] The end.") == [
        "It was held on 17 November.[6]", "Ferry services resumed.[1][2]",
        "Two died at the scene.[citation needed]", "The end."]


# A mailing-list digest wrapped at 77 characters (review set 63), and a weather service's
# statement in capitals wrapped at 70 (review set 62)
DIGEST = (
    "Kia ora all. The Kentia Star could not get alongside this morning because of the\n"
    "swell, and the skipper will try again at high tide, about 10.30, if the wind\n"
    "drops. The store has only what came on the last plane, so milk is limited to\n"
    "2 litres per household and bread to 2 loaves until the ship is unloaded.\n"
    "Reminder for newcomers: daylight saving starts at 2am tonight, and on Lord\n"
    "Howe we only go forward HALF an hour, to 2.30am. From tomorrow we're on the\n"
    "same time as Sydney again. The Board has asked everyone to check their water\n"
    "tanks before the weekend, and the airport says the Monday flight still lands\n"
    "at 1.50pm, weather permitting, with the mail and the newspapers on board.\n\n"
    "Opening hours\n"
    "Saturday: 9am to 1pm\n"
    "Sunday: closed\n"
)
STATEMENT = (
    "THE TORNADO TOUCHED DOWN 3 MILES SOUTHWEST OF EASTON AT 712 PM CDT\n"
    "THURSDAY EVENING AND MOVED NORTHEAST FOR 6 MILES BEFORE LIFTING\n"
    "AT 731 PM CDT. AT 705 PM TRAINED SPOTTERS REPORTED A WALL CLOUD WEST\n"
    "OF EASTON. THE SAME STORM PRODUCED HAIL UP TO GOLF BALL SIZE IN HAVANA\n"
    "AROUND 640 PM YESTERDAY EVENING. NO ONE WAS HURT IN MASON COUNTY AND\n"
    "DAMAGE WAS CONFINED TO FARM BUILDINGS AND TREES. THE NATIONAL WEATHER\n"
    "SERVICE WOULD LIKE TO THANK THE MASON COUNTY ESDA AND THE AMATEUR RADIO\n"
    "OPERATORS WHO RELAYED REPORTS THROUGH THURSDAY NIGHT. A SECOND TEAM WILL\n"
    "SURVEY REPORTED DAMAGE NEAR ATLANTA IN LOGAN COUNTY TOMORROW MORNING.\n"
)


def test_a_hard_wrapped_text_s_line_ends_are_no_sentence_ends() -> None:
    found = split(DIGEST)
    assert ("Reminder for newcomers: daylight saving starts at 2am tonight, and on Lord\nHowe "
            "we only go forward HALF an hour, to 2.30am.") in found
    assert found[-3:] == ["Opening hours", "Saturday: 9am to 1pm", "Sunday: closed"]
    assert "AT 705 PM TRAINED SPOTTERS REPORTED A WALL CLOUD WEST\nOF EASTON." in split(STATEMENT)


def test_a_text_of_short_lines_is_not_wrapped() -> None:
    lines = "Opening hours\nMonday to Friday: 9am to 6pm\nSaturday: 9am to 1pm\nSunday: closed\n"
    assert split(lines * 3)[:4] == [
        "Opening hours", "Monday to Friday: 9am to 6pm", "Saturday: 9am to 1pm", "Sunday: closed"]


def test_a_row_of_symbols_is_no_menu() -> None:
    # a review of this session's change: fields without letters counted as words of a
    # script without capitals
    assert not is_menu_row("–   –   –   –") and not is_menu_row("→   →   →   →")
    assert is_menu_row("Home   Yemen   Aden   Economy   Politics   Video   عربي")


def test_a_docket_s_doc_and_ref_abbreviations_end_no_sentence() -> None:
    # review set 64 c: "in support of Motion Doc. No. 8 filed on 15-NOV-2056" was cut
    # after "Doc.", making an event headed "No. 8 filed"
    from timeline.text import sentences

    text = "Affidavit sworn in support of Motion Doc. No. 8 filed on 15-NOV-2056. He left."
    assert [text[start:end] for start, end in sentences(text)] == [
        "Affidavit sworn in support of Motion Doc. No. 8 filed on 15-NOV-2056.", "He left."]
