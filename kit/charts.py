"""Newsroom charts of an article's figures and dates (matplotlib). No extraction logic here.

Every chart has a title that says the finding, labelled axes, the number on each bar, a source
line, and reads in grey-scale (hatching, not colour, tells totals from changes). A function
returns a Figure, or None when there is nothing of its kind to show: the notebook then prints a
sentence instead of an empty chart.
"""
from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd

GREYS = {"total": "0.35", "change": "0.75", "threshold": "0.9", "rate": "0.55"}
HATCHES = {"total": "", "change": "//", "threshold": "..", "rate": "xx"}
HEDGED = "†"
CURRENCY_SIGNS = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}  # marks a figure stated with a hedge ("as many as", "not verified")


def figure_label(row) -> str:
    """ "as many as 7,000 troops (Russia)": what a reader needs to tell bars apart."""
    value, approx = row.get("value"), row.get("approx")
    vague = False
    if value is None or pd.isna(value):
        low, high = row.get("low"), row.get("high")
        if isinstance(approx, str) and approx and low is not None and not pd.isna(low) and (high is None or pd.isna(high)):
            amount, vague = "", True  # "tens of thousands of people": the words say it
        elif low is not None and not pd.isna(low) and high is not None and not pd.isna(high):
            amount = f"{_fmt(low)}-{_fmt(high)}"
        else:
            amount = f"{_fmt(low)}+" if low is not None and not pd.isna(low) else "?"
    else:
        amount = _fmt(value)
    unit = row.get("unit") or ""
    if vague:
        unit = f"of {unit}" if unit else ""
    if row.get("category") == "money":
        amount, unit = f"{CURRENCY_SIGNS.get(unit, unit + ' ')}{amount}", ""
    elif row.get("category") == "percent":
        amount, unit = f"{amount}%", ""
    text = " ".join(x for x in (approx if isinstance(approx, str) else "", amount, unit) if x)
    actor = row.get("actor")
    if isinstance(actor, str) and actor:
        text += f" ({actor})"
    return text


def _fmt(v) -> str:
    v = float(v)
    if abs(v) >= 1e9:
        return f"{v / 1e9:g}bn"
    if abs(v) >= 1e6:
        return f"{v / 1e6:g}m"
    return f"{int(v):,}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def _amount(row) -> float:
    for key in ("value", "low", "high"):
        v = row.get(key)
        if v is not None and not pd.isna(v):
            return float(v)
    return float("nan")


def is_hedged(row) -> bool:
    caveats = row.get("caveats")
    has_caveat = isinstance(caveats, (list, tuple)) and len(caveats) > 0 or (isinstance(caveats, str) and caveats)
    approx = row.get("approx")
    return bool(has_caveat) or (isinstance(approx, str) and approx in ("as many as", "up to", "nearly", "almost"))


def source_line(outlet: str | None, published, sources) -> str:
    """ "Source: Daily Mirror, 17 Feb 2022; figures as stated by Joe Biden, James Heappey"."""
    when = published.strftime("%-d %b %Y") if hasattr(published, "strftime") else (published or "date unknown")
    names = [s for s in dict.fromkeys(sources) if isinstance(s, str) and s]
    by = "; figures as stated by " + ", ".join(names) if names else "; figures in the article's own voice"
    return textwrap.fill(f"Source: {outlet or 'article'}, {when}{by}. {HEDGED} hedged or unverified.", 110)


def bar_chart(rows: pd.DataFrame, title: str, xlabel: str, source: str, labels=None):
    """Horizontal bars, one a figure, the number and who said it written on each bar."""
    if rows is None or len(rows) == 0:
        return None
    rows = rows.reset_index(drop=True)
    amounts = [_amount(r) for _, r in rows.iterrows()]
    labels = labels if labels is not None else [figure_label(r) for _, r in rows.iterrows()]
    height = max(2.6, 0.55 * len(rows) + 1.6)
    fig, ax = plt.subplots(figsize=(9, height))
    kinds = [r.get("kind") or "total" for _, r in rows.iterrows()]
    ys = list(range(len(rows)))[::-1]
    bars = ax.barh(ys, amounts, color=[GREYS.get(k, "0.5") for k in kinds],
                   hatch=None, edgecolor="black", linewidth=0.6)
    for bar, kind in zip(bars, kinds):
        bar.set_hatch(HATCHES.get(kind, ""))
    span = max((a for a in amounts if a == a), default=1) or 1
    use_log = len([a for a in amounts if a == a and a > 0]) > 1 and span / max(min(a for a in amounts if a == a and a > 0), 1e-9) > 1000
    if use_log:
        ax.set_xscale("log")
        ax.set_xlim(left=0.8)  # bars start at one, not at a fraction nobody counts
    for y, amount, (_, r) in zip(ys, amounts, rows.iterrows()):
        said = r.get("source")
        note = f"  {_fmt(amount) if amount == amount else '?'}{HEDGED if is_hedged(r) else ''}"
        if isinstance(said, str) and said:
            note += f" — {said}"
        ax.text(amount if amount == amount else 0, y, note, va="center", ha="left", fontsize=8)
    ax.set_yticks(ys)
    ax.set_yticklabels([textwrap.shorten(l, 48) for l in labels], fontsize=9)
    ax.set_xlabel(xlabel + (" (log scale)" if use_log else ""))
    ax.set_title(textwrap.fill(title, 70), loc="left", fontsize=12, fontweight="bold")
    ax.margins(x=0.45 if not use_log else 0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    present = [k for k in HATCHES if k in kinds]
    if len(present) > 1:
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(facecolor=GREYS[k], hatch=HATCHES[k], edgecolor="black", label=k) for k in present],
                  loc="lower right", fontsize=8, frameon=False)
    fig.text(0.01, 0.01, source, fontsize=7, color="0.25", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.06 + 0.02 * source.count("\n"), 1, 1))
    return fig


def figures_chart(figures: pd.DataFrame, outlet=None, published=None):
    """Every (filtered) figure as a bar: the explorer's chart."""
    if figures is None or len(figures) == 0:
        return None
    n = len(figures)
    title = f"{n} figure{'s' if n != 1 else ''} in the article" if figures["category"].nunique() > 1 else \
        f"{n} {figures['category'].iloc[0]} figure{'s' if n != 1 else ''} in the article"
    return bar_chart(figures, title, "amount as stated", source_line(outlet, published, figures["source"]))


def forces_chart(figures: pd.DataFrame, categories=("personnel", "aircraft", "vessels", "vehicles", "weapons"),
                 outlet=None, published=None):
    """The build-up: personnel and equipment by actor, totals and changes apart."""
    rows = figures[figures["category"].isin(list(categories))]
    if len(rows) == 0:
        return None
    rows = rows.assign(_actor=rows["actor"].fillna("owner not named"), _kind=rows["kind"])
    rows = rows.sort_values(["_actor", "_kind", "start"]).drop(columns=["_actor", "_kind"])
    largest = rows.loc[rows.apply(_amount, axis=1).idxmax()]
    title = f"Largest figure: {figure_label(largest)}" + (
        f", {largest['kind']}" if isinstance(largest["kind"], str) else "")
    return bar_chart(rows, title, "number as stated", source_line(outlet, published, rows["source"]))


def deployments_chart(figures: pd.DataFrame, outlet=None, published=None):
    """What goes where: figures grouped by the place the article gives for them."""
    rows = figures[figures["location"].notna() & ~figures["category"].isin(["money", "percent"])]
    if len(rows) == 0:
        return None
    rows = rows.sort_values(["location", "start"])
    labels = [f"{r['location']}: {figure_label(r)}" for _, r in rows.iterrows()]
    places = rows["location"].nunique()
    title = f"Figures tied to {places} place{'s' if places != 1 else ''}: " + ", ".join(
        f"{loc} ({', '.join(figure_label(r).split(' (')[0] for _, r in grp.iterrows())})"
        for loc, grp in rows.groupby("location", sort=True))
    return bar_chart(rows, title, "number as stated", source_line(outlet, published, rows["source"]), labels=labels)


def timeline_chart(dates: pd.DataFrame, outlet=None, published=None):
    """Every dated statement on a time line (days and weeks; months and years are too coarse)."""
    if dates is None or len(dates) == 0:
        return None
    rows = dates[dates["date"].notna() & dates["granularity"].isin(["day", "week"])].copy()
    if len(rows) == 0:
        return None
    rows["when"] = pd.to_datetime(rows["date"].astype(str))
    rows = rows.sort_values(["when", "start"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(9, max(2.8, 0.42 * len(rows) + 1.4)))
    ys = list(range(len(rows)))[::-1]
    ax.scatter(rows["when"], ys, color="black", s=18, zorder=3)
    first, last = rows["when"].min(), rows["when"].max()
    for y, (_, r) in zip(ys, rows.iterrows()):
        late = last > first and (r["when"] - first) > (last - first) / 2  # label late points leftwards
        ax.annotate(textwrap.shorten(f"{r['text']}: {r['sentence']}", 70), (r["when"], y), xytext=(-6 if late else 6, 0),
                    textcoords="offset points", va="center", ha="right" if late else "left", fontsize=7.5)
    ax.set_yticks([])
    ax.set_xlabel("date the article gives (resolved against its publication day)")
    span = f"{rows['when'].min():%-d %b} to {rows['when'].max():%-d %b %Y}"
    ax.set_title(f"{len(rows)} dated statements, {span}", loc="left", fontsize=12, fontweight="bold")
    ax.margins(x=0.08)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    import matplotlib.dates as mdates

    ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d %b"))
    fig.text(0.01, 0.01, source_line(outlet, published, []).split(";")[0] + ".", fontsize=7, color="0.25")
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig
