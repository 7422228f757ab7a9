"""benchmarks/newsquant_value_f1.py scores value F1 on a file shaped like CQE's NewsQuant."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_value_f1_counts_matches_misses_and_extras(tmp_path):
    items = [  # the project's own sentences, in NewsQuant's shape
        {"text": "Police said 40 people were arrested.", "quantities": [{"value": "40.0", "unit": "people"}]},
        {"text": "Prices rose between 2% and 3% in May.", "quantities": [{"value": "2.0-3.0", "unit": "%"}]},
        {"text": "The club sold 12,000 tickets and 300 shirts.", "quantities": [{"value": "12000.0", "unit": "tickets"}]},
        {"text": "She waited for three hours.", "quantities": [{"value": "3", "unit": "hours"}]},
    ]
    path = tmp_path / "nq.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "newsquant_value_f1.py"), str(path)],
                         capture_output=True, text=True, check=True).stdout
    # 3 of 4 gold found (the narrated hours are no figure), one extra (the shirts): P 3/4, R 3/4
    assert "4 gold quantities, 4 figures: value precision 0.750, recall 0.750, F1 0.750" in out
