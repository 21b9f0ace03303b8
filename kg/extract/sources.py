"""Sources other than the article itself: photo and agency credits, and quoted speakers.

Credits are kept as written ("Reuters/Jane Doe", "AP Photo/John Roe", "AFP") from the
``Source:``, ``Photo Credit:``, ``(AP Photo/...)``, ``REUTERS/...`` and ``(Photo by .../Agency)`` forms.
Quotes: ``"...," said X``, ``"..." X told reporters``, ``X said: "..."``, ``"...", he said`` / ``the
Spaniard said`` (the last person named), ``X said his side had "..."``, ``X called it "..."`` /
``described it as "..."``, a second quoted phrase later in the same sentence, and a quote paragraph
right after a quote by X, which is X's too.
"""
from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from ..findings import Credit, Evidence, Quote
from ..lexicon import alternation, rx, search_end, teams, vocab, words_pattern
from ..nlp import span
from ..reader import Article
from .common import inside, tweet_spans

if TYPE_CHECKING:
    from .people import Candidate

NAME = (r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:van|von|de|da|di|del|dos|der|den|du|le|la|bin|al|el)[ \t]+)*"
        r"(?:(?:al|el|ad|ar|as|ash|at|az|ud|ul)-)?\p{Lu}[\p{L}\p{M}'’.-]*){1,3}")  # "Mortada al-Sudani"
PAREN = regex.compile(r"\((?P<credit>[^()\n]{2,80}?(?:/|\bvia\b)[^()\n]{2,80}?|(?P<solo>[A-Z][\w.&' -]{1,30}))\)")
DATELINE = regex.compile(  # "RABAT, Morocco (AP) —" at the start of a paragraph
    r"(?m)^[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,[^()\n]{1,30})?[ \t]*\((?P<agency>[^()\n]{1,30})\)[ \t]*[—–-]")
@functools.cache
def _photo_slash() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w/])(?:Photo|PHOTO|Foto|FOTO|Picture|Image)[ \t]*/[ \t]*(?P<credit>{alternation(_agencies())})(?![\w/])")


PAREN_PHOTO = regex.compile(  # "(AP Photo, File)", "(Xinhua photo)": an agency's picture, credited in brackets
    r"\((?P<credit>(?P<agency>\p{Lu}[\p{L}&.-]*(?:[ \t]+\p{Lu}[\p{L}&.-]*){0,2})[ \t]+(?:Photo|photo|PHOTO)(?:,[ \t]*(?:File|file))?)\)")
NOT_AGENCY = frozenset({"File", "Stock", "Handout", "Archive", "Archives", "Library", "Team", "Club", "Family", "Supplied"})
NAME_SLASH_ROLE = regex.compile(  # "... during training. Ann Grey-Lee/Photographer": a caption credit, the Caribbean way
    rf"(?:^|(?<=[.!?)][ \t]{{1,3}}))[ \t]*(?P<credit>{NAME}/(?:Staff[ \t]+|Contributing[ \t]+)?(?:Photographer|Photo[ \t]+Editor))[ \t]*$", regex.M)
CAPS_SLASH = regex.compile(r"\p{Lu}{3,}(?:[ \t]+\p{Lu}+)?[ \t]*/")
PHOTO_BY_INLINE = regex.compile(
    r"(?<![\w(])(?:[Pp]hoto(?:graph|graphy)?|[Pp]icture|[Ii]mage)s?[ \t]+(?:(?:provided|supplied|released|handed[ \t]+out)[ \t]+)?(?:by|courtesy[ \t]+of)[ \t]+(?:the[ \t]+)?(?P<credit>\p{Lu}[^\n()\[\]]{1,79}?)[ \t]*(?=$|\n|\.[ \t]|\.$|\])")
PHOTO_BY = regex.compile(r"(?i)^(?:(?:photo(?:graph|graphy)?|picture|image)s?\s+(?:by|courtesy\s+of)\s+(?:the\s+)?|©\s*)")


@functools.cache
def _labels() -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s*") for w in sorted(vocab()["credit_labels"], key=len, reverse=True))


@functools.cache
def _label() -> regex.Pattern[str]:
    """``Photo: X``, ``(Image: X)``, ``Foto: X``, ``© AFP``, ``📷 X``: a credit label (``vocab.json``),
    the copyright sign or a camera, and what follows it."""
    labels = _labels()
    # at a line's start or after a space, a sentence's end or a bracket (one lookbehind: twice as fast as
    # trying each kind of place in turn at every character)
    return regex.compile(
        # ... or a dash after the label opening a line: "Photo – K. Osmonov / Chui Valley Sport"
        rf"(?im)(?:^|(?<=[\s.!?()\[\]]))(?:(?:{labels})\s*[:=]|(?<![^\n])(?:{labels})[ \t]+[–—](?=[ \t])|©[ \t]*(?:\d{{4}}[ \t]+)?"
        rf"|[📷📸]\ufe0f?[ \t]*:?(?![ \t]*(?:{labels})\s*[:=]))\s*"
        rf"(?P<credit>[^\n\]]{{2,80}}?)(?:[ \t]*(?<=©[^\n]*)\d{{4}})?\s*(?=$|\n|\)|\]|\s{{2,}}|(?<=/[^\n]*)[ \t][—–][ \t]"  # "X/Agency — caption"
        rf"|\.[ \t]+(?:\p{{L}}+[ \t]+)?(?:{labels})[ \t]*:)")  # "Photo: X/AFP. Additional pictures: Y": two credits


@functools.cache
def _label_line() -> regex.Pattern[str]:
    """A whole line that opens with a credit label, however long its caption: "Photo: Fans in the
    rain. Ann Grey/Daily Star", "Picture: Ann Grey — fans in the rain" (the pattern above stops at 80
    characters)."""
    return regex.compile(rf"(?im)^[ \t]*(?:{_labels()})[ \t]*:[ \t]*(?P<body>\S[^\n]{{1,400}})$")


# "Picture: Ann Grey — fans clear the stand after the defeat": the photographer, then the caption
NAME_DASH = regex.compile(rf"(?P<credit>{NAME})[ \t]+[—–][ \t]+\p{{L}}[^\s]*(?:[ \t]+\S+){{2}}")
# a caption's credit after a dash, as Malaysian and Singaporean papers print it: "... in Bukit Jalil. — AFP pic",
# "— Bernama pic by Ahmad Zaki", "— Picture by Ahmad Zaki" (the word "pic" labels the agency's picture)
CAPTION_PIC = regex.compile(rf"(?m)(?<=[.!?)][ \t]{{1,3}})[—–-][ \t]*(?P<credit>(?P<agency>\p{{Lu}}[\w&.-]*(?:[ \t]+\p{{Lu}}[\w&.-]*){{0,2}}[ \t]+)?"
                            rf"(?i:pic|pix|picture|photo)s?(?P<by>[ \t]+by[ \t]+{NAME})?)[ \t.]*$")
LINE_END_PAREN = regex.compile(r"\)[ \t.]*(?:\n|\Z)")
CAPTION_PAREN = regex.compile(r"[.!?][ \t]+\((?P<credit>[^()\n]{2,60})\)?[ \t]*\Z")  # "... the match. (PSSI)"
CAPTION_TAIL = regex.compile(r"[.!?][ \t]+(?:[—–][ \t]*)?(?P<credit>\p{Lu}[^.!?()\n]{1,60}?)[ \t.]*\Z")  # "... the winner. FIFA via Getty Images", "... award. — X/AGIF"


@functools.cache
def _short_label() -> regex.Pattern[str]:
    """An abbreviated label with no colon starting a line, "Fot. X / 400mm.pl" (a pattern of its own:
    in the one above it would make every article's search three times slower)."""
    short = "|".join(regex.escape(w) for w in vocab()["credit_label_abbreviations"])
    # at a line's start or inside brackets: "(Ph. Agency)"
    # ... and a note in brackets after the credit: "Fot. X/Cyfrasport (all photos in this post)"
    return regex.compile(rf"(?m)(?:^[ \t]*|(?<=\())(?:{short})[ \t]+(?P<credit>[^\n()]{{2,80}}?)[ \t]*(?:$|\)|\([^()\n]{{1,60}}\)[ \t.]*$)")


@dataclass(frozen=True)
class CreditFound:
    begin: int
    end: int
    credit: str
    agency: str | None
    photographer: str | None
    photographer_span: tuple[int, int]


@functools.cache
def _kept_abbreviations() -> frozenset[str]:
    """Abbreviations a credit ends with, kept with their point: "(Photo: AFC Doc.)"."""
    return frozenset(vocab()["credit_abbreviations"])


@functools.cache
def _agencies() -> list[str]:
    return sorted(vocab()["agencies"], key=len, reverse=True)


@functools.cache
def _agency_slash(caps: bool = False) -> regex.Pattern[str]:
    """"Name/Agency" or "Agency/Name"; with ``caps``, agencies written in capitals ("ANTARA
    FOTO/Name"), a second pattern looked for only where capitals meet a slash (one pattern with
    both spellings costs twice as much on every article)."""
    names = _agencies() if not caps else sorted({a.upper() for a in _agencies()} - set(_agencies()))
    alt = alternation(names)
    return regex.compile(rf"(?<![\w/])(?P<credit>(?:{alt})(?:[ \t]+(?:Photo|PHOTO|Foto|FOTO))?/[ \t]*(?P<name>{NAME})"
                         r"(?:/[a-z]{2,4}\.?(?![\w/]))?"  # "ANTARA FOTO/Name/nym.": an editor's initials
                         rf"(?:[ \t]+via[ \t]+(?:{alt})(?![\w/]))?"  # "NTB/Name via REUTERS": a partner agency's picture
                         rf"|{NAME}[ \t]*/[ \t]*(?:{alt})(?:[ \t]+via[ \t]+(?:{alt}))?(?![\w/]))")


@functools.cache
def _agency_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    return [(a, words_pattern([a])) for a in _agencies()]


def _agency_of(text: str) -> str | None:
    for a, pat in _agency_patterns():
        if pat.search(text):
            return a
    return None


def _looks_like_person(piece: str) -> bool:
    """A photographer's name: 2-4 capitalised words with lower-case letters, none an organisation
    word ("BBC Sport", "The Guardian", "Getty Images" are not people)."""
    words = piece.split()
    if not (rx(NAME).fullmatch(piece) and 2 <= len(words) <= 4) or _agency_of(piece):
        return False
    banned = set(vocab()["org_words"]) | set(vocab()["not_names"])
    return all(rx(r"\p{Ll}").search(w) and w not in banned and not w.endswith(("'s", "’s")) for w in words)


def _caps_person(piece: str) -> bool:
    """A photographer's name in capitals beside an agency, as AFP credits: "SEYDOU CAMARA / AFP"."""
    words = piece.split()
    return (2 <= len(words) <= 4 and all(rx(r"\p{Lu}[\p{Lu}\p{M}'’-]+").fullmatch(w) for w in words)
            and _looks_like_person(" ".join(w.title() for w in words)))


def _name_slash_outlet(inner: str) -> bool:
    """"(Hoang Duc Anh/Tuoi Tre)": a photographer's name and one to four capitalised words (an
    outlet the agency list does not know), as photo captions credit a picture."""
    pieces = [p.strip() for p in inner.split("/")]
    return (len(pieces) == 2 and _looks_like_person(pieces[0]) and 1 <= len(pieces[1].split()) <= 4
            and all(rx(r"[\p{Lu}\d]").match(w) for w in pieces[1].split()))


@functools.cache
def _org_credit() -> regex.Pattern[str]:
    """Capitalised words and an organisation's media unit: "Image: AFC Asian Cup 2023 media team", or
    the two with a slash between them: "Photo: Arena Nord/Press service"."""
    tails = alternation(vocab()["credit_org_tails"], ignorecase=True)
    return regex.compile(rf"\A\p{{Lu}}[\w'’&-]*(?:[ \t]+[\p{{Lu}}\d][\w'’&-]*){{0,7}}(?:[ \t]+|[ \t]*/[ \t]*)(?i:{tails})\Z")


@functools.cache
def _unit_of_org() -> regex.Pattern[str]:
    """An organisation's media unit written first, as translated credits put it: "Photo: press
    service of the FFU", "Photo: Media Office of the Oman Football Association", "Фото: Пресс-служба КФФ"."""
    tails = alternation(vocab()["credit_org_tails"], ignorecase=True)
    return regex.compile(rf"(?i:{tails})[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[\p{{Lu}}\d][\w'’&.-]*(?:[ \t]+(?:[\p{{Lu}}\d][\w'’&.-]*|of|the|and)){{0,6}}")


@functools.cache
def _org_joiners() -> frozenset[str]:
    """Lower-case words inside an organisation's name: "via", "of", a name particle ("de", "del"), and
    a spaced slash between two of them ("Oceania Football Confederation / Phototek")."""
    return frozenset(["via", "of", "the", "and", "for", "/", *vocab()["name_particles"]])


def _credit_words(piece: str) -> bool:
    """A credit the agency list does not know: a name or up to five capitalised words ("Jordan
    Football Association", "OFC Media via Phototek")."""
    words = piece.split()
    return _looks_like_person(piece.strip()) or (
        0 < len(words) <= 5 and all(rx(r"[\p{Lu}\d&]").match(w) or w in {"via", "of", "de", "du"} for w in words))


def credits(article: Article) -> list[CreditFound]:
    """Photo and agency credits, in order (cached)."""
    if "credits" in article.cache:
        return article.cache["credits"]
    text = article.content
    found: dict[tuple[int, int], CreditFound] = {}

    def add(b: int, e: int, labelled: bool = False) -> None:
        raw = text[b:e]
        lead = PHOTO_BY.match(raw)
        if lead:
            b += lead.end()
            raw = text[b:e]
        raw = raw.strip()
        bar = raw.find(" | ")
        if labelled and bar > 0 and all(rx(r"/|©").search(p) or _agency_of(p) for p in (raw[:bar], raw[bar + 3 :])):
            # "Photo: X/AFLO | © Kyodo": two credits (but "X | Gateway Ledger" is a name and its outlet)
            start = b + (len(text[b:e]) - len(text[b:e].lstrip()))
            add(start, start + bar, labelled)
            add(start + bar + 3, e, labelled)
            return
        if not (rx(r"/[a-z]{2,4}\.\Z").search(raw) or raw.rpartition(" ")[2] in _kept_abbreviations()):
            raw = raw.rstrip(".,;")  # keep "/nym." (an editor's initials) and "Doc." (an abbreviation's point)
        if not raw or any(b < fe and fb < b + len(raw) for fb, fe in found):
            return
        agency = _agency_of(raw)
        person, pspan = None, (0, 0)
        # "X/Getty Images", "X — AFP", "X - UEFA", "X for The Times", "X, Honiara 2023 News Service"
        for part in rx(r"(?:(?![ \t]+-[ \t]|[ \t]+for[ \t])[^/—–|,])+").finditer(raw):
            piece = part.group(0).strip()
            if _looks_like_person(piece) or (agency is not None and _caps_person(piece)):
                person = piece
                start = b + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
                pspan = (start, start + len(piece))
                break
        if agency is None and person is None and not (  # "Photo: OFC Media via Phototek"; "Picture courtesy of
                labelled and len(raw.split()) <= 6 and rx(r"[\p{Lu}\d]").match(raw)  # Federación Ecuatoriana de Fútbol"
                and all(rx(r"[\p{Lu}\d&]").match(w) or w in _org_joiners() for w in raw.split())) \
                and not (labelled and (_org_credit().search(raw) or _unit_of_org().fullmatch(raw))):
            return
        found[(b, b + len(raw))] = CreditFound(b, b + len(raw), raw, agency, person, pspan)

    for m in _label_line().finditer(text):
        body_at = m.start("body")
        body = m.group("body").rstrip()
        if (dash := NAME_DASH.match(body)) and _looks_like_person(dash.group("credit")):
            add(body_at, body_at + dash.end("credit"), labelled=True)  # "Picture: Ann Grey — fans in the rain"
        elif (cap := CAPTION_TAIL.search(body)) and _name_slash_outlet(cap.group("credit").strip()):
            add(body_at + cap.start("credit"), body_at + cap.end("credit"), labelled=True)  # "Photo: Fans. Ann Grey/Daily Star"
    for m in _label().finditer(text):
        head = m.group("credit").partition("(")[0].strip().rstrip(".")
        if "(" in m.group("credit") and _name_slash_outlet(head) and LINE_END_PAREN.match(text, m.end("credit")):
            add(m.start("credit"), m.start("credit") + len(head), labelled=True)  # "Fot. X/Cyfrasport (all photos in this post)"
            continue
        if "(" in m.group("credit") and not (_agency_of(head) or _looks_like_person(head)):
            # "Photo: Fans before kick-off. (Getty Images/AFC)": a caption, credited in brackets
            if last := CAPTION_PAREN.search(text, m.start("credit"), m.end("credit")):
                add(last.start("credit"), last.end("credit"), labelled=True)
            continue
        if "(" in m.group("credit") and _looks_like_person(head) and not _agency_of(m.group("credit")) \
                and LINE_END_PAREN.match(text, m.end("credit")):  # not "Photo: X (centre) celebrates"
            add(m.start("credit"), m.start("credit") + m.group("credit").index("("), labelled=True)
            continue  # "Photos © X (club photographer)": the name, not the role in brackets
        if (cap := CAPTION_TAIL.search(text, m.start("credit"), m.end("credit"))) \
                and (_agency_of(cap.group("credit")) or _name_slash_outlet(cap.group("credit").strip())) \
                and not _agency_of(text[m.start("credit") : cap.start()]):
            # "Photo: Fans before kick-off. FIFA via Getty Images": a caption, then its credit
            add(cap.start("credit"), cap.end("credit"), labelled=True)
            continue
        parts = list(rx(r"[^;]+").finditer(text, m.start("credit"), m.end("credit")))
        if len(parts) > 1 and any("/" in p.group(0) or _agency_of(p.group(0)) for p in parts) \
                and all("/" in p.group(0) or _agency_of(p.group(0)) or _credit_words(p.group(0)) for p in parts):
            for part in parts:  # "Photos: X/FIFA via Getty Images; Y/FIFA via Getty Images": a credit each
                add(part.start(), part.end(), labelled=True)
            continue
        # "Images: X/AFP, Kyodo News", "X/AFP and BackpagePix": a credit each after a whole "name/agency" one
        # (not "X, AFP": one photographer's credit)
        cuts = [(j.start(), j.end()) for j in rx(r"(?:,|[ \t]+and)[ \t]+").finditer(text, m.start("credit"), m.end("credit"))]
        spans = list(zip([m.start("credit")] + [e for _, e in cuts], [b for b, _ in cuts] + [m.end("credit")], strict=True))
        if len(spans) > 1 and "/" in text[spans[0][0] : spans[0][1]] \
                and all("/" in text[b:e] or _agency_of(text[b:e]) or _credit_words(text[b:e]) for b, e in spans):
            for b, e in spans:
                add(b, e, labelled=True)
            continue
        add(m.start("credit"), m.end("credit"), labelled=True)
    for m in _short_label().finditer(text):
        add(m.start("credit"), m.end("credit"), labelled=True)
    datelines = {m.start("agency") - 1 for m in DATELINE.finditer(text)}
    for m in PAREN.finditer(text):
        inner = m.group("credit")
        courtesy = PHOTO_BY.match(inner) is not None  # "(Photo courtesy of X)", "(Photo by X)"
        if m.group("solo") and not courtesy and not (_agency_of(inner) and _agency_of(inner) == inner.strip()):
            continue
        if m.start() in datelines:  # "DAKAR, Sept 9 (Reuters) -": the wire the story came from, not a picture's
            continue
        slashed = "/" in inner or "via" in inner or courtesy
        if slashed and not (_agency_of(inner) or rx(r"(?i)\bphoto\b").search(inner) or _name_slash_outlet(inner)):
            continue
        add(m.start("credit"), m.end("credit"), labelled=courtesy)
    if "/" in text and "hotographer" in text:
        for m in NAME_SLASH_ROLE.finditer(text):
            if _looks_like_person(text[m.start("credit") : text.index("/", m.start("credit"))]):
                add(m.start("credit"), m.end("credit"), labelled=True)
    for m in PAREN_PHOTO.finditer(text):
        if m.group("agency").split()[0] in NOT_AGENCY:
            continue
        if m.group("credit").endswith(" photo"):
            add(m.start("agency"), m.end("agency"), labelled=True)  # "(Petra photo)": the agency
        elif _agency_of(m.group("credit")):
            add(m.start("credit"), m.end("credit"))
    for m in _agency_slash().finditer(text):
        add(m.start("credit"), m.end("credit"))
    if CAPS_SLASH.search(text):
        for m in _agency_slash(True).finditer(text):
            add(m.start("credit"), m.end("credit"))
    for m in PHOTO_BY_INLINE.finditer(text):  # "... at the Rose Bowl. Photo by X / Pasadena Star-News"
        add(m.start("credit"), m.end("credit"), labelled=True)
    for m in CAPTION_PIC.finditer(text) if " pic" in text or "icture by" in text or "hoto by" in text else ():
        if m.group("by"):  # "— Bernama pic by Ahmad Zaki": as written, and its photographer
            add(m.start("credit"), m.end("credit"), labelled=True)
            got = found.get((m.start("credit"), m.end("credit")))
            name = m.group("by").strip()[2:].lstrip()
            if got is not None and got.photographer is None and _looks_like_person(name):
                found[(got.begin, got.end)] = replace(got, photographer=name, photographer_span=(m.end("credit") - len(name), m.end("credit")))
        elif m.group("agency") and _agency_of(m.group("agency")):  # "— AFP pic": the agency
            add(m.start("agency"), m.end("agency"), labelled=True)
    for m in _photo_slash().finditer(text):  # "Photo/SPA": the agency
        add(m.start("credit"), m.end("credit"))
    out = sorted(found.values(), key=lambda c: c.begin)
    article.cache["credits"] = out
    return out


# ---------------------------------------------------------------- quotes

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "「": "」", "『": "』"}
QUOTE_RUN = regex.compile(  # the corner brackets of Japanese and Chinese text: 「...」, 『...』
    r"""(?:“[^”\n]*(?:”|(?=\n))|«[^»\n]*(?:»|(?=\n))|„[^“”\n]*[“”]|"[^"\n]*(?:"|(?=\n))|「[^」\n]*(?:」|(?=\n))|『[^』\n]*(?:』|(?=\n))"""
    r"""|(?<![\w])‘(?:[^’\n]|’(?=\w))*’(?!\w)|(?<![\w'])'(?=\S)(?:[^'\n]|'(?=\w))*?(?<=[\w.,!?])'(?!\w))""")


@dataclass(frozen=True)
class QuoteFound:
    begin: int
    end: int  # quote marks included
    text: str
    speaker: str | None
    attribution_end: int
    continued: bool  # the paragraph ended before the closing mark


@functools.cache
def _speech_tail() -> regex.Pattern[str]:
    return regex.compile(r"(?i)(?<![\w])(?:" + alternation(vocab()["speech_tail"], ignorecase=True) + r")\b")


@functools.cache
def _pronoun_near() -> regex.Pattern[str]:
    """He, she, the latter, or "the winger" / "the 27-year-old": a reference back to the last person named."""
    from .people import nationality_nouns

    alt = alternation((w for k, ws in vocab()["roles"].items() if not k.startswith("_") for w in ws), ignorecase=True)
    # "the Spaniard said", "the veteran Dutchman added", "the Dane said"
    nat = alternation(nationality_nouns() | set(vocab()["nationality_person_nouns"]))
    # "the 26-year-old Persib Bandung midfielder said": a club's name between the article and the role
    return regex.compile(rf"(?i)(?<![\w])(?:he|she|the\s+latter|this\s+one|(?:his|her)\s+(?:{alt})"
                         rf"|(?-i:\p{{Lu}})[\w-]*(?:\s+(?-i:\p{{Lu}})[\w-]*){{0,2}}['’]s\s+(?:{alt})"  # "Slovakia's coach, for his part, conceded"
                         rf"|the\s+(?:[\w-]+\s+)?(?:(?:(?-i:\p{{Lu}})[\w'’-]*\s+){{1,3}}(?:{alt})"
                         rf"|{alt}|\d+-year-old|(?-i:{nat})))(?![\w])")



def quotes(article: Article) -> list[QuoteFound]:
    """Attributed quotations, in order (cached). Only in football articles, like people."""
    if "quotes" in article.cache:
        return article.cache["quotes"]
    from .common import is_football

    out: list[QuoteFound] = []
    if is_football(article):
        out = _quotes(article)
    article.cache["quotes"] = out
    return out


def _quotes(article: Article) -> list[QuoteFound]:
    text = article.content
    tweets = tweet_spans(article)
    raw: list[tuple[int, int, str, bool]] = []
    for m in QUOTE_RUN.finditer(text):
        if inside(m.start(), tweets):
            continue
        body = m.group(0)
        closed = body[-1] in "”»“\"’'」』" and len(body) > 1
        inner = body[1:-1] if closed else body[1:]
        raw.append((m.start(), m.end(), inner.strip().rstrip(",").rstrip(), not closed))
    out: list[QuoteFound] = []
    for i, (b, e, inner, continued) in enumerate(raw):
        speaker, attr_end = _attribution(article, b, e)
        words = _word_count(inner)
        spoken = speaker is not None and 1 <= words <= 2 and _spoken_pair(text, b, e, attr_end)  # not an empty pair of marks
        if speaker is None and out and out[-1].speaker and _same_sentence(article, out[-1], b):
            speaker = out[-1].speaker  # 'X said they had "given everything" and were "proud of the group"'
        if speaker is None:
            para_start = text.rfind("\n", 0, b) + 1
            starts_paragraph = not text[para_start:b].strip()
            if words >= 4 and starts_paragraph:
                if out and out[-1].speaker and _near(text, out[-1].attribution_end, b):
                    speaker = out[-1].speaker
                elif continued:
                    for j in range(i + 1, len(raw)):  # continued quote: attribution comes later
                        s2, _ = _attribution(article, raw[j][0], raw[j][1])
                        if s2:
                            speaker = s2
                            break
                        if not raw[j][3]:
                            break
        if speaker is None and words >= 4 and out and out[-1].speaker \
                and SAME_SPEAKER_NEXT.fullmatch(text, out[-1].attribution_end, b) \
                and out[-1].speaker.split()[-1] in text[out[-1].end : out[-1].attribution_end]:
            # '"...," said X, 41, who travelled from Doral. "We cried, ..."' (X named there, not "she said")
            speaker = out[-1].speaker
        if speaker is None and words >= 4:
            speaker = _lead_in_speaker(article, b)
        if speaker is None and words >= 4 and out and out[-1].speaker and _topic_follow_up(text, out[-1], b):
            speaker = out[-1].speaker
        if speaker is None or (words < 2 and not spoken) or (words == 2 and not spoken and not _reported_phrase(text, b, inner)):
            continue
        out.append(QuoteFound(b, e, inner, speaker, max(attr_end, e), continued))
    answers = list(_labelled_answers(article, tweets)) + _dash_quotes(article, tweets)
    return sorted([*out, *answers], key=lambda q: q.begin) if answers else out


def _topic_follow_up(text: str, prev: QuoteFound, begin: int) -> bool:
    """A press-conference paragraph that opens with its topic ("On the play-off: "..."") right after
    a paragraph quoting someone: the same speaker goes on."""
    para = text.rfind("\n", 0, begin) + 1
    if not TOPIC_LEAD.fullmatch(" " + text[para:begin]) or "“" in text[para:begin] or '"' in text[para:begin]:
        return False
    return prev.end <= para and "\n" not in text[prev.end : para].strip(" \t\n")  # quoted in the paragraph before


SPOKEN_LEAD = regex.compile(r":[ \t]*\Z")


def _spoken_pair(text: str, b: int, e: int, attr_end: int) -> bool:
    """Two words said, not a name or a title in quotation marks: attributed by a speech verb after
    them and closed by a comma or a mark inside ('"The bow," he said'), or after a speech verb and a
    colon ('X added in a post: "Never again"')."""
    if attr_end > e:
        return text[e - 2] in ",!?"
    line_start = max(text.rfind("\n", 0, b), text.rfind(". ", 0, b) + 1, 0)
    before = text[line_start:b]
    if not SPOKEN_LEAD.search(before):
        return False
    verbs = list(_speech_tail().finditer(before))  # the verb of the clause before the colon
    return bool(verbs) and verbs[-1].group(0).casefold() != "according to" and len(before.rstrip()) - verbs[-1].end() <= 30


UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


def _word_count(inner: str) -> int:
    """Words of a quotation; Chinese, Japanese, Thai and other scripts written without spaces count a
    word for every two of their characters ("最後まで応援してくれた..." is a sentence, not one word)."""
    words = len(inner.split())
    if words < 4 and UNSPACED.search(inner):
        words = max(words, len(UNSPACED.findall(inner)) // 2)
    return words


DASH_QUOTE = regex.compile(  # "– We did what we had to do – said X." at a paragraph's or a sentence's start
    r"(?m)(?:^|(?<=[.!?…][\"”’]?[ \t]))[ \t]*[–—][ \t]+(?P<body>\p{Lu}[^–—\n“”\"«»]{4,800}?)(?:[ \t]+[–—](?=[ \t])|[ \t]*$)")


def _dash_quotes(article: Article, tweets: list[tuple[int, int]]) -> list[QuoteFound]:
    """Direct speech set off by dashes instead of quotation marks, as Polish, Russian or Spanish
    newsrooms write it: "– We are guests here – said X, who flew in. – The stewards looked at us."
    A dash passage is a quote when a speech verb and its speaker follow its closing dash, or when it
    continues, in the same paragraph, a dash quote attributed so."""
    text = article.content
    if "– " not in text and "— " not in text:
        return []
    out: list[QuoteFound] = []
    for m in DASH_QUOTE.finditer(text):
        if inside(m.start(), tweets) or len(m.group("body").split()) < 3:
            continue
        b, e = m.start("body"), m.end()
        speaker, attr_end = None, e
        if e > m.end("body"):  # a closing dash: the attribution follows it ("– ... – she said")
            speaker, attr_end = _attribution(article, b, e)
            if attr_end <= e:
                speaker = None  # "X said: – ...": a name before is no dash quote's attribution
        if speaker is None and out and out[-1].attribution_end <= b and "\n" not in text[out[-1].end : b]:
            speaker = out[-1].speaker  # "– ... – said X, who flew in. – The stewards ...": X goes on
        if speaker is None:
            continue
        out.append(QuoteFound(b, m.end("body"), m.group("body").rstrip(" ,"), speaker, max(attr_end, e), False))
    return out


NAME_LABEL = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}"
LABELLED = regex.compile(  # "Ana Ruiz: ...", "RUIZ: ...", a Q&A's "A (RUIZ): ..."
    rf"(?m)^[ \t]*(?:A[ \t]*\([ \t]*(?P<answer>{NAME_LABEL})[ \t]*\)|(?P<label>{NAME_LABEL}))[ \t]*:[ \t]+"
    r"(?P<text>[^\n“”\"«»]*\S)[ \t]*$")


def _labelled_answers(article: Article, tweets: list[tuple[int, int]]) -> Iterator[QuoteFound]:
    """Answers in an interview written as a transcript, a paragraph that starts with the speaker's
    name and a colon ("Ana Ruiz: We told them to keep calm."), for a name that is a person of the
    article; a paragraph with quote marks in it is left to the quotations above."""
    from .people import persons, resolve

    text = article.content
    if ":" not in text:
        return
    people = persons(article)
    for m in LABELLED.finditer(text):
        if inside(m.start(), tweets) or len(m.group("text").split()) < 4:
            continue
        key = "label" if m.group("label") else "answer"
        label = m.group(key)
        person = resolve(people, label) or (resolve(people, label.title()) if label.isupper() else None)  # "LOVEMORE CHISALE:"
        if person is None:
            continue
        yield QuoteFound(m.start(key), m.end("text"), m.group("text"), person.name, m.end("text"), False)


def _same_sentence(article: Article, prev: QuoteFound, begin: int) -> bool:
    """A quotation later in the sentence of an attributed one, with no sentence end, speech verb
    or other person between ('X said his players had "given everything" and were "devastated"')."""
    from .people import candidates, persons, resolve

    text = article.content
    between = text[prev.end : begin]
    if rx(r"[.!?]\Z").search(prev.text) or len(between) > 80 or "\n" in between or rx(r"[.!?;:]").search(between.rstrip(",;: \t\"“”«»'’")):
        return False
    if _speech_tail().search(between) and not INDIRECT_SPEECH.search(between) and not OBJECT_SPEECH.search(between):
        return False  # '"...", said X, and Y added "..."'
    people = persons(article)
    for c in candidates(article):
        if prev.end <= c.begin and c.end <= begin:
            p = resolve(people, c.name)
            if p is None or p.name != prev.speaker:
                return False
    return True


def _reported_phrase(text: str, begin: int, inner: str) -> bool:
    """A two-word phrase quoted as the end of reported speech, in lower case ('X said the organisers
    had "no option"'), not a nickname in capitals."""
    if not rx(r"\A\p{Ll}").match(inner):
        return False
    line_start = max(text.rfind("\n", 0, begin), text.rfind(". ", 0, begin) + 1, 0)
    before = text[line_start:begin]
    return bool(INDIRECT_SPEECH.search(before) or OBJECT_SPEECH.search(before))


LEAD_IN = regex.compile(r"[.!?:][\"”’)]?[ \t]+\Z")
TOPIC_LEAD = regex.compile(r"(?i)\s*(?:on|about|regarding|asked[ \t]+about)[ \t]+[^:,.;!?\n]{1,40}:[ \t]+\Z")


def _lead_in_speaker(article: Article, begin: int) -> str | None:
    """The speaker of a quotation with no attribution of its own that follows, in the same paragraph,
    a sentence introducing one person ("Thailand coach X admitted his side had been fortunate.
    "At 2-0 ..."", "The Czechia coach, X, did not hide his disappointment. "We were ...""): the
    first person that sentence names."""
    from .people import candidates, persons, resolve

    text = article.content
    para = text.rfind("\n", 0, begin) + 1
    lead = text[para:begin]
    if not lead.strip():  # the quotation opens its paragraph: a short paragraph before may lead in to it
        para, lead = _paragraph_lead(text, para)
    if not lead.strip() or not LEAD_IN.search(lead) or rx(r"[“”\"«»]").search(lead):
        return None
    if TOPIC_LEAD.match(lead):
        return None  # "On Diaz: "He missed a penalty..."": a press-conference topic, not the speaker
    body = lead.rstrip()[:-1]  # the lead-in sentence without its final mark
    stop = max(body.rfind(". "), body.rfind("? "), body.rfind("! "))
    start = para + stop + 2 if stop >= 0 else para
    people = persons(article)
    cands = candidates(article)
    # "X, the goalkeeper, is a customs officer. He still keeps his gloves ... "My wife wanted ...": a last sentence
    # that names no one and has a "he" or "she" is about the paragraph's first subject
    spans = [(start, para + len(lead))]
    if para < start and HE_SHE.search(text, start, para + len(lead)) \
            and not any(start <= c.begin < para + len(lead) and resolve(people, c.name) is not None for c in cands):
        spans.append((para, start))
    for lo, hi in spans:
        for c in cands:
            if lo <= c.begin and c.end <= hi:
                p = resolve(people, c.name)
                if p is not None and not c.possessive and (LABEL_END.match(text, c.end) or not _after_preposition(text, c.begin)
                                                           and not PLACE_BEFORE.search(text, max(0, c.begin - 24), c.begin)):
                    # not "... would be played in X, despite ...": no one's subject; but a press release's label line
                    # ends on its speaker: "Head coach of the national team of Uzbekistan X:"
                    return p.name
            if lo < start and lo <= c.begin < hi and resolve(people, c.name) is not None:
                break  # the paragraph's first person only
    return None


HE_SHE = regex.compile(r"(?i)\b(?:he|she)\b")


PARAGRAPH_LEAD_MAX = 240  # characters of a paragraph that only leads in to the quotation after it


@functools.cache
def _speech_close() -> regex.Pattern[str]:
    """A sentence that ends on its speech verb ("Matenga, who earned his 40th cap, agreed.")."""
    return regex.compile(rf"(?i)(?<![\w])(?:{alternation(vocab()['speech_tail'], ignorecase=True)})[ \t]*\.\Z")


LABEL_END = regex.compile(r"[ \t]*:[ \t]*(?:\n|\Z)")


def _paragraph_lead(text: str, para: int) -> tuple[int, str]:
    """The paragraph before ``para`` when it is short and leads in to a quotation in the next one:
    it ends in a colon ("X spoke in French, with an interpreter:") or on a verb of speech ("X
    agreed."). Else (para, "")."""
    end = para
    while end > 0 and text[end - 1] in "\n \t\r":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    prev = text[start:end]
    if prev and len(prev) <= PARAGRAPH_LEAD_MAX and (prev.endswith(":") or _speech_close().search(prev)):
        return start, prev + " "
    return para, ""


# what may lie between a quotation's attribution and the next quotation that goes on in the same
# voice: the speaker's apposition, the end of the sentence ('said X, 41, who travelled from Doral. "')
SAME_SPEAKER_NEXT = regex.compile(r"(?:,[^.!?\n\"“”«»]{1,100})?[.!?]?[ \t]+")


def _near(text: str, prev_end: int, begin: int) -> bool:
    """The next quote follows the previous one within a paragraph or two."""
    return text[prev_end:begin].count("\n\n") <= 2 and len(text[prev_end:begin].strip()) < 40


@functools.cache
def _speech_end() -> regex.Pattern[str]:
    return regex.compile(r"(?i)(?<![\w])(?:said|says|added|adds|wrote|explained|insisted|told[ \t]+\w+)[ \t]+\Z")


# a quotation signed with a dash after its closing mark, the name ending the line: '"..." — X'
DASH_SIGNED = regex.compile(r"[ \t]*[—–][ \t]*(?=\p{Lu})")
SIGNATURE_END = regex.compile(r"[ \t]*(?:[,(][^\n]{0,80})?[.]?[ \t]*(?:\n|\Z)")  # "— X, Nigeria coach", "— X (Nigeria)"
# the listener of a speech verb: '"...," X told El Tiempo', 'X told Marca: "..."' (not the speaker)
LISTENER_BEFORE = regex.compile(r"(?i)(?<![\w])(?:told|tells|telling)[ \t]+(?:the[ \t]+)?\Z")


def _dash_signature(article: Article, e: int) -> str | None:
    """The person who signs a quotation ending at ``e`` with a dash and their name on the rest of
    the line ('"We never gave up." — Ana Ruiz'): a person of the article, or a name of two or more
    words that is no place. (An embedded tweet's signature lies inside the tweet and is skipped before.)"""
    from .people import candidates, persons, resolve

    text = article.content
    dash = DASH_SIGNED.match(text, e)
    if dash is None:
        return None
    for c in candidates(article):
        if c.begin == dash.end() and not c.possessive and SIGNATURE_END.match(text, c.end):
            p = resolve(persons(article), c.name)
            if p is not None:
                return p.name
            return c.name if len(c.name.split()) >= 2 and not _venue_name(c.name) and not teams().lookup(c.name) else None
        if c.begin > dash.end():
            break
    return None


def _attribution(article: Article, b: int, e: int) -> tuple[str | None, int]:
    """Who a quotation at [b, e) is attributed to: a speech verb with a name or pronoun after the
    closing mark ("," said X / X told reporters), or before the opening one (X said: "..."), or the
    subject of a speech verb whose reported speech ends in the quotation (X said his side had "...")."""
    text = article.content
    if (signed := _dash_signature(article, e)) is not None:
        return signed, text.find("\n", e) if "\n" in text[e:] else len(text)
    tail_m = rx(r"[^“”\"«»\n]{0,160}").match(text[e:])
    tail = tail_m.group(0) if tail_m else ""
    stop = rx(r"(?<!(?<!\w)\p{Lu})[.!?](?=\s|$)").search(tail[1:])  # not "U.S. coach X said", "J. Smith said"
    if stop:
        tail = tail[: stop.start() + 2]
    verb = _speech_tail().search(tail)
    if verb and TAIL_CLAUSE.match(tail):  # '"...", while his counterpart X said ...': another subject's verb
        verb = None
    if verb and not rx(r"(?<!(?<!\w)\p{Lu})[.!?]\s").search(tail[: verb.start()]):
        who = _speaker_near(article, e + verb.start(), e + verb.end(), e, e + len(tail), b)
        if who:
            return who, e + len(tail)
    line_start = max(text.rfind("\n", 0, b), text.rfind(". ", 0, b) + 1, 0)
    before = text[line_start:b]
    colon = rx(r"(?:[:,]|(?<=\w)[ \t][-–—])[ \t]*\Z").search(before)  # "X was blunt about it - "...""
    if colon and TOPIC_LEAD.match(before):
        return None, e  # "On Diaz: "He missed a penalty..."": a press-conference topic, not the speaker
    bare = None if colon else search_end(_speech_end(), before, 40)  # X said "..."
    if (colon and (colon.group(0).lstrip()[0] in ":-–—" or _speech_tail().search(before))) or bare:
        lead_end = line_start + (colon.start() if colon else len(before.rstrip()))
        v = list(_speech_tail().finditer(text, line_start, lead_end))
        vb, ve = (v[-1].start(), v[-1].end()) if v else (lead_end, lead_end)
        who = _speaker_near(article, vb, ve, line_start, lead_end, b)
        if who:
            return who, e
    indirect = INDIRECT_SPEECH.search(before) or OBJECT_SPEECH.search(before)
    if indirect is not None and (not colon or colon.group(0).lstrip()[0] in "-–—"):  # X said his players had "the best 90 minutes", X called it "a ..."
        # the speech verb nearest the quotation first: "X says no letter was written, and its press officer, Y, told me that "...""
        tried = [indirect]
        while (later := INDIRECT_SPEECH.search(before, tried[-1].start() + 1)) is not None:
            tried.append(later)
        for verb in tried[:0:-1] + tried[:1]:
            vb, ve = line_start + verb.start(), line_start + verb.start("gap")
            who = _first_subject(article, line_start, vb) if SECOND_VERB.search(text, max(line_start, vb - 40), vb) else None
            if who is None:
                lo = _subject_start(article, line_start, vb)
                who = _speaker_near(article, vb, ve, lo, vb, b)
            if who:
                return who, e
    return None, e


# a second verb of the sentence's subject: "X sought out Y in the tunnel, and later spoke of "...""
SECOND_VERB = regex.compile(r",?[ \t]+and[ \t]+(?:(?:later|then|also|afterwards|subsequently|finally)[ \t]+)?\Z")


def _first_subject(article: Article, line_start: int, vb: int) -> str | None:
    """The first person a sentence names, not as an owner ("X's goal"): the subject of its verbs."""
    from .people import candidates, persons, resolve

    people = persons(article)
    for c in candidates(article):
        if c.begin >= vb:
            break
        if c.begin >= line_start and not c.possessive:
            p = resolve(people, c.name)
            if p is not None:
                return p.name
    return None


def _subject_start(article: Article, line_start: int, vb: int) -> int:
    """Where to look for the subject of a speech verb at ``vb``: from the last name before it that
    is a person, or that stands right before the verb (an outlet's: "the site Fútbol Sin
    Fronteras said fans had "..."" is no one's quote); names inside a clause between commas
    ("X, whose side played at the last two EUROs, called it "..."") are skipped."""
    from .people import candidates, persons, resolve

    text = article.content
    people = persons(article)
    person_at = {c.begin for c in candidates(article) if line_start <= c.begin < vb and resolve(people, c.name)}
    for m in reversed(list(NAME_RUN.finditer(text, line_start, vb))):
        if rx(r"[ \t]+(?:(?:has|had|have|also|then|later|just|once)[ \t]+)*").fullmatch(text, m.end(), vb) \
                or any(m.start() <= x < m.end() for x in person_at):
            return m.start()
    return line_start


NAME_RUN = regex.compile(NAME)
TAIL_CLAUSE = regex.compile(r"[ \t]*[,;—–-]?[ \t]*(?:while|whereas|but|although|though|and|when|before|after)[ \t]", regex.I)
INDIRECT_SPEECH = regex.compile(  # a speech verb, then reported speech that ends in a quoted phrase
    # ", he admitted, had"; not a participle after its noun: "The goal conceded, he admitted, had come from "...""
    r"(?i)(?<![\w])(?<!\b(?:goals?|penalt(?:y|ies)|corners?|free[- ]kicks?)[ \t]+)"
    r"(?:said|says|wrote|writes|added|insisted|admitted|claimed|explained|argued|told|conceded|concedes|"
    r"acknowledged|acknowledges|stressed|stresses|noted|notes|maintained|maintains|suggested|suggests|revealed|reveals|"
    r"declared|declares|confessed|confesses|complained|complains|reckoned|reckons)"
    r"(?P<gap>,?[ \t]+(?:that\b|\p{Ll})[^.!?\"“”«»\n]{0,160})\Z")
OBJECT_SPEECH = regex.compile(  # a verb whose object is the quoted phrase: X called the result "...", described it as
    r"(?i)(?<![\w])(?<!\b(?:was|were|is|are|be|been|being)[ \t]+)"  # "...", pointed to "...", what he called "..."
    r"(?:called|calls|described|describes|labelled|labeled|branded|termed|hailed|demanded|demands|urged|"
    r"pointed[ \t]+to|spoke[ \t]+of|speaks[ \t]+of|warned[ \t]+of|warned[ \t]+against|complained[ \t]+of|"
    r"complained[ \t]+about|lamented|bemoaned|promised|vowed|predicted|thought|thinks|considered|considers|deemed|"
    r"(?:with|under|alongside)[ \t]+the[ \t]+(?:caption|message|words|comments?|commentary|remark))"  # X posted a video with the caption "..."
    r"(?P<gap>(?:[ \t]+\p{Ll}[^.!?\"“”«»\n:;]{0,80}?)?)[ \t]+\Z")  # "X thought not; Y thought it "...""


def _speaker_near(article: Article, vb: int, ve: int, lo: int, hi: int, quote_begin: int) -> str | None:
    """The name (or he/she) closest to a speech verb at [vb, ve) within [lo, hi)."""
    from .people import candidates, persons, resolve

    text = article.content
    people = persons(article)
    options: list[tuple[int, str]] = []
    named_at: set[int] = set()
    for c in candidates(article):
        if lo <= c.begin and c.end <= hi:
            p = resolve(people, c.name)
            name = p.name if p else (c.name if len(c.name.split()) >= 2 and not _venue_name(c.name) else None)
            if name and p is None and PLACE_BEFORE.search(text, max(0, c.begin - 24), c.begin):
                continue  # "the gates at Ngahue Reserve, ... according to the man himself": a place
            if name and LISTENER_BEFORE.search(text, max(0, c.begin - 16), c.begin):
                continue  # "X told El Tiempo": the one spoken to
            if name and c.end <= vb and RELATIVE_OPEN.search(text, max(lo, c.begin - 80), c.begin) \
                    and ASIDE_CLOSE.fullmatch(text, c.end, vb):
                continue  # "X, who won the Golden Ball, added:": a name inside the subject's relative clause
            if name:
                distance = c.begin - ve if c.begin >= ve else vb - c.end
                options.append((distance, name))
                named_at.add(c.begin)
    for m in _pronoun_near().finditer(text, lo, hi):
        distance = m.start() - ve if m.start() >= ve else vb - m.end()
        if m.end() < vb and (RELATIVE_BEFORE_VERB.fullmatch(text, m.end(), vb) or SUBJECT_ASIDE.fullmatch(text, m.end(), vb)):
            # '"...," the 24-year-old, who plays in Canada, said': the clause is the reference's; "Slovakia's
            # coach, for his part, conceded": an aside between the subject and its verb
            distance = 0
        after = APPOSITION_GAP.match(text, m.end())
        if after and after.end() in named_at:
            continue  # "said the Bangladesh coach, X", "said the coach of Sudan, X": the name in apposition is the speaker
        if PRONOUN_OBJECT.search(text, max(0, m.start() - 16), m.start()):
            continue  # "X, speaking to the host broadcaster:": the listener, not the speaker
        # "He was blunt: "..."", "His captain was more emotional: "..."": the subject of a lead-in
        # sentence that ends in a colon and has no speech verb
        lead_subject = vb == ve == hi and not text[lo : m.start()].strip(" \t.\n")
        if distance <= 3 or lead_subject:
            # "the Dane said", "the 24-year-old said": the person last described so; "the Indonesia coach
            # said": the last coach named, not the last name; "his captain": only one described so
            # a lead-in's subject goes back to a name before it ("He defends his decision to start X: "..."": not X)
            before = min(quote_begin, m.start()) if lead_subject else quote_begin
            who = _described_before(article, before, m.group(0))
            if who is None and not rx(r"(?i)h(?:is|er)\s").match(m.group(0)):
                who = _last_person_before(article, before, _role_of(m.group(0)), m.group(0).casefold(),
                                          _quoted_words(text, quote_begin))
                named_team = _reference_team(m.group(0).split())
                owner = m.group(0).split()[0].endswith(("'s", "’s"))  # "Slovakia's coach": only one known to be Slovakia's
                if who is not None and named_team is not None and (p := resolve(people, who)) is not None \
                        and (p.team != named_team if owner else p.team not in (None, named_team)):
                    who = None  # "the Iran coach said": not the Tunisia coach named last
            if who:
                options.append((0 if lead_subject else distance, who))
    near = [o for o in options if o[0] <= 60]
    if near:
        return min(near)[1]
    # "X, a Doha taxi driver who had ferried fans, said:": the sentence's subject
    subject = [o for o in options if o[0] <= 140]
    return min(subject)[1] if subject else None


RELATIVE_OPEN = regex.compile(r"(?i),[ \t]+(?:who|whose|which)\b[^,;.!?\"“”«»\n]*\Z")
ASIDE_CLOSE = regex.compile(r"[^,;.!?\"“”«»\n]*,[ \t]*(?:\p{Ll}+ly[ \t]+)?")
SUBJECT_ASIDE = regex.compile(r"(?i)[ \t]*,[ \t]*(?:for[ \t]+(?:his|her|their|its)[ \t]+part|meanwhile|however|though|too|also|"
                           r"in[ \t]+turn|by[ \t]+contrast|in[ \t]+contrast|in[ \t]+response)[ \t]*,[ \t]*")
RELATIVE_BEFORE_VERB = regex.compile(r"[ \t]*,[ \t]+who[ \t][^,;.!?\"“”«»\n]{1,120},[ \t]*")
# between a description and the name in apposition to it: ", ", or the team it goes with, " of Sudan, "
APPOSITION_GAP = regex.compile(r"(?:[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?\p{Lu}[\w'’.-]*(?:[ \t]+\p{Lu}[\w'’.-]*){0,3}[ \t]*,"
                            # a translated genitive, no comma: "said the head coach of the Uzbek national team X"
                            r"|[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?(?:national[ \t]+)?(?:team|side|squad)(?=[ \t]+\p{Lu}))?[ \t]*,?[ \t]*")
PRONOUN_OBJECT = regex.compile(r"(?i)(?<![\w])(?<!according[ \t]+)(?:to|with|at|from)[ \t]+\Z")
PLACE_BEFORE = regex.compile(  # "in Fort Lauderdale", "from East Los Angeles" (a compass word is no name's)
    r"(?i)(?<![\w])(?:at|in|into|from|near|outside|inside)[ \t]+(?:the[ \t]+)?(?:(?-i:\p{Lu})[\w-]*[ \t]+)?\Z")


PLACE_IN = regex.compile(r"(?<![\w])(?:[Ii]n|[Aa]t)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\w-]*[ \t]+)?\Z")  # "in Fort Lauderdale", "at Inver Park", not "bumped into X"


@functools.cache
def _venue_name(name: str) -> bool:
    """A name that ends in a ground's word ("Hampden Park", "Lansdowne Road"): a place, no speaker."""
    return name.rsplit(" ", 1)[-1] in vocab()["match"]["venue_words"]


def _role_of(reference: str) -> str | None:
    """The role a reference names ("the Indonesia coach": coach; "he": None)."""
    from .people import _role_words

    words = reference.casefold().split()
    roles = _role_words()
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]) in roles:
            return roles[" ".join(words[-n:])]
    return None


def _described_before(article: Article, pos: int, reference: str) -> str | None:
    """The person a description refers back to ("the Dane", "the 24-year-old", "the captain"): the
    last one before ``pos`` written with it ("Henriksen, the Dane, ...", "X, 24, ...", "the 24-year-old
    X", "the captain X"), or None."""
    from .people import candidates, persons, resolve

    words = reference.split()
    if len(words) < 2 or words[-1].casefold() in ("latter", "one"):
        return None  # he, she, the latter
    word = words[-1]
    age = rx(r"(\d+)-year-old").fullmatch(word)
    if age:
        before = rx(rf"(?<![\w-]){age.group(1)}-year-old[ \t]+(?:\p{{Lu}}[\w'’-]*[ \t]+){{0,2}}\Z")
        after = rx(rf"\A(?:[ \t]*,[ \t]*(?:an?[ \t]+)?|[ \t]+\(){age.group(1)}(?:-year-old)?(?![\w-])")
    else:
        w = regex.escape(word)
        before = rx(rf"(?i)(?<![\w-]){w},?[ \t]+\Z")
        after = rx(rf"(?i)\A[ \t]*,[ \t]*(?:the|an?)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{w}(?![\w-])")
    text = article.content
    people = persons(article)
    named = _reference_team(words)
    for c in reversed(candidates(article)):
        if c.end > pos:
            continue
        if pos - c.end > 3000:
            break
        if before.search(text, max(0, c.begin - 40), c.begin) or after.match(text[c.end : c.end + 40]):
            p = resolve(people, c.name)
            if p is not None and named is not None and p.team is not None and p.team != named:
                continue  # "the Eswatini coach said": not the Lesotho coach named before
            if p is not None:
                return p.name
    return None


def _reference_team(words: list[str]) -> str | None:
    """The team a reference names between its article and its noun, or as its owner: "the Eswatini
    coach", "the Czech Republic captain", "Slovakia's coach"."""
    inner = words[1:-1] if words and words[0].casefold() == "the" else []
    if len(words) >= 2 and words[-2].endswith(("'s", "’s")):  # "Slovakia's coach"
        inner = [*words[:-2], words[-2][:-2]]
    for n in range(len(inner), 0, -1):
        for k in range(len(inner) - n + 1):
            if team := teams().lookup(" ".join(inner[k : k + n])):
                return team
    return None


SENTENCE_OPENS = regex.compile(r"(?:\A|[.!?;:\"“”—–]|\n)[ \t]*\Z")  # a liveblog entry opens after "21:40 –"


KIN_BEFORE = {  # "Her uncle, X": a man, whom a later "she said" does not mean (and "his mother, X" no "he said")
    "she": regex.compile(r"(?i)(?<![\w])(?:uncle|father|brother|son|husband|grandfather|nephew|boyfriend|dad)[ \t]*,?[ \t]+\Z"),
    "he": regex.compile(r"(?i)(?<![\w])(?:aunt|mother|sister|daughter|wife|grandmother|niece|girlfriend|mum|mom)[ \t]*,?[ \t]+\Z"),
}


def _quoted_words(text: str, begin: int) -> frozenset[str]:
    """The capitalised words of the quotation opening at ``begin``."""
    q = QUOTE_RUN.match(text, begin)
    return frozenset(rx(r"\p{Lu}[\p{L}\p{M}'’-]+").findall(q.group(0))) if q else frozenset()


def _pronoun_subject_at(text: str, pos: int, pronoun: str) -> int | None:
    """Where the sentence holding ``pos`` starts, when it opens with ``pronoun`` as its subject
    ("He said X had been in tears"), else None."""
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)
    m = rx(r"[ \t\"“]*(\p{Lu}\p{Ll}*)[ \t]+\p{Ll}").match(text, start, pos)
    return start if m is not None and m.group(1).casefold() == pronoun else None


def _last_person_before(article: Article, pos: int, role: str | None = None, pronoun: str = "",
                        quoted: frozenset[str] = frozenset()) -> str | None:
    """The person named last before ``pos`` (for "he said"); with ``role``, the last one not known
    in another role ("the coach said": not the goalkeeper named since); for "she" / "he", not one
    introduced as a relative of the other sex ("her uncle, X"), not one the quotation names (its
    ``quoted`` words: '... singled out X. "X plays without fear," she said' is not X's), and, when the
    sentence naming them opens with the same pronoun ("He said X had been in tears. "...," he said"),
    the one that pronoun stands for."""
    best = _last_named_before(article, pos, role, pronoun, quoted)
    if best is not None and pronoun in ("he", "she"):
        from .people import candidates

        at = max((c.begin for c in candidates(article) if c.end <= pos and (c.name == best or c.name in best.split())), default=-1)
        start = _pronoun_subject_at(article.content, at, pronoun) if at >= 0 else None
        if start is not None:
            return _last_named_before(article, start, role, pronoun, quoted) or best
    return best


def _last_named_before(article: Article, pos: int, role: str | None, pronoun: str, quoted: frozenset[str]) -> str | None:
    from .people import best_role, candidates, full_names, persons, resolve

    people = persons(article)
    cands = candidates(article)
    best = None
    full: dict[str, str] | None = None
    fallback, fallback_at, best_at = None, 0, -1  # the last name after a preposition, and where the two are
    known, kin_at = None, -1  # the last known person; where a relative of the other sex was passed over
    credited = credits(article)
    tweeted = tweet_spans(article)
    for c in cands:
        if c.end > pos:
            break
        if pos - c.end > 1500:
            continue
        p = resolve(people, c.name)
        if role is not None and p is not None and best_role(p.roles) not in (role, "other"):
            continue
        if quoted and any(len(w) > 2 and w in quoted for w in (p.name if p else c.name).split()):
            continue  # the quotation speaks of them: "X plays without fear," she said
        if ASKER_BEFORE.search(article.content, max(0, c.begin - 40), c.begin):
            continue  # "Asked by X of Radio Y whether ..., the coach shook his head. "No," he replied": not the reporter
        if _in_quotation(article, c.begin):
            continue  # "singing "Uma Casa Nossa" with the stewards": a song's title, not a person
        if (kin := KIN_BEFORE.get(pronoun)) and kin.search(article.content, max(0, c.begin - 16), c.begin):
            kin_at = c.begin
            continue
        if inside(c.begin, tweeted):
            continue  # an embedded tweet's words are no one "he said" goes back to
        if any(cr.begin <= c.begin < cr.end for cr in credited):
            continue  # "(Photo: X/Agency)": the photographer, not the one "he says" goes back to
        if _after_preposition(article.content, c.begin) and not SPEAKER_CLAUSE_AFTER.match(article.content, c.end):
            # "... beyond the dive of X", "Picked out by Y's cut-back, the forward ...", "Asked by X of
            # El Universo, he laughed": an object, not the one "he said" goes back to
            if p or len(c.name.split()) >= 2:
                fallback, fallback_at = (p.name if p else c.name), c.begin
            continue
        if p:
            best, best_at = p.name, c.begin
            known = p.name
        elif PLACE_IN.search(article.content, max(0, c.begin - 24), c.begin):
            continue
        elif len(c.name.split()) >= 2 and not _venue_name(c.name):
            best, best_at = c.name, c.begin  # a name, not a place ("he said" after "in Fort Lauderdale", "sent Hampden Park wild")
        elif role is None and _single_name_described(article.content, c):
            best, best_at = c.name, c.begin  # "A stall holder, Parvati, who has sold tea here for years"
        elif role is None:
            full = full_names(cands) if full is None else full
            named = full.get(c.name, "")  # "under Lars Henriksen" ... "Henriksen was gracious. "...," he said"
            if " " in named and named.split()[-1] == c.name and (
                    resolve(people, named) is not None or SENTENCE_OPENS.search(article.content, max(0, c.begin - 3), c.begin)):
                best, best_at = named, c.begin  # a known person's surname, or one opening a sentence: not "thanked la gente del Campín"
    if fallback and (best is None or best_at < article.content.rfind("\n", 0, fallback_at)):
        return fallback  # "I bumped into X on the concourse. "...," she told me": no one else in the paragraph
    if known and best != known and best_at < kin_at:
        return known  # past "his daughter X", "he said" goes back to a person, not to the anthem's title before her
    return best


# "... by Jamaica coach X, who was asked about it afterwards": an object the next quote's "he said" goes back to
SPEAKER_CLAUSE_AFTER = regex.compile(
    r"[ \t]*,[ \t]+who[ \t]+(?:(?:was|were|had[ \t]+been|later|then|also)[ \t]+)?"
    r"(?:asked|questioned|interviewed|spoke|speaking|told|talked|said|reflected|addressed|explained|insisted)\b")


ASKER_BEFORE = regex.compile(r"(?i)(?<![\w])(?:asked|questioned|pressed|quizzed)[ \t]+by[ \t]+(?:[\w'’-]+[ \t]+){0,3}\Z")


DESCRIBED_BEFORE = regex.compile(  # "a stall holder, ", "the ground's oldest steward, "
    r"(?<![\w])(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)[ \t]+(?:[\w'’-]+[ \t]+){0,3}\p{Ll}[\w-]+,[ \t]*\Z")
PERSON_CLAUSE_AFTER = regex.compile(r"[ \t]*,[ \t]*(?:who\b|(?:aged[ \t]+)?\d{1,3},)")  # ", who ...", ", 64, ..."


def _single_name_described(text: str, c: Candidate) -> bool:
    """A one-word name set in apposition to a description of a person and followed by a clause about
    them ("A stadium cleaner, Parvati, who has worked there for years"): someone known by one name
    only, whom a later "she said" can mean (a team is no such person: "the hosts, Brazil, who ...")."""
    return bool(DESCRIBED_BEFORE.search(text, max(0, c.begin - 60), c.begin)
                and PERSON_CLAUSE_AFTER.match(text, c.end) and not teams().lookup(c.name))


def _in_quotation(article: Article, pos: int) -> bool:
    """``pos`` lies inside quotation marks (the quotation runs are found once per article)."""
    spans = article.cache.get("quotation_spans")
    if spans is None:
        spans = [(m.start(), m.end()) for m in QUOTE_RUN.finditer(article.content)]
        article.cache["quotation_spans"] = spans
    i = bisect.bisect_right(spans, (pos, len(article.content) + 1)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


PREPOSITION_OBJECT = regex.compile(  # "from X's volley", "by Italian journalist X", "the dive of X", not "according to X"
    r"(?i)(?<![\w])(?<!according[ \t]+)(?:by|from|of|to|with|for|against|past|beyond|behind|than|towards?|onto|into|via|like|about|above|over|under|around|alongside|without"
    r"|that|whether|when|while|after|before|until|because|although|though|whereas|once)"  # "..., when X went down": not the subject
    r"[ \t]+(?:(?:the|an?|his|her|their|its)[ \t]+)?(?:(?!(?:and|or|but|then|as|while|when|who|that|which)[ \t])[\w'’-]+[ \t]+){0,2}\Z")


@functools.cache
def _object_apposition() -> regex.Pattern[str]:
    """A role noun in apposition to a preposition's object: "to a teammate, defender X"."""
    from .people import role_alternation

    return regex.compile(rf"(?i)(?<![\w])(?:to|for|with|from|by|of|about)[ \t]+(?:an?|the|his|her|their|its)[ \t]+(?:[\w-]+[ \t]+)?"
                         rf"[\w-]+,[ \t]+(?:{role_alternation()})[ \t]+\Z")


def _after_preposition(text: str, begin: int) -> bool:
    """A name at ``begin`` is the object of a preposition inside its sentence ("a cross from X",
    "shared by Italian journalist X"), not a sentence-opening one ("For X and her family, ...")."""
    m = PREPOSITION_OBJECT.search(text, max(0, begin - 60), begin) or _object_apposition().search(text, max(0, begin - 80), begin)
    return m is not None and not SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start())


def extract(article: Article) -> Iterator[Credit | Quote]:
    for c in credits(article):
        yield Credit(evidence=(span(article, c.begin, c.end),), credit=c.credit, agency=c.agency,
                     photographer=c.photographer)
    for q in quotes(article):
        ev = span(article, q.begin, q.attribution_end)
        if q.speaker:
            yield Quote(evidence=(Evidence(ev.begin, ev.end, ev.text),), speaker=q.speaker, text=q.text)
