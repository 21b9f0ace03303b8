"""Write kg/data/months.tsv: month names in every language of the Unicode CLDR, from Babel.

    python -m venv /tmp/cldr && /tmp/cldr/bin/pip install babel==2.19.0 regex
    /tmp/cldr/bin/python tools/make_months.py > kg/data/months.tsv
    /tmp/cldr/bin/python tools/make_months.py --dates > tests/data/cldr_dates.tsv

``--dates`` writes the test table instead: a day of each month of 2019 in each language's full, long
and medium date format ("Dydd Mawrth, 8 Ionawr 2019", "2019 m. sausio 8 d.", "8 de xan. de 2019"),
for the languages whose months
CLDR names (not "M01").

For each CLDR locale (``de`` and ``de_AT``, ``ar`` and ``ar_MA``): the months' wide and abbreviated names, in the
format context (the genitive that dates use: Polish "lipca", Lithuanian "sausio") and the
stand-alone one. A name is written lower case, letters and combining marks only ("janv." ->
"janv", Hindi "अक्टू॰" -> "अक्टू"); Latin names of fewer than three letters ("de" is December in
Jola-Fonyi, and a preposition in Spanish dates) and names with digits ("M01", Korean "1월") are left out, since
dateparser reads numeric months. A name that is another month in a few languages only keeps its
common reading: a reading is kept if at least 1/RATIO as many languages use it as the word's
commonest one ("jan" is January in 59 languages and June in one: January only; "listopad" is
November in Czech and Polish and October in Croatian: both, and the article's date decides).
Columns: word, month number, the languages that use it, and "weekday" if the word is also a day of
the week in some language (Welsh "Mawrth" is March and Tuesday, "sun" is a month in Tsonga): kg
prefers another month name in the same date. kg never runs this; it reads the TSV."""
from __future__ import annotations

import datetime
import sys
import unicodedata
from collections import defaultdict

import regex
from babel import Locale, localedata
from babel.dates import format_date

RATIO = 5


def normal(word: str) -> str:
    """As kg's dates module reads a month: lower case, letters and marks, other characters as spaces."""
    return " ".join(regex.findall(r"[\p{L}\p{M}]+", unicodedata.normalize("NFC", word).casefold()))


def dates() -> None:
    """The test table: language, format, ISO date, the date as the language writes it."""
    out = sys.stdout
    out.write("language\tformat\tdate\ttext\n")
    for code in sorted(c for c in localedata.locale_identifiers() if "_" not in c):
        try:
            locale = Locale.parse(code)
            named = all(not regex.search(r"\d", name) for name in locale.months["format"]["wide"].values())
        except Exception:
            continue
        if not named:
            continue
        for month in range(1, 13):
            day = datetime.date(2019, month, 7 + month)  # 8 January ... 19 December: never a month's number
            for width in ("full", "long", "medium"):
                out.write(f"{code}\t{width}\t{day.isoformat()}\t{format_date(day, format=width, locale=locale)}\n")


def main() -> None:
    readings: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    weekdays: set[str] = set()
    for code in sorted(localedata.locale_identifiers()):  # regional ones too: Moroccan Arabic's "غشت"
        try:
            locale = Locale.parse(code)
            months = locale.months
        except Exception:  # a locale Babel lists but cannot load
            continue
        weekdays |= {normal(name) for context in locale.days.values() for names in context.values()
                     for name in names.values()}
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months.get(context, {}).get(width, {}).items():
                    word = normal(name)
                    short = len(word) < 3 and not regex.search(r"[^\p{Latin}\p{M}]", word)
                    if word and not short and not regex.search(r"\d", name):
                        readings[word][number].add(code.split("_")[0])
    out = sys.stdout
    out.write("word\tmonth\tlanguages\tweekday\n")
    for word in sorted(readings):
        common = max(len(langs) for langs in readings[word].values())
        for number, langs in sorted(readings[word].items()):
            if len(langs) * RATIO >= common:
                out.write(f"{word}\t{number}\t{' '.join(sorted(langs))}\t{'weekday' if word in weekdays else ''}\n")


if __name__ == "__main__":
    dates() if sys.argv[1:] == ["--dates"] else main()
