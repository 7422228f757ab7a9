"""Decoded text -> the cleaned Article: headline, outlet, section, byline, publication day;
app or page chrome and photo captions set apart from the body.

A text paste is read as a reader reads it: the lines above the first paragraph of prose are the
head (chrome, outlet, section, byline, publication line, headline), the short lines after the last
paragraph are the tail (sign-up calls, link lists). Input with no such cues is all body.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .errors import EmptyArticle
from .lexicon import alternation, word_list
from .load import RawArticle

PARAGRAPH_SEP = "\n\n"


@dataclass(frozen=True)
class Caption:
    """A photo caption, set apart from the body, with its credit ("PA", "Getty Images")."""

    text: str
    credit: str | None = None


@dataclass
class Article:
    """A cleaned article. `text` is the body; figure and date offsets index into it."""

    text: str
    title: str | None = None
    outlet: str | None = None
    section: str | None = None
    byline: list[str] = field(default_factory=list)
    published: dt.date | None = None
    captions: list[Caption] = field(default_factory=list)
    source_path: str | None = None
    format: str = "text"
    dateline: str | None = None
    chrome: list[str] = field(default_factory=list)
    encoding: str = "utf-8"

    @property
    def id(self) -> str:
        """sha256 of the body's UTF-8 bytes, hex: the same body gives the same id."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split(PARAGRAPH_SEP)

    @classmethod
    def from_text(cls, text: str, source_path: str | None = None) -> "Article":
        """Clean text already in memory (a paste, one sentence) as the kit cleans a .txt file.

        >>> Article.from_text("Police said 40 people were arrested.").text
        'Police said 40 people were arrested.'
        """
        if not isinstance(text, str) or not text.strip():
            raise EmptyArticle("the text is empty: give the article's text.")
        return clean_text(text.replace("\r\n", "\n").replace("\r", "\n"), source_path=source_path)


def clean(raw: RawArticle) -> Article:
    """The cleaned Article of a decoded file, by its format."""
    if raw.format == "html":
        from .html import clean_html  # trafilatura and lxml load only for HTML pages

        article = clean_html(raw.text, source_path=raw.source_path)
    elif raw.format == "markdown":
        from .markdown import front_matter, markdown_text  # markdown-it-py loads only for Markdown

        meta, text = front_matter(raw.text)
        article = clean_text(markdown_text(text), source_path=raw.source_path)
        article.format = "markdown"
        _read_front_matter(article, meta)
    else:
        article = clean_text(raw.text, source_path=raw.source_path)
    article.encoding = raw.encoding
    if raw.title and raw.title != article.title:
        article.title = raw.title  # a PDF's headline by its type, over a caption or a ticker read as one
    if not article.text.strip():
        name = raw.source_path or "the input"
        raise EmptyArticle(f"{name}: no article text found (only menus, links or captions). Check it is a news article.")
    return article


def author_names(author: str | None) -> list[str]:
    """The writers a page's or a file's author field lists: "Ana Berg; Tom Hult", "Ana Berg and Tom Hult"."""
    return [p.strip() for p in re.split(r"\s*(?:;|,|&|\band\b)\s*", author or "") if p.strip()]


def _read_front_matter(article: Article, meta: dict[str, str]) -> None:
    """What a Markdown file's front matter says of the story, over what its lines seemed to say."""
    if meta.get("title"):
        article.title = meta["title"]
    if meta.get("outlet"):
        article.outlet = meta["outlet"]
    if meta.get("byline"):
        article.byline = author_names(meta["byline"])
    if meta.get("section"):
        article.section = meta["section"]
    if meta.get("published"):
        try:
            article.published = dt.date.fromisoformat(meta["published"][:10])
        except ValueError:
            article.published = published_date(meta["published"]) or article.published


# ---------------------------------------------------------------------------------------------
# Line cues. Each is a small predicate over one stripped line.

_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$|["”’]$""")
_FULL_STOP_END = re.compile(r"""[.…]["'”’)\]]*$""")
_WORD = re.compile(r"[A-Za-z0-9’'£$€%-]+")
_WIRE_DATELINE = re.compile(
    r"""^(?P<dateline>
        [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]*(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]*){0,3}   # LONDON, NEW YORK, ST. PETERSBURG
        (?:,[ ][A-Z][a-z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){0,2}(?=,))?  # , Japan  /  , South Korea
        (?:,[ ][A-Z][A-Za-z.]*[ ]\d{1,2}(?:,[ ]\d{4})?)?  # , March 3  /  , Oct. 12, 2024
        (?:[ ]?\([^()\n]{1,40}\))?                 # (Reuters), (Newswire)
        (?:[ ]?[–—]+[ ]?|[ ]?-+[ ]))               # the dash that ends it ("MALAWI-FUEL/PROTESTS" is a slug)
    (?=\S)""",
    re.X,
)
_PUBLISHED_CUE = re.compile(
    r"^(?:first\s+)?(?:published|updated|posted|last\s+(?:updated|modified)|modified|date)\b[:\s]*", re.I
)
_BY_LINE = re.compile(r"^(?:(?:story|words|written|reporting|report|text)\s+)?by\s+(?=[A-ZÀ-ÖØ-Þ])", re.I)  # "Story by ..." (an aggregator)
_NAME = (r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:de|van|von|da|di|del|dos|du|le|bin|ibn|al|Ó|Ní|Nic|Uí|Ua|"  # "Ciarán Ó Dónaill"
         r"[A-ZÀ-ÖØ-Þ][\w'’.-]+)){1,3}")
# a weekday or a day's number after a byline's last name: the time the page prints beside it
_DATE_AFTER_NAME = re.compile(r"\s(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\b|\d).*$")
_NAME_IN_PLACE = rf"{_NAME}\s+in\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){{0,2}}"  # "Lucía Barrera in Panama City"
_NAMES_IN_PLACES = re.compile(rf"^{_NAME_IN_PLACE}(?:\s*(?:,|\band\b)\s*{_NAME_IN_PLACE})*$")
_NAMES_LINE = re.compile(rf"^{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*$")
_CREDIT_TAIL = re.compile(r"\s*\((?P<credit>[^()\n]{2,80})\)\s*$")
_CREDIT_PREFIX = re.compile(r"\s*(?:Photograph|Photo|Picture|Image|Credit)s?:\s*(?P<credit>[^\n]{2,80})$")
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_IN_LINE = re.compile(
    rf"""(?ix)
    (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTHS})\.?,?\s+(?P<y1>\d{{4}})      # 17 February 2022
    | (?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})   # February 17, 2022
    | (?P<y3>\d{{4}})-(?P<n3>\d{{2}})-(?P<d3>\d{{2}})                               # 2022-02-17
    | (?P<d4>\d{{1,2}})/(?P<n4>\d{{1,2}})/(?P<y4>\d{{4}})                           # 17/02/2022
    """
)
_DATE_WORDS = re.compile(
    rf"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?[\d\s:.,/-]*(?:{_MONTHS})?[\s\d:.,/-]*"
    r"(?:(?:am|pm)\s*)?(?:gmt|bst|cet|cest|utc|est|edt|pst|pdt|et|ist|aest|aedt|jst|sgt|hkt)?(?:[+−-]\d{1,2}(?::?\d{2})?)?\s*$"
)  # ("August 14, 2026 3:18 PM GMT+1")


@cache
def _chrome_re() -> re.Pattern:
    return re.compile(alternation(word_list("chrome"), escape=False), re.I)


@cache
def _credit_words() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("credits"))


@cache
def _sections() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("sections"))


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("outlet_words"))


def words_in(line: str) -> int:
    return len(_WORD.findall(line))


_STRIP_SEP = re.compile(r"\s[·|•]\s")


def is_chrome_strip(line: str) -> bool:
    """A strip of short items set apart by dots or bars, one of them a chrome cue: "Subscribe from
    £4.99 a month · Tel. 05 61 22 48 90 · 14 rue d'Alsace-Lorraine, 31000 Toulouse"; or a numbered
    list of links under a chrome cue: "Most read: 1. Man, 34, charged ...  2. ...  3. ..."."""
    head, colon, rest = line.partition(":")
    if colon and words_in(head) <= 4 and is_chrome(head) and len(_LIST_ITEM.findall(rest)) >= 2:
        return True
    parts = _STRIP_SEP.split(line)
    return len(parts) >= 2 and all(words_in(p) <= 10 for p in parts) and any(is_chrome(p) for p in parts)


# a link set in the body or listed under a cue: "Related: Five things to know about ...", "Read more: ..."
_LINK_PREFIX = re.compile(r"(?:related|read more|read also|also read|see also|more on this|recommended|watch|listen|"
                          r"quiz|poll|live|explainer)\s*:", re.I)
# a headline with a short label: "Transfer tracker: all 312 deals", "Quiz: Can you name ..."
_LABELLED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’+-]*(?: [\w'’+-]+){0,2}:\s")
_LIST_ITEM = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+[A-ZÀ-ÖØ-Þ]")


def is_chrome(line: str) -> bool:
    """A line of app or page furniture: a sign-up call, a link-list heading, a promo, a market ticker."""
    return (words_in(line) <= 14 and _chrome_re().search(line) is not None) or _TICKER.search(line) is not None \
        or (len(_SIGNED_CHANGES.findall(line)) >= 2 and not _SENTENCE_END.search(line)) \
        or _LIVE_PROMO.match(line) is not None or (_COPYRIGHT_LINE.match(line) is not None and words_in(line) <= 40)


# a market ticker of any length: "S&P 500 6,842.10 ▲0.3% NASDAQ 23,511.94 ▲0.6% ... BTC 112,430 ▼1.2%"
_TICKER = re.compile(r"[▲▼][^▲▼]*[▲▼]")
# ... or with signs: "FTSE 100 8,214 +0.7% FTSE 250 21,037 -0.2%" (two signed changes, no sentence)
_SIGNED_CHANGES = re.compile(r"(?<!\S)[+\-−]\d[\d.,]*%")
# a page's foot opening on its copyright, however long: "© 2026 Thornbridge Live. Part of ..., registered in
# England No. 04839211. Newsdesk: 01632 960 418"
_COPYRIGHT_LINE = re.compile(r"(?:©|\(c\)\s*(?:19|20)\d\d\b|copyright\s*(?:©|\(c\)|(?:19|20)\d\d\b))", re.I)
# a live blog's promo over the headline, in capitals: "LIVE Commons budget vote: 3 things to watch tonight"
_LIVE_PROMO = re.compile(r"(?:[●🔴]\s*)?LIVE\b(?![’'])")


def is_role_line(line: str) -> bool:
    """A newsroom role on its own line under a byline: "Health Correspondent", "Local Democracy Reporter"."""
    ws = line.split()
    return 1 <= len(ws) <= 4 and ws[-1].lower() in _byline_roles() and all(w[:1].isupper() for w in ws) \
        and _name_with_tail(line) is None  # (not "Ana Berg, Transport Correspondent": a name, then the role)


# a site's cookie banner, however long: "We and our 142 partners use cookies ... Manage preferences  Accept all"
_COOKIES = re.compile(r"\bcookies?\b", re.I)
# its buttons, which end the line: "... Manage preferences    Accept all"
_CONSENT_BUTTONS = re.compile(r"\b(?:accept(?: all| cookies)?|reject(?: all)?|manage (?:preferences|options|settings|cookies)|"
                              r"cookie settings|(?:i )?agree(?: and (?:close|continue))?|got it|ok|manage)\W{0,3}$", re.I)


def is_consent_banner(line: str) -> bool:
    """A cookie banner of up to 60 words that ends in its buttons ("Manage preferences  Accept all"): a
    story's last paragraph about cookies ends in a sentence and is kept."""
    return words_in(line) <= 60 and _COOKIES.search(line) is not None and _CONSENT_BUTTONS.search(line) is not None


def is_prose(line: str) -> bool:
    """A paragraph of running text: enough words and a sentence's end."""
    return (words_in(line) >= 8 and _SENTENCE_END.search(line) is not None) or (
        (m := _WIRE_DATELINE.match(line)) is not None and words_in(line[m.end():]) >= 6)  # (not "AGENCY - AFRICA SERVICE")


def caption_parts(line: str) -> Caption | None:
    """A photo caption: text ending in a bracketed credit, or a "Photograph: X" credit line, or a caption a page
    labels as such ("Image caption, Passengers wait ..."; its "Image source, Reuters" is page furniture)."""
    labelled = _LABELLED_CAPTION.match(line)
    if labelled:
        return Caption(text=line[labelled.end():].strip())
    for pattern in (_CREDIT_TAIL, _CREDIT_PREFIX):
        m = pattern.search(line)
        if m and _looks_like_credit(m.group("credit")):
            return Caption(text=line[: m.start()].strip(), credit=m.group("credit").strip())
    m = _AGENCY_CHAIN_TAIL.search(_LICENSING_TAIL.sub("", line))
    if m and m.group("agency").lower() in _credit_words():
        # "... in northern Chile, June 3, 2026. REUTERS/Ivan Alvarado/File Photo": an agency's credit chain, unbracketed
        return Caption(text=_GALLERY_COUNT.sub("", m.string[: m.start()]).strip(), credit=m.group("credit").strip())
    return None


_LABELLED_CAPTION = re.compile(r"(?:Image|Media|Video|Picture|Photo)\s+caption,\s*(?=\S)", re.I)


# an agency in capitals, then its photographer and more after slashes, ending the line: "REUTERS/Ivan Alvarado/File
# Photo", "AFP/Getty Images" (no point after it: a story's sentence ends in one)
_AGENCY_CHAIN_TAIL = re.compile(r"(?<=[.!?”\s])\s*(?P<credit>(?P<agency>[A-Z][A-Za-z-]{1,15})/[^/\n]{2,40}(?:/[^/\n.]{2,40}){0,3})$")
_LICENSING_TAIL = re.compile(r"\s*Purchase Licensing Rights(?:,\s*opens new tab)?\s*$")  # a wire photo's button
_GALLERY_COUNT = re.compile(r"^(?:Item\s+\d+\s+of\s+\d+|\[\d+/\d+\])\s*")  # "Item 1 of 2", "[1/2]" before a gallery's caption


def _looks_like_credit(credit: str) -> bool:
    """ "PA", "Getty Images", "SERGEY KOZLOV/EPA-EFE/REX/Shutterstock": an agency, or a "/" chain."""
    words = re.findall(r"[A-Za-z]+", credit)
    if not words or len(words) > 8:
        return False
    return "/" in credit or any(w.lower() in _credit_words() for w in words)


def published_date(line: str) -> dt.date | None:
    """The day of a publication line ("Updated 14 June 2025, 09:12 BST"), else None."""
    m = _DATE_IN_LINE.search(line)
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["y1"]:
            return dt.date(int(g["y1"]), _month(g["m1"]), int(g["d1"]))
        if g["y2"]:
            return dt.date(int(g["y2"]), _month(g["m2"]), int(g["d2"]))
        if g["y3"]:
            return dt.date(int(g["y3"]), int(g["n3"]), int(g["d3"]))
        return dt.date(int(g["y4"]), int(g["n4"]), int(g["d4"]))
    except ValueError:
        return None


def _month(name: str) -> int:
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(name[:3].lower()) + 1


def is_publication_line(line: str) -> bool:
    """ "Published 3 May 2023", "Updated 14 June 2025, 09:12 BST", "Thu 17 Feb 2022 10.45 GMT", and a
    paper's edition line, whose date stands between short parts ("Letterkenny · Wednesday, 31 May 2023 · €2.50")."""
    if published_date(line) is None:
        return False
    if _PUBLISHED_CUE.match(line) or _DATE_WORDS.match(line):
        return True
    parts = _EDITION_PARTS.split(line)
    return 1 < len(parts) <= 4 and all(words_in(p) <= 4 for p in parts) and any(
        _DATE_WORDS.match(p) and published_date(p) for p in parts)


_EDITION_PARTS = re.compile(r"\s+[|·•]\s+")


def byline_names(line: str) -> list[str]:
    """The names of a byline: "By Clara Jennings in London and Piotr Nowak in Brussels" is two;
    "Mikael Sørensen · Defence correspondent" and "Ana Ciobanu, Chisinau" are one."""
    tailed = _name_with_tail(line)
    if tailed:
        return [tailed]
    body = _BY_LINE.sub("", line.strip())
    body = re.split(r"\s*[|·•]\s*", body)[0]
    names = []
    for part in re.split(r"\s*(?:,|&|\band\b|;)\s*", body):
        part = re.sub(r"\s+(?:in|at|from)\s+[A-ZÀ-ÖØ-Þ].*$", "", part)  # "Clara Jennings in London"
        part = _DATE_AFTER_NAME.sub("", part)  # "Tom Gallagher Thu 12 Mar 2026 06.30 GMT": the page's time after the name
        m = re.match(_NAME, part)
        if m and m.group(0).split()[-1].lower() not in _byline_roles():
            words = m.group(0).split()
            cut = next((k for k in range(2, len(words)) if (words[k].isupper() and len(words[k]) > 1)
                        or words[k].lower() in _outlet_words()), len(words))
            names.append(" ".join(words[:cut]))  # (not "Health Correspondent" beside the name; not the outlet a
            # page prints after it: "By Tom Whitcombe & Priya Nair UKBN News")
    return names


@cache
def _byline_roles() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("byline_roles"))


# a byline's name and what follows it: "Park Min-ji · Seoul", "Ingrid Sjöberg · Political correspondent, Stockholm"
_TAIL_SPLIT = re.compile(r"\s*[·|•,]\s*")


def _name_with_tail(line: str) -> str | None:
    """The name of a byline line that adds the writer's role or town after it, else None."""
    parts = _TAIL_SPLIT.split(_BY_LINE.sub("", line.strip()))
    if len(parts) < 2 or len(parts) > 4 or not re.fullmatch(_NAME, parts[0]) or parts[0].isupper() \
            or parts[0].split()[-1].lower() in _byline_roles():
        return None
    for p in parts[1:]:
        ws = p.split()
        if not (1 <= len(ws) <= 5 and (ws[-1].lower() in _byline_roles() or _names_a_place(p))):
            return None
    return parts[0]


def is_byline(line: str) -> bool:
    line = _SHIFT_NOTE.sub("", line)  # a live blog's writers by their shift: "Rhona McAllister (now) and Euan Stroud (earlier)"
    if _BY_LINE.match(line) and words_in(_BYLINE_FIELDS.split(line, maxsplit=1)[0]) <= 16:
        # (its first field: "By Tom Reddish, football finance correspondent | Friday 27 March 2026, 07:00 GMT |
        # Updated 11:42 GMT" is a byline however many fields the page adds after it)
        return bool(byline_names(line))
    if words_in(line) <= 12 and _name_with_tail(line):
        return True
    return (
        words_in(line) <= 12
        and not line.startswith("The ")  # "The Continental" names a paper, not a person
        and not line.isupper()  # "WOMEN'S FOOTBALL", "THE MERIDIAN": a section, a paper
        and _NAMES_LINE.match(line) is not None
        and not _is_outlet_like(line)
        and line.lower() not in _sections()
    )


_BYLINE_FIELDS = re.compile(r"\s[|·•]\s")
_SHIFT_NOTE = re.compile(r"\s*\((?:now|earlier|later|until\s+\d{1,2}[.:]\d{2}|from\s+\d{1,2}[.:]\d{2})\)", re.I)


def _is_menu_line(line: str) -> bool:
    """A site's menu: four or more short items set apart by bars ("Home | Football | Premier League | ... |
    Tables"), or three or more section names in a row ("News   Sport   Business   Opinion   Life")."""
    parts = _BYLINE_FIELDS.split(line)
    if len(parts) >= 4 and all(1 <= words_in(p) <= 3 and not any(c.isdigit() for c in p) for p in parts):
        return True
    words = line.split()
    sections = _sections()
    return len(words) >= 3 and sum(w.lower() in sections for w in words) >= len(words) - 1 >= 2 \
        and all(w[:1].isupper() for w in words)


def _is_outlet_like(line: str) -> bool:
    return any(w.lower() in _outlet_words() for w in re.findall(r"[A-Za-z]+", line))


def is_section(line: str) -> bool:
    """A section's name ("World", "Business") or a breadcrumb of them ("News › Politics › Council")."""
    if line.strip().lower() in _sections():
        return True
    parts = _CRUMB.split(line.strip())
    return 2 <= len(parts) <= 6 and all(1 <= words_in(p) <= 4 and p[:1].isupper() for p in parts)


_CRUMB = re.compile(r"\s+[›»>]\s+")


# the parts of an app's masthead or a wire's service line, set apart by wide spaces or a separator:
# "≡ Menu        GLOBE DISPATCH        🔍   Sign in", "SAHEL PRESS AGENCY - AFRICA SERVICE"
_MASTHEAD_PARTS = re.compile(r"\s{2,}|\t|\s[|·•\-–—\ufffd]\s")
_MASTHEAD_NAME = re.compile(r"[A-Z][A-Za-z&'’.]*(?: [A-Z][A-Za-z&'’.]*){0,3}")
_CAMEL_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_MENU_WORDS = frozenset({"menu", "search", "home", "sign in", "log in", "subscribe", "live", "advertisement", "more"})


def masthead_name(line: str) -> str | None:
    """The publication a head line names among its buttons: an outlet-like part ("The Occitanie Post"), else
    a part in capitals ("GLOBE DISPATCH", "PULSE") that is no section, place, button or chrome cue."""
    parts = [p.strip() for p in _MASTHEAD_PARTS.split(line.strip()) if p.strip()]
    if not 2 <= len(parts) <= 5:
        return None  # (a menu of many items is no masthead: "For You   Top Stories   Asia   ...   Live TV")
    for p in parts:
        if is_outlet(p) and not is_section(p) and not _names_a_place(p):
            return p
    for p in parts:
        if _CAMEL_NAME.fullmatch(p):
            return p  # "EastWatch", "NewsPort": one word with a capital inside
        if _MASTHEAD_NAME.fullmatch(p) and p.isupper() and len(p) >= 3 and p.lower() not in _MENU_WORDS \
                and not is_section(p) and not is_chrome(p) and not _names_a_place(p):
            return p
    return None


def _names_a_place(line: str) -> bool:
    from .places import lookup

    return lookup(line.strip().title()) is not None or lookup(line.strip()) is not None


def is_outlet(line: str) -> bool:
    """A short title-case line naming a publication ("Daily Mirror", "The Herald")."""
    ws = re.findall(r"[^\W\d_][\w'’&.-]*", line)
    if 2 <= len(ws) <= 4 and ws[0] == "The" and not _SENTENCE_END.search(line) and all(w[0].isupper() for w in ws):
        return True  # "The Continental", "The World Report"
    return 1 <= len(ws) <= 5 and not _SENTENCE_END.search(line) and _is_outlet_like(line) and all(
        w[0].isupper() or w.lower() in ("of", "the", "and", "on") for w in ws
    )


# ---------------------------------------------------------------------------------------------
# The text cleaner.


def split_paragraphs(text: str) -> list[str]:
    """Lines of a paste -> paragraphs; a hard-wrapped line continues when the next starts lower case."""
    paras: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [" ".join(l.replace("\u00a0", " ").split()) for l in block.split("\n")]
        lines = [l for l in lines if l]
        wrapped = _hard_wrapped(lines)
        current = ""
        for line in lines:
            if current and (wrapped or not _SENTENCE_END.search(current) and line[:1].islower()):
                current += " " + line
            else:
                if current:
                    paras.append(current)
                current = line
        if current:
            paras.append(current)
    return paras


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the lines of a block are one paragraph broken at a fixed width (a wire story or a saved e-mail
    wrapped at 72-80 characters): every line but the last is too full for the next line's first word, and the
    widest is no wider than a wrapping width. A line that opens with a capital or a number ("Denise Arsenault,
    61, said", "11:40 p.m.") then still continues the sentence before it."""
    if len(lines) < 2:
        return False
    width = max(len(l) for l in lines)
    # each line broke because the next word would not fit: the test of a wrap (a list of headlines fails it)
    return _WRAP_MIN <= width <= _WRAP_MAX and all(
        len(line) + 1 + len(nxt.split(" ", 1)[0]) > width for line, nxt in zip(lines, lines[1:])) \
        and not any(is_chrome(line) or is_chrome_strip(line) for line in lines) \
        and not any(_BY_LINE.match(line) and is_byline(line) for line in lines[1:])
    # (not a footer's two lines; not a headline over its "By ..." line)


_WRAP_MIN, _WRAP_MAX = 60, 100  # the widths text is wrapped at


def clean_text(text: str, source_path: str | None = None) -> Article:
    """The Article of a plain-text paste or wire story."""
    lines = split_paragraphs(text)
    if not lines:
        raise EmptyArticle(f"{source_path or 'the text'}: no text found.")
    first_body = next((i for i, l in enumerate(lines) if _opens_body(lines, i)), None)
    if first_body is None:
        first_body = 0 if not any(_head_cue(l) for l in lines) else len(lines)
    head, rest = lines[:first_body], lines[first_body:]
    article = Article(text="", source_path=source_path, format="text")
    masthead = next((name for line in text.lstrip("\ufeff").splitlines()[:4] if (name := masthead_name(line))), None) \
        if head else None
    rest = _read_head(head, article, has_body=bool(rest), masthead=masthead) + rest
    rest = _drop_tail(rest, article)
    body: list[str] = []
    skip = -1
    for i, line in enumerate(rest):
        if i == skip:
            article.chrome.append(line)
            continue
        if i <= 3 and len(body) <= 2 and not article.byline and i + 1 < len(rest) and _writer_then_role(line, rest[i + 1]):
            # "Tom Harrington" / "News reporter @tomharringtonsky" under a standfirst: the writer and the role
            article.byline, skip = [line.strip()], i + 1
            continue
        if i == 0 and (m := _WIRE_DATELINE.match(line)):
            article.dateline = m.group("dateline").strip(" -–—")
            line = line[m.end():]
            agency = re.search(r"\(([^()]+)\)", article.dateline)
            if agency and article.outlet is None:
                article.outlet = agency.group(1).strip()  # "LONDON, March 3 (Reuters) -"
        cap = caption_parts(line)
        if cap is not None:
            article.captions.append(cap)
        elif (words_in(line) <= 8 and is_chrome(line)) or is_chrome_strip(line) or (words_in(line) <= 20 and _LINK_PREFIX.match(line)):
            article.chrome.append(line)
        elif is_publication_line(line) and words_in(line) <= 10 and not body:
            article.published = article.published or published_date(line)
        else:
            body.append(line)
    if not body:
        # nothing read as a story: the input is all body (a pasted sentence, a short note)
        return Article(text=PARAGRAPH_SEP.join(lines), source_path=source_path, format="text")
    body = _set_tables_apart(body, article)
    article.text = PARAGRAPH_SEP.join(body)
    tidy_head(article)
    return article


def _set_tables_apart(body: list[str], article: Article) -> list[str]:
    """A table pasted as lines (a results table, a league table: "Progressive Alliance 47 +12 742,118 40.2%"), two
    rows or more of several numbers and no sentence, with its header row above, is set apart as an HTML page's
    table is: its cells repeat or sum up what the story says."""
    rows = [len(_NUMBER_CELL.findall(line)) >= 2 and words_in(line) <= 16 and not _SENTENCE_END.search(line)
            and not _LABELLED.match(line) and not _LIST_MARK.match(line) for line in body]
    keep = [True] * len(body)
    i = 0
    while i < len(body):
        if not rows[i]:
            i += 1
            continue
        j = i
        while j < len(body) and rows[j]:
            j += 1
        if j - i >= 2:
            lo = i - 1 if i > 0 and not is_prose(body[i - 1]) and words_in(body[i - 1]) <= 12 else i  # its header row
            for k in range(lo, j):
                keep[k] = False
                article.chrome.append(body[k])
        i = j
    return [line for line, k in zip(body, keep) if k]


_LIST_MARK = re.compile(r"[•▪●◦*–-]\s|\d{1,2}[.)]\s")  # a key point's bullet, a list's number: no table row
_NUMBER_CELL = re.compile(r"(?<![\w.,])[+\-−]?\d[\d.,]*%?(?![\w])")


def _writer_then_role(line: str, after: str) -> bool:
    """Whether LINE is a writer's name alone and AFTER their newsroom role ("News reporter @handle")."""
    ws = line.split()
    if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in ws):
        return False
    role = [w for w in after.split() if not w.startswith("@")]
    if not 1 <= len(role) <= 4 or role[-1].lower() not in _byline_roles():
        return False
    from .places import first_names  # (read only here: the import of kit stays light)

    return ws[0] in first_names()


def tidy_head(article: Article) -> None:
    """The outlet as a reader names it, and the byline without it: "MANILA, Aug 29 (Reuters)" -> "Reuters",
    "Follow The Wessex Chronicle +" -> "The Wessex Chronicle", "HEALTH · From The Lakeshore Ledger" -> "The
    Lakeshore Ledger", "The Paris Dispatch – Business" and "Education | The Northern Ledger" -> the outlet's own
    name; a byline "Liisa Koren, Tomas Hult, OVR News" names two writers and their outlet."""
    outlet = article.outlet
    if outlet:
        if (agency := _DATELINE_AGENCY.fullmatch(outlet.strip())) is not None:
            outlet = agency.group(1)
        parts = [p.strip() for p in _OUTLET_PARTS.split(outlet) if p.strip()]
        fro = [p[5:] for p in parts if p.startswith("From ")]
        named = [p for p in parts if _is_outlet_like(p) and p.lower() not in _sections()]
        if fro:
            outlet = fro[-1]  # "HEALTH · From The Lakeshore Ledger"
        elif len(parts) > 1 and named:
            outlet = named[0]  # "Education | The Northern Ledger", "The Riviera Courier — Travel & Tourism"
        elif len(parts) > 1 and all(p.lower() in _sections() for p in parts[1:]):
            outlet = parts[0]  # "The Paris Dispatch – Business": the outlet, then its section
        outlet = _FOLLOW.sub("", outlet).strip() or outlet
        words = [w for w in outlet.split() if any(c.isalnum() for c in w) and w.lower() not in _APP_BUTTONS]
        if len(words) > 1 and words[0].lower() in _sections() and len(words) < len(outlet.split()):
            words = words[1:]  # "‹ World NORDIC POST Aa ⋯": the section the app shows above its name
        outlet = " ".join(words) or outlet  # (icons and buttons around an app's name: "≡ Menu MERIDIAN NEWS 🔍 🔔")
        article.outlet = outlet
    if article.outlet is None:
        # no masthead above the story: the publisher its copyright line names, when the name is an outlet's
        # ("© 2026 North Gazette Ltd. All rights reserved." -> "North Gazette"; not "© 2026 Reach plc", a group)
        holder = next((m.group("name") for line in article.chrome if (m := _COPYRIGHT_HOLDER.match(line.strip()))), None)
        name = _COMPANY_SUFFIX.sub("", holder).strip() if holder else ""
        if name and _is_outlet_like(name) and name.split()[-1] not in _PUBLISHING_GROUPS:
            article.outlet = name
    if article.outlet and article.byline:
        same = " ".join(article.outlet.lower().split())
        article.byline = [n for n in article.byline if " ".join(n.lower().split()) != same]


_DATELINE_AGENCY = re.compile(r"[A-Z][A-Z .'’-]{1,40},(?:\s+[A-Za-z]{3,9}\.?\s+\d{1,2}|\s+\d{1,2}\s+[A-Za-z]{3,9})\s*\(([^()]{2,40})\)\s*[-–—]?")
_OUTLET_PARTS = re.compile(r"\s+[·|–—-]\s+")
_COPYRIGHT_HOLDER = re.compile(r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?,?\s+)?"
                               r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z&][\w&'’-]*|of|the)){0,5})")
_PUBLISHING_GROUPS = frozenset({"Group", "Holdings", "Publishing", "Publications", "Media", "Newspapers"})  # an owner
_COMPANY_SUFFIX = re.compile(r"(?:\s+(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|SA|AG|All)\b\.?)+$")
_APP_BUTTONS = frozenset({"menu", "aa", "search", "share", "more"})  # words of an app's buttons beside its name
_FOLLOW = re.compile(r"^Follow\s+|\s*\+$")


def _opens_body(lines: list[str], i: int) -> bool:
    """Whether line I is the story's first paragraph: prose, and not a promo written as prose above the
    headline ("Try NewsStand Premium free for 30 days, then €6.99 a month. Cancel anytime.", with the
    byline or the publication line still to come)."""
    line = lines[i]
    if not is_prose(line):
        return False
    if words_in(line) <= 60 and _COOKIES.search(line) and any(_CONSENT_BUTTONS.search(x) for x in lines[i:i + 3]):
        return False  # a cookie banner over the page, its buttons on the line below ("Accept all  Manage preferences")
    if i + 1 < len(lines) and _BY_LINE.match(lines[i + 1]) and is_byline(lines[i + 1]):
        return False  # the line over a byline is the headline or standfirst ("... still ‘voting with their feet’")
    if words_in(line) <= 30 and _chrome_re().search(line):
        if words_in(line) < 10:
            return False
        return not any(_head_marker(x) for x in lines[i + 1:i + 6])
    return True


def _head_marker(line: str) -> bool:
    """A byline ("By Katrin Hofbauer") or a publication line: the head of the story, not its body."""
    return (_BY_LINE.match(line) is not None and is_byline(line)) or (is_publication_line(line) and words_in(line) <= 10)


_YOU = re.compile(r"\b(?:you|your)\b", re.I)  # a sign-up call speaks to the reader
_STATUS_BAR = re.compile(r"\d{1,2}:\d{2}(?:\s+\S+){0,4}\s+\d{1,3}\s?%$")


def _head_cue(line: str) -> bool:
    return is_chrome(line) or is_byline(line) or is_publication_line(line) or is_section(line) or is_outlet(line)


def _read_head(head: list[str], article: Article, has_body: bool, masthead: str | None = None) -> list[str]:
    """Classify the lines above the first paragraph: chrome, metadata, headline; return body lines.
    MASTHEAD is the publication the first lines name among their buttons (read before spaces are joined)."""
    if not head:
        return []
    chrome = [is_chrome(l) for l in head]  # (read once a line: the search for a byline and the walk below ask it)
    chrome_idx = [i for i, c in enumerate(chrome) if c]
    # a "By ..." line is the byline; a bare line of names counts only where there is none
    has_by_line = any(_BY_LINE.match(l) and is_byline(l) for l in head)
    # with no "By" line, a bare line of names whose every name opens with a given name beats a menu's
    # capitalised words ("Markets Companies Shipping & Trade Opinion Podcasts")
    from .places import first_names  # (read when a head is: the import of kit stays light)

    given = None if has_by_line else next(
        (l for l, c in zip(head, chrome) if not c and (is_byline(l) or _NAMES_IN_PLACES.match(l)) and (names := byline_names(l))
         and all(n.split()[0] in first_names() for n in names)), None)
    leftovers: list[str] = []
    outlets: list[str] = []
    for i, line in enumerate(head):
        if i == 0 and _STATUS_BAR.match(line):
            article.chrome.append(line)  # a phone's status bar, pasted with the app ("9:41   5G  87%")
        elif _BY_LINE.match(line) and not article.byline and not is_consent_banner(line) and is_byline(line) \
                and chrome[i]:
            article.byline = byline_names(line)  # "Story by Rebecca Nyathi • 9h • 4 min read": the writer, then chrome
            article.published = article.published or published_date(line)
        elif chrome[i] or _is_menu_line(line):
            article.chrome.append(line)
            if words_in(line) <= 12 and published_date(line):  # "20 June 2025 · 5 min read"
                article.published = article.published or published_date(line)
        elif is_publication_line(line):
            article.published = article.published or published_date(line)
        elif is_consent_banner(line) or is_role_line(line) or (
                words_in(line) <= 60 and _COOKIES.search(line) and any(_CONSENT_BUTTONS.search(x) for x in head[i + 1:i + 3])):
            article.chrome.append(line)  # a cookie banner (its buttons on the line below), "Health Correspondent"
            # under the byline
        elif not article.byline and (line == given or given is None and is_byline(line)
                                     and has_by_line <= bool(_BY_LINE.match(line))):
            article.byline = byline_names(line)
        elif is_section(line) and article.section is None:
            article.section = line.strip()
        elif is_outlet(line):
            outlets.append(line.strip())
        elif caption_parts(line) is not None:
            article.captions.append(caption_parts(line))
        elif words_in(line) <= 4 and i - 1 in chrome_idx and i + 1 in chrome_idx:
            article.chrome.append(line)  # a short line between two promos ("One app.")
        elif masthead and masthead in line and words_in(line) <= words_in(masthead) + 6:
            article.chrome.append(line)  # the masthead's line: "NORTH SEA NEWS AGENCY - BUSINESS SERVICE"
        else:
            leftovers.append(line)
    if outlets:
        article.outlet = outlets[-1]  # the name nearest the headline: an aggregator names itself first
    elif masthead and has_body:
        article.outlet = masthead
    elif has_body:
        # no outlet word: a one- to three-word title-case line above the headline ("NewsPort"), not a
        # section or a place ("IRELAND")
        names = [l for l in leftovers if words_in(l) <= 3 and all(w[:1].isupper() for w in l.split())
                 and not _SENTENCE_END.search(l) and not is_section(l) and not _names_a_place(l)]
        if names and len(leftovers) > 1:
            article.outlet = names[0]
            leftovers.remove(names[0])
    # a head line that ends like a sentence is a standfirst or a short first paragraph: body
    standfirst = [l for l in leftovers if _FULL_STOP_END.search(l) and words_in(l) >= 3]  # (not a menu's "U.S.")
    titles = [l for l in leftovers if l not in standfirst and words_in(l) >= 3]
    if titles:
        article.title = max(titles, key=words_in)  # the headline is the longest line of the head
        at = head.index(article.title)
        if at > 0 and head[at - 1] in titles and words_in(head[at - 1]) >= 6 \
                and (_HEADLINE_MARK.search(head[at - 1]) or ";" in article.title and ";" not in head[at - 1]
                     or words_in(head[at - 1]) >= 8 and not any(c in head[at - 1] for c in "›»|•")) \
                and not any(unicodedata.category(c) == "So" for c in head[at - 1]):  # (not "💬 87 ↗ Share 🔖 Save")
            # (a standfirst of two clauses joined by a semicolon, under a headline of one; a headline of eight words
            # or more over a longer standfirst, not a navigation strip: "News › Region › Agriculture")
            # the line right above it, a headline's length and marks, is the headline; this its standfirst
            # ("Prisons ‘at breaking point’ as inmate numbers hit record 5,480" over "Inspector warns of ...")
            article.title = head[at - 1]
    elif leftovers and has_body and leftovers[0] not in standfirst:
        article.title = leftovers[0]
    if article.title:
        article.title = _WIRE_SLUG.sub("", article.title)  # "UPDATE 1-Andina Maritime Q4 profit jumps 48%"
    return standfirst


# what a headline holds and a standfirst seldom does: a figure, a quoted phrase, a colon
_HEADLINE_MARK = re.compile(r"\d|[‘“'\"][^‘“'\"]{2,40}[’”'\"]|:\s")
# a wire service's tag before its headline: "UPDATE 1-", "EXCLUSIVE-", "RPT-", "CORRECTED-"
_WIRE_SLUG = re.compile(r"^(?:UPDATE|WRAPUP|CORRECTED|REFILE|RPT|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|"
                        r"BREAKINGVIEWS|PREVIEW|GLOBAL\s+MARKETS|BRIEF)(?:\s+\d{1,2})?\s?-\s*(?=\S)")


_NUMBERED = re.compile(r"\d{1,2}[.)]\s+\S")


def _numbered_under_cue(lines: list[str], k: int, memo: dict[int, bool]) -> bool:
    """Whether line K is an item of a numbered list of short lines that a chrome cue heads ("Most read",
    then "1. Zloty climbs ...", "2. Hotels 90% full ...": links, however sentence-like). MEMO holds the
    answer for every item of a list already walked, so the tail's walk stays linear."""
    if k in memo:
        return memo[k]
    items = []
    while k >= 0 and _NUMBERED.match(lines[k]) and words_in(lines[k]) <= 15:
        items.append(k)
        k -= 1
    answer = bool(items) and k >= 0 and is_chrome(lines[k])
    memo.update(dict.fromkeys(items, answer))
    return answer


def _drop_tail(lines: list[str], article: Article) -> list[str]:
    """Strip the chrome after the article: sign-up calls, link lists, copyright lines.

    Short lines without a sentence's end are a link list; a short sentence counts as tail only
    below a chrome cue, so a short last paragraph of a real story stays.
    """
    end, seen_chrome = len(lines), False
    writers = {" ".join(n.split()).casefold() for n in article.byline}
    bio = next((k for k in range(len(lines) - 1, max(0, len(lines) - 5), -1)
                if " ".join(lines[k].split()).casefold() in writers | _ABOUT_THE_WRITER), None)
    if bio is not None:
        # the writer's name again at the foot, or "About the author", over a line or two of biography ("ROB
        # GILLIES" / "Gillies covers Canada for The Associated Press."): the page's, not the story's
        end, seen_chrome = bio, True
    credits: list[int] = []
    numbered: dict[int, bool] = {}
    while end > 1:
        line = lines[end - 1]
        cap = caption_parts(line)
        listed = cap is None and _numbered_under_cue(lines, end - 1, numbered)  # "Most read", then "1. ...", "2. ..."
        short = words_in(line) <= 15 and (not is_prose(line) or (seen_chrome and _LABELLED.match(line) is not None)) \
            and cap is None  # below a cue, "Quiz: Can you name the top 10 scorers?" is a link
        if is_chrome(line) or is_chrome_strip(line) or (seen_chrome and words_in(line) <= 30 and _YOU.search(line)
                                                         and _chrome_re().search(line)) or is_consent_banner(line) \
                or _is_menu_line(line) or _WIRE_CREDITS.match(line):
            # (a footer's list of the group's titles: "Alderbury Echo | Brackley Vale News | ..."; a wire story's
            # credits: "Reporting by Maria Lopez in Santiago; Editing by Alex Richardson")
            seen_chrome = True  # below the page's foot, a longer call to the reader ("You have 2 free articles left ...")
        elif cap is not None and seen_chrome and words_in(cap.text) <= 3:
            credits.append(end - 1)  # "Photo: Peninsula Post / Kerris Lane" among the page's foot: a credit
        elif end < len(lines) and words_in(line) <= 30 and _PITCH.search(line) and _SIGN_UP_BOX.search(lines[end]) \
                and is_chrome(lines[end]):
            seen_chrome = True  # a newsletter's pitch over its sign-up box ("The results ... in 5 minutes every
            # weekday morning." / "Your email address Sign up")
        elif not listed and not (short and (seen_chrome or not _SENTENCE_END.search(line))):
            break
        end -= 1
    article.captions.extend(caption_parts(lines[k]) for k in reversed(credits))
    article.chrome.extend(line for k, line in enumerate(lines[end:], end) if k not in credits)
    for line in lines[end:]:
        credit = re.match(r"^\(?(?:reporting|writing) by\s+(.+?)(?:;|\)|$)", line, re.I)
        if credit and not article.byline:
            article.byline = byline_names(credit.group(1))  # "(Reporting by Aiko Tanaka; Editing by ...)"
    return lines[:end]


# what a newsletter's pitch promises (not a story's last paragraph over a paywall's "Sign up to read")
_PITCH = re.compile(r"\b(?:newsletter|inbox|every\s+(?:week)?day|each\s+(?:morning|week|day)|weekly|briefing|delivered|"
                    r"straight\s+to\s+your|in\s+\d+\s+minutes|key\s+(?:business\s+)?stories)\b", re.I)
_WIRE_CREDITS = re.compile(r"\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics)\s+by\s+[A-Z][^.!?]{0,300}$", re.I)
_ABOUT_THE_WRITER = frozenset({"about the author", "about the writer", "about the reporter", "about the journalist"})
_SIGN_UP_BOX = re.compile(r"\b(?:sign\s*up|subscribe|e-?mail\s+address)\b", re.I)


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
