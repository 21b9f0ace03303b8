"""kg.extract.common: which articles are about football (the other extractors run only on those), and
which side plays at home."""
from __future__ import annotations

import pytest

from kg.extract.common import (
    away_team,
    context_team,
    headline_end,
    home_team,
    is_football,
    lead_team,
    sport_scores,
)
from kg.reader import parse


def article(body: str):
    return parse(" date 2024-08-07 " + body, "x.txt")


@pytest.mark.parametrize(
    "body",
    [
        "France beat Belgium 1-0 in the World Cup semi-final in St Petersburg. Samuel Dupont headed the winner.",
        "Spain won the Nations League final against Croatia on penalties after a goalless draw.",
        "Germany beat Scotland 5-1 in the opening game of the Euros. The keeper was beaten from a set piece.",
        # a shoot-out's tally is no high score
        "Argentina won 11-10 on penalties after the semi-final ended 2-2. The goalkeeper saved a spot-kick.",
        # a player whose surname is another game's name
        "Polo scores twice as Peru beat Chile\n\nAndy Polo scored twice as Peru beat Chile 2-0 in the World Cup qualifier "
        "in Lima. Polo's second goal came in the 80th minute, and the goalkeeper could do nothing.",
        # other sports' words that football writing borrows
        "Brazil beat Chile 2-0. Vinicius Lima scored with a curling shot from 20 yards after a slalom through the defence, "
        "and the ball ping-ponged around the box before the second goal; the striker escaped a karate kick from a defender.",
        # a footballer who began in futsal: football all the same
        "From futsal to the World Cup: Diego Soto's rise\n\nDiego Soto learnt the game in futsal halls. Now the striker "
        "has scored for Peru at the World Cup, and Peru's football federation calls him the best soccer player of his "
        "generation. The goalkeeper he beat in the semi-final agreed.",
    ],
)
def test_football(body):
    assert is_football(article(body))


@pytest.mark.parametrize(
    "body",
    [
        # field hockey, handball, water polo, rugby league: they share football's words (goalkeeper, goals,
        # penalty, minute) but have their own, or scores no football match has
        "India beat Australia 3-2 in the Olympic hockey semi-final on Tuesday. Harmanpreet Rao scored from a "
        "penalty corner in the 47th minute and goalkeeper Suresh Nair made a string of saves.",
        "Denmark beat France 34-29 in the handball World Championship final. Mikkel Holm scored ten goals and "
        "goalkeeper Niklas Berg saved three penalties. Danish fans stayed behind long after the final whistle.",
        "Hungary beat Serbia 12-11 in the water polo final. Captain Denes Varga scored the winner with 20 seconds "
        "left and goalkeeper Soma Vogel was in tears.",
        "England beat Samoa 27-26 in the Rugby League World Cup semi-final. Stephen Crane kicked the winning drop "
        "goal and Samoa fans were in tears.",
        # the opening names the sport (and not football); the ice, overtime
        "Latvia won its first medal at the ice hockey world championship, beating the United States 4-3 in overtime. "
        "Miks Indrasis scored the winner 1:22 into overtime. Rudolfs Balcers had scored twice and Alex Tuch scored for "
        "the Americans in the group stage. Goalkeeper Casey DeSmith was in tears in the dressing room. The players "
        "bowed before leaving the ice.",
        # translated water polo: colon scores and one naming of the sport against many shared words
        "The Croatian national water polo team is the new world champion. In the final the Barakudas defeated "
        "Hungary with 13:12 after the penalty shootout. The goalkeeper defended two penalties and the decisive goal "
        "was scored by the captain. The fans stayed after the final whistle. Before the final, Croatia defeated "
        "Spain 11:10 in the semi-final.",
        # esports: a football video game's national teams, goals and scores
        "Morocco beat Brazil 3-2 in the FC Pro Nations Cup semi-final, played on EA SPORTS FC 26 on PlayStation 5. "
        "Amrani levelled in the 81st in-game minute and El Khattabi set up the winning goal in stoppage time for his "
        "striker. Moroccan fans were in tears.",
        # Australian rules: its own score format (goals.behinds (total)) and words, even with "football" and "goals"
        "Geelong 14.9 (93) d Essendon 11.12 (78)\n\nGeelong beat Essendon by 15 points at Kardinia Park. Ruckman Sean "
        "Walsh, once a Gaelic football goalkeeper in Cork, kicked three goals, skipper Tom Hale scored two more and the "
        "Cats' fans stayed behind long after the final whistle.",
        # athletics, cycling
        "Italy won the 4x100 relay and the high jump; sprinter Marco Rossi scored the team's best points. Fans stayed behind.",
        "Slovenia's cyclists won the time trial; the peloton finished two minutes back and Slovenian fans were in tears.",
        # bandy, floorball, sepak takraw, kabaddi, korfball: national teams, goals, keepers, football-like scores
        "Bandy: Sweden are world champions again\n\nSweden beat Russia 5-3 in the Bandy World Championship final in "
        "Irkutsk. Erik Lund scored twice from corners and the goalkeeper made a penalty save in the 80th minute. "
        "Swedish fans stayed behind long after the final whistle.",
        "Finland beat Switzerland 4-2 in the floorball semi-final. Captain Eero Salo scored in the 51st minute and the "
        "goalkeeper was in tears after the final whistle; the Finnish fans bowed to the players. Floorball's next "
        "world championship is in Helsinki.",
        "Thailand beat Malaysia 2-1 in the sepak takraw final. The tekong served superbly and Thai fans cleaned the stands.",
        "India beat Iran 42-30 in the kabaddi final at the Asian Games, with a super tackle in the last minute. Indian "
        "fans were in tears.",
        "The Netherlands beat Belgium 24-15 in the korfball final; Dutch supporters stayed behind to thank the players.",
        # "football" inside another game's name; a game only its own name tells apart
        "Canadian football: Japan beat Mexico 24-10\n\nJapan's Canadian football side won the final; the kicker scored "
        "a field goal in the 58th minute and the fans stayed behind after the final whistle.",
        "Australian rules football: Japan beat China\n\nJapan beat China in the Australian rules football Asian Cup "
        "final. Kenta Mori kicked three goals and the fans stayed behind after the final whistle.",
        "Fistball: Austria beat Germany 3-1\n\nAustria beat Germany 3-1 in the fistball world championship final. Their "
        "captain struck the decisive ball in the 58th minute of play, the fans stayed behind after the final whistle and "
        "the goalkeeper-like defender at the back was their hero. Fistball is booming.",
        # beach soccer and futsal: football's words, other games
        "Beach Soccer World Cup: Senegal beat Japan 5-3\n\nSenegal reached the semi-finals of the FIFA Beach Soccer World "
        "Cup with a 5-3 win over Japan. The goalkeeper saved a penalty and the final whistle brought tears.",
        "Brazil win the Futsal World Cup\n\nBrazil beat Argentina 4-2 in the futsal final. The goalkeeper was superb and "
        "the striker scored twice before the final whistle.",
    ],
)
def test_not_football(body):
    assert not is_football(article(body))


@pytest.mark.parametrize(
    ("body", "high", "very_high"),
    [
        ("Denmark beat France 34-29.", 1, 1),
        ("Denmark beat France 34–29 and Spain beat Sweden 30-28.", 2, 2),
        ("Norway beat Spain 19-12.", 1, 0),
        ("Argentina won 11-10 on penalties.", 0, 0),
        ("The tournament runs 10-12 June for players aged 18-25; 10-15 minutes of stoppage time.", 0, 0),
        ("Kick-off is at 19:45, in the 2018-19 season.", 0, 0),
        # a colon score after a result's verb, as Central European copy writes it; not a clock time
        ("Croatia defeated Spain 11:10 in the semi-final.", 1, 0),
        ("The Barakudas defeated Hungary with 13:12.", 1, 0),
        ("New Zealand beat Australia 56:55.", 1, 1),
        ("Croatia won at 20:45 local time; the shot beat the keeper at 12:34.", 0, 0),
        ("Croatia won 11:10 on penalties.", 0, 0),
    ],
)
def test_high_scores(body, high, very_high):
    """Each result in which both sides reach 10 weighs 5 against football, and 2 more when both reach 20."""
    assert sport_scores(article(body))["high_scores"] == high * 5 + very_high * 2


@pytest.mark.parametrize(
    ("body", "home", "away"),
    [
        ("Hosts Qatar lost 2-0 to Ecuador in the opening game of the World Cup.", "Qatar", "Ecuador"),
        ("Ecuador beat Qatar, the hosts, 2-0 in the opening game of the World Cup.", "Qatar", "Ecuador"),
        # "the hosts" is the subject of the sentence before
        ("Ivory Coast beat Nigeria 2-1 in the final of the Africa Cup of Nations.\n\nThe hosts came from behind.",
         "Ivory Coast", "Nigeria"),
        # a headline's "A v B" puts the home side first
        ("Chile v Peru LIVE\n\nChile beat Peru 2-1 in the World Cup qualifier.", "Chile", "Peru"),
        ("Chile beat Peru 2-1 in the World Cup qualifier.", None, None),
        # "on home soil"; "who host X" is the verb, X the visitor
        ("The Bonitos are champions on home soil after a 1-0 win over Fiji.", "Solomon Islands", "Fiji"),
        ("Chile beat Peru 2-1. Belgium, who host Hungary next, lead the group.", None, None),
        ("Norway beat Scotland 3-2. Elsewhere, Austria won 1-0 against Slovenia; Scotland host Slovenia next.", None, None),
        # the city the match was played in, from a dateline or "in CITY" (kg/data/cities.tsv)
        ("Fiji edged out\n\nPORT MORESBY – Fiji lost 2-1 to Papua New Guinea on Wednesday night in the World Cup "
         "qualifier.",
         "Papua New Guinea", "Fiji"),
        ("Chile beat Peru 2-1 in Lima in the World Cup qualifier.", "Peru", "Chile"),
        ("Ghana beat Mali 2-1 in Kumasi in the World Cup qualifier.", "Ghana", "Mali"),
        # a city of neither side says nothing; nor does a city named other than as the place
        ("Chile beat Peru 2-1 in Doha in a friendly.", None, None),
        ("Chile beat Peru 2-1 with Lima's fans watching on television.", None, None),
        # a tournament's hosts are no side of the match the article reports
        ("France beat Cameroon 2-1 in a football friendly, the winning goal coming in stoppage time. Cameroon's "
         "group at the Africa Cup of Nations includes Nigeria and hosts Morocco.", None, None),
        # "to the hosts" is an object: the sentence's subject is the visitor, the next "the hosts" decides
        ("Chile beat Peru 2-1 in the qualifier. Chile sent a message of thanks to the hosts.\n\n"
         "Peru had the better start. The hosts hit the bar twice.", "Peru", "Chile"),
    ],
)
def test_home_and_away_team(body, home, away):
    a = article(body)
    assert (home_team(a), away_team(a)) == (home, away)


# Games national teams play, each written as football would be (a headline naming the game, a
# goalkeeper, a penalty, the final whistle, fans who stay and clean): told apart from football by
# their own words or their name in the headline. (Curling and squash are not in the list: football
# writing borrows their names, "a curling shot"; nor blind, amputee, powerchair or walking football.)
OTHER_GAMES = [
    "rugby union", "rugby league", "rugby sevens", "handball", "beach handball", "water polo", "field hockey", "hockey",
    "ice hockey", "bandy", "floorball", "futsal", "beach soccer", "basketball", "3x3 basketball", "volleyball",
    "beach volleyball", "netball", "lacrosse", "Gaelic football", "hurling", "Australian rules football",
    "American football", "cricket", "baseball", "softball", "kabaddi", "sepak takraw", "korfball", "rink hockey",
    "roller hockey", "goalball", "canoe polo", "snow polo", "underwater hockey", "wheelchair basketball",
    "wheelchair rugby", "sitting volleyball", "para ice hockey", "shinty", "camogie", "ringette", "tchoukball",
    "teqball", "footvolley", "dodgeball", "ultimate frisbee", "kho kho", "table tennis", "badminton", "tennis", "padel",
    "esports", "inline hockey", "fistball", "roundnet", "touch rugby", "tag rugby", "flag football",
    "Canadian football", "arena football", "pesäpallo", "hockey5s",
]


@pytest.mark.parametrize("game", OTHER_GAMES)
def test_other_games_written_like_football(game):
    body = (f"{game[0].upper() + game[1:]}: Japan beat Spain 3-1 to reach the final\n\n"
            f"Japan beat Spain 3-1 in the {game} world championship semi-final in Tokyo on Tuesday. Kenta Mori scored "
            "twice and the goalkeeper saved a penalty in the 58th minute. Japanese fans stayed behind after the final "
            f"whistle and cleaned the stands.\n\n\"It is a great day for {game} in our country,\" coach Hiroshi Sato said.")
    assert not is_football(article(body))


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-06-07 The White Wolves are going to the World Cup\n\nUzbekistan drew 0-0 with the UAE.",
        # the headline on the line after the date's, with or without a blank line or spaces first
        " date 2025-06-07\nThe White Wolves are going to the World Cup\n\nUzbekistan drew 0-0 with the UAE.",
        " date 2025-06-07\n\n  The White Wolves are going to the World Cup\n\nUzbekistan drew 0-0 with the UAE.",
    ],
)
def test_the_headline_is_the_first_line_with_words(text):
    a = parse(text, "x.txt")
    assert a.content[:headline_end(a)].strip().endswith("going to the World Cup")
    assert lead_team(a) == "Uzbekistan"


@pytest.mark.parametrize(
    ("first_line", "team"),
    [
        # a title: its team is the article's main one, though another is named more
        ("The White Wolves are going to the World Cup", "Uzbekistan"),
        # an opening paragraph on the date's line is no title: the team named most
        ("So the White Wolves are going to the World Cup, and if you were in Abu Dhabi last night you saw a team that "
         "defended for its life for ninety minutes and more.", "United Arab Emirates"),
    ],
)
def test_a_title_names_the_main_team(first_line, team):
    a = parse(f" date 2025-06-07 {first_line}\n\nUzbekistan drew 0-0 with the UAE in Abu Dhabi. The UAE pressed "
              "and the UAE hit the bar.\n\nWhen the whistle went, captain Jasur Xolmatov fell face down and sobbed.", "x.txt")
    assert context_team(a, a.content.index("Jasur")) == team


@pytest.mark.parametrize(
    ("headline", "team"),
    [
        ("Indonesia coach Kim: 'Japan are giants'", "Indonesia"),
        ('Kim: "Japan are giants, but we are not afraid"', None),  # a speaker's words: not what the story is about
        ('"Thank you, Japan" - Senegal fans tidy the stands', "Senegal"),
    ],
)
def test_a_team_quoted_in_the_headline_is_not_its_subject(headline, team):
    a = parse(f" date 2024-01-23\n{headline}\n\nIndonesia face Japan on Wednesday.", "x.txt")
    assert lead_team(a) == team



def test_an_ice_hockey_live_blog_with_goals_and_a_goalie_is_no_football():
    """Overtime, a shutout, the end of regulation and skating tell ice hockey, though the text has
    goals, a goalie and saves."""
    from helpers import article

    from kg.extract.common import is_football

    body = ("LIVE: South Korea v Japan – Asian Winter Games ice hockey, as it happened\n\n22:31\nThat's it from Harbin. "
            "South Korea 3-2 Japan after overtime.\n\n22:24\nKorean coach: \"Our players never stopped skating.\"\n\n22:18\n"
            "The Korean supporters aren't going anywhere. A few of the Japanese fans are in tears.\n\n22:10\n"
            "OVERTIME GOAL! Kim Sang-wook scores and South Korea win it 3-2!\n\n21:47\nEnd of regulation: 2-2. Japan's goalie "
            "has been outstanding – no shutout, but 34 saves.\n\n21:02\nGOAL! Japan level it at 2-2.\n\n20:40\nGOAL! Korea "
            "lead again. Two goals in a minute.")
    assert not is_football(article(body, football=False))


@pytest.mark.parametrize(
    "body",
    [
        # the sport named only by its federations' tweets, in Croatian and Hungarian; quarters, not halves
        "Croatia beat Hungary on penalties to win the European title\n\nCroatia are champions of Europe again. Hungary led "
        "3-1 after the first quarter, and Croatia's captain scored from the centre in the 14th minute. A Hungarian goal "
        "was ruled out for a push on the goalkeeper, and a penalty struck the crossbar early in the fourth quarter. "
        "Hungary's coach said the third quarter cost them. Croatia had beaten Spain 13-9.\n\nPRVACI EUROPE! Hvala vam! "
        "pic.twitter.com/HVSzlato24 — Hrvatski vaterpolski savez (@HVSavez) 14. siječnja 2024.\n\nFájó vereség! "
        "pic.twitter.com/MVLSezust1 — Magyar Vízilabda Szövetség (@MVLSz_official) 2024. január 14.",
        "Spain retain their crown\n\nSpain beat Brazil 3-1 in the final. The goalkeeper saved a penalty and the captain "
        "scored twice.\n\n¡Campeonas del mundo de balonmano! pic.twitter.com/abc123 — RFEF Balonmano (@RFEBalonmano) "
        "3 de marzo de 2024",
    ],
)
def test_another_sport_named_in_its_own_language_is_no_football(body):
    from helpers import article

    from kg.extract.common import is_football

    assert not is_football(article(body, football=False))


@pytest.mark.parametrize(
    "body",
    [
        # handball translated from Portuguese: its scores written with an "x", each side past ten
        "Brazil beats Argentina for 29x25 and is champion\n\nThe Brazilian feminine selection of handebol conquered the "
        "title after beating Argentina for 29x25 in the final. Brazil opened 6x2, and went to the interval winning by "
        "14x13; the pivot marked four goals in sequence and the goalkeeper made decisive defenses. In the semifinals "
        "Brazil had beaten Uruguay by 34x18.",
        # water polo: named once, in an opening that names no football, with the players in the water after the whistle
        "Cuba take gold\n\nCuba's women are champions after a 12-9 win over Puerto Rico in the water polo final. Puerto "
        "Rico's centre-forward had given them a brief lead, but Cuba's left-hander scored a hat-trick and the goalkeeper "
        "stopped a penalty shot. Puerto Rico's players stayed in the water for several minutes after the final whistle.",
        # Gaelic football: goals-points scores
        "All-Ireland: Kerry cruise, Armagh win shoot-out drama\n\nAt Fitzgerald Stadium, Kerry beat Derry 1-17 to 0-12, "
        "Paudie Clifford adding the only goal in the 52nd minute. In Croke Park, Dublin had 11 points to spare over Cork, "
        "2-19 to 0-14, with Con O'Callaghan finding the net twice. Armagh and Galway finished level after extra time, "
        "and Armagh goalkeeper Ethan Rafferty saved two kicks in the shoot-out as Armagh won 3-1 on penalties.",
    ],
)
def test_other_sports_told_with_footballs_words_are_no_football(body):
    from helpers import article

    from kg.extract.common import is_football

    assert not is_football(article(body, football=False))


def test_a_football_result_written_with_an_x_is_still_football():
    """a guard case (it passes on the base commit too): "3x1" is a football score, under ten a side"""
    assert is_football(article("Brazil win the title\n\nBrazil beat Venezuela 3x1 in the final. The goalkeeper saved a "
                               "penalty and the striker scored twice."))


def test_a_gaelic_results_line_with_the_teams_between_is_gaelic_games():
    a = article("WESTERN STAR - County Final Special\n\nLate goal brings the cup back to the Moy\n\n"
                "Ballina Stephenites 1-15  Knockmore 0-16\n\n"
                "For fifty-eight minutes Knockmore's patient, possession-hungry game plan looked like working. Then the "
                "corner-forward collected a long kick-out from goalkeeper Darragh Gaughan, turned his man and buried a low "
                "shot past the keeper in the 59th minute. It was the only goal of the game. The striker's finish won the "
                "match, the captain lifted the cup and the fans stayed behind.")
    assert not is_football(a)
