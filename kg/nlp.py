"""The shared spaCy pipeline (blank English: tokenizer + sentencizer) and span helpers.

The sentencizer is spaCy's, with its ``predict`` reading token attributes as arrays: spaCy's own
loop makes a Python ``Token`` per token and, with ``doc.sents``, cost more than tokenizing (same
rule, same sentences; ``tests/test_nlp.py`` compares them). Around it, kg's own components: a line
break ends a sentence, a group's letter ("Group B.") may end one, a number's full stop before a
lower-case word ("the 56. minute") does not, nor does a quotation's closing "!" or "?" before one
('"What a night!" said the coach'), and a quotation's opening mark opens its sentence."""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import numpy
import spacy
from spacy.attrs import IDX, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import StringStore
from spacy.tokens import Doc

from .findings import Evidence
from .lexicon import vocab
from .reader import Article


@Language.component("kg_paragraphs")
def _paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and tweet lines have no full stop. spaCy
    splits text at whitespace and keeps every run of it but a single space as a token of its own,
    so only whitespace tokens can hold a line break, and only those are looked at (``doc.text``
    or a loop over every token costs as much as tokenizing)."""
    n = len(doc)
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i < n - 1 and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def _member(ids: numpy.ndarray, column: numpy.ndarray) -> numpy.ndarray:
    """Which of ``column``'s string ids are in the sorted array ``ids`` (a binary search each:
    numpy.isin costs more than the rest of a component)."""
    return ids[numpy.searchsorted(ids, column).clip(max=len(ids) - 1)] == column


LETTER_STOPS = numpy.array(sorted(StringStore().add(f"{c}.") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), dtype=numpy.uint64)


OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«", "„", "("})


@Language.component("kg_letter_stops")
def _letter_stops(doc: Doc) -> Doc:
    """"...the last round of Group B. A win would do": spaCy's tokenizer keeps a capital letter and
    its full stop as one token (an initial: "J. Smith", "Kim J. Park"), so no sentence ends there.
    After a noun that names things by letter (``letter_nouns``: "Group B", "Pool A", "Plan C") the
    letter is no initial: a capitalised word after it starts a sentence. Only the few tokens that
    are such a letter are looked at."""
    n = len(doc)
    if n < 3:
        return doc
    orth = doc.to_array(ORTH)
    hit = _member(LETTER_STOPS, orth)
    if not hit.any():
        return doc
    nouns = _letter_nouns()
    for i in numpy.flatnonzero(hit).tolist():
        if 0 < i < n - 1 and doc[i - 1].lower_ in nouns and (
                doc[i + 1].text[:1].isupper() or doc[i + 1].text in OPENING_QUOTES and i < n - 2 and doc[i + 2].text[:1].isupper()):
            doc[i + 1].is_sent_start = True
    return doc


FULL_STOP = StringStore().add(".")


@Language.component("kg_ordinal_dots")
def _ordinal_dots(doc: Doc) -> Doc:
    """"In the 56. minute X equalised", "in the 2. round": a number's full stop before a lower-case
    word is an ordinal's, as translated Polish, German or Scandinavian copy keeps it, not a
    sentence's end (runs after the sentencizer; only the few such full stops are looked at)."""
    n = len(doc)
    if n < 3:
        return doc
    attrs = doc.to_array([ORTH, IS_DIGIT, IS_LOWER, SENT_START])
    dots = numpy.flatnonzero(attrs[1:-1, 0] == FULL_STOP) + 1
    for i in dots[(attrs[dots - 1, 1] == 1) & (attrs[dots + 1, 2] == 1) & (attrs[dots + 1, 3] == 1)].tolist():
        if len(doc[i - 1]) <= 3 and not doc[i - 1].whitespace_ and doc[i].whitespace_ == " ":
            doc[i + 1].is_sent_start = False
    return doc


CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»", "“"})
QUOTE_MARKS = numpy.array(sorted(StringStore().add(c) for c in "!?"), dtype=numpy.uint64)


@Language.component("kg_quoted_marks")
def _quoted_marks(doc: Doc) -> Doc:
    """'Fans held a banner reading "Thank you, Qatar!" after the match', '"What a night!" said
    the coach': an exclamation or question mark that closes a quotation ends no sentence when a
    lower-case word follows the closing quote (runs after the sentencizer; only the few such
    marks are looked at)."""
    n = len(doc)
    if n < 4:
        return doc
    attrs = doc.to_array([ORTH, IS_LOWER, SENT_START])
    hit = _member(QUOTE_MARKS, attrs[:, 0])
    for i in numpy.flatnonzero(hit[:-2]).tolist():
        if (attrs[i + 2, 1] == 1 and attrs[i + 2, 2] == 1 and doc[i + 1].text in CLOSING_QUOTES
                and not doc[i].whitespace_ and doc[i + 1].whitespace_ == " "):
            doc[i + 2].is_sent_start = False
    return doc


OPENING_QUOTE_IDS = numpy.array(sorted(StringStore().add(c) for c in ('"', "“", "«", "„", "‘")), dtype=numpy.uint64)


@Language.component("kg_opening_quotes")
def _opening_quotes(doc: Doc) -> Doc:
    """'He smiled. "We did it."': spaCy's sentencizer starts a sentence at its first word, so a
    quotation's opening mark stays at the end of the sentence before. A mark written against the
    word that starts a sentence (space before it, none after) opens that sentence (runs after the
    sentencizer; only the few such marks are looked at)."""
    n = len(doc)
    if n < 3:
        return doc
    attrs = doc.to_array([ORTH, SENT_START])
    marks = numpy.flatnonzero(_member(OPENING_QUOTE_IDS, attrs[1:-1, 0])) + 1
    for i in marks[attrs[marks + 1, 1] == 1].tolist():
        if not doc[i].whitespace_ and doc[i - 1].whitespace_ and attrs[i, 1] != 1:
            doc[i].is_sent_start = True
            doc[i + 1].is_sent_start = False
    return doc


@functools.cache
def _letter_nouns() -> frozenset[str]:
    return frozenset(vocab()["letter_nouns"])


class ArraySentencizer(Sentencizer):
    """spaCy's rule-based sentencizer (a sentence ends after a run of its punctuation
    characters), on arrays. spaCy's loop keeps a flag, set by a token in ``punct_chars`` and
    cleared at the next token that is neither punctuation nor in ``punct_chars`` (a "word"),
    which then starts a sentence. So a word starts a sentence exactly when a token in
    ``punct_chars`` lies between it and the word before it (or the start of the doc)."""

    def predict(self, docs):
        guesses = []
        for doc in docs:
            n = len(doc)
            doc_guesses = numpy.zeros(n, dtype=bool)
            if n:
                attrs = doc.to_array([ORTH, IS_PUNCT])
                ids = self._punct_ids(doc)  # sorted, for _member
                in_punct = _member(ids, attrs[:, 0])
                words = numpy.flatnonzero(~in_punct & (attrs[:, 1] == 0))
                seen = numpy.cumsum(in_punct)[words]  # punct_chars tokens up to each word
                doc_guesses[words[numpy.diff(seen, prepend=0) > 0]] = True
                doc_guesses[0] = True
            guesses.append(doc_guesses.tolist())
        return guesses

    def _punct_ids(self, doc: Doc) -> numpy.ndarray:
        key = (id(doc.vocab.strings), len(self.punct_chars))
        if getattr(self, "_ids_key", None) != key:
            self._ids = numpy.array(sorted(doc.vocab.strings.add(c) for c in self.punct_chars), dtype=numpy.uint64)
            self._ids_key = key
        return self._ids


@Language.factory("kg_sentencizer", default_config={"punct_chars": None, "overwrite": False,
                                                    "scorer": {"@scorers": "spacy.senter_scorer.v1"}})
def _make_sentencizer(nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool,
                      scorer: object) -> ArraySentencizer:
    return ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite, scorer=scorer)


RENEW_AFTER = 1000  # documents tokenized by one pipeline before it is replaced (see pipeline())


def _build() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_paragraphs")
    nlp.add_pipe("kg_letter_stops")
    nlp.add_pipe("kg_sentencizer")
    nlp.add_pipe("kg_ordinal_dots")
    nlp.add_pipe("kg_quoted_marks")
    nlp.add_pipe("kg_opening_quotes")
    nlp.max_length = 60_000_000
    return nlp


class _Shared:
    nlp: Language | None = None
    docs = 0


def pipeline() -> Language:
    """The shared pipeline, replaced once it has made :data:`RENEW_AFTER` docs. spaCy keeps a
    lexeme and a string for every distinct word a pipeline has seen, so one pipeline for a whole
    build grows with the corpus' vocabulary (names, handles, numbers: about 3 KB per synthetic
    article). A new pipeline costs 0.16 s, and tokens do not depend on the words seen before, so
    the docs are the same."""
    if _Shared.nlp is None or _Shared.docs >= RENEW_AFTER:
        _Shared.nlp, _Shared.docs = _build(), 0
    return _Shared.nlp


def _tokenize(text: str) -> Doc:
    nlp = pipeline()
    _Shared.docs += 1
    return nlp(text)


@dataclass(frozen=True)
class Sentence:
    begin: int
    end: int
    text: str  # == article.text[begin:end]

    def evidence(self) -> Evidence:
        return Evidence(self.begin, self.end, self.text)


def doc(article: Article) -> Doc:
    """The spaCy ``Doc`` of the article's content (boilerplate blanked), cached on the article."""
    if "doc" not in article.cache:
        article.cache["doc"] = _tokenize(article.content)
    return article.cache["doc"]


def sentences(article: Article) -> list[Sentence]:
    """Sentences with offsets into ``article.text``, whitespace trimmed, empty ones dropped."""
    if "sentences" not in article.cache:
        out = []
        d = doc(article)
        if len(d):
            attrs = d.to_array([SENT_START, IDX])
            starts = attrs[:, 1][attrs[:, 0] == 1].tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            bounds = [*starts, len(article.content)]
            for begin, end in zip(bounds, bounds[1:], strict=False):
                b, e = trim(article.content, begin, end)
                if e > b:
                    out.append(Sentence(b, e, article.text[b:e]))
        article.cache["sentences"] = out
    return article.cache["sentences"]


def trim(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


def span(article: Article, begin: int, end: int) -> Evidence:
    b, e = trim(article.text, begin, end)
    return Evidence(b, e, article.text[b:e])


def sentence_at(article: Article, offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (binary search: sentences are in order)."""
    found = sentences(article)
    if "sentence_begins" not in article.cache:
        article.cache["sentence_begins"] = [s.begin for s in found]
    i = bisect.bisect_right(article.cache["sentence_begins"], offset) - 1
    return found[i] if i >= 0 and offset < found[i].end else None


def sentence_before(article: Article, s: Sentence | None) -> Sentence | None:
    """The sentence before ``s`` in the same paragraph, if any."""
    if s is None:
        return None
    found = sentences(article)
    sentence_at(article, s.begin)  # caches the sentences' offsets
    i = bisect.bisect_left(article.cache["sentence_begins"], s.begin) - 1
    if i < 0 or "\n\n" in article.content[found[i].end : s.begin]:
        return None
    return found[i]

