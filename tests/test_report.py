"""`kit report` runs every notebook on each article and writes HTML pages that keep the widgets'
state and render offline; one bad path does not stop the others."""
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kit.cli import cli
from kit.report import widget_state

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [ROOT / "seeds" / "000_41e7d63e2c909d32.txt", ROOT / "data" / "articles" / "a03_budget_hospitals.html",
            ROOT / "data" / "articles" / "b04_harlow_results.txt"]
BOOKS = ["01_figures", "02_forces", "03_deployments", "04_timeline", "05_sources"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    args = ["report", str(ARTICLES[0]), str(ARTICLES[1]), str(ROOT / "no_such_article.txt"), str(ARTICLES[2]),
            "--out", str(out), "--no-progress"]
    return CliRunner().invoke(cli, args), out


def test_every_notebook_runs_on_every_good_article(report):
    result, out = report
    for article in ARTICLES:
        folder = out / article.stem
        for book in BOOKS:
            page = folder / f"{book}.html"
            assert page.exists(), page
            assert (folder / f"{book}.ipynb").exists()
        assert (folder / "index.html").exists()
        assert f"{article}: report in" in result.stdout
    assert (out / "index.html").exists()


def test_bad_path_is_one_line_and_the_others_still_run(report):
    result, _ = report
    assert result.exit_code == 1
    errors = [l for l in result.stderr.splitlines() if l.startswith("Error:")]
    assert len(errors) == 1 and "no_such_article.txt" in errors[0]
    assert "Traceback" not in result.output


def test_pages_keep_widget_state_and_load_no_cdn(report):
    _, out = report
    folder = out / ARTICLES[1].stem
    state = widget_state(folder / "01_figures.ipynb")
    assert state.get("state"), "the executed notebook stores its widgets' state"
    page = (folder / "01_figures.html").read_text(encoding="utf-8")
    assert "application/vnd.jupyter.widget-state+json" in page
    assert not re.search(r'src="https?://', page)
    for name in ("embed-amd.js", "require.js"):
        assert (folder / name).exists()


def test_report_reads_the_article_it_was_given(report):
    _, out = report
    page = (out / ARTICLES[2].stem / "01_figures.html").read_text(encoding="utf-8")
    assert "Harlow" in page and "7,000" not in page


def test_articles_of_one_name_get_their_own_report_folders():
    # "story.md" beside "story.json", or "story.txt" from two folders: one report each, none written over another
    from kit.report import _unique_slug

    used: set[str] = set()
    names = [_unique_slug(p, used) for p in ("in/story.md", "in/story.json", "other/story.md", "in/story.txt", "b/c d.txt")]
    assert names == ["story", "story_json", "story_md", "story_txt", "c_d"]
    used = set()
    assert [_unique_slug(p, used) for p in ("a/x.txt", "b/x.txt", "c/x.txt")] == ["x", "x_txt", "x-2"]


def test_a_folder_stands_for_its_articles_in_every_format_but_not_its_gold_files(tmp_path):
    # a folder of a paste, a page, a Markdown save, a printed PDF and a saved .mht, with gold files beside them:
    # the articles, in order; the gold (and any other JSON) is no article of the folder
    from kit.cli import _expand

    names = ["a.txt", "b.html", "c.md", "d.pdf", "e.mht", "a.gold.json", "notes.json", "photo.png"]
    for n in names:
        (tmp_path / n).write_text("x")
    assert [Path(p).name for p in _expand([str(tmp_path)])] == ["a.txt", "b.html", "c.md", "d.pdf", "e.mht"]
