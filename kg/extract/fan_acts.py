"""Fan acts: cleaning the stands, cleaning the dressing room, thank-you notes, tears, staying
behind, bowing (the SKOS scheme in ``ontology.ttl``; triggers in ``data/acts.json``).

Each act has an actor (fans or players) and a team. The actor is the fans/players noun in the
trigger's clause, else the act's default actor, else the nearest one in the sentence, else the
previous act's. The team is the one written next to the actor ("Japan fans", "Japanese players"),
else the team of the previous act by the same actor (then by any), else the article's main team. A negated or hypothetical clause
("let's hope other teams follow suit", "fans did not stay behind") gives nothing, nor does a hedged
one ("a card said to have been left by the players").
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..findings import FanAct
from ..lexicon import acts, alternation, cities, leading_literals, pattern, rx, teams, vocab, words_pattern
from ..nlp import Sentence, sentences
from ..reader import Article
from .common import (
    FOOTBALL_WORD,
    LATER_CLAUSE,
    away_team,
    context_team,
    focus_team,
    headline_end,
    home_team,
    inside,
    is_football,
    lead_team,
    names_a_match,
    subject_mentions,
    tweet_spans,
)
from .matches import ANSWER, OPPONENT_MARK, matches
from .teams import LANGUAGE_REASON, PEOPLE_NOT_TEAM, Mention, accepted, mentions, own_side

if TYPE_CHECKING:
    from .people import Candidate, Person

Checked = tuple[regex.Pattern[str], "tuple[str, ...] | None"]  # a pattern and the words one of which it needs (leading_literals)

CLAUSE_BREAK = regex.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]—–]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bbefore\b|(?<!\bor )\bso\b|\n")  # not "4,000"


@dataclass(frozen=True)
class Trigger:
    act: str
    begin: int  # offsets into article.text
    end: int
    default_actor: str | None
    again: bool = False  # the act once more, in a later clause of the sentence


@functools.cache
def _compiled() -> list[tuple[str, list[Checked], list[Checked], list[regex.Pattern[str]],
                             list[regex.Pattern[str]], str | None, tuple[str, ...]]]:
    out = []
    for act, spec in acts()["acts"].items():
        def comp(key: str, spec: dict = spec) -> list[regex.Pattern[str]]:
            return [regex.compile(p) for p in spec.get(key, [])]

        def checked(key: str) -> list[Checked]:
            return [(p, leading_literals(p)) for p in comp(key)]

        out.append((act, checked("patterns"), checked("generic"), comp("exclude"), comp("exclude_in_sentence"),
                    spec.get("default_actor"), tuple(spec.get("requires_any", ()))))
    return out


@functools.cache
def _actor_patterns() -> dict[str, regex.Pattern[str]]:
    out = {actor: words_pattern(words) for actor, words in acts()["actors"].items()}
    for actor, words in acts()["possessed_actors"].items():  # "Chhetri's men": only after a name's possessive
        out[actor] = regex.compile(rf"{out[actor].pattern}|(?<=(?-i:\p{{Lu}})[\p{{L}}\p{{M}}.-]*['’]s?[ \t]+)"
                                   rf"(?:{alternation(words, ignorecase=True)})(?![\w])", out[actor].flags)
    return out


@functools.cache
def _imperative() -> regex.Pattern[str]:
    alt = alternation(acts()["imperative"], ignorecase=True)
    return regex.compile(rf"[\"“‘'«(\s]*(?i:{alt})\b(?![ \t]+(?:[\w-]+[ \t]+)?(?:was|were|is|are|had|has)\b)")


@functools.cache
def _not_actor_after() -> regex.Pattern[str]:
    alt = alternation(acts()["not_actors"], ignorecase=True)
    return regex.compile(rf"(?i)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{alt})\b")


@functools.cache
def _hedge() -> regex.Pattern[str]:
    return words_pattern(acts()["hedges"])


@functools.cache
def _negation() -> regex.Pattern[str]:
    words = [w for w in acts()["negation"] if w != "n't"]
    return regex.compile(r"(?i)(?:n't\b|" + words_pattern(words).pattern.removeprefix("(?i)") + ")")


@functools.cache
def _request() -> regex.Pattern[str]:
    """A request before the act in its clause ("fans were asked to clean", "organisers urged the
    players to bow"): the act was asked for, not reported as done."""
    alt = alternation(acts()["requests"], ignorecase=True)
    # a second infinitive joined by "and" is asked for too: "asked supporters to take their rubbish with them and leave the stands clean"
    return regex.compile(rf"(?i)(?<![\w])(?:{alt})\b(?:[ \t]+(?!and\b|but\b)[\w'’-]+){{0,5}}?[ \t]+to[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}"
                         rf"(?:(?:[\w'’-]+[ \t]+){{0,4}}?and[ \t]+(?!(?:the|they|then|we|he|she|fans|supporters|players|it)\b)[\w'’-]+[ \t]+(?:[\w'’-]+[ \t]+){{0,2}})?\Z")


@functools.cache
def _not_actor_subject() -> regex.Pattern[str]:
    """A clause whose subject is someone who is neither a fan nor a player ("The singer who
    performed the anthem cried", "Tavares's mother wept", "Stadium staff cleaned the stands")."""
    alt = alternation(acts()["not_actor_subjects"], ignorecase=True)
    return regex.compile(rf"(?i)[\"“‘'\s]*(?:(?:and|but|then|even)[ \t]+)?(?:(?:the|a|an|one|his|her|their|its|our|my)[ \t]+"
                         rf"|\p{{Lu}}[\w’'-]*(?:[ \t]+\p{{Lu}}[\w’'-]*)*['’]s?[ \t]+)?(?:[\w-]+[ \t]+){{0,2}}?(?:{alt})(?![\w])")


# between a subject and its verb: a relative clause on the subject, an adverb, an auxiliary ("The singer
# who performed the anthem cried", "Stadium staff later cleaned"), not another verb ("staff said the room was left clean")
# adverbs and auxiliaries between a subject and its verb ("later", "had", "have started clearing")
_AUXILIARIES = (r"\p{Ll}+ly|also|later|then|too|still|all|both|had|have|has|was|were|is|are"
                r"|start(?:s|ed)?|beg[au]n|begins?|kept|keeps?|continued?|continues")
SUBJECT_TO_VERB = regex.compile(rf"(?i)[ \t]*(?:,?[ \t]*who[ \t][^.;:!?]{{0,80}}?,?[ \t]*)?(?:(?:{_AUXILIARIES}|openly)[ \t]+){{0,3}}")
# (a relative clause only before tears: "Stadium staff who went into the room found it tidied" is no
# clean-up by the staff, the act's trigger being the room)
ADVERBS_TO_VERB = regex.compile(rf"(?i)[ \t]*(?:(?:{_AUXILIARIES})[ \t]+){{0,3}}")
PASSIVE_BY = regex.compile(r"(?i)\b(?!(?:watched|cheered|applauded|greeted|serenaded|thanked|saluted|joined|consoled|comforted|hugged"
                           r"|embraced|helped|lifted|led|surrounded|carried|escorted|handed|given|backed|roared|urged|followed)\b)"
                           r"(?:\p{Ll}+ed|left|written|swept|taken|made|done|stuck|put|shed|held|hung|kept)"
                           r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+by[ \t]+")  # "a note reading 'Thank you' was left by", "rubbish was collected by"
PASSIVE_REACH = 20  # characters from the act's trigger to its passive verb: not a later predicate's ("and were consoled by")


def _passive_agent(text: str, begin: int, trigger_end: int, end: int,
                   names: tuple[tuple[int, int], ...]) -> tuple[str, int] | None:
    """The actor noun a passive's "by" names within three words after the act ("A note was left by
    Japan fans", "Rubbish was collected by the Senegalese supporters"): who did it."""
    for by in PASSIVE_BY.finditer(text, begin, end):
        if by.start() - trigger_end > PASSIVE_REACH or rx(r"(?i)\band\b").search(text, trigger_end, by.start()):
            break
        if GERUND.match(text, begin) and by.start() >= trigger_end \
                and not rx(r"(?i)\b(?:was|were|is|are|been|being)\b").search(text, trigger_end, by.start()):
            break  # "gathering up the litter left behind by the crowd": who left the litter, not who gathered it
        for actor, pat in _actor_patterns().items():
            m = pat.search(text, by.end(), min(end, by.end() + 60))
            if m is not None and len(text[by.end() : m.start()].split()) <= 3 \
                    and not CLAUSE_BREAK.search(text, by.end(), m.start()) \
                    and not any(b <= m.start() < e for b, e in names) \
                    and not (m.group(0).casefold() == "staff" and NOT_TEAM_STAFF.search(text, max(by.end(), m.start() - 12), m.start())):
                return actor, m.start()
    return None


def _only_actor(act: str) -> str | None:
    """The one actor an act is ever told of (``only_actor`` in acts.json)."""
    spec: dict[str, str] = acts()["acts"][act]
    return spec.get("only_actor")


def triggers(article: Article, s: Sentence) -> list[Trigger]:
    """Per act, the first match of its first pattern that matches outside the act's exclusions;
    its generic patterns are tried last, and only if no ``exclude_in_sentence`` pattern matches."""
    low = article.content[s.begin : s.end].casefold()
    out = []
    for act, pats, generic, excl, excl_sentence, default, requires in _compiled():
        if requires and not any(w in low for w in requires):
            continue  # none of the words every pattern of the act needs (a note's "thank you", "merci", ...)
        excluded: list[list[tuple[int, int]]] = []
        m = _first_free(low, pats, excl, excluded)
        if m is None and generic and not any(q.search(low) for q in excl_sentence):
            m = _first_free(low, generic, excl, excluded)
        if m is not None:
            out.append(Trigger(act, s.begin + m.start(), s.begin + m.end(), default))
            if (later := OTHER_CLAUSE.search(low, m.end())) is not None \
                    and (again := _first_free(low, pats, excl, excluded, later.end())) is not None:
                # "the squad bowed, several of them in tears, while supporters in the stand wept": each clause's
                out.append(Trigger(act, s.begin + again.start(), s.begin + again.end(), default, again=True))
    if any(t.act == "clean_dressing_room" for t in out) and not STAND_OR_FANS.search(low):
        # "staff found the room swept clean, the towels folded", "the floor swept, the bottles in a bag":
        # the dressing room's clean-up, not the stand's
        out = [t for t in out if t.act != "clean_stands"]
    return out


STAND_OR_FANS = regex.compile(r"\b(?:stands?|seats|seating|terraces?|tribunes?|bleachers|away end|sections?|blocks?|sectors?"
                              r"|grandstand|curva|concourses?|fans|supporters|spectators|crowd)\b")  # in a casefolded sentence


NEW_SUBJECT = regex.compile(r"(?i)\b(?:they|he|she|we|i|you|who|which)\b")  # another subject between two acts
# a clause that may have its own actor: "..., and in the Moroccan end grown men sobbed"
OTHER_CLAUSE = regex.compile(r";|\bwhile\b|\bwhereas\b|,[ \t]*where\b|,[ \t]*and[ \t]+(?:in|on|among|across|behind|up[ \t]+in)[ \t]+the\b")


def _first_free(low: str, patterns: list[Checked], excl: list[regex.Pattern[str]],
                excluded: list[list[tuple[int, int]]], pos: int = 0) -> regex.Match[str] | None:
    """The first match from ``pos``, outside every match of ``excl``, of the first pattern that has
    one. A pattern whose leading words are all missing from the sentence is not run. The exclusions
    are looked for once, when a pattern first matches (most sentences match none), and kept in
    ``excluded``."""
    for p, needs in patterns:
        if needs is not None and not any(w in low for w in needs):
            continue
        for m in p.finditer(low, pos):
            if not excluded:
                excluded.append([(x.start(), x.end()) for q in excl for x in q.finditer(low)])
            if not any(b < m.end() and m.start() < e for b, e in excluded[0]):
                return m
    return None


LIST_TAIL = regex.compile(r"[ \t]*\p{Ll}+[ \t]+(?:and|or)[ \t]+\p{Ll}+[ \t]")  # "supporters in red, white and black stayed": no clause


def _clause(text: str, s: Sentence, pos: int) -> tuple[int, int]:
    start, end = s.begin, s.end
    for m in CLAUSE_BREAK.finditer(text, s.begin, s.end):
        if m.end() <= pos:
            if not (m.group(0) == "," and LIST_TAIL.match(text, m.end(), pos)):
                start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _subject_start(text: str, s: Sentence, begin: int) -> int:
    """Where the subject of a clause starting at ``begin`` may be: before an adverbial aside that
    separates it from the verb ("The Jamaicans, meanwhile, stayed out on the pitch")."""
    aside = ASIDE.search(text, s.begin, begin) or DASH_ASIDE.search(text, s.begin, begin)
    if aside is not None and aside.start() > s.begin:  # "several hundred Sudanese — refugees, students — wept"
        return _clause(text, s, aside.start())[0]
    return begin


BARE_QUANTIFIER = regex.compile(r"(?i)[ \t]*(?:and[ \t]+|but[ \t]+)?(?:several|many|some|most|others|a few|both)\b(?![ \t]+of\b)"
                             r"(?=[ \t]+(?:were|was|had|have|are|is|could|stayed|remained|wept|cried|(?!hundred\b)\p{Ll}+ed\b)"
                             r"|[ \t]+(?:in|on|from|among)[ \t]+the\b)")
BOTH_SIDES = regex.compile(r"(?i)\b(?:on[ \t]+both[ \t]+sides|both[ \t]+sets[ \t]+of[ \t]+(?:fans|supporters)|(?:fans|supporters)[ \t]+of[ \t]+both[ \t]+(?:sides|teams|nations|countries))\b")
COMMA_ASIDE = regex.compile(r",[ \t]*(?:(?:some|several|many|most|all|a few|few|one|two|three|both|half|hundreds|thousands|dozens)"
                         r"(?:[ \t]+(?:hundred|thousand|dozen))?[ \t]+(?:of[ \t]+(?:them|whom)|still|in|with)\b|not[ \t]|(?:[\w-]+[ \t]+){1,2}strong\b)[^,;:.!?\n()—–]{0,80},[ \t]*\Z")  # ", not X fans,"
ACTOR_THEN_PLACE = regex.compile(r"[\w-]+[ \t]+(?:in|from|at)[ \t]+\p{Lu}[\w-]*(?:[ \t]+\p{Lu}[\w-]*)?[ \t]*")  # "supporters in Bouaké, several thousand strong,"
ASIDE = regex.compile(r"(?i),[ \t]*(?:meanwhile|however|though|too|also|again|instead|in turn|in contrast|by contrast"
                      r"|for (?:their|its|his|her) part|to (?:their|its|his|her) credit)[ \t]*,[ \t]*\Z")


SUBORDINATOR = r"(?:as|while|whilst|whereas)\b"
WITH_LEAD = regex.compile(r"(?i)\bwith\s+(?:(?:the|their|its|his|her|our|some|many|most|all|several)\s+)?(?:[\w-]+\s+){0,3}?\Z")
GERUND = regex.compile(r"(?i)\w+ing\b")
WITH_NOT_ABSOLUTE = regex.compile(r"(?i)\b(?:who|whom|which|that|for|of|at|famous|known)\b")  # "with the fans who became famous for tidying up"


@functools.cache
def _object_mark() -> regex.Pattern[str]:
    alt = alternation(acts()["actor_objects"], ignorecase=True)
    return regex.compile(rf"(?i)(?<![\w])(?:{alt})\s+(?:(?:the|their|its|his|her|our|some|many|most|all|several)\s+)?(?:\d[\d,]*\s+or\s+so\s+)?"
                         rf"(?:(?!{SUBORDINATOR}\s)[\w-]+\s+){{0,3}}?\Z")  # not "won at Wembley as fans stayed": a new clause


@functools.cache
def _partitive() -> regex.Pattern[str]:
    alt = alternation(acts()["partitive"], ignorecase=True)
    return regex.compile(rf"(?i)(?<![\w])(?:{alt})\s+of\s+(?:(?:the|their|those|these|its|his|her|our)\s+)?(?:[\w-]+\s+){{0,3}}?\Z")


CROWD = regex.compile(r"(?i)crowd\b")
OTHERS = regex.compile(r"(?i)[ \t]*(?:and[ \t]+|but[ \t]+)?others\b")
CROWD_SUBJECT = regex.compile(r"(?i)(?:(?:and|but|then)[ \t]+)?the[ \t]+(?:[\w-]+[ \t]+)?")
SIDE = regex.compile(r"(?i)\b(home|local|away|visiting|travelling|traveling|visitors['’]|hosts['’])[ \t]+(?:[\w-]+[ \t]+)?\Z")
TRAVELLING = regex.compile(r"(?i)(travell?ing)[ \t]+support\b")  # the actor noun itself says whose: the away side's
THEY = regex.compile(r"(?i)(?:and[ \t]+|but[ \t]+|then[ \t]+)?(?:they|these|those)\b")
THEY_PRONOUN = regex.compile(r"(?i)(?:and[ \t]+|but[ \t]+|then[ \t]+)?they\b")  # not "Those supporters"
RELATIVE_ASIDE = regex.compile(r",[ \t]*(?:who|whose|which)\b[^,;:.!?\n()—–]{1,120},[ \t]*\Z")
# a predicate after an aside, its subject before it: "our players, before leaving the stadium, have cleaned ..."
AUX_PREDICATE = regex.compile(r"[ \t]*(?:have|has|had|were|was)[ \t]+(?:(?:also|then|all|even)[ \t]+)?\p{Ll}+(?:ed|en)\b")
RELATIVE_CLAUSE = regex.compile(r"(?i),[ \t]+(?:where|who|whom|whose|which|when)\b(?:[^,;:()—–]|(?<=\d),(?=\d))*")


def _whom_antecedent(text: str, begin: int, cb: int) -> tuple[str, int] | None:
    """The actor noun right before a clause that starts "several of whom" at ``cb``: the relative
    pronoun's antecedent, even as the object of a verb ("bowed to the supporters, several of whom";
    "thanked the fans for the campaign - many of whom")."""
    for actor, pat in _actor_patterns().items():
        for m in pat.finditer(text, begin, cb):
            if rx(r"(?:[ \t]+(?:in|on|at|behind|from|for)[ \t]+(?:the|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+)?[ \t]*(?:,|[—–]|[ \t]-)[ \t]*").fullmatch(text, m.end(), cb):
                return actor, m.start()
    return None


PARTITIVE_OBJECT = regex.compile(  # "ran to the small group of", "lined up in front of their own small section of"
    r"(?i)\b(?:(?:to|towards|toward|into|at)\s+(?:the|a|an|their|its|his|her)?\s*(?:[\w-]+\s+){0,1}?"
    r"|(?:in[ \t]+front[ \t]+of|towards?|before)[ \t]+(?:the|a|an|their|its|his|her)?[ \t]*(?:[\w-]+[ \t]+){0,2}?)\Z")


def _is_partitive(text: str, begin: int, end: int) -> bool:
    """``text[begin:end]`` ends in a partitive ("many of those", "the small group of"), itself not
    the object of a verb or preposition ("ran to the small group of")."""
    lead = text[begin:end]
    p = _partitive().search(lead)
    if p is None:
        return False
    return not PARTITIVE_OBJECT.search(lead[: p.start()])


def _actor_in(text: str, begin: int, end: int, pos: int, before_only: bool = False,
              skip: tuple[tuple[int, int], ...] = ()) -> tuple[str, int] | None:
    """The actor noun nearest before ``pos`` (then, unless ``before_only``, after it) within
    [begin, end), skipping nouns that are objects ("bowed to the crowd") and those in ``skip``."""
    best: tuple[int, str, int] | None = None
    found = sorted(((m, actor) for actor, pat in _actor_patterns().items() for m in pat.finditer(text, begin, end)),
                   key=lambda x: x[0].start())
    for k, (m, actor) in enumerate(found):
        if any(b <= m.start() < e for b, e in skip):
            continue
        if m.group(0).casefold() == "staff" and NOT_TEAM_STAFF.search(text, max(begin, m.start() - 12), m.start()):
            continue  # "Stadium staff put the number who stayed behind at 200": not the team's staff
        if m.group(0).casefold() == "side" and PLACE_SIDE.search(text, max(begin, m.start() - 12), m.start()):
            continue  # "the Malaysian fans on the other side stayed": a place, not a team
        lead = text[max(begin, m.start() - 40) : m.start()]
        if _object_mark().search(lead) and not _is_partitive(text, max(begin, m.start() - 80), m.start()) \
                and not PASSIVE_AGENT.search(lead) \
                and not TEARS_OF.search(text, max(begin, m.start() - 70), m.start()) \
                and not (WITH_LEAD.search(lead) and m.end() <= pos <= m.end() + 50
                         and not CLAUSE_BREAK.search(text, m.end(), pos) and not WITH_NOT_ABSOLUTE.search(text, m.end(), pos)
                         and GERUND.match(text, pos)):
            continue  # (not "..., with older supporters in the stand weeping openly": the absolute clause's subject)
        if k > 0 and found[0][1] != actor and POSSESSED.search(lead):
            continue  # "the players walked to their travelling fans and bowed": the fans are the object
        where = WHERE_BEFORE.search(lead)
        if where and text[begin : m.start() - len(lead) + where.start()].strip() \
                and ("," in text[m.end() : pos] or _actor_before(text, m.start() - len(lead) + where.start())):
            continue  # "walked to the corner where 700 fans were standing(,) and bowed": the fans are in an aside
            # (not when "where" opens the act's own clause: "..., where the fans sang and would not leave")
        if m.end() <= pos:
            distance = pos - m.end()
        elif before_only:
            continue
        else:
            distance = (m.start() - pos) + 1000
        if best is None or distance < best[0]:
            best = (distance, actor, m.start())
    return (best[1], best[2]) if best else None


@functools.cache
def _media() -> dict[str, list[tuple[str, regex.Pattern[str]]]]:
    return {act: [(actor, words_pattern(words)) for actor, words in spec.get("media_actor", {}).items()]
            for act, spec in acts()["acts"].items()}


def _medium_actor(text: str, ordered: list[Sentence], i: int, act: str) -> str | None:
    """Who an act with no actor of its own did, by its medium: "a banner reading 'Thank you, Qatar'"
    (held up in the stands: the fans'), "a card on the massage table" (the players'). The medium the
    sentence names nearest its start, else the one the sentence before in the paragraph names ("A
    bedsheet banner hung over the stand. It read: 'Thank you'")."""
    media = _media().get(act)
    if not media:
        return None
    para = text.rfind("\n\n", 0, ordered[i].begin)
    for k in (i, i - 1):
        if k < 0 or k < i and ordered[k].begin < para:
            break
        s = ordered[k]
        hits = [(m.start(), actor) for actor, pat in media if (m := pat.search(text, s.begin, s.end)) is not None]
        if hits:
            return min(hits)[1]
    return None


def _actor_before(text: str, end: int) -> bool:
    """An actor noun in the sentence before ``end`` (up to 200 characters back)."""
    start = max(0, end - 200)
    stop = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
    start = stop + 1 if stop >= 0 else start
    return any(p.search(text, start, end) for p in _actor_patterns().values())


TEARS_OF = regex.compile(r"(?i)\b(?:tears|crying|weeping|sobbing)[ \t]+(?:(?:on|in|from|down)[ \t]+the[ \t]+(?:faces?|eyes|cheeks)[ \t]+)?of[ \t]+"
                      r"(?:the[ \t]+|their[ \t]+|its[ \t]+)?(?:[\w-]+[ \t]+){0,3}?\Z")  # "the tears on the faces of the Uzbek players": whose
PLACE_SIDE = regex.compile(r"(?i)\b(?:other|opposite|far|near|either|same)[ \t]+\Z")
THEIR_BEFORE = regex.compile(r"(?i)\btheir[ \t]+\Z")


def _their_before(text: str, s: Sentence, pos: int) -> bool:
    """The actor noun at ``pos`` follows "their" ("Although their team had lost"): it names whose side, not who acts."""
    return bool(THEIR_BEFORE.search(text, max(s.begin, pos - 8), pos))


NOT_TEAM_STAFF = regex.compile(r"(?i)\b(?:stadium|ground|venue|catering|security|cleaning|hotel|airport|medical|arena)[ \t]+\Z")
# "Mamani, the youngest on the field,", "X, playing what she had said would be her last match," (commas and
# dashes inside: "Bailey, who scored that fourth — sorry, third — goal, was in tears")
APPOSITION = regex.compile(r"[ \t]*,[ \t]*(?:who|whose|aged|\d|the[ \t]|\p{Ll}+ing[ \t])[^;:.!?\n]{0,100},[ \t]*")
SEEN = regex.compile(r"(?i)[ \t]+(?:[\w-]+[ \t]+)?be[ \t]+(?:seen|heard|spotted|observed|pictured|filmed)\b")


def _negated(negation: regex.Pattern[str], text: str, begin: int, pos: int) -> bool:
    """A negation or modal before the act in its clause, not "could be seen" (a report of what
    footage shows: "supporters could later be seen collecting litter")."""
    return any(not (m.group(0).casefold() in ("could", "can", "would") and SEEN.match(text, m.end(), pos))
               for m in negation.finditer(text, begin, pos))


TALKED_OF = regex.compile(r"(?i)\b(?:talked|talking|talks?|thought|thinking|toyed)[ \t]+(?:about|of|with)[ \t]+(?:the[ \t]+idea[ \t]+of[ \t]+)?\p{Ll}+ing\b"
                          # "who is already talking about a thank-you letter he wants to write": still to come
                          r"|\b(?:is|are|was|were)[ \t]+(?:already[ \t]+|still[ \t]+)?(?:talking|thinking)[ \t]+(?:about|of)\b")


def _talked_of(text: str, begin: int, t: Trigger) -> bool:
    """A plan before the act ("had talked about leaving a thank-you note", "fans had talked about tidying
    their section"), not a report of it ("everyone talked about how the fans cleaned up")."""
    m = TALKED_OF.search(text, begin, min(len(text), t.end + 20))
    return m is not None and m.start() < t.begin


WHERE_BEFORE = regex.compile(r"(?i)\b(?:where|in[ \t]+which)[ \t]+(?:[\w,-]+[ \t]+){0,4}\Z")
WHO_CLAUSE = regex.compile(r"[ \t]*,[ \t]*who[ \t]+[^,;:.!?\n]{0,40}")
POSSESSED = regex.compile(r"(?i)\b(?:their|its|his|her)[ \t]+(?:[\w,.-]+[ \t]+){0,3}?\Z")


def _team_subject(text: str, ms: list[Mention], begin: int, pos: int) -> Mention | None:
    """A team named as the clause's subject, right before the act ("Croatia bowed")."""
    for m in reversed(ms):
        if begin <= m.begin and m.end <= pos:
            between = text[m.end : pos]
            head = between[rx(r"(?:['’]s?)?[ \t]*").match(between).end() :]
            if any(p.match(head) for p in _actor_patterns().values()):
                return None  # "Japan fans staying behind": the team names whose fans they are
            if FANS_PLACE.match(head):  # "the Chile end stayed": whose fans; "X went to the Chile end and bowed": X
                if rx(r"(?i)\b(?:to|towards|toward|of|before|at|by|in front of|past)[ \t]+(?:the[ \t]+)?\Z").search(
                        text, max(begin, m.begin - 20), m.begin):
                    continue
                return None
            if len(between.split()) <= 4 and not OPPONENT_MARK.search(text[max(begin, m.begin - 40) : m.begin]):
                return m
            if CLAUSE_LEAD.fullmatch(text, begin, m.begin) and COORDINATED_PREDICATE.fullmatch(between):
                return m  # "the Cagous went in front of the away stand and bowed": the clause's subject
            return None
    return None


CLAUSE_LEAD = regex.compile(r"(?i)[ \t]*(?:(?:and|but|then|so|the|later|afterwards|eventually|finally)[ \t]+)*")
COORDINATED_PREDICATE = regex.compile(r"(?:['’]s?)?(?:[ \t]*,[ \t]*(?:too|also|meanwhile|however|in turn|for (?:their|its|his|her) part)[ \t]*,)?[ \t]+\p{Ll}[^,;:()\[\]—–\n]{0,80}[ \t]and[ \t]+(?:then[ \t]+)?(?:\p{Ll}+ly[ \t]+)?")


FANS_PLACE = regex.compile(r"(?i)(?:ends?|sections?|stands?|terraces?|curva|blocks?|sectors?)\b")
IN_STANDS = regex.compile(r"(?i)[ \t]+(?:in|on|from|among)[ \t]+the[ \t]+(?:stands?|terraces?|seats|bleachers|crowd|curva)\b")


@functools.cache
def _role_after() -> regex.Pattern[str]:
    from .people import role_alternation

    return regex.compile(r"(?i)[ \t]+(?:[\w-]+[ \t]+)?" + role_alternation() + r"\b")


def _people_subject(article: Article, text: str, begin: int, pos: int) -> Mention | None:
    """A demonym that names people, not a team, as the clause's subject right before the act
    ("Thousands of Serbs stayed behind", "the Danish Roligans tidied the stand"): those people are
    that team's fans. Not a person's nationality ("the Danish president wept")."""
    for m in reversed(mentions(article)):
        if m.end <= pos and m.begin >= begin:
            if m.via != "demonym" or m.reason != PEOPLE_NOT_TEAM or _role_after().match(text, m.end) \
                    or FANS_PLACE.match(text, m.end + 1):
                return None  # not "went to the Tahitian stand and bowed": a place
            between = text[m.end : pos]
            words = len(between.split())  # "thousands of Guatemalans in blue and white stayed": a modifier
            return m if (words <= 3 or words <= 6 and DRESSED.match(between)) and not rx(r"[,;:()—–]").search(between) else None
    return None


DRESSED = regex.compile(r"(?i)[ \t]+(?:in|wearing|dressed[ \t]+in|draped[ \t]+in|from)[ \t]")  # after a demonym: what its people wear, where they come from
WHOSE = regex.compile(r"(?i)[ \t]*,[ \t]*whose[ \t]+(?:[\w-]+[ \t]+){0,2}")  # the team a possessive relative's actor belongs to
POSSESSIVE_MODIFIERS = regex.compile(r"['’]s?[ \t]+(?:[\w-]+[ \t]+){0,2}")


def _team_near(text: str, ms: list[Mention], s: Sentence, pos: int) -> str | None:
    """A team written next to the actor ("Japan fans", "Japanese players", "fans of Japan")."""
    for m in reversed(ms):  # the nearest before the actor ("Japan and Mexico fans": Mexico)
        if s.begin <= m.begin and (0 <= pos - m.end <= 12 and not rx(r"[.,;:!?]").search(text[m.end : pos])
                                   and not rx(rf"(?i)\b{SUBORDINATOR}").search(text, m.end, pos)  # "edge Kuwait as fans stay"
                                   or POSSESSIVE_MODIFIERS.fullmatch(text, m.end, pos)
                                   or WHOSE.fullmatch(text, m.end, pos)):  # "Japan, whose senior side"
            return m.team  # also "the Taeguk Warriors' travelling supporters"
    for m in ms:
        if not (s.begin <= m.begin < s.end):
            continue
        if 0 <= m.begin - pos <= 30 and rx(r"(?i)[\w-]+\s+(?:of|from)\s+(?:the\s+)?").fullmatch(text[pos : m.begin]):
            return m.team
    return None


OTHERS_DID_IT = regex.compile(  # "the cleaning of the stand was done, as usual, by a municipal crew"; "was left to the ground staff"
    r"(?i)\b(?:was|were|been|being|is|are|got|get)[ \t]+(?:\w+[ \t]+){0,2}?(?:(?:done|carried[ \t]+out|handled|cleaned|cleared|tidied|"
    r"swept|collected|picked[ \t]+up|removed)\b[^.;!?\n]{0,30}?\bby|left[ \t]+(?:to|for))[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:crew|crews|staff|"
    r"stewards|cleaners|workers|employees|contractors|groundsmen|groundstaff|council|municipality|volunteers)\b")
OTHERS_WHO = regex.compile(  # "thank you to the people who cleaned this stadium", "the stewards who swept the stands"
    r"(?i)\b(?:(?:for|to|thank|thanked|thanks|thanking)[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?(?:people|those|everyone|everybody)|"
    r"workers|cleaners|stewards|crews?|employees|groundstaff|groundsmen)[ \t]+(?:who|that)[ \t]+(?:had[ \t]+|have[ \t]+)?\Z")
PASSIVE_AGENT = regex.compile(r"(?i)\b(?:been|was|were|is|are|being)[ \t]+(?!watched|cheered|applauded|greeted|serenaded|thanked|saluted|met|joined|consoled|comforted|hugged|embraced|helped|lifted|led|picked|surrounded|carried|escorted)\w+ed[ \t]+by[ \t]+(?:the[ \t]+|their[ \t]+)?(?:[\w-]+[ \t]+){0,2}\Z")  # "the bow had been discussed by the Chinese squad"
ADJECTIVE = regex.compile(r"(?i)tearful|teary(?:-eyed)?|weeping|sobbing|crying")  # a trigger written before its actor
DASH_ASIDE = regex.compile(r"[ \t]*[—–][^—–\n]{1,120}[—–][ \t]*\Z")  # the clause's subject, set off by dashes
NEGATED_ASIDE = regex.compile(r"(?i)(?:\bnot|\bnever|n't)[ \t]*,[^,.;!?\n]{1,40},[ \t]*(?:[\w-]+[ \t]+){0,2}\Z")  # "did not, it should be said, tidy"
ACT_AS_OBJECT = regex.compile(r"(?i)\b(?:about|of|on|over|praised|saw|seen|watched|told|heard)[ \t]+(?:the|this|that)[ \t]+\Z")  # "X had been told about the clean-up": not X's act
FAR_AFTER = 80  # characters: a team named further after the act is in another part of the sentence
FAMILY_SUBJECT = regex.compile(r"(?i)[ \t]*(?:(?:and|but|then|even)[ \t]+)?(?:my|his|her|their|our)[ \t]+(?:[\w-]+[ \t]+)?"
                            r"(?:mom|mum|mother|dad|father|parents|brother|sister|wife|husband|son|daughter|grandmother|grandma"
                            r"|grandfather|grandpa|girlfriend|boyfriend|fiancée?|uncle|aunt|cousin)\b")  # the clause's subject
NEARLY = regex.compile(r"(?i)\b(?:nearly|almost)[ \t]+(?:(?:started|began|burst|broke|was|were|came)[ \t]+(?:to[ \t]+|into[ \t]+|down[ \t]+)?)?\Z")  # "nearly started crying"
QUESTION = regex.compile(r"\?[\"”’'»)]*[ \t]*\Z")
THERE_WILL_BE = regex.compile(r"(?i)\bthere[ \t]+(?:will|would|could|may|might|must|should)[ \t]+(?:also[ \t]+|always[ \t]+)?be\b")  # "There will be more defeats, more tears"
NO_BEFORE = regex.compile(r"(?i)\bno[ \t]+(?:[\w-]+[ \t]+){0,2}\Z")  # "saw no (organised) clean-up"
PRONOUN_SUBJECT = regex.compile(r"(?i)\bthey[ \t]+(?:[\w'’-]+[ \t]+){0,2}\Z")
PARTITIVE_QUANTITY = r"(?:several|many|some|most|all|one|two|three|four|five|a few|few|half|each|both|hundreds|thousands|dozens|scores|a couple|a handful|a number|\d+)(?:[ \t]+(?:hundred|thousand|dozen))?"
CROWD_PARTITIVE = regex.compile(r"(?i)[ \t]*(?:hundreds|thousands|tens[ \t]+of[ \t]+thousands|\d{3,}|\d{1,3}(?:,\d{3})+|\d+[ \t]+(?:hundred|thousand))[ \t]+of[ \t]+them\b")
# "some of them", "two or three of them", "one or two of whom"
PARTITIVE_THEM = regex.compile(rf"(?i)[ \t]*{PARTITIVE_QUANTITY}(?:[ \t]+or[ \t]+{PARTITIVE_QUANTITY})?[ \t]+of[ \t]+(?:them|whom)\b")
SUBORDINATE = regex.compile(r"(?i)[ \t]*(?:long[ \t]+)?(?:after|before|when|while|as|once|until|since|although|though)\b")
LEADING_SUBORDINATE = regex.compile(r"(?i)(?:(?:then|and|but|so|later|finally|yet)[ \t]*,?[ \t]*)?(?:as|while|when|whilst|once|whereas)\b"
                                 r"[^,;:.!?\n]{1,120},[ \t]*")  # an opening "as X did Y," with a subject of its own
REPORTED = regex.compile(r"(?i)\b(?:said|says|told|tells|reported|confirmed|explained|added|noted|posted|tweeted)\b")
FOUND_IT = regex.compile(r"(?i)\b(?:found|finds?|described|reported|pronounced|declared)[ \t]+(?:the|their|its)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z")
THEY_WORD = regex.compile(r"(?i)\bthey\b")
# "When word came through that Germany had been held, the players wept": a team in what a leading clause reports is not theirs
REPORTED_IN_LEAD = regex.compile(r"(?i)[\"“‘'\s]*(?:when|after|once|as|as soon as|until)[ \t]+[^,;:.!?\n]{0,80}?\bthat\b[^,;:!?\n]{0,80}")
SUBORDINATE_SUBJECT = regex.compile(r"(?i)\b(?:as|while|whilst|whereas)[ \t]+(?:the[ \t]+)?\Z")  # "as X celebrated, fans stayed": not X's
OUR_BEFORE = regex.compile(r"(?i)\bour[ \t]+(?:[\w-]+[ \t]+)?\Z")  # "our (young) footballers": the outlet's side


def _leading_clause_team(text: str, s: Sentence, m: Mention) -> bool:
    """A team named in a clause that leads into the act's: its subject ("as X celebrated, fans
    stayed") or in what it reports ("When word came that X had been held, the players wept")."""
    return _subordinate_subject(text, m) or REPORTED_IN_LEAD.fullmatch(text, s.begin, m.begin) is not None


def _subordinate_subject(text: str, m: Mention) -> bool:
    """The team is the subject of an "as/while ..." clause ("as the Reggae Boyz celebrated"), not a
    modifier of an actor noun ("while the Colombian fans stayed")."""
    return bool(SUBORDINATE_SUBJECT.search(text, max(0, m.begin - 20), m.begin)) \
        and not any(p.match(text, m.end + 1) for p in _actor_patterns().values())


GERUND_SUBJECT = regex.compile(r"[\"“‘'\s]*")  # the act, as a gerund, opens the clause: its subject
WE_AFTER = regex.compile(r"(?i)[^\"”.!?]{0,40}?\b(?:we|i)\b")
DEFINITE = regex.compile(r"(?i)(?:the[ \t]+)?")
INFINITIVE = regex.compile(r"[ \t]*(?:in[ \t]+order[ \t]+)?to[ \t]+\p{Ll}")  # a clause that is a purpose: no subject of its own
# not "I cried when they bowed"; "many of us cried" too
FIRST_PERSON = regex.compile(r"(?i)\b(?:we|i|(?:many|most|some|all|several|few|half|both|each|one|two|three|none)[ \t]+of[ \t]+us)\b"
                             r"(?:(?!\b(?:they|he|she)\b)[^,.;:!?]){0,30}\Z")
FAN_GROUP = regex.compile(r"(?i)\b(?:army|ultras|legion|faithful)\Z")
QUOTED = regex.compile(r"[\"“][^\"“”\n]*[\"”]")


def _subject_actor(text: str, s: Sentence, begin: int | None = None, end: int | None = None) -> tuple[str, int] | None:
    """The leftmost actor noun of the sentence (or of its part ``begin:end``) that is not an object
    ("The Japan players bowed to the stand holding their fans, several of them in tears": the players)."""
    best: tuple[int, str] | None = None
    lo = s.begin if begin is None else begin
    for actor, pat in _actor_patterns().items():
        for m in pat.finditer(text, lo, s.end if end is None else end):
            lead = text[max(lo, m.start() - 40) : m.start()]
            if _object_mark().search(lead) and not _is_partitive(text, max(lo, m.start() - 80), m.start()):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), actor)
            break
    return (best[1], best[0]) if best else None


CLAUSE_OPENER = regex.compile(r"(?i)[ \t]*(?:while|whilst|whereas|as|and|but|though|although)\b")
OPENER_BEFORE = regex.compile(r"(?i)\b(?:while|whilst|whereas|but|though|although)\Z")


def _clause_subject_before(text: str, s: Sentence, cb: int) -> tuple[str, int] | None:
    """The subject of the clause that a partitive's clause (", some of them in tears") follows, when
    that clause opens with a subordinator or conjunction of its own ("..., while several of the
    Senegal side sat on the turf, some of them in tears"): its leftmost actor noun that is no object."""
    comma = text.rfind(",", s.begin, cb)
    if comma <= s.begin:
        return None
    pb, _ = _clause(text, s, comma - 1)
    if not CLAUSE_OPENER.match(text, pb) and not OPENER_BEFORE.search(text, max(s.begin, pb - 10), pb):
        return None  # the clause break is the subordinator itself ("while")
    return _subject_actor(text, s, pb, comma)


def _speaker_actor(article: Article, pos: int, act: str) -> tuple[str, str | None] | None:
    """For an act told in the first person inside a quotation ("So we bow to say sorry," the captain
    said): the speaker's side, as players (a player or coach) or fans (a fan; for tears, also
    someone with no other role in the game: a cleaner who speaks of cleaning is not a fan), and
    the speaker's team."""
    p = _quoted_speaker(article, pos)
    if p is None:
        return None
    roles = set(p.roles)
    if roles & {"player", "coach"}:
        return "players", p.team or _interviewee_own(article, p)
    if "fan" in roles or roles <= {"other"} and act == "tears":  # "I cried," said a taxi driver who came by road
        return "fans", p.team
    return None


def _quoted_speaker(article: Article, pos: int) -> Person | None:
    """The person quoted at ``pos``, if the quotation has a speaker kg knows."""
    from .people import persons, resolve
    from .sources import quotes

    found = quotes(article)
    q = next((q for q in found if q.begin <= pos < q.end and q.speaker), None)
    if q is None and not any(q.begin <= pos < q.end for q in found):
        # '"It was a bad night," the coach said. "But I saw the fans who stayed behind"': a quotation
        # that goes on after its attribution, in the same paragraph, is the same speaker's
        text = article.content
        para = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        if any(m.start() <= pos < m.end() for m in QUOTED.finditer(text, para, len(text) if end < 0 else end)):
            q = next((q for q in reversed(found) if para <= q.begin and q.end <= pos and q.speaker), None)
    return resolve(persons(article), q.speaker) if q is not None and q.speaker else None


WHO_OPENS = regex.compile(r"(?i)[ \t]*who\b")  # a relative clause, after its comma, whose subject is its antecedent
VERB_OPENS = regex.compile(r"[ \t]*(?:\p{Ll}+ly[ \t]+)?(?:\p{Ll}{2,}ed|went|came|ran|stood|sank|knelt|fell|took|made)\b")  # ", meanwhile, walked over ... and bowed"
# a place or a time that opens the sentence in a clause of its own ("Inside the home dressing room, ...",
# "At the final whistle, ..."): the act's subject is the next clause's
PLACE_LEAD = regex.compile(r"(?i)[\"“‘'\s]*(?:back[ \t]+|later[ \t]+|down[ \t]+|over[ \t]+)?(?:inside|in|at)[ \t]+the\b")
GERUND_OPENS = regex.compile(r"[ \t]*\p{Ll}+ing\b")  # "before lining up and bowing": no subject of its own
GERUND_PURPOSE = regex.compile(r"[ \t]*\p{Ll}+ing\b[^,;:.!?\"“”]{0,60}?[ \t]to[ \t]+")  # "X set off, stopping at each stand to bow"
SUBJECTLESS_BREAK = regex.compile(r"(?i)\b(?:before|while|whilst)\Z")  # the clause breaks a gerund's clause follows
QUOTE_MARK = regex.compile(r"[\"“”«»]")
INNER_ASIDE = regex.compile(r"[—–][^—–\n]{1,120}[—–]|\([^()\n]{1,120}\)")  # "— most of them expatriates —"
# "The fans sang, bowed and went home", "The players walked to the stand, leaving a note": a predicate
# listed after a comma, with the subject of the clause before
LISTED_PREDICATE = regex.compile(r"[ \t]*(?:then[ \t]+)?(?:\p{Ll}+ly[ \t]+)?(?:(?:were|was)[ \t]+)?(?:tearful|\p{Ll}{2,}(?:ed|ing)|went|took|left|wept|sang|gave|made|wrote"
                              r"|stuck|swept|stood|knelt|broke|burst|shed|hung|threw|ran|sat|fell|sank|came|kept|held|in[ \t]+tears)\b")


def _listed_predicate(text: str, s: Sentence, cb: int, pos: int) -> bool:
    """The act's clause is a predicate listed after a comma ("sang, bowed and went home"), not one
    after an aside on the subject ("Oman's players, for their part, walked") nor in a relative clause."""
    if text[cb - 1] != "," or not LISTED_PREDICATE.match(text, cb) or RELATIVE_WORD.search(text, s.begin, pos):
        return False
    before = _clause(text, s, cb - 2)[0]  # the clause the comma ends must have a verb: not "The fans, to their credit, stayed"
    return bool(FINITE_VERB.search(text, before, cb - 1))


FINITE_VERB = regex.compile(r"(?i)\b(?:\p{Ll}{2,}ed|sang|went|took|left|wept|gave|made|wrote|stood|knelt|ran|sat|fell|came|kept|held"
                          r"|stuck|swept|threw|sank|broke|burst|was|were)\b")
RELATIVE_WORD = regex.compile(r"(?i)\b(?:who|whom|whose|which|that|where)\b")
COORDINATED = regex.compile(r"(?i)[ \t]*(?:and|then)[ \t]+(?:then[ \t]+)?(?:\p{Ll}+ly[ \t]+)?(?!the\b|their\b|its\b|a\b|an\b)\p{Ll}+")


def _previous_actor(text: str, ordered: list[Sentence], i: int,
                    names: tuple[tuple[int, int], ...]) -> tuple[tuple[str, int], Sentence] | None:
    """The actor the sentence before names, or, when that sentence is about "They", the one before it
    ("The Colombian players did not go in. They walked around the pitch. Several were in tears")."""
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        prev = ordered[k]
        found = _actor_in(text, prev.begin, prev.end, prev.end, before_only=True, skip=names)
        if found is not None:
            return found, prev
        if not THEY.match(text, prev.begin):
            return None
    return None


def _speaker_team(article: Article, pos: int) -> str | None:
    """The team of a player, coach or fan quoted at ``pos``."""
    p = _quoted_speaker(article, pos)
    return p.team if p is not None and set(p.roles) & {"player", "coach", "fan"} else None


OTHER_SIDE = regex.compile(r"(?i)[\"“‘'\s]*(?:(?:on|from)[ \t]+the[ \t]+other[ \t]+side|at[ \t]+the[ \t]+other[ \t]+end"
                        r"|in[ \t]+the[ \t]+other[ \t]+camp|for[ \t]+the[ \t]+(?:losers|beaten[ \t]+side|vanquished))\b")
CROWD_SIZE = regex.compile(r"(?i)\b(?:hundreds|thousands|dozens|(?:a|the)[ \t]+(?:few|several)[ \t]+(?:hundred|thousand)"
                        r"|(?:several|many|some|a[ \t]+few)[ \t]+(?:hundred|thousand)|\d{2,3}(?:,\d{3})*|\d+[ \t]+(?:hundred|thousand))"
                        r"(?:[ \t]+of)?(?:[ \t]+the)?[ \t]+(?:[\w-]+[ \t]+)?\Z")


def _crowd_of_demonym(article: Article, begin: int, end: int) -> Mention | None:
    """A people's plural after a crowd's size, before ``end`` ("the few hundred Canadians", "2,000
    Peruvians"): that team's supporters (a demonym with no team noun is no team mention otherwise)."""
    text = article.content
    for m in mentions(article):
        if begin <= m.begin < end and m.via == "demonym" and m.form.endswith(("s", "ese", "sh", "ch")) \
                and CROWD_SIZE.search(text, max(begin, m.begin - 30), m.begin) \
                and not any(pat.match(text, m.end + 1) for pat in _actor_patterns().values()):
            return m  # (not "200 Surinamese supporters", which the actor noun tells)
    return None


TWEET_BYLINE = regex.compile(r"[ \t]+[—–-][ \t]+(?=[^—–\n]*\(@\w+\))")  # " — Display Name (@handle) date"


def _tweet_author_team(article: Article, pos: int) -> str | None:
    """The one team the display name of the tweet at ``pos`` names ("Our fans stayed behind ... —
    Bafana Bafana Fans (@BafanaFans_ZA)"): the author's own."""
    text = article.content
    for b, e in tweet_spans(article):
        if b <= pos < e:
            bylines = list(TWEET_BYLINE.finditer(text, pos, e))
            if not bylines:
                return None
            table = teams()  # the display name is the tweet's signature, which team mentions leave out
            named = {table.forms[f.group(0)][0] for f in table.form_pattern.finditer(text, bylines[-1].end(), e)}
            return named.pop() if len(named) == 1 else None
    return None


POSSESSIVE_GAP = regex.compile(r"['’]s?[ \t]+(?:[\w-]+[ \t]+)?")  # "Chhetri's men", "Pedros's young players"


def _possessor_team(article: Article, actor_pos: int) -> str | None:
    """The team of the coach or player whose possessive comes right before the actor noun
    ("Chhetri's men", "Reynald Pedros's players"), not the team the sentence names."""
    from .people import best_role, final_teams, persons

    text = article.content
    for p in persons(article).values():
        for _b, e in p.spans:
            if 0 <= actor_pos - e <= 30 and POSSESSIVE_GAP.fullmatch(text, e, actor_pos):
                return final_teams(article).get(p.name) if best_role(p.roles) in ("player", "coach") else None
    return None


def _person_team(article: Article, actor_pos: int) -> str | None:
    """The team of a person named right after the actor noun ("Captain Lamin Touray") or whose
    team-mates they are ("Nazarov and his team-mates"), else of the player or coach a possessive
    before the actor noun stands for ("Ortiz sank to the turf. Around him, several of his team-mates
    were crying", "The Peru coach said his players had given everything")."""
    from .people import best_role, persons

    text = article.content
    last: tuple[int, Person] | None = None
    his = HIS_BEFORE.search(text, max(0, actor_pos - 20), actor_pos)
    para = text.rfind("\n\n", 0, actor_pos)
    for p in persons(article).values():
        if any(0 < b - actor_pos <= 20 and not rx(r"[.,;:!?]").search(text[actor_pos:b])
               or 0 < actor_pos - e <= 20 and WITH_HIS.fullmatch(text, e, actor_pos) for b, e in p.spans):
            return p.team
        if his is not None:
            for b, e in p.spans:
                if max(para, actor_pos - POSSESSOR_REACH) <= b and e <= his.start() and (last is None or b > last[0]):
                    last = (b, p)
    if last is not None and best_role(last[1].roles) in ("player", "coach"):
        return last[1].team  # the person named last before: whom "his" stands for
    return None


def _opponent_of(article: Article, named: str, actor_pos: int) -> str | None:
    """The side that played ``named`` in the article's matches: the one of the player or coach named
    last in the paragraph before the act ("Kim said ... After the Vietnam win, the players bowed"), if
    it is one; else the only one."""
    from .people import best_role, persons

    sides = {t for info in matches(article) if named in info.teams for t in info.teams if t != named}
    text = article.content
    para = text.rfind("\n\n", 0, actor_pos)
    last = max(((b, p) for p in persons(article).values() for b, _e in p.spans
                if max(para, actor_pos - POSSESSOR_REACH) <= b < actor_pos and best_role(p.roles) in ("player", "coach")
                and p.team is not None), default=None, key=lambda x: x[0])
    if last is not None:  # a side the person named last is not on: the match of the act is not among those found
        return last[1].team if last[1].team in sides else None
    return sides.pop() if len(sides) == 1 else None


HIS_BEFORE = regex.compile(r"(?i)\b(?:his|her)[ \t]+(?:[\w-]+[ \t]+)?\Z")
POSSESSOR_REACH = 300  # characters: the sentence of the act and the one before


@functools.cache
def _player_noun() -> regex.Pattern[str]:
    """A player's role noun of ``vocab.json`` ("the defender", "the captain")."""
    words = [w for w in vocab()["roles"]["player"] if w.islower()]
    return regex.compile(rf"(?i)(?:{alternation(words, ignorecase=True)})(?![\w-])")


DEFINITE_BEFORE = regex.compile(r"(?i)\bthe[ \t]+(?:[\w-]+[ \t]+)?\Z")


def _named_before_team(article: Article, s: Sentence, actor_pos: int) -> str | None:
    """The team of the player named last before the sentence when its actor is "the defender", "the
    midfielder", ... as the sentence's subject ("X, he added, would recover. The defender was in tears"):
    the one the role noun stands for."""
    from .people import best_role, candidates, persons, resolve

    text = article.content
    if not _player_noun().match(text, actor_pos) or not DEFINITE_BEFORE.fullmatch(text, s.begin, actor_pos):
        return None
    before = sorted((c for c in candidates(article) if s.begin - 300 <= c.begin and c.end <= s.begin and not c.possessive),
                    key=lambda c: c.begin)
    if not before:
        return None
    person = resolve(persons(article), before[-1].name)
    return person.team if person is not None and best_role(person.roles) == "player" else None


WITH_HIS = regex.compile(r"(?i)[ \t]+and[ \t]+(?:his|her|their)[ \t]+")


def extract(article: Article) -> Iterator[FanAct]:
    if not is_football(article):
        return
    text = article.content
    ms = accepted(article)
    names = tuple((m.begin, m.end) for m in ms if m.via == "nickname")  # "the Black Stars" are no "stars"
    headline = headline_end(article)
    negation = _negation()
    last_actor: str | None = None
    last_team: str | None = None
    last_at = -1  # the sentence of the last act
    team_of: dict[str, str | None] = {}  # actor -> the team of the last act by that actor
    seen: set[tuple[str, str, str | None, int]] = set()
    ordered = sentences(article)
    for i, s in enumerate(ordered):
        if QUESTION.search(text, s.begin, s.end):
            continue  # "Did anyone pick up the rubbish?": asked, not reported
        found_triggers = sorted(triggers(article, s), key=lambda t: t.begin)  # in the order written
        if found_triggers and _imperative().match(text, s.begin, s.end):
            continue  # "Clean your section. Applaud the players while they bow to you.": advice, not a report
        if found_triggers and pattern("other_sports").search(text, s.begin, s.end) and not FOOTBALL_WORD.search(text, s.begin, s.end):
            continue  # "at Koshien, the baseball tournament, forty thousand people folded their towels": another sport's crowd
        in_clause: dict[tuple[int, int], tuple[tuple[str, int], str | None, int]] = {}  # a clause's act: actor, team, end
        for t in found_triggers:
            cb, ce = _clause(text, s, t.begin)
            if _negated(negation, text, cb, t.begin) or NO_BEFORE.search(text, cb, t.begin) or _talked_of(text, cb, t) \
                    or NEGATED_ASIDE.search(text, s.begin, t.begin) or t.act == "tears" and NEARLY.search(text, cb, t.begin) \
                    or THERE_WILL_BE.search(text, s.begin, t.begin) or _hedge().search(text, s.begin, s.end):
                continue  # "a card ..., said to have been left by the players": a claim, not the article's
            if ASKED.match(text, t.end, s.end):
                continue  # "do Japan's fans really clean every stadium they visit?": asked, not told
            if t.act == "tears" and FAMILY_SUBJECT.match(text, cb, t.begin):
                continue  # "My mom cried on the phone", "his father wept": a relative's tears, not a fan's or a player's
            if _request().search(text, cb, t.begin):
                continue  # "fans were asked to tidy the stands", "organisers urged the players to bow": asked, not done
            if (other := _not_actor_subject().match(text, cb, t.begin)) is not None \
                    and (SUBJECT_TO_VERB if t.act == "tears" else ADVERBS_TO_VERB).fullmatch(text, other.end(), t.begin) \
                    and not any(p.search(text, other.end(), t.begin) for p in _actor_patterns().values()):
                continue  # "The singer who performed the anthem cried", "Stadium staff cleaned the stands": not a fan or player
            if OTHERS_DID_IT.search(text, max(s.begin, t.begin - 40), min(s.end, t.end + 80)) \
                    or OTHERS_WHO.search(text, max(cb, t.begin - 60), t.begin):
                continue  # "the cleaning of the stand was done by a municipal crew": not the fans
            if ADJECTIVE.fullmatch(text, t.begin, t.end) and _not_actor_after().match(text, t.end):
                continue  # "console a tearful Danish ballboy": not a fan's or a player's tears
            forced_team: str | None = None
            found = _actor_in(text, cb, ce, t.begin, before_only=bool(t.default_actor), skip=names)
            if found is not None and found[1] < t.begin and (FOUND_IT.search(text, found[1], t.begin)
                                                             or REPORTED.search(text, found[1], t.begin)):
                found = None  # "the stewards found the stand spotless", "operations staff said the section was spotless":
                # who saw or told it, not who did it
            if found is None or found[1] > t.begin:  # "A note reading 'Thank you' was left by Japan fans": the agent
                found = _passive_agent(text, t.begin, t.end, ce, names) or found
            if t.again and (found is None or found[1] > t.begin):
                continue  # the act again in a later clause counts only with an actor of its own before it
            after_act = found is None or found[1] > t.begin
            comma_aside = COMMA_ASIDE.search(text, s.begin, cb) if after_act and cb > s.begin else None
            if comma_aside is None and after_act and cb > s.begin and (len(text[cb : t.begin].split()) <= 3
                                                                       or VERB_OPENS.match(text, cb, t.begin)):
                comma_aside = ASIDE.search(text, s.begin, cb)  # "Home supporters, meanwhile, were in no hurry to leave"
            if comma_aside is not None:  # "Jamaica's players, several of them crying, stayed on the pitch"
                before = _actor_in(text, s.begin, comma_aside.start(), comma_aside.start(), before_only=True, skip=names)
                if before is not None and (len(text[before[1] : comma_aside.start()].split()) <= 1
                                           or ACTOR_THEN_PLACE.fullmatch(text, before[1], comma_aside.start())):
                    found = before
            shared = in_clause.get((cb, ce)) if found is None else None
            if shared is not None and not NEW_SUBJECT.search(text, shared[2], t.begin):
                # "a group of Ecuadorians stayed behind after the defeat to collect cups": the subject of the clause's
                found, forced_team = shared[0], shared[1]  # act before (not "I cried when they bowed")
            relative = RELATIVE_ASIDE.search(text, s.begin, cb) if (found is None or found[1] > t.begin) and cb > s.begin else None
            if relative is not None:  # "The home fans, who had spent the evening on their feet, stayed": the actor before,
                # also over one after the act ("The Nigeria players, who ..., were in tears as the Moroccan staff celebrated")
                found = _actor_in(text, s.begin, relative.start(), relative.start(), before_only=True, skip=names) or found
            aside = DASH_ASIDE.search(text, s.begin, cb) if found is None else None
            if aside is not None:  # "A handful of U.S. players — X and Y among them — stayed out": right before the aside
                found = _actor_in(text, s.begin, aside.start(), aside.start(), before_only=True)
                if found is not None and len(text[found[1] : aside.start()].split()) > 2:
                    found = None
                if found is None:  # "The Danish Roligans — the famously friendly home supporters — stayed behind"
                    found = _actor_in(text, aside.start(), aside.end(), aside.end(), before_only=True)
            # "So I cleaned, to stop crying": an infinitive's clause has the subject of the clause before it
            before_purpose = text.rfind(",", s.begin, cb) if cb > s.begin and INFINITIVE.match(text, cb) else -1
            gerund = GERUND_SUBJECT.fullmatch(text, cb, t.begin) and text[t.begin : t.end].casefold().endswith("ing") \
                and WE_AFTER.match(text, t.end, ce)  # "Bowing was the least we could do"
            if found is None and IN_STANDS.match(text, t.end, ce):
                found = ("fans", t.begin)  # "I saw grown men crying in the stands", "There were tears in the stands"
            if found is None and (FIRST_PERSON.search(text, cb, t.begin) or gerund
                                  or before_purpose > 0 and FIRST_PERSON.search(text, s.begin, before_purpose)):
                speaker = _speaker_actor(article, t.begin, t.act)
                if speaker is not None:  # "So we bow to say sorry," the captain said
                    found = (speaker[0], t.begin)
                    forced_team = speaker[1]
                elif (teller := narrator(article)) is not None and not any(
                        q.start() <= t.begin < q.end() for q in QUOTED.finditer(text, s.begin, s.end)):
                    found, forced_team = (teller[0], t.begin), teller[1]  # a diary's "We stayed behind", "I cried"
                elif _answer_line(text, t.begin) and (own := interviewee_team(article)) is not None:
                    found, forced_team = ("players", t.begin), own  # a Q&A's answer "I cried": the interviewee's
            if found is None and PRONOUN_SUBJECT.search(text, cb, t.begin) and i > 0 and (
                    cb == s.begin or SUBORDINATE.match(text, s.begin)):
                # "Long after the Chinese fans had filed out, they stayed behind": "they" are the
                # previous sentence's actors, not the ones of the subordinate clause
                prev = ordered[i - 1]
                pf = _actor_in(text, prev.begin, prev.end, prev.end, before_only=True)
                if pf is not None:
                    found = pf
                    forced_team = _team_near(text, ms, prev, pf[1])
            partitive = PARTITIVE_THEM.match(text, cb) if found is None else None
            if partitive is not None:
                # "the Bosnian fans, many of them in tears": the actor right before; "The players
                # bowed to the stand holding their fans before leaving, several of them in tears":
                # the sentence's subject
                right_before = _actor_in(text, max(s.begin, cb - 60), cb, cb, before_only=True)
                subject_actor = _subject_actor(text, s)
                whom = _whom_antecedent(text, max(s.begin, cb - 80), cb) if partitive.group(0).endswith("whom") else None
                if whom is not None:  # "bowed to the supporters, several of whom were crying": the supporters
                    found = whom
                elif right_before is not None and rx(r"\A[\w-]*[ \t]*[,(—–-]?[ \t]*\Z").match(text[right_before[1] : cb]):
                    found = right_before
                elif (clause_subject := _clause_subject_before(text, s, cb)) is not None \
                        and not _their_before(text, s, clause_subject[1]):
                    # not "Although their team had lost, many of them stayed": "them" are whose team it is
                    found = clause_subject  # "while several of the Y side sat on the turf, some of them in tears": that clause's subject
                elif subject_actor is not None and subject_actor[1] < cb and not _their_before(text, s, subject_actor[1]) \
                        or i == 0:
                    found = subject_actor
                else:  # "Rather than head for the exits, hundreds of them stayed behind": the sentence before's
                    prev = ordered[i - 1]  # subject ("The fans sang while the players did a lap. Then many of them ...")
                    # ... but a crowd's number is its fans' ("The squad bowed to the home supporters. Thousands of them remained")
                    crowd = [m.start() for m in _actor_patterns()["fans"].finditer(text, prev.begin, prev.end)] \
                        if CROWD_PARTITIVE.match(text, cb) else []
                    found = ("fans", crowd[-1]) if crowd else \
                        _subject_actor(text, prev) or _actor_in(text, prev.begin, prev.end, prev.end, before_only=True)
                    if found is not None:
                        forced_team = _team_near(text, ms, prev, found[1])
            adjective = found is None and ADJECTIVE.fullmatch(text, t.begin, t.end)
            after = next((m for m in ms if 0 < m.begin - t.end <= 1), None) if adjective else None
            if after is not None:
                # "tearful Ghana bow out", "weeping Brazil fans": the team the adjective describes
                fans = FAN_GROUP.search(after.form) or _actor_patterns()["fans"].match(text, after.end + 1)
                found, forced_team = ("fans" if fans else "players", after.begin), after.team
            person = _person_subject(article, s.begin, cb, t.begin, ce) if not ACT_AS_OBJECT.search(text, cb, t.begin) else None
            if person is None and found is None and cb == s.begin:
                person = _rated_subject(article, s)  # a ratings list's note: "Cried like a child at the final whistle"
            if person is not None and (found is None or found[1] < person[2] or found[1] >= t.begin):
                # "Solano was in tears as his teammates tried to console him": the named player
                team = person[1] or _article_team(article)
                yield from _once(seen, FanAct(evidence=(s.evidence(),), act=t.act, actor=person[0], team=team), s.begin)
                last_actor, last_team, last_at = person[0], team, i
                team_of[person[0]] = team
                in_clause[(cb, ce)] = (person[0], person[2]), team, t.end
                continue
            # the subject before an aside set off by dashes, not a team in the aside
            dash = DASH_ASIDE.search(text, s.begin, cb) if found is None and cb > s.begin else None
            subject_end = dash.start() if dash is not None and len(text[cb : t.begin].split()) <= 2 else t.begin
            subject = _team_subject(text, ms, _subject_start(text, s, cb), subject_end) if found is None else None
            if subject is not None:  # "Croatia bowed to the crowd": the team, i.e. its players; "the
                # Ticos in the stands wept", "Senegal cleaned up their section": its fans
                fans = FAN_GROUP.search(subject.form) or IN_STANDS.match(text, subject.end) or t.act == "clean_stands"
                found = ("fans" if fans else "players", subject.begin)
                forced_team = forced_team or subject.team
            people = _people_subject(article, text, _subject_start(text, s, cb), subject_end) if found is None else None
            if people is not None:  # "Thousands of Serbs stayed behind"
                found, forced_team = ("fans", people.begin), forced_team or people.team
            bare = BARE_QUANTIFIER.match(text, cb) if found is None and person is None else None
            if bare is not None:  # "Many in the stand were in tears"; "Several were in tears themselves": the
                if IN_STANDS.match(text, bare.end()):  # players of the sentence before
                    found = ("fans", bare.start())
                elif OTHERS.match(text, bare.start()) and i > 0 and (contrast := _subject_actor(text, ordered[i - 1])) is not None:
                    # "A section of the crowd booed the players off. Others stayed behind": others of the subject, not the object
                    found, forced_team = contrast, forced_team or _team_near(text, ms, ordered[i - 1], contrast[1])
                elif (carried := _previous_actor(text, ordered, i, names)) is not None:
                    found, forced_team = carried[0], forced_team or _team_near(text, ms, carried[1], carried[0][1])
            if found is None and cb > s.begin and t.end <= ce and WHO_OPENS.match(text, cb):
                # "the Iceland supporters, 1,500 of them in the away end, who have stayed behind": the
                # relative pronoun's antecedent, the actor noun nearest before it
                found = max(((actor, m.start()) for actor, pat in _actor_patterns().items()
                             for m in pat.finditer(text, s.begin, cb)
                             if not any(b <= m.start() < e for b, e in names)), key=lambda x: x[1], default=None)
            elif found is None and cb > s.begin and GERUND_OPENS.match(text, cb) \
                    and (SUBJECTLESS_BREAK.search(text, max(s.begin, cb - 12), cb)
                         or text[cb - 1] == "," and (not text[cb : t.begin].strip()  # "X went over, staying out": X
                                                     or GERUND_PURPOSE.fullmatch(text, cb, t.begin))):
                # "The Greek players celebrated ... before lining up and bowing": the main clause's subject
                found = _actor_in(text, s.begin, cb, cb, before_only=True, skip=names)
            if found is None and cb > s.begin and (COORDINATED.match(text, cb) or AUX_PREDICATE.match(text, cb)
                                                   or _listed_predicate(text, s, cb, t.begin)):
                # "The squad walked to the south stand, applauding, and stayed there": the subject before
                inner = tuple((m.start(), m.end()) for m in INNER_ASIDE.finditer(text, s.begin, cb))
                lead = LEADING_SUBORDINATE.match(text, s.begin, cb)  # "Then, as home fans lingered, the X lined up and bowed"
                main_start = lead.end() if lead is not None else s.begin
                found = _actor_in(text, main_start, cb, cb, before_only=True, skip=names + inner)
                subject = next((m for m in ms if m.begin == main_start + len(DEFINITE.match(text, main_start).group(0))), None) \
                    if found is None else None
                if subject is not None and lead is None and (subject.via == "demonym" or rx(r"['’]").match(text, subject.end)
                                                             or _role_after().match(text, subject.end)):
                    subject = None  # a listed predicate's subject: the team itself ("Japan walked over, bowing"), not
                    # "The Uruguayan federation responded, showing the room swept" nor "Japan's coach"
                if subject is not None and FAN_GROUP.search(subject.form):  # "The Tartan Army sang, bowed": the fans
                    found, forced_team = ("fans", subject.begin), forced_team or subject.team
                elif subject is not None:  # the main clause's subject is a team or its people ("the Malaysians"):
                    # a demonym's people are the ones the article was telling of
                    found = ((last_actor or "fans") if subject.via == "demonym" else "players", subject.begin)
                    forced_team = forced_team or subject.team
                if found is None and THEY.match(text, s.begin) and (carried := _previous_actor(text, ordered, i, names)):
                    found, forced_team = carried[0], forced_team or _team_near(text, ms, carried[1], carried[0][1])
            if found is None and t.default_actor and i > 0 and THEY_PRONOUN.match(text, s.begin, t.begin) \
                    and (carried := _previous_actor(text, ordered, i, names)) is not None:
                # "They walked to the away end and bowed": the actor of the sentence before, not the act's default
                found, forced_team = carried[0], forced_team or _team_near(text, ms, carried[1], carried[0][1])
            if found is None and cb == s.begin and ce < s.end and text[ce] == "," and PLACE_LEAD.match(text, cb):
                # "Inside the home dressing room, the Vanuatu players stacked the chairs": the next clause's subject
                found = _subject_actor(text, s, *_clause(text, s, ce + 1))
            if found is None and (people := _crowd_of_demonym(article, s.begin, t.begin)) is not None:
                # "The few hundred Canadians in the stadium refused to leave": a crowd of a team's people, its fans
                found, forced_team = ("fans", people.begin), forced_team or people.team
            if found is None and t.default_actor:
                actor, actor_pos = _medium_actor(text, ordered, i, t.act) or t.default_actor, t.begin
            elif found is None:  # the sentence's actor, not one inside another clause's "where/who ..."
                aside = tuple((m.start(), m.end()) for m in RELATIVE_CLAUSE.finditer(text, s.begin, t.begin))
                found = _actor_in(text, s.begin, s.end, t.begin, before_only=True, skip=aside + names)
                if found is None and i > 0 and THEY.match(text, s.begin, t.begin):
                    # "And the players? They bowed": the actor of the sentence before
                    prev = ordered[i - 1]
                    found = _actor_in(text, prev.begin, prev.end, prev.end, before_only=True)
                    if found is not None:
                        forced_team = _team_near(text, ms, prev, found[1])
                actor, actor_pos = found if found else (last_actor or "fans", t.begin)
            else:
                actor, actor_pos = found
            if forced_team is None and found is not None and OUR_BEFORE.search(text, max(s.begin, actor_pos - 24), actor_pos):
                if inside(s.begin, tweet_spans(article)):  # "Our fans stayed behind ... — Bafana Bafana Fans (@...)"
                    forced_team = _tweet_author_team(article, actor_pos)
                elif not QUOTE_MARK.search(text, s.begin, s.end):
                    forced_team = _article_team(article)  # "many of our footballers were crying": the outlet's own side
                else:  # 'Brannigan said: "... Our lads went over and bowed to them"': the speaker's side
                    forced_team = _speaker_team(article, actor_pos)
            team = forced_team or (_possessor_team(article, actor_pos) if actor == "players" else None) \
                or _team_near(text, ms, s, actor_pos) or _person_team(article, actor_pos) \
                or (_named_before_team(article, s, actor_pos) if actor == "players" else None) \
                or (_demonym_before(article, s, actor_pos) if actor == "fans" and found is not None else None) \
                or (_from_city(article, s, _word_end(text, actor_pos), {m.team for m in ms})
                    if actor == "fans" and found is not None else None)
            if team is None and last_team is not None and OTHER_SIDE.match(text, s.begin) \
                    and not any(s.begin <= m.begin < s.end for m in mentions(article)):  # not "the Comorian supporters"
                # "On the other side, Drogba also had the eyes full of tears": the side that played the last act's
                # (of the article's first match, else of the only one it played)
                reported = matches(article)
                played = reported[:1] if reported and last_team in reported[0].teams else [m for m in reported if last_team in m.teams]
                team = next(iter(played[0].teams - {last_team}), None) if len(played) == 1 else None
            if team is None:  # "the home fans", "the travelling supporters"
                side = SIDE.search(text, max(s.begin, actor_pos - 25), actor_pos) or TRAVELLING.match(text, actor_pos)
                if side:
                    team = home_team(article) if side.group(1).casefold().startswith(("home", "hosts", "local")) \
                        else _players_own_fans(article, ms, s, actor_pos) \
                        or _visitors(article, {m.team for m in ms if s.begin <= m.begin < s.end})
                elif CROWD.match(text, actor_pos) and found is not None \
                        or actor == "fans" and found is None and GROUND_SUBJECT.fullmatch(text, cb, t.begin):
                    # "most of the crowd stayed behind", "large sections of the stadium stayed behind": a
                    team = home_team(article)  # stadium's crowd is the hosts'
            named_by: set[str] = set()  # teams that name a match by its opponent before the act ("after the England game")
            if team is None:
                sentence_teams = [m.team for m in ms if s.begin <= m.begin < s.end
                                  and not (m.end <= t.begin and _leading_clause_team(text, s, m))
                                  and not OPPONENT_MARK.search(text[max(s.begin, m.begin - 40) : m.begin])
                                  and not _object_mark().search(text[max(s.begin, m.begin - 40) : m.begin])
                                  and not WATCHED.search(text, max(s.begin, m.begin - 20), m.begin)
                                  and not (m.begin > t.end and LATER_CLAUSE.search(text, max(s.begin, m.begin - 30), m.begin))
                                  and not (m.begin > t.end and AND_CLAUSE.search(text, t.end, m.begin))  # ", and many X players wept"
                                  and not _not_actor_after().match(text, m.end)  # "the Thai stewards": their nationality
                                  and not names_a_match(text, m, s.begin)  # "after the Vietnam win": the opponent
                                  and not (t.act == "thank_you_note" and _addressed(text, s, m.begin))  # "Thank you, Thailand"
                                  and m.begin - t.end <= FAR_AFTER]  # not "..., singing the chorus of Luxembourg's anthem"
                named_by = {m.team for m in ms if s.begin <= m.begin < t.begin and names_a_match(text, m, s.begin)}
                if len(set(sentence_teams)) == 1 and found is not None:
                    team = sentence_teams[0]
                elif (team_of.get(actor) or last_team) and _only_watched(text, ms, s):
                    team = team_of.get(actor) or last_team  # "after the same crowd had watched Japan win, fans remained": not Japan's
            if team is None and actor == "fans":
                team = _place_team(article, s)  # "the stand was cleaner, said a volunteer in the Moroccan section"
                if team is None and not any(s.begin <= m.begin < s.end and m.team not in named_by for m in ms) \
                        and not QUOTE_MARK.search(text, s.begin, s.end):
                    # the fans' part of the ground or the home/away crowd the sentences before name ("The
                    # Indian end was quiet. Many of the fans stayed behind"), not a team named before that
                    team = _fans_named_before(article, ordered, i, ms)
            if team is None and len(named_by) == 1:  # "After the Vietnam win, the players bowed": Vietnam's opponent's
                team = _opponent_of(article, named_by.pop(), actor_pos)
            if team is None and found is None and last_at == i - 1 and last_actor == actor and THEY_WORD.search(text, s.begin, t.begin) \
                    and not any(s.begin <= m.begin < s.end for m in ms):
                team = last_team  # "Sixty fans stayed behind. For an hour they worked along the rows, picking up bottles"
            if team is None and not any(s.begin <= m.begin < s.end for m in ms) \
                    and _answer_line(text, s.begin):
                team = interviewee_team(article)  # a Q&A's answer: "Some of the boys were crying" (the interviewee's)
            if team is None:
                # a thank-you's words in single quotes, too: "they wrote 'Tanggio tumas Vanuatu'" inside a quotation
                quoted = _quoted_spans(text, s, single=t.act == "thank_you_note")
                named = [m for m in ms if s.begin <= m.begin < s.end]
                if named and i > 0 and all(any(b <= m.begin < e for b, e in quoted) or m.begin - t.end > FAR_AFTER
                                           or m.end <= t.begin and _leading_clause_team(text, s, m)
                                           for m in named):
                    # 'a note reading "Thank you, Egypt"': the team in the quotation is addressed; "The
                    # supporters stayed ..., singing the chorus of Luxembourg's anthem": another part of the sentence
                    team = context_team(article, ordered[i - 1].begin, main=False)
                elif QUOTE_MARK.search(text, s.begin, s.end) and not named and (speakers_team := _speaker_team(article, t.begin)):
                    team = speakers_team  # "My players saw the supporters cleaning the stand," the coach said
                else:
                    team = context_team(article, actor_pos, main=False)
            if team is None and actor == "fans" and CELEBRATED_WIN.search(text, s.begin, s.end) \
                    and (main_match := matches(article)[:1]) and main_match[0].winner:
                team = main_match[0].winner  # "fans ... did not leave and celebrated the victory with the players": the winners'
            # the fans' team, not the players' before; else the team of a round-up's section heading; else the article's
            team = team or team_of.get(actor) or last_team or _named_before(article, ordered, i, ms) or _article_team(article)
            actor = _only_actor(t.act) or actor  # "a group of teenagers ... filling bin bags": the stands are cleaned by fans
            if s.begin >= headline:  # a headline sums up: the acts after it are told in order
                last_actor, last_team, last_at = actor, team, i
                team_of[actor] = team
            if found is not None:
                in_clause[(cb, ce)] = (actor, actor_pos), team, t.end
            both = BOTH_SIDES.search(text, s.begin, s.end) if actor == "fans" else None
            main = matches(article)[:1] if both is not None else []
            if main and team in main[0].teams:  # "In the stands there were tears on both sides": each side's fans
                for other in sorted(set(main[0].teams) - {team}):
                    yield from _once(seen, FanAct(evidence=(s.evidence(),), act=t.act, actor=actor, team=other), s.begin)
            for other in _coordinated(text, ms, s, actor_pos, team):  # "Japan and Mexico fans"
                yield from _once(seen, FanAct(evidence=(s.evidence(),), act=t.act, actor=actor, team=other), s.begin)
            yield from _once(seen, FanAct(evidence=(s.evidence(),), act=t.act, actor=actor, team=team), s.begin)


AND_CLAUSE = regex.compile(r"(?i),[ \t]+(?:and|but|while)[ \t]+(?:many|most|some|several|a[ \t]+few|all|the|their|his|her)\b")  # another subject's clause
CELEBRATED_WIN = regex.compile(r"(?i)\bcelebrat(?:ed|ing|e|es)[ \t]+(?:the|their|its|a)[ \t]+(?:[\w-]+[ \t]+)?(?:victory|win|triumph|title|trophy|qualification)\b")


GROUND_SUBJECT = regex.compile(  # "large sections of the ground", "the whole stadium": its crowd as the clause's subject
    r"(?i)[ \t]*(?:(?:and|but|then|so)[ \t]+)?(?:(?:[\w-]+[ \t]+){0,2}of[ \t]+)?the[ \t]+(?:whole[ \t]+|entire[ \t]+)?"
    r"(?:ground|stadium|arena)[ \t]+(?:had[ \t]+|have[ \t]+)?")


def _demonym_before(article: Article, s: Sentence, pos: int) -> str | None:
    """The team of a demonym that names people, written right before the fans' noun ("several
    hundred Peruvian expats", "the Welsh supporters") where the teams' rules do not take it as a team."""
    text = article.content
    for m in mentions(article):
        if s.begin <= m.begin and m.via == "demonym" and m.reason == PEOPLE_NOT_TEAM \
                and rx(r"[ \t]+(?:[\w-]+[ \t]+)?").fullmatch(text, m.end, pos):
            return m.team
    return None


# "supporters who had travelled from Cusco", "fans from Lubumbashi": only "from", and no clause between
WORD_AT = regex.compile(r"[\w'’-]+")
FROM_PLACE = regex.compile(r"(?i)\A[ \t]+(?:(?:who|that)[ \t]+)?(?:(?:had|have|has)[ \t]+)?(?:(?:[\w-]+ly|all[ \t]+the[ \t]+way|come|came|"
                           r"travell?ed|flown|flew|driven|drove|made[ \t]+the[ \t]+(?:trip|journey))[ \t]+){0,3}from[ \t]+\Z")


def _from_city(article: Article, s: Sentence, actor_end: int, named: set[str]) -> str | None:
    """The team at home in the city the fans came from ("a group of supporters who had travelled
    from Cusco", kg/data/cities.tsv), when the article names that team."""
    text = article.content
    home, pattern = cities()
    found = pattern.search(text, actor_end, min(s.end, actor_end + 80))
    if found is None or not FROM_PLACE.match(text[actor_end : found.start()]):
        return None
    team = home[found.group(0)]
    return team if team in named else None


ASKED = regex.compile(r"[^.!?\n]*\?")  # the first mark that ends a sentence after the act is a question mark


def _word_end(text: str, pos: int) -> int:
    """The end of the word at pos."""
    m = WORD_AT.match(text, pos)
    return m.end() if m else pos


def _place_team(article: Article, s: Sentence) -> str | None:
    """The team whose fans' part of the ground the sentence names: "the Moroccan section"."""
    text = article.content
    places = {m.team for m in mentions(article) if s.begin <= m.begin < s.end and m.via == "demonym"
              and FANS_PLACE.match(text, m.end + 1)}
    return places.pop() if len(places) == 1 else None


def _fans_named_before(article: Article, ordered: list[Sentence], i: int, ms: list[Mention]) -> str | None:
    """The team of the fans the sentence before, in the same paragraph, names: "the Indian end", "the
    home supporters", "the crowd" (as its subject: the hosts'), "Japan fans"."""
    text = article.content
    if i == 0 or ordered[i - 1].begin < text.rfind("\n\n", 0, ordered[i].begin):
        return None
    s = ordered[i - 1]
    if (place := _place_team(article, s)) is not None:
        return place
    for m in _actor_patterns()["fans"].finditer(text, s.begin, s.end):
        if (team := _team_near(text, ms, s, m.start())) is not None:
            return team
        side = SIDE.search(text, max(s.begin, m.start() - 25), m.start())
        if side is not None:
            return home_team(article) if side.group(1).casefold().startswith(("home", "hosts", "local")) else away_team(article)
        if CROWD.match(text, m.start()) and CROWD_SUBJECT.fullmatch(text, s.begin, m.start()) \
                and (home := home_team(article)) is not None:  # "The crowd responded in kind", not "the rest of the crowd"
            return home
    return None


def _named_before(article: Article, ordered: list[Sentence], i: int, ms: list[Mention]) -> str | None:
    """The one team the section heading over the act names, not as an opponent (a round-up's "3. The
    best thing Guatemala did happened after the whistle"): the nearest line before, within 1,500
    characters and after the headline, that is short and ends with no full stop."""
    text = article.content
    start = max(headline_end(article), ordered[i].begin - 1500)
    for k in range(i - 1, -1, -1):
        s = ordered[k]
        if s.begin < start:
            return None
        if HEADING.fullmatch(text, s.begin, s.end) and text.startswith("\n", s.end) \
                and LIST_NUMBER.fullmatch(text, text.rfind("\n", 0, s.begin) + 1, s.begin):
            named = {m.team for m in ms if s.begin <= m.begin < s.end
                     and not OPPONENT_MARK.search(text[max(s.begin, m.begin - 40) : m.begin])}
            return named.pop() if len(named) == 1 else None
    return None


HEADING = regex.compile(r"[^\n.!?]{1,80}(?<![.!?:\"”])")
LIST_NUMBER = regex.compile(r"(?:\d{1,2}[.)][ \t]*)?")  # "3. The best thing ...": a numbered heading


def _players_own_fans(article: Article, ms: list[Mention], s: Sentence, actor_pos: int) -> str | None:
    """The team of the players the sentence opens with, when the travelling fans are the object of
    their act and that team does not play at home ("The Peru players walked over and bowed to the
    travelling supporters, many of whom stayed behind"): their own fans."""
    text = article.content
    if not _object_mark().search(text, max(s.begin, actor_pos - 40), actor_pos):
        return None
    subject = _subject_actor(text, s, end=actor_pos)
    if subject is None or subject[0] != "players":
        return None
    team = _team_near(text, ms, s, subject[1])
    return team if team is not None and team != home_team(article) else None


def _visitors(article: Article, named: set[str]) -> str | None:
    """The away side. When the side at home is a tournament's host that does not play the main
    match, the team the article is about ("staff found the visitors' dressing room swept"); when no
    side is known to be at home, the main match's other side than the one team the sentence names
    ("Macedonian stadium staff went into the visitors' dressing room")."""
    home = home_team(article)
    main = matches(article)[:1]
    if home is None and len(named) == 1 and main and named <= main[0].teams:
        return next(iter(main[0].teams - named), None)
    if home is None or any(home in info.teams for info in main):
        return away_team(article)
    return _article_team(article)


def _article_team(article: Article) -> str | None:
    """The team of an act that nothing near it names: the outlet's own side ("our team") or a
    diarist's, else the team the headline is about, else the team named most."""
    teller = narrator(article)
    return own_side(article) or (teller[1] if teller else None) or lead_team(article) or focus_team(article)


DIARY = regex.compile(r"(?i)\b(?:kept|keeps|keeping|wrote|writes|writing)[ \t]+(?:this|the[ \t]+following|a)[ \t]+"
                      r"(?:(?:tournament|travel|match|world[ \t]+cup)[ \t]+)?(?:diary|journal|blog)\b|\bas[ \t]+told[ \t]+to\b"
                      r"|\b(?:supporters?|fans?|army|ultras)['’]?[ \t]+(?:diary|diaries|journal|blog)\b"  # "a supporters' diary from the SAFF Championship"
                      r"|(?m:^)[ \t]*Posted[ \t]+by\b")  # a blog post's byline: "Posted by X | Green and White Army Blog"
# "Green and White Army Blog", "the Indonesian-language fan blog": its fans' blog
BLOG_AFTER = regex.compile(r"(?i)(?:-language)?[ \t]+(?:fan[ \t]+|supporters['’]?[ \t]+)?(?:blog|diary|diaries|podcast|fanzine|forum)\b")
FAN_WORDS = regex.compile(r"(?i)\b(?:fans?|supporters?|army|ultras)\b")
FANS_AFTER = regex.compile(r"(?i)(?:[ \t]+football)?[ \t]+(?:supporters|fans)['’]?[ \t]+(?:forum|club|group|association|trust|union|federation)\b"
                        r"|[ \t]+(?:away|travelling|traveling)[ \t]+(?:support|supporters|fans)\b")  # "the fanzine of the Georgian away support"
FOLLOWS = regex.compile(r"(?i)\b(?:followed|follows|following|supports|supported|supporting|supporter[ \t]+of|fan[ \t]+of)[ \t]+"
                        r"(?:the[ \t]+)?(?:[\w-]+[ \t]+)?\Z")


@functools.cache
def _plays_for() -> regex.Pattern[str]:
    from .people import role_alternation

    return regex.compile(rf"(?i)\b(?:{role_alternation()})[ \t]+(?:for|of|with)[ \t]+(?:the[ \t]+)?\Z|\bplays[ \t]+for[ \t]+(?:the[ \t]+)?\Z")


def narrator(article: Article) -> tuple[str, str | None] | None:
    """Who tells a first-person diary ("He kept this diary for us", "As told to X") in its opening
    paragraphs: a player ("a midfielder for Jordan") or a fan ("has followed Georgia home and
    away"), as (actor, team); a fan whose team the opening does not name follows the outlet's own
    side (``own_side``)."""
    found = diarist(article)
    return ("fans", own_side(article)) if found == ("fans", None) else found


def diarist(article: Article) -> tuple[str, str | None] | None:
    """``narrator`` with only the team the opening names (``own_side`` reads the matches, which
    ask this). Cached."""
    if "diarist" not in article.cache:
        text = article.content
        end = text.find("\n\n", headline_end(article) + 600)  # the opening paragraphs
        head = text if end < 0 else text[:end]
        found: tuple[str, str | None] | None = None
        if (diary := DIARY.search(head)) is not None:
            intro = [m for m in accepted(article) if m.begin < len(head)]
            fans_own = FAN_WORDS.search(diary.group(0)) is not None  # "a fan blog": told by a fan, not a player
            player = None if fans_own else next((m.team for m in intro if _plays_for().search(text, max(0, m.begin - 40), m.begin)), None)
            fan = next((m.team for m in intro if FOLLOWS.search(text, max(0, m.begin - 40), m.begin)), None) \
                or next((m.team for m in mentions(article) if m.begin < len(head) and FANS_AFTER.match(text, m.end)
                         and m.reason != LANGUAGE_REASON), None) \
                or next((m.team for m in mentions(article) if m.begin < len(head) and BLOG_AFTER.match(text, m.end)
                         and m.reason != LANGUAGE_REASON), None)  # not "the English-language fanzine"
            # "By X, Bangladesh Football Supporters' Forum" (a team, though after a name and a comma)
            found = ("players", player) if player else ("fans", fan)
        article.cache["diarist"] = found
    return article.cache["diarist"]


QUESTION_LINE = regex.compile(r"(?m)^Q[ \t]*[:.][ \t]")
ANSWER_LINE = regex.compile(rf"(?m)^{ANSWER.pattern}")


def interviewee_team(article: Article) -> str | None:
    """The team of the player or coach a Q&A ("Q: ... A: ...", "Q: ... X: ...") interviews: the one player or coach
    the headline and the intro before the first question name. Cached."""
    if "interviewee" not in article.cache:
        from .people import best_role, persons

        article.cache["interviewee"] = None  # a call made while this one reads the people (through the matches) gets None
        text = article.content
        first_q = QUESTION_LINE.search(text)
        team = None
        # answers labelled "A:", or two questions or more (answers labelled with the speaker's name or not at all)
        if first_q is not None and (ANSWER_LINE.search(text, first_q.end()) or QUESTION_LINE.search(text, first_q.end())):
            named = [p for p in persons(article).values() if best_role(p.roles) in ("player", "coach")
                     and any(b < first_q.start() for b, _ in p.spans)]
            headlined = [p for p in named if any(b < headline_end(article) for b, _ in p.spans)]
            named = headlined if len(headlined) == 1 else named  # the one the headline names is the interviewee
            teams = {p.team for p in named if p.team}
            team = teams.pop() if len(teams) == 1 else None
            if team is None and len(named) == 1:  # the one interviewee, of no known team: the team the intro is about
                lede = subject_mentions(article, headline_end(article), first_q.start())
                team = lede[0].team if lede else None
        article.cache["interviewee"] = team
    return article.cache["interviewee"]


def _interviewee_own(article: Article, person: Person) -> str | None:
    """The team of a Q&A's interviewee (a player or coach named before the first question, "X: 'I
    cried in front of the north stand'") whom kg knows no team of, from ``interviewee_team``."""
    first_q = QUESTION_LINE.search(article.content)
    if first_q is None or not any(b < first_q.start() for b, _ in person.spans):
        return None
    return interviewee_team(article)


def _answer_line(text: str, pos: int) -> bool:
    """``pos`` is on a Q&A's answer line: "A: ...", or, in a transcript of two questions or more
    ("Q: ..."), a line after the first question that is no question itself (an answer labelled with
    the speaker's name, or a bare quotation)."""
    line = text.rfind("\n", 0, pos) + 1
    if ANSWER.match(text, line):
        return True
    first_q = QUESTION_LINE.search(text, 0, line)
    return first_q is not None and not QUESTION_LINE.match(text, line) and QUESTION_LINE.search(text, first_q.end()) is not None \
        and ANSWER_OPENING.match(text, line) is not None


ANSWER_OPENING = regex.compile(r"[ \t]*(?:[\"“«]|\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}[ \t]*:)")


WATCHED = regex.compile(r"(?i)\b(?:watched|watching|watch|saw|see|seen)[ \t]+(?:the[ \t]+)?\Z")


def _only_watched(text: str, ms: list[Mention], s: Sentence) -> bool:
    """The sentence names teams, each only as one that was watched ("the crowd had watched Japan win"):
    they are not the spectators' own."""
    named = [m for m in ms if s.begin <= m.begin < s.end]
    return bool(named) and all(WATCHED.search(text, max(s.begin, m.begin - 20), m.begin) for m in named)


def _once(seen: set[tuple[str, str, str | None, int]], act: FanAct, begin: int) -> Iterator[FanAct]:
    key = (act.act, act.actor, act.team, begin)
    if key not in seen:
        seen.add(key)
        yield act


def _coordinated(text: str, ms: list[Mention], s: Sentence, pos: int, team: str | None) -> list[str]:
    """The teams coordinated before the one written right before the actor: "Japan and Mexico fans",
    "Chile, Peru and Bolivia supporters" (without the one next to the actor, ``team``)."""
    before = [m for m in ms if s.begin <= m.begin and m.end <= pos]
    if not before or before[-1].team != team or not (0 <= pos - before[-1].end <= 12):
        return []
    out: list[str] = []
    k = len(before) - 1
    join = r"[ \t]*(?:,[ \t]*)?(?:and|&)[ \t]*"  # the last two are joined by "and"; those before, by commas too
    while k > 0 and rx(join).fullmatch(text[before[k - 1].end : before[k].begin]):
        join = r"[ \t]*(?:,|and|&|,[ \t]*and)[ \t]*"
        k -= 1
        if before[k].team != team and before[k].team not in out:
            out.insert(0, before[k].team)
    return out


NOTE_VERB_FIRST = regex.compile(r"[ \t\"“]*(?:\p{Lu}\p{Ll}+ed|Wept|Left|Broke|Fell|Sank|Knelt|Went|Stood|Sat|Ran|Was|Shed|Burst)\b")


def _rated_subject(article: Article, s: Sentence) -> tuple[str, str | None, int] | None:
    """The player a ratings list's note is about, when the note's sentence opens on its verb, the
    rated name left out ("Alan Techera Píriz (captain) – 8. ... Cried like a child at the final whistle")."""
    from .people import persons, rated, resolve

    if not NOTE_VERB_FIRST.match(article.content, s.begin, s.end):
        return None
    for entry in rated(article):
        if entry.role == "player" and entry.notes[0] <= s.begin < entry.notes[1]:
            person = resolve(persons(article), article.content[entry.begin : entry.end])
            team = entry.team or (person.team if person is not None else None) or _article_team(article)
            return ("players", team, entry.begin)
    return None


def _person_subject(article: Article, s_begin: int, begin: int, pos: int, end: int) -> tuple[str, str | None, int] | None:
    """The player, coach or fan named as the subject of the act at ``pos`` ("Solano was in tears",
    "X, who made her debut in April, sank to her knees in tears"): (actor, team, where the name is).
    Only a name with no actor noun or other name between it and the act."""
    from .people import best_role, candidates, persons, pronoun_subjects, resolve

    names = sorted([c for c in [*candidates(article), *pronoun_subjects(article)] if begin <= c.begin and c.end <= pos],
                   key=lambda c: c.begin)
    if not names:  # "X, who made her debut in April, sank to her knees": the name before an aside
        names = [c for c in candidates(article) if s_begin <= c.begin and c.end <= begin]

        def before_aside(c: Candidate) -> bool:
            return bool(APPOSITION.fullmatch(article.content, c.end, begin)
                        or WHO_CLAUSE.fullmatch(article.content, c.end, pos)  # "X, who was in tears"
                        or (rx(r"[ \t]*,[ \t]*(?:\p{Ll}[\w-]*(?:[ \t]+\p{Ll}[\w-]*)?[ \t]*,[ \t]*)?").fullmatch(
                            article.content, c.end, begin)
                            and (len(article.content[begin:pos].split()) <= 2  # "Lanza, in tears before he ...",
                                 or VERB_FIRST.match(article.content, begin, pos))))  # "Ibarra, inconsolable, cried";
            # "X, visibly moved, fell to his knees and cried"

        gerund = bool(names) and (_gerund_of_subject(article.content, s_begin, names[0], begin, pos)
                                  or len(names) == 1 and _predicate_of_subject(article, s_begin, names[0], pos)
                                  # "X was inconsolable, tears streaming down her face": the absolute phrase's tears are X's
                                  or TEARS_DOWN.match(article.content, pos) is not None
                                  and SUBJECT_LEAD.fullmatch(article.content, s_begin, names[0].begin) is not None)
        if names and (gerund or not before_aside(names[-1]) and before_aside(names[0])):
            names = names[:1]  # "X, who was beaten by Y's penalty, left the field in tears": X; "X scored in the
            # 84th minute and sank to his knees, crying into the turf": X
        if not names or not gerund and not before_aside(names[-1]):
            return None
    if names[-1].possessive:
        return None
    c = names[-1]
    between = article.content[max(c.end, begin) : pos]
    if any(p.search(between) for p in _actor_patterns().values()) or len(between.split()) > 15:
        return None
    if rx(r"(?i)\b(?:to|for|by|with|from|against|at|of|on)[ \t]+\Z").search(article.content[max(begin, c.begin - 12) : c.begin]):
        return None  # "the fans sang for X"
    person = resolve(persons(article), c.name)
    if person is None:
        return None
    role = best_role(person.roles)
    if role not in ("player", "coach", "fan"):
        return None
    team = person.team
    if team is None and role != "fan":
        team = _interviewee_own(article, person)
    if team is None and not _only_quoted_teams(article, c.begin):
        team = _one_team_of_clause(article, s_begin, pos, end) or context_team(article, c.begin)
    return ("fans" if role == "fan" else "players", team, c.begin)


SENTENCE_OPENER = regex.compile(r"(?i)[\"“‘'\s]*(?:(?:then|and|but|later|finally|eventually)[ \t]*,?[ \t]+)?"
                             # a short phrase of time first, no name in it: "At the final whistle X sank to the turf"
                             r"(?:(?:at|after|on|with)[ \t]+(?-i:(?:[\p{Ll}\d'’-]+[ \t]+){0,3}?[\p{Ll}\d'’-]+),?[ \t]+)?")
NAME_THEN_VERB = regex.compile(r"[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:\p{Ll}+ed|scored|struck|hit|fell|sank|wept|broke|knelt|stood|went|ran|sat|lay"
                               r"|got|made|came|left|won|lost|held|kept|threw|dropped|spent|was|is)\b")  # "X was inconsolable, sobbing"


def _gerund_of_subject(text: str, s_begin: int, c: Candidate, begin: int, pos: int) -> bool:
    """The act's clause is a participle after a comma ("..., crying into the turf") whose subject is
    the name that opens the sentence and its verb, with no actor noun between them and the act."""
    return bool(GERUND_OPENS.match(text, begin) and begin > s_begin and text[begin - 1] == ","
                and not text[begin:pos].strip() and not c.possessive
                and SENTENCE_OPENER.fullmatch(text, s_begin, c.begin) and NAME_THEN_VERB.match(text, c.end)
                and not any(p.search(text, c.end, pos) for p in _actor_patterns().values()))


SUBJECT_LEAD = regex.compile(r"(?:[\p{L}\p{M}\d'’.-]+[ \t]+){0,3}")  # "Argentina's ", "Veteran forward " before the name
SUBJECT_ASIDE = regex.compile(r"[ \t]*,[ \t]*(?:who|whose|aged|\d|the[ \t]|an?[ \t]|\p{Ll}+ing[ \t])[^;:.!?\n,]{0,100},")  # ", the star,"
OTHER_SUBJECT = regex.compile(r"(?i)\b(?:they|we|i|you|who|which|where|whose)\b|[;:\"“”]")  # another subject on the way to the act
OBJECT_TEAM = regex.compile(r"(?i)\b(?:against|over|to|for|past|beat|beating|from|with|v|vs)[ \t]+(?:the[ \t]+)?\Z")


TEARS_DOWN = regex.compile(r"(?i)tears[ \t]+(?:streaming|rolling|running|pouring|flowing|coursing)[ \t]+down[ \t]+(?:his|her|their)[ \t]+(?:face|faces|cheeks)")


def _predicate_of_subject(article: Article, s_begin: int, c: Candidate, pos: int) -> bool:
    """The act ends a chain of predicates of the name that opens the sentence, with no other subject
    on the way ("Argentina's X, the tournament's star, hit the post before half-time and left the pitch
    in tears"; not "X hit the post and Mali's fans were in tears", nor "X scored as Y wept")."""
    text = article.content
    lead = SENTENCE_OPENER.match(text, s_begin, c.begin)
    if lead is None or not SUBJECT_LEAD.fullmatch(text, lead.end(), c.begin) or "," in text[s_begin : c.begin] or c.possessive:
        return False
    aside = SUBJECT_ASIDE.match(text, c.end, pos)
    if not NAME_THEN_VERB.match(text, c.end if aside is None else aside.end(), pos):
        return False
    chain = text[c.end : pos] if aside is None else text[aside.end() : pos]
    if OTHER_SUBJECT.search(chain) or rx(rf"(?i)\b{SUBORDINATOR}").search(chain) \
            or any(p.search(chain) for p in _actor_patterns().values()):
        return False
    return not any(c.end <= m.begin < pos and not OBJECT_TEAM.search(text, max(s_begin, m.begin - 12), m.begin)
                   for m in accepted(article))


def _one_team_of_clause(article: Article, begin: int, pos: int, end: int) -> str | None:
    """The one team the sentence names from its start to the end of the act's clause, not as an
    opponent nor in a later "after ..." clause: the team of a player with none of their own ("Several
    South Africa players sank to the turf and X was in tears, consoled by two Nigerian substitutes";
    "X, who kept Austria in the game, is in tears; two Czech players console her")."""
    text = article.content
    named = {m.team for m in accepted(article) if begin <= m.begin < end
             and not OPPONENT_MARK.search(text[max(begin, m.begin - 40) : m.begin])
             and not WATCHED.search(text, max(begin, m.begin - 20), m.begin)
             and not (m.begin > pos and LATER_CLAUSE.search(text, max(begin, m.begin - 30), m.begin))}
    return named.pop() if len(named) == 1 else None


VERB_FIRST = regex.compile(r"[ \t]*(?:[\p{Ll}]+ly[ \t]+)?(?:\p{Ll}+ed|fell|sank|wept|broke|knelt|stood|went|ran|sat|lay)\b"
                           r"(?:[ \t]+[\w'’-]+){0,10}[ \t]+\Z")  # a clause that goes on with the subject's verb


@functools.cache
def _thanked() -> regex.Pattern[str]:
    words = acts()["acts"]["thank_you_note"]["requires_any"]
    return regex.compile(rf"(?i)(?:{alternation(words, ignorecase=True)})[\w'’]*(?:[ \t]+(?:you|very much|so much|tumas|beaucoup|mucho|muito|a lot))?[ \t,!]*(?:to[ \t]+)?\Z")


def _addressed(text: str, s: Sentence, pos: int) -> bool:
    """The team at ``pos`` is the one a quoted thank-you is addressed to ('a banner: "Thank you,
    Thailand"'), not the one whose fans or players wrote it ("GRACIAS CALI – CHILE NO OLVIDA")."""
    return any(b <= pos < e and _thanked().search(text, b, pos) for b, e in _quoted_spans(text, s, single=True))


SINGLE_QUOTED = regex.compile(r"(?<![\w])['‘][^'‘’\n]{1,80}['’](?![\w])")  # "they wrote 'Thank you Vanuatu'" inside a quotation


def _quoted_spans(text: str, s: Sentence, single: bool = False) -> list[tuple[int, int]]:
    """The quotations in sentence ``s`` (and, if ``single``, its words in single quotes)."""
    marks = (QUOTED, SINGLE_QUOTED) if single else (QUOTED,)
    return [(q.start(), q.end()) for quoted in marks for q in quoted.finditer(text, s.begin, s.end)]


def _only_quoted_teams(article: Article, pos: int) -> bool:
    """The sentence at ``pos`` names teams only inside quotation marks ('a sign reading "Thank you,
    Indonesia"'): a team addressed, not the one of the person in it."""
    from ..nlp import sentence_at

    s = sentence_at(article, pos)
    if s is None:
        return False
    quoted = [(q.start(), q.end()) for q in QUOTED.finditer(article.content, s.begin, s.end)]
    named = [m for m in accepted(article) if s.begin <= m.begin < s.end]
    return bool(named) and all(any(b <= m.begin < e for b, e in quoted) for m in named)
