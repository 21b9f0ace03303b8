"""kg.lexicon: the word-list patterns. ``alternation`` writes a trie; it must match exactly what the
plain alternation of the words, longest first, matches."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.lexicon import alternation, leading_literals, spelling_variants, teams, words_pattern

LETTERS = "abAB -.é"
words_st = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=5), min_size=1, max_size=12)


def plain(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def spans(pattern: str, text: str, flags: int = 0) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(), m.span(1)) for m in regex.compile(pattern, flags).finditer(text)]


@given(words_st, st.text(alphabet=LETTERS, max_size=40))
@settings(max_examples=400)
def test_the_trie_matches_what_the_longest_first_alternation_matches(words: list[str], text: str) -> None:
    for tail in ["", r"(?![\w])", r"s?(?![\w])", r"[ ]+"]:  # what follows decides between overlapping words
        assert spans(rf"(?<![\w])({alternation(words)}){tail}", text) == spans(rf"(?<![\w])({plain(words)}){tail}", text)


@given(words_st, st.text(alphabet=LETTERS, max_size=40))
@settings(max_examples=400)
def test_the_trie_ignoring_case_matches_what_the_alternation_ignoring_case_matches(words: list[str], text: str) -> None:
    for tail in ["", r"(?![\w])", r"[ ]+\Z"]:
        trie = spans(rf"({alternation(words, ignorecase=True)}){tail}", text, regex.IGNORECASE)
        assert trie == spans(rf"({plain(words)}){tail}", text, regex.IGNORECASE)


def test_the_trie_shares_prefixes_and_an_empty_list_matches_nothing() -> None:
    assert alternation(["Japan", "Japanese", "Jamaica"]) == "Ja(?:maica|pan(?:ese)?)"
    assert alternation(["Fan", "fan", "FANS"], ignorecase=True) == "fans?"
    assert regex.search(alternation([]), "anything") is None


def test_team_forms_prefer_the_longest_name() -> None:
    table = teams()
    text = "South Korea beat Korea Republic; the Republic of Ireland and Ireland drew."
    found = [m.group(0) for m in table.form_pattern.finditer(text)]
    assert "South Korea" in found and "Republic of Ireland" in found
    assert [m.group(0) for m in words_pattern(["fan", "fans", "fan zone"]).finditer("Fans in the fan zone, a fan.")] == \
        ["Fans", "fan zone", "fan"]


def _end_patterns() -> list[tuple[regex.Pattern[str], int]]:
    from kg.extract import people

    return [(people._role_before(), people._role_reach()),
            (people._said_before(), people.SAID_REACH),
            (regex.compile(r"['’]s[ \t]+\Z"), 2)]


END_WORDS = ["head coach", "coach", "striker", "said", "according to", "Chelsea's", "x's", "team’s", "the",
             "midfielder", "assistant", "Coach", "SAID"]


@given(st.lists(st.one_of(st.sampled_from(END_WORDS), st.text(alphabet="ab \t,.'’s-", max_size=4)), max_size=12),
       st.text(alphabet=" \t", max_size=3))
@settings(max_examples=400, deadline=None)  # the first example compiles the people patterns
def test_search_end_finds_what_a_search_from_the_start_finds(parts: list[str], tail: str) -> None:
    """search_end starts late; the people module's end-anchored cues must match exactly as before."""
    from kg.lexicon import search_end

    window = " ".join(parts) + tail
    for pattern, reach in _end_patterns():
        found, expected = search_end(pattern, window, reach), pattern.search(window)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@pytest.mark.parametrize(
    ("form", "variant"),
    [
        ("São Tomé and Príncipe", "Sao Tome & Principe"),  # no diacritics, "&" for "and"
        ("Blågult", "Blagult"),
        ("De Rød-Hvide", "De Rod Hvide"),  # a letter without a decomposition, a space for a hyphen
        ("Ay-Yıldızlılar", "Ay-Yildizlilar"),
        ("Congo-Kinshasa", "Congo Kinshasa"),
        ("Stars and Stripes", "Stars & Stripes"),
        ("Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"),  # a curly apostrophe
        ("Saint Vincent and the Grenadines", "St. Vincent & the Grenadines"),
        ("St. Lucian", "Saint Lucian"),
    ],
)
def test_a_team_form_has_the_spellings_copy_writes(form: str, variant: str) -> None:
    assert variant in spelling_variants(form)
    assert form not in spelling_variants(form)


def test_a_spelling_never_takes_another_teams_form() -> None:
    # guard: the table's own forms come first; "Stars" and "Steel Roses" are no "Saint" abbreviation
    table = teams()
    assert table.lookup("Congo Kinshasa") == "DR Congo" and table.lookup("Congo") == "Congo"
    assert spelling_variants("Stars and Stripes") == {"Stars & Stripes"}
    assert spelling_variants("Japan") == set()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:stay|remain)ed\b", ("remain", "stay")),
        (r"(?<![\w-])(?:painted|sprayed)\s+on", ("painted", "sprayed")),
        (r"\bstands?\b|\bterraces?\b", ("stand", "terrace")),
        (r"(?=\w)thanks", ("thanks",)),
        (r"(?:foo|bar)?baz", None),  # the group may match nothing
        (r"(?:foo|)bar", None),
        (r"[a-z]+ing", None),  # a class first
        (r"(?i)\bstay", None),  # case-insensitive: "Stay" would match
        (r"(?i:abc)d", None),
        (r"\p{Lu}\w+ stayed", None),  # syntax only `regex` knows
        (r"(?:stayed){e<=1}", None),  # a fuzzy count: "staye" would match
        (r"\bno\b|\bstayed\b", None),  # "no": nearly every text passes
    ],
)
def test_leading_literals(source: str, expected: tuple[str, ...] | None) -> None:
    assert leading_literals(regex.compile(source)) == expected


LITERAL_PATTERNS = [r"\b(?:stay|remain)(?:ed|ing)?\b", r"(?<=\s)(?:bow(?:ed)?|wept)\s+\w+", r"(?:the|a)\s+stand", r"cle(?:an|ar)ed"]


@given(st.sampled_from(LITERAL_PATTERNS), st.text(alphabet="stayremaindbowpclne ethd\t", max_size=40))
@settings(max_examples=400)
def test_leading_literals_never_hide_a_match(source: str, text: str) -> None:
    """The pre-check is sound: whenever the pattern matches, the text has one of the literals."""
    pattern = regex.compile(source)
    needs = leading_literals(pattern, shortest=1)
    assert needs is not None
    if pattern.search(text):
        assert any(w in text for w in needs)
