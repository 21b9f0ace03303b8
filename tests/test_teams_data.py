"""Sanity checks for kg/data/teams.tsv (the 211 FIFA member national teams, CONCACAF's members that are not
FIFA's, one AFC and one OFC member that are not, and seven former national teams)."""

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

TEAMS_TSV = Path(__file__).parent.parent / "kg" / "data" / "teams.tsv"

HEADER = ["name", "fifa", "iso2", "confederation", "aliases", "demonyms", "nicknames"]
CONFEDERATIONS = {"AFC", "CAF", "CONCACAF", "CONMEBOL", "OFC", "UEFA"}


def _split(field):
    return [part for part in field.split("|") if part]


def _read():
    with TEAMS_TSV.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader)
        rows = [dict(zip(header, values, strict=True)) for values in reader]
    return header, rows


@pytest.fixture(scope="module")
def header():
    return _read()[0]


@pytest.fixture(scope="module")
def rows():
    return _read()[1]


@pytest.fixture(scope="module")
def by_name(rows):
    return {row["name"]: row for row in rows}


def test_header(header):
    assert header == HEADER


def test_row_count(rows):
    assert len(rows) == 226


def test_every_row_has_all_columns(rows):
    for row in rows:
        assert None not in row, row
        assert len(row) == len(HEADER), row
        assert row["name"].strip() == row["name"] != ""


def test_fifa_codes_are_three_upper_case_letters_and_unique(rows):
    codes = [row["fifa"] for row in rows]
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code), code
    assert len(set(codes)) == len(codes)


def test_iso2_format(rows):
    for row in rows:
        iso2 = row["iso2"]
        assert iso2 == "" or re.fullmatch(r"[A-Z]{2}|GB-(ENG|SCT|WLS|NIR)", iso2), row


def test_confederations(rows):
    for row in rows:
        assert row["confederation"] in CONFEDERATIONS, row


def test_names_unique(rows):
    names = [row["name"] for row in rows]
    assert len(set(names)) == len(names)


def test_no_written_form_in_two_rows(rows):
    owners = defaultdict(set)
    for row in rows:
        forms = [row["name"], *_split(row["aliases"]), *_split(row["nicknames"])]
        for form in forms:
            assert form == form.strip() and form, (row["name"], form)
            owners[form.casefold()].add(row["name"])
    clashes = {form: teams for form, teams in owners.items() if len(teams) > 1}
    assert not clashes


def test_no_demonym_in_two_rows(rows):
    owners = defaultdict(set)
    for row in rows:
        for demonym in _split(row["demonyms"]):
            assert demonym == demonym.strip() and demonym, (row["name"], demonym)
            owners[demonym.casefold()].add(row["name"])
    clashes = {d: teams for d, teams in owners.items() if len(teams) > 1}
    assert not clashes


@pytest.mark.parametrize(
    "name, fifa, column, value",
    [
        ("Japan", "JPN", "nicknames", "Samurai Blue"),
        ("Japan", "JPN", "demonyms", "Japanese"),
        ("Belgium", "BEL", "nicknames", "Les Diables Rouges"),
        ("South Korea", "KOR", "aliases", "Korea Republic"),
        ("Ivory Coast", "CIV", "aliases", "Côte d'Ivoire"),
        ("United States", "USA", "aliases", "USA"),
        ("United States", "USA", "demonyms", "American"),
        ("Senegal", "SEN", "nicknames", "Lions of Teranga"),
        ("Argentina", "ARG", "nicknames", "La Albiceleste"),
        ("France", "FRA", "nicknames", "Les Bleus"),
        ("Albania", "ALB", "nicknames", "Kuq e Zi"),  # the short form English copy uses
        ("Guadeloupe", "GLP", "demonyms", "Guadeloupean"),  # a CONCACAF member that is not FIFA's
        ("West Germany", "FRG", "demonyms", "West German"),  # a former national team
        ("Soviet Union", "URS", "aliases", "USSR"),
    ],
)
def test_spot_checks(by_name, name, fifa, column, value):
    row = by_name[name]
    assert row["fifa"] == fifa
    assert value in _split(row[column])


CITIES_TSV = TEAMS_TSV.with_name("cities.tsv")


def test_cities_name_teams_of_the_table_each_once(by_name):
    with CITIES_TSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert [row["team"] for row in rows] == sorted(by_name, key=list(by_name).index)
    seen: dict[str, str] = {}
    forms = {w.casefold() for row in by_name.values() for col in ("name", "aliases", "demonyms", "nicknames")
             for w in _split(row[col])}
    for row in rows:
        for city in _split(row["cities"]):
            assert city not in seen, f"{city} is a city of {seen.get(city)} and {row['team']}"
            assert city.casefold() not in forms, f"{city} is also a team's name"
            seen[city] = row["team"]
    assert seen["Port Moresby"] == "Papua New Guinea" and seen["London"] == "England"
