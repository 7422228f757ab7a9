"""Every lexicon an editor may extend parses, and has no empty or duplicate entries."""
from importlib import resources

import pytest

from kit.lexicon import alternation, table, word_list

TXT = sorted(p.name[:-4] for p in resources.files("kit.lexicons").iterdir() if p.name.endswith(".txt"))
TOML = sorted(p.name[:-5] for p in resources.files("kit.lexicons").iterdir() if p.name.endswith(".toml"))


@pytest.mark.parametrize("name", TXT)
def test_word_list_has_entries_and_no_duplicates(name):
    entries = word_list(name)
    assert entries, f"{name}.txt is empty"
    dupes = {e for e in entries if entries.count(e) > 1}
    assert not dupes, f"{name}.txt repeats {sorted(dupes)}"


@pytest.mark.parametrize("name", TOML)
def test_toml_lexicon_parses(name):
    assert table(name)


def test_empty_alternation_is_refused():
    with pytest.raises(ValueError):
        alternation([])


def test_qualifier_phrases_are_unique_across_bounds():
    q = table("qualifiers")
    phrases = [p for bound in ("high", "low", "none") for p in q[bound]["phrases"]]
    assert len(phrases) == len(set(phrases))


def _figure(sentence):
    from kit import extract
    from kit.clean import Article

    figs = extract(Article.from_text(sentence)).figures
    assert len(figs) == 1, (sentence, figs)
    return figs[0]


@pytest.mark.parametrize("direction", ["up", "down"])
def test_every_change_noun_in_kinds_toml_makes_a_change(direction):
    """kinds.toml is what the kit reads: each change noun an editor lists marks "a 4% <noun>" as a change."""
    sign = "+" if direction == "up" else "-"
    for noun in table("kinds")[direction]["nouns"]:
        f = _figure(f"The company reported a 4% {noun} in sales.")
        assert (f["kind"], f["direction"]) == ("change", sign), noun


def test_every_threshold_noun_in_kinds_toml_makes_a_threshold():
    for noun in table("kinds")["threshold"]["nouns"]:
        f = _figure(f"Ministers set a {noun} of 50,000 visas.")
        assert f["kind"] == "threshold", noun


def test_every_pay_ask_verb_in_kinds_toml_makes_a_rise():
    """kinds.toml [pay_asks]: a share offered or asked for is a rise, for each verb an editor lists."""
    for verb in table("kinds")["pay_asks"]["verbs"]:
        f = _figure(f"The union said the airline had {verb} 6.5% for cabin crew.")
        assert (f["kind"], f["direction"]) == ("change", "+"), verb


@pytest.mark.parametrize("key, sentence", [
    ("lines", "Families can call a free {w} on 929 for news of relatives, and 40 staff answer it."),
    ("call_before", "Residents were told to {w} 999 and 300 firefighters were sent."),
])
def test_every_phone_word_in_not_figures_toml_keeps_the_number_out(key, sentence):
    """not_figures.toml [phones]: the number rung is no figure; the count beside it is."""
    for w in table("not_figures")["phones"][key]:
        f = _figure(sentence.format(w=w))
        assert f["value"] in (40, 300), w
