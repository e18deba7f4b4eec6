"""Score a date resolver against TimeML gold data (TempEval-3 Task A): spans match when
they overlap (relaxed) or are equal (strict), one-to-one per document, greedy by overlap;
value and type accuracy are over relaxed matches; value F1 = relaxed F1 x value accuracy."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict

from timeline.errors import InputError

LOGGER = logging.getLogger(__name__)

TIMEX_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
CONTEXT_CHARS = 60
SHOWN_ERROR_CLASSES = 20
NEAR_DAYS = 7
DATEPARSER_LANGUAGES = ["en"]
DATEPARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "MDY",
    "TIMEZONE": "UTC",
}
# Shapes of TIMEX3 values, tried in order: the first pattern found names the shape.
VALUE_SHAPES: dict[str, str] = {
    "ref": r"^(PRESENT|PAST|FUTURE)_REF$",
    "duration": r"^P",
    "time": r"T",
    "day": r"^\d{4}-\d{2}-\d{2}$",
    "weekend": r"^\d{4}-W\d{2}-WE$",
    "week": r"^\d{4}-W\d{1,2}$",
    "month": r"^\d{4}-\d{2}$",
    "season": r"^\d{4}-(SP|SU|FA|WI)$",
    "quarter": r"^\d{4}-Q\d$",
    "half": r"^\d{4}-H\d$",
    "year": r"^\d{4}$",
    "decade": r"^\d{3}X?$",
    "century": r"^\d{2}(XX)?$",
    "underspecified": r"X",
    "empty": r"^$",
}
TABLE_FIELDS: tuple[str, ...] = (
    "docs", "gold_count", "system_count", "relaxed_matches", "strict_matches",
    "relaxed_precision", "relaxed_recall", "relaxed_f1", "strict_precision", "strict_recall",
    "strict_f1", "value_accuracy", "value_f1", "type_accuracy", "type_f1", "span_errors",
)  # fmt: skip
CHARS_PER_KCHAR = 1000
YEAR_SHIFTABLE_SHAPES = frozenset({"day", "week", "month", "quarter", "season", "half"})


@dataclass(frozen=True)
class SimpleSpan:
    """A minimal system expression (what the dateparser baseline returns)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class GoldTimex(SimpleSpan):
    """One gold TIMEX3: `text == doc.text[start:end]`."""


@dataclass(frozen=True)
class GoldDoc:
    """A gold document: its text, creation date (the anchor) and annotated timexes."""

    doc_id: str
    dct: dt.date
    text: str
    timexes: list[GoldTimex]


class SpanLike(Protocol):
    """What a resolver returns; `type` is a str or an enum whose `.value` is one."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> Any: ...
    @property
    def value(self) -> str: ...


Resolver = Callable[[str, dt.date], Sequence[SpanLike]]
_Fields = tuple[str | None, str | None, str | None]


@dataclass(frozen=True)
class Mismatch:
    """A scoring error (`kind`: missed, spurious, wrong_value, wrong_type) of error class
    `label`; `context` shows the span in [brackets] with text either side."""

    doc_id: str
    context: str
    gold_text: str | None
    gold_value: str | None
    gold_type: str | None
    sys_text: str | None
    sys_value: str | None
    sys_type: str | None
    kind: str
    label: str


@dataclass(frozen=True)
class TypeScore:
    """Recall and value accuracy over the gold expressions of one TIMEX3 type."""

    gold: int
    matched: int
    value_correct: int
    recall: float
    value_accuracy: float


class EvalReport(BaseModel):
    """Counts and TempEval-3 metrics (fractions in [0, 1]) of one run over gold docs.

    `failed_docs`: the resolver raised there (scored as finding nothing);
    `span_errors`: system spans whose text is not `text[start:end]`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    docs: int
    gold_count: int
    system_count: int
    relaxed_matches: int
    strict_matches: int
    value_correct: int
    type_correct: int
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    strict_precision: float
    strict_recall: float
    strict_f1: float
    value_accuracy: float
    value_f1: float
    type_accuracy: float
    type_f1: float
    by_type: dict[str, TypeScore]
    error_classes: list[tuple[str, int]]
    errors: list[Mismatch]
    failed_docs: list[str]
    span_errors: int
    seconds: float
    chars: int


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _type_name(value: Any) -> str:
    return str(getattr(value, "value", value)).strip()


_UNPADDED_WEEK = re.compile(r"(?<=-W)(\d)(?!\d)")


def canonical_value(value: str) -> str:
    """A TIMEX3 value in one spelling: week numbers zero-padded ("2000-W7" is how part
    of the AQUAINT gold writes ISO week "2000-W07"; both name the same week)."""
    return _UNPADDED_WEEK.sub(r"0\1", value.strip())


def value_shape(value: str) -> str:
    """The shape of a TIMEX3 value: day, week, month, quarter, year, duration, ref, ..."""
    return next((name for name, rx in VALUE_SHAPES.items() if re.search(rx, value)), "other")


def value_error_label(gold: str, ours: str) -> str:
    """Error class of a wrong value, by the shapes of the gold and system values."""
    shape_g, shape_s = value_shape(gold), value_shape(ours)
    if shape_g != shape_s:
        return f"wrong value: {shape_g}→{shape_s}"
    detail = "off"
    if shape_g in YEAR_SHIFTABLE_SHAPES and gold[4:] == ours[4:]:
        detail = "off by years"
    elif shape_g == "day" and gold[:7] == ours[:7]:
        detail = (
            f"off ≤{NEAR_DAYS} days" if abs(int(gold[8:]) - int(ours[8:])) <= NEAR_DAYS else detail
        )
    return f"wrong value: {shape_g}→{shape_s} ({detail})"


def load_gold(path: Path) -> list[GoldDoc]:
    """Read gold documents from a JSON Lines file (see /work/shared/data/README.md)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read gold file ({exc})") from exc
    numbered = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    if not numbered:
        raise InputError(str(path), "no gold documents")
    return [_parse_gold_line(path, number, line) for number, line in numbered]


def _parse_gold_line(path: Path, number: int, line: str) -> GoldDoc:
    def fail(problem: str) -> InputError:
        return InputError(str(path), f"line {number}: {problem}")

    try:
        raw = json.loads(line)
        timexes = [
            GoldTimex(
                int(t["start"]), int(t["end"]), t["text"], t["type"], t["value"], t.get("mod")
            )
            for t in raw["timexes"]
        ]
        doc = GoldDoc(str(raw["doc_id"]), dt.date.fromisoformat(raw["dct"]), raw["text"], timexes)
        bad = [t for t in timexes if doc.text[t.start : t.end] != t.text or not t.value.strip()]
    except json.JSONDecodeError as exc:
        raise fail(f"not valid JSON ({exc.msg})") from exc
    except KeyError as exc:
        raise fail(f"missing field {exc}") from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise fail(f"bad value ({exc})") from exc
    if bad:
        raise fail(f"timex {bad[0].text!r} at {bad[0].start}-{bad[0].end}: bad span or value")
    if unknown := [t.type for t in timexes if t.type not in TIMEX_TYPES]:
        raise fail(f"unknown timex type {unknown[0]!r}")
    return doc


def match_spans(
    gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one relaxed matching as sorted (gold index, system index) pairs: greedy by
    largest overlap; ties prefer equal spans, then closer starts, then document order."""
    candidates = [
        (-overlap, (g_start, g_end) != (s_start, s_end), abs(g_start - s_start), g, s)
        for g, (g_start, g_end) in enumerate(gold)
        for s, (s_start, s_end) in enumerate(system)
        if (overlap := min(g_end, s_end) - max(g_start, s_start)) > 0
    ]
    used_gold: set[int] = set()
    used_sys: set[int] = set()
    pairs = []
    for *_, g, s in sorted(candidates):
        if g not in used_gold and s not in used_sys:
            used_gold.add(g)
            used_sys.add(s)
            pairs.append((g, s))
    return sorted(pairs)


def _score_doc(doc: GoldDoc, system: Sequence[SpanLike], errors: list[Mismatch]) -> Counter[str]:
    """One document's counts (per type as "DATE:gold" etc.); its mismatches go to `errors`."""
    gold_spans = [(t.start, t.end) for t in doc.timexes]
    sys_spans = [(s.start, s.end) for s in system]
    pairs = match_spans(gold_spans, sys_spans)
    counts = Counter(f"{timex.type}:gold" for timex in doc.timexes)
    counts.update(gold=len(gold_spans), system=len(sys_spans), relaxed=len(pairs))
    counts["strict"] = sum((Counter(gold_spans) & Counter(sys_spans)).values())

    def mismatch(kind: str, label: str, gold: GoldTimex | None, span: SpanLike | None) -> None:
        where: Any = gold or span
        left = doc.text[max(0, where.start - CONTEXT_CHARS) : where.start]
        right = doc.text[where.end : where.end + CONTEXT_CHARS]
        context = " ".join(f"{left}[{doc.text[where.start : where.end]}]{right}".split())
        g_fields: _Fields = (gold.text, gold.value, gold.type) if gold else (None, None, None)
        s_fields: _Fields = (
            (span.text, str(span.value), _type_name(span.type)) if span else (None,) * 3
        )
        errors.append(Mismatch(doc.doc_id, context, *g_fields, *s_fields, kind, label))

    for g, s in pairs:
        timex, span = doc.timexes[g], system[s]
        counts[f"{timex.type}:matched"] += 1
        gold_value, sys_value = canonical_value(timex.value), canonical_value(str(span.value))
        if gold_value == sys_value:
            counts.update(("value", f"{timex.type}:value"))
        else:
            mismatch("wrong_value", value_error_label(gold_value, sys_value), timex, span)
        if timex.type == (sys_type := _type_name(span.type)):
            counts["type"] += 1
        else:
            mismatch("wrong_type", f"wrong type: {timex.type}→{sys_type}", timex, span)
    matched_gold, matched_sys = {g for g, _ in pairs}, {s for _, s in pairs}
    for timex in (t for g, t in enumerate(doc.timexes) if g not in matched_gold):
        mismatch("missed", f"missed {timex.type}", timex, None)
    for span in (s for i, s in enumerate(system) if i not in matched_sys):
        mismatch("spurious", f"spurious {_type_name(span.type)}", None, span)
    return counts


def _prf(prefix: str, matched: int, system: int, gold: int) -> dict[str, float]:
    precision, recall = _ratio(matched, system), _ratio(matched, gold)
    f1 = _ratio(2 * precision * recall, precision + recall)
    return {f"{prefix}_precision": precision, f"{prefix}_recall": recall, f"{prefix}_f1": f1}


def evaluate(docs: Sequence[GoldDoc], resolver: Resolver | None = None) -> EvalReport:
    """Run `resolver` (default `timeline.dates.resolve_dates`) on each doc and score it."""
    if resolver is None:
        from timeline.dates import resolve_dates  # lazy: scoring does not need the resolver

        resolver = resolve_dates
    counts: Counter[str] = Counter()
    errors: list[Mismatch] = []
    failed: list[str] = []
    seconds = 0.0
    for doc in docs:
        began = time.perf_counter()
        try:
            system = list(resolver(doc.text, doc.dct))
        except Exception:  # one crashing doc is reported, not fatal
            LOGGER.warning("resolver failed on %s", doc.doc_id, exc_info=True)
            failed.append(doc.doc_id)
            system = []
        seconds += time.perf_counter() - began
        counts["span_errors"] += sum(doc.text[s.start : s.end] != s.text for s in system)
        counts.update(_score_doc(doc, system, errors))
    n_gold, n_sys, relaxed, strict = (counts[k] for k in ("gold", "system", "relaxed", "strict"))
    scores = _prf("relaxed", relaxed, n_sys, n_gold) | _prf("strict", strict, n_sys, n_gold)
    value_acc, type_acc = _ratio(counts["value"], relaxed), _ratio(counts["type"], relaxed)
    by_type = {}
    for name in TIMEX_TYPES:
        gold, matched, value = (counts[f"{name}:{k}"] for k in ("gold", "matched", "value"))
        by_type[name] = TypeScore(
            gold, matched, value, _ratio(matched, gold), _ratio(value, matched)
        )
    labels = Counter(error.label for error in errors)
    return EvalReport(
        docs=len(docs),
        gold_count=n_gold,
        system_count=n_sys,
        relaxed_matches=relaxed,
        strict_matches=strict,
        value_correct=counts["value"],
        type_correct=counts["type"],
        **scores,
        value_accuracy=value_acc,
        value_f1=scores["relaxed_f1"] * value_acc,
        type_accuracy=type_acc,
        type_f1=scores["relaxed_f1"] * type_acc,
        by_type=by_type,
        error_classes=sorted(labels.items(), key=lambda item: (-item[1], item[0])),
        errors=errors,
        failed_docs=failed,
        span_errors=counts["span_errors"],
        seconds=seconds,
        chars=sum(len(doc.text) for doc in docs),
    )


def dateparser_resolver(text: str, dct: dt.date) -> list[SimpleSpan]:
    """Baseline: dateparser's `search_dates`, each hit a DATE valued YYYY-MM-DD, located by
    searching forward from the previous hit. Never raises."""
    from dateparser.search import search_dates  # slow import

    settings = {**DATEPARSER_SETTINGS, "RELATIVE_BASE": dt.datetime.combine(dct, dt.time())}
    try:
        found = search_dates(text, languages=DATEPARSER_LANGUAGES, settings=settings) or []
    except Exception:  # the baseline must not stop an evaluation
        LOGGER.warning("dateparser failed on a %d-char text", len(text), exc_info=True)
        return []
    spans: list[SimpleSpan] = []
    position = 0
    for substring, when in found:
        start = text.find(substring, position)
        if start < 0:
            LOGGER.debug("dateparser hit %r not found after offset %d", substring, position)
            continue
        position = start + len(substring)
        spans.append(SimpleSpan(start, position, substring, "DATE", when.date().isoformat()))
    return spans


def _cells(report: EvalReport) -> list[str]:
    """One report's column of the metrics table (fractions as percentages)."""
    cells = [
        f"{100 * value:.2f}" if isinstance(value, float) else str(value)
        for value in (getattr(report, name) for name in TABLE_FIELDS)
    ]
    speed = _ratio(report.chars, report.seconds) / CHARS_PER_KCHAR
    return [*cells, str(len(report.failed_docs)), f"{report.seconds:.2f}", f"{speed:.1f}"]


def format_report(
    report: EvalReport, *, baseline: EvalReport | None = None, errors: int = 0
) -> str:
    """A text table of the metrics (the baseline as a second column), the per-type scores,
    the error classes and the first `errors` mismatches in context."""
    names = [*TABLE_FIELDS, "failed_docs", "seconds", "k_chars_per_second"]
    columns = [_cells(report)] + ([_cells(baseline)] if baseline else [])
    lines = [f"{'metric':<20}" + "".join(f" {t:>10}" for t in ("ours", "baseline")[: len(columns)])]
    lines += [f"{n:<20}" + "".join(f" {c[i]:>10}" for c in columns) for i, n in enumerate(names)]
    lines += ["", f"{'gold type':<10} {'gold':>6} {'matched':>8} {'recall':>8} {'value acc':>10}"]
    for name, t in report.by_type.items():
        recall, accuracy = 100 * t.recall, 100 * t.value_accuracy
        lines.append(f"{name:<10} {t.gold:>6} {t.matched:>8} {recall:>8.2f} {accuracy:>10.2f}")
    lines += ["", "error classes:"]
    lines += [f"{count:>6}  {label}" for label, count in report.error_classes[:SHOWN_ERROR_CLASSES]]
    if report.failed_docs:
        lines += ["", "resolver failed on: " + ", ".join(report.failed_docs)]
    if errors > 0:
        lines += ["", f"first {min(errors, len(report.errors))} of {len(report.errors)} errors:"]
    for e in report.errors[: max(errors, 0)]:
        lines.append(
            f"[{e.kind}] {e.doc_id}: gold {e.gold_text!r} {e.gold_value} {e.gold_type}"
            f" | ours {e.sys_text!r} {e.sys_value} {e.sys_type}\n    {e.context}"
        )
    return "\n".join(lines)


def report_json(report: EvalReport, baseline: EvalReport | None = None) -> dict[str, Any]:
    """The report as a JSON-ready dict, without the mismatch list (plus `baseline`)."""
    data = report.model_dump(mode="json", exclude={"errors"})
    data["error_count"] = len(report.errors)
    if baseline is not None:
        data["baseline"] = report_json(baseline)
    return data
