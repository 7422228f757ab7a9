"""HTML page -> cleaned Article, through trafilatura (main text and metadata).

trafilatura drops navigation, scripts, cookie banners, sidebars and footers; figure captions are
read apart from the body with lxml, so their credits never reach `text`.
"""
from __future__ import annotations

import datetime as dt
import re
import warnings

from .clean import (
    PARAGRAPH_SEP,
    author_names,
    Article,
    Caption,
    byline_names,
    caption_parts,
    is_byline,
    is_chrome,
    is_outlet,
    is_prose,
    is_publication_line,
    split_paragraphs,
    tidy_head,
    words_in,
)
from .errors import EmptyArticle



def clean_html(html: str, source_path: str | None = None) -> Article:
    """The Article of a saved news page."""
    import trafilatura

    name = source_path or "the page"
    html = _behind_the_paywall(html)
    doc = _extract(trafilatura, html)
    if doc is None or not (doc.get("text") or "").strip():
        raise EmptyArticle(
            f"{name}: no article found in this HTML page (only menus, links or scripts). "
            "Save the article's own page, or paste its text into a .txt file."
        )
    title = _clean_title(doc.get("title"), doc.get("sitename"))
    paragraphs = split_paragraphs(doc["text"].replace("\n", "\n\n"))
    body, chrome = [], []
    at = next((i for i, p in enumerate(paragraphs[:4]) if title and _same_text(p, title)), None)
    if at is not None and all(words_in(p) <= 8 for p in paragraphs[:at]):
        # "Technology", then the headline: a section label and the headline head the page, not the story
        chrome.extend(paragraphs[:at])
        paragraphs = paragraphs[at + 1:]
    tree = _parse(html)
    captions = _figcaptions(tree)
    caption_texts = {_norm(c.text) for c in captions}
    for p in paragraphs:
        if _norm(p) in caption_texts:
            continue
        cap = caption_parts(p)
        if cap is not None and cap.text:
            captions.append(cap)
        elif (words_in(p) <= 8 and is_chrome(p)) or (is_publication_line(p) and words_in(p) <= 10):
            chrome.append(p)
        else:
            body.append(p)
    if not any(is_prose(p) for p in body):
        # link texts and menu labels are not a story: a page needs at least one paragraph of prose
        raise EmptyArticle(f"{name}: no article text found in this HTML page (only menus, links or scripts). "
                           "Save the article's own page, or paste its text into a .txt file.")
    article = Article(
        text=PARAGRAPH_SEP.join(body),
        title=title,
        outlet=doc.get("sitename") or _title_tail(tree, title),
        section=_section(doc),
        byline=_page_byline(tree) or author_names(doc.get("author")),
        published=_date(doc.get("date")),
        captions=captions,
        source_path=source_path,
        format="html",
        chrome=chrome,
    )
    tidy_head(article)
    return article


# a paywall's box over the rest of a story ("Subscribe to read the rest", its prices) and the story's rest that a
# saved page still holds, hidden ("<div class='paywalled-content' style='display:none'>"): the box goes, the
# rest is read. Only classes and ids that say so are touched; other hidden parts of a page stay out.
_PAYWALL_HINT = re.compile(r"paywall|premium|subscriber|metered|locked|regwall", re.I)
_PAYWALL_BOX = re.compile(r"^(?:.*[-_ ])?(?:paywall|barrier|regwall|subscribe-?wall|piano-?(?:inline|modal))(?:[-_ ].*)?$", re.I)
_HIDDEN_STORY = re.compile(r"paywalled|premium|locked|subscriber|article|story|body|content", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _behind_the_paywall(html: str) -> str:
    """The page with its paywall box taken out and the story's hidden rest shown, where it has both hints; else
    the page as it was."""
    if not _PAYWALL_HINT.search(html) or not (_HIDDEN_STYLE.search(html) or "aria-hidden" in html or " hidden" in html):
        return html
    from lxml import etree, html as lxml_html

    try:  # (from the text itself: bytes without a declared charset would be read as Latin-1)
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return html
    changed = False
    for el in list(tree.iter()):
        if not isinstance(el.tag, str):
            continue
        names = f"{el.get('class', '')} {el.get('id', '')}".split()
        if any(_PAYWALL_BOX.match(n) for n in names) and el.getparent() is not None:
            el.drop_tree()
            changed = True
        elif (_HIDDEN_STYLE.search(el.get("style", "")) or el.get("hidden") is not None or el.get("aria-hidden") == "true") \
                and any(_HIDDEN_STORY.search(n) for n in names) and el.find(".//p") is not None:
            for attr in ("style", "hidden", "aria-hidden"):
                el.attrib.pop(attr, None)
            changed = True
    return etree.tostring(tree, encoding="unicode", method="html") if changed else html


def _extract(trafilatura, html: str) -> dict | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for precision in (True, False):
            try:
                result = trafilatura.bare_extraction(
                    html,
                    with_metadata=True,
                    include_comments=False,
                    include_tables=False,
                    include_images=False,
                    favor_precision=precision,
                    favor_recall=not precision,
                )
            except (ValueError, RecursionError, MemoryError):
                return None
            if result is None:
                continue
            doc = result.as_dict() if hasattr(result, "as_dict") else dict(result)
            if (doc.get("text") or "").strip():
                return doc
    return None


def _parse(html: str):
    """The page's element tree, or None where lxml cannot read it."""
    from lxml import etree, html as lxml_html

    try:
        return lxml_html.fromstring(html)  # the decoded text: its bytes, without a declared charset, read as Latin-1
    except ValueError:  # a page opening with an XML declaration of its encoding is read from its bytes
        pass
    except (etree.ParserError, etree.XMLSyntaxError):
        return None
    try:
        return lxml_html.fromstring(html.encode("utf-8"))
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None


def _title_tail(tree, headline: str | None) -> str | None:
    """The site named after the headline in the page's <title> ("Headline | Pacific Coast Daily"), where the
    page names no site in its metadata."""
    node = tree.find(".//title") if tree is not None else None
    text = " ".join(node.text_content().split()) if node is not None else ""
    head, sep, tail = text.rpartition(" | ")
    if not sep:
        head, sep, tail = text.rpartition(" - ")
    if sep and head and 1 <= words_in(tail) <= 5 and (is_outlet(tail) or (headline and _same_text(head, headline))):
        return tail.strip()
    return None


def _page_byline(tree) -> list[str]:
    """The writers a page's byline element names ("By <span class="author">A</span> and <span ...>B</span>")."""
    if tree is None:
        return []
    for node in tree.iter("p", "div", "span", "address"):
        cls = (node.get("class") or "").lower().split()
        if "byline" in cls or "author-byline" in cls:
            text = " ".join(node.text_content().split())
            if text and words_in(text) <= 16 and is_byline(text):
                return byline_names(text)
    return []


def _figcaptions(tree) -> list[Caption]:
    """Captions of <figure> images, with the credit split off where the caption gives one."""
    if tree is None:
        return []
    out = []
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        if not text:
            continue
        credit_node = node.find('.//*[@class="credit"]')
        if credit_node is not None and credit_node.text_content().strip():
            credit = " ".join(credit_node.text_content().split())
            out.append(Caption(text=text.replace(credit, "").strip(" ()"), credit=credit.strip("()")))
            continue
        out.append(caption_parts(text) or Caption(text=text, credit=None))
    return out


def _clean_title(title: str | None, site: str | None) -> str | None:
    if not title:
        return None
    if site:  # "Headline | The Ledger", "Headline - BBC News"
        title = re.sub(rf"\s*[|\-–—:]\s*{re.escape(site)}\s*$", "", title)
    return " ".join(title.split()) or None


def _section(doc: dict) -> str | None:
    cats = doc.get("categories") or []
    return cats[0] if cats else None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _same_text(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)
