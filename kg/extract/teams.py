"""National football teams: by name, alias, nickname, demonym + team noun, FIFA code or hashtag.

Everything is normalised to the canonical short name of ``teams.tsv``. A country written as a place
("in Qatar", "Rostov-on-Don, Russia", "Japan-based"), a tournament host ("Russia 2018") or with
another sport ("India cricketer") is not a team; a demonym counts only before a team noun
("Japanese fans", "the Belgian side") or as a plural subject ("the Belgians", "the Japanese had"), so
"a note in Russian" or "Japanese culture" do not.
"""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from ..findings import TeamMention
from ..lexicon import act_macro, alternation, cities, pattern, rx, teams, vocab, words_pattern
from ..nlp import sentence_at
from ..reader import Article
from .common import QUOTED, inside, is_football, line_end, other_sport, signatures

HASHTAG = regex.compile(r"(?<![\w&])#(\w{2,40})")
SCORELINE = regex.compile(r"(?<![\w])([A-Z]{3})\s*\d{1,2}\s*[-–:]\s*\d{1,2}\s*([A-Z]{3})(?![\w])")
YEAR_AFTER = regex.compile(r"\A\s+(?:19|20)\d{2}(?![\d-])")
INVARIANT_PLURAL_AFTER = regex.compile(r"(?:[ \t]+(?:had|have|has|were|are|did|do|won|lost|beat|drew|left|went|\w+ed)\b|[ \t]*[,.;:!?]"
                                    r"|[ \t]+\d{1,2}[ \t]*[-–:][ \t]*\d)")  # "the Japanese had", "thrashed the Dutch 4-1"
# "Doha, Qatar", "Wenzhou city, People's Republic of China": a place's name (and its kind) before the country
WORD_BEFORE_COMMA = regex.compile(r"([\p{Lu}][\w'’.-]*)(?:[ \t]+(?:city|province|prefecture|state|region|district|county))?\s*,\s*\Z")


@dataclass(frozen=True)
class Mention:
    begin: int
    end: int
    team: str
    form: str
    via: str  # name|alias|nickname|demonym|code|hashtag
    accepted: bool
    reason: str = ""  # why it is not a team mention
    staff: bool = False  # a demonym before a coach's or an official's noun ("the Italian coach")


def mentions(article: Article) -> list[Mention]:
    """All written forms of a country or team in the article, in order, each judged."""
    if "team_mentions" not in article.cache:
        found = sorted(_mentions(article), key=lambda m: (m.begin, -m.end))
        out: list[Mention] = []
        for m in found:  # drop mentions nested inside a longer one
            if out and m.begin < out[-1].end and (m.begin, m.end) != (out[-1].begin, out[-1].end):
                continue
            out.append(m)
        article.cache["team_mentions"] = _other_sports(article, _staff_nationalities(_nickname_parts(article.content, out)))
    return article.cache["team_mentions"]


def _other_sports(article: Article, found: list[Mention]) -> list[Mention]:
    """A country in a sentence about another sport ("the national rugby sevens team, who beat Japan
    24-12", "Australia's cricketers drew 2-2 with England") is not a football team there."""
    judged: dict[int, bool] = {}
    out = []
    for m in found:
        if m.accepted and (s := sentence_at(article, m.begin)) is not None:
            if s.begin not in judged:
                judged[s.begin] = other_sport(article.content, s.begin, s.end)
            if judged[s.begin]:
                m = replace(m, accepted=False, reason="a sentence about another sport")
        out.append(m)
    return out


def _nickname_parts(text: str, found: list[Mention]) -> list[Mention]:
    """A nickname that starts another team's longer nickname the article uses ("the Lionesses",
    after "the Lionesses of Teranga") is that team's short form in this article."""
    longer = [m for m in found if m.via == "nickname" and m.accepted]
    if len(longer) < 2:
        return found
    owner: dict[str, str] = {}
    for m in longer:
        for other in longer:
            if other.team != m.team and other.form.startswith(m.form + " "):
                owner[m.form] = other.team
    if not owner:
        return found
    return [replace(m, team=owner[m.form]) if m.via == "nickname" and m.form in owner else m for m in found]


def _staff_nationalities(found: list[Mention]) -> list[Mention]:
    """"led by the Italian coach": a demonym before a coach's or an official's noun is his
    nationality when the article names other teams but that one nowhere else (else "the Italian
    coach" is Italy's)."""
    if not any(m.staff for m in found):
        return found
    others = {m.team for m in found if m.accepted and not m.staff}
    return [replace(m, accepted=False, reason="a coach's nationality (the only mention of the team)")
            if m.accepted and m.staff and others and m.team not in others else m for m in found]


def accepted(article: Article) -> list[Mention]:
    return [m for m in mentions(article) if m.accepted]


def _mentions(article: Article) -> Iterator[Mention]:
    from .sources import credits

    table = teams()
    text = article.content
    sigs = signatures(article) + [(c.begin, c.end) for c in credits(article)]  # "Yann Le Goff / Ouest-France"
    previous: Mention | None = None
    for m in table.form_pattern.finditer(text):
        if inside(m.start(), sigs):
            continue
        team, via = table.forms[m.group(0)]
        if m.group(0) in _capital_words() and not LOWER.search(text, text.rfind("\n", 0, m.start()) + 1, line_end(text, m.end())):
            continue  # "EL TEL, THE MAN WHO MADE US DREAM": a word, on a line in capitals
        reason = "" if via == "nickname" else _place_reason(text, m.start(), m.end())
        if via == "nickname" and previous is not None and previous.team != team and previous.accepted \
                and rx(r"[ \t]+").fullmatch(text, previous.end, m.start()):
            continue  # "the Oranje Lionesses": one team's name or nickname, then another's nickname as its noun
        if (not reason and previous is not None and previous.reason.startswith("place")
                and rx(r"\s*(?:,|and|or|,\s*and)\s*").fullmatch(COMPASS_BEFORE.sub("", text[previous.end : m.start()]))
                and not POSSESSIVE_OR_TEAM.match(text, m.end())):
            reason = previous.reason  # "in Australia and New Zealand", not "in Russia, and Japan's fans"
        previous = Mention(m.start(), m.end(), team, m.group(0), via, not reason, reason)
        yield previous
    heads = _heads()
    for m, team in _demonyms(article):
        if inside(m.start(), sigs) or m.group(0) in table.forms:
            continue  # a plural demonym spelt as the country's name ("the Laos embassy") is judged as the name
        prev = rx(r"([\w-]+)\s+\Z").search(text[max(0, m.start() - 30) : m.start()])
        if prev and prev.group(1) in vocab()["region_prefixes"]:
            continue  # "South American", "Latin American": a region, not a country
        plural = (m.group(0).endswith("s") or m.group(0).endswith(("ese", "sh", "ch")) and INVARIANT_PLURAL_AFTER.match(text, m.end())) \
            and rx(r"(?i)\bthe\s+(?:[\w-]+\s+)?\Z").search(text[max(0, m.start() - 20) : m.start()])
        ok = bool(heads.match(text, m.end())) or bool(plural)
        reason = "" if ok else PEOPLE_NOT_TEAM
        if LANGUAGE_AFTER.match(text, m.end()):  # "the English-language fanzine", "Spanish-speaking fans": a language
            ok, reason = False, LANGUAGE_REASON
        staff = _staff_after().match(text, m.end()) if ok else None  # "the Croatian coach"
        if staff and OWNER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            ok, reason = False, "a coach's nationality (Bahrain's Croatian coach)"
        elif staff and STAFF_OF_TEAM.match(text, staff.end()):
            ok, reason = False, "a coach's nationality (the Ghanaian coach of Sudan)"
        yield Mention(m.start(), m.end(), team, m.group(0), "demonym", ok, reason, ok and staff is not None)
    for m, team in _ambiguous_nicknames(article):
        if not inside(m.start(), sigs):
            yield Mention(m.start(), m.end(), team, m.group(0), "nickname", True)
    for m in HASHTAG.finditer(text):
        if inside(m.start(), sigs):
            continue
        for team in _hashtag_teams(m.group(1)):
            yield Mention(m.start(), m.end(), team, m.group(0), "hashtag", True)
    for m in SCORELINE.finditer(text):
        for g in (1, 2):
            code_team = table.codes.get(m.group(g))
            if code_team:
                yield Mention(m.start(g), m.end(g), code_team, m.group(g), "code", True)


GIVEN_NAME_BEFORE = regex.compile(r"(?<![\w'’.-])\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*[ \t]+\Z")  # "coach Jorge Montenegro"
YEAR_BEFORE = regex.compile(r"(?<!\d)(?:19|20)\d{2},?[ \t]+(?:after|since|before|in|at)[ \t]+\Z")  # "in 2014, after Brazil."
STAFF_OF_TEAM = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}")  # "the Ghanaian coach of Sudan": his nationality
PEOPLE_NOT_TEAM = "demonym without a team noun (a language, people or culture)"
OWNER_BEFORE = regex.compile(r"(?:\w['’]s|\ws['’]|\b(?:another|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur))[ \t]+\Z")  # "Vietnam's Korean coach"


@functools.cache
def _staff_after() -> regex.Pattern[str]:
    roles = vocab()["roles"]
    return regex.compile(r"(?i)[ \t]+(?:-?born[ \t]+)?(?:" + alternation([*roles["coach"], *roles["official"]], ignorecase=True)
                         + r")\b")


def _demonyms(article: Article) -> Iterator[tuple[regex.Match[str], str]]:
    """Demonyms ("Japanese", "the Americans"), ambiguous ones ("Korean") resolved by the teams the
    article names."""
    table = teams()
    former = _former_teams()
    named_at: list[tuple[int, str]] | None = None
    for m in table.demonym_pattern.finditer(article.content):
        word = m.group(0)
        team = table.demonym(word)
        if team and team in former:  # "the Germans": West Germany's in a story that names it
            if named_at is None:
                named_at = [(f.start(), table.forms[f.group(0)][0]) for f in table.form_pattern.finditer(article.content)]
            kin = {team, *former[team]}
            told = [(at, t) for at, t in named_at if t in kin]
            if told:
                before = [t for at, t in told if at < m.start()]
                team = before[-1] if before else told[0][1]
        if team:
            yield m, team
    ambiguous = {k: v for k, v in vocab()["ambiguous_demonyms"].items() if not k.startswith("_")}
    if ambiguous:
        named = {team for team, _via in (table.forms[f.group(0)] for f in table.form_pattern.finditer(article.content))}
        for m in _ambiguous_pattern().finditer(article.content):
            options = [t for t in ambiguous[m.group(0)] if t in named]
            if len(options) == 1:
                yield m, options[0]


LOWER = regex.compile(r"\p{Ll}")
LOWER_NEXT = regex.compile(r"[ \t]+\p{Ll}")


@functools.cache
def _capital_words() -> frozenset[str]:
    return frozenset(vocab()["capital_words"])


@functools.cache
def _former_teams() -> dict[str, list[str]]:
    """A successor's name -> the former teams it followed ("Germany" -> West and East Germany)."""
    out: dict[str, list[str]] = {}
    for old, successors in vocab()["former_teams"].items():
        if not old.startswith("_"):
            for new in successors:
                out.setdefault(new, []).append(old)
    return out


def _ambiguous_nicknames(article: Article) -> Iterator[tuple[regex.Match[str], str]]:
    """Nicknames of several teams ("La Roja": Spain or Chile): the one the article otherwise names,
    else the first of the list."""
    options = {k: v for k, v in vocab()["ambiguous_nicknames"].items() if not k.startswith("_")}
    found = list(_nickname_pattern().finditer(article.content))
    if not found:
        return
    table = teams()
    named = {table.forms[f.group(0)][0] for f in table.form_pattern.finditer(article.content)}
    for m in found:
        teams_ = options[m.group(0)]
        hits = [t for t in teams_ if t in named]
        if len(hits) <= 1:
            yield m, hits[0] if hits else teams_[0]


@functools.cache
def _nickname_pattern() -> regex.Pattern[str]:
    words = [k for k in vocab()["ambiguous_nicknames"] if not k.startswith("_")]
    return regex.compile(r"(?<![\w#@/])(?:" + alternation(words) + r")(?![\w])")


@functools.cache
def _ambiguous_pattern() -> regex.Pattern[str]:
    words = [k for k in vocab()["ambiguous_demonyms"] if not k.startswith("_")]
    return regex.compile(r"(?<![\w#@/])(?:" + alternation(words) + r")(?![\w])")


def _hashtag_teams(tag: str) -> list[str]:
    table = teams()
    if tag.isupper() and len(tag) == 3 and tag in table.codes:
        return [table.codes[tag]]
    if tag.isupper() and len(tag) == 6 and tag[:3] in table.codes and tag[3:] in table.codes:
        return [table.codes[tag[:3]], table.codes[tag[3:]]]
    for k in range(len(tag), 3, -1):  # CamelCase prefix: #JapanFans, #SamuraiBlue
        if k < len(tag) and not (tag[k].isupper() or tag[k].isdigit()):
            continue
        team = table.squashed.get(tag[:k].casefold())
        if team:
            return [team]
    return []


@functools.cache
def _heads() -> regex.Pattern[str]:
    words = vocab()["team_heads"]
    alternation = words_pattern(words).pattern
    return regex.compile(r"\s+(?:[\w'’-]+\s+)?" + alternation, regex.IGNORECASE)


@functools.cache
def _venue_before() -> regex.Pattern[str]:
    """A ground's first words right before a country's name: "Stade de ", "Estadio Nacional de ", "Stadium "."""
    v = vocab()["match"]
    words = alternation([*v["venue_prefix_words"], *v["venue_words"]])
    return regex.compile(rf"(?<![\w])(?:{words})(?:[ \t]+\p{{Lu}}[\w-]*)?(?:[ \t]+(?:de|del|da|do|di|of|du|des))?[ \t]+\Z")


LANGUAGE_REASON = "a language (English-language)"
LANGUAGE_AFTER = regex.compile(r"(?i)[ \t]*-[ \t]*(?:language|speaking|speakers?)\b|[ \t]+(?:language|speakers?)\b")


def _place_reason(text: str, begin: int, end: int) -> str:
    if text[begin:end] in vocab()["given_name_countries"]:
        from .people import starts_name

        if starts_name(text, end):
            return "a person's given name (Georgia Tane scored)"
    after = text[end : end + 40]
    before = text[max(0, begin - 40) : begin]
    if OFFICIAL_BEFORE_POSSESSIVE.search(before) and rx(r"\A['’]s[ \t]+\p{Lu}").match(after):
        return "an official's nationality (the referee, Sweden's A Smith)"
    if _venue_before().search(before):
        return "place (a ground named after the country: the Stade de France, Stadium Australia)"
    if CLUB_COUNTRY_BEFORE.search(before) and after.startswith(")"):
        return "place (a club's or city's country in brackets: '(Club, Country)')"
    for suffix in vocab()["place_after"]:
        if after.casefold().startswith(suffix):
            return f"place ({suffix.strip('-')})"
    if rx(r"\A[ \t]+\p{Lu}\p{Ll}+").match(after) and _role_noun_before(before):
        return "a person's first name (goalkeeper Jordan Smith)"
    if (given := GIVEN_NAME_BEFORE.search(before)) and _role_noun_before(before[: given.start()]):
        return "a person's surname (coach Jorge Montenegro)"
    if YEAR_AFTER.match(after) or YEAR_BEFORE.search(before) and rx(r"\A[ \t]*[.,;:!?)]").match(after):
        return "tournament host or edition (country + year)"
    if after.startswith(")") and rx(r"(?i)\b(?:coach|manager|boss|trainer|head[ \t]+coach|referee|coached[ \t]+by|led[ \t]+by)[ \t]+"
                                    r"(?:(?-i:\p{Lu})[\w'’.-]*[ \t]+){1,3}\([ \t]*\Z").search(before):
        return "a coach's or referee's nationality in brackets (coach Mark Hoffmann (Germany))"
    if rx(r"(?-i:\bCup)[ \t]+\Z").search(before):
        return "tournament host (a competition's name, then its host: 'the 2023 AFC Asian Cup Qatar')"
    other = pattern("other_sport_nouns")
    nxt = rx(r"\A(?:['’]s)?\s+((?:[\w-]+\s+){0,1}[\w-]+)").match(after)
    if nxt and other.search(nxt.group(1)):
        return "another sport"
    if not POSSESSIVE_OR_TEAM.match(after) and not _squad_role_after().match(after):
        trimmed = COMPASS_BEFORE.sub("", rx(r"(?i)\bthe\s*\Z").sub("", before))  # "in southern Turkey"
        if _ends_with(trimmed, vocab()["place_before"]) and not (
                _team_travels(text[max(0, begin - 140) : begin]) and not TOURNAMENT_AFTER.match(text, end)):
            return "place (preposition)"
        if OFFICIAL_OF.search(before):
            return "an official's nationality (refereed by X of Egypt)"
        if _thanks_before().search(before):
            return "a thank-you's addressee (a host country: 'Thank you, Japan')"
        w = WORD_BEFORE_COMMA.search(before)
        if w and _is_place_word(before, w) and not _subject_after_intro(text, begin, end) and not RESULT_AFTER.match(after) \
                and not _city_elsewhere(text, w.group(1), begin, end):
            return "place (City, Country)"
    return ""


OFFICIAL_NOUNS = r"referee|linesman|lineswoman|assistant|official"  # a match official, whose country is no team
OFFICIAL_VERBS = r"refereed|officiated|whistled"
# "The referee, Sweden's Henrik Lindqvist": an official's country, before the official's name
OFFICIAL_BEFORE_POSSESSIVE = regex.compile(rf"(?i)\b(?:{OFFICIAL_NOUNS}|(?:{OFFICIAL_VERBS})[ \t]+by)(?:[ \t]*,)?[ \t]+\Z")
# "Iskandar Dzhalilov (Nasaf, Uzbekistan)": a player's club and its country in brackets
CLUB_COUNTRY_BEFORE = regex.compile(r"\((?:\p{Lu}[\p{L}\p{M}'’.-]*|\d+)(?:[ \t]+[\p{L}\p{M}\d'’.-]+){0,3}[ \t]*,[ \t]*\Z")
# "in southern Turkey", "Austria and northern Italy": a region of the country, a place
COMPASS_BEFORE = regex.compile(r"(?<![\w-])(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)[ \t]+\Z")
POSSESSIVE_OR_TEAM = regex.compile(  # "Japan's", "Japan fans": a team, never a place
    r"(?i)(?:['’]s\b|\s+(?:side|team|squad|fans|supporters|players|coach|camp|bench|dressing[ \t]+room|delegation|contingent|end)\b)")
# "in Guimarães, Poland drew 1-1 with Austria": a result's subject, not the country of the city before
RESULT_AFTER = regex.compile(r"\A(?:[ \t]+and[ \t]+(?:the[ \t]+)?\p{Lu}[\w'’-]*(?:[ \t]+\p{Lu}[\w'’-]*){0,2})?[ \t]+(?:(?:drew|tied|beat|won|lost|defeated|edged|thrashed|stunned|hammered|routed|overcame|held|fell)\b"
                          r"|\p{Ll}{3,}ed[ \t]+(?:the[ \t]+)?\p{Lu})")  # "..., Fiji dominated Vanuatu": a past verb and its object
TRAVELS = regex.compile(r"(?<![\w'’-])(\p{Lu}[\w'’-]*(?:[ \t]+\p{Lu}[\w'’-]*){0,3})(?:,[ \t]+who[ \t][^,\n]{1,80},)?"  # "Scotland, who ..., travel to"
                         r"[ \t]+(?:visit|visits|travel[ \t]+to|travels[ \t]+to)[ \t]+(?:the[ \t]+)?\Z")
TOURNAMENT_AFTER = regex.compile(r"(?:[ \t]+(?:in|this|next)[ \t]+\w+)?[ \t]+for[ \t]+the[ \t]+\p{Lu}")  # "... travel to X in July for the European Championship": the host
OFFICIAL_OF = regex.compile(  # "the referee, A Smith of Wales,", "assisted by two linesmen from Qatar"
    rf"(?i)\b(?:{OFFICIAL_NOUNS})s?[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?\Z"
    rf"|\b(?:{OFFICIAL_VERBS}|{OFFICIAL_NOUNS})(?:[ \t]*[:,])?[ \t]+(?:by[ \t]+)?"
    r"(?:(?-i:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){1,4}(?:of|from)[ \t]+(?:the[ \t]+)?"
    r"|(?-i:\p{Lu}[\p{L}\p{M}'’.-]*)(?:[ \t]+(?-i:\p{Lu}[\p{L}\p{M}'’.-]*)){0,3}[ \t]*\()\Z")  # "Referee: A Smith (Wales)"


@functools.cache
def _thanks_before() -> regex.Pattern[str]:
    """A thank-you just before a country ("Thank you, Japan", "thank you very much, Qatar", "Merci la
    France"): a message to the host country, a place; not "thanks to Japan" (because of its team)."""
    return regex.compile(rf"(?i){act_macro('%THANKS%')}(?:[ \t]+(?:very|so)[ \t]+much)?[ \t]*[,!]?[ \t]*(?:(?:la|le|el)[ \t]+)?\Z")


@functools.cache
def _squad_role_after() -> regex.Pattern[str]:
    """A player's or a coach's role noun after the country ("Ramón Lugo, Venezuela head coach"): a team."""
    words = [w for role in ("player", "coach") for w in vocab()["roles"][role] if " " not in w or w.startswith(("head ", "assistant "))]
    return regex.compile(rf"(?i)\A[ \t]+(?:{alternation(words, ignorecase=True)})\b")


TEAM_RUN_BEFORE = regex.compile(r"(\p{Lu}[\w'’.-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\w'’.-]*){0,3})[ \t]*,[ \t]*\Z")


def _team_travels(before: str) -> bool:
    """"Peru visit Venezuela", "Niger travel to Zambia": a team going to play is no place's visitor."""
    m = TRAVELS.search(before)
    return m is not None and teams().lookup(m.group(1)) is not None


INTRO = regex.compile(
    r"(?:\A|[.!?\n][\"”’)]?[ \t]+|\n)(?:\p{Lu}\p{Ll}+[ \t]+)?(?i:at|in|on|during|after|before|against|with|for|from|over)"
    r"[ \t]+[^,.;!?\n\"“”]{1,40},[ \t]*\Z")


def _subject_after_intro(text: str, begin: int, end: int) -> bool:
    """"At Wembley, England beat Haiti", "Earlier in Houston, Mexico drew": after an introductory
    phrase at the start of a sentence, a country followed by a verb is the sentence's subject, not
    the country part of "City, Country"."""
    return bool(rx(r"\A[ \t]+\p{Ll}").match(text[end : end + 3])) and bool(INTRO.search(text[max(0, begin - 80) : begin]))


def _role_noun_before(before: str) -> bool:
    from .people import role_before

    return bool(role_before(before))


def _city_elsewhere(text: str, word: str, begin: int, end: int) -> bool:
    """"... in Stockholm, Norway were champions": a city of another team's country before the comma
    and a lower-case word after the country (not a list of places, "from Guangzhou, Hong Kong, even
    Seoul"), so no "City, Country" pair."""
    home = cities()[0].get(word)
    return home is not None and teams().lookup(text[begin:end]) not in (None, home) and bool(LOWER_NEXT.match(text, end))


def _is_place_word(before: str, w: regex.Match[str]) -> bool:
    word = w.group(1)
    if teams().lookup(word) or word in teams().demonyms or word in vocab()["not_names"]:
        return False
    run = TEAM_RUN_BEFORE.search(before)
    if run and any(teams().lookup(" ".join(run.group(1).split()[k:])) for k in range(len(run.group(1).split()))):
        return False  # "the United States, Germany and Zambia": a list of teams, not "City, Country"
    if word.isupper() and len(word) > 2:
        return True  # a dateline: "DOHA, Qatar —"
    if len(word) == 1:
        return False  # "Group B, Mexico"
    lead = before[: w.start()].rstrip(" \t")
    return bool(lead) and lead[-1] not in ".!?\n:;\"“”'‘’(" and not word.endswith("ly")


def _ends_with(before: str, words: list[str]) -> bool:
    low = before.casefold().rstrip()
    return any(low.endswith(w) and (len(low) == len(w) or not low[-len(w) - 1].isalnum()) for w in words)


def extract(article: Article) -> Iterator[TeamMention]:
    if not is_football(article):
        return
    for m in accepted(article):
        s = sentence_at(article, m.begin)
        if s is None:
            continue
        yield TeamMention(evidence=(s.evidence(),), team=m.team, form=m.form)


@functools.cache
def _own_side_ref() -> regex.Pattern[str]:
    nouns = alternation(vocab()["own_side_nouns"])
    return regex.compile(rf"\b(?:[Oo]ur[ \t]+(?:{nouns})|[Tt]he[ \t]+national[ \t]+(?:eleven|XI))(?![\w'’-])")


def own_side(article: Article) -> str | None:
    """The outlet's own team when it calls it "our team", "our lads" or "the national eleven"
    outside quotations and tweets (a partisan report, often translated), cached. The teams named in
    a sentence with such a phrase are not it ("Our team flew to Lisbon to face Portugal"); a side of
    a match whose other side the report names as an opponent ("beat X", "against X") is; among those
    (or, without any, among all), the one named most as a side rather than as an opponent. None when
    the article never says so, or no single team stands out."""
    if "own_side" in article.cache:
        return article.cache["own_side"]
    from .matches import OPPONENT_MARK, matches
    from .tweets import embeds

    text = article.content
    tweets = [(e.begin, e.end) for e in embeds(article)]
    quoted = [(q.start(), q.end()) for q in QUOTED.finditer(text)]
    refs = [r.start() for r in _own_side_ref().finditer(text) if not inside(r.start(), quoted + tweets)]
    found = None
    if refs:
        ms = [m for m in accepted(article) if not inside(m.begin, tweets)]
        against = {m.begin for m in ms if OPPONENT_MARK.search(text[max(0, m.begin - 40) : m.begin])
                   and not inside(m.begin, quoted)}  # a speaker's "Congratulations to X": no opponent of the outlet's
        named: set[str] = set()
        for r in refs:
            s = sentence_at(article, r)
            if s is not None:  # and an opponent in the next sentence ("The team of X defeated Iceland")
                nxt = sentence_at(article, s.end + 1) if s.end + 1 < len(text) else None
                here = [m for m in ms if s.begin <= m.begin < s.end]
                if any(m.begin in against for m in here):  # "our boys scoring against Italy": Italy, not the others
                    here = [m for m in here if m.begin in against]
                named |= {m.team for m in here}
                named |= {m.team for m in ms if nxt is not None and nxt.begin <= m.begin < nxt.end and m.begin in against}
        score: dict[str, int] = {}
        for m in ms:
            score[m.team] = score.get(m.team, 0) + (-1 if m.begin in against else 1)
        beaten = Counter(m.team for m in ms if m.begin in against)
        sides: Counter[str] = Counter()  # a side of a match, by how often its opponent is named as one
        for info in matches(article):
            for t in info.teams - set(beaten) - named:
                if n := sum(beaten[o] for o in info.teams - {t}):
                    sides[t] += n
        pool = set(sides) or set(score) - named
        ranked = sorted(((score.get(t, 0) + sides[t], t) for t in pool), reverse=True)
        if ranked and (sides or ranked[0][0] > 0) and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
            found = ranked[0][1]
    article.cache["own_side"] = found
    return found
