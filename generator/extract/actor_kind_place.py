"""Signs that a name no country list knows is a place's: "near Hollowby, Wiltshire", "visitors
to Hollowby"."""

from __future__ import annotations

import re

# Counties, states and regions that follow a town's name after a comma ("Hollowby, Kent").
_REGION_WORDS = """
    bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire
    devon dorset durham essex gloucestershire hampshire herefordshire hertfordshire kent
    lancashire leicestershire lincolnshire norfolk northamptonshire northumberland
    nottinghamshire oxfordshire rutland shropshire somerset staffordshire suffolk surrey
    sussex warwickshire wiltshire worcestershire yorkshire merseyside cleveland tyneside
    fife lothian ayrshire lanarkshire aberdeenshire perthshire argyll powys gwynedd
    pembrokeshire carmarthenshire ceredigion glamorgan gwent antrim armagh tyrone fermanagh
    derry alabama alaska arizona arkansas california colorado connecticut delaware florida
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont wisconsin wyoming queensland tasmania victoria
    ontario quebec manitoba alberta saskatchewan
    """
_REGIONS = frozenset(_REGION_WORDS.split())


def is_region(name: str) -> bool:
    """A county, state or province: "Somerset", "Ohio", "Queensland"."""
    return name.lower() in _REGIONS
_REGION_AFTER = re.compile(
    r",\s+(?:[A-Z][a-z]+\s+|(?:north|south|east|west)(?:ern)?\s+)?([A-Z][a-z]+)\b"
    r"(?!\s+[A-Z]|['\u2019])"
)
# Nouns for a settlement or a site: "the city of Hollowby"; "Hollowby, a village in Kent";
# for a natural feature set beside a name: "Mont Brisk - the highest mountain in the range".
_SETTLEMENT = (
    r"(?:city|town|village|hamlet|suburb|capital|island|resort|port|state|province|"
    r"county|district|borough|region)"
)
_KIND_OF = re.compile(rf"\b{_SETTLEMENT} of\s+$")
_KNOWN_AS = re.compile(
    rf"\b(?:{_SETTLEMENT}|site|area|settlement|ruins|neighbou?rhood)\s+(?:known as|called)\s+$"
)
# "east of Hollowby", "north-west of Hollowby"; "a village in Hollowby", "their home in X".
_COMPASS_OF = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$", re.IGNORECASE
)
_SETTLED_IN = re.compile(r"\b(?:city|town|village|hamlet|suburb|resort|home|farm)\s+in\s+$")
_FEATURE = r"(?:mountain|peak|volcano|river|lake|glacier|summit)"
_APPOSED = re.compile(
    rf"(?:,|\s[-\u2013\u2014])\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_SETTLEMENT}|{_FEATURE})"
    r"(?=\s+(?:in|on|near|of|outside|that|which|where|with)\b|\s*[,.;])"
)

# A seat's member: "MP for Hollowby", "MSP for Hollowby" (a constituency).
_SEAT_OF = re.compile(
    r"\b(?:(?:MPs?|MSPs?|MEPs?|AMs?) for|(?:seat|constituency|constituencies) of)\s+$"
)
# A seat represented: "he represented Hollowby East" (a town and a compass word).
_REPRESENTED = re.compile(r"\brepresent(?:s|ed|ing)?\s+$")
_COMPASS_END = re.compile(r"\s(?:North|South|East|West|Central)(?:[ -](?:East|West))?$")


def place_signs(text: str, start: int, end: int) -> int:
    """How strongly the words around the mention at characters ``start:end`` make it a
    place: a county or state after a comma, "visitors to" before it."""
    n = 0
    m = _REGION_AFTER.match(text, end)
    if m and m.group(1).lower() in _REGIONS:
        n += 2  # "near Hollowby, Leicestershire"; "East Sussex"
    if re.search(r"\b(?:visitors|residents|travel(?:led|ling)?|moved|trip)\s+(?:to|of)\s+$",
                 text[max(0, start - 30) : start]):
        n += 1  # "visitors to Hollowby", "residents of Hollowby"
    if _KIND_OF.search(text[max(0, start - 30) : start]):
        n += 2  # "the rural city of Hollowby"
    if _KNOWN_AS.search(text[max(0, start - 40) : start]):
        n += 2  # "the archaeological site known as Hollowby"
    if _COMPASS_OF.search(text[max(0, start - 30) : start]):
        n += 2  # "east of Hollowby"
    if _SETTLED_IN.search(text[max(0, start - 30) : start]):
        n += 2  # "a model village in Hollowby"
    if _SEAT_OF.search(text[max(0, start - 30) : start]):
        n += 2  # "MP for Hollowby since 1997": the seat, a place
    if _APPOSED.match(text, end):
        n += 2  # "Hollowby, a small village in Kent,"
    return n



def named_as_place(text: str, start: int, end: int) -> bool:
    """The words before the mention call it a place outright: "the city of Hollowby", "the
    site known as Hollowby", "east of Hollowby" (a place even when named once)."""
    before = text[max(0, start - 40) : start]
    return bool(_KIND_OF.search(before) or _KNOWN_AS.search(before) or _COMPASS_OF.search(before))


def county_after_town(text: str, start: int, end: int) -> bool:
    """A county or state written after a town and a comma: "in Hollowby, Cornwall"."""
    before = text[max(0, start - 30) : start]
    town = re.search(r"[A-Z][a-z]+,\s+$", before)
    return text[start:end].lower() in _REGIONS and town is not None


def seat_represented(text: str, start: int, end: int) -> bool:
    """ "he represented Hollowby East": a town and a compass word after "represented" name
    a constituency, a place, even when named once."""
    before = _REPRESENTED.search(text[max(0, start - 30) : start])
    return before is not None and _COMPASS_END.search(text[start:end]) is not None
