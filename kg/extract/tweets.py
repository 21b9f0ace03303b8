"""Tweets embedded in articles, and their authors' accounts.

An embed reads ``text pic.twitter.com/ID — Display Name (@handle) July 2, 2018``: the pattern is
anchored on ``(@handle)`` and reads the signature around it on the same line (the stack notes:
anchoring is 300x faster than a lazy match from the start). The tweet's text can span the embed's
paragraph and a few short paragraphs before it (a tweet has at most 280 characters).
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

HANDLE = regex.compile(r"\(@(\w{1,30})\)")
DASH = regex.compile(r"(?m)(?:^|\s)(?:—|–|&mdash;|--|-)\s")
MEDIA = regex.compile(r"(?:https?://)?(pic\.twitter\.com/\w+|pic\.x\.com/\w+)")
TCO = regex.compile(r"https?://t\.co/\w+")
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
    for m in HANDLE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        dashes = list(DASH.finditer(text, line_start, m.start()))
        if not dashes:
            continue
        dash = dashes[-1]
        sig_begin = dash.start() + (1 if text[dash.start()].isspace() else 0)
        name = text[dash.end() : m.start()].strip()
        date_text = text[m.end() : line_end].strip()
        if len(date_text) > 60 or (date_text and not rx(r"\d").search(date_text)):
            continue
        floor = max(previous_end, article.body_start)
        if not text[line_start:sig_begin].strip():  # the signature on a line of its own: the text is the line before
            prev_end = _rstrip(text, floor, line_start)
            prev_start = max(floor, text.rfind("\n", floor, prev_end) + 1)
            if prev_end <= floor or text.count("\n", prev_end, line_start) > 2 or HANDLE.search(text, prev_start, prev_end) \
                    or prev_end - prev_start > MAX_TWEET + 40:
                continue
            line_start = prev_start
            sig_begin = prev_end
        head = text[line_start:sig_begin]
        media = list(MEDIA.finditer(head))
        url = None
        text_end = sig_begin
        if media:
            url = "https://" + media[-1].group(1)
            text_end = line_start + media[-1].start()
        else:
            links = list(TCO.finditer(head))
            if links and not head[links[-1].end() :].strip():
                url = links[-1].group(0)
                text_end = line_start + links[-1].start()
        begin = _extend_back(text, line_start, text_end, floor)
        previous_end = line_end
        yield Embed(begin, line_end, text_end, sig_begin, m.group(1), name, date_text, url)


def _extend_back(text: str, start: int, text_end: int, floor: int) -> int:
    """Take in short paragraphs just before the embed line while the whole stays tweet-sized."""
    length = text_end - start
    begin = start
    while True:
        prev_end = _rstrip(text, floor, begin)
        if prev_end <= floor:
            return begin
        prev_start = text.rfind("\n\n", floor, prev_end)
        prev_start = floor if prev_start < 0 else prev_start + 2
        para = text[prev_start:prev_end].strip()
        if (not para or para.endswith(":") or HANDLE.search(para) or len(para) > MAX_PARAGRAPH or ATTRIBUTED.search(para)
                or _intro_cues().search(para) or _other_language(text[start:text_end], para)):
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
