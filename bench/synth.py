"""Synthetic football news corpus in kg's input format, for benchmarks.

    python bench/synth.py N OUTDIR [--seed S]

writes N article files ``OUTDIR/00001_<hash>.txt``: line one starts with `` date YYYY-MM-DD ``
and the body follows on the same line and in further paragraphs separated by blank lines, like
the files in ``seeds/``. Every article reports one match of an invented tournament edition
between national teams read from ``kg/data/teams.tsv`` (several articles cover the same match,
so facts and tweets recur across documents), written with the teams' names, nicknames, FIFA-code
hashtags and demonym + "fans"/"side"; invented coaches, players, journalists, officials and
photographers (names built from syllables, never from a list of real people); results with
scores, relative dates and venues; goals with minutes; fan acts (cleaning the stands or the
dressing room, thank-you notes, tears, staying behind, bowing); quotations; photo and agency
credits; and 0-3 embedded tweets from a pool of a few thousand handles. 3-8 paragraphs and
150-500 words an article. The output depends only on N and the seed.

From Python: ``generate(n, outdir, seed=0) -> list[Path]``.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import hashlib
import random
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEAMS_TSV = Path(__file__).resolve().parent.parent / "kg" / "data" / "teams.tsv"
HANDLE_POOL = 3000

# Demonyms that name several teams: kg resolves them only from context, so they are not used here.
AMBIGUOUS_DEMONYMS = {"Korean", "Koreans", "Congolese", "Guinean", "Dominican", "Irish", "British",
                      "Samoan", "Sudanese"}

# (name, first day, days, host country, language of a thank-you note, confederations; None = all)
TOURNAMENTS = [
    ("World Cup", dt.date(2014, 6, 12), 31, "Brazil", "Portuguese", None),
    ("World Cup", dt.date(2018, 6, 14), 31, "Russia", "Russian", None),
    ("World Cup", dt.date(2022, 11, 20), 28, "Qatar", "Arabic", None),
    ("Euro 2016", dt.date(2016, 6, 10), 30, "France", "French", {"UEFA"}),
    ("Euro 2024", dt.date(2024, 6, 14), 30, "Germany", "German", {"UEFA"}),
    ("Copa America", dt.date(2019, 6, 14), 23, "Brazil", "Portuguese", {"CONMEBOL"}),
    ("Copa America", dt.date(2024, 6, 20), 25, "the United States", "Spanish", {"CONMEBOL", "CONCACAF"}),
    ("Africa Cup of Nations", dt.date(2019, 6, 21), 29, "Egypt", "Arabic", {"CAF"}),
    ("Africa Cup of Nations", dt.date(2024, 1, 13), 29, "the Ivory Coast", "French", {"CAF"}),
    ("Asian Cup", dt.date(2019, 1, 5), 27, "the UAE", "Arabic", {"AFC"}),
    ("Asian Cup", dt.date(2024, 1, 12), 29, "Qatar", "Arabic", {"AFC"}),
    ("Gold Cup", dt.date(2023, 6, 24), 23, "the United States", "Spanish", {"CONCACAF"}),
]
STAGES = ["group stage", "round of 16", "quarter-final", "semi-final", "final", "opening round"]
AGENCIES = ["Reuters", "AFP", "AP", "EPA-EFE", "Getty Images", "Xinhua", "Kyodo News", "Anadolu Agency",
            "PA Images", "Sportsfile", "Imago", "dpa", "ANSA", "Yonhap", "Belga"]
OUTLETS = ["Football Daily", "Goal Rush", "Terrace Talk", "Matchday Live", "The Back Post", "Soccer Digest",
           "Pitchside", "Final Whistle", "Kickoff Central", "Net Busters", "Half Time Report", "Corner Flag"]
EMOJI = ["", "", "", " ⚽", " 🏆", " 👏", " 🙌", " 💙", " 🔥", " 😢"]

ON = ["a", "e", "i", "o", "u", "ka", "ma", "ri", "lo", "ne", "sa", "to", "vi", "da", "be", "ju", "mi", "ra",
      "el", "an", "or", "is"]
MID = ["ka", "ri", "lo", "ne", "sa", "to", "vi", "da", "be", "mi", "ra", "no", "le", "ta", "si", "go", "ha",
       "ru", "ze", "pe", "di", "mo", "na", "lu", "ko", "fe", "ja", "bo", "ti", "ve"]
CODA = ["", "", "n", "s", "l", "r", "m", "t", "k", "d", "x", "sh", "nd", "rt"]
SURNAME_END = ["son", "sen", "ez", "ini", "ov", "ski", "ic", "ou", "ara", "ane", "ert", "elli", "ida", "oko",
               "ama", "ier", "and", "ek", "inho", "uri", "ani", "berg", "aud", "ens"]
STADIUM_WORDS = ["Stadium", "Arena", "Stadium", "Park", "Stadium"]

FILLER = [
    "The {stage} tie had been billed as one of the most open contests of the {tournament}.",
    "Both sides pressed high from the kick-off and the first half was played at a ferocious pace.",
    "The midfield battle decided much of the game, with neither side able to keep the ball for long.",
    "A free kick from the edge of the box flew just over the bar shortly before half-time.",
    "The referee consulted VAR twice in the second half, and both times the decision stood.",
    "Thousands of travelling supporters had made the journey, filling one end of the ground with colour.",
    "The goalkeeper made three fine saves to keep his side in the match.",
    "Neither coach made a substitution until the hour mark, when the tempo finally dropped.",
    "Pundits had predicted a cagey game, but it turned into one of the most entertaining of the tournament.",
    "The result leaves the group wide open going into the final round of matches.",
    "Scenes from the stadium were shared thousands of times on social media within the hour.",
    "The pitch, soaked by an afternoon storm, made passing difficult for both sides.",
    "It was a night the players will not forget, whatever happens in the rest of the {tournament}.",
    "Officials said more than forty thousand people attended the game.",
    "The stadium announcer thanked the crowd in three languages after the final whistle.",
    "Television pictures showed the substitutes sprinting onto the pitch at the final whistle.",
    "Few had expected such drama from a fixture that looked one-sided on paper.",
    "The defender was booked for a late challenge and will miss the next match.",
    "The winning side now have four days to recover before their next fixture.",
    "There was a minute's applause before kick-off for a former player who died last month.",
    "The {tournament} in {host} has already produced more goals than the previous edition.",
    "Local newspapers called it the best performance by the national side in a decade.",
    "The corner count told its own story: eleven to two in favour of the side that lost.",
]
QUOTES = [
    "We gave everything tonight and I am proud of every one of them",
    "Football can be cruel, but these players will come back stronger",
    "It was a difficult game, we suffered, but the boys never stopped believing",
    "Our supporters were incredible, they pushed us until the last second",
    "We made mistakes at the back and at this level you pay for them",
    "I told the players at half-time to stay calm and keep the ball",
    "This is the best moment of my career, I cannot describe it",
    "We respect {opp} a lot, they are a very good team with great players",
    "The dressing room is very quiet now, everyone is hurting",
    "We will analyse the game and prepare for the next one",
    "It is a huge result for {team} and for everyone back home",
    "The fans deserve this, they travelled so far to be with us",
    "We were not at our best but we found a way to win",
    "I take responsibility for the result, it is on me",
    "Nobody gave us a chance before the tournament",
]
TWEETS = [
    "What a match! {team} fans cleaning the stands after the final whistle. Class.",
    "Respect to {team}. Lost {score} but the dressing room is spotless. #WorldCup",
    "Unbelievable scenes in {city} tonight #{code}",
    "{team} players bowing to their supporters after the game. Goosebumps.",
    "This is how {team} left the dressing room after losing to {opp}: cleaned it all, and a note saying thank you.",
    "Heartbreak for #{code} but what a tournament they have had",
    "Full time: {winner} {score} {loser}. What a game!",
    "The {team} fans stayed behind to pick up rubbish after the match. Lessons for everyone.",
    "Tears in the stands as {team} go out. Football is cruel sometimes.",
    "{winner} into the next round! #{code1}{code2}",
    "Nobody is talking about how good {opp} were tonight",
    "That goal in the {minute} minute. I am still shaking.",
]
TWEET_INTROS = ["Fans on social media were quick to react:", "One supporter summed up the mood:",
                "The scenes were shared widely online:", "Reaction poured in on Twitter:", "As one fan put it:"]
FAN_ACTS = [
    "After the final whistle, {fans} cleaned the stands, collecting rubbish in blue bags.",
    "{fans} stayed behind after the match to clear the rubbish from their rows.",
    "The {team} players left the dressing room spotless and left a thank you note in {language}.",
    "Pictures showed that the {team} players had cleaned their dressing room until it was immaculate.",
    "Some {team} supporters were in tears as they left the stadium.",
    "The {team} squad bowed to the crowd before walking off the pitch.",
    "{fans} stayed behind long after the game to applaud their team.",
    "A note reading \"thank you\" in {language} was left on a table in the {team} dressing room.",
    "Even in defeat, {fans} picked up their litter before leaving the stadium.",
    "The {team} players wept on the pitch while their supporters sang.",
]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _tweet_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


@dataclass
class Team:
    name: str
    fifa: str
    confederation: str
    aliases: list[str]
    demonyms: list[str]
    nicknames: list[str]


@dataclass
class Person:
    first: str
    last: str
    team: Team | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Match:
    tournament: str
    host: str
    language: str
    stage: str
    date: dt.date
    winner: Team
    loser: Team
    score: tuple[int, int]
    venue: str
    city: str
    scorers: list[tuple[Person, int]]
    coaches: dict[str, Person]
    tweets: list[str] = field(default_factory=list)


def load_teams(path: Path = TEAMS_TSV) -> list[Team]:
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            split = lambda v: [x.strip() for x in (v or "").split("|") if x.strip()]  # noqa: E731
            out.append(Team(row["name"], row["fifa"], row["confederation"], split(row["aliases"]),
                            [d for d in split(row["demonyms"]) if d not in AMBIGUOUS_DEMONYMS],
                            split(row["nicknames"])))
    return out


class World:
    """Everything a corpus shares: teams, invented people and places, matches, accounts, tweets."""

    def __init__(self, rnd: random.Random, n_articles: int) -> None:
        self.rnd = rnd
        self.teams = load_teams()
        self.reserved = {w.casefold() for t in self.teams
                         for form in [t.name, *t.aliases, *t.demonyms, *t.nicknames] for w in form.split()}
        self.used_names: set[str] = set()
        self.handles = self._handles(HANDLE_POOL)
        self.journalists = [self.person() for _ in range(max(20, n_articles // 10))]
        self.photographers = [self.person() for _ in range(max(15, n_articles // 15))]
        self.officials = [self.person() for _ in range(max(10, n_articles // 30))]
        self.squads: dict[str, list[Person]] = {}
        self.coaches: dict[str, Person] = {}
        self.matches = [self._match() for _ in range(max(3, n_articles // 4))]

    # --- invented words -------------------------------------------------------------------
    def word(self, syllables: tuple[int, int]) -> str:
        r = self.rnd
        while True:
            w = r.choice(ON) + "".join(r.choice(MID) for _ in range(r.randint(*syllables))) + r.choice(CODA)
            w = w.capitalize()
            if 3 <= len(w) <= 11 and w.casefold() not in self.reserved:
                return w

    def surname(self) -> str:
        r = self.rnd
        while True:
            w = (r.choice(ON) + "".join(r.choice(MID) for _ in range(r.randint(0, 2))) + r.choice(SURNAME_END))
            w = w.capitalize()
            if r.random() < 0.05:
                w = "Van " + w
            if 4 <= len(w) <= 14 and w.casefold() not in self.reserved:
                return w

    def person(self, team: Team | None = None) -> Person:
        while True:
            p = Person(self.word((0, 1)), self.surname(), team)
            if p.full not in self.used_names and p.first != p.last:
                self.used_names.add(p.full)
                return p

    def _handles(self, n: int) -> list[tuple[str, str]]:
        out: dict[str, str] = {}
        r = self.rnd
        while len(out) < n:
            kind = r.random()
            if kind < 0.6:
                first, last = self.word((0, 1)), self.surname()
                handle = r.choice([first + last, first[0] + last, first + "_" + last, last + str(r.randint(1, 99))])
                name = f"{first} {last}" + r.choice(EMOJI)
            elif kind < 0.85:
                outlet = r.choice(OUTLETS)
                handle = outlet.replace(" ", "") + r.choice(["", "HQ", "Live", str(r.randint(1, 9))])
                name = outlet + r.choice(["", " Live", " HQ", " Official"])
            else:
                handle = self.word((1, 2)).lower() + str(r.randint(10, 9999))
                name = handle.capitalize() + r.choice(EMOJI)
            out.setdefault(handle[:15], name)
        return sorted(out.items())

    # --- the matches ---------------------------------------------------------------------
    def squad(self, team: Team) -> list[Person]:
        if team.name not in self.squads:
            self.squads[team.name] = [self.person(team) for _ in range(self.rnd.randint(8, 14))]
            self.coaches[team.name] = self.person(team)
        return self.squads[team.name]

    def _match(self) -> Match:
        r = self.rnd
        tournament, start, days, host, language, confs = r.choice(TOURNAMENTS)
        pool = [t for t in self.teams if confs is None or t.confederation in confs]
        winner, loser = r.sample(pool, 2)
        w = r.choice([1, 1, 2, 2, 2, 3, 3, 4])
        score = (w, r.randint(0, w - 1))
        minutes = sorted(r.sample(range(2, 95), score[0]))
        scorers = [(r.choice(self.squad(winner)), m) for m in minutes]
        self.squad(loser)
        city = self.word((1, 2))
        venue = f"{r.choice([self.word((1, 2)) + ' ', city + ' '])}{r.choice(STADIUM_WORDS)}"
        if tournament.startswith("World Cup"):
            tournament = f"World Cup {start.year}" if r.random() < 0.3 else "World Cup"
        return Match(tournament, host, language, r.choice(STAGES), start + dt.timedelta(days=r.randrange(days)),
                     winner, loser, score, venue, city, scorers,
                     {"winner": self.coaches[winner.name], "loser": self.coaches[loser.name]})

    def tweet_id(self) -> str:
        return "".join(self.rnd.choice(string.ascii_letters + string.digits) for _ in range(10))


class Writer:
    """One article about one match."""

    def __init__(self, world: World, match: Match, date: dt.date) -> None:
        self.w, self.m, self.date = world, match, date
        self.r = world.rnd
        self.named: set[str] = set()  # people already introduced by full name

    # team forms
    def team(self, t: Team, *, subject: bool = True) -> str:
        r = self.r
        forms = [t.name] * 4 + t.aliases + t.nicknames * 2
        if subject and t.nicknames and r.random() < 0.2:
            nick = r.choice(t.nicknames)
            bare = nick.split()[0].lower() in {"the", "les", "la", "los", "al", "al-"} or nick.startswith("Al-")
            return nick if bare else "the " + nick
        return r.choice(forms)

    def fans(self, t: Team) -> str:
        r = self.r
        if t.demonyms and r.random() < 0.5:
            return f"{r.choice(t.demonyms)} {r.choice(['fans', 'supporters', 'fans'])}"
        return f"{t.name} {r.choice(['fans', 'supporters'])}"

    def side(self, t: Team) -> str:
        if t.demonyms and self.r.random() < 0.6:
            return f"the {self.r.choice(t.demonyms)} side"
        return self.team(t)

    def who(self, p: Person) -> str:
        """Full name the first time, surname afterwards."""
        if p.full in self.named:
            return p.last
        self.named.add(p.full)
        return p.full

    def when(self) -> str:
        days = (self.date - self.m.date).days
        weekday = self.m.date.strftime("%A")
        if days == 1:
            return self.r.choice(["yesterday", f"on {weekday}", f"on {weekday} night", "last night"])
        if days < 7:
            return self.r.choice([f"on {weekday}", f"on {weekday} evening", f"on {self.m.date.day} {self.m.date.strftime('%B')}"])
        return f"on {self.m.date.strftime('%B')} {self.m.date.day}"

    def score(self) -> str:
        return f"{self.m.score[0]}-{self.m.score[1]}"

    # sentences
    def lede(self) -> str:
        m, r = self.m, self.r
        W, L = m.winner, m.loser
        return r.choice([
            f"{self.team(W)} beat {self.team(L)} {self.score()} {self.when()} at the {m.venue} to reach the next stage of the {m.tournament}.",
            f"{self.team(L)} were knocked out of the {m.tournament} {self.when()} following a {self.score()} defeat to {self.team(W)}.",
            f"{self.team(W)} came from behind to win {self.score()} against {self.team(L)} in the {m.stage} of the {m.tournament} {self.when()}.",
            f"{self.team(L)} lost {m.score[1]}-{m.score[0]} to {self.team(W)} {self.when()} in front of a full house at the {m.venue} in {m.city}.",
            f"It was heartbreak for {self.team(L)} {self.when()} as {self.team(W)} won {self.score()} in the {m.stage} of the {m.tournament}.",
        ])

    def result_again(self) -> str:
        m, r = self.m, self.r
        return r.choice([
            f"{m.winner.name}'s {self.score()} victory against {self.team(m.loser)} was their first win over them in years.",
            f"The {self.score()} win sends {self.side(m.winner)} through, while {self.side(m.loser)} go home.",
            f"The match at the {m.venue} ended {self.score()}, and {self.team(m.winner)} move on.",
        ])

    def goals(self) -> list[Callable[[], str]]:
        m, r = self.m, self.r
        return [functools.partial(self.goal, p, minute) for p, minute in m.scorers[: r.randint(1, len(m.scorers))]]

    def goal(self, p: Person, minute: int) -> str:
        t = self.team(self.m.winner, subject=False)
        name, nth = self.who(p), _ordinal(minute)
        return self.r.choice([
            f"{name} scored in the {nth} minute.",
            f"{t} striker {name} scored in the {nth} minute to put his side ahead.",
            f"{name} netted in the {nth} minute with a header from a corner.",
            f"{t}'s {name} fired home in the {nth} minute.",
            f"Midfielder {name} curled in a free kick in the {nth} minute.",
        ])

    def quote(self, speaker: Person, team: Team, opp: Team, role: str) -> str:
        r = self.r
        q = r.choice(QUOTES).format(team=team.name, opp=opp.name)
        tname = self.team(team, subject=False)
        if speaker.full not in self.named:
            self.named.add(speaker.full)
            return r.choice([
                f"{tname} {role} {speaker.full} said his players had given everything. \"{q},\" said {speaker.last}.",
                f"{tname} {role} {speaker.full} said: \"{q}.\"",
                f"\"{q},\" said {tname} {role} {speaker.full}.",
                f"{tname} {role} {speaker.full} told reporters: \"{q}.\"",
            ])
        return r.choice([f"\"{q},\" said {speaker.last}.", f"{speaker.last} said: \"{q}.\"",
                         f"\"{q},\" {speaker.last} added."])

    def journalist(self) -> str:
        j = self.r.choice(self.w.journalists)
        t = self.r.choice([self.m.winner, self.m.loser])
        name = self.who(j)
        return self.r.choice([
            f"Football journalist {name} said the scenes after the match were \"something special\".",
            f"{t.name}-based football writer {name} wrote that the result would be remembered for years.",
            f"\"Nobody saw this coming,\" said journalist {name}, who has covered {t.name} for a decade.",
        ])

    def official(self) -> str:
        name = self.who(self.r.choice(self.w.officials))
        return self.r.choice([
            f"FIFA general coordinator {name} praised both teams: \"What an example for everyone.\"",
            f"Tournament director {name} said the organisers were delighted with the atmosphere.",
        ])

    def fan_act(self) -> str:
        m, r = self.m, self.r
        t = r.choice([m.loser, m.loser, m.winner])
        return r.choice(FAN_ACTS).format(fans=self.fans(t), team=t.name, language=m.language)

    def credit(self) -> str:
        r = self.r
        p = r.choice(self.w.photographers)
        agency = r.choice(AGENCIES)
        t = r.choice([self.m.winner, self.m.loser])
        caption = f"{self.fans(t)} react after the match in {self.m.city}."
        return r.choice([
            f"{caption} Source: Reuters/{p.full}",
            f"{caption} (AP Photo/{p.full})",
            "Photo Credit: AFP",
            f"{caption} Photo: {agency}",
            f"{caption} ({agency}/{p.full})",
            f"Photographer {p.full} captured the moment for {agency}.",
        ])

    def filler(self) -> str:
        return self.r.choice(FILLER).format(stage=self.m.stage, tournament=self.m.tournament, host=self.m.host)

    def tweet(self) -> str:
        m, r, w = self.m, self.r, self.w
        if m.tweets and r.random() < 0.5:
            return r.choice(m.tweets)  # the same embed in another article about this match
        t = r.choice([m.winner, m.loser])
        opp = m.loser if t is m.winner else m.winner
        text = r.choice(TWEETS).format(team=t.name, opp=opp.name, score=self.score(), city=m.city,
                                       code=t.fifa, code1=m.winner.fifa, code2=m.loser.fifa,
                                       winner=m.winner.name, loser=m.loser.name,
                                       minute=_ordinal(m.scorers[0][1]))
        handle, name = r.choice(w.handles)
        when = m.date + dt.timedelta(days=r.choice([0, 0, 1]))
        embed = f"{text} pic.twitter.com/{w.tweet_id()} — {name} (@{handle}) {_tweet_date(when)}"
        m.tweets.append(embed)
        return embed

    def article(self) -> str:
        r, m = self.r, self.m
        target = r.randint(150, 500)
        n_par = r.randint(3, 8)
        n_tweets = r.choice([0, 1, 1, 2, 2, 3])
        lede = self.lede()
        sentences = [lede[0].upper() + lede[1:]]
        # sentences are written in reading order (people get their full name the first time)
        body: list[Callable[[], str]] = [*self.goals()]
        coach_side = r.choice(["winner", "loser"])
        coach = m.coaches[coach_side]
        team = m.winner if coach_side == "winner" else m.loser
        opp = m.loser if team is m.winner else m.winner
        role = r.choice(["coach", "head coach", "manager"])
        body.append(lambda: self.quote(coach, team, opp, role))
        body += [self.fan_act] * r.randint(1, 3)
        if r.random() < 0.6:
            body.append(self.result_again)
        if r.random() < 0.5:
            body.append(self.journalist)
        if r.random() < 0.3:
            body.append(self.official)
        if r.random() < 0.4:
            p = r.choice(self.w.squads[team.name])
            prole = r.choice(["captain", "defender", "midfielder", "goalkeeper"])
            body.append(lambda: self.quote(p, team, opp, prole))
        r.shuffle(body)
        sentences += [make() for make in body]
        credit = self.credit() if r.random() < 0.8 else None
        tweets = [(self.tweet(), r.random() < 0.6) for _ in range(n_tweets)]  # (embed, introduced?)
        see_also = None
        if r.random() < 0.15:
            see_also = f"SEE ALSO: {r.choice(self.w.matches).winner.name} fans celebrate through the night"
        extras = [t for t in (credit, see_also, *(e for e, _ in tweets)) if t] + [TWEET_INTROS[0]] * sum(introduced for _, introduced in tweets)

        def words() -> int:
            return sum(len(s.split()) for s in sentences) + sum(len(t.split()) for t in extras)

        fill_pool = list(FILLER)
        while words() < target and fill_pool:
            s = fill_pool.pop(r.randrange(len(fill_pool))).format(stage=m.stage, tournament=m.tournament, host=m.host)
            sentences.insert(r.randint(1, len(sentences)), s)
        while words() > 500 and len(sentences) > 3:
            sentences.pop()
        # paragraphs: the lede stays on the header line; split the rest into n_par - 1 runs
        rest = sentences[1:]
        n_rest = max(1, min(n_par - 1, len(rest)))
        size = len(rest) / n_rest  # runs of about equal length, cut points jittered by a sentence
        cuts = sorted({min(len(rest) - 1, max(1, round(i * size) + r.choice([-1, 0, 0, 1]))) for i in range(1, n_rest)})
        paragraphs = [" ".join(rest[a:b]) for a, b in zip([0, *cuts], [*cuts, len(rest)], strict=True)]
        paragraphs = [sentences[0]] + [p for p in paragraphs if p]
        if credit:
            paragraphs.insert(r.randint(1, min(2, len(paragraphs))), credit)
        for embed, introduced in tweets:
            # kg reads short paragraphs right before an embed as part of the tweet: an embed with no
            # introduction goes after a long paragraph (or another embed), as in the seeds
            spots = [i for i in range(2, len(paragraphs) + 1)
                     if len(paragraphs[i - 1]) > 200 or "pic.twitter.com/" in paragraphs[i - 1]]
            if introduced or not spots:
                paragraphs.insert(r.randint(2, len(paragraphs)), r.choice(TWEET_INTROS) + "\n\n" + embed)
            else:
                paragraphs.insert(r.choice(spots), embed)
        if see_also:
            paragraphs.insert(r.randint(2, len(paragraphs)), see_also)
        text = f" date {self.date.isoformat()} " + "\n\n".join(paragraphs) + "\n"
        self.named = {name for name in self.named if name in text}  # people in sentences trimmed away are gone
        return text


def iter_articles(n: int, seed: int = 0) -> Iterator[tuple[str, str, Writer]]:
    """Yield ``(file name, text, writer)`` for ``n`` articles, in memory. The writer holds the
    article's match (``writer.m``), the people it names (``writer.named``) and the shared world
    (``writer.w``)."""
    rnd = random.Random(seed)
    world = World(rnd, n)
    width = max(5, len(str(n)))
    for i in range(1, n + 1):
        match = rnd.choice(world.matches)
        date = match.date + dt.timedelta(days=rnd.choice([1, 1, 1, 2, 2, 3, 4, 5, 9]))
        writer = Writer(world, match, date)
        text = writer.article()
        digest = hashlib.sha256(f"{seed}:{i}:{text}".encode()).hexdigest()[:16]
        yield f"{i:0{width}d}_{digest}.txt", text, writer


def generate(n: int, outdir: str | Path, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic articles into ``outdir`` (created if needed); return their paths."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, _ in iter_articles(n, seed):
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 epilog="example: python bench/synth.py 50 /tmp/synth50 --seed 1")
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    paths = generate(args.n, args.outdir, args.seed)
    print(f"wrote {len(paths)} articles to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
