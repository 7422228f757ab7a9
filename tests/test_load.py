"""Loading and cleaning: what the kit reads as headline, outlet, byline, captions and body."""
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

import kit

ROOT = Path(__file__).parent.parent
ARTICLES = ROOT / "data" / "articles"


def gold_meta(stem: str) -> dict:
    return json.loads((ARTICLES / f"{stem}.gold.json").read_text(encoding="utf-8"))["meta"]


# ---------------------------------------------------------------------------------------------
# The seed: a paste from a news app (inkl) with the app's chrome above and below the story.

SEED_CHROME = ("Get all your news", "Sign up to read", "Related Stories", "Download the app",
               "Fourteen days free", "One app")
SEED_CREDITS = ["PA", "Getty Images", "SERGEY KOZLOV/EPA-EFE/REX/Shutterstock"]


@pytest.fixture(scope="module")
def seed(seed_path):
    return kit.load_article(seed_path)


def test_seed_metadata(seed):
    assert seed.title == "Russia 'sends 7,000 more troops to Ukraine border' despite 'false' withdrawal claims"
    assert seed.outlet == "Daily Mirror"
    assert seed.section == "World"
    assert seed.byline == ["Dan Bloom", "Tim Hanlon"]


def test_seed_captions_are_set_apart_with_their_credits(seed):
    assert [c.credit for c in seed.captions] == SEED_CREDITS
    assert seed.captions[0].text.startswith("Armed Forces minister James Heappey warned")
    for cap in seed.captions:
        assert cap.text not in seed.text
        assert f"({cap.credit})" not in seed.text


def test_seed_body_runs_from_first_to_last_paragraph(seed):
    assert seed.text.startswith("The UK and US have accused")
    assert seed.text.endswith("finally get this Government to act.”")


@pytest.mark.parametrize("chrome", SEED_CHROME)
def test_seed_body_holds_no_app_chrome(seed, chrome):
    assert chrome not in seed.text


def test_seed_body_is_the_story_paragraphs_in_order(seed, seed_path):
    blocks = seed_path.read_text(encoding="utf-8").split("\n\n")
    first = next(i for i, b in enumerate(blocks) if b.startswith("The UK and US have accused"))
    last = next(i for i, b in enumerate(blocks) if b.endswith("finally get this Government to act.”"))
    expected = [b for b in blocks[first:last + 1] if not any(b.endswith(f"({c})") for c in SEED_CREDITS)]
    assert seed.paragraphs == expected


def test_seed_paragraphs_are_joined_by_one_blank_line(seed):
    assert "\n\n".join(seed.paragraphs) == seed.text
    assert all(p and p == p.strip() and "\n" not in p for p in seed.paragraphs)
    assert "\n\n\n" not in seed.text


def test_article_id_is_sha256_of_body(seed):
    assert seed.id == hashlib.sha256(seed.text.encode("utf-8")).hexdigest()
    other = kit.Article.from_text("Police arrested 40 people in Leeds.")
    assert other.id == hashlib.sha256(b"Police arrested 40 people in Leeds.").hexdigest()
    assert other.id != seed.id


# ---------------------------------------------------------------------------------------------
# HTML pages: nav, scripts, cookie banner, sidebar and footer are not the article.

HTML_CASES = {
    "a03_budget_hospitals": {
        "file": "a03_budget_hospitals.html",
        "first": "Chancellor Martin Hale has set out £12bn of extra spending on hospitals in England over the next "
                 "three years, in a budget he said would \"fix the foundations\" of the public finances.",
        "caption": "Martin Hale holds up the budget box outside 11 Downing Street this morning",
        "credit": "Reuters",
        "not_body": [
            "dataLayer", "adSlots",                                       # script
            "We use cookies", "842 partners", "Accept all", "Manage preferences",  # cookie banner
            "Most read", "5 things to know about the budget",             # aside
            "State pension age could rise", "Why 1 in 4 renters",
            "Contact the newsdesk", "020 7946 0123", "All rights reserved",  # footer
            "querySelector", "consent.min.js",
        ],
        "nav": ["Home", "UK", "Politics", "Money", "Sport"],
    },
    "b02_nhs_waiting_list": {
        "file": "b02_nhs_waiting_list.html",
        "first": "There were 7.6 million people waiting for routine hospital treatment in England at the end of "
                 "September, up from 7.2 million in May, according to NHS England figures published yesterday.",
        "caption": "Nurses on an outpatient ward at St Luke's Hospital in Bradford last month",
        "credit": "Getty Images",
        "not_body": [
            "dataLayer", "articleId", "paywall",                          # script
            "143 partners", "personalise content", "Accept all",          # cookie banner
            "Autumn Statement 2023 live", "Leeds 9°C",                    # nav
            "Most read", "Rail fares in England to rise", "Storm leaves 60,000 homes",  # aside
            "Pensioner, 81", "Council tax bills could rise",
            "Contact the newsroom", "0113 496 0715", "Registered in England and Wales",  # footer
            "app.91bd3e.js",
        ],
        "nav": ["Home", "News", "Health", "Sport", "Terms", "Privacy", "Cookies"],
    },
}


@pytest.fixture(scope="module", params=sorted(HTML_CASES))
def html_case(request):
    case = HTML_CASES[request.param]
    return request.param, case, kit.load_article(ARTICLES / case["file"])


def test_html_title_and_outlet_match_gold(html_case):
    stem, _, article = html_case
    meta = gold_meta(stem)
    assert article.format == "html"
    assert article.title == meta["title"]
    assert article.outlet == meta["outlet"]


def test_html_body_starts_with_first_article_paragraph(html_case):
    _, case, article = html_case
    assert article.paragraphs[0] == case["first"]


def test_html_body_holds_no_page_furniture(html_case):
    _, case, article = html_case
    leaked = [s for s in case["not_body"] if s in article.text]
    assert leaked == []
    nav_paras = [p for p in article.paragraphs if p in case["nav"]]
    assert nav_paras == []


def test_html_figcaption_is_a_caption_not_body(html_case):
    _, case, article = html_case
    assert any(c.text == case["caption"] and c.credit == case["credit"] for c in article.captions)
    assert case["caption"] not in article.text
    assert case["credit"] not in article.text


# ---------------------------------------------------------------------------------------------
# Pastes from news apps with their own chrome.

APP_CASES = {
    "a02_manchester_rent_protest": [
        "Open in the NewsPort app", "Listen to this article", "Share this story", "Advertisement",
        "Follow us", "Trending now", "Heatwave warning: amber alert", "Rail fares to rise 3.5% from January",
        "Premier League 2025/26 fixtures", "Man, 81, completes 100th marathon", "© 2025 NewsPort Ltd",
        "Updated 14 June 2025",
    ],
    "b03_pacific_deployment": [
        "Pocket News", "Your daily briefing", "Read in app", "Save for later", "5 min read",
        "More from World", "Recommended for you", "Heatwave pushes Delhi", "3.5 tonnes of cocaine",
        "G7 leaders agree $50bn loan", "Get 30 days free", "Terms | Privacy",
    ],
}


@pytest.fixture(scope="module", params=sorted(APP_CASES))
def app_case(request):
    return request.param, kit.load_article(ARTICLES / f"{request.param}.txt")


def test_app_paste_title_and_byline_match_gold(app_case):
    stem, article = app_case
    meta = gold_meta(stem)
    assert article.title == meta["title"]
    assert article.byline == meta["byline"]
    assert article.outlet == meta["outlet"]


def test_app_paste_body_holds_no_app_chrome(app_case):
    stem, article = app_case
    leaked = [line for line in APP_CASES[stem] if line in article.text]
    assert leaked == []
    assert article.title not in article.text


# ---------------------------------------------------------------------------------------------
# Encodings.


def test_windows_1252_file_keeps_pound_and_curly_quotes():
    path = ARTICLES / "a04_halden_foods_jobs.txt"
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the file really is Windows-1252, not UTF-8
    article = kit.load_article(path)
    meta = gold_meta("a04_halden_foods_jobs")
    assert article.title == meta["title"]  # ‘painful but necessary’: curly single quotes
    assert "£85m" in article.text and "£120m" in article.text
    assert "“These are painful but necessary decisions." in article.text
    assert "16 weeks’ severance pay" in article.text
    assert "\ufffd" not in article.text


ENCODED_PASTE = """The Northern Courier
Halden Foods to cut 2,300 jobs in ‘painful but necessary’ overhaul
By Rebecca Thorne
Published 3 May 2023

Halden said the restructuring would cost £85m this year but save £120m a year from 2025, the company said.

Chief executive Julia Fenwick said: “These are painful but necessary decisions for all of us.”
"""
EXPECTED_BODY = (
    "Halden said the restructuring would cost £85m this year but save £120m a year from 2025, the company said."
    "\n\nChief executive Julia Fenwick said: “These are painful but necessary decisions for all of us.”"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_every_supported_encoding_gives_the_same_body(tmp_path, encoding):
    path = tmp_path / "paste.txt"
    data = ENCODED_PASTE.encode(encoding)
    if encoding == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")  # Python writes the BOM
    path.write_bytes(data)
    article = kit.load_article(path)
    assert article.text == EXPECTED_BODY
    assert article.title == "Halden Foods to cut 2,300 jobs in ‘painful but necessary’ overhaul"
    assert article.published == dt.date(2023, 5, 3)


def test_windows_line_endings_give_the_same_body(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(ENCODED_PASTE.replace("\n", "\r\n").encode("utf-8"))
    assert kit.load_article(path).text == EXPECTED_BODY


# ---------------------------------------------------------------------------------------------
# Text already in memory, and the metadata cues of a paste.


def test_one_sentence_is_all_body():
    article = kit.Article.from_text("Police arrested 40 people in Leeds.")
    assert article.title is None
    assert article.text == "Police arrested 40 people in Leeds."
    assert article.byline == []
    assert article.outlet is None


PASTE = """The Daily Planet
By Clara Jennings in London and Piotr Nowak in Brussels
Updated 14 June 2025, 09:12 BST

EU ministers agree new rules on migrant quotas after talks

European Union ministers agreed on Thursday to share out 30,000 asylum seekers among member states, officials said.

The deal was reached after twelve hours of talks in Brussels, diplomats said.
"""


def test_by_line_with_places_gives_two_names():
    article = kit.Article.from_text(PASTE)
    assert article.byline == ["Clara Jennings", "Piotr Nowak"]
    assert "Clara Jennings" not in article.text


def test_updated_line_gives_publication_day_and_is_not_body():
    article = kit.Article.from_text(PASTE)
    assert article.published == dt.date(2025, 6, 14)
    assert "Updated" not in article.text and "09:12" not in article.text
    assert article.title == "EU ministers agree new rules on migrant quotas after talks"
    assert article.text.startswith("European Union ministers agreed on Thursday")


def test_a_paper_edition_line_gives_the_day_and_a_quoted_headline_over_the_byline_is_the_title():
    article = kit.Article.from_text(
        "THE KILMORE CHRONICLE\n"
        "Ballina · Thursday, 12 June 2025 · €2.20\n\n"
        "NEWS\n\n"
        "Harbour traffic doubles in a decade – but fishermen say the quay is ‘bursting at the seams’\n\n"
        "By Aoife Ní Bhriain and Pádraig Ó Conaill\n\n"
        "About 1,400 boats used the harbour last year, the port company said in its annual report.\n\n"
        "The company said it would spend €3 million on a new pontoon before the end of the year."
    )
    assert article.published == dt.date(2025, 6, 12)
    assert article.title == "Harbour traffic doubles in a decade – but fishermen say the quay is ‘bursting at the seams’"
    assert article.byline == ["Aoife Ní Bhriain", "Pádraig Ó Conaill"]
    assert article.text.startswith("About 1,400 boats used the harbour")
    assert "Ballina" not in article.text and "€2.20" not in article.text


def test_a_quoted_first_paragraph_with_no_byline_under_it_stays_body():
    article = kit.Article.from_text(
        "Harbour traffic doubles in a decade\n\n"
        "Fishermen said the quay was now used by about 1,400 boats a year and was ‘bursting at the seams’\n\n"
        "The company said it would spend €3 million on a new pontoon before the end of the year."
    )
    assert article.title == "Harbour traffic doubles in a decade"
    assert article.text.startswith("Fishermen said the quay")


def test_wire_dateline_is_metadata_and_the_rest_of_the_line_is_body():
    article = kit.Article.from_text(
        "LONDON, March 3 (Newswire) - Officials said 200 people were evacuated from the area on Monday.\n\n"
        "A spokesman said the fire was under control by the evening, according to local officials."
    )
    assert article.text.startswith("Officials said 200 people were evacuated")
    assert "LONDON" not in article.text and "Newswire" not in article.text
    assert len(article.paragraphs) == 2


def test_a_wire_slug_line_is_no_dateline_and_the_headline_below_it_is_the_title():
    article = kit.Article.from_text(
        "MALAWI-FUEL/PROTESTS (UPDATE 2)\n"
        "Malawi raises petrol price 32%, police fire tear gas at protesters\n"
        "By Chikondi Phiri\n\n"
        "LILONGWE, Nov 14 (Lakeside Press Agency) - The energy regulator raised the price of petrol by 32% on Tuesday.\n\n"
        "Police said about 800 people had joined the march through the city centre on Tuesday afternoon."
    )
    assert article.title == "Malawi raises petrol price 32%, police fire tear gas at protesters"
    assert article.text.startswith("The energy regulator raised")
    assert "UPDATE" not in article.text and article.outlet == "Lakeside Press Agency"


def test_wire_dateline_alone_on_a_one_line_story():
    article = kit.Article.from_text("LONDON, March 3 (Newswire) - Officials said 200 people were evacuated.")
    assert article.text == "Officials said 200 people were evacuated."


def test_from_text_refuses_empty_text():
    with pytest.raises(kit.EmptyArticle):
        kit.Article.from_text("   \n\t ")


def test_load_article_takes_a_path_never_article_text():
    # a mistyped path must be an error, never read as the article's text
    with pytest.raises(kit.ArticleNotFound):
        kit.load_article("Police arrested 40 people in Leeds.")


def test_a_footer_strip_of_short_items_is_chrome_not_body():
    text = ("Farmers blocked the ring road with 400 tractors on Thursday, police said.\n\n"
            "Subscribe from £4.99 a month · Tel. 05 61 22 48 90 · 14 rue d’Alsace-Lorraine, 31000 Toulouse")
    article = kit.Article.from_text(text)
    assert "Subscribe" not in article.text
    assert [f["value"] for f in kit.extract(article).figures] == [400]


def test_links_set_in_the_body_or_listed_under_a_cue_are_chrome():
    text = ("Valmera will add 9,500 seats to its stadium, the club said on Tuesday after the council approved it.\n\n"
            "Related: Valmera's new No 9: five things to know about the striker\n\n"
            "The expansion is budgeted at €118 million and will be finished in two years, the club said.\n\n"
            "More from Football\n\nTransfer tracker: all 312 deals of the summer so far\n\n"
            "Quiz: Can you name the top 10 scorers of 2024-25?\n\n"
            "Download the Pitchside+ app, rated 4.8 by 20k fans")
    article = kit.Article.from_text(text)
    assert "Related" not in article.text and "Quiz" not in article.text and "Transfer tracker" not in article.text
    assert [f["value"] for f in kit.extract(article).figures] == [9500, 118_000_000]


def test_a_photo_credit_at_the_foot_of_a_paste_leaves_the_link_list_above_it_chrome():
    text = ("Engineers reconnected all but 62,000 households by Thursday morning, the company said.\n\n"
            "Comments (213)\n\nMost read\n1  Two arrested after jewellery raid\n"
            "2  Council confirms 3 library closures\n3  A30 reopens after 9-hour closure\n\n"
            "Photo: Peninsula Post / Kerris Lane\n\nDownload the Peninsula Post app\n© 2024 Peninsula Media Ltd")
    article = kit.Article.from_text(text)
    assert "arrested" not in article.text and "library" not in article.text
    assert [c.credit for c in article.captions] == ["Peninsula Post / Kerris Lane"]
    assert [f["value"] for f in kit.extract(article).figures] == [62000]


def test_a_numbered_list_under_a_cue_is_chrome_even_when_its_items_read_as_sentences():
    text = ("Police said 40 people were hurt when the stand collapsed on Saturday afternoon.\n\n"
            "Most read\n1. Zloty climbs to three-year high against the euro\n"
            "2. Tatra resort hotels 90% full for the Easter weekend\n"
            "3. Quiz: how well do you know the country's 16 provinces?")
    article = kit.Article.from_text(text)
    assert "Tatra" not in article.text and "provinces" not in article.text
    assert [f["value"] for f in kit.extract(article).figures] == [40]


def test_a_numbered_list_with_no_cue_above_it_stays_in_the_body():
    text = ("The council set out its plan on Monday. It has three parts, the leader said.\n\n"
            "1. Build 400 homes on the old depot site by the end of next year.\n\n"
            "2. Spend £12 million on the town's roads and its two bridges this year.")
    assert "400 homes" in kit.Article.from_text(text).text


APP_PASTE_WITH_PROSE_PROMOS = """9:41                                              87%
NewsStand
Search   Sign in
Try NewsStand Premium free for 30 days, then €6.99 a month. Cancel anytime.
Top stories   Europe   Health

The Alpine Courier
Health
Measles cases in Carinthia rise as officials urge parents to vaccinate
By Katrin Hofbauer
Thursday 14 March 2024, 07:45 CET
Share

The Austrian state of Carinthia has recorded 214 cases of measles since January, the health directorate said.

Thirty-seven patients have been treated in hospital, a spokeswoman said.

Share this article
We value your privacy
We and our 812 partners use cookies to personalise content and ads.
You have 2 free articles left this month. Subscribe for €1 for the first 3 months.
© 2024 NewsStand Media GmbH · Terms · Privacy
"""


def test_a_promo_written_as_prose_above_the_headline_leaves_the_head_to_the_byline():
    article = kit.Article.from_text(APP_PASTE_WITH_PROSE_PROMOS)
    assert article.title == "Measles cases in Carinthia rise as officials urge parents to vaccinate"
    assert (article.outlet, article.section, article.byline) == ("The Alpine Courier", "Health", ["Katrin Hofbauer"])
    assert article.published == dt.date(2024, 3, 14)
    assert article.text.startswith("The Austrian state of Carinthia")
    assert "9:41" in article.chrome[0] and "€6.99" not in article.text


def test_a_sign_up_call_to_the_reader_below_the_story_is_chrome_however_long():
    article = kit.Article.from_text(APP_PASTE_WITH_PROSE_PROMOS)
    assert article.text.endswith("a spokeswoman said.")
    assert sorted(f["value"] for f in kit.extract(article).figures) == [37, 214]


def test_a_last_paragraph_that_names_terms_or_cookies_is_no_sign_up_call():
    text = ("Ministers signed the contract for 18 jets on Monday, officials said.\n\n"
            "Parliament will debate the contract next week, when the opposition will demand the full terms of the deal.\n\n"
            "Share this article\n© 2025 Northern Ledger Media Ltd. All rights reserved.")
    assert kit.Article.from_text(text).text.endswith("full terms of the deal.")


def test_a_long_cookie_banner_at_the_foot_of_a_paste_is_chrome_and_so_is_the_list_above_it():
    text = ("Dock workers at the Kelso terminal walked out on Friday over a 9% pay offer, the union said.\n\n"
            "The operator said 14 ships were waiting offshore.\n\n"
            "MOST READ\n1   Rates held at 4.1% for a third month\n2   Five things to know about the 2 am curfew\n\n"
            "Subscribe for $2 a week for 6 months. Cancel anytime.\n\n"
            "We and our 311 partners store and access cookies on your device to measure audiences and show "
            "personalised ads and content. Manage preferences    Accept all")
    article = kit.Article.from_text(text)
    assert article.text.endswith("14 ships were waiting offshore.")
    assert sorted(f["value"] for f in kit.extract(article).figures) == [9, 14]
    # an article about cookies is no banner
    story = ("The regulator fined the retailer €2 million on Monday.\n\nIt had set advertising cookies before "
             "visitors could accept all of them or manage their preferences, the regulator said.")
    assert kit.Article.from_text(story).text.endswith("the regulator said.")


def test_html_section_label_and_headline_above_the_story_are_not_body(tmp_path):
    page = ("<html><head><title>Kestrel to cut 900 jobs as orders slow</title></head><body><article>"
            "<p>Technology</p><h1>Kestrel to cut 900 jobs as orders slow</h1>"
            "<p>Kestrel Systems will cut about 900 jobs after the software company reported its weakest quarterly "
            "sales growth in four years, it said on Wednesday.</p>"
            "<p>Kestrel said revenue rose 3% to $1.2 billion in the three months to September, below the $1.3 "
            "billion analysts had expected, and that it would close two offices in Dublin.</p>"
            "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = kit.load_article(path)
    assert article.paragraphs[0].startswith("Kestrel Systems will cut about 900 jobs")
    assert "Technology" not in article.text


def test_a_wire_tag_leaves_the_headline_and_an_accented_name_leaves_its_by():
    text = ("UPDATE 1-Andina Maritime profit jumps 48% as canal detours lift rates\n\n"
            "By Élodie Gagnon\n\n"
            "LIMA, Feb 27 (Wire) - Andina Maritime said on Tuesday its net profit rose 48% to $212 million.\n")
    article = kit.Article.from_text(text)
    assert article.title == "Andina Maritime profit jumps 48% as canal detours lift rates"
    assert article.byline == ["Élodie Gagnon"]


_STORY = ("Harbour workers at Tilbury walked out on Tuesday over a pay offer of 3%, halting about 40 ships, the union said.\n\n"
          "The port handles about 16 million tonnes of cargo a year, its operator said on Wednesday.\n")


@pytest.mark.parametrize("head,byline", [
    ("Tilbury dock strike halts 40 ships\n\nBy Fiona Reid, Transport Correspondent\n\n", ["Fiona Reid"]),
    ("Tilbury dock strike halts 40 ships\n\nBy Tom Hale, Local Democracy Reporting Service\n\n", ["Tom Hale"]),
    ("Tilbury dock strike halts 40 ships\n\nMikael Berg · Industry correspondent\n\n", ["Mikael Berg"]),
    ("Tilbury dock strike halts 40 ships\n\nMikael Berg, London\n\n", ["Mikael Berg"]),
    # the page's time printed after the last writer's name is no part of the name
    ("Tilbury dock strike halts 40 ships\n\nBy Fiona Reid, transport correspondent, and Tom Hale Thu 12 Mar 2026 "
     "06.30 GMT\n\n", ["Fiona Reid", "Tom Hale"]),
    ("Tilbury dock strike halts 40 ships\n\nBy Fiona Reid 12 March 2026\n\n", ["Fiona Reid"]),
    # an aggregator's "Story by" line with its reading time
    ("Tilbury dock strike halts 40 ships\nStory by Anna Lowe • 9h • 4 min read\n\n", ["Anna Lowe"]),
    # a name and its role after a comma, with no "By": the name, not a role line
    ("Tilbury dock strike halts 40 ships\n\nAnna Lowe, Transport Correspondent\n\n", ["Anna Lowe"]),
    # a section in capitals is no writer; the plain name under it is
    ("PORTS & SHIPPING\n\nTilbury dock strike halts 40 ships\n\nAnna Lowe\n\n", ["Anna Lowe"]),
])
def test_a_byline_keeps_the_names_and_drops_the_role_or_town(head, byline):
    assert kit.Article.from_text(head + _STORY).byline == byline


@pytest.mark.parametrize("head,outlet", [
    # an app's masthead among its buttons, set apart by wide spaces
    ("≡ Menu        HARBOUR HERALD        🔍   Sign in\nHome   UK   World   Business\n\n"
     "Tilbury dock strike halts 40 ships\n\n", "HARBOUR HERALD"),
    ("←  PortWatch                     Aa   ⋯\n\nTilbury dock strike halts 40 ships\n\n", "PortWatch"),
    # a breadcrumb is the section, not the outlet; a role under the byline is no outlet
    ("News › Essex › Transport\n\nTilbury dock strike halts 40 ships\n\nBy Anna Lowe\nTransport Correspondent\n\n", None),
    # a paper named with accents
    ("The Rhône Courier\n\nTilbury dock strike halts 40 ships\n\n", "The Rhône Courier"),
])
def test_the_outlet_is_the_masthead_not_a_breadcrumb_or_a_role(head, outlet):
    assert kit.Article.from_text(head + _STORY).outlet == outlet


@pytest.mark.parametrize("chrome", [
    "FTSE 100 8,214.3 ▲0.4% Brent 71.20 ▼1.1% GBP/USD 1.27 ▲0.1% Gold 2,410 ▲0.3% Bitcoin 61,200 ▼2.0%",
    "LIVE Budget statement: what it means for your pay",
    'We use cookies to improve your experience. Tap "Accept all" to agree or "Manage" to choose. Accept all | Manage',
])
def test_a_ticker_a_live_promo_or_a_cookie_banner_is_never_the_headline(chrome):
    article = kit.Article.from_text("Tilbury dock strike halts 40 ships\n\n" + chrome + "\n\n" + _STORY)
    assert article.title == "Tilbury dock strike halts 40 ships"


def test_a_wire_service_line_is_no_dateline():
    text = ("NORTH SEA NEWS AGENCY - BUSINESS SERVICE\n\nTilbury dock strike halts 40 ships\n\nBy Anna Lowe\n\n"
            "TILBURY, England, June 3 (NSNA) - " + _STORY)
    article = kit.Article.from_text(text)
    assert (article.title, article.byline) == ("Tilbury dock strike halts 40 ships", ["Anna Lowe"])
    assert article.outlet is not None and "NORTH SEA NEWS AGENCY" in article.outlet.upper()


def test_a_page_without_site_metadata_takes_its_outlet_from_the_title_and_every_writer_from_its_byline(tmp_path):
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<title>Tilbury dock strike halts 40 ships | Estuary Evening Post</title></head><body>"
            "<header><a class='logo' href='/'>Estuary Evening Post</a></header><article>"
            "<h1>Tilbury dock strike halts 40 ships</h1>"
            "<p class='byline'>By <span class='author'>Anna Lowe</span> and <span class='author'>Dev Patel</span></p>"
            "<p>Harbour workers at Tilbury walked out on Tuesday over a pay offer of 3%, halting about 40 ships, "
            "the union said.</p><p>The port handles about 16 million tonnes of cargo a year, its operator said on "
            "Wednesday, and employs some 1,200 dockers.</p></article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = kit.load_article(path)
    assert (article.outlet, article.byline) == ("Estuary Evening Post", ["Anna Lowe", "Dev Patel"])


@pytest.mark.parametrize("head,title", [
    # a headline with a figure over a longer standfirst that ends without a full stop
    ("Tilbury strike halts 40 ships as talks collapse\n\n"
     "Union leaders say members will stay out until the port operator returns to the table with a better offer\n\n",
     "Tilbury strike halts 40 ships as talks collapse"),
    # guard: a row of buttons with counts over the headline is no headline
    ("💬 87 ↗ Share 🔖 Save 🔊 Listen 3:58\n\nTilbury strike halts 40 ships as dockers walk out over a 3% pay offer\n\n",
     "Tilbury strike halts 40 ships as dockers walk out over a 3% pay offer"),
    # a headline of eight words or more, no figure in it, over a longer standfirst
    ("Thousands more flee into Chad as border camp passes twice its capacity\n\n"
     "Aid agencies warn shelters near Adré are overflowing after a week of heavy fighting in West Darfur\n\n",
     "Thousands more flee into Chad as border camp passes twice its capacity"),
    # guard: a navigation strip of eight words or more over the headline is no headline
    ("The Occitanie Post — English-language news from the south-west News › Region › Agriculture\n\n"
     "Tractors block Toulouse ring road as farmers’ anger over Mercosur deal boils over\n\n",
     "Tractors block Toulouse ring road as farmers’ anger over Mercosur deal boils over"),
])
def test_the_headline_over_its_standfirst_is_the_title(head, title):
    assert kit.Article.from_text(head + _STORY).title == title


def test_a_story_hard_wrapped_at_a_fixed_width_keeps_its_lede_and_headline():
    # lines broken at 78 characters, some opening with a capital or a number: each block is one paragraph,
    # so the lede is body (not a headline) and the one-line headline above it stays the title
    text = ("THE HARBOUR GAZETTE\nMonday, March 2, 2026\n\n"
            "Port board backs $90-million quay plan in 7-2 vote\n\nBy Lena Ortiz\n\n"
            "Westhaven port board has approved a $90-million plan to rebuild its oldest quay\n"
            "over five years, after a meeting that ran until 10:15 p.m. on Friday and ended\n"
            "in a 7-2 vote.\n\n"
            "The quay handles about 1,200 ships a year, the board said. Chair Maria Lund\n"
            "Hansen said work would start in June.\n")
    article = kit.Article.from_text(text)
    assert article.title == "Port board backs $90-million quay plan in 7-2 vote"
    assert article.paragraphs[0].startswith("Westhaven port board has approved a $90-million plan")
    assert "Chair Maria Lund Hansen said" in article.paragraphs[1]


def test_a_long_headline_right_over_its_by_line_is_no_wrapped_paragraph():
    # a headline as wide as a wrapped line, with "By ..." on the next line and no blank line between: two lines
    text = ("Cyclone Tevita destroys homes across eastern Fiji and Tonga; at least six dead\nBy Losana Vakaloloma\n\n"
            "SUVA, Feb 17 (Oceania Press) - Cyclone Tevita destroyed more than 1,200 homes in Fiji, officials said.\n")
    article = kit.Article.from_text(text)
    assert (article.title, article.byline) == (
        "Cyclone Tevita destroys homes across eastern Fiji and Tonga; at least six dead", ["Losana Vakaloloma"])


def test_a_standfirst_of_two_clauses_under_the_headline_is_not_the_headline():
    # the longer line under the headline joins two clauses with a semicolon: a standfirst
    text = ("EUROPE › MARITIME\n\nHundreds evacuated as fire sweeps through Baltic passenger ferry\n\n"
            "Two injured crew members airlifted to hospital; operator says all 412 people on board accounted for\n\n"
            "By Katrin Lindqvist\n\n"
            "A fire swept through a passenger ferry in the Baltic Sea on Sunday night, the operator said.\n")
    assert kit.Article.from_text(text).title == "Hundreds evacuated as fire sweeps through Baltic passenger ferry"


def test_a_headline_with_a_semicolon_stays_the_headline():
    # guard: a headline of two clauses with no line above it
    text = ("Cyclone Tevita destroys homes across eastern Fiji and Tonga; at least six dead\n\nBy Losana Vakaloloma\n\n"
            "Cyclone Tevita destroyed more than 1,200 homes in Fiji, officials said on Tuesday.\n")
    assert kit.Article.from_text(text).title.startswith("Cyclone Tevita destroys homes")


def test_writers_named_with_their_towns_beat_a_menu_of_capitalised_words():
    # no "By" line: "Lucía Barrera in Panama City and Henrik Dahl in Copenhagen" are the writers, not the
    # section menu above the headline
    text = ("≡ Menu\nFinancial Courier\nMarkets   Companies   Shipping & Trade   Opinion   Podcasts\n\n"
            "Drought strands 160 vessels at Panama Canal as crossings are cut\n\n"
            "Lucía Barrera in Panama City and Henrik Dahl in Copenhagen\n"
            "Published 19 Aug 2026, 05:40 BST · 6 min read\n\n"
            "About 160 ships were waiting to cross the Panama Canal on Monday, the canal authority said.\n")
    assert kit.Article.from_text(text).byline == ["Lucía Barrera", "Henrik Dahl"]



def test_a_menu_line_is_neither_the_outlet_nor_the_headline():
    # a site's menu, set apart by bars or made of section names, is chrome: the outlet is the name above it and
    # the headline the line under it, however long the menu is
    text = ("Yorkshire Courier\nNews   Sport   Business   Opinion   Life\n\n"
            "Home | Football | Premier League | Championship | League One | Transfers | Women's | Live scores | Tables\n\n"
            "Castlebridge City lose £31.4m as wage bill overtakes revenue\n\n"
            "By Tom Reddish, football finance correspondent | Friday 27 March 2026, 07:00 GMT | Updated 11:42 GMT\n\n"
            "Castlebridge City made a pre-tax loss of £31.4m in the 2024-25 season, the club's accounts show.\n")
    article = kit.Article.from_text(text)
    assert article.outlet == "Yorkshire Courier"
    assert article.title == "Castlebridge City lose £31.4m as wage bill overtakes revenue"
    assert article.byline == ["Tom Reddish"]


def test_a_byline_drops_the_outlet_printed_after_the_last_name():
    # "By Tom Whitcombe & Priya Nair UKBN News": two writers; guard: "By Anna Lowe" stays whole
    assert kit.Article.from_text("Floods force thousands from homes\n\nBy Tom Whitcombe & Priya Nair UKBN News\n\n"
                                 + _STORY).byline == ["Tom Whitcombe", "Priya Nair"]
    assert kit.Article.from_text("Floods force thousands from homes\n\nBy Anna Lowe\n\n" + _STORY).byline == ["Anna Lowe"]


def test_a_long_copyright_line_ends_the_page_and_the_banner_and_links_above_it_go_too():
    # the foot of a pasted page: a "Trending" list, a cookie banner and a copyright line longer than a
    # cue line may be ("© 2026 ... registered in England No. ... Newsdesk: ..."); none of their numbers is
    # a figure of the story. Guard: a last paragraph about copyright that is the story's stays.
    story = ("Council tax bills in Eastmoor will rise by 4.99% from April, the council said on Monday.\n\n"
             "The council will vote on the budget on Wednesday evening at the town hall.\n\n")
    foot = ("Share this\nFacebook | X | WhatsApp | Email\n\nTrending\n"
            "1. Woman, 34, hurt in A61 crash\n2. New £4m skatepark plans approved\n3. Bins changed for 12,000 homes\n\n"
            "We and our 142 partners use cookies to personalise content and ads. Accept all | Manage preferences\n\n"
            "© 2026 Eastmoor Live. Part of Northgate Media Ltd, registered in England No. 04839211. "
            "Newsdesk: 01632 960 418\n")
    article = kit.Article.from_text("Council tax to rise 4.99% in Eastmoor\n\n" + story + foot)
    assert article.text.endswith("at the town hall.")
    assert [f["value"] for f in kit.extract(article).figures] == [4.99]
    kept = "Copyright claims against the site rose to 40 last year, up from 25 the year before, the council said.\n"
    assert kit.Article.from_text("Council tax to rise\n\n" + story + kept).text.endswith("the council said.")


def test_a_popular_now_list_at_a_pages_foot_is_chrome():
    # "Popular now" heads a list of other stories like "Most read": its numbered headlines are no figures of the
    # story. Guard: a paragraph about what is popular stays.
    story = ("Kingsmoor City lost £38m before tax last season, the club's accounts show.\n\n"
             "The club sold 24,000 season tickets, chief executive Anna Ward said.\n\n")
    foot = 'Popular now\n1. Ward: "We will spend £50m in January"\n2. Top 10 stadiums by capacity\n'
    article = kit.Article.from_text("Kingsmoor City post £38m loss\n\n" + story + foot)
    assert article.text.endswith("Anna Ward said.")
    kept = "Walking football is popular now in the town, with 300 players in 20 teams, the club said.\n"
    assert kit.Article.from_text("Kingsmoor City post £38m loss\n\n" + story + kept).text.endswith("the club said.")


@pytest.mark.parametrize("outlet,expected", [
    ("MANILA, Aug 29 (Reuters)", "Reuters"),
    ("Follow The Wessex Chronicle +", "The Wessex Chronicle"),
    ("HEALTH · From The Lakeshore Ledger", "The Lakeshore Ledger"),
    ("The Paris Dispatch – Business", "The Paris Dispatch"),
    ("Education | The Northern Ledger", "The Northern Ledger"),
    ("≡ Menu MERIDIAN NEWS 🔍 🔔", "MERIDIAN NEWS"),
    ("‹ World NORDIC POST Aa ⋯", "NORDIC POST"),
    ("Asia Wire Service", "Asia Wire Service"),  # a name that opens with a section's word keeps it
    ("The Lakeshore Ledger", "The Lakeshore Ledger"),
])
def test_the_outlet_is_named_as_a_reader_names_it(outlet, expected):
    # the line the head gives the outlet on carries a dateline, a section, a follow button or an app's icons:
    # a journalist's table names the publication alone
    from kit.clean import tidy_head

    article = kit.Article(text="Police said 40 people were hurt.", outlet=outlet, byline=["Ann Lee", expected])
    tidy_head(article)
    assert (article.outlet, article.byline) == (expected, ["Ann Lee"])


def test_a_writers_name_and_role_under_a_standfirst_are_the_byline():
    # a pasted page whose standfirst comes before "Tom Harrington" / "News reporter @handle": the writer is the
    # byline, not two lines of the story. Guard: a one-line paragraph naming a person in the story stays body.
    head = "Sky News\nLive\n\nTens of thousands march through London\n\n"
    stand = "Police and organisers disagree sharply over the size of the crowd.\n\n"
    story = "Police said 40,000 people marched.\n\nOrganisers said 100,000 took part.\n"
    article = kit.Article.from_text(head + stand + "Tom Harrington\nNews reporter @tomharringtonsky\n\n" + story)
    assert article.byline == ["Tom Harrington"] and "Harrington" not in article.text
    article = kit.Article.from_text(head + stand + "Police said 40,000 people marched.\n\nTom Harrington\n\n"
                                    "Organisers said 100,000 took part.\n")
    assert "Tom Harrington" in article.text


MARKDOWN_PAGE = """[Home](https://www.northgazette.co.uk/) > [News](https://www.northgazette.co.uk/news)

# Council to close 14 libraries as £23m budget gap widens

*By Priya Sharma, Local Democracy Reporter*

**Published: 12 March 2026**

![Library](https://img.northgazette.co.uk/lib.jpg)
*The Central Library in Leeds. Photo: Northgazette*

Leeds City Council will close 14 of its 38 libraries by next April, cutting **120 jobs**, the
[council](https://www.leeds.gov.uk) said on Tuesday.

Unison said as many as 200 staff could be affected.

---
Share this article: [Facebook](https://facebook.com) | [Twitter](https://twitter.com)

© 2026 North Gazette Ltd. All rights reserved.
"""


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
def test_a_markdown_page_reads_as_its_text(tmp_path, name):
    # an article saved or copied as Markdown (a reader-mode export, a scraper's output), named .md or not: the
    # headline without its "#", the byline without its stars, links as their words, no image addresses, and
    # the outlet its copyright line names when no masthead stands above the story
    path = tmp_path / name
    path.write_text(MARKDOWN_PAGE, encoding="utf-8")
    a = kit.load_article(path)
    assert (a.title, a.byline, a.outlet) == ("Council to close 14 libraries as £23m budget gap widens", ["Priya Sharma"],
                                           "North Gazette")
    assert a.paragraphs[0] == ("Leeds City Council will close 14 of its 38 libraries by next April, cutting 120 jobs, the "
                               "council said on Tuesday.")  # (a line wrapped inside a paragraph joins, as in a paste)
    assert not any(s in a.text for s in ("](", "**", "https://", "#"))
    x = kit.extract(a, published="2026-03-12")
    assert [f["quote"] for f in x.figures][:2] == ["14 of its 38 libraries", "38 libraries"]


def test_a_text_file_with_a_stray_hash_or_one_link_stays_text(tmp_path):
    # a wire story or paste is no Markdown for a "#" or a bracket in it: read as pasted (a hashtag, a footnote)
    text = ("LONDON, March 3 (Newswire) - Police arrested 40 people, a spokesman said. #protest\n\n"
            "More at [1] and (see https://example.org).\n")
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    from kit.load import read_source
    assert read_source(path).format == "text"


def _saved_as_one_file(html: str) -> bytes:
    """A page as a browser saves it "as a single file" (.mht): MIME parts, the page's HTML quoted-printable."""
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    import email.charset

    page = MIMEMultipart("related")
    page["From"] = "<Saved by Blink>"
    page["Snapshot-Content-Location"] = "https://www.example-gazette.co.uk/news/libraries"
    page["Subject"] = "Council to close 14 libraries"
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP
    page.attach(MIMEText(html, "html", cs))
    page.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\0" * 32, "png"))
    return page.as_bytes()


@pytest.mark.parametrize("name", ["page.mht", "page.mhtml", "page.eml", "page.txt"])
def test_a_page_saved_as_one_file_reads_as_the_page(tmp_path, name):
    # "Save as: Webpage, single file" (.mht) or an e-mailed story: the HTML part is read as the HTML page would be,
    # whatever the file's name; the picture beside it is no text
    html = ("<html><head><title>Council to close 14 libraries | Example Gazette</title>"
            "<meta property='og:site_name' content='Example Gazette'></head><body><article>"
            "<h1>Council to close 14 libraries</h1><p>Leeds City Council will close 14 of its 38 libraries by next "
            "April, cutting 120 jobs, the council said on Tuesday.</p><p>Unison said as many as 200 staff could be "
            "affected, and that the cuts were “the deepest in a generation”.</p></article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (tmp_path / name).write_bytes(_saved_as_one_file(html))
    saved, page = kit.load_article(tmp_path / name), kit.load_article(tmp_path / "page.html")
    assert (saved.title, saved.outlet, saved.text) == (page.title, page.outlet, page.text)
    assert "14 of its 38 libraries" in saved.text and "“the deepest in a generation”" in saved.text


def test_a_paste_that_opens_with_a_date_line_is_no_saved_page(tmp_path):
    # "Date: 12 March 2026" over a pasted story is the story's date line, not a MIME header: read as a paste
    path = tmp_path / "paste.txt"
    path.write_text("Date: 12 March 2026\nFrom: the newsdesk\n\nPolice said 40 people were arrested in Leeds.\n")
    from kit.load import read_source
    assert read_source(path).format == "text"
    assert "Police said 40 people" in kit.load_article(path).text


NEWS_ARTICLE_JSON = {
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Council to close 14 libraries as budget gap widens", "datePublished": "2026-03-12T09:30:00Z",
    "author": [{"@type": "Person", "name": "Priya Sharma"}], "publisher": {"@type": "Organization", "name": "North Gazette"},
    "articleBody": ("Leeds City Council will close 14 of its 38 libraries by next April, cutting 120 jobs, the council "
                    "said on Tuesday.\n\nUnison said as many as 200 staff could be affected."),
}


@pytest.mark.parametrize("wrap", ["alone", "in an API's list", "as .txt"])
def test_a_story_stored_as_json_reads_with_its_headline_writers_outlet_and_date(tmp_path, wrap):
    # a schema.org NewsArticle (a page's JSON-LD saved alone) or a news API's item: its parts by their keys
    data = NEWS_ARTICLE_JSON if wrap != "in an API's list" else {"status": "ok", "articles": [
        {"title": NEWS_ARTICLE_JSON["headline"], "source": {"id": None, "name": "North Gazette"},
         "author": "Priya Sharma", "publishedAt": "2026-03-12T09:30:00Z", "content": NEWS_ARTICLE_JSON["articleBody"]}]}
    path = tmp_path / ("story.txt" if wrap == "as .txt" else "story.json")
    path.write_text(json.dumps(data), encoding="utf-8")
    a = kit.load_article(path)
    assert (a.title, a.outlet, a.byline, str(a.published)) == (
        "Council to close 14 libraries as budget gap widens", "North Gazette", ["Priya Sharma"], "2026-03-12")
    assert a.paragraphs == [NEWS_ARTICLE_JSON["articleBody"].split("\n\n")[0], "Unison said as many as 200 staff could be affected."]


@pytest.mark.parametrize("text", ['{"status": "ok", "count": 0}', "{not json at all", "[" * 5000 + "]" * 5000])
def test_a_json_file_without_a_story_gets_the_one_line_error(tmp_path, run_kit, text):
    path = tmp_path / "feed.json"
    path.write_text(text)
    result = run_kit("extract", path)
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


ROOT = Path(__file__).resolve().parents[1]


def test_a_page_printed_to_pdf_reads_as_the_page():
    # a story a journalist printed to PDF from the browser: the same headline (the first page's largest type),
    # outlet, writer, date and figures as the HTML page, without the date, address and "1/2" the printing added
    printed = kit.load_article(ROOT / "data/formats/blind44_p01_printed.pdf")
    page = kit.load_article(ROOT / "data/blind44/p01.html")
    assert (printed.title, printed.outlet, printed.byline) == (page.title, page.outlet, page.byline)
    assert not any(s in printed.text for s in ("file://", "1/2", "Accept all", "FTSE 100"))
    quotes = [f["quote"] for f in kit.extract(printed, published="2026-04-23").figures]
    assert quotes == [f["quote"] for f in kit.extract(page, published="2026-04-23").figures]


def test_a_pdf_without_text_or_unreadable_gets_the_one_line_error(tmp_path, run_kit):
    # a scan (pages with no text) or a broken file: one line saying what to do instead
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with open(tmp_path / "scan.pdf", "wb") as fh:
        writer.write(fh)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 1000)
    for name in ("scan.pdf", "broken.pdf"):
        result = run_kit("extract", tmp_path / name)
        assert result.exit_code == 1 and result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
        assert "PDF" in result.stderr and "Traceback" not in result.output


def test_a_table_pasted_as_lines_is_set_apart_as_a_pages_table_is():
    # a results table copied with the story (its cells repeat or sum up the story's figures, as an HTML page's
    # table, which the kit leaves out): set apart, header row too. Guard: a key point's bullet with two numbers,
    # and a fact box's "Label: value" row, stay in the story.
    text = ("Ostvale votes\n\nBy Liisa Koren\n\n"
            "The Progressive Alliance won 47 of the 87 seats, up 12, the commission said on Friday.\n\n"
            "Party Seats Change Votes\n\nProgressive Alliance 47 +12 742,118\n\nNational Union 28 -9 581,277\n\n"
            "Green Left 8 -1 239,889\n\n"
            "• Turnout 63.8%, up from 61.2%\n\nSpoilt ballots: 14,215 against 9,870\n\n"
            "The commission said it had counted 212,450 postal votes.")
    a = kit.Article.from_text(text)
    assert "742,118" not in a.text and "Party Seats Change Votes" not in a.text
    assert "Progressive Alliance 47 +12 742,118" in a.chrome
    assert "• Turnout 63.8%, up from 61.2%" in a.text and "Spoilt ballots: 14,215 against 9,870" in a.text
    assert [f["quote"] for f in kit.extract(a).figures][:2] == ["47 of the 87 seats", "87 seats"]


def test_a_newsletters_pitch_over_its_sign_up_box_is_no_story():
    # "Get our 7am briefing in your inbox, free, every weekday." over "Enter your email  Subscribe": the page's
    # promo. Guard: a story's last paragraph over a paywall's "Sign up to read this article" stays.
    story = "Police said 40 people were arrested in Leeds on Monday night after the match, and 12 were charged.\n\n"
    a = kit.Article.from_text("Forty held after match\n\nBy Ana Berg\n\n" + story +
                              "The club said it would ban those charged.\n\nSign up to The Morning Tide\n\n"
                              "Get our 7am briefing in your inbox, free, every weekday.\n\nEnter your email   Subscribe")
    assert a.text.endswith("The club said it would ban those charged.")
    a = kit.Article.from_text("Forty held after match\n\nBy Ana Berg\n\n" + story +
                              "“It shouldn't have taken 40 arrests to act,” the club said.\n\nSign up to read this article\n\n"
                              "Already a member? Sign in here")
    assert a.text.endswith("“It shouldn't have taken 40 arrests to act,” the club said.")


def test_a_printed_lists_doubled_numbers_are_read_as_one():
    # a browser prints an ordered list's own number before the page's ("1. 1. Vancouver council ..."): one number
    from kit.pdf import _LIST_NUMBER_TWICE

    assert _LIST_NUMBER_TWICE.sub(r"\1 ", "1. 1. Vancouver council approves 3,400-unit tower") == (
        "1 Vancouver council approves 3,400-unit tower")
    assert _LIST_NUMBER_TWICE.sub(r"\1 ", "2. 2 Tram line 3 to close") == "2 Tram line 3 to close"
    assert _LIST_NUMBER_TWICE.sub(r"\1 ", "3. 40 people were hurt") == "3. 40 people were hurt"


def test_a_saved_paywalled_page_reads_the_hidden_rest_of_the_story_without_the_paywall_box(tmp_path):
    # a paywalled page saved while its story's rest sits hidden in the HTML: the box ("Subscribe to read the
    # rest", "£1 for 4 weeks") is page furniture, the hidden paragraphs are the story. Guard: other hidden parts
    # of the page (a hidden "related" list) stay out.
    html = ("<html><head><title>Brightwater profit slides 31% | The Sterling Review</title></head><body><article>"
            "<h1>Brightwater profit slides 31%</h1><div class='article__body'>"
            "<p>Brightwater Energy reported a 31 per cent fall in annual pre-tax profit to £412mn on Tuesday, the "
            "company said in a statement to the stock exchange.</p>"
            "<div class='paywall' id='barrier'><h2>Subscribe to read the rest</h2><p>Try unlimited access: £1 for 4 "
            "weeks, then £69 per month.</p></div>"
            "<div class='paywalled-content' style='display:none' aria-hidden='true'><p>Chief executive Priya "
            "Ramaswamy said the group would invest £1.5bn in heat pumps over the next five years.</p></div>"
            "<div class='related' style='display:none'><p>Rival supplier cuts 600 jobs as losses mount at "
            "its retail arm this year.</p></div></div></article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    a = kit.load_article(path)
    assert "invest £1.5bn in heat pumps" in a.text
    assert "£1 for 4 weeks" not in a.text and "600 jobs" not in a.text


def test_a_page_without_a_declared_charset_keeps_its_accents_in_captions_and_bylines(tmp_path):
    # a saved page with no <meta charset>: the caption and byline the kit reads from the page's tree keep
    # "é" and "£" as the body does (they were read as Latin-1: "CafÃ©")
    html = ("<html><head><title>Café prices rise | The Ledger</title></head><body><article><h1>Café prices rise</h1>"
            "<figure><img src='x.jpg'><figcaption>A café in Zürich, where a coffee costs £5 (Photo: Anaïs Roux)"
            "</figcaption></figure><p>Coffee prices in Zürich rose 12% last year to about £5 a cup, the café owners' "
            "association said on Monday.</p></article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("utf-8"))
    a = kit.load_article(path)
    assert [c.text for c in a.captions] == ["A café in Zürich, where a coffee costs £5"]


def test_a_broadcasters_head_of_widgets_and_labelled_captions():
    # a broadcaster's page pasted whole: the channel's "Now: ... Next: ..." strip and a weather widget ("9°C Light
    # rain H 11° L 6°") are no headline, "Image source, Reuters" is furniture and "Image caption, ..." a caption.
    # Guard: a headline with a temperature in it stays the headline.
    text = ("Meridian News\nHartsmoor 9°C Light rain H 11° L 6° Wind 18mph\n"
            "Now: The Briefing with Tom Adair   Next: 18:00 Evening Bulletin\n\n"
            "Lisbon metro shut for second day as strike over pay deepens\n\n19 May 2026, 11:42 BST\n\n"
            "Image source, Reuters\nImage caption, Passengers wait outside Marquês de Pombal station on Tuesday\n\n"
            "Lisbon's underground network was shut for a second day on Tuesday as about 1,400 workers walked out "
            "over pay, the operator said.")
    a = kit.Article.from_text(text)
    assert a.title == "Lisbon metro shut for second day as strike over pay deepens"
    assert [c.text for c in a.captions] == ["Passengers wait outside Marquês de Pombal station on Tuesday"]
    assert "Reuters" not in a.text and "Light rain" not in a.text
    hot = kit.Article.from_text("Seville swelters as temperatures hit 44°C in record heat\n\nBy Ana Berg\n\n"
                                "Temperatures in Seville reached 44°C on Monday, the weather service said, and 12 "
                                "people were treated for heatstroke.")
    assert hot.title == "Seville swelters as temperatures hit 44°C in record heat"


def test_a_live_blogs_writers_by_their_shift_are_its_byline():
    # "Rhona McAllister (now) and Euan Stroud (earlier)": two writers, their shifts noted
    text = ("Storm Ilse live: tens of thousands without power as ferries halted\n\n"
            "Rhona McAllister (now) and Euan Stroud (earlier)\n\nWed 9 Sep 2026 16.11 BST\n\n"
            "Police Scotland said officers had attended at least 35 incidents of fallen trees since midnight.")
    assert kit.Article.from_text(text).byline == ["Rhona McAllister", "Euan Stroud"]


def test_a_markdown_files_front_matter_gives_its_headline_writers_outlet_and_date(tmp_path):
    # a read-later tool's front matter ("---" / "title: ..." / "---"): the story's own record of itself, over the
    # page's lines (its url's numbers are no figures)
    text = ("---\ntitle: \"Maharashtra orders 1,200 electric buses\"\nurl: https://www.example.in/buses-28841.html\n"
            "date: 2026-11-20\nauthors:\n  - Aditi Kulkarni\nsite: The Konkan Courier\ntags: [transport]\n---\n\n"
            "[Home](https://www.example.in/) › [Business](https://www.example.in/business)\n\n"
            "# Maharashtra orders 1,200 electric buses\n\n"
            "The state transport corporation has ordered 1,200 electric buses in a deal worth about 18 billion "
            "rupees, officials said on Thursday.\n")
    path = tmp_path / "saved.md"
    path.write_text(text, encoding="utf-8")
    a = kit.load_article(path)
    assert (a.title, a.outlet, a.byline, str(a.published)) == (
        "Maharashtra orders 1,200 electric buses", "The Konkan Courier", ["Aditi Kulkarni"], "2026-11-20")
    assert [f["quote"] for f in kit.extract(a).figures] == ["1,200 electric buses", "about 18 billion rupees"]


def test_a_footers_list_of_the_groups_titles_is_page_furniture():
    # "Our network" / "Alderbury Echo | Brackley Vale News | ... | Thornaby Citizen" under a local story: the
    # group's other titles, and the headlines and job counts above them, are no story
    text = ("Council could close three libraries\n\nBy Leah Mortimer\n\n"
            "Hartsmoor council could close three of its 11 libraries to plug a £4.8m budget gap, its leader said.\n\n"
            "1. Live: A614 closed both ways after three-car crash\n\n2. Hartsmoor's 10 best chippies, as voted by you\n\n"
            "View all 312 jobs\n\nOur network\n\n" + " | ".join(
                ["Alderbury Echo", "Brackley Vale News", "Castleford Mercury", "Denholm Gazette", "Eastwick Star",
                 "Fallowfield Post", "Garston Times", "Holbeck Journal", "Ilkeston Herald", "Jarrow Observer"]))
    a = kit.Article.from_text(text)
    assert a.text == "Hartsmoor council could close three of its 11 libraries to plug a £4.8m budget gap, its leader said."


def test_a_wire_pages_menu_and_the_writers_bio_at_its_foot_are_no_story():
    # a wire service's page pasted whole: a menu item that ends in a point ("U.S.") is no standfirst, and the
    # writer's name again at the foot over a line of biography ("ROB GILLIES" / "Gillies covers Canada for ...")
    # is the page's. Guard: the story's own last line ("... contributed to this report.") stays.
    text = ("AP\nMenu\nWorld\nU.S.\nPolitics\n\nWildfire forces 12,000 to flee as winds push flames toward town\n\n"
            "BY ROB GILLIES\nUpdated 4:12 PM EDT, August 18, 2026\n\n"
            "TORONTO (AP) — About 12,000 people were ordered to leave their homes in British Columbia on Tuesday, "
            "officials said.\n\nAssociated Press writer Jim Morris in Vancouver contributed to this report.\n\n"
            "ROB GILLIES\nGillies covers Canada for The Associated Press.\ntwitter mailto")
    a = kit.Article.from_text(text)
    assert a.paragraphs == ["About 12,000 people were ordered to leave their homes in British Columbia on Tuesday, "
                            "officials said.", "Associated Press writer Jim Morris in Vancouver contributed to this report."]


def test_a_wire_services_web_page_pasted_whole():
    # its date line with a zone and an offset
    # ("August 14, 2026 3:18 PM GMT+1"), a gallery caption with an unbracketed agency credit ("Item 1 of 2 ...
    # REUTERS/Ivan Alvarado/File Photo", its licensing button), and its credits line under the story ("Reporting by
    # ...; Editing by ...") set apart. Guard: the story's last sentence stays.
    text = ("World\nBusiness\nMy News\nSign In\nRegister\n\n"
            "Copper hits two-year high as Chilean mine strike drags on\nBy Maria Lopez and Fabian Cambero\n"
            "August 14, 2026 3:18 PM GMT+1\n\n"
            "Item 1 of 2 Workers stand outside the Escondida mine in northern Chile, June 3, 2026. REUTERS/Ivan "
            "Alvarado/File Photo Purchase Licensing Rights, opens new tab\n\n"
            "SANTIAGO, Aug 14 (Reuters) - Copper prices rose 2.3% to $10,450 a ton on Thursday, traders said.\n\n"
            "Union leader Patricio Soto said talks had stalled over a bonus of 25 million pesos per worker.\n\n"
            "Reporting by Maria Lopez and Fabian Cambero in Santiago; Editing by Alex Richardson")
    a = kit.Article.from_text(text)
    assert (a.title, a.byline, str(a.published)) == (
        "Copper hits two-year high as Chilean mine strike drags on", ["Maria Lopez", "Fabian Cambero"], "2026-08-14")
    assert [(c.text, c.credit) for c in a.captions] == [
        ("Workers stand outside the Escondida mine in northern Chile, June 3, 2026.", "REUTERS/Ivan Alvarado/File Photo")]
    assert a.paragraphs[-1] == "Union leader Patricio Soto said talks had stalled over a bonus of 25 million pesos per worker."
