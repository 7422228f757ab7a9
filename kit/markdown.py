"""Markdown -> the plain lines a reader sees, for the text cleaner.

An article saved or copied as Markdown (a reader-mode export, a notes app, a scraper's output) reads as
the same article pasted as text: "# Headline" is the headline's line, "*By Priya Sharma*" the byline's,
"[News](https://...)" the word "News", "![photo](https://...)" nothing. Each block (heading, paragraph, list
item, quote, table row) becomes its own paragraph; the line breaks inside a paragraph stay, as in a paste.
markdown-it-py (CommonMark) does the parsing; this module only walks its tokens.
"""
from __future__ import annotations

import re
from functools import cache

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_MARKUP = "[]()*_`<>&!#"  # Markdown's punctuation: links, emphasis, code, tags, entities, images, headings
_MAX_MARKUP_SHARE = 0.1  # an article in Markdown holds a few in a hundred characters (links, stars)
_TAG = re.compile(r"<[^<>]{0,2000}>")  # an HTML tag inside the Markdown (its text stays)


@cache
def _parser():
    from markdown_it import MarkdownIt  # loaded only for a Markdown file

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def markdown_text(source: str) -> str:
    """The text of a Markdown document, a block a paragraph ("\\n\\n" between), without its markup; a text dense
    with markup characters is no article and is returned as it is (the parser reads "[[[[..." at ~30 s a MB)."""
    if sum(map(source.count, _MARKUP)) > len(source) * _MAX_MARKUP_SHARE:
        return source
    blocks: list[str] = []
    row: list[str] | None = None  # a table row's cells, while inside one
    for token in _parser().parse(source):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            if row is not None and any(row):
                blocks.append(" | ".join(c for c in row if c))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(" ".join(text.split()))
            elif text.strip():
                blocks.append(text.strip())
        elif token.type in ("fence", "code_block"):
            if token.content.strip():
                blocks.append(token.content.strip())
        elif token.type == "html_block":
            text = _TAG.sub(" ", token.content)
            blocks.extend(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    return "\n\n".join(blocks)


def _inline_text(children) -> str:
    out: list[str] = []
    for c in children:
        if c.type in ("text", "code_inline"):
            out.append(c.content)
        elif c.type in ("softbreak", "hardbreak"):
            out.append("\n")
        # links keep their words (their text is a child of its own); images, inline HTML and emphasis marks go
    return "\n".join(line.strip() for line in "".join(out).split("\n"))


# a read-later tool's front matter: "---" lines around "key: value" lines (title, url, date, author, site ...)
_FRONT_MATTER = re.compile(r"---[ \t]*\n((?:[A-Za-z_][\w-]*[ \t]*:[^\n]*\n(?:[ \t]*-[ \t][^\n]*\n|[ \t]+[^\n]*\n)*){1,60})"
                           r"---[ \t]*(?:\n|$)")  # (a key's list may follow it: "authors:" / "  - Aditi Kulkarni")
_FRONT_KEYS = {
    "title": ("title", "headline"),
    "outlet": ("site", "site_name", "sitename", "publisher", "source", "outlet"),
    "byline": ("author", "authors", "byline", "by"),
    "published": ("date", "published", "date_published", "published_at", "pubdate"),
    "section": ("section", "category"),
}


def front_matter(source: str) -> tuple[dict[str, str], str]:
    """A Markdown file's front matter ("---" / "title: ..." / "---" at its top) as {"title", "outlet",
    "byline", "published", "section"}, and the text after it; ({}, SOURCE) where there is none."""
    m = _FRONT_MATTER.match(source.lstrip("\ufeff"))
    if m is None:
        return {}, source
    fields: dict[str, str] = {}
    key = ""
    for line in m.group(1).splitlines():
        if line[:1].isspace() or line.startswith("-"):
            item = line.strip().lstrip("-").strip().strip("'\"")
            if key and item:  # an item of the list the key before opens
                fields[key] = f"{fields[key]}, {item}" if fields.get(key) else item
            continue
        key, _, value = line.partition(":")
        key = key.strip().lower()
        fields[key] = value.strip().strip("[]").strip().strip("'\"").strip()
    meta = {part: value for part, keys in _FRONT_KEYS.items()
            if (value := next((fields[k] for k in keys if fields.get(k)), ""))}
    return meta, source.lstrip("\ufeff")[m.end():]


# whether a text file is Markdown: a "#" heading line near its top and a link or image, or several links
_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_OPENS_WITH_FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\n[A-Za-z_][\w-]*[ \t]*:")
_LINK = re.compile(r"\]\((?:https?:|/|#)")


def looks_like_markdown(text: str) -> bool:
    head = text[:20_000]
    links = len(_LINK.findall(head))
    return links >= 3 or (links >= 1 and _HEADING_LINE.search(head[:3000]) is not None) \
        or (_OPENS_WITH_FRONT_MATTER.match(head) is not None and front_matter(head)[0] != {})
