"""Newsroom figures kit: read a news article, extract every figure and date it states.

    >>> import kit
    >>> article = kit.load_article("seeds/000_41e7d63e2c909d32.txt")
    >>> article.outlet
    'Daily Mirror'

Heavy libraries (pandas, trafilatura, the gazetteers, the notebook stack) load only when a
function needs them, so `import kit` and `kit extract` on a text file stay fast.
"""
from __future__ import annotations

import os

from .clean import Article, Caption
from .errors import (
    ArticleNotFound,
    ArticleTooLarge,
    BinaryFile,
    EmptyArticle,
    FetchError,
    KitError,
    UsageError,
)
from .load import DEFAULT_MAX_BYTES

__version__ = "0.1.0"

__all__ = [
    "Article", "Caption", "KitError", "ArticleNotFound", "ArticleTooLarge", "BinaryFile",
    "EmptyArticle", "FetchError", "UsageError", "load_article", "extract", "__version__",
]


def load_article(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and clean one article: a .txt or .html file, "-" for standard input, or a URL.

    Raises KitError (a subclass naming the problem) for a missing, empty, binary or oversized input.
    """
    from .clean import clean
    from .load import read_source

    return clean(read_source(path, max_bytes=max_bytes))


def extract(article: Article, published=None):
    """Every figure and date in a cleaned article, shaped as in CONTRACT.md (see kit.pipeline)."""
    from .pipeline import extract as _extract

    return _extract(article, published=published)
