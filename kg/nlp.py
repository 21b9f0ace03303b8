"""The shared spaCy pipeline (blank English: tokenizer + sentencizer) and span helpers."""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import numpy
import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from .findings import Evidence
from .reader import Article


@Language.component("kg_paragraphs")
def _paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and tweet lines have no full stop. (Only
    the tokens holding a line break are looked at: iterating over every token costs as much as
    tokenizing.)"""
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array(IDX)
    n = len(doc)
    pos = text.find("\n")
    while pos != -1:
        i = int(numpy.searchsorted(starts, pos, side="right")) - 1  # the token holding the line break
        if 0 <= i < n - 1 and doc[i].is_space:
            doc[i + 1].is_sent_start = True
        pos = text.find("\n", pos + 1)
    return doc


@functools.cache
def pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_paragraphs")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 60_000_000
    return nlp


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
        article.cache["doc"] = pipeline()(article.content)
    return article.cache["doc"]


def sentences(article: Article) -> list[Sentence]:
    """Sentences with offsets into ``article.text``, whitespace trimmed, empty ones dropped."""
    if "sentences" not in article.cache:
        out = []
        for s in doc(article).sents:
            b, e = trim(article.content, s.start_char, s.end_char)
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
