"""An Extraction -> text for the terminal (table), for programs (JSON) or spreadsheets (CSV)."""
from __future__ import annotations

import csv
import io
import json

from .pipeline import FIGURE_FIELDS


def render_json(result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_csv(result) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIGURE_FIELDS, lineterminator="\n")
    writer.writeheader()
    for f in result.figures:
        row = dict(f)
        row["caveats"] = "; ".join(f["caveats"])
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buf.getvalue()


def _value_text(f: dict) -> str:
    if f["value"] is not None:
        v = f"{f['value']:,}"
    elif f["low"] is not None and f["high"] is not None:
        v = f"{f['low']:,}-{f['high']:,}"
    elif f["low"] is not None:
        v = f"{f['low']:,}+"
    else:
        v = "?"
    if f["approx"]:
        v = f"{f['approx']} {v}"
    if f["category"] == "money":
        v = f"{v} {f['unit']}"
    elif f["category"] == "percent":
        v = f"{v}%"
    return v


def render_table(result) -> str:
    a = result.article
    head = [
        f"{a.title or '(no headline)'}",
        f"{a.outlet or '(outlet unknown)'} | {', '.join(a.byline) or '(no byline)'} | "
        f"published {result.published.isoformat() if result.published else 'unknown'}",
        "",
    ]
    cols = [("value", 26), ("what", 18), ("kind", 9), ("whose", 10), ("where", 16), ("who said it", 28)]
    lines = ["  ".join(name.ljust(w) for name, w in cols)]
    lines.append("  ".join("-" * w for _, w in cols))
    for f in result.figures:
        kind = f["kind"] + (f" {f['direction']}" if f["direction"] else "")
        what = f"{f['unit'] or ''} ({f['category']})" if f["category"] not in ("money", "percent") else f["category"]
        cells = [_value_text(f), what, kind, f["actor"] or "-", f["location"] or "-", f["source"] or "-"]
        lines.append("  ".join(_fit(c, w) for c, (_, w) in zip(cells, cols)))
        extras = []
        if f["caveats"]:
            extras.append("caveats: " + ", ".join(f["caveats"]))
        if f["date"]:
            extras.append(f"date: {f['date']}")
        if f["mentions"] > 1:
            extras.append(f"mentioned {f['mentions']} times")
        if extras:
            lines.append("    " + "; ".join(extras))
    if not result.figures:
        lines.append("(no figures found)")
    lines.append("")
    lines.append(f"Dates ({len(result.dates)}):")
    for d in result.dates:
        where = "" if d.where == "body" else " (caption)"
        lines.append(f"  {d.text!r:<28} -> {d.date or 'unresolved'} ({d.granularity}){where}")
    return "\n".join(head + lines) + "\n"


def _fit(text: str, width: int) -> str:
    text = str(text)
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
