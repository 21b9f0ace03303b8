"""What extractors find. Plain data: nothing here knows about RDF or IRIs."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Evidence:
    """A span of :attr:`kg.reader.Article.text`: ``text == article.text[begin:end]``."""

    begin: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """Base class. ``evidence`` holds one or more spans that state the fact."""

    evidence: tuple[Evidence, ...]

    @property
    def kind(self) -> str:
        return KINDS[type(self)]


@dataclass(frozen=True)
class TeamMention(Finding):
    team: str  # canonical English short name, e.g. "South Korea"
    form: str  # as written: "Samurai Blue", "#JPN", "Japanese"


@dataclass(frozen=True)
class PersonMention(Finding):
    name: str  # full name as resolved in the document
    role: str  # player|coach|journalist|photographer|official|fan|other
    team: str | None
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class FanAct(Finding):
    act: str  # skos:notation of the concept, e.g. "clean_stands"
    actor: str  # fans|players|team
    team: str | None


@dataclass(frozen=True)
class Credit(Finding):
    credit: str  # as written, e.g. "Reuters/Jane Doe"
    agency: str | None
    photographer: str | None


@dataclass(frozen=True)
class Quote(Finding):
    speaker: str
    text: str


@dataclass(frozen=True)
class Tweet(Finding):
    handle: str  # without "@"
    display_name: str
    date: dt.date | None
    url: str | None  # "https://pic.twitter.com/ID" when the embed has a media link
    text: str
    date_text: str = ""


@dataclass(frozen=True)
class Match(Finding):
    team1: str  # the winner when known
    team2: str
    score: str | None  # "g1-g2", team1's goals first
    date: dt.date | None
    venue: str | None
    penalties: str | None = None


@dataclass(frozen=True)
class Goal(Finding):
    scorer: str | None
    team: str | None
    minute: int | None
    winning: bool = False
    own_goal: bool = False  # put into the scorer's own net: it counts for the other side


KINDS: dict[type, str] = {
    TeamMention: "team",
    PersonMention: "person",
    FanAct: "fan_act",
    Credit: "credit",
    Quote: "quote",
    Tweet: "tweet",
    Match: "match",
    Goal: "goal",
}


def match_of(goal: Goal, matches: list[Match], text: str) -> Match | None:
    """The match a goal was scored in, of those its article reports: of its team's matches, the one
    stated last before the goal in the goal's paragraph (a results list: "5. Jamaica 1 United
    States 2. ... X won it in the 88th"), else the first its team played."""
    mine = [m for m in matches if goal.team in (m.team1, m.team2)]
    if not mine:
        return None
    at = goal.evidence[0].begin if goal.evidence else -1
    paragraph = text.rfind("\n\n", 0, at)
    stated = [(e.begin, i) for i, m in enumerate(mine) for e in m.evidence if paragraph < e.begin <= at]
    return mine[max(stated)[1]] if stated else mine[0]
