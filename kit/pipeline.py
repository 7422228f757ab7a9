"""extract(): the stages in order, and the Extraction they produce (CONTRACT.md's JSON)."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter, countOf

from . import attribution, claims, dates, figures, numbers, sentences
from .clean import Article
from .errors import KitError, UsageError
from .figures import Mention
from .lexicon import alternation, may_end_with, table

SCHEMA = "kit.extract/1"
FIGURE_FIELDS = ["id", "value", "low", "high", "approx", "category", "unit", "kind", "direction", "actor",
                 "location", "source", "date", "caveats", "quote", "sentence", "start", "end", "mentions"]
DATE_FIELDS = ["text", "date", "granularity", "where", "start", "end", "sentence"]


def _as_date(published) -> dt.date | None:
    """The publication day a caller gave: a date, a datetime, or a string written YYYY-MM-DD."""
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published).strip())
    except ValueError:
        raise UsageError(f"the publication day must be a date written YYYY-MM-DD, such as 2022-02-17; "
                         f"got {str(published)[:40]!r}") from None


def extract(article: Article, published: dt.date | str | None = None) -> "Extraction":
    """Every figure and date in one cleaned article, shaped as in CONTRACT.md.

    >>> x = extract(Article.from_text("Police said 40 people were arrested."))
    >>> [(f["value"], f["category"], f["source"]) for f in x.figures]
    [(40.0, 'people', 'Police')]
    """
    published = _as_date(published) or article.published  # never today's date: see CONTRACT.md
    text = article.text
    _forget_the_last_article()
    paras = sentences.paragraphs(text)
    sents = sentences.split_sentences(text, paras)
    starts = [s.start for s in sents]

    def sentence_index(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    toks = numbers.tokenize(text)
    refuse_a_dump(countOf(map(_KIND, toks), "num"))  # refuse a data dump before reading it (counted in C)
    found = count_checked(numbers.find_numbers(text, toks))
    body_dates = dates.find_dates(text, published, "body", sentence_of=lambda p: sents[sentence_index(p)].text if sents else text,
                                  tokens=toks)
    caption_dates = []
    for ci, cap in enumerate(article.captions):
        for d in dates.find_dates(cap.text, published, "caption"):
            d.caption = ci
            caption_dates.append(d)
    mentions = find_mentions(text, sents, sentence_index, [(d.start, d.end) for d in body_dates], toks, found)
    resolve_elided(mentions)
    restated_changes(mentions, text)
    compared_changes(mentions, text)
    counted_among_casualties(mentions, text)
    points_of_a_share(mentions, text)
    units_spelled_out(mentions, text)
    by_sentence: dict[int, list] = {}
    for m in mentions:
        by_sentence.setdefault(sentence_index(m.sentence.start), []).append(m)
    dates_by_sentence: dict[int, list] = {}
    for d in body_dates:
        dates_by_sentence.setdefault(sentence_index(d.start), []).append(d.to_dict())
    attributer = attribution.Attributer(text, sents, paras, toks)
    attributer.attribute(by_sentence, dates_by_sentence)
    shares_its_base(mentions, text)
    restated_shares_keep_their_owner(mentions, text)
    old_levels_keep_their_owner(mentions, text)
    partitives_keep_their_owner(mentions, text)
    rows_are_the_story_s(mentions)
    local_currencies(mentions, attributer.home_country)
    one_name_a_body(mentions, attribution.defined_acronyms(text, toks, attributer.spelled_at))
    headline = headline_mentions(article.title) if article.title else []
    merged = claims.merge_mentions(mentions, headline)
    return Extraction(article, merged, body_dates + caption_dates, published, sents)


_KIND = attrgetter("kind")
MAX_NUMBERS = 20_000  # a long feature holds a few hundred; more is a table or a data dump


def _forget_the_last_article() -> None:
    """Empty the caches that hold what was read of one text (its index, its phone numbers, names read before a
    name, its sentences' rules and GDP pledges): they serve the many readings of one extraction, not the next extraction of the same article, which
    must cost what the first did (the benchmark times an article read again and again)."""
    attribution._TextIndex._last = None
    attribution._named_before_a_name.cache_clear()
    figures._phone_cache.clear()
    figures._commits_a_share_of_gdp.cache_clear()  # (these two hold a sentence's text)
    figures._states_a_rule.cache_clear()


def count_checked(found: list) -> list:
    """The number expressions, refused when there are more than any article holds."""
    refuse_a_dump(len(found))
    return found


def refuse_a_dump(count: int) -> None:
    """Refuse a text holding COUNT numbers when that is more than any article holds."""
    if count > MAX_NUMBERS:
        raise KitError(f"this text holds {count:,} numbers, more than any news article "
                       f"(the kit reads up to {MAX_NUMBERS:,}). Is it a table or a data file? Give the article itself.")


def find_mentions(text, sents, sentence_index, date_spans, toks, found) -> list[figures.Mention]:
    """Number expressions that are figures, classified, in text order."""
    out = []
    inside_a_date = sentences.within(date_spans)
    for m in found:
        if inside_a_date(m.num_start):
            continue  # "February 7, 2022": part of a date
        if out and out[-1].start < m.num_start < out[-1].noun_end and m.tok_first > 0 and not m.approx \
                and toks[m.tok_first - 1].kind == "word" and toks[m.tok_first - 1].text[:1].isupper():
            continue  # "79 of its Boeing 737 MAX 9 jets": a model's number inside another figure's counted phrase
        if figures.trap_reason(m, toks, text):
            continue
        sent = sents[sentence_index(m.start)]
        out.append(figures.classify(m, toks, text, sent))
    return out


def headline_mentions(title: str) -> list[figures.Mention]:
    toks = numbers.tokenize(title)
    sent = sentences.Sentence(0, len(title), title, 0)
    return [figures.classify(m, toks, title, sent) for m in numbers.find_numbers(title, toks)  # the title read once
            if not figures.trap_reason(m, toks, title)]


def local_currencies(mentions: list["Mention"], home_country: str | None) -> None:
    """A currency name several countries share is the story country's (CONTRACT.md "unit"): "$1.2
    billion" in an Australian story is AUD, "pesos" in a Philippine one PHP; "US$" stays USD.
    The countries and their codes are numbers.toml's [local_currency_words]."""
    local = table("numbers")["local_currency_words"]
    priced: dict[int, Mention] = {}  # sentence start -> its last commodity price
    for m in mentions:
        word = m.number.local_currency
        if word and _COMMODITY_PRICE.match(m.sentence.text, m.number.end - m.sentence.start):
            priced[m.sentence.start] = m
            continue
        last = priced.get(m.sentence.start)
        if word and last is not None and last.number.local_currency == word and "scaled" not in m.number.flags:
            # "gold rose to $4,812 an ounce and silver gained 3% to $58.20": the same market's price (not
            # "copper at $4.21 a pound, and its profit climbed to $312m": an amount in millions is no price)
            m.unit, m.kind, m.direction = last.unit, "rate" if m.kind == "total" else m.kind, m.direction
            continue
        if word and home_country in local.get(word, {}):
            m.unit = local[word][home_country]


# "$4,812 an ounce", "$83.44 a barrel": world commodities are priced in US dollars wherever the story is
_COMMODITY_PRICE = re.compile(r"\s*(?:an?|per|a\s+troy)\s+(?:troy\s+)?(?:ounce|barrel|tonne|ton|bushel|pound|gallon|"
                              r"mmbtu|megawatt[- ]hour)\b", re.I)


# a sentence that opens with what it counts: "Assaults on staff rose", "New Zealand's sheep flock fell"
_COUNTED_SUBJECT = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}['’]s\s+)?(?P<nouns>(?:[A-Za-z-]+\s+){0,2}?"
                              r"(?:(?!(?:has|was|is|does)\s)[A-Za-z-]+s|sheep|cattle|flock|herd|population))(?:\s+(?:on|of|in|at|among)\s+[\w\s'’-]{1,60}?)?\s+"
                              r"(?:(?:has|have|had)\s+)?(?:rose|fell|grew|grown|risen|fallen|increased|decreased|dropped|"
                              r"climbed|jumped|declined|slipped|surged|reached)\b")
def units_spelled_out(mentions: list[figures.Mention], text: str) -> None:
    """A unit written in capitals that the story has spelled out before its initials in brackets
    ("142,000 twenty-foot equivalent units (TEU), down from 229,000 TEU") is the unit spelled out."""
    spelled: dict[str, str | None] = {}
    for m in mentions:
        written = text[m.noun_end - len(m.unit):m.noun_end] if m.unit and m.noun_end > m.end else ""
        if not (len(written) >= 2 and written.isupper() and written.lower() == m.unit):
            continue
        if written not in spelled:
            # the brackets found as plain text, then the words before them read (no pattern tried at every place)
            at = text.find(f"({written})")
            words = _LOWER_WORDS_BEFORE.findall(text, max(0, at - 80), at)[-len(written):] if at > 0 else []
            spelled[written] = " ".join(words) if len(words) == len(written) and all(w.islower() for w in words) \
                and "".join(w[0] for w in words) == written.lower() else None
        if spelled[written]:
            m.unit = spelled[written]


_LOWER_WORDS_BEFORE = re.compile(r"[A-Za-z][\w-]*")  # whole words, so a capitalised one is seen and refused


def points_of_a_share(mentions: list[figures.Mention], text: str) -> None:
    """ "its share of the vote fell 17 points to 40.2%": the points of a share are percentage points; so
    are points that move a percentage ("Support fell three points to 27%")."""
    for m in mentions:
        if m.unit == "points" and (_A_SHARE_BEFORE.search(text, max(m.sentence.start, m.start - 60), m.start)
                                   or _TO_A_PERCENTAGE.match(text, m.noun_end, min(m.sentence.end, m.noun_end + 40))
                                   or _AFTER_A_PERCENTAGE.search(text, max(m.sentence.start, m.start - 30), m.start)
                                   or ((m.value or 100) < 100
                                       and _PERCENTAGE_POINTS_BEFORE.search(text, max(m.sentence.start, m.start - 200), m.start))):
            m.unit, m.category = "%", "percent"


_A_SHARE_BEFORE = re.compile(r"\b(?:share(?!\s+(?:average|index|indices|prices?|market|trading))|support|approval|turnout|backing|rating)\b"
                             r"[^.;,\d]{0,40}$")  # (not "the Nikkei share average fell 400 points")
# "Turnout was 38.2%, down 4.7 points": the points a percentage just given moved by
_AFTER_A_PERCENTAGE = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?,?\s+"
                                 r"(?:down|up|a\s+(?:rise|fall|drop)\s+of)\s+$")  # ("16.9% of the market, down 0.4 points")
# "rose by 6.5 percentage points, while the other's fell by 7.1 points": the sentence's points, shortened (a
# share moves by less than 100 points: "the FTSE 100 closed at 8,727 points" is an index's level)
_PERCENTAGE_POINTS_BEFORE = re.compile(r"\bpercentage\s+points?\b", re.I)
_TO_A_PERCENTAGE = re.compile(r"\s+(?:to|from)\s+(?:(?:take|reach|hit)\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)")


def counted_among_casualties(mentions: list[figures.Mention], text: str) -> None:
    """People counted inside a casualty count are casualties too: "At least 11 people, including two
    children, have died"; "The dead included 17 Nepalis, three Indian nationals and an Australian"."""
    for prev, m in zip([None] + mentions, mentions):
        if m.category not in ("people", "casualties"):
            continue
        if _DEAD_INCLUDED.search(text, max(m.sentence.start, m.start - 40), m.start):
            m.category, m.listed_casualty = "casualties", True  # the list's first
        elif m.category == "people" and prev is not None and prev.sentence is m.sentence and prev.category == "casualties" \
                and prev.noun_end <= m.start and (_AMONG_THEM.fullmatch(text, prev.noun_end, m.start)
                                                  or (prev.listed_casualty and _LISTED.fullmatch(text, prev.noun_end, m.start))):
            m.category, m.listed_casualty = "casualties", prev.listed_casualty


_AMONG_THEM = re.compile(r",?\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+")
_LISTED = re.compile(r",\s+|,?\s+and\s+")
_DEAD_INCLUDED = re.compile(r"\b(?:dead|victims|fatalities|killed|injured|wounded)\s+(?:included|include|were)\s+$", re.I)


_LEVEL_BEFORE = re.compile(r"\b(?:to|from)\s+$")
_COLLECTIVES = frozenset({"flock", "herd", "population", "numbers"})


# what is done to people besides harm (figures.CASUALTY): "evacuated 40 homes and rescued 12 others"
_DONE_TO_PEOPLE = re.compile(r"\b(?:arrest|evacuat|rescu|displac|detain|treat)\w*", re.I)


def _done_to_people(span: str) -> bool:
    """Whether SPAN holds a verb done to people ("injured", "rescued"): "others" after it are people."""
    return figures.CASUALTY.search(span) is not None or _DONE_TO_PEOPLE.search(span) is not None


# the words before an old amount the sentence compares with its money or share figure: "..., up from 1.4 billion",
# "rose to 1.97 billion crowns from 1.25 billion"
_OLD_AMOUNT_BEFORE = re.compile(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bplus)\s+"
                                r"(?:about\s+|around\s+|some\s+|up\s+to\s+|a\s+further\s+|another\s+)?$")
# (and an amount added to it: "for 45 million euros plus up to 5 million in add-ons")


def resolve_elided(mentions: list[figures.Mention]) -> None:
    """ "previous estimates of about 100,000": the noun is that of the figure it continues, the
    last counted figure of the same sentence, else of the same paragraph."""
    last_in_sentence: dict[int, figures.Mention] = {}
    last_in_paragraph: dict[int, figures.Mention] = {}
    last_measured: dict[int, figures.Mention] = {}  # sentence start -> its latest figure with a unit
    sentence_staff: dict[int, figures.Mention] = {}  # sentence start -> its latest count of staff
    # "Headcount rose by 1,150 to 14,300 employees": a change with no noun is counted in the level it reaches
    reaches = {id(prev): m for prev, m in zip(mentions, mentions[1:])
               if prev.unit is None and prev.kind == "change" and prev.sentence is m.sentence and m.unit and not m.reference
               and prev.category not in ("money", "percent") and m.category not in ("money", "percent")
               and _TO_LEVEL.fullmatch(m.sentence.text, prev.noun_end - m.sentence.start, m.number.start - m.sentence.start)}
    # "rose from 58 to 63.4 percent": a bare number the sentence takes to a share is a share
    shares_to = {id(prev): m for prev, m in zip(mentions, mentions[1:])
                 if prev.unit is None and prev.category != "money" and not prev.reference and prev.sentence is m.sentence
                 and m.category == "percent" and not prev.number.is_range
                 and _FROM_BEFORE.search(prev.sentence.text, max(0, prev.number.start - prev.sentence.start - 6),
                                         prev.number.start - prev.sentence.start)
                 and _TO_LEVEL.fullmatch(m.sentence.text, prev.noun_end - m.sentence.start, m.number.start - m.sentence.start)}
    for m in mentions:
        if id(m) in reaches:
            m.category, m.unit = reaches[id(m)].category, reaches[id(m)].unit
        if id(m) in shares_to:
            m.category, m.unit = shares_to[id(m)].category, shares_to[id(m)].unit
        measured = last_measured.get(m.sentence.start)  # the sentence's latest figure with a unit
        if measured is not None and _restates(m, measured):
            continue  # (the amount it restates stays the one later figures go back to)
        if measured is not None and _old_level_of(m, measured):
            # "had risen to 1.9 billion zlotys this year, up from 1.4 billion in 2023": the old amount, in zlotys;
            # "fell to 1.2 per cent from 2.1": the old share, a share
            m.category, m.unit = measured.category, measured.unit
        if m.unit:
            last_measured[m.sentence.start] = m
        if m.unit is None and not m.reference and m.category not in ("money", "percent") \
                and m.sentence.start not in last_in_sentence:
            subject = _COUNTED_SUBJECT.match(m.sentence.text)
            at = m.number.start - m.sentence.start
            if subject and subject.end() <= at and _LEVEL_BEFORE.search(m.sentence.text, max(0, at - 6), at):
                # "Assaults on staff rose by 23% last year to 487", "New Zealand's sheep flock fell 4% to 23.3
                # million": the level the sentence's subject reached, counted in the subject's noun
                words = subject.group("nouns").split()
                noun = (words[-2] if words[-1] in _COLLECTIVES and len(words) > 1 else words[-1]).lower()
                if noun == "population":
                    m.unit, m.category = "people", "people"  # "Kenya's population grew by 2% to 54 million"
                else:
                    if not noun.endswith("s") and noun not in figures.INVARIANT_PLURALS:
                        noun += "s"  # "Kenya's elephant population ... to 36,280": elephants
                    m.unit = noun
                    m.category = "other"
                # the level stands for the figures after it: "rose to 132, up 14 from the last count" counts rhinos
                last_in_sentence[m.sentence.start] = last_in_paragraph[m.sentence.paragraph] = m
                continue
        if m.unit is None and not m.reference and m.category not in ("money", "percent"):
            antecedent = last_in_sentence.get(m.sentence.start) or last_in_paragraph.get(m.sentence.paragraph)
            at = m.number.start - m.sentence.start
            if antecedent is not None and antecedent.category != "personnel" \
                    and sentence_staff.get(m.sentence.start) is not None \
                    and _HIRING_BEFORE.search(m.sentence.text, max(0, at - 40), at):
                # "its 1,400 volunteers had handed out 96,000 parcels ... and it hoped to recruit between 250 and
                # 300 more": people hired are the sentence's staff, not its last noun
                antecedent = sentence_staff[m.sentence.start]
            if antecedent is not None:
                m.category, m.unit = antecedent.category, antecedent.unit
                if not _OWN_SUBJECT.search(m.sentence.text, max(0, m.number.start - m.sentence.start - 40),
                                           m.number.start - m.sentence.start):
                    m.owner_hint = m.owner_hint or antecedent.owner_hint  # (not "and China had seven": China's)
        before = last_in_sentence.get(m.sentence.start)
        if m.unit == "people" and before is not None and before.category not in ("people", "casualties") \
                and before.unit not in figures._measure_plurals() \
                and m.sentence.text[m.noun_end - m.sentence.start - 6:m.noun_end - m.sentence.start] == "others" \
                and not _done_to_people(m.sentence.text[before.noun_end - m.sentence.start:m.start - m.sentence.start]):
            # "At least 460 buildings collapsed and 2,100 others were damaged": others of that noun
            m.category, m.unit = before.category, before.unit
        elif m.unit == "people" and before is not None and before.category in ("people", "casualties") \
                and before.unit not in (None, "people") \
                and m.sentence.text[m.noun_end - m.sentence.start - 6:m.noun_end - m.sentence.start] == "others":
            m.unit = before.unit  # "At least 23 miners were killed and as many as 40 others are missing": other miners
        if m.unit and not m.reference and m.category not in ("money", "percent") \
                and not (m.kind == "threshold" and m.unit in figures._units()["time"]) \
                and m.sentence.text[m.number.end - m.sentence.start:m.number.end - m.sentence.start + 1] != "-":
            # (not "the 36-week target"; nor "the 32,000-seat stadium, up from 23,100": a size that describes a
            # noun is not what a later bare number counts)
            last_in_sentence[m.sentence.start] = m
            last_in_paragraph[m.sentence.paragraph] = m
            if m.category == "personnel":
                sentence_staff[m.sentence.start] = m


def _restates(m: figures.Mention, before: figures.Mention) -> bool:
    """Whether M goes on from BEFORE, the latest figure with a unit in its sentence, as the same kind of move
    (M's kind and direction set from it). True only for an amount restated in brackets, which then stands aside."""
    text, at = m.sentence.text, m.number.start - m.sentence.start
    if before.category == "money" and m.category == "money" and m.unit != before.unit \
            and _BRACKETED.fullmatch(text, before.noun_end - m.sentence.start, at):
        m.kind, m.direction = before.kind, before.direction  # "150 shillings ($1.16) for a jerrycan": the same price
        return True
    if before.category == "percent" and before.kind == "change" and m.category == "percent" and m.kind == "total" \
            and m.number.start - before.noun_end <= 80 and _COMPARED_WITH.search(text, max(0, at - 25), at):
        # "lost an average of 14.2% of their body weight, compared with 2.1% on placebo": the same kind of move
        m.kind, m.direction = before.kind, before.direction
    elif before.kind == "rate" and m.kind == "total" and m.category == "money" and m.unit == before.unit \
            and m.number.start - before.noun_end <= 80 and _FROM_BEFORE.search(text, max(0, at - 6), at):
        m.kind = "rate"  # "charging 150 shillings for a jerrycan, up from 30 shillings in June": the old price
    return False


def _old_level_of(m: figures.Mention, before: figures.Mention) -> bool:
    """Whether M, a number with no unit, is the old level of BEFORE, an amount or a share just before it
    ("up from 1.4 billion", "from 2.1"), or the level an amount's change reaches ("by €600m to 7.1 billion"); not the level a share's change is from ("up 18% from 20.8 million"),
    nor the old count of a noun ("fell 23%, to 2,480 students from 3,220")."""
    text, at = m.sentence.text, m.number.start - m.sentence.start
    if m.unit is not None or m.reference or before.category not in ("money", "percent") \
            or m.number.start - before.noun_end > 60:
        return False
    if before.category == "percent" and (before.kind == "change" or (m.value or 0) > 100
                                         or not _FROM_BEFORE.search(text, max(0, at - 6), at)):
        return False  # a share's old level follows "from" and is at most 100
    if before.category == "money" and before.kind == "change" \
            and _TO_LEVEL.fullmatch(text, before.noun_end - m.sentence.start, at):
        return True  # "raising its budget by 600 million euros to 7.1 billion": the level the change reaches, in euros
    return _OLD_AMOUNT_BEFORE.search(text, max(0, at - 40), at) is not None


# a name right before "had", "won": the elided count is that name's ("28 American universities ... and China had seven")
_OWN_SUBJECT = re.compile(r"\b(?:and|while|but|whereas)\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}\s+"
                          r"(?:had|has|have|won|took|got|claimed|secured|held)\s+(?:only\s+|just\s+)?$")
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|around\s+|just\s+|only\s+)?$")
_BRACKETED = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
# a verb of taking people on, right before a number with no noun: "hoped to recruit between 250 and 300 more"
_HIRING_BEFORE = re.compile(r"\b(?:recruit|hire|employ|enlist|take on|train)(?:s|ed|d|ing)?\s+(?:(?:another|an additional|"
                            r"a further|some|about|around|up to|at least|as many as|between)\s+)?$", re.I)
_TO_LEVEL = re.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?")


RESTATED = re.compile(r"\s*,\s*(?:or\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$")
# "cut more than 10% of its global workforce, or about 14,000 jobs": the share of a whole, then its count
RESTATED_SHARE = re.compile(r"\s+of\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,5}[\w-]+\s*,\s*"
                            r"(?:or\s+|about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")


def one_name_a_body(mentions: list[figures.Mention], names: dict[str, str]) -> None:
    """A body the story names in full and by its letters is one actor and one source, named both ways."""
    if not names:
        return
    fulls = [k for k in names if " " in k]
    seen: dict[str, str] = {}  # each name is looked up once, however many figures carry it

    def named(name: str) -> str:
        if name not in seen:
            low = name.lower()
            # "the U.N. Food and Agriculture Organization (FAO)": the body after a word or two of its parent's
            key = low if low in names else next(
                (k for k in fulls if low.endswith(" " + k) and len(low[:-len(k)].split()) <= 2), None)
            seen[name] = names[key] if key else name
        return seen[name]

    for m in mentions:
        if m.actor:
            m.actor = named(m.actor)
        if m.source:
            m.source = named(m.source)


# "carried a record 20.4 million passengers last year, up 5%": the share moves the count before it
_UP_ON_IT = re.compile(r"[^.;:()]{0,40}?,\s+(?:up|down|an?)\s+(?:by\s+)?$")


def shares_its_base(mentions: list[figures.Mention], text: str) -> None:
    """A share that restates how the count before it moved ("flew 14.2 million passengers through its
    Riga hub in 2025, up 11%") is whose that count is: no one's when the count is of people in general."""
    for prev, m in zip(mentions, mentions[1:]):
        if m.category == "percent" and m.kind == "change" and prev.sentence is m.sentence \
                and prev.category not in ("percent", "money") and prev.kind == "total" \
                and _UP_ON_IT.match(text, prev.noun_end, m.number.num_start):
            m.actor = prev.actor


def restated_shares_keep_their_owner(mentions: list[figures.Mention], text: str) -> None:
    """ "gave the party 742,118 votes, or 40.2%": the share that restates a count is whose the count is."""
    for prev, m in zip(mentions, mentions[1:]):
        if m.category == "percent" and m.kind == prev.kind and prev.sentence is m.sentence and prev.category != "percent" \
                and prev.actor and _OR_A_SHARE.fullmatch(text, prev.noun_end, m.number.num_start):
            m.actor = prev.actor


_OR_A_SHARE = re.compile(r",?\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?")


def partitives_keep_their_owner(mentions: list[figures.Mention], text: str) -> None:
    """ "Andina operates a fleet of 140 container ships. Twenty-three of them have been diverted": a
    part of a counted whole, named by a pronoun, is the whole's owner's."""
    for prev, m in zip(mentions, mentions[1:]):
        if m.actor is None and prev.actor and m.unit == prev.unit and m.category == prev.category \
                and m.sentence.paragraph == prev.sentence.paragraph and _OF_THEM.match(text, m.number.end):
            m.actor = prev.actor


def rows_are_the_story_s(mentions: list[figures.Mention]) -> None:
    """A key point or a fact box's row names no owner ("• Pre-tax profit of 1.9 billion kroner", "Fleet: 96
    aircraft"): its figures are the owner's the story counts most, where one owns three figures or more and no
    other as many (people in general stay nobody's: "Passengers: 7.8 million")."""
    owners: dict[str, int] = {}
    for m in mentions:
        if m.actor:
            owners[m.actor] = owners.get(m.actor, 0) + 1
    ranked = sorted(owners.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return
    for m in mentions:
        if m.actor is None and m.category not in ("people", "casualties") and _ROW.match(m.sentence.text):
            m.actor = ranked[0][0]


# a bullet, or a short label and a colon, opening a line: "• Shares up 12.5%", "Load factor: 87.4%"
_ROW = re.compile(r"[•▪●◦*–-]\s|[A-Z][\w'’-]*(?: [\w'’-]+){0,4}: ")


def old_levels_keep_their_owner(mentions: list[figures.Mention], text: str) -> None:
    """ "won 159 seats in the National Assembly, down from 230": the old level the figure moved from
    is the same owner's (not the chamber's named between them); so is the level a change reached."""
    for prev, m in zip(mentions, mentions[1:]):
        if prev.sentence is m.sentence and m.unit == prev.unit and m.category == prev.category and prev.actor \
                and m.kind == "total" and _MOVED_FROM.search(text, max(prev.noun_end, m.start - 16), m.start) \
                and m.start - prev.noun_end <= 60 and not _CLAUSE_TURN.search(text, prev.noun_end, m.start):
            m.actor = prev.actor
        elif prev.sentence is m.sentence and prev.kind == "change" and m.kind == "total" and prev.actor \
                and m.unit == prev.unit and _MOVED_TO.fullmatch(text, prev.noun_end, m.start):
            m.actor = prev.actor  # "the Green Left dropped one seat to eight": the level the change reached


_MOVED_FROM = re.compile(r"\b(?:up|down)\s+from\s+$")
_MOVED_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+|nearly\s+|just\s+)?")
_CLAUSE_TURN = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b")


def compared_changes(mentions: list[figures.Mention], text: str) -> None:
    """ "a smaller reduction than the 35% advised", "a bigger rise than the 4% expected": the figure a change is
    compared with is a change of the same kind."""
    for m in mentions:
        if m.kind == "total" and may_end_with(text, max(m.sentence.start, m.start - 40), m.start, ("than", "the", "a", "an")) \
                and (than := _CHANGE_THAN.search(text, max(m.sentence.start, m.start - 40), m.start)):
            m.kind, m.direction = "change", "+" if than.group(1).lower() in figures.CHANGE_NOUNS_UP else "-"


_CHANGE_THAN = re.compile(r"\b(" + alternation(figures.CHANGE_NOUNS_UP | figures.CHANGE_NOUNS_DOWN)
                          + r")\s+than\s+(?:the\s+|a\s+|an\s+)?$", re.I)  # the change nouns of kinds.toml


def restated_changes(mentions: list[figures.Mention], text: str) -> None:
    """ "fell 63 cents, or 0.8%", "will cut 4,200 jobs, about 9% of its workforce": the second
    figure restates the change of the first, so it is a change in the same direction; "£12.85 an
    hour, up from £12.45": the second is the rate's old level, a rate too."""
    for prev, m in zip(mentions, mentions[1:]):
        if prev.kind not in ("change", "rate", "threshold") or m.kind != "total" or prev.sentence is not m.sentence:
            continue
        between = text[prev.noun_end:m.start]
        if prev.kind in ("rate", "threshold"):
            if prev.unit == m.unit and (_LEVEL_BEFORE if prev.kind == "rate" else _OLD_LIMIT_BEFORE).search(
                    text, max(0, m.start - 12), m.start) and not _CLAUSE_TURN.search(between):
                # (not "a price of $4.21 a pound, and its profit climbed to $312m": a clause of its own)
                m.kind = prev.kind  # "£12.85 an hour from November, up from £12.45": the rate's old level;
                # "lift the threshold to A$750,000, from A$600,000", "the minimum salary from $39,600 to $44,000"
        elif len(between) < 12 and RESTATED.fullmatch(between) and (
                "or" in between.split() or "percent" in (prev.category, m.category)) \
                or (prev.category == "percent" and len(between) < 60 and RESTATED_SHARE.fullmatch(between)):
            m.kind, m.direction = "change", prev.direction
        elif _OF_THEM.match(text, m.noun_end if m.noun_end > m.end else m.end) and prev.unit and len(between) < 80:
            m.kind, m.direction = "change", prev.direction  # "cut up to 3,800 jobs by 2027, around 2,600 of them in Germany"
        elif between in (" and ", ", and ") and not m.number.approx and m.unit and "percent" not in (m.category, prev.category) \
                and (_ADDED_BEFORE.search(text, max(0, prev.number.start - 20), prev.number.start)
                     or _MOVED_BEFORE.search(text, max(0, prev.number.start - 16), prev.number.start)):
            # "an additional 1,500 soldiers and 40 armoured vehicles": the "additional" covers both; "added 300
            # soldiers and 13 tanks", "adding 250 jobs and roughly 1.1 gigawatts": so does the verb
            m.kind, m.direction = "change", prev.direction
        elif prev.kind == "change" and m.unit == prev.unit and m.unit and m.noun_end <= m.end and not m.number.approx \
                and len(between) < 200 and between.endswith((", and ", " and ")) and _GAPPED_PLACE.match(text, m.end):
            # "Some 2,400 positions will go at the main plant in Osnabrück, ..., and 1,500 at its battery-pack site":
            # the verb left out, the second count moves the same way
            m.kind, m.direction = "change", prev.direction


_GAPPED_PLACE = re.compile(r"\s+(?:at|in|from|across)\s")
_LEVEL_BEFORE = re.compile(r"\b(?:(?:up|down)\s+)?from\s+$|\bto\s+$")
_OLD_LIMIT_BEFORE = re.compile(r"(?<!up )(?<!down )\bfrom\s+$|\bto\s+$")  # not "2.5% by 2027, up from 2.3% this year"
_OF_THEM = re.compile(r"\s+of\s+them\b")
_ADDED_BEFORE = re.compile(r"\b(?:additional|further|extra|another)\s+$", re.I)
_MOVED_BEFORE = re.compile(r"\b(?:added|adding|adds|cut|cutting|cuts|axed|axing|shed|shedding|scrapped|scrapping)\s+$", re.I)


@dataclass
class Extraction:
    article: Article
    claims: list
    dates: list
    published: dt.date | None
    sentences: list

    @property
    def figures(self) -> list[dict]:
        out = []
        for n, c in enumerate(self.claims, 1):
            f = c.first
            merged = claims.claim_fields(c)
            out.append({
                "id": f"f{n}",
                "value": _num(f.value), "low": _num(f.low), "high": _num(f.high), "approx": f.approx,
                "category": f.category, "unit": f.unit, "kind": f.kind, "direction": f.direction,
                "actor": merged["actor"], "location": merged["location"], "source": merged["source"],
                "date": merged["date"], "caveats": merged["caveats"],
                "quote": self.article.text[f.start:f.noun_end] if f.noun_end > f.end else self.article.text[f.start:f.end],
                "sentence": f.sentence.text,
                "start": f.start, "end": f.noun_end if f.noun_end > f.end else f.end,
                "mentions": len(c.mentions) + c.headline_mentions,
            })
        return out

    def date_dicts(self) -> list[dict]:
        return [d.to_dict() for d in self.dates]

    def to_dict(self) -> dict:
        a = self.article
        return {
            "schema": SCHEMA,
            "article": {
                "id": a.id, "path": a.source_path, "title": a.title, "outlet": a.outlet, "byline": a.byline,
                "section": a.section,
                "published": self.published.isoformat() if self.published else None,
                "captions": [{"text": c.text, "credit": c.credit} for c in a.captions],
                "chars": len(a.text),
            },
            "figures": self.figures,
            "dates": self.date_dicts(),
        }

    def figures_frame(self):
        """One row a figure, the contract's columns; numbers as floats, missing as NA."""
        import pandas as pd

        rows = self.figures
        df = pd.DataFrame(rows, columns=FIGURE_FIELDS)
        for col in ("value", "low", "high"):
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Float64")
        for col in ("start", "end", "mentions"):
            df[col] = df[col].astype("Int64")
        for col in ("approx", "category", "unit", "kind", "direction", "actor", "location", "source", "date", "quote", "sentence"):
            df[col] = df[col].astype("string")
        return df

    def dates_frame(self):
        """One row a date mention: text, date, granularity, where, start, end, sentence."""
        import pandas as pd

        rows = []
        for d in self.dates:
            row = d.to_dict()
            row["sentence"] = self._sentence_at(d.start) if d.where == "body" else self.article.captions[d.caption].text
            rows.append(row)
        df = pd.DataFrame(rows, columns=DATE_FIELDS)
        for col in ("text", "date", "granularity", "where", "sentence"):
            df[col] = df[col].astype("string")
        for col in ("start", "end"):
            df[col] = df[col].astype("Int64")
        return df

    def _sentence_at(self, pos: int) -> str:
        i = bisect_right([s.start for s in self.sentences], pos) - 1
        return self.sentences[i].text if i >= 0 and pos < self.sentences[i].end else ""


def _num(v):
    if v is None:
        return None
    if abs(v) >= 1 and abs(v - round(v)) < 1e-9 * abs(v):
        v = round(v)  # 4.1 * 1e9 is 4099999999.9999995 in floating point: "€4.1bn" is 4100000000
    return int(v) if float(v).is_integer() and abs(v) < 2**53 else round(v, 6)
