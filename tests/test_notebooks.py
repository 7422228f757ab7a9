"""The stored notebooks are guarded by nbval: a changed table fails the check; no stored output
names a path of the machine; a bad ARTICLE gives one line, not a traceback."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def test_there_are_five_numbered_notebooks():
    assert [b.name for b in BOOKS] == ["01_figures.ipynb", "02_forces.ipynb", "03_deployments.ipynb",
                                       "04_timeline.ipynb", "05_sources.ipynb"]


@pytest.mark.parametrize("book", BOOKS, ids=[b.stem for b in BOOKS])
def test_notebook_opens_with_a_note_then_parameters(book):
    cells = json.loads(book.read_text())["cells"]
    assert cells[0]["cell_type"] == "markdown"
    params = cells[1]
    assert "parameters" in params["metadata"].get("tags", [])
    assert "ARTICLE =" in "".join(params["source"]) and "PUBLISHED =" in "".join(params["source"])
    for c in cells:
        if c["cell_type"] == "code":
            assert len([l for l in "".join(c["source"]).splitlines() if not l.startswith("#")]) <= 3, "logic belongs in kit/"


@pytest.mark.parametrize("book", BOOKS, ids=[b.stem for b in BOOKS])
def test_stored_outputs_are_executed_and_name_no_machine_path(book):
    text = book.read_text()
    assert not re.search(r"/(?:work|tmp|root|home)/[A-Za-z0-9_.-]+", text)
    cells = json.loads(text)["cells"]
    assert all(c.get("outputs") for c in cells if c["cell_type"] == "code" and "parameters" not in c["metadata"].get("tags", []))
    assert "Traceback" not in text and '"output_type": "error"' not in text


def _nbval(path: Path):
    return subprocess.run([sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(path.parent), str(path)],
                          capture_output=True, text=True, cwd=path.parent, timeout=280)


def test_nbval_fails_when_a_stored_table_changes(tmp_path):
    book = tmp_path / "05_sources.ipynb"
    shutil.copy(ROOT / "notebooks" / "05_sources.ipynb", book)
    nb = json.loads(book.read_text())
    table_cell = next(c for c in nb["cells"] if c["cell_type"] == "code" and "sources_table" in "".join(c["source"]))
    data = table_cell["outputs"][0]["data"]
    assert "Joe Biden" in "".join(data["text/plain"])
    data["text/plain"] = "".join(data["text/plain"]).replace("Joe Biden", "Jane Doe")
    book.write_text(json.dumps(nb))
    result = _nbval(book)
    assert result.returncode != 0, result.stdout[-2000:]
    assert "Joe Biden" in result.stdout  # nbval shows the difference it found


def test_bad_article_gives_one_line_in_the_notebook():
    from kit.notebook import open_article

    study = open_article("no/such/article.txt", "2022-02-17")
    assert repr(study.status()).startswith("Error: no/such/article.txt: no such file")
    assert repr(study.figures_table()) == repr(study.status())
    assert repr(study.forces_chart()) == repr(study.status())
    assert repr(study.figure_explorer()) == repr(study.status())
