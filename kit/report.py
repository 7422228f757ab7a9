"""Re-run every notebook on new articles (papermill) and render each to a self-contained HTML page.

Each article gets reports/<article>/ with one executed notebook and one HTML page per notebook,
and an index page; reports/index.html links every article. The HTML keeps the widgets' state
(the view as executed) and loads the widget manager from files copied beside it, not a CDN.
"""
from __future__ import annotations

import functools
import html
import json
import re
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import KitError

_MATHJAX_TAG = re.compile(r'<script[^>]{0,200}src="https?://[^"]{0,200}mathjax[^"]{0,200}"[^>]{0,200}>\s*</script>', re.I)
NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"
STATIC_FILES = ("embed-amd.js", "require.js", "LICENSES.md")


@dataclass
class ArticleReport:
    article: str
    index: Path | None = None
    error: str | None = None
    pages: tuple = ()


def notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks, in order."""
    found = sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))
    if not found:
        raise KitError(f"{folder}: no notebooks found (expected 01_figures.ipynb ...). Run from the project folder.")
    return found


def run_report(paths, published=None, out="reports", progress: bool = True, folder: Path = NOTEBOOKS_DIR) -> list[ArticleReport]:
    """Execute every notebook on each article; a bad article is reported and the others still run."""
    from . import load_article

    out = Path(out)
    books = notebooks(folder)
    results: list[ArticleReport] = []
    jobs = []
    used: set[str] = set()
    for path in paths:
        try:
            article = load_article(path)  # fail early, with the kit's one-line message
        except KitError as e:
            results.append(ArticleReport(str(path), error=str(e)))
            continue
        day = published or (article.published.isoformat() if article.published else None)
        jobs.append((str(path), day, out / _unique_slug(path, used)))
        results.append(ArticleReport(str(path)))
    bar = _progress(len(jobs) * len(books), progress)
    by_path = {r.article: r for r in results}
    for path, day, target in jobs:
        report = by_path[path]
        try:
            report.pages = tuple(_run_one(path, day, target, books, bar))
            report.index = _write_article_index(target, path, report.pages)
        except KitError as e:
            report.error = str(e)
    if bar is not None:
        bar.close()
    if any(r.index for r in results):
        _write_top_index(out, results)
    return results


START_TIMEOUT = 60  # seconds for a kernel to start
CELL_TIMEOUT = 120  # seconds for one cell; the kit's cells take a few


def _run_one(path: str, day, target: Path, books: list[Path], bar) -> list[Path]:
    import papermill as pm

    target.mkdir(parents=True, exist_ok=True)
    _copy_static(target)
    pages = []
    for book in books:
        executed = target / book.name
        run = functools.partial(
            pm.execute_notebook, str(book), str(executed),
            parameters={"ARTICLE": str(Path(path).resolve()), "PUBLISHED": day},
            cwd=str(book.parent), progress_bar=False, kernel_name="python3", log_output=False,
            kernel_manager_class=_quiet_kernel_manager(),
            # a cell takes seconds; a kernel that stops answering (papermill issue #711) is cut off
            start_timeout=START_TIMEOUT, execution_timeout=CELL_TIMEOUT,
        )
        try:
            try:
                run()
            except (TimeoutError, RuntimeError) as e:
                if not isinstance(e, TimeoutError) and "respond" not in str(e):
                    raise
                run()  # a lost kernel message: the run is repeated once, in a fresh kernel
        except Exception as e:  # papermill raises its own errors for a failing cell
            raise KitError(f"{path}: notebook {book.name} failed ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}). "
                           f"The partly run notebook is in {executed}.") from None
        pages.append(render_html(executed, executed.with_suffix(".html")))
        if bar is not None:
            bar.update(1)
    return pages


def render_html(notebook: Path, page: Path) -> Path:
    """An executed notebook -> an HTML page with the widgets' state and local scripts."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook), as_version=4)
    exporter = HTMLExporter(template_name="lab")
    exporter.require_js_url = "require.js"
    exporter.widget_renderer_url = "embed-amd.js"
    body, _ = exporter.from_notebook_node(nb)
    # the notebooks hold no mathematics: drop the MathJax loader rather than call a CDN
    body = _MATHJAX_TAG.sub("", body)
    page.write_text(body, encoding="utf-8")
    _copy_static(page.parent)
    return page


def _quiet_kernel_manager():
    """A kernel manager on local sockets (IPC): the kernel then prints no TCP warning to the user."""
    import tempfile

    from jupyter_client.manager import AsyncKernelManager
    from traitlets import CaselessStrEnum, default

    class LocalKernelManager(AsyncKernelManager):
        transport = CaselessStrEnum(["tcp", "ipc"], default_value="ipc", config=True)

        @default("ip")
        def _ip_default(self):
            # an absolute socket path: the kernel starts in notebooks/, the client elsewhere
            return str(Path(tempfile.mkdtemp(prefix="kit-kernel-")) / "ipc")

    return LocalKernelManager


def _copy_static(folder: Path) -> None:
    for name in STATIC_FILES:
        dest = folder / name
        if not dest.exists():
            with resources.as_file(resources.files("kit").joinpath("static", name)) as src:
                shutil.copyfile(src, dest)


def _write_article_index(target: Path, article: str, pages) -> Path:
    links = "\n".join(f'<li><a href="{html.escape(p.name)}">{html.escape(p.stem)}</a></li>' for p in pages)
    index = target / "index.html"
    index.write_text(f"<!doctype html><meta charset='utf-8'><title>Report: {html.escape(Path(article).name)}</title>"
                     f"<h1>{html.escape(Path(article).name)}</h1><ul>{links}</ul>", encoding="utf-8")
    return index


def _write_top_index(out: Path, results: list[ArticleReport]) -> None:
    rows = []
    for r in results:
        name = html.escape(Path(r.article).name)
        if r.index:
            rows.append(f'<li><a href="{html.escape(str(r.index.relative_to(out)))}">{name}</a></li>')
        else:
            rows.append(f"<li>{name}: {html.escape(r.error or 'failed')}</li>")
    (out / "index.html").write_text("<!doctype html><meta charset='utf-8'><title>Figures kit reports</title>"
                                    "<h1>Reports</h1><ul>" + "\n".join(rows) + "</ul>", encoding="utf-8")


def _unique_slug(path, used: set[str]) -> str:
    """The article's folder name, unused by the run's others: "story.md" beside "story.json" is "story_md", two
    "story.txt" from two folders are "story" and "story-2" (each report keeps its own pages)."""
    slug = _slug(path)
    if slug in used:
        suffix = Path(str(path)).suffix.lstrip(".")
        slug = f"{slug}_{suffix}" if suffix and f"{slug}_{suffix}" not in used else next(
            f"{slug}-{n}" for n in range(2, len(used) + 3) if f"{slug}-{n}" not in used)
    used.add(slug)
    return slug


def _slug(path) -> str:
    stem = Path(str(path)).stem if str(path) != "-" else "stdin"
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem) or "article"


def _progress(total: int, enabled: bool):
    if not enabled or total == 0:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="notebooks", unit="nb")


def refresh_stored_notebooks(folder: Path = NOTEBOOKS_DIR, timeout: int = 300) -> list[Path]:
    """Execute the committed notebooks in place on their default parameters (the seed), as nbval
    will: the kernel starts in notebooks/. `make notebooks` calls this."""
    import nbformat
    from nbclient import NotebookClient

    done = []
    for book in notebooks(folder):
        nb = nbformat.read(str(book), as_version=4)
        NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(book.parent)}},
                       store_widget_state=True, kernel_manager_class=_quiet_kernel_manager()).execute()
        nb.metadata.pop("papermill", None)
        nbformat.write(nb, str(book))
        done.append(book)
    return done


def widget_state(notebook: Path) -> dict:
    """The widget state an executed notebook stores (empty when it has none)."""
    nb = json.loads(Path(notebook).read_text(encoding="utf-8"))
    return nb.get("metadata", {}).get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
