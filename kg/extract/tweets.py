"""Tweets embedded in articles, and their authors' accounts.

An embed reads ``text pic.twitter.com/ID — Display Name (@handle) July 2, 2018``: the pattern is
anchored on ``(@handle)`` and reads the signature around it on the same line (the stack notes:
anchoring is 300x faster than a lazy match from the start). The tweet's text can span the embed's
paragraph and a few short paragraphs before it (a tweet has at most 280 characters).

Pasted embeds vary: the dash may be an en dash, a hyphen, ``&mdash;``, a horizontal bar, written tight,
or lost (then the media link ends the tweet); the signature may sit on a line of its own; the name may
hold a hyphen or an en dash ("Footy News - Asia"); two embeds may run together on one line.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..findings import Evidence, Tweet
from ..lexicon import rx, vocab, words_pattern
from ..reader import Article
from .dates import parse_date

HANDLE = regex.compile(r"[(（][ \t]?@(\w{1,30})[ \t]?[)）]")  # "(@handle)"; CJK text pastes full-width brackets
# the signature's dash: spaced ("— Name"), or an em dash or horizontal bar written tight ("pic.twitter.com/x—Name")
DASH = regex.compile(r"(?m)(?:^|\s)(?:—|–|―|&mdash;|--|-)\s|[—―]")
STRONG_DASH = frozenset("—―&")  # an embed's own dash (em dash, "&mdash;"): a hyphen or en dash may be inside a name
MEDIA = regex.compile(r"(?:https?://)?(pic\.twitter\.com/\w+|pic\.x\.com/\w+)")
TCO = regex.compile(r"https?://t\.co/\w+")
LINK = regex.compile(r"(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+")
ENDS_WITH_LINK = regex.compile(r"(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+\s*\Z")
# a date part that goes on as a sentence ("(@ana) told us on 14 July 2018 that ...", "(@ana) on July 2 — was
# brave", "(@ana) — for updates on ..."), or a credit's agency ("(@ana) / Reuters, 14 July 2018"): an embed's date
# starts with a digit, a capital, another script's letter or a separator ("· Jul 2, 2018"), not a sentence's words
PROSE_DATE = regex.compile(r"\A(?:/|[a-z]+(?:\s+\S+){3})|(?:\A|\s)(?:—|–|--)\s*\p{Ll}")
# two embeds run together on one line: the first date part ends at its year ("2018", "2018年7月2日")
YEAR_END = regex.compile(r".{0,40}?\d{4}\S*")
MAX_NAME = 80  # a signature without a dash: the name between the media link and "(@handle)" is short
MAX_TWEET = 280
MAX_PARAGRAPH = 120  # a longer paragraph before an embed is the article's prose, not a tweet's first lines
ATTRIBUTED = regex.compile(r"(?i)[\"“”«»].{0,60}\b(?:said|says|told|added|wrote|explained)\b|\b(?:said|says|told|added|wrote|explained)\b[^\"“”«»]{0,60}[:,]\s*[\"“«]")


@dataclass(frozen=True)
class Embed:
    begin: int  # start of the tweet's text
    end: int  # end of the date
    text_end: int  # end of the tweet's text (before the media link / dash)
    signature_begin: int  # the dash
    handle: str
    display_name: str
    date_text: str
    url: str | None
    media: tuple[int, int] | None = None  # the media link's span (left out of the tweet's text)


def embeds(article: Article) -> list[Embed]:
    """Every tweet embed in the article (cached on the article)."""
    if "embeds" not in article.cache:
        article.cache["embeds"] = list(_find(article))
    return article.cache["embeds"]


def _find(article: Article) -> Iterator[Embed]:
    text = article.content
    first_line_end = text.find("\n", article.body_start)
    # the lede on the header line is the article's own voice: a tweet's text never reaches into it
    previous_end = len(text) if first_line_end < 0 else first_line_end
    embed_end = 0  # the last embed's end: a second embed on its line starts after it
    for m in HANDLE.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()) + 1, article.body_start, embed_end)
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        sig_begin, name_begin = _signature_start(text, line_start, m.start())
        if sig_begin < 0:
            continue
        name = text[name_begin : m.start()].strip()
        date_end = _date_end(text, m.end(), line_end)
        date_text = text[m.end() : date_end].strip()
        if len(date_text) > 60 or (date_text and (not rx(r"\d").search(date_text) or PROSE_DATE.search(date_text))):
            continue
        floor = max(previous_end, article.body_start)
        if not text[line_start:sig_begin].strip():  # the signature on a line of its own: the text is the line before
            prev_end = _rstrip(text, floor, line_start)
            prev_start = max(floor, text.rfind("\n", floor, prev_end) + 1)
            if prev_end <= floor or text.count("\n", prev_end, line_start) > 2 or HANDLE.search(text, prev_start, prev_end) \
                    or prev_end - prev_start > MAX_TWEET + 40:
                continue
            if sig_begin == name_begin and not ENDS_WITH_LINK.search(text, prev_start, prev_end):
                continue  # a line "Name (@handle) date" with no dash signs a tweet only right after its media link
            line_start = prev_start
            sig_begin = prev_end
        head = text[line_start:sig_begin]
        media = list(MEDIA.finditer(head))
        url = None
        text_end = _rstrip(text, line_start, sig_begin)
        link = None
        if media:
            link = media[-1]
            url = "https://" + link.group(1)
        else:
            links = list(TCO.finditer(head))
            if links and not head[links[-1].end() :].strip():
                link = links[-1]
                url = link.group(0)
        begin = _extend_back(text, line_start, text_end, floor)
        previous_end = embed_end = date_end
        media_span = (line_start + link.start(), line_start + link.end()) if link else None
        yield Embed(begin, date_end, text_end, sig_begin, m.group(1), name, date_text, url, media_span)


def _signature_start(text: str, line_start: int, handle: int) -> tuple[int, int]:
    """Where the signature before "(@handle)" begins (its dash) and where the name begins, or (-1, -1).
    After a media link, the first dash (the tweet's own text may hold dashes, the name a hyphen), or
    the link itself when the dash was lost ("pic.twitter.com/x Name (@handle)"); otherwise the last of
    the strongest dashes (an em dash, not the hyphen in "Footy News - Asia"); with no dash and no link,
    the line's start (a signature on its own line, checked against the line before)."""
    links = list(LINK.finditer(text, line_start, handle))
    dashes = list(DASH.finditer(text, links[-1].end() if links else line_start, handle))
    if links and not dashes:
        between = text[links[-1].end() : handle]
        if not between.strip() or len(between) > MAX_NAME or rx(r"[.!?:;]\s").search(between):
            return -1, -1
        return links[-1].end(), links[-1].end()
    if not dashes:
        if text[line_start:handle].strip() and len(text[line_start:handle]) <= MAX_NAME \
                and text.rfind("\n", 0, line_start) == line_start - 1 and line_start > 0:
            return line_start, line_start
        return -1, -1
    if links:
        dash = dashes[0]
    else:
        strong = [d for d in dashes if d.group(0).strip()[0] in STRONG_DASH]
        dash = (strong or dashes)[-1]
    return dash.start() + (1 if text[dash.start()].isspace() else 0), dash.end()


def _date_end(text: str, start: int, line_end: int) -> int:
    """The end of the date part: the line's end, or the year when another embed follows on the line."""
    if not HANDLE.search(text, start, line_end):
        return line_end
    m = YEAR_END.match(text, start + len(text[start:line_end]) - len(text[start:line_end].lstrip()), line_end)
    return m.end() if m else line_end


def _extend_back(text: str, start: int, text_end: int, floor: int) -> int:
    """Take in short paragraphs just before the embed line while the whole stays tweet-sized."""
    line = LINK.sub(" ", text[start:text_end])  # a link is neither words nor length
    length = len(line.strip())
    begin = start
    while True:
        prev_end = _rstrip(text, floor, begin)
        if prev_end <= floor:
            return begin
        prev_start = text.rfind("\n\n", floor, prev_end)
        prev_start = floor if prev_start < 0 else prev_start + 2
        para = text[prev_start:prev_end].strip()
        if (not para or para.endswith(":") or HANDLE.search(para) or len(para) > MAX_PARAGRAPH or ATTRIBUTED.search(para)
                or _intro_cues().search(para) or _other_language(line, para)):
            return begin  # an introduction, another embed, a long or a quoted-speech paragraph, or English
                          # prose before a tweet in another language or script: article prose
        if length + len(para) > MAX_TWEET:
            return begin
        length += len(para)
        begin = prev_start + (len(text[prev_start:prev_end]) - len(text[prev_start:prev_end].lstrip()))


def _other_language(tweet: str, para: str) -> bool:
    """The tweet line is in another script than the paragraph, or the paragraph is English prose
    and the tweet line has another language's function words and no English one."""
    def latin_share(s: str) -> float:
        letters = [c for c in s if c.isalpha()]
        return sum(c < "ɏ" for c in letters) / len(letters) if letters else 1.0
    if abs(latin_share(tweet) - latin_share(para)) > 0.5:
        return True
    english, foreign = _function_words()
    tweet_words = {w.casefold() for w in rx(r"[\p{L}']+").findall(tweet)}
    para_english = sum(w.casefold() in english for w in rx(r"[\p{L}']+").findall(para))
    return para_english >= 3 and not tweet_words & english and bool(tweet_words & foreign)


@functools.cache
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    v = vocab()
    return frozenset(v["english_function_words"]), frozenset(v["foreign_function_words"])


@functools.cache
def _intro_cues() -> regex.Pattern[str]:
    return words_pattern(vocab()["tweet_intro_cues"])


def _rstrip(text: str, floor: int, end: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def extract(article: Article) -> Iterator[Tweet]:
    for e in embeds(article):
        raw = article.text[e.begin : e.text_end]
        if e.media:  # the link is the tweet's picture, not its words; hashtags after it are
            raw = article.text[e.begin : e.media[0]] + " " + article.text[e.media[1] : e.text_end]
        body = " ".join(raw.split())
        yield Tweet(
            evidence=(Evidence(e.begin, e.end, article.text[e.begin : e.end]),),
            handle=e.handle,
            display_name=e.display_name,
            date=parse_date(e.date_text, article.date),  # cached in dates
            url=e.url,
            text=body,
            date_text=e.date_text,
        )
