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
