"""kg.extract.matches: played matches (winner first, score, date, venue, penalties) and goals."""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import TEXTS, check_evidence, d, fuzz_article, run
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.extract import matches as matches_mod
from kg.extract.people import candidates
from kg.findings import Goal, Match
from kg.reader import parse

MON = "2022-12-05"  # a Monday: Saturday is 12-03, yesterday 12-04, Tuesday 11-29


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def matches(body: str, date: str = MON, **kw) -> list[Match]:
    return run("matches", body, date=date, kind=Match, **kw)


def goals(body: str, date: str = MON, **kw) -> list[tuple[str | None, str | None, int | None]]:
    """Goals with a named scorer (the ``goals`` query only reports those)."""
    return [(g.scorer, g.team, g.minute) for g in run("matches", body, date=date, kind=Goal, **kw) if g.scorer]


def one(body: str, date: str = MON) -> Match:
    found = matches(body, date)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ teams, winner first, score


@pytest.mark.parametrize(
    ("body", "team1", "team2", "score"),
    [
        ("Croatia suffered a 3-1 defeat to Argentina in the semi-final.", "Argentina", "Croatia", "3-1"),
        ("Argentina beat Croatia 3-1 in the semi-final.", "Argentina", "Croatia", "3-1"),
        ("Croatia lost 2-0 to Morocco in the group game.", "Morocco", "Croatia", "2-0"),
        ("Morocco beat Portugal 1-0 at the Al Thumama Stadium.", "Morocco", "Portugal", "1-0"),
        ("Senegal's 3-1 win over Ecuador sent them through.", "Senegal", "Ecuador", "3-1"),
        ("Argentina's 3-0 victory over Croatia was emphatic.", "Argentina", "Croatia", "3-0"),
        ("Morocco thrashed Canada 4-0 in the match.", "Morocco", "Canada", "4-0"),
        ("Last night Morocco lost 2-0 to France in the semi-final.", "France", "Morocco", "2-0"),
        ("Ghana lost 3-2 to Portugal in the opening game.", "Portugal", "Ghana", "3-2"),
        ("Ivory Coast came from behind to beat Senegal in a thrilling tie.", "Ivory Coast", "Senegal", None),
        ("Morocco knocked out Spain on penalties.", "Morocco", "Spain", None),
        ("Wales were knocked out by Iran in the group stage.", "Iran", "Wales", None),
        # the score is written winner first even when the loser comes first
        ("Croatia suffered a 1-3 defeat to Argentina in the semi-final.", "Argentina", "Croatia", "3-1"),
        ("Croatia lost 1-3 to Argentina in the semi-final.", "Argentina", "Croatia", "3-1"),
        # a draw keeps the order written
        ("Wales drew 1-1 with the USA in the group game.", "Wales", "United States", "1-1"),
        ("Croatia and Morocco drew 0-0 in the group match.", "Croatia", "Morocco", "0-0"),
        # a half-time score is not the final score
        ("Ivory Coast were 2-0 up at half-time against Ghana.", "Ivory Coast", "Ghana", None),
        # aliases, nicknames and demonyms name the teams
        ("Korea Republic beat Portugal 2-1 in the group game.", "South Korea", "Portugal", "2-1"),
        ("Côte d'Ivoire beat Nigeria 1-0 in the group match.", "Ivory Coast", "Nigeria", "1-0"),
        ("The Atlas Lions beat Les Bleus 1-0 in the friendly.", "Morocco", "France", "1-0"),
        # the result cue before a long team name, a colon, a goalless draw, a comeback
        ("Australia beat the Republic of Ireland 1-0 in the friendly.", "Australia", "Republic of Ireland", "1-0"),
        ("Jordan reached the final after stunning Korea Republic 2-0.", "Jordan", "South Korea", "2-0"),
        ("Japan overcame Iran 2:1 in the semi-final.", "Japan", "Iran", "2-1"),
        ("Germany claimed a dramatic 2:1 victory over Italy.", "Germany", "Italy", "2-1"),
        ("Canada sank Mexico 1-0 in the final.", "Canada", "Mexico", "1-0"),
        ("Peru and Chile played out a goalless draw in the group match.", "Peru", "Chile", "0-0"),
        ("Ghana came from behind to win 2-1 against Mali.", "Ghana", "Mali", "2-1"),
        ("Ghana were winning 2-0 at the break against Mali but lost 3-2.", "Mali", "Ghana", "3-2"),
        # a result written between the teams, a results line
        ("Austria 3-1 Sweden: a double from the striker seals it.", "Austria", "Sweden", "3-1"),
        ("Senegal 3 Togo 0", "Senegal", "Togo", "3-0"),
        ("Senegal 3, Togo 0 (Diatta 54, Ndiaye 61, 73)", "Senegal", "Togo", "3-0"),
        # a bullet before a results line
        ("▶ ALBANIA 1 SERBIA 0", "Albania", "Serbia", "1-0"),
        # a tally opening a sentence that goes on, with a third mention of a side after it
        ("Fiji 1, Tonga 1, and then Fiji won the shootout 5-4.", "Fiji", "Tonga", "1-1"),
        ("Denmark 2-1 Norway at half-time, and then Norway scored twice.", "Denmark", "Norway", None),
        ("Chile fell 1-0 to Uruguay in Santiago.", "Uruguay", "Chile", "1-0"),
        # a time is no score
        ("Brazil faced Serbia in the group match, which kicked off at 20:45.", "Brazil", "Serbia", None),
        ("Brazil faced Serbia in the group match, which kicked off at 3:00.", "Brazil", "Serbia", None),
        # known gaps
        pytest.param("Senegal beat Egypt 2-0.", "Senegal", "Egypt", "2-0"),
        pytest.param("South Korea stunned Germany 2-0 in Kazan.", "South Korea", "Germany", "2-0"),
        pytest.param("Croatia went down 4-1 to Argentina in the semi-final.", "Argentina", "Croatia", "4-1"),
        # "had beaten X": the subject won; "were beaten by X": X won
        pytest.param("Korea had beaten Hong Kong by 2-0 before the match.", "South Korea", "Hong Kong", "2-0"),
        pytest.param("Japan have been beaten 2-0 by Korea.", "South Korea", "Japan", "2-0"),
        # a win verb in the passive: the agent after "by" won
        ("Brazil were thrashed 4-0 by Argentina in the final.", "Argentina", "Brazil", "4-0"),
        ("Brazil were humiliated 4-0 by Argentina in the final.", "Argentina", "Brazil", "4-0"),
        ("Brazil were comprehensively outplayed by Argentina, 3-0, in the final.", "Argentina", "Brazil", "3-0"),
        ("Argentina humiliated Brazil 4-0 in the final.", "Argentina", "Brazil", "4-0"),
        # a results line as a headline before its story; a scoreboard that says the result
        ("Uruguay 1 Italy 0: Luciano Rodriguez header delivers a first title", "Uruguay", "Italy", "1-0"),
        ("At the final whistle of the football final the scoreboard said New Zealand 3, Vanuatu 0, and that was not "
         "all that happened.", "New Zealand", "Vanuatu", "3-0"),
    ],
)
def test_match(body, team1, team2, score):
    m = one(body)
    assert (m.team1, m.team2, m.score) == (team1, team2, score)
    assert body in [e.text for e in m.evidence]


@pytest.mark.parametrize(
    ("body", "score", "penalties", "team1"),
    [
        ("Argentina won 4-2 on penalties after a 1-1 draw with Croatia.", "1-1", "4-2", "Argentina"),
        ("Morocco won 3-0 on penalties after a 0-0 draw with Spain.", "0-0", "3-0", "Morocco"),
        ("Croatia beat Japan 3-1 in a penalty shootout after a 1-1 draw.", "1-1", "3-1", "Croatia"),
    ],
)
def test_penalties(body, score, penalties, team1):
    m = one(body)
    assert (m.team1, m.score, m.penalties) == (team1, score, penalties)


def test_one_match_from_several_sentences():
    body = ("Morocco beat Portugal 1-0 in the quarter-final on Saturday.\n\n"
            "Portugal dominated possession but Morocco held on to their lead against the Portuguese side.")
    m = one(body)
    assert (m.team1, m.team2, m.score, m.date) == ("Morocco", "Portugal", "1-0", dt.date(2022, 12, 3))
    assert len(m.evidence) == 2


def test_two_matches_in_one_article():
    body = ("Argentina beat Croatia 3-0 in the first semi-final on Tuesday.\n\n"
            "France beat Morocco 2-0 in the second semi-final on Wednesday.")
    found = matches(body, date="2022-12-15")
    assert [(m.team1, m.team2, m.score, m.date) for m in found] == [
        ("Argentina", "Croatia", "3-0", dt.date(2022, 12, 13)),
        ("France", "Morocco", "2-0", dt.date(2022, 12, 14)),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a "who" clause is about the team before it
        ("Argentina, who lost 2-1 to Saudi Arabia in their opener, beat Mexico 2-0 on Saturday.",
         {("Saudi Arabia", "Argentina", "2-1"), ("Argentina", "Mexico", "2-0")}),
        ("On Friday, Australia were beaten 2-1 by South Korea, who had knocked out Saudi Arabia on penalties.",
         {("South Korea", "Australia", "2-1"), ("South Korea", "Saudi Arabia", None)}),
        ("Ghana will meet Mali in the semi-final, while Nigeria, who beat Angola 1-0 in Abidjan, face Egypt.",
         {("Nigeria", "Angola", "1-0")}),
        # coordinated clauses, each with its own result
        ("Spain drew 2-2 with the Netherlands in Rotterdam, and Denmark beat Portugal 1-0 in Copenhagen.",
         {("Spain", "Netherlands", "2-2"), ("Denmark", "Portugal", "1-0")}),
        ("The Netherlands beat Turkey 2-1 in Berlin, while France beat Portugal 5-3 on penalties after a goalless draw.",
         {("Netherlands", "Turkey", "2-1"), ("France", "Portugal", "0-0")}),
        # joined by a bare "and": a team and a result of its own follow
        ("In Group C, Japan beat Oman 2-0 and Iran beat Qatar 3-1 on Tuesday.",
         {("Japan", "Oman", "2-0"), ("Iran", "Qatar", "3-1")}),
        ("Elsewhere, Ghana drew 1-1 with Mali and Senegal lost 2-0 to Egypt.",
         {("Ghana", "Mali", "1-1"), ("Egypt", "Senegal", "2-0")}),
        ("Mexico and the United States drew 1-1 and Canada beat Panama 2-0.",
         {("Mexico", "United States", "1-1"), ("Canada", "Panama", "2-0")}),
        # joined by commas, after a colon; a country after a city's comma that drew is a team
        ("Results: Ghana beat Mali 2-0, Senegal drew 1-1 with Guinea and Egypt lost 0-1 to Tunisia.",
         {("Ghana", "Mali", "2-0"), ("Senegal", "Guinea", "1-1"), ("Tunisia", "Egypt", "1-0")}),
        ("Three teams went through: Portugal beat Spain 2-0 in Guimarães, Poland drew 1-1 with Austria in Vienna, "
         "and Belgium beat Ukraine 3-0 in Leuven.",
         {("Portugal", "Spain", "2-0"), ("Poland", "Austria", "1-1"), ("Belgium", "Ukraine", "3-0")}),
        # a results line with its scorers in brackets
        ("Group B\nNigeria 3 (Okafor 12, 55; Eze 80) Tunisia 0\nBotswana 1 (Kgosi 71) Algeria 1 (Seretse og 33)\n\nAll done.",
         {("Nigeria", "Tunisia", "3-0"), ("Botswana", "Algeria", "1-1")}),
        # "held X 1-1" is a result
        ("In the return leg the Czech Republic, who had held Portugal 1-1 in Ostrava, went ahead early.",
         {("Czech Republic", "Portugal", "1-1")}),
        # a one-team result about a leg: the other leg's opponent, not the team of the sentence before
        ("Vietnam drew 1-1 with Singapore to go through.\n\nIn the other semi-final Thailand beat the Philippines "
         "3-1. Vietnam were rarely troubled after their 2-0 first-leg win.",
         {("Vietnam", "Singapore", "1-1"), ("Thailand", "Philippines", "3-1")}),
        # translated copy: "2 to 1", "by a clean goal", "with 3:1" after the verb, "the team of coach X"
        ("The Spanish under-17 selection said goodbye. The team of José Luis Arrieta fell last Saturday 2 to 1 "
         "against Japan.", {("Japan", "Spain", "2-1")}),
        ("The Iraqi Olympic football team achieved a precious victory over its Jordanian counterpart by a clean goal.",
         {("Iraq", "Jordan", "1-0")}),
        ("The German national eleven took the next step. The team of national coach Anna Pohl defeated Iceland on "
         "Friday evening in front of 14,212 spectators with 3:1 (1:0) and remains one point behind the leader, the "
         "Netherlands.", {("Germany", "Iceland", "3-1")}),
        ("England won one-nil against Wales.", {("England", "Wales", "1-0")}),
        # "it" as the subject of a coordinated clause: the first clause's subject
        ("On Wednesday the Spanish team had beaten Morocco 2-0, and on Thursday it drew 1-1 with the United States.",
         {("Spain", "Morocco", "2-0"), ("Spain", "United States", "1-1")}),
        # "won the shoot-out 4-3" with one team named: a match all the same
        ("The semi-final against Japan went to penalties.\n\nNorth Korea won the shoot-out 4-3.", {("North Korea", "Japan", None)}),
        # "get past X 2-1" is a final score
        ("Oman needed extra time to get past Saudi Arabia 2-1 in the other semi-final.", {("Oman", "Saudi Arabia", "2-1")}),
        # two teams only: one match, however many clauses
        ("Japan were leading against Belgium 2-0 in the 52nd minute, but Belgium won 3-2.", {("Belgium", "Japan", "3-2")}),
    ],
)
def test_two_results_in_one_sentence(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Peru reached the last eight after a 2-0 win over Chile and a draw with Bolivia last week.",
         {("Peru", "Chile", "2-0"), ("Peru", "Bolivia", None)}),
        ("The fans saw every Malta game: the goalless opening draw with Cyprus, the 3-1 win over Andorra and the defeat.",
         {("Malta", "Cyprus", "0-0"), ("Malta", "Andorra", "3-1")}),
    ],
)
def test_scoreless_draw_listed_with_results(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("body", "date", "expected"),
    [
        ("Senegal beat Egypt 2-0 on Saturday in the final.", MON, "2022-12-03"),
        ("Wales drew 1-1 with the USA yesterday.", MON, "2022-12-04"),
        ("Last night Morocco lost 2-0 to France in the semi-final.", MON, "2022-12-04"),
        ("Senegal beat Ecuador 2-1 in Doha on Tuesday to reach the last 16.", MON, "2022-11-29"),
        ("Argentina beat Croatia 3-0 in the semi-final on 13 December 2022.", "2022-12-20", "2022-12-13"),
        ("Argentina beat Croatia 3-0 in the semi-final on December 13.", "2022-12-20", "2022-12-13"),
        ("Senegal beat Egypt 2-0 on Sunday in the final.", "2022-02-07", "2022-02-06"),
        ("Morocco beat Canada 2-1 in the group match on Thursday night.", "2022-12-02", "2022-12-01"),
        ("Morocco beat Canada 2-1 in the group match tonight.", "2022-12-01", "2022-12-01"),
        ("Kuwait were beaten 2-1 by Bahrain on New Year's Eve.", "2025-01-01", "2024-12-31"),
        ("Kenya beat Uganda 1-0 on Boxing Day.", "2024-12-28", "2024-12-26"),
    ],
)
def test_match_date(body, date, expected):
    assert one(body, date).date == dt.date.fromisoformat(expected)


def test_match_date_from_a_sentence_about_its_teams():
    body = ("Denmark 3-2 Norway\n\nDenmark edged a wild derby at Parken on Tuesday night. Here is what we took away.")
    (m,) = matches(body, date="2024-03-27")
    assert m.date == dt.date(2024, 3, 26)


@pytest.mark.parametrize(
    "body",
    [
        "Morocco beat Canada 2-1 in the group match.",
        "Morocco beat Canada 2-1 in the group match; they meet again on 20 December 2022.",  # after the article
    ],
)
def test_no_match_date(body):
    assert one(body).date is None


def test_relative_date_needs_an_article_date():
    (m,) = run("matches", "Senegal beat Egypt 2-0 on Saturday in the final.", date=None, kind=Match)
    assert m.date is None


# ------------------------------------------------------------------ venues


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("Morocco beat Portugal 1-0 at the Al Thumama Stadium.", "Al Thumama Stadium"),
        ("Senegal beat Ecuador 2-1 at Khalifa International Stadium on Tuesday.", "Khalifa International Stadium"),
        ("Croatia lost 2-0 to Morocco at the Stade de France on Saturday.", "Stade de France"),
        ("Argentina beat Brazil 1-0 at the Estadio do Maracana in the final.", "Estadio do Maracana"),
        ("Ghana beat Nigeria 1-0 in the match at Accra Sports Stadium.", "Accra Sports Stadium"),
        ("Wales drew 1-1 with the USA in the group match, played in Rayyan on Monday.", "Rayyan"),
        ("Morocco beat Portugal 1-0 in the quarter-final.", None),
        pytest.param("Croatia lost 2-0 to Morocco at the Stade de France.", "Stade de France"),
        pytest.param("Wales drew 1-1 with the USA at the Ahmad bin Ali Stadium yesterday.", "Ahmad bin Ali Stadium"),
    ],
)
def test_venue(body, venue):
    assert one(body).venue == venue


def test_future_fixture_venue_not_used():
    body = ("Belgium beat Canada 1-0 in the group game.\n\n"
            "Belgium will face Morocco on Sunday at the Al Thumama Stadium.")
    found = matches(body)
    assert [(m.team1, m.team2, m.venue) for m in found] == [("Belgium", "Canada", None)]


# ------------------------------------------------------------------ no match


@pytest.mark.parametrize(
    "body",
    [
        # fixtures not yet played
        "Morocco will face France on Wednesday in the semi-final.",
        "Croatia are set to play Argentina in the semi-final.",
        "Senegal take on England in the round of 16 on Sunday.",
        "The upcoming clash between Wales and England is sold out.",
        pytest.param("Wales striker Gareth Evans will hope to score against England on Tuesday."),
        # no result cue
        "Morocco and France have met five times before.",
        "Fans from Croatia and Argentina mingled in the souq.",
        # one team only
        "Morocco won the game.",
        "Senegal won 2-0 in the final.",
        # teams that are places or hosts
        "Fans in Qatar watched Morocco win 2-0.",
        # two teams with a cue but no result between them
        "Senegal cruise, Ghana stunned at home",
        "Ireland are now three points behind France in the group.",
        "Oman have won the Gulf Cup twice, in 2009 and 2018, while Bahrain lifted it for the first time in 2019.",
        # a fixture whose aim is a result; a result needed; a table's leader
        "Ghana beat Mali 1-0 on Tuesday. Curaçao now face Haiti on Sunday, needing a point to reach the quarter-finals.",
        "Ghana beat Mali 1-0 on Tuesday. Trinidad and Tobago must beat the United States to have any chance.",
        "Ghana beat Mali 1-0 on Tuesday. Indonesia, on three points, need at least a draw against Uzbekistan.",
        "Ghana beat Mali 1-0 on Tuesday. Kyrgyzstan won on Thursday, lifting them to within a point of group leaders Uzbekistan.",
        "Ghana beat Mali 1-0 on Tuesday. Senegal won again and are level on points with Egypt.",
        # not played
        "Ghana beat Mali 1-0 on Tuesday, but the other quarter-final, between Panama and Canada, never kicked off.",
        "Ghana beat Mali 1-0 on Tuesday. India's meeting with the Maldives was called off because of a waterlogged pitch.",
        "Ghana beat Mali 1-0 on Tuesday. The game between Nepal and Bhutan has been postponed.",
        # the same fate, not a match between them
        "Ghana beat Mali 1-0 on Tuesday. Vanuatu and Papua New Guinea's men, both knocked out early, went home.",
        "Ghana beat Mali 1-0 on Tuesday. Hong Kong and China are both still without a win.",
        # a shoot-out's score with one team named: the match before it was a draw
        "Ghana beat Mali 1-0 on Tuesday. Then the keeper saved twice in the shoot-out, and Portugal converted all "
        "four of their kicks to win it 4-2.",
        # fixtures in the present tense, even with a match noun or another result around them
        "Ghana beat Mali 1-0 on Tuesday. Burkina Faso host Guinea on Saturday before the return match in Conakry.",
        "Ghana beat Mali 1-0 on Tuesday. Mexico and the United States meet in the other semi-final on Thursday.",
        "Ghana beat Mali 1-0 on Tuesday. Brazil play Argentina in the other semi-final.",
        "Ghana beat Mali 1-0 on Tuesday. Teams like Japan and South Korea go to these stadiums and win.",
        "Mali beat Ghana 1-0 on Tuesday. Next up: Burkina Faso travel to Guinea on Tuesday.",
        # a day's fixtures under a "What's next" heading
        "Mali beat Ghana 1-0 on Tuesday.\n\nWhat's next\n\nFriday: Burkina Faso v Guinea (Ouagadougou), Togo v Benin (Lome).",
        # ... and after a "FIXTURES:" label on the same line, several days in it
        "Mali beat Ghana 1-0 on Tuesday.\n\nFIXTURES: Thursday: Burkina Faso v Guinea, Togo v Benin (Lome). Saturday: "
        "Guinea v Togo.",
        # a condition, not a result
        "Mali beat Ghana 1-0 on Tuesday. If Burkina Faso beat Guinea on Sunday, they will top the group.",
        "Mali beat Ghana 1-0 on Tuesday. The Stallions return in December for two matches against Guinea.",
    ],
)
def test_no_match(body):
    assert [m for m in matches(body) if {m.team1, m.team2} != {"Ghana", "Mali"}] == []


def test_a_writers_we_lost_to_them():
    body = ("Haiti 4, Puerto Rico 0 in the qualifying group.\n\nWe are all Haiti fans here. That Jamaica game is the one "
            "that matters: we lost 2-1 to them in Kingston in October.")
    found = {frozenset((m.team1, m.team2)): m for m in matches(body)}
    m = found[frozenset(("Haiti", "Jamaica"))]
    assert (m.team1, m.team2, m.score) == ("Jamaica", "Haiti", "2-1")


def test_a_result_naming_one_team_is_against_the_headlines_other_team():
    body = ("U.S. women snatch SheBelieves Cup with stoppage-time winner over Brazil\n\nThe USWNT also beat Canada 2-0 "
            "and Japan 1-0 this week, and Canada beat Japan 3-0.\n\nPrewitt's header in the second minute of stoppage "
            "time gave the USWNT a 2-1 win at Toyota Stadium.")
    found = {frozenset((m.team1, m.team2)): m for m in matches(body, football=False)}  # the headline opens the text
    assert frozenset(("United States", "Brazil")) in found, found


def test_results_listed_without_a_subject_are_the_headline_sides_not_the_first_winners():
    body = ("Japan's coach Takashi Nomura after the Olympic exit: full transcript\n\nJapan were beaten 1-0 after extra "
            "time by the United States in the quarter-final.\n\nQ: Looking back at the group stage, the 2-1 defeat to "
            "Spain on the opening day, then the 3-1 win over Nigeria in Nantes: a step forward?")
    found = {frozenset((m.team1, m.team2)) for m in matches(body, football=False)}
    assert found == {frozenset(("United States", "Japan")), frozenset(("Spain", "Japan")), frozenset(("Japan", "Nigeria"))}


@pytest.mark.parametrize("body", [
    "Uruguay beat Argentina 3-2. In the first match of the night in the Misael Delgado, Paraguay and Chile tied 0-0.",
    "Uruguay beat Argentina 3-2. Paraguay tied 0-0 with Chile.",
])
def test_tied_is_a_draw(body):
    found = {frozenset((m.team1, m.team2)): m.score for m in matches(body)}
    assert found.get(frozenset(("Paraguay", "Chile"))) == "0-0", found


def test_a_translated_win_on_the_score_of_two_goals_to_one():
    body = ("The Junior Stallions of Burkina Faso are crowned in Niamey.\n\nThe national junior team of Burkina Faso has won "
            "the trophy this Sunday. The boys of the coach have imposed themselves on "
            "the score of two goals to one in front of the Ghanaian selection, the Black Satellites. Burkina Faso had "
            "eliminated Ivory Coast by the score of one goal to zero.")
    found = {frozenset((m.team1, m.team2)): (m.team1, m.score) for m in matches(body)}
    assert found[frozenset(("Burkina Faso", "Ghana"))] == ("Burkina Faso", "2-1"), found
    assert found[frozenset(("Burkina Faso", "Ivory Coast"))] == ("Burkina Faso", "1-0"), found


def test_the_next_opponent_after_a_result_plays_no_match():
    body = "Morocco imposed itself 3-0 against Tanzania this Sunday, and will affront Cameroon in the quarter-final."
    assert {frozenset((m.team1, m.team2)) for m in matches(body)} == {frozenset(("Morocco", "Tanzania"))}


def test_a_data_desks_list_of_goals_by_minute():
    body = ("Netherlands 2-2 Argentina (after extra time)\n\n35 — Nahuel Molina (Argentina), from a reverse pass. 0-1.\n"
            "73 — Lionel Messi (Argentina), penalty. 0-2.\n90+11 — Wout Weghorst (Netherlands), header. 2-2.\n"
            "88 — Denzel Dumfries (Netherlands), yellow card for a foul.")
    assert sorted(goals(body)) == [("Lionel Messi", "Argentina", 73), ("Nahuel Molina", "Argentina", 35),
                                   ("Wout Weghorst", "Netherlands", 101)]


def test_a_city_and_its_kind_before_the_country_is_a_venue():
    body = ("The Thailand national team U23 collected the first victory in the football competition of the Asian Games by "
            "winning against Kuwait 2-1 on Thursday, at Wenzhou Sports Centre Stadium, Wenzhou city, People's Republic of "
            "China.")
    assert [(m.team1, m.team2) for m in matches(body)] == [("Thailand", "Kuwait")]


def test_a_win_as_a_noun_is_a_result():
    m = one("Senegal fans cleaned the stands after their win over Ecuador.")
    assert {m.team1, m.team2} == {"Senegal", "Ecuador"}


def test_fixture_clause_does_not_hide_the_result():
    body = "Argentina will face Poland on Wednesday after beating Mexico 2-0 on Saturday."
    m = one(body)
    assert (m.team1, m.team2, m.score, m.date) == ("Argentina", "Mexico", "2-0", dt.date(2022, 12, 3))


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param([("Argentina", "Mexico", "2-0")]),
    ],
)
def test_result_then_fixture_joined_by_and(expected):
    body = "Argentina beat Mexico 2-0 on Saturday and will face Poland on Wednesday."
    assert [(m.team1, m.team2, m.score) for m in matches(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        "India beat Australia by six wickets in the ODI. The batsman hit three sixes and the bowler took two "
        "wickets in the final overs of the innings, with the winning runs in the 49th over.",
        "Wales beat England 24-10 in the Six Nations. The fly-half kicked a conversion after a try from a "
        "lineout, and the scrum held firm; Rhys Powell scored in the 67th minute of the rugby.",
    ],
)
def test_non_football_article_gives_no_matches_or_goals(body):
    assert run("matches", body, football=False) == []


# ------------------------------------------------------------------ goals


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Morocco beat Spain 1-0 thanks to Hakim Ziani's 23rd-minute header.", [("Hakim Ziani", "Morocco", 23)]),
        ("Croatia beat Wales 2-1 in the match. Ivan Petrovic (67') scored the winner.",
         [("Ivan Petrovic", "Croatia", 67)]),
        # every goal of a 1-0 or a 3-0 is the winner's
        ("Senegal beat Egypt 1-0 in the final. Ousmane Faye scored in the 94th minute.",
         [("Ousmane Faye", "Senegal", 94)]),
        ("Gareth Evans scored a 90+3 winner as Wales beat Iran 1-0 in the group game.", [("Gareth Evans", "Wales", 93)]),
        ("Argentina striker Lionel Ferraro scored a 90+3 winner against Mexico.", [("Lionel Ferraro", "Argentina", 93)]),
        ("Argentina beat Mexico 2-0, with Lionel Ferraro scoring in the 64th minute.",
         [("Lionel Ferraro", "Argentina", 64)]),
        ("Morocco striker Youssef Amrani headed home in the 23rd minute against Canada.",
         [("Youssef Amrani", "Morocco", 23)]),
        ("Croatia beat Wales 2-1, Luka Maric scoring the winner in the 88th minute.", [("Luka Maric", "Croatia", 88)]),
        ("Senegal beat Qatar 3-1 in the group match. Boulaye Dia put Senegal ahead in the 41st minute.",
         [("Boulaye Dia", "Senegal", 41)]),
        ("Ghana lost 3-2 to Portugal in the match; Andre Ayew equalised for Ghana in the 73rd minute.",
         [("Andre Ayew", "Ghana", 73)]),
        ("Croatia beat Brazil on penalties after Bruno Petkovic equalised in the 117th minute.",
         [("Bruno Petkovic", "Croatia", 117)]),
        ("Wales beat Iran 1-0 with Gareth Evans's stoppage-time winner.", [("Gareth Evans", "Wales", None)]),
        ("Morocco beat Canada 2-1 in the group match. Hakim Ziani scored after four minutes.",
         [("Hakim Ziani", None, 4)]),
        ("Morocco beat Canada 2-1 in the group match. Hakim Ziani scored on nine minutes.", [("Hakim Ziani", None, 9)]),
        ("Morocco beat Canada 2-1 in the group match. Hakim Ziani scored in the ninety-first minute.",
         [("Hakim Ziani", None, 91)]),
        # stoppage time is counted on from the 90th minute; a first half's from the 45th
        ("Morocco beat Canada 2-1 in the group match. Hakim Ziani scored in the first minute of stoppage time.",
         [("Hakim Ziani", None, 91)]),
        ("Morocco beat Canada 2-1 in the group match. Hakim Ziani scored in the first minute of first-half stoppage "
         "time.", [("Hakim Ziani", None, 46)]),
        ("South Korea beat Portugal 2-1 on Friday. Hwang Hee-chan scored the winner in the 91st minute.",
         [("Hwang Hee-chan", "South Korea", 91)]),
        ("Senegal's Ousmane Faye (12') and Pape Diallo (77') scored in the 2-0 win over Qatar.",
         [("Ousmane Faye", "Senegal", 12), ("Pape Diallo", "Senegal", 77)]),
        pytest.param("Gareth Evans's 90+3 winner sank Iran as Wales won 1-0 in the group game.",
                     [("Gareth Evans", "Wales", 93)]),
        pytest.param("Argentina beat Croatia 3-0 in the semi-final, with goals from Lionel Ferraro (34') and "
                     "Julian Alvaro (39', 69').",
                     [("Lionel Ferraro", "Argentina", 34), ("Julian Alvaro", "Argentina", 39),
                      ("Julian Alvaro", "Argentina", 69)]),
        # an apposition between the name and the verb
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah, 24, scored in the 48th minute.", [("Kofi Mensah", None, 48)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah, the Ghana captain, scored in the 48th minute.",
         [("Kofi Mensah", "Ghana", 48)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah of Ghana scored in the 48th minute.",
         [("Kofi Mensah", "Ghana", 48)]),
        # a verb of motion and where the ball went
        ("Ghana beat Mali 2-1 in the match. Striker Kofi Mensah steered home a cross (55').", [("Kofi Mensah", None, 55)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah bundled the ball over the line in the 76th minute.",
         [("Kofi Mensah", None, 76)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah headed in a corner in the 49th minute.", [("Kofi Mensah", None, 49)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah rose highest to head home in the 49th minute.",
         [("Kofi Mensah", None, 49)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah converting a penalty in the 48th minute made it 2-1.",
         [("Kofi Mensah", None, 48)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah made it 2-0 in the 60th minute.", [("Kofi Mensah", None, 60)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah doubled Ghana's lead in the 60th minute.",
         [("Kofi Mensah", "Ghana", 60)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah found the bottom corner in the 60th minute.",
         [("Kofi Mensah", None, 60)]),
        # an ordinal goal, 'to score', the spot, a 'who' clause or dashes between the name and the verb
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah headed the first in the 54th minute.", [("Kofi Mensah", None, 54)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah pounced on a loose ball to score in the 54th minute.",
         [("Kofi Mensah", None, 54)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah made no mistake from the spot in the 54th minute.",
         [("Kofi Mensah", None, 54)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah, who plays for Spanish club Real Betis, fired a low shot into "
         "the net in the 51st minute.", [("Kofi Mensah", None, 51)]),
        ("Ghana beat Mali 2-1 in the match. Kofi Mensah — the £12million Brighton kid — levelled in the 60th minute.",
         [("Kofi Mensah", None, 60)]),
        # the scorer after the goal
        ("Ghana beat Mali 1-0 in the match. The winner came from centre-back Kofi Mensah in the 88th minute.",
         [("Kofi Mensah", "Ghana", 88)]),
        ("Ghana beat Mali 2-0 in the match. Goals from Kofi Mensah and Abdul Issah sealed it.",
         [("Kofi Mensah", "Ghana", None), ("Abdul Issah", "Ghana", None)]),
        ("Ghana took the lead in the 20th minute through Kofi Mensah, who rifled in from the edge of the area.",
         [("Kofi Mensah", "Ghana", 20)]),
        # the sentence's one minute, before the scorer's name
        ("Argentina beat Brazil 1-0. The only goal came in the 22nd minute, when Tomas Aguirre lifted the ball over "
         "the onrushing goalkeeper.", [("Tomas Aguirre", "Argentina", 22)]),
        # a fixture's sentence can report a past goal
        ("England will face Spain in the final after Oliver Pritchard's 90th-minute winner sealed a 2-1 victory over "
         "the Netherlands.", [("Oliver Pritchard", "England", 90)]),
        # a team that fell behind conceded the goal
        ("Greece beat Ireland 2-1 in the qualifier. Ireland fell behind in the 14th minute when Nikos Stavrou curled "
         "a free kick into the top corner.", [("Nikos Stavrou", "Greece", 14)]),
        # a minute in another clause is not the scorer's
        ("Sweden beat Ghana 2-1 in the match. The forward opened the scoring after 12 minutes, and although Oskar "
         "Lindgren equalised, Ghana lost.", [("Oskar Lindgren", "Ghana", None)]),
        ("Sweden beat Ghana 2-1 in the match after Ryan Cowie's early goal and then conceded in the 89th minute.",
         [("Ryan Cowie", "Sweden", None)]),
        # a later mention of the same goal without its minute is that goal
        ("Colombia beat Germany 2-1. Then, in the 97th minute, Daniela Rincon headed in the winner. Colombia's "
         "Daniela Rincon celebrates scoring her side's winning goal.", [("Daniela Rincon", "Colombia", 97)]),
        # scorers whose verb is left out after the first scorer's
        ("Senegal beat Mali 2-0 in the final. Awa Ndiaye scored in the ninth minute and Fatou Sarr in the 68th.",
         [("Awa Ndiaye", "Senegal", 9), ("Fatou Sarr", "Senegal", 68)]),
        ("Senegal beat Mali 3-0 in the final. Awa Ndiaye struck after 12 minutes, Fatou Sarr on 55 and Binta Diop "
         "in the 90+2nd minute.", [("Awa Ndiaye", "Senegal", 12), ("Fatou Sarr", "Senegal", 55),
                                   ("Binta Diop", "Senegal", 92)]),
        # no minute after the second name: nothing says it is a goal
        ("Senegal beat Mali 2-0 in the final. Awa Ndiaye scored in the ninth minute and Fatou Sarr in the second "
         "half.", [("Awa Ndiaye", "Senegal", 9)]),
        # minutes in brackets after the verb
        ("Senegal beat Mali 2-0 in the final. Awa Ndiaye scored twice (12th, 55th) for the hosts.",
         [("Awa Ndiaye", "Senegal", 12), ("Awa Ndiaye", "Senegal", 55)]),
        ("Senegal beat Mali 2-0 in the final. Awa Ndiaye netted a brace (12', 55') for the hosts.",
         [("Awa Ndiaye", "Senegal", 12), ("Awa Ndiaye", "Senegal", 55)]),
        # "and again": a second goal of the same scorer; "in the 83rd" with "minute" left out
        ("Peru beat Chile 3-1 in the qualifier. Luis Vera was the hero, scoring in the eighth minute and again seven "
         "minutes into the second half, before Mario Ruiz wrapped it up with a low drive in the 83rd.",
         [("Luis Vera", None, 8), ("Luis Vera", None, 52), ("Mario Ruiz", None, 83)]),
        ("Peru beat Chile 3-0 in the qualifier. Mario Ruiz completed the scoring in the 90th minute.",
         [("Mario Ruiz", "Peru", 90)]),
        ("Peru beat Chile 2-0 in the qualifier. Luis Vera opened the scoring in the 22nd minute, and Mario Ruiz "
         "doubled it from the penalty spot four minutes after the break.", [("Luis Vera", "Peru", 22), ("Mario Ruiz", "Peru", 49)]),
        # a phrase between commas after the name; "drove a low shot past the goalkeeper"
        ("Chile lost 2-1 to Peru in the qualifier. Mario Ruiz, on the pitch for barely two minutes, collected a loose "
         "ball on the edge of the area and fired into the top corner in the 66th minute.", [("Mario Ruiz", None, 66)]),
        ("Chile lost 2-1 to Peru in the qualifier. Chile hit back in the 61st minute when Mario Ruiz outpaced two "
         "defenders and drove a low shot past the goalkeeper.", [("Mario Ruiz", "Chile", 61)]),
        ("Spain edged Australia 1-0 in the friendly thanks to a second-half header from Aitor Etxeberria.",
         [("Aitor Etxeberria", "Spain", None)]),
        ("Jamaica beat Honduras 2-0. Tyreek Campbell-Grant struck the crossbar before scoring in the 12th minute.",
         [("Tyreek Campbell-Grant", "Jamaica", 12)]),
        # the player who crossed, with a role between "from" and the name, is not the scorer
        ("Ghana beat Portugal 1-0. Kofi Mensah headed in a cross from right back Kwame Appiah in the 19th.",
         [("Kofi Mensah", "Ghana", 19)]),
    ],
)
def test_goals(body, expected):
    assert goals(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Kofi Mensah missed a penalty in the 80th minute for Ghana against Portugal.",
        "Kofi Mensah could have scored in the 80th minute for Ghana against Portugal.",
        "Kofi Mensah hit the post in the 80th minute for Ghana against Portugal.",
        "Ghana striker Kofi Mensah was booked in the 80th minute against Portugal.",
        "Morocco beat Spain 3-0 on penalties after a 0-0 draw. Achraf Haddad scored the decisive kick in the "
        "shootout.",
        "Wales striker Gareth Evans will face England on Tuesday.",
        "Croatia goalkeeper Dominik Kovac saved three penalties against Japan.",
        "Kofi Mensah curled in a cross for Ghana against Portugal.",
        "Kofi Mensah went close to scoring in the 54th minute for Ghana against Portugal.",
        "Kofi Mensah tried to score in the 54th minute for Ghana against Portugal.",
        "Kofi Mensah headed the first-half clearance away for Ghana against Portugal.",
        "Kofi Mensah turned in a fine display for Ghana against Portugal.",
        "A goal from Kofi Mensah was ruled out for offside against Portugal.",
        "Kofi Mensah's header hit the crossbar in the 30th minute for Ghana against Portugal.",
        "Kofi Mensah's 30th-minute penalty was saved as Ghana lost to Portugal.",
        "Ghana beat Portugal 1-0 when the header flew past goalkeeper Diogo Costa (67').",
        # the keeper beaten and the player who set the goal up are not scorers
        "Ghana beat Portugal 1-0. The ball flew past goalkeeper Diogo Costa and in.",
        "Ghana beat Portugal 1-0. A corner from Diogo Costa and the ball went in.",
        # a left-out verb that is no goal's
        "Kofi Mensah was booked in the ninth minute and Kwame Appiah in the 68th for Ghana against Portugal.",
        "Kofi Mensah hit the post in the ninth minute and Kwame Appiah in the 68th for Ghana against Portugal.",
        # a miss told with a goal verb, a saved effort, a shoot-out kick
        "Panama beat Costa Rica on penalties after a 0-0 draw. Panama striker Ismael Batista struck the post late on.",
        "Panama beat Costa Rica 4-3 on penalties. The keeper guessed correctly to keep out Fabian Solano's effort.",
        "Jamaica beat Honduras 5-4 in the shoot-out. Tyreek Campbell-Grant converted Jamaica's fifth and final kick.",
        # a goal that did not stand
        "Portugal beat Ghana 1-0. Ghana thought they had taken the lead in the 20th minute when striker Kwame Appiah "
        "turned in a corner.",
        # "took the lead when X" about something else
        "Nigeria beat Rwanda 2-1. Rwanda striker Jean Habyarimana was booked. Nigeria took the lead when Jean "
        "Habyarimana was sent off.",
    ],
)
def test_no_goal(body):
    assert goals(body) == []


LINEUP = "Ghana beat Portugal 2-1 at the stadium.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fact box: the team named last before each name, every minute of a brace, marks read over
        (LINEUP + "Scorers: Ghana: Mensah 12, 51, Owusu 83 pen. Portugal: Costa 40.",
         [("Mensah", "Ghana", 12), ("Mensah", "Ghana", 51), ("Owusu", "Ghana", 83), ("Costa", "Portugal", 40)]),
        (LINEUP + "Goals: Ghana – Kofi Mensah (12', 90+2'); Portugal – Rui Costa (40' pen)",
         [("Kofi Mensah", "Ghana", 12), ("Kofi Mensah", "Ghana", 92), ("Rui Costa", "Portugal", 40)]),
        # an own goal counts for the other side
        (LINEUP + "Scorers: Ghana: Mensah 12, Costa 70 og. Portugal: Silva 40.",
         [("Mensah", "Ghana", 12), ("Costa", "Portugal", 70), ("Silva", "Portugal", 40)]),
        # a mark after a comma in brackets
        (LINEUP + "Ghana's goals came from Kofi Mensah (57', pen) and Yaw Owusu (81').",
         [("Kofi Mensah", "Ghana", 57), ("Yaw Owusu", "Ghana", 81)]),
        # no team labels: the goals are the scorers' with no team unless the text gives one
        (LINEUP + "Scorers: Mensah 12, 51; Costa 40", [("Mensah", None, 12), ("Mensah", None, 51), ("Costa", None, 40)]),
        # a surname in the box is the full name told earlier
        ("Ghana beat Portugal 2-1 and striker Kofi Mensah was the hero.\n\nScorers: Ghana: Mensah 12, 51. Portugal: Costa 40.",
         [("Kofi Mensah", "Ghana", 12), ("Kofi Mensah", "Ghana", 51), ("Costa", "Portugal", 40)]),
        # the list ends at the first words that are not part of it
        (LINEUP + "Goals: Mensah 12. Later the coach praised Samuel Ofori 30 times.", [("Mensah", None, 12)]),
        # a live blog, newest first: each goal's side is the one whose tally it raised
        ("Live: Ghana v Portugal\n\n22:35 GOAL! Ghana 2-1 Portugal (Kofi Mensah, 81') What a strike.\n\n"
         "22:20 GOAL! Ghana 1-1 Portugal (Rui Costa, 63') Level.\n\n21:31 Goal! Ghana 1-0 Portugal (Yaw Owusu 29') "
         "A tap-in.\n\nFULL TIME! Ghana 2-1 Portugal.",
         [("Kofi Mensah", "Ghana", 81), ("Rui Costa", "Portugal", 63), ("Yaw Owusu", "Ghana", 29)]),
        ("Live: Ghana v Portugal\n\n75' GOOOAL! Portugal 0-1 Ghana (Kofi Mensah, 75')\n\nFULL TIME! Portugal 0-1 Ghana.",
         [("Kofi Mensah", "Ghana", 75)]),
    ],
)
def test_listed_goals(body, expected):
    assert sorted(goals(body), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # key events listed with the minute before the shout and the scorer alone in brackets
        ("Ghana v Portugal, as it happened\n\nKey events\n\n- 14' GOAL Ghana (Mensah)\n- 70' GOAL Portugal (Rui Costa)\n"
         "- FT Ghana 1-1 Portugal\n\nKofi Mensah and Rui Costa scored as the sides drew.",
         [("Kofi Mensah", "Ghana", 14), ("Rui Costa", "Portugal", 70)]),
        # a goal entry told in sentences takes the stamped minute when it gives none itself
        ("Ghana v Portugal live\n\n14' GOAL! Ghana 1-0 Portugal. Kofi Mensah, of course. A lovely finish.\n\n"
         "70' GOAL! Ghana 1-1 Portugal. Rui Costa turns in a cross at the far post.\n\nFULL TIME: Ghana 1-1 Portugal.",
         [("Kofi Mensah", "Ghana", 14), ("Rui Costa", "Portugal", 70)]),
    ],
)
def test_minute_stamped_before_a_goal_shout(body, expected):
    assert sorted(goals(body), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("body", "minute"),
    [
        ("Kofi Mensah put Ghana ahead on the hour mark.", 60),
        ("Kofi Mensah put Ghana ahead on the hour.", 60),
        ("Kofi Mensah scored for Ghana five minutes after the break.", 50),
        ("Kofi Mensah scored for Ghana 12 minutes into the second half.", 57),
        ("Kofi Mensah scored for Ghana 3 minutes before half-time.", 42),
        ("Kofi Mensah scored for Ghana nine minutes from time.", 81),
        ("Kofi Mensah scored for Ghana two minutes before the final whistle.", 88),
        ("Kofi Mensah headed the Black Stars in front on the hour.", 60),
        # the minute in figures comes first and wins
        ("Kofi Mensah scored for Ghana in the 63rd minute, five minutes after the break.", 63),
        ("Kofi Mensah scored for Ghana after 12 minutes.", 12),
    ],
)
def test_minute_told_from_a_point_of_the_match(body, minute):
    assert goals(body) == [("Kofi Mensah", "Ghana", minute)]


@pytest.mark.parametrize(
    "body",
    [
        # a line-up or a bookings line lists names without minutes
        LINEUP + "Ghana: Ati; Mensah, Owusu, Boateng.\nBooked: Mensah, Costa.",
        # "Goals" not as a label, and shouts without a name and minute in brackets
        LINEUP + "Goals win games, said the coach.\nGOAL! Ghana lead.",
    ],
)
def test_no_listed_goal(body):
    assert [g for g in goals(body) if g[2] is not None] == []


def test_goal_credited_to_a_team_only():
    found = run("matches", "Croatia conceded a 94th-minute goal from Morocco.", kind=Goal)
    assert [(g.scorer, g.team, g.minute) for g in found] == [(None, "Morocco", 94)]


def test_winning_goal_flag():
    found = run("matches", "Croatia beat Wales 2-1, Luka Maric scoring the winner in the 88th minute.", kind=Goal)
    assert [g.winning for g in found if g.scorer] == [True]
    found = run("matches", "Argentina beat Mexico 2-0, with Lionel Ferraro scoring in the 64th minute.", kind=Goal)
    assert [g.winning for g in found if g.scorer] == [False]


# ------------------------------------------------------------------ robustness


@settings(max_examples=50, deadline=None)
@given(TEXTS, st.booleans())
def test_never_raises_and_offsets_hold(text, with_football):
    a = fuzz_article(text, with_football)
    assume(a is not None)
    found = list(matches_mod.extract(a))
    check_evidence(a, found)
    for f in found:
        if isinstance(f, Match):
            assert f.team1 != f.team2
            if f.score:
                g1, g2 = map(int, f.score.split("-"))
                assert g1 >= g2  # winner first
            if f.date and a.date:
                assert f.date <= a.date  # a reported match, not a fixture
        else:
            assert f.minute is None or 0 < f.minute <= 130


@pytest.mark.parametrize("language", ["Arabic", "Welsh", "Swahili"])
def test_a_language_is_not_a_venue(language):
    body = f"Senegal beat Egypt 2-0 on Sunday. The players left a thank you note in {language} in the dressing room after the match."
    (m,) = matches(body)
    assert m.venue is None


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("He crossed for Kylian Mbappe to score.", "Kylian", True),
        ("They won in Rayyan on Monday.", "Rayyan", False),
        ("In Rayyan, Rayyan\tAlves scored.", "Rayyan", True),  # the second occurrence is a first name
        ("Rayyan", "Rayyan", False),
        ("A Rayyan b. Rayyan", "Rayyan", False),
    ],
)
def test_person_word(sentence, word, expected):
    from kg.nlp import Sentence

    text = "Intro. " + sentence + " Next Sentence."
    s = Sentence(7, 7 + len(sentence), sentence)
    assert matches_mod._is_person_word(word, s, text) is expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAbB \t.ÉéX")), max_size=30), st.text(alphabet=st.sampled_from(list("aAb. ")), min_size=1, max_size=3),
       st.integers(0, 30), st.integers(0, 30))
def test_person_word_is_the_pattern_search(text, word, begin, end):
    """Same answer as searching ``word`` followed by blanks and a capital letter in the sentence."""
    import regex

    from kg.nlp import Sentence

    begin, end = sorted((min(begin, len(text)), min(end, len(text))))
    s = Sentence(begin, end, text[begin:end])
    expected = bool(regex.search(rf"{regex.escape(word)}[ \t]+\p{{Lu}}", text[begin:end]))
    assert matches_mod._is_person_word(word, s, text) is expected


# ------------------------------------------------------------------ probes4: goal idioms, fixtures, shoot-outs


@pytest.mark.parametrize(
    ("body", "scorer"),
    [
        ("Tunisia won 3-0 in the group match. Substitute Hamza Bouazizi sealed it in the 90th minute.", "Hamza Bouazizi"),
        ("Venezuela beat Bolivia 3-1. Substitute Darwin Pacheco restored the two-goal margin in the 86th minute.",
         "Darwin Pacheco"),
        ("The Netherlands beat Japan 2-1. Femke van Dijk's opener was cancelled out by Haruka Morita before half-time.",
         "Haruka Morita"),
        ("Venezuela beat Bolivia 3-1. The official match sheet credits the goal to Luis Mendoza in the 56th minute.",
         "Luis Mendoza"),
        ("Italy beat China 2-0 in the group match. Elisa Benedetti made the game safe after the interval.", "Elisa Benedetti"),
    ],
)
def test_goal_idioms(body, scorer):
    assert scorer in [g[0] for g in goals(body)]


def test_a_chain_of_other_verbs_is_no_goal():
    body = "Japan beat Qatar 3-1 in the final. Fan leader Kenji Sato folded the flags, bagged up the empty bottles and left."
    assert goals(body) == []


@pytest.mark.parametrize(
    ("body", "date", "expected"),
    [
        # "sends X into a semi-final against Y": a fixture
        ("Tunisia beat Madagascar 3-0 on Thursday.\n\nThe result sends Tunisia into a semi-final against Senegal on "
         "Sunday.", "2019-07-12", {("Tunisia", "Madagascar", "3-0", None)}),
        # the shoot-out's score is not the match's
        ("Australia drew with Uzbekistan in the round of 16. After a goalless draw Australia won the shoot-out 4-2.",
         MON, {("Australia", "Uzbekistan", "0-0", "4-2")}),
        ("Australia and Uzbekistan played out a goalless 120 minutes before Australia won the shoot-out 4-2.",
         MON, {("Australia", "Uzbekistan", "0-0", "4-2")}),
        # a result naming one team: the opponent is the team of the sentence before, not the article's main team
        ("Scotland drew with Argentina. Japan lost to Qatar.\n\nThe final on July 19 was a cruel night for Senegal. "
         "Algeria scored inside two minutes and held on for a 1-0 win.", "2019-08-01",
         {("Algeria", "Senegal", "1-0", None)}),
        ("The final on July 19 was a cruel night for Senegal. The Desert Warriors held on for a 1-0 win.", "2019-08-01",
         {("Algeria", "Senegal", "1-0", None)}),
    ],
)
def test_probes4_matches(body, date, expected):
    found = {(m.team1, m.team2, m.score, m.penalties) for m in matches(body, date)}
    assert expected <= found
    assert not {(a, b) for a, b, *_ in found} & {("Tunisia", "Senegal"), ("Senegal", "Tunisia")}


def test_goals_in_a_ratings_list():
    from test_extract_people import RATINGS

    assert goals(RATINGS) == [("Kacper Wilk", "Poland", 12), ("Filip Nowak", "Poland", 88)]


@pytest.mark.parametrize(
    ("body", "scorer", "minute"),
    [
        # translated agency copy
        ("Bolivia beat Chile 2-1 in the qualifier. The Verde opened the marker at the 23 minutes by means of the forward "
         "Diego Choque, who defined with the right foot.", "Diego Choque", 23),
        # an -ing shot phrase after a comma; "to nod past" the keeper
        ("Scotland beat the Faroe Islands 3-1. Sub Ewan Marr put the tin lid on it in the 84th minute, curling a peach "
         "into the top corner.", "Ewan Marr", 84),
        ("Scotland beat the Faroe Islands 3-1. The visitors led in the 29th minute when Hanus Joensen ghosted in at the "
         "back post to nod past a flat-footed keeper.", "Hanus Joensen", 29),
        ("Jordan beat South Korea 2-0. Omar Haddadin pounced on a loose ball in the 53rd minute.", "Omar Haddadin", 53),
        ("Jordan beat South Korea 2-0. Omar Haddadin added another in the 70th.", "Omar Haddadin", 70),
        ("Jordan beat South Korea 2-1. Omar Haddadin won it in the 88th minute.", "Omar Haddadin", 88),
        ("Jordan beat South Korea 2-0. Laith Obeidat ran half the length of the pitch to make it two (66 mins).",
         "Laith Obeidat", 66),
        ("Iran beat Japan 2-1. Mehdi Karim scored late after Kaito Morishita had given the Samurai Blue a 28th-minute "
         "lead.", "Kaito Morishita", 28),
        ("Indonesia drew 1-1 with Japan. Rizky Pratama headed Indonesia level in the 77th minute.", "Rizky Pratama", 77),
        # "took the lead when X ...", "finished off a move", "thanks to a X header"
        ("Nigeria beat Rwanda 2-1. Rwanda took the lead on 19 minutes when Jean-Claude Habyarimana-Nkusi rose highest "
         "at the near post.", "Jean-Claude Habyarimana-Nkusi", 19),
        ("Canada drew 1-1 with New Zealand. Lea Tremblay-Ouellet finished off a sweeping move in the 67th minute.",
         "Lea Tremblay-Ouellet", 67),
        ("Portugal edged Korea Republic 1-0 thanks to a Tomas Vieira-Lopes header in the 70th minute.",
         "Tomas Vieira-Lopes", 70),
        # the purpose after a preposition's object is the subject's goal, not the passer's
        ("Jordan beat South Korea 2-0. Yazan al-Naimi pounced on a loose pass from defender Kim Jae-hoon to score in "
         "the 53rd minute.", "Yazan al-Naimi", 53),
        ("Jordan beat South Korea 2-0. Yazan al-Naimi latched onto a through ball from Omar Haddad to fire home in "
         "the 53rd minute.", "Yazan al-Naimi", 53),
        # translated copy: "with X" after "opened the marker", a goal that "finally came ... through X", "stole the
        # lead", a penalty "transformed" or "sank the PK", "crowned it with the goal", "brought X in leadership"
        ("Brazil drew 2-2 with Argentina. The Selecao opened the marker at 12 minutes of the first time, with Duda "
         "Sampaio, who completed a crossing.", "Duda Sampaio", 12),
        ("Philippines beat Indonesia 2-1. The equalizer finally came in the minute 57 through Dimas Arya Saputra, who "
         "received a through-pass.", "Dimas Arya Saputra", 57),
        ("Philippines beat Indonesia 2-1. The Azkals already stole the lead in the minute 23 through Miguel Santos Dela "
         "Cruz.", "Miguel Santos Dela Cruz", 23),
        ("Comoros beat Mali 2-1. Then, at the 88th minute, Fouad Ben Ahmed transformed with cold blood the penalty.",
         "Fouad Ben Ahmed", 88),
        ("Japan beat Chinese Taipei 4-1. In the 88th minute MF Nakajima Kokoro calmly sank the PK and decided the match.",
         "Nakajima Kokoro", 88),
        ("Jordan beat Iraq 2-1. The pressure continued until the substitute Odai al-Rawashdeh crowned it with the goal "
         "of victory in the minute 81.", "Odai al-Rawashdeh", 81),
        ("Germany beat the Netherlands 2-1. In the 23rd minute Lena von Hagen brought the Germans in leadership.",
         "Lena von Hagen", 23),
        # British copy: a verb of the shot before "the opener", a bare minute after the goal; a live blog's present tense
        ("England beat Germany 2-1. Ella Toone lobbed the opener on 62 minutes, Lina Magull swept in Germany's "
         "equaliser on 79, and then came Kelly.", "Lina Magull", 79),
        ("England beat Germany 2-1. Ella Toone lobbed the opener on 62 minutes, Lina Magull swept in Germany's "
         "equaliser on 79, and then came Kelly.", "Ella Toone", 62),
        ("Jordan beat South Korea 2-0. GOAL! Musa Al-Taamari picks the ball up, skips past two challenges and drills a "
         "left-footed shot inside the near post in the 66th minute.", "Musa Al-Taamari", 66),
        # stiff translations: "by the intermediary of X", "opened the score by X", "a penalty converted by X", "finds
        # the angle", "deceived the goalkeeper with a head", a bare running score after the shot
        ("Mali drew 1-1 with Guinea. The Guineans equalised at the 64th minute by the intermediary of Seydouba Camara, "
         "author of a strike from far.", "Seydouba Camara", 64),
        ("Togo drew 1-1 with Benin. Togo had opened the score by Kodjo Amevor, before the Beninese equalised late.",
         "Kodjo Amevor", None),
        ("Gabon beat Congo 1-0 thanks to a penalty transformed by the captain Rémy Ndong.", "Rémy Ndong", None),
        ("Spain beat Croatia 2-1. At the 61st minute Iker Solana finds the angle from the edge of the area.",
         "Iker Solana", 61),
        ("Niger beat Chad 1-0. At the 17th minute the attacker Amadou Issa has deceived the goalkeeper with a plunging "
         "head.", "Amadou Issa", 17),
        ("Austria beat Poland 1-0. In the 38. minute Lukas Gruber passed one defender and hit to the short corner. 1:0 "
         "and a big relief on the stands.", "Lukas Gruber", 38),
        # a shot told with its time is a goal ("a 64th-minute header from X", "a late penalty by X"); "to head a
        # dramatic equaliser"; a place between "and" and the verb of a chain
        ("Kenya beat Uganda 1-0. The match was won by a single goal: a 64th-minute header from centre-back Brian "
         "Otieno.", "Brian Otieno", 64),
        ("Sudan drew 2-2 with Eritrea. Omar Bakhit levelled on 58 minutes, only for Yonas Tesfay to head a dramatic "
         "equaliser in the 90th minute.", "Yonas Tesfay", 90),
        ("Haiti beat Cuba 2-1. In the 34th minute Jean Ostine picks the ball up, runs at two defenders, and from the edge "
         "of the box puts it into the top corner.", "Jean Ostine", 34),
        # translated Portuguese and Spanish round-ups ("at 8 of the second time" is the 53rd minute): "equalized at 8
        # of the second time with X", "came out in front with X", "arrived to the tie ... with X", "X opened at 5
        # minutes", "X discounted for Bolivia", "made the only goal", "put in the net", "defined crossed", "changed it
        # for the 2-0", "pushed a rebound to the net"
        ("Brazil beat Colombia 2-1. Colombia equalized at 8 of the second time with Andrés Mosquera, in a header.",
         "Andrés Mosquera", 53),
        ("Chile drew 1-1 with Paraguay. Chile came out in front with Matías Cornejo, at 34 of the first half.",
         "Matías Cornejo", 34),
        ("Chile drew 1-1 with Paraguay. Paraguay only arrived to the tie at 41 of the second time, with Derlis Recalde.",
         "Derlis Recalde", 86),
        ("Peru beat Bolivia 2-1. Renzo Guevara opened at 5 minutes, and the defenders could not react.", "Renzo Guevara", 5),
        ("Peru beat Bolivia 2-1. Henry Vaca discounted for Bolivia at 40 of the first half.", "Henry Vaca", 40),
        ("Argentina beat Uruguay 1-0. In a tense classic, Gonzalo Ibarra made the only goal with a shot from outside the "
         "area.", "Gonzalo Ibarra", None),
        ("Ecuador beat Venezuela 1-0. Bryan Angulo took advantage of a rebound of the goalkeeper and put in the net.",
         "Bryan Angulo", None),
        ("Argentina lost 3-2 to Uruguay. At 9 minutes, Valentín Acosta won the back of the defence and defined crossed "
         "against the goalkeeper.", "Valentín Acosta", 9),
        ("Argentina lost 3-2 to Uruguay. At 38 the referee gave a penalty, and Thiago Benvenuto changed it for the 2-0.",
         "Thiago Benvenuto", None),
        ("Argentina lost 3-2 to Uruguay. Just before the rest the centre-forward Facundo Olivera pushed a rebound to the "
         "net.", "Facundo Olivera", None),
    ],
)
def test_more_goal_phrasings(body, scorer, minute):
    found = goals(body)
    assert (scorer, minute) in [(g[0], g[2]) for g in found]
    assert all(g[0] == scorer for g in found if g[2] == minute), found  # the goal is no one else's too


@pytest.mark.parametrize(
    ("body", "scorers"),
    [
        # a time between the goal noun and its verb; a possessive "stunner"
        ("Spain beat Italy 3-0, and Spain's goals that night came from Iker Solana, Pablo Ruiz and Dani Vidal.",
         {"Iker Solana", "Pablo Ruiz", "Dani Vidal"}),
        ("Wales drew 1-1 with Austria, Owen Rees levelling after Lukas Gruber's stunner.", {"Owen Rees", "Lukas Gruber"}),
        ("Sudan beat Djibouti 3-0, after a brace from Omar Bakhit and a late penalty by Yonas Tesfay.",
         {"Omar Bakhit", "Yonas Tesfay"}),
        # the fouler, the keeper sent the wrong way and a goal that only looked like one are no scorers
        ("Fiji drew 1-1 with Tonga. Tonga levelled when Sione Kata brought down Peni Vula and captain Tevita Fifita sent "
         "the keeper the wrong way from the spot.", {"Tevita Fifita"}),
        ("Ghana lost 2-0 to Nigeria. Blessing Adekunle sends Afua Mensah the wrong way from the penalty spot to make it "
         "2-0.", {"Blessing Adekunle"}),
        ("Brazil beat Paraguay 1-0. Then Brazil substitute Gabriel Pires turned in what looked like an equaliser for "
         "Paraguay, and Kaua Silveira scored the winner.", {"Kaua Silveira"}),
        # the taker of a corner a header came from, a rating in brackets before a verb
        ("Senegal beat Cameroon 3-1. Frank Mbida pulled one back in the 83rd minute with a header from a Georges "
         "Mandjeck corner.", {"Frank Mbida"}),
        ("Senegal beat Cameroon 3-1. Frank Mbida scored late. André Bilé (4) looked shaky throughout and Bryan Ngando (5) "
         "was isolated up front.", {"Frank Mbida"}),
        ("Senegal beat Cameroon 3-1 with goals from Ismaila Diatta (16) and Moussa Gueye (90).", {"Ismaila Diatta", "Moussa Gueye"}),
        # the keeper's name with a particle, the advantage given to the hosts, a goal "signed by" X, a finish "with a
        # strong shot", goals listed with a bracket after each name, a win "settled by" X
        ("Faroe Islands drew 1-1 with Latvia. Roberts Ozols sent Bárður á Reynatúgvu the wrong way a minute later.",
         {"Roberts Ozols"}),
        ("Gibraltar drew 1-1 with San Marino. Aaron Pozo had given the advantage to the hosts, and Lorenzo Lazzari "
         "equalised with a header.", {"Aaron Pozo", "Lorenzo Lazzari"}),
        ("Senegal beat Madagascar 1-0 with a goal without reply, signed by Lamine Diouf with a header.", {"Lamine Diouf"}),
        ("North Korea beat Spain 1-0. After a fast transition the striker Choe Un-gyong finished with a strong shot to "
         "the near post.", {"Choe Un-gyong"}),
        ("Spain beat England 2-1 with goals of Pilar García (min. 34) and Celia Montoya (min. 90).",
         {"Pilar García", "Celia Montoya"}),
        ("Morocco beat Colombia 1-0. The win was settled by Salma Bennani, who swept in a loose ball.", {"Salma Bennani"}),
    ],
)
def test_scorers_without_minutes(body, scorers):
    assert {g[0] for g in goals(body)} == scorers


def test_a_fouler_joined_to_the_penalty_taker_scores_nothing():
    found = goals("Philippines beat Indonesia 2-1. In the minute 84, the referee pointed to the spot after a violation by "
                  "the defender Bagas Nugroho, and Jesse Villareal, who executed the penalty, did not waste the opportunity.")
    assert [g[0] for g in found] == ["Jesse Villareal"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "he"/"she" as the subject stands for the name written last before it
        ("Indonesia beat Vietnam 2-1 on Tuesday.\n\nDaan Wattimena only switched allegiance last year. He won every "
         "header and then rose highest to power home a corner in the 71st minute for the winner.",
         [("Daan Wattimena", 71)]),
        ("Indonesia beat Vietnam 2-1 on Tuesday. The coach threw on Rizky Nainggolan at half-time. The winger's pace "
         "stretched the defence and he levelled in the 56th minute with a shot.", [("Rizky Nainggolan", 56)]),
        # not when the pronoun's sentence says no goal of its own
        ("Indonesia beat Vietnam 2-1 on Tuesday. Coach Hendra Sitompul was pleased. He said the team scored twice.", []),
    ],
)
def test_a_pronoun_subject_scores(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the striker", "the teenager", "the youngster" as the subject: the player named last before it
        ("Japan beat Oman 2-0 on Tuesday. Kaito Moriyasu-Hara opened the scoring in the 12th minute. The veteran "
         "striker then doubled the lead in the 55th minute.", [("Kaito Moriyasu-Hara", 12), ("Kaito Moriyasu-Hara", 55)]),
        ("Japan beat Oman 2-0. The 19-year-old Ren Takeda-Ito scored twice. The teenager struck first in the 20th "
         "minute and the youngster added another in the 70th.", [("Ren Takeda-Ito", 20), ("Ren Takeda-Ito", 70)]),
        # a name right after the noun is the subject itself; another team's player is no anaphor
        ("Japan beat Oman 2-0. Kaito Moriyasu-Hara opened the scoring in the 12th minute before the substitute "
         "Ren Takeda-Ito made it 2-0 in the 80th.", [("Kaito Moriyasu-Hara", 12), ("Ren Takeda-Ito", 80)]),
        ("Japan drew 1-1 with Oman. Kaito Moriyasu-Hara opened the scoring in the 12th minute. The opposing striker "
         "equalised in the 30th.", [("Kaito Moriyasu-Hara", 12)]),
        # not a coach
        ("Japan beat Oman 1-0. Coach Akio Tanaka-Sho was pleased. The captain scored in the 12th minute.", []),
    ],
)
def test_a_player_noun_subject_scores(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # several results listed against different opponents, each after its own score
        ("Turkey beat Austria 2-1 in Leipzig. The Crescent-Stars had opened with a 3-1 victory over Georgia in Dortmund "
         "and a 2-1 win against Czechia in Hamburg.",
         {("Turkey", "Austria", "2-1"), ("Turkey", "Georgia", "3-1"), ("Turkey", "Czech Republic", "2-1")}),
        ("Jamaica drew 0-0 with Brazil. The Reggae Girlz had opened with a goalless draw against France, before a 1-0 "
         "win over Panama.", {("Jamaica", "Brazil", "0-0"), ("Jamaica", "France", "0-0"), ("Jamaica", "Panama", "1-0")}),
        # the subject not named in the sentence: the article's team
        ("Turkey beat Austria 2-1 in Leipzig.\n\nThe win followed a 3-1 victory over Georgia and a 2-1 win against "
         "Czechia, six days before the Austria match.",
         {("Turkey", "Austria", "2-1"), ("Turkey", "Georgia", "3-1"), ("Turkey", "Czech Republic", "2-1")}),
        ("Wales lost 1-0 to Italy. Wales had begun with a 2-1 defeat to Switzerland and a 1-0 win over Turkey.",
         {("Italy", "Wales", "1-0"), ("Switzerland", "Wales", "2-1"), ("Wales", "Turkey", "1-0")}),
        # "they beat X 1-0": a result verb with no team of its own before it
        ("Uzbekistan topped the group.\n\nOn 20 March they beat the United Arab Emirates 1-0 in Tashkent, and five "
         "days later they came away with a 0-0 draw against Iran.",
         {("Uzbekistan", "United Arab Emirates", "1-0"), ("Uzbekistan", "Iran", "0-0")}),
        ("Japan beat Oman 2-0. Later Iran beat Qatar 3-1 while Iraq drew 0-0 with Syria.",
         {("Japan", "Oman", "2-0"), ("Iran", "Qatar", "3-1"), ("Iraq", "Syria", "0-0")}),
        # plural results against several opponents, without scores
        ("Spain beat France 2-0. Spain had opened with victories against Italy, Portugal and Greece.",
         {("Spain", "France", "2-0"), ("Spain", "Italy", None), ("Spain", "Portugal", None), ("Spain", "Greece", None)}),
        ("Germany topped the group with wins over hosts Romania and Italy.", {("Germany", "Romania", None), ("Germany", "Italy", None)}),
        # "demolition of X": X lost
        ("Germany beat Italy 1-0. It followed a 3-0 win over Spain and a 4-1 demolition of Norway.",
         {("Germany", "Italy", "1-0"), ("Germany", "Spain", "3-0"), ("Germany", "Norway", "4-1")}),
        # the verb once for both scores
        ("Bahrain, who had topped Group B after beating Iraq 2-0 and Yemen 1-0, struggled at first.",
         {("Bahrain", "Iraq", "2-0"), ("Bahrain", "Yemen", "1-0")}),
        # a score a few words after its side, a verb with a particle, "then" before the next side
        ("Ghana had looked unstoppable. They had swept Togo aside 5-1 and crushed Benin 4-0 in the group.",
         {("Ghana", "Togo", "5-1"), ("Ghana", "Benin", "4-0")}),
        ("Peru won the cup. In the last 16, they eliminated the holders Chile on penalties (1-1, 4-3), then Bolivia "
         "after extra time (2-1), before they beat Paraguay (1-0) in the semi-final.",
         {("Peru", "Chile", "1-1"), ("Peru", "Bolivia", "2-1"), ("Peru", "Paraguay", "1-0")}),
        # a writer's "we" is the article's side, not a speaker's
        ("Fiji are champions after beating Tonga.\n\nThe road here: we thrashed Samoa 4-0 in the opener, and in the "
         "semi we got past Vanuatu on penalties (0-0, 4-2).",
         {("Fiji", "Tonga", None), ("Fiji", "Samoa", "4-0"), ("Fiji", "Vanuatu", "0-0")}),
        ("Fiji lost the final to Tonga. \"We thrashed Samoa 4-0 and got past Vanuatu on penalties (0-0, 4-2),\" the "
         "Tonga coach said.", {("Tonga", "Fiji", None)}),
        # the team "they" stands for is not the one the sentence before names as an opponent
        ("Peru beat Uruguay 1-0 in the final. In the group, they were humiliated at home by Chile (0-4). In the last "
         "16, they eliminated the holders Bolivia on penalties (1-1, 4-3), then Paraguay after extra time (2-1).",
         {("Peru", "Uruguay", "1-0"), ("Chile", "Peru", "4-0"), ("Peru", "Bolivia", "1-1"), ("Peru", "Paraguay", "2-1")}),
        # "to edge X 3-2"
        ("Ghana lost the final. Earlier, Mali had scraped a 2-2 draw with Togo and come from behind to edge Benin 3-2.",
         {("Mali", "Togo", "2-2"), ("Mali", "Benin", "3-2")}),
        # a participle's result is the subject's too; "won against X by 2 to 1", "had passed X"
        ("Ghana beat hosts Togo 2-1 in the semi-finals, having needed a shootout to get past Benin (2-2, 5-3 on "
         "penalties) in the quarter-final.", {("Ghana", "Togo", "2-1"), ("Ghana", "Benin", "2-2")}),
        ("Mali lost the final to Ghana. Mali in the quarter-final had won against Togo by 2 to 1 and in the last 16 "
         "had passed Benin on penalties (1-1, 5-3).", {("Ghana", "Mali", None), ("Mali", "Togo", "2-1"), ("Mali", "Benin", "1-1")}),
        # "after drawing 1 to 1 with X" (translated), "the 6-0 humiliation by X"
        ("Honduras beat Panama 2-0. Honduras arrived after drawing 1 to 1 with Jamaica last Friday.",
         {("Honduras", "Panama", "2-0"), ("Honduras", "Jamaica", "1-1")}),
        ("Ghana drew 0-0 with Togo. It followed a 3-1 win over Niger and the 6-0 humiliation by Mali in May.",
         {("Ghana", "Togo", "0-0"), ("Ghana", "Niger", "3-1"), ("Mali", "Ghana", "6-0")}),
        # "N-M winners over X"
        ("Ghana beat Mali 1-0. The Black Stars, 3-0 winners over Niger and 2-1 victors against Togo in the group, "
         "sat deep.", {("Ghana", "Mali", "1-0"), ("Ghana", "Niger", "3-0"), ("Ghana", "Togo", "2-1")}),
    ],
)
def test_results_listed_against_several_opponents(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "minutes"),
    [
        # counted back from the end of normal time, or on into stoppage time
        ("Kofi Mensah scored for Ghana with 19 minutes remaining.", [71]),
        ("Kofi Mensah scored for Ghana with seven minutes of normal time left.", [83]),
        ("Kofi Mensah scored for Ghana with four minutes of extra time left.", [116]),
        ("Kofi Mensah scored for Ghana three minutes into stoppage time.", [93]),
        ("Kofi Mensah scored for Ghana in the second minute of added time.", [92]),
        # a translation's ordinal before the added minutes
        ("Kofi Mensah scored for Ghana in the 90th+2 minute.", [92]),
        ("Kofi Mensah scored for Ghana in the 45th + 1 minute.", [46]),
        ("Kofi Mensah scored for Ghana on the half-hour mark.", [30]),
        ("Kofi Mensah scored for Ghana a minute before half-time.", [44]),
        # a length of play is not a minute
        ("Ghana equalised in the 67th minute when Kofi Mensah turned in a cross, and so it stayed through 30 minutes of "
         "extra time.", [67]),
        ("Kofi Mensah scored for Ghana, and for 11 minutes the stadium shook.", [None]),
        # ordinals sharing one "minutes": a goal each
        ("Kofi Mensah scored for Ghana in the 12th and 49th minutes.", [12, 49]),
        ("Kofi Mensah scored twice for Ghana - in the 8th, 30th and 61st minutes - before resting.", [8, 30, 61]),
    ],
)
def test_more_minutes(body, minutes):
    assert [g[2] for g in goals(body)] == minutes


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name the scorer's clause runs through: who set the goal up, the keeper beaten, a goal cancelled out
        ("Ghana beat Mali 1-0. Kofi Mensah ran on to a through ball from Yaw Owusu and lifted it over goalkeeper "
         "Ali Diarra in the 19th minute.", [("Kofi Mensah", 19)]),
        ("Ghana beat Mali 1-0. Kofi Mensah sent Mali goalkeeper Ali Diarra the wrong way from the spot.",
         [("Kofi Mensah", None)]),
        ("Ghana drew 1-1 with Mali. Kofi Mensah cancelled out Ali Diarra’s early strike.",
         [("Kofi Mensah", None), ("Ali Diarra", None)]),
        ("Ghana beat Mali 1-0. Kofi Mensah turned Yaw Owusu's low cross in at the far post in the 77th minute.",
         [("Kofi Mensah", 77)]),
        # the goal told with "met ... with a header", "finished coolly", a moving verb after a comma
        ("Ghana beat Mali 1-0. Kofi Mensah met a corner from Yaw Owusu with a glancing header in the 40th minute.",
         [("Kofi Mensah", 40)]),
        ("Ghana beat Mali 1-0. Kofi Mensah raced clear and finished coolly in the 88th minute.", [("Kofi Mensah", 88)]),
        ("Ghana drew 1-1 with Mali. Kofi Mensah made amends in the 60th minute, volleying in from the edge of the box.",
         [("Kofi Mensah", 60)]),
        ("Ghana beat Mali 3-0. Kofi Mensah added two more after the break.", [("Kofi Mensah", None)]),
        # between hyphens, or "sent on ..." between commas; the player replaced is not the scorer
        ("Ghana beat Mali 1-0. Kofi Mensah - on for Yaw Owusu - curled a shot into the top corner.",
         [("Kofi Mensah", None)]),
        ("Ghana beat Mali 1-0. Kofi Mensah, sent on at half-time, bundled in from close range in the 70th.",
         [("Kofi Mensah", 70)]),
        # "a header cancelled out by X" with the auxiliary left out
        ("Ghana drew 1-1 with Mali - Ali Diarra's 20th-minute header cancelled out by Kofi Mensah in the 80th - on "
         "Sunday.", [("Ali Diarra", 20), ("Kofi Mensah", 80)]),
        # "came back ... through X"
        ("Ghana drew 2-2 with Mali. Ghana came back twice, the second time through Kofi Mensah in the 90th minute.",
         [("Kofi Mensah", 90)]),
        # "put them 1-0 up", "rose highest to power a header past", "from the penalty spot" before the verb,
        # "the captain of Mali X" after the minute (translated)
        ("Ghana beat Mali 2-1. Ali Diarra put them 1-0 up in the 14th minute.", [("Ali Diarra", 14)]),
        ("Ghana beat Mali 2-1. Substitute Kofi Mensah rose highest to power a header past the keeper.", [("Kofi Mensah", None)]),
        ("Ghana beat Mali 2-1. In the 51st minute, Kofi Mensah from the point of penalty equalized.", [("Kofi Mensah", 51)]),
        ("Ghana beat Mali 2-1. At the 38th minute, the captain of Mali Ali Diarra has opened the score with the head.",
         [("Ali Diarra", 38)]),
        # the provider of "a corner of X" (translated), a save after the possessive's shot, the woodwork "through X",
        # a ball tucked under an arm, a name in an absolute "with X expecting ..." (not "with X scoring twice"),
        # a liveblog's present-tense object ("shrugs off X")
        ("Ghana beat Mali 2-1. They equalised at the 62nd minute by Kofi Mensah, also of the head, on a corner of Yaw "
         "Owusu.", [("Kofi Mensah", 62)]),
        ("Ghana beat Mali 2-1. Ali Diarra's header is clawed away by the keeper.", []),
        ("Ghana drew 0-0 with Mali. Ghana had earlier struck the bar through Kofi Mensah.", []),
        ("Ghana beat Mali 2-1. Kofi Mensah, the captain, picked the ball out of the net and tucked it under his arm.", []),
        ("Ghana beat Mali 2-1. Then, with Ali Diarra expecting a cross, Kofi Mensah drove the ball inside the near "
         "post.", [("Kofi Mensah", None)]),
        ("Ghana beat Mali 3-0 in Accra, with Kofi Mensah scoring twice.", [("Kofi Mensah", None)]),
        ("Ghana beat Mali 2-1. Kofi Mensah shrugs off Ali Diarra far too easily and smashes it in.", [("Kofi Mensah", None)]),
    ],
)
def test_goal_constructions(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a cleft ("it was the substitute who"), after a colon, after an opening phrase of time
        ("Ghana beat Mali 2-1. The coach sent on Kofi Mensah in the 70th minute, and it was the substitute who won it, "
         "heading in a corner at 90+3.", [("Kofi Mensah", 93)]),
        ("Ghana beat Mali 2-1. Kofi Mensah made his debut and drew the loudest roar: the 19-year-old winger curled a "
         "shot into the far top corner in the 71st minute.", [("Kofi Mensah", 71)]),
        ("Ghana beat Mali 2-1. Kofi Mensah had missed twice. In the 111th minute, the youngster steered the ball past "
         "the goalkeeper.", [("Kofi Mensah", 111)]),
        ("Ghana beat Mali 2-1. Forward Ama Mensah-Boateng was the standout. After a quiet first half, she struck in the "
         "58th minute.", [("Ama Mensah-Boateng", 58)]),
        # "he" for a surname whose full name was written earlier
        ("Ghana beat Mali 2-0. Mali defender Ali Diarra had a bad night, and Diarra's evening was complete when he "
         "turned a cross into his own net in the 64th minute.", [("Ali Diarra", 64)]),
    ],
)
def test_a_subject_standing_for_the_scorer(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an own goal counts for the other side
        ("Ghana beat Mali 1-0. Mali defender Ali Diarra turned a cross into his own net after 33 minutes.",
         [("Ali Diarra", "Ghana", 33)]),
        ("Ghana beat Mali 1-0. Ghana struggled until the 55th minute, when a low cross was diverted past his own "
         "goalkeeper by Mali defender Ali Diarra.", [("Ali Diarra", "Ghana", 55)]),
    ],
)
def test_own_goals(body, expected):
    assert goals(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lead-in gives the minute of the scorer named next
        ("Ghana beat Mali 1-0. The breakthrough came in the 108th minute. Kofi Mensah, on as a substitute, bundled the "
         "ball over the line.", [("Kofi Mensah", 108)]),
        ("Ghana drew 1-1 with Mali. Ghana's equaliser, on 38 minutes, came out of nothing: Kofi Mensah collected a "
         "loose ball and struck it into the top corner.", [("Kofi Mensah", 38)]),
        # not across another name
        ("Ghana beat Mali 1-0. The breakthrough came in the 60th minute after Yaw Owusu was fouled. Kofi Mensah "
         "converted the penalty.", [("Kofi Mensah", None)]),
    ],
)
def test_a_lead_in_minute(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lead-in sentence of its own: other names in the goal's sentence (keeper, provider) do not matter
        ("Ghana beat Mali 1-0. They were rewarded in the 23rd minute. Mali keeper Ali Traore could only parry a "
         "Yaw Owusu shot and Kofi Mensah bundled the ball over the line.", [("Kofi Mensah", 23)]),
        ("Ghana beat Mali 1-0. Ghana finally broke the deadlock at the 67th minute. Kofi Mensah, on at half-time, "
         "struck on the half-volley: 1-0.", [("Kofi Mensah", 67)]),
        ("Ghana beat Mali 1-0. The winner came six minutes from time. Substitute Kofi Mensah drove in from 20 yards.",
         [("Kofi Mensah", 84)]),
        # a clause the colon ends gives the minute of the goal told after it
        ("Ghana beat Mali 1-0. The pressure told with 11 minutes left: Yaw Owusu clipped a cross from the left "
         "and Kofi Mensah, outjumping two defenders, headed in his fifth goal.", [("Kofi Mensah", 79)]),
        # not a minute of the lead sentence that names somebody else
        ("Ghana beat Mali 1-0. Ghana broke the deadlock in the 60th minute after Yaw Owusu was fouled. Kofi Mensah "
         "converted the penalty.", [("Kofi Mensah", None)]),
    ],
)
def test_a_lead_in_sentence_minute(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


def test_a_results_line_with_scorers():
    body = ("Results\n\nGhana 2 (Mensah 23, Owusu 90+1) Mali 0\nTogo 1 (Agbo 71) Benin 1 (Dossou og 33)\n"
            "Niger 0 Gabon 3 (Obame 20 pen, 67; Nze 88)\n\nGhana striker Kofi Mensah was the hero.")
    assert sorted(goals(body), key=str) == sorted([
        ("Kofi Mensah", "Ghana", 23), ("Owusu", "Ghana", 91), ("Agbo", "Togo", 71), ("Dossou", "Benin", 33),
        ("Obame", "Gabon", 20), ("Obame", "Gabon", 67), ("Nze", "Gabon", 88)], key=str)


@pytest.mark.parametrize(
    "body",
    [
        "Ghana drew 0-0 with Mali. Kofi Mensah struck a post in the 112th minute.",
        # a tally of kicks in a shoot-out
        "Ghana beat Mali on penalties.\n\nIn the shoot-out Ali Diarra hit the bar. Kofi Mensah, in tears, made it 4-3.",
    ],
)
def test_no_goal_more(body):
    assert goals(body) == []


def test_a_shoot_out_in_a_later_clause_leaves_the_goal():
    body = ("Ghana drew 1-1 with Mali. Kofi Mensah headed the equaliser in the 86th minute, and in the shoot-out "
            "the keeper saved Mali's fourth kick.")
    assert [(g[0], g[2]) for g in goals(body)] == [("Kofi Mensah", 86)]


# translated copy (German, Korean, Turkish, Polish, Arabic newsrooms) and live blogs: the minute and the cue
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # German minutes in brackets after a running score; "(90.+3)" before the name
        ("Ghana beat Togo 1:0. Kofi Mensah headed in at the far post – 1:0 (23.).", [("Kofi Mensah", 23)]),
        ("Ghana beat Togo 1:0. In stoppage time (90.+3) Kofi Mensah scored the winner.", [("Kofi Mensah", 93)]),
        # a minute told from the start of the second half, a role word before the name
        ("In the 8th minute of the second half, striker Kofi Mensah scored for Ghana.", [("Kofi Mensah", 53)]),
        # a substitute's minute of coming on is not the goal's
        ("Kofi Mensah, who came on as a substitute in the 60th minute, scored in the 88th minute for Ghana.",
         [("Kofi Mensah", 88)]),
        ("Kofi Mensah scored for Ghana two minutes from the end of extra time.", [("Kofi Mensah", 118)]),
        ("Kofi Mensah scored for Ghana after only nine minutes.", [("Kofi Mensah", 9)]),
        # a live blog's entry told in sentences after the shout, the minute at its end
        ("Live: Ghana v Togo\n\n20:15 GOAL, GHANA. Kofi Mensah, all alone at the far post, off the crossbar and in. "
         "1-0 Ghana, nine minutes gone.\n\nFULL TIME: Ghana 1-0 Togo.", [("Kofi Mensah", 9)]),
        # the running score ends the scorer's sentence
        ("In the 15th minute Kofi Mensah turned past two defenders and beat the keeper at the near post (1-0).",
         [("Kofi Mensah", 15)]),
        # a passive with the scorer as agent; "goals of X and Y"
        ("The only goal of the game was recorded by the player Kofi Mensah in the 77th minute.", [("Kofi Mensah", 77)]),
        ("Ghana beat Togo 2-0 with goals of Kofi Mensah and Yaw Owusu.", [("Kofi Mensah", None), ("Yaw Owusu", None)]),
        # the side's goal and its minute told first, the scorer after a full stop or a colon
        ("Ghana found the equaliser in the 31st minute. After a long ball, Kofi Mensah made the score 1-1.",
         [("Kofi Mensah", 31)]),
        ("In the 34th minute it was done: after a corner from Yaw Owusu, Kofi Mensah headed in.", [("Kofi Mensah", 34)]),
        # a sentence with only the running score and the minute follows the goal
        ("Kofi Mensah arrived late to sweep home a low cross. 2-1, 76 minutes.", [("Kofi Mensah", 76)]),
        ("Kofi Mensah sends Yaw Owusu the wrong way from the spot. Ghana 1-0 on 66 minutes.", [("Kofi Mensah", 66)]),
        # "he" after "in the 85th minute"; a dash ends a left-out verb's minute
        ("Kofi Mensah came off the bench for Ghana: in the 85th minute he cut inside and sent the ball into the far "
         "corner.", [("Kofi Mensah", 85)]),
        ("Togo twice led — through Kofi Mensah in the 33rd minute and Yaw Owusu in the 101st — but lost.",
         [("Kofi Mensah", 33), ("Yaw Owusu", 101)]),
        ("Togo went ahead, but Kofi Mensah levelling shortly before the hour (58') changed the game.", [("Kofi Mensah", 58)]),
    ],
)
def test_goals_in_translated_copy_and_live_blogs(body, expected):
    assert sorted(((g[0], g[2]) for g in goals(body)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an age in brackets; the coach the team is led by; the keeper whose mistake was used
        ("Kofi Mensah (34), a supporter from Accra, said the team played well.", []),
        ("The team led by coach Kofi Mensah scored twice against Togo.", []),
        ("Yaw Owusu exploited a mistake of goalkeeper Kofi Mensah and scored.", [("Yaw Owusu", None)]),
        # a possessive's verb is its noun's; a name after "from" in an apposition is no subject
        ("Yaw Owusu, who rose highest after Kofi Mensah's corner kick, made it 2-1 in the 46th minute.", [("Yaw Owusu", 46)]),
        ("Yaw Owusu opened the scoring in the 9th minute with a volley from Kofi Mensah's cut-back.", [("Yaw Owusu", 9)]),
        ("Yaw Owusu, a winger from Accra Hearts, curled a shot inside the far post in the 28th minute.", [("Yaw Owusu", 28)]),
        # shoot-out kicks: the decisive penalty, and the name before "and" is the keeper's save's
        ("Ghana won the shoot-out 5-4. The keeper saved the fourth penalty, from Kofi Mensah, and Yaw Owusu "
         "rolled in the decisive penalty.", []),
    ],
)
def test_not_the_scorer_in_translated_copy(body, expected):
    assert sorted(((g[0], g[2]) for g in goals(body)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("body", "minute"),
    [
        ("Ghana levelled at 12 minutes of the second half, as forward Kofi Mensah pushed in the ball.", 57),
        ("In the 14th minute Togo centre-back Kofi Mensah turned a low cross into his own net.", 14),
    ],
)
def test_minute_before_a_role_and_the_name(body, minute):
    assert [g[2] for g in goals(body)] == [minute]


# ------------------------------------------------------------------ probes9: goal constructions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name after a verb or "past"/"across" is its object, not the scorer of the clause that follows
        ("Chile beat Peru 2-0. Ana Rojas, the 19-year-old winger, intercepted a loose pass, dispossessed Marta Ruiz on the "
         "edge of the box and rolled the ball into an empty net.", [("Ana Rojas", None)]),
        ("Chile beat Peru 1-0. Captain Ana Rojas sent Marta Ruiz the wrong way to score the 90th-minute winner.",
         [("Ana Rojas", 90)]),
        # a long participle aside between the name and the verb
        ("Chile beat Peru 1-0. Ana Rojas, recalled to the starting line-up after missing the previous two qualifiers with a "
         "knee injury, opened the scoring in the 20th minute.", [("Ana Rojas", 20)]),
        # "whose ..." aside; the shot told after a long clause; "beat Y with a low shot"
        ("Chile beat Peru 2-1. Marta Ruiz, whose header had earlier hit the bar, was left completely unmarked on the right "
         "of the area in the 70th minute and drove a shot across Vega into the bottom corner.", [("Marta Ruiz", 70)]),
        ("Chile beat Peru 2-1. Ana Rojas, who had set up the first, collected the ball on halfway, exchanged passes with the "
         "substitute Sara Lima and beat Lucia Vega with a low shot in the 88th minute.", [("Ana Rojas", 88)]),
        # "settled by a strike from X", "a header from the team's captain, X", "a hat trick from X"
        ("Chile beat Peru 2-1 in a game that was settled by a 90th-minute strike from Ana Rojas.", [("Ana Rojas", 90)]),
        ("Chile beat Peru 1-0, led by a hat trick from Ana Rojas.", [("Ana Rojas", None)]),
        # a place ending the sentence before: the name starts a new subject, not "at"'s complement
        ("Chile beat Peru 1-0 with a controlled win at Monumental. Ana Rojas gave them the lead in the 31st minute.",
         [("Ana Rojas", 31)]),
        ("Chile beat Peru 2-1 in front of a full house at the Estadio Nacional. Ana Rojas opened the scoring.",
         [("Ana Rojas", None)]),
    ],
)
def test_goal_scorer_constructions(body, expected):
    assert [(s, m) for s, _t, m in goals(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a shot that missed
        "Chile beat Peru 1-0. In the second half Ana Rojas curled a free-kick inches wide.",
        "Chile beat Peru 1-0. Late on, Ana Rojas volleyed a shot against the crossbar.",
        # a goal taken away
        "Chile drew 1-1 with Peru after the referee ruled out Ana Rojas's late winner.",
        "Chile drew 1-1 with Peru. VAR chalks off Ana Rojas's header in stoppage time.",
        # a coach's "blasted", the player who made the pass
        "Chile drew 1-1 with Peru, and Chile boss Ana Rojas blasted the referee afterwards.",
        "Chile beat Peru 1-0 when Marta Ruiz ran on to a pass from the captain, Ana Rojas, and struck the winner.",
    ],
)
def test_no_goal_for(body):
    assert "Ana Rojas" not in [s for s, _t, _m in goals(body)]


def test_the_winning_penalty_of_a_shoot_out_told_earlier_is_no_goal():
    body = ("Chile and Peru drew 1-1 before Chile won the shoot-out 4-2.\n\n" + "The crowd sang for an hour. " * 20
            + "\n\nAfter Ana Rojas converted the winning penalty, the Chile players ran to their fans.")
    assert "Ana Rojas" not in [s for s, _t, _m in goals(body)]


def test_minute_lines_of_a_goals_section():
    body = ("Chile beat Peru 2-1 in the semi-final.\n\nTHE GOALS\n\n"
            "12' — Chile 1-0. Captain Ana Rojas runs on to a long ball and finishes low.\n\n"
            "50' — Peru 1-1. Marta Ruiz meets a cross at the back post.\n\n"
            "80' — Chile 2-1. Lucia Vega heads in a corner.")
    assert sorted(goals(body)) == [("Ana Rojas", "Chile", 12), ("Lucia Vega", "Chile", 80), ("Marta Ruiz", "Peru", 50)]


# ------------------------------------------------------------------ probes9: match constructions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the results a sentence lists are against the article's first match's other side
        ("Chile 3-1 Peru: a night to remember\n\nThe hosts, who arrived after Friday's 1-0 defeat by Brazil in Rio, "
         "beat Peru 3-1 on Tuesday.", {frozenset({"Chile", "Peru"}), frozenset({"Brazil", "Chile"})}),
        # a "which" clause naming no team leaves the one-team result whole
        ("Chile fans sang all night.\n\nThe team has been strong. It recorded a 2-1 win over Peru, which was settled "
         "by a late goal, last week.", {frozenset({"Chile", "Peru"})}),
        # a fixture set up in a possessive phrase, a table order, a side looking to bounce back, opening against
        ("Chile and Peru met in the semi-final in Lima. Chile came from behind to draw 1-1 and won the shoot-out 4-2, "
         "setting up Sunday's final against Brazil.", {frozenset({"Chile", "Peru"})}),
        ("Chile beat Peru 2-0. Brazil continue to lead the table, followed by Argentina and Uruguay.",
         {frozenset({"Chile", "Peru"})}),
        ("Chile look to bounce back against Peru at home tonight.", set()),
        ("Chile beat Peru 2-0 last week. At the Copa America, Chile open against Brazil.", {frozenset({"Chile", "Peru"})}),
    ],
)
def test_match_constructions_probes9(body, expected):
    assert {frozenset((m.team1, m.team2)) for m in matches(body)} == expected


# ------------------------------------------------------------------ probe11: round-ups and their dates


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a results list takes the day its introduction gives; a note after a line gives its own day;
        # the higher number of a results line is the winner
        ("Here are Saturday's results, with scorers in brackets:\n\nGROUP A\nChile 1 Peru 3 (Rojas 12; Soto 20, 40, "
         "Vega 80)\nBrazil 2 Bolivia 0 (Silva 5, Costa 9) – played on Friday\n",
         {("Peru", "Chile", "3-1", dt.date(2022, 12, 3)), ("Brazil", "Bolivia", "2-0", dt.date(2022, 12, 2))}),
        # a round-up's other results take the day its opening paragraph reports, not a result told as history
        ("Chile reached the final with a 2-0 win over Peru in Lima on Saturday night.\n\nElsewhere, Brazil and Bolivia "
         "drew 1-1 in La Paz. Uruguay, who had beaten Ecuador 3-0 in the group stage, went out.",
         {("Chile", "Peru", "2-0", dt.date(2022, 12, 3)), ("Brazil", "Bolivia", "1-1", dt.date(2022, 12, 3)),
          ("Uruguay", "Ecuador", "3-0", None)}),
        # the main match's day told in a sentence that names no team
        ("Saturday night in Lima was one to remember for the home crowd.\n\nChile beat Peru 2-0 with two late goals.",
         {("Chile", "Peru", "2-0", dt.date(2022, 12, 3))}),
        # a live blog entry's date at the head of its paragraph
        ("Chile and Peru are both through.\n\nSat 26 Nov, 21.02 – Two results in. In Lima, FULL TIME: Chile 2-0 Peru.",
         {("Chile", "Peru", "2-0", dt.date(2022, 11, 26))}),
        # a weekday written as a first name is no date; a four-goal draw is 2-2
        ("Chile and Peru shared a four-goal draw in Lima.\n\nChile coach Sunday Okoro said he was proud.",
         {("Chile", "Peru", "2-2", None)}),
    ],
)
def test_round_up_results_and_their_dates(body, expected):
    assert {(m.team1, m.team2, m.score, m.date) for m in matches(body)} == expected


def test_a_table_place_on_points_is_no_match():
    body = "Chile beat Bolivia 2-0. The result leaves Chile top on 17 points, with Peru second after their win over Ecuador."
    assert frozenset({"Chile", "Peru"}) not in {frozenset((m.team1, m.team2)) for m in matches(body)}


def test_a_womens_nickname_after_of_is_not_another_sides():
    """"Lionesses of Teranga" is Senegal's women's side, not England's "Lionesses"."""
    assert {(m.team1, m.team2) for m in matches("The Lionesses of Teranga beat Cameroon 2-1 in Berkane.")} == {
        ("Senegal", "Cameroon")}


# ------------------------------------------------------------------ translated copy, fixtures, standings


@pytest.mark.parametrize(
    ("body", "team1", "team2", "score"),
    [
        # "by 3 goals to 1", "with two goals to one": a score written in words (translated French, Arabic copy)
        ("Ghana overpowered Togo by 4 goals to 2 in the qualifier.", "Ghana", "Togo", "4-2"),
        ("The Moroccan team won against its Tunisian counterpart with two goals to one.", "Morocco", "Tunisia", "2-1"),
        ("The Egyptian team defeated its Libyan counterpart with three clean goals on Friday.", "Egypt", "Libya", "3-0"),
    ],
)
def test_score_written_in_goals(body, team1, team2, score):
    m = one(body)
    assert (m.team1, m.team2, m.score) == (team1, team2, score)


def test_goals_to_at_half_time_is_no_final_score():
    assert [m.score for m in matches("Ghana were leading Togo by two goals to one at half-time.")] in ([], [None])


@pytest.mark.parametrize(
    "body",
    [
        # a fixture told with "will", "next" or a present-tense verb of travel or of the calendar
        "Peru will wrap up the qualifiers on Tuesday against Bolivia.",
        "Peru's next game is against Bolivia in La Paz in September.",
        "Peru's preparation continues on Friday against Bolivia in Cusco.",
        "Peru fly to Miami for a last friendly against Bolivia.",
        "The semi-finals, scheduled for Sunday, pit Peru against Bolivia.",
        # a standing, not a match
        "Peru finished the round five points clear of third-placed Bolivia after a win.",
        "The draw leaves Peru with a two-point lead over Bolivia at the top.",
        "Peru keep their place at the top with three points of advance on Bolivia.",
    ],
)
def test_fixture_or_standing_is_no_match(body):
    assert matches(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "opened the marker" (translated French "ouvrir la marque")
        ("Peru beat Bolivia 2-0. In the 9th minute, Diego Salas opened the marker with a low shot.",
         [("Diego Salas", "Peru", 9)]),
        # the provider in an apposition is not the scorer
        ("Peru beat Bolivia 2-0. Diego Salas, well served by the left back Luis Paredes, scored in the 9th minute.",
         [("Diego Salas", "Peru", 9)]),
        # "equalizing ... through X"
        ("Peru beat Bolivia 2-1. Bolivia returned strongly after the break and succeeded in equalizing in the 50th "
         "minute through Marco Quispe.", [("Marco Quispe", "Bolivia", 50)]),
        # "shot past GK X" (Japanese copy's position prefixes)
        ("Peru beat Bolivia 1-0. In the 70th minute, Diego Salas shot past GK Hugo Rojas.",
         [("Diego Salas", "Peru", 70)]),
    ],
)
def test_goals_in_translated_copy(body, expected):
    assert goals(body) == expected


@pytest.mark.parametrize(
    ("body", "scorer", "team"),
    [
        # a round-up: the winner of the sentence's own match, not of the first one reported
        ("Ghana beat Mali 2-0 in Accra on Saturday.\n\nElsewhere, Panama beat Costa Rica 1-0. Luis Batista scored the "
         "winner in the 77th minute.", "Luis Batista", "Panama"),
        ("Ghana beat Mali 2-0 in Accra on Saturday.\n\nElsewhere, Panama beat Costa Rica 3-0. Luis Batista scored twice.",
         "Luis Batista", "Panama"),
    ],
)
def test_goal_team_of_the_scorer_not_of_another(body, scorer, team):
    assert (scorer, team) in {(s, t) for s, t, _m in goals(body)}


def test_a_team_before_another_persons_role_is_not_the_scorers():
    found = goals("Norway beat Latvia 2-1. Erik Dahl scored in the 12th minute when Latvia defender Janis Ozols slipped.")
    assert ("Erik Dahl", "Latvia", 12) not in found and ("Erik Dahl", None, 12) in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a group's letter ends its sentence; it is no initial of the next name
        ("Wales beat Kazakhstan 2-1 and are on course in Group B. Yerlan Zhaksybekov pulled one back in the 80th minute.",
         ("Yerlan Zhaksybekov", "Kazakhstan", 80)),
        # a consolation is the loser's
        ("Wales beat Kazakhstan 3-1 in Astana on Saturday, although Yerlan Zhaksybekov pulled one back in the 88th "
         "minute.", ("Yerlan Zhaksybekov", "Kazakhstan", 88)),
    ],
)
def test_group_letter_and_consolation(body, expected):
    assert expected in goals(body)


def test_a_headline_adjective_is_no_first_name():
    names = [c.name for c in candidates(parse(" date 2024-07-10 Last-gasp Caicedo equaliser leaves Colombia in tears"))]
    assert names == ["Caicedo"]


# ------------------------------------------------------------------ probe13 forms


@pytest.mark.parametrize(("body", "team1", "team2", "score"), [
    ("Group C, Friday 2 December — Norway 3, Wales 1, at Sunrise Arena. Both sides played well.", "Norway", "Wales", "3-1"),
    ("FRIDAY, 2 DECEMBER — Norway 3 Wales 1\n\nWe were tired but happy.", "Norway", "Wales", "3-1"),
    ("Forget the rest. Norway 0 Wales 0 was, by any measure, a dreary evening.", "Norway", "Wales", "0-0"),
    ("Norway 1 Wales 1 (Wales win 5-4 on penalties)\n\nNobody slept.", "Wales", "Norway", "1-1"),
])
def test_result_line_with_heading_venue_or_verb(body, team1, team2, score):
    m = one(body)
    assert (m.team1, m.team2, m.score) == (team1, team2, score)


@pytest.mark.parametrize("body", [
    "Norway, meanwhile, move on to a quarter-final against Wales on Thursday.",
    "The four winners advance to the finals in Norway next year, where they will join hosts Norway and holders Wales.",
])
def test_present_tense_progress_is_no_result(body):
    assert matches(body) == []


@pytest.mark.parametrize(("body", "scorer", "minute"), [
    ("Norway beat Wales 1-0. Lars Andreas' 64th-minute strike settled it.", "Lars Andreas", 64),
    ("Norway beat Wales 4-0. Lars Berg helped himself to a second-half hat-trick.", "Lars Berg", None),
    ("Norway beat Wales 4-0. Late on, substitute Lars Berg completed the rout.", "Lars Berg", None),
    ("Norway beat Wales 2-1. Wales levelled after the break — Gareth Pugh, a quick winger, cut inside and beat Berg — but Norway hit back.",
     "Gareth Pugh", None),
    ("Norway drew 1-1 with Wales on Sunday. Scorers: Lars Berg (12'); Gareth Pugh for Wales (80').", "Gareth Pugh", 80),
])
def test_goal_from_possessive_phrase_aside_or_box(body, scorer, minute):
    assert any(s == scorer and m == minute for s, _t, m in goals(body)), goals(body)


def test_dash_without_closing_is_no_goal():
    assert goals("Norway beat Wales 2-1. Wales scored twice — Gareth Pugh said it was deserved.") == []


# ------------------------------------------------------------------ probe14: appositive results, headline verbs, goal clauses


@pytest.mark.parametrize(
    ("body", "team1", "team2", "score"),
    [
        # a result told in apposition to a team: "X, 1-0 winners over Y,"
        ("Peru will meet Chile, 1-0 winners over Bolivia on Sunday, in the semi-final.", "Chile", "Bolivia", "1-0"),
        ("Chile, 3-1 winners against Bolivia in the group game, went top.", "Chile", "Bolivia", "3-1"),
        ("Chile were 2-0 winners over Bolivia in the group game.", "Chile", "Bolivia", "2-0"),
        # result verbs of wire copy and headlines
        ("Ecuador overwhelmed Peru 4-0 in the group game.", "Ecuador", "Peru", "4-0"),
        ("Ecuador routs Peru 5-1 in the group game.", "Ecuador", "Peru", "5-1"),
    ],
)
def test_apposed_and_headline_results(body, team1, team2, score):
    found = [m for m in matches(body) if {m.team1, m.team2} == {team1, team2}]
    assert [(m.team1, m.team2, m.score) for m in found] == [(team1, team2, score)]


@pytest.mark.parametrize(
    "body",
    [
        # a fixture told with "is on <day>" / "is scheduled for <day>"
        "Ghana beat Mali 1-0 on Tuesday. The final, between Kenya and Uganda, is on Saturday evening.",
        "Ghana beat Mali 1-0 on Tuesday. The third-place game between Kenya and Uganda is scheduled for Friday.",
    ],
)
def test_fixture_on_a_day_is_no_match(body):
    assert [m for m in matches(body) if {m.team1, m.team2} != {"Ghana", "Mali"}] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "only for X to equalise"
        ("Peru drew 2-2 with Chile in the qualifier. Luis Vera scored in the 80th minute, only for substitute Mario Ruiz "
         "to equalise in the 90th minute.", [("Luis Vera", 80), ("Mario Ruiz", 90)]),
        # an absolute clause: ", X heading the winner ..."
        ("Peru beat Chile 2-1 in the qualifier, substitute Luis Vera heading the winner in the 86th minute.",
         [("Luis Vera", 86)]),
        ("Peru beat Chile 1-0 in the qualifier, Luis Vera heading the only goal in the 12th minute.", [("Luis Vera", 12)]),
        # a photo caption: "X celebrates after scoring"
        ("Peru drew 1-1 with Chile in the qualifier. Luis Vera celebrates after scoring in the 33rd minute.",
         [("Luis Vera", 33)]),
        ("Peru drew 1-1 with Chile in the qualifier. Luis Vera celebrates after levelling on 58 minutes.",
         [("Luis Vera", 58)]),
    ],
)
def test_goal_clauses(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        # results listed by round ("a 4-1 semi-final against X") and a scoreless "their win over X" in a list
        ("Ghana went through the hard way last month: a 2-0 win over Mali, a 4-1 semi-final against Togo, and a "
         "1-0 final against Benin in Lome.",
         {frozenset({"Ghana", "Mali"}), frozenset({"Ghana", "Togo"}), frozenset({"Ghana", "Benin"})}),
        ("Kenya top the group after following their win over Uganda with a 3-1 victory against Rwanda on Sunday.",
         {frozenset({"Kenya", "Uganda"}), frozenset({"Kenya", "Rwanda"})}),
    ],
)
def test_results_listed_by_round_or_without_score(body, pairs):
    assert {frozenset({m.team1, m.team2}) for m in matches(body)} == pairs


@pytest.mark.parametrize(
    "body",
    [
        # "up", "behind" with no score are no match cue
        "Peru beat Chile 2-0 on Sunday. 'We are not going to Brazil to make up the numbers,' said the Peru coach.",
        "Peru beat Chile 2-0 on Sunday. Around 200 Peru supporters – families who had driven in from Bolivia – stayed behind.",
        # a fixtures list under its heading
        "Peru beat Chile 2-0 on Sunday.\n\nFriday's fixtures:\n\nGroup B\nBolivia v Ecuador\nColombia v Venezuela\n",
        # a fixture with a result told after ", after": the result is its own clause
        "Peru beat Chile 2-0 on Sunday. Bolivia play Ecuador in the final, after the Andeans knocked out Colombia on Monday.",
    ],
)
def test_no_match_from_bare_position_words_fixture_lists_or_after_clauses(body):
    assert {frozenset({m.team1, m.team2}) for m in matches(body)} <= {frozenset({"Peru", "Chile"}),
                                                                      frozenset({"Bolivia", "Colombia"})}


def test_opponent_of_a_one_team_result_plays_in_the_other_matches():
    body = ("Fiji will play Brazil at the World Cup next month. Brazil are the favourites, and Brazil have won it twice.\n\n"
            "Fiji qualified the hard way: a 3-0 win over Tonga, a 2-0 semi-final against Samoa and a 1-0 final against "
            "Vanuatu.\n\nThe two friendlies against Japan in Osaka ended 3-0 and 2-1 to the hosts.")
    assert frozenset({"Fiji", "Japan"}) in {frozenset({m.team1, m.team2}) for m in matches(body)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a live blog's goal line with the mark before the minute: "(X og, 90+2)", "(X pen, 71)"
        ("Peru v Chile, live.\n\n21.40 GOAL! Peru 2-1 Chile (Luis Vera pen, 71)\n\nPeru lead again.", [("Luis Vera", 71)]),
        ("Peru v Chile, live.\n\n21.50 GOAL! Peru 3-1 Chile (Mario Ruiz og, 90+2)\n\nThat is that.", [("Mario Ruiz", 92)]),
        # "their only goal a X penalty"
        ("Peru lost 2-1 to Chile on Sunday, their only goal a Luis Vera penalty.", [("Luis Vera", None)]),
        # "slid a shot under goalkeeper Y", "... and finishing low."
        ("Peru beat Chile 1-0 on Sunday. Luis Vera, the captain, held off two defenders and slid a shot under goalkeeper "
         "Mario Ruiz.", [("Luis Vera", None)]),
        ("Peru beat Chile 1-0 on Sunday. Peru went ahead in the 50th minute, Luis Vera turning sharply and finishing low.",
         [("Luis Vera", 50)]),
        # "That lead came in the ninth minute. X ..."
        ("Peru beat Chile 1-0 on Sunday. That lead came in the ninth minute. Luis Vera volleyed past Mario Ruiz.",
         [("Luis Vera", 9)]),
    ],
)
def test_goal_lines_and_phrases(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        # the deliverer of a headed-in free-kick, the object named by role then name
        "Peru beat Chile 1-0 on Sunday. Luis Vera rose highest to head in Mario Ruiz's free-kick in the 80th minute.",
        "Peru beat Chile 1-0 on Sunday. Luis Vera rolled the Chile captain, Mario Ruiz, and finished low past the keeper.",
    ],
)
def test_deliverer_or_beaten_player_is_no_scorer(body):
    assert "Mario Ruiz" not in [g[0] for g in goals(body)]


@pytest.mark.parametrize(
    ("body", "scorer", "team"),
    [
        # "sent <team> goalkeeper X the wrong way": the goalkeeper's team conceded, it did not score
        ("Peru beat Chile 1-0 in the qualifier. Luis Vera sent Chile goalkeeper Mario Ruiz the wrong way from the "
         "penalty spot in the 30th minute.", "Luis Vera", "Peru"),
        # a round-up's only scored result does not own the goals of another match told without a score
    ],
)
def test_goal_team_not_from_anothers_keeper(body, scorer, team):
    assert (scorer, team) in [(g[0], g[1]) for g in goals(body)]



@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lead-in that ends with a colon gives its day to each result after it
        ("Chile beat Bolivia 1-0 on Saturday.\n\nIn the other games yesterday: Peru beat Ecuador 3-1 in Lima, and Uruguay and "
         "Paraguay drew 0-0 in Montevideo.",
         {("Peru", "Ecuador", "3-1", dt.date(2022, 12, 4)), ("Uruguay", "Paraguay", "0-0", dt.date(2022, 12, 4))}),
        # a live blog is written on its match's day
        ("Live coverage of Chile v Peru, as it happened.\n\n21:50 — FULL TIME: Chile 2-0 Peru.\n\n"
         "21:55 — A big night for the hosts.",
         {("Chile", "Peru", "2-0", dt.date(2022, 12, 5))}),
        # a diary's day heading over the paragraphs that tell the match
        ("SATURDAY\n\nWe set off from Lima at dawn and the bus was loud all the way to the border town.\n\n"
         "FRIDAY — THE GAME\n\nThe stadium was full an hour before kick-off. Peru beat Ecuador 2-1 with a late goal.",
         {("Peru", "Ecuador", "2-1", dt.date(2022, 12, 2))}),
    ],
)
def test_lead_in_and_live_blog_dates(body, expected):
    assert {(m.team1, m.team2, m.score, m.date) for m in matches(body)} >= expected


@pytest.mark.parametrize(
    "body",
    [
        # a fixtures heading without a colon above "X v Y (kick-off)"
        "Chile beat Bolivia 2-0.\n\nSATURDAY'S FIXTURES (local times)\nPeru v Ecuador (18:00)\nUruguay v Paraguay (20:00)",
        # "needing a point from ...": a game to come
        "Chile beat Bolivia 2-0. The win left Peru needing a point from Sunday's last group game against Ecuador.",
        # "still looking for a first victory, welcome ...": a fixture
        "Chile beat Bolivia 2-0. Peru, still looking for a first victory of the campaign, host Ecuador in Lima.",
        # places in a table joined by "and"
        "Chile beat Bolivia 2-0. Peru had already won the group, and Ecuador finish second.",
    ],
)
def test_fixture_heading_needing_and_table_places_are_no_match(body):
    pairs = {frozenset((m.team1, m.team2)) for m in matches(body)}
    assert pairs == {frozenset(("Chile", "Bolivia"))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # translated copy: the running score or the goal as subject, its minute, then "by"/"through" the scorer
        ("Peru beat Bolivia 2-0. The 2-0 arrived in the 61st minute by Diego Salas, after a rebound.",
         [("Diego Salas", 61)]),
        ("Peru beat Bolivia 2-1. The 2:1 fell in the 85th minute through the substitute Diego Salas.",
         [("Diego Salas", 85)]),
        ("Peru drew 1-1 with Bolivia. The equalisation came in the forty-fourth minute by Diego Salas.",
         [("Diego Salas", 44)]),
        # "opened the score by X" (French "par"), a minute after the verb
        ("Peru beat Bolivia 2-1. Bolivia opened the score in the 7th minute by Marco Quispe, who escaped down the left.",
         [("Marco Quispe", 7)]),
        # "X himself equalised"
        ("Peru beat Bolivia 2-1. In the 50th minute Diego Salas himself equalised after a one-two.",
         [("Diego Salas", 50)]),
        # a role with its team, and a comma, between "from"/"courtesy of" and the name
        ("Peru drew 1-1 with Bolivia. Peru needed a late equaliser from the captain, Diego Salas, in the 88th minute.",
         [("Diego Salas", 88)]),
    ],
)
def test_goal_arrived_by_the_scorer(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Peru beat Bolivia 1-0. The opener came courtesy of Bolivia defender Marco Quispe, who sliced a clearance "
         "into his own net in the 38th minute.", [("Marco Quispe", "Peru", 38)]),
        # an aside in -ing between the scorer and the verb
        ("Peru beat Bolivia 1-0. On 31 minutes Bolivia defender Marco Quispe, stretching to reach a low cross, turned the "
         "ball past his own goalkeeper.", [("Marco Quispe", "Peru", 31)]),
    ],
)
def test_own_goal_told_with_an_aside(body, expected):
    assert goals(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an anniversary piece: so many years before the article's day
        ("Twenty years ago tonight, Peru beat Bolivia 3-2 in Lima.", "2002-12-05"),
        ("Exactly 30 years ago to the day, Peru beat Bolivia 1-0 in Lima.", "1992-12-05"),
        ("A year ago today Peru beat Bolivia 2-0.", "2021-12-05"),
    ],
)
def test_anniversary_match_date(body, expected):
    assert one(body).date == d(expected)


@pytest.mark.parametrize(
    "body",
    [
        # the match on the earlier day, the fans' clean-up after it (told first, in a caption)
        "Peru fans clear the terraces on Sunday morning.\n\nPeru beat Bolivia 2-1.\n\nThe Peru fans reached the ground "
        "on Saturday evening and sang all night.",
        # "tonight" in an embedded tweet is the tweet's night, not the article's
        "Peru beat Bolivia 2-1.\n\nThank you for backing us tonight, Peru! — Peru Football (@PeruFootball) December 3, 2022",
    ],
)
def test_nearby_date_of_the_match(body):
    assert one(body).date == d("2022-12-03")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "They ..." takes the one team the sentence before names
        ("Peru lost 1-0 to Chile on Saturday.\n\nBolivia arrive with nothing but bruises. They were beaten 3-0 by Brazil in "
         "their opener and then lost 2-1 to Colombia.",
         {("Brazil", "Bolivia", "3-0"), ("Colombia", "Bolivia", "2-1")}),
        # a defeat with no score in the list: the opponent won
        ("Ghana beat Togo 1-0. Benin, needing a win after their 2-2 draw with Niger and a narrow defeat by Mali, started well.",
         {("Benin", "Niger", "2-2"), ("Mali", "Benin", None)}),
        ("Ghana beat Togo 1-0. Guinea, pointless after defeats by Senegal and Gambia, finished bottom.",
         {("Senegal", "Guinea", None), ("Gambia", "Guinea", None)}),
        # the team the results leave somewhere, named after them
        ("Peru and Chile drew 2-2 on Saturday. Chile were the better side and Chile's keeper was busier. The 1-1 draw with "
         "Bolivia and the 3-0 rout of Ecuador earlier in the group mean Peru top the table ahead of Chile.",
         {("Peru", "Bolivia", "1-1"), ("Peru", "Ecuador", "3-0")}),
    ],
)
def test_results_listed_with_their_subject_elsewhere(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} >= expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "in the parallel match", "earlier in the afternoon", "Earlier, ...": the main match's day, over a fixture's day
        ("Chile beat Peru 2-0 on Saturday in Santiago, and Chile fans sang long into the night at the stadium.\n\n"
         "In the parallel match in Cusco, Bolivia beat Ecuador 3-1, so Sunday's last game decides the group.",
         ("Bolivia", "Ecuador", "2022-12-03")),
        ("Chile beat Peru 2-0 on Saturday in Santiago, and Chile fans sang long into the night at the stadium.\n\n"
         "In the other semi-final, played earlier in the afternoon, Bolivia beat Ecuador 3-1, so the final of Sunday "
         "is a repeat.", ("Bolivia", "Ecuador", "2022-12-03")),
        ("Chile beat Peru 2-0 on Saturday in Santiago, and Chile fans sang long into the night at the stadium.\n\n"
         "In March, Bolivia beat Ecuador 3-1. Earlier, Uruguay thrashed Paraguay 4-0 in the first semi-final.",
         ("Uruguay", "Paraguay", "2022-12-03")),
    ],
)
def test_same_day_as_the_main_match(body, expected):
    team1, team2, date = expected
    assert any((m.team1, m.team2, m.date) == (team1, team2, d(date)) for m in matches(body)), matches(body)


def test_a_result_in_brackets_after_a_city_and_a_team():
    # translated copy: "..., Bolivia dominated Ecuador (3-0)" (not "City, Country")
    body = ("Chile beat Peru 2-0. In the other game, played in the rain on the old ground of San Borja, Bolivia dominated "
            "Ecuador (3-0) and stay in contention.")
    assert ("Bolivia", "Ecuador", "3-0") in {(m.team1, m.team2, m.score) for m in matches(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Chile beat Peru 2-0. Bolivia, who must now take something from their game against Ecuador, lose their captain.",
        "Chile beat Peru 2-0. A draw against Ecuador would be enough for Bolivia to qualify.",
    ],
)
def test_an_obligation_or_a_condition_is_no_match(body):
    assert {frozenset({m.team1, m.team2}) for m in matches(body)} == {frozenset({"Chile", "Peru"})}


@pytest.mark.parametrize("body, expected", [
    # a timeline's stamp with a dash before the shout, the scorer a known name's surname
    ("Norway beat Iceland 2-1 in Oslo on Saturday.\n\n10' – Early chance: Lars Dahl shoots wide.\n\n"
     "33' – GOAL! Norway 1-0 Iceland. It was coming. Dahl turns inside and fires in.\n\n"
     "51' – GOAL! Norway 1-1 Iceland. Silence. Gunnar Olafsson, alone at a corner, heads in.\n\n"
     "80' – GOAL! Norway 2-1 Iceland. Erik Moen scores from close range.",
     {("Lars Dahl", "Norway", 33), ("Gunnar Olafsson", "Iceland", 51), ("Erik Moen", "Norway", 80)}),
])
def test_timeline_goal_stamped_before_a_dash(body, expected):
    assert set(goals(body)) == expected


@pytest.mark.parametrize("body, expected", [
    # a header tipped onto the bar is no goal
    ("Peru beat Chile 1-0 in Lima on Saturday. In the 30th minute Juan Rojas's header was tipped onto the bar. "
     "Carlos Vega scored in the 70th minute.", {("Carlos Vega", 70)}),
    # the minute a substitute came on is not his goal's
    ("Peru beat Chile 1-0 in Lima on Saturday. Juan Rojas, introduced with ten minutes left, settled it in the 89th minute.",
     {("Juan Rojas", 89)}),
    # a goal told after a dash-closed minute: "in the second minute of added time – when X met a cross"
    ("Peru beat Chile 1-0 in Lima on Saturday. The winner came late – in the second minute of added time – when "
     "Juan Rojas met a cross and glanced a header inside the far post.", {("Juan Rojas", 92)}),
])
def test_goal_minutes(body, expected):
    assert {(s, m) for s, _, m in goals(body)} == expected


def test_a_surname_two_people_share_is_the_first_written():
    body = ("Peru beat Chile 1-0 in Lima on Saturday, a header by striker Pedro Rojas deciding it. The federation's "
            "president, Juan Rojas, praised the crowd. Rojas scored in the 77th minute.")
    assert goals(body) == [("Pedro Rojas", "Peru", 77)]


@pytest.mark.parametrize("body, expected", [
    # a side that fell behind "when" a name scored: the name plays for the other side
    ("Peru lost 2-1 to Chile in Lima on Saturday. Peru, needing a win after a draw with Bolivia, fell behind in the "
     "20th minute when Juan Rojas ran on to a long ball and lifted it over the goalkeeper.", ("Juan Rojas", "Chile", 20)),
])
def test_goal_team(body, expected):
    assert expected in goals(body)


def test_the_side_routed_is_not_the_scorers():
    body = ("Zambia won the cup on Sunday. Ana Phiri opened her account with a hat-trick in the 4-0 rout of Angola, "
            "then scored in the 80th minute against Kenya.")
    assert goals(body) and all(team != "Angola" for _, team, _ in goals(body))


@pytest.mark.parametrize("line, expected", [
    ("Peru 2 Chile 0 (Juan Rojas 14, Carlos Vega 77 pen)", {("Juan Rojas", "Peru", 14), ("Carlos Vega", "Peru", 77)}),
    ("Peru 0 Chile 1 (Juan Rojas 14)", {("Juan Rojas", "Chile", 14)}),
    ("Peru 1 Chile 1 (Juan Rojas 14; Carlos Vega 90+2)", {("Juan Rojas", "Peru", 14), ("Carlos Vega", "Chile", 92)}),
])
def test_result_line_with_both_tallies_before_the_scorers(line, expected):
    body = f"Here are Saturday's results, with scorers in brackets:\n\n{line}\nBolivia 1 (Ana Soto 5) Ecuador 0\n"
    assert set(goals(body)) >= expected


@pytest.mark.parametrize("body, expected", [
    # a table's neighbour named with a gap without "points" ("three behind X", "two clear of X", "level with X")
    ("Chile beat Peru 2-0 on Saturday. The win lifts Chile to nine points, three behind leaders Brazil.",
     {frozenset({"Chile", "Peru"})}),
    ("Chile beat Peru 2-0 on Saturday. The win lifts Chile to nine points, two clear of Brazil.",
     {frozenset({"Chile", "Peru"})}),
    ("Chile beat Peru 2-0 on Saturday. With the win, Chile move up to fifth, level with Brazil.",
     {frozenset({"Chile", "Peru"})}),
    # a result hoped for is no match
    ("Chile beat Peru 2-0 on Saturday. They play Bolivia next and must win, while hoping Brazil lose to Uruguay.",
     {frozenset({"Chile", "Peru"})}),
    # a future game needed for something
    ("Chile beat Peru 2-0 on Saturday, and left Peru needing something from their last game against Brazil.",
     {frozenset({"Chile", "Peru"})}),
    # a clause of a sentence about fixtures
    ("Chile beat Peru 2-0 on Saturday. The last-16 fixtures, which begin on Friday, include a meeting between "
     "Brazil and Uruguay in Lima, and a derby between Bolivia and Ecuador in Cusco.", {frozenset({"Chile", "Peru"})}),
    # a result naming one team after a results line: the match already found with that score
    ("Results on Saturday: Chile 1 Peru 0; Bolivia 0 Ecuador 0\n\nBrazil fans watched in Lima.\n\n"
     "In Cusco, a goalless draw suited Ecuador, who go through in second place.",
     {frozenset({"Chile", "Peru"}), frozenset({"Bolivia", "Ecuador"})}),
])
def test_probes17_matches(body, expected):
    assert {frozenset({m.team1, m.team2}) for m in matches(body)} == expected


@pytest.mark.parametrize("body, expected", [
    # a goal the scorer only thought he had scored (then disallowed)
    ("Chile beat Peru 1-0 in Lima on Saturday. Carlos Vega scored in the 70th minute. Juan Rojas thought he had doubled "
     "the lead before the break, stabbing in at the far post, but the flag went up.", {("Carlos Vega", 70)}),
    ("Chile beat Peru 1-0 in Lima on Saturday. Carlos Vega scored in the 70th minute. Peru were convinced they had "
     "levelled in added time when substitute Juan Rojas headed in, but it was ruled out.", {("Carlos Vega", 70)}),
    # a penalty saved: neither the keeper nor the taker scored
    ("Chile beat Peru 1-0 in Lima on Saturday. Carlos Vega scored in the 70th minute. Pedro Soto's penalty save from "
     "Juan Rojas proved decisive.", {("Carlos Vega", 70)}),
    ("Chile beat Peru 1-0 in Lima on Saturday. Carlos Vega scored in the 70th minute. Earlier Pedro Soto dived to "
     "push Juan Rojas's penalty round the post.", {("Carlos Vega", 70)}),
    # "two minutes into first-half stoppage time": 47
    ("Chile beat Peru 1-0 in Lima on Saturday. Carlos Vega scored two minutes into first-half stoppage time with a header.",
     {("Carlos Vega", 47)}),
])
def test_probes17_goals(body, expected):
    assert {(s, m) for s, _, m in goals(body)} == expected


def test_live_goal_line_with_the_penalty_mark_before_the_minute():
    body = "Live: Chile v Peru in Lima on Saturday.\n\n8.50pm — GOAL! Chile 1-0 Peru (Vega pen 81'). Cool as you like.\n"
    body = "Carlos Vega starts up front for Chile.\n\n" + body
    assert ("Carlos Vega", 81) in {(s, m) for s, _, m in goals(body)}


@pytest.mark.parametrize("body, expected", [
    # a cleft: "it was X who ...", the minute before it
    ("Chile beat Peru 2-0 in Lima on Saturday. On 64 minutes it was Carlos Vega, once again, who scored.",
     {("Carlos Vega", 64)}),
    # "extended the lead" is a goal
    ("Chile beat Peru 2-0 in Lima on Saturday. Carlos Vega extended the lead on 64 minutes with a low drive.",
     {("Carlos Vega", 64)}),
    # "finished across goal", "in off the post"
    ("Chile beat Peru 2-0 in Lima on Saturday. Carlos Vega, the Colo-Colo winger, then bent a free-kick over "
     "the wall and in off the post in the 64th minute.", {("Carlos Vega", 64)}),
    # an age "then 22" and a longer apposition before the verb
    ("Chile beat Peru 2-0 in Lima on Saturday. Carlos Vega, then 22, headed in a Luis Soto corner in the 64th minute.",
     {("Carlos Vega", 64)}),
    ("Chile beat Peru 2-0 in Lima on Saturday. Carlos Vega, the Colo-Colo striker watched all season by scouts from "
     "abroad, took a pass from the keeper, beat his man and finished across goal in the 64th minute.", {("Carlos Vega", 64)}),
])
def test_probes18_goals(body, expected):
    assert {(s, m) for s, _, m in goals(body)} == expected


def test_probes18_date_from_the_scene_before_the_result():
    body = ("We left Santiago on 25 November.\n\n"
            "Two days later, on 27 November, the mood changed. Chile beat Peru 2-0 and the whole stand sang.")
    assert one(body).date == d("2022-11-27")


# ------------------------------------------------------------------ probe20: minutes, scorers told after another's


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a live blog entry stamped with the clock time, then the match minute: "20:04 — 18' GOAL! ..."
        ("Live: Ghana v Togo\n\n20:04 — 18' GOAL! GHANA 1-0 TOGO. Kofi Mensah ghosts in behind the defence and lifts "
         "the ball over the keeper.\n\n20:40 — 61' GOAL! GHANA 1-1 TOGO. Komi Agbeko levels with a header.",
         [("Kofi Mensah", "Ghana", 18), ("Komi Agbeko", "Togo", 61)]),
        # the next scorer's name ends the first one's minute window; "a cross from the left, and Y" is no provider
        ("Ghana beat Togo 4-1. Ghana restored their cushion in the 70th minute, when Kofi Mensah slid in to convert a "
         "low cross from the left, and substitute Yaw Boateng added a fourth in the second minute of stoppage time.",
         [("Kofi Mensah", "Ghana", 70), ("Yaw Boateng", "Ghana", 92)]),
        # the defender or keeper beaten, after "above", "under", "over", is no scorer
        ("Ghana beat Togo 1-0. Kofi Mensah rose above centre-back Komi Agbeko to nod the ball past the keeper in the "
         "12th minute.", [("Kofi Mensah", "Ghana", 12)]),
        ("Ghana drew 1-1 with Togo. Kofi Mensah's 85th-minute equaliser, a shot that squirmed under Togo goalkeeper "
         "Komi Agbeko, cancelled out Yaw Boateng's opener.", [("Kofi Mensah", None, 85), ("Yaw Boateng", None, None)]),
        ("Ghana beat Togo 1-0. A header from Kofi Mensah in the 20th minute looped over Komi Agbeko and in off the bar.", []),
        # "pulled a goal back"
        ("Ghana beat Togo 3-1. Komi Agbeko pulled a goal back for Togo in the 80th minute.", [("Komi Agbeko", "Togo", 80)]),
    ],
)
def test_probe20_goal_minutes_and_objects(body, expected):
    assert goals(body) == expected


def test_probe20_report_date_not_from_the_header_line():
    """The header's date line does not make a short headline a paragraph of prose: the report's day
    is looked for in the first three paragraphs below it."""
    text = (" date 2022-12-04 Appiah after the Togo win: \"We carry more than a shirt on our backs\"\n\n"
            "Reporting: Ama Owusu. This article was translated from French by our desk; quotes were edited.\n\n"
            "ACCRA — Ghana coach Kwesi Appiah said his side's 2-1 friendly win over Togo showed the team had found a second gear.\n\n"
            "The friendly, played on Friday 02/12/2022 at the Accra Sports Stadium before a crowd of fans, was decided "
            "by a late goal and a free kick in stoppage time.\n\n"
            "Appiah said the squad would rest on Sunday before the flight home, and the fans sang long after the whistle.")
    found = [f for f in matches_mod.extract(parse(text, "x.txt")) if isinstance(f, Match)]
    assert [(m.team1, m.team2, m.date) for m in found] == [("Ghana", "Togo", d("2022-12-02"))]


# ------------------------------------------------------------------ probe21: result lines, goal idioms, a player's results


@pytest.mark.parametrize(
    ("body", "team1", "team2", "score"),
    [
        # a final score written between the teams tells the winner, over a scorer's "wins it" next to the loser
        ("Chile 3-2 Peru: as it happened - Sanchez wins it late as the visitors fade.", "Chile", "Peru", "3-2"),
        ("Full time: Chile 2-3 Peru. Chile lead at the break was not enough.", "Peru", "Chile", "3-2"),
    ],
)
def test_probe21_score_between_the_teams(body, team1, team2, score):
    m = one(body)
    assert (m.team1, m.team2, m.score) == (team1, team2, score)


def test_probe21_a_players_listed_results_are_her_teams():
    body = ("Norway lost 4-0 to Brazil in 2001. She scored twice in a 3-0 win over Iceland "
            "and hit a hat-trick in a 5-0 rout of Malta.")
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == {
        ("Brazil", "Norway", "4-0"), ("Norway", "Iceland", "3-0"), ("Norway", "Malta", "5-0")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wales drew 1-1 with Spain. Mark Evans rose highest nine minutes from time to give Wales a 2-1 win over Spain.",
         [("Mark Evans", "Wales", 81)]),
        ("Wales drew 1-1 with Spain. Rhys Owen had given Wales hope with a 60th-minute penalty.", [("Rhys Owen", "Wales", 60)]),
        ("Wales drew 1-1 with Spain. Rhys Owen drew the hosts level in the 70th minute with a header.", [("Rhys Owen", None, 70)]),
        # the name inside "to meet X's corner" is the object of the verb: the clause goes on to the scorer's goal
        ("Wales drew 1-1 with Spain. Mark Evans rose at the far post to meet Rhys Owen's corner in the 34th minute "
         "and head his side in front.", [("Mark Evans", None, 34)]),
        # a keeper's save gives a win, not a goal
        ("Wales drew 1-1 with Spain. Tom Price saved a penalty to give Wales a 1-0 win over Spain.", []),
    ],
)
def test_probe21_goal_idioms(body, expected):
    assert goals(body) == expected


# ------------------------------------------------------------------ probe22: goal lists by minute, day headings, age groups


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list of goals, one a line, each opening with its minute; the side as a code or a name in brackets
        ("Ghana 2-1 Togo\n\n• 12' Kofi Mensah (GHA) — low shot from the edge\n• 50' Komi Agbeko (TOG) — header\n"
         "• 90+3' (93) Yaw Boateng (GHA) — penalty",
         [("Kofi Mensah", "Ghana", 12), ("Komi Agbeko", "Togo", 50), ("Yaw Boateng", "Ghana", 93)]),
        ("Ghana 1-1 Togo\n\n- 30' Kofi Mensah (Ghana)\n- 75' Komi Agbeko (Togo)",
         [("Kofi Mensah", "Ghana", 30), ("Komi Agbeko", "Togo", 75)]),
        # a booking or a change on a minute's line is no goal; a lone line is no list
        ("Ghana 0-0 Togo\n\n• 12' Kofi Mensah (GHA) — yellow card\n• 50' Komi Agbeko (TOG) — replaced by Yaw Boateng", []),
        ("Ghana 1-0 Togo\n\n• 12' Kofi Mensah (GHA)", []),
    ],
)
def test_probe22_minute_first_goal_list(body, expected):
    assert goals(body) == expected


def test_probe22_day_heading_with_a_comma():
    body = ("A round-up of the week's qualifiers.\n\nFRIDAY, DECEMBER 2\n\nGhana 2-1 Togo — Accra Sports Stadium, Accra\n\n"
            "SUNDAY, DECEMBER 4\n\nMali 0-1 Niger — Stade du 26 Mars, Bamako")
    assert {(m.team1, m.team2, m.date) for m in matches(body)} == {
        ("Ghana", "Togo", d("2022-12-02")), ("Niger", "Mali", d("2022-12-04"))}


@pytest.mark.parametrize(
    "body",
    ["Ghana U-17 2-1 Togo U-17\n\nA tight game in the group stage.",
     "Ghana U20 beat Togo U20 2-1 in the group stage on Saturday."],
)
def test_probe22_age_group_after_the_side(body):
    m = one(body)
    assert (m.team1, m.team2, m.score) == ("Ghana", "Togo", "2-1")


# ------------------------------------------------------------------ probe23: shots past a named keeper, providers, saves


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a shot past (or beyond) the keeper named
        ("Wales drew 1-1 with Spain. Mark Evans drilled a low shot past Pedro Lopez in the 30th minute.",
         [("Mark Evans", None, 30)]),
        ("Wales drew 1-1 with Spain. Mark Evans curled a shot beyond Pedro Lopez into the top corner.",
         [("Mark Evans", None, None)]),
        # the penalty rolled into a corner; "to equalise" after the words of the jump
        ("Wales drew 1-1 with Spain. Mark Evans rolled the penalty into the bottom corner.", [("Mark Evans", None, None)]),
        ("Wales drew 1-1 with Spain. Mark Evans climbed above everybody to equalise with a header.",
         [("Mark Evans", None, None)]),
        ("Wales drew 1-1 with Spain. Mark Evans found a way through on 52 minutes.", [("Mark Evans", None, 52)]),
        # a plural possessive before the lead
        ("Wales beat Spain 2-1. Mark Evans restored the hosts’ lead in the 71st minute.", [("Mark Evans", None, 71)]),
        # the possessive of the delivery after "header from" set it up; the header's owner scored
        ("Wales drew 1-1 with Spain. Mark Evans's header from Rhys Owen's free kick brought Wales level in the 58th minute.",
         [("Mark Evans", "Wales", 58)]),
        # the player who played the scorer through is no scorer
        ("Wales drew 1-1 with Spain. Mark Evans is played through by Rhys Owen and slots under the goalkeeper.",
         [("Mark Evans", None, None)]),
        # a keeper tipping a header over: no goal
        ("Wales drew 1-1 with Spain. Late on, goalkeeper Pedro Lopez tipped Rhys Owen's header over.", []),
    ],
)
def test_probe23_goal_constructions(body, expected):
    assert goals(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a lone result noun before one team: the other side is the one the sentence before is about
    ("Chile beat Peru 2-0 on Saturday.\n\nBolivia's run began with a 3-1 win over Ecuador in Sucre. "
     "But the draw with Paraguay in their last group game raised doubts.",
     {frozenset({"Chile", "Peru"}), frozenset({"Bolivia", "Ecuador"}), frozenset({"Bolivia", "Paraguay"})}),
    # ... or, in a paragraph of its own, the team the article names most (a tie: the one with more matches)
    ("Chile beat Peru 2-0 on Saturday. Chile then drew 1-1 with Bolivia.\n\n"
     "Peru and Chile fans sang.\n\nThe veteran played in the 2015 play-off defeat by Ecuador and still remembers it.",
     {frozenset({"Chile", "Peru"}), frozenset({"Chile", "Bolivia"}), frozenset({"Chile", "Ecuador"})}),
    # a result wished for or never won is no match
    ("Chile beat Peru 2-0 on Saturday.\n\nA win over Ecuador would send Chile through.",
     {frozenset({"Chile", "Peru"})}),
    ("Chile beat Peru 2-0 on Saturday.\n\nThey are still without a win over Ecuador in Quito.",
     {frozenset({"Chile", "Peru"})}),
    # "draw with" tells a match of two named teams
    ("Chile coach Juan Soto stood on the pitch after Sunday's draw with Peru.", {frozenset({"Chile", "Peru"})}),
    # a team named as a table neighbour before a pronoun's result is not its opponent
    ("Chile drew 1-1 with Peru on Tuesday. Chile stay second in the group, behind Brazil. "
     "Three days earlier they had beaten Bolivia 3-1 in Santiago.",
     {frozenset({"Chile", "Peru"}), frozenset({"Chile", "Bolivia"})}),
    # a hoped-for victory after a fixture is no result
    ("Chile drew 1-1 with Peru on Tuesday.\n\nChile now face Bolivia on Friday. A victory could be enough.",
     {frozenset({"Chile", "Peru"})}),
])
def test_lone_result_and_implied_side(body, expected):
    assert {frozenset({m.team1, m.team2}) for m in matches(body)} == expected


@pytest.mark.parametrize("body, expected", [
    # a second verb shares the first clause's subject: "X beat Y 2-0 and drew 1-1 with Z"
    ("In the group stage Chile beat Peru 2-0 and drew 1-1 with Bolivia.",
     {frozenset({"Chile", "Peru"}), frozenset({"Chile", "Bolivia"})}),
    ("Chile beat Peru 3-1 on Sunday, and then lost 2-0 to Bolivia.",
     {frozenset({"Chile", "Peru"}), frozenset({"Chile", "Bolivia"})}),
    # two subjects: each clause keeps its own
    ("Chile beat Peru 2-0 and Bolivia drew 1-1 with Ecuador.",
     {frozenset({"Chile", "Peru"}), frozenset({"Bolivia", "Ecuador"})}),
])
def test_shared_subject_of_a_second_result_verb(body, expected):
    assert {frozenset({m.team1, m.team2}) for m in matches(body)} == expected


# ------------------------------------------------------------------ subjects of results told elsewhere (probe 25)


@pytest.mark.parametrize("body, expected", [
    # a sentence with no subject of its own: the team the sentence before is about
    ("Peru's Copa is over. A 2-1 defeat by Chile in Lima on Sunday followed a goalless draw with Bolivia and a 3-0 "
     "beating by Brazil.",
     {("Chile", "Peru", "2-1"), ("Peru", "Bolivia", "0-0"), ("Brazil", "Peru", "3-0")}),
    # "It": the subject of the sentence before, not the team that beat it there
    ("Ghana's tournament ended with a 1-0 defeat by Senegal, a result that sent the Senegalese through. It was a sad end "
     "to a campaign that had begun with a 2-1 defeat by Egypt and continued with a 1-1 draw with Mali.",
     {("Senegal", "Ghana", "1-0"), ("Egypt", "Ghana", "2-1"), ("Ghana", "Mali", "1-1")}),
])
def test_results_listed_take_the_subject_of_the_sentence_before(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize("body, expected", [
    # ", before Z verbed": a clause of its own, so "and drew 1-1 with Y" keeps the first subject
    ("Chile lost 2-0 to Peru in Lima and drew 1-1 with Bolivia in Sucre, before Brazil overwhelmed them in Quito.",
     {frozenset({"Chile", "Peru"}), frozenset({"Chile", "Bolivia"})}),
    # "..., and in Z, where they drew": the pronoun is the first clause's subject
    ("The same flag was seen in Turin, where Norway lost 3-1 to Italy, and in Naples, where they drew 0-0 with Croatia.",
     {frozenset({"Italy", "Norway"}), frozenset({"Norway", "Croatia"})}),
    # a place in the table is no match: "runners-up behind X"
    ("Peru's win in Lima sent them through as Group B runners-up behind Brazil and ended Chile's tournament.",
     {frozenset({"Peru", "Chile"})}),
    # any result verb of the vocabulary links two teams across an aside
    ("Ghana, for their part, dispatched Togo in the semi-final.", {frozenset({"Ghana", "Togo"})}),
])
def test_clause_subjects_and_links(body, expected):
    assert {frozenset({m.team1, m.team2}) for m in matches(body)} == expected


def test_a_score_in_a_result_noun_phrase_after_an_intermediate_word():
    # "warmed up with a 1-1 draw": "up" is not the score's ("2-0 up")
    assert {(m.team1, m.team2, m.score) for m in matches("Jordan warmed up with a 1-1 draw against Syria in Amman.")} \
        == {("Jordan", "Syria", "1-1")}


@pytest.mark.parametrize("body, expected", [
    # the scorer told in an apposition after the goal: ", X meeting a corner", ", X with a header"
    ("Chile beat Peru 3-1 on Sunday. Peru pulled one back after the break, Andrés Paucar meeting a corner at the far post.",
     {("Andrés Paucar", "Peru")}),
    ("Chile beat Peru 2-0 on Sunday. The first goal came on the half-hour, Tomás Ibarra with a header from a free kick.",
     {("Tomás Ibarra", "Chile")}),
    # "extended it ... when X": a through verb of the lead
    ("Chile beat Peru 3-0 on Sunday. They extended it in the 55th minute when Tomás Ibarra drove a shot under the wall.",
     {("Tomás Ibarra", "Chile")}),
    # "headed a late consolation"
    ("Peru lost 3-1 to Chile on Sunday. Andrés Paucar headed a 78th-minute consolation for the visitors.",
     {("Andrés Paucar", "Peru")}),
])
def test_goal_apposition_and_consolation(body, expected):
    assert {(s, t) for s, t, _m in goals(body)} == expected


@pytest.mark.parametrize("body", [
    "Chile drew 0-0 with Peru. Peru's best moment came when Andrés Paucar's volley clipped the crossbar.",
    # a chance of a goal is none, and a foul on the player is no goal (a guard for the apposition above)
    "Chile beat Peru 1-0. Peru's best chance of an equaliser came late on, when Andrés Paucar was brought down.",
    "Chile beat Peru 1-0. Peru's best chance of an equaliser came late on, Andrés Paucar heading over.",
])
def test_no_goal_near_a_goal_word(body):
    assert goals(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the verb of a draw, with no score or "goalless"
        ("Peru drew with Chile in Lima on Saturday.", {("Peru", "Chile", None)}),
        ("Peru drew goalless with Chile in Lima.", {("Peru", "Chile", "0-0")}),
        # participles that share the subject: each result is the subject's, not one between the two objects
        ("Ghana reached the final after beating Togo 3-1 and drawing with Mali in the group.",
         {("Ghana", "Togo", "3-1"), ("Ghana", "Mali", None)}),
        ("Egypt beat Sudan 3-1, while Senegal won the group, beating Benin 2-1 and drawing goalless with Guinea.",
         {("Egypt", "Sudan", "3-1"), ("Senegal", "Benin", "2-1"), ("Senegal", "Guinea", "0-0")}),
        ("Gabon went through after losing 1-0 to Congo and beating Chad 2-0.",
         {("Congo", "Gabon", "1-0"), ("Gabon", "Chad", "2-0")}),
        # the shared subject is the one of the nearest clause before that has one, past "and Z 1-0"
        ("In the group stage, Vietnam beat India 2-1 and Chinese Taipei 1-0, and only lost to Japan.",
         {("Vietnam", "India", "2-1"), ("Japan", "Vietnam", None)}),
        # translated copy: "with the score 3:1", "with a score of 3:1"
        ("The national team of Ghana defeated the national team of Mali with the score 3:1 on Friday.",
         {("Ghana", "Mali", "3-1")}),
        ("Ghana beat Mali with a score of 3:1 on Friday.", {("Ghana", "Mali", "3-1")}),
        # a results line whose game the next line says was not played
        ("Peru 2 Chile 0\n(Estadio Nacional)\n\nBolivia v Ecuador\n(Estadio Hernando Siles) — postponed\n\n"
         "Peru were the better side throughout.", {("Peru", "Chile", "2-0")}),
    ],
)
def test_draw_verbs_shared_participles_and_called_off_lines(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "on target", "on the scoresheet": the names before it scored
        ("Ghana striker Kofi Mensah and midfielder Yaw Boateng started. Ghana beat Mali 2-0 on Monday, with Mensah and "
         "Boateng on target.", [("Kofi Mensah", None), ("Yaw Boateng", None)]),
        ("Kofi Mensah was on target as Ghana beat Mali 1-0 on Monday.", [("Kofi Mensah", None)]),
        ("Ghana beat Mali 1-0 on Monday, with Kofi Mensah on the scoresheet.", [("Kofi Mensah", None)]),
        ("Ghana beat Mali 1-0 on Monday. Kofi Mensah had two shots on target.", []),
        # ... but a kick of a shoot-out told in the paragraph is no goal
        ("Ghana striker Kofi Mensah started. Ghana beat Mali on penalties after a 1-1 draw.\n\nBoth sides scored their "
         "first two spot kicks. Kofi Mensah was on target for Ghana, and the keeper saved the decisive fifth kick.", []),
        # translated copy: "distinguished himself", "was the most accurate", "realised the penalty", "made by"
        ("Ghana beat Mali 1-0. In the 30th minute striker Kofi Mensah distinguished himself.", [("Kofi Mensah", 30)]),
        ("Ghana beat Mali 1-0. In the scramble after a corner, Kofi Mensah was the most accurate.",
         [("Kofi Mensah", None)]),
        ("Ghana beat Mali 1-0. The referee awarded a penalty, and Kofi Mensah calmly realised it.", [("Kofi Mensah", None)]),
        ("Ghana beat Mali 3-0. A hat-trick was made by the striker Kofi Mensah.", [("Kofi Mensah", None)]),
    ],
)
def test_on_target_and_translated_scorer_idioms(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "team1", "team2", "score"),
    [
        # a demonym and a team noun between the verb and the score: the result's cue is before the demonym
        ("Japan beat the Bangladeshi side 2-1 in Kazan on Sunday.", "Japan", "Bangladesh", "2-1"),
        ("Iran beat the Australian players 2-1 in Kazan on Sunday.", "Iran", "Australia", "2-1"),
        ("Qatar defeated the Saudi Arabian team 3-0 on Sunday.", "Qatar", "Saudi Arabia", "3-0"),
        ("Peru beat the Kyrgyzstani squad 2-1 in Kazan on Sunday.", "Peru", "Kyrgyzstan", "2-1"),
    ],
)
def test_score_after_a_demonym_and_its_team_noun(body: str, team1: str, team2: str, score: str) -> None:
    m = one(body)
    assert (m.team1, m.team2, m.score) == (team1, team2, score)

# ------------------------------------------------------------------ the results-and-scorers sweep (sweep_goals.py)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another sport's result told in a football article: the sentence names the sport, or a score no football match has
        ("Ghana beat Togo 2-1 on Saturday. In the rugby, Fiji beat Samoa 27-13 in the Pacific Nations Cup.",
         {("Ghana", "Togo", "2-1")}),
        ("Ghana beat Togo 2-1 on Saturday. In volleyball, Brazil beat Italy 3-1 in the Nations League.",
         {("Ghana", "Togo", "2-1")}),
        ("Ghana beat Togo 2-1 on Saturday. Elsewhere, Japan's handball team beat Qatar 28-25.",
         {("Ghana", "Togo", "2-1")}),
        ("Ghana beat Togo 2-1 on Saturday. Later, Fiji beat Samoa 27-13 in Suva.", {("Ghana", "Togo", "2-1")}),
        # results written as wires and translated copy write them
        ("Spain - Italy 2-1\n\nThe hosts held on in Madrid on Saturday.", {("Spain", "Italy", "2-1")}),
        ("Italy vs Spain: 1-2\n\nThe visitors held on in Rome on Saturday.", {("Spain", "Italy", "2-1")}),
        ("Italy - Spain 2:1 (1:0)\n\nThe hosts held on in Rome on Saturday.", {("Italy", "Spain", "2-1")}),
        ("Saturday's match between Ghana and Togo ended in a 2-1 win for Ghana.", {("Ghana", "Togo", "2-1")}),
        ("Saturday's match between Ghana and Togo ended in a 2-1 defeat for Ghana.", {("Togo", "Ghana", "2-1")}),
        ("Ghana overcame Togo 2 to 1 on Saturday.", {("Ghana", "Togo", "2-1")}),
        ("Ghana prevailed 2-1 over Togo on Saturday.", {("Ghana", "Togo", "2-1")}),
        ("Ghana got the better of Togo 2-1 on Saturday.", {("Ghana", "Togo", "2-1")}),
        # draws: "nil-nil", "ended goalless", "a goalless encounter", "one-all"
        ("Ghana and Togo drew nil-nil on Saturday.", {("Ghana", "Togo", "0-0")}),
        ("The match between Ghana and Togo on Saturday ended goalless.", {("Ghana", "Togo", "0-0")}),
        ("Ghana and Togo shared the points in a goalless encounter on Saturday.", {("Ghana", "Togo", "0-0")}),
        ("Ghana and Togo drew one-all on Saturday.", {("Ghana", "Togo", "1-1")}),
    ],
)
def test_sweep_result_shapes(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # guard cases (pass on the base commit too): a holiday is no sport, a sport named with football is football's
        ("Kenya beat Uganda 1-0 on Boxing Day.", {("Kenya", "Uganda", "1-0")}),
        ("Fiji, better known for rugby than football, beat Samoa 2-0 on Saturday.", {("Fiji", "Samoa", "2-0")}),
        ("Ghana beat Togo 1-0 on Saturday, the one all-important goal coming late.", {("Ghana", "Togo", "1-0")}),
    ],
)
def test_sweep_result_guards(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # goal verbs and nouns: "added a 67th-minute header", "the 67th-minute second", "the reply", "doubles the lead", "replied"
        ("Ghana beat Togo 2-1 on Saturday. Kofi Mensah gave Ghana the lead with a 23rd-minute penalty and Yaw Boateng "
         "added a 67th-minute header.", [("Kofi Mensah", 23), ("Yaw Boateng", 67)]),
        ("Ghana beat Togo 2-1 on Saturday. Kofi Mensah scored the 23rd-minute opener for Ghana, Yaw Boateng added the "
         "67th-minute second and Komlan Agbeko got the 80th-minute reply for Togo.",
         [("Kofi Mensah", 23), ("Yaw Boateng", 67), ("Komlan Agbeko", 80)]),
        ("Ghana beat Togo 2-1 on Saturday. Minute 23: Kofi Mensah scores for Ghana. Minute 67: Yaw Boateng doubles the lead.",
         [("Kofi Mensah", 23), ("Yaw Boateng", 67)]),
        ("Ghana beat Togo 2-1 on Saturday. Kofi Mensah netted a brace for Ghana and Komlan Agbeko replied for Togo.",
         [("Kofi Mensah", None), ("Komlan Agbeko", None)]),
        # minutes: "in the 67th min", "the second minute of first-half stoppage time"
        ("Ghana beat Togo 1-0 on Saturday. Kofi Mensah scored for Ghana in the 67th min.", [("Kofi Mensah", 67)]),
        ("Ghana beat Togo 1-0 on Saturday. Kofi Mensah scored for Ghana in the 2nd minute of first-half stoppage time.",
         [("Kofi Mensah", 47)]),
        ("Ghana beat Togo 1-0 on Saturday. Kofi Mensah scored for Ghana in the second minute of first-half stoppage time.",
         [("Kofi Mensah", 47)]),
    ],
)
def test_sweep_goal_phrasings(body, expected):
    assert [(g[0], g[2]) for g in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fact box's lines headed by a side, not by "Scorers:"
        ("Ghana beat Togo 2-1 on Saturday.\n\nGhana: Mensah (23', 45+2'), Boateng (67')\nTogo: Agbeko (80')",
         [("Mensah", "Ghana", 23), ("Mensah", "Ghana", 47), ("Boateng", "Ghana", 67), ("Agbeko", "Togo", 80)]),
        ("Ghana beat Togo 2-1 on Saturday.\n\nGhana: Mensah 23, Boateng 67. Togo: Agbeko 80.",
         [("Mensah", "Ghana", 23), ("Boateng", "Ghana", 67), ("Agbeko", "Togo", 80)]),
        # the sides' scorers split by a slash
        ("Ghana beat Togo 2-1 on Saturday.\n\nScorers: Mensah 23', Boateng 67' / Agbeko 80'",
         [("Mensah", None, 23), ("Boateng", None, 67), ("Agbeko", None, 80)]),
        # scorers after a result line, in brackets or after a colon
        ("Ghana beat Togo 2-1 on Saturday.\n\nGhana 2-1 Togo (Mensah 23', Boateng 67'; Agbeko 80')",
         [("Mensah", "Ghana", 23), ("Boateng", "Ghana", 67), ("Agbeko", "Togo", 80)]),
        ("Ghana beat Togo 2-1 on Saturday.\n\nGhana 2 Togo 1: Mensah 23, Boateng 67; Agbeko 80",
         [("Mensah", "Ghana", 23), ("Boateng", "Ghana", 67), ("Agbeko", "Togo", 80)]),
    ],
)
def test_sweep_listed_scorers(body, expected):
    assert sorted(goals(body), key=lambda g: g[2] or 0) == expected


@pytest.mark.parametrize(
    "body",
    [
        # guard cases: a line-up with shirt numbers after the names, speech "replied", a reply with no goal
        "Ghana beat Togo 2-1 on Saturday.\n\nGhana: Ati 1, Amartey 2, Djiku 3, Salisu 4, Partey 5, Kudus 6, Ayew 7, "
        "Semenyo 8, Williams 9, Paintsil 10, Fatawu 11",
        "Ghana beat Togo 2-1 on Saturday. 'We were unlucky,' Kofi Mensah replied for the federation.",
        "Ghana beat Togo 2-1 on Saturday. Asked about the penalty, Kofi Mensah replied with a smile.",
    ],
)
def test_sweep_no_goal(body):
    assert goals(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a team named with "and" does not end the scorer's clause before the minute
        ("Libya beat Saint Kitts and Nevis 2-1 on Saturday. Samuel Osei scored for Libya in the 23rd minute, before Kofi "
         "Mensah pulled one back for Saint Kitts and Nevis in the 80th minute.",
         [("Samuel Osei", "Libya", 23), ("Kofi Mensah", "Saint Kitts and Nevis", 80)]),
        ("Haiti beat Trinidad and Tobago 1-0 on Saturday. Kofi Mensah scored against Trinidad and Tobago in the 67th minute.",
         [("Kofi Mensah", "Haiti", 67)]),
        # a side credited after the next scorer's name is that scorer's, not the first one's
        ("Tonga beat Switzerland 2-1 on Saturday. Samuel Osei, 29, scored in the 23rd minute, before Kofi Mensah pulled "
         "one back for Switzerland in the 80th minute.", [("Samuel Osei", None, 23), ("Kofi Mensah", "Switzerland", 80)]),
        # guard case (passes on the base commit too): a side named after "and Y added a second" is both scorers'
        ("North Korea beat Japan 2-0 on Friday. Ri Kum-hyang scored in the 22nd minute and Jon Song-mi added a second in "
         "the 69th for North Korea.", [("Ri Kum-hyang", "North Korea", 22), ("Jon Song-mi", "North Korea", 69)]),
    ],
)
def test_sweep_scorer_clause_and_side(body, expected):
    assert goals(body) == expected


@pytest.mark.parametrize(
    ("body", "pair", "not_pair"),
    [
        # the two teams nearest the score by the words between them, not across a "which"/":" clause
        ("Elsewhere in Group B, Mauritania and Burkina Faso drew 0-0 in Douala, which means Ghana still control "
         "their own destiny.", {"Mauritania", "Burkina Faso"}, {"Burkina Faso", "Ghana"}),
        # guard cases (pass on the base commit too): a "who" clause's antecedent is its subject, however far;
        # a team whose name has "and" in it
        ("Ghana, who drew 2-2 with hosts Mauritania in Nouakchott on the opening night before beating Togo and Benin, "
         "will now meet Mali.", {"Ghana", "Mauritania"}, {"Mauritania", "Togo"}),
        ("Elsewhere, Bosnia and Herzegovina and Montenegro drew 1-1 in Zenica; Wales now need a point.",
         {"Bosnia and Herzegovina", "Montenegro"}, {"Montenegro", "Wales"}),
    ],
)
def test_the_pair_nearest_the_score_within_its_clause(body, pair, not_pair):
    found = [{m.team1, m.team2} for m in matches(body)]
    assert pair in found
    assert not_pair not in found


@pytest.mark.parametrize(
    "body",
    [
        # a result as the condition of what follows: not played
        "Ghana still control their own destiny: beat Mauritania on Tuesday and they're through.",
        "Simple for Wales: beat Montenegro in Cardiff and they will be through to the finals.",
    ],
)
def test_a_result_as_a_condition_is_no_match(body):
    assert matches(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a results line inside a sentence that says what the score was
        ("The score at the Estadio Centenario on 27 June was Uruguay 2 Chile 1, and in Santiago they still talk of it.",
         ("Uruguay", "Chile", "2-1")),
        ("The final scoreline read Chile 0 Peru 2.", ("Peru", "Chile", "2-0")),
        # "had beaten X 2-1" after another result: a second match of the same side
        ("Iceland had already drawn 1-1 with Portugal in Saint-Étienne and beaten Austria 2-1 at the Stade de France "
         "to reach the knockout rounds.", ("Iceland", "Austria", "2-1")),
    ],
)
def test_a_score_told_in_a_sentence(body, expected):
    assert expected in [(m.team1, m.team2, m.score) for m in matches(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # translated copy's minutes: "in the minute (23)" (Arabic), "in 23 min", "(58 min)" (Polish)
        ("Iraq beat Oman 2-0. Ibrahim Bayesh scored for Iraq in the minute (23).", [("Ibrahim Bayesh", "Iraq", 23)]),
        ("Spain beat Poland 2-1. Lucía Ferrer scored for Spain in 23 min.", [("Lucía Ferrer", "Spain", 23)]),
        # guard cases (pass on the base commit too): added time in the brackets, the minute in brackets
        ("Iraq beat Oman 2-0. Manaf Younis scored for Iraq in the minute (120+2).", [("Manaf Younis", "Iraq", 122)]),
        ("Spain beat Poland 2-1. Nerea Camps scored for Spain (58 min).", [("Nerea Camps", "Spain", 58)]),
    ],
)
def test_translated_minutes(body, expected):
    assert goals(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a result with its own subject, then more opponents with their scores and no verb: the same subject's
        ("Vietnam beat India 2-1 and Chinese Taipei 1-0.", {("Vietnam", "India", "2-1"), ("Vietnam", "Chinese Taipei", "1-0")}),
        ("Ghana thrashed Benin 4-0, Togo 3-1 and Niger 2-0 in the group.",
         {("Ghana", "Benin", "4-0"), ("Ghana", "Togo", "3-1"), ("Ghana", "Niger", "2-0")}),
        # guard cases (pass on the base commit too): a second result with a verb of its own
        ("Iran beat Qatar 3-1 and Japan beat Oman 2-0.", {("Iran", "Qatar", "3-1"), ("Japan", "Oman", "2-0")}),
        ("Iran beat Qatar 3-1.", {("Iran", "Qatar", "3-1")}),
    ],
)
def test_one_subject_listing_results(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a cleft before a results line: "it was X 1 Y 2", also after "and then" in a sentence with another result
        ("Mali 2, Ghana 0. Then it was Togo 1 Mali 2 in the semi.", {("Mali", "Ghana", "2-0"), ("Mali", "Togo", "2-1")}),
        ("Mali 2, Ghana 0, after extra time. We beat Niger on penalties in the quarter-final (2-2, 5-3 in the shoot-out) "
         "and then it was Togo 1 Mali 2 in the semi.", {("Mali", "Ghana", "2-0"), ("Mali", "Togo", "2-1")}),
        ("Ghana drew with Benin. It finished Chile 0 Peru 2 in Lima.", {("Ghana", "Benin", None), ("Peru", "Chile", "2-0")}),
    ],
)
def test_a_cleft_results_line(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two opponents of an unnamed subject ("we", a nickname the tables lack): each played the article's side
        ("Mali beat Ghana 3-2 in the final. After that 1-1 mess against Togo in the group and the scare in the semi "
         "(we only got past Niger 2-1 thanks to a late header), I'll take it.",
         {frozenset({"Mali", "Ghana"}), frozenset({"Mali", "Togo"}), frozenset({"Mali", "Niger"})}),
        ("Mali beat Ghana. In the league phase the Eaglets had played 1:1 with Togo in Bamako and had lost in Lomé "
         "against Niger with 0:1, so this win weighs more.",
         {frozenset({"Mali", "Ghana"}), frozenset({"Mali", "Togo"}), frozenset({"Mali", "Niger"})}),
        # guard cases (pass on the base commit too): no result between two opponents of a fixture, and "by X's
        # players", "coupled with X's win" mark no opponent
        ("Mali beat Ghana. They will play against Togo and then against Niger.", {frozenset({"Mali", "Ghana"})}),
        ("Mali beat Ghana 1-0. The room was left by Togo's players after their 1-0 win over Niger.",
         {frozenset({"Mali", "Ghana"}), frozenset({"Togo", "Niger"})}),
    ],
)
def test_two_opponents_of_an_unnamed_subject(body, expected):
    assert {frozenset((m.team1, m.team2)) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "X, who <goal verb>": the relative clause tells the goal
        ("Ghana beat Mali 3-0. Those goals came from the Black Stars captain Kwame Asante, who headed in the first on "
         "21 minutes, and substitute Kofi Boateng, who tapped in late on.",
         [("Kofi Boateng", "Ghana", None), ("Kwame Asante", "Ghana", 21)]),
        # a possessive's noun; a translated "added by header", "made the fourth goal"; "to finish a move"
        ("Hungary beat Scotland 1-0. Minutes after Kevin Horvath's 100th-minute dagger, the fans went home.",
         [("Kevin Horvath", "Hungary", 100)]),
        ("Japan beat Spain 2-0. In the 29th minute, Riko Sato added by header.", [("Riko Sato", "Japan", 29)]),
        ("Japan beat Spain 4-0. In the 82nd minute, substitute Mina Ito made the fourth goal.", [("Mina Ito", "Japan", 82)]),
        ("Ghana beat Mali 1-0. Kwame Asante arrived at the back post on 39 minutes to finish a lovely move.",
         [("Kwame Asante", "Ghana", 39)]),
        ("Iraq beat Oman 1-0. In the 122nd minute, Ali Hassan rose above everyone to head the winner.",
         [("Ali Hassan", "Iraq", 122)]),
        # a team's nickname of several words is no one's name: the clause goes on to "ahead"
        ("Iraq beat Oman 3-2. Ibrahim Kareem put the Lions of Mesopotamia ahead in the 22nd minute.",
         [("Ibrahim Kareem", "Iraq", 22)]),
        # guard cases (pass on the base commit too): a relative clause of travel or a miss is no goal
        ("Ghana beat Mali 1-0. Ama Mensah, who drove in from Kumasi with her father, said it was loud.", []),
        ("Ghana beat Mali 1-0. Kwame Asante, who hit the post twice, was unlucky.", []),
    ],
)
def test_relative_clauses_and_translated_goal_phrases(body, expected):
    assert sorted(goals(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an equaliser is the other side's goal than the one told just before it
        ("Iraq beat Oman 3-2. Ali Kareem put the Lions of Mesopotamia ahead in the 22nd minute; Salem Al-Harthy "
         "levelled from the penalty spot four minutes from time.", [("Ali Kareem", "Iraq", 22), ("Salem Al-Harthy", "Oman", 86)]),
        ("Ghana beat Mali 2-1. Seydou Traoré, the Mali captain, headed the Eagles in front in the 38th minute. Kwame "
         "Asante equalised from a corner on 62 minutes.", [("Kwame Asante", "Ghana", 62), ("Seydou Traoré", "Mali", 38)]),
        # "X scored ... as T edged Y": the side of the "as" clause that won
        ("Kumasi, Ghana — Ama Owusu scored in the first minute of stoppage time as Ghana edged holders Mali 2-1 in the final.",
         [("Ama Owusu", "Ghana", 91)]),
        # guard cases (pass on the base commit too): a second goal of the same side is no equaliser
        ("Ghana beat Mali 2-0. Kwame Asante scored in the 10th minute for Ghana and Kofi Boateng added a second for Ghana "
         "on 60 minutes.", [("Kofi Boateng", "Ghana", 60), ("Kwame Asante", "Ghana", 10)]),
    ],
)
def test_equalisers_and_the_side_of_an_as_clause(body, expected):
    assert sorted(goals(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # translated copy: "in the min. 21 by means of X", a verb before its subject ("increased X"), "annotations of X"
        ("Brazil beat Mexico 3-0. The Brazilians opened the marker in the min. 21 by means of Ana Souza and increased "
         "Lara Duarte in the min. 47.", [("Ana Souza", "Brazil", 21), ("Lara Duarte", "Brazil", None)]),
        ("Mexico beat the United States 2-0 with annotations of Lizbeth Rivas (min. 17).", [("Lizbeth Rivas", "Mexico", None)]),
        # the side that let a goal in: "gave up an additional goal to X", "allowed X to score"
        ("Ukraine beat South Korea 2-1. Korea allowed Vlad Petrenko to score in the 34th minute.", [("Vlad Petrenko", "Ukraine", 34)]),
        ("Ukraine beat South Korea 2-1. Korea gave up an additional goal to Heorhiy Kovalenko in the 89th minute.",
         [("Heorhiy Kovalenko", "Ukraine", 89)]),
        # "X, after a cross of Y, opens the marker"; "puts the ball in the angle"
        ("Spain beat Portugal 1-0. In the 23rd minute Lucía Ortiz, after a cross of Aitana Gil, opens the marker.",
         [("Lucía Ortiz", "Spain", 23)]),
        ("Portugal beat Spain 1-0. Beatriz Fontes, of free kick, puts the ball in the angle in the 52nd minute.",
         [("Beatriz Fontes", "Portugal", 52)]),
    ],
)
def test_translated_goal_phrases(body, expected):
    assert sorted(goals(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # scorers in brackets after a result, each with a minute mark
        ("Mexico beat Panama 1-0. Before that, Mexico beat Jamaica 3-0 in Las Vegas on Wednesday (Henry Martínez 3', "
         "Luis Chaves 30', Roberto Alvares 90+1'), while Panama stunned the holders.",
         [("Henry Martínez", "Mexico", 3), ("Luis Chaves", "Mexico", 30), ("Roberto Alvares", "Mexico", 91)]),
        # present tenses of a live blog and translated copy; "a hat-trick of penalties from X"
        ("Nigeria beat Morocco 3-2. 12' | GOAL! Ghizlane Chebab fires Morocco ahead from 25 yards.", [("Ghizlane Chebab", "Morocco", None)]),
        ("Indonesia drew 2-2 with Korea. The team open the score through Rafael Strijk in minute 15.", [("Rafael Strijk", None, 15)]),
        ("Qatar beat Jordan 3-1 at Lusail Stadium thanks to a hat-trick of penalties from Akram Afifi.", [("Akram Afifi", "Qatar", None)]),
        # a participle after the side that scored ("the Germans": West Germany, which the article names), an idiom,
        # a keeper deceived, "doubled the mark"
        ("West Germany beat England 2-1. The Germans scored first, Helmut Hallers pouncing on a weak header in the 12th minute.",
         [("Helmut Hallers", "West Germany", 12)]),
        ("Trinidad and Tobago beat Bermuda 3-0. Young striker Isaiah Leacocks put the cherry on top in the 77th minute.",
         [("Isaiah Leacocks", "Trinidad and Tobago", 77)]),
        ("Haiti beat Nicaragua 2-0. At the 8th minute, Louis Deedsen, well served by Duckens Nazo, deceived the goalkeeper of "
         "Nicaragua with a precise strike.", [("Louis Deedsen", "Haiti", 8)]),
        ("Haiti beat Nicaragua 2-0. Just before the pause, at the 45th minute, Ruben Provost doubled the mark with his head.",
         [("Ruben Provost", "Haiti", 45)]),
        # guard case (passes on the base commit too): a substitute's minute in a line-up's brackets is no goal
        ("Mexico beat Panama 1-0. Line-ups: Mexico: Ochoa; Sanchez (Lozano 46'), Vega.", []),
    ],
)
def test_bracketed_scorers_present_tenses_and_idioms(body, expected):
    assert sorted(goals(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a review's cases: set-ups, saves and wishes are no goals; a booking's or a line-up's bracket, a
        # relative clause about a player's past
        "Ghana beat Nigeria 2-0. Thomas Partey made the second goal for Jordan Ayew with a superb cross.",
        "Ghana beat Nigeria 2-0. Goalkeeper Lawrence Ati-Zigi produced a stunner to deny Victor Osimhen.",
        "Ghana beat Nigeria 2-0. Kudus Mohammed was sent on to grab an equaliser, but Nigeria never threatened.",
        "Mexico beat Jamaica 2-0 on Wednesday (booked: Jorge Sanchez 34', Edson Alvarez 50').",
        "Mexico beat Jamaica 2-0 on Wednesday: Ochoa, Jorge Sanchez (Edson Alvarez 46'), Montes.",
        "Ghana beat Nigeria 2-0 in Accra. Asamoah Gyan, who scored twice against Nigeria last year, was left on the bench.",
    ],
)
def test_review_guards_no_goal(body):
    assert goals(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a box with the running score before each name and the minute as an ordinal ("(12.)"), a mark after a comma
        ("Poland beat Ukraine 2:1 in Gdynia.\nGoals: 1:0 Natalia Wróbel (12.), 1:1 Oksana Melnyk (56.), 2:1 Kateryna "
         "Bondar (78., own goal)", [("Natalia Wróbel", 12), ("Oksana Melnyk", 56), ("Kateryna Bondar", 78)]),
        # one goal a line, each opening with the running score
        ("Ethiopia drew 1-1 with Sierra Leone.\n\nEthiopia 1 Sierra Leone 1\n1-0 Abel Getachew 22\n1-1 Mohamed Kamara 90+2",
         [("Abel Getachew", 22), ("Mohamed Kamara", 92)]),
        # ... but a line of prose after the running score is no such entry
        ("Ethiopia drew 1-1 with Sierra Leone.\n\n1-0 Abel Getachew was booked after 22 minutes.", []),
        # translated copy: the minute as an ordinal with a dot, the way of scoring between the name and the verb
        ("Poland beat Ukraine 2-1. In the 56. minute Oksana Melnyk with the head equalised after the corner kick.",
         [("Oksana Melnyk", 56)]),
        ("Poland beat Ukraine 2-1. Oksana Melnyk with a shot from distance hit the bar.", []),
    ],
)
def test_goals_in_box_lines_and_translated_copy(body, expected):
    assert [(s, m) for s, _team, m in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a second result that shares the subject after "had", and an adverb between the subject and its verb
        ("Turkey beat Austria 2-1 in Leipzig. The Crescent-Stars before had won against Georgia with 3-1 and had lost "
         "against Portugal with 0-3 in the group stage.",
         {("Turkey", "Austria", "2-1"), ("Turkey", "Georgia", "3-1"), ("Portugal", "Turkey", "3-0")}),
        ("Turkey beat Austria 2-1 in Leipzig. Turkey had beaten Georgia 3-1 and had lost against Portugal 0-3 in the "
         "group stage.", {("Turkey", "Austria", "2-1"), ("Turkey", "Georgia", "3-1"), ("Portugal", "Turkey", "3-0")}),
    ],
)
def test_results_that_share_a_subject_after_had(body, expected):
    assert {(m.team1, m.team2, m.score) for m in run("matches", body) if isinstance(m, Match)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # translated copy's idioms for a goal and its minute
        ("Morocco beat Tanzania 3-0. At the 17e minute, Youssef Bennani pushed to the bottom of the nets a centre of "
         "Anas Lamrani. Ilias Amrani finally signed his goal at the 72e minute, with a curled strike.",
         [("Youssef Bennani", 17), ("Ilias Amrani", 72)]),
        ("Turkey beat Georgia 3-1. In minute 39, Kerem Yavuz from the penalty point raised the difference to two. The "
         "Georgian team reduced the difference with Giorgi Tsiklauri in minute 55.", [("Kerem Yavuz", 39), ("Giorgi Tsiklauri", 55)]),
        ("Jordan beat Iraq 2-0. Yousef Abu Hashish deposits the ball in the net after a cross. Rakan Al-Khalidi adds "
         "the second goal with a thunderous shot.", [("Yousef Abu Hashish", None), ("Rakan Al-Khalidi", None)]),
        ("Peru beat Paraguay 2-1. But at the 84, the substitute Piero Cahuana received in the area, eluded two markers "
         "and put the 2-1 definitive with a shot to the first post.", [("Piero Cahuana", 84)]),
        ("Turkey beat Georgia 3-1. In minute 77, Oğuzhan Demir, heading the cross of Ferdi Özkan, brought the score to 3-1.",
         [("Oğuzhan Demir", 77)]),
        # ... but the partner of a passing move is no scorer
        ("Austria beat Georgia 2-1. In the 52nd minute Austria equalised after a double pass with captain Lukas "
         "Hinterberger.", []),
    ],
)
def test_goals_in_translated_idioms(body, expected):
    assert [(s, m) for s, _team, m in goals(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a numbered list of finals: a date and a hyphen before the result line, the venue after it without "at"
        ("1. July 7th, 1991 - United States 0 Honduras 0, Los Angeles Memorial Coliseum. The hosts won 4-3 on penalties.",
         {("United States", "Honduras", "0-0")}),
        ("3. 2/2/2002 - United States 2 Costa Rica 0, Rose Bowl, Pasadena. Josh Wolff scored in the 38th minute.",
         {("United States", "Costa Rica", "2-0")}),
        # each opponent with its own score, bracketed or not, after a plural result noun or the verb's preposition again
        ("Malaysia had already been eliminated after defeats to Jordan (4-0) and Bahrain (1-0).",
         {("Jordan", "Malaysia", "4-0"), ("Bahrain", "Malaysia", "1-0")}),
        ("Malaysia suffered defeats to Jordan 4-0 and Bahrain 1-0.", {("Jordan", "Malaysia", "4-0"), ("Bahrain", "Malaysia", "1-0")}),
        ("Malaysia beat Jordan (4-0) and Bahrain (1-0).", {("Malaysia", "Jordan", "4-0"), ("Malaysia", "Bahrain", "1-0")}),
        ("Malaysia lost to Jordan 4-0 and to Bahrain 1-0.", {("Jordan", "Malaysia", "4-0"), ("Bahrain", "Malaysia", "1-0")}),
        # guard case (passes on the base commit too): the verb shared without a preposition
        ("Malaysia beat Jordan 4-0 and Bahrain 1-0.", {("Malaysia", "Jordan", "4-0"), ("Malaysia", "Bahrain", "1-0")}),
        # a result won on penalties, without a score, then the subject's next ("before they ..."): both the subject's
        ("West Germany got past Mexico on penalties before they saw off France 2-0.",
         {("West Germany", "Mexico", None), ("West Germany", "France", "2-0")}),
        # "in Stockholm, Norway were champions": a city of another country is no "City, Country" pair
        ("Four years on, at the Råsunda in Stockholm, Norway were champions. They had beaten Denmark 3-1 in the "
         "quarter-final, and in the final they beat Germany 2-0.", {("Norway", "Denmark", "3-1"), ("Norway", "Germany", "2-0")}),
        # the lower number first is the subject's: the side after "against" won
        ("Poland suffered a 0-2 against Germany.", {("Germany", "Poland", "2-0")}),
        ("Poland lost again. After the 0-2 against Germany and the 0-3 against Sweden, they needed a miracle.",
         {("Germany", "Poland", "2-0"), ("Sweden", "Poland", "3-0")}),
        # "3 x 1", as Portuguese and Spanish copy writes a score (guard: "2 x 45 minutes" is no score)
        ("Brazil 3 x 1 Argentina", {("Brazil", "Argentina", "3-1")}),
        ("Colombia beat Uruguay 2 x 0.", {("Colombia", "Uruguay", "2-0")}),
        ("The match lasted 2 x 45 minutes as Brazil beat Peru 1-0.", {("Brazil", "Peru", "1-0")}),
        # each opponent's score after "by" (translated), in either form
        ("In the first phase, the Seleção had thrashed Venezuela by 6 x 0 and beaten Bolivia by 3 x 1.",
         {("Brazil", "Venezuela", "6-0"), ("Brazil", "Bolivia", "3-1")}),
        ("In the first phase, Brazil had thrashed Venezuela by 6-0 and beaten Bolivia by 3-1.",
         {("Brazil", "Venezuela", "6-0"), ("Brazil", "Bolivia", "3-1")}),
        # a former team's people by the successor's demonym: "the Dutch" (a score after them), "the Germans"
        ("West Germany played Austria in Gijón. The Germans won 1-0.", {("West Germany", "Austria", "1-0")}),
    ],
)
def test_result_lists_and_former_teams(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Zambia beat Ghana 1-0 in Bata, Emmanuel Mayuka striking in the 78th minute.", [("Emmanuel Mayuka", "Zambia", 78)]),
        ("Italy beat West Germany 3-1 despite Paul Breitner's consolation in the 83rd minute.",
         [("Paul Breitner", "West Germany", 83)]),
        ("Mexico beat United States 2-1. Jordan Morris won it two minutes from time, in the 88th minute.",
         [("Jordan Morris", "Mexico", 88)]),
        # a name used as an adjective before a goal noun, after a number or at the sentence's start (the scorer's
        # team is not said where the sentence tells no winner's goal)
        ("Turkey knocked out Austria 2-1 in Leipzig on Tuesday thanks to two Merih Demiral goals.", [("Merih Demiral", None, None)]),
        ("Korea Republic drew 3-3 with Malaysia. A Son Heung-min penalty in the 94th minute made it 3-3.",
         [("Son Heung-min", None, 94)]),
        # translated idioms: "made equal", "closed the match"
        ("Thailand drew 1-1 with Vietnam. Ben Davis made equal at 28 minutes.", [("Ben Davis", None, 28)]),
        ("Vietnam beat Thailand 3-2. Nguyen Hai Long closed the match at 97 minutes on the counter attack.",
         [("Nguyen Hai Long", None, 97)]),
        # guard case (passes on the base commit too): a saved header is no goal
        ("England beat Wales 2-0. He saw a Harry Kane header saved.", []),
    ],
)
def test_more_ways_to_tell_a_goal(body, expected):
    assert sorted(goals(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid verbs of a win, before the beaten side and its score, in a sentence or a list of results
        ("Wales battered Norway 5-0 in Cardiff on Saturday.", {("Wales", "Norway", "5-0")}),
        ("Wales walloped Norway 5-0 in Cardiff on Saturday.", {("Wales", "Norway", "5-0")}),
        ("Wales pipped Norway 1-0 in Cardiff on Saturday.", {("Wales", "Norway", "1-0")}),
        ("Norway were battered 5-0 by Wales in Cardiff on Saturday.", {("Wales", "Norway", "5-0")}),
        ("England: the road to the final. England battered Norway 8-0 at Brighton in the group stage, then beat Sweden 4-0 "
         "in the semi.", {("England", "Norway", "8-0"), ("England", "Sweden", "4-0")}),
        # a blogger's "we" whose side no headline names: the winner of the article's first match, not the team named
        # most, and not a match between the two opponents
        ("England 2-1 Germany after extra time. European champions. Us! Germany had lost Popp, Germany were tired.\n\n"
         "We battered Norway 8-0 at Brighton in the group stage, then beat Sweden 4-0 in the semi.",
         {("England", "Germany", "2-1"), ("England", "Norway", "8-0"), ("England", "Sweden", "4-0")}),
    ],
)
def test_tabloid_wins_and_a_bloggers_we(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a goal taken away in the next clause
        ("Indonesia beat Vietnam 1-0. In the 81st minute, Nguyen Tien Linh headed the ball in the net but the goal was "
         "cancelled because of an offside position.", []),
        ("Indonesia beat Vietnam 1-0. Nguyen Tien Linh scored in the 81st minute but the goal was ruled out for offside.", []),
        ("Indonesia beat Vietnam 1-0. Nguyen Tien Linh scored in the 81st minute, but it was disallowed.", []),
        ("Indonesia beat Vietnam 1-0. Nguyen Tien Linh scored in the 81st minute, but Indonesia held on.",
         [("Nguyen Tien Linh", "Indonesia", 81)]),
        # a miss with a penalty; a translated "has sent it to the net"
        ("South Africa beat Morocco 2-0. Achraf Hakimi struck the crossbar with a penalty on 85 minutes.", []),
        ("Cameroon beat Ethiopia 4-1. In the 4th minute the striker Dawa Hotessa, receiving the ball from the right side, "
         "has sent it to the net.", [("Dawa Hotessa", None, 4)]),
        # a live blog's goal entry: the name whose words tell the goal, the side the shout names, the stamped minute
        ("Iraq beat Japan 2-1.\n5': GOAL! Iraq lead. Mohanad Ali swings in a cross, Suzuki palms it straight up and Aymen "
         "Hussein nods it into the empty net.", [("Aymen Hussein", "Iraq", 5)]),
        ("Jordan beat Korea Republic 2-0.\n53' – GOAL! JORDAN LEAD! Hwang In-beom loses possession, Al-Tamari slips in "
         "Yazan Al-Naimat and he dinks it over Jo Hyeon-woo. 1-0.", [("Yazan Al-Naimat", "Jordan", 53)]),
        # a chip over the bar is no goal (a guard case: it passes on the base commit too)
        ("Jordan beat Korea 2-0. Yazan Al-Naimat chipped it over the bar in the 20th minute.", []),
    ],
)
def test_goals_taken_away_missed_or_told_in_a_live_blogs_entry(body, expected):
    assert sorted(goals(body), key=str) == sorted(expected, key=str)


def test_an_own_goal_is_marked_as_one():
    found = run("matches", "Spain beat Italy 1-0. Italy defender Riccardo Calafiori turned the ball into his own net in the "
                "55th minute.", date=MON, kind=Goal)
    assert [(g.scorer, g.team, g.own_goal) for g in found] == [("Riccardo Calafiori", "Spain", True)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # scores as Portuguese and Spanish copy writes them: "3x1", "2 a 1"
        ("Brazil beat Venezuela 3x1 in the final.", {("Brazil", "Venezuela", "3-1")}),
        ("Brazil 3x1 Venezuela in the final in Asuncion.", {("Brazil", "Venezuela", "3-1")}),
        ("Colombia won its first title after defeating 2 a 1 to Brazil in Quito.", {("Colombia", "Brazil", "2-1")}),
        # not a score: a relay, "2 a day" (guard cases: they pass on the base commit too)
        ("Brazil's relay ran the 4x100 metres in Quito.", set()),
        ("Brazil and Peru train 2 a day in Quito.", set()),
    ],
)
def test_scores_written_with_an_x_or_an_a(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


def test_a_technical_sheets_goals_after_their_running_score_and_minute():
    body = ("Colombia beat Brazil 2-1 in the final in Quito.\n\n"
            "2. Colombia: Valentina Ocampo; Mariana Zuluaga, Tatiana Restrepo, Sindy Palacios, Laura Guzmán; Karen Becerra, "
            "Luisa Cárdenas, Yirleidis Mosquera; Stefany Rentería, Daniela Arboleda y Ana María Quintero.\n\n"
            "1. Brazil: Letícia Amaral; Bruna Fagundes, Camila Teixeira, Jéssica Lobo, Nathália Prado; Duda Menezes, Rayssa "
            "Monteiro, Ariadna Coelho; Thaís Vilela, Gabi Nascimento y Kerolyn Batista.\n\n"
            "Goals: 1-0, m.27: Arboleda. 2-0, m.58: Restrepo. 2-1, m.81: Rayssa Monteiro, of penalty.")
    assert sorted(goals(body)) == [("Daniela Arboleda", "Colombia", 27), ("Rayssa Monteiro", "Brazil", 81),
                                   ("Tatiana Restrepo", "Colombia", 58)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list line labelled by its day, with "v" and no score: games to come
        ("Sweden beat Germany 4-1.\nQUARTER-FINALS\nWednesday: Norway v Italy (Geneva), Spain v Switzerland (Bern)",
         {("Sweden", "Germany", "4-1")}),
        ("Panama beat Costa Rica 2-1.\nQUARTER-FINALS (Saturday): Panama v Qatar (Arlington); Mexico v Costa Rica (Glendale)",
         {("Panama", "Costa Rica", "2-1")}),
        ("Japan beat Iraq 2-1.\n20:58 - Tomorrow's Group E final round: South Korea v Malaysia at Al Janoub.",
         {("Japan", "Iraq", "2-1")}),
        # a day's label before a result, with a score or a result's verb (guard cases: they pass on the base commit too)
        ("RESULTS\nSaturday: Norway 2 Italy 1 (Geneva)", {("Norway", "Italy", "2-1")}),
        ("On Saturday: Norway beat Italy in Geneva.", {("Norway", "Italy", None)}),
    ],
)
def test_fixtures_on_a_line_labelled_by_their_day(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


def test_a_qas_question_lists_the_interviewees_results():
    body = ('Q&A | Okonjo-Baptiste: "Mexico showed us the level"\n\n'
            "Mexico beat Jamaica 3-0 in the semi-final on Wednesday. Back in Kingston, the Reggae Boyz head coach Calvin "
            "Okonjo-Baptiste sat down with us.\n\n"
            "Q: Coach, how do you feel?\n\n"
            '"Sore. Mexico were better than us on the night."\n\n'
            "Q: Before that the run was impressive: the 1-1 with Haiti in Miami, 4-1 against Curaçao, and then the 1-0 "
            "over Guatemala in Houston.\n\n"
            '"We have a young group. The draw against Haiti was the moment they believed."')
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == {
        ("Mexico", "Jamaica", "3-0"), ("Jamaica", "Haiti", "1-1"), ("Jamaica", "Curaçao", "4-1"), ("Jamaica", "Guatemala", "1-0")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # results listed with the place of each, a win told by a score and "over"
        ("Uruguay beat Peru 2-1. Chile, who arrived after beating Japan 4-0 in Salvador and Ecuador 2-1 in Recife, "
         "had the ball early on.", {("Uruguay", "Peru", "2-1"), ("Chile", "Japan", "4-0"), ("Chile", "Ecuador", "2-1")}),
        # translated copy's next opponent: "will cross with", "will measure with"; a present-tense "they face"
        ("Uruguay defeated Chile 2-1 on Monday. The Celeste won 2-1 at the Centenario and will cross with Peru in the "
         "quarter-finals.", {("Uruguay", "Chile", "2-1")}),
        ("Vietnam beat the United Arab Emirates 3-0 on Saturday. After opening with a 6-0 rout of Guam, they face the "
         "Maldives in the last group game.", {("Vietnam", "United Arab Emirates", "3-0"), ("Vietnam", "Guam", "6-0")}),
        # two results in one sentence, a semicolon between them, each with one team: both the article's side's
        ("Vietnam beat Nepal 2-0 on Saturday. In Auckland she played all ninety minutes of a 3-0 loss to the United "
         "States; in Dunedin she came off the bench as the Netherlands won 7-0.",
         {("Vietnam", "Nepal", "2-0"), ("United States", "Vietnam", "3-0"), ("Netherlands", "Vietnam", "7-0")}),
        # a result "needed ... to edge past" is a played one
        ("Uruguay needed only a first-half strike to edge past Gambia 1-0 in La Plata.", {("Uruguay", "Gambia", "1-0")}),
        # a lone result that names a team of a draw found before is not that draw when it tells another score (a guard
        # case: it passes on the base commit too; the Q&A test above has the draw told again)
        ("Morocco beat Colombia 1-0, and South Korea held Germany to a 1-1 draw. Ten days earlier Morocco had been "
         "thrashed 6-0 by Germany.", {("Morocco", "Colombia", "1-0"), ("South Korea", "Germany", "1-1"),
                                      ("Germany", "Morocco", "6-0")}),
    ],
)
def test_listed_results_next_opponents_and_semicolons(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # translated minutes: "at 12 of the complement" (57), "at 30 of the first half" (30)
        ("Uruguay beat Chile 2-1. At 12 of the complement, Bastián Olivares scored with a bouncing shot.",
         [("Bastián Olivares", 57)]),
        ("Uruguay beat Chile 2-1. At 30 of the first half, Joaquín Barreiro scored the 1-0.", [("Joaquín Barreiro", 30)]),
        # the minute opening the sentence is its one scorer's, past the player who started the move; the move's
        # starter scores nothing
        ("Uruguay beat Chile 2-1. At 12 of the complement, after a play started by the captain Cristóbal Henríquez, the "
         "ball arrived to Bastián Olivares, who from the edge of the area put the 1-1 with a bouncing shot.",
         [("Bastián Olivares", 57)]),
        # the head a corner finds; a relative clause's second verb
        ("Uruguay beat Chile 2-1. At 44 of the complement, a corner from the right of Nahitan Ocampo found the head of "
         'Martín "el Tanque" Aguirrezábal, who entered from behind and nailed the 2-1 against the ground.',
         [("Martín Aguirrezábal", 89)]),
        # an early header from X that put them ahead; a penalty from X that the keeper saved is none (a guard case: it
        # passes on the base commit too, which had no "first-half" shot from X)
        ("Mexico beat Jamaica 3-0. An early header from Rodrigo Huerta Ortega after three minutes put them ahead.",
         [("Rodrigo Huerta Ortega", 3)]),
        ("Zimbabwe drew 0-0 with Rwanda. Zimbabwe goalkeeper Tinashe Moyo saved a first-half penalty from Rwanda captain "
         "Jean-Paul Habimana.", []),
    ],
)
def test_translated_minutes_providers_and_second_verbs(body, expected):
    assert sorted((s, m) for s, _t, m in goals(body)) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # translated German: the next game told as "it goes on Saturday against X", "it is now on Wednesday against X",
        # "for the group victory" (an aim, not a result)
        ("Germany beat Denmark 2-1 on Tuesday. For the German team it goes on Saturday in Zurich against Sweden for the "
         "group victory.", {("Germany", "Denmark", "2-1")}),
        ("The Netherlands beat Wales 2-1 on Saturday. For Oranje it is now on Wednesday against England in Zurich.",
         {("Netherlands", "Wales", "2-1")}),
        # a score before its one team, the subject's number first: "the 2:0 against Poland", "the 0-2 against Germany"
        ("Germany beat Denmark 2-1 on Tuesday. It had begun well for the DFB selection. After the 2:0 against Poland in "
         "St. Gallen on Friday, the coach changed only one position.", {("Germany", "Denmark", "2-1"), ("Germany", "Poland", "2-0")}),
        ("Spain beat Italy 2-1 on Wednesday. After the 0-2 against Germany on Friday, the coach made changes.",
         {("Spain", "Italy", "2-1"), ("Germany", "Spain", "2-0")}),
    ],
)
def test_a_translated_next_game_and_a_score_before_its_one_team(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thailand lost 2-1 to Uzbekistan. Kittipong Srisuk bent a free kick over the wall and inside the far post in "
         "the 58th minute.", [("Kittipong Srisuk", 58)]),
        ("Jordan beat Korea 2-1. In the 53rd minute Yazan Al-Tamimi intercepted a back pass and calmly finished past "
         "goalkeeper Jo Min-woo.", [("Yazan Al-Tamimi", 53)]),
        ("Iraq beat Oman 2-0. The striker Hassan Kareem was able to open the scoring in the 27th minute with a header.",
         [("Hassan Kareem", 27)]),
        ("Iraq beat Oman 2-0. In the 88th minute the substitute Muntadher Jabbar killed the match with the second goal.",
         [("Muntadher Jabbar", 88)]),
        # hoping to open the scoring is no goal (a guard case: it passes on the base commit too)
        ("Iraq beat Oman 2-0. Hassan Kareem hopes to open the scoring against Oman next week.", []),
    ],
)
def test_a_free_kick_over_the_wall_a_calm_finish_and_able_to_score(body, expected):
    assert sorted((s, m) for s, _t, m in goals(body)) == sorted(expected)


def test_a_team_after_another_players_goal_is_not_the_scorers():
    found = goals("Brazil beat Tunisia 4-1 on Thursday. Pedrinho Alves opened the scoring after 12 minutes, and after "
                  "Rayen Ben Salem's 71st-minute reply for Tunisia, Alexsandro Lima completed the scoring ten minutes "
                  "from time.")
    assert ("Pedrinho Alves", "Tunisia", 12) not in found and ("Pedrinho Alves", None, 12) in found


def test_the_day_of_the_next_game_told_as_will_measure_is_not_the_results():
    found = matches("Mexico defeated Costa Rica 3-1 in Arlington and will measure forces with Jamaica this Wednesday in "
                    "Las Vegas. The Tricolor won its pass to the semi-finals this Saturday.", date="2023-07-09")
    assert [(m.team1, m.team2, m.score, m.date) for m in found] == [("Mexico", "Costa Rica", "3-1", d("2023-07-08"))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # results listed in translated copy's "N to M", and after a tabloid's "thumping"
        ("Uruguay beat Brazil on penalties. Brazil arrived to the quarterfinals after drawing 0 to 0 with Costa Rica, "
         "beating Paraguay by 4 to 1 and drawing 1 to 1 with Colombia.",
         {("Uruguay", "Brazil", None), ("Brazil", "Costa Rica", "0-0"), ("Brazil", "Paraguay", "4-1"),
          ("Brazil", "Colombia", "1-1")}),
        ("Panama beat Costa Rica 3-1. Panama topped Group C after beating Martinique 2-1 and thumping El Salvador 2-0 on "
         "matchday three.", {("Panama", "Costa Rica", "3-1"), ("Panama", "Martinique", "2-1"), ("Panama", "El Salvador", "2-0")}),
    ],
)
def test_results_listed_as_n_to_m_and_after_thumping(body, expected):
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected


def test_kicks_of_a_shoot_out_told_under_a_heading_with_their_tally_are_no_goals():
    body = ("Brazil drew 0 to 0 with Uruguay and lost by 4 to 2 in the penalty kicks.\n\nTHE PENALTIES\n\n"
            "Federico Castellanos opened for Uruguay, hitting in the right corner: 1 to 0. Nicolás Cabrera converted: 2 to "
            "0. Luiz Otávio diminished, with a strong kick in the middle: 2 to 1.")
    assert goals(body) == []


def test_a_standings_table_is_no_result():
    body = ("Iran beat Kyrgyzstan 3-2 on Tuesday.\n\nSTANDINGS (top two per group, after 2 matches)\n"
            "A: Iran 6, Uzbekistan 4\nC: Japan 6, Saudi Arabia 4")
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == {("Iran", "Kyrgyzstan", "3-2")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a translated report's "we": the side of the language it was translated from; two results on either side of
        # ", and", each with one team and its own score
        ("Hungarian Sport Report (translated from Hungarian)\n\nHungary beat Scotland 1-0 in Stuttgart on Sunday. In "
         "the opening match in Cologne we lost to Switzerland 1-3, and on Wednesday the hosts Germany beat us 2-0 here.",
         {("Hungary", "Scotland", "1-0"), ("Switzerland", "Hungary", "3-1"), ("Germany", "Hungary", "2-0")}),
        # ... not one subject's results listed on either side ("the win over X (2-1) ..., and nor was the draw with Y")
        ("Cape Verde beat Mauritania 2-1. The group-stage win over Ghana (2-1, on 14 January) was no fluke, and nor was "
         "the 2-2 draw with Egypt that followed it.",
         {("Cape Verde", "Mauritania", "2-1"), ("Cape Verde", "Ghana", None), ("Cape Verde", "Egypt", None)}),
    ],
)
def test_a_translated_reports_we_and_two_results_joined_by_and(body, expected):
    """(the second case is a guard: it passes on the base commit too)"""
    assert {(m.team1, m.team2, m.score) for m in matches(body)} == expected
