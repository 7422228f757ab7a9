"""Text -> number expressions with offsets: "7,000", "Four", "£2 million", "$1.5bn", "3.2m",
"between 100,000 and 130,000", "as many as 7,000", "tens of thousands", "35%".

The scanner walks a token list once, looking a bounded number of tokens ahead or behind, so its
time is linear in the text. Every expression is reported, traps included (years, "Type 45",
"503rd"): deciding what counts as a figure is `figures.py`'s work; here we only read numbers and
mark what the surface says about them (ordinal suffix, glued to letters, time of day...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .lexicon import alternation, first_char_alternation, table

# Currency words a story may glue to the amount ("Rs500", "Tk50", "USD5m"): numbers.toml's prefix words.
# A lone "R" (rand) splits only before an amount that cannot be a name ("R12.8bn", "R1,200", not "R21").
# Grouped by first letter, as the pattern is tried at every word: a word tries the group of its letter alone.
_STRICT_PREFIXES = ("R", "PS", "N")  # glued only before an amount no name has: "R12.8bn", "PS6m", "N2.9 trillion",
# not "R21", "PS5", the N7 road or N95 masks
_GLUED_WORDS = [k for k in table("numbers")["currency_prefix_words"] if len(k) > 1 and k not in _STRICT_PREFIXES]
# (their first letters, as one class before the group: a word that opens with none of them, most words,
# is passed by one test instead of one a letter)
_GLUED_CURRENCY = "(?=[" + re.escape("".join(sorted({k[0] for k in _GLUED_WORDS}))) + "])" + first_char_alternation(_GLUED_WORDS)
# the country after the mark: "$US160 million", "$A82,615,680" (numbers.toml [currency_symbols])
_AFTER_MARK = alternation(k[1:] for k in table("numbers")["currency_symbols"] if k.startswith("$") and len(k) > 1)
# every form of a word token opens with a letter, so a look-ahead at one letter may guard the group
_WORD_OPENS = r"(?=[^\W\d_])" if all(re.match(r"[^\W\d_]", w) for w in (
    *table("numbers")["currency_prefix_words"], *(k[1:] for k in table("numbers")["currency_symbols"] if k.startswith("$")),
    *_STRICT_PREFIXES) if w) else ""

# One token: a word, a number with its separators, or one other character. No nested repetition.
# Each group opens with a look-ahead at the one character all its forms start with (a letter; a digit
# or a dot): it changes no match, but lets the scanner skip a group at once where it cannot start. As
# no word opens with a digit or a dot, the two groups never both match at one place: words, the most
# common tokens, are tried first. A word of plain lower-case letters, with no digit, letter or apostrophe
# after it, is the same match as the general form's, found with a range and no test of a character's
# category (the other forms differ from it only where a digit, a letter or an apostrophe follows).
TOKEN = re.compile(
    r"""
    """ + _WORD_OPENS + r"""(?P<word>[a-z]++(?![^\W_]|['’])  # the most common word, plain lower-case letters, read first
      |""" + _GLUED_CURRENCY + r"""(?=\d)                # a currency glued to its amount: "Rs500", "Tk50"
      |(?<=\$)(?:""" + _AFTER_MARK + r""")(?=\d)               # "$US160 million", "$A82,615,680"
      |(?:R|PS|N)(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+\.\d|\d+(?:bn|tn|m)\b|\d+\s?(?:billion|million|trillion)\b)  # "R12.8bn", not "R21"
      |[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?)                     # words, "Russia's", "A34", "K9", "Suwałki"
    |(?=[\d.])(?P<num>(?<![\d_.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)  # 7,000  1,234.5 (thousands groups)
      |(?<![\d_])\d+(?:\.\d+)?                                  # 7000  1.5  0800 (a word eats its own digits)
      |(?<![\w.,])\.\d+)                                        # .001 per cent
    |(?P<other>\S)                                             # punctuation, symbols, glued digits
    """,
    re.X,
)


class Token:
    """One token with its offsets; `low` is computed once, as the scanners compare it often. Made by
    tokenize() alone, which fills the slots itself rather than calling the class: a text holds thousands
    of tokens, and a call through an __init__ for each was a measurable share of reading a story."""

    __slots__ = ("text", "start", "end", "kind", "low")  # kind: num, word, other
    text: str
    start: int
    end: int
    kind: str
    low: str

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


@dataclass
class NumberMention:
    """One number expression as written, before any judgement of whether it is a figure."""

    start: int  # offsets of the whole expression, qualifier and currency included
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: str | None = None
    currency: str | None = None
    percent: bool = False
    is_range: bool = False
    vague: bool = False
    words: bool = False  # spelled out ("Four", "a dozen")
    num_start: int = 0  # offsets of the bare number (no qualifier), for trap tests
    num_end: int = 0
    tok_first: int = 0  # token indices of the bare number
    tok_last: int = 0
    suffix: str = ""  # letters glued after the digits: "rd" in 503rd, "mm" in 155mm, "pm" in 2pm
    text: str = ""
    flags: set = field(default_factory=set)
    local_currency: str = ""  # a currency name several countries share ("$", "pesos"): the story's country decides


# TOKEN and the white space after it: tokens tile the text's non-space characters (`other` takes any
# one of them), so one findall() from the first token on gives each token and, from the lengths of the
# token and the space after it, its offsets, without a match object a token (the same tokens as
# TOKEN.finditer). The space is taken after the token, not before it, so no attempt ever backtracks
# over a run of spaces that no token follows (linear time).
_TOKEN_AND_SPACE = re.compile(r"(?:" + TOKEN.pattern + r")(\s*)", re.X)


def tokenize(text: str) -> list[Token]:
    """All tokens of TEXT with their offsets."""
    out: list[Token] = []
    pos = len(text) - len(text.lstrip())  # str.isspace() is the \s of a str pattern
    new = Token.__new__  # (object.__new__ for a plain class; a compiled class has its own)
    append = out.append
    for word, num, other, space in _TOKEN_AND_SPACE.findall(text, pos):
        t = new(Token)  # each token is one of the three groups, never empty; words come most often
        if word:
            t.text, t.kind, t.low = word, "word", word.lower()
        elif num:
            t.text = t.low = num  # (digits and their separators have no case)
            t.kind = "num"
        else:
            t.text, t.kind, t.low = other, "other", other.lower()
        t.start = pos
        t.end = pos = pos + len(t.text)
        append(t)
        pos += len(space)
    return out


@cache
def _lex():
    n = table("numbers")
    q = table("qualifiers")
    quals = {}
    for bound in ("high", "low", "none"):
        for phrase in q[bound]["phrases"]:
            quals[tuple(phrase.lower().split())] = bound
    vague = {tuple(k.split()): v for k, v in n["vague"].items()}
    local = dict(n["local_currency_words"])
    singulars = n["currency_singulars"]
    local.update({one: local[many] for one, many in singulars.items()})  # "30 cent" reads as "cents"
    return {
        "units": n["units"],
        "tens": n["tens"],
        "scales": n["scales"],
        "suffixes": n["suffixes"],
        "vague": vague,
        "symbols": n["currency_symbols"],
        "cwords": n["currency_words"],
        "prefix_words": n["currency_prefix_words"],
        "cwords_multi": {tuple(k.split()): v for k, v in n["currency_words"].items() if " " in k},
        "cwords_local": local,
        "plural": singulars,
        "quals": quals,
        "qual_max": max(len(k) for k in quals),
        "qual_last": frozenset(k[-1] for k in quals),  # the word right before the number, in every qualifier
        "vague_max": max(len(k) for k in vague),
        "vague_first": frozenset(k[0] for k in vague),
        # the words that can open a number expression: number words, "a" ("a dozen"), "half", vague ones
        "starts": frozenset(n["units"]) | frozenset(n["tens"]) | frozenset(k[0] for k in vague) | {"a", "half"},
    }


AND_A_FRACTION = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "fourth": 0.25, "fifth": 0.2}
SIGNS = {"-": "-", "−": "-", "+": "+"}  # a sign glued to a share: its direction
SUBUNITS = {"p", "pence", "cents", "cent"}  # 415p is £4.15
PERCENT_WORDS = (("per", "cent"), ("percent",), ("percentage", "points"), ("percentage", "point"), ("pc",))
_PERCENT_FIRST = frozenset(w[0] for w in PERCENT_WORDS)


def find_numbers(text: str, toks: list[Token] | None = None) -> list[NumberMention]:
    """Every number expression in TEXT, in order, with its offsets.

    >>> [(m.value, m.approx) for m in find_numbers("as many as 7,000 troops")]
    [(7000.0, 'as many as')]
    """
    toks = tokenize(text) if toks is None else toks
    lex = _lex()
    starts = lex["starts"]
    out: list[NumberMention] = []
    i, n = 0, len(toks)  # (the length read once: the loop visits every token)
    while i < n:
        t = toks[i]
        if t.kind != "num" and t.low not in starts:
            i += 1  # most tokens cannot open a number: skip them without a call
            continue
        m = _vague_at(toks, i, lex, text) or _fraction_at(toks, i, lex, text) or _number_at(toks, i, lex, text)
        if m is None:
            i += 1
            continue
        _qualify(toks, m, lex, text)
        out.append(m)
        i = m.tok_last + 1
    return out


# ---------------------------------------------------------------------------------------------


def _glued(a: Token, b: Token) -> bool:
    return a.end == b.start


def _word_value(toks: list[Token], i: int, lex) -> tuple[float, int] | None:
    """Spelled-out number starting at token i: (value, last token index)."""
    units, tens, scales = lex["units"], lex["tens"], lex["scales"]
    total, current, j, last, seen = 0.0, 0.0, i, None, False
    while j < len(toks):
        w = toks[j].low
        if toks[j].kind != "word":
            # "twenty-five": a hyphen between two number words
            if toks[j].text == "-" and last == j - 1 and j + 1 < len(toks) and toks[j + 1].low in units:
                j += 1
                continue
            break
        if w in units and w not in ("score",):
            if w == "dozen":
                current = (current or 1) * 12
            else:
                current += units[w]
        elif w in tens:
            current += tens[w]
        elif w in scales and (seen or w in ("hundred", "thousand", "million", "billion", "trillion")):
            if not seen and not (j > 0 and toks[j - 1].low == "a" and j - 1 == i - 1):
                break
            current = (current or 1) * scales[w]
            if scales[w] >= 1000:
                total += current
                current = 0.0
        elif w == "and" and seen and toks[j - 1].low in scales and j + 1 < len(toks) and (
                toks[j + 1].low in units or toks[j + 1].low in tens):
            # "two hundred and fifty" is one number; "between ten and fifteen" is two
            j += 1
            continue
        else:
            break
        seen, last = True, j
        j += 1
    if last is None:
        return None
    return total + current, last


_FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}


def _fraction_at(toks: list[Token], i: int, lex, text: str) -> NumberMention | None:
    """ "half a percentage point", "a quarter of a percentage point", "three-quarters of a million": a
    fraction of a point or of a scale, one figure (0.5 points; 750,000). A few tokens are read, no more."""
    t = toks[i]
    if t.low not in ("half", "a", "one", "two", "three", "quarter") or i + 2 >= len(toks):
        return None
    k, times = i, 1.0
    if t.low in ("two", "three"):
        times = 2.0 if t.low == "two" else 3.0
        k += 1 + (toks[k + 1].text in ("-", "‑"))  # "three-quarters", "two thirds"
    elif t.low in ("a", "one"):
        k += 1
    if k >= len(toks) or toks[k].low not in _FRACTION_WORDS or (times > 1) != toks[k].low.endswith("s") \
            or (toks[k].low == "half" and k != i):
        return None
    fraction = times * _FRACTION_WORDS[toks[k].low]
    j = k + 1
    if j < len(toks) and toks[j].low == "of" and toks[k].low != "half":
        j += 1  # "a quarter of a ...", "three-quarters of a ..."
    elif toks[k].low != "half":
        return None
    if j + 1 >= len(toks) or toks[j].low != "a":
        return None
    j += 1
    percent = toks[j].low == "percentage" and j + 1 < len(toks) and toks[j + 1].low in ("point", "points")
    if not percent and toks[j].low not in ("million", "billion", "trillion"):
        return None  # "half a dozen" and "half a million" are read as numbers; "half a day" is no figure
    last = j + 1 if percent else j
    value = fraction if percent else fraction * lex["scales"][toks[j].low]
    m = NumberMention(start=t.start, end=toks[last].end, value=value, words=True, percent=percent,
                      num_start=t.start, num_end=toks[last].end, tok_first=i, tok_last=last)
    if not percent:
        m.flags.add("scaled")
        _currency(toks, m, lex)  # "three-quarters of a million pounds"
    m.text = text[m.start:m.end]
    return m


def _number_at(toks: list[Token], i: int, lex, text: str) -> NumberMention | None:
    t = toks[i]
    words = False
    if t.kind == "num":
        if i > 0 and _glued(toks[i - 1], t) and toks[i - 1].kind == "word" and toks[i - 1].text not in _lex()["prefix_words"] \
                and not _mark_then_country(toks, i - 2, _lex()):
            return None  # "A34", "K9", "i7": letters glued to digits make a name, not a number ("$US160" is money)
        value = float(t.text.replace(",", ""))
        last = i
    elif t.kind == "word" and t.low == "half" and i + 2 < len(toks) and toks[i + 1].low == "a" \
            and toks[i + 2].low in ("million", "billion", "thousand", "dozen", "trillion"):
        value = 0.5 * (12 if toks[i + 2].low == "dozen" else lex["scales"][toks[i + 2].low])  # "half a million"
        last, words = i + 2, True
    elif t.kind == "word" and (t.low in lex["units"] or t.low in lex["tens"] or t.low == "a"):
        if t.low == "a":
            # "a dozen", "a hundred", "a million": only with a scale word after
            if not (i + 1 < len(toks) and toks[i + 1].low in ("dozen", "hundred", "thousand", "million", "billion")):
                return None
            wv = _word_value(toks, i + 1, lex) if toks[i + 1].low != "dozen" else (12.0, i + 1)
            if wv is None:
                return None
            value, last = wv
        else:
            if t.low == "score":
                return None
            wv = _word_value(toks, i, lex)
            if wv is None:
                return None
            value, last = wv
        words = True
    else:
        return None
    # "seven and a half years", "two and a quarter miles": the fraction belongs to the number
    if last + 3 < len(toks) and toks[last + 1].low == "and" and toks[last + 2].low in ("a", "one") \
            and toks[last + 3].low in AND_A_FRACTION:
        value += AND_A_FRACTION[toks[last + 3].low]
        last += 3
    m = NumberMention(start=t.start, end=toks[last].end, value=value, words=words,
                      num_start=t.start, num_end=toks[last].end, tok_first=i, tok_last=last)
    _scale(toks, m, lex)
    _currency(toks, m, lex)
    _percent(toks, m)
    _range(toks, m, lex, text)
    _ratio(toks, m, lex)
    if m.percent and not m.is_range and not words and i > 0 and toks[i - 1].text in SIGNS and _glued(toks[i - 1], t) \
            and (i == 1 or toks[i - 2].end < toks[i - 1].start or toks[i - 2].text == "("):
        m.flags.add("signed" + SIGNS[toks[i - 1].text])  # "FTSE -0.6%", "(+2.1%)": a move, not a level
    m.text = text[m.start:m.end]
    return m


_HYPHENED_SCALES = frozenset({"million", "billion", "trillion"})
_RATIO_BASES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 25, 50, 100, 1000})
_NOT_A_RATIO_AFTER = frozenset("seconds minutes hours days weeks months years games matches races starts attempts "
                               "innings overs laps rounds tries shots".split())


def _ratio(toks, m: NumberMention, lex) -> None:
    """ "1 in 5 adults", "one in 10 patients", "nine out of 10 doctors": a share of a group, its value the
    fraction (0.2), one figure; not a count within a time ("3 in 10 minutes"), nor a bare pair ("more than 2 in
    5": a word must follow)."""
    j = m.tok_last + 1
    if m.currency or m.percent or m.is_range or m.suffix or "scaled" in m.flags or m.value is None \
            or not float(m.value).is_integer() or j + 1 >= len(toks):
        return
    if toks[j].low == "out" and j + 2 < len(toks) and toks[j + 1].low == "of":
        j += 1  # "nine out of 10": the base follows "out of"
    elif toks[j].low != "in":
        return
    b = toks[j + 1]
    base = float(b.text.replace(",", "")) if b.kind == "num" else lex["units"].get(b.low, lex["tens"].get(b.low))
    if base is None or base not in _RATIO_BASES or not m.value < base \
            or j + 2 >= len(toks) or toks[j + 2].kind != "word" or toks[j + 2].low in _NOT_A_RATIO_AFTER:
        return
    m.value = m.value / base
    m.tok_last, m.end, m.num_end = j + 1, b.end, b.end
    m.flags.add("ratio")


def _scale(toks, m: NumberMention, lex) -> None:
    """ "2 million", "1.5bn", "40k", "3.2m"; remember other glued letters ("503rd", "155mm", "2pm")."""
    assert m.value is not None  # (a single number: _number_at's)
    j = m.tok_last + 1
    if j >= len(toks):
        return
    nxt = toks[j]
    if nxt.text in ("-", "‑") and j + 1 < len(toks) and toks[j + 1].low in _HYPHENED_SCALES and not m.words \
            and _glued(toks[m.tok_last], nxt) and _glued(nxt, toks[j + 1]):
        m.value *= lex["scales"][toks[j + 1].low]  # "a $78-million deficit", "a 2.5-billion-euro plan" (Canadian style)
        m.tok_last, m.end, m.num_end = j + 1, toks[j + 1].end, toks[j + 1].end
        m.flags.add("scaled")
        return
    if nxt.kind != "word":
        return
    if _glued(toks[m.tok_last], nxt):
        if nxt.low == "m" and _metres_after(toks, j):
            m.suffix = "m"  # "the 100m final", "1.8m tall": metres, not millions
        elif nxt.low in lex["suffixes"] and not m.words:
            m.value *= lex["suffixes"][nxt.low]
            m.tok_last, m.end, m.num_end = j, nxt.end, nxt.end
            m.flags.add("scaled")
        else:
            m.suffix = nxt.low
        return
    if nxt.low in lex["scales"] and nxt.low != "hundred" or (nxt.low == "hundred" and not m.words):
        m.value *= lex["scales"][nxt.low]
        m.tok_last, m.end, m.num_end = j, nxt.end, nxt.end
        m.flags.add("scaled")
        if nxt.low == "hundred" and j + 1 < len(toks) and toks[j + 1].low in ("thousand", "million", "billion"):
            m.value *= lex["scales"][toks[j + 1].low]  # "4 hundred million"
            m.tok_last, m.end, m.num_end = j + 1, toks[j + 1].end, toks[j + 1].end
    elif nxt.low in ("bn", "m", "mn", "k", "tn") and not m.words and m.value < 10000 and not _dotted_abbreviation(toks, j):
        m.value *= lex["suffixes"][nxt.low]
        m.tok_last, m.end, m.num_end = j, nxt.end, nxt.end
        m.flags.add("scaled")


def _dotted_abbreviation(toks, j: int) -> bool:
    """ "80 m.p.h.": the letter opens a dotted abbreviation (miles per hour), not a scale."""
    return j + 2 < len(toks) and toks[j + 1].text == "." and _glued(toks[j], toks[j + 1]) \
        and toks[j + 2].kind == "word" and len(toks[j + 2].text) == 1 and _glued(toks[j + 1], toks[j + 2])


METRE_CUES = frozenset("tall long high deep wide final race sprint hurdles freestyle relay metres meters "
                       "butterfly backstroke breaststroke dash walk".split())


def _metres_after(toks, j: int) -> bool:
    """The word after a glued "m" that makes it metres: "a 48m-long ship", "the 100m final";
    or "the 100m" closing its phrase ("ran the 100m in 9.58 seconds"): a distance, not millions."""
    k = j + 1
    while k < len(toks) and toks[k].text in ("-", "‑"):
        k += 1
    if k < len(toks) and toks[k].low in METRE_CUES:
        return True
    i = j - 1  # the digits
    return i > 0 and toks[i - 1].low == "the" and "." not in toks[i].text and (
        k >= len(toks) or toks[k].kind != "word" or toks[k].low in PHRASE_ENDS)


# Words after "the 100m" that close its phrase, so the "m" cannot scale a counted noun.
PHRASE_ENDS = frozenset("in at on for of and or but with by was were is are has had".split())


def _currency(toks, m: NumberMention, lex) -> None:
    """£, $, US$, A$, € before; "dollars", "euros", "p" after."""
    i = m.tok_first
    if i > 0 and toks[i - 1].kind == "other" and toks[i - 1].end == toks[i].start:
        sym = toks[i - 1].text
        prefix = ""
        if i > 1 and toks[i - 2].kind == "word" and toks[i - 2].end == toks[i - 1].start and toks[i - 2].text.isupper():
            prefix = toks[i - 2].text
        if prefix and prefix + sym in lex["symbols"]:
            m.currency = lex["symbols"][prefix + sym]
            m.start = toks[i - 2].start
            m.flags.add("symbol")
        elif sym in lex["symbols"]:
            m.currency = lex["symbols"][sym]
            m.start = toks[i - 1].start
            m.flags.add("symbol")
            if sym in lex["cwords_local"]:
                m.local_currency = sym  # a bare "$"
    elif i > 0 and toks[i - 1].kind == "other" and toks[i - 1].text in lex["symbols"]:
        m.currency = lex["symbols"][toks[i - 1].text]  # "$ 75 million" (tokenised newswire)
        m.start = toks[i - 1].start
        m.flags.add("symbol")
        if toks[i - 1].text in lex["cwords_local"]:
            m.local_currency = toks[i - 1].text
    elif _mark_then_country(toks, i - 2, lex) and toks[i - 1].end == toks[i].start:
        m.currency = lex["symbols"]["$" + toks[i - 1].text]  # "$US160 million"
        m.start = toks[i - 2].start
        m.flags.add("symbol")
    elif i > 0 and toks[i - 1].kind == "word" and toks[i - 1].text in lex["prefix_words"]:
        m.currency = lex["prefix_words"][toks[i - 1].text]  # "USD 5 million", "Tk 50 crore"
        m.start = toks[i - 1].start
        if toks[i - 1].text in lex["cwords_local"]:
            m.local_currency = toks[i - 1].text  # "Rs 48 billion": the story's country's rupees
    j = m.tok_last + 1
    if m.currency is None and j + 1 < len(toks) and toks[j].kind == "word":
        for n in (3, 2):  # "12 billion Swedish crowns", "5m Hong Kong dollars"
            key = tuple(t.low for t in toks[j:j + n])
            code = lex["cwords_multi"].get(key)
            if code:
                m.currency = code
                m.tok_last, m.end = j + n - 1, toks[j + n - 1].end
                if " ".join(key) in lex["cwords_local"]:
                    m.local_currency = " ".join(key)  # "CFA francs": West or Central Africa's, by the story's country
                return
    country_cents = lex["cwords_local"]["cents"].get(toks[j].text) if j + 1 < len(toks) and toks[j].text[:1].isupper() else None
    if m.currency is None and country_cents and toks[j + 1].low == "cents" and m.value is not None:
        m.currency = country_cents  # "24 Australian cents", "12 US cents": the country's cents
        m.value /= 100
        m.tok_last, m.end = j + 1, toks[j + 1].end
        return
    if m.currency is None and j < len(toks) and toks[j].kind == "word" and not _torque_pounds(toks, j):
        w = toks[j].low
        if w in lex["cwords_local"]:
            m.currency = lex["cwords_local"][w]["default"]  # the story's country may change it (kit/pipeline.py)
            m.local_currency = lex["plural"].get(w, w)
            if w in SUBUNITS and m.value is not None:
                m.value /= 100  # "42 cents"
                m.suffix = ""
            m.tok_last, m.end = j, toks[j].end
        elif w in lex["cwords"] and (w != "p" or _glued(toks[m.tok_last], toks[j])):
            m.currency = lex["cwords"][w]
            if w in SUBUNITS:
                assert m.value is not None  # (a single number: _number_at's or _fraction_at's)
                m.value /= 100
                m.suffix = ""
            m.tok_last, m.end = j, toks[j].end
        elif m.suffix == "p" and "p" in lex["cwords"]:
            pass


def _torque_pounds(toks, j: int) -> bool:
    """ "275 pound-feet of torque": a unit of torque, not money."""
    return toks[j].low in ("pound", "pounds") and j + 2 < len(toks) and toks[j + 1].text in ("-", "‑") \
        and toks[j + 2].low in ("feet", "foot") and _glued(toks[j], toks[j + 1]) and _glued(toks[j + 1], toks[j + 2])


def _percent(toks, m: NumberMention) -> None:
    j = m.tok_last + 1
    if j < len(toks) and toks[j].text == "%":
        m.percent = True
        m.tok_last, m.end = j, toks[j].end
        return
    if j >= len(toks) or toks[j].low not in _PERCENT_FIRST:
        return  # (the test below for each of PERCENT_WORDS, at once: most numbers are no share)
    for words in PERCENT_WORDS:
        if all(j + k < len(toks) and toks[j + k].low == w for k, w in enumerate(words)):
            m.percent = True
            m.tok_last, m.end = j + len(words) - 1, toks[j + len(words) - 1].end
            if words[0] == "percentage":
                m.flags.add("points")
            return


def _mark_then_country(toks, k: int, lex) -> bool:
    """TOKS[k] is "$" glued to the country letters after it that name a currency: "$US", "$A" (numbers.toml
    [currency_symbols])."""
    return 0 <= k < len(toks) - 1 and toks[k].text == "$" and toks[k].end == toks[k + 1].start \
        and "$" + toks[k + 1].text in lex["symbols"]


def _year_like(t: Token, m: NumberMention) -> bool:
    """A bare four-digit number a year could be ("2018"): no separator, currency, percent or scale."""
    return t.kind == "num" and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100 \
        and not m.currency and not m.percent and "scaled" not in m.flags


def _range(toks, m: NumberMention, lex, text: str) -> None:
    """ "5-7", "40,000 to 60,000", "between 100,000 and 130,000", "from 10 to 12", "£2m-£3m"."""
    assert m.value is not None  # (a single number: _number_at's)
    j = m.tok_last + 1
    if m.suffix and j < len(toks) and toks[j].low == m.suffix and _glued(toks[m.tok_last], toks[j]) and m.suffix not in ("st", "nd", "rd", "th", "s"):
        j += 1  # "between 15kHz and 17kHz", "5km-10km": the unit glued to each bound
    if j + 1 >= len(toks):
        return
    sep = toks[j]
    before = toks[m.tok_first - 1].low if m.tok_first > 0 else ""
    if m.currency and "symbol" in m.flags and m.tok_first > 1 and toks[m.tok_first - 1].kind == "other":
        k0 = m.tok_first - 2
        if k0 > 0 and toks[k0].kind == "word" and toks[k0].end == toks[m.tok_first - 1].start \
                and toks[k0].text + toks[m.tok_first - 1].text in lex["symbols"]:
            k0 -= 1  # "between NZ$380 million and ...": the word before "NZ$"
        before = toks[k0].low
    elif m.currency and "symbol" in m.flags and m.tok_first > 2 and toks[m.tok_first - 2].text == "$":
        before = toks[m.tok_first - 3].low  # "between $US160 million and ..."
    elif m.currency and m.tok_first > 1 and toks[m.tok_first - 1].text in lex["prefix_words"]:
        before = toks[m.tok_first - 2].low  # "between CHF 13bn and CHF 13.5bn"
    ok = (sep.text in ("-", "–", "—") and _glued(toks[j - 1], sep)) or (sep.text in ("–", "—")) or (
        sep.text == "-" and toks[j + 1].start == sep.end + 1 and sep.start == toks[j - 1].end + 1) or (
        sep.low == "to") or (sep.low == "and" and before == "between")
    if not ok:
        return
    if before == "from" and m.tok_first > 1 and any(
            toks[x].kind == "word" and (_is_change_word(toks[x].low) or toks[x].low in ("went", "moved", "gone", "go"))
            for x in range(m.tok_first - 2, max(-1, m.tok_first - 13), -1)):
        return  # "rose from 1,200 to 1,500", "raise the minimum salary for a new teacher from $39,600 to $44,000"
    if before == "by" and sep.low == "to":
        return  # "rose by 1,200 to 15,400": a change and the new level
    k = j + 1
    # the second bound may repeat the currency mark: "£2m-£3m", "$5 to $7 billion"
    if k + 2 < len(toks) and toks[k].kind == "word" and toks[k].end == toks[k + 1].start \
            and toks[k].text + toks[k + 1].text in lex["symbols"]:
        k += 2  # "... and NZ$520 million"
    elif k + 2 < len(toks) and _mark_then_country(toks, k, lex) and toks[k + 1].end == toks[k + 2].start:
        k += 2  # "... and $US171 million"
    elif (toks[k].kind == "other" and toks[k].text in lex["symbols"] or toks[k].text in lex["prefix_words"]) and k + 1 < len(toks):
        k += 1  # "... and CHF 13.5bn", "£2m-£3m"
    if toks[k].kind != "num" and not (toks[k].low in lex["units"] or toks[k].low in lex["tens"]):
        return
    second = _number_at(toks, k, lex, text) if toks[k].kind == "num" or toks[k].low not in ("a",) else None
    if second is None or second.value is None or second.suffix != m.suffix and j > m.tok_last + 1:
        return
    if sep.text in ("-",) and not (m.value < second.value):
        return  # "2013-14", "3-1" scores: not a range of one quantity
    if sep.low == "to" and before not in ("from", "between") and not (
        m.value < second.value and (second.percent == m.percent or second.percent and not m.currency)
        and (second.currency or m.currency) == (m.currency or second.currency)
        and not _is_change_word(before)
    ):
        return  # "fell 3.2% to 415p", "cut 10 to 8": a change and a new level
    if _year_like(toks[m.tok_first], m) and not _year_like(toks[second.tok_first], second) and sep.low == "to":
        return  # "rose 60% in 2018 to 3.9 million headsets": a year, then the new level (not "1800-2500 calories")
    if sep.text == "-" and not _glued(toks[j - 1], sep) and not (
            second.value >= 20 and second.tok_last + 1 < len(toks) and toks[second.tok_last + 1].kind == "word"
            and toks[second.tok_last + 1].text.islower() and toks[second.tok_last + 1].low not in _SCORE_GLUE):
        return  # "about 2,000 - 2,500 calories" is a range; "Arsenal 1 - 2 Chelsea", "won 3 - 1 at home" are not
    lo, hi = m.value, second.value
    if ("scaled" in second.flags or second.words and toks[second.tok_last].low in lex["scales"]) \
            and "scaled" not in m.flags and lo < hi / 1000 and "," not in toks[m.tok_first].text:
        scale = second.value / float(toks[second.tok_first].text.replace(",", "")) if toks[second.tok_first].kind == "num" \
            else lex["scales"].get(toks[second.tok_last].low, 1)
        if lo * scale <= hi:
            lo *= scale  # "between 2 and 3 million", "four to five thousand": the scale applies to both (not "$200 to $4 million")
    if second.percent:
        m.percent = True
    m.currency = m.currency or second.currency
    m.value, m.low, m.high, m.is_range = None, lo, hi, True
    m.tok_last, m.end, m.num_end = second.tok_last, second.end, second.end
    if before in ("between", "from") and m.tok_first > 0:
        idx = next((x for x in range(m.tok_first - 1, max(-1, m.tok_first - 4), -1) if toks[x].low == before), m.tok_first - 2)
        m.start = toks[idx].start  # "between £1.5bn", "between CHF 13bn", "between NZ$380 million"
        m.flags.add("range_words")


_SCORE_GLUE = frozenset("at in on and to win victory lead defeat draw after with against".split())  # "3 - 1 at home"

CHANGE_STEMS = ("rose", "rise", "risen", "fell", "fall", "fallen", "increas", "decreas", "grew", "grow", "climb",
                "jump", "drop", "declin", "cut", "slash", "up", "down", "gain", "lost", "lose", "surg", "plung",
                "soar", "tumbl", "slid", "edg", "shrank", "shrunk", "doubl", "halv", "lift", "rais", "reduc",
                "slip", "dipp", "sank", "sink", "sunk", "plummet", "advanc", "retreat", "rebound", "widen", "narrow")


def _is_change_word(word: str) -> bool:
    return word.startswith(CHANGE_STEMS)


def _vague_at(toks, i, lex, text) -> NumberMention | None:
    """ "tens of thousands", "hundreds of", "dozens of": no value, a lower bound."""
    t = toks[i]
    if t.kind != "word" or t.low not in lex["vague_first"]:
        return None
    for n in range(lex["vague_max"], 0, -1):
        if i + n > len(toks):
            continue
        key = tuple(x.low for x in toks[i:i + n])
        if key in lex["vague"]:
            after = toks[i + n].low if i + n < len(toks) else ""
            if n == 1 and after != "of":
                return None  # "thousands" alone is often a noun of its own; "thousands of" counts
            low = float(lex["vague"][key])
            last = i + n - 1
            m = NumberMention(start=t.start, end=toks[last].end, value=None, low=low, approx=" ".join(key),
                              vague=True, words=True, num_start=t.start, num_end=toks[last].end,
                              tok_first=i, tok_last=last)
            if last + 2 < len(toks) and toks[last + 1].low == "of" and toks[last + 2].kind == "word":
                w = toks[last + 2].low  # "tens of millions of dollars", "hundreds of billions of euros": money
                local = lex["cwords_local"].get(w)
                code = None if w in SUBUNITS or len(w) <= 2 else local["default"] if local else lex["cwords"].get(w)
                if code:
                    m.currency, m.local_currency = code, lex["plural"].get(w, w) if local else ""
                    m.end = toks[last + 2].end
            m.text = text[m.start:m.end]
            return m
    return None


# words before "up to" that make it a move to a level, not a ceiling: "went up to 5.2%", "climbed back up to 118p"
@cache
def _moved_up() -> frozenset[str]:
    return frozenset(table("qualifiers")["moved_up"]["words"])  # qualifiers.toml (read on first use: import stays light)


def _qualify(toks, m: NumberMention, lex, text: str) -> None:
    """Attach a qualifier before the expression: "as many as", "at least", "about"."""
    if m.vague or "range_words" in m.flags:
        return
    first = m.tok_first
    if m.currency and m.start < toks[first].start:
        while first > 0 and toks[first - 1].start >= m.start:
            first -= 1
    if first == 0 or toks[first - 1].low not in lex["qual_last"]:
        return  # no qualifier ends right before the number (each key below ends with that word)
    for n in range(lex["qual_max"], 0, -1):
        if first - n < 0:
            continue
        key = tuple(x.low for x in toks[first - n:first])
        if key in lex["quals"]:
            if key == ("up", "to") and first - 3 >= 0 and (toks[first - 3].low in _moved_up() or (
                    toks[first - 3].low == "back" and first - 4 >= 0 and toks[first - 4].low in _moved_up())):
                return  # "inching back up to 4.8%", "went up to 5.2%": a move to a level, no ceiling (not "will
                # buy back up to 20 million shares")
            bound = lex["quals"][key]
            m.approx = " ".join(key).rstrip(".")
            if not m.is_range:
                if bound == "high":
                    m.high = m.value
                elif bound == "low":
                    m.low = m.value
            m.start = toks[first - n].start
            m.text = text[m.start:m.end]
            return
