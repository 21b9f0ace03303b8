"""Matches and goals.

A match is two national teams in a sentence with a result or match cue (a score, "beat", "v",
"against", "lead"...), or one team with a final score whose opponent is the article's other main
team ("its 2-1 victory against Colombia"). Fixtures that have not been played ("will play Brazil on
July 6") give no match: no result is invented. The score is written winner first; the date comes
from date expressions in the match's sentences, resolved against the article's date; the venue from
"at/in the X Arena|Stadium" or "in <City>" near the match.

A goal needs a named scorer ("X scored", "X's 94th-minute winner", "X ... with a late header"); its
team comes from the text ("for Japan", "Belgium's X", the one team the sentence credits) or, for a
winning goal, from the match's winner.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import regex

from ..findings import Evidence, Goal, Match
from ..lexicon import alternation, number_words, rx, search_end, teams, vocab, words_pattern
from ..nlp import Sentence, sentence_at, sentence_before, sentences, span
from ..reader import Article
from .common import (
    away_team,
    focus_team,
    headline_end,
    home_team,
    inside,
    is_football,
    lead_team,
    line_end,
    other_sport,
    signatures,
)
from .dates import RELATIVE as RELATIVE_DATE
from .dates import find_dates, parse_date
from .teams import QUOTED, Mention, accepted
from .tweets import embeds

if TYPE_CHECKING:
    from .people import Candidate, Person

SCORE = regex.compile(
    r"(?<![\d/.:,]|\d\s)(?:(\d{1,2})\s?[-–](?=\s?\d)\s?(\d{1,2})"
    r"|(\d{1,2}):(1[0-5]|[1-9](?!\d)|0(?!\d)))"  # 2:1, not a time (20:45, 3:00, 1:05)
    r"(?![\d/:]|[.,]\d|\s?(?:am|pm|a\.m|p\.m|h\b|hrs|local|GMT|BST|CET|ET|UTC)\b)")
GOALLESS = regex.compile(r"(?i)\b(?:goalless|scoreless|nil-nil|nil-all)[ \t]+(?:[\w-]+[ \t]+)?(?:draw|stalemate|tie|(?:90|120)[ \t]+minutes|extra[- ]time"
                         r"|encounter|affair|contest)\b"
                         # the verb: "Peru drew goalless with Chile", "drew nil-nil", "the match ended goalless"
                         r"|\b(?:drew|drawing|draws|draw)[ \t]+(?:goalless|scoreless|nil-nil|nil-all)\b"
                         r"|\b(?:ended|finished|ends|finishes)[ \t]+(?:goalless|scoreless)\b")
ALL_DRAW = regex.compile(r"(?i)\b(?P<n>[1-5]|one|two|three|four|five)-all\b")  # "drew one-all", "a 2-all draw"
PENS = regex.compile(r"(?i)\A[^.!?]{0,20}?\b(?:on penalties|on pens|pens|penalty shoot-?out|shoot-?out|after penalties)\b")
_PENS_LEAD = r"(?i)\b(?:shoot-?out|penalties|pens)[ \t]+(?:by[ \t]+)?"  # "won the shoot-out 4-2"
PENS_BEFORE = regex.compile(_PENS_LEAD + r"\Z")
PENS_SCORE_BEFORE = regex.compile(_PENS_LEAD + r"(\d{1,2})\s?[-–]\s?(\d{1,2})\b")
PENS_SCORE = regex.compile(r"(?i)(\d{1,2})\s?[-–]\s?(\d{1,2})\s+(?:on penalties|on pens|in (?:a|the) (?:penalty )?shoot-?out|pens)")


NUMBER_WORDS, _CARDINAL, ORDINAL_WORD = number_words()
_ADDED_TIME = r"(?:stoppage|added|injury)[ \t]+time"
_FIRST_HALF = r"(?:(?P<fh>first[- ]half)[ \t]+)?"  # "of first-half stoppage time": counted from 45, not 90
MINUTE = regex.compile(
    r"(?i)(?<![\w])(?:(?P<base>\d{2,3})(?:st|nd|rd|th)?\s?\+\s?(?P<extra>\d{1,2})(?:st|nd|rd|th)?(?:[- ]minute)?"
    # "in the second minute of stoppage time": 90+2; "... of first-half stoppage time": 45+2
    rf"|(?P<s>\d{{1,2}})(?:st|nd|rd|th)[- ]minute[ \t]+of[ \t]+{_FIRST_HALF}{_ADDED_TIME}"
    # a minute told from the start of the second half (translated Korean copy): "the 13th minute of the second half": 58
    r"|(?P<h>\d{1,2})(?:st|nd|rd|th)?[- ]minutes?[ \t]+of[ \t]+the[ \t]+(?:second[ \t]+(?:half|time|period)|complement)"
    # translated Spanish and Portuguese: "at 12 of the complement" (57), "at 30 of the first half" (30), "at 25 of the second time"
    r"|\bat[ \t]+(?P<ht>\d{1,2})[ \t]+of[ \t]+the[ \t]+(?:second[ \t]+(?:half|time|period)|complement|(?P<hf>first[ \t]+(?:half|time|period)))\b"
    # "in the 67th min" (wire copy); an ordinal's dot, as translated Polish or German copy keeps it: "in the 56. minute"
    r"|(?P<n>\d{1,3})(?:(?:st|nd|rd|th|e|ème|º|ª)[- ]min(?:ute|\.|\b)|\.[ \t](?-i:minute)\b)"
    # German style in brackets: "(49.)", "(90.+2)"
    r"|\((?P<g>\d{1,3})\.(?:[ \t]*\+[ \t]*(?P<gx>\d{1,2}))?\)"
    # "after 19 minutes", not a length of play: "for 11 minutes", "the last 10 minutes", "30 minutes of extra time"
    r"|(?<!\b(?:for|extra|first|last|final|opening|closing|another|further)[ \t])(?P<m>\d{1,3})[- ]minute"
    r"(?!s?[ \t]+of[ \t]+(?:extra|normal|regular|stoppage|added|injury)[ \t]+time)"
    r"|(?P<q>\d{1,3})['’](?!\w)"
    # translated copy: "in the minute (23)", "in the minute (120+2)" (Arabic), "in 23 min", "(58 min)" (Polish)
    r"|minute[ \t]+\((?P<g>\d{1,3})(?:[ \t]*\+[ \t]*(?P<gx>\d{1,2}))?\)"
    r"|(?:\(|\bin[ \t]+)(?P<g>\d{1,3})(?:[ \t]*\+[ \t]*(?P<gx>\d{1,2}))?[ \t]?min\b\.?"
    r"|minute\s+(?P<r>\d{1,3})"
    r"|\bmin\.[ \t]?(?P<r>\d{1,3})\b"  # translated Spanish, Portuguese: "in the min. 47", "(min. 17)"
    # "in the 83rd" with "minute" left out: only where the clause goes on or ends
    r"|\b(?:in|on)\s+the\s+(?P<t>\d{1,3})(?:st|nd|rd|th)"
    r"(?=\s*(?:[,.;:!?)]|$|\s[-–—]\s|\s+(?:and|to|as|when|after|before|with|while|but|then|for|at|from)\b))"
    # translated Spanish and Italian, the minute's number alone: "But at the 84, the substitute X ..."
    r"|\bat[ \t]+the[ \t]+(?P<t>\d{1,3})(?=,[ \t]+\p{L})"
    # British copy's bare number after the goal: "swept in Germany's equaliser on 79, and then ..."
    r"|(?<=\b(?:opener|equali[sz]er|winner|goal|header|strike|penalty|finish|consolation|second|third|fourth|fifth)[ \t]+)"
    r"on[ \t]+(?P<t>\d{1,3})(?=\s*(?:[,.;:!?)]|$|\s[-–—]\s|\s+(?:and|as|when|after|before|with|while|but|then)\b)))"
)
WRITTEN_MINUTE = regex.compile(  # looked for only where MINUTE finds nothing and "minute" is written (3x slower)
    rf"(?i)\b(?:(?P<s>{ORDINAL_WORD})[- ]minute[ \t]+of[ \t]+{_FIRST_HALF}{_ADDED_TIME}|(?P<o>{ORDINAL_WORD})[- ]minute(?!s?\s+of\b)|(?:on|after|inside|within|in)\s+(?:(?:only|just)\s+)?(?P<w>{_CARDINAL})\s+minutes?\b"
    r"(?!\s+(?:earlier|later|before|after|left|remaining|to go|from|into|of|in)\b)"
    rf"|\b(?P<w>{_CARDINAL})\s+minutes\s+(?:gone|played|on\s+the\s+clock)\b)"  # a live blog's "twelve minutes gone"
)
MINUTE_WORD = regex.compile(r"(?i)minute")
HOUR_OR_MINUTE = regex.compile(r"(?i)hour|minute")
RELATIVE_MINUTE = regex.compile(  # a minute told from a point of the match
    r"(?i)\b(?:(?:on|around|bang[ \t]+on)[ \t]+the[ \t]+(?P<half>half[- ]?)?hour(?:[ \t]+mark)?\b"
    rf"|(?P<n>\d{{1,2}}|{_CARDINAL}|an?)[ \t]+minutes?[ \t]+(?:"
    r"(?P<after>after|into)[ \t]+(?:the[ \t]+)?(?:break|restart|re-start|interval|half-?time|second[ \t]+half)"
    r"|(?P<before>before)[ \t]+(?:the[ \t]+)?(?:break|interval|half-?time)"
    rf"|(?P<added>into)[ \t]+(?:the[ \t]+)?(?:(?P<first>first-half)[ \t]+)?{_ADDED_TIME}"  # "three minutes into stoppage time": 93
    # "with seven minutes of normal time remaining": 83 (of extra time: 113)
    r"|(?:of[ \t]+(?:normal|regular|(?P<extra>extra))[ \t]+time[ \t]+)?(?:left|remaining|to[ \t]+go|to[ \t]+play)"
    r"|(?:from[ \t]+(?:the[ \t]+)?(?:time|full[- ]time|end(?:[ \t]+of[ \t]+(?P<extra>extra)[ \t]+time)?)|before[ \t]+the[ \t]+(?:end|final[ \t]+whistle))\b))")
CLAUSE = regex.compile(r"(?i),\s|;\s|\s[—–]\s|\s(?:after|before|while|whereas|where|who|which|when|having)\s|\sand\s(?=(?:will|is set|are set|is due|are due|next)\b)")
OPPONENT_MARK = regex.compile(
    r"(?i)(?:(?:\bagainst|\bv\.?|\bvs\.?|\bversus|\bover|\bbeat|\bbeating|\bbeats|\bdefeated|\bpast)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?|(?:\bto|\bby|\bfrom|\bwith)\s+(?:the\s+)?"
    # "the 4-0 rout of X", "their thrashing of X": X lost
    r"|\b(?:rout|routing|thrashing|hammering|drubbing|demolition|dismantling|humiliation|defeat)\s+of\s+(?:the\s+)?)\Z")


PERFORMANCE = frozenset({"display", "performance", "shift", "showing"})


def _re(key: str) -> regex.Pattern[str]:
    return _cached(key)


@functools.cache
def _cached(key: str) -> regex.Pattern[str]:
    return words_pattern(vocab()["match"][key])


@dataclass
class MatchInfo:
    teams: frozenset[str]
    order: list[str]
    sentences: list[Sentence] = field(default_factory=list)
    scores: Counter[tuple[int, int]] = field(default_factory=Counter)  # (winner goals, loser goals)
    winner_votes: Counter[str] = field(default_factory=Counter)
    penalties: str | None = None
    dates: list[tuple[int, int, object]] = field(default_factory=list)  # (weight, -pos, date)
    venues: list[tuple[int, int, str]] = field(default_factory=list)
    background: bool = False  # told as past history ("had beaten", "in the group stage"), not as the day's news
    # ((winner goals, loser goals), winner) for each final score written between the teams ("Lesotho 3-2 Eswatini")
    written: Counter[tuple[tuple[int, int], str]] = field(default_factory=Counter)

    @property
    def winner(self) -> str | None:
        votes = Counter(self.winner_votes)
        if self.scores and self.written:  # the result line of the final score, not one of the scores on the way
            top = self.scores.most_common(1)[0][0]
            votes.update({t: n for (score, t), n in self.written.items() if score == top})
        if not votes:
            return None
        (top_team, n), *rest = votes.most_common()
        return None if rest and rest[0][1] == n else top_team


def _teams_in(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if s.begin <= m.begin < s.end]


FIXTURE_AHEAD = regex.compile(
    r"(?i)\b(?:into|sets?[ \t]+up|setting[ \t]+up|books?|booked)[ \t]+(?:a|an|the|[\w-]+['’]s)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:semi-?finals?|finals?|quarter-?finals?|last[ \t]+(?:four|eight|16)|round[ \t]+of[ \t]+16|clash|showdown|meeting|date)"
    r"[ \t]+(?:against|with|v|vs\.?)\b")  # "The result sends Tunisia into a semi-final against Senegal"


@functools.lru_cache(maxsize=4096)
def _is_future(text: str) -> bool:
    return bool(_re("future").search(text)) or bool(FIXTURE_AHEAD.search(text))


def _headline_teams(article: Article) -> set[str]:
    """The teams the headline names."""
    end = headline_end(article)
    return {m.team for m in accepted(article) if m.begin < end}


def _other_team(article: Article, team: str, found: dict[frozenset[str], MatchInfo] | None = None) -> str | None:
    """The opponent of a result that names one team: the team the article names most, unless that
    one plays in none of the matches found so far while another plays in more of them than any
    other ("a 6-0 win over X, a 5-0 semi-final against Y" ... "the two friendlies against Japan
    ended 4-0 and 2-1", in an article that names the coming World Cup's opponents more)."""
    counts = Counter(m.team for m in accepted(article) if m.team != team)
    if not counts:
        return None
    head = _headline_teams(article)
    if team in head and len(head) == 2:  # "U.S. women snatch SheBelieves Cup with late winner over Brazil"
        return next(t for t in head if t != team)
    first = {m.team: m.begin for m in reversed(accepted(article))}
    played = Counter(t for key in (found or {}) if team not in key for t in key)
    # a tie in mentions goes to the team that plays in more of the matches found so far
    top = min(counts, key=lambda t: (-counts[t], -played[t], first.get(t, 0)))
    ranked = played.most_common(2)
    if top not in played and ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return top


def _paragraph_opponent(article: Article, s: Sentence, team: str,
                        found: dict[frozenset[str], MatchInfo]) -> tuple[str | None, bool]:
    """The opponent of a result that names one team ("The Desert Warriors held on for a 1-0 win"):
    the one other team the sentence before it in its paragraph names (not one already paired with
    a third team: "the 3-0 defeat by Portugal" is another match), and whether that sentence names
    several (then which one is not said)."""
    text = article.content
    para = text.rfind("\n\n", 0, s.begin) + 1
    before = [x for x in sentences(article) if para <= x.begin and x.end <= s.begin][-1:]
    if not before:
        return None, False
    taken = {t for key in found if team not in key for t in key}
    named = [m for m in accepted(article) if before[0].begin <= m.begin < before[0].end and m.team != team
             and not NEIGHBOUR.search(text, max(before[0].begin, m.begin - 30), m.begin)]  # not "second, behind X"
    others = {m.team for m in named if m.team not in taken}
    if len(others) == 1:
        return others.pop(), False
    if not others:  # "France's campaign began with a 3-2 win over X. But the draw with Y ...": the subject told before
        subjects = {m.team for m in named if not OPPONENT_MARK.search(text[max(before[0].begin, m.begin - 40) : m.begin])}
        if len(subjects) == 1:
            return subjects.pop(), False
    return None, bool(others)


NEIGHBOUR = regex.compile(r"(?i)\b(?:behind|ahead[ \t]+of|above|below|clear[ \t]+of|adrift[ \t]+of|level[ \t]+with)[ \t]+(?:the[ \t]+)?\Z")


def _subject_before(ms: list[Mention], pos: int, text: str, s: Sentence) -> str | None:
    """The nearest team before ``pos`` that is not an object ("against X", "to X")."""
    for m in reversed([m for m in ms if m.end <= pos]):
        if OPPONENT_MARK.search(text[max(s.begin, m.begin - 40) : m.begin]):
            continue
        return m.team
    return None


def _team_after(ms: list[Mention], pos: int, limit: int = 50) -> str | None:
    for m in ms:
        if pos <= m.begin <= pos + limit:
            return m.team
    return None


def _votes(text: str, s: Sentence, ms: list[Mention], pair: tuple[str, str], local: str | None = None) -> Counter[str]:
    """Who won, according to this sentence's cues (``local``: its text, with clauses that are not
    its own blanked out)."""
    votes: Counter[str] = Counter()
    a, b = pair
    other = {a: b, b: a}
    local = text[s.begin : s.end] if local is None else local
    for m in _re("loss_to").finditer(local):
        t = _team_after(ms, s.begin + m.end())
        if t in other:
            if m.group(0).casefold() == "beaten" and PERFECT.search(local, 0, m.start()):
                votes[other[t]] += 2  # "Korea had beaten Hong Kong": the object lost
            else:
                votes[t] += 2
    for m in rx(r"(?i)\b(?:lose|lost|losing|loses|fell|falls|falling|went\s+down|go\s+down|going\s+down|slumped)\b[^.!?;]{0,40}?\bto\s+(?:the\s+)?").finditer(local):
        t = _team_after(ms, s.begin + m.end(), 5)
        if t in other:
            votes[t] += 2
    for m in BEATEN_OF_NOUN.finditer(local):  # "They opened with a 6-0 rout of Guam": Guam lost
        t = _team_after(ms, s.begin + m.end(), 5)
        if t in other:
            votes[other[t]] += 2
    for m in _re("win_object_loses").finditer(local):
        t = _team_after(ms, s.begin + m.end(), 30)
        if t in other and not rx(r"(?i)\s*by\b").match(local[m.end() :]):
            votes[other[t]] += 1
    for m in _re("win").finditer(local):
        if rx(r"\s*(?:by|over|against)\b").match(local[m.end() :]) and m.group(0).lower() in {"knocked out", "eliminated"}:
            continue
        if m.group(0).lower() in {"knocked out", "eliminated", "winning"}:
            continue
        if (t := _noun_for(ms, s, local, m)) is not None:
            if t in other:  # "the match ended in a 2-1 win for Ghana": the team after "for" won
                votes[t] += 2
            continue
        if PASSIVE.search(local, max(0, m.start() - 25), m.start()):
            by = PASSIVE_BY.match(local[m.end() : m.end() + 40])
            t = _team_after(ms, s.begin + m.end() + by.end(), 5) if by else None
            if t in other:  # "Brazil were thrashed 4-0 by Argentina": the agent won
                votes[t] += 2
            continue
        t = _we_subject(ms, s, local, m, pair) or _subject_before(ms, s.begin + m.start(), text, s)
        if t in other:
            votes[t] += 1
    for m in _re("loss").finditer(local):
        if (t := _noun_for(ms, s, local, m)) is not None:
            if t in other:  # "a 2-1 defeat for Ghana": the team after "for" lost
                votes[other[t]] += 2
            continue
        t = _we_subject(ms, s, local, m, pair) or _subject_before(ms, s.begin + m.start(), text, s)
        if m.group(0).casefold() == "beaten" and PERFECT.search(local, 0, m.start()):
            continue  # "had beaten X": the subject won (counted above)
        if t in other:
            votes[other[t]] += 1
    return votes


BEATEN_OF_NOUN = regex.compile(r"(?i)\b(?:thrashing|hammering|beating|drubbing|rout|demolition|dismantling|thumping|mauling|humbling"
                            r"|humiliation)[ \t]+of[ \t]+(?:the[ \t]+)?")
THEM_AFTER = regex.compile(r"(?i)[^.;!?\n]{0,20}?\bthem\b")
WE_BEFORE = regex.compile(r"(?i)(?<![\w'’])we[ \t]+(?:(?:had|have|were|just|only|then|also|narrowly|eventually|been)[ \t]+){0,2}\Z")


def _we_subject(ms: list[Mention], s: Sentence, local: str, verb: regex.Match[str], pair: tuple[str, str]) -> str | None:
    """The side of a "we" before a result verb whose object is "them" ("That Jamaica game matters: we lost
    2-1 to them"): the one of the pair the sentence does not name, not the team named before "we"."""
    if not WE_BEFORE.search(local, max(0, verb.start() - 40), verb.start()) or not THEM_AFTER.match(local, verb.end()):
        return None
    named = {m.team for m in ms if s.begin <= m.begin < s.end}
    unnamed = [t for t in pair if t not in named]
    return unnamed[0] if len(unnamed) == 1 else None


RESULT_NOUNS_FOR = frozenset({"win", "victory", "triumph", "defeat", "loss"})
FOR_AFTER = regex.compile(r"(?i)[ \t]+for[ \t]+(?:the[ \t]+)?")


def _noun_for(ms: list[Mention], s: Sentence, local: str, m: regex.Match[str]) -> str | None:
    """The team a result noun is "for" ("a 2-1 win for Ghana", "defeat for Mali"), not its subject's."""
    if m.group(0).casefold() not in RESULT_NOUNS_FOR or not (f := FOR_AFTER.match(local, m.end())):
        return None
    return _team_after(ms, s.begin + f.end(), 5)


PASSIVE = regex.compile(r"(?i)\b(?:were|was|been|being|be|get|got|gets|getting)[ \t]+(?:[\w-]+ly[ \t]+)?\Z")
PASSIVE_BY = regex.compile(r"(?i)(?:[ \t]+(?:out|aside|away))?(?:[ \t]+[^.;!?]{0,25}?)?[ \t]+by[ \t]+(?:the[ \t]+)?")
PAREN_MINUTE = regex.compile(r"(\d{1,3})(?:[ \t]*\+[ \t]*(\d{1,2}))?")  # "57", "90+2": base and extra
_PAREN_MARK = r"(?:[ \t]*,?[ \t]*(?:pen|p|og)\.?)?"  # "57 pen", "(12', og)"
PAREN_ITEM = rf"\d{{1,3}}(?:[ \t]*\+[ \t]*\d{{1,2}})?(?:st|nd|rd|th)?[ \t]*['’]?{_PAREN_MARK}"  # "39", "90+2'", "12th"
MARKED_ITEM = rf"\d{{1,3}}(?:[ \t]*\+[ \t]*\d{{1,2}})?(?:st|nd|rd|th|[ \t]*['’]|[ \t]*mins?\b){_PAREN_MARK}"
# "X scored in the ninth minute and Y in the 68th": Y's goal, the verb left out
GAPPED_BEFORE = regex.compile(r"(?i)(?:[ \t]*,)?[ \t]+(?:and|while|whilst|with)[ \t]+\Z|[ \t]*,[ \t]+\Z")
GAPPED_AFTER = regex.compile(
    rf"(?i)\A[ \t]+(?:(?:also|then|later)[ \t]+)?(?:in|on|after)[ \t]+(?:the[ \t]+)?"
    rf"(?:(?P<n>\d{{1,3}})(?:[ \t]*\+[ \t]*(?P<extra>\d{{1,2}}))?(?:st|nd|rd|th)?|(?P<o>{ORDINAL_WORD}))"
    r"(?:[ \t]*(?:minute|min)s?)?(?![\w'’-])"
    r"(?=[ \t]*(?:[,;.!?)]|\Z|[ \t]+[—–][ \t]|[ \t]+(?:and|while|with|as|before|after|to|at|in|on|for|against|when|but|from)\b))")
PERFECT = regex.compile(r"(?i)\b(?:have|has|had|having|['’]ve|['’]d)[ \t]+(?:(?:already|also|never|just|now|previously|before|comfortably|narrowly)[ \t]+)?\Z")
RESULT_LINE = regex.compile(r"[ \t]+(\d{1,2})[ \t]*(?:\([^()\n]{0,80}\)[ \t]*)?,?[ \t]+")  # "Senegal 3 (Diouf 12) Togo 0", between the teams


# the second score, its scorers and a note after a dash ("Mauritania 2 Sudan 0 (Sidi 33) – played on Monday")
# ", at Azam Complex." or ", Rose Bowl, Pasadena." after it: where it was played; "England 1 Germany 5 was ...": the line as a subject
RESULT_LINE_END = regex.compile(r"[ \t]+(\d{1,2})[ \t]*(?:\([^()\n]{0,80}\))?(?:[ \t]+[–—-][ \t]+[^\d\n]{1,40}?|,[ \t]+(?:at[ \t]+)?\p{Lu}[^\d\n]{1,60}?)?"
                                r"(?:[ \t.]*(?:\n|\Z)|(?=[ \t]+(?:was|is)\b)"
                                # a tally opening a sentence, the story going on: "India 1, Kuwait 1, and then the Blue Tigers won ..."
                                # a headline's result before its story: "Uruguay 1 Italy 0: X header delivers ..."
                                r"|(?P<on>(?=,[ \t]+and[ \t]+then\b|,[ \t]+(?:but|before|after)\b|[ \t]*[;—–]|:[ \t]+\p{Lu})))")
BULLETS = regex.compile(r"[\s\p{P}\p{S}]*")  # before a results line: "- ", "* ", "• ", "▶ ", "→ "
# a heading before the line: "Group B, Sunday 30 November — Uganda 2, Kenya 1", "WEDNESDAY, 4 SEPTEMBER – Jordan 2 Malaysia 1",
# "2/2/2002 - United States 2 Costa Rica 0"
RESULT_LINE_LEAD = regex.compile(r"[ \t]*(?:[^\n.!?—–]{1,50}?[ \t][—–-]|[^\n.!?—–]{1,50}?:)[ \t]+")


# a sentence that says what the score was, then a results line in it: "The score at the Allianz Riviera on 27 June 2016
# was Iceland 2 England 1, and ...", "The final scoreline read Chile 0 Peru 2.", "The scoreboard said X 3, Y 0"
SCORE_WAS = regex.compile(r"(?i)[^\n!?]{0,80}?\b(?:score|scoreline|scoreboard|result)\b[^\n!?]{0,80}?\b(?:was|read|reads|is|stood[ \t]+at"
                          r"|said|says|showed|shows)[ \t]+")
# a cleft before a results line: "... and then it was Qatar 1 Algeria 2 in the semi", "It finished Chile 0 Peru 2"
IT_WAS = regex.compile(r"(?i)(?<![\w'’])it[ \t]+(?:was|finished|ended)[ \t]+\Z")
TALLY_END = regex.compile(r"[ \t]+(\d{1,2})(?![\w:–-]|[ \t]*[-–:][ \t]*\d)")


def _result_line(local: str, spans: list[tuple[int, int]]) -> tuple[int, int, int, bool] | None:
    """A results line: "Senegal 3 Togo 0", "Senegal 3, Togo 0" (spans: the two teams' mentions,
    offsets in ``local``), with nothing else around it on its line."""
    if len(spans) < 2:
        return None
    (b1, e1), (b2, e2) = spans[:2]
    first = RESULT_LINE.fullmatch(local, e1, b2)
    if first and (SCORE_WAS.fullmatch(local, 0, b1) or IT_WAS.search(local, max(0, b1 - 16), b1)) \
            and (tally := TALLY_END.match(local, e2)):
        return int(first.group(1)), int(tally.group(1)), e1, True  # "The score in Nice was Iceland 2 England 1, and ..."
    second = RESULT_LINE_END.match(local[e2:])
    if not first or not second or (second.group("on") is None and any(b >= e2 + second.end() for b, _e in spans[2:])):
        return None  # a third team after the line (not one in the clause that goes on after it)
    if not BULLETS.fullmatch(local, 0, b1) and not RESULT_LINE_LEAD.fullmatch(local, 0, b1):
        return None
    return int(first.group(1)), int(second.group(1)), e1, True


WITH_SCORE = regex.compile(r"(?i)\b(?:with|by)[ \t]+\Z")
# translated copy: "X defeated Y with the score 2:1", told of two sides (not the one of "The team defeated Y with a score of 2:1")
WITH_THE_SCORE = regex.compile(r"(?i)\bwith[ \t]+(?:the|a)[ \t]+score(?:[ \t]+of)?[ \t]+\Z")
TO_SCORE = regex.compile(  # "fell last Saturday 2 to 1 against Japan" (translated copy)
    r"(?i)(?<=\b(?:won|win|wins|winning|lost|lose|loses|losing|fell|falls|beat|beats|defeated|defeats|drew|draw|draws|drawing|victory|defeat|loss"
    r"|overcame|overcome|overcomes|edged|prevailed|triumphed|beating|defeating)\b"
    r"[^.;!?\n\d]{0,30})\b(\d{1,2})[ \t]+to[ \t]+(\d{1,2})\b(?![ \t]*(?:minutes?|goals?|points?|years?|games?|matches)\b)")
X_SCORE = regex.compile(  # "Brazil 3 x 1 Argentina", "won for 2 x 0", "3x1", "2 a 1" (Spanish copy); not "2 x 45 minutes", "4 x 100 m"
    r"(?<![\w.,])(\d{1,2})(?:[ \t]*[x×][ \t]*|[ \t]+a[ \t]+)(\d{1,2})"
    r"(?![\w:-]|[.,]\d|[ \t]*(?:minutes?|mins?|m|km|metres?|meters?|seconds?|times?|points?|basketball)\b)")
GOALS_DRAW = regex.compile(rf"(?i)\b(?P<n>\d{{1,2}}|{_CARDINAL})-goal[ \t]+(?:draw|stalemate|tie)\b")
WORD_SCORE = regex.compile(  # "won one-nil", "by a clean goal" (translated Arabic copy: 1-0)
    rf"(?i)\b(?P<n>\d|{_CARDINAL})[- ](?:nil|nothing)\b"
    rf"|\b(?:by|with)[ \t]+(?:a|one|(?P<k>two|three|four|five))[ \t]+(?:clean|single|lone|solitary|unanswered)[ \t]+goals?\b")


_ZERO = {"zero": 0, "nil": 0}
_TO_TEN = [w for w, n in NUMBER_WORDS.items() if n <= 10 and w.isalpha() and not w.endswith(("th", "st", "nd", "rd"))]
_SMALL_NUMBER = rf"\d{{1,2}}|{'|'.join([*_ZERO, *_TO_TEN])}"
GOALS_TO = regex.compile(  # "won by 3 goals to 1", "with two goals to one" (translated French, Arabic copy)
    rf"(?i)(?<=\b(?:by|with|won|win|wins|lost|lose|loses|beat|beats|defeated|defeats|score[ \t]+of)[ \t]+)"
    rf"\b({_SMALL_NUMBER})[ \t]+goals?[ \t]+to[ \t]+({_SMALL_NUMBER})\b"
    r"(?![ \t]+(?:at|by|before)[ \t]+(?:half|the[ \t]+(?:break|interval)))")


def _x_to_dash(m: regex.Match[str]) -> str:
    """"3 x 1" -> "3 - 1", "3x1" -> "3-1": as long as the original, so that offsets hold."""
    spaced = f"{m.group(1)} - {m.group(2)}"
    return (spaced if len(spaced) <= len(m.group(0)) else f"{m.group(1)}-{m.group(2)}").ljust(len(m.group(0)))


def _to_scores(local: str) -> str:
    """"2 to 1" after a result word, "3 goals to 1" after "by", "3 x 1" (Portuguese and Spanish copy),
    written "2-1", padded so that offsets hold."""
    if "x" in local or "×" in local or " a " in local:
        local = X_SCORE.sub(_x_to_dash, local)
    if " to " not in local:
        return local
    local = TO_SCORE.sub(lambda m: f"{m.group(1)}-{m.group(2)}".ljust(len(m.group(0))), local)
    if "goal" not in local:
        return local
    # written "3-1 result" (no longer than "1 goal to 0"): a margin "by 3 goals to 1" is a final score
    return GOALS_TO.sub(lambda m: f"{_number(m.group(1))}-{_number(m.group(2))} result".ljust(len(m.group(0))), local)


def _number(word: str) -> int:
    """A score's number, in figures or words ("3", "three", "nil")."""
    w = word.casefold()
    return int(w) if w.isdigit() else _ZERO[w] if w in _ZERO else NUMBER_WORDS[w]


RESULT_NOUN_AFTER = regex.compile(
    r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:defeat|loss|victory|win|draw|triumph|thrashing|scoreline|success|reverse|demolition|"
    r"dismantling|thumping|mauling|humbling|rout|drubbing|hammering|beating|winners|victors)\b")
# a noun after a demonym that stands for the team itself ("the Bangladeshi side"): the team's mention ends before it
TEAM_NOUN_END = regex.compile(r"[ \t]+(?:side|team|squad|players|outfit|eleven|XI)\Z")
DETERMINER_SCORE = regex.compile(r"(?i)\b(?:a|an|the|their|its|his|her|our)[ \t]+\Z")


def _final_scores(local: str, teams_before: dict[int, int] | None = None) -> list[tuple[int, int, int, bool]]:
    """(a, b, offset, is_final) for each score in the sentence; ``teams_before`` maps where a team
    mention ends to where it begins (offsets in ``local``), so that the cue before "beat the
    Republic of Ireland 1-0" is looked for before the team's name, however long."""
    out = []
    inter_re, final_re = _re("intermediate"), _re("final")
    for m in SCORE.finditer(local):
        s, e = m.start(), m.end()
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        window_after = local[e : e + 25]
        if PENS.match(window_after) or PENS_BEFORE.search(local, max(0, s - 30), s):
            continue
        reach = s
        team_end = len(local[:s].rstrip())
        if teams_before and team_end not in teams_before and (noun := TEAM_NOUN_END.search(local, max(0, team_end - 12), team_end)):
            team_end = noun.start() if noun.start() in teams_before else team_end  # "beat the Bangladeshi side 2-1"
        if teams_before and team_end in teams_before:
            reach = teams_before[team_end]  # "beat <Team> 1-0": measure the window from the team's name
        inter_m = _last(inter_re.finditer(local, max(0, s - 15), s))
        final_m = _last(final_re.finditer(local, max(0, reach - 25), s))
        inter = inter_m is not None and not rx(
            r"(?i)\b(?:went|go|goes|going)\s+down\s*\Z").search(local[max(0, s - 15) : s])
        if inter and final_m is not None and inter_m is not None and final_m.start() >= inter_m.end():
            inter = False  # "came from behind to win 2-1": the result is nearer the score
        if inter and DETERMINER_SCORE.search(local, max(0, s - 8), s) and RESULT_NOUN_AFTER.match(window_after):
            inter = False  # "warmed up with a 1-1 draw": the noun phrase is the result, the word before is not about it
        inter = inter or bool(
            rx(r"(?i)\s*(?:up|down|lead|ahead|at (?:half-time|the break))\b").match(window_after))
        final_before = final_m is not None
        after_team = next((t_end for t_end, t_begin in (teams_before or {}).items()
                           if e <= t_begin <= e + 2 and not local[e:t_begin].strip()), None)
        if teams_before and local[s - 2 : s] == " (" and s - 2 in teams_before and local[e : e + 1] == ")":
            final_before = True  # "Fiji dominated Vanuatu (2-0)": a result in brackets after the team (translated copy)
        if teams_before and _paired_before(local, s, teams_before):
            final_before = True  # "Spain - Italy 2-1", "Spain vs Italy: 2-1": a result after the pair (translated copy)
        if teams_before and team_end in teams_before and after_team is not None:
            final_before = True  # "Austria 3-1 Sweden": a result written between the teams...
            inter = inter or bool(rx(r"(?i)\s*(?:at|by)\s+(?:half-time|halftime|the break|the interval)").match(
                local[after_team:]))  # ... unless it is the half-time score
        if not inter and rx(r"(?i)\s*in the \d+\w* minute").match(window_after):
            inter = not final_re.search(local, max(0, s - 10), s)
        fin = final_before or bool(final_re.match(local, e + len(window_after) - len(window_after.lstrip())))
        fin = fin or bool((WITH_SCORE.search(local, max(0, s - 6), s)
                           or len(teams_before or ()) >= 2 and WITH_THE_SCORE.search(local, max(0, s - 22), s))
                          and final_re.search(local, 0, s))  # "defeated X ... with 3:1"
        fin = fin or bool(RESULT_NOUN_AFTER.match(window_after))
        out.append((int(a), int(b), s, fin and not inter))
    for m in GOALLESS.finditer(local):
        out.append((0, 0, m.start(), True))
    if "goal" in local:
        for m in GOALS_DRAW.finditer(local):  # "shared a four-goal draw": 2-2
            n = _number(m.group("n"))
            if 0 < n <= 12 and n % 2 == 0:
                out.append((n // 2, n // 2, m.start(), True))
    if "all" in local:
        for m in ALL_DRAW.finditer(local):
            n = _number(m.group("n"))
            out.append((n, n, m.start(), True))
    for m in WORD_SCORE.finditer(local):
        if m.group("n"):
            n = _number(m.group("n"))
        else:
            n = NUMBER_WORDS[m.group("k").casefold()] if m.group("k") else 1
        if 0 < n <= 15:
            out.append((n, 0, m.start(), True))
    return out


PAIR_SEP = regex.compile(r"(?i)[ \t]*(?:[-–—]|vs?\.?|versus)[ \t]*\Z")
PAIR_SCORE_GAP = regex.compile(r"[ \t]*:?[ \t]*\Z")


def _paired_before(local: str, at: int, teams_before: dict[int, int]) -> tuple[int, int] | None:
    """"Spain - Italy 2-1", "Spain vs Italy: 2-1": the (begin, end) of the first of two teams joined by a
    dash or "v" right before the score at ``at``, else None."""
    gap = PAIR_SCORE_GAP.search(local, max(0, at - 4), at)
    second = teams_before.get(gap.start()) if gap else None
    if second is None:
        return None
    sep = PAIR_SEP.search(local, max(0, second - 10), second)
    if sep is None or sep.start() not in teams_before:
        return None
    return teams_before[sep.start()], sep.start()


def _last(found: Iterator[regex.Match[str]]) -> regex.Match[str] | None:
    last = None
    for last in found:  # noqa: B007 (the loop keeps the last one)
        pass
    return last


def _venue_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    return _venue_cached()


@functools.cache
def _venue_cached() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    v = vocab()["match"]
    words = "|".join(map(regex.escape, v["venue_words"]))
    prefix = "|".join(map(regex.escape, v["venue_prefix_words"]))
    cap = r"\p{Lu}[\p{L}\p{M}'’.-]*"
    particle = r"(?:bin|ibn|de|do|da|del|di|la|le|of|the|van|von|al|el)"
    stadium = regex.compile(
        rf"(?:(?:{cap}[ \t]+(?:{particle}[ \t]+)?){{1,4}}(?:{words})(?![\w])"
        rf"|(?:{prefix})[ \t]+(?:{particle}[ \t]+)?{cap}(?:[ \t]+(?:{particle}[ \t]+)?{cap}){{0,3}})")
    city = regex.compile(rf"(?<![\w])in[ \t]+(?P<city>{cap})(?![\w-]*[ \t]+(?:{words}))")
    return stadium, city


def matches(article: Article) -> list[MatchInfo]:
    """Matches described in the article (cached)."""
    if "matches" in article.cache:
        return article.cache["matches"]
    if not is_football(article):
        article.cache["matches"] = []
        return []
    text = article.content
    ms_all = accepted(article)
    sigs = signatures(article)
    found: dict[frozenset[str], MatchInfo] = {}
    for sentence in sentences(article):
        if other_sport(text, sentence.begin, sentence.end):
            continue
        for s in _past_segments(text, sentence):
            for clause in _result_clauses(text, s, ms_all):
                _match_segment(article, sentence, clause, ms_all, sigs, found)
    if found:
        main = max(found.values(), key=lambda i: (len(i.sentences), -i.sentences[0].begin))
        for s in sentences(article):
            if not _is_future(text[s.begin : s.end]) and s not in main.sentences:
                ms = _teams_in(s, ms_all)
                if not all(m.team in main.teams for m in ms):
                    continue  # not "Burkina Faso host Guinea in Ouagadougou": other teams lend no venue or votes
                _venues(text, s, main, priority=1)
                if ms:
                    main.winner_votes.update(_votes(text, s, ms, (main.order[0], main.order[1])))
        _dates_nearby(article, found, ms_all, sigs)
        _entry_dates(article, found, sigs)
        _report_date(article, found, main, sigs)
        _same_day(article, found, main)
    out = sorted(found.values(), key=lambda i: i.sentences[0].begin)
    article.cache["matches"] = out
    return out


def _dates_nearby(article: Article, found: dict[frozenset[str], MatchInfo], ms_all: list[Mention],
                  sigs: list[tuple[int, int]]) -> None:
    """A match without a date in its own sentences takes one from a sentence that names only its
    teams ("Denmark 3-2 Norway" ... "Denmark edged a wild derby at Parken on Tuesday night"), below
    any date of its own sentences."""
    text = article.content
    undated = [info for info in found.values() if not info.dates and not info.background]
    if not undated:
        return
    tweets = embeds(article)
    nearby: dict[int, list[tuple[int, dt.date]]] = {}
    for s in sentences(article):
        local = text[s.begin : s.end]
        ms = _teams_in(s, ms_all)
        owners = [info for info in undated if ms and all(m.team in info.teams for m in ms)]
        if len(owners) != 1 or _is_future(local):
            continue
        for d in find_dates(local, article.date):
            at = s.begin + d.begin
            date: dt.date | None = d.date
            tweet = next((e for e in tweets if e.begin <= at < e.text_end), None)
            if tweet is not None and RELATIVE_DATE.search(d.text):
                # "Thank you for standing by us tonight" in an embedded tweet: the tweet's night, not the article's
                posted = parse_date(tweet.date_text, article.date)
                date = parse_date(d.text, posted) if posted else None
            if date is not None and not inside(at, sigs) and not (article.date and date > article.date):
                nearby.setdefault(id(owners[0]), []).append((at, date))
    _scene_dates(article, undated, nearby, ms_all, sigs)
    for info in undated:
        told = nearby.get(id(info), [])
        # days of one week told around a match (the match "on Monday evening", the fans' clean-up "on Tuesday
        # morning", in either order): the match is the earliest, what is told about it comes after
        week = article.date is not None and all((article.date - date).days <= 7 for _, date in told)
        for at, date in told:
            info.dates.append((-1, date.toordinal() * -10**7 - at if week else -at, date))


def _scene_dates(article: Article, undated: list[MatchInfo], nearby: dict[int, list[tuple[int, dt.date]]],
                 ms_all: list[Mention], sigs: list[tuple[int, int]]) -> None:
    """A match with no date nearby takes the one date of the sentence just before its first one in the
    paragraph, when that sentence names no team and sets the scene ("Three days later, on 25 June,
    everything changed. We beat the Maldives 3-1")."""
    text = article.content
    for info in undated:
        if id(info) in nearby:
            continue
        first = info.sentences[0]
        prev = sentence_before(article, first)
        if prev is None or "\n\n" in text[prev.end : first.begin] or _teams_in(prev, ms_all):
            continue
        local = text[prev.begin : prev.end]
        if _is_future(local):
            continue
        days = [d for d in find_dates(local, article.date) if not inside(prev.begin + d.begin, sigs)]
        if len(days) == 1 and not (article.date and days[0].date > article.date):
            nearby[id(info)] = [(prev.begin + days[0].begin, days[0].date)]


MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
BACKGROUND = regex.compile(
    r"(?i)\b(?:had[ \t]+(?:(?:already|just|never|also|previously|only)[ \t]+)?(?:been|beaten|won|lost|drawn|drew|held|"
    r"played|met|faced|\p{Ll}+ed)|previous(?:ly)?|reverse|first[- ]leg|opened[ \t]+(?:with|their|its)|(?:their|its)[ \t]+opener|"
    r"opening[ \t]+(?:game|match|fixture|round|day|group)|matchday|ago|ever|history|since|"
    r"earlier(?![ \t]+(?:in[ \t]+the[ \t]+day|that[ \t]+day|today|on))|"
    r"(?:last|this|next)[ \t]+(?:year|month|season|summer|autumn|winter|spring|time|meeting|edition)|"
    r"group[ \t]+(?:stage|game|match|phase)|their[ \t]+group|(?:first|second|third|previous)[ \t]+(?:game|match|outing))\b"
    rf"|\bin[ \t]+{MONTH_NAMES}\b|\b(?:19|20)\d\d\b")


LIVE_BLOG = regex.compile(r"(?i)\b(?:as[ \t]+it[ \t]+happened|live[ \t]+(?:coverage|updates|blog|commentary|text)|"
                       r"minute-by-minute|(?:live|match)[ \t]+reaction)\b")


def _report_date(article: Article, found: dict[frozenset[str], MatchInfo], main: MatchInfo,
                 sigs: list[tuple[int, int]]) -> None:
    """Matches with no date of their own take the day the article reports (the first date its opening
    paragraphs give: "Senegal beat Togo on Tuesday night", "Sunday night in Houston was..."), below any
    other date: the main match, and the others told as that day's news (a round-up's "Elsewhere, X and
    Y drew 1-1"), not as past history ("who had beaten Y 2-0 in the group stage")."""
    undated = [info for info in found.values() if not info.dates and (info is main or not info.background)]
    if not undated:
        return
    text = article.content
    paragraphs: set[int] = set()
    day, at = None, 0
    for sentence in sentences(article):
        if sentence.begin < article.body_start:
            continue
        para = max(text.rfind("\n\n", 0, sentence.begin), article.body_start - 2)  # the header line is no prose
        if para not in paragraphs and len(text) - para > 80 and text.find("\n\n", para + 2) - para > 80:
            paragraphs.add(para)  # a paragraph of prose, not a headline or a byline
        if len(paragraphs) > 3:
            break
        for seg in _past_segments(text, sentence):
            day = next((d for d in find_dates(seg.text, article.date) if not inside(seg.begin + d.begin, sigs)
                        and not (article.date and d.date > article.date)), None)
            if day is not None:
                at = seg.begin + day.begin
                break
        if day is not None:
            break
    if day is None:
        if article.date and LIVE_BLOG.search(text, 0, min(len(text), article.body_start + 400)):
            for info in undated:  # a live blog ("As it happened", "Live coverage of X v Y") is written on the match's day
                info.dates.append((-3, 0, article.date))
        return
    for info in undated:
        info.dates.append((-2, -at, day.date))


# a match told as played on the main match's day: "in the parallel match", "in the other game of the day",
# "disputed earlier in the afternoon", a sentence that opens "Earlier, X beat Y"
SAME_DAY = regex.compile(
    r"(?i)\b(?:parallel|simultaneous)[ \t]+(?:match|game|fixture|tie)\b"
    r"|\bother[ \t]+(?:match|game|fixture|tie)(?:es|s)?[ \t]+(?:of|on)[ \t]+the[ \t]+(?:day|night|evening|afternoon|programme)\b"
    r"|\b(?:earlier|later)[ \t]+(?:in[ \t]+the|that|the[ \t]+same)[ \t]+(?:day|afternoon|morning|evening|night)\b"
    r"|\A[ \t]*Earlier,[ \t]+(?!in\b|on\b|at\b|during\b|this\b|that\b|last\b|before\b)\p{Lu}")


def _same_day(article: Article, found: dict[frozenset[str], MatchInfo], main: MatchInfo) -> None:
    """A match its first sentence tells as played on the main match's day takes the main match's date,
    over any other (a day in the same sentence is the next fixture's: "so the final of Saturday ...")."""
    if not main.dates:
        return
    day = max(main.dates, key=lambda d: (d[0], d[1]))
    text = article.content
    for info in found.values():
        s = info.sentences[0]
        if info is not main and SAME_DAY.search(text[s.begin : s.end]):
            info.dates.append((10, day[1], day[2]))


# a line of its own, under a blank line, that opens with a day ("THURSDAY", "Sat 26 Nov — matchday"): the last one before a point
DAY_HEADING = regex.compile(r"\n\n([ \t]*(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|wed|thu|fri|sat|sun)"
                         r"\.?[ \t]+\d{1,2}[ \t]+\p{L}{3,9})(?:[ \t]*[—–:,-][^\n.!?]{0,30})?)\n\n", regex.REVERSE)


def _entry_dates(article: Article, found: dict[frozenset[str], MatchInfo], sigs: list[tuple[int, int]]) -> None:
    """A match with no date of its own in a paragraph that opens with one (a live blog's "Sun 28 Jul,
    21.02 – ... FULL TIME: Australia 2-2 Zambia") takes that date."""
    text = article.content
    for info in found.values():
        if info.dates or info.background:
            continue
        para = text.rfind("\n\n", 0, info.sentences[0].begin) + 2
        head = find_dates(text[para : para + 30], article.date)
        if head and head[0].begin <= 5 and not inside(para, sigs) and not (article.date and head[0].date > article.date):
            info.dates.append((-1, -para, head[0].date))
            continue
        heading = DAY_HEADING.search(text, article.body_start, info.sentences[0].begin)
        for d in find_dates(heading[1], article.date)[:1] if heading else []:
            # a diary's section heading ("THURSDAY — MATCHDAY") over the paragraphs that tell the match
            if not (article.date and d.date > article.date):
                info.dates.append((-1, -heading.start(1), d.date))


def _past_segments(text: str, s: Sentence) -> list[Sentence]:
    """The sentence, or, when it also announces a fixture ("X will face Y on Sunday after beating
    Z 2-1"), its clauses that report the past."""
    local = text[s.begin : s.end]
    if not _is_future(local):
        return [s]
    out = []
    start = s.begin
    for m in list(CLAUSE.finditer(text, s.begin, s.end)) + [None]:
        end = m.start() if m else s.end
        if end > start and not _is_future(text[start:end]):
            out.append(Sentence(start, end, text[start:end]))
        start = m.start() if m else s.end
    return out


def _pair(text: str, ms: list[Mention], names: list[str], scores: list[tuple[int, int, int, bool]], offset: int) -> tuple[str, str]:
    """The two teams a sentence's result is about: those nearest its score (by the words between,
    a clause break between counting as far: "X and Y drew 0-0 in Z, which means W ..." is X's and
    Y's), else the first two."""
    if scores and len(names) > 2:
        pos = offset + scores[0][2]

        def distance(m: Mention) -> int:
            gap = (m.end, pos) if m.end <= pos else (pos, m.begin)
            return abs(gap[1] - gap[0]) + (1000 if PAIR_BREAK.search(text, gap[0], gap[1]) else 0)

        ranked = sorted(ms, key=distance)
        pair = list(dict.fromkeys(m.team for m in ranked))[:2]
        first = {m.team: m.begin for m in reversed(ms)}
        pair.sort(key=lambda t: first[t])
        return pair[0], pair[1]
    return names[0], names[1]


WIN_VERBS = r"beat|beaten|beating|defeated|defeating|thrashed|thrashing|edged|edging|overcame"  # before the beaten side
_LISTED_SIDE = r"(?:the[ \t]+)?\p{Lu}[\w'’.-]*(?:[ \t]+\p{Lu}[\w'’.-]*){0,3}[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}"
# a verb, then opponents each with their score and no verb or team after it: "beat Benin 4-0, Togo 3-1 and Niger 2-0"
ONE_SUBJECT_LIST = regex.compile(rf"(?i)\b(?:{WIN_VERBS})[ \t]+"
                                 rf"(?-i:{_LISTED_SIDE})(?:(?:,|[ \t]and|,[ \t]+and)[ \t]+(?-i:{_LISTED_SIDE})(?![ \t]*(?-i:\p{{Lu}})))+")
PAIR_BREAK = regex.compile(r"[;:—–()]|,[ \t]+(?:which|where|while|whereas|but|meaning)\b")  # another clause between a team and the score
APPOSED_RESULT = r"(?=\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+(?:winners|victors)[ \t]+(?:over|against)\b)"  # "X, 1-0 winners over Y,"
RELATIVE = regex.compile(rf",[ \t]+(?:(?:who|which)[ \t]|{APPOSED_RESULT})")
LISTED_RESULT = regex.compile(r"(?i)(?:(?:then|finally|later)[ \t]+)?(?:a|an|another|the)[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:over|against)\b")
AFTER_JOIN = regex.compile(r"(?i),[ \t]+(?:after|before)[ \t]+")  # "..., after Z knocked out W", "..., before Z beat W"
# a subject and its past verb after the join ("after the Ticas knocked out X"), not a noun ("after Friday's 4-0 win")
AFTER_SUBJECT = regex.compile(r"(?:the[ \t]+)?(?:\p{Lu}[\w'’.-]*[ \t]+){1,3}(?:had[ \t]+)?(?:\p{Ll}+ed|beat|won|drew|lost|held|fell|went|came|sank)\b")
COORDINATED = regex.compile(r"(?i),[ \t]+(?:and|while|whereas|but)[ \t]+|;[ \t]+|[ \t]+(?:while|whereas)[ \t]+"
                         r"|[ \t]+and[ \t]+(?:then[ \t]+)?(?=it[ \t]+(?:was|finished|ended)[ \t])")  # "... and then it was X 1 Y 2"
CLAUSE_END = regex.compile(r"[,;:—–()]|[ \t]-[ \t]")


@dataclass(frozen=True)
class Clause:
    """A part of a sentence that reports one result: ``seg`` with ``blank`` (another clause's
    text inside it) left out; ``antecedent`` is the team a "who" clause is about ("South Korea,
    who had knocked out Saudi Arabia"); ``whole`` when it is the whole segment."""

    seg: Sentence
    blank: tuple[tuple[int, int], ...] = ()
    antecedent: Mention | None = None
    whole: bool = True


def _result_clauses(text: str, s: Sentence, ms_all: list[Mention]) -> list[Clause]:
    """The clauses of a segment that can each report a result: a "who" clause after a team is
    about that team and is read on its own; when the rest names more than two teams, its
    coordinated clauses ("X beat Y 2-1, while Z beat W 5-3") are read one by one."""
    ms = _teams_in(s, ms_all)
    lead = rx(rf"\A[ \t,]*(?:(?:who|which)[ \t]|{APPOSED_RESULT})").match(text[s.begin : s.end])
    if lead:  # a piece of a longer sentence that starts with "who": its team ends right before it
        before = [m for m in ms_all if m.end <= s.begin and not text[m.end : s.begin].strip(" \t,")]
        return [Clause(s, (), before[-1] if before else None, False)]
    relatives: list[Clause] = []
    for r in RELATIVE.finditer(text, s.begin, s.end):
        team = next((m for m in ms if m.end == r.start()), None)
        if team is None:
            continue
        end = CLAUSE_END.search(text, r.end(), s.end)
        stop = end.start() if end else s.end
        relatives.append(Clause(Sentence(r.start() + 1, stop, text[r.start() + 1 : stop]), (), team, False))
    blank = tuple((c.seg.begin, c.seg.end) for c in relatives)
    rest = [m for m in ms if not any(b <= m.begin < e for b, e in blank)]
    listing = ONE_SUBJECT_LIST.search(text, s.begin, s.end) if not blank else None
    if len({m.team for m in rest}) == 2 and not blank and (";" in text[s.begin : s.end] or ", " in text[s.begin : s.end]):
        # "she played all ninety minutes of a 3-0 loss to X; in Dunedin she came off the bench as Y won 7-0", "we lost
        # to X 1-3, ..., and on Wednesday the hosts Y beat us 2-0": two results, each with a score and one of the two
        # teams, on either side of a semicolon or a coordinating ", and"
        for j in regex.finditer(r";[ \t]+|,[ \t]+(?:and|while|but|whereas)[ \t]+", text[s.begin : s.end]):
            cut, resume = s.begin + j.start(), s.begin + j.end()
            left = {m.team for m in rest if m.begin < cut}
            right = {m.team for m in rest if m.begin >= resume}
            marked = [bool(OPPONENT_MARK.search(text[max(s.begin, m.begin - 40) : m.begin])
                           or RESULT_VERB.search(text, max(s.begin, m.begin - 35), m.begin)) for m in rest]
            if len(left) == 1 and len(right) == 1 and left != right and not all(marked) \
                    and SCORE.search(text, s.begin, cut) and SCORE.search(text, resume, s.end):
                # (not "the win over X (2-1) was no fluke, and nor was the 2-2 draw with Y": one subject's results)
                return [Clause(Sentence(s.begin, cut, text[s.begin : cut]), (), None, True),
                        Clause(Sentence(resume, s.end, text[resume : s.end]), (), None, True)]
    if len({m.team for m in rest}) <= 2 or listing is not None and all(m.begin < listing.end() for m in rest):
        # (also "X beat Y 4-0, Z 3-1 and W 2-0": one subject's results, read together, when the sentence names no other team)
        # a "which" clause that names no team and no score ("the 2-1 win over Fiji, which was settled by a
        # late strike") leaves the rest the whole sentence's result
        whole = not any(len(ms) > len(rest) or SCORE.search(text, b, e) for b, e in blank)
        return [Clause(s, blank, None, whole), *relatives]
    parts: list[Clause] = []
    start = s.begin
    coordinated = list(COORDINATED.finditer(text, s.begin, s.end))
    # "X play Y in the semi-final, after Z knocked out W": a clause of its own when it names two teams
    coordinated += [j for j in AFTER_JOIN.finditer(text, s.begin, s.end)
                    if len({x.team for x in rest if x.begin < j.start()}) >= 2
                    and (len({x.team for x in rest if x.begin >= j.end()}) >= 2 or AFTER_SUBJECT.match(text, j.end(), s.end))]
    coordinated.sort(key=lambda j: j.start())
    # "X beat Y 2-0 and drew 1-1 with Z": a second verb that shares the subject, after a score
    coordinated += [j for j in VERB_JOIN.finditer(text, s.begin, s.end)
                    if SCORE.search(text, s.begin, j.start()) and any(x.begin >= j.end() for x in rest)
                    and not any(c.start() < j.end() and j.start() < c.end() for c in coordinated)]
    coordinated.sort(key=lambda j: j.start())
    joins = sorted([*coordinated, *_bare_joins(text, s, rest, coordinated)], key=lambda j: j.start())
    for m in [*joins, None]:
        end = m.start() if m else s.end
        if m is not None and any(b <= m.start() < e for b, e in blank):
            continue
        if m is not None and LISTED_RESULT.match(text, m.end(), s.end):
            continue  # "a 6-0 win over X, and a 3-0 final against Y": the list goes on, no clause of its own
        inner = tuple((b, e) for b, e in blank if start <= b < end)
        here = [x for x in rest if start <= x.begin < end]
        subject = None
        if parts and len({x.team for x in here}) == 1 and IT_SUBJECT.match(text[start:end]):
            # "the Spanish team had beaten Morocco 2-0, and on Thursday it drew 1-1 with the United States"
            first = [x for x in rest if parts[0].seg.begin <= x.begin < parts[0].seg.end]
            subject = first[0] if first and first[0].team != here[0].team else None
        elif parts and len({x.team for x in here}) == 1 and SHARED_VERB.match(text, start, end):
            # "X beat Y 2-0 and drew 1-1 with Z", "..., and only lost to Z": the first clause's subject is this one's
            # the nearest clause before it with a subject: its own, or the one it shares ("X won the group, beating
            # Y 2-0 and drawing with Z", after "W beat V, while"; not "... and Z 1-0", which has none)
            for prev in reversed(parts):
                first = [x for x in rest if prev.seg.begin <= x.begin < prev.seg.end]
                if prev.antecedent is not None:
                    subject = prev.antecedent if prev.antecedent.team != here[0].team else None
                    break
                if first and SUBJECT_VERB.match(text, first[0].end, prev.seg.end):
                    subject = first[0] if first[0].team != here[0].team else None
                    break
        parts.append(Clause(Sentence(start, end, text[start:end]), inner, subject, False))
        start = m.end() if m else s.end
    return [*parts, *relatives]


PENS_WON = regex.compile(r"(?i)\b(?:won|win|wins|lost|lose|loses)[ \t]+(?:the[ \t]+)?(?:penalty[ \t]+)?shoot-?out[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}"
                      r"|\b(?:won|lost)[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+on[ \t]+penalties")  # "North Korea won the shoot-out 4-3"
# "..., and on Thursday it drew 1-1 with X", "..., and in Hamburg, where they drew 2-2 with X"
IT_SUBJECT = regex.compile(r"(?i)[ \t]*(?:(?:on|in|at|then|later|after|before)\b[^,;]{0,30}?(?:,[ \t]+(?:where|when))?[ \t]+)?"
                        r"(?:it|they|she|he)[ \t]+\p{Ll}")


# a second verb that shares the subject, finite or a participle: "X beat Y 2-0 and drew with Z", "X topped the group,
# beating Y 2-0 and drawing with Z"
# ... also after "had": "X had won against Y with 3-1 and had lost against Z with 0-3"
_SHARED = (r"(?:(?:then|only|also|later|subsequently|eventually)[ \t]+)?(?:(?:had|has|have)[ \t]+(?:(?:then|only|also|later)[ \t]+)?"
           r"(?:drawn|lost|beaten|defeated|won|held|edged|thrashed)|drew|lost|beat|defeated|won|held|edged|thrashed"
           r"|drawing|losing|beating|defeating|holding|edging|thrashing)\b")
SHARED_VERB = regex.compile(rf"(?i)[ \t]*{_SHARED}")
VERB_JOIN = regex.compile(rf"(?i)(?:,[ \t]+|[ \t]+)and[ \t]+(?={_SHARED})")
# a team that is its clause's subject: "Ghana beat", "Ghana had drawn", "Ghana, in Accra, beat", "Ghana before had won"
SUBJECT_VERB = regex.compile(r"[ \t]+(?:(?:had|has|have|before|already|earlier|previously|also|then)[ \t]+){0,2}"
                             r"(?:\p{Ll}+ed|beat|won|drew|lost|held|fell|sank|drawn|beaten|went|came)\b")


BARE_JOIN = regex.compile(r"(?:[:,][ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?")


def _bare_joins(text: str, s: Sentence, ms: list[Mention], coordinated: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The bare "and"s and commas that join two results ("Japan beat Oman 2-0 and Iran beat Qatar
    3-1", "Ghana beat Mali 2-0, Senegal drew 1-1 with Guinea"), and a colon before a list of them:
    a team follows, a score stands after it with two teams, and one before it since the previous
    join (a colon ends an introduction, which needs none)."""
    out = []
    starts = {m.begin for m in ms}
    last = s.begin
    for j in BARE_JOIN.finditer(text, s.begin, s.end):
        if j.end() not in starts or any(c.start() < j.end() and j.start() < c.end() for c in coordinated):
            continue
        if (text[j.start()] == ":" or SCORE.search(text, last, j.start())) and SCORE.search(text, j.end(), s.end) \
                and len({m.team for m in ms if m.begin >= j.end()}) >= 2:  # not "beat Oman 2-0 and Iran 3-1"
            out.append(j)
            last = j.end()
    return out


LINK = regex.compile(
    r"(?i)\b(?:against|v|vs|versus|beat|beats|beating|beaten|defeated|defeat|over|to|by|with|and|past|edged|stunned|"
    r"thrashed|hammered|knocked|eliminated|overcame|sank|held|drew|draw|lost|lose|losing|won|win|victory|triumph|"
    r"face|faced|facing|meet|met|play|played|clash|tie|game|match|final)\b|[-–]")
STANDING = regex.compile(rf"(?i)(?:(?:\b(?:\d+|{_CARDINAL}|a)[\s-]+points?\s+(?:behind|clear\s+of|ahead\s+of|above|below|adrift\s+of|of"
                         r"|(?:of\s+)?(?:advance|lead|advantage|cushion)\s+(?:on|over))"  # "a three-point lead over X"
                         rf"|,\s+(?:\d+|{_CARDINAL})\s+(?:behind|clear\s+of|ahead\s+of|adrift\s+of))"  # "to nine points, three behind X"
                         r"(?:\s+the\s+(?:group\s+)?(?:leaders?|pace-?setters|top),?)?"  # "one point behind the leader, the Netherlands"
                         rf"|\bon\s+(?:\d+|{_CARDINAL})\s+points?,?\s+with"  # "top on 17 points, with Benin second"
                         # "through as Group C runners-up behind X", "finished third, below X": a place in a table
                         r"|\b(?:runners?-up|second|third|fourth|last|bottom)(?:\s+(?:place|spot))?,?\s+(?:behind|ahead\s+of|above|below)"
                         r"|\blevel\s+on\s+points\s+with|(?<!\b(?:drew|draw|draws|drawing|pulled|pulls|brought|got|gets)\s+)(?<=,\s+)level\s+with|\b(?:group|table|pool)\s+leaders)\s+(?:the\s+)?"
                         r"(?:(?:[\w-]+-placed|leaders?|bottom|top)\s+)?\Z")  # "clear of second-placed X"
# "Argentina continue to lead the table, followed by Colombia and Uruguay": an order, not a match
TABLE_FATE = regex.compile(r"(?i)\b(?:won|wins|win|topped|tops|top|clinched|clinch|finish(?:ed|es)?|ended|end)[ \t]+"
                        r"(?:the[ \t]+)?(?:group|table|pool|league|section)\b[^,;]*[,;]")
FOLLOWED = regex.compile(r"(?i)\bfollowed\s+by\b")


def _linked(text: str, ms: list[Mention], pair: tuple[str, str]) -> bool:
    """Two teams a sentence names without a score are a match only when the words between their
    first mentions link them (v, against, beat, drew with, and, ...) within one clause (not across
    ", while" or ";"), and one is not a league table's neighbour ("three points behind France")."""
    first = {m.team: m for m in reversed(ms)}
    a, b = sorted((first[pair[0]], first[pair[1]]), key=lambda m: m.begin)
    between = text[a.end : b.begin]
    if rx(r",[ \t]+(?:while|whereas)[ \t]|;").search(between):
        return False  # "Oman have won the cup twice, while Bahrain lifted it in 2019": a clause each
    if BOTH.match(text, b.end):
        return False  # "Vanuatu and Papua New Guinea's men, both knocked out": the same fate, not a match
    if FOLLOWED.search(between):
        return False
    fate = TABLE_FATE.search(between)
    if fate and not LINK.search(rx(r"(?i)\band\b").sub(" ", between[fate.end() :])):
        return False  # "X had already won the group, and Y finish second": places in a table, not a match
    # "X, for their part, dispatched Y": any verb of the result vocabulary links them across the aside
    return not STANDING.search(between) and (not rx(r"[,;:]").search(between) or bool(LINK.search(between))
                                             or bool(_re("win_object_loses").search(between)) or bool(_re("loss_to").search(between)))


RESULT_PHRASE = regex.compile(
    r"(?i)(?:(?<![\d-])(?P<a>\d{1,2})[ \t]*[-–][ \t]*(?P<b>\d{1,2})(?:[ \t]+(?:[\w-]+[ \t]+)?(?P<noun>win|victory|triumph|winners|victors|"
    r"thrashing|hammering|beating|drubbing|rout|defeat|loss|draw|stalemate|demolition|dismantling|thumping|mauling|humbling|humiliation"
    # a match named by its round, which tells no winner: "a 5-0 semi-final against Samoa"
    r"|(?P<round>(?:semi-?|quarter-?)?final|friendly|play-?off)))?"
    r"|\b(?:goalless|scoreless)[ \t]+(?:draw|stalemate)"
    r"|\b(?P<plural>wins|victories)(?=[ \t]+(?:over|against))"  # "wins over hosts Romania and Italy"
    r"|\b(?P<plural_loss>defeats|losses)(?=[ \t]+(?:by|to|against))"  # "pointless after defeats by X and Y"
    r"|\b(?:their|its|his|her|a)[ \t]+(?P<single>win|victory)(?=[ \t]+(?:over|against))"  # "following their win over X with ..."
    r"|\b(?:their|its|his|her|a|an)[ \t]+(?:\p{L}[\w-]*[ \t]+)?(?P<single_loss>defeat|loss)(?=[ \t]+(?:by|to))"  # "and a heavy defeat by X"
    # "a 4-0 win over X and a draw with Y", "the goalless opening draw with X, the 3-1 win over Y": no winner
    r"|\b(?:their|its|his|her|a|an|the)[ \t]+(?P<draw_words>(?:\p{Ll}[\w-]*[ \t]+){0,2})(?P<single_draw>draw|stalemate)(?=[ \t]+with))"
    r",?[ \t]+(?P<prep>over|against|to|by|with|of)[ \t]+(?:(?:the|hosts|holders|neighbours|neighbors)[ \t]+)?\Z")
LOSS_NOUNS = frozenset({"defeat", "loss"})
BEATEN_OF = frozenset({"defeat", "thrashing", "hammering", "beating", "drubbing", "rout", "demolition", "dismantling", "thumping",
                       "mauling", "humbling", "humiliation"})  # "their 4-1 demolition of Norway": Norway lost
# a verb before a beaten side in a list of results; "eliminated the holders Senegal", "swept Sweden aside 7-1",
# "battered X 8-0" (the verbs of vocab.json's `win_object_loses`; its nouns, "a victory over", are LISTED_RESULT's)
_BEATING_VERBS = alternation([w for w in vocab()["match"]["win_object_loses"]
                              if w.split()[0] not in {"victory", "win", "triumph", "winners", "victors"}], ignorecase=True)
RESULT_VERB = regex.compile(rf"(?i)\b(?:{WIN_VERBS}|(?<=\bto[ \t]+)(?:edge|defeat|overcome|get[ \t]+past)|won[ \t]+(?:against|over)|(?<=\b(?:had|has|have)[ \t]+)passed|overcoming|swept|"
                            rf"{_BEATING_VERBS}|knocked[ \t]+out|(?:lost|losing)[ \t]+to)[ \t]+(?:the[ \t]+)?"
                            r"(?:(?:holders?|hosts|defending[ \t]+champions|champions)[ \t]+)?\Z")
# "beating Iraq 2-0 and Yemen 1-0", "eliminated X (1-1, 5-4 on penalties), then Y after extra time (2-1)"
AND_NEXT = regex.compile(r"(?i)(?:,|[ \t]and|,[ \t]+and)(?:[ \t]+then)?[ \t]+(?:the[ \t]+)?\Z")
LOW_FIRST_AGAINST = regex.compile(r"(?i)\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+(?:against|versus|vs\.?|v\.?)[ \t]+(?:the[ \t]+)?")
SHOOTOUT_BEFORE = regex.compile(r"(?i)\bshoot-?out\b|\bpenalties\b")
# ... the preposition again, before a listed side's score: "Malaysia lost to Jordan 4-0 and to Bahrain 1-0"
# ... after the place of the one before: "beating Japan 4-0 in São Paulo and Ecuador 2-1 in Salvador"
AND_NEXT_SCORED = regex.compile(r"(?i)(?:[ \t]+(?:in|at)[ \t]+(?-i:\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}))?"
                             r"(?:,|[ \t]and|,[ \t]+and)(?:[ \t]+then)?[ \t]+(?:(?:to|against|over|by)[ \t]+)?(?:the[ \t]+)?\Z")
# "... 6-0", "... by 6-0", "... by 6 x 0" (translated)
SCORE_AFTER = regex.compile(r"\A[ \t]+(?:by[ \t]+)?(\d{1,2})(?:[ \t]*[-–][ \t]*|[ \t]+[x×][ \t]+)(\d{1,2})(?![\d:])")
# a listed side's score a few words on, up to the next team: "swept X aside 7-1", "got past X on
# penalties (0-0, 4-2)", "then X after extra time (2-1)" (the brackets are read to their end)
SCORE_NEAR = regex.compile(r"\A(?:[ \t]+(?:aside|out))?(?:[ \t]+[^\d;:.!?()\n]{1,45}?)?[ \t]*(\()?(\d{1,2})[ \t]*(?:[-–]|[ \t]to)[ \t]*"
                           r"(\d{1,2})(?![\d:])(?(1)[^()\n]{0,40}\))")  # "won against X by 2 to 1" (translated)
BRACKET_SCORE = regex.compile(r"[ \t]*\([ \t]*(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})[ \t]*\)")  # "Jordan (4-0)"
ANSWER = regex.compile(r"A[ \t]*[:.][ \t]")  # a line "A: ..." of a Q&A
SPEAKERS = "\x00speaker"  # a speaker's "we": whose results they are is not known here
LISTING_PRONOUN = regex.compile(r"\b(?:[Tt]hey|[Ww]e)\b")  # the subject of results listed after it


def _score_right_after(text: str, end: int, limit: int) -> regex.Match[str] | None:
    """The score right after a listed side ending at ``end``, bare or in brackets ("Jordan 4-0",
    "Jordan (4-0)", "Venezuela by 6 x 0"), matched on the text from ``end``."""
    return SCORE_AFTER.match(text[end : min(limit, end + 16)]) or BRACKET_SCORE.match(text[end : min(limit, end + 14)])


def _score_near(text: str, end: int, limit: int) -> tuple[int, int, int] | None:
    """The score written after a listed side ending at ``end`` (before ``limit``): goals, goals, where it ends."""
    m = SCORE_NEAR.match(text[end:limit])
    return (int(m.group(2)), int(m.group(3)), end + m.end()) if m is not None else None


def _results_listed(article: Article, sentence: Sentence, s: Sentence, ms: list[Mention],
                    found: dict[frozenset[str], MatchInfo]) -> bool:
    """Results a sentence lists against several opponents, each named after its own score ("a 3-1
    victory over Georgia and a 2-1 win against Czechia", "another 0-0, against France, and a 1-0
    win over Panama", "after beating Iraq 2-0 and Yemen 1-0"): each is a match of that opponent with the sentence's subject (a team it
    names otherwise, else the one its context gives). False when there are fewer than two."""
    if "scores_text" not in article.cache:  # "drawing 0 to 0 with X, beating Y by 4 to 1" (translated): read as "0-0", "4-1"
        article.cache["scores_text"] = _to_scores(article.content)
    text = article.cache["scores_text"]
    listed: list[tuple[str, int | None, int | None, str]] = []
    first = s.end
    last_score_end: int | None = None
    head: tuple[str, int | None, int | None, str, int] | None = None  # a result with its own subject, the first of a list
    first_head: tuple[str, int | None, int | None, str, int] | None = None
    for m in ms:
        p = RESULT_PHRASE.search(text, max(s.begin, m.begin - 45), m.begin)
        noun = (p.group("noun") or "").casefold() if p is not None else ""
        if p is not None and p.group("prep").casefold() == "of":
            p = p if noun in BEATEN_OF else None
            noun = "win"
        if p is not None:
            if p.group("single_draw"):  # a draw without a score: no winner; "goalless" tells 0-0
                nil = 0 if rx(r"(?i)\b(?:goalless|scoreless)\b").search(p.group("draw_words")) else None
                listed.append((m.team, nil, nil, ""))
                first = min(first, p.start())
                last_score_end = None
                continue
            lost = bool(p.group("plural_loss") or p.group("single_loss"))
            plural = bool(p.group("plural") or p.group("single")) or lost
            if p.group("round"):
                noun = ""  # "a 5-0 final against X": the round tells no winner
            elif (not noun or noun in BEATEN_OF) and p.group("a") and p.group("prep").casefold() in {"to", "by"}:
                noun = "defeat"  # "taken apart 4-0 by X", "lost 2-1 to X", "a 3-0 beating by X": X won
            elif not noun and p.group("a") and p.group("prep").casefold() == "over":
                noun = "win"  # "and then the 1-0 over X": the subject's win
            own = _score_right_after(text, m.end, s.end) if plural else None  # "defeats to Jordan (4-0) and Bahrain (1-0)"
            listed.append((m.team, int(own.group(1)) if own else None if plural else int(p.group("a") or 0),
                           int(own.group(2)) if own else None if plural else int(p.group("b") or 0),
                           "defeat" if lost else "win" if plural else noun))
            first = min(first, p.start())
            last_score_end = m.end + own.end() if own else m.end if p.group("plural") or p.group("plural_loss") else None
            continue
        if listed and listed[-1][1] is None and last_score_end is not None and AND_NEXT.fullmatch(text, last_score_end, m.begin):
            listed.append((m.team, None, None, listed[-1][3]))  # "wins over hosts Romania and Italy"
            last_score_end = m.end
            continue
        v = RESULT_VERB.search(text, max(s.begin, m.begin - 35), m.begin)  # "they beat the UAE 1-0"
        after = _score_right_after(text, m.end, s.end)
        near = None
        if after is None and (v is not None or listed):  # "swept X aside 7-1", "then Y after extra time (2-1)"
            near = _score_near(text, m.end, next((x.begin for x in ms if x.begin >= m.end), s.end))
        outcome = "defeat" if v is not None and v.group(0).casefold().startswith(("lost", "losing")) else "win"
        if v is not None and any(0 <= v.start() - x.end <= 20 and rx(r"[ \t]+(?:[\w-]+[ \t]+)?").fullmatch(text, x.end, v.start())
                                 for x in ms):
            # "Iran beat Qatar 3-1": a result with its own subject; the head of a list if another score follows
            # with no verb of its own ("Iran beat Qatar 3-1 and Oman 2-0")
            # ... or one won on penalties, told without a score ("X needed a shoot-out to get past Y before they saw off Z 2-0")
            shootout = after is None and not listed and (PENS.match(text[m.end : s.end]) is not None
                                                         or SHOOTOUT_BEFORE.search(text, max(s.begin, v.start() - 60), v.start()) is not None)
            head = (m.team, int(after.group(1)), int(after.group(2)), outcome, v.start()) if after is not None and not listed \
                else (m.team, None, None, outcome, v.start()) if shootout else None
            first_head = first_head or head
            last_score_end = m.end + after.end() if after is not None else None
            continue
        if head is not None and v is None and after is not None and last_score_end is not None \
                and AND_NEXT_SCORED.fullmatch(text, last_score_end, m.begin):
            listed.append(head[:4])
            first = min(first, head[4])
        head = None
        if v is not None and after is not None:
            listed.append((m.team, int(after.group(1)), int(after.group(2)), outcome))
            first = min(first, v.start())
        elif v is not None and near is not None:
            listed.append((m.team, near[0], near[1], outcome))
            first = min(first, v.start())
        elif v is None and (after is not None or near is not None) and listed and last_score_end is not None \
                and AND_NEXT_SCORED.fullmatch(text, last_score_end, m.begin):
            a, b = (int(after.group(1)), int(after.group(2))) if after is not None else near[:2]  # type: ignore[index]
            listed.append((m.team, a, b, listed[-1][3]))  # the verb before holds
        last_score_end = m.end + after.end() if after is not None else near[2] if near is not None else None
    if len(listed) == 1 and first_head is not None and first_head[0] != listed[0][0]:
        # "X beat Y 2-1, having needed a shoot-out to get past Z (2-2, 5-3 on penalties)": the participle's result is X's too
        listed.insert(0, first_head[:4])
        first = min(first, first_head[4])
    if len({t for t, *_ in listed}) < 2:
        return False
    opponents = {t for t, *_ in listed}
    subject = _listing_subject(article, sentence, s, ms, found, first, opponents)
    if subject == SPEAKERS:
        return True
    if subject is None:
        return False
    for team, a, b, noun in listed:
        info = _background_match(found, subject, team, sentence)  # results listed against several opponents: past games
        if a is not None and b is not None:
            info.scores[(max(a, b), min(a, b))] += 1
        if (a is None or a != b) and noun:  # "defeats by X and Y" tell a winner without a score
            info.winner_votes[team if noun in LOSS_NOUNS else subject] += 2
        elif not noun and a is not None and b is not None and a < b:
            info.winner_votes[team] += 2  # "after the 0-2 against the Germans": the lower number first is the subject's
    return True


def _listing_subject(article: Article, sentence: Sentence, s: Sentence, ms: list[Mention],
                     found: dict[frozenset[str], MatchInfo], first: int, opponents: set[str]) -> str | None:
    """Whose results a sentence lists against ``opponents`` (the first of them written at ``first``):
    a team it names as a subject, else "we" (the outlet's side) or "they" (the sentence before's
    team), else the article's first winner or main team. None when it is a speaker's "we" or unknown."""
    text = article.content
    others = [m.team for m in ms if m.team not in opponents and m.end <= first  # the subject comes first
              and not OPPONENT_MARK.search(text[max(s.begin, m.begin - 40) : m.begin])]
    # "The 0-0 draw with X and the 8-0 rout of Y mean Z top the group": the team the results leave somewhere
    after = [m.team for m in ms if m.team not in opponents and m.begin > first and s.begin == sentence.begin
             and not PRONOUN_SUBJECT.match(text, s.begin, s.end) and LEAVE_VERB.match(text, m.end, s.end)]
    # "They were taken apart 4-0 by X and then lost 2-1 to Y": the one team the sentence before names;
    # "Peru's campaign is over. A 2-0 defeat by X followed a draw with Y": a sentence without a subject, too
    lead = LISTING_PRONOUN.search(text, s.begin, first) if not others and not after else None
    if not others and not after and (lead is None or lead.group().casefold() == "we"):
        from .fan_acts import QUESTION_LINE, interviewee_team

        line = text.rfind("\n", 0, s.begin) + 1
        # a Q&A's question ("Q: Before Las Vegas the run was impressive: the 1-1 with X, ..."), or its answer's "we":
        # the interviewee's team
        if (QUESTION_LINE.match(text, line) or lead is not None and ANSWER.match(text, line)) \
                and (own := interviewee_team(article)) is not None and own not in opponents:
            return own
    if lead is not None and lead.group().casefold() == "we":  # "we thrashed X 4-0 and then got past Y": the
        if any(q.start() < lead.start() < q.end() for q in QUOTED.finditer(text, max(0, lead.start() - 600), lead.end() + 600)) \
                or ANSWER.match(text, text.rfind("\n", 0, lead.start()) + 1):  # a Q&A's answer: the interviewee's
            # the writer's own side; a speaker's "we" is the speaker's, not known here:
            return SPEAKERS  # no match, and the opponents are not each other's
        from .fan_acts import diarist

        # a diarist's side or the headline's (not the outlet's "our team": teams.own_side reads the matches)
        teller = diarist(article)
        # ... else the winner of the article's first match (a fan blog's "England 2-1 Germany ... We battered
        # Norway"), else the team it names most
        first_found = next(iter(found.values()), None)
        others = [t for t in ((teller[1] if teller else None) or lead_team(article)
                              or (first_found.winner if first_found is not None else None) or focus_team(article),) if t]
        if not others:
            return SPEAKERS
    pronoun = PRONOUN_SUBJECT.match(text, s.begin, s.end) is not None or lead is not None and not others
    before = sentence_before(article, sentence) if pronoun or (not others and not after) else None
    told = list(dict.fromkeys(m.team for m in accepted(article) if before and before.begin <= m.begin < before.end
                              # "they were humiliated by X (0-4) ... They then eliminated Y": not X
                              and not OPPONENT_MARK.search(text[max(before.begin, m.begin - 40) : m.begin])))
    if before is not None and len(told) > 1:  # "X's run ended in a 1-0 defeat by Y, which sent the Z ... It began with ...": X
        told = [m.team for m in accepted(article) if before.begin <= m.begin < before.begin + 40
                and not OPPONENT_MARK.search(text[max(before.begin, m.begin - 40) : m.begin])][:1]
    if before is not None and not told and (side := SIDE_SUBJECT.match(text, before.begin, before.end)) is not None:
        # "The hosts had looked untouchable. They had swept X aside 7-1": the home side
        told = [t for t in ((home_team if side.group(1).casefold() == "hosts" else away_team)(article),) if t]
    # "The win followed ...": the winner of the article's first match, else its main team
    first_match = next(iter(found.values()), None)
    # "She scored twice in a 3-0 win over X and ...": a player's results are her team's, the article's main one
    person = pronoun and before is not None and PERSON_PRONOUN.match(text, s.begin, s.end) is not None
    # ... unless the headline is about the first match's other side ("Japan's coach after Olympic exit")
    headed = lead_team(article) if first_match is not None and not person and len(_headline_teams(article)) == 1 \
        else None  # not "Costa Rica 1 Paraguay 3"
    winner = (headed if headed in first_match.teams else first_match.winner) if first_match and not person else None
    subject = others[0] if others else after[0] if after else told[0] if len(told) == 1 and told[0] not in opponents \
        else winner or focus_team(article)
    if subject in opponents and first_match is not None and len(first_match.teams - opponents) == 1:
        subject = next(iter(first_match.teams - opponents))  # the first match's side the results are not against
    return subject if subject is not None and subject not in opponents else None


PRONOUN_SUBJECT = regex.compile(r"[ \t]*(?:They|She|He|It)[ \t]+\p{Ll}")
SIDE_SUBJECT = regex.compile(r"(?i)[ \t\n]*the[ \t]+(hosts|visitors)[ \t]+\p{Ll}")
PERSON_PRONOUN = regex.compile(r"[ \t]*(?:She|He)[ \t]+\p{Ll}")
LEAVE_VERB = regex.compile(r"[ \t]+(?:top|tops|topped|lead|leads|led|sit|sits|sat|stay|stays|stayed|remain|remains|remained|"
                        r"finish|finishes|finished|go|goes|went|advance|advances|advanced|are|is|were|was)\b")


# "X will begin against Y", "X's next match is against Y", "X must now take something from their game against Y"
FUTURE_MARK = regex.compile(r"(?i)\b(?:will|shall|next|must|would)\b|\w['’]ll\b"
                         r"|\b(?:(?:is|are)[ \t]+(?:now[ \t]+)?(?:(?:scheduled|set|due|slated)[ \t]+for|on)"  # "the final, between X and Y, is on Saturday"
                         # "the fixtures, which begin on Friday"; translated German: "for the team it goes on Saturday against X"
                         r"|(?:begin|begins|start|starts|kick[ \t]+off|kicks[ \t]+off|goes|continues)(?:[ \t]+on)?)[ \t]+"
                         r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)\b")


def _fixture(local: str) -> bool:
    """A clause with no score that speaks of its teams in the present tense only: a fixture ("X
    host Y on Saturday", "X and Y meet in the final") or a generality ("teams like X and Y go there
    and win"), not a result. A past-tense result word ("drew", "lost to", "beat") keeps it."""
    present = _re("fixture_present")
    seen = bool(present.search(local)) or bool(FUTURE_MARK.search(local))
    for key in ("win", "loss", "loss_to"):  # not "intermediate": "up", "ahead" tell no tense
        for m in _re(key).finditer(local):
            if present.fullmatch(m.group(0)) or INFINITIVE.search(local, max(0, m.start() - 12), m.start()) \
                    or SOUGHT.search(local, max(0, m.start() - 40), m.start()) \
                    or AIMED_FOR.search(local, max(0, m.start() - 30), m.start()):
                continue  # "needing a point to reach the quarter-finals": not a result
            if RESULT_NOUN.search(local, 0, m.start()) and MODAL_AFTER.match(local, m.end()):
                continue  # "A victory could be enough to finish second": a hoped-for result
            if m.group(0).casefold() in PRESENT_RESULT and not RESULT_NOUN.search(local, 0, m.start()):
                seen = True  # "go there and win", not "their win over X"
                continue
            return False
    return seen and not rx(r"(?i)\b(?:drew|drawn|held|ended|finished)\b").search(local)


AIMED_FOR = regex.compile(r"(?i)\bfor[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+)?\Z")  # "against X for the group victory": an aim
MODAL_AFTER = regex.compile(r"(?i)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:could|would|might|should|will|may)\b")


BOTH = regex.compile(r"(?i)(?:['’]s[ \t]+[\w-]+)?,?[ \t]+(?:(?:are|were|have|had|is|was)[ \t]+)?(?:both|neither)\b")
NOT_PLAYED = regex.compile(r"(?i)\b(?:postponed|never[ \t]+(?:kicked[ \t]+off|started|took[ \t]+place)|(?:was|were|been|being|is)[ \t]+"
                           r"(?:[\w-]+[ \t]+)?(?:called[ \t]+off|cancell?ed|abandoned|rescheduled|scrapped))\b")
INFINITIVE = regex.compile(r"(?i)\b(?:to|will|would|could|can|must)[ \t]+\Z")
SOUGHT = regex.compile(r"(?i)\b(?:looking|searching|hunting|chasing|seeking|in[ \t]+search)[ \t]+(?:for[ \t]+|of[ \t]+)?"
                    r"(?:a|an|their|its|his|her)[ \t]+(?:first|maiden|long-awaited|elusive|[\w-]+)?[ \t]*\Z")  # "still looking for a first win"
LEG = regex.compile(r"(?i)\b(?:first|second|return|home|away|opening)[- ]leg\b|\baggregate\b")
SHOOTOUT_WORDS = regex.compile(r"(?i)\bshoot-?out\b|\bspot-?kicks\b|\bkicks\b|\bpenalties\b")
CONDITIONAL = regex.compile(r"(?i)\b(?:if|unless|should|whether|in case|hop(?:e|es|ed|ing)(?:[ \t]+that)?)[ \t]+(?:the[ \t]+)?\p{Lu}"  # "If Panama beat Mexico ..."
                         r"|\b(?:must|needs?[ \t]+to|ha(?:ve|s)[ \t]+to)[ \t]+(?:[\w-]+[ \t]+)?(?:beat|win|defeat|overcome|draw|avoid)\b"
                         r"|\bneed(?:s|ing)?[ \t]+(?:at[ \t]+least[ \t]+|only[ \t]+|just[ \t]+)?(?:(?:a|an|one|the)[ \t]+(?:draw|win|point|victory|result)|something|anything)\b"
                         # "beat X on Tuesday and they're through": a result as the condition of what follows
                         r"|\band[ \t]+(?:they|we|you|it|she|he)(?:['’]re|[ \t]+are|['’]ll[ \t]+be|[ \t]+will[ \t]+be|[ \t]+go)[ \t]+(?:through|top|safe|into)\b")
PRESENT_RESULT = frozenset({"win", "wins", "lose", "loses", "beats", "advance", "advances"})
RESULT_NOUN = regex.compile(r"(?i)\b(?:a|an|the|their|his|her|its|our|this|that|whose|first|second|last|\d+[-–]\d+|[\w-]+['’]s)[ \t]+(?:[\w-]+[ \t]+)?\Z")


def _intermediate_cue(local: str) -> bool:
    """An intermediate word that tells a match without a score ("led", "at the break"), not one
    that needs a score beside it ("up", "behind": "fans stayed behind", "make up the numbers")."""
    bare = vocab()["match"]["intermediate_with_score"]
    return any(m.group(0).casefold() not in bare for m in _re("intermediate").finditer(local))


# "after Monday's draw with X"; the verb too: "Peru drew with Chile", "drawing goalless against Chile" (not "were drawn
# with": a draw for the groups)
DRAW_WITH = regex.compile(r"(?i)\b(?:draw|stalemate|drew|drawing|draws|tied)[ \t]+(?:(?:goalless|scoreless)[ \t]+)?(?:with|against)[ \t]")
# a result told by a noun phrase before its one team, the other side implied ("the draw with X in their final group
# game", "the play-off defeat by X"): not a hoped-for one ("a win over X would", "still without a win over X")
LONE_RESULT = regex.compile(r"(?i)\b(?:the|their|its|his|her|our|a|[\w-]+['’]s)[ \t]+(?:[\w-]+[ \t]+){0,5}?"
                            r"(?:(?:draw|stalemate)[ \t]+(?:with|against)|(?:defeat|loss)[ \t]+(?:by|to|against)"
                            r"|(?:win|victory)[ \t]+(?:over|against)"
                            # "After the 2:0 against Poland on Friday": a score before its one team, the subject's first
                            r"|(?<![\d:-])\d{1,2}[ \t]*[-–:][ \t]*\d{1,2}[ \t]+(?:against|over))[ \t]+(?:the[ \t]+)?\Z")
# ... as a noun phrase, its subject not named ("the 2:0 against Poland"; not "falls 2 to 1 against Japan")
LONE_SCORE = regex.compile(r"(?i)\b(?:the|a|an|their|its|his|her|our)[ \t]+(\d{1,2})[ \t]*[-–:][ \t]*(\d{1,2})[ \t]+(?:against|over)[ \t]+(?:the[ \t]+)?\Z")
HYPOTHETICAL = regex.compile(r"(?i)\b(?:could|might|may|should|would|will|need|needs|needed)\b|\w['’]ll\b")
NEGATED = regex.compile(r"(?i)\b(?:never|without|no|not|yet|avoid|avoided)\b|n['’]t\b")  # before the phrase


def _lone_result(local: str, at: int) -> bool:
    """A result with no score whose one team comes right after a result noun (``at``: where the team
    begins), in a clause that tells no fixture, wish or condition."""
    p = LONE_RESULT.search(local, max(0, at - 80), at)
    return p is not None and not HYPOTHETICAL.search(local) and not NEGATED.search(local, 0, p.start()) \
        and not CONDITIONAL.search(local) and not _is_future(local) \
        and not SOUGHT.search(local, max(0, p.start() - 40), p.start() + 1)


AGE_GROUP = regex.compile(r"[ \t]+(?:U|Under)[- ]?(?:1[4-9]|2[0-3])s?(?![\w-])(?:[ \t]+(?:women|men)(?![\w-]))?")


def _both_opposed(text: str, s: Sentence, ms: list[Mention]) -> bool:
    """Every team of the segment is written as someone's opponent ("played 1:1 with Portugal ... lost against
    Scotland"), by OPPOSED: not by a bare "with", "by" or "to"."""
    return all(OPPOSED.search(text[max(s.begin, m.begin - 40) : m.begin]) and not rx(r"['’]").match(text, m.end) for m in ms)


# a side written as the opponent of a result (not OPPONENT_MARK's every "by", "with", "to": "left by X's players",
# "coupled with X's win over Y")
OPPOSED = regex.compile(r"(?i)(?:\bagainst|\bover|\bpast|\bbeat|\bbeating|\bbeats|\bdefeated|\bdefeating|\bv\.?|\bvs\.?|\bversus"
                        r"|\b(?:lost|losing|loss|defeat|beaten|fell)[ \t]+(?:[\w:–-]+[ \t]+){0,2}?(?:to|by)"
                        r"|\b(?:drew|draw|drawing|played|tied)[ \t]+(?:(?:\d{1,2}[-–:]\d{1,2}|goalless|scoreless|level|again|only)[ \t]+)?with)"
                        r"[ \t]+(?:the[ \t]+)?\Z")  # not "drew comparisons with X"


def _opponents_of_subject(article: Article, sentence: Sentence, s: Sentence, ms: list[Mention],
                          found: dict[frozenset[str], MatchInfo]) -> None:
    """Each of two opponents played the sentence's subject (its "we", "they", or the article's main
    team): a match each, with no score (which number belongs to which is not told here)."""
    local = _to_scores(s.text)
    if not (SCORE.search(local) or _re("win").search(local) or _re("loss").search(local) or _re("match_nouns").search(local)
            or DRAW_WITH.search(local)) or _fixture(local) or CONDITIONAL.search(local) or NOT_PLAYED.search(local):
        return  # no result told, or one still to come ("before facing Portugal and then Scotland")
    opponents = {m.team for m in ms}
    subject = _listing_subject(article, sentence, s, ms, found, ms[0].begin, opponents)
    if subject is None or subject == SPEAKERS:
        return
    for m in ms:
        _background_match(found, subject, m.team, sentence)


def _background_match(found: dict[frozenset[str], MatchInfo], subject: str, team: str, sentence: Sentence) -> MatchInfo:
    """The match of ``subject`` and ``team`` (made if new), told in ``sentence`` as one of a run of past games."""
    key = frozenset((subject, team))
    info = found.setdefault(key, MatchInfo(key, [subject, team]))
    info.background = True
    if sentence not in info.sentences:
        info.sentences.append(sentence)
    return info


# a table's heading on a line of its own above: "STANDINGS (top two per group, after 2 matches)", "Group table:", "Pts"
STANDINGS_HEAD = regex.compile(r"(?im)^[ \t]*(?:[\w' -]{0,30}[ \t])?(?:standings|league[ \t]+table|group[ \t]+tables?|table|points|pts)\b[^\n]{0,60}\n")
OUTLET_WE = regex.compile(r"(?i)(?<![\w'’])(?:we|us|our)(?![\w'’])")
TRANSLATED_FROM = regex.compile(r"(?i)\btranslated[ \t]+from[ \t]+(?:the[ \t]+)?(\p{L}+)")


def _translated_side(article: Article) -> str | None:
    """The team of the language a report says it was translated from ("translated from Hungarian"), when
    that language is one team's demonym and the article names the team: the outlet's "we"."""
    if "translated_side" not in article.cache:
        text = article.content
        said = TRANSLATED_FROM.search(text, 0, min(len(text), article.body_start + 800))
        team = teams().demonym(said.group(1)) if said else None
        article.cache["translated_side"] = team if team and any(m.team == team for m in accepted(article)) else None
    return article.cache["translated_side"]


DRAW_WORD = regex.compile(r"(?i)\b(?:draw|drew|drawn|stalemate|tie|tied|level|all[ \t]+square)\b")
# ... "After opening with a 6-0 rout of X, they face Y in the last group game": a subject's present tense too
NEXT_OPPONENT = regex.compile(r"(?i)\b(?:and[ \t]+(?:will|shall)|(?<![\w-])(?:they|we)(?:[ \t]+(?:will|shall))?)[ \t]+(?:now[ \t]+|next[ \t]+)?"
                           r"(?:face|meet|play|affront|confront|host|visit|take[ \t]+on"
                           # translated copy: "and will cross with X", "and will measure with X" (se cruzará, se medirá con)
                           r"|cross[ \t]+with|measure[ \t]+(?:(?:themselves|itself|forces)[ \t]+)?(?:with|against))"
                           r"[ \t]+(?:the[ \t]+)?\Z")


def _match_segment(article: Article, sentence: Sentence, clause: Clause, ms_all: list[Mention],
                   sigs: list[tuple[int, int]], found: dict[frozenset[str], MatchInfo]) -> None:
    text = article.content
    s = clause.seg
    local = _to_scores(text[s.begin : s.end])
    for b, e in clause.blank:  # another clause's words: spaces, so that offsets hold
        local = local[: b - s.begin] + " " * (e - b) + local[e - s.begin :]
    ms = [m for m in _teams_in(s, ms_all) if not any(b <= m.begin < e for b, e in clause.blank)
          and not STANDING.search(text, max(s.begin, m.begin - 60), m.begin)  # "one point behind the leader, X"
          # "... imposed itself 3-0 and will affront Cameroon in the quarter-final": the next opponent
          and not (m.begin > s.begin and NEXT_OPPONENT.search(text, max(s.begin, m.begin - 40), m.begin))]
    if clause.antecedent is not None:
        ms = [clause.antecedent, *ms]
    names = list(dict.fromkeys(m.team for m in ms))
    for m in ms:  # "Mali U-17 3-2 Mexico U-17": the age group after a side's name is part of it
        if m.end > s.begin and (age := AGE_GROUP.match(local, m.end - s.begin)):
            local = local[: age.start()] + " " * (age.end() - age.start()) + local[age.end() :]
    if _results_listed(article, sentence, s, ms, found):
        return  # "a 3-1 victory over Georgia and a 2-1 win against Czechia": one match each
    if len(names) == 2 and _both_opposed(text, s, ms):
        _opponents_of_subject(article, sentence, s, ms, found)
        return  # "that 1-1 mess against Maldives and ... (we only got past Nepal 2-1)": not each other's opponents
    ends = {m.end - s.begin: m.begin - s.begin for m in ms}
    scores = _final_scores(local, ends)
    line = _result_line(local, [(m.begin - s.begin, m.end - s.begin) for m in ms])
    if line and not scores and STANDINGS_HEAD.search(text, max(0, s.begin - 300), s.begin):
        return  # "STANDINGS (top two per group)" / "A: Iran 6, Uzbekistan 4": points in a table, no result
    if line and not scores:
        scores = [line]
    has_final = any(f for *_x, f in scores) or bool(not scores and len(names) == 1 and PENS_WON.search(local))
    cue = scores or _re("match_nouns").search(local) or _re("win").search(local) or _re("loss").search(local) \
        or _re("loss_to").search(local) or _intermediate_cue(local) or DRAW_WITH.search(local)
    lone_winner: str | None = None
    told: regex.Match[str] | None = None
    if len(names) >= 2 and cue:
        pair = _pair(text, ms, names, scores, s.begin)
        if not scores and not _linked(text, ms, pair):
            return  # "Senegal cruise, Ghana stunned at home", "three points behind France": no match between them
        if not scores and (_fixture(local) or CONDITIONAL.search(local) or NOT_PLAYED.search(local)
                           or _fixture_list(text, s.begin) or _day_labelled(text, ms[0].begin) or _called_off_below(text, s)
                           # "The fixtures, which begin on Saturday, include X v Y, and a derby between Z and W"
                           or (not clause.whole and _fixture(_to_scores(text[sentence.begin : sentence.end])))):
            return  # "Burkina Faso host Guinea on Saturday before the return match", "if Panama beat Mexico",
                    # "the quarter-final between Panama and Canada never kicked off"
    elif len(names) == 1 and (has_final or _lone_result(local, ms[0].begin - s.begin)) and clause.whole:
        if SHOOTOUT_WORDS.search(local) and scores and not any(a == b for a, b, _o, final in scores if final):
            return  # "converted all four of their kicks to win it 4-2": a shoot-out's; a match before one is a draw
        tie = [t for key in found if names[0] in key for t in key if t != names[0]] if LEG.search(local) else []
        if not tie:  # "Tanzania 0 DR Congo 0" ... "a goalless draw suited DR Congo": the result already found
            finals = {(max(a, b), min(a, b)) for a, b, _o, final in scores if final}
            tie = [t for key, info in found.items() if names[0] in key and finals & set(info.scores)
                   for t in key if t != names[0]]
        other: str | None
        if len(tie) == 1:  # "their 2-0 first-leg win": the other leg's opponent
            other, several = tie[0], False
        else:
            other, several = _paragraph_opponent(article, sentence, names[0], found)
        if several:
            return  # the sentence before names several other teams: which one is not said
        # "the 1-1 with the United States in Chicago ... The draw against the USA was the moment": the one match found,
        # when the sentence gives no score and tells a draw of a drawn match (not "thrashed 6-0 by X", X's draw found)
        played = [(key, info) for key, info in found.items() if names[0] in key]
        drawn = bool(played) and bool(played[0][1].scores) and all(a == b for a, b in played[0][1].scores)
        if other is None and len(played) == 1 and not scores and drawn == bool(DRAW_WORD.search(local)):
            other = next(t for t in played[0][0] if t != names[0])
        told = LONE_SCORE.search(local, max(0, ms[0].begin - s.begin - 40), ms[0].begin - s.begin)
        if told is not None and (main := focus_team(article)) not in (None, names[0]):
            other = main  # "the 9-0 against Luxembourg": a score with no subject is the article's main side's
        if OUTLET_WE.search(local) and not any(q.start() <= s.begin < q.end() for q in QUOTED.finditer(text, max(0, s.begin - 600), s.end)) \
                and (ours := _translated_side(article)) not in (None, names[0]):
            other = ours  # a translated report's "we lost to Switzerland 1-3": the side of the outlet's language
        other = other or _other_team(article, names[0], found)
        if other is None:
            return
        pair = (names[0], other)
        if told is not None and told.group(1) != told.group(2):  # "the 2:0 against X": the first number is the subject's
            lone_winner = other if int(told.group(1)) > int(told.group(2)) else names[0]
    else:
        return
    key = frozenset(pair)
    info = found.setdefault(key, MatchInfo(key, list(pair)))
    if sentence not in info.sentences:
        info.sentences.append(sentence)
    info.winner_votes.update(_votes(text, s, ms, pair, local))
    if lone_winner is not None and told is not None:
        info.winner_votes[lone_winner] += 2
        a, b = int(told.group(1)), int(told.group(2))
        info.scores[(max(a, b), min(a, b))] += 1
    info.background = info.background or bool(BACKGROUND.search(local))
    if line and scores == [line] and line[0] != line[1]:  # "Djibouti 1 Ethiopia 3": the higher number won
        info.winner_votes[ms[0].team if line[0] > line[1] else ms[1].team] += 2
    for a, b, off, final in scores:  # "Lesotho 3-2 Eswatini": a final score written between the teams, each number its own
        if final and a != b and not (line and scores == [line]):
            between = _score_between(text, ms, s.begin + off)
            if between is not None and set(between) == set(pair):
                info.written[((max(a, b), min(a, b)), between[0] if a > b else between[1])] += 2
    for a, b, off, final in scores:
        if final:
            info.scores[(max(a, b), min(a, b))] += 1
        paired = _paired_before(local, off, ends) if final and a != b else None
        written_first = next((m.team for m in ms if paired and m.begin - s.begin == paired[0]), None)
        if written_first in pair:  # "Italy vs Spain: 1-2": the numbers in the order the teams are written
            info.winner_votes[written_first if a > b else next(t for t in pair if t != written_first)] += 2
        elif final and a < b:  # "Poland suffered a 0-2 against Germany": the lower number first is the subject's,
            # so the side after "against" won (a winner's score is written the higher number first)
            against = next((m.team for m in ms if m.team in pair and m.begin - s.begin > off
                            and LOW_FIRST_AGAINST.fullmatch(local, off, m.begin - s.begin)), None)
            if against is not None:
                info.winner_votes[against] += 2
    pens = PENS_SCORE.search(local) or PENS_SCORE_BEFORE.search(local)
    if pens:
        hi, lo = sorted((int(pens.group(1)), int(pens.group(2))), reverse=True)
        info.penalties = f"{hi}-{lo}"
    weight = 2 if scores or MINUTE.search(local) else 0
    for d in find_dates(local, article.date):
        if inside(s.begin + d.begin, sigs):
            continue
        if article.date and d.date > article.date:
            continue
        rel = 1 if not rx(r"\d").search(d.text) else 0
        info.dates.append((weight + rel, -(s.begin + d.begin), d.date))
    lead = sentence.begin
    first = next((m.begin for m in ms_all if sentence.begin <= m.begin < sentence.end), s.begin)
    if not info.dates and not clause.whole and first <= s.begin and LEAD_IN_END.search(text, lead, first):
        # "Elsewhere in the group tonight: X beat Y 4-0, and Z drew 1-1 with W": the lead-in's day is each clause's
        for d in find_dates(text[lead:first], article.date):
            if not inside(lead + d.begin, sigs) and not (article.date and d.date > article.date):
                info.dates.append((weight, -(lead + d.begin), d.date))
    intro = _list_intro(text, s.begin) if line and not info.dates else None
    if intro is not None:  # "Here are Tuesday's results:" above a results line
        for d in find_dates(intro[1], article.date):
            if not (article.date and d.date > article.date):
                info.dates.append((0, -(intro[0] + d.begin), d.date))
    _venues(text, s, info, priority=2)


LEAD_IN_END = regex.compile(r"[:,][ \t]*\Z")
SCORE_AT = regex.compile(r"\d{1,2}[ \t]?[-–][ \t]?\d{1,2}")


def _score_between(text: str, ms: list[Mention], at: int) -> tuple[str, str] | None:
    """The two teams a score at ``at`` stands between, with only spaces around it ("Austria 3-1
    Sweden"), in the order written; else None."""
    score = SCORE_AT.match(text, at)
    if score is None:
        return None
    before = next((m for m in reversed(ms) if m.end <= at and not text[m.end : at].strip(" \t")), None)
    after = next((m for m in ms if m.begin >= score.end() and not text[score.end() : m.begin].strip(" \t")), None)
    if before is None or after is None or before.team == after.team:
        return None
    return before.team, after.team


FIXTURE_HEADING = regex.compile(r"(?i)\b(?:fixtures?|schedule|upcoming|coming[ \t]+up|next[ \t]+(?:up|round|matchday|games|matches)"
                             r"|what['’]s[ \t]+(?:next|ahead|to[ \t]+come)|looking[ \t]+ahead)\b")  # "What's next" above "Saturday: X v Y"


def _called_off_below(text: str, s: Sentence) -> bool:
    """A line of its own with no score ("X v Y") whose next line says the game was not played
    ("(National Stadium) — postponed", "Called off: waterlogged pitch")."""
    if not rx(r"[ \t]*\n").match(text, s.end):
        return False
    end = text.find("\n\n", s.end + 1)
    below = text[s.end : min(len(text), s.end + 160) if end < 0 else min(end, s.end + 160)]
    return bool(NOT_PLAYED.search(below) or rx(r"(?i)\A\s*called[ \t]+off\b").search(below))


def _fixture_list(text: str, pos: int) -> bool:
    """A line at ``pos`` with no score in a list headed as fixtures ("Saturday's fixtures:" above
    "Japan v Australia"): a game to come."""
    if pos and text[pos - 1] != "\n":
        return False
    intro = _list_intro(text, pos)
    if intro is not None:
        return bool(FIXTURE_HEADING.search(intro[1]))
    return _fixture_heading(text, pos)


# a list line labelled by its day: "Wednesday: Norway v Italy (Geneva), Spain v Switzerland (Bern)",
# "QUARTER-FINALS (Saturday): Panama v Qatar", "Tomorrow's Group E final round: South Korea v Malaysia"
DAY_LABEL = regex.compile(r"(?i)[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*[-–—]?[ \t]*)?(?:[^:\n]{0,50}?\b)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)"
                          r"\b[^:\n.!?]{0,40}:[ \t]*")


FIXTURES_LABEL = regex.compile(r"(?i)[ \t]*(?:[^:\n]{0,20}?\b)?(?:fixtures?|schedule|upcoming|coming[ \t]+up)\b[^:\n.!?]{0,20}:[ \t]*")


VERSUS = regex.compile(r"(?i)[ \t](?:v|vs\.?|versus)[ \t]")


def _day_labelled(text: str, pos: int) -> bool:
    """Does the line of ``pos`` open with a label naming a day and a colon, and pair sides with "v" and
    no score nor result word? Then its games are still to come."""
    start = text.rfind("\n", 0, pos) + 1
    end = line_end(text, pos)
    label = DAY_LABEL.match(text, start, end) or FIXTURES_LABEL.match(text, start, end)  # "FIXTURES: Thursday: X v Y"
    if label is None or label.end() > pos:
        return False
    line = _to_scores(text[start:end])
    return not SCORE.search(line) and VERSUS.search(line) is not None and not _re("win").search(line) and not _re("loss").search(line)


LIST_HEADING_STOP = regex.compile(r"(?i)\b(?:results?|scores?|full[- ]time|ft|final)\b")


def _fixture_heading(text: str, pos: int) -> bool:
    """A line at ``pos`` under a heading with no colon that names fixtures ("FRIDAY'S FIXTURES (all
    times CET)" above "X v Y (20:45)"), past other short list lines; not past a results heading or prose."""
    for _begin, raw in _lines_above(text, pos, 12):
        line = raw.strip()
        if len(line) > 60 or LIST_ITEM_END.search(line):
            return False
        if FIXTURE_HEADING.search(line):
            return True
        if LIST_HEADING_STOP.search(line):
            return False
    return False


def _lines_above(text: str, pos: int, limit: int) -> Iterator[tuple[int, str]]:
    """The lines before the one at ``pos``, nearest first (at most ``limit``), with their offsets."""
    end = text.rfind("\n", 0, pos)
    for _ in range(limit):
        if end <= 0:
            return
        begin = text.rfind("\n", 0, end) + 1
        yield begin, text[begin:end]
        end = begin - 1


LIST_ITEM_END = regex.compile(r"[.!?\"”’]\Z")


def _list_intro(text: str, pos: int) -> tuple[int, str] | None:
    """The line that introduces the list a results line at ``pos`` belongs to ("Here are Tuesday's
    results:"), with its offset: the nearest line before it that ends with a colon, past blank lines,
    headings and other list lines (none ends like a sentence, except a short heading)."""
    for begin, raw in _lines_above(text, pos, 40):
        line = raw.strip()
        if line.endswith(":"):
            return begin, raw
        if line and len(line) > 40 and LIST_ITEM_END.search(line):
            return None  # a paragraph of prose: the list has no introduction
    return None


def _venues(text: str, s: Sentence, info: MatchInfo, priority: int) -> None:
    stadium, city = _venue_patterns()
    local = text[s.begin : s.end]
    for m in stadium.finditer(local):
        name = rx(r"^(?:The|the)\s+").sub("", m.group(0)).rstrip(".")
        info.venues.append((priority + 2, -(s.begin + m.start()), name))
    if _re("venue_context").search(local):
        not_names = set(vocab()["not_names"])
        for m in city.finditer(local):
            c = m.group("city").rstrip(".")
            if (c in not_names or teams().lookup(c) or c in teams().demonyms or c in vocab()["languages"]
                    or rx(r"\d").search(c)):
                continue
            if _is_person_word(c, s, text):
                continue
            info.venues.append((priority, -(s.begin + m.start()), c))


def _is_person_word(word: str, s: Sentence, text: str) -> bool:
    """``word`` is followed by a capitalised word somewhere in the sentence (a first name).
    (A search, not a pattern per word: compiled patterns are kept, and words are unbounded.)"""
    after = rx(r"[ \t]+\p{Lu}")
    i = text.find(word, s.begin, s.end)
    while i != -1:
        if after.match(text, i + len(word), s.end):
            return True
        i = text.find(word, i + 1, s.end)
    return False


def _score_of(info: MatchInfo) -> tuple[str | None, list[str]]:
    order = list(info.order)
    winner = info.winner
    score = None
    if info.scores:
        (w, loser), _n = info.scores.most_common(1)[0]
        score = f"{w}-{loser}"
        if w == loser:
            winner = winner if info.penalties else None
    if winner and winner in order:
        order = [winner] + [t for t in order if t != winner]
    return score, order


def goals(article: Article) -> list[Goal]:
    """Goals with a named scorer (and goals credited only to a team, scorer None). Cached."""
    if "goals" in article.cache:
        return article.cache["goals"]
    out: list[Goal] = []
    if is_football(article):
        out = _equalisers(article, list(_goals(article)))
    article.cache["goals"] = out
    return out


EQUALISED = regex.compile(r"(?i)(?:['’]s)?[ \t]+(?:\p{Ll}+ly[ \t]+|then[ \t]+|quickly[ \t]+)?(?:levell?ed|equali[sz]ed|drew[ \t]+level"
                          r"|pulled[ \t]+(?:one|a[ \t]+goal)[ \t]+back|hit[ \t]+back|cancell?ed[ \t]+(?:it[ \t]+)?out|restored[ \t]+parity)\b")
EQUALISER_REACH = 600  # characters from the goal before: the same passage of play-by-play


def _equalisers(article: Article, found: list[Goal]) -> list[Goal]:
    """A goal that levels or pulls one back ("equalised", "levelled", "pulled one back", "hit back") is
    never scored by the side of the goal told just before it ("X headed the Super Eagles in front. Y
    equalised from a corner"): its scorer plays for the other side of that match. Only goals whose
    name the verb follows are checked."""
    text = article.content
    ordered = sorted((g for g in found if g.scorer), key=lambda g: g.evidence[0].begin)
    fixed: dict[int, Goal] = {}
    for prev, g in zip(ordered, ordered[1:], strict=False):
        if prev.team is None or g.team not in (prev.team, None) or prev.scorer == g.scorer:
            continue
        ev = g.evidence[0]
        if ev.begin - prev.evidence[0].begin > EQUALISER_REACH:
            continue
        last = (g.scorer or "").split()[-1]
        at = text.find(last, ev.begin, ev.end)
        if at < 0 or not EQUALISED.match(text, at + len(last), ev.end):
            continue
        other = sole_opponent(matches(article), prev.team)
        if other is not None:
            fixed[id(g)] = Goal(evidence=g.evidence, scorer=g.scorer, team=other, minute=g.minute, winning=g.winning,
                                own_goal=g.own_goal)
    return [fixed.get(id(g), g) for g in found]


# a goal taken away in the next clause: "..., but the goal was ruled out for offside", "but it was disallowed"
TAKEN_AWAY_LATER = regex.compile(r"(?i)[ \t]*,?[ \t]*\b(?:but|only[ \t]+for)[ \t]+(?:the[ \t]+(?:goal|effort|strike|header)|it|his[ \t]+goal|her[ \t]+goal)"
                                 r"[ \t]+(?:(?:was|were|is|to[ \t]+be)[ \t]+)?(?:(?:later|then|quickly|eventually|swiftly)[ \t]+)?"
                                 r"(?:ruled[ \t]+out|disallowed|cancell?ed(?![ \t]+out\b)|canceled(?![ \t]+out\b)|annulled|chalked[ \t]+off|struck[ \t]+off|overturned)\b")
OWN_NET = r"\b(?:into|past|beyond|over|in)[ \t]+(?:his|her|their|the)[ \t]+own[ \t]+(?:net|goal|goalkeeper|keeper)\b"
OWN_MARK = regex.compile(r"(?i)\bown[ -]goal")
WHO_OWN = regex.compile(rf"(?i)[ \t]*,[ \t]*who[ \t]+(?:\p{{Ll}}[\w-]*(?:ed|ing)|put|sent)\b[^.;!?\n]{{0,60}}?{OWN_NET}")


@dataclass(frozen=True)
class GoalCue:
    end: int  # where the words that state the goal end
    minutes: tuple[int | None, ...] = (None,)  # minutes written right by the name: "X (39', 69')"
    own: bool = False  # an own goal: it counts for the other side
    kick: bool = False  # a kick in a penalty shoot-out, a shot that missed, a goal disallowed: the taker is a player, but it is no goal


@functools.cache
def _goal_res() -> dict[str, regex.Pattern[str]]:
    v = vocab()["match"]
    verbs = words_pattern(v["goal_verbs"]).pattern.removeprefix("(?i)")
    nouns = words_pattern(v["goal_nouns"]).pattern.removeprefix("(?i)")
    phrases = "|".join(v["goal_phrases"])
    through = words_pattern(v["through_verbs"]).pattern.removeprefix("(?i)")
    aux = r"(?:[ \t]+(?:has|had|then|also|later|finally|eventually|duly|quickly|calmly|coolly|superbly|brilliantly"
    aux += r"|himself|herself"  # "in the 52nd minute X himself equalised"
    aux += r"|(?:was|were)[ \t]+able[ \t]+to|managed[ \t]+to"  # "the striker X was able to open the scoring"
    aux += r"|celebrat(?:es|ed|ing)[ \t]+after))*"  # a caption: "X celebrates after scoring in the 58th minute"
    motion = words_pattern(v["goal_motion_verbs"]).pattern.removeprefix("(?i)")
    # "Germany's goals that night came from X, Y and Z": a time between the noun and the verb
    arrived = r"(?:(?:that|this|last)[ \t]+(?:night|evening|afternoon|day)[ \t]+|on[ \t]+\p{Lu}\w+day[ \t]+)?"
    arrived += r"(?:(?:finally|eventually|then|only)[ \t]+)?(?:came|come|comes|arrived|fell)(?:[ \t]+(?:in|on|at|after|just|early|late|deep)[ \t]+[^.;!?\n]{1,40}?)?"
    particles = "|".join(regex.escape(p).replace(r"\ ", "[ \t]+") for p in v["goal_particles"])
    # "steered home", "bundled the ball over the line" (what follows "in" is checked: "delivered" below)
    moved = rf"(?:{motion})(?:[ \t]+(?:the[ \t]+ball|it|one|(?:the|his|her)[ \t]+(?:penalty|spot-kick|spot[ \t]+kick|rebound)))?[ \t]+(?:{particles})(?![\w-])"
    scorer_nouns = words_pattern(v["scorer_nouns"]).pattern.removeprefix("(?i)")
    missed = alternation(v["missed_after"], ignorecase=True)
    disallowed = alternation(v["disallowed_before"], ignorecase=True)
    decided = "(?:settled|decided|won|sealed|clinched|ended|secured|earned|separated|broken|levelled|leveled|opened|given|handed)"
    name = r"\p{Lu}[\p{L}\p{M}'’.-]*"
    # the scorer's role between "by"/"with" and the name: "by the substitute X", "with captain X"
    agent_role = r"(?:the[ \t]+)?(?:(?:substitute|striker|forward|midfielder|defender|winger|captain|[\w-]+-back)[ \t]+)?"
    return {
        "apposition": regex.compile(
            # (not a clause about the ball: "after a play started by X, the ball arrived to Y, who ...")
            r"\A(?:[ \t]*,[ \t]*(?:\d{1,2}|(?!(?:the|a|an)[ \t]+(?:ball|cross|shot|pass|corner|rebound|clearance|play|move)\b)"
            r"(?:the|a|an|his|her|their|\p{Lu}[\w'’.-]*['’]s)[ \t]+[^,.;!?\n]{1,80}?"
            r"|who(?:se)?[ \t]+[^,.;!?\n]{1,60}?"
            r"|(?:on|off|in|only|just|still|then|now|aged|back|fresh|recalled|making|playing|starting|introduced|brought|sent|thrown"
            r"|\p{Ll}[\w-]*ing"  # "X, stretching to cut out a cross, turned the ball past his own goalkeeper"
            r"|unmarked|alone|free|under|from|after|well[ \t]+served|served|assisted|set[ \t]+up|fed)"
            r"[ \t]+[^,.;!?\n]{1,100}?)[ \t]*,"
            r"|[ \t]+[—–][ \t]*[^—–.;!?\n]{1,120}?[ \t]*[—–]|[ \t]+-[ \t]+[^—–.;!?\n]{1,60}?[ \t]+-(?=[ \t])"
            rf"|[ \t]+of[ \t]+(?:the[ \t]+)?{name}(?:[ \t]+{name}){{0,3}}(?=[ \t]+\p{{Ll}}|[ \t]*,[ \t]*who\b)"
            r"|[ \t]*\((?![^()\n]*\d)[^()\n]{1,30}\))"
            # "X from the penalty spot equalised", "X from the point of penalty equalized" (translated)
            r"|[ \t]+from[ \t]+the[ \t]+(?:penalty[ \t]+(?:spot|mark|point)|spot|point[ \t]+of[ \t]+(?:the[ \t]+)?penalty)(?=[ \t]+\p{Ll})"
            # "X with the head equalised", "X with a low left-foot shot made it 2-0" (translated copy)
            r"|[ \t]+with[ \t]+(?:the|a|an|his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:head|header|foot|shot|strike|volley|kick)(?=[ \t]+\p{Ll})"
            r"(?:[ \t]*,?[ \t]*who)?"),
        "moved": regex.compile(rf"(?i)\A{aux}[ \t]+(?:{moved})"),
        "from": regex.compile(
            # "the 1-0 arrived in the 23rd minute by X", "the equalisation came on the hour from X" (translated copy)
            rf"(?i)\b(?:(?:{scorer_nouns}|(?<=\bthe[ \t]+)\d{{1,2}}[-–:]\d{{1,2}})[ \t]+"
            rf"(?:{arrived}[ \t]+through[ \t]+|(?:{arrived}[ \t]+)?(?:from|by|courtesy of)[ \t]+)|(?:goals?|annotations?)[ \t]+of[ \t]+"
            # translated copy: "equalised at the 55th minute by the intermediary of X", "opened the score by X"
            r"|\b(?:(?:at|in)[ \t]+the[ \t]+\d{1,3}(?:st|nd|rd|th)?[ \t]+minutes?(?:[ \t]+of[ \t]+play)?,?[ \t]+)?"
            r"(?:by|through)[ \t]+the[ \t]+intermediary[ \t]+of[ \t]+"
            r"|\b(?:settled|decided|sealed|clinched)[ \t]+by[ \t]+"  # "— settled by X, who swept in a loose ball"
            # "a 64th-minute header from X", "a late penalty by X": a shot told with its time was a goal
            r"|\b(?:\d{1,3}(?:st|nd|rd|th)-minute|late|early|stoppage-time|injury-time|extra-time|last-gasp|last-minute|first-half|second-half)[ \t]+"
            r"(?:penalty|spot-kick|header|strike|volley|free-kick|finish|effort|shot|tap-in)[ \t]+(?:from|by)[ \t]+|\bopen(?:ed|s)[ \t]+the[ \t]+(?:score|scoring|marker)[ \t]+(?:by|through)[ \t]+"
            r"|(?:through|with|after|by)[ \t]+(?:a|the)[ \t]+header[ \t]+of[ \t]+)"
            # "from the captain, X", "courtesy of Botswana defender X"
            rf"(?:(?:(?-i:\p{{Lu}})[\p{{L}}\p{{M}}'’-]*[ \t]+)?(?:the|substitute|[\w-]+-back|striker|forward|midfielder|defender|winger|captain|skipper"
            r"|veteran|teenager|youngster)[ \t]*,?[ \t]+)*"
            # ... "goals of X (min. 34) and Y": a bracket after each name
            rf"(?:(?-i:{name})(?:[ \t]+(?-i:{name})){{0,3}}(?:[ \t]*\([^()\n]{{1,15}}\))?[ \t]*(?:,|and|&)[ \t]+)*\Z"),
        "not_a_goal": words_pattern(v["not_a_goal"]),
        "kept_out": regex.compile(
            r"(?i)\b(?:(?:keep|kept|keeping|keeps)[ \t]+out|saved?|saves|denied|deny|blocked|block|parried|parry|parries|stopped|stop"
            r"|palmed|palm|push|pushed|pushes|pushing|tipped(?:[ \t]+(?:over|away))?|clawed(?:[ \t]+(?:out|away))?"
            r"|turned[ \t]+(?:away|aside))[ \t]+\Z"),
        # "X's opener had been cancelled out by Y", "the match sheet credits the goal to Y"
        "agent": regex.compile(
            rf"(?i)(?:\b(?:{scorer_nouns})\b[^.;!?\n]{{0,40}}?\b(?:(?:was|were|is|had[ \t]+been|has[ \t]+been|later|officially)[ \t]+)*"
            r"(?:credited|awarded|attributed|given)[ \t]+to"
            rf"|\b(?:{scorer_nouns}|{nouns})\b[^.;!?\n]{{0,40}}?\b(?:(?:was|were|is|had[ \t]+been|has[ \t]+been)[ \t]+)*"
            r"(?:cancell?ed[ \t]+out|answered|matched|levell?ed)[ \t]+by"
            # "the only goal of the meeting was recorded by the player X", "two goals were scored by X", "a brace was made by X"
            rf"|\b(?:{scorer_nouns})\b[^.;!?\n]{{0,40}}?\b(?:was|were|had[ \t]+been|has[ \t]+been|have[ \t]+been)[ \t]+"
            r"(?:[\w-]+ly[ \t]+)?(?:scored|recorded|netted|registered|signed|converted|struck|headed|added|made|completed|notched)[ \t]+by"
            # "thanks to a penalty transformed by the captain X" (translated): the participle right after the noun
            # ... "a goal without reply, signed by X"
            rf"|\b(?:{scorer_nouns}|penalty|spot-kick|spot[ \t]+kick|free-kick|free[ \t]+kick|header|strike|volley)(?:[ \t]+[\w-]+){{0,3}}?,?[ \t]+"
            r"(?:transformed|converted|scored|netted|dispatched|struck|headed|finished|signed)[ \t]+by"
            rf"|\bcredit(?:s|ed|ing)?[ \t]+(?:the|a|his|her)[ \t]+(?:[\w-]+[ \t]+)?(?:{scorer_nouns})[ \t]+to)"
            r"[ \t]+(?:the[ \t]+)?(?:\p{Ll}[\w-]*[ \t]+){0,2}?\Z"),
        # "X, whose equaliser was her first goal at a World Cup"
        "whose": regex.compile(rf"(?i)\A[ \t]*,[ \t]*whose[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{scorer_nouns})\b"),
        # the keeper beaten, or the player who set the goal up
        "not_the_scorer": regex.compile(
            r"(?i)(?:\b(?:past|beyond|over|beat|beating|round|around)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
            r"(?:goalkeeper|keeper|goalie)[ \t]+"
            # a keeper named as one: "a mistake of goalkeeper X", "surprised the goalkeeper X"
            r"|\b(?:of|the|a|an|their|his|her|its|our|your|opposing|rival|[\w-]+['’]s)[ \t]+(?:[\w-]+[ \t]+)?(?:goalkeeper|keeper|goalie)[ \t]+"
            # the coach: "the team led by coach X", "directed by X"
            r"|\b(?:led|coached|managed|directed|trained|guided)[ \t]+by[ \t]+(?:the[ \t]+)?(?:\p{Ll}[\w-]*[ \t]+){0,2}?"
            # the taker denied: "a penalty save from X", "the stop from X"
            r"|\b(?:save|saves|stop|stops)[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?(?:\p{Ll}[\w-]*[ \t]+){0,2}?"
            r"|\b(?:cross|corner|pass|free[- ]kick|delivery|assist|cut-?back|lay-?off|centre|knock-?down|flick-?on|"
            # ... "on a corner of X", "a centre of the same X" (translated)
            r"through[ \t]+ball|long[ \t]+ball|throw-?in)[ \t]+(?:from|by|of)[ \t]+"
            # ... not "on the last corner of the match, X rose highest"
            r"(?!the[ \t]+(?:match|game|night|evening|afternoon|half|day|tournament|final)\b)(?:the[ \t]+)?"
            # ... not over a clause of its own: "a cross from the left, and substitute X added a fourth"
            r"(?:(?!(?:and|but|while|before|then|as)[ \t])(?-i:\p{Ll})[\w-]*,?[ \t]+){0,3}?"
            # the provider: "X, well served by Y, opened the scoring"
            # ... or started the move: "after a play started by the captain X" (translated)
            r"|\b(?:served|assisted|set[ \t]+up|fed|played[ \t]+(?:through|in)|picked[ \t]+out|started|initiated|launched|begun)[ \t]+by[ \t]+(?:the[ \t]+)?(?:(?-i:\p{Ll})[\w-]*[ \t]+){0,3}?"
            # the player replaced: "X - on for Y - scored"
            r"|\b(?:(?:on|off)[ \t]+for|replacing|in[ \t]+place[ \t]+of|instead[ \t]+of)[ \t]+(?:the[ \t]+)?(?:\p{Ll}[\w-]*[ \t]+){0,2}?)\Z"),
        # "curled in a cross", "turned in a fine display": the verb's object is no goal ("headed in a cross" is)
        "delivered": regex.compile(r"(?i)\A[ \t]+(?:a|an|the|his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<what>cross|pass|delivery|corner|display|performance|shift|showing)\b"),
        "finished": regex.compile(r"(?i)\A[ \t]*(?:\w+[ \t]+){0,5}?(?:head|nod|glanc|flick|pok|prod|tap|turn|bundl|volley|stab|side-?foot)\w*[ \t]+(?:in|home)\b"),
        "object_before": regex.compile(
            r"(?i)(?:\b(?:past|beat|beating|beyond|over|saved|denied|by|keeper|goalkeeper|goalie)[ \t]+(?:the[ \t]+)?"
            r"(?:[\w-]+[ \t]+){0,2}?(?:goalkeeper[ \t]+|keeper[ \t]+)?)\Z"),
        # an own goal: "X turned a cross into his own net", "... was diverted past her own goalkeeper by X"
        "own": regex.compile(rf"(?i)\A{aux}[ \t]+(?:\p{{Ll}}[\w-]*(?:ed|ing)|put|puts|sent|sends)\b[^.;!?\n]{{0,60}}?{OWN_NET}"),
        "own_by": regex.compile(rf"(?i){OWN_NET}[ \t]+by[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}?\Z"),
        "paren": regex.compile(rf"\A[ \t]*\([ \t]*({PAREN_ITEM}(?:[ \t]*,[ \t]*{PAREN_ITEM})*)[ \t]*\)"),
        # "scored twice (12th, 55th)": minutes in brackets after the verb, each marked as a minute
        "paren_after": regex.compile(
            rf"\A(?:[ \t]+[\w-]+){{0,3}}?[ \t]*\([ \t]*({MARKED_ITEM}(?:[ \t]*(?:,|and|&)[ \t]*{MARKED_ITEM})*)[ \t]*\)"),
        "verb": regex.compile(rf"(?i)\A{aux}[ \t]+(?:{verbs})"),
        # ... "runs at two defenders, and from the edge of the box puts it into the top corner": a place before the verb
        "chain": regex.compile(rf"(?i)\A[^.;!?\n]{{0,100}}?(?:\b(?:and|before|then)|,)[ \t]+(?:\p{{Ll}}+ly[ \t]+)?"
                               r"(?:(?:from|at|on|in|inside)[ \t]+the[ \t]+[\w-]+(?:[ \t]+of[ \t]+the[ \t]+[\w-]+)?[ \t]+)?"
                               rf"(?:{verbs}|{phrases}|{moved})(?![ \t]+up\b)"),
        "phrase": regex.compile(rf"(?i)\A{aux}[ \t]+(?:[\w-]+[ \t]+){{0,1}}?(?:{phrases})"),
        "shot_of": regex.compile(rf"(?i)\b(?:{nouns})[ \t]+(?:from|off|after|following)[ \t]+\Z"),
        "possessive": regex.compile(rf"(?i)\A[ \t]+(?:[\w+'’-]+[ \t]+){{0,3}}?(?:{nouns})\b"),
        "with": regex.compile(rf"(?i)\A[^.;!?\n]{{0,60}}?\bwith[ \t]+(?:a|an|the|his|her)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:{nouns})\b"),
        # "Rwanda took the lead on 19 minutes when X rose highest at the near post", "... levelled on the hour — X"
        # ... "pulled one back after the restart, X meeting a corner", "the first goal came on 31 minutes, X with a header"
        "when": regex.compile(rf"(?i)(?:{through}|(?<!\b(?:chance|chances|opportunity|hopes?)[ \t]+(?:of|for)[ \t]+(?:an?|the)[ \t]+)"
                              rf"\b(?:{scorer_nouns})(?:[ \t]+of[ \t]+the[ \t]+(?:victory|win|triumph|draw|tie))?[ \t]+(?:came|arrived))"
                              r"[ \t]+[^.;!?\n—–]{0,60}?"
                              rf"(?:\bwhen|(?P<dash>[ \t][—–])|(?P<comma>,(?![ \t]+when\b)))[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){{0,2}}?\Z"),
        "apposed_scorer": regex.compile(rf"(?i)[ \t]+(?:(?:heading|nodding|firing|meeting|turning|poking|prodding|tapping|volleying|"
                                        rf"curling|drilling|slotting|sweeping|stabbing|glancing|finishing|converting|rifling|lashing|smashing"
                                        rf"|pouncing|bundling|steering|tucking|guiding|lifting|chipping|lobbing|side-footing|nudging|rising)\b"
                                        rf"|with[ \t]+(?:a|an|the|his|her)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{nouns})\b)"),
        # "thanks to a X header in the 70th minute"
        # ... "their only goal a X penalty", "the goal was a X header"
        # ... "thanks to two X goals", "and a X penalty in the 94th", "A X header won it"
        "a_name": regex.compile(r"(?i)(?:\b(?:thanks[ \t]+to|courtesy[ \t]+of|via|through|after|with|and"
                                r"|goal(?:[ \t]+(?:was|came[ \t]+from))?)[ \t]+|(?<=[.!?:\n])[ \t]*|\A)(?:a|an|two|three|four)[ \t]+\Z"),
        "a_name_noun": regex.compile(rf"(?i)\A[ \t]+(?:[\w-]+[ \t]+)?(?:{nouns})\b"),
        "through": regex.compile(rf"(?i)(?:{through})(?![ \t]+(?:the|a|an)[ \t]+(?:bar|crossbar|post|upright|woodwork)\b)"
                              rf"[ \t]+(?:[^.;!?\n]|(?<=\bmin)\.){{0,60}}?(?:\b(?:through|by[ \t]+means[ \t]+of|via)|,[ \t]+with)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){{0,2}}?\Z"
                              # "the visitors opened the score by X" (translated French "par"), not "led by X"
                              rf"|(?:{through})(?<!\bled|\bstruck|\bmade[ \t]+it|\bcame[ \t]+back)(?:[ \t]+(?:in|on|at|after|against)[ \t]+[^.;!?,\n]{{1,40}}?)?"
                              rf"[ \t]+by[ \t]+{agent_role}\Z"
                              # "the Croatians had re-equalized with X", "reduced the difference with X" (translated "con")
                              # (only a minute between: not "equalised after a double pass with X", who passed)
                              rf"|(?:{through})(?<!\bled|\bmade[ \t]+it|\bcame[ \t]+back)"
                              r"(?:[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?(?:\d{1,3}\S*|minute[ \t]+\d{1,3})(?:[ \t]+minutes?)?"
                              # "equalized at 8 of the second time with X" (translated Portuguese)
                              r"(?:[ \t]+of[ \t]+the[ \t]+(?:first|second)[ \t]+(?:half|time|period))?,?)?"
                              rf"[ \t]+with[ \t]+{agent_role}\Z"),
        "negated": regex.compile(r"(?i)\b(?:(?:thought|believed|was[ \t]+convinced|was[ \t]+sure)[ \t]+(?:that[ \t]+)?(?:he|she|it)[ \t]+had|not|n't|never|failed to|unable to|could have|should have|would have|almost|nearly|went close|denied|tried to|attempted to|looking to|hoping to|chance to|bid to)\b"),
        "shootout": regex.compile(v["shootout_kick"], regex.IGNORECASE),
        "shootout_context": regex.compile(v["shootout_context"]),
        "with_verb": regex.compile(r"(?i)\b(?:broke|score|net|struck|won|win|sealed|settled|snatched|grabbed|hearts|rescued|earned|clinched|wrapped|completed|rounded|capped|made sure|put|killed"
                               r"|(?:gave|given|giving)[ \t]+(?:[\w-]+[ \t]+){1,2}?(?:hope|belief|a[ \t]+lifeline)\b)"),  # "had given Rwanda hope with a penalty"
        # "thought they had taken the lead when X turned in a corner": the goal did not stand
        "not_standing": regex.compile(r"(?i)\b(?:thought|believed|appeared|seemed|convinced|sure)[ \t]+(?:that[ \t]+)?(?:they|he|she|it|to)[ \t]+(?:had|have)\b"),
        # "a second-half header from X", "thanks to a late strike by X"
        "shot_from": regex.compile(
            rf"(?i)\b(?:thanks[ \t]+to|courtesy[ \t]+of|via|through|after|with|{decided}[ \t]+by)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
            rf"(?:{nouns})(?:[ \t]+of[ \t]+(?:penalties|headers|goals|free-kicks))?[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?(?:(?-i:\p{{Lu}})[\w-]*[ \t]+){{0,3}}?(?:[\w-]+(?:['’]s|s['’])[ \t]+)?"
            rf"(?:(?-i:\p{{Ll}})[\w-]*,?[ \t]+){{0,2}}?\Z"),
        # "VAR chalked off X's winner": a goal taken away
        "disallowed": regex.compile(rf"(?i)\b(?:{disallowed})[ \t]+(?:[\w-]+[ \t]+)?\Z"),
        # "curled a free-kick inches wide", "volleyed a shot against the bar": the shot missed
        "missed": regex.compile(rf"(?i)\A(?:(?![ \t](?:and|but|before|while|after|as|when|then)[ \t])[^.;!?,\n]){{0,40}}?"
                                rf"(?<![\w-]|\b(?:from|off|of|via|at|inside|beyond)[ \t]+)(?:{missed})(?![\w-])(?![ \t]+(?:on|angle|position|area|player|man|role|out|open)\b)"),
    }


ABSOLUTE_WITH = regex.compile(r"(?i)\bwith[ \t]+(?:the[ \t]+)?(?:\p{Ll}[\w-]*[ \t]+)?\Z")
GERUND_AFTER = regex.compile(r"[ \t]+\p{Ll}[\w-]*ing\b")
CLEFT_BEFORE = regex.compile(r"(?<![\w'’])(?:[Ii]t|[Tt]his[ \t]+time[ \t]+it)[ \t]+(?:was|is)[ \t]+(?:the[ \t]+)?(?:\p{Ll}[\w-]*[ \t]+)?\Z")
CLEFT_WHO = regex.compile(r"(?:[ \t]*,[^,.;!?\n]{1,40},)?[ \t]+(?:who|that)(?=[ \t])")
SAVE_AFTER = regex.compile(r"(?i)[ \t]+(?:save|saves|stop|stops)\b")
DASH_CLOSED = regex.compile(r"[^.;!?\n—–]{1,120}?[ \t][—–](?:[ \t]|\Z)")
AGENT_WORDS = regex.compile(r"credit|awarded|attributed|given|cancel|answered|matched|level|\bby\b")
FROM_WORDS = regex.compile(r"\b(?:from|by|courtesy|of|through)\b")
KICK_TALLY = regex.compile(r"(?:[ \t]+[^.;:!?\n\d]{0,30}?)?[ \t]*[:,][ \t]*\d{1,2}(?:[ \t]*[-–][ \t]*|[ \t]+to[ \t]+)\d{1,2}\b")  # "converted: 2 to 0"
MADE_IT = regex.compile(r"(?i)\b(?:made|makes|making)[ \t]+it[ \t]+\d")
AND_CLAUSE = regex.compile(r",[ \t]+and[ \t]")
OBJECT_NAME = regex.compile(r"(?i)\b(?:goalkeeper|keeper|goalie)[ \t]+\Z")
# a verb's object: "cancelled out Y's opener", "turned Y's cross in"
# a finish of another's delivery: "rose highest to head in X's free-kick", "met X's corner kick"
FINISHED_BEFORE = regex.compile(r"(?i)\b(?:head|nod|turn|glanc|flick|volley|pok|prod|tap|stab|bundl|steer|sweep|swept|meet|met)[\w-]*"
                                r"(?:[ \t]+(?:in|home|on|onto))?[ \t]+\Z")
DELIVERY_NOUN = regex.compile(r"(?i)\b(?:free[- ]kick|corner)\Z")
VERB_BEFORE = regex.compile(r"(?i)\b(?:\p{Ll}[\w-]*(?:ed|ing)|met|meet|meets)(?:[ \t]+(?:out|in|home|on|onto|on[ \t]+to))?[ \t]+\Z")


# (a word ending in a full stop after three letters ends the sentence: "won at Parken. X gave them the lead")
COMPLEMENT = regex.compile(r"\b(?:of|from|at)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\w.-]*(?<!\w{3}\.)[ \t]+){0,2}\Z"
                        # ... but a player's role noun's team is an apposition: "the captain of Nigeria X scored"
                        rf"(?<!\b(?:{alternation(vocab()['roles']['player'])})"
                        r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\w.-]*[ \t]+){1,2})")
# the running score a goal made, written at the end of the scorer's sentence (translated copy): "... near post
# (1-0).", "... into the far corner – 1:1 (49.).", "...: 1-0." (not a half-time score: "won 3:1 (1:0)")
RUNNING_SCORE = regex.compile(
    r"(?<!\d[ \t]{0,2})(?:\([ \t]*|[:–—,][ \t]*)\d{1,2}[ \t]*[-–:][ \t]*\d{1,2}(?![\d:])\)?"
    r"(?:[ \t]*\([ \t]*\d{1,3}\.?(?:[ \t]*\+[ \t]*\d{1,2})?['’]?[ \t]*\))?[ \t]*[.!]?[\"”]?[ \t]*\Z")
# a score as a sentence: "1:0.", "1:0 and a big relief on the stands", "1-1 at the interval"
BARE_SCORE = regex.compile(r"[ \t]*\d{1,2}[ \t]*[-–:][ \t]*\d{1,2}(?:[.!](?:[ \t]|$)|[ \t]+(?:and|at)[ \t]+(?:a|an|the)[ \t])")


# "..., with X and Y on target": the names of a "with" phrase that ends on the goal
WITH_BEFORE = regex.compile(r"(?i)\bwith[ \t]+\Z")
_ON_TARGET = r"on[ \t]+(?:target|the[ \t]+score[ \t]?sheet)\b"
ON_TARGET_CUE = regex.compile(rf"(?i)\b{_ON_TARGET}")  # anywhere in a cue
ON_TARGET = regex.compile(rf"(?i)[ \t]+{_ON_TARGET}")  # right after a name
INFINITIVE_AFTER = regex.compile(r"[ \t]+to[ \t]+\p{Ll}")  # "... Y to score": a purpose, not Y's own verb
# the name is the object of a preposition after a noun: "a loose pass from (Korea defender) Y", "a mistake by Y"
OBJECT_BEFORE = regex.compile(r"(?i)\b(?:pass|cross|error|mistake|clearance|ball|header|touch|back-pass|backpass|slip|giveaway)"
                              r"[ \t]+(?:from|by|of)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?\Z")
PREPOSITION_BEFORE = regex.compile(r"(?i)\b(?:from|by|to|past|for|against|of|with|over)[ \t]+(?:the[ \t]+)?"
                                   r"(?:(?:defender|goalkeeper|keeper|midfielder|striker|forward|winger|captain|substitute)[ \t]+)?\Z")
AGE = regex.compile(r"(?i)[ \t]*,[ \t]+(?:a|an|the|who|whose)\b|[ \t]+(?:said|says|told|added|explained|who|of|from)\b")
# a lower-case word after "X (4)" that is no joint of a list of scorers ("X (23) and Y (67)"): a verb
RATED_VERB = regex.compile(r"[ \t]+(?!(?:and|or|nor|then|before|after|with|to|for|in|on|at|as|but|while|plus|from|of|the|a|an"
                           r"|scored|netted|struck|headed|added|converted|equalised|equalized|levelled|leveled)\b)\p{Ll}")
DELIVERY_AFTER = regex.compile(r"(?i)[ \t]+(?:corner|cross|free-kick|free[ \t]+kick|pass|centre|center|delivery|cut-?back|throw-?in"
                            r"|flick-?on|knock-?down|lay-?off|assist)\b")  # "a header from a X corner": X delivered it
SEEMING = regex.compile(r"(?i)[ \t]+what[ \t]+(?:(?:looked|seemed|appeared)[ \t]+(?:like|to[ \t]+be)|would[ \t]+have[ \t]+been)\b")
SENT_WRONG_WAY = regex.compile(r"(?i)\bsen(?:t|ds|ding)[ \t]+\Z")


def sent_the_wrong_way(text: str, begin: int, end: int) -> bool:
    """The name at [begin, end) is the keeper a penalty taker sent the wrong way ("X sends Y the wrong way")."""
    return text.startswith(" the wrong way", end) and SENT_WRONG_WAY.search(text[max(0, begin - 80) : begin]) is not None


NOT_SCORER_WORDS = ("keeper", "goalie", "by ", "from ", "for ", "replacing ", " of ")  # "a long pass of the midfielder X"


def _not_the_scorer(before: str) -> regex.Match[str] | None:
    """``not_the_scorer`` at the end of ``before``, looked for only when one of the words each of its
    branches needs is there (its branch starting "the", "a", "of" ... would try every word)."""
    low = before.casefold()
    if not any(w in low for w in NOT_SCORER_WORDS):
        return None
    return search_end(_goal_res()["not_the_scorer"], before, 70)


# a verb right before a name, whose object the name is: "dispossessed Y", "beat Y with a low shot", "rounding Y"
OBJECT_VERB = regex.compile(r"(?<![\w'’-])(?:(?P<ed>\p{Ll}[\w-]*ed)|beat|beating|rounding|nutmegging|sent|sending|leaving|catching|caught"
                            # a liveblog's present tense: "X shrugs off Y", "skips past Y", "beats Y", "rounds Y"
                            r"|beats|rounds|nutmegs|\p{Ll}[\w-]*s[ \t]+(?:off|past|away[ \t]+from)"
                            r"|past|beyond|across|round|around|against|over|under|above"
                            # the keeper or defender beaten, named by role: "squirmed under Brazil goalkeeper Y", "rose above centre-back Y"
                            r"|(?:past|beyond|round|around|over|under|above)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\w-]*[ \t]+)?"
                            r"(?:goalkeeper|keeper|goalie|defender|centre-back|center-back|full-back|right-back|left-back|marker)"
                            # "exchanged passes with the substitute Y"
                            r"|(?:passes|one-twos?|combin\w+|link\w*[ \t]+up|exchang\w+)[ \t]+with(?:[ \t]+the)?(?:[ \t]+\p{Ll}[\w-]*)?)"
                            r"[ \t]+\Z")
# the object named by its role, then by name: "... rolled the Uruguay captain, Y, and finished low"
OBJECT_APPOSED = regex.compile(r"(?<![\w'’-])(?:(?P<ed>\p{Ll}[\w-]*ed)|beat|beating|rounding|past|beyond)[ \t]+(?:the|his|her|their)[ \t]+"
                               r"(?:[\w'’-]+[ \t]+){0,2}?(?:captain|skipper|defender|centre-back|center-back|full-back|midfielder"
                               r"|goalkeeper|keeper|goalie|marker),[ \t]+\Z")
DETERMINER_BEFORE = regex.compile(r"(?i)\b(?:the|a|an|his|her|their|its|our|[\w-]+['’]s)[ \t]+\Z")


@functools.cache
def _not_verbs() -> frozenset[str]:
    """Words in -ed before a name that are not a verb taking it as object: adjectives ("unmarked X")
    and the verbs of speech that come before a speaker ("added X")."""
    v = vocab()
    return frozenset(w.casefold() for w in [*v["match"]["adjective_participles"], *v["person_verbs"]["speech"]])


def _verb_object(text: str, begin: int, end: int) -> bool:
    """The name at [begin, end) is the object of the verb right before it ("... dispossessed Y on the
    edge of the box and rolled the ball in", "sent Y the wrong way"): not the clause's subject."""
    m = OBJECT_VERB.search(text, max(0, begin - 50), begin)
    if m is None:
        m = OBJECT_APPOSED.search(text, max(0, begin - 60), begin)  # "rolled the Uruguay captain, Y,"
    if m is None:
        return False
    if m.group("ed"):
        word = m.group("ed").casefold()
        if word in _not_verbs() or word.startswith("un") or DETERMINER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return False  # "unmarked X", "added X", "the recalled X"
    elif m.group(0).startswith("sen"):
        return text.startswith(" the wrong way", end)  # "X sent Y the wrong way"
    return True


def _object_name(text: str, begin: int, end: int) -> bool:
    """A name the scorer's clause goes on through: the keeper beaten or the player who set the goal
    up ("sent goalkeeper Y the wrong way", "a cross from Y"), whose goal was cancelled out, or the
    object of a verb ("dispossessed Y")."""
    before = text[max(0, begin - 80) : begin]
    if sent_the_wrong_way(text, begin, end):
        return True  # "X sends Y the wrong way": Y is the keeper
    possessive = text.startswith(("'s", "’s"), end)
    return bool(OBJECT_NAME.search(before) or _not_the_scorer(before)
                or (possessive and VERB_BEFORE.search(before)) or (not possessive and _verb_object(text, begin, end)))


BRACKET_SCORER_AFTER = regex.compile(r"[ \t]+(\d{1,3}(?:[ \t]*\+[ \t]*\d{1,2})?)['’](?:[ \t]*(?:pen|p)\.?)?[ \t]*(?:,|\)|;|and\b)")
# "... beat Jamaica 3-0 in Las Vegas on Wednesday (": the bracket right after a result (not a line-up's "X: A, B (C 46')")
RESULT_BEFORE_BRACKET = regex.compile(r"\d{1,2}[ \t]*[-–][ \t]*\d{1,2}\b[^().;:,!?\n]{0,60}\Z")
# what the bracket holds before the name: only names with their minutes ("Henry Martín 3', "), no "booked:" or "sub"
BRACKET_LIST = regex.compile(r"[ \t]*(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}[ \t]+\d{1,3}(?:[ \t]*\+[ \t]*\d{1,2})?['’]"
                          r"(?:[ \t]*(?:pen|p)\.?)?[ \t]*,[ \t]*)*")
INVERTED_SCORER = regex.compile(r"(?i)\b(?:increased|extended|widened|discounted|(?:opened|closed)[ \t]+the[ \t]+(?:account|marker|scoring))"
                             r"[ \t]+(?:(?-i:\p{Ll})[\w-]*[ \t]+){0,2}?\Z")  # a verb, then its subject: "increased Adriana"
CONCEDED_TO = regex.compile(r"(?i)\b(?:gave[ \t]+up|gives[ \t]+up|conceded|concedes)[ \t]+(?:an?|another|the|a[ \t]+second|a[ \t]+third"
                         r"|an[ \t]+additional|a[ \t]+further|a[ \t]+late)[ \t]+(?:[\w-]+[ \t]+)?goal[ \t]+to[ \t]+(?:the[ \t]+)?\Z")
ALLOWED = regex.compile(r"(?i)\b(?:allowed|allowing|let|letting)[ \t]+\Z")
TO_SCORE_AFTER = regex.compile(r"[ \t]+to[ \t]+(?:score|equali[sz]e|level)\b")
WHO_BACKGROUND = regex.compile(r"(?i)\b(?:1[89]\d\d|20\d\d|last|previous|earlier|career|caps|season|seasons|since|times|ever|already|once)\b")
WHO_SCORED = regex.compile(r"[ \t]*,[ \t]*who[ \t]")  # "X, who headed in the first, ...": the verb follows
SAVED_BEFORE = regex.compile(r"(?i)\b(?:saved|saves|saving|stopped|stops|parried|parries|denied|denies|blocked|blocks|tipped|missed|misses"
                          r"|wasted|(?:kept|keeps|turned|turns)[ \t]+(?:out|away|aside))[ \t]+(?:\p{Ll}[\w-]*[ \t]+){0,3}?\Z")
WHO_AND = regex.compile(r"[^.;:!?,\n]{1,50}?[ \t]and[ \t]")  # a relative clause's first predicate, up to its "and"


A_COUNTS = (" a", " an", " two", " three", " four", "\na", "\nan")  # before a name and a goal noun: "a X header", "two X goals"


def goal_cue(text: str, begin: int, end: int, possessive: bool, limit: int,
             next_names: list[tuple[int, int]] = ()) -> GoalCue | None:  # type: ignore[assignment]
    """Do the words around the name at [begin, end) say this person scored? ``limit`` ends the
    sentence; ``next_names`` are the following names in it (a clause about them is theirs)."""
    r = _goal_res()
    after_start = end + (2 if possessive else 0)
    if not possessive and text.startswith(("s' ", "s’ "), end - 1):  # "Campbell-Ricketts' 57th-minute strike"
        possessive, after_start = True, end + 1
    before = text[max(0, begin - 80) : begin]
    if _not_the_scorer(before) or r["not_standing"].search(before) \
            or sent_the_wrong_way(text, begin, end):
        return None  # "past goalkeeper X", "a corner from X", "thought they had scored when X ...", "sends X the wrong way"
    if ABSOLUTE_WITH.search(before) and GERUND_AFTER.match(text, end) and not r["verb"].match(text[end:limit]) \
            and not r["moved"].match(text[end:limit]) and not r["phrase"].match(text[end:limit]):
        return None  # "..., with X expecting another cross, drove the ball in": X is no subject ("with X scoring twice" is)
    paren = r["paren"].match(text[after_start:limit])
    if paren and AGE.match(text, after_start + paren.end(), limit) and paren.group(1).strip().isdigit():
        paren = None  # "Choi Eun-young (34), a Dubai resident, said": an age (translated copy)
    if paren and paren.group(1).strip().isdigit() and RATED_VERB.match(text, after_start + paren.end(), limit) \
            and not r["verb"].match(text[after_start + paren.end() : limit]) \
            and not r["phrase"].match(text[after_start + paren.end() : limit]):
        paren = None  # "X (4) looked shaky throughout": a rating (or a shirt number) before a verb of no goal
    who = WHO_SCORED.match(text, after_start, limit) if not possessive and not paren else None
    if who is not None and not WHO_BACKGROUND.search(text, who.end(), _clause_end(text, who.end(), limit)):
        # "X, who headed in the first on 21 minutes, Y, ...": the relative clause tells X's goal (not his past:
        # "X, who scored twice against Nigeria last year, was left on the bench")
        clause_end = _clause_end(text, who.end(), limit)
        # ... or its second verb: "X, who entered from behind and nailed the 2-1"
        second = WHO_AND.match(text, who.end(), clause_end)
        for at in (who.end() - 1, *((second.end() - 1,) if second else ())):
            for key in ("verb", "phrase"):  # not "moved": "X, who drove in from East Los Angeles"
                m = r[key].match(text[at:clause_end])
                if m and not r["negated"].search(text, who.end(), at + m.end()) \
                        and not r["missed"].match(text[at + m.end() : clause_end]) \
                        and not r["not_a_goal"].search(text, who.end(), clause_end) and " own " not in text[who.end() : clause_end]:
                    return GoalCue(at + m.end())
    if not possessive and not paren:
        skipped = r["apposition"].match(text[after_start:limit])  # "X, 24, scored", "X of England scored"
        if CLEFT_BEFORE.search(before) and (cleft := CLEFT_WHO.match(text[after_start:limit])):
            skipped = cleft  # "it was X, once again, who scored": the cleft's relative clause is X's
        if skipped:
            after_start += skipped.end()
    stop = limit
    for nb, ne in next_names:
        if nb > after_start and not _object_name(text, nb, ne):  # nor one inside a skipped apposition
            stop = min(stop, nb)
            break
    after = text[after_start:stop]
    full_after = text[after_start:limit]
    if paren:
        if r["object_before"].search(before):
            return None  # "... flew past goalkeeper X (67')": the minute is the scorer's, not X's
        minutes = tuple(_listed_minute(x.group(0)) for x in PAREN_MINUTE.finditer(paren.group(1)))
        return GoalCue(after_start + paren.end(), minutes)
    if possessive:
        if r["kept_out"].search(before):
            return None  # "the keeper kept out X's effort"
        if r["disallowed"].search(before):
            return GoalCue(after_start, kick=True)  # "VAR chalked off X's winner": a player's, but no goal
        m = r["possessive"].match(after)
        if m and SAVE_AFTER.match(text, after_start + m.end(), limit):
            return None  # "X's penalty save": the keeper's save, no goal
        if m and FINISHED_BEFORE.search(before) and DELIVERY_NOUN.search(m.group(0)):
            return None  # "Y rose to head in X's free-kick": X delivered it
        if m and DELIVERY_NOUN.search(m.group(0)) and r["shot_of"].search(before):
            return None  # "Y's header from X's free kick brought them level": X delivered it
        if m and not r["not_a_goal"].search(text, after_start + m.end(), _clause_end(text, after_start + m.end(), limit)):
            # "X's header", not "X's header hit the bar"; "X's own goal"
            return GoalCue(after_start + m.end(), own=bool(OWN_MARK.search(m.group(0))))
        if m:
            return None
    own = r["own"].match(after) if " own " in after else None
    if own:
        return GoalCue(after_start + own.end(), own=True)
    if " own " in before and r["own_by"].search(before):
        return GoalCue(end, own=True)
    # a possessive's verb is its noun's ("X's corner kick, made it 2-1"); a name after "of", "from" or "at" is
    # no subject ("a winger from Y, curled a shot inside the far post")
    subject = not possessive and not COMPLEMENT.search(before) and not _verb_object(text, begin, end)
    missed_at = 0
    for key in ("verb", "moved", "phrase", "chain") if subject else ():
        m = r[key].match(after if key not in ("verb", "moved") else full_after)
        obj = r["delivered"].match(full_after[m.end() :]) if m and key != "phrase" and m.group(0).endswith("in") else None
        if obj and (obj.group("what").casefold() in PERFORMANCE or not r["finished"].match(m.group(0))):
            continue
        if m and r["missed"].match(full_after[m.end() :]):
            missed_at = missed_at or after_start + m.end()
            continue  # "X curled a free-kick inches wide"
        if m and not r["negated"].search(full_after[: m.end()]):
            clause_end = _clause_end(text, after_start + m.end(), limit)
            woodwork = r["not_a_goal"].search(text, after_start, clause_end) if key == "verb" else None
            if woodwork and woodwork.start() < after_start + m.end():
                continue  # "X struck the post": the verb itself begins a miss (a later "before scoring" may not)
            if TAKEN_AWAY_LATER.search(text, after_start + m.end(), min(limit, after_start + m.end() + 90)) \
                    or SEEMING.match(text, after_start + m.end(), limit):
                # "X headed in, but the goal was ruled out", "X turned in what looked like an equaliser": no goal
                return GoalCue(after_start + m.end(), kick=True)
            kick_end = AND_CLAUSE.search(text, after_start + m.end(), clause_end)  # ", and in the shoot-out ..."
            if (r["shootout"].search(text, after_start + m.end(), kick_end.start() if kick_end else clause_end)
                    and (r["shootout_context"].search(text, max(0, begin - 400), clause_end)
                         # "after X converted the winning penalty, the squad ran ...", the shoot-out told paragraphs before
                         or (not _minutes_in(text, begin, clause_end) and r["shootout_context"].search(text)))):
                return GoalCue(after_start + m.end(), kick=True)  # a kick in a penalty shoot-out is not a goal
            if (ON_TARGET_CUE.search(m.group(0)) and not _minutes_in(text, begin, clause_end)
                    and r["shootout_context"].search(text, max(0, text.rfind("\n\n", 0, begin), begin - 400), clause_end)):
                return GoalCue(after_start + m.end(), kick=True)  # "after the spot kicks began, X and Y were on target": kicks
            if (MADE_IT.search(m.group(0)) and r["shootout_context"].search(text, max(0, text.rfind("\n\n", 0, begin)), begin)
                    and not _minutes_in(text, max(0, begin - 80), limit)):
                return None  # "In the shoot-out ... X made it 4-3": a tally of kicks, with no minute
            if (KICK_TALLY.match(text, after_start + m.end(), clause_end) and not _minutes_in(text, max(0, begin - 80), limit)
                    and r["shootout_context"].search(text, max(0, begin - 1500), begin)):
                return GoalCue(after_start + m.end(), kick=True)  # "THE PENALTIES ... X converted: 2 to 0": a kick's tally
            return GoalCue(after_start + m.end())
    w = r["with"].match(after) if subject else None
    if w and r["with_verb"].search(after[: w.end()]) and not r["not_a_goal"].search(after[: w.end()]):
        return GoalCue(after_start + w.end())  # not "X struck the crossbar with a penalty"
    if not possessive and (INVERTED_SCORER.search(before) or CONCEDED_TO.search(before)
                           or ALLOWED.search(before) and TO_SCORE_AFTER.match(text, end, limit)):
        # translated copy: "increased Adriana in the min. 47", "closed the account X"; the side that let it in:
        # "gave up an additional goal to X", "allowed X to score"
        return GoalCue(end)
    bracketed = BRACKET_SCORER_AFTER.match(text, end, limit) if not possessive else None
    if bracketed is not None and (opened := text.rfind("(", max(0, begin - 90), begin)) >= 0 \
            and BRACKET_LIST.fullmatch(text, opened + 1, begin) and RESULT_BEFORE_BRACKET.search(text, max(0, opened - 80), opened):
        # "Mexico beat Jamaica 3-0 on Wednesday (Henry Martín 3', Luis Chávez 30')": the result's scorers and minutes
        minute = PAREN_MINUTE.match(text, bracketed.start(1))
        return GoalCue(end, (int(minute.group(1)) + int(minute.group(2) or 0),) if minute else (None,))
    low = before.casefold()  # each pattern below needs one of its words in the window: looked for only then
    through = r["through"].search(before) if ("through" in low or "via" in low or "means of" in low or " by " in low
                                              or " with " in low) else None
    if through:  # "equalised in the 50th minute through X": the minute between the verb and the name is X's
        written = _minutes_in(through.group(0))
        return GoalCue(end, (_minute_of(written[0]),) if len(written) == 1 else (None,))
    if AGENT_WORDS.search(low) and r["agent"].search(before):
        return GoalCue(end)
    when = r["when"].search(before)
    if when and when.group("dash") and not DASH_CLOSED.match(text, end, limit):
        when = None  # "X levelled on the hour — Y, unmarked, headed in —": only a dash-closed aside tells the goal
    if when and when.group("comma") and not r["apposed_scorer"].match(text, end, limit):
        when = None  # "X pulled one back, Y meeting a corner": only a name told finishing it, not "..., Y said"
    if when and not r["not_a_goal"].search(text, end, _clause_end(text, end, limit)) \
            and not rx(r"(?i)\A[ \t]+(?:(?:was|were)[ \t]+(?:sent|booked|shown|fouled|injured|substituted|brought[ \t]+down|tripped|felled)"
                       # "levelled when X brought down Y and Z sent the keeper the wrong way": X gave the penalty away
                       r"|(?:brought|hauled|pulled)[ \t]+(?:down|back)|fouled|tripped|felled|clipped|upended|handled)\b").match(text[end:limit]):
        written = _minutes_in(when.group(0))  # "extended it in the 8th minute when X drove in": the minute is X's
        return GoalCue(end, (_minute_of(written[0]),) if len(written) == 1 else (None,))
    if not possessive and low.rstrip().endswith(A_COUNTS) and r["a_name"].search(before) \
            and r["a_name_noun"].match(text[end:limit]):
        return GoalCue(end)
    if not possessive and r["whose"].match(text, end, limit):
        return GoalCue(end)
    came_from = (r["from"].search(before) or r["shot_from"].search(before)) if FROM_WORDS.search(low) else None
    if came_from and not possessive and not text.startswith(("'", "’"), end) and not DELIVERY_AFTER.match(text, end) \
            and not SAVED_BEFORE.search(before, 0, came_from.start()) \
            and not r["not_a_goal"].search(text, end, _clause_end(text, end, limit)):  # not "a header from a X corner"
        # (nor "saved a first-half penalty from X": the shot the keeper stopped)
        # "the winner came from X", "goals from X and Y", not "a volley from X's cut-back"; the minute of "an
        # 88th-minute strike from X" is X's
        written = _minutes_in(came_from.group(0))
        own = " own " in full_after and bool(WHO_OWN.match(text, end, limit))  # "came courtesy of X, who sliced it into her own net"
        return GoalCue(end, (_minute_of(written[0]),) if len(written) == 1 else (None,), own=own)
    if subject and (scored := RUNNING_SCORE.search(after)) and not r["negated"].search(after[: scored.start()]):
        return GoalCue(after_start + scored.end())  # "X ... shot low under the keeper's hand (1-0)"
    if subject and stop == limit and BARE_SCORE.match(text, limit):
        return GoalCue(limit)  # "X ... turned and shot low. 1:0."
    return GoalCue(missed_at, kick=True) if missed_at else None  # a shot that missed: a player's, but no goal


def _goals(article: Article) -> Iterator[Goal]:
    from .people import candidates, persons, pronoun_subjects, resolve, role_subjects

    text = article.content
    people = persons(article)
    ms_all = accepted(article)
    ms_matches = matches(article)
    cands = sorted([c for c in [*candidates(article), *pronoun_subjects(article)] if resolve(people, c.name)]
                   + role_subjects(article, people), key=lambda c: c.begin)
    seen: set[tuple[str, int | None]] = set()
    named = [g for sentence in sentences(article)
             for s in _past_segments(text, sentence)  # "X will face Y after Z's 90th-minute winner ..."
             for g in _segment_goals(article, sentence, s, cands, people, ms_all, ms_matches, seen)]
    named.extend(_listed_goals(article, people, seen))
    named.extend(_rated_goals(article, people, seen))
    timed = {g.scorer for g in named if g.minute is not None}
    yield from (g for g in named if g.minute is not None or g.scorer not in timed)  # a later "X's goal" is that one
    yield from _team_goals(article, ms_all)


def _listed_goals(article: Article, people: dict[str, Person], seen: set[tuple[str, int | None]]) -> Iterator[Goal]:
    from .people import resolve

    for entry in listed(article):
        person = resolve(people, article.content[entry.begin : entry.end])
        if person is None:
            continue
        s = sentence_at(article, entry.begin)
        evidence = s.evidence() if s else span(article, entry.begin, entry.end)
        for minute in entry.minutes:
            if (person.name, minute) in seen:
                continue
            seen.add((person.name, minute))
            yield Goal(evidence=(evidence,), scorer=person.name, team=entry.team or person.team, minute=minute,
                       own_goal=entry.own_goal)


def _rated_goals(article: Article, people: dict[str, Person], seen: set[tuple[str, int | None]]) -> Iterator[Goal]:
    """Goals told in a ratings list's notes, whose subject is the rated name ("Kacper Wilczek – 8 /
    Opened the scoring in the 12th minute with a free-kick"): each sentence of the notes is read
    as if the name began it."""
    from .people import rated, resolve

    text = article.content
    for entry in rated(article):
        person = resolve(people, text[entry.begin : entry.end])
        if person is None or entry.role != "player":
            continue
        for s in sentences(article):
            if not (entry.notes[0] <= s.begin < entry.notes[1]):
                continue
            said = f"{person.name} {text[s.begin : s.end]}"
            cue = goal_cue(said, 0, len(person.name), False, len(said))
            if cue is None or cue.kick:
                continue
            minutes = list(cue.minutes) if cue.minutes != (None,) else _minutes(said[: _clause_end(said, cue.end, len(said))])
            for minute in minutes:
                if (person.name, minute) not in seen:
                    seen.add((person.name, minute))
                    yield Goal(evidence=(s.evidence(),), scorer=person.name, team=entry.team or person.team, minute=minute,
                               own_goal=cue.own)


@functools.cache
def _non_player_role_before() -> regex.Pattern[str]:
    """A role noun right before a name that scores no goal in the story: "boss X", "referee X"."""
    roles = vocab()["roles"]
    # (not "head of": "a cross found the head of X" is X's head)
    words = [w for key in ("coach", "official", "journalist", "photographer") for w in roles[key] if w != "head of"]
    return regex.compile(rf"(?i)(?<![\w-])(?:{alternation(words, ignorecase=True)})[ \t]+\Z")


class _Scored(NamedTuple):
    person: Person
    minutes: list[int | None]
    winning: bool
    team: str | None
    own_window: bool  # the minute was looked for after the name (no "(67')", not a chain of names)
    at: int = -1  # where the name (or the pronoun standing for it) is written
    own: bool = False  # an own goal


def _segment_goals(article: Article, sentence: Sentence, s: Sentence, cands: list[Candidate],
                   people: dict[str, Person], ms_all: list[Mention], ms_matches: list[MatchInfo],
                   seen: set[tuple[str, int | None]]) -> Iterator[Goal]:
    """The goals with a named scorer in one sentence, or in ``s``, one past clause of it."""
    from .people import resolve

    text = article.content
    winning = _re("winning")
    here = [c for c in cands if s.begin <= c.begin < s.end]
    found: list[_Scored] = []
    cues: dict[int, GoalCue | None] = {}

    def cue_of(k: int) -> GoalCue | None:  # the words around here[k], up to the next name (asked once a name)
        if k not in cues:
            x = here[k]
            cues[k] = goal_cue(text, x.begin, x.end, x.possessive, s.end, [(y.begin, y.end) for y in here[k + 1 :]])
        return cues[k]

    def scores(k: int) -> bool:  # the name here[k] is a scorer's (its cue alone)
        cue = cue_of(k)
        return cue is not None and not cue.kick and resolve(people, here[k].name) is not None

    def purpose_cue(k: int) -> GoalCue | None:  # the cue after here[k], as if nothing before it said it was not its subject
        x = here[k]
        lo = max(0, x.begin - 80)
        blank = text[:lo] + " " * (x.begin - lo) + text[x.begin :]
        cue = goal_cue(blank, x.begin, x.end, x.possessive, s.end, [(y.begin, y.end) for y in here[k + 1 :]])
        return cue if cue is not None and not cue.kick else None

    # "X latched onto a pass from Y to fire home", "X pounced on a loose pass from defender Y to score": the
    # purpose after Y, a preposition's object, is the clause's subject's (X's): subject index -> Y's index
    purposes: dict[int, int] = {}
    if len(here) >= 2 and rx(r"[ \t]*(?:\p{Lu}[\w.-]*[ \t]+)?\Z").fullmatch(text, s.begin, here[0].begin) and cue_of(0) is None:
        for k in range(1, len(here)):
            if not OBJECT_BEFORE.search(text, max(s.begin, here[k].begin - 40), here[k].begin):
                break  # another name between that is no preposition's object
            if INFINITIVE_AFTER.match(text, here[k].end):
                if purpose_cue(k) is not None:
                    purposes[0] = k
                break

    for i, c in enumerate(here):
        # "X and Y scored": the verb after the last name holds for all of them
        j = i
        while j + 1 < len(here) and rx(r"\s*(?:,|and|,\s*and)\s*").fullmatch(text[here[j].end : here[j + 1].begin]):
            j += 1
        cue = cue_of(j)
        if cue is not None and cue.kick:
            cue = None
        if cue is not None and j > i and PREPOSITION_BEFORE.search(text, max(s.begin, c.begin - 30), c.begin) \
                and not (WITH_BEFORE.search(text, max(s.begin, c.begin - 8), c.begin) and ON_TARGET.match(text, here[j].end, s.end)) \
                and goal_cue(text, c.begin, c.end, c.possessive, s.end, [(x.begin, x.end) for x in here[i + 1 :]]) is None:
            cue = None  # "saved the fourth penalty, from X, and Y converted": X is no co-subject of Y's verb
        if i in purposes.values():
            continue  # the purpose after this name is the subject's (below)
        if cue is None and i in purposes:
            cue = purpose_cue(purposes[i])
        person = resolve(people, c.name) if cue is not None else None
        if cue is None or person is None or _non_player_role_before().search(text, max(s.begin, c.begin - 40), c.begin):
            continue  # "WALES boss X blasted the officials": a coach's verb is no goal
        clause_end = _clause_end(text, cue.end, s.end)
        # a later scorer's clause ends the window of the minute: "X slid in to convert, and Y added a fourth in the 92nd minute"
        later = next((x for k, x in enumerate(here[j + 1 :], j + 1) if cue.end <= x.begin < clause_end and scores(k)), None)
        window_end = later.begin if later is not None else clause_end
        window = text[c.begin : clause_end]
        listed_after = _goal_res()["paren_after"].match(text[cue.end : clause_end]) if cue.minutes == (None,) else None
        if listed_after:
            minutes = [_listed_minute(x.group(0)) for x in PAREN_MINUTE.finditer(listed_after.group(1))]
        else:
            minutes = list(cue.minutes) if cue.minutes != (None,) else _minutes(text[c.begin : window_end]) if j == i else [None]
        is_winner = bool(winning.search(window))
        if cue.own:  # the side that gained the goal: the opponent of the scorer's
            team = next((t for info in ms_matches if person.team in info.teams for t in info.teams
                         if t != person.team), None) if person.team else None
        else:
            # a later scorer in a clause set against this one ("..., before Z pulled one back for Mali"): a side
            # credited after that name is that scorer's ("X scored and Y added a second for Mali" credits both)
            after = next((x.begin for k, x in enumerate(here[j + 1 :], j + 1)
                          if CONTRAST.search(text, c.end, x.begin) and scores(k)), None)
            team = _goal_team(article, s, window, c.begin, person.team, is_winner, ms_all, ms_matches, after)
        found.append(_Scored(person, minutes, is_winner, team, cue.minutes == (None,) and j == i, c.begin, cue.own))
    found += list(_gapped(article, s, here, found, people, ms_all, ms_matches))
    for k, f in enumerate(found):
        if f.minutes != [None] or not f.own_window:
            continue
        # "The only goal came in the 22nd minute, when X ...", "Then, in the 97th minute, X rose": the
        # minute is X's when only a "when" or a comma lies between them
        name = next(c for c in here if c.begin == f.at)
        written = _minutes_in(text, s.begin, name.begin)
        if written and MINUTE_THEN_NAME.fullmatch(text, written[-1].end(), name.begin):
            found[k] = f._replace(minutes=[_minute_of(written[-1])])
        elif len(found) == 1 and len(written) == 1 and OPENING_MINUTE.fullmatch(text, s.begin, written[0].start()) \
                and MINUTE_COMMA.match(text, written[0].end()) and len(_minutes_in(text, s.begin, s.end)) == 1 \
                and all(_object_name(text, x.begin, x.end) for x in here if written[0].end() <= x.begin < name.begin):
            # "At 44 of the complement, a corner from X found the head of Y, who nailed the 2-1": the one minute opening
            # the sentence is its one scorer's, past the names of those who set the goal up
            found[k] = f._replace(minutes=[_minute_of(written[0])])
        elif len(found) == 1 and (lead := _lead_in(article, sentence, name.begin, cands)) is not None:
            found[k] = f._replace(minutes=[lead])
        elif len(found) == 1 and (trail := _trailing_minute(article, sentence)) is not None:
            found[k] = f._replace(minutes=[trail])
    for f in found:
        for minute in f.minutes:
            key = (f.person.name, minute)
            if key in seen:
                continue
            seen.add(key)
            yield Goal(evidence=(sentence.evidence(),), scorer=f.person.name, team=f.team, minute=minute, winning=f.winning,
                       own_goal=f.own)


# a clause that announces the goal and its minute before the scorer is named: "The decisive moment came
# in the 108th minute. X ...", "Zambia's equaliser, on 38 minutes, came out of nothing: X ...", or a
# "when" clause: "... until the 55th minute, when a cross was diverted past his own goalkeeper by X"
LEAD_IN = regex.compile(
    r"(?i)\b(?:moment|breakthrough|goal|winner|equali[sz]er|opener|leveller|reply|response|deadlock|lead)\b"
    r"[^.;:!?\n]{0,40}?\b(?:came|arrived|followed)\b[^.;!?\n]{0,40}?(?:[.:][\"”’]?[ \t]+\Z)")
LEAD_WHEN = regex.compile(r"(?i)\As?(?:[ \t]+(?:of[ \t]+)?[\w-]+){0,3}?[ \t]*,[ \t]*when[ \t]")
# a minute whose clause a colon ends, the goal told after it: "In the 34th minute it was done: after a corner, X ..."
LEAD_COLON = regex.compile(r"[^.;:!?\n]{0,40}:[ \t]")
LEAD_STOP = regex.compile(r"[.:][\"”’]?[ \t]")


@functools.cache
def _lead_verb() -> regex.Pattern[str]:
    """A side's goal told with its minute before the scorer is named: "The guests found the equaliser in
    the 31st minute.", "Portugal took the lead after only eight minutes: ..." (the minute follows)."""
    through = words_pattern(vocab()["match"]["through_verbs"]).pattern.removeprefix("(?i)")
    verbs = words_pattern(vocab()["match"]["goal_verbs"]).pattern.removeprefix("(?i)")
    # a side's reward or its going ahead again: "They were rewarded in the 23rd minute.", "went back in front"
    side = r"\b(?:were|was)[ \t]+rewarded|\b(?:went|got|were|was|moved)[ \t]+back[ \t]+(?:in[ \t]+front|ahead|level)"
    return regex.compile(rf"(?i)(?:{through}|{verbs}|{side}|\bfound[ \t]+(?:the|an?|their|its)[ \t]+(?:equali[sz]er|opener|winner|breakthrough))"
                         r"[^.;:!?\n]{0,25}?\Z")


def _lead_in(article: Article, sentence: Sentence, name_at: int, cands: list[Candidate]) -> int | None:
    """The minute a lead-in gives the scorer named at ``name_at``, who has none of their own: the
    one minute written before the name in its sentence, or else in the sentence before (in the
    paragraph), with no other name between."""
    text = article.content
    found = sentences(article)
    k = next((i for i, x in enumerate(found) if x.begin == sentence.begin), 0)
    prev = found[k - 1] if k and "\n\n" not in text[found[k - 1].end : sentence.begin] else None
    begin = prev.begin if prev and not _minutes_in(text, sentence.begin, sentence.end) else sentence.begin
    # a lead-in sentence of its own gives the minute of the one goal told in the next, whatever other
    # names (the keeper, the player fouled or who set it up) that sentence gives before the scorer
    lead_end = sentence.begin if begin < sentence.begin else name_at
    if lead_end == name_at:  # or a clause the colon ends: "The pressure told with 11 minutes left: X crossed and Y headed in"
        first = _minutes_in(text, begin, name_at)
        colon = LEAD_COLON.match(text, first[0].end(), name_at) if len(first) == 1 else None
        lead_end = colon.end() if colon else name_at
    if any(begin <= c.begin < lead_end and not _object_name(text, c.begin, c.end) for c in cands):
        return None  # another name between, but the keeper beaten or the player who set the goal up
    written = _minutes_in(text, begin, name_at)
    if len(written) != 1:
        return None
    lead = text[written[0].start() - 60 if written[0].start() - 60 > begin else begin : lead_end]
    only = written[0].start() >= sentence.begin and len(_minutes_in(text, sentence.begin, sentence.end)) == 1
    if LEAD_IN.search(lead) or (only and (LEAD_WHEN.match(text[written[0].end() : name_at])
                                          or LEAD_COLON.match(text, written[0].end(), name_at))) \
            or (_lead_verb().search(text, max(begin, written[0].start() - 60), written[0].start())
                and LEAD_STOP.search(text, written[0].end(), name_at)):
        return _minute_of(written[0])
    return None


# a sentence that only gives the running score and the minute after the goal is told: "2-1, 76 minutes.",
# "USA 2-1 on 66 minutes.", "67'."
TRAILING_MINUTE = regex.compile(r"(?:[^\d\n]{0,20}?\d{1,2}[ \t]*[-–:][ \t]*\d{1,2}(?:[ \t]+[^\d\s,]{1,20})?,?[ \t]+(?:(?:in|on|at|after)[ \t]+)?(?:the[ \t]+)?)?"
                                r"(?P<m>[^.!?\n]{1,25}?)[ \t]*[.!]?[ \t]*")


def _trailing_minute(article: Article, sentence: Sentence) -> int | None:
    """The minute of the next sentence in the paragraph when it gives only the running score and the
    minute (a goal told with no minute in its own sentence)."""
    text = article.content
    found = sentences(article)
    k = next((i for i, x in enumerate(found) if x.begin == sentence.begin), None)
    if k is None or k + 1 >= len(found):
        return None
    nxt = found[k + 1]
    if "\n" in text[sentence.end : nxt.begin] or nxt.end - nxt.begin > 40:
        return None
    m = TRAILING_MINUTE.fullmatch(text, nxt.begin, nxt.end)
    written = _minutes_in(text, nxt.begin, nxt.end) if m else []
    if len(written) != 1 or written[0].start() != m.start("m") or written[0].end() < m.end("m") - 12:
        return None
    return _minute_of(written[0])


def gapped_minute(text: str, begin: int, end: int, s_begin: int, s_end: int) -> tuple[int, int] | None:
    """For the name at [begin, end) in the sentence [s_begin, s_end): the minute and its end when
    the name is a scorer whose verb was left out, ", and Y in the 68th" (the earlier scorer with
    the verb is the caller's to check)."""
    if not GAPPED_BEFORE.search(text[max(s_begin, begin - 12) : begin]):
        return None
    m = GAPPED_AFTER.match(text[end:s_end])
    if m is None:
        return None
    minute = NUMBER_WORDS[m.group("o").casefold()] if m.group("o") else int(m.group("n")) + int(m.group("extra") or 0)
    return (minute, end + m.end()) if 0 < minute <= 130 else None


def _gapped(article: Article, s: Sentence, here: list[Candidate], found: list[_Scored], people: dict[str, Person],
            ms_all: list[Mention], ms_matches: list[MatchInfo]) -> Iterator[_Scored]:
    """Scorers whose verb is left out after an earlier scorer's in the same sentence: "X scored in
    the ninth minute and Y in the 68th", "X struck after 12 minutes, Y on 55"."""
    from .people import resolve

    text = article.content
    if not found or all(m is None for f in found for m in f.minutes):
        return
    scorers = {f.person.name for f in found}
    first = min(c.begin for c in here if (p := resolve(people, c.name)) is not None and p.name in scorers)
    for c in here:
        person = resolve(people, c.name)
        if c.begin <= first or person is None or person.name in scorers or c.possessive:
            continue
        gapped = gapped_minute(text, c.begin, c.end, s.begin, s.end)
        if gapped is None:
            continue
        minute, window_end = gapped
        window = text[c.begin : window_end]
        team = _goal_team(article, s, window, c.begin, person.team, False, ms_all, ms_matches)
        scorers.add(person.name)
        yield _Scored(person, [minute], False, team, False)


def _team_goals(article: Article, ms_all: list[Mention]) -> Iterator[Goal]:
    """Goals stated with a minute but no scorer: "a 94-minute goal from Belgium"."""
    text = article.content
    goal_nouns = _re("goal_nouns")
    for s in sentences(article):
        local = text[s.begin : s.end]
        if _is_future(local):
            continue
        for mm in _minutes_in(local):
            ms = _teams_in(s, ms_all)
            near = local[max(0, mm.start() - 60) : mm.end() + 40]
            if not goal_nouns.search(near) and not rx(r"(?i)\b(?:scor|lose|lost|los)").search(near):
                continue
            team = None
            frm = rx(r"(?i)\b(?:from|by)\s+(?:the\s+)?").search(local[mm.end() : mm.end() + 40])
            if frm:
                team = _team_after(ms, s.begin + mm.end() + frm.end(), 5)
            if team is None:
                lose_to = rx(r"(?i)\bto\s+(?:the\s+)?").search(local[mm.end() : mm.end() + 20])
                if lose_to and rx(r"(?i)\b(?:lose|lost|losing)\b").search(local[: mm.start()]):
                    team = _team_after(ms, s.begin + mm.end() + lose_to.end(), 5)
            if team is None:
                team = _subject_before(ms, s.begin + mm.start(), text, s) if rx(r"(?i)\bscor").search(near) else None
            if team is None:
                continue
            minute = _minute(mm.group(0))
            yield Goal(evidence=(s.evidence(),), scorer=None, team=team, minute=minute,
                       winning=bool(_re("winning").search(local)) or bool(rx(r"(?i)\b(?:lose|lost|losing)\b").search(local)))


class Listed(NamedTuple):
    """A scorer named in a list rather than a sentence: a fact box or a live blog's goal line."""
    begin: int  # the name as written
    end: int
    minutes: tuple[int | None, ...]
    team: str | None  # the side the goals count for (an own goal counts for the other side)
    own_goal: bool


@functools.cache
def _listed_res() -> dict[str, regex.Pattern[str]]:
    v = vocab()["match"]
    labels = "|".join(regex.escape(x) for x in sorted(v["scorer_labels"], key=len, reverse=True))
    shouts = sorted(v["goal_shouts"], key=len, reverse=True)
    caps = "|".join(regex.escape(x) for x in shouts)
    titled = "|".join(regex.escape(x.capitalize()) for x in shouts)
    marks = "|".join(regex.escape(x) for x in sorted(v["penalty_marks"] + v["own_goal_marks"], key=len, reverse=True))
    own = "|".join(regex.escape(x) for x in sorted(v["own_goal_marks"], key=len, reverse=True))
    # "57", "90+2'", "83 pen", "(70 og)", and a mark before it: "og 33"; an ordinal's dot, as German and
    # Polish boxes write the minute, and a mark after a comma: "(78., own goal)"; not the running score
    # of the next entry: "(57, penalty), 3:1 Y (66)"
    minute = (rf"(?:(?:{own})[ \t]+)?\d{{1,3}}(?!\d|[ \t]*[-–:][ \t]*\d)\.?(?:[ \t]*\+[ \t]*\d{{1,2}})?[ \t]*['’′]?"
              rf"(?:[ \t]*(?:\(|,[ \t]*)?(?:{marks})\)?(?![\w]))?")
    return {
        # "Scorers: Austria: Gruber 12, 51 ..." at the start of a line or after a sentence
        "label": regex.compile(rf"(?im)(?:^|(?<=[.!?)][ \t]))[ \t]*(?:{labels})[ \t]*[:–—][ \t]*(?=\S)"),
        # "GOAL! Chile 1-0 Peru (Name, 29')", "22:35 GOAL! ...", "Goal! ..."
        "shout": regex.compile(rf"(?<![\w])(?:(?:{caps})(?![\w])|(?:{titled})!)"),
        # after a name: "12, 51", "(12', 51')", ", 81'", "83 pen", "70 og"
        # ... and a mark before them: "(Name og, 90+4)", "(Name pen, 71)"
        "minutes": regex.compile(rf"\A[ \t]*(?:\(|,)?[ \t]*((?:(?:{marks})[ \t]*,?[ \t]*)?{minute}(?:[ \t]*,[ \t]*{minute})*)[ \t]*\)?"),
        "minute": regex.compile(rf"{minute}"),
        "own": regex.compile(rf"(?<![\w])(?:{'|'.join(regex.escape(x) for x in v['own_goal_marks'])})(?![\w])"),
        "score": regex.compile(r"\A[ \t]+(\d{1,2})[ \t]*[-–:][ \t]*(\d{1,2})[ \t]+\Z"),
        # a results line: "Nepal 2 (Thapa 23, Gurung 71) Sri Lanka 0", "Botswana 1 (Kgosi 71) Algeria 1 (Seretse og 33)"
        "result_line": regex.compile(r"(?m)^[^\n()]{2,50}?[ \t]\d{1,2}[ \t]*\([^()\n]*\d[^()\n]*\)[^\n]{0,80}$"),
        "team_goals": regex.compile(r"\A[ \t]+\d{1,2}[ \t]*\(([^()\n]+)\)"),
        # a note on a minute's line that tells no goal: "yellow card", "on for X", "saved"
        "not_entry": regex.compile(rf"(?i)\b(?:{alternation(v['minute_entry_not_goal'], ignorecase=True)})\b"),
    }


def listed(article: Article) -> list[Listed]:
    """Scorers listed in a fact box ("Scorers: Austria: Gruber 12, 51, Leitner 83 pen. Sweden:
    Lindgren 40.") or on a live blog's goal line ("GOAL! Slovakia 2-1 Albania (Marek Hudák, 81')").
    Cached. Only names with a minute count: a list of names alone (a line-up) says nothing of goals."""
    if "listed_goals" in article.cache:
        return article.cache["listed_goals"]
    from .people import candidates

    out: list[Listed] = []
    if is_football(article):
        text = article.content
        r = _listed_res()
        ms = accepted(article)
        cands = candidates(article)
        for m in r["label"].finditer(text):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            boxed = list(_box_line(text, m.end(), line_end, ms, cands))
            out.extend(boxed or _running_box(text, m.end(), line_end, cands))
        for m in r["result_line"].finditer(text):
            out.extend(_result_line_goals(text, m.start(), m.end(), ms, cands))
        out.extend(_team_lines(text, ms, cands))
        for m in SCORE_LINE.finditer(text):
            out.extend(_score_line_goals(text, m, ms, cands))
        lines = []
        for m in r["shout"].finditer(text):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            stamp = _stamped_minute(text, m.start())
            line = _goal_line(text, m.end(), min(line_end, m.end() + 160), ms, cands, stamp) \
                or _shout_entry(text, m.end(), min(line_end, m.end() + 400), ms, cands, stamp)
            if line:
                lines.append(line)
        out.extend(_blog_goals(lines))
        for m in MINUTE_LINE.finditer(text):
            line_end = text.find("\n", m.end())
            entry = _minute_line(text, m, len(text) if line_end < 0 else line_end, ms, cands)
            if entry is not None:
                out.append(entry)
        entries = [e for m in MINUTE_ENTRY.finditer(text) if (e := _minute_entry(text, m, ms, cands)) is not None]
        if len(entries) >= 2:  # a list of goals, one a line, not a lone line of a live blog
            out.extend(entries)
        out.extend(e for m in RUNNING_ENTRY.finditer(text) if (e := _running_entry(text, m, cands)) is not None)
        dashed = [e for m in MINUTE_DASH_ENTRY.finditer(text) if (e := _minute_entry(text, m, ms, cands, dashed=True)) is not None]
        if len(dashed) >= 2:  # "35 — Nahuel Molina (Argentina), from Messi's pass. 0-1.": a data desk's list of goals
            out.extend(dashed)
    article.cache["listed_goals"] = out
    return out


# the minute that opens a goal shout's line: "23' GOAL! ...", "- 61' GOAL Canada (Name)", "90+5' GOAL!!!", "12' – GOAL! ..."
# ... after the entry's clock time: "20:04 — 18' GOAL! ..."
MINUTE_MARK = r"(\d{1,3})(?:[ \t]*\+[ \t]*(\d{1,2}))?[ \t]*['’′]"  # "61'", "90+5'": groups minute and added time
STAMPED_MINUTE = regex.compile(r"[ \t]*(?:[-•*][ \t]*)?(?:[012]?\d[:.][0-5]\d[ \t]*(?:[—–-][ \t]*)?)?"
                               rf"{MINUTE_MARK}[ \t]*(?:[—–:-][ \t]*)?")


def _stamped_minute(text: str, at: int) -> int | None:
    line_start = text.rfind("\n", 0, at) + 1
    m = STAMPED_MINUTE.fullmatch(text[line_start:at]) if at - line_start <= 24 else None
    value = int(m.group(1)) + int(m.group(2) or 0) if m else 0
    return value if 0 < value <= 130 else None


# a goal line that opens with its minute and the scoring side's running score: "55' — Papua New Guinea 1-1. X meets a cross ..."
MINUTE_LINE = regex.compile(r"(?m)^[ \t]*(\d{1,3})(?:[ \t]*\+[ \t]*(\d{1,2}))?[ \t]*['’′][ \t]*(?:[—–:-]+|GOAL!?)[ \t]*(?=\p{Lu})")
MINUTE_LINE_SCORE = regex.compile(r"\A[ \t]+\d{1,2}[ \t]*[-–:][ \t]*\d{1,2}[ \t]*[.!:;—–-]?[ \t]+(?:[\w-]+[ \t]+){0,2}?\Z")


def _minute_line(text: str, m: regex.Match[str], end: int, ms: list[Mention], cands: list[Candidate]) -> Listed | None:
    """ "15' — Fiji 1-0. Captain X runs on to a long ball ... and finishes low": the name that opens the
    sentence after the running score scored, for the one team written before the score."""
    team = next((t for t in ms if t.begin == m.end()), None)
    if team is None:
        return None
    name = next((c for c in cands if team.end < c.begin < end), None)
    if name is None or name.possessive or not MINUTE_LINE_SCORE.match(text[team.end : name.begin]):
        return None
    minute = int(m.group(1)) + int(m.group(2) or 0)
    return Listed(name.begin, name.end, (minute,), team.team, False) if 0 < minute <= 130 else None


# a list of goals, one a line, each opening with its minute: "• 14' Name (JAM) — header from a corner",
# "90+2' (92) Name (Jamaica)", "- 61' Name (SLV) — own goal"
LINE_BULLET = r"(?m)^[ \t]*(?:[-•*·▪][ \t]*)?"  # the start of a list's line, with or without its bullet
MINUTE_ENTRY = regex.compile(rf"{LINE_BULLET}{MINUTE_MARK}"
                             r"(?:[ \t]*\(\d{1,3}\))?[ \t]+(?=\p{Lu})")
# after the name: its side in brackets (a name or a code), then the end of the line or a dash and how it went in
MINUTE_ENTRY_AFTER = regex.compile(r"[ \t]*(?:\(([^()\n]{2,30})\))?[ \t]*(?:\n|\Z|[—–-][ \t]+([^\n]{0,120}))")


def _minute_entry(text: str, m: regex.Match[str], ms: list[Mention], cands: list[Candidate],
                  dashed: bool = False) -> Listed | None:
    """One line of a list of goals that opens with the minute: the name right after it scored, for
    the side in brackets after the name; not a booking or a change ("67' Name — yellow card"). A
    minute with no mark before a dash (``dashed``) needs the side and a running score on the line."""
    name = next((c for c in cands if c.begin == m.end()), None)
    after = (DASH_ENTRY_AFTER if dashed else MINUTE_ENTRY_AFTER).match(text, name.end) \
        if name is not None and not name.possessive else None
    if name is None or after is None:
        return None
    note = after.group(2) or ""
    if not dashed and _listed_res()["not_entry"].search(note):  # a dashed entry's running score tells its goal
        return None
    side = after.group(1)
    team = None
    if side is not None:
        side = side.strip()
        team = teams().codes.get(side) or next((t.team for t in ms if t.begin == after.start(1) and t.end == after.end(1)), None)
        if team is None:
            return None  # "(pen)", "(assist: Name)": not a list of goals by side
    own = bool(_listed_res()["own"].search(note))
    minute = int(m.group(1)) + int(m.group(2) or 0)
    if not 0 < minute <= 130:
        return None
    return Listed(name.begin, name.end, (minute,), None if own else team, own)


# "105+1 — Neymar (Brazil). A one-two ... 0-1.": a minute with no mark, a dash, the name, its side, a running score
MINUTE_DASH_ENTRY = regex.compile(rf"{LINE_BULLET}(\d{{1,3}})(?:[ \t]*\+[ \t]*(\d{{1,2}}))?[ \t]+[—–][ \t]+(?=\p{{Lu}})")
DASH_ENTRY_AFTER = regex.compile(r"[ \t]*\(([^()\n]{2,30})\)(?=[^\n]*?(?<![\d-])\d{1,2}-\d{1,2}[.!](?:[ \t\n]|\Z))(?:[.,;:]?[ \t]*([^\n]{0,160}))")


# a list of goals, one a line, each opening with the running score: "1-0 Abel Getachew 22", "2-1 Name 78 pen"
RUNNING_ENTRY = regex.compile(rf"{LINE_BULLET}\d{{1,2}}[ \t]*[-–:][ \t]*\d{{1,2}}[ \t]+(?=\p{{Lu}})")


def _running_entry(text: str, m: regex.Match[str], cands: list[Candidate]) -> Listed | None:
    """One such line: the name right after the running score, then its minutes and nothing else."""
    name = next((c for c in cands if c.begin == m.end()), None)
    if name is None or name.possessive:
        return None
    line_end = text.find("\n", name.end)
    line_end = len(text) if line_end < 0 else line_end
    written = _listed_minutes(text, name.end, line_end)
    if written is None or text[written[2] : line_end].strip(" \t.)"):
        return None
    mins, own, _end = written
    return Listed(name.begin, name.end, mins, None, own)


def _listed_minutes(text: str, pos: int, limit: int) -> tuple[tuple[int | None, ...], bool, int] | None:
    """The minutes written right after a listed name, whether they are own goals, and where they end."""
    r = _listed_res()
    m = r["minutes"].match(text[pos:limit])
    if not m or not m.group(1):
        return None
    mins = tuple(_listed_minute(x.group(0)) for x in r["minute"].finditer(m.group(1)))
    return mins, bool(r["own"].search(m.group(1))), pos + m.end()


def _listed_minute(written: str) -> int | None:
    """ "83 pen" -> 83, "90+2'" -> 92, "og 33" -> 33."""
    m = PAREN_MINUTE.search(written)
    value = int(m.group(1)) + int(m.group(2) or 0) if m else 0
    return value if 0 < value <= 130 else None


FOR_TEAM = regex.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?")


def _box_line(text: str, begin: int, end: int, ms: list[Mention], cands: list[Candidate]) -> Iterator[Listed]:
    """One fact-box line: each name with its minutes, for the team named last before it. The list
    ends where anything but a team, a name with minutes or punctuation comes next."""
    here = [m for m in ms if begin <= m.begin < end]
    pos = begin
    for c in cands:
        if not pos <= c.begin < end:
            continue
        gap = text[pos : c.begin]
        for m in reversed([m for m in here if pos <= m.begin and m.end <= c.begin]):
            gap = gap[: m.begin - pos] + gap[m.end - pos :]
        written = _listed_minutes(text, c.end, end)
        labels = [m for m in here if m.end <= c.begin]
        team = labels[-1].team if labels else None
        side = next((m for m in here if FOR_TEAM.fullmatch(text, c.end, m.begin)), None) if written is None else None
        if side is not None:  # "Scorers: X (40'); Y for Kenya (73')": the team told after the name
            written, team = _listed_minutes(text, side.end, end), side.team
        if written is None or not LIST_GAP.fullmatch(gap):
            return
        mins, own, pos = written
        yield Listed(c.begin, c.end, mins, _other_side(team, here) if own and team else team, own)


# a technical sheet's goal after its running score and minute: "Goals: 1-0, m.27: Arboleda. 2-0, m.58: Restrepo."
RUNNING_ITEM = regex.compile(r"(?i)[ \t]*[.;,]?[ \t]*\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]*,?[ \t]*(?:m\.|min\.?|minute|minuto)?[ \t]*"
                             r"(\d{1,3})(?:[ \t]*\+[ \t]*(\d{1,2}))?['’]?[ \t]*[:,][ \t]*\Z")


def _running_box(text: str, begin: int, end: int, cands: list[Candidate]) -> Iterator[Listed]:
    """The names of a goal line that gives each goal's running score and minute before its scorer,
    as Spanish-language technical sheets do ("Goals: 1-0, m.27: Arboleda. 2-1, m.81: Monteiro, of
    penalty."); their sides are the players' own."""
    pos = begin
    for c in cands:
        if not pos <= c.begin < end:
            continue
        item = RUNNING_ITEM.fullmatch(text, pos, c.begin)
        if item is None:
            return
        nxt = text.find(".", c.end, end)  # the item ends at its full stop ("Monteiro, of penalty.")
        pos = end if nxt < 0 else nxt
        own = bool(_listed_res()["own"].search(text, c.end, min(end, c.end + 12)))  # "Y (og)" (vocab.json own_goal_marks)
        yield Listed(c.begin, c.end, (int(item.group(1)) + int(item.group(2) or 0),), None, own)


TEAM_LABEL_END = regex.compile(r"[ \t]*:[ \t]*")


def _team_lines(text: str, ms: list[Mention], cands: list[Candidate]) -> Iterator[Listed]:
    """A fact box's line headed by a side instead of "Scorers:": "Kenya: Otieno (23', 45+2'), Wanjala 67"
    (a line-up line has no minutes after its names, so it gives none; one with shirt numbers after
    its names, "Pickford 1, Walker 2, ...", names more players than any side has scorers)."""
    for m in ms:
        if not (m.begin == 0 or text[m.begin - 1] == "\n") or not TEAM_LABEL_END.match(text, m.end):
            continue
        line_end = text.find("\n", m.end)
        entries = list(_box_line(text, m.begin, len(text) if line_end < 0 else line_end, ms, cands))
        if len(entries) <= MAX_LISTED_SCORERS:
            yield from entries


MAX_LISTED_SCORERS = 6


# a result line, then its scorers in brackets or after a colon: "Kenya 2-1 Uganda (Otieno 23', Wanjala 67'; Okello 80')",
# "Kenya 2 Uganda 1: Otieno 23, Wanjala 67; Okello 80"
# (the lookahead: the line's first bracket, colon or end is a bracket or colon; every match has one,
# and most lines fail there instead of after trying each head up to 120 characters: 5x faster)
SCORE_LINE = regex.compile(r"(?m)^(?=[^\n():]*[(:])[ \t]*(?P<head>[^\n():]{3,120}?)(?:[ \t]*\((?P<list>[^()\n]*\d[^()\n]*)\)|[ \t]*:[ \t]+(?P<list>[^\n]*\d[^\n]*?))[ \t.]*$")
TALLIES_BETWEEN = regex.compile(r"[ \t]+(\d{1,2})[ \t]*[-–:][ \t]*(\d{1,2})[ \t]+")  # "Kenya 2-1 Uganda"
TALLY_AFTER = regex.compile(r"[ \t]+(\d{1,2})[ \t]*\Z")  # "Kenya 2 Uganda 1"


def _score_line_goals(text: str, line: regex.Match[str], ms: list[Mention], cands: list[Candidate]) -> Iterator[Listed]:
    """The scorers after a result line of two sides: those before a semicolon are the first side's, those
    after it the second's; with no semicolon, all are the side that scored (both scored: told by no side)."""
    head_begin, head_end = line.span("head")
    here = [m for m in ms if head_begin <= m.begin < head_end]
    if len(here) != 2 or text[head_begin : here[0].begin].strip():
        return
    between = TALLIES_BETWEEN.fullmatch(text, here[0].end, here[1].begin)
    if between is not None:
        if text[here[1].end : head_end].strip():
            return
        tallies = int(between.group(1)), int(between.group(2))
    else:
        first, second = TALLY_BETWEEN.fullmatch(text, here[0].end, here[1].begin), TALLY_AFTER.match(text, here[1].end, head_end)
        if first is None or second is None:
            return
        tallies = int(first.group(1)), int(second.group(1))
    lo, hi = line.span("list")
    split = text.find(";", lo, hi)
    parts: list[tuple[int, int, str | None]]
    if split < 0 or 0 in tallies:
        parts = [(lo, hi, here[0].team if tallies[1] == 0 else here[1].team if tallies[0] == 0 else None)]
    else:
        parts = [(lo, split, here[0].team), (split + 1, hi, here[1].team)]
    for a, b, side in parts:
        for entry in _box_line(text, a, b, [], cands):
            yield entry._replace(team=side or entry.team)


def _result_line_goals(text: str, begin: int, end: int, ms: list[Mention], cands: list[Candidate]) -> Iterator[Listed]:
    """A results line's scorers, in brackets after each side's tally: the goals are that side's,
    own goals too ("Algeria 1 (Seretse og 33)")."""
    here = [m for m in ms if begin <= m.begin < end]
    for k, m in enumerate(here):
        inside = _listed_res()["team_goals"].match(text[m.end : end])
        if not inside:
            continue
        first = TALLY_BETWEEN.fullmatch(text, here[k - 1].end, m.begin) if k else None
        if first is None:
            for entry in _box_line(text, m.end + inside.start(1), m.end + inside.end(1), [], cands):
                yield entry._replace(team=m.team)
            continue
        # "Egypt 2 Burkina Faso 0 (A 14, B 77 pen)", "Sierra Leone 1 Guinea-Bissau 1 (A 58; B 90+2)": both tallies
        # first, then one bracket: the sides' scorers split by a semicolon, or one side's alone when the other scored none
        tallies = (int(first.group(1)), int(inside.group(0).split("(")[0]))
        lo, hi = m.end + inside.start(1), m.end + inside.end(1)
        split = text.find(";", lo, hi)
        parts: list[tuple[int, int, str | None]]
        if 0 in tallies or split < 0:  # "Niger 0 Gabon 3 (A 20 pen, 67; B 88)": a semicolon between one side's scorers
            parts = [(lo, hi, here[k - 1].team if tallies[1] == 0 else m.team if tallies[0] == 0 else None)]
        else:
            parts = [(lo, split, here[k - 1].team), (split + 1, hi, m.team)]
        for a, b, side in parts:
            for entry in _box_line(text, a, b, [], cands):
                yield entry._replace(team=side)


TALLY_BETWEEN = regex.compile(r"[ \t]+(\d{1,2})[ \t]+")


# "/" between the sides: "X 23' / Y 80'"; the running score before each name: "Goals: 1:0 X (12.), 1:1 Y (56.)"
LIST_GAP = regex.compile(r"[\s,;.:&()–—/-]*(?:and\s+)?[\s,;.:&()–—/-]*(?:(?<![\w])\d{1,2}[ \t]*[-–:][ \t]*\d{1,2}[ \t]+)?")


def _other_side(team: str, ms: list[Mention]) -> str | None:
    return next((m.team for m in ms if m.team != team), None)


class _GoalLine(NamedTuple):
    name: Listed
    pair: tuple[str, str] | None  # the running score's teams as written
    score: tuple[int, int] | None


def _goal_line(text: str, begin: int, end: int, ms: list[Mention], cands: list[Candidate],
               stamp: int | None = None) -> _GoalLine | None:
    """"GOAL! Slovakia 2-1 Albania (Marek Hudák, 81')": the name in brackets with its minute, and the
    running score. With the line's minute stamped before the shout, the name may stand alone in the
    brackets, after the scoring side: "61' GOAL Canada (Beaulieu)"."""
    for c in cands:
        if not begin <= c.begin < end or not rx(r"\([ \t]*\Z").search(text[max(begin, c.begin - 3) : c.begin]):
            continue
        written = _listed_minutes(text, c.end, end)
        if written is None and stamp is not None and rx(r"\A[ \t]*\)").match(text[c.end : end]):
            side = [m for m in ms if begin <= m.begin and m.end <= c.begin]
            team = side[0].team if len(side) == 1 and rx(r"\A[\s!:–—-]*\Z").match(text[begin : side[0].begin]) else None
            return _GoalLine(Listed(c.begin, c.end, (stamp,), team, False), None, None)
        if written is None or not text[c.end : written[2]].rstrip().endswith(")"):
            continue
        mins, own, _ = written
        return _GoalLine(Listed(c.begin, c.end, mins, None, own), *_running_score(text, begin, c.begin, ms))
    return None


def _running_score(text: str, begin: int, end: int, ms: list[Mention]) -> tuple[tuple[str, str] | None, tuple[int, int] | None]:
    """The running score written in [begin, end) between two teams: "Slovakia 2-1 Albania"."""
    here = [m for m in ms if begin <= m.begin < end]
    pair = score = None
    for a, b in zip(here, here[1:], strict=False):
        sc = _listed_res()["score"].match(text[a.end : b.begin])
        if sc and a.team != b.team:
            pair, score = (a.team, b.team), (int(sc.group(1)), int(sc.group(2)))
    return pair, score


# the scorer opens a sentence of a live blog's goal entry, or follows a dash: "GOAL! Iraq 1-0 Vietnam. Karrar
# Saad, the 21-year-old forward, ...", "... – centre-back Saif Hassan, under pressure, slices ..."
SHOUT_OPENER = regex.compile(r"(?:[.!?:–—][\"”’)]?[ \t]+|\A[ \t]*)(?:\p{Ll}[\w-]*[ \t]+){0,2}\Z")


def _shout_entry(text: str, begin: int, end: int, ms: list[Mention], cands: list[Candidate],
                 stamp: int | None = None) -> _GoalLine | None:
    """A live blog's goal entry told in sentences: "GOAL, MEXICO. Emiliano Torres, unmarked at the back
    post, side-foots in a low cross. 1-0, twelve minutes gone." The first name to open a sentence after the
    shout (of two words or more) is the scorer, with the first minute written after it in the entry (none: no
    goal is listed)."""
    surnames = {c.name.split()[-1] for c in cands if len(c.name.split()) > 1}
    for c in cands:
        # a single word opening a sentence ("Game on!"), unless it is a full name's last word: "Castellanos drills it in"
        if not begin <= c.begin < end or (len(c.name.split()) < 2 and c.name not in surnames):
            continue
        if c.possessive or _object_name(text, c.begin, c.end) or not SHOUT_OPENER.search(text, begin, c.begin):
            return None
        # "Mohanad Ali swings in a cross, ... and Aymen Hussein nods it into the empty net": the entry's name whose
        # words tell the goal, when the opening one's do not
        stop = text.find(".", c.end, end)
        stop = end if stop < 0 else stop
        if not _told_scoring(text, c, stop, cands):
            c = next((d for d in cands if c.end < d.begin < stop and not d.possessive and len(d.name.split()) > 1
                      and _told_scoring(text, d, stop, cands)), c)
        written = _minutes_in(text, c.end, end)
        if not written and stamp is None:
            return None
        # no minute in the entry: the one stamped before the shout ("55' GOAL! X 1-1 Y. Name ...")
        minute, upto = (_minute_of(written[0]), written[0].start()) if written else (stamp, end)
        own = bool(rx(rf"(?i){OWN_NET}").search(text, c.end, upto))
        # "GOAL! Iraq lead.", "GOAL! JORDAN LEAD!": the side the shout names as going ahead or level
        shouted = {m.team for m in ms if begin <= m.begin < c.begin and SHOUTED_SIDE.match(text, m.end)}
        side = next(iter(shouted)) if len(shouted) == 1 else None
        return _GoalLine(Listed(c.begin, c.end, (minute,), side, own), *_running_score(text, begin, c.begin, ms))
    return None


SHOUTED_SIDE = regex.compile(r"(?i)[ \t]+(?:lead|leads|are[ \t]+ahead|go[ \t]+ahead|in[ \t]+front|level|are[ \t]+level|equali[sz]e|score|scores|strike|hit[ \t]+back)\b[ \t]*[.!]")


def _told_scoring(text: str, c: Candidate, stop: int, cands: list[Candidate]) -> bool:
    """Do the words after the name at ``c`` (or after the "and he" that follows it) tell a goal?"""
    later = [(d.begin, d.end) for d in cands if c.end < d.begin < stop]
    cue = goal_cue(text, c.begin, c.end, c.possessive, stop, later)
    if cue is None and (pronoun := AND_PRONOUN.match(text, c.end)) is not None:  # "slips in X and he dinks it over Y"
        cue = goal_cue(text, pronoun.start(1), pronoun.end(1), False, stop, later)
    return cue is not None and not cue.kick


AND_PRONOUN = regex.compile(r",?[ \t]+and[ \t]+(he|she)\b")


def _blog_goals(lines: list[_GoalLine]) -> Iterator[Listed]:
    """The side each goal line's goal counts for: the one whose tally the goal raised, against the
    line one goal earlier (a live blog may run newest first), or 0-0."""
    by_total: dict[tuple[frozenset[str], int], _GoalLine] = {}
    for line in lines:
        if line.pair and line.score:
            by_total.setdefault((frozenset(line.pair), sum(line.score)), line)
    for line in lines:
        team = None
        if line.pair and line.score:
            prev = by_total.get((frozenset(line.pair), sum(line.score) - 1))
            before = (0, 0) if sum(line.score) == 1 else None
            if prev and prev.pair and prev.score:
                before = prev.score if prev.pair == line.pair else (prev.score[1], prev.score[0])
            if before is not None:
                gained = (line.score[0] - before[0], line.score[1] - before[1])
                if sorted(gained) == [0, 1]:
                    team = line.pair[gained.index(1)]
        yield line.name._replace(team=team or line.name.team)


OPENING_MINUTE = regex.compile(r"(?i)[ \t\"“]*(?:(?:then|and|but|later|finally)[ \t]*,?[ \t]+)?(?:(?:at|in|on|after)[ \t]+(?:the[ \t]+)?)?")
MINUTE_COMMA = regex.compile(r"(?i)s?(?:[ \t]+(?:of[ \t]+the[ \t]+(?:first|second)[ \t]+half|of[ \t]+(?:stoppage|added|injury)[ \t]+time))?[ \t]*,")
MINUTE_THEN_NAME = regex.compile(
    r"(?i)s?(?:[ \t]+of[ \t]+(?:stoppage|added|injury|extra)[ \t]+time)?(?:[ \t]+(?:in|of)[ \t]+the[ \t]+(?:first|second)[ \t]+half)?"
    r"[ \t]*[,—–]?[ \t]*"  # "in the second minute of added time – when X met a cross"
    r"(?:(?:when|as|after|through|via|by[ \t]+means[ \t]+of|with)[ \t]+(?:[\w-]+[ \t]+){0,3}?)?"
    r"(?:it[ \t]+(?:was|is)[ \t]+)?"  # a cleft: "At minute 51 it was X who headed in"
    # a player's role before the name: "In the 23rd minute of the first half, captain X ...", "Thailand centre-back X"
    # ... "the captain of Nigeria X" (translated)
    rf"(?:(?:the[ \t]+)?(?:(?-i:\p{{Lu}})[\w-]*[ \t]+){{0,2}}(?:{alternation(vocab()['roles']['player'])})"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?-i:\p{Lu})[\w-]*[ \t]+){0,1}(?-i:\p{Lu})[\w-]*)?[ \t]+)?")


def _clause_end(text: str, pos: int, limit: int) -> int:
    for m in CLAUSE_END_AT.finditer(text, pos, limit):
        if not (m.group("and") and _in_team_name(text, m.start())):  # "for Trinidad and Tobago" goes on
            return m.start()
    return limit


CLAUSE_END_AT = regex.compile(r"[;!?]|(?<!\(\d{1,3})\.|,\s+(?:but|while|and then)\b|(?<!\bminutes?|\b(?:shortly|just|right|moments|seconds|immediately))\s+(?:and\s+then|before|although|though|whereas|but)\b|(?P<and>\s+and\s+\p{Lu})")


@functools.cache
def _and_names() -> regex.Pattern[str]:
    """The teams' written forms with "and" in them ("Trinidad and Tobago", "Saint Kitts and Nevis")."""
    return regex.compile(alternation([f for f in teams().forms if " and " in f]))


def _in_team_name(text: str, pos: int) -> bool:
    return any(n.start() < pos < n.end() for n in _and_names().finditer(text, max(0, pos - 40), pos + 40))


# a substitute's minute of coming on: "who came on as a substitute in the 30th minute", "only on since the 80th minute"
SUBSTITUTED = regex.compile(
    r"(?i)\b(?:(?:came|come|comes|coming|brought|sent|thrown)[ \t]+on|on[ \t]+since|introduced|entered|replac(?:ed|ing)"
    r"|as[ \t]+an?[ \t]+substitute|off[ \t]+the[ \t]+bench)\b[^,;:.()—–\n]{0,30}\Z")


def _minutes_in(text: str, begin: int = 0, end: int | None = None) -> list[regex.Match[str]]:
    """The minutes written in ``text[begin:end]``, in figures or else in words, and those told
    from a point of the match ("on the hour", "five minutes after the break"); not a substitute's
    minute of coming on."""
    end = len(text) if end is None else end
    found = [m for m in MINUTE.finditer(text, begin, end)
             if not SUBSTITUTED.search(text, max(begin, m.start() - 60), m.start())]
    if not found and MINUTE_WORD.search(text, begin, end):
        found = list(WRITTEN_MINUTE.finditer(text, begin, end))
    if HOUR_OR_MINUTE.search(text, begin, end):
        told = [m for m in RELATIVE_MINUTE.finditer(text, begin, end)  # not "introduced with ten minutes left"
                if not SUBSTITUTED.search(text, max(begin, m.start() - 60), m.start())]
        if told:  # "5 minutes after the break" is not the fifth minute
            found = sorted([*told, *(m for m in found if not any(t.start() <= m.start() < t.end() for t in told))],
                           key=lambda m: m.start())
    return found


def _minute(window: str) -> int | None:
    found = _minutes_in(window)
    return _minute_of(found[0]) if found else None


AGAIN = regex.compile(r"(?i)[ \t]*,?[ \t]*(?:and|then|before)[ \t]+(?:once[ \t]+)?(?:again|more)[ \t]+"
                      r"(?:(?:in|on|after|with)[ \t]+)?(?:the[ \t]+)?")


ORDINAL_LIST = regex.compile(  # after "in the 12th": ", 30th and 49th minutes"
    r"\A((?:[ \t]*,[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?\d{1,3}(?:st|nd|rd|th)|[ \t]+and[ \t]+(?:the[ \t]+)?\d{1,3}(?:st|nd|rd|th))+)"
    r"[- ]minutes\b")


def _minutes(window: str) -> list[int | None]:
    """The scorer's minute, and those after it that "and again" adds ("scoring in the eighth minute
    and again seven minutes into the second half")."""
    found = _minutes_in(window)
    if not found:
        return [None]
    if found[0].re is MINUTE and found[0].group("t"):
        shared = ORDINAL_LIST.match(window[found[0].end() :])
        if shared:  # "in the 12th, 30th and 49th minutes"
            return [_minute_of(found[0]), *(v for x in regex.findall(r"\d+", shared.group(1)) if 0 < (v := int(x)) <= 130)]
    kept = [found[0]]
    for m in found[1:]:
        if not AGAIN.fullmatch(window, kept[-1].end(), m.start()):
            break
        kept.append(m)
    return [_minute_of(m) for m in kept]


def _minute_of(m: regex.Match[str]) -> int | None:
    if m.re is RELATIVE_MINUTE:
        if not m.group("n"):
            return 30 if m.group("half") else 60  # "on the hour", "on the half-hour"
        written = m.group("n").casefold()
        n = int(written) if written.isdigit() else 1 if written in ("a", "an") else NUMBER_WORDS[written]
        value = (45 + n if m.group("after") or m.group("first") else 45 - n if m.group("before") else 90 + n if m.group("added")
                 else 120 - n if m.group("extra") else 90 - n)
        return value if 0 < value <= 130 else None
    if m.re is WRITTEN_MINUTE:
        if m.group("s"):
            return (45 if m.group("fh") else 90) + NUMBER_WORDS[m.group("s").casefold()]  # "the first minute of stoppage time"
        return NUMBER_WORDS[(m.group("o") or m.group("w")).casefold()]
    if m.group("base"):
        return int(m.group("base")) + int(m.group("extra"))
    if m.group("s"):
        return (45 if m.group("fh") else 90) + int(m.group("s"))
    if m.group("h"):
        return 45 + int(m.group("h"))
    if m.group("ht"):
        return int(m.group("ht")) + (0 if m.group("hf") else 45)
    if m.group("g"):
        return int(m.group("g")) + int(m.group("gx") or 0)
    value = int(next(g for g in (m.group("n"), m.group("m"), m.group("q"), m.group("r"), m.group("t")) if g))
    return value if 0 < value <= 130 else None


CONTRAST = regex.compile(r"(?i)[ \t]+(?:before|while|whilst|whereas|but|although|though)[ \t]|;")


def _goal_team(article: Article, s: Sentence, window: str, window_begin: int, person_team: str | None,
               is_winner: bool, ms_all: list[Mention], ms_matches: list[MatchInfo], next_scorer: int | None = None) -> str | None:
    text = article.content
    ms = _teams_in(s, ms_all)
    in_window = [m for m in ms if window_begin <= m.begin < window_begin + len(window)]
    for m in in_window:  # "scored for Japan", "put Colombia ahead", "gave the Super Eagles the lead"
        if text.startswith(("'s", "’s"), m.end):
            continue  # "gave Hungary's goalkeeper no chance": the team's player, not the team
        before = text[max(window_begin, m.begin - 25) : m.begin]
        if rx(r"(?i)\b(?:for|put|gave|give|giving|fired|send|sent|handed|hand)\s+(?:the\s+)?\Z").search(before) \
                and not _team_of_another().match(text, m.end) \
                and not _anothers_for(article, m, window_begin):  # "sent Vietnam goalkeeper X the wrong way"
            return m.team
    lead = text[max(s.begin, window_begin - 80) : window_begin]
    if CONCEDED_TO.search(lead) or ALLOWED.search(lead):  # "Korea gave up a goal to X", "allowed X to score": X is the other side's
        leaking = _subject_before(ms, window_begin, text, s)
        if leaking is not None and (scorers := sole_opponent(ms_matches, leaking)) is not None:
            return scorers
    behind = BEHIND_WHEN.search(text, max(s.begin, window_begin - 160), window_begin)
    conceding = _subject_before(ms, behind.start(), text, s) if behind else None
    if conceding:  # "Fiji fell behind in the 33rd minute when X ran on to a long ball": X plays for the other side
        played = [info for info in ms_matches if conceding in info.teams]
        main = max(ms_matches, key=lambda i: (len(i.sentences), -i.sentences[0].begin)) if ms_matches else None
        info = played[0] if len(played) == 1 else main if main in played else None
        if info is not None:
            return next((t for t in info.teams if t != conceding), None)
    if person_team:
        return person_team
    # the match this sentence (or the one before it in the paragraph) reports: a round-up reports several
    here = _matches_at(s, ms_matches) or _matches_at(sentence_before(article, s), ms_matches)
    if is_winner:  # the winner of this sentence's match, else of one whose team it names, else of the only one
        named = {m.team for m in ms}
        for info in here or [i for i in ms_matches if i.teams & named] or (ms_matches if len(ms_matches) == 1 else []):
            if info.winner:
                return info.winner
    if _re("consolation").search(window):  # "X pulled one back": the loser of this sentence's match
        for info in here or (ms_matches if len(ms_matches) == 1 else []):
            if info.winner:
                return next((t for t in info.teams if t != info.winner), None)
    scored = [info for info in (here or (ms_matches if len(ms_matches) == 1 else [])) if info.scores]
    if len(scored) == 1 and _to_nil(scored[0]) and scored[0].winner:
        return scored[0].winner  # every goal of a 3-0 is the winner's
    for m in ms:  # "X scored in stoppage time as Japan edged holders North Korea 2-1": the side the clause has win
        if m.begin >= window_begin and AS_BEFORE.search(text, max(s.begin, m.begin - 8), m.begin) \
                and AS_WON_AFTER.match(text, m.end, s.end) and (next_scorer is None or m.begin < next_scorer):
            return m.team
    # "X, 29, scored and Y added a second, before Z pulled one back for Mali": Mali is Z's side, not X's or Y's
    credited = [m for m in ms if (next_scorer is None or m.begin < next_scorer)
                and not OPPONENT_MARK.search(text[max(s.begin, m.begin - 40) : m.begin])
                and not _team_of_another().match(text, m.end)  # "Latvia defender Ozols": the defender's team
                and not _anothers_for(article, m, window_begin)  # "after Y's 71st-minute reply for Tunisia": Y's side
                and not rx(r"(?i)\b(?:leave|left|knocking|knock|stun|stunned|sank|sink|silenc\w*)\s+(?:the\s+)?\Z").search(
                                     text[max(s.begin, m.begin - 20) : m.begin])]
    teams_ = list(dict.fromkeys(m.team for m in credited))
    if len(teams_) == 1:
        conceded = next((m for m in credited if CONCEDED.match(text, m.end, s.end)), None)
        if conceded is not None:  # "Ireland fell behind when X curled in": X plays for the other side
            return next((t for info in ms_matches if conceded.team in info.teams for t in info.teams
                         if t != conceded.team), None)
        return teams_[0]
    return None


POSSESSED_FOR = regex.compile(r"(?:['’]s|(?<=s)['’])[ \t]+(?:[\w-]+[ \t]+){1,3}?for[ \t]+(?:the[ \t]+)?\Z")


def _anothers_for(article: Article, m: Mention, scorer_at: int) -> bool:
    """The team ``m`` is credited to another person's goal noun ("after Y's 71st-minute reply for Tunisia"),
    not to the scorer named at ``scorer_at``."""
    from .people import candidates

    text = article.content
    owned = POSSESSED_FOR.search(text, max(0, m.begin - 60), m.begin)
    return owned is not None and any(c.possessive and c.end <= owned.start() <= c.end + 2 and c.begin != scorer_at
                                     for c in candidates(article))


AS_BEFORE = regex.compile(r"(?i)\bas[ \t]+(?:the[ \t]+)?\Z")
AS_WON_AFTER = regex.compile(rf"[ \t]+(?:\p{{Ll}}+ly[ \t]+)?(?:{WIN_VERBS}|won|beat|edged|overcame|saw[ \t]+off|swept[ \t]+past|came[ \t]+from[ \t]+behind[ \t]+to[ \t]+beat)\b")


def sole_opponent(infos: Iterable[MatchInfo], team: str) -> str | None:
    """The one team that ``team`` plays in ``infos``, or None (none, or several)."""
    sides = {t for info in infos if team in info.teams for t in info.teams if t != team}
    return sides.pop() if len(sides) == 1 else None


def _matches_at(s: Sentence | None, ms_matches: list[MatchInfo]) -> list[MatchInfo]:
    """The matches reported in sentence ``s``."""
    if s is None:
        return []
    return [info for info in ms_matches if any(x.begin <= s.begin < x.end or s.begin <= x.begin < s.end
                                               for x in info.sentences)]


@functools.cache
def _team_of_another() -> regex.Pattern[str]:
    """A team written before a role and a name ("Latvia defender Ozols"): that person's team (the
    scorer's own is found with the scorer, before this is asked)."""
    from .people import role_alternation  # people imports this module

    return regex.compile(rf"(?:['’]s)?[ \t]+(?i:{role_alternation()})[ \t]+\p{{Lu}}\p{{Ll}}")


def _to_nil(info: MatchInfo) -> bool:
    """The match's score has the loser on nil (3-0)."""
    (winner_goals, loser_goals), _n = info.scores.most_common(1)[0]
    return loser_goals == 0 and winner_goals > 0


# a side that fell behind "when" the name that follows scored: "X fell behind in the 33rd minute when Y, ..."
BEHIND_WHEN = regex.compile(r"(?i)\b(?:fell|went|slipped|were|was|found[ \t]+themselves)[ \t]+behind\b[^.;!?\n]{0,60}?"
                            r"(?:\bwhen|[ \t][—–])[ \t]+(?:the[ \t]+)?(?:\p{Ll}[\w-]*[ \t]+){0,2}?\Z")
CONCEDED = regex.compile(r"(?i)[ \t]+(?:\w+[ \t]+)?(?:fell|went|were|was|slipped|found themselves)[ \t]+behind\b"
                         r"|[ \t]+(?:\w+[ \t]+)?(?:conceded|trailed|were[ \t]+stunned|were[ \t]+caught)\b")


def extract(article: Article) -> Iterator[Match | Goal]:
    for info in matches(article):
        score, order = _score_of(info)
        date = max(info.dates, key=lambda d: (d[0], d[1]))[2] if info.dates else None
        venue = max(info.venues, key=lambda v: (v[0], v[1]))[2] if info.venues else None
        evidence = tuple(dict.fromkeys(Evidence(s.begin, s.end, s.text) for s in info.sentences))
        yield Match(evidence=evidence, team1=order[0], team2=order[1], score=score,
                    date=date, venue=venue, penalties=info.penalties)  # type: ignore[arg-type]
    yield from goals(article)
