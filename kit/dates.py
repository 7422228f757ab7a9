"""Date expressions in the body and captions, resolved against the publication day.

The conventions are CONTRACT.md's "Dates" paragraph: a day is YYYY-MM-DD, a week its Monday,
a month YYYY-MM, a year YYYY; "last night" is the day before publication, "overnight" and "this
morning" the day itself; a bare weekday or month is the most recent past one in a past-tense
sentence and the next one in a future-tense sentence. Without a publication day, relative
expressions keep `date: null`: the kit never reads today's clock.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from .lexicon import first_char_alternation, may_end_with, word_list
from .numbers import tokenize

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMWORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_ORD = r"(?:st|nd|rd|th)?"

# Each alternative is a named group; none has nested repetition, so matching stays linear. Each group
# opens with a look-ahead at the characters it can open with (re.I: either case), so where a date is
# tried but none opens ("on Friday", "the 40 staff"), the matcher leaves most groups after one test
# instead of trying their words one by one. tests/test_dates.py checks each look-ahead against the
# stdlib's own reading of its group (lexicon.opening_characters): edit a group, and the test names the
# look-ahead it needs.
DATE_RE = re.compile(
    rf"""
    (?P<dmy>(?=[\dfmstw])\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}}\b)
    |(?P<mdy>(?=[adfjmnostw])\b(?:{_WEEKDAY},?\s+)?{_MONTH}\.?\s+\d{{1,2}}{_ORD},?\s+\d{{4}}\b)
    |(?P<iso>(?=[\d])\b\d{{4}}-\d{{2}}-\d{{2}}\b)
    |(?P<num>(?=[\d])\b\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})\b)
    |(?P<dm>(?=[0-9fmstw])\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?:[12]\d|3[01]|0?[1-9]){_ORD}\s+(?:of\s+)?{_MONTH}\b)
    |(?P<md>(?=[adfjmnostw])\b(?:{_WEEKDAY},?\s+)?{_MONTH}\.?\s+(?:[12]\d|3[01]|0?[1-9]){_ORD}\b(?![,.]?\d))
    |(?P<my>(?=[adfjmnos])\b{_FULL_MONTH}\s+\d{{4}}\b)
    |(?P<rel_day>(?=[eiloty])\b(?:(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|last\s+night|overnight|this\s+(?:morning|afternoon|evening)|
        earlier\s+today|later\s+today|in\s+the\s+early\s+hours(?:\s+of\s+(?:this|the)\s+morning)?|the\s+day\s+before\s+yesterday)\b)
    |(?P<weekday>(?=[aeflmnstw])\b(?:(?:last|next|this|as\s+recently\s+as|early|late)\s+)?{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?\b)
    |(?P<ago>(?=[\daefnost])\b{_NUMWORD}\s+(?:days?|weeks?|months?|years?)\s+ago\b)
    |(?P<rel_period>(?=[elnt])\b(?:(?:earlier|later)\s+)?(?:this|last|next|the\s+previous|the\s+past|the\s+coming)\s+(?:week|month|year|weekend)\b)
    |(?P<weekend>(?=[ao])\b(?:at|over)\s+the\s+weekend\b)
    |(?P<part_of>(?=[abfistu])\b(?:(?:in|since|by|until|till|from|before|after|to|at|towards|around)\s+)?the\s+(?:end|start|beginning|middle|turn)\s+of\s+(?:{_FULL_MONTH}\b(?!\s+\d)|(?:18|19|20)\d\d\b(?![-–/]\d|,\d|\.\d|\s*%))|the\s+(?:end|start|beginning)\s+of\s+the\s+(?:year|month)\b)
    |(?P<month_only>(?=[abdefilmnostu])\b(?:in|since|by|until|till|into|from|during|before|after|to|through|last|next|this|early|late|mid-?|earlier\s+in|later\s+in|of|between|its|their|on|and(?!\s+May\b))\s+(?:early\s+|late\s+|mid-?)?{_FULL_MONTH}\b(?!\s+\d)(?:\s+(?:of\s+)?(?:last|next|this)\s+year\b)?)
    |(?P<year_span>(?=[bfiy])\b(?:between|in|from|years)\s+(?:18|19|20)\d\d\s+(?:and|to|or)\s+(?:18|19|20)\d\d\b(?![-–/]\d|,\d|\.\d|\s*%))
    |(?P<year>(?=[abcdefilmostu])\b(?:(?:in|since|by|until|till|from|during|before|after|of|for|over|early|late|mid-?|the\s+year|back\s+in|around|circa|on)\s+|mid-)(?:18|19|20)\d\d\b(?![-–/]\d|,\d|\.\d|\s*%|\s+\d))
    |(?P<year_of>(?=[athi])\b(?:(?:the|a)\s+(?:[a-z]+\s+)?(?:18|19|20)\d\d(?=\s+[a-z][a-z-]+\b)(?!\s+(?:to|and|or|per|of|a|an|in|on|at|more|fewer|new|extra|additional|further)\b)|(?:its|their|his|her)\s+(?:18|19|20)\d\d(?=\s+(?:outlook|forecasts?|guidance|budgets?|targets?|results|season|plans?|accounts|reports?|campaign|election|strategy|programme|program|edition)\b)))
    |(?P<year_mod>(?=[12])(?:(?<=\bits\s)|(?<=\btheir\s)|(?<=['’]s\s))(?:18|19|20)\d\d(?=\s+[a-z][a-z-]*[a-rt-z]\b)(?!\s+(?:to|and|or|per|of|a|an|in|on|at|more|fewer|new|extra|additional|further)\b))
    """,
    re.X | re.I,
)
FUTURE = re.compile(
    r"\b(?:will|would|shall|won't|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|is\s+to|are\s+to|plans?\s+(?:to|an?)|"
    r"forecasts?\s+(?:more\s+|further\s+|heavy\s+|heavier\s+|strong\s+|light\s+)*(?:rain|snow|showers|storms|"
    r"thunderstorms|winds|gales|sleet|hail|temperatures|highs|lows|sunshine|fog|frost)|"  # "forecast more heavy rain on Saturday"
    r"planning\s+to|is\s+expected\s+to|are\s+expected\s+to|scheduled\s+(?:to|for)|going\s+to|upcoming|next|'ll|’ll|intends?\s+to|"
    r"could|might|due\s+to|forecast\s+to|payable|(?:is|are)\s+(?:also\s+)?(?:holding|meeting|hosting|launching|opening|"
    r"starting|visiting|travelling|traveling|releasing|publishing|staging|facing)|"
    r"(?:agreed|pledged|promised|vowed|voted|decided|aims?|hopes?|wants?|seeks?|expects?|expected)\s+to|ahead\s+of|"
    r"due\s+(?:in|at|back|on)\b|"  # "an advance team due in Batken on Thursday"
    r"(?:closes|opens|starts|begins|ends|expires|resumes|runs)(?!\s+of\b)|must|(?:stops?|ceases?)\s+being|"
    # news gives a schedule in the present ("the old notes stop being legal tender on February 28")
    # (not the noun of "at both ends of the canal")
    r"(?:takes?|taking)\s+effect|(?:comes?|coming)\s+into\s+(?:force|effect))\b",  # "rules taking effect on August 1"
    re.I,
)


@cache
def _tense_cue() -> re.Pattern:
    """A verb that shows a tense: a future marker, or a past one (kit/lexicons/past_verbs.txt, or "-ed")."""
    past = first_char_alternation(word_list("past_verbs"), ignore_case=True)  # (re.I: grouped by lower-case letter)
    # "it cut", "which hit": a verb that is the same in the present and the past reads as past after a
    # singular subject (the present would be "cuts", "hits")
    same = r"(?:it|he|she|which|who)\s+(?:cut|put|set|hit|shut|let|cost|spread|quit|hurt|split|bid)"
    # "-ed" marks the past, but not in "feed", "need", "speed", "exceed" (a present "-eed"; "agreed", "freed" are past)
    ed = r"(?:\w+(?<!e)ed|agreed|freed|decreed|guaranteed|refereed)"
    return re.compile(rf"(?P<future>{FUTURE.pattern}|\bplanning\b)|(?P<past>\b(?:{past}|{ed}|{same})\b)", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|could|might|'ll|’ll)\s+(?:(?:stay|remain|be|get|become|keep)\s+)?$", re.I)
_NOT_FINITE = re.compile(r"\b(?:be|been|being|to|get|gets|got|is|are|stay|stays|stayed|remain|remains|remained)\s+(?:\w+ly\s+)?$", re.I)
_PERFECT = re.compile(r"\b(?:has|have|’ve|'ve)\s+(?:\w+ly\s+|not\s+|also\s+|already\s+)?$", re.I)
# the words each of the three ends with, before its white space (may_end_with: "ll" for "'ll", "ly" for "\w+ly")
_MODAL_LAST = ("will", "would", "shall", "could", "might", "ll", "stay", "remain", "be", "get", "become", "keep")
_NOT_FINITE_LAST = ("be", "been", "being", "to", "get", "gets", "got", "is", "are", "stay", "stays", "stayed", "remain",
                    "remains", "remained", "ly")
_PERFECT_LAST = ("has", "have", "ve", "ly", "not", "also", "already")
_CASE_SENSITIVE = ("weekday", "month_only", "dm", "md", "my")


@dataclass
class DateMention:
    text: str
    date: str | None
    granularity: str
    where: str  # "body" or "caption"
    start: int
    end: int
    caption: int | None = None

    def to_dict(self) -> dict:
        d = {"text": self.text, "date": self.date, "granularity": self.granularity, "where": self.where,
             "start": self.start, "end": self.end}
        if self.caption is not None:
            d["caption"] = self.caption
        return d


def find_dates(text: str, published: dt.date | None, where: str = "body", sentence_of=None,
               tokens=None) -> list[DateMention]:
    """Every date expression in TEXT with its resolved date (None where it cannot be resolved).

    >>> [(d.text, d.date) for d in find_dates("He left on Tuesday.", dt.date(2022, 2, 17))]
    [('Tuesday', '2022-02-15')]

    TOKENS, when given, are numbers.tokenize(TEXT), so the text is not read twice.
    """
    out = []
    for m in _date_matches(text, tokens):
        kind = m.lastgroup
        surface = m.group()
        if kind == "year_span":  # "between 1993 and 2024", "in 2034 and 2042", "from 2019 to 2022": two years
            for y in re.finditer(r"\d{4}", surface):
                out.append(DateMention(y.group(), y.group(), "year", where, m.start() + y.start(), m.start() + y.end()))
            continue
        told_as = surface
        if kind == "part_of":  # "at the end of November", "by the start of 2027": that month or year
            kind = "year" if surface[-1].isdigit() else "month_only"
            if surface.lower().endswith(("the year", "the month")):
                kind, told_as = "rel_period", "this " + surface.split()[-1]  # "by the end of the year": this year
        if kind in ("year_of", "year_mod"):  # "the 2022 election", "a 2030 target", "its 2024 quota", "the court's 2022
            # ruling": that year (a plural after "its" is counted: "its 2000 workers")
            y = _found(re.search(r"\d{4}", surface))
            out.append(DateMention(y.group(), y.group(), "year", where, m.start() + y.start(), m.start() + y.end()))
            continue
        if kind in _CASE_SENSITIVE and not _capitalised_name(surface):
            continue
        start, end = m.start(), m.end()
        # drop a leading preposition from the text (the contract allows either)
        lead = _LEAD_PREP.match(surface)
        if lead and kind in ("month_only", "year", "weekend") and m.lastgroup != "part_of" \
                and lead.group().split()[0].lower() not in ("before", "through"):  # (a bound, kept: "before March")
            start += lead.end()
            surface = surface[lead.end():]
        sentence = sentence_of(start) if sentence_of else _sentence_around(text, start)
        before = text[max(0, m.start() - 160):m.start()]
        before = _SENTENCE_END.split(before)[-1]  # this sentence's words only
        told = _tense_before(before)
        perfect = told == _PERFECT_TOLD
        if perfect:
            told = None
        future: bool | str | None = told  # True, False, NEAREST, or None where no tense is told
        if future is None and not (perfect and kind in ("dm", "md")):
            # (not after a perfect: "has called further stoppages on 27 May, and said ...": the call is past, the
            # day it names may lie ahead; the nearest such day)
            # the words after the date, to the end of its sentence but no further than a few clauses: a
            # sentence of a thousand dates must not be read a thousand times
            at = sentence.find(surface, 0, _AFTER_WINDOW * 4)  # as written early in the sentence, else from the text
            after = sentence[at + len(surface):at + len(surface) + _AFTER_WINDOW] if at >= 0 else \
                _SENTENCE_END.split(text[end:end + _AFTER_WINDOW], maxsplit=1)[0]
            future = _tense_after(after)
        prep = surface_lead(m.group())
        if not prep.isalpha() or prep in _MONTH_WORDS or (kind == "weekday" and prep in _WEEKDAYS) or (
                m.lastgroup == "part_of" and prep == "the"):  # "through the end of March": "through"
            words = before.split()
            prep = surface_lead(words[-1]) if words else ""  # "runs until 3 March", "until Thursday"
            if len(words) > 2 and words[-2].lower() == "at" and words[-1].lower() == "least" \
                    and words[-3].lower() in ("until", "till"):
                prep = "until at least"  # "cancelled all sailings until at least 10 December": a bound still ahead
        period = _PERIOD_TO.search(text, max(0, start - 60), start) if kind == "month_only" else None
        if period:
            # a reporting period's end: "fell 9% in the year to March" has ended, the last March; "the year
            # ending in March" may still run, the nearest March
            future = NEAREST if period.group(1).lower().startswith("ending") else False
        elif kind == "month_only" and prep == "from" and _TO_DO.search(text, max(0, m.start() - 80), m.start()):
            future = True  # "will offer the jab ... from September", "forcing it to cut rations by 30% from April"
        elif kind in ("month_only", "dm", "md", "weekday") and prep in ("until", "till") and _PUT_OFF.search(before):
            future = True  # "agreed to postpone a planned increase in production until April": a new date ahead
        elif kind in ("month_only", "dm", "md", "weekday") and prep == "until at least":
            future = True  # "will stay closed until at least Friday", "has cancelled sailings until at least 10 December"
        elif kind in ("month_only", "dm", "md", "weekday") and prep in ("since", "earlier"):
            future = False  # "since April", "since Monday": the last one
        elif kind == "weekday" and prep == "for":
            future = True  # "the unions have called a march for Saturday": an event set for a day ahead
        elif kind in ("month_only", "dm", "md") and prep == "in" and _STARTING.search(before):
            future = NEAREST  # "the fiscal year starting in April": the nearest April
        elif kind in ("dm", "md") and prep == "from" and future is not True:
            future = NEAREST  # "duties on cars imported from China from July 5": the nearest July 5
        elif kind in ("dm", "md") and (prep == "before" or (prep == "to" and before.rstrip().lower().endswith("up to"))):
            future = NEAREST  # "no relief before June 2", "use-by dates up to 14 February": a bound, the nearest such day
        elif kind == "month_only" and prep == "before" and (
                told is not False or _TO_DO.search(text, max(0, m.start() - 80), m.start())):
            future = True  # "as it tries to close a budget gap before April": a deadline ahead
        elif kind == "month_only" and prep == "by" and (told is not False or _TO_DO.search(text, max(0, m.start() - 80), m.start())):
            # "could reach 100,000 boepd by December", "to peak by June, the company said", "expected prices to
            # recover by June": a deadline ahead
            future = True
        elif kind in ("month_only", "dm", "md", "weekday") and prep in ("until", "till", "into", "through"):
            # "the needs of new arrivals until December" looks ahead; "he served until March" does not
            future = _tense_before(" ".join(re.split(r"[,;:]", before)[-1].split()[-4:]) + " ") is not False
        if future is None and where == "caption" and kind == "month_only":
            future = False  # a photograph's caption tells what has happened ("at the investor day in March")
        untold = future is None
        if future is None:
            # no tense at all ("The window closes on 1 September"): the nearest such day or month,
            # and for a weekday the one before publication, as most news reports what happened
            future = NEAREST if kind in ("month_only", "dm", "md") else False
        if untold and kind == "month_only" and published is not None and "this year" in sentence \
                and _month_num(_found(re.search(_FULL_MONTH, surface, re.I)).group()) <= published.month:
            future = False  # "its second eruption this year, after a smaller blast in April": this year's April
        date, gran = resolve(kind, told_as if m.lastgroup == "part_of" else surface, published, future)
        if kind == "rel_period" and gran == "year" and re.search(r"\b(?:previous|preceding)\s+year\b", surface, re.I) \
                and (years := _YEAR_BEFORE.findall(before)):
            date = f"{int(years[-1]) - 1:04d}"  # "11.2 million journeys in 2023, up 6% on the previous year": 2022
        if m.lastgroup == "part_of":
            # "by the end of 2026" is given as "end of 2026": the year or month with the part of it, no article
            cut = _found(_PART_WORD.search(surface)).start()
            surface, start = surface[cut:], start + cut
        out.append(DateMention(surface, date, gran, where, start, end))
    return out


_PART_WORD = re.compile(r"\b(?:end|start|beginning|middle|turn)\b")
# a preposition leading a date's text: "in March", "back in 2019"
_LEAD_PREP = re.compile(r"(?i)(?:in|into|for|since|by|until|till|from|during|before|after|to|through|of|on|at|over|back\s+in|"
                        r"between|and|its|their|"
                        r"around|circa)\s+")


# Words that can open a date expression: the pattern is tried only at a token that is one of
# them, and only where a word that every date holds (a month, a weekday, a digit, "week",
# "yesterday" ...) follows within a few tokens; the rest of the text is never matched against it.
MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
_NAMES = MONTH_ABBREVIATIONS + MONTHS + _WEEKDAYS
_RELATIVE = "today yesterday tomorrow tonight overnight".split()


def _with_possessives(words) -> frozenset[str]:
    return frozenset(w + s for w in words for s in ("", "'s", "’s"))  # "Monday's", "today's"


_OPENER_WORDS = _with_possessives(_NAMES + _RELATIVE + (
    "last next this earlier later in into for between since by until till from during before after to through early "
    "late mid of the at over back around circa as a an years one two three four five six seven eight nine ten eleven "
    "twelve its their and on").split())
_ANCHOR_WORDS = _with_possessives(_NAMES + _RELATIVE + (
    "night morning afternoon evening hours day days week weeks weekend month months year years").split())
_ANCHOR_WINDOW = 6  # tokens: "in the early hours" holds its anchor three tokens after the opener


def _date_matches(text: str, tokens=None):
    """DATE_RE's matches, tried only where a date can open (the same as finditer, faster)."""
    if tokens is None:
        tokens = tokenize(text)
    anchors = [k for k, t in enumerate(tokens) if t.kind == "num" or t.low in _ANCHOR_WORDS]  # few: read each token once
    # an opener is tried only with an anchor within the window after it: the tokens up to a window before
    # each anchor, a few a date, are the only ones looked at again
    # (the anchors ascend: each adds the tokens of its window after the last one added, so the list ascends
    # without a set or a sort)
    near: list[int] = []
    for x in anchors:
        near.extend(range(max(0, x - _ANCHOR_WINDOW + 1, near[-1] + 1 if near else 0), x + 1))
    pos = 0
    for k in near:
        t = tokens[k]
        if (t.kind == "num" or t.low in _OPENER_WORDS) and t.start >= pos:
            m = DATE_RE.match(text, t.start)
            if m:
                yield m
                pos = m.end()


NEAREST = "nearest"  # no tense to go by: the occurrence nearest the publication day


_WORD_START = re.compile(r"['’]ll\b|\w+")  # where a tense cue can begin: a word, or "'ll"


# the end of a reporting period: "in the year to March", "for the year ending in March", "the 12 months to June"
_PERIOD_TO = re.compile(r"\b(?:year|years|months|quarter|half|weeks|period)\s+(to|ending(?:\s+in)?|ended(?:\s+in)?)\s+$", re.I)
# an act still to come in the clause before "from <month>": a modal or an infinitive
_TO_DO = re.compile(r"\b(?:(?:will|would|shall|to)\s+(?![\d£$€¥₹])|(?:wants?|wanted)\s+)(?:(?:[^\s,;.]|[,.](?=\d))+\s+){0,10}?$")
# (not the preposition of "had climbed to 1,968 trillion won by the end of September")  # ("wanted 1 million visitors by December")
# a date set by putting something off: "postpone ... until April", "delayed until March"
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\b(?![-–/]\d|,\d|\.\d|\s*%)")
_STARTING = re.compile(r"\b(?:starting|beginning)\s+$", re.I)
_PUT_OFF = re.compile(r"\b(?:postpone|postponed|postponing|delay|delayed|delaying|defer|deferred|extend|extended|adjourn|adjourned|"
                      r"extending|push\s+back|pushed\s+back)\b[^,;]{0,60}$", re.I)


_AFTER_WINDOW = 200  # characters after a date read for its tense ("On Tuesday, the EU said ...")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])|\n")


def _tense_before(before: str) -> bool | str | None:
    """The tense of the nearest verb before the date that shows one ("fell 6 points to 4.41% on
    Monday after ... would cut" is past; "said it would send a team at the weekend" is future).

    The words are read backwards from the date, so the work stops at the nearest cue."""
    cue_re = _tense_cue()
    starts = [w.start() for w in _WORD_START.finditer(before)]
    for idx in range(len(starts) - 1, -1, -1):
        cue = cue_re.match(before, starts[idx])
        if cue is None:
            continue
        for back in range(max(0, idx - 3), idx):
            # a future phrase opening a few words earlier holds this word ("is expected to")
            wider = cue_re.match(before, starts[back])
            if wider is not None and wider.lastgroup == "future" and wider.end() > cue.start():
                return True
        if cue.lastgroup == "past" and ((cue.start() > 0 and before[cue.start() - 1] == "-")
                                        or before[cue.end():cue.end() + 1] == "-"):
            continue  # "hardest-hit districts", "paid-up capital": part of a compound, not a verb
        if before[cue.start()].isupper() and cue.start() > 0 and before[cue.start() - 2:cue.start()].strip():
            continue  # "the 41st Mechanised Brigade", "the Planning Reform Bill": a name, not a verb
        if cue.lastgroup == "past" and may_end_with(before, max(0, cue.start() - 12), cue.start(), _MODAL_LAST) \
                and _MODAL_BEFORE.search(before, max(0, cue.start() - 12), cue.start()):
            return True  # "will shut by the end of September": a verb after a modal looks ahead
        if cue.lastgroup == "past" and may_end_with(before, max(0, cue.start() - 25), cue.start(), _NOT_FINITE_LAST) \
                and _NOT_FINITE.search(before, max(0, cue.start() - 25), cue.start()):
            continue  # "will be held", "to be formally reappointed": a participle, not a past tense
        if cue.lastgroup == "past" and may_end_with(before, max(0, cue.start() - 25), cue.start(), _PERFECT_LAST) \
                and _PERFECT.search(before, max(0, cue.start() - 25), cue.start()):
            return _PERFECT_TOLD  # "has announced ... from April": the report is past, what it reports may not be
        return cue.lastgroup == "future"
    return None


_PERFECT_TOLD = "perfect"  # _tense_before's answer after a perfect: no tense told of what the verb reports


def _tense_after(after: str) -> bool | None:
    """ "On Tuesday, the EU said ...": the first verb after the date that shows a tense."""
    for cue in _tense_cue().finditer(after):
        if cue.group().lower().startswith("ahead"):
            continue  # "ahead of" looks ahead only from before a date
        if cue.lastgroup == "past" and may_end_with(after, max(0, cue.start() - 25), cue.start(), _NOT_FINITE_LAST) \
                and _NOT_FINITE.search(after, max(0, cue.start() - 25), cue.start()):
            continue  # "if no deal is reached": a participle, not a past tense
        return cue.lastgroup == "future"
    return None


_MONTH_WORDS = frozenset(m.lower() for m in ("January February March April May June July August September October "
                                              "November December").split())


def surface_lead(surface: str) -> str:
    """The first word of a matched expression, lower case ("until" in "until December")."""
    return surface.split(None, 1)[0].lower() if surface.strip() else ""


_NAME_STEMS = [re.compile(name[:3], re.I) for name in MONTHS + _WEEKDAYS]  # "jan" ... "sun", compiled once


def _capitalised_name(surface: str) -> bool:
    for stem in _NAME_STEMS:
        m = stem.search(surface)
        if m:
            return surface[m.start()].isupper()
    return True


def _sentence_around(text: str, pos: int) -> str:
    """The words around POS up to the nearest full stops, within a bounded window."""
    lo = max(0, pos - 400)
    a = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1
    b = text.find(". ", pos, pos + 400)
    return text[a: b if b != -1 else min(len(text), pos + 400)]


def _month_num(word: str) -> int:
    return [m[:3] for m in MONTHS].index(word[:3].lower()) + 1


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _found(m: re.Match[str] | None) -> re.Match[str]:
    """M, the match of a pattern its surface is known to hold (the date pattern matched it)."""
    assert m is not None
    return m


def _ymd(y: int, mo: int, d: int) -> str | None:
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def resolve(kind: str, surface: str, pub: dt.date | None, future: bool | str) -> tuple[str | None, str]:
    """(date string, granularity) for one matched expression."""
    s = " ".join(surface.lower().split())
    if kind == "dmy":
        d, mo, y = _found(re.search(rf"(\d{{1,2}}){_ORD}\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{{4}})", s)).groups()
        return _ymd(int(y), _month_num(mo), int(d)), "day"
    if kind == "mdy":
        mo, d, y = _found(re.search(rf"([a-z]+)\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})$", s)).groups()
        return _ymd(int(y), _month_num(mo), int(d)), "day"
    if kind == "iso":
        y, mo, d = s.split("-")
        return _ymd(int(y), int(mo), int(d)), "day"
    if kind == "num":
        d, mo, y = s.split("/")
        y = int(y) + (2000 if len(y) == 2 else 0)
        return _ymd(y, int(mo), int(d)), "day"
    if kind in ("dm", "md"):
        nums = re.findall(r"\d{1,2}", s)
        mo = _month_num(_found(re.search(_MONTH, surface, re.I)).group())
        if pub is None:
            return None, "day"
        named = next((k for k, w in enumerate(_WEEKDAYS) if w in s), None)
        if named is not None and (day := _day_of_weekday(pub, mo, int(nums[0]), named)):
            return day, "day"  # "Friday 29 May": the year in which 29 May is a Friday, whatever the tense
        return _nearest_day(pub, mo, int(nums[0]), future), "day"
    if kind == "my":
        mo, y = s.split()
        return f"{int(y):04d}-{_month_num(mo):02d}", "month"
    if kind == "year":
        return _found(re.search(r"\d{4}", s)).group(), "year"
    if pub is None:
        return None, _granularity_of(kind, s)
    if kind == "rel_day":
        if "yesterday" in s or s == "last night":
            delta = -2 if "day before" in s else -1
        elif "tomorrow" in s:
            delta = 1
        else:
            delta = 0
        return (pub + dt.timedelta(days=delta)).isoformat(), "day"
    if kind == "weekday":
        return _weekday(pub, s, future).isoformat(), "day"
    if kind == "ago":
        n_word, unit = s.split()[:2]
        n = _small_number(n_word)
        if unit.startswith("day"):
            return (pub - dt.timedelta(days=n)).isoformat(), "day"
        if unit.startswith("week"):
            # the day itself: it lies in the week an annotator would name, and is the day if one is meant
            return (pub - dt.timedelta(weeks=n)).isoformat(), "day"
        if unit.startswith("month"):
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}", "month"
        return f"{pub.year - n:04d}", "year"
    if kind in ("rel_period", "weekend"):
        return _period(pub, s, future)
    if kind == "month_only":
        mo = _month_num(_found(re.search(_FULL_MONTH, surface, re.I)).group())
        y = pub.year
        if s.startswith("last "):
            future = False
            y -= 1 if mo >= pub.month else 0  # "last January", written in January: a year ago
        elif s.startswith("next "):
            future = True
            y += 1 if mo <= pub.month else 0
        if s.endswith(" year") and (rel := s.split()[-2]) in ("last", "next", "this"):
            y += {"last": -1, "next": 1, "this": 0}[rel]  # "since April last year": that April, a year back
        elif s.startswith(("last ", "next ")):
            pass
        elif future == NEAREST:
            y += 1 if mo - pub.month < -6 else -1 if mo - pub.month > 6 else 0
        elif future and mo < pub.month:
            y += 1
        elif not future and mo > pub.month:
            y -= 1
        return f"{y:04d}-{mo:02d}", "month"
    return None, "day"


def _granularity_of(kind: str, s: str) -> str:
    if kind == "rel_period":
        return "month" if "month" in s else "year" if "year" in s else "week"
    if kind == "weekend":
        return "week"
    if kind == "ago":
        return "day" if "day" in s or "week" in s else "month" if "month" in s else "year"
    if kind == "month_only":
        return "month"
    return "day"


def _small_number(word: str) -> int:
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
    return int(word) if word.isdigit() else words[word]


def _day_of_weekday(pub: dt.date, month: int, day: int, weekday: int) -> str | None:
    """The day MONTH/DAY nearest to PUB (a year either side) that falls on WEEKDAY, if one does."""
    days = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            days.append(d)
    return min(days, key=lambda d: abs((d - pub).days)).isoformat() if days else None


def _nearest_day(pub: dt.date, month: int, day: int, future) -> str | None:
    if future == NEAREST:
        days = []
        for year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                days.append(dt.date(year, month, day))
            except ValueError:
                continue
        return min(days, key=lambda d: abs((d - pub).days)).isoformat() if days else None
    for year in ((pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if (future and d >= pub) or (not future and d <= pub):
            return d.isoformat()
    return None


def _weekday(pub: dt.date, s: str, future: bool | str) -> dt.date:
    name = next(w for w in _WEEKDAYS if w in s)
    target = _WEEKDAYS.index(name)
    if s.startswith("last "):
        future, strict = False, True
    elif s.startswith("next "):
        future, strict = True, True
    else:
        strict = False
    if future:
        delta = (target - pub.weekday()) % 7
        if delta == 0 and strict:
            delta = 7
        return pub + dt.timedelta(days=delta)
    delta = (pub.weekday() - target) % 7
    if delta == 0 and strict:
        delta = 7
    return pub - dt.timedelta(days=delta)


def _period(pub: dt.date, s: str, future: bool | str) -> tuple[str, str]:
    shift = -1 if re.search(r"\b(?:last|previous|past)\b", s) else 1 if re.search(r"\b(?:next|coming)\b", s) else 0
    if "weekend" in s:
        # the weekend's Saturday: the last one before publication, or the next one for the future
        if shift == 0 and s.startswith("this"):
            # "staff hired for this weekend": the weekend of the publication's week, past tense or not
            return _monday(pub).isoformat(), "week"
        if shift == 0:
            shift = 1 if future else -1
        sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7) if shift > 0 else pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or 7)
        return _monday(sat).isoformat(), "week"
    if s.endswith("week"):
        return _monday(pub + dt.timedelta(weeks=shift)).isoformat(), "week"
    if s.endswith("month"):
        y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return f"{y:04d}-{mo + 1:02d}", "month"
    return f"{pub.year + shift:04d}", "year"
