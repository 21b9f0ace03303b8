"""kg.extract.tweets: embedded tweets (``text pic.twitter.com/ID — Name (@handle) date``)."""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import TEXTS, check_evidence, fuzz_article, run
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.extract import tweets as tweets_mod
from kg.findings import Tweet
from kg.reader import parse

INTRO = "One supporter posted after the final whistle:\n\n"


def tweets(body: str, **kw) -> list[Tweet]:
    found = run("tweets", body, **kw)
    assert all(isinstance(t, Tweet) for t in found)
    return found


@pytest.mark.parametrize(
    ("line", "handle", "name", "date", "url", "text"),
    [
        ("What a night for Morocco 🇲🇦 pic.twitter.com/AbC123xyz — Atlas Fan 🦁🇲🇦 (@atlasfan_99) December 10, 2022",
         "atlasfan_99", "Atlas Fan 🦁🇲🇦", "2022-12-10", "https://pic.twitter.com/AbC123xyz",
         "What a night for Morocco 🇲🇦"),
        ("Incroyable ! pic.twitter.com/Zz9 — Jean Dupont (@jdupont) 2 juillet 2018",
         "jdupont", "Jean Dupont", "2018-07-02", "https://pic.twitter.com/Zz9", "Incroyable !"),
        ("Qué partido pic.twitter.com/Q1w2 — Club Hincha (@hincha) 10 de julio de 2021",
         "hincha", "Club Hincha", "2021-07-10", "https://pic.twitter.com/Q1w2", "Qué partido"),
        ("Unglaublich — Max Müller (@maxm) 11. Juli 2024",
         "maxm", "Max Müller", "2024-07-11", None, "Unglaublich"),
        ("Proud of the boys — Cymru Fan (@cymrufan) 19 June 2018",
         "cymrufan", "Cymru Fan", "2018-06-19", None, "Proud of the boys"),
        ("Dima Maghrib https://pic.twitter.com/Xy7 — Sara (@sara_b) July 2, 2018",
         "sara_b", "Sara", "2018-07-02", "https://pic.twitter.com/Xy7", "Dima Maghrib"),
        # the signature on a line of its own, as an embed's text pastes
        ("Great scenes pic.twitter.com/AbCd12\n— Some Fan (@somefan) July 2, 2018",
         "somefan", "Some Fan", "2018-07-02", "https://pic.twitter.com/AbCd12", "Great scenes"),
        ("Great scenes pic.twitter.com/AbCd12\n\n— Some Fan (@somefan) July 2, 2018",
         "somefan", "Some Fan", "2018-07-02", "https://pic.twitter.com/AbCd12", "Great scenes"),
        ("Vamos pic.x.com/Q9 — Hincha Albiceleste (@albi) December 18, 2022",
         "albi", "Hincha Albiceleste", "2022-12-18", "https://pic.x.com/Q9", "Vamos"),
        ("Class act from the fans pic.twitter.com/k9 - Football Stands (@FootyStands) July 3, 2018",
         "FootyStands", "Football Stands", "2018-07-03", "https://pic.twitter.com/k9", "Class act from the fans"),
        ("So proud pic.twitter.com/Ab — 🇸🇳🇸🇳 (@teranga) November 29, 2022",
         "teranga", "🇸🇳🇸🇳", "2022-11-29", "https://pic.twitter.com/Ab", "So proud"),
        ("Grande Croazia pic.twitter.com/Hr1 — Marco 🇭🇷⚽️ (@marco_r) 9 December 2022",
         "marco_r", "Marco 🇭🇷⚽️", "2022-12-09", "https://pic.twitter.com/Hr1", "Grande Croazia"),
    ],
)
def test_embed(line, handle, name, date, url, text):
    (t,) = tweets(INTRO + line)
    assert t.handle == handle
    assert t.display_name == name
    assert t.date == dt.date.fromisoformat(date)
    assert t.url == url
    assert t.text == text
    assert t.evidence[0].text == line  # the whole embed, from the tweet's text to its date


SIG = "— Some Fan (@somefan) July 2, 2018"


@pytest.mark.parametrize(
    ("line", "name", "url", "text"),
    [
        # the signature's dash: a horizontal bar, an em dash written tight to the link or to the name
        ("Great scenes pic.twitter.com/Ab1 ― Some Fan (@somefan) July 2, 2018", "Some Fan", "https://pic.twitter.com/Ab1",
         "Great scenes"),
        ("Great scenes pic.twitter.com/Ab1— Some Fan (@somefan) July 2, 2018", "Some Fan", "https://pic.twitter.com/Ab1",
         "Great scenes"),
        ("Great scenes pic.twitter.com/Ab1 —Some Fan (@somefan) July 2, 2018", "Some Fan", "https://pic.twitter.com/Ab1",
         "Great scenes"),
        # no dash: the media link ends the tweet, on the signature's line or the line before
        ("Great scenes pic.twitter.com/Ab1 Some Fan (@somefan) July 2, 2018", "Some Fan", "https://pic.twitter.com/Ab1",
         "Great scenes"),
        ("Great scenes pic.twitter.com/Ab1\nSome Fan (@somefan) July 2, 2018", "Some Fan",
         "https://pic.twitter.com/Ab1", "Great scenes"),
        ("Great scenes pic.twitter.com/Ab1\n\nSome Fan (@somefan) July 2, 2018", "Some Fan",
         "https://pic.twitter.com/Ab1", "Great scenes"),
        # a hyphen or an en dash inside the name: the signature's dash is the one after the link, or the em dash
        ("Great scenes pic.twitter.com/Ab1 — Footy News - Asia (@somefan) July 2, 2018", "Footy News - Asia",
         "https://pic.twitter.com/Ab1", "Great scenes"),
        ("Great scenes - what a night pic.twitter.com/Ab1 - Kenji - Tokyo (@somefan) July 2, 2018", "Kenji - Tokyo",
         "https://pic.twitter.com/Ab1", "Great scenes - what a night"),
        ("Great scenes — Footy News – Asia (@somefan) July 2, 2018", "Footy News – Asia", None, "Great scenes"),
        # full-width brackets (CJK text) and spaces inside the brackets
        ("すごい pic.twitter.com/Ab1 — 佐藤美咲 （@somefan） July 2, 2018", "佐藤美咲", "https://pic.twitter.com/Ab1", "すごい"),
        ("Great scenes pic.twitter.com/Ab1 — Some Fan ( @somefan ) July 2, 2018", "Some Fan",
         "https://pic.twitter.com/Ab1", "Great scenes"),
        # words after the media link are the tweet's (the link is not)
        ("Great scenes pic.twitter.com/Ab1 #WorldCup 👏 — Some Fan (@somefan) July 2, 2018", "Some Fan",
         "https://pic.twitter.com/Ab1", "Great scenes #WorldCup 👏"),
    ],
)
def test_signature_forms(line, name, url, text):
    (t,) = tweets(INTRO + line)
    assert (t.handle, t.display_name, t.date, t.url, t.text) == ("somefan", name, dt.date(2018, 7, 2), url, text)


def test_two_embeds_on_one_line():
    body = INTRO + "First! pic.twitter.com/A1 — One (@one) July 2, 2018 Second. pic.twitter.com/B2 — Two (@two) July 3, 2018"
    found = tweets(body)
    assert [(t.handle, t.text, t.date_text, t.url) for t in found] == [
        ("one", "First!", "July 2, 2018", "https://pic.twitter.com/A1"),
        ("two", "Second.", "July 3, 2018", "https://pic.twitter.com/B2"),
    ]


def test_embed_on_the_header_line():
    a = parse(" date 2018-07-04 Great scenes pic.twitter.com/Ab1 " + SIG + "\n\nThe fans stayed on.", "x.txt")
    (t,) = tweets_mod.extract(a)
    assert (t.handle, t.text) == ("somefan", "Great scenes")


@pytest.mark.parametrize(
    "line",
    [
        "So proud pic.twitter.com/W1 Morocco Coach Walid Benali (@wbenali) December 10, 2022",
        "So proud pic.twitter.com/W1\nMorocco Coach Walid Benali (@wbenali) December 10, 2022",
        "So proud pic.twitter.com/W1 ― Morocco Coach Walid Benali (@wbenali) December 10, 2022",
    ],
)
def test_signature_without_a_spaced_dash_is_no_team_or_person(line):
    assert run("teams", INTRO + line) == []
    assert run("people", INTRO + line) == []
    assert [t.handle for t in tweets(INTRO + line)] == ["wbenali"]


def test_tweet_text_spans_short_paragraphs():
    body = INTRO + "Amazing scenes in Doha.\n\nThe fans cleaned up.\n\nRespect pic.twitter.com/R1 — Ali (@ali) July 2, 2018"
    (t,) = tweets(body)
    assert t.text == "Amazing scenes in Doha. The fans cleaned up. Respect"
    assert t.evidence[0].text.startswith("Amazing scenes in Doha.")


@pytest.mark.parametrize("intro", ["One fan wrote on Twitter.", "Fans were quick to react.", "The FIFA account posted a clip."])
def test_introduction_paragraph_is_not_tweet_text(intro):
    body = INTRO + intro + "\n\nRespect pic.twitter.com/R1 — Ali (@ali) July 2, 2018"
    (t,) = tweets(body)
    assert t.text == "Respect"


def test_quoted_speech_paragraph_is_not_tweet_text():
    body = ('Morocco coach Walid Benali was delighted. "We made history," he said.\n\n'
            "Historic pic.twitter.com/H1 — Atlas Fan (@atlasfan) December 10, 2022")
    (t,) = tweets(body)
    assert t.text == "Historic"


@pytest.mark.parametrize(
    ("para", "line", "text"),
    [
        # a quote attributed further after its closing mark
        ('"We bowed because these people carried us," Morocco coach Hakim Benali told reporters.',
         "Gracias pic.twitter.com/H1", "Gracias"),
        # English prose before a tweet in another script or language
        ("In the away end, many supporters were in tears.", "شكراً يا أسود الأطلس pic.twitter.com/H1",
         "شكراً يا أسود الأطلس"),
        ("In the German end, many supporters were in tears.", "Das tut weh. pic.twitter.com/H1", "Das tut weh."),
        # a paragraph longer than a tweet's first lines are
        ("Thousands of Egypt supporters stayed behind long after the final whistle to sing with the players, who "
         "walked over to thank them.", "Respect pic.twitter.com/H1", "Respect"),
    ],
)
def test_article_paragraph_before_an_embed_is_not_tweet_text(para, line, text):
    body = INTRO + para + "\n\n" + line + " — Atlas Fan (@atlasfan) December 10, 2022"
    (t,) = tweets(body)
    assert t.text == text


def test_short_english_paragraphs_before_a_short_tweet_line_are_its_text():
    body = INTRO + "Amazing from Japan.\n\nClassy! pic.twitter.com/R1 — Ali (@ali) July 2, 2018"
    (t,) = tweets(body)
    assert t.text == "Amazing from Japan. Classy!"


def test_several_embeds_in_order():
    body = (INTRO + "First! pic.twitter.com/A1 — One (@one) July 2, 2018\n\n"
            "Second. — Two (@two) July 3, 2018\n\n"
            "Some prose between the embeds that is long enough to be the article's own voice, not a tweet, and "
            "which goes on for a long while about the match, the weather, the fans, the food and the stadium in the "
            "city where it was all played.\n\n"
            "Third pic.twitter.com/C3 — Three (@three) 4 July 2018")
    found = tweets(body)
    assert [(t.handle, t.text, t.url) for t in found] == [
        ("one", "First!", "https://pic.twitter.com/A1"),
        ("two", "Second.", None),
        ("three", "Third", "https://pic.twitter.com/C3"),
    ]
    assert [t.date for t in found] == [dt.date(2018, 7, 2), dt.date(2018, 7, 3), dt.date(2018, 7, 4)]


def test_tweets_are_read_in_any_article():
    (t,) = tweets(INTRO + "Great knock — Cricket Fan (@crickfan) July 2, 2018", football=False)
    assert t.handle == "crickfan"


@pytest.mark.parametrize(
    "body",
    [
        "He wrote on Twitter (@someone) that he was happy.",
        "Follow us on Twitter at @kgnews for updates.",
        "Senegal fans (@senfans) 2 hours ago — a long line of text with no date.",
        "The account — Atlas Fan (@atlasfan) celebrated with everyone in the stadium tonight.",
        "Message from the captain (@captain) 2018",  # no dash before the name
        "SEE ALSO: Fans react — Atlas Fan (@atlasfan) July 2, 2018",
        # a date part that goes on as a sentence, or begins with a dash or a slash (a credit's agency)
        "The decision — said coach Ana Ruiz (@ana) on July 14, 2018 — was brave.",
        "It was brave — coach Ana Ruiz (@ana) told us on 14 July 2018 that it was the right call.",
        "Follow our reporter — Ana Ruiz (@anaruiz) — for updates on July 14, 2018 and beyond.",
        "Japan fans clean up in Rostov — Photo: Ana Ruiz (@anaruiz_photo) / Reuters, 14 July 2018",
    ],
)
def test_not_embeds(body):
    assert tweets(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # guard cases for the signatures without a dash: only right after a media link, and a short name
        "Words and pictures.\nBy Ana Ruiz (@anaruiz) July 14, 2018",
        "Thanks for reading.\n\nAna Ruiz (@anaruiz) July 14, 2018",
        "See pic.twitter.com/AbC1 for what coach Ana Ruiz (@ana) saw on 14 July 2018.",
        "A picture pic.twitter.com/AbC1 shows the scene. Coach Ana Ruiz (@ana) July 14, 2018",
        "Japan's captain—Makoto Hasebe (@hasebe17)—was in tears on 14 July 2018.",
        "By Ana Ruiz (@anaruiz) July 14, 2018",
    ],
)
def test_not_embeds_guard(body):
    assert tweets(body) == []


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("July 2, 2018", "2018-07-02"),
        ("Jul 2, 2018", "2018-07-02"),
        ("19 June 2018", "2018-06-19"),
        ("2 juillet 2018", "2018-07-02"),
        ("10 de julio de 2021", "2021-07-10"),
        ("11. Juli 2024", "2024-07-11"),
        ("2018年7月2日", "2018-07-02"),
        ("2018년 7월 2일", "2018-07-02"),
        ("2 июля 2018 г.", "2018-07-02"),
        ("٢ يوليو ٢٠١٨", "2018-07-02"),
        ("2 ก.ค. 2561", "2018-07-02"),  # the Thai year counts from 543 BC
        ("2 Temmuz 2018", "2018-07-02"),
        ("2. července 2018", "2018-07-02"),
        ("2018-07-02", "2018-07-02"),
        ("July 2", "2022-07-02"),  # no year: the one nearest the article date (2022-12-05)
        ("32 July 2018", None),
        ("26 Febuari 2018", "2018-02-26"),  # a month dateparser does not know (Bislama): by its first letters
        ("Febuari 3, 2018", "2018-02-03"),
        ("2 Yulyu 2018", "2018-07-02"),  # transliterated Arabic months (vocab.json's month_names)
        ("2 Tammuz 2018", "2018-07-02"),
        ("9 Tishrin al-Thani 2018", "2018-11-09"),
        ("Kanun al-Awwal 4, 2018", "2018-12-04"),
    ],
)
def test_tweet_dates(date_text, expected):
    (t,) = tweets(INTRO + f"Wow pic.twitter.com/W1 — Fan (@fan) {date_text}")
    assert t.date_text == date_text
    assert t.date == (dt.date.fromisoformat(expected) if expected else None)


def test_tweet_author_is_not_a_team_or_person():
    body = INTRO + "Dima Maghrib pic.twitter.com/W1 — Morocco Coach Walid Benali (@wbenali) December 10, 2022"
    assert run("teams", body) == []
    assert run("people", body) == []
    assert tweets(body)[0].display_name == "Morocco Coach Walid Benali"


@settings(max_examples=50, deadline=None)
@given(TEXTS, st.booleans())
def test_never_raises_and_offsets_hold(text, with_football):
    a = fuzz_article(text, with_football)
    assume(a is not None)
    found = list(tweets_mod.extract(a))
    check_evidence(a, found)
    for t in found:
        assert t.handle and "@" not in t.handle
        assert t.url is None or t.url.startswith("https://")
        assert tweets_mod.HANDLE.search(t.evidence[0].text)  # "(@handle)", also in full-width brackets
