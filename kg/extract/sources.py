"""Sources other than the article itself: photo and agency credits, and quoted speakers.

Credits are kept as written ("Reuters/Marko Djurica", "AP Photo/Petr David Josek", "AFP") from the
``Source:``, ``Photo Credit:``, ``(AP Photo/...)``, ``REUTERS/...`` and ``(Photo by .../Agency)`` forms.
Quotes: ``"...," said X``, ``"..." X told reporters``, ``X said: "..."``, ``"...", he said`` (the
last person named), and a quote paragraph right after a quote by X, which is X's too.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..findings import Credit, Evidence, Quote
from ..lexicon import vocab
from ..nlp import span
from ..reader import Article
from .common import inside, tweet_spans

NAME = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:van|von|de|da|di|del|dos|der|den|du|le|la|bin|al|el)[ \t]+)*\p{Lu}[\p{L}\p{M}'’.-]*){1,3}"
LABEL = regex.compile(
    r"(?im)(?:^|(?<=[.!?)\]]\s{0,3})|(?<=\s))(?:photo\s*credit|image\s*credit|picture\s*credit|source|credit|credits|photo|"
    r"photograph|picture|image|pic|photos|images)\s*:\s*(?P<credit>[^\n]{2,80}?)\s*(?=$|\n|\)|\s{2,})"
)
PAREN = regex.compile(r"\((?P<credit>[^()\n]{2,80}?(?:/|\bvia\b)[^()\n]{2,80}?|(?P<solo>[A-Z][\w.&' -]{1,30}))\)")
PHOTO_BY = regex.compile(r"(?i)^photo(?:graph)?\s+by\s+")


@dataclass(frozen=True)
class CreditFound:
    begin: int
    end: int
    credit: str
    agency: str | None
    photographer: str | None
    photographer_span: tuple[int, int]


@functools.cache
def _agencies() -> list[str]:
    return sorted(vocab()["agencies"], key=len, reverse=True)


@functools.cache
def _agency_slash() -> regex.Pattern[str]:
    alt = "|".join(regex.escape(a) for a in _agencies())
    return regex.compile(rf"(?<![\w/])(?P<credit>(?:{alt})(?:[ \t]+Photo)?/[ \t]*(?P<name>{NAME}))")


def _agency_of(text: str) -> str | None:
    for a in _agencies():
        if regex.search(rf"(?i)(?<![\w]){regex.escape(a)}(?![\w])", text):
            return a
    return None


def credits(article: Article) -> list[CreditFound]:
    """Photo and agency credits, in order (cached)."""
    if "credits" in article.cache:
        return article.cache["credits"]
    text = article.content
    found: dict[tuple[int, int], CreditFound] = {}

    def add(b: int, e: int) -> None:
        raw = text[b:e]
        lead = PHOTO_BY.match(raw)
        if lead:
            b += lead.end()
            raw = text[b:e]
        raw = raw.strip().rstrip(".,;")
        if not raw or any(b < fe and fb < b + len(raw) for fb, fe in found):
            return
        agency = _agency_of(raw)
        person, pspan = None, (0, 0)
        for part in regex.finditer(r"[^/]+", raw):
            piece = part.group(0).strip()
            if regex.fullmatch(NAME, piece) and not _agency_of(piece) and len(piece.split()) <= 4:
                person = piece
                start = b + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
                pspan = (start, start + len(piece))
                break
        if agency is None and person is None:
            return
        found[(b, b + len(raw))] = CreditFound(b, b + len(raw), raw, agency, person, pspan)

    for m in LABEL.finditer(text):
        add(m.start("credit"), m.end("credit"))
    for m in PAREN.finditer(text):
        inner = m.group("credit")
        if m.group("solo") and not (_agency_of(inner) and _agency_of(inner) == inner.strip()):
            continue
        if "/" in inner or "via" in inner or PHOTO_BY.match(inner):
            if not (_agency_of(inner) or regex.search(r"(?i)\bphoto\b", inner)):
                continue
        add(m.start("credit"), m.end("credit"))
    for m in _agency_slash().finditer(text):
        add(m.start("credit"), m.end("credit"))
    out = sorted(found.values(), key=lambda c: c.begin)
    article.cache["credits"] = out
    return out


# ---------------------------------------------------------------- quotes

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
QUOTE_RUN = regex.compile(r"""(?:“[^”\n]*(?:”|(?=\n))|«[^»\n]*(?:»|(?=\n))|„[^“”\n]*[“”]|"[^"\n]*(?:"|(?=\n))|(?<![\w])‘(?:[^’\n]|’(?=\w))*’(?!\w))""")
PRONOUN = regex.compile(r"(?i)^(?:he|she)$")


@dataclass(frozen=True)
class QuoteFound:
    begin: int
    end: int  # quote marks included
    text: str
    speaker: str | None
    attribution_end: int
    continued: bool  # the paragraph ended before the closing mark


def _speech_tail() -> regex.Pattern[str]:
    words = sorted(vocab()["speech_tail"], key=len, reverse=True)
    return regex.compile(r"(?i)(?:" + "|".join(regex.escape(w) for w in words) + r")\b")


@functools.cache
def _tail_after() -> regex.Pattern[str]:
    tail = _speech_tail().pattern
    return regex.compile(
        rf"\A[ \t]*[,.!?]?[ \t]*(?:(?P<verb1>{tail})[ \t]+(?:the[ \t]+)?(?P<name1>{NAME}|he|she|\p{{Lu}}[\p{{Ll}}]+)"
        rf"|(?P<pre>[^.!?\n“”\"]{{0,80}}?)(?P<name2>{NAME}|[Hh]e|[Ss]he|\p{{Lu}}[\p{{Ll}}]+)[ \t]+(?:(?:has|had|then|later|also|was|were)[ \t]+){{0,3}}(?P<verb2>{tail}))"
    )


def quotes(article: Article) -> list[QuoteFound]:
    """Attributed quotations, in order (cached)."""
    if "quotes" in article.cache:
        return article.cache["quotes"]
    from .people import persons, resolve

    text = article.content
    tweets = tweet_spans(article)
    people = persons(article)
    raw: list[tuple[int, int, str, bool]] = []
    for m in QUOTE_RUN.finditer(text):
        if inside(m.start(), tweets):
            continue
        body = m.group(0)
        closed = body[-1] in "”»“\"’" and len(body) > 1
        inner = body[1:-1] if closed else body[1:]
        raw.append((m.start(), m.end(), inner.strip(), not closed))
    out: list[QuoteFound] = []
    for i, (b, e, inner, continued) in enumerate(raw):
        speaker, attr_end = _attribution(article, b, e, people, resolve)
        words = len(inner.split())
        if speaker is None:
            para_start = text.rfind("\n", 0, b) + 1
            starts_paragraph = not text[para_start:b].strip()
            if words >= 4 and starts_paragraph:
                if out and out[-1].speaker and _near(text, out[-1].attribution_end, b):
                    speaker = out[-1].speaker
                elif continued:
                    for j in range(i + 1, len(raw)):  # continued quote: attribution comes later
                        s2, _ = _attribution(article, raw[j][0], raw[j][1], people, resolve)
                        if s2:
                            speaker = s2
                            break
                        if not raw[j][3]:
                            break
        if speaker is None or words < 3:
            continue
        out.append(QuoteFound(b, e, inner, speaker, max(attr_end, e), continued))
    article.cache["quotes"] = out
    return out


def _near(text: str, prev_end: int, begin: int) -> bool:
    """The next quote follows the previous one within a paragraph or two."""
    return text[prev_end:begin].count("\n\n") <= 2 and len(text[prev_end:begin].strip()) < 40


def _attribution(article, b, e, people, resolve):  # type: ignore[no-untyped-def]
    text = article.content
    after = text[e : e + 160]
    m = _tail_after().match(after)
    if m:
        name = m.group("name1") or m.group("name2")
        pre = m.group("pre") or ""
        if not regex.search(r"[“”\"]", pre):
            who = _who(article, name, b, people, resolve)
            if who:
                return who, e + m.end()
    # "X said: "..." / "X praised the team: "...""
    line_start = max(text.rfind("\n", 0, b), text.rfind(". ", 0, b)) + 1
    before = text[line_start:b]
    colon = regex.search(r"[:,]\s*\Z", before)
    if colon:
        lead = before[: colon.start()]
        names = list(regex.finditer(NAME + r"|\b[Hh]e\b|\b[Ss]he\b", lead))
        if names and (_speech_tail().search(lead) or colon.group(0).startswith(":")):
            for n in reversed(names):
                who = _who(article, n.group(0), b, people, resolve)
                if who:
                    return who, e
    return None, e


def _who(article, name, pos, people, resolve):  # type: ignore[no-untyped-def]
    if PRONOUN.match(name):
        best, best_pos = None, -1
        for p in people.values():
            for sb, _se in p.spans:
                if best_pos < sb < pos:
                    best, best_pos = p.name, sb
        return best
    p = resolve(people, name)
    if p:
        return p.name
    if len(name.split()) >= 2:
        return name
    return None


def extract(article: Article) -> Iterator[Credit | Quote]:
    for c in credits(article):
        yield Credit(evidence=(span(article, c.begin, c.end),), credit=c.credit, agency=c.agency,
                     photographer=c.photographer)
    for q in quotes(article):
        ev = span(article, q.begin, q.attribution_end)
        yield Quote(evidence=(Evidence(ev.begin, ev.end, ev.text),), speaker=q.speaker, text=q.text)
