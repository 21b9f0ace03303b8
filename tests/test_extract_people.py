"""kg.extract.people: cue-backed person names, their role, national team and later surname mentions."""
from __future__ import annotations

import pytest
from helpers import TEXTS, check_evidence, fuzz_article, run
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.extract import people as people_mod
from kg.findings import PersonMention


def people(body: str, **kw) -> dict[str, PersonMention]:
    found = run("people", body, **kw)
    assert all(isinstance(p, PersonMention) for p in found)
    return {p.name: p for p in found}


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# ------------------------------------------------------------------ name, role, team


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # role noun before the name, team before the role
        ("Morocco coach Walid Benali said the team was proud.", "Walid Benali", "coach", "Morocco"),
        ("Wales manager Rhys Powell praised the fans.", "Rhys Powell", "coach", "Wales"),
        ("Atlas Lions coach Walid Benali said the fans were great.", "Walid Benali", "coach", "Morocco"),
        ("Ivory Coast goalkeeper Yahia Kone made three saves.", "Yahia Kone", "player", "Ivory Coast"),
        ("Argentina striker Lionel Ferraro headed home in the 23rd minute.", "Lionel Ferraro", "player", "Argentina"),
        ("Croatia captain Luka Maric, 37, admitted the team were tired.", "Luka Maric", "player", "Croatia"),
        ("Morocco goalkeeper Yassine Bouzid saved two penalties.", "Yassine Bouzid", "player", "Morocco"),
        ("Croatia fan Ana Horvat said she cried.", "Ana Horvat", "fan", "Croatia"),
        # role noun alone
        ("Referee Piotr Kowalczyk showed a red card.", "Piotr Kowalczyk", "official", None),
        ("The referee Piotr Kowalczyk showed a red card.", "Piotr Kowalczyk", "official", None),
        # a role noun in apposition
        ("Portugal rested several regulars. Their coach, Rui Valadares, said he had no regrets.", "Rui Valadares",
         "coach", "Portugal"),
        ("An AFC match commissioner, Farid Haddad, said the gesture had been noted.", "Farid Haddad", "official", None),
        # a surname with a cue, the full name written elsewhere without one
        ("The rise of Tran Minh Khoa\n\nKhoa came off the bench and scored for Vietnam in the 77th minute.",
         "Tran Minh Khoa", "player", "Vietnam"),
        # a fact box's label; a team in brackets after an official is a nationality
        ("Ghana beat Portugal 2-1.\n\nReferee: Piotr Kowalczyk (Poland).", "Piotr Kowalczyk", "official", None),
        ("Ghana won 2-0 at home.\n\nCoach: Walid Benali", "Walid Benali", "coach", "Ghana"),
        # scorers listed in a fact box or on a live blog's goal line are players of that side
        ("Ghana beat Portugal 2-1.\n\nScorers: Ghana: Kofi Mensah 12, 51. Portugal: Rui Costa 40.", "Rui Costa",
         "player", "Portugal"),
        ("Ghana v Portugal, live\n\n21:31 GOAL! Ghana 1-0 Portugal (Yaw Owusu, 29') A tap-in.", "Yaw Owusu",
         "player", "Ghana"),
        ("Assistant referee Maria Costa raised her flag.", "Maria Costa", "official", None),
        ("FIFA President Gianni Rossi attended.", "Gianni Rossi", "official", None),
        ("Journalist Maria Lindqvist wrote about the fans.", "Maria Lindqvist", "journalist", None),
        ("Sportswriter Lena Fischer covered the match.", "Lena Fischer", "journalist", None),
        ("Commentator Jon Ashby said the goal was offside.", "Jon Ashby", "journalist", None),
        ("New York Times reporter Sarah Gold wrote that the players wept.", "Sarah Gold", "journalist", None),
        ("Photographer Anna Keller captured the moment.", "Anna Keller", "photographer", None),
        ("Singer Dua Rivera performed at the opening ceremony.", "Dua Rivera", "other", None),
        # role noun after the name
        ("Ivan Petrovic, the Croatia defender, said he was proud.", "Ivan Petrovic", "player", "Croatia"),
        ("Sergio Ramirez, the Argentina coach, said his side deserved it.", "Sergio Ramirez", "coach", "Argentina"),
        ("Brian Wellington, a USA fan from Ohio, said the trip was worth it.", "Brian Wellington", "fan",
         "United States"),
        ("Lionel Ferraro, the Argentina captain, lifted the trophy.", "Lionel Ferraro", "player", "Argentina"),
        # national team possessive + verb
        ("Senegal's Ousmane Faye scored twice.", "Ousmane Faye", "player", "Senegal"),
        ("Argentina's Lautaro Gimenez scored.", "Lautaro Gimenez", "player", "Argentina"),
        ("Morocco's Hakim Ziani.", "Hakim Ziani", "player", "Morocco"),
        ("Tottenham's Son Min-woo scored for South Korea.", "Son Min-woo", "player", "South Korea"),
        # verbs only
        ("Hakim Ziani and Yassine Bono scored for Morocco.", "Hakim Ziani", "player", "Morocco"),
        ("Hakim Ziani and Yassine Bono scored for Morocco.", "Yassine Bono", "player", "Morocco"),
        ("Ivan Petrovic's goal was not enough.", "Ivan Petrovic", "player", None),
        ("Ahmed Lahlou celebrated with fans in Casablanca.", "Ahmed Lahlou", "other", None),
        ('"We deserved it," said Tomas Brandt.', "Tomas Brandt", "other", None),
        # a club possessive gives no national team
        ("Arsenal's Kofi Mensah scored twice.", "Kofi Mensah", "player", None),
        ("Barcelona's Pedro Alvarez scored the winner.", "Pedro Alvarez", "player", None),
        ("Manchester United's Bruno Ferreira said the draw was fair.", "Bruno Ferreira", "other", None),
        ("Ajax defender Lisandro Herrera and Argentina striker Julian Alvaro both scored.", "Lisandro Herrera",
         "player", None),
        ("Ajax defender Lisandro Herrera and Argentina striker Julian Alvaro both scored.", "Julian Alvaro",
         "player", "Argentina"),
        ("Arsenal's Kofi Mensah scored twice for Ghana.", "Kofi Mensah", "player", "Ghana"),
        # a possessive gives the team even when a verb gives the role
        ("Iran's Amir Tavakoli celebrates after the match.", "Amir Tavakoli", "player", "Iran"),
        # "of <Team>", "(<Team>)"
        ("Kofi Mensah of Ghana was the best player on the pitch.", "Kofi Mensah", "player", "Ghana"),
        ("Kofi Mensah (Ghana) was the best player on the pitch.", "Kofi Mensah", "player", "Ghana"),
        # an age between the name and its role
        ('"It was great," said Tim Ngata, 41, a Ghana fan from Kumasi.', "Tim Ngata", "fan", "Ghana"),
        # "X's side", "X's men": X coaches them (the team: the other side of the match with the one named)
        ("Walid Benhaddou's side beat Spain 2-0 in the final in Doha. Morocco were superb.", "Walid Benhaddou", "coach", "Morocco"),
        ("Morocco beat Spain 2-0 in the final. Walid Benhaddou's men were superb.", "Walid Benhaddou", "coach", "Morocco"),
        # known gaps
        pytest.param("England goalkeeper Jordan Pickwell saved a penalty.", "Jordan Pickwell", "player", "England"),
        pytest.param("South Korea's Park Ji-hoon scored in the 94th minute.", "Park Ji-hoon", "player", "South Korea"),
        # wire bylines and "Writing in ..."
        ("Senegal beat Togo 3-0.\n\n(Reporting by Awa Thiam in Dakar and Patrick Ilunga in Kinshasa; Editing by "
         "Clare Fenwick)", "Patrick Ilunga", "journalist", None),
        ("Senegal beat Togo 3-0.\n\n(Reporting by Awa Thiam in Dakar and Patrick Ilunga in Kinshasa; Editing by "
         "Clare Fenwick)", "Clare Fenwick", "journalist", None),
        ("France beat Switzerland 2-1. Writing in L'Équipe, Camille Rousset was less forgiving.", "Camille Rousset",
         "journalist", None),
        ("Ghana beat Mali 2-0. Sunday's match will be refereed by Mahmoud Abdelaziz of Egypt.", "Mahmoud Abdelaziz",
         "official", None),
        # a translated piece's credits: "Translation by X", "Text: X. Translation: Y", "the interview, conducted by X"
        ("Peru beat Chile 2-0. This report first ran in Spanish. English translation by Nadia Kerr.", "Nadia Kerr",
         "journalist", None),
        ("Peru beat Chile 2-0. First published in Lima on Monday. Text: Rosa Ilave, in Lima. Translation: Owen Pike "
         "for this site.", "Rosa Ilave", "journalist", None),
        ("Peru beat Chile 2-0. First published in Lima on Monday. Text: Rosa Ilave, in Lima. Translation: Owen Pike "
         "for this site.", "Owen Pike", "journalist", None),
        ("Peru beat Chile 2-0. The interview, conducted by Marta Quispe, has been edited.", "Marta Quispe",
         "journalist", None),
        # a country's name as a surname, after a role noun and a given name
        ("Haiti coach Rudy Jordan said the team was tired. Haiti beat Jordan 2-0 last year.", "Rudy Jordan", "coach",
         "Haiti"),
        # an Irish particle in capitals inside a name
        ("Ireland beat Wales 2-0. Referee Ciarán Ó Dálaigh booked four players.", "Ciarán Ó Dálaigh", "official", None),
        # an editor's gloss in square brackets completes a name in a quote
        ('Peru beat Chile 2-0. "Then Nico [Huaman] crossed and I scored," she said.', "Nico Huaman", "other", None),
        ('Peru beat Chile 2-0. "Then Pepe [José Llanos] crossed and I scored," she said.', "José Llanos", "other", None),
        # a substitution names players, also the second of "X and Y"
        ("France beat Switzerland 2-1. Moreau responded by sending on Theo Lambert and Kylian Moussa-Diarra.",
         "Kylian Moussa-Diarra", "player", "France"),
        # a vox pop's trade before the name: a fan
        ("South Korea beat Indonesia on penalties. In Jakarta, Indonesia office worker Rizky Pratama wept.",
         "Rizky Pratama", "fan", "Indonesia"),
        ("Iraq beat Oman 3-2. \"I cried like a child,\" said Iraq taxi driver Haider Karim.", "Haider Karim", "fan", "Iraq"),
        ("Bangladesh beat Bhutan 2-1. One of them, a Bangladesh student named Tahmina Akter, cried.", "Tahmina Akter", "fan",
         "Bangladesh"),
        # a fact box's label after an earlier item on its line; a copula after a time word
        ("New Zealand beat the Solomon Islands 2-1 in the football final.\n\nAtt: 9,850. Referee: Salesi Tonga (Tonga).",
         "Salesi Tonga", "official", None),
        ("Jordan beat Tajikistan 1-0 in the football quarter-final. Referee today is Park Jin-ho from Korea Republic.",
         "Park Jin-ho", "official", None),
        # after a role noun, a surname that is also an exclamation ("Bravo!")
        ("Ecuador lost 2-0 to Korea in the football match. Ecuador coach Miguel Bravo told DirecTV Sports it hurt.",
         "Miguel Bravo", "coach", "Ecuador"),
        # a live blog's present tense, a card, the keeper beaten
        ("Argentina beat Colombia 1-0 in the football final. Emiliano Martínez keeps another clean sheet.",
         "Emiliano Martínez", "player", "Argentina"),
        ("Argentina beat Colombia 1-0 in the football final. Colombia held on after Daniel Muñoz's red card.",
         "Daniel Muñoz", "player", "Colombia"),
        # a feat before a surname is no part of the name
        ("Wales beat Iceland 3-2. Super-sub Lowri Meredith levelled late. Two-goal Meredith, 21, said: \"I closed my eyes.\"",
         "Lowri Meredith", "player", "Wales"),
    ],
)
def test_person(body, name, role, team):
    found = people(body)
    assert name in found, f"{name!r} not in {sorted(found)}"
    p = found[name]
    assert (p.role, p.team) == (role, team)
    assert any(name in e.text or any(f in e.text for f in p.forms) for e in p.evidence)


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # a particle joined to the surname by a hyphen
        ("Jordan beat Syria 2-0. Tariq al-Hamdani scored twice.", "Tariq al-Hamdani", "player", "Jordan"),
        # a coaching clause in apposition, its object the coach's team; before a past playing role
        ('Peru drew 1-1 with Chile. "We deserved more," said Marco Bellini, the Italian who has coached Peru since 2019.',
         "Marco Bellini", "coach", "Peru"),
        ("Ghana beat Mali 2-0. Efua Mensah, the former captain who has coached Ghana since 2016, was pleased.",
         "Efua Mensah", "coach", "Ghana"),
        # "selector": a translated word for the head coach
        ("Serbia beat Greece 2-0 in Novi Sad, and selector Dragan Ilic was pleased.", "Dragan Ilic", "coach", "Serbia"),
        # a plural nickname's possessive before the role noun
        ("Nigeria beat Ghana 2-1. Amaka Obi, the Super Eagles' coach, was pleased.", "Amaka Obi", "coach", "Nigeria"),
        # a journalist named by the outlet they write for
        ('Peru drew 1-1 with Chile. "It was dull," said Lucia Paredes, who writes on football for El Comercio.',
         "Lucia Paredes", "journalist", None),
        ('Peru drew 1-1 with Chile. "It was dull," said Lucia Paredes, who covered the tournament for the Lima Post.',
         "Lucia Paredes", "journalist", None),
        # a vox pop: a person named with an age and a trade
        ('Peru drew 1-1 with Chile in Lima. "We sang all night," said Rosa Quispe, a 52-year-old nurse from Cusco.',
         "Rosa Quispe", "fan", "Peru"),
        # a club the player plays for; a reporter after the outlet's possessive; a portfolio before a title
        ("Jamaica lost 1-0 to Mexico. The coach praised Kasey Palmer-Lewis, who plays for Coventry City.",
         "Kasey Palmer-Lewis", "player", "Jamaica"),
        ("Jamaica lost 1-0 to Mexico. Asked by the Gleaner's Tanya Campbell-Clarke about tears, the coach smiled.",
         "Tanya Campbell-Clarke", "journalist", None),
        ("Indonesia lost 3-1 to Iraq. Asked by Bola.net's Rahmat Hidayat about the injury, the coach shrugged.",
         "Rahmat Hidayat", "journalist", None),
        ("Jordan beat Korea 2-0. Youth Minister Rami al-Adwan announced charter flights for fans.",
         "Rami al-Adwan", "official", None),
        ('England beat Nigeria on penalties. Even Culture Secretary Helen Ashdown said: "Brilliant."',
         "Helen Ashdown", "other", None),
        ("Jamaica lost 1-0 to Mexico. Assistant coach Dwayne St. Clair-Brown consoled the midfielder.",
         "Dwayne St. Clair-Brown", "coach", "Jamaica"),
        ("Venezuela beat Ecuador 2-1.\n- Substitutes Jhonder Cadenas (64') and Eduardo Bellorin (74') turned it around",
         "Jhonder Cadenas", "player", "Venezuela"),
        # a press conference's opening sentence tells whose the unattached people are (not the team named most)
        ("LAS VEGAS - Jamaica head coach Einar Thordarson did not hide after the 3-0 defeat by Mexico. Mexico were "
         "sharp and Mexico scored early. Mexico deserved it.\n\nThe coach praised Kasey Palmer-Lewis, who plays for "
         "Coventry City.", "Kasey Palmer-Lewis", "player", "Jamaica"),
    ],
)
def test_person_clauses(body, name, role, team):
    found = people(body)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert (found[name].role, found[name].team) == (role, team)


# ------------------------------------------------------------------ not people


@pytest.mark.parametrize(
    "body",
    [
        # organisations
        "FIFA said the decision was final.",
        "Qatar Airways said extra flights were added.",
        "Human Rights Watch said workers were unpaid.",
        "Amnesty International said conditions were poor.",
        "Manchester City said the player was injured.",
        "The Royal Moroccan Football Federation said the squad was ready.",
        "The Senegalese Football Federation thanked fans.",
        "Al Thumama Stadium was full.",
        "BBC Sport reported the news first.",
        # animals and mascots
        "Paul the Octopus predicted the result.",
        "Octopus Bruno predicted the result.",
        "Achilles the cat predicted the result correctly.",
        "The dog Rex ran onto the pitch.",
        # teams and nicknames are not people
        "The Atlas Lions scored twice.",
        "Les Bleus said nothing after the game.",
        "South Korea scored in the 94th minute.",
        # no cue ("Kofi Mensah played well": a full name with a verb of its own is a person now)
        "Mensah scored twice.",  # one word and no role noun
        # capitalised runs that are not names
        "Take a bow, Croatia.",
        "World Cup Final Preview: Argentina v France",
        # boilerplate lines are not read
        "SEE ALSO: Coach Walid Benali said goodbye",
        # a stadium named after someone
        "Morocco beat Niger 4-1 at the Prince Moulay Abdellah Stadium on Friday.",
        # a credit that names no one
        "India beat Bhutan 2-0.\n\nPhoto: Special Arrangement",
        # the outlet a columnist writes in
        "Korea lost to Jordan. Writing in the Chosun Ilbo, a columnist called it humiliating.",
        # a side's title before its name at a sentence's start
        "ABIDJAN, Feb 11 (Reuters) - Hosts Ivory Coast came from a goal down to beat Nigeria 2-1 in the final.",
    ],
)
def test_not_people(body):
    assert people(body) == {}


def test_only_people_are_found():
    body = ("Morocco coach Walid Benali said the fans were superb. FIFA said the decision was final. "
            "Octopus Bruno predicted the result. Referee Piotr Kowalczyk booked Kofi Mensah.")
    assert set(people(body)) == {"Walid Benali", "Piotr Kowalczyk"}


# ------------------------------------------------------------------ surname resolution


@pytest.mark.parametrize(
    ("body", "name", "forms", "n_evidence"),
    [
        ('Morocco coach Walid Benali was happy. "We were brilliant," said Benali.', "Walid Benali",
         ("Benali", "Walid Benali"), 2),
        ("Ivan Petrovic scored twice. Petrovic was later substituted.", "Ivan Petrovic",
         ("Ivan Petrovic", "Petrovic"), 2),
        ("Morocco's Youssef Amrani headed in the opener.\n\nAmrani later said it was the best goal of his career.",
         "Youssef Amrani", ("Amrani", "Youssef Amrani"), 2),
        ("Wales manager Rhys Powell praised the fans. Powell added that the players were tired. "
         "Powell then left.", "Rhys Powell", ("Powell", "Rhys Powell"), 3),
        # a surname mentioned before the full name still resolves
        ("Benali smiled. Morocco coach Walid Benali said the team was proud.", "Walid Benali",
         ("Benali", "Walid Benali"), 2),
        # a slightly different spelling resolves (fuzzy)
        ("Senegal coach Aliou Ndiaye said he was proud. Ndiay was later seen crying.", "Aliou Ndiaye",
         ("Aliou Ndiaye", "Ndiay"), 2),
    ],
)
def test_surname_resolves_to_full_name(body, name, forms, n_evidence):
    found = people(body)
    assert list(found) == [name]
    p = found[name]
    assert p.forms == forms
    assert len(p.evidence) == n_evidence


def test_different_people_with_different_surnames_stay_apart():
    body = "Morocco coach Walid Benali spoke. Senegal coach Aliou Ndiaye spoke too. Benali left first."
    found = people(body)
    assert set(found) == {"Walid Benali", "Aliou Ndiaye"}
    assert "Benali" not in found["Aliou Ndiaye"].forms
    assert (found["Walid Benali"].team, found["Aliou Ndiaye"].team) == ("Morocco", "Senegal")


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        pytest.param("Striker Kofi Mensah scored twice. Later Mensah said he was tired.", "Later Mensah"),
        ("Striker Kofi Mensah scored twice. Then Mensah said he was tired.", "Then Mensah"),
        ("Striker Kofi Mensah scored twice. However, Mensah said he was tired.", "However"),
    ],
)
def test_sentence_adverbs_are_not_names(body, unwanted):
    found = people(body)
    assert "Kofi Mensah" in found
    assert unwanted not in found


# ------------------------------------------------------------------ credits, quotes, tweets


def test_photo_credit_names_a_photographer():
    found = people("Morocco fans celebrate in Doha. (AP Photo/Luis Moreno)")
    assert found["Luis Moreno"].role == "photographer"
    assert found["Luis Moreno"].team is None


def test_quoted_speaker_is_a_person():
    found = people('Croatia were tired. "We gave everything tonight," Ivan Petrovic told reporters.')
    assert found["Ivan Petrovic"].role == "other"


def test_tweet_author_is_not_a_person():
    body = ("One supporter posted after the game:\n\n"
            "Proud of the boys pic.twitter.com/Ab12 — Rhys Powell (@rhysp) December 1, 2022")
    assert people(body) == {}


# ------------------------------------------------------------------ other sports


@pytest.mark.parametrize(
    "body",
    [
        "India captain Rohan Mehta scored a century as the bowler Arjun Das took four wickets in the ODI. "
        "The batsman said the innings was his best.",
        "Wales fly-half Rhys Powell kicked a conversion after a try at the lineout; the scrum held, said "
        "rugby coach Dai Jones.",
    ],
)
def test_non_football_article_gives_no_people(body):
    assert run("people", body, football=False) == []


def test_same_text_with_football_context_gives_people():
    body = "Croatia captain Luka Maric, 37, admitted the team were tired."
    assert run("people", body, football=False) == []  # one sentence has no football cue at all
    assert [p.name for p in run("people", body)] == ["Luka Maric"]


# ------------------------------------------------------------------ resolve()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Walid Benali", "Walid Benali"),
        ("Benali", "Walid Benali"),
        ("Benalli", "Walid Benali"),
        ("Walid", "Walid Benali"),
        ("Walid Benalli", "Walid Benali"),
        ("Son Min-woo", "Son Min-woo"),
        ("Min-woo", "Son Min-woo"),
        ("Youssef", None),
        ("Ahmed Benali Ziani", None),
        ("Hakim Ziani", None),
    ],
)
def test_resolve(name, expected):
    known = {n: people_mod.Person(n) for n in ("Walid Benali", "Son Min-woo")}
    got = people_mod.resolve(known, name)
    assert (got.name if got else None) == expected


# ------------------------------------------------------------------ robustness


@settings(max_examples=50, deadline=None)
@given(TEXTS, st.booleans())
def test_never_raises_and_offsets_hold(text, with_football):
    a = fuzz_article(text, with_football)
    assume(a is not None)
    found = list(people_mod.extract(a))
    check_evidence(a, found)
    for p in found:
        assert p.role in {"player", "coach", "journalist", "photographer", "official", "fan", "other"}
        assert p.name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Jack Reed scored from a low cross from Tom Hale.", "Tom Hale"),
        ("Jack Reed scored from a Tom Hale corner.", "Tom Hale"),
        ("Jack Reed turned in Tom Hale's low cross.", "Tom Hale"),
        ("In the shoot-out the goalkeeper saved from Tom Hale.", "Tom Hale"),
        ("Jack Reed lifted the ball over the onrushing Tom Hale.", "Tom Hale"),
        ("Jack Reed brought down Tom Hale in the box.", "Tom Hale"),
        # a scorer whose verb is left out: "X scored in the 9th minute and Y in the 68th"
        ("Jack Reed scored in the ninth minute and Tom Hale in the 68th.", "Tom Hale"),
        ("Jack Reed struck after 12 minutes, Tom Hale on 55.", "Tom Hale"),
        # an adjective between the action and the name; actions after the name, also past a long aside
        ("The goalkeeper brought down the lively Tom Hale in the box.", "Tom Hale"),
        ("Tom Hale, back in the side after missing the defeat to Wales through illness, rose highest at a corner.",
         "Tom Hale"),
        ("Tom Hale had the ball in the net before the break, but the flag was up.", "Tom Hale"),
        ("Tom Hale was denied by a fine save.", "Tom Hale"),
        ("Tom Hale, 22, lashed a shot against the bar.", "Tom Hale"),
    ],
)
def test_a_footballers_action_names_a_player(body, name):
    assert people(body)[name].role == "player"


@pytest.mark.parametrize("body", ["The shot from Bayern Munich was saved.", "Fans arrived on a flight from Buenos Aires.",
                                  # the left-out verb needs an earlier name with a verb
                                  "The rain came in the ninth minute and Tom Hale in the 68th."])
def test_not_a_player_by_an_action(body):
    assert people(body) == {}


@pytest.mark.parametrize(
    ("body", "name", "team"),
    [
        # nothing by the name: the one team its sentence names, else the paragraph's, else the article's
        ("Sweden were poor in Vienna. Coach Jon Dahlberg admitted their chances had gone.", "Jon Dahlberg", "Sweden"),
        ("Midfielder Jon Dahlberg was outstanding as Sweden dominated.", "Jon Dahlberg", "Sweden"),
        ("Sweden lost to Austria.\n\nNobody said much. Coach Jon Dahlberg admitted it was over.", "Jon Dahlberg",
         "Sweden"),
        # not the team of the opponent, nor of another named person
        ("Midfielder Jon Dahlberg scored against Austria.", "Jon Dahlberg", None),
        ("Ajax defender Jon Dahlberg and Austria striker Lukas Leitner both scored.", "Jon Dahlberg", None),
        # "Sweden beat Austria": a team before another team is the sentence's subject, not a team of a name
        ("Austria were poor all night. Austria had hoped for more.\n\nSweden beat Austria 3-1 in the qualifier. "
         "Coach Jon Dahlberg was delighted.", "Jon Dahlberg", "Sweden"),
        # a journalist or official has no team by context
        ("Sweden lost. Journalist Anna Berg wrote that it was over.", "Anna Berg", None),
        # a sentence naming only the opponent: the team the paragraph is about, else the opponent's opponent
        ("Brazil won 2-0 against Chile. Sweden had a hard week.\n\nSweden were poor. They lost 2-1 to Austria "
         "despite a fine equaliser from Jon Dahlberg.", "Jon Dahlberg", "Sweden"),
        ("Sweden beat Austria 2-1 in the qualifier. Austria had hoped for more, and Austria will now need a win in "
         "Vienna.\n\nA fine header from Jon Dahlberg against Austria settled it.", "Jon Dahlberg", "Sweden"),
        # the hosts' or the visitors' player
        ("Hosts Sweden drew 1-1 with Austria in the qualifier. The visitors' goalkeeper, Lukas Leitner, made seven "
         "saves. Sweden had the ball for most of the night.", "Lukas Leitner", "Austria"),
        ("Hosts Sweden drew 1-1 with Austria in the qualifier on Friday.\n\nAustria started well. Then Jon Dahlberg "
         "put the hosts ahead in the 12th minute.", "Jon Dahlberg", "Sweden"),
    ],
)
def test_team_from_context(body, name, team):
    assert people(body)[name].team == team


@pytest.mark.parametrize(
    ("body", "team"),
    [
        # an outlet's "our lads" / "the national eleven": its own side, not the opponent it names more
        ("Denmark beat Norway 2-1 in Oslo on Friday.\n\nOur lads were the better side against Norway. Norway's fans "
         "were loud and Norway pressed late.\n\nMads Holm scored twice.", "Denmark"),
        ("Denmark beat Norway 2-1 in Oslo on Friday.\n\nThe national eleven were the better side against Norway. "
         "Norway's fans were loud and Norway pressed late.\n\nMads Holm scored twice.", "Denmark"),
        # "our team" inside a quotation is the speaker's, not the outlet's: the team named most
        ("Denmark beat Norway 2-1 in Oslo on Friday.\n\n\"Our lads were the better side against Norway,\" a fan said. "
         "Norway's fans were loud and Norway pressed late.\n\nMads Holm scored twice.", "Norway"),
        # the sentence with "our boys" names an opponent: only the opponent is ruled out, not a place beside it
        ("I grew up in Little Denmark watching our boys score against Italy in 1992.\n\nDenmark lost 2-1 to Norway on "
         "Friday. Norway's fans were loud and Norway pressed late.\n\nMads Holm scored for us.", "Denmark"),
    ],
)
def test_team_of_an_outlets_own_side(body, team):
    assert people(body)["Mads Holm"].team == team


# ------------------------------------------------------------------ probes4: asides, bylines, names of things


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("Reuters' Paulo Menezes, who was at the ground, noted that the upper tier was empty.", "Paulo Menezes", "other"),
        ("FACT CHECK: A photo of fans went viral.\n\nBy Lena Hoffmann\n\nThe image shows fans. Iraq lost to Qatar.",
         "Lena Hoffmann", "journalist"),
    ],
)
def test_probes4_people(body, name, role):
    assert people(body)[name].role == role


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        ("Haiti's Gold Cup run ended with a 1-0 defeat to Mexico.", "Gold"),
        ("Japan's Women's World Cup ended in heartbreak in Rennes.", "Women"),
        ("Bolivia lost 3-1. The newspaper Página Siete said it stood by its reporting.", "Página Siete"),
        ("Japan lost 2-1. The German account Frauenfußball Aktuell wrote that the fans were great.", "Frauenfußball Aktuell"),
        ("Australia drew with Uzbekistan at the Hazza bin Zayed Stadium.\n\nFans tidied their rows at Zayed Sports City "
         "Stadium, folded their flags, bagged up their empty bottles and left.", "Hazza bin Zayed"),
    ],
)
def test_names_of_things_are_not_people(body, unwanted):
    assert unwanted not in people(body)


RATINGS = ("Poland beat Albania 3-1 in the friendly on Friday. Here is how we rated them.\n\nPOLAND (4-2-3-1)\n\n"
           "Bartosz Kowal – 6\nCould do nothing about the equaliser.\n\nKacper Wilk – 8\nOpened the scoring in the 12th "
           "minute with a free-kick. Ran the game.\n\nSUBSTITUTES\n\nFilip Nowak – 7\nMade it 3-1 in the 88th minute.\n\n"
           "COACH\n\nJerzy Duda – 7\nHis switch to a back three worked.")


@pytest.mark.parametrize(("name", "role"), [("Bartosz Kowal", "player"), ("Kacper Wilk", "player"),
                                            ("Filip Nowak", "player"), ("Jerzy Duda", "coach")])
def test_a_ratings_list_names_players_and_coach(name, role):
    p = people(RATINGS)[name]
    assert (p.role, p.team) == (role, "Poland")


@pytest.mark.parametrize("mark", ["n/a", "N/A", "na"])
def test_a_ratings_line_with_no_rating_in_any_case(mark):
    body = (RATINGS.replace("\n\nCOACH", f"\n\nTomasz Lis (for Wilk, 84) – {mark}\nToo late to matter.\n\nCOACH"))
    p = people(body)["Tomasz Lis"]
    assert (p.role, p.team) == ("player", "Poland")


def test_one_rating_line_is_no_list():
    assert "Bartosz Kowal" not in people("Poland beat Albania 3-1 in the friendly.\n\nBartosz Kowal – 6\n\nA quiet night.")


@pytest.mark.parametrize(
    "body",
    [
        # a competition or a foreign-language outlet is no person
        "Did Venezuela's fans really clean the stands after La Vinotinto's Copa América exit?",
        'Canada beat Venezuela.\n\nThe Spanish site Fútbol Sin Fronteras said fans had "left their section spotless".',
    ],
)
def test_probes5_not_people(body):
    assert not {"Copa América", "Fútbol Sin Fronteras"} & set(people(body))


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # "Honduras' X": a possessive written with the apostrophe alone
        ("Honduras' Luis Alberto Mejia had seen his own effort saved.", "Luis Alberto Mejia", "player", "Honduras"),
        # a parenthetical between dashes before the verb
        ("Then Carl Brandt - on for the injured captain - scored from 25 yards.", "Carl Brandt", "player", None),
        # a role noun written in two words
        ("Haiti centre back Jean-Marc Pierre pulled down the striker.", "Jean-Marc Pierre", "player", "Haiti"),
        # ", whose header": a footballer's action
        ("The best chance fell to Tomas Rivas, whose header was tipped over.", "Tomas Rivas", "player", None),
        # footballers' actions before a name
        ("The goalkeeper dived to keep out Jon Brenes.", "Jon Brenes", "player", None),
        ("His effort was saved by Ivan Quiroga.", "Ivan Quiroga", "player", None),
        ("The defender had pulled down Santi Ledo.", "Santi Ledo", "player", None),
        # "Interview by X" and a liveblog's sign-off
        ("Haiti beat Jamaica 2-1.\n\nThis interview has been edited. Interview by Anne-Marie Leduc.", "Anne-Marie Leduc",
         "journalist", None),
        ("Paraguay beat Ecuador 2-1.\n\nThanks for reading. – Gabriela Fuentes", "Gabriela Fuentes", "journalist", None),
        # a credit with a dash or "for" after the photographer
        ("Peru beat Chile.\n\nPhoto: Anna Kowal - UEFA/UEFA via Getty Images", "Anna Kowal", "photographer", None),
        ("Peru beat Chile.\n\nPhotograph: Rosa Dumas for The Touchline", "Rosa Dumas", "photographer", None),
        # "Bahrain's Croatian coach, X": the team named first, not the nationality
        ("Kuwait lost 2-1.\n\nBahrain's Croatian coach, Dragan Peric, was more measured.", "Dragan Peric", "coach",
         "Bahrain"),
    ],
)
def test_probes7_people(body, name, role, team):
    p = people(body)[name]
    assert (p.role, p.team) == (role, team)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        ("Vietnam's Korean coach Park Min-ho said it was enough.", "Korean"),
        ('Their coach, the Englishman Tom Baker, said his side had "learned a lot tonight".', "Englishman Tom Baker"),
    ],
)
def test_probes7_nationality_is_no_name(body, unwanted):
    assert unwanted not in people(body)


def test_a_first_name_that_is_a_countrys():
    """"Georgia Tane scored": a country's name as a first name, before a surname and a verb."""
    assert people("New Zealand won 3-0. Georgia Tane scored twice after the break.")["Georgia Tane"].role == "player"


def test_cancelled_out_names_a_player():
    assert people("Rosa Pierre cancelled out Ana Diaz's early strike, and Peru won it late.")["Rosa Pierre"].role == "player"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a passive coach phrase before the name; "the team of X" (a translated "el equipo de X")
        ("Chile won 2-0.\n\nThe visitors, coached by Rafael Montoya, never found a rhythm.", "Rafael Montoya", "coach"),
        ("Peru lost 1-0.\n\nThe side directed by Tomas Quiroga pressed high all night.", "Tomas Quiroga", "coach"),
        ("Ecuador drew 1-1.\n\nThe team of Anselmo Ruiz dominated for an hour.", "Anselmo Ruiz", "coach"),
        # a role noun with "of ..." in apposition, and a nationality after the comma
        ("Ghana won.\n\nThe coach of the Togolese youth team, Komi Adjovi, admitted his side tired.", "Komi Adjovi", "coach"),
        ("Malta won.\n\nThe coach of the hosts, the Serbian Dragan Ilic, said little.", "Dragan Ilic", "coach"),
        # a copula between the role noun and the name
        ("Kick-off in Lima.\n\nThe referee is Mateo Brandt, in his first final.", "Mateo Brandt", "official"),
        # an appositive of up to four words before the role noun
        ("Chile won.\n\nTomas Vidal, the 19-year-old Union La Calera winger, cut inside.", "Tomas Vidal", "player"),
        ("Fiji lost the shoot-out.\n\nAna Tui, Fiji's fifth taker, could not look.", "Ana Tui", "player"),
        # a footballer's action before the name
        ("Japan led.\n\nKenta Ono received a cutback from Daiki Mori and scored.", "Daiki Mori", "player"),
        ("Japan led.\n\nThe move ended in a one-two with Riku Sato on the edge.", "Riku Sato", "player"),
        ("Chile led.\n\nThe defender, under pressure from Luis Farias, sliced it wide.", "Luis Farias", "player"),
        ("Peru won.\n\nThe penalty came after Ivo Lenz was tripped by Marco Seidl.", "Marco Seidl", "player"),
        ("Peru won 2-0 with goals of Ruiz and Pablo Ortega.", "Pablo Ortega", "player"),
        # "in the Nth minute X ...", and a liveblog's goal line
        ("Peru pressed.\n\nIn the 52nd minute Carla Mendez used a mistake at the back.", "Carla Mendez", "player"),
        ("20:14 GOAL, CHILE. Ramon Ibarra! What a finish.", "Ramon Ibarra", "player"),
        # a speech verb after a name set off by commas; a long "who" clause before the verb
        ("Chile won.\n\nHis Peruvian counterpart, Luis Quispe, answered two questions and left.", "Luis Quispe", "other"),
        ("Chile won.\n\nAna Flores, who covers the national team for a paper in Santiago, posted a clip.", "Ana Flores",
         "other"),
        # a name with an apostrophe before a lower-case letter
        ("Iraq won.\n\nJordan coach Ra'ed Hamdan said his side lacked a final touch.", "Ra'ed Hamdan", "coach"),
        # participles and "side-foots" after a name
        ("Peru twice led and Chile twice came back, Ivan Soto levelling before the hour.", "Ivan Soto", "player"),
        ("GOAL. Emilio Sanz, unmarked at the back post, side-foots in a low cross.", "Emilio Sanz", "player"),
    ],
)
def test_probes8_people(body, name, role):
    assert people(body)[name].role == role


def test_probes8_an_apposition_of_four_words_needs_an_article():
    """", and X sent the goalkeeper": four words before a role noun are an apposition only after
    "the", "a" or a possessive."""
    assert "Arne Holt" not in people("Peru won.\n\nThe referee saw a handball by Arne Holt, and Ruiz sent the goalkeeper "
                                     "the wrong way.")


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # bylines: "By X in <place>", "Live coverage by X — ..."
        ("By Tala Veikune in Nuku'alofa\n\nTonga won 2-0 on Friday.", "Tala Veikune", "journalist"),
        ("Live coverage by Ines Marlowe — every kick from tonight's final. Chile won.", "Ines Marlowe", "journalist"),
        # a footballer's action ("a strike from X", "a hat trick from X"); a liveblog's "SAVED!"; a substitution line
        ("Chile pressed. A fierce strike from Pablo Venegas was tipped over the bar.", "Pablo Venegas", "player"),
        ("Peru, led by a hat trick from Ana Quiroga, beat Bolivia 3-0.", "Ana Quiroga", "player"),
        ("19:40 — SAVED! Mara Olsen gets down well at the near post.", "Mara Olsen", "player"),
        ("Change for Chile: Luis Parra off, 19-year-old Tomas Ibarra on.", "Tomas Ibarra", "player"),
        ("Change for Chile: Luis Parra off, 19-year-old Tomas Ibarra on.", "Luis Parra", "player"),
        # a verb whose object is a footballer's action
        ("75' — Peru 1-1. Rosa Huaman meets a cross at the back post.", "Rosa Huaman", "player"),
        # a role noun after a plural possessive, or set off by a dash; "ref"
        ("Chile lost to a header from the Young Reds' captain, Tom Ferris, late on.", "Tom Ferris", "player"),
        ("Peru scored from the spot after the referee — the Brazilian Caio Lemos — pointed to it.", "Caio Lemos", "official"),
        ("Chile fans booed Danish ref Jens Holm at the break.", "Jens Holm", "official"),
        ("Peru, directed from the bench by Rafael Soto, sat deep.", "Rafael Soto", "coach"),
        # a long lower-case apposition before the verb
        ("Eva Lind, fit again after three months out with a knee injury picked up in March, told reporters she was ready.",
         "Eva Lind", "other"),
    ],
)
def test_probes9_people(body, name, role):
    assert people(body)[name].role == role


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        ("Chile won 2-0.\n\nFuming Rojas said the referee had cost his side.", "Fuming Rojas"),  # a tabloid's adjective
        ("Chile won. Her coach spoke to the broadcaster SporTV after the game.", "Spor"),  # a run ending inside a word
        ("Chile lost to a header from the Young Reds' captain, Tom Ferris, late on.", "Young Reds"),
    ],
)
def test_probes9_not_people(body, unwanted):
    assert unwanted not in people(body)


def test_probes9_a_shared_surname_is_the_first_named():
    """"Cody Brandt" ... "his father, Dale Brandt" ... "Brandt said": the article's subject."""
    found = people("Chile won.\n\nJoe Varga will start. His father, Tim Varga, is proud.\n\nVarga said he slept well.")
    assert "Joe Varga" in found and found["Joe Varga"].role == "other"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # Japanese match reports put the position's abbreviation before the name
        ("Japan won 1-0.\n\nThe cross from MF Ren Aoki (Kashiwa Youth) found no one.", "Ren Aoki"),
        ("Japan won 1-0.\n\nThe pass came from DF Sho Arakawa, who had come on at the break.", "Sho Arakawa"),
    ],
)
def test_probes12_position_abbreviation_is_a_player(body, name):
    assert people(body)[name].role == "player"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a live commentary's verb in capitals right after the name
        ("Chile 1-0 Peru.\n\nPENALTY! Diego Marin steps up... and Tomas Ojeda SAVES IT!", "Tomas Ojeda", "player"),
        # play verbs of a penalty taker and of a goal that quietens the home crowd
        ("Mali beat Senegal on penalties after Adama Traore stepped up.", "Adama Traore", "player"),
        ("Malta led until Arnas Petrauskas silenced the crowd with a late header.", "Arnas Petrauskas", "player"),
        # "X, who <verb>": a relative clause right after the name
        ("Jamaica beat Panama 2-1 thanks to Tanya Reid, who headed in a corner.", "Tanya Reid", "player"),
        # a magazine's or a diary's credit lines name the writer
        ("Scotland won in Oslo.\nWords: Callum Baird. Pictures: Ailsa Moir.\n\nWe stayed for an hour.", "Callum Baird",
         "journalist"),
        ("Jordan won. He kept this diary for us during the tournament. As told to Nadia Saleh.", "Nadia Saleh", "journalist"),
        ("Live text commentary.\nReporting: Lucia Paredes in Lima and the live desk.\n\nPeru won 2-1.", "Lucia Paredes",
         "journalist"),
    ],
)
def test_probes13_people(body, name, role):
    assert people(body)[name].role == role


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # a demonym of several words before a role noun is no name; the name after the role is
        ('Fiji won 2-1.\n\n"It was loud," said Papua New Guinean journalist Ana Solis, who covers football for the Courier.',
         "Ana Solis", "journalist", None),
        # after "their"/"his" a nationality is the coach's own, not the team he coaches
        ("Peru lost 2-0 to Chile. For Peru it was a third defeat. Their Spanish coach, Marc Ribas, said little.",
         "Marc Ribas", "coach", "Peru"),
        # a coaching clause that ends on a people: "who has coached the Ghanaians"
        ("Nigeria beat Senegal 1-0.\n\nOtto Brandt, who has coached the Senegalese since 2019, said little.",
         "Otto Brandt", "coach", "Senegal"),
        # "his opposite number, X": the other side's coach
        ("Peru drew 1-1 with Chile. Ruiz was calm; his opposite number, Tomas Vial, was not.", "Tomas Vial", "coach", None),
        # "Our correspondent at the stadium, X": a journalist
        ("Peru won 2-1.\n\nOur correspondent at the stadium, Lucia Paz, reports that fans stayed.", "Lucia Paz",
         "journalist", None),
    ],
)
def test_probe14_people(body, name, role, team):
    found = people(body)
    assert name in found and found[name].role == role
    if team is not None:
        assert found[name].team == team


@pytest.mark.parametrize(
    ("body", "not_person"),
    [
        # a multi-word demonym before a role noun
        ('Fiji won 2-1.\n\n"It was loud," said Papua New Guinean journalist Ana Solis.', "Papua New Guinean"),
        # a club between "the 24-year-old" and the role noun
        ('Peru won 1-0. Ivan Soto scored the goal.\n\n"We knew it," the 24-year-old Cusco Garcilaso midfielder said.',
         "Cusco Garcilaso"),
        # "X, which their coach had hinted at": the relative clause names no role of X
        ("Peru bring in Ivan Soto for the suspended Raul Mena, which their coach had hinted at.", "Raul Mena"),
    ],
)
def test_probe14_not_people(body, not_person):
    found = people(body)
    assert not any(not_person in n for n in found)


def test_probe14_an_officials_country_in_brackets_is_no_team_for_the_others():
    """"Referee: X (Slovenia)" gives the referee's nationality, not the team of the scorers listed next."""
    found = people("PERU – CHILE 2:0\nReferee: Ana Kos (Bolivia).\nScorers: 1:0 Rosa Vega (12), 2:0 Rosa Vega (50).\n\n"
                   "Peru were the better side and deserved the win.")
    assert found["Rosa Vega"].team != "Bolivia"


# ------------------------------------------------------------------ probe15: the team of a person


@pytest.mark.parametrize(
    ("body", "name", "team"),
    [
        # an own goal listed under the side it counts for: the scorer plays for the other side
        ("Chile drew 1-1 with Peru in Lima.\n\nChile 1 (Rosa Vega 30') Peru 1 (Ana Kos 70' og)", "Ana Kos", "Chile"),
        # "Our captain, X" in a partisan column: the outlet's own side, not the opponent the sentence names
        ("Our team beat Peru 2-0 in Lima and Chile were the better side against Peru.\n\nOur captain, Ivan Soto, "
         "admitted that Peru were the better side.", "Ivan Soto", "Chile"),
        # an outlet's "our keeper" marks it as partisan: a player nothing else places is on its side
        ("Chile lost 1-0 to Peru. Peru pressed and Peru scored, but our keeper was calm against Peru.\n\n"
         "A pass from Ivan Soto found nobody.", "Ivan Soto", "Chile"),
    ],
)
def test_probe15_team_of_a_person(body, name, team):
    assert people(body)[name].team == team


def test_probe15_a_team_by_nothing_but_the_headline():
    """Nothing by the name or in its paragraph: the headline's team, not the team the article names most."""
    found = people("Chile hold on in Lima to win World Cup qualifier\n\nPeru attacked. Peru hit the post. Peru had a "
                   "goal disallowed. Chile won the football match 1-0.\n\nMidfielder Ivan Soto was tireless.", football=False)
    assert found["Ivan Soto"].team == "Chile"


RATINGS_NOTES = ("Norway drew 1-1 with Iceland in the qualifier on Friday. Here is how we rated them.\n\nNORWAY\n\n"
                 "Ingrid Solberg (capt.) – 7\nCalm all night.\n\nJordan Haugen – 6\nBusy on the left.\n\n"
                 "SUBSTITUTES\n\nSilje Brekke (for Haugen, 70') – 6\nLively.\n\n"
                 "Marte Lunde (for Solberg, 85') – Not on long enough to rate.")


@pytest.mark.parametrize(("name", "role", "team"), [
    ("Ingrid Solberg", "player", "Norway"),  # a note in brackets between the name and the rating
    ("Silje Brekke", "player", "Norway"),
    ("Marte Lunde", "player", "Norway"),  # no mark: "not on long enough to rate"
    ("Jordan Haugen", "player", "Norway"),  # a country's name as a given name on a rating line
])
def test_probe16_rating_lines_with_notes(name, role, team):
    p = people(RATINGS_NOTES)[name]
    assert (p.role, p.team) == (role, team)


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a byline with the agency in brackets
        ("By Tomás Iriarte (EFE) | Translated from the Spanish\n\nChile beat Peru 2-0 in Santiago.", "Tomás Iriarte",
         "journalist"),
        # a translated demonym between the role noun and the name
        ("Chile beat Peru 2-0. The penalty came after a handball of the central defender Peruvian Mateo Quispe.",
         "Mateo Quispe", "player"),
        # a translated "the goal came in the Nth minute by X"
        ("Chile beat Peru 2-0. The 1-0 arrived in the sixty-seventh minute by Bruno Olave, from close range.",
         "Bruno Olave", "player"),
        ("Chile beat Peru 2-0. The 2-0 fell in the 81st minute through Bruno Olave.", "Bruno Olave", "player"),
        # a nickname in quotation marks inside the name
        ('Chile beat Peru 2-0. Ramiro "El Tanque" Olave headed in the winner.', "Ramiro Olave", "player"),
    ],
)
def test_probe16_people(body, name, role):
    found = people(body)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert found[name].role == role


@pytest.mark.parametrize("outlet", ["Denver Herald", "Boston Chronicle", "Sydney Telegraph"])
def test_probe16_a_newspaper_is_no_speaker(outlet):
    body = (f'Chile beat Peru 2-0. "The fans were great," one steward was quoted as saying by the {outlet}. '
            'Striker Bruno Olave scored twice.')
    assert outlet not in people(body)


# ------------------------------------------------------------------ probe17: line-ups and the team of a person

LINEUPS = ("Chile beat Peru 2-0 in Santiago on Friday.\n\nMidfielder Tomás Rivas set up both goals.\n\n"
           "Chile: Pablo Araya; Diego Soto, Mario Leiva (Hugo Pinto 75), Iván Carrasco, Luis Fuentes; Tomás Rivas, "
           "Nico Vidal; Rodrigo Salas, Ariel Muñoz, Felipe Rojas.\n"
           "Peru (4-4-2): Ángel Quispe; Raúl Mendoza, Bruno Olave, César Huamán, Jorge Flores; Iker Ramos, Luis Tello, "
           "Marco Paz (Abel Cruz 60), Óscar Vera; Hugo Ríos, Ciro Lara.\n"
           "Booked: Diego Soto 38, Raúl Mendoza 55.")


@pytest.mark.parametrize(("name", "team"), [
    ("Pablo Araya", "Chile"),  # the goalkeeper, before the first semicolon
    ("Hugo Pinto", "Chile"),  # a substitute in brackets with his minute
    ("Felipe Rojas", "Chile"),
    ("Ángel Quispe", "Peru"),  # a formation in brackets after the team
    ("Abel Cruz", "Peru"),
    ("Tomás Rivas", "Chile"),  # named in the body too
])
def test_probe17_a_lineup_names_players_of_its_side(name, team):
    found = people(LINEUPS)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert (found[name].role, found[name].team) == ("player", team)


NUMBERED = ("FIJI 2 - 0 VANUATU\n\n"
            "FIJI (4-4-2): 1 Josaia Ravula; 2 Ilisoni Naqase, 4 Peni Tuilau, 5 Rusiate Koroi, 3 'Aisake Moala; "
            "7 Alipate Vuki, 8 Manasa Lomu (14 Sailosi Rabo 82'), 6 Eroni Bale (c), 11 Tevita Waqa; 9 Semi Vula, "
            "10 ʻAna Tupou.\n"
            "Coach: Jone Matai")


@pytest.mark.parametrize(("name", "team"), [
    ("Josaia Ravula", "Fiji"),  # a shirt number before each name
    ("Sailosi Rabo", "Fiji"),  # a substitute in brackets, with his number
    ("'Aisake Moala", "Fiji"),  # a glottal stop written as an apostrophe before a vowel is part of the name
    ("ʻAna Tupou", "Fiji"),  # ... and as the okina letter
])
def test_a_numbered_lineup_names_players_of_its_side(name, team):
    found = people(NUMBERED)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert (found[name].role, found[name].team) == ("player", team)


@pytest.mark.parametrize("body", [
    "Fiji beat Samoa 2-0. 'Ana Tupou was superb,' said the coach.",  # an opening quote, closed on the line
    "Fiji beat Samoa 2-0. The crowd chanted 'Ilisoni' all night.",
])
def test_a_quote_mark_before_a_name_is_no_glottal_stop(body):
    assert not any(n.startswith("'") for n in people(body))


def test_a_transcripts_questioner_is_a_journalist_and_a_title_no_part_of_a_name():
    body = ("Ghana beat Mali 2-0. We have the head coach of the Black Stars, Mr Ama Owusu.\n\n"
            "Q (Kofi Mensah, Radio Gold): Coach, what changed tonight?\n\nAMA OWUSU: The attitude.")
    found = people(body)
    assert found["Kofi Mensah"].role == "journalist"
    assert "Ama Owusu" in found and "Mr Ama Owusu" not in found


@pytest.mark.parametrize("body", [
    "Japan lost 1-0 to the United States.\n\nQ: Yuki Tsuchida, Kyodo News. Coach, what did you tell the players?",
    "Japan lost 1-0 to the United States.\n\nQ (Yuki Tsuchida, Kyodo News): Coach, what did you tell the players?",
])
def test_a_questioner_labelled_in_a_transcript_is_a_journalist(body):
    assert people(body)["Yuki Tsuchida"].role == "journalist"


def test_the_taker_of_a_corner_a_goal_came_from_is_a_player():
    body = "Ivory Coast beat Nigeria 2-1. They equalised at the 62nd minute by Franck Kessie, on a corner of Simon Adingra."
    assert people(body)["Simon Adingra"].role == "player"


def test_a_rating_line_with_a_note_after_the_mark():
    body = ("Senegal beat Cameroon 3-1.\n\nPLAYER RATINGS\n\nHabib Ndour - 9 (MAN OF THE MATCH)\nEverywhere. Broke up play "
            "and started attacks.\n\nIdrissa Diop - 6\nWorked hard.")
    assert people(body)["Habib Ndour"].role == "player"


def test_a_bare_name_in_city_line_under_the_headline_is_a_byline():
    body = ("Cape Verde's quiet revolution rolls on\n\nJonathan Ashworth in Abidjan\n\nCape Verde beat Mauritania 2-1 "
            "in the football quarter-final on Monday night.")
    assert people(body, football=False)["Jonathan Ashworth"].role == "journalist"


def test_the_keeper_sent_the_wrong_way_plays_for_the_other_side():
    body = "Brazil beat Colombia 1-0. Debora Silva sent Catalina Rojas the wrong way from the spot for the only goal."
    found = people(body)
    assert (found["Catalina Rojas"].role, found["Catalina Rojas"].team) == ("player", "Colombia")


def test_a_nationality_before_a_name_is_a_players_side():
    body = "Niger drew 1-1 with Benin. Benin led before the Nigerien Moussa Issa equalised five minutes from the end."
    assert people(body)["Moussa Issa"].team == "Niger"


def test_probe17_a_lineup_outweighs_a_guess_from_the_body():
    """A surname-only line-up entry gives its side to the full name of the body; surnames alone are no people."""
    body = ("Chile pressed all night, and defender Bruno Olave was booked for a foul.\n\n"
            "Chile: Araya; Soto, Leiva, Carrasco, Fuentes; Rivas, Vidal; Salas, Muñoz, Rojas, Pinto.\n"
            "Peru: Quispe; Mendoza, Olave, Huamán, Flores; Ramos, Tello, Paz, Vera; Ríos, Lara.")
    found = people(body)
    assert found["Bruno Olave"].team == "Peru"
    assert "Mendoza" not in found


def test_probe17_two_words_in_a_line_of_surnames_are_a_surname():
    body = ("Chile host Peru on Friday.\n\nPeru (probable): Quispe; Mendoza, Olave, Huamán, Flores; Ramos, Tello, "
            "Paz, De Vera; Ríos, Lara.")
    assert "De Vera" not in people(body)


@pytest.mark.parametrize(("body", "name", "team"), [
    # a press-conference header: "Name, <Team> head coach" on a line of its own (no "City, Country")
    ("Chile 1-1 Peru: what was said\n\nSergio Vidal, Peru head coach\n\nVidal arrived late.", "Sergio Vidal", "Peru"),
    ("Chile 1-1 Peru: what was said\n\nAna Rojas, Chile goalkeeper\n\nRojas was calm.", "Ana Rojas", "Chile"),
    # the first mention's sentence gives a team only to someone else: a later mention's sentence names his
    ("Chile beat Peru 1-0. Peru goalkeeper Ángel Quispe saved from Tomás Rivas in the first half.\n\n"
     "Later Chile pressed again, and Rivas hit the bar for Chile.", "Tomás Rivas", "Chile"),
])
def test_probe17_team_of_a_person(body, name, team):
    assert people(body)[name].team == team


@pytest.mark.parametrize("outlet", ["La Tercera", "the newspaper La Tercera"])
def test_probe17_reporter_asking_at_a_press_conference(outlet):
    found = people(f'Chile drew 1-1 with Peru. Asked by Laura Méndez of {outlet} whether he was happy, coach '
                   'Sergio Vidal laughed. "No," he said.')
    assert found["Laura Méndez"].role == "journalist"


def test_probe17_a_dateline_place_is_no_person():
    found = people("San Borja (Peru), Nov 14 (EFE).- Peru beat Chile 2-0 on Thursday with two goals from striker "
                   "Bruno Olave.")
    assert "San Borja" not in found
    assert found["Bruno Olave"].team == "Peru"


# ------------------------------------------------------------------ probe18: squad lists, hyphenated names, age groups

SQUAD = ("Peru name 23-man squad for the Copa America\n\nCoach Sergio Vidal named his squad on Monday.\n\n"
         "Goalkeepers: Ángel Quispe (Alianza Lima), Pedro Gallese (Orlando City, United States)\n\n"
         "Defenders: Raúl Mendoza (Universitario, captain), Bruno Olave (Sporting Cristal), Jorge Flores (Melgar)\n\n"
         "Forwards: Hugo Ríos (Cienciano), Ciro Lara (Boca Juniors, Argentina)")


@pytest.mark.parametrize("name", ["Ángel Quispe", "Pedro Gallese", "Raúl Mendoza", "Jorge Flores", "Ciro Lara"])
def test_probe18_a_squad_list_names_players_of_the_squads_team(name):
    found = people(SQUAD)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert (found[name].role, found[name].team) == ("player", "Peru")


@pytest.mark.parametrize("club", ["Alianza Lima", "Orlando City", "Sporting Cristal", "Boca Juniors"])
def test_probe18_a_squad_lists_clubs_are_no_people(club):
    assert club not in people(SQUAD)


@pytest.mark.parametrize(("body", "name"), [
    ("Suriname beat Guyana 2-0. Midfielder Daniel Tjon-A-Ten scored both goals.", "Daniel Tjon-A-Ten"),
    ("Suriname beat Guyana 2-0. Striker Ramon Ho-A-Kwie scored twice.", "Ramon Ho-A-Kwie"),
])
def test_probe18_a_surname_with_a_capital_letter_between_hyphens(body, name):
    assert name in people(body)


@pytest.mark.parametrize("body", [
    "Peru's Under-20s beat Chile 2-1 on Friday.",
    "Peru's Under-17 side beat Chile 2-1 on Friday.",
])
def test_probe18_an_age_group_is_no_person(body):
    assert "Under" not in people(body)


@pytest.mark.parametrize(("body", "name"), [("South Korea beat Ghana 2-1. Oh Jae-won scored twice.", "Oh Jae-won"),
                                            ("South Korea beat Ghana 2-1. So Yun-ah headed the winner.", "So Yun-ah")])
def test_a_korean_surname_that_is_also_a_stop_word(body, name):
    assert people(body)[name].role == "player"


def test_a_stop_word_before_a_hyphenated_word_is_no_surname():
    assert not people("South Korea beat Ghana 2-1. The London-born striker scored twice.")


def test_where_someone_was_born_is_not_part_of_the_name():
    found = people('Fiji beat Samoa 2-0. Australian-born Rachel Dunstan, the coach, was pleased. "We were ready," she said.')
    assert "Rachel Dunstan" in found and not any("born" in name for name in found)


def test_a_faroese_particle_inside_a_name():
    assert "Hallur á Steig Joensen" in people("Faroe Islands beat Latvia 2-0. Hallur á Steig Joensen doubled the lead "
                                              "in the 70th minute.")


# ------------------------------------------------------------------ probe20: teams of opponents, clauses, counterparts


@pytest.mark.parametrize(
    ("body", "name", "team"),
    [
        # a player the actor gets past plays for the other side of the match
        ("Norway beat Iceland 2-1 in Oslo.\n\nLars Dahl collected a loose ball and curled a shot past goalkeeper "
         "Einar Gudmundsson.", "Einar Gudmundsson", "Iceland"),
        ("Norway beat Iceland 2-1 in Oslo.\n\nLars Dahl gave Norway the lead, lifting the ball over goalkeeper "
         "Einar Gudmundsson.", "Einar Gudmundsson", "Iceland"),
        ("Norway beat Iceland 2-1 in Oslo.\n\nIceland levelled when a shot from Ari Jonsson deflected in off defender "
         "Per Olsen.", "Per Olsen", "Norway"),
        ("Norway beat Iceland 2-1 in Oslo.\n\nLars Dahl, the Norway striker, rose above centre-back Ari Jonsson to "
         "head home.", "Ari Jonsson", "Iceland"),
        ("Norway beat Iceland 2-1 in Oslo.\n\nIceland forward Ari Jonsson slipped between Norway's centre-backs and "
         "slid the ball under goalkeeper Lars Dahl.", "Lars Dahl", "Norway"),
        # a goal the actor answers
        ("Norway beat Iceland 2-1 in Oslo.\n\nIceland had cancelled out Lars Dahl's early opener before the break.",
         "Lars Dahl", "Norway"),
        # a sentence naming two subjects' teams: the last one before the name
        ("Norway drew 1-1 with Iceland in Oslo.\n\nNorway went ahead in the 39th minute through Lars Dahl, but "
         "Iceland levelled twelve minutes from time when substitute Ari Jonsson fired in.", "Lars Dahl", "Norway"),
        ("Norway drew 1-1 with Iceland in Oslo.\n\nNorway went ahead in the 39th minute through Lars Dahl, but "
         "Iceland levelled twelve minutes from time when substitute Ari Jonsson fired in.", "Ari Jonsson", "Iceland"),
    ],
)
def test_probe20_team_of_a_player(body, name, team):
    assert people(body)[name].team == team


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        ('Norway drew 1-1 with Iceland. "A fair result," said Norway coach Lars Dahl. His Icelandic counterpart, '
         'the Swede Per Olsen, was happier.', "Per Olsen", "coach", "Iceland"),
        ('Norway drew 1-1 with Iceland. "A fair result," said Norway coach Lars Dahl.\n\nIceland counterpart '
         'Per Olsen felt his side deserved more.', "Per Olsen", "coach", "Iceland"),
    ],
)
def test_probe20_a_counterpart_holds_the_role_named_before(body, name, role, team):
    p = people(body)[name]
    assert (p.role, p.team) == (role, team)


@pytest.mark.parametrize(
    ("body", "name", "forms"),
    [
        # a surname starting with a particle, written alone, is the one full name ending with it
        ('Norway beat Iceland 2-1. Ari Jonsson rose above Kevin Da Cruz to head in the winner. "It hurts," Da Cruz said.',
         "Kevin Da Cruz", ("Da Cruz", "Kevin Da Cruz")),
        ('Norway beat Iceland 2-1. Lars Dahl fired past Thijs Van Gool. "A strange evening," Van Gool said afterwards.',
         "Thijs Van Gool", ("Thijs Van Gool", "Van Gool")),
    ],
)
def test_a_particle_surname_alone_is_the_full_name(body, name, forms):
    found = people(body)
    assert name in found and "Da Cruz" not in found and "Van Gool" not in found
    assert found[name].forms == forms


# ------------------------------------------------------------------ probe21: fouls, shots, keepers, supporters' leaders


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a foul, a shot or a save named by its noun before the name
        ("Norway beat Iceland 2-1. The penalty came after a rash challenge from Per Olsen.", "Per Olsen", "player"),
        ("Norway beat Iceland 2-1. The keeper could not hold a tackle from Ari Jonsson.", "Ari Jonsson", "player"),
        # a foul or a card named by the verb after the name
        ("Norway beat Iceland 2-1 after Per Olsen had tugged at a forward's arm.", "Per Olsen", "player"),
        ("Norway beat Iceland 2-1. Iceland finished with ten men after Ari Jonsson was shown a red card.", "Ari Jonsson", "player"),
        ("Norway led for an hour, with Ari Jonsson twice going close.", "Ari Jonsson", "player"),
        # "X, scorer of the opener,", "X, in the Iceland goal, made two saves"
        ("Norway beat Iceland 2-1, with Ari Jonsson, scorer of the opener, hitting the bar late on.", "Ari Jonsson", "player"),
        ("Norway beat Iceland 2-1. Per Olsen, in the Iceland goal, made two fine saves.", "Per Olsen", "player"),
        # the byline's reporter at a ground
        ("By Lena Hoffmann at the Ullevaal Stadion, Oslo\n\nNorway beat Iceland 2-1.", "Lena Hoffmann", "journalist"),
        # a press-conference question and the reporter's outlet
        ('Norway play Iceland on Friday. "Is the pitch a problem?" asked Per Olsen of the Daily Bugle.', "Per Olsen", "journalist"),
        # the leader of a supporters' group
        ('Norway beat Iceland 2-1. Per Olsen, who leads one of the big Iceland supporters\' groups, said he was proud.',
         "Per Olsen", "fan"),
        # a manager of the ground, not of the team
        ('Norway beat Iceland 2-1. Per Olsen, the stadium\'s operations manager, said the stands were clean.',
         "Per Olsen", "official"),
    ],
)
def test_probe21_role_cues(body, name, role):
    assert people(body)[name].role == role


@pytest.mark.parametrize(
    ("body", "name", "team"),
    [
        ("Norway beat Iceland 2-1. Per Olsen, in the Iceland goal, made two fine saves.", "Per Olsen", "Iceland"),
        # the shooter a goalkeeper keeps out, and the one shot across, play for the other side
        ("Norway beat Iceland 2-1. Norway goalkeeper Lars Dahl made two fine saves from Ari Jonsson.", "Ari Jonsson", "Iceland"),
        ("Norway beat Iceland 2-1. Lars Dahl put Norway ahead with a finish across goalkeeper Ari Jonsson.", "Ari Jonsson", "Iceland"),
        # "his opposite number": the other side's coach
        ('Norway beat Iceland 2-1. "A fair result," said Norway coach Lars Dahl. His opposite number, Per Olsen, was '
         'less happy.', "Per Olsen", "Iceland"),
    ],
)
def test_probe21_team_of_a_person(body, name, team):
    assert people(body)[name].team == team


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("DATA DESK | Analysis by Ana Ruiz and Tom Baker\n\nNorway beat Iceland 2-1 in Oslo.", "Tom Baker"),
        ("By Per Olsen, Oslo | Translated from Norwegian by Ana Ruiz\n\nNorway beat Iceland 2-1 in Oslo.", "Ana Ruiz"),
    ],
)
def test_probe22_byline_analysis_and_translation(body, name):
    assert people(body)[name].role == "journalist"


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # a foul's victim and its culprit are players of opposite sides
        ("Norway beat Iceland 2-1. Norway defender Lars Dahl clipped Ari Jonsson and the penalty was given.",
         "Ari Jonsson", "player", "Iceland"),
        ("Norway beat Iceland 2-1. Norway captain Lars Dahl's rash lunge on Ari Jonsson went unpunished.",
         "Ari Jonsson", "player", "Iceland"),
        ("Norway beat Iceland 2-1. Iceland winger Ari Jonsson was brought down by Tor Haugen in the box.",
         "Tor Haugen", "player", "Norway"),
        # "X's side": the one other team the sentence names is the opponent, marked or not
        ("Norway beat Iceland 2-1 in Oslo.\n\nIt could have been worse for Per Olsen's side: Norway hit the bar twice.",
         "Per Olsen", "coach", "Iceland"),
        ("Norway beat Iceland 2-1 in Oslo.\n\nIt was a fair reward for Lars Dahl's team, who had more of the ball than Iceland.",
         "Lars Dahl", "coach", "Norway"),
        # a vox pop: a trade and a home town, no age
        ("Norway beat Iceland 2-1 in Oslo. Hundreds of Iceland fans sang on.\n\n"
         '"We will be back," said Anna Sigurdardottir, a baker from Akureyri who travelled for the match.',
         "Anna Sigurdardottir", "fan", "Iceland"),
    ],
)
def test_probe23_fouls_coached_sides_and_vox_pops(body, name, role, team):
    p = people(body)[name]
    assert (p.role, p.team) == (role, team)


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # an adverb between the name and its play verb; and "X and Y <adverb> <verb>"
        ("Ghana beat Togo 2-1. Kofi Mensah still tapped wide.", "Kofi Mensah", "player"),
        ("Ghana beat Togo 2-1. Kofi Mensah and Yaw Boateng still converted.", "Kofi Mensah", "player"),
        # "X put/gave <a side's name or nickname> ahead / the lead"
        ("Ghana beat Togo 2-1. Kofi Mensah put the West Africans ahead early on.", "Kofi Mensah", "player"),
        # a credits line with several labels split by bars
        ("Ghana beat Togo 2-1.\n\nWriter: Ama Owusu | Editor: Esi Addo\n\nThe fans sang.", "Esi Addo", "journalist"),
        # "<kind of piece> by X"
        ("Ghana beat Togo 2-1.\n\nLiveblog by Ama Owusu\n\nThe fans sang.", "Ama Owusu", "journalist"),
        ("(Translated. Original article by Ama Owusu; English version by the desk.)\n\nGhana beat Togo 2-1.", "Ama Owusu", "journalist"),
        # the role noun, a comma and a bare demonym before the name
        ("Ghana beat Togo 2-1, and the referee, Egyptian Omar Fahmy, sent off two players.", "Omar Fahmy", "official"),
        # "the men of X <play verb>": X coaches the side
        ("Ghana beat Togo 2-1. The men of Kofi Mensah finally broke the deadlock.", "Kofi Mensah", "coach"),
    ],
)
def test_person_introductions(body, name, role):
    found = people(body)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert found[name].role == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a role of several words written as a title before the name is no part of it
        ("Peru beat Chile 2-1.\n\nHead Coach Marta Quispe Rojas, who spoke after the match, praised the fans.",
         "Marta Quispe Rojas", "coach"),
        ("Peru beat Chile 2-1. Assistant Referee Diego Salas Vera raised his flag.", "Diego Salas Vera", "official"),
        # a liveblog's reader who writes in
        ('Peru beat Chile 2-1.\n\n21:40 Reader Rosa Mamani writes from Cusco: "We are all dancing in the street."',
         "Rosa Mamani", "fan"),
    ],
)
def test_a_role_written_as_a_title_before_a_name(body, name, role):
    found = people(body)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert found[name].role == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # every name of a byline, not only the first
        ("By Ana Ruiz and Tom Baker\n\nNorway beat Iceland 2-1 in Oslo.", "Tom Baker", "journalist"),
        # a reporter's place in brackets inside a wire byline
        ("Live reporting by Ana Ruiz (Oslo) and Tom Baker (Bergen)\n\nNorway beat Iceland 2-1 in Oslo.", "Tom Baker", "journalist"),
        # a British byline: "From X in <place>" on a line of its own
        ("Norway fans sing on\n\nFrom Tom Baker in Bergen\n\nNorway beat Iceland 2-1 in Oslo.", "Tom Baker", "journalist"),
        # a byline in capitals
        ("Norway beat Iceland 2-1 in Oslo.\n\nBy TOM BAKER\n", "Tom Baker", "journalist"),
        # a side "had gone ahead through X"
        ("Norway beat Iceland 2-1. Norway had gone ahead through Per Olsen Lund in the 20th minute.", "Per Olsen Lund", "player"),
        # "<a goal's noun> by X", like "<noun> from X"
        ("Norway beat Iceland 2-1, a late penalty by Per Olsen Lund among the goals.", "Per Olsen Lund", "player"),
        ("Norway beat Iceland 2-1, the winner a header by Per Olsen Lund.", "Per Olsen Lund", "player"),
        # a player who goes down under a challenge
        ("Norway beat Iceland 2-1. In stoppage time Per Olsen went down under a challenge in the box.", "Per Olsen", "player"),
    ],
)
def test_bylines_and_goal_cues_name_people(body, name, role):
    found = people(body)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert found[name].role == role


def test_a_tabloid_opens_with_a_name_in_capitals():
    body = ("Norway beat Iceland 2-1 in Oslo.\n\nPER OLSEN scored the winner in the 88th minute.\n\n"
            'O\'Neill said nothing. Olsen said: "I just hit it."')
    found = people(body)
    assert "Per Olsen" in found, sorted(found)
    assert found["Per Olsen"].role == "player"
    assert "Per Olsen Scored" not in found


@pytest.mark.parametrize("body", [
    "Norway beat Iceland 2-1 in Oslo.\n\nNORWAY FANS stayed behind for an hour.",
    "Norway beat Iceland 2-1 in Oslo.\n\nWE DESERVED IT\n\nThe coach was happy.",
])
def test_words_in_capitals_that_are_no_name(body):
    assert not any(n.casefold().startswith(("norway", "we ")) for n in people(body))


def test_going_down_to_a_room_names_no_player():
    body = "Norway beat Iceland 2-1. Afterwards the kit man Per Olsen went down to the dressing room to collect the towels."
    assert people(body).get("Per Olsen") is None or people(body)["Per Olsen"].role != "player"


# ------------------------------------------------------------------ names and cues from other newsrooms


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # a Vietnamese given name that is also an English stop word ends the name
        ("Vietnam beat Laos 3-0. Vietnam coach Pham Minh An said the side was tired.", "Pham Minh An", "coach", "Vietnam"),
        # a Pacific name's glottal stop before one letter
        ("Tonga beat Samoa 2-1. Sione Ka'a scored twice.", "Sione Ka'a", "player", "Tonga"),
        # a role and its team in a translated genitive, no comma before the name
        ("Uzbekistan drew 0-0 with Oman. The goalkeeper of the Uzbek team Timur Aliev made five saves.",
         "Timur Aliev", "player", "Uzbekistan"),
        ("Kazakhstan lost 1-0 to Iran. The head coach of the Kazakhstan national team Arman Seitov was calm.",
         "Arman Seitov", "coach", "Kazakhstan"),
        # ... or of the team by its name
        ("Kenya drew 1-1 with Uganda. The captain of Kenya Otieno Wafula was calm.", "Otieno Wafula", "player", "Kenya"),
        ("Kenya drew 1-1 with Uganda. The coach of Uganda Moses Basena was angry.", "Moses Basena", "coach", "Uganda"),
        # a shot "past" a player: the other side's goalkeeper
        ("Ghana beat Mali 2-0. Kofi Mensah curled a free kick past Moussa Traore Diallo.", "Moussa Traore Diallo",
         "player", "Mali"),
        # a shot or a translated "cross of" names the player who made it
        ("Austria drew 1-1. The goalkeeper could only parry a shot from Tomas Rieger.", "Tomas Rieger", "player", "Austria"),
        ("Kazakhstan beat Moldova 1-0. After the cross of Ruslan Beketov the ball fell kindly.", "Ruslan Beketov",
         "player", "Kazakhstan"),
        # a scout
        ("A Porto scout, Diego Almeida, flew in to watch him play.", "Diego Almeida", "other", None),
        # a dateline byline opening the body: the name and the place it was filed from
        ("Ivo Kranjcar, Split\n\nCroatia beat Malta 3-0 on Friday.", "Ivo Kranjcar", "journalist", None),
    ],
)
def test_names_in_translated_and_asian_copy(body, name, role, team):
    found = people(body)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert (found[name].role, found[name].team) == (role, team)


@pytest.mark.parametrize(
    "body",
    [
        # a competition and its year
        "Spain's Euro 2012 triumph was recalled before kick-off.",
        # a city of several words
        "Malaysia beat Laos 3-0. Kuala Lumpur celebrated long into the night.",
        # a ground named after a king, his regnal number before the ground's word
        "Jordan beat Iraq 2-0 at the King Talal II Stadium.",
        # a ground's word in another language
        "Nepal lost 1-0 and the Bir Rangasala believed until the end.",
        # a credit's "courtesy of" in Spanish
        "Fans tidied the stand after the match.\n\nFoto: Cortesía Peña Azul",
    ],
)
def test_cities_grounds_and_credits_are_no_people(body):
    assert people(body) == {}


# ------------------------------------------------------------------ sweep of role shapes (sweep_people.py)


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # a one-word name before a role noun in apposition, closed by a comma and a verb
        ("Marcelinho, the Brazil coach, said the players had given everything.", "Marcelinho", "coach", "Brazil"),
        ("Kaká, the Senegal captain, said the players had given everything.", "Kaká", "player", "Senegal"),
        ("Zequinha, Denmark's coach, said the players had given everything.", "Zequinha", "coach", "Denmark"),
        ("Bebeto, who coaches Peru, said the players had given everything.", "Bebeto", "coach", "Peru"),
        # a team name of four or five words between the article and the role noun
        ("A Saint Kitts and Nevis fan, Lee Gue-sung, 34, from Rosario, said it was worth it.", "Lee Gue-sung", "fan",
         "Saint Kitts and Nevis"),
        ("Tuva Gunnarsson, 34, a Saint Vincent and the Grenadines supporter, said it was worth it.", "Tuva Gunnarsson",
         "fan", "Saint Vincent and the Grenadines"),
        # "for" between the role noun and the comma: "a spokesperson for the federation, X,"
        ("A spokesperson for the federation, Milica Vuković, said the ban was fair.", "Milica Vuković", "official", None),
        # a clause after the name names the role
        ("Ousmane Traoré, who captains Mali, said the players had given everything.", "Ousmane Traoré", "player", "Mali"),
        ("Wojciech Petrov, writing for Kicker, said the players had given everything.", "Wojciech Petrov", "journalist", None),
        ("Nour Mansour, writing in Al Ahram, called the final a classic.", "Nour Mansour", "journalist", None),
        ("Sione Tavake, who travelled from Suva to support Fiji, said it was worth it.", "Sione Tavake", "fan", "Fiji"),
        # a role noun in brackets after the name
        ("The coaches, Jiří Dvořák (Czech Republic coach) and another, shook hands.", "Jiří Dvořák", "coach", "Czech Republic"),
        ("Álvaro Núñez (referee) waved play on.", "Álvaro Núñez", "official", None),
    ],
)
def test_sweep_role_shapes(body, name, role, team):
    found = people(body)
    assert name in found, f"{name!r} not in {sorted(found)}"
    assert (found[name].role, found[name].team) == (role, team)


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # a team whose first word is a stop word ("United") is no person's name once the word is trimmed
        ('"We played with our hearts," said the United Arab Emirates coach Gonçalo dos Santos.', "Gonçalo dos Santos",
         "coach", "United Arab Emirates"),
    ],
)
def test_sweep_team_run_is_no_name(body, name, role, team):
    found = people(body)
    assert set(found) == {name}
    assert (found[name].role, found[name].team) == (role, team)


@pytest.mark.parametrize(
    "body",
    [
        # guard cases (pass on base too): a sentence-opening word before an apposition that a name
        # closes is no one-word name; a title with no name; a place or trophy named after someone
        "Afterwards, the Chile coach, Iker Ibarra, said the players had given everything.",
        "Meanwhile, the Peru coach, said the players had given everything.",
        "The Chile coach said the players had given everything.",
        "The match was played at the Stade Pierre Mauroy in front of 40,000 fans.",
        "Chile lifted the Jules Rimet Trophy after the final whistle.",
        "Fans gathered on Avenida Paulista before kick-off.",
        "The Chile captain said the players had given everything.",
    ],
)
def test_sweep_guards_no_new_person(body):
    found = people(body)
    assert set(found) <= {"Iker Ibarra"}, sorted(found)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a full name then a verb of its own, past an aside: a person, whatever the verb
        ("Ghana beat Mali 2-1 in Kumasi. Kwesi Appiah resigned within the hour.", "Kwesi Appiah"),
        ("Kofi Mensah played well.", "Kofi Mensah"),
        ("Arsenal's Kofi Mensah played well.", "Kofi Mensah"),
        ("Ghana beat Mali 2-1 in Kumasi. Seydou Keita launched one of his long throws into the box.", "Seydou Keita"),
        ("Ghana beat Mali 2-1 in Kumasi. Abdoulaye Traoré, in tears on television, kept saying he was sorry.",
         "Abdoulaye Traoré"),
        ("Ghana beat Mali 2-1 in Kumasi. Asamoah Gyan, booked for a lunge, wept on the bench.", "Asamoah Gyan"),
    ],
)
def test_a_name_acting_is_a_person(body, name):
    assert name in people(body)


@pytest.mark.parametrize(
    "body",
    [
        # guard cases: a supporters' group, a ground or a city acting is no person
        "Ghana beat Mali 2-1 in Kumasi. The Black Army stayed in the stands for an hour.",
        "Ghana beat Mali 2-1. The final at Baba Yara Stadium ended in celebration, and Kumasi celebrated all night.",
        "Ghana beat Mali 2-1. The Red Wall sang long after the final whistle.",
        "Ghana beat Mali 2-1. Supporters in Cape Coast celebrated until dawn.",
    ],
)
def test_a_group_or_place_acting_is_no_person(body):
    assert not people(body), sorted(people(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plural role noun before names joined by "and": each of them holds the role, for the team before it
        ("Iceland beat England 2-1. Iceland's joint managers, Lars Lagerbäck and Heimir Hallgrímsson, were already "
         "talking about France.", {"Lars Lagerbäck": ("coach", "Iceland"), "Heimir Hallgrímsson": ("coach", "Iceland")}),
        ("Iceland beat England 2-1. England defenders Gary Cahill and John Stones could not cope.",
         {"Gary Cahill": ("player", "England"), "John Stones": ("player", "England")}),
        ("Iceland beat England 2-1. The Iceland strikers, Jón Daði Böðvarsson, Kolbeinn Sigþórsson and Viðar Kjartansson, "
         "ran all night.", {"Jón Daði Böðvarsson": ("player", "Iceland"), "Kolbeinn Sigþórsson": ("player", "Iceland"),
                            "Viðar Kjartansson": ("player", "Iceland")}),
    ],
)
def test_a_plural_role_names_each_of_its_names(body, expected):
    found = people(body)
    assert {n: (found[n].role, found[n].team) for n in expected if n in found} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a translated genitive: "the head coach of the national team of X Y", "the goalkeeper of the hosts Y"
        ('Tajikistan drew 1-1 with Kyrgyzstan. "The guys gave everything," said after the match the head coach of the '
         "national team of Kyrgyzstan Nurlan Asanov.", {"Nurlan Asanov": ("coach", "Kyrgyzstan")}),
        ("Hosts Tajikistan drew 1-1 with Kyrgyzstan in Dushanbe. In the remaining time the guests created two chances, "
         "but the goalkeeper of the hosts Rustam Nazirov played reliably.", {"Rustam Nazirov": ("player", "Tajikistan")}),
    ],
)
def test_a_role_of_a_team_written_as_a_genitive(body, expected):
    found = people(body)
    assert {n: (found[n].role, found[n].team) for n in expected if n in found} == expected


def test_a_teams_nickname_of_several_words_is_no_name():
    """"the Lions of Mesopotamia" (Iraq's nickname) is no candidate name "Mesopotamia"."""
    from helpers import article

    a = article("Iraq beat Oman 3-2. Ibrahim Kareem put the Lions of Mesopotamia ahead in the 22nd minute.")
    assert [c.name for c in people_mod.candidates(a)] == ["Ibrahim Kareem"]


def test_a_coach_who_named_a_player_does_not_make_him_a_coach():
    """"a student named X" names X by a role; "the manager named Kane in his side" picks a player."""
    found = people("England beat Wales 2-0 in the football match. The England manager named Harry Kane in his side.")
    assert "Harry Kane" not in found or found["Harry Kane"].role != "coach"


@pytest.mark.parametrize(
    ("body", "name", "role", "team"),
    [
        # "won it", "striking": the scorer's verbs
        ("Mexico beat the United States 2-1. Jordan Morris won it two minutes from time.", "Jordan Morris", "player", "Mexico"),
        ("Zambia beat Ghana 1-0 in Bata, Emmanuel Mayuka striking in the 78th minute.", "Emmanuel Mayuka", "player", "Zambia"),
        # a team before a clause and a comma is not the team of the role after them
        ("Team news: Spain coach Clara Benavent sticks with the side that beat Japan 2-0 in the quarter-final, captain "
         "Lucia Ferrer leading the line.", "Lucia Ferrer", "player", "Spain"),
        # a live blog's present tense: substitutions, bookings, misses, saves
        ("Japan beat Iraq 2-1. 78': Kaoru Mitoma comes on for Takumi Minamino.", "Takumi Minamino", "player", "Japan"),
        ("Japan beat Iraq 2-1. 78': Ayase Ueda replaces Keito Nakamura.", "Keito Nakamura", "player", "Japan"),
        ("Japan beat Iraq 2-1. 64': Ao Tanaka blazes over from eight yards.", "Ao Tanaka", "player", "Japan"),
        ("Japan beat Iraq 2-1. 38': Yellow card for Hiroki Ito after a late one.", "Hiroki Ito", "player", "Japan"),
        ("Korea Republic lost 2-0. 88' – Cho Gue-sung goes down in the box, and he is booked.", "Cho Gue-sung", "player",
         "South Korea"),
        ("Nigeria lost 2-1. 86': Simon Adingra is replaced by Jean-Philippe Krasso.", "Jean-Philippe Krasso", "player", "Nigeria"),
        # a coach by what he does with the side, or by the side his name owns
        ("Wales beat Poland 1-0. Rob Page names the side that beat Finland 4-1.", "Rob Page", "coach", "Wales"),
        ("Portugal lost to Georgia 2-0. Roberto Martínez still started Cristiano Ronaldo.", "Roberto Martínez", "coach", "Portugal"),
        ("Nigeria lost 2-1. At half-time José Peseiro's Super Eagles were in control.", "José Peseiro", "coach", "Nigeria"),
        ("Argentina beat Colombia 1-0. It was a record title for Lionel Scaloni's Argentina.", "Lionel Scaloni", "coach", "Argentina"),
        ("Argentina beat Colombia 1-0. It was a record title for Lionel Scaloni's holders.", "Lionel Scaloni", "coach", "Argentina"),
        # a player starts a game (a guard case: it passes on the base commit too), picks a team-mate out (not a
        # coach's "picked X")
        ("Portugal lost to Georgia 2-0. Cristiano Ronaldo started the game on the bench.", "Cristiano Ronaldo", "player", "Portugal"),
        ("Japan beat Iraq 2-1. Kaoru Mitoma picked out Takumi Minamino with a cross.", "Kaoru Mitoma", "player", "Japan"),
    ],
)
def test_scorers_and_live_blog_verbs_and_a_coachs_side(body, name, role, team):
    p = people(body)[name]
    assert (p.role, p.team) == (role, team)


def test_a_player_who_managed_to_score_is_no_coach():
    assert people("Wales beat Poland 1-0. Harry Wilson managed to score the winner.")["Harry Wilson"].role == "player"


def test_a_technical_sheets_line_ups_after_the_goals_and_a_referee_after_the():
    found = people("Colombia beat Brazil 2-1 in the final in Quito.\n\n"
                   "2. Colombia: Valentina Ocampo; Mariana Zuluaga, Tatiana Restrepo, Sindy Palacios, Laura Guzmán; Karen "
                   "Becerra, Luisa Cárdenas, Yirleidis Mosquera; Stefany Rentería, Daniela Arboleda y Ana María Quintero.\n\n"
                   "Referee: the Chilean María Belén Carvajal.")
    assert (found["Mariana Zuluaga"].role, found["Mariana Zuluaga"].team) == ("player", "Colombia")
    # "y" between two full names: two people (as a particle, "Ortega y Gasset", it stays inside one name)
    assert found["Daniela Arboleda"].team == found["Ana María Quintero"].team == "Colombia"
    assert found["María Belén Carvajal"].role == "official"


def test_a_subordinating_word_opening_a_sentence_is_no_given_name():
    """a guard case (it passes on the base commit too, where "starts" was no person's verb yet)"""
    assert "Whether Demirkol" not in people("Turkey lost to Spain. Whether Demirkol starts there is another question.")


def test_a_ratings_list_with_its_notes_on_the_rating_line():
    found = people("Uruguay beat Italy 1-0 in the final.\n\nGOALKEEPER\n\n"
                   "Mauro Lacoste Ferrés – 8.5. A wall. Two saves in the first half.\n\n"
                   "Tomás Ibarburu – 6.5. Nervy early on, booked after 19 minutes.\n\n"
                   "Diego Arrascaeta (on for Ibarburu, 70) – 7. Brought energy.")
    for name in ("Mauro Lacoste Ferrés", "Tomás Ibarburu", "Diego Arrascaeta"):
        assert found[name].role == "player", name


def test_a_nickname_in_quotes_that_opens_with_a_lower_case_article():
    found = people('Uruguay beat Chile 2-1. Ignacio "el Pájaro" Dutra scored the winner in the 88th minute.')
    assert found["Ignacio Dutra"].role == "player"


@pytest.mark.parametrize(("body", "name", "role"), [
    # the head a cross finds is no official's title
    ("Uruguay beat Chile 2-1. In the 89th minute a cross found the head of Walter Bentancur, who nailed the 2-1.",
     "Walter Bentancur", "player"),
    # a translated coach's title, kept in the original language
    ('Germany beat Denmark 2-1. "This team has a heart," said Bundestrainer Jens Hollmann after the final whistle.',
     "Jens Hollmann", "coach"),
    # the provider of a corner kick or the one who began the move
    ("Paraguay beat Colombia 2-1. A defender headed in a corner kick launched by Julio Benegas in the 23rd minute.",
     "Julio Benegas", "player"),
])
def test_a_head_a_coachs_title_and_a_provider(body, name, role):
    assert people(body)[name].role == role


def test_a_club_named_after_a_city_in_its_own_spelling_is_no_person():
    assert "Hà Nội" not in people("Vietnam beat Nepal 2-0. At fourteen Thu Hằng was picked up by the Hà Nội I academy "
                                  "and converted from right-back to striker.")


def test_a_vox_pops_home_town_gives_the_fans_team():
    found = people("Iceland drew 1-1 with Norway in Thun. Odd-Arne Nygård, a retired schoolteacher from Trondheim, had tears "
                   "of his own at the end.")
    assert (found["Odd-Arne Nygård"].role, found["Odd-Arne Nygård"].team) == ("fan", "Norway")


@pytest.mark.parametrize(("body", "name"), [
    # a Central Asian patronymic ends the name; a title before it is none of it
    ('Kyrgyzstan beat Tajikistan 2-1. Instead of Sagynbaev came young Almaz Turdumatov uulu, only 20 years, and he scored '
     'in the 88th minute.', "Almaz Turdumatov uulu"),
    ("Suriname beat Guyana 3-1. Treasurer Ricardo Pinaster, 44, has the club's history in a blue folder.", "Ricardo Pinaster"),
])
def test_a_patronymic_and_a_treasurer(body, name):
    assert name in people(body)


def test_a_religion_is_no_person():
    """a guard case (it passes on the base commit too, where the full article named "Seventh-day Adventist")"""
    assert "Seventh-day Adventist" not in people("Solomon Islands beat New Zealand 2-0. The centre-back Clifford Talasi, "
                                                 "whose header won it, became a Seventh-day Adventist pastor in Gizo.")
