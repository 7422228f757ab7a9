"""Hostile or degenerate input: the kit answers (or refuses with a KitError) quickly; nothing else escapes."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import kit

MB = 1_000_000

def extract_or_refuse(load):
    """Load and extract; a KitError is an acceptable answer, any other exception fails the test."""
    try:
        article = load()
        result = kit.extract(article)
    except kit.KitError as e:
        assert str(e).strip()  # a refusal still says what went wrong
        return None
    assert isinstance(result.figures, list)
    assert isinstance(result.to_dict(), dict)
    return result


def repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.timeout(20)
def test_deeply_nested_html(tmp_path):
    path = tmp_path / "nested.html"
    story = "<p>Police said 40 people were arrested in Leeds on Monday night after the match.</p>"
    path.write_text("<html><body>" + "<div>" * 5000 + story + "</div>" * 5000 + "</body></html>")
    extract_or_refuse(lambda: kit.load_article(path))


@pytest.mark.timeout(20)
def test_deeply_nested_html_through_cli(tmp_path, run_kit):
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 5000 + "</div>" * 5000 + "</body></html>")
    result = run_kit("extract", path, "--format", "json")
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1


@pytest.mark.timeout(20)
def test_one_megabyte_line_of_ones(tmp_path):
    path = tmp_path / "ones.txt"
    path.write_text(repeat_to("1,", MB)[:-1])
    extract_or_refuse(lambda: kit.load_article(path))


@pytest.mark.timeout(20)
def test_hundred_thousand_digits():
    extract_or_refuse(lambda: kit.Article.from_text("1" * 100_000))


@pytest.mark.timeout(20)
def test_as_many_as_repeated_to_one_megabyte():
    extract_or_refuse(lambda: kit.Article.from_text(repeat_to("as many as ", MB)))


@pytest.mark.timeout(20)
def test_between_1_and_repeated_to_one_megabyte():
    extract_or_refuse(lambda: kit.Article.from_text(repeat_to("between 1 and ", MB)))


@pytest.mark.timeout(20)
def test_one_megabyte_without_spaces():
    extract_or_refuse(lambda: kit.Article.from_text("a" * MB))


@pytest.mark.timeout(20)
def test_one_megabyte_without_spaces_from_file(tmp_path):
    path = tmp_path / "nospace.txt"
    path.write_text("x" * MB)
    extract_or_refuse(lambda: kit.load_article(path))


@pytest.mark.timeout(60)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1))
def test_arbitrary_text_returns_or_raises_kit_error(s):
    extract_or_refuse(lambda: kit.Article.from_text(s))


NEWS_TOKENS = st.sampled_from([
    "1", "7,000", "£2", "million", "bn", "%", "as many as", "between", "and", "up to", "at least", "tens of",
    "thousands", "troops", "Russia", "said", "on Tuesday", "yesterday", "(PA)", "By", "Clara Jennings",
    "LONDON,", "March 3", "(Reuters)", "-", ".", ",", "\n", "\n\n", "“", "”", "'", "Updated 14 June 2025",
    "a further", "fell by", "to", "per", "a day", "Type 45", "2022", "503rd", "in", "the border", "the",
])


@pytest.mark.timeout(60)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWS_TOKENS, min_size=1, max_size=60).map(" ".join))
def test_news_like_token_soup_returns_or_raises_kit_error(s):
    extract_or_refuse(lambda: kit.Article.from_text(s))


# Just under the kit's number limit the text is read in full, so here a pattern that rescans a
# sentence for each figure (quadratic time) takes minutes. Linear reading takes 5-10 s of CPU on this
# 2-core machine (2026-12-01: "between 1 and " 7.5-10 s, as at the session's start commit, the machine's
# speed varying); a 10 s limit failed a clean run with nothing else running, so the limit is 30 s as for
# the long sentences below (the cost per character is in `make bench`'s pathological table).
@pytest.mark.timeout(30)
@pytest.mark.parametrize("unit", ["1,", "between 1 and ", "£1m, "])
def test_the_largest_text_the_kit_reads_in_full_is_read_in_linear_time(unit):
    from kit.pipeline import MAX_NUMBERS

    numbers_per_unit = unit.count("1")
    result = extract_or_refuse(lambda: kit.Article.from_text(unit * (MAX_NUMBERS // numbers_per_unit - 10)))
    assert result is not None  # read, not refused


@pytest.mark.timeout(15)
def test_a_sentence_of_many_dates_is_read_in_linear_time():
    """Each date's tense is read from a window after it, not from the rest of its sentence: 250 KB of one
    sentence holding 14,000 dates took about half an hour when every date read the whole remainder."""
    unit = "to cut from April "
    result = extract_or_refuse(lambda: kit.Article.from_text(repeat_to(unit, 250_000)))
    assert result is not None and len(result.dates) > 10_000


# One long sentence of many figures, speakers, quotations, dates and back-references: each figure's
# work is bounded to a window around it. Before that, each of these read the whole sentence (or all
# its dates, quotes or places) once per figure, and took a minute or more at this size. (The slowest, "up from 3%
# in March", takes 18-21 s of CPU here when nothing else runs, and timed out at 30 s beside two other jobs: 60 s
# still fails a reading that is not linear.)
@pytest.mark.timeout(60)
@pytest.mark.parametrize("unit", ["said 5 people ", "Police said 40 people were hurt, ", "up from 3% in March, ",
                                  "the state's 12 schools ", "\u201c40 people\u201d he said ", "between 1 and 2 "])
def test_a_long_sentence_of_figures_is_read_in_linear_time(unit):
    from kit.pipeline import MAX_NUMBERS

    digits = sum(1 for w in unit.replace("%", " ").split() if w.strip(",\u201c\u201d").isdigit())
    count = min(MAX_NUMBERS // digits - 10, 300_000 // len(unit))
    result = extract_or_refuse(lambda: kit.Article.from_text(unit * count))
    assert result is not None  # read, not refused


@pytest.mark.timeout(30)
@pytest.mark.parametrize("template", ["{name} Holdings said it would cut {n} jobs.",
                                      "The company said {name} Air carried {n} passengers.",
                                      "{name} Smith, a spokesman, said {n} people were hurt."])
def test_a_story_naming_thousands_of_bodies_is_read_in_linear_time(template):
    """The bodies a story has named are indexed by the words of their names, so "the company" or "the
    union" is found without reading every name again: 8,000 bodies here, in one story."""
    import itertools

    syllables = ["".join(p) for p in itertools.product("bdgklmnprstvz", "aeiou")]
    names = ("".join(t).title() for t in itertools.product(syllables, repeat=3))
    text = " ".join(template.format(name=next(names), n=10 + i % 90) for i in range(16000))
    result = extract_or_refuse(lambda: kit.Article.from_text(text))
    assert result is not None and len(result.figures) >= 90  # one claim per distinct number and noun


@pytest.mark.timeout(60)
def test_a_megabyte_of_capitals_before_a_union_is_read_in_linear_time():
    """The names a story calls unions are read in one pass; a run of capitals with no space must not make it
    quadratic (it did, at hours per megabyte, before the word length was bounded)."""
    text = ("Volara Airlines said 40 flights were cancelled. " + "A" * MB +
            ", and the cabin crew union called the strike. The airline said 12 staff were hurt.")
    extract_or_refuse(lambda: kit.Article.from_text(text))


@pytest.mark.timeout(30)
def test_a_story_naming_thousands_of_bodies_that_are_no_firms_is_read_in_linear_time():
    """"the company" looks back among the last bodies named only: a story naming thousands of regulators
    (none of them a firm) is not read back to its start at every "the company" (it was, quadratic)."""
    import itertools

    syllables = ["".join(p) for p in itertools.product("bdgklmnprstvz", "aeiou")]
    names = ("".join(t).title() for t in itertools.product(syllables, repeat=3))
    template = "{name} Lake, the {other} regulator, said the company cut {n} jobs."
    text = " ".join(template.format(name=next(names), other=next(names), n=10 + i % 90) for i in range(8000))
    result = extract_or_refuse(lambda: kit.Article.from_text(text))
    assert result is not None and len(result.figures) >= 90


@pytest.mark.timeout(20)
def test_a_head_line_of_a_megabyte_of_names_and_towns_is_read_in_linear_time():
    """A bare line of writers and their towns is read as a byline by one pattern: a megabyte of such names,
    ending in a word that spoils the match, is refused or read in time, never backtracked through."""
    line = "Anna Berg Cd Ef in Oslo Gh Ij and " * (MB // 34) + "x"
    extract_or_refuse(lambda: kit.Article.from_text("Ships wait at the canal\n\n" + line + "\n\nAbout 160 ships waited, "
                                                    "the canal authority said.\n"))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("unit", ["[", "[a](", "*a", "_a", "![a](b ", "aaaaaaaaaa[", "aaaaaaaaaa*", "aaaaaaaaaa<"])
def test_a_megabyte_of_markdown_markup_is_read_in_linear_time(tmp_path, unit):
    # a .md file of brackets, stars or links: the Markdown parser reads "[[[[..." at ~30 s a MB, so text that
    # dense with markup is read as text; a diluted run is parsed, a few seconds a MB
    from kit.markdown import markdown_text

    assert isinstance(markdown_text(repeat_to(unit, MB)), str)
    path = tmp_path / "page.md"
    path.write_text(repeat_to(unit, 200_000))
    extract_or_refuse(lambda: kit.load_article(path))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("unit", [b"--x\nContent-Type: text/html\n\n<p>a</p>\n", b"--x\n\n",
                                  b"Content-Type: multipart/mixed; boundary=x\n\n--x\n"])
def test_a_megabyte_of_mime_parts_is_refused_or_read_quickly(tmp_path, run_kit, unit):
    # a .mht of thousands of parts: the e-mail reader takes ~0.7 ms a part (minutes for a megabyte), so more
    # parts than a saved page holds get the one-line error
    path = tmp_path / "page.mht"
    path.write_bytes(b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n" + unit * (MB // len(unit)))
    result = run_kit("extract", path, "--format", "json")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1


@pytest.mark.timeout(30)
@pytest.mark.parametrize("text", ["[" * MB, '{"a": ' * (MB // 6), '{"articleBody": "' + "as many as " * (MB // 11) + '"}'])
def test_a_megabyte_of_json_is_read_or_refused_quickly(tmp_path, text):
    path = tmp_path / "story.json"
    path.write_text(text)
    extract_or_refuse(lambda: kit.load_article(path))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("body", [b"1 0 obj\n" + b"<<" * (MB // 2), b"1 0 obj\n" + b"[" * MB,
                                  b"1 0 obj\n<< /Type /Page >>\nendobj\n" * (MB // 40),
                                  b"xref\n0 100000\n" + b"0000000000 65535 f \n" * (MB // 20) + b"trailer\n<< /Size 100000 >>\n"])
def test_a_megabyte_of_broken_pdf_gets_the_one_line_error(tmp_path, run_kit, body):
    path = tmp_path / "story.pdf"
    path.write_bytes(b"%PDF-1.4\n" + body)
    result = run_kit("extract", path)
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output
