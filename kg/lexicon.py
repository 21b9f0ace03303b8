"""Domain knowledge loaded from data files (``kg/data/``) and the ontology: nothing is hard-coded.

- ``teams.tsv``: every FIFA member's national team: canonical name, FIFA code, aliases, demonyms,
  nicknames.
- ``vocab.json``: sport cues, role nouns, person verbs, agencies, words that are not names...
- ``acts.json``: lexical triggers of the fan-act concepts defined in ``ontology.ttl``.
- ``cities.tsv``: the cities where each team plays at home (from GeoNames, by ``tools/make_cities.py``).
- ``months.tsv``: month names in the languages of the Unicode CLDR (by ``tools/make_months.py``).
"""
from __future__ import annotations

import csv
import functools
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import regex


def data_path(name: str) -> Path:
    return Path(str(resources.files("kg") / "data" / name))


def ontology_path() -> Path:
    """``ontology.ttl``: inside the installed package, or at the top of a source checkout."""
    packaged = Path(str(resources.files("kg") / "ontology.ttl"))
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "ontology.ttl"


@functools.cache
def vocab() -> dict[str, Any]:
    return json.loads(data_path("vocab.json").read_text(encoding="utf-8"))


@functools.cache
def acts() -> dict[str, Any]:
    """acts.json, each pattern's ``%NAME%`` replaced by its piece in ``macros`` (the thank-you words
    in many languages, written once rather than in every pattern that needs them)."""
    data = json.loads(data_path("acts.json").read_text(encoding="utf-8"))
    macros: dict[str, str] = data.get("macros", {})
    for spec in data["acts"].values():
        for key in ("patterns", "generic", "exclude", "exclude_in_sentence"):
            if key in spec:
                for name, piece in macros.items():
                    spec[key] = [p.replace(name, piece) for p in spec[key]]
    return data


@functools.cache
def act_macro(name: str) -> str:
    """One of acts.json's ``macros`` ("%THANKS%": the thank-you words in many languages), for readers
    other than the fan acts'."""
    return str(acts()["macros"][name])


@dataclass
class Team:
    name: str
    fifa: str
    iso2: str
    confederation: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    nicknames: list[str] = field(default_factory=list)


@dataclass
class TeamTable:
    teams: dict[str, Team]
    forms: dict[str, tuple[str, str]]  # written form -> (canonical name, "name"|"alias"|"nickname")
    demonyms: dict[str, str]
    codes: dict[str, str]
    form_pattern: regex.Pattern[str]
    demonym_pattern: regex.Pattern[str]
    squashed: dict[str, str]  # "samuraiblue" / "japan" -> canonical, for hashtags

    def lookup(self, form: str) -> str | None:
        hit = self.forms.get(form) or self.forms.get(form.title() if form.isupper() else form)
        return hit[0] if hit else None

    def demonym(self, word: str) -> str | None:
        """The team of a demonym, singular or plural ("Omani", "Omanis")."""
        return self.demonyms.get(word) or (self.demonyms.get(word[:-1]) if word.endswith("s") else None)


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def alternation(words: Iterable[str], *, ignorecase: bool = False) -> str:
    """A regex that matches any of ``words``, preferring the longest where several match at one
    place, as ``"|".join`` of the words sorted longest first does. It is written as a trie
    ("Japan(?:ese)?" rather than "Japanese|Japan"), so that the engine tries the next character
    once instead of every word at every position: many times faster on the team and vocabulary
    lists. With ``ignorecase``, words that differ only in case share their branches (the pattern
    must then be compiled with IGNORECASE)."""
    trie: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word.lower() if ignorecase else word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branches(trie) or "(?!)"


def _branches(node: dict[str, Any]) -> str:
    # children first, each a different next character, and "end here" last: the longest match wins
    alts = [regex.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?" if len(alts) > 1 or len(alts[0]) > 1 else body + "?"
    return body


# letters that Unicode does not decompose into a base letter and a mark ("Blågult" does, "Rød" does not)
FOLD = str.maketrans({"ø": "o", "Ø": "O", "ı": "i", "İ": "I", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "ł": "l", "Ł": "L",
                      "đ": "d", "Đ": "D", "ð": "d", "þ": "th"})
SAINT = regex.compile(r"\A(?:Saint|St\.?)[ \t]+")
HYPHEN_IN_WORDS = regex.compile(r"(?<=\w)-(?=\w)")


def spelling_variants(form: str) -> set[str]:
    """The spellings of a team's form that copy also writes, so that teams.tsv need not list each:
    without diacritics ("Sao Tome and Principe", "Charruas", "Blagult"), "&" for "and" and back
    ("Sao Tome & Principe", "Stars & Stripes"), a straight for a curly apostrophe and back, a space
    for a hyphen ("Congo Kinshasa", "Crescent Stars"), "St"/"St." for "Saint" and back, and their
    combinations. The form itself is not among them."""
    out = {form, _without_marks(form)}
    for change in (_ampersand, _apostrophe, _unhyphenated, _saint):
        out |= {w for v in out for w in change(v)}
    return out - {form}


def _without_marks(form: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", form.translate(FOLD)) if not unicodedata.combining(c))


def _ampersand(form: str) -> set[str]:
    return {form.replace(" and ", " & "), form.replace(" & ", " and ")}


def _apostrophe(form: str) -> set[str]:
    return {form.replace("’", "'"), form.replace("'", "’")}


def _unhyphenated(form: str) -> set[str]:
    return {HYPHEN_IN_WORDS.sub(" ", form)}


def _saint(form: str) -> set[str]:
    rest = SAINT.sub("", form)
    return {p + rest for p in ("Saint ", "St ", "St. ")} if rest != form else set()


@functools.cache
def teams() -> TeamTable:
    with data_path("teams.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    table: dict[str, Team] = {}
    forms: dict[str, tuple[str, str]] = {}
    demonyms: dict[str, str] = {}
    codes: dict[str, str] = {}
    squashed: dict[str, str] = {}
    for row in rows:
        t = Team(row["name"], row["fifa"], row.get("iso2", ""), row.get("confederation", ""),
                 _split(row.get("aliases")), _split(row.get("demonyms")), _split(row.get("nicknames")))
        table[t.name] = t
        codes[t.fifa.upper()] = t.name

    def written(values: list[str], variants: bool) -> list[str]:
        return [w for v in values for w in (sorted(spelling_variants(v)) if variants else (v,))]  # sorted: the same table under any hash seed

    for variants in (False, True):  # every row's own forms first: a spelling variant never takes another team's form
        for t in table.values():
            for kind, values in (("name", [t.name]), ("alias", t.aliases), ("nickname", t.nicknames)):
                for w in written(values, variants):
                    forms.setdefault(w, (t.name, kind))
                    if kind != "nickname" or len(w) > 4:
                        forms.setdefault(w.upper(), (t.name, kind))
                    squashed.setdefault(regex.sub(r"[\W_]+", "", w).casefold(), t.name)
            for w in written(t.demonyms, variants):
                demonyms.setdefault(w, t.name)
    # not the end of a hyphenated place name ("Fort-de-France")
    form_pattern = regex.compile(r"(?<![\w#@/])(?<!\p{L}-\p{Ll}{1,4}-)(?:" + alternation(forms) + r")(?![\w@])")
    demonym_pattern = regex.compile(r"(?<![\w#@/])(?:" + alternation(demonyms) + r")s?(?![\w])")
    return TeamTable(table, forms, demonyms, codes, form_pattern, demonym_pattern, squashed)


@functools.cache
def number_words() -> tuple[dict[str, int], str, str]:
    """Written-out numbers to 99 ("nine", "ninety-one") and ordinals ("ninth", "ninety-first") from
    vocab.json: the value of each (lower case), and an alternation for cardinals and one for
    ordinals (to be compiled case-insensitively)."""
    n = vocab()["number_words"]
    values: dict[str, int] = {}
    for units, tens in (("cardinal", "tens"), ("ordinal", "tens_ordinal")):
        values.update(n[units])
        values.update(n[tens])
        for ten, t in n["tens"].items():
            for unit, u in n[units].items():
                if u < 10:
                    values[f"{ten}-{unit}"] = values[f"{ten} {unit}"] = t + u
    cardinal = alternation((w for w in values if not w.endswith(("th", "st", "nd", "rd"))), ignorecase=True)
    ordinal = alternation((w for w in values if w.endswith(("th", "st", "nd", "rd"))), ignorecase=True)
    return values, cardinal, ordinal


@functools.cache
def cities() -> tuple[dict[str, str], regex.Pattern[str]]:
    """City name -> the team at home there, and a pattern finding those names (as written, on word
    boundaries)."""
    with data_path("cities.tsv").open(encoding="utf-8", newline="") as fh:
        home = {city: row["team"] for row in csv.DictReader(fh, delimiter="\t") for city in _split(row["cities"])}
    return home, regex.compile(r"(?<![\w-])(?:" + alternation(home) + r")(?![\w-])")


@functools.cache
def month_words() -> dict[str, MonthName]:
    """A month's name, lower case with its letters and marks only (other characters as spaces), ->
    what months.tsv (CLDR) says of it, with vocab.json's month_names (transliterations CLDR does not
    have, each counted as one language's)."""
    words: dict[str, MonthName] = {}
    with data_path("months.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            old = words.get(row["word"], MonthName(frozenset(), False, 0))
            words[row["word"]] = MonthName(old.months | {int(row["month"])}, bool(row["weekday"]),
                                           old.languages + len(row["languages"].split()))
    for word, month in vocab()["month_names"].items():
        key = " ".join(regex.findall(r"[\p{L}\p{M}]+", word.casefold()))
        old = words.get(key, MonthName(frozenset(), False, 0))
        words[key] = MonthName(old.months | {int(month)}, old.weekday, old.languages + 1)
    return words


@dataclass(frozen=True)
class MonthName:
    months: frozenset[int]  # the months it names in some language
    weekday: bool  # also a day of the week in some language (Welsh "Mawrth": March and Tuesday)
    languages: int  # how many languages write it (a month's name in 22 languages, "mai", against 1's)


def words_pattern(words: list[str], flags: int = regex.IGNORECASE) -> regex.Pattern[str]:
    """One regex matching any of ``words`` on word boundaries (longest first)."""
    return regex.compile(r"(?<![\w])(?:" + alternation(words, ignorecase=bool(flags & regex.IGNORECASE)) + r")(?![\w])", flags)


@functools.cache
def pattern(name: str) -> regex.Pattern[str]:
    """A compiled word-list pattern for a list in vocab.json, addressed as ``a.b.c``."""
    node: Any = vocab()
    for part in name.split("."):
        node = node[part]
    if isinstance(node, dict):
        node = [w for k, v in node.items() if not k.startswith("_") for w in (v if isinstance(v, list) else [k])]
    return words_pattern(list(node))


@functools.cache
def rx(source: str) -> regex.Pattern[str]:
    """A compiled pattern, compiled once (``regex.search(source, ...)`` looks its cache up on
    every call, which costs more than many searches)."""
    return regex.compile(source)


def search_end(pattern: regex.Pattern[str], text: str, reach: int) -> regex.Match[str] | None:
    """``pattern.search(text)`` for a pattern that can match only as a phrase of at most ``reach``
    characters followed by spaces or tabs up to the end (``...[ \\t]+\\Z``, the phrase not ending
    in one): the search starts where such a match can begin instead of at 0. Same match
    (lookbehinds still see the text before the start), a fraction of the work on long windows."""
    return pattern.search(text, max(0, len(text.rstrip(" \t")) - reach))


def _sre_parser() -> Any:
    """The standard library's regular-expression parser (``re._parser`` from Python 3.11,
    ``sre_parse`` before), used only to read a pattern's leading literals."""
    try:
        import re._parser as parser
    except ImportError:  # Python 3.10
        import sre_parse as parser
    return parser


def _leading(items: list[tuple[Any, Any]], c: Any) -> set[str] | None:
    """The literal strings one of which every match of the parsed sequence ``items`` starts with
    (after zero-width items: word boundaries, lookarounds), or None when that is not known."""
    i = 0
    while i < len(items) and items[i][0] in (c.AT, c.ASSERT, c.ASSERT_NOT):
        i += 1
    if i == len(items):
        return None
    op, av = items[i]
    if op is c.LITERAL:
        j = i
        while j < len(items) and items[j][0] is c.LITERAL:
            j += 1
        return {"".join(chr(v) for _, v in items[i:j])}
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags else _leading(list(sub), c)
    if op is c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            if (lits := _leading(list(alt), c)) is None:
                return None
            out |= lits
        return out
    return None


def leading_literals(pattern: regex.Pattern[str], shortest: int = 3) -> tuple[str, ...] | None:
    """Strings one of which the text must contain for ``pattern`` to match anywhere in it: the
    literals every match starts with, as in ``\\b(?:stay|remain)ed\\b``. None when they are not
    known (a class or a repeat first, a case-insensitive pattern, syntax only ``regex`` has, such
    as ``\\p{L}`` or fuzzy counts), or when one is shorter than ``shortest`` (a test that nearly
    every sentence passes is only a cost). A fast pre-check before a search that rarely matches."""
    if pattern.flags & regex.IGNORECASE or regex.search(r"\{[a-z]", pattern.pattern):
        return None
    parser = _sre_parser()
    try:
        parsed = parser.parse(pattern.pattern)
    except Exception:  # noqa: BLE001 - syntax the standard parser does not know: no pre-check
        return None
    lits = _leading(list(parsed), parser)
    if not lits or min(map(len, lits)) < shortest:
        return None
    return tuple(sorted(lits))
