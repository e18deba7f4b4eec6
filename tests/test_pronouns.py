"""A headline's leading "He"/"She" names the one person just named, from real sentences
(the development articles and the review articles), and stays when that is unsure."""

from __future__ import annotations

import datetime as dt

from conftest import make_article

from timeline.entities import SurnameIndex, find_entities
from timeline.events import extract_events
from timeline.events.pronouns import ArticleNames, company_of, named_subject, named_thing
from timeline.models import EntityKind

HEAD = "Story\n\nFriday, 17 Nov, 2017\n\n"


def _headlines(text: str) -> list[str]:
    return [e.headline for e in extract_events(make_article(HEAD + text)) if e.date.text]


def test_he_in_a_later_clause_is_the_person_named_earlier_in_the_sentence() -> None:
    assert _headlines(
        "Gen. Bertalan Farkas led the mission. On May 22, 1995, Farkas was made a brigadier "
        "general, and the following year he was appointed military attache in Washington."
    ) == [
        "Farkas was made a brigadier general",
        "Bertalan Farkas was appointed military attache in Washington",
    ]
    assert _headlines(
        "James Kopp, 44, of St. Albans, Vt., became the subject of an international manhunt "
        "in November when he was called a witness in the case. Kopp has not been found."
    ) == ["James Kopp was called a witness in the case"]


def test_she_at_a_sentence_start_is_the_one_person_of_the_sentence_before() -> None:
    assert _headlines(
        "Pamela Pak owns eight condominiums here. Pak can't find buyers. She estimates her "
        "properties, worth a hundred thirty million dollars in October, are worth only half "
        "that now."
    ) == ["Pamela Pak estimates her properties, worth a hundred thirty million dollars, are "
          "worth only half that now"]  # fmt: skip
    assert _headlines(
        "Yesterday New York governor George Pataki toured five counties that have been "
        "declared under a state of emergency. He added one more today."
    )[-1] == "George Pataki added one more"


def test_she_after_a_witness_named_once_and_telling_the_court_is_the_witness() -> None:
    # review set 65 b: "Margaret Ashdown and her husband handed over a deposit" (the
    # defendant, the article's person, for the witness named once in full)
    assert _headlines(
        "Margaret Ashdown, 58, of Harrogate, was found guilty on Friday. Ashdown founded the "
        "firm. Sunita Desai, a nurse from Ilkley, told the court in August that she and her "
        "husband handed over a deposit of £46,000 in February 2043."
    )[-1] == "Sunita Desai and her husband handed over a deposit of £46,000"


def test_a_sentence_to_come_is_the_defendants_not_the_judges() -> None:
    # review set 65 b: "Helen Pargeter will be sentenced" (the judge) for the defendant
    assert _headlines(
        "Margaret Ashdown, 58, of Harrogate, was found guilty on Friday. Ashdown closed her "
        "eyes. Judge Helen Pargeter revoked her bail and told her: \"You must expect a "
        "substantial prison sentence.\" She will be sentenced on 18 October."
    )[-1] == "Margaret Ashdown will be sentenced"


def test_his_after_a_speaker_named_once_stays() -> None:
    # review set 45 e: the prosecutor "told jurors ... that his account was not believable"
    # (his is the defendant's; she names no one)
    assert _headlines(
        "Devonte Simmons, 31, was convicted on Friday. Crown counsel Alexandra Trott told "
        "jurors in her closing speech on Monday that his account was \"simply not "
        "believable\"."
    )[-1] == 'His account was "simply not believable"'


def test_a_place_the_article_never_calls_by_its_last_word_is_no_antecedent() -> None:
    # review sets 35 and 38: "a tester from Windmill Hill ... when he was struck"; "her
    # home near Alta Gracia ... It had not been there in pictures she had taken"
    assert _headlines(
        "Daniel Okoro, a 34-year-old software tester from Windmill Hill, was cycling to work "
        "at about 7.50am on March 19 last year when he was struck by a left-turning lorry. "
        "Mr Okoro died at the scene."
    ) == ["Daniel Okoro was struck by a left-turning lorry"]
    assert _headlines(  # a person after "from" whom the article calls by surname stays one
        "Ana Ruiz took a call from Tomas Berg on Monday. Berg said he would resign. He "
        "resigned on Tuesday."
    )[-1] == "Tomas Berg resigned"


def test_he_is_the_husband_named_before_in_a_profile_of_her() -> None:
    text = (
        "Peg Ellison, a news photographer, died on Tuesday at her home. She was 91. Ms. "
        "Ellison was born in Duluth. She married John Ellison, a copy editor, in 1961. He died "
        "in 2008. Her break came in 1966, when she followed the Rev. Dr. Martin Luther King "
        "Jr. on his marches. She was struck by a police baton in 1968. She kept her cameras. "
        "Her daughter said she never stopped working."
    )
    found = _headlines(text)
    assert "John Ellison died" in found  # "Ms. Ellison" is her, not her husband
    assert "Peg Ellison was struck by a police baton" in found  # "she followed King ... She"
    assert not any(h.startswith(("Martin Luther King was", "Jr ")) for h in found)


def test_an_occupation_before_a_name_is_a_title_and_he_is_that_person() -> None:
    assert _headlines(
        "Fisherman Abdulrahim Sali, 46, said he heard screaming in the dark. He made four "
        "trips to the nearest island on Saturday, carrying about 40 people."
    ) == ["Abdulrahim Sali made four trips to the nearest island, carrying about 40 people"]


def test_it_opening_a_sentence_is_the_thing_the_sentence_before_opened_with() -> None:
    assert _headlines(
        "The 62-metre vessel was built in Japan in 1996 and bought by Mindanao Seaways in "
        "2014. It passed its most recent safety inspection in August."
    ) == [
        "The 62-metre vessel was built in Japan",
        "The 62-metre vessel was bought by Mindanao Seaways",
        "The 62-metre vessel passed its most recent safety inspection",
    ]
    assert _headlines(  # "has" before a past that is also a participle: no "has spent"
        "Mathis Delcourt has not raced since the summer of 2016 and spent last winter working "
        "in a ski-hire shop."
    )[-1] == "Mathis Delcourt spent last winter working in a ski-hire shop"


def test_its_opening_a_sentence_is_the_named_subject_s_before_it() -> None:
    # review set 24: "Kaveri Infotech reported ... Its shares fell 4%"
    assert _headlines(
        "Kaveri Infotech reported results on Thursday. Its shares fell 4% on Friday."
    )[-1] == "Kaveri Infotech's shares fell 4%"
    assert _headlines(  # an adjective before the name is no subject: unsure, stays
        "Larger rival Kaveri Infotech reported results on Thursday. Its shares fell 4% on "
        "Friday."
    )[-1] == "Its shares fell 4%"


def test_the_judge_is_the_one_person_the_article_titles_judge() -> None:
    assert _headlines(
        "Justice Halima Bello convicted the 67-year-old on 14 counts. The judge overruled a "
        "no-case submission by the defence in June."
    ) == ["Justice Halima Bello overruled a no-case submission by the defence"]
    assert _headlines(  # two judges: unsure
        "Judge Ann Cole and Judge Ben Okafor heard the case. The judge adjourned it on Monday."
    ) == ["The judge adjourned it"]
    assert _headlines(  # and "She" after the judge's sentence is the judge
        "Justice Halima Bello convicted him. The sentences will run concurrently. The judge "
        "began reading her judgment at 10.05am on Tuesday. She pronounced the sentence shortly "
        "after 5pm."
    )[-1] == "Justice Halima Bello pronounced the sentence"


def test_it_is_the_head_of_a_subject_with_a_phrase_after_it() -> None:
    assert _headlines(
        "The search for the fifth skier, a 34-year-old Dutch man, was called off at 5.30pm on "
        "Tuesday. It resumed at 7.15am on Wednesday with around 40 rescuers."
    )[-1] == "The search resumed with around 40 rescuers"


def test_the_court_is_not_the_decks_court_when_the_lead_names_another() -> None:
    text = ("Ex-governor jailed for fraud\n\nDefence heads to Appeal Court\n\nFrom Ifeoma "
            "Nwachukwu, Abuja\n\nA Federal High Court in Abuja has sentenced a former "
            "governor to 12 years. The trial judge was elevated to the Court of Appeal. When "
            "he failed to return, the court revoked his bail in August 2022 and issued a "
            "bench warrant.")
    article = make_article(text).model_copy(update={"author": "Ifeoma Nwachukwu"})
    headlines = [e.headline for e in extract_events(article) if e.date.text]
    assert headlines == ["The court revoked his bail and issued a bench warrant"]


def test_the_company_of_a_title_is_no_person_of_the_lead() -> None:
    [entity] = find_entities("Brightline Building Products told employees on Thursday.")
    assert entity.kind is not EntityKind.PERSON  # ("Products": an organisation's word)


def test_it_after_a_possessive_subject_is_the_owned_thing_and_adverbs_stay_behind() -> None:
    assert _headlines(
        "Councilmember Andre Whitley's amendment would have kept the branch open. It failed "
        "at about 10:15 p.m. on Wednesday."
    ) == ["Councilmember Andre Whitley's amendment failed"]
    assert _headlines(
        "The guitar nearly disappeared for good in 1989, when it was stolen from his tour bus."
    ) == ["The guitar was stolen from his tour bus"]


def test_an_article_is_no_name_for_it() -> None:
    assert _headlines(
        "A painting stolen from the museum in 1990 was never found. It was bought in 1952 by "
        "a collector."
    )[-1] == "It was bought by a collector"  # (was "A was bought by a collector")


def test_the_pronoun_stays_when_two_people_or_no_person_came_before() -> None:
    assert _headlines(
        "Benjamin Netanyahu met Yasser Arafat at the border. He left on Monday for Cairo."
    ) == ["He left for Cairo"]
    # A place or company read as a name is no one's: the Czech Republic never "added"
    assert _headlines(
        "The Czech Republic completed its ratification. He added that a ceremony will be "
        "held at the summit on April 24."
    ) == ["He added that a ceremony will be held at the summit"]


def test_named_subject_leaves_a_headline_that_names_the_person() -> None:
    # "He has spoken with Elian": the "he" is someone else than Elian Gonzalez
    index = SurnameIndex(find_entities("Elian Gonzalez arrived."))
    earlier = [("Elian Gonzalez arrived in Miami.", find_entities("Elian Gonzalez arrived."))]
    sentence = "He has spoken with Elian at least three times since he arrived on April 6."
    headline = "He has spoken with Elian at least three times"
    names = ArticleNames(sentence)
    assert named_subject(headline, sentence, earlier, names, index) is None
    assert named_subject("They met", sentence, earlier, names, index) is None


def test_it_in_a_clause_hung_on_the_subject_is_that_subject() -> None:
    assert _headlines(
        "The company said on Monday that it would file for approval with the U.S. Food and "
        "Drug Administration on Dec. 15."
    ) == [
        "The company said it would file for approval with the U.S. Food and Drug "
        "Administration",
        "The company would file for approval with the U.S. Food and Drug Administration",
    ]
    assert _headlines(
        "The city last cut its budget in 2023, when it eliminated 40 positions after losing a "
        "major employer."
    ) == ["The city eliminated 40 positions after losing a major employer"]
    assert _headlines(
        "Hewlett announced last week that it planned to ship a computer based on the 486 chip "
        "on Jan. 8."
    )[-1] == "Hewlett planned to ship a computer based on the 486 chip"


def test_it_after_and_or_a_person_or_the_wrong_number_stays() -> None:
    # "it" may be the object named before "and": the tool, not the agency, was in use
    assert _headlines(
        "The Food and Drug Administration cleared the screening tool in March 2016, and by "
        "the end of that year it was in use at more than 300 clinics."
    )[-1] == "It was in use at more than 300 clinics"
    assert named_thing("It would file", "The company said that it would file.") == (
        "The company would file"
    )
    assert named_thing("They would file", "The company said that they would file.") is None
    assert named_thing("They would merge", "The companies said that they would merge.") == (
        "The companies would merge"
    )
    assert named_thing("It would file", "Mr. Smith said that it would file.") is None


def test_an_adverb_opening_the_sentence_before_is_no_subject_for_it() -> None:
    # review set 93 a: "Shortly before 7am a farmer ... reported that his pickup truck had
    # been taken from his yard. It was found abandoned ..." made "Shortly was found
    # abandoned ..." (the adverb read as a name, "before" as its verb)
    assert _headlines(
        "Shortly before 7am a farmer in the village of Campredó reported that his pickup "
        "truck had been taken from his yard. It was found abandoned on a track near "
        "L'Ampolla late on Sunday morning."
    )[-1] == "It was found abandoned on a track near L'Ampolla"
    # a name ending in -ly is still one (the code review: "Italy", "Sicily")
    assert _headlines("Italy imposed a curfew in March. It lifted the curfew in May.")[-1] == (
        "Italy lifted the curfew")


def test_a_ship_s_name_is_no_one_he_could_be() -> None:
    # review set 93 a: "Mulvihill was one of four Irish crew on the yacht Lady Gráinne, which
    # was boarded ... in August 2086 ... He was sentenced in Tarragona the following year"
    # kept "He" (the yacht's name read as a second person)
    assert _headlines(
        "Declan Mulvihill, 44, escaped on Sunday. Mulvihill was one of four Irish crew on the "
        "yacht Lady Gráinne, which was boarded by Spanish customs officers off the Ebro delta "
        "in August 2016. He was sentenced in Tarragona the following year."
    )[-1] == "Declan Mulvihill was sentenced in Tarragona"


def test_a_sentences_opening_it_continues_the_subject_before() -> None:
    assert _headlines(
        "Parcelwise laid off 15 percent of its 640 employees in November 2022. Eight months "
        "later, it cut another 180 jobs and pulled out of eight cities."
    )[-1] == "Parcelwise cut another 180 jobs and pulled out of eight cities"
    assert _headlines(
        "The extrusion unit produces bare and painted extrusions. In fiscal 1989, it had "
        "sales of about $40 million."
    ) == ["The extrusion unit had sales of about $40 million"]
    # a person, a plural or no subject before: the pronoun stays
    assert _headlines(
        "Mr. Nadir took Polly Peck and built a conglomerate. In September, it announced plans "
        "to acquire a fruit business."
    ) == ["It announced plans to acquire a fruit business"]
    assert _headlines(
        "The companies merged their units. In 2019, it sold the plant."
    ) == ["It sold the plant"]


def test_an_opening_it_continues_a_new_thing_a_founded_name_or_a_subject_officials_told() -> None:
    # review set 38: a swarm told of by "local officials said", a university "Founded in"
    assert _headlines(
        "A second, larger swarm reached Wajir county on Saturday, local officials said. It "
        "settled overnight in acacia scrub near Buna and was sprayed from the ground Tuesday "
        "morning."
    )[1:] == ["A second, larger swarm settled in acacia scrub near Buna",
              "A second, larger swarm was sprayed from the ground"]  # fmt: skip
    assert _headlines(
        "Founded in 1868, Chebucto University is a public research university in Halifax. Its "
        "Atlantic Polar Institute was established in 2011."
    )[-1] == "Chebucto University's Atlantic Polar Institute was established"
    # a sayer that may be the "it", or a subject with a clause of its own: the pronoun stays
    assert _headlines(
        "A new strain spread to Kent on Monday, the agency said. It was found in Essex on "
        "Tuesday."
    )[-1] == "It was found in Essex"
    assert _headlines(
        "The lagoon, which opened in 2003 and draws up to 1,500 swimmers a day, will stay "
        "shut. It is the second crocodile removed this month, on October 12."
    )[-1].startswith("It ")


def test_the_company_is_the_one_company_the_lead_names() -> None:
    text = (
        "Kellogg Co. said third-quarter net income fell 12%. Kellogg blamed price cuts. "
        "Last year the company closed its plant in Omaha."
    )  # (a figure of the year, "earned $480.4 million", is no event since review set 33)
    assert _headlines(text)[-1] == "Kellogg closed its plant in Omaha"
    # two companies in the lead: "the company" may be either, and stays
    two = (
        "IMA Holdings Corp. completed its purchase of American Medical International Inc. on "
        "Friday. Last year the company closed its plant in Omaha."
    )
    assert _headlines(two)[-1] == "The company closed its plant in Omaha"
    # a company the article never calls by its short name stays as written
    assert company_of(find_entities("General Motors Corp. said it would cut jobs."),
                      "General Motors Corp. said it would cut jobs.") is None  # fmt: skip


def test_the_company_can_be_the_one_name_the_title_gives() -> None:
    text = (
        "How Parcelwise went from unicorn to Chapter 11\n\nPITTSBURGH — Parcelwise said on "
        "Friday it would sell itself. Parcelwise raised $140 million in 2021. In the fourth "
        "quarter of 2023 the company moved its headquarters to Ohio."
    )
    article = make_article(text, title="How Parcelwise went from unicorn to Chapter 11")
    headlines = [e.headline for e in extract_events(article) if e.date.text]
    assert "Parcelwise moved its headquarters to Ohio" in headlines
    # a place or part of a longer name is no company: the title's "Duluth" and "Control"
    assert company_of([], "Control Data said. Control Data lost. Control Data had.",
                      "Control Data cuts") is None  # fmt: skip


def test_the_council_is_the_one_council_named() -> None:
    text = (
        "The Eastbrook City Council voted 5-2 on Monday to approve the budget. The council "
        "will hold a town hall on the capital plan on Nov. 13."
    )
    assert _headlines(text)[-1] == (
        "The Eastbrook City Council will hold a town hall on the capital plan"
    )
    two = (
        "The Eastbrook City Council met on Monday. The Westbrook Town Council met on Tuesday. "
        "The council will meet again on Nov. 13."
    )
    assert _headlines(two)[-1] == "The council will meet again"  # which one: it stays


def test_a_leading_possessive_names_its_owner() -> None:
    assert _headlines(
        "Elian Gonzalez, 6, has lived in Miami since November. Gonzalez has relatives there. "
        "His father flew to the U.S. from Cuba on Tuesday."
    )[-1] == "Elian Gonzalez's father flew to the U.S. from Cuba"


def test_article_names_tell_a_surname_used_alone_and_its_titles() -> None:
    names = ArticleNames(
        "Peg Ellison died. Ms. Ellison was 91. She married John Ellison. The North Side "
        "grew. Governor George Pataki toured. Kohl's promise was kept."
    )
    assert {"Ellison", "Kohl"} <= names.alone  # "Ms. Ellison", a sentence's "Kohl's"
    assert "Side" not in names.alone  # only after "North"
    assert names.titles["Ellison"] == {"ms"}
    assert {"Peg", "John"} <= names.before["Ellison"]
    assert "George" in names.after_title


def test_a_name_after_a_description_is_a_persons() -> None:
    # "the architect Peter Kaufman": as good as a title, though the article never writes
    # "Kaufman" alone (a name never used alone may be a place or company read as a person)
    assert _headlines(
        "Margo Delacroix, a jazz singer, died on Wednesday. She married the architect Peter "
        "Kaufman in 1988; he died in 2015."
    )[-1] == "Peter Kaufman died"
    names = ArticleNames("She married the architect Peter Kaufman. The Chicago Tribune said.")
    assert "Peter" in names.after_title and "Chicago" not in names.after_title


def test_the_authority_is_the_one_authority_named() -> None:
    assert _headlines(
        "The Lakeport Regional Transit Authority and its union reached a deal on Sunday. "
        "Late Thursday night, the authority dropped its demand to hire part-time workers."
    )[-1] == "The Lakeport Regional Transit Authority dropped its demand to hire part-time workers"


def test_the_noun_is_the_one_name_of_the_lead_ending_with_it() -> None:
    # two fires named: the lead's, named more often; a place's name takes no "the"
    assert _headlines(
        "Crews tried on Wednesday to hold the Juniper Ridge Fire north of Cascade Falls. "
        "The Tamarack Fire burned 68,000 acres in September 2020; the Juniper Ridge Fire is "
        "the second largest. On Monday, the fire jumped Highway 58. Marlow County reported "
        "cases. In 2015, the county ran out of beds."
    )[2:] == ["The Juniper Ridge Fire jumped Highway 58", "Marlow County ran out of beds"]
    # an adjective after "The" is no subject noun: "The average daily turnover"
    assert _headlines(
        "The Dow Jones Industrial Average rose on Tuesday. The average daily share turnover "
        "doubled in October."
    )[-1] == "The average daily share turnover doubled"


def test_the_company_is_the_company_the_sentence_before_opens_with() -> None:
    # two companies in the lead; the one that opens the sentences before is "the company"
    assert _headlines(
        "Corvane agreed on Monday to buy Stellix, and analysts said Stellix was cheap. "
        "Stellix has had a difficult year. The company reported on Jan. 29 that revenue "
        "fell 4 percent. It cut 7 percent of its workforce in November and replaced its "
        "chief financial officer the following month."
    )[1:] == [
        "Stellix reported that revenue fell 4 percent",
        "Stellix cut 7 percent of its workforce",
        "Stellix replaced its chief financial officer",
    ]
    # a sentence's first word alone is no company: "Net income fell. The company said"
    assert _headlines("Net income fell 5%. The company said on Monday it would cut jobs.") == [
        "The company said it would cut jobs"
    ]


def test_it_after_an_opener_continues_the_named_company() -> None:
    # a name ending in "s" is no plural; "In October, it" and "Earlier this year, it" go on
    # with the company that opened the sentence before
    assert _headlines(
        "Analysts said on Monday that Corvalis was cheap, and rivals said Corvalis was slow. "
        "Corvalis has tried to answer with artificial intelligence. In October, it bought "
        "Fennick AI for $1.1 billion. Earlier this year, it began offering a new product."
    )[1:] == [
        "Corvalis bought Fennick AI for $1.1 billion",
        "Corvalis began offering a new product",
    ]


def test_it_continues_a_company_set_off_by_a_long_appositive() -> None:
    # review set 35: "Vargfjäll, founded in Umeå in 2014 by four former students of the
    # town's university, employs about 1,400 people. It will report full-year results on
    # May 21" left "It will report full-year results"
    assert _headlines(
        "Analysts said on Monday that Vargfjall was cheap, and rivals said Vargfjall was slow. "
        "Vargfjall, founded in Umea in 2014 by four former students of the town's university, "
        "employs about 1,400 people. It will report full-year results on May 21."
    )[-1] == "Vargfjall will report full-year results"


def test_it_is_no_day_that_opened_the_sentence_before() -> None:
    # review set 36: "Yesterday was the pub's first St Patrick's Day open since 2034. It
    # will be closed today and tomorrow" gave "Yesterday will be closed"
    assert _headlines(
        "Costello's reopened on Saturday. Yesterday was the pub's first St Patrick's Day open "
        "since 2034. It will be closed tomorrow for a deep clean."
    )[-1] == "It will be closed for a deep clean"


def test_she_goes_on_with_a_surname_used_alone_after_its_person_of_a_place() -> None:
    # review set 35: "Kalstrom took her mandatory 24-hour layover ... She was the first
    # musher" kept "She" (the lead's "Mara Kalstrom of Two Rivers" was one name)
    assert _headlines(
        "Mara Kalstrom of Two Rivers won the race early Tuesday. Kalstrom took her layover in "
        "Takotna last Wednesday. She was the first musher to reach Unalakleet on Saturday."
    )[-1] == "Mara Kalstrom was the first musher to reach Unalakleet"


def test_her_after_another_persons_possessive_stays_the_articles_woman() -> None:
    # review set 19: "Morimoto's group in Kyoto independently confirmed her findings. Her
    # husband, Tom, ... died in 2019": her husband, not Kenji Morimoto's
    assert _headlines(
        "Ruth Halvorsen won the Nobel prize on Monday. She was born in Oslo in 1961. She "
        "shares it with Kenji Morimoto of "
        "Kyoto University. In 2008, Morimoto's group in Kyoto confirmed her findings. Her "
        "husband, Tom, died in 2019."
    )[-1] == "Her husband, Tom, died"


def test_it_is_the_subject_after_a_time_opener_and_never_a_nouns_modifier() -> None:
    # review set 37: "Two weeks ago, the pantry began ... it gave out" gave "Two gave out";
    # "Wildlife officers trapped the male ... It will be moved" gave "Wildlife will be moved"
    assert _headlines(
        "Two weeks ago, the pantry began limiting families to one visit a week. Last "
        "Thanksgiving, it gave out 610 turkeys. Wildlife officers trapped the male on "
        "Wednesday. It will be moved to a farm on Friday."
    ) == ["The pantry began limiting families to one visit a week",
          "The pantry gave out 610 turkeys", "Wildlife officers trapped the male",
          "It will be moved to a farm"]  # fmt: skip
    # review set 38: "Police figures read to the court showed ... It was last redesigned"
    # gave "Police was last redesigned"
    assert _headlines(
        "Police figures read to the court showed eight cyclists were injured at the junction "
        "between 2035 and 2042. It was last redesigned in 1998."
    )[-1] == "It was last redesigned"
    # a subject with an irregular past ("In 2013, the court upheld the results. In 2016, it
    # dismissed ..."), but not when a second clause or a trailing sayer has a subject too
    assert _headlines(
        "In 2013, the court upheld the results. In 2016, it dismissed all nine petitions."
    )[-1] == "The court dismissed all nine petitions"
    assert _headlines(
        "The disaster led to new rules, and Calder House was strengthened in 1970. It was "
        "refurbished in 2014. The eruption began at 6:15 a.m. on Sunday, the institute said. "
        "It raised the alert level at 7:02 a.m."
    ) == ["Calder House was strengthened", "It was refurbished", "The eruption began",
          "It raised the alert level"]


def test_he_is_not_a_name_only_a_quotation_gives() -> None:
    # review set 37: '"In 2033 I went too early and Magnus passed me on the line." He
    # missed last year's race' gave "Magnus Torvik missed the race"
    assert _headlines(
        "Oskar Lindqvist won the race on Sunday. Magnus Torvik was third. \"In 2033 I went "
        "too early and Magnus passed me on the line,\" Lindqvist said. He broke his wrist "
        "in January."
    )[-1] == "Oskar Lindqvist broke his wrist"
    # a name after the quotation closes is outside it
    assert _headlines(
        "Daniel Okoro won the seat on Saturday. \"Every vote counts,\" Mr Okoro told "
        "supporters. He is due to be declared the member on Monday."
    )[-1] == "Daniel Okoro is due to be declared the member"


def test_he_is_not_a_woman_the_sentence_before_calls_ms() -> None:
    # (the article's other Ferrantes leave her gender unknown by titles alone)
    assert _headlines(
        "Lucia Ferrante spoke. The defense said another man, whom Ms. Ferrante had been "
        "dating, had a motive. That man testified on Nov. 14 that he had been working a "
        "shift at a hospital in Lakeport on Oct. 14."
    ) == ["That man testified", "He had been working a shift at a hospital in Lakeport"]


def test_the_noun_may_head_a_name_with_of_and_be_written_capitalised() -> None:
    assert _headlines(
        "The Bank of England cut rates on Thursday. The Bank began lowering rates in August "
        "2016."
    )[-1] == "The Bank of England began lowering rates"


def test_the_n_year_old_is_the_person_written_with_that_age_before() -> None:
    # review set 20
    assert _headlines(
        "Dale Whitcombe, 41, and Bradley Nunn, 29, escaped from the jail late on Thursday. "
        "The 41-year-old was jailed in 2015 for armed robbery. The 29-year-old, a former "
        "mechanic, was arrested on Friday. The 52-year-old was questioned on Monday."
    ) == [
        "Dale Whitcombe, 41, and Bradley Nunn, 29, escaped from the jail",
        "Dale Whitcombe was jailed for armed robbery",
        "Bradley Nunn, a former mechanic, was arrested",
        "The 52-year-old was questioned",  # (no one of 52 named before)
    ]


def test_the_company_is_a_labs_or_therapeutics_company_the_lead_names() -> None:
    # review sets 10 and 20: "Labs", "Therapeutics" end a company's name as "Inc" does
    assert _headlines(
        "Consumer electronics maker Tarang Labs said on Wednesday it would recall all its "
        "voice assistants. Tarang was founded in 2015. The company disclosed the recall in a "
        "filing at 10.41 pm on Wednesday."
    )[-1] == "Tarang disclosed the recall in a filing"


def test_it_in_a_since_clause_or_after_a_which_clause_and_a_time_opener_is_the_subject() -> None:
    # review sets 28 and 37: "since it was last won", "Two weeks ago, the pantry began ...
    # since it moved", "The company, which reported ..., said in April that it expected"
    assert _headlines(
        "The jackpot had rolled over 33 times since it was last won on Nov. 27."
    ) == ["The jackpot was last won"]
    pantry = make_article(
        "Story\n\nTwo weeks ago, the pantry began limiting families to one visit a week for "
        "the first time since it moved into the old fire station on Pine Street in 2034.",
        published=dt.date(2037, 11, 20))
    assert "The pantry moved into the old fire station on Pine Street" in [
        e.headline for e in extract_events(pantry)]
    company = make_article(
        "Story\n\nThe company, which reported a 12% drop in first-quarter profit on May 2, "
        "said in April that it expected second-quarter fishmeal output to fall by a third "
        "from a year earlier.", published=dt.date(2034, 5, 16))
    assert "The company expected fishmeal output to fall by a third from a year earlier" in [
        e.headline for e in extract_events(company)]


def test_an_opening_it_continues_a_subject_after_a_year_opener_not_a_measure() -> None:
    # "In 2019 the company bought a mill. It closed the mill": the company; review set 33's
    # "In 2027 a hole about three metres wide opened ... It was repaired" has no subject
    # "A hole about three" ("metres" is no verb): the pronoun stays
    assert _headlines("In 2019 the company bought a mill in Ohio. It closed the mill in 2021."
                      )[-1] == "The company closed the mill"
    assert _headlines("In 2027 a hole about three metres wide opened on Pracha Chuen Road. It "
                      "was repaired in May.")[-1] == "It was repaired"


def test_a_name_given_with_an_age_is_a_person_the_pronoun_can_stand_for() -> None:
    # review set 38: "The lorry driver, Craig Fensome, 52, of Keynsham, told the inquest
    # ... He was not charged": a name written once, but with its age, is someone's
    assert _headlines(
        "The lorry driver, Craig Fensome, 52, of Keynsham, told the inquest that he had "
        "checked his mirrors twice. He was not charged after prosecutors decided in January "
        "that there was not enough evidence."
    ) == ["Craig Fensome was not charged after prosecutors decided that there was not enough "
          "evidence"]  # fmt: skip


def test_of_two_people_she_is_the_one_the_text_calls_a_woman() -> None:
    # review set 15: "Karen Dufresne, 61, ... her husband, Paul Dufresne, said ... She
    # called him" kept "She"; set 27: "Ms Rees walked out ... Mr Metcalfe ... where he
    # remains" kept "He"
    assert _headlines(
        "John Smith and his wife, Anna Smith, were arrested on Monday. She was released on "
        "Tuesday."
    ) == ["John Smith and his wife, Anna Smith, were arrested", "Anna Smith was released"]
    assert _headlines(
        "Police arrested Maria Lopez, a mother of two, and Carlos Ruiz on Monday. She was "
        "charged on Tuesday."
    )[-1] == "Maria Lopez was charged"
    assert _headlines(
        "Karen Dufresne, 61, is happy to be alive, her husband, Paul Dufresne, said on "
        "Friday. She called him from the embassy at 6:15 a.m."
    )[-1] == "Karen Dufresne called him from the embassy"
    # what the text tells none of: the pronoun stays
    assert _headlines(
        "Police arrested Maria Lopez and Carlos Ruiz on Monday. She was charged on Tuesday."
    )[-1] == "She was charged"


def test_she_is_not_the_one_man_named_before_but_the_articles_woman() -> None:
    # review set 44: "She resigned on 28 March. The previous day, the senior Constable,
    # Peter Le Lievre, had asked the parish's bank for copies of its statements. She was
    # arrested on 2 April" gave "Peter Le Lievre was arrested"; the article calls him "Mr
    # Le Lievre" (a surname of two words) and is about "Patricia Ogier, 61"; "the Vale
    # Douzaine", a council, is no one
    headlines = _headlines(
        "A FORMER parish treasurer who stole more than £186,000 from the Vale Douzaine over "
        "eight years has been jailed.\n\nPatricia Ogier, 61, of Route Militaire, Vale, was "
        "sentenced in the Royal Court yesterday. She had admitted 14 counts of theft.\n\nThe "
        "court heard that Ogier made 212 transfers from parish accounts to her own.\n\nThe "
        "thefts came to light in March, when she failed to produce the accounts. She resigned "
        "on 28 March. The previous day, the senior Constable, Peter Le Lievre, had asked the "
        "parish's bank for copies of its statements. She was arrested on 2 April.\n\nOutside "
        "court, Mr Le Lievre said the parish had been forced to raise its rates."
    )
    assert "Patricia Ogier was arrested" in headlines
    assert not any("Le Lievre was arrested" in headline for headline in headlines)


def test_he_after_an_unnamed_man_stays() -> None:
    # review sets 17 and 37: "they had arrested a 52-year-old man ... He was released on
    # bail", "a 61-year-old man was bitten ... He was flown to Cairns Hospital": that man,
    # not one named earlier
    assert _headlines(
        "Cr Papadakis said he would bring the motion back on October 27. In July, a "
        "61-year-old man was bitten while fishing. He was flown to Cairns Hospital on July 3."
    )[-1] == "He was flown to Cairns Hospital"
    assert _headlines(
        "Police named the victims as Marek Nowak, 46, and Beryl Hanson, 77. Mrs Hanson's body "
        "was found later. Police said on Friday that they had arrested a 52-year-old man. He "
        "was released on bail last night."
    )[-1] == "He was released on bail"


def test_an_opening_pronoun_after_a_bare_date_phrase_and_a_plural_noun_pair() -> None:
    # review set 73 (set 72 c): "River guards and provincial police have since stepped up
    # patrols. On Wednesday they seized ..." was headed "They seized ..."
    assert _headlines(
        "River guards and provincial police have since stepped up patrols. On Wednesday they "
        "seized about 2.4 km of gillnets."
    ) == ["River guards and provincial police seized about 2.4 km of gillnets"]
    assert _headlines(
        "Corlan opened the Athlone plant in 2009 with 90 staff. In 2039 it announced an "
        "expansion."
    )[-1] == "Corlan announced an expansion"
    # a sentence opened by "Because" names no subject
    assert _headlines(
        "Because the bones were so fragile, the team lifted the grave two days later. In "
        "January it was CT-scanned at a hospital."
    )[-1] == "It was CT-scanned at a hospital"


def test_he_after_a_fronted_perfect_participle_is_the_person_before() -> None:
    # review set 86 e: "Having topped both practice sessions the previous day, he took pole
    # on Saturday morning": both happenings are the rider's
    assert _headlines(
        "Ryan Kernaghan crashed out of the lead. It was a cruel end to a weekend that had "
        "belonged to Kernaghan. Having topped both practice sessions the previous day, he "
        "took pole on Saturday morning."
    )[-2:] == ["Ryan Kernaghan topped both practice sessions", "Ryan Kernaghan took pole"]
