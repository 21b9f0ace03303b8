"""kg.nlp: the pipeline's sentences are those of spaCy's own sentencizer (ours reads arrays), with
a line break ending a sentence (ours looks only at whitespace tokens; the reference below at every
character)."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from helpers import TEXTS
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import nlp
from kg.reader import parse, read

ROOT = Path(__file__).resolve().parent.parent


@spacy.language.Language.component("test_paragraphs_by_character")
def paragraphs_by_character(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    """Every line break in the text, the token holding it (with its trailing whitespace): if that
    is a whitespace token, the next token starts a sentence."""
    holder = {pos: t.i for t in doc for pos in range(t.idx, t.idx + len(t.text_with_ws))}
    for pos, ch in enumerate(doc.text):
        if ch == "\n" and doc[holder[pos]].is_space and holder[pos] < len(doc) - 1:
            doc[holder[pos] + 1].is_sent_start = True
    return doc


@pytest.fixture(scope="module")
def reference() -> spacy.language.Language:
    ref = spacy.blank("en")
    ref.add_pipe("test_paragraphs_by_character")
    ref.add_pipe("sentencizer")
    ref.add_pipe("kg_ordinal_dots")  # kg's own rules after it, the same on both sides ("the 56. minute")
    ref.add_pipe("kg_quoted_marks")  # ('"Thank you!" said the banner')
    ref.add_pipe("kg_opening_quotes")  # ('He smiled. "We did it."')
    return ref


def spacy_sentences(ref: spacy.language.Language, text: str) -> list[tuple[int, int]]:
    out = []
    for s in ref(text).sents:
        b, e = nlp.trim(text, s.start_char, s.end_char)
        if e > b:
            out.append((b, e))
    return out


def ours(text: str) -> list[tuple[int, int]]:
    article = parse(text, "x.txt")
    return [(s.begin, s.end) for s in nlp.sentences(article)]


@pytest.mark.parametrize("text", ["", " ", "\n", "Hi.", "a\n\nb", "...", "Wow!!! Really?! yes", "\n\nx", "x\n",
                                  "“Go.” He said.", "Fin. ¿Qué? Sí… ok", "一。二！三", "क्या? हाँ। ठीक", "(a.) b",
                                  "a  b", "a \n b", "a\t\nb", "a\r\nb\n", "x\u3000\ny", "end.\n\n\nNext"])
def test_same_sentences_as_spacys_sentencizer(reference: spacy.language.Language, text: str) -> None:
    assert ours(text) == spacy_sentences(reference, parse(text, "x.txt").content)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They lead Group C. A draw will do.", ["They lead Group C.", "A draw will do."]),
        ("Top of Pool D. “We are ready,” he said.", ["Top of Pool D.", "“We are ready,” he said."]),
        ("It was plan B. Then it rained.", ["It was plan B.", "Then it rained."]),
        ("Coach R. Diaz spoke.", ["Coach R. Diaz spoke."]),  # an initial
        ("Ana K. Osei and P. Lund scored.", ["Ana K. Osei and P. Lund scored."]),
        ("Group D. and then E.", ["Group D. and then E."]),  # no capitalised word after
    ],
)
def test_a_group_letter_ends_a_sentence_an_initial_does_not(text: str, expected: list[str]) -> None:
    article = parse(text, "x.txt")
    assert [s.text for s in nlp.sentences(article)] == expected


def test_same_sentences_on_the_seeds(reference: spacy.language.Language) -> None:
    for article in read([ROOT / "seeds"]):
        assert ours(article.text) == spacy_sentences(reference, article.content), article.name


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXTS, st.text(alphabet=st.sampled_from(list("ab .!?\n…。\"“”'\t\r\u3000")), max_size=80)))
def test_same_sentences_on_any_text(reference: spacy.language.Language, text: str) -> None:
    assert ours(text) == spacy_sentences(reference, parse(text, "x.txt").content)


def test_pipeline_is_renewed_and_docs_do_not_change(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build replaces the pipeline every RENEW_AFTER documents (so spaCy's vocabulary does not
    grow with the corpus); the tokens and sentences are those of one pipeline for everything."""
    articles = list(read([ROOT / "seeds"])) * 2
    one = nlp._build()
    expected = [[(t.idx, t.text, t.is_sent_start) for t in one(a.content)] for a in articles]
    monkeypatch.setattr(nlp, "RENEW_AFTER", 3)
    monkeypatch.setattr(nlp._Shared, "nlp", None)
    seen = []
    for a in articles:
        d = nlp.doc(parse(a.text, a.name))
        seen.append(d.vocab)
        assert [(t.idx, t.text, t.is_sent_start) for t in d] == expected[len(seen) - 1], a.name
    assert len({id(v) for v in seen}) == -(-len(articles) // 3)  # a new vocabulary every 3 documents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the 56. minute Melnyk equalised. It was over.", ["In the 56. minute Melnyk equalised.", "It was over."]),
        ("They play in the 2. round. Then the final.", ["They play in the 2. round.", "Then the final."]),
        ("It ended 3-1. Then it rained.", ["It ended 3-1.", "Then it rained."]),  # a capital after the number
        ("Poland won in 2019. he said", ["Poland won in 2019.", "he said"]),  # a year, not an ordinal
    ],
)
def test_a_numbers_full_stop_before_a_lower_case_word_ends_no_sentence(text: str, expected: list[str]) -> None:
    article = parse(text, "x.txt")
    assert [s.text for s in nlp.sentences(article)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Fans held a banner reading "Thank you, Qatar!" after the match. Then they left.',
         ['Fans held a banner reading "Thank you, Qatar!" after the match.', "Then they left."]),
        ("“What a night!” said the coach.", ["“What a night!” said the coach."]),
        ('"Why?" he asked.', ['"Why?" he asked.']),
        ('"Go!" And they went.', ['"Go!"', "And they went."]),  # a capital after the quote
        ('"We cried! It was beautiful." The fans stayed.', ['"We cried!', 'It was beautiful."', "The fans stayed."]),
        ("Wow! what a game", ["Wow!", "what a game"]),  # no quotation closed
    ],
)
def test_a_quoted_exclamation_before_a_lower_case_word_ends_no_sentence(text: str, expected: list[str]) -> None:
    article = parse(text, "x.txt")
    assert [s.text for s in nlp.sentences(article)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He smiled. "We did it," he said. "Great."', ["He smiled.", '"We did it," he said.', '"Great."']),
        ("It ended. “Thanks” was written.", ["It ended.", "“Thanks” was written."]),
        ("It ended. «Merci» was written.", ["It ended.", "«Merci» was written."]),
        ('He said "no" . Then left.', ['He said "no" .', "Then left."]),  # a closing mark stays
    ],
)
def test_a_quotations_opening_mark_opens_its_sentence(text: str, expected: list[str]) -> None:
    article = parse(text, "x.txt")
    assert [s.text for s in nlp.sentences(article)] == expected
