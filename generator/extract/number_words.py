"""Word lists and value parsing for figures: "$1.13bn", "19.3 million", "twenty-five", "half a"."""

from __future__ import annotations

import re

# Hedges before a figure.
QUALIFIERS = tuple(sorted((
    "slightly more than", "slightly less than", "slightly fewer than", "a little more than",
    "a little less than", "a little over", "a little under", "little more than",
    "little less than", "little over", "well over", "well under",
    "well above", "well below", "just above", "just below", "just shy of", "just short of",
    "almost exactly",
    "no more than", "no fewer than", "no less than", "no later than", "no earlier than",
    "as many as", "as much as", "as few as",
    "as little as", "as long as", "as high as", "in excess of", "upwards of", "more than",
    "less than", "fewer than", "longer than", "greater than", "higher than", "lower than",
    "at least", "at most", "up to", "close to", "closer to", "nearer to", "just over",
    "just under", "an estimated",
    "nearly", "almost", "roughly", "around", "about", "approximately", "over", "under",
    "some", "estimated", "below", "above", "only", "just", "barely", "roughly", "exactly",
    "maybe", "perhaps", "probably", "possibly",
    "plus or minus", "\u00b1", "an average of", "on average", "the best part of",
    "the better part of", "a shade over", "a shade under", "in the region of",
    "up to a maximum of", "a maximum of", "a minimum of", "a record", "a new record",
    "a maximum", "a minimum",  # "a maximum two-year ban"
), key=lambda p: -len(p.split())))  # longest first: "just above", not "above"
# How a hedge is reported where its words in the text are not the plain hedge.
QUALIFIER_FORMS = {"an estimated": "estimated", "an average of": "average",
                   "up to a maximum of": "up to", "a maximum of": "maximum",
                   "a minimum of": "at least", "a maximum": "maximum", "a minimum": "minimum",
                   "a record": "record", "a new record": "record",
                   "\u00b1": "plus or minus"}
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "thousands": 1_000,
}
# Plural scale words on their own give no exact figure: "hundreds", "tens of thousands".
VAGUE = {"tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions"}

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "c$": "CAD", "a$": "AUD",
    "hk$": "HKD", "nz$": "NZD", "₹": "INR", "rs": "INR", "rs.": "INR",
}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "rupees": "INR",
    "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "francs": "CHF", "cents": "cents",
    "pence": "pence", "p": "pence",
}
PERCENT_WORDS = {"%": "percent", "percent": "percent", "pct": "percent", "pc": "percent"}
TIME_UNITS = {
    "year": "years", "years": "years", "yr": "years", "month": "months", "months": "months",
    "week": "weeks", "weeks": "weeks", "day": "days", "days": "days", "hour": "hours",
    "hours": "hours", "minute": "minutes", "minutes": "minutes", "second": "seconds",
    "seconds": "seconds", "decade": "decades", "decades": "decades", "century": "centuries",
    "centuries": "centuries", "night": "nights", "nights": "nights",
}
MEASURE_UNITS = {
    "mile": "miles", "miles": "miles", "km": "kilometres", "kilometre": "kilometres",
    "kilometres": "kilometres", "kilometer": "kilometres", "kilometers": "kilometres",
    "foot": "feet", "feet": "feet", "ft": "feet", "inch": "inches", "inches": "inches",
    "yard": "yards", "yards": "yards", "metre": "metres", "metres": "metres", "meter": "metres",
    "meters": "metres", "m": "metres", "cm": "centimetres", "mm": "millimetres",
    "centimetre": "centimetres", "centimetres": "centimetres", "centimeter": "centimetres",
    "centimeters": "centimetres", "millimetre": "millimetres", "millimetres": "millimetres",
    "millimeter": "millimetres", "millimeters": "millimetres",
    "kg": "kilograms", "kilogram": "kilograms", "kilograms": "kilograms", "lb": "pounds",
    "lbs": "pounds", "tonne": "tonnes", "tonnes": "tonnes", "ton": "tons", "tons": "tons",
    "gallon": "gallons", "gallons": "gallons", "litre": "litres", "litres": "litres",
    "liter": "litres", "liters": "litres", "barrel": "barrels", "barrels": "barrels",
    "acre": "acres", "acres": "acres", "hectare": "hectares", "hectares": "hectares",
    "mph": "miles per hour", "km/h": "kilometres per hour", "knots": "knots",
    "degree": "degrees", "degrees": "degrees", "times": "times", "fold": "times",
    "point": "points", "points": "points", "votes": "votes", "seats": "seats",
    "mpg": "miles per gallon", "hp": "horsepower", "bhp": "horsepower", "rpm":
    "revolutions per minute", "w": "watts", "watt": "watts", "watts": "watts", "kw": "kilowatts",
    "kilowatts": "kilowatts", "megawatts": "megawatts", "mw": "megawatts", "gw": "gigawatts",
    "kwh": "kilowatt hours", "mwh": "megawatt hours", "gwh": "gigawatt hours", "hz": "hertz",
    "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz", "mah": "milliampere hours",
    "gb": "gigabytes", "tb": "terabytes", "mbps": "megabits per second", "kbps":
    "kilobits per second",
    "gbps": "gigabits per second", "ppm": "parts per million", "ppb": "parts per billion",
    "mg": "milligrams", "milligrams": "milligrams", "grams": "grams",
}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr",
    "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct",
    "oct.", "nov", "nov.", "dec", "dec.",
}
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "bst", "et", "est", "edt", "pst",
               "pdt", "cet", "utc", "hrs", "h"}
LABEL_WORDS = {"no", "no.", "number", "page", "chapter", "article", "section", "room", "route",
               "highway", "flight", "row", "gate", "platform", "channel", "episode", "season",
               "level", "grade", "category", "phase", "act", "tier", "version", "paragraph",
               "clause", "item", "box", "unit", "apartment", "suite", "building", "lot", "pier",
               "interstate", "bus", "line", "track", "figure", "table", "rule", "amendment"}

NUMERAL_RE = re.compile(
    r"^(?P<sign>[-+\u2212](?=\d))?(?P<cur>us\$|c\$|a\$|hk\$|nz\$|[$£€¥₹])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<frac>[½¼¾⅓⅔])?"
    r"(?P<scale>trillion|billion|million|thousand|bn|mn|mln|m|k|b|tn)?(?P<pct>%)?(?P<unit>[a-zμµ]{1,5})?$",
    re.IGNORECASE,
)


GLUED_RE = re.compile(
    r"^(?P<cur>)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<scale>)(?P<pct>)"
    r"(?P<unit>[a-zμµ]{1,5})$",
    re.IGNORECASE,
)
# Units written against the digits: "24pc", "10kW", "1.5mm", "40min", "164p".
GLUED_UNITS = {
    "pc": "percent", "mm": "millimetres", "cm": "centimetres", "km": "kilometres",
    "kg": "kilograms", "kw": "kilowatts", "kwh": "kilowatt hours", "mw": "megawatts",
    "gw": "gigawatts", "mph": "miles per hour", "kmh": "kilometres per hour", "min": "minutes",
    "mins": "minutes", "hrs": "hours", "ghz": "gigahertz", "mhz": "megahertz",
    "khz": "kilohertz", "hz": "hertz", "gb": "gigabytes", "mb": "megabytes", "tb": "terabytes",
    "mbps": "megabits per second", "kbps": "kilobits per second", "gbps": "gigabits per second",
    "ml": "millilitres", "lb": "pounds", "lbs": "pounds",
    "oz": "ounces", "ft": "feet", "p": "pence", "hp": "horsepower", "bhp": "horsepower",
    "mg": "milligrams", "μm": "micrometres", "µm": "micrometres", "kt": "knots",
    "sec": "seconds", "secs": "seconds", "hr": "hours", "miles": "miles", "mile": "miles",
    "st": "stone", "c": "degrees Celsius", "f": "degrees Fahrenheit",
}
# Glued units read only in one case: "25C" is a temperature, "25c" a price in cents.
UPPER_ONLY_UNITS = {"c", "f"}


def numeral(text: str) -> re.Match[str] | None:
    """Match a token written in digits: "646", "18,104.10", "$5", "1.13bn", "20%", "10kW"."""
    m = NUMERAL_RE.match(text)
    if m and m.group("unit") and (m.group("unit").lower() not in GLUED_UNITS or m.group("pct")):
        m = GLUED_RE.match(text)  # "6kW": not a scale "k" and a unit "W"
        if m and m.group("unit").lower() not in GLUED_UNITS:
            return None
    if m and (m.group("unit") or "").lower() in UPPER_ONLY_UNITS and not m["unit"].isupper():
        return None
    if m and (m.group("unit") or "").lower() == "st" and re.fullmatch(r"\d*[02-9]?1", m["num"]):
        return None  # "21st" is an ordinal; "12.5st" is stone
    return m


def is_number_word(word: str) -> bool:
    """A spelled-out number or scale word ("nine", "twenty", "million")."""
    w = word.lower()
    return w in UNITS_WORDS or w in {"hundred", "thousand", "million", "billion", "trillion"}


def tidy(value: float) -> float | int:
    """An int where the value is whole, else the float rounded to hide binary noise."""
    value = round(float(f"{value:.15g}"), 9)  # "17.1bn": 17100000000, not ...000002
    return int(value) if value == int(value) and abs(value) < 1e15 else value


def words_value(words: list[str]) -> float | None:
    """Value of spelled-out or mixed numerals: ["19.3", "million"], ["twenty", "five"]."""
    total, current, seen = 0.0, 0.0, False
    for raw in words:
        w = raw.lower().replace(",", "")
        if w in {"and", "-", "a", "an"}:
            if w in {"a", "an"} and not seen:
                current, seen = 1.0, True
            continue
        if w == "dozen" and seen and current:  # "a dozen", "two dozen": a multiplier
            current *= 12
        elif w == "half":
            current, seen = current + 0.5 if current else 0.5, True
        elif w in UNITS_WORDS:
            current, seen = current + UNITS_WORDS[w], True
        elif re.fullmatch(r"\d+/\d+", w) and seen and current:  # "2 1/2"
            num, den = w.split("/")
            current += int(num) / int(den) if int(den) else 0
        elif re.fullmatch(r"-?\d+(\.\d+)?|\.\d+", w):
            current, seen = current + float(w), True
        elif w in SCALES and seen:
            scale = SCALES[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
        else:
            return None
    return total + current if seen else None


VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


def numeral_value(match: re.Match[str]) -> float:
    """Value of a digit token matched by ``numeral``, with any glued scale ("1.13bn")."""
    value = float(match.group("num").replace(",", ""))
    value *= -1 if (match.groupdict().get("sign") or "+") in "-\u2212" else 1  # "-11 points"
    value += VULGAR_FRACTIONS.get(match.groupdict().get("frac") or "", 0.0)  # "11½ hours"
    scale = (match.group("scale") or "").lower()
    return value * SCALES.get(scale, 1)

# Emergency and service numbers: "a 911 call", "the 999 operator" name a service, not a count.
SERVICE_CODES = {"911", "999", "112", "000", "111", "101", "119", "211", "311", "411", "511"}
# "one" that works as a pronoun or set phrase, not a count: "one of the ...", "no one",
# "one notable exception", "one day".
ONE_PRONOUN_BEFORE = {"no", "every", "any", "each", "some", "this", "that", "the", "which",
                      "little", "only", "last", "next", "first", "another", "loved", "such"}
ONE_IDIOM_NOUNS = {
    "exception", "example", "reason", "thing", "way", "day", "time", "side", "point",
    "instance", "moment", "night", "morning", "afternoon", "evening", "occasion", "another",
    "question", "problem", "issue", "option", "possibility", "factor", "sign", "hope",
    "concern", "version", "theory", "explanation", "source", "official", "witness", "expert",
    "analyst", "observer", "critic", "aide", "spokesman", "spokeswoman", "insider",
}
# Verbs whose clause gives a figure's "about" ("estimated we might finish it in 60 days").
ESTIMATE_VERBS = {"estimate", "expect", "forecast", "predict", "project", "plan", "hope", "aim",
                  "reckon", "calculate", "anticipate", "budget", "target", "want", "intend"}
# Set phrases whose number word counts nothing ("zero tolerance", "a two-bit crook").
NUMBER_IDIOMS = (
    "zero tolerance", "zero-tolerance", "zero sum", "zero-sum", "zero hour", "ground zero",
    "two-bit", "one-off", "one-sided", "two-faced", "two-timing", "one-trick", "one-horse",
    "one-liner", "one-stop", "one-upmanship", "nine-to-five", "catch-22", "sixes and sevens",
    "one-on-one", "one-to-one", "two-way street", "one-way street", "one-man band",
    "seventh heaven", "cloud nine", "the whole nine yards", "dressed to the nines",
    "six of one", "two cents", "ten to one", "in two minds", "two left feet",
    "one-armed bandit", "two-horse race", "one-party state", "two-tier", "one-size-fits-all",
    "high-five", "high five", "take five", "forty winks", "fifty-fifty", "deep six",
    "at one point", "at one stage", "at one time",
)
# Words that, hyphenated after a number word, make an adjective that counts nothing.
IDIOM_TAILS = {"bit", "off", "sided", "faced", "liner", "stop", "sum", "trick", "horse", "size",
               "upmanship", "handed", "minded", "edged", "tier"}

