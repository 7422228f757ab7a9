"""The one exception family the kit raises: every message says what went wrong, where, and what to do."""


class KitError(Exception):
    """Anything the kit cannot do with its input; the CLI prints it as one line, never a traceback."""


class ArticleNotFound(KitError):
    """The path does not exist or is not a file."""


class EmptyArticle(KitError):
    """The file holds no text, or nothing that reads as an article."""


class BinaryFile(KitError):
    """The file is an image, a PDF, an archive or other non-text data."""


class ArticleTooLarge(KitError):
    """The file is over the size limit."""


class FetchError(KitError):
    """A URL could not be fetched."""


class UsageError(KitError):
    """A value given by the user (a date, a format) is not one the kit understands."""
