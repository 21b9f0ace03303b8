"""kg.extract.dates: candidate date expressions and their resolution against the article's date."""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import TEXTS
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import dates
from kg.extract.dates import find_dates, parse_date

MON = dt.date(2022, 12, 5)  # a Monday
SUN = dt.date(2021, 7, 11)  # a Sunday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("July 2, 2018", "2018-07-02"),
        ("Jul 2, 2018", "2018-07-02"),
        ("19 June 2018", "2018-06-19"),
        ("18th December 2022", "2022-12-18"),
        ("2018-07-02", "2018-07-02"),
        ("2 juillet 2018", "2018-07-02"),
        ("14 juin 2018", "2018-06-14"),
        ("10 de julio de 2021", "2021-07-10"),
        ("2 de dezembro de 2022", "2022-12-02"),
        ("11. Juli 2024", "2024-07-11"),
        ("3. März 2020", "2020-03-03"),
    ],
)
def test_absolute_dates(phrase, expected):
    assert parse_date(phrase, MON) == dt.date.fromisoformat(expected)
    assert parse_date(phrase, None) == dt.date.fromisoformat(expected)  # no base needed


@pytest.mark.parametrize(
    ("phrase", "base"),
    [
        ("Tuesday, December 13, 2022", MON),
        pytest.param("Tuesday, December 13, 2022", None),
        ("Monday, July 2, 2018", MON),
    ],
)
def test_absolute_date_with_weekday(phrase, base):
    expected = {"Tuesday, December 13, 2022": dt.date(2022, 12, 13), "Monday, July 2, 2018": dt.date(2018, 7, 2)}
    assert parse_date(phrase, base) == expected[phrase]


@pytest.mark.parametrize(
    ("phrase", "base", "expected"),
    [
        ("on Saturday", MON, "2022-12-03"),
        ("Saturday night", MON, "2022-12-03"),
        ("Sunday afternoon", MON, "2022-12-04"),
        ("Monday", MON, "2022-12-05"),  # the same day: reports on a match played that day
        ("last Monday", MON, "2022-11-28"),
        ("this Tuesday", MON, "2022-11-29"),  # weekdays look back, never forward
        ("on Sunday", SUN, "2021-07-11"),
        ("Friday evening", SUN, "2021-07-09"),
        ("yesterday", MON, "2022-12-04"),
        ("yesterday evening", MON, "2022-12-04"),
        ("last night", MON, "2022-12-04"),
        ("yesterday", dt.date(2022, 1, 1), "2021-12-31"),
        ("tonight", MON, "2022-12-05"),
        ("today", MON, "2022-12-05"),
        ("two days ago", MON, "2022-12-03"),
        ("3 days ago", MON, "2022-12-02"),
        ("July 6", dt.date(2018, 7, 3), "2018-07-06"),
        ("Dec 18", MON, "2022-12-18"),
        ("January 3", MON, "2023-01-03"),  # the occurrence nearest the article's date
        ("the 3rd of July", dt.date(2018, 7, 5), "2018-07-03"),
    ],
)
def test_relative_dates(phrase, base, expected):
    assert parse_date(phrase, base) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    "phrase",
    [
        "yesterday",
        "last night",
        "tonight",
        "today",
        "yesterday evening",
        "on Saturday",
        "Saturday night",
        "last Monday",
        "two days ago",
        "July 6",
    ],
)
def test_relative_without_base_is_none(phrase):
    assert parse_date(phrase, None) is None


@pytest.mark.parametrize("phrase", ["", "  ", "banana", "31 February 2022", "2018-02-30", "Croatia", "the final"])
def test_not_a_date(phrase):
    assert parse_date(phrase, MON) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senegal beat Egypt 2-0 on Saturday.", [("on Saturday", "2022-12-03")]),
        ("They met on 13 December 2022 and again yesterday.", [("13 December 2022", "2022-12-13"),
                                                               ("yesterday", "2022-12-04")]),
        ("Argentina won 3-0 last night in Lusail.", [("last night", "2022-12-04")]),
        ("The match, played Tuesday, November 29, drew 45,000.", [("Tuesday, November 29", "2022-11-29")]),
        ("A 2-1 win, a 10-2 rout and a 3-0 loss.", []),  # scores are not dates
        ("He scored 2 goals in 90 minutes.", []),
        ("Sundays are for football.", []),
        # numeric dates in running text: day first where only that reads (or the day on or before the article)
        ("The friendly, played on 28/11/2022 in Doha, ended level.", [("28/11/2022", "2022-11-28")]),
        ("The squad trains in Suva (3/12/2022).", [("3/12/2022", "2022-12-03")]),
        # dots are written day first: 11.10.2022 is 11 October, not 10 November
        ("Stadion Miejski, 11.10.2022. Attendance: 12,000.", [("11.10.2022", "2022-10-11")]),
        ("They won 2-1/3 on 1.5.20 in the cup.", []),  # no four-digit year: not read
    ],
)
def test_find_dates(text, expected):
    got = find_dates(text, MON)
    assert [(m.text, m.date.isoformat()) for m in got] == expected
    for m in got:
        assert text[m.begin : m.end] == m.text


def test_find_dates_may_needs_a_base():
    assert find_dates("Morocco play on May 4.", None) == []
    assert [m.text for m in find_dates("Morocco play on May 4.", MON)] == ["May 4"]


@settings(max_examples=50, deadline=None)
@given(TEXTS, st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_find_dates_never_raises(text, base):
    for m in find_dates(text, base):
        assert text[m.begin : m.end] == m.text
        assert isinstance(m.date, dt.date)
    parse_date(text[:60], base)


@pytest.mark.parametrize("base", [dt.date(2018, 7, 4), dt.date(2019, 1, 1), dt.date(2020, 2, 20), dt.date(2021, 12, 30), None])
@pytest.mark.parametrize("phrase", ["July 6", "6 July", "6th of July", "the 2nd of July", "Jul 2", "Sept 3", "Sept. 3",
                                    "December 30", "Dec 30", "Jan 2", "29 February", "Feb 29", "July 2nd", "june 31",
                                    "the 31st of June", "1 may"])
def test_day_and_month_without_a_year_agrees_with_dateparser(phrase: str, base: dt.date | None) -> None:
    """English day-month phrases skip dateparser (5 ms a call); the answer must be the one it gives."""
    normalised = " ".join(phrase.replace(",", ", ").split()).strip(" ,.")
    assert dates.parse_date.__wrapped__(phrase, base) == dates._dateparser(normalised, base)


@pytest.mark.parametrize(
    ("phrase", "base", "expected"),
    [
        ("02/07/2018", dt.date(2018, 7, 4), "2018-07-02"),  # day first (a French or Spanish tweet)
        ("07/02/2018", dt.date(2018, 7, 4), "2018-07-02"),  # month first (an American tweet)
        ("2.7.18", dt.date(2018, 7, 4), "2018-07-02"),
        ("12/06/2018", dt.date(2018, 6, 13), "2018-06-12"),
        ("06/12/2018", dt.date(2018, 6, 13), "2018-06-12"),
        ("06/12/2018", dt.date(2018, 12, 7), "2018-12-06"),  # the other reading, by the article's date
        ("02/07/2018 21:14", dt.date(2018, 7, 3), "2018-07-02"),
        ("13/07/2018", dt.date(2018, 7, 4), "2018-07-13"),  # only one reading exists
        ("13/07/2018", None, "2018-07-13"),
        ("07/07/2018", None, "2018-07-07"),
    ],
)
def test_numeric_dates_read_by_the_articles_date(phrase, base, expected):
    assert parse_date(phrase, base) == dt.date.fromisoformat(expected)


def test_numeric_date_that_is_no_date():
    assert parse_date("13/13/2018", dt.date(2018, 7, 4)) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("coach Sunday Olawale said", []),  # a weekday as a first name
        ("The goal came from Monday Osagie.", []),
        ("It was late Sunday Mexico time.", ["Sunday"]),  # after a word that introduces a day
        ("since Tuesday Ghana have trained twice", ["Tuesday"]),
    ],
)
def test_a_weekday_before_a_capitalised_word(text, found):
    assert [d.text.split()[-1] for d in find_dates(text, dt.date(2024, 7, 10))] == found


def _cldr_dates() -> dict[str, list[tuple[str, dt.date]]]:
    """tests/data/cldr_dates.tsv (by tools/make_months.py): each language's long and medium dates."""
    import csv
    from pathlib import Path

    by_language: dict[str, list[tuple[str, dt.date]]] = {}
    with (Path(__file__).parent / "data" / "cldr_dates.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            by_language.setdefault(row["language"], []).append((row["text"], dt.date.fromisoformat(row["date"])))
    return by_language


CLDR_DATES = _cldr_dates()
# Languages whose dates are still misread (kg/data/months.tsv leaves out Latin names under three letters,
# and a name's rare reading when many more languages read it as another month)
_ENDING = "a month's name with a case ending or a prefix"
_NUMBERED = "months written by their number in words or digits"
_SHORT = "a one- or two-letter month abbreviation"
_RARE = "a month abbreviation that more languages read as another month"
CLDR_GAPS = {
    "eu": _ENDING, "ckb": _ENDING, "he": _ENDING, "syr": _ENDING,  # "urtarrilaren", "בינו׳"
    "bo": _NUMBERED, "dz": _NUMBERED, "mn": _NUMBERED, "rof": _NUMBERED, "yo": _NUMBERED, "prg": _NUMBERED,
    "kde": _NUMBERED,  # "Mwedi wa Nnyano na Umo" (the sixth month)
    "blo": _SHORT, "dyo": _SHORT, "ki": _SHORT, "yrl": _SHORT, "br": _SHORT, "mrh": _SHORT, "tpi": _SHORT, "wo": _SHORT,
    "bas": _RARE, "dua": _RARE, "st": _RARE, "teo": _RARE, "trv": _RARE,  # "may", "Jan", "Mar", "Mai"
}


@pytest.mark.parametrize(
    "language",
    [pytest.param(code, marks=pytest.mark.xfail(strict=True, reason=CLDR_GAPS[code])) if code in CLDR_GAPS else code
     for code in sorted(CLDR_DATES)],
)
def test_a_tweets_date_in_every_cldr_language(language: str) -> None:
    """A tweet's date as each language of the Unicode CLDR writes it, full ("Dydd Mawrth, 8 Ionawr
    2019"), long ("2019 m. sausio 8 d.") and medium ("2019-01-08", "8 de xan. de 2019"); the article
    three days later."""
    read = [(text, day, parse_date(text, day + dt.timedelta(days=3))) for text, day in CLDR_DATES[language]]
    assert [(text, got) for text, day, got in read if got != day] == []


@pytest.mark.parametrize(
    ("phrase", "base", "expected"),
    [
        ("10 Mart 2019", dt.date(2019, 3, 12), "2019-03-10"),  # Turkish: dateparser read 1 October
        ("2019 m. sausio 8 d.", dt.date(2019, 1, 9), "2019-01-08"),  # Lithuanian, the year first
        ("18:05 · 2018 m. liepos 2 d.", dt.date(2018, 7, 4), "2018-07-02"),  # with a time of day
        ("8 de xaneiro de 2019", dt.date(2019, 1, 9), "2019-01-08"),  # Galician
        ("17. listopada 2019.", dt.date(2019, 10, 20), "2019-10-17"),  # Croatian: October ...
        ("17 listopada 2019", dt.date(2019, 11, 20), "2019-11-17"),  # ... Polish: November, by the article's date
        ("Dydd Mawrth, 8 Ionawr 2019", dt.date(2019, 1, 9), "2019-01-08"),  # "Mawrth" is Tuesday and March
        ("domenie 12 di Mai dal 2019", dt.date(2019, 5, 13), "2019-05-12"),  # Friulian's Mai, not Maasai's "dal"
        ("8 غشت 2023", dt.date(2023, 8, 9), "2023-08-08"),  # Moroccan Arabic (a regional CLDR locale)
        ("22 jiyè 2023", dt.date(2023, 7, 23), "2023-07-22"),  # Haitian Creole: vocab.json's month_names
        ("11 Fabrairu, 2024", dt.date(2024, 2, 12), "2024-02-11"),  # Hausa's "Faburairu" spelt otherwise
        ("17 กรกฎาคม 2565", dt.date(2022, 7, 18), "2022-07-17"),  # Thai: years from 543 BC
        ("٢ يوليو ٢٠١٨", dt.date(2018, 7, 4), "2018-07-02"),  # Arabic-Indic digits
        ("08‏/01‏/2019", dt.date(2019, 1, 9), "2019-01-08"),  # direction marks
        ("8. 1. 2019", dt.date(2019, 1, 9), "2019-01-08"),  # Czech, spaced
    ],
)
def test_month_names_of_many_languages(phrase: str, base: dt.date, expected: str) -> None:
    assert parse_date(phrase, base) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("3 days ago", "2019-08-02"), ("Posted 2 2019", None), ("12 Sundae 2019", None)],
)
def test_no_month_name_no_month(phrase: str, expected: str | None) -> None:
    """Guards: a phrase without a year is not read by month names ("ago" is August in Spanish dates,
    and this is three days before the article), nor a word merely near a month's name."""
    assert parse_date(phrase, dt.date(2019, 8, 5)) == (dt.date.fromisoformat(expected) if expected else None)


def test_a_digit_newer_than_pythons_unicode_tables_does_not_raise():
    """``regex`` knows Garay's digits (U+10D40...), Python 3.11's ``unicodedata`` does not (hypothesis found it)."""
    assert parse_date("\U00010d40", None) is None
