"""Shared fixtures: the project root, the seed article, and the `kit` command run in-process."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from kit.cli import cli

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    """The project root (the folder holding kit/, seeds/ and data/)."""
    return ROOT


@pytest.fixture(scope="session")
def seed_path(root) -> Path:
    return root / "seeds" / "000_41e7d63e2c909d32.txt"


@pytest.fixture
def run_kit():
    """Run `kit ARGS...` in-process; returns click's Result (stdout, stderr and exit_code apart)."""

    def run(*args, input=None):
        return CliRunner().invoke(cli, [str(a) for a in args], input=input, prog_name="kit")

    return run


@pytest.fixture(scope="session")
def seed_frames(seed_path):
    """The seed's figures and dates frames, extracted against its publication day."""
    import datetime as dt

    import matplotlib

    matplotlib.use("Agg")  # charts in tests draw off-screen
    import kit

    x = kit.extract(kit.load_article(seed_path), published=dt.date(2022, 2, 17))
    return x.figures_frame(), x.dates_frame()
