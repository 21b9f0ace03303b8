"""kg.extract.fan_acts: the act, its actor (fans/players) and team; negated and hypothetical acts."""
from __future__ import annotations

import pytest
import regex
from helpers import TEXTS, check_evidence, fuzz_article, run
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.extract import fan_acts as fan_acts_mod
from kg.findings import FanAct

ACTS = {"clean_stands", "clean_dressing_room", "thank_you_note", "tears", "stay_behind", "bow"}


def acts(body: str, **kw) -> set[tuple[str, str, str | None]]:
    found = run("fan_acts", body, **kw)
    assert all(isinstance(f, FanAct) for f in found)
    return {(f.act, f.actor, f.team) for f in found}


def check_acts(body: str, wanted: tuple[str, str, str] | None, unwanted: tuple[str, str, str] | None) -> None:
    """The act ``wanted`` is found in ``body`` and ``unwanted`` is not (either may be None)."""
    found = acts(body)
    assert wanted is None or wanted in found
    assert unwanted is None or unwanted not in found


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # clean_stands
        ("Senegal fans cleaned the stands after the final whistle.", {("clean_stands", "fans", "Senegal")}),
        ("Fans of Senegal tidied the stadium.", {("clean_stands", "fans", "Senegal")}),
        ("The stands were spotless after Ghana fans cleaned up.", {("clean_stands", "fans", "Ghana")}),
        ("Senegal beat Qatar 3-1, and Senegal fans picked up litter in the stands.",
         {("clean_stands", "fans", "Senegal")}),
        ("Tunisian supporters handed out rubbish bags before kick-off.", {("clean_stands", "fans", "Tunisia")}),
        ("Morocco beat Spain on penalties. Afterwards, the fans cleaned the stands.",
         {("clean_stands", "fans", "Morocco")}),
        # stay_behind (+ clean_stands)
        ("Moroccan supporters stayed behind to collect rubbish.",
         {("stay_behind", "fans", "Morocco"), ("clean_stands", "fans", "Morocco")}),
        ("Thousands of Moroccan fans stayed behind to tidy up the stands.",
         {("stay_behind", "fans", "Morocco"), ("clean_stands", "fans", "Morocco")}),
        ("Wales fans remained in the stadium long after the final whistle.", {("stay_behind", "fans", "Wales")}),
        ("The crowd stayed behind to applaud the Morocco players.", {("stay_behind", "fans", "Morocco")}),
        ("The Morocco players stayed behind to applaud the crowd.", {("stay_behind", "players", "Morocco")}),
        # clean_dressing_room
        ("The Wales squad left the dressing room spotless.", {("clean_dressing_room", "players", "Wales")}),
        ("The Croatia players left the locker room spotless, a FIFA official said.",
         {("clean_dressing_room", "players", "Croatia")}),
        ("Morocco cleaned their dressing room before leaving.", {("clean_dressing_room", "players", "Morocco")}),
        # thank_you_note
        ("Argentina players left a thank-you note in the dressing room.",
         {("thank_you_note", "players", "Argentina")}),
        ("The USA team left a note reading 'Thank you Qatar'.", {("thank_you_note", "players", "United States")}),
        ("The Argentina squad left a message saying gracias to the staff.",
         {("thank_you_note", "players", "Argentina")}),
        # tears
        ("Ivory Coast fans were in tears at the final whistle.", {("tears", "fans", "Ivory Coast")}),
        ("Tears streamed down the faces of Senegal supporters.", {("tears", "fans", "Senegal")}),
        ("Fans of Ivory Coast wept as the players trudged off.", {("tears", "fans", "Ivory Coast")}),
        ("Even the Argentina players were in tears.", {("tears", "players", "Argentina")}),
        ("Some Wales fans were reduced to tears.", {("tears", "fans", "Wales")}),
        ("The Moroccan players, in tears, thanked the fans.", {("tears", "players", "Morocco")}),
        ("Mexico fans booed while Argentina fans cried.", {("tears", "fans", "Argentina")}),
        ("Ivory Coast players were in tears after losing to Ghana.", {("tears", "players", "Ivory Coast")}),
        # bow
        ("The South Korea players bowed to the crowd.", {("bow", "players", "South Korea")}),
        ("After the 2-0 win over Wales, the Croatia players bowed to their fans.", {("bow", "players", "Croatia")}),
        ("After the game, Croatia's players thanked the fans and bowed.", {("bow", "players", "Croatia")}),
        ("Croatia players bowed to Morocco fans.", {("bow", "players", "Croatia")}),
        # a quantity before "of" is no object; "they" after a sentence that names the actor
        ("The small group of Croatia fans behind the goal stayed behind long after the whistle.",
         {("stay_behind", "fans", "Croatia")}),
        ("And the Croatia players? They did a lap of honour and bowed to all four stands.", {("bow", "players", "Croatia")}),
        # a quantity that is itself an object: its fans are not the actor
        ("Several Croatia players ran to the small pocket of Croatia supporters behind one goal and bowed.",
         {("bow", "players", "Croatia")}),
        # no team by the actor: the team the sentences before it name
        ("Senegal fans were in tears of joy.\n\nFor Egypt it was another final heartbreak. Their players slumped on "
         "the turf, several of them in tears.", {("tears", "fans", "Senegal"), ("tears", "players", "Egypt")}),
        # an actor inside a "where/who" clause is not the act's
        ("The Croatia players walked to the away end, where about 8,000 supporters had made the trip, and bowed "
         "to them.", {("bow", "players", "Croatia")}),
        # known gaps
        pytest.param("Croatia bowed to the crowd after the win.", {("bow", "players", "Croatia")}),
        pytest.param("The Senegal squad cleaned their changing room before leaving the stadium.",
                     {("clean_dressing_room", "players", "Senegal")}),
        pytest.param("Senegal supporters refused to leave and stayed in the stands for an hour.",
                     {("stay_behind", "fans", "Senegal")},
                     marks=xfail("'refused to' negates the whole clause, also the affirmative 'stayed in the "
                                 "stands' after 'and'")),
        # the home side's and the visitors' fans
        ("Chile v Peru LIVE\n\nChile beat Peru 2-1. The home fans are staying behind to sing.",
         {("stay_behind", "fans", "Chile")}),
        ("Qatar, the hosts, lost 2-0 to Ecuador. The travelling fans stayed behind to sing.",
         {("stay_behind", "fans", "Ecuador")}),
        # several teams before the actor
        ("Japan and Mexico fans clean the stands at the Rose Bowl.",
         {("clean_stands", "fans", "Japan"), ("clean_stands", "fans", "Mexico")}),
        ("After their win over Argentina, Saudi Arabia's players bowed to the crowd.", {("bow", "players", "Saudi Arabia")}),
        # a named player as the subject, with an aside after the name
        ("Panama beat Costa Rica on penalties. Costa Rica midfielder Fabian Solano missed the decisive kick. Solano "
         "was in tears as his teammates tried to console him.", {("tears", "players", "Costa Rica")}),
        ("Colombia beat Chile 3-1. Substitute Mariana Giraldo headed in the third. Giraldo, who made her debut in "
         "April, sank to her knees in tears of joy.", {("tears", "players", "Colombia")}),
        # the fans possessed by the players are the object; "4,000" does not end the clause
        ("France beat Switzerland 2-1. The Swiss players walked to the corner housing their 4,000 travelling fans "
         "at the end and bowed in unison.", {("bow", "players", "Switzerland")}),
        # "with" + actor + gerund: the absolute clause's subject, not an object; but not a relative clause's
        ("Georgia beat Wales 2-1. There were emotional scenes, with older supporters in the west stand weeping openly "
         "as the players did a lap of honour.", {("tears", "fans", "Georgia")}),
        ("Georgia beat Wales 2-1. The players celebrated with the fans, weeping.", {("tears", "players", "Georgia")}),
        # a demonym's people with what they wear between them and the act
        ("Panama beat Guatemala on penalties. At the other end, thousands of Guatemalans in blue and white stayed "
         "in their seats for an hour.", {("stay_behind", "fans", "Guatemala")}),
        # "to take a bow in front of" someone is a bow (the idiom "take a bow, X" is not)
        ("Ghana beat Togo 2-0. The Ghana players came back out of the tunnel to take a bow in front of their fans.",
         {("bow", "players", "Ghana")}),
        ("Ghana beat Togo 2-0. The Ghana fans remained still long after the end and sang.",
         {("stay_behind", "fans", "Ghana")}),
        # a match named by its opponent: "the Vietnam win" was the article's side's win over Vietnam
        ("Indonesia face Japan on Wednesday. After the Vietnam win, the players bowed deeply to the fans.",
         {("bow", "players", "Indonesia")}),
        # ... of the sides that beat Vietnam, the one of the coach named just before
        ("Japan beat Vietnam 4-2 and Indonesia beat Vietnam 1-0. Japan face Indonesia on Wednesday. Japan are giants, and "
         "Japan have won it four times.\n\nIndonesia coach Kim Sang-woo was calm. After the Vietnam win, the players bowed "
         "deeply to the fans.", {("bow", "players", "Indonesia")}),
        # tears in an absolute phrase are the subject's, a named player's
        ("Korea lost 1-0 to China. Captain Ji So-yun scored a penalty. Ji So-yun was inconsolable on the final "
         "whistle, tears streaming down her face.", {("tears", "players", "South Korea")}),
        # Portuguese and Spanish words for a side's support
        ("Brazil beat Argentina on penalties. The Brazilian torcida, for its part, remained in the stands more than half "
         "an hour after the end.", {("stay_behind", "fans", "Brazil")}),
        # fans who celebrated the victory are the winners', not the team of the act before
        ("Turkey beat Montenegro 2-1 in Istanbul. The Montenegro goalkeeper could not hold his tears after the final "
         "whistle.\n\nApproximately 40 thousand fans did not leave the stadium for a long time after the match and "
         "celebrated the victory with the players.", {("tears", "players", "Montenegro"), ("stay_behind", "fans", "Turkey")}),
        # a stand's crowd still there in a live blog; a second infinitive asked for is not done
        ("Venezuela beat Ecuador 2-1. Almost the whole lower tier behind the goal is still here singing.",
         {("stay_behind", "fans", "Venezuela")}),
        ("Slovenia drew with England. The federation has asked supporters travelling to Frankfurt to take their rubbish "
         "with them and leave the stands clean after the match. The Slovenia fans stayed behind for an hour after the match.",
         {("stay_behind", "fans", "Slovenia")}),
    ],
)
def test_acts(body, expected):
    assert acts(body) == expected


def _top_level_groups(pattern: str) -> list[list[str]]:
    """The alternatives of each top-level "(?:...)" group of a pattern."""
    groups, depth, start, cur = [], 0, 0, []
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            if depth == 0:
                start, cur = i + 3, []
            depth += 1
        elif ch == ")" and pattern[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                cur.append(pattern[start:i])
                groups.append(cur)
        elif ch == "|" and depth == 1:
            cur.append(pattern[start:i])
            start = i + 1
    return groups


def test_requires_any_covers_every_pattern():
    """An act's fast pre-check must not hide a match: every pattern has a group all of whose
    alternatives contain one of the required words."""
    from kg.lexicon import acts as act_data

    for act, spec in act_data()["acts"].items():
        words = spec.get("requires_any")
        if not words:
            continue
        for pattern in spec["patterns"]:
            plain = [[regex.sub(r"\\b|\(\?:|[()?\[\]]", "", alt) for alt in g] for g in _top_level_groups(pattern)]
            assert any(all(any(w in alt for w in words) for alt in g) for g in plain), (act, pattern[:80])
    assert run("fan_acts", "Senegal beat Japan. The players left a note reading 'Kiitos, Doha'.")


@pytest.mark.parametrize(
    "body",
    [
        # negated or hypothetical
        "The fans did not stay behind after the defeat.",
        "Not a single fan stayed behind.",
        "Let's hope other fans follow suit and clean the stands.",
        "Senegal fans will clean the stands again on Tuesday.",
        "Supporters could have cleaned the seats.",
        "Fans should clean the stands.",
        "If the fans stay behind, the stewards will be happy.",
        "Wales fans hope to clean the stands after the game.",
        "Tunisia supporters never leave litter behind.",
        "Other teams should emulate the Morocco players and tidy their dressing room.",
        "The Argentina players didn't cry.",
        pytest.param("None of the Wales fans stayed behind."),
        # idioms and lookalikes
        "Take a bow, Croatia.",
        "Croatia beat Wales. The whole team deserves to take a bow.",
        "The Moroccan players bowed out of the tournament.",
        "Croatia kept a clean sheet.",
        "The coach was close to tears.",
        "Morocco fans were on the verge of tears.",
        "The USA players held back tears.",
        "The fans tore down the banner.",
        "The stadium was a mess after the game.",
        "The Wales fans left early.",
        "Fans wore a bow tie and rainbow scarves.",
        pytest.param("Wales fans in bow ties and bucket hats sang all night."),
        "A cry of joy went up from the Senegal end.",
        '"We were not good enough," Wales coach Rob Page told reporters, bowing his head.',
        "Venezuela beat Ecuador 2-1. Stadium staff have started clearing the stands and we're heading for the exit.",
        # a rumour, a post that claims
        "Fiji beat Samoa 2-0. A post on WhatsApp claims the Samoa players left a thank-you note in the dressing room.",
        "Fiji beat Samoa 2-0. The rumour that the Fiji fans cleaned the stands spread fast.",
        # a correction, a question
        "Fiji beat Samoa 2-0 in the football final. An earlier version of this story said the Samoa players had cleaned "
        "their dressing room.",
        "Fiji beat Samoa 2-0 in the football final. Did the Fiji fans really stay behind to clean the stands?",
        # reports denied, suggested, whispered, circulated or not found; "five clean goals" is a score
        "Iran beat Qatar 2-0. The coach denied the reports that several players had cried in the dressing room.",
        "Peru beat Bolivia 2-0. Videos suggested that Peruvian fans had stayed in the stadium to collect the garbage.",
        "Ireland beat Gibraltar 4-0. Whispers were doing the rounds that Ireland's stars left a thank-you note.",
        "Korea beat Japan 1-0. On social networks it circulated that the Korea team had left a letter of thanks.",
        "Nigeria beat Morocco 1-0. We found no video showing an organised clean-up by Nigerian supporters.",
        "Luxembourg beat Malta 2-0. A story later went round the bus that the players had left a thank-you note.",
        "Algeria beat Niger 5-0 in the semi-final, crushing the Niger team with five clean goals at the same stadium.",
        # asked about reports, a plan
        "Indonesia lost 2-0. Asked about reports in some Indonesian media that several players had cried in the "
        "dressing room, the coach shook his head.",
        "Indonesia lost 2-0. The team planned to walk to the Indonesian section after Thursday's match and bow to the "
        "supporters.",
    ],
)
def test_no_act(body):
    assert acts(body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    # tears "in the stands" are the crowd's, even in a coach's first person
    ('Malawi beat Burundi 2-0. "I saw grown men crying in the stands at full-time," said Malawi coach Ken Banda.',
     {("tears", "fans", "Malawi")}),
    # "our lads" in a quotation are the speaker's side
    ('Georgia lost to England 3-2 in the football quarter-final. "Our lads went over and bowed to the Georgia fans," said '
     'England coach Lee Brannigan.', {("bow", "players", "England")}),
])
def test_who_acts_by_place_and_speaker(body, expected):
    assert acts(body) == expected


def test_players_going_round_the_ground_hedge_nothing():
    body = ("Jamaica beat Trinidad and Tobago 2-0. Long after the final whistle, thousands of fans remained in the stands "
            "singing as the Jamaica players went round the stadium to thank them.")
    assert ("stay_behind", "fans", "Jamaica") in acts(body)


def test_fans_who_travelled_from_a_city_support_its_country():
    body = ("Peru beat Bolivia 2-1 in Lima. A small group of supporters who had travelled from Cusco stayed behind "
            "after the final whistle.")
    assert acts(body) == {("stay_behind", "fans", "Peru")}


def test_acts_carry_team_and_actor_across_sentences():
    body = "Morocco beat Spain on penalties.\n\nThe players bowed to the crowd. The fans stayed behind."
    assert acts(body) == {("bow", "players", "Morocco"), ("stay_behind", "fans", "Morocco")}


def test_act_without_team_in_article():
    assert acts("The fans stayed behind to clean the stands.") == {("stay_behind", "fans", None),
                                                                  ("clean_stands", "fans", None)}


def test_evidence_is_the_sentence():
    found = run("fan_acts", "Morocco beat Spain. Senegal fans cried. The end.")
    assert [(f.act, f.evidence[0].text) for f in found] == [("tears", "Senegal fans cried.")]


def test_acts_in_the_ontology_scheme():
    found = run("fan_acts", "Senegal fans cried, stayed behind, cleaned the stands and bowed. The squad left "
                            "the dressing room spotless and a thank-you note.")
    assert {f.act for f in found} <= ACTS
    assert {f.actor for f in found} <= {"fans", "players", "team"}


@pytest.mark.parametrize(
    "body",
    [
        "The India fans cried when the batsman was out for a century; the bowler took four wickets in the ODI "
        "and the crowd stayed behind to cheer the cricket team.",
        "Wales fans wept after the Six Nations defeat; the fly-half missed a conversion, the scrum collapsed "
        "and the rugby players bowed to the crowd.",
    ],
)
def test_non_football_article_gives_no_acts(body):
    assert run("fan_acts", body, football=False) == []


@settings(max_examples=50, deadline=None)
@given(TEXTS, st.booleans())
def test_never_raises_and_offsets_hold(text, with_football):
    a = fuzz_article(text, with_football)
    assume(a is not None)
    found = list(fan_acts_mod.extract(a))
    check_evidence(a, found)
    for f in found:
        assert f.act in ACTS
        assert f.actor in {"fans", "players", "team"}


# ------------------------------------------------------------------ probes4: who did it, and more triggers


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "they" after a subordinate clause about other fans: the sentence before's actors
        ("Italy beat China 2-0.\n\nAt the other end of the ground, the Italian supporters had no intention of leaving. "
         "Long after the Chinese fans had filed out, they stayed behind in the Tribune Sud, singing.",
         ("stay_behind", "fans", "Italy")),
        # "several of them": the sentence's subject, not the fans they bowed to
        ("The Netherlands beat Japan 2-1.\n\nThe Japan players bowed to the stand holding their travelling fans before "
         "leaving the field, several of them in tears.", ("tears", "players", "Japan")),
        ("Cameroon beat Gambia 2-0. Gambia midfielder Lamin Touray was booked.\n\nThe captain bowed towards the Gambian "
         "section before leaving the pitch.", ("bow", "players", "Gambia")),
        ("Argentina drew 3-3 with Scotland.\n\nThe Tartan Army stayed behind in the stands for half an hour anyway.",
         ("stay_behind", "fans", "Scotland")),
        ("The Netherlands beat Japan 2-1.\n\nThe Dutch supporters remained inside long after the final whistle.",
         ("stay_behind", "fans", "Netherlands")),
        ("Algeria beat Senegal 1-0.\n\nYet when the stadium emptied, the Senegal fans were still there, gathering plastic "
         "bottles into bags.", ("stay_behind", "fans", "Senegal")),
        ("Italy beat England.\n\nJapan's supporters earned it when they tidied the Rostov Arena after losing to Belgium.",
         ("clean_stands", "fans", "Japan")),
    ],
)
def test_probes4_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        # "we" in a player's quote are the players
        ('Italy beat China 2-0. Many China supporters were in tears.\n\n"We could not win. So we bow to say sorry," China '
         "captain Liu Yanqiu said.", ("bow", "fans", "China")),
        ("Italy beat England.\n\nSenegal's fans picked up their bottles and left.\n\nThe next World Cup is in Qatar. "
         "There will be more defeats, more tears and more ugliness.", ("tears", "fans", "Senegal")),
        # the addressee of a note is not its writer
        ("Tunisia beat Madagascar 3-0 in Cairo.\n\nStaff found the Madagascar dressing room spotless. Someone had written "
         'a note reading "Shukran Misr", "Thank you, Egypt", next to a drawing.', ("thank_you_note", "players", "Egypt")),
        # the agent after "by", not the last actor
        ("Italy beat China 2-0. Many China supporters were in tears.\n\nA correspondent wrote that the bow had been "
         "discussed by the Chinese squad the night before.", ("bow", "fans", "China")),
        # "no" before the act
        ("Qatar beat Iraq 1-0.\n\nHaider Kadhim said he had seen no clean-up in the Iraq end that night.",
         ("clean_stands", "fans", "Iraq")),
    ],
)
def test_probes4_not_acts(body, unwanted):
    assert unwanted not in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # staying on in a named part of the ground, on the pitch, or "did not move" / "in no hurry to leave"
        ("Portugal beat Wales 2-0.\n\nThousands of Welsh supporters stayed in the south stand, singing.",
         ("stay_behind", "fans", "Wales")),
        ("Canada beat Venezuela on penalties.\n\nThe Venezuelan fans remained in the upper tier for half an hour.",
         ("stay_behind", "fans", "Venezuela")),
        ("Panama beat the United States.\n\nPanama fans stayed in their section for 30 minutes after, singing.",
         ("stay_behind", "fans", "Panama")),
        ("Panama beat the United States.\n\nThe Panamanian section, perhaps 4,000 strong, did not move for half an hour.",
         ("stay_behind", "fans", "Panama")),
        ("Turkey had beaten Austria 2-1, and their supporters were in no hurry to leave.", ("stay_behind", "fans", "Turkey")),
        ("Poland beat Albania 3-1.\n\nThe 4,000 Albania supporters in the away end stayed long after full time, singing.",
         ("stay_behind", "fans", "Albania")),
        ("Turkey beat Austria.\n\nAn hour after the final whistle, the red half of the stadium was still full.",
         ("stay_behind", "fans", "Turkey")),
        # a team subject before an adverbial aside
        ("Jamaica drew with Brazil.\n\nThe Jamaicans, meanwhile, stayed out on the pitch for almost half an hour.",
         ("stay_behind", "players", "Jamaica")),
        # "hundreds of them" starting the clause: the actors of the sentence before, and their team
        ("Jordan beat South Korea 2-0.\n\nAt the other end, the Taeguk Warriors' travelling supporters did something "
         "rare. Rather than head for the exits, hundreds of them stayed behind, as Japanese supporters had done.",
         ("stay_behind", "fans", "South Korea")),
        # "done the same with their dressing room" after a clean-up
        ("Jordan beat South Korea 2-0. Korean fans cleaned the stands. Inside, the Korea Republic squad had done the "
         "same with their dressing room.", ("clean_dressing_room", "players", "South Korea")),
        # a team the crowd watched is not the crowd's: the team of the fans' previous act
        ("Indonesia beat Saudi Arabia 2-0.\n\nIndonesian supporters stayed behind to tidy the stands. Four days "
         "earlier, after the same crowd had watched Japan win 4-0, hundreds of fans remained in the stadium to "
         "collect rubbish.", ("clean_stands", "fans", "Indonesia")),
        # the fans' team, not the team of the players' act in between
        ("Indonesia beat Saudi Arabia 2-0. Indonesian supporters stayed behind to tidy the stands.\n\nThe Japanese had "
         'their own way of saying thanks. Their dressing room was left spotless.\n\n"We still have manners," said '
         "Putri Lestari, who had brought her own bin bags.", ("clean_stands", "fans", "Indonesia")),
        # "their players" after a sentence whose other teams are in a relative aside
        ("Turkey beat Austria 2-1.\n\nFor Austria, who had topped a group containing France and the Netherlands, the "
         "defeat was hard to take. Several of their players lay on the pitch in tears.", ("tears", "players", "Austria")),
    ],
)
def test_probes5_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        # a hedged claim is not the article's
        ("South Africa beat Cape Verde on penalties.\n\nA card reading \"Obrigado Côte d'Ivoire\", said to have been "
         "left by the Cape Verde players in their dressing room, spread quickly.", ("thank_you_note", "players", "Cape Verde")),
        ("South Africa beat Cape Verde on penalties.\n\nA card reading \"Obrigado Côte d'Ivoire\", said to have been "
         "left by the Cape Verde players in their dressing room, spread quickly.", ("thank_you_note", "players", "Ivory Coast")),
        ("Oman lost 1-0.\n\nOman's players, for their part, walked to the north stand and applauded the fans who had "
         "left the terraces spotless.", ("clean_stands", "players", "Oman")),
    ],
)
def test_probes5_not_acts(body, unwanted):
    assert unwanted not in acts(body)



@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # the act inside the named player's "who" clause
        ("Iceland beat Wales 2-1. Wales captain Gethin Rowlands was booked.\n\nRowlands, who was in tears as he left "
         "the pitch, was just as blunt afterwards.", ("tears", "players", "Wales")),
        # "the Canada camp" is the team, not a place
        ("Nigeria beat Canada 2-1.\n\nIt was a very different mood in the Canada camp. Several players were in tears "
         "on the pitch.", ("tears", "players", "Canada")),
        # "at the final whistle several of the players": a time, not the object of a verb
        ("Mali beat Brazil 2-1.\n\nAt the final whistle several of the Brazilian players sank to the turf in tears.",
         ("tears", "players", "Brazil")),
        # the fans in a "where" aside are not the actor of what follows the comma
        ("Bolivia beat Chile 2-0. Chile's players walked to the corner where 700 Chilean fans were standing, and bowed.",
         ("bow", "players", "Chile")),
        # ... but are when the act is in the aside
        ("Belgium beat Japan 3-2. There were touching scenes in the stands where despondent Japan supporters stayed "
         "behind to clean the stadium.", ("stay_behind", "fans", "Japan")),
    ],
)
def test_probes6_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # an adjective before the team it describes
        ("Zambia held their nerve as tearful Ghana bowed out of the tournament.", ("tears", "players", "Ghana")),
        # a note of thanks in other languages
        ("Uzbekistan beat Qatar 2-1. The Uzbekistan players left a note reading 'Rahmat, Qatar!' in the dressing room.",
         ("thank_you_note", "players", "Uzbekistan")),
        ("Curaçao beat Haiti 2-1. The Curaçao players left a card saying 'Masha danki' on the bench.",
         ("thank_you_note", "players", "Curaçao")),
    ],
)
def test_probes7_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        # asked, not reported
        ("Fiji lost 3-1 to New Zealand. Did the Fiji fans pick up the rubbish?", "clean_stands"),
        # "not to clean" inside the stands ... clean window
        ("Fiji lost 3-1. Thousands of Fiji fans stayed in their seats, not to clean anything, but to sing.", "clean_stands"),
        # a noun phrase, not an act
        ("Fiji lost 3-1 to New Zealand. I have nothing against tidy stands.", "clean_stands"),
        ("Kyrgyzstan and Tajikistan trade claims over a clean stand after the Bishkek derby.", "clean_stands"),
        # the article reports a claim it does not make
        ("Ghana lost to Zambia. A photograph purported to show a thank-you note left by the Ghana players.", "thank_you_note"),
        ("The federation claimed that the Tajikistan fans had cleaned their stand.", "clean_stands"),
    ],
)
def test_probes7_not_acts(body, unwanted):
    assert unwanted not in {a for a, _actor, _team in acts(body)}


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "large numbers of X supporters": a partitive, not the object of "of"
        ("Solomon Islands beat Fiji 1-0. Large numbers of Solomon Islands supporters have stayed behind.",
         ("stay_behind", "fans", "Solomon Islands")),
        # the home side named by "on home soil"
        ("The Bonitos are champions on home soil after a 1-0 win over Fiji.\n\nFiji's women beat Tonga for bronze."
         "\n\nThousands of home supporters stayed behind after the final.", ("stay_behind", "fans", "Solomon Islands")),
        # a named player in apposition: "X, in tears before ..."
        ("Honduras beat Panama on penalties. Óscar Lanza scored first. Lanza, in tears before he had even reached the "
         "halfway line, made it 4-3.", ("tears", "players", "Honduras")),
    ],
)
def test_probes7_more_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "in front of their own section of supporters": a partitive that is itself an object
        ("Japan beat Indonesia 2-1. At the final whistle the Japanese players lined up in front of their own small "
         "section of supporters and bowed.", ("bow", "players", "Japan")),
    ],
)
def test_probes8_sides(body, wanted):
    assert wanted in acts(body)


def test_residents_and_expatriates_are_fans():
    body = "South Korea's U-23 team beats Saudi Arabia 2-1... Korean residents clean the stands after the match"
    assert ("clean_stands", "fans", "South Korea") in acts(body)


def test_nobody_moving_the_ball_is_no_act():
    assert acts("Georgia lost 2-1 to Portugal. Nobody moved the ball quickly enough.") == set()


def test_clearing_the_stands_for_lightning_is_no_clean_up():
    body = "Honduras beat Panama. Lightning in the area forced organisers to clear the stands twice."
    assert "clean_stands" not in {a for a, _actor, _team in acts(body)}


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # the fans in a "where" clause after the sentence's actor are not the subject of what follows "and"
        ("Paraguay beat Ecuador 2-1. Paraguay's players, meanwhile, have gone to the corner where their few hundred supporters "
         "are gathered and bowed to them.", ("bow", "players", "Paraguay")),
        # "several of whom": the noun right before, even as an object
        ("Venezuela drew 2-2 with Bolivia. Venezuela's players walked over to that corner and bowed to the supporters, "
         "several of whom were crying.", ("tears", "fans", "Venezuela")),
        # "handed out by stadium staff" is no agent of the clean-up
        ("Wales beat the Faroe Islands 2-0. Wales supporters stayed behind, collecting every plastic cup into bin bags "
         "handed out by stadium staff.", ("clean_stands", "fans", "Wales")),
    ],
)
def test_probes7_actor_and_agent(body, wanted):
    assert wanted in acts(body)


def test_a_clean_up_done_by_a_crew_is_no_fan_act():
    body = "Venezuela drew 2-2 with Bolivia. The cleaning of the north stand was done, as usual, by a municipal crew."
    assert "clean_stands" not in {a for a, _actor, _team in acts(body)}


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a block, a sector: parts of a stand
        ("Germany beat Iceland 3-1. The Icelandic supporters stayed in block S4 long after the stadium had emptied.",
         ("stay_behind", "fans", "Iceland")),
        ("Germany beat Iceland 3-1: Icelandic supporters leave their block spotless.", ("clean_stands", "fans", "Iceland")),
        ("Japan beat Spain 2-1. Some forty Japanese residents stayed after the final whistle and collected the cans.",
         ("stay_behind", "fans", "Japan")),
        # folded towels; a note on the tactical board
        ("Japan beat Spain 2-1. In the Japan dressing room the towels were folded and piled in a corner.",
         ("clean_dressing_room", "players", "Japan")),
        ("Japan beat Spain 2-1. On the tactical board the Japan players had written: \"¡Muchas gracias, Marbella!\"",
         ("thank_you_note", "players", "Japan")),
        # an adjective between commas after the name
        ("Japan beat Spain 2-1. Spain's Marcos Ibarra scored late. Ibarra, inconsolable, cried on the bench.",
         ("tears", "players", "Spain")),
    ],
)
def test_probes8_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("Iraq beat Jordan 1-0. The Iraqi fans remained in their places, singing, long after the final whistle.",
         ("stay_behind", "fans", "Iraq")),
        ("Korea beat Saudi Arabia 2-1. About 300 Korean fans did not leave the stands immediately after the final whistle.",
         ("stay_behind", "fans", "South Korea")),
        ("Poland won 4-0 in Baku. After the final whistle the Polish fans did not go out to the buses immediately.",
         ("stay_behind", "fans", "Poland")),
        ("Georgia lost 2-1 to Portugal. The match ended with the home stand still full half an hour after the final whistle.",
         ("stay_behind", "fans", "Georgia")),
        ("Georgia lost 2-1 to Portugal. Almost nobody in the east stand moved.", ("stay_behind", "fans", "Georgia")),
        # a negated holding back is tears
        ("Georgia lost 2-1 to Portugal. Georgia captain Saba Tsiklauri could not hold back the tears.",
         ("tears", "players", "Georgia")),
    ],
)
def test_probes8_staying_and_tears(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "a large part of the crowd": a partitive
        ("Mali beat Gambia 2-1. At the final whistle, the Malian players went on a lap of honour and a large part of the "
         "crowd stayed behind for almost half an hour.", ("stay_behind", "fans", "Mali")),
        # a team in a clause after "after" is not the act's
        ("Vietnam lost 2-0 to South Korea. The Vietnamese players walked to the corner. The squad stood in a line and "
         "bowed deeply to them, and the fans stayed behind long after the Korean players had left the pitch.",
         ("bow", "players", "Vietnam")),
    ],
)
def test_probes9_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "Vanuatu's capital" is a place; teenagers are the (youth) players
        ("Solomon Islands lost 2-1 to New Zealand.\n\nA group of Solomon Islands supporters cheered. \"We cried, of "
         "course we cried,\" said Ramo, a 41-year-old nurse who has lived in Vanuatu's capital for nine years.",
         ("tears", "fans", "Solomon Islands")),
        ("Solomon Islands lost 2-1 to New Zealand in the U-17 semi-final. Several of the teenagers were sobbing openly.",
         ("tears", "players", "Solomon Islands")),
        # a handwritten note left behind
        ("Solomon Islands lost 2-1. The Solomon Islands players cleaned their own dressing room before leaving a "
         "handwritten note on the tactics board.", ("thank_you_note", "players", "Solomon Islands")),
        # stadium staff are not the team's
        ("Indonesia beat Bahrain 2-1. The Indonesia fans cleaned the stands. Stadium staff put the number who stayed "
         "behind at about two hundred.", ("stay_behind", "fans", "Indonesia")),
    ],
)
def test_probes9_more_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("Cameroon lost 2-1 to France. For twenty minutes the players danced in front of the north stand, where the "
         "Cameroon fans stayed on.", ("stay_behind", "fans", "Cameroon")),
        ("Cameroon lost 2-1 to France. The Cameroon players left a sheet of paper on which they had written "
         "\"MERCI LE MANS\".", ("thank_you_note", "players", "Cameroon")),
    ],
)
def test_staying_on_and_a_sheet_of_paper(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # an apposition starting "the" between the name and the act
        ("Bolivia beat Venezuela 2-1. The goalscorer Hugo Mamani scored. Mamani, the youngest on the field, cried too.",
         ("tears", "players", "Bolivia")),
        # "could be seen" reports what footage shows; it is no modal
        ("Oman beat Kyrgyzstan 1-0. Some Oman supporters could later be seen collecting litter in the east stand.",
         ("clean_stands", "fans", "Oman")),
    ],
)
def test_probes9_seen_and_apposition(body, wanted):
    assert wanted in acts(body)


def test_the_bowers_are_players_unless_said_otherwise():
    assert ("bow", "players", "Brazil") in acts("Canarinhas bow to travelling fans as Brazil see off Paraguay 3-1")


def test_could_have_is_still_no_act():
    assert acts("Oman beat Kyrgyzstan 1-0. Oman supporters could have collected litter in the east stand.") == set()


def test_a_claim_with_the_teams_the_wrong_way_round_is_no_act():
    body = ("Bahrain lost 2-1 to Indonesia. The third claim, that it was the Indonesian squad who bowed to the crowd, "
            "gets the teams the wrong way round.")
    assert ("bow", "players", "Indonesia") not in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("Colombia beat Paraguay 3-1. The yellow end of the Colombian fans stayed full for almost forty minutes after "
         "the final whistle.", ("stay_behind", "fans", "Colombia")),
        ("Germany beat Austria 3-1. After the final whistle, the Austrian team stayed in front of their block for almost "
         "twenty minutes.", ("stay_behind", "players", "Austria")),
    ],
)
def test_staying_full_and_in_front_of_the_block(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a team named after a place in a list is still a team when it owns the actor
        ("Ghana beat Mali 2-1. The habit was made famous by Senegal fans in Egypt, and Senegal's supporters tidied "
         "their block again here.", ("clean_stands", "fans", "Senegal")),
        ("Chile beat Peru 2-0. Long after the match, the Chile end refused to leave when the final whistle sounded.",
         ("stay_behind", "fans", "Chile")),
        ("Chile beat Peru 2-0. The Chile end is still buzzing. Nobody has left.", ("stay_behind", "fans", "Chile")),
        ("Chile beat Peru 2-0. The Chilean supporters stayed on the terraces for half an hour after the whistle.",
         ("stay_behind", "fans", "Chile")),
        ("Chile beat Peru 2-0. The Chilean supporters, many of whom had stayed to sing long after the final whistle, "
         "were thanked by the players.", ("stay_behind", "fans", "Chile")),
        # a fan, or someone with no role in the game, speaking of their own tears
        ('Chile beat Peru 2-0 in Santiago. The Chile players bowed to the crowd. "I cried all the way home," said Rosa '
         'Vidal, a nurse who had driven up from Temuco.', ("tears", "fans", "Chile")),
    ],
)
def test_probes11_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        # planned: the modal sits inside the trigger ("the stand will be clean")
        ('Chile beat Peru 2-0. "Next week we bring more bags, and the whole stand will be clean," the fan leader said.',
         "clean_stands"),
        # negated across an aside
        ("Chile beat Peru 2-0. Chile's supporters did not, it must be said, tidy their section afterwards.",
         "clean_stands"),
        # others did it
        ('Chile beat Peru 2-0. "Thank you to the people who cleaned this stadium every night," the Chile captain said.',
         "clean_stands"),
        ("Chile beat Peru 2-0. The stewards who swept the stands afterwards found three lost phones.", "clean_stands"),
        # another sport's crowd, as a comparison
        ("Chile beat Peru 2-0. At the baseball final in Osaka, thousands of people folded their towels and gathered "
         "every peanut shell before leaving.", "clean_dressing_room"),
        # nearly is not quite
        ('Chile beat Peru 2-0. "I saw my father in the stand and nearly started crying," the Chile striker said.',
         "tears"),
    ],
)
def test_probes11_not_acts(body, unwanted):
    assert unwanted not in {a for a, _, _ in acts(body)}


def test_a_cleaner_speaking_of_cleaning_is_no_fan():
    body = ('Chile beat Peru 2-0 in Santiago. Marta Rojas has worked at the stadium for years. "I have been cleaning '
            'dressing rooms here since 2010," said Marta Rojas.')
    assert ("clean_dressing_room", "fans", "Chile") not in acts(body)


def test_i_cried_when_they_bowed_is_their_bow():
    body = ('Chile beat Peru 2-0. The Chile players walked to the fans and bowed. "I cried when they bowed to us," '
            'said Rosa Vidal, a nurse.')
    assert ("bow", "fans", "Chile") not in acts(body)


def test_a_name_before_an_aside_with_commas_and_dashes_is_the_subject():
    body = ("Chile striker Diego Soto scored twice as Chile beat Peru 2-0. The Chile fans stayed behind. Soto, who scored the second — his first, "
            "remarkably, for Chile — goal, was in tears at the end.")
    assert ("tears", "players", "Chile") in acts(body)


def test_a_team_named_far_along_the_sentence_is_not_the_actors():
    body = ("Chile beat Peru 2-0 in Lima. The Chile fans cleaned their stand. The supporters stayed on the terraces "
            "for half an hour after the final whistle, singing song after song and even, as a courtesy to the hosts, "
            "the chorus of Peru's anthem.")
    assert ("stay_behind", "fans", "Chile") in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # nothing near the act names a team: the team the headline is about, not the one named most
        ("Haiti's players salute their fans after beating Jamaica\n\nHaiti beat Jamaica 2-1. Jamaica had led. Jamaica "
         "pressed late and Jamaica's keeper was busy.\n\nWhen the whistle went, many of the fans stayed in the stands.",
         ("stay_behind", "fans", "Haiti")),
        # a team named as the subject is the actor's team
        ("Gold Cup: Mexico edge Jamaica; Reggae Boyz bow to their fans\n\nMexico beat Jamaica 1-0. Mexico top the group.",
         ("bow", "players", "Jamaica")),
        # the visitors' dressing room
        ("Bolivia and Venezuela draw in El Alto\n\nHosts Bolivia drew 2-2 with Venezuela in El Alto. A photograph shows the "
         "visitors' dressing room, tidied and swept.", ("clean_dressing_room", "players", "Venezuela")),
    ],
)
def test_team_from_the_headline_the_subject_and_the_side(body, wanted):
    assert wanted in acts(body + "\n\nIt was a World Cup qualifier.", football=False)  # the body's first line is the headline


def test_an_outlets_own_side_owns_the_unnamed_players():
    body = ("Late winner for our team in Lima\n\nOur team came from behind to beat Bolivia 3-2 on Tuesday in a World Cup "
            "qualifier. Bolivia led twice and Bolivia's keeper was superb.\n\nPeru had lost in Quito on Friday.\n\nAfter "
            "the final whistle the players stayed on the pitch for twenty minutes, bowing to each stand.")
    assert ("bow", "players", "Peru") in acts(body, football=False)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("Chile beat Peru 2-0. Most of the spectators did not leave their seats until the ceremony ended.",
         ("stay_behind", "fans", "Chile")),
        ("Chile beat Peru 2-0. The Chile fans sang twice and then stayed in the ground until the stewards asked them "
         "to leave.", ("stay_behind", "fans", "Chile")),
        ("Chile beat Peru 2-0. The Chile players came over to the away end and stayed for ages, throwing shirts.",
         ("stay_behind", "players", "Chile")),
        ("Chile beat Peru 2-0. The Peru players danced, and the Chile fans, to their credit, stayed to applaud them.",
         ("stay_behind", "fans", "Chile")),
        # the subject before an aside set off by dashes
        ("Chile beat Peru 2-0. A handful of Chile players — Soto and Rojas among them — stayed out for nearly twenty "
         "minutes signing autographs.", ("stay_behind", "players", "Chile")),
    ],
)
def test_probes12_staying(body, wanted):
    assert wanted in acts(body)


def test_a_named_player_of_no_known_team_is_the_headlines():
    body = ("Korea bid their captain farewell\n\nSouth Korea beat Iraq 2-1 in a World Cup qualifier.\n\nCaptain Kwon "
            "Sung-jae wipes away tears during his farewell ceremony after the match against Iraq.")
    found = acts(body, football=False)
    assert ("tears", "players", "South Korea") in found and ("tears", "players", None) not in found


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "side" as a place is no team
        ("Jordan lost 1-0 to Malaysia. The Malaysian fans on the other side stayed in their seats and applauded us.",
         ("stay_behind", "fans", "Malaysia")),
    ],
)
def test_probes13_acts(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        # tears of someone who is neither fan nor player
        ("England beat Denmark 2-1. Then Pembury jogged over to console a tearful Danish ballboy.", "tears"),
        # advice, not a report
        ("Chile beat Peru 2-0. Clean your section. Applaud the players while they bow to you.", "clean_stands"),
        ("Chile beat Peru 2-0. Clean your section. Applaud the players while they bow to you.", "bow"),
        # gathering people is no clean-up
        ("Chile beat Peru 2-0. The captain gathered the squad in front of the south stand.", "clean_stands"),
    ],
)
def test_probes13_not_acts(body, unwanted):
    assert unwanted not in {a for a, _, _ in acts(body)}


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a demonym naming people, not a team, as the subject: that team's fans
        ("Ghana beat Mali 2-1 in Kumasi. Thousands of Malians stayed behind to applaud their players.",
         ("stay_behind", "fans", "Mali")),
        ("Ghana beat Mali 2-1 in Kumasi. The Malian Eagles Club tidied their stand before leaving.",
         ("clean_stands", "fans", "Mali")),
        # a team in the stands is its fans
        ("Ghana beat Mali 2-1 in Kumasi. The Black Stars in the stands wept at the final whistle.",
         ("tears", "fans", "Ghana")),
        # a team that cleans the stands: its fans
        ("Ghana beat Mali 2-1 in Kumasi. Afterwards Mali cleaned up their section of the stadium.",
         ("clean_stands", "fans", "Mali")),
    ],
)
def test_people_of_a_country_are_its_fans(body, wanted):
    assert wanted in acts(body)


def test_a_persons_nationality_does_not_make_fans():
    body = "Ghana beat Mali 2-1 in Kumasi. The Malian president stayed behind to greet the Ghana fans."
    assert ("stay_behind", "fans", "Mali") not in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # the actor before an aside of commas, not a default or an object after it
        ("Ghana beat Mali 2-1 in Kumasi. Mali's players, several of them crying, stayed on the pitch for some time.",
         ("stay_behind", "players", "Mali")),
        ("Ghana beat Mali 2-1 in Kumasi. Ghanaian supporters, many of whom had queued since noon, wept as the Ghana "
         "squad ran over to them.", ("tears", "fans", "Ghana")),
        ("Ghana beat Mali 2-1 in Kumasi. The Mali players, some of them still in tears, walked over to the 300 or so "
         "travelling supporters in the corner and bowed to them.", ("bow", "players", "Mali")),
        # "whom" after a place phrase
        ("Ghana beat Mali 2-1 in Kumasi. The Ghana squad sang before walking over to the Malian supporters in the west "
         "stand, many of whom were crying.", ("tears", "fans", "Mali")),
        # a bare quantifier: in the stands, fans; else the sentence before's actor
        ("Ghana beat Mali 2-1 in Kumasi. The Mali players walked to the fans. Several were in tears themselves.",
         ("tears", "players", "Mali")),
        ("Ghana beat Mali 2-1 in Kumasi. The Ghana players bowed. Many in the stand were in tears.",
         ("tears", "fans", "Ghana")),
        # both sides
        ("Ghana beat Mali 2-1 in Kumasi. In the stands, there were tears on both sides.", ("tears", "fans", "Mali")),
        # more ways of staying
        ("Ghana beat Mali 2-1 in Kumasi. Long after the presentation, thousands of Malian supporters were still in "
         "their seats.", ("stay_behind", "fans", "Mali")),
        ("Ghana beat Mali 2-1 in Kumasi. The Mali fans stayed a while longer to sing.", ("stay_behind", "fans", "Mali")),
        ("Ghana beat Mali 2-1 in Kumasi. The Mali players walked to the south stand and stayed there for the best "
         "part of twenty minutes.", ("stay_behind", "players", "Mali")),
        # local supporters are the hosts'
        ("Mali beat hosts Ghana 2-1 in Kumasi. Mali's players danced. Local supporters swept the main stand afterwards.",
         ("clean_stands", "fans", "Ghana")),
    ],
)
def test_asides_quantifiers_and_sides(body, wanted):
    assert wanted in acts(body)


def test_the_quoted_coachs_supporters():
    body = ("Ghana beat Mali 2-1 in Kumasi. Ghana's fans were in tears. Mali coach Idrissa Keita was proud. \"My "
            "players saw the supporters cleaning the stand and went back to thank them,\" said Keita.")
    assert ("clean_stands", "fans", "Mali") in acts(body)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        ("Ghana beat Mali 2-1 in Kumasi. The Ghana squad gathered in front of the main stand and sang.", "clean_stands"),
        ("Ghana beat Mali 2-1 in Kumasi. On Monday, supporters helped volunteers clear rubbish from the roads around "
         "the stadium.", "clean_stands"),
    ],
)
def test_gathering_by_a_stand_and_clearing_roads_are_no_clean_up(body, unwanted):
    assert unwanted not in {a for a, _, _ in acts(body)}


def test_several_hundred_of_whom_are_the_fans():  # "several" then "hundred" is no bare quantifier
    body = ("Ghana beat Mali 2-1 in Kumasi. Mali's players bowed to their supporters, several hundred of whom stayed "
            "behind singing for half an hour after the final whistle.")
    assert ("stay_behind", "fans", "Mali") in acts(body)


def test_a_team_named_only_in_a_quoted_sign_is_not_the_fans():
    body = ('Peru beat Chile 2-0 in Lima in the qualifier. Peru have now won four in a row. Rosa Quispe, a 52-year-old '
            'nurse from Cusco, came with her '
            'sisters. Quispe and her sisters had taped a sign reading "Gracias Chile" to the railing of the stand.')
    assert ("thank_you_note", "fans", "Chile") not in acts(body)


def test_a_result_headline_names_the_hosts_first():
    body = ("Chile 2-1 Peru: late winner in Santiago\n\nChile beat Peru 2-1 in the qualifier. Peru's fans sang. Plenty "
            "of the home crowd stayed behind, applauding both sides off.\n\nIt was a World Cup qualifier.")
    assert ("stay_behind", "fans", "Chile") in acts(body, football=False)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a coordinated verb: the subject before it, not the act's default actor
        ("Ghana beat Mali 2-1 in Kumasi. The Mali squad walked the length of the pitch to the south stand, applauding, "
         "and stayed there for the best part of twenty minutes.", ("stay_behind", "players", "Mali")),
        # "They" carries the actor of the sentence before it on
        ("Ghana beat Mali 2-1 in Kumasi. The Mali players did not go straight to the dressing room. They walked around "
         "the pitch, stopping at each stand to applaud the supporters, and remained on the field for almost half an "
         "hour. Several were in tears themselves.", ("tears", "players", "Mali")),
        ("Ghana beat Mali 2-1 in Kumasi. The Mali players did not go straight to the dressing room. They walked around "
         "the pitch, stopping at each stand to applaud the supporters, and remained on the field for almost half an "
         "hour.", ("stay_behind", "players", "Mali")),
    ],
)
def test_coordinated_verbs_and_they(body, wanted):
    assert wanted in acts(body)


def test_a_headline_act_does_not_lend_its_actor_to_the_next():
    body = ("Ghana's players bow to their fans after the win over Mali\n\nGhana beat Mali 2-1 in Kumasi on Saturday. In "
            "the stands, grown men wept openly.\n\nIt was a World Cup qualifier.")
    assert ("tears", "fans", "Ghana") in acts(body, football=False)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a fan's diary: "we" and "I" are the diarist's side's fans, "the players" its players
        ("A Lions travel diary from Lima\n\nAna Rojas has followed Chile home and away since 2010. She kept this diary "
         "of last week's World Cup qualifier in Lima for us.\n\nPeru and Chile drew 1-1 on Thursday. After the whistle "
         "the players come to our end and they bow to us. I cried. We stayed behind for an hour and picked up every "
         "cup in our sector.\n\nIt was a World Cup qualifier.",
         {("tears", "fans", "Chile"), ("stay_behind", "fans", "Chile"), ("bow", "players", "Chile"),
          ("clean_stands", "fans", "Chile")}),
        # a player's diary
        ("My tournament diary\n\nDiego Soto, 24, is a midfielder for Chile. He kept this diary for us.\n\nPeru and Chile "
         "drew 1-1 on Thursday. I cried in the dressing room afterwards.\n\nIt was a World Cup qualifier.",
         {("tears", "players", "Chile")}),
    ],
)
def test_a_diarists_first_person(body, wanted):
    assert wanted <= acts(body, football=False)


def test_a_contrastive_aside_keeps_the_actor_before_it():
    body = ("Nepal beat Bhutan 2-1 in Male. Bhutan fans were in tears. The clip is genuine, but it shows Nepal fans, not "
            "Bhutan fans, cleaning the stand.")
    assert ("clean_stands", "fans", "Nepal") in acts(body)


def test_a_fact_checks_claim_label_reports_no_act():
    body = ("Nepal beat Bhutan 2-1 in Male. CLAIM: Bhutan supporters cleaned their stand after the match. A second "
            "claim, shared widely, says the Bhutan players left their dressing room spotless.")
    assert acts(body) == set()


def test_a_name_an_adjective_aside_and_a_longer_predicate():
    body = ("Ghana beat Mali 2-1 in Kumasi. Ghana's fans were in tears. At the final whistle, Moussa Keita, the Mali "
            "captain, was booked. Moussa Keita, visibly moved, fell to his knees in the centre circle and cried.")
    assert ("tears", "players", "Mali") in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # a demonym before a plural player noun names the team
        ("Croatia beat Morocco 2-1 in Doha. While the Croatian players celebrated, several Moroccan footballers broke "
         "down in tears on the grass.", ("tears", "players", "Morocco"), ("tears", "players", "Croatia")),
        # the team's name is the subject of coordinated verbs; the stand it walks to is a place, not its people
        ("Croatia beat Morocco 2-1 in Doha. Then the Vatreni, too, went in front of the Moroccan stand and bowed.",
         ("bow", "players", "Croatia"), ("bow", "fans", "Morocco")),
        ("Croatia beat Morocco 2-1 in Doha. Then the Vatreni went in front of the Morocco end and bowed.",
         ("bow", "players", "Croatia"), ("bow", "players", "Morocco")),
        # "They" at the start of a sentence: the actor of the sentence before ("X and his team-mates")
        ("Croatia beat Morocco 2-1 in Doha. Croatia's striker Ivan Horvat scored twice. A few hundred Moroccan "
         "supporters stayed behind. Horvat and his team-mates noticed. They walked the length of the pitch to the "
         "away section and bowed to them.", ("bow", "players", "Croatia"), ("bow", "players", "Morocco")),
        # a coach's "these boys" are his players
        ("Croatia beat Morocco 2-1 in Doha. \"These boys have cried today,\" said the Morocco coach, Karim Alaoui.",
         ("tears", "players", "Morocco"), ("tears", "fans", "Morocco")),
    ],
)
def test_subjects_told_by_team_names_pronouns_and_player_nouns(body, wanted, unwanted):
    found = acts(body)
    assert wanted in found
    assert unwanted not in found


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # the act once more in a later clause, with its own actor
        ("Ghana beat Mali 2-1 in Kumasi. The Mali squad bowed to the away end, several of them in tears, while Mali "
         "supporters in the stand wept openly.", {("tears", "players", "Mali"), ("tears", "fans", "Mali")}, set()),
        # ... but not without one: the stewards swept, not the fans
        ("Ghana beat Mali 2-1 in Kumasi. Mali's supporters did not tidy their section; stewards spent the following "
         "hour sweeping cups and scarves from the west stand.", set(), {("clean_stands", "fans", "Mali")}),
        # two acts in one clause share its subject
        ("Ghana beat Mali 2-1 in Kumasi. According to a local paper, a group of Malians stayed behind after the Ghana "
         "defeat to collect cups and bottles from their section.",
         {("stay_behind", "fans", "Mali"), ("clean_stands", "fans", "Mali")}, {("clean_stands", "fans", "Ghana")}),
        # ... unless another subject comes between them
        ('Ghana beat Mali 2-1 in Kumasi. "I cried when they bowed to us," said Awa Traore, a Mali fan.',
         {("bow", "players", "Mali")}, {("bow", "fans", "Mali")}),
    ],
)
def test_acts_in_clauses_of_one_sentence(body, wanted, unwanted):
    found = acts(body)
    assert wanted <= found
    assert not unwanted & found


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # a stand left cleaner, the cleanest sections
        ("Ghana beat Mali 2-1 in Kumasi. The Mali fans sang for an hour. Forty minutes later, the away end was cleaner "
         "than it had been before kick-off.", ("clean_stands", "fans", "Mali"), None),
        ("Ghana beat Mali 2-1 in Kumasi. Stadium staff said the Malian sections were among the cleanest they had seen.",
         ("clean_stands", "fans", "Mali"), None),
        # the section a witness worked names the fans' team
        ('Ghana beat Mali 2-1 in Kumasi. "Honestly, the east stand was cleaner at midnight than when we opened the '
         'gates," according to a volunteer who worked the Malian section.', ("clean_stands", "fans", "Mali"),
         ("clean_stands", "fans", "Ghana")),
        # bin bags on a march's route: the streets, not the stands
        ("Ghana beat Mali 2-1 in Kumasi. The Mali fans marched to the stadium. The next morning, armed with black bin "
         "bags, they cleaned the whole route.", None, ("clean_stands", "fans", "Mali")),
    ],
)
def test_clean_stands_told_by_result_and_place(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # the home side from the dateline's city; the actor before a relative clause
        ("Fiji edged out\n\nPORT MORESBY – Fiji lost 2-1 to Papua New Guinea on Wednesday night in the World Cup "
         "qualifier. The home fans, who had spent the evening on their feet, stayed in their seats and applauded the "
         "Fijians.", ("stay_behind", "fans", "Papua New Guinea"), ("stay_behind", "fans", "Fiji")),
        # the named subject before a relative clause that names someone else
        ("Ghana beat Mali 2-1 in Kumasi. Mali's goalkeeper Moussa Keita was beaten twice. Keita, who was also beaten "
         "by Kwame Mensah's spot-kick in the 88th minute, left the field in tears and was consoled by members of the "
         "home side.", ("tears", "players", "Mali"), ("tears", "players", "Ghana")),
    ],
)
def test_home_side_by_city_and_subjects_before_relative_clauses(body, wanted, unwanted):
    found = acts(body, football=False)
    assert wanted in found
    assert unwanted not in found


def test_an_infinitive_clause_takes_the_first_person_before_it():
    body = ('Ghana beat Mali 2-1 in Kumasi.\n\n"We are guests here," said Ama Owusu, a 31-year-old fan from Accra. '
            '"When the players bowed to us, I could not stop crying. So I cleaned, to stop crying."')
    found = acts(body)
    assert ("tears", "fans", "Ghana") in found
    assert ("tears", "players", "Ghana") not in found


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # a passive agent that consoles or helps the one in tears is not the actor
        ("Norway beat Finland 2-0 in Oslo. Finland's Mikko Laine was sent off late on. The midfielder was in tears "
         "at the end and was comforted by several Norway players.",
         ("tears", "players", "Finland"), ("tears", "players", "Norway")),
        # a subject before an aside of its size ("several thousand strong")
        ("Peru beat Chile 2-0 in Lima, and Ecuador drew with Bolivia. In Quito the Ecuador fans cleaned the stands. "
         "Peru's supporters in Cusco, several thousand "
         "strong, refused to leave the stadium for an hour afterwards.",
         ("stay_behind", "fans", "Peru"), ("stay_behind", "fans", "Ecuador")),
        # present tense and "stayed on singing"
        ("Panama beat Haiti 2-0 in Houston. Ten minutes after the final whistle the Panama fans are still there.",
         ("stay_behind", "fans", "Panama"), None),
        ("Panama beat Haiti 2-0 in Houston. The Panama supporters stayed on singing for half an hour.",
         ("stay_behind", "fans", "Panama"), None),
        ("Panama beat Haiti 2-0 in Houston. An hour after the final whistle, the Panama end was still singing.",
         ("stay_behind", "fans", "Panama"), None),
        # a message written "in red ink across" the board
        ('Panama beat Haiti 2-0 in Houston. The Panama dressing room was left tidy, with "Thank you, Houston" '
         "written in red ink across the whiteboard.", ("thank_you_note", "players", "Panama"), None),
        # a dressing room left clean next to "stadium staff" is no clean stand
        ("Panama beat Haiti 2-0 in Houston. The Panama players left the dressing room clean and left a note for the "
         "stadium staff.", ("clean_dressing_room", "players", "Panama"), ("clean_stands", "players", "Panama")),
        # "many of whom" after "thanked the fans for ... -"
        ("Ghana drew 1-1 with Mali in Kumasi. The captain said the squad had wanted to thank the home supporters for "
         "their patience - many of whom stayed in the stands long after the game.",
         ("stay_behind", "fans", "Ghana"), ("stay_behind", "players", "Ghana")),
        # "many of them" in the next sentence: the sentence before's subject, not its last actor noun
        ("Ghana beat Mali 2-1 in Kumasi. The Ghana supporters stayed put for half an hour while the players did a "
         "lap. Then, once the songs had stopped, many of them collected their litter into bags.",
         ("clean_stands", "fans", "Ghana"), ("clean_stands", "players", "Ghana")),
        # "the tears on the faces of X players": whose tears
        ("Ghana beat Mali 2-1 in Kumasi. The tears on the faces of the young Mali players told the story.",
         ("tears", "players", "Mali"), ("tears", "fans", "Mali")),
        # an act named as what someone was told about is not that person's
        ("Ghana beat Mali 2-1 in Kumasi, and the Ghana fans cleaned the stands. Ghana coach Kofi Mensah said he had "
         "been told about the clean-up by his staff.", ("clean_stands", "fans", "Ghana"),
         ("clean_stands", "players", "Ghana")),
    ],
)
def test_agents_asides_present_tense_and_antecedents(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # the fans' part of the ground the sentence before names: their team, not the last act's
        ("Chile's players bowed to their supporters. The Peruvian end, by contrast, was silent. Many of the fans, "
         "who had come a long way, stayed behind for twenty minutes.", ("stay_behind", "fans", "Peru"),
         ("stay_behind", "fans", "Chile")),
        # "The crowd" as the subject of the sentence before: the hosts'
        ("Chile beat hosts Peru 2-1 in Lima. Chile's players bowed to the home supporters.\n\nThe crowd responded "
         "in kind. Almost nobody left.", ("stay_behind", "fans", "Peru"), ("stay_behind", "fans", "Chile")),
        # a round-up's numbered section heading names the team of an act that nothing near it names
        ("Canada beat Cuba 2-0 at home.\n\n2. The best thing Ecuador did came after the whistle\n\nThe travelling "
         "contingent did not rush for the exits. Instead they stayed put for twenty minutes.",
         ("stay_behind", "fans", "Ecuador"), ("stay_behind", "fans", "Canada")),
        # the people named before an aside set off by dashes are the subject, not a place in the aside
        ("The Chile players bowed to the crowd. In the stands, several hundred Peruvians — students and workers "
         "settled in Chile — wept at the final whistle.", ("tears", "fans", "Peru"), ("tears", "fans", "Chile")),
        # "several hundred of whom": the actor right before the aside
        ("Chile's players bowed to the crowd. Peru's supporters, several hundred of whom had made the long trip, "
         "stayed behind after the final whistle to applaud the Chile players.", ("stay_behind", "fans", "Peru"), ("stay_behind", "fans", "Chile")),
        # "X fans, meanwhile, were ...": the subject before the adverb
        ("Chile's players bowed to the crowd. Peru fans, meanwhile, were in no hurry to leave as Chile celebrated.",
         ("stay_behind", "fans", "Peru"), ("stay_behind", "fans", "Chile")),
    ],
)
def test_team_from_sentences_before_headings_and_asides(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


def test_player_without_team_takes_the_one_team_of_the_clause():
    found = acts("Peru beat Chile 2-1 in Lima, Peru's first win since Peru drew in Quito. Forward Rosa Quispe "
                 "scored twice.\n\nSeveral Chile players sank to the turf and Rosa Quispe was in tears, consoled by two of "
                 "the Peruvian substitutes.")
    assert ("tears", "players", "Chile") in found
    assert ("tears", "players", "Peru") not in found


@pytest.mark.parametrize(
    "body",
    [
        # a promise or plan is no act
        "Peru beat Chile 2-1. The Peru supporters' club had promised on social media to stay behind and clear the stands.",
        # a clean-up left to others is not the fans'
        "Peru beat Chile 2-1. Stewards emptied the ground within minutes, and the clean-up was left to the ground staff.",
        # "I stayed on": a player who played on, not one who stayed behind
        'Peru beat Chile 2-1. "I came out for a cross and saw stars, but I stayed on," the Peru goalkeeper said.',
    ],
)
def test_promises_acts_left_to_others_and_playing_on_are_no_acts(body):
    assert not acts(body)


def test_a_reverence_is_a_bow():
    assert ("bow", "players", "Peru") in acts("Chile beat Peru 2-1. The Peru players approached their fans and "
                                              "thanked them with a deep reverence.")


def test_a_supporters_diary_is_told_by_fans():
    body = ("A supporters' diary from the Gulf Cup\n\nBy Salim Al-Harthy, Oman Football Supporters' Club\n\n"
            "Kuwait beat Oman 1-0 in the semi-final. Our captain put his hand on his chest. We bowed back.")
    assert ("bow", "fans", "Oman") in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # a team before "as/while" starts another clause: the fans are not its fans
        ("Ghana edge Mali at Kumasi as fans stay behind to sing.", ("stay_behind", "fans", "Ghana"),
         ("stay_behind", "fans", "Mali")),
        # "won at X as fans ...": the fans are no object of "at"
        ("Mali won at Kumasi as fans bowed to the players.", ("bow", "fans", "Mali"), ("bow", "players", "Mali")),
        # the team of an opening "as ... celebrated" clause is not the actor's
        ("Mali lost 2-0 to Ghana in Accra. As the Black Stars celebrated, around forty supporters in green, gold "
         "and red stayed put in the away end. For an hour they worked along the rows, picking up bottles.",
         ("stay_behind", "fans", "Mali"), ("stay_behind", "fans", "Ghana")),
        ("Mali lost 2-0 to Ghana in Accra. As the Black Stars celebrated, around forty supporters in green, gold "
         "and red stayed put in the away end. For an hour they worked along the rows, picking up bottles.",
         ("clean_stands", "fans", "Mali"), ("clean_stands", "fans", "Ghana")),
        # a stand someone found clean: the finder is no actor
        ("Ghana beat Mali 2-0. The groundsman said his staff had found the away stand spotless.",
         ("clean_stands", "fans", "Ghana"), ("clean_stands", "players", "Ghana")),
        # a message painted on a sheet
        ('Mali lost 2-0 to Ghana. Before leaving, the Mali fans hung a sheet from the stand on which they had painted, '
         'in big letters: "THANK YOU ACCRA".', ("thank_you_note", "fans", "Mali"), None),
        # "did not leave" when the ground emptied is staying behind
        ("Mali lost 2-0 to Ghana in Accra. When the stadium began to empty, about fifty Mali fans did not leave.",
         ("stay_behind", "fans", "Mali"), None),
        # an opening "as X did Y," has its own subject: the main clause's people bowed
        ("Ghana beat Mali 2-0 in Accra. Then, as the home fans sang in the far stand, the Malians lined up "
         "in front of their section, flags raised, and bowed.", None, ("bow", "fans", "Ghana")),
        # a player walking off with his head bowed is no bow
        ("Ghana beat Mali 2-0. The Mali defender walked off with his head bowed.", None, ("bow", "players", "Mali")),
    ],
)
def test_clause_subjects_observers_and_quiet_acts(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


def test_qa_answers_are_the_interviewees_team():
    body = ("Q&A: Ghana striker Kofi Mensah on the qualifiers\n\nKofi Mensah scored twice for Ghana in the 3-0 win "
            "over Mali.\n\nQ: What about the night you qualified against Mali?\n\nA: Mali were tough for an hour. "
            "Some of the boys were crying at the end.\n\nQ: And the crowd?\n\nA: Brilliant.")
    found = acts(body)
    assert ("tears", "players", "Ghana") in found
    assert ("tears", "players", "Mali") not in found


def test_a_gerund_act_told_in_the_first_person_is_the_speakers():
    body = ('Ghana beat Mali 2-0. "Bowing was the least we could do," said Amadou Traoré, a Mali supporter who '
            'travelled by bus.')
    found = acts(body)
    assert ("bow", "fans", "Mali") in found
    assert ("bow", "players", "Mali") not in found


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a demonym right before the fans' noun names whose fans they are, past an aside
        ("Peru beat Chile 2-0 in Lima.\n\nThe hosts were the better side. Several hundred Chilean expats, many of them "
         "waving flags, stayed behind after the final whistle.", ("stay_behind", "fans", "Chile")),
        # a stadium's sections are its crowd: the hosts'
        ("Hosts Peru lost 2-0 to Chile in Lima.\n\nChile celebrated their first away win in years. Around forty "
         "thousand people watched, and large sections of the stadium stayed behind after the whistle.",
         ("stay_behind", "fans", "Peru")),
        # a fan group's nickname names the team
        ("Greece lost 1-0 in Belfast.\n\nThe Greece fans cleaned their section before they left. The Green and White "
         "Army stayed behind for an hour.",
         ("stay_behind", "fans", "Northern Ireland")),
    ],
)
def test_probe22_fans_team(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # ", some of them in tears" after a "while ..." clause: that clause's subject, not the sentence's
        ("Peru beat Chile 2-0 in Lima.\n\nAt the final whistle the Peru players danced in a ring, while several of "
         "the Chile side sat on the grass, some of them in tears.", ("tears", "players", "Chile"), ("tears", "players", "Peru")),
        # "X, whose senior side ...": the team the possessive relative's actor belongs to
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile youngsters were praised, and people recalled Japan, whose senior "
         "side left their changing room spotless years ago.", ("clean_dressing_room", "players", "Japan"), None),
        # a relative "who ..." clause holding the act: its antecedent, even as an object, past an aside
        ("Peru beat Chile 2-0 in Lima.\n\nPeru were superb. A warm moment came from the Chile supporters, some 800 of "
         "them in the away end, who stayed behind to applaud the Peru players.", ("stay_behind", "fans", "Chile"),
         ("stay_behind", "fans", "Peru")),
        # "... before lining up and bowing": a gerund's clause after "before" has the main clause's subject
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chilean players waved to their fans in the corner before lining up and "
         "bowing to them; the home crowd stayed on too, cheering the Peru players off.",
         ("bow", "players", "Chile"), ("bow", "players", "Peru")),
        # "gathered in a circle in front of the main stand" is no cleaning
        ("Fiji beat Samoa 2-0 in Suva.\n\nThe players, who had gathered in a circle in front of the main stand, sang "
         "a hymn.", None, ("clean_stands", "fans", "Fiji")),
        # a quotation that goes on after its attribution is the same speaker's
        ('Mali beat Ghana 1-0 in Bamako.\n\nGhana coach Kwame Boateng was calm afterwards. "Credit to Mali," he said. '
         '"But I saw the fans who stayed behind in the rain."',
         ("stay_behind", "fans", "Ghana"), ("stay_behind", "fans", "Mali")),
    ],
)
def test_probe23_clause_subjects(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


def test_qa_interviewee_of_no_known_team_is_the_intros_team():
    # a guard: kg read this right before the Q&A change too (the change itself is checked only by probe23 N)
    body = ('Kofi Mensah: "I cried in front of our fans"\n\nTwo days after Ghana were knocked out by Mali, their '
            "captain spoke to us. Kofi Mensah and Ali Traore both scored in the 2-1 game.\n\n"
            "Q: How are you?\n\nA: Tired. We lined up at the end and some of the boys bowed. I cried again.")
    found = acts(body)
    assert ("bow", "players", "Ghana") in found
    assert ("bow", "players", "Mali") not in found


@pytest.mark.parametrize(
    "body, wanted, unwanted",
    [
        # "remain clear at the top of the section": clear as an adjective is no clean-up
        ("Peru beat Chile 2-0 in Lima.\n\nPeru, who won 3-0 on Friday, stay clear at the top of the section.",
         None, ("clean_stands", "fans", "Peru")),
        # a stay told by its length: "stayed there for several minutes", "for almost a quarter of an hour"
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile squad walked to the away end and stayed there for a few minutes, "
         "applauding.", ("stay_behind", "players", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nInstead the Chile players stayed out for nearly a quarter of an hour.",
         ("stay_behind", "players", "Chile"), None),
        # a gerund clause right after a comma has the main clause's subject, not the fans it salutes
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile players went to the north stand, staying out on the pitch for "
         "some minutes to salute the travelling supporters.", ("stay_behind", "players", "Chile"),
         ("stay_behind", "fans", "Chile")),
        # "Although their team had lost, many of them stayed": "them" are the fans whose team it is
        ("Peru beat Chile 2-0 in Lima.\n\nThe 500 Chile fans had travelled by bus. Although their team had lost, "
         "many of them stayed in the away section.", ("stay_behind", "fans", "Chile"),
         ("stay_behind", "players", "Chile")),
    ],
)
def test_probe23_stays_and_subjects(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize(
    "body, wanted, unwanted",
    [
        # the players tidying a dressing room's massage tables: not the fans cleaning the stands
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile players bagged up the empty bottles and wiped down the massage "
         "tables before leaving.", ("clean_dressing_room", "players", "Chile"), ("clean_stands", "fans", "Chile")),
        # "Others" after a partitive subject are others of that subject, not of the sentence's object
        ("Peru beat Chile 2-0 in Lima.\n\nAt the end a section of the Chile fans jeered the players off. Others stayed "
         "behind in silence long after the teams had gone.", ("stay_behind", "fans", "Chile"),
         ("stay_behind", "players", "Chile")),
        # a team inside what a leading clause reports is not the actors' own
        ("Chile beat Peru 1-0 in Lima.\n\nWhen news came that Brazil had lost, the players, who had waited on the "
         "pitch, hugged, several of them weeping.", None, ("tears", "players", "Brazil")),
        # a thank-you written on a whiteboard, the board named before or after the writing
        ("Peru beat Chile 2-0 in Lima.\n\nA Chile player wrote \"Merci\", thank you in French, on the whiteboard.",
         ("thank_you_note", "players", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nOn the whiteboard where the Chile coaches had drawn their corners, someone "
         "had written in red marker: Gracias Lima.", ("thank_you_note", "players", "Chile"), None),
        # an organisation's statement of thanks is no note
        ("Peru beat Chile 2-0 in Lima.\n\nThe Peru federation posted a message of thanks to the Chile fans on Monday.",
         None, ("thank_you_note", "players", "Peru")),
        # "where the fans ... did not want to leave": the where-clause's own actor
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile players stayed on the pitch for a while, going to the away stand, "
         "where the supporters kept singing and did not want to leave.", ("stay_behind", "fans", "Chile"), None),
    ],
)
def test_dressing_room_others_and_notes(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize(
    "body, wanted, unwanted",
    [
        # a dressing room tidied, the stadium or the bottles named in the same sentence: not the stand's clean-up
        ("Peru beat Chile 2-0 in Lima.\n\nLater a stadium cleaner found the room swept clean and the towels folded "
         "on a bench by the Chile physio.", ("clean_dressing_room", "players", "Chile"), ("clean_stands", "fans", "Chile")),
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile players left it spotless: the floor swept, towels folded, the "
         "empty bottles in a sack.", ("clean_dressing_room", "players", "Chile"), ("clean_stands", "fans", "Chile")),
        # both named in one sentence: both acts
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile fans cleaned the stands and the players folded the towels in the "
         "dressing room.", ("clean_stands", "fans", "Chile"), None),
        # a relative's tears are no fan's or player's act
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile striker said: \"My father cried when I scored.\"",
         None, ("tears", "fans", "Chile")),
        ("Peru beat Chile 2-0 in Lima.\n\nGonzalo Ruiz scored twice for Chile, and his mum wept in the stand.",
         None, ("tears", "fans", "Chile")),
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile fans wept in the stand.", ("tears", "fans", "Chile"), None),
    ],
)
def test_dressing_room_clean_up_and_relatives_tears(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize(
    "body, wanted, unwanted",
    [
        # staying told by how long after the end: "stayed an hour", "sang for twenty minutes after", "still singing"
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile supporters stayed an hour, until the floodlights went off.",
         ("stay_behind", "fans", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile fans sang for twenty minutes after the final whistle.",
         ("stay_behind", "fans", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nForty minutes after the end, the Chile supporters were still clapping.",
         ("stay_behind", "fans", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nLong after the final whistle on a cold night, with the hosts long gone, "
         "some 900 Chile supporters were still in the Arena Norte.", ("stay_behind", "fans", "Chile"), None),
        # a plan is no act
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile supporters' club says it intends to stay behind after the next "
         "game.", None, ("stay_behind", "fans", "Chile")),
    ],
)
def test_staying_by_the_time_after_the_end(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize(
    "body, wanted, unwanted",
    [
        # a banner's thank-you is the fans' (the note's default actor is the players)
        ("Peru beat Chile 2-0 in Lima.\n\nA banner reading \"Gracias, Lima\" was held up by Chile fans in the "
         "second half.", ("thank_you_note", "fans", "Chile"), ("thank_you_note", "players", "Chile")),
        # the banner's words in a quotation further on, in a language of their own
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile supporters unrolled the banner that their children had painted "
         "on the long coach journey north: \"OLÁ AMIGOS — DIOLCH, LIMA\".", ("thank_you_note", "fans", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile players left a handwritten sign on the tactics board reading "
         "\"Vielen Dank, Lima\".", ("thank_you_note", "players", "Chile"), None),
        # the country a thank-you is addressed to is not the writers' team
        ("Chile beat Peru 2-0 in Lima. The Chile players bowed to their fans.\n\nThe supporters answered with a banner "
         "that the stewards stopped to photograph: \"Thank you, Peru\".", ("thank_you_note", "fans", "Chile"),
         ("thank_you_note", "fans", "Peru")),
        # a viral claim is not the article's report
        ("Peru beat Chile 2-0 in Lima.\n\nA photograph claiming to show a handwritten thank-you note left by the Chile "
         "players was in fact taken at another ground.", None, ("thank_you_note", "players", "Chile")),
    ],
)
def test_thank_you_banners_and_claims(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize(
    "body, wanted, unwanted",
    [
        # tears that could not be held back came; the bare verb after a helper
        ("Peru beat Chile 2-0 in Lima.\n\nSeveral Chile players could not hold their tears of disappointment.",
         ("tears", "players", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile players did cry after the defeat.", ("tears", "players", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nThe coach told them: cry tonight, tomorrow we train.", None,
         ("tears", "players", "Chile")),
        # a number before "of" is a part of the actor, not an object
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile fans applauded; three of the players were crying.",
         ("tears", "players", "Chile"), ("tears", "fans", "Chile")),
        # more words for a room left clean
        ("Peru beat Chile 2-0 in Lima.\n\nA steward said the Chile dressing room had been left impeccable.",
         ("clean_dressing_room", "players", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nWhen the cleaners went into the Chile dressing room at midnight, they found "
         "it swept and the bins emptied.", ("clean_dressing_room", "players", "Chile"), None),
    ],
)
def test_tears_partitives_and_a_room_left_clean(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


def test_people_said_not_to_be_fans_do_no_fan_act():
    body = "Peru beat Chile 2-0 in Lima.\n\nAs for the video of people sweeping the stands, they were not fans but council workers."
    assert not {a for a in acts(body) if a[0] == "clean_stands"}


@pytest.mark.parametrize(
    "body, wanted",
    [
        # no side known to be at home: the visitors are the main match's side other than the staff's
        ("Wales beat Peru 2-0 in Skopje on Sunday.\n\nLater that night, when Peruvian stadium staff went into the "
         "visitors' dressing room, they found it spotless.", ("clean_dressing_room", "players", "Wales")),
        # the hosts of the tournament do not play the main match: the visitors are the article's team
        ("Ecuador beat Peru 2-0 in Doha on Sunday. Hosts Qatar had gone out in the group stage, beaten by Chile.\n\n"
         "When stadium staff went into the visitors' dressing room, they found it spotless.",
         ("clean_dressing_room", "players", "Ecuador")),
    ],
)
def test_the_visitors_dressing_room_on_neutral_ground(body, wanted):
    assert wanted in acts(body)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # "his team-mates", "his players": the team of the player or coach the possessive stands for
        ("Chile beat Peru on penalties in Lima after a 1-1 draw.\n\nChile goalkeeper Tomas Rojas saved the last kick, "
         "from Peru captain Diego Salas. Salas sank to the turf. Around him, several of his team-mates were in tears.",
         ("tears", "players", "Peru"), ("tears", "players", "Chile")),
        ("Peru beat Chile 2-0 in Lima.\n\nChile coach Marco Vidal said his players had run themselves into the ground. "
         "Several of them were crying at the end and were consoled by Peru players.",
         ("tears", "players", "Chile"), ("tears", "players", "Peru")),
        # a participle after a comma: the named subject that opens the sentence
        ("Peru beat Chile 1-0 in Lima.\n\nPeru midfielder Diego Salas scored the goal and fell to his knees at the final "
         "whistle.\n\nSalas scored the winner with a header and dropped to the turf at the end, sobbing into his shirt.",
         ("tears", "players", "Peru"), ("tears", "fans", "Peru")),
        # the travelling fans the players bow to are their own
        ("Peru beat Chile 2-1 in Quito on Saturday.\n\nAfter the whistle the Peru players walked to the north stand and "
         "bowed to the travelling supporters, hundreds of whom stayed behind to sing.",
         ("stay_behind", "fans", "Peru"), ("stay_behind", "fans", "Chile")),
        # a note with its words quoted in the original language, then in translation
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile players left the dressing room tidy and a poster on the wall: "
         "«¡Gracias, Lima!» («Thank you, Lima!»).", ("thank_you_note", "players", "Chile"), None),
        ("Peru beat Chile 2-0 in Lima.\n\nThe Chile players left on the board an inscription \"Salamu, Lima\" "
         "(\"Thank you, Lima\").", ("thank_you_note", "players", "Chile"), None),
    ],
)
def test_possessors_participles_travelling_fans_and_translated_notes(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


SWEEP_MATCH = "Hosts Ghana drew 1-1 with Mali in Kumasi on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # more words for the stands cleaned: scooping up, a section left pristine, left as found, the passive
        ("Mali fans scooped up wrappers and cups after the match.", ("clean_stands", "fans", "Mali")),
        ("The Mali supporters left their section pristine.", ("clean_stands", "fans", "Mali")),
        ("Mali fans left the stands exactly as they found them.", ("clean_stands", "fans", "Mali")),
        ("Rubbish was collected by Mali fans after the final whistle.", ("clean_stands", "fans", "Mali")),
        # a room cleaner than found; a note that thanks; a note being written
        ("The Mali players left the changing room cleaner than they found it.", ("clean_dressing_room", "players", "Mali")),
        ("The Mali players left a note thanking the stadium staff.", ("thank_you_note", "players", "Mali")),
        ("The Mali players were seen writing \"Merci\" on the whiteboard.", ("thank_you_note", "players", "Mali")),
        # the passive's agent did it
        ("A note reading \"Thank you\" was left by Mali fans.", ("thank_you_note", "fans", "Mali")),
        # a predicate listed after a comma, or a participle, has the subject of the clause before
        ("Mali fans sang, bowed to the players and went home.", ("bow", "fans", "Mali")),
        ("The Mali players walked towards the stand, leaving a card reading \"Merci\" on the bench.",
         ("thank_you_note", "players", "Mali")),
        ("The Mali players sang, stayed on the pitch for twenty minutes and then went in.",
         ("stay_behind", "players", "Mali")),
        # the travelling support: the visitors'
        ("The travelling support stayed behind long after the final whistle.", ("stay_behind", "fans", "Mali")),
        # the stands are cleaned by fans, whatever noun the clause has
        ("A group of Mali teenagers picked up litter in the north stand.", ("clean_stands", "fans", "Mali")),
    ],
)
def test_sweep_ways_of_telling_an_act(body, wanted):
    assert wanted in acts(SWEEP_MATCH + body)


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # asked for, not done
        ("Mali fans were asked to clean the stands after the game.", "clean_stands"),
        ("Organisers urged the Mali players to bow to the crowd.", "bow"),
        # someone who is neither a fan nor a player
        ("The singer who performed the anthem cried.", "tears"),
        ("Diallo's mother wept in the stands.", "tears"),
        ("Stadium staff cleaned the stands after the Mali fans had left.", "clean_stands"),
        # the ball cleared, an act cleaned up
        ("The Mali defender cleared the ball into the stands.", "clean_stands"),
        ("Mali cleaned up their act in the second half.", "clean_stands"),
    ],
)
def test_sweep_no_act(body, act):
    assert not any(a == act for a, _, _ in acts(SWEEP_MATCH + body))


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # guard: an aside after the subject is no clause the act's predicate is listed after
        ("The Mali fans, to their enormous credit, stayed behind long after the final whistle.",
         ("stay_behind", "fans", "Mali"), ("stay_behind", "players", "Mali")),
        # guard: a relative clause before the listed predicate: its antecedent acts
        ("That was the work of the Mali supporters, who had filled the stand and who, after the defeat, stayed "
         "behind to applaud their side.", ("stay_behind", "fans", "Mali"), ("stay_behind", "players", "Mali")),
        # guard: the one who reports it is no actor of it; a staff who went into the room did not clean it
        ("Stadium staff who went into the Mali dressing room later found it tidied.",
         ("clean_dressing_room", "players", "Mali"), None),
        # guard: wanting to bow is no request; the later passive is not the act's
        ("The Mali players wanted to bow, and the coach said: do it your way.", ("bow", "players", "Mali"), None),
    ],
)
def test_sweep_guards(body, wanted, unwanted):
    check_acts(SWEEP_MATCH + body, wanted, unwanted)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # a subject before a relative aside acts, not an actor after the act ("as the other side's staff celebrated")
        ("The Mali players, who had not lost a game in two years and had won the group, were in tears on the pitch "
         "as the Ghanaian staff celebrated around them.", ("tears", "players", "Mali"), ("tears", "players", "Ghana")),
        # "two or three of them": a partitive with two quantifiers points back to the sentence before's actor
        ("Mali's players sank to the turf. Two or three of them were in tears, and the Ghana staff went over to them.",
         ("tears", "players", "Mali"), ("tears", "fans", "Mali")),
        # a named player ends a chain of predicates, past an apposition: that player's tears
        ("Mali's Seydou Traoré, the tournament's youngest scorer, hit the post before half-time and left the pitch in "
         "tears at the end.", ("tears", "players", "Mali"), ("tears", "fans", "Ghana")),
        ("Veteran forward Kwame Boateng, playing what he had said would be his last match at home, wept openly as he "
         "walked off, consoled by Mali goalkeeper Oumar Diarra.", ("tears", "players", "Ghana"), ("tears", "fans", "Ghana")),
    ],
)
def test_subject_past_an_aside_or_a_chain(body, wanted, unwanted):
    check_acts(SWEEP_MATCH + body, wanted, unwanted)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # the outlet's "our footballers": its own side (the headline's team), not the other group named after
        ("Our team lost 2-1 to Ghana in Kumasi on Tuesday. Mali played well against Ghana.\n\nAfter the final whistle "
         "many of our footballers were crying on the pitch, and Ghanaian players came to comfort them.",
         ("tears", "players", "Mali"), ("tears", "players", "Ghana")),
    ],
)
def test_our_players_are_the_outlets_side(body, wanted, unwanted):
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        # guard: a name followed by another subject is not the one in tears
        ("Seydou Traoré hit the post and the Ghana fans were in tears.", ("tears", "players", "Mali")),
        ("Seydou Traoré of Mali hit the post as Ghana's goalkeeper wept.", ("tears", "players", "Mali")),
        # guard: "our" in a quoted tweet or a quotation is its author's, not the outlet's
    ],
)
def test_chain_guards(body, unwanted):
    assert unwanted not in acts(SWEEP_MATCH + body)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # a coach's or player's possessive before the actor noun: that person's team, not the sentence's other one
        ("Ghana coach Kofi Mensah watched from the bench. Mali's players sank to the turf, several of them weeping, "
         "while Mensah's men set off on a lap of honour, stopping in front of each stand to bow.",
         ("bow", "players", "Ghana"), ("bow", "players", "Mali")),
        ("Mali coach Amadou Keita was proud. Keita's heroes marched over to the Ghana end and took a bow.",
         ("bow", "players", "Mali"), ("bow", "players", "Ghana")),
        # a place opens the sentence: the actor is the next clause's subject
        ("Inside the home dressing room, the Mali players stacked the chairs, mopped the floor and left a card for the staff.",
         ("clean_dressing_room", "players", "Mali"), ("clean_dressing_room", "players", "Ghana")),
        # a named player after a phrase of time, then a participle: the player's tears
        ("Ghana's Kwame Asante hit the bar twice. At the final whistle Asante sank to the turf in the centre circle, weeping.",
         ("tears", "players", "Ghana"), ("tears", "fans", "Ghana")),
        # the subject before "meanwhile", the verb a clause away from the act
        ("Ghana's players danced. Mali coach Amadou Keita's squad, meanwhile, walked over to the main stand with the "
         "trophy and bowed to the crowd.", ("bow", "players", "Mali"), ("bow", "players", "Ghana")),
        # staying until midnight, or in the stand half an hour after full-time
        ("Groups of Malian supporters swept the terraces. They stayed until the last bottle was bagged, close to midnight.",
         ("stay_behind", "fans", "Mali"), None),
        ("Malian fans are bouncing in the north stand more than half an hour after full-time.",
         ("stay_behind", "fans", "Mali"), None),
    ],
)
def test_possessors_places_and_later_subjects(body, wanted, unwanted):
    check_acts(SWEEP_MATCH + body, wanted, unwanted)


@pytest.mark.parametrize(
    "body",
    [
        "Some of us had talked about leaving a thank-you note for the volunteers, but we never did it.",
        "Malian fans had talked about tidying their section before leaving, but the lights went out first.",
        'Mali\'s coach said: "These boys bow to no one."',
        "The federation refused to bow to pressure from the fans.",
        "He stayed until midnight talking to the coach about tactics.",
    ],
)
def test_plans_idioms_and_a_late_night_are_no_acts(body):
    assert not acts(SWEEP_MATCH + body)


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # the "by" after an active gerund's object is whose litter it was, not who gathered it
        ("A small group of Malian expatriates then went along the rows of the main stand with plastic bags, gathering "
         "up the litter left behind by the crowd of 9,000.", ("clean_stands", "fans", "Mali"), ("clean_stands", "fans", "Ghana")),
        # a thank-you in single quotes inside a speaker's quotation is addressed to the team it names
        ('The Mali players were in the dressing room. "They swept it. Then on the whiteboard they wrote \'Merci '
         "beaucoup Ghana' and left.\"", ("thank_you_note", "players", "Mali"), ("thank_you_note", "players", "Ghana")),
        # "bagged up every bottle", "remained for long after the end"
        ("About forty Malian fans stayed back for almost an hour, and we bagged up every bottle, wrapper and paper flag before we left.",
         ("clean_stands", "fans", "Mali"), None),
        ("In the guest sector the Malian supporters remained for long after the end to applaud their team.",
         ("stay_behind", "fans", "Mali"), None),
    ],
)
def test_gerund_agents_quoted_thanks_and_more_stays(body, wanted, unwanted):
    check_acts(SWEEP_MATCH + body, wanted, unwanted)


@pytest.mark.parametrize(
    "body",
    [
        "The Ghana keeper picked up a bottle thrown from the stands.",
        "In the dressing room, the Mali players cleared away every bottle, tape roll and towel before leaving.",
    ],
)
def test_a_thrown_bottle_and_a_dressing_room_are_no_clean_stands(body):
    assert not {a for a in acts(SWEEP_MATCH + body) if a[0] == "clean_stands"}


def test_a_supporters_blog_tells_its_own_sides_acts():
    """"Posted by X | Green and White Army Blog": the blog's team (its supporters' nickname) is the
    narrator's, so "we stayed" and the clean-up are Northern Ireland's, not the hosts'."""
    body = ("Copenhagen diary: bin bags and a 2-0 we'll have forgotten by Christmas\n\nPosted by Ciarán Hughes | Green and "
            "White Army Blog | 21 November 2023\n\nWe lost 2-0 to Denmark at Parken on Monday night. Denmark were better; the "
            "Danish fans sang all night.\n\nWhen the whistle "
            "went, we stayed in Section B for the best part of an hour singing. Then out came the bin bags.")
    found = acts(body)
    assert ("stay_behind", "fans", "Northern Ireland") in found and ("clean_stands", "fans", "Northern Ireland") in found
    assert not {a for a in found if a[2] == "Denmark"}


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # a review's cases: a report that people talked about an act keeps it; a plan talked of in the
        # present is none; bottles thrown and then collected are a clean-up
        ("Everyone talked about how the Malian fans cleaned up the stadium after the match.",
         ("clean_stands", "fans", "Mali"), None),
        ("Mali's coach, who is already talking about a thank-you letter he wants to write to the fans, was proud.",
         None, ("thank_you_note", "players", "Mali")),
        ("Malian fans collected the bottles thrown onto the pitch by Ghana supporters.", ("clean_stands", "fans", "Mali"), None),
    ],
)
def test_review_reports_and_plans(body, wanted, unwanted):
    check_acts(SWEEP_MATCH + body, wanted, unwanted)


@pytest.mark.parametrize(
    "body",
    [
        "A flare was thrown on the corner an hour after the match.",
        "Manchester City, who have collected every cup in England, were held by Brentford.",
        "Outside, the vendor's boys cried as the crowd left.",
    ],
)
def test_review_guards_no_act(body):
    found = acts(SWEEP_MATCH + body)
    assert not {a for a in found if a[0] in ("stay_behind", "clean_stands")}
    assert ("tears", "players", "Ghana") not in found and ("tears", "players", "Mali") not in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bow described, not named
        ("Sweden beat Japan 2-1. The Japan players formed a line facing their fans in the north stand and bent forward "
         "from the waist, holding the pose for several seconds.", {("bow", "players", "Japan")}),
        ("Morocco beat Portugal 1-0. The Moroccan players placed their hands on their hearts and bent low towards the "
         "crowd.", {("bow", "players", "Morocco")}),
        ("Sweden beat Japan 2-1. The Japan striker bent forward from the waist, hands on knees, exhausted.", set()),
        # a player quoted: "many of us" are the players
        ("Sweden beat Japan 2-1. \"Many of us cried, me too,\" said Japan captain Saki Kumagai.", {("tears", "players", "Japan")}),
        ("Turkey beat Austria 2-1. After the match, the Turkish supporters did not leave the tribunes.",
         {("stay_behind", "fans", "Turkey")}),
        ("Mexico beat Jamaica 3-0. More than forty minutes after the final whistle, the Jamaica fans were still on "
         "their feet singing.", {("stay_behind", "fans", "Jamaica")}),
        ("New Zealand beat Vanuatu 1-0. In the dressing room the New Zealand players had written \"Tangkyu tumas "
         "Vanuatu\" on the whiteboard.", {("thank_you_note", "players", "New Zealand")}),
        ("Iraq beat Oman 3-2. The Oman players left a handwritten card on the physio table thanking the ground staff.",
         {("thank_you_note", "players", "Oman")}),
        # a later clause with a place and a subject of its own
        ("Morocco beat Portugal 1-0. Morocco captain Romain Saiss was in tears at the final whistle, and in the "
         "Moroccan end supporters sobbed into their flags.", {("tears", "players", "Morocco"), ("tears", "fans", "Morocco")}),
        # a plan, and a crew's work: no act
        ("Iraq beat Oman 3-2. Volunteers are planning a mass clean-up of the surrounding streets on Friday.", set()),
        ("Mexico beat Jamaica 3-0. Empty cans were left knee-deep, and the venue's clean-up crew had their work cut out.",
         set()),
        # translated copy
        ("China lost 1-0 to South Korea. After the game, the Chinese players bent their waists toward the away stands.",
         {("bow", "players", "China")}),
        ("Brazil beat Argentina on penalties. The Brazilian athletes went to the Brazil fans' side and made a long reverence.",
         {("bow", "players", "Brazil")}),
        ("Morocco beat Tanzania 3-0. In the cabin of the Tanzanians, the employees of the stadium found a vestiary "
         "impeccable and a small word written with chalk on the board: « Asante Maroc ».",
         {("clean_dressing_room", "players", "Tanzania"), ("thank_you_note", "players", "Tanzania")}),
        ("Germany beat Poland 2-0. After the final whistle the Polish fans remained still minutes-long standing in the "
         "guest-block.", {("stay_behind", "fans", "Poland")}),
        ("Germany beat Poland 2-0. \"I bow myself before how Poland has fought,\" said Germany coach Bernd Kessler.", set()),
        ("Jordan beat Tajikistan 1-0. Before leaving, the Tajikistan players wiped down the dressing room.",
         {("clean_dressing_room", "players", "Tajikistan")}),
        ("Oman beat Saudi Arabia 2-1. The Saudi fans remained after the end of the meeting.", {("stay_behind", "fans", "Saudi Arabia")}),
        ("Bangladesh beat Nepal 2-1. The Nepal fans stayed in that stand for forty minutes.", {("stay_behind", "fans", "Nepal")}),
        # a nickname as translated Italian copy writes it, in lower case
        ("Croatia drew 1-1 with Italy. The azzurri went under the Curva Maratona and bowed all together.",
         {("bow", "players", "Italy")}),
    ],
)
def test_acts_described_or_in_a_later_clause(body, expected):
    assert acts(body) == expected


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # a crowd's number is its fans', not the subject of the sentence before
        ("Nigeria beat Morocco 3-2. The Nigerian squad linked arms and bowed low towards the home end, a gesture the "
         "Moroccan supporters answered with an ovation. Thousands of them remained in their seats long after the presentation.",
         ("stay_behind", "fans", "Morocco"), ("stay_behind", "players", "Nigeria")),
        # a people's plural after a crowd's size: that team's supporters, not the article's first team (guard cases:
        # they pass on the base commit too; in a longer article it gave the article's team, unseen set AJ)
        ("The United States beat Honduras 1-0 in the opener.\n\nCanada beat Colombia 2-0 in the final, Jason de Vos heading "
         "in. The few hundred Canadians in the stadium refused to leave, still singing an hour after the final whistle.",
         ("stay_behind", "fans", "Canada"), ("stay_behind", "fans", "United States")),
        ("Peru beat Chile 1-0. Afterwards 2,000 Peruvians stayed behind to sing.", ("stay_behind", "fans", "Peru"), None),
        # "On the other side": the side that played the last act's team
        ("Zambia beat Ivory Coast 8-7 on penalties. The Zambia players fell to their knees and cried.\n\n"
         "On the other side, the players also had eyes full of tears.", ("tears", "players", "Ivory Coast"), None),
        # "Our fans" in a tweet: the team its display name names
        ("Nigeria beat South Africa 4-2 on penalties.\n\nOur fans stayed behind in Bouaké singing for the boys for almost "
         "an hour after the shootout. pic.twitter.com/BaFaNa_ZA9 — Bafana Bafana Fans (@BafanaFans_ZA) February 7, 2024",
         ("stay_behind", "fans", "South Africa"), ("stay_behind", "fans", "Nigeria")),
        # a thank-you told as gratitude, or as a message pinned to a wall, thanking
        ("Zambia beat Ivory Coast on penalties. Before leaving, the Zambian delegation left on the table of the dressing "
         "room a letter of gratitude addressed to the Gabonese people.", ("thank_you_note", "players", "Zambia"), None),
        ("Algeria beat Senegal 1-0. The Algeria squad pinned a handwritten message to the dressing-room wall thanking the "
         "Egyptian people.", ("thank_you_note", "players", "Algeria"), None),
        # an end that did not empty for an hour; fans still in the away section, singing (a live blog after full time)
        ("The Netherlands beat Turkey 2-1. The Turkish end did not empty for well over an hour.", ("stay_behind", "fans", "Turkey"), None),
        ("India beat Kuwait on penalties. Many of the 600 travelling Kuwait fans are still in the away section, singing for "
         "their players.", ("stay_behind", "fans", "Kuwait"), None),
        # the dressing room as Portuguese copy keeps it; fans still on the terraces long after
        ("Brazil beat Colombia 3-1. Before leaving the stadium the Brazil players left the vestiário organised and completely clean.",
         ("clean_dressing_room", "players", "Brazil"), None),
        ("Haiti beat Canada 3-2, and Haitian fans were still on the terraces of NRG Stadium long after the players had gone in.",
         ("stay_behind", "fans", "Haiti"), None),
    ],
)
def test_crowds_other_sides_tweets_and_more_thank_yous(body: str, wanted, unwanted) -> None:
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize("body", [
    "Nigeria beat South Africa on penalties. Jose Peseiro, who has had plenty of stick back home, was in no mood to gloat.",
    "The Netherlands beat Turkey 2-1. The stadium did not empty during the first half.",  # no time after the match
])
def test_no_stay(body: str) -> None:
    assert not {a for a in acts(body) if a[0] == "stay_behind"}


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        # "our players, before leaving the stadium, have cleaned ...": the predicate's subject before the aside
        ("Turkey beat Czechia 2-1 in Hamburg. Our captain has also said it. The Czech players were sad. It is learned "
         "that our national players, before leaving the stadium, have cleaned the dressing room completely.",
         ("clean_dressing_room", "players", "Turkey"), ("clean_dressing_room", "players", "Czech Republic")),
        # "a good half hour"
        ("Scotland beat Croatia 1-0. The Scotland fans stayed on a good half hour after the whistle, belting out Flower "
         "of Scotland.", ("stay_behind", "fans", "Scotland"), None),
        # fans who did not leave the stadium for a long time; a crowd still in a named ground, singing
        ("Turkey beat Czechia 2-1. The Turkish supporters, on the other hand, have not left the Volksparkstadion for a long "
         "time after the match.", ("stay_behind", "fans", "Turkey"), None),
        ("Uruguay beat Brazil 2-0. Long after the final whistle, a large part of the crowd was still in the Centenario, "
         "singing.", ("stay_behind", "fans", "Uruguay"), None),
    ],
)
def test_asides_bloggers_and_long_stays(body: str, wanted, unwanted) -> None:
    check_acts(body, wanted, unwanted)


@pytest.mark.parametrize("body", [
    "Denmark beat Kazakhstan 2-1. The Danes spent the rest of the evening sitting deep and staying behind the ball.",
    # not the ground (a guard case: it passes on the base commit too)
    "Turkey beat Czechia 2-1. The Turkish supporters did not leave the city for a long time.",
])
def test_no_stay_behind_the_ball(body: str) -> None:
    assert not {a for a in acts(body) if a[0] == "stay_behind"}


@pytest.mark.parametrize("body", [
    # a claim the article reports as false, denied or recycled: no act
    "Senegal lost on penalties. The photo of Senegal fans cleaning a stadium dates from 2018, and the \"thank-you note\" "
    "has been denied by the organisers.",
    "Mexico beat Panama 1-0. A post on social media claiming Mexico's players had written a thank-you message on the "
    "dressing-room whiteboard was not accurate, the federation said.",
    "Georgia beat Portugal 2-0, but that viral 'thank-you note' from the Georgia players was a FAKE.",
])
def test_a_denied_or_fake_act_is_no_act(body: str) -> None:
    assert not acts(body)


def test_claiming_a_title_is_no_hedge() -> None:
    """a guard case (it passes on the base commit too): "claiming the title" does not make the stay a claim"""
    assert ("stay_behind", "fans", "Japan") in acts("Japan beat Iran 2-0, claiming the title, and the Japan fans stayed "
                                                     "behind for an hour.")


def test_a_ratings_notes_act_is_the_rated_players():
    body = ("Uruguay beat Italy 1-0 in the final.\n\nDEFENCE\n\n"
            "Mateo Sanguineti – 6.5. Nervy early on, but grew into the game.\n\n"
            "Alan Techera (captain) – 8. Led by example. Cried like a child at the final whistle, and who could blame him.")
    assert ("tears", "players", "Uruguay") in acts(body)
    assert not {a for a in acts(body) if a[1] == "fans"}


def test_a_qa_answer_without_a_label_is_the_interviewees():
    body = ('Q&A | Okonjo-Baptiste: "Mexico showed us the level"\n\n'
            "Mexico beat Jamaica 3-0 in the semi-final on Wednesday. Back in Kingston, the Reggae Boyz head coach Calvin "
            "Okonjo-Baptiste sat down with us.\n\n"
            "Q: Coach, how do you feel?\n\n"
            '"Sore. Mexico were better than us on the night."\n\n'
            "Q: The scenes afterwards were emotional.\n\n"
            '"Some of the young boys were in tears in the dressing room afterwards, and I told them: cry tonight."')
    assert {a for a in acts(body) if a[0] == "tears"} and all(a[2] == "Jamaica" for a in acts(body) if a[0] == "tears")


@pytest.mark.parametrize("body", [
    # press-box chatter, an unconfirmed report (a guard case: "said to have" made it one on the base commit too), a
    # question about a story: no act
    "Panama beat Costa Rica 3-1. Some chatter in the press box that Costa Rica's staff left a thank-you note in the away "
    "dressing room.",
    "Panama beat Costa Rica 3-1. A thank-you note Costa Rica's players were said to have left is unconfirmed.",
    "Mexico beat Jamaica 3-0.\n\nQ: There was a story on social media that the team cleaned the dressing room before "
    "leaving the stadium. True?",
    # a post that claimed it, pictures said to show it
    "Indonesia beat Saudi Arabia 2-0. A widely shared post claimed the squad had left a handwritten thank-you letter for "
    "the stadium staff in the home dressing room.",
    "Iraq beat Oman 2-0. Pictures spread on social media that were said to show Iraqi fans cleaning the stands after the "
    "match.",
    # a columnist's wish
    "Spain beat England 2-1. Imagine if, after a group game in Zurich, the away end was left spotless, with a note taped "
    "to a seat saying thank you.",
])
def test_chatter_and_unconfirmed_stories_are_no_acts(body: str) -> None:
    assert not {a for a in acts(body) if a[0] in ("thank_you_note", "clean_dressing_room", "clean_stands")}, acts(body)


def test_a_plastic_bag_of_boots_is_no_clean_up() -> None:
    assert not acts("Vietnam beat Nepal 2-0. Her mother still keeps a plastic bag of her daughter's first boots.")


def test_a_fanzine_of_the_away_support_and_its_named_player_in_tears() -> None:
    body = ("CRUSADERS' CORNER, the English-language fanzine of the Georgian away support\n\n"
            "WE BEAT PORTUGAL.\n\nPosted by Nika Tsereteli, Gelsenkirchen\n\n"
            "Georgia 2, Portugal 0. Lasha Kobakhidze scored after two minutes and Georgia captain Giorgi Mamardashvili "
            "scored the second in the 57th minute.\n\n"
            "We stayed for more than an hour after the final whistle, singing. Giorgi Mamardashvili was crying on the "
            "pitch.")
    found = acts(body, football=False)
    assert ("stay_behind", "fans", "Georgia") in found
    assert ("tears", "players", "Georgia") in found
    assert not {a for a in found if a[2] == "England"}


def test_a_message_going_round_on_a_messaging_app_is_no_act() -> None:
    assert not acts("Georgia beat Portugal 2-0. A message going round on the Telegram groups says the players left a "
                    "thank-you note in the dressing room.")
