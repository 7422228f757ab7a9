"""How far two annotators agree: a second gold annotation scored against the first by the scorer's rules.

    .venv/bin/python benchmarks/agreement.py data/blind14 data/agreement/blind14 [--verbose]

FIRST and SECOND are folders of NAME.gold.json files written independently for the same articles;
each file in SECOND is compared with the file of the same name in FIRST exactly as the scorer
(tests/score.py, the evaluation's scorer) compares the kit's output with a gold file: figures
matched on their number, then category, unit, kind, approx, actor, location and source on the
matched pairs ("none" and "none" on actor, location, source and approx is not counted), traps
taken, and dates. It answers one question: how high can a tool score on these fields, when two
careful annotators reading the same contract agree only this far?
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))
import score  # noqa: E402  (the vendored scorer: the same matching the evaluation uses)

FIELDS = ("category", "unit", "kind", "approx", "actor", "location", "source")


def compare(first: dict, second: dict, verbose_name: str | None = None) -> dict:
    """Counts for one article: figures in each annotation, matched pairs, per-field agreement, dates."""
    G, P = first.get("figures", []), second.get("figures", [])
    # the first annotation's optional numbers are neither hits nor errors, as in the scorer
    optional = [n for q in first.get("optional", []) if (n := score.first_number(q)) is not None]
    pairs = score.match_figures(G, P)
    matched = {pi for _, pi in pairs}
    P = [p for i, p in enumerate(P) if i in matched or not any(score.same_number(score.key_number(p), n) for n in optional)]
    pairs = score.match_figures(G, P)
    out = {"g": len(G), "p": len(P), "m": len(pairs), "fields": {k: [0, 0] for k in FIELDS}}
    for gi, pi in pairs:
        for k in FIELDS:
            a, b = G[gi].get(k), P[pi].get(k)
            if k in score.OFTEN_NULL and a is None and b is None:
                continue
            ok = (a == b) if k in ("category", "kind") else score.similar(a, b)
            out["fields"][k][0] += ok
            out["fields"][k][1] += 1
            if verbose_name and not ok:
                print(f"   {verbose_name} {G[gi].get('quote')!r}: {k} first={a!r} second={b!r}")
    GD, PD = score.dedupe(first.get("dates", [])), score.dedupe(second.get("dates", []))
    out.update(dg=len(GD), dp=len(PD), dm=score.match_dates(GD, PD))
    return out


def agreement(first_dir: pathlib.Path, second_dir: pathlib.Path, verbose: bool = False) -> dict:
    """Totals over every article annotated in both folders."""
    tot = {"articles": 0, "g": 0, "p": 0, "m": 0, "dg": 0, "dp": 0, "dm": 0, "fields": {k: [0, 0] for k in FIELDS}}
    for second_file in sorted(second_dir.glob("*.gold.json")):
        first_file = first_dir / second_file.name
        if not first_file.exists():
            continue
        r = compare(json.loads(first_file.read_text(encoding="utf-8")), json.loads(second_file.read_text(encoding="utf-8")),
                    second_file.name if verbose else None)
        tot["articles"] += 1
        for k in ("g", "p", "m", "dg", "dp", "dm"):
            tot[k] += r[k]
        for k in FIELDS:
            tot["fields"][k][0] += r["fields"][k][0]
            tot["fields"][k][1] += r["fields"][k][1]
    return tot


def f1(matched: int, first: int, second: int) -> float:
    p = matched / second if second else 0.0
    r = matched / first if first else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=pathlib.Path)
    ap.add_argument("second", type=pathlib.Path)
    ap.add_argument("--verbose", action="store_true", help="print each disagreement")
    a = ap.parse_args(argv)
    for d in (a.first, a.second):
        if not d.is_dir():
            print(f"Error: {d} is not a folder of .gold.json files", file=sys.stderr)
            return 1
    t = agreement(a.first, a.second, a.verbose)
    if not t["articles"]:
        print(f"Error: no file of {a.second} has a namesake in {a.first}", file=sys.stderr)
        return 1
    fields = " ".join(f"{k}={v[0] / v[1]:.2f}" for k, v in t["fields"].items() if v[1])
    print(f"{t['articles']} articles: figures F1={f1(t['m'], t['g'], t['p']):.2f} "
          f"(first {t['g']}, second {t['p']}, agreed {t['m']}); {fields}; "
          f"dates F1={f1(t['dm'], t['dg'], t['dp']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
