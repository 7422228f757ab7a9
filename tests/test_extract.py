"""The seed is exact against its gold; the project's own gold articles stay above pinned floors."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kit

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_41e7d63e2c909d32.txt"
SEED_GOLD = json.loads((ROOT / "data" / "dev" / "000_41e7d63e2c909d32.gold.json").read_text())
KEYS = ("value", "low", "high", "approx", "category", "unit", "kind", "direction", "actor", "location", "source")


@pytest.fixture(scope="module")
def seed():
    article = kit.load_article(SEED)
    return article, kit.extract(article)


def test_seed_publication_day_comes_from_gold_option(seed):
    article, _ = seed
    x = kit.extract(article, published=__import__("datetime").date(2022, 2, 17))
    assert x.to_dict()["article"]["published"] == "2022-02-17"


def _figure(text, quote):
    """The figure whose quote is QUOTE in TEXT read as an article (a clear failure when it is missing)."""
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert quote in figures, sorted(figures)
    return figures[quote]


def _figures(seed):
    import datetime as dt

    article, _ = seed
    return kit.extract(article, published=dt.date(2022, 2, 17)).figures


@pytest.mark.parametrize("gold", SEED_GOLD["figures"], ids=[g["quote"] for g in SEED_GOLD["figures"]])
def test_seed_figure_matches_gold(seed, gold):
    figures = _figures(seed)
    same = [f for f in figures if any(f[k] == gold[k] and gold[k] is not None for k in ("value", "low"))
            and f["category"] == gold["category"]]
    assert len(same) == 1, f"expected one figure for {gold['quote']!r}"
    f = same[0]
    for key in KEYS:
        assert f[key] == gold.get(key), f"{gold['quote']!r}: {key} is {f[key]!r}, gold {gold.get(key)!r}"
    assert sorted(f["caveats"]) == sorted(gold.get("caveats", []))
    if gold.get("date"):
        assert f["date"] == gold["date"]


def test_seed_has_no_other_figures_and_no_traps(seed):
    figures = _figures(seed)
    assert len(figures) == len(SEED_GOLD["figures"])
    numbers = {f["value"] or f["low"] for f in figures}
    for trap in SEED_GOLD["non_figures"]:
        m = re.search(r"\d[\d,]*", trap)
        if m:
            assert float(m.group().replace(",", "")) not in numbers, trap


def test_seed_quotes_are_offsets_into_the_body(seed):
    article, _ = seed
    for f in _figures(seed):
        assert article.text[f["start"]:f["end"]] == f["quote"]
        assert f["quote"] in f["sentence"]


def test_repeated_claim_is_one_figure_with_its_mentions(seed):
    troops = [f for f in _figures(seed) if f["value"] == 7000]
    assert len(troops) == 1
    assert troops[0]["mentions"] == 5  # headline, lead, quote, "the 7,000 figure" twice


def test_seed_dates_resolve_exactly(seed):
    import datetime as dt

    article, _ = seed
    got = {(d["text"].lower(), d["date"]) for d in kit.extract(article, published=dt.date(2022, 2, 17)).date_dicts()}
    lead = re.compile(r"^(?:on|in|as recently as)\s+")
    for gold in SEED_GOLD["dates"]:
        want = lead.sub("", gold["text"].lower())
        assert any(want == lead.sub("", text) and date == gold["date"] for text, date in got), gold


def test_json_output_has_the_contract_shape():
    out = subprocess.run([sys.executable, "-m", "kit", "extract", str(SEED), "--format", "json",
                          "--published", "2022-02-17"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert data["schema"] == "kit.extract/1"
    assert set(data) == {"schema", "article", "figures", "dates"}
    assert {"id", "path", "title", "outlet", "byline", "section", "published", "captions", "chars"} <= set(data["article"])
    for f in data["figures"]:
        assert {"id", "value", "low", "high", "approx", "category", "unit", "kind", "direction", "actor", "location",
                "source", "date", "caveats", "quote", "sentence", "start", "end", "mentions"} <= set(f)
    for d in data["dates"]:
        assert {"text", "date", "granularity", "where", "start", "end"} <= set(d)


def test_csv_output_has_one_row_a_figure():
    out = subprocess.run([sys.executable, "-m", "kit", "extract", str(SEED), "--format", "csv"],
                         capture_output=True, text=True, check=True)
    lines = out.stdout.strip().splitlines()
    assert lines[0].startswith("id,value,low,high,approx,category")
    assert len(lines) == 1 + len(SEED_GOLD["figures"])


def test_figures_frame_is_typed(seed):
    _, x = seed
    df = x.figures_frame()
    assert str(df["value"].dtype) == "Float64"
    assert len(df) == len(SEED_GOLD["figures"])
    assert df["value"].isna().sum() == 1  # "tens of thousands" has no single value


@pytest.mark.parametrize("text,quote,kind", [
    ("The bank will lend to farmers, with loans capped at 800,000 reais per borrower.", "800,000 reais",
     "threshold"),  # a cap, though per borrower
    ("About 1,800 people were registered on Monday, compared with a daily average of 3,200 last week.", "3,200", "rate"),
    ("OPEC+ agreed to raise output by 411,000 barrels per day in May.", "411,000 barrels", "change"),  # a rate moved
    ("Global sea levels rose 3.4mm a year on average.", "3.4mm", "rate"),
    ("The insurer caps payouts under the policy at $5 million.", "$5 million", "threshold"),
    ("The law passed on Tuesday, requiring states to restore at least 20% of degraded land.", "at least 20%",
     "threshold"),
    ("Output rose to 1.62 million barrels a day, up 45,000 barrels a day from September.", "45,000 barrels",
     "change"),  # the rate's move
    ("The region recorded 45 cases per 100,000 residents.", "45 cases", "rate"),
    ("There were 4 deaths for every 1,000 births.", "4 deaths", "rate"),
    ("He said each displaced household would receive 10,000 shillings in cash.", "10,000 shillings", "rate"),
])
def test_a_cap_is_a_threshold_and_a_daily_average_a_rate(text, quote, kind):
    assert {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}[quote]["kind"] == kind


@pytest.mark.parametrize("text,quote,category", [
    ("The ministry had hired 400 ground scouts to track the swarms.", "400 ground scouts", "personnel"),
    ("The state will recruit 1,100 additional special needs assistants.", "1,100 additional special needs assistants",
     "personnel"),
    ("It will pay $250 to each of roughly 68,000 concession card holders.", "roughly 68,000 concession card holders",
     "people"),
    ("Smartphone shipments rose 6.5% to 69.2 million units.", "69.2 million units", "other"),  # goods, not a force
])
def test_scouts_and_assistants_are_staff_and_card_holders_people(text, quote, category):
    assert {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}[quote]["category"] == category


def test_single_sentence_is_all_body_and_yields_its_figures():
    x = kit.extract(kit.Article.from_text("Shares in the company fell 3.2% after it said it would cut 450 jobs."))
    got = {(f["value"], f["category"], f["kind"], f["direction"]) for f in x.figures}
    assert (3.2, "percent", "change", "-") in got
    assert (450, "personnel", "change", "-") in got


@pytest.mark.parametrize("text,value", [
    ("The firm was founded in 1998 and employs 40 people.", 40),
    ("A SpaceX Falcon 9 rocket carried 23 Starlink satellites into orbit.", 23),  # a name's number, a singular noun
    ("In Gaza 12 people died on Monday.", 12),  # a place before a count is no model's name
    ("Trains will run from 7h30 and 300 staff will work.", 300),  # a time written the French way
    ("He flew a Falcon 200 aircraft to 14 cities.", 14),  # one aircraft of a named model
    ("29 players shared the prize; the winning numbers were 4, 11, 19, 23, 38 and 52.", 29),  # a draw's numbers
    ("The 503rd battalion sent 200 soldiers.", 200),
    ("A Type 45 destroyer and 40 T-72 tanks were seen.", 40),
    ("At 9.30am police said 12 people had been arrested.", 12),
    ("John Smith, 34, said 300 homes were flooded.", 300),
    ("Call 0800 123 4567 to donate; 5,000 people have given.", 5000),
    ("Owners can call 1-888-327-4236 or (800) 555-0199; 37 crashes were reported.", 37),
    ("Book through the free hotline, 0800 800 358, or a doctor; 37,800 children had a dose.", 37800),
    ("Gavi will vaccinate 300,000 children under the age of five.", 300000),
    ("In District 11, the Greens lost by 38 votes.", 38),
    ("We cannot pay three times what rivals pay for gas, he said, as 4,000 jobs go.", 4000),
    ("Temperatures hit 30C as 2,000 firefighters tackled the blaze.", 2000),
    ("Police said the man, 34, was one of 12 people arrested.", 12),
    ("Monterrey's new Line 6 metro, which opened in March, is carrying about 180,000 passengers a day.", 180000),
    ("A woman of 81 told me she had waited for 40 minutes among 300 passengers.", 300),
    ("The army will buy 32 more 6x6 armoured vehicles.", 32),
    ("The 202A, 207A, 213, 216 and 223 will go, the council said, as 5,000 people sign a petition.", 5000),
    ("Lintas Marine handled 3.9 million twenty-foot equivalent units.", 3900000),
    ("About 40 volunteers answered calls; Samaritans can be contacted free on 116 123.", 40),
    ("About 62,000 homes were still cut off; anyone without power should ring 105, the power cut helpline.", 62000),
    ("Police called 105 people to give evidence about the helpline.", 105),  # a count after "called"
    # a vessel's name ends in its number; a quake's depth, a hotel's stars and a container's size are no counts
    ("The Gambia fined the owner of the trawler Hai Feng 718 $250,000.", 250000),
    ("The trawler Lucky 7 sank; 12 crew were rescued.", 12),
    ("The quake, centred at a depth of 10 km, killed 40 people.", 40),
    ("The shaft reaches a depth of 1,200 metres.", 1200),  # a mine's depth is an amount
    ("The rate at 5-star hotels is €4 a night.", 4),
    ("Customs found 2,300 kilograms of cocaine in a 40-foot container of bananas.", 2300),
    ("The House voted for House File 2150, which covers 310,000 homes.", 310000),
    ("Officers seized two 9mm pistols from the car.", 2),  # a pistol's calibre
    ("The two countries signed a deal under which 300 lorries cross each day.", 300),  # a known group
    ("Families have sold cattle there for three generations; 4,500 farms trade.", 4500),
    # a year before a word for figures, names listed after a designation, the kind of a home
    ("According to Census 2022 figures, 4,100 homes stood empty.", 4100),
    ("Full results are on pages 12 and 13; 6,000 people took part.", 6000),
    ("Platforms 3, 4 and 5 were shut as 800 passengers waited.", 800),
    ("A 3-bed semi now costs 40 weeks of pay.", 40),
    ("A two-bedroom flat was among 17 homes sold.", 17),
    # a rate's base, a span of years before a word for a level
    ("The region recorded 45 cases per 100,000 residents.", 45),
    ("Marchers filled Avenida 9 de Julio, where 300 people gathered.", 300),
    # a name's number before a verb or a singular noun, a form's code, junctions listed
    ("Hornsea 3 will have 197 turbines.", 197),
    ("The Boeing 737 Max 9 fleet of 171 jets was grounded.", 171),
    ("The firm's 10-K filing showed debts of $3bn.", 3e9),
    ("The M25 was shut between junctions 10 and 11 after a crash involving 6 vehicles.", 6),
    ("Chelsea signed 3 coaches.", 3),  # a count after a name: its plural noun
    ("Ice cover was 1.9 million square kilometres below the 1981-2010 average.", 1.9e6),
])
def test_traps_are_not_figures_but_their_neighbours_are(text, value):
    values = [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert values == [value]


def _score(dirs):
    """The evaluation's scorer over DIRS, running `kit extract` as a command for each article."""
    exe = Path(sys.executable).with_name("kit")
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "score.py"), str(exe), *dirs],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    return _read_score(out.stdout)


def _score_in_process(dirs):
    """The same scorer, with `kit extract` run in this process through click's test runner: the same command
    and output, without starting Python once per article (the floors read some 1,300 articles)."""
    import contextlib
    import importlib.util
    import io
    import types

    from click.testing import CliRunner

    from kit.cli import cli

    spec = importlib.util.spec_from_file_location("kit_score", ROOT / "tests" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    runner = CliRunner()

    def run(cmd, **_):
        r = runner.invoke(cli, cmd[1:])
        return types.SimpleNamespace(stdout=r.stdout, stderr="", returncode=r.exit_code)

    score.subprocess = types.SimpleNamespace(run=run)
    printed = io.StringIO()
    argv, sys.argv = sys.argv, ["score.py", "kit", *dirs]
    try:
        with contextlib.chdir(ROOT), contextlib.redirect_stdout(printed):
            score.main()
    except SystemExit:
        pass
    finally:
        sys.argv = argv
    return _read_score(printed.getvalue())


def _read_score(stdout):
    line = stdout.strip().splitlines()[-1]
    attrs = dict(re.findall(r"(\w+)=([\d.]+)", stdout.strip().splitlines()[-3]))
    f1 = float(re.search(r"F1=([\d.]+)", line).group(1))
    dates = float(re.search(r"dates F1=([\d.]+)", line).group(1))
    traps = re.search(r"traps taken (\d+)/(\d+)", line)
    return f1, dates, {k: float(v) for k, v in attrs.items()}, int(traps.group(1)) / max(1, int(traps.group(2)))


def test_seed_scores_perfectly_with_the_evaluation_scorer():
    f1, dates, attrs, traps = _score(["data/dev"])
    assert f1 == 1.0 and dates == 1.0 and traps == 0
    assert min(attrs[k] for k in ("category", "kind", "actor", "source")) == 1.0


# Floors pinned a little under the measured scores (noise margin: one figure in ~130 moves F1 ~0.01).
# data/fresh and data/sentences were written blind, by writers who never saw the rules; their first
# scores are in docs/quality.md. They are tuned on since, so their floors guard against regressions.
FLOORS = {  # a few points below the scores at the end of the 2026-11-29 sessions (docs/quality.md)
    "data/articles": {"f1": 0.95, "dates": 0.96, "category": 0.94, "kind": 0.95, "actor": 0.80, "location": 0.71,
                      "source": 0.84, "traps": 0.04},
    "data/fresh": {"f1": 0.95, "dates": 0.96, "category": 0.95, "kind": 0.96, "actor": 0.69, "location": 0.72,
                   "source": 0.79, "traps": 0.06},
    "data/blind2": {"f1": 0.96, "dates": 0.97, "category": 0.96, "kind": 0.91, "actor": 0.68, "location": 0.72,
                    "source": 0.85, "traps": 0.03},
    "data/sentences": {"f1": 0.95, "dates": 0.97, "category": 0.96, "kind": 0.94, "actor": 0.87, "location": 0.77,
                       "source": 0.83, "traps": 0.02},
    "data/blind3": {"f1": 0.95, "dates": 0.96, "category": 0.94, "kind": 0.92, "actor": 0.77, "location": 0.85,
                    "source": 0.91, "traps": 0.06},
    "data/blind4": {"f1": 0.95, "dates": 0.94, "category": 0.91, "kind": 0.94, "actor": 0.70, "location": 0.76,
                    "source": 0.85, "traps": 0.04},
    "data/blind5": {"f1": 0.93, "dates": 0.91, "category": 0.92, "kind": 0.93, "actor": 0.76, "location": 0.72,
                    "source": 0.86, "traps": 0.05},
    "data/blind6": {"f1": 0.95, "dates": 0.89, "category": 0.96, "kind": 0.94, "actor": 0.80, "location": 0.70,
                    "source": 0.86, "traps": 0.03},
    "data/blind7": {"f1": 0.95, "dates": 0.89, "category": 0.95, "kind": 0.93, "actor": 0.75, "location": 0.68,
                    "source": 0.85, "traps": 0.05},
    "data/blind8": {"f1": 0.96, "dates": 0.96, "category": 0.94, "kind": 0.92, "actor": 0.74, "location": 0.59,
                    "source": 0.80, "traps": 0.04},
    # blind9 and blind10 were written in the 2026-11-29 (third) session; first reads in docs/quality.md
    "data/blind9": {"f1": 0.96, "dates": 0.93, "category": 0.94, "kind": 0.93, "actor": 0.65, "location": 0.74,
                    "source": 0.91, "traps": 0.03},
    "data/blind10": {"f1": 0.95, "dates": 0.96, "category": 0.93, "kind": 0.85, "actor": 0.65, "location": 0.61,
                     "source": 0.90, "traps": 0.07},
    "data/blind11": {"f1": 0.94, "dates": 0.89, "category": 0.91, "kind": 0.85, "actor": 0.60, "location": 0.54,
                     "source": 0.88, "traps": 0.06},
    # blind12 to blind14 were written in the 2026-11-29 (fourth) session; first reads in docs/quality.md
    "data/blind12": {"f1": 0.94, "dates": 0.96, "category": 0.92, "kind": 0.93, "actor": 0.72, "location": 0.69,
                     "source": 0.88, "traps": 0.07},
    "data/blind13": {"f1": 0.96, "dates": 0.92, "category": 0.95, "kind": 0.93, "actor": 0.49, "location": 0.64,
                     "source": 0.82, "traps": 0.03},
    "data/blind14": {"f1": 0.95, "dates": 0.87, "category": 0.95, "kind": 0.90, "actor": 0.70, "location": 0.66,
                     "source": 0.90, "traps": 0.05},
    # blind15 was written in the 2026-11-29 (fifth) session; first reads in docs/quality.md
    "data/blind15": {"f1": 0.95, "dates": 0.94, "category": 0.90, "kind": 0.95, "actor": 0.61, "location": 0.65,
                     "source": 0.80, "traps": 0.06},
    # blind16 (fifth session), blind18 and blind19 (seventh) were read in the seventh session, blind20
    # (seventh) and blind21 (eighth) in the eighth, blind22 (eighth) and blind23 (ninth) in the ninth,
    # blind24 (ninth) and blind25's articles (tenth) in the tenth, blind25's sentences and blind26 in the
    # eleventh, blind27 and blind28 in the twelfth, blind29 in the thirteenth, blind30 in the thirteenth and fourteenth,
    # blind31 (fourteenth) in the fifteenth, blind32 (fourteenth) in the sixteenth, blind34 (fifteenth) in the
    # seventeenth, blind33 (fifteenth) and blind35 (sixteenth) in the eighteenth, blind36 (seventeenth) in the nineteenth, blind37 (eighteenth) in the twentieth; blind38 (nineteenth) in the twenty-first; blind39 (twentieth) in the twenty-second; blind40 (twenty-first) in the twenty-third; blind41 (twenty-second) in the twenty-fourth; blind42 (twenty-third) in the twenty-fifth; blind43 (twenty-fourth) in the twenty-sixth; blind44 (twenty-fifth) in the twenty-seventh; blind17 (sixth), blind45 (twenty-sixth) and blind46 (twenty-seventh) are scored, never read: floors a few points below their scores at the end of the session that last moved them, so a rule
    # that breaks unseen text fails here
    "data/blind16": {"f1": 0.94, "dates": 0.93, "category": 0.93, "kind": 0.90, "actor": 0.67, "location": 0.74,
                     "source": 0.90, "traps": 0.05},
    "data/blind17": {"f1": 0.96, "dates": 0.92, "category": 0.95, "kind": 0.93, "actor": 0.75, "location": 0.63,
                     "source": 0.78, "traps": 0.04},
    "data/blind18": {"f1": 0.94, "dates": 0.95, "category": 0.92, "kind": 0.89, "actor": 0.75, "location": 0.71,
                     "source": 0.93, "traps": 0.05},
    "data/blind19": {"f1": 0.94, "dates": 0.95, "category": 0.90, "kind": 0.88, "actor": 0.84, "location": 0.70,
                     "source": 0.91, "traps": 0.06},
    "data/blind20": {"f1": 0.96, "dates": 0.94, "category": 0.96, "kind": 0.90, "actor": 0.82, "location": 0.63,
                     "source": 0.86, "traps": 0.04},
    "data/blind21": {"f1": 0.95, "dates": 0.91, "category": 0.94, "kind": 0.93, "actor": 0.66, "location": 0.52,
                     "source": 0.88, "traps": 0.06},
    "data/blind22": {"f1": 0.96, "dates": 0.94, "category": 0.95, "kind": 0.92, "actor": 0.74, "location": 0.62,
                     "source": 0.90, "traps": 0.05},
    "data/blind23": {"f1": 0.96, "dates": 0.96, "category": 0.91, "kind": 0.91, "actor": 0.70, "location": 0.56,
                     "source": 0.90, "traps": 0.03},
    "data/blind24": {"f1": 0.95, "dates": 0.90, "category": 0.94, "kind": 0.93, "actor": 0.58, "location": 0.66,
                     "source": 0.87, "traps": 0.08},
    "data/blind25": {"f1": 0.95, "dates": 0.95, "category": 0.95, "kind": 0.88, "actor": 0.67, "location": 0.52,
                     "source": 0.93, "traps": 0.08},
    # blind26 (tenth session) was read in the eleventh
    "data/blind26": {"f1": 0.96, "dates": 0.94, "category": 0.96, "kind": 0.92, "actor": 0.71, "location": 0.72,
                     "source": 0.86, "traps": 0.05},
    # blind27 (eleventh session) and blind28 (twelfth) were read in the twelfth session; blind28 was first
    # scored at 194f385 (category 0.91, actor 0.57, location 0.85, source 0.91, traps 16/94 taken)
    "data/blind27": {"f1": 0.96, "dates": 0.94, "category": 0.92, "kind": 0.93, "actor": 0.58, "location": 0.59,
                     "source": 0.87, "traps": 0.08},
    "data/blind28": {"f1": 0.97, "dates": 0.95, "category": 0.88, "kind": 0.91, "actor": 0.58, "location": 0.81,
                     "source": 0.88, "traps": 0.03},
    # blind29 (twelfth session) was read in the thirteenth; first scored at 2098876 (category 0.94, actor 0.66,
    # location 0.76, source 0.83, traps 6/80 taken)
    "data/blind29": {"f1": 0.96, "dates": 0.96, "category": 0.91, "kind": 0.94, "actor": 0.69, "location": 0.77,
                     "source": 0.86, "traps": 0.10},
    # blind30 (thirteenth session): first scored at 3ff1a87 (F1 0.93, category 0.93, kind 0.90, actor 0.64,
    # location 0.55, source 0.94, traps 24/94 taken); its app paste (p01) was read for its chrome in the
    # thirteenth session, the rest in the fourteenth
    "data/blind30": {"f1": 0.97, "dates": 0.90, "category": 0.93, "kind": 0.90, "actor": 0.64, "location": 0.60,
                     "source": 0.94, "traps": 0.03},
    # blind31 (fourteenth session): first scored at 5aa58aa (F1 0.95, category 0.94, unit 0.96, kind 0.94,
    # actor 0.49, location 0.68, source 0.88, traps 11/97 taken); read in the fifteenth
    "data/blind31": {"f1": 0.95, "dates": 0.92, "category": 0.95, "kind": 0.92, "actor": 0.69, "location": 0.75,
                     "source": 0.92, "traps": 0.05},
    # blind32 (fourteenth session): first scored at 13bd6aa (F1 0.98, category 0.94, unit 0.95, kind 0.91,
    # actor 0.50, location 0.65, source 0.88, traps 3/91 taken); read in the sixteenth
    "data/blind32": {"f1": 0.96, "dates": 0.92, "category": 0.93, "kind": 0.94, "actor": 0.68, "location": 0.61,
                     "source": 0.90, "traps": 0.03},
    # blind33 (fifteenth session): first scored at e40973d (F1 0.97, category 0.97, unit 0.97, kind 0.99,
    # actor 0.72, location 0.71, source 0.87, traps 7/103 taken); read in the eighteenth
    "data/blind33": {"f1": 0.94, "dates": 0.95, "category": 0.94, "kind": 0.96, "actor": 0.67, "location": 0.66,
                     "source": 0.82, "traps": 0.10},
    # blind34 (fifteenth session, at its end): first scored at c20fc09 (F1 0.97, category 0.92, unit 0.92, kind 0.96,
    # actor 0.61, location 0.60, source 0.81, traps 7/110 taken); read in the seventeenth
    "data/blind34": {"f1": 0.94, "dates": 0.91, "category": 0.89, "kind": 0.93, "actor": 0.56, "location": 0.55,
                     "source": 0.76, "traps": 0.10},
    # blind35 (sixteenth session, at its start): first scored at 469aeab (F1 0.98, category 0.96, unit 0.96, kind 0.94,
    # actor 0.61, location 0.61, source 0.82, traps 4/116 taken); read in the eighteenth
    "data/blind35": {"f1": 0.95, "dates": 0.91, "category": 0.93, "kind": 0.91, "actor": 0.56, "location": 0.56,
                     "source": 0.77, "traps": 0.07},
    # blind36 (seventeenth session, at its start; two writers and an annotator of a third writer's texts): first
    # scored at 0b619eb (articles F1 0.94, actor 0.26, location 0.53; sentences F1 0.96, actor 0.70, location 0.65;
    # together traps 14/136 taken); read in the nineteenth
    "data/blind36": {"f1": 0.91, "dates": 0.90, "category": 0.89, "kind": 0.87, "actor": 0.38, "location": 0.53,
                     "source": 0.75, "traps": 0.13},
    # blind37 (eighteenth session; two writers): first scored at 54e882d (articles F1 0.97, actor 0.47, location 0.49,
    # source 0.69; sentences F1 0.99, actor 0.72, location 0.74, source 0.89; together traps 2/72 taken, the same
    # as at the session's start); read in the twentieth
    "data/blind37": {"f1": 0.94, "dates": 0.91, "category": 0.90, "kind": 0.95, "actor": 0.49, "location": 0.58,
                     "source": 0.72, "traps": 0.06},
    # blind38 (nineteenth session; two writers): first scored at 518b84c (articles F1 0.96, actor 0.41, location 0.44,
    # source 0.81; sentences F1 0.98, actor 0.65, location 0.72, source 0.92; together traps 2/79 taken); read in
    # the twenty-first
    "data/blind38": {"f1": 0.94, "dates": 0.91, "category": 0.92, "kind": 0.91, "actor": 0.44, "location": 0.53,
                     "source": 0.81, "traps": 0.05},
    # blind39 (twentieth session; two writers): first scored at 1c5aa98 (articles F1 0.98, actor 0.59, location 0.51,
    # source 0.70; sentences F1 0.97, actor 0.76, location 0.48, source 0.90; together traps 3/95 taken); read in
    # the twenty-second
    "data/blind39": {"f1": 0.95, "dates": 0.91, "category": 0.95, "kind": 0.89, "actor": 0.63, "location": 0.47,
                     "source": 0.78, "traps": 0.06},
    # blind40 (twenty-first session; two writers): first scored at 7e4402c (articles F1 0.97, actor 0.57, location
    # 0.53, source 0.80; sentences F1 0.95, actor 0.52, location 0.54, source 0.90; together traps 12/100 taken);
    # read in the twenty-third
    "data/blind40": {"f1": 0.93, "dates": 0.94, "category": 0.93, "kind": 0.90, "actor": 0.50, "location": 0.49,
                     "source": 0.82, "traps": 0.14},
    # blind41 (twenty-second session; two writers): first scored at 7cda39d (articles F1 0.94, actor 0.85, location
    # 0.55, source 0.88; sentences F1 0.97, actor 0.66, location 0.56, source 0.92; together F1 0.95, actor 0.76,
    # location 0.56, source 0.91, traps 8/100 taken); read in the twenty-fourth
    "data/blind41": {"f1": 0.92, "dates": 0.95, "category": 0.94, "kind": 0.92, "actor": 0.71, "location": 0.51,
                     "source": 0.86, "traps": 0.11},
    # blind42 (twenty-third session; two writers): first scored at 97c1a9e (articles F1 0.95, actor 0.54, location
    # 0.69, source 0.84; sentences F1 0.98, actor 0.67, location 0.57, source 0.89; together F1 0.96, actor 0.61,
    # location 0.62, source 0.87, traps 7/97 taken); read in the twenty-fifth
    "data/blind42": {"f1": 0.93, "dates": 0.94, "category": 0.95, "kind": 0.94, "actor": 0.56, "location": 0.57,
                     "source": 0.82, "traps": 0.10},
    # blind43 (twenty-fourth session; two writers): first scored at 29e483d (articles F1 0.94, actor 0.67, location
    # 0.72, source 0.85; sentences F1 0.98, actor 0.64, location 0.68, source 0.86; together F1 0.96, actor 0.66,
    # location 0.70, source 0.86, traps 10/102 taken); scored, never read
    "data/blind43": {"f1": 0.93, "dates": 0.95, "category": 0.95, "kind": 0.94, "actor": 0.61, "location": 0.65,
                     "source": 0.82, "traps": 0.13},
    # blind44 (twenty-fifth session; two writers): first scored at 9f63dbd (articles F1 0.95, actor 0.42, location
    # 0.54, source 0.83; sentences F1 1.00, actor 0.52, location 0.66, source 1.00; together F1 0.97, actor 0.47,
    # location 0.60, source 0.91, traps 7/101 taken); read in the twenty-seventh session
    "data/blind44": {"f1": 0.94, "dates": 0.93, "category": 0.89, "kind": 0.93, "actor": 0.42, "location": 0.55,
                     "source": 0.86, "traps": 0.10},
    # blind45 (twenty-sixth session; two writers): first scored at 2a300fd (articles F1 0.95, actor 0.47, location
    # 0.67, source 0.70, traps 12/85; sentences F1 0.99, actor 0.65, location 0.69, source 0.90; together F1 0.97,
    # actor 0.55, location 0.68, source 0.80, traps 13/111 taken); scored, never read
    # (raised in the twenty-seventh session, which moved it unread: together F1 0.97 -> 0.99, traps 13/111 -> 3/111,
    # dates 0.96 -> 0.98, source 0.83 -> 0.86, by page-furniture rules)
    "data/blind45": {"f1": 0.97, "dates": 0.96, "category": 0.96, "kind": 0.96, "actor": 0.52, "location": 0.65,
                     "source": 0.83, "traps": 0.05},
    # blind46 (twenty-seventh session; two writers): first scored at f89e462 (articles F1 0.96, actor 0.54, location
    # 0.60, source 0.79, traps 2/105; sentences F1 0.98, actor 0.69, location 0.64, source 0.92; together F1 0.97,
    # actor 0.60, location 0.62, source 0.86, traps 4/134 taken); scored, never read
    "data/blind46": {"f1": 0.95, "dates": 0.95, "category": 0.92, "kind": 0.93, "actor": 0.58, "location": 0.60,
                     "source": 0.85, "traps": 0.05},
    # chrome27 (twenty-seventh session; one writer, six stories in heavy page and app furniture: an aggregator app,
    # a broadcaster's page, a paywalled paper's saved HTML, a local site's footer, a live blog, a Markdown save):
    # first scored at 8580d0c (F1 0.87, traps 10/168, titles 3/6, dates 0.81), read, its furniture mended
    "data/chrome27": {"f1": 0.93, "dates": 0.90, "category": 0.93, "kind": 0.91, "actor": 0.50, "location": 0.45,
                      "source": 0.78, "traps": 0.03},
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_own_gold_articles_stay_above_their_floors(folder):
    floors = FLOORS[folder]
    f1, dates, attrs, traps = _score_in_process([folder])
    assert f1 >= floors["f1"]
    assert dates >= floors["dates"]
    for key in ("category", "kind", "actor", "location", "source"):
        assert attrs[key] >= floors[key], f"{folder}: {key} {attrs[key]:.2f} fell below its floor {floors[key]}"
    assert traps <= floors["traps"]


def test_a_bare_dollar_is_the_local_dollar_of_the_story():
    text = ("Australia will spend $1.2 billion on schools, the Australian treasurer said in Canberra. "
            "The fund also holds US$5m of American bonds.")
    units = {f["quote"]: f["unit"] for f in kit.extract(kit.Article.from_text(text)).figures}
    assert units["$1.2 billion"] == "AUD"
    assert units["US$5m"] == "USD"
    us = kit.extract(kit.Article.from_text("The Pentagon will spend $1.2 billion, US officials in Washington said."))
    assert us.figures[0]["unit"] == "USD"


@pytest.mark.parametrize("text,quote,value,unit,kind", [
    ("The satellite will orbit 400km above Earth.", "400km", 400, "kilometres", "total"),
    ("The tunnel's lining is 180mm thick.", "180mm", 180, "millimetres", "total"),
    ("The firm will build a 150-megawatt solar farm.", "150-megawatt", 150, "megawatts", "total"),
    ("The ship, 300 metres long, carried cargo.", "300 metres", 300, "metres", "total"),
    ("The drive stores 2TB of data.", "2TB", 2, "terabytes", "total"),
    ("The train reached 200mph on the new line.", "200mph", 200, "miles per hour", "rate"),
    ("Imports fell to 48,000 bpd last month.", "48,000 bpd", 48000, "barrels", "rate"),
    ("He ran the 100m in 9.58 seconds.", "9.58 seconds", 9.58, "seconds", "total"),
    ("The fossil is 3.2 million years old.", "3.2 million years", 3.2e6, "years", "total"),
])
def test_measurements_are_figures_with_their_unit_spelled_out(text, quote, value, unit, kind):
    f = _figure(text, quote)
    assert (f["value"], f["unit"], f["category"], f["kind"]) == (value, unit, "other", kind)


@pytest.mark.parametrize("text", [
    "Gusts of 80mph brought down trees.",
    "Winds reached 120km/h overnight.",
    "The army fired 155mm shells.",
    "A 127mm deck gun was fitted.",
    "The FTSE 100 closed higher.",
    "The S&P 500 and the Nikkei 225 were flat.",
])
def test_weather_speeds_calibres_and_index_names_are_not_figures(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


@pytest.mark.parametrize("text,quote,kind,direction", [
    ("Brent crude fell 63 cents, or 0.8%, to $76.30 a barrel.", "0.8%", "change", "-"),
    ("Corvalis will cut 4,200 jobs, about 9% of its workforce.", "about 9%", "change", "-"),
    ("The union said as many as 6,000 jobs would be cut.", "as many as 6,000 jobs", "change", "-"),
    ("The budget will see 120 posts cut over two years.", "120 posts", "change", "-"),
    ("Nurses' pay has fallen by 17% in real terms.", "17%", "change", "-"),
    ("The club raised season ticket prices by 7% in March.", "7%", "change", "+"),
    ("The hospice has raised £1.2m in its appeal.", "£1.2m", "total", None),
    ("Ukraine said it had shot down 29 of 31 drones.", "29", "total", None),
    ("Kingsbridge reported a pre-tax loss of £48m.", "£48m", "total", None),
    ("Rules allow clubs to lose no more than £105m over three years.", "no more than £105m", "threshold", None),
    ("The board declared a dividend of 45 cents a share.", "45 cents", "rate", None),
    ("Net income was $512 million, compared with $431 million a year earlier.", "$431 million", "total", None),
])
def test_kind_and_direction_follow_the_words(text, quote, kind, direction):
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    f = next((f for q, f in figures.items() if q.startswith(quote)), None)
    assert f is not None, sorted(figures)
    assert (f["kind"], f["direction"]) == (kind, direction)


def test_a_partitive_pronoun_takes_the_noun_it_stands_for():
    text = "Russian forces fired 23 missiles at Kyiv overnight, and air defences shot down 17 of them."
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert [(f["value"], f["unit"], f["kind"]) for f in figures] == [(23, "missiles", "total"), (17, "missiles", "total")]


@pytest.mark.parametrize("text,expected", [
    ("Tickets cost £45, with 2,500 seats held back for local residents.", {("£45", "GBP"), ("2,500 seats", "seats")}),
    ("The storm left 1.2 million homes without power.", {("1.2 million homes", "homes")}),
    ("The deal values the company at roughly 12 times earnings.", {("roughly 12 times", "times")}),
    ("Nearly two-thirds of the 1,000 voters polled backed the plan.", {("1,000 voters", "voters")}),
    # an -ing word naming the kind of the last plural noun is no verb
    ("The state issued 4,700 emergency teaching certificates.",
     {("4,700 emergency teaching certificates", "certificates")}),
    ("The firm hired 120 welders working nights.", {("120 welders", "welders")}),
])
def test_the_counted_noun_stops_at_a_verb_or_preposition_and_shares_in_words_are_not_counts(text, expected):
    assert {(f["quote"], f["unit"]) for f in kit.extract(kit.Article.from_text(text)).figures} == expected


@pytest.mark.parametrize("text,quote,value,unit", [
    ("She was jailed for seven and a half years.", "seven and a half years", 7.5, "years"),
    ("The striker was handed a 10-year ban.", "10-year", 10, "years"),
    ("Average house prices climbed 3.1% year-on-year to £289,000.", "3.1%", 3.1, "%"),
    ("Waiting times rose to an average of 14 weeks.", "14 weeks", 14, "weeks"),
    ("The company reported sales of €4.1bn.", "€4.1bn", 4100000000, "EUR"),
])
def test_terms_set_and_fractions_of_numbers_are_figures(text, quote, value, unit):
    f = _figure(text, quote)
    assert (f["value"], f["unit"]) == (value, unit)


@pytest.mark.parametrize("text,quote", [
    ("Vets set up a 3km protection zone around the farm.", "3km"),
    ("The navy caught trawlers fishing within 6 nautical miles of the shore.", "6 nautical miles"),
    ("It widened the exclusion zone around the crater to 8 kilometres.", "8 kilometres"),
    ("It declared a two-kilometre exclusion zone.", "two-kilometre"),
])
def test_a_distance_that_bounds_a_zone_is_a_threshold(text, quote):
    assert _figure(text, quote)["kind"] == "threshold"


def test_a_distance_travelled_and_a_rate_in_the_euro_zone_are_no_zone_s_bound():
    assert _figure("Police closed a 2km stretch of the road.", "2km")["kind"] == "total"
    assert _figure("Inflation in the euro zone fell to 2.2% in May.", "2.2%")["kind"] == "total"


def test_a_rise_by_an_amount_to_a_level_is_two_figures_not_a_range():
    figures = kit.extract(kit.Article.from_text("Cases rose by 1,200 to 15,400 in the week.")).figures
    assert [(f["value"], f["kind"]) for f in figures] == [(1200, "change"), (15400, "total")]


@pytest.mark.parametrize("verb", ["slipped", "dipped", "sank", "plummeted", "advanced", "retreated", "rebounded"])
def test_a_move_in_points_to_a_new_share_is_two_figures_not_a_range(verb):
    text = f"The share of trains on time {verb} 2.5 percentage points to 91.3%."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [2.5, 91.3]


@pytest.mark.parametrize("text,quote,category,unit", [
    ("The ministry ordered a further 2,000 155mm artillery shells.", "2,000 155mm artillery shells", "weapons", "artillery shells"),
    ("More than 2,900 flights were cancelled.", "More than 2,900 flights", "other", "flights"),
    ("Only 140 of its 1,300 scheduled flights took off.", "1,300 scheduled flights", "other", "flights"),
    ("The delay left about 600 commuters stranded.", "about 600 commuters", "people", "commuters"),
])
def test_what_a_figure_counts_behind_calibres_and_before_verbs(text, quote, category, unit):
    f = _figure(text, quote)
    assert (f["category"], f["unit"]) == (category, unit)


@pytest.mark.parametrize("text,unit", [
    ("Typhoon damage in the Philippines reached 2.1 billion pesos, officials in Manila said.", "PHP"),
    ("The Norwegian fund in Oslo paid 48 million crowns.", "NOK"),
    ("It cost 5 pesos.", "MXN"),
    # the CFA franc of West Africa or of Central Africa, by the story's country
    ("Senegal has imposed fines totalling 1.9 billion CFA francs on the owners, officials in Dakar said.", "XOF"),
    ("Cameroon will spend 2 billion CFA francs on roads around Yaoundé.", "XAF"),
    ("The Gambia fined the owner 2.5 million dalasi.", "GMD"),
])
def test_a_currency_several_countries_share_is_the_story_country_s(text, unit):
    assert kit.extract(kit.Article.from_text(text)).figures[0]["unit"] == unit


def test_a_rate_held_at_a_decimal_percentage_is_a_figure_not_a_time():
    figures = kit.extract(kit.Article.from_text("The Bank of England held interest rates at 5.25% on Thursday.")).figures
    assert [(f["value"], f["unit"]) for f in figures] == [(5.25, "%")]


@pytest.mark.parametrize("text,quote,field,want", [
    # people counted inside a casualty count, or in a list of the dead, are casualties too
    ("Four people, including two children, died when a blaze tore through a house.", "two children", "category",
     "casualties"),
    ("The dead included 17 Nepalis, three Indian nationals and two Chinese citizens.", "two Chinese citizens",
     "category", "casualties"),
    # guard: people listed after a count of others are people
    ("The ship carried 17 Nepalis, three Indian nationals and two Chinese citizens.", "two Chinese citizens",
     "category", "people"),
    ("Nurses were offered a 3.2% pay rise.", "3.2%", "kind", "change"),
    ("The chancellor announced £26bn of tax rises.", "£26bn", "kind", "change"),
    ("The number of patients waiting for treatment fell by 41,000 to 7.29 million.", "7.29 million", "unit", "patients"),
    ("The quake killed at least 37 people, injuring 210 others.", "210 others", "category", "casualties"),
    ("Lyles won in 9.79 seconds, 0.02 seconds ahead of Thompson.", "0.02 seconds", "unit", "seconds"),
    ("In Singapore trading, gold rose to $4,812 an ounce and silver gained 3% to $58.20.", "$58.20", "unit", "USD"),
    ("In Singapore trading, gold rose to $4,812 an ounce and silver gained 3% to $58.20.", "$58.20", "kind", "rate"),
    ("The airline offered a one-off payment of €750 per crew member.", "€750", "kind", "rate"),
    ("Gas rose to €34.75 per megawatt hour in Amsterdam.", "€34.75", "kind", "rate"),
    ("Parties need to clear the 5% hurdle to win seats.", "5%", "kind", "threshold"),
    ("The FTSE 100 closed 0.6% lower at 7,669.2 points.", "0.6%", "kind", "change"),
    ("The planet lies some 40 light-years away.", "some 40 light-years", "unit", "light-years"),
    ("The council will close six of its 19 libraries.", "six of its 19 libraries", "kind", "change"),
])
def test_the_words_around_a_figure_give_its_kind_unit_and_category(text, quote, field, want):
    # change nouns, counted nouns, commodity prices, per-unit rates, hurdles, closures
    f = _figure(text, quote)
    assert f[field] == want


def test_a_share_of_gdp_committed_to_is_a_threshold_the_current_share_a_total():
    text = "The government has committed to spending 2.5% of GDP on defence by 2027, up from 2.3% this year."
    kinds = {f["quote"]: f["kind"] for f in kit.extract(kit.Article.from_text(text)).figures}
    assert kinds == {"2.5%": "threshold", "2.3%": "total"}


@pytest.mark.parametrize("text,quote,category,unit", [
    ("They play at the 62,000-seat Riverside Park.", "62,000-seat", "other", "seats"),
    ("The club moved to a 17,250-seat stadium.", "17,250-seat", "other", "seats"),
    ("Police said four officers injured in the clashes were in hospital.", "four officers injured", "casualties", "officers"),
    ("Australia sent four P-8A Poseidon maritime patrol aircraft.", "four P-8A Poseidon maritime patrol aircraft",
     "aircraft", "aircraft"),
    ("Kenya's government has allocated 5 billion shillings to buy livestock.", "5 billion shillings", "money", "KES"),
    ("The Perth miner, one of Australia's biggest, declared a dividend of 42 cents a share.", "42 cents", "money", "AUD"),
    ("The EU 27 countries agreed.", "27 countries", "other", "countries"),
])
def test_seats_a_wounded_force_a_long_model_name_and_shared_currency_words(text, quote, category, unit):
    f = _figure(text, quote)
    assert (f["category"], f["unit"]) == (category, unit)


@pytest.mark.parametrize("text", [
    "France sent the frigate Prairial and a Falcon 200 maritime patrol jet.",
    "Strikers briefly blocked Ruta 78, the main highway to the port.",
    "The plant mostly built the compact Velo 300 crossover.",  # one adjective between the article and the name
    "Trains on Line 5 did not stop at the station.",
    "The goalie was hurt in Game 2 and did not return.",
    "Lee Sang-hoon, 57, a bus driver, joined the rally.",  # an age after a hyphenated name
    "The plan would raise the age at which Koreans can draw a full state pension from 65 to 68.",
    "He hopes to retire at 60.",
    "The ship will stay away from the rescue zone for at least five days.",  # its own "at least" sets no target
    "Waves of up to 2.5 metres had been reported in the area.",
    "She beat the world number three 6-4 3-6 7-6(5) 6-2 in the final.",  # a match's sets and a tie-break
    "She became the youngest woman in the last 16 since 2014.",  # a round of a competition
    "United have a last-32 appearance awaiting them.",
    "They sat in Section 427 Row 21 to watch the new Apple Watch 5 ads.",
    "Patients were urged to use the 111 service and to call 999 only in an emergency.",  # numbers to call
])
def test_a_named_model_after_an_article_and_a_road_are_not_figures(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


@pytest.mark.parametrize("text,quote", [
    ("The plant built 118,000 of the Velo 300 crossovers.", "118,000"),  # the count beside the model stays
    ("Staff who lose their jobs will get at least 16 weeks of pay.", "at least 16 weeks"),
    ("The government plans to hire 300 new nurses at 60 hospitals in Ontario.", "60 hospitals"),
    ("Retirees at 40 care homes were moved.", "40 care homes"),
    ("He scored in the last 3 matches.", "3 matches"),
    ("The base hosts 300 service members and 112 nurses.", "112 nurses"),
])
def test_a_count_beside_a_model_an_age_word_or_a_duration_of_pay_stays_a_figure(text, quote):
    assert any(f["quote"].startswith(quote) for f in kit.extract(kit.Article.from_text(text)).figures)


@pytest.mark.parametrize("text", [
    "“These are hard decisions,” said Ms Hollis, 51.",
    "“We will not back down,” Mr Ortiz, 62, told the rally.",
])
def test_an_age_after_a_speaker_s_name_is_no_figure_at_a_sentence_s_end_too(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


@pytest.mark.parametrize("text,quote,unit", [
    ("The US will move six F-35 jets to Kadena.", "six F-35 jets", "jets"),
    ("Norway sent four C-130J transport aircraft.", "four C-130J transport aircraft", "aircraft"),
    ("The ministry denied that 40 of the army's Challenger 3 tanks would be mothballed.",
     "40 of the army's Challenger 3 tanks", "tanks"),
    ("United Airlines grounded all 79 of its Boeing 737 MAX 9 jets.", "79 of its Boeing 737 MAX 9 jets", "jets"),
    ("Measles cases in England rose to 2,911 this year.", "2,911", "cases"),
    ("Volkswagen plans to cut up to 1,200 of the roughly 2,300 jobs at the plant.", "up to 1,200 of the roughly 2,300 jobs", "jobs"),
])
def test_a_model_before_the_counted_noun_is_neither_a_temperature_nor_a_second_figure(text, quote, unit):
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert quote in [f["quote"] for f in figures], [f["quote"] for f in figures]
    assert next(f for f in figures if f["quote"] == quote)["unit"] == unit
    assert not any(f["value"] in (35, 130, 3, 9) for f in figures)  # no model number reported


def test_a_singular_noun_and_capital_letters_inside_a_model_s_name_are_no_head():
    figures = kit.extract(kit.Article.from_text("Kenya has deployed three Air Tractor AT-802 planes on loan.")).figures
    assert [(f["quote"], f["unit"], f["category"]) for f in figures] == [
        ("three Air Tractor AT-802 planes", "planes", "aircraft")]


@pytest.mark.parametrize("text,quote,value,low,high", [
    ("There were 4 hundred million people.", "4 hundred million people", 4e8, None, None),
    ("There are four to five thousand people.", "four to five thousand people", None, 4000, 5000),
    ("Claims ranged from $200 to $4 million.", "from $200 to $4 million", None, 200, 4e6),  # each bound its own
    ("Costs rose to $5 to $7 billion.", "$5 to $7 billion", None, 5e9, 7e9),
    ("Headset sales rose 60% in 2018 to 3.9 million headsets.", "3.9 million headsets", 3.9e6, None, None),
    ("The mine employs 1950 to 2100 workers.", "1950 to 2100 workers", None, 1950, 2100),
    ("It is the average of eight estimates compiled by Bloomberg.", "eight estimates", 8, None, None),
    ("Jobs grew by one per cent for men.", "one per cent", 1, None, None),
    ("The company offered a plan for RM79 a month.", "RM79", 79, None, None),
    # an ISO currency code written before the amount
    ("Nordvind won approval for a NOK 42 billion wind farm.", "NOK 42 billion", 42e9, None, None),
    # a fraction of a percentage point or of a scale is one figure
    ("The bank cut its rate by half a percentage point.", "half a percentage point", 0.5, None, None),
    ("It later cut by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, None, None),
    ("Roughly three-quarters of a million people lack broadband.", "Roughly three-quarters of a million people",
     750000, None, None),
    # a share of a group written "N in M" is one figure, its fraction
    ("About 1 in 5 adults in the UK now has long-term pain.", "About 1 in 5 adults", 0.2, None, None),
    ("One in 10 patients waited longer than four hours.", "One in 10 patients", 0.1, None, None),
    ("The team drew 3 in 10 games last season.", "3", 3, None, None),  # a count within a span is no share
    # a scale joined by a hyphen, as Canadian papers write it
    ("The agency faces a $78-million deficit this year.", "$78-million", 78e6, None, None),
    ("Ottawa pledged a €2.5-billion fund.", "€2.5-billion", 2.5e9, None, None),
])
def test_scales_ranges_and_counts_read_as_written(text, quote, value, low, high):
    f = _figure(text, quote)
    assert (f["value"], f["low"], f["high"]) == (value, low, high)


@pytest.mark.parametrize("text,quote,kind", [
    ("Prize money rose to $104 million, with the champions each receiving $3.8 million.", "$3.8 million", "rate"),
    ("Solar capacity grew by a record 7.9 gigawatts last year.", "7.9 gigawatts", "change"),
    ("Fares will rise to 9.50 pesos a trip from January.", "9.50 pesos", "rate"),
])
def test_an_amount_each_one_gets_is_a_rate_and_a_record_rise_a_change(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


def test_the_same_number_twice_in_one_sentence_is_two_claims():
    text = "The Nasdaq rose 0.2% and the S&P 500 fell 0.2%. Later the Nasdaq's 0.2% gain held."
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert [f["mentions"] for f in figures] == [2, 1]  # the later sentence restates the first claim


@pytest.mark.parametrize("text,quote,unit", [
    ("Assaults on staff rose by 23% last year to 487, the association added.", "487", "assaults"),
    ("New Zealand's sheep flock fell 4% to 23.3 million in the year to June.", "23.3 million", "sheep"),
    ("Kenya's elephant population has grown by about 12% since 2021 to 36,280.", "36,280", "elephants"),
    ("Kenya's population has grown by 2% to 54 million.", "54 million", "people"),
    # "others" after a count of things: others of that thing; after a verb done to people, people
    ("At least 460 buildings collapsed across the province and 2,100 others were severely damaged.", "2,100 others",
     "buildings"),
    ("At least 460 buildings collapsed and the quake injured 2,100 others.", "2,100 others", "people"),
])
def test_a_level_the_subject_reached_is_counted_in_the_subject_s_noun(text, quote, unit):
    assert _figure(text, quote)["unit"] == unit


def test_the_figure_named_again_with_the_and_another_noun_is_one_claim():
    text = ("The service will build 1,120 additional spaces by 2030. "
            "Its critics said the 1,120 places would be full before the paint is dry.")
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert [(f["value"], f["mentions"]) for f in figures] == [(1120, 2)]


def test_the_same_small_count_of_different_vessels_is_two_claims():
    text = "Russia sent two submarines to the area. Japan deployed two Mogami-class frigates nearby."
    assert [f["unit"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["submarines", "frigates"]


@pytest.mark.parametrize("text,quote,kind", [
    ("Shares fell 4.1%, wiping nearly 9 billion Swiss francs off its market value.", "nearly 9 billion Swiss francs", "change"),
    ("The group said it expected sales to grow between 2% and 3% this year.", "between 2% and 3%", "change"),
    ("Saudi Arabia pumped about 9.2 million barrels of oil a day in May.", "about 9.2 million barrels", "rate"),
    ("The exercise brings together 38 ships and more than 110 aircraft.", "38 ships", "total"),
    ("Winds brought down hundreds of trees.", "hundreds of trees", "total"),
    ("The rise adds £93.41 to a Band D bill.", "£93.41", "change"),
    ("Kizuna cut its forecast for operating profit for the year ending in March 2025 by 7% to 1.2 trillion yen.",
     "7%", "change"),
    ("The World Health Organization says coverage of at least 95% is needed to stop the virus.", "at least 95%",
     "threshold"),
    ("The legal limit for a party's spending is C$1.3 million.", "C$1.3 million", "threshold"),
    ("The boats carried between 20 and 60 people each.", "between 20 and 60 people", "rate"),
    ("The variety yielded up to 6.8 tonnes a hectare.", "up to 6.8 tonnes", "rate"),
    ("The club will add 9,500 seats to the stadium.", "9,500 seats", "change"),
    ("The firm will address 300 delegates.", "300 delegates", "total"),
    ("Poland will deploy an additional 1,500 soldiers and 40 armoured vehicles.", "40 armoured vehicles", "change"),
    ("The army has 300 troops and 40 tanks.", "40 tanks", "total"),
    ("Great Lakes Steel will lay off up to 1,100 workers at its mill.", "up to 1,100 workers", "change"),
    ("The firm offered a 3.5% real wage increase.", "3.5%", "change"),
    ("About 2,900 of the jobs will go in Germany.", "About 2,900 of the jobs", "change"),
    ("Union leaders said 6,000 jobs would be cut once contractors were counted.", "6,000 jobs", "change"),
    ("The board raised the minimum monthly wage for garment workers to 14,300 taka.", "14,300 taka", "threshold"),
    ("General admission tickets cost €189, while seats on the main straight sold for up to €1,450.", "up to €1,450",
     "rate"),
    ("A worker cannot feed a family when a kilo of rice costs 65 taka.", "65 taka", "rate"),
    ("The project will cost €189m.", "€189m", "total"),
])
def test_wiping_off_growing_by_a_range_a_rate_of_a_commodity_and_the_next_figure_s_more(text, quote, kind):
    f = _figure(text, quote)
    assert f["kind"] == kind


@pytest.mark.parametrize("text,quote,field,want", [
    ("Patients have waited longer than the recommended maximum of 26 weeks.", "26 weeks", "unit", "weeks"),
    ("For hip replacements, the median wait has reached 61 weeks.", "61 weeks", "unit", "weeks"),
    ("Output averaged 92,400 barrels of oil equivalent per day.", "92,400 barrels", "kind", "rate"),
    ("Output fell to 81,000 boepd in the quarter.", "81,000 boepd", "unit", "barrels"),
    ("The government allocated Tk 50 crore for flood relief.", "Tk 50 crore", "value", 500_000_000),
    ("He put the true number well north of 120,000.", "well north of 120,000", "low", 120_000),
    ("Clubs will donate £2 from every ticket sold.", "£2", "kind", "rate"),
    ("Drivers accepted a £1,000 lump sum for each driver.", "£1,000", "kind", "rate"),
    ("Arsenal signed her for a reported £1.4 million.", "£1.4 million", "approx", None),
])
def test_waits_measured_oil_rates_south_asian_scales_and_loose_qualifiers(text, quote, field, want):
    f = _figure(text, quote)
    assert f[field] == want


@pytest.mark.parametrize("text,quote,category", [
    ("Organisers said more than 20,000 workers took part.", "more than 20,000 workers", "people"),
    ("Thousands of garment workers blocked roads on Monday.", "Thousands of garment workers", "people"),
    ("Some 650,000 farmers grow tea on small plots.", "Some 650,000 farmers", "people"),
    ("Around 10,000 Underground workers walked out on Thursday.", "Around 10,000 Underground workers", "personnel"),
])
def test_workers_in_a_crowd_are_people_on_strike_a_workforce(text, quote, category):
    assert _figure(text, quote)["category"] == category


@pytest.mark.parametrize("text,quote,value,unit", [
    ("Eskom will spend R12.8bn on the grid.", "R12.8bn", 12.8e9, "ZAR"),
    ("Rent rose to R1,200 a month.", "R1,200", 1200, "ZAR"),
    ("The state set aside Rs500 crore for roads.", "Rs500 crore", 5e9, "INR"),
    ("Donors pledged USD5 million.", "USD5 million", 5e6, "USD"),
    ("The ministry set aside 45 million lei for vaccines.", "45 million lei", 45e6, "RON"),
    ("The board set the minimum wage at 14,300 taka.", "14,300 taka", 14300, "BDT"),
    ("It expects revenue of between CHF 13bn and CHF 13.5bn.", "between CHF 13bn and CHF 13.5bn", None, "CHF"),
    ("It puts the cost at between NZ$380 million and NZ$520 million.", "between NZ$380 million and NZ$520 million",
     None, "NZD"),
    ("The bill would raise the minimum salary for a new teacher from $39,600 to $44,000.", "$44,000", 44000, "USD"),
    ("Cloud margins went from 31% to 38% in a year.", "38%", 38, "%"),
    ("Zambia's government pledged 2 billion kwacha.", "2 billion kwacha", 2e9, "ZMW"),
    ("Pakistan's government will spend Rs 48 billion on power subsidies.", "Rs 48 billion", 48e9, "PKR"),
    ("The charity opened a 120-bed tented unit.", "120-bed", 120, "beds"),
    ("The firm runs a 60-bed care home.", "60-bed", 60, "beds"),
    ("The port recorded 214 ship calls last year.", "214 ship calls", 214, "calls"),
    ("Madrid has more than 16,000 tourist flats.", "more than 16,000 tourist flats", 16000, "flats"),
    ("The Sydney house sold for $US4.2 million.", "$US4.2 million", 4.2e6, "USD"),
    ("It was valued at $A82,615,680.", "$A82,615,680", 82615680, "AUD"),
    ("It cut guidance to between $US140 million and $US150 million.", "between $US140 million and $US150 million",
     None, "USD"),
    ("The package was worth up to PS2.7m a year.", "up to PS2.7m", 2.7e6, "GBP"),  # "£" folded to ASCII
    ("The false positive rate fell to .001 per cent.", ".001 per cent", 0.001, "%"),
    # a currency's singular after the amount, the story's country deciding as for the plural
    ("Child fares in Cork, Ireland, are frozen at 65 cent.", "65 cent", 0.65, "EUR"),
    ("Indian Railways approved a 12,000 crore rupee plan.", "12,000 crore rupee", 1.2e11, "INR"),
    ("Qamar Properties awarded a 1.8 billion dirham contract.", "1.8 billion dirham", 1.8e9, "AED"),
    ("Morocco will pay 300 million dirhams for the line.", "300 million dirhams", 3e8, "MAD"),
    ("The quota cut would cost Iceland 25 billion kronur in exports.", "25 billion kronur", 25e9, "ISK"),
    ("Nollywood films took more than ₦1.5 billion at the box office.", "more than ₦1.5 billion", 1.5e9, "NGN"),
    ("Tickets cost ₱500 in Manila.", "₱500", 500, "PHP"),
])
def test_a_currency_glued_to_its_amount_is_read(text, quote, value, unit):
    f = _figure(text, quote)
    assert (f["value"], f["unit"]) == (value, unit)


def test_a_name_of_letter_and_digits_stays_a_name():
    """ "R21" (a vaccine), "A34" (a road) are names, not rand or anything else."""
    figs = kit.extract(kit.Article.from_text("Gavi shipped the R21 vaccine along the A34 to 300,000 children.")).figures
    assert [f["quote"] for f in figs] == ["300,000 children"]
    figs = kit.extract(kit.Article.from_text("Sony sold 300,000 PS5 consoles.")).figures
    assert [(f["quote"], f["unit"]) for f in figs] == [("300,000 PS5 consoles", "consoles")]  # not £5


@pytest.mark.parametrize("text", [
    "The forward, wearing the No. 19 shirt, scored.",
    "The final was shown live on BBC Two.",
])
def test_a_shirt_number_after_no_and_a_channel_s_number_are_not_figures(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


@pytest.mark.parametrize("text", [
    "The airline said it had looked at the 737 MAX 8 but chose Airbus.",
    "Delegates at COP 29 in Baku agreed a deal.",
])
def test_a_model_and_its_variant_number_are_not_figures(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


def test_a_count_before_a_model_named_in_capitals_is_kept():
    figures = kit.extract(kit.Article.from_text("Sweden will send 12 RBS 70 NG launchers.")).figures
    assert [(f["value"], f["unit"]) for f in figures] == [(12, "launchers")]


@pytest.mark.parametrize("text,quote,category", [
    ("Japan ordered 28 additional F-35A fighters.", "28 additional F-35A fighters", "aircraft"),
    ("Rebels said 300 fighters had joined the offensive.", "300 fighters", "personnel"),
    ("The Philippines is hit by about 20 typhoons a year.", "about 20 typhoons", "other"),
])
def test_fighters_after_a_model_are_jets_and_typhoons_in_lower_case_are_storms(text, quote, category):
    assert _figure(text, quote)["category"] == category


@pytest.mark.parametrize("text,quote,kind", [
    ("The ADF has about 60,000 personnel, and the government wants it to reach 80,000 by 2040.", "80,000", "threshold"),
    ("A candidate needs more than 50% of valid votes to win in the first round.", "more than 50%", "threshold"),
    ("OCHA said it needed $46 million for its flood response.", "$46 million", "total"),
])
def test_a_target_to_reach_and_a_floor_to_clear_are_thresholds_an_appeal_is_not(text, quote, kind):
    f = _figure(text, quote)
    assert f["kind"] == kind


@pytest.mark.parametrize("text,quote,category", [
    ("At least 17 people were treated in hospitals in Patras for burns.", "At least 17 people", "casualties"),
    ("The union, which says it has about 3,000 members at the airline, called the cuts a betrayal.",
     "about 3,000 members", "personnel"),
    ("The carrier ordered 10 A330-900 widebodies.", "10 A330-900 widebodies", "aircraft"),
])
def test_the_treated_a_body_s_membership_and_widebodies(text, quote, category):
    f = _figure(text, quote)
    assert f["category"] == category


@pytest.mark.parametrize("text,values", [
    ("About 400 Royal Marines from 40 Commando will train in Norway.", [400]),
    ("The 3 Commando Brigade deployed 1,200 troops.", [1200]),
    ("Half of children under five are malnourished, and 2.4 million people need aid.", [2_400_000]),
])
def test_a_unit_s_name_and_an_age_bracket_are_no_figures(text, values):
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == values


def test_a_numbered_list_of_links_under_most_read_is_chrome():
    text = ("Council tax will rise by 4.99% from April, councillors agreed.\n\n"
            "Most read: 1. Man charged after A58 crash  2. Town sign striker  3. Pothole claims top £40,000")
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [4.99]


@pytest.mark.parametrize("text,quote,category", [
    ("None of the 164 passengers and six crew were hurt, the airline said.", "six crew", "personnel"),
    ("Six crew were hurt when the jet landed.", "Six crew", "casualties"),
    # the clause before "and" was about the injured; these were detained
    ("The ministry said 27 officers were injured and 107 protesters were detained.", "107 protesters", "people"),
    ("The strike killed 12 people and injured 40 more.", "40", "casualties"),
])
def test_people_no_one_of_whom_was_hurt_are_no_casualties(text, quote, category):
    assert _figure(text, quote)["category"] == category


def _quotes(text):
    return [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures]


@pytest.mark.parametrize("text,quotes", [
    ("Patients were urged to call its free hotline on 929 or go to a clinic.", []),
    ("The ministry has opened a free hotline, 111, and 40 treatment centres.", ["40 treatment centres"]),
    ("Residents can call the relief hotline on 1800 240 667.", []),
    ("Officials called on 300 volunteers to help.", ["300 volunteers"]),
    ("A former hedge fund manager, 52, was sentenced on Tuesday.", []),
    ("Properties including 9 E 71st St and 49 Zorro Ranch Road sold for $55.9 million.", ["$55.9 million"]),
    ("Police arrested 12 fans on Oxford Street.", ["12 fans"]),
    ("In the 90049 ZIP Code, based on 37 sales, the median price was $3.1 million.", ["37 sales", "$3.1 million"]),
    ("Prescott ran for 80 yards against the San Francisco 49ers.", ["80 yards"]),
    ("Volkswagen first used it in its ID.3 and ID.4 models.", []),
    ("The Samsung Galaxy Note 20 Ultra has a larger battery.", []),
    ("Sends 300 More Troops To Border", ["300 More Troops"]),
    ("Thompson's layup tied Game 7 at 89-89.", []),
    ("Arsenal won 1 - 2 at Chelsea.", []),
])
def test_hotlines_ages_addresses_codes_team_and_model_names_and_spaced_scores_are_no_figures(text, quotes):
    assert _quotes(text) == quotes


@pytest.mark.parametrize("text,quote,field,want", [
    ("In Europe: Stoxx 50 -1.3% FTSE -0.6% CAC -1.7%.", "0.6%", "direction", "-"),
    ("Shares of Acme closed at $12.40 (+2.1%) on Friday.", "2.1%", "direction", "+"),
    ("Inflation was 5-7% last year.", "5-7%", "kind", "total"),
    ("Adults need about 1,800 - 2,500 calories a day.", "about 1,800 - 2,500 calories", "low", 1800),
    ("Adults need about 1800-2500 calories a day.", "about 1800-2500 calories", "high", 2500),
    ("The upper limit for adults is between 15kHz and 17kHz.", "between 15kHz and 17kHz", "low", 15),
    ("The route runs 5km-10km along the coast.", "5km-10km", "unit", "kilometres"),
    ("The phone has a 4500mAh battery.", "4500mAh", "unit", "milliamp hours"),
    ("The plan offers 30Mbps speeds.", "30Mbps", "unit", "megabits per second"),
    ("Sisters helped launder almost RM3.06mil from victims.", "almost RM3.06mil", "value", 3_060_000),
])
def test_signed_shares_spaced_and_glued_ranges_glued_measures_and_mil(text, quote, field, want):
    assert _figure(text, quote)[field] == want


@pytest.mark.parametrize("text,quote,category", [
    ("Three people, all aged over 85, have died.", "Three people", "casualties"),
    ("At least nine people were killed, including two children, when a missile struck.", "two children", "casualties"),
    ("It claimed Ukraine had lost up to 1,400 troops in the past day.", "up to 1,400 troops", "casualties"),
    ("Eleven officers and at least seven protesters were treated for minor injuries.", "Eleven officers", "casualties"),
    ("Police said 23 people had been detained and four officers injured.", "23 people", "people"),
    ("As many as 150 people may have died there.", "As many as 150 people", "casualties"),
    ("Tens of thousands of people could die.", "Tens of thousands of people", "people"),
    ("As many as 60 people were unaccounted for in the town.", "As many as 60 people", "casualties"),
    ("The central bank cut its rate by 25 basis points.", "25 basis points", "percent"),
    ("The firm settled with 310 plaintiffs.", "310 plaintiffs", "people"),
])
def test_the_dead_hurt_and_missing_in_asides_lists_and_estimates_basis_points_and_plaintiffs(text, quote, category):
    assert _figure(text, quote)["category"] == category


@pytest.mark.parametrize("text,quote,unit", [
    ("Monthly active users of its Halo platform reached 412 million, up 9%.", "412 million", "users"),
    ("Monthly active users across its messaging and productivity apps reached 1.27 billion.", "1.27 billion", "users"),
    ("Paid subscriptions rose by 3.2 million to 61 million.", "61 million", "subscriptions"),
    ("Police put the crowd at 35,000 on Sunday.", "35,000", "people"),
    ("Police put the crowd in and around the main square at about 120,000.", "about 120,000", "people"),
    ("In Tokyo, the Nikkei 225 slid 2.8% to 34,735.93 on Thursday.", "34,735.93", "points"),
    ("The number of people in shelters fell by about 1,500 overnight.", "about 1,500", "people"),
    ("The number of people who speak Irish daily outside the education system fell to 9,716.", "9,716", "people"),
    ("On the island, the population fell by 11% to 469.", "469", "people"),  # past the change to the subject
])
def test_a_figure_s_unit_from_its_subject_s_noun_its_crowd_or_its_index(text, quote, unit):
    assert _figure(text, quote)["unit"] == unit


@pytest.mark.parametrize("text,quote,kind", [
    ("Sterling slipped 0.2% to $1.2710 on Monday.", "0.2%", "change"),
    ("She improved her personal best by 1.2 metres.", "1.2 metres", "change"),
    ("The index eased 0.3% on Friday.", "0.3%", "change"),
    ("He hit 214mph on the back straight.", "214mph", "rate"),
    ("Staff will get a pay rise to £12.85 an hour from November, up from £12.45.", "£12.45", "rate"),
    ("Sales in the east rose to £4m.", "£4m", "total"),
])
def test_slips_dips_and_improvements_are_changes_speeds_and_a_rate_s_old_level_are_rates(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


@pytest.mark.parametrize("text,quote,kind", [
    ("Analyst Maria Ortiz raised her price target on the stock to $60.", "$60", "threshold"),
    ("A majority requires 101 seats.", "101 seats", "threshold"),
    ("The petition has 300,000 signatures, far above the 10,000 needed to trigger a debate.", "10,000", "threshold"),
    ("From March, lorries over 7.5 tonnes will pay a toll.", "over 7.5 tonnes", "threshold"),
    ("Villages of fewer than 3,000 residents would lose their branch.", "fewer than 3,000 residents", "threshold"),
    ("It guarantees loans to firms with annual turnover of up to 500 million francs.", "up to 500 million francs", "threshold"),
    ("The state will lift the threshold for a stamp duty exemption to A$750,000, from A$600,000.", "A$600,000", "threshold"),
    ("Nissan posted a net loss of up to ¥750bn.", "up to ¥750bn", "total"),
    ("Protests of more than 10,000 people were held.", "more than 10,000 people", "total"),
    ("It pledged 2.5% of GDP on defence by 2027, up from 2.3% this year.", "2.3%", "total"),
])
def test_limits_moved_bars_to_reach_and_classes_bounded_are_thresholds(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


@pytest.mark.parametrize("text,quote,kind", [
    ("The government has offered 5.5% plus a once-off payment.", "5.5%", "change"),
    ("The RCN wants 12%, saying pay has fallen.", "12%", "change"),
    ("The firm offered 5% of its shares to staff.", "5%", "total"),
    ("Tesla will cut more than 10% of its global workforce, or about 14,000 jobs.", "about 14,000 jobs", "change"),
    ("We have to cut up to 3,800 jobs by 2027, around 2,600 of them in Germany.", "around 2,600", "change"),
    ("The guidance implied revenue growth of between 3% and 5%.", "between 3% and 5%", "change"),
    ("Prices would climb by between 2% and 4% over 2025.", "between 2% and 4%", "change"),
    ("The bank will keep buying about ¥3 trillion of government bonds a month.", "about ¥3 trillion", "rate"),
    ("As many as 1,000 people were arriving each day at the centre.", "As many as 1,000 people", "rate"),
    ("A heatwave killed more than 1,000 people in Karachi in little over a week.", "more than 1,000 people", "total"),
])
def test_pay_offers_restated_cuts_growth_ranges_and_a_period_later_in_the_clause(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


@pytest.mark.parametrize("text,quote,value,low,unit", [
    ("Shares of Qantas rose 4.6%, or 24 Australian cents, to A$5.46.", "24 Australian cents", 0.24, None, "AUD"),
    ("Shares rose 12 US cents to $3.40.", "12 US cents", 0.12, None, "USD"),
    ("Markets priced in hundreds of billions of euros of extra borrowing.", "hundreds of billions of euros", None, 1e11, "EUR"),
    ("It will cost tens of millions of dollars.", "tens of millions of dollars", None, 1e7, "USD"),
])
def test_a_country_s_cents_and_money_in_vague_amounts(text, quote, value, low, unit):
    f = _figure(text, quote)
    assert (f["value"], f["low"], f["unit"]) == (value, low, unit)


@pytest.mark.parametrize("text,quote,unit,kind", [
    ("The city will cap their combined passengers at 5,000 from June.", "5,000", "passengers", "threshold"),
    ("The closure will move about 30,000 daily passengers onto buses.", "about 30,000 daily passengers", "passengers", "rate"),
    ("More than 500 million monthly active users log in.", "More than 500 million monthly active users", "users", "total"),
])
def test_a_cap_is_a_threshold_on_its_noun_and_a_daily_count_is_a_rate(text, quote, unit, kind):
    f = _figure(text, quote)
    assert (f["unit"], f["kind"]) == (unit, kind)


def test_pistols_are_weapons():
    assert _figure("Officers seized two 9mm pistols from the car.", "two 9mm pistols")["category"] == "weapons"


@pytest.mark.parametrize("text,quote,unit,category", [
    ("Fiji pledged F$10 million in aid.", "F$10 million", "FJD", "money"),
    ("Tonga's government released 2 million pa'anga.", "2 million pa'anga", "TOP", "money"),
    ("Spending rose to 1.9 billion zlotys this year, up from 1.4 billion in 2023.", "1.4 billion", "PLN", "money"),
    ("Two Royal Australian Air Force C-130J Hercules aircraft landed at Nadi.",
     "Two Royal Australian Air Force C-130J Hercules aircraft", "aircraft", "aircraft"),
    ("More than 120 food and craft traders had booked stalls.", "More than 120 food and craft traders", "traders", "people"),
    ("Britain will buy 240 Meteor air-to-air missiles.", "240 Meteor air-to-air missiles", "missiles", "weapons"),
    ("The operator has built 41,000 5G base stations.", "41,000 5G base stations", "stations", "other"),
    ("Profit rose to 1.97 billion crowns from 1.25 billion, the Swedish firm said.", "1.25 billion", "SEK", "money"),
    ("Moldova's government paid about 3.2 million lei to farmers.", "about 3.2 million lei", "MDL", "money"),
])
def test_pacific_currencies_old_amounts_long_names_and_paired_modifiers(text, quote, unit, category):
    f = _figure(text, quote)
    assert (f["unit"], f["category"]) == (unit, category)


@pytest.mark.parametrize("text,quote,kind", [
    ("Their pay is down by about 26% in real terms since 2008.", "about 26%", "change"),
    ("Costs have gone up by almost 40% since 2022.", "almost 40%", "change"),
    ("The fund was set up by 40 donors last year.", "40 donors", "total"),
])
def test_up_by_and_down_by_move_a_figure_unless_up_is_a_verb_s_particle(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


@pytest.mark.parametrize("text,quote", [
    ("Pupils were celebrating a 27–9 win over a Cardiff school.", "27"),  # no range runs down: a score
    ("The 2011-built tanker had passed an inspection in Antwerp.", "2011"),  # when it was built
    ("Most of the new arrivals are women, and about 55% are under 18.", "18"),  # an age bracket
])
def test_scores_build_years_and_age_brackets_are_no_figures(text, quote):
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert not any(quote in f["quote"] and f["quote"] != "about 55%" for f in figures), [f["quote"] for f in figures]


def test_a_range_that_runs_up_and_a_staff_count_stay_figures():
    quotes = [f["quote"] for f in kit.extract(kit.Article.from_text("Some 40-60 boats left, carrying 2009 staff.")).figures]
    assert quotes == ["Some 40-60 boats", "2009 staff"]


@pytest.mark.parametrize("text,quote,category", [
    ("The dockers' union says its 1,200 members at the terminal want a 21% pay rise.", "1,200 members", "personnel"),
    ("About 1,200 members of the public signed the petition.", "About 1,200 members of the public", "people"),
])
def test_a_body_s_own_members_are_its_personnel(text, quote, category):
    assert _figure(text, quote)["category"] == category


def test_counts_listed_after_numbers_were_stay_figures():
    # a draw's numbers are small whole numbers named, not counted; counts listed the same way stay figures
    text = "Infection numbers were 4,000, 5,000 and 6,000 in three weeks."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [4000, 5000, 6000]


@pytest.mark.parametrize("text,quote,unit,category", [
    # an irregular past verb before a name opens the predicate: the crowd is counted in people
    ("A crowd of 41,200 saw Celtic draw with Hearts on Saturday.", "41,200", "people", "people"),
    # what the counted are taken as is no noun of theirs
    ("Gunmen took 14 crew hostage off the coast.", "14 crew", "crew", "personnel"),
    ("Militants held 30 villagers captive for a week.", "30 villagers", "villagers", "people"),
    # people out in the open are people
    ("Mountain rescue teams found 9 hikers and 3 climbers on Sunday.", "9 hikers", "hikers", "people"),
    # a size joined to its unit by a hyphen describes what the number before it counts
    ("Exports rose to 2.1 million 60-kg bags in May.", "2.1 million 60-kg bags", "bags", "other"),
    ("The port handled 500 40-foot containers.", "500 40-foot containers", "containers", "other"),
])
def test_the_counted_noun_past_verbs_captives_and_sizes(text, quote, unit, category):
    f = _figure(text, quote)
    assert (f["unit"], f["category"]) == (unit, category)


@pytest.mark.parametrize("text,quote", [
    ("Exports rose to 2.1 million 60-kg bags in May.", "60"),
    ("The firm ordered 3,000 20-tonne trucks.", "20"),
    ("The desk is staffed from 8.00 to 20.00 every weekday.", "8.00"),
    ("Voting runs between 07:30 and 21:45 on Sunday.", "07:30"),
    ("Six Dutch universities made the top 100 this year.", "100"),
    ("Her album spent a week in the top-10 chart.", "10"),
])
def test_sizes_opening_hours_and_rank_bands_are_no_figures(text, quote):
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert not any(quote in f["quote"] and not f["quote"].startswith(("2.1 million", "3,000", "Six")) for f in figures), \
        [f["quote"] for f in figures]


def test_a_verb_top_keeps_its_figure():
    assert _figure("Crowds top 40,000 at the fair.", "40,000")["value"] == 40000


@pytest.mark.parametrize("text,quote,kind", [
    ("Copper traded at $4.05 a pound in London.", "$4.05", "rate"),
    ("A blaze hit the 180,000 barrel-per-day plant.", "180,000 barrel", "rate"),
    ("The state will pay Rs500,000 to the family of each victim.", "Rs500,000", "rate"),
    ("The boat was licensed to carry no more than 90 passengers.", "no more than 90 passengers", "threshold"),
    ("The grid fell as much as 900 megawatts short of demand.", "as much as 900 megawatts", "total"),
    ("Volunteers pulled 38 people from the flooded homes.", "38 people", "total"),
    ("The army pulled 400 troops out of the valley.", "400 troops", "change"),
    ("Almost 61,000 patients waited more than a day for a bed.", "Almost 61,000 patients", "total"),
    ("The plant added 2.4 gigawatts more than a year before.", "2.4 gigawatts", "change"),
    # a rate's old level is a rate; a total in a clause of its own is not
    ("Ore sold for $3.90 a pound, and its profit rose to $120m from $95m.", "$120m", "total"),
])
def test_kinds_of_rates_rules_shortfalls_and_rescues(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


def test_rupiah_written_rp_before_the_amount():
    f = _figure("The airline lost Rp2.3 trillion last year.", "Rp2.3 trillion")
    assert (f["value"], f["unit"]) == (2.3e12, "IDR")


@pytest.mark.parametrize("text,quote", [
    ("Hundreds of parents gathered at the gates.", "Hundreds of parents"),
    ("The scheme drew 340 buyers in a week.", "340 buyers"),
    ("Tracers reached more than 900 contacts of the patients.", "more than 900 contacts"),
])
def test_parents_buyers_and_contacts_are_people(text, quote):
    assert _figure(text, quote)["category"] == "people"


@pytest.mark.parametrize("text,quote,kind", [
    ("The launch was licensed to carry 85 passengers.", "85 passengers", "threshold"),
    ("The trust missed its target that 92% be treated within a day.", "92%", "threshold"),
    ("The ministry will pay $2.75 a dose for the vaccine.", "$2.75", "rate"),
    ("Tickets are €12 for adults and €6 for children.", "€6", "rate"),
    # guard: a large sum for a group is no price
    ("The charity raised $30m for children in the region.", "$30m", "total"),
])
def test_licences_targets_and_prices_per_item(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


@pytest.mark.parametrize("text,quote,kind", [
    ("The depot will shut with the loss of 240 jobs.", "240 jobs", "change"),
    ("Unions said the merger could cost up to 1,100 jobs.", "up to 1,100 jobs", "change"),
    # guard: the jobs a project creates are its total, and cancelled flights a count
    ("The new terminal will create about 700 construction jobs.", "about 700 construction jobs", "total"),
])
def test_jobs_lost_are_a_change(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


@pytest.mark.parametrize("text", [
    "He signed a five-year contract worth £300,000 a week.",
    "The club agreed a two-year extension with its coach.",
])
def test_how_long_a_deal_runs_is_no_figure(text):
    # like "a 48-hour strike", the length of a contract tells how long it runs: narrated time
    assert not any("year" in f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures)


@pytest.mark.parametrize("text,quote", [
    ("She won the 44-lap race in Monaco.", "44"),
    ("They carried a 25-litre drum of water each.", "25"),
    ("The coach named a 23-man squad.", "23"),
    ("Finland has a three-tier alert scale.", "three"),
])
def test_a_number_naming_a_kind_of_thing_is_no_figure(text, quote):
    assert not any(f["quote"].startswith(quote) for f in kit.extract(kit.Article.from_text(text)).figures)


def test_a_capacity_and_a_rule_s_amount_joined_by_a_hyphen_stay_figures():
    text = "The 450-megawatt plant beat the 12-litre daily minimum."
    assert {f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures} >= {"450-megawatt"}
    assert any(f["quote"].startswith("12-litre") for f in kit.extract(kit.Article.from_text(text)).figures)


@pytest.mark.parametrize("text,quote", [
    ("Sales have fallen for four straight years.", "four"),
    ("The ban will be reviewed after two seasons.", "two"),
    ("It was the third drought in five summers.", "five"),
])
def test_seasons_and_runs_of_years_narrate_time(text, quote):
    assert not any(f["quote"].startswith(quote) for f in kit.extract(kit.Article.from_text(text)).figures)


@pytest.mark.parametrize("text,quote", [
    ("She captained England's under-19 side.", "19"),
    ("Boston lead the best-of-five series.", "five"),
    ("The rally beat the gain of the 100 index.", "100"),
])
def test_age_bands_series_formats_and_index_names_are_no_figures(text, quote):
    assert not any(f["quote"].startswith(quote) for f in kit.extract(kit.Article.from_text(text)).figures)


@pytest.mark.parametrize("text,quote,found", [
    ("Carers work up to 12 hours a day.", "up to 12 hours", True),
    ("Pilots may not fly more than 90 hours a month.", "more than 90 hours", True),
    # guard: a schedule and a group's definition stay out
    ("The clinic opens seven days a week.", "seven days", False),
    ("People who slept fewer than five hours a night had a higher risk.", "fewer than five hours", False),
])
def test_hours_worked_a_day_or_month_are_figures(text, quote, found):
    quotes = [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert (quote in quotes) == found, quotes


@pytest.mark.parametrize("text,quote,found", [
    ("Sales fell in Peru and Chile, the firm's two biggest markets.", "two biggest markets", False),
    # guard: a count in digits stays a figure
    ("The firm's 12 biggest clients left.", "12 biggest clients", True),
])
def test_a_known_group_ranked_after_a_possessive_is_no_count(text, quote, found):
    quotes = [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert (quote in quotes) == found, quotes


def test_season_tickets_are_counted():
    # guard for the seasons of time: "season" before a noun names a kind of ticket
    assert _figure("The club put 400 season tickets on sale.", "400 season tickets")["unit"] == "tickets"


@pytest.mark.parametrize("text", [
    "Shop sales rose 4.1% in the 13 weeks to Dec. 28, the retailer said.",
    "The outage began on Feb 9 and left 30 clinics offline.",
])
def test_a_month_written_short_is_no_place(text):
    assert all(f["location"] is None for f in kit.extract(kit.Article.from_text(text)).figures)


@pytest.mark.parametrize("text,quote,found", [
    ("Marchers will gather at 22 Harbour Quay on Saturday, where 300 people are expected.", "22", False),
    ("Floods closed regional road 17 and cut off 900 homes.", "17", False),
    # guard: the homes are still counted
    ("Floods closed regional road 17 and cut off 900 homes.", "900 homes", True),
])
def test_quays_and_numbered_roads_are_names_not_counts(text, quote, found):
    quotes = [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert (quote in quotes) == found, quotes


def test_a_gallery_counter_beside_a_photo_credit_is_chrome(tmp_path):
    page = tmp_path / "storm.txt"
    page.write_text("Storm batters coast\n\nWaves of 9 metres struck the harbour on Monday, wrecking 40 boats.\n\n"
                    "Image 3 of 8 · Ana Ruiz / Coastal Times\n\nCrews cleared 12 roads by the evening.\n")
    article = kit.load_article(page)
    quotes = [f["quote"] for f in kit.extract(article).figures]
    assert "3" not in quotes and "8" not in quotes, quotes
    assert "40 boats" in quotes


@pytest.mark.parametrize("text,unit", [
    ("The carmaker is recalling 51,200 crossovers over a faulty airbag.", "crossovers"),
    ("Police seized 14 SUVs and 3 minivans at the port.", "suvs"),
])
def test_kinds_of_car_are_vehicles(text, unit):
    f = next(f for f in kit.extract(kit.Article.from_text(text)).figures if f["unit"] == unit)
    assert f["category"] == "vehicles"


@pytest.mark.parametrize("text,quote,kind", [
    ("The peso weakened 2.3% against the dollar on Monday.", "2.3%", "change"),
    ("Analysts expect as many as 450 posts could eventually be cut.", "as many as 450 posts", "change"),
    ("The plant may discharge no more than 900 litres per hour without permission from the regulator.",
     "no more than 900 litres", "threshold"),
    ("Ecuador's export quota was set at 400,000 tonnes a year.", "400,000 tonnes", "threshold"),
    # guard: a rate with no limit noun stays a rate
    ("Exports stood at 400,000 tonnes a year.", "400,000 tonnes", "rate"),
])
def test_changes_and_limits_named_by_their_verbs_and_nouns(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


@pytest.mark.parametrize("text,quote,unit", [
    ("Deer numbers fell by 900 to about 6,400, the park said.", "900", "deer"),
    ("Otter numbers have climbed to 310.", "310", "otters"),
])
def test_a_creature_counted_by_its_numbers_is_the_unit(text, quote, unit):
    assert _figure(text, quote)["unit"] == unit


@pytest.mark.parametrize("text,quote", [
    ("Four swimmers drowned off the beach on Sunday.", "Four swimmers"),
    ("Divers recovered the bodies of at least 12 people from the wreck.", "at least 12 people"),
])
def test_the_drowned_and_bodies_recovered_are_casualties(text, quote):
    assert _figure(text, quote)["category"] == "casualties"


def test_letters_of_a_field_of_work_neither_end_the_counted_noun_nor_own_it():
    f = _figure("The council took on 20 IT contractors last month.", "20 IT contractors")
    assert (f["unit"], f["actor"]) == ("contractors", None)


def test_letters_of_a_field_of_work_are_no_hours():
    assert _figure("The bank will hire 45 HR advisers.", "45 HR advisers")["unit"] == "advisers"


@pytest.mark.parametrize("text,quote,source", [
    ("Lumora's new series drew 4.2 million viewers in its first week, the streamer said on Friday.",
     "4.2 million viewers", "Lumora"),
    ("The Harbour Relief Alliance's winter appeal has raised £2.4 million so far, the charity coalition said.",
     "£2.4 million", "Harbour Relief Alliance"),
    ("Dutch brewer Kampmann sold 9% more beer in the quarter, the Dutch brewer said.", "9%", "Kampmann"),
    ("Velto's thriller took an estimated $61m in its opening weekend, the studio said.", "an estimated $61m", "Velto"),
    ("Mid-Atlantic Airlines carried 3.1 million passengers in May, the group said.", "3.1 million passengers",
     "Mid-Atlantic Airlines"),
    # guards: a public body's kind is another body than the party named; a named speaker stays
    ("The Green League won 41 of the 120 seats, the electoral board said.", "41 of the 120 seats", "electoral board"),
    ("Farrow Mining's output rose 6%, the Pentagon said.", "6%", "Pentagon"),
])
def test_a_speaker_named_by_its_kind_is_the_one_body_the_sentence_names(text, quote, source):
    assert _figure(text, quote)["source"] == source


@pytest.mark.parametrize("text,quote,unit", [
    ("Rider numbers on the city's trams rose 6% to 48 million last year.", "48 million", "riders"),
    ("The app said its user base had grown by 300,000 to 2.2 million.", "2.2 million", "users"),
])
def test_a_count_named_by_what_it_counts_gives_the_level_its_unit(text, quote, unit):
    assert _figure(text, quote)["unit"] == unit


@pytest.mark.parametrize("text,quote,unit", [
    ("Under the new code, a landlord must return a deposit within 14 days.", "14 days", "days"),
    ("Overtime pay is capped at 20 hours, the union said.", "20 hours", "hours"),
    ("Only 61% of patients were treated within the 18-week target.", "18-week", "weeks"),
    ("Drivers broke the legal daily limit of nine hours.", "nine hours", "hours"),
])
def test_a_length_of_time_a_rule_sets_is_a_threshold(text, quote, unit):
    f = _figure(text, quote)
    assert (f["unit"], f["kind"]) == (unit, "threshold")


def test_time_that_passes_stays_no_figure():
    # guard: a spell of time told, with no rule, is narrated time
    quotes = [f["quote"] for f in kit.extract(kit.Article.from_text("The talks ran for 14 hours before a deal was struck.")).figures]
    assert quotes == []


@pytest.mark.parametrize("text,quote", [
    ("Staff who leave will get three weeks for every year of service.", "three weeks"),
    ("Redundant staff get 25 days’ pay for each year worked.", "25 days"),
])
def test_time_given_for_each_year_is_a_rate(text, quote):
    assert _figure(text, quote)["kind"] == "rate"


@pytest.mark.parametrize("text,quote,unit", [
    ("The charity will deliver 8,000 family hygiene kits this week.", "8,000 family hygiene kits", "kits"),
    # a count's subject with a long place phrase, and the change after the level it reaches
    ("Otter numbers on the River Tamar's upper reaches have risen by 12% in two years to about 310.", "about 310",
     "otters"),
    ("Seal numbers in the fenced Blakeney Point reserve in North Norfolk rose to 4,100, up 600 from the last count.",
     "600", "seals"),
])
def test_compound_heads_and_counts_named_by_their_subject(text, quote, unit):
    assert _figure(text, quote)["unit"] == unit


@pytest.mark.parametrize("text,quote,found", [
    ("Exam boards said 31% of Year 11 pupils sat the paper.", "11", False),
    # guard: a year with a small letter opens a count
    ("Last year 13 students died in road crashes.", "13 students", True),
])
def test_a_school_year_is_no_count(text, quote, found):
    quotes = [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert any(q.startswith(quote) for q in quotes) == found, quotes


@pytest.mark.parametrize("text,quote", [
    ("The air force flew 64 airmen to the base.", "64 airmen"),
    ("The party sent 900 poll watchers to rural districts.", "900 poll watchers"),
])
def test_airmen_and_poll_watchers_are_personnel(text, quote):
    assert _figure(text, quote)["category"] == "personnel"


@pytest.mark.parametrize("text,quote,unit", [
    ("Paraguay will spend 45 billion guaraníes on roads.", "45 billion guaraníes", "PYG"),
    ("Bolivia set aside 80 million bolivianos for the vaccine drive.", "80 million bolivianos", "BOB"),
    ("Mongolia's budget gap reached 900 billion tugriks.", "900 billion tugriks", "MNT"),
])
def test_currencies_named_in_words_get_their_code(text, quote, unit):
    f = _figure(text, quote)
    assert (f["unit"], f["category"]) == (unit, "money")


@pytest.mark.parametrize("text,quote,direction", [
    ("Snow cover shrank to 2.1 million square kilometres, 600,000 square kilometres below the 1991-2020 average.",
     "600,000 square kilometres", "-"),
    ("Rainfall reached 310 millimetres, about 90 millimetres above the long-term mean.", "about 90 millimetres", "+"),
])
def test_a_gap_from_a_norm_is_a_change(text, quote, direction):
    f = _figure(text, quote)
    assert (f["kind"], f["direction"]) == ("change", direction)


def test_an_amount_restating_a_share_lost_is_a_change():
    f = _figure("The lake lost 4.1% of its stored water over the dry summer, roughly 30 million cubic metres, "
                "officials said.", "roughly 30 million cubic metres")
    assert f["kind"] == "change"


def test_cubic_kilometres_are_their_own_unit():
    assert _figure("The glacier lost about 0.8 cubic kilometres of ice.", "about 0.8 cubic kilometres")["unit"] == \
        "cubic kilometres"


@pytest.mark.parametrize("text,quote,direction", [
    ("The council will scrap 40 library posts in May.", "40 library posts", "-"),
    ("Spain added a record 9.1 gigawatts of wind capacity last year.", "9.1 gigawatts", "+"),
    ("Norway added 200 sailors and two frigates to the task force.", "two frigates", "+"),
])
def test_changes_named_by_scrap_a_record_and_a_shared_verb(text, quote, direction):
    f = _figure(text, quote)
    assert (f["kind"], f["direction"]) == ("change", direction)


@pytest.mark.parametrize("text,quote,kind", [
    ("Under the new standard, 85% of callers should be answered within a minute.", "85%", "threshold"),
    ("The board aims to have 75% of pupils reading fluently by the age of seven.", "75%", "threshold"),
    ("Ministers want waits cut to no more than four hours for 95% of patients by 2028.", "95%", "threshold"),
    # guard: a share measured against a target is a total
    ("Only 61% of callers were answered within a minute, the service said.", "61%", "total"),
])
def test_a_share_a_target_sets_is_a_threshold(text, quote, kind):
    assert _figure(text, quote)["kind"] == kind


@pytest.mark.parametrize("text,quote", [
    ("Pelwick Foods said on Monday it would close two bakeries, sending its shares down 9% in London.", "9%"),
    ("The drugmaker said its trial had failed, and its shares slumped 23% in early trading.", "23%"),
])
def test_a_stock_move_after_a_firm_speaks_is_the_story_s_own(text, quote):
    assert _figure(text, quote)["source"] is None


def test_a_club_described_with_its_league_speaks_not_the_player_before_it():
    text = ("Marbury Athletic will pay 30 million euros for forward Daniel Okafor, the Championship club said "
            "on Tuesday.")
    assert _figure(text, "30 million euros")["source"] == "Marbury Athletic"


def test_a_public_body_named_by_its_kind_is_the_one_the_story_introduced_with_it():
    text = ("Turnout reached 71%, the national statistics office Statvik said on Monday.\n\n"
            "The statistics office said it had counted 2.4 million ballots.")
    assert _figure(text, "2.4 million ballots")["source"] == "Statvik"


@pytest.mark.parametrize("text,quote,source", [
    ("Analysts at Pembury Partners had expected the retailer to close up to 40 stores.", "up to 40 stores", "Pembury Partners"),
    ("Sales reached £812m, short of the £840m that analysts had expected.", "£840m", "analysts"),
])
def test_what_analysts_expected_is_their_own_figure(text, quote, source):
    assert _figure(text, quote)["source"] == source


@pytest.mark.parametrize("text,quote,source", [
    ("Chief engineer Maria Lopez of the Harbour Works Authority said 12 cranes were idle.", "12 cranes", "Maria Lopez"),
    ("Mayor Peter Walsh of Dunmore, a fishing village on the Suir estuary, said 30 homes were flooded.", "30 homes",
     "Peter Walsh"),
])
def test_a_person_of_a_body_or_town_speaks_not_the_place_after_the_name(text, quote, source):
    assert _figure(text, quote)["source"] == source


def test_a_role_on_an_island_speaks_as_the_role():
    text = "A church elder on Koro Island told reporters that 25 boats had been lost in the storm."
    assert _figure(text, "25 boats")["source"] == "church elder"


def test_a_name_does_not_run_across_a_paragraph_end():
    text = ("Chief executive Anna Brennick said the firm would cut costs.\n\n"
            "Get a free quote from Castmoor\n\n"
            "Brennick said 400 jobs would go by June.")
    assert _figure(text, "400 jobs")["source"] == "Anna Brennick"


def test_a_body_that_advised_a_limit_states_it():
    text = "The Marine Research Board advised on Monday that the cod quota be cut to 9,400 tonnes."
    assert _figure(text, "9,400 tonnes")["source"] == "Marine Research Board"


def test_people_advised_to_leave_have_no_speaker():
    # guard: advice given to people states no figure
    assert _figure("About 3,000 residents were advised to leave their homes.", "About 3,000 residents")["source"] is None


def test_points_that_move_a_percentage_are_percentage_points():
    text = "Backing for the mayor slipped four points to 38% in the council's own survey."
    fig = _figure(text, "four points")
    assert (fig["unit"], fig["category"], fig["kind"], fig["direction"]) == ("%", "percent", "change", "-")


def test_index_points_stay_points():
    # guard: an index's points move a level, not a percentage
    assert _figure("The Hang Seng dropped 210 points to 17,950 on Tuesday.", "210 points")["unit"] == "points"


@pytest.mark.parametrize("text,quote", [
    ("Drivers caught using a phone face fines of up to 2,000 zloty under the new code.", "up to 2,000 zloty"),
    ("Operators that leak customer data can be fined up to 4% of their global turnover.", "up to 4%"),
    ("The new allowance will pay up to 60% of a family's childcare bill.", "up to 60%"),
    ("Lecturers who take voluntary redundancy are being offered up to 15 months' salary.", "up to 15 months"),
    ("The health board's target is to screen 80,000 women by the end of the year.", "80,000 women"),
    ("Households earning under €25,000 will qualify for the heating rebate.", "under €25,000"),
])
def test_the_most_or_least_a_rule_allows_is_a_threshold(text, quote):
    assert _figure(text, quote)["kind"] == "threshold"


@pytest.mark.parametrize("text,quote", [
    ("The club will pay up to 70 million euros for the striker, including add-ons.", "up to 70 million euros"),
    ("The storm damaged up to 3,000 homes along the coast.", "up to 3,000 homes"),
    ("A petition against the speed limit has gathered over 250,000 signatures.", "over 250,000 signatures"),
])
def test_an_upper_bound_on_a_count_or_a_price_stays_a_total(text, quote):
    assert _figure(text, quote)["kind"] == "total"


@pytest.mark.parametrize("text", [
    "Residents can ring the flood line on 800-22-4150 between 8am and 6pm.",
    "Customers can check their refunds by calling 4412 or through the app.",
])
def test_a_number_to_ring_is_no_figure(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


def test_a_count_after_a_calling_verb_stays_a_figure():
    # guard: "called 250 reservists" counts people
    assert _figure("The navy called 250 reservists back to duty.", "250 reservists")["value"] == 250


@pytest.mark.parametrize("text", [
    "Gusts of up to 130 kilometres per hour brought down power lines across the island.",
    "The storm's winds reached 80 miles an hour overnight.",
])
def test_a_wind_speed_in_words_is_a_condition_not_a_figure(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


def test_a_trains_speed_in_words_stays_a_figure():
    # guard: no weather in the sentence
    assert _figure("The new train reached 320 kilometres per hour on the test line.", "320 kilometres per hour")["value"] == 320


@pytest.mark.parametrize("text", [
    "The army will receive a battery of PzH 2000 howitzers next year.",
    "Replacement buses run while the ICE 4 trains are repaired.",
    "The airline grounded its ATR 72 aircraft after the crash.",
])
def test_a_makers_code_and_a_model_number_are_no_count(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


def test_a_count_after_an_acronym_that_opens_a_sentence_stays():
    # guard: "NATO" at a sentence's start is no maker
    assert _figure("Earlier, 30 NATO members agreed the plan.", "30 NATO members")["value"] == 30


@pytest.mark.parametrize("text", [
    "She won her second world 5,000m title in Tokyo.",
    "He took gold in the men's 800m on Friday.",
])
def test_a_race_named_by_its_distance_is_no_figure(text):
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).to_dict()["figures"]] == []


def test_millions_written_m_still_count():
    # guard: "1,500m euros" and "3.2m residents" are millions
    assert _figure("The town has 3.2m residents.", "3.2m residents")["value"] == 3_200_000


@pytest.mark.parametrize("text", [
    "Read more: 5 things to know about the new housing law",
    "Seven ways to cut your heating bill this winter",
])
def test_a_listicle_headline_counts_nothing(text):
    assert kit.extract(kit.Article.from_text(text)).figures == []


@pytest.mark.parametrize("text,quote,unit", [
    ("The dealer imported 45 second-hand buses from Japan.", "45 second-hand buses", "buses"),
    ("The college will close 18 degree programmes next year.", "18 degree programmes", "programmes"),
])
def test_second_hand_things_and_degree_courses_are_counted(text, quote, unit):
    assert _figure(text, quote)["unit"] == unit


def test_degrees_of_heat_stay_a_condition():
    # guard
    assert kit.extract(kit.Article.from_text("Temperatures hit 41 degrees on Sunday.")).figures == []


def test_a_count_opening_a_paragraph_after_a_full_stop_is_no_designation():
    text = "Protesters threw bottles at the front line.\n\nTwelve officers were hurt, police said."
    assert _figure(text, "Twelve officers")["value"] == 12


def test_an_abbreviated_number_word_still_names():
    # guard: "No. 9" names a shirt
    assert kit.extract(kit.Article.from_text("He will wear the No. 9 shirt.")).figures == []


def test_money_on_average_for_each_one_is_a_rate():
    text = "Each visitor to the festival spent an average of €64 on food and drink, organisers said."
    assert _figure(text, "€64")["kind"] == "rate"


def test_a_wait_on_average_stays_a_total():
    # guard: an average of days is a length of time, not money per head
    assert _figure("Patients wait an average of 140 days for surgery.", "140 days")["kind"] == "total"


@pytest.mark.parametrize("text,quote,unit", [
    ("About 3.1 million voters registered, including 400,000 living overseas.", "400,000", "voters"),
    ("Some 52,000 members backed the deal and 18,400 voted against it.", "18,400", "members"),
    ("Labour won 30 seats, with the remaining 12 going to independents.", "12", "seats"),
    ("The agency will send 90 inspectors, with a first team of 15 due in Mosul on Monday.", "15", "inspectors"),
])
def test_a_verb_or_adverb_after_a_number_is_no_noun_the_unit_is_elided(text, quote, unit):
    assert _figure(text, quote)["unit"] == unit


@pytest.mark.parametrize("text", [
    "The survey of 800 adults has a margin of error of plus or minus 3.5 percentage points.",
    "Anyone with symptoms should ring the council's free advice line on 1525.",
])
def test_a_polls_margin_of_error_and_a_line_to_ring_are_no_figures(text):
    quotes = [f["quote"] for f in kit.extract(kit.Article.from_text(text)).to_dict()["figures"]]
    assert not any("3.5" in q or "1525" in q for q in quotes)


def test_a_number_a_body_aims_to_reach_is_a_threshold():
    text = "The airport handled 9 million passengers last year and aims to welcome 11 million by 2028."
    assert _figure(text, "11 million")["kind"] == "threshold"


def test_a_cut_a_body_aims_for_stays_a_change():
    # guard: "aims to cut ... by" is a change, not a bar
    assert _figure("The city aims to cut traffic by 20% within five years.", "20%")["kind"] == "change"


def test_an_amount_added_with_plus_is_in_the_same_currency():
    text = "The club paid 30 million pounds for the winger, plus up to 4 million in bonuses."
    fig = _figure(text, "up to 4 million")
    assert (fig["unit"], fig["category"]) == ("GBP", "money")


def test_schoolchildren_are_people():
    assert _figure("Kidnappers released 40 schoolchildren on Sunday.", "40 schoolchildren")["category"] == "people"


@pytest.mark.parametrize("text,quote", [
    ("Vaccination coverage in the region rose from 71 to 78 percent over two years.", "71"),
    ("Rents climbed to £1,250 a month, while the jobless rate fell to 3.9 per cent from 4.4, the office said.", "4.4"),
])
def test_a_bare_number_a_sentence_takes_to_or_from_a_share_is_a_share(text, quote):
    # "rose from 71 to 78 percent", "fell to 3.9 per cent from 4.4": the share's unit is written once
    fig = _figure(text, quote)
    assert (fig["unit"], fig["category"]) == ("%", "percent")


@pytest.mark.parametrize("text,quote,unit", [
    ("The airport handled 31.2 million passengers last year, up 9% from 28.6 million.", "28.6 million", "passengers"),
    ("Enrolment fell 12% this autumn, to 1,940 pupils from 2,205.", "2,205", "pupils"),
])
def test_the_level_a_change_is_from_keeps_the_counted_noun(text, quote, unit):
    # guard: "up 9% from 28.6 million": the old level of the passengers, not a share
    assert _figure(text, quote)["unit"] == unit


def test_a_range_of_shares_may_write_the_percent_once():
    # "20 to 40 percent of the average": one range of shares, not a bare 20 and a 40 percent
    fig = _figure("Rainfall in the north reached only 35 to 60 percent of the usual amount.", "35 to 60 percent")
    assert (fig["low"], fig["high"], fig["unit"]) == (35, 60, "%")


@pytest.mark.parametrize("text,quote,unit", [
    ("The lender runs 8,200 ATMs nationwide.", "8,200 ATMs", "atms"),
    ("Dealers sold 3,400 EVs in the first quarter.", "3,400 EVs", "evs"),
])
def test_an_acronym_s_plural_is_the_counted_noun(text, quote, unit):
    # "8,200 ATMs nationwide": the capitals are a common noun's initials, not a name before the noun
    assert _figure(text, quote)["unit"] == unit


@pytest.mark.parametrize("text,quote", [
    ("After the bus overturned, 14 people were taken to hospital in Braga.", "14 people"),
    ("Three of the climbers remained in a critical condition on Monday.", "Three of the climbers"),
])
def test_people_taken_to_hospital_or_in_a_critical_condition_are_casualties(text, quote):
    assert _figure(text, quote)["category"] == "casualties"


@pytest.mark.parametrize("text,quote", [
    ("Traders were charging 900 naira ($0.58) for a 10-litre jerrycan, up from 400 naira in May.", "900 naira"),
    ("Traders were charging 900 naira ($0.58) for a 10-litre jerrycan, up from 400 naira in May.", "$0.58"),
    ("Traders were charging 900 naira ($0.58) for a 10-litre jerrycan, up from 400 naira in May.", "400 naira"),
    ("In the capital a sack of maize now sells for 95,000 kwacha.", "95,000 kwacha"),
])
def test_a_price_for_one_item_is_a_rate(text, quote):
    # a seller's price for one item, its conversion in brackets, and the old price it rose from
    assert _figure(text, quote)["kind"] == "rate"


@pytest.mark.parametrize("text,number", [
    ("Families can call the ferry line's helpline on +358 9 8120 4400.", 8120),
    ("Passengers gathered at the lifeboats on deck 5 as the alarm sounded.", 5),
])
def test_a_phone_number_with_a_one_digit_area_code_and_a_deck_are_not_figures(text, number):
    assert not [f for f in kit.extract(kit.Article.from_text(text)).figures if f["value"] == number]


@pytest.mark.parametrize("text,quote", [
    # the change verb far before "by", past a list with commas
    ("The new filter cut the levels of lead, mercury, arsenic and cadmium in the town's tap water by 64 per cent.",
     "64 per cent"),
    # a share as the first of several words before the change noun
    ("The council backed a 4.2 per cent business rates levy increase for next year.", "4.2 per cent"),
    # "an average of" between the verb and the share
    ("Volunteers on the diet lost an average of 9.1% of their weight over a year, compared with 1.3% in the control group.",
     "9.1%"),
    # the share it is compared with moves the same way
    ("Volunteers on the diet lost an average of 9.1% of their weight over a year, compared with 1.3% in the control group.",
     "1.3%"),
])
def test_a_share_s_change_read_past_lists_modifiers_and_averages(text, quote):
    assert _figure(text, quote)["kind"] == "change"


def test_a_population_of_animals_counts_the_animals():
    # "population of wild Bactrian camels has grown to 640": camels, not people
    fig = _figure("Mongolia's population of wild Bactrian camels has grown to 640 from about 450 in 2015.", "640")
    assert (fig["unit"], fig["category"]) == ("camels", "other")


def test_a_population_alone_still_counts_people():
    # guard: "The town's population rose to 41,000": people
    assert _figure("The town's population rose to 41,000 last year.", "41,000")["unit"] == "people"


def test_people_a_workforce_is_cut_by_are_its_staff():
    text = "The carmaker said it would shrink its workforce by roughly 900 people over two years."
    assert _figure(text, "roughly 900 people")["category"] == "personnel"


@pytest.mark.parametrize("text,quote,unit,category", [
    ("Of the 312 people on the train, 290 were commuters and 22 were staff.", "290 were commuters", "commuters", "people"),
    ("Of the 312 people on the train, 290 were commuters and 22 were staff.", "22 were staff", "staff", "personnel"),
    ("Of the 35 dead, 14 were children.", "14 were children", "children", "casualties"),
])
def test_a_part_counted_by_what_it_is_takes_the_predicate_s_noun(text, quote, unit, category):
    # "Of the N X, A were Ys": the part is counted in Ys (and the dead stay casualties)
    fig = _figure(text, quote)
    assert (fig["unit"], fig["category"]) == (unit, category)


def test_people_cut_off_are_no_cut():
    # "cut off by floodwater": stranded, not a reduction
    assert _figure("About 300 people were cut off by floodwater in the valley.", "About 300 people")["kind"] == "total"


def test_a_share_shaved_off_is_a_fall():
    text = "Economists said the strike could shave between 0.3 and 0.6 percentage points off growth this quarter."
    fig = _figure(text, "between 0.3 and 0.6 percentage points")
    assert (fig["kind"], fig["direction"]) == ("change", "-")


def test_a_part_of_our_things_counts_the_things():
    # "12 of our 40 depots": the speaker's own, counted in depots
    assert _figure('"We had to close 12 of our 40 depots," the manager said.', "12 of our 40 depots")["unit"] == "depots"


def test_a_fact_box_row_counts_its_label_and_no_word_of_the_next_row():
    # "Passengers: 7.8 million" over "Load factor: 87.4%": passengers, not a "factor" read across the break
    text = ("Nordvik Air returned to profit in the third quarter, the airline said on Thursday.\n\n"
            "Passengers: 7.8 million\n\n"
            "Load factor: 87.4%\n\n"
            "Analysts had expected a smaller profit.")
    fig = _figure(text, "7.8 million")
    assert (fig["unit"], fig["category"]) == ("passengers", "people")


def test_the_level_an_amounts_change_reaches_is_in_its_currency():
    # "by 600 million euros to 7.1 billion": euros, not the kilometres counted earlier in the sentence
    text = ("Alpenstrom will replace 9,000 kilometres of cables, raising its budget by 600 million euros "
            "to 7.1 billion.")
    fig = _figure(text, "7.1 billion")
    assert (fig["unit"], fig["category"], fig["kind"]) == ("EUR", "money", "total")


def test_the_level_a_count_reaches_keeps_its_own_noun():
    # guard: "Headcount rose by 1,150 to 14,300 employees": the level counts employees
    fig = _figure("Headcount rose by 1,150 to 14,300 employees.", "14,300 employees")
    assert fig["unit"] == "employees"


def test_animals_killed_are_counted_as_animals_not_people_killed():
    # "some 3,400 farm animals killed": animals (not casualties counted in people); "four officers injured" stays
    text = ("The ministry estimated that rice had been smothered and some 3,400 farm animals killed. "
            "Four officers injured in the clash were treated.")
    animals = _figure(text, "some 3,400 farm animals")
    assert (animals["unit"], animals["category"]) == ("animals", "other")
    assert _figure(text, "Four officers injured")["category"] == "casualties"


@pytest.mark.parametrize("text,quote", [
    ("Women make up 71% of the council's staff.", "71%"),
    ("Wages now take up nearly 68% of the club's revenue.", "nearly 68%"),
    ("The Red Crescent said it had set up 8,500 tents in the province.", "8,500 tents"),
])
def test_up_after_make_take_or_set_is_a_particle_not_a_rise(text, quote):
    # "make up 71% of": a share of a whole; "set up 8,500 tents": a count; neither moved up
    assert _figure(text, quote)["kind"] == "total"


def test_up_before_a_number_alone_is_still_a_rise():
    # guard: "Shares were up 8%"
    assert (_figure("Shares were up 8% on Monday.", "8%")["kind"], _figure("Shares were up 8% on Monday.", "8%")["direction"]) \
        == ("change", "+")


def test_a_level_a_forecast_says_will_be_reached_is_a_total():
    # "the wheat harvest will reach a record 112 million tonnes this year": a forecast total, not a target
    assert _figure("The wheat harvest will reach a record 112 million tonnes this year.", "112 million tonnes")["kind"] \
        == "total"


def test_a_level_to_be_reached_by_a_year_is_a_target():
    # guard: "would reach 2.5% of GDP by 2033" is a bar set ahead
    assert _figure("The minister said spending would reach 2.5% of GDP by 2033.", "2.5%")["kind"] == "threshold"


def test_the_naira_written_as_n_before_an_amount_is_money():
    # Nigerian papers write the naira as "N": "N2.9 trillion", "N20,000"; not the N7 road or N95 masks
    text = ("The central bank said N2.9 trillion was withdrawn, with no more than N20,000 per customer a day. "
            "Traffic on the N7 was heavy and 40 N95 masks were given out.")
    assert _figure(text, "N2.9 trillion")["unit"] == "NGN"
    assert _figure(text, "no more than N20,000")["unit"] == "NGN"
    assert _figure(text, "40 N95 masks")["unit"] == "masks"


@pytest.mark.parametrize("text,quote", [
    ("In June the DNCG capped the club's wage bill at €14 million for the season.", "€14 million"),
    ("The limit for cash withdrawals was kept at 20,000 naira a day.", "20,000 naira"),
])
def test_a_cap_set_on_a_named_thing_or_a_limit_kept_is_a_threshold(text, quote):
    # "capped the club's wage bill at €14 million": a ceiling, however many words name what is capped
    assert _figure(text, quote)["kind"] == "threshold"


def test_a_rate_held_by_a_bank_is_no_threshold():
    # guard: "The bank held rates at 5.25%" is the level set, a total
    assert _figure("The bank held rates at 5.25% on Thursday.", "5.25%")["kind"] == "total"


def test_an_auxiliary_verb_is_not_the_counted_noun():
    # "Employment has risen to 212,000": the level is not counted in "has"
    assert _figure("Employment has risen to 212,000.", "212,000")["unit"] != "has"
    assert _figure("Assaults on staff rose by 23% last year to 487.", "487")["unit"] == "assaults"


@pytest.mark.parametrize("text,quote", [
    ("Each crossing uses about 200 million litres of fresh water.", "about 200 million litres"),
    ("Each strike day would cost the economy between £250m and £300m.", "between £250m and £300m"),
    ("The largest ships were leaving about 1,500 containers behind on each crossing.", "about 1,500 containers"),
])
def test_what_each_one_takes_is_a_rate(text, quote):
    # "Each crossing uses about 200 million litres": an amount per item
    assert _figure(text, quote)["kind"] == "rate"


def test_a_total_in_a_sentence_opening_every_year_stays_a_total():
    # guard: "Every year, 40,000 people visit": the comma ends the opening phrase
    assert _figure("Every year, 40,000 people visit the island.", "40,000 people")["kind"] == "total"


def test_a_lottery_draw_is_no_figure():
    # "after the numbers 3, 11, 27, 38 and 44 were drawn": a draw, not counts; the jackpot stays
    text = ("A ticket bought in Leeds has won Saturday's £61.3 million jackpot, operator Allwyn said, after the "
            "numbers 3, 11, 27, 38 and 44 were drawn.")
    quotes = [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert quotes == ["£61.3 million"]


def test_a_list_of_levels_after_numbers_of_stays_figures():
    # guard: "the numbers of nurses rose to 40, 50 and 60" are levels, read past "to"
    text = "Over three years the numbers of nurses rose to 40, 50 and 60."
    assert len(kit.extract(kit.Article.from_text(text)).figures) == 3


@pytest.mark.parametrize("text", [
    "Storms dumped 180mm of rain on the city.",
    "A rain gauge near Myrtle Beach had logged 14 inches of rain by this morning.",
    "Melbourne recorded 212 millimetres of rain in October, the wettest month since records began.",
])
def test_rainfall_is_a_condition_not_a_figure(text):
    # "212 millimetres of rain": the weather, measured, as a temperature or a wind speed is
    assert kit.extract(kit.Article.from_text(text)).figures == []


@pytest.mark.parametrize("text", [
    "The plane overshot the runway in heavy rain, with visibility down to 800 metres.",
    "Smoke cut visibility to under 100 metres.",
    "Conditions were difficult, with winds of around 15 metres per second.",
])
def test_visibility_and_wind_in_metres_are_conditions(text):
    # "visibility down to 800 metres", "winds of 15 metres per second": the weather, measured
    assert kit.extract(kit.Article.from_text(text)).figures == []


def test_a_participle_after_fewer_describes_the_counted_noun():
    # "23 fewer liquefied natural gas cargoes": cargoes, not a verb "liquefied" with no noun
    assert _figure("Japanese ports received 23 fewer liquefied natural gas cargoes in July.",
                   "23 fewer liquefied natural gas cargoes")["unit"] == "cargoes"


def test_a_plural_before_numbers_is_what_is_counted():
    # "410,000 records holding passport numbers": records, not a back-reference ("the 7,000 figure")
    assert _figure("Hackers stole roughly 410,000 records holding passport numbers.",
                   "roughly 410,000 records")["unit"] == "records"


def test_the_figure_after_a_number_still_refers_back():
    # guard: "the 40,000 figure" is the earlier claim again, not a new count of figures
    text = "Police put the crowd at 40,000. Organisers said the 40,000 figure was far too low."
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert [(f["value"], f["mentions"]) for f in figures] == [(40000.0, 2)]


def test_others_after_a_distance_are_people():
    # "87 people ... about 40 nautical miles south of Lampedusa, and at least six others were reported
    # missing": others of the people, not of the miles
    text = ("The coastguard rescued 87 people from a boat about 40 nautical miles south of Lampedusa, and at "
            "least six others were reported missing.")
    assert _figure(text, "at least six others")["unit"] == "people"


def test_others_after_a_count_of_things_are_those_things():
    # guard: "At least 460 buildings collapsed and 2,100 others were damaged": other buildings
    text = "At least 460 buildings collapsed and 2,100 others were damaged."
    assert _figure(text, "2,100 others")["unit"] == "buildings"


def test_points_after_a_percentage_are_percentage_points():
    # "Turnout across the region was 38.2%, down 4.7 points": percentage points (unit %)
    f = _figure("Turnout across the region was 38.2%, down 4.7 points from four years ago.", "4.7 points")
    assert (f["unit"], f["category"]) == ("%", "percent")


def test_index_points_after_a_level_stay_points():
    # guard: "The FTSE 100 closed at 8,214, down 40 points": an index's points
    assert _figure("The FTSE 100 closed at 8,214, down 40 points.", "40 points")["unit"] == "points"


def test_those_held_then_an_age_counts_the_people_before():
    # "arrested 126 people ..., with 31 of those held aged under 18": 31 people, not 31 "aged"
    text = "Police arrested 126 people during the crackdown, with 31 of those held aged under 18."
    units = {f["value"]: f["unit"] for f in kit.extract(kit.Article.from_text(text)).figures}
    assert units == {126.0: "people", 31.0: "people"}


def test_those_damaged_homes_still_counts_homes():
    # guard: "120 of those damaged homes": "those" opens a noun phrase, homes are counted
    assert _figure("Officials counted 400 homes, and 120 of those damaged homes were rebuilt.",
                   "120 of those damaged homes")["unit"] == "homes"


def test_people_who_were_under_an_age_are_an_age_bracket():
    # "31 of those arrested were under 18": an age, not a count of 18
    text = "Police arrested 126 people, and 31 of those arrested were under 18."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [126.0, 31.0]


def test_a_share_that_was_over_a_percentage_is_still_a_figure():
    # guard: "Turnout among voters was over 60%": a share, not an age
    assert _figure("Turnout among voters was over 60%.", "over 60%")["value"] == 60.0


def test_a_school_year_inside_a_counted_phrase_is_no_time():
    # "11 of its 187 Year 13 students": 187 students (and "Year 13" is no figure)
    text = "At Kingsmead Academy, 11 of its 187 Year 13 students won places at Oxford."
    assert sorted(f["value"] for f in kit.extract(kit.Article.from_text(text)).figures) == [11.0, 187.0]


def test_years_told_are_still_narrated_time():
    # guard: "for 187 years" is time told, no figure
    assert kit.extract(kit.Article.from_text("The mill ran for 187 years before it closed.")).figures == []


def test_a_persons_age_after_a_body_and_her_name_ends_the_sentence():
    # "defeating Reform UK's Kerry Vance, 29.": her age, no figure
    text = "Conservative Giles Harcourt held on by just 43 votes, defeating Reform UK's Kerry Vance, 29."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [43.0]


def test_a_names_number_before_what_it_names_is_no_count():
    # "at its Maasvlakte 2 terminals": the terminals' name, not two terminals
    text = "Red Sea diversions meant about 40 fewer calls by Asian carriers at its Maasvlakte 2 terminals."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [40.0]


def test_a_count_after_a_bodys_possessive_is_still_a_count():
    # guard: "the Underground's 272 stations": 272 stations of the Underground
    assert _figure("Almost all of the Underground's 272 stations were closed by 8am.",
                   "272 stations")["value"] == 272.0


def test_a_speed_written_with_dots_is_miles_per_hour():
    # "about 80 m.p.h.": a speed of 80, not 80 million
    f = _figure("The maximum speed of the side valve cars was about 80 m.p.h.", "about 80 m.p.h.")
    assert (f["value"], f["unit"]) == (80.0, "miles per hour")


def test_a_sum_in_millions_before_a_sentence_end_is_still_millions():
    # guard: "raised 80 m." at a sentence's end is 80 million
    assert _figure("The firm raised 80 m. It grew.", "80 m")["value"] == 80000000.0


def test_torque_in_pound_feet_is_no_money():
    # "275 pound-feet of torque": a torque, not £275
    f = _figure("The engine makes 275 pound-feet of torque at 3000 rpm.", "275 pound-feet")
    assert (f["value"], f["unit"], f["category"]) == (275.0, "pound-feet", "other")


def test_pounds_paid_are_still_money():
    # guard: "275 pounds for it" is money
    assert _figure("He paid 275 pounds for it.", "275 pounds")["unit"] == "GBP"


def test_fuel_economy_glued_to_its_number_is_a_figure():
    # "Economy: 43.5mpg": 43.5 miles per gallon
    f = _figure("The hatchback returns 43.5mpg on the official test.", "43.5mpg")
    assert (f["value"], f["unit"]) == (43.5, "miles per gallon")


def test_a_share_out_of_a_group_is_one_fraction():
    # "Nine out of 10 doctors": a share of 0.9, one figure (not 9 and 10 doctors)
    figures = kit.extract(kit.Article.from_text("Nine out of 10 doctors agree with the new guidance.")).figures
    assert [(f["quote"], f["value"]) for f in figures] == [("Nine out of 10 doctors", 0.9)]


def test_a_count_out_of_a_time_is_no_share():
    # guard: "three out of 10 minutes" is no share of a group
    assert all(f["value"] != 0.3 for f in kit.extract(kit.Article.from_text(
        "Three out of 10 minutes were wasted on the delays.")).figures)


def test_a_sprint_from_standstill_names_a_benchmark():
    # "that 0-to-60-mph time": the benchmark's name, neither 0 mph nor 60 mph an amount
    text = "The electric SUV is crazy quick, shaving 10 seconds off that 0-to-60-mph time."
    assert [f for f in kit.extract(kit.Article.from_text(text)).figures if f["unit"] == "miles per hour"] == []


def test_a_top_speed_beside_a_sprint_is_still_a_figure():
    # guard: "tops out at 250 km/h" after "from 0 to 100 km/h" is a speed
    assert _figure("It sprints from 0 to 100 km/h in 3.5 seconds and tops out at 250 km/h.",
                   "250 km/h")["value"] == 250.0


def test_years_of_an_era_are_years_whatever_their_size():
    # "between A.D. 1000 and 1260", "300 BC": years, no figures
    text = "The temple was built between A.D. 1000 and 1260; the vase dates from 300 BC and sold for 400 dollars."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [400.0]


def test_a_count_before_british_columbias_initials_is_still_a_count():
    # guard: "20 BC Hydro workers" counts workers (BC is British Columbia, no era)
    assert _figure("Some 20 BC Hydro workers were sent north.", "Some 20 BC Hydro workers")["value"] == 20.0


def test_a_house_number_before_avenue_and_its_name_is_an_address():
    # "22 Ave Foch, Paris": a street address, no figure
    text = "The estate includes 22 Ave Foch, Paris, valued at $8,672,823."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [8672823.0]


def test_a_count_of_shops_on_an_avenue_is_still_a_count():
    # guard: "3 Avenue shops" with no name after the street's word counts shops
    assert _figure("The council counted 3 Avenue shops.", "3 Avenue shops")["value"] == 3.0


def test_a_year_of_a_long_forecast_is_a_year():
    # "submerging coastal regions by 2120": a year, no figure
    text = "Sea levels could rise 11 feet a century, submerging coastal regions by 2120, scientists warn."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures if f["value"] == 2120.0] == []


def test_a_fall_by_a_number_of_points_is_still_a_figure():
    # guard: "fell by 2150 points" is a change of 2150 points
    assert _figure("The index fell by 2150 points.", "2150 points")["value"] == 2150.0


@pytest.mark.parametrize("text", ["In Leeds 40 people were arrested.",
                                  "Police said that on Monday 40 people were arrested."])
def test_a_place_or_a_day_before_a_count_is_no_names_number(text):
    # guard of the name's-number trap ("its Maasvlakte 2 terminals"): after a preposition, the capitalised
    # word is a place or a day, and the count stands
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [40.0]


def test_a_week_of_events_is_a_duration_not_a_rate():
    # "died ... after a week of storms": the week is how long the storms lasted, not a per-week rate
    text = "Four people have died and two are still missing after a week of storms, police said."
    assert [f["kind"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["total", "total"]


def test_an_amount_a_week_is_still_a_rate():
    # guard: "£120 a week" and "four weeks' pay per year of service" are amounts per period
    assert _figure("Carers will receive £120 a week from April.", "£120")["kind"] == "rate"
    assert _figure("Staff get four weeks’ pay per year of service.", "four weeks")["kind"] == "rate"


def test_a_price_per_unit_reads_past_its_conversion():
    # "8.45 lei ($1.94) a litre": the conversion in brackets does not hide "a litre"
    text = "The regulator said diesel rose by 1.04 lei to 8.45 lei ($1.94) a litre."
    assert _figure(text, "8.45 lei")["kind"] == "rate"


def test_a_monthly_payment_of_an_amount_is_a_rate():
    # "a monthly allowance of 150 lei" is paid each month; guard: "an annual budget of £3bn" is a total
    assert _figure("The government will pay a monthly allowance of 150 lei to drivers.", "150 lei")["kind"] == "rate"
    assert _figure("The council set an annual budget of £3bn.", "£3bn")["kind"] == "total"


def test_jobs_lost_are_posts_not_casualties():
    # "has lost about 10,000 jobs": posts gone, not people killed; guard: "had lost up to 1,400 troops" are casualties
    assert _figure("The sector has lost about 10,000 jobs in the past year.", "about 10,000 jobs")["category"] == "personnel"
    assert _figure("Ukraine had lost up to 1,400 troops, officials said.", "up to 1,400 troops")["category"] == "casualties"


@pytest.mark.parametrize("text,quote", [
    ("The River Severn at Bewdley peaked at 5.6 metres on Tuesday, just short of the record of 5.9m set in 2000.", "5.6 metres"),
    ("The River Severn at Bewdley peaked at 5.6 metres on Tuesday, just short of the record of 5.9m set in 2000.", "5.9m"),
    ("With Gatun Lake back at 87.2 feet, the canal lifted its limits.", "87.2 feet"),
    ("A further band of rain on Thursday is expected to bring up to 40mm to saturated ground.", "up to 40mm"),
])
def test_a_water_level_or_rain_named_earlier_is_a_condition(text, quote):
    # a river's or a lake's level and rain's amount describe conditions, as temperatures do: no figure
    assert [f for f in kit.extract(kit.Article.from_text(text)).figures if f["quote"] == quote] == []


def test_lengths_near_a_river_that_are_not_its_level_stay_figures():
    # guard: "300 metres of new river channel" was dug; "€1.2 million in ticket refunds" after rain is money
    assert _figure("Engineers dug 300 metres of new river channel.", "300 metres")["value"] == 300.0
    text = "Heavy rain cut short practice, costing the promoter an estimated €1.2 million in ticket refunds."
    assert _figure(text, "an estimated €1.2 million")["value"] == 1200000.0


def test_an_amount_a_crossing_is_a_rate():
    # "will pay £1.60 a crossing": a toll per crossing, as "a ticket" or "a litre" is
    assert _figure("Drivers with a tag account will pay £1.60 a crossing, the committee said.", "£1.60")["kind"] == "rate"


def test_a_move_by_an_average_of_a_share_is_a_change():
    # "cut prices on 450 products by an average of 9%": the cut is 9%, as "by 9%" is
    assert _figure("Aldi said it would cut prices on 450 products by an average of 9%.", "9%")["kind"] == "change"


def test_others_after_a_count_of_people_take_its_noun():
    # "At least 23 miners were killed and as many as 40 others are missing": other miners
    text = "At least 23 miners were killed and as many as 40 others are missing after a tunnel collapsed."
    assert _figure(text, "as many as 40 others")["unit"] == "miners"


def test_car_owners_are_people():
    assert _figure("The state will pay 150 lei to some 1.2 million car owners.", "some 1.2 million car owners")["category"] == "people"


def test_a_size_that_describes_a_noun_is_no_antecedent():
    # "the 32,000-seat stadium, up from 23,100 the season before": 23,100 fans, as the 24,850 before it
    text = ("An average of 24,850 fans attended league matches at the 32,000-seat Riverside Stadium, "
            "up from 23,100 the season before.")
    assert _figure(text, "23,100")["unit"] == "fans"
    assert _figure(text, "32,000-seat")["unit"] == "seats"


def test_protesters_treated_in_a_named_citys_hospitals_are_casualties():
    text = "At least 30 protesters were treated in Bucharest hospitals, the emergency service said."
    assert _figure(text, "At least 30 protesters")["category"] == "casualties"


def test_a_voltage_is_a_rating_not_a_figure():
    # "with 25kV overhead wires": the line's rating, as a calibre is; guard: "120 miles" of it is an amount
    text = "The work will electrify 120 miles of line with 25kV overhead wires."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["120 miles"]


def test_occasions_counted_on_days_or_weekends_are_figures():
    # "close the line on 14 weekends": how many weekends, a count; guard: "for three days" is time told
    assert _figure("The work will close the line on 14 weekends next year.", "14 weekends")["value"] == 14.0
    assert kit.extract(kit.Article.from_text("The line was closed for three days.")).figures == []


@pytest.mark.parametrize("text", ["The operator will keep the fare on its 747 express bus to the airport at $12.",
                                  "Passengers should take the 38 bus to Mill Road."])
def test_a_number_that_names_a_service_is_no_figure(text):
    # "its 747 express bus": the route's number, not 747 buses
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures if f["value"] in (747.0, 38.0)] == []


def test_a_number_before_a_service_and_a_plural_noun_counts():
    # guard: "the 300 bus drivers" are 300 drivers
    assert _figure("The 300 bus drivers walked out on Monday.", "300 bus drivers")["value"] == 300.0


@pytest.mark.parametrize("text,quote", [
    ("Under laws passed in 2016, at least 50% of those balloted have to take part for the result to count.", "at least 50%"),
    ("The union would ballot for strikes if more than 40 staff faced compulsory redundancy.", "more than 40 staff"),
    ("The government wants lithium export earnings to reach at least $12 billion by 2030.", "at least $12 billion"),
])
def test_a_bar_a_rule_a_condition_or_a_target_sets_is_a_threshold(text, quote):
    # the least share that "has to" take part, the count "if more than" which a union acts, the level a
    # government "wants" a measure "to reach" by a year: bars, not amounts reported
    assert _figure(text, quote)["kind"] == "threshold"


def test_more_than_a_count_reported_is_still_a_total():
    # guard: "more than 40 staff were made redundant" happened
    assert _figure("More than 40 staff were made redundant on Monday.", "More than 40 staff")["kind"] != "threshold"


def test_times_a_period_is_how_often_not_a_multiplier():
    # "spin nearly 78,000 times a minute": a frequency, a rate; guard: "three times what rivals pay" is a ratio
    assert _figure("The neutron stars spin nearly 78,000 times a minute.", "nearly 78,000 times")["kind"] == "rate"
    assert kit.extract(kit.Article.from_text("Prices are three times what rivals pay.")).figures == []


def test_digits_run_together_before_a_counted_noun_still_count():
    # "with 1385710 lightning strikes": a count written without separators; guard: "charity 1043876" is a record
    assert _figure("Florida came second with 1385710 lightning strikes.", "1385710 lightning strikes")["value"] == 1385710.0
    assert kit.extract(kit.Article.from_text("The charity 1043876 said it had helped.")).figures == []


@pytest.mark.parametrize("text,quote", [("Unemployment went up to 5.2% in March.", "5.2%"),
                                        ("Shares fell to 90p before climbing back up to 118p.", "118p")])
def test_a_move_up_to_a_level_has_no_ceiling(text, quote):
    # "went up to 5.2%": the level reached, not "up to", the most something may be
    assert _figure(text, quote)["approx"] is None


def test_buying_back_up_to_an_amount_keeps_its_ceiling():
    # guard: "will buy back up to 20 million shares": at most 20 million
    assert _figure("The lender will buy back up to 20 million shares.", "up to 20 million shares")["approx"] == "up to"


def test_the_same_small_count_of_two_parties_one_a_change_is_two_claims():
    # "the Greens won eight, up three" and later "the Liberal Democrats won three seats": each party's own claim
    text = ("The Greens won eight seats, up three, their best result in the city. "
            "On the council, the Liberal Democrats won three seats, down one.")
    figures = kit.extract(kit.Article.from_text(text)).figures
    threes = [f for f in figures if f["value"] == 3]
    assert len(threes) == 2


def test_a_share_restated_in_a_quote_stays_one_claim():
    # guard: "has offered a pay rise of 5.5%" ... "But 5.5% does not begin to ...": one claim, though the quote reads
    # it as a level
    text = ("The Scottish Government has offered a pay rise of 5.5% this year. \"But 5.5% does not begin to make up "
            "for what they have lost,\" said Eileen Carmichael, director of RCN Scotland.")
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert len([f for f in figures if f["value"] == 5.5]) == 1


def test_a_halls_number_is_no_figure():
    # "assembles its saloon in Hall 4 and Hall 11, and 1,500 at its battery-pack site": a hall's name, not a count
    text = ("Some 2,400 positions will go at the main plant in Osnabrück, where the company assembles its saloon in "
            "Hall 4 and Hall 11, and 1,500 at its battery-pack site in Salzgitter, the chief executive said.")
    values = [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert 11 not in values and 4 not in values


def test_a_count_with_its_verb_left_out_moves_as_the_one_before():
    # "Some 2,400 positions will go at the main plant ..., and 1,500 at its battery-pack site": both are cuts
    text = ("Some 2,400 positions will go at the main plant in Osnabrück, where the company assembles its saloon in "
            "Hall 4 and Hall 11, and 1,500 at its battery-pack site in Salzgitter, the chief executive said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert (figures["1,500"]["kind"], figures["1,500"]["direction"]) == ("change", "-")


def test_a_level_after_a_change_with_its_own_noun_stays_a_level():
    # guard: "Headcount fell by 300 jobs last year, and 1,500 staff in Salzgitter remain": a noun of its own
    text = "Headcount fell by 300 jobs last year, and 1,500 staff in Salzgitter remain on the payroll."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1,500 staff"]["kind"] == "total"


def test_earlier_after_a_number_is_no_counted_noun():
    # "taking its force to about 3,300, up from about 1,500 earlier this year": troops, as the level before
    text = ("Britain will send 1,800 more troops to Finland, taking its force in the Nordic country to about 3,300, "
            "up from about 1,500 earlier this year.")
    figures = {f["value"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[1500]["unit"] == "troops"


def test_earlier_before_a_plural_still_leaves_the_noun():
    # guard: "after two earlier bids were rejected": the bids are counted
    text = "The club made the offer after two earlier bids were rejected."
    figures = {f["value"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[2]["unit"] == "bids"


def test_a_crossings_number_and_a_kilometre_post_are_no_figures():
    # "through Crossing 3", "near the km 42 marker": names of a place, not counts
    text = ("Most are entering through Crossing 3, a dirt track north of Adré. At least 63 people have died, "
            "including 11 found near the km 42 marker on the road.")
    values = [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert 3 not in values and 42 not in values
    assert 63 in values and 11 in values


def test_crossings_counted_are_still_figures():
    # guard: "3 crossings", "42 km of road": counted things and measures stay
    text = "The army reopened 3 crossings and cleared 42 km of road."
    values = [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert 3 in values


def test_a_number_after_a_bodys_possessive_counts():
    # "The City of Edinburgh Council's 28 public libraries lent 2.3 million books": the council's libraries, counted
    text = "The City of Edinburgh Council’s 28 public libraries lent 2.3 million books in 2025."
    values = [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert 28 in values


def test_a_names_number_before_a_singular_noun_is_still_no_count():
    # guard: "the Falcon 9 rocket", "Hornsea 3 will have 197 turbines": a name's number
    text = "SpaceX launched the Falcon 9 rocket on Monday, and Hornsea 3 will have 197 turbines."
    values = [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures]
    assert 9 not in values and 3 not in values and 197 in values


def test_a_count_at_an_annual_rate_is_a_rate():
    # "fell 6.1% in January to a seasonally adjusted annual rate of 1.31 million units": a yearly pace
    text = ("US housing starts fell 6.1% in January to a seasonally adjusted annual rate of 1.31 million units, the "
            "Commerce Department said.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["1.31 million units"]["kind"] == "rate"


def test_a_share_at_an_annual_rate_stays_a_level():
    # guard: "inflation rose to an annual rate of 3.2%": a share, as before
    text = "Consumer price inflation rose to an annual rate of 3.2% in March, the statistics office said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures["3.2%"]["kind"] != "rate"


def test_the_number_who_did_something_counts_people():
    # "puts the number who have crossed since November at as many as 200,000": people
    text = ("Chad's government puts the number who have crossed since November at as many as 200,000, a figure that "
            "could not be independently confirmed.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert (figures["as many as 200,000"]["category"], figures["as many as 200,000"]["unit"]) == ("people", "people")


def test_the_number_of_a_named_thing_keeps_that_noun():
    # guard: "the number of homes listed for sale dropped by 1,200": homes, as before
    text = "The number of homes listed for sale dropped by 1,200 in March, the agency said."
    figures = {f["value"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert figures[1200]["unit"] == "homes"


def test_a_count_and_the_same_number_as_a_bar_later_are_two_claims():
    # "more than 100,000 marched" and "well above the 100,000 needed for a debate": the march's count and the
    # petition's bar are two figures. Guard: "the 1,120 places" restating "1,120 additional spaces" is one.
    text = ("Organisers said more than 100,000 people had marched through the city. "
            "Their petition has gathered 250,000 signatures, well above the 100,000 needed for a debate in parliament.")
    figures = kit.extract(kit.Article.from_text(text)).figures
    assert [f["kind"] for f in figures if f["value"] == 100000] == ["total", "threshold"]
    text = ("The service will build 1,120 additional spaces by 2030. "
            "Its critics said the 1,120 places would be needed before the paint is dry.")
    assert [(f["value"], f["mentions"]) for f in kit.extract(kit.Article.from_text(text)).figures] == [(1120, 2)]


def test_people_hired_with_no_noun_are_the_sentences_staff_not_its_last_noun():
    # "its 1,400 volunteers handed out 96,000 parcels ... and it hoped to recruit between 250 and 300 more": more
    # volunteers. Guard: "delivered 96,000 parcels, and hoped to deliver 300 more" stays parcels.
    text = ("The charity said its 1,400 volunteers had handed out 96,000 food parcels in the year to March, and that "
            "it hoped to recruit between 250 and 300 more before the winter.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert (figures["between 250 and 300"]["unit"], figures["between 250 and 300"]["category"]) == ("volunteers", "personnel")
    text = ("The charity said its 1,400 volunteers had handed out 96,000 food parcels in the year to March, and that "
            "it hoped to deliver 300 more before the winter.")
    assert {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}["300"]["unit"] == "parcels"


def test_a_range_of_ages_is_no_figure():
    # "arrested two dozen people aged between 23 and 61": ages, not a count. Guard: "between 23 and 61 people
    # were arrested" is a count.
    text = "Police arrested two dozen people aged between 23 and 61, the ministry said."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["two dozen people"]
    text = "Between 23 and 61 people were arrested, the ministry said."
    assert [f["low"] for f in kit.extract(kit.Article.from_text(text)).figures] == [23]


def test_the_level_at_which_something_starts_is_a_threshold():
    # "above the 3% of people on board at which the agency publishes a notice": a bar. Guard: "3,000 people at
    # which point" with no "the" before the number stays a count.
    text = "More than 140 passengers fell ill, above the 3% of people on board at which the agency publishes a notice."
    assert {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}["3%"]["kind"] == "threshold"
    text = "The crowd grew to 3,000 people at which point police closed the square."
    assert [f["kind"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["total"]


def test_a_second_draws_numbers_after_the_first_are_no_figures():
    # "the main numbers 4, 17, 23, 38 and 45 and Lucky Stars 2 and 9", "the bonus ball was 9": a draw's numbers.
    # Guard: "signed 2 stars and 9 players" counts.
    text = "No ticket matched the main numbers 4, 17, 23, 38 and 45 and Lucky Stars 2 and 9 on Tuesday, operator Allwyn said."
    assert kit.extract(kit.Article.from_text(text)).figures == []
    text = "The winning numbers were 4, 17, 23, 38 and 45, and the bonus ball was 9."
    assert kit.extract(kit.Article.from_text(text)).figures == []
    text = "The club signed 2 stars and 9 players."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [2, 9]


def test_one_seat_lost_or_won_is_a_figure():
    # "the Greens dropped one seat to eight", "won three seats, down one": one seat moved is a change a reader
    # checks. Guard: "lost one of its seats" names no count.
    text = "The Greens dropped one seat to eight, the commission said."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert (figures["one seat"]["kind"], figures["one seat"]["direction"], figures["eight"]["unit"]) == ("change", "-", "seats")
    text = "The Liberal Democrats won three seats, down one."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["three seats", "one"]
    text = "The Greens lost one of their seats in the north."
    assert kit.extract(kit.Article.from_text(text)).figures == []


def test_points_after_percentage_points_in_the_sentence_are_percentage_points():
    # "rose by 6.5 percentage points, while the other's fell by 7.1 points": the same unit, shortened. Guard: an
    # index's level in points stays points.
    text = ("The Labour share of the vote rose by 6.5 percentage points, while the Conservatives' fell by 7.1 points.")
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert (figures["7.1 points"]["unit"], figures["7.1 points"]["category"]) == ("%", "percent")
    text = ("The bank cut rates by 0.25 percentage points to 4.5%, and the FTSE 100 index rose 1.2% to a record close "
            "of 8,727 points.")
    assert {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}["8,727 points"]["unit"] == "points"


def test_a_names_number_is_no_figure():
    # "for Northern Shield 26, Nato's exercise", "from Panzergrenadier Brigade 41, who", "Euro 7 emissions rules",
    # "Scotland's National 5 exams": numbers that name a thing. Guard: a list with its counted noun left out
    # ("27 seats, Alternative 11 and Our Party 8") counts.
    text = ("More than 9,000 personnel gathered for Northern Shield 26, Nato's largest exercise, and 1,100 troops came "
            "from Panzergrenadier Brigade 41, who flew in on Tuesday.")
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["More than 9,000 personnel", "1,100 troops"]
    text = "The plant must meet Euro 7 emissions rules, and the pass rate for Scotland's National 5 exams fell to 76.2%."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["76.2%"]
    text = "The Patriotic Bloc will have 27 seats, Alternative 11 and Our Party 8."
    assert [f["value"] for f in kit.extract(kit.Article.from_text(text)).figures] == [27, 11, 8]


def test_a_figure_a_change_is_compared_with_is_a_change():
    # "a smaller reduction than the 35% advised by scientists": a cut proposed, not a level. Guard: "more than the
    # 35% of voters" stays a total.
    text = "Ministers cut the quota by 20%, a smaller reduction than the 35% advised by scientists."
    figures = {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}
    assert (figures["35%"]["kind"], figures["35%"]["direction"]) == ("change", "-")
    text = "The party won 41% of the vote, more than the 35% of voters who backed it in 2021."
    assert {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}["35%"]["kind"] == "total"


def test_a_sites_number_after_a_preposition_is_no_figure():
    # "taken to Hotspot 1 on Sunday", "queued by Stand 3", "moved to Camp 7": a site named with its number. Guard:
    # "In Ashgrove 300 people were evacuated" counts people.
    text = "Migrants were taken to Hotspot 1 on Sunday, and 40 fans queued by Stand 3 before refugees moved to Camp 7."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["40 fans"]
    text = "In Ashgrove 300 people were evacuated."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["300 people"]


def test_a_camel_cased_names_number_is_no_figure_and_candidates_are_people():
    # "claimed by the ransomware group LockBit 5.0": a version; "138,000 candidates" are people. Guard: "40
    # million PlayStation 5 consoles" counts consoles.
    text = "The attack was claimed by the ransomware group LockBit 5.0, and 138,000 candidates sat exams."
    assert [(f["quote"], f["category"]) for f in kit.extract(kit.Article.from_text(text)).figures] \
        == [("138,000 candidates", "people")]
    text = "Sony has sold 40 million PlayStation 5 consoles."
    assert [f["unit"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["consoles"]


def test_an_average_price_rent_or_pay_is_a_rate():
    # "Average monthly rents in Istanbul rose to 21,400 lira", "the average claim for a flooded home is about
    # £32,000": an amount each one pays or gets. Guard: "analysts' average estimate of $2.84 billion" is a total.
    text = "Average monthly rents in Istanbul rose to 21,400 lira in November, up 68% on the year."
    assert {f["quote"]: f for f in kit.extract(kit.Article.from_text(text)).figures}["21,400 lira"]["kind"] == "rate"
    text = "The average claim for a flooded home is about £32,000, the ABI said."
    assert [f["kind"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["rate"]
    text = "Revenue came in at $2.9 billion, above analysts' average estimate of $2.84 billion."
    assert [f["kind"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["total", "total"]


def test_a_verb_that_opens_with_up_moves_nothing():
    # "spend 1,250 crore rupees upgrading 14 stadiums": an upgrade counts stadiums, it raises no figure. Guard:
    # "upped its forecast by 2%" and "up 5%" are rises.
    text = "The board will spend 1,250 crore rupees upgrading 14 stadiums."
    assert [f["kind"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["total", "total"]
    text = "The firm upped its forecast by 2%, with sales up 5%."
    assert [(f["kind"], f["direction"]) for f in kit.extract(kit.Article.from_text(text)).figures] == [("change", "+")] * 2


def test_up_after_a_phrasal_verb_is_no_rise():
    # "the charity ship picked up 40 migrants", "police rounded up 12 suspects": counts, not rises. Guard: "stepped
    # up 30 patrols" and "up 5%" are rises.
    text = "The charity ship picked up 40 migrants, and police rounded up 12 suspects."
    assert [f["kind"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["total", "total"]
    text = "Sales were up 5%, and the force stepped up 30 patrols."
    assert [f["kind"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["change", "change"]


def test_a_stations_number_is_its_name():
    # "a weather station near Yeovilton, known as Station 12, recorded 34.6C": the station's name, no count.
    # Guard: "12 stations" counts them.
    text = "A weather station near Yeovilton, known as Station 12, recorded 34.6C on Sunday."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == []
    text = "The agency closed 12 stations near Yeovilton on Sunday."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["12 stations"]


def test_points_beside_a_share_of_a_market_are_percentage_points():
    # "held 16.9% of the market, down 0.4 points", "gained 0.6 points to take 9.2%": a market share moved, in
    # percentage points. Guard: an index's points stay points ("The FTSE 100 fell 1.2%, or 98 points").
    text = ("Aldwick held 16.9% of the market, down 0.4 points, Pellam said, while the discount chain Brisco gained "
            "0.6 points to take 9.2%.")
    assert (_figure(text, "0.4 points")["unit"], _figure(text, "0.6 points")["unit"]) == ("%", "%")
    text = "The FTSE 100 fell 1.2%, or 98 points, to 8,120."
    assert _figure(text, "98 points")["unit"] == "points"


def test_colleagues_are_a_firms_staff():
    # "fewer than 2,000 colleagues had moved to shorter contracts": retail's word for its staff. Guard: "2,000
    # shoppers" are people, no staff.
    text = "A Harland's spokesperson said fewer than 2,000 colleagues had moved to shorter contracts."
    assert _figure(text, "fewer than 2,000 colleagues")["category"] == "personnel"
    text = "A Harland's spokesperson said more than 2,000 shoppers had complained."
    assert _figure(text, "more than 2,000 shoppers")["category"] != "personnel"


def test_a_rise_of_money_an_hour_moves_a_wage():
    # "a rise of £1.05 an hour": the change of an hourly wage, not an hourly amount. Guard: "rose 3.4mm a year"
    # is an amount per year, and "the basic rate to £13.80 an hour" a rate.
    text = "Shop-floor workers will get a rise of £1.05 an hour, taking the basic rate to £13.80 an hour."
    assert (_figure(text, "£1.05")["kind"], _figure(text, "£13.80")["kind"]) == ("change", "rate")
    text = "Sea levels rose 3.4mm a year over the decade."
    assert _figure(text, "3.4mm")["kind"] == "rate"


def test_as_high_as_and_as_low_as_are_bounds():
    # "could be as high as 2,500": a ceiling a speaker gives, like "as many as"; "fares as low as £5": a floor.
    # Guard: "as many as" stays.
    text = "The society said the true number of infections could be as high as 2,500, and fares as low as £5 sold out."
    assert (_figure(text, "as high as 2,500")["approx"], _figure(text, "as low as £5")["approx"]) == ("as high as", "as low as")
    text = "The society said as many as 2,500 children were infected."
    assert _figure(text, "as many as 2,500 children")["approx"] == "as many as"


def test_a_conventions_or_regulations_number_is_its_name():
    # "breached ILO Convention 98", "Under Regulation 23 of the rules": names, no counts. Guard: "23 regulations".
    text = "The union alleged that the operator breached ILO Convention 98, and cited Regulation 23 of the rules."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == []
    text = "The ministry scrapped 23 regulations on Monday."
    assert [f["quote"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["23 regulations"]


def test_the_share_a_goal_needs_is_a_threshold():
    # "far below the 95% that experts say is needed to stop the virus spreading": the level a goal needs. Guard:
    # "fell to 58%" is a level reached.
    text = "Coverage fell to 58% last year, far below the 95% that experts say is needed to stop the virus spreading."
    assert (_figure(text, "58%")["kind"], _figure(text, "95%")["kind"]) == ("total", "threshold")


def test_an_offer_of_a_percentage_is_a_pay_rise():
    # "against an offer of 5.5% from the operator": the rise offered, as "has offered 5.5%". Guard: "a share of
    # 5.5%" is no rise.
    text = "The union is demanding a 12% pay rise, against an offer of 5.5% from Ngwenya Terminals."
    assert (_figure(text, "5.5%")["kind"], _figure(text, "5.5%")["direction"]) == ("change", "+")
    text = "The operator holds a share of 5.5% in Ngwenya Terminals."
    assert _figure(text, "5.5%")["kind"] == "total"


def test_a_participle_joined_by_a_hyphen_does_not_end_the_counted_noun():
    # "shut 11 loss-making convenience shops", "4 flood-hit depots": compound adjectives; shops and depots are
    # counted. Guard: "40 arrested" still counts people.
    text = "The chain shut 11 loss-making convenience shops and 4 flood-hit depots."
    assert [f["unit"] for f in kit.extract(kit.Article.from_text(text)).figures] == ["shops", "depots"]
    text = "About 300 people marched, and 40 arrested."
    assert _figure(text, "40 arrested")["unit"] == "people"


def test_between_after_a_number_is_no_noun():
    # "grew by 4.1% to 2.96 million between the 2011 and 2021 censuses": the population's people, not "between".
    text = "The population of the Lisbon metropolitan area grew by 4.1% to 2.96 million between the 2011 and 2021 censuses."
    assert _figure(text, "2.96 million")["unit"] == "people"


def test_an_average_price_moved_to_a_level_is_a_rate():
    # "the average price across all grades slipped 3% to 1,180 rupees": the price each kilo fetched, as "average
    # rents rose to 21,400 lira". Guard: the 3% is a change.
    text = "Top-grade tea fetched 2,450 rupees a kilo, while the average price across all grades slipped 3% to 1,180 rupees."
    assert (_figure(text, "1,180 rupees")["kind"], _figure(text, "3%")["kind"]) == ("rate", "change")
