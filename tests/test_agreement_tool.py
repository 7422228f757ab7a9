"""benchmarks/agreement.py scores a second annotation against the first by the scorer's rules."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "benchmarks" / "agreement.py"


def run(*args):
    return subprocess.run([sys.executable, str(TOOL), *map(str, args)], capture_output=True, text=True)


def test_an_annotation_agrees_with_itself_and_a_changed_owner_lowers_actor_agreement(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(ROOT / "data" / "dev", first)
    second.mkdir()
    gold = next(first.glob("*.gold.json"))
    (second / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    same = run(first, second)
    assert same.returncode == 0
    assert "figures F1=1.00" in same.stdout and "actor=1.00" in same.stdout and "dates F1=1.00" in same.stdout

    data = json.loads(gold.read_text(encoding="utf-8"))
    owned = [f for f in data["figures"] if f.get("actor")]
    owned[0]["actor"] = "Somewhere Else Entirely"
    (second / gold.name).write_text(json.dumps(data), encoding="utf-8")
    changed = run(first, second, "--verbose")
    n = sum(1 for f in json.loads(gold.read_text(encoding="utf-8"))["figures"] if f.get("actor"))
    assert f"actor={(n - 1) / n:.2f}" in changed.stdout
    assert "first='" in changed.stdout and "second='Somewhere Else Entirely'" in changed.stdout


def test_a_missing_folder_is_a_one_line_error(tmp_path):
    r = run(tmp_path / "nope", ROOT / "data" / "agreement" / "blind14")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_the_project_s_second_annotations_have_their_first():
    for d in (ROOT / "data" / "agreement").iterdir():
        assert sorted(p.name for p in d.glob("*.gold.json")) == sorted(p.name for p in (ROOT / "data" / d.name).glob("*.gold.json"))
