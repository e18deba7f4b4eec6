"""The resolver's shortcuts give exactly what the plain computation gives, on gold texts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import timeline.dates as dates
from timeline.dates.base import Context
from timeline.models import TimeExpression

SAMPLE = Path(__file__).parent / "data" / "eval_sample.jsonl"
ANAPHORA = (
    "Talks began on March 3, 1998. The next day the minister left; a year earlier he had "
    "resigned. In the third quarter sales rose. A quarter earlier they fell. That year was "
    "bad, but the previous Friday was worse and three days later it ended."
)


def _documents() -> list[tuple[str, dt.date | None]]:
    docs: list[tuple[str, dt.date | None]] = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        docs.append((raw["text"], dt.date.fromisoformat(raw["dct"])))
    return [*docs, (ANAPHORA, dt.date(1998, 3, 10)), (ANAPHORA, None)]


DOCUMENTS = _documents()


def _dumped(expressions: list[TimeExpression]) -> list[dict[str, Any]]:
    return [expression.model_dump() for expression in expressions]


class _AlwaysLeans(Context):
    """A probe whose every answer is worked out again in reading order."""

    @property
    def leaned(self) -> bool:
        return True

    @leaned.setter
    def leaned(self, value: bool) -> None:
        pass


@pytest.mark.parametrize(("text", "published"), DOCUMENTS)
def test_probe_answers_kept_are_the_answers_in_reading_order(
    text: str, published: dt.date | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = dates.resolve_dates(text, published)
    monkeypatch.setattr(dates, "_Probe", _AlwaysLeans)
    assert _dumped(kept) == _dumped(dates.resolve_dates(text, published))
