"""Figure mentions -> claims: a figure repeated five times is one claim with five mentions.

Two mentions are one claim when they state the same number of the same thing; "the 7,000
figure" (a reference noun) is a mention of the claim with that number stated earlier.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .figures import Mention
from .places import first_names, lookup


@dataclass
class Claim:
    mentions: list[Mention] = field(default_factory=list)
    headline_mentions: int = 0

    @property
    def first(self) -> Mention:
        for m in self.mentions:
            if not m.reference:
                return m
        return self.mentions[0]


def _key_number(m: Mention) -> float | None:
    for v in (m.value, m.low, m.high):
        if v is not None:
            return v
    return None


def _same_claim(a: Mention, b: Mention) -> bool:
    if _key_number(a) is None or _key_number(a) != _key_number(b):
        return False
    if (a.value, a.low, a.high) != (b.value, b.low, b.high) and not (a.reference or b.reference):
        # "as many as 7,000" and "7,000" are one claim; a range and a single number are not
        if a.number.is_range != b.number.is_range:
            return False
    if a.reference or b.reference:
        return True
    if a.kind != b.kind and "threshold" in (a.kind, b.kind) and a.category != b.category:
        return False  # "more than 100,000 marched" and "well above the 100,000 needed": a count and a bar
    if _definite(b) and abs(_key_number(a)) >= 100 and not b.number.percent and not b.number.currency \
            and (a.category == b.category or "other" in (a.category, b.category)):
        return True  # "1,120 additional spaces" ... "the 1,120 places": the figure named again
    if a.category != b.category:
        return False
    if a.unit == b.unit:
        # "up three" seats of one party and "won three seats" of another are two claims (a share or a sum
        # restated in a quote reads as a total: "5.5% does not begin to ...")
        return not (a.actor and b.actor and a.actor != b.actor and a.kind != b.kind
                    and not b.number.percent and not b.number.currency)
    # "7,000 troops" and later "7,000 soldiers" are one claim; "two submarines" and "two frigates",
    # or the same count of different owners, are two
    return a.category != "other" and abs(_key_number(a)) >= 100 and not (a.actor and b.actor and a.actor != b.actor)


def _definite(m: Mention) -> bool:
    """Whether "the" stands right before the number ("the 1,120 places"): a figure the story has given."""
    at = m.number.start - m.sentence.start
    return m.sentence.text[max(0, at - 4):at].lower() == "the "


def merge_mentions(mentions: list[Mention], headline: list[Mention] | None = None) -> list[Claim]:
    """One claim per distinct figure, in order of first mention (claims indexed by their number,
    so a story of thousands of figures merges in linear time)."""
    claims: list[Claim] = []
    by_number: dict[float, list[Claim]] = {}
    # claims a sentence opens join the index when the next sentence starts: a sentence does not restate
    # its own figure, and "1, 1, 1, ..." in one sentence must not be compared pairwise
    pending: list[tuple[float, Claim]] = []
    sentence = None
    for m in mentions:
        if m.sentence is not sentence:
            for key, claim in pending:
                by_number.setdefault(key, []).append(claim)
            pending, sentence = [], m.sentence
        key = _key_number(m)
        target = next((c for c in by_number.get(key, ()) if _same_claim(c.first, m)), None)
        if target is None and m.reference:
            target = next((c for k, c in pending if k == key and _same_claim(c.first, m)), None)
        if target is None:
            if m.reference or key is None:
                continue  # "the figure" with no figure before it: nothing to refer to
            claim = Claim([m])
            claims.append(claim)
            pending.append((key, claim))
        else:
            target.mentions.append(m)
    for key, claim in pending:
        by_number.setdefault(key, []).append(claim)
    for h in headline or []:
        for c in by_number.get(_key_number(h), ()):
            if _same_claim(c.first, h):
                c.headline_mentions += 1
                break
    return claims


def _a_place(name: str) -> bool:
    """Whether NAME is a place the gazetteer knows (a body it knows, "UNHCR", "NATO", is no place)."""
    known = lookup(name)
    return known is not None and known.kind not in ("org", "force")


def claim_fields(c: Claim) -> dict:
    """The merged attributes of a claim: the first stated value of each. Its source is the first mention's
    when that names a body or a person; where it names only a place, a person's or a role's word."""
    first = c.first
    ordered = [first] + [m for m in c.mentions if m is not first]
    sources = [m.source for m in ordered if m.source]
    # a person's or a role's word first ("US senior administration official" over "United States"); a
    # body the gazetteer lacks ("SAIC") is no person
    personal = [s for s in sources if lookup(s) is None and (
        any(w[:1].islower() for w in s.split()) or (len(s.split()) > 1 and s.split()[0] in first_names()))]
    caveats: list[str] = []
    for m in ordered:
        for cav in m.caveats:
            if cav not in caveats:
                caveats.append(cav)
    return {
        "actor": next((m.actor for m in ordered if m.actor), None),
        "location": first.location or next((m.location for m in ordered if m.location and not m.reference), None),
        "source": first.source if first.source and not _a_place(first.source)
        else None if not first.source
        else personal[0] if personal else (sources[0] if sources else None),
        "date": next((m.date for m in c.mentions if m.date), None),
        "caveats": sorted(caveats),
    }
