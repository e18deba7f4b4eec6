"""Models built without validation (`models.trusted`) are the models validation builds:
equal, with the same fields in the same order and the same JSON, on the time expressions,
events and articles of real text (the seed articles and the gold sample)."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from timeline import dates
from timeline.dates import resolve_dates
from timeline.dates.base import Resolution
from timeline.events import extract_events
from timeline.merge import merge_events
from timeline.models import (
    Article,
    Event,
    PublishedSource,
    RawArticle,
    TimeExpression,
    TimexType,
    trusted,
)
from timeline.pipeline import settle

HERE = Path(__file__).parent
SAMPLE = HERE / "data" / "eval_sample.jsonl"
SEEDS = HERE.parent / "seeds"
DAY = dt.date(2017, 11, 17)


def _articles() -> list[Article]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in SAMPLE.read_text("utf-8").splitlines()]
    raws = [RawArticle(id=f"a{i}", title=text.strip().split("\n", 1)[0][:80], text=text)
            for i, text in enumerate(texts)]  # fmt: skip
    return [settle(raw, DAY, PublishedSource.CLI, None) for raw in raws]


ARTICLES = _articles()


def _same(built: BaseModel, cls: type[BaseModel]) -> None:
    """`built` is what validating its own fields gives, nested models included."""
    validated = cls(**dict(built))
    assert built == validated
    assert list(built.__dict__) == list(validated.__dict__)
    assert [type(v) for v in built.__dict__.values()] == [
        type(v) for v in validated.__dict__.values()
    ]
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.__pydantic_extra__ is None and built.__pydantic_private__ is None


def test_real_text_is_plenty() -> None:
    assert len(ARTICLES) >= 12


def test_settled_articles_are_validated_ones() -> None:
    for article in ARTICLES:
        _same(article, Article)
        raw = RawArticle(**article.model_dump(exclude={"published_source"}))
        plain = Article(**raw.model_dump(exclude={"published", "published_source",
                                                  "published_note"}),
                        published=DAY, published_source=PublishedSource.CLI,
                        published_note=None)  # fmt: skip
        assert settle(raw, DAY, PublishedSource.CLI, None) == plain


def test_time_expressions_are_validated_ones() -> None:
    found = 0
    for article in ARTICLES:
        for anchor in (article.published, None):
            for expression in resolve_dates(article.text, anchor):
                _same(expression, TimeExpression)
                found += 1
    assert found > 200


def test_events_are_validated_ones() -> None:
    events: list[Event] = []
    for article in ARTICLES:
        events += extract_events(article)
    assert len(events) > 60
    for event in [*events, *merge_events(events)]:
        _same(event, Event)
        _same(event.date, type(event.date))
        for source in event.sources:
            _same(source, type(source))
        for entity in event.entities:
            _same(entity, type(entity))


def test_shared_entity_lists_are_copies() -> None:
    for article in ARTICLES:
        events = extract_events(article)
        lists = [id(event.entities) for event in events]
        assert len(set(lists)) == len(lists)


@pytest.mark.parametrize(
    ("start", "end", "fields"),
    [
        (5, 3, {}),  # end before start
        (-1, 3, {}),
        (0, 3, {"value": "2017-13-45"}),  # no interval: fine as is
        (0, 3, {"type": "DATE"}),  # a str, converted to the enum
        (0, 3, {"mod": 5}),
    ],
)
def test_expressions_that_need_validation_get_it(
    start: int, end: int, fields: dict[str, Any]
) -> None:
    res = Resolution(**{"type": TimexType.DATE, "value": "2017-11-17", **fields})
    text = "Friday is here"
    try:
        expected: TimeExpression | None = TimeExpression(
            text=text[start:end], start=start, end=end, type=res.type, value=res.value,
            mod=res.mod, **_interval(res.value),
        )  # fmt: skip
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(ValueError):
            dates._expression(text, start, end, res)
    else:
        got = dates._expression(text, start, end, res)
        assert got == expected
        assert [type(v) for v in got.__dict__.values()] == [
            type(v) for v in expected.__dict__.values()
        ]


def _interval(value: str) -> dict[str, Any]:
    interval = dates.interval_of(value)
    if interval is None:
        return {}
    return {"granularity": interval[2], "start_date": interval[0], "end_date": interval[1]}


def test_trusted_takes_fields_as_given() -> None:
    event = trusted(TimeExpression, {"text": "x", "start": 0, "end": 1, "type": TimexType.SET,
                                     "value": "P1D", "mod": None, "granularity": None,
                                     "start_date": None, "end_date": None})  # fmt: skip
    _same(event, TimeExpression)
    with pytest.raises(ValueError):  # still frozen
        event.start = 3  # type: ignore[misc]


def test_pickled_models_come_back_as_they_were() -> None:
    """--jobs workers send events and articles back pickled (`_Frozen.__reduce__`)."""
    events = [event for article in ARTICLES for event in extract_events(article)]
    for model in [*ARTICLES, *events]:
        back = pickle.loads(pickle.dumps(model))
        assert back == model and type(back) is type(model)
        assert list(back.__dict__) == list(model.__dict__)
        assert back.model_dump_json() == model.model_dump_json()
        _same(back, type(model))
