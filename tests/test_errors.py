"""Bad input gets one clear line and exit status 1; a misused command line gets 2; help works."""
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import click
import pytest

import kit
from kit.cli import cli

ROOT = Path(__file__).parent.parent

NAV_ONLY_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Ledger</title>
<script>window.dataLayer = []; dataLayer.push({"pageType": "index"});</script></head>
<body>
<header><a href="/" class="logo">The Ledger</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/uk">UK</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<script>document.querySelector('.logo').focus();</script>
</body></html>
"""



def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", "Police arrested 40 people in Leeds.")
    return buf.getvalue()


# name -> (make the path in tmp_path, expected KitError subclass, xfail reason or None)
def _missing(tmp):
    return tmp / "missing.txt"


def _folder(tmp):
    p = tmp / "articles_folder"
    p.mkdir()
    return p


def _writer(name, data):
    def make(tmp):
        p = tmp / name
        p.write_bytes(data)
        return p
    return make


BAD_INPUTS = {
    "missing": (_missing, kit.ArticleNotFound, None),
    "folder": (_folder, kit.ArticleNotFound, None),
    "empty": (_writer("empty.txt", b""), kit.EmptyArticle, None),
    "whitespace": (_writer("blank.txt", b"  \n\t\n   \r\n"), kit.EmptyArticle, None),
    "png": (_writer("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), kit.BinaryFile, None),
    "png_named_txt": (_writer("photo.txt", b"\x89PNG\r\n\x1a\n" + b"junk" * 100), kit.BinaryFile, None),
    "pdf": (_writer("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
            kit.BinaryFile, None),
    "zip": (_writer("bundle.zip", _zip_bytes()), kit.BinaryFile, None),
    "nul_bytes": (_writer("nul.txt", b"Police arrested 40 people\x00 in Leeds.\x00\x00"), kit.BinaryFile, None),
    "nav_only_html": (_writer("index.html", NAV_ONLY_HTML.encode()), kit.EmptyArticle, None),
}


def _cases():
    for name, (make, exc, bug) in BAD_INPUTS.items():
        marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
        yield pytest.param(make, exc, id=name, marks=marks)


@pytest.mark.parametrize("make, exc", list(_cases()))
def test_bad_input_raises_its_kit_error(tmp_path, make, exc):
    path = make(tmp_path)
    with pytest.raises(exc) as info:
        kit.load_article(path)
    assert isinstance(info.value, kit.KitError)
    assert path.name in str(info.value)


def assert_one_line_error(result, name):
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)  # handled, not an escaped exception
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert name in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["show", "extract"])
@pytest.mark.parametrize("make, exc", list(_cases()))
def test_bad_input_is_one_line_error_from_cli(tmp_path, run_kit, command, make, exc):
    path = make(tmp_path)
    result = run_kit(command, path)
    assert_one_line_error(result, path.name)


# ---------------------------------------------------------------------------------------------
# Size limit.


@pytest.fixture
def two_kb_file(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("Police said 40 people were arrested in Leeds on Monday night.\n\n" * 33, encoding="utf-8")
    assert 2000 <= p.stat().st_size <= 2200
    return p


def test_oversized_file_raises_article_too_large(two_kb_file):
    with pytest.raises(kit.ArticleTooLarge) as info:
        kit.load_article(two_kb_file, max_bytes=1000)
    assert two_kb_file.name in str(info.value)
    assert kit.load_article(two_kb_file, max_bytes=10_000).text  # under the limit it loads


@pytest.mark.parametrize("command", ["show", "extract"])
def test_oversized_file_is_one_line_error_from_cli(run_kit, two_kb_file, command):
    result = run_kit(command, two_kb_file, "--max-mb", "0.001")
    assert_one_line_error(result, two_kb_file.name)
    assert "--max-mb" in result.stderr  # says how to get past it


@pytest.mark.parametrize("command", ["show", "extract"])
def test_file_under_the_limit_is_read(run_kit, two_kb_file, command):
    result = run_kit(command, two_kb_file, "--max-mb", "1")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


# ---------------------------------------------------------------------------------------------
# A misused command line exits 2.


@pytest.mark.parametrize("args", [
    ["extract"],
    ["show"],
    ["extract", "{seed}", "--published", "notadate"],
    ["extract", "{seed}", "--published", "2022-02-30"],
    ["extract", "{seed}", "--format", "xml"],
    ["extract", "{seed}", "--max-mb", "many"],
    ["frobnicate"],
], ids=["extract-no-path", "show-no-path", "published-notadate", "published-no-such-day", "format-xml",
        "max-mb-not-number", "unknown-command"])
def test_misused_command_line_exits_2(run_kit, seed_path, args):
    result = run_kit(*[a.format(seed=seed_path) for a in args])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert "Error" in result.stderr


def test_published_date_is_checked_before_reading(run_kit, seed_path):
    result = run_kit("extract", seed_path, "--published", "notadate")
    assert "notadate" in result.stderr


# ---------------------------------------------------------------------------------------------
# Help and version.


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help(run_kit, flag):
    result = run_kit(flag)
    assert result.exit_code == 0
    assert "Usage: kit" in result.stdout
    for name in cli.commands:
        assert name in result.stdout


def test_version(run_kit):
    result = run_kit("--version")
    assert result.exit_code == 0
    assert kit.__version__ in result.stdout
    assert re.match(r"^\d+\.\d+\.\d+", kit.__version__)


def test_python_dash_m_kit_help(root):
    proc = subprocess.run([sys.executable, "-m", "kit", "--help"], cwd=root, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "show" in proc.stdout and "extract" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_both_commands_exist():
    assert {"show", "extract"} <= set(cli.commands)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_text(run_kit, name):
    command = cli.commands[name]
    assert (command.help or "").strip()
    for flag in ("--help", "-h"):
        result = run_kit(name, flag)
        assert result.exit_code == 0
        assert f"Usage: kit {name}" in result.stdout
        first_line = " ".join(command.help.split("\n")[0].split())
        assert first_line in " ".join(result.stdout.split())
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"option {param.opts} has no help text"
                assert param.opts[0] in result.stdout


README_DOCUMENTED = {"show", "extract", "report"}  # a command missing here gets a strict xfail


def _readme_cases():
    for name in sorted(cli.commands):
        marks = [] if name in README_DOCUMENTED else [
            pytest.mark.xfail(strict=True, reason=f"README does not document {name} yet")]
        yield pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("name", list(_readme_cases()))
def test_every_command_is_named_in_readme(root, name):
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert f"kit {name}" in readme


def test_text_that_starts_like_a_binary_signature_still_loads(tmp_path):
    path = tmp_path / "mz.txt"
    path.write_text("MZ Capital said on Monday it would cut 300 jobs at its plant in Leeds, the company said.\n",
                    encoding="utf-8")
    assert kit.load_article(path).text.startswith("MZ Capital said on Monday")


def test_the_python_api_takes_the_publication_day_as_a_date_or_its_iso_text():
    import datetime as dt

    import kit
    article = kit.Article.from_text("The plant will open next month and hire 300 staff.")
    for published in ("2023-05-01", dt.date(2023, 5, 1), dt.datetime(2023, 5, 1, 9, 30)):
        assert kit.extract(article, published=published).to_dict()["dates"][0]["date"] == "2023-06"
    with pytest.raises(kit.UsageError, match="YYYY-MM-DD"):
        kit.extract(article, published="May 1st")
