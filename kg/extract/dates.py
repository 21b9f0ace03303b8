"""Dates: find candidate date expressions, then resolve them with dateparser against the article's
date. dateparser only ever sees a matched candidate (over whole sentences it reads "2-1" as a date).
"""
from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass

import regex

from ..lexicon import month_words, number_words, rx, vocab

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
PARTS = r"(?:\s+(?:night|evening|afternoon|morning|lunchtime))?"
YEAR_COUNT = rf"(?:\d{{1,3}}|{number_words()[1]}|a)"  # "20", "twenty", "twenty-five", "a"
# an anniversary piece: "Twenty years ago tonight", "30 years ago to the day" (the article's day, so many years back)
YEARS_AGO = rf"{YEAR_COUNT}\s+years?\s+ago\s+(?:today|tonight|to\s+the\s+day|this\s+(?:evening|night|afternoon))"
CANDIDATE = regex.compile(
    rf"""(?<![\w-])(?:
        (?:{WEEKDAYS},?\s+)?{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?   # (Monday,) July 2(, 2018)
      | (?:{WEEKDAYS},?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?:,?\s+\d{{4}})?  # 2 July 2018
      | \d{{4}}-\d{{2}}-\d{{2}}
      | \d{{1,2}}([/.])\d{{1,2}}\1\d{{4}}                                    # 27/03/2026, 12.10.2024 (day-month order: _numeric)
      | (?:last|this|on)\s+{WEEKDAYS}{PARTS}
      | {WEEKDAYS}{PARTS}
      | {YEARS_AGO}
      | yesterday(?:\s+(?:evening|afternoon|morning))?
      | last\s+night | tonight | today
      | (?:two|three|four|five|\d)\s+days\s+ago
      | new\s+year['’]s\s+(?:eve|day) | christmas\s+(?:eve|day) | boxing\s+day
    )(?![\w])""",
    regex.IGNORECASE | regex.VERBOSE,
)


# "coach Sunday Olawale": a weekday written as a first name, a capitalised word (not a month, a weekday or a
# part of the day) right after it
FIRST_NAME_AFTER = regex.compile(rf"[ \t]+(?!(?i:{MONTHS}|{WEEKDAYS}|night|evening|afternoon|morning)\b)\p{{Lu}}\p{{Ll}}")
DAY_BEFORE = regex.compile(r"(?i)\b(?:on|last|this|next|since|until|till|that|early|late)[ \t]+\Z")
RELATIVE = regex.compile(rf"(?i)\b(?:yesterday|today|tonight|tomorrow|last|next|this|ago|{WEEKDAYS})\b")


@dataclass(frozen=True)
class DateMention:
    begin: int  # offsets into the string searched
    end: int
    text: str
    date: dt.date


def find_dates(text: str, base: dt.date | None) -> list[DateMention]:
    out = []
    for m in CANDIDATE.finditer(text):
        phrase = m.group(0)
        if rx(r"(?i)may\s+\d{1,2}").fullmatch(phrase) and base is None:
            continue
        if phrase[0].isupper() and phrase.isalpha() and FIRST_NAME_AFTER.match(text, m.end()) \
                and not DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "coach Sunday Olawale", not "on Sunday Mexico beat Chile"
        d = parse_date(phrase, base)
        if d is not None:
            out.append(DateMention(m.start(), m.end(), phrase, d))
    return out


def _base_datetime(base: dt.date | None) -> dt.datetime | None:
    return dt.datetime(base.year, base.month, base.day, 12, 0) if base else None


@functools.lru_cache(maxsize=8192)
def parse_date(text: str, base: dt.date | None = None) -> dt.date | None:
    """Resolve one date expression; relative ones against ``base`` (weekdays: the last such day
    on or before ``base``, as a news report refers back to a match)."""
    phrase = " ".join(_plain(text).replace(",", ", ").split()).strip(" ,.")
    if not phrase:
        return None
    low = phrase.casefold()
    if base is None and RELATIVE.search(low) and not rx(r"\d{4}").search(low):
        return None  # relative to nothing: never to the wall clock
    wd = rx(rf"(?:(?:last|on|this)\s+)?({WEEKDAYS}){PARTS}").fullmatch(low)
    if wd and base is not None:
        names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        delta = (base.weekday() - names.index(wd.group(1))) % 7
        return base - dt.timedelta(days=delta or (7 if low.startswith("last") else 0))
    if low in {"last night", "yesterday"} or low.startswith("yesterday") and base:
        return base - dt.timedelta(days=1) if base else None
    if low in {"tonight", "today"}:
        return base
    ago = rx(rf"({YEAR_COUNT})\s+years?\s+ago\b.*").fullmatch(low)
    if ago and base is not None:
        return _years_back(base, _count(ago.group(1)))
    for fmt in ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%d", "%A, %B %d, %Y"):
        try:
            return dt.datetime.strptime(phrase, fmt).date()
        except ValueError:
            pass
    numeric = _numeric(low, base)
    if numeric is not None:
        return numeric
    day_month = HOLIDAYS.get(low.replace("’", "'")) or _day_month(low)
    if day_month is not None:  # "July 6", "6th of July": no year, so the one nearest the article's date
        if base is None:
            return None
        near = _nearest_year(dt.date(2000, *day_month), base)
        if near is not None:
            return near
    return _named_month(low, base) or _dateparser(phrase, base)


_BIDI = regex.compile(r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _plain(text: str) -> str:
    """Without direction marks (an Arabic "08\u200f/01\u200f/2019"), digits of any script as ASCII digits
    (Arabic-Indic, Devanagari, Bengali ...). A digit newer than Python's Unicode tables (``regex``'s are
    newer: Garay's U+10D40) is left as it is."""
    return rx(r"\d").sub(lambda m: str(unicodedata.digit(m.group(0), m.group(0))), _BIDI.sub("", text))


_WORD_OR_NUMBER = regex.compile(r"\d+|[\p{L}\p{M}]+")
_TIME = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")  # "18:05 · 2025. gada 11. maijs": a time of day


def _named_month(low: str, base: dt.date | None) -> dt.date | None:
    """A day, a four-digit year and a month's name in any language of months.tsv, in any order and
    among any other words: "2019 m. sausio 8 d." (Lithuanian), "8 de xaneiro de 2019" (Galician),
    "10 Mart 2019" (Turkish), "2019. gada 8. janvāris" (Latvian). A time of day is left out.
    - The month is the longest name found; of two as long, the one more languages write
      ("domenie 12 di Mai dal 2019" is Friulian's May, not Maasai's "dal"); a name that is also a
      weekday somewhere only when there is no other (Welsh "Dydd Mawrth, 8 Ionawr 2019": "Mawrth"
      is also March). With no name, a word spelt close to one ("Fabrairu").
    - A name of different months in different languages ("listopada": October in Croatian,
      November in Polish) is read as the day on or just before the article's date, as numeric
      dates are.
    None when there is no such name: dateparser then reads it."""
    tokens = _WORD_OR_NUMBER.findall(_TIME.sub(" ", low))
    numbers = sorted((t for t in tokens if t.isdigit()), key=len)
    if len(numbers) != 2 or len(numbers[0]) > 2 or len(numbers[1]) != 4:
        return None  # no year: "3 days ago" ("ago" is August in Spanish dates) is dateparser's
    day, year = int(numbers[0]), _common_era(int(numbers[1]), low)
    names = month_words()
    best: tuple[tuple[bool, int, int], frozenset[int]] | None = None
    for i in range(len(tokens)):
        for n in range(6, 0, -1):  # "Mweri wa ikũmi na ũmwe" (Kamba: the eleventh month)
            words = " ".join(tokens[i : i + n])
            if words not in names or any(w.isdigit() for w in tokens[i : i + n]):
                continue
            name = names[words]
            rank = (not name.weekday, len(words), name.languages)
            if best is None or rank >= best[0]:
                best = (rank, name.months)
    months = best[1] if best is not None else _spelt_month(tokens)
    if not months:
        return None
    readings = {dt.date(year, m, day) for m in months if _exists(year, m, day)}
    if len(readings) <= 1:
        return readings.pop() if readings else None
    return _nearest_reading(readings, base)


@functools.cache
def _month_name_list() -> list[str]:
    return list(month_words())


SPELLING = 88  # rapidfuzz's ratio from which a word of five letters or more is a month's name spelt otherwise


def _spelt_month(tokens: list[str]) -> frozenset[int]:
    """The month a word names when it is a month's name spelt another way ("Fabrairu", Hausa's
    "Faburairu"); none unless every name that close names the same month."""
    from rapidfuzz import fuzz, process

    names = month_words()
    months: set[int] = set()
    for word in (t for t in tokens if len(t) >= 5 and not t.isdigit()):
        for name, _, _ in process.extract(word, _month_name_list(), scorer=fuzz.ratio, score_cutoff=SPELLING, limit=None):
            months |= names[name].months
    return frozenset(months) if len(months) == 1 else frozenset()


_MONTH_NUMBERS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for m in names}
_DAY_MONTH = regex.compile(rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})|({MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?")


def _day_month(low: str) -> tuple[int, int] | None:
    """(month, day) of an English day and month without a year, else None (dateparser decides)."""
    m = _DAY_MONTH.fullmatch(low)
    if not m:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    number = _MONTH_NUMBERS.get(month.rstrip("."))
    if number is None:
        return None
    if not _exists(2000, number, int(day)):
        return None
    return number, int(day)


HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
            "boxing day": (12, 26)}  # (month, day): the year is the one nearest the article's date
_NUMERIC = regex.compile(r"(\d{1,2})([./-]) ?(\d{1,2})\2 ?(\d{4}|\d{2})(?:\s.*)?")  # "8. 1. 2019" (Czech, Serbian)


def _numeric(low: str, base: dt.date | None) -> dt.date | None:
    """``02/07/2018``, ``2.7.18``: day-month order varies by country (a French tweet's 02/07 is
    2 July, an American's is 7 February). With the article's date known, the reading on or just
    before it wins (an embedded tweet or a reported match precedes the report); otherwise, an
    order only one reading allows, else None (dateparser's guess)."""
    m = _NUMERIC.fullmatch(low)
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if year < 100:
        year += 2000 if year < 70 else 1900
    if m.group(2) == "." and _exists(year, b, a):
        return dt.date(year, b, a)  # "12.10.2024": dots are written day first (German, Nordic, Polish ...)
    readings = {dt.date(year, month, day) for day, month in ((a, b), (b, a)) if _exists(year, month, day)}
    if len(readings) == 1:
        return readings.pop()
    return _nearest_reading(readings, base)


def _nearest_reading(readings: set[dt.date], base: dt.date | None) -> dt.date | None:
    """Of a date's possible readings, the one on or just before the article's date (an embedded
    tweet or a reported match precedes the report), else the nearest after; None without a date."""
    if not readings or base is None:
        return None

    def distance(d: dt.date) -> tuple[int, int]:
        days = (base - d).days
        return (0 if days >= -1 else 1, abs(days))  # a day ahead allows for time zones

    return min(readings, key=distance)


def _count(word: str) -> int:
    """The number of a YEAR_COUNT: "20", "twenty", "twenty-five", "a"."""
    return int(word) if word.isdigit() else number_words()[0].get(word, 1)


def _years_back(base: dt.date, years: int) -> dt.date:
    """``base`` so many years earlier (29 February falls back to the 28th)."""
    year = base.year - years
    return base.replace(year=year) if _exists(year, base.month, base.day) else dt.date(year, base.month, 28)


def _exists(year: int, month: int, day: int) -> bool:
    """Such a day exists (no 31 June, no 29 February in 2023)."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _nearest_year(d: dt.date, base: dt.date) -> dt.date | None:
    candidates = [d.replace(year=y) for y in (base.year - 1, base.year, base.year + 1) if _exists(y, d.month, d.day)]
    return min(candidates, key=lambda c: abs((c - base).days)) if candidates else None


def _dateparser(phrase: str, base: dt.date | None) -> dt.date | None:
    import dateparser  # slow to import: only when a candidate needs it

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    base_dt = _base_datetime(base)
    if base_dt is not None:
        settings["RELATIVE_BASE"] = base_dt
    try:
        parsed = dateparser.parse(phrase, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a non-date is not an error
        return None
    if parsed is None:
        return _month_prefix(phrase)
    year = _common_era(parsed.year, phrase)
    if not _exists(year, parsed.month, parsed.day):
        return None
    parsed = parsed.replace(year=year)
    if base is None and not rx(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}").search(phrase):
        return None  # "July 6" with no year and no article date: unknown, never the wall clock's year
    if base is not None and not rx(r"\d{4}").search(phrase):
        # "July 6" without a year: the occurrence nearest to the article's date.
        return _nearest_year(parsed.date(), base) or parsed.date()
    return parsed.date()


# a month of up to three words ("Kanoun al-Awwal"): read from vocab.json's month_names, else by a single
# word's first three letters
_WRITTEN_DATE = regex.compile(r"(\d{1,2})\.?[ \t]+(\p{L}{3,12}(?:[ \t-]\p{L}{2,12}){0,2})\.?,?[ \t]+(\d{4})"
                              r"|(\p{L}{3,12}(?:[ \t-]\p{L}{2,12}){0,2})\.?[ \t]+(\d{1,2}),?[ \t]+(\d{4})")


def _common_era(year: int, phrase: str) -> int:
    """A Thai date's year counts from 543 BC: "17 กรกฎาคม 2565" is 2022."""
    return year - 543 if year >= 2400 and rx(r"\p{Thai}").search(phrase) else year


def _month_prefix(phrase: str) -> dt.date | None:
    """A full date whose month dateparser does not know, read by the month's first three letters as
    in English: "26 Febuari 2023" (Bislama, Tok Pisin), "3 Julai 2024" (Malay, Swahili); a transliterated
    month of vocab.json's month_names: "8 Disambir 2019", "8 Kanoun al-Awwal 2019"."""
    m = _WRITTEN_DATE.fullmatch(phrase)
    if m is None:
        return None
    day, word, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    low = " ".join(word.casefold().split())
    month = vocab()["month_names"].get(low) or (_MONTH_NUMBERS.get(low[:3]) if low.isalpha() else None)
    if month is None or not _exists(int(year), month, int(day)):
        return None
    return dt.date(int(year), month, int(day))
