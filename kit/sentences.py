"""Body text -> sentences with offsets, and the quotations each paragraph holds."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .clean import PARAGRAPH_SEP

# A candidate boundary: end punctuation, closing quotes, space, then an opening quote or capital.
_BOUNDARY = re.compile(r"""[.!?…]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9£$€])""")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr rev st sr jr no nos vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx est fig govt dept".split()
)
INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "J.P.", "U.N.": dotted initials
OPEN_QUOTES = "“‘\""
CLOSE_QUOTES = "”’\""


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of its paragraph in the body


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    index: int
    quotes: list  # (start, end) offsets of quoted spans, in body offsets
    opens_unclosed: bool  # a quotation runs on past the paragraph's end (British style)
    starts_in_quote: bool  # the paragraph opens with a quote mark


def paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for i, chunk in enumerate(text.split(PARAGRAPH_SEP)):
        quotes, unclosed = _quote_spans(chunk, pos)
        out.append(Paragraph(pos, pos + len(chunk), chunk, i, quotes, unclosed, chunk[:1] in OPEN_QUOTES))
        pos += len(chunk) + len(PARAGRAPH_SEP)
    return out


def split_sentences(text: str, paras: list[Paragraph] | None = None) -> list[Sentence]:
    """Sentences of the body, never crossing a paragraph.

    >>> [s.text for s in split_sentences("Mr Smith said 40. Then he left.")]
    ['Mr Smith said 40.', 'Then he left.']
    """
    out = []
    for para in paragraphs(text) if paras is None else paras:
        start = 0
        for m in _BOUNDARY.finditer(para.text):
            word = _LAST_WORD.search(para.text[max(0, m.start() - 12): m.start() + 1])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS and para.text[m.start()] == ".":
                continue
            if word and (word.group(1).rstrip(".").isupper() and len(word.group(1).rstrip(".")) == 1
                         or INITIALS.fullmatch(word.group(1))) and para.text[m.start()] == ".":
                continue  # an initial: "J. Smith", "J.P. Nadda" (not the "m" of "a record of £96m. The club ...")
            end = m.end()
            piece = para.text[start:end].rstrip()
            if piece:
                out.append(Sentence(para.start + start, para.start + start + len(piece), piece, para.index))
            start = end
        piece = para.text[start:].rstrip()
        if piece:
            out.append(Sentence(para.start + start, para.start + start + len(piece), piece, para.index))
    return out


_QUOTE_MARK = re.compile(r"[“”\"]")
_LAST_WORD = re.compile(r"([A-Za-z.]+)[.!?…]*$")  # the word a boundary closes


def _quote_spans(chunk: str, offset: int) -> tuple[list[tuple[int, int]], bool]:
    """Quoted spans of one paragraph; straight quotes toggle, curly quotes pair."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    if '"' not in chunk and "“" not in chunk and "”" not in chunk:
        return spans, False  # no quote mark (three scans of the string, faster than the pattern's)
    for m in _QUOTE_MARK.finditer(chunk):
        i, ch = m.start(), m.group()
        if ch in "“\"" and open_at is None and (i == 0 or not chunk[i - 1].isalnum()):
            open_at = i
        elif ch in "”\"" and open_at is not None and i > open_at:
            spans.append((offset + open_at, offset + i + 1))
            open_at = None
    unclosed = open_at is not None
    if open_at is not None:
        spans.append((offset + open_at, offset + len(chunk)))
    return spans, unclosed


def within(spans):
    """A test of whether a position falls inside any of SPANS ((start, end) pairs), in log time: the
    spans are merged and sorted once, so a text of many dates and figures is read in linear time."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < merged[i][1]

    return inside
