"""Country names: a place that is a country stays a place, whatever the article discusses."""

from __future__ import annotations

_NAMES = """
Afghanistan; Albania; Algeria; American Samoa; Andorra; Angola; Anguilla; Antarctica; Argentina;
Armenia; Aruba; Ascension Island; Australia; Austria; Azerbaijan; Bahamas; Bahrain; Bangladesh;
Barbados; Belarus; Belgium; Belize; Benin; Bermuda; Bhutan; Bolivia; Botswana; Bouvet Island;
Brazil; British Indian Ocean Territory; British Virgin Islands; Brunei; Bulgaria; Burkina Faso;
Burundi; Cambodia; Cameroon; Canada; Canary Islands; Cape Verde; Caribbean Netherlands; Cayman
Islands; Central African Republic; Chad; Chile; China; Christmas Island; Clipperton Island;
Colombia; Comoros; Congo - Brazzaville; Congo - Kinshasa; Cook Islands; Costa Rica; Croatia;
Cuba; Curaçao; Cyprus; Czechia; Côte d'Ivoire; Denmark; Diego Garcia; Djibouti; Dominica;
Dominican Republic; Ecuador; Egypt; El Salvador; Equatorial Guinea; Eritrea; Estonia; Eswatini;
Ethiopia; Falkland Islands; Faroe Islands; Fiji; Finland; France; French Guiana; French
Polynesia; French Southern Territories; Gabon; Gambia; Georgia; Germany; Ghana; Gibraltar;
Greece; Greenland; Grenada; Guadeloupe; Guam; Guatemala; Guernsey; Guinea; Guinea-Bissau;
Guyana; Haiti; Honduras; Hong Kong SAR China; Hungary; Iceland; India; Indonesia; Iran; Iraq;
Ireland; Isle of Man; Israel; Italy; Jamaica; Japan; Jersey; Jordan; Kazakhstan; Kenya;
Kiribati; Kosovo; Kuwait; Kyrgyzstan; Laos; Latvia; Lebanon; Lesotho; Liberia; Libya;
Liechtenstein; Lithuania; Luxembourg; Macao SAR China; Madagascar; Malawi; Malaysia; Maldives;
Mali; Malta; Marshall Islands; Martinique; Mauritania; Mauritius; Mayotte; Mexico; Micronesia;
Moldova; Monaco; Mongolia; Montenegro; Montserrat; Morocco; Mozambique; Namibia; Nauru; Nepal;
Netherlands; New Caledonia; New Zealand; Nicaragua; Niger; Nigeria; Niue; Norfolk Island; North
Korea; North Macedonia; Northern Mariana Islands; Norway; Oman; Pakistan; Palau; Palestinian
Territories; Panama; Papua New Guinea; Paraguay; Peru; Philippines; Pitcairn Islands; Poland;
Portugal; Puerto Rico; Qatar; Romania; Russia; Rwanda; Réunion; Samoa; San Marino; Sark; Saudi
Arabia; Senegal; Serbia; Seychelles; Sierra Leone; Singapore; Sint Maarten; Slovakia; Slovenia;
Solomon Islands; Somalia; South Africa; South Korea; South Sudan; Spain; Sri Lanka; St.
Barthélemy; St. Helena; St. Lucia; St. Martin; Sudan; Suriname; Sweden; Switzerland; Syria;
Taiwan; Tajikistan; Tanzania; Thailand; Timor-Leste; Togo; Tokelau; Tonga; Tristan da Cunha;
Tunisia; Turkmenistan; Tuvalu; Türkiye; U.S. Outlying Islands; U.S. Virgin Islands; Uganda;
Ukraine; United Arab Emirates; United Kingdom; United States; Uruguay; Uzbekistan; Vanuatu;
Vatican City; Venezuela; Vietnam; Western Sahara; Yemen; Zambia; Zimbabwe; Åland Islands;
Turkey; Myanmar; Burma; Czech Republic; Ivory Coast; Holland; Palestine; Vatican; Britain;
Great Britain; England; Scotland; Wales; Northern Ireland; UK; U.K.; US; U.S.; USA; U.S.A.;
America
"""

COUNTRIES = frozenset(n.strip().lower() for n in _NAMES.replace("\n", " ").split(";") if n.strip())


def is_country(name: str) -> bool:
    """True for a country's name as written in English: "Cyprus", "the Netherlands"."""
    n = name.lower().removeprefix("the ").strip()
    return n in COUNTRIES


# Nationality nouns not formed from the country's name by a suffix.
_DEMONYM_WORDS = """
    briton scot welshman welshwoman englishman englishwoman frenchman frenchwoman irishman
    irishwoman dutchman dutchwoman spaniard swede dane finn pole turk swiss thai greek czech
    portuguese filipino kiwi
"""
_OWN_DEMONYMS = frozenset(_DEMONYM_WORDS.split())
_SUFFIXES = ("ian", "ean", "an", "ese", "n", "i")


def is_demonym(word: str) -> bool:
    """True for a word naming a country's national: "Kenyan", "Briton", "Italian", "Iraqi"."""
    w = word.lower()
    if w in _OWN_DEMONYMS:
        return True
    for suffix in _SUFFIXES:
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            base = w[: -len(suffix)]
            if any(b in COUNTRIES for b in (base, base + "a", base + "y", base + "e")):
                return True
    return False
