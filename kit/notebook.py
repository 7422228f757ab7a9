"""What the notebooks call: open an article once, then tables, charts and explorers of it.

A notebook cell stays a line or two. Nothing here raises into a notebook: a bad ARTICLE gives a
one-line message, and every later call shows a plain sentence instead of a traceback.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd

from .errors import KitError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Message:
    """A plain sentence shown as a cell's output (deterministic, so nbval can check it)."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_markdown_(self) -> str:
        return self.text


def setup_display() -> None:
    """Pandas display settings the stored outputs were made with (wide, not truncated)."""
    pd.set_option("display.width", 220)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", 70)
    pd.set_option("display.max_rows", 200)


def resolve_path(path: str) -> Path:
    """ARTICLE as given, else from the project root: notebooks run with notebooks/ as their folder."""
    p = Path(os.path.expanduser(str(path)))
    if p.is_absolute() or p.exists():
        return p
    rooted = PROJECT_ROOT / p
    return rooted if rooted.exists() else p


def parse_published(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise KitError(f"PUBLISHED {value!r} is not a date as YYYY-MM-DD (e.g. 2022-02-17).") from None


class Study:
    """One article, read and extracted, for a notebook."""

    def __init__(self, article_path, published=None):
        from . import extract, load_article

        self.error: str | None = None
        self.path = str(article_path)
        try:
            day = parse_published(published)
            self.article = load_article(resolve_path(article_path))
            self.extraction = extract(self.article, published=day)
            self.figures = self.extraction.figures_frame()
            self.dates = self.extraction.dates_frame()
        except KitError as e:
            self.error = f"Error: {e}"
            self.article = self.extraction = None
            self.figures = self.dates = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def status(self) -> Message:
        if not self.ok:
            return Message(self.error)
        n, d = len(self.figures), len(self.dates)
        return Message(f"Read {self.article.title or 'an untitled article'!r}: {n} figures, {d} date mentions.")

    # -- tables ----------------------------------------------------------------------------------

    def metadata(self):
        if not self.ok:
            return Message(self.error)
        a = self.article
        rows = [("headline", a.title), ("outlet", a.outlet), ("section", a.section), ("byline", ", ".join(a.byline)),
                ("published", self.published.isoformat() if self.published else None),
                ("body", f"{len(a.text)} characters"), ("captions", len(a.captions)), ("chrome lines set apart", len(a.chrome))]
        return pd.DataFrame(rows, columns=["field", "value"]).set_index("field")

    def captions(self):
        if not self.ok:
            return Message(self.error)
        if not self.article.captions:
            return Message("The article has no photo captions.")
        return pd.DataFrame([(c.text, c.credit) for c in self.article.captions], columns=["caption", "credit"])

    def figures_table(self, categories=None):
        from .widgets import table_of

        if not self.ok:
            return Message(self.error)
        rows = self.figures if categories is None else self.figures[self.figures["category"].isin(list(categories))]
        if len(rows) == 0:
            return Message("The article states no figure of this kind.")
        return table_of(rows)

    def dates_table(self):
        if not self.ok:
            return Message(self.error)
        if len(self.dates) == 0:
            return Message("The article mentions no date.")
        return self.dates[["text", "date", "granularity", "where", "sentence"]].reset_index(drop=True)

    def sources_table(self):
        """Who said which figure, with the evidence or hedge that came with it: for the fact-check."""
        if not self.ok:
            return Message(self.error)
        if len(self.figures) == 0:
            return Message("The article states no figure.")
        from .charts import figure_label, is_hedged

        rows = []
        for _, r in self.figures.iterrows():
            rows.append({
                "said by": r["source"] if isinstance(r["source"], str) else "(article's own voice)",
                "figure": figure_label(r),
                "kind": r["kind"],
                "caveats": "; ".join(r["caveats"]) if r["caveats"] else "",
                "flag": "CHECK: hedged or unverified" if is_hedged(r) else "",
                "mentions": r["mentions"],
            })
        return pd.DataFrame(rows).sort_values(["said by", "figure"]).reset_index(drop=True)

    def by_place(self):
        if not self.ok:
            return Message(self.error)
        rows = self.figures[self.figures["location"].notna() & ~self.figures["category"].isin(["money", "percent"])]
        if len(rows) == 0:
            return Message("The article ties no count to a place.")
        from .charts import figure_label

        out = rows.assign(figure=[figure_label(r) for _, r in rows.iterrows()])
        return out[["location", "category", "figure", "kind", "source"]].sort_values(["location", "figure"]).reset_index(drop=True)

    # -- charts and explorers --------------------------------------------------------------------

    @property
    def published(self):
        return self.extraction.published if self.ok else None

    @property
    def outlet(self):
        return self.article.outlet if self.ok else None

    def _chart(self, make, empty: str, *args, **kwargs):
        if not self.ok:
            return Message(self.error)
        import matplotlib.pyplot as plt

        fig = make(*args, outlet=self.outlet, published=self.published, **kwargs)
        if fig is None:
            return Message(empty)
        plt.close(fig)  # shown once, as the cell's result, not twice
        return fig

    def forces_chart(self, categories=("personnel", "aircraft", "vessels", "vehicles", "weapons")):
        from .charts import forces_chart

        return self._chart(forces_chart, "The article gives no personnel or equipment figure.", self.figures,
                           categories=categories)

    def deployments_chart(self):
        from .charts import deployments_chart

        return self._chart(deployments_chart, "The article ties no count to a place.", self.figures)

    def timeline_chart(self):
        from .charts import timeline_chart

        return self._chart(timeline_chart, "The article gives no datable statement.", self.dates)

    def figure_explorer(self):
        from .widgets import figure_explorer

        if not self.ok:
            return Message(self.error)
        if len(self.figures) == 0:
            return Message("The article states no figure to explore.")
        return figure_explorer(self.figures, self.outlet, self.published)

    def category_switcher(self, categories=("personnel", "aircraft", "vessels", "vehicles", "weapons")):
        from .charts import forces_chart
        from .widgets import category_switcher

        if not self.ok:
            return Message(self.error)
        box = category_switcher(self.figures, forces_chart, categories, self.outlet, self.published)
        return box if box is not None else Message("The article gives no personnel or equipment figure.")

    def date_explorer(self):
        from .widgets import date_range_explorer

        if not self.ok:
            return Message(self.error)
        box = date_range_explorer(self.dates, self.outlet, self.published)
        return box if box is not None else Message("The article gives no datable statement.")


def open_article(article, published=None) -> Study:
    """The notebooks' first call: never raises; `study.status()` says what was read or what went wrong."""
    setup_display()
    return Study(article, published)
