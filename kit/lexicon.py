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
