"""Shared helpers for the extractor unit tests (imported by the test modules; see conftest.py).

Every extractor only runs on football articles (``kg.extract.common.is_football``), so test
articles get a neutral football paragraph in front of the sentence under test: it names no team,
person, date, act or quote, and is longer than a tweet so tweet embeds never absorb it.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from kg.extract import REGISTRY
from kg.findings import Finding
from kg.reader import Article, parse

FOOTBALL = (
    "The World Cup match ended after stoppage time, with the goalkeeper beaten twice. "
    "The midfield battle was fierce, the defending was brave and a free kick struck the bar "
    "before the final whistle sent everybody home."
)

DEFAULT_DATE = "2022-12-05"  # a Monday


def article(body: str, date: str | None = DEFAULT_DATE, football: bool = True) -> Article:
    """An article with a header, the football paragraph (unless ``football=False``) and ``body``."""
    head = f" date {date} " if date else ""
    prefix = FOOTBALL + "\n\n" if football else ""
    return parse(head + prefix + body, "x.txt")


def check_evidence(a: Article, findings: list[Finding]) -> None:
    """Every evidence span indexes ``article.text``."""
    for f in findings:
        assert f.evidence, f"{f!r} has no evidence"
        for e in f.evidence:
            assert 0 <= e.begin <= e.end <= len(a.text), f"{e!r} out of range"
            assert a.text[e.begin : e.end] == e.text, f"{e!r} does not match the article text"


def run(name: str, body: str, date: str | None = DEFAULT_DATE, football: bool = True,
        kind: type | None = None) -> list:
    """Run one registered extractor over a test article; check evidence offsets on the way."""
    a = article(body, date, football)
    found = list(REGISTRY[name](a))
    check_evidence(a, found)
    return [f for f in found if kind is None or isinstance(f, kind)]


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)



# ------------------------------------------------------------------ hypothesis strategies

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçø'’-", min_size=1, max_size=10)
_NAME = st.builds(lambda a, b: f"{a.capitalize()} {b.capitalize()}", _WORD, _WORD)
_PHRASE = st.lists(_WORD, min_size=0, max_size=8).map(" ".join)
_DATE = st.one_of(
    st.dates().map(lambda x: x.strftime("%B %-d, %Y")),
    st.dates().map(lambda x: x.strftime("%-d %B %Y")),
    st.sampled_from(["2 juillet 2018", "10 de julio de 2021", "11. Juli 2024", "yesterday", "on Saturday",
                     "last night", "Tuesday evening", "31 February 2019", "July 32", "2018-02-30"]),
    _PHRASE,
)
_TEAM = st.sampled_from(["Morocco", "Senegal", "Argentina", "Korea Republic", "Côte d'Ivoire", "USA", "Wales",
                         "Croatia", "Les Bleus", "the Moroccan side", "#ARGFRA", "Qatar 2022", "in Qatar"])
_EMBED = st.builds(
    lambda text, pic, name, handle, date, dash: f"{text} {pic}{dash}{name} (@{handle}) {date}",
    _PHRASE,
    st.one_of(st.just(""), st.text(alphabet="abcXYZ019", min_size=0, max_size=12).map(lambda i: f"pic.twitter.com/{i} ")),
    st.one_of(_NAME, _PHRASE, st.text(max_size=12)),
    st.text(alphabet="abc_XYZ019", min_size=0, max_size=16),
    _DATE,
    st.sampled_from([" — ", " - ", " – ", "— ", " -- ", " &mdash; "]),
)
_QUOTE = st.builds(
    lambda q, who, form: form.format(q=q, who=who),
    _PHRASE,
    st.one_of(_NAME, st.sampled_from(["he", "she", "the coach", "the Morocco coach"]), _PHRASE),
    st.sampled_from(['"{q}," said {who}.', '{who} said: "{q}"', '"{q}" {who} told reporters.', '“{q}”, {who} said.',
                     '"{q}', '{who} said: "{q}\n\n"{q}"', "‘{q}’ {who} added", '«{q}» said {who}']),
)
_MATCH = st.builds(
    lambda a, verb, b, g1, g2, tail: f"{a} {verb} {b} {g1}-{g2}{tail}",
    _TEAM, st.sampled_from(["beat", "lost to", "drew with", "will face", "v", "stunned"]), _TEAM,
    st.integers(0, 120), st.integers(0, 120),
    st.sampled_from([".", " on penalties.", " at the Stade de France", " (67')", "'s 90+3 winner", " yesterday"]),
)
_PIECE = st.one_of(_EMBED, _QUOTE, _MATCH, _DATE, _TEAM, _NAME, _PHRASE, st.text(max_size=40),
                   st.sampled_from(["Source: Reuters/", "(AP Photo/", "REUTERS/", "(Photo by ", "/Getty Images)",
                                    "Photo: EPA", "SEE ALSO: ", "\n", "\n\n", "\r\n", "\ufeff", " date 2018-07-03 ",
                                    "fans stayed behind", "did not", "take a bow", "scored in the 94th minute"]))
#: arbitrary text, or text assembled from the patterns the extractors look for, with random parts.
TEXTS = st.one_of(st.text(max_size=300), st.lists(_PIECE, max_size=12).map(" ".join))


def fuzz_article(text: str, with_football: bool) -> Article | None:
    """An article for a generated text: after the football paragraph, or the text as is (then it may
    carry its own header). None when the text starts with an impossible header date."""
    from kg.errors import InputError

    try:
        return article(text) if with_football else parse(text, "x.txt")
    except InputError:
        return None
