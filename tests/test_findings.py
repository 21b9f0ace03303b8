"""kg.findings: which match a goal belongs to."""
from __future__ import annotations

import datetime as dt

from kg.findings import Evidence, Goal, Match, match_of

TEXT = ("1. Honduras 0 United States 0.\n\n"  # 0..32
        "5. Jamaica 1 United States 2. Jordan Morris won it in the 88th.\n\n"
        "Later: the United States won the trophy.")


def _match(a: str, b: str, at: int) -> Match:
    return Match(evidence=(Evidence(at, at + 10, TEXT[at : at + 10]),), team1=a, team2=b, score=None,
                 date=dt.date(2017, 7, 26), venue=None)


def _goal(at: int, team: str | None = "United States") -> Goal:
    return Goal(evidence=(Evidence(at, at + 10, TEXT[at : at + 10]),), scorer="Jordan Morris", team=team, minute=88)


FIRST = _match("United States", "Honduras", 0)
SECOND = _match("United States", "Jamaica", TEXT.index("5."))


def test_a_goal_belongs_to_its_teams_match_stated_last_before_it_in_its_paragraph() -> None:
    assert match_of(_goal(TEXT.index("Jordan")), [FIRST, SECOND], TEXT) is SECOND


def test_else_to_the_first_match_its_team_played() -> None:
    assert match_of(_goal(TEXT.index("Later")), [FIRST, SECOND], TEXT) is FIRST  # no match stated in its paragraph
    assert match_of(_goal(TEXT.index("Jordan")), [FIRST], TEXT) is FIRST


def test_no_match_for_a_team_that_played_none() -> None:
    assert match_of(_goal(TEXT.index("Jordan"), team="Mexico"), [FIRST, SECOND], TEXT) is None
