"""Every date form the kit promises, resolved against the publication day (CONTRACT.md "Dates")."""
import datetime as dt

import pytest

import kit
from kit.dates import find_dates

PUB = dt.date(2022, 2, 17)  # a Thursday

CASES = [
    # absolute
    ("It began on February 7, 2022.", "February 7, 2022", "2022-02-07", "day"),
    ("It began on 7 February 2022.", "7 February 2022", "2022-02-07", "day"),
    ("Troops arrived on 7 Feb.", "7 Feb", "2022-02-07", "day"),
    ("Talks were held on 3 March.", "3 March", "2021-03-03", "day"),  # past tense: the last 3 March
    ("Talks will be held on 3 March.", "3 March", "2022-03-03", "day"),
    ("The filing is dated 2022-02-07.", "2022-02-07", "2022-02-07", "day"),
    ("The letter is dated 17/02/2022.", "17/02/2022", "2022-02-17", "day"),
    ("The scheme was launched in 2008.", "2008", "2008", "year"),
    ("Prices rose in January.", "January", "2022-01", "month"),
    ("The vote will take place in March.", "March", "2022-03", "month"),
    ("Prices peaked in March 2021.", "March 2021", "2021-03", "month"),
    # relative to the publication day
    ("Officials said today that 40 people were hurt.", "today", "2022-02-17", "day"),
    ("The minister spoke yesterday.", "yesterday", "2022-02-16", "day"),
    ("The minister will speak tomorrow.", "tomorrow", "2022-02-18", "day"),
    ("An official last night blasted the claim.", "last night", "2022-02-16", "day"),
    ("Imagery overnight showed a new bridge.", "overnight", "2022-02-17", "day"),
    ("The minister spoke this morning.", "this morning", "2022-02-17", "day"),
    ("Biden spoke on Tuesday.", "Tuesday", "2022-02-15", "day"),
    ("Many arrived as recently as Wednesday.", "as recently as Wednesday", "2022-02-16", "day"),
    ("She will travel on Monday.", "Monday", "2022-02-21", "day"),
    ("Truss will visit Kyiv this week.", "this week", "2022-02-14", "week"),
    ("The scheme will be scrapped next week.", "next week", "2022-02-21", "week"),
    ("Sales fell last week.", "last week", "2022-02-07", "week"),
    ("Rents rose last month.", "last month", "2022-01", "month"),
    ("Rents rose earlier this month.", "earlier this month", "2022-02", "month"),
    ("Profits fell last year.", "last year", "2021", "year"),
    ("The report appeared three days ago.", "three days ago", "2022-02-14", "day"),
    ("Rebels entered the city two weeks ago.", "two weeks ago", "2022-02-03", "day"),
    # tense from the nearest verb before the date, not any verb of the sentence
    ("Yields fell 6 points to 4.41% on Monday after data raised bets the Fed would cut.", "Monday", "2022-02-14", "day"),
    ("The EU said it would send a team of rescue experts on Monday.", "Monday", "2022-02-21", "day"),
    ("A national day of mourning will be held on Friday.", "Friday", "2022-02-18", "day"),
    ("On Tuesday, the minister said talks had failed.", "Tuesday", "2022-02-15", "day"),
    # no tense, or words that point one way: the nearest such day or month
    ("The transfer window closes on 1 March.", "1 March", "2022-03-01", "day"),
    ("The agency appealed for funds to cover needs until December.", "December", "2022-12", "month"),
    ("The board has spent £14m on agency nurses since April.", "April", "2021-04", "month"),
    ("Sea levels rose between 1993 and 2021, the agency said.", "2021", "2021", "year"),
    ("The company gave guidance for 2023.", "2023", "2023", "year"),
    ("Opec+ agreed to cut output by a further 1 million barrels a day from July.", "July", "2022-07", "month"),
    ("Protests took place at the weekend.", "the weekend", "2022-02-07", "week"),  # Sat 12 Feb: week of 7 Feb
]


@pytest.mark.parametrize("sentence,text,date,granularity", CASES, ids=[c[1] + " | " + c[0][:30] for c in CASES])
def test_date_form_resolves(sentence, text, date, granularity):
    found = [(d.text, d.date, d.granularity) for d in find_dates(sentence, PUB)]
    assert (text, date, granularity) in found, found


@pytest.mark.parametrize("sentence", [
    "The crisis could drag on for months.",        # a vague span
    "Russia could spend weeks more on it.",        # a duration
    "The train leaves at 9.30am.",                 # a time of day alone
    "Police said 2,000 people had gathered.",      # a number that is a figure
    "We must act, we said.",                       # "we" is not Wednesday
])
def test_not_dates(sentence):
    assert find_dates(sentence, PUB) == []


def test_without_a_publication_day_relative_dates_stay_unresolved():
    found = {d.text: d.date for d in find_dates("He spoke on Tuesday about 7 February 2022.", None)}
    assert found == {"Tuesday": None, "7 February 2022": "2022-02-07"}


def test_caption_dates_count_and_the_publication_line_does_not():
    text = ("Daily Planet\nUpdated 14 June 2025, 09:12 BST\n\nFloods hit the valley\n\n"
            "Rescuers said on Friday that 300 homes had been flooded in the valley after days of rain.\n\n"
            "Rescuers at work in the valley on 12 June (PA)\n\n"
            "The council said it would meet next week to plan the repairs to the flood defences.")
    x = kit.extract(kit.Article.from_text(text))
    got = {(d["text"], d["date"], d["where"]) for d in x.date_dicts()}
    assert ("Friday", "2025-06-13", "body") in got
    assert ("12 June", "2025-06-12", "caption") in got
    assert ("next week", "2025-06-16", "body") in got
    assert not any("14 June" in t for t, _, _ in got)


def test_a_figure_takes_the_date_its_sentence_states():
    x = kit.extract(kit.Article.from_text("On Tuesday, the president said 150,000 troops had gathered."), published=PUB)
    assert x.figures[0]["date"] == "2022-02-15"


def test_dates_frame_has_the_columns_of_the_contract():
    x = kit.extract(kit.Article.from_text("On Tuesday, the president said 150,000 troops had gathered."), published=PUB)
    df = x.dates_frame()
    assert list(df.columns) == ["text", "date", "granularity", "where", "start", "end", "sentence"]
    assert df.iloc[0]["sentence"].startswith("On Tuesday")


def test_a_part_of_a_day_is_that_day():
    found = [(d.text, d.date) for d in find_dates("It stood at 61 yesterday morning and will be updated tomorrow evening.", PUB)]
    assert found == [("yesterday morning", "2022-02-16"), ("tomorrow evening", "2022-02-18")]


@pytest.mark.parametrize("sentence,text,date", [
    ("Waiting lists will shrink by the end of November.", "end of November", "2022-11"),
    ("More than 62,000 people have fled since the start of February.", "start of February", "2022-02"),
    ("The deployment, expected to last until November, will cost £85 million.", "November", "2022-11"),
    ("The walkout, which runs until 23:59 on Friday, will halt every line.", "Friday", "2022-02-18"),
    ("The transfer window closes at 7pm on Monday.", "Monday", "2022-02-21"),
    ("Ministers urged action ahead of the summit in Antalya, Turkey, in November.", "November", "2022-11"),
    ("The Health Secretary has announced a rise, taking the budget to £198.4 billion from April.", "April",
     "2022-04"),
    ("The service has hired 8,500 nurses since last February.", "last February", "2021-02"),
    ("Apple cut the price on Monday, ahead of the new model's arrival in stores on Friday.", "Monday", "2022-02-14"),
])
def test_schedules_deadlines_and_parts_of_months_resolve(sentence, text, date):
    found = {d.text: d.date for d in find_dates(sentence, PUB)}
    assert found.get(text) == date, found


@pytest.mark.parametrize("sentence,text,date,where", [
    # a reporting period that has ended is the last such month; one still running is the nearest
    ("Letter volumes fell 9% in the year to March, the company said.", "March", "2021-03", "body"),
    ("The carmaker raised its forecast for the year ending in March.", "March", "2022-03", "body"),
    # a start ahead, a date something is put off to
    ("The agency said it would have to cut rations by 30% from April.", "April", "2022-04", "body"),
    ("OPEC+ agreed to postpone a planned increase in production until April.", "April", "2022-04", "body"),
    # a photograph's caption tells what has happened
    ("The chief executive at the airline's investor day in March.", "March", "2021-03", "caption"),
])
def test_reporting_periods_starts_postponements_and_captions_resolve(sentence, text, date, where):
    found = {d.text: d.date for d in find_dates(sentence, dt.date(2021, 11, 5), where)}
    assert found.get(text) == date, found


def test_a_wire_dateline_naming_its_country_is_metadata_not_a_date():
    article = kit.Article.from_text("NIIGATA, Japan, Nov 19 (Newswire) - A powerful earthquake killed at least "
                                    "38 people on Tuesday, the agency said.")
    assert article.text.startswith("A powerful earthquake")
    assert [d.text for d in kit.extract(article).dates] == ["Tuesday"]


@pytest.mark.parametrize("sentence,text,date", [
    ("Our target is to vaccinate 3 million people in the hardest-hit districts by the end of April.",
     "end of April", "2022-04"),
    ("The Commission said it would impose duties on cars imported from China from July 5.", "July 5", "2022-07-05"),
    # "paid-up" is a compound; a rule that must be met and takes effect looks ahead
    ("Issuers must hold $25 million in paid-up capital under rules taking effect on January 10, the regulator said.",
     "January 10", "2023-01-10"),
    ("New limits come into force in January, the ministry said.", "January", "2023-01"),
])
def test_a_compound_is_no_verb_and_from_a_day_is_the_nearest_one(sentence, text, date):
    found = {d.text: d.date for d in find_dates(sentence, PUB)}
    assert found.get(text) == date, found


@pytest.mark.parametrize("sentence,text,date", [
    ("The company would keep hiring even after it cut about 1,800 jobs in January.", "January", "2022-01"),
    ("The union has warned of a 48-hour stoppage on March 2 if no deal is reached.", "March 2", "2022-03-02"),
])
def test_a_singular_subject_s_cut_is_past_and_a_passive_after_the_date_shows_no_tense(sentence, text, date):
    found = {d.text: d.date for d in find_dates(sentence, PUB)}
    assert found.get(text) == date, found


def _resolved(text, published):
    """The dates of TEXT, read as an article published on PUBLISHED (YYYY-MM-DD), resolved."""
    x = kit.extract(kit.Article.from_text(text), published=dt.date.fromisoformat(published))
    return [d["date"] for d in x.to_dict()["dates"]]


@pytest.mark.parametrize("text,published,want", [
    ("Output could reach 100,000 boepd by December.", "2025-06-09", "2025-12"),
    ("Germany said it would move 800 soldiers to Lithuania by July.", "2026-02-12", "2026-07"),
    ("The union is holding a members' meeting on Monday.", "2026-02-26", "2026-03-02"),
    ("Gusts of up to 80 mph are forecast to return on Saturday.", "2025-01-08", "2025-01-11"),
    ("The hospital cancelled 1,340 scheduled operations in October.", "2025-11-13", "2025-10"),
    ("A squadron is also due to send vehicles to Poland for exercises in May.", "2026-02-12", "2026-05"),
])
def test_deadlines_schedules_and_forecasts_look_ahead_a_scheduled_thing_does_not(text, published, want):
    assert _resolved(text, published) == [want]


@pytest.mark.parametrize("text,published,want", [
    ("The 2011 drought in the Horn of Africa killed tens of thousands.", "2026-03-03", ["2011"]),
    ("The libraries will shut by the end of September.", "2026-02-26", ["2026-09"]),
    ("Germany would move 800 soldiers from the 41st Mechanised Brigade to Lithuania by July.", "2026-02-12", ["2026-07"]),
    ("The party won 118 seats, up 11 from the 2022 election.", "2026-09-15", ["2022"]),
    ("It was the strongest quake to hit the region since the deadly 2024 quake.", "2026-02-03", ["2024"]),
    ("Capacity reached 66 gigawatts, against a 2030 target of 215 gigawatts.", "2026-02-03", ["2030"]),
    ("Schools will stay closed on Thursday in 38 municipalities, the office said.", "2025-10-22", ["2025-10-23"]),
    ("It affects cars from model years 2019 to 2022.", "2025-10-22", ["2019", "2022"]),
    ("It sold bonds due in 2034 and 2042.", "2025-10-22", ["2034", "2042"]),
    ("Prices would climb by 3% over 2025.", "2025-03-01", ["2025"]),
])
def test_a_year_naming_an_event_a_verb_after_a_modal_and_a_name_ending_in_ed(text, published, want):
    assert _resolved(text, published) == want


@pytest.mark.parametrize("text,want", [
    ("WFP said its appeal to feed refugees in Chad through August was only 14% funded.", "2025-08"),
    ("Exports exceed 3 million tonnes in June.", "2025-06"),
    ("It agreed the deal in June.", "2024-06"),
    ("Equinor expects output to peak at 220,000 barrels a day by June, the company said.", "2025-06"),
])
def test_a_present_eed_verb_is_no_past_and_a_deadline_stays_ahead_of_a_speech_verb(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [d["date"] for d in x.date_dicts()] == [want]


@pytest.mark.parametrize("text,want", [
    # a year a change is measured against
    ("Ticket sales rose 12% on 2023, the festival said.", ["2023"]),
    # months named in a span or owned by a tally
    ("The charity fed 9,000 families between May and August.", ["2024-05", "2024-08"]),
    ("The council counted 812 rough sleepers in its November tally.", ["2024-11"]),
    # a month of the year before or after
    ("Rents have risen 9% since October last year.", ["2024-10"]),
    ("Bookings were down 3% on June last year.", ["2024-06"]),
    # a weekday after "until" looks ahead
    ("The bridge stays closed until Friday, engineers said.", ["2025-03-14"]),
    # guards: a phone number after "on" is no year; "and May" is a person as often as a month
    ("Callers can ring the helpline on 1800 555 214.", []),
])
def test_years_of_comparison_spans_of_months_and_days_until(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [d["date"] for d in x.date_dicts()] == want


@pytest.mark.parametrize("text,want", [
    ("The weather service forecast more heavy rain on Saturday.", ["2025-03-15"]),
    ("Tenants plan a march on the town hall on Friday.", ["2025-03-14"]),
    # guard: a forecast that is a noun tells no future
    ("The carmaker raised its profit forecast on Monday.", ["2025-03-10"]),
])
def test_a_weather_forecast_and_a_plan_look_ahead(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [d["date"] for d in x.date_dicts()] == want


@pytest.mark.parametrize("text,want", [
    ("The line will reopen by the end of 2027, the operator said.", [("end of 2027", "2027")]),
    ("Fares stay frozen until the end of June.", [("end of June", "2025-06")]),
    ("Output has fallen since the start of 2024.", [("start of 2024", "2024")]),
])
def test_a_part_of_a_year_or_month_is_given_without_its_preposition(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [(d["text"], d["date"]) for d in x.date_dicts()] == want


@pytest.mark.parametrize("text,want", [
    ("The minister promised a decision by the end of the year.", [("end of the year", "2025")]),
    ("Council tax bills arrive at the end of the month.", [("end of the month", "2025-03")]),
    ("Mortgage rates peaked in mid-2024, the lender said.", [("mid-2024", "2024")]),
])
def test_the_end_of_this_year_or_month_and_a_year_written_with_mid(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [(d["text"], d["date"]) for d in x.date_dicts()] == want


@pytest.mark.parametrize("text,want", [
    ("It is the river's third flood this year, after a smaller one in April.", ["2025", "2025-04"]),
    ("The judge adjourned the case until March 2.", ["2026-03-02"]),
    # guard: a month after the publication's, beside "this year", is left to the tense
    ("Sales fell this year, and orders dropped in December.", ["2025", "2024-12"]),
])
def test_a_month_beside_this_year_and_a_hearing_adjourned_until_a_day(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 11, 20))
    assert [d["date"] for d in x.date_dicts()] == want


@pytest.mark.parametrize("text,want", [
    ("The board expected ticket sales to recover by May as the new season opened.", ["2025-05"]),
    ("The council approved funding on Monday to keep the night shelter open through the end of April.",
     ["2025-03-10", "2025-04"]),
])
def test_a_deadline_after_an_infinitive_and_a_span_through_the_end_of_a_month_look_ahead(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [d["date"] for d in x.date_dicts()] == want


@pytest.mark.parametrize("text,want", [
    ("The ferry will run through August, the operator said.", [("through August", "2025-08")]),
    ("The city approved a levy on Monday to close its funding gap before June.",
     [("Monday", "2025-03-10"), ("before June", "2025-06")]),
    # guard: "until" and "in" are still dropped
    ("Output fell in February.", [("February", "2025-02")]),
])
def test_a_bound_before_or_through_a_month_keeps_its_word_and_looks_ahead(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [(d["text"], d["date"]) for d in x.date_dicts()] == want


@pytest.mark.parametrize("text,want", [
    # a name and a noun are no tense: "the Housing Planning Bill", "both ends of the bridge"
    ("Parliament passed the Housing Planning Bill late on Monday.", ["2025-03-10"]),
    ("Lorries queued at both ends of the bridge in early January.", ["2025-01"]),
    ("Farmers have called a tractor rally in the capital for Saturday.", ["2025-03-15"]),
    ("The agency said it had sent 40 monitors, with an advance team due in Tromso on Friday.", ["2025-03-14"]),
    ("The airport expects to handle 90,000 passengers on Sunday.", ["2025-03-16"]),
    ("Patients have called the helpline since Monday to ask whether clinics would open.", ["2025-03-10"]),
    ("Stewards hired for this weekend were told they would not be paid.", ["2025-03-10"]),
])
def test_weekdays_ahead_and_behind_and_cues_that_are_no_verbs(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [d["date"] for d in x.date_dicts()] == want


def test_a_period_starting_in_a_month_is_the_nearest_one():
    text = "The cabinet approved on Friday a budget for the fiscal year starting in April, up 9% on this year."
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 12, 27))
    assert [(d["text"], d["date"]) for d in x.date_dicts()][1] == ("April", "2026-04")
def test_each_date_form_opens_with_a_look_ahead_at_the_characters_it_can_open_with():
    """DATE_RE's look-aheads say what each form can open with, as the stdlib reads the form: a
    look-ahead that left a character out would drop dates (and one that let more in would cost time)."""
    import re

    from kit.dates import DATE_RE
    from kit.lexicon import opening_characters

    written = dict(re.findall(r"\(\?P<(\w+)>\(\?=(\[[^\]]*\])\)", DATE_RE.pattern))
    chars = [chr(c) for c in range(0x3000)]  # (with the letters re.I folds onto ASCII ones: "ſ", "K")
    for name, needed in opening_characters(DATE_RE.pattern, DATE_RE.flags).items():
        assert needed is not None and name in written, f"{name}: write (?={needed}) at the head of the group"
        have, want = re.compile(written[name], DATE_RE.flags), re.compile(needed, DATE_RE.flags)
        assert [c for c in chars if have.match(c)] == [c for c in chars if want.match(c)], \
            f"{name}: its look-ahead should be (?={needed})"


@pytest.mark.parametrize("text,want", [
    ("The brewer kept its 2026 guidance unchanged.", ["2026"]),
    ("The council approved its 2025 budget on Monday.", ["2025", "2025-03-10"]),
])
def test_a_bodys_plan_or_outlook_for_a_year_names_that_year(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [d["date"] for d in x.date_dicts()] == want


def test_its_count_of_workers_is_no_year():
    # guard: "its 2000 workers" counts people
    x = kit.extract(kit.Article.from_text("The mill sent its 2000 workers home."), published=dt.date(2025, 3, 12))
    assert x.date_dicts() == [] and x.figures


@pytest.mark.parametrize("text,want", [
    ("Forecasters said the heat reached 44C on Monday and saw no relief before April 2.", ["2025-03-10", "2025-04-02"]),
    ("The recalled jars carry use-by dates up to 20 March.", ["2025-03-20"]),
])
def test_a_day_that_bounds_something_is_the_nearest_one(text, want):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [d["date"] for d in x.date_dicts()] == want


def test_a_number_wanted_by_a_month_looks_ahead():
    text = "The director said she wanted 50,000 more visitors through the doors by October."
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [d["date"] for d in x.date_dicts()] == ["2025-10"]


def test_a_level_climbed_to_by_a_month_stays_in_the_past():
    # guard: the "to" of "climbed to 1,968 trillion won" is no infinitive
    text = "Household debt had climbed to 1,968 trillion won by the end of September, the governor said."
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 11, 26))
    assert [d["date"] for d in x.date_dicts()] == ["2025-09"]


def test_the_previous_year_is_the_year_before_the_one_the_sentence_names():
    text = "The port handled 4.1 million containers in 2022, up 3% on the previous year."
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2025, 3, 12))
    assert [(d["text"], d["date"]) for d in x.date_dicts()] == [("2022", "2022"), ("the previous year", "2021")]


@pytest.mark.parametrize("text,date", [
    # a bound "until at least" a day is still ahead, even after a verb in the past
    ("The operator has cancelled all crossings until at least 12 December, it said.", "2026-12-12"),
    # a schedule in the present: the old coins stop being legal tender on a day ahead
    ("The old coins stop being legal tender on January 15, the central bank said.", "2027-01-15"),
])
def test_a_bound_or_a_schedule_ahead_is_read_ahead(text, date):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2026, 11, 30))
    assert [d["date"] for d in x.date_dicts()] == [date]


@pytest.mark.parametrize("text,years", [
    ("Norway will cut its 2024 quota for North Sea herring by 20%.", ["2024"]),
    ("The court upheld a lower court's 2022 ruling on Friday.", ["2022"]),
    # a plural after "its" is what a number counts, not a year's
    ("The mill sent its 2000 workers home.", []),
])
def test_a_year_before_a_singular_noun_after_its_or_a_possessive_is_a_date(text, years):
    x = kit.extract(kit.Article.from_text(text), published=dt.date(2023, 12, 12))
    assert [d["date"] for d in x.date_dicts() if d["granularity"] == "year"] == years


def test_a_month_before_a_count_over_31_is_no_day():
    # "In March 40 people died": 40 people, not a 40th of March
    x = kit.extract(kit.Article.from_text("In March 40 people died in the floods."), published=dt.date(2025, 5, 2))
    assert [f["value"] for f in x.figures] == [40.0]
    assert all("40" not in d["text"] for d in x.date_dicts())


def test_a_day_and_month_with_its_weekday_falls_in_the_year_the_weekday_fits():
    # "announced stoppages on Friday 29 May", published 19 May 2026: the announcing is past, the day is ahead:
    # 29 May is a Friday in 2026, not in 2025.
    # Guard: a past date without its weekday stays the last one ("walked out on 29 March": 2026-03-29).
    x = kit.extract(kit.Article.from_text("The union announced stoppages on Friday 29 May."), published=dt.date(2026, 5, 19))
    assert [d["date"] for d in x.date_dicts()] == ["2026-05-29"]
    x = kit.extract(kit.Article.from_text("The union said staff had walked out on 29 March."), published=dt.date(2026, 5, 19))
    assert [d["date"] for d in x.date_dicts()] == ["2026-03-29"]


def test_a_day_a_perfect_reports_is_the_nearest_such_day():
    # "has called further stoppages on 27 May, and said ...", published 19 May 2026: the call is past, the
    # stoppage it names is the nearest 27 May (the "said" after it tells of the saying). Guard: a simple past
    # ("walked out on 27 April") is the last one.
    x = kit.extract(kit.Article.from_text("The federation has called further stoppages on 27 May, and said it "
                                          "would hold a ballot."), published=dt.date(2026, 5, 19))
    assert [d["date"] for d in x.date_dicts()] == ["2026-05-27"]
    x = kit.extract(kit.Article.from_text("Drivers walked out on 27 April, the federation said."), published=dt.date(2026, 5, 19))
    assert [d["date"] for d in x.date_dicts()] == ["2026-04-27"]
