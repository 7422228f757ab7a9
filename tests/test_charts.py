"""Charts have the bars, numbers, labels and source line a newsroom needs (read back from matplotlib)."""
import datetime as dt

import kit
from kit import charts

def _texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]

def test_forces_chart_has_one_labelled_bar_per_figure(seed_frames):
    figures, _ = seed_frames
    fig = charts.forces_chart(figures, outlet="Daily Mirror", published=dt.date(2022, 2, 17))
    ax = fig.axes[0]
    forces = figures[figures["category"].isin(["personnel", "aircraft"])]
    assert len(ax.patches) == len(forces) == 6
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "as many as 7,000 troops (Russia)" in labels and "4 jets (UK)" in labels
    texts = _texts(fig)
    assert any("7,000†" in t and "US senior administration official" in t for t in texts)  # hedged, and who said it
    assert any(t.startswith("Source: Daily Mirror, 17 Feb 2022") for t in texts)
    assert ax.get_xlabel().startswith("number as stated")
    assert ax.get_title(loc="left")

def test_changes_and_totals_differ_in_greyscale(seed_frames):
    figures, _ = seed_frames
    ax = charts.forces_chart(figures).axes[0]
    hatches = {p.get_hatch() or "" for p in ax.patches}
    assert {"", "//"} <= hatches  # totals solid, changes hatched: readable without colour

def test_deployments_chart_groups_by_place(seed_frames):
    figures, _ = seed_frames
    labels = [t.get_text() for t in charts.deployments_chart(figures).axes[0].get_yticklabels()]
    assert "Estonia: around 850 members (UK)" in labels
    assert "Poland: 350 commandos (UK)" in labels
    assert "Cyprus: 4 jets (UK)" in labels

def test_timeline_puts_each_dated_statement_on_its_day(seed_frames):
    _, dates = seed_frames
    fig = charts.timeline_chart(dates)
    offsets = fig.axes[0].collections[0].get_offsets()
    assert len(offsets) == len(dates[dates["granularity"].isin(["day", "week"])])

def test_no_figure_of_a_kind_means_no_chart():
    x = kit.extract(kit.Article.from_text("Shares fell 3% on Tuesday."))
    assert charts.forces_chart(x.figures_frame()) is None
    assert charts.deployments_chart(x.figures_frame()) is None

def test_vague_quantity_is_labelled_in_words(seed_frames):
    figures, _ = seed_frames
    row = figures[figures["approx"] == "tens of thousands"].iloc[0]
    assert charts.figure_label(row) == "tens of thousands of people"
