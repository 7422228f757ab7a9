"""The kit's dates against Microsoft Recognizers-Text's English date specs (vendored, MIT).

Source: tests/public/recognizers-text/Specs/DateTime/English/DateParser.json and
DatePeriodParser.json (see tests/public/DATES.md). Each in-scope case is one parametrised test with
the case's input as its id. A case the kit gets wrong is reported as xfail with its failure kind:
the suite asserts a pinned pass-rate floor (PASS_RATE_FLOOR) rather than every case, so the rules
can improve one at a time. Raise the floor when the kit gets better.

How a case is read:
- published = Context.ReferenceDateTime[:10] (no Context: None, the case being absolute).
- The expected date is upstream's PastResolution (news reads the past) except where CONTRACT.md
  says otherwise: a bare weekday, month or day in a future-tense sentence ("I'll go back on
  Friday") takes the next one, so where the two resolutions differ and the input is in the
  future tense (will, 'll, shall, going to) the expected date is FutureResolution.
- A day result is compared as YYYY-MM-DD; a period as the kit's granularity start: a week (and a
  weekend) as its Monday, a month as YYYY-MM, a year as YYYY; an explicit range ("from Oct. 2 to
  October 22") by its first day, which the kit's first date in the span must give.
- The kit's date is the one whose span overlaps upstream's span most (ties: the earliest); the
  granularity must match too.
- Month and weekday names are given capitalised, as news prints them (upstream lower-cases some
  inputs; the kit reads a lower-case "may" or "march" as a verb on purpose).
- Out of scope, by rule, with counts: tests/public/date_exclusions.toml.

`python tests/test_dates_external.py` prints the totals and the most common failure kinds.
"""
from __future__ import annotations

import collections
import datetime as dt
import functools
import json
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

import kit

PUBLIC = Path(__file__).parent / "public"
SPECS = PUBLIC / "recognizers-text" / "Specs" / "DateTime" / "English"
FILES = {"DateParser.json": "DP", "DatePeriodParser.json": "DPP"}
EXCLUSIONS = PUBLIC / "date_exclusions.toml"

# Measured 2026-11-25: 64 of 205 in-scope cases pass (0.312); 2026-11-29: 65 (0.317). Set about 0.02
# below the measured rate.
PASS_RATE_FLOOR = 0.30

if not all((SPECS / f).exists() for f in FILES) or not EXCLUSIONS.exists():  # pragma: no cover
    pytest.skip("vendored Recognizers-Text date specs not found", allow_module_level=True)

FUTURE_TENSE = re.compile(r"\b(?:will|shall|going\s+to)\b|['’]ll\b", re.I)
_CAPITALISE = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


@dataclass(frozen=True)
class Case:
    id: str
    file: str
    index: int
    input: str
    text: str  # upstream's span text
    start: int
    end: int
    published: dt.date | None
    timex: str
    reading: str  # "past" or "future"
    gran: str | None  # expected granularity: day, week, month, year
    date: str | None  # expected date string
    range: bool
    past: tuple  # (granularity, date) of upstream's past reading
    future_date: str | None  # upstream's future reading of a day
    rule: str | None  # the exclusion rule's id, None when in scope


# ------------------------------------------------------------------------------------------------
# Loading and scoping


def _rules() -> list[dict]:
    return tomllib.loads(EXCLUSIONS.read_text(encoding="utf-8"))["rule"]


def _excluded_by(raw: dict, result: dict | None, rules: list[dict]) -> str | None:
    flags = " ".join(str(raw.get(k, "")) for k in ("NotSupported", "NotSupportedByDesign")).lower()
    for rule in rules:
        m = rule["match"]
        if m.get("python_flagged") and "python" in flags:
            return rule["id"]
        if m.get("no_result") and result is None:
            return rule["id"]
        if result is None:
            continue
        value = result["Value"]
        past = value.get("PastResolution") or {}
        if m.get("empty_resolution") and not past:
            return rule["id"]
        if "timex" in m and re.search(m["timex"], value.get("Timex", "")):
            return rule["id"]
        if "resolution" in m and any(re.search(m["resolution"], str(v)) for v in past.values()):
            return rule["id"]
        if "text" in m and re.search(m["text"], result["Text"], re.I):
            return rule["id"]
    return None


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, 1)


def expected_of(value: dict, reading: str) -> tuple[str | None, str | None, bool]:
    """(granularity, date, is_range) of one upstream result in the kit's conventions."""
    res = value.get("FutureResolution" if reading == "future" else "PastResolution") or {}
    timex = value.get("Timex", "")
    if "date" in res:
        return "day", res["date"], False
    if "startDate" not in res:
        return None, None, False
    s = dt.date.fromisoformat(res["startDate"])
    e = dt.date.fromisoformat(res["endDate"]) if res.get("endDate") else None
    if re.fullmatch(r"\d{4}", timex):
        return "year", timex, False
    if re.fullmatch(r"\d{4}-\d\d", timex):
        return "month", timex, False
    if re.fullmatch(r"XXXX-\d\d", timex):
        return "month", s.isoformat()[:7], False
    m = re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", timex)
    if m:  # a week, or its weekend, named by ISO week: the Monday (also where Mod narrows the span)
        return "week", dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat(), False
    if e is not None and not timex.startswith("("):
        if (e - s).days == 7 and s.weekday() == 0:
            return "week", s.isoformat(), False
        if (e - s).days == 2 and s.weekday() == 5:
            return "week", _monday(s).isoformat(), False
        if s.day == 1 and e == _add_months(s, 1):
            return "month", s.isoformat()[:7], False
        if (s.month, s.day) == (1, 1) and e == dt.date(s.year + 1, 1, 1):
            return "year", str(s.year), False
    return "day", s.isoformat(), True  # an explicit range: its first day


def _span(inp: str, result: dict) -> tuple[int, int]:
    start, text = result["Start"], result["Text"]
    if inp[start:start + len(text)].lower() == text.lower():
        return start, start + len(text)
    at = inp.lower().find(text.lower())
    return (at, at + len(text)) if at >= 0 else (start, start + result.get("Length", len(text)))


def _case_id(short: str, i: int, inp: str) -> str:
    return f"{short}{i:03d}-" + re.sub(r"\s+", " ", inp.strip())[:60]


@functools.cache
def all_cases() -> tuple[Case, ...]:
    rules = _rules()
    out = []
    for fname, short in FILES.items():
        raw_cases = json.loads((SPECS / fname).read_text(encoding="utf-8-sig"))
        for i, raw in enumerate(raw_cases):
            results = raw.get("Results") or []
            result = results[0] if results else None
            ref = (raw.get("Context") or {}).get("ReferenceDateTime")
            published = dt.date.fromisoformat(ref[:10]) if ref else None
            inp = raw["Input"]
            rule = _excluded_by(raw, result, rules)
            gran = date = None
            is_range = False
            reading = "past"
            past_exp, future_date = (None, None), None
            start = end = 0
            text, timex = "", ""
            if result is not None:
                value = result["Value"]
                timex = value.get("Timex", "")
                text = result["Text"]
                start, end = _span(inp, result)
                past, fut = value.get("PastResolution"), value.get("FutureResolution")
                if past != fut and FUTURE_TENSE.search(inp):
                    reading = "future"  # CONTRACT.md: the next one in a future-tense sentence
                gran, date, is_range = expected_of(value, reading)
                past_exp = expected_of(value, "past")[:2]
                future_date = (fut or {}).get("date")
            out.append(Case(_case_id(short, i, inp), fname, i, inp, text, start, end, published, timex,
                            reading, gran, date, is_range, past_exp, future_date, rule))
    return tuple(out)


def in_scope() -> list[Case]:
    return [c for c in all_cases() if c.rule is None]


# ------------------------------------------------------------------------------------------------
# Running the kit on one case


def news_case(text: str) -> str:
    """Month and weekday names capitalised, as news prints them (same length, same offsets)."""
    return _CAPITALISE.sub(lambda m: m.group().capitalize(), text)


SHAPES = [  # (kind, pattern on upstream's span text), first match wins; for grouping failures
    ("year-month in digits ('2016-11', '11/2016', '2015.3')", r"^\d{4}\s*[-/.]\s*\d{1,2}$|^\d{1,2}\s*[-/]\s*\d{4}$"),
    ("all-digit date ('4/22', '21-04-2016', '13.5.2015')", r"^\d{1,4}\s*[-/.,]\s*\d{1,2}(?:\s*[-/.,]\s*\d{2,4})?$"),
    ("day, month and year with full stops ('16. Nov. 2016')", r"^\d{1,2}\.\s*[a-z]{3}"),
    ("month abbreviation joined by - or / ('Oct-2', '2019-sep-1')", r"^(?:\d{4}[-/])?[a-z]{3,4}\.?[-/]\d|^\d{4}[-/][a-z]{3}"),
    ("ordinal weekday of a month ('the first Friday of July', 'second Sunday')",
     r"\b(?:first|second|third|fourth|fifth|last)\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"),
    ("weekday with a relative week ('Friday next week', 'next week Sunday')",
     r"(?:mon|tues|wednes|thurs|fri|satur|sun)day.*\bweek\b|\bweek\b.*(?:mon|tues|wednes|thurs|fri|satur|sun)day"),
    ("the day after tomorrow / the next day", r"\bday\s+after\b|\bnext\s+day\b"),
    ("offset from a day ('two days after today', 'in 3 weeks', 'two weeks from now')",
     r"\b(?:from|after|before)\s+(?:now|today|tomorrow|yesterday)\b|^in\s+\d+\s+\w+$"),
    ("'N units ago' (day expected)", r"\bago\b"),
    ("day of the month alone ('the 27th', 'on 15', 'the second')",
     r"^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?$|^the\s+(?:[a-z]+[\s-])?[a-z]+$"),
    ("day in words ('Jan first', 'May twenty one', 'second of Aug')",
     r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twenty|thirty|"
     r"one|two|three|fifteen)\b"),
    ("weekday and day of the month ('Friday the 15th')", r"(?:day)\s+the\s+\d"),
    ("day of a relative month ('20th of next month')", r"\d(?:st|nd|rd|th)?\s+of\s+(?:this|next|last)\s+month"),
    ("week named by a day or number ('week of Sept 16', 'w/c Feb 4', 'week 10')",
     r"\bweek\s+(?:of|starting|beginning|commencing)\b|\bw/c\b|^week\s+\d+$|\bweek\s+of\b|\bmonth\s+of\b"),
    ("weekend", r"\bweekend\b"),
    ("early/late or earlier in a period ('late last week')", r"^(?:early|late|earlier|later|mid)\b"),
    ("relative week/month/year ('this week', 'coming week', 'upcoming month')",
     r"\b(?:this|next|last|coming|current|upcoming|previous|the)\s+(?:week|month|year)\b"),
    ("month name with a year ('June 2016', '2016, Nov', 'August 99')",
     r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*,?\s*'?\d{2,4}$|^\d{4}\s*,?\s*[a-z]+$"),
    ("bare or relative month ('February', 'last Sept', 'this September')",
     r"^(?:this\s+|next\s+|last\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$"),
    ("weekday ('Friday', 'next Sunday')", r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"),
    ("month and day ('Oct. 2', '1st Jan', 'Feb 29')", r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
]


def shape_of(case: Case) -> str:
    if case.range:
        return "explicit date range, first day ('from 4 to 22 this month')"
    for name, pat in SHAPES:
        if re.search(pat, case.text, re.I):
            return name
    return "other"


@dataclass(frozen=True)
class Outcome:
    ok: bool
    got: tuple | None  # (text, date, granularity) of the kit's chosen mention
    kind: str | None  # the failure kind, None when ok
    past_ok: bool  # whether the kit's answer equals upstream's PastResolution reading


@functools.cache
def outcome(case: Case) -> Outcome:
    text = news_case(case.input)
    try:
        article = kit.Article.from_text(text)
        found = kit.extract(article, published=case.published).date_dicts()
    except kit.KitError as e:
        return Outcome(False, None, f"kit refused the input ({type(e).__name__})", False)
    start, end = case.start, case.end
    if article.text != text:  # cleaning moved the text: find the span again
        at = article.text.lower().find(case.text.lower())
        if at < 0:
            return Outcome(False, None, "span lost in cleaning", False)
        start, end = at, at + len(case.text)
    overlapping = [d for d in found if d["start"] < end and start < d["end"]]
    if not overlapping:
        return Outcome(False, None, f"missed: {shape_of(case)}", False)
    if case.range:
        best = min(overlapping, key=lambda d: d["start"])
    else:
        best = max(overlapping, key=lambda d: (min(end, d["end"]) - max(start, d["start"]), -d["start"]))
    got = (best["text"], best["date"], best["granularity"])
    ok = best["date"] == case.date and best["granularity"] == case.gran
    past_ok = (best["granularity"], best["date"]) == case.past  # upstream's past reading, for the report
    if ok:
        return Outcome(True, got, None, past_ok)
    if best["date"] is None:
        kind = "date left null"
    elif best["granularity"] != case.gran:
        kind = f"granularity {best['granularity']}, want {case.gran}"
    elif case.reading == "future" and past_ok:
        kind = "past reading in a future-tense sentence"
    elif case.reading == "past" and case.future_date and best["date"] == case.future_date:
        kind = "future reading where the past is wanted"
    else:
        kind = "wrong date"
    return Outcome(False, got, f"{kind}: {shape_of(case)}", past_ok)


# ------------------------------------------------------------------------------------------------
# Tests


def test_exclusion_counts_match_the_data_file():
    """date_exclusions.toml states how many cases each rule removes; keep it true."""
    counts = collections.Counter(c.rule for c in all_cases() if c.rule)
    rules = _rules()
    stated = {r["id"]: r["count"] for r in rules}
    assert dict(counts) == {k: v for k, v in stated.items() if v}, (
        "update the counts in tests/public/date_exclusions.toml: " + repr(dict(counts)))
    assert sum(1 for c in all_cases() if c.rule is None) == tomllib.loads(
        EXCLUSIONS.read_text(encoding="utf-8"))["in_scope"]


def test_every_in_scope_case_has_an_expected_date():
    missing = [c.id for c in in_scope() if c.date is None or c.gran is None]
    assert not missing


@pytest.mark.parametrize("case", in_scope(), ids=lambda c: c.id)
def test_date_case(case: Case):
    o = outcome(case)
    if not o.ok:
        pytest.xfail(f"{o.kind} — want {case.date} ({case.gran}), got {o.got}")


def test_pass_rate_floor():
    cases = in_scope()
    passed = sum(outcome(c).ok for c in cases)
    rate = passed / len(cases)
    assert rate >= PASS_RATE_FLOOR, f"{passed}/{len(cases)} = {rate:.3f} < floor {PASS_RATE_FLOOR}\n" + report()


def report(top: int = 10) -> str:
    cases = in_scope()
    outs = {c.id: outcome(c) for c in cases}
    passed = sum(o.ok for o in outs.values())
    past_passed = sum(o.past_ok for o in outs.values())
    excluded = collections.Counter(c.rule for c in all_cases() if c.rule)
    lines = [
        f"cases {len(all_cases())}, in scope {len(cases)}, passing {passed}, "
        f"pass rate {passed / len(cases):.3f}, floor {PASS_RATE_FLOOR}",
        f"  (read strictly against PastResolution: {past_passed} pass, {past_passed / len(cases):.3f}; "
        f"{sum(c.reading == 'future' for c in cases)} in-scope cases take the future reading)",
        "excluded: " + ", ".join(f"{k} {v}" for k, v in excluded.most_common()),
        f"top {top} failure kinds:",
    ]
    kinds: dict[str, list[Case]] = collections.defaultdict(list)
    for c in cases:
        if not outs[c.id].ok:
            kinds[outs[c.id].kind].append(c)
    for kind, cs in sorted(kinds.items(), key=lambda kv: -len(kv[1]))[:top]:
        c = cs[0]
        lines.append(f"  {len(cs):3d}  {kind}\n       e.g. {c.input!r} (ref {c.published}) want {c.date} "
                     f"({c.gran}), got {outs[c.id].got}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
