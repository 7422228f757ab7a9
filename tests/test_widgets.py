"""The explorers filter the figures a journalist asks for; a widget change redraws the view."""
import datetime as dt

import kit
from kit import widgets

def test_filters_combine(seed_frames):
    figures, _ = seed_frames
    assert len(widgets.filter_figures(figures)) == len(figures)
    uk = widgets.filter_figures(figures, actor="UK")
    assert set(uk["actor"]) == {"UK"} and len(uk) == 3
    assert len(widgets.filter_figures(figures, actor="UK", kind="change")) == 1
    assert list(widgets.filter_figures(figures, source="Joe Biden")["value"]) == [150000, 100000]
    assert len(widgets.filter_figures(figures, actor="(none)")) == 2  # the people and the money

def test_search_looks_in_the_sentences(seed_frames):
    figures, _ = seed_frames
    hits = widgets.filter_figures(figures, search="Estonia")
    assert list(hits["value"]) == [850, 350]  # one sentence holds both

def test_dropdown_change_changes_the_filtered_view(seed_frames):
    figures, _ = seed_frames
    box = widgets.figure_explorer(figures)
    assert len(box.filtered) == len(figures)
    box.controls["category"].value = "aircraft"
    assert list(box.filtered["unit"]) == ["jets"]
    box.controls["category"].value = widgets.ALL
    box.search.value = "no such words anywhere"
    assert len(box.filtered) == 0

def test_date_range_narrows_the_timeline(seed_frames):
    _, dates = seed_frames
    assert len(widgets.filter_dates(dates, "2022-02-15", "2022-02-16")) == 6
    box = widgets.date_range_explorer(dates)
    assert len(box.filtered) == len(dates[dates["date"].str.len() >= 10])
    box.slider.value = ("2022-02-21", "2022-02-21")
    assert list(box.filtered["text"]) == ["next week"]

def test_dropdowns_list_every_value_once(seed_frames):
    figures, _ = seed_frames
    opts = widgets.options_of(figures["source"])
    assert opts[0] == widgets.ALL and "(none)" in opts and len(opts) == len(set(opts))
