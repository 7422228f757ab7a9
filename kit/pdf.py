"""PDF -> the story's lines, for the text cleaner.

A story printed to PDF from a browser or a news app: pypdf reads each page's text; this module takes off what
the printing added (the date, time and title over each page, the address and "1/3" under it), mends the
ligatures fonts store ("ﬁ" -> "fi") and joins the lines a paragraph was wrapped into, so the cleaner reads the
story as it would read the same story pasted.
"""
from __future__ import annotations

import re
import unicodedata

from .errors import BinaryFile, EmptyArticle

MAX_PAGES = 60  # a story runs to a few pages; a report of hundreds is no article (and would take long to read)

# what a browser prints over and under each page: "12/2/26, 12:09 AM Title | Outlet", "file:///... 1/2",
# "https://www.example.com/news/story 2/3", "Page 2 of 3"
_PRINT_HEADER = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s|$)")
_PRINT_FOOTER = re.compile(r"^(?:(?:https?|file)://\S*\s+)?\d{1,3}\s*/\s*\d{1,3}$|^(?:https?|file)://\S+$"
                           r"|^Page\s+\d+\s+of\s+\d+$", re.I)
# a list's number as the browser prints it before the page's own: "1. 1 Storm damage bill ..." -> "1 Storm ..."
_LIST_NUMBER_TWICE = re.compile(r"^(\d{1,2})\.\s+\1\.?\s")
_SENTENCE_END = re.compile(r"""[.!?…:]["'”’)\]]*$""")


def pdf_text(data: bytes, name: str) -> tuple[str, str | None]:
    """The text of a PDF's pages, a paragraph a block ("\\n\\n" between), without the printing's page furniture;
    and the headline, the first page's largest type (when it is larger than the text's and holds a sentence's
    worth of words, not a masthead's)."""
    import io
    import logging

    from pypdf import PdfReader  # loaded only for a PDF
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings ("EOF marker not found") are no user's

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise BinaryFile(f"{name}: this PDF is locked with a password. Save the story as text or HTML instead.")
        sized: list[tuple[float, str]] = []  # the first page's pieces of text and their type's size

        def visit(text, cm, tm, font, size) -> None:  # (pypdf's visitor: the type's size, scaled by both matrices)
            if text.strip():
                scale = (abs(float(tm[3])) or 1.0) * (abs(float(cm[3])) or 1.0)
                sized.append((round(float(size) * scale, 1), text.strip()))

        pages = [page.extract_text(visitor_text=visit if k == 0 else None) or ""
                 for k, page in enumerate(reader.pages[:MAX_PAGES])]
    except BinaryFile:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError, OSError,
            ZeroDivisionError, OverflowError) as e:
        raise BinaryFile(f"{name}: this PDF cannot be read ({type(e).__name__}). "
                         "Save the story as text or HTML instead.") from None
    lines = [unicodedata.normalize("NFKC", line).strip() for page in pages for line in page.splitlines()]
    lines = [_LIST_NUMBER_TWICE.sub(r"\1 ", line) for line in lines
             if line and not _PRINT_HEADER.match(line) and not _PRINT_FOOTER.match(line)]
    if not lines:
        raise EmptyArticle(f"{name}: this PDF holds no text (a scan or a picture?). Save the story as text or HTML instead.")
    return "\n\n".join(_paragraphs(lines)), _headline(sized)


def _headline(sized: list[tuple[float, str]]) -> str | None:
    """The text in the first page's largest type above the body's, of four words or more."""
    if not sized:
        return None
    counts: dict[float, int] = {}
    for size, text in sized:
        counts[size] = counts.get(size, 0) + len(text)
    body = max(counts, key=lambda s: counts[s])  # the size most of the text is set in
    for size in sorted((s for s in counts if s >= 1.3 * body), reverse=True):
        words = " ".join(unicodedata.normalize("NFKC", t) for s, t in sized if s == size).split()
        if 4 <= len(words) <= 40:
            return " ".join(words)
    return None


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines -> paragraphs: a line as wide as the page's text runs on into the next, and so does a line the next
    one continues in lower case ("Harland's profit jumps 18% as shoppers return" / "from discounters"), and a
    caption whose credit's name went to the next line ("... Photo:" / "Kim Lee"); a byline, a date line or a line
    of page furniture stands alone."""
    from .clean import _BY_LINE, caption_parts, is_byline, is_chrome, is_publication_line, published_date, words_in

    widths = sorted(len(line) for line in lines)
    full = widths[int(len(widths) * 0.9)] if len(widths) >= 5 else max(widths)  # the width of a full line
    out: list[str] = []
    current, last = "", ""  # the paragraph so far, and its last line
    for line in lines:
        runs_on = bool(current) and (
            _CREDIT_CUT.search(last) is not None
            or (not _SENTENCE_END.search(last) and (len(last) >= 0.8 * full or line[:1].islower())))
        if runs_on and (_BY_LINE.match(current) or (line[:1].isupper() or line[:1].isdigit()) and (
                is_byline(line) or is_publication_line(line) or is_chrome(line) or caption_parts(line) is not None
                or (words_in(line) <= 8 and published_date(line) is not None))):
            runs_on = _CREDIT_CUT.search(last) is not None
        if runs_on:
            current += ("" if last.endswith(("-", "‑")) else " ") + line  # ("loss-" / "making": a browser breaks a
            # line at a compound's hyphen, and hyphenates no word)
        else:
            if current:
                out.append(current)
            current = line
        last = line
    if current:
        out.append(current)
    return out


# a photo's credit cut after its cue, the name on the next line: "... on Tuesday. Photo:", "Image source,"
_CREDIT_CUT = re.compile(r"\b(?:Photo(?:graph)?|Picture|Image|Credit|Image source)\s*[:,]$")
