"""The `kit` command: a thin layer over the library. A KitError becomes one line on stderr."""
from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path

import click

from . import __version__
from .errors import KitError, UsageError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


def _one_line_errors(func):
    """Turn any KitError into `Error: <message>` and exit status 1; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KitError as e:
            raise click.ClickException(str(e)) from None
        except RecursionError:
            raise click.ClickException("the input is nested too deeply to read (hostile or broken HTML?).") from None
        except MemoryError:
            raise click.ClickException("the input is too large to read in memory; give a smaller file.") from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, KeyboardInterrupt):
            raise
        except Exception as e:  # a bug of ours: still one line for the user, never a traceback
            raise click.ClickException(
                f"the kit failed on this input ({type(e).__name__}: {e}). Please report it with the file attached."
            ) from None

    return wrapper


def _max_bytes(max_mb: float) -> int:
    return int(max_mb * 1024 * 1024)


max_mb_option = click.option(
    "--max-mb", type=click.FloatRange(min=0.001), default=5.0, show_default=True,
    help="Refuse input files larger than this many megabytes.",
)


def _parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date as YYYY-MM-DD (e.g. 2022-02-17).") from None


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="kit")
def cli():
    """Newsroom figures kit: read a news article and pull out every figure and date it states.

    PATH is a .txt file (wire copy or a paste from a news app), an .html page, a .md file, a .mht page
    or an .eml, a .json story, a .pdf, "-" for standard input, or a URL.
    """


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("path")
@max_mb_option
@_one_line_errors
def show(path, max_mb):
    """Print what the kit read: headline, outlet, byline, date, captions and the cleaned body."""
    from . import load_article

    article = load_article(path, max_bytes=_max_bytes(max_mb))
    click.echo(format_article(article))


def format_article(article) -> str:
    """The human-readable view of a cleaned article that `kit show` prints."""
    rows = [
        ("Headline", article.title or "(none found)"),
        ("Outlet", article.outlet or "(none found)"),
        ("Section", article.section or "(none found)"),
        ("Byline", ", ".join(article.byline) or "(none found)"),
        ("Published", article.published.isoformat() if article.published else "(none found)"),
    ]
    if article.dateline:
        rows.append(("Dateline", article.dateline))
    rows.append(("Body", f"{len(article.text)} characters, {len(article.paragraphs)} paragraphs"))
    lines = [f"{k + ':':<11}{v}" for k, v in rows]
    lines.append("")
    lines.append(f"Captions ({len(article.captions)}):")
    for c in article.captions:
        lines.append(f"  - {c.text}" + (f"  [credit: {c.credit}]" if c.credit else ""))
    lines.append(f"Set apart as app or page chrome ({len(article.chrome)} lines):")
    for c in article.chrome:
        lines.append(f"  - {c}")
    lines.append("")
    lines.append("--- body ---")
    lines.append(article.text)
    return "\n".join(lines)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("path")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication day, to resolve 'yesterday', 'on Tuesday'.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
    help="table to read, json for programs (see CONTRACT.md), csv for a spreadsheet.",
)
@max_mb_option
@_one_line_errors
def extract(path, published, fmt, max_mb):
    """Extract every figure and date from one article."""
    from . import load_article
    from .pipeline import extract as run_extract
    from .render import render_csv, render_json, render_table

    day = _parse_published(published)
    article = load_article(path, max_bytes=_max_bytes(max_mb))
    result = run_extract(article, published=day)
    render = {"json": render_json, "csv": render_csv, "table": render_table}[fmt]
    sys.stdout.write(render(result))


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication day for every article (else each article's own).")
@click.option("--out", default="reports", show_default=True, type=click.Path(file_okay=False), help="Folder for the reports.")
@click.option("--no-progress", is_flag=True, help="No progress bar (for logs and CI).")
@_one_line_errors
def report(paths, published, out, no_progress):
    """Run every notebook on each article and write HTML reports, with an index page.

    PATHS are articles or folders of articles (.txt, .html, .md, .mht, .eml, .pdf; a .json story when
    named); a bad one is reported and the others still run. Exit status 1 if any article failed.
    """
    from .report import run_report

    if published:
        _parse_published(published)
    results = run_report(_expand(paths), published=published, out=out, progress=not no_progress)
    for r in results:
        if r.index:
            click.echo(f"{r.article}: report in {r.index}")
        else:
            click.echo(f"Error: {r.error}", err=True)
    if any(r.index for r in results):
        click.echo(f"Open {Path(out) / 'index.html'} in a browser to see them all.")
    if any(r.error for r in results):
        sys.exit(1)


def _expand(paths) -> list[str]:
    """Files as given; a folder stands for the .txt, .html and .md articles in it."""
    from .load import ARTICLE_SUFFIXES

    out = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(str(x) for x in sorted(path.iterdir()) if x.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            out.append(p)
    return out


def main():  # pragma: no cover - the console script calls cli() directly
    cli(prog_name="kit")


__all__ = ["cli", "UsageError"]
