"""Figure mentions in context -> actor (whose), location (where), source (who said it), caveats.

Everything works on one sentence at a time, as CONTRACT.md asks ("the place the figure's own
sentence gives", "not carried over from another sentence unless a quotation continues"); the
only memory kept across sentences is who has spoken and which places and bodies were named, so
that "he", "Mr Heappey", "the company" and "the Baltic state" can be resolved.
"""
from __future__ import annotations

import itertools
from collections import Counter
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from operator import attrgetter
from typing import ClassVar, Literal, overload

from .figures import DISTANCE_UNITS, LOCATED_UNITS, PAY_ASKS, PERSON_NOUNS, PUT_AT, WORKFORCE, Mention, _demonym_plural, _units
from .lexicon import alternation, first_char_alternation, may_end_with, table, word_list
from .dates import MONTH_ABBREVIATIONS
from .numbers import tokenize
from .places import NOT_PLACES, country_names, data_regions, first_names, given_name_genders, Place, backrefs, cities, currency_countries, lookup
from .places import gazetteer
from .sentences import INITIALS, Paragraph, Sentence, within

DESTINATION = frozenset({"to", "into", "towards", "toward", "reaching", "reached", "entering", "entered"})
POSITION = frozenset({"in", "at", "near", "along", "on", "across", "inside", "around", "outside", "off", "patrol",
                      "above", "below", "beyond",
                      "through",
                      "patrolling", "patrols", "crossing", "crossed", "cross",
                      "within", "throughout", "encircled", "encircle", "surrounded", "surround", "invaded",
                      "invade", "occupied", "hit", "struck", "shelled", "bombed", "attacked", "over", "under"})
_WHERE_PREPS = POSITION | DESTINATION  # (the unions the rules ask of often are made once, not at each asking)
# Where a back-reference's possessive still places a figure: "guards work across the country's 36 jails",
# "guests in the island's hotels", "on the city's waiting list", "pouring into the region's resorts", "allocated
# 4.8 trillion pesos to the country's universities" (what the place holds is in it)
# a part of a country named by its bearing alone, the country unnamed: "sent troops to the north", "across the arid
# north" (not "the north of Kenya", "the North Sea", "the north stand")
_TO_THE_NORTH = re.compile(r"\b(?:to|in|across|throughout|into)\s+the\s+(?:(?:arid|far|rural|remote|mountainous|restive)\s+)?"
                           r"(north|south|east|west|north-east|north-west|south-east|south-west)"
                           r"(?=\s*[,.;]|\s+(?:since|on|in|this|last|after|before|where|and|have|has|had|were|was|are|is)\b)")
_COMPASS_ADJECTIVE = {"north": "northern", "south": "southern", "east": "eastern", "west": "western"}
_ACROSS_OWNED = frozenset({"across", "in", "on", "at", "throughout", "inside", "into", "to"})
# (not its past: "the largest protest in the city's history")
_OWNED_TIME = re.compile(r"\s+(?:[a-z]+\s+)?(?:history|past|records?|future|memory)\b")
ORIGIN = frozenset({"from", "fled", "fleeing", "leaving", "left"})
# Verbs whose first object is where a figure goes: "will send Ukraine a $1.2 billion package"
GIVING = frozenset({"send", "sends", "sending", "sent", "give", "gives", "giving", "gave", "offer", "offers", "offered",
                    "lend", "lends", "lent", "sell", "sells", "sold", "supply", "supplies", "supplied", "provide", "provides",
                    "pay", "pays", "paying", "paid", "owe", "owes", "owed", "award", "awards", "awarded"})
# the words before a body or place that make it no owner of the figure after it (_actor): where it goes, whom it is
# given, where it comes from
_TO_OR_GIVEN = DESTINATION | GIVING
_NOT_AN_OWNERS = DESTINATION | ORIGIN | GIVING | {"for", "against", "with"}
_NOT_A_PLACES_OWN = DESTINATION | POSITION | ORIGIN | GIVING | {"for", "against", "with", "between"}
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
# the places a story calls by their kind, and the kind of place each back-reference is
_AREA_KINDS = {"the city": "city", "the town": "city", "the district": "region", "the county": "region",
               "the borough": "city", "the island": "place"}
_AREA_WORD_KIND = {"municipal": "city"}  # "X Municipal Council": "the city"
# a passive whose agent is named right after the counted thing: "12,000 places were offered by Dunmore University"
_DONE_BY = re.compile(r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|(?:will|would|could|may|might|must|should|can)\s+be|"
                      r"(?:are|is|were|was)\s+(?:being|to\s+be))\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|paid|built|"
                      r"sold|bought|made|given|run|held|won|taken|set|cut|shed|spent|lost|kept|shut)\s+by\s+(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*"
                      r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,5})")
# a participle's agent right after a counted phrase the figure heads: "the 3.5% pay rise offered by the Department for
# Education", "61.4% of trains run by Northern Vale Railways"
_BARE_PARTICIPLE = r"(?:[a-z]+ed|paid|built|sold|made|given|run|held|set|spent|kept)"  # the two patterns below read one list
_SHORT_NOUN_AFTER = re.compile(r"(?:\s+(?:of\s+)?[a-z][a-z-]*){1,2}?(?=\s+" + _BARE_PARTICIPLE + r"\s+by\s)")
_DONE_BY_BARE = re.compile(r"\s+" + _BARE_PARTICIPLE + r"\s+by\s+(?:the\s+)?"
                           r"(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,5})")
# the body of a town or county called by its kind: "the county government", "the city council"
# (not where it only reports what others have: "The city council says 16,000 tourist flats operate"; but "the county
# government said it was spending")
_AREA_GOVERNMENT = re.compile(r"\s+(government|council)\b(?!['’]s)(?!\s+(?:says|said|reports|reported|estimates|estimated)\b"
                              r"(?!\s+(?:that\s+)?(?:it|its)\b))")
# a relative clause that only a thing or a body takes: "Bayside Stevedoring, which employs ..."
_WHICH_AFTER = re.compile(r",\s+which\s")
# the words after a country's possessive that may name its body again ("Sweden's coastguard sent")
_THREE_WORDS = re.compile(r"\s+([\w-]{2,30})(?:\s+([\w-]{2,30}))?(?:\s+([\w-]{2,30}))?")
# a body's act in a relative clause with no "that" after the counted thing: "the 1,500 jobs Rheinfeld shed"
_NAME_DID_IT = re.compile(r"\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})\s+(?:had\s+|has\s+|have\s+)?"
                          r"(?:[a-z]+ed|paid|spent|shed|cut|lost|sold|bought|won|raised|made|built|took|gave|set)\b")
_COUNCIL_TOWN_REFS = {"the city": "city", "the town": "city", "the county": "region", "the borough": "city",
                      "the district": "region"}
_SUBJECT_AUXILIARIES = frozenset("will would has had is was plans wants expects aims can could must should may".split())
# a force or kit taken back from where it was: the place it leaves is where the figure was
_WITHDRAWN = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)?\s+(?:back|out)|evacuat\w+|remov\w+|relocat\w+|"
                        r"redeploy\w*)\b[^.;:]*?\bfrom\s+(?:the\s+)?$", re.I)
# a craft sent up from where it stands: the place it leaves is where the launch is (places.toml [launched_from])
_LAUNCHED = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in table("places")["launched_from"]["words"])
                       + r")\b[^.;:]*?\bfrom\s+(?:the\s+)?$", re.I)
MOTION = re.compile(r"\b(?:head\w*|bound|sail\w*|fl[ye]\w*|depart\w*|deploy\w*|despatch\w*|dispatch\w*|sen[dt]\w*|mov\w*|leav\w*|left)\b", re.I)
SKIP_BEFORE_VERB = frozenset(
    "has have had also already again previously later then last night yesterday today earlier on this "
    "week month tuesday monday wednesday thursday friday saturday sunday morning evening has been "
    "was is were are reportedly initially separately privately publicly officially now still currently".split()
)
NOT_SUBJECTS = frozenset("the a an it he she they we i you this that these those its his her their our but and "
                         "in on at for from by with as after before when while if yesterday today "
                         "many most some several few all both each other others such more less "
                         "hurricane typhoon storm cyclone tropical tornado now then so yet still there here".split())
# ("Hurricane Gonzalo made landfall", "Now I ...")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŪŮŰŲŹŻŽ"  # capitals of names ("Łukasz", "Ólafur")
# A clause opening with a name and its verb: "Carmaker Stellbrook will", "Kestrel Digital unveiled".
_SUBJECT = (
    r"(?:The\s+|(?:[A-ZÀ-ÖØ-Þ][a-z]+\s+)?(?:(?!(?:in|at|from|of|for|near|on|across|to|by|with)\s)[a-z'’-]+\s+){1,3}(?=[" + UPPER + r"]))?"
    # "The", or a descriptor: "Streaming service" (not "Researchers in Ethiopia")
    r"(?P<name>[" + UPPER + r"][\w&.'’-]*(?:\s+(?:[" + UPPER + r"][\w&.'’-]*|of|for|and|&|"
    r"(?:de|des|du|del|della|di|da|dos|van|von|der)(?=\s+[" + UPPER + r"])))*?(?:\s+(?:government|administration))?)"  # the name
    # (a particle of a foreign name joins it: "The Musée des Tisserands")
    r"(?:\s+in\s+[" + UPPER + r"][\w'’-]*(?:\s+[" + UPPER + r"][\w'’-]*){0,2}(?=[\s,]))?"  # where it is: "... in Newcastle will raise"
)
_SUBJECT_AFTER = (  # what follows the subject's name: an aside, a time, the verb
    r"(?:,(?P<aside>\s(?:[^,]|,(?=\d{3})){2,100}),)?"  # an aside: ", Britain's fifth-largest supermarket chain,"
    r"(?:\s+(?:(?:late\s+|early\s+)?on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"  # "Adif on Tuesday awarded"
    r"|\s+(?:last|this)\s+(?:week|month|year))?"
    r"\s+(?P<verb>(?:(?:has|have|had|will|would|is|are|was|also|now|still|already|currently|previously|again|"
    r"reportedly|recently)\s+){0,2}"
    r"(?:[a-z]+ed|said|says|plans|plan|will|must|cut|cuts|sold|sells|spent|spends|paid|pays|won|wins|made|makes|took|"
    r"raised|raises|lost|loses|set|sets|gave|gives|sent|sends|bought|buys|agreed|expects|wants|seeks|has|have|"
    r"employs|invests|offers|offered|hopes|aims|owns|runs|holds|ordered|announced|forecast|forecasts|reports|"
    r"posts|sees|represents|levies|charges|collects|imposes|receives|produces|hosts|owes|earns|funds|operates|manages|"
    r"controls|carries|drops|falls|rises|gains|slips|climbs|keeps|retains|flies|serves|handles|builds|"
    r"generates|provides|delivers|welcomes|attracts|"  # "Skyvale now flies to" (not nouns too: "exports", "supplies")
    r"[a-z]+ing|{past}))\b")
_SUBJECT += _SUBJECT_AFTER


_BASE_SUBJECT_VERBS = re.compile(r"said|says|plans|plan|will|cut|cuts|sold|sells|spent|spends|paid|pays|won|wins|made|"
                                 r"makes|took|set|sets|gave|gives|sent|sends|bought|buys|lost|[a-z]+ed|[a-z]+ing")


@cache
def _past_verbs() -> frozenset[str]:
    return frozenset(word_list("past_verbs"))


# a body named by its kind opens the clause and acts: "The agency is also sending", "The Denver-based carrier paid"
_THE_BODY_ACTS = re.compile(r"\s*(?:The|the)\s+(?P<words>(?:(?:[a-z][\w-]*|[A-ZÀ-ÖØ-Þ]\w*-[a-z]+)\s+){0,2}?(?P<head>[a-z]+))"
                            r"(?:,\s+(?:which|who)\s+[^,;]{1,80},)?\s+"  # "The union, which has about 55,000 members, is seeking"
                            r"(?:(?:also|now|still|already|has|have|had|is|are|was|were|will|would|could)\s+)*(?P<verb>[a-z]+)\b")
# after a speech verb, the body's own act: "The airline says it has offered 6.5%"
# a person's aside naming the body they lead: ", president of the Junta de Andalucía,"
_HEAD_OF = re.compile(r"\s*(?:the\s+|a\s+)?(?:[a-z-]+\s+)?(?:president|chief\s+executive|head|leader|chair|chairman|"
                      r"chairwoman|chairperson|mayor|governor|premier|director(?:-general)?|secretary-general)\s+of\s+"
                      r"(?:the\s+)?(?P<body>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:de|del|of|for|and|[A-ZÀ-ÖØ-Þ][\w&'’.-]*)){0,6})\s*$")
# what a body's head commits it to: "announced a €350 million fund"
_COMMITS = frozenset("announced announces pledged pledges promised promises unveiled unveils approved approves "
                     "allocated allocates earmarked earmarks committed commits offered offers granted grants".split())
# a named person opening the sentence who commits money ("Rivas announced a fund of ..."): _COMMITS' past forms
_PERSON_COMMITS = re.compile(r"\W{0,3}((?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+)\s+(?:also\s+|then\s+)?"
                             r"(?:" + "|".join(sorted(w for w in _COMMITS if w.endswith("ed"))) + r")\b")
# a city acting on or owning its budget: "The city's debt", "The city has set aside"; "bring the city"
_THE_CITY_ACTS = re.compile(r"\W{0,3}(?:[A-ZÀ-ÖØ-Þ][a-z]+,\s+)?[Tt]he\s+(?:city|town)(?:['’]s\s|\s+(?:has|had|will|would|plans|expects|is\s+to|"
                            r"set|sets|spent|spends|borrowed|owes|received|receives|raised|raises)\b)")
_THE_CITY_GETS = re.compile(r"\b(?:bring|brings|brought|cost|costs|save|saves|saved|give|gives|gave)\s+the\s+(?:city|town)\s+"
                            r"(?:(?:about|some|around|nearly|an\s+extra|a\s+further|another)\s+)?$")
# the city acting or owning in a clause later in the sentence: "where the city has opened 11 centres", "the energy
# bill for the city's 340 buildings" (the figure in the same clause; words of bounded length)
_THE_CITY_DOES = re.compile(r"\bthe\s+(?:city|town)(?:['’]s\s+|\s+(?:has|had|will|would|plans|expects|is\s+to|set|sets|spent|"
                            r"spends|borrowed|owes|received|receives|raised|raises|opened|opens|allows|allowed|hired|hires)\s+"
                            r"(?:[\w'’-]{1,30}\s+){0,6}?)$")
# a firm that states its own figures by the short name the story gave it: "..., Corvane said in a filing" after
# "Corvane Systems"
_NAME_SAID = re.compile(r",\s+([A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})\s+(?:said|says|added|reported|announced|"
                        r"confirmed)\b")
# a firm that states its own figures by its kind: "..., the company said"
_THE_FIRM_SAID = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:company|club|firm|carmaker|automaker|airline|carrier|group|"
                            r"retailer|maker|chain|hospice|charity|lender|miner|insurer|operator|manufacturer)\s+"
                            r"(?:said|says|added|reported|announced|confirmed)\b"
                            # "..., a spokesperson for Emirates Gulf Petroleum said": the firm speaks through its spokesperson
                            r"|\b(?:a|an|the)\s+(?:company\s+)?(?:spokesperson|spokesman|spokeswoman)\s+for\s+[A-ZÀ-ÖØ-Þ][^,.;]{0,60}?\s+"
                            r"(?:said|says|added|told)\b")
_ITS_CLAUSE = re.compile(r"[\s,;]*(?:(?:and|while|but|whereas)\s+)?(?:its|their)\s+(?:[a-z-]+\s+){0,3}?"
                         r"(?:[a-z]+ed|rose|fell|grew|was|were|stood|is|are|hit|reached)\b")
# "after its share of the vote fell": a clause of a cause or a time whose "its" is the sentence's subject
_AFTER_ITS = re.compile(r"\b(?:after|as|when|because|since)\s+(?:its|their)\s+(?:[a-z-]+\s+){0,4}?"
                        r"(?:[a-z]+ed|rose|fell|grew|slid|sank|shrank|was|were|stood|hit)\s+(?:by\s+)?"
                        r"(?:[\d.,]+\s*(?:%|points?|percentage\s+points?)\s+to\s+|to\s+)?$")  # ("fell 17 points to")
# words before a record's maker that are no part of its name: "the latest central bank data"
_DOCUMENT_OPENERS = frozenset(table("bodies")["document_openers"]["words"])  # bodies.toml: "the latest official"
# a speech verb whose reported clause opens with "its" right before the figure: "warned that its $409 million appeal"
_SAID_THAT_ITS = re.compile(r"\b(?:said|says|warned|warns|added|adds|noted|notes|stressed|announced|reported)\s+"
                            r"(?:on\s+[A-Z][a-z]+day\s+)?that\s+its\s+$")
_HEAD_WORD = re.compile(r"([a-z]+)\b")
_MEMBERS_OF_WHAT = frozenset({"family", "crew", "cabinet", "staff", "team", "church", "club", "board", "house"})
_NAME_MEMBERS = re.compile(r"(?<![\w'’])((?:[A-ZÀ-ÖØ-Þ][\w&'’-]*\s+){0,2}[A-ZÀ-ÖØ-Þ][\w&'’-]*)\s+members\b")
_THAT_IT = re.compile(r"\b(?:and\s+)?that\s+it\s+(?:would|will|had|has|could|expected|expects|planned|plans|was)\s+"
                      r"(?:[a-z-]+\s+){0,4}?(?:an?\s+|the\s+)?$")
_GOVERNS_NEXT = re.compile(r"\s+(?:government|administration|authorities|officials|police|premier|minister|parliament)\b")
_PUT_PARTICLE = re.compile(r"\s+(?:on|under|in|into|out|off|up|down|forward|back|through|aside|together)\b")
# a time a sentence opens with, before its subject: "Until last March, ", "Earlier this month, "
_TIME_PHRASE = re.compile(r"(?:Until|Since|By|Before|After|Earlier|Later|Last|This|In|On)\s+(?:(?:last|this|next|early|late|"
                          r"mid-?)\s+)?(?:year|month|week|summer|winter|spring|autumn|January|February|March|April|May|June|"
                          r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                          r"Saturday|Sunday|\d{4})(?:\s+\d{4})?(?:,\s+(?=[A-ZÀ-ÖØ-Þ])|\s+(?=the\s))")
# a sum's opening words before the subject: "In all, the bloc has stationed 22 aircraft"
_SUM_OPENER = re.compile(r"(?:In\s+all|In\s+total|Overall|Altogether|All\s+told),\s+(?=[A-ZÀ-ÖØ-Þ]|the\s)")
_NOT_A_GROUP = frozenset({"its", "this", "has", "was", "is", "as", "us", "does", "his", "hers", "yours", "ours"})
_AGE_ASIDE = re.compile(r"\s*\d{1,3}\s*")  # "Marie-Thérèse Guillo, 58, said": a person's age, not a body's aside
# money paid or spent by an unnamed group ("Insurers have paid out more than NZ$1.1 billion", "10 franchises spent a
# combined Rs 467.95 crore", "Guests will pay between €2 and €3.50"), or a cost an unnamed group bears ("the strike
# would cost businesses in the capital £110 million", "a fraud that cost investors more than $300 million"): the
# plural right before the verb, the figure right after it (a window of the clause before the figure)
# (or one of a group, in the singular: "a typical Band D household would pay £98 more", "each visitor spends"); money
# an unnamed group pledges or donates is no one's too ("Donors have pledged $9.8 million towards the campaign")
_GROUP_PAYS = re.compile(r"(?:^|(?<=[\s,;(]))(?:(?P<group>[A-Za-z][a-z-]+s)|(?:an?|each|every)\s+(?:typical\s+|average\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?P<one>" + "|".join(table("bodies")["one_who_pays"]["words"]) + r"))\s+(?:(?:have|had|has|would|will|were|are|was|could|"
                         r"typically|already|now|also|each)\s+){0,2}(?:paid|pay|paying|pays|spent|spend|spending|spends|"
                         r"pledged|pledge|pledges|pledging|donated|donate|donates|donating)"
                         r"(?:\s+out)?\s+(?:(?:a|an|combined|total|average|of|record|more|than|about|around|some|nearly|"
                         r"almost|at|least|up|to|between|estimated)\s+){0,4}$")
_COST_TO_GROUP = re.compile(r"\b(?:cost|costs|costing)\s+(?P<group>[a-z][a-z-]+s)(?:\s+(?:in|across|at)\s+[^,;]{1,30}?)?\s+"
                            r"(?:(?:a|an|more|than|about|around|some|nearly|almost|at|least|up|to|as|much|estimated)\s+){0,4}$")
# the noun a possessive owns, then the figure it amounts to: "the state's interest bill of A$26 million", "the
# country's OPEC+ quota of 1.47 million" (a few words, bounded)
_POSSESSED_OF = re.compile(r"\s+(?:[\w+-]+\s+){0,2}[a-z][\w+-]*\s+of\s+(?:(?:about|around|some|nearly|almost|more\s+than|"
                           r"at\s+least|up\s+to|an\s+estimated|roughly)\s+)?")
# the same, the possessed thing moved by or to the figure: "cutting the state's expected soybean harvest by 12% to
# around 4.1 million tonnes", "the city's debt rose to €640 million"
_POSSESSED_MOVED = re.compile(r"\s+(?:[\w+-]+\s+){0,2}[a-z][\w+-]*\s+(?:(?:rose|fell|grew|climbed|dropped|jumped|slid|"
                              r"increased|decreased|declined|shrank|will\s+rise|will\s+fall)\s+)?(?:by\s+[\d.,]+\s*(?:%|per\s*cent|"
                              r"percent)\s+)?(?:by|to)\s+(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|up\s+to|"
                              r"an\s+estimated|roughly)\s+)?")
# a sentence that opens with a price a body sets, its head within the first six words: "Cash tolls for cars",
# "Dublin's single adult bus fare", "Prize money at the ATP Finals" (bodies.toml [set_prices])
_SET_PRICE_OPENS = re.compile(r"\W{0,3}(?:[\w'’$.-]+\s+){0,5}?(?i:" + "|".join(
    w.replace(" ", r"\s+") for w in sorted(table("bodies")["set_prices"]["words"], key=len, reverse=True)) + r")\b")
# the words that open a later clause before its subject, and a subject's verb right after it ("the country raised",
# "the province aims", "the city allows", "the state will spend")
_CLAUSE_JOINERS = frozenset("after and while whereas as when because since but although though".split())
_BACKREF_ACTS = re.compile(r"\s+(?:(?:has|had|have|will|would|is|was|also|now|still|already)\s+)*[a-z]+(?:ed|s)\b(?<!ss)")
# a phrase of place or circumstance opening a sentence, before its subject: "In the Landtag in Schwerin, the AfD",
# "With 99.8% of ballots counted, PAS" (bounded: one clause of at most 80 characters)
# an area a place's possessive introduces by its name and its kind: "Fiji's Lau group", "Florida's Lee and Collier
# counties", "China's Hubei province" (read in a bounded window after the possessive)
_NAMED_AREA_AFTER = re.compile(r"\s+((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+(?:and\s+)?){1,3}?(?:group|islands|region|province|provinces|"
                               r"county|counties|district|districts|valley|peninsula|delta|basin|coast|department|prefecture)\b)")
_LOWER_FEATURES = frozenset(("valley", "river", "delta", "basin", "plain", "lagoon", "estuary"))  # "the Po valley"
_BASED_OPENER = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})-based\s+(?=[A-Z])")  # "Bengaluru-based Infonetic"
_PLACE_OR_STATE_OPENER = re.compile(r"\s*(?:In|At|With|Across|Outside|Inside|Throughout)\s+[^,;:\"“”()]{2,80}?,\s+"
                                    r"(?=(?:the\s+|The\s+)?[A-ZÀ-ÖØ-Þ])")
_POLICE_UNITS = frozenset(table("bodies")["police_units"]["words"])
_PEOPLE_OF = frozenset(table("places")["people_of"]["words"])
# a people named after its country's or town's name: "Bolivian children", "Palma residents"
_PEOPLE_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_PEOPLE_OF | {
    "children", "adults", "voters", "households", "families", "pupils", "students", "women", "men", "teenagers"})) + r")\b")
# a market after a country's adjective: "the British grocery market", "the German car market" (not "British
# market research firm": a body)
_A_MARKET_NEXT = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:market\b(?!\s+(?:research|researcher|regulator|watchdog|analyst))"
                            r"|box\s+office\b)")
# a name between a count and the people it counts: "1,870 Ccochapampa residents", "400 Lisbon households"
_NAMED_RESIDENTS = re.compile(r"\s+((?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+)" + _PEOPLE_NEXT.pattern.replace(
    r"\s+(?:", r"\s+(", 1))
_LIVE_THERE = frozenset({"residents", "inhabitants", "villagers", "townspeople"})
# a share of, or an amount for each of, the people who live in a named town: "72% of Palma residents", "about €22 for
# every Lisbon resident"
_SHARE_OF_RESIDENTS = re.compile(r"\s+(?:of|for\s+(?:every|each)|per)\s+([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)\s+"
                                 r"(?:residents?|inhabitants?|households?|villagers?|citizens?)\b")
# the same written after the people: "about £19 for every resident of Leeds"
_SHARE_OF_RESIDENTS_OF = re.compile(r"\s+(?:for\s+(?:every|each)|per)\s+(?:resident|inhabitant|household|villager|citizen)s?\s+"
                                    r"of\s+([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)")
# "the population of England and Wales grew by 706,881", "residents of Flin Flon": the people are there
_PEOPLE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_PEOPLE_OF, key=len, reverse=True)) + r")\s+of\s+(?:the\s+)?$", re.I)
# a part of a place, after the preposition that places it: "in most other neighbourhoods of Karachi", "evacuated from
# coastal and low-lying areas of Luzon", "waiting at both ends of the canal": the place is where the figure is, by
# that preposition (a few words between, read in a bounded window before the place)
# a back-reference to a part of a country, and the words by which a paragraph is at the town that names it
_PART_OF_A_COUNTRY = frozenset({"the region", "the province", "the county", "the district"})
_TOWN_OF_A_PART = frozenset({"in", "at", "near", "around", "outside"})
_PART_NOUNS = frozenset({"areas", "parts", "districts", "neighbourhoods", "neighborhoods", "suburbs", "outskirts", "edge",
                         "edges", "end", "ends", "side", "sides", "stretches", "sections", "corners", "reaches"})
_PART_OF_BEFORE = re.compile(r"\b(in|at|across|from|along|throughout|on|into|around|inside)\s+(?:[a-z][\w-]*\s+){0,4}"
                             r"(?:" + "|".join(sorted(_PART_NOUNS)) + r")\s+of\s+(?:the\s+)?$")
# a town's own event after its name, in lower case: "the Colombo auction", "the Hamburg marathon"
_TOWN_EVENT_AFTER = re.compile(r"\s+(?:tea\s+|wine\s+|art\s+|film\s+)?(?:auctions?|marathon|festival|summit|fair|regatta)\b")
# an event named by what it struck, just before the place: "an eruption of", "the collapse of the" (bounded by the caller)
_EVENT_OF_BEFORE = re.compile(r"\b(?:eruptions?|collapse|explosions?|blasts?|sinking|derailment|flooding|shelling|bombing|"
                              r"bombardment)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$")
# bodies that speak for a trade or a field, whose figures are their members' or the market's
_SPEAKS_FOR_OTHERS = re.compile(r"\b(?:Association|Federation|Confederation|Chamber|Institute|Society|Statistics|Statistical|"
                                r"Census|Observatory)\b")  # and the bodies that count what others earn and pay
_FIRM_PAPERS = frozenset(table("bodies")["firm_papers"]["words"])  # a firm's own papers
# the runner of a facility, speaking last: ", operator Nordur Carbon said on Tuesday.", ", its developer NordVind said",
# ", the Spanish developer said", ", its owner, Nordsol Energy, said", ", its operator, Harwick Energy, said, adding
# that crews had contained the leak" (a bounded look at the sentence's end)
_RUNNER_SPEAKS_LAST = re.compile(r",\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:" + alternation(
    table("bodies")["facility_runners"]["words"]) + r")\b,?[^,;:]{0,60}?,?\s(?:said|says|told)\b[^,;:]{0,40}(?:,\s+adding\s[^;:]{0,120})?[.!]?\s*$", re.I)
# "the USTC cabin crew union": a name the story calls a union (words of bounded length: linear time)
_NAMED_UNION = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w&'’.-]{0,40}\s+){1,4})(?:[a-z-]{1,40}\s+){0,3}?union\b")
# a name the story calls a union in an aside: "Flyforbundet, the union representing cabin crew,"
_APPOSED_UNION = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w&'’-]{0,40} ){0,3}[A-ZÀ-ÖØ-Þ][\w&'’-]{0,40}),\s+(?:the|a|an)\s+"
                            r"(?:[a-z-]{1,40}\s+){0,3}?union\b")
# a name, then an aside calling it a body that is no firm: "Swissmedic, the Swiss regulator," (bounded: linear time)
_APPOSED_NON_FIRM = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w&'’-]{0,40} (?:(?:de|des|du|del|della|di|da|dos|van|von|der) )?){0,3}"
                               r"[A-ZÀ-ÖØ-Þ][\w&'’-]{0,40}),\s+(?:the|an?)\s+"
                               r"(?:[\w’'-]{1,40}\s+){0,3}?(?:regulator|watchdog|ministry|agency|authority|union|"
                               r"party|commission|institute|council|charity|university|hospital|"
                               r"(?:(?<![\w'’])(?:[a-z]{1,20}-)?rights|campaign|pressure|advocacy|lobby|environmental|conservation|residents['’]?)\s+group)\b")
# ("The Observatorio Andino del Agua, a water-rights group based in Cusco,": a campaign group is no firm either)
# a report of what a body did: "He said the university had spent", "told MPs that the council would"
# a report's verb, the one place its words are listed: "said", "told reporters", "told the BBC's Today programme"
_REPORT_VERB = r"\b(?:said|says|added|argued|claimed|warned|told\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
_REPORTED_THE = re.compile(_REPORT_VERB + r"(?:that\s+)?(?=[Tt]he\s)")
_SPEECH_AFTER = re.compile(r"(?:said|says|told|added|warned|argued|claimed)$")
_OF_THE_WORKFORCE = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:workforce|staff|employees|jobs)\b")
_AT_ITS_SITE = re.compile(r"\s+(?:at|in|on)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(
    table("places")["site_nouns"]["words"], key=len, reverse=True)) + r")\b")
_CONTRIBUTION_WORDS = frozenset(table("bodies")["contributions"]["words"])  # "Britain's share"
# the words between a town and its "council" ("Clermont-Ferrand city council"; "the city council"): bodies.toml
_COUNCIL_KINDS = frozenset(table("bodies")["council_kinds"]["words"])
_SERVICES_AFTER_PLACE = frozenset(table("bodies")["services_after_place"]["words"])  # "Dutch customs"
# a council named for its town or county ("Glasgow City Council", "Shropshire Council"), and the
# back-references that name that place again
_COUNCIL_OF = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}?)\s+(?:(?:" + "|".join(
    sorted(w.capitalize() for w in _COUNCIL_KINDS)) + r")\s+)?Council")  # bodies.toml [council_kinds]
_CITY_BODY = re.compile(r"(?:" + "|".join(sorted(_COUNCIL_KINDS)) + r")\s+council", re.I)
# a place the story names by its kind: "Kelso Falls city council", "Kereru Valley District Council", "the town of
# Bellmore" (not "the Town of Bellmore Council": the name is the capitalised words right after "of")
_AREA_DEFINED = re.compile(r"\b(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}?)\s+(?P<kind>[Cc]ity|[Tt]own|[Dd]istrict|"
                           r"[Cc]ounty|[Bb]orough|[Mm]unicipal)\s+[Cc]ouncil\b|\bthe\s+(?P<kind2>city|town|district|county|borough)"
                           r"\s+of\s+(?P<name2>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})"
                           # "the Italian island of Lampedusa", "the island of 'Eua": the island the story so calls
                           r"|\bthe\s+(?:[A-ZÀ-ÖØ-Þ][\w-]*\s+)?(?P<kind3>island)\s+of\s+(?P<name3>['’]?[A-ZÀ-ÖØ-Þ][\w'’-]*"
                           r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})")
_TOWN_POLICE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}?)\s+[Pp]olice")  # "Phoenix police arrested 14 people"
# a council named for its town with its kind written in lower case ("Dubrovnik city council")
_TOWN_COUNCIL = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}?)\s+(?:(?:" + "|".join(
    sorted(_COUNCIL_KINDS)) + r")\s+)?council")  # bodies.toml [council_kinds]
# titles of one office a story names one holder of: "the governor", "the mayor" is that person
_ROLE_TITLES = frozenset(table("bodies")["office_titles"]["words"])
_RECENT_BODIES = 50  # bodies weighed when one is chosen among those the story named (a bounded search)
_THAT = re.compile(r"\s*(?:that\s+)?")
_ITS_OWN_ACT = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:has|had|have|will|would|was|is|plans|planned)\b")


@cache
def _past_alternation() -> str:
    """The irregular past verbs of kit/lexicons/past_verbs.txt ("flew", "grew", "shut") as one alternation, longest first."""
    return "|".join(sorted(map(re.escape, word_list("past_verbs")), key=len, reverse=True))


@cache
def _subject_after() -> str:
    """_SUBJECT_AFTER with the irregular past verbs."""
    return _SUBJECT_AFTER.replace("{past}", _past_alternation())


@cache
def _subject_re() -> re.Pattern:
    """_SUBJECT, its verbs with the irregular past verbs (_subject_after)."""
    return re.compile(_SUBJECT[:-len(_SUBJECT_AFTER)] + _subject_after())


@cache
def _foreign_body_subject_re() -> re.Pattern:
    """A sentence opening with a body named kind first ("Banco de México held", "The Junta de Andalucía
    will spend": bodies.toml [foreign_body_heads]), then what follows a subject (_subject_after)."""
    heads = "|".join(sorted(map(re.escape, FOREIGN_BODY_HEADS), key=len, reverse=True))
    particles = "|".join(sorted(map(re.escape, NAME_PARTICLES), key=len, reverse=True))
    return re.compile(r"\s*(?:[Tt]he\s+)?(?P<name>(?:" + heads + r")\s+(?:" + particles + r")(?:\s+(?:" + particles
                      + r"|[" + UPPER + r"][\w&.'’-]*))+?)" + _subject_after())


@cache
def _after_initials_re() -> re.Pattern:
    """The initials in brackets after a body's name, then what follows a subject (_subject_after)."""
    return re.compile(r"\s*\([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-z&]{1,7}\)" + _subject_after())
# After a place's possessive, words that describe one body or person rather than place a figure:
# "Germany's largest airline", "Britain's fifth-largest chain", "Ethiopia's Tigist Alemu"
DESCRIBES_ONE = re.compile(r"\s+(?:[\w-]*(?:est|first|second|third|fourth|fifth|leading|top|biggest|main)\b|(?P<name>[" + UPPER + r"]\w+))")
_NAME_AFTER = re.compile(rf"[{UPPER}][\w&'’-]*(?:\s+[{UPPER}][\w&'’-]*){{0,3}}")  # "Tata Motors", "Real Madrid"
# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so that the pattern opens with its capital: the scanner then
# jumps from capital to capital instead of trying every position (twice as fast over a whole text)
_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ](?<!\w[A-ZÀ-ÖØ-Þ])[a-z]+(?:\s+(?:(?:of|for|and|on|the)\s+)?[A-ZÀ-ÖØ-Þ][a-z]+){1,7}")  # "Royal College of Nursing"
_POSSESSIVE = re.compile(r"['’]s$")  # "Russia's" -> "Russia"
_THE_OPENING = re.compile(r"^(?:The|the)\s+")  # "The RCN" -> "RCN"
_LOWER_WORD = re.compile(r"[a-z]+")
_CLAUSE_COMMA = re.compile(r"[,;]")


# words that join a noun to what follows it, so that "the head of the agency" is one phrase (not a relative
# clause with no "which", as "a figure the institute said")
_REDUCED_NOT = frozenset("of for at in on with to from by and or about over under into".split())


# the last words of natural places' names that no body's name ends in (places.toml [features] has more:
# "Hudson's Bay", "Nottingham Forest", "Gold Coast" may be a firm's or a club's)
_NATURE_ENDS = frozenset(table("places")["features"]["own_nothing"])  # places.toml


# goods that leave a place, named before "from" it: "exports from Norwegian ports", "shipments from the port of Santos"
_GOODS_FROM = re.compile(r"\b(?:" + "|".join(map(re.escape, table("units")["goods_flows"]["words"])) + r")\s+"
                         r"(?:of\s+[a-z]+\s+)?from\s+(?:the\s+)?(?:[a-z]+\s+)?$")
_MEMBER_BODIES = frozenset(table("bodies")["member_bodies"]["words"])  # bodies.toml
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Tt]he)\s+$")  # "an estimated cost", "the reported figure": adjectives
_PASSIVE_BE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")  # "were told": the hearers are the subject


def _bare_name(who: str) -> str:
    """A speaker's name without its article or its bracketed initials: "the Southern Commuter Rail (SCR)"."""
    who = _THE_OPENING.sub("", who)
    return re.sub(r"\s+\([A-ZÀ-ÖØ-Þ]{2,8}\)$", "", who) if who.endswith(")") else who


def _unpossessive(s: str) -> str:
    """_POSSESSIVE.sub("", S) without the regex: "Russia's" -> "Russia" (the "$" of the pattern also
    matches before a newline that ends S: "Russia's\n" -> "Russia\n")."""
    tail = s[-2:]  # (a slice and a comparison: cheaper than endswith, whose arguments are parsed each call)
    if tail == "'s" or tail == "’s":
        return s[:-2]
    if tail == "s\n" and s[-3:-2] in ("'", "’"):
        return s[:-3] + "\n"
    return s


ACRONYM = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&]{1,6}")
_INITIALS = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-z&]{1,6}")  # "WFP", "TfL"
PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org", "we": "any", "i": "person"}
_BODIES = table("bodies")  # kit/lexicons/bodies.toml


@cache
def _known_by_kind_re() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """For each kind word of [kinds_of_known_bodies], one pattern of every surface form of its bodies
    ([organisations]) and the body each form names."""
    forms = table("organisations")["organisations"]
    out = {}
    for head, names in _BODIES["kinds_of_known_bodies"].items():
        named = {surface: body for surface, body in forms.items() if body in names}
        named.update({n: n for n in names})
        out[head] = (re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(named, key=len, reverse=True)) + r")\b"),
                     named)
    return out
# what a firm does, a town's name before it being the firm's ("Toyota will cut", "Hitachi plans to sell")
_ACTING_VERBS = frozenset(_BODIES["acting_verbs"]["words"])
_CLUB_SHORT_NAMES = frozenset(_BODIES["club_short_names"]["words"])
_CLUB_MARKS = frozenset(table("bodies")["club_names"]["marks"])  # the words that make a name a club's: "FC Arverne"
_CLUB_ENDS = frozenset(table("bodies")["club_names"]["ends"])  # and the last words of a body's name: "Harbourne City"
# a club's last word after its town's name ("Aston Villa", "Leeds United"; not "Sheffield Wednesday", a day too)
_TOWN_CLUB_AFTER = re.compile(r"\s(?:" + "|".join(sorted((_CLUB_SHORT_NAMES - {"Wednesday"}) | {"United"})) + r")\b")
_PERSON_SPEECH = frozenset(_BODIES["person_speech_verbs"]["words"])
_COMMON_OPENERS = frozenset(_BODIES["common_openers"]["words"])
PUBLIC_HEADS = frozenset(_BODIES["public_heads"]["words"])  # named by what they do: "the land ministry"
GENERIC_FALLBACK = frozenset(_BODIES["fallback_heads"]["words"])
# "the miner", "the board": the story's firm, the last body named that is no union, party or ministry
FIRM_HEADS = frozenset(_BODIES["firm_heads"]["words"])
NON_FIRM_HEADS = frozenset(_BODIES["non_firm_heads"]["words"])
GENERIC_HEADS = frozenset(_BODIES["generic_heads"]["words"])
DESCRIPTORS = GENERIC_HEADS | frozenset(_BODIES["descriptors"]["words"])
# the kinds of body a speaker may be named by ("the union", "the studio", "the charity coalition")
_POSSESSIVE_NAME = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&-]*){0,3})['’]s\b")
_BODY_KINDS = (FIRM_HEADS | frozenset(_BODIES["descriptors"]["words"]) | frozenset(_BODIES["speaker_kinds"]["words"])) \
    - {"service", "rival", "owner", "airport"}
_TRADES = DESCRIPTORS | FIRM_HEADS  # the words a trade names a body with: "carmaker", "group", "chain"
# the opening of an aside that may name the trade of the word before it: "Aldwick, the second-largest grocer in
# Britain,", "Zorblex, Britain's biggest grocer,"
_TRADE_ASIDE = re.compile(r"[\s,]*(?:the|an?|[A-ZÀ-ÖØ-Þ][\w-]*['’]s)\s")
# a brand written in lower case, right after its trade and before the speech verb ("operator daa said"), and the
# words that may stand there instead (adverbs, auxiliaries, pronouns: "the operator also said")
_LOWER_BRAND = re.compile(r"[a-z]{2,8}")
_NOT_A_BRAND = SKIP_BEFORE_VERB | NOT_SUBJECTS | frozenset(
    "itself themselves alone too first once soon since so thus however meanwhile instead likewise also last next "
    "will would could should may might must can did does do not never".split())
# a trade's noun, then a capitalised name, after a town: "Santiago brokerage Larraín Capital" (bounded)
_TRADE_THEN_NAME = re.compile(r"\s+([a-z]+)\s+[A-ZÀ-ÖØ-Þ]")
# "the agency", "the carrier", "the union" (a government's ministries and forces act for its country)
# a body that tells of its own members right before the count: "Castlebridge City Supporters' Trust, which says it
# now has 6,400 members", "the Kingsmere Supporters' Trust says hundreds of members" (a name of up to six
# capitalised words, bounded)
_BODY_TELLS_MEMBERS = re.compile(r"(?P<name>[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[\w'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,5})"
                                 r"(?:,\s+which\s+(?:(?:says|said)\s+it\s+)?(?:now\s+)?(?:has|had)|\s+(?:says|said))\s+"
                                 r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than)\s+)?$")
_OF_AFTER = re.compile(r"\s+of\s")  # "members of a gang": whose members the words after say
# the words that name a statistics office, which measures others' figures and owns none (bodies.toml
# [statistics_offices])
_STATISTICS_OFFICES = frozenset(_BODIES["statistics_offices"]["words"])
# a facility a firm runs, called by its noun in the possessive: "two of the plant's three shifts", "the refinery's
# two crude units" (bodies.toml [run_facilities])
_RUN_FACILITIES = frozenset(_BODIES["run_facilities"]["words"])
_BODY_HEADS = (GENERIC_HEADS | FIRM_HEADS | NON_FIRM_HEADS | PUBLIC_HEADS) - {
    "ministry", "department", "government", "army", "navy", "military", "forces", "force", "police", "office"}
GOVERNMENT = re.compile(
    r"\b(?:government|chancellor|treasury|exchequer|ministers?|prime minister|cabinet|"
    r"state(?![\s-]+(?:" + "|".join(sorted(FIRM_HEADS | frozenset(_BODIES["state_firm_words"]["words"])))
    + r")\b)|"  # not "state miner Codelco" (bodies.toml [firm_heads], [state_firm_words])
    r"budget(?!\s+(?:carrier|airline|airlines|hotel|hotels|chain|retailer|supermarket|brand|operator))|"
    r"health secretary|home secretary|defence secretary|finance minister|federal|white house|whitehall)\b", re.I)
# a ministry orders, pays and deploys for its country; a share it reports is not its own
GOVERNMENT_BODY = re.compile(r"\b(?:ministry|defence department|pentagon)\b", re.I)
SHARE_OF_PEOPLE = re.compile(
    r"^\s*of\s+(?:the\s+|all\s+|those\s+)?(?:new\s+|adult\s+|young\s+|eligible\s+)?(?:people|voters|adults|children|"
    r"arrivals|refugees|residents|respondents|patients|population|households|families|workers|pupils|students|those)\b|"
    r"\bturnout\b", re.I)
# a union's strike ballot: "87% of members voted for strike action on a turnout of 64%", "with 78% backing a walkout"
_STRIKE_BALLOT = re.compile(r"\b(?:ballot\w*|voted|backed|backing)\b.{0,80}?\b(?:strike|industrial\s+action|walkout)|"
                            r"\b(?:strike|industrial\s+action|walkout)\b.{0,60}?\bballot", re.I)
_BALLOT_SHARE_AFTER = re.compile(r"\s+(?:of\s+(?:(?:its|the|their|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-z&]{1,7}(?:\s+[A-ZÀ-ÖØ-Þ][a-z]+)?)\s+)?members\b|"
                                 r"backing\b|backed\b|voted\b|voting\b|in\s+favour\b)")
_TURNOUT_OF = re.compile(r"\bturnout\s+(?:of|was|at)\s+$", re.I)
_MEMBERS_OF_UNION = re.compile(r"\b([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-z&]{1,7}(?:\s+[A-ZÀ-ÖØ-Þ][a-z]+)?)\s+members\b")
# a ballot's share given after its verb: "members backed strike action by 91%" (bounded by the caller)
_BALLOT_BY_BEFORE = re.compile(r"\b(?:backed|voted\s+(?:for|in\s+favour\s+of)|supported)\b[^.;%]{0,50}?\bby\s+$")
# a members' ballot on an offer, which the union announces: "in a ballot, 71% of its members backed the deal, the union said"
_MEMBERS_BALLOT = re.compile(r"\bballot\b[^;]{0,120}?\bmembers\b[^;]{0,40}?\b(?:backed|accepted|rejected|voted)\b")
_THE_UNION_SAID = re.compile(r"\bthe\s+union\s+(?:said|says|announced)\b")
# the people a survey asked or a team screened, counted by what they say, think or are
_SURVEY_BEFORE = re.compile(r"\b(?:survey|poll|study|screened|screening|questioned|asked)\b", re.I)
_MEMBERS = re.compile(r"\bmembers\b")
_RESPONDENTS_DO = re.compile(r"\s+(?:of\s+(?:them|those|respondents)\s+)?(?:would|will|said|say|says|supported|support|"
                             r"opposed|oppose|considered|consider|were|are|backed|back|favoured|favour|wanted|want|"
                             r"thought|think|believed|believe|felt|feel|agreed|agree|disagreed|disagree)\b")
_OF_THE_VOTE = re.compile(r"%\s+of\s+(?:the\s+|all\s+)?(?:valid\s+|popular\s+|national\s+|first-round\s+)?(?:votes?|ballots)\b")
_VOTE_RUNNERS = re.compile(r"\b(?:Commission|Assembly|Parliament|Court|Office|Ministry|Authority|Committee|Council|Board)\b")
CLAUSE_WORDS = frozenset("that and but because while as if when after before although though".split())
ASIDE_STARTS = frozenset("who which whose where on in at from near of aged with".split())
_IRREGULAR_PARTICIPLES = frozenset("run led built known held set founded".split())
# "The city council approved": the same pattern with exactly n words before the head, tried when the
# shortest reading makes a noun the verb ("city" the head, "council" the verb)
_THE_BODY_ACTS_N = [re.compile(_THE_BODY_ACTS.pattern.replace("{0,2}?", "{%d}" % n)) for n in (1, 2)]


def _the_body_acts(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """_THE_BODY_ACTS, reading the head as a body's word where the text allows ("the city council")."""
    end = len(text) if endpos is None else endpos
    first = _THE_BODY_ACTS.match(text, pos, end)
    if first is None or first.group("head").lower() in _BODY_HEADS:
        return first
    return next((m for p in _THE_BODY_ACTS_N if (m := p.match(text, pos, end)) and m.group("head").lower() in _BODY_HEADS),
                first)


# a body introduced by its kind before its name: "the national search and rescue agency Basarnas"
_KIND_HEADS = first_char_alternation(_BODY_HEADS | PUBLIC_HEADS | {"club"})
_KIND_BEFORE_NAME = re.compile(r"\b(?:(?:the|a|an|its)\s+(?:[a-z’'-]{1,30}\s+){0,4}?|(?<=[A-ZÀ-ÖØ-Þ0-9] )|"
                               r"(?:(?!(?:The|A|An|Its)\s)[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|at|by|from|with)\s+(?:[a-z’'-]{1,30}\s+){1,3}?)(?P<head>" + _KIND_HEADS
                               + r")\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’.-]{0,40}(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]{0,40}){0,3})\b")
# a body's initials before its kind: "the ONPE electoral office" (one or two lower-case words between)
_INITIALS_THEN_KIND = re.compile(r"\bthe\s+(?P<name>[A-ZÀ-ÖØ-Þ]{2,6})\s+(?:[a-z-]{2,30}\s+){0,2}(?P<head>" + _KIND_HEADS + r")\b")
# a name and its kind in apposition: "Pellow & Dunn, the kitchenware chain, said", "Aldwyn Air, the Leeds-based
# carrier that" (the kind ends the phrase: not "Pellow, the chain's founder")
_NAME_THEN_KIND = re.compile(r"(?P<name>[A-ZÀ-ÖØ-Þ](?<![\w&'’.-][A-ZÀ-ÖØ-Þ])[\w&'’.-]{0,40}(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]{0,40}){0,3}),"
                             r"\s+the\s+(?:[a-z’'-]{1,30}\s+){0,4}?(?P<head>" + _KIND_HEADS + r")(?=[,;.)]|\s+(?:said|says|which|that|"
                             r"whose|has|had|is|was|will|would|known|based|founded|owned|run|with|in|at|for)\b)")
# what every match of _NAME_THEN_KIND holds right after its name, and where such a name may open
_COMMA_THE = re.compile(r",\s+the\s")
_NAME_OPENS = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def _names_then_kinds(text: str):
    """_NAME_THEN_KIND.finditer(TEXT), the same matches in the same order, tried only before a comma the word "the"
    follows: a name holds no comma, so a match opens after the comma before the one that ends its name ("It said
    on Monday that Pellow & Dunn, the kitchenware chain, ..."): the text between two such commas is not read."""
    pos = 0  # where the scan goes on after a match, as finditer's
    for comma in _COMMA_THE.finditer(text):
        c = comma.start()
        if c < pos:
            continue
        for opening in _NAME_OPENS.finditer(text, max(pos, text.rfind(",", 0, c) + 1), c):
            m = _NAME_THEN_KIND.match(text, opening.start())
            if m:
                yield m
                pos = m.end()
                break


# what every match of _KIND_BEFORE_NAME holds, a kind after a space and a capital after it: most stories hold
# none, and this scan (opening with the space, which the scanner jumps between) is a third of the other's time
_KIND_THEN_NAME = re.compile(r"\s" + _KIND_HEADS + r"\s+[A-ZÀ-ÖØ-Þ]")
# "The ministry disputed that figure and said": a body named by its kind opening a clause
_THE_KIND_OPENS = re.compile(r"\W*The\s+((?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(
    FIRM_HEADS | GENERIC_HEADS | PUBLIC_HEADS | NON_FIRM_HEADS, key=len, reverse=True)) + r"))\b")
_ESTIMATE_OF = re.compile(r"\b([a-z]+s)['’]\s+(?:[a-z-]+\s+){0,2}(?:estimates?|forecasts?|expectations?|projections?|"
                          r"consensus)\s+(?:of\s+|for\s+)?(?:about\s+|around\s+|some\s+)?$")
# the same possessive before a name of the thing it owns: "Paramount's Starfall 3 took" (not a person: "Jamaica's Tessa")
# a clause that opens on a body's kind in the possessive, its subject: "The service's 12 prisons have"
# a speaker's clause that opens with a body's thing, named by the body's kind: "said the company's output could average"
_SAID_THE_KIND_S = re.compile(r"\b(?:said|says|added|told\s+[\w'’-]+)\s+(?:that\s+)?the\s+(?P<head>[a-z]+)['’]s\s+(?:[a-z-]+\s+){0,6}?$")
_THE_KIND_S_OPENS = re.compile(r"\s*(?:[,;]\s*)?[Tt]he\s+(?P<head>[a-z]+)['’]s\s")
_OPENING_POSSESSOR_OF_NAMED = re.compile(r"\s*(?:The\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})['’]s\s+"
                                         r"(?P<run>(?P<thing>[A-ZÀ-ÖØ-Þ][\w-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w-]*|\d+)){0,3})\s+(?P<next>[a-z]+)")
# the name a sentence opens with, as owner of what it reports ("Harbourside Rovers' 3-1 win", "Toyota's profit")
_OPENING_OWNER = re.compile(r"\s*(?:The\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&-]*(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-Þ][\w&-]*){0,3})(?:['’]s|(?<=s)['’])\s")
_OPENING_POSSESSOR = re.compile(r"\s*(?:The\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})['’]s\s+[a-z]")
# the endings of English nouns of a state or an act ("membership", "employment", "inflation", "attendance")
_ABSTRACT_NOUN = re.compile(r"[a-z](?:ship|ment|tion|sion|ness|ity|ance|ence|ism)$")
_COMMON_PLURAL = re.compile(r"[a-z](?:ers|ists|ants|ents|ines|ires|ors|ies|ians|als|ees|ads|ops|ites)$")
# (after the name: its initials in brackets, "The Union of Civil Aviation Workers (SITAC), which says it has", or
# its kind in lower case, "the USCA union, which has", "Unison's Hallamford branch, which has": a body head, checked
# where the match is used)
_WHICH_GAVE = re.compile(r"\b(?:the\s+)?([A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,5})"
                         r"(?:\s+\([A-ZÀ-ÖØ-Þ][A-Za-z&]{1,7}\))?(?:\s+(?P<kind>[a-z]+))?,\s+which\s+"
                         r"(?:(?:says|said|say)\s+(?:it|they)\s+)?(?:has\s+|had\s+|will\s+)?(?:gave|give|gives|given|donated|donates|pledged|paid|pays|spent|"
                         r"spends|invested|invests|raised|raises|lent|offered|contributed|has|had|represents|represented|"
                         r"employs|employed|counts|operates|runs|sent|sends|deployed|deploys|fields|fielded)\s+"
                         r"(?:(?:the|its|their)\s+[a-z]+\s+|[A-ZÀ-ÖØ-Þ][\w'’-]*\s+)?"  # "lent the club"
                         r"(?:a\s+further\s+|another\s+|about\s+|some\s+|around\s+|"
                         r"nearly\s+|more\s+than\s+|over\s+)?$")
# a clause after ", and" that opens on its verb, with no subject of its own: "..., and will cut", "..., and cut"
_SAME_SUBJECT_GOES_ON = re.compile(r"\s+(?:(?:will|would|could|can|may|must|has|have|had|is|are|was|were|also|then|now|"
                                   r"still|plans|expects|aims)\b|[a-z]{2,}ed\b)")
# the last words of the names of a body's pots of money or goods ("its Strategic Grain Reserve", "the UN's Central
# Emergency Response Fund"), and the possessive right before such a name
_OWNED_POTS = frozenset(_BODIES["owned_pots"]["words"])  # bodies.toml [owned_pots]
_POSSESSED_BY = re.compile(r"(?:\b(?:its|their)|['’]s)\s+$")
# an aside that calls the name before it a body: ", the provincial health authority,"
_BODY_ASIDE = re.compile(r"\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(_BODY_HEADS, key=len, reverse=True)) + r")\s*$")
# a phrase of place or circumstance opening a sentence before "the" and a body's kind: "In Leeds, the city council said"
_PHRASE_BEFORE_THE = re.compile(r"\s*(?:In|At|Across|Outside|Inside|Throughout)\s+(?P<where>[^,;:\"“”()]{2,80}?),\s+(?=[Tt]he\s)")
# a reported clause that opens on a subject of its own, a common noun phrase before its verb: "said the toll had risen",
# "said most workers would receive", "said relief teams had reached" (the head noun is checked where it is used)
_OTHERS_CLAUSE = re.compile(r"\s*(?:(?:in\s+a\s+statement|on\s+[A-Z][a-z]+day|late\s+on\s+[A-Z][a-z]+day),?\s+)?(?:that\s+)?(?:the|most|many|some|all|these|those|relief|local)\s+(?:[a-z][\w-]*\s+){0,3}?"
                            r"(?P<head>[a-z]+)\s+(?:had|has|have|was|were|is|are|would|will|could|may|might)\b")
# the same with no article: "said enrolments of international students had fallen", "said people in Farchana were
# receiving", "said children under five accounted for 22% of cases" (not a body's own measure: "said revenue rose")
_BARE_OTHERS_CLAUSE = re.compile(r"\s*(?:(?:in\s+a\s+statement|on\s+[A-Z][a-z]+day|late\s+on\s+[A-Z][a-z]+day),?\s+)?(?:that\s+)?"
                                 r"(?P<head>[a-z]+)(?:\s+(?:of|in|under|at|for|on)\s+(?:[\w-]+\s+){1,3}?)?\s*(?:had|has|have|was|"
                                 r"were|is|are|would|will|could|may|might|accounted|amounted|totalled|totaled|needs|need)\b"
                                 r"(?!\s+(?:still\s+|now\s+)?(?:pay|be\s+charged)\b)")  # (a fare the body sets: "adults would pay")
_OWN_MEASURES = frozenset(table("bodies")["own_measures"]["words"])
_OWN_MEASURES_ONE = frozenset(table("bodies")["own_measures_singular"]["words"])
_THEIR = re.compile(r"\b(?:their|our|we)\b")
# a preposition of place before a name, with "the" and up to two words between: "from the new "
_WHERE_BEFORE = re.compile(r"\b(?:from|at|to|in|into|near|outside|via|through)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_POSSESSOR_IN = re.compile(r"([A-ZÀ-ÖØ-Þ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]*){0,3})['’]s\s")  # "Unison's Hallamford"
_GENERIC_WHICH = re.compile(r"\b[Tt]he\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*\s+(?:[A-ZÀ-ÖØ-Þ][\w&'’-]*\s+){0,2})?(?P<head>[a-z]+)"
                            r",\s+which\s+(?:says\s+it\s+|said\s+it\s+)?(?:has|had|represents|employs|counts|runs|operates)\s+"
                            r"(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$")
# a giver after the amount, with the words of a body's name ("from the Department for Culture, Media and Sport"); the
# name ends before a currency's mark ("up from US$247m")
_FROM_NAMED_GIVER = re.compile(r"\s+(?:[a-z]+\s+){0,3}?from\s+(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+(?:(?:of|for|and)\s+)?"
                        r"[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,5})(?P<mark>[$€£¥\d])?")
_FROM_GIVER = re.compile(r"\s+(?:[a-z]+\s+){0,3}?from\s+(?:the\s+)?([A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})")
# money given by the story's government: "a £6.5 million grant from the government's Levelling Up Fund"
_FROM_GOVERNMENT = re.compile(r"\s+(?:[a-z]+\s+){0,3}?from\s+the\s+(?:(?:federal|national|central)\s+)?government\b")
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,5})")
# "fined lender Moravia Credit", "fined Italian budget carrier Voloverde": the body fined, however described
_FINED_BODY = r"\b(?:fined|ordered)\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-Þ][a-z]+\s+(?=[a-z]))?(?:[a-z-]+\s+){0,2}([A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,3})"
_FINED = re.compile(_FINED_BODY + r"\s+(?:to\s+pay\s+)?(?:a\s+(?:record\s+)?|about\s+|some\s+)?$")  # right before the amount
_FINED_NAME = re.compile(_FINED_BODY + r"\s+\S")  # anywhere before it
_FINED_FOR_DOING = re.compile(r"\sfor\s+(?:[a-z]+ly\s+)?[a-z]+ing\s")  # "... for misclassifying", "for wrongly charging"
# the fining body named by "it" after its speech ("said it had fined"), the words that make a body a court, and the
# words that make it a regulator, in its name or right before it ("competition watchdog AGCM")
_IT_FINED = re.compile(r"\b(?:it|which)\s+(?:had\s+|has\s+)?fined\b")
_COURT_WORDS = re.compile(r"\b(?:[Cc]ourt|[Jj]udge|[Tt]ribunal)\b")
_REGULATOR_WORDS = frozenset("commission authority regulator watchdog commissioner".split())
_REGULATOR_BEFORE = re.compile(r"\b(?:regulator|watchdog|commission|authority)\s+$")
_ORDERED_IT = re.compile(r"\bordered\s+(?:it|them)\s+to\s+pay\s+(?:a\s+(?:record\s+)?|about\s+|some\s+)?$")
# a speaker who puts a number on what others lost or spent: "estimated that 240,000 hectares had burned",
# "put the damage at €420 million" (not "estimated its own losses at", "put participation at")
_ESTIMATES = re.compile(r"(?:estimated|estimates|estimate)\s+(?!its\b|their\b|of\b)(?:that\s+|the\s+)|puts?\s+the\s+[a-z]+(?:\s+[a-z]+){0,6}?\s+at\b")
# a clause whose subject is a market: its prices and points are no one's ("Dutch TTF gas futures rose 6.2%",
# "London's FTSE 100 index rose 1.2%"; a country's own index is its: "Japan's Nikkei 225 index fell")
_MARKET_SUBJECT = re.compile(r"[\s,;]*(?:(?:and|while|but|as|whereas)\s+)?(?:the\s+)?(?P<pre>(?:[\w&'’.-]+\s+){0,5}?)"
                             r"(?:futures|prices|index|indices|crude|FTSE|Nikkei|Dow|Nasdaq|S&P|Stoxx|DAX|CAC|Hang\s+Seng|"
                             r"Kospi|Sensex|Nifty|ASX|TSX|IBEX)\b")  # "London's FTSE 100 fell 2%": the index's, no one's
# a whole trade as a sentence's subject: "The sector as a whole has lost ...", "The wider industry shed ..."
_WHOLE_SECTOR_SUBJECT = re.compile(r"[\"“‘'\s]*(?:The|the)\s+(?:(?:whole|entire|wider)\s+)?(?:sector|industry)(?:\s+as\s+a\s+whole)?\s+"
                                   r"(?:has|had|have|is|was|lost|shed|cut|added|created|employs|employed)\b")
# a clause after the market's with a subject of its own: "..., after shares in Brackley Homes slumped 14%"
# a level reached, not an amount held: "stood at 27% of capacity", "was 15% contained", "40% full"
_FILL_LEVEL = re.compile(r"\s+(?:of\s+(?:its\s+|their\s+|the\s+)?capacity|contained|full)\b")
# a percentage whose clause opens with turnout ("Turnout in Thursday's election in Bavaria fell to 58.3%, down 5.2
# points"; not "on a turnout of 61%", a ballot's figure); the clause ends at a conjunction that starts another
# subject ("..., and the Union won 34.1%")
_TURNOUT_SUBJECT = re.compile(r"\b[Tt]urnout\b(?!\s+of\s)(?:(?!\b(?:and|while|but|whereas|as)\b)[^;])*$")
# an amount per measure of a traded good: "$71.40 a barrel", "€5,630 per square metre", "$900 an ounce"
_PER_MEASURE = re.compile(r"\s+(?:a|an|per)\s+(?:square\s+|cubic\s+)?(?:barrel|ounce|tonne|ton|litre|liter|kilogram|kilo|"
                          r"kg|pound|lb|gallon|bushel|metre|meter|foot|megawatt[\s-]hour|kilowatt[\s-]hour|MWh|kWh)\b")
_TRADED_PRICES = re.compile(r"\b(?:prices|crude|futures|oil|Brent)\b")  # the last one before the figure is used
_OWN_PRICES = re.compile(r"(?:\b(?:its|their|of|on)\s+|['’]s\s+)(?:[\w-]+\s+){0,2}$")  # "its own prices", "of Russian crude"
_ANOTHER_SUBJECT = re.compile(r"\b(?:after|when|while|because|dragged|shares\s+(?:in|of))\s")
_RELATIVE = re.compile(r"\b(?:whose|which|who)\b")  # "dragged down by Vodafone, whose shares fell 4.1%"
_NAME_APPOSITION = re.compile(r",\s*((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*){1,4}?)\s*(?:[,.;”\x22]|$)")  # ", Joseph Kiprono,"
_STATES_NOUN = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|of|to|in|on|at|for|were|are|have|had|will|would|which|that\s+(?:have|had|are|were))\b)")
# (a word that describes the part of the place may stand before it: "residents of coastal South Carolina")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+(?:town|city|village|island|province|region|district|county|state|port)\s+of\s+)?"
                       r"(?:(?:" + "|".join(re.escape(w) for w in sorted(table("places")["describing_words"]["words"], key=len, reverse=True)
                                           if w != "the") + r")\s+)?(?=[A-ZÀ-ÖØ-Þ])")
_CROWD_WORDS = frozenset("fans supporters spectators crowds crowd visitors passengers shoppers".split())  # "fans at the Emirates"
# people who study or judge what others own: their employer owns none of it
_OBSERVERS = frozenset("analyst analysts economist economists strategist strategists researcher researchers professor "
                       "lecturer fellow scientist scientists expert experts consultant consultants".split())
_ROLE_AT = re.compile(r"\b([A-ZÀ-ÖØ-Þa-z]+)\s+at\s+(?:the\s+)?$")  # "an analyst at", "a professor at the"
_JOINED_VERB = re.compile(r"\b(?:and|but)\s+(?:also\s+)?$")  # "X reported revenue ... and said"
EVENT_WORDS = frozenset(_BODIES["event_words"]["words"])
_REPORT_VERBS = frozenset(_BODIES["report_verbs"]["words"])
# "41 of the 90 seats in Slovenia's National Assembly": the chamber whose seats they are (bodies.toml [chamber_words])
_SEATS_IN = re.compile(r"\s+(?:in|on|of)\s+(?:the\s+)?((?:[A-ZÀ-ÖØ-Þ][\w-]*(?:['’]s?)?\s+)?(?:(?:new|lower|upper|city|state|"
                       r"national|regional|provincial|county|municipal|[A-ZÀ-ÖØ-Þ][\w-]*)\s+){0,3}?(?:" + "|".join(sorted(
                           {w for w in _BODIES["chamber_words"]["words"]} | {w.capitalize() for w in _BODIES["chamber_words"]["words"]},
                           key=len, reverse=True)) + r"))\b")
# an aside about a place that opens a sentence: ", which sits 3,800 metres above sea level," (bounded by the caller)
_PLACE_ASIDE = re.compile(r",\s+(?:which|whose|where)\s+(?:[a-z]+\s+){0,2}?(?P<verb>[a-z]+)\b(?:[^,;]|,(?=\d{3}))*,")
# a description set beside a place, between commas: ", the country's third-largest city,", ", a port town of 40,000,"
_TOWN_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[^,;()\"“”]|,(?=\d{3})){2,80}?,")
_SCHOOL_AFTER = re.compile(r"\s+(?:University|College|Polytechnic)\b")  # "Oxford University", "Boston College"
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|its)\s+$")  # "Angkasa Pura said 52 flights had been cancelled"
# a place's name that opens an event's: "the London Marathon", "the Paris Air Show"
# a prize's words in a figure's phrase ("the $55,000 first prize", "a €10,000 bonus"), and a final named by its town
_PRIZE_WORD = re.compile(r"\b(?:prize|bonus|purse)", re.I)
# the prize a sum is of, earlier in its clause: "raised the prize fund for the 2026 edition ... by $150,000 to $1.2
# million" (searched only in the words just before the figure)
_PRIZE_BEFORE = re.compile(r"\b(?:prize\s+(?:fund|money|pot)|purse)\b(?:[^.;]|\.(?=\d))*$", re.I)  # (a decimal's
# point is no sentence's end: "would rise 9% to €3.4 million, with the singles champion taking home €512,000")
# between a possessive and the figure that counts what it owns: "the country's 57", "the country's roughly 5,100"
_OWN_COUNT_NEXT = re.compile(r"\s+(?:[a-z]+\s+)?")
# a market watcher's aside up to the town their firm is in: ", a mining analyst at BancoSur Securities in " (bodies.toml
# [market_watchers]; searched only in the words just before the town)
_ROLE_AT_FIRM_IN = re.compile(r",\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(table("bodies")["market_watchers"]["words"]))
                              + r")\s+(?:at|with)\s+[A-ZÀ-ÖØ-Þ][^,;]{0,60}?\s+in\s+$")
_A_FINAL = re.compile(r"\s+(?:semi-)?finals?\b")
# a part of what the sentence counted before ("17 of them", "about 35% of them", "at least 96 of those")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")
# a measure's "of" before a place ("hectares of northern Kenya", "kilometres of the Dingle Peninsula's coastline")
_OF_A_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|"
                         r"south-eastern|south-western)\s+)?(?=[A-ZÀ-ÖØ-Þ])")
_AREA_UNIT_NAMES = frozenset(table("units")["ownerless"]["areas"])
_ESTIMATE_VERBS = frozenset({"put", "puts", "estimated", "estimates", "estimate", "counted", "counts", "believe", "believes"})
_FROM_ITS = re.compile(r"\bfrom\s+(?:its|their)\s+(?:[a-z]+\s+)?$")  # "from its Manchester base", "from their new Leeds plant"
_POLICE_NEXT = re.compile(r"\s+(?:[Pp]olice|Constabulary)\b")  # "Greater Manchester Police", "Dyfed-Powys Police"
_NAMES_AN_EVENT = re.compile(r"(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*)?\s+(?:" + "|".join(sorted(EVENT_WORDS)) + r")\b")
DIRECT_SPEECH = frozenset("said says say told tells stated states".split())
# a subject that holds a number right before its verb, in the verb's own clause: "more than 400 staff counted" (bounded
# by the caller)
_COUNTED_SUBJECT = re.compile(r"\d[^\d,;]*$")
# an analyst's employer before its name: "an analyst at", "economists from" (bounded by the caller)
_ANALYST_AT = re.compile(r"\b(?:analysts?|economists?|strategists?|brokers?)\s+(?:at|with|from)\s+$", re.I)
PARTICIPLES = frozenset({"saying", "adding", "warning", "claiming", "insisting", "putting", "estimating"})
# a speech tag the participle goes on from: "..., the agency said on Sunday, adding that ..." (bounded by the caller)
_TAG_BEFORE_PARTICIPLE = re.compile(r"\b(?:said|says|told\s+\w+)(?:\s+on\s+[A-Z][a-z]+)?,\s*$")
# a participle's own speaker right before it: "with police putting", "and organisers claiming"
_OWN_PARTICIPLE = re.compile(r"\b(?:with|and|while)\s+(?:the\s+)?([A-ZÀ-ÖØ-Þa-z]+)\s+$")
_OWN_CLAUSE_END = re.compile(r"\s+and\s+|[,;]")
WORD = r"[^\W\d_][\w'’.-]*"  # a word of a name or a phrase, any alphabet ("Mārtiņš", "José")
_WORD_RE = re.compile(WORD)
_BRACKETED_INITIALS = re.compile(r"\s*\(([A-ZÀ-ÖØ-Þ]{2,6})\)")  # " (OBR)" after the name it shortens
_SPACED_DASH = re.compile(r"\s[–—]\s")
# a number right before the comma that opens the speaker's phrase (bounded by the caller's window)
_NUMBER_ENDS_ASIDE = re.compile(r"\d,\s[^,]*$")
_SEGMENT_BREAK = re.compile(r"[;:]|,(?!\d{3})")  # where a speaker's phrase ends, read backwards from the verb


@dataclass
class Entity:
    start: int
    end: int
    surface: str
    place: Place | None  # a country, city, region, body or force
    prep: str  # the word before it ("to", "in", "from"), lower case
    org: str | None = None  # a named organisation outside the gazetteer ("Halden Foods")
    border: bool = False  # "the Ukrainian border"


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("outlet_words"))


@cache
def _number_words() -> frozenset[str]:
    n = table("numbers")
    return frozenset(n["units"]) | frozenset(n["tens"]) | frozenset(n["scales"])


@cache
def _speech_words() -> frozenset[str]:
    """speech_verbs.txt as a set: the verb after a name makes it a speaker, not a town."""
    return frozenset(w.lower() for w in word_list("speech_verbs"))


@cache
def _speech_re() -> re.Pattern:
    return re.compile(r"\b" + first_char_alternation([*word_list("speech_verbs"), *_PERSON_SPEECH]) + r"\b")


@cache
def _titles() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in word_list("titles"))


def _owned_role(text: str, at: int) -> bool:
    """Whether the words after a back-reference's possessive at AT name a person's role ("to the region's governor",
    "to the country's prime minister"): what goes to them goes to a person, not into the place."""
    words = text[at:at + 40].lower().split()[:2]
    return any(w.strip(",.;:") in _titles() for w in words)


@cache
def _speaker_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("speaker_heads"))


@cache
def _owned_words() -> frozenset[str]:
    """kit/lexicons/owned_nouns.txt as a set: "revenue", "profit", "shares", "output"."""
    return frozenset(w.lower() for w in word_list("owned_nouns"))


@cache
def _currency_nouns() -> frozenset[str]:
    """The nouns of currencies a nation's adjective can qualify: "kroner", "francs", "crowns"."""
    words = table("numbers")["currency_words"]
    return frozenset(k.split()[-1] for k in words if " " in k)


@cache
def _org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("org_words"))


@cache
def _org_words_cased() -> frozenset[str]:
    """org_words.txt as written, capitalised: "Organization", not the common noun."""
    return frozenset(word_list("org_words"))


@cache
def _hedges() -> list[tuple[str, re.Pattern, bool]]:
    out = []
    for h in table("hedges")["hedge"]:
        out.append((h["caveat"], re.compile(alternation(h["patterns"], escape=False), re.I), h["backward"]))
    return out


_QUANTITY_NEXT = re.compile(r"\s+(?:(?:about|some|around|nearly|almost|another|a\s+further|more\s+than|up\s+to|an?)\s+)?"
                            r"(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)",
                            re.I)
# "its shares jumped 11% in extended trading", "Shares of Harlow rose 4.5%", "sending its shares down 17%": a
# market's record of a stock's move, which the story states in its own voice
_SHARE_MOVE = re.compile(r"\b(?:shares|stock)(?:\s+(?:of|in)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?"
                         r"\s+(?:(?:had|have|has|were|was|closed|ended)\s+)?"
                         r"(?:rose|fell|jumped|dropped|slid|slipped|climbed|gained|lost|tumbled|plunged|soared|surged|sank|"
                         r"slumped|rallied|risen|fallen|down|up|higher|lower)\s+(?:by\s+|as\s+much\s+as\s+|about\s+|nearly\s+)?$")

# "Analysts at Harbour Lane Capital had expected the firm to cut up to 3,000 jobs", "ahead of the £390m that
# analysts had expected": the analysts' own forecast, stated by their firm where the sentence names it
_ANALYSTS_EXPECTED = re.compile(r"\b(?P<who>[Aa]nalysts|[Ee]conomists)(?:\s+at\s+(?P<firm>[A-ZÀ-ÖØ-Þ][\w&'’.-]*"
                                r"(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3}))?\s+(?:had\s+|have\s+)?"
                                r"(?:expected|predicted|anticipated)\b")
_THAT_NEXT = re.compile(r"\s*(?:that\s+|which\s+)?")
# a figure with the agent that put it forward right after it: "the 245,000 units forecast by economists polled by
# Meridian", "the 35% advised by ICES scientists" (up to six words, up to the clause's end)
_FORECAST_BY = re.compile(r"\s+(?:forecast|predicted|expected|anticipated|advised|recommended|projected|proposed)\s+by\s+"
                          r"(?:the\s+)?(?P<who>[\w'’&.-]+(?:\s+[\w'’&.-]+){0,5})")


def _agent_as_written(words: str) -> str:
    """The agent's words up to a word that opens what follows ("economists polled by Meridian on Monday")."""
    kept: list[str] = []
    for w in words.split():
        if kept and w.lower() in _AFTER_AN_AGENT:
            break
        kept.append(w.rstrip(".,;"))
        if w[-1:] in ".,;":
            break
    return " ".join(kept)


_NOT_AN_AGENT = frozenset("end middle mid start beginning close time then now next early late tomorrow tonight "
                          "spring summer autumn winter year month week day".split())  # with _CALENDAR: "by the end of the year", "by March"
_AFTER_AN_AGENT = frozenset("on in at last this earlier after before and but while as for to when since".split())

@cache
def _owner_re() -> re.Pattern:
    name = r"(?P<name>[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,3})"
    nouns = alternation(word_list("owned_nouns"))
    return re.compile(
        r"(?=[A-ZÀ-ÖØ-Þs])(?:"  # every form opens with a capital or "shares": other places are passed at one look
        rf"{name}['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}?{nouns}\b"  # "Ryanair's annual profit"
        rf"|{name.replace('name', 'name4')}(?<=s)['’]\s+(?:(?!(?:and|or|but|said|says|the|a|an)\s)[a-z][\w-]*\s+){{0,2}}?{nouns}\b"
        # "the Grand Prix World Series’ prize fund": a plural's bare apostrophe (not a quotation's close: "'the Games'
        # and said the budget")
        rf"|{name.replace('name', 'name1')},\s+whose\s+(?:[a-z][\w-]*\s+){{0,2}}?{nouns}\b"  # "Vodafone, whose shares"
        rf"|\b[Ss]hares\s+(?:in|of)\s+(?:(?:[A-ZÀ-ÖØ-Þ][a-z]+\s+)?(?:(?!the\s|an?\s)[a-z-]+\s+){{1,2}})?{name.replace('name', 'name2')}"
        # "Shares in Rolls-Royce", "Shares in Norwegian fintech Fjordpay", "Shares in shipping group Norvik Line"
        rf"|{name.replace('name', 'name3')}\s+(?:shares|stock)\b)")  # "Toyota shares"


def _owner_group(m: re.Match) -> str:
    """The name an _owner_re() or _OPENING_POSSESSOR match holds, whichever alternative matched."""
    return next(m.group(g) for g in ("name", "name1", "name2", "name3", "name4") if m.re.groupindex.get(g) and m.group(g))


# a speech verb in a subordinate clause: "after the EIA said", "when the ministry announced"
# the object of a preposition, then the comma before a speech verb: "... jobs in the Netherlands, said ..."
_PLACE_BEFORE_COMMA = re.compile(r"\b(?:in|at|to|from|across|into|near|outside|inside)\s+(?:the\s+)?"
                                 r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*,\s*$")
_SUBORDINATE = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Bb]ecause|[Ss]ince|[Oo]nce|[Uu]ntil|[Aa]lthough|[Tt]hough)\s+"
                          r"(?:[\w'’.&()-]+\s+){0,7}$")
_ACCORDING = re.compile(r"a(?<!\wa)ccording to\s+", re.I)  # \baccording, opening with its letter (see _NAME_RUN)
# the phrase after "according to", up to a clause break; the dots of "P.E.I." or "U.S." do not break it
_DOCUMENT_PARTS = frozenset(("page", "pages", "section", "table", "chapter", "annex", "appendix", "paragraph"))
_ACCORDING_TAIL = re.compile(r"(?:[^,.;:]|(?<=[A-ZÀ-ÖØ-Þ])\.(?=[A-ZÀ-ÖØ-Þ])|(?<=\.[A-ZÀ-ÖØ-Þ])\.)*")


@cache
def _any_hedge() -> re.Pattern:
    either = "|".join(p.pattern for _, p, _ in _hedges())
    patterns = [p for h in table("hedges")["hedge"] for p in h["patterns"]]
    if all(re.match(r"\\b[a-z]", p) for p in patterns):
        # every hedge opens a word with a letter ("\bunverified"): the scan jumps between those letters (a
        # case-sensitive class of both cases opens the pattern), checks the word opens there, and tries only
        # the hedges opening with that letter (no other can match there): a text holds a match exactly when it holds a hedge
        by_letter: dict[str, list[str]] = {}
        for p in patterns:
            by_letter.setdefault(p[2], []).append(f"(?:{p[3:]})")
        letters = "".join(sorted(by_letter))
        either = rf"(?-i:[{letters}{letters.upper()}])(?<!\w.)(?:" + "|".join(
            f"(?<={c})(?:{'|'.join(tails)})" for c, tails in by_letter.items()) + ")"
    return re.compile(either, re.I)



@cache
def _hedge_guard() -> re.Pattern | None:
    """A case-sensitive pattern that finds, in lower-case text, a word every hedge (hedges.toml) holds
    part of: for each pattern, its longest run of plain characters outside groups and repeats
    ("unverified", "evidence"), and of those runs only the ones holding no shorter run ("verif" stands for
    "unverified"). None when some pattern has no such run (then every sentence is searched)."""
    from re import _constants, _parser  # type: ignore[attr-defined]  # the stdlib's own reading of a pattern (no stubs)

    longest = set()
    for h in table("hedges")["hedge"]:
        for pattern in h["patterns"]:
            runs, run = [], []
            for op, av in _parser.parse(pattern, re.I):
                if op is _constants.LITERAL and av < 128:
                    run.append(chr(av))
                elif run:
                    runs.append("".join(run).lower())
                    run = []
            if run:
                runs.append("".join(run).lower())
            if not runs:
                return None
            longest.add(max(runs, key=len))
    words = sorted(w for w in longest if not any(v != w and v in w for v in longest))
    return re.compile("|".join(map(re.escape, words)))


def _may_hedge(text: str) -> bool:
    """False when TEXT cannot hold a hedge: none of _hedge_guard()'s words is in it. One case-sensitive
    scan of the lowered text, which a plain letter can start, instead of the case-insensitive regex; for
    ASCII text only, where ignoring case is lowering it (beyond ASCII the regex also folds "ſ" to "s")."""
    guard = _hedge_guard()
    if guard is None or not text.isascii():
        return True
    return guard.search(text.lower()) is not None


# ---------------------------------------------------------------------------------------------
# Entities in a sentence


_BACKREF_OPENERS = frozenset({"the", "this"})
_ACROSS_THE_COUNTRY = frozenset({"nationwide", "countrywide"})  # "banks nationwide": across the country
_OTHER_REF_OPENERS = _ACROSS_THE_COUNTRY | {"both"}  # ("operations in both countries": the two the story joined)
_CURRENCY_MARKS = frozenset(table("numbers")["currency_symbols"])


_START = attrgetter("start")  # a token's offset, read in C by the searches below


# after a continent's possessive, words that describe one of its countries: "Africa's most populous country"
# a capitalised name of up to seven words, "of", "for", "and" or "the" inside ("US Centers for Disease Control and
# Prevention", "Paris Saint-Germain"): each repeat opens with a capital, so the scan stays linear
_BODY_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w'’.-][A-ZÀ-ÖØ-Þ])[\w&'’.-]*(?:\s+(?:(?:of|for|and|the|de)\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,6}")
_ONE_OF_A_REGION = re.compile(r"\s+(?:[a-z]+-)?(?:most\s+[a-z]+|[a-z]+est|top|leading)\s+(?:[a-z]+\s+)?"
                              r"(?:country|nation|economy|democracy)\b")


def entity_openers(toks) -> list[int]:
    """The indices of the tokens that can open an entity: a capitalised word, "the" or "this"."""
    # (the capital tested first: most tokens are lower-case words, passed at the first test; a token is never empty)
    return [k for k, t in enumerate(toks) if t.text[0].isupper() and t.kind == "word" or t.low in _BACKREF_OPENERS
            or t.text in _OTHER_REF_OPENERS]


def find_entities(text: str, start: int, end: int, tokens=None, openers=None) -> list[Entity]:
    """Places, bodies and named organisations in text[start:end], with the word before each.

    TOKENS, when given, are the tokens of the whole text (absolute offsets), so nothing is re-read;
    OPENERS, when given with them, are entity_openers(TOKENS), found once for all the sentences.
    """
    if tokens is None:
        toks = tokenize(text[start:end])
        openers = entity_openers(toks)
    else:
        lo = bisect_left(tokens, start, key=_START)
        hi = bisect_left(tokens, end, key=_START)
        toks, start = tokens[lo:hi], 0
        if openers is None:
            openers = entity_openers(toks)
        else:
            openers = [k - lo for k in openers[bisect_left(openers, lo):bisect_left(openers, hi)]]
    out: list[Entity] = []
    i = 0
    # only a capitalised word or "the" can open an entity: visit those tokens alone
    for k in openers:
        if k < i:
            continue
        if k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k].text + toks[k + 1].text in _CURRENCY_MARKS \
                or k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].text + toks[k].text in _CURRENCY_MARKS:
            continue  # "US$5.6bn", "NZ$45m", "$US160m": a currency's mark, not the country
        i = k
        t = toks[i]
        if t.kind == "word" and t.text[:1].isupper() and not (
                t.low in _BACKREF_OPENERS and k + 1 < len(toks) and toks[k + 1].text.islower()):  # "The country will"
            j = i
            while j + 1 < len(toks) and (
                (toks[j + 1].kind == "word" and toks[j + 1].text[:1].isupper())
                or ((toks[j + 1].low in ("of", "the", "for", "and") or toks[j + 1].low in NAME_PARTICLES) and j + 2 < len(toks)
                    and toks[j + 2].text[:1].isupper())  # "Irish Nurses and Midwives Organisation" (places split again)
                or (toks[j + 1].text == "&" and j + 2 < len(toks) and toks[j + 2].kind == "word"
                    and toks[j + 2].text[:1].isupper() and toks[j + 1].start > toks[j].end)
                # "Marks & Spencer", "Hollis & Crane": a firm's name (not "S&P", an index's)
                or (toks[j + 1].text == "-" and j + 2 < len(toks) and toks[j + 2].kind == "word"
                    and not (toks[j + 2].text.islower() and toks[j + 2].low.endswith("ed")))  # not "Istanbul-based"
                or (toks[j + 1].text in ("'", "’") and toks[j].low.endswith("s") and toks[j + 1].start == toks[j].end
                    and j + 2 < len(toks) and toks[j + 2].text[:1].isupper())  # "Australian Workers’ Union"
            ) and j - i < 6:
                j += 1
            if j + 2 < len(toks) and toks[j + 1].text == "," and toks[i].text[:1].isupper() \
                    and any(toks[x].low in ("of", "for") and toks[x - 1].low in _FIELD_LIST_HEADS for x in range(i + 1, j)) \
                    and (listed := _listed_name_end(toks, j + 2)) is not None:
                j = listed  # "the Ministry of Housing, Communities and Local Government": one body, its list of fields
            if j > i and (toks[i].low in _OPENING_PREPS or toks[i].low in _OPENING_POSSESSIVES or toks[i].low in _number_words()
                          or (toks[i].low in _QUANTIFIERS and toks[j].text not in _org_words_cased())
                          # "No Labour council", "Every Welsh council": no name's word (but "Most Haunted Ltd" is a firm's)
                          or toks[i].text in ("A", "An")):  # "A Himal Sky Airways plane": not the name
                i += 1  # "On Wall Street, ...", "Its Eastern Theater Command", "Two Finance Police boats": not the name
                if i < j and toks[i].low == "the" and toks[i - 1].low in _OPENING_PREPS and j + 1 < len(toks) \
                        and toks[j + 1].low in PLACE_NOUNS:
                    i += 1  # "In the Kazimierz district, ...": the name after the article
            if j >= i + 2 and toks[i].low in _PEOPLE_OF and toks[i + 1].low == "of" and toks[i + 2].text[:1].isupper():
                i += 2  # "Residents of Fuerte Olimpo, a river town of about 4,000 people": the people of the place that follows
            council = _council_after(toks, j)
            a0 = i + (toks[i].low == "the")
            if council is not None and a0 <= j and j - a0 < 3 and toks[a0].kind == "word" and toks[a0].text[:1].isupper() \
                    and toks[a0].low not in _QUANTIFIERS \
                    and not (council == j + 1 and toks[j].text.endswith(("'s", "’s"))) \
                    and (toks[council].text == "council" or _a_place_name(text[start + toks[a0].start:start + toks[j].end])
                         or (toks[council].text != "police" and a0 == j and toks[j].text in _regional_adjectives())):
                # ("Lyon's council" is the city's; "Riot police" is no town's)
                # "Clermont-Ferrand city council has agreed", "Beringen council collects": the town's council, a body
                town = _unpossessive(text[start + toks[a0].start:start + toks[j].end])  # "Lyon’s city council"
                surface = f"{town} {text[start + toks[j + 1].start:start + toks[council].end]}"
                out.append(Entity(start + toks[a0].start, start + toks[council].end, surface, None, _prep_before(toks, a0),
                                  org=surface))
                i = council + 1
                continue
            if j - i > 1 and any(toks[x].text == "&" for x in range(i + 1, j)):
                # "Shares in Marks & Spencer rose 4%", "an analyst at Hollis & Crane": a firm, whatever places its words name
                a0 = i + (toks[i].low == "the")
                surface = _unpossessive(text[start + toks[a0].start:start + toks[j].end])
                out.append(Entity(start + toks[a0].start, start + toks[j].end, surface, None, _prep_before(toks, a0), org=surface))
                i = j + 1
                continue
            ents = _resolve_run(text, start, toks, i, j)
            site = _site(text, start, toks, i, j, ents)
            if site is not None:
                owner = _unpossessive(text[start + toks[i].start:site[0].start].strip())
                if owner and owner != text[start + toks[i].start:site[0].start].strip() and lookup(owner) is None \
                        and toks[i].low not in _BACKREF_OPENERS:
                    # "Minera Quebrada Alta's Cerro Negro mine": the firm that owns the site, then the site
                    out.append(Entity(start + toks[i].start, start + toks[i].start + len(owner), owner, None,
                                      _prep_before(toks, i), org=owner))
                out.append(site[0])  # "its Zwickau plant": the site, not the town alone
                i = site[1] + 1
                continue
            if ents and ents[-1].place is not None and ents[-1].place.kind == "region" and ents[-1].place.country is None \
                    and ents[-1].surface.endswith(("'s", "’s")) and ents[-1].end == start + toks[j].end \
                    and (one := _ONE_OF_A_REGION.match(text, start + toks[j].end)) is not None:
                # "in Africa's most populous country", "Europe's largest economy": the country the story
                # named, referred back to (not the continent)
                ents[-1] = Entity(ents[-1].start, start + toks[j].end + one.end(), "the country", None, ents[-1].prep)
            out.extend(ents)
            i = j + 1
            continue
        ref = _backref_at(text, start, toks, i)  # "the Baltic state", "this country"
        if ref:
            out.append(ref)
            i += len(ref.surface.split())
        elif toks[i].text in _ACROSS_THE_COUNTRY:
            # "19,800 ATMs operated by banks nationwide": across the country, the one the story is about (in lower
            # case only: "lender Nationwide" is a firm)
            out.append(Entity(start + toks[i].start, start + toks[i].end, "the country", None, "across", org=None))
    if toks and _ROAD_SIGN.search(text, start + toks[0].start, start + toks[-1].end):
        out = _with_roads(text, start + toks[0].start, start + toks[-1].end, out)
    return out


# a road named by its number ("the M62", "Highway 417", "the A49 and A5", "Interstate 95"), after a preposition that
# places it ("along", "of the", "on the"): a place, though no gazetteer holds it (not "the M23 rebels", with no
# preposition; nor a road a town after it places, "on the A2 highway near Kaduna": the town is named)
_ROAD_NAME = r"(?:(?:Highway|Route|Interstate|Autobahn|Autoroute|Autostrada)\s+\d{1,4}[A-Z]?|[AMN]\d{1,4}|I-\d{1,3})"
_ROAD = re.compile(r"(?<![\w-])" + _ROAD_NAME + r"(?:\s+and\s+(?:the\s+)?" + _ROAD_NAME + r")?(?![\w-]|[,.]\d)")  # (not "N20,000")
# (written to open with the capital every road's name opens with, then a look-behind at the character taken picks
# the form: the scanner jumps from capital to capital instead of trying each form at every place)
_ROAD_SIGN = re.compile(r"[AMNIHR](?<![\w-][AMNIHR])(?:(?<=[AMN])\d|(?<=I)-\d|(?<=H)ighway\s+\d|(?<=R)oute\s+\d|(?<=I)nterstate\s+\d"
                        r"|(?<=A)uto(?:bahn|route|strada)\s+\d)")
_ROAD_LEAD = re.compile(r"\b(on|along|of|off|near|at|via|onto|across)\s+(?:the\s+)?$", re.I)
# a town named right after the road, which places it ("on the A2 highway near Kaduna"): the town is the place
_ROAD_IN_TOWN = re.compile(r"(?:\s+(?:highway|motorway|road|expressway))?\s+(?:near|in|outside|at)\s+[A-ZÀ-ÖØ-Þ]")


def _with_roads(text: str, lo: int, hi: int, ents: list[Entity]) -> list[Entity]:
    """ENTS with the roads named by number in text[lo:hi] added, where no entity holds them already."""
    added = []
    for m in _ROAD.finditer(text, lo, hi):
        if any(e.start < m.end() and m.start() < e.end for e in ents):
            continue
        lead = _ROAD_LEAD.search(text, max(lo, m.start() - 12), m.start())
        if lead is None or _ROAD_IN_TOWN.match(text, m.end(), hi):
            continue
        name = m.group(0)
        added.append(Entity(m.start(), m.end(), name, Place(name, "place", None), lead.group(1).lower()))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


def _a_place_name(name: str) -> bool:
    """Whether NAME is a country, a demonym or a town the gazetteer knows."""
    return lookup(name, allow_cities=True) is not None or name in cities()


def _council_after(toks, j: int) -> int | None:
    """The index of "council" or "police" when the lower-case words after token J name a town's own
    body ("city council", "police": "Phoenix police arrested 14 people")."""
    k = j + 1
    if k < len(toks) and toks[k].text == "police":
        return k
    if k < len(toks) and toks[k].text in _SERVICES_AFTER_PLACE:
        return k  # "Dutch customs seized"
    if k + 1 < len(toks) and f"{toks[k].text} {toks[k + 1].text}" in _SERVICES_AFTER_PLACE:
        return k + 1  # "the Catalan fire service had"
    if k < len(toks) and toks[k].low in _COUNCIL_KINDS and toks[k].text.islower():
        k += 1
    return k if k < len(toks) and toks[k].text == "council" else None


_SITE_NOUNS = frozenset(table("places")["site_nouns"]["words"])
_NAMED_SITE_WORDS = frozenset(table("places")["site_nouns"]["capitalised"])  # "the Litoral Penitentiary"
_CLIENT_NOUNS = frozenset(_BODIES["client_nouns"]["words"])  # bodies.toml: "National Grid customers"
_LANDMARK_HEADS = frozenset(table("places")["landmark_heads"]["words"])  # "Victoria Square", "the Riverside Stadium"
_AFTER_A_LANDMARK = frozenset("on in at and or to for from where which that as after before during since with by this last "
                              "was were is are had has have will would said".split())
_SITE_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "a", "an"})
_SITE_PREPS = frozenset({"at", "in", "near", "from", "to", "of", "outside", "inside", "around"})
_SITE_LEADS = _SITE_OPENERS | _SITE_PREPS


def _site(text, offset, toks, i, j, ents) -> tuple[Entity, int] | None:
    """ "at its Zwickau plant", "the Jafurah gas field", "the Cerro Alto copper mine": a named site
    (places.toml [site_nouns]), the name with its noun, and the index of the noun. One lower-case
    word may come between ("gas", "copper"). Only a name the gazetteer does not know (or guesses
    a place from its preposition): a body or a country is an owner ("the Tesla factory", "a German plant"), and a known place keeps its name."""
    n = j + 1
    if n + 1 < len(toks) and toks[n].kind == "word" and toks[n].text.islower() and toks[n].low not in _SITE_NOUNS \
            and toks[n + 1].low in _SITE_NOUNS:
        n += 1
    if j > i + (toks[i].low == "the") and toks[j].low in _NAMED_SITE_WORDS and not (n < len(toks) and toks[n].low in _SITE_NOUNS):
        n = j  # "regained control of the Litoral Penitentiary": the site named whole, its noun capitalised
    elif n >= len(toks) or toks[n].low not in _SITE_NOUNS or not toks[n].text.islower() \
            or "\n" in text[offset + toks[j].end:offset + toks[n].start]:
        return None
    if ents and not (len(ents) == 1 and ents[0].place is not None and ents[0].place.kind == "place" and ents[0].place.country is None):
        return None  # a body or a country owns it ("the Tesla factory", "a German plant"); a known place keeps its name
    a = i + 1 if toks[i].low == "the" and i < j else i  # "The Zirah field pumped": the opener is no part of the name
    for k in range(i, j + 1):
        if toks[k].text.endswith(("'s", "’s")):
            a = k + 1  # "Ford's Cologne plant": the site after its owner
    if a > j or not all(toks[k].kind == "word" or toks[k].text == "-" for k in range(a, j + 1)):
        return None
    k = a - 1
    if k >= 1 and toks[k].kind == "word" and toks[k].text.islower() and toks[k - 1].low in _SITE_OPENERS \
            and toks[k].low not in _SITE_LEADS:
        k -= 1  # "the offshore Zirah field": one word describing the site
    opens = k < 0 and toks[a].text not in first_names() and toks[a].low not in _OPENING_POSSESSIVES \
        and toks[n].low != "works" and n + 1 < len(toks) and text[offset + toks[j].end:offset + toks[j].end + 1] == " " \
        and (toks[n + 1].text == "," or toks[n + 1].kind == "word" and toks[n + 1].text.islower())
    # ("Kakuma camp, which already hosts nearly 300,000 refugees": a site that opens the sentence)
    if not opens and (k < 0 or not (toks[k].low in _SITE_LEADS or toks[k].text.endswith(("'s", "’s")))):
        return None  # "Sabine Kroll works at ...": a subject, not a site
    opener = toks[k].low if k >= 0 else ""
    if k >= 0 and toks[k].text.endswith(("'s", "’s")):
        k = i - 1  # "at Minera Quebrada Alta's Cerro Negro mine": the preposition before the owner's name
    while k >= 0 and toks[k].low in _SITE_OPENERS:
        k -= 1
    prep = toks[k].low if k >= 0 and toks[k].kind == "word" else ""
    if prep in ORIGIN and opener in ("its", "their"):
        prep = opener  # "profit from its Gulf of Mexico fields": the firm's own site, not where it came from
    surface = text[offset + toks[a].start:offset + toks[n].end]
    return Entity(offset + toks[a].start, offset + toks[n].end, surface, Place(surface, "site", None), prep), n


@cache
def _org_full_names() -> dict[str, tuple[str, ...]]:
    """organisations.toml's bodies: the name news uses -> the longer names that stand for it."""
    out: dict[str, list[str]] = {}
    for full, short in table("organisations")["organisations"].items():
        if full != short:
            out.setdefault(short, []).append(full)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _ship_prefixes() -> dict[str, str]:
    """ "HMS" -> "UK": organisations.toml [ship_prefixes], the codes as news names the countries."""
    from .places import country_names

    names = country_names()
    return {k: names.get(v, v) for k, v in table("organisations")["ship_prefixes"].items()}


def _ship(text, offset, toks, i, j) -> Entity | None:
    """ "HMS Prince of Wales", "USS Gerald R. Ford": a warship, its navy's country's, named whole."""
    k = i + (toks[i].low == "the")
    country = _ship_prefixes().get(toks[k].text) if k < j else None
    if country is None:
        return None
    surface = text[offset + toks[k].start: offset + toks[j].end]
    return Entity(offset + toks[k].start, offset + toks[j].end, surface, Place(country, "force", country), _prep_before(toks, k))


_TIME_WORDS = frozenset("week month year night morning evening afternoon weekend day days weeks months years".split())
_TIME_OPENERS = frozenset("on last this earlier later late in by since".split())


def _past_time_opener(words: list[str]) -> list[str]:
    """ "On Monday the Red Cross", "Last month the WHO Regional Office": the speaker after the time."""
    if len(words) > 2 and words[0].lower() in _TIME_OPENERS:
        for k in range(1, min(4, len(words) - 1)):
            if words[k].lower() in _CALENDAR or words[k].lower() in _TIME_WORDS:
                return words[k + 1:]
    return words


def _surname_after_given(words: list[str], k: int) -> bool:
    """ "Kate Jordan", "Morgan Stanley": WORDS[k] names a place but follows a given name, so it is a surname."""
    return k > 0 and words[k - 1] in first_names() and words[k - 1].lower() not in NOT_SUBJECTS and not words[k].isupper()


def _body_of_place(text, offset, toks, i, j) -> Entity | None:
    """ "the Teachers' Federation of Victoria", "the University of Tartu", "the Royal College of Nursing": a
    body's word (org_words.txt) with "of" or "for" after it names the body, whole, not the place at its end."""
    k = i + (toks[i].low in ("the", "a", "an"))
    if k >= j:
        return None
    at = next((x for x in range(k, j - 1) if _unpossessive(toks[x].text).lower() in _org_words()
               and toks[x].text[:1].isupper() and toks[x + 1].low in ("of", "for")), None)
    if at is None:
        return None
    tail = _unpossessive(text[offset + toks[at + 2].start: offset + toks[j].end])
    if lookup(tail, allow_cities=True) is None:
        return None  # only a place at the end is misread ("of Victoria", "of Tartu"); "Office for Budget Responsibility" is read elsewhere
    surface = _unpossessive(text[offset + toks[k].start: offset + toks[j].end])
    if lookup(surface) is not None:
        return None  # a body or country the lexicon knows ("Bank of England", "Republic of Korea")
    return Entity(offset + toks[k].start, offset + toks[j].end, surface, None, _prep_before(toks, k), org=surface)


def _service_of_place(text, offset, toks, i, j) -> Entity | None:
    """ "Transport for London", "Fire and Rescue NSW", "Fire and Emergency New Zealand": what a body does,
    then the place it does it for, is the body, named whole (not the place at its end)."""
    k = i + (toks[i].low in ("the", "a", "an"))
    if k + 2 > j or toks[k + 1].low not in ("for", "and") or not toks[k + 2].text[:1].isupper():
        return None
    head = [toks[k].text] + ([toks[k + 2].text] if toks[k + 1].low == "and" else [])
    if any(lookup(w, allow_cities=True) is not None or w in cities() or w in first_names() or w.lower() in _titles()
           for w in head):
        return None  # "Britain and France", "Minister for Europe"
    tail_at = k + 2 + (toks[k + 1].low == "and")
    if tail_at > j:
        return None
    tail = _unpossessive(text[offset + toks[tail_at].start: offset + toks[j].end])
    place = lookup(tail, allow_cities=True)
    if place is None or place.kind not in ("country", "nation", "region", "state", "city", "capital"):
        return None
    surface = _unpossessive(text[offset + toks[k].start: offset + toks[j].end])
    return Entity(offset + toks[k].start, offset + toks[j].end, surface, None, _prep_before(toks, k), org=surface)


# (a word's letters are taken whole, possessively, as a space follows them: a failed match gives back words, not letters)
_SITE_NAME = re.compile(r"([A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[\w’'-]*+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*+){0,3})\s+(?:[a-z]++\s+)?(?:"
                        + "|".join(table("places")["site_nouns"]["named_for_their_ground"]) + r")\b")


# a name after a preposition of place: \b(?:in|at|near|outside|around|across)\s+NAME, written to open with
# each word's first letter (the \b after it), so the scanner jumps between those letters, not every place
_PLACED_NAME = re.compile(r"(?:i(?<!\wi)n|a(?<!\wa)(?:t|round|cross)|n(?<!\wn)ear|o(?<!\wo)utside)\s+([A-ZÀ-ÖØ-Þ][\w’'-]*)")


class _TextIndex:
    """What the place rules ask of the whole text, read once a text (so linear): how often each
    capitalised word appears, and the words the story places after a preposition ("in Ajaccio")."""

    _last: "ClassVar[_TextIndex | None]" = None

    def __init__(self, text: str):
        self.text = text
        self.counts: dict[str, int] = {}
        for w in re.findall(r"[A-ZÀ-ÖØ-Þ](?<!\w[A-ZÀ-ÖØ-Þ])[\w’'-]*", text):  # \b[A-ZÀ-ÖØ-Þ]...: see _NAME_RUN
            self.counts[w] = self.counts.get(w, 0) + 1
        self.placed = frozenset(_PLACED_NAME.findall(text))
        # the names the story gives a site named for its ground ("Chile's Cerro Alto copper mine" -> "Cerro Alto")
        # (not a body's initials: "PPN field staff")
        self.sited = frozenset(n for m in _SITE_NAME.findall(text)
                               if not (n := _THE_OPENING.sub("", re.split(r"(?:['’]s|s['’])\s+", m)[-1])).isupper())

    @classmethod
    def of(cls, text: str) -> "_TextIndex":
        if cls._last is None or cls._last.text is not text:
            cls._last = cls(text)
        return cls._last


def _named_twice(text: str, name: str) -> bool:
    """Whether NAME's first word appears at least twice in TEXT."""
    return _TextIndex.of(text).counts.get(name.split()[0], 0) >= 2


def _placed_elsewhere(text: str, name: str) -> bool:
    """Whether the story places NAME's first word after a preposition of place somewhere ("in Ajaccio"),
    so it is a town there, not a club or a firm named after one."""
    return name.split()[0] in _TextIndex.of(text).placed


def _sited(text: str, name: str) -> bool:
    """Whether the story names NAME before the noun of a site named for its ground ("the Cerro Alto copper
    mine"), so that NAME alone is that site."""
    return name in _TextIndex.of(text).sited


def _found(m: re.Match[str] | None) -> re.Match[str]:
    """M, the match of a pattern that cannot fail where it is tried (it may match the empty string, or matched
    there before)."""
    assert m is not None
    return m


def _possessive_owner(text, offset, toks, i, k) -> Entity | None:
    """The body TOKS[i..k] names when token K is its possessive ("Bus Éireann’s"), not a back-reference."""
    if not toks[k].text.endswith(("'s", "’s")) or toks[i].low in _BACKREF_OPENERS:
        return None
    owner = _unpossessive(text[offset + toks[i].start:offset + toks[k].end])
    return Entity(offset + toks[i].start, offset + toks[i].start + len(owner), owner, None, _prep_before(toks, i), org=owner)


_TOWN_PART_PREPS = frozenset({"in", "at", "across", "inside", "throughout", "near", "outside"})


def _resolve_run(text, offset, toks, i, j) -> list[Entity]:
    """Longest gazetteer matches inside a run of capitalised tokens."""
    head = i + (toks[i].low == "the")
    if head <= j <= head + 1 and j + 1 < len(toks) and toks[j + 1].low in _LOWER_FEATURES \
            and (head > i or (i > 0 and toks[i - 1].low == "the")) and toks[head].text[:1].isupper() \
            and all(toks[k].kind == "word" and not _POSSESSIVE.search(toks[k].text) for k in range(head, j + 1)) \
            and lookup(text[offset + toks[head].start: offset + toks[j].end], allow_cities=True) is None:
        # "destroyed crops on about 35,000 hectares in the Po valley", "water drawn from the Pachachaca river": a
        # name the gazetteer lacks before a natural feature's word in lower case names that feature, a place
        surface = text[offset + toks[head].start: offset + toks[j + 1].end]
        return [Entity(offset + toks[head].start, offset + toks[j + 1].end, surface, Place(surface, "place", None),
                       _prep_before(toks, head - 1 if head > i else i - 1))]
    if i == j and (toks[i].low in _CALENDAR or len(toks[i].low) <= 2) and lookup(toks[i].text) is None:
        # "Tuesday", "March", "He", "It" alone (a quarter of the runs): no place, and _not_a_place holds for
        # such a word, so every test below comes to no entity; answered here without them
        return []
    if i == j and toks[i].low in _MONTH_ABBREVIATIONS and j + 1 < len(toks) and (
            toks[j + 1].text == "." or toks[j + 1].kind == "num"):
        return []  # "in the 13 weeks to Dec. 30", "on Feb 11": a month written short, not a place
    if i < j and j + 1 < len(toks) and toks[j + 1].low in _CLIENT_NOUNS and toks[i].low != "the" \
            and all(toks[k].kind == "word" and toks[k].text[:1].isupper() and not toks[k].text.endswith(("'s", "’s"))
                    for k in range(i, j + 1)) and toks[i].text not in first_names():
        surface = text[offset + toks[i].start:offset + toks[j].end]
        if lookup(surface) is None and not any(lookup(toks[k].text) is not None for k in range(i, j + 1)):
            # "Tens of thousands of National Grid customers": the firm they are customers of
            return [Entity(offset + toks[i].start, offset + toks[j].end, surface, None, _prep_before(toks, i), org=surface)]
    if i < j and toks[j].text in _LANDMARK_HEADS and _prep_before(toks, i) in _PLACING \
            and all(toks[k].kind == "word" and toks[k].text[:1].isupper() for k in range(i, j)) \
            and not toks[i].text.endswith(("'s", "’s")) \
            and not (j + 1 < len(toks) and toks[j + 1].kind == "word" and toks[j + 1].text.islower()
                     and toks[j + 1].low not in _AFTER_A_LANDMARK):
        # "arrested in Victoria Square", "at the Riverside Stadium": the landmark named whole is where, not the
        # town or state whose name it holds (not a modifier: "below Wall Street expectations")
        surface = text[offset + toks[i].start:offset + toks[j].end]
        return [Entity(offset + toks[i].start, offset + toks[j].end, surface, Place(surface, "site", None), _prep_before(toks, i))]
    if j > i and toks[j].text == "County" and not (j + 1 < len(toks) and toks[j + 1].text[:1].isupper()):
        # "Los Angeles County counted 75,290 homeless people": the county named for a town the gazetteer knows, a
        # place (not "Angeles", a province the run's last words spell; not "Kerry County Council", a body)
        a = i + (toks[i].low == "the")
        town = cities().get(text[offset + toks[a].start:offset + toks[j - 1].end]) if a < j else None
        if town is not None and town.kind == "city":
            surface = text[offset + toks[a].start:offset + toks[j].end]
            return [Entity(offset + toks[a].start, offset + toks[j].end, surface, Place(surface, "region", town.country),
                           _prep_before(toks, a))]
    if i < j:  # (a ship, a feature, a body named for its town or country, a club: each is named in two words or more)
        local = _port_of(text, offset, toks, i, j) or _ship(text, offset, toks, i, j) or _named_feature(text, offset, toks, i, j) \
            or _local_body(text, offset, toks, i, j) or _named_body(text, offset, toks, i, j) or _club_name(text, offset, toks, i, j)
        if local is not None:
            return [local]
        body = _body_of_place(text, offset, toks, i, j) or _service_of_place(text, offset, toks, i, j)
        if body is not None:
            return [body]
    people_of = i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in _PEOPLE_OF  # "residents of Flin Flon"
    # "in most other neighbourhoods of Karachi", "from riverside districts of Porto Alegre": a part of a town
    people_of = people_of or i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in _PART_NOUNS
    prep_i = _prep_before(toks, i)  # the word before the run, read once (the walk below and unknown_ok ask it)
    if _TextIndex.of(text).sited and not any(j + n < len(toks) and toks[j + n].low in _SITE_NOUNS for n in (1, 2)) \
            and not (j + 1 < len(toks) and toks[j + 1].kind == "num"):
        # "Cerro Alto, which sits 3,800 metres above sea level, produced ...", "the average wage at Cerro Alto": the
        # name of a site the story named with its noun ("Chile's Cerro Alto copper mine"), the site again (not
        # the Cuban town "Cerro")
        name = _THE_OPENING.sub("", _unpossessive(text[offset + toks[i].start: offset + toks[j].end]))
        if _sited(text, name) and lookup(name) is None and not _not_a_place(toks, i, j):
            return [Entity(offset + toks[i].start, offset + toks[j].end, name, Place(name, "place", None), prep_i)]
    # "A São Paulo labour court", "in a Milan court": the town whose court it is (read once a run)
    court_town = i > 0 and toks[i - 1].low in ("a", "an") and _COURT_AFTER.match(text, offset + toks[j].end) is not None
    out: list[Entity] = []
    a = i
    while a <= j:
        found = None
        prep_a = prep_i if a == i else _prep_before(toks, a)  # the word before the name at A, read once
        placed = prep_a in _PLACING or (people_of and a == i)  # the word before the run
        # "Bus Éireann’s Cork city services": a town after its owner's possessive, the run's last name (not
        # a site: "Minera Quebrada Alta's Cerro Negro mine")
        owned = a > i and toks[a - 1].text.endswith(("'s", "’s")) and toks[a].text not in first_names() \
            and not (j + 1 < len(toks) and toks[j + 1].low in _SITE_NOUNS)
        # "its Cork budget", "the Wakefield site": a town the story names, as a modifier before a noun
        modifier = a == i and i > 0 and toks[i - 1].low in ("its", "the", "their") and j + 1 < len(toks) \
            and toks[j + 1].kind == "word" and toks[j + 1].text.islower() and toks[i].text not in first_names()
        # "Ajaccio will limit cruise calls": a town the gazetteer knows, opening the sentence as the subject of a verb
        # (where the story places it elsewhere, or the verb counts what happens in it: "Toronto recorded 18,400
        # housing starts", places.toml [happens_in_verbs])
        subject = a == i == 0 and j + 1 < len(toks) and toks[i].text not in first_names() and (
            toks[j + 1].low in _SUBJECT_AUXILIARIES or toks[j + 1].text.islower() and toks[j + 1].low.endswith("ed"))
        # "Cork's city buses carried ...": a town the gazetteer knows as a town, whose possessive opens the sentence
        # before what it has, where the story places it elsewhere or names it again
        possessor = a == i == 0 and toks[j].text.endswith(("'s", "’s")) and j + 1 < len(toks) \
            and toks[j + 1].text.islower() and toks[i].text not in first_names()
        for b in range(j, a - 1, -1):
            surface = text[offset + toks[a].start: offset + toks[b].end]
            base = _unpossessive(surface)
            # (the whole run: "its Alberta oil sands sites", "across Lesser Poland": a region the data alone gives,
            # named alone, not in a story that names a firm after it: "Cordillera's revenue" after "Cordillera Copper
            # said"; _lookup_in tries lookup() first)
            if a == i and b == j:
                place = _lookup_in(text, base)
            elif (place := gazetteer().get(base)) is None and not base.isascii():
                place = lookup(base)  # (lookup(base) read in two steps: the gazetteer first, then a name's accents)
            if place is None and (placed or ((owned or modifier) and b == j and _named_twice(text, base))
                                  or court_town and a == i and b == j
                                  or subject and b == j and (_placed_elsewhere(text, base)
                                                             or toks[j + 1].low in _HAPPENS_IN_VERBS)
                                  or (b < j and toks[b + 1].text in EVENT_WORDS)) \
                    and not _not_a_place(toks, a, b):
                place = cities().get(base)  # not "the Central and Northern lines"
            elif place is None and possessor and b == j and (_placed_elsewhere(text, base) or _named_twice(text, base)) \
                    and not _not_a_place(toks, a, b, possessive_ok=True) and not _firm_named_for(text, base):
                place = cities().get(base)  # (not "Harlow's broadband arm" in a story of "Harlow Media Inc")
            if place is None and placed and base in _WORD_TOWNS and prep_a in POSITION | ORIGIN:
                place = _WORD_TOWNS[base]  # "a signalling fault near Reading": the town, after a word that places it
            if place is not None and place.kind == "demonym" and place.country is not None and b + 1 < len(toks) \
                    and toks[b + 1].low in DEMONYM_PLACES:
                place = Place(place.country, "country", place.country)  # "over Russian territory", "at Ukrainian cities"
            if place is not None:
                found = (b, surface, place)
                break
        serves = next((k for k in range(a - 1, i, -1) if toks[k].low in ("for", "of")), None) if found and a > i + 1 else None
        if serves is not None and found is not None and toks[serves - 1].text in _org_words_cased() \
                and found[0] == j and found[2].kind not in ("org", "force"):
            # "the Desert Locust Control Organization for Eastern Africa": a body whose name holds the place
            # it serves, not that place
            surface = _unpossessive(text[offset + toks[i].start: offset + toks[j].end])
            if toks[i].low == "the":
                surface = surface[4:]
            return [Entity(offset + toks[i].start, offset + toks[j].end, surface, None, _prep_before(toks, i), org=surface)]
        if found and a > i and toks[a - 1].low in NAME_PARTICLES:
            found = None  # "Tour de France", "Abdulaziz bin Salman": a name that holds a place's word
        if found is None and a < j and toks[a].text in REGION_PREFIXES:
            country = lookup(_unpossessive(text[offset + toks[a + 1].start: offset + toks[j].end]))
            if country is not None and country.kind == "country":
                # "Lower Austria", "Upper Bavaria": a region of the country, not the country
                surface = text[offset + toks[a].start: offset + toks[j].end]
                found = (j, surface, Place(_unpossessive(surface), "region", country.name))
        if found and found[0] == a and a < j and toks[a].text in first_names() and found[2].kind in ("country", "city", "state") \
                and lookup(_unpossessive(toks[a + 1].text)) is None and toks[a + 1].text[:1].isupper():
            found = None  # "Jordan Ellis scored 32 points", "Georgia Lewis": a person, not a place
        if found and a == i and found[0] < j and found[2].kind == "city" and _names_a_firm(toks, found[0] + 1, j):
            # "administrators at Marlow Advisory said": a firm named after its town, not the town
            surface = _unpossessive(text[offset + toks[i].start: offset + toks[j].end])
            return [Entity(offset + toks[i].start, offset + toks[j].end, surface, None, _prep_before(toks, i), org=surface)]
        if found and a > i and found[2].kind in ("country", "city", "capital", "state") \
                and _surname_after_given([toks[a - 1].text, toks[a].text], 1):
            found = None  # "Morgan Stanley", "Kate Jordan": a surname after a given name, not the Falklands' capital
        if found:
            b, surface, place = found
            prep = prep_i if owned else prep_a
            border = b + 1 < len(toks) and toks[b + 1].text in ("border", "borders", "frontier", "coast") and not (
                b + 2 < len(toks) and toks[b + 2].low == "guard") or (  # not "China Coast Guard", "coast guard vessel"
                a == i and i >= 2 and toks[i - 1].low == "with" and toks[i - 2].low in ("border", "borders", "frontier")
                and place.kind in ("country", "nation"))  # "to its eastern border with Belarus": the Belarus border
            if out and place.kind in ("force", "org") and out[-1].end + 1 == offset + toks[a].start and \
                    out[-1].place is not None and out[-1].place.kind in ("country", "demonym") and place.country \
                    and out[-1].place.country is not None:
                # "US Treasury", "Russian Navy": the body of the country named with it
                place = Place(out[-1].place.country, place.kind, out[-1].place.country)
            out.append(Entity(offset + toks[a].start, offset + toks[b].end, surface, place, prep, border=border))
            a = b + 1
        else:
            a += 1
    if out and out[0].place is not None and out[0].place.kind in ("city", "place") and out[0].start > offset + toks[i].start:
        k = next(k for k in range(i, j + 1) if offset + toks[k].start >= out[0].start)
        owner = _possessive_owner(text, offset, toks, i, k - 1)
        if owner is not None and owner.org is not None and lookup(owner.org) is None and owner.org.lower() not in _CALENDAR \
                and all(toks[x].text[:1].isupper() for x in range(i, k)):  # not "Sunday's Hamburg Marathon"
            out.insert(0, owner)  # "On Bus Éireann’s Cork city services": the body that runs them, then its town
    region_after = (j + 1 < len(toks) and toks[j + 1].low in PLACE_NOUNS) or (  # "the Marche region", "Kherson province"
        i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in PLACE_NOUNS)  # "the Italian island of Lampedusa"
    if j - i >= 3 and out and all(e.place is not None and e.place.kind == "org" for e in out) and out[0].start > offset + toks[i].start \
            and toks[j].text.lower() in _org_words() and toks[i].low != "the" and "'" not in text[
                offset + toks[i].start:offset + toks[j].end]:
        # "Aire and Calder Hospitals NHS Trust": a body whose name holds another's ("NHS"), named whole
        surface = text[offset + toks[i].start: offset + toks[j].end]
        return [Entity(offset + toks[i].start, offset + toks[j].end, surface, None, _prep_before(toks, i), org=surface)]
    feature = _natural_place(text, offset, toks, i, j, out) if i < j else None  # (a feature's name too)
    if feature is not None:
        return [e for e in out if e.end <= feature.start] + [feature]
    if len(out) >= 2 and region_after and out[-2].surface.endswith(("'s", "’s")) and out[-2].place is not None \
            and out[-1].end == offset + toks[j].end and out[-1].place is not None \
            and out[-1].place.kind in ("city", "capital", "place", "region") and toks[j + 1].low != "city":
        # "in Zambia's Lusaka province": the province the country's possessive introduces, where it is
        last, noun = out[-1], toks[j + 1]
        surface = text[last.start:offset + noun.end]
        out[-1] = Entity(last.start, offset + noun.end, surface, Place(surface, "region", out[-2].place.country), out[-2].prep)
    elif out and region_after and (out[-1].surface.endswith(("'s", "’s")) or (
            out[-1].surface.endswith("s") and text[out[-1].end:out[-1].end + 1] in ("'", "’"))) \
            and out[-1].end + 1 < offset + toks[j].end and out[-1].place is not None:
        # "Peru's Arequipa region": the region the country's possessive introduces (a plural's too: "the
        # Philippines' Bicol region")
        k = next(k for k in range(i, j + 1) if offset + toks[k].start > out[-1].end)
        if not _not_a_place(toks, k, j):
            surface, owner = text[offset + toks[k].start: offset + toks[j].end], out[-1]
            if not owner.surface.endswith(("'s", "’s")):  # the plural's country owns the region, is not where
                out[-1] = Entity(owner.start, owner.end, owner.surface, owner.place, "", org=owner.org, border=owner.border)
            assert owner.place is not None  # (tested above, as out[-1])
            out.append(Entity(offset + toks[k].start, offset + toks[j].end, surface,
                              Place(surface, "place", owner.place.country), owner.prep))
    elif len(out) == 1 and out[0].surface.endswith(("'s", "’s")) and out[0].place is not None \
            and (out[0].place.kind == "country" and prep_i in ("in", "across", "inside", "throughout")
                 or out[0].place.kind in ("city", "capital", "state", "region") and prep_i in _TOWN_PART_PREPS
                 and not (j + 1 < len(toks) and toks[j + 1].kind == "num")) \
            and out[0].start == offset + toks[i].start and i < j and not _held_in(toks, i) \
            and not (j + 1 < len(toks) and (toks[j + 1].low in _SITE_NOUNS or toks[j + 1].low in FIRM_HEADS
                                            or toks[j + 1].low in _org_words() or toks[j + 1].low in PLACE_NOUNS
                                            or toks[j + 1].low in ("shares", "stock", "stake", "brand", "brands"))):
        # "Deforestation in Brazil's Amazon fell 14%", "in China's Xinjiang": the country's own region
        # the gazetteer lacks (not "in Britain's BAE Systems shares", "in Peru's Antamina mine"); a town's
        # own place, where something is: "stevedores at Sydney's Port Botany", "in Lyon's Croix-Rousse"
        k = i + 1
        words = [toks[x].low for x in range(k, j + 1)]
        if not any(w in _org_words() or w in _outlet_words() for w in words) and not _not_a_place(toks, k, j):
            surface = text[offset + toks[k].start: offset + toks[j].end]
            out.append(Entity(offset + toks[k].start, offset + toks[j].end, surface,
                              Place(surface, "place", out[0].place.country), out[0].prep))
    if out:
        return out  # (the branches above keep a found place found: what follows reads a run that named none)
    followed_by_number = (j + 1 < len(toks) and toks[j + 1].kind == "num") or toks[j].low in ("no", "nos", "number")
    # "in Iron Shield 25", "at Sale No. 5": a name
    acronym = all(toks[k].text.isupper() or not toks[k].text[:1].isalpha() for k in range(i, j + 1)) if i < j \
        else toks[i].text.isupper() or not toks[i].text[:1].isalpha()  # "MSPs", "LSEG"
    acronym = acronym or _PLURAL_ACRONYM.fullmatch(toks[j].text) is not None
    according = i > 1 and toks[i - 1].low == "to" and toks[i - 2].low == "according" or \
        i > 2 and toks[i - 1].low == "the" and toks[i - 2].low == "to" and toks[i - 3].low == "according"
    held_in = _held_in(toks, i)
    # "ordered 250,000 doses of vaccine for Turkana" in a story that has "children in Turkana": a name the story
    # places elsewhere, after "for"
    for_placed = prep_i == "for" and i == j and _placed_elsewhere(text, toks[i].text)
    unknown_ok = ((prep_i in PLACE_PREPS or people_of or for_placed) and not acronym and not according and not held_in
                  and not (j + 1 < len(toks) and toks[j + 1].low in DOCUMENT_NOUNS)  # "according to Kantar data"
                  and not (i > 0 and toks[i - 1].text == "," and j + 1 < len(toks)
                           and toks[j + 1].low in _speech_words()))  # "... in India, Corvane said": a speaker
    inner = next((k for k in range(i, j) if toks[k].text.endswith(("'s", "’s"))), None)
    if unknown_ok and not region_after and inner is not None \
            and j + 1 < len(toks) and toks[j + 1].kind == "word" and toks[j + 1].text.islower() \
            and toks[j + 1].low not in _SITE_NOUNS and toks[j].text not in _feature_words() and toks[j].text not in _FACILITY_WORDS:
        # "on Translink’s Metro buses": the body that runs the named service, not a place (not "Hawke’s
        # Bay", "Drogheda’s MacBride station", "Minera Quebrada Alta's Cerro Negro mine")
        owner = _possessive_owner(text, offset, toks, i, inner)
        if owner is not None and owner.org is not None and lookup(owner.org, allow_cities=True) is None \
                and cities().get(owner.org) is None:
            return [owner]
    if (unknown_ok or region_after) and not _not_a_place(toks, i, j) and not followed_by_number \
            and not any(toks[k].low == "for" for k in range(i + 1, j)):
        # (not a body named for its cause: "Organisers from the Citizens for Fair Prices coalition")
        # an unknown name after "in", "near", "at": a place the gazetteer lacks ("Sabina Shoal")
        surface = text[offset + toks[i].start: offset + toks[j].end]
        surface = _THE_OPENING.sub("", _unpossessive(surface))
        words = surface.split()
        facility = toks[j].text in _WHERE_FACILITIES and _prep_before(toks, i) in _WHERE_PREPS \
            or toks[j].text in _WHERE_AT_FACILITIES and _prep_before(toks, i) == "at"  # "at X Airport", "at X Hospital"
        if words and (facility or not any(w.lower() in _org_words() or w.lower() in _outlet_words() for w in words)):
            # not "the International Organization for Migration", not "the Daily Sentinel"
            return [Entity(offset + toks[i].start, offset + toks[j].end, surface, Place(surface, "place", None), _prep_before(toks, i))]
    # "Shares of Harlow Media Inc", "Workers at Halden Foods": a plural noun heads the run
    while i + 2 <= j and toks[i].low.endswith("s") and toks[i + 1].low in ("of", "in", "at", "for"):
        i += 2
    words = [_unpossessive(toks[k].text) for k in range(i, j + 1)]  # "Council's cabinet"
    if words and words[-1].lower() in _org_words() and len(words) >= 2 or (words and words[-1] in ("Police", "Council")):
        surface = _unpossessive(text[offset + toks[i].start: offset + toks[j].end])
        if toks[i].low == "the":
            surface = surface[4:]
        out.append(Entity(offset + toks[i].start, offset + toks[j].end, surface, None, _prep_before(toks, i), org=surface))
    return out


# Words after a town's name that keep it a place: "Marseille Provence Airport" (places.toml [facilities])
_FACILITY_WORDS = frozenset(table("places")["facilities"]["words"])
_WHERE_FACILITIES = frozenset(table("places")["facilities"]["where"])
_WHERE_AT_FACILITIES = frozenset(table("places")["facilities"]["where_at"])


_FACILITY_NOUNS = frozenset(table("places")["facilities"]["named_before_town"])
_VISITED = frozenset({"museum", "gallery", "library", "zoo"})  # "Rotterdam's Maritime Museum welcomed 870,000 visitors"
# a facility named after a town's possessive: "Copenhagen's Nordic Design Museum" (read in a bounded window)
_NAMED_FACILITY_AFTER = re.compile(r"\s+((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,4}?(?:" + "|".join(
    sorted(w.capitalize() for w in _FACILITY_NOUNS | _VISITED)) + r"))\b(?![’'-])")
_IN_TOWN = re.compile(r"\s(?:in|on|near|outside)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|"
                      r"northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)?$")
# a port or an airport named "of" its place after a country's possessive: "Malaysia's Port of Selat Indah"
_PORT_OF_AFTER = re.compile(r"\s+((?:Port|Airport)\s+of\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})\b(?![’'-])")
_FACILITY_WINDOW = 100  # characters before a town in which a facility named before it is looked for
_NAME_JOINERS = frozenset({"of", "de", "del", "da", "do", "du", "la", "al", "el"})


def _facility_before(text: str, lo: int, at: int) -> str | None:
    """The facility named, by its own capitalised name and a facility's noun, right before the town at AT:
    "Mountjoy Prison in Dublin", "at the Zamzam displacement camp near El Fasher", "Lumbini Provincial
    Hospital in Butwal", "Kadena Air Base on Okinawa" (places.toml [facilities] named_before_town)."""
    window = text[max(lo, at - _FACILITY_WINDOW):at]
    m = _IN_TOWN.search(window)
    if m is None:
        return None
    words = window[:m.start()].split()
    k = len(words)
    tail = 0
    while k > 0 and tail < 2 and words[k - 1].isalpha() and words[k - 1].islower() and words[k - 1] not in _NAME_JOINERS:
        k -= 1  # "refugee complex", "copper mine", "air base": a facility's lower-case noun after its name
        tail += 1
    if tail and words[len(words) - 1] not in _FACILITY_NOUNS:
        return None
    if tail == 2 and words[k] in _FACILITY_NOUNS:
        k += 1  # "the mine complex": the name is what comes before
        tail = 1
    first = k
    while first > 0 and k - first < 6:
        w = words[first - 1]
        if w[:1].isupper() and not w.endswith(("'s", "’s", "'", "’", ",", ";", ":", ".")) and not w[-1:] in ")\"”":
            first -= 1
        elif w.endswith(("'s", "’s", "'", "’")) and first > 1 and words[first - 2] in ("St", "St.", "Saint"):
            first -= 1  # "St Aldric's Hospital in Leeds": a saint's name, in the facility's name
        elif w in _NAME_JOINERS and first > 1 and words[first - 2][:1].isupper() and first < k:
            first -= 1  # "Universal College of Medical Sciences"
        else:
            break
    while first < k and (words[first] in _NAME_JOINERS or words[first].lower() in ("the", "a", "an", "at", "in", "to")):
        first += 1
    if first >= k:
        return None  # no name of its own ("the hospital in Lilongwe"): the town is the place named
    if not tail and not any(w.lower() in _FACILITY_NOUNS for w in words[first:k]):
        return None  # "Vodafone in Spain": a firm, not a facility
    if tail == 0 and words[k - 1].lower() not in _FACILITY_NOUNS and not any(
            words[x].lower() in _FACILITY_NOUNS and words[x + 1] in _NAME_JOINERS for x in range(first, k - 1)):
        return None  # the facility's word ends its name, or opens its "of" part ("College of Medical Sciences")
    name = " ".join(words[first:len(words)])
    return name if lookup(name) is None else None


_PLURAL_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}s")  # "MSPs"


def _names_a_firm(toks, k: int, j: int) -> bool:
    """TOKS[k..j], after a town's name, make it a firm's: capitalised words, none a place or a facility,
    the last a firm's ("Advisory", "Partners": org_words.txt)."""
    words = [toks[x].text for x in range(k, j + 1)]
    return all(w[:1].isupper() and w.isalpha() and lookup(w) is None and w not in _FACILITY_WORDS
               and w not in _feature_words() for w in words) and words[-1].lower() in _org_words()


@cache
def _feature_words() -> frozenset[str]:
    return frozenset(table("places")["features"]["words"])


@cache
def _feature_openers() -> frozenset[str]:
    return frozenset(table("places")["features"]["openers"])


@cache
def _after_feature_opener() -> re.Pattern:
    """A natural place's opener and the name after it: "Mount Semeru" -> "Semeru" (places.toml [features] openers).
    Each opener's "\\b" is written after its first letter, as a look-behind ("M(?<!\\wM)ount"): the pattern then
    opens with the openers' capitals, and the scanner jumps between those instead of trying every place."""
    return re.compile(r"(?:" + "|".join(
        re.escape(w[0]) + r"(?<!\w" + re.escape(w[0]) + ")" + re.escape(w[1:]) if re.match(r"\w", w) else r"\b" + re.escape(w)
        for w in sorted(_feature_openers(), key=len, reverse=True))
                      + r")\s+([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})")


# what an aside calls a natural feature or a storm, singular ("Semeru, one of the most active volcanoes, sent ...")
_FEATURE_NOUNS = frozenset({"volcano", "mountain", "peak", "river", "lake", "glacier", "storm", "cyclone", "hurricane",
                            "typhoon"})


def _named_feature(text, offset, toks, i, j) -> Entity | None:
    """ "Mount Loleba", "Lake Toba", "the Isle of Skye": a run opening with a natural feature's word
    (places.toml [features] openers) names that place, whole, wherever it stands; not a body named
    after it ("Mount Sinai Hospital") nor a place the gazetteer knows ("Cape Town")."""
    a = i + (toks[i].low == "the")
    if a >= j or toks[a].text not in _feature_openers() or _POSSESSIVE.search(toks[a].text):
        return None
    last = _unpossessive(toks[j].text)
    if not toks[a + 1].text[:1].isupper() or last.lower() in _org_words() or last in _FACILITY_WORDS:
        return None
    surface = _unpossessive(text[offset + toks[a].start: offset + toks[j].end])
    if lookup(surface, allow_cities=True) is not None or surface in cities():
        return None
    return Entity(offset + toks[a].start, offset + toks[j].end, surface, Place(surface, "place", None), _prep_before(toks, a))


# facilities a place's possessive introduces, named whole as the place: "Brisbane's Suncorp Stadium",
# "Bolivia's Madidi National Park" (places.toml [facilities], less those that are bodies or streets)
_SITE_FACILITIES = _FACILITY_WORDS - {"University", "College", "Hospital", "Court", "Road", "Street", "Hall", "Centre", "Center"}
_TOWNS_AND_COUNTRIES = frozenset({"country", "nation", "city", "capital", "state", "region", "place"})


_PARK_KINDS = frozenset({"National", "Marine", "Regional", "Provincial", "State"})  # "Tsavo West National Park"


def _natural_place(text, offset, toks, i, j, out) -> Entity | None:
    """ "the Norwegian Sea", "British Columbia's Okanagan Valley": a run ending in a natural
    feature's word names that place, whole (places.toml [features])."""
    head = i + (toks[i].low == "the")
    if head + 2 <= j and toks[head].text in _feature_words() and toks[head + 1].low == "of" and lookup(
            text[offset + toks[head].start: offset + toks[j].end]) is None:
        # "the Gulf of Mexico", "the Bay of Biscay": a feature named by what it borders
        surface = _unpossessive(text[offset + toks[head].start: offset + toks[j].end])
        return Entity(offset + toks[head].start, offset + toks[j].end, surface, Place(surface, "place", None),
                      _prep_before(toks, i))
    last = _unpossessive(toks[j].text)
    if last == "Park" and j - 1 > head and toks[j - 1].text in _PARK_KINDS:
        last = "National Park"  # "Eryri National Park recorded 4.1 million visitors": a park the state keeps, a place
        # wherever it stands (not "Mr Park", a name, nor a firm's "Business Park")
    if last not in _feature_words() and last not in _SITE_FACILITIES and last != "National Park":
        return None
    k = i
    while k < j and toks[k].low == "the":
        k += 1
    owner = max((x for x in range(k, j) if _POSSESSIVE.search(toks[x].text)), default=None)
    if owner is not None:
        k = owner + 1  # "British Columbia's Okanagan Valley": the valley
    if last not in _feature_words() and last != "National Park" and (owner is None or not any(
            e.place is not None and e.place.kind in _TOWNS_AND_COUNTRIES and e.end == offset + toks[owner].end for e in out)):
        return None  # a facility is named whole only after a place's possessive: "Brisbane's Suncorp Stadium"
    if k >= j or any(e.start == offset + toks[k].start and e.end == offset + toks[j].end for e in out):
        return None  # a lone "Sea", or a place the gazetteer knows whole ("Black Sea")
    surface = _unpossessive(text[offset + toks[k].start: offset + toks[j].end])
    known = lookup(surface)
    if known is not None:
        return None
    country = next((e.place.country for e in out if e.place is not None), None)
    prep = _prep_before(toks, i)
    return Entity(offset + toks[k].start, offset + toks[j].end, surface, Place(surface, "place", country), prep)


FOREIGN_BODY_HEADS = frozenset(_BODIES["foreign_body_heads"]["words"])
_FOREIGN_HEAD_INITIALS = frozenset(w[0] for w in FOREIGN_BODY_HEADS) | {"T"}  # ("The Junta de Andalucía")


def _named_body(text, offset, toks, i, j) -> Entity | None:
    """ "The Scottish National Party", "Scottish Government", "Indian Space Research Organisation": a
    run that opens with a place's adjective and ends in a body's word is that body; "Banco de México",
    "Junta de Andalucía": a run that opens with a body's word and a particle (bodies.toml
    [foreign_body_heads]) is that body."""
    if toks[i].low == "the":
        i += 1
    if j - i >= 2 and toks[i].text in FOREIGN_BODY_HEADS and toks[i + 1].low in NAME_PARTICLES:
        whole = _unpossessive(text[offset + toks[i].start: offset + toks[j].end])
        return Entity(offset + toks[i].start, offset + toks[j].end, whole, None, _prep_before(toks, i), org=whole)
    if j - i < 1 or _POSSESSIVE.search(toks[i].text) or _unpossessive(toks[j].text).lower() not in _org_words():
        return None
    first = lookup(toks[i].text)
    adjective = first is not None and (first.kind in ("demonym", "nation") or (
        first.kind == "country" and toks[i].text.endswith(("ish", "ian", "ese", "an", "ic", "i"))))
    whole = _unpossessive(text[offset + toks[i].start: offset + toks[j].end])
    rest = i + 1  # the first word after the place's name
    if first is None and j - i >= 3:
        # a place of two words opens it: "South Carolina National Guard", "New South Wales Ambulance"
        for n in (2, 3):
            name = text[offset + toks[i].start: offset + toks[i + n - 1].end]
            if j - i >= n + 1 and all(toks[k].kind == "word" for k in range(i, i + n)) and (
                    (first := lookup(name)) is not None and first.kind in ("country", "state", "region")):
                rest = i + n
                break
            first = None
    if not adjective and first is not None and first.kind in ("country", "state", "region") and j - rest >= 1 \
            and not any(lookup(toks[k].text) for k in range(rest, j + 1)) \
            and not GOVERNMENT.search(whole) and not GOVERNMENT_BODY.search(whole):
        adjective = True  # "Kenya Red Cross Society", "Oklahoma Education Association": a body named for its country or state
    if not adjective and first is None and any(lookup(toks[k].text) is not None for k in range(i + 1, j)) \
            and all(toks[k].text[:1].isupper() for k in range(i, j + 1)):
        adjective = True  # "LOT Polish Airlines": a body whose name holds a demonym, not that country
    if not adjective:
        return None  # "Russia's Defence Ministry" and "Tokyo Fire Department" are read elsewhere
    known = lookup(whole)
    if known is not None:
        return None  # a force or body the lexicon names ("British Army"): its country owns it
    return Entity(offset + toks[i].start, offset + toks[j].end, whole, None, _prep_before(toks, i), org=whole)


LOCAL_BODY_HEADS = frozenset(_BODIES["local_body_heads"]["words"])
_NOT_CLUB_WORDS = frozenset("meanwhile however elsewhere separately downtown central greater inner outer old new north "
                            "south east west northern southern eastern western upper lower metro suburban rural coastal "
                            "official officials residents police benchmark".split())


def _club_name(text, offset, toks, i, j) -> Entity | None:
    """ "Real Madrid", "Inter Milan", "Dynamo Kyiv": a word the gazetteer lacks before a city's name,
    the two a club's name (not Spain's), unlike "Central London" or "Meanwhile Kyiv"."""
    if toks[i].low == "the":
        i += 1
    if j != i + 1 or toks[i].kind != "word" or not toks[i].text[:1].isupper() or _POSSESSIVE.search(toks[i].text):
        return None
    first = toks[i].text
    if first.lower() in NOT_SUBJECTS or first.lower() in _NOT_CLUB_WORDS or lookup(first) is not None or \
            first in cities() or first in first_names() or first.lower().rstrip(".") in _titles() or \
            first.lower() in _CALENDAR or first.isupper():
        return None
    city = lookup(_unpossessive(toks[j].text), allow_cities=True)
    if city is None or city.kind not in ("city", "capital") or toks[j].low in _markets():  # "Benchmark Brent"
        return None
    if _unpossessive(toks[j].text) in _feature_words():
        return None  # "Botany Bay": a natural place's word, though a town somewhere is called "Bay"
    if j + 1 < len(toks) and toks[j + 1].low in PLACE_NOUNS:
        return None  # "in the Cranberry Portage area": a place of two words, not a club
    surface = _unpossessive(text[offset + toks[i].start: offset + toks[j].end])
    return Entity(offset + toks[i].start, offset + toks[j].end, surface, None, _prep_before(toks, i), org=surface)


def _port_of(text, offset, toks, i, j) -> Entity | None:
    """ "The Port of Rotterdam handled 3.42 million containers": the port of a town the gazetteer knows, named whole, a
    site (what it handles is there), whichever body runs it."""
    a = i + (toks[i].low == "the")
    if j - a != 2 or toks[a].text != "Port" or toks[a + 1].low != "of":
        return None
    if j + 1 < len(toks) and (toks[j + 1].low in _SITE_REF_COMPOUNDS or toks[j + 1].low in _speaker_heads()):
        return None  # "A Port of Melbourne spokeswoman said": the body that runs it
    if _prep_before(toks, a) not in ("", "the"):
        return None  # only the subject: "at the Port of Melbourne" is read as its town already
    name = _unpossessive(toks[j].text)
    town = lookup(name) or cities().get(name)
    if town is None or town.kind not in ("city", "capital"):
        return None
    surface = _unpossessive(text[offset + toks[a].start: offset + toks[j].end])
    return Entity(offset + toks[a].start, offset + toks[j].end, surface, Place(surface, "place", town.country), _prep_before(toks, a))


def _local_body(text, offset, toks, i, j) -> Entity | None:
    """ "Tokyo Fire Department", "London Fire Brigade": a city's own body, named whole (not Japan's)."""
    if toks[i].low == "the":
        i += 1
    if j - i < 2 or _unpossessive(toks[j].text).lower() not in LOCAL_BODY_HEADS or _POSSESSIVE.search(toks[i].text):
        return None  # "Leeds Crown Court" is a place as much as a body: only services qualify
    whole = text[offset + toks[i].start: offset + toks[j].end]
    if lookup(_unpossessive(whole)) is not None:
        return None  # a body the gazetteer knows ("Metropolitan Police")
    place = lookup(toks[i].text) or cities().get(toks[i].text)
    if place is None or place.kind not in ("city", "capital", "state") or toks[i + 1].low in ("of", "and", "for"):
        return None
    surface = _unpossessive(whole)
    return Entity(offset + toks[i].start, offset + toks[j].end, surface, None, _prep_before(toks, i), org=surface)


_MILITARY_HEADS = frozenset(_BODIES["military_heads"]["words"])


def _names_one(words: list[str]) -> bool:
    """Whether the capitalised WORDS after a country's possessive name a person or a firm of that
    country ("Tessa Morgan", "Tata Motors"), not one of its bodies ("Royal Navy", "Defence Ministry")."""
    if not words:
        return False
    if words[0] in first_names():
        return True
    if words[0].isupper() and len(words) == 1:
        return False  # "Japan's LNG imports", "Britain's GDP": what is measured, not a name
    if words[0].lower() in _markets() or words[-1].lower() in _MILITARY_HEADS:
        return False  # "London's FTSE 100", "Japan's Nikkei", "Russia's Northern Fleet": the country's
    joined = " ".join(words)
    known = lookup(joined)
    if known is not None and known.kind == "org" and known.country is None:
        return True  # "Spain's Guardia Civil": a body news names by its own name (organisations.toml)
    return known is None and lookup(words[0]) is None and not GOVERNMENT.search(joined) and \
        not GOVERNMENT_BODY.search(joined) and not any(w.lower().rstrip(".") in _titles() for w in words)


def _body_with_a_place(words: list[str]) -> bool:
    """ "Pilbara Crest Resources", "London Underground", "Greater Manchester Police": a body's name
    that holds a place's name but does not end in one (not "Ukraine Defence Ministry", a state's
    body, nor "Wall Street", a market)."""
    if len(words) < 2 or lookup(words[-1]) is not None or "-" in words[0]:
        return False
    joined = " ".join(words)
    return not (GOVERNMENT.search(joined) or GOVERNMENT_BODY.search(joined) or joined.lower() in _markets()
                or words[-1].lower() in _markets() or any(w.lower().rstrip(".") in _titles() for w in words))


def _name_before(words: list[str], k: int) -> bool:
    """A capitalised word before the particles that end at K: "Ursula" in "Ursula von der"."""
    while k > 0 and words[k - 1].lower() in NAME_PARTICLES:
        k -= 1
    return k > 0 and words[k - 1][:1].isupper()


# a clause giving a cause, from its conjunction to the next comma or the sentence's end
_CAUSE_CLAUSE = re.compile(r"\b(?:after|because|following|despite|(?:hurt|helped|boosted|driven|lifted|hit)\s+by|thanks\s+to|"
                           r"on\s+an?\s+(?:[\d.]+%\s+)?(?:jump|rise|surge|increase|fall|drop|slump)\s+in)\s+"
                           r"(?!the\s+(?:end|start)\b)(?:[^,;]|(?<=\d),(?=\d{3})){3,200}")  # (a number's comma is no break)
_INFORMED = re.compile(r"(?:people|sources|persons|officials|a\s+person|a\s+source)\s+(?:familiar\s+with|close\s+to|"
                       r"briefed\s+on|with\s+knowledge\s+of|with\s+direct\s+knowledge\s+of)\s+(?:the\s+|his\s+|her\s+|"
                       r"their\s+)?[a-z]+(?:\s+[a-z]+)?", re.I)
_OWN_TALLY = re.compile(r"([A-ZÀ-ÖØ-Þ](?<!\w[A-ZÀ-ÖØ-Þ])[\w&.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]*){0,3})['’]s\s+(?:own\s+|latest\s+|official\s+|new\s+)?"
                        r"(?:tally|count|figures|estimate|estimates|data|toll|census|survey)\b")
# after a demonym or a country's possessive: a common noun or two, then a name ("chipmaker Veldstra")
_DESCRIBES_A_NAME = re.compile(
    r"(?:['’]s\s+(?:(?!(?:of|in|at|on|to|for|from|and|the|a|an|with|by)\b)[a-z][a-z-]+\s+){0,3}"
    r"|\s+(?:(?!(?:of|in|at|on|to|for|from|and|the|a|an|with|by)\b)[a-z][a-z-]+\s+){1,3})[A-ZÀ-ÖØ-Þ](?:[a-z]|[A-ZÀ-ÖØ-Þ]{1,5}\b)")
_FIRM_WORD_AFTER = re.compile(r"\s+(?:club|" + "|".join(sorted(FIRM_HEADS)) + r")(?:['’]s)?(?![\w-])")  # "the French club"
_WE = re.compile(r"\b(?:we|us|our|ours)\b", re.I)
_POLL = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:new\s+|latest\s+)?([A-ZÀ-ÖØ-Þ][\w&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&-]*){0,2})\s+"
                   r"(?:poll|survey|study|census|audit|analysis)\b"
                   # "A survey of 2,050 adults by Hartwell Research found": the pollster after "by"
                   r"|\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:new\s+|latest\s+)?(?:poll|survey|study)\s+of\s+[\d,]+\s+[a-z]+\s+"
                   r"(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?([A-ZÀ-ÖØ-Þ][\w&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&-]*){0,2})\b"
                   # "A survey by Ipsos of 2,103 voters": the pollster right after "by"
                   r"|\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:new\s+|latest\s+)?(?:poll|survey|study)\s+(?:carried\s+out\s+|conducted\s+)?"
                   r"by\s+(?:the\s+)?([A-ZÀ-ÖØ-Þ][\w&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&-]*){0,2})\b")
OWNER_WINDOW = 200  # characters before a figure in which its owner is looked for
def _is_demonym(word: str) -> bool:
    place = lookup(word)
    return place is not None and place.kind == "demonym"


REGION_PREFIXES = frozenset("Lower Upper Greater Outer Inner".split())
_PLACING = POSITION | DESTINATION | ORIGIN | {"for", "between"}  # words after which an unknown name may be a town
# towns named as ordinary words are ("Reading", "Bath"), left out of the town index (places.NOT_PLACES): the town only
# after a word that places it (places.toml [word_towns])
_WORD_TOWNS = {name: Place(name, "city", country_names().get(code, code))
               for name, code in table("places").get("word_towns", {}).items()}
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<!\w[A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þa-z'’-]+\b")  # \b[A-ZÀ-ÖØ-Þ]...: see _NAME_RUN
# counts that belong to no one: a disease's cases, an area burned, rain fallen, points scored or lost
OWNERLESS_UNITS = frozenset(table("units")["ownerless"]["units"])
# an area burned or flooded is no one's; an area planted or farmed is ("Brazil planted 47.8 million hectares")
AREA_UNITS = frozenset(table("units")["ownerless"]["areas"])
# a forecast of another body's figure: "analysts expect Tesla to deliver", "had expected Corvalis to cut"
_EXPECTS_BODY_TO = re.compile(r"\b(?:expects?|expected|expecting|forecasts?|forecast|predicts?|predicted)\s+"
                              r"([A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3})\s+to\s+(?:[a-z]+\s+){1,3}$")
# a body made to act on the figure: "forced airline Nordflyg to cancel 140 flights", "forcing the state operator
# SNCF to cancel 4,200 train services" (a bounded window before the figure)
_FORCES_BODY_TO = re.compile(r"\b(?:forc(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|compell(?:ed|ing))\s+(?:the\s+)?"
                             r"(?:[a-z][a-z-]*\s+){0,3}([A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3})\s+to\s+"
                             r"(?:[a-z]+\s+){1,3}$")
COUNTED_BY_SPEAKER = frozenset(table("units")["ownerless"]["counted_by_speaker"])
_HAPPENINGS = frozenset(table("units")["ownerless"]["happenings"])
_DESTROYED = re.compile(r"\b(?:burn\w*|blaze\w*|fires?|wildfires?|flood\w*|scorch\w*|destroy\w*|raze\w*|consum\w*|"
                        r"engulf\w*|swept|charred|inundat\w*|submerg\w*|devastat\w*)\b", re.I)
# an area someone holds, works or builds on ("Brazil will plant 47.8 million hectares", "a 40-hectare site", "a
# solar farm spread over 900 hectares"); any other area is measured, not owned ("frost damaged crops on nearly
# 600,000 hectares", "sea ice peaked at 16.96 million square kilometres")
_HELD_AREA = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(
    table("units")["ownerless"]["held_area_words"], key=len, reverse=True)) + r")\b", re.I)
_UNION_LIKE = re.compile(r"\b(?:[Uu]nion|Federation|Congress)\b|\bNurses\b|\bWorkers\b")
_ELECTORAL_BAR = re.compile(r"\b(?:threshold|hurdle|majority|govern)\b", re.I)
_ECONOMY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:economy|economic|gdp|unemployment|jobless|inflation|"
                            r"retail|exports|imports|output|manufacturing|factory|factories|housing|house\s+prices|"
                            r"consumer|labour|labor|jobs|employers|central\s+bank|bunds?|budget\s+deficit|tax\s+(?:receipts|revenues?|take))\b"
                            r"(?!\s+(?:ministry|minister|department|secretary|office|agency|committee|party|union))", re.I)
# a sentence opening with a firm's trade, then its name and a verb: "Low-cost carrier SkyNorte has ordered",
# "Dutch logistics group Van Dijk Logistiek will invest"
_DESCRIBED_OPENER = (r"\s*(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){0,2}?(?:[a-z][\w-]*\s+){0,2}?(?P<head>[A-ZÀ-ÖØ-Þa-z]+)\s+"
                               r"(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:&\s+|(?:de|del|da|do|du|des|di|van|von)\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3})\s+"
                               r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
                               r"(?P<verb>has|have|had|will|would|is|was|plans|said|says|[a-z]+ed|{past}|"
                               r"cut|cuts|shut|shuts|hit|hits|set|sets|expects|employs|operates|owns|runs)\b")


@cache
def _described_opener() -> re.Pattern:
    """_DESCRIBED_OPENER with the irregular past verbs ("power distributor Lesco fell")."""
    return re.compile(_DESCRIBED_OPENER.replace("{past}", _past_alternation()))


_OF_THE_WHOLE = re.compile(r"\d[\d,.]*\s+of\s+(?:the\s+|[A-ZÀ-ÖØ-Þa-z]+['’]s\s+)$")  # "411 of the ", "54 of parliament's "
_FROM_NEXT = re.compile(r"\s+from\s+")
_ENOUGH_FOR = re.compile(r"\benough\s+(?:to\s+[a-z]+|for)\s+(?:[a-z]+\s+){0,2}$")  # "enough to power some ", "enough for "
_EVERYWHERE = re.compile(r"\s*(?:worldwide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe)|abroad|overseas"
                         r"|(?:from|in|across)\s+(?:\d[\d,]*\s+)?(?:other\s+)?(?:international|overseas|foreign)\s+markets)\b", re.I)
# the figure's own noun counts markets abroad: "52 international markets"
_ABROAD_MARKETS = re.compile(r"\s(?:international|overseas|foreign)\s+markets\b")
_ITS = re.compile(r"\bits\b")
# a match's winner, named before the side it beat: "Newcastle came from behind to beat Tottenham 2-1", "saw Arsenal
# beat Everton"; and the winner named again by its kind later in the sentence ("after the club had rejected a bid")
_WINNER_BEAT = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})\s+(?:(?:came\s+from\s+behind|"
                          r"fought\s+back)\s+to\s+)?(?:beat|defeated|thrashed|overcame|edged(?:\s+past)?)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ]")
_THE_CLUB = re.compile(r"\bthe\s+(?:club|side|team)\b")
_CAPITAL_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ]")  # a name between "the club" and the figure: another body may own it
# a speaker's clause that goes on in a participle: "National Grid said, adding that 600 engineers had been sent",
# "the bank said, adding that it had refused", "gave a lower count, saying 8,700 people had registered at 23 of its"
_ADDING_THAT = re.compile(r"(?:\b(?:said|says|added|adds)(?:\s+on\s+[A-Z][a-z]+day)?,\s+adding|,\s+saying)\s+(?:that\s+)?")
_IT_OR_ITS = re.compile(r"\bits?\b")
# an estimate of a loss or of the cost of a repair: "put the damage at", "put initial crop damage in the two provinces
# at", "puts the cost of rebuilding the homes at between" (not "the cost of the stadium", a body's own project; no
# comma or clause between; words of bounded length)
_PUTS_AT = re.compile(r"\bputs?\s+(?:the\s+)?(?:[a-z][\w'’-]{0,30}\s+){0,2}?(?:damage|damages|loss|losses|cost\s+of\s+[a-z]{1,30}ing)"
                      r"(?:\s+[\w'’-]{1,30}){0,8}?\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|"
                      r"no\s+more\s+than\s+|up\s+to\s+|as\s+much\s+as\s+|more\s+than\s+|between\s+)?$")
# staff who leave, and the pay they will get: "Staff who lose their jobs will receive", "Departing employees will be
# offered up to" (words of bounded length)
_STAFF_RECEIVE = re.compile(r"\b(?:[Ss]taff|[Ee]mployees|[Ww]orkers)\b[^,.;]{0,60}?\b(?:will|would)\s+(?:receive|get|be\s+offered|"
                            r"be\s+paid)\s+(?:up\s+to\s+|at\s+least\s+|about\s+)?$")
# a body's size of its own loss or cost: "put its own losses at", "puts its members' losses at about"
_PUTS_ITS = re.compile(r"\bputs?\s+its\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$")
# a relative clause after a name: "Sandvik Rail, which said" (words of bounded length: linear time)
_WHICH_ITS = re.compile(r"\b((?:[A-ZÀ-ÖØ-Þ][\w&'’.-]{0,30}\s+){0,3}[A-ZÀ-ÖØ-Þ][\w&'’.-]{0,30}),\s+which\s")
# a relative clause's speech verb right after "which" or "that" (bounded by the caller)
_RELATIVE_SAYS = re.compile(r"\b(?:which|that)\s+$")
# a named payer right after "cost" before the sum: "which cost Eumetsat about €650m" (bounded by the caller)
_COST_NAMED = re.compile(r"\bcost(?:s|ing)?\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})\s+"
                         r"(?:(?:about|some|around|roughly|nearly|almost|an\s+estimated|more\s+than|at\s+least|up\s+to|"
                         r"over|under|less\s+than|just)\s+)?$")
# where a body began or sits, in an aside after its name: ", founded in", ", based in" (bounded by the caller)
_SEAT_ASIDE = re.compile(r",\s*(?:which\s+was\s+|which\s+is\s+)?(?:founded|based|headquartered|established|registered|"
                         r"incorporated|listed)\s+(?:in|at)\s+$")
# a speech verb, then a reported clause that opens on what the speaker owns: "said output at its mine fell"
_SAID_ITS = re.compile(r"\w+\s+(?:that\s+)?(?:[a-z-]+\s+){1,3}(?:at|of|from|in)\s+its\s+[^,;.]*$")
_GOVERNMENT_WORDS = re.compile(r"\s+(?:[a-z]+\s+)?(?:ministry|government|treasury|department|cabinet)\b")
# "from the national search and rescue agency, Basarnas": the phrase after "from", up to a comma or bracket
_FROM_BODY = re.compile(r"\s+from\s+the\s+(?P<phrase>[\w'’-]+(?:\s+[\w'’-]+){0,7}?)(?=\s*(?:[,;.()]|$|\s+(?:to|in|at|on|and\s+\d|who|which|were|was|have|had|are)\b))")
_NAMED_CAUSE = re.compile(r"\b(?:after|as|when|because|since|following)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,2})\s+"
                          r"(?:[a-z]+ed|cut|set)\b")
# verbs by which a country that opens a sentence counts what happens in it ("Chile exported $4.2 billion of
# copper", "Germany added 16.2 gigawatts", "Thailand welcomed 35.5 million visitors"), not what it gives abroad
_HAPPENS_IN_VERBS = frozenset(table("places")["happens_in_verbs"]["words"])
# after a demonym opening a sentence: the people or firms it describes, then their verb ("Indian steelmakers produced")
_PEOPLE_DO = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:(?:have|had|also|now|will|would)\s+)*"
                        r"(?:(?:expect|expected|plan|planned|hope|aim|are\s+expected|are\s+set)\s+to\s+)?([a-z]+)")
_HIS_GOVERNMENT = re.compile(r"\b(?:his|her|their)\s+(?:[a-z]+\s+)?government\b")
# a title of government office right before a name: "Morocco's industry minister, ", "Flemish premier "
_GOVERNMENT_TITLE = re.compile(r"(?P<place>[A-ZÀ-ÖØ-Þ][\w-]+(?:['’]s)?)\s+(?:[a-z-]+\s+){0,3}?(?:" + "|".join(sorted(
    _ROLE_TITLES | {"minister", "secretary"})) + r")\s*,?\s*$")  # "prime minister": "prime" is a word before
# a national office before a name with no place: "Interior Minister Andrés Rivas", "President Ana Lima"
_NATIONAL_TITLE = re.compile(r"\b(?:[A-Z][a-z]+\s+)?(?:Minister|President|Prime\s+Minister|Premier|Chancellor)\s+$")
_STREET_WORDS = frozenset(table("not_figures")["streets"]["words"])  # "Street", "Road", "Avenue"
_FIELD_BODY_WORDS = frozenset(table("bodies")["field_bodies"]["words"])  # "Statistics Canada", "Police Scotland"
_PUT_AT_NUMBER = re.compile(r"[^.;]{0,120}?\b(?:at|on)\s+(?:[^\s\d]+\s+){0,3}?[^\s\d]{0,3}\d")  # "put the crowd at 35,000",
# "put the damage to crops, orchards and livestock at €420 million", "at an estimated €96 million", "put Labour on 24%"
_ADVISED_THAT = re.compile(r"\s+(?:(?:on|last|this)\s+[A-Za-z]+\s+|yesterday\s+|today\s+)?that\b")
# "... that the company says will create ...": a relative clause whose subject, a body named by its kind, speaks
# a relative clause whose subject is a group named by its plural, right before the speech verb, and the modal after
# it: ", a move fishing firms said would", "that fishing groups warned could" (bounded by the window it is read in)
_GROUP_RELATIVE = re.compile(r"(?:,\s+(?:a|an)\s+[a-z]+|\bthat)\s+(?!that\s)(?P<who>(?:[a-z][\w'’-]*\s+){0,2}[a-z]+s)\s+$")
_MODAL_NEXT = re.compile(r"\s+(?:would|could|will|may|might|can)\s")
# a sentence that opens with posts or reports carried somewhere and what they claim: "Posts shared widely on social
# media claimed that ...", "Reports on local radio that 19 people had died ..." (a few words: bounded)
_HEARSAY_OPENS = re.compile(r"\W{0,3}(?P<who>(?:Posts|Reports|Videos|Footage|Images|Messages|Rumou?rs)(?:\s+(?:shared|circulating|"
                            r"posted|published|carried|broadcast|aired))?(?:\s+widely)?\s+(?:on|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                            r"[\w'’-]+)\s+(?:that\b|claimed\b|claim\b|said\b|say\b|says\b|suggested\b|suggest\b)")
_HEARSAY_INITIALS = frozenset("PRVFIM\"“‘'")
_LISTED_ADJECTIVE = re.compile(r"-[a-z]")  # "Oslo-listed", "Paris-based": a place made an adjective, no name
_THAT_KIND_BEFORE = re.compile(r"\bthat\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}$")
# "and told customers to call ...", "told residents to leave": an instruction to someone, no figure stated
_TOLD_TO = re.compile(r"\s+(?:(?:its|their|the|all)\s+)?[a-z]+\s+to\s+[a-z]")
_TOPIC_AFTER = re.compile(r"\s+(?:of|against|about\s+(?:the|a|an|its|their|his|her))\s+(?!\d)"  # "warned of further cuts": the verb names a topic
                          r"|\s+(?:victory|responsibility|credit)\b")  # "claimed victory in front of hundreds": no statement
# bodies named for the area they serve: their first word is the place, not their short name (bodies.toml)
_AREA_BODY_HEADS = frozenset(_BODIES["area_body_heads"]["words"])
_THE_GOVERNMENT = re.compile(r"\b[Tt]he\s+[Gg]overnment\b(?!['’]s)")  # "the Government would release"
# the last words of public bodies, which no union's name ends in
_PUBLIC_BODY_WORDS = frozenset(_BODIES["public_body_words"]["words"])  # bodies.toml
# ", that it had slashed ...", ", and that it would cut ...", ", saying many families had fled to Nyeri"
# a part of a figure named after it: ", including 350 at its depot", ", among them 4km of route" (bounded: a few
# words, then a number)
_COMPARED = frozenset({"above", "below", "beyond", "over", "under"})
# a figure right after a possessive, a few words before it at most: "the EU's 3% ceiling", "Spain's average of 120 days"
_FIGURE_NEXT = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?[\d£$€¥]")
# a part of a figure named after it: ", among them 4km of route", ", 300 of them at its head office"
_PART_NAMED = re.compile(r",\s+(?:(?:among\s+them|of\s+which|of\s+whom|including)\s+(?:[\w-]+\s+){0,3}?(?:[\d£$€¥]|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b)|"
                         r"(?:some\s+|about\s+|around\s+|nearly\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|"
                         r"ten|eleven|twelve|dozens|hundreds|thousands)\s+of\s+(?:them|those|these)\b)")
# "put the number at", "putting the crowd at", "puts the death toll in the county at": a rival estimate of a count
_PUT_AT = re.compile(r"\bput(?:s|ting)?\s+(?:the|its)\s+(?:number|crowd|figure|toll|death\s+toll|total|count|turnout)"
                     r"(?:\s+[\w'’-]+){0,4}?\s+at\s+$")
_SENTENCE_END_IN = re.compile(r"[.!?][\"”’']?\s")  # the end of a sentence between two places
_COMMA_BREAK_IN = re.compile(r",(?!\d)")  # a comma not inside a number ("6,900")
_LATER_REPORT = re.compile(r",\s+(?:and\s+)?(?:that|saying|adding|noting|warning|arguing|sending|pushing|leaving|bringing|taking)\s+")
_FROM_THE = re.compile(r"\s+from\s+(?:the\s+)?")  # "60 staff from Kerry County Council"
# a clause with a named subject of its own after a comma: ", Japan pledged", ", and the European Union released"
# (not after "while": annotators read "X said ..., while Y cancelled 412 flights" both ways)
_OWN_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,4}"
                         r"\s+(?P<verb>[a-z]+ed|cut|paid|spent|sold|won|lost|made|gave|set|sent|shed|took|bought|built)\b")
_AT_THE = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?")  # "Some 2,300 workers at Leinster Commuter Rail"
# a lower-case word after a name that goes on naming a thing ("the Quebrada Honda expansion"), not a preposition,
# a conjunction or a verb after it ("in the NHS in England", "at the BBC were")
_LOWER_WORD_NEXT = re.compile(r"\s+(?!(?:in|at|on|of|for|from|to|and|or|but|with|by|who|which|that|was|were|is|are|"
                              r"had|have|has|will|would|could|since|across|after|before|last|this|next)\b)[a-z]")
_BASED_AFTER = re.compile(r"-(?:based|born|headquartered|listed|registered|flagged)\b")  # "Singapore-based carrier"
_DESCRIBING_PARTICIPLE = re.compile(r"[\w'’.]+-[a-z]+ed")  # "Istanbul-based", "State-owned", "Kremlin-backed"
_AND_NAME = re.compile(r" and ([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?)\b")  # "between Lisbon and Porto"
_CLAUSE_JOIN = re.compile(r",?\s+(?:while|and|whereas)\b")  # a clause that continues the one before
_BY_BODY = re.compile(r"\b(?:[Pp]rojections|[Ee]stimates|[Ff]orecasts|[Cc]alculations|[Pp]olls?|[Ss]urveys?|[Rr]eports?|"
                      r"[Aa]nalys[ie]s|[Ss]tud(?:y|ies)|[Rr]eviews?|[Rr]esults)\s+"
                      r"(?:(?:published|conducted|commissioned|carried\s+out|released|compiled|declared|announced)\s+)?(?:by|from)\s+"
                      r"(?:the\s+)?(?:[a-z-]+\s+){0,3}([A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})\s*"
                      r"(?:(?:in|on|last|this)\s+(?:the\s+[a-z]+\s+)?[A-Za-z]+\s+)?"  # "A survey published by Ibestat in June found ..."
                      # ("Final results declared by the commission in the early hours gave ...")
                      r"(?:,[^,.;:]{0,40},\s*)?"  # "A report by Tonkin Hale, released on Monday, puts ..."
                      r"(?:gave|give|gives|showed|show|shows|put|puts|suggested|suggest|suggests|found|find|finds|"
                      r"estimated|estimates|estimate)\b")
_BY_BODY_VERBS = ("gave", "give", "show", "put", "suggest", "found", "find", "estimat")  # each _BY_BODY verb holds one
# a record of the body the story is about, by "its": "Its preliminary count, released on Tuesday, listed ..."
_ITS_RECORD = re.compile(r"\b(?:[Ii]ts\s+(?:[a-z-]+\s+){0,2}?(?:count|tally|report|bulletin|figures|data|survey|estimates?|"
                         r"statement|review|audit|analysis|update|accounts|filing)"
                         # "..., the accounts show", "The budget papers set out": the records of the body the story is about
                         r"|[Tt]he(?:ir)?\s+(?:annual\s+|latest\s+|budget\s+|financial\s+|published\s+)?(?:accounts|papers|filings))"
                         r"(?:\s*,[^,.;]{0,40},)?\s+"
                         r"(listed|lists|showed|shows|show|put|puts|found|finds|gave|gives|estimated|estimates|set\s+out|"
                         r"sets\s+out|revealed|reveals|reveal)\b")
# a record a body the story named publishes, named by its kind: "Finance papers published by the trust show it had ..."
_BY_THE_BODY = re.compile(r"\b(?:[Pp]apers|[Dd]ocuments|[Ff]igures|[Aa]ccounts|[Rr]ecords|[Mm]inutes|[Ff]ilings|[Dd]ata|"
                          r"[Ss]tatistics|[Rr]eports?|[Ss]urveys?|[Ee]stimates)\s+(?:of\s+(?:[a-z-]+\s+){1,3}?)?"  # "A survey of school leaders"
                          r"(?:published|released|issued|compiled|filed|obtained\s+from)\s+by\s+the\s+([a-z]+)\s+"
                          r"(?:(?:in|on|last|this)\s+[A-Za-z]+\s+)?(?:showed|show|shows|found|suggest|suggests|suggested)\b")
_ROLE_DATA_SHOWED = re.compile(r"\b[Tt]he\s+([a-z]+)(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){0,2}?(?:bulletin|report|data|figures|statistics|"
                               r"review|analysis|study|audit|accounts|filing|"
                               r"survey|count|tally|update)\s+(?:[a-z]+\s+){0,3}?(showed|shows|show)\b")
# a record named by its kind, after the figures it gives: "..., official results showed on Monday"
_RESULTS_SHOWED = re.compile(r",\s+((?:official|provisional|preliminary|final|partial|unofficial)\s+"
                             r"(?:results|figures|data|count|tallies|tally))\s+(showed|show|shows)\b")
# the words that open a sentence on a record by its kind ("Provisional figures from the agency show"), and the
# body named after the record, before its verb
_RECORD_ADJECTIVES = frozenset({"provisional", "preliminary", "official", "final", "partial", "unofficial", "latest",
                                "new", "early", "revised", "initial", "annual", "monthly", "weekly", "quarterly"})
_FIGURES_FROM = re.compile(r"(?:figures|data|statistics|estimates)\s+(?:published\s+|released\s+)?(?:from|by)\s+(?:the\s+)?"
                           r"((?:[A-ZÀ-ÖØ-Þ][\w&'’-]*\s+){0,5}[A-ZÀ-ÖØ-Þ][\w&'’-]*)\s+(?:[a-z]+\s+){0,3}?$")
# a body that publishes the record that gives the figure: "the health board published figures showing that ..."
# what a poll does with its figures: "A Novus poll ... put the Social Democrats on 34.2%"
_POLL_VERBS = PUT_AT | {"gave", "gives", "showed", "shows", "found", "finds"}
_PUBLISHED_SHOWING = re.compile(r"\b(?:published|released|issued|produced)\s+(?:[a-z-]+\s+){0,3}?(?:figures|data|statistics|"
                                r"numbers|estimates|a\s+report|a\s+survey|a\s+study|an\s+analysis)\s+(?:that\s+|which\s+)?"
                                r"(?:showing|showed|shows|suggesting|suggested)\b")
_DATA_SHOWED = re.compile(r"\b((?:[A-ZÀ-ÖØ-Þ][\w&'’-]*\s+){1,5}|[A-ZÀ-ÖØ-Þ][a-z]+\s+(?:ministry|department|office|agency|police|"
                          r"government|council|coastguard)\s+)(?:figures|data|statistics|estimates|papers|documents)\b[^,.;:\"“”]{0,50}?\b"
                          r"(showed|show|shows|say|says)\b")
# bodies news names by their short form whatever the sentence writes (CONTRACT.md "actor": "EU", "UN", "NATO")
_SHORT_FORMS = frozenset(table("organisations")["short_forms"]["names"])
# a speech verb, then "it" or "they" acting: what follows is the speaking body's own doing
# the verb right after a body that opens its sentence, and the words up to the figure: "The Cariboo Regional
# District has placed 2,870 properties"
_SUBJECT_ACTS_ON = re.compile(r"\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:already\s+|now\s+)?(?P<verb>[a-z]+ed)\b"
                              r"(?:[^,;.]|[,.](?=\d)){0,60}$")
_IT_AFTER_SPEECH = re.compile(r"\w+\s+(?:(?:on\s+[A-ZÀ-ÖØ-Þ][a-z]+|in\s+a\s+(?:statement|filing|letter)|last\s+week|yesterday|today|"
                              r"this\s+week),?\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+|would\s+|will\s+|was\s+|were\s+)?"
                              r"(?:already\s+|now\s+)?(?P<verb>[a-z]+(?:ed|ing)?)\b(?:[^,;.]|[,.](?=\d)){0,80}$")
# an aside that makes the name before it a ship: "a rescue ship run by ...", "an oil tanker"
_A_VESSEL = re.compile(r"[\s,]*(?:the\s+|an?\s+)(?:[\w-]+\s+){0,3}?(?:" + "|".join(
    sorted({w[:-1] for w in table("units")["categories"]["vessels"] if w.endswith("s")}, key=len, reverse=True)) + r")\b")
_RUN_BY = re.compile(r"\b(?:run|operated|owned|chartered|crewed|managed)\s+by\s+(?:[\w-]+\s+){0,3}?"
                     r"([A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,4})\s*$")
# an airline described as a carrier is a firm, no vessel: "Sky Lotus Airways, the Vietnamese budget carrier, has ordered"
_AIRLINE_CARRIER = re.compile(r"\b(?:budget|low-cost|low-fare|no-frills|flag|national|regional|state|state-owned|long-haul|"
                              r"discount|holiday|charter)\s+(?:air\s+)?carrier\b", re.I)
# an aside that is only who runs the thing named: "The Ostrava Star, operated by Baltline, was sailing"
_RUN_BY_ASIDE = re.compile(r"[\s,]*(?:run|operated|owned|chartered|crewed|managed)\s+by\s")
# a craft the story is about, as the owner of what it carries: "the ferry's six lifeboats"
_THE_CRAFT_S = re.compile(r"\bthe\s+(?:ship|vessel|ferry|boat|liner|plane|aircraft|jet|train)['’]s\s")
_CREW = frozenset({"crew", "crew members"})
# words that describe a firm or club by its trade ("the state-owned operator", "the Lisbon club")
_FIRM_DESCRIPTIONS = FIRM_HEADS | (DESCRIPTORS - GENERIC_HEADS) | {"company", "firm", "group", "airline", "carrier", "retailer",
                                                                  "lender", "insurer", "chain", "operator", "bank"}
# who the story says runs or owns a thing, so "the operator" and "the owner" later: "a ferry operated by the
# Tallinn-based line Baltline", "the plant, owned by Norvik Energy,"
_RUNS_IT = re.compile(r"\b(?P<verb>run|operated|owned|managed)\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+|[A-ZÀ-ÖØ-Þ][\w-]*-based\s+){0,3}?"
                      r"(?P<name>(?![\w-]*-based\b)[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,4})")
_RUNNER_HEADS = {"run": "operator", "operated": "operator", "managed": "operator", "owned": "owner"}
# verbs by which a body observes what it does not own: "the institute said it had recorded hundreds of aftershocks"
_OBSERVED = frozenset(_BODIES["observing_verbs"]["words"])
# words of an aside that make the name before it a person's ("Enamul Haque, a spokesman for ...")
PERSON_ROLES = frozenset(_BODIES["person_roles"]["words"])
_PUBLIC_OFFICES = frozenset({"office", "ministry", "department", "government", "police"})  # bodies, never a person
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})  # who speaks for a body, unnamed
_FORECAST_NOUNS = frozenset(_BODIES["forecast_nouns"]["words"])
_ROLE_GENDERS = {"spokesman": "m", "chairman": "m", "spokeswoman": "f", "chairwoman": "f"}  # roles that say who holds them
# a role and a person's name right after a name: "Lisboa Motorsport chief executive Inês Carvalho"
_ROLE_OF_BODY = re.compile(r"\s+(?:chief\s+(?:financial\s+|operating\s+)?)?" + alternation(PERSON_ROLES | {"boss", "head"})
                           + r"\s+[A-ZÀ-ÖØ-Þ]")
_MID_SENTENCE_WORD = re.compile(r"\s(?<=[a-z,;]\s)\s*([\w'’-]+)")  # overlapping: "sent an ash column" finds "ash"


class _MidWords:
    """The words of _MID_SENTENCE_WORD in a text, asked one at a time: a story asks a handful, so each
    is looked for where it stands (its occurrences, each tried with the pattern from the spaces before
    it); past _ASKED questions every word is found in one pass. Linear either way, the same answers."""

    _ASKED = 16

    def __init__(self, text: str):
        self.text = text
        self.answers: dict[str, bool] = {}
        self.every: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.every is not None:
            return word in self.every
        if word not in self.answers:
            if len(self.answers) >= self._ASKED:
                self.every = frozenset(_MID_SENTENCE_WORD.findall(self.text))
                return word in self.every
            self.answers[word] = self._written_mid_sentence(word)
        return self.answers[word]

    def _written_mid_sentence(self, word: str) -> bool:
        text = self.text
        at = text.find(word) if word else -1
        while at >= 0:
            s = at
            while s > 0 and text[s - 1].isspace():
                s -= 1  # to the start of the spaces before it, where the pattern's match starts
            m = _MID_SENTENCE_WORD.match(text, s) if s < at else None
            if m is not None and m.start(1) == at and m.group(1) == word:
                return True
            at = text.find(word, at + 1)
        return False
_IT_OPENS = re.compile(r"\s*(?:It|Its)\s+(?!(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|"
                       r"remains|remained|comes|came|means|meant|follows|followed|takes|took|said|says|told|added|"
                       r"estimated|estimates|reported|warned|noted|expects|expected)\b)")  # "It said 1,140 schools": a speaker
# ("[tT](?<!\w[tT])he" is "\b(?:the|The)" opening with its letter: see _NAME_RUN)
_THE_BODY = re.compile(r"[tT](?<!\w[tT])he (" + first_char_alternation(FIRM_HEADS | GENERIC_FALLBACK | {"council", "union", "ministry", "club"})
                       + r")\b")
_FORCE_KIT = frozenset({"personnel", "aircraft", "vessels", "vehicles", "weapons"})
_LIST_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but|against|versus|compared)\b")
# a capitalised name's possessive right before a figure: "developer SunWest's 400-megawatt farm"
_NAME_POSSESSIVE_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[\w&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&-]*){0,3})['’]s\s+$")
_REPORTED_NAME = re.compile(_REPORT_VERB + r"(?=(?:that\s+)?[A-ZÀ-ÖØ-Þ])")
# a body's kind in the possessive a few words before a figure: "the service's 12 prisons", "the club's record of £96m"
# (not what the body asks of another: "the union's claim would add €14 million")
_OF_THE_KIND_S = re.compile(r"\s+of\s+the\s+([a-z]+)['’]s\s")  # "900 of the chain's staff": right after the number
_THE_KIND_POSSESSIVE = re.compile(r"[tT](?<!\w[tT])he\s+(?P<head>[a-z]+)['’]s\s+"
                                  r"(?:(?!(?:would|will|could|might|may|can|should|must)\b)[a-z-]+\s+){0,3}$")
# where the counted things are, a body by its kind's word, right after the counted phrase: "900 vacant posts at
# the trust", "32 beds on the trust's acute medical unit" (a word, then a possessive or no lower-case word next)
_AT_THE_KIND = re.compile(r"\s+(?:at|in|on|across)\s+the\s+([a-z]+)(?:['’]s\s|(?!\s+[a-z])\b)")
# a clause that opens with a subject of its own: "the", a possessive, a name, or a trade and a name
# ("..., and developer Norland Renewables said it would spend £3.4 billion")
_NEW_SUBJECT = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her)\b|[A-ZÀ-ÖØ-Þ]|[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?[A-ZÀ-ÖØ-Þ][a-z])")
_RELATIVE_SPEAKER = re.compile(r"\b(?:which|that)\s+(it|they|he|she|we)\s+$", re.I)
# a relative clause whose own subject is named, right before its verb: "which the British Medical Association says"
_RELATIVE_NAMED = re.compile(r"(?<![\w'’])(?:which|that)\s+((?:the\s+|its\s+)?(?:[\w'’.-]+\s+){1,5}?)$")
_REPORTING_BODY_WORDS = frozenset(_BODIES["reporting_bodies"]["words"])
_SPEECH_RIGHT_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,3})?(?:has\s+|had\s+)?(?:said|says|say|told\s+[\w\s]{0,30}?|reported|added|confirmed)\s+(?:that\s+)?")
_ITSELF_NEXT = re.compile(r"(?:it|they|its|their|officers|firefighters|crews)\b", re.I)
# a reported clause that opens with a name, maybe an aside, then its verb: "said Gigbox, the agency, would"
_NAME_ACTS = re.compile(r"\s*(?:that\s+)?([A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})(?:\s*,[^,.;]{1,60},)?"
                        r"\s+(?:would|will|had|has|have|was|is|could|may|might|plans|planned|aims|expects|[a-z]+ed)\b")
# the body that opens the main clause after an opening "According to its accounts,"
_BODY_AFTER_COMMA = re.compile(r"\s*,\s*(?:the\s+)?([A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3})(?=\s+[a-z])")
_NOT_A_NAME = frozenset("with a an the at by of in on for from to and but or as after before about some nearly almost "
                        "just only around over under up down while since until".split())
# a name just before a share or a count of seats in a list of results: "the Patriotic Bloc on 24.3%",
# "Democracy at Home, with 4.6%", "Alternative 11 and Our Party 8"
# a party's candidate, named after the party in the possessive, opening the clause of a result: "Unidad Andina's
# candidate, Rosa Huamán, had 251,340 votes", "Fuerza Sur's Julio Ccori was second with 27.5%"
_PARTY_S_CANDIDATE = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})['’]s\s+"
                                r"(?:(?:candidate|nominee|leader|contender),?\s+)?(?P<given>[A-ZÀ-ÖØ-Þ][\w'’-]*)"
                                r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,2},?\s+(?:had|has|won|took|got|was|is|received|secured|"
                                r"finished|came|polled|led|trailed)\b(?:[^,;]|,(?=\d)|,\s+or\s)*$")  # (its count and share: "had 251,340 votes, or")
# a party's name right before its seats or share, as the verb's subject ("the governing Frente Andino took 29 of the 48
# seats"), or after a share "for" it ("against 31.2% for the Democrats"), in a sentence of a vote
_PARTY_TOOK = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’-]*)\s+(?:won|wins|took|takes|"
                         r"secured|gained|captured|kept|retained|finished\s+with|ended\s+with|had|has|lost|loses|dropped|"
                         r"drops|shed|sheds)\s+"
                         r"(?:(?:just|only|about|some|nearly|almost)\s+)?$")
_FOR_PARTY = re.compile(r"(?:,\s+or\s+\d[\d.,]*\s?%)?,?\s+for\s+(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})(?=[\s,;.]|$)")
# ("against 581,277, or 31.5%, for the National Union": the count's share between the count and its party)
# a province or state that acts, in what a speaker reports: "said the province would pay", "said the state had committed"
_THE_TIER_ACTS = re.compile(r"\b(?:said|says|told\s+[\w\s]{1,30}?|added|announced|confirmed)\s+(?:that\s+)?the\s+(?P<tier>province|state)\s+"
                            r"(?:would|will|could|can|had|has|expected|expects|plans|planned|intends|was\s+to|is\s+to)\b")
# a clause that has a body named by its kind act: "as the company wrote down", "yet the club sold", "as the airline rehired"
_KIND_ACTS_IN_CLAUSE = re.compile(r"\b(?:as|after|while|yet|but|because|since|when)\s+the\s+(?P<head>[a-z]+)\s+"
                                  r"(?:had\s+|has\s+|also\s+)?(?P<verb>[a-z]+)\b(?P<off>\s+(?:down|off)\b)?")
_ARTICLE_THEN = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?$")
_VOTE_WORDS = re.compile(r"\b(?:votes?|ballots?|elections?|seats|vote\s+share|polls?)\b")
_NAME_ON = re.compile(r"(?<![\w'’-])((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+(?:(?:at|of|for|and)\s+)?){0,4}[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+(?:bloc|party|alliance|"
                      r"coalition|list))?(?:,?\s+(?:on|with))?\s+$")
# a verb right after a name: it acts ("British Columbia would set up", "Bavaria has pledged")
_ACTS_AFTER = re.compile(r"\s+(?:would|will|could|has|had|is|was|plans?|[a-z]+ed)\b")
# a time opening a sentence before its subject: "Last year the province spent ...", "On Monday, the state ..."
_TIME_OPENER = re.compile(r"\W{0,3}(?:(?:Last|This|Next|Earlier|Later)\s+(?:year|month|week|summer|winter|spring|autumn|fall)"
                          r"|On\s+[A-ZÀ-ÖØ-Þ][a-z]+day|In\s+\d{4}|In\s+[A-ZÀ-ÖØ-Þ][a-z]+)\s*,?\s*")
_OPENING_POSSESSIVES = frozenset("its their his her our".split())
_ITS_OPENS = re.compile(r"\W{0,3}(?:Its|Their)\s")  # a sentence opening with a body's "its": "Its share of ... rose"
_OPENING_POSSESSIVE = re.compile(r"\W{0,3}(?:Its|Their)\s+")
_MILITARY_NAME = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w-]*\s+){0,4}[A-ZÀ-ÖØ-Þ][\w-]*|(?:air\s+)?[a-z]+)\b")
# words that open a sentence before a name without being part of it: "On Wall Street", "When Kingsmere Athletic beat"
_OPENING_PREPS = frozenset("on in at across near inside outside along from for after before when while although though "
                           "since until unless once because whereas despite during amid among against unlike within "
                           "throughout".split())
# bodies whose name lists their fields after "of" or "for": "Department for Culture, Media and Sport"
_FIELD_LIST_HEADS = PUBLIC_HEADS | {"secretary", "committee", "minister"}


def _listed_name_end(toks, k: int) -> int | None:
    """The last token of "Communities and Local Government" after "Ministry of Housing,": capitalised words,
    one "and", then capitalised words to the name's end (six tokens at most), else None."""
    seen_and = after_and = False
    end = None
    for x in range(k, min(len(toks), k + 6)):
        t = toks[x]
        if t.kind == "word" and t.text[:1].isupper() and not any(c.isupper() for c in t.text[1:]):
            end, after_and = x, seen_and  # (a field is a word, not initials: "the Department for Transport, Network
            # Rail and TfL" are three bodies)
        elif t.low == "and" and not seen_and and end is not None:
            seen_and = True
        else:
            break
    return end if after_and and end is not None and toks[end - 1].low != "," else None


# words that quantify a noun, which no name begins with: "No council can absorb that", "Every Welsh council"
_QUANTIFIERS = frozenset(_BODIES["quantifiers"]["words"])  # bodies.toml
DEMONYM_PLACES = frozenset(_BODIES["demonym_places"]["words"])
NAME_PARTICLES = frozenset(_BODIES["name_particles"]["words"])
PLACE_PREPS = frozenset({"in", "on", "near", "at", "off", "inside", "outside", "around", "across", "along", "into", "towards", "through",
                         "toward", "to", "from"})


INSTITUTIONS = frozenset(_BODIES["institutions"]["words"])
_GOVERNING_WORDS = INSTITUTIONS | frozenset(_BODIES["state_bodies"]["words"]) | {"council"}  # bodies.toml


@cache
def _markets() -> frozenset[str]:
    return frozenset(w.lower() for w in table("places")["markets"]["words"])


def _held_in(toks, i) -> bool:
    """ "shares in Kanemori Electron", "published in The Lancet": a firm or a journal, not a place."""
    return i > 1 and toks[i - 1].low in ("in", "on") and (
        toks[i - 2].low in ("shares", "stake", "stakes", "holding", "holdings", "invest", "invested", "investment",
                            "published", "appeared", "reported", "printed", "wrote", "writing", "posted")
        or (i > 2 and toks[i - 2].low == "the" and toks[i - 3].low in ("published", "appeared", "reported", "printed")))


def _lookup_in(text: str, name: str) -> Place | None:
    """The place NAME is, as lookup() finds it, or a region the data alone gives (data_regions()) in a story that
    names no firm or body after it ("Sicily's farmers", not "Cordillera's revenue" after "Cordillera Copper")."""
    place = lookup(name)
    if place is None and name in data_regions() and not _named_before_a_name(text, name):
        place = data_regions()[name]
    return place


@lru_cache(maxsize=1024)
def _named_before_a_name(text: str, name: str) -> bool:
    """Whether the story writes NAME before another capitalised word that is no place, place noun or natural
    feature ("Cordillera Copper", "Chaco Solidario"; not "Atacama Desert", "Sicily Region", "Crete On Monday")."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"[ \t]+([A-ZÀ-ÖØ-Þ][\w&'’-]*)", text):
        word = _unpossessive(m.group(1))
        if word.lower() not in PLACE_NOUNS and word.lower() not in _CALENDAR and word not in _feature_words() \
                and word not in _FACILITY_WORDS and lookup(word, allow_cities=True) is None and word not in first_names():
            return True
    return False


def _firm_named_for(text: str, name: str) -> bool:
    """Whether the story names a firm after NAME: NAME and up to two capitalised words, one a firm's word
    ("Harlow Media Inc", "Lesco Power Company"), so that NAME alone may be that firm, not the town."""
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"((?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){1,2})", text):
        if any((w := x.lower().rstrip(".,")) in _org_words() and w not in NON_FIRM_HEADS and w not in _outlet_words()
               for x in m.group(1).split()):
            return True  # (a council, a union or a paper named for the town leaves it the town: "Cork Courier")
    return False


def _not_a_place(toks, i, j, possessive_ok: bool = False) -> bool:
    words = [toks[k].low for k in range(i, j + 1)]
    if " ".join(words) in _markets() or words[0] in _markets():
        return True  # "on the Nasdaq": a market
    if toks[j].text in EVENT_WORDS and (j > i and toks[j - 1].low != "the" or j == i and i > 0 and toks[i - 1].low == "the"):
        return True  # "at the Bislett Games", "in the Cup final": an event (not "near Marathon", a town)
    return any((w in NOT_PLACES and len(words) == 1) or w in INSTITUTIONS or w.rstrip(".") in _titles()
               or _unpossessive(w) in _CALENDAR for w in words) \
        or not toks[i].text[:1].isupper() \
        or (len(words) == 1 and (words[0] in ("the", "central", "north", "south", "east", "west") or len(words[0]) <= 2)) \
        or (len(words) == 1 and _demonym_plural(toks[i].text)) \
        or (_POSSESSIVE.search(toks[j].text) is not None and _prep_before(toks, i) not in ("in", "at", "across", "near")
            and not possessive_ok)
    # a people ("second only to Germans"); the last: "a premium to Akzo's closing price" is a firm's; "in
    # Aldmark's general election" a place's


# (a market index of two names is no body: "Hong Kong's Hang Seng index jumped 5.3%" is in Hong Kong)
_AN_INDEX = re.compile(r"\s+(?:[Ii]ndex|[Cc]omposite)\b")
_OWNS_A_SPEAKER_OR_BODY = re.compile(r"\s+(?:(?P<words>[a-z-]+(?:\s+[a-z-]+){0,2})|"
                                     r"(?P<name>[A-ZÀ-ÖØ-Þ][a-z]+\s+[A-ZÀ-ÖØ-Þ][a-z]+)\b(?!\s+(?:[Ii]ndex|[Cc]omposite)\b))")
# "Chad already hosts 600,000 refugees", "the worst outbreak the country has seen": a place that
# holds, shelters or records what is counted is where the figure is
# a count a place has: "The province has about 140,000 hectares", "the district had 40 schools"
_HAS_A_COUNT = re.compile(r"\s+(?:already\s+|now\s+|still\s+)?(?:has|had)\s+(?:about|some|around|roughly|nearly|almost|"
                          r"more\s+than|over|at\s+least|an\s+estimated|\d)")
# a country that a passive says is struck: "The Philippines is hit by about 20 typhoons", "was struck by"
_STRUCK_BY = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:hit|struck|battered|affected)\s+by\b")
# a site's noun right after a town that names it: "the Wakefield site", "the Cork plant"
_SITE_NOUN_NEXT = re.compile(r"\s+(?:site|plant|factory|mine|works|depot|warehouse|terminal|refinery|smelter|mill)\b")
_HOLDS = re.compile(r"\s+(?:(?:already|now|still|currently|also)\s+)?(?:hosts|hosted|shelters|sheltered|is\s+home\s+to|"
                    r"was\s+home\s+to|has\s+recorded|had\s+recorded|recorded|has\s+registered|registered|has\s+seen|"
                    r"had\s+seen|has\s+confirmed|has\s+logged|logged)\b")
_EVENT_BEFORE = re.compile(r"\b(?:conference|summit|briefing|forum|hearing|interview|congress|convention|said|says|"
                           r"announced|told\s+(?:reporters|journalists|lawmakers|parliament|MPs|shareholders|analysts|investors|delegates|"
                           r"supporters)|speaking)\s+"
                           r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)
# a match's result before a name: "a 3-1 win over Porto", "their victory against Lazio", "a 2-2 draw with Lyon"; a
# player's last club: "since he joined from Molde" (the name is a club named for its town)
_OPPONENT_BEFORE = re.compile(r"\b(?:(?:win|wins|victory|victories|defeat|defeats|loss|losses|draw|draws|triumph|"
                              r"thrashing|rout)\s+(?:over|against|to|with)|joined\s+from)\s+$")
_MONTH_ABBREVIATIONS = frozenset(MONTH_ABBREVIATIONS)
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december".split())
DOCUMENT_NOUNS = frozenset(_BODIES["document_nouns"]["words"])
_RECORD_WORDS = DESCRIPTORS & DOCUMENT_NOUNS  # "data", "report", "survey": descriptors of no firm, they open a name


@cache
def _body_named_with(head: str) -> re.Pattern:
    """A body's name that opens with HEAD, capitalised, and goes on with "of" or "for": "Department of Justice"."""
    return re.compile(r"\b" + re.escape(head.capitalize()) + r"\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*"
                      r"(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,4}")


# what a body does to the figures it gives out: "according to figures the department gave in a parliamentary reply"
_GIVING_VERBS = frozenset("gave gives published publishes released releases issued issues compiled compiles provided provides "
                          "supplied supplies filed files presented presents submitted submits shared shares posted posts "
                          "sent sends obtained".split())
_FIELD_LETTERS = frozenset(_BODIES["field_letters"]["words"])
# "according to a preliminary count released by the General Election Commission": the body that made it
_MADE_BY = re.compile(r"\b(?:released|published|compiled|issued|produced|conducted|prepared|carried\s+out|kept)"
                      r"(?:\s+(?:yesterday|today|earlier|recently|(?:this|last|on|in)\s+\w+))?\s+by\s+(?:the\s+)?"
                      r"(?:(?:(?!(?:on|in|at|last|this|next|since|until|after|before)\s)[a-z-]+\s+){1,3}(?=[A-ZÀ-ÖØ-Þ]))?"
                      r"([A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:\s+(?:of|for|and|[A-ZÀ-ÖØ-Þ][\w'’&.-]*)){0,6}|(?:[a-z-]+\s+){0,3}[a-z]+)")
# ("published this week by the market researcher Basketview": the name after its trade; not "by the council on
# Monday": a day)
# "according to the port authority, Empresa Portuaria San Antonio": the name set beside the role
_APPOSED_NAME = re.compile(r",\s+((?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:\s+(?:of|for|and|de|del|[A-ZÀ-ÖØ-Þ][\w'’&.-]*)){0,6})\s*(?=[.;:]|,|$)")
PLACE_NOUNS = frozenset(table("places")["place_nouns"]["words"])
# a body's last word that names a place or a polity, not that body again ("the state", "the city")
_NOT_A_BODY_HEAD = PLACE_NOUNS | {"state", "city", "town", "country", "nation", "government"}
PARTS_OF = frozenset("part parts areas much most rest swathes outskirts centre center heart edge north south east west "
                     "coast suburbs slopes flanks foot banks shores mountains hills streets".split())
_PLACES_OF = PLACE_NOUNS | PARTS_OF  # "the city of", "parts of"


_COMPASS = frozenset("north south east west north-east north-west south-east south-west northeast northwest southeast "
                     "southwest".split())
# a part of a place after its possessive: "on the volcano's slopes", "in the country's north-east" (the
# parts "the slopes of" names, less the amounts: "most of", "the rest of")
_PART_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(
    (PARTS_OF - {"part", "parts", "areas", "much", "most", "rest", "swathes"}) | _COMPASS, key=len, reverse=True)) + r")\b")


_NAMED_AFTER = frozenset("capital city town village port province region state island county district".split())


# words that describe a place between it and its preposition: "near the southern Peruvian city of Arequipa"
_DESCRIBING_BEFORE = frozenset(table("places")["describing_words"]["words"])


def _one_country_pair(first: str, second: str) -> bool:
    """Both words name places, of one country: "England" and "Wales", "Lagos" and "Abuja"."""
    one, two = lookup(first, allow_cities=True), lookup(second, allow_cities=True)
    return one is not None and two is not None and one.country is not None and one.country == two.country


def _prep_before(toks, a) -> str:
    k = a - 1
    if k >= 1 and toks[k].low == "outside" and toks[k - 1].low == "from":
        return "from outside"  # "students from outside Ireland": from anywhere but there, neither place nor owner
    if k >= 2 and toks[k].low == "from" and toks[k - 1].low == "and" and toks[k - 2].low == "to":
        return "to"  # "services to and from Paris": trips that go there
    if k >= 1 and toks[k].low == "of" and toks[k - 1].low in _COMPASS:
        return "near"  # "the fire front west of Patras", "20km north of Kyiv": a position
    if k >= 1 and toks[k].low == "of" and toks[k - 1].low in _PLACES_OF:
        a = k - 1  # "in the city of Sumy", "on parts of Cumbria": the preposition before "the city"
        k = a - 1
    elif k >= 2 and toks[k].text == "," and toks[k - 1].text[:1].isupper() and toks[k - 1].kind == "word":
        m = k - 1
        while m > 0 and toks[m - 1].text[:1].isupper() and toks[m - 1].kind == "word" and k - m < 4:
            m -= 1
        if m > 0 and toks[m - 1].low in ("in", "at", "near", "from", "to"):
            return toks[m - 1].low  # "in Cork, Ireland", "in San Jose, California": the town's preposition
    elif k >= 2 and toks[k].low in ("and", "or") and toks[k - 1].text[:1].isupper() and toks[k - 1].kind == "word":
        # "in England, Scotland and Wales": the last of a list of names keeps the list's preposition (a bounded
        # walk back over capitalised words and commas)
        m = k - 1
        while m > 0 and k - m < 12 and (toks[m - 1].text == "," or (
                toks[m - 1].text[:1].isupper() and toks[m - 1].kind == "word")):
            m -= 1
        if m > 0 and toks[m - 1].low in ("in", "at", "near", "from", "to", "across") \
                and toks[m].text[:1].isupper() and (m < k - 1 or _one_country_pair(toks[m].text, toks[a].text)):
            # (two names alone, "in England and Wales", when both are places of one country: not "in Castile and
            # León", one name the gazetteer lacks)
            return toks[m - 1].low
    if k >= 2 and toks[k].text == "," and toks[k - 1].low in _NAMED_AFTER and any(
            t.low == "the" for t in toks[max(0, k - 4):k - 1]):
        a = k - 1  # "through the Serbian capital, Belgrade,": the preposition before "the capital"
        k = a - 1
    if k >= 0 and toks[k].low in ("a", "an", "its", "their"):
        return toks[k].low  # "a UK bank account": a modifier, not a place after a preposition
    if k >= 2 and toks[k].kind == "word" and toks[k].text.islower() and toks[k - 1].text in ("-", "‑") \
            and toks[k - 2].kind == "num" and toks[k - 2].end == toks[k - 1].start and toks[k - 1].end == toks[k].start \
            and not _is_demonym(toks[a].text):  # (not "Yields on 10-year German Bunds": a country's bonds)
        k -= 3  # "at the 32,000-seat Riverside Stadium", "on the 16-hectare La Pardieu site": the preposition before
        # the size the name's description opens with
    described = k
    while k >= 0 and (toks[k].low in _DESCRIBING_BEFORE or (toks[k].text[:1].isupper() and _is_demonym(toks[k].text))
                      or (toks[k].text in ("-", "‑") and k > 0 and toks[k - 1].end == toks[k].start)
                      or (toks[k].low in ("and", "or", ",") and 0 < k < described and toks[k - 1].low in _DESCRIBING_BEFORE
                          and toks[k + 1].low in _DESCRIBING_BEFORE)):
        k -= 1  # "near the southern Peruvian city of Arequipa": the preposition before the description (and before
        # two joined: "in northern and eastern Kenya")
    if k >= 1 and k < described and toks[k].text[:1].isupper() and toks[k].text.endswith(("'s", "’s")) \
            and (owner := lookup(toks[k].text[:-2])) is not None and owner.kind in ("country", "nation", "region", "state"):
        k -= 1  # "in Paraguay's northern Chaco region": the preposition before the country that has it (where
        # the place follows the possessive straight away, "Peru's Arequipa region", the possessive introduces it)
        while k >= 0 and toks[k].low in _DESCRIBING_BEFORE:
            k -= 1
    if 1 <= k < described and toks[k].low == "of" and toks[k - 1].low in _PLACES_OF:
        k -= 2  # "struck the mountains of southeastern Turkey's Hakkari province": the preposition before "the mountains"
        while k >= 0 and toks[k].low in _DESCRIBING_BEFORE:
            k -= 1
    if k >= 0 and toks[k].kind == "word":
        return toks[k].low
    return ""


@cache
def _backrefs_by_words() -> dict[tuple[str, ...], str]:
    """places.toml's back-references keyed by their lower-case words: ("the", "baltic", "state")."""
    out: dict[tuple[str, ...], str] = {}
    for key in backrefs():
        out.setdefault(tuple(key.lower().split()), key)
    return out


@cache
def _backref_second_words() -> frozenset[str]:
    """The second words of places.toml's back-references ("baltic" of "the Baltic state")."""
    return frozenset(k[1] for k in _backrefs_by_words() if len(k) > 1)


_SITE_REF_COMPOUNDS = frozenset(table("places")["site_backref_compounds"]["words"]) | frozenset(
    table("places")["place_nouns"]["words"])


def _backref_at(text, offset, toks, i) -> Entity | None:
    refs = _backrefs_by_words()
    second = toks[i + 1].low if i + 1 < len(toks) else None
    # most words after "the" open no back-reference of two words or more: one look passes them
    longer = second is not None and (second in _backref_second_words() or _unpossessive(second) in _backref_second_words())
    for n in (4, 3, 2) if longer else ():
        if i + n > len(toks):
            continue
        key = refs.get(tuple(t.low for t in toks[i:i + n - 1]) + (_unpossessive(toks[i + n - 1].low),))
        if key is not None and i + n + 1 < len(toks) and toks[i + n].low == "of" and toks[i + n + 1].text[:1].isupper() \
                and toks[i + n - 1].text.islower():
            return None  # "the village of Kok-Tash": the place is named, not referred back to
        if key is not None and str(backrefs()[key]).startswith("site:") and (not toks[i + 1].text.islower() or (
                i + 2 < len(toks) and (toks[i + 2].low in _SITE_REF_COMPOUNDS or (toks[i].low, toks[i + 2].low) in refs))):
            continue  # "the Port Operators' Federation", "the port authority", "the port city": a longer name, not the site
        if key is not None:  # "the Baltic state", "the state's"
            return Entity(offset + toks[i].start, offset + toks[i + n - 1].end, key, None, _prep_before(toks, i), org=None)
    if i + 2 < len(toks) and toks[i].low == "the" and toks[i + 1].kind == "word" and toks[i + 1].text.islower() \
            and toks[i + 1].low not in _NOT_PLACE_ADJECTIVES and (toks[i].low, toks[i + 2].low) in refs \
            and not (i + 3 < len(toks) and toks[i + 3].low == "of"):
        # "the port city", "the coastal town", "the southern province": the back-reference of its noun
        key = refs[(toks[i].low, toks[i + 2].low)]
        return Entity(offset + toks[i].start, offset + toks[i + 2].end, key, None, _prep_before(toks, i), org=None)
    return None


@cache
def _countries_within() -> frozenset[str]:
    """Nations news calls countries ("across the country" after Wales): places.toml's [countries_within]."""
    return frozenset(table("places")["countries_within"]["names"])


def _governed_by_country() -> frozenset[str]:
    """Nations within a country that the country's government governs ("England"): places.toml's
    [countries_within] no_government."""
    return frozenset(table("places")["countries_within"].get("no_government", ()))


@cache
def _nation_adjective_of() -> dict[str, str]:
    """Nations to their adjective ("Wales" -> "Welsh"): places.toml's [nation_adjectives], inverted once."""
    return {v: k for k, v in table("places")["nation_adjectives"].items()}


def _government_name(region: str) -> str:
    """How news names the government of a province, state or nation: "Welsh Government" for Wales
    (places.toml [nation_adjectives]), else the place's own name ("Victoria", "Nova Scotia")."""
    adjective = _nation_adjective_of().get(region)
    return f"{adjective} Government" if adjective else region


# "the Victorian government", "the Welsh Government", "Ontario's government", "the provincial government":
# a government of a part of a country (bounded: at most two names before the word)
_REGIONAL_GOVERNMENT = re.compile(
    r"\b(?:(?P<name>[A-ZÀ-ÖØ-Þ][\w.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.-]*)?)(?:['’]s)?|(?P<tier>provincial|state|regional|county|territorial))"
    r"\s+(?P<word>[Gg]overnment)\b")


_REGIONAL_GOVERNMENT_HEADS = tuple(w.lower() for w in table("bodies")["regional_government_heads"]["words"])
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]*){0,5}")  # "North Maluku Governor Anwar"
_TIER_PARTS = {"provincial": "province", "state": "state", "regional": "region", "county": "county",
               "territorial": "territory"}  # "the provincial government": of the province the story named


@cache
def _regional_adjectives() -> dict[str, str]:
    """Adjectives of provinces, states and nations within a country, to their place ("Victorian" ->
    Victoria): places.toml's [nation_adjectives] and [regional_adjectives]."""
    t = table("places")
    return {**t["nation_adjectives"], **t.get("regional_adjectives", {})}


def _fits_backref(want, p: Place | None) -> bool:
    """Whether place P is one a back-reference wanting WANT ("country", "city", "any", or ISO codes) may mean."""
    if isinstance(want, str) and want.startswith("named:") and p is not None:
        # "the volcano": Mount Loleba; "the bloc": the EU
        return p.kind in ("place", "org", "region", "site") and any(w in want.split()[1:] for w in p.name.split())
    if isinstance(want, str) and want.startswith("site:") and p is not None:
        # "the port": Port Botany; "the plant": the Kusile plant
        return p.kind in ("place", "site", "city", "region") and any(w in want.split()[1:] for w in p.name.split())
    if p is None or p.kind in ("org", "force", "demonym", "site"):
        return False
    if isinstance(want, list):
        from .places import country_names

        return p.kind == "country" and p.name in {country_names().get(c) for c in want}
    if want == "country":
        return p.kind == "country" or (p.kind == "nation" and p.name in _countries_within())
    if want == "city":
        # "the town": a town the gazetteer may lack, but no street, road or natural feature ("fares in the city"
        # after "a café on Oliver Plunkett Street" are the town's)
        return p.kind in ("city", "capital") or p.kind == "place" and not (
            p.name.split()[-1] in _NOT_TOWN_ENDS or any(w in _STREET_WORDS for w in p.name.split())) or (
            p.kind == "region" and (town := cities().get(p.name)) is not None and town.kind == "city")
        # (and a province named for its chief town: "officials in Donetsk said ... five civilians in the city")
    return want == "any"


_STREET_WORDS = frozenset(table("places")["street_words"]["words"])
_NOT_TOWN_ENDS = frozenset(table("places")["features"]["words"]) | frozenset(table("places")["facilities"]["words"])


# words between "the" and a place's noun that make it no back-reference ("the same city", "a second town")
_NOT_PLACE_ADJECTIVES = frozenset("other another next first second third last new whole entire".split())


# ---------------------------------------------------------------------------------------------
# The attributer: walks the sentences in order, keeping who spoke and what was named.


_OBJECT_PREPOSITIONS = frozenset(
    ("from", "by", "of", "in", "at", "to", "into", "on", "over", "across", "near", "with", "towards", "through"))


def _object_of_preposition(words: list[str]) -> bool:
    """Whether the capitalised words closing a chunk are a preposition's object ("away from the Red Sea"),
    so not a name that a following role describes ("Sir Jim Hockenhull, the Chief of Defence Intelligence")."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    while k > 0 and words[k - 1].lower() in ("the", "a", "an"):
        k -= 1
    return k > 0 and words[k - 1].lower() in _OBJECT_PREPOSITIONS


@cache
def _full_name_runs() -> re.Pattern:
    """A run of two to six capitalised name words ("Pádraig Ó Súilleabháin", "Ursula von der Leyen"),
    built and compiled once, not once a story."""
    lower = "a-zß-öø-ÿ\u0100-\u017f-"
    rest = rf"(?:[{lower}]|['’][{UPPER}])+"
    word = rf"[{UPPER}]{rest}"  # "Hennessy", "O’Brien"
    # \b{word}, then more words; written to open with the capital, as _NAME_RUN is
    # particles inside a name: "Pádraig Ó Súilleabháin", "Ursula von der Leyen"
    particle = rf"(?:\s+(?i:{'|'.join(sorted(NAME_PARTICLES, key=len, reverse=True))})(?!\w)){{0,2}}"
    # (the first word's letters are taken whole, possessively: a space follows them, so giving one back never helps)
    return re.compile(rf"[{UPPER}](?<!\w[{UPPER}]){rest}+(?:{particle}\s+{word}){{1,5}}\b")


_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\b")  # "26,000 of its staff"
# the country, province or alliance counted members of a force or service come from, right after their noun ("650
# marines from the Philippines", "3,000 personnel from NATO allies"), and the kinds of place that own them
_FROM_A_PLACE = re.compile(r"\s+from\s+(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})"
                           r"(?:\s+(?:allies|countries|nations|members|states))?(?![\w'’-])")
_HOME_KINDS = frozenset({"country", "nation", "org", "force", "state", "province", "region"})
_PASSIVE_AGENT = re.compile(r"\s*(?:[a-z]+\s+){0,4}?[a-z]+ed\s+by\s+")  # "31 drones launched by Russia"


# a force named by its kind alone, in lower case: the story country's ("three navy ships", "the army had sent")
_FORCE_WORDS = r"(?:coast\s?guard|navy|naval|army|air\s+force|military|armed\s+forces)"
_GENERIC_FORCE = re.compile(rf"\b{_FORCE_WORDS}\b")
_FORCE_SUBJECT = re.compile(rf"\b[Tt]he\s+{_FORCE_WORDS}\s+(?:[a-z]+\s+){{0,5}}$")
_ISSUED = frozenset({"published", "released", "issued"})
_NAME_BEFORE_NOUN = re.compile(r"(?<![\w-])((?:[A-ZÀ-ÖØ-Þ][\w&'’.]*\s+){1,3})[a-z]+\b")
_FORCE_ASSETS = frozenset({"personnel", "vehicles", "aircraft", "vessels", "weapons"})


class Attributer:
    def __init__(self, text: str, sentences: list[Sentence], paras: list[Paragraph], tokens=None):
        self.text = text
        self.sentences = sentences
        self.paras = paras
        self.people: dict[str, str] = {}  # surname -> fullest name seen
        self.titled: dict[str, str] = {}  # a title of office -> the person last named with it ("governor")
        self.named_roles: dict[str, str] = {}  # a role's head -> the name an aside gave it ("its administrators, Kessling Moore,")
        self.last_person: str | None = None
        self.last_speaker: str | None = None
        self.prev_sentence_speaker: str | None = None  # who spoke in the sentence before the one being read
        self.prev_speaker_para = -1  # the paragraph of that sentence
        self.prev_sentence_text = ""  # and its text
        self._roles_before: dict[str, bool] = {}  # names found after a role in it
        self._sentence_para = -2  # the paragraph of the sentence being read
        self._sentence_ents: list[Entity] = []  # the entities of the sentence being read
        self._mention_starts: list[int] = []  # where the figures of the sentence being read open
        self.last_org: str | None = None
        self.roles: list[str] = []  # role sources seen, for "the official"
        self.para_places: dict[int, list[Entity]] = {}
        self.place_counts: dict[str, int] = {}  # place name -> times the story has named it so far
        self.top_city: tuple[str | None, int] = (None, 0)  # the town named most so far, and how often
        self._sentence_text = ""
        self._sentence: Sentence | None = None  # the sentence being read
        self._sentence_end = 0
        self._places_of: dict[int, tuple] = {}
        self.org_alias = _Aliases()  # "halden" -> "Halden Foods"
        self.last_body: str | None = None  # the last body (not a person) that spoke
        self.last_org_para: int | None = None
        self._lead_firm: str | None = None  # the body the story's first sentence opens with, where it is one
        self._subjects: dict[tuple[int, int], tuple] = {}
        self._spelled: dict[str, str] | None = None
        self._subject_end: dict[tuple[int, int], int] = {}
        self.prev_org: str | None = None  # the last body named in an earlier sentence
        self.prev_body: str | None = None  # the same, or a body the gazetteer knows ("the United Nations")
        self.prev_body_para: int | None = None
        self.prev_org_para: int | None = None
        tokens = tokenize(text) if tokens is None else tokens
        self.tokens = tokens
        openers = entity_openers(tokens)  # the tokens that may open a name, found once for every sentence
        self.sentence_entities = [find_entities(text, s.start, s.end, tokens, openers) for s in sentences]
        self.spelled_at: dict[int, int] = {}  # where a body's name spelled by its initials opens -> where it ends
        for lo, hi in spelled_bodies(text, tokens):
            self.spelled_at[lo] = hi
            initials = _ACRONYM_DEF.match(text, hi + 1)
            if initials:  # "the STM’s four métro lines": the body its initials name
                self.org_alias.setdefault(initials.group(1).lower(), text[lo:hi])
            # "The Société de transport de Montréal (STM) carried": one body, not a word and a city
            si = bisect_right(sentences, lo, key=_START) - 1
            if si >= 0 and hi <= sentences[si].end:
                ents = self.sentence_entities[si]
                k = bisect_left(tokens, lo, key=_START)
                body = Entity(lo, hi, text[lo:hi], None, _prep_before(tokens, k), org=text[lo:hi])
                self.sentence_entities[si] = [e for e in ents if e.end <= lo] + [body] + [e for e in ents if e.start >= hi]
        self.home_country = self._home_country()
        self.home_region = self._home_region()
        self.acting_countries: dict[str, int] = {}  # countries that own figures so far -> how many
        self.recent_people: list[str] = []  # people named so far, the latest last
        self.recent_orgs: list[str] = []  # bodies named so far, the latest last (the last _RECENT_BODIES read)
        self._orgs_seen: set[str] = set()  # every body in recent_orgs
        self._mid_words: _MidWords | None = None
        # the sentence being read: its opening body, the speech verb being read, the bodies it names
        self.sentence_subject: str | None = None
        self.current_subject: str | None = None
        self.verb_at: int | None = None
        self.sentence_orgs: list[tuple[int, str]] = []
        self._own_clauses: tuple[int, list[int]] = (-1, [])  # (sentence end, where its clauses of their own open)
        self._feature_names: frozenset[str] | None = None  # the names the story puts after "Mount", "Lake" ...
        self.last_org_before: str | None = None  # the body named before the sentence being read
        self._breaks: dict[int, list[tuple[int, int]]] = {}
        self._unions: set[str] | None = None
        self._non_firms: set[str] | None = None
        self._introduced: dict[str, str] | None = None
        self._public_names: list[str] | None = None  # public bodies' full names in the story (_public_body_holding)
        self._own_firm: str | None = None  # the firm the story's first paragraph opens with (_own_firm_for)
        self._by_trade: dict[str, bool] = {}  # a firm -> whether the story first named it after its trade
        self._first_written: dict[str, int] = {}  # a person's full name -> where the story first writes it
        self._areas: list[tuple[int, str, str]] | None = None  # (where, "city"/"district"..., the place) (_area_named_before)
        self._runners: list[tuple[int, str, str]] | None = None  # (where, "operator"/"owner", the body) (_runner_before)
        self._causes: dict[int, re.Match | None] = {}
        self._government: dict[int, tuple[bool, bool]] = {}
        self._regional: dict[int, str | None] = {}  # a sentence's start -> the regional government it names
        self._according: dict[int, bool] = {}  # a sentence's start -> whether it says "according to" (_according_in)
        self._regions_named: list[tuple[int, str]] | None = None  # (offset, region) the story names (_region_named_by)
        self._polls: dict[int, str | None] = {}
        self._known_kind_hits: dict[str, list[tuple[int, str]]] = {}  # (_known_by_kind)
        self._governments: dict[str, str | None] = {}  # a person -> the government they speak for (_government_of)
        self._votes: dict[int, bool] = {}  # a sentence's start -> whether it speaks of a vote (_of_a_vote)
        self._firm_acts: dict[int, str | None] = {}  # a sentence's start -> the firm a clause has act (_firm_acts_in)
        self._owner_names: dict[str, str | None] = {}  # a sentence's text -> the owner it names (_sentence_owner)
        self._surnames: tuple[dict | None, list[tuple[str, str]]] = (None, [])  # (self.people, its surnames)
        self._members: list[tuple[int, str]] | None = None  # bodies named before "members" (_members_named)
        self._by_para: dict[int, list[Entity]] | None = None
        self._latest_named: dict[str, Entity] = {}  # a word of a place's name -> the latest place so named
        self._latest_part: dict[str, Entity] = {}  # "province", "region" -> the latest place the story so named
        self._latest_region: Entity | None = None  # the latest part of a country the story named ("Sindh", "Cusco region")
        self._latest_capital: Entity | None = None  # the latest capital the story named: what "the capital" may mean
        self._relative_spans: dict[int, list[tuple[int, int]]] = {}  # a sentence's start -> its relative asides
        self._there: dict[int, bool] = {}  # a sentence's start -> whether it says "there" of a place
        self._latest_site: dict[str, Entity] = {}  # "port", "plant" -> the latest place the story named as one
        self._latest_pair: dict[str, tuple[Entity, Entity]] = {}  # "country", "part" -> the latest two so joined
        self._seen_names()

    # -- names ---------------------------------------------------------------------------------

    def _seen_names(self) -> None:
        runs = list(_full_name_runs().finditer(self.text))
        # a name its trade introduces once ("the German charity Aurora Rescue") is a body wherever it appears
        described = set()
        for m in runs:
            word = self.text[max(0, m.start() - 20):m.start()].split()[-1:]
            if word and word[0] in _TRADES:
                described.add(m.group())
        for m in runs:
            words = m.group().split()
            if m.group() in described:
                continue
            if "\n" in m.group():
                words = m.group().rsplit("\n", 1)[1].split()  # "... free with Fibrelink\n\nKowalczyk briefed": no name runs
                # across a paragraph's end
            titled = [k for k, w in enumerate(words) if w.lower().rstrip(".") in _titles()]
            title = words[titled[-1]].lower().rstrip(".") if titled else None
            if titled:
                words = words[titled[-1] + 1:]  # "German Defence Minister Karsten Wulf": the name after the title
            before = self.text[max(0, m.start() - 20):m.start()].split()[-1:]
            kinds = [w.lower() for w in words[:1] + before] if len(words) <= 4 else []
            if any(k in FIRM_HEADS or k in DESCRIPTORS for k in kinds):
                continue  # "Operator Minera Cordillera Norte", "chemicals group Rheinfeld Chemie": a firm, not a person
            if _ROLE_OF_BODY.match(self.text, m.end()):
                continue  # "Lisboa Motorsport chief executive Inês Carvalho": the body whose executive speaks
            if _WHICH_AFTER.match(self.text, m.end()):
                continue  # "Bayside Stevedoring, which employs most of the strikers,": "which", not "who": a body
            named = [k for k, w in enumerate(words) if w.lower() not in NAME_PARTICLES]
            keep = 4 if len(named) >= 4 and words[named[-4]] in first_names() else 3  # "Luiz Inácio Lula da Silva"
            words = words[named[-keep]:] if len(named) >= keep else words[named[0]:] if named else []
            if any(w.lower() in NAME_PARTICLES for w in words) and words[0] not in first_names():
                continue  # "Junta de Andalucía", "Vigili del Fuoco": a particle inside a name that opens with no given name
            if len(words) < 2 or any(lookup(w) and w.lower() not in NAME_PARTICLES and not _surname_after_given(words, k)
                                     for k, w in enumerate(words)) \
                    or any(w.lower() in _org_words() for w in words) or lookup(" ".join(words)) is not None:
                continue  # (not "United States", "South Africa": a place of two words)
            if words[0].lower() in ("the", "but", "on", "in", "at", "and", "for", "as", "if", "when", "while", "after", "before", "its", "his", "her", "their"):
                continue
            if words[-1] in _STREET_WORDS:
                continue  # "Oliver Plunkett Street": a street named after a person is no person
            if words[-1] in _CLUB_ENDS and words[0] not in first_names():
                continue  # "Castlebridge City made a loss": a club or a town's body, no person surnamed City
            full = " ".join(words)
            surname = words[-1]
            if len(full) > len(self.people.get(surname, "")):
                self.people[surname] = full
            if title and title in _ROLE_TITLES and len(words) >= 2:
                self.titled[title] = self.people[surname]  # "North Maluku Governor Anwar Rahman": "the governor" later

    def person_name(self, words: list[str]) -> str | None:
        """The person a run of capitalised words names, fullest form: "Mr Heappey" -> "James Heappey"."""
        core = [w for w in words if w.lower().rstrip(".") not in _titles()]
        # keep the trailing run of name words only ("Lib Dem ... Spokesperson Layla Moran")
        run: list[str] = []
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w.lower().rstrip(".") in _titles() or (lookup(w.removesuffix("'s").removesuffix("’s")) and not (
                    run and w in first_names()) and not _surname_after_given(words, k)):
                break  # "Sofia Lindqvist", "Jordan Ellis", "Kate Jordan": a given name or a surname, not a place
            run.insert(0, w)
        if not run or not core:
            return None
        if any(w.lower() in _org_words() for w in run):
            return None
        if len(run) == 1 and len(words) == 1 and self._firm_by_first_word(run[0]):
            return None  # "Brannock Homes proposed ... Brannock says": the firm by its short name, where the story has
            # not yet named the person who shares it ("said Liam Brannock, its director" only later)
        if len(run) == 1:
            return self.people.get(run[0]) or (run[0] if len(words) > 1 and words[-2].lower().rstrip(".") in ("mr", "mrs", "ms", "dr", "miss", "sir", "dame", "prof") else None)
        full = " ".join(run)
        if (place := lookup(full)) is not None and place.kind not in ("org", "force") and full not in self.people.values():
            return None  # "Local media in Santa Cruz reported": a town's name, no person
        return self.people.get(run[-1], full) if len(self.people.get(run[-1], "")) > len(full) else full

    def _firm_by_first_word(self, word: str) -> bool:
        """Whether WORD, a surname of a person the story names somewhere, is here the short name of a body named
        before whose name opens with it, with that person not yet named in full before this sentence."""
        body = self.org_alias.get(word.lower())
        full = self.people.get(word)
        if not body or not full or body == word or body.split()[0] != word or lookup(body) is not None:
            return False
        if full not in self._first_written:
            self._first_written[full] = self.text.find(full)  # once a person (the few whose surname opens a body)
        at = self._first_written[full]
        return at < 0 or at >= self._sentence_end - len(self._sentence_text)

    # -- speakers ------------------------------------------------------------------------------

    def speaker_of(self, sent: Sentence) -> tuple[str | None, int | None]:
        """The first attribution in the sentence outside quotes: (speaker, offset of its verb)."""
        text = sent.text
        self.speaker_scope: tuple[int, int, str | None] | None = None  # a subordinate speaker's span
        self.clause_speakers: list[tuple[int, int, str]] = []  # later clauses with a speaker of their own
        first = _speech_re().search(text)
        if first is None and not _ACCORDING.search(text) and not (
                ("show" in text or "gave" in text or "give" in text or "put" in text or "suggest" in text or "found" in text
                 or "find" in text) and (_DATA_SHOWED.search(text) or _BY_BODY.search(text) or _RESULTS_SHOWED.search(text)
                                         or _PUBLISHED_SHOWING.search(text) or _BY_THE_BODY.search(text)
                                         or _ROLE_DATA_SHOWED.search(text))) \
                and not (("ts " in text or "rs " in text) and _ITS_RECORD.search(text)) \
                and not (text[:1] in _HEARSAY_INITIALS and _HEARSAY_OPENS.match(text)):
            return None, None  # no speech verb and no "according to": nobody is quoted
        masked = self._mask_quotes(sent)
        candidates: list[tuple[int, str]] = []
        subordinate: dict[int, tuple[int, int]] = {}  # verb offset -> the span its speaker states
        direct: set[int] = set()  # offsets of "said", "told", "according to": plain attributions
        # with no quotation masked, the verbs start where the first one was found: the words before it are not read again
        for m in _speech_re().finditer(masked, first.start() if first is not None and masked is text else 0):
            self.verb_at = sent.start + m.start()
            verb = m.group().lower()  # (read once: the tests below ask it often)
            opener: re.Match[str] | Literal[False] | None = None  # the subordinating word before the verb ("after the EIA said"), once read (False: none)
            if verb in ("add", "adds", "added", "adding") and _QUANTITY_NEXT.match(masked, m.end()):
                continue  # "the Nasdaq added 123.4 points", "adding about 0.4 millimetres": not speech
            if verb in ("put", "puts", "putting") and (_PUT_PARTICLE.match(masked, m.end())
                                                                  or not _PUT_AT_NUMBER.match(masked, m.end())):
                continue  # "residents were put on evacuation alert", "put forward a plan", "puts 400 season tickets
                # on sale": no figure put at a number
            if verb in ("advised", "advises") and not _ADVISED_THAT.match(masked, m.end()):
                continue  # "residents were advised to leave": advice given, no figure stated ("advised that ..." is)
            if verb in ("states", "state") and (_STATES_NOUN.match(masked, m.end())
                                               or masked[max(0, m.start() - 7):m.start()].lower() == "member "):
                continue  # "across the Baltic states, said ...", "member states contribute": a noun, not speech
            if _ARTICLE_BEFORE.search(masked, max(0, m.start() - 5), m.start()) \
                    or (verb in ("told", "asked") and masked[m.end():m.end() + 1] not in (",", ".", ";", "")
                        and _PASSIVE_BE.search(masked, max(0, m.start() - 12), m.start())):
                continue  # "at an estimated cost of £27m": an adjective; "Tenants were told that 60 flats would be
                # emptied": the hearers, not who spoke (", the inquiry was told." ends the words told it: read on)
            if verb in ("told", "tells", "tell", "telling") and _TOLD_TO.match(masked, m.end()):
                continue  # "..., and told customers to call 0330 123 4567 to rebook": an instruction, not a statement
            if _TOPIC_AFTER.match(masked, m.end()):
                continue  # "has warned of further cuts", "spoke about the plan": a topic named, no figure stated
            joined = _JOINED_VERB.search(masked, max(0, m.start() - 20), m.start())
            own = _OWN_PARTICIPLE.search(masked, max(0, m.start() - 40), m.start()) \
                if verb in PARTICIPLES else None
            if own and own.group(1).lower() in _speaker_heads():
                # "with police putting the crowd at 35,000 and organisers claiming more than 100,000": each
                # names its own speaker, who states what follows up to the next "and" or comma
                who = own.group(1)
                stop = _OWN_CLAUSE_END.search(masked, m.end())
                subordinate[m.start()] = (sent.start + m.start(), sent.start + (stop.start() if stop else len(masked)))
            elif verb in PARTICIPLES or joined:
                # "..., saying", "X reported revenue ... and said": the clause's subject speaks, and
                # states what follows the verb ("cut rates by 25 basis points, saying inflation eased to 2.4%")
                if candidates and not joined and _TAG_BEFORE_PARTICIPLE.search(masked, max(0, m.start() - 40), m.start()):
                    continue  # ", the fire service said, adding that 350 firefighters ...": the same speaker goes on
                who = self._subject_of(masked[: m.start()])
                if who and verb in PARTICIPLES and not joined and not any(
                        w.group().lower() in PAY_ASKS or w.group().lower() in _FORECAST_NOUNS
                        for w in _WORD_RE.finditer(masked, 0, m.start())):
                    # not the act before ", saying" ("cut its cash rate by 25 basis points"); a demand or an
                    # offer before it is the speaker's own claim ("The RCN wants 12%, saying ..."), and so is
                    # a forecast or a target it sets ("raised her price target on the stock to $60, saying ...")
                    subordinate[m.start()] = (sent.start + m.start(), sent.end)
            elif (rel := _RELATIVE_NAMED.search(masked, max(0, m.start() - 80), m.start())) is not None \
                    and not _RELATIVE_SPEAKER.search(masked, max(0, m.start() - 20), m.start()) \
                    and any(w[:1].isupper() for w in rel.group(1).split()) \
                    and (who := self._speaker_from(rel.group(1).split())) is not None:
                # "the 8.8% rise, which the British Medical Association says still leaves their pay down by about
                # 26%": the clause's own subject, named, speaks, and states what follows its verb in that clause only
                # ("which the force put at 8,000": a body named by its kind is left to the rules below)
                stop = _CLAUSE_BREAK.search(masked, m.end())
                subordinate[m.start()] = (sent.start + m.start(), sent.start + (stop.start() if stop else len(masked)))
            elif (rel := _RELATIVE_SPEAKER.search(masked, max(0, m.start() - 20), m.start())) is not None:
                # "a stretch of line in Extremadura, which it expects to open in 2030": the relative clause's own
                # subject speaks (not the place before "which")
                who = self._role_or_body([rel.group(1)])
            else:
                if masked[max(0, m.start() - 60):m.start()].rstrip().endswith(",") \
                        and _PLACE_BEFORE_COMMA.search(masked, max(0, m.start() - 60), m.start()):  # (it ends in a comma)
                    # "The chipmaker will cut 1,200 jobs in the Netherlands, said a spokeswoman for Velmar": a place
                    # after a preposition ends what is said; the speaker follows the verb
                    who = self._np_after(masked, m.end(), m.start()) or self._np_before(masked, m.start())
                else:
                    who = self._np_before(masked, m.start()) or self._np_after(masked, m.end(), m.start())
                if verb in _POLL_VERBS and (poll := self._poll_of(sent)) and 0 <= masked.find(poll) < m.start():
                    who = poll  # "A Novus poll of 2,413 voters across Sweden, published on Thursday, put ...": the pollster
                if who and verb in _PERSON_SPEECH and who not in self.people.values():
                    who = None  # "Japan pledged $2 million": a country's act, not a statement
                if who and verb not in DIRECT_SPEECH and who.islower() \
                        and (held := _COUNTED_SUBJECT.search(masked, max(0, m.start() - 60), m.start())) is not None \
                        and not any(w in CLAUSE_WORDS for w in held.group().lower().split()):
                    who = None  # "and more than 400 staff counted ballots overnight": the counted people act, no one states
                brk = None
                if who:  # (the clause is read only for a speaker)
                    for brk in _CLAUSE_BREAK.finditer(masked, max(0, m.start() - 300), m.start()):
                        pass  # the clause the verb opens is within a few words: the window keeps this linear
                if who and brk is not None and "," not in masked[brk.end():m.start()]:
                    opener = _SUBORDINATE.search(masked, max(0, m.start() - 120), m.start()) or False
                    if not opener:
                        # "Levels fell to 62% in May, and Southern Water said a ban would affect 1.4 million":
                        # a speaker who opens a later clause states that clause only
                        subordinate[m.start()] = (sent.start + brk.start(), sent.end)
            if m.start() not in subordinate and _MODAL_NEXT.match(masked, m.end()) \
                    and (rel := _GROUP_RELATIVE.search(masked, max(0, m.start() - 60), m.start())) is not None \
                    and rel.group("who").split()[-1] in _speaker_heads():
                # "cut the quota to 21,800 tonnes, a move fishing firms said would idle about 30 vessels", "a cut that
                # fishing groups warned could cost hundreds of jobs": the group a relative clause opens with states
                # what follows its verb in that clause only
                who = rel.group("who")
                stop = _CLAUSE_BREAK.search(masked, m.end())
                subordinate[m.start()] = (sent.start + m.start(), sent.start + (stop.start() if stop else len(masked)))
            if who and m.start() not in subordinate and "that" in masked[max(0, m.start() - 60):m.start()] \
                    and _THAT_KIND_BEFORE.search(masked, max(0, m.start() - 60), m.start()):
                # "an A$620 million project ... that the company says will create up to 350 jobs": the speaker of
                # a relative clause states what follows its verb in that clause only
                stop = _CLAUSE_BREAK.search(masked, m.end())
                subordinate[m.start()] = (sent.start + m.start(), sent.start + (stop.start() if stop else len(masked)))
            if who:
                candidates.append((m.start(), who))
                if verb in DIRECT_SPEECH:
                    direct.add(m.start())
                sub = opener if opener is not None else _SUBORDINATE.search(masked, max(0, m.start() - 120), m.start())
                if sub:
                    # "Brent fell $1.37 after the EIA said inventories rose 7.3 million barrels": the
                    # speaker states what follows the verb, not the main clause before "after"
                    lo = sub.start()
                    comma = masked.find(",", m.end()) if lo == 0 else -1
                    brk = _CLAUSE_BREAK.search(masked, m.end())  # "..., while WTI rose $2.90, dealers said": not the Houthis'
                    end = comma if comma != -1 else (brk.start() if brk else len(masked))
                    subordinate[m.start()] = (sent.start + lo, sent.start + end)
        for m in _ACCORDING.finditer(masked):
            tail = _found(_ACCORDING_TAIL.match(masked, m.end())).group()
            words = re.findall(WORD, tail)
            if len(words) > 2 and words[0].lower() in _DOCUMENT_PARTS and words[1].lower() == "of":
                words = words[2:]  # "according to page 4 of the ministry's bulletin": the bulletin's maker
            if len(words) > 2 and words[0].lower() in ("a", "an") and words[1][:1].isupper():
                words = words[1:]  # "according to a Fair Work Commission summary": the body's document
            doc = next((k for k, w in enumerate(words[:5]) if w.lower() in DOCUMENT_NOUNS
                        and not (k + 1 < len(words) and words[k + 1].lower() in FIRM_HEADS)), None)
            # ("according to the market research firm Pellam": a firm's trade, no document)
            role_data = bool(doc and all(w[:1].islower() for w in words[:doc]) and words[doc - 1].lower() in _speaker_heads())
            if role_data:
                words = words[:doc]  # "according to agriculture ministry data published last week": the ministry
            k = next((k for k, w in enumerate(words[:3]) if w.lower() in DOCUMENT_NOUNS
                      and not (k + 1 < len(words) and words[k + 1].lower() in FIRM_HEADS)), None)
            if k is not None and len(words) > k + 2 and all(w[:1].islower() for w in words[:k]) \
                    and words[k + 1].lower() in ("from", "by", "of") and (words[k + 2][:1].isupper() or words[k + 2].lower() == "the"):
                words = words[k + 2:]  # "according to (satellite) data from the University of Maryland": the body
            elif k is not None and len(words) > k + 3 and words[k + 1].lower() == "by" and words[k + 2][:1].islower() \
                    and words[k + 2].lower() != "the" and (words[k + 3][:1].isupper() or (
                        len(words) > k + 4 and words[k + 3][:1].islower() and words[k + 4][:1].isupper())):
                # "according to a survey by consultancy Steppe Energy": the name after its trade
                words = words[k + 3:] if words[k + 3][:1].isupper() else words[k + 4:]
            # "according to Public Health Scotland figures published on 3 March": the name that
            # opens the phrase, not the date that ends it
            lead = list(itertools.takewhile(lambda w: w[:1].isupper() or w.lower() in ("of", "for", "and", "the"), words))
            while lead and lead[-1].lower() in ("of", "for", "and", "the"):
                lead.pop()
            if len(words) >= 3 and words[-2].lower() in ("in", "at") and words[-3].lower() in _speaker_heads():
                words = words[:-2]  # "according to the agriculture ministry in Madrid": the ministry, not Madrid
            made_by = _MADE_BY.search(tail) if doc is not None and doc <= 4 else None
            maker = made_by.group(1) if made_by else ""
            if maker[:1].islower():
                heads = [n for n, w in enumerate(maker.split()) if w in _speaker_heads()]
                maker = " ".join(maker.split()[: heads[-1] + 1]) if heads else maker  # "the state returning officer early"
            role = self._role_or_body(words) if role_data and len(words) <= 4 else None
            owner, ref_place = self._document_owner(words, sent, m.start())
            if ref_place:
                who = ref_place  # "according to the city's own figures": the city the story named
            elif owner:
                # "according to Eurostat's figures", "the ministry's own data": the body whose document it is
                who = self._role_or_body(owner) or _THE_OPENING.sub("", " ".join(owner))
            elif role:
                who = role  # "according to health ministry data": the health ministry
            elif words and words[0].lower() in ("its", "their") and doc is not None and doc <= 5 \
                    and all(w[:1].islower() for w in words[:doc]) and (
                    self.current_subject or self.prev_org or self.last_org
                    or (after := _BODY_AFTER_COMMA.match(masked, m.end() + len(tail)))):
                # "according to its annual results": the body the clause opens with ("SCR carries around 41,000
                # passengers ..., according to its most recent annual report"), else the body the story is about
                # ("According to its latest accounts, Kestrel Live owed creditors £640,000")
                who = self._own_firm_for((self.current_subject if m.start() > 0 else None) or self.prev_org or self.last_org) \
                    or _found(_BODY_AFTER_COMMA.match(masked, m.end() + len(tail))).group(1)
            elif doc is not None and doc <= 5 and not made_by and all(w[:1].islower() for w in words[:doc + 1]) and (
                    any(w.lower() in ("its", "their") for w in words[doc + 1:doc + 4])
                    or (words[doc].lower() in _FIRM_PAPERS and (words[0].lower() == "the" or doc <= 1))) and (
                    body := (self.current_subject if m.start() > 0 else None) or self.prev_org or self.last_org):
                # "according to a notice on its website", "according to the annual accounts published in June":
                # the body whose document it is, the one the sentence or the story is about
                who = body
            elif made_by and maker[:1].islower() and (maker.split()[-1].lower() in _BODY_HEADS or maker.split()[-1].lower() in FIRM_HEADS) and (
                    named := self.org_alias.named_with(maker.split()[-1].lower()) or self._introduced_as(maker.split()[-1].lower())
                    or self._known_org_with(maker.split()[-1].lower())  # "released by the agency" after "ESA": ESA
                    or (self._last_firm() if maker.split()[-1].lower() in FIRM_HEADS else None)
                    or (next(iter(orgs)) if len(orgs := {e.org: None for e in self._sentence_ents if e.org}) == 1
                        and len(maker.split()) <= 2 else None)):
                # (with no body so named, the one body the sentence names: "the STM’s four métro lines carried ...,
                # according to figures released by the agency")
                who = named  # "according to a passenger list released by the airline": the airline the story named
            elif made_by and (maker[:1].isupper() or maker.split()[-1].lower() in _speaker_heads()):
                # "released by the General Election Commission", "published by the state returning officer"
                who = self.org_alias.get(maker.lower(), maker)
                who = re.sub(r"\s+(?:of|for|and)$", "", who)
            elif lead and doc is not None and doc > len(lead) and all(w[:1].islower() for w in words[len(lead):doc]) \
                    and ((looked := lookup(" ".join(lead))) is None or looked.kind in ("org", "force")):
                body_words = lead[1:] if lead[0].lower() == "the" else lead  # "according to Pentagon budget documents"
                who = _unpossessive(" ".join(body_words)) if body_words else None  # "the STM’s budget documents": the STM
            elif lead and len(lead) < len(words) and words[len(lead)].lower() in DOCUMENT_NOUNS | {"published", "released", "cited", "quoted", "shows", "showed", "show"}:
                # the body whose figures they are: all of "Public Health Scotland", not its "Scotland"
                body_words = lead[1:] if lead[0].lower() == "the" else lead
                who = self._trailing_name(body_words) or (_unpossessive(" ".join(body_words)) if body_words else None)
            elif doc is not None and doc <= 3 and not made_by and (gave := self._document_giver(words, doc)):
                who = gave  # "according to figures the department gave in a parliamentary reply": the department
            else:
                informed = _INFORMED.match(tail.strip())
                who = (informed.group() if informed else None) or self._trailing_name(words) or \
                    self._trailing_body(words) or self._np_after(masked, m.end(), m.start(), force=True) or \
                    (self._speaker_from(words) if 1 < len(words) <= 5 and words[-1][:1].isupper() else None) or \
                    (self._role_or_body(words) if len(words) <= 4 and words[-1].lower() in _speaker_heads() else None) or \
                    (self._named_in_full(lead) if lead and len(lead) == len(words) else None) or \
                    self._name_after_trade(words)
                # "according to people familiar with the negotiations", "... the accountancy firm Deloitte";
                # "according to TfL.", "according to Eurostat.": the name alone
            apposed = _APPOSED_NAME.match(masked, m.end() + len(tail))
            if apposed and words and (words[0].lower() == "the" or made_by) and words[-1].lower() in _speaker_heads() \
                    and apposed.group(1).split()[0] not in first_names():
                who = re.sub(r"^the\s+", "", apposed.group(1)).rstrip(".")  # "the port authority, Empresa Portuaria San Antonio"
            if who:
                candidates.append((m.start(), who))
                direct.add(m.start())
        if masked[:1] in _HEARSAY_INITIALS and (hearsay := _HEARSAY_OPENS.match(masked)) is not None:
            # "Posts on social media claimed that ...", "Reports in Portugal that Kingsmere still owe €6m could not be
            # verified": the posts or reports, as written, state what they carry
            candidates.append((hearsay.start("who"), hearsay.group("who")))
            direct.add(hearsay.start("who"))
        for m in _BY_BODY.finditer(masked) if (" by " in masked or " from " in masked) and any(
                map(masked.__contains__, _BY_BODY_VERBS)) else ():
            name = m.group(1).strip()
            if re.search(r"\b(?:after|before|when|as|because|since)\s+(?:a|an|the)?\s*$", masked[max(0, m.start() - 12):m.start()]):
                continue  # "rose ... after a survey by consultancy Petrovane showed": a cause, its own report
            if (looked := lookup(name)) is None or looked.kind in ("org", "force"):
                # "Projections by the polling firm Ipsos gave Fuerza Andina 31 of the 130 seats": Ipsos's
                candidates.append((m.start(1), self.org_alias.get(name.lower(), name)))
                direct.add(m.start(1))
        for m in _ITS_RECORD.finditer(masked) if "ts " in masked or "rs " in masked else ():
            who = self._own_firm_for(self.prev_org or self.last_org)
            if who:  # "Its preliminary count, released on Tuesday, listed about 2,300 houses damaged": the body's own
                candidates.append((m.start(1), who))
                direct.add(m.start(1))
        for m in _BY_THE_BODY.finditer(masked) if " by the " in masked else ():
            who = self._role_or_body(["the", m.group(1)])
            if who:  # "Finance papers published by the trust show": the trust the story named
                candidates.append((m.start(1), who))
                direct.add(m.start(1))
        for m in _ROLE_DATA_SHOWED.finditer(masked) if "show" in masked else ():
            who = self._role_or_body(["the", m.group(1)]) or (
                (self.last_org or self.prev_org) if m.group(1) in FIRM_HEADS or m.group(1) == "club" else None)
            # ("Kingsmoor City lost £38m ..., the club's accounts show": the body the story is about, named
            # without the word "club")
            if who:  # "the ministry's weekly bulletin showed": the ministry the story named
                candidates.append((m.start(2), who))
                direct.add(m.start(2))
        for m in _DATA_SHOWED.finditer(masked) if "show" in masked or "say" in masked else ():
            name = m.group(1).strip()
            if (src := _FIGURES_FROM.match(masked, m.end(1), m.start(2))) and name.lower() in _RECORD_ADJECTIVES:
                # "Provisional figures from the UK Health Security Agency show ...": the body they come from
                candidates.append((m.start(2), self.org_alias.get(src.group(1).lower(), src.group(1))))
                direct.add(m.start(2))
                continue
            if name.lower() in _RECORD_ADJECTIVES:
                continue  # "Provisional figures show ...": the record's kind, no body
            if name.lower() in _BODY_HEADS or name.lower() in PUBLIC_HEADS:
                # "Council papers say about 60 of the posts are vacant": the council the story named
                who = self._role_or_body(["the", name.lower()])
                if who and who.lower() not in (name.lower(), "the " + name.lower()):
                    candidates.append((m.start(2), who))
                    direct.add(m.start(2))
                    continue
            if m.group(2) in ("say", "says") or masked[m.end(1):m.end(1) + 9].startswith(("papers", "documents")):
                continue  # "Local papers say": the newspapers, no body's records (those are a body's kind's only)
            if name in ("The", "These", "Those", "This", "Its", "Their", "Our"):
                # "The data show ...": the data the story has just cited, when a body cited them
                prev = self.prev_sentence_speaker
                if prev and prev[:1].isupper() and prev not in self.people.values() and prev not in self.people:
                    candidates.append((m.start(2), prev))
                    direct.add(m.start(2))
                continue
            if (looked := lookup(name)) is None or looked.kind in ("org", "force"):
                # "NHS England figures published on Thursday showed": the body whose figures they are
                candidates.append((m.start(2), self.org_alias.get(name.lower(), name)))
                direct.add(m.start(2))
        for m in _PUBLISHED_SHOWING.finditer(masked) if "ed " in masked and ("show" in masked or "sugg" in masked) else ():
            who = self._np_before(masked, m.start())
            if who:  # "On Tuesday the health board published figures showing that ...": the board
                candidates.append((m.start(), who))
                direct.add(m.start())
        for m in _RESULTS_SHOWED.finditer(masked) if "show" in masked else ():
            # "..., official results showed on Monday", "provisional figures show": the record as written
            candidates.append((m.start(2), m.group(1)))
            direct.add(m.start(2))
        if not candidates:
            return None, None
        candidates.sort()
        strong = [c for c in candidates if c[0] in direct]
        if strong and candidates[0][0] not in direct and candidates[0][0] not in subordinate:
            # "Harwick Foods expects sales to rise 5%, chief executive Priya Natarajan told reporters":
            # who said it outranks whose expectation it is
            candidates = strong + [c for c in candidates if c not in strong]
        pos, who = candidates[0]
        if who is None:
            return None, None
        if pos in subordinate:
            outside = next((w for p, w in candidates if p not in subordinate), None)
            if outside is not None:
                outside = _THE_OPENING.sub("", outside)
            self.speaker_scope = (*subordinate[pos], outside)
        # a later clause's own speaker: "..., as the European Commission said it would release €450 million"
        self.clause_speakers = [(*subordinate[p], _bare_name(w))
                                for p, w in candidates if p in subordinate and p != pos and w]
        who = _THE_OPENING.sub("", who)
        if ACRONYM.fullmatch(who):
            who = self.spelled_out().get(who, who)  # "The RCN said": the Royal College of Nursing
        who = _bare_name(who)
        parts = who.split()
        if len(parts) > 1 and _POSSESSIVE.search(parts[0]) and lookup(_unpossessive(parts[0])) is not None \
                and _names_one(parts[1:]):
            who, parts = " ".join(parts[1:]), parts[1:]  # "India's Tata Motors reported": Tata Motors
        if len(parts) > 1 and _POSSESSIVE.search(parts[0]) and parts[-1].lower() in DOCUMENT_NOUNS \
                and all(w[:1].islower() or w.lower() in _CALENDAR for w in parts[1:]):
            # "CMHC's October rental survey found": the body that made the record speaks for it
            record_owner = _unpossessive(parts[0])
            who = self.spelled_out().get(record_owner, record_owner) if ACRONYM.fullmatch(record_owner) else self.org_alias.get(record_owner.lower(), record_owner)
            parts = who.split()
        if len(parts) > 1 and parts[0].lower() in DESCRIPTORS and parts[1][:1].isupper() and lookup(who) is None \
                and not (parts[0].lower() in _FIELD_BODY_WORDS and lookup(parts[-1]) is not None):  # "Statistics Canada"
            who = " ".join(parts[1:])  # "Chipmaker Solent Micro forecast": Solent Micro
        return who, sent.start + pos

    def _first_person_in(self, text: str) -> str | None:
        for m in re.finditer(rf"\b[{UPPER}][\w'’.-]+(?:\s+[{UPPER}][\w'’.-]+){{0,5}}", text):
            name = self.person_name(m.group().split())
            if name:
                return name
        return None

    def _subject_of(self, left: str) -> str | None:
        """The person or body that opens a clause: "analyst Maria Ortiz raised ..., saying"."""
        if "(" in left:
            left = _BRACKETED_INITIALS.sub("", left)  # "Paraguay's National Emergency Secretariat (SEN) gave ..."
        words = [w.group() for w in itertools.islice(_WORD_RE.finditer(left), 40)]  # a clause's subject opens it
        caps: list[str] = []
        stop = len(words)
        for k, w in enumerate(words):
            if w[:1].isupper():
                caps.append(w.rstrip("."))
            elif caps and w.lower() in ("of", "for", "and") and k + 1 < len(words) and words[k + 1][:1].isupper():
                caps.append(w)  # "The Bank of England held ... but said"
            elif caps:
                stop = k
                break
        j = stop
        while j < len(words) and j - stop < 2 and words[j].islower() and (
                words[j] in PERSON_ROLES or words[j] in DESCRIPTORS or words[j] in _speaker_heads()):
            j += 1
        if caps and caps != ["The"] and stop < j < len(words) and words[j][:1].isupper():
            # "Brookfield Securities analyst Maria Ortiz raised ...", "Japanese carmaker Hinode Motors raised ...":
            # the name after the role or the trade, not the firm or the nation before it
            named = list(itertools.takewhile(lambda w: w[:1].isupper(), words[j:]))
            caps = [w.rstrip(".") for w in named] or caps
        if caps == ["The"]:
            # "The ministry disputed that figure and said": the body the story named with that word
            kind = _THE_KIND_OPENS.match(left)
            return self._role_or_body(["the", *kind.group(1).split()]) if kind else None
        if len(caps) == 1 and _POSSESSIVE.search(caps[0]) and (country := lookup(_unpossessive(caps[0]))) is not None \
                and country.kind == "country" and (body := self._country_body(country.country, words[1:4])):
            return body  # "Sweden's coastguard sent three vessels and said": the Swedish Coast Guard the story named
        who = (self._trailing_name(caps) or self._trailing_body(caps)) if caps else None
        if who is None and caps and (comma := left.find(",")) > 0 and left[:1].isupper() and left.count(",") >= 2 \
                and len(opening := left[:comma].split()) <= 5 and all(w[:1].isupper() for w in opening):
            # "Nordvik Air, Scandinavia's third-largest airline, returned to profit ..., but said": the name before
            # the aside, not the place the aside names
            return self._trailing_name(opening) or self._trailing_body(opening)
        return who

    def _mask_quotes(self, sent: Sentence) -> str:
        text = sent.text
        for a, b in self.paras[sent.paragraph].quotes:  # quotes never cross a paragraph
            lo, hi = max(a, sent.start) - sent.start, min(b, sent.end) - sent.start
            if lo < hi:
                text = text[:lo] + " " * (hi - lo) + text[hi:]
        return text

    def _np_before(self, s: str, verb_at: int) -> str | None:
        # ("Lucía Ferreyra, 23, a medical student and spokeswoman for the committee, said": the "and" of an
        # aside's two roles opens no clause: "a sharp rise and analysts said" has one)
        left = s[max(0, verb_at - 300):verb_at]  # a speaker is named within a few words
        if ("–" in left or "—" in left) and len(dashes := _SPACED_DASH.findall(left)) >= 2 \
                and left[left.rfind(dashes[-1]) + len(dashes[-1]):].strip():
            # an aside between two dashes ends as a comma would: "to 3,150 students – 1,170 fewer than last year –
            # the university said" (not a dateline's single dash: "SANTIAGO — Cordillera Copper said"; nor an aside
            # that names the speaker, right before the verb: "the organisers – the FNSEA – claimed")
            left = left[left.rfind(dashes[-1]) + len(dashes[-1]):]
        if "(" in left:  # (a pattern opening with \s* is tried at every place: most phrases hold no bracket)
            left = _BRACKETED_INITIALS.sub("", left)  # "Office for Budget Responsibility (OBR)"
        chunks: list[list[str]] = []
        for segment in reversed(_SEGMENT_BREAK.split(left)[-5:]):  # not the comma of "2,300"
            words: list[str] = _WORD_RE.findall(segment)
            if not chunks:
                while words and words[-1].lower() in SKIP_BEFORE_VERB:
                    words.pop()
            if words and words[0] in ("who", "which", "whose", "Who", "Which", "Whose"):  # not the WHO
                chunks.append(["who"])  # a relative clause: an aside to walk past
                continue
            if not any(chunks):  # the nearest words: "..., the union federation that called the march, said"
                rel = next((k for k, w in enumerate(words) if k > 0 and (w in ("who", "which") or (
                    w == "that" and words[0].lower() in ("the", "a", "an")))), None)
                if rel is not None and words[rel] == "that" and rel + 2 < len(words) \
                        and words[rel + 1].lower() in ("the", "its", "their"):
                    words = words[rel + 1:]  # "an A$620 million project ... that the company says will create": the company
                elif rel is not None and words[rel - 1][:1].islower():
                    words = words[:rel]  # "a local administration official who asked not to be named said"
            # the clause nearest the verb: after "that", "and", "but" ... inside the segment
            cut = next((i for i, w in zip(range(len(words) - 1, -1, -1), reversed(words)) if w.lower() in CLAUSE_WORDS and not (
                w == "and" and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()) and not (
                w == "and" and 1 < i < len(words) - 1 and words[0] in ("a", "an") and words[i + 1] in PERSON_NOUNS) and not (
                w.lower() in ("after", "before") and i + 1 < len(words) and (  # "after the company said", not "after March"
                    words[i + 1].lower() in _CALENDAR or words[i + 1].lower() in _TIME_WORDS or words[i + 1][:1].isdigit()))),
                -1)  # "The Irish Nurses and Midwives Organisation said": one name (the last such word: read from the end)
            words = _past_time_opener(words[cut + 1:])
            if not chunks and len(words) > 2 and words[0] in ("a", "an", "the"):
                inner = next((k for k in range(2, min(len(words), 5)) if words[k] in ("the", "its", "it", "they")), None)
                if inner is not None and all(w.isalpha() and w.islower() and w not in _REDUCED_NOT
                                             for w in words[1:inner]):
                    words = words[inner:]  # "..., a figure the institute said it could not confirm": a relative
                    # clause with no "which"; the institute speaks, not "figure the institute"
                    opener = self.current_subject or next((e.org for e in self._sentence_ents if e.org), None)
                    if words[0] in ("it", "they") and opener:
                        words = opener.split()  # "Meridian has offered ..., a package it says would cost the
                        # company €38m": "it" is the body the sentence opened with, not the last one named
            chunks.append(words[-12:])  # "a defence analyst at the Institute for Maritime and Strategic Studies"
            if cut >= 0:
                break  # the segment opens a new clause: no speaker further back
        # walk back over asides: "Maureen Ellis, 74, who lives in Flat 7, on the edge of the site, said"
        usable = [c for c in chunks if c and c[0].lower() not in ASIDE_STARTS and not c[0][:1].isdigit()
                  and not (len(c) >= 3 and c[1] in ("by", "in") and c[0][:1].islower()
                           and (c[0].endswith("ed") or c[0] in _IRREGULAR_PARTICIPLES))]
        # (nor a participle's aside: "The company, backed by a Dutch insurer, puts": the company)
        if len(usable) > 1 and usable[0][0].lower() in ("a", "an") and (
                head := next((usable[0][k - 1] for k, w in enumerate(usable[0]) if k > 1 and w in ("on", "in", "near", "at", "of")),
                             usable[0][-1])).lower() in PLACE_NOUNS and any(w in first_names() for w in usable[1]):
            usable = usable[1:]  # "Mayor Ana Cruz of Alcala, a farming town on the Cagayan River, said": the aside is a place's
        if not usable:
            return None
        if len(usable) > 1 and usable[0][0].lower() in ("a", "an", "the") and len(usable[0]) > 2 \
                and any(w in ("at", "of", "for", "with") for w in usable[0][1:-1]) and usable[1][0] in first_names() \
                and all(w[:1].isupper() for w in usable[1]) and len(usable[1]) <= 4:
            # "Carla Jiménez, an analyst at Wolfe Street Research, said": the person, not her firm
            return self._trailing_name(usable[1])
        if len(usable[0]) == 2 and usable[0][0].lower() in ("the", "its") and usable[0][1].lower() in _FIRM_PAPERS:
            # "..., in Cork, Ireland, with the loss of 430 jobs, the filing showed": the firm's filing, not an aside
            return self._last_firm()
        first = self._speaker_from(usable[0])
        if len(usable[0]) == 1 and usable[0][0].lower() in PRONOUNS:
            return first  # "..., in northern Italy, which followed a heatwave, it said": a pronoun has no aside
        if len(usable) > 1 and (first is None or first not in self.people.values() or (
                usable[0][0][:1].islower() and usable[1][0] in first_names() and len(usable[1]) <= 4
                and all(w[:1].isupper() for w in usable[1]))) and not (first and _NUMBER_ENDS_ASIDE.search(left)):
            # (not a name that ends in a number before the comma: "rivals such as Tesla's Model 3, the company said")
            # an appositive: "Sir Jim Hockenhull, the Chief of Defence Intelligence, added" (a firm of no known kind
            # the role names is no person: "Maria Lopez, chief executive of Veltran Biologics, said")
            only_a_name = all(w[:1].isupper() or w.lower() in ("the", "of", "and", "for") for w in usable[1]) \
                and len(usable[1]) <= 6  # "Cllr Amanda Okafor", not "... rose to $77.10 in New York"
            role = self._is_role_phrase(usable[0]) or (only_a_name and (usable[0][0][:1].islower() or (
                _POSSESSIVE.search(usable[0][0]) is not None and lookup(_unpossessive(usable[0][0])) is not None)))
            if not role and only_a_name and len(usable[0]) >= 2 and _POSSESSIVE.search(usable[0][0]) is not None \
                    and usable[0][0][:1].isupper() and all(w.islower() for w in usable[0][1:]) \
                    and usable[0][-1].lower() in _speaker_heads() and usable[1][0] in first_names():
                role = True  # "Helen Okafor, Gavi's regional director, said": the person, not her post at a body
            if not only_a_name and usable[0][0].lower() == "the" and usable[0][-1].lower() in _BODY_HEADS \
                    and usable[0][-1].islower() and 2 <= len(usable[1]) <= 5 \
                    and usable[1][0][:1].isupper() and usable[1][-1][:1].isupper() \
                    and usable[1][0].lower() not in NOT_SUBJECTS and usable[1][0] not in first_names() \
                    and (inner_words := [w for w in usable[1] if not w[:1].isupper()]) and len(inner_words) == 1 \
                    and inner_words[0] not in NOT_SUBJECTS and inner_words[0] not in PLACE_PREPS and inner_words[0] not in CLAUSE_WORDS \
                    and not inner_words[0].endswith(("ed", "s")) and lookup(" ".join(usable[1]), allow_cities=True) is None:
                # "Santé publique France, the national health agency, said", "Údarás na Gaeltachta, the Gaeltacht
                # development authority, said": the body's own name, a lower-case word of its language inside it
                return " ".join(usable[1])
            # "The Unified Workers' Front, the union federation that called the march, said": the body, not its kind
            name = self._trailing_name(usable[1]) or (self._trailing_body(usable[1]) if first is None else None)
            if name and role and _object_of_preposition(usable[1]):
                name = None  # "... away from the Red Sea, the Maritime and Port Authority said": no appositive
            if name is None and role and first and first[:1].islower() and usable[0][0].lower() == "the" \
                    and len(chunks) > 1 and chunks[0] == ["who"] and (body := self._trailing_body(usable[1])) \
                    and lookup(body, allow_cities=True) is None and body.split()[-1].lower() in _org_words():
                # "a reading from the Guadalquivir Hydrographic Confederation, the basin authority, which said": the
                # body the role describes, which speaks
                return body
            if name and not only_a_name and (len(usable[0]) == 2 or usable[0][0].lower() == "the" and len(usable[0]) <= 4) \
                    and (usable[0][-1].lower() in _BODY_HEADS or usable[0][-1].lower() in DESCRIPTORS
                         or usable[0][-1].lower() in _PUBLIC_OFFICES) \
                    and name.split()[0] in first_names():
                name = None  # "..., ending six years of ownership by Tom Kessler, the club said": the club speaks
                # (and "... backing the winner, Green candidate Miriam Kessler, the city's electoral office said")
                # (and "... for winger Tiago Mendes, the Premier League club said": the club with its league)
            if name is None and role and only_a_name and first and first[:1].islower():
                body = self._trailing_body(usable[1])
                if body and lookup(body, allow_cities=True) is None:
                    name = body
            if name is None and role and len(usable[1]) == 1 and usable[1][0][:1].isupper() \
                    and usable[1][0].lower() not in NOT_SUBJECTS and usable[1][0] not in first_names() \
                    and lookup(_unpossessive(usable[1][0]), allow_cities=True) is None:  # not "the capital, Hanoi, officials said"
                name = self.org_alias.get(usable[1][0].lower(), usable[1][0])  # "Carabineros, Chile's national police, said"
            if name is None and role and only_a_name and len(usable[1]) > 2 and usable[1][1] in ("of", "at", "for") \
                    and usable[1][0].lower() in _speaker_heads() and (them := self._speaker_from(usable[1])):
                name = them  # "Organisers of the Lisbon Open, an ATP 500 event, said": as without the aside
            # "The Corvalis Workers Alliance, a union formed in 2021, said": the body before the aside;
            # "Cllr Amanda Okafor, cabinet member for finance, said": the person before the role
            if name and (first is None or role):
                return name
        if first and len(usable) > 1 and 2 <= len(usable[1]) <= 3 and usable[1][0] in ("its", "their") \
                and all(w.islower() for w in usable[1]) and usable[1][-1] in _speaker_heads() \
                and all(w[:1].isupper() for w in usable[0]):
            self.named_roles[usable[1][-1]] = first  # "its administrators, Kessling Moore, said": "the administrators" later
        return first

    @staticmethod
    def _place_of_words(words: list[str]) -> str | None:
        """The country or place a body's capitalised modifier names ("the Scottish government": UK)."""
        for w in words:
            if w[:1].isupper() and w.lower() not in ("the", "a", "an"):
                place = lookup(w)
                if place is not None:
                    return place.country or place.name
        return None

    def _of_another_place(self, words: list[str], org: str) -> bool:
        """Whether a role's people or place word names another country than the body ORG ("Dutch police"
        after "Ecuadorian police")."""
        place = self._place_of_words(words[:-1]) if len(words) >= 2 else None
        return place is not None and place != self._place_of_words(org.split())

    def _is_role_phrase(self, words: list[str]) -> bool:
        low = [w.lower() for w in words]
        return bool(low) and low[0] in ("the", "a", "an") and (low[-1] in _speaker_heads() or low[-1].title() in words)

    def _trailing_name(self, words: list[str]) -> str | None:
        caps: list[str] = []
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if not w[:1].isupper() and not (caps and w.lower() in NAME_PARTICLES and _name_before(words, k)):
                if w.lower() in ("of", "for") and k > 0 and words[k - 1][:1].isupper() and caps \
                        and not any(c in first_names() for c in caps):  # (not "Secretary of State Anna Berg")
                    return None  # "The Federation of Small Businesses": the end of a body's name, no person
                break  # "Abdulaziz bin Salman", "Ursula von der Leyen": particles inside a name
            caps.insert(0, w if INITIALS.fullmatch(w) else w.rstrip("."))  # "J.P. Nadda" keeps its dots
        return self.person_name(caps) if caps else None

    def _speaker_from(self, words: list[str]) -> str | None:
        """The speaker a noun phrase names: a person, a body, a place, a pronoun, or a role."""
        if len(words) >= 2 and _LOWER_BRAND.fullmatch(words[-1]) and words[-2].lower() in _TRADES \
                and words[-1] not in _NOT_A_BRAND and words[-1] not in _speaker_heads() and words[-1] not in _TRADES \
                and words[-1] not in DOCUMENT_NOUNS and not words[-1].endswith(("ly", "ed", "ing", "self", "s")):
            return words[-1]  # "its operator daa said", "online retailer boohoo said": a name written in lower case
            # after its trade (not "the operator also said", "the company itself said", "Council papers say")
        if len(words) >= 3 and words[-1].lower() in _ISSUED:
            words = words[:-1]  # "a National Audit Office report published on Thursday found": the report's
        on = next((k for k in range(len(words) - 2, max(0, len(words) - 5), -1) if words[k] == "on"
                   and all(w[:1].isupper() for w in words[k + 1:])), None)
        if on is not None and words[on - 1].lower() in _speaker_heads() and words[on - 1].lower() not in PRONOUNS:
            return self._role_or_body(words[:on])  # "A village elder on Vanua Balavu told local radio": the role, not the island
        at = next((k for k in range(len(words) - 2, max(0, len(words) - 5), -1) if words[k].lower() in ("in", "at")
                   and all(w[:1].isupper() for w in words[k + 1:])
                   and (k == len(words) - 2 or getattr(lookup(" ".join(words[k + 1:])), "kind", "org") != "org")), None)
        if at is not None and words[at - 1].lower() in _speaker_heads():
            # "Researchers in Ethiopia said", "Local radio in San Pedro reported": a role and where it sits
            role = self._role_or_body(words)
            if role:
                return role
        if at is not None and at > 1 and words[at - 1][:1].isupper() \
                and (seat := lookup(" ".join(words[at + 1:]), allow_cities=True)) is not None \
                and seat.kind not in ("org", "force"):
            # "the Department of Finance in Dublin said", "Mary Quinn in Dublin said": the body or the person, not
            # the city they sit in
            person = self._trailing_name(words[:at])
            if person and person.split()[0] in first_names():
                return person
            body = self._trailing_body(words[:at])
            if body is not None and len(body.split()) > 1 and lookup(body, allow_cities=True) is None:
                return self._speaker_from(words[:at])
        body_at = next((k for k in range(max(0, len(words) - 8), len(words) - 2) if words[k] in FOREIGN_BODY_HEADS
                     and words[k + 1].lower() in NAME_PARTICLES), None) if words and words[-1][:1].isupper() else None
        if body_at is not None:
            # "Banco de Chile said", "the Société de transport de Montréal (STM) said": the body its kind opens
            return _unpossessive(" ".join(words[body_at:]))
        of = next((k for k in range(len(words) - 2, 1, -1) if words[k] == "of"), None)
        if of is not None and words[of - 1][:1].isupper() and words[of - 2] in first_names() \
                and all(w[:1].isupper() or w == "the" for w in words[of + 1:]) and len(words) - of <= 5 \
                and (person := self._trailing_name(words[:of])) and person.split()[0] in first_names():
            return person  # "Mayor Ana Cruz of Alcala said", "researcher Eva Lind of the Nordic Institute said": the person
        name = self._trailing_name(words)
        if name:
            return name
        low = [w.lower() for w in words]
        role_for = next((k for k in range(max(0, len(words) - 8), len(words) - 2) if low[k + 1] == "for"
                         and low[k] in _SPOKES), None)
        if role_for is not None and (role_for == 0 or low[role_for - 1] in ("a", "an", "the", "one")) \
                and _THE_OPENING.sub("", " ".join(words[role_for + 2:])) != self._trailing_body(words[role_for + 2:]):
            # "a spokeswoman for the airline told Reuters", "a spokesperson for Qamar said": the role as written,
            # with the body as the sentence calls it (a body named in full there speaks by its name)
            return " ".join(words[role_for:])
        body = self._trailing_body(words)
        if body:
            parts = body.split()
            # "Carmaker Stellbrook" -> "Stellbrook"; "Ministry of Defence" keeps its first word
            strip = len(parts) > 1 and parts[0].lower() in DESCRIPTORS and parts[1][:1].isupper() and lookup(body) is None \
                and not (parts[0].lower() in _FIELD_BODY_WORDS and lookup(parts[-1]) is not None)  # "Statistics Canada"
            return " ".join(parts[1:]) if strip else body
        if words and ACRONYM.fullmatch(words[-1]) and words[-1].lower() not in _titles():
            # "OCHA said", "the U.N. humanitarian agency OCHA said": a body named by its initials,
            # spelled out where the article spells it ("the Royal College of Nursing (RCN)")
            return self.org_alias.get(words[-1].lower()) or self.spelled_out().get(words[-1], words[-1])
        role = self._role_or_body(words)
        if role:
            return role
        caps = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))[::-1]
        if 1 <= len(caps) <= 3 and caps[0].lower() not in NOT_SUBJECTS and caps[0].lower() not in _number_words() \
                and caps[0].lower() not in _CALENDAR and \
                not any(w.lower().rstrip(".") in _titles() for w in caps) and (len(caps) < len(words) or len(words) <= 3):
            # "Nasa said", "Streaming service Vidora said": a name the gazetteer lacks, as written
            return _unpossessive(" ".join(caps))
        low = [w.lower() for w in words]
        k = 1 if low[:1] in (["a"], ["an"], ["the"]) else 0
        if 3 <= len(words) - k <= 8 and low[k] in _speaker_heads() and low[k] not in PRONOUNS \
                and low[k + 1] in ("at", "from", "with", "for", "of", "in") and low[-1] not in NOT_SUBJECTS:
            # "a doctor at the hospital said", "Organisers from the Citizens for Fair Prices coalition put the crowd
            # at", "Officials at the port said": the role as written, with where it works
            return " ".join([low[k], *words[k + 1:]])
        return None

    def _trailing_body(self, words: list[str]) -> str | None:
        """A named body at the end of the phrase: "the country's National Civil Defence Institute"."""
        caps: list[str] = []
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if not (w[:1].isupper() or (caps and w.lower() in ("of", "for", "and")) or (
                    caps and w == "the" and k > 0 and words[k - 1] in ("of", "for"))):
                break  # "Office for the Coordination of Humanitarian Affairs": "the" after "for" inside a name
            caps.insert(0, w)
        while caps and caps[0].lower() in ("of", "for", "and", "the"):
            caps = caps[1:]
        if len(caps) >= 2 and all(w.lower() in _FIELD_BODY_WORDS for w in caps[:-1]) \
                and getattr(lookup(_unpossessive(caps[-1])), "kind", "org") in ("country", "nation", "region", "state", "city", "capital"):
            return _unpossessive(" ".join(caps))  # "Statistics Canada", "Public Health Scotland": a body, not the place
        for k in range(len(caps)):
            phrase = _unpossessive(" ".join(caps[k:]))
            place = lookup(phrase)
            if place is not None:
                return phrase if place.kind in ("org", "country", "nation", "capital", "force") else None
            if phrase.lower() in self.org_alias:
                return self.org_alias[phrase.lower()]
            if len(caps) - k >= 2 and (caps[-1].lower() in _org_words() or (
                    caps[k].lower() in _org_words() and any(w.lower() in ("of", "for") for w in caps[k:]))):
                while k > 0 and not _POSSESSIVE.search(caps[k - 1]) and caps[k - 1].lower() not in ("the", "of", "for", "and") \
                        and getattr(lookup(caps[k - 1]), "kind", "org") == "org":
                    k -= 1  # "WHO Regional Office for Europe": the whole name, not "Office for Europe"
                phrase = _unpossessive(" ".join(caps[k:]))
                self.org_alias.setdefault(_initials(caps[k:]).lower(), phrase)
                return phrase
        return None

    def _np_after(self, s: str, after: int, verb_at: int, force: bool = False) -> str | None:
        # inversion only after a comma or a closing quote: '..., said Mr Smith', '" said the official'
        before = s[:verb_at].rstrip()
        if not force and not (before.endswith((",", "”", "\"", "’")) or before == ""):
            return None
        if s[verb_at:after].strip().lower() in PUT_AT:
            return None  # "..., carried out in June, put Labour on 24%": what it puts, not who speaks
        m = re.match(r"\s*((?:[^\W\d_][\w'’.-]*\s*){1,8})", s[after:])
        if not m:
            return None
        words = [w.strip(".,;:") for w in m.group(1).split()]
        cut = []
        for w in words:
            if w.lower() in ("that", "on", "in", "at", "who", "which", "when", "after", "before", "last", "yesterday", "today", "adding", "and"):
                break
            cut.append(w)
        if not cut:
            return None
        named = self._name_in(cut)
        owned = len(cut) >= 2 and _POSSESSIVE.search(cut[0]) is not None and cut[0][:1].isupper() \
            and cut[-1].lower() in PERSON_ROLES and all(w.islower() for w in cut[1:])
        if named is None and len(cut) == len(words) and (cut[0].lower() in ("the", "a", "an", "its", "their") or owned):
            # '..., said the alliance's chairman, Joseph Kiprono, adding': the person the role names
            # ('said Halden’s chief executive, Sébastien Kroll, a former finance director': a body's post too)
            then = _NAME_APPOSITION.match(s, after + m.end())
            if then and (then.group(1).split()[0] in first_names() or owned and 2 <= len(then.group(1).split()) <= 3):
                named = self.person_name([w.rstrip(".") for w in then.group(1).split()]) or (
                    " ".join(w.rstrip(".") for w in then.group(1).split()) if owned else None)
        return named or self._role_or_body(cut)

    def _name_in(self, words: list[str]) -> str | None:
        caps: list[str] = []
        best = None
        for w in words + ["."]:
            if w[:1].isupper():
                caps.append(w.rstrip("."))
            else:
                if caps:
                    name = self.person_name(caps)
                    if name:
                        best = name
                caps = []
        return best

    def _role_or_body(self, words: list[str]) -> str | None:
        if not words:
            return None
        low = [w.lower() for w in words]
        if len(words) == 1 and low[0] in PRONOUNS:
            kind = PRONOUNS[low[0]]
            if kind == "person":
                gender = {"he": "m", "she": "f"}.get(low[0])
                prev = self.prev_sentence_speaker
                if gender and prev and self.prev_speaker_para == self._sentence_para and (
                        prev in self.people.values() or prev.split()[-1].lower() in PERSON_ROLES
                        or self._role_before(prev)):
                    # "..., finance director Budi Santoso said. He said the airline had cut its debt by $410m",
                    # "a police spokesman told reporters. Four of them ..., he said": the one who spoke in the
                    # sentence before, in the same paragraph, unless a given name or a role says otherwise
                    said = next((given_name_genders()[w] for w in prev.split()[:-1] if w in given_name_genders()), None) \
                        or _ROLE_GENDERS.get(prev.split()[-1].lower())
                    if said in (None, gender):
                        return prev
                for name in reversed(self.recent_people):
                    given = next((given_name_genders()[w] for w in name.split()[:-1] if w in given_name_genders()), None)
                    if given is None and gender and name == self.recent_people[-1] and name.split()[0] in first_names() \
                            and name in self.people.values() and (at := self.text.find(name)) > 0 \
                            and (self.text[max(0, at - 30):at].split()[-1:] or [""])[0].lower().strip(",") in PERSON_ROLES | _titles() \
                            and self._sentence is not None and any(
                            name.split()[-1] in self.paras[k].text
                            for k in range(max(0, self._sentence.paragraph - 1), self._sentence.paragraph + 1)):
                        # "Teixeira Mendes rejected the criticism. '...,' he told reporters": the person named last, in
                        # this paragraph or the one before, whose given name tells no sex
                        return self.person_name(name.split()) or name
                    if gender and given == gender:
                        return self.person_name(name.split()) or name  # "Mark Hennessy ... He said ..."
                return self.last_person or self._first_person_in(self._sentence_text)
            prev = self.prev_sentence_speaker
            if low[0] == "it" and prev and prev[:1].isupper() and self.prev_speaker_para == self._sentence_para \
                    and prev not in self.people.values() and prev.split()[-1].lower() not in PERSON_ROLES \
                    and getattr(lookup(prev), "kind", "org") == "org":
                # "..., the disaster agency said. Seventeen people were injured and three were missing, it said":
                # the body that spoke in the sentence before, in the same paragraph (not a firm named earlier)
                return prev
            if kind == "org" and self.last_org is None and self.last_speaker is None and self.verb_at is not None \
                    and self._sentence is not None and self._sentence.start < self.verb_at <= self._sentence.end:
                # "Nigeria's Dangote refinery near Lagos raised its output ..., it said": with no body or speaker
                # before, the body the sentence names before its verb
                return self._body_named_before(self.verb_at, public=False)
            return self.last_speaker if kind == "any" else (self._own_firm_for(self.last_org) or self.last_speaker)
        phrase = " ".join(words)
        if len(words) >= 2 and _POSSESSIVE.search(words[0]) and (country := lookup(_unpossessive(words[0]))) is not None \
                and country.kind == "country" and (body := self._country_body(country.country, words[1:])):
            return body  # "Sweden's coastguard said", after "the Swedish Coast Guard said": that body
        base = _unpossessive(phrase)
        place = lookup(base) or lookup(_THE_OPENING.sub("", base))
        if place is not None:
            return _THE_OPENING.sub("", base)
        while low and low[0] in ("a", "an", "the", "one", "another", "after", "before", "when", "because", "since", "once",
                                 "until", "while", "as", "if"):
            words, low = words[1:], low[1:]  # "after Saudi Arabia's energy minister said": the minister
        if not words:
            return None
        head = low[-1]
        if len(words) == 1 and head in self.titled:
            return self.titled[head]  # "The governor said", after "North Maluku Governor Anwar Rahman"
        if len(words) == 1 and head in self.named_roles:
            return self.named_roles[head]  # "the administrators said", after "its administrators, Kessling Moore, said"
        prev = self.prev_sentence_speaker
        if len(words) == 1 and head in PUBLIC_HEADS and prev and prev[:1].isupper() and prev not in self.people.values() \
                and (len(prev.split()) >= 2 or prev.isupper()) and lookup(prev) is None \
                and self.org_alias.named_with(head) in (None, prev):  # not "the ministry" after a union spoke
            return prev  # "..., the National Disaster ... Council said. About 162,000 people ..., the agency said": that body
        if low[0] in ("anonymous", "same") or (len(words) <= 2 and head in ("official", "spokesperson", "spokesman", "spokeswoman",
                                                                         "source", "minister", "officials")) or (
                len(words) == 1 and head in PUBLIC_HEADS):  # "the ministry": the ministry the story quoted before
            for role in reversed(self.roles):
                if role.lower().split()[-1] == head:
                    return role
        opener = self.sentence_subject
        if opener is None and low[0] in ("its", "their") and len(words) >= 2 and head in _speaker_heads() \
                and self._sentence is not None and self.verb_at is not None \
                and self._sentence.start < self.verb_at <= self._sentence.end:
            # "Japan on Friday pledged $12 million ..., its foreign ministry said, while the European Union announced
            # ...": the subject of the clause the speech verb closes, where a later clause has a subject of its own
            opener = self._subject_parts(self._sentence, self.verb_at)[0]
        if opener is None and low[0] in ("its", "their") and len(words) >= 2 and head in _speaker_heads() \
                and self._sentence is not None:
            # "Harbourside Rovers' 3-1 win ... drew 24,500 spectators ..., its chief executive said": the body whose
            # possession the sentence opens with
            owner = _OPENING_OWNER.match(self._sentence.text)
            if owner and lookup(owner.group("name")) is None and owner.group("name").split()[0] not in first_names() \
                    and owner.group("name").split()[0].lower() not in NOT_SUBJECTS:
                name = owner.group("name")
                return f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} {' '.join(words[1:])}"  # "Harbourside Rovers' chief executive"
        if low[0] in ("its", "their") and len(words) >= 2 and head in _speaker_heads() and opener:
            return f"{opener}'s {' '.join(words[1:])}"  # "Japan pledged ..., its foreign ministry said"
        mods = [w for w in low[:-1] if w.isalpha()]
        owner_at = next((k for k, w in enumerate(words[:-1]) if _POSSESSIVE.search(w)), None) \
            if head in DOCUMENT_NOUNS and len(words) <= 6 else None
        if owner_at is not None and 0 < len(words) - owner_at - 1 <= 2 and all(w.islower() for w in words[:owner_at + 1]) \
                and _unpossessive(low[owner_at]) in _speaker_heads() and all(w.islower() for w in words[owner_at + 1:]):
            # "The association's own modelling puts ...", "The health department's own count puts ...": the body
            # the kind names, whose record it is
            return self._role_or_body(words[:owner_at] + [_unpossessive(words[owner_at])])
        if head in DOCUMENT_NOUNS and 1 <= len(mods) <= 3 and mods[-1] in PUBLIC_HEADS and words[-2].islower():
            # "A preliminary ministry survey put ...": the ministry's survey, so the ministry the story named
            return self._role_or_body([words[-2]])
        if head in DOCUMENT_NOUNS and mods and mods[-1] in _speaker_heads() and mods[-1] not in PUBLIC_HEADS \
                and all(w.islower() for w in words):
            # "according to central bank data", "customs figures": the body the data's words name, as written (not
            # the last firm the story named)
            maker = list(itertools.dropwhile(lambda w: w in _DOCUMENT_OPENERS, mods))
            if 1 <= len(maker) <= 3:
                return " ".join(maker)
        if len(words) == 1:
            known = self._known_org_with(head)
            if known and (own := next(self.org_alias.ending_with(head), None)) and own != known \
                    and lookup(own) is None and not any(full.lower() in self._low_text()
                                                        for full in _org_full_names().get(known, ())
                                                        if head in full.lower().split()):
                known = own  # "the State Electoral Commission said ... the EU's migration pact ... the commission
                # said": the body the story named with that word, not one it named only by another name ("EU")
            if known:
                return known  # "The IMF approved $1.2bn ..., the fund said": the known body whose name holds "fund"
        if head in PUBLIC_HEADS and mods and all(w == l for w, l in zip(words, low)) and "for" not in low and \
                low[0] not in ("its", "their", "his", "her", "our", "whose"):
            # "the disaster agency": the body whose name holds its words, else the role as written
            # ("the land ministry said", "according to the housing ministry")
            for org in self.org_alias.ending_with(head):
                names = [w.lower() for w in org.split()]
                if all(any(n[:5] == m[:5] for n in names) for m in mods):
                    return org
            intro = self._introduced_as(head)
            if intro and intro not in self._sentence_text:  # (not "in Taroko National Park, the island's fire agency said")
                return intro  # "the electoral office said", after "the national electoral office ONPE": that body
            if len(mods) >= 2 and (full := self._public_body_holding(mods)):
                return full  # "the national disaster agency said", where the story names the National Disaster Risk
                # Reduction and Management Council later: the body whose name holds all its words
            return " ".join(words) if len(words) <= 4 else None
        if len(words) <= 3:
            org = next(self.org_alias.ending_with(head), None)
            if org and not self._of_another_place(words, org):
                return org  # "the institute" -> "National Civil Defence Institute" (not "Dutch police" -> Ecuador's)
        intro = self._introduced_as(head) if len(words) <= 3 else None
        if intro and intro in self._sentence_text and intro != (self.current_subject or self._sentence_owner()):
            return intro  # "Halden Capital agreed to buy ... Ligue 2 club FC Arverne ..., the club said": that club
        if (head in GENERIC_HEADS or head in DESCRIPTORS or head.endswith("maker")) and len(words) <= 5 \
                and not any(w in ("of", "for", "in", "at") for w in low):
            # "Aston Villa have agreed ..., the Premier League club said", "Toyota's operating profit fell
            # ..., the Japanese carmaker said": the body the sentence opens with or names as owner (asked
            # only here: finding the owner reads the sentence)
            subject = self.current_subject or self._sentence_owner()
            place_name = self._place_of_words(words[:-1]) if head in NON_FIRM_HEADS else None
            if subject and (place_name is None or place_name == subject):  # not "the Scottish government" for a firm
                return subject
        if head in _RUNNER_HEADS.values() and len(words) <= 2 and all(w.islower() for w in words) \
                and (runner := self._runner_before(self._sentence_end, head)):
            return runner  # "..., the operator said" in a story of "a ferry operated by Baltline": Baltline
        if (head in FIRM_HEADS or head == "club") and len(words) <= 4 and not any(w in ("of", "for", "in", "at") for w in low) \
                and " ".join(low[-2:]) not in _GOVERNING_WORDS \
                and (not any(w[:1].isupper() for w in words) or (head == "club" and len(words) <= 3)) and self._last_firm():
            # (not "central bank data": the state's bank, no firm the story named)
            return (self._last_club() if head == "club" else None) or self._own_firm_for(self._last_firm())  # "..., the club said": the
            # club the story has named last, else the firm
        if head in FIRM_HEADS and len(words) <= 3 and all(w.islower() for w in words) \
                and (firm := self._firm_introduced_here()):
            return firm  # "forcing the state operator Railco to cancel 4,200 services, the company said": that firm
        if head in GENERIC_HEADS and len(words) <= 4 and (self.last_org or self.last_body or self._org_before_verb()
                                                          or head == "union" and self._members_named()) and \
                not any(w[:1].isupper() and not _LISTED_ADJECTIVE.search(w) for w in words):  # "the Oslo-listed company"
            # (a name with a hyphen, "the CGT-Cheminots union", is a name: not the last body named)
            # "the company", "the cloud software company": the body the story has named
            named = self.org_alias.named_with(_UNION_WORD if head == "union" else head)  # "Teachers' Federation"
            if named:
                return named
            if head in ("police", "army", "military", "government", "council"):
                return " ".join(words)  # "police said": the police, not the last body the story named
            if " ".join(low[-2:]) in _GOVERNING_WORDS:
                return " ".join(w for w in words if w.lower() not in ("the", "a", "an"))  # "the central bank said"
                # with no such bank named: the state's bank as written, not the last firm the story named
            body = self._org_before_verb() or self.last_body
            if head == "union" and (members := self._members_named()):
                return members  # "71% of NEU Cymru members backed the deal, the union said": the body whose members vote
            if head == "union" and body and body.split()[-1].lower() in _PUBLIC_BODY_WORDS:
                return " ".join(words)  # "the union said" after "the Welsh Government": no union named, the role
            return body
        if head.lower() in self.org_alias:
            alias = self.org_alias[head.lower()]
            if self._of_another_place(words, alias):
                return " ".join(w for w in words if w.lower() not in ("the", "a", "an"))  # "Dutch police", not the Ecuadorian
            return alias
        for_at = next((i for i, w in enumerate(low) if w == "for"), None)
        if for_at and low[for_at - 1] in _speaker_heads() and len(words) <= 7:
            return " ".join(words)  # "a spokeswoman for the airport", "spokesman for the Norwegian armed forces"
        of_at = next((i for i, w in enumerate(low) if w == "of"), None)
        if of_at and low[of_at - 1] in _speaker_heads() and low[of_at - 1] not in PRONOUNS and len(words) <= 6 \
                and 1 <= len(words) - of_at - 1 <= 2 and all(w.isalpha() and w.islower() for w in words[of_at + 1:]):
            return " ".join(words)  # "according to the regional chamber of agriculture": the body as written
        place_at = next((i for i, w in enumerate(low) if w in ("in", "at", "from") and i + 1 < len(words)
                         and words[i + 1][:1].isupper()), None)
        if place_at is not None and place_at > 0:
            head = low[place_at - 1]  # "Local officials in Huanta": a role and where it sits
            low = low[:place_at]
        if head not in _speaker_heads() or len(words) > 7:
            return None  # "on the edge of the site", "Harlow will cut an": not a speaker
        if any(w in ("on", "in", "at", "will", "would", "could", "has", "have") for w in low):
            return None
        return " ".join(words)

    @staticmethod
    def _name_after_trade(words: list[str]) -> str | None:
        """The name after a trade of a few lower-case words ("the market research firm Pellam Retail Insight"):
        up to four capitalised words closing the phrase, after a firm's head or a body's descriptor."""
        k = next((k for k, w in enumerate(words[:6]) if w[:1].isupper()), None)
        if k is None or k < 2 or words[0].lower() not in ("the", "a", "an") or words[k - 1] not in _TRADES \
                or not all(w.islower() for w in words[1:k]) or not 1 <= len(words) - k <= 4 \
                or not all(w[:1].isupper() for w in words[k:]) or words[k] in first_names():
            return None
        return _unpossessive(" ".join(words[k:]))

    def _public_body_holding(self, mods: list[str]) -> str | None:
        """The first public body's full name in the story (one ending in a public body's word) that holds every word of
        MODS, matched by their first five letters; the names are found in one pass over the text."""
        if self._public_names is None:
            self._public_names = []
            for m in _BODY_NAME_RUN.finditer(self.text):
                words = m.group().rstrip(".").split()
                if len(words) >= 3 and (words[-1].lower() in PUBLIC_HEADS or words[-1].lower() in NON_FIRM_HEADS) \
                        and words[0].lower() not in NOT_SUBJECTS:
                    self._public_names.append(" ".join(words))
        for name in self._public_names:
            low = [w.lower()[:5] for w in name.split()]
            if all(m[:5] in low for m in mods):
                return name
        return None

    def _document_giver(self, words: list[str], doc: int) -> str | None:
        """The body or person a relative clause after a document's noun says gave it ("figures the department gave",
        "data that Eurostat published"), read within a few words (the phrase after "according to" is short)."""
        k = doc + 1
        if k < len(words) and words[k].lower() in ("that", "which"):
            k += 1
        if k >= len(words) or not (words[k].lower() in ("the", "its", "their") or words[k][:1].isupper()):
            return None
        verb = next((v for v in range(k + 1, min(len(words), k + 6)) if words[v].lower() in _GIVING_VERBS), None)
        if verb is None or any(w.lower() in CLAUSE_WORDS or w.lower() in _GIVING_VERBS for w in words[k:verb]):
            return None
        if verb - k == 2 and words[k].lower() == "the" and words[k + 1].islower() and self._sentence is not None:
            # "the Department of Justice granted ..., according to figures the department gave": the body the
            # sentence names with that word
            named = {m.group() for m in _body_named_with(words[k + 1]).finditer(self._sentence.text)}
            if len(named) == 1:
                return named.pop()
        return self._speaker_from(words[k:verb])

    def _members_named(self) -> str | None:
        """The last body named up to the end of the sentence being read by a name the gazetteer lacks, then "members"
        ("71% of NEU Cymru members"): a union the story names no other way. The names are found once."""
        if self._members is None:
            self._members = [(m.start(), m.group(1)) for m in _NAME_MEMBERS.finditer(self.text)
                             if lookup(m.group(1)) is None and m.group(1).split()[0] not in first_names()
                             and m.group(1).split()[0].lower() not in _NOT_A_NAME
                             and m.group(1).lower() not in _BODY_HEADS and m.group(1).lower() not in _speaker_heads()
                             and m.group(1).lower() not in _MEMBERS_OF_WHAT]  # not "Union members", "Crew members"
        k = bisect_left(self._members, (self._sentence_end,)) if self._members else 0
        return self._members[k - 1][1] if k else None

    def _speakers_body(self, f: Mention, para: Paragraph, sent: Sentence) -> str | None:
        """The body a quoted speaker speaks for, where the quote says "we", "us" or "our" and the
        attribution names it before the speaker's role: "Marlow Brands chief executive Dana Ruiz"."""
        quote = next(((a, b) for a, b in para.quotes if a <= f.start < b), None)
        if quote is None or not _WE.search(self.text, quote[0], quote[1]):
            return None
        assert f.source is not None  # (asked for a figure with a speaker)
        surname = re.escape(f.source.split()[-1])
        m = re.search(rf"([A-ZÀ-ÖØ-Þ][\w&'’-]*(?:[ ](?:&[ ])?[A-ZÀ-ÖØ-Þ][\w&'’-]*){{0,3}})\s+(?:[a-z-]+\s+){{1,3}}"
                      rf"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){{0,2}}{surname}\b", self.text[para.start:para.end])
        body = m.group(1) if m else None
        if body is None or body.split()[0].lower().rstrip(".") in _titles() or body.split()[0] in first_names():
            # "Chief executive Sarah Lindqvist said: 'we have cut ...'": the body the story is about
            return self.prev_org or self.last_org
        if (looked := lookup(body)) is not None and looked.kind not in ("org", "force"):
            return None
        return self.org_alias.get(body.lower(), body)

    def _remember_people(self, sent: Sentence) -> None:
        """The people a sentence names, in order: a later "he" or "she" is the last of them of that gender."""
        if self._surnames[0] is not self.people:
            # each person's surname, split once for every sentence: the walk replaces self.people (never
            # changes it in place) when it drops a name, so the dict itself says whether these still hold
            self._surnames = (self.people, [(full.split()[-1], full) for full in set(self.people.values())])
        named = []
        for surname, full in self._surnames[1]:
            at = sent.text.find(surname)  # -1 exactly when the surname is not in the sentence
            if at >= 0:
                named.append((at, full))
        for _, full in sorted(named):
            if full in self.recent_people:
                self.recent_people.remove(full)
            self.recent_people.append(full)

    def _a_natural_feature(self, name: str, aside: tuple[int, int] | None) -> bool:
        """Whether NAME, a sentence's subject, is a natural place the story names by its feature ("Semeru, one of
        the most active volcanoes, sent ..." after "Mount Semeru"), not a body: the feature's word opens its name
        elsewhere in the story, or its aside calls it one."""
        if self._feature_names is None:  # the names after a feature's opener, read once a story
            self._feature_names = frozenset(" ".join(words[:k]) for found in _after_feature_opener().findall(self.text)
                                            for words in [found.split()] for k in range(1, len(words) + 1))
        if name in self._feature_names or name.rsplit(None, 1)[-1] in _NATURE_ENDS:
            return True  # (or its name ends in a word no body's name ends in: "Gatun Lake", "the Chagres River")
        words = self.text[aside[0]:aside[1]].lower().split() if aside else []
        return any(w in _FEATURE_NOUNS or w[:-1] in _FEATURE_NOUNS or w[:-2] in _FEATURE_NOUNS  # (plurals: -s, -es)
                   for w in (w.rstrip(",.") for w in words))

    def _own_clause_between(self, lo: int, hi: int) -> bool:
        """Whether a clause with a named subject and a verb of deed (not of speech) opens between LO and HI
        after a comma: ", Japan pledged", ", and the European Union released"."""
        if self.text.startswith(("According", "according"), lo):
            return False  # "According to its accounts, Kestrel Live owed creditors £640,000": what the accounts say
        if self._own_clauses[0] != self._sentence_end:  # the sentence's clauses, found once a sentence (linear)
            start = self._sentence_end - len(self._sentence_text)
            self._own_clauses = (self._sentence_end, [m.start() for m in _OWN_CLAUSE.finditer(
                self.text, start, self._sentence_end) if m.group("verb").lower() not in _speech_words()])
        found = self._own_clauses[1]
        k = bisect_left(found, lo)
        return k < len(found) and found[k] < hi

    def _org_before_verb(self) -> str | None:
        """The last body named before the speech verb being read: in this sentence before the verb,
        else in an earlier sentence ("The ministry confirmed it had ordered shells from BAE Systems":
        not BAE Systems)."""
        verb_at = self.verb_at
        here = [org for start, org in self.sentence_orgs if verb_at is None or start < verb_at]
        return here[-1] if here else (self.prev_org or self.last_org_before)

    def note_speaker(self, who: str | None) -> None:
        if not who:
            return
        self.last_speaker = who
        if who in self.people.values():
            self.last_person = who
        elif lookup(who) is not None or who in self.org_alias.bodies:
            self.last_body = who
        elif lookup(who) is None and who[:1].isupper() and who.split()[-1] not in _STREET_WORDS and (who.split()[-1].lower() in _org_words() or (
                len(who.split()) >= 2 and all(w[:1].isupper() for w in who.split())
                and not any(w.lower().rstrip(".") in _titles() or w.lower() in PERSON_ROLES for w in who.split()))):
            self.last_org = who  # "organiser Lisboa Motorsport said": a named body, not a role
            self._saw_org(who)
        elif lookup(who) is None:
            self.roles.append(who)

    # -- the walk --------------------------------------------------------------------------------

    def attribute(self, mentions_by_sentence: dict[int, list[Mention]], dates_by_sentence: dict[int, list]) -> None:
        prev_para_speaker: str | None = None
        prev_sentence_mentions: list[Mention] = []
        unsourced_quotes: list[tuple[int, Mention]] = []
        para_speaker: dict[int, str | None] = {}
        # after the paragraph of the last figure, a sentence can only hedge the figures before it ("None
        # of the figures could be verified"): who speaks or is named there changes no figure
        last = max(mentions_by_sentence, default=-1)
        last_para = self.sentences[last].paragraph if last >= 0 else -1
        for si, sent in enumerate(self.sentences):
            if si > last and sent.paragraph > last_para:
                self._hedge(sent, [], prev_sentence_mentions)
                continue
            para = self.paras[sent.paragraph]
            ents = self._its_force(si, sent, list(self.sentence_entities[si]))
            for k, e in enumerate(ents):
                if e.org in ("Council", "Police") and (named := self.org_alias.named_with(e.org.lower())):
                    ents[k] = replace(e, org=named)  # "Council leader Amira Qureshi": the council the story named
                elif e.org and e.org.split()[-1] in _OWNED_POTS and _POSSESSED_BY.search(self.text, max(sent.start, e.start - 40), e.start):
                    # "its Strategic Grain Reserve", "The UN's Central Emergency Response Fund": a pot of money or
                    # goods a body holds is no body that owns or acts (the body named before it is)
                    ents[k] = replace(e, org=None)
            self.last_org_before = self.last_org  # the body named before this sentence
            for e in ents:
                if e.org is None and e.place is not None and e.place.kind == "org" and not e.prep and e.start - sent.start <= 4:
                    # "The Bank of England cut rates ... It said": a body the gazetteer knows opens the sentence
                    self.last_org = e.place.name
                    self._saw_org(e.place.name)
                if e.org and not _ANALYST_AT.search(self.text, max(sent.start, e.start - 30), e.start):
                    # (not the analysts' firm: "an analyst at Hollis & Crane" is no company the story is about)
                    self.last_org = e.org
                    self._saw_org(e.org)
                    self.last_org_para = para.index
                if e.org:
                    words = e.org.split()
                    if words[0].lower() not in ("the", "national", "royal", "new", "greater", "united", "social", "north",
                                                "south", "east", "west", "central", "office", "ministry", "department") \
                            and not (len(words) > 1 and words[-1].lower() in _AREA_BODY_HEADS):
                        # "Halden" after "Halden Foods"; not "Kerry" after "Kerry County Council" (the county)
                        self.org_alias.setdefault(words[0].lower(), e.org)
                    if len(words) >= 2 and words[-1] in _CLUB_SHORT_NAMES:
                        self.org_alias.setdefault(words[-1].lower(), e.org)  # "Wanderers": Bristol Wanderers
                    if len(words) >= 3 and words[-2][:1].isupper() and words[-1][:1].isupper():
                        self.org_alias.setdefault((words[-2] + words[-1]).lower(), e.org)  # "the coastguard": Irish Coast Guard
                    if len(words) >= 2:
                        self.org_alias.setdefault(_initials(words).lower(), e.org)  # "SDA"
                        self.org_alias.setdefault(e.org.lower(), e.org)  # "Real Madrid said": the club, not Madrid
            # the subject is read from the sentence's first 300 characters (a longer sentence's opening names it as
            # well: "Stahlwerk Ruhrtal will shut ..., the company said on Monday, adding that ...")
            subject, aside, _ = self._subject_parts(sent, min(sent.end, sent.start + 300))
            if subject and self._a_persons_surname(subject):
                subject = None  # "Dlamini said 8,500 workers had walked out" after "said Sipho Dlamini": a person, no body
            aside_last = self.text[aside[0]:aside[1]].rstrip(" ,").split()[-1:] if subject and aside else []
            if aside_last and subject in self.people.values() and aside_last[0].lower() in _TRADES:
                # "Rheinfeld Chemie, Germany's third-largest chemicals group, said": a body, not a person
                self.people = {k: v for k, v in self.people.items() if v != subject}
            if si == 0 and subject and lookup(subject) is None and subject not in self.people.values():
                self._lead_firm = subject  # "Harland's, Britain's third-largest supermarket chain, said on Wednesday"
            if subject and lookup(subject) is None and subject not in self.people.values():
                # "Carmaker Stellbrook ..., the company said"; "Pre-tax profit climbed" next is its profit
                self.last_org, self.last_org_para = subject, para.index
                self._saw_org(subject)
                self.prev_org, self.prev_org_para = subject, para.index
                self.prev_body, self.prev_body_para = subject, para.index
                self.org_alias.setdefault(subject.lower(), subject)
            # a body, not a person: a name seen twice ("Aston Villa") is a person only with a given name
            self.sentence_subject = subject
            self.sentence_orgs = [(e.start, e.org) for e in ents if e.org]
            self.current_subject = subject if subject and lookup(subject) is None and (
                subject not in self.people.values() or subject.split()[0] not in first_names()) else None
            if self._own_firm is None and para.index == 0 and self.current_subject \
                    and self._a_firm_speaks(self.current_subject):
                self._own_firm = self.current_subject  # "Harland's, Britain's third-largest supermarket chain, said"
            ents = self._with_org_aliases(sent, ents)
            self._sentence_text = sent.text  # "X did Y, he said": the pronoun may point forward
            self._sentence_para = para.index
            self._sentence_end = sent.end
            self._sentence_ents = ents
            self._sentence = sent
            speaker, verb_at = self.speaker_of(sent)
            if speaker and verb_at is not None:
                speaker = self._described_speaker(speaker, ents, verb_at) or speaker
            # a quotation's speaker: this paragraph's attribution, or the last speaker when the
            # paragraph continues a quotation (it opens with a quote mark and names nobody)
            carried = False  # the quotation's speaker is the last paragraph's, until this one names its own
            if speaker is None and para.starts_in_quote:
                speaker_q = para_speaker.get(para.index) or (prev_para_speaker if para.index > 0 else None)
                carried = para_speaker.get(para.index) is None and speaker_q is not None \
                    and not self.paras[para.index - 1].opens_unclosed
            else:
                speaker_q = speaker or para_speaker.get(para.index)
            if speaker:
                para_speaker[para.index] = speaker
            ms = mentions_by_sentence.get(si, [])
            self._mention_starts = [m.start for m in ms]  # (sorted, read once a sentence: bisected per figure)
            quoted = within(para.quotes) if ms else None
            dates = dates_by_sentence.get(si, [])
            # a year in the sentence is background ("launched in 2008"), not the figure's day
            resolved = [d for d in dates if d.get("date") and d["granularity"] != "year"]
            expected_said = bool(ms) and "xpected" in sent.text  # (read once a sentence, not once a figure)
            for f in ms:
                assert quoted is not None  # (read where the sentence has figures)
                in_quote = quoted(f.start)
                if in_quote:
                    f.source = speaker_q or speaker
                    if not f.source or carried:
                        # the attribution may close the quotation later: '"I had 140 goats in March. Now I have
                        # 11," said Ahmed Ali Hussein' is his, not the last paragraph's speaker's (a quotation run
                        # on from an unclosed one keeps that speaker)
                        unsourced_quotes.append((para.index, f))
                elif self.speaker_scope and not self.speaker_scope[0] <= f.start < self.speaker_scope[1]:
                    f.source = self.speaker_scope[2]  # outside the clause a subordinate speaker states
                    for lo, hi, who in self.clause_speakers:
                        if lo <= f.start < hi:
                            f.source = self.expand(who)  # "... and organisers claiming more than 100,000"
                else:
                    f.source = speaker
                    for lo, hi, who in self.clause_speakers:
                        if lo <= f.start < hi:
                            f.source = self.expand(who)  # the clause's own speaker
                    if f.source == speaker and speaker and verb_at is not None and verb_at < f.start \
                            and self._own_clause_between(verb_at, f.start):
                        # "Australia said it would give A$5 million, Japan pledged 200 million yen, and the EU released
                        # 1.5 million euros": a later clause with a subject and a deed of its own is the story's, not
                        # what the speaker said
                        f.source = None
                if f.source and not in_quote and verb_at is not None and verb_at > f.start and f.source.islower() \
                        and len(f.source.split()) <= 3 and f.source.split()[-1] in _FIRM_DESCRIPTIONS \
                        and (body := self._subject_body(sent, f.start)) and self._a_firm_speaks(body):
                    # "X handled 2.6 million containers ..., the state-owned operator said": the firm the clause opens
                    # with, which the description stands for, where no firm of that kind was named before
                    f.source = body
                if f.source and not in_quote and _SHARE_MOVE.search(self.text, max(sent.start, f.start - 70), f.start) \
                        and (verb_at is None or verb_at < f.start):
                    f.source = None  # "..., it said, sending its shares down 17%": the market's record, not the firm's
                if not f.source and not in_quote and expected_said and (
                        (exp := _ANALYSTS_EXPECTED.search(self.text, max(sent.start, f.start - 120), f.start))
                        and "," not in self.text[exp.end():f.start]
                        or (exp := _ANALYSTS_EXPECTED.match(self.text, f.end + len(_found(_THAT_NEXT.match(self.text, f.end)).group()),
                                                            min(sent.end, f.end + 60)))):
                    f.source = exp.group("firm") or exp.group("who").lower()
                if not f.source and not in_quote:
                    poll = self._poll_of(sent)
                    if poll:
                        f.source = poll  # "26% in a YouGov poll of 2,104 adults": the pollster
                tally = _OWN_TALLY.search(self.text, max(sent.start, f.start - 80), f.start)
                if tally and not in_quote and not f.source and lookup(tally.group(1)) is None:
                    f.source = self.expand(tally.group(1))  # "OCHA's own tally for Kenya stands at 71 deaths"
                estimate = _ESTIMATE_OF.search(self.text, max(sent.start, f.start - 60), f.start)
                if estimate and not in_quote and estimate.group(1).lower() in _speaker_heads():
                    f.source = estimate.group(1)  # "above analysts' average estimate of $2.84 billion"
                if not in_quote and (by := _FORECAST_BY.match(self.text, f.noun_end, sent.end)):
                    # "beating the 245,000 units forecast by economists polled by Meridian", "than the 35% advised by
                    # ICES scientists": the figure names who gave it
                    first = by.group("who").split()[0].lower()
                    if first not in _NOT_AN_AGENT and first not in _CALENDAR and not first[:1].isdigit():
                        f.source = _agent_as_written(by.group("who"))  # (not "expected by the end of the year")
                f.source = self.expand(f.source)  # ("..., it said" after "The Met deployed": the Metropolitan Police)
                f.actor = self.expand(self._actor(f, ents, sent))
                if f.category == "personnel" or f.unit in _SITE_NOUNS:
                    named = self._name_in_phrase(f)
                    if named:
                        f.actor = named  # "850 Veldkamp staff", "three Ford plants": the body the counted phrase names
                if f.actor is None and (f.unit in _CREW or f.category in _FORCE_ASSETS and _THE_CRAFT_S.search(
                        self.text, max(sent.start, f.start - 30), f.noun_end)):
                    # "six of the ship's eight lifeboats", "112 were crew members" in a story of "a ferry operated
                    # by Baltline": the craft's and its crew's operator, as the story named it
                    f.actor = self._runner_before(f.start, "operator") or self._runner_before(f.start, "owner")
                if f.actor is None and self.home_country and f.category in _FORCE_ASSETS and (
                        _GENERIC_FORCE.search(self.text, f.number.end, f.noun_end)
                        or _FORCE_SUBJECT.search(self.text, max(sent.start, f.start - 70), f.start)):
                    # "About 40 coast guard divers", "the navy sent two frigates": the story country's own force
                    f.actor = self.home_country
                if f.actor is None and in_quote and f.source and f.category not in ("people", "casualties"):
                    f.actor = self._speakers_body(f, para, sent)  # "Tariffs will cost us $300 million," Marlow's chief said
                if (f.actor is None or f.source and self._a_firm_speaks(f.source) and lookup(f.actor) is not None) \
                        and f.actor != f.source and f.source and verb_at is not None and verb_at < f.start \
                        and f.category in ("personnel", "vehicles", "aircraft", "vessels", "weapons", "money", "other") \
                        and f.source not in self.people.values() and (f.source[:1].isupper() or _a_kind_body(f.source)) \
                        and (it_did := _IT_AFTER_SPEECH.match(self.text, verb_at, f.start)) \
                        and (f.category != "other" or it_did.group("verb") not in _OBSERVED):
                    f.actor = f.source  # "The fire service said it had deployed some 850 firefighters": the body's own
                if f.actor is None and f.source and not in_quote and f.category in ("personnel", "aircraft") \
                        and f.source not in self.people.values() and (f.source[:1].isupper() or _a_kind_body(f.source)) \
                        and any(w in _REPORTING_BODY_WORDS for w in f.source.lower().split()):
                    f.actor = f.source  # "About 1,150 firefighters are working on the fire, supported by 27
                    # helicopters, the wildfire service said": the crews and aircraft of the service that counts them
                if f.actor is None and f.source and not in_quote and f.category == "personnel" \
                        and f.source not in self.people.values() and f.source[:1].isupper() \
                        and f.source.split()[0] not in first_names() \
                        and ((known := lookup(f.source)) is None or known.kind == "org") \
                        and _SAID_ADDING.search(self.text, max(sent.start, f.start - 50), f.start):
                    f.actor = self.org_alias.get(f.source.lower(), f.source)  # "..., National Grid said, adding that
                    # 600 engineers had been sent": the crews of the body that speaks
                if f.actor is None and f.source and verb_at is not None and verb_at < f.start and not in_quote \
                        and f.category in ("money", "percent", "other") and f.source[:1].isupper() \
                        and (self._a_firm(f.source) or lookup(f.source) is None and f.source.split()[0] not in first_names()) \
                        and f.source not in self.people.values() and f.start - verb_at <= 80 \
                        and _SAID_ITS.match(self.text, verb_at, f.start) \
                        and not SHARE_OF_PEOPLE.search(self.text, f.start, min(sent.end, f.end + 40)):
                    f.actor = f.source  # "Codelco said output at its El Teniente mine fell by about 8%": its own output
                if f.actor is None and f.source and f.category in ("vehicles", "money", "personnel", "other", "percent") \
                        and not in_quote and self._a_firm(f.source) and (verb_at is None or verb_at > f.start) \
                        and (_THE_FIRM_SAID.search(self.text, f.end, sent.end) or (
                            verb_at is not None and (name_said := _NAME_SAID.search(self.text, max(f.end, verb_at - 80), min(sent.end, verb_at + 12))) is not None
                            and name_said.group(1) != f.source and self.org_alias.get(name_said.group(1).lower()) == f.source)):
                    f.actor = f.source  # "The recall covers 912,000 vehicles ..., the company said": the firm's own
                if f.source and f.actor != f.source and f.category in ("money", "percent") and not in_quote \
                        and verb_at is not None and verb_at > f.start and f.start - sent.start <= 300 \
                        and (f.actor is None or (owned := lookup(f.actor)) is not None and owned.kind in ("country", "capital")) \
                        and f.source not in self.people.values() and f.source.split()[0] not in first_names() \
                        and ((spoke := lookup(f.source)) is None or spoke.kind == "org") \
                        and (f.source[:1].isupper() or f.source.split()[-1] in _BODY_HEADS | PUBLIC_HEADS) \
                        and _SET_PRICE_OPENS.match(self.text, sent.start, f.start):
                    f.actor = self.org_alias.get(f.source.lower(), f.source)  # "Cash tolls for cars on the Tamar Bridge
                    # will rise from £2.60 to £3.20, the bridge's joint committee said": the prices the body that
                    # speaks last sets
                if f.source and f.actor != f.source and f.category in ("money", "personnel", "percent") and not in_quote \
                        and _THAT_IT.search(self.text, max(sent.start, f.start - 80), f.start) and self._a_firm(f.source):
                    f.actor = f.source  # "the company said US regulators had rejected its drug and that it would take
                    # a £380 million writedown": the firm that said it
                if f.source and f.actor != f.source and verb_at is not None and verb_at < f.start <= verb_at + 40 \
                        and not in_quote and f.source[:1].isupper() and f.source not in self.people.values() \
                        and f.source.split()[0] not in first_names() \
                        and ((known := lookup(f.source)) is None or known.kind == "org") \
                        and _OF_ITS.match(self.text, f.end) and f.noun_end > f.end \
                        and _RELATIVE_SAYS.search(self.text, max(sent.start, verb_at - 10), verb_at):
                    # "The IG Metall union, which says about 11,000 of its members work at the two sites": the members
                    # of the body that speaks
                    f.actor = self.org_alias.get(f.source.lower(), f.source)
                if f.actor and (f.unit in WORKFORCE or _OF_THE_WORKFORCE.match(self.text, f.end)) and (
                        _UNION_LIKE.search(f.actor) or self._called_a_union(f.actor)):
                    # "The University and College Union said as many as 450 posts were at risk": the employer's posts
                    employers = [o for o in itertools.islice(reversed(self.recent_orgs), _RECENT_BODIES)
                                 if not _UNION_LIKE.search(o) and not self._called_a_union(o) and o != f.actor
                                 and o not in self.people and o not in self.people.values()]  # the latest few only
                    union_words = set(f.actor.lower().split())
                    f.actor = next((o for o in employers if o.split()[0].lower() in union_words),  # "Corvalis Workers
                                   employers[0] if employers else None)  # Alliance": Corvalis Systems's jobs
                if f.actor is None and f.category == "money" and not in_quote \
                        and (commits := _PERSON_COMMITS.match(self.text, sent.start, f.start)) is not None \
                        and (person := self.people.get(commits.group(1), commits.group(1))) in self.people.values():
                    # "Interior Minister Andrés Rivas ... Rivas announced an emergency fund of 25 billion pesos": the
                    # government the minister speaks for
                    f.actor = self._government_of(person)
                if f.actor and f.actor == f.source and f.unit in COUNTED_BY_SPEAKER \
                        and not self._speaker_acts_on(f, sent, verb_at):
                    f.actor = None  # "Scottish Power said up to 1 million homes were without power": not its homes
                if f.actor and f.actor == f.source and verb_at is not None and verb_at < f.start \
                        and _ESTIMATES.match(self.text, verb_at) and not in_quote \
                        and not _PUTS_ITS.search(self.text, max(sent.start, f.start - 60), f.start):
                    f.actor = None  # "The farmers' association put the damage at €420 million": an estimate, not its own
                if f.actor and f.category not in ("personnel", "money", "percent") \
                        and _OF_THE_WHOLE.search(self.text, max(sent.start, f.start - 40), f.start) \
                        and not (f.unit == "seats" and (chamber := _SEATS_IN.match(self.text, f.noun_end))
                                 and not chamber.group(1).islower()):  # (a named chamber's seats)
                    f.actor = None  # "Labour won 411 of the 650 seats": the whole the part is taken from is not
                    # the taker's (a firm's jobs or money stay its own: "cut 1,200 of the 2,300 jobs at its plant")
                if f.category == "percent" and (_UP_OR_DOWN.match(self.text, f.start) or _UP_OR_DOWN_BEFORE.search(self.text, max(0, f.start - 6), f.start)
                                                or _MORE_THAN_AFTER.match(self.text, f.number.end)
                                                or _A_CHANGE_OF.match(self.text, f.start, f.number.start + 1)
                                                or _A_CHANGE_OF_BEFORE.search(self.text, max(0, f.start - 30), f.start)):
                    counted = next((p for p in reversed(ms[:ms.index(f)]) if p.end <= f.start), None)
                    if counted is not None and f.start - counted.end <= 80 and ", " in self.text[counted.end:f.start] \
                            and not _CLAUSE_BREAK.search(self.text, counted.end, f.start):
                        if f.actor and counted.actor is None and counted.category in ("people", "other", "casualties"):
                            # "1.6 million dengue cases had been recorded, up 38% on last year", "17.8 million foreign
                            # visitors came, up 52%": the change of a count no one owns is no one's either
                            f.actor = None
                        elif counted.actor and counted.category == "other" and f.actor != counted.actor:
                            f.actor = counted.actor  # "12,000 places were offered by X, up 6%": the change of X's count is X's
                if f.actor and f.category == "vehicles" and _PARKED.match(self.text, f.noun_end, min(sent.end, f.noun_end + 120)):
                    f.actor = None  # "on the car deck, where 143 vehicles, including 38 freight trucks, were parked": the
                    # vehicles standing there are their drivers', not the ship's operator's (not "parked 160 buses")
                if f.actor and f.category in ("money", "personnel", "other") \
                        and may_end_with(self.text, max(sent.start, f.start - 80), f.start, _QUALIFYING_GROUP_LAST) \
                        and _QUALIFYING_GROUP.search(self.text, max(sent.start, f.start - 80), f.start):
                    f.actor = None  # "Households earning less than €30,000 qualify": who qualifies, no one's figure
                owner = lookup(f.actor) if f.actor else None
                if owner is not None and owner.kind == "country" and f.actor is not None:
                    self.acting_countries[f.actor] = self.acting_countries.get(f.actor, 0) + 1
                elif owner is None and f.actor and f.actor not in self._orgs_seen and f.actor[:1].isupper() \
                        and f.actor not in self.people.values():
                    # a body known only as an owner ("Velmar's quarterly revenue"): "the chipmaker" later is it
                    self._saw_org(f.actor)
                    self.last_org = self.last_org or f.actor
                if f.actor is None and f.unit == "members" and f.source and f.source[:1].isupper() \
                        and f.source not in self.people.values() and not in_quote \
                        and (_UNION_LIKE.search(f.source) or self._called_a_union(f.source)
                             or f.source.split()[-1].lower() in _MEMBER_BODIES):
                    # "It will go to about 212,000 members in England, the association said": the members of the
                    # union or association that counts them
                    f.actor, f.category = f.source, "personnel"
                f.location = self._location(f, ents, sent, para)
                if resolved:
                    f.date = resolved[0]["date"]
            self._shared_owner(ms, ents)
            self._rival_estimate_places(ms)
            self._hedge(sent, ms, prev_sentence_mentions)
            if ms:
                prev_sentence_mentions = ms
            self.note_speaker(speaker)
            self.prev_sentence_speaker = speaker or (ms[0].source if ms and ms[0].source else None)
            self.prev_speaker_para = para.index
            self.prev_sentence_text = sent.text
            self._roles_before = {}
            self._remember_people(sent)
            self._remember_places(para.index, ents)
            orgs = [e.org for e in ents if e.org and e.org.split()[-1] not in EVENT_WORDS]
            if orgs:
                self.prev_org, self.prev_org_para = orgs[-1], para.index
            # the last body named, one the gazetteer knows too, that a sentence opening "Its" refers back to
            # ("The United Nations launched an appeal for Somalia ... Its appeal for Kenya")
            bodies = [e.org or _owner_name(e) for e in ents if (e.org and e.org.split()[-1] not in EVENT_WORDS) or (
                e.place is not None and e.place.kind == "org" and not e.org)]
            if bodies:
                self.prev_body, self.prev_body_para = bodies[-1], para.index
            if para.index not in para_speaker:
                para_speaker[para.index] = None
            prev_para_speaker = para_speaker.get(para.index) or prev_para_speaker if para.opens_unclosed or para.quotes else prev_para_speaker
            if para_speaker.get(para.index):
                prev_para_speaker = para_speaker[para.index]
        for pi, f in unsourced_quotes:
            # '"In 2022 this company made a net profit of €2.3 billion. Now ...," she said.': the
            # speaker named after a quotation of several sentences states all of it
            f.source = para_speaker.get(pi) or f.source

    def _speaker_acts_on(self, f: Mention, sent: Sentence, verb_at: int | None) -> bool:
        """Whether the body that speaks acts on the things counted, as the clause's subject: "Novara said it would
        enrol patients at about 140 sites", "The Cariboo Regional District has placed 2,870 properties under
        evacuation order" (not what it observes, "said it had recorded 214 complaints", nor what it tells of,
        "said up to 1 million homes were without power")."""
        assert f.source is not None
        if f.unit in _HAPPENINGS:
            return False
        if verb_at is not None and verb_at < f.start:
            did = _IT_AFTER_SPEECH.match(self.text, verb_at, f.start)
            return did is not None and did.group("verb") not in _OBSERVED \
                and self.text.find(" that ", did.end("verb"), f.start) < 0  # (not "and that 27 wildfires broke out")
        opens = _THE_OPENING.sub("", self.text[sent.start:min(f.start, sent.start + 200)])
        if not opens.startswith(f.source + " "):
            return False
        acts = _SUBJECT_ACTS_ON.match(opens, len(f.source))
        return acts is not None and acts.group("verb") not in _OBSERVED and acts.group("verb") not in _speech_words()

    def _described_speaker(self, speaker: str, ents: list[Entity], verb_at: int) -> str | None:
        """ "..., the studio said", "the group said", "the charity coalition said": a speaker named only by
        its kind of firm or group is the one body the sentence names before its verb (none where it names two;
        a public body's kind, "the electoral commission", names another body than the party the sentence names)."""
        words = speaker.split()
        if len(words) == 1 and words[0] in PUBLIC_HEADS:
            # "... at which the US Centers for Disease Control and Prevention publishes a notice, the agency said":
            # the public body the sentence names in full before its verb, where the story named none with the word
            return self._body_named_before(verb_at, public=True)
        if words[-1] not in _BODY_KINDS or any(w not in _BODY_KINDS and not (
                (p := lookup(w)) is not None and p.kind in ("demonym", "country")) for w in words[:-1]):
            return None  # a name ("Pentagon"), no body's kind ("residents"), a public body ("the electoral board")
        named = {e.org if e.org or e.place is None else e.place.name for e in ents if e.start < verb_at and (
            e.org or (e.place is not None and e.place.kind == "org"))}
        if self.current_subject:
            named.add(self.current_subject)
        for m in _POSSESSIVE_NAME.finditer(self.text, self._sentence_end - len(self._sentence_text), verb_at):
            name = m.group(1)  # "Paramount's Starfall 3 took $142m ..., the studio said": Paramount
            if lookup(name) is None and name not in self.people.values() and name.split()[0] not in first_names() \
                    and name.split()[0].lower() not in _CALENDAR:
                named.add(self.org_alias.get(name.lower(), name))
        if not named:
            # "A crowd of 60,704 saw Arsenal beat Everton ..., but the club said", "Paris Saint-Germain have agreed
            # to pay ..., the French club said": no body found among the sentence's names, the first name before the
            # verb that is no place, person, day or public body
            return self._body_named_before(verb_at, public=False)
        return named.pop() if len(named) == 1 else None

    def _body_named_before(self, verb_at: int, public: bool) -> str | None:
        """The first capitalised name in the sentence being read before VERB_AT (within 300 characters) that
        is no place, person, day or event: a public body's name (PUBLIC: one holding a public body's word or
        "for", "Centers for Disease Control"), else a firm's or club's (no public body's word)."""
        lo = max(self._sentence_end - len(self._sentence_text), verb_at - 300)
        for m in _BODY_NAME_RUN.finditer(self.text, lo, verb_at):
            words = m.group().split()
            while words and (words[0].lower() in NOT_SUBJECTS or words[0].lower() in ("a", "an")):
                words = words[1:]
            if len(words) > 1 and _POSSESSIVE.search(words[0]) and lookup(_unpossessive(words[0])) is not None:
                words = words[1:]  # "Nigeria's Dangote refinery": the body the place's possessive opens
            cut = next((k for k, w in enumerate(words) if any(c.isdigit() for c in w)
                        or _POSSESSIVE.search(w) or w.endswith(("'", "’"))), None)
            if cut is not None:  # "Solara Cruises’ Aurora Pacifica": the owner; "Airbus A330-900": the maker
                possessor = cut < len(words) and not any(c.isdigit() for c in words[cut])
                words = words[:cut] + ([_unpossessive(words[cut]).rstrip("'’")] if possessor else [])
            while words and words[-1].lower() in ("of", "for", "and", "the", "de"):
                words = words[:-1]
            if not words:
                continue
            name = " ".join(words).rstrip(".")
            low = [w.lower() for w in words]
            if lookup(name, allow_cities=True) is not None or (words[0] in first_names() and lookup(words[0]) is None) \
                    or name in self.people.values() \
                    or words[-1] in self.people or low[0] in _CALENDAR or words[-1] in EVENT_WORDS \
                    or low[0] in _titles() or (len(words) == 1 and self.text[max(0, m.start() - 2):m.start()] == ". "):
                continue
            before = self.text[max(lo, m.start() - 30):m.start()].rstrip()
            kind = before.rstrip(",").split()[-1:] if before.endswith(",") else []
            if kind and kind[0].lower() in PUBLIC_HEADS | NON_FIRM_HEADS and not public:
                continue  # "Peru’s environmental certification agency, Senace,": a public body, no company
            official = any(w in PUBLIC_HEADS or w in NON_FIRM_HEADS for w in low) or "for" in low[1:]
            if official == public:
                return self.org_alias.get(name.lower(), name)
        return None

    def _name_in_phrase(self, f: Mention) -> str | None:
        """A body's name right before the counted noun ("10,000 London Underground workers"): no place,
        people, force, model or person."""
        m = _NAME_BEFORE_NOUN.search(self.text, f.number.end, f.noun_end)
        if m is None or m.end() != f.noun_end:
            return None
        name = _unpossessive(m.group(1).strip())
        if name in _FIELD_LETTERS:
            return None  # "35 IT specialists": a field of work, no body
        if _a_place_name(name) or name in self.people.values() or name.lower() in _titles() or any(
                (p := lookup(w)) is not None and p.kind in ("country", "demonym", "nation", "force") for w in name.split()):
            # ("350 Canadian Armed Forces members": the country's, as its word says)
            return None
        return self.org_alias.get(name.lower(), name)

    def _home_country(self) -> str | None:
        """The country the story names most (nations count for their country)."""
        counts: dict[str, float] = {}
        for kinds in (("country", "nation", "capital", "demonym", "region"), ("city",)):
            # towns share names across countries ("Langford"): they count only where no country is named, or
            # half as much where a town is named again and again ("Lyon" five times outweighs "England" once)
            for e in (e for ents in self.sentence_entities for e in ents):
                p = e.place
                if p is None and e.org and "city" not in kinds:
                    p = lookup(e.org.split()[0])  # "Australian Workers' Union", "Irish Nurses and Midwives Organisation"
                if p is not None and p.kind in kinds and p.country:
                    counts[p.country] = counts.get(p.country, 0) + 1
                elif p is not None and p.kind == "city" and p.country and "city" not in kinds:
                    counts[p.country] = counts.get(p.country, 0) + 0.5
            if "city" not in kinds:
                # a town the story names again and again, wherever it stands ("Lyon's city council", "Lyon
                # will ..."), counts each time: one pass over the words, for the towns found as places
                towns = {e.place.name: e.place.country for ents in self.sentence_entities for e in ents
                         if e.place is not None and e.place.kind == "city" and e.place.country and " " not in e.place.name}
                if towns:
                    words = Counter(_unpossessive(w) for w in _CAPITALISED.findall(self.text))
                    for town, country in towns.items():
                        counts[country] = counts.get(country, 0) + 0.5 * max(0, words[town] - 1)
            if counts and max(counts.values()) >= 1:
                break
        return max(counts, key=lambda c: (counts[c], -list(counts).index(c))) if counts else None

    def _with_org_aliases(self, sent: Sentence, ents: list[Entity]) -> list[Entity]:
        """ "Halden" after "Halden Foods", and "the company" / "its" for the last body named."""
        lower = sent.text.lower()
        if len(self.org_alias) <= 64 and not any(map(lower.__contains__, self.org_alias)) \
                and not (self.last_org and ("the " in lower)):
            return sorted(ents, key=_START)  # no alias and no "the ...": nothing to add (a cheap test
            # while the story has named few bodies; past that, the scan below, linear in the sentence, decides)
        out = list(ents)
        taken = ents if len(ents) < 200 else []  # no alias is read inside these entities' words (tested where a name is found)
        for m in _CAPITALISED.finditer(sent.text):
            name = self.org_alias.get(m.group().lower().removesuffix("'s").removesuffix("’s"))
            if not name:
                continue  # (most capitalised words name no body the story aliased)
            a, b = sent.start + m.start(), sent.start + m.end()
            if name and " " in name and _GOVERNS_NEXT.match(sent.text, m.end()):
                continue  # "The Victorian government" after "Victorian Farmers Federation": the place's own body
            guessed = next((e for e in taken if e.start == a and e.end == b and e.place is not None
                            and e.place.kind == "place" and e.place.country is None), None) if name else None
            after = _LOWER_WORD.match(sent.text, m.end() + 1) if guessed is not None else None
            if guessed is not None and " " in name and name.split()[0] == guessed.surface \
                    and not any(w.lower() in NON_FIRM_HEADS for w in name.split()) and not (after and (after.group() in PLACE_NOUNS or after.group() in _SITE_NOUNS)):
                # "as many as 1,100 jobs could go at Nordvik" after "Nordvik Air": the firm's short name, not a
                # place the gazetteer lacks read from the preposition before it (a body named for its ground keeps
                # it: "the Guadalquivir Hydrographic Confederation" ... "in the Guadalquivir basin")
                out.remove(guessed)
                taken = [e for e in taken if e is not guessed]
            if name and not any(e.start <= a < e.end for e in taken):
                prev = _LOWER_WORD.findall(self.text[max(0, a - 12):a].lower())
                out.append(Entity(a, b, m.group(), None, prev[-1] if prev else "", org=name))
        if self.last_org:
            for m in _THE_BODY.finditer(sent.text):
                a = sent.start + m.start()
                if not any(e.start <= a < e.end for e in taken):
                    # "the council": the council the story named, else the last body named
                    head = m.group(1).lower()
                    named = next(self.org_alias.first_named_with(head), None)
                    if named is None and (head in FIRM_HEADS or head == "club"):
                        # "the club": the club the story introduced so ("Ligue 2 club FC Arverne"), else the
                        # firm or club named last
                        named = self._introduced_as(head) or (self._last_club() if head == "club" else None) or self._last_firm()
                        if named and head in FIRM_HEADS:
                            named = self._lead_firm_over(named, sent)
                    if named or head in GENERIC_FALLBACK:
                        # (with the word before it: "would give the group $12 million" is a gift to it, not its money)
                        prev = _LOWER_WORD.findall(self.text[max(sent.start, a - 12):a].lower())
                        out.append(Entity(a, sent.start + m.end(), m.group(), None,
                                          prev[-1] if prev and prev[-1] in GIVING else "", org=named or self.last_org))
        return sorted(out, key=_START)

    def _lead_firm_over(self, named: str, sent: Sentence) -> str:
        """The firm a firm's word ("the chain", "the group") stands for, NAMED by the story's latest naming: the firm the
        story opened with instead, where NAMED is named neither in this paragraph nor in the one before ("The chain
        added 23 stores" after "Harland's, Britain's third-largest supermarket chain, said" and, paragraphs earlier,
        "while the discount chain Brisco gained"). Read in those two paragraphs only."""
        lead = self._lead_firm
        if lead is None or named == lead or any(w.lower() in NON_FIRM_HEADS for w in lead.split()) \
                or self._called_no_firm(lead) or self._called_a_union(lead):
            return named
        since = self.paras[sent.paragraph - 1].start if sent.paragraph > 0 else sent.start
        return named if self.text.find(named, since, sent.start) >= 0 else lead

    def _role_before(self, name: str) -> bool:
        """Whether the sentence before the one being read names NAME right after a person's role or title
        ("Deputy governor Folasade Adebayo-Nwosu told reporters"), or with one in an aside after it: a person,
        whatever the given name."""
        if name in self._roles_before:  # (read once a sentence for each name: a long sentence is not read again)
            return self._roles_before[name]
        text = self.prev_sentence_text
        at = text.find(name) if 2 <= len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split()) else -1
        before = text[max(0, at - 30):at].split() if at > 0 else []
        found = bool(before) and (before[-1].lower() in PERSON_ROLES or before[-1].lower().rstrip(".") in _titles())
        if not found and at >= 0 and text.startswith(", ", at + len(name)):
            # "But Alasdair Munro, the SNP's defence spokesperson at Westminster, said": the role in the aside after
            # the name (up to the aside's comma, a few words)
            aside = text[at + len(name) + 2:at + len(name) + 72].split(",")[0].split()
            found = len(aside) <= 8 and any(w.lower().strip("'’") in PERSON_ROLES for w in aside)
        self._roles_before[name] = found
        return found

    def _low_text(self) -> str:
        """The article's text in lower case, made once."""
        if getattr(self, "_low", None) is None:
            self._low = self.text.lower()
        return self._low

    def _known_org_with(self, head: str) -> str | None:
        """A body of organisations.toml named in this sentence or before whose full name holds HEAD
        ("fund" -> the IMF, "bank" -> the ECB), as news names it."""
        fulls = _org_full_names()
        named = [e.place.name for e in self._sentence_ents if e.place is not None and e.place.kind == "org"]
        named += [n for n in self.place_counts if n in fulls]
        for name in reversed(named):
            if any(head in full.lower().split() for full in fulls.get(name, ())):
                return name
        return None

    def _saw_org(self, org: str) -> None:
        if org in self._orgs_seen:
            # named again: moved to the end. Only the last _RECENT_BODIES are ever read, so it is looked for among
            # them (an older copy stays where no reading reaches it): a story naming thousands of bodies stays linear
            tail = self.recent_orgs
            for k in range(len(tail) - 1, max(-1, len(tail) - 1 - _RECENT_BODIES), -1):
                if tail[k] == org:
                    del tail[k]
                    break
        self._orgs_seen.add(org)
        self.recent_orgs.append(org)

    def _own_firm_for(self, firm: str | None) -> str | None:
        """FIRM, the last body named, unless the story first named it after its trade ("the discount chain
        Brisco", "the market research firm Pellam Retail Insight", "who joined from the drinks group Tallis") and
        names it neither in this paragraph nor in the sentence before: then "the company", "the group" or "it" is the
        firm the story's first paragraph opens with, not another it brought in by its trade."""
        own = self._own_firm
        if firm is None or own is None or firm == own or self._sentence is None:
            return firm
        if firm not in self._by_trade:
            at = self.text.find(firm)
            before = self.text[max(0, at - 30):at].split() if at > 0 else []
            self._by_trade[firm] = bool(before) and before[-1] in _TRADES and before[-1].islower()
        if not self._by_trade[firm]:
            return firm
        para = self.paras[self._sentence.paragraph]
        if firm in self.text[para.start:self._sentence.end] or firm in self.prev_sentence_text:
            return firm  # "Brisco said ... the company said": the firm just named
        return own

    def _last_firm(self) -> str | None:
        """The last body named that may be a firm (not a union, party or ministry)."""
        # (among the last bodies named: a story naming thousands of bodies that are no firms stays linear)
        return next((o for o in reversed(self.recent_orgs[-_RECENT_BODIES:])
                     if not any(w.lower() in NON_FIRM_HEADS for w in o.split()) and not self._called_a_union(o)
                     and not self._called_no_firm(o)), None)

    def _counts_its_members(self, f: Mention, sent: Sentence) -> str | None:
        """The body that tells of its own members right before the count: "Castlebridge City Supporters' Trust,
        which says it now has 6,400 members", "the Kingsmere Supporters' Trust says hundreds of members have
        cancelled" (a body by a name the story gave it or one ending in a body's word; not "members of a gang")."""
        said = _BODY_TELLS_MEMBERS.search(self.text, max(sent.start, f.start - 120), f.start)
        if said is None or _OF_AFTER.match(self.text, f.noun_end):
            return None
        name = _THE_OPENING.sub("", said.group("name"))
        if not name or name.lower() not in self.org_alias and name.split()[-1].lower() not in _BODY_HEADS \
                and name.split()[-1] not in _org_words_cased():
            return None
        if lookup(name) is not None or name.split()[0] in first_names() or name in self.people.values():
            return None
        return self.org_alias.get(name.lower(), name)

    def _facility_runner(self, head: str) -> str | None:
        """The body that runs the facility a story calls by its noun ("the plant", "the refinery"): the body
        named with that word ("Dangote refinery"), else the last firm named (the carmaker whose plant it is)."""
        return self.org_alias.named_with(head) or self._last_firm()

    def _last_club(self) -> str | None:
        """The last body named whose name is a club's ("Kingsmere Athletic", "FC Arverne"): "the club" is it, not the
        firm that owns it named since."""
        for o in reversed(self.recent_orgs[-_RECENT_BODIES:]):  # (the last bodies named: linear time)
            full = self.org_alias.get(o.lower(), o)  # ("City raised the price": Harbourne City)
            words = full.split()
            if words[-1] in _CLUB_SHORT_NAMES or words[-1] in _CLUB_ENDS or any(w in _CLUB_MARKS for w in words):
                return full
        return None

    def _called_no_firm(self, org: str) -> bool:
        """Whether the story calls ORG, in an aside after its name, a body that is no firm ("Swissmedic, the Swiss
        regulator,", "Ofwat, the water watchdog,"): "the company" later is not it. Found in one pass over the text."""
        if self._non_firms is None:
            self._non_firms = {_THE_OPENING.sub("", m.group(1)) for m in _APPOSED_NON_FIRM.finditer(self.text)} \
                if ", the " in self.text or ", a" in self.text else set()  # ("The Observatorio ..., a water-rights group,")
        return org in self._non_firms

    def _introduced_as(self, head: str) -> str | None:
        """The body the story introduced with HEAD before its name ("the national search and rescue agency
        Basarnas"): "the agency" later is that body."""
        return self._introductions().get(head)

    def _introductions(self) -> dict[str, str]:
        """Each kind the story introduced a body with, and that body, found in one pass over the text."""
        if self._introduced is None:
            self._introduced = {}
            for m in _KIND_BEFORE_NAME.finditer(self.text) if _KIND_THEN_NAME.search(self.text) else ():
                name = _unpossessive(m.group("name").split(". ")[0].rstrip("."))  # not "FC Arverne. Halden": a sentence ends
                if lookup(name) is None and name.split()[0] not in first_names() and name.split()[0].lower() not in _CALENDAR:
                    self._introduced[m.group("head").lower()] = self.org_alias.get(name.lower(), name)
            for m in _INITIALS_THEN_KIND.finditer(self.text) if "the " in self.text else ():
                # "partial results from the ONPE electoral office": the body its initials name, where the gazetteer
                # knows no body by them ("the UN refugee agency" is the UN's)
                if lookup(m.group("name")) is None:
                    self._introduced.setdefault(m.group("head").lower(), self.org_alias.get(m.group("name").lower(), m.group("name")))
            for m in _names_then_kinds(self.text) if ", the " in self.text else ():
                # "Pellow & Dunn, the kitchenware chain, said": the name before its kind, where none came before
                name = m.group("name")
                if lookup(name) is None and name.split()[0] not in first_names() and name.split()[0].lower() not in _CALENDAR \
                        and (name.lower() in self.org_alias or len(name.split()) > 1):
                    self._introduced.setdefault(m.group("head").lower(), self.org_alias.get(name.lower(), name))
        return self._introduced

    def _runner_before(self, pos: int, head: str) -> str | None:
        """The body the story last said runs (HEAD "operator") or owns ("owner") a thing before POS: "the Ostrava
        Star, operated by the Tallinn-based line Baltline," makes Baltline "the operator". Found once a story."""
        if self._runners is None:
            self._runners = []
            for m in _RUNS_IT.finditer(self.text) if " by " in self.text else ():
                name = _unpossessive(m.group("name"))
                if ((looked := lookup(name)) is None or looked.kind == "org") and name.split()[0] not in first_names() \
                        and name.split()[0].lower() not in NOT_SUBJECTS and name not in self.people.values():
                    self._runners.append((m.start(), _RUNNER_HEADS[m.group("verb")], self.org_alias.get(name.lower(), name)))
        k = bisect_left(self._runners, (pos,))
        return next((name for _, kind, name in reversed(self._runners[max(0, k - 4):k]) if kind == head), None)

    def _country_body_at(self, country: str | None, pos: int) -> str | None:
        """The body the story named with COUNTRY's adjective that the words at POS name again: "Sweden's coastguard"
        or "Finland's Border Guard" after "the Swedish Coast Guard" and "the Finnish Border Guard" ("coastguard" is
        "Coast Guard" written as one word)."""
        words = _THREE_WORDS.match(self.text, pos)
        return self._country_body(country, [w for w in words.groups() if w]) if words is not None else None

    def _country_body(self, country: str | None, words: list[str]) -> str | None:
        """_country_body_at, of the words after the possessive."""
        if country is None:
            return None
        for n in range(min(3, len(words)), 0, -1):
            said = [w.lower() for w in words[:n]]
            # the name with the adjective ("Naval Home Guard" of "the Danish Naval Home Guard"), or a short name the
            # story gave the body ("coastguard"); among the few latest bodies so named
            named = [o for o in itertools.islice(self.org_alias.ending_with(said[-1]), 8)
                     if [w.lower() for w in o.split()[1:]] == said]
            for body in named + [self.org_alias.get(" ".join(said)), self.org_alias.get("".join(said))]:
                if body and len(body.split()) > 1 and (adj := lookup(body.split()[0])) is not None \
                        and adj.kind == "demonym" and adj.country == country \
                        and not any(w.lower() in _MILITARY_HEADS - {"guard", "guards"} for w in body.split()):
                    return body  # (a country's armed forces act for it: "350 Canadian Armed Forces members" are Canada's)
        return None

    def _area_named_before(self, pos: int, kind: str) -> Place | None:
        """The latest place the story itself calls a city, town, district or county before POS, by a council
        named for it ("Kereru Valley District Council", "Kelso Falls city council") or by "the town of X".
        Found once a story."""
        if self._areas is None:
            self._areas = []
            for m in _AREA_DEFINED.finditer(self.text) if ("ouncil" in self.text or " of " in self.text) else ():
                name = m.group("name") or m.group("name2") or m.group("name3")
                word = (m.group("kind") or m.group("kind2") or m.group("kind3")).lower()
                if name.split()[0].lower() in NOT_SUBJECTS or name.split()[0] in first_names() or (
                        (known := lookup(name, allow_cities=True)) is not None and known.kind in ("country", "org", "force")):
                    continue
                self._areas.append((m.start(), _AREA_WORD_KIND.get(word, word), name))
        k = bisect_left(self._areas, (pos,))
        name = next((n for _, w, n in reversed(self._areas[max(0, k - 4):k]) if w == kind), None)
        if name is None:
            return None
        return lookup(name, allow_cities=True) or Place(name, _AREA_KINDS["the " + kind], None)

    def _firm_introduced_here(self) -> str | None:
        """The last firm this sentence names after its kind ("the state operator Railco"), if any."""
        here = [(at, name) for head, name in self._introductions().items()
                if head in FIRM_HEADS and (at := self._sentence_text.find(name)) >= 0]
        return max(here)[1] if here else None

    def _called_a_union(self, org: str) -> bool:
        """Whether the story calls ORG a union ("the USTC cabin crew union"): the names before "union",
        found in one pass over the text."""
        if self._unions is None:
            self._unions = set()
            for m in _NAMED_UNION.finditer(self.text) if "union" in self.text else ():  # (no match without the word)
                words = m.group(1).split()
                self._unions.update(" ".join(words[k:]) for k in range(len(words)))  # "the X Y union": "X Y", "Y"
            for m in _APPOSED_UNION.finditer(self.text) if "union" in self.text else ():
                self._unions.add(m.group(1))  # "Flyforbundet, the union representing cabin crew"
        return org in self._unions

    def _rival_estimate_places(self, ms: list[Mention]) -> None:
        """ "... said some 2,400 people had been displaced in the county, but the Red Cross put the number at between
        3,000 and 3,500", "Police put the crowd at 24,000, while organisers said more than 100,000 people joined the march
        through central Madrid": a rival estimate of the same count, which names no place, is where the count it
        restates is (the other figure of its kind the sentence places)."""
        if len(ms) < 2:
            return
        for f in ms:
            if f.location is not None or not _PUT_AT.search(self.text, max(0, f.start - 60), f.start):
                continue
            other = [m for m in ms if m is not f and m.location is not None and m.category == f.category]
            if len(other) == 1:
                f.location = other[0].location

    def _shared_owner(self, ms: list[Mention], ents: list[Entity]) -> None:
        """ "the agency had 386 firefighters, supported by 23 helicopters and nine air tankers": forces and
        kit listed after an owned one, in the same clause with no other owner named between, are its owner's."""
        for prev, f in zip(ms, ms[1:]):
            if f.actor is None and prev.actor and f.category in _FORCE_KIT and prev.category in _FORCE_KIT \
                    and f.start - prev.end < 80 and not _LIST_BREAK.search(self.text, prev.end, f.start) \
                    and not any(prev.end <= e.start < f.start and (e.org or e.place is not None) for e in ents):
                f.actor = prev.actor  # (a back-reference between, "sent to the province, along with", names no owner)

    def _document_owner(self, words: list[str], sent: Sentence, at: int) -> tuple[list[str] | None, str | None]:
        """ "Eurostat's figures", "the ministry's own data", "the city's own figures": the words naming the
        body whose document it is, and the place a back-reference among them stands for."""
        for k, w in enumerate(words[:5]):
            rest = [x for x in words[k + 1:k + 4]]
            # "Eurostat's figures", "the ministry's own data", "the ministry's weekly bulletin"
            doc = next((n for n, x in enumerate(rest) if x.lower() in DOCUMENT_NOUNS), None)
            if w.endswith(("'s", "’s")) and doc is not None and all(x.islower() for x in rest[:doc]):
                owner = words[:k] + [_unpossessive(w)]
                key = " ".join(owner)
                ref = next((r for r in backrefs() if r.lower() == key.lower()), None)
                if ref is not None:
                    place = self._resolve_backref(Entity(at, at, ref, None, ""), self.paras[sent.paragraph])
                    if place is not None and place.kind not in ("org", "force"):
                        return owner, _place_name(Entity(at, at, ref, place, ""))
                return owner, None
        return None, None

    def _backref_owner(self, before: list[Entity], sent: Sentence, f: Mention) -> str | None:
        """ "The state will spend A$260 million", "the country's $2 billion": a back-reference that opens
        the sentence as its subject, or owns the figure, is the country or state the story just named."""
        for e in before:
            if e.place is not None or e.org or e.surface not in backrefs() or str(backrefs()[e.surface]).startswith("site:"):
                continue
            owned = self.text[e.end - 2:e.end] in ("'s", "’s")
            opens = (not e.prep and e.start - sent.start <= 1 or _TIME_OPENER.fullmatch(self.text, sent.start, e.start)
                     or (e.prep in DIRECT_SPEECH or e.prep == "that") and e.start < f.start
                     # "..., after the country raised fuel prices by up to 15%", "and the province aims to have 90%
                     # of them wait": the subject of a later clause, its verb right after it, the figure in that clause
                     or e.prep in _CLAUSE_JOINERS and e.start < f.start <= e.end + 200  # (a bounded window)
                     and _BACKREF_ACTS.match(self.text, e.end) is not None
                     and not _CLAUSE_BREAK.search(self.text, e.end, f.start)) \
                and not owned and self.text[e.end:e.end + 1] != ","  # "She said the state had issued 4,700 ..."
            owns = owned and (f.start - e.end <= 1 or (e.start - sent.start <= 1 and f.category in ("money", "percent"))
                              or _POSSESSED_OF.fullmatch(self.text, e.end, f.start) is not None
                              or _POSSESSED_MOVED.fullmatch(self.text, e.end, f.start) is not None)
            # "the state's A$700 million bill"; "The city's operating spending will rise by 3.2%": the subject's owner
            if not (opens or owns):
                continue
            para = self.paras[sent.paragraph]
            body = _AREA_GOVERNMENT.match(self.text, e.end) if e.surface in _AREA_KINDS and not owned else None
            if body:
                # "In Wajir, the county government said it was spending ...", "The county government is trucking water
                # to 60 settlements across Wajir": the body of the town or county the sentence names, else of the one
                # "the county" stands for, as news names it ("Wajir county government")
                here = [x for x in self._sentence_ents if x.place is not None and x.place.kind in ("city", "region", "place")
                        and x.prep != "to" and not x.surface.endswith(("'s", "’s"))]
                area = min(here, key=lambda x: abs(x.start - e.start)).place if here else self._resolve_backref(e, para)
                if area is not None and area.kind in ("city", "capital", "region", "place"):
                    return f"{area.name} {e.surface[4:]} {body.group(1)}"
            place = self._resolve_backref(e, para)
            if place is not None and (place.kind in ("country", "nation", "state", "region") or (
                    place.kind in ("city", "capital") and f.category in ("money", "percent", "personnel"))):
                # "The city's operating spending", "The city employs 8,050 people": its council's (not "the
                # city's 16,000 tourist flats", which are no one's)
                return _place_name(Entity(e.start, e.end, e.surface, place, ""))
        return None

    def _its_force(self, si: int, sent: Sentence, ents: list[Entity]) -> list[Entity]:
        """ "China condemned the drill. Its Eastern Theater Command said ...": a body the sentence opens
        with "Its" or "Their" after a sentence whose last name is a country is that country's force."""
        opening = _OPENING_POSSESSIVE.match(sent.text)
        if opening is None:
            return ents
        if ents and ents[0].start - sent.start <= opening.end() and (ents[0].place is None or ents[0].place.kind == "org"):
            first, rest = ents[0], ents[1:]
        else:
            head = _MILITARY_NAME.match(sent.text, opening.end())
            if head is None or head.group(1).split()[-1].lower() not in _MILITARY_HEADS:
                return ents
            # "Its Air Self-Defense Force", "Its navy": an armed body the gazetteer does not know
            first = Entity(sent.start + head.start(1), sent.start + head.end(1), head.group(1), None, "", org=head.group(1))
            rest = ents
        for prev in reversed(self.sentence_entities[max(0, si - 2):si]):
            named = [e for e in prev if e.place is not None or e.org]
            if named:
                last = named[-1].place
                if last is None or last.kind not in ("country", "demonym", "nation") or not last.country:
                    return ents  # "Toyota ... Its board": the firm's, as before
                country = _place_name(Entity(0, 0, "", last, ""))
                return [Entity(first.start, first.end, first.surface, Place(country, "force", country), first.prep)] + rest
        return ents

    def _remember_places(self, pi: int, ents: list[Entity]) -> None:
        placed = [e for e in ents if e.place is not None]
        self.para_places.setdefault(pi, []).extend(placed)
        for a, b in zip(placed, placed[1:]):
            # "floods across Kenya and Somalia", "villages in Isabela and neighbouring Cagayan province": two
            # places joined, what "the two countries" or "the two provinces" may mean later
            assert a.place is not None and b.place is not None  # (placed)
            kinds = {a.place.kind, b.place.kind}
            group = "country" if kinds <= {"country", "nation"} else "part" if kinds <= _PAIR_PARTS else None
            if group and b.start - a.end <= 30 and not a.surface.endswith(("'s", "’s")) \
                    and _JOINED.fullmatch(self.text, a.end, b.start) and a.place.name != b.place.name:
                self._latest_pair[group] = (a, b)
        for e in placed:
            assert e.place is not None  # (placed)
            for w in e.place.name.split()[:4]:
                self._latest_named[w] = e  # "Mount Loleba" under "Mount": what "the volcano" may mean later
            part = _PART_NOUN_AFTER.match(self.text, e.end) if e.place.kind not in ("country", "nation", "demonym") else None
            if part:
                self._latest_part[part.group(1)] = e  # "Indonesia's West Sumatra province": what "the province" means
            if part or (e.place.kind in ("region", "state") and e.place.country):
                self._latest_region = e
            if e.place.kind == "capital" and not e.surface.endswith(("'s", "’s")):
                self._latest_capital = e
            site = _SITE_BEFORE.search(self.text, max(0, e.start - 80), e.start) if e.place.kind not in (
                "country", "nation", "demonym", "org", "force") \
                and may_end_with(self.text, max(0, e.start - 80), e.start, _SITE_BEFORE_LAST) else None
            if site:
                self._latest_site[site.group(1).lower()] = e  # "the port of Goole", "its plant in Ramos Arizpe"
            n = self.place_counts[e.place.name] = self.place_counts.get(e.place.name, 0) + 1
            if e.place.kind in ("city", "capital") and n > self.top_city[1]:
                self.top_city = (e.place.name, n)  # the town the story has named most so far

    # -- actor ---------------------------------------------------------------------------------

    def _a_market_s(self, f: Mention, sent: Sentence) -> bool:
        """Whether the figure's clause opens with a market ("Dutch TTF gas futures rose 6.2%"), not a
        country's own index ("Japan's Nikkei 225 fell") or a firm a relative clause names ("..., whose shares")."""
        lo = _clause_around(self._place_candidates_breaks(sent), sent, f.start)[0]
        if f.start - lo > 200:
            return False  # the subject is near the figure: constant work each
        market = _MARKET_SUBJECT.match(self.text, lo, f.start)
        if market is None or _RELATIVE.search(self.text, market.end(), f.start) \
                or _NAMED_CAUSE.search(self.text, market.end(), f.start) \
                or _ANOTHER_SUBJECT.search(self.text, market.end(), f.start):
            return False  # (not "... fell 1.8% after Toyota cut its forecast to ¥3.8 trillion": Toyota's)
        owners = (lookup(_unpossessive(w)) for w in market.group("pre").split() if _POSSESSIVE.search(w))
        return not any(p is not None and p.kind == "country" for p in owners)

    def _actor(self, f: Mention, ents: list[Entity], sent: Sentence) -> str | None:
        if f.unit == "seats" and _OF_THE_BEFORE.search(self.text, max(sent.start, f.start - 12), f.start) \
                and (chamber := _SEATS_IN.match(self.text, f.noun_end)) and not chamber.group(1).islower():
            # "won 41 of the 90 seats in Slovenia's National Assembly": the 90 are the chamber's (the 41 the
            # party's); a chamber named, not "the legislature"
            return chamber.group(1)
        if f.category == "percent" and (share := _SHARE_OF_PLACE_S.search(self.text, max(sent.start, f.start - 90), f.start)) \
                and not _CLAUSE_BREAK.search(self.text, share.end(), f.start) \
                and (place := lookup(share.group("name"))) is not None and place.kind in _SHARE_OWNER_KINDS:
            # "The share of Punjab's wheat crop harvested by machines rose from 40 to 55 percent", "Coal's share of
            # Poland's electricity generation fell from 61 to 54 percent": a share of a place's whole is that place's,
            # the state or region as named (not its country, nor the part the share measures)
            return _owner_name(Entity(0, 0, share.group("name"), place, "")) if place.kind == "country" else place.name
        if f.category in ("percent", "other") and (whole := _OF_NAME_S_AFTER.match(self.text, f.number.end, min(sent.end, f.number.end + 90))) \
                and (name := whole.group("name")).split()[0] not in first_names() and name.split()[0].lower() not in _NOT_A_NAME \
                and name.split()[0].lower() not in _CALENDAR and name not in self.people.values() and not self._a_persons_surname(name) \
                and ((place := lookup(name)) is None and " " in name or place is not None and place.kind in _SHARE_OWNER_KINDS | {"org"}) \
                and not any(e.start - sent.start <= 4 and e.end <= f.start and not e.surface.startswith(("The ", "the "))
                            for e in _near(ents, f.start)) \
                and not (_NAME_ASIDE_OPENS.match(sent.text) and not _SAID_WORD.search(self.text, max(sent.start, f.start - 300), f.start)):
            # "Only 71.2% of Northline Rail's trains arrived on time", "about 12% of Spain's economic output", "as many
            # as 1,100 of England's 20,000 state schools": a part of a named body's or place's whole is that owner's
            # (a country by its name in the news, a region as named); not the share a named subject holds ("San
            # Antonio ... handles roughly 40% of Chile's container traffic")
            if place is None:
                return self.org_alias.get(name.lower(), name)
            return _owner_name(Entity(0, 0, name, place, "")) if place.kind in ("country", "org") else place.name
        if f.unit is not None and f.unit in _CLIENT_NOUNS and (served := next((e.org for e in ents if e.org and e.end + 1 + len(f.unit) == f.noun_end
                                                         and self.text[e.end:e.end + 1] == " "), None)):
            return served  # "Tens of thousands of National Grid customers": the firm's customers
        if f.unit == "members" and f.category == "people" and (counter := self._counts_its_members(f, sent)):
            return counter  # "Castlebridge City Supporters' Trust, which says it now has 6,400 members": the trust's
        if (f.category == "people" and not (f.kind == "threshold" and _RULE_WORD_BEFORE.search(self.text, max(sent.start, f.start - 60), f.start))
                and not _ITS_BEFORE_NUMBER.search(self.text, max(sent.start, f.number.start - 12), f.number.start)
                and not _OF_ITS_AFTER.match(self.text, f.number.end)) \
                or (f.category == "casualties" and not f.personnel_unit) or f.unit in OWNERLESS_UNITS or (
                f.unit in AREA_UNITS and (_DESTROYED.search(sent.text) or not _HELD_AREA.search(
                    self.text, max(sent.start, f.start - 80), min(sent.end, f.noun_end + 60)))):
            return None  # people counted in general, cases of a disease, rainfall, points and an area burned or measured have no owner
        if f.unit == "seats" or f.category == "other":
            if _UNNAMED_WINNERS_TOOK.search(self.text, max(sent.start, f.start - 60), f.start) \
                    or _GOING_TO_UNNAMED.match(self.text, f.number.end, min(sent.end, f.number.end + 60)):
                # "independents took the remaining two", "with the remaining 10 going to smaller parties": seats
                # of no named party
                return None
        if f.item_price:
            return None  # "tickets cost €189": a price, no one's money
        if f.category == "money" and (payer := _AGREED_TO_PAY.search(self.text, max(sent.start, f.start - 90), f.start)) is not None \
                and (name := payer.group("name")).split()[0] not in _NOT_A_NAME and name not in self.people.values() \
                and not self._a_persons_name(name) and (name in self.org_alias.bodies or name.split()[0] not in first_names()
                                                        or (" " in name and lookup(name.split()[0]) is not None)):
            # "Paris Saint-Germain have agreed to pay up to 90 million euros", "Real Betis said that Brighton had agreed
            # to pay €35 million plus up to €5 million": the payer the agreement names, a club named for its town too
            known = lookup(name)
            if known is not None and known.kind in ("country", "nation", "demonym"):
                return _owner_name(Entity(0, 0, name, known, ""))
            return self.org_alias.get(name.lower(), name)
        if f.category == "money" and self.text.find(" to ", max(sent.start, f.start - 150), f.start) >= 0 \
                and (sale := _SOLD_TO_FOR.search(self.text, max(sent.start, f.start - 150), f.start)) is not None \
                and not _CLAUSE_BREAK.search(self.text, sale.end(), f.start) and ";" not in self.text[sale.end():f.start] \
                and (buyer := sale.group("name")).split()[0] not in first_names() \
                and (buyer not in self.people.values() or len(buyer.split()) > 1) \
                and ((known := lookup(buyer)) is None or known.kind in ("org", "country")):
            # "Benfica have agreed to sell midfielder João Varela to Aston Villa for €62m plus up to €8m in add-ons": the
            # price of a sale is the named buyer's money, the side that pays it (a name of two words that opens with
            # no given name is a body's, though a person's name finder took it: "Aston Villa")
            return self.org_alias.get(buyer.lower(), _owner_name(Entity(0, 0, buyer, known, "")) if known else buyer)
        if f.category == "money" and f.source and f.source[:1].isupper() \
                and _PRIZE_MONEY.search(self.text, max(sent.start, f.start - 150), min(sent.end, f.end + 150)) \
                and not self._according_in(sent) and f.source not in self.people.values() \
                and (f.source in self.org_alias.bodies or f.source.split()[0] not in first_names()
                     or (" " in f.source and lookup(f.source.split()[0]) is not None)) \
                and ((known := lookup(f.source)) is None or known.kind == "org"):
            # "Organisers of the Riga Chess Classic said they had raised the prize fund by $150,000 to $1.2 million",
            # "scooped the £4.2m Lotto jackpot, operator Allwyn said": an event's or a draw's prize money is the
            # body's that runs it and tells of it (not a winner's, nor the host town's country's, nor an observer's
            # "according to")
            return self.org_alias.get(f.source.lower(), f.source)
        if f.category in ("money", "other", "personnel") and self.text.find("pprov", max(sent.start, f.start - 220), f.start) >= 0 \
                and (approved := _APPROVED_FIRMS_PROJECT.search(self.text, max(sent.start, f.start - 220), f.start)) is not None \
                and (developer := self._possessor_body(approved.group("name"))) is not None \
                and not any(e.org and approved.end() <= e.start < f.start for e in _near(ents, f.start)):
            # "The New South Wales government approved developer SunWest's 400-megawatt solar farm near Dubbo, an A$620
            # million project": the project an approver clears is its developer's, and so are its cost, land and jobs
            return developer
        if f.category in ("percent", "money") and (moved := _GENERAL_MEASURE_MOVED.search(
                self.text, max(sent.start, f.start - 130), f.start)) is not None \
                and not _CLAUSE_BREAK.search(self.text, moved.end("head"), f.start) \
                and not _OWNED_BEFORE.search(self.text, max(sent.start, moved.start("head") - 40), moved.start("head")) \
                and not any(e.start >= moved.start("head") - 40 and e.end <= f.start and (e.org or (
                    e.place is not None and e.place.kind in ("country", "nation", "demonym", "org", "force"))) for e in _near(ents, f.start)):
            # "rents that had risen by 14%", "demand for adult social care had risen by 23%", "Premiums for homes in
            # flood zones could rise by as much as 30%": a market's or a place's measure moved, no one's (not "its
            # rents", "the council's prices", nor a country's or a body's named with it: "inflation in the UK",
            # "French wheat output"; output and production are a producer's own)
            return None
        if f.category in ("money", "personnel", "other", "vehicles", "vessels", "aircraft", "weapons") \
                and (did := _NAME_DID_IT.match(self.text, f.noun_end, min(sent.end, f.noun_end + 60))) \
                and (body := self.org_alias.get(did.group("name").lower())) and body not in self.people.values():
            return body  # "on top of the 1,500 jobs Rheinfeld shed in 2023", "the £62m Harrowgate paid": the body, by any
            # name the story gave it, whose act the clause after the counted thing says it was
        if f.category not in ("people", "casualties") and (
                by := _DONE_BY.match(self.text, f.noun_end, min(sent.end, f.noun_end + 70))
                or ((noun := _SHORT_NOUN_AFTER.match(self.text, f.noun_end, min(sent.end, f.noun_end + 30))) is not None
                    and _DONE_BY_BARE.match(self.text, noun.end(), min(sent.end, noun.end() + 70)))):
            name = _unpossessive(by.group("name"))
            known = lookup(name)
            the_name = name if known is None and len(name.split()) > 2 and self.text.endswith("the ", 0, by.start("name")) else None
            body = self.org_alias.get(name.lower()) or (
                _owner_name(Entity(0, 0, name, known, "")) if known is not None and known.kind in ("org", "country", "force") else None) or (
                name if known is None and len(name.split()) > 1 and name.split()[0] not in first_names()
                and any(w.lower() in _org_words() for w in name.split()) else None) or the_name
            # (a name of three words or more after "by the" is a body's, whatever its last word and even where it opens
            # with a given name: "will be cut by the Franklin Valley School District"; no person is "the Franklin ...")
            if body and (body not in self.people.values() or body == the_name):
                return body  # "More than 12,000 places were offered by Dunmore University": the body that acts on them
        if f.category in ("money", "other", "percent") and _PUTS_AT.search(self.text, max(sent.start, f.start - 100), f.start) \
                and not _PUTS_ITS.search(self.text, max(sent.start, f.start - 60), f.start):
            # "The ministry put crop damage in the two provinces at 1.2 billion pesos", "puts the cost of rebuilding
            # the worst-hit homes at between": a body's estimate of a loss or a repair's cost, no one's (not "put its
            # own losses at")
            return None
        # (each match holds its verb: "pa" of "paid", "spen" of "spent", "pled" of "pledged" or "donat" of
        # "donated", else "cost"; a window holding none of them is passed at one look)
        if f.category == "money" and (group := (_GROUP_PAYS.search(self.text, max(sent.start, f.start - 80), f.start)
                                               if self.text.find("pa", max(sent.start, f.start - 80), f.start) >= 0
                                               or self.text.find("spen", max(sent.start, f.start - 80), f.start) >= 0
                                               or self.text.find("pled", max(sent.start, f.start - 80), f.start) >= 0
                                               or self.text.find("donat", max(sent.start, f.start - 80), f.start) >= 0 else None)
                                      or (_COST_TO_GROUP.search(self.text, max(sent.start, f.start - 80), f.start)
                                          if self.text.find("cost", max(sent.start, f.start - 80), f.start) >= 0 else None)):
            word = group.group("group") or group.group("one")
            if word.lower() not in _owned_words() and word.lower() not in _NOT_A_GROUP and (
                    word.islower() or (group.start() == sent.start and not any(
                        e.start == group.start() for e in ents) and word.lower() not in self.org_alias)):
                return None  # "Insurers have paid out NZ$1.1 billion", "would cost businesses £110 million": no one's
        if f.category == "money" and self.text.find("cost", max(sent.start, f.start - 60), f.start) >= 0 \
                and (payer := _COST_NAMED.search(self.text, max(sent.start, f.start - 60), f.start)) is not None:
            name = _unpossessive(payer.group("name"))
            known = lookup(name, allow_cities=True)
            if (known is None or known.kind == "org") and name.split()[0] not in first_names() \
                    and name.split()[0].lower() not in NOT_SUBJECTS and name not in self.people.values():
                return self.org_alias.get(name.lower(), name)  # "which cost Eumetsat about €650m to build": the payer's
        if f.category in ("money", "percent") and self._a_market_s(f, sent):
            return None  # "Benchmark copper prices rose 1.2%", "while Brent crude rose 3%": a market's, no one's
        if f.start - sent.start <= 120 and _WHOLE_SECTOR_SUBJECT.match(self.text, sent.start, f.start):
            return None  # "The sector as a whole has lost about 10,000 jobs": a whole trade's, no one body's
        if f.category == "percent" and f.kind != "threshold" and f.number.low is None and f.number.high is None \
                and _FILL_LEVEL.match(self.text, f.end):
            # "reservoirs stood at 27% of capacity", "the fire was 15% contained": a level reached, no one's (not
            # a rule's bound: "a town whose reservoir holds less than 15% of capacity")
            return None
        if f.category in ("percent", "money", "other", "vessels") and f.start - sent.start <= 150 \
                and (measure := _MEASURE_OF_A_PLACE.match(self.text, sent.start, f.start)) \
                and _MEASURE_MOVES.search(self.text, measure.end(), f.start) \
                and not _OWN_WORDS.search(self.text, sent.start, f.noun_end) \
                and not any(e.org and not (e.place and e.place.kind not in ("org", "force"))
                            and sent.start <= e.start < f.start for e in ents):
            # "Average rents in Leeds reached £1,100 a month", "Traffic through the Kiel Canal fell 12%": a measure
            # of a place, no one's (not a firm's own sales, nor what a named body or "its" holds)
            return None
        if f.category == "percent" and _TURNOUT_SUBJECT.search(self.text, max(sent.start, f.start - 120), f.start):
            return None  # "Turnout in Slovenia's parliamentary election reached 68.4%": the vote's, not the country's
        traded = None
        for traded in _TRADED_PRICES.finditer(self.text, max(sent.start, f.start - 100), f.start) \
                if f.category == "money" and _PER_MEASURE.match(self.text, f.end, min(sent.end, f.end + 40)) else ():
            pass  # the nearest traded good before the figure, in a bounded window
        if traded is not None \
                and not _OWN_PRICES.search(self.text, max(sent.start, traded.start() - 30), traded.start()) \
                and not _CLAUSE_BREAK.search(self.text, traded.end(), f.start):
            # "after iron ore prices dropped below US$95 a tonne", "sending Brent crude up 2.8% to $71.40 a barrel",
            # "blaming prices of about $900 an ounce": a traded price per measure, no one's (not "its average
            # price", "the price of Russian crude", a firm's own price it sets)
            return None
        named_cause = None
        for named_cause in _NAMED_CAUSE.finditer(self.text, max(sent.start, f.start - 120), f.start) \
                if f.category in ("money", "percent") else ():
            pass  # the nearest cause clause before the figure, in a bounded window (a price or share's only)
        if named_cause is not None \
                and not _CLAUSE_BREAK.search(self.text, named_cause.end(), f.start) \
                and not _speech_re().fullmatch(named_cause.group().split()[-1]):
            name = named_cause.group("name")
            place = lookup(name)
            if (place is None or place.kind == "org") and name not in self.people.values() and name.split()[0] not in first_names():
                # "The Nikkei fell 1.8% after Toyota cut its profit forecast to ¥3.8 trillion": the firm the cause names
                return _owner_name(Entity(0, 0, name, place, "")) if place is not None else self.org_alias.get(name.lower(), name)
        if f.kind == "threshold" and _ELECTORAL_BAR.search(self.text, max(sent.start, f.start - 30), min(sent.end, f.end + 40)):
            return None  # "the 175 needed for a majority", "the 5% threshold": a rule of the vote, no party's
        if f.category == "percent" and f.kind == "total" and (
                _BALLOT_SHARE_AFTER.match(self.text, f.number.end)
                or _TURNOUT_OF.search(self.text, max(sent.start, f.start - 20), f.start)
                or _BALLOT_BY_BEFORE.search(self.text, max(sent.start, f.start - 80), f.start)) \
                and (_STRIKE_BALLOT.search(self.text, max(sent.start, f.start - 150), min(sent.end, f.end + 150))
                     or (_MEMBERS_BALLOT.search(self.text, max(sent.start, f.start - 150), min(sent.end, f.end + 150))
                         and _THE_UNION_SAID.search(self.text, f.end, min(sent.end, f.end + 150)))):
            # "RCN members voted for strike action, with 78% backing a walkout on a turnout of 61%", "Unite members
            # backed strike action by 91%", "in a ballot, 71% of NEU Cymru members backed the deal, the union said":
            # the union's ballot, its share and turnout (an election's turnout is no one's); a bounded window. The
            # union is the body whose members vote, by a name the story knows or one no gazetteer place or person has
            members = list(_MEMBERS_OF_UNION.finditer(self.text, max(sent.start, f.start - 150), min(sent.end, f.end + 60)))
            named = next((self.org_alias[m.group(1).lower()] for m in members if m.group(1).lower() in self.org_alias), None) \
                or self.org_alias.named_with(_UNION_WORD) \
                or next((m.group(1) for m in members if lookup(m.group(1), allow_cities=True) is None
                         and m.group(1).split()[0] not in first_names() and m.group(1).split()[0].lower() not in _NOT_A_NAME
                         and m.group(1).split()[0].lower() not in ("the", "its", "their", "all", "some", "most", "many")), None)
            if named:
                return named
        if f.category == "percent" and f.kind == "total" and _RESPONDENTS_DO.match(self.text, f.number.end) \
                and (survey := _SURVEY_BEFORE.search(self.text, max(sent.start, f.start - 150), f.start)) \
                and not _MEMBERS.search(self.text, survey.end(), f.start):
            return None  # "A survey of 2,000 shoppers found that 58% would miss the cafés": a share of the people
            # asked (not of a body's members, who keep it: "a survey of 3,100 of its members found that 71% opposed")
        if f.category == "percent" and SHARE_OF_PEOPLE.search(
                _CLAUSE_COMMA.split(self.text[f.number.end:f.number.end + 40], maxsplit=1)[0]  # this clause only
                + " " + self.text[max(sent.start, f.start - 50):f.start]):
            return None  # "40% of the new arrivals", "turnout was 63.6%": a share of people
        if f.owner_hint and self.current_subject and (f.category in ("money", "other", "percent") or f.unit in WORKFORCE) and \
                (lookup(f.owner_hint) or Place("", "", None)).kind == "country" \
                and (self._subject_parts(sent, f.start)[0] == self.current_subject):
            f.hint_place = f.owner_hint
            return self.current_subject  # "Tesla will cut 3,000 US jobs": Tesla's jobs, in the US
        if f.owner_hint and (hint := lookup(f.owner_hint)) is not None and hint.kind == "country" \
                and (body := self._country_body_at(hint.country, f.number.end)) is not None:
            return body  # "two Finnish Border Guard patrol boats": the body the story named, not its country
        if f.owner_hint:
            return f.owner_hint
        ruled = self._rules_owner(f, ents, sent)
        if ruled:
            return ruled
        tier = _THE_TIER_ACTS.search(self.text, max(sent.start, f.start - 120), f.start) \
            if f.category in ("money", "percent", "personnel", "other") else None
        if tier and not _CLAUSE_BREAK.search(self.text, tier.end(), f.start) \
                and not any((e.org or e.place) and tier.end() <= e.start < f.start for e in _near(ents, f.start)):
            # "She said the province would pay 10,000 zlotys to each family", "He said the state had already committed an
            # extra €1.2 billion": the province or state the story is about (a nation's state is the country)
            if self.home_region and (tier.group("tier") == "province" or self.home_region[0] != self.home_region[1]):
                return self.home_region[0]
            part = self._latest_part.get(tier.group("tier")) or self._latest_region
            if part is not None and part.place is not None and part.place.country and part.place.kind not in ("country", "nation") \
                    and (tier.group("tier") == "province" or part.place.kind == "state"):
                return part.place.name  # the province or state the story named last
            if tier.group("tier") == "state" and self.home_country and not self.home_region:
                return self.home_country
        kind_of = _OF_THE_KIND_S.match(self.text, f.end) if f.category not in ("people", "casualties") else None
        if kind_of and (kind_of.group(1) in _BODY_HEADS or kind_of.group(1) == "club") and (named := self._named_by_kind(kind_of.group(1))):
            # "about 900 of the chain's staff", "60% of the council's 4,000 staff", "three of the port's five
            # berths": the body the story named by that word, not the union or speaker that counts them
            return named
        if kind_of and kind_of.group(1) in _RUN_FACILITIES and (runner := self._facility_runner(kind_of.group(1))):
            return runner  # "two of the plant's three shifts": the firm that runs the plant
        at_kind = _AT_THE_KIND.match(self.text, f.noun_end) if f.category in ("personnel", "other") else None
        if at_kind and f.unit != "members" and (at_kind.group(1) in _BODY_HEADS or at_kind.group(1) == "club") \
                and (named := self._named_by_kind(at_kind.group(1))):
            # "900 vacant posts at the trust", "as many as 32 beds on the trust's acute medical unit": the body
            # the story named by that word, where they are, not the union or speaker that counts them (a union's
            # members stay its own: "which has about 4,000 members at the bank")
            return named
        if f.category == "personnel" and (of := _FROM_THE.match(self.text, f.noun_end)) is not None:
            body = next((e.org for e in ents if e.start == of.end() and e.org), None)
            if body:
                return body  # "60 staff from Kerry County Council": the body they come from
            kind = _HEAD_WORD.match(self.text, of.end()) if self.text[of.end() - 4:of.end()].lower() == "the " else None
            if kind and kind.group(1) in _BODY_HEADS and (named := self.org_alias.named_with(kind.group(1))):
                return named  # "Two dozen conservators from the museum": the museum the story named
        if f.category != "percent" and _HIS_GOVERNMENT.search(self.text, max(sent.start, f.start - 120), f.start):
            # "He said his government would provide €220 million": the government of the place in the
            # speaker's title ("Morocco's industry minister, Karim Bennani"; "Flemish premier Koen Verstraete")
            person = f.source if f.source in self.people.values() else self.last_person
            governs = self._government_of(person) if person else None
            if governs:
                return governs
        cand = _PARTY_S_CANDIDATE.search(self.text, max(sent.start, f.start - 120), f.start) \
            if f.category == "percent" or f.unit in ("seats", "votes") else None
        if cand and cand.group("given") in first_names() and cand.group("name").split()[0] not in first_names() \
                and ((party := lookup(cand.group("name"))) is None or party.kind == "org") \
                and cand.group("name").split()[0].lower() not in _NOT_A_NAME:
            # "Fuerza Sur's Julio Ccori was second with 27.5%": the party's result, as its candidate's (not a
            # country's: "Peru's Rosa Huamán")
            return self.org_alias.get(cand.group("name").lower(), self.expand(cand.group("name")))
        share = _NAME_ON.search(self.text, max(sent.start, f.start - 60), f.start) \
            if f.category == "percent" or f.unit in ("seats", "votes") else None
        if share:
            name = share.group(1)
            word_before = self.text[max(sent.start, share.start() - 12):share.start()].split()[-1:]
            named_place = lookup(name, allow_cities=True)
            first = name.split()[0]
            if first.lower() not in _CALENDAR and first.lower() not in _NOT_A_NAME and first not in first_names() \
                    and (named_place is None or named_place.kind in ("org", "force")) \
                    and not (word_before and word_before[0].lower() in _WHERE_PREPS) \
                    and name not in self.people:
                # (a name of two words the gazetteer lacks, with no given name, is a party here: "Alianza Cusqueña two")
                # "ahead of the Patriotic Bloc on 24.3%", "the Alternative bloc on 9.7%", "Alternative 11 and Our
                # Party 8": a party's share or seats in a list of results (not a candidate's, a place's)
                return self.org_alias.get(name.lower(), self.expand(name))
        took = _PARTY_TOOK.search(self.text, max(sent.start, f.start - 60), f.start) \
            if f.unit in ("seats", "votes") or f.category == "percent" and self._of_a_vote(sent) else None
        given = _FOR_PARTY.match(self.text, f.noun_end) \
            if took is None and (f.category == "percent" or f.unit == "votes") and self._of_a_vote(sent) else None
        if (won := took or given) is not None:
            name = won.group("name")
            if won is given:
                name = self._party_of_candidate(name)
            known = lookup(name, allow_cities=True)
            if name.split()[0].lower() not in _CALENDAR and name.split()[0].lower() not in _NOT_A_NAME \
                    and (known is None or known.kind == "org") \
                    and (self.text[max(sent.start, won.start("name") - 12):won.start("name")].split()
                         or [""])[-1].lower() not in _WHERE_PREPS | ORIGIN \
                    and (name.split()[0] not in first_names() and name not in self.people and name not in self.people.values()
                         or _ARTICLE_THEN.search(self.text, max(sent.start, won.start("name") - 30),
                                               won.start("name"))):  # ("the Free Voters": no person)
                # "where the governing Frente Andino took 29 of the 48 seats", "as the Free Voters won 41 of the 203
                # seats", "against 31.2% for the Democrats": the party whose seats or share the vote gave
                return self.org_alias.get(name.lower(), self.expand(name))
        for word in self.text[f.number.end:f.noun_end].split()[:-1]:
            if ACRONYM.fullmatch(word) and lookup(word) is None and (word.upper() in self.spelled_out() or word.lower() in self.org_alias):
                return self.org_alias.get(word.lower()) or self.expand(word)  # "22,400 INMO members": the INMO's
            if word[:1].isupper() and word.lower() in self.org_alias and lookup(word) is None:
                return self.org_alias[word.lower()]  # "as many as 6,000 Veltrane jobs": Veltrane Systems
        modifiers = self.text[f.number.end:f.noun_end].lower().split()[:-1]
        if "government" in modifiers:
            # "killed 140 government soldiers in clashes around Magwi", "1,800 government shelters had been
            # opened": the government's of the country the sentence's place is in, else of the country the story
            # names most (not one that has sent aid), not the body that reports or fights them
            placed = next((e.place.country for e in _near(ents, f.start) if sent.start <= e.start < sent.end
                           and e.place is not None and e.place.country and e.place.kind not in ("org", "force", "demonym")),
                          None)
            if placed or self.home_country:
                return placed or self.home_country
        for word in modifiers:
            if word in GENERIC_HEADS:
                named = self.org_alias.named_with(word)
                if named:
                    return named  # "about 2,300 council staff": the council's
        generic = _GENERIC_WHICH.search(self.text, max(sent.start, f.start - 120), f.start)
        if generic and f.category != "people" and (generic.group("head") in _BODY_HEADS or generic.group("head") == "club"):
            head = generic.group("head")  # any kind of body: "the trust", "the federation"; a union by any name
            named = self.org_alias.named_with(_UNION_WORD if head == "union" else head)
            if generic.group("name") and lookup(generic.group("name").strip()) is None:
                name = generic.group("name").strip()  # "the USCA union, which has some 4,100 members": that union
                return self.org_alias.get(name.lower(), named if named and name in named else name)
            if named:
                return named  # "The union, which has about 55,000 members"
        near = max(sent.start, f.start - 120)  # (every match holds "which": a window without it is passed at one look)
        relative = _WHICH_GAVE.search(self.text, near, f.start) if self.text.find("which", near, f.start) >= 0 else None
        if relative and relative.group("kind") and relative.group("kind") not in _BODY_HEADS \
                and relative.group("kind") not in ("branch", "chapter"):
            relative = None  # "the Sunday markets, which draw": a common noun after the name, no body's kind
        if relative and relative.group("kind") and (owner := _POSSESSOR_IN.match(relative.group(1))):
            # "Unison's Hallamford branch, which has about 3,200 members": the body whose branch it is
            return self.org_alias.get(owner.group(1).lower(), owner.group(1))
        giver = _THE_OPENING.sub("", relative.group(1)) if relative else ""  # "The CGT union, which has": the CGT
        if relative and giver and lookup(giver) is None and giver.split()[0] not in first_names():
            return self.org_alias.get(giver.lower(), giver)  # "the Foundation, which gave £250,000"
        if relative and giver and (known := lookup(giver)) is not None and known.kind in ("org", "force", "country"):
            return _owner_name(Entity(0, 0, giver, known, ""))  # "the OSCE, which sent 60 monitors"
        if f.category == "personnel" and (at := _AT_THE.match(self.text, f.noun_end)) is not None:
            at_body = next((e for e in ents if e.start == at.end() and (e.org or e.place)
                         and (e.place is None or e.place.kind in ("org", "force"))), None)
            if at_body and not ("the" in at.group().lower() and _LOWER_WORD_NEXT.match(self.text, at_body.end)):
                # "Some 2,300 workers at Leinster Commuter Rail walked off the job", "about 42,000 nursing vacancies
                # in the NHS": the body they work at or in (not a name describing a site: "300 jobs at the Quebrada
                # Honda expansion")
                return at_body.org or _owner_name(at_body)
        if f.category == "money":
            named_giver = _FROM_NAMED_GIVER.match(self.text, max(f.end, f.noun_end), min(sent.end, max(f.end, f.noun_end) + 120))
            if named_giver and not named_giver.group("mark"):  # (not "up from US$247m": a currency's mark)
                name = _unpossessive(named_giver.group("name"))
                place = lookup(name)
                if place is not None and place.kind in ("country", "org", "force", "nation"):
                    return _owner_name(Entity(0, 0, name, place, ""))  # "$85 million from the United States"
                words = name.split()
                if place is None and words[0].lower() not in _CALENDAR and words[0] not in first_names() \
                        and name not in self.people.values() and (
                            (body := self.org_alias.get(name.lower())) or words[-1] in _org_words_cased() and len(words) > 1
                            and (body := name) or len(words) > 2 and words[0] in _org_words_cased() and words[1] in ("of", "for")
                            and (body := name)):
                    # "£31.5m from the National Lottery Heritage Fund", "a £90m grant from the Department for Culture",
                    # "an opening bid of €70m from Kingsbridge": the body that gives or offers it, by a name the story
                    # gave it or one a body's word makes (not a month's, a person's or a town's)
                    return body
            if _FROM_GOVERNMENT.match(self.text, max(f.end, f.noun_end)) and (country := self._government_country()):
                return country  # "a £6.5 million grant from the government's Levelling Up Fund": the government's
        if f.category == "personnel":
            sent_by = self._personnel_from(f.noun_end)
            if sent_by:
                return sent_by  # "420 personnel from the West Sumatra disaster mitigation agency", "350 volunteers from the Red Cross"
            home = _FROM_A_PLACE.match(self.text, f.noun_end, sent.end)
            if home and (place := lookup(home.group("name"))) is not None and place.kind in _HOME_KINDS \
                    and not _WITHDRAWN.search(self.text, max(sent.start, home.start("name") - 150), home.start("name")):
                # "650 marines from the Philippines", "A further 210 firefighters from Ontario", "3,000 personnel from
                # NATO allies": the country, province or alliance they come from, whose force they are (not where a
                # force is taken back from: "pulled back 1,800 troops from positions", "withdrew troops from Poland")
                return _owner_name(Entity(0, 0, home.group("name"), place, ""))
        member_of = _MEMBERS_OF.match(self.text, f.noun_end) if f.category == "personnel" else None
        if member_of:
            name = member_of.group(1)
            if (looked := lookup(name)) is None or looked.kind in ("org", "force"):
                return self.org_alias.get(name.lower(), name)  # "40,000 members of the Teachers' Federation of Victoria"
        if f.category == "personnel" and _OF_ITS.match(self.text[f.number.end:f.number.end + 12]):
            opener = self.current_subject or (
                f.source if f.source and f.source not in self.people.values() and lookup(f.source) is None
                and f.source[:1].isupper() and f.source.split()[-1][:1].isupper() else None)  # a body's name, not a role
            if opener:
                return opener  # "The Department of Education said about 26,000 of its staff had taken part"
        if f.category == "personnel" and _AT_ITS_SITE.match(self.text, f.noun_end):
            # "about 2,300 workers at its plant in Passo Fundo": the workers of the body "its" stands for
            fined = _FINED_NAME.search(self.text, max(sent.start, f.start - 200), f.start)
            named = [e.org for e in _near(ents, f.start) if e.org and e.end <= f.start and sent.start <= e.start]
            its_owner = (self.org_alias.get(fined.group(1).lower(), fined.group(1)) if fined else None) or (
                named[-1] if named else None) or self._subject_parts(sent, f.start)[0]
            if its_owner:
                return its_owner
        expected = _EXPECTS_BODY_TO.search(self.text, max(sent.start, f.start - 80), f.start)
        forecast = lookup(expected.group(1)) if expected else None
        if expected and (forecast is None or forecast.kind in ("org", "country")):
            name = expected.group(1)  # "Analysts had expected Corvalis to cut up to 3,000 jobs": Corvalis's cut
            return self.org_alias.get(name.lower(), _owner_name(Entity(0, 0, name, forecast, "")) if forecast else name)
        forced = _FORCES_BODY_TO.search(self.text, max(sent.start, f.start - 80), f.start) \
            if f.category not in ("people", "casualties") else None
        made = lookup(forced.group(1)) if forced else None
        if forced and (made is None or made.kind in ("org", "country")) and forced.group(1) not in self.people.values() \
                and forced.group(1).split()[0] not in first_names() and forced.group(1).lower() not in _BODY_HEADS | GENERIC_HEADS | NON_FIRM_HEADS \
                and forced.group(1).split()[0].lower() not in _NOT_A_NAME:
            # "forced airline Nordflyg to cancel 140 flights": the body made to act owns what it acts on
            name = forced.group(1)
            return self.org_alias.get(name.lower(), _owner_name(Entity(0, 0, name, made, "")) if made else name)
        if self.text.find("fined", max(sent.start, f.start - 200), f.start) >= 0 \
                and (fined_for := _FINED_NAME.search(self.text, max(sent.start, f.start - 200), f.start)) is not None \
                and self.text.startswith("fined", fined_for.start()) \
                and _FINED_FOR_DOING.search(self.text, fined_for.end(1), f.start) is not None \
                and not _CLAUSE_BREAK.search(self.text, fined_for.end(1), f.start) \
                and (name := fined_for.group(1)) not in self.people.values() and name.split()[0] not in first_names() \
                and ((known := lookup(name)) is None or known.kind == "org"):
            # "fined the delivery platform Livrex €3.2 million for misclassifying more than 2,000 couriers", "fined
            # Enerlux €4.7 million for misleading customers over price rises on 1.3 million contracts": what the
            # fined body did wrong is its own
            return self.org_alias.get(name.lower(), name)
        fined = _FINED.search(self.text, max(sent.start, f.start - 80), f.start)
        if fined:
            fining = next((e.org for e in reversed(_near(ents, fined.start())) if e.org and sent.start <= e.start and e.end <= fined.start()
                           and fined.start() - e.end <= 60), None) \
                or (f.source if f.source and _IT_FINED.search(self.text, max(sent.start, fined.start() - 30), fined.start() + 5)
                    else None) or self._subject_parts(sent, fined.start() + len("fined "))[0]
            if fining and self.text.startswith("fined", fined.start()) and not _COURT_WORDS.search(fining) \
                    and fining not in self.people.values() and ((known_fining := lookup(fining)) is None or known_fining.kind == "org") \
                    and (any(w.lower() in _REGULATOR_WORDS for w in fining.split())
                         or _REGULATOR_BEFORE.search(self.text, max(sent.start, fined.start() - 200),
                                                     max(sent.start, self.text.rfind(fining, sent.start, fined.start())))):
                # "The Financial Conduct Authority fined Northgate Bank £42.7m", "Italy's competition watchdog AGCM said
                # it had fined ride-hailing app Zippa €3.2 million": a regulator's fine is the regulator's, the body that
                # sanctions (a court's fine, or one a body not called a regulator imposes, stays the fined body's below)
                return self.org_alias.get(fining.lower(), fining)
            return self.org_alias.get(fined.group(1).lower(), fined.group(1))  # "fined lender Moravia Credit 48 million crowns"
        if _ORDERED_IT.search(self.text, max(sent.start, f.start - 40), f.start):
            # "fined Rapidão 12 million reais and ordered it to pay 5,000 reais": the body fined pays
            fined = _FINED_NAME.search(self.text, max(sent.start, f.start - 200), f.start)
            if fined:
                return self.org_alias.get(fined.group(1).lower(), fined.group(1))
        # a passive agent after the counted phrase: "31 drones launched by Russia"
        agent = _PASSIVE_AGENT.match(self.text[f.noun_end:f.noun_end + 60])
        if agent:
            agent_at = f.noun_end + agent.end()
            for e in _near(ents, agent_at):
                gap = self.text[agent_at:e.start].split() if e.start > agent_at else []
                if e.start == agent_at or (gap and gap[0].lower() == "the" and (len(gap) == 1 or (
                        len(gap) <= 4 and all(w.islower() for w in gap[1:])
                        and (gap[-1] in DESCRIPTORS or gap[-1] in _BODY_HEADS)))):
                    # ("by the charity Clean Rivers Trust": a body after its kind)
                    if e.org or (e.place and e.place.kind in ("country", "nation", "force", "org", "capital", "demonym")):
                        return _owner_name(e)
        # a rule's or a levy's body named in a relative clause right after it: "the standard 10% tariff the EU
        # already levies", "the 1% ceiling the health agency considers acceptable"
        rule_body = _BODY_SETS_IT.match(self.text, f.noun_end, min(sent.end, f.noun_end + 80)) \
            if f.category in ("percent", "money") else None
        if rule_body:
            name_at = rule_body.start("name")
            for e in _near(ents, name_at):
                if e.start == name_at and (e.org or (e.place and e.place.kind in ("country", "nation", "force", "org"))):
                    return _owner_name(e)
        before = [e for e in _near(ents, f.start) if e.end <= f.start]
        cause = self._bearing_cause(f, sent)
        if cause and not cause.start() <= f.start < cause.end():
            # "Brent fell $1.15 after Saudi Arabia's energy minister said ...": the cause owns no price
            ents = [e for e in ents if not cause.start() <= e.start < cause.end()]
            before = [e for e in before if not cause.start() <= e.start < cause.end()]
        subject, aside, speech = self._subject_parts(sent, f.start)
        if subject and self._a_persons_surname(subject):
            subject = None  # "Dlamini said 8,500 workers had walked out" after "said Sipho Dlamini": a person, no body
        said = self._subject_end.get((sent.start, f.start)) if subject and speech else None
        if said is not None and f.category in ("other", "percent") \
                and _REPORTED_FIGURE_OPENS.fullmatch(self.text, said, f.start) \
                and (self.text[max(sent.start, said - 12):said].split() or [""])[-1] in _REPORT_VERBS \
                and not _ITS.search(self.text, f.start, f.noun_end + 12) \
                and subject is not None and ((looked := lookup(subject)) is None or looked.kind not in ("country", "nation", "force")):
            # "Airport operator Angkasa Pura said 52 flights had been cancelled", "NHS England said 31,400 planned
            # operations had been postponed": a body that reports a count opening what it says does not own it
            # (not its money, staff or fleet, nor its own things it names so: "said about 26,000 of its staff"; nor
            # a state's count: "Germany said 14 more tanks would be sent"; nor what it expects or adds)
            return None
        if said is not None and f.category in ("other", "percent", "money") and f.start - said <= 150 \
                and (self.text[max(sent.start, said - 12):said].split() or [""])[-1] in _REPORT_VERBS \
                and (measure := _GENERAL_MEASURE_OPENS.match(self.text, said, f.start)) \
                and _MEASURE_MOVES.search(self.text, measure.end(), f.start) \
                and not _OWN_WORDS.search(self.text, said, f.noun_end) \
                and not any(e.org and said <= e.start < f.start for e in ents):
            # "The portal said average asking prices for flats in Lisbon rose 7.2%", "the university said enrolments
            # of overseas students fell 38%": a body that reports a measure of others' things, named with what or
            # where it measures, does not own it (not "said pre-tax profit for the year rose", "its sales in Spain")
            return None
        if aside:
            before = [e for e in before if not aside[0] <= e.start < aside[1]]  # "Lufthansa, Germany's largest airline,"
        before = [e for e in before if not (e.prep in ("at", "the") and (role := _ROLE_AT.search(
            self.text, max(sent.start, e.start - 40), e.start)) and (
                role.group(1).lower() in _OBSERVERS or f.unit in COUNTED_BY_SPEAKER))]
        # "Helen Marsh, a defence analyst at the Royal United Services Institute, said the Navy had 17 warships": the
        # analyst's employer describes the figure, it does not own it
        lo = _clause_around(self._place_candidates_breaks(sent), sent, f.start)[0]
        if lo > sent.start and _ITS_CLAUSE.match(self.text, lo, f.start):
            opener = self._subject_parts(sent, lo)[0]
            if opener and opener not in self.people.values() and lookup(opener) is None:
                # "Veldstra, the Dutch chipmaker, said revenue rose 18%, while its gross margin widened to 52.3%":
                # the body the sentence opened with, not the country its aside names
                return opener
        if f.category in ("percent", "money", "other") and (its := _AFTER_ITS.search(self.text, max(lo, f.start - 80), f.start)):
            opener = self._subject_parts(sent, its.start())[0]
            if opener and opener not in self.people.values() and ((looked := lookup(opener)) is None or looked.kind in ("country", "org")) \
                    and not any(e.start >= its.start() and (e.org or e.place) for e in before):
                # "The ANC won 159 seats in the National Assembly after its share of the vote fell 17 points": the
                # subject "its" stands for, not the body named between
                return opener
        if f.source and f.source[:1].isupper() and f.source not in self.people.values() \
                and f.source.split()[0] not in first_names() and _SAID_THAT_ITS.search(self.text, max(sent.start, f.start - 40), f.start) \
                and ((known := lookup(f.source)) is None or known.kind == "org"):
            # "UNHCR ... warned that its $409 million appeal was only 18% funded": "its" right after the body's own
            # speech verb is the body that speaks, not a country named before
            return self.org_alias.get(f.source.lower(), f.source)
        if f.source and f.category in ("money", "other") \
                and (it_acts := _BODY_SAID_IT_ACTS.search(self.text, max(sent.start, f.start - 120), f.start)) \
                and not _CLAUSE_BREAK.search(self.text, it_acts.end(), f.start) \
                and not _RELATIVE_AFTER.search(self.text, it_acts.end(), f.start) \
                and it_acts.group("verb") not in _REPORT_VERBS \
                and _named_just_before(f.source.split()[-1], self.text[max(sent.start, it_acts.start() - 60):it_acts.start()]) \
                and f.source not in self.people.values() and f.source.split()[0] not in first_names() \
                and (f.source[:1].isupper() or (f.source.split()[-1].lower() in _BODY_HEADS)) \
                and not any(e.org and not (e.place and e.place.kind not in ("org", "force"))
                            and it_acts.start() <= e.start < f.start for e in ents) \
                and ((known := lookup(f.source) or (lookup(f.source.split(None, 1)[-1]) if " " in f.source else None)) is None
                     or known.kind in ("org", "country", "force")):
            # "The health ministry said on Monday that it had sent 400,000 vaccine doses", "Lesco said it logged
            # 4,300 complaints": a body that says what it did owns the figure of its act, not a plan ("said it would
            # buy ..."); a state's department acts for its country ("The State Department said it had given $8m")
            if known is not None and known.kind in ("country", "force"):
                return _owner_name(Entity(0, 0, f.source, known, ""))
            return self.org_alias.get(f.source.lower(), f.source)
        # a possessive right before the number: "Russia's 150,000 troops", "Britain's £2bn budget"
        for e in reversed(before):
            if f.start - e.end <= 3 and self.text[e.end - 2:e.end] in ("'s", "’s") and (e.place or e.org):
                return _owner_name(e)
        named = _NAME_POSSESSIVE_BEFORE.search(self.text, max(sent.start, f.start - 60), f.start)
        if named and named.start(1) > sent.start and not self.text[named.start(1) - 2:named.start(1)].strip().endswith((".", '"', "“")):
            name = named.group(1)
            first = name.split()[0]
            if first.lower() not in _CALENDAR and first.lower() not in _TIME_WORDS and first not in first_names() \
                    and lookup(name, allow_cities=True) is None and name not in self.people.values():
                # "approved developer SunWest's 400-megawatt solar farm": the body the possessive names, one the
                # gazetteer and the name finder do not know (not a person's, a day's or a place's)
                return self.org_alias.get(name.lower(), name)
        kind = _THE_KIND_POSSESSIVE.search(self.text, max(sent.start, f.start - 60), f.start)
        if kind and (kind.group("head") in _BODY_HEADS or kind.group("head") == "club") \
                and kind.group("head") not in DOCUMENT_NOUNS and not any(e.start >= kind.end("head") for e in before):
            named = self._named_by_kind(kind.group("head"))
            if named:
                return named  # "The service's 12 prisons have 4,644 beds": the Irish Prison Service's
        if kind and kind.group("head") in _RUN_FACILITIES and f.category not in ("people", "casualties") \
                and not any(e.start >= kind.end("head") for e in before) \
                and (runner := self._facility_runner(kind.group("head"))):
            return runner  # "the refinery's two crude units": the refiner's
        told = _SAID_THE_KIND_S.search(self.text, max(sent.start, f.start - 90), f.start) \
            if f.category not in ("people", "casualties") else None
        if told and told.group("head") not in DOCUMENT_NOUNS and not any(e.start >= told.start("head") for e in before) \
                and (named := (self._named_by_kind(told.group("head")) or (
                    self._last_firm() if told.group("head") in FIRM_HEADS else None))
                     if told.group("head") in _BODY_HEADS or told.group("head") == "club"
                     else next(iter(self.org_alias.ending_with(told.group("head"))), None)):
            # "He said the company's output could average between 85,000 and 90,000 boepd", "said the observatory's new
            # camera would cost about €38 million": what the body, named by its kind, has or will have
            return named
        opens = _THE_KIND_S_OPENS.match(self.text, lo, f.start) if f.category not in ("people", "casualties") else None
        if opens and (opens.group("head") in _BODY_HEADS or opens.group("head") == "club") \
                and opens.group("head") not in DOCUMENT_NOUNS and not any(e.start >= opens.end() for e in before) \
                and not (f.category == "money" and _FROM_GIVER.match(self.text, max(f.end, f.noun_end))) \
                and not self._its_people_speak(opens.end(), f.start) \
                and (named := self._named_by_kind(opens.group("head"))):
            # "The service's 12 prisons have 4,644 beds between them, only 190 more than": the clause's subject is
            # the body's, named by its kind, and so is what it holds (no other body named between, nor money from
            # one named after it: "The museum's £142m project was funded by a £90m grant from the Department"; nor
            # what its people say of others: "The committee's director said the 46 figure", not "The trust's chief
            # executive said that it would recruit 400 more nurses")
            return named
        works = _THE_BODY_ACTS.match(self.text, lo, f.start) if f.category not in ("people", "casualties") else None
        if works and works.group("head").lower() in _RUN_FACILITIES and not works.group("words").strip().istitle() \
                and works.group("verb").lower() not in _speech_words() \
                and not any(e.start >= works.end("head") and (e.org or e.place) for e in before) \
                and (runner := self._facility_runner(works.group("head").lower())):
            # "The plant, which opened in 2009 at a cost of US$640 million, built 118,000 vehicles": what a works named
            # by its noun makes or holds is the body's that runs it (no other body named between)
            return runner
        if f.category in ("money", "percent", "personnel", "other") and (
                _THE_CITY_ACTS.match(self.text, sent.start, f.start) or _THE_CITY_GETS.search(self.text, max(sent.start, f.start - 40), f.start)
                or _THE_CITY_DOES.search(self.text, max(sent.start, f.start - 80), f.start)):
            # "The city's debt will climb to €640 million", "The city has set aside €12 million", "bring the city
            # €17.5 million": the city the story is about, by its council when the story has named one
            city = self._the_city(sent)
            if city:
                return city
        if f.category in ("percent", "other") and (general := _PLURAL_OPENS.match(sent.text)) is not None \
                and lookup(general.group(1)) is None and self._according_in(sent) \
                and not _OWN_WORDS.search(self.text, max(sent.start, f.start - 300), f.noun_end) \
                and not any(e.org or (e.place is not None and e.place.kind in ("country", "nation", "demonym", "org", "force"))
                            for e in before):
            # "Hotels on the Costa del Sol reported occupancy of 81%, ..., according to the hoteliers' association",
            # "Landings by pirogues at Kayar have fallen 30% since 2019, according to the federation": a clause about
            # things in general, told by a body that counts them, is no one's (not the body the paragraph before
            # named; not "its", "their")
            return None
        ref = self._backref_owner(before, sent, f)
        if ref:
            return ref
        phrase_owner = self._owner_phrase(f, sent)
        if phrase_owner:
            return phrase_owner
        if subject and self._general_clause(f, sent, ents):
            return None  # "The council will fill more potholes after residents reported 9,000 of them": no one's
        if subject and not speech and f.category not in ("money", "percent") \
                and _PASSIVE_BY.search(self.text, max(sent.start, f.start - 60), f.start) \
                and not any(f.start <= e.start < max(f.end, f.noun_end) for e in ents):
            # "The Philippines is struck by about 20 typhoons a year": the figure is the passive's agent, what acts on
            # the subject, not the subject's own (not a change, "its wage bill was cut by €20m", nor an agent that
            # names its owner, "are backed by 4,000 Rwandan troops")
            return None
        if subject and not speech and not any(
                (e.org or (e.place and e.place.kind in ("country", "force", "org") and not self._adjectival(e)))
                and e.prep not in _TO_OR_GIVEN
                and not _BOUGHT_BEFORE.search(self.text, max(sent.start, e.start - 60), e.start)
                for e in before if e.start >= self._subject_end.get((sent.start, f.start), f.start)):
            # the clause's subject acts: "Fjordlaks agreed to buy Scottish rival Kelvin for ..."; a body
            # named between it and the figure owns it instead ("Britain sent ... a NATO group of 12 warships")
            return subject
        said = self._subject_end.get((sent.start, f.start)) if subject and speech else None
        if said is not None and (later := self.text.rfind(" and that ", said, f.start)) >= 0:
            said = later + len(" and")  # "said 410 posts were vacant and that the service had 138 fewer officers"
        the = _the_body_acts(self.text, _found(_THAT.match(self.text, said)).end(), f.start) if said is not None else None
        if the and (head := the.group("head").lower()) in _BODY_HEADS and head != "union" \
                and (named := self._named_by_kind(head)) and named != subject \
                and not any((e.org or e.place) and e.start >= the.start() for e in before):
            # "The Prison Officers' Association said the service had 138 fewer officers": the body the reported
            # clause opens with, named again by its kind, owns the figure, not the body that speaks
            return named
        won = _WINNER_BEAT.search(self.text, sent.start, min(f.start, sent.start + 200)) \
            if f.category in ("money", "other", "personnel", "percent") else None
        if won and (club := _THE_CLUB.search(self.text, max(won.end(), f.start - 200), f.start)) is not None \
                and won.group("name").split()[0] not in first_names() and won.group("name").split()[0].lower() not in _NOT_A_NAME \
                and not _CAPITAL_WORD.search(self.text, club.end(), f.start):
            # "Newcastle came from behind to beat Tottenham 2-1 ..., after the club had rejected a bid of almost
            # £70m", "Real Betis beat Sevilla 2-1, with the winger the club signed for €4 million": the winner's
            name = won.group("name")
            return self.org_alias.get(name.lower(), name)
        adding = None
        for adding in _ADDING_THAT.finditer(self.text, max(sent.start, f.start - 200), f.start) \
                if f.source and f.category in ("personnel", "money", "other") else ():
            pass  # the nearest such clause before the figure, in a bounded window
        if adding is not None and not _CLAUSE_BREAK.search(self.text, adding.end(), f.start) \
                and (f.category == "personnel" or _IT_OR_ITS.search(self.text, adding.end(), f.noun_end)) \
                and f.source is not None and f.source[:1].isupper() and (f.source not in self.people.values() or len(f.source.split()) > 1) \
                and f.source.split()[0] not in first_names() and ((spoke := lookup(f.source)) is None or spoke.kind == "org") \
                and not any((e.org or e.place) and adding.end() <= e.start < f.start for e in before):
            # "National Grid said, adding that 600 engineers had been sent to the region", "the bank said, adding
            # that it had refused a ransom demand of €2m": the body that speaks and goes on about its own staff, or
            # about what "it" did, owns the figure
            return self.org_alias.get(f.source.lower(), _owner_name(Entity(0, 0, f.source, spoke, "")) if spoke else f.source)
        said = self._subject_end.get((sent.start, f.start)) if subject and speech else None
        others = said is not None and f.category != "personnel" \
            and ((other := _OTHERS_CLAUSE.match(self.text, said, f.start)) is not None
                 or (other := _BARE_OTHERS_CLAUSE.match(self.text, said, f.start)) is not None
                 and other.group("head") not in _OWN_MEASURES and other.group("head") not in _OWN_MEASURES_ONE) \
            and other.group("head") not in _BODY_HEADS and other.group("head") not in _CLAUSE_PRONOUNS \
            and not _IT_OR_ITS.search(self.text, said, min(sent.end, f.noun_end + 40)) \
            and not _THEIR.search(self.text, said, min(sent.end, f.noun_end + 40))  # ("... would add £2m to its costs")
        # "AFAD said in a statement that the toll had risen from 51", "The Shopworkers' Alliance ... said most workers
        # would receive around £4,100 each": a body that speaks of what others' things did owns none of it (not
        # "said it had", "its staff", "the trust had")
        for e in reversed(before):
            if e.org and self._reports_an_incident(e, f):
                continue  # "Police said the vehicles recovered included three cars": reported, not the police's
            if e.org and any(w.strip("()") in _STATISTICS_OFFICES for w in e.org.split()):
                continue  # "inflation in the UK, which the Office for National Statistics put at 3.8%": it measures
                # the country's figure, it owns none of it
            if others and e.org == subject:
                continue
            if e.org and (nxt := _NEXT_WORD.match(self.text, e.end)) is not None \
                    and (nxt.group(1).lower() in LOCATED_UNITS or nxt.group(1).lower() + "s" in LOCATED_UNITS) \
                    and _WHERE_BEFORE.search(self.text, max(sent.start, e.start - 40), e.start):
                continue  # "from the new Navi Mumbai airport": a place named for a town, where, not whose
            if e.org and e.prep not in _NOT_AN_OWNERS \
                    and not (e.org.split()[-1] in EVENT_WORDS and e.prep in ("at", "in", "during")):  # "at the Diamond League meeting"
                return e.org  # "Shares in Halden": a body owns what follows it
            if e.prep in _NOT_A_PLACES_OWN or e.border:
                continue  # "to Poland", "lend Ukraine $15 billion": where it goes, not whose
            if e.place and e.place.kind == "region" and e.place.country and _ACTS_AFTER.match(self.text, e.end):
                return e.place.name  # "that British Columbia would set up a C$25 million fund": the province acts
            if e.place and e.place.kind in ("country", "nation", "force", "org", "capital", "demonym"):
                if e.place.kind == "demonym" and not self._demonym_as_owner(e):
                    continue
                if e.place.kind in ("country", "demonym", "capital") and lo == sent.start and _ITS_OPENS.match(sent.text):
                    continue  # "Its share of the British grocery market rose": the market's place, the share is "its"
                if e.place.kind == "capital" and not e.surface.endswith(("'s", "’s")) and not _ACTS_AFTER.match(self.text, e.end) \
                        and not ((nxt := _NEXT_WORD.match(self.text, e.end)) is not None
                                 and (nxt.group(1).lower() in _past_verbs() or nxt.group(1).lower() in _speech_words())):
                    continue  # "the Lisbon metropolitan area", "in parts of Lagos and Abuja": where, not its government's
                if e.place.kind in ("capital", "country") and _NAMES_AN_EVENT.match(self.text, e.end):
                    continue  # "won the London Marathon to collect the $55,000 first prize": an event's, not the UK's
                if e.place.kind in ("country", "demonym") and _places_a_noun(self.text, e.end):
                    continue  # "at 11 German airports, with 2,900 flights cancelled": where, not whose
                if e.place.kind in ("country", "capital") and (_DESCRIBES_A_NAME.match(self.text, e.end) or (
                        e.surface.endswith(("'s", "’s")) and self._describes_one(e.end))):
                    continue  # "Japan's space agency JAXA", "Jamaica's Tessa Morgan": theirs, not the country's
                if e.prep in ("its", "their", "his", "her", "a", "an") and e.place.kind in ("country", "capital", "demonym"):
                    continue
                if e.place.kind in ("country", "capital", "demonym") \
                        and _ITS_COUNT_BEFORE.search(self.text, max(sent.start, e.start - 30), e.start):
                    continue  # "47 of its 212 UK stores": where its stores are, not whose  # "through its Riga hub", "a UK bank account", "at its German plants": where, not whose
                if _BASED_AFTER.match(self.text, e.end):
                    continue  # "Singapore-based carrier Pacifica Lines": where the firm sits, not whose
                if e.surface.endswith(("'s", "’s")) and (body := self._country_body_at(e.place.country, e.end)):
                    return body  # "Sweden's coastguard sent three patrol vessels" after "the Swedish Coast Guard said"
                if e.surface.endswith(("'s", "’s")) and (own := _OWN_BODY_AFTER.match(self.text, e.end)):
                    return e.surface + own.group(0)  # "Peru's central bank raised its rate": the bank's, as written
                return _owner_name(e)
        if not (subject and speech):
            # "He said the university had spent £62 million": a person reports a body's act, named by its kind
            reported = None
            for reported in _REPORTED_THE.finditer(self.text, max(sent.start, f.start - 150), f.start):
                pass  # the report nearest the figure, within a bounded window
            the = _the_body_acts(self.text, reported.end(), f.start) if reported else None
            if the and the.group("head").lower() in _BODY_HEADS and not _SPEECH_AFTER.match(the.group("verb")):
                head = the.group("head").lower()
                named = (self.org_alias.named_with(_UNION_WORD) if head == "union" else next(
                    (o for o in self.org_alias.ending_with(head) if not _UNION_LIKE.search(o)), None)) \
                    or self._introduced_as(head)  # "the agency": "the national search and rescue agency Basarnas"
                if named:
                    return named  # (the university, not the "University and College Union")
        if subject and speech:
            # "The Royal College of Nursing said the trust actually had about 900 vacancies": the body the
            # reported clause opens with, named again by its kind, owns the figure, not the speaker
            said = self._subject_end.get((sent.start, f.start))
            the = _the_body_acts(self.text[said:f.start], _found(_THAT.match(self.text, said)).end() - said) if said else None
            if the and the.group("head").lower() in _BODY_HEADS:
                named = self.org_alias.named_with(the.group("head").lower())
                if named and named != subject:
                    return named
        reported = None
        for reported in _REPORTED_NAME.finditer(self.text, max(sent.start, f.start - 150), f.start):
            pass  # the report nearest the figure, within a bounded window
        if reported is not None:
            acts = _NAME_ACTS.match(self.text, reported.end(), f.start)
            if acts and not any(e.start >= acts.end(1) for e in before):
                name = acts.group(1)
                known = lookup(name)
                if name.split()[0] not in first_names() and name not in self.people.values() \
                        and name.split()[0].lower() not in _NOT_A_NAME and (known is None or known.kind == "org"):
                    # "Mr Oakes said Gigbox, the ticketing agency, would begin refunding about £2.3m": the body
                    # the reported clause opens with, a name the gazetteer lacks, acts, not the speaker
                    return self.org_alias.get(name.lower(), _owner_name(Entity(0, 0, name, known, "")) if known else name)
        if subject and speech and any(w.strip("()") in _STATISTICS_OFFICES for w in subject.split()):
            # "The Office for National Statistics said that consumer price inflation in the UK held at 3.8%": a
            # statistics office measures a country's figure, the country named in what it says owns it
            return next((_owner_name(e) for e in reversed(before) if e.place is not None and e.place.kind in ("country", "nation")
                         and e.start >= self._subject_end.get((sent.start, f.start), f.start)), subject)
        # the clause's subject, a body the gazetteer lacks: "Carmaker Stellbrook will cut 4,500 jobs"
        if subject:
            return None if others else subject
        # "It shipped 41.3 million tonnes", "Its average price was $94": the body the story just named
        if _IT_OPENS.match(self.text, sent.start) and self.prev_body and self.prev_body_para is not None \
                and sent.paragraph - self.prev_body_para <= 2:
            return self.prev_body
        if _IT_OPENS.match(self.text, sent.start) and f.source and f.source[:1].isupper() \
                and f.source not in self.people.values() and f.source.split()[0] not in first_names() \
                and ((known := lookup(f.source)) is None or known.kind == "org"):
            # "Its crews had carried out more than 600 rescues, it added": the body that speaks, "it" in its own
            # sentence, when no body was named acting before
            return self.org_alias.get(f.source.lower(), f.source)
        # no owner named: a company, council or party the story is about owns its money and jobs
        opener = self.current_subject
        earlier = [e.org for e in before if e.org] or ([self.prev_org] if self.prev_org else [])
        if f.category == "percent" and _OF_THE_VOTE.search(sent.text) and earlier and _VOTE_RUNNERS.search(earlier[-1]):
            return None  # "the yes side took 57.8% of valid votes": a vote's share, not the commission's that counts it
        phrase = _PHRASE_BEFORE_THE.match(self.text, sent.start, f.start)  # "In Leeds, the city council said"
        the = _the_body_acts(self.text, phrase.end() if phrase else sent.start, f.start)
        if the and _speech_re().fullmatch(the.group("verb").lower()) and the.group("head").lower() in _BODY_HEADS \
                and _ITS.search(self.text, the.end(), min(sent.end, f.noun_end + 40)) \
                and not any(e.org or (e.place and e.place.kind in ("country", "org")) for e in before if e.start >= the.end()):
            # "The authority said the rise was needed to close a €9.5 million gap in its Cork budget", "In Leeds,
            # the city council said 96 of its 221 schools": the body that speaks of its own things, named earlier by
            # that word, or a city's council named for the city the story is about
            town = phrase.group("where") if phrase else None
            named = self.org_alias.named_with(the.group("head").lower()) or ((
                f"{town} {the.group('words').lower()}" if town and _CITY_BODY.fullmatch(the.group("words"))
                and (place := lookup(town, allow_cities=True)) is not None and place.kind in ("city", "capital")
                else self._city_body(the.group("words"))) if the.group("head").lower() == "council" else None)
            if named:
                return named
        opening = _PLACE_OR_STATE_OPENER.match(sent.text)
        if opening and f.start < sent.start + opening.end() and earlier and earlier[-1] == self.sentence_subject:
            earlier = []  # "With 99.8% of ballots counted, PAS had 49.6%": the subject after the phrase owns none of it
        if f.category in ("money", "percent", "personnel") and earlier and \
                self.prev_org_para is not None and sent.paragraph - self.prev_org_para <= 1 and \
                not _UNION_LIKE.search(earlier[-1]) and not _SPEAKS_FOR_OTHERS.search(earlier[-1]) \
                and not (f.category == "percent" and (share := _SHARE_OF_OTHERS.match(self.text, f.number.end)) is not None
                         and share.group("head") not in _OWN_MEASURES and share.group("head") not in _CLAUSE_PRONOUNS) \
                and not self._a_persons_name(earlier[-1]) \
                and not (not any(e.org for e in before) and any(
                    e.place is not None and e.place.kind == "country" and _POSSESSIVE.search(e.surface)
                    for e in before)) and not (
                    not any(e.org for e in before) and ((_THE_GOVERNMENT.search(self.text, sent.start, f.start)
                                                         and (self.acting_countries or self.home_country))
                                                        or self._regional_government(sent))):
            # (not when the sentence names only a government: "the Government would release €5 million" is the
            # country's, not the council's named in the paragraph before; nor only a country's possessive: "had
            # cost Chile's economy more than US$150 million" is no exporters' body's named before)
            return earlier[-1]  # not a union's: its members' pay is not its money
        if f.category in ("money", "percent", "personnel") and opener and not (
                opening and f.start < sent.start + opening.end()):
            # (not a figure of the phrase the sentence opens with: "With 99.8% of ballots counted, PAS had")
            return opener  # "Vidora said it added ..., while average revenue per user rose 3%": Vidora's
        if f.unit in _POLICE_UNITS and f.category in ("personnel", "casualties"):
            # "27 officers had been injured": the police's officers, by the force the story named
            return self.org_alias.named_with("police") or "police"
        # a government spends, cuts and deploys for its country: the country the story is about
        governed = f.category in ("money", "personnel", "percent", "weapons", "vehicles", "aircraft", "vessels") and (
            self._governs(sent)[0] or (f.category != "percent" and self._governs(sent)[1])) \
            and not (cause and not cause.start() <= f.start < cause.end())
        if governed and (regional := self._regional_government(sent)):
            return regional  # "the Victorian government would spend A$1.9 billion": the state's, not Australia's
        if governed and (self.acting_countries or self.home_country):
            if f.category == "money" and f.unit in currency_countries() and not f.number.local_currency:
                return currency_countries()[f.unit]  # "the government allocated Tk 50 crore": Bangladesh's, whoever pledged before
            if f.category == "money" and f.number.local_currency and self.home_country in \
                    table("numbers")["local_currency_words"].get(f.number.local_currency, {}):
                # "The government has set aside 2.5 billion pesos": the Philippine story's, or its province's
                return _government_name(self.home_region[0]) if self.home_region and self.home_region[1] == self.home_country else self.home_country
            return self._government_country()
        if f.category in ("money", "other", "percent") and f.source and f.unit not in COUNTED_BY_SPEAKER \
                and f.unit not in DISTANCE_UNITS and f.source not in self.people.values() \
                and f.source.split()[0] not in first_names() and lookup(f.source) is None \
                and f.source.split()[-1][:1].isupper() and _RUNNER_SPEAKS_LAST.search(self.text, max(f.end, sent.end - 160), sent.end):
            # "A direct air capture plant removed 4,200 tonnes of CO2 last year, operator Nordur Carbon said": the
            # facility's output, capacity and fares are its operator's or developer's (not homes it powers, a
            # distance it lies, people it carries); a product's share is its maker's ("the vaccine was 71% effective,
            # its maker Sunfield Biologics said")
            return f.source
        if f.category in ("money", "other") and _STAFF_RECEIVE.search(self.text, max(sent.start, f.start - 100), f.start):
            # "Staff who lose their jobs will receive 16 weeks' severance pay", "Departing employees will be offered
            # four weeks' pay per year of service": the pay of the employer the story is about
            employer = self.current_subject or self._last_firm()
            if employer:
                return employer
        if f.category == "money" and f.source and _PUTS_ITS.search(self.text, max(sent.start, f.start - 60), f.start) \
                and f.source not in self.people.values() and f.source.split()[0] not in first_names() \
                and f.source[:1].isupper() and ((looked := lookup(f.source)) is None or looked.kind in ("org", "force")):
            # "while Dunmore Rail put its own losses at €2 million a day", "put its members' losses at": the body
            # that sizes its own loss owns it (not "put the damage at", an estimate of others' loss)
            return self.org_alias.get(f.source.lower(), f.source)
        if f.category in ("money", "percent", "other"):
            rel = None
            for rel in _WHICH_ITS.finditer(self.text, max(sent.start, f.start - 120), f.start):
                pass  # the nearest relative clause before the figure, in a bounded window
            if rel is not None and not _CLAUSE_BREAK.search(self.text, rel.end(), f.start) \
                    and _ITS.search(self.text, rel.end(), min(sent.end, f.noun_end + 40)) \
                    and not any(e.start >= rel.end() and (e.org or e.place) for e in before):
                name = rel.group(1)
                known = lookup(name)
                if (known is None or known.kind in ("org", "force")) and name not in self.people \
                        and name not in self.people.values() and name.split()[0] not in first_names() \
                        and name.split()[0].lower() not in _NOT_A_NAME and name.split()[0].lower() not in _CALENDAR \
                        and rel.start(1) > sent.start:
                    # "according to Sandvik Rail, which said 40% of its trains ran", "led by Orvane, which rose 5%
                    # after raising its forecast by €20 million": the body the relative clause and its "its" are of
                    return self.org_alias.get(name.lower(), _owner_name(Entity(0, 0, name, known, "")) if known else name)
        if f.category in ("money", "percent", "other", "personnel") and (firm_acting := self._firm_acts_in(sent, ents)):
            # "Net profit fell 12% to $214m as the company wrote down the value of its film library", "Headcount rose
            # by 1,150 to 14,300 employees, the annual report showed, as the airline rehired cabin crew": the firm the
            # story named, which a clause of the sentence has act by its kind, owns the figures no one else does
            return firm_acting
        return None

    def _party_of_candidate(self, name: str) -> str:
        """The party in a candidate's name after "for": "the Green Party's Hannah Lowe" -> Green Party, "Conservative
        Martin Oakes" -> Conservatives (a member's word is the party's name less its plural); else NAME."""
        for mark in ("'s ", "’s "):
            if mark in name:
                return name.split(mark)[0]
        words = name.split()
        given = next((k for k, w in enumerate(words) if k > 0 and w in first_names()), None)
        if given is None:
            return name
        party = " ".join(words[:given])
        plural = lookup(party + "s")
        return plural.name if plural is not None and plural.kind == "org" else party

    def _of_a_vote(self, sent: Sentence) -> bool:
        """Whether SENT speaks of a vote (votes, ballots, an election, seats); read once a sentence, so a long
        sentence of shares is not read again at each."""
        cache = self._votes
        if sent.start not in cache:
            cache[sent.start] = _VOTE_WORDS.search(sent.text) is not None
        return cache[sent.start]

    def _firm_acts_in(self, sent: Sentence, ents: list[Entity]) -> str | None:
        """The firm a clause of SENT names by its kind as acting ("as the company wrote down", "yet the club sold"),
        where the sentence names no body; read once a sentence."""
        cache = self._firm_acts
        if sent.start not in cache:
            cache[sent.start] = None
            acts = _KIND_ACTS_IN_CLAUSE.search(sent.text)
            if acts and (acts.group("verb") in _past_verbs() or acts.group("verb").endswith("ed")) \
                    and (acts.group("verb") not in _speech_words() or acts.group("off")) \
                    and (acts.group("head") in FIRM_HEADS or acts.group("head") == "club") \
                    and not any((e.org or e.place is not None and e.place.kind in ("org", "force"))
                                and not e.surface.lower().startswith("the ") for e in ents):
                # (the kind's own mention, read as the body it stands for, is no other body)
                cache[sent.start] = next((e.org for e in ents if e.org and e.start == sent.start + acts.start("head") - 4),
                                         None) or self._named_by_kind(acts.group("head"))
        return cache[sent.start]

    def _rules_owner(self, f: Mention, ents: list[Entity], sent: Sentence) -> str | None:
        """The body whose rules, plan or offer the sentence opens with, for a figure after that phrase with no
        body named between: "Under LFP rules, anyone buying more than 25% of a club must ...", "Under Spain's
        national drought plan, a basin ... below 20% of capacity", "Under the department's offer, a teacher would
        receive an extra £1,526" (not a country's adjective: "Under Swedish rules", "Under French labour law")."""
        if not self.text.startswith("Under", sent.start) or f.category in ("people", "casualties"):
            return None
        under = _UNDER_RULES.match(self.text, sent.start, f.start)
        if under is None or any((e.org or e.place) and under.end() <= e.start < f.start for e in _near(ents, f.start)):
            return None
        if under.group("head"):
            head = under.group("head")
            return (self._named_by_kind(head) or self._known_org_with(head)) if head in _BODY_HEADS else None
        name = _unpossessive(under.group("name") or under.group("setter"))
        place = lookup(name)
        if place is not None and place.kind not in ("country", "org", "force", "nation"):
            return None  # "Under Swedish rules": an adjective of a country's, no body
        if name.split()[0] in first_names() or name in self.people.values():
            return None
        if place is not None:
            return _owner_name(Entity(0, 0, name, place, ""))
        return self.org_alias.get(name.lower(), self.expand(name))

    def _general_clause(self, f: Mention, sent: Sentence, ents: list[Entity]) -> bool:
        """Whether figure F stands in a clause of time, cause or place with a subject of its own, one that
        is neither a body nor a thing a body owns: "the council will spend more on roads after residents
        reported 11,000 potholes", "where congestion has held up 30 projects". Such a figure is no one's, not the
        main clause's subject's (not "after revenue rose 12%", "as its sales fell", "after the company cut 300
        jobs", "after hiring 1,900"). A clause of contrast ("while ...") and one of time ("when demand peaked
        at ...") are left to the subject: they often measure the subject's own business."""
        lo = max(sent.start, f.start - 150)
        conj = None
        for conj in _GENERAL_CLAUSE_OPENS.finditer(self.text, lo, f.start):
            pass  # the nearest opener before the figure, in a bounded window
        if conj is None or _CLAUSE_BREAK.search(self.text, conj.end(), f.start) or "," in self.text[conj.end():f.start]:
            return False
        words = self.text[conj.end():f.start].split()
        if _OWN_WORDS.search(self.text, conj.end(), f.noun_end):
            return False  # "after engine checks grounded 28 of its jets": the body's own
        if len(words) < 2 or not words[0].isalpha() or not words[0].islower() or words[0].endswith("ing") \
                or words[0] in _CLAUSE_PRONOUNS:
            return False
        if words[0] in ("the", "a", "an") and (not words[1].isalpha() or not words[1].islower()
                                                or words[1] in _BODY_HEADS or words[1] in _CLAUSE_PRONOUNS
                                                or f"the {words[1]}" in backrefs()):
            return False  # "after the company said", "as the city recorded": the body named before
        verb = next((k for k, w in enumerate(words) if k >= 1 and (w in _past_verbs() or _MEASURE_MOVES.fullmatch(w)
                                                                    or (len(w) > 4 and w.endswith("ed"))
                                                                    or w in ("will", "would", "could", "can", "may"))), None)
        if verb is None:
            return False
        own = _BODIES["own_measures"]["words"]
        for w in (w.lower().strip("'’") for w in words[:verb]):
            if w in _CLAUSE_PRONOUNS or w in own or (w != "share" and (w + "s" in own or w + "es" in own)) or w in _OWN_SINGULARS \
                    or w.endswith(("'s", "’s")) or w in _BODY_HEADS:
                return False  # "after revenue rose 12%", "as net profit fell": the subject's own measures
        return not any((e.org or (e.place and e.place.kind in ("org", "force")))
                       and conj.end() <= e.start < f.start for e in ents)

    def _its_people_speak(self, lo: int, hi: int) -> bool:
        """Whether a speech verb stands between LO and HI (a bounded run of words) with no "it" or "its" after
        it: "The committee's director, Lucía Andrade, said the 46 figure" (not "said that it had cut")."""
        at = lo
        for w in self.text[lo:min(hi, lo + 600)].split()[:30]:  # (a bounded slice: read once per figure)
            at = self.text.find(w, at) + len(w)
            if _speech_re().fullmatch(w.strip(",").lower()):
                return not _IT_OR_ITS.search(self.text, at, min(hi, at + 600))
        return False

    def _known_by_kind(self, head: str, before: int) -> str | None:
        """The body news names by HEAD alone ("the alliance": NATO) that the story named last before BEFORE."""
        found = _known_by_kind_re().get(head)
        if found is None:
            return None
        hits = self._known_kind_hits
        if head not in hits:  # every mention, found in one pass over the text, then looked up by position
            hits[head] = [(m.start(), found[1][m.group()]) for m in found[0].finditer(self.text)]
        starts = hits[head]
        k = bisect_left(starts, (before,))
        return starts[k - 1][1] if k else None

    def _named_by_kind(self, head: str) -> str | None:
        """The body the story named that a word of its kind stands for ("the chain": Pellow & Dunn; "the
        union": the union named, whatever it is called), not a union for another kind of body."""
        return (self.org_alias.named_with(_UNION_WORD) if head == "union" else next(
            (o for o in self.org_alias.ending_with(head) if not _UNION_LIKE.search(o)), None)) \
            or self._introduced_as(head) or self.org_alias.named_with(head) \
            or (self._last_club() if head == "club" else None)  # "the club's previous record": Harbourne City

    def _reports_an_incident(self, e: Entity, f: Mention) -> bool:
        """Whether body E, one that attends incidents (bodies.toml [reporting_bodies]), only reports the
        figure: E speaks right after its name and the reported clause has a subject of its own, not "it"."""
        assert e.org is not None  # (asked of a body named by its name)
        if f.category == "personnel" or not any(
                w in _REPORTING_BODY_WORDS for w in e.org.lower().split()):
            return False
        said = _SPEECH_RIGHT_AFTER.match(self.text, e.end, f.start)
        return said is not None and not _ITSELF_NEXT.match(self.text, said.end(), f.start)

    def _personnel_from(self, at: int) -> str | None:
        """The body people counted come from, right after their noun: "160 rescuers from the national
        search and rescue agency, Basarnas" (the name beside the role), "350 volunteers from the Indonesian
        Red Cross (PMI)" (the name), "420 personnel from the West Sumatra disaster mitigation agency" (the
        role as written); not a place ("troops from Poland") or a count ("from 14 countries")."""
        m = _FROM_BODY.match(self.text, at)
        if m is None:
            return None
        phrase = m.group("phrase").strip()
        words = phrase.split()
        if not words or words[0][:1].isdigit() or lookup(_unpossessive(phrase), allow_cities=True) is not None:
            return None
        if _POSSESSIVE.search(words[0]) and words[0][:1].isupper():
            name = _unpossessive(words[0])  # "480 from the OSCE’s Office for ...": the OSCE
            return self.org_alias.get(name.lower(), name) if (looked := lookup(name)) is None or looked.kind == "org" else None
        if all(w[:1].isupper() or w in ("of", "for", "and") for w in words):
            return self.org_alias.get(phrase.lower(), phrase)  # "the Indonesian Red Cross", "the Civil Protection Department"
        if words[-1].lower() in _BODY_HEADS or words[-1].lower() in PUBLIC_HEADS:
            named = _APPOSED_NAME.match(self.text, m.end("phrase"))
            if named and named.group(1).split()[0] not in first_names() and lookup(named.group(1)) is None:
                return named.group(1).rstrip(".")  # "the national search and rescue agency, Basarnas"
            return phrase  # "the West Sumatra disaster mitigation agency": the role as written
        return None

    def _government_of(self, person: str) -> str | None:
        """The government PERSON speaks for, from the title the story first gives them: "Morocco's
        industry minister, Karim Bennani" -> Morocco; "Flemish premier Koen Verstraete" -> "Flemish
        government" (a region's, named as written)."""
        cache = self._governments  # one search a person: linear however many figures
        if person not in cache:
            cache[person] = self._find_government_of(person)
        return cache[person]

    def _find_government_of(self, person: str) -> str | None:
        at = self.text.find(person)
        if at < 0:
            return None
        title = _GOVERNMENT_TITLE.search(self.text, max(0, at - 80), at)
        if title is None:
            bare = _NATIONAL_TITLE.search(self.text, max(0, at - 40), at)
            return self._home_country() if bare else None  # "Interior Minister Andrés Rivas": the story's country
        place = _unpossessive(title.group("place"))
        known = lookup(place)
        if known is not None and known.kind in ("country", "demonym", "nation"):
            return known.country
        if known is None and _POSSESSIVE.search(title.group("place")) is None and place.endswith(("ish", "an", "ese", "ian")):
            return f"{place} government"  # "Flemish premier": the region's government
        return None

    def _a_persons_name(self, name: str) -> bool:
        """Whether NAME, of two words or more, is the last part of the name of a person the story named ("Teixeira
        Mendes" after "Housing Minister Rui Teixeira Mendes"), taken for a body where it opens a sentence."""
        known = self.people.get(name.split()[-1])
        return known is not None and " " in name and known.endswith(" " + name)

    def _a_persons_surname(self, name: str) -> bool:
        """Whether NAME, one word the gazetteer lacks, is the surname of a person the story named in full ("Dlamini"
        after "Sipho Dlamini")."""
        known = self.people.get(name) if " " not in name else None
        given = known.split()[0] if known is not None else ""
        return known is not None and known.endswith(" " + name) and given.isalpha() and given.istitle() \
            and given.lower() not in _NOT_A_NAME and lookup(name) is None  # (not "State-owned Eskom")

    def _a_firm(self, name: str) -> bool:
        """Whether NAME is a firm or club the story named (not a person, a place, a public body or a union)."""
        return name in self.org_alias.bodies and name not in self.people.values() and lookup(name) is None and not any(
            w.lower() in NON_FIRM_HEADS or w.lower() in PUBLIC_HEADS for w in name.split()) and not _UNION_LIKE.search(name)

    def _a_firm_speaks(self, name: str) -> bool:
        """Whether the speaker NAME is a firm or club: no person, place, public body or union, whether or
        not the story indexed it as a body ("developer Norland Renewables said")."""
        return name[:1].isupper() and name not in self.people.values() and lookup(name) is None \
            and not GOVERNMENT.search(name) and name.split()[0].lower() not in _OPENING_POSSESSIVES and not any(
            w.lower() in _MILITARY_HEADS for w in name.split()) and not any(
            w.lower() in NON_FIRM_HEADS or w.lower() in PUBLIC_HEADS for w in name.split()) and not _UNION_LIKE.search(name)

    def _city_body(self, words: str) -> str | None:
        """ "the city council" in a story that names no council: the council of the city the story is
        about, as news names it ("Kraków city council")."""
        if not _CITY_BODY.fullmatch(words):
            return None
        city = self.top_city[0]
        return f"{city} {words.lower()}" if city else None

    def _the_city(self, sent: Sentence) -> str | None:
        """The city "the city" stands for as an owner: the city council the story named, else the city
        named last before the sentence."""
        council = next((o for o in itertools.islice(self.org_alias.first_named_with("council"), _RECENT_BODIES)
                        if o.split()[0] in cities() or lookup(o.split()[0], allow_cities=True) is not None), None)
        if council:
            return council
        para = self.paras[sent.paragraph]
        place = self._resolve_backref(Entity(sent.start, sent.start, "the city", None, ""), para)
        return place.name if place is not None and place.kind in ("city", "capital") else None

    def _owner_phrase(self, f: Mention, sent: Sentence) -> str | None:
        """A name that owns what the figure measures, in the figure's clause before it: "Ryanair's
        annual profit fell 16%", "Vodafone, whose shares fell 4.1%", "Shares in Rolls-Royce rose
        3%", "Toyota shares dropped 3.7%" (the nouns are kit/lexicons/owned_nouns.txt)."""
        breaks = self._place_candidates_breaks(sent)
        i = bisect_left(breaks, (f.start, f.start))
        lo = breaks[i - 1][1] if i > 0 and breaks[i - 1][1] <= f.start else sent.start
        found = None
        near = max(lo, f.start - OWNER_WINDOW)
        window = self.text[near:f.start]
        # every form holds "'s" (or a plural's "s'"), ", whose", "shares" or "stock": a window holding none of them is
        # passed at one look
        for m in _owner_re().finditer(self.text, near, f.start) if (
                "'s" in window or "’s" in window or "s'" in window or "s’" in window or "whose" in window or "hares" in window
                or "stock" in window) else ():
            found = m  # an owner is named within a few words of the figure: the window keeps this linear
        if found is None:
            found = _OPENING_POSSESSOR.match(self.text, lo)  # "Rheinstahl's steelworks in Duisburg emitted ..."
            if found is None and (named := _OPENING_POSSESSOR_OF_NAMED.match(self.text, lo)) \
                    and named.group("thing") not in first_names() and lookup(named.group("thing")) is None \
                    and named.group("next") not in _MEMBER_BODIES \
                    and named.group("next") not in ("branch", "chapter", "council", "committee", "party", "of", "for") \
                    and not any(w.lower() in _org_words() or w.lower() in _BODY_HEADS for w in named.group("run").split()):
                # (not a body of its own: "Unison's Hallamford branch said", "Wessex's Ministry of Health said",
                # which speaks and acts itself)
                found = named  # "Paramount's Starfall 3 took an estimated $142m": the firm whose product it is
            if found is None and lo > sent.start and self.text[lo - 4:lo] in (" and", " but") \
                    and _SAME_SUBJECT_GOES_ON.match(self.text, lo):
                # "Rheinstahl's steelworks emitted 7.4 million tonnes ..., and will cut that by a further 2.5
                # million tonnes": a clause with no subject of its own goes on with the sentence's
                found = _OPENING_POSSESSOR.match(self.text, sent.start)
            if found is None or found.end() > f.start or _lookup_in(self.text, found.group("name")) is not None \
                    or (found.re is _OPENING_POSSESSOR and _DESCRIBES_A_NAME.match(self.text, found.end("name"))):
                return None  # a place's possessive ("Spain's aviation agency, AESA,") is read elsewhere
        words = _unpossessive(_owner_group(found)).split()
        while words and words[0] in ("The", "the"):
            words = words[1:]
        if not words or words[0].lower() in NOT_SUBJECTS or words[0].lower() in _number_words():
            return None
        name = " ".join(words)
        if words[0] in first_names() and (len(words) > 1 or name in self.people):
            return None  # "Mikel Arteta's side": a person owns nothing here
        place = lookup(name)
        if place is not None:
            return _owner_name(Entity(0, 0, name, place, "")) if place.kind != "region" else None
        if any(lookup(w) for w in words) or any(w.lower().rstrip(".") in _titles() for w in words):
            return None
        if ACRONYM.fullmatch(name):
            name = self.expand(name)
        return self.org_alias.get(name.lower(), name)

    def _subject_body(self, sent: Sentence, pos: int) -> str | None:
        return self._subject_parts(sent, pos)[0]

    def _subject_parts(self, sent: Sentence, pos: int) -> tuple[str | None, tuple[int, int] | None, bool]:
        """The named body that opens the figure's clause and acts in it ("Nordvolt plans to ...",
        "Streaming service Vidora said it added ...", "Bramley's, Britain's fifth-largest chain, said"),
        the span of its aside, and whether its verb is a speech verb; no body when the subject is a
        person ("Tessa Morgan ran ..."), a place or a pronoun."""
        key = (sent.start, pos)
        if key in self._subjects:
            return self._subjects[key]
        found = self._find_subject(sent, pos)
        if found[0] and self._a_natural_feature(found[0], found[1]):
            found = (None, None, False, 0)  # "Freddy, the longest-lived cyclone on record, destroyed ...": no body
        self._subjects[key] = found[:3]
        if found[0]:
            self._subject_end[key] = found[3]
        return found[:3]

    def _find_subject(self, sent: Sentence, pos: int):
        none = (None, None, False, 0)
        left = self.text[sent.start:pos]
        if len(left) > 300:
            return none
        opening = _TIME_PHRASE.match(left) or _SUM_OPENER.match(left)
        if opening and opening.end() < len(left):
            # "Until last March, Nordvik called at Goole": the subject after the time the sentence opens with
            inner = Sentence(sent.start + opening.end(), sent.end, sent.text[opening.end():], sent.paragraph)
            return self._find_subject(inner, pos)
        opening = _PLACE_OR_STATE_OPENER.match(sent.text)
        if opening:
            if pos < sent.start + opening.end():
                return none  # "With 99.8% of ballots counted, PAS had ...": the opening phrase's figure is no subject's
            # "In the Landtag in Schwerin, the AfD will hold 28 seats", "With 99.8% of ballots counted, PAS had
            # 49.6%": the subject after the phrase of place or circumstance the sentence opens with (a body, not a
            # person: "At a farm outside Baud, Marie-Thérèse Guillo, 58, said")
            inner = Sentence(sent.start + opening.end(), sent.end, sent.text[opening.end():], sent.paragraph)
            found = self._find_subject(inner, pos)
            aged = found[1] is not None and _AGE_ASIDE.fullmatch(self.text, found[1][0], found[1][1])
            person = found[0] is not None and (found[0] in self.people.values() or found[0] in self.people
                                               or found[0].split()[0] in first_names())  # ("Kowalczyk said": a surname)
            return none if person or aged else found
        # (its head is one of the first five words, each read whole: where none of them is a trade's, no match is tried)
        described = _described_opener().match(left) if any(w.lower() in _TRADES for w in left.split(None, 5)[:5]) else None
        if described and described.group("head").lower() in _TRADES and described.group("head").lower() not in _RECORD_WORDS and \
                lookup(described.group("name")) is None:
            # "Low-cost carrier SkyNorte has ordered ...", "Dutch logistics group Van Dijk Logistiek will invest ...":
            # the firm its trade introduces acts
            name = self.org_alias.get(described.group("name").lower(), described.group("name"))
            verb = described.group("verb").lower()
            return name, None, bool(_speech_re().fullmatch(verb)), sent.start + described.end()
        spelled = self.spelled_at.get(sent.start + len(left) - len(left.lstrip()) + (4 if left.lstrip().startswith("The ") else 0))
        if spelled and (after := _after_initials_re().match(self.text, spelled, pos)):
            # "The Société de transport de Montréal (STM) carried": the body its initials spell acts
            name = self.text[sent.start + len(left) - len(left.lstrip()):spelled]
            name = name[4:] if name.startswith("The ") else name
            verb = after.group("verb").split()[-1]
            aside = (after.start("aside"), after.end("aside")) if after.group("aside") else None
            return self.org_alias.get(name.lower(), name), aside, bool(_speech_re().fullmatch(verb.lower())), after.end()
        foreign = _foreign_body_subject_re().match(left) if left[:12].lstrip()[:1] in _FOREIGN_HEAD_INITIALS else None
        if foreign and not any(_NEW_SUBJECT.match(left, b.end()) for b in _CLAUSE_BREAK.finditer(left, foreign.end())):
            # "Banco de México held its key rate": the body acts, not the country its name ends with
            name = _unpossessive(foreign.group("name"))
            aside = (sent.start + foreign.start("aside"), sent.start + foreign.end("aside")) if foreign.group("aside") else None
            speech = bool(_speech_re().fullmatch(foreign.group("verb").split()[-1].lower()))
            return self.org_alias.get(name.lower(), name), aside, speech, sent.start + foreign.end()
        the = _the_body_acts(left)
        if the and the.group("head").lower() in _BODIES["kinds_of_known_bodies"] \
                and (known := self._known_by_kind(the.group("head").lower(), sent.start)) \
                and not _speech_re().fullmatch(the.group("verb").lower()) and not any(
                re.match(r"\s*(?:(?:the|a|an|its|their|his|her)\b|[A-ZÀ-ÖØ-Þ])", left[b.end():]) for b in _CLAUSE_BREAK.finditer(left, the.end())):
            return known, None, False, sent.start + the.end()  # "The alliance now keeps 12 jets": NATO, named before
        if the and the.group("head").lower() in _BODY_HEADS and not any(
                re.match(r"\s*(?:(?:the|a|an|its|their|his|her)\b|[A-ZÀ-ÖØ-Þ])", left[b.end():]) for b in _CLAUSE_BREAK.finditer(left, the.end())):
            # "The agency is also sending 120 tanker lorries", "The union is seeking a 21% rise": the body
            # the story has named with that word, when it has named one
            head = the.group("head").lower()
            # "The Denver-based carrier paid": a firm's word with no body so named is the firm the story named
            named = self.org_alias.named_with(_UNION_WORD if head == "union" else head) or (
                (self.recent_orgs[-1] if head == "group" and self.recent_orgs else None)  # a campaign group too
                or self._last_firm() if head in FIRM_HEADS else None) or (  # "the union": the INMO, a nurses' body
                self._city_body(the.group("words")) if head == "council" else None) or self._introduced_as(head)
            if head in FIRM_HEADS and named and not self.org_alias.named_with(head):
                named = self._lead_firm_over(named, sent)
            if named and (not _speech_re().fullmatch(the.group("verb").lower())
                          or _ITS_OWN_ACT.match(self.text, sent.start + the.end())):
                return named, None, False, sent.start + the.end()
        elif the and the.group("words") == the.group("head") and the.group("head") not in _NOT_A_BODY_HEAD \
                and not _speech_re().fullmatch(the.group("verb").lower()) \
                and (the.group("verb").endswith(("ed", "s")) or the.start("verb") > the.end("head") + 1):
            # "The network has postponed 4,300 appointments": the last word of a body the story named
            # ("the Rideau Valley Health Network") names it again
            named = next(self.org_alias.ending_with(the.group("head")), None)
            if named and len(named.split()) > 1 and lookup(named) is None:
                return named, None, False, sent.start + the.end()
        m = _subject_re().match(left)
        if not m or any(_NEW_SUBJECT.match(left, b.end()) for b in _CLAUSE_BREAK.finditer(left, m.end())):
            # "The Greens won eight seats, while the Centre Party held on to 22": another subject;
            # "Nordvolt plans to build ..., and will invest": the same one
            return none
        words = m.group("name").split()
        if words[-1] in ("of", "for", "and", "&"):
            return none  # "Charges for collecting garden waste will rise": a common noun and its complement, no name
        participle = len(words) > 1 and _DESCRIBING_PARTICIPLE.fullmatch(words[0]) is not None
        if participle:
            words = words[1:]  # "Istanbul-based Dizimax", "State-owned Eskom": the firm the participle describes
        if any(_unpossessive(w).lower() in _CALENDAR for w in words):
            return none  # "Rainfall between November and February was down 42%": months, no body
        if _ROAD.fullmatch(" ".join(words)):
            return none  # "The A4 was closed ...": a road, no body ("the group" later is not the road)
        verb = m.group("verb").split()[-1]
        aside = (sent.start + m.start("aside"), sent.start + m.end("aside")) if m.group("aside") else None
        if aside and ((_A_VESSEL.match(m.group("aside")) and not _AIRLINE_CARRIER.search(m.group("aside")))
                      or _RUN_BY_ASIDE.match(m.group("aside"))) \
                and not (_RUN_BY.search(m.group("aside")) is None and _speech_re().fullmatch(verb.lower())):
            # (a ship says nothing: "Nordvik Line, a container carrier, said" is the shipping line)
            # "The Sea Lantern, a rescue ship run by the German charity Aurora Rescue,": a ship acts for the body
            # that runs it, named in the aside
            runner = _RUN_BY.search(m.group("aside"))
            if runner is None or lookup(runner.group(1)) is not None:
                return none
            name = runner.group(1)
            return self.org_alias.get(name.lower(), name), aside, bool(_speech_re().fullmatch(m.group("verb").split()[-1].lower())), \
                sent.start + m.end()
        speech = bool(_speech_re().fullmatch(verb.lower()))
        end = sent.start + m.end()
        while len(words) > 2 and words[0].lower() in _owned_words() and words[1] in ("of", "in"):
            words = words[2:]  # "Shares of Harlow Media Inc fell": the firm
        if _POSSESSIVE.search(words[0]) and (country := lookup(_unpossessive(words[0]))) is not None \
                and country.kind == "country" and (at := self.text.find(words[0], sent.start + m.start("name"), end)) >= 0 \
                and (body := self._country_body_at(country.country, at + len(words[0]))):
            return body, aside, speech, end  # "Finland's Border Guard deployed two helicopters", "Sweden's coastguard
            # said": the body the story named with the country's adjective ("the Finnish Border Guard")
        owner = lookup(_unpossessive(words[0])) if len(words) > 1 and _POSSESSIVE.search(words[0]) else None
        if owner is None and len(words) > 2 and _POSSESSIVE.search(words[1]) and words[0][:1].isupper() \
                and lookup(_unpossessive(" ".join(words[:2]))) is not None and _names_one(words[2:]):
            words = words[2:]  # "South Africa's Transnet Port Terminals": a firm, described by a country of two words
        if owner is not None and words[1] in first_names():
            return none  # "Jamaica's Tessa Morgan ran": a person acts, owning nothing
        if owner is not None and _names_one(words[1:]):
            words = words[1:]  # "India's Tata Motors reported ...": the firm, described by its country
        elif owner is not None and words[1][:1].isupper() and owner.kind in ("country", "nation"):
            if any(w.lower() in _org_words() for w in words[1:]) and not any(
                    w.lower() in _MILITARY_HEADS or w.lower() in _GOVERNING_WORDS for w in words[1:]):
                # "Ireland's Department of Education said it would hire 1,100 assistants": the named body acts (a
                # government's council or cabinet, a force, acts for the country: "Switzerland's Federal Council")
                body = " ".join(words[1:])
                return self.org_alias.get(body.lower(), body), aside, speech, end
            return owner.country, aside, speech, end  # "Russia's Northern Fleet has deployed ...": the country's body acts
        # a capital after "the" names a body ("The Liberals won seven seats"), where a common noun
        # opening a sentence has none ("Unemployment rose", "Analysts said")
        named_by_the = len(words) == 1 and not participle and left[:m.start("name")].rstrip().endswith(("The", "the"))
        kind_aside = _TRADE_ASIDE.match(m.group("aside") or "") is not None and any(
            w.lower() in _TRADES for w in m.group("aside").replace(",", " ").split()[1:6])
        if len(words) == 1 and verb in _past_verbs() and not _BASE_SUBJECT_VERBS.fullmatch(verb) and not participle and not (
                any(c.isupper() for c in words[0][1:]) or words[0] in self._mid_sentence_words() or named_by_the
                or kind_aside):
            # ("Aldwick, the second-largest grocer in Britain, held 16.9%": an aside naming its trade makes a name)
            return none  # "Unemployment rose", "Turnout fell": a common noun opening a sentence, not a name
        if len(words) == 1 and (words[0].lower() in _owned_words() or (
                words[0].lower().endswith("ly") and lookup(words[0]) is None and words[0] not in first_names())
                or (words[0].lower() in self._mid_sentence_words() and not any(c.isupper() for c in words[0][1:]))):
            return none  # "Revenue climbed", "Output rose", "Separately, Sweden ...": a common word opens the sentence
            # (not letters written in capitals: "The STM plans", whatever "stm.info" the story prints)
        if len(words) > 1 and words[0].lower() in DESCRIPTORS and words[1][:1].isupper() and words[0].lower() not in _RECORD_WORDS:
            words = words[1:]  # "Carmaker Stellbrook", "Rival Nimbic" (not "Data Protection Commission": a record's
            # word opens a name, it describes no firm)
        name = _unpossessive(" ".join(words))
        head_of = _HEAD_OF.match(m.group("aside") or "")
        if head_of and verb.lower() in _COMMITS and (name in self.people.values() or words[0] in first_names()):
            # "Manuel Ortega, president of the Junta de Andalucía, announced a €350 million fund": the body
            # its head commits
            body = head_of.group("body")
            place = lookup(body)
            return (_owner_name(Entity(0, 0, body, place, "")) if place is not None and place.kind in (
                "country", "nation", "org", "force") else self.org_alias.get(body.lower(), body)), aside, speech, end
        if len(words) == 1 and words[0] in _CLUB_SHORT_NAMES and name.lower() in self.org_alias:
            return self.org_alias[name.lower()], aside, speech, end  # "Wanderers charge ...": the club so named
        if len(words) == 1 and not named_by_the and words[0][1:].islower() and ((words[0].lower(),) in _counted_nouns() or _DESTROYED.fullmatch(words[0])
                                                           or words[0].lower() in LOCATED_UNITS or words[0].lower() in _COMMON_OPENERS):
            return none  # "Troops crossed", "Floods damaged", "Hospitals reported": things counted, not a body's name
        if len(words) == 1 and not named_by_the and (words[0].lower() in _speaker_heads() or _COMMON_PLURAL.search(words[0])
                                                      or (_ABSTRACT_NOUN.search(words[0]) and lookup(words[0]) is None
                                                          and words[0] not in self._mid_sentence_words())):
            return none  # "Analysts said", "Airlines cancelled", "Wildfires have burned": no body named; "Membership has
            # risen", "Employment fell", "Attendance has grown": a noun of a state or an act, no name (unless the
            # story writes it so within a sentence: "shares in Avance fell ... Avance has cut 300 jobs")
        if words[0].lower() in NOT_SUBJECTS or words[0].lower() in _number_words() or (len(words) == 1 and (
                (name in first_names() and self._names_a_person(name))
                or (name in self.people and self.people[name].split()[0] in first_names()))):
            return none  # "It said", "The planned reservoir", "Marchenko said": no body named
        firm = "&" in words  # "Marks & Spencer", "Procter & Gamble": a firm, whatever its first word
        if words[0] in first_names() and not any(w.lower() in _org_words() for w in words) and len(words) > 1 and not firm \
                and not (len(words) > 2 and lookup(" ".join(words[:2])) is not None) \
                and not (m.group("aside") and _BODY_ASIDE.match(m.group("aside"))):
            return none  # a person acts, owning nothing (not "Nova Scotia Health", a body named for a place, nor one
            # an aside calls a body: "..., the provincial health authority,")
        if len(words) > 2 and words[-2] in first_names() and words[0].lower() not in _org_words() and not firm \
                and not any(w.lower() in _org_words() for w in words) and lookup(words[-1]) is None:
            return none  # "Challenger Marta Kessler won": a person the word before describes
        if name in self.people.values() and words[0] in first_names() and not firm:
            return none
        if m.group("aside") and name in self.people.values() and any(
                w.lower().strip(",.") in PERSON_ROLES or w.lower().strip(",.") in _titles() for w in m.group("aside").split()):
            return none  # "Enamul Haque, a spokesman for the department, told reporters": a person, owning nothing
        place = lookup(name, allow_cities=True)
        if place is not None:
            if place.kind == "region" and place.country and len(words) > 1 and not speech:
                return place.name, aside, speech, end  # "Western Australia levies a royalty of 7.5%": a state acts
            if place.kind == "city" and len(words) == 1 and verb.lower() in _ACTING_VERBS and lookup(name) is None \
                    and m.group("verb").split()[0] not in ("is", "are", "was", "were") and m.start("name") == 0:
                return name, aside, speech, end  # "Toyota will cut 20,000 jobs", "Newcastle paid £69m": a firm, a club or a town acts
            if place.kind == "state" and not speech and m.group("verb").split()[0] not in ("is", "are", "was", "were", "been"):
                return place.name, aside, speech, end  # "Texas will spend $2 billion": a state acts, as a nation does
            if place.kind in ("city", "state", "place", "region"):
                return none  # "Huanta was cut off", "Antarctica lost ...": a place acts for nobody
            if place.kind == "org":
                return _owner_name(Entity(0, 0, name, place, "")), aside, speech, end  # "The European Central Bank cut"
            # a nation or province within a state acts for itself ("Ontario is sending 60 firefighters")
            return (place.country if place.kind in ("country", "demonym", "capital") else place.name), aside, speech, end
        if len(words) == 1 and GOVERNMENT.fullmatch(name):
            # "The Treasury will spend ...": the government of the story's country
            gov_country = self._government_country()
            return (gov_country, aside, speech, end) if gov_country else none
        if len(words) == 2 and words[1].lower() in ("government", "administration"):
            # "The French government" is France's; "The Scottish Government", "the Victorian
            # government" govern a part of a country, named as written
            adj = lookup(_unpossessive(words[0]))
            body = adj.country if adj is not None and (adj.kind == "demonym" or (
                adj.kind == "country" and _POSSESSIVE.search(words[0]))) else name  # "Kenya's government"
            if adj is not None and adj.kind in ("region", "state", "nation") and _POSSESSIVE.search(words[0]):
                body = _government_name(adj.name)  # "Québec’s government has offered": the province's, as news names it
            return body, aside, speech, end
        body_named = words[0].lower() in _org_words() or words[-1].lower() in _org_words()  # "Department of Education"
        if (any(lookup(w) for w in words) and not _body_with_a_place(words)) or (
                not body_named and any(w.lower().rstrip(".") in _titles() for w in words[:-1])):
            return none  # "Health Secretary Alasdair Munro", "Russian-installed officials" (not "Harrow Home")
        if ACRONYM.fullmatch(name):
            name = self.expand(name)  # "The RCN wants 12%": the Royal College of Nursing
        return self.org_alias.get(name.lower(), name), aside, speech, end

    def _named_in_full(self, lead: list[str]) -> str | None:
        """A capitalised name ending an "according to" ("according to TfL"), as the story names it in full."""
        body = lead[1:] if lead[0].lower() == "the" else lead
        name = " ".join(body)
        place = lookup(name) if name else None
        if not name or (place is not None and place.kind not in ("org", "force")):
            return None  # "according to Ukraine": a country is no source by itself
        return self.org_alias.get(name.lower(), name)

    def _names_a_person(self, given: str) -> bool:
        """Whether a lone given name opening a sentence is a person's: the story names someone so
        ("Sarah Okafor ... Sarah said"); else it names a body ("Nissan will shed 20,000 jobs")."""
        return any(full.split()[0] == given for full in self.people.values())

    def _mid_sentence_words(self) -> "_MidWords":
        """The words the text writes after a lower-case word or a comma (not opening a sentence), found
        once: "revenue" written so is a common word, "Halden" so a name."""
        if self._mid_words is None:
            self._mid_words = _MidWords(self.text)
        return self._mid_words

    def _describes_one(self, at: int) -> bool:
        """ "Jamaica's Tessa Morgan", "India's Tata Motors", "Spain's biggest lender": a country's
        possessive that describes one person or firm named after it (not "Britain's Royal Navy",
        a body the gazetteer knows, nor "Russia's Defence Ministry")."""
        m = DESCRIBES_ONE.match(self.text, at)
        if not m:
            return False
        if not m.group("name"):
            return True
        run = _found(_NAME_AFTER.match(self.text, m.start("name")))
        if _AN_INDEX.match(self.text, run.end()):
            return False  # "Hong Kong's Hang Seng index": a market, in its place
        return _names_one(run.group().split())

    def spelled_out(self) -> dict[str, str]:
        """Initials -> the name they stand for, from every run of capitalised words in the article
        ("Royal College of Nursing" -> RCN), worked out once."""
        if self._spelled is None:
            self._spelled = {}
            for m in _NAME_RUN.finditer(self.text):
                words = [w for w in m.group().split() if w.lower() not in ("of", "for", "and", "the", "on")]
                if len(words) >= 2:
                    self._spelled.setdefault("".join(w[0] for w in words).upper(), m.group())
                    # "Transport for London" is also "TfL": initials of every word
                    self._spelled.setdefault("".join(w[0] for w in m.group().split()).upper(), m.group())
        return self._spelled

    @overload
    def expand(self, name: str) -> str: ...

    @overload
    def expand(self, name: None) -> None: ...

    def expand(self, name: str | None) -> str | None:
        """A body named by its initials, spelled out where the article spells it ("WFP" -> "World
        Food Programme", "TfL" -> "Transport for London"); any other name as it is."""
        if name and " " not in name and _INITIALS.fullmatch(name) and sum(c.isupper() for c in name) >= 2 \
                and lookup(name) is None:  # "US", "EU", "NATO" stay as news writes them
            return _THE_OPENING.sub("", self.spelled_out().get(name.upper(), name))
        if name and 3 <= len(name) <= 5 and name[:1].isupper() and name[1:].islower() and lookup(name) is None:
            # "the Met deployed 1,400 officers" after "the Metropolitan Police": the one body the clipped word opens
            # (a clipped word, at most half its first word: not "Metro" of "Metro Transit Authority")
            full = self.org_alias.clipped(name)
            if len(full) == 1:
                return next(iter(full))
        return name

    def _adjectival(self, e: Entity) -> bool:
        """ "Scottish rival", "Ukrainian officials": a nation's adjective before a lower-case noun."""
        return e.surface.endswith(("ish", "ian", "ese", "an", "i")) and self.text[e.end:e.end + 2].strip()[:1].islower()

    def _demonym_as_owner(self, e: Entity) -> bool:
        """ "Russian troops", "British officials": a demonym owns the noun it qualifies; not in
        "Dutch chipmaker Veldstra", "Latvian airline SkyBaltic", where it describes a named body."""
        nxt = self.text[e.end:e.end + 20].lstrip().lower()
        if _DESCRIBES_A_NAME.match(self.text, e.end):
            return False
        if self.text[max(0, e.start - 4):e.start].lower() == "the " and _FIRM_WORD_AFTER.match(self.text, e.end):
            return False  # "the Norwegian company said", "the French club": a body the story named, not its country
        if nxt.split(" ", 1)[0].rstrip(".,;:") in _currency_nouns():
            return False  # "12.1 billion Danish kroner", "Swiss francs": a currency, not its country's
        if _places_a_noun(self.text, e.end):
            return False  # "at 11 German airports": where, not whose
        return not nxt.startswith(("border", "frontier", "coast", "city", "cities", "capital", "soil", "territory", "airspace"))

    # -- location ------------------------------------------------------------------------------

    def _location(self, f: Mention, ents: list[Entity], sent: Sentence, para: Paragraph) -> str | None:
        place = self._place_of(f, ents, sent, para)
        if place is None:
            return None
        # a facility named before the town it is in is the more specific place: "Mountjoy Prison in Dublin
        # was holding 1,046 men" is at the prison, "a doctor at Kamuzu Central Hospital in Lilongwe said 14
        # people had been treated" at the hospital
        for e in _near(ents, f.start):
            if e.place is not None and e.prep in ("in", "on", "near", "outside") and sent.start <= e.start < sent.end \
                    and _place_name(e) == place and e.place.kind != "site":
                facility = _facility_before(self.text, sent.start, e.start)
                if facility and not (f.actor and (f.actor in facility or facility in f.actor)):
                    return facility  # (not the facility that acts: "The Royal Cornwall Hospital in Truro postponed
                    # 23 operations" are its own, in Truro)
        return place

    def _fining_country(self, f: Mention, ents: list[Entity], sent: Sentence) -> str | None:
        """The country whose named body, after its possessive, fines the money F counts ("Ireland's Data Protection
        Commission ... fined the app €310m", "Spain's Supreme Court upheld a €1.2m fine"), if any."""
        verb = _FINED_BEFORE.search(self.text, max(sent.start, f.start - 90), f.start)
        if verb is None and not _A_FINE_AFTER.match(self.text, f.end, min(sent.end, f.end + 12)):
            return None
        at = verb.start() if verb is not None else f.start
        for e in reversed(_near(ents, f.start)):
            if e.end <= at and at - e.end <= 200 and sent.start <= e.start and e.place is not None \
                    and e.place.kind in ("country", "nation") and e.surface.endswith(("'s", "’s")):
                body = _NAMED_FINING_BODY.match(self.text, e.end, at)
                return _place_name(e) if body is not None else None
        return None

    def _spoken_at(self, e: Entity, f: Mention, sent: Sentence) -> bool:
        """Whether E is the place a speech verb after the figure names ("told the Bundestag in Berlin")."""
        if e.start <= f.end:
            return False
        if _FILED_WITH.search(self.text, max(sent.start, f.end, e.start - 50), e.start):
            return True  # "..., the company said in a filing to the Hong Kong stock exchange", "said in a report
            # released in Chandigarh": where it reported
        if e.prep not in ("in", "at"):
            return False
        m = _SPOKEN_AT.search(self.text, max(sent.start, f.end, e.start - 70), e.start)
        return m is not None

    def _place_of(self, f: Mention, ents: list[Entity], sent: Sentence, para: Paragraph) -> str | None:
        dest, pos, breaks = self._place_candidates(ents, sent, para)
        lo, hi = _clause_around(breaks, sent, f.start)
        # only the candidates nearest the figure: its place is named close by, and a sentence of a
        # thousand figures must not be scanned a thousand times
        near_dest, near_pos = _near(dest, f.start), _near(pos, f.start)
        near_dest, near_pos = self._unanchored(near_dest, ents, sent), self._unanchored(near_pos, ents, sent)
        near_dest, near_pos = self._same_relative(near_dest, f, sent), self._same_relative(near_pos, f, sent)
        cause = self._bearing_cause(f, sent, ents)
        if cause and cause.start() <= f.start < cause.end() and (_FIRM_CAUSE.match(self.text, cause.start())
                                                                 or _RESULTS_CAUSE.search(self.text, cause.start(), f.start)):
            # "Sony shares fell 4.2% in Tokyo after it forecast profit of ¥1.3 trillion", "after the country
            # raised fuel prices by up to 15%": a figure of the cause is not where the market it moved trades;
            # only the cause's own places place it
            near_dest = [e for e in near_dest if cause.start() <= e.start < cause.end()]
            near_pos = [e for e in near_pos if cause.start() <= e.start < cause.end()]
            lo = max(lo, cause.start())
        elif cause and not cause.start() <= f.start < cause.end():
            # "Brent rose 1.6% after drones struck the Baltic port of Primorsk": the cause's place is not a
            # price's or a share's (a toll "after an earthquake struck the Ayacucho region" is there)
            near_dest = [e for e in near_dest if not cause.start() <= e.start < cause.end()]
            near_pos = [e for e in near_pos if not cause.start() <= e.start < cause.end()]
        # where the words were spoken is not where the figure is: '"... 14.60 euros an hour," the minister told the
        # Bundestag in Berlin', "..., she told reporters in Nairobi" (a place after the speech verb that follows the figure)
        near_dest = [e for e in near_dest if not self._spoken_at(e, f, sent)]
        near_pos = [e for e in near_pos if not self._spoken_at(e, f, sent)]
        # a ground named for a crowd is where people are, not the match's other figures: "in front of 52,187
        # fans at St James' Park, after the club had rejected a bid of almost £70m" (a town is the match's:
        # "scored 31 points in front of 18,204 fans in Denver")
        venues = [e for e in near_dest + near_pos if e.place.kind in ("place", "site") and _AT_A_MATCH.search(
            self.text, max(sent.start, e.start - 40), e.start)]
        if venues and f.category != "people":
            near_dest = [e for e in near_dest if e not in venues]
            near_pos = [e for e in near_pos if e not in venues]
        end = max(f.end, f.noun_end)
        if f.category == "money" and (fining := self._fining_country(f, ents, sent)) is not None:
            return fining  # "Ireland's Data Protection Commission fined the app €310m for transferring data to
            # servers in Singapore", "Spain's Supreme Court upheld a €1.2m fine": the penalty is the state's whose
            # named regulator or court imposes it, not the place of the wrong it punishes
        where = self.text.rfind(", where ", max(sent.start, f.start - 160), f.start)
        if where >= 0 and not _COMMA_BREAK.search(self.text, where + 8, f.start):
            # "rents shut out families in Lisbon, where the median rent is €1,650 a month", "expanding the Jafurah
            # field, where it plans to drill 120 wells": a clause that opens with "where" after a place is there,
            # unless it names a place of its own
            near = _near(ents, f.start)
            named = next((x for x in near if x.end == where and x.place is not None
                          and x.place.kind not in ("org", "force", "demonym")), None)
            if named is not None and not any(
                    x.place is not None and x.place.kind not in ("org", "force") and where < x.start <= end + 12
                    for x in near):
                town = next((x for x in near if x.end + 2 == named.start and self.text[x.end:named.start] == ", "
                             and x.place is not None and x.place.kind in ("city", "capital", "place", "site")), None)
                return _place_name(town or named)  # (the town a country follows: "in Kenitra, Morocco, where")
        for e in reversed(_near(ents, f.start)):
            if e.end <= f.start:
                if f.start - e.end <= 30 and e.prep in _COMPARED and e.place is not None \
                        and e.surface.endswith(("'s", "’s")) and not re.search(r"\d", self.text[e.end:f.start]):
                    # "below Chile's 4.1%": the figure compared with is the possessor's, where it is a place;
                    # a body's is no place's ("well above the EU's 3% ceiling")
                    return _place_name(e) if e.place.kind in ("country", "nation", "city", "capital", "state",
                                                              "region", "place") else None
                break
        if _EVERYWHERE.match(self.text, end) or _ABROAD_MARKETS.search(self.text, f.end, end):
            return None  # "employs about 41,000 people worldwide": no one place (nor "a further $98m from 52
            # international markets", "sold about 9 million tonnes abroad")
        total = _RUNNING_TOTAL.search(self.text, max(sent.start, f.start - 140), f.start) if self.text[
            max(sent.start, f.start - 4):f.start].rstrip().endswith("to") else None  # (most figures follow no "to")
        if total and not _THERE.search(self.text, total.start(), f.start) and not any(
                total.start() <= x.start < f.start + 1 and (
                    (x.place is not None and x.place.kind not in ("org", "force"))
                    or (x.place is None and x.org is None and x.surface in backrefs())) for x in _near(ents, f.start)) \
                and not any(0 <= x.start - end <= 12 and x.prep in _WHERE_PREPS for x in _near(ents, f.start)) \
                and not any(x.start < total.start() and not x.surface.endswith(("'s", "’s")) for x in near_dest):
            return None  # "..., taking his league tally to 21 goals", "bringing the number it has launched this year
            # to more than 1,100": a running total, not where the match or the launch was (but "bringing its presence
            # in the country to roughly 5,000" is there, and "supply five radars to the Philippines, bringing the
            # total it has provided to eight" goes there too)
        if (f.unit in DISTANCE_UNITS or f.unit in _AREA_UNIT_NAMES) and (of := _OF_A_PLACE.match(self.text, end)):
            for e in _near(ents, f.start):
                if of.end() <= e.start <= of.end() + 4 and e.place is not None \
                        and e.place.kind not in ("org", "force", "demonym") and not self._describes_one(e.end):
                    return _place_name(e)  # "120,000 hectares of northern Kenya", "30 kilometres of the Dingle
                    # Peninsula's coastline": the land or the shore measured is that place's
        if f.unit in DISTANCE_UNITS and (frm := _FROM_NEXT.match(self.text, end)):  # measured from a place
            for e in _near(ents, f.start):
                if 0 <= e.start - frm.end() <= 4 and e.prep == "from" and e.place is not None \
                        and e.place.kind not in ("org", "force", "demonym"):
                    return _place_name(e)  # "will pass 280,000km from Earth": measured from there
        for e in reversed(_near(ents, f.start)):
            if e.end <= f.start and f.start - e.end <= 60:
                if e.place is not None and e.place.kind not in ("org", "force", "demonym") \
                        and _SIZED_APPOSITION.fullmatch(self.text, e.end, f.start):
                    return _place_name(e)  # "Fuerte Olimpo, a river town of about 4,000 people": the place it measures
                break
        if _ENOUGH_FOR.search(self.text, max(sent.start, f.start - 30), f.start):
            return None  # "a wind farm off the coast of Jutland, enough to power some 480,000 homes": a measure
            # of the farm's size, homes nowhere in particular
        if f.category in ("percent", "money"):
            share = _SHARE_OF_RESIDENTS.match(self.text, end, min(sent.end, end + 60))
            of_town = _SHARE_OF_RESIDENTS_OF.match(self.text, end, min(sent.end, end + 60)) if share is None else None
            share = share or of_town
            town = (lookup(share.group(1), allow_cities=True) or cities().get(share.group(1))) if share else None
            if town is not None and town.kind in _TOWNS_AND_COUNTRIES and share is not None:
                return share.group(1)  # "72% of Palma residents", "about €22 for every Lisbon resident": where they live
            if of_town is not None and town is None and _placed_elsewhere(self.text, of_town.group(1)) \
                    and of_town.group(1).split()[0] not in first_names():
                return of_town.group(1)  # "about £19 for every resident of Thornbridge", a town the story places
        if f.category in ("people", "casualties"):
            # "1,870 Ccochapampa residents signed", "some 900 Lisbon households": the place that names the people
            # counted (a name the gazetteer lacks only before the words for those who live somewhere)
            # (not where they go: "6,000 Donegal residents cross the border to Northern Ireland")
            named = _NAMED_RESIDENTS.match(self.text, f.end, min(sent.end, f.end + 60)) if f.end < end and not any(
                end <= x.start < hi for x in near_dest) else None
            if named is not None and named.end() <= end + 1:
                e = next((x for x in _near(ents, f.start) if x.start == named.start(1)), None)
                if e is not None and e.place is not None and e.place.kind in _TOWNS_AND_COUNTRIES:
                    return _place_name(e)
                if (e is None or e.place is None and not e.org) and named.group(2) in _LIVE_THERE and (
                        named.group(1) in cities() or named.group(1).split()[0] not in first_names()):
                    return named.group(1)
            of = _OF_PLACE.match(self.text, end)
            if of:
                at = of.end()
                for e in _near(ents, at):
                    if e.start == at and e.place is not None and e.place.kind in _TOWNS_AND_COUNTRIES:
                        return _place_name(e)  # "about 1,300 residents of the town of Altena": the town
        if f.category in ("people", "casualties", "personnel") and _REMOVED.search(self.text, max(sent.start, f.start - 60), end + 80):
            # "evacuated more than 16,000 people from the slopes of Mount Lewotobi", "forced 2,600 people out of
            # the town of Nysa": the place the people were moved out of is where they were (a country's possessive
            # introduces the place: "from their homes in Paraguay's Chaco region")
            for e in _near(ents, f.start):
                if end < e.start <= end + 70 and e.place is not None and e.place.kind not in ("org", "force", "demonym") \
                        and not e.surface.endswith(("'s", "’s")) and _OUT_OF.fullmatch(self.text, end, e.start) and (
                            _REMOVED.search(self.text, end, e.start) or _REMOVED_BEFORE.search(self.text, max(sent.start, f.start - 50), f.start)):
                    return _place_name(e)
        for e in near_dest + near_pos:
            if end <= e.start <= end + 12 and e.prep in _WHERE_PREPS and not _CLAUSE_BREAK.search(self.text, end, e.start):
                # "killed at least eight people across Spain" (not the next clause's: "costs €74.10, and in Manchester")
                return _place_name(self._named_area(_inner_place(e, near_dest + near_pos)))
        if f.category in ("money", "people"):
            for e in _near(ents, f.start):
                if e.place is not None and e.place.kind in ("city", "capital", "place", "region", "state") \
                        and sent.start <= e.start < f.start and e.prep.lower() in ("a", "an") \
                        and _COURT_AFTER.match(self.text, e.end) and not any(
                            x.place is not None and x.place.kind not in ("demonym", "org", "force")
                            and e.end <= x.start < f.start for x in _near(ents, f.start)):
                    return _place_name(e)  # "A São Paulo labour court fined Rapidão 12 million reais": in São Paulo
                    # (not past another place: "overcharging 50,000 customers in Italy by an average of 38 euros")
        if f.category in ("money", "percent"):
            # a site where work is done is where jobs are, not where a firm's money is ("cut spending by
            # R2.4 billion" after "jobs at its Rustenburg mines"); "profit from its Gulf of Mexico
            # fields" is the fields' own money
            # (but a site in the figure's own subject is its own: "output at its Teniente mine fell 8%")
            def own(e):
                return f.category == "percent" and lo <= e.start < f.start and f.start - e.end <= 160 \
                    and not re.search(r"\d", self.text[e.end:f.start])
            near_dest = [e for e in near_dest if e.place.kind != "site" or e.prep != "at" or own(e)]
            near_pos = [e for e in near_pos if e.place.kind != "site" or e.prep != "at" or own(e)]
        in_dest = [e for e in near_dest if lo <= e.start < hi]
        in_pos = [e for e in near_pos if lo <= e.start < hi]
        if any(e.start < f.start for e in in_pos):
            # not the subject's aside of where it began or sits: "Brandt, founded in Osnabrück in 1932, delivered 412,000
            # vehicles worldwide ..., down 23%"
            in_pos = [e for e in in_pos if e.start > f.start
                      or not _SEAT_ASIDE.search(self.text, max(sent.start, e.start - 30), e.start)]
        if not in_dest and not in_pos:
            fronted = [e for e in near_pos if e.start - sent.start <= 4 and self.text[e.end:e.end + 1] == ","]
            in_dest = [e for e in near_dest if e.start < lo] or fronted  # "In Tokyo, the Nikkei slid ..., while Toyota shares dropped 3.7%"
            # (not the subject's aside of where it began or sits: "Brandt, founded in Osnabrück in 1932, delivered 412,000
            # vehicles worldwide ..., down 23%")
            in_dest = [e for e in in_dest if not _SEAT_ASIDE.search(self.text, max(sent.start, e.start - 30), e.start)]
            partitive = _OF_THEM.match(self.text, f.end) is not None or _OF_THEM.match(self.text, end) is not None
            if not in_dest and not re.match(r",?\s*and\s+(?:said|says)\b" if partitive else r",?\s*and\s+(?:that|said|says)\b",
                                            self.text[lo:lo + 12]) and not _REPORT_OPENS.match(self.text, lo) \
                    and not _THE_REST.match(self.text, lo, min(hi, lo + 30)):
                # "A wildfire above Marseille burned ..., as 12 aircraft battled flames": a clause with no
                # place of its own is where the clause before it is (not a second report: ", and that", ", and said",
                # "... in London after the company said it expects profit of £2.7bn"; not a clause about the rest,
                # which are elsewhere: "are in the capital, and the rest are spread across 19 counties"; but a part of
                # what the report counted before is where that was: "3,150 families had been displaced in the departments
                # of Alto Paraguay and Boquerón, and that about 35% of them were sheltering in schools")
                in_pos = [e for e in near_pos if e.start < lo and not (e.place.kind == "site" and e.prep in ("its", "their"))
                          and not _SEAT_ASIDE.search(self.text, max(sent.start, e.start - 30), e.start)]
                # (a firm's own site places its own clause: "flies to 143 destinations from its Manchester base, ...,
                # and will lease six more jets" are not leased there)
        starts = self._mention_starts
        k = bisect_left(starts, end)
        while k < len(starts) and starts[k] == f.start:
            k += 1
        nxt = starts[k] if k < len(starts) else None
        if nxt is not None and any(end <= e.start < nxt for e in in_dest + in_pos):
            # "Hundreds of passengers were stranded at Nairobi's airport and dozens of flights were diverted to
            # Mombasa": a place named between the figure and the next one is its own; one past the next figure is
            # that figure's, not this one's
            in_dest = [e for e in in_dest if e.start < nxt]
            in_pos = [e for e in in_pos if e.start < nxt]
        elif nxt is not None and any(e.start < nxt for e in in_dest + in_pos) \
                and any(e.start >= nxt for e in in_dest + in_pos) \
                and min(_specificity(e.place) - (e.place.kind in ("region", "state")) for e in in_dest + in_pos if e.start < nxt) \
                <= min(_specificity(e.place) for e in in_dest + in_pos if e.start >= nxt):
            # "teachers in Ireland now start on €44,000, against £32,900 for a new teacher in England": a place past
            # the next figure is that figure's, where the clause names one before it as precise (a region or state as
            # a town: "struck off Hokkaido, injuring at least 14 people and cutting power to 23,000 homes in Kushiro")
            in_dest = [e for e in in_dest if e.start < nxt]
            in_pos = [e for e in in_pos if e.start < nxt]
        route = self._route(_near(ents, f.start), lo, hi, f.start)  # the entities near the figure: constant work each
        if route:
            return route  # "64km of track between Leeds and Huddersfield": the two ends
        for group in (in_dest, in_pos):
            # not a place a later reported clause names: "profit fell 18%, ... and that it would cut 3,500 jobs at
            # its plants in Saxony"
            group = [e for e in group if e.start < f.end or not _LATER_REPORT.search(self.text, f.end, min(e.start, f.end + 300))]
            # nor a place only a part of the figure named after it has: "€96 million for 41 schools and €37 million for
            # cycle lanes, among them 4km of route along the Rhône" (the route's place, not the spending's)
            group = [e for e in group if e.start < f.end or not self._part_named_before(f.end, e.start)]
            if group:
                best = min(_specificity(e.place) for e in group)
                group = [e for e in group if _specificity(e.place) == best]
                after_figure = [e for e in group if e.start >= f.end]
                pick = after_figure[0] if after_figure else group[-1]
                return _place_name(self._nested(self._named_area(_inner_place(pick, near_dest + near_pos)), ents, f))
        # no place by preposition: a place's possessive in the clause ("Switzerland's glaciers lost
        # 3%", "London's FTSE 100 rose 1.2%") is where the figure is, and in a ", with" clause after
        # it ("Australia's budget ..., with defence spending rising by $1.9 billion")
        while lo > sent.start and (_WITH.match(self.text, lo) or _THOUGH.match(self.text, lo)):
            # (and across a ", though": "Ghana's gold output rose 8%, ..., though miners destroyed some 4,700 hectares")
            lo = _clause_around(breaks, sent, lo - 1)[0]
        opener = ents[0] if ents and lo > sent.start else None
        if opener is not None and opener.start - sent.start <= 4 and f.start - opener.end <= 300 and opener.place is not None \
                and opener.surface.endswith(("'s", "’s")) and not any(lo <= x.start < hi for x in ents) \
                and not _speech_re().search(self.text, opener.end, f.start):
            # "Vietnam's coffee exports fell 9% ..., but earnings hit a record $5.4 billion": a clause that names no
            # place and no body goes on about the place whose possessive opens the sentence (not a report's clause:
            # "Kenya's Ministry of Health said ... cases in Nairobi had risen ..., and that 27 patients had died")
            lo = sent.start
        for e in _near(ents, f.start):
            if f.start < e.start < max(f.end, f.noun_end) and e.place is not None and e.surface.endswith(("'s", "’s")) \
                    and e.place.kind in ("country", "nation", "state", "region") and self.text[e.start - 4:e.start] == " of " \
                    and not self._describes_one(e.end):
                return _place_name(e)  # "as many as 1,100 of England's 20,000 state schools": the whole's place
        for e in reversed(_near(ents, f.start)):
            if lo <= e.start < f.start and e.place is None and e.org is None and e.surface in backrefs() \
                    and not str(backrefs()[e.surface]).startswith("site:") \
                    and self.text[e.end - 2:e.end] in ("'s", "’s") and not self._describes_one(e.end):
                # "Of the state's 509 school districts": the state the story named
                resolved = self._resolve_backref(e, para)
                if resolved is not None and (resolved.kind in ("state", "region") or (
                        resolved.kind in ("city", "capital") and not f.actor) or (
                        resolved.kind == "country" and _OWN_COUNT_NEXT.fullmatch(self.text, e.end, f.start))):
                    return resolved.name  # (a city's possessive is often its owner: "the city's debt", no place)
                    # (a country's, where the figure counts what it has: "to the country's 57 national universities")
            # (a name ending in "s" takes the apostrophe alone: "Wales’ 22 local authorities")
            pe = e.end + 1 if e.surface.endswith("s") and self.text[e.end:e.end + 2] in ("' ", "’ ") else e.end
            if lo <= e.start < f.start and e.place is not None and (pe > e.end or e.surface.endswith(("'s", "’s"))) and \
                    e.place.kind in ("country", "nation", "city", "capital", "state", "region", "place") and \
                    not self._describes_one(pe) and not (e.place.kind == "country" and self._country_body_at(e.place.country, pe)):
                if cause and cause.start() <= f.start < cause.end() and e.start < cause.start():
                    continue  # "London's FTSE 100 fell 0.8% after Brackley Homes cut its forecast by £120m": the
                    # market's town, not the cause's (whose figures the cause's own words place)
                inner = next((x for x in ents if x.start == pe + 1 and x.place is not None
                              and x.place.kind not in ("org", "force", "demonym")), None)
                after = _OWNS_A_SPEAKER_OR_BODY.match(self.text, pe)
                if inner is None and after and (after.group("name") or any(
                        w in _speaker_heads() for w in after.group("words").split())) and (
                        after.group("name") or e.place.kind in ("country", "nation")):
                    continue  # "Ukraine's general staff said", "Russia's Northern Fleet": a body, not a place
                if inner is None and e.place.kind in ("country", "nation") and f.category in ("money", "percent") \
                        and _STATE_BODY.match(self.text, pe):
                    continue  # "Japan's cabinet approved a record ¥122.3 trillion budget", "Colombia's treasury
                    # would save some 31 trillion pesos": the state's own money, no place's
                if inner is None and after and after.group("words") and e.place.kind in ("country", "nation") \
                        and after.group("words").split()[0] in _CONTRIBUTION_WORDS:
                    continue  # "Britain's share is modest: ... three Typhoon jets": whose, not where
                    # (a region's services work in it: "Lower Austria's emergency services said ... 12,000 residents")
                return _place_name(inner or self._named_area(e))  # "Peru's Arequipa region": the region
        # a country named as a modifier ("a UK bank account") sets the scene
        for e in _near(ents, f.start):
            if e.place is not None and e.place.kind in ("country", "nation", "city", "capital", "place", "region", "site") and (
                    e.prep in ("a", "an", "the", "its", "their") or e.place.kind in ("city", "place")
                    and self.text[max(0, e.start - 4):e.start] == "the " and _SITE_NOUN_NEXT.match(self.text, e.end)) \
                    and self.text[e.end:e.end + 2].strip()[:1].islower() and _owner_name(e) != f.actor and lo <= e.start < hi \
                    and not (f.category != "money" and _COURT_AFTER.match(self.text, e.end)) \
                    and not (e.start >= f.end and (_LATER_REPORT.search(self.text, f.end, min(e.start, f.end + 300))
                                                   or self._part_named_before(f.end, e.start))):
                # (not a later report's, nor a part's named after the figure: "profit fell 38% and that it would cut
                # 1,200 jobs, 300 of them at its Oslo head office")
                return _place_name(e)
        for e in _near(ents, f.start):
            if e.place is not None and (e.place.kind == "demonym" or e.place.kind == "country" and e.surface != e.place.name
                                        and (adj := lookup(e.surface)) is not None and adj.kind == "demonym") \
                    and lo <= e.start < hi and _PLACE_NOUN_AFTER.match(self.text, e.end):
                return _place_name(e)  # "at 11 German airports", "at its German plants": the country they are in
        for e in _near(ents, f.start):
            if e.place is not None and e.place.kind == "site" and (e.prep in ("", "the", "that") or e.prep in _speech_words()) \
                    and e.start < f.start and (lo <= e.start and e.start - lo <= 25 or (
                        (aside := _PLACE_ASIDE.match(self.text, e.end, sent.end)) is not None and lo <= aside.end() + 1)):
                return _place_name(e)  # "The Zirah field pumped 1.2 million barrels a day": the site that made them;
                # "said Castellan's Beringen plant, which built 140,000 vehicles a year ..., made just 61,000": the
                # site a report opens with, in its aside and after it
        if f.hint_place:
            return f.hint_place  # "Tesla will cut 3,000 US jobs": in the US
        # a country's economy, jobs, prices or markets happen in it, whoever owns them: "The US economy
        # added 281,000 jobs", "China's economy grew 4.9%, while retail sales rose 2.8%"
        for e in reversed(_near(ents, f.start)):
            if e.place is not None and e.place.kind in ("country", "nation", "demonym") and e.start < f.start \
                    and (lo <= e.start or _CLAUSE_JOIN.match(self.text, lo)) and _ECONOMY_AFTER.match(self.text, e.end):
                return _place_name(e)
        # a place that opens the sentence as its subject is where its figures are: "Chile exported $4.2
        # billion of copper", "Ajaccio will charge each passenger a €5 landing tax", "Arctic sea ice shrank"
        if f.category == "people" or (f.category in ("money", "percent") and (
                _PRIZE_WORD.search(self.text, f.start, f.noun_end + 20)
                or _PRIZE_BEFORE.search(self.text, max(lo, f.start - 120), f.start))):
            # "won the Berlin Marathon ..., as a record 58,212 runners crossed the line", "the $55,000 first
            # prize", "the €50,000 winner's prize", "a €10,000 bonus for breaking the course record": the people at
            # an event, and its prize, are in the town that names it (a final too: "1.1 million euros in prize
            # money ... in the Madrid final")
            for e in _near(ents, f.start):
                if e.place is not None and e.place.kind in ("city", "capital") and (
                        _NAMES_AN_EVENT.match(self.text, e.end) or _A_FINAL.match(self.text, e.end)):
                    return _place_name(e)
        opener = self._opening_place(sent, ents)
        if opener is not None and opener.place is not None and opener.end <= f.start and not (
                opener.place.kind == "country" and opener.surface.endswith(("'s", "’s"))
                and self._country_body_at(opener.place.country, opener.end)) and not any(
                x.place is not None and x.place.kind not in ("org", "force") and opener.end <= x.start < f.start for x in ents) \
                and not (f.category == "money" and opener.surface.endswith(("'s", "’s"))
                         and (_GOVERNMENT_WORDS.match(self.text, opener.end) or _STATE_BODY.match(self.text, opener.end))):
            # (a ministry's or a government's money is no place's: "Chile's labour ministry has proposed a
            # payment of 1.2 million pesos per worker")
            return _place_name(opener)
        compass = _TO_THE_NORTH.search(self.text, lo, min(hi, sent.end)) if hi - lo <= 600 else None
        if compass is not None:
            # "sent 450 health workers to the north", "herders across the arid north have lost 2.4 million animals":
            # a part of the country the story is about, named by its bearing
            country = self._resolve_backref(Entity(compass.start(), compass.start(), "the country", None, "in"), para)
            if country is not None and country.kind == "country":
                side = compass.group(1).lower()
                return f"{_COMPASS_ADJECTIVE.get(side, side)} {country.name}"
        if self._says_there(sent):
            # "There, Civic Alliance held the seat by 38 votes", "11 people have died in the transit centre
            # there": a sentence that names no place but says "there" is where its paragraph just was
            earlier = [x for x in self.para_places.get(para.index, ())
                       if x.start < sent.start and x.place is not None and x.place.kind not in ("org", "force", "demonym")]
            if earlier:
                return _place_name(earlier[-1])
        return None

    def _named_area(self, e: Entity) -> Entity:
        """E, or the area a place's possessive introduces by its name and kind where the gazetteer lacks it: "destroyed
        more than 1,200 homes in Fiji's Lau group", "in Florida's Lee and Collier counties"."""
        if e.place is None or not e.surface.endswith(("'s", "’s")):
            return e
        area = _NAMED_AREA_AFTER.match(self.text, e.end, min(len(self.text), e.end + 80))
        if area is None:
            return e
        name = area.group(1)
        return Entity(area.start(1), area.end(1), name, Place(name, "place", e.place.country), e.prep)

    def _part_named_before(self, end: int, at: int) -> bool:
        """Whether a part of the figure ending at END is named, and runs on without a comma, up to the place at AT."""
        part = _PART_NAMED.search(self.text, end, min(at, end + 300))
        # (a comma that parts clauses, not one inside the part's number: "including 6,900 saloons shipped to Europe")
        return part is not None and _COMMA_BREAK_IN.search(self.text, part.end(), at) is None

    def _nested(self, e: Entity, ents: list[Entity], f: Mention) -> Entity:
        """E, or the place named just before it that E only locates: "Gitugi village in Murang'a county", "its plant
        in Ramos Arizpe, in the northern Mexican state of Coahuila", "Mount Loleba on Indonesia's Halmahera island":
        the place inside, the most specific named (not across the figure)."""
        for x in reversed(_near(ents, e.start)):
            if x.end <= e.start and e.start - x.end <= 60:
                if x.place is not None and x.place.kind in ("city", "capital", "place", "site") \
                        and not x.surface.endswith(("'s", "’s")) and not x.start <= f.start < e.start \
                        and _NESTED_IN.fullmatch(self.text, x.end, e.start):
                    return x
                if x.place is None or not (x.place.kind == "demonym" or x.place.kind == "country" and x.surface.endswith(("'s", "’s"))):
                    break  # (only a country's possessive or adjective may stand between: "on Indonesia's Halmahera island")
        return e

    def _relatives(self, sent: Sentence) -> list[tuple[int, int]]:
        """The spans of a sentence's asides that open with a relative word (", which ...,", ", whose ...,"), read once."""
        spans = self._relative_spans.get(sent.start)
        if spans is None:
            spans = self._relative_spans[sent.start] = [
                (m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(self.text, sent.start, sent.end)]
        return spans

    def _same_relative(self, cands: list[Entity], f: Mention, sent: Sentence) -> list[Entity]:
        """CANDS less the places a relative aside holds apart from the figure. A figure in the aside takes no place
        from the main clause after it ("the Contact Group, which coordinates aid from about 50 countries, will meet
        in Brussels"), though it keeps the one before ("in Berlin have signed up for its subscription, which costs
        €29 per month"); a figure before an aside takes none from it where it is about another thing ("according to the Nepal
        Army, which sent 120 soldiers to the airport"), only from one about what it counts ("will send 120
        firefighters from its forestry service, who are expected to land in Winnipeg")."""
        spans = self._relatives(sent) if cands else ()
        if not spans:
            return cands
        end = max(f.end, f.noun_end)
        inside = next(((a, b) for a, b in spans if a <= f.start < b), None)
        if inside is not None:
            a, b = inside
            return [e for e in cands if e.start < b]
        return [e for e in cands if not any(a <= e.start < b and a >= end and not (
            a - end <= 80 and not _NOT_ITS_ASIDE.search(self.text, end, a)) for a, b in spans)]

    def _unanchored(self, cands: list[Entity], ents: list[Entity], sent: Sentence) -> list[Entity]:
        """CANDS with a place that only says where another lies replaced by the place it locates: "at Kayar,
        a fishing town north of Dakar", "near Rūdninkai, south of Vilnius", "in the industrial belt of Ashulia,
        north of Dhaka": the town named first, not the city it is measured from."""
        out = []
        for e in cands:
            m = _ANCHORED.search(self.text, max(sent.start, e.start - 90), e.start) if e.prep == "near" else None
            name = m.group("name") if m else None
            if m is None or name is None or name.split()[0].lower().rstrip(".") in _titles():
                out.append(e)
                continue
            at = m.start("name")
            named = next((x for x in ents if x.start == at and x.place is not None), None)
            if named is not None and named.place is not None and named.place.kind in ("org", "force", "demonym"):
                out.append(e)  # "Turkey's AFAD, ..., north of": a body, not a place
                continue
            if named is None:
                place = lookup(name, allow_cities=True) or Place(name, "place", None)
                named = Entity(at, at + len(name), name, place, "in")
            if not any(x.start == named.start for x in out):
                out.append(named)
        return out

    def _says_there(self, sent: Sentence) -> bool:
        """Whether the sentence says "there" of a place, not of being ("there are", "there was"); read once."""
        if sent.start not in self._there:
            # (every match holds "here": a sentence without it is passed at one look)
            self._there[sent.start] = self.text.find("here", sent.start, sent.end) >= 0 \
                and _THERE.search(self.text, sent.start, sent.end) is not None
        return self._there[sent.start]

    def _opening_place(self, sent: Sentence, ents: list[Entity]) -> Entity | None:
        """The place the sentence opens with as its subject (after a time phrase), if any."""
        start = sent.start
        opening = _TIME_PHRASE.match(self.text, start, sent.end) or _PLACE_OR_STATE_OPENER.match(self.text, start, sent.end)
        if opening and not any(start <= x.start < opening.end() for x in ents):
            start = opening.end()  # "At full output, Huaccoto is expected to produce ...": the subject after a phrase
            # that names nothing (not "In Tokyo, the Nikkei slid": a place of its own)
        while start < sent.end and self.text[start] in " \"“‘'(":
            start += 1
        e = next((x for x in ents if x.start >= start), None)
        town = cities().get(e.surface) if e is not None and e.place is None and e.org and e.start - start <= 4 else None
        if town is not None and town.kind == "city" and e is not None:
            # "Cochabamba, the third-largest department, has reported 190 cases": a town the gazetteer reads
            # as a name, that counts what happens in it (the verbs of places.toml [happens_in_verbs])
            app = _PLACE_ASIDE.match(self.text, e.end, min(sent.end, e.end + 160)) \
                or _TOWN_APPOSITION.match(self.text, e.end, min(sent.end, e.end + 100))
            verb = re.match(r"\s+(?:(?:has|have|had|also|now|will|would)\s+)*([a-z]+)",
                            self.text[app.end() if app else e.end:(app.end() if app else e.end) + 40])
            if verb and verb.group(1) in _HAPPENS_IN_VERBS:
                return Entity(e.start, e.end, e.surface, town, "")
        if e is not None and e.place is None and e.org and e.start - start <= 4 and e.prep in ("", "the") \
                and self.text[e.start + len(e.surface):e.start + len(e.surface) + 2] not in ("'s", "’s"):
            # (the council named in full, not "the council", and acting, not describing its spokesperson)
            owner, _, own = e.surface.replace("’s ", "'s ").partition("'s ")
            place = lookup(owner, allow_cities=True) if own and (own.split()[-1].lower() in _FACILITY_NOUNS or
                                                                  own.split()[-1].lower() in _VISITED) else None
            if place is not None and place.kind in ("city", "capital", "place", "state", "region") \
                    and _acts_after(self.text, e.end):
                # "Lahore's Mayo Hospital admitted 212 people": the town's facility, the subject, is where they are
                name = f"{own}, {owner}"
                return Entity(e.start, e.end, name, Place(name, "site", place.country), "")
            words = e.surface.split()
            town = lookup(" ".join(words[:-1]), allow_cities=True) if len(words) >= 2 and words[-1] in _WHERE_FACILITIES else None
            if town is not None and town.kind in ("city", "capital", "place", "region", "state") \
                    and _acts_after(self.text, e.end):
                # "Glasgow Airport handled 7.4 million passengers": the facility named for its town, the subject
                return Entity(e.start, e.end, e.surface, Place(e.surface, "site", town.country), "")
            named = _COUNCIL_OF.fullmatch(e.surface) or _TOWN_COUNCIL.fullmatch(e.surface) or _TOWN_POLICE.fullmatch(e.surface)
            town = lookup(named.group(1), allow_cities=True) if named else None
            if town is not None and town.kind in ("city", "capital", "place", "region", "state", "nation") and named is not None:
                # "Leeds City Council will spend an extra £4.5 million", "Dubrovnik city council voted to raise the
                # tax to €4": a council that opens the sentence acts in its town
                return Entity(e.start, e.start + len(named.group(1)), named.group(1), town, "", None, False)
            return None
        named = _NAMED_FACILITY_AFTER.match(self.text, e.end, min(sent.end, e.end + 80)) if e is not None \
            and e.place is not None and e.start - start <= 4 and e.prep in ("", "the") and e.surface.endswith(("'s", "’s")) \
            and e.place.kind in ("city", "capital", "place", "state", "region") else None
        if named is not None and e is not None and e.place is not None and _acts_after(self.text, named.end()):
            # "Copenhagen's Nordic Design Museum welcomed a record 1.46 million visitors": the town's facility, named
            # after its possessive and the subject, is where they are (as "Lahore's Mayo Hospital admitted 212 people")
            name = f"{named.group(1)}, {e.place.name}"
            return Entity(e.start, named.end(), name, Place(name, "site", e.place.country), "")
        port = _PORT_OF_AFTER.match(self.text, e.end, min(sent.end, e.end + 60)) if e is not None and e.place is not None \
            and e.start - start <= 4 and e.prep in ("", "the") and e.surface.endswith(("'s", "’s")) \
            and e.place.kind in ("country", "nation") else None
        if port is not None and e is not None and e.place is not None and _acts_after(self.text, port.end()):
            # "Malaysia's Port of Selat Indah handled a record 11.9 million TEU": the country's port, named after its
            # possessive and the subject, is where its figures are
            name = f"{port.group(1)}, {e.place.name}"
            return Entity(e.start, port.end(), name, Place(name, "site", e.place.country), "")
        if e is not None and e.place is not None and e.start - start <= 4 and e.prep in ("", "the") \
                and e.surface.endswith(("'s", "’s")) and re.match(r"\s+[a-z]", self.text[e.end:e.end + 3]) \
                and not any(w in _MILITARY_HEADS | {"staff"} for w in self.text[e.end:e.end + 30].lower().split()[:3]) \
                and (self.text[e.end:e.end + 30].split() or [""])[0] not in _CONTRIBUTION_WORDS \
                and e.place.kind in ("country", "nation", "city", "capital", "state", "region", "place"):
            # "Poland's defence ministry signed ...", "Singapore's port handled ...": the place the story is in
            # (not "Portugal's Democratic Alliance won 91 seats", "Britain's Foreign Office announced": a named body;
            # not "Ukraine's general staff said ... 11 Russian tanks": a force counts what it fights, not where)
            return e
        police = _POLICE_NEXT.match(self.text, e.end) if e is not None and e.place is not None and e.start - start <= 4 \
            and e.prep in ("", "the") and e.place.kind in ("nation", "region", "state", "city", "capital") \
            and not e.surface.endswith(("'s", "’s")) else None
        verb = re.match(r"\s+(?:(?:have|has|had|also)\s+)?([a-z]+)", self.text[police.end():police.end() + 30]) if police else None
        if police is not None and _acts_after(self.text, police.end()) and verb is not None \
                and verb.group(1) not in _speech_words() and verb.group(1) not in _ESTIMATE_VERBS:
            return e  # "Greater Manchester Police arrested 126 people": the force of a part of the country acts in it, as
            # "Phoenix police" do in their town (not where it reckons: "Greater Manchester Police put the crowd at 12,000")
        # "Burundi, which hosted about 90,000 refugees,", "Cerro Alto, which sits 3,800 metres above sea level,
        # produced": the place is the subject of its aside and of the verb after it
        aside = _PLACE_ASIDE.match(self.text, e.end, min(sent.end, e.end + 160)) \
            if e is not None and e.place is not None else None
        after = aside.end() if aside else e.end if e is not None else 0
        if e is not None and e.place is not None and e.place.kind in ("country", "nation") and e.start - start <= 4 \
                and e.prep in ("", "the") and not e.surface.endswith(("'s", "’s")):
            if aside is None and (appos := _TOWN_APPOSITION.match(self.text, e.end, min(sent.end, e.end + 100))):
                after = appos.end()  # "Chile, the world's second-largest lithium producer, shipped 248,000 tonnes"
            verb = re.match(r"\s+(?:(?:has|have|had|also|now|will|would)\s+)*([a-z]+)", self.text[after:after + 40])
            struck = _STRUCK_BY.match(self.text, after)
            if struck:
                return e  # "The Philippines is hit by about 20 typhoons a year": what strikes a country happens there
            if aside and aside.group("verb") in _HAPPENS_IN_VERBS:
                return e
            if verb and verb.group(1) in _HAPPENS_IN_VERBS and after > e.end and aside is None:
                return Entity(e.start, after, e.surface, e.place, e.prep)  # (the description's own places name no place of
                # the verb's: "Chile, the second-largest producer after Australia, shipped")
            return e if verb and verb.group(1) in _HAPPENS_IN_VERBS else None  # "Chile exported", not "Japan pledged"
        if e is not None and e.place is not None and e.place.kind == "demonym" and e.start - start <= 4 and e.prep in ("", "the"):
            verb = _PEOPLE_DO.match(self.text, e.end, min(sent.end, e.end + 60))
            # "Indian steelmakers produced a record 140.2 million tonnes": the producers' country is where
            return e if verb and verb.group(1) in _HAPPENS_IN_VERBS else None
        based = _BASED_OPENER.match(self.text, start, min(sent.end, start + 60)) if self.text[start:start + 1].isupper() else None
        if based is not None and (e is None or e.start >= based.end()):
            # "Bengaluru-based Infonetic Systems said revenue rose 9.2%": the subject based in a town, with no other
            # place named before the figure, has its figures there
            town = lookup(based.group(1), allow_cities=True)
            if town is not None and town.kind in ("city", "capital", "state", "region"):
                return Entity(based.start(1), based.end(1), based.group(1), town, "")
        if e is None or e.start - start > 4 or e.place is None or e.prep not in ("", "the") \
                or e.place.kind not in ("city", "capital", "state", "region", "place") \
                or e.surface.endswith(("'s", "’s")) or self.text[e.end:e.end + 1] in ("-", "‑"):
            return None  # not "Athens-listed Kyma Tankers"
        nxt = re.match(r"\s+([\w’'-]+)", self.text[after:after + 40])
        if nxt is not None and nxt.group(1) in _WHERE_FACILITIES and not aside and _acts_after(self.text, after + nxt.end()):
            # "Dublin Airport handled 33.4 million passengers": the facility named for its town, the subject
            name = f"{e.surface} {nxt.group(1)}"
            return Entity(e.start, after + nxt.end(), name, Place(name, "site", e.place.country), "")
        if nxt is None or nxt.group(1)[:1].isupper() or nxt.group(1).lower() in _TRADES or nxt.group(1).lower() in _org_words():
            return None  # "Paris Saint-Germain", "Nova Scotia Health", "Bangkok broadcaster Siam Vision": a body
        return e

    def _route(self, ents: list[Entity], lo: int, hi: int, at: int) -> str | None:
        """ "between Lisbon and Porto" in the clause: both towns, as one place ("Lisbon and Porto"); not a route
        a relative clause gives what the sentence names, where the figure at AT is outside it ("Tolls on the Tamar
        Bridge, which carries the A38 between Plymouth and Cornwall, will rise to £3.20": the bridge's)."""
        towns = ("city", "capital", "place", "region", "state")
        for a in ents:
            if a.prep == "between" and lo <= a.start < hi and a.place is not None and a.place.kind in towns:
                rel = self.text.rfind(", which ", max(lo, a.start - 80), a.start)
                if rel >= 0 and "," not in self.text[rel + 1:a.start] and (
                        at < rel or at > self.text.find(",", a.end, a.end + 200) >= 0):  # (a bounded window)
                    continue
                other = _AND_NAME.match(self.text, a.end)
                place = other and (lookup(other.group(1)) or cities().get(other.group(1)))
                if place is not None and place.kind in towns and other is not None:
                    return f"{_place_name(a)} and {other.group(1)}"
        return None

    def _place_candidates_breaks(self, sent: Sentence) -> list[tuple[int, int]]:
        """The clause breaks of a sentence, found once."""
        cached = self._breaks.get(sent.start)
        if cached is None:
            cached = self._breaks[sent.start] = [(m.start(), m.end()) for m in
                                                 _CLAUSE_BREAK.finditer(self.text, sent.start, sent.end)]
        return cached

    def _government_country(self) -> str | None:
        """The country whose government acts: the one whose figures the story has given most so far
        (the first of equals), else the one the story names most; in a story about a province or
        state, named more often than its country, that province's ("Nova Scotia")."""
        if self.acting_countries:
            country: str | None = max(self.acting_countries, key=lambda c: (self.acting_countries[c], -list(self.acting_countries).index(c)))
        else:
            country = self.home_country
        if self.home_region and self.home_region[1] == country:
            return _government_name(self.home_region[0])
        return country

    def _regional_government(self, sent: Sentence) -> str | None:
        """The government of a province, state or nation the sentence names ("the Victorian government",
        "the Welsh Government", "the provincial government" in a story about a province), as written; read
        once a sentence."""
        if sent.start not in self._regional:
            self._regional[sent.start] = self._find_regional_government(sent)
        return self._regional[sent.start]

    def _find_regional_government(self, sent: Sentence) -> str | None:
        for m in _REGIONAL_GOVERNMENT.finditer(sent.text):
            if m.group("tier"):
                if self.home_region:
                    return _government_name(self.home_region[0])
                part = self._latest_part.get(_TIER_PARTS[m.group("tier")])
                if part is not None and part.place is not None:
                    # "Indonesia's West Sumatra province ... the provincial government": the province last so named
                    return f"{part.place.name} {m.group('tier')} government"
                if m.group("tier") != "county" and (region := self._region_named_by(sent.end)) is not None:
                    # "Galician regional officials said ... as the regional government deployed", "North Maluku
                    # Governor ...; the provincial government would pay": the region the story last named, by the
                    # name of its government where the story gave one ("the Junta de Andalucía")
                    own = next((body for word in _REGIONAL_GOVERNMENT_HEADS if (body := self.org_alias.named_with(word))), None)
                    return own or f"{region} {m.group('tier')} government"
                continue
            name = m.group("name")
            words = name.split()
            if words[0] in ("The", "A", "An", "This", "That") and len(words) > 1:
                words = words[1:]
            adj = " ".join(words)
            place = lookup(_unpossessive(adj))
            if adj in _regional_adjectives() or (place is not None and place.kind in ("region", "state", "nation")
                                                  and place.name not in _governed_by_country()):
                return f"{_unpossessive(adj)} {m.group('word')}"
        return None

    def _according_in(self, sent: Sentence) -> bool:
        """Whether the sentence attributes with "according to"; read once a sentence."""
        if sent.start not in self._according:
            self._according[sent.start] = _ACCORDING.search(sent.text) is not None
        return self._according[sent.start]

    def _possessor_body(self, name: str) -> str | None:
        """The body NAME stands for where it may own a project: a name the story gave a body, or one no gazetteer,
        person or given name claims ("SunWest", "Northcrest Metals"); else None."""
        if name in self.people or name in self.people.values() or name.split()[0] in first_names() \
                or name.split()[0].lower() in _NOT_A_NAME or name.split()[0].lower() in _CALENDAR:
            return None
        known = lookup(name)
        if known is not None:
            return self.org_alias.get(name.lower()) if known.kind == "org" else None
        return self.org_alias.get(name.lower(), name)

    def _region_named_by(self, end: int) -> str | None:
        """The first-level region (a state, province or region, from the data's regions too) the story last named
        before END, by its name or its adjective ("Galician"); the story's names read once."""
        if self._regions_named is None:
            adjectives = _regional_adjectives()
            found: list[tuple[int, str]] = []
            for run in _CAPITALISED_RUN.finditer(self.text):
                words = run.group().split()
                i = 0
                while i < len(words):
                    for j in range(min(len(words), i + 3), i, -1):  # the longest name first: "North Maluku"
                        name = " ".join(words[i:j])
                        place = lookup(name, regions=True)
                        if place is not None and place.kind in ("region", "state"):
                            found.append((run.start(), place.name))
                            break
                        if j == i + 1 and name in adjectives and (known := lookup(adjectives[name], regions=True)) is not None \
                                and known.kind in ("region", "state"):
                            found.append((run.start(), known.name))
                            break
                    else:
                        i += 1
                        continue
                    i = j
            self._regions_named = found
        at = bisect_left(self._regions_named, (end, ""))
        return self._regions_named[at - 1][1] if at else None

    def _home_region(self) -> tuple[str, str] | None:
        """The province or state the story is about, with its country: named at least twice and more
        often than its country."""
        counts: dict[tuple[str, str], int] = {}
        country_counts: dict[str, int] = {}
        for e in (e for ents in self.sentence_entities for e in ents):
            p = e.place
            if p is None or not p.country:
                continue
            if p.kind in ("region", "state") or (p.kind == "nation" and p.name not in _governed_by_country()):
                counts[(p.name, p.country)] = counts.get((p.name, p.country), 0) + 1
            elif p.kind in ("country", "demonym", "capital"):
                country_counts[p.country] = country_counts.get(p.country, 0) + 1
        if not counts:
            return None
        best = max(counts, key=lambda r: (counts[r], -list(counts).index(r)))
        return best if counts[best] >= 2 and counts[best] > country_counts.get(best[1], 0) else None

    def _sentence_owner(self) -> str | None:
        """The firm a sentence names as owner of what it reports ("Toyota's operating profit",
        "Shares in Rolls-Royce", "BYD's shares"), not a place."""
        text = self._sentence_text
        if text not in self._owner_names:
            # the name depends on the sentence's words alone: read once a sentence, however many of its
            # figures and speakers ask (the bodies the story has named, below, may change between them)
            m = _OPENING_POSSESSOR.match(text)
            name = m.group("name") if m else None
            if name is None:
                found = _owner_re().search(text[:300])
                if found is not None:
                    name = _unpossessive(_owner_group(found))
            if not name or lookup(name) is not None or name.split()[0] in first_names() or \
                    name.split()[0].lower() in NOT_SUBJECTS:
                name = None
            self._owner_names[text] = name
        name = self._owner_names[text]
        return self.org_alias.get(name.lower(), name) if name else None

    def _poll_of(self, sent: Sentence) -> str | None:
        """The body whose poll, survey or study a sentence reports ("a YouGov poll", "an Ipsos survey"), once a sentence."""
        if sent.start not in self._polls:
            m = _POLL.search(sent.text)
            name = (m.group(1) or m.group(2) or m.group(3)) if m else None
            self._polls[sent.start] = name if name and lookup(name) is None and name.split()[0] not in first_names() else None
        return self._polls[sent.start]

    def _governs(self, sent: Sentence) -> tuple[bool, bool]:
        """Whether a sentence names a government, and a ministry (once a sentence: a sentence of a
        thousand figures is read once, not a thousand times)."""
        if sent.start not in self._government:
            self._government[sent.start] = (GOVERNMENT.search(sent.text) is not None,
                                            GOVERNMENT_BODY.search(sent.text) is not None)
        return self._government[sent.start]

    def _bearing_cause(self, f: Mention, sent: Sentence, ents: list[Entity] | None = None):
        """The sentence's clause of cause ("after drones struck ...") where it bears on figure F: for an amount or a
        share always; for a count only when it is a firm's news inside the clause ("Shares rose 6% in Oslo after the
        airline ordered 30 jets") or, for a place (ENTS given), when a country owns the sentence's subject before the
        clause ("Vietnam's coffee exports fell to 1.52 million tonnes after a drought in the Central Highlands" are
        Vietnam's, not the drought's place)."""
        cause = self._cause_of(sent)
        if cause and f.category not in ("money", "percent") and not (
                cause.start() <= f.start < cause.end() and _FIRM_CAUSE.match(self.text, cause.start())) and not (
                ents is not None and f.start < cause.start() and self._country_owns_subject(ents, sent, f)):
            return None
        return cause

    @staticmethod
    def _country_owns_subject(ents: list[Entity], sent: Sentence, f: Mention) -> bool:
        """Whether a country owns what the sentence's subject counts, by its possessive or its demonym, before the
        figure ("Vietnam's coffee exports fell", "French wheat output will fall")."""
        return any(sent.start <= e.start < f.start and e.place is not None and (
            e.place.kind == "demonym" or e.place.kind in ("country", "nation") and e.surface.endswith(("'s", "’s")))
            for e in ents)

    def _cause_of(self, sent: Sentence):
        """A sentence's clause of cause ("after drones struck ..."), found once."""
        if sent.start not in self._causes:
            self._causes[sent.start] = _CAUSE_CLAUSE.search(self.text, sent.start, sent.end)
        return self._causes[sent.start]

    def _place_candidates(self, ents: list[Entity], sent: Sentence, para: Paragraph):
        """Destinations and positions named in a sentence, and its clause breaks: worked out once."""
        cached = self._places_of.get(sent.start)
        if cached is not None:
            return cached
        motion = None  # whether the sentence holds a verb of motion: read only for a place after "for"
        org_at: set[int] | None = None  # where the sentence's bodies open: found once, when first asked
        dest, pos, origins = [], [], []
        origin_end = -1
        for e in ents:
            if self.text[e.end:e.end + 6] in ("-based", "-born"):
                continue  # "the San Jose-based group": where it is based, not where the figure is
            if e.place is not None and e.place.kind in ("city", "capital") and (trade := _TRADE_THEN_NAME.match(self.text, e.end)) \
                    and (trade.group(1) in _TRADES or trade.end() - 1 in (org_at := org_at if org_at is not None else {
                        x.start for x in ents if x.org})):
                continue  # "Analysts at Santiago brokerage Larraín Capital estimate": the town that says where the firm
                # is, as "-based" does, not where the figure is
            if e.prep == "of" and (part := _PART_OF_BEFORE.search(self.text, max(sent.start, e.start - 60), e.start)):
                e = Entity(e.start, e.end, e.surface, e.place, part.group(1), e.org, e.border)  # "in parts of Mato Grosso"
            elif e.prep == "of" and e.place is not None and e.place.kind in ("city", "capital") \
                    and _TOWN_EVENT_AFTER.match(self.text, e.end):
                e = Entity(e.start, e.end, e.surface, e.place, "at", e.org, e.border)  # "fetched 2,450 rupees a kilo at
                # Sale No. 29 of the Colombo auction": a town's auction or festival is held in it
            elif e.prep == "of" and _EVENT_OF_BEFORE.search(self.text, max(sent.start, e.start - 30), e.start):
                e = Entity(e.start, e.end, e.surface, e.place, "at", e.org, e.border)  # "An eruption of the volcano
                # killed nine people": what the eruption did happened at the volcano
            if e.prep in ("at", "from", "of") and _SCHOOL_AFTER.match(self.text, e.end):
                continue  # "according to researchers at Oxford University": the body they work for, named for its town
            if may_end_with(self.text, max(sent.start, e.start - 30), e.start, ("over", "against", "to", "with", "from")) \
                    and _OPPONENT_BEFORE.search(self.text, max(sent.start, e.start - 30), e.start):
                continue  # "scored twice in a 3-1 win over Benfica": the side beaten, not a place (nor
                # "since he joined from Molde", the club he left)
            if e.place is not None and e.place.kind in ("city", "capital", "place") and _TOWN_CLUB_AFTER.match(self.text, e.end):
                continue  # "agreed to sell him to Aston Villa for €62m", "Leeds United": a club named for its town, no place
            if e.prep == "to" and _ACCORDING_TO.search(self.text, max(sent.start, e.start - 18), e.start):
                continue  # "according to Kyrgyzstan's emergencies ministry": who says it, not where it goes
            if e.prep in ORIGIN and e.place is None and e.org is None and e.surface in backrefs():
                resolved = self._resolve_backref(e, para)  # "evacuated from the town"
                if resolved is not None:
                    e = Entity(e.start, e.end, resolved.name, resolved, e.prep)
            if e.prep == "from" and e.place is not None and e.place.kind not in ("org", "force") \
                    and _GOODS_FROM.search(self.text, max(sent.start, e.start - 40), e.start):
                pos.append(e)  # "Salmon exports from Norwegian ports fell 12%": where the goods are shipped
                continue
            if e.prep in ORIGIN:
                origin_end = e.end
                moved = e.prep != "from" or re.search(r"\b\w+ed\s+(?:\w+\s+)?from\s+(?:the\s+)?$", self.text[max(0, e.start - 40):e.start])
                if e.prep == "from" and e.place is not None and e.place.kind not in ("org", "force", "demonym") \
                        and (_WITHDRAWN.search(self.text, max(sent.start, e.start - 90), e.start)
                             or _LAUNCHED.search(self.text, max(sent.start, e.start - 90), e.start)):
                    pos.append(e)  # "withdrawn 28 armoured vehicles ... from the Batken front": where they were;
                    # "launched 23 satellites aboard a Falcon 9 rocket from Cape Canaveral": where the launch is
                elif moved and e.place is not None and e.place.kind not in ("org", "force", "demonym"):
                    origins.append(e)  # "evacuated from the town", "sailed from Portsmouth"
                continue
            if e.prep in POSITION and origin_end >= 0 and 0 <= e.start - origin_end <= 4:
                origin_end = e.end  # "from Sennelager in Germany": still the origin
                continue
            if e.place is None and e.org is None and e.surface in backrefs():
                a_site = str(backrefs()[e.surface]).startswith("site:")
                if a_site:
                    if self.text[e.end - 2:e.end] in ("'s", "’s") and e.prep not in _WHERE_PREPS:
                        continue  # "two of the port's four terminals", "the mine's concentrator": its parts, whose
                        # (but "through the port's gates" are at the port)
                    if e.prep not in _WHERE_PREPS and (not e.prep or e.prep in CLAUSE_WORDS or e.prep in DIRECT_SPEECH):
                        e = Entity(e.start, e.end, e.surface, None, "in")  # "The port has received 214 ship calls":
                        # a site that is the subject or the owner is where its figures are ("through the port's gates")
                elif self.text[e.end - 2:e.end] in ("'s", "’s") and _COUNTED_PLACES_AFTER.match(self.text, e.end):
                    e = Entity(e.start, e.end, e.surface, None, "in")  # "Four of the city's 11 libraries would close":
                    # the places a town or country has, counted, are in it (as "11 German airports" are in Germany)
                elif not e.prep and e.start - sent.start <= 1 and _HAS_A_COUNT.match(self.text, e.end):
                    e = Entity(e.start, e.end, e.surface, None, "in")  # "The province has about 140,000 hectares of
                    # olive groves": what a part of the country has is in it
                elif not e.prep and e.start - sent.start <= 1 or self.text[e.end - 2:e.end] in ("'s", "’s") and not (
                        e.prep in _WHERE_PREPS and (_PART_AFTER.match(self.text, e.end) or (
                            e.prep in _ACROSS_OWNED and not _OWNED_TIME.match(self.text, e.end)
                            and (e.prep != "to" or not _owned_role(self.text, e.end))))):
                    continue  # "The country will spend", "the island's port": whose (_backref_owner), not where
                    # (but "on the volcano's slopes", "in the country's north" place it)
                apposed = next((x for x in ents if x.place is not None and x.start > e.end
                                and self.text[e.end:x.start] in (", ", ",\u00a0")), None)
                resolved = apposed.place if apposed is not None else self._resolve_backref(e, para)  # "the capital, Tbilisi,"
                if resolved is None:
                    continue
                e = Entity(e.start, e.end, resolved.name, resolved, e.prep)
            if e.prep in _COMPARED and e.surface.endswith(("'s", "’s")) and _FIGURE_NEXT.match(self.text, e.end, e.end + 40):
                continue  # "well above the EU's 3% ceiling", "below Germany's 2.1%": the figure it is measured
                # against, whose, not where
            if e.place is not None and e.place.name == "EU" and e.prep in _WHERE_PREPS and e.prep != "on":
                e = Entity(e.start, e.end, e.surface, Place("EU", "region", None), e.prep)  # "exports to the EU"
            if e.place is None or e.place.kind in ("org", "force"):
                continue
            if e.prep == "of" and e.place.kind in ("demonym", "city", "capital") and _PEOPLE_NEXT.match(self.text, e.end):
                # "68% of Bolivian children received a first dose", "72% of Palma residents believe": the people
                # of that country or town, counted there
                if e.place.kind == "demonym" and e.place.country is not None:
                    pos.append(Entity(e.start, e.end, e.place.country, Place(e.place.country, "country", e.place.country), e.prep))
                    continue
                pos.append(e)
                continue
            if e.place.kind == "demonym" and e.place.country is not None and e.prep in ("of", "in", "at") \
                    and _A_MARKET_NEXT.match(self.text, e.end):
                # "its share of the British grocery market rose to 15.8%", "grossed 1.2 billion rupees at the Indian
                # box office": a country's market is in that country
                pos.append(Entity(e.start, e.end, e.place.country, Place(e.place.country, "country", e.place.country), e.prep))
                continue
            if e.place.kind == "demonym" and not e.border:
                continue
            if may_end_with(self.text, max(sent.start, e.start - 30), e.start, ("in", "at", "the")) \
                    and _EVENT_BEFORE.search(self.text, max(sent.start, e.start - 30), e.start):
                continue  # "researchers told a conference in Chicago": where it was said, not where it is
            if e.prep == "in" and self._speaker_s_town(e, sent):
                continue  # "the transport ministry in Vienna said": where the speaker sits, not where the figure is
            if e.prep == "at" and e.place.kind == "place" and (role := _ROLE_AT.search(self.text, max(sent.start, e.start - 40), e.start)) \
                    and role.group(1).lower() in _people_at_work():
                continue  # "Priya Natarajan, an analyst at Hollis & Crane,": her employer, not a place
            if e.prep == "for" and motion is None:
                motion = MOTION.search(sent.text) is not None
            if e.prep in DESTINATION or (e.prep == "for" and motion) or e.prep in GIVING:
                dest.append(e)  # "sent to Poland", "will send Ukraine a package"
            elif e.prep in POSITION or e.border or (e.prep == "for" and self.text[e.end:e.end + 1] not in ("'", "’")) \
                    or (e.prep == "of" and _ROAD.fullmatch(e.surface)) \
                    or (_HOLDS.match(self.text, e.end) and e.place.kind not in ("demonym",)) \
                    or (e.prep == "of" and _PEOPLE_OF_BEFORE.search(self.text, max(sent.start, e.start - 30), e.start)) \
                    or (e.place.kind == "site" and e.prep in ("its", "their")
                        and _FROM_ITS.search(self.text, max(sent.start, e.start - 30), e.start)):
                pos.append(e)  # "in Estonia", "aid for Burundi", "the tally for Kenya", "Chad hosts"; "flies to 143
                # destinations from its Manchester base": the firm's own site its figures are worked from
        # nothing placed but an origin: the figure happened there ("evacuated from the town")
        if not dest and not pos:
            pos = origins
        breaks = [(m.start(), m.end()) for m in _PLACE_BREAK.finditer(self.text, sent.start, sent.end)]
        self._places_of[sent.start] = (dest, pos, breaks)
        return dest, pos, breaks

    def _speaker_s_town(self, e: Entity, sent: Sentence) -> bool:
        """Whether the town at E only says where the sentence's speaker is: "the fisheries ministry in Oslo
        said", "according to the agriculture ministry in Madrid", "a water-rights group based in Cusco, said"
        (a body's head, places.toml [seated_bodies], then "in" and the town, then the attribution; not "local
        officials in Huanta said as many as 30 people had died": officials and police report where they are)."""
        if _ROLE_AT_FIRM_IN.search(self.text, max(sent.start, e.start - 100), e.start) \
                and _SAID_AFTER_TOWN.match(self.text, e.end, sent.end):
            return True  # "Carolina Méndez, a mining analyst at BancoSur Securities in Santiago, said": where the
            # speaker's firm is, in the aside that names her
        before = _HEAD_IN.search(self.text, max(sent.start, e.start - 40), e.start)
        if before is None or before.group(1).lower() not in _SEATED_BODIES:
            # "the Department of Finance in Dublin said": a body whose head is named before its remit
            before = _NAMED_HEAD_IN.search(self.text, max(sent.start, e.start - 90), e.start)
        if before is None or before.group(1).lower() not in _SEATED_BODIES:
            return False
        return bool(_SAID_AFTER_TOWN.match(self.text, e.end, sent.end)
                    or _ACCORDING_BEFORE.search(self.text, max(sent.start, before.start() - 60), before.start()))

    def _para_entities(self, para: Paragraph) -> list[Entity]:
        """The entities of a paragraph's sentences, in order (found once, in __init__)."""
        if self._by_para is None:
            self._by_para = {}
            for s, ents in zip(self.sentences, self.sentence_entities):
                self._by_para.setdefault(s.paragraph, []).extend(ents)
        return self._by_para.get(para.index, [])

    def _town_of_a_part(self, e: Entity, seen: list[Entity], para: Paragraph) -> Entity | None:
        """The town E's paragraph last is at, where E refers back to a part of a country and the paragraph names no
        region: "Officials in Batken say roughly 600 homes in the region were damaged", "In Marsabit, ... 55 percent of
        cattle in the county had died" (not a town it only goes to, nor a road)."""
        here = [x for x in seen if x.start >= para.start and x.place is not None]
        if any(x.place is not None and x.place.kind in ("region", "state") for x in here):
            return None
        return next((x for x in reversed(here) if x.place is not None and x.place.kind in ("city", "place") and x.prep in _TOWN_OF_A_PART
                     and not _ROAD.fullmatch(x.surface)), None)

    def _resolve_backref(self, e: Entity, para: Paragraph) -> Place | None:
        if e.prep == "at" and e.surface in ("the prefecture", "the governorate"):
            return None  # "met union leaders at the prefecture": the area's office, a building, not the area
        want = backrefs().get(e.surface)
        if e.surface == "the island" and (island := self._area_named_before(e.end, "island")) is not None:
            # "the island's port", "on the island" after "the Italian island of Lampedusa": the island the story
            # so called, not the country or a town named since
            return island
        if isinstance(want, str) and want.startswith("pair:"):
            # "the two provinces", "aid for the two countries": the two places the story last joined by "and"
            pair = self._latest_pair.get(want.split()[1])
            if pair is None or pair[1].end > e.start:
                return None
            assert pair[0].place is not None and pair[1].place is not None  # (placed)
            return Place(f"{pair[0].place.name} and {pair[1].place.name}", "pair", None)
        # the places named just before it in its paragraph (a bounded window: a paragraph of a thousand
        # back-references must not be read a thousand times)
        placed = self.para_places.get(para.index, [])
        upto = bisect_left(placed, e.start, key=lambda x: x.start)
        seen = placed[max(0, upto - _BACKREF_WINDOW):upto]
        ents = self._para_entities(para)
        before = bisect_left(ents, e.start, key=lambda x: x.start)
        spans = {(x.start, x.end, x.surface) for x in seen}
        seen += [x for x in ents[max(0, before - _BACKREF_WINDOW):before] if x.end <= e.start
                 if x.place is not None and (x.start, x.end, x.surface) not in spans]
        # "the region" in a later paragraph: the place named in the paragraphs before
        seen = [x for pi in range(max(0, para.index - 3), para.index) for x in self.para_places.get(pi, [])] + seen
        town = self._town_of_a_part(e, seen, para) if want == "any" and e.surface in _PART_OF_A_COUNTRY else None
        if town is not None and not _SENTENCE_END_IN.search(self.text, town.end, e.start):
            return town.place  # (a town of the same sentence, before a region the story named paragraphs back)
        named_so = self._latest_part.get(e.surface[4:]) if e.surface.startswith("the ") else None
        if named_so is not None and named_so.place is not None and named_so.start < e.start and named_so.start >= self.paras[max(0, para.index - 6)].start:
            # "the province" is the latest place the story called a province ("at least 37 people in Indonesia's
            # West Sumatra province ... 1,240 homes destroyed across the province"), not a town named since
            return Place(named_so.place.name, "region", named_so.place.country)
        if want == "any" and e.surface in ("the region", "the province", "the state", "the territory", "the prefecture",
                                            "the county", "the district", "the division", "the governorate", "the oblast",
                                            "the canton"):
            # a part of a country: a region or state named before, not the country it is in; else the
            # province the story is about ("146 fires were burning across the province")
            if town is not None:
                return town.place
            parts = [x for x in seen if x.place is not None and x.place.kind not in ("city", "capital", "country", "nation")]
            if self.home_region and not any(x.place is not None and x.place.kind in ("region", "state") for x in parts):
                return lookup(self.home_region[0]) or Place(self.home_region[0], "region", self.home_region[1])
            latest = self._latest_region
            if latest is not None and latest.place is not None and latest.start < e.start \
                    and e.surface in ("the region", "the province", "the state") \
                    and not any(x.place is not None and x.place.kind in ("region", "state") for x in parts):
                # "across the province" paragraphs after the story named Sindh, with only towns named since: the
                # province the story last named, not a town in it
                return Place(latest.place.name, "region", latest.place.country)
            seen = parts or [x for x in seen if x.place is not None and x.place.kind not in ("city", "capital")] or seen
        # the latest place named, unless it was named paragraphs back: then the one the story names
        # most ("the port city" three paragraphs after "cargo diverted to Callao" is San Antonio)
        if isinstance(want, str) and want.startswith(("named:", "site:")):
            # "the volcano" paragraphs after "Mount Loleba erupted": the latest feature so named anywhere
            # before (kept by its words as the story names places: constant work a back-reference)
            seen = [self._latest_named[w] for w in want.split()[1:] if w in self._latest_named
                    and self._latest_named[w].start < e.start] + seen
            seen.sort(key=lambda x: x.start)
        if isinstance(want, str) and want.startswith("site:"):
            # "the port": the latest place whose name says it is one ("Port Botany", "its Kusile plant"), or
            # that the story placed the site in ("its assembly plant in Ramos Arizpe", "the port of Goole")
            named = [x for x in seen if _fits_backref(want, x.place) and x.place is not None
                     and x.place.name.split()[-1] not in _feature_words()]
            if named:
                return max(named, key=lambda x: x.start).place  # (not "Port Phillip Bay", a bay)
            site = self._latest_site.get(e.surface.split()[-1])
            if site is not None and site.start < e.start:
                return site.place
            if self.top_city[0] and e.surface.startswith("the port"):
                # "The port handled 912,000 TEU" in a story that never names its port ("a strike at the country's
                # second-busiest container port", "a berth in Cape Town"): the town the story names most
                home = lookup(self.top_city[0], allow_cities=True)
                if home is not None:
                    return home
            return None
        if want == "city" and e.surface in ("the city", "the town"):
            # "the Cork Commuters' Alliance said fares in the city had risen": a body named for its town just
            # before, nearer than any town named, is what the city means
            last_fit = max((x.start for x in seen if _fits_backref(want, x.place)), default=-1)
            for x in reversed(ents[max(0, before - 8):before]):
                if x.org and x.end <= e.start and e.start - x.end <= 200 and x.start > last_fit:
                    org_town = lookup(x.org.split()[0], allow_cities=True) if x.org.split()[0][:1].isupper() else None
                    if org_town is not None and org_town.kind in ("city", "capital"):
                        return org_town
        fits = [x.place for x in reversed(seen) if x.place is not None and _fits_backref(want, x.place)]
        if e.surface in ("the capital", "the capital's", "the capital’s") and fits and fits[0].kind != "capital":
            # "deployed more than 1,400 officers across the capital" after "marched through central London" and
            # "arrested in Westminster": the capital the story named, not a district of it named since
            named_capital = self._latest_capital
            if any(p.kind == "capital" for p in fits):
                fits = [p for p in fits if p.kind == "capital"]
            elif named_capital is not None and named_capital.place is not None and named_capital.start < e.start:
                fits = [named_capital.place]
        if len(fits) > 1 and next(x for x in reversed(seen) if x.place is fits[0]).start < \
                self.paras[max(0, para.index - 1)].start:
            fits.sort(key=lambda p: -self.place_counts.get(p.name, 0))  # stable: the latest first among equals
        if want == "country" and len(fits) > 1 and fits[0].name != self.home_country \
                and (home := next((p for p in fits if p.name == self.home_country), None)) is not None \
                and (latest := next((x for x in reversed(seen) if x.place is fits[0]), None)) is not None \
                and (e.start - latest.end > 1000 or _SENTENCE_END_IN.search(self.text, latest.end, e.start)):
            # "63,000 people had entered the country" in a story about Burundi, a sentence after "fled DR Congo": the
            # country the story is about, where two it named could be meant (not where the sentence itself names
            # the other: "Kenya's interior ministry said 64 people had died in the country")
            return home
        if fits:
            return fits[0]
        if e.surface in _AREA_KINDS and not (e.prep and e.prep not in POSITION and "s" in self.text[e.end - 1:e.end + 2] and (
                self.text[e.end - 2:e.end] in ("'s", "’s") or self.text[e.end:e.end + 2] in ("'s", "’s"))) \
                and (area := self._area_named_before(e.start, e.surface[4:])) is not None:
            # "the district" paragraphs after "Kereru Valley District Council", "the town" after "the town of
            # Bellmore": the place the story itself called so, where no place known to be one was named near ("in
            # the city's car parks"; but not "towards the county's share": whose share, not where)
            return area
        if e.surface in _COUNCIL_TOWN_REFS:
            # "Shropshire Council filled 18,400 potholes across the county": the town or county a council
            # the story named before is named for
            for x in reversed(ents[max(0, before - _BACKREF_WINDOW):before]):
                council_named = _COUNCIL_OF.fullmatch(x.org) if x.org and x.end <= e.start else None
                if council_named and lookup(council_named.group(1)) is None:
                    return Place(council_named.group(1), _COUNCIL_TOWN_REFS[e.surface], None)
        if want == "city" and self.top_city[0]:
            # "deployed 3,200 police officers in the capital" paragraphs after the story last named Bogotá:
            # with no town named near, the town the story has named most so far
            home = lookup(self.top_city[0], allow_cities=True)
            if home is not None and home.kind in ("city", "capital") and (e.surface != "the capital" or home.kind == "capital"):
                return home
        if e.surface == "the capital":
            # "Eleven of the branches are in the capital" in a story about Ireland that names no town: the capital
            # of the country named just before, else of the story's country (from the country data)
            country = next((x.place.country for x in reversed(seen) if x.place is not None
                            and x.place.kind in ("country", "demonym")), None) or self.home_country
            capital = _capital_of().get(country) if country else None
            if capital is not None:
                return capital
        if want == "country":
            # "NHS Wales must see 65% of patients across the country": with no country named, a body just before
            # that is named for its country or nation is what the country means
            for x in reversed(ents[max(0, before - 8):before]):
                body = x.org or (x.surface if x.place is not None and x.place.kind == "org" else None)
                if body and x.end <= e.start and e.start - x.end <= 200:
                    for w in body.split()[:4]:
                        nation = lookup(w) if w[:1].isupper() else None
                        if nation is not None and (nation.kind == "country" or (
                                nation.kind == "nation" and nation.name in _countries_within())):
                            return nation
        if want == "any" and e.surface in ("the state", "the province", "the region"):
            # "the Teachers' Federation of Victoria walked off the job ... 1,140 schools across the state": with no
            # state named, a body just before that is named for a state, province or region is what it means
            earlier = (self._para_entities(self.paras[para.index - 1])[-8:] if para.index > 0 else []) \
                + ents[max(0, before - 8):before]  # (the last eight: a bounded slice, not the paragraph's whole head)
            for x in reversed(earlier[-8:]):
                body = x.org or (x.surface if x.place is not None and x.place.kind == "org" else None)
                if body and x.end <= e.start and e.start - x.end <= 400:
                    for w in body.split()[:5]:
                        part = lookup(_unpossessive(w)) if w[:1].isupper() else None
                        if part is not None and part.kind in ("state", "region", "nation") and part.country \
                                and part.name not in _countries_within():
                            return part
        if want == "country" and self.home_country:
            home = lookup(self.home_country)  # "the country" with no country named near: the story's country
            if home is not None and home.kind == "country":
                return home
        return None

    # -- caveats -------------------------------------------------------------------------------

    def _hedge(self, sent: Sentence, ms: list[Mention], prev: list[Mention]) -> None:
        if not (ms or prev) or not _may_hedge(sent.text) or not _any_hedge().search(sent.text):
            return  # most sentences hold no hedge: one scan decides
        for caveat, pattern, backward in _hedges():
            if not pattern.search(sent.text):
                continue
            targets = ms if ms else (prev if backward else [])
            for f in targets:
                if caveat not in f.caveats:
                    f.caveats.append(caveat)


SPECIFICITY = {"site": 0, "place": 0, "city": 0, "capital": 0, "state": 1, "nation": 1, "country": 2, "region": 2}


def _counted_nouns():
    return _units()["nouns"]


_NEXT_WORD = re.compile(r"\s*([\w-]+)")


# a country's adjective before the places it has, with at most one word between ("German airports",
# "Canadian hospitals and clinics", "German car plants"); bounded, linear time
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:" + "|".join(sorted(
    LOCATED_UNITS | {"plants", "factories", "mines", "sites", "waters", "coast", "roads", "motorways"})) + r")\b")


# after a back-reference's possessive, a count of the places it has: "the city's 11 libraries", "the state's roughly
# 500 school districts" (a number, a qualifier and one word before the noun at most; bounded, linear time)
_COUNTED_PLACES_AFTER = re.compile(r"\s+(?:(?:about|some|roughly|around|nearly|almost|all|over)\s+)?[\d,.]*\d\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:"
                                   + "|".join(sorted(LOCATED_UNITS | {"libraries"})) + r")\b")


def _places_a_noun(text: str, at: int) -> bool:
    """Whether the word at AT is a place counted ("German airports", "Spanish homes"): a country's adjective
    before it says where they are, not whose."""
    m = _NEXT_WORD.match(text, at)
    return m is not None and m.group(1).lower() in LOCATED_UNITS


@cache
def _people_at_work() -> frozenset[str]:
    """Speakers and roles whose "at" names where they work ("an analyst at Barclays"), not a crowd's place."""
    return (_speaker_heads() | PERSON_ROLES) - _CROWD_WORDS


# people moved out of a place: "evacuated 300 people from the village of Kok-Tash", "forced 2,600 people out of
# Nysa", "families had been evacuated from low-lying areas of Luzon" (the verb before the figure or after it)
_REMOVED = re.compile(r"\b(?:evacuat(?:ed|ing|es|e)|airlift(?:ed|ing|s)?|relocat(?:ed|ing|es|e)|displac(?:ed|ing|es|e)|"
                      r"forc(?:ed|ing|es|e)(?!\s+to\b))\b")
_REMOVED_BEFORE = re.compile(_REMOVED.pattern + r"\s+(?:[\w,.-]+\s+){0,3}$")
_OUT_OF = re.compile(r"\s+(?:(?:had|have|has|were|was|been|being|are|is)\s+){0,2}(?:[a-z]+\s+)?(?:out\s+of|from)\s+"
                     r"(?:[\w'’-]+\s+){0,5}")


# a place, then what it lies in: "Gitugi village in Murang'a county", "Ramos Arizpe, in the northern Mexican state
# of Coahuila", "Mount Loleba on Indonesia's Halmahera island" (bounded: a few words between)
_NESTED_IN = re.compile(r"(?:\s+(?:village|town|city|hamlet|suburb|district|port|island))?,?\s+(?:in|on|near|outside)\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:state|province|region|county|district|island|department)\s+of\s+)?"
                        r"(?:[A-ZÀ-ÖØ-Þ][\w-]*['’]s\s+)?")


_COMMA_BREAK = re.compile(r",(?!\d{3})")  # a comma, not a thousands separator
_THE_REST = re.compile(r",?\s*(?:and|but|while|whereas)\s+(?:the\s+rest|the\s+others?|others|the\s+remainder|elsewhere)\b")
# a place, then an apposition that measures it: "The Philippines, an archipelago of more than 7,600 islands", "Fuerte
# Olimpo, a river town of about 4,000 people" (the figure follows "of")
_SIZED_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:town|city|country|nation|archipelago|island|"
                               r"village|region|province|state|port|county|district|municipality|community|hamlet|suburb)"
                               r"\s+of\s+")


@cache
def _capital_of() -> dict[str, Place]:
    """A country's news name -> its capital (the first the country data lists), read once from the gazetteer."""
    from .places import gazetteer

    out: dict[str, Place] = {}
    for place in gazetteer().values():
        if place.kind == "capital" and place.country and place.country not in out:
            out[place.country] = place
    return out


def _acts_after(text: str, at: int) -> bool:
    """Whether the word after AT is a verb in lower case, not a noun that makes a longer name ("Airport workers")."""
    verb = re.match(r"\s+([a-z]+)\b", text[at:at + 30])
    return verb is not None and verb.group(1) not in _org_words() and verb.group(1) not in _TRADES \
        and verb.group(1) not in _SITE_REF_COMPOUNDS


def _inner_place(e: Entity, ents: list[Entity]) -> Entity:
    """ "at Brisbane's Suncorp Stadium": the place a town's or country's possessive introduces, else E."""
    if e.surface.endswith(("'s", "’s")):
        return next((x for x in ents if x.start == e.end + 1 and x.place is not None and x.place.kind == "place"), e)
    return e


def _specificity(p: Place) -> int:
    """How narrow a place is: a town before a state, a state before a country; a region of a country
    ("Lusaka province", "Western Australia") is a state's rank, a region of the world ("Europe") a country's."""
    return 1 if p.kind == "region" and p.country else SPECIFICITY.get(p.kind, 2)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|whereas|(?:even\s+)?(?:though|although))\b|;\s|\s(?:while|whereas)\s|,\s+and\s+that\b|"
                           r",\s+as\s+(?!many\b|much\b|well\b|long\b|far\b|soon\b|few\b|of\b|part\b|in\b|a\s+result\b|"
                           r"the\s+result\b|usual\b|expected\b|planned\b|a\b)")

# Where a figure is: a clause also ends at ", with" ("exports fell 28%, with shipments through Odesa
# down") and before a report given as a cause ("rose 3% in London after the company said ...")
_REPORT = r"\s(?:after|as|when|because)\s+(?=(?:[\w'’.-]+\s+){0,5}(?:said|says|reported|announced|warned|confirmed)\b)"
# (a clause about a named person also ends a figure's: "for striker Tiago Mendes, who scored in Braga's 3-1 win" does
# not place the fee in Braga, where "60 firefighters, who will arrive in Williams Lake" are placed there)
# (but "while" before a participle, with no comma, only says when: "caught fire while landing at Pokhara airport"
# is at the airport; ", while spending €1bn in Tangier" is another clause)
_PLACE_BREAK = re.compile(_CLAUSE_BREAK.pattern.replace(
    r"\s(?:while|whereas)\s", r"\s(?:while(?!\s+[a-z]+ing\b)|whereas)\s") + r"|,\s+with\b|\s[A-ZÀ-ÖØ-Þ][\w'’-]*,\s+who\b|" + _REPORT)
_REPORT_OPENS = re.compile(_REPORT)
_WITH = re.compile(r",\s+with\b")
# an aside opening with a relative word, to the next comma: ", which coordinates aid from about 50 countries,"
_NOT_ITS_ASIDE = re.compile(r"\baccording\b|\bsaid\b|\bsays\b|\btold\b|[;:]")  # "..., according to the Nepal Army, which"
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b(?:[^,;]|,(?=\d{3})){0,200}")
# a verb carrying a running total to the figure: "taking his league tally to", "bringing the total to",
# "stretching his lead in the standings to" (searched only in the words just before the figure)
_RUNNING_TOTAL = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|stretch(?:es|ed|ing)?|lift(?:s|ed|ing)?|push(?:es|ed|ing)?"
    r"|rais(?:e|es|ed|ing)|extend(?:s|ed|ing)?)\s+[^,;.]{0,70}?\b(?:tally|tallies|total|lead|orders|haul|count|number)\b"
    r"[^,;.]{0,60}?\bto\s+$")
# a name, then a comma and a short description ending in a bearing from another place: "Kayar, a fishing town
# north of Dakar, ", "Rūdninkai, south of Vilnius" (searched only in the few words before that place)
_ANCHORED = re.compile(r"(?P<name>[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}),\s+"
                       r"(?:[\w-]+\s+){0,6}?(?:north|south|east|west|north-east|north-west|south-east|south-west"
                       r"|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?$")
_THOUGH = re.compile(r",\s+(?:even\s+)?(?:though|although)\b")
# what may stand between a speech verb and the figure that opens the reported clause ("said on Tuesday that")
# what a report opens with when it measures others' things: a head noun in lower case, then what or where it
# measures ("average asking prices for flats in", "enrolments of overseas students", "visitors to the museum"),
# not a time ("profit for the year", "sales in the first quarter"); bounded by the caller
_GENERAL_MEASURE_OPENS = re.compile(
    r"(?:\s+(?:on\s+[A-ZÀ-ÖØ-Þ][a-z]+|in\s+a\s+statement|this\s+(?:morning|week|month|year)|yesterday|today|last\s+week))?,?"
    r"(?:\s+that)?\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}(?!(?:" + "|".join(_BODIES["own_measures"]["words"]) + r")\s)"
    r"(?:[a-z][a-z-]*s|amount|number|volume|value|level)\s+(?:of|for|to|in|at|across|through|on)\s+"
    r"(?!(?:the\s+|a\s+|its\s+|their\s+)?(?:last|this|next|past|first|second|third|fourth|final|previous|same|year|"
    r"quarter|half|month|week|period|day|season|\d)\b)")
# the verb of such a measure, between it and the figure (not a figure inside the phrase: "supplies to 86 towns")
_MEASURE_MOVES = re.compile(r"\b(?:rose|fell|risen|fallen|climbed|dropped|jumped|slid|slipped|grew|grown|declined|"
                            r"increased|decreased|totalled|totaled|reached|stood|was|were|is|are|had|has|have)\b")
# a sentence that opens with a measure of a place: "Average rents in", "Copper production in", "Traffic through the"
_MEASURE_OF_A_PLACE = re.compile(
    r"(?:(?:Average|Median|Annual|Typical|Monthly|Total)\s+(?:[a-z][a-z-]*\s+){0,2}|[A-Z][a-z-]+\s+(?:[a-z][a-z-]*\s+){0,1}(?="
    r"[a-z-]+\s))?(?i:" + "|".join(_BODIES["place_measures"]["words"]) + r")\s+(?:in|through|at|across)\s+"
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?![\w'’])")
# a body's report of its own act done: "said on Monday that it had sent", "adding that it culled" (bounded by the caller)
_BODY_SAID_IT_ACTS = re.compile(r"\b(?:said|says|added|adding|announced|told\s+[a-z]+)(?:\s+(?:on|late\s+on)\s+[A-Z][a-z]+)?"
                                r"(?:\s+in\s+a\s+statement)?,?(?:\s+that)?\s+it\s+(?:had\s+|has\s+|was\s+|is\s+)?"
                                r"(?:now\s+|already\s+|also\s+)?(?!been\b|expected\b|not\b|would\b|will\b|could\b|may\b|might\b)(?P<verb>[a-z]+)\b")
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose|where)\b")
# a body that sets, levies or uses the figure, in a relative clause with no "that" after it (bounded by the caller)
_RULE_NOUNS = "|".join(sorted(table("bodies")["rule_nouns"]["words"], key=len, reverse=True))
# a sentence that opens with a body's rules: "Under LFP rules,", "Under the English Football League's profitability
# rules,", "Under rules set by the regulator, Nepra,"; the phrase runs to its comma
_UNDER_RULES = re.compile(r"\s*Under\s+(?:(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:de\s+|of\s+|for\s+|and\s+)?"
                          r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,5}?)(?P<s>['’]s)?|the\s+(?P<head>[a-z]+)['’]s)\s+(?:[a-z][\w-]*\s+){0,3}?"
                          r"(?:" + _RULE_NOUNS + r")\b[^,;]{0,80}?,|\s*Under\s+(?:the\s+)?(?:" + _RULE_NOUNS
                          + r")\s+(?:set|laid\s+down|drawn\s+up|issued|written)\s+by\s+(?:the\s+)?(?:[a-z]+,\s+)?"
                          r"(?P<setter>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,4})\s*,")
_BODY_SETS_IT = re.compile(r"(?:\s+(?!that\b|the\b)[a-z-]+){0,2}?\s+(?:that\s+)?(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,4})\s+"
                           r"(?:already\s+|now\s+|still\s+|currently\s+)?(?:uses|used|levies|levied|considers|considered|"
                           r"sets|imposes|imposed|applies|applied|charges|charged|recommends|recommended)\b")
# winners no party names: "; independents took the", ", with ... going to independents" (bounded by the caller)
_UNNAMED_GROUP = r"(?:independents|independent\s+candidates|(?:smaller|minor|other)\s+parties)"
_UNNAMED_WINNERS_TOOK = re.compile(r"(?:^|[;:]\s*|,\s+(?:and|while)\s+)" + _UNNAMED_GROUP
                                   + r"\s+(?:took|won|got|held|have|had)\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.I)
_GOING_TO_UNNAMED = re.compile(r"(?:\s+seats)?\s+(?:going|went|go|falling|fell)\s+to\s+" + _UNNAMED_GROUP + r"\b")
_UP_OR_DOWN = re.compile(r"(?:up|down)\s")  # a change that continues the count before it: ", up 38%"
_UP_OR_DOWN_BEFORE = re.compile(r"\b(?:up|down)\s+$")
# the same change in other words: "612,000 visitors, 18% more than in 2021", "18.6 million passengers, an increase of 7%"
_MORE_THAN_AFTER = re.compile(r"\s*(?:more|fewer|less)\s+than\b")
_A_CHANGE_OF = re.compile(r"an?\s+(?:increase|rise|fall|drop|decline|decrease|jump|gain)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\S")
_A_CHANGE_OF_BEFORE = re.compile(r"\ban?\s+(?:increase|rise|fall|drop|decline|decrease|jump|gain)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
_OWN_WORDS = re.compile(r"\b(?:its|their|our|we)\b", re.I)
# a measure of a market or a place, its verb of change right before the figure: "rents that had risen by 14%"
_GENERAL_MEASURE_MOVED = re.compile(
    r"\b(?P<head>" + "|".join(w for w in _BODIES["place_measures"]["words"] if w not in ("output", "production")) + r")(?:\s+(?:in|for|at|of|on|across|to)\s+[^,;:]{1,60}?)?"
    r"(?:\s+(?:that|which))?(?:\s+(?:had|has|have|could|would|will|may|might|is|are|was|were)(?:\s+(?:been|be))?)?"
    r"\s+(?:rise|rose|risen|rising|fall|fell|fallen|falling|climb|climbed|jump|jumped|drop|dropped|grow|grew|grown|"
    r"increase|increased|decrease|decreased|declined|slid|slipped|soared|surged|up|down)\s+(?:by\s+)?"
    r"(?:(?:as\s+much\s+as|about|around|nearly|almost|more\s+than|roughly|some|over|up\s+to)\s+)?$")
# a named payer's agreement right before the sum, or its add-ons: "Brighton had agreed to pay €35 million plus up to"
_AGREED_TO_PAY = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,3})\s+(?:(?:has|have|had)\s+)?"
                            r"agreed\s+to\s+pay\s+(?:[^,;.]{0,40}?\s(?:plus|and)\s+)?(?:(?:up\s+to|about|around|some|a\s+reported)\s+)?$")
# a sale to a named buyer before its price: "agreed to sell midfielder João Varela to Aston Villa for" (words of bounded
# length and number: linear time)
_SOLD_TO_FOR = re.compile(r"\b(?:sell|sells|sold|selling)\s+(?:[\w'’-]{1,30}\s+){1,6}?to\s+"
                          r"(?P<name>[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,3})\s+for\s")
# a rule's or a target's word before a limit on people: "the government's target of 40 million", "cap their combined
# passengers at 5,000", "class sizes will be capped at 28 pupils" (its body is sought as for any figure)
_RULE_WORD_BEFORE = re.compile(r"\b(?:target|targets|cap|caps|capped|capping|limit|limits|limited|ceiling|quota)\b[^,;.]*$")
_PRIZE_MONEY = re.compile(r"\b(?:prize|prizes|jackpot|jackpots|purse|winnings)\b", re.I)  # a sentence of prize money
# an approval of a body's project: "approved developer SunWest's solar farm", "approved the study for Northcrest Metals’"
_APPROVED_FIRMS_PROJECT = re.compile(
    r"\bapprov(?:ed|es|al\s+(?:of|for))\s+(?:[^,;.]{0,60}?\s)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]*){0,3})"
    r"(?:['’]s|(?<=s)['’])\s")
# a possessor before a measure: "its rents", "the council's fares"
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|our)|['’]s?)\s+(?:[a-z-]+\s+){0,2}$")
# a count of a body's own things right before a place's name: "its 212 UK stores", "their 40 German plants"
_ITS_COUNT_BEFORE = re.compile(r"\b(?:its|their|our)\s+[\d,.]+\s+$")
# openers of a clause of time, cause or place: "after residents reported", "because bookings fell", "where traffic rose"
_GENERAL_CLAUSE_OPENS = re.compile(r"\s(?:after|whereas|where|because|as)\s")
_CLAUSE_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "she", "his", "her", "we", "our", "us", "you",
                              "i", "this", "these", "those", "that", "there", "many", "much", "well", "soon", "long"})
_OWN_SINGULARS = frozenset(_BODIES["own_measures_singular"]["words"])
_REPORTED_FIGURE_OPENS = re.compile(r"(?:\s+(?:on\s+[A-ZÀ-ÖØ-Þ][a-z]+|in\s+a\s+statement|this\s+(?:morning|week|month|year)|"
                                    r"yesterday|today|last\s+week|late\s+on\s+[A-ZÀ-ÖØ-Þ][a-z]+))?,?(?:\s+that)?\s*")
# a speech verb and the place it was spoken in, just before the place: "told reporters in", "said at" (bounded by the caller)
_SPOKEN_AT = re.compile(r"\b(?:(?:said|says|spoke|speaking)(?:\s+on\s+[A-Z][a-z]+)?|(?:told|tells|telling|addressing)(?:\s+(?:the|a|an))?"
                        r"(?:\s+(?:[A-Z][\w'’-]*|news|press|conference|briefing|reporters|journalists|lawmakers|parliament|"
                        r"delegates|summit|meeting|forum|audience|crowd|committee|investors|analysts|students|staff|a|the)){1,4})"
                        r"\s+(?:in|at)\s+$")
# "in a filing to the", "in a statement to the": the body or market a report was filed with, before its name; "in a
# report released in": the town a report came out in
_FILED_WITH = re.compile(r"\b(?:(?:in|with)\s+(?:a|an|its)\s+(?:regulatory\s+)?(?:filing|statement|notice|disclosure|release)\s+"
                         r"(?:to|with)|(?:report|statement|study|survey|figures|data)\s+(?:released|published|issued|presented)"
                         r"(?:\s+on\s+[A-Z][a-z]+)?\s+(?:in|at))\s+(?:the\s+)?$")
_AT_A_MATCH = re.compile(r"\b(?:fans|spectators|supporters|crowd)\s+(?:at|in)\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?$")


def _a_kind_body(name: str) -> bool:
    """Whether a speaker named in lower case is a body called by its kind ("health department", "fire service",
    "district education office"): its last word is a public body's head (bodies.toml [public_heads])."""
    words = name.split()
    return bool(words) and name[:1].islower() and words[-1] in PUBLIC_HEADS and "'" not in name and "’" not in name


# a count of vehicles that only stand somewhere, its clause passive with no agent: "where 143 vehicles, including 38
# freight trucks, were parked", "where 96 cars and 14 freight trucks were parked"
_PARKED = re.compile(r"(?:\s*,[^,;.]{0,60}|\s+and\s+[^,;.]{0,40}?)?,?\s+(?:were|are|was|is|had\s+been|have\s+been)\s+"
                     r"(?:still\s+)?parked\b(?!\s+by\b)")


# a share of a place's whole before the figure: "The share of Punjab's wheat crop ... rose from 40 to 55 percent"
_SHARE_OF_PLACE_S = re.compile(r"\b[Ss]hare\s+of\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*){0,2})['’]s\s")
_SHARE_OWNER_KINDS = frozenset({"country", "nation", "state", "province", "region"})
# a part of a named whole right after the number: "71.2% of Northline Rail's trains", "1,100 of England's 20,000
# state schools" (words of bounded number: linear time)
_NAME_ASIDE_OPENS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3},\s+(?:a|an|the|about|which|who|[a-z]+\s+of)\b")
_SAID_WORD = re.compile(r"\b(?:said|says|told|tells|added|adds|warned|warns|estimates|estimated)\b")
_PLURAL_OPENS = re.compile(r"\W{0,3}(?:Only\s+)?([A-Z][a-z]{2,30}s)\s+(?:[a-z]|on\b|in\b|at\b|by\b|of\b)")  # "Hotels on the ..."
_OF_NAME_S_AFTER = re.compile(r"\s*(?:%|\s+per\s*cent|\s+percent)?\s+of\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w&.-]*"
                              r"(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ÖØ-Þ][\w&.-]*){0,4})['’]s?\s+(?:[\d,.]+\s+)?[a-z]")


# ", the utility said, adding that 300 engineers were sent" (a body's report that goes on to its own crews)
_SAID_ADDING = re.compile(r"\b(?:said|says),?\s+adding\s+that\s+(?:[\w-]+\s+){0,2}$")
# "Households earning less than €30,000", "firms with annual turnover of up to 50 million francs", "companies with
# at least 500 employees" (bodies.toml [qualifying_groups]; a place may follow the group: "households in Ireland")
_QUALIFYING_GROUP = re.compile(r"\b(?i:" + "|".join(sorted(table("bodies")["qualifying_groups"]["words"])) + r")\s+"
                               r"(?:in\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+)?)?"
                               r"(?:earning|employing|with(?:\s+(?:an?\s+)?(?:(?:annual|yearly|combined|household)\s+)?"
                               r"(?:turnover|incomes?|revenues?|sales)\s+of)?)\s+"
                               r"(?:(?:less|more|fewer)\s+than\s+|under\s+|over\s+|up\s+to\s+|at\s+least\s+|below\s+|above\s+)?$")
_QUALIFYING_GROUP_LAST = ("earning", "employing", "with", "of", "than", "under", "over", "to", "least", "below", "above")
# "agreed to buy rival Corvex for $30 a share", "will acquire Dutch software maker Lintel": the body bought,
# whose price and premium are the buyer's (up to three words describing it between)
_PASSIVE_BY = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ck|ht|ut|it)\s+by\s+$")
# a share of others' things, counted in a plural noun with no owner's word: "nearly 14% of votes cast", "About 70% of
# the passengers" (not "of its passengers", "of the airline's 4,800 cabin crew", "of the vote", "of capacity")
_SHARE_OF_OTHERS = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<head>[a-z]+s|people|children|cattle|livestock|women|men)\b(?!['’])")
# "its" just before a count: "11 of its 187 Year 13 students", "its 4,800 cabin crew": the body's own people
_ITS_BEFORE_NUMBER = re.compile(r"\b(?:of\s+)?its\s+$")
_OF_ITS_AFTER = re.compile(r"\s+of\s+its\s")  # "11 of its 187 students"
_BOUGHT_BEFORE = re.compile(r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take\s+over|takes\s+over|"
                            r"took\s+over|taking\s+over)\s+(?:[\w-]+\s+){0,3}$")
# "Peru's central bank", "Spain's fire service": a body that acts in its own name (bodies.toml)
_OWN_BODY_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(table("bodies")["own_bodies_after_possessive"]["words"])) + r")\b")
_STATE_BODY = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(table("bodies")["state_bodies"]["words"])) + r")\b")
# "the ministry in ", "a group based in ", "the Polar Research Institute in " (a body's head in its name's capitals too)
_HEAD_IN = re.compile(r"\b([A-Za-z][a-z]+)\s+(?:based\s+)?in\s+(?:the\s+)?$")
# "the Department of Finance in ", "the Ministry of Health and Social Care in ": a body's head, then its remit in
# capitals (at most five words; bounded, linear time)
_NAMED_HEAD_IN = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?:(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|and|&)\s+){1,5}(?:based\s+)?in\s+(?:the\s+)?$")
_SAID_AFTER_TOWN = re.compile(r"(?:\s+and\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)?,?\s+(?:said|says|told|reported|announced|estimated)\b")
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}$")
_SEATED_BODIES = frozenset(table("places")["seated_bodies"]["words"])
# "the Achaea region", not a body so named ("the Haute-Garonne prefecture said")
# "there" of a place ("held the seat there", "There, ..."), not of being ("there are", "there's", "is there")
_THERE = re.compile(r"\b(?<![Ii]s\s)(?<![Aa]re\s)(?<![Ww]ere\s)(?<![Ww]as\s)[Tt]here\b(?!['’]|\s+(?:is|are|was|were|has|have|had|"
                    r"will|would|could|can|may|might|must|should|shall|seems?|seemed|remains?|remained|appears?|appeared|"
                    r"exists?|existed|be|been|being|used|looks?|looked|comes?|came|goes|went|lies|lay|stands?|stood|"
                    r"isn|aren|wasn|weren|hasn|haven|won|wouldn|might|also|still|now|already|just|never|ever)\b)")
# a site's noun before the place it is in or named for: "the port of Goole", "its assembly plant in Ramos Arizpe",
# "its plant in the Polish city of Gliwice", "a mine near the northern town of Kolwezi" (the town named by its kind,
# with at most two words before the kind; bounded, linear time)
_SITE_BEFORE = re.compile(r"\b(" + "|".join(sorted(k.split()[1] for k, v in backrefs().items() if str(v).startswith("site:")))
                          + r")\s+(?:of|in|at|near|outside)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?"
                          r"(?:city|town|village|port|municipality|district|province|region|state|county)\s+of\s+)?$", re.I)


_SITE_BEFORE_LAST = ("of", "in", "at", "near", "outside", "the")  # the words _SITE_BEFORE can end with
# two places joined as one ("Kenya and Somalia", "Isabela and neighbouring Cagayan"): what "the two ..." means
_JOINED = re.compile(r"\s+and\s+(?:(?:the\s+)?(?:neighbouring|neighboring|nearby|adjacent|adjoining|northern|southern|eastern|"
                     r"western|central|north-eastern|north-western|south-eastern|south-western)\s+)?")
# (a part of each named by its bearing: "across northern Kenya and southern Ethiopia")
_PAIR_PARTS = frozenset({"city", "capital", "place", "region", "state", "nation"})
_PART_NOUN_AFTER = re.compile(r"\s+(province|region|prefecture|county|district|state|territory|division|governorate|"
                              r"oblast|canton)\b(?!\s+(?:said|says|told)\b)")
# a cause whose subject is the firm (or the country) a market move is about: "after it forecast", "after the
# carmaker cut its forecast", "after its letter volumes fell" (firm_heads in bodies.toml)
# a cause that reports a firm's results: "after annual pre-tax profit fell 18% to £214 million", "after
# posting a net loss of €612 million", "after orders for its E60 truck fell 41%"
_RESULTS_CAUSE = re.compile(r"\b(?:profits?|loss|losses|revenues?|sales|earnings|orders|turnover)\b")
_COURT_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?court\b")  # "a Milan court", "A São Paulo labour court"
# a fine's verb before its money, with no figure between ("fined the messaging app Chattero "), or its noun after
# ("a €1.2m fine"); a state's body named in capitals after its possessive ("Ireland's Data Protection Commission")
_FINED_BEFORE = re.compile(r"\bfined\b[^\d.;]{0,60}$")
_A_FINE_AFTER = re.compile(r"\s+(?:fine|penalty)\b")
_NAMED_FINING_BODY = re.compile(r"\s+(?:[A-ZÀ-ÖØ-Þ][\w-]*\s+){0,4}(?:Commission|Court|Authority|Agency|Office|Regulator|"
                                r"Tribunal|Board|Bureau|Watchdog|Inspectorate)\b")
_FIRM_CAUSE = re.compile(r"\w+\s+(?:it|its|the\s+(?:country|" + "|".join(sorted(FIRM_HEADS)) + r"))\b")


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regex's \w


def _named_just_before(word: str, window: str) -> bool:
    r"""Whether WINDOW ends with WORD as a word, then at most 40 characters without a comma, then perhaps a
    comma ("Lesco, the utility, said it ...": "Lesco" before "said"): re.search(re.escape(WORD) +
    r"\b[^,]{0,40},?\s*$", WINDOW), read with str methods instead of a pattern compiled for each word."""
    rest_end = len(window.rstrip())  # (the pattern's closing \s*$: trailing white space)
    at = window.find(word)
    while at >= 0:
        q = at + len(word)
        if _is_word_char(window[q - 1]) != (q < len(window) and _is_word_char(window[q])):  # \b after the word
            middle = window[q:rest_end]
            if middle.endswith(","):
                middle = middle[:-1]
            if len(middle) <= 40 and "," not in middle:
                return True
        at = window.find(word, at + 1)
    return False


def _clause_around(breaks: list[tuple[int, int]], sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause around POS, from a sentence's breaks: ", while 350 commandos ..." starts its own."""
    i = bisect_left(breaks, (pos, pos))
    lo = breaks[i - 1][0] if i > 0 and breaks[i - 1][1] <= pos else sent.start
    if i > 0 and breaks[i - 1][1] > pos:  # POS inside a break: the clause ends there
        return (breaks[i - 2][0] if i > 1 else sent.start), breaks[i - 1][0]
    hi = breaks[i][0] if i < len(breaks) else sent.end
    return lo, hi


NEAR = 6  # candidates each side of a figure worth weighing


_BACKREF_WINDOW = 40  # places before a back-reference weighed for it


class _Aliases(dict[str, str]):
    """The story's bodies by every name it uses ("halden" -> "Halden Foods"), with indexes that answer
    "the latest body whose name holds this word" in constant time, so a story naming thousands of
    bodies is read in linear time. Names are only ever added (setdefault), never changed."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies: dict[str, None] = {}  # every body, in the order first named
        self._by_word_latest: dict[str, dict[str, None]] = {}  # word -> bodies, the one named last at the end
        self._by_word_first: dict[str, dict[str, None]] = {}  # word -> bodies, in the order first named
        self._by_last_word: dict[str, dict[str, None]] = {}  # a name's last word -> bodies, in the order first named
        self._by_clip: dict[str, dict[str, None]] = {}  # "Met" -> bodies of two words or more whose first word it opens

    def setdefault(self, key: str, value: str) -> str:  # type: ignore[override]  # (always given a value)
        if key in self:
            return self[key]
        super().__setitem__(key, value)
        words = set(value.lower().split()) | ({_UNION_WORD} if _UNION_LIKE.search(value) else set())
        for w in words:
            latest = self._by_word_latest.setdefault(w, {})
            latest.pop(value, None)
            latest[value] = None
        if value not in self.bodies:
            self.bodies[value] = None
            for w in words:
                self._by_word_first.setdefault(w, {})[value] = None
            self._by_last_word.setdefault(value.split()[-1].lower(), {})[value] = None
            first = value.split()[0]
            if " " in value:
                for k in range(3, min(5, len(first) // 2) + 1):  # (a clipped word, at most half the first word)
                    self._by_clip.setdefault(first[:k], {})[value] = None
        return value

    def clipped(self, word: str) -> dict[str, None]:
        """The bodies of two words or more whose first word WORD opens, at most half of it ("Met":
        "Metropolitan Police")."""
        return self._by_clip.get(word, {})

    def __setitem__(self, key, value):  # names are added through setdefault only
        raise TypeError("add a name with setdefault")

    def named_with(self, word: str) -> str | None:
        """The body whose name holds WORD, latest named (by any of its names) first; None if none."""
        found = self._by_word_latest.get(word)
        return next(reversed(found)) if found else None

    def first_named_with(self, word: str):
        """The bodies whose name holds WORD, newest first by when each was first named."""
        return reversed(self._by_word_first.get(word, {}))

    def ending_with(self, word: str):
        """The bodies whose name ends in WORD, newest first by when each was first named."""
        return reversed(self._by_last_word.get(word, {}))


_UNION_WORD = "\x00union"  # the index's key for a trade union's name, whatever it is called ("Federation")


def _near(items: list, pos: int) -> list:
    """The items (sorted by start) nearest POS: a bounded window, so the work per figure is constant."""
    i = bisect_left(items, pos, key=lambda e: e.start)
    return items[max(0, i - NEAR): i + NEAR]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _owner_name(e: Entity) -> str:
    if e.org:
        return e.org
    p = e.place
    assert p is not None  # (an entity names a body or a place)
    if p.kind == "org" and e.surface:
        written = _THE_OPENING.sub("", _unpossessive(e.surface))
        if written and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in written.split()) and not (
                p.name in _SHORT_FORMS and _initials(written.split()) == p.name) and (
                " " in written or {written.lower()} & {w.lower() for w in p.name.split()} or written.upper() == p.name):
            # as the sentence writes it: "World Food Programme" there, "WFP" where it says WFP, "European Commission";
            # one word that is another name for the body gives the name news knows it by ("the Tories" are the
            # Conservatives, "Starlink" satellites are SpaceX's)
            return written
    # a nation within a state keeps its own name ("Scotland's health spending" is Scotland's)
    return p.country or p.name if p.kind in ("capital", "force", "demonym") else p.name


def _place_name(e: Entity) -> str:
    p = e.place
    assert p is not None  # (asked of a place)
    name = p.name if p.kind not in ("demonym",) else p.country
    assert name is not None  # (a demonym's country is known)
    if e.border:
        return f"{p.country or name} border"
    return name


_ACRONYM_DEF = re.compile(r"\(([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-z&]{1,7})\)")
_NAME_GLUE = frozenset("of for and the de des du la le del di y et e und à".split())


def spelled_bodies(text: str, tokens) -> list[tuple[int, int]]:
    """The spans of bodies' names that hold lower-case words, each followed by the initials of its
    words in brackets: "Société de transport de Montréal (STM)", "Caisse de dépôt et placement du
    Québec (CDPQ)". A name of capitalised words alone is found by the name finder itself."""
    out: list[tuple[int, int]] = []
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1).lower()
        if sum(c.isupper() for c in m.group(1)) < 2:
            continue
        k = bisect_left(tokens, m.start(), key=_START) - 1
        words: list = []
        while k >= 0 and len(words) < 10 and tokens[k].kind == "word" and not tokens[k].low.endswith(("'s", "’s")):
            words.insert(0, tokens[k])
            k -= 1
        for a, w in enumerate(words):  # the longest name whose words' initials are the letters (a bounded walk)
            if not w.text[:1].isupper() or w.low in _NAME_GLUE:
                continue
            content = [t for t in words[a:] if t.low not in _NAME_GLUE]
            if "".join(t.low[0] for t in content) == acr and any(t.text[:1].islower() for t in content) \
                    and words[-1].text[:1].isupper():
                out.append((w.start, words[-1].end))
            elif words[-1].text[:1].isupper() and any(t.low == "and" for t in words[a:]) \
                    and all(t.text[:1].isupper() for t in content) and _spelled_across_and(acr, content):
                # "the Department of Health and Social Care (DHSC)", "the International Federation of Red Cross
                # and Red Crescent Societies (IFRC)": capitalised words the name finder parts at "and", one name
                out.append((w.start, words[-1].end))
            else:
                continue  # a later capitalised word may open it: "A spokesman said the Department of ..."
            break  # the longest name that the letters spell
    return out


def _spelled_across_and(acr: str, content: list) -> bool:
    """Whether the initials ACR spell the name's words CONTENT, every word's or, from its first word on, some
    of them in order ("IFRC": International Federation of Red Cross and Red Crescent Societies)."""
    letters = "".join(t.low[0] for t in content)
    if letters == acr:
        return True
    if len(acr) < 3 or letters[:1] != acr[:1]:
        return False
    i = 0
    for c in letters:
        if i < len(acr) and c == acr[i]:
            i += 1
    return i == len(acr)


def defined_acronyms(text: str, tokens, spelled: dict[int, int] | None = None) -> dict[str, str]:
    """ "the World Food Programme (WFP)": both "WFP" and "World Food Programme" (lower case) name
    "World Food Programme (WFP)", so a body the story names two ways is one actor or source. SPELLED,
    when given, is spelled_bodies() as the Attributer found it (start -> end), so it is not found twice."""
    out: dict[str, str] = {}
    for start, end in (spelled.items() if spelled is not None else spelled_bodies(text, tokens)):
        m = _ACRONYM_DEF.match(text, end + 1)
        if m:
            name = f"{text[start:end]} ({m.group(1)})"
            out.setdefault(m.group(1).lower(), name)
            out.setdefault(text[start:end].lower(), name)
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        if sum(c.isupper() for c in acr) < 2:
            continue
        k = bisect_left(tokens, m.start(), key=lambda t: t.start) - 1
        words: list = []
        while k >= 0 and len(words) < 10 and tokens[k].kind == "word" and not tokens[k].low.endswith(("'s", "’s")) and (
                tokens[k].text[:1].isupper() or tokens[k].low in _NAME_GLUE and words):
            words.insert(0, tokens[k])
            k -= 1
        while words and (words[0].low in _NAME_GLUE):
            words.pop(0)  # "the", a particle before the first capital
        if len(words) < 2 or words[0].text[:1].lower() != acr[:1].lower() and not any(
                w.low in _org_words() for w in words[1:]) and not (len(words) > 2 and words[1].low == "for"):
            continue  # (letters of the name in its own language: "the Andalusian Health Service (SAS)", a body's
            # kind and its field: "the Centre for Volcanology and Geological Hazard Mitigation (PVMBG)")
        full = text[words[0].start:words[-1].end]
        place = lookup(full)
        if place is not None and place.kind != "org":
            continue  # "United Arab Emirates (UAE)": a country keeps its own name
        name = f"{full} ({acr})"
        out.setdefault(acr.lower(), name)
        out.setdefault(full.lower(), name)
    for short, fulls in _org_full_names().items():  # "The World Food Programme said ... WFP said"
        if short in _SHORT_FORMS or short.lower() in out:
            continue
        full_name = next((f for f in fulls if " " in f and f in text), None)
        if full_name and re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", text):
            out.setdefault(short.lower(), f"{full_name} ({short})")
            out.setdefault(full_name.lower(), f"{full_name} ({short})")
    return out
