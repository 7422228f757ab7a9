"""Path, "-" or URL -> decoded text and its format; size, binary and encoding checks.

Nothing here interprets the article: `clean.py` does that.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleNotFound, ArticleTooLarge, BinaryFile, EmptyArticle, FetchError
from .markdown import MARKDOWN_SUFFIXES, looks_like_markdown

MIME_SUFFIXES = (".mht", ".mhtml", ".eml")  # a page saved as one file ("Save as: Webpage, single file"), an e-mail
# what a folder of articles holds (not .json: gold files and the kit's own output sit beside articles; a JSON story
# is read when named)
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".pdf") + MIME_SUFFIXES + MARKDOWN_SUFFIXES

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # 5 MB (of 1,048,576 bytes, as --max-mb counts): a long feature is ~100 KB; a saved page with inline assets ~2 MB

# Leading bytes of the binary files people most often pick by mistake.
BINARY_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"RIFF": "a RIFF (WebP, WAV or AVI) file",
    b"PK\x03\x04": "a zip archive (or a Word/Excel file)",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "a program",
    b"SQLite format 3\x00": "an SQLite database",
}

BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<meta|<!--)", re.I)


@dataclass(frozen=True)
class RawArticle:
    """Decoded text as read, before cleaning."""

    text: str
    format: str  # "text", "html" or "markdown"
    source_path: str | None
    encoding: str
    title: str | None = None  # the headline where the file marks it apart (a PDF's largest type)


def read_source(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> RawArticle:
    """Read a file, "-" (standard input) or an http(s) URL into decoded text.

    >>> read_source("seeds/000_41e7d63e2c909d32.txt").format
    'text'
    """
    spec = os.fspath(path)
    if spec == "-":
        data = _read_limited(sys.stdin.buffer, max_bytes, "standard input")
        return decode_bytes(data, "standard input", suffix="")
    if re.match(r"^https?://", spec, re.I):
        return decode_bytes(_fetch(spec, max_bytes), spec, suffix=_url_suffix(spec))
    p = Path(spec)
    if not p.exists():
        raise ArticleNotFound(f"{spec}: no such file. Check the path (it is read from the folder you ran the command in).")
    if p.is_dir():
        raise ArticleNotFound(f"{spec}: is a folder, not an article. Give the path of one .txt or .html file inside it.")
    size = p.stat().st_size
    if size > max_bytes:
        raise ArticleTooLarge(
            f"{spec}: {_size(size)} is over the {_size(max_bytes)} limit. "
            "If it really is one article, raise the limit with --max-mb."
        )
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ArticleNotFound(f"{spec}: cannot be read ({e.strerror}). Check its permissions.") from None
    return decode_bytes(data, spec, suffix=p.suffix.lower(), source_path=spec)


def decode_bytes(data: bytes, name: str, suffix: str = "", source_path: str | None = None) -> RawArticle:
    """Bytes -> text: BOM first, then UTF-8, then Windows-1252; refuse binary data."""
    if not data.strip():
        raise EmptyArticle(f"{name}: the file is empty. Paste the article's text into it, or pick another file.")
    if suffix in MIME_SUFFIXES or _MIME_START.match(data[:8192]):
        return _mime_page(data, name, source_path)
    if data.startswith(b"%PDF"):
        from .pdf import pdf_text  # pypdf loads only for a PDF

        text, title = pdf_text(data, name)
        return RawArticle(text=text, format="text", source_path=source_path, encoding="pdf", title=title)
    kind = _binary_kind(data)
    if kind:
        raise BinaryFile(f"{name}: this is {kind}, not an article. Give a .txt or .html file.")
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyArticle(f"{name}: the file holds only blank space. Paste the article's text into it.")
    if suffix == ".json" or (text.lstrip()[:1] in ("{", "[") and text.rstrip()[-1:] in ("}", "]")):
        page = json_page(text, name, strict=suffix == ".json")
        if page is not None:
            return RawArticle(text=page, format="html", source_path=source_path, encoding=encoding)
    fmt = "html" if suffix in (".html", ".htm", ".xhtml") or _HTML_START.match(data[:512].lstrip(b"\xef\xbb\xbf")) else "text"
    if fmt == "text" and (suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text)):
        fmt = "markdown"  # "# Headline", "[News](https://...)": a page saved or copied as Markdown
    return RawArticle(text=text, format=fmt, source_path=source_path, encoding=encoding)


# the keys a story's JSON names its parts with: schema.org's NewsArticle (JSON-LD) first, then news APIs' own
_JSON_KEYS = {
    "body": ("articleBody", "body", "content", "text", "story", "article", "description"),
    "title": ("headline", "title", "name"),
    "author": ("author", "byline", "creator", "authors"),
    "outlet": ("publisher", "source", "outlet", "site_name", "siteName", "provider"),
    "published": ("datePublished", "published", "publishedAt", "published_at", "pubDate", "date", "firstPublished"),
}


def json_page(text: str, name: str, strict: bool = False) -> str | None:
    """A story stored as JSON (a schema.org NewsArticle, a news API's item, a list holding one) -> a small HTML
    page of its headline, outlet, writers, date and body, for the HTML cleaner; None when TEXT is no JSON story
    (a paste that merely opens with a brace), or a one-line error when a .json file holds none."""
    import html as html_lib
    import json

    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        if strict:
            raise EmptyArticle(f"{name}: this .json file is not valid JSON. "
                               "Check it, or save the story as .txt.") from None
        return None
    story = _json_story(data)
    if story is None:
        if strict:
            raise EmptyArticle(f"{name}: this JSON holds no story (no 'articleBody', 'body', 'content' or 'text'). "
                               "Save the story as .txt.")
        return None

    def first(part: str) -> str | None:
        for key in _JSON_KEYS[part]:
            value = _json_text(story.get(key))
            if value:
                return value
        return None

    body = first("body") or ""
    if "<p" not in body.lower():
        body = "".join(f"<p>{html_lib.escape(p.strip())}</p>" for p in re.split(r"\n\s*\n|\n", body) if p.strip())
    meta = {"og:title": first("title"), "og:site_name": first("outlet"), "author": first("author"),
            "article:published_time": first("published")}
    head = "".join(f'<meta property="{k}" name="{k}" content="{html_lib.escape(v, quote=True)}">'
                   for k, v in meta.items() if v)
    title = html_lib.escape(meta["og:title"] or "")
    return (f"<html><head><title>{title}</title>{head}</head><body><article>"
            f"{f'<h1>{title}</h1>' if title else ''}{body}</article></body></html>")


def _json_story(data, depth: int = 0) -> dict | None:
    """The object in DATA that holds a story's body: itself, the one in a list, or one a wrapper holds
    ("articles": [...], "data": {...}, "@graph": [...]), read a few levels deep."""
    if depth > 4:
        return None
    if isinstance(data, dict):
        if any(isinstance(data.get(k), str) and len(data[k].split()) >= 8 for k in _JSON_KEYS["body"]):
            return data
        items = list(data.values())
    elif isinstance(data, list):
        items = data
    else:
        return None
    for item in items[:50]:  # (a feed of thousands is no one story: its first ones are read)
        if isinstance(item, (dict, list)) and (found := _json_story(item, depth + 1)) is not None:
            return found
    return None


def _json_text(value) -> str | None:
    """A JSON field as text: a string, a {"name": ...} object (an author, a publisher), or a list of them."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _json_text(value.get("name") or value.get("title"))
    if isinstance(value, list):
        names = [n for v in value[:20] if (n := _json_text(v))]
        return ", ".join(names) or None
    return None


_MAX_MIME_PARTS = 2000  # a page saved with its pictures holds tens to a few hundred
# a MIME-Version header among the first header lines (not a paste that opens "Date: 12 March")
_MIME_START = re.compile(rb"(?:[A-Za-z][\w-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){0,40}?MIME-Version:", re.I)


def _mime_page(data: bytes, name: str, source_path: str | None) -> RawArticle:
    """A MIME document (a saved .mht page, an e-mailed newsletter) -> its HTML part, else its text part, decoded
    by the standard library's e-mail reader."""
    import email
    import email.policy

    if max(data.count(b"\n--"), data.count(b"Content-Type:") + data.count(b"content-type:")) > _MAX_MIME_PARTS:
        # (the standard library reads a part in ~0.7 ms: a file of thousands is no saved page, and would take minutes)
        raise BinaryFile(f"{name}: this holds over {_MAX_MIME_PARTS:,} MIME parts, too many for a saved page or e-mail. "
                         "Save the page as HTML instead.")
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = message.get_body(preferencelist=("html", "plain"))  # type: ignore[attr-defined]
    if part is None:
        raise EmptyArticle(f"{name}: this saved page or e-mail holds no HTML or text part. "
                           "Save the page as HTML instead.")
    try:
        text = part.get_content()
    except (LookupError, ValueError):  # an unknown charset, a broken encoding
        text = part.get_payload(decode=True).decode("latin-1")
    if not isinstance(text, str) or not text.strip():
        raise EmptyArticle(f"{name}: the saved page or e-mail is empty.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = "html" if part.get_content_subtype() == "html" else "text"
    return RawArticle(text=text, format=fmt, source_path=source_path, encoding=part.get_content_charset() or "utf-8")


def _binary_kind(data: bytes) -> str | None:
    for sig, kind in BINARY_SIGNATURES.items():
        if data.startswith(sig):
            return kind
    if any(data.startswith(bom) for bom, enc in BOMS if enc == "utf-16"):
        return None  # UTF-16 text is full of NUL bytes
    head = data[:8192]
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return "a Windows program"  # "MZ" alone is also how "MZ Capital said ..." begins
    if b"\x00" in head:
        return "binary data (it holds NUL bytes)"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > len(head) * 0.05:
        return "binary data (it is mostly control characters)"
    return None


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # five bytes are undefined in Windows-1252; Latin-1 maps every byte
        return data.decode("latin-1"), "latin-1"


def _read_limited(stream, max_bytes: int, name: str) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleTooLarge(f"{name}: over the {_size(max_bytes)} limit. Raise it with --max-mb.")
    return data


def _size(n: int) -> str:
    """Bytes as a reader says them, in the units of --max-mb (MB of 1,048,576 bytes)."""
    mb = n / (1024 * 1024)
    return f"{mb:.1f} MB" if mb >= 0.1 else f"{max(1, round(n / 1024))} KB"


def _fetch(url: str, max_bytes: int) -> bytes:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "kit/0.1 (newsroom figures kit)"})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return _read_limited(resp, max_bytes, url)
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        raise FetchError(f"{url}: could not be fetched ({reason}). Save the page as .html and give its path.") from None


def _url_suffix(url: str) -> str:
    tail = url.split("?", 1)[0].rsplit("/", 1)[-1]
    return Path(tail).suffix.lower() if "." in tail else ".html"
