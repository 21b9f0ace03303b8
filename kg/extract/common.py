"""What several extractors need about one article: is it about football, where the tweet
signatures are, which team the article is mostly about. Results are cached on the article."""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from ..lexicon import pattern, vocab, words_pattern
from ..reader import Article

if TYPE_CHECKING:
    from .teams import Mention

HIGH_SCORE = regex.compile(
    r"(?i)(?<!\b(?:aged?|ages|between|from|under|over|u|pages?|nos?\.?)[ \t-]?)(?<![\d/.:,-])[1-9]\d{1,2}[ \t]?[-–][ \t]?[1-9]\d{1,2}"
    r"(?![\d/:-]|[.,]\d|[ \t]*(?:%|per[ \t]?cent|percent|years?|yrs|months?|weeks?|days?|minutes?|mins?|hours?|seconds?|km|miles?|metres?|meters?|kg|lbs?"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
# "defeated Spain 11:10", "beat Hungary with 13:12": a colon score reads as a time unless a result's
# verb comes before it, and no "at" ("kick-off at 20:45", "beat the keeper at 12:34")
HIGH_COLON_SCORE = regex.compile(
    r"(?i)\b(?:beat|beats|beating|defeated|defeats|defeating|won|wins|winning|lost|loses|losing|drew|draws|drawing)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?<![\d/.:,-])(?<!\b(?:at|in|after|by|from|until|before|around)[ \t]+)([1-9]\d{1,2}):([1-9]\d{1,2})(?![\d/:-]|[.,]\d|[ \t]*(?:h\b|am\b|pm\b|a\.m|p\.m|local|gmt|cet|utc))")
# "beat Argentina for 29x25" (Portuguese and Spanish copy): a score written with an "x", as a word of its own
HIGH_X_SCORE = regex.compile(
    r"(?i)(?<![\w/.:,-])[1-9]\d{1,2}[ \t]?[x×][ \t]?[1-9]\d{1,2}(?![\w/:-]|[.,]\d|[ \t]*(?:%|cm|mm|m\b|metres?|meters?|km|kg|px|pixels?|inches))")
SHOOTOUT_AFTER = regex.compile(r"(?i)[ \t]+(?:on[ \t]+pen|in[ \t]+(?:a|the)[ \t]+(?:penalty[ \t]+)?shoot|pens\b|after[ \t]+pen)")


DIGITS = regex.compile(r"\d+")
VERY_HIGH = 20


def high_scores(text: str, begin: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the results between ``begin`` and ``end`` in which both sides reach ten ("28-25",
    "beat Spain 11:10"), a shoot-out's ("11-10 on penalties") excepted."""
    for m in HIGH_SCORE.finditer(text, begin, end):
        if not SHOOTOUT_AFTER.match(text, m.end()):
            yield m.span()
    for m in HIGH_X_SCORE.finditer(text, begin, end):
        if not SHOOTOUT_AFTER.match(text, m.end()):
            yield m.span()
    for m in HIGH_COLON_SCORE.finditer(text, begin, end):
        if not SHOOTOUT_AFTER.match(text, m.end()):
            yield m.start(1), m.end(2)


def sport_scores(article: Article) -> dict[str, int]:
    """Weighted counts of each sport's vocabulary in the article's content, and ``high_scores``:
    results in which both sides reach 10, which no football match has."""
    if "sport_scores" not in article.cache:
        pat, weights = _sport_terms()
        scores = dict.fromkeys(["football", *vocab()["sport_terms"]["other"]], 0)
        for m in pat.finditer(article.content):  # one pass over the text for every sport
            for sport, weight in weights.get(m.group(0).casefold(), ()):
                scores[sport] += weight
        terms = vocab()["sport_terms"]
        scores["high_scores"] = 0
        for b, e in high_scores(article.content, 0, len(article.content)):
            sides = [int(n) for n in DIGITS.findall(article.content, b, e)]
            very = len(sides) == 2 and min(sides) >= VERY_HIGH  # "56-55": no game of football, nor its shoot-out
            scores["high_scores"] += terms["high_scores"] + (terms["very_high_scores"] if very else 0)
        _lead_names_sport(article, pat, weights, scores)
        for sport, fmt in _score_formats():  # "Collingwood 12.10 (82) d Carlton 9.8 (62)": Australian rules'
            scores[sport] += vocab()["sport_terms"]["score_format_weight"] * sum(1 for _m in fmt.finditer(article.content))
        article.cache["sport_scores"] = scores
    return article.cache["sport_scores"]


def _lead_names_sport(article: Article, pat: regex.Pattern[str], weights: dict[str, list[tuple[str, int]]],
                      scores: dict[str, int]) -> None:
    """A headline and opening that name another sport ("won its first medal at the ice hockey world
    championship", "the Croatian national water polo team") and not football: that sport's names
    there count twice."""
    text = article.content
    lead_end = min(len(text), headline_end(article) + LEAD_CHARS)
    if FOOTBALL_WORD.search(text, article.body_start, lead_end):
        return
    names = _other_sport_names()
    for m in pat.finditer(text, article.body_start, lead_end):
        term = m.group(0).casefold()
        if term in names:
            for sport, weight in weights.get(term, ()):
                if sport != "football":
                    scores[sport] += weight


@functools.cache
def _other_sport_names() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab()["other_sports"])


@functools.cache
def _sport_terms() -> tuple[regex.Pattern[str], dict[str, list[tuple[str, int]]]]:
    """One pattern for the terms of every sport, and term (case-folded) -> [(sport, weight)]."""
    terms = vocab()["sport_terms"]
    weights: dict[str, list[tuple[str, int]]] = {}
    for sport, words in [("football", terms["football"]), *terms["other"].items()]:
        for word, weight in words.items():
            weights.setdefault(word.casefold(), []).append((sport, weight))
    return words_pattern(sorted({w for _s, ws in [("football", terms["football"]), *terms["other"].items()] for w in ws})), weights


@functools.cache
def _score_formats() -> list[tuple[str, regex.Pattern[str]]]:
    return [(sport, regex.compile(p)) for sport, p in vocab()["sport_terms"]["score_formats"].items()]


def is_football(article: Article) -> bool:
    """True when the article is about football (not cricket, rugby, basketball, beach soccer...)
    (cached: every extractor asks, and :func:`_variant` reads the whole text)."""
    if "is_football" not in article.cache:
        scores = sport_scores(article)
        football = scores["football"]
        others = max((v for k, v in scores.items() if k not in ("football", "high_scores")), default=0) + scores["high_scores"]
        article.cache["is_football"] = (football >= vocab()["sport_terms"]["min_football"] and football > others
                                        and not _variant(article))
    return article.cache["is_football"]


LEAD_CHARS = 400  # characters of the body after the headline: the opening


def _variant(article: Article) -> bool:
    """The article is about a game that shares football's words (beach soccer, futsal): its headline
    or opening names it, and it names it at least twice and more often than football or soccer alone."""
    text = article.content
    found = [m.span() for m in pattern("sport_terms.football_variants").finditer(text)]
    if len(found) < 2 or found[0][0] > headline_end(article) + LEAD_CHARS:
        return False
    plain = sum(1 for m in PLAIN_FOOTBALL.finditer(text) if not inside(m.start(), found))  # not "beach football"'s
    return len(found) > plain


PLAIN_FOOTBALL = regex.compile(r"(?i)\b(?:football|soccer)\b")
# the game's own name in a sentence, in English and as Spanish and Portuguese copy keeps it: with
# another sport named there too, a result or an act is still football's
FOOTBALL_WORD = regex.compile(r"(?i)\b(?:football|soccer|futbol|fútbol|futebol)(?:ers?)?\b")
HOLIDAY_AFTER = regex.compile(r"[ \t]+Day\b")  # "on Boxing Day": a date, not the sport


FOUL_AFTER = regex.compile(r"(?i)[ \t]+(?:by|on|against|that|following|decision|call|shouts?|appeals?|claims?|in[ \t]+the[ \t]+(?:box|area))\b")
FOUL_BEFORE = regex.compile(r"(?i)\b(?:for|accidental|deliberate|clear|obvious|blatant|possible|apparent|suspected)[ \t]+(?:a[ \t]+)?\Z")


def _handball_foul(text: str, begin: int, end: int) -> bool:
    """"a handball by the defender", "penalised for handball": football's foul, not the sport."""
    return text[begin:end].casefold() == "handball" and bool(
        FOUL_AFTER.match(text, end) or FOUL_BEFORE.search(text, max(0, begin - 30), begin))


def other_sport(text: str, begin: int, end: int) -> bool:
    """A sentence (``begin``..``end``) of a football article about another sport: "In the rugby,
    Fiji beat Samoa 27-13", "Japan's handball team beat Korea 28-25". It names another sport (and
    not football), or has a score in which both sides reach ten, which no football match has (a
    shoot-out's "11-10 on penalties" excepted)."""
    named = any(not HOLIDAY_AFTER.match(text, m.end()) and not _handball_foul(text, m.start(), m.end())
                for m in pattern("other_sports").finditer(text, begin, end))
    if named and not FOOTBALL_WORD.search(text, begin, end):
        return True
    return any(True for _span in high_scores(text, begin, end))


def signatures(article: Article) -> list[tuple[int, int]]:
    """Spans of tweet signatures (``— Name (@handle) date``): names there are accounts, not
    mentions in the article's own voice."""
    from .tweets import embeds

    return [(e.signature_begin, e.end) for e in embeds(article)]


def tweet_spans(article: Article) -> list[tuple[int, int]]:
    from .tweets import embeds

    return [(e.begin, e.end) for e in embeds(article)]


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(b <= offset < e for b, e in spans)


def focus_team(article: Article) -> str | None:
    """The team the article mentions most (ties: the first mentioned)."""
    from .teams import mentions

    counts = Counter(m.team for m in mentions(article) if m.accepted)
    if not counts:
        return None
    first = {m.team: m.begin for m in reversed(mentions(article))}
    return min(counts, key=lambda t: (-counts[t], first.get(t, 0)))


OPENING_REACH = 80  # characters: a team this close to the opening sentence's start is its subject's ("LAS VEGAS - Jamaica head coach X ...")


@functools.cache
def _team_role_after() -> regex.Pattern[str]:
    """A role noun right after a team's name: "Jamaica head coach", "Croatia's captain"."""
    from .people import role_alternation

    return regex.compile(rf"(?i)(?:['’]s?)?[ \t]+(?:[\w-]+[ \t]+)?(?:{role_alternation()})\b")


def opening_team(article: Article) -> str | None:
    """The team of the person the opening sentence is about, after the headline: its first team,
    near its start, not named as an opponent nor inside a quotation, before a role noun ("Jamaica
    head coach X did not hide behind excuses after ... defeat by Mexico": Jamaica), or None."""
    if "opening_team" not in article.cache:
        from ..nlp import sentences
        from .matches import OPPONENT_MARK
        from .teams import accepted

        text = article.content
        end = headline_end(article)
        first = next((s for s in sentences(article) if s.begin >= end), None)
        found = None
        if first is not None:
            quoted = [q.span() for q in HEADLINE_QUOTE.finditer(text, first.begin, first.end)]
            for m in accepted(article):
                if first.begin <= m.begin < min(first.end, first.begin + OPENING_REACH) and not inside(m.begin, quoted) \
                        and not OPPONENT_MARK.search(text[max(first.begin, m.begin - 40) : m.begin]):
                    found = m.team if _team_role_after().match(text, m.end) else None
                    break
        article.cache["opening_team"] = found
    return article.cache["opening_team"]


def headline_end(article: Article) -> int:
    """Where the first line (the headline, after the date) ends."""
    text = article.content
    start = article.body_start
    while start < len(text) and text[start] in " \t\n":  # the headline on the line after the date's
        start += 1
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def lead_team(article: Article) -> str | None:
    """The team the headline is about: its first team not named as an opponent ("Haiti's players
    salute their supporters after beating Jamaica": Haiti) nor in a quotation, or None."""
    from .matches import OPPONENT_MARK
    from .teams import accepted

    text = article.content
    end = headline_end(article)
    quoted = [q.span() for q in HEADLINE_QUOTE.finditer(text, 0, end)]
    for m in accepted(article):
        if m.begin >= end:
            break
        if not OPPONENT_MARK.search(text[max(0, m.begin - 40) : m.begin]) and not inside(m.begin, quoted):
            return m.team  # not a speaker's words ('Kim: "Japan are giants"'): whom they are about is not said
    return None


HEADLINE_QUOTE = regex.compile(r"[\"“«][^\"“”«»\n]{1,120}[\"”»]|(?<![\w])['‘][^'‘’\n]{1,120}['’](?![\w])")


ATTACHED = regex.compile(r"(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+){0,2}?\p{Lu}\p{Ll}")  # a team before a name


RELATIVE_ASIDE = regex.compile(r"(?i),[ \t]+(?:who|which|whose)\b[^,;:.!?()—–\n]*,")  # "For Austria, who had topped a group containing France, ..."


NAME_BRACKET = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]*\([ \t]*\Z")  # "Referee: X (Slovenia)": X's own, no one else's


# a match named by its opponent: "After the Vietnam win, the players bowed", "since the Iraq defeat"
# (not "the Japan win over Spain": the winner)
MATCH_NAMED_BY = regex.compile(r"(?i)[ \t]+(?:win|victory|defeat|loss|game|match|draw|clash|tie|fixture|result|thrashing|rout)\b"
                               r"(?![ \t]+(?:over|against|versus|vs?\b|at|in|of)\b)")
THE_BEFORE = regex.compile(r"(?i)\b(?:the|that|this)[ \t]+\Z")


def names_a_match(text: str, m: Mention, begin: int) -> bool:
    """The team mention names a match by its opponent ("After the Vietnam win", "the Iraq defeat"),
    looking back no further than ``begin`` for its article."""
    return bool(MATCH_NAMED_BY.match(text, m.end) and THE_BEFORE.search(text, max(begin, m.begin - 6), m.begin))


def subject_mentions(article: Article, begin: int, end: int) -> list[Mention]:
    """The accepted team mentions in ``begin:end`` that can be a subject's team: not after an
    opponent's mark ("against X", "past X"), not in a relative aside, not attached to another
    name ("Argentina striker X"), not a name's bracketed nationality ("X (Slovenia)")."""
    from .matches import OPPONENT_MARK
    from .teams import accepted

    text = article.content
    ms = accepted(article)
    starts = {m.begin for m in ms}

    def attached(m: Mention) -> bool:  # "Argentina striker X": X's team, not the others'
        a = ATTACHED.match(text, m.end, end)
        return a is not None and a.end() - 2 not in starts  # not "Peru beat Chile"

    asides = [(r.start(), r.end()) for r in RELATIVE_ASIDE.finditer(text, begin, end)]
    return [m for m in ms if begin <= m.begin < end and not inside(m.begin, asides)
            and not OPPONENT_MARK.search(text[max(begin, m.begin - 40) : m.begin]) and not attached(m)
            and not names_a_match(text, m, begin)
            and not (NAME_BRACKET.search(text, max(begin, m.begin - 40), m.begin) and text.startswith(")", m.end))]


def context_team(article: Article, offset: int, main: bool = True, nearest: bool = False) -> str | None:
    """The team a person at ``offset`` most likely plays for or coaches when nothing next to the
    name says: the one team the sentence names as a subject (not "against X", "past X", nor in a
    relative aside: ", who had topped a group containing France,"), else the
    one team the sentences before it in the same paragraph name, else the article's main team. A
    guess from context: only for players, coaches and fans, who always belong to a team. Without
    ``main``, None rather than the article's main team. With ``nearest``, a sentence naming several
    subjects' teams gives the last one before ``offset`` ("A went ahead through X, but B levelled
    through Y")."""
    from ..nlp import sentence_at, sentences
    from .matches import OPPONENT_MARK
    from .teams import accepted

    text = article.content
    ms = accepted(article)
    here = sentence_at(article, offset)
    if here is None:
        return focus_team(article) if main else None

    def named(begin: int, end: int) -> set[str]:
        return {m.team for m in subject_mentions(article, begin, end)}

    # a team in a later "after ..." clause is not the subject's ("the fans stayed long after the Korean players had left")
    later = {m.begin for m in ms if offset < m.begin < here.end and LATER_CLAUSE.search(text, max(here.begin, m.begin - 30), m.begin)}
    teams = named(here.begin, here.end) - {m.team for m in ms if m.begin in later}
    if len(teams) == 1:
        return teams.pop()
    if nearest and len(teams) > 1:  # not the second side of a result line ("Korea 1-0 Uzbekistan (X)")
        last = [m for m in subject_mentions(article, here.begin, offset)
                if m.team in teams and not SCORE_BEFORE.search(text, max(here.begin, m.begin - 12), m.begin)]
        if last:
            return last[-1].team
    given = [m for m in ms if here.begin <= m.begin < here.end and m.begin not in later
             and not OPPONENT_MARK.search(text[max(here.begin, m.begin - 40) : m.begin])]
    if not teams and given:
        coached = {m.team for m in given if m.end <= offset and _coach_after().match(text, m.end)}
        if nearest and len(coached) == 1 and len({m.team for m in given}) == 1:
            # "Spain coach X sticks with the side ..., captain Y leading the line": the coach's team is Y's
            return coached.pop()
        return None  # the sentence gives teams to others ("Ajax defender X and Argentina striker Y"), not to X
    # a sentence naming only opponents ("They lost 2-1 to Chile despite an equaliser from X"): the paragraph's subject,
    # not a team a speaker names ('"We had seen the Japanese do it," he said.')
    if not teams:
        paragraph = text.rfind("\n\n", 0, here.begin) + 1
        for s in reversed([s for s in sentences(article) if paragraph <= s.begin < here.begin][-2:]):
            quoted = [(q.start(), q.end()) for q in QUOTED.finditer(text, s.begin, s.end)]
            before = {m.team for m in subject_mentions(article, s.begin, s.end) if not inside(m.begin, quoted)}
            if len(before) == 1:
                return before.pop()
            if before:
                break
    # the headline's team, else the opening sentence's subject's, else the one named most
    main_team = (_titled_team(article) or opening_team(article) or focus_team(article)) if main else None
    opponents = {m.team for m in ms if here.begin <= m.begin < here.end} if not teams else set()
    if main_team in opponents:  # not the team the sentence names as the opponent: the one it played
        from .matches import matches

        sides = {t for info in matches(article) if main_team in info.teams for t in info.teams if t != main_team}
        return sides.pop() if len(sides) == 1 else None
    return main_team


@functools.cache
def _coach_after() -> regex.Pattern[str]:
    """A coach's role right after a team's name: "Spain coach", "Japan's head coach"."""
    return regex.compile(r"(?i)(?:['’]s?)?[ \t]+(?:" + "|".join(regex.escape(w) for w in vocab()["roles"]["coach"]
                                                         if " by" not in w) + r")\b")


def line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends (its newline, or the text's end)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


TITLE_CHARS = 120  # a first line longer than this is the story's opening paragraph, not a title


def _titled_team(article: Article) -> str | None:
    """The team a title line is about (a first line no longer than a title): the article's main
    team when a sentence does not say whose a person is."""
    start = article.body_start
    return lead_team(article) if len(article.content[start : headline_end(article)].strip()) <= TITLE_CHARS else None


SCORE_BEFORE = regex.compile(r"\d[ \t]*[-–:][ \t]*\d+[ \t]+\Z")
QUOTED = regex.compile(r"[\"“«„][^\"“”«»„\n]{0,600}[\"”»]")  # a quotation, within a line
LATER_CLAUSE = regex.compile(r"(?i)\b(?:after|before|until|till|once|while|when)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?\Z")
HOSTS_NAMED = regex.compile(  # "hosts Qatar", not the verb: "Belgium, who host Hungary"
    r"(?i)(?<!\b(?:who|which|that|will|to|they|would|can|could|also|then|must)[ \t]+)\b(?:the[ \t]+)?"
    r"(?:hosts?|host[ \t]+nation|host[ \t]+country|home[ \t]+side)[ \t]+\Z")
HOSTS_AFTER = regex.compile(r"(?i)\A,?[ \t]+(?:the[ \t]+)?(?:hosts|home[ \t]+side|home[ \t]+team)\b")
HOSTS_OBJECT = regex.compile(r"(?i)\b(?:to|against|over|for|with|by|from|beat|beating)[ \t]+\Z")
HOSTS_WORD = regex.compile(r"(?i)\bthe[ \t]+(?:hosts|home[ \t]+side|home[ \t]+team)\b")
HOME_SOIL = regex.compile(r"(?i)\b(?:on|at)[ \t]+home[ \t]+soil\b|\bin[ \t]+front[ \t]+of[ \t]+(?:their|its|her|his)[ \t]+own[ \t]+"
                          r"(?:fans|supporters|crowd|public|people)\b")
FIXTURE_HEAD = regex.compile(r"(?i)\A[ \t]+(?:v|vs\.?|versus|\d{1,2}[ \t]*[-–:][ \t]*\d{1,2})[ \t]+\Z")  # "A v B", a result line "A 3-1 B": the hosts first


def home_team(article: Article) -> str | None:
    """The side playing at home (cached): named as such ("hosts Qatar", "Qatar, the hosts"; a side of
    a match the article reports, when it reports any), the side whose city the main match was
    played in (a dateline, "in Port Moresby"), the subject of the sentence before the first "the
    hosts" that is no object, the subject of a sentence that says "on home soil", or the first of a
    headline's "A v B" (the home side is written first)."""
    if "home_team" in article.cache:
        return article.cache["home_team"]
    from ..nlp import sentence_at, sentences
    from .matches import OPPONENT_MARK, matches
    from .teams import accepted

    text = article.content
    ms = accepted(article)
    played = {t for info in matches(article) for t in info.teams}
    found = None
    for m in ms:
        if played and m.team not in played:
            continue  # "Cameroon's group includes Nigeria and hosts Morocco": a tournament's hosts, no side of a match here
        named = HOSTS_NAMED.search(text, max(0, m.begin - 20), m.begin)
        if named and any(0 <= named.start() - o.end <= 1 for o in ms):
            named = None  # "Scotland host Slovenia at Hampden": the verb, after the team that hosts
        if named or HOSTS_AFTER.match(text[m.end : m.end + 30]):
            found = m.team
            break
    if found is None:
        found = _home_by_city(article)
    # the first "the hosts" that is a subject, not "a message to the hosts"
    hosts = next((h for h in HOSTS_WORD.finditer(text) if not HOSTS_OBJECT.search(text, max(0, h.start() - 12), h.start())),
                 None) if found is None else None
    here = sentence_at(article, hosts.start()) if hosts else None
    if hosts is not None and here is not None:
        earlier = [s for s in sentences(article) if s.end <= here.begin][-1:]
        for s in [*earlier, here]:
            subject = next((m for m in ms if s.begin <= m.begin < s.end
                            and not OPPONENT_MARK.search(text[max(s.begin, m.begin - 40) : m.begin])), None)
            if subject is not None and subject.begin < hosts.start():
                found = subject.team
                break
    soil = HOME_SOIL.search(text) if found is None else None
    here = sentence_at(article, soil.start()) if soil else None
    if soil is not None and here is not None:  # "The Bonitos are champions on home soil": its subject
        found = next((m.team for m in ms if here.begin <= m.begin < soil.start()
                      and not OPPONENT_MARK.search(text[max(here.begin, m.begin - 40) : m.begin])), None)
    if found is None:
        end = headline_end(article)
        head = [m for m in ms if m.begin < end]
        for a, b in zip(head, head[1:], strict=False):
            if a.team != b.team and FIXTURE_HEAD.match(text[a.end : b.begin]):
                found = a.team
                break
    article.cache["home_team"] = found
    return found


DATELINE = regex.compile(r"(?m)^[ \t]*(\p{Lu}[\p{L}\p{M} .'’-]{1,40}?)(?:,[ \t]*[\p{L}\p{M} .'’-]{1,30})?[ \t]*"
                         r"(?:\([^()\n]{1,30}\)[ \t]*)?(?:[—–:]|--?)[ \t]")  # "PORT MORESBY –", "Suva, Fiji (AP) —"
AT_PLACE = regex.compile(r"(?i)\b(?:in|at)[ \t]+\Z")


@functools.cache
def _cities_folded() -> dict[str, str]:
    """kg/data/cities.tsv's city names, case-folded (a dateline writes "PORT MORESBY") -> team."""
    from ..lexicon import cities

    return {name.casefold(): team for name, team in cities()[0].items()}


def _home_by_city(article: Article) -> str | None:
    """The side of the article's main match (its headline's, else its first) whose country it was
    played in: the city of the dateline, or one named after "in" or "at" in the headline or the
    match's sentences (kg/data/cities.tsv). None when those disagree or name no side's city."""
    from ..lexicon import cities
    from .matches import matches
    from .teams import accepted

    text = article.content
    end = headline_end(article)
    named = {m.team for m in accepted(article) if m.begin < end}
    played = matches(article)
    if not played:
        return None
    main = max(played, key=lambda info: len(info.teams & named))  # the headline's, else the first
    sides = main.teams
    home, pattern = cities()
    votes = set()
    for line in DATELINE.finditer(text, end, min(len(text), end + 600)):
        if (team := _cities_folded().get(line.group(1).strip().casefold())) is not None:
            votes.add(team)
            break
    spans = [(0, end), *((x.begin, x.end) for x in main.sentences)]
    for b, e in spans:
        for m in pattern.finditer(text, b, e):
            if AT_PLACE.search(text, max(b, m.start() - 4), m.start()):
                votes.add(home[m.group(0)])
    votes &= sides
    return votes.pop() if len(votes) == 1 else None


def away_team(article: Article) -> str | None:
    """The home side's opponent: the other team of the first match it played in the article, else
    the first other team it names."""
    home = home_team(article)
    if home is None:
        return None
    from .matches import matches
    from .teams import accepted

    for info in matches(article):
        if home in info.teams:
            return next((t for t in info.teams if t != home), None)
    return next((m.team for m in accepted(article) if m.team != home), None)
