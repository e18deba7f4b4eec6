"""Pydantic models shared by every stage: articles, time expressions, events, timelines."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def __reduce__(self) -> tuple[Any, tuple[type[BaseModel], dict[str, Any]]]:
        """Pickled as its class and fields, rebuilt by `trusted` (they were validated):
        half the work of pydantic's __getstate__/__setstate__ for the events and articles
        that --jobs workers send back (tests/test_models_fast.py)."""
        return trusted, (type(self), self.__dict__)


_Model = TypeVar("_Model", bound=BaseModel)


def trusted(cls: type[_Model], fields: dict[str, Any]) -> _Model:
    """An instance of `cls` from `fields`, without validation: for values the caller has
    made itself, every field given, in the model's field order, each already of its
    field's type and within its constraints (what validation would have returned as is).

    Pydantic's validation (and `model_construct`, slower still) costs 3-5 us a model, a
    tenth of the per-article stage's time in models built from checked data; this is
    what `model_construct` leaves, with no defaults to fill in. tests/test_models.py
    checks that it gives the validated model.
    """
    model = cls.__new__(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", set(fields))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_set = object.__setattr__  # past the frozen models' __setattr__


class PublishedSource(str, Enum):
    """Where an article's publication date came from."""

    TEXT = "text"  # a dateline in the article text
    METADATA = "metadata"  # front matter, JSON field, HTML meta
    CLI = "cli"  # --published on the command line
    INFERRED = "inferred"  # guessed from the article's own dates or other articles


class TimexType(str, Enum):
    """TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(str, Enum):
    """How precise a resolved expression is, finest first."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class EventGranularity(str, Enum):
    """Precision of an event's date: the coarser scale used by the events file."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"


class EntityKind(str, Enum):
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"


class RawArticle(_Frozen):
    """An article as read from disk, before its publication date is settled.

    `text` is normalised: `\\n` line ends, no BOM. `published` is None when neither the
    file nor the command line gave a date; the pipeline then infers one or skips it.
    """

    id: str
    title: str
    path: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    text: str
    published: dt.date | None = None
    published_source: PublishedSource | None = None
    published_note: str | None = None
    # How numeric dates in the text are read ("03/04/2017"): day first (True), month first
    # (False), or None: as the text itself shows. The reader's choice, not written out.
    day_first: SkipJsonSchema[bool | None] = Field(default=None, exclude=True)
    # Where in `text` the dateline the reader found stands (start, end), whatever date was
    # chosen: a line of the page's, no event. Not written out.
    dateline_span: SkipJsonSchema[tuple[int, int] | None] = Field(default=None, exclude=True)


class Article(_Frozen):
    """An article with a settled publication date (the anchor of its relative dates)."""

    id: str
    title: str
    path: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: dt.date
    published_source: PublishedSource
    published_note: str | None = None
    text: str
    day_first: SkipJsonSchema[bool | None] = Field(default=None, exclude=True)  # (RawArticle)
    dateline_span: SkipJsonSchema[tuple[int, int] | None] = Field(default=None, exclude=True)


class TimeExpression(_Frozen):
    """A temporal expression found in a text and resolved against an anchor date.

    Invariant: `text == source_text[start:end]`. `start_date`/`end_date` are the
    inclusive calendar interval the expression denotes, set only when it denotes one
    (DATE and TIME with a resolved value; never for durations, sets or vague references).
    """

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    type: TimexType
    value: str
    mod: str | None = None
    granularity: Granularity | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None

    @model_validator(mode="after")
    def _check_span(self) -> TimeExpression:
        if self.end < self.start:
            raise ValueError("end must not precede start")
        if (self.start_date is None) != (self.end_date is None):
            raise ValueError("start_date and end_date are set together")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("end_date must not precede start_date")
        return self


class EventDate(_Frozen):
    """When an event happened: a TIMEX3 value and the inclusive interval of days it spans.

    `text` is the date expression as written in the (first) source, or None when the
    event is dated by its article's publication date alone. For a range ("from 25 to 27
    March", "March 25-27") the value is its first end's and the interval spans it all.
    """

    value: str
    start: dt.date
    end: dt.date
    granularity: EventGranularity
    text: str | None = None
    mod: str | None = None

    @model_validator(mode="after")
    def _check_interval(self) -> EventDate:
        if self.end < self.start:
            raise ValueError("date end must not precede start")
        return self


class Source(_Frozen):
    """Where an event is reported: the sentence's character span in an article's text."""

    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    date_text: str | None = None


class Entity(_Frozen):
    name: str
    kind: EntityKind


class Event(_Frozen):
    """A dated statement, possibly reported by several articles.

    `id` is stable across runs (derived from date value and normalised sentence).
    """

    id: str
    date: EventDate
    headline: str
    sentence: str
    sources: list[Source] = Field(min_length=1)
    entities: list[Entity] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)


class Timeline(_Frozen):
    """The events file: every article read and every event found, sorted by date."""

    articles: list[Article] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def article(self, article_id: str) -> Article | None:
        """The article with this id, if any."""
        return next((a for a in self.articles if a.id == article_id), None)
