"""ipywidgets explorers over an article's figures and dates. Filtering is a pure function
(`filter_figures`, `filter_dates`), tested apart; the widgets only wire controls to it."""
from __future__ import annotations

import pandas as pd

ALL = "All"
TABLE_COLUMNS = ["value", "low", "high", "approx", "unit", "category", "kind", "direction", "actor", "location",
                 "source", "date", "caveats", "mentions"]


def filter_figures(figures: pd.DataFrame, category=ALL, actor=ALL, source=ALL, kind=ALL, search: str = "") -> pd.DataFrame:
    """The figures that match every chosen filter; "All" (or None) leaves a filter open.

    >>> df = pd.DataFrame({"category": ["money", "personnel"], "actor": ["UK", None], "source": [None, None],
    ...                    "kind": ["total", "change"], "sentence": ["a", "b"], "quote": ["£2m", "7,000"]})
    >>> list(filter_figures(df, category="money")["quote"])
    ['£2m']
    """
    rows = figures
    for column, wanted in (("category", category), ("actor", actor), ("source", source), ("kind", kind)):
        if wanted not in (None, ALL):
            rows = rows[rows[column].fillna("(none)") == wanted]
    if search and search.strip():
        needle = search.strip().lower()
        hay = rows["sentence"].fillna("").str.lower() + " " + rows["quote"].fillna("").str.lower()
        rows = rows[hay.str.contains(needle, regex=False)]
    return rows


def filter_dates(dates: pd.DataFrame, start=None, end=None) -> pd.DataFrame:
    """Date mentions resolved to a day between START and END (inclusive, ISO strings or dates)."""
    rows = dates[dates["date"].notna()]
    days = rows["date"].astype(str).str.slice(0, 10)
    if start is not None:
        rows, days = rows[days >= str(start)], days[days >= str(start)]
    if end is not None:
        rows = rows[days <= str(end)]
    return rows


def options_of(series: pd.Series) -> list[str]:
    """Dropdown choices: "All", then each value sorted, "(none)" for missing."""
    values = sorted({v if isinstance(v, str) and v else "(none)" for v in series.tolist()})
    return [ALL] + values


def table_of(figures: pd.DataFrame) -> pd.DataFrame:
    """The readable table: the columns a journalist checks, caveats joined."""
    out = figures.reindex(columns=TABLE_COLUMNS).copy()
    out["caveats"] = out["caveats"].apply(lambda c: "; ".join(c) if isinstance(c, (list, tuple)) else (c or ""))
    return out.reset_index(drop=True)


def figure_explorer(figures: pd.DataFrame, outlet=None, published=None):
    """Dropdowns for category, actor, source and kind, a search box over the sentences, and a
    table and chart that redraw with every change."""
    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import display

    from .charts import figures_chart

    controls = {
        "category": w.Dropdown(options=options_of(figures["category"]), description="Category"),
        "actor": w.Dropdown(options=options_of(figures["actor"]), description="Whose"),
        "source": w.Dropdown(options=options_of(figures["source"]), description="Said by"),
        "kind": w.Dropdown(options=options_of(figures["kind"]), description="Kind"),
    }
    search = w.Text(placeholder="words in the sentence", description="Search")
    out = w.Output()
    box = w.VBox([w.HBox(list(controls.values())[:2]), w.HBox(list(controls.values())[2:]), search, out])

    def redraw(*_):
        rows = filter_figures(figures, search=search.value, **{k: c.value for k, c in controls.items()})
        box.filtered = rows  # what the view shows now
        out.clear_output(wait=True)
        with out:
            if len(rows) == 0:
                print("No figure matches these filters.")
                return
            display(table_of(rows))
            fig = figures_chart(rows, outlet, published)
            if fig is not None:
                display(fig)
                plt.close(fig)

    for c in list(controls.values()) + [search]:
        c.observe(redraw, names="value")
    redraw()
    box.redraw, box.controls, box.search, box.output = redraw, controls, search, out
    return box


def category_switcher(figures: pd.DataFrame, chart, categories, outlet=None, published=None):
    """Toggle buttons that switch a chart between categories ("personnel", "aircraft" ...)."""
    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import display

    present = [c for c in categories if (figures["category"] == c).any()]
    if not present:
        return None
    buttons = w.ToggleButtons(options=present, description="Show")
    out = w.Output()

    def redraw(*_):
        out.clear_output(wait=True)
        with out:
            fig = chart(figures, categories=(buttons.value,), outlet=outlet, published=published)
            if fig is None:
                print(f"The article gives no {buttons.value} figure.")
            else:
                display(fig)
                plt.close(fig)

    buttons.observe(redraw, names="value")
    redraw()
    box = w.VBox([buttons, out])
    box.redraw, box.buttons = redraw, buttons
    return box


def date_range_explorer(dates: pd.DataFrame, outlet=None, published=None):
    """A range slider over the days the article names; the time line redraws for the range."""
    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import display

    from .charts import timeline_chart

    days = sorted({str(d)[:10] for d in dates["date"].dropna() if len(str(d)) >= 10})
    if not days:
        return None
    slider = w.SelectionRangeSlider(options=days, index=(0, len(days) - 1), description="Dates",
                                    layout=w.Layout(width="600px"))
    out = w.Output()
    box = w.VBox([slider, out])

    def redraw(*_):
        out.clear_output(wait=True)
        rows = filter_dates(dates, *slider.value)
        box.filtered = rows
        with out:
            fig = timeline_chart(rows, outlet, published)
            if fig is None:
                print("No dated statement in this range.")
            else:
                display(fig)
                plt.close(fig)

    slider.observe(redraw, names="value")
    redraw()
    box.redraw, box.slider = redraw, slider
    return box
