"""The extraction modules stay type-clean under mypy: a value read where it may be None, or a local that holds
two kinds of thing, fails here instead of at a journalist's article (and the modules stay compilable)."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = ["kit/numbers.py", "kit/places.py", "kit/sentences.py", "kit/dates.py", "kit/figures.py", "kit/attribution.py"]


@pytest.mark.timeout(600)
def test_the_extraction_modules_are_type_clean(tmp_path):
    run = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), *MODULES],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-1000:]
