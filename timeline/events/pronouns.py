"""Who a headline's leading "He" or "She" is: the one person named just before it.

A timeline line reads on its own, so "He was charged with murder" should say who. The
rule is the cautious core of what a reader does: the pronoun stands for the only person
named earlier in its sentence ("Kopp ... when he was called a witness"), or, when its
sentence names no one before it, for the only person named in the nearest of the
sentences before it that names anyone. Two people there, a person of the other gender
(by "Mr."/"Ms.", or the article's
main person when the article's pronouns are mostly the other one), or no one: the pronoun stays.
Hand-written because the coreference models that do better (spaCy's, AllenNLP's) need
downloaded weights and take far longer per article than the whole pipeline.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline.entities import (
    LEADING_TITLES,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_TITLES,
    PLACES,
    SurnameIndex,
    find_entities,
)
from timeline.events.headline import IRREGULAR_PAST
from timeline.models import Entity, EntityKind

LOOKBACK_SENTENCES = 2  # sentences before a pronoun searched for the person it names
_LEADING = re.compile(r"(He|She|His|Her) (\S+)")
_SUBJECT_FORM = {"His": "He", "Her": "She"}  # a possessive's pronoun
HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)  # a "he" in any form
SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_TITLE_BEFORE = r"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+"
_FEMININE_TITLE = r"(?:Ms|Mrs|Miss)\.?"
_MASCULINE_TITLE = r"Mr\.?"


def _persons(entities: Sequence[Entity]) -> list[Entity]:
    return [e for e in entities if e.kind is EntityKind.PERSON]


class ArticleNames:
    """What the article does with its capitalised words, from one pass over its text: the
    words it uses alone (not after another capitalised word), those that follow a person
    title, and for each word the titles ("Ms.") and first names written before it. Built
    once per article, so a long article with many "He ..." headlines stays linear."""

    def __init__(self, text: str) -> None:
        self.alone: set[str] = set()
        self.after_title: set[str] = set()
        self.titles: dict[str, set[str]] = {}  # "Ellison" -> {"ms"}
        self.before: dict[str, set[str]] = {}  # "Ellison" -> {"Peg", "John", "Ms."}
        previous = before_previous = ""
        for match in _WORD_RUN.finditer(text):
            word = match.group(0)
            key = word.rstrip(".").removesuffix("'s").removesuffix("’s")  # "Kohl's": Kohl
            capital = word[:1].isupper()
            previous_capital = previous[:1].isupper() and not previous.endswith(_ENDS)
            title = previous.lower().rstrip(".") in LEADING_TITLES or (
                before_previous in _ARTICLES and previous.isalpha() and previous.islower()
            )  # "the architect Peter Kaufman": a description, as good as a title
            if capital:
                if not previous_capital or title:
                    self.alone.add(key)
                if title:
                    self.after_title.add(key)
                if previous[:1].isupper():
                    self.before.setdefault(key, set()).add(previous)
                    if previous.rstrip(".").lower() in _COURTESY_TITLES:
                        self.titles.setdefault(key, set()).add(previous.rstrip(".").lower())
            before_previous, previous = previous.lower(), word
        self.aged = {found.group(1) for found in _NAME_THEN_AGE.finditer(text)}  # "Craig
        # Fensome, 52, of Keynsham": a person's surname, whatever else the article does
        self._text = text

    @functools.cached_property
    def genders(self) -> dict[str, set[str]]:
        """What the text tells of each name's gender ("Lopez" -> {"She"}), read on first
        use: a noun before the name or in an apposition after it, "NAME said he"."""
        text = self._text
        genders: dict[str, set[str]] = {}
        for found in _GENDER_CUES.finditer(text):
            told = found.group("noun") or found.group("noun_after") or found.group("pronoun")
            if found.group("before"):
                name: str | None = found.group("before")
            else:  # the name just before the cue (each cue starts with a word or a comma,
                # so the whole text is not tried name by name)
                name_end = _NAME_ENDS.search(text, max(0, found.start() - CUE_NAME_REACH),
                                             found.start())  # fmt: skip
                name = name_end.group(1) if name_end else None
            if name is not None:
                gender = "She" if told.lower() in FEMININE_NOUNS or told == "she" else "He"
                genders.setdefault(name, set()).add(gender)
                genders.setdefault(name.split()[-1], set()).add(gender)
        return genders


# Someone the text does not name: "a 52-year-old man", "a woman", "an elderly driver"
_UNNAMED_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:\d{1,3}-year-old|man|woman|boy|girl|"
    r"teenager|youth|person|driver|motorist|pedestrian|cyclist|passenger|resident|suspect|"
    r"worker|patient|victim|pensioner|tourist|hiker|climber|swimmer|fisherman|farmer)\b"
)
_WORD_RUN = re.compile(r"[\w.'’-]+|[\"“”:!?]")
# Nouns of a woman and of a man: what the text tells of a name, and what "she" or "he" may
# stand for ("The boy has been practising ..., and on Wednesday he passed the test")
FEMININE_NOUNS = frozenset(
    "wife mother daughter sister woman girl widow grandmother granddaughter aunt niece "
    "actress spokeswoman businesswoman chairwoman councilwoman congresswoman policewoman "
    "sportswoman girlfriend fiancée bride headmistress stepmother stepdaughter queen".split()
)
MASCULINE_NOUNS = frozenset(
    "husband father son brother man boy widower grandfather grandson uncle nephew "
    "spokesman businessman councilman congressman policeman sportsman boyfriend fiancé "
    "groom headmaster stepfather stepson king".split()
)
_GENDER_NOUN = "|".join(sorted(FEMININE_NOUNS | MASCULINE_NOUNS, key=len, reverse=True))
_CUE_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}"
# What the text tells of a person's gender: a noun before the name ("his wife, Anna",
# "spokeswoman Jane Doe"), an apposition after it ("Maria Lopez, 34, a mother of two"), or
# the pronoun after "said" ("Okafor said he would appeal")
_GENDER_CUES = re.compile(
    rf"\b(?P<noun>{_GENDER_NOUN})(?![\w'’-])[ \t]*,?[ \t]+(?P<before>{_CUE_NAME})"
    rf"|,(?=[ \t]+(?:\d{{1,3}},[ \t]+)?(?:a|an|the|his|her|their)[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,3}}?(?P<noun_after>{_GENDER_NOUN})(?![\w'’-]))"  # (the comma
    # only: "..., her husband, Paul Dufresne" is read from "husband" too)
    r"|(?:,[ \t]+\d{1,3},)?[ \t]+(?:said|says|told[ \t]+\w+)[ \t]+(?:that[ \t]+)?"
    r"(?P<pronoun>he|she)\b"
)
CUE_NAME_REACH = 60  # characters before a cue searched for the name it tells of
_NAME_ENDS = re.compile(rf"({_CUE_NAME})$")
_NAME_THEN_AGE = re.compile(r"\b[A-Z][\w'’-]+[ \t]+([A-Z][\w'’-]+),[ \t]+\d{1,3},")
_ENDS = (".", "!", "?", ":", '"', "“", "”")  # a word that ends a sentence, or a mark
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss"})
_ARTICLES = frozenset({"the", "a", "an"})


def _gender(person: Entity, names: ArticleNames) -> str | None:
    """"He" or "She" when the article titles the person's surname one way only ("Ms.
    Ellison", "Mr Le Lievre") and names no one else with it, or else when what it tells of
    the person says so one way only ("his wife, Anna Ruiz"; `ArticleNames.genders`), else
    None."""
    words = person.name.split()
    first = words[0]
    surname = next((word for word in words[1:] if word in names.titles), words[-1])
    titles = names.titles.get(surname, set())
    if not titles:
        told = names.genders.get(person.name) or (
            set() if _shared_surname(words, names) else names.genders.get(words[-1], set())
        )
        return next(iter(told)) if len(told) == 1 else None
    if _shared_surname([first, surname], names):
        return None  # "Ms. Ellison" may be Peg Ellison, not her husband John Ellison
    if titles == {"mr"}:
        return "He"
    return "She" if "mr" not in titles else None


def _shared_surname(words: list[str], names: ArticleNames) -> bool:
    """Whether the article writes another first name before the person's surname."""
    return any(word != words[0] and word.lower().rstrip(".") not in PERSON_TITLES
               for word in names.before.get(words[-1], ()))  # fmt: skip


def _only_quoted(person: Entity, context: str) -> bool:
    """Whether the context names the person only inside a direct quotation."""
    places = [found.start() for word in person.name.split() if len(word) > 2
              for found in re.finditer(rf"\b{re.escape(word)}\b", context)]  # fmt: skip
    return bool(places) and all(_quoted_at(context, at) for at in places)


def _quoted_at(context: str, at: int) -> bool:
    """Whether a position of a sentence lies between its quotation marks: after an odd
    number of them, and before another or in a sentence a quotation opens ('"Every vote
    counts," Mr Okoro told supporters' leaves Okoro outside)."""
    before = context[:at]
    if (before.count('"') + before.count("“") + before.count("”")) % 2 == 0:
        return False
    return context.lstrip().startswith(('"', "“")) or any(q in context[at:] for q in '"”')


def _used_alone(person: Entity, names: ArticleNames) -> bool:
    """Whether the article calls the person by surname alone somewhere ("Pak", after
    "Pamela Pak") or gives them a title, as it does a person and not a place or company
    read as one ("South Side" is no "Side")."""
    words = person.name.split()
    if len(words) == 1:
        return True  # a lone name is a person only after a title ("President Kennedy")
    return (words[-1] in names.alone or words[0] in names.after_title  # "Gov. George Pataki"
            or words[-1] in names.aged  # ("Craig Fensome, 52,")
            or person.name in names.genders)  # ("his wife, Anna Smith")


# A name that speaks, or that an apposition calls someone: a person, though the article
# names them once in full ("Sunita Desai, a nurse from Ilkley, told the court in August
# that she and her husband handed over a deposit"; a "his" or "her" there may be anyone's)
_SPEAKER_AFTER = (r"(?:,[ \t]+(?:an?|the)[ \t]+[a-z][^,.;\n]{0,60},)?[ \t]+(?:said|says|told|"
                  r"testified|added|explained|recalled|wrote)\b")


def _speaks(person: Entity, context: str) -> bool:
    return re.search(re.escape(person.name) + _SPEAKER_AFTER, context) is not None


# What a court does to a defendant, never to its judge: "She will be sentenced"
_COURT_PASSIVE = re.compile(
    r"^\S+[ \t]+(?:was|were|is|are|will[ \t]+be|would[ \t]+be|has[ \t]+been|had[ \t]+been)"
    r"[ \t]+(?:sentenced|jailed|convicted|charged|remanded|acquitted|bailed|fined|imprisoned|"
    r"found[ \t]+guilty)\b"
)


def _judge_in(person: Entity, context: str) -> bool:
    """Whether the context titles the person a judge ("Judge Helen Pargeter")."""
    title = r"\b(?:Judge|Justice|Magistrate|Recorder|Sheriff)[ \t]+"
    return re.search(title + re.escape(person.name), context) is not None


_PLACE_PREPOSITION = re.compile(r"\b(?:from|in|at|near|into|outside)\s+(?:the\s+)?$")


def _place_read_as_person(person: Entity, context: str, names: ArticleNames) -> bool:
    """Whether a "person" is a place: a name the article never calls by its last word
    alone nor titles, written after "from", "in", "at" ("a software tester from Windmill
    Hill ... when he was struck": Hill is no one)."""
    if _used_alone(person, names):
        return False
    at = context.find(person.name)
    return at > 0 and _PLACE_PREPOSITION.search(context, 0, at) is not None


# A vessel's noun before its name: "the yacht Lady Gráinne", "the trawler Mary Ellen"
_VESSEL_BEFORE = re.compile(
    r"\b(?:yacht|ship|vessel|boat|ferry|trawler|tanker|freighter|liner|barge|tug|tugboat|"
    r"submarine|frigate|destroyer|carrier|schooner|catamaran|dinghy|cutter|lifeboat|"
    r"steamer|dredger|icebreaker)[ \t]+$",
    re.IGNORECASE,
)


def _vessel_read_as_person(person: Entity, context: str) -> bool:
    """Whether a "person" is a ship's name: written after a vessel's noun ("four Irish crew
    on the yacht Lady Gráinne ... He was sentenced": Lady Gráinne is no "he" or "she")."""
    at = context.find(person.name)
    return at > 0 and _VESSEL_BEFORE.search(context, max(0, at - 16), at) is not None


def _chain_before(pronoun: str, person: Entity, context: str) -> bool:
    """Whether the context uses the pronoun (or its other forms) before it names the
    person: the pronoun then goes on with whoever that was, not with the person."""
    first = min((at for word in person.name.split() if (at := context.find(word)) >= 0),
                default=len(context))  # fmt: skip
    return (HE if pronoun == "He" else SHE).search(context, 0, first) is not None


# A fronted "Having ..." phrase and the pronoun that opens the main clause after it
_HAVING_THEN_PRONOUN = re.compile(r"Having\s[^,;]*,\s+(he|she|they|it|we)\s", re.IGNORECASE)


def _pronoun_place(
    leading: re.Pattern[str], headline: str, sentence_text: str
) -> tuple[str, str] | None:
    """The headline's leading pronoun (matched by `leading`, with the word after it) and
    its sentence's text before that pronoun, or None."""
    found = leading.match(headline)
    if found is None:
        return None
    pronoun, next_word = found.groups()
    place = re.search(rf"\b{pronoun}\s+{re.escape(next_word)}", sentence_text, re.IGNORECASE)
    if place is None and (
        sentence_text.startswith(pronoun + " ")
        or ((having := _HAVING_THEN_PRONOUN.match(sentence_text)) is not None
            and having.group(1).lower() == pronoun.lower())
    ):  # the subject of both halves: "She was elected ... and received", "Having topped
        return pronoun, ""  # both practice sessions the previous day, he took pole"
    return None if place is None else (pronoun, sentence_text[: place.start()])


def names_word_of(headline: str, name: str) -> bool:
    """Whether the headline holds a word of the name ("Elian" of "Elian Gonzalez")."""
    words = set(re.findall(r"[\w'’-]+", headline))
    return any(part in words for part in name.split() if len(part) > 2)


def named_subject(
    headline: str,
    sentence_text: str,
    earlier: Sequence[tuple[str, list[Entity]]],
    names: ArticleNames,
    index: SurnameIndex,
    main: tuple[Entity, str] | None = None,
) -> str | None:
    """The headline with its leading "He"/"She" ("His"/"Her": "X's") replaced by the
    person it stands for, or None. `earlier`: the text and entities of the sentences
    before, nearest first; `main`: the article's person and the pronoun the article
    mostly uses, if known."""
    found = _pronoun_place(_LEADING, headline, sentence_text)
    if found is None:
        return None
    written, before = found
    pronoun = _SUBJECT_FORM.get(written, written)  # "His grandmother died": his = he
    people = _persons(find_entities(before, index=index)) if re.search("[A-Z]", before) else []
    context = before
    if not people:
        if _UNNAMED_PERSON.search(before):
            return None  # "they had arrested a 52-year-old man ... and he was released"
        for earlier_text, entities in earlier[:LOOKBACK_SENTENCES]:
            people = _persons(entities)
            if people:
                context = earlier_text
                break
            if _UNNAMED_PERSON.search(earlier_text):
                return None  # "a 61-year-old man was bitten ... He was flown to Cairns
                # Hospital": that man, not a person named before him
    people = [p for p in people if not _only_quoted(p, context)  # ('"... and Magnus
              and not _place_read_as_person(p, context, names)  # passed me on the
              and not _vessel_read_as_person(p, context)]
    # line." ... He missed last year\'s race': not Magnus)
    if people and _COURT_PASSIVE.search(headline):
        people = [p for p in people if not _judge_in(p, context)]
        if not people and main is not None and main[1] == pronoun:
            return _named(main[0], written, headline, sentence_text)  # "Judge Helen
            # Pargeter revoked her bail ... She will be sentenced": the article's person
    if len({p.name for p in people}) > 1:
        genders = {p.name: _gender(p, names) for p in people}
        people = [p for p in people if genders[p.name] in (pronoun, None)]
        matching = [p for p in people if genders[p.name] == pronoun]
        people = matching or people  # "John Smith and his wife, Anna, were arrested ...
        # She was released": the one the text calls a woman, or the one it does not call
        # a man
    if len({p.name for p in people}) != 1:
        return None
    person = people[0]
    if _chain_before(pronoun, person, context):
        # "when she followed Martin Luther King ... She was": still her, the article's
        # person if its pronouns are mostly hers
        if main is None or main[1] != pronoun or names_word_of(headline, main[0].name) or (
            names_word_of(context, main[0].name)
        ):  # (not "He has spoken with Elian ... since he arrived": the father)
            return None
        person = main[0]
    if not _used_alone(person, names) and not (written == pronoun and _speaks(person, context)):
        return None  # "Czech Republic", "Lumen Health": capitalised words, no one's name
    if names_word_of(headline, person.name):
        return None  # "He has spoken with Elian": then "he" is someone else
    gender = None
    if main is not None and person.name == main[0].name:
        gender = main[1]  # the article's person, whose pronoun the article mostly uses
    else:
        gender = _gender(person, names)
        if (
            gender is None and main is not None and main[1] == pronoun
            and (HE if pronoun == "He" else SHE).search(context)
            and re.search(rf"\b{re.escape(person.name.split()[-1])}['’]s\b", context)
        ):  # "Morimoto's group ... confirmed her findings. Her husband": a possessive, and
            return None  # "her" for someone else, likely the article's own person
    if gender is not None and gender != pronoun:
        if (
            main is not None and main[1] == pronoun
            and not names_word_of(context, main[0].name)
            and (main[0].name.split()[-1] in names.aged or _gender(main[0], names) == pronoun)
        ):
            return _named(main[0], written, headline, sentence_text)  # "She resigned ...
            # the senior Constable, Peter Le Lievre, had asked ... She was arrested": not
            # Mr Le Lievre but the article's woman ("Patricia Ogier, 61,")
        return None
    surname = re.escape(person.name.split()[-1])
    other_title = _FEMININE_TITLE if pronoun == "He" else _MASCULINE_TITLE
    if re.search(rf"\b{other_title}\s+{surname}\b", context):
        return None  # "whom Ms. Ferrante had been dating ... That man testified that he"
    return _named(person, written, headline, sentence_text)


def _named(person: Entity, written: str, headline: str, sentence_text: str) -> str:
    """The headline with its leading pronoun `written` replaced by the person's name."""
    owner = "’s" if "’" in sentence_text and "'" not in sentence_text else "'s"
    return person.name + (owner if written in _SUBJECT_FORM else "") + headline[len(written) :]


# "It"/"They" in a clause hung on its sentence's subject: "The company said on Monday that
# it would file", "The city last cut its budget in 2023, when it eliminated 40 positions".
# Not after "and" ("cleared the tool in 2016, and by the end of that year it was in use":
# the tool), where the pronoun may be the object before it.
_THING_LEADING = re.compile(r"(It|They|Its) (\S+)")
_SUBJECT_START = re.compile(
    r"(?:(?:But|And|So|Now),?\s+)?"
    r"(?P<subject>(?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"|[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}?))"
    r"(?:,(?=\s+(?:which|whose)\b)[^,;]{1,80},)?"  # ("The company, which reported ..., said")
    r"\s+(?:also\s+|last\s+|then\s+|first\s+|previously\s+)?"
    r"(?P<verb>said|says|announced|reported|added|warned|told\s+\S+|[a-z]{3,}ed|cut|set|had|"
    rf"{IRREGULAR_PAST})\b"
)
_HUNG_CLAUSE_END = re.compile(
    r"(?:\b(?:that|when|while|because|after|before|until|since|as|if)|"
    r"\b(?:said|says|announced|reported|added|warned))\s+$"
)
_AND_BETWEEN = re.compile(r"\b(?:and|or|but)\b|;")
_PLURAL_NOUN = re.compile(r"[a-z]s$")


_ADVERBS_END = re.compile(
    r"(?:\s+(?:nearly|almost|also|quickly|briefly|finally|recently|previously|initially|"
    r"eventually|already|only|then|first|later|still|once|never|just))+$"
)


def named_thing(
    headline: str, sentence_text: str, previous: tuple[str, list[Entity]] | None = None
) -> str | None:
    """The headline with its leading "It"/"They" replaced by its sentence's subject when
    the pronoun opens a clause hung on it, or None. `previous`: the text and entities of
    the sentence before, whose named subject a sentence's opening "It" may continue."""
    found = _pronoun_place(_THING_LEADING, headline, sentence_text)
    if found is None:
        return None
    pronoun, before = found
    if _OPENER_ONLY.fullmatch(before):
        return _previous_subject(headline, pronoun, previous)
    opener = _TIME_OPENER.match(before)  # ("Two weeks ago, the pantry began ... since it")
    subject_match = _SUBJECT_START.match(before, opener.end() if opener else 0)
    if subject_match is None or not _HUNG_CLAUSE_END.search(before):
        return None
    if _AND_BETWEEN.search(before, subject_match.end()):
        return None  # "..., and by the end of that year it was in use": maybe the object
    subject = subject_match.group("subject")
    words = subject.split()
    if words[0].lower() in NOT_SUBJECTS or any(w.lower() in _PERSONAL for w in words):
        return None
    if pronoun == "Its":
        return None  # (its owner in the same sentence is told already)
    plural = bool(_PLURAL_NOUN.search(words[-1])) and words[0].lower() == "the"
    if (pronoun == "They") != plural:
        return None  # "It" for one thing, "They" for "the companies"
    if words[0] == "the":
        subject = "The" + subject[3:]
    subject = _ADVERBS_END.sub("", subject)  # "The guitar nearly disappeared ..., when it
    # was stolen": the guitar was stolen (not "nearly")
    named = subject + headline[len(pronoun) :]
    said = f", {subject_match.group('subject')} {subject_match.group('verb')}"
    return named[: -len(said)] if named.endswith(said) else named  # not "..., Hewlett announced"


# What may come before a sentence's subject: nothing, or a short phrase and a comma ("Eight
# months later, it cut", "Yesterday it closed").
_OPENER_ONLY = re.compile(
    r"(?:[A-Z][a-z]*(?:[ \t]+[A-Za-z0-9][\w.'’-]*){0,5},[ \t]+"  # ("In October, it")
    r"|(?:On|In|Last|Early|Late)[ \t]+(?:[A-Za-z0-9][\w.'’-]*[ \t]+){1,3}"  # ("On Wednesday
    r"|(?:Yesterday|Today|Then|Now|Later|Also|Meanwhile|Separately|Instead)[ \t]+)?"  # they")
)


_NOT_NOUN_WORD = (
    r"(?:[a-z]+ed|their|its|his|her|a|an|the|this|that|and|or|of|to|in|which|who|whose|"
    r"where|when|it|before|after|since|until|on|at|for|with|from|by|as)\b"
)
# "A" before a span or an amount opens no subject: "A day before it struck", "A third of"
_NO_THING_AFTER_A = (
    r"(?!\s+(?:day|night|week|month|year|decade|century|moment|while|few|number|lot|"
    r"couple|total|third|quarter|half|fifth|tenth)\b)"
)
# A sentence that opens with a name and its verb: "Parcelwise laid off 15 percent ...".
_NAMED_SUBJECT = re.compile(
    r"(?:(?:But|And|So|Now|Meanwhile),?\s+)?"
    r"(?P<subject>(?:The|An?" + _NO_THING_AFTER_A + r")\s+"
    r"(?:(?!" + _NOT_NOUN_WORD + r")[a-z0-9][\w-]*,?\s+){0,2}?"
    r"(?!" + _NOT_NOUN_WORD + r")[a-z][\w-]*(?<!s)(?=(?:\s+(?:for|of)\s+[^,;.]{1,60}?)?"
    r"(?:\s*,[^,]{1,60},)?\s+(?:[a-z]+ly\s+)?"  # ("The search for the fifth skier, a Dutch
    r"(?!(?:metres|meters|miles|kilometres|kilometers|feet|yards|inches|tonnes|tons|"
    r"percent|years|months|weeks|days|hours|minutes|times|people)\b)"  # (a measure: "a hole
    rf"(?:[a-z]{{3,}}(?:ed|es|s)|had|has|was|is|will|would|wouldn't|could|can|said|"  # about
    # three metres wide opened", no verb "metres")
    rf"{IRREGULAR_PAST})\b)"  # man,
    r"|(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Yesterday|Today|"
    r"Tomorrow|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|July|September|October|November|December)\b"
    r"|(?:Shortly|Soon|Just|Right|Only|Long|Recently|Previously|Finally|Eventually|"
    r"Initially|Originally|Immediately|Meanwhile)\b)"  # was
    # called off"; not a day: "Yesterday was the pub's first St Patrick's Day. It will be
    # closed"; nor an adverb: "Shortly before 7am a farmer reported ... It was found")
    r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}?"  # (not "A painting ...":
    # "A" is no name)
    r"(?!\s+(?:for|of)\s)"  # (not "Eight of the men were ...": the men)
    # a name with its article: "The Elevador Lacerda, which carries about 28,000 people a
    # day, was inaugurated ... It was rebuilt"
    r"|The\s+[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}(?!\s+(?:for|of)\s))"
    r"(?:\s+(?:for|of)\s+[^,;.]{1,60}?)?(?:\s*,(?:[^,]|,(?=\d)){1,90},)?\s+"
    r"(?:also\s+|then\s+|last\s+)?"
    r"(?!(?:of|in|on|at|to|for|and|or|but|with|from|by|as|who|which|that|before|after|"
    r"during|until|since)\b)[a-z]{2,}\b"
)


# A second clause with its own subject: ", and Calder House was strengthened"
_SECOND_SUBJECT = re.compile(
    r",\s+(?:and|but)\s+(?:[Tt]he\s+[a-z][\w-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
    rf"(?:was|were|is|are|had|has|[a-z]{{3,}}ed|{IRREGULAR_PAST})\b"
)
# A sentence that ends with whoever said it: "..., the Philippine Institute of Volcanology
# and Seismology (Phivolcs) said."
_TRAILING_SAYER = re.compile(r",\s+[^,;]{2,80}?\s+(?:said|says|reported|announced)\W*$")
# Sayers who cannot be an "it": ", local officials said" (a plural noun before "said")
_PLURAL_SAYER = re.compile(r"\s(?:[a-z]+\s+)?[a-z]{3,}s\s+(?:said|says|reported|announced)\W*$")
# A time phrase that opens a sentence before its subject: "Two weeks ago, ", "In 2019, ",
# or a participle's phrase: "Founded in 1868, "
_TIME_OPENER = re.compile(
    r"(?:(?:In|On|At|After|Before|By|Since|During|Last|This|Earlier|Later|Yesterday|Today)\b"
    r"|[A-Z][a-z]+ed\s+(?:in|on|at|by|as|from|near|after|before|during)\b"
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|Several)\s+"
    r"(?:days?|weeks?|months?|years?|hours?)\s+(?:ago|later|earlier)\b)[^,.;:!?\n]{0,40},\s+"
    r"|In\s+(?:19|20)\d\d\s+(?=(?:the|a|an)\s)"  # ("In 2027 a hole ... opened")
)
# A plural noun and its verb after a name: "Wildlife officers trapped", "Department of
# Environment officers believe"
_PLURAL_NOUN_THEN_VERB = re.compile(
    rf"\s+(?!(?:has|was|is|does|says|goes|plans|wants|needs|expects|hopes)\b)[a-z]+s\s+(?:[a-z]+ed|{IRREGULAR_PAST}|believe|say|think|were|are|have|had|will|"
    r"would|read|show|suggest)\b"  # ("Police figures read to the court showed ... It")
)
# Nouns of a state of affairs, which do nothing: "The timing is awkward for Skerry ... it
# announced plans" (Skerry announced them)
_NO_AGENT_NOUNS = frozenset(
    "timing move decision news outcome result situation problem issue question idea mood "
    "irony trend risk cost price weather verdict ruling judgment vote announcement".split()
)


def _previous_subject(
    headline: str, pronoun: str, previous: tuple[str, list[Entity]] | None
) -> str | None:
    """A sentence's opening "It" as the subject of the sentence before, a name or a
    singular noun: "Parcelwise laid off 15 percent ... Eight months later, it cut 180
    jobs": Parcelwise cut them."""
    if previous is None:
        return None
    text, entities = previous
    if pronoun == "They":  # "Carmine and Rosa Vitale opened ... They married": the couple
        plural = _PLURAL_SUBJECT.match(text)
        return plural.group("subject") + headline[len(pronoun) :] if plural else None
    if pronoun not in ("It", "Its"):
        return None
    if (opener := _TIME_OPENER.match(text)) is not None:  # "Two weeks ago, the pantry
        text = text[opener.end() :]  # began ...": the pantry (not "Two")
        text = text[:1].upper() + text[1:] if text.startswith(("the ", "a ", "an ")) else text
    subject_match = _NAMED_SUBJECT.match(text)
    if subject_match is None:
        return None
    subject = subject_match.group("subject")
    if subject.split()[0].lower() in _QUANTIFIERS:
        return None  # "Every year in May, the town holds a fair. It opened": no "Every"
    sayer = _TRAILING_SAYER.search(text)
    if _SECOND_SUBJECT.search(text) or (sayer and not _PLURAL_SAYER.search(sayer.group(0))):
        return None  # "The disaster led to new rules, and Calder House was strengthened
        # in 1970. It was refurbished": the second subject's; "The eruption began ...,
        # Phivolcs said. It raised the alert level": the sayer's, if anyone's
    if pronoun == "It" and not subject.startswith("The ") and _PLURAL_NOUN_THEN_VERB.match(
        text, subject_match.end("subject")
    ):
        return None  # "Wildlife officers trapped the male ... It will be moved": the name
        # is the officers' modifier, no subject of its own
    words = subject.split()
    if words[0] == "The" and words[1][:1].isupper() and (
        opener is not None  # ("In July 2019, the Guard seized the Stena Impero ... It was
        # released": the ship)
        or not _VERB_AFTER_APPOSITION.match(text, subject_match.end("subject"))  # ("The
        # Denman water taxi ran ...": no name's verb)
        or (pronoun == "It" and _SAYING_AFTER.match(text, subject_match.end("subject")))
        or _IT_IS_A.match(headline)
        or any(_MODIFIER_WORD.search(word) for word in words)
    ):
        return None  # a named thing only as the doer: not "The National Weather Service
        # said the tornado touched down ... It hit Rockwood" (the tornado), nor "It is the
        # fourth building collapse" (no doer), nor "The Liberia-flagged ..." (no name yet)
    if (
        words[0].lower() in NOT_SUBJECTS
        or words[0] in ("And", "But", "So", "Now")
        or (_PLURAL_NOUN.search(words[-1]) and (words[0] == "The" or words[-1].islower()))
        or (any(e.kind is EntityKind.PERSON and e.name.split()[-1] in words for e in entities)
            and not (words[0] == "The" and words[1][:1].isupper()))  # (a person has no
        # "The": "The Elevador Lacerda" is a thing, whatever the entity finder makes of it)
        or any(w.lower() in _PERSONAL for w in words)
        or (words[0] == "The" and words[-1].lower() in _NO_AGENT_NOUNS)
    ):
        return None  # a common noun, a plural, a person: "it" may be something else (a
        # name ending in "s" is no plural: "Corvalis has tried ... In October, it bought")
    owner_end = subject_match.end("subject")
    if pronoun == "Its":  # "Kaveri Infotech reported ... Its shares fell": Kaveri's shares
        if subject.endswith(("'s", "’s")) or not _VERB_AFTER.match(text, owner_end):
            return None  # ("Stellix's board ...", "Larger rival Kaveri ...": not the owner)
        return f"{subject}'s{headline[3:]}"
    if subject.endswith(("'s", "’s")) and (noun := _OWNED_NOUN.match(text, owner_end)):
        subject += noun.group(0)  # "Councilmember Andre Whitley's amendment would have kept
        # ... It failed": the amendment failed (not "Whitley's failed")
    return subject + headline[len(pronoun) :]


_OWNED_NOUN = re.compile(r"\s+[a-z][\w-]*")
_SAYING_AFTER = re.compile(
    r"(?:\s*,[^,]{1,90},)?\s+(?:also\s+)?(?:said|says|told|reported|announced|warned|confirmed|"
    r"added|stated|explained|noted|estimated|forecast|predicted)\b"
)
_IT_IS_A = re.compile(r"It\s+(?:is|was|'s)\s+(?:the|a|an|not|now|still|also|one)\b")
_MODIFIER_WORD = re.compile(r"-[a-z]+$")  # "Liberia-flagged": no name's last word
# A verb after a subject: "reported", "has", "fell" (not "Larger rival ...": an adjective)
_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|then\s+)?(?:[a-z]+(?:ed|es)|[a-z]+[^s\W]s|had|has|have|was|were|is|are|"
    rf"will|would|cut|hit|set|spent|{IRREGULAR_PAST})\b"
)
# ... after an apposition: "The Elevador Lacerda, which carries about 28,000 people a day,
# was inaugurated"
_VERB_AFTER_APPOSITION = re.compile(r"(?:\s*,(?:[^,]|,(?=\d)){1,90},)?" + _VERB_AFTER.pattern)
# A plural subject opening the sentence before: names joined by "and", a plural noun phrase
# ("The thieves", "Two men", "Police"), then a past verb
_PLURAL_SUBJECT = re.compile(
    r"(?:(?:But|And|So|Then),?\s+)?(?P<subject>"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"|(?:The|Two|Three|Four|Five|Six|Several|Many|Some|\d+)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:[a-z][\w-]*[^s\W']s|men|women|people|children)"
    # a plural noun phrase with no determiner, two joined: "River guards and provincial
    # police", "Firefighters and volunteers"
    r"|[A-Z][a-z]+(?:\s+[a-z][\w-]*){0,2}?(?:s|\s+police)\s+and\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:[a-z][\w-]*[^s\W']s|police|people)"
    r"|Police)"
    r"(?=\s+(?:[a-z]{2,}ed|were|had|have|are|took|made|came|went|began|found|left|met|won|"
    r"lost|sold|bought|built|ran|fled|broke|stole|said|told)\b)"
)
NOT_SUBJECTS = frozenset(
    "in on at by for from after before during since until when while if as with this "
    "because although though unless once whether "
    "that there it its he she they we i you".split()
)
_PERSONAL = frozenset({"he", "she", "his", "her", "mr", "mr.", "ms", "ms.", "mrs", "mrs."})
_QUANTIFIERS = frozenset(  # a sentence's opening word that names no one: "Every year, ..."
    "every each all some many most no any another other several few both such these those "
    "last next".split()
)


# "The company" as the article's company: a name with a corporate suffix that its first
# sentences give, alone ("Unisys Corp. said ...": Unisys).
LEAD_SENTENCES = 2  # first sentences searched for the article's company
_CORPORATE_SUFFIX = re.compile(
    r"\s+(?:Inc|Corp|Co|Ltd|PLC|Plc|LLC|AG|SA|NV|Bancorp|Holdings|Group|Labs|Limited|GmbH|"
    r"Technologies|Industries|Electronics|Therapeutics|Pharmaceuticals)\.?$"
)
_THE_COMPANY = re.compile(r"The (?:company|firm) ")


def company_of(lead_entities: Sequence[Entity], text: str, title: str = "") -> str | None:
    """The one company the article's first sentences name, without its suffix ("Unisys"
    for "Unisys Corp"), if the article calls it so elsewhere; else the one-word name its
    title gives and its text repeats ("How Parcelwise went from unicorn to Chapter 11");
    else None."""
    names = {
        e.name for e in lead_entities
        if e.kind is EntityKind.ORGANIZATION
        and (_CORPORATE_SUFFIX.search(e.name) or " & " in e.name)  # ("Larkfield & Rowe")
    }  # fmt: skip
    if not names:
        return _title_company(title, text, lead_entities)
    if len(names) != 1:
        return None  # several: "the company" may be any of them
    short = _CORPORATE_SUFFIX.sub("", names.pop())
    first = short.split()[0] if short.split() else ""
    if not first or first.lower() in ORG_WORDS or first.isupper() and len(first) > 4:
        return None  # "Holdings Inc", "GOODY PRODUCTS Inc": a cut or shouted name
    for found in re.finditer(rf"\b{re.escape(short)}\b", text):
        before = text[max(0, found.start() - 25) : found.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].endswith("."):
            return short  # not only as part of a longer name ("General Motors")
    return None


TITLE_COMPANY_MENTIONS = 3  # times the text names a title's company before it stands for it
_ACTS = (r"(?:said|says|reported|announced|posted|earned|lost|raised|filed|agreed|plans|"
         r"expects|has|had|will|would|is|was|[a-z]{3,}ed)\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_OWNED = re.compile(r"['’]s\s+([A-Z][a-z]+)")
_TITLE_WORD = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+[A-Z]?[a-z]*(?![\w'’-])")


def _title_company(title: str, text: str, lead_entities: Sequence[Entity]) -> str | None:
    """A one-word name of the title that the text repeats and that names no person or
    place ("Parcelwise"): the company the article is about."""
    people = {w for e in lead_entities if e.kind is not EntityKind.ORGANIZATION
              for w in e.name.split()}  # fmt: skip
    # "Kestrel's Aurora rocket reaches orbit": the owner may be the company, what it owns not
    owned = set(_OWNED.findall(title))
    found = [
        word for word in set(_TITLE_WORD.findall(_POSSESSIVE.sub("", title)))
        if word.lower() not in PLACES and word not in people and word not in owned
        and word.lower() not in NOT_NAMES and word.lower() not in ORG_WORDS
        and len(re.findall(rf"\b{word}\b", text)) >= TITLE_COMPANY_MENTIONS
    ]  # fmt: skip
    names = [
        w for w in found
        if not re.search(rf"\b{w.lower()}\b", text)  # not an ordinary word ("Museum")
        and len(re.findall(rf"\b{w}\s+[A-Z]|[A-Z][a-z]+\s+{w}\b", text)) * 2
        < len(re.findall(rf"\b{w}\b", text))
        and re.search(rf"\b{w}\s+{_ACTS}", text)  # acts: "Parcelwise said", "Unisys lost"
    ]  # fmt: skip  (and mostly alone, not part of "Control Data" or "Nasdaq Composite")
    return names[0] if len(names) == 1 else None


def opens_with_it(sentence_text: str) -> bool:
    """Whether the sentence's subject is "It", after an opener ("In October, it bought")."""
    opener = _OPENER_ONLY.match(sentence_text)
    return sentence_text.startswith(("It ", "it "), opener.end() if opener else 0)


PREVIOUS_COMPANY_SENTENCES = 2  # sentences back a "The company" may take its name from
COMPANY_MENTIONS_MID_SENTENCE = 2  # a one-word name the article writes so, at least


def previous_company(
    earlier: Sequence[tuple[str, list[Entity]]], article_text: str
) -> str | None:
    """The company name that opens the sentence before as its subject, when "The
    company" (or "It") opening the sentences between continues it: "Stellix has had a
    difficult year. The company reported on Jan. 29 ...": Stellix reported. A name is
    an organisation found in that sentence, or a word the article also writes capitalised
    mid-sentence (a sentence's first word alone is no name); never a person."""
    for text, entities in earlier[:PREVIOUS_COMPANY_SENTENCES]:
        opener = _OPENER_ONLY.match(text)
        if text.startswith(("it ", "It "), opener.end() if opener else 0):
            continue  # "In October, it bought ...": the same company again
        found = _NAMED_SUBJECT.match(text)
        if found is None or _PLURAL_NOUN_THEN_VERB.match(text, found.end("subject")):
            return None  # (not "Department of Environment officers believe ...")
        subject = found.group("subject")
        if subject in ("The company", "The firm", "It"):
            continue  # the same company again: look further back
        if subject.startswith(("The ", "A ", "An ")) or any(
            e.kind is EntityKind.PERSON and e.name.split()[-1] in subject.split()
            for e in entities
        ):
            return None
        short = _CORPORATE_SUFFIX.sub("", subject)
        named = any(e.kind is EntityKind.ORGANIZATION and e.name == subject for e in entities)
        if named or (
            " " not in short
            and len(re.findall(rf"(?<=[a-z,] ){re.escape(short)}\b", article_text))
            >= COMPANY_MENTIONS_MID_SENTENCE
        ):
            return short
        return None
    return None


def named_company(headline: str, company: str | None) -> str | None:
    """"The company cut 900 jobs" as "Unisys cut 900 jobs", given the article's company."""
    the_company = _THE_COMPANY.match(headline)
    if company is None or the_company is None:
        return None
    return f"{company} {headline[the_company.end() :]}"


# "The fire", "The tribes", "The museum": a noun that ends one name the article gives
# The noun must head the subject, a verb next ("The fire jumped", "The tribes were"; not
# "The average daily share turnover", "The brewing giant"); an "-s" verb is left out, as
# it is a plural noun as often ("The fire trucks").
_THE_NOUN = re.compile(
    r"The ([a-zA-Z][a-z]{2,})(?=,|\s+(?:[a-z]+ed|was|were|is|are|has|had|have|will|would|could|"
    r"can|may|might|must|should|did|does|said|says|ran|fell|rose|won|lost|took|made|"
    r"began|came|went|got|gave|held|left|met|paid|sold|told|wrote|hit|cut|set|put|shut|"
    r"spent|sent|built|brought|bought|caught|fought|sought|thought|kept|struck|swept|"
    r"spread|grew|drew|threw|broke|spoke|chose|froze|stole|rode|drove|flew|also|then|"
    r"first|later|still|again|never|only|now|hold|approve|vote|meet|consider|review|"
    r"decide|take|make|pay|give)\b)"  # ("that the council hold a special session")
)
# A place's name takes no "the": "Marlow County reported", "Yellow Creek ran dry"
_PLACE_NOUNS = frozenset(
    "county province creek river lake island mountain valley town township parish borough "
    "prefecture region bay canyon".split()
)
# Names written without "the" when the noun ends them ("Northmoor University", "Belford
# Hospital"; but "the University of Leeds" keeps it)
_BARE_NAME_NOUNS = frozenset("university college hospital airport".split())
# Nouns that end names but mostly mean something else alone ("the state" is rarely the
# Islamic State), and those with rules of their own (`named_company`).
_GENERIC_NOUNS = frozenset(
    """state states city country nation government people police world house news times
    post group team company firm family people year day week month time way case""".split()
)


def named_institution(
    headline: str, known: Sequence[Entity], lead: Sequence[Entity] = (), text: str = ""
) -> str | None:
    """"The museum agreed ..." as "The Fairleigh Museum agreed ...": the one name the
    article gives so far that ends with the noun, or of several the one its lead names
    and `text` names most often ("The fire jumped Highway 58" after "the Juniper Ridge
    Fire", though the Tamarack Fire of 2020 is named too); else None."""
    found = _THE_NOUN.match(headline)
    if found is None or found.group(1).lower() in _GENERIC_NOUNS:
        return None
    noun = found.group(1).lower()  # ("The Bank began lowering rates": the Bank of England)

    def ending(entities: Sequence[Entity]) -> set[str]:  # (or "Bank of England" for "bank")
        return {e.name for e in entities if " " in e.name and (
            e.name.rsplit(None, 1)[-1].lower() == noun
            or e.name.lower().startswith(f"{noun} of ")
        )}  # fmt: skip

    names = ending(known)
    if len(names) > 1 and len(in_lead := ending(lead)) == 1:
        name = next(iter(in_lead))
        counts = {other: text.count(other.rsplit(None, 1)[0]) for other in names}
        if all(counts[name] > count for other, count in counts.items() if other != name):
            names = {name}  # the lead's, and named most often
    if len(names) != 1:
        return None
    name = names.pop()
    bare = noun in _PLACE_NOUNS or (noun in _BARE_NAME_NOUNS and name.lower().endswith(noun))
    the = "" if name.startswith("The ") or bare else "The "
    return f"{the}{name}{headline[found.end() :]}"


# "The judge" as the one person the article titles so ("Justice Halima Bello"): a role
# noun and the titles written before names for it.
_ROLE_TITLES = {
    "judge": ("Judge", "Justice"), "mayor": ("Mayor",), "governor": ("Governor", "Gov."),
    "president": ("President",), "senator": ("Senator", "Sen."), "coach": ("Coach",),
    "captain": ("Captain", "Capt."), "prosecutor": ("Prosecutor",), "sheriff": ("Sheriff",),
    "chancellor": ("Chancellor",), "commissioner": ("Commissioner",), "chief": ("Chief",),
    "minister": ("Minister",), "ambassador": ("Ambassador",), "bishop": ("Bishop",),
}  # fmt: skip
_TITLED_NAME = r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_TITLED = {role: re.compile(rf"\b({'|'.join(re.escape(t) for t in titles)}){_TITLED_NAME}")
           for role, titles in _ROLE_TITLES.items()}  # fmt: skip


def official_of(headline: str, text: str) -> tuple[str, int] | None:
    """The titled name of the role that opens the headline ("The judge": "Justice Halima
    Bello", the one person the article names after a title for that role) and where the
    role's words end, else None."""
    found = _THE_NOUN.match(headline)
    if found is None or found.group(1) not in _ROLE_TITLES:
        return None
    name = _titled_person(found.group(1), text)
    return None if name is None else (name, found.end())


@functools.lru_cache(maxsize=64)
def _titled_person(role: str, text: str) -> str | None:
    """The one person `text` names after a title for `role`, in its fullest form; a scan
    of the article once per role, however many of its headlines ask (not one a headline)."""
    named = {(m.group(1), m.group(2)) for m in _TITLED[role].finditer(text)}
    people = {name.split()[-1] for _, name in named}
    if len(people) != 1:
        return None  # no one, or two judges: "the judge" is unsure
    title, name = max(named, key=lambda pair: len(pair[1]))  # the fullest form
    return f"{title} {name}"


def named_official(headline: str, text: str) -> str | None:
    """"The judge overruled ..." as "Justice Halima Bello overruled ...", else None."""
    found = official_of(headline, text)
    return None if found is None else found[0] + headline[found[1] :]


_THE_AGED = re.compile(r"The (\d{1,3})-year-old(?=[ ,])")
_AGED_NAME = r"((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]+),[ \t]+%s\b"
AGE_REACH = 3000  # characters before a sentence searched for the name its age goes with


def named_by_age(headline: str, text: str, before: int) -> str | None:
    """"The 41-year-old was jailed ..." as "Dale Whitcombe was jailed ...": the person the
    article wrote with that age before (the nearest "Dale Whitcombe, 41,"), else None."""
    aged = _THE_AGED.match(headline)
    if aged is None:
        return None
    names = re.findall(_AGED_NAME % aged.group(1), text[max(0, before - AGE_REACH) : before])
    if not names:
        return None
    words = names[-1].split()
    while words and words[0].lower().rstrip(".") in NOT_NAMES:
        words = words[1:]  # "Yesterday Dale Whitcombe, 41": Dale Whitcombe
    if len(words) < 2:
        return None
    return " ".join(words) + headline[aged.end() :]
