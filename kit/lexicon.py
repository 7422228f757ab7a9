"""Load the lexicons in kit/lexicons/ once each; build regex alternations from them.

Word lists are plain text, one entry a line, `#` starts a comment. Structured entries are TOML.
An editor extends the kit by adding lines to these files; no code changes.
"""
from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of kit/lexicons/NAME.txt, in file order, comments and blanks dropped."""
    text = resources.files("kit.lexicons").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def table(name: str) -> dict:
    """The parsed content of kit/lexicons/NAME.toml."""
    data = resources.files("kit.lexicons").joinpath(f"{name}.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))


def alternation(words, escape: bool = True) -> str:
    """A non-capturing group matching any of WORDS, longest first (so "as many as" beats "as")."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        raise ValueError("empty alternation: a lexicon the kit needs has no entries")
    parts = [re.escape(w) if escape else w for w in items]
    return "(?:" + "|".join(parts) + ")"


def first_char_alternation(words, ignore_case: bool = False) -> str:
    """alternation(WORDS) with the words grouped under their first character ("s(?:aid|ays)|t(?:old)"):
    for a case-sensitive pattern the same matches, as no two groups can match at one place and each
    group keeps the longest-first order, but the matcher tries a group only where its character
    stands, not every word at every place. For a re.I pattern pass IGNORE_CASE, which groups the words
    under their first letter in lower case ("Said" and "said" both match at one place, so they share
    a group; a character matches the letters of one group only)."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        raise ValueError("empty alternation: a lexicon the kit needs has no entries")
    groups: dict[str, list[str]] = {}
    for w in items:
        groups.setdefault(w[0].lower() if ignore_case else w[0], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(re.escape(c) + "(?:" + "|".join(rests) + ")" for c, rests in groups.items()) + ")"


def opening_characters(pattern: str, flags: int = 0) -> dict[str, str | None]:
    """For PATTERN, an alternation of named groups ("(?P<a>...)|(?P<b>...)"), each group's name -> a
    class ("[...]") of the characters the group can open with, read from the stdlib's own parse of the
    pattern; None for a group that may open with any character or match nothing. A look-ahead at that
    class changes none of the group's matches; the tests check the look-aheads a pattern writes
    against it (it is not called at run time: parsing a large pattern costs more than a few reads)."""
    from re import _constants as sre, _parser  # the stdlib's own reading of a pattern

    parsed = _parser.parse(pattern, flags)
    (op, av), = parsed.data
    names = {number: name for name, number in parsed.state.groupdict.items()}
    out: dict[str, str | None] = {}
    for branch in av[1] if op is sre.BRANCH else [parsed]:
        if len(branch.data) == 1 and branch.data[0][0] is sre.SUBPATTERN and branch.data[0][1][0] in names:
            chars, empty = _opening_chars(branch.data)
            out[names[branch.data[0][1][0]]] = None if chars is None or empty else "[" + "".join(sorted(chars)) + "]"
    return out


def _opening_chars(items) -> tuple[set[str] | None, bool]:
    """The characters (as pieces of a class) that parsed pattern ITEMS can open with, None when any
    may, and whether ITEMS can match the empty string. Zero-width tests (\\b, look-arounds) are passed
    over: the set only grows by it."""
    from re import _constants as sre

    categories = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}
    out: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is sre.IN:
            for kind, arg in av:
                if kind is sre.LITERAL:
                    out.add(re.escape(chr(arg)))
                elif kind is sre.RANGE:
                    out.add(re.escape(chr(arg[0])) + "-" + re.escape(chr(arg[1])))
                elif kind is sre.CATEGORY and arg in categories:
                    out.add(categories[arg])
                else:
                    return None, False  # a negated class or category: any character may open
            return out, False
        if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
            alternatives = [av[3] if op is sre.SUBPATTERN else av]
        elif op is sre.BRANCH:
            alternatives = av[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            alternatives = [av[2]]
        else:
            return None, False  # "." and the rest: any character may open
        empty = False
        for alternative in alternatives:
            chars, can_be_empty = _opening_chars(alternative)
            if chars is None:
                return None, False
            out |= chars
            empty |= can_be_empty
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] == 0:
            empty = True  # an optional part: what follows it may open too
        if not empty:
            return out, False
    return out, True


def may_end_with(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """False when text[lo:hi], its closing white space dropped, cannot end with one of WORDS (lower case, up to
    sixteen letters) in any case: then a pattern that ends with one of them, white space (or none, where the
    pattern allows it) and "$", searched there, cannot match, and the search need not be run. For ASCII text
    only, where ignoring case is lowering it (beyond ASCII, re.I also folds "ı" to "i" and "ſ" to "s")."""
    tail = text[lo:hi].rstrip()[-16:]  # (str.rstrip drops the white space \s matches)
    return not tail.isascii() or tail.lower().endswith(words)
