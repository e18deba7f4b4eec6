"""The resolver's shortcuts give exactly what the plain computation gives, on gold texts."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

import timeline.dates as dates
from timeline.dates import folding
from timeline.dates.base import Context, Rule
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


def _plainly_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`ascii_folded(pattern)` compiled by sre_compile, without the first-character set."""
    tree, flags, _lookback = folding.folded_tree(pattern)
    compiled: re.Pattern[str] = folding.sre_compile.compile(tree, flags)
    return compiled


def _scan_texts() -> list[str]:
    seeds = Path(__file__).parent.parent / "seeds"
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    texts += [text for text, _ in DOCUMENTS]
    rng = random.Random(13)
    words = ["the", "year", "last", "week", "ago", "2017", "11", "17", "Nov.", "Friday", ",",
             "early", "mid-", "1990s", "a", "few", "days", "at", "3", ":", "30", "p.m.", "in",
             "first", "quarter", "of", "\n", "  ", "-", "'", "Q3", "Christmas", "now"]  # fmt: skip
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    return [folding.lowercase_copy(text) for text in texts if text.isascii()]


SCAN_TEXTS = _scan_texts()


@pytest.mark.parametrize("rule", [rule for rule in dates.RULES if rule.name != "country_day"],
                         ids=lambda rule: rule.name)  # (country_day is case-sensitive: unfolded)
def test_folded_patterns_led_by_their_first_characters_match_alike(rule: Rule) -> None:
    """The folded patterns sre searches through their first-character set find the
    same matches, with the same groups, as the same patterns compiled plainly."""
    led, plain = folding.ascii_folded(rule.pattern)[0], _plainly_folded(rule.pattern)
    for text in SCAN_TEXTS:
        for start, end in ((0, len(text)), (len(text) // 3, len(text) - 2)):
            assert [(m.span(), m.groups()) for m in led.finditer(text, start, end)] == [
                (m.span(), m.groups()) for m in plain.finditer(text, start, end)
            ], text[start:end]


def test_first_characters() -> None:
    def first(pattern: str) -> tuple[set[str], bool] | None:
        found = folding._first_characters(folding.sre_parse.parse(pattern).data)
        return None if found is None else ({chr(c) for c in found[0]}, found[1])

    assert first(r"\bab|c") == ({"a", "c"}, False)
    assert first(r"(?<!\d)(?:x\s)?y") == ({"x", "y"}, False)
    assert first(r"(?:x)*y?") == ({"x", "y"}, True)
    assert first(r"\b(?:a|)b") == ({"a", "b"}, False)
    assert first(r"[pq]{0,2}(?=z)r") == ({"p", "q", "r"}, False)
    assert first(r".a") is None
    assert first(r"(a)\1") == ({"a"}, False)
    assert first(r"(a)?\1") is None
    # Every rule gets a set (all are led by \b or a look-behind, then characters).
    for rule in dates.RULES:  # (but the case-sensitive country_day, run unfolded)
        if rule.name == "country_day":
            continue
        found = folding._first_characters(folding.folded_tree(rule.pattern)[0].data)
        assert found is not None and found[0] and not found[1], rule.name
