"""People: players, coaches, journalists, photographers, officials, named fans and others.

People are found by patterns, never from a list of names: a run of capitalised words is a person
only with a cue: a role noun before it ("Japan head coach X", "journalist X"), a speech or play verb
after it ("X said", "X scored"), "said X", a national team's possessive ("Belgium's X"), a photo
credit ("AP Photo/X"). Organisations (words such as FIFA, Cup, Arena), teams and nicknames are not
people. A later surname-only mention ("said Benhadi" after "Walid Benhadi") resolves to the full name in the same document.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import regex
from rapidfuzz import fuzz

from ..findings import Evidence, PersonMention
from ..lexicon import alternation, cities, rx, search_end, teams, vocab
from ..nlp import sentence_at, span
from ..reader import Article
from .common import (
    away_team,
    context_team,
    focus_team,
    home_team,
    inside,
    is_football,
    lead_team,
    signatures,
    subject_mentions,
)
from .matches import ORDINAL_WORD, gapped_minute, goal_cue, listed, sent_the_wrong_way, sole_opponent
from .teams import Mention, accepted, own_side

TOKEN = r"(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}[\p{Ll}\p{M}]+|['’](?!(?:s|ve|re|ll|d|m|t)\b)\p{Ll}+)?(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-(?:\p{Lu}-)*\p{Lu}?[\p{Ll}\p{M}]+)*)"


@functools.cache
def _name_run() -> regex.Pattern[str]:
    particles = "|".join(regex.escape(p) for p in vocab()["name_particles"])
    # a particle may be joined to the surname by a hyphen: "Haidar al-Musawi", "Amr el-Sayed"
    # ... and a Central Asian patronymic after the names: "Almaz Turdubek uulu", "Aida Asanova kyzy" (`name_suffixes`)
    suffixes = "|".join(regex.escape(p) for p in vocab()["name_suffixes"])
    return regex.compile(rf"(?<!(?:(?!ʻ)\w|[@#/.-])){TOKEN}(?:[ \t]+(?:(?:{particles})[ \t]+)*(?:(?:{particles})-(?=\p{{Lu}}))?{TOKEN})*"
                         rf"(?:[ \t]+(?:{suffixes})(?![\w'’-]))?(?:['’]s\b)?")


@functools.cache
def nationality_nouns() -> frozenset[str]:
    """Words for a person's nationality that are no name: demonyms ("Croatian", "Korean") and the
    nouns made from them ("Englishman", "Frenchwoman"): "the Englishman Martin Fowler"."""
    base = set(teams().demonyms) | {k for k in vocab()["ambiguous_demonyms"] if not k.startswith("_")}
    return frozenset(base | {d + s for d in base if d.endswith(("sh", "ch", "ts")) for s in ("man", "woman")})


@functools.cache
def _not_names() -> frozenset[str]:
    return frozenset(vocab()["not_names"])


@functools.cache
def _honorifics() -> frozenset[str]:
    return frozenset(vocab()["honorifics"])


@functools.cache
def _name_final_words() -> frozenset[str]:
    return frozenset(vocab()["name_final_words"])


@functools.cache
def _role_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for role, words in vocab()["roles"].items():
        if role.startswith("_"):
            continue
        for w in words:
            out.setdefault(w.casefold(), role)
    return out


@functools.cache
def role_alternation() -> str:
    return alternation(_role_words(), ignorecase=True)


@functools.cache
def _role_before() -> regex.Pattern[str]:
    # "Referee is X", "The referee today is X", "the coach then was X"; "a student named X" (after "a": not
    # "the manager named Kane in his side", whom he picked)
    return regex.compile(rf"(?i)(?<![\w])({role_alternation()})[ \t]+(?:(?:today|tonight|then|now|again)[ \t]+)?"
                         r"(?:(?:is|was|will[ \t]+be)[ \t]+|(?<=\b(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?[\w-]+[ \t]+)(?:named|called)[ \t]+)?\Z")


@functools.cache
def _plural_role_before() -> regex.Pattern[str]:
    """A plural role noun right before a name, alone or set off by a comma: "defenders ", "joint managers, "."""
    return regex.compile(rf"(?i)(?<![\w])({role_alternation()})(?:s|es)[ \t]*,?[ \t]+\Z")


NAME_JOIN = regex.compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?|[ \t]*,[ \t]*")  # "X and Y", "X, Y and Z"


@functools.cache
def _role_label() -> regex.Pattern[str]:
    # "Writer: X | Editor: Y"; after a fact box's earlier item on the line: "Att: 9,850. Referee: X (Tonga)"
    return regex.compile(rf"(?i)(?:\A|\n|[ \t]\||[.;][ \t])[ \t]*({role_alternation()})[ \t]*:[ \t]*\Z")


# a long team's name between an article and a role noun: "a Saint Vincent and the Grenadines supporter" (capitalised
# words, so "a chipped finish over the advancing goalkeeper, X" still starts at "the advancing goalkeeper")
LONG_TEAM = r"(?:(?-i:\p{Lu})[\w'’-]*[ \t]+(?:(?:and|the|of)[ \t]+){0,2}){2,5}?"


@functools.cache
def _role_comma() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)(?<![\w])(?:the|their|his|her|its|our|an?|\p{{Lu}}[\w'’.-]*['’]s)[ \t]+"
                         rf"(?:(?:[\w-]+[ \t]+){{0,3}}?|{LONG_TEAM})(?:[\w-]+s['’][ \t]+)?({role_alternation()})"  # "the Young All Whites' captain, X", "a Saint Kitts and Nevis fan, X"
                         rf"(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?|(?:at|in)[ \t]+(?=the[ \t]|(?-i:\p{{Lu}})))(?:[\w'’-]+[ \t]+){{0,3}}?[\w'’-]+)?(?:,|[ \t]+[—–])[ \t]+"  # "the referee — the Uruguayan X", "our correspondent at the stadium, X"
                         rf"(?:(?:the[ \t]+)?(?-i:\p{{Lu}})[\w-]+[ \t]+)?\Z")  # "the referee, (the) Australian X"


@functools.cache
def _role_of_team() -> regex.Pattern[str]:
    # a translated genitive with no comma: "the head coach of the Uzbek national team X", "the goalkeeper of the hosts' side X"
    # ... or a team's name: "the captain of Nigeria X", "the coach of the Ivory Coast X"
    # ... "the head coach of the national team of Kyrgyzstan X", "the goalkeeper of the hosts X" (SIDE_ROLE)
    return regex.compile(rf"(?i)(?<![\w])({role_alternation()})[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[\w'’-]+[ \t]+){{0,3}}?"
                         r"(?:national[ \t]+|youth[ \t]+|women['’]s[ \t]+)?(?:team|side|squad|selection)"
                         r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?-i:\p{Lu})[\w'’-]*(?:[ \t]+(?-i:\p{Lu})[\w'’-]*){0,2})?"
                         rf"|(?-i:\p{{Lu}})[\w'’-]*(?:[ \t]+(?-i:\p{{Lu}})[\w'’-]*){{0,2}}|{_SIDES})[ \t]+\Z")


DEMONYM_TAIL = regex.compile(r"[ \t](\p{Lu}[\p{Ll}\p{M}]+)[ \t]+\Z")
THE_BEFORE_DEMONYM = regex.compile(r"(?i)(?<=:)[ \t]*the[ \t]\Z")  # a fact box's label, then "the" and a demonym


def role_before(window: str) -> regex.Match[str] | None:
    """A role noun (group 1) right before the end of ``window`` ("... head coach "), a fact box's
    label starting the line ("Referee: "), a copula after it ("The referee was X"), or a role noun
    in apposition ("Their coach, X,", "the coach of the Under-20 team, X,", "its coach, the Dane X")."""
    tail = window[-40:]  # the comma or dash of an apposition, and at most "the Dane " after it
    found = (search_end(_role_before(), window, _role_reach() + 20) or search_end(_role_label(), window, _role_reach() + 6)
             or (search_end(_role_comma(), window, _role_reach() + 60) if ("," in tail or "—" in tail or "–" in tail) else None)
             or (search_end(_role_of_team(), window, _role_reach() + 60) if " of " in window[-90:] else None))
    if found is None and (demonym := DEMONYM_TAIL.search(window, max(0, len(window) - 40))) and demonym.group(1) in nationality_nouns():
        # "the central defender Panamanian X": a translated demonym after the role noun; "Referee: the Chilean X"
        found = search_end(_role_before(), window[: demonym.start() + 1], _role_reach() + 4)
        if found is None and (label_end := THE_BEFORE_DEMONYM.search(window, 0, demonym.start() + 1)) is not None:
            found = search_end(_role_label(), window[: label_end.start()], _role_reach() + 6)
    if found is not None and found.group(1).casefold() == "head of" and window.endswith(("of ", "of\t")):
        return None  # "a corner found the head of X": X's head, not an official ("the head of security, X" is one)
    return found


@functools.cache
def _role_reach() -> int:
    return max(map(len, _role_words()))


@functools.cache
def _role_paren() -> regex.Pattern[str]:
    return regex.compile(rf"(?i){ROLE_PAREN_PREFIX}(?P<role>{role_alternation()})[ \t]*\)")


# a single word before a role noun in apposition closed by a comma and a verb: "Marcelinho, the Brazil coach, said"
SINGLE_APPOSED = regex.compile(r"\A,[ \t]+(?:\d{1,3},[ \t]+)?(?:the|an?|\p{Lu}[\w'’ -]{0,30}?['’]s)[ \t]")
APPOSITION_CLOSED = regex.compile(r"(?:[ \t]+(?:of|for|at|in)[ \t]+[^,.;:!?\n\"“”]{1,40}?)?,[ \t]+\p{Ll}")


@functools.cache
def _role_after() -> regex.Pattern[str]:
    alt = role_alternation()
    # not a relative clause: "for the suspended X, which their coach had hinted at" names X's coach
    return regex.compile(rf"(?i)\A,[ \t]+(?!(?:which|that|whom|whose|where|when)[ \t])(?:\d{{1,3}},[ \t]+)?(?:(?:the|a|an|[\p{{Lu}}][\w'’ -]{{0,30}}?['’]s)[ \t]+"  # "X, the Steel Roses' coach"
                         rf"(?:(?:[\w-]+[ \t]+){{0,4}}?|{LONG_TEAM})(?:[\w-]+(?<=s)['’][ \t]+)?|(?:[\w-]+[ \t]+){{0,3}}?)({alt})\b")


@functools.cache
def _verbs_after() -> regex.Pattern[str]:
    v = vocab()["person_verbs"]
    alt = alternation(v["speech"] + v["play"] + v["coach"] + v["coach_of_name"], ignorecase=True)
    return regex.compile(rf"(?i)\A(?:[ \t]+(?:has|had|have|then|also|later|just|once|has since|twice|again|almost|nearly|still|duly|soon"
                         rf"|(?-i:\p{{Ll}}{{3,}}ly))(?![\w-])|[ \t]*,[^,\n]{{1,40}},|[ \t]*,[ \t]+who[ \t][^,\n]{{1,100}},"
                         rf"|[ \t]*,[ \t]+who(?=[ \t])"  # "X, who headed in a corner"
                         rf"|[ \t]*,[ \t]+(?-i:\p{{Ll}})[^,.!?\n]{{40,100}},"  # "X, recalled to the side after ..., opened the scoring"
                         rf"|[ \t]+[-–—][ \t][^-–—\n]{{1,60}}[ \t][-–—])*[ \t]+({alt})\b")  # "X - on for Y - scored"


COACH_CLAUSE = regex.compile(  # "X, the Dane who has coached Panama since 2020", "X, who took charge of the side in May"
    r"(?i)\A(?:,[ \t]+(?:\d{1,3},[ \t]+)?(?:(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?)?who|[ \t]+(?=has|had))[ \t]+"
    r"(?:has[ \t]+|had[ \t]+)?(?:also[ \t]+)?(?:been[ \t]+)?(?:coached|coaches|managed|manages|"
    r"(?:took|takes|taken|in)[ \t]+charge[ \t]+of(?![ \t]+(?:the[ \t]+)?(?:match|game|final|tie|fixture|semi|quarter|VAR)))[ \t]+")
JOURNALIST_CLAUSE = regex.compile(  # "X, who covered the tournament for the Sowetan", "X, who writes on football for El Tiempo"
    r"(?i)\A,[ \t]+(?:\d{1,3},[ \t]+)?who[ \t]+(?:has[ \t]+|had[ \t]+)?(?:also[ \t]+)?(?:covered|covers|writes|wrote|"
    r"reported|reports|followed|follows)\b[^.,;:!?\n\"“”]{0,60}?[ \t]for[ \t]+(?:the[ \t]+)?(?:(?-i:\p{Ll})[\w-]*[ \t]+){0,2}?"
    r"(?P<outlet>(?-i:\p{Lu})[\w'’-]*)")
# "X, who captains Tonga,", "X, who plays for Coventry City": a player's clause, ending on the team (COACH_CLAUSE's team)
# (not "who captained Scotland at two tournaments and now works as a pundit": a former player)
PLAYER_CLAUSE = regex.compile(r"(?i)\A,[ \t]+(?:\d{1,3},[ \t]+)?who[ \t]+(?:also[ \t]+|now[ \t]+)?"
                              r"(?:captains|skippers|plays[ \t]+(?:(?:his|her|their)[ \t]+(?:club[ \t]+)?football[ \t]+)?(?:for|in)"
                              r"|keeps[ \t]+goal[ \t]+for|has[ \t]+(?:also[ \t]+)?(?:captained|skippered))[ \t]+")
# "X, writing for El Tiempo,", "X, writing in L'Équipe,": a journalist (WRITING_IN: the clause before the name)
WRITING_AFTER = regex.compile(r"\A,[ \t]+(?:who[ \t]+(?:writes|wrote)|writing|reporting)[ \t]+(?:for|in)[ \t]+(?:the[ \t]+)?\p{Lu}")
# "X (Tonga coach)", "X (referee)": a role noun in brackets after the name, a team before it
ROLE_PAREN_PREFIX = r"\A[ \t]*\((?P<inner>(?:[\w'’.-]+[ \t]+){0,5}?)"
# a travelling fan: "X, who travelled from Lagos to support Nigeria,", "X, who flew in to cheer on Peru"
FAN_TRIP = regex.compile(
    r"(?i)\A,[ \t]+(?:\d{1,3},[ \t]+)?who[ \t]+(?:had[ \t]+|has[ \t]+)?(?:travelled|traveled|flew|came|drove|journeyed|made[ \t]+the[ \t]+trip)"
    r"[^,.;:!?\n\"“”]{0,60}?[ \t]to[ \t]+(?:support|cheer[ \t]+on|cheer[ \t]+for|watch|follow)[ \t]+(?:the[ \t]+)?")
# "Asked by the Gleaner's X whether ...": a reporter named after the outlet's possessive
ASKED_BY_OUTLET = regex.compile(r"(?i:asked|questioned|quizzed|pressed|challenged)[ \t]+by[ \t]+(?:the[ \t]+)?"
                                r"(?P<outlet>\p{Lu}[\w.-]*(?:[ \t]+\p{Lu}[\w.-]*){0,3})['’]s[ \t]+\Z")
ASKED_BY = regex.compile(r"(?i)\b(?:asked|questioned|quizzed|pressed|challenged)[ \t]+by[ \t]+\Z|[?\"”][ \t]+asked[ \t]+\Z")  # '"...?" asked X of Y'
ORG_NOUNS = r"newspaper|paper|daily|tabloid|magazine|website|web[ \t]+site|site|portal|outlet|account|channel|station|network|agency|podcast|blog"
# "of El Universo", "from the newspaper Meridiano": the outlet after a reporter's name
OUTLET_AFTER = regex.compile(rf"\A[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:(?i:{ORG_NOUNS})[ \t]+)?(\p{{Lu}}[\w'’-]*(?:[ \t]+\p{{Lu}}[\w'’-]*){{0,3}})")
DATELINE_AFTER = regex.compile(r"[ \t]*\([^()\n]{2,40}\)[ \t]*,[ \t]*(?:\d{1,2}[ \t]+\p{Lu}|\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d)")
FAN_CLAUSE = regex.compile(  # "X, who leads one of the largest Amavubi supporters' groups,", "X, who founded the fan club"
    r"(?i)\A,[ \t]+(?:\d{1,3},[ \t]+)?who[ \t]+(?:(?:has|had|also|now)[ \t]+)*(?:leads|led|runs|ran|heads|headed|chairs|chaired|founded|co-founded|"
    r"organises|organizes|organised|organized|set[ \t]+up|started)[ \t][^,.;:!?\n\"“”]{0,60}?\b(?:supporters|fans|ultras)['’]?(?:[ \t]+|-)"
    r"(?:groups?|clubs?|associations?|trusts?|unions?|movements?|networks?)\b")
FAN_APPOSITION = regex.compile(  # a vox pop: "X, a 34-year-old teacher from Y", "X, a 45-year-old taxi driver,"
    r"\A,[ \t]+an?[ \t]+\d{1,2}-year-old(?:[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?[\p{Ll}-]+)??"
    r"(?=[ \t]+(?:from|who|of|based|in)\b|[ \t]*[,.;])"
    # no age, a trade and a home town: "X, a tailor from Pikine", "X, a market trader from Y who"
    r"|\A,[ \t]+an?[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?[\p{Ll}-]+[ \t]+from[ \t]+\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+)?(?=[ \t]*[,.;]|[ \t]+who\b)")


FROM_PLACE = regex.compile(r"\bfrom[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?)\Z")
CLAUSE_DEMONYM = regex.compile(r"the[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){0,2})(?![\w'’-])")


def _clause_team(team_mentions: list[Mention], pos: int, text: str) -> str | None:
    """The team a coaching clause ends on: "who has coached [the] Omanis"."""
    for m in team_mentions:
        if m.begin >= pos:
            if rx(r"(?:the[ \t]+)?").fullmatch(text, pos, m.begin):
                return m.team
            break
    plural = CLAUSE_DEMONYM.match(text, pos)  # "who has coached the Vietnamese since 2017": a people, its team
    return teams().demonym(plural.group(1)) if plural else None


BYLINE = regex.compile(r"(?:\A|\n)[ \t]*(?:[Bb]y|BY|[Ww]ords[ \t]+by)[ \t]+\Z")  # "Written/Reporting by": WIRE_BYLINE
BYLINE_AFTER = regex.compile(r"\A[ \t]*(?:\([\p{Lu}][^()\n]{0,30}\)[ \t]*)?(?:\n|\Z|,|\||—|–|-[ \t]|and[ \t]+\p{Lu}|&|(?:in|at)[ \t]+(?:the[ \t]+)?\p{Lu}[\w'’.-]*(?:,?[ \t]+\p{Lu}[\w'’.-]*){0,5}[ \t]*(?:\n|\Z))")  # "By X in Port Vila", "By X at the Y Stadium, Z", "By X (EFE) |"
BYLINE_JOIN = regex.compile(r"[ \t]*,?[ \t]+(?:and|&)[ \t]+|[ \t]*&[ \t]*")  # "By X and Y", "By X & Y" (not "By X, Data Editor")
# who set a goal up: "on a corner of X", "a long pass of the midfielder X"
PROVIDER_BEFORE = regex.compile(r"(?i)\b(?:cross|corner|pass|free-kick|free[ \t]+kick|assist|cut-?back|through[ \t]+ball|delivery"
                             r"|lay-?off)(?:[ \t]+(?:kick|ball))?(?:[ \t]+(?:launched|taken|delivered|hit|played|whipped|swung|floated))?"
                             r"[ \t]+(?:from|by|of)[ \t]+(?:the[ \t]+)?(?:(?-i:\p{Ll})[\w-]*[ \t]+){0,2}?\Z"
                             # "after a play started by the captain X": the one who began the move
                             r"|\b(?:play|move|attack|counter-?attack|action)[ \t]+(?:started|initiated|launched|begun|built)[ \t]+by[ \t]+"
                             r"(?:the[ \t]+)?(?:(?-i:\p{Ll})[\w-]*[ \t]+){0,2}?\Z")
# a transcript's question: "Q (Name, Outlet): ...", "Q: Name, Outlet. Coach, ..."
QUESTION_LABEL = regex.compile(r"(?:\A|\n)[ \t]*(?:Q|Question)[ \t]*(?:\(|:)[ \t]*\Z")
QUESTION_LABEL_AFTER = regex.compile(r"\A[ \t]*(?:,[^():\n]{1,60}?)?(?:\)[ \t]*[:.]|[.:](?:[ \t]|$))")
FROM_BYLINE = regex.compile(r"(?:\A|\n)[ \t]*(?:From|FROM)[ \t]+(?:our[ \t]+(?:own[ \t]+)?correspondents?[ \t]+)?\Z")
BYLINE_REACH = 600  # characters after the headline where a bare "Name in City" line is a byline
FIRST_BODY_LINE = regex.compile(r"\n[ \t\n]*(?P<line>\S)")
PLACE_BYLINE_AFTER = regex.compile(r"\A[ \t]*,[ \t]*\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]+)?[ \t]*(?:\n|\Z)")
FROM_BYLINE_AFTER = regex.compile(r"\A[ \t]+(?:in|at)[ \t]+\p{Lu}[\w'’.-]*(?:,?[ \t]+\p{Lu}[\w'’.-]*){0,3}[ \t]*(?:\n|\Z)")
SAID_BEFORE = ("said", "says", "added", "adds", "explained", "admitted", "insisted", "according to", "wrote",
               "recalled", "continued")
SAID_REACH = max(map(len, SAID_BEFORE))


@functools.cache
def _said_before() -> regex.Pattern[str]:
    alt = "|".join(regex.escape(w) for w in SAID_BEFORE)
    return regex.compile(rf"(?i)(?<![\w])(?:{alt})[ \t]+\Z")


# "the White Army went", "in Al Khor celebrated", "at Windsor Park stood": a group or a place, not a person
NOT_A_PERSON_BEFORE = regex.compile(r"(?i)\b(?:the|a|an|at|in|into|from|across|around|near|outside|inside|of|to|for|by)[ \t]+\Z")


@functools.cache
def _group_words() -> frozenset[str]:
    """Heads of a group's name ("Tartan Army", "Gorkhali Ultras", "Harimau travellers"), not a surname."""
    v = vocab()
    return frozenset(w.casefold() for w in [*v["team_heads"], *v["match"]["venue_words"], *v["group_name_heads"]])


@functools.cache
def _generic_verb() -> regex.Pattern[str]:
    """A name then a verb of its own ("X resigned", "X, in tears on TV, kept saying"): a person acting."""
    past = alternation(vocab()["past_verbs"])
    return regex.compile(r"\A(?:[ \t]*,[^,;:.!?\n\"“”]{1,80},)?(?:[ \t]+(?:had|has|was|were|then|also|later|just|quickly|finally"
                         rf"|\p{{Ll}}{{3,}}ly))?[ \t]+(?:\p{{Ll}}{{3,}}ed|{past})\b")


@functools.cache
def _other_verbs() -> regex.Pattern[str]:
    return regex.compile(r"(?i)\A[ \t]+(?:" + alternation(vocab()["person_verbs"]["other"], ignorecase=True) + r")\b")


@functools.cache
def _play_noun_after() -> regex.Pattern[str]:
    alt = alternation(vocab()["person_verbs"]["play_nouns"], ignorecase=True)
    return regex.compile(rf"(?i)\A[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{alt})\b")


@functools.cache
def _play_object() -> regex.Pattern[str]:
    """A verb whose object is a footballer's action: "X meets a cross", "X drove a low shot"."""
    alt = alternation(vocab()["person_verbs"]["play_nouns"], ignorecase=True)
    return regex.compile(rf"(?i)\A(?:[ \t]*,[^,\n]{{1,40}},)?[ \t]+(?!(?:awarded|awards|gave|gives|given|ruled|signalled|signaled|described|describes|called|calls|"
                         rf"watched|watches|saw|sees|praised|criticised|criticized|questioned|disputed|reviewed|ordered|defended|"
                         rf"is|was|has|had)\b)(?-i:\p{{Ll}})[\w-]+(?:[ \t]+(?:in|home|up))?[ \t]+(?:a|an|the|his|her|their|two|three|four|several)[ \t]+"
                         rf"(?:[\w-]+[ \t]+){{0,2}}?(?:{alt})\b")


@functools.cache
def _whose_play() -> regex.Pattern[str]:
    alt = alternation(vocab()["person_verbs"]["play_nouns"], ignorecase=True)
    return regex.compile(rf"(?i)\A,[ \t]+whose[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{alt})\b")


@functools.cache
def _play_before() -> regex.Pattern[str]:
    words = vocab()["person_verbs"]["play_before"]
    alt = alternation(words, ignorecase=True)
    # "the onrushing X", "brought down the lively X", but not "a header from the Young All Whites' captain": after a preposition "the" starts a team's name
    verbs = alternation([w for w in words if w.rsplit(" ", 1)[-1] not in {"from", "by", "of", "with", "for"}], ignorecase=True)
    return regex.compile(rf"(?i)(?<![\w])(?:(?:{alt})[ \t]+|(?:{verbs})[ \t]+the[ \t]+(?:(?-i:\p{{Ll}})[\w-]*[ \t]+)?)\Z")


# "in the 49th minute, X", a translated "in the sixty-seventh minute by X" / "through X"
MINUTE_BEFORE = regex.compile(rf"(?i)(?<![\w])in[ \t]+the[ \t]+(?:\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_WORD})[ \t]+minute"
                              r"(?:,|[ \t]+(?:by|through))?[ \t]+\Z")
GOAL_LEAD = regex.compile(r"(?:\A|\n)[^\n]{0,24}?\b(?:GOAL|Goal|SAVED?|MISSED|CHANCE|PENALTY|RED[ \t]+CARD|YELLOW[ \t]+CARD|OFF[ \t]+THE[ \t]+(?:BAR|POST))\b"
                       r"[^\n.!?]{0,30}[.!][ \t]+\Z")  # a liveblog's "SAVED! X dives to her right"
OUR_ROLE = regex.compile(r"(?i)(?<![\w])our[ \t]+(?:[\w-]+[ \t]+){0,2}\Z")  # "our captain", "our veteran left-back"
SIDE_OF = regex.compile(r"(?i)(?<![\w])(?:men|women|side|team|squad|charges|boys|girls)[ \t]+of[ \t]+\Z")
TEAM_OF = regex.compile(r"(?<![\w])[Tt]he[ \t]+team[ \t]+of[ \t]+\Z")
APPOSED = regex.compile(r",[ \t]+\Z")
_SIDES = r"(?P<side>hosts|home[ \t]+(?:side|team)|visitors|guests|away[ \t]+(?:side|team)|visiting[ \t]+(?:side|team))"
SIDE_ROLE = regex.compile(rf"(?i)(?<![\w])the[ \t]+{_SIDES}(?:['’]s?[ \t]+(?:[\w-]+[ \t]+){{0,2}}[\w-]+,?|[ \t]*,)?[ \t]*\Z")  # "the visitors' goalkeeper, X", "the goalkeeper of the hosts X"
SIDE_GOAL = regex.compile(  # "X ... put the hosts ahead", "X equalised for the visitors"
    rf"(?i)\A[^.;!?\n]{{0,120}}?\b(?:(?:put|puts|putting|gave|gives|giving|fired|fires|firing|sent|sends|sending)[ \t]+the[ \t]+{_SIDES}"
    r"[ \t]+(?:ahead|in[ \t]+front|the[ \t]+lead|level)\b"
    rf"|(?:scored|scores|scoring|equali[sz]ed|equali[sz]es|level(?:l)?ed|level(?:l)?ing|netted|nets|pulled[ \t]+one[ \t]+back)"
    rf"[ \t]+(?:[\w-]+[ \t]+){{0,3}}?for[ \t]+the[ \t]+{_SIDES}\b)")
LEAD_AFTER = regex.compile(  # "X put the South Americans ahead", "X gave the Golden Stars the lead": a side's name or nickname
    r"\A[ \t]+(?:put|puts|gave|gives|fired|fires|sent|sends)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\w'’-]*[ \t]+){1,4}"
    r"(?:ahead|in[ \t]+front|the[ \t]+lead|level)\b")
# "his Chilean counterpart, the Argentine X", "Hong Kong counterpart X": X holds the role of the person named before
COUNTERPART = regex.compile(r"(?i)(?<![\w])counterparts?(?:,[ \t]+(?:the[ \t]+(?-i:\p{Lu})[\p{Ll}\p{M}]+[ \t]+)?|[ \t]+)\Z")
COUNTERPART_REACH = 600
OPPOSITE_ROLES = frozenset({"opposite number"})  # a role noun that names the other side's holder ("counterpart": COUNTERPART)
# a player the sentence's actor gets past: "curled past goalkeeper X", "beyond the dive of goalkeeper X",
# "rose above centre-back X", "deflected in off defender X", "denied by goalkeeper X"
_GOT_PAST = r"past|beyond|across|over|above|around|round|rounded|rounding|beat|beats|beating|off|under"
_DENIED_BY = r"\b(?:denied|saved|stopped|thwarted|foiled)[ \t]+by"
OPPOSED_ROLE = regex.compile(
    rf"(?i)(?:\b(?:{_GOT_PAST})|{_DENIED_BY})[ \t]+"
    r"(?:the[ \t]+(?:[\w-]+[ \t]+){1,2}of[ \t]+)?(?:the[ \t]+|an?[ \t]+)?(?:(?:opposing|onrushing|stranded|diving|rival)[ \t]+)?\Z")
# a person got past, saved by or answered: not the sentence's actor ("under Brazil goalkeeper X", "a save from Y")
OPPOSED_NEAR = regex.compile(
    rf"(?i)(?:\b(?:{_GOT_PAST}|between)|{_DENIED_BY}|\b(?:saves?|stops?|blocks?)[ \t]+from)[ \t]+"
    r"(?:(?:[\w-]+|the|an?)[ \t]+){0,4}\Z")
# a shooter the sentence's actor (a goalkeeper) keeps out: "made two saves from X", "did well to deny X"
OPPOSED_SHOOTER = regex.compile(r"(?i)(?:\b(?:saves?|stops?|blocks?)[ \t]+from|(?<![\w])(?:to[ \t]+deny|denying))[ \t]+\Z")


@functools.cache
def _shot_past() -> regex.Pattern[str]:
    """A shot or a scoring verb, then "past": "a low drive past X", "tucked it past X", "curled past X"."""
    v = vocab()["person_verbs"]
    alt = alternation([*v["play_nouns"], *v["play"], "it", "ball"], ignorecase=True)
    return regex.compile(rf"(?i)(?<![\w-])(?:{alt})[ \t]+(?:(?:low|high|hard|coolly|calmly|just|straight|neatly|firmly)[ \t]+)?past[ \t]+\Z")


@functools.cache
def _fouled() -> regex.Pattern[str]:
    """A foul's victim or its culprit: "a lunge on X", "clipped X", "was brought down by X"."""
    cues = vocab()["foul_cues"]
    words = alternation([*cues["fouled"], *cues["fouler"]], ignorecase=True)
    return regex.compile(rf"(?i)(?<![\w'’-])(?:{words})[ \t]+\Z")


@functools.cache
def _foul_reach() -> int:
    cues = vocab()["foul_cues"]
    return max(map(len, [*cues["fouled"], *cues["fouler"]]))


# a goalkeeper named with the side's goal: "X, in the Mauritania goal, made two saves", "X, in goal for Peru,"
IN_GOAL_AFTER = regex.compile(r"\A,?[ \t]+in[ \t]+(?:(?:the[ \t]+)?(?P<team>\p{Lu}[^,.;:!?\n]{1,30}?)['’]?s?[ \t]+goal|goal[ \t]+for[ \t]+(?:the[ \t]+)?(?P<team2>\p{Lu}[^,.;:!?\n]{1,30}?))[ \t]*(?:,|[ \t](?:as|and|for|was|had|made|kept|did))")
# a goal the sentence's actor answers: "Suriname had cancelled out X's opener"
OPPOSED_GOAL = regex.compile(r"(?i)\b(?:cancel(?:l?ed|s|l?ing)|wiped|wiping|wipes)[ \t]+out[ \t]+\Z")
OPPOSED_GOAL_AFTER = regex.compile(r"(?i)\A[ \t]*(?:[\w-]+[ \t]+){0,3}?(?:opener|goal|strike|header|penalty|lead|equali[sz]er|effort)\b")
SUBSTITUTION = regex.compile(r"[ \t]+(?:off|on)(?:[,;.)]|[ \t]*\Z|[ \t]+(?:for|and)[ \t]+\p{Lu})")  # "X off, Y on": a substitution


@functools.cache
def _speech_apposed() -> regex.Pattern[str]:
    """A speech verb after a name set off by commas: "Her counterpart, X, answered"."""
    return regex.compile(rf"(?i)\A,[ \t]+(?:{alternation(vocab()['person_verbs']['speech'], ignorecase=True)})\b")


def _play_cue(text: str, c: Candidate, before: str, after: str) -> bool:
    """A footballer's action names X: "X's low cross", "from a X corner", "a through ball from X",
    "saved from X", "the onrushing X"."""
    if (c.possessive or search_end(rx(r"(?i)(?<![\w])an?[ \t]+\Z"), before, 3)) and _play_noun_after().match(after):
        return True
    return bool(search_end(_play_before(), before, _play_reach()))


@functools.cache
def _play_reach() -> int:
    return max(map(len, vocab()["person_verbs"]["play_before"])) + 6


@dataclass
class Person:
    name: str
    forms: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    team: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    side: str | None = None  # "home" or "away": "the visitors' goalkeeper, X", "X put the hosts ahead"
    opposed: int | None = None  # a mention as the opponent of the sentence's actor: "fired past goalkeeper X"


AND_Y = regex.compile(r"[ \t]+y[ \t]+")  # Spanish "and" between two full names (a particle in "Ortega y Gasset")


@dataclass(frozen=True)
class Candidate:
    begin: int
    end: int
    name: str
    possessive: bool


OUTLET_BEFORE = regex.compile(r"(?i)\b(?:writing|reporting|wrote|writes|published)[ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?\Z")  # "Writing in the Chosun Ilbo,"
ORG_NOUN_BEFORE = regex.compile(rf"(?i)(?<![\w])(?:{ORG_NOUNS})[ \t]+\Z")
ORG_AFTER_POSSESSIVE = regex.compile(r"[ \t]+((?:\p{Lu}[\w-]*[ \t]*){1,3})")


# "Australian-born", "London-based"; a count or a feat before the name: "Two-goal Meredith", "Hat-trick hero"
BORN_PREFIX = regex.compile(r"\p{Lu}[\p{L}\p{M}]+-(?:born|based|raised|bred)"
                            r"|(?:One|Two|Three|Four|Five|Double|Hat|Twice|Match|Man|Record|Goal)-\p{Ll}[\p{Ll}-]*")
# "Jae-won", "Seung-ri": a romanised Korean given name (not "London-born", "Rio-based")
HYPHENATED_GIVEN = regex.compile(r"\p{Lu}\p{Ll}{1,4}-(?!(?:born|based|bred|raised|led|made|era|like|wide)\b)\p{Ll}{1,4}")
LETTER_ENDS_SENTENCE = regex.compile(r"(?i)\b(?:group|pool|section|grupo|groupe|gruppe)[ \t]+\Z")


CAPS_WORD = regex.compile(r"[ \t]+(\p{Lu}{2,})(?![\w'’-])")


def _before_caps_word(text: str, m: regex.Match[str], not_names: set[str]) -> regex.Match[str] | None:
    """The run up to a word in capitals that its last token only began ("Ojeda S" of "Ojeda SAVES"),
    unless that word is an organisation's ("Hà Nội FC")."""
    last = max(m.group(0).rfind(" "), m.group(0).rfind("\t"))
    caps = CAPS_WORD.match(text, m.start() + last) if last > 0 else None
    if caps is None or caps.group(1) in not_names or caps.group(1) in vocab()["org_words"]:
        return None
    cut = _name_run().match(text, m.start(), m.start() + last)
    return cut if cut is not None and cut.end() == m.start() + last else None


def candidates(article: Article) -> list[Candidate]:
    """Runs of capitalised words that could be names, with junk words trimmed off."""
    if "name_candidates" in article.cache:
        return article.cache["name_candidates"]
    text = article.content
    sigs = signatures(article)
    not_names = set(vocab()["not_names"])
    orgs = set(vocab()["org_words"])
    particles = set(vocab()["name_particles"])  # a capital particle inside a name: "Seán Ó Murchú"
    table = teams()
    out = []
    for m in _name_run().finditer(text):
        if m.end() < len(text) and text[m.end()].isupper() and (cut := _before_caps_word(text, m, not_names)):
            m = cut  # "and Tomas Ojeda SAVES IT!": a live commentary's verb in capitals after the name
        if inside(m.start(), sigs) or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "_")):
            continue  # the run stops inside a word: "SporTV", "Hà Nội FC"
        if text.startswith("-", m.end()) and text[m.end() + 1 : m.end() + 2].isdigit():
            continue  # an age group: "Uruguay's Under-20s", "the U-19 side"
        raw = m.group(0)
        possessive = raw.endswith(("'s", "’s"))
        if possessive:
            raw = raw[:-2]
        tokens = list(rx(r"\S+").finditer(raw))
        if len(tokens) >= 2 and table.lookup(raw):
            continue  # "said the United Arab Emirates coach": a team, before its stop word ("United") is trimmed
        first_name_like = len(tokens) >= 2 and (bool(role_before(text[max(0, m.start() - 60) : m.start()]))
                                                or _team_first_name(tokens, m, text))
        # a demonym of several words ("Papua New Guinean journalist X", "the Costa Ricans"): no name
        if len(tokens) >= 2 and (lead := _demonym_words(tokens)):
            del tokens[:lead]
        while len(tokens) >= 2 and tokens[0].group(0) in _honorifics():
            tokens.pop(0)  # "the head coach of the Flames, Mr Lovemore Chisale": the title is no part of the name
        while len(tokens) >= 2 and BORN_PREFIX.fullmatch(tokens[0].group(0)):
            tokens.pop(0)  # "coached by Australian-born Rachel Dunstan": where she is from, not her name
        while first_name_like and len(tokens) >= 3 and tokens[0].group(0) in nationality_nouns():
            tokens.pop(0)  # "the central defender Panamanian Kenneth Góndola": a translated demonym after the role noun
        # a role of several words written as a title before the name: "Head Coach X", "Assistant Referee X"
        if len(tokens) >= 3 and (lead := _title_role_words(tokens)):
            del tokens[:lead]
        # trim leading junk: sentence-initial words, team forms (unless a role noun says it is a first name)
        while tokens and not first_name_like and (tokens[0].group(0) in not_names or table.lookup(tokens[0].group(0))
                          or tokens[0].group(0) in nationality_nouns() or tokens[0].group(0).casefold() in _role_words()
                          or _plural_role(tokens[0].group(0))):
            if len(tokens) == 2 and len(tokens[0].group(0)) <= 2 and HYPHENATED_GIVEN.fullmatch(tokens[1].group(0)):
                break  # "Oh Jae-won", "So Yun-ah": a Korean surname that is also a stop word, before a given name
            tokens.pop(0)
        if len(tokens) >= 3 and (lead := _title_role_words(tokens)):
            del tokens[:lead]  # "Even Culture Secretary X": the title after a sentence's first word
        if len(tokens) > 2 and rx(r"\p{Lu}\.").fullmatch(tokens[0].group(0)) and LETTER_ENDS_SENTENCE.search(
                text, max(0, m.start() + tokens[0].start() - 12), m.start() + tokens[0].start()):
            tokens.pop(0)  # "on course in Group B. Yerlan Zhaksybekov pulled one back": the group's letter ends a sentence
        trimmed_org = False
        while tokens and tokens[-1].group(0) in not_names:
            if len(tokens) >= 3 and tokens[-1].group(0) in _name_final_words() and not any(t.group(0) in not_names for t in tokens[:-1]):
                break  # "Reporting by Tran Hoai An in Hanoi": a Vietnamese given name, not the article
            if first_name_like and len(tokens) == 2 and tokens[-1].group(0) not in orgs and tokens[0].group(0) not in not_names \
                    and m.start() + tokens[-1].end() == m.end():
                break  # "Ecuador coach Miguel Bravo told ...": after a role noun, a surname that is also an exclamation
            trimmed_org = trimmed_org or tokens[-1].group(0) in orgs
            tokens.pop()
        if not tokens or trimmed_org:
            continue  # "Gold Cup", "Zayed Sports City Stadium": a competition or a place, not "Gold", "Zayed"
        org_after = ORG_AFTER_POSSESSIVE.match(text, m.end()) if possessive else None
        if org_after and any(w in orgs for w in org_after.group(1).split()) and not table.lookup(org_after.group(1).strip()):
            continue  # "Japan's Women's World Cup": "Women" names a competition (not "X's Super Eagles": a team's nickname)
        b = m.start() + tokens[0].start()
        e = m.start() + tokens[-1].end()
        if not possessive and e == m.end() and _club_before_role().match(text, e) and ATTRIBUTIVE_LEAD.search(text, max(0, b - 40), b):
            continue  # "the 26-year-old Persib Bandung midfielder said": the player's club, no one's name
        if _venue_after().match(text, e, min(len(text), e + 30)):
            continue  # "the Prince Moulay Abdellah Stadium", "Estadio Nacional": a place named after someone
        if b > 0 and _okina_before(text, b, e):
            b -= 1  # "ʻAna Fifita", "(15 'Isileli Pulu 75')": a Polynesian name's glottal stop is part of it
        name = text[b:e]
        words = name.split()
        if any(w in orgs or w.rstrip(".") in orgs for w in words):
            continue
        if len(words) >= 2 and name in cities()[0]:
            continue  # "in Kuala Lumpur", "Bandar Seri Begawan": a city, however person-like its words
        checked = words[1:] if first_name_like else words
        if len(words) == 2 and first_name_like and not table.lookup(words[0]) and role_before(text[max(0, b - 60) : b]):
            checked = []  # "Guatemala coach Aníbal Montenegro": after a role noun and a given name, a country may be a surname
        if table.lookup(name) or any(table.lookup(w) for w in checked) or any(w in table.demonyms for w in checked):
            continue
        if any(not rx(r"\p{Ll}").search(w) and not rx(r"\p{Lu}\.").fullmatch(w) and w.casefold() not in particles for w in words[:-1]) \
                or not rx(r"\p{Ll}").search(words[-1]) and not rx(r"\p{Lu}\.").fullmatch(words[-1]):
            continue
        if all(w in not_names for w in words):
            continue
        if (joined := AND_Y.search(name)) is not None and len(name[: joined.start()].split()) >= 2 \
                and len(name[joined.end() :].split()) >= 2:  # "Daniela Arboleda y Ana María Quintero": two names
            out.append(Candidate(b, b + joined.start(), name[: joined.start()], False))
            out.append(Candidate(b + joined.end(), e, name[joined.end() :], possessive and e == m.start() + len(raw)))
            continue
        out.append(Candidate(b, e, name, possessive and e == m.start() + len(raw)))
    if CAPS_HINT.search(text):
        out = sorted([*out, *_caps_names(text, sigs, not_names | orgs)], key=lambda c: c.begin)
    out = _join_nicknames(text, out)
    nicknames = [(m.begin, m.end) for m in accepted(article) if m.via == "nickname" and " " in m.form]
    if nicknames:  # "put the Lions of Mesopotamia ahead": a team's nickname, no one's name
        out = [c for c in out if not any(b <= c.begin and c.end <= e for b, e in nicknames)]
    article.cache["name_candidates"] = out
    return out


# a closing single quote after a word on the same line ("'Leota was superb,' said ..."): the mark before a name
# opened a quotation, it is no glottal stop
CLOSING_QUOTE = regex.compile(r"[^\n]{0,120}?[\p{L}.,!?][’'](?![\p{L}])")


def _okina_before(text: str, b: int, e: int) -> bool:
    """The name at b opens with a Polynesian glottal stop before a vowel: "ʻ" (a letter), or "'" or
    "‘" at a word's start that no closing quote on the line matches."""
    mark = text[b - 1]
    if mark not in "ʻ'‘" or text[b] not in "AEIOUĀĒĪŌŪ":
        return False
    if mark == "ʻ":
        return True
    return (b == 1 or text[b - 2] in " \t\n(") and not CLOSING_QUOTE.match(text, e)


_CAPS_WORD = r"(?:Mac|Mc|O['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*"
# a name in capitals as a tabloid opens its story ("JOHN SMITH fired ...") or signs it ("By JOHN SMITH")
CAPS_NAME = regex.compile(rf"(?m)^[ \t]*(?P<by>(?:By|BY)[ \t]+)?(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,2}})"
                          r"(?(by)(?=[ \t]*(?:,|\n|\Z))|(?=[ \t]+\p{Ll}))")
CAPS_HINT = regex.compile(r"(?m)^[ \t]*(?:By[ \t]+|BY[ \t]+)?\p{Lu}{2}")


def _caps_names(text: str, sigs: list[tuple[int, int]], stop: set[str]) -> list[Candidate]:
    """Names written in capitals at a paragraph's start before a lower-case word, or after a line's
    "By", each word as the text writes it elsewhere ("McIlwaine") or capitalised ("Smith")."""
    out = []
    for m in CAPS_NAME.finditer(text):
        if inside(m.start(), sigs):
            continue
        words = [_caps_word(text, w) for w in m.group("name").split()]
        name = " ".join(words)
        if any(w in stop or teams().lookup(w) or w in nationality_nouns() or w.casefold() in _role_words() for w in words) \
                or teams().lookup(name):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, False))
    return out


def _caps_word(text: str, word: str) -> str:
    """A word in capitals as the text writes it in lower case elsewhere, else capitalised
    ("O'BRIEN" -> "O'Brien", "McKAY" -> "McKay")."""
    for f in regex.finditer(rf"(?i)(?<![\w'’-]){regex.escape(word)}(?![\w'’-])", text):
        if f.group(0) != word and f.group(0)[0].isupper() and sum(ch.islower() for ch in f.group(0)) > 1:
            return f.group(0)
    return regex.sub(r"(?<=\A(?:Mac|Mc|O['’])?|[-'’])(\p{Lu})(\p{Lu}+)", lambda x: x.group(1) + x.group(2).lower(), word)


NICKNAME_GAP = regex.compile(r"[ \t]+[\"“‘'](?:(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}[\w'’.-]*(?:[ \t]+[\w'’.-]+){0,2})[\"”’'][ \t]+")


def _join_nicknames(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A nickname in quotation marks inside a name ('Jorge "El Toro" Mejía', 'Álvaro "el Pájaro" Sosa'): one candidate, the
    given name and the surname, over the whole run."""
    if '"' not in text and "“" not in text and "‘" not in text and "'" not in text:
        return cands
    out: list[Candidate] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        joined = None
        if not c.possessive and len(c.name.split()) <= 2:
            for j in range(k + 1, min(k + 3, len(cands))):
                d = cands[j]
                if d.begin - c.end > 40:
                    break
                if len(d.name.split()) <= 2 and NICKNAME_GAP.fullmatch(text, c.end, d.begin):
                    joined = j
                    break
        if joined is None:
            out.append(c)
            k += 1
            continue
        d = cands[joined]
        out.append(Candidate(c.begin, d.end, f"{c.name} {d.name}", d.possessive))
        k = joined + 1
    return out


@functools.cache
def _long_demonyms() -> frozenset[str]:
    return frozenset(d for d in nationality_nouns() if " " in d)


def _demonym_words(tokens: list[regex.Match[str]]) -> int:
    """How many leading words of a run make a demonym of several words ("Papua New Guinean",
    "Costa Ricans", "South African"), or 0."""
    long = _long_demonyms()
    for k in range(min(4, len(tokens)), 1, -1):
        words = " ".join(t.group(0) for t in tokens[:k])
        if words in long or (words.endswith("s") and words[:-1] in long):
            return k
    return 0


def _title_role_words(tokens: list[regex.Match[str]]) -> int:
    """How many leading words of a run make a role noun of several words written in capitals
    ("Head Coach", "Press Officer") with a name after it, or 0."""
    roles = _role_words()
    for k in range(min(3, len(tokens) - 1), 1, -1):
        if " ".join(t.group(0) for t in tokens[:k]).casefold() in roles:
            return k
    if len(tokens) >= 4 and tokens[1].group(0).casefold() in roles and tokens[0].group(0).casefold() not in roles:
        return 2  # "Youth Minister Rami al-Adwan", "Culture Secretary X": a portfolio before the role noun
    return 0


def _outlet(name: str) -> bool:
    """A name written where a reporter's outlet goes that is no team's nor a nationality ("of El
    Universo", "the Gleaner's"; not "of Peru", "Mexico's")."""
    return not teams().lookup(name) and name not in nationality_nouns()


def _plural_role(word: str) -> bool:
    """"Substitutes", "Defenders": a role noun in the plural, heading a list of names."""
    return word.endswith("s") and word[:-1].casefold() in _role_words()


# an article (and a few lower-case words: "the 26-year-old", "a former") before a name and a role noun
ATTRIBUTIVE_LEAD = regex.compile(r"(?<![\w])(?:[Tt]he|[Aa]n?)[ \t]+(?:(?:\d{1,2}-year-old|\p{Ll}[\w-]*)[ \t]+){0,2}\Z")


def _team_first_name(tokens: list[regex.Match[str]], m: regex.Match[str], text: str) -> bool:
    """"Georgia Tane added two more", "Jordan Silva scored": a given name that is also a country's
    (``vocab.json``), before a surname (no team, demonym or stop word) and a speech or play verb."""
    if len(tokens) != 2 or m.group(0).endswith(("'s", "’s")):
        return False
    return tokens[0].group(0) in vocab()["given_name_countries"] and starts_name(text, m.start() + tokens[0].end())


SURNAME_AFTER = regex.compile(rf"[ \t]+({TOKEN})")


def starts_name(text: str, end: int) -> bool:
    """The country name ending at ``end`` is a given name: a surname follows (no team, demonym or
    stop word), then a speech or play verb ("Georgia Tane added", not "Qatar Airways said") or a rating
    on a ratings list's line ("Georgia Tane – 6")."""
    m = SURNAME_AFTER.match(text, end)
    if m is None:
        return False
    last = m.group(1)
    return (not teams().lookup(last) and last not in vocab()["not_names"] and last not in nationality_nouns()
            and (bool(_verbs_after().match(text[m.end() : m.end() + 80]))
                 or (bool(RATING_TAIL.match(text, m.end())) and RATING_LINE.match(text, text.rfind("\n", 0, m.start()) + 1) is not None)))


@functools.cache
def _venue_after() -> regex.Pattern[str]:
    words = alternation(vocab()["match"]["venue_words"])
    return regex.compile(rf"(?:[ \t]+[IVX]{{1,4}})?[ \t]+(?:{words})(?![\w])")  # "the King Fahd II Stadium"


NATIONALITY_BEFORE = regex.compile(r"(?<![\w'’-])(?:the|The)[ \t]+(\p{Lu}[\p{L}-]+)[ \t]+\Z")
NATIONALITY_OWNER = regex.compile(r"(?<![\w])(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Yy]our|[Mm]y)[ \t]+\Z")


def _owned_nationality(m: Mention, text: str) -> bool:
    """A demonym after a possessive pronoun ("their French coach", "his Brazilian captain"): the
    person's nationality, not the team of the pronoun's owner."""
    return text[m.begin : m.end] in nationality_nouns() and bool(NATIONALITY_OWNER.search(text, max(0, m.begin - 8), m.begin))


def _team_just_before(team_mentions: list[Mention], pos: int, text: str, gap: int = 30) -> str | None:
    """An accepted team mention ending shortly before ``pos`` in the same noun phrase."""
    for m in reversed(team_mentions):
        if m.end <= pos and pos - m.end <= gap:
            between = text[m.end : pos]
            if rx(r"[.!?;:\"“”()]|\n|,[ \t]*\Z|\d[ \t]*[-–:][ \t]*\d").search(between) \
                    or rx(r"(?i)\b(?:and|against|v|vs|versus|for|from|to|with|by)\b").search(between):
                # not "... beat Japan 2-0 in the quarter-final, captain X leading the line"
                return None
            if _owned_nationality(m, text):
                return None  # "Their French coach, X": the coach's nationality, not the team he coaches
            return m.team
        if m.end <= pos - gap:
            return None
    return None


def _of_team(team_mentions: list[Mention], pos: int, text: str) -> str | None:
    """The team named right after a name as "of <Team>" or "(<Team>)" ("Harry Kane of England")."""
    for m in team_mentions:
        if m.begin < pos:
            continue
        if m.begin - pos > 10:
            return None
        if rx(r"[ \t]+of[ \t]+(?:the[ \t]+)?").fullmatch(text[pos : m.begin]) or (
                rx(r"[ \t]*\([ \t]*").fullmatch(text[pos : m.begin]) and text.startswith(")", m.end)):
            return m.team
        return None
    return None


def persons(article: Article) -> dict[str, Person]:
    """People in the article keyed by full name (cached). Only cue-backed names are kept."""
    if "persons" in article.cache:
        return article.cache["persons"]
    text = article.content
    team_mentions = accepted(article)
    team_at = {m.begin: m for m in team_mentions}
    found: dict[str, Person] = {}
    cands = candidates(article)
    role_words = _role_words()
    scored = {(x.begin, x.end): x for x in listed(article)}
    ratings = {(x.begin, x.end): x for x in rated(article)}
    lined = lineups(article)
    full_of = full_names(cands)
    particle_full = particle_surnames(cands)
    scorer_at: int | None = None  # the last name with a verb after it ("X scored")
    last_role: tuple[int, str, str | None] | None = None  # the last name a role noun named, its role and team
    cued = -2  # the index of the last name a footballer's action named ("sending on X")
    plural: tuple[int, str, str | None] | None = None  # the last name a plural role noun named ("defenders X and Y"): index, role, team
    bylined = -2  # the index of the last name a byline named ("By X and Y")
    # "the newspaper Página Siete", "the German account Frauenfußball Aktuell": an organisation,
    # in every mention of the document
    org_names = {c.name for c in cands if search_end(ORG_NOUN_BEFORE, text[max(0, c.begin - 40) : c.begin], 30)
                 or search_end(OUTLET_BEFORE, text[max(0, c.begin - 40) : c.begin], 30)}
    opening = FIRST_BODY_LINE.search(text, article.body_start)  # the first line after the headline's
    first_line = opening.start("line") if opening else -1
    for i, c in enumerate(cands):
        if c.name in org_names:
            continue
        before = text[max(0, c.begin - 80) : c.begin]
        after = text[c.end : c.end + 160]  # room for a long clause before the verb
        if c.possessive:
            after = after[2:]
        roles: list[str] = []
        team = None
        got_past = None
        rb = role_before(before)
        if not rb and not c.possessive:  # "England defenders X and Y", "Iceland's joint managers, X and Y,"
            if (pl := search_end(_plural_role_before(), before, _role_reach() + 8)) is not None \
                    and role_words[pl.group(1).casefold()] != "fan":  # not "Aussie fans, Al Ain": a place
                team = _team_just_before(team_mentions, c.begin - len(pl.group(0)), text, gap=30)
                plural = (i, role_words[pl.group(1).casefold()], team)
            elif plural is not None and plural[0] == i - 1 and NAME_JOIN.fullmatch(text, cands[i - 1].end, c.begin):
                plural = (i, plural[1], plural[2])
            else:
                plural = None
            if plural is not None and plural[0] == i:
                roles.append(plural[1])
                team = plural[2]
        counterpart = COUNTERPART.search(before, max(0, len(before) - 40)) if not rb else None
        if counterpart and last_role is not None and c.begin - last_role[0] <= COUNTERPART_REACH:
            # "Peru coach X said ... His Chilean counterpart, Y, ...": Y holds X's role for the team named before the noun
            roles.append(last_role[1])
            pos = c.begin - len(before) + counterpart.start()
            team = next((m.team for m in reversed(team_mentions) if m.end <= pos and rx(r"[ \t]+").fullmatch(text, m.end, pos)), None)
            if team is None and last_role[2] is not None:  # "His counterpart, Y": the other side's
                team = _other_side(article, last_role[2])
        if rb:
            roles.append(role_words[rb.group(1).casefold()])
            got_past = roles[-1] == "player" and search_end(OPPOSED_ROLE, before[: len(before) - len(rb.group(0))], 60)
            # "past Brazil goalkeeper X", not the actor's "Lars Dahl, the Norway striker, rose above centre-back X"
            team = _team_just_before(team_mentions, c.begin - len(rb.group(0)), text, gap=2 if got_past else 30)
            if team is None and ("," in rb.group(0) or " of " in rb.group(0)):  # "Bahrain's Croatian coach, X": the first team named
                team = next((m.team for m in team_mentions if c.begin - len(rb.group(0)) <= m.begin and m.end <= c.begin
                             and not _owned_nationality(m, text)), None)
        if rb and team is None and rb.group(1).casefold() in OPPOSITE_ROLES and last_role is not None \
                and last_role[2] is not None and c.begin - last_role[0] <= COUNTERPART_REACH:
            team = _other_side(article, last_role[2])  # "Peru coach X ... His opposite number, Y": the other side's coach
        if rb:
            last_role = (c.begin, roles[-1], team)
        if rb and team is None and roles[0] in TEAM_ROLES and (
                rb.group(0).casefold().startswith("our ") or OUR_ROLE.search(before[: len(before) - len(rb.group(0))][-40:])):
            team = own_side(article)  # "Our captain, X": the outlet's own team
        if not rb and team is None and not c.possessive and (nat := NATIONALITY_BEFORE.search(before)) is not None \
                and (t := teams().demonym(nat.group(1))) is not None and any(m.team == t for m in team_mentions):
            team = t  # "before that the Nigerien X equalises": a player named by nationality alone plays for it
        opposed = None
        if rb and team is None and got_past:
            opposed = c.begin  # "past goalkeeper X": X plays for the other side
        elif not rb and not c.possessive and search_end(OPPOSED_SHOOTER, before, 16):
            opposed = c.begin  # "X made two saves from Y": Y plays for the other side
        elif not rb and not c.possessive and len(c.name.split()) >= 2 and search_end(_shot_past(), before, 40):
            opposed = c.begin  # "X steered a header past Y", "X slotted it past Y": Y keeps the other side's goal
            roles.append("player")
        elif not rb and not c.possessive and len(c.name.split()) >= 2 and search_end(PROVIDER_BEFORE, before, 60):
            roles.append("player")  # "on a corner of Simon Adingra", "from a long pass of the midfielder X": who set it up
        elif not rb and not c.possessive and len(c.name.split()) >= 2 and sent_the_wrong_way(text, c.begin, c.end):
            opposed = c.begin  # "X sent Y the wrong way from the spot": Y keeps the other side's goal
            roles.append("player")
        elif not rb and not c.possessive and search_end(_fouled(), before, _foul_reach()):
            opposed = c.begin  # "X's lunge on Y", "Y was tripped by X": a player of the other side
            roles.append("player")
        elif c.possessive and not rb and search_end(OPPOSED_GOAL, before, 24) and OPPOSED_GOAL_AFTER.match(after):
            opposed = c.begin  # "B cancelled out X's opener"
            roles.append("player")
        side = None
        if rb and team is None and roles[0] in TEAM_ROLES:
            side = SIDE_ROLE.search(before[-80:])  # the role noun is the last word
        if side is None and team is None and not c.possessive:  # the next name starts another subject
            nxt_begin = cands[i + 1].begin if i + 1 < len(cands) else len(text)
            side = SIDE_GOAL.match(text[c.end : min(nxt_begin, c.end + 200)])
            if side is not None:
                roles.append("player")
        ra = _role_after().match(after)
        if ra:
            roles.append(role_words[ra.group(1).casefold()])
            inner = ra.group(0)
            for m in team_mentions:
                if c.end <= m.begin < c.end + len(inner):
                    team = team or m.team
        if not ra and (paren := _role_paren().match(after)):
            roles.append(role_words[paren.group("role").casefold()])  # "X (Tonga coach)"
            if roles[-1] in TEAM_ROLES:
                team = team or next((m.team for m in team_mentions if c.end < m.begin and m.end <= c.end + len(paren.group(0))), None)
        if not roles and (in_goal := IN_GOAL_AFTER.match(after)):
            roles.append("player")  # "X, in the Mauritania goal,": that side's goalkeeper
            team = team or teams().lookup(in_goal.group("team") or in_goal.group("team2"))
        coached = COACH_CLAUSE.match(after)
        if coached:  # before a role noun of the past: "the former captain who has coached the team since 2016"
            roles.insert(0, "coach")
            team = _clause_team(team_mentions, c.end + (2 if c.possessive else 0) + coached.end(), text) or team
        if len(c.name.split()) >= 2 and (ASKED_BY.search(before[-24:]) and (outlet := OUTLET_AFTER.match(after))
                                         and _outlet(outlet.group(1))  # "Asked by X of El Universo whether ..."
                                         or (outlet := search_end(ASKED_BY_OUTLET, before, 70)) and _outlet(outlet.group("outlet"))):
            roles.append("journalist")  # a reporter at a press conference (also "Asked by the Gleaner's X")
        captains = PLAYER_CLAUSE.match(after)
        if captains:
            roles.insert(0, "player")
            team = _clause_team(team_mentions, c.end + (2 if c.possessive else 0) + captains.end(), text) or team
        if WRITING_AFTER.match(after):
            roles.append("journalist")
        wrote = JOURNALIST_CLAUSE.match(after)
        if wrote and _outlet(wrote.group("outlet")):
            roles.append("journalist")
        rating = ratings.get((c.begin, c.end))
        if rating is not None:  # "Kacper Wilczek – 8" under "POLAND (4-2-3-1)"
            roles.append(rating.role)
            team = team or rating.team
        if (c.begin, c.end) in lined:  # a line-up's "Jung Hyun-woo;": a player of that side
            roles.append("player")
            team = lined[(c.begin, c.end)] or team
        box = scored.get((c.begin, c.end))
        if box is not None:  # "Scorers: Austria: Gruber 12, 51", "GOAL! ... (Marek Hudák, 81')"
            roles.append("player")
            if not box.own_goal:
                team = team or box.team
            elif box.team:  # "Popescu 88' og" under the side it counts for: he plays for the other one
                team = team or _other_side(article, box.team)
        verb = _verbs_after().match(after)
        # "X and Y scored": the verb after Y also holds for X
        if not verb and i + 1 < len(cands):
            nxt = cands[i + 1]
            if rx(r"\s+and\s+").fullmatch(text[c.end : nxt.begin]):
                verb = _verbs_after().match(text[nxt.end : nxt.end + 80])
        if verb and verb is not True:
            if search_end(SIDE_OF, before, 24):
                roles.append("coach")  # "the men of X finally broke the deadlock": X's side played, X coaches it
            else:
                said = verb.group(1).casefold()
                if said in _person_verbs("coach_of_name") and (obj := NAME_OBJECT.match(after, verb.end())) \
                        and not teams().lookup(obj.group(1)):
                    roles.append("coach")  # "X started Y", "X took off Y": X picks the side
                else:
                    roles.append("player" if said in _person_verbs("play") else "coach" if said in _person_verbs("coach") else "other")
        if not verb:
            nxt_names = [(x.begin, x.end) for x in cands[i + 1 : i + 4]]
            sent = sentence_at(article, c.begin)
            limit = sent.end if sent else min(len(text), c.end + 200)
            if goal_cue(text, c.begin, c.end, c.possessive, limit, nxt_names):
                roles.append("player")
                verb = True
            elif scorer_at is not None and not c.possessive and sent is not None and sent.begin <= scorer_at \
                    and gapped_minute(text, c.begin, c.end, sent.begin, sent.end):
                roles.append("player")  # "X scored in the ninth minute and Y in the 68th"
            elif len(c.name.split()) >= 2 and _other_verbs().match(after):
                roles.append("other")
            elif len(c.name.split()) >= 2 and _generic_verb().match(after) and not search_end(NOT_A_PERSON_BEFORE, before, 24) \
                    and c.name.rsplit(" ", 1)[-1].casefold() not in _group_words():
                roles.append("other")  # "Roy Hodgson resigned", "Aron Gunnarsson launched a long throw": a person acting
        if verb:
            scorer_at = c.begin
        if len(c.name.split()) >= 2 and BYLINE_AFTER.match(after) and (
                search_end(BYLINE, before, 24) or (bylined == i - 1 and BYLINE_JOIN.fullmatch(text, cands[i - 1].end, c.begin))):
            # "By Lena Hoffmann" on a line of its own, "By X and Lena Hoffmann": before a title's role ("By X, Chief Writer")
            roles.insert(0, "journalist")
            bylined = i
        elif len(c.name.split()) >= 2 and search_end(QUESTION_LABEL, before, 16) and QUESTION_LABEL_AFTER.match(after):
            roles.insert(0, "journalist")  # a transcript's question: "Q (Agnes Nyirenda, Malawi Sports Live): Coach, ..."
        elif len(c.name.split()) >= 2 and search_end(FROM_BYLINE, before, 40) and FROM_BYLINE_AFTER.match(after):
            roles.append("journalist")  # a British byline: "From Lena Hoffmann in Oslo" on a line of its own
            bylined = i
        elif not roles and len(c.name.split()) >= 2 and text[c.begin - 1 : c.begin] == "\n" \
                and c.begin - article.body_start <= BYLINE_REACH and FROM_BYLINE_AFTER.match(after):
            roles.append("journalist")  # a byline with no "By" near the top: "Jonathan Ashworth in Abidjan" on a line of its own
            bylined = i
        elif not roles and len(c.name.split()) >= 2 and c.begin == first_line and PLACE_BYLINE_AFTER.match(after):
            roles.append("journalist")  # a dateline byline opening the body: "Lena Hoffmann, Bergen" on a line of its own
            bylined = i
        said_before = bool(search_end(_said_before(), before, SAID_REACH))
        if said_before:
            roles.append("other")
        if c.possessive and not roles and _coached().match(after):  # "X's side", "X's men": X coaches them
            roles.append("coach")
            team = team or _coached_team(article, c)
        elif c.possessive and not roles and len(c.name.split()) >= 2 and (gap := len(after) - len(after.lstrip(" \t"))) \
                and (led := team_at.get(c.end + 2 + gap)) is not None:
            roles.append("coach")  # "Lionel Scaloni's Argentina", "José Peseiro's Super Eagles": the side he leads
            team = team or led.team
        poss = search_end(rx(r"(?:['’]s|(?<=s)['’])[ \t]+\Z"), before, 2)
        if poss and team is None and c.begin - len(poss.group(0)) > 0:
            # "Iran's X", "Honduras' X": X belongs to that team, and without a role noun is one of its players
            t = _team_just_before(team_mentions, c.begin - len(poss.group(0)) + 2, text, gap=2)
            if t:
                team = t
                if not rb:
                    roles.append("player")
        if not roles and len(c.name.split()) >= 2:
            if search_end(MINUTE_BEFORE, before, 60):
                roles.append("player")  # "in the 49th minute X used a moment of inattention"
            elif search_end(GOAL_LEAD, before, 64):
                roles.append("player")  # a liveblog's "GOAL, MEXICO. X!", "GOAL! X, from 20 yards"
            elif search_end(TEAM_OF, before, 16):
                roles.append("coach")  # "The team of X fell 2-1": a translated "el equipo de X"
            elif search_end(APPOSED, before, 2) and _speech_apposed().match(after):
                roles.append("other")  # "Her counterpart, X, answered two questions"
        if not roles and len(c.name.split()) >= 2 and (_whose_play().match(after) or _play_object().match(after)
                                                      or SUBSTITUTION.match(after) or LEAD_AFTER.match(after)):
            roles.append("player")  # "fell to X, whose header was tipped over", "X meets a cross", "X off, Y on"
        if (not roles or len(c.name.split()) < 2) and _play_cue(text, c, before, after):
            if not roles and len(c.name.split()) >= 2:
                roles.append("player")
            cued = i  # a known name's cue holds for the next one too ("goals of Ibarra and Unai Cordero")
        elif not roles and cued == i - 1 and len(c.name.split()) >= 2 and rx(r"[ \t]*,?[ \t]+and[ \t]+|[ \t]*,[ \t]*").fullmatch(
                text, cands[i - 1].end, c.begin):
            roles.append("player")  # "sending on X and Y": the cue before X holds for Y
            cued = i
        if team is None and not c.possessive and not (rb and roles[0] not in TEAM_ROLES):
            of_team = _of_team(team_mentions, c.end, text)  # "Referee: X (France)" is X's nationality
            if of_team and DATELINE_AFTER.match(text, c.end) and text[text.rfind("\n", 0, c.begin) + 1 : c.begin].strip() == "":
                continue  # a wire dateline's place: "El Alto (Bolivia), Nov 14 (EFE).-"
            if of_team:  # "X of England", "X (England)"
                team = of_team
                if not roles:
                    roles.append("player")
        if all(r == "other" for r in roles) and not rb and (fan_clause := FAN_CLAUSE.match(after)):
            roles.append("fan")  # the leader of a supporters' group, of the team the clause names
            team = team or next((m.team for m in team_mentions if c.end < m.begin < c.end + (2 if c.possessive else 0) + fan_clause.end()), None)
        if all(r == "other" for r in roles) and not rb and (trip := FAN_TRIP.match(after)):
            roles.append("fan")  # "X, who travelled from Lagos to support Nigeria,": the team the clause ends on
            team = team or _clause_team(team_mentions, c.end + (2 if c.possessive else 0) + trip.end(), text)
        vox = FAN_APPOSITION.match(after) if len(c.name.split()) >= 2 else None
        if all(r == "other" for r in roles) and not rb and vox:
            roles.append("fan")  # a vox pop named with an age and a trade, not a role in the game
        if vox and team is None and roles and best_role(roles) == "fan" and (home := FROM_PLACE.search(vox.group(0))):
            team = cities()[0].get(home.group(1)) or teams().lookup(home.group(1))  # "X, a retired teacher from Trondheim": Norway's
        if not roles:
            continue
        words = c.name.split()
        name = c.name
        apposed = len(words) < 2 and ((ra and SINGLE_APPOSED.match(after) and APPOSITION_CLOSED.match(after, ra.end()))
                                      or coached or captains)
        if apposed:
            name = full_of.get(c.name, c.name)  # "Kasimov, the Uzbekistan coach, told reporters": "Timur Kasimov" if written
        elif len(words) < 2 and not rb and not (poss and team) and box is None:
            # a single capitalised word needs a role noun ("striker Neymar"), "Brazil's Neymar", a role
            # noun in apposition ("Kaká, the Brazil captain, said"), or the full name written elsewhere
            # ("the rise of Tran Minh Khoa" ... "Khoa scored")
            name = full_of.get(c.name, "")
            if not name:
                continue
        elif len(words) < 2 and box is not None:  # a goal line's "Blackwood" is the "Shamar Blackwood" written before
            name = full_of.get(c.name, c.name)
        elif len(words) == 2 and c.name in particle_full:
            name = particle_full[c.name]  # "Da Cruz said": the "Kevin Da Cruz" written before, if only one
        p = found.setdefault(name, Person(name))
        p.forms.add(c.name)
        p.roles.extend(roles)
        p.team = p.team or team
        if opposed is not None and p.opposed is None:
            p.opposed = opposed
        if side is not None and p.side is None:
            p.side = "home" if side.group("side").casefold().startswith(("host", "home")) else "away"
        p.spans.append((c.begin, c.end))
    for c in _byline_names(article, cands):  # "(Reporting by X in Dakar; Editing by Y)"
        p = found.setdefault(c.name, Person(c.name))
        p.forms.add(c.name)
        p.roles.insert(0, "journalist")
        p.spans.append((c.begin, c.end))
    for g in EDITOR_GLOSS.finditer(text) if "[" in text else ():  # "Tomás [Ibacache] took the corner": an editor completes a name
        gloss = g.group("gloss")
        if teams().lookup(gloss) or any(w in _not_names() for w in (*gloss.split(), g.group("given"))) \
                or g.group("given") in GLOSS_PRONOUNS:
            continue
        name = gloss if " " in gloss else f"{g.group('given')} {gloss}"
        p = found.setdefault(name, Person(name))
        p.forms.update({name, g.group("given")})
        p.roles.append("other")
        p.spans.append((g.start("given"), g.end()))
    for credit_name in _credit_names(article):
        p = found.setdefault(credit_name[0], Person(credit_name[0]))
        p.forms.add(credit_name[0])
        p.roles.insert(0, "photographer")
        p.spans.append(credit_name[1])
    for pron in pronoun_subjects(article):  # "X switched allegiance last year. He ... rose to power home"
        sent = sentence_at(article, pron.begin)
        if sent is not None and goal_cue(text, pron.begin, pron.end, False, sent.end):
            p = found.setdefault(pron.name, Person(pron.name, {pron.name}))
            p.roles.append("player")
    merged = _merge(found)
    # later mentions of a known surname (no cue needed once the person is known)
    for c in cands:
        target = resolve(merged, c.name)
        if target and (c.begin, c.end) not in target.spans:
            target.spans.append((c.begin, c.end))
            target.forms.add(c.name)
    for (b, e), side_team in lined.items():  # a line-up's side and role outweigh guesses from the body's sentences
        target = resolve(merged, text[b:e]) if side_team else None
        if target is not None and (b, e) in target.spans:
            target.team = side_team
            target.roles.insert(0, "player")
    article.cache["persons"] = merged
    return merged


WIRE_CUES = (  # what comes before a wire byline's names, as alternatives of WIRE_BYLINE
    r"\b(?:(?:additional[ \t]+)?reporting|writing|editing|written|reported|compiled|produced|interviews?|"
    r"interviewed|text|story|coverage|analysis|translation|(?:original[ \t]+)?article|live[ \t]?blog|blog|commentary|translated(?:[ \t]+from[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+by",  # "Live coverage by X"
    r"\bas[ \t]+told[ \t]+to",  # "As told to X"
    r"(?<=\b(?:interview|conversation|translation)[ \t]*,?[ \t]+)conducted[ \t]+by",  # "The interview, conducted by X, ..."
    r"(?:\A|(?<=\n))[ \t]*(?:words|reporting|text)[ \t]*:",  # "Words: X. Pictures: Y" starting a line
    r"(?:\A|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?-i:Text|Words|Translation|Interview|Reporting)[ \t]*:",  # "... in Lisbon. Text: X. Translation: Y" after a sentence
)
WIRE_BYLINE = regex.compile(
    r"(?i)(?:" + "|".join(WIRE_CUES) + r")[ \t]+"
    # to a sentence's end or a dash, past a reporter's place in brackets: "Reporting by X (Dakar) and Y (Abidjan)"
    r"(?P<names>(?:\([^()\n]{1,40}\)|(?!(?<![\s.]\p{Lu})[.!?][ \t]|[ \t][—–][ \t])[^;()\n]){2,160})")
# Each cue alone, to skip WIRE_BYLINE where none is: the one alternation costs about three times
# its parts searched one by one (no literal prefix to scan for), and most articles have no byline.
WIRE_CUE_PATTERNS = tuple(regex.compile(r"(?i)" + cue) for cue in WIRE_CUES)
WRITING_IN = regex.compile(r"\bWriting[ \t]+(?:in|for)[ \t]+[^,.;\n]{2,40},[ \t]*\Z")


def _byline_names(article: Article, cands: list[Candidate]) -> list[Candidate]:
    """The journalists of a wire byline ("Reporting by X in Dakar and Y in Kinshasa; Editing by
    Z") and of "Writing in L'Équipe, X" (2-4 word names; a place after "in" is no one)."""
    text = article.content
    out: list[Candidate] = []
    spans = [(m.start("names"), m.end("names")) for m in WIRE_BYLINE.finditer(text)] \
        if any(q.search(text) for q in WIRE_CUE_PATTERNS) else []
    for c in cands:
        words = len(c.name.split())
        if not 2 <= words <= 4 or c.possessive:
            continue
        if any(b <= c.begin < e for b, e in spans):
            if not rx(r"(?i)(?:\b(?:in|from|at)[ \t]+|\([ \t]*)\Z").search(text[max(0, c.begin - 6) : c.begin]):
                out.append(c)
        elif WRITING_IN.search(text, max(0, c.begin - 60), c.begin):
            out.append(c)
        elif SIGN_OFF.search(text, max(0, c.begin - 6), c.begin) and rx(r"[ \t]*(?:\n|\Z)").match(text, c.end):
            out.append(c)  # "Thanks for reading. – Ana Ruiz": the writer signs off a liveblog or a column
    return out


GLOSS_PRONOUNS = frozenset({"He", "She", "Him", "Her", "They", "We", "It", "You"})  # "He [Soto] said": no name glossed
EDITOR_GLOSS = regex.compile(  # a first name or a nickname in a quote, the full name in square brackets: "Maxi [Maximiliano Soto]"
    rf"(?<![\w'’-])(?P<given>\p{{Lu}}[\p{{Ll}}\p{{M}}]+)[ \t]+\[(?P<gloss>{TOKEN}(?:[ \t]+{TOKEN}){{0,3}})\]")
SIGN_OFF = regex.compile(r"[.!?][ \t]+[–—][ \t]*\Z")


# a sentence's opening phrase of time: "After scoring the opener on Sunday, she struck twice"
_INTRO = (r"(?:[.!?\n][\"”’)]?[ \t]{1,3}|\A)(?:After|Before|Having|Moments|Minutes|Seconds|Then|Later|Earlier|Soon|Within|In|On)"
          r"\b[^.,;:!?\n]{0,80},[ \t]+")
INTRO_LEAD = regex.compile(_INTRO + r"\Z")
PRONOUN = regex.compile(
    r"(?:(?<=[.!?\n][\"”’)]?[ \t]{1,3})|(?<=\A)|(?<=\b(?:and|but|before|then|when|as|after)[ \t]+)"
    rf"|(?<={_INTRO})|(?<=\b[Ii]n[ \t]+the[ \t]+\d{{1,3}}(?:st|nd|rd|th)[ \t]+minute,?[ \t]+))(?:He|She|he|she)(?=[ \t]+\p{{Ll}})")


def pronoun_subjects(article: Article) -> list[Candidate]:
    """"He" or "she" as a sentence's or a clause's subject, standing for the name written last
    before it (two or more words, in that sentence or the one before, with no other name between):
    a candidate at the pronoun with the name it stands for. Cached."""
    if "pronoun_subjects" in article.cache:
        return article.cache["pronoun_subjects"]
    text = article.content
    cands = candidates(article)
    out: list[Candidate] = []
    if "he " in text or "He " in text:
        k = 0
        full: dict[str, str] = {}  # a surname -> the full name written before it ("Jean Milfort" ... "Milfort")
        for m in PRONOUN.finditer(text):
            while k < len(cands) and cands[k].end <= m.start():
                if len(cands[k].name.split()) >= 2:
                    full[cands[k].name.split()[-1]] = cands[k].name
                k += 1
            if k == 0:
                continue
            last = cands[k - 1]
            if k >= 2 and len(last.name.split()) == 1 and last.name not in full \
                    and _club_before_role().match(text, last.end):
                last = cands[k - 2]  # "X, the 19-year-old Göztepe player, ... he": the club is no one
            name = last.name if len(last.name.split()) >= 2 else full.get(last.name)
            if name is None or m.start() - last.end > 400 or text.count(". ", last.end, m.start()) > 1:
                continue
            out.append(Candidate(m.start(), m.end(), name, False))
    article.cache["pronoun_subjects"] = out
    return out


@functools.cache
def _club_before_role() -> regex.Pattern[str]:
    """A player's or coach's role noun right after a name: the name is their club's ("the Benfica forward")."""
    return regex.compile(rf"[ \t]+(?:{alternation([*vocab()['roles']['player'], *vocab()['roles']['coach']])})\b")


# ... and a cleft's ("it was the substitute who ..."), or after a colon ("...: the 19-year-old ...")
SUBJECT_LEAD = regex.compile(r"(?:[.!?\n:][\"”’)]?[ \t]{1,3}|\b(?:and|but|before|then|when|as|after|later,?|[Ii]t[ \t]+was)[ \t]+)\Z")


@functools.cache
def _player_noun_subject() -> regex.Pattern[str]:
    nouns = alternation(vocab()["roles"]["player"])
    return regex.compile(rf"\b[Tt]he[ \t]+(?:(?!(?:opposing|opposition|rival|other|visiting|home|away|former|ex)[ \t-])[\p{{Ll}}\d][\w-]*[ \t]+){{0,2}}?(?:\p{{Lu}}[\w-]*[ \t]+)?(?:{nouns})(?P<pos>['’]s)?(?=[ \t]+\p{{Ll}})")


def role_subjects(article: Article, people: dict[str, Person]) -> list[Candidate]:
    """"The striker", "the 19-year-old substitute", "the captain's" as a sentence's or a clause's
    subject, standing for the person named last before it if no other role is known for them (in
    that sentence or the one before, with no other person's name between): a candidate at the noun phrase with that player's name."""
    text = article.content
    cands = [c for c in candidates(article) if resolve(people, c.name) is not None]
    out: list[Candidate] = []
    k = 0
    for m in _player_noun_subject().finditer(text):
        if m.start() and not SUBJECT_LEAD.search(text[max(0, m.start() - 12) : m.start()]) \
                and not INTRO_LEAD.search(text, max(0, m.start() - 100), m.start()):
            continue
        while k < len(cands) and cands[k].end <= m.start():
            k += 1
        if k == 0:
            continue
        last = cands[k - 1]
        person = resolve(people, last.name)
        if person is None or best_role(person.roles) not in {"player", "other"} or m.start() - last.end > 400 \
                or text.count(". ", last.end, m.start()) > 1:
            continue
        out.append(Candidate(m.start(), m.end(), person.name, bool(m.group("pos"))))
    return out


RATING_LINE = regex.compile(  # "Kacper Wilczek – 8", "Bartosz Kędzior: 6.5/10", "X (capt.) – 7", "X (for Y, 60') – N/A"
    r"(?m)^[ \t]*(?P<name>\p{Lu}[^\n–—:()\d]{2,60}?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[–—-]|:)[ \t]*"
    r"(?:\d{1,2}(?:[.,]5)?(?:[ \t]*/[ \t]*10)?|(?i:n/?a|not[ \t][^\n]{0,40}?rat(?:e|ed|ing)|unrated)\.?)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*$|[.:][ \t]+(?P<note>\p{Lu}[^\n]*)$)")  # "Habib Ndour - 9 (MAN OF THE MATCH)",
# "Randall Pereira Sosa – 8.5. A wall. Two saves ...": the notes on the rating's line
RATING_TAIL = regex.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[–—-]|:)[ \t]*(?:\d|(?i:n/?a|not|unrated)\b)")
HEADER_LINE = regex.compile(r"(?m)^[ \t]*(?P<head>\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}?)(?:[ \t]*\([^)\n]*\))?[ \t]*:?[ \t]*$")


class Rated(NamedTuple):
    """A name in a player-ratings list: its line, role and team (from the section's heading) and
    the lines that describe its game (whose subject is the name, left out)."""
    begin: int
    end: int
    role: str
    team: str | None
    notes: tuple[int, int]


def rated(article: Article) -> list[Rated]:
    """The names of a ratings list ("POLAND (4-2-3-1)" / "Kacper Wilczek – 8" / "Opened the scoring
    ..."): two or more such lines make a list. Players, or coaches under a coach's heading. Cached."""
    if "rated" in article.cache:
        return article.cache["rated"]
    text = article.content
    lines = list(RATING_LINE.finditer(text)) if "\n" in text else []
    out: list[Rated] = []
    if len(lines) >= 2:
        heads = [(h.start(), h.group("head").strip()) for h in HEADER_LINE.finditer(text)]
        coach_words = {w.casefold() for w in vocab()["roles"]["coach"]}
        coach_heads = coach_words | {w + "s" for w in coach_words}  # "COACH", "MANAGERS"
        for k, m in enumerate(lines):
            role, team = "player", None
            for _b, h in reversed([x for x in heads if x[0] < m.start()]):  # the nearest team heading; a coach heading after it
                if h.casefold() in coach_heads:
                    role = "coach"
                elif team := teams().lookup(h.title()) or teams().lookup(h):
                    break
            blank = text.find("\n\n", m.end())
            stop = min(blank if blank != -1 else len(text), lines[k + 1].start() if k + 1 < len(lines) else len(text))
            notes = m.start("note") if m.group("note") else min(m.end() + 1, stop)
            out.append(Rated(m.start("name"), m.end("name"), role, team, (notes, stop)))
    article.cache["rated"] = out
    return out


# a fact box's line-up: "Vietnam (4-2-3-1): Khôi; Lực, Dũng (Huy 81), ...", a team starting its line
# ... after the side's goals, as a Spanish-language technical sheet writes it: "2. Colombia: Valentina Ocampo; ..."
LINEUP_LINE = regex.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<team>\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*:[ \t]*(?P<list>[^\n]+)")
# a line-up's item: a name, after its shirt number or not ("1 Tasi Faleolo", "(c)" after it)
SHIRT_NAME = regex.compile(r"[ \t]*(?:\d{1,2}[.)]?[ \t]+)?['’ʻ]?\p{Lu}")
LINEUP_MIN = 7  # names in a line-up: a side's starters (eleven) written in full or nearly


@functools.cache
def _cards_line() -> regex.Pattern[str]:
    """A fact box's line of cards or substitutes (``vocab.json`` player_lines): its names are
    players ("Booked: X 38, Y 55")."""
    heads = "|".join(vocab()["player_lines"])
    return regex.compile(rf"(?im)^[ \t]*(?:{heads})[ \t]*:[ \t]*(?P<list>[^\n]+)")


@functools.cache
def _squad_line() -> regex.Pattern[str]:
    """A squad announcement's line of one position (``vocab.json`` squad_positions): "Goalkeepers: A
    (Club), B (Club, Country), C (Club)"."""
    heads = alternation(vocab()["squad_positions"], ignorecase=True)
    return regex.compile(rf"(?im)^[ \t]*(?:{heads})[ \t]*:[ \t]*(?P<list>\p{{Lu}}[^\n]*[,;][^\n]*)")


def lineups(article: Article) -> dict[tuple[int, int], str | None]:
    """The names of a fact box's line-ups, each with its side's team ("Ghana: Asante; Adjei, Osei,
    ...": a team, a colon and seven or more names split by commas and semicolons), and of its lines of
    cards and substitutes (team None). Cached."""
    if "lineups" in article.cache:
        return article.cache["lineups"]
    text = article.content
    out: dict[tuple[int, int], str | None] = {}
    if ":" in text and "\n" in text:
        cands = candidates(article)
        # (begin, end, team, a line of surnames, a squad's line) of each list of players
        spans: list[tuple[int, int, str | None, bool, bool]] = []
        for m in LINEUP_LINE.finditer(text):
            items = regex.split(r"[;,]", m.group("list"))
            head = m.group("team").strip()
            team = teams().lookup(head) or teams().lookup(head.title())
            if team is not None and len(items) >= LINEUP_MIN and sum(bool(SHIRT_NAME.match(x)) for x in items) >= LINEUP_MIN:
                # a line of surnames ("Kerr; Lowe, Te Rangi; ..."): a name of two words there is a surname too
                surnames = sum(len(regex.sub(r"\([^()]*\)", "", x).split()) == 1 for x in items) * 2 > len(items)
                spans.append((m.start("list"), m.end("list"), team, surnames, False))
        spans.extend((m.start("list"), m.end("list"), None, False, False) for m in _cards_line().finditer(text))
        squads = list(_squad_line().finditer(text))
        squad_team = (lead_team(article) or focus_team(article)) if squads else None
        spans.extend((m.start("list"), m.end("list"), squad_team, False, True) for m in squads)
        for c in cands if spans else ():
            for b, e, team, surnames, squad in spans:
                if not b <= c.begin < e:
                    continue
                if squad:  # the names outside brackets (a club, its country in them): the squad's players
                    if text.count("(", b, c.begin) == text.count(")", b, c.begin):
                        out[(c.begin, c.end)] = team
                elif not c.possessive and not (surnames and " " in c.name):
                    out[(c.begin, c.end)] = team
    article.cache["lineups"] = out
    return out


def full_names(cands: list[Candidate]) -> dict[str, str]:
    """The first or last word of each name of 2-3 words written in the document -> that name, for
    words that begin or end only one such name; a surname several names share stands for the one
    written first (the article's subject: "Cody Brandt" ... "His mother, Linda Brandt" ... "Brandt said")."""
    seen: dict[str, list[str]] = {}
    surnames: set[str] = set()
    for c in cands:
        words = c.name.split()
        if 2 <= len(words) <= 3 and all(len(w) > 2 for w in words):
            surnames.add(words[-1])
            for w in {words[0], words[-1]}:
                names = seen.setdefault(w, [])
                if c.name not in names:
                    names.append(c.name)
    return {w: names[0] for w, names in seen.items()
            if len(names) == 1 or (w in surnames and all(n.split()[-1] == w for n in names))}


def particle_surnames(cands: list[Candidate]) -> dict[str, str]:
    """A surname that starts with a particle, written alone with it capitalised ("Da Cruz", "Van
    Gool") -> the one longer name written in the document that ends with it ("Kevin Da Cruz")."""
    particles = set(vocab()["name_particles"])
    seen: dict[str, set[str]] = {}
    for c in cands:
        words = c.name.split()
        if len(words) >= 3 and words[-2].casefold() in particles:
            seen.setdefault(" ".join(words[-2:]), set()).add(c.name)
    return {tail: names.pop() for tail, names in seen.items() if len(names) == 1}


TEAM_ROLES = frozenset({"player", "coach", "fan"})  # people who always belong to a team


@functools.cache
def _coached() -> regex.Pattern[str]:
    nouns = alternation(vocab()["coached_nouns"], ignorecase=True)
    return regex.compile(rf"(?i)[ \t]+(?:[\w-]+[ \t]+)?(?:{nouns})(?![\w'’-])")


COACHED_APPOSED = regex.compile(r"[ \t]*(?:,|\(|[–—]|-[ \t])[ \t]*(?:the[ \t]+)?")  # "X's side, Zambia,"


def _coached_team(article: Article, c: Candidate) -> str | None:
    """The team of "X's side" when the sentence names only its opponent ("X's side beat Spain 2-0"):
    the other side of the article's match with that opponent."""
    from .matches import matches

    s = sentence_at(article, c.begin)
    if s is None:
        return None
    text = article.content
    noun = _coached().match(text, c.end + (2 if text.startswith(("'s", "’s"), c.end) else 1))
    start = noun.end() if noun else c.end
    named = [m for m in accepted(article) if start <= m.begin < s.end]
    if len({m.team for m in named}) != 1 or COACHED_APPOSED.fullmatch(text, start, named[0].begin):
        return None
    # the one team a sentence about "X's side" names besides it is the opponent, marked ("X's side beat
    # Spain") or not ("a win for X's side: Spain hit the bar twice"); not "X's side, Spain,"
    opponent = named[0].team
    played = [info for info in matches(article) if opponent in info.teams]
    # the match this sentence reports, before others the opponent played ("... after their home defeat to Georgia")
    here = [info for info in played if any(x.begin == s.begin for x in info.sentences)]
    return sole_opponent(here or played, opponent)


def _other_side(article: Article, team: str) -> str | None:
    """The one opponent ``team`` has in the article's matches (an own goal's scorer plays for it)."""
    from .matches import matches

    return sole_opponent(matches(article), team)


@functools.cache
def _person_verbs(kind: str) -> frozenset[str]:
    """A list of ``person_verbs`` in vocab.json ("play", "coach", "coach_of_name"), case-folded."""
    return frozenset(w.casefold() for w in vocab()["person_verbs"][kind])


NAME_OBJECT = regex.compile(r"[ \t]+(?:(?:his|her|their)[ \t]+(?:[\w-]+[ \t]+)?)?(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)*)")


def _credit_names(article: Article) -> list[tuple[str, tuple[int, int]]]:
    from .sources import credits

    return [(c.photographer, c.photographer_span) for c in credits(article) if c.photographer]


def _merge(found: dict[str, Person]) -> dict[str, Person]:
    """Fold single-word and partial names into the full name they abbreviate."""
    # full names first (a surname two people share goes to the one resolve() picks: the first written)
    names = sorted(found, key=lambda n: (-len(n.split()), n))
    out: dict[str, Person] = {}
    for n in names:
        target = resolve(out, n)
        if target is None:
            out[n] = found[n]
        else:
            target.forms |= found[n].forms
            target.roles.extend(found[n].roles)
            target.team = target.team or found[n].team
            target.side = target.side or found[n].side
            target.opposed = target.opposed if target.opposed is not None else found[n].opposed
            target.spans.extend(found[n].spans)
    return out


def resolve(people: dict[str, Person], name: str) -> Person | None:
    """The known person a (possibly partial or variant) written name refers to."""
    if name in people:
        return people[name]
    found = [people[full] for full in _full_names_of(name, tuple(people))]
    if len(found) > 1:
        # a surname two people share ("Nuno Semedo" ... "Mário Semedo, no relation"): the one the bare
        # surname was first written for, else the one named first
        return min(found, key=lambda p: (name not in p.forms, min(p.spans, default=(0, 0))))
    return found[0] if found else None


@functools.lru_cache(maxsize=4096)
def _full_names_of(name: str, fulls: tuple[str, ...]) -> tuple[str, ...]:
    """The names among ``fulls`` (in order) that ``name`` may be written for; for a name of several
    words only the first. Names only, so the same question (each extractor resolves the same
    candidates against the article's people) is answered once."""
    words = name.split()
    found: list[str] = []
    for full in fulls:
        fw = full.split()
        if (len(words) < len(fw) and all(w in fw for w in words)) \
                or (len(words) == 1 and fuzz.ratio(words[0], fw[-1]) >= 90) \
                or (len(words) == len(fw) and len(words) > 1 and fuzz.ratio(name, full) >= 92):
            if len(words) > 1:
                return (full,)
            found.append(full)
    return tuple(found)


def best_role(roles: list[str]) -> str:
    """A photo credit makes a photographer; else the first specific role (role nouns are listed
    before roles implied by verbs); else "other"."""
    if "photographer" in roles:
        return "photographer"
    return next((r for r in roles if r != "other"), "other")


def _side_team(article: Article, side: str | None) -> str | None:
    """The home or the away side of the article's match, for "the hosts' captain, X"."""
    if side is None:
        return None
    return home_team(article) if side == "home" else away_team(article)


SPANS_TRIED = 6  # mentions of a person searched for a sentence that names the team


def _opposed_team(article: Article, people: dict[str, Person], p: Person, team_of: dict[str, str | None]) -> str | None:
    """The team of a player named as the opponent of the sentence's actor ("X curled past goalkeeper
    Y", "B cancelled out Y's opener"): the sole opponent, in the article's matches, of the actor's
    team: the last team the sentence names as a subject, or the last person it names (not as
    someone got past) whose team is known, before Y."""
    from .matches import matches

    assert p.opposed is not None
    here = sentence_at(article, p.opposed)
    if here is None:
        return None
    text = article.content
    named = [(m.begin, m.team) for m in subject_mentions(article, here.begin, p.opposed)
             if not OPPOSED_NEAR.search(text, max(here.begin, m.begin - 50), m.begin)]
    named += [(b, t) for q in people.values() if q.opposed is None or q.team is not None or q.side is not None
              for b, _e in q.spans if here.begin <= b < p.opposed and (t := team_of.get(q.name))
              and not OPPOSED_NEAR.search(text, max(here.begin, b - 50), b)]
    actor = max(named)[1] if named else None
    if actor is None:
        return None
    played = [info for info in matches(article) if actor in info.teams]
    # the match the sentence tells, else the first the article names
    told = [info for info in played if any(x.begin <= p.opposed < x.end for x in info.sentences)]
    return sole_opponent(told or played[:1], actor)


def extract(article: Article) -> Iterator[PersonMention]:
    yield from found(article)


def final_teams(article: Article) -> dict[str, str | None]:
    """Each person's team as ``extract`` gives it (after the fallbacks ``persons`` leaves out)."""
    return {p.name: p.team for p in found(article)}


def found(article: Article) -> list[PersonMention]:
    """The people ``extract`` yields, worked out once an article (fan acts ask for their teams)."""
    if "people" not in article.cache:
        article.cache["people"] = list(_extract(article))
    return article.cache["people"]


def _extract(article: Article) -> Iterator[PersonMention]:
    if not is_football(article):
        return
    from .matches import goals
    from .sources import quotes

    goal_team = {g.scorer: g.team for g in goals(article) if g.scorer and g.team}
    known = persons(article)
    for q in quotes(article):  # a quoted speaker is a person of the article too
        if q.speaker and resolve(known, q.speaker) is None:
            known[q.speaker] = Person(q.speaker, {q.speaker}, ["other"], None, [(q.begin, q.end)])
    scorers = {g.scorer for g in goals(article) if g.scorer}
    team_of: dict[str, str | None] = {}
    opposed = [p for p in known.values() if p.team is None and p.side is None and p.opposed is not None]
    for p in sorted(known.values(), key=lambda p: p in opposed):  # an opponent's team once the actors' are known
        roles = p.roles + (["player"] if p.name in scorers else [])
        role = best_role(roles)
        team = p.team or _side_team(article, p.side)
        if team is None and p in opposed:
            team = _opposed_team(article, known, p, team_of)
        team = team or goal_team.get(p.name)
        if team is None and role in TEAM_ROLES and p.spans:
            team = context_team(article, min(p.spans)[0], nearest=True)
            if team is not None and context_team(article, min(p.spans)[0], main=False, nearest=True) is None:
                # nothing nearby names the team: the outlet's "our team", else the headline's team,
                # else (as context_team guessed) the team the article names most
                team = own_side(article) or lead_team(article) or team
            elif team is None:  # the first mention's sentence names only others' teams: a later mention's context
                team = next((t for b, _e in sorted(p.spans)[1:SPANS_TRIED] if (t := context_team(article, b, main=False, nearest=True))), None)
        team_of[p.name] = team
        evidence = []
        for b, _e in sorted(p.spans):
            s = sentence_at(article, b)
            ev = s.evidence() if s else span(article, b, _e)
            if ev not in evidence:
                evidence.append(ev)
        yield PersonMention(
            evidence=tuple(evidence) or (Evidence(0, 0, ""),),
            name=p.name,
            role=role,
            team=team,
            forms=tuple(sorted(p.forms)),
        )


__all__ = ["extract", "final_teams", "found", "persons", "resolve", "candidates", "rated", "Person", "Rated"]
