"""Value F1 of the kit on NewsQuant, CQE's public set of annotated news sentences, when you have it.

The file is not in the project (its repository states no licence): fetch
`data/formatted_test_set/NewsQuant.json` from github.com/vivkaz/CQE yourself and pass its path.

    .venv/bin/python benchmarks/newsquant_value_f1.py PATH/TO/NewsQuant.json [--verbose]

Each sentence is read as an article of body only (no headline, no byline). A figure of the kit
matches a gold quantity of the same sentence when their values are equal (a range: both bounds;
a vague quantity or a bound: its bound); each gold quantity matches once. The gold holds what
CONTRACT.md leaves out (ages, times narrated, "one of the"), so the score is a floor on the kit's
agreement with the contract, a measure to compare runs, not a pass mark.
"""
from __future__ import annotations

import argparse
import json
import sys

import kit


def gold_value(q: dict):
    v = q["value"]
    if "-" in v[1:]:
        lo, hi = v.split("-", 1)
        try:
            return ("range", float(lo), float(hi))
        except ValueError:
            return None
    try:
        return ("value", float(v))
    except ValueError:
        return None


def kit_value(f: dict):
    if f["value"] is not None:
        return ("value", float(f["value"]))
    if f["low"] is not None and f["high"] is not None:
        return ("range", float(f["low"]), float(f["high"]))
    bound = f["low"] if f["low"] is not None else f["high"]
    return ("value", float(bound)) if bound is not None else None


def same(a, b) -> bool:
    return a is not None and b is not None and a[0] == b[0] and \
        all(abs(x - y) <= 1e-6 * max(1.0, abs(x)) for x, y in zip(a[1:], b[1:]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--verbose", action="store_true", help="print each missed and extra quantity")
    args = ap.parse_args(argv)
    items = json.load(open(args.path, encoding="utf-8"))
    tp = fp = fn = 0
    for item in items:
        gold = [gold_value(q) for q in item["quantities"]]
        used = [False] * len(gold)
        for f in kit.extract(kit.Article.from_text(item["text"])).figures:
            hit = next((i for i, g in enumerate(gold) if not used[i] and same(kit_value(f), g)), None)
            if hit is None:
                fp += 1
                if args.verbose:
                    print(f"extra   {f['quote']!r:30} | {item['text'][:120]}")
            else:
                used[hit], tp = True, tp + 1
        for i, u in enumerate(used):
            if not u:
                fn += 1
                if args.verbose:
                    q = item["quantities"][i]
                    print(f"missed  {q['value'] + ' ' + q['unit']!r:30} | {item['text'][:120]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{len(items)} sentences, {tp + fn} gold quantities, {tp + fp} figures: "
          f"value precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
