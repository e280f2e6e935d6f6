"""Words of English time expressions, kept as data the grammar and resolver read."""

from __future__ import annotations

# Month names and the abbreviations news style uses (AP style abbreviates with a period).
MONTHS: dict[str, int] = {
    "january": 1, "jan.": 1, "jan": 1,
    "february": 2, "feb.": 2, "feb": 2,
    "march": 3, "mar.": 3, "mar": 3,
    "april": 4, "apr.": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun.": 6, "jun": 6,
    "july": 7, "jul.": 7, "jul": 7,
    "august": 8, "aug.": 8, "aug": 8,
    "september": 9, "sept.": 9, "sep.": 9, "sept": 9, "sep": 9,
    "october": 10, "oct.": 10, "oct": 10,
    "november": 11, "nov.": 11, "nov": 11,
    "december": 12, "dec.": 12, "dec": 12,
}  # fmt: skip

# Month names that are also common English words or names ("may", "march", "June Carter"):
# on their own, without a day, year or temporal preposition, they are not dates.
AMBIGUOUS_MONTHS = frozenset(
    {"may", "march", "june", "august", "april", "jan", "jun.", "dec", "mar", "jun", "jul", "sep"}
)

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon.": 1,
    "tuesday": 2, "tues.": 2, "tue.": 2,
    "wednesday": 3, "wed.": 3,
    "thursday": 4, "thurs.": 4, "thu.": 4,
    "friday": 5, "fri.": 5,
    "saturday": 6, "sat.": 6,
    "sunday": 7,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Meteorological seasons (northern hemisphere): first and last month.
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 2),
}
SEASON_NAMES = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}
PART_OF_DAY_NAMES = {
    "MO": "morning",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}

# Calendar units: singular and plural spellings to the unit key.
UNITS: dict[str, str] = {
    "second": "second", "seconds": "second",
    "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour",
    "day": "day", "days": "day",
    "night": "night", "nights": "night",
    "weekend": "weekend", "weekends": "weekend",
    "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year",
    "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}  # fmt: skip

# TimeML duration designators per unit: (designator, multiplier, needs "T" prefix).
DURATION_UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "night": ("D", 1, False),
    "weekend": ("WE", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a dozen": 6,
}  # fmt: skip

# Quantities a writer leaves vague: TimeML writes them with "X" ("several years" -> PXY).
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of")

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "last": 4, "final": 4,
}  # fmt: skip

# The days of a month as spelled ordinals: "the first of July", "the twenty-third of May".
_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
DAY_ORDINALS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNIT_ORDINALS, start=1)},
    **{word: n for n, word in enumerate(
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth twentieth".split(), start=10)},
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNIT_ORDINALS, start=1)},
    "thirtieth": 30,
    "thirty-first": 31,
}  # fmt: skip

# Modifiers before a date and the TimeML `mod` they give.
POSITION_MODS: dict[str, str] = {
    "early": "START",
    "earlier": "",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "late": "END",
    "later": "",
    "the end of": "END",
}


# Holidays news dates events by, as rules (kind, a, b, c, days added):
# ("fixed", month, day), ("nth", month, ISO weekday, n; n = -1 for the last), ("easter",).
HOLIDAYS: dict[str, tuple[str, int, int, int, int]] = {
    "christmas": ("fixed", 12, 25, 0, 0),
    "christmas day": ("fixed", 12, 25, 0, 0),
    "christmas eve": ("fixed", 12, 24, 0, 0),
    "new year's day": ("fixed", 1, 1, 0, 0),
    "new year's eve": ("fixed", 12, 31, 0, 0),
    "new year": ("fixed", 1, 1, 0, 0),
    "veterans day": ("fixed", 11, 11, 0, 0),
    "halloween": ("fixed", 10, 31, 0, 0),
    "valentine's day": ("fixed", 2, 14, 0, 0),
    "boxing day": ("fixed", 12, 26, 0, 0),
    "thanksgiving": ("nth", 11, 4, 4, 0),
    "thanksgiving day": ("nth", 11, 4, 4, 0),
    "black friday": ("nth", 11, 4, 4, 1),
    "cyber monday": ("nth", 11, 4, 4, 4),
    "labor day": ("nth", 9, 1, 1, 0),
    "memorial day": ("nth", 5, 1, -1, 0),
    # US general elections: the Tuesday after the first Monday of November.
    "election day": ("nth", 11, 1, 1, 1),
    "easter": ("easter", 0, 0, 0, 0),
    "easter sunday": ("easter", 0, 0, 0, 0),
    "good friday": ("easter", 0, 0, 0, -2),
    "easter monday": ("easter", 0, 0, 0, 1),
    "palm sunday": ("easter", 0, 0, 0, -7),
    "ash wednesday": ("easter", 0, 0, 0, -46),
    "martin luther king jr. day": ("nth", 1, 1, 3, 0),
    "martin luther king day": ("nth", 1, 1, 3, 0),
    "presidents day": ("nth", 2, 1, 3, 0),
    "presidents' day": ("nth", 2, 1, 3, 0),
    "columbus day": ("nth", 10, 1, 2, 0),
    "mother's day": ("nth", 5, 7, 2, 0),
    "father's day": ("nth", 6, 7, 3, 0),
    "juneteenth": ("fixed", 6, 19, 0, 0),
    "fourth of july": ("fixed", 7, 4, 0, 0),
    "st. patrick's day": ("fixed", 3, 17, 0, 0),
    "anzac day": ("fixed", 4, 25, 0, 0),
    "australia day": ("fixed", 1, 26, 0, 0),
    "bastille day": ("fixed", 7, 14, 0, 0),
    "canada day": ("fixed", 7, 1, 0, 0),
    "remembrance day": ("fixed", 11, 11, 0, 0),
    "armistice day": ("fixed", 11, 11, 0, 0),
    "may day": ("fixed", 5, 1, 0, 0),
    "orthodox christmas": ("fixed", 1, 7, 0, 0),
    "st patrick's day": ("fixed", 3, 17, 0, 0),
    "st. andrew's day": ("fixed", 11, 30, 0, 0),
    "st andrew's day": ("fixed", 11, 30, 0, 0),
    "st. george's day": ("fixed", 4, 23, 0, 0),
    "st george's day": ("fixed", 4, 23, 0, 0),
    "st. david's day": ("fixed", 3, 1, 0, 0),
    "st david's day": ("fixed", 3, 1, 0, 0),
    "burns night": ("fixed", 1, 25, 0, 0),
    "bonfire night": ("fixed", 11, 5, 0, 0),
    "guy fawkes night": ("fixed", 11, 5, 0, 0),
    "hogmanay": ("fixed", 12, 31, 0, 0),
    "epiphany": ("fixed", 1, 6, 0, 0),
    "assumption day": ("fixed", 8, 15, 0, 0),
    "all saints' day": ("fixed", 11, 1, 0, 0),
    "all souls' day": ("fixed", 11, 2, 0, 0),
    "africa day": ("fixed", 5, 25, 0, 0),
    "europe day": ("fixed", 5, 9, 0, 0),
    "ve day": ("fixed", 5, 8, 0, 0),
    "international women's day": ("fixed", 3, 8, 0, 0),
    "world aids day": ("fixed", 12, 1, 0, 0),
    "earth day": ("fixed", 4, 22, 0, 0),
    "maundy thursday": ("easter", 0, 0, 0, -3),
    "holy saturday": ("easter", 0, 0, 0, -1),
    "shrove tuesday": ("easter", 0, 0, 0, -47),
    "mardi gras": ("easter", 0, 0, 0, -47),
    "carnival tuesday": ("easter", 0, 0, 0, -47),
    "ascension day": ("easter", 0, 0, 0, 39),
    "pentecost": ("easter", 0, 0, 0, 49),
    "whit monday": ("easter", 0, 0, 0, 50),
    "cosmonautics day": ("fixed", 4, 12, 0, 0),
    "navruz": ("fixed", 3, 21, 0, 0),
    "gandhi jayanti": ("fixed", 10, 2, 0, 0),
    "pakistan day": ("fixed", 3, 23, 0, 0),
    "waitangi day": ("fixed", 2, 6, 0, 0),
    "mandela day": ("fixed", 7, 18, 0, 0),
    "nelson mandela day": ("fixed", 7, 18, 0, 0),
    "cinco de mayo": ("fixed", 5, 5, 0, 0),
    "groundhog day": ("fixed", 2, 2, 0, 0),
    "april fools' day": ("fixed", 4, 1, 0, 0),
    "april fool's day": ("fixed", 4, 1, 0, 0),
    "patriots' day": ("nth", 4, 1, 3, 0),
    "day of the dead": ("fixed", 11, 2, 0, 0),
}


def _on(month: int, day: int) -> tuple[str, int, int, int, int]:
    return ("fixed", month, day, 0, 0)


# Holidays whose day depends on the country (codes of ISO 3166), as HOLIDAYS rules; the rule
# under "" is the day when the text names none of the countries listed, and None a country
# where the day is not one date.
NATIONAL_HOLIDAYS: dict[str, dict[str, tuple[str, int, int, int, int] | None]] = {
    "independence day": {
        "": _on(7, 4), "US": _on(7, 4), "IN": _on(8, 15), "PK": _on(8, 14), "BD": _on(3, 26),
        "LK": _on(2, 4),
        "GH": _on(3, 6), "NG": _on(10, 1), "ID": _on(8, 17), "PH": _on(6, 12),
        "MX": _on(9, 16), "BR": _on(9, 7), "UA": _on(8, 24), "DZ": _on(7, 5),
        "KZ": _on(12, 16), "KG": _on(8, 31), "UZ": _on(9, 1), "TJ": _on(9, 9),
        "AM": _on(9, 21), "AZ": _on(10, 18), "BY": _on(7, 3), "MD": _on(8, 27),
        "IL": None,  # by the Hebrew calendar
    },
    # Victory in Europe as Russia and its neighbours count it.
    "victory day": {"": _on(5, 9)},
    "national day": {
        "CN": _on(10, 1), "SG": _on(8, 9), "AE": _on(12, 2), "SA": _on(9, 23),
        "QA": _on(12, 18), "VN": _on(9, 2), "KW": _on(2, 25),
    },
    "republic day": {"IN": _on(1, 26), "TR": _on(10, 29), "IT": _on(6, 2)},
    "constitution day": {
        "GH": _on(1, 7), "NO": _on(5, 17), "JP": _on(5, 3), "PL": _on(5, 3), "US": _on(9, 17),
        "UZ": _on(12, 8), "KZ": _on(8, 30), "RU": _on(12, 12), "KG": _on(5, 5),
        "AM": _on(7, 5), "BY": _on(3, 15), "UA": _on(6, 28),
    },
    "youth day": {"ZA": _on(6, 16), "CN": _on(5, 4)},
    "freedom day": {"ZA": _on(4, 27), "BY": _on(3, 25)},
    "heritage day": {"ZA": _on(9, 24)},
    "human rights day": {"": _on(12, 10), "ZA": _on(3, 21)},
    "teachers' day": {"CN": _on(9, 10), "IN": _on(9, 5)},
    "liberation day": {"IT": _on(4, 25), "NL": _on(5, 5)},
    # May 1 in most of the world; the first Monday of September in Canada and the United
    # States, the fourth Monday of October in New Zealand; in Australia it varies by state.
    "labour day": {
        "": _on(5, 1), "CA": ("nth", 9, 1, 1, 0), "US": ("nth", 9, 1, 1, 0),
        "NZ": ("nth", 10, 1, 4, 0), "AU": None, **{
            code: _on(5, 1)
            for code in "CN VN IT PL TR MX BR UA NG GH ID PH PK BD LK DZ SG NO".split()
        },
    },
}  # fmt: skip

# Names, demonyms and cities by which a text says which country it is about.
COUNTRY_WORDS: dict[str, str] = {
    "China": "CN", "Chinese": "CN", "Beijing": "CN", "Shanghai": "CN", "Xinhua": "CN",
    "India": "IN", "Indian": "IN", "New Delhi": "IN", "Delhi": "IN", "Mumbai": "IN",
    "Pakistan": "PK", "Pakistani": "PK", "Islamabad": "PK", "Karachi": "PK", "Lahore": "PK",
    "Bangladesh": "BD", "Bangladeshi": "BD", "Dhaka": "BD",
    "Sri Lanka": "LK", "Sri Lankan": "LK", "Colombo": "LK",
    "South Africa": "ZA", "South African": "ZA", "Johannesburg": "ZA", "Pretoria": "ZA",
    "Cape Town": "ZA", "Soweto": "ZA", "Durban": "ZA",
    "Ghana": "GH", "Ghanaian": "GH", "Accra": "GH",
    "Nigeria": "NG", "Nigerian": "NG", "Lagos": "NG", "Abuja": "NG",
    "Indonesia": "ID", "Indonesian": "ID", "Jakarta": "ID",
    "Philippines": "PH", "Philippine": "PH", "Filipino": "PH", "Manila": "PH",
    "Mexico": "MX", "Mexican": "MX", "Brazil": "BR", "Brazilian": "BR",
    "Ukraine": "UA", "Ukrainian": "UA", "Kyiv": "UA", "Kiev": "UA",
    "Algeria": "DZ", "Algerian": "DZ", "Algiers": "DZ",
    "Singapore": "SG", "Singaporean": "SG",
    "United Arab Emirates": "AE", "UAE": "AE", "Emirati": "AE", "Dubai": "AE",
    "Abu Dhabi": "AE", "Saudi": "SA", "Riyadh": "SA", "Qatar": "QA", "Qatari": "QA",
    "Doha": "QA", "Kuwait": "KW", "Kuwaiti": "KW",
    "Vietnam": "VN", "Vietnamese": "VN", "Hanoi": "VN",
    "Turkey": "TR", "Turkish": "TR", "Ankara": "TR", "Istanbul": "TR",
    "Italy": "IT", "Italian": "IT", "Rome": "IT", "Milan": "IT",
    "Japan": "JP", "Japanese": "JP", "Tokyo": "JP",
    "Norway": "NO", "Norwegian": "NO", "Oslo": "NO",
    "Poland": "PL", "Polish": "PL", "Warsaw": "PL",
    "Netherlands": "NL", "Dutch": "NL", "Amsterdam": "NL",
    "United States": "US", "U.S.": "US", "Washington": "US", "American": "US",
    "Israel": "IL", "Israeli": "IL", "Jerusalem": "IL", "Tel Aviv": "IL",
    "Russia": "RU", "Russian": "RU", "Moscow": "RU", "Kremlin": "RU",
    "Kazakhstan": "KZ", "Kazakh": "KZ", "Almaty": "KZ", "Astana": "KZ",
    "Kyrgyzstan": "KG", "Kyrgyz": "KG", "Bishkek": "KG",
    "Uzbekistan": "UZ", "Uzbek": "UZ", "Tashkent": "UZ",
    "Tajikistan": "TJ", "Tajik": "TJ", "Dushanbe": "TJ",
    "Armenia": "AM", "Armenian": "AM", "Yerevan": "AM",
    "Azerbaijan": "AZ", "Azerbaijani": "AZ", "Baku": "AZ",
    "Belarus": "BY", "Belarusian": "BY", "Minsk": "BY",
    "Moldova": "MD", "Moldovan": "MD", "Chisinau": "MD",
    "Canada": "CA", "Canadian": "CA", "Toronto": "CA", "Ottawa": "CA", "Montreal": "CA",
    "Vancouver": "CA", "New Zealand": "NZ", "Wellington": "NZ", "Auckland": "NZ",
    "Australia": "AU", "Australian": "AU", "Sydney": "AU", "Melbourne": "AU",
}  # fmt: skip


# Holidays other calendars set (see feasts.py), as (calendar, the feast in its tables, days
# added). Names are written with single spaces; a hyphen or several spaces match too.
_EID_FITR = ("islamic", "eid_al_fitr", 0)
_EID_ADHA = ("islamic", "eid_al_adha", 0)
_LUNAR_NEW_YEAR = ("chinese", "lunar_new_year", 0)
FEASTS: dict[str, tuple[str, str, int]] = {
    "lunar new year": _LUNAR_NEW_YEAR,
    "chinese new year": _LUNAR_NEW_YEAR,
    "spring festival": _LUNAR_NEW_YEAR,
    "lantern festival": ("chinese", "lunar_new_year", 14),
    "dragon boat festival": ("chinese", "dragon_boat", 0),
    "mid autumn festival": ("chinese", "mid_autumn", 0),
    "moon festival": ("chinese", "mid_autumn", 0),
    "ramadan": ("islamic", "ramadan_beginning", 0),
    "eid al fitr": _EID_FITR,
    "eid ul fitr": _EID_FITR,
    "eid el fitr": _EID_FITR,
    "eid al adha": _EID_ADHA,
    "eid ul adha": _EID_ADHA,
    "eid el adha": _EID_ADHA,
    "eid el kebir": _EID_ADHA,
    "day of arafat": ("islamic", "eid_al_adha", -1),
    "arafat day": ("islamic", "eid_al_adha", -1),
    # "Eid" alone: the Eid the text has named, else the one nearer (see rules/named.py)
    "eid": _EID_FITR,
    "islamic new year": ("islamic", "hijri_new_year", 0),
    "hijri new year": ("islamic", "hijri_new_year", 0),
    "ashura": ("islamic", "ashura", 0),
    "mawlid": ("islamic", "mawlid", 0),
    "passover": ("hebrew", "passover", 0),
    "rosh hashanah": ("hebrew", "rosh_hashanah", 0),
    "rosh hashana": ("hebrew", "rosh_hashanah", 0),
    "yom kippur": ("hebrew", "yom_kippur", 0),
    "hanukkah": ("hebrew", "hanukkah", 0),
    "chanukah": ("hebrew", "hanukkah", 0),
    "purim": ("hebrew", "purim", 0),
    "sukkot": ("hebrew", "sukkot", 0),
    "shavuot": ("hebrew", "shavuot", 0),
    "diwali": ("hindu", "diwali", 0),
    "deepavali": ("hindu", "diwali", 0),
    "holi": ("hindu", "holi", 0),
    "dussehra": ("hindu", "dussehra", 0),
    "raksha bandhan": ("hindu", "raksha_bandhan", 0),
    "ganesh chaturthi": ("hindu", "ganesh_chaturthi", 0),
    "janmashtami": ("hindu", "janmashtami", 0),
    "onam": ("hindu", "onam", 0),
    "pongal": ("hindu", "pongal", 0),
    "makar sankranti": ("hindu", "makar_sankranti", 0),
    "nowruz": ("persian", "new_year", 0),
    "norouz": ("persian", "new_year", 0),
    "navruz": ("persian", "new_year", 0),
    "persian new year": ("persian", "new_year", 0),
    "orthodox easter": ("orthodox", "easter", 0),
    "orthodox good friday": ("orthodox", "easter", -2),
    # The Egyptian spring festival: the Monday after the Coptic (Orthodox) Easter.
    "sham el nessim": ("orthodox", "easter", 1),
    "sham el nasim": ("orthodox", "easter", 1),
}
