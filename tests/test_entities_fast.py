"""find_entities with its per-word shortcuts gives exactly what the plain code gives, on
real text (the seed articles and the gold sample), with and without known names."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import timeline.entities as en
from timeline.entities import find_entities
from timeline.models import Entity, EntityKind
from timeline.text import sentences

HERE = Path(__file__).parent
SAMPLE = HERE / "data" / "eval_sample.jsonl"
SEEDS = HERE.parent / "seeds"

# The plain code, as it was before the shortcuts: every test for every word, every time.


def _find_entities_reference(
    sentence: str, known: Iterable[Entity] = (), *, index: en.SurnameIndex | None = None
) -> list[Entity]:
    """Named entities in a sentence; `known` full names (or an `index` of them, which
    then replaces `known`) resolve lone surnames."""
    by_last_word = (index if index is not None else en.SurnameIndex(known)).by_word
    found: dict[str, Entity] = {}
    for match in en._RUN.finditer(sentence):
        run = match.group(0)
        if " " not in run and "\n" not in run and "\t" not in run:  # one word: most runs
            if modifier := en.name_modifier(run):
                run = modifier  # "UK-based": the UK
            if run.lower() in en.NOT_NAMES:
                lowered = run.lower()
                if (
                    lowered in by_last_word
                    and en._SURNAME_NOT_MONTH.match(sentence, match.end())
                    and not en._MONTH_BEFORE.search(
                        sentence, max(0, match.start() - 8), match.start()
                    )
                ):
                    entity = by_last_word[lowered]
                    found.setdefault(entity.name.lower(), entity)
                continue  # "The", "But", "He": nothing to add
            _add_entity_reference(sentence, match.start(), [run], by_last_word, found)
            continue
        for start, raw_words in _split_run_reference(match):
            _add_entity_reference(sentence, start, raw_words, by_last_word, found)
    return list(found.values())


def _split_run_reference(match: re.Match[str]) -> list[tuple[int, list[str]]]:
    """Split a capitalised run at possessives and person titles ("US President Donald
    Trump" -> "Donald Trump"; "China's Communist Party" -> "China", "Communist Party")."""
    parts: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = match.start()
    position = match.start()
    # "and" inside an organisation's name stays: "Center for Strategic and International ..."
    org_run = any(w.lower() in en.ORG_WORDS for w in match.group(0).split())
    tokens = list(en._TOKEN.finditer(match.group(0)))
    for number, token in enumerate(tokens):
        word = token.group(0)
        suffix_next = number + 1 < len(tokens) and tokens[number + 1].group(0) in en.NAME_SUFFIXES
        if word.lower() in en.PERSON_TITLES and current and not suffix_next:
            current = [word]  # a title resets the name: keep what follows it
            start = position + token.start()
            continue
        place = current and " ".join(current).lower() in en.PLACES
        if word == "of" and _is_persons_name(current):
            parts.append((start, current))  # "Mara Kalstrom of Two Rivers": two
            current = []
            start = position + token.end() + 1
            continue
        following = tokens[number + 1].group(0) if number + 1 < len(tokens) else ""
        and_the = word == "and" and following == "the"
        portfolio = (  # ("Minister for Sustainability and the Environment")
            current and current[0].lower() in en.PERSON_TITLES and len(current) > 1
            and all(w.lower() in en.OFFICE_WORDS or w.lower() in {"for", "of", "the", "and", "&"}
                    for w in current[1:]))  # fmt: skip
        if current and not portfolio and (
            (word == "and" and (place or not org_run or and_the)) or (word == "for" and place)
        ):
            parts.append((start, current))  # "Beijing and Pyongyang", "Trump and Xi": two
            current = []
            start = position + token.end() + 1
            continue
        if modifier := en.name_modifier(" ".join([*current, word])):
            parts.append((start, modifier.split()))  # "Marshall
            current = []  # Islands-flagged Pacific Lantana": the islands, then the ship
            start = position + token.end() + 1
            continue
        current.append(word)
        if word.endswith(en._POSSESSIVE):
            parts.append((start, current))
            current = []
            start = position + token.end() + 1
    if current:
        parts.append((start, current))
    return parts


def _without_trailing_connectors(words: list[str]) -> list[str]:
    """The words without the connectors, non-name ends and suffixes that end them."""
    while words and (
        words[-1].lower() in en.CONNECTORS
        or words[-1].lower() in en.NOT_NAME_ENDS
        or words[-1] in en.NAME_SUFFIXES
    ):
        words = words[:-1]
    return words


def _is_persons_name(raw_words: list[str]) -> bool:
    """Whether the words, without titles before and connectors after, are a person's name
    of two or more words."""
    words = [en._clean(w) for w in raw_words]
    while words and (
        words[0].lower() in en.LEADING_TITLES
        or words[0].lower() in en.NOT_NAMES
        or en._NUMBER_WORD.fullmatch(words[0].lower()) is not None
    ):
        words = words[1:]
    words = _without_trailing_connectors(words)
    return (
        len(words) >= 2
        and en._kind_of(tuple(words), False) is EntityKind.PERSON
        and not en.ORG_ACRONYM.match(words[0])
    )


def _add_entity_reference(
    sentence: str,
    start: int,
    raw_words: list[str],
    by_last_word: dict[str, Entity],
    found: dict[str, Entity],
) -> None:
    words = [en._clean(w) for w in raw_words]
    titled = False
    if start == 0 and len(words) > 1 and words[0].lower().endswith(en._PARTICIPLE):
        if words[0].lower() not in en.PERSON_TITLES:  # "King Hussein" stays titled
            words = words[1:]  # "Visiting Seoul ..."
    while words and (
        words[0].lower() in en.PERSON_TITLES
        or words[0].lower() in en.NOT_NAMES
        or en._NUMBER_WORD.fullmatch(words[0].lower()) is not None
        or (titled and words[0].lower() in en.OFFICE_WORDS)
        or (len(words) >= 3 and en._is_demonym((words[0].lower(),))
            and not any(w.lower() in en.ORG_WORDS or w.lower() in en.PLACES for w in words[1:]))
    ):
        titled = titled or words[0].lower() in en.PERSON_TITLES
        words = words[1:]
    words = _without_trailing_connectors(words)
    if not words or (start > 0 and sentence[start - 1] == "-"):
        return
    before = sentence[max(0, start - 25) : start].lower().split()
    titled = titled or bool(before and before[-1].strip(",") in en.PERSON_TITLES)
    name = " ".join(words)
    if len(words) == 1 and words[0].lower() in by_last_word:
        entity = by_last_word[words[0].lower()]
        found.setdefault(entity.name.lower(), entity)
        return
    at_sentence_start = start == 0 or en._QUOTE_ONLY.fullmatch(sentence, 0, start) is not None
    if len(words) == 1 and at_sentence_start and not titled and name.lower() not in en.PLACES:
        if not en.ORG_ACRONYM.match(name):
            return  # a capitalised first word is usually not a name
    parts = name.split("-")
    if len(parts) > 1 and all(part.lower() in en.PLACES for part in parts):
        for part in parts:  # "China-North Korea relations": two places
            if part.lower() not in found:
                found[part.lower()] = en._entity(part, EntityKind.PLACE)
        return
    kind = en._kind_of(tuple(words), titled)
    if kind is not None and name.lower() not in found:
        found[name.lower()] = en._entity(name, kind)


def _articles() -> list[list[str]]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in SAMPLE.read_text("utf-8").splitlines()]
    return [[text[lo:hi] for lo, hi in sentences(text)] for text in texts]


ARTICLES = _articles()
MADE_UP = [
    "Visiting Seoul, President Donald Trump met Xi Jinping and Moon Jae-in.",
    "King Hussein met the Rev. Dr. Martin Luther King Jr. and Sammy Davis Jr. in 1966.",
    "China-North Korea relations: Trump and Xi met in Beijing and Pyongyang.",
    "\"Trump said so,\" Xi told the Center for Strategic and International Studies.",
    "U.S. President Trump's visit to the U.N. pleased Mr. Xi and Gen. Mattis.",
    "ROME (AP) - Pope Francis, Xi and the NATO chief met. Trump-Xi talks, ex-Xi aide.",
    "The New York Times and Reuters said Kim Jong Un's sister visited Seoul's Blue House.",
    "Koreans, North Koreans and Chinese officials left; Xi left. Trump.",
]


def _compare(sentences_: Iterable[str], known: list[Entity]) -> None:
    index = en.SurnameIndex(known)
    for sentence in sentences_:
        for given in ({"index": index}, {"known": known}):
            fast = find_entities(sentence, **given)
            plain = _find_entities_reference(sentence, **given)
            assert fast == plain, sentence
        for entity in fast:
            index.add(entity)


def test_real_text_is_plenty() -> None:
    assert sum(map(len, ARTICLES)) > 300


def test_same_entities_as_plain_code_on_real_text() -> None:
    for article in ARTICLES:
        _compare(article, [])


def test_same_entities_as_plain_code_with_known_names() -> None:
    known = [Entity(name=name, kind=EntityKind.PERSON)
             for name in ("Xi Jinping", "Donald Trump", "Moon Jae-in", "Kim Jong Un")]  # fmt: skip
    for article in ARTICLES:
        _compare(article, known)
    _compare(MADE_UP, known)
    _compare(MADE_UP, [])


def test_same_entities_as_plain_code_on_pieces_of_sentences() -> None:
    """Every sentence from each of its words on: names at the start of a sentence."""
    for article in ARTICLES[:20]:
        for sentence in article:
            _compare([sentence[m.start() :] for m in re.finditer(r"\b\w", sentence)], [])
