"""Number expression + its sentence -> a figure: counted noun, category, unit, kind, direction.

First the traps: each is a small predicate with the reason it is not a figure (a year, an
ordinal, "Type 45", a time, an age, a phone number, a condition, narrated time). What survives
gets its counted noun from kit/lexicons/units.toml and its kind from the words around it.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .lexicon import alternation, may_end_with, table, word_list
from .numbers import PHRASE_ENDS, NumberMention, Token, tokenize
from .places import first_names, lookup
from .sentences import Sentence

# small patterns the traps and the classifier ask of every figure, compiled once
_DRIVE_LAYOUT = re.compile(r"x\d+")  # "6x6", "4x4"
_A_YEARS_DIGITS = re.compile(r"(?<![\d,.])\d{4}(?![\d,.])")
_FOUR_DIGITS = re.compile(r"\d{4}")
_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d{2}")  # "9.30", "23:45"
# opening hours: "from 8.00 to 20.00", "between 07:30 and 19:45" (with a dot, the quarter hours only)
_CLOCK_RANGE = re.compile(r"(?:(?:from|between)\s+)?([01]?\d|2[0-4])(?::[0-5]\d|\.(?:00|15|30|45))\s*(?:to|until|till|and|-|–)\s*"
                          r"([01]?\d|2[0-4])(?::[0-5]\d|\.(?:00|15|30|45))", re.I)
_YEARS_OLD = re.compile(r"[- ]years?[- ]old|-year-olds?|\s*years of age")
_AGED = re.compile(r"([- ]years?)[- ]old\b")
_LOWER_WORD = re.compile(r"[a-z]+")


@dataclass
class Mention:
    """One figure mention in the body (before claims are merged)."""

    number: NumberMention
    sentence: Sentence
    value: float | None
    low: float | None
    high: float | None
    approx: str | None
    category: str = "other"
    unit: str | None = None
    kind: str = "total"
    direction: str | None = None
    reference: bool = False  # "the 7,000 figure": a mention of an earlier claim
    personnel_unit: bool = False  # counted members of a force ("Nine officers were injured")
    listed_casualty: bool = False  # counted in a list of the dead ("The dead included 17 Nepalis, three Indians")
    owner_hint: str | None = None  # an owner named inside the counted phrase ("Russian troops")
    hint_place: str | None = None  # a country inside a firm's counted phrase ("3,000 US jobs"): where, not whose
    item_price: bool = False  # the price of one item ("tickets cost €189"): a rate no one owns
    noun_end: int = 0  # end offset of the counted phrase
    actor: str | None = None
    location: str | None = None
    source: str | None = None
    date: str | None = None
    caveats: list = field(default_factory=list)

    def __post_init__(self) -> None:
        # the number's offsets, read hundreds of times a story by the attribution rules: plain attributes,
        # not properties (a number's offsets are final once find_numbers has returned it)
        self.start: int = self.number.start
        self.end: int = self.number.end


# ---------------------------------------------------------------------------------------------
# Lexicon views


@cache
def _adjective_nouns() -> frozenset[str]:
    return frozenset(table("units")["adjective_nouns"]["words"])


@cache
def _units():
    t = table("units")
    noun_cat: dict[tuple, tuple[str, str]] = {}
    irregular = t["singular"]
    for cat, plurals in t["categories"].items():
        for plural in plurals:
            noun_cat.setdefault(_key(plural), (cat, plural))
            for sing in _singulars(plural, irregular):
                noun_cat.setdefault(_key(sing), (cat, plural))
    for word in t["adjective_nouns"]["words"]:
        if (word,) in noun_cat:
            noun_cat[(word,)] = (noun_cat[(word,)][0], "people")  # "400 injured": injured people
    measures: dict[str, str] = {}  # a symbol or spelling -> the unit's plural ("km" -> "kilometres")
    for plural, forms in t["measures"].items():
        for form in (plural, *forms):
            measures[form] = plural
            noun_cat.setdefault(tuple(x.low for x in tokenize(form)), (noun_cat.get(tuple(plural.split()), ("other",))[0], plural))
    cond = t["conditions"]
    return {
        "nouns": noun_cat,
        "max": max(len(k) for k in noun_cat),
        "firsts": frozenset(k[0] for k in noun_cat if k),  # the words a noun of the lexicon opens with
        "references": frozenset(t["references"]["words"]),
        "conditions": frozenset(cond["units"]),
        "speeds": frozenset(cond["speeds"]),
        "weather": re.compile(r"\b(?:" + "|".join(map(re.escape, cond["weather"])) + r")\b", re.I),
        "calibre_nouns": frozenset(cond["calibre_nouns"]),
        "depth_events": re.compile(r"\b(?:" + "|".join(map(re.escape, cond["depth_events"])) + r")\b", re.I),
        "calibres": frozenset({"mm", "cm", "in", "inch", "calibre", "caliber"}),
        "measures": measures,
        # (a season's singular names a kind of ticket or pass, "400 season tickets": only its plural is time)
        "time": frozenset(t["time_units"]["units"]) | frozenset(u.rstrip("s") for u in t["time_units"]["units"]
                                                                 if u not in ("seasons", "summers", "winters")),
    }


def _key(noun: str) -> tuple[str, ...]:
    """A lexicon noun as the tokens text holds it: "twenty-foot equivalent units" is five tokens."""
    return tuple(x.low for x in tokenize(noun)) if "-" in noun and " " in noun else tuple(noun.split())


def _singulars(plural: str, irregular: dict) -> list[str]:
    *head, last = plural.split()
    if last in irregular:
        sing = irregular[last]
    elif last.endswith("ies"):
        sing = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        sing = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        sing = last[:-1]
    else:
        sing = last
    return [" ".join(head + [sing])]


@cache
def _not_figures():
    t = table("not_figures")
    return {
        "designations": frozenset(t["designations"]["words"]),
        "services_named": frozenset(t["services_named"]["after"]),
        "ages": frozenset(t["ages"]["before"]),
        "times": frozenset(t["times"]["after"]),
        "scores": frozenset(t["scores"]["words"]),
        "multipliers": frozenset(t["multipliers"]["after"]),
        "multiples": frozenset(t["multipliers"]["figures_before"]),
        "streets": frozenset(t["streets"]["words"]),
        "ratings": frozenset(t["ratings"]["after"]),
        "kinds_of_thing": frozenset(t["kinds_of_thing"]["after"]),
        "house_rooms": frozenset(t["house_types"]["rooms"]),
        "dwellings": frozenset(t["house_types"]["dwellings"]),
    }


# Nouns that name what a number counts when they stand before "of" ("a crowd of 74,310").
# a target or a bar the figure sets: "the government wants it to reach 80,000", "would reach 2.5% by 2033",
# "a candidate needs more than 50% of valid votes"
AIMED_AT = re.compile(r"\b(?:(?:wants?|aims?|plans?|hopes?|expects?|targets?|pledged|promised|vowed)\s+(?:it\s+|them\s+|(?:[a-z]+\s+){1,4}?)?to\s+"
                      r"(?:reach|hit|grow\s+to|rise\s+to)|must\s+(?:win|get|secure|reach|have)|"
                      r"(?:target|goal|aim|ambition|objective)\s+(?:is|was)\s+to\s+[a-z]+|(?:aims?|aiming|targets?|targeting)\s+to\s+"
                      r"(?!cut\b|reduce\b|lower\b|raise\b|increase\b|add\b|double\b|halve\b)[a-z]+)"
                      r"\s+(?:[a-z]+\s+){0,2}$")
# a level forecast is a total ("the harvest will reach 112 million tonnes"); with the year it is due by, a target
# ("spending would reach 2.5% by 2033")
_WILL_REACH = re.compile(r"\b(?:would|will)\s+reach\s+(?:[a-z]+\s+){0,2}$")
_BY_A_YEAR = re.compile(r"[^,.;]{0,25}?\bby\s+(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?(?:19|20)\d\d\b")
# a need with a floor is a bar to clear ("needs more than 50%", "required at least 40 seats"); a need alone
# is an appeal's total ("OCHA said it needed $46 million")
NEEDS_A_BAR = re.compile(r"\b(?:needs?|needed|requires?|required)\s+$")
_HAS_MEMBERS = re.compile(r"\b(?:it|they|which|that)\s+(?:says?\s+it\s+|say\s+they\s+)?(?:has|have|had|represents?|counts?)\s+$", re.I)
_KINDS = table("kinds")  # kit/lexicons/kinds.toml: the words of changes, thresholds and rates
UNIT_NAMES = frozenset(table("bodies")["unit_names"]["words"])
STORM_NOUNS = frozenset(table("units")["storms"]["words"])
WORKFORCE_PLACES = frozenset(table("units")["workforce"]["places"])  # "jobs", "posts": what a cut removes
WORKFORCE = WORKFORCE_PLACES | frozenset(table("units")["workforce"]["staff"])
PARTITIVE_SKIP = frozenset("the its their our his her your those these roughly about around some nearly almost an estimated".split())
LEVEL_VERBS = frozenset(_KINDS["level"]["verbs"])
# a share offered or asked for is a rise: "has offered 6.5%", "members wanted 6%" (not "offered 5% of its shares")
PAY_ASKS = frozenset(_KINDS["pay_asks"]["verbs"])
_PHRASE_PREPS = frozenset("of across in on at for".split())  # "users of/across its apps"
LOCATED_UNITS = frozenset(table("units")["ownerless"]["located"])
LOCATED_OWNED_UNITS = frozenset(table("units")["ownerless"]["located_owned"])
PUT_AT = frozenset(_KINDS["put_at"]["verbs"])  # "police put the crowd at 35,000"
# a stock index before its level: "the Nikkei 225 slid 2.8% to 34,735.93", "the FTSE 100 closed at 8,102"
_INDEX_LEVEL = re.compile(r"\b(?:index|indices|Nikkei|FTSE|Dow|Nasdaq|S&P|Stoxx|DAX|CAC|Hang\s+Seng|Kospi|Sensex|Nifty|ASX|TSX|IBEX)\b"
                          r"[^;]{0,70}?\b(?:to|at)\s+$")
HEAD_BEFORE_OF = {"toll": ("casualties", "people"), "crowd": ("people", "people"), "population": ("people", "people"), "workforce": ("personnel", "staff"),
                  "turnout": ("people", "voters"), "audience": ("people", "people"), "congregation": ("people", "people"),
                  "attendance": ("people", "people")}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# (every form opens with "+", "(" or a digit: the look-ahead at that one character spares the rest elsewhere)
PHONE = re.compile(r"(?=[+(\d])(?<!\w)(?<!\d,)(?:(?:\+\d{1,3}[ .-]?(?:\(0\)[ ]?)?(?:\d[ .-])?|\(?0\d{1,4}\)?)(?:[ .-]?\d{2,4}){2,4}"
                   r"|(?:1[ .-])?(?:\(\d{3}\)[ ]?|\d{3}[.-])\d{3}[.-]\d{4}"
                   r"|\d{3,4}(?:[ ]\d{3,4}){2,3}|\d{3,4}-\d{2,4}-\d{3,4})(?!\w|,\d)")
# ("+44 20 ...", "+358 9 4250 1100": an area code of one digit, "1-888-327-4236", "1800 240 667", "800-10-1104")

# Words that end a noun phrase: the counted noun is before them.
STOP_WORDS = frozenset(
    "a an the was were is are be been being has have had will would could should may might must can "
    "to in on at from by for with into onto over under after before since during than as that which "
    "who whom whose where when while and or but if so because of per each every this these those its "
    "their his her our your my it they he she we you i said says say told added according about "
    "including across along near towards toward through up down out off last next ago without within among "
    "amongst amid despite via like unlike beyond behind above below beneath throughout inside outside worth "
    "valued costing totalling totaling ahead clear short apart away once unless until between against versus besides".split()
)
MODIFIERS = frozenset(
    "more additional extra further new fresh other another extra young old armed unarmed active "
    "serving regular elite senior junior full-time part-time frontline front-line fewer".split()
)
CHANGE_UP_AFTER = frozenset(_KINDS["up"]["after"])
CHANGE_DOWN_AFTER = frozenset(_KINDS["down"]["after"])
CHANGE_UP_BEFORE = tuple(_KINDS["up"]["before"])
UP_VERBS = tuple(_KINDS["up"]["verbs"])  # stems: "increas" covers increased and increasing
DOWN_VERBS = tuple(_KINDS["down"]["verbs"])
UP_WORDS = frozenset(_KINDS["up"]["words"])
DOWN_PHRASAL = frozenset(_KINDS["down"]["phrasal"])
CHANGE_NOUNS_UP = frozenset(_KINDS["up"]["nouns"])
CHANGE_NOUNS_DOWN = frozenset(_KINDS["down"]["nouns"])
THRESHOLD_WORDS = re.compile(
    r"\b(?:must|requir\w*|eligib\w*|limit\w*|cap(?:s|ped)?|target\w*|minimum|maximum|"
    r"threshold|ceiling|entitled|allowed|permitted|no more than|at least|rule\w*|pledge[ds]? to|"
    r"aim\w* to|qualif\w*|should|standard|(?:licen[cs]|authori[sz])ed\s+to|"
    r"without\s+(?:\w+\s+)?(?:approval|permission|consent|authori[sz]ation))\b",
    re.I,
)
_BY_TO = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*to\s+(?:[£$€¥₹]|[A-Z]{1,3}\$)?\d")  # "by 7% to 1.2 trillion"
# a bar the figure must reach: "coverage of at least 95% is needed", "where 14 are needed to govern"
_IS_NEEDED = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:is|are|was|were|would\s+be|will\s+be)\s+(?:needed|required)\b")
# a price of one item: "tickets cost €189", "seats sold for up to €1,450", "a kilo of rice costs 65 taka"
_ITEM_PRICE = re.compile(r"\b(?:[Tt]ickets?|[Ss]eats?|[Pp]asses|[Ff]ares?|(?:[Aa]|[Oo]ne|per)\s+(?:\d+\s*(?:kg|g|l)\s+)?(?:kilo|kilogram|litre|liter|"
                         r"bag|loaf|bottle|pack|packet|gallon|pint|ticket|seat|dozen|barrel|jerrycan|sack|tin|can|cup|meal|dose)"
                         r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?)"
                         r"(?:\s+(?:on|in|at|for)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2})?\s+"  # "seats on the main straight"
                         r"(?:now\s+|still\s+)?(?:costs?|sells?(?:\s+for)?|sold(?:\s+for)?|went\s+for|goes\s+for|"
                         r"(?:is|are|were|was)\s+priced\s+at)\s+(?:up\s+to\s+|about\s+|around\s+|only\s+|just\s+)?$")
# a seller's price verb right before the amount, and the one item it buys after it ("charging 150 shillings ($1.16)
# for a 20-litre jerrycan"): a price per item
_PRICE_VERB = re.compile(r"\b(?:charg(?:e|es|ed|ing)|sell(?:s|ing)?\s+for|sold\s+for|priced\s+at)\s+"
                         r"(?:about\s+|around\s+|some\s+|as\s+much\s+as\s+|up\s+to\s+|only\s+|just\s+)?$")
_FOR_AN_ITEM = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:for|per)\s+(?:a|an|one|each|every)\s+")
# a workforce's people: "employs about 15,300 people", "a staff of 400", "cut its workforce by 1,200 people"
_WORKFORCE_BEFORE = re.compile(r"\b(?:employ\w*|workforce|staff of|hir\w*|(?:workforce|headcount|payroll|staff)\s+by)\s*"
                               r"(?:about|around|some|nearly|more than|over|roughly|up to|as many as)?\s*$")
# a crowd's verbs: workers who march or block roads are counted as people, not as a workforce
_DEMONSTRATE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:have\s+|had\s+)?(?:blocked|marched|rallied|gathered|protested|"
                          r"demonstrated|took\s+part|take\s+part|taking\s+part|took\s+to\s+the\s+streets)\b")
# "raise the minimum monthly wage for garment workers to 14,300 taka": a wage floor is a bar to clear
_MINIMUM_WAGE = re.compile(r"\bminimum\s+(?:[a-z]+\s+){0,2}(?:wage|pay|salary)\b[^,.;:]{0,40}?\b(?:to|of|at|from)\s+$", re.I)
# "The legal limit for a party's spending is C$1.3 million": a threshold noun as the subject of "is"
_LIMIT_IS = re.compile(r"\b(?:limit|cap|ceiling|threshold|minimum|maximum|target|quota)\b[^,.;:]{0,50}?\b(?:is|was|are|were|"
                       r"will\s+be|stands\s+at|stood\s+at|set\s+at)\s+(?:about\s+|around\s+|only\s+|just\s+)?$", re.I)
_LIMIT_IS_LAST = ("is", "was", "are", "were", "be", "at", "about", "around", "only", "just")  # its last words (may_end_with)
# a limit moved: "raised her price target on the stock to $60", "lift the threshold for a full exemption to A$750,000"
_LIMIT_TO = re.compile(r"\b(?:limit|cap|ceiling|threshold|minimum|maximum|target|quota)s?\b[^,.;:]{0,50}?\b(?:to|from)\s+"
                       r"(?:about\s+|around\s+|roughly\s+)?$", re.I)
_LIMIT_TO_LAST = ("to", "from", "about", "around", "roughly")
# a distance that bounds an area: "a 3km protection zone", "a two-kilometre exclusion zone", "within 6 nautical miles of"
_ZONE_AFTER = re.compile(r"(?:[\s-]+[a-z]+){0,2}?[\s-]+(?:zone|radius|cordon|corridor|buffer)s?\b")
_ZONE_TO = re.compile(r"\b(?:zone|radius|cordon)s?\b[^,.;:]{0,50}?\b(?:to|from)\s+(?:about\s+|around\s+)?$", re.I)
_WITHIN = re.compile(r"\bwithin\s+(?:about\s+|around\s+|some\s+)?$", re.I)
# a bar a count must reach: "a majority requires 101 seats", "electoral blocs needed 7%", "the 10,000 needed to trigger"
_REQUIRES = re.compile(r"\b(?:majority|quorum|parties|party|blocs?|candidates?|coalitions?)\s+(?:\w+\s+)?(?:requires?|required|needs?|needed)\s+$",
                       re.I)
_REQUIRES_LAST = ("require", "requires", "required", "need", "needs", "needed")
_NEEDED_TO = re.compile(r"\s+(?:needed|required)\s+to\b")
# a class a number bounds: "lorries over 7.5 tonnes", "ships of more than 25,000 tonnes", "villages of fewer than 3,000 residents"
_CLASS_BOUND = re.compile(r"\b[A-Za-z][a-z]*s\s+(?:of\s+|with\s+(?:\w+\s+){0,2}of\s+)?$")
PHRASAL_DOWN = frozenset(_KINDS["not_down"]["verbs"])  # "shot down 14 drones": no fall
PASSIVE_CHANGE = re.compile(r"\s*(?:(?:would|will|could|are|were|was|is|to|have|has|had)\s+)?(?:[a-z]+ly\s+)?(?:be\s+|been\s+|being\s+)?"
                            r"(cut|axed|lost|scrapped|shed|eliminated|slashed|added|go|gone)\b(?!\s+(?:up|on|to|ahead|into|off)\b)")
LIMIT_QUALIFIERS = frozenset(_KINDS["threshold"]["qualifiers"])
LIMIT_WORDS = re.compile(r"\b(?:rules?|allow\w*|permit\w*|limit\w*|must|cap(?:s|ped)?|law|legal|maximum|minimum)\b", re.I)
RATE_UNITS = frozenset(_KINDS["rate"]["units"])  # unit symbols that carry "a day" in them
PER_TIME_UNITS = frozenset(_KINDS["rate"]["per_time"])
_PER_TIME_ADJECTIVE = re.compile(r"\b" + alternation(_KINDS["rate"]["per_time_adjectives"]) + r"\b", re.I)
THRESHOLD_NOUNS = frozenset(_KINDS["threshold"]["nouns"])
DISTANCE_UNITS = frozenset(table("units")["ownerless"]["distances"])  # "kilometres", "nautical miles"
# a price for one person, after the amount: "£15 for adults, £8 for children"
_PRICE_FOR = re.compile(r"\s*for\s+(?:adults?|children|students|seniors|pensioners|concessions|members|non-members|"
                        r"under-\d+s|over-\d+s)\b")
# what a licence or a target allows: "licensed to carry 120 passengers", "its target that 95% be seen"
_LICENSED_TO = re.compile(r"\b(?:(?:licen[cs]ed|authori[sz]ed|certified|permitted|allowed)\s+to\s+(?:carry|hold|seat|take|"
                          r"accommodate|house|handle|employ)|(?:target|goal|standard|requirement|rule)\s+that)\s+"
                          r"(?:up\s+to\s+|a\s+maximum\s+of\s+|at\s+least\s+)?$", re.I)
_LICENSED_TO_LAST = ("carry", "hold", "seat", "take", "accommodate", "house", "handle", "employ", "that", "to", "of", "least")
# "a target of 2%", "a cap of 50,000": the noun before the figure
_THRESHOLD_OF = re.compile(r"\b" + alternation(THRESHOLD_NOUNS | {"standard"}) + r" of\s*$")
# "loans capped at 800,000 reais per borrower", "caps payouts under the policy at $5 million"
CAP_AT = frozenset(_KINDS["cap_at"]["verbs"])
# a cap or a limit kept: "capped the club's wage bill at", "the limit was kept at" (words of bounded length; not "frozen
# at", which annotators read both ways)
_CAPPED_AT = re.compile(r"\b(?:" + alternation(CAP_AT) + r"|kept)\s+(?:[\w'’-]{1,30}\s+){0,6}?(?:at|to)\s*$", re.I)
_CAPPED_AT_LAST = ("at", "to")
_AVERAGE_PER = re.compile(r"\b(?:an?\s+)?(?:hourly|daily|weekly)\s+average\s+of\s*$", re.I)  # "a daily average of 3,200"
RATE_AFTER = re.compile(
    r"^\s*(?:apiece|each)\b(?!\s+(?:of|other|year|month|week|day))|"  # "cost roughly £6.5m apiece"
    r"^\s*(?:of\s+[a-z]+\s+(?:[a-z]+\s+)?)?(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute|second|night|person|head|capita|adult|child|"
    r"pupil|patient|household|head|tonne|ton|barrel|bushel|pound|kilogram|shift|game|match|season|annum|share|ounce|troy ounce|kilo|gallon|litre|"
    r"ticket|unit|hectare|acre|mile|kilometre|kilometer|square\s+metre|trip|journey|ride|fare|visit|flight|passenger|student|pupil|room|flat|bed|"
    r"dose|meal|bottle|pack|packet|loaf|tablet|pill|jab|shot|test|kit|book|copy|item|carton|can|cup|glass|pint|box|crate|sack|bag|"
    r"crossing|vehicle|car|lorry|entry|admission|lesson|session|call|message|download|stream|delivery|parcel|load|wash)\b(?!\s+(?:earlier|ago|later)|\s+before\s+(?!tax))|^['’]?\s*(?:[a-z-]+\s+){0,2}(?:for|to|from)\s+(?:each|every)\b|^\s*/\s*(?:day|hr|h|yr)\b"
    r"|^(?:\s*|-)per[\s-]+(?!cent\b|centum\b)(?:[a-z-]+\s+){0,2}[a-z]+"  # "€750 per crew member", "a 265,000 barrel-per-day refinery"
    r"|^\s*(?:per|for\s+every)\s+(?:\d[\d,.]*|a\s+(?:thousand|million))\b"  # "1,281 cases per 100,000 inhabitants"
    r"|^\s*(?:to|for)\s+(?:the\s+)?(?:families|family|relatives|next\s+of\s+kin|heirs)\s+of\s+(?:each|every)\b"  # "Rs1 million to the family of each victim"
    r"|^\s*each\b(?!\s+(?:of|other|year|month|week|day|time)\b)",  # "boats carried between 20 and 60 people each"
    re.I,
)
# "the champions each receiving $3.8 million", "will each get £500": an amount for each one
# a period later in the figure's clause: "buying about ¥3 trillion of bonds a month", "as many as 1,000 people were
# arriving each day", "about 20 typhoons and tropical storms a year" (not "in a day", "a day after", "a year earlier")
_RATE_IN_CLAUSE = re.compile(r"(?:(?!\b(?:in|within|over|for|during|past|last)\s)[^,;.\d()]){0,45}?(?<!\bon )(?<!\bof )"
                             r"(?<!\bthat )(?<!\bthan )"
                             r"\b(?:(?:per|each|every)\s+(?:day|week|month|year|night)\b|a\s+(?:day|week|month|year|night)\b(?!\s+of\b))"
                             r"(?!\s+(?:earlier|ago|before|later|after|on|in)\b)"
                             r"(?!-)", re.I)
_EACH_GETS = re.compile(r"\beach\s+(?:[a-z-]+\s+){0,2}?(?:will\s+|would\s+)?(?:receiv|get|got|earn|paid|pay|win|won|tak|cost)\w*\s+$"
                        r"|\b(?:values?|valued|prices?|priced|costs?|costed)\s+(?:each|every)\s+[a-z-]+\s+at\s+"
                        r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)  # "values each jet at about £128m"


# a figure of the thing each one of a kind takes: "Each crossing uses about 200 million litres", "Each strike day would
# cost the economy between £250m and £300m" (the sentence's subject is "each" one; no clause break before the figure)
_EACH_SUBJECT = re.compile(r"(?:Each|Every)\s+(?:[a-z-]+\s+){1,3}?(?:would\s+|will\s+|could\s+|can\s+)?[a-z]+(?:\s+[a-z]+){0,3}"
                           r"\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|between\s+|up\s+to\s+)?$")
# "leaving about 1,500 containers behind on each crossing": the figure's thing, each time
_ON_EACH = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:on|for|with|at|in)\s+(?:each|every)\s+[a-z]")


def _holds(text: str, lo: int, hi: int, *words: str) -> bool:
    """Whether text[lo:hi], in lower case, holds one of WORDS: a test a pattern that must hold one of them
    is passed at one look where it cannot match ("each" before "each receiving $3.8 million"). (WORDS hold
    no "i" or "s", the letters whose other forms an re.I pattern also matches: "ı", "ſ".)"""
    window = text[lo:hi].lower()
    return any(w in window for w in words)


def _each_gets(text: str, lo: int, hi: int) -> re.Match | None:
    """_EACH_GETS in text[lo:hi]; every match holds "each" or "every" (a window without them is passed at one look)."""
    return _EACH_GETS.search(text, lo, hi) if _holds(text, lo, hi, "each", "every") else None


CASUALTY = re.compile(
    r"\b(?:kill\w*|died|dead|deaths?|die|dying|injur\w*|wound\w*|hurt|missing|casualt\w*|fatalit\w*|"
    r"lost their lives|perished|slain|murdered|hospitali[sz]ed|treated\s+(?:in|at)\s+(?:[\w'’-]+\s+){0,3}?hospitals?|"
    r"treated\s+(?:on\s+board\s+|at\s+the\s+scene\s+)?for|(?:taken|flown|airlifted|rushed)\s+to\s+(?:a\s+|the\s+)?hospitals?|"
    r"in\s+(?:a\s+)?(?:serious|critical|life-threatening)\s+condition|"
    r"unaccounted\s+for|buried|drown\w*|bodies\s+of)\b",
    re.I,
)
HYPOTHETICAL = re.compile(r"\b(?:(?:could|would|might|may)(?!\s+have\s+(?:been\s+)?\w+ed\b|\s+have\s+died\b)|risk\w*|feared|fear|threat\w*|if)\b",
                          re.I)  # "could die" is a warning; "may have died" an estimate of the dead
FORCE_BODIES = re.compile(
    r"\b(?:battlegroup|battle group|regiment|army|armed forces|force|forces|police|navy|air force|"
    r"marines|brigade|battalion|division|guard|military|crew|staff|union|service|corps|squadron|unit|team)\b",
    re.I,
)


# ---------------------------------------------------------------------------------------------
# Traps: (name, predicate, reason). A predicate takes (mention, tokens, index, text).


def _prev_word(toks, i) -> str:
    return toks[i - 1].low if i > 0 else ""


_DRAW_LINKS = frozenset({"were", "are", "was", "is", ":", "drawn", "draw"})


def _numbers_drawn(toks, k: int) -> bool:
    """Whether the list opening at token K follows "numbers were", "numbers drawn were", "numbers:"
    (a lottery's or a draw's numbers, named not counted); a walk back of three tokens at most."""
    back = k - 1
    while back >= 0 and k - back <= 3 and toks[back].low in _DRAW_LINKS:
        back -= 1
    return back >= 0 and back < k - 1 and toks[back].low in ("numbers", "balls")


_RANK_OPENERS = frozenset({"", "the", "a", "its", "their", "his", "her", "our", "into", "in", "of", "made", "make", "reach", "reached"})


def is_rank_band(m, toks, text) -> bool:
    """ "made the top 100", "a top-10 finish", "Top 10 podcasts": a band of a ranking, not a count ("crowds
    top 40,000", where "top" is the verb, stays a figure)."""
    i = m.tok_first
    if i > 0 and toks[i - 1].text in ("-", "‑") and toks[i - 1].end == m.num_start:
        i -= 1  # "top-10"
    if i == 0 or toks[i - 1].low != "top":
        return False
    before = toks[i - 2] if i > 1 else None
    return before is None or before.kind != "word" or before.low in _RANK_OPENERS or toks[i - 1].text == "Top"


def is_ordinal(m, toks, text) -> bool:
    return m.suffix in ORDINAL_SUFFIXES


def is_decade_or_plural_model(m, toks, text) -> bool:
    return m.suffix == "s"  # "1990s", "F-35s"


_UNIT_NAME = re.compile("|".join(re.escape(p) for p in table("not_figures")["unit_names"]["phrases"]), re.I)


_LIST_SEPARATORS = frozenset((",", "and", "or"))


def _listed_with_a_code(toks, i: int) -> bool:
    """Whether the bare number at token I stands in a list ("202A, 207A, 213 and 223") whose items
    include a code (digits with a capital glued after): the list names things, it does not count."""
    if not (i >= 1 and toks[i - 1].low in _LIST_SEPARATORS or i + 1 < len(toks) and toks[i + 1].low in _LIST_SEPARATORS):
        return False  # no separator beside the number: no list (both walks below open with one)
    def item(k):  # the item at token k: (is a code, its last token) or None
        if k < 0 or k >= len(toks) or toks[k].kind != "num":
            return None
        glued = k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].kind == "word"
        if glued and not (len(toks[k + 1].text) <= 2 and toks[k + 1].text.isupper()):
            return None
        return glued, k + 1 if glued else k
    def sep(k):
        return 0 <= k < len(toks) and toks[k].low in (",", "and", "or")
    code = False
    k, steps = i, 0  # walk left: "..., 207A, 213" (a few items: "1,1,1,..." must stay linear)
    while sep(k - 1) and k - 2 >= 0 and steps < 8:
        steps += 1
        last = k - 2
        first = last - 1 if toks[last].kind == "word" else last
        it = item(first)
        if it is None or it[1] != last:
            break
        code, k = code or it[0], first
        if code:
            return True
    cur = item(i)
    if cur is None or cur[0]:
        return False
    k = cur[1]
    for _ in range(8):  # walk right: "213, 216 and 223"
        if not sep(k + 1):
            break
        it = item(k + 2)
        if it is None:
            break
        if it[0]:
            return True
        k = it[1]
    return False


def _hyphened_before(toks, i: int, words: tuple[str, ...]) -> bool:
    """Whether WORDS, joined by hyphens, stand right before token I ("under-21", "best-of-seven")."""
    k = i
    for w in reversed(words):
        if k < 2 or toks[k - 1].text not in ("-", "‑") or toks[k - 1].start != toks[k - 2].end \
                or toks[k - 1].end != toks[k].start or toks[k - 2].low != w:
            return False
        k -= 2
    return True


# words before a name whose number is part of it ("its Maasvlakte 2 terminals"); no preposition: "In Leeds 40
# people were arrested", "on Monday 40 people" count people
_NAME_OPENERS = frozenset("its their the his her our".split())


def _names_a_service(toks, j) -> bool:
    """Whether TOKS[j:] is a service's singular noun, after at most one lower-case word, with no plural noun after it."""
    services = _not_figures()["services_named"]
    for k in (j, j + 1):
        if k < len(toks) and toks[k].low in services and toks[k].text.islower():
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return not (nxt is not None and nxt.kind == "word" and nxt.text.islower() and nxt.low.endswith("s"))
        if k >= len(toks) or toks[k].kind != "word" or not toks[k].text.islower():
            return False
    return False


def is_model_designation(m, toks, text) -> bool:
    i = m.tok_first
    if _hyphened_before(toks, i, ("under",)) or _hyphened_before(toks, i, ("over",)) \
            or _hyphened_before(toks, i, ("best", "of")):
        return True  # "Spain's under-21 side", "the over-50s", "a best-of-seven series": a band or a format
    if m.tok_last + 1 < len(toks) and toks[m.tok_last + 1].low == "index" and i > 0 and toks[i - 1].low == "the" \
            and not m.percent and not m.currency:
        return True  # "the gain of the 500 index": the index's name ("S&P 500")
    if i > 1 and (toks[i - 2].low in _NAME_OPENERS or (toks[i - 2].text.endswith(("'s", "’s")) and not m.words
                                                        and "," not in text[m.num_start:m.num_end])) \
            and toks[i - 1].kind == "word" and toks[i - 1].text[:1].isupper() \
            and toks[i - 1].end + 1 == toks[i].start and not m.approx and not m.currency and not m.percent \
            and lookup(toks[i - 1].text) is None and toks[i - 1].low not in _CALENDAR_WORDS \
            and not toks[i - 1].text.endswith(("'s", "’s", "s'", "s’")) \
            and m.tok_last + 1 < len(toks) and toks[m.tok_last + 1].kind == "word" and toks[m.tok_last + 1].text.islower():
        return True  # "at its Maasvlakte 2 terminals", "Scotland's National 5 exams": a name's number, then what it names
    if i > 0 and toks[i - 1].low in _NAME_OPENERS and not m.approx and not m.currency and not m.percent and not m.words \
            and not m.flags and (m.value or 0) > 1 and _names_a_service(toks, m.tok_last + 1):
        return True  # "its 747 express bus to the airport", "the 38 bus": the service's number, not how many
    if i > 1 and toks[i - 1].text in "-‑" and toks[i - 1].end == toks[i].start and toks[i - 2].end == toks[i - 1].start \
            and toks[i - 2].kind == "word" and toks[i - 2].text[:1].isupper():
        return True  # "F-35", "T-72", "Su-35", "PAC-3", "Covid-19"
    if m.suffix and m.suffix not in ("p",) and m.suffix[:1].isalpha() and text[m.num_end:m.num_end + 1].isupper() \
            and (m.suffix == "m" or m.suffix not in _units()["measures"]):
        return True  # "400M", "35A": digits glued to capitals; "2TB", "1.2GW" are units
    if len(m.suffix) >= 3 and m.suffix.isalpha() and text[m.num_end:m.num_end + 1].islower() and _glued_name(m.suffix):
        return True  # "the San Francisco 49ers", "the 76ers": letters no unit has make a name
    if _UNIT_NAME.match(text, m.num_start):
        return True  # "twenty-foot equivalent units": the number names the unit
    j = m.tok_last + 1
    if j + 1 < len(toks) and toks[j].text in ("-", "‑") and toks[j].start == m.num_end and toks[j + 1].start == toks[j].end \
            and toks[j + 1].kind == "word" and toks[j + 1].text.isupper() and len(toks[j + 1].text) <= 2 and not m.words:
        return True  # "the 10-K filing", "an 8-K": a form's or a model's code
    if _titled_name_number(m, toks, text):
        return True  # "Hornsea 3 will have 197 turbines", "the Boeing 737 Max 9 fleet": a name's number
    if j + 1 < len(toks) and toks[j].text in ("-", "‑") and toks[j].start == toks[m.tok_last].end \
            and toks[j + 1].low in _not_figures()["ratings"] and not m.currency and not m.percent:
        return True  # "5-star hotels", "a three-star review": a grade
    if j + 2 < len(toks) and toks[j].text in ("-", "‑") and toks[j].start == toks[m.tok_last].end \
            and toks[j + 1].low in _not_figures()["kinds_of_thing"] and toks[j + 1].start == toks[j].end \
            and toks[j + 2].kind == "word" and not m.currency and not m.percent and not m.approx \
            and not any(t.low in THRESHOLD_NOUNS for t in toks[j + 2:j + 4]):
        # "a 58-lap race", "a four-tier scale", "a 2.0-litre engine": the kind of thing, not a count (not "a
        # 15-litre emergency minimum", an amount a rule sets)
        return True
    if j + 2 < len(toks) and toks[j].text in ("-", "‑") and toks[j].start == toks[m.tok_last].end \
            and toks[j + 1].low in _not_figures()["house_rooms"] and toks[j + 2].low in _not_figures()["dwellings"] \
            and not m.currency and not m.percent and (m.value or 10) < 10:
        return True  # "a 3-bed semi", "a two-bedroom flat": the kind of home (a "60-bed care home" counts beds)
    if _DRIVE_LAYOUT.fullmatch(m.suffix):
        return True  # "6x6 armoured vehicles", "a 4x4": a drive's layout, not a count
    if not m.currency and not m.percent and _listed_with_a_code(toks, i):
        return True  # "The 202A, 207A, 213 and 223 will be withdrawn": routes named in a list, codes among them
    prev = _prev_word(toks, i)
    if prev == "." and i > 1 and toks[i - 1].start == toks[i - 2].end and text[toks[i - 1].end:toks[i].start] == " " \
            and not toks[i].text[:1].isupper():
        prev = toks[i - 2].low  # "the No. 19 shirt", "Art. 5" (not "a police line.\n\nFourteen officers")
    if m.words and toks[i].text[:1].isupper() and i > 0 and toks[i - 1].kind == "word" and toks[i - 1].text[:1].isupper() \
            and toks[i - 1].end + 1 == toks[i].start and not m.approx and (i < 2 or toks[i - 2].text not in (".", "!", "?", ":")):
        nxt = toks[m.tok_last + 1] if m.tok_last + 1 < len(toks) else None
        if nxt is None or nxt.kind != "word" or nxt.text[:1].isupper():
            return True  # "BBC Two", "Channel Four", "Apollo Eleven": a name's number
    k = i - 1 - (i > 1 and toks[i - 1].text in ("-", "‑"))
    if k > 0 and toks[k].low == "last" and toks[k - 1].low in ("the", "a") and not m.currency and not m.percent \
            and not _counts_after(toks, m):
        return True  # "the last 16", "a last-32 appearance": a round of a competition, not a count
    if m.currency is None and not m.percent and prev in _not_figures()["designations"]:
        # "Type 45", "page 12", "Route 9", "tier one": unless a counted noun follows ("a tier of 3 jobs")
        return True
    if m.currency is None and not m.percent and not m.words and not m.approx and i > 0 and toks[i - 1].end + 1 == toks[i].start \
            and _MAKERS_CODE.fullmatch(toks[i - 1].text) and "," not in text[m.num_start:m.num_end] \
            and (i < 2 or toks[i - 2].text not in (".", "!", "?", ":")) and lookup(toks[i - 1].text) is None:
        return True  # "PzH 2000 howitzers", "ICE 4 trains", "the ATR 72-500": a maker's code and its model's number
    if m.currency is None and not m.percent and i > 0 and toks[i - 1].text == "Year" and (m.value or 99) <= 13:
        return True  # "Year 13 students", "pupils in Year 6": a school year, named with its capital
    k = i
    while k >= 2 and i - k < 12 and toks[k - 1].low in (",", "and", "or", "&") and toks[k - 2].kind == "num":
        k -= 2  # "pages 12 and 13", "platforms 3, 4 and 5": the names listed after the first (a few: linear time)
    if k < i and m.currency is None and not m.percent and _prev_word(toks, k) in _not_figures()["designations"] \
            and not _counts_after(toks, m):
        return True  # (unless a counted noun follows the last: "pages 12 and 400 readers" is no list of pages)
    if m.currency is None and not m.percent and m.value is not None and m.value < 100 and (k < i or (i + 2 < len(toks) and toks[i + 1].text == ","
                                                           and toks[i + 2].kind == "num")) and _numbers_drawn(toks, k):
        return True  # "the winning numbers were 4, 11, 19, 23, 38 and 52": a draw's numbers, no count
    j = m.tok_last + 1
    if not m.currency and not m.percent and j < len(toks) and toks[j].text in UNIT_NAMES \
            and toks[j].start == toks[m.tok_last].end + 1:
        return True  # "40 Commando", "3 Commando Brigade", "1 Armoured Division": a unit's name
    if not m.words and not m.currency and not m.percent and not m.suffix and not m.approx:
        j = m.tok_last + 1
        if j + 1 < len(toks) and _is_caps_name(toks[j]) and toks[j].start == toks[m.tok_last].end + 1 \
                and toks[j + 1].kind == "num" and toks[j + 1].start == toks[j].end + 1:
            after = _noun_after(toks, j + 2, limit=4) if j + 2 < len(toks) else None
            if after is None or not _looks_plural(toks[after[2]].low):
                return True  # "the 737 MAX 8": a model's number, then its variant's (not "12 RBS 70 NG launchers")
        if i > 0 and _is_caps_name(toks[i - 1]) and toks[i - 1].end + 1 == toks[i].start and not _counts_after(toks, m):
            return True  # "the 737 MAX 8", "COP 29": a name's number, no counted noun after it (not "the EU 27 countries")
        k = i - 1
        while k >= 0 and i - k <= 4 and toks[k].kind == "word" and toks[k].text[:1].isupper() and toks[k].end + 1 == toks[k + 1].start:
            k -= 1  # "the trawler Hai Feng 718": the capitalised words of a name before its number
        if k >= 0 and k < i - 1 and _units()["nouns"].get((toks[k].low,), ("",))[0] == "vessels" \
                and toks[k].text.islower() and not _looks_plural(toks[k].low) and not _counts_after(toks, m):
            return True  # a vessel's name ends in its number: the ship, not a count
        if i > 1 and toks[i - 1].kind == "word" and toks[i - 1].text[:1].isupper() and toks[i - 1].end == toks[i].start - 1 \
                and toks[i - 2].text not in (".", "!", "?", ":", '"', "“") and toks[i - 1].low not in _CALENDAR_WORDS \
                and j < len(toks) and toks[j].kind == "word" and toks[j].text[:1].isupper() and toks[j].start == toks[j - 1].end + 1 \
                and "," not in text[m.num_start:m.num_end] and not _counts_after(toks, m):
            return True  # "the Galaxy Note 20 Ultra", "Windows 11 Pro": a name's number between its words
        if i > 1 and toks[i - 1].text == "." and toks[i - 1].start == toks[i - 2].end and toks[i - 1].end == toks[i].start \
                and toks[i - 2].kind == "word" and toks[i - 2].text.isupper():
            return True  # "the ID.3 and ID.4 models": a model named with a dot
        if i > 1 and _titled(toks[i - 2]) and _titled(toks[i - 1]) and toks[i - 2].end + 1 == toks[i - 1].start \
                and toks[i - 1].end + 1 == toks[i].start and (j >= len(toks) or toks[j].text in (",", ".", ";", ")")) \
                and "," not in text[m.num_start:m.num_end] and toks[i - 1].low not in _CALENDAR_WORDS \
                and lookup(toks[i - 1].text) is None and lookup(f"{toks[i - 2].text} {toks[i - 1].text}") is None \
                and (i < 3 or toks[i - 3].low not in (",", "and", "or", "while", "with")):
            # "for Northern Shield 26, Nato's exercise", "from Panzergrenadier Brigade 41, who": a name's number
            # (not a list with its counted noun left out: "27 seats, Alternative 11 and Our Party 8")
            return True
        if i > 1 and _titled(toks[i - 1]) and toks[i - 1].end + 1 == toks[i].start and toks[i - 2].low in _PLACE_PREPS \
                and "," not in text[m.num_start:m.num_end] and "." not in m.text and toks[i - 1].low not in _CALENDAR_WORDS \
                and not toks[i - 1].text.endswith(("'s", "’s", "s'", "s’")) and lookup(toks[i - 1].text) is None \
                and (j >= len(toks) or not (toks[j].kind == "word" and toks[j].text[:1].isupper())) \
                and not _counts_after(toks, m):
            return True  # "taken to Hotspot 1 on Sunday", "queued by Stand 3", "a leak hit Tower 2 of the complex": a site's number
        if i > 0 and toks[i - 1].kind == "word" and _CAMEL.fullmatch(toks[i - 1].text) and toks[i - 1].end + 1 == toks[i].start \
                and not _counts_after(toks, m):
            return True  # "the ransomware group LockBit 5.0", "a PlayStation 5": a camel-cased name's number
        if i > 0 and toks[i - 1].text == "Euro" and toks[i - 1].end + 1 == toks[i].start and (m.value or 0) < 10 \
                and "." not in m.text:
            return True  # "Euro 7 emissions rules", "a Euro 6 diesel": an emissions standard
    return _named_model(m, toks, text)


@cache
def _measure_plurals() -> frozenset[str]:
    return frozenset(_units()["measures"].values())


def _known_head(tok):
    """(category, unit) a noun heading a figure's subject names ("toll", "crowd", "users"), else None."""
    return HEAD_BEFORE_OF.get(tok.low) or _units()["nouns"].get((tok.low,))


def _glued_name(suffix: str) -> bool:
    """Whether letters glued to digits are no unit, time, condition or scale the kit knows ("49ers")."""
    u = _units()
    return suffix not in u["measures"] and suffix not in u["time"] and suffix not in u["conditions"] \
        and suffix not in u["speeds"] and suffix not in _not_figures()["times"] and suffix not in ORDINAL_SUFFIXES \
        and (suffix,) not in u["nouns"]


_NAME_NUMBER_VERBS = frozenset("will would has had is was are were can could may might should".split())


def _titled_name_number(m, toks, text) -> bool:
    """A whole number of 2 to 99 glued by a space to a capitalised word, then a verb of being or having or a
    singular noun: the number is part of a name ("Hornsea 3 will have", "the Max 9 fleet"), for a count is
    followed by its plural noun ("Chelsea fans, 3 coaches"); months and the numbers' own words aside."""
    i, j = m.tok_first, m.tok_last + 1
    if m.words or m.currency or m.percent or m.suffix or m.approx or m.is_range or i == 0 or j >= len(toks) \
            or m.value is None or not 2 <= m.value < 100 or not float(m.value).is_integer():
        return False
    prev, nxt = toks[i - 1], toks[j]
    if prev.kind != "word" or not prev.text[:1].isupper() or prev.end + 1 != toks[i].start or prev.low in _CALENDAR_WORDS \
            or prev.text.endswith(("'s", "’s")) \
            or nxt.kind != "word" or nxt.start != toks[m.tok_last].end + 1 or not nxt.text.islower():
        return False
    return nxt.low in _NAME_NUMBER_VERBS or (not _looks_plural(nxt.low) and nxt.low not in STOP_WORDS
                                              and nxt.low not in _units()["measures"]
                                              and ((known := _units()["nouns"].get((nxt.low,))) is None
                                                   or known[1] != nxt.low)  # "the Falcon 9 rocket": a singular noun
                                              and not nxt.low.endswith(("ly", "ed", "ing")))


_CAMEL = re.compile(r"[A-Za-z][a-z]+[A-Z][A-Za-z]*")  # "LockBit", "PlayStation" (letters only: linear)
_PLACE_PREPS = frozenset("to at by from in into near outside inside behind beyond hit of".split())  # before a site's name


def _titled(t) -> bool:
    """A capitalised word that is not all capitals ("Shield", "Brigade")."""
    return t.kind == "word" and t.text[:1].isupper() and not t.text.isupper()


def _is_caps_name(t) -> bool:
    """An all-capitals word that names a thing ("MAX", "COP"), not a currency code or a unit."""
    return t.kind == "word" and t.text.isupper() and 2 <= len(t.text) <= 5 and t.text not in _currency_codes() \
        and t.low not in _units()["measures"]


def _counts_after(toks, m) -> bool:
    """Whether a plural noun the number counts follows it within a few words ("27 countries")."""
    return _counts_after_token(toks, m.tok_last + 1)


def _counts_after_token(toks, j: int) -> bool:
    """Whether a plural noun counted follows token J within a few words."""
    noun = _noun_after(toks, j, limit=3) if j < len(toks) else None
    return noun is not None and (_looks_plural(toks[noun[2]].low) or noun[0] != "other")


@cache
def _currency_codes() -> frozenset[str]:
    """The currency words written before an amount (numbers.toml [currency_prefix_words]: "USD", "Tk")."""
    return frozenset(table("numbers")["currency_prefix_words"])


def _named_model(m, toks, text) -> bool:
    """ "a Falcon 200 maritime patrol jet", "the Airbus 380": a name and a number after an article,
    with no plural noun counted after them, name one thing (not "the EU 27 countries")."""
    i = m.tok_first
    if m.words or m.approx or m.currency or m.percent or m.is_range or m.suffix or i < 2:
        return False
    name, article = toks[i - 1], toks[i - 2]
    if article.kind == "word" and article.text.islower() and article.low not in _MODEL_OPENERS and i > 2 \
            and toks[i - 3].low in ("a", "an", "the", "its", "their"):
        article = toks[i - 3]  # "the compact Velo 300 crossover": one adjective between
    if name.kind != "word" or not name.text[:1].isupper() or name.text.isupper() or name.end + 1 != toks[i].start \
            or article.low not in _MODEL_OPENERS or name.low in _CALENDAR_WORDS or "," in text[m.num_start:m.num_end]:
        return False
    noun = _noun_after(toks, m.tok_last + 1)
    if noun is None:
        nxt = toks[m.tok_last + 1] if m.tok_last + 1 < len(toks) else None
        return nxt is None or nxt.kind != "word" or nxt.low in PHRASE_ENDS  # "a Falcon 200." / "in Game 2 and"
    head = toks[noun[2]]
    counted = _units()["nouns"].get((head.low,))
    return not head.low.endswith("s") and head.low not in _units()["measures"] \
        and not (counted is not None and counted[1] == head.low and article.low not in ("a", "an"))
    # ("In Gaza 12 people died": a plural the lexicon counts; "a Falcon 200 aircraft" is one)


# the words before "<Name> <number>" that make it one thing's name: "a Falcon 200", "on Line 5", "in Game 7"
_MODEL_OPENERS = frozenset("a an the its their on in at of from for".split())

_CALENDAR_WORDS = frozenset("january february march april may june july august september october november december "
                            "jan feb mar apr jun jul aug sep sept oct nov dec".split())


_DATED_BY = re.compile(r"s?[-‑](?:built|born|founded|made|era|vintage|registered|listed|designed|launched)\b")


# an era's mark after a year ("300 BC", "44 B.C."), not before a name ("20 BC Hydro workers": British Columbia)
_ERA_AFTER = re.compile(r"[ \t]?(?:BCE?|B\.C\.(?:E\.)?)(?=[.,;:)]|[ \t]+[a-z]|[ \t]*$)")
# the mark before a year, or before the first year of a pair ("AD 79", "between A.D. 1000 and 1260")
_ERA_BEFORE = re.compile(r"(?:\bAD|\bA\.D\.)[ \t]?(?:\d{1,4}[ \t]?(?:and|to|-|–)[ \t]?)?$")


_FAR_YEAR_BEFORE = frozenset(("by", "in", "until", "till", "before"))


def is_year(m, toks, text) -> bool:
    if m.is_range and m.low is not None and m.high is not None and not m.currency and not m.percent:
        # "between 1993 and 2024", "2019-2022": a span of years
        raw = text[m.num_start:m.end]
        noun = _noun_after(toks, m.tok_last + 1)
        return all(1800 <= v <= 2100 and float(v).is_integer() for v in (m.low, m.high)) and \
            len(_A_YEARS_DIGITS.findall(raw)) == 2 and (noun is None or noun[0] in ("other", "reference"))  # "the 1981-2010 average"
    if m.value is None or m.words or m.currency or m.percent or "scaled" in m.flags or m.is_range:
        return False
    raw = text[m.num_start:m.num_end]
    if raw.isdigit() and len(raw) <= 4 and (_ERA_AFTER.match(text, m.num_end)
                                            or _ERA_BEFORE.search(text, max(0, m.num_start - 24), m.num_start)):
        return True  # "300 BC", "between A.D. 1000 and 1260": a year of an era, whatever its size
    if _FOUR_DIGITS.fullmatch(raw) and 2100 < m.value < 2200 and _prev_word(toks, m.tok_first) in _FAR_YEAR_BEFORE \
            and _noun_after(toks, m.tok_last + 1) is None and not m.approx:
        return True  # "submerging coastal regions by 2120": a year of a long forecast
    if not _FOUR_DIGITS.fullmatch(raw) or not 1800 <= m.value <= 2100:
        return False
    if _DATED_BY.match(text, m.num_end):
        return True  # "the 2009-built vessel", "a 1960s-era plant": when it was made, not how many
    noun = _noun_after(toks, m.tok_last + 1)
    return noun is None or noun[0] in ("other", "reference")  # "Census 2022 figures", "the 2019 estimate"


_CLOCK_SUFFIX = re.compile(r"h[0-5]\d")  # "7h30", "18h45": the time as French and other papers write it


def is_time_of_day(m, toks, text) -> bool:
    if m.suffix in _not_figures()["times"] or (_CLOCK_SUFFIX.fullmatch(m.suffix) and m.value is not None and m.value < 24):
        return True
    j = m.tok_last + 1
    if j < len(toks) and toks[j].low in _not_figures()["times"]:
        return True
    if j + 1 < len(toks) and toks[j].text == ":" and toks[j + 1].kind == "num" and toks[j].start == m.num_end:
        return True  # 10:30
    if j < len(toks) and toks[j].low in ("a", "p") and j + 1 < len(toks) and toks[j + 1].text == ".":
        return True  # 9.30 a.m.
    i = m.tok_first
    if i > 1 and toks[i - 1].text == ":" and toks[i - 1].end == m.num_start and toks[i - 2].kind == "num":
        return True  # the minutes of 23:45
    raw = text[m.num_start:m.num_end]
    if m.percent or m.currency:
        return False  # "held rates at 5.25%", "at $12.50": an amount, not a time
    if m.low is not None and _CLOCK_RANGE.fullmatch(text, m.start, m.end):
        return True  # "open from 8.00 to 20.00"
    return bool(_CLOCK_TIME.fullmatch(raw)) and _prev_word(toks, m.tok_first) in ("at", "by", "until", "from", "before", "after")


PERSON_NOUNS = frozenset(table("bodies")["person_nouns"]["words"]) | frozenset(table("bodies")["person_roles"]["words"])
_PERSON_NOUN_ONE = frozenset(table("bodies")["person_nouns"]["words"])  # one person: "a woman of 81" gives her age


# people, then "were": what follows "under" or "over" is their age ("31 of those arrested were under 18")
_PEOPLE_GROUPS = table("units")["people_groups"]["words"]  # units.toml: "children", "adults", "victims"
_PEOPLE_ARE = re.compile(r"\b(?:of\s+(?:those|them|whom)|" + "|".join(_PEOPLE_GROUPS) + r"|arrested|detained|held|dead|injured)"
                         r"\b[^,.;\d]{0,30}?\b(?:were|are|was|is|being)\s+$")
_AGE_BRACKET_BEFORE = re.compile(r"\b(?:" + "|".join(_PEOPLE_GROUPS) + r"|aged|those)\s*$")  # "children under five"
_AGE_OF = re.compile(r"\bage\s+of\s+$", re.I)


# an age told by what it opens: "the age at which ... can draw a pension from 65", "retire at 60"
_AGE_CONTEXT = re.compile(r"\b(?:(?:retirement|pension(?:able)?)\s+age|age\s+at\s+which|retire[sd]?|retiring|"
                          r"(?:pension|benefits?)\s+(?:at|from))\b[^.;!?]*$", re.I)


_SHARE_IS = re.compile(r"(?:%|\bper\s?cent|\b(?:most|many|half|third|quarter|majority|some|all)(?:\s+of\s+them)?)"
                       r"\s+(?:are|were|is|was)\s+$", re.I)  # "about 60% are under 18", "most were over 65"


def is_age(m, toks, text) -> bool:
    i, j = m.tok_first, m.tok_last + 1
    if _prev_word(toks, i) in _not_figures()["ages"]:
        return True
    if i > 1 and toks[i - 1].low in ("between", "from") and toks[i - 2].low in _not_figures()["ages"] \
            and (m.high or m.value or 0) < 130:
        return True  # "arrested two dozen people aged between 23 and 61": a range of ages
    if _AGE_OF.search(text, max(0, m.start - 12), m.start) and (m.value or 0) < 130:
        return True  # "under the age of five", "by the age of two"
    if m.approx in ("under", "over", "below", "above") and _AGE_BRACKET_BEFORE.search(text, max(0, m.start - 25), m.start) \
            and (m.value or 0) < 120 and not m.currency and not m.percent:
        return True  # "children under five", "adults over 65": an age bracket
    if m.approx in ("under", "over") and (m.value or 0) < 120 and not m.currency and not m.percent and \
            _SHARE_IS.search(text, max(0, m.start - 40), m.start) and \
            (j >= len(toks) or toks[j].text in (",", ".", ";", "and")):
        return True  # "about 60% are under 18": those of an age, with no noun counted
    if m.approx in ("under", "over") and (m.value or 0) < 120 and not m.currency and not m.percent and \
            _PEOPLE_ARE.search(text, max(0, m.start - 60), m.start) and \
            (j >= len(toks) or toks[j].text in (",", ".", ";", "and")):
        return True  # "31 of those arrested were under 18", "most of the victims were over 70": an age bracket
    if (m.value or m.high or 0) < 120 and not m.currency and not m.percent and not m.words \
            and _AGE_CONTEXT.search(text, max(0, m.start - 60), m.start) and not _counts_after(toks, m):
        return True  # "raise the pension age from 65 to 68", "retire at 60": an age, no count after it
    if i > 1 and toks[i - 1].low == "of" and toks[i - 2].low in _PERSON_NOUN_ONE and (m.value or 0) < 120 \
            and not m.currency and not m.percent and not _counts_after(toks, m):
        return True  # "a woman of 81 told me", "a man of 70": an age, not a count
    after = text[m.num_end:m.num_end + 14].lower()
    if _YEARS_OLD.match(after):
        return m.value is None or m.value < 130  # "a 3.2 million-year-old fossil" is an amount
    # "John Smith, 34, said": a number between commas right after a name
    return (m.value is not None and m.value < 120 and not m.currency and not m.percent and i > 1
            and toks[i - 1].text == "," and toks[i - 2].kind == "word"
            and (toks[i - 2].text[:1].isupper() or toks[i - 2].low in PERSON_NOUNS  # "the man, 34, was", "a manager, 52,"
                 or (i > 3 and toks[i - 3].text == "-" and toks[i - 4].text[:1].isupper()))  # "Lee Sang-hoon, 57,"
            and (j >= len(toks) or toks[j].text in (",", ".", ";")) and not m.words
            and (j >= len(toks) or toks[j].text == "," or _titled_or_said(toks, i - 2)  # '..." said Ms Hollis, 51.'
                 or (i > 2 and toks[i - 3].kind == "word" and toks[i - 3].text in first_names()
                     and toks[i - 2].text[:1].isupper())))  # "defeating Reform UK's Kerry Vance, 29.": a person's age


def _titled_or_said(toks, k) -> bool:
    """Whether the name ending at token K follows a title or a speech verb: "said Ms Hollis", "Mr Ortiz"."""
    for x in range(k - 1, max(-1, k - 4), -1):
        if toks[x].low in ("mr", "mrs", "ms", "dr", "miss", "said", "says", "told", "added", "according"):
            return True
        if toks[x].kind != "word" or not toks[x].text[:1].isupper():
            return False
    return False


def is_listicle_or_race(m, toks, text) -> bool:
    """ "5 things to know about the new law", "7 ways to cut your bill": a list's headline; "her third Olympic
    1,500m title", "won the women's 800m": a race named by its distance (not millions)."""
    if not m.currency and not m.percent and not m.approx and _LISTICLE.match(text, m.num_end):
        return True
    return "scaled" in m.flags and m.currency is None and text[m.start:m.end].endswith("m") and (
        _EVENT_AFTER.match(text, m.end) is not None or _EVENT_BEFORE.search(text, max(0, m.start - 12), m.start) is not None)


def is_margin_of_error(m, toks, text) -> bool:
    """ "a margin of error of 3.1 percentage points": how precise a poll is, not an amount it reports."""
    return _MARGIN_OF_ERROR.search(text, max(0, m.start - 40), m.start) is not None


_MARGIN_OF_ERROR = re.compile(r"\bmargin\s+of\s+error\s+(?:of\s+|is\s+|was\s+)?(?:plus\s+or\s+minus\s+|±\s*|\+/-\s*)?$", re.I)


def is_condition(m, toks, text) -> bool:
    """A temperature, wind speed, magnitude, calibre or rainfall ("30C", "winds of 180km/h", "magnitude 6.8",
    "155mm shells", "180mm of rain"); a distance or a train's speed is an amount ("400km", "a 125mph train")."""
    u = _units()
    cond = u["conditions"]
    if m.suffix in cond or text[m.num_end:m.num_end + 1] == "°":
        return True
    j = m.tok_last + 1
    if j + 1 < len(toks) and toks[j].low == "degree" and toks[j + 1].kind == "word" and toks[j + 1].text.islower() \
            and toks[j + 1].low.endswith("s") and toks[j + 1].start == toks[j].end + 1:
        return False  # "24 degree courses": university degrees, no temperature
    if j < len(toks) and toks[j].low in cond and not (
            j + 2 < len(toks) and toks[j + 1].text in ("-", "‑") and toks[j + 1].start == toks[j].end
            and toks[j + 2].kind == "num" and toks[j].text.isupper()):  # "six F-35 jets", "four C-130J": a model, not °F
        return True
    unit = _glued_unit(toks, j)
    if unit in u["speeds"] or _SPEED_IN_WORDS.match(text, m.num_end, m.num_end + 30):
        # "gusts of 80mph", "winds of up to 115 miles per hour", not "a 125mph train"
        return bool(u["weather"].search(_sentence_of(text, m)))
    if unit in _RAIN_UNITS and (_RAIN_AFTER.match(text, m.end, m.end + 40) or _RAIN_BEFORE.search(text, max(0, m.start - 30), m.start)):
        return True  # "386 mm of rain in 24 hours", "14 inches of rain", "rainfall of 212 millimetres": the weather
    if unit in _RAIN_UNITS and unit != "in" and not m.currency and _RAIN_EARLIER.search(text, max(0, m.start - 80), m.start) \
            and not any(t.low in u["calibre_nouns"] for t in toks[j + 1:j + 5]):
        return True  # "a further band of rain on Thursday expected to bring up to 40mm": the rain's amount
    if (unit in _LEVEL_UNITS or (not m.currency and "scaled" in m.flags and text[m.num_end - 1:m.num_end] == "m")) \
            and _WATER_LEVEL.search(text, max(0, m.start - 140), m.start):
        return True  # "the River Severn at Bewdley peaked at 5.6 metres, just short of the record of 5.9m": a level
    if unit in ("mm", "cm", "millimetre", "millimetres"):
        return any(t.low in u["calibre_nouns"] for t in toks[j + 1:j + 5])  # "155mm shells", "a 127mm deck gun"
    if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].low in ("magnitude", "degree", "degrees", "mm", "calibre"):
        return True
    if _VISIBILITY.search(text, max(0, m.start - 30), m.start):
        return True  # "with visibility down to 800 metres", "cut visibility to under 100 metres": the weather
    if _SEA_STATE.search(text, max(0, m.start - 20), m.start):
        return True  # "waves of up to 2.5 metres", "a swell of 4 metres": the sea's state
    if _DEPTH_OF.search(text, max(0, m.start - 24), m.start) and u["depth_events"].search(_sentence_of(text, m)):
        return True  # "the quake, centred at a depth of 10 km": where the quake began, a condition
    return _prev_word(toks, m.tok_first) in ("magnitude", "temperatures", "temperature", "highs", "lows", "gusts", "speeds")


_RAIN = table("units")["conditions"]  # units.toml [conditions]: rain_units, rain_words, rain_totals
_RAIN_UNITS = frozenset(_RAIN["rain_units"])
_RAIN_AFTER = re.compile(r"\s*(?:millimet\w+|centimet\w+|mm|cm|inch(?:es)?|in\.?)?\s*(?:of\s+)?(?:"
                         + "|".join(map(re.escape, _RAIN["rain_words"])) + r")\b", re.I)
_RAIN_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, _RAIN["rain_totals"])) + r")\s+(?:of\s+|totals?\s+of\s+|reached\s+|measured\s+)?"
                          r"(?:up\s+to\s+|about\s+|around\s+|more\s+than\s+|some\s+|nearly\s+)?$", re.I)
_RAIN_EARLIER = re.compile(r"\b(?:" + "|".join(map(re.escape, _RAIN["rain_words"])) + r")\b[^.;:\d]{0,70}$", re.I)
_LEVEL_UNITS = frozenset(_RAIN["level_units"])
_WATER_LEVEL = re.compile(r"\b(?:" + "|".join(map(re.escape, _RAIN["water_bodies"])) + r")\b(?:[^.;:]|\.(?=\d)){0,100}?\b(?:peaked|peaking|crested|"
                          r"stood|standing|rose|risen|rising|fell|fallen|reached|back|record)\s+(?:at|to|of|above|below)\s+"
                          r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+)?$", re.I)
_SPEED_IN_WORDS = re.compile(r"\s*(?:(?:miles|kilometres|kilometers|km|kms)\s+(?:per|an|a)\s+hour|"
                             r"(?:metres|meters|m)\s+(?:per|a)\s+second)\b", re.I)
_LISTICLE = re.compile(r"\s+(?:things|ways|reasons|tips|takeaways|questions|lessons|charts|moments)\s+"
                       r"(?:to|about|for|we|you|that|from|on)\b", re.I)
_EVENT_AFTER = re.compile(r"\s+(?:title|final|finals|race|heats?|semi-finals?|record|freestyle|backstroke|breaststroke|"
                          r"butterfly|medley|hurdles|relay|steeplechase|sprint|gold|silver|bronze|champion|world\s+record)\b", re.I)
_EVENT_BEFORE = re.compile(r"\b(?:women|men)['’]s\s+$", re.I)
_MAKERS_CODE = re.compile(r"[A-Z]{2,4}|[A-Z][a-z][A-Z]")  # "ATR", "ICE", "PzH" (not "UK": a place)
_VISIBILITY = re.compile(r"\bvisibility\s+(?:(?:was|is|fell|dropped|down|reduced|cut)\s+)?(?:(?:to|of)\s+)?"
                         r"(?:under\s+|less\s+than\s+|about\s+|around\s+|just\s+)?$", re.I)
_SEA_STATE = re.compile(r"\b(?:waves?|swells?)\s+(?:of\s+)?$", re.I)
_DEPTH_OF = re.compile(r"\bdepths?\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)


def _glued_unit(toks, j: int) -> str:
    """The unit symbol at token j, with a "/h" after it: "km", "km/h", "mph", "mm"."""
    if j >= len(toks) or toks[j].kind != "word":
        return ""
    if j + 2 < len(toks) and toks[j + 1].text == "/" and toks[j + 2].kind == "word" and toks[j + 2].start == toks[j + 1].end == toks[j].end + 1:
        return f"{toks[j].low}/{toks[j + 2].low}"
    return toks[j].low


# A term that is set rather than time that passes: a sentence, a ban, a contract's length.
TERM_BEFORE = re.compile(r"\b(?:jailed|sentenced|imprisoned|banned|detained|suspended|term of|sentence of|"
                         r"ban of|contract of|average of|waits? of|waiting times? of|wait)\s+(?:for\s+|to\s+)?(?:a\s+)?(?:up\s+to\s+|at\s+least\s+)?$", re.I)
TERM_AFTER = re.compile(r"[-\s](?:contract|deal|ban|sentence|term|lease|agreement|extension|jail\s+term|prison\s+sentence|"
                        r"target|limit|deadline|cap|ceiling|maximum|minimum|threshold)s?\b", re.I)  # "the 18-week target"


_AGREEMENT_AFTER = re.compile(r"[-\s](?:contract|deal|lease|agreement|extension)s?\b", re.I)
TERM_AFTER_UNIT = re.compile(r"[-\s](year|month|week|day|hour|minute)s?(?=[-\s](contract|deal|ban|sentence|term|lease|agreement|"
                             r"extension|target|limit|deadline)s?\b)", re.I)  # "the 18-week target": a term of weeks


MEASURED_TIME_BEFORE = re.compile(r"\b(?:maximum|minimum|median|average|mean|typical)\s+(?:wait\w*\s+)?(?:time\s+)?"
                                  r"(?:of|is|was|has\s+reached|had\s+reached|reached|stands\s+at|stood\s+at|rose\s+to|fell\s+to)\s*$"
                                  r"|\bwait(?:s|ed|ing)?\s+(?:times?\s+)?(?:of|has\s+reached|reached|rose\s+to|stands\s+at)\s*$", re.I)


def _plural_time(unit: str) -> str:
    return unit.lower() + "s"


_OF_PAY = re.compile(r"\s+of\s+(?:\w+\s+)?(?:pay|wages?|salary|severance|leave)\b")


_FOR_EACH = re.compile(r"['’]?\s+(?:[a-z]+\s+)?(?:for|per)\s+(?:each|every)\b")
_TIME_PER = re.compile(r"\s+(?:a|an|per|each)\s+(day|week|month|year|shift)\b")
_RUN_WORDS = frozenset({"straight", "consecutive", "successive"})


def is_narrated_time(m, toks, text) -> bool:
    """ "for three days", "a 48-hour strike", "two years ago": time told, not an amount reported."""
    j = m.tok_last + 1
    while j < len(toks) and toks[j].text == "-":
        j += 1
    if j + 1 < len(toks) and toks[j].low in _RUN_WORDS:
        j += 1  # "for five straight years", "a third consecutive season"
    if j >= len(toks) or toks[j].low not in _units()["time"] or m.percent or m.currency:
        return False  # "3.1% year-on-year", "£5 a month": the amount comes first
    if toks[j].text.isupper() and len(toks[j].text) > 1 and j + 1 < len(toks) and toks[j + 1].text.islower():
        return False  # "300 HR staff": letters of a field of work before the counted noun, no hours
    if toks[j].text[:1].isupper() and j + 1 < len(toks) and toks[j + 1].kind == "num" and toks[j + 1].start == toks[j].end + 1:
        return False  # "its 187 Year 13 students": a school year's name before the counted noun, no years
    if toks[j].low == "second" and text[toks[j].end:toks[j].end + 5] == "-hand":
        return False  # "60 second-hand tankers": used ones, no seconds
    if text[toks[j].end:toks[j].end + 1] in ("'", "’") or _OF_PAY.match(text, toks[j].end):
        return False  # "16 weeks' severance pay", "16 weeks of pay": an amount
    if _FOR_EACH.match(text, toks[j].end):
        return False  # "two weeks for every year of service", "20 days' pay for each year": a rate of time
    per = _TIME_PER.match(text, toks[j].end)
    if per and not (toks[j].low.startswith("day") and per.group(1) == "week") \
            and not (toks[j].low.startswith("hour") and per.group(1) == "day" and m.value == 24):
        return False  # "up to 14 hours a day", "80 hours a month": hours worked, a rate ("seven days a week" runs on)
    if TERM_BEFORE.search(text, max(0, m.start - 30), m.start) or (
            TERM_AFTER.match(text, toks[j].end) and not _AGREEMENT_AFTER.match(text, toks[j].end)):
        return False  # "jailed for 12 years", "a 10-year ban": a term set, an amount ("a five-year contract" tells
        # how long a deal runs, as "a 48-hour strike" does)
    if m.tok_first > 0 and toks[m.tok_first - 1].low == "on" and toks[j].low in ("days", "nights", "weekends", "occasions"):
        return False  # "will close the line on 14 weekends", "strikes on 12 days": occasions counted, not time told
    if MEASURED_TIME_BEFORE.search(text, max(0, m.start - 40), m.start):
        return False  # "the median wait has reached 61 weeks", "a maximum of 26 weeks": a wait measured
    if re.match(r"[- ]old\b", text[toks[j].end:toks[j].end + 5]) and (m.value or 0) >= 130:
        return False  # "a fossil 3.2 million years old": an age measured, not time told
    if re.fullmatch(r"\d+\.\d\d+", text[m.num_start:m.num_end]):
        return False  # "9.58 seconds": a time measured to the hundredth is a measurement
    if (m.approx in ("no more than", "up to", "at least", "within", "more than", "less than", "a maximum of")
            or _WITHIN.search(text, max(0, m.start - 20), m.start)) and \
            THRESHOLD_WORDS.search(_sentence_of(text, m).replace(text[m.start:m.end], " ", 1)):
        return False  # "must be seen within no more than 18 weeks", "must notify ... within 72 hours": a target
    if (may_end_with(text, max(0, m.start - 50), m.start, _CAPPED_AT_LAST) and _CAPPED_AT.search(text, max(0, m.start - 50),
                                                                                         m.start)) \
            or _THRESHOLD_OF.search(text, max(0, m.start - 25), m.start):
        return False  # "pay per year of service, capped at 104 weeks", "the legal daily limit of 10 hours": a limit
    return True


# the short numbers people call for help: "call 999 only in an emergency", "the 111 service"
_PHONES = table("not_figures")["phones"]  # not_figures.toml [phones]
_EMERGENCY_NUMBERS = frozenset(_PHONES["emergency"])
_CALL_BEFORE = frozenset(_PHONES["call_before"])
_CALL_AFTER = frozenset(_PHONES["call_after"])


def is_phone_or_code(m, toks, text) -> bool:
    raw = text[m.num_start:m.num_end]
    if _after_a_line(m, toks):
        return True
    if raw in _EMERGENCY_NUMBERS and not m.currency and not m.percent and (
            _prev_word(toks, m.tok_first) in _CALL_BEFORE
            or (m.tok_last + 1 < len(toks) and toks[m.tok_last + 1].low in _CALL_AFTER)):
        return True
    if len(raw) >= 3 and raw.startswith("0") and "." not in raw:
        return True
    if _prev_word(toks, m.tok_first) in _CALL_BEFORE and not (m.words or m.currency or m.percent or m.approx) \
            and not _counts_after(toks, m) \
            and any(t.low in _LINE_WORDS for t in itertools.takewhile(
                lambda t: t.text not in (".", ";"), toks[m.tok_last + 1:m.tok_last + 8])):
        return True  # "should ring 105, the national power cut helpline": the number to ring
    if _prev_word(toks, m.tok_first) in _CALL_BEFORE and raw.isdigit() and len(raw) >= 3 and not (
            m.words or m.currency or m.percent or m.approx or m.suffix or "scaled" in m.flags) and not _counts_after(toks, m) \
            and not (m.tok_last + 1 < len(toks) and toks[m.tok_last + 1].low in ("of", "times", "people")):
        return True  # "by calling 3635 or on the app": a short number to ring, nothing counted after it
    return any(s <= m.num_start < e for s, e in _phone_spans(text))


# the words a number to ring follows: "a free hotline on 929", "the helpline, 111,"
_LINE_WORDS = frozenset(_PHONES["lines"])
_LINE_GLUE = frozenset(("on", ",", ":", "number", "is", "at", "free"))


def _after_a_line(m, toks) -> bool:
    """A bare number after a hotline's name or "call ... on": the number to ring, not a count."""
    if m.words or m.currency or m.percent or m.approx or m.suffix or "scaled" in m.flags:
        return False
    k = m.tok_first - 1
    while k >= 0 and m.tok_first - k <= 4 and (toks[k].low in _LINE_GLUE or (
            toks[k].kind == "num" and toks[k].text.isdigit() and toks[k].end + 1 == toks[k + 1].start)):
        k -= 1  # "contacted free on 116 123": the groups of one number, and the words that lead to it
    return k >= 0 and (toks[k].low in _LINE_WORDS or (toks[k].low in _CALL_BEFORE and k < m.tok_first - 1)) \
        and not _counts_after(toks, m)  # (the counted noun, the dearest test, read last)


_NAME_AFTER_STREET = frozenset(("Ave", "Avenue", "Rue", "Calle", "Via", "Blvd", "Boulevard"))


def is_address(m, toks, text) -> bool:
    """ "9 E 71st St", "49 Zorro Ranch Road", "16-18 Industrial Avenue": a house number before a street's name."""
    if m.words or m.currency or m.percent or m.approx or "scaled" in m.flags:
        return False
    streets = _not_figures()["streets"]
    k = m.tok_last + 1
    if k + 1 < len(toks) and toks[k].text in _NAME_AFTER_STREET and toks[k + 1].kind == "word" \
            and (toks[k + 1].text[:1].isupper() or toks[k + 1].low in ("de", "du", "des", "del", "della", "di")):
        return True  # "22 Ave Foch", "10 Rue de Rivoli": the street's word, then its name
    for k in range(m.tok_last + 1, min(len(toks), m.tok_last + 6)):
        t = toks[k]
        if t.kind == "word" and t.text in streets and k > m.tok_last + 1:
            return True
        ordinal = (t.kind == "num" and k + 1 < len(toks) and toks[k + 1].low in ORDINAL_SUFFIXES and toks[k + 1].start == t.end) \
            or (t.low in ORDINAL_SUFFIXES and toks[k - 1].kind == "num")  # "71st" in "9 E 71st St"
        if not (ordinal or t.kind == "word" and t.text[:1].isupper()):
            return False  # the street's name is capitalised words and ordinals only
    return False


def is_identifier(m, toks, text) -> bool:
    """ "charity 1043876": six or more digits with no separator name a record, they do not count."""
    raw = text[m.num_start:m.num_end]
    if raw.isdigit() and not m.currency and not m.percent and "scaled" not in m.flags and (
            m.tok_last + 1 < len(toks) and toks[m.tok_last + 1].low in _CODE_WORDS
            or m.tok_first > 0 and toks[m.tok_first - 1].low in _CODE_WORDS):
        return True  # "the 90049 ZIP Code", "postcode 2000": a place's code
    return raw.isdigit() and len(raw) >= 6 and not m.currency and not m.percent and "scaled" not in m.flags \
        and not (m.tok_last + 1 < len(toks) and toks[m.tok_last + 1].kind == "word" and toks[m.tok_last + 1].text.islower()
                 and _counts_after(toks, m))  # (not "with 1385710 lightning strikes": digits run together, still a count)


_CODE_WORDS = frozenset("zip postcode zipcode pincode".split())


def is_score_or_pair(m, toks, text) -> bool:
    """ "won 3-1", "24/7", "50-50": numbers glued by - or / to another number."""
    i, j = m.tok_first, m.tok_last
    before = i > 1 and toks[i - 1].text in "-/–" and toks[i - 2].kind == "num" and toks[i - 1].start == toks[i - 2].end
    after = j + 2 < len(toks) and toks[j + 1].text in "-/–" and toks[j + 2].kind == "num" and toks[j + 1].start == toks[j].end
    if (before or after) and not m.is_range:
        return True
    if m.is_range and not m.currency and not m.percent and m.low is not None and m.high is not None and m.low > m.high \
            and _DASHED_PAIR.fullmatch(text, m.num_start, m.end):
        return True  # "a 31–12 win": no range runs down, so a score
    if not m.is_range and not m.currency and not m.percent and not m.words and (
            _spaced_pair(toks, i - 2) or (_spaced_pair(toks, j) and not _counts_after_token(toks, j + 3))) \
            and not _counts_after(toks, m):  # (the counted noun, the dearest test, read last)
        return True  # "won 1 - 2 at Chelsea", "89 - 92": a score spaced out
    if i > 1 and toks[i - 1].text == "(" and toks[i - 1].start == toks[i - 2].end \
            and _SET_SCORE.search(text, max(0, m.start - 8), m.start):
        return True  # "7-6(5)": a tie-break's points after a set's score
    return m.is_range and not m.currency and not m.percent and bool(
        _SET_SCORE.fullmatch(text, m.num_start, m.end) and (_SET_SCORE.search(text, max(0, m.num_start - 9), m.num_start)
                                                           or _SET_SCORE.match(text, m.end + 1)))  # "6-4 3-6 7-6": a match's sets


_DASHED_PAIR = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")  # "31–12", "3-1"
_SET_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}(?:\(\d+\))?(?=[\s,;.]|$)")


def _spaced_pair(toks, a: int) -> bool:
    """Whether numbers at tokens A and A + 2 stand on each side of a spaced dash: "1 - 2", "89 - 92"."""
    return 0 <= a and a + 2 < len(toks) and toks[a].kind == "num" and toks[a + 2].kind == "num" \
        and toks[a + 1].text in "-–" and toks[a].end + 1 == toks[a + 1].start and toks[a + 1].end + 1 == toks[a + 2].start


FRACTION_WORDS = frozenset("half halves third thirds quarter quarters fifth fifths sixth sixths eighth eighths tenth tenths".split())


def is_word_fraction(m, toks, text) -> bool:
    """ "two-thirds of voters", "three quarters": a share in words, not a count of thirds."""
    j = m.tok_last + 1
    while j < len(toks) and toks[j].text in ("-", "‑"):
        j += 1
    return m.words and j < len(toks) and toks[j].low in FRACTION_WORDS and not m.currency and not m.percent


def is_bare_one(m, toks, text) -> bool:
    """ "one of the", "one official": the word "one" rarely counts something reported (but a seat or a place
    lost or won is: "dropped one seat", "won three seats, down one")."""
    if not (m.words and m.value == 1 and not m.approx and "scaled" not in m.flags and not m.percent):  # "one per cent" is a share
        return False
    i, j = m.tok_first, m.tok_last + 1
    if i > 0 and toks[i - 1].low in _ONE_MOVED_BY and (j >= len(toks) or toks[j].low not in _NOT_ONE_COUNTED):
        return False
    return True


# a change verb before "one" ("lost one seat", "down one") and the words after "one" that make it no count
# ("lost one of its seats", "won one more", "up one place" is a ranking's move, handled as a position)
_ONE_MOVED_BY = frozenset("down up lost losing loses dropped dropping drops gained gaining gains won winning wins added "
                          "adding adds shed sheds shedding".split())
_NOT_ONE_COUNTED = frozenset("of another more other after by in at on day days time times way".split())


def is_definite_reference(m, toks, text) -> bool:
    """ "The two countries signed a deal", "the three Baltic states": a small number in words after "the"
    names a group the reader already knows; it counts nothing new."""
    i = m.tok_first
    if not m.words or m.approx or m.currency or m.percent or not (2 <= (m.value or 0) <= 10) or "scaled" in m.flags:
        return False
    j = m.tok_last + 1
    if i > 0 and toks[i - 1].text.endswith(("'s", "’s")) and j < len(toks) and _SUPERLATIVE.fullmatch(toks[j].low):
        return True  # "Kenya's two biggest markets", "the bank's three largest shareholders": a known group ranked
    return i > 0 and toks[i - 1].low == "the" and j < len(toks) and toks[j].kind == "word" and toks[j].low != "of"


_SUPERLATIVE = re.compile(r"biggest|largest|greatest|smallest|highest|lowest|richest|poorest|oldest|newest|closest|"
                          r"strongest|busiest|best|worst|main|top|leading|major|key")


_TIMES_A_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year)\b")


def is_multiplier(m, toks, text) -> bool:
    """ "three times what rivals pay", "1.4 times the mass of Earth", "a 3-fold rise": a ratio, not a count."""
    j = m.tok_last + 1
    if m.currency or m.percent:
        return False
    if j < len(toks) and toks[j].low in _not_figures()["multipliers"]:
        if _TIMES_A_PERIOD.match(text, toks[j].end):
            return False  # "spin nearly 78,000 times a minute": how often, a rate
        return not (j + 1 < len(toks) and toks[j + 1].low in _not_figures()["multiples"])  # "12 times earnings" counts
    return j + 1 < len(toks) and toks[j].text in ("-", "‑") and toks[j + 1].low == "fold"


# a sprint from standstill to a speed: "0-to-60-mph", "0-62mph", "0 to 100 km/h" (each piece bounded, no nesting)
_ZERO_TO_SPEED = re.compile(r"\b0[ \t]?(?:[-‑–][ \t]?(?:to[ \t]?[-‑]?)?|to[ \t]?[-‑]?)[ \t]?\d{2,3}[ \t]?[-‑]?[ \t]?"
                            r"(?:mph|km/h|kph|kmh)\b", re.I)


def is_acceleration_benchmark(m, toks, text) -> bool:
    """ "its 0-to-60-mph time", "0-62mph: 9.9 seconds": the benchmark's name, neither 0 nor 60 an amount."""
    if m.currency or m.percent:
        return False
    lo = max(0, m.num_start - 9)
    return any(x.start() <= m.num_start < x.end() for x in _ZERO_TO_SPEED.finditer(text, lo, min(len(text), m.end + 14)))


def is_denominator(m, toks, text) -> bool:
    """ "1,281 cases per 100,000 inhabitants", "for every 1,000 births": the rate's base, part of its figure."""
    i = m.tok_first
    if m.currency or m.percent or m.words or i == 0:
        return False
    return toks[i - 1].low == "per" or (i > 1 and toks[i - 1].low == "every" and toks[i - 2].low == "for")


def is_list_number(m, toks, text) -> bool:
    """ "1. Prices", "2) Jobs" at the start of a paragraph."""
    s = m.num_start
    return (s == 0 or text[s - 1] == "\n") and text[m.num_end:m.num_end + 1] in (".", ")")


_NUMBERS = table("numbers")
_SCALE_WORDS = frozenset(_NUMBERS["scales"]) | frozenset(_NUMBERS["suffixes"])  # "million", "bn", "lakh"


def is_size_of_counted(m, toks, text) -> bool:
    """ "1.74 million 60-kg bags", "3,000 20-tonne trucks": a measure joined to its unit by a hyphen, right
    after the number that counts, gives the size of each thing counted."""
    f = m.tok_first
    return f > 0 and (toks[f - 1].kind == "num" or toks[f - 1].low in _SCALE_WORDS) and toks[f - 1].end + 1 == toks[f].start \
        and _hyphened_measure(toks, m.tok_last)


_DRAWN_WORDS = frozenset(table("not_figures")["draws"]["words"])  # not_figures.toml
# (and a second draw's name after the first's numbers: "... 38 and 45 and Lucky Stars 2 and 9", "the bonus ball was 9")
_DRAWN_GLUE = frozenset({",", "and", "were", "are", "was", "drawn", ":", "the", "winning", "lucky", "&", "stars", "star", "bonus",
                         "ball"})


def is_drawn_number(m, toks, text) -> bool:
    """ "after the numbers 3, 11, 27, 38 and 44 were drawn": a bare number in a run of three or more after
    "numbers" or "balls" is a lottery's draw, not a count. (Read within 20 tokens either way: linear time.)"""
    if m.currency or m.percent or m.words or m.is_range or "scaled" in m.flags or not (m.value is not None and m.value < 100):
        return False  # (a draw's numbers are small: "Infection numbers were 4,000, 5,000 and 6,000" are counts)
    i = m.tok_first
    k = i - 1
    while k >= 0 and i - k <= 20 and (toks[k].kind == "num" or toks[k].low in _DRAWN_GLUE):
        k -= 1
    if k < 0 or i - k > 20 or toks[k].low not in _DRAWN_WORDS:
        return False
    run = 0
    for t in toks[k + 1:k + 21]:
        if t.kind == "num":
            run += 1
        elif t.low not in _DRAWN_GLUE:
            break
    return run >= 3


TRAPS = (
    ("ordinal", is_ordinal, "an ordinal (503rd) ranks, it does not count"),
    ("rank band", is_rank_band, "'the top 100' is a band of a ranking"),
    ("decade or model plural", is_decade_or_plural_model, "'1990s' is a decade, 'F-35s' a model"),
    ("model designation", is_model_designation, "'Type 45', 'F-35', 'page 12' name a thing"),
    ("time of day", is_time_of_day, "'10am', '9.30' tell the time"),
    ("age", is_age, "'aged 34', '52-year-old' give an age"),
    ("phone or code", is_phone_or_code, "'0800 123 4567' is a phone number"),
    ("condition", is_condition, "temperatures, wind speeds, magnitudes, calibres describe conditions"),
    ("margin of error", is_margin_of_error, "a poll's margin of error is its precision"),
    ("listicle or race", is_listicle_or_race, "'5 things to know' heads a list, 'the 1,500m title' names a race"),
    ("year", is_year, "'in 2008' is a year"),
    ("narrated time", is_narrated_time, "'for three days' narrates time"),
    ("score or pair", is_score_or_pair, "'3-1', '24/7' are scores or pairs"),
    ("identifier", is_identifier, "'charity 1043876' is a record number"),
    ("address", is_address, "'49 Zorro Ranch Road' is a street address"),
    ("word fraction", is_word_fraction, "'two-thirds' is a share in words"),
    ("bare one", is_bare_one, "'one of the' is not a count"),
    ("definite reference", is_definite_reference, "'the two countries' names a known group"),
    ("list number", is_list_number, "a list's numbering"),
    ("multiplier", is_multiplier, "'three times what rivals pay' is a ratio"),
    ("denominator", is_denominator, "'per 100,000 people' is the base of a rate"),
    ("acceleration benchmark", is_acceleration_benchmark, "'its 0-to-60-mph time' names a benchmark"),
    ("size of the counted", is_size_of_counted, "'60-kg' in '2 million 60-kg bags' sizes each bag"),
    ("drawn number", is_drawn_number, "'the numbers 3, 11, 27, 38 and 44 were drawn' is a lottery's draw"),
)


def trap_reason(m: NumberMention, toks: list[Token], text: str) -> str | None:
    """The name of the first trap M falls into, or None when it may be a figure."""
    for name, predicate, _reason in TRAPS:
        if predicate(m, toks, text):
            return name
    return None


_phone_cache: dict[int, tuple[str, list[tuple[int, int]]]] = {}


# where a phone number can open: PHONE's look-ahead, as a class the scanner jumps between at once, and
# its look-behinds, read after the character (so the class still leads): no word character before it, no
# digit and comma ("7,000" holds no phone number's opening), so the digits inside a number are passed at once
_PHONE_OPENS = re.compile(r"[+(\d](?<!\w.)(?<!\d,.)")


def _phone_spans(text: str) -> list[tuple[int, int]]:
    key = id(text)
    if key not in _phone_cache or _phone_cache[key][0] is not text:
        _phone_cache.clear()
        # PHONE.finditer's matches, PHONE tried only where its look-ahead lets it open (the same
        # matches: finditer fails at once everywhere else, and a match resumes the scan at its end)
        spans, pos = [], 0
        for opens in _PHONE_OPENS.finditer(text):
            if opens.start() >= pos and (m := PHONE.match(text, opens.start())):
                spans.append((m.start(), m.end()))
                pos = m.end()
        _phone_cache[key] = (text, spans)
    return _phone_cache[key][1]


def _sentence_of(text: str, m: NumberMention) -> str:
    """The words around M up to the nearest full stops, within a bounded window."""
    lo = max(0, m.start - 400)
    a = max(text.rfind(". ", lo, m.start), text.rfind("\n", lo, m.start), lo - 1) + 1
    b = text.find(". ", m.end, m.end + 400)
    return text[a: b if b != -1 else min(len(text), m.end + 400)]


# ---------------------------------------------------------------------------------------------
# The counted noun


def _ed_modifier(mods: list[Token], n: int) -> bool:
    """Whether MODS[N], a word in -ed after a word of change, describes the plural noun the phrase ends in
    ("23 fewer liquefied natural gas cargoes", "400 more trained nurses"), rather than opening a verb."""
    return 0 < n and mods[n - 1].low in _CHANGE_WORDS_BEFORE and mods[n].low.endswith("ed") and len(mods) - n <= 4 \
        and all(x.kind == "word" and x.text.islower() and x.low not in NOT_NOUNS for x in mods[n + 1:]) \
        and len(mods) > n + 1 and _looks_plural(mods[-1].low)


_CHANGE_WORDS_BEFORE = frozenset(table("kinds")["more_before_participle"]["words"])  # kinds.toml


def _ing_modifier(mods: list[Token], n: int) -> bool:
    """ "4,700 emergency teaching certificates", "300 parking spaces": an -ing word that names the kind of
    the plural noun right after it, the phrase's last word, is no verb."""
    return n + 2 == len(mods) and mods[n].low.endswith("ing") and mods[n + 1].kind == "word" \
        and mods[n + 1].text.islower() and _looks_plural(mods[n + 1].low) and mods[n + 1].low not in NOT_NOUNS \
        and not (n and _looks_plural(mods[n - 1].low))  # not "120 welders working nights", "400,000 living overseas"


@lru_cache(maxsize=4096)
def _demonym_plural(word: str) -> bool:
    """ "Nepalis", "Britons", "Americans": a people's name in the plural (the gazetteer's demonym plus "s")."""
    if len(word) < 4 or not word[:1].isupper() or not word.endswith("s") or not word[1:].islower():
        return False
    place = lookup(word[:-1])
    return place is not None and place.kind == "demonym"


def _put_head_before(toks: list[Token], k: int) -> int | None:
    """The known noun a put-at verb names a few words before "at": "put the crowd in and around the square
    at" (a place between the noun and "at"); None when a comma or a number comes first."""
    for x in range(k - 1, max(1, k - 10), -1):
        if toks[x].kind != "word":
            return None
        if toks[x].low == "the" and toks[x - 1].low in PUT_AT and _known_head(toks[x + 1]):
            return x + 1
    return None


def _noun_after(toks: list[Token], j: int, limit: int = 7, allow_unknown: bool = True):
    """(category, unit, end_token, is_reference, modifiers) for the noun phrase starting at token j."""
    u = _units()
    mods: list[Token] = []
    k = j
    candidate = None
    stretch = 0  # words of a name the phrase has been let run past its limit
    if j < len(toks) and _demonym_plural(toks[j].text):
        return ("people", toks[j].low, j, False, [])  # "17 Nepalis, three Britons": people, counted by where they are from
    while k < len(toks) and k < j + limit:
        t = toks[k]
        if t.kind != "word":
            if t.text in ("-", "‑") and k + 1 < len(toks) and toks[k].start == toks[k - 1].end:
                k += 1
                limit += 1  # "P-8A", "Mogami-class": the hyphen is not a word of the phrase
                continue
            if t.kind == "num" and (
                (k > j and toks[k - 1].text in ("-", "‑") and toks[k - 1].end == t.start)  # "40 T-72 tanks"
                or (k + 2 < len(toks) and toks[k + 1].kind == "word" and toks[k + 1].start == t.end
                    and (k > j or toks[k + 1].low in _units()["calibres"]
                         or (toks[k + 1].text.isupper() and len(toks[k + 1].text) <= 2)))  # "155mm shells", "41,000 5G base stations"
                or (k > j and toks[k - 1].kind == "word" and toks[k - 1].text[:1].isupper() and (
                    toks[k - 1].low in _not_figures()["designations"] or (k + 1 < len(toks) and toks[k + 1].kind == "word")))
                # "40 Boeing 737 Max jets": a model number inside the counted phrase
            ):
                mods.append(t)
                k += 2 if (k + 1 < len(toks) and toks[k + 1].start == t.end and toks[k + 1].kind == "word") else 1
                continue
            if t.kind == "num" and _hyphened_measure(toks, k):
                mods.append(t)  # "1.74 million 60-kg bags", "200 40-foot containers": the size of what is counted
                k += 3
                continue
            break
        # a noun of the lexicon opens with one of its first words: for any other word no key is built
        for n in range(min(u["max"], len(toks) - k), 0, -1) if t.low in u["firsts"] else ():
            key = tuple(x.low for x in toks[k:k + n])
            if key in u["nouns"]:
                cat, plural = u["nouns"][key]
                if k == j + 1 and toks[j].text in ("-", "‑") and j > 0 and toks[j].start == toks[j - 1].end \
                        and toks[k].start == toks[j].end and n == 1:
                    return (cat, plural, k, False, mods[:])  # "a 120-bed tented unit": it counts beds
                nxt = k + n
                if n == 1 and toks[k].low != plural and toks[k].low not in ("personnel", "aircraft", "police", "staff") \
                        and not (k == j and plural in _measure_plurals()) \
                        and nxt < len(toks) and toks[nxt].kind == "word" and toks[nxt].text.islower() \
                        and toks[nxt].low not in STOP_WORDS and toks[nxt].start == toks[k].end + 1 and (
                            _looks_plural(toks[nxt].low) or (
                                nxt + 1 < len(toks) and toks[nxt + 1].kind == "word" and toks[nxt + 1].text.islower()
                                and toks[nxt + 1].start == toks[nxt].end + 1 and _looks_plural(toks[nxt + 1].low)
                                and toks[nxt + 1].low not in STOP_WORDS and toks[nxt].low not in MODIFIERS)):
                    break  # "214 ship calls", "40 tank crews", "12,000 family food packs": a singular noun modifies
                    # the plural one after it
                if n == 1 and k > j and toks[k].low != plural and toks[k].text[:1].isupper():
                    break  # "three Air Tractor AT-802 planes": a singular noun inside a name is no head
                # keep scanning: "fighter jets" beats "fighters"; the head noun is the last
                candidate = (cat, plural, k + n - 1, False, mods[:])
                break
        if candidate and candidate[2] >= k:
            if k == j and candidate[1] in _measure_plurals():
                return candidate  # "a 4500mAh battery", "a 15km tunnel": the measure right after the number
            nk = candidate[2] + 1
            # a compound head: "Royal Marine commandos", "patrol vessels": prefer a later lexicon noun
            if nk < len(toks) and toks[nk].kind == "word" and toks[nk].low not in STOP_WORDS \
                    and toks[nk].low not in _TAKEN_AS \
                    and not (toks[nk].text.islower() and _verb_or_adverb(toks[nk]) and toks[nk].low not in _adjective_nouns()):
                # "spectators watched Arsenal Women": a verb ends the phrase ("officers injured" counts the injured)
                later = _noun_after(toks, nk, limit=2, allow_unknown=False)
                if later and not later[3] and later[1] == "people" and nk == later[2] and \
                        toks[nk].low in _adjective_nouns() and candidate[0] in ("personnel", "people"):
                    # "four officers injured": casualties, counted in officers
                    return (later[0], candidate[1], later[2], False, mods + toks[k:nk])
                if later and not later[3] and later[1] == "people" and nk == later[2] and toks[nk].low in _adjective_nouns():
                    return candidate  # "some 3,400 farm animals killed": animals; the word after them says what befell them
                if later and not later[3]:
                    return (later[0], later[1], later[2], False, mods + toks[k:nk] + later[4])
            return candidate
        if t.low in u["references"] and not t.text[:1].isupper() \
                and not any(x.kind == "word" and x.text.islower() and _looks_plural(x.low) for x in mods):
            # (not "410,000 records holding phone numbers": the plural before it is what is counted)
            return ("reference", t.low, k, True, mods)
        if t.low in ("and", "or") and mods and all(x.kind == "word" and x.text.islower() for x in mods) \
                and k + 1 < len(toks) and toks[k + 1].text.islower():
            peek = _noun_after(toks, k + 1, limit=3, allow_unknown=False)
            if peek and not peek[3]:
                return (peek[0], peek[1], peek[2], False, mods + [t] + peek[4])  # "9,847 suspected and confirmed cases"
            peek = _noun_after(toks, k + 1, limit=2) if allow_unknown else None
            if peek and not peek[3] and _looks_plural(peek[1]) and not any(_looks_plural(x.low) for x in mods):
                return (peek[0], peek[1], peek[2], False, mods + [t] + peek[4])  # "120 food and craft traders"
        if t.low in STOP_WORDS and not (t.text.isupper() and len(t.text) > 1 and k + 1 < len(toks)
                                        and toks[k + 1].text in ("-", "‑") and toks[k + 1].start == t.end) \
                and not (k > j and k + 1 < len(toks) and toks[k - 1].text in ("-", "‑") and toks[k - 1].end == t.start
                         and toks[k + 1].text in ("-", "‑") and toks[k + 1].start == t.end) \
                and not (t.text.isupper() and len(t.text) > 1 and k + 1 < len(toks) and toks[k + 1].kind == "word"
                         and toks[k + 1].text.islower()):
            break  # (not "AT" of "AT-802", a model's letters; not "to" of "air-to-air"; not "IT" of "35 IT specialists")
        if t.text[:1].isupper() and stretch < 4:
            stretch += 1
            limit += 1  # "Two Royal Australian Air Force C-130J Hercules aircraft": a name's words before the noun
        mods.append(t)
        k += 1
    if mods and allow_unknown:
        # an unknown noun: the last lowercase word of the phrase ("1,200 new homes" -> homes)
        # "aftershocks followed", "countries already taking part": the noun comes before a verb
        # a lone "damaged" or a "yesterday" is no noun: the figure's noun is elided
        # "A crowd of 60,704 saw Arsenal beat Everton": an irregular past verb before a name opens the predicate
        # (a participle joined by a hyphen to the word before is an adjective: "11 loss-making convenience shops")
        joined = {id(toks[x]) for x in range(max(j + 1, 2), min(k + 1, len(toks))) if toks[x - 1].text in ("-", "‑")
                  and toks[x - 1].end == toks[x].start and toks[x - 1].start == toks[x - 2].end}
        cut = next((n for n, x in enumerate(mods) if x.kind == "word" and (
            (x.low in NOT_NOUNS and not (x.low in ("earlier", "later") and n + 1 < len(mods) and _looks_plural(mods[n + 1].low)))
            or ((n or len(mods) == 1 or mods[1].low in NOT_NOUNS) and _verb_or_adverb(x) and id(x) not in joined
                                   and not _ing_modifier(mods, n) and not _ed_modifier(mods, n))  # ("292,914 voted against it")
            or (n == 0 and x.low in _past_verbs() and len(mods) > 1 and mods[1].text[:1].isupper()))), len(mods))
        # (an acronym's plural is a common noun too: "19,400 ATMs", "3,000 EVs", "40 NGOs")
        lower = [x for x in mods[:cut] if x.kind == "word" and (x.text[:1].islower() or _ACRONYM_PLURAL.fullmatch(x.text))
                 and x.low not in MODIFIERS]
        if lower:
            plural = [x for x in lower if _looks_plural(x.low)]
            head = plural[-1] if plural and not _looks_plural(lower[-1].low) else lower[-1]  # "14 libraries close"
            idx = next(x for x in range(j, min(k + 1, len(toks))) if toks[x] is head)  # within the phrase: linear
            return ("other", head.low, idx, False, mods[: mods.index(head)])
    return None


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")


def _hyphened_measure(toks, k: int) -> bool:
    """Whether the number at token K is a measure joined by a hyphen to its unit and to a word after it
    ("60-kg bags", "a 40-foot container")."""
    return k + 3 < len(toks) and toks[k + 1].text in ("-", "‑") and toks[k + 1].start == toks[k].end \
        and toks[k + 2].start == toks[k + 1].end and toks[k + 2].low in _units()["measures"] and toks[k + 3].kind == "word"


# "took 85 crew hostage", "held 40 soldiers prisoner": what the counted are taken as, after their noun
_TAKEN_AS = frozenset({"hostage", "captive", "prisoner"})
_EED_VERBS = frozenset("agreed disagreed freed decreed guaranteed refereed".split())  # not "speed", "seed"
# a count named by what it counts: "visitor numbers", "its subscriber base"
_COUNT_COLLECTIVES = frozenset({"numbers", "base"})
# nouns whose plural is the word itself: "Buffalo numbers fell by 1,300" counts buffalo
INVARIANT_PLURALS = frozenset({"sheep", "cattle", "deer", "fish", "livestock", "poultry", "buffalo", "bison", "salmon",
                               "moose", "elk", "trout", "cod", "swine", "aircraft"})


def _looks_plural(word: str) -> bool:
    """A counted noun's plural: "libraries", "homes" (not "close", "glass", "crisis")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


NOT_NOUNS = frozenset("yesterday today tomorrow tonight morning afternoon evening night overnight already "
                      "still now also just soon again then there here ever yet even instead alone them those these earlier later "
                      "which whom due abroad overseas ahead away apart together aboard ashore against behind "
                      "going being doing dying lying".split())  # ("18 due in Batken", "10 going to independents"; "1,500 earlier
# this year", not "two earlier bids")


@cache
def _past_verbs() -> frozenset[str]:
    return frozenset(word_list("past_verbs"))


def _verb_or_adverb(t: Token) -> bool:
    """A word that ends a counted phrase rather than naming its noun: "followed", "already",
    "taking", "yesterday", "held" ("2,500 seats held back")."""
    w = t.low
    return (w in NOT_NOUNS or w in _past_verbs() or w in _EED_VERBS
            or (len(w) > 4 and w.endswith(("ed", "ly")) and not w.endswith("eed"))
            or (len(w) > 5 and w.endswith("ing")))


def classify(m: NumberMention, toks: list[Token], text: str, sentence: Sentence) -> Mention:
    """The figure a surviving number expression states: noun, category, unit, kind, direction."""
    f = Mention(number=m, sentence=sentence, value=m.value, low=m.low, high=m.high, approx=m.approx)
    f.noun_end = m.end
    if m.currency:
        f.category, f.unit = "money", m.currency
    elif m.percent:
        f.category, f.unit = "percent", "%"
    j = m.tok_last + 1
    noun = None
    if m.suffix == "m":
        f.unit = "metres"  # "the 100m final", "a 48m-long ship" (kit/numbers.py reads the "m")
    elif term := TERM_AFTER_UNIT.match(text, m.end):
        f.unit = _plural_time(term.group(1))  # "a five-year contract": a term of years
        f.noun_end = term.end()
    elif aged := _AGED.match(text[m.end:m.end + 12]):
        f.unit = "years"  # "a 3.2 million-year-old skull" (an age of a person is a trap, is_age)
        f.noun_end = m.end + aged.end(1)
    elif f.category not in ("money", "percent") and not (j < len(toks) and toks[j].start >= sentence.end):
        # (a number that ends its sentence counts no word of the next: "Passengers: 7.8 million" above
        # "Load factor: 87.4%" in a fact box)
        noun = _noun_after(toks, j)
        if noun is None and j + 1 < len(toks) and toks[j].low == "of":
            # partitive: "29 of 31 drones", "12 of the dead", "2,000 of them"
            k = j + 1
            while k < len(toks) and (toks[k].low in PARTITIVE_SKIP or toks[k].kind == "num" or (
                    toks[k].kind == "word" and toks[k].text.islower() and toks[k].low.endswith(("'s", "’s")))):
                k += 1  # "five of the borough’s 14 libraries", "up to 1,200 of the roughly 2,300 jobs"
            if not (k + 1 < len(toks) and toks[k - 1].low in ("those", "these") and toks[k].kind == "word"
                    and (toks[k].low.endswith("ed") or _verb_or_adverb(toks[k])) and toks[k].low not in _adjective_nouns()
                    and not (toks[k + 1].kind == "word" and toks[k + 1].text.islower() and _looks_plural(toks[k + 1].low))):
                noun = _noun_after(toks, k)  # (not "31 of those held aged under 18": those, a pronoun, then what befell
                # them; the count is of the figure's noun before)
        if noun is None and j + 1 < len(toks) and toks[j].low in ("were", "are") and toks[j + 1].text.islower() \
                and not toks[j + 1].low.endswith("ed") and toks[j + 1].low not in STOP_WORDS:
            # "Of the 599 people on board, 487 were passengers and 112 were crew members": what the part is
            predicate = _noun_after(toks, j + 1, limit=3, allow_unknown=False)
            if predicate is not None and not predicate[3] and not _verb_or_adverb(toks[predicate[2]]):
                noun = predicate
                if predicate[0] in ("people", "personnel") and CASUALTY.search(text, max(sentence.start, m.start - 60), m.start):
                    noun = ("casualties",) + predicate[1:]  # "Of the 40 dead, 18 were children": casualties still
        if noun is not None:
            cat, unit, end_tok, is_ref, mods = noun
            f.noun_end = toks[end_tok].end
            if is_ref and unit.endswith("s") and not mods and m.tok_first > 0 \
                    and toks[m.tok_first - 1].low not in ("the", "these", "those", "that", "this", "its", "their"):
                cat, is_ref = "other", False  # "the average of eight estimates": a count of estimates, not "the 7,000 figure"
            if is_ref:
                f.reference = True
            else:
                f.category, f.unit = cat, unit
                if cat == "personnel" and _DEMONSTRATE.match(text, toks[end_tok].end):
                    f.category = "people"  # "more than 20,000 workers took part", "workers blocked roads": a crowd
                if unit == "members":
                    f.category = _members_category(toks, end_tok, text, mods, m.start)
                if unit == "fighters" and any(x.kind == "num" or "-" in x.text or x.text[:1].isupper() for x in mods):
                    f.category = "aircraft"  # "28 F-35A fighters", "48 KF-21 Boramae fighters": jets, not militants
                if cat == "aircraft" and toks[end_tok].text.islower() and toks[end_tok].low in STORM_NOUNS:
                    f.category = "other"  # "about 20 typhoons a year": storms (the RAF's Typhoons are jets)
            head = [toks[end_tok]] if toks[end_tok].text[:1].isupper() else []  # "400 Royal Marines"
            f.owner_hint = _owner_in(mods + head + _of_phrase(toks, end_tok))
            if f.owner_hint and f.unit in LOCATED_UNITS and _owner_in(mods) == f.owner_hint:
                # "11 German airports": in Germany, no one's ("12,000 Romanian haulage firms": in Romania, and Romania's)
                f.hint_place, f.owner_hint = f.owner_hint, f.owner_hint if f.unit in LOCATED_OWNED_UNITS else None
    elif m.currency:
        f.owner_hint = None
    if f.unit is None and f.category == "other" and not f.reference and m.tok_first >= 2 \
            and toks[m.tok_first - 1].text == ":" and toks[m.tok_first - 2].start == sentence.start:
        # a fact box's row counts what its one-word label names: "Passengers: 7.8 million", "Deaths: 42"
        label = _noun_after(toks, m.tok_first - 2, limit=1, allow_unknown=False)
        if label is not None and not label[3]:
            f.category, f.unit = label[0], label[1]
    if f.unit is None and f.category == "other" and not f.reference:
        # the noun before: "a crowd of 74,310", "a workforce of 2,000", "a population of 40,000"
        k, leveled, plural_subject = m.tok_first - 1, False, None
        while k > 0 and toks[k].kind == "word" and toks[k].low in ("about", "around", "some", "nearly", "almost"):
            k -= 1
        if k > 0 and toks[k].low == "of" and toks[k - 1].kind == "word":
            k -= 1
        else:
            # the subject of a level verb: "the toll stood at 61", "the crowd had grown to 40,000"
            if k > 3 and toks[k].low == "to":
                b = k - 1 - (toks[k - 1].text == "%")  # "the population fell by 11% to 469": past the change
                if b > 1 and toks[b].kind == "num" and toks[b - 1].low == "by":
                    k = b - 1
                elif b > 1 and toks[b].kind == "num" and toks[b - 1].low in LEVEL_VERBS:
                    k = b - 1  # "Passenger numbers rose 8% to 187 million": the verb before the change
            k -= toks[k].low in ("to", "at", "by") if k > 0 else 0
            leveled = k > 1 and toks[k].low in LEVEL_VERBS
            if leveled:
                k -= 2 if toks[k - 1].low in ("has", "had", "have") else 1
                if k > 2 and toks[k].text[:1].isupper() and toks[k - 1].low in ("in", "across", "at"):
                    k -= 2  # "Measles cases in England rose to 2,911": the noun before the place
                for x in range(k, max(1, k - 7), -1):
                    if toks[x].low in (",", "while", "but", ";"):
                        break
                    if toks[x].low in _PHRASE_PREPS and toks[x - 1].low in _COUNT_COLLECTIVES:
                        k = x - 1  # "Rider numbers on the city's trams rose to 48 million": the riders, not the trams
                        break
                if not _known_head(toks[k]):
                    for x in range(k, max(1, k - 7), -1):
                        if toks[x].low in (",", "while", "but", ";"):
                            break
                        if toks[x].low in _PHRASE_PREPS and toks[x - 1].kind == "word" and _known_head(toks[x - 1]):
                            k = x - 1  # "active users across its apps reached 1.27 billion": the noun before the phrase
                            break
            elif k > 2 and toks[k + 1].low == "at" and toks[k - 1].low == "the" and toks[k - 2].low in PUT_AT:
                pass  # "police put the crowd at 35,000": the crowd
            elif toks[k + 1].low == "at" and (put := _put_head_before(toks, k)) is not None:
                k = put  # "police put the crowd in and around the Plaza de Mayo at about 120,000": the crowd
            elif toks[k + 1].low == "at" and any(toks[x].low in CAP_AT and all(
                    t.kind == "word" for t in toks[x + 1:k]) for x in range(max(0, k - 3), k)):
                pass  # "will cap their combined passengers at 5,000": the passengers
            else:
                k = -1
        if leveled and k > 0 and toks[k].low in _COUNT_COLLECTIVES and toks[k - 1].kind == "word" \
                and toks[k - 1].low not in STOP_WORDS and toks[k - 1].low.isalpha():
            k -= 1  # "Buffalo numbers fell by 1,300", "its subscriber base grew to 4.1 million": buffalo, subscribers
            plural = toks[k].low if toks[k].low.endswith("s") or toks[k].low in INVARIANT_PLURALS else toks[k].low + "s"
            f.category, f.unit = _units()["nouns"].get((plural,), ("other", plural))[:2]
            k = -1
        if k > 0 and toks[k].kind == "word":
            known = _known_head(toks[k])
            if known and leveled and toks[k].low not in HEAD_BEFORE_OF \
                    and (counted := _NUMBER_OF.search(text, max(sentence.start, toks[k].start - 120), toks[k].end)):
                # "the number of people who speak Irish daily outside the education system fell to 9,716": the
                # number's noun, not the last noun before the verb
                known = next((_units()["nouns"][(w.lower(),)] for w in counted.groups()[::-1]
                              if w and (w.lower(),) in _units()["nouns"]), known)  # its head: "infant pupils"
            if known and toks[k].low == "population" and k + 2 < len(toks) and toks[k + 1].low == "of":
                # "Kenya's population of endangered Grévy's zebras has grown to 1,890": the animals it counts
                of = next((x for x in range(k + 2, min(k + 6, len(toks))) if toks[x].kind == "word" and toks[x].text.islower()
                           and _looks_plural(toks[x].low) and (x + 1 == len(toks) or toks[x + 1].kind != "word"
                                                                or toks[x + 1].text.islower() and not _looks_plural(toks[x + 1].low))), None)
                if of is not None and toks[of].low not in ("people", "persons", "residents", "inhabitants"):
                    known = _units()["nouns"].get((toks[of].low,), ("other", toks[of].low))[:2]
            if known:
                f.category, f.unit = known[0], known[1]
            elif leveled and toks[k].text.islower() and _looks_plural(toks[k].low) and toks[k].low not in STOP_WORDS:
                plural_subject = toks[k].low  # "paid subscriptions rose by 3.2 million to 61 million"
        elif _INDEX_LEVEL.search(text, max(sentence.start, m.start - 80), m.start) and (m.value or 0) >= 100 and not m.approx:
            f.unit = "points"  # "the Nikkei 225 slid 2.8% to 34,735.93": an index's level
    if f.unit is None and f.category == "other" and not f.reference:
        # "The number of patients waiting ... fell by 41,000 to 7.29 million": the counted noun
        counted = _NUMBER_OF.search(text, max(sentence.start, m.start - 200), m.start)  # a window: linear time
        if counted is None and _holds(text, max(sentence.start, m.start - 200), m.start, "number who", "number that") \
                and _NUMBER_WHO.search(text, max(sentence.start, m.start - 200), m.start):
            f.category = f.unit = "people"  # "puts the number who have crossed since November at as many as 200,000"
        for word in (counted.groups()[::-1] if counted else ()) if f.unit is None else ():  # the head: "infant pupils" counts pupils
            known = _units()["nouns"].get(((word or "").lower(),))
            if known:
                f.category, f.unit = known[0], known[1]
                break
        else:
            noun = counted.group(1).lower() if counted else None
            # "the number of homes listed for sale dropped by 1,200": a plural the lexicon lacks still names the count
            if f.unit is None:
                f.unit = noun if noun and _looks_plural(noun) and noun not in STOP_WORDS and noun != "times" else plural_subject
    _kind(f, m, toks, text, sentence)
    if f.kind == "total" and (_glued_unit(toks, j) in RATE_UNITS or f.unit in PER_TIME_UNITS):
        f.kind = "rate"  # "48,000 bpd": barrels a day; "hitting 214mph"
    if f.category == "people" and _WORKFORCE_BEFORE.search(text, max(sentence.start, m.start - 40), m.start):
        f.category = "personnel"  # "which employs about 15,300 people", "reduce our workforce by about 1,200 people"
    if f.category in ("people", "personnel") and _casualty_context(m, f, text, sentence):
        f.personnel_unit = f.category == "personnel"
        f.category = "casualties"
    elif f.category == "casualties" and f.unit and _units()["nouns"].get(_key(f.unit), ("",))[0] == "personnel":
        f.personnel_unit = True  # "seven officers injured": the casualty noun read with its head, still a force's members
    return f


_NUMBER_OF = re.compile(r"\b(?:the|a)\s+(?:total\s+)?number\s+of\s+([a-z-]+)(?:\s+([a-z]+))?", re.I)
_NUMBER_WHO = re.compile(r"\b(?:the|a)\s+(?:total\s+)?number\s+(?:who|that)\s+(?:have|had|has|were|are|was|is|will|would)\b", re.I)


GDP_TARGET = re.compile(r"\b(?:committ\w*|agreed|agree|pledge[ds]?|promised?|vowed|targets?|goal|aims?)\b.{0,120}?"
                        r"\bof\s+(?:GDP|gross\s+domestic\s+product|national\s+income)\b", re.I)


_ITS_MEMBERS = re.compile(r"\b(?:its|their)\s+$", re.I)


def _members_category(toks, end_tok, text, mods=(), start: int = 0) -> str:
    if mods and (FORCE_BODIES.search(" ".join(t.text for t in mods)) or any(
            re.fullmatch(r"[A-Z]{2,6}", t.text) for t in mods)):
        return "personnel"  # "350 Canadian Armed Forces members", "40 union members", "22,400 INMO members"
    if end_tok >= 1 and toks[end_tok - 1].low in ("its", "their") and end_tok >= 2 and toks[end_tok - 2].low == "of":
        return "personnel"  # "31,000 of its members": a body's members
    if start and _HAS_MEMBERS.search(text, max(0, start - 40), start):
        return "personnel"  # "which says it has about 3,000 members": a body's membership
    if start and _ITS_MEMBERS.search(text, max(0, start - 8), start):
        return "personnel"  # "The union says its 1,200 members want a 21% rise": a body's own members
    k = end_tok + 1
    if k < len(toks) and toks[k].low == "of":
        phrase = " ".join(t.text for t in toks[k + 1:k + 6])
        if "public" in phrase.lower():
            return "people"
        if FORCE_BODIES.search(phrase) or any(t.text[:1].isupper() for t in toks[k + 1:k + 4]):
            return "personnel"
    return "people"


_OF_PHRASE_ENDS = frozenset(("to", "into", "from", "for", "in", "at", "on", "by", "with", "towards", "across"))


def _of_phrase(toks, end_tok) -> list[Token]:
    """The "of The Royal Welsh battlegroup" or "from 14 NATO countries" after a counted noun: it may
    name the owner."""
    k = end_tok + 1
    if k < len(toks) and toks[k].low == "of":
        phrase = toks[k + 1:k + 6]
        cut = next((n for n, t in enumerate(phrase) if t.kind == "other" or t.low in _OF_PHRASE_ENDS), len(phrase))
        return phrase[:cut]  # "tonnes of wheat to Indonesia": the phrase ends before "to"
    if k + 1 < len(toks) and toks[k].low == "from" and (toks[k + 1].kind == "num" or toks[k + 1].low in ("other", "allied")):
        return toks[k + 1:k + 5]  # "troops from 14 NATO countries": not "troops from Britain" (an origin)
    return []


def _owner_in(tokens: list[Token]) -> str | None:
    words = [t.text for t in tokens]
    for n in (3, 2, 1):
        for a in range(0, len(words) - n + 1):
            phrase = " ".join(words[a:a + n])
            if not phrase[:1].isupper():
                continue
            place = lookup(phrase.removesuffix("'s").removesuffix("’s"))
            if place and place.kind in ("force", "org") and any(
                    (state := lookup(" ".join(words[a - k:a]))) is not None and state.kind in ("state", "region")
                    for k in (1, 2) if a >= k and words[a - 1][:1].isupper()):
                return None  # "members of the South Carolina National Guard": a state's own body, named whole elsewhere
            if place and place.kind in ("demonym", "force", "country", "org") or (
                    place and place.kind == "capital" and phrase.endswith(("'s", "’s"))):  # "27 of Moscow's systems"
                return place.country or place.name
    return None


# "a rise of 4.99%", "revenue growth of between 3% and 5%": a change noun before the figure
_CHANGE_OF = re.compile(r"\b(rise|increase|jump|hike|boost|gain|surge|swing|growth|fall|drop|cut|decline|reduction|decrease)s?"
                        r" of\s*(?:between\s*)?$")
_OF_AFTER = re.compile(r"\s+of\b")
_BETWEEN_STOPS = frozenset(("and", "or", ",", "but", ";"))  # what ends the words between a number and its noun


_JOBS_MOVED = re.compile(r"\b(loss(?:es)?\s+of|cost(?:s|ing)?)\s+(?:about\s+|around\s+|some\s+|up\s+to\s+|"
                         r"roughly\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|another\s+|hundreds\s+of\s+)?$", re.I)
# a share a rule or target sets: "92% of patients should wait no more than 18 weeks", "aims to have 90% of them
# wait no more than 26 weeks", "cut waits to no more than eight hours for 90% of patients"
# money on average, for each one: "each passenger spent an average of €92 ashore", "an average of 745 pounds for a ticket"
_PERIODIC_PAYMENT_OF = re.compile(r"\b(?:" + "|".join(_KINDS["rate"]["per_time_adjectives"] + ["monthly"]) + r")\s+(?:[a-z-]+\s+){1,2}?of\s+"
                                  r"(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|nearly\s+|almost\s+)?$", re.I)  # "a monthly allowance of 150 lei"
# a count at a yearly or daily pace: "housing starts fell to a seasonally adjusted annual rate of 1.31 million units"
_TIMED_RATE_OF = re.compile(r"\b(?:annual(?:i[sz]ed)?|yearly|monthly|weekly|daily)\s+(?:rate|pace)\s+of\s+"
                            r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$", re.I)
_CONVERSION_AFTER = re.compile(r"\s*\([^()\d]{0,4}\d[\d.,]*\s*[^()]{0,12}\)")  # "8.45 lei ($1.94) a litre": the rate reads past the conversion
def _averaged_before(text: str, lo: int, hi: int) -> bool:
    """Whether the words just before an amount name an average price, pay or bill, with no number between
    ("Average monthly rents in Istanbul rose to 21,400 lira", "the average claim for a flooded home is about
    £32,000"): an amount each one pays or gets (not "analysts' average estimate of $2.84 billion")."""
    k = text.rfind("verage", lo, hi)
    if k <= lo or text[k - 1] not in "aA" or _AVERAGE_PRICE.match(text, k - 1, hi) is None:
        return False
    moved = _MOVED_BY_A_SHARE_TO.search(text, k, hi)  # "the average price ... slipped 3% to 1,180 rupees": its new level
    return not any(c.isdigit() for c in text[k:moved.start() if moved else hi])


_MOVED_BY_A_SHARE_TO = re.compile(r"\s(?:by\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)\s+to\s+$")


_AVERAGE_PRICE = re.compile(r"[Aa]verage\s+(?:(?:monthly|weekly|annual|yearly|daily|hourly|household|single|return|adult)\s+)?"
                            r"(?:rents?|fares?|prices?|wages?|salar(?:y|ies)|pay|earnings|claims?|bills?|premiums?|payouts?|"
                            r"tickets?|pensions?)\b")


_AVERAGE_OF = re.compile(r"\baverage\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)
_MAX_PENALTY = re.compile(r"\b(?:fined|fines?|penalt(?:y|ies))\s+(?:of\s+)?$", re.I)
_PAYS_A_SHARE = re.compile(r"\b(?:pays?|paid|paying|covers?|covered|covering|refunds?|reimburses?|subsidi[sz]es?)\s+$", re.I)
_OFFERS_A_TERM = re.compile(r"\b(?:offer(?:s|ed|ing)?|receive[sd]?|get|gets)\s+$", re.I)
_PAY_AFTER = re.compile(r"[’']?\s+(?:of\s+)?(?:salary|pay|wages?)\b")
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+$", re.I)  # "if more than 40 staff faced redundancy": a condition's bound
_SHARE_SHOULD = re.compile(r"(?:\s+of\s+(?:them|[a-z]+(?:\s+[a-z]+)?))?\s+(?:should|must|have\s+to|has\s+to|need\s+to|needs\s+to)\s+"
                           r"(?:be\s+|wait\s+|get\s+|see\s+|have\s+|take\s+part|vote|back|turn\s+out)", re.I)
_AIMS_TO_HAVE = re.compile(r"\b(?:aims?|aiming|wants?|target(?:s|ing)?)\s+to\s+(?:have|get|see)\s+$", re.I)
_LIMIT_FOR = re.compile(r"\b(?:no|not)\s+more\s+than\s+[^,.;]{1,40}?\s+for\s+$", re.I)
# a gap from a norm: "1.94 million square kilometres below the 1981-2010 average", "2C above the long-term mean"
_FROM_THE_NORM = re.compile(r"\s+(below|under|above|over|down\s+on|up\s+on)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}"
                            r"(?:average|norm|normal|mean|median)\b", re.I)
_SHORT_OF = re.compile(r"\s+short\b(?!-)")


# "far below the 95% that experts say is needed to stop the virus": the level a goal needs
_THAT_IS_NEEDED = re.compile(r",?\s+(?:that|which)\s+(?:[a-z]+\s+){0,3}?(?:is|are|was|were|would\s+be)\s+"
                             r"(?:needed|required|necessary)\b")


def _kind(f: Mention, m: NumberMention, toks, text: str, sentence: Sentence) -> None:
    j = m.tok_last + 1
    # the words between the number and its noun: "7,000 more troops", "Four additional jets"
    between = set()
    for n, t in enumerate(toks[j:j + 3]):
        if t.low in _BETWEEN_STOPS or m.end < f.noun_end <= t.start and toks[j + n - 1].end > f.noun_end:
            break  # (a word past the one after the noun: "158,000 patients waited more than 12 hours" is
            # no "7,000 more troops"; "1.6 gigawatts more than in 2023" is)
        between.add(t.low)
    # (not "38 ships and more than 110 aircraft": the next figure's "more")
    before_text = text[max(sentence.start, m.start - 60):m.start].lower()
    before_words = _LOWER_WORD.findall(before_text)
    # currency or qualifier tokens sit between the verb and the number
    prev = before_words[-1] if before_words else ""
    if prev == "down" and len(before_words) > 1 and before_words[-2] in PHRASAL_DOWN:
        prev = ""  # "shot down 29 of 31 drones": no fall
    if len(before_words) > 2 and before_words[-3] == "by" and before_words[-2] in ("a", "an") \
            and before_words[-1] in ("record", "further", "estimated", "additional", "modest", "whopping", "massive"):
        before_words, prev = before_words[:-2], "by"  # "grew by a record 7.9 gigawatts": a change, as "grew by"
    elif len(before_words) > 2 and before_words[-2] in ("a", "an") and before_words[-1] in ("record", "further") \
            and before_words[-3].startswith(UP_VERBS + DOWN_VERBS) and _is_verb_like(before_words[-3]):
        before_words = before_words[:-2]  # "added a record 16.2 gigawatts": the verb's change
        prev = before_words[-1]
    elif len(before_words) > 3 and before_words[-4:] == ["by", "an", "average", "of"]:
        before_words, prev = before_words[:-3], "by"  # "cut prices on 450 products by an average of 9%": as "by 9%"
    elif len(before_words) > 3 and before_words[-3:] == ["an", "average", "of"] \
            and before_words[-4].startswith(UP_VERBS + DOWN_VERBS) and _is_verb_like(before_words[-4]):
        before_words = before_words[:-3]  # "lost an average of 14.2% of their body weight": the verb's change
        prev = before_words[-1]
    prev2 = " ".join(before_words[-2:])
    change_of = None
    if prev == "between" and len(before_words) > 1 and before_words[-2] == "by":
        prev = "by"  # "prices would climb by between 2% and 4%"
        before_words = before_words[:-1]
    if _SHORT_OF.match(text, max(m.end, f.noun_end)):
        pass  # "fell as much as 1,800 megawatts short of demand", "came 20 seats short": a shortfall, no move
    elif f.unit in WORKFORCE_PLACES and _JOBS_MOVED.search(before_text):
        # "with the loss of about 600 jobs", "would cost 5,200 jobs" (jobs a project creates are its total)
        f.kind, f.direction = "change", "-"
    elif m.flags & {"signed+", "signed-"}:
        f.kind, f.direction = "change", "+" if "signed+" in m.flags else "-"  # "FTSE -0.6%", "(+2.1%)"
    elif m.percent and (prev in PAY_ASKS or prev == "of" and len(before_words) > 1 and before_words[-2] in PAY_ASKS) \
            and not _OF_AFTER.match(text[f.noun_end:f.noun_end + 4]):  # (and "against an offer of 5.5%")
        f.kind, f.direction = "change", "+"  # "the government has offered 5.5%", "the RCN wants 12%": a pay rise
    elif between & CHANGE_UP_AFTER and "new" not in between or prev2 in CHANGE_UP_BEFORE or prev in ("additional", "extra", "further", "another"):
        f.kind, f.direction = "change", "+"
    elif change_of := _CHANGE_OF.search(before_text):  # (searched only when the tests above fail)
        f.kind, f.direction = "change", "+" if change_of.group(1) in CHANGE_NOUNS_UP else "-"
    elif between & CHANGE_DOWN_AFTER:
        f.kind, f.direction = "change", "-"
    elif prev == "by" or (prev in ("than",) and False):
        verb = _verb_before_by(before_words)
        if verb is None and (_BY_TO.match(text, m.end) or m.percent):
            # "reduced the risk of heart attack, stroke or cardiovascular death by 19 per cent": a share's verb too
            # "cut its forecast for the year ending in March by 7% to 1.2 trillion yen": the verb is further back
            verb = _verb_before_by(_LOWER_WORD.findall(text[max(sentence.start, m.start - 200):m.start].lower()), 30)
        if verb:
            f.kind, f.direction = "change", verb
    elif (prev.startswith(UP_VERBS) and prev not in ("up",) and _is_verb_like(prev)) or prev in UP_WORDS:
        f.kind, f.direction = "change", "+"
    elif ((prev.startswith(DOWN_VERBS) and _is_verb_like(prev)) or prev2 in DOWN_PHRASAL) \
            and not (prev.startswith("pull") and f.category in ("people", "casualties")):
        # "cut 300 jobs", "will lay off up to 1,100 workers" ("rescuers pulled 164 people from the water" saves them)
        f.kind, f.direction = "change", "-"
    elif prev == "up" and len(before_words) > 1 and before_words[-2] in _UP_AS_PARTICLE:
        pass  # "women make up 71% of staff", "had set up 450 relief camps": a share or a count, no move up
    elif prev == "up":
        f.kind, f.direction = "change", "+"  # "up 8%"; "up from 7.2 million" has "from" before it
    elif prev == "down":
        f.kind, f.direction = "change", "-"
    else:
        # "a 30% rise", "a 4% cut", "a 3.2% pay rise", "a 4.1% slide", "£26bn of tax rises"
        after = [t.low for t in toks[j:j + 5] if t.kind == "word"][:5]
        if after[:1] == ["of"]:
            after = after[1:]
        for k, w in enumerate(after[:4]):  # "a 3.5% real wage increase", "a 6.9% residential property tax increase"
            base = w[:-1] if w.endswith("s") and (w[:-1] in CHANGE_NOUNS_UP or w[:-1] in CHANGE_NOUNS_DOWN) else w
            if base in CHANGE_NOUNS_UP:
                f.kind, f.direction = "change", "+"
            elif base in CHANGE_NOUNS_DOWN:
                f.kind, f.direction = "change", "-"
            if f.kind == "change" or w in STOP_WORDS:
                break
    if f.kind == "total" and _FROM_THE_NORM.match(text, max(m.end, f.noun_end), max(m.end, f.noun_end) + 60):
        norm = _FROM_THE_NORM.match(text, max(m.end, f.noun_end))
        assert norm is not None  # (it matched within 60 characters: it matches with no end)
        f.kind, f.direction = "change", "-" if norm.group(1).lower() in (
            "below", "under", "down on", "short of", "less than") else "+"  # "1.94 million km² below the 1981-2010 average"
    passive = PASSIVE_CHANGE.match(text, f.noun_end, f.noun_end + 40) if f.kind == "total" and not f.reference else None
    if passive and passive.group(1) in ("go", "gone") and f.unit not in WORKFORCE_PLACES:
        passive = None  # "2,900 of the jobs will go" is a cut; "300 fans will go" is not
    if passive:
        f.kind = "change"  # "6,000 jobs would be cut", "120 posts cut", "300 staff were added"
        f.direction = "+" if passive.group(1) == "added" else "-"
    if f.kind == "change" and m.approx in LIMIT_QUALIFIERS and LIMIT_WORDS.search(sentence.text):
        f.kind, f.direction = "threshold", None  # "rules allow clubs to lose no more than £105m"
    if f.kind == "change" and RATE_AFTER.search(text[f.noun_end:f.noun_end + 40]) and not m.percent and prev not in ("by", "up", "down") \
            and not (m.currency and change_of):  # ("a rise of £1.05 an hour" moves a wage)
        # "sea levels rose 3.4mm a year": an amount per year; "raise output by 411,000 barrels per day" moves a rate
        f.kind, f.direction = "rate", None
    if f.kind == "total":
        nxt_words = _LOWER_WORD.findall(text[m.end:m.end + 30].lower())
        if (nxt_words and nxt_words[0] in THRESHOLD_NOUNS) or (len(nxt_words) > 1 and nxt_words[1] in THRESHOLD_NOUNS) \
                or (nxt_words[:1] in (["needed"], ["required"]) and "for" in nxt_words[1:3]) \
                or _THRESHOLD_OF.search(text, max(sentence.start, m.start - 25), m.start) \
                or may_end_with(text, max(sentence.start, m.start - 60), m.start, _LICENSED_TO_LAST) \
                and _LICENSED_TO.search(text, max(sentence.start, m.start - 60), m.start) \
                or may_end_with(text, max(sentence.start, m.start - 50), m.start, _CAPPED_AT_LAST) \
                and _CAPPED_AT.search(text, max(sentence.start, m.start - 50), m.start) \
                or (f.unit in _units()["time"] and _WITHIN.search(text, max(sentence.start, m.start - 20), m.start)) \
                or (text[max(0, m.start - 4):m.start].lower() == "the " and (
                    _AT_WHICH.match(text, max(m.end, f.noun_end), max(m.end, f.noun_end) + 50)
                    or _THAT_IS_NEEDED.match(text, max(m.end, f.noun_end), max(m.end, f.noun_end) + 50))) \
                or (f.unit in DISTANCE_UNITS and (_ZONE_AFTER.match(text, max(m.end, f.noun_end), max(m.end, f.noun_end) + 40)
                                                 or _WITHIN.search(text, max(sentence.start, m.start - 20), m.start)
                                                 or _ZONE_TO.search(text, max(sentence.start, m.start - 70), m.start))):
            f.kind = "threshold"
        elif (m.approx in LIMIT_QUALIFIERS or m.approx in ("more than", "less than", "under", "below")) \
                and (_states_a_rule(sentence.text) or _IF_BEFORE.search(text, max(sentence.start, m.start - 12), m.start)):
            # (a rule's bound; a condition's: "would ballot for action if more than 40 staff faced redundancy")
            f.kind = "threshold"
        elif RATE_AFTER.search(text[f.noun_end:f.noun_end + 40]) or RATE_AFTER.search(text[m.end:m.end + 40]) \
                or ((conv := _CONVERSION_AFTER.match(text, max(m.end, f.noun_end))) and RATE_AFTER.search(text[conv.end():conv.end() + 40])) \
                or (_holds(text, max(sentence.start, m.start - 30), m.start, "average")
                    and _AVERAGE_PER.search(text, max(sentence.start, m.start - 30), m.start)) \
                or _each_gets(text, max(sentence.start, m.start - 50), m.start) \
                or (text.startswith(("Each ", "Every "), sentence.start) and m.start - sentence.start <= 80
                    and _EACH_SUBJECT.match(text, sentence.start, m.start)) \
                or (_holds(text, f.noun_end, min(sentence.end, f.noun_end + 40), "each", "every")
                    and _ON_EACH.match(text, f.noun_end, min(sentence.end, f.noun_end + 40))) \
                or (m.currency and _AVERAGE_OF.search(text, max(sentence.start, m.start - 20), m.start)) \
                or (m.currency and _averaged_before(text, max(sentence.start, m.start - 80), m.start)) \
                or (_holds(text, f.noun_end, min(sentence.end, f.noun_end + 60), "day", "week", "month", "year", "ght")
                    and _RATE_IN_CLAUSE.match(text, f.noun_end, min(sentence.end, f.noun_end + 60))) \
                or (f.noun_end > m.end and _PER_TIME_ADJECTIVE.search(text, m.end, f.noun_end)) \
                or (m.currency and _PERIODIC_PAYMENT_OF.search(text, max(sentence.start, m.start - 50), m.start)) \
                or (not m.percent and _holds(text, max(sentence.start, m.start - 40), m.start, "rate", "pace")
                    and _TIMED_RATE_OF.search(text, max(sentence.start, m.start - 40), m.start)) \
                or (m.currency and (_ITEM_PRICE.search(text, max(sentence.start, m.start - 60), m.start) or (
                    _PRICE_VERB.search(text, max(sentence.start, m.start - 30), m.start)
                    and _FOR_AN_ITEM.match(text, max(m.end, f.noun_end))))):
            # "€750 per crew member", "the champions each receiving $3.8 million"; a price: "charging 150 shillings
            # ($1.16) for a 20-litre jerrycan", "a loaf now sells for 900 bolivars"
            f.kind = "rate"
            if may_end_with(text, max(sentence.start, m.start - 70), m.start, _LIMIT_IS_LAST) \
                    and _LIMIT_IS.search(text, max(sentence.start, m.start - 70), m.start):
                f.kind = "threshold"  # "its quota was set at 1.5 million barrels a day": a limit on a rate
            if m.currency and _ITEM_PRICE.search(text, max(sentence.start, m.start - 60), m.start):
                f.item_price = True  # "Weekend tickets cost £165 each": a price, no one's money
        elif m.percent and (_SHARE_SHOULD.match(text, max(m.end, f.noun_end)) or _AIMS_TO_HAVE.search(
                text, max(sentence.start, m.start - 30), m.start) or _LIMIT_FOR.search(text, max(sentence.start, m.start - 70), m.start)):
            f.kind = "threshold"  # "92% of patients should wait no more than 18 weeks", "aims to have 90% of them wait"
        elif m.percent and _commits_a_share_of_gdp(sentence.text) and prev not in ("from", "at", "was", "is", "currently"):
            f.kind = "threshold"  # "has committed to spending 2.5% of GDP on defence by 2027" (not "up from 2.3%")
        elif AIMED_AT.search(text, max(sentence.start, m.start - 60), m.start) or (
                _WILL_REACH.search(text, max(sentence.start, m.start - 40), m.start)
                and _BY_A_YEAR.match(text, max(m.end, f.noun_end), min(sentence.end, max(m.end, f.noun_end) + 40))) or (
                m.approx in ("more than", "at least", "over", "a minimum of", "no fewer than", "no less than")
                and NEEDS_A_BAR.search(text, max(sentence.start, m.start - 30), m.start)):
            f.kind = "threshold"  # "wants it to reach 80,000 by 2040", "needs more than 50% of valid votes to win"
        elif m.approx in ("up to", "a maximum of") and (_MAX_PENALTY.search(text, max(sentence.start, m.start - 30), m.start) or (
                m.percent and _PAYS_A_SHARE.search(text, max(sentence.start, m.start - 30), m.start) and _OF_AFTER.match(text, f.noun_end))
                or (_OFFERS_A_TERM.search(text, max(sentence.start, m.start - 30), m.start) and _PAY_AFTER.match(text, f.noun_end))):
            f.kind = "threshold"  # "fines of up to 10 million pesos", "will pay up to 40% of the rent", "offering up to
            # nine months' salary": the most a rule allows
        elif m.currency and (_ITEM_PRICE.search(text, max(sentence.start, m.start - 60), m.start) or (
                "scaled" not in m.flags and _PRICE_FOR.match(text, max(m.end, f.noun_end)))):
            # "general admission tickets cost €189", "a kilo of rice costs 65 taka", "£15 for adults": a price
            f.kind, f.item_price = "rate", True
        elif _IS_NEEDED.match(text, f.noun_end) \
                or may_end_with(text, max(sentence.start, m.start - 70), m.start, _LIMIT_IS_LAST) \
                and _LIMIT_IS.search(text, max(sentence.start, m.start - 70), m.start) \
                or may_end_with(text, max(sentence.start, m.start - 70), m.start, _LIMIT_TO_LAST) \
                and _LIMIT_TO.search(text, max(sentence.start, m.start - 70), m.start) \
                or (not m.currency and may_end_with(text, max(sentence.start, m.start - 40), m.start, _REQUIRES_LAST)
                    and _REQUIRES.search(text, max(sentence.start, m.start - 40), m.start)) \
                or _NEEDED_TO.match(text, f.noun_end) \
                or _bounds_a_class(text, m, sentence) \
                or (m.currency and _MINIMUM_WAGE.search(text, max(sentence.start, m.start - 80), m.start)):
            f.kind = "threshold"  # "at least 95% is needed to stop the virus", "the legal limit ... is C$1.3 million"


# a level named as the point where something starts: "above the 3% of people on board at which the agency
# publishes a notice"
_AT_WHICH = re.compile(r"(?:\s+[\w-]+){0,4}?\s+at\s+which\b")
_BOUND_AFTER_NOUN = frozenset(("over", "under", "above", "below"))  # "lorries over 7.5 tonnes"
_BOUND_AFTER_OF = frozenset(("fewer than", "less than", "under", "below", "over", "above"))  # "villages of fewer than 3,000"


def _bounds_a_class(text: str, m, sentence: Sentence) -> bool:
    """ "lorries over 7.5 tonnes", "villages of fewer than 3,000 residents", "firms with annual turnover
    of up to 500 million francs": the number bounds a class of things, a rule's threshold."""
    if m.approx not in _BOUND_AFTER_NOUN and m.approx not in _BOUND_AFTER_OF and m.approx != "up to":
        return False
    hit = _CLASS_BOUND.search(text, max(sentence.start, m.start - 40), m.start)
    if hit is None or hit.group().split()[0].lower().endswith("ss") or hit.group().split()[0].lower() in _VERB_S:
        return False
    words = hit.group().split()
    if len(words) == 1:
        return m.approx in _BOUND_AFTER_NOUN
    if words[1] == "with":
        return True  # "firms with annual turnover of up to 500 million francs"
    return m.approx in _BOUND_AFTER_OF


_VERB_S = frozenset("is was has does goes makes takes gives says rises falls grows gets costs wins loses needs "
                    "remains stays sits seems means brings".split())


@lru_cache(maxsize=256)
def _commits_a_share_of_gdp(sentence: str) -> bool:
    """A commitment to a share of GDP in the sentence (once a sentence)."""
    return GDP_TARGET.search(sentence) is not None


@lru_cache(maxsize=256)
def _states_a_rule(sentence: str) -> bool:
    """A rule's or target's words in the sentence, the qualifiers themselves aside (once a sentence)."""
    return bool(THRESHOLD_WORDS.search(re.sub(r"\b(?:at least|no more than|up to|more than|less than)\b", "", sentence, flags=re.I)))


def _is_verb_like(word: str) -> bool:
    return word.endswith(("ed", "ing", "s")) or word in ("scrap", "halve", "fallen", "risen", "grown", "grow", "shrunk", "withdrew", "lose", "shed", "axe", "slash", "reduce", "increase", "cut", "fell", "rose", "grew", "lost", "shed", "up", "down", "slid", "shrank", "shrunk", "add", "axe", "raise", "lift", "boost", "trim", "fall", "rise", "drop", "close", "shut", "climb", "jump", "surge", "soar",
                                                         "decline", "plunge", "slip", "dip", "expand", "shrink", "widen", "narrow", "improve", "shave")


# verbs whose "up" before a number is a particle: "make up 71% of", "took up nearly 68% of", "set up 450 camps"
_UP_AS_PARTICLE = frozenset(("make", "makes", "made", "making", "take", "takes", "took", "taking", "taken", "soak", "soaks",
                             "soaked", "soaking", "set", "sets", "setting", "pick", "picks", "picked", "picking",
                             "sign", "signs", "signed", "signing", "end", "ends", "ended", "ending", "snap", "snaps",
                             "snapped", "snapping", "round", "rounds", "rounded", "rounding"))  # "picked up 40 migrants"
# verbs whose "up" or "down" is a particle, not a move: "a fund set up by 40 donors", "shut down by 3 strikes"
_PARTICLE_VERBS = frozenset(("set", "backed", "made", "drawn", "taken", "broken", "shut", "signed", "picked", "turned",
                             "held", "pulled", "handed", "followed", "brought", "written", "voted", "called"))


def _verb_before_by(before_words: list[str], reach: int = 14) -> str | None:
    """ "boosting its forces ... by", "rose by", "cut by": the change verb within the clause."""
    if len(before_words) >= 2 and before_words[-2] in ("up", "down") and (
            len(before_words) < 3 or before_words[-3] not in _PARTICLE_VERBS):
        return "+" if before_words[-2] == "up" else "-"  # "up by 95,000", "have gone up by almost 40%", "down by 26%"
    for w in reversed(before_words[-reach:-1]):
        if w.startswith(UP_VERBS + ("rais",)) and w not in ("up", "upon") and _is_verb_like(w):  # "raised prices by 7%"
            return "+"
        if w.startswith(DOWN_VERBS) and w not in ("down",) and _is_verb_like(w):
            return "-"
    return None


def _casualty_context(m, f: Mention, text: str, sentence: Sentence) -> bool:
    before = text[max(sentence.start, m.start - 25):m.start]
    after = text[f.noun_end:min(sentence.end, f.noun_end + 70)]
    if CASUALTY.search(_BEFORE_CLAUSE.split(before)[-1]):
        return True  # "killing at least 12 people" (not "... were injured and 107 protesters were detained")
    if _INCLUDING.search(before) and CASUALTY.search(text, max(sentence.start, m.start - 80), m.start):
        return True  # "at least nine people were killed, including two children"
    if f.category == "personnel" and f.unit not in WORKFORCE_PLACES and _LOST_BEFORE.search(before):
        return True  # "Ukraine had lost up to 1,400 troops" (not "the sector has lost about 10,000 jobs": posts, not people)
    aside = _ASIDE.match(after)
    if aside:
        after = after[aside.end():]  # "Three people, all aged over 85, have died."
    shared = _AND_ANOTHER.match(after)
    if shared:
        after = after[shared.end():]  # "Eleven officers and at least seven protesters were treated": one verb for both
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]  # "Eleven officers and at least seven protesters were treated for injuries"
    hit = CASUALTY.search(clause)
    if hit and _NONE_OF.search(text, max(sentence.start, m.start - 40), m.start):
        return False  # "none of the 164 passengers and six crew were hurt": nobody counted was hurt
    # "tens of thousands of people could die": a warning, not a count of the dead
    return hit is not None and not HYPOTHETICAL.search(clause[: hit.end()])


_BEFORE_CLAUSE = re.compile(r",|\band\b|\bwhile\b|\bbut\b")
_INCLUDING = re.compile(r"\b(?:including|among\s+them|of\s+whom|among\s+whom)\s+(?:at\s+least\s+)?$", re.I)
_LOST_BEFORE = re.compile(r"\blost\s+(?:up\s+to\s+|at\s+least\s+|about\s+|some\s+|more\s+than\s+|nearly\s+)?$", re.I)
_ASIDE = re.compile(r",[^,.;]{1,40},")
# where a casualty's clause ends; an "and" right after the counted noun that opens another count shares its verb
_CLAUSE_END = re.compile(r"[,;:]|\band\b|\bbut\b", re.I)
_AND_ANOTHER = re.compile(r"\s+and\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?"
                          r"(?:[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\s+"
                          r"(?:[a-z]+\s+){0,2}?[a-z]+s\b", re.I)
_NONE_OF = re.compile(r"\b(?:[Nn]one|[Nn]o\s+one|[Nn]either)\s+of\s+(?:the|its|their)\b[^.;]*$")

