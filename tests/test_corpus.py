"""kg.corpus: claims across documents, independent originators, conflicts, tweet reuse."""
from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg import corpus
from kg.extract import extract_all
from kg.reader import parse, read

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = "It was a World Cup match decided in stoppage time, and the goalkeeper was beaten in the end. "
TWEET = ("Senegal fans stayed behind to collect every bottle in the stands after the final whistle tonight "
         "pic.twitter.com/SnFans01 — Teranga Watch 🦁 (@terangawatch) June 20, 2022")


def doc(name: str, body: str, date: str = "2022-06-20") -> tuple:
    article = parse(f" date {date} {CONTEXT}{body}", name)
    return article, extract_all(article)


def analyse(*docs: tuple) -> corpus.Corpus:
    return corpus.analyse(list(docs))


def test_two_articles_disagreeing_on_a_score_conflict() -> None:
    found = analyse(doc("a.txt", "Senegal beat Egypt 2-0 in the final on Sunday."),
                    doc("b.txt", "Senegal beat Egypt 3-1 in the final on Sunday."))
    results = sorted(c.value for c in found.claims.values() if c.kind == "result")
    assert results == ["Senegal 2-0 Egypt", "Senegal 3-1 Egypt"]
    assert [(c.a.value, c.b.value, c.about) for c in found.conflicts if c.a.kind == "result"] == [
        ("Senegal 2-0 Egypt", "Senegal 3-1 Egypt", "score of Egypt v Senegal")]


def test_agreeing_articles_make_one_claim_with_two_originators() -> None:
    found = analyse(doc("a.txt", "Senegal beat Egypt 2-0 in the final on Sunday."),
                    doc("b.txt", "Egypt lost 2-0 to Senegal in the final."))
    (result,) = [c for c in found.claims.values() if c.kind == "result"]
    assert result.documents() == {"a.txt", "b.txt"} and len(result.originators()) == 2
    assert not [c for c in found.conflicts if c.a.kind == "result"]


def test_goal_minutes_in_conflict() -> None:
    found = analyse(doc("a.txt", "Wales lost 2-1 to Iran. Ali Karimi scored the winner in the 88th minute for Iran."),
                    doc("b.txt", "Wales lost 2-1 to Iran. Ali Karimi scored the winner in the 90th minute for Iran."))
    minutes = {(c.a.value, c.b.value) for c in found.conflicts}
    assert ("88", "90") in minutes


def test_a_tweet_embedded_twice_is_one_originator_and_the_articles_relay_it() -> None:
    found = analyse(doc("a.txt", "The Senegal supporters were praised on social media.\n\n" + TWEET),
                    doc("b.txt", "What a sight after the match in Doha.\n\n" + TWEET))
    claim = next(c for c in found.claims.values() if c.kind == "fan_act" and c.act == "stay_behind")
    assert claim.documents() == {"a.txt", "b.txt"}
    assert len(claim.originators()) == 1  # the tweet
    assert len(claim.sources()) == 3  # the tweet and the two articles relaying it


def test_unattributed_reprint_is_found_and_an_embed_is_not() -> None:
    reprint = ("Senegal fans stayed behind to collect every bottle in the stands after the final whistle "
               "tonight, a reader wrote.")
    found = analyse(doc("a.txt", "Praise poured in.\n\n" + TWEET),
                    doc("b.txt", reprint),
                    doc("c.txt", "Another embed.\n\n" + TWEET))
    assert [(r.doc, r.tweet.handle) for r in found.reuses] == [("b.txt", "terangawatch")]
    (reuse,) = found.reuses
    assert reuse.evidence.text.startswith("Senegal fans stayed behind to collect every bottle")
    assert len(reuse.evidence.text.split()) >= corpus.REUSE_WORDS


def test_short_shared_phrases_are_not_reuse() -> None:
    found = analyse(doc("a.txt", "x\n\n" + TWEET), doc("b.txt", "Senegal fans stayed behind after the final."))
    assert found.reuses == []


@pytest.mark.parametrize("tweets", [1, corpus.REUSE_MAX_TWEETS, corpus.REUSE_MAX_TWEETS + 1, 12])
def test_a_stock_line_in_many_tweets_is_not_reuse_of_each(tweets: int) -> None:
    line = "Senegal fans stayed behind to collect every bottle in the stands after the final whistle"
    embeds = [doc(f"e{i:02}.txt", f"Seen online.\n\n{line} again {i} pic.twitter.com/Stock{i:02} — Fan {i} (@fan{i:02}) "
                                  "June 20, 2022") for i in range(tweets)]
    found = analyse(*embeds, doc("z.txt", f"{line}, a reader wrote."))
    reprinted = {r.tweet.handle for r in found.reuses if r.doc == "z.txt"}
    assert reprinted == ({f"fan{i:02}" for i in range(tweets)} if tweets <= corpus.REUSE_MAX_TWEETS else set())


def test_quoted_person_originates_what_the_quote_says() -> None:
    found = analyse(doc("a.txt", 'Morocco coach Walid Benhadi said: "Our fans cleaned the stands and stayed behind for an hour."'))
    claim = next(c for c in found.claims.values() if c.kind == "fan_act" and c.act == "clean_stands")
    assert {o for o in claim.originators()} == {("person", "Walid Benhadi")}
    assert ("article", "a.txt") in claim.sources()


@pytest.fixture(scope="module")
def seeds() -> corpus.Corpus:
    return corpus.analyse([(a, extract_all(a)) for a in read([ROOT / "seeds"])])


@pytest.mark.parametrize("act,actor", [("clean_stands", "fans"), ("clean_dressing_room", "players"),
                                       ("thank_you_note", "players")])
def test_seeds_core_acts_are_one_claim_backed_by_four_articles(seeds: corpus.Corpus, act: str, actor: str) -> None:
    claims = [c for c in seeds.claims.values() if c.act == act and c.value == actor and "Japan" in c.about["team"]]
    assert len(claims) == 1 and len(claims[0].documents()) >= 4


def test_seeds_winning_goal_minute_conflict(seeds: corpus.Corpus) -> None:
    assert {(c.a.value, c.b.value) for c in seeds.conflicts} == {("90", "94")}


def test_seeds_reprinted_tweet(seeds: corpus.Corpus) -> None:
    assert [(r.doc, r.tweet.handle) for r in seeds.reuses] == [("001_43eeb8a8b31cb446.txt", "tancredipalmeri")]


def test_conflicts_query_with_a_claim_in_several_conflicts(tmp_path: Path) -> None:
    """Three scores for one match: three conflicts, each claim in two of them; each side's sources
    are listed once each, whatever the number of conflicts the claim is in."""
    from kg.api import build_to

    docs = tmp_path / "in"
    docs.mkdir()
    for name, score in [("a", "2-0"), ("b", "3-1"), ("c", "4-2"), ("d", "2-0")]:
        (docs / f"{name}.txt").write_text(f" date 2022-06-20 {CONTEXT}Senegal beat Egypt {score} in the final on Sunday.\n",
                                          encoding="utf-8")
    build_to([docs], tmp_path / "out", html=False)
    rows = kg.query(tmp_path / "out", "conflicts").as_dicts()
    pairs = sorted(tuple(sorted([r["value_a"], r["value_b"]])) for r in rows if "score" in r["about"])
    assert pairs == [("Senegal 2-0 Egypt", "Senegal 3-1 Egypt"), ("Senegal 2-0 Egypt", "Senegal 4-2 Egypt"),
                     ("Senegal 3-1 Egypt", "Senegal 4-2 Egypt")]
    by_score = {"Senegal 2-0 Egypt": ["a.txt", "d.txt"], "Senegal 3-1 Egypt": ["b.txt"], "Senegal 4-2 Egypt": ["c.txt"]}
    for r in rows:
        for side in "ab":
            if r[f"value_{side}"] in by_score:
                docs_of = [s.split(": ", 1)[0] for s in r[f"sources_{side}"].split(" | ")]
                assert sorted(docs_of) == by_score[r[f"value_{side}"]]  # each article once


def test_seeds_queries(tmp_path: Path) -> None:
    from kg.api import build_to

    build_to([ROOT / "seeds"], tmp_path, html=False)
    reuse = kg.query(tmp_path, "tweet-reuse").as_dicts()
    assert [(r["handle"], r["n"]) for r in reuse] == [("MohammadKaif", "2")]
    conflicts = kg.query(tmp_path, "conflicts").as_dicts()
    assert [(r["value_a"], r["value_b"]) for r in conflicts] == [("90", "94")]
    assert "@Sporf" in conflicts[0]["sources_a"] and "@ismaelmedel" in conflicts[0]["sources_b"]
    unattributed = kg.query(tmp_path, "unattributed-reuse").as_dicts()
    assert [(r["doc"], r["handle"]) for r in unattributed] == [("001_43eeb8a8b31cb446.txt", "tancredipalmeri")]
    claims = {r["label"]: r for r in kg.query(tmp_path, "claims").as_dicts()}
    stands = claims["Japan fans cleaned the stands after Belgium v Japan"]
    assert int(stands["articles"]) == 5 and int(stands["originators"]) >= 5


def test_word_run_hashes_are_the_same_in_every_process() -> None:
    """Workers hash each document's word runs; the main process hashes the tweets' and compares:
    ``hash()`` of a str differs between processes, so the hashes must not depend on it."""
    import subprocess
    import sys

    code = ("from kg.reader import parse; from kg.corpus import _shingles; "
            "print(list(_shingles(parse(' date 2022-06-20 ' + 'Fans stayed behind to collect every bottle in the stands "
            "after the final whistle tonight', 'a.txt'))))")
    runs = {subprocess.run([sys.executable, "-c", code], env={**__import__("os").environ, "PYTHONHASHSEED": seed},
                           capture_output=True, text=True, check=True).stdout for seed in ("1", "2", "random")}
    assert len(runs) == 1 and len(eval(runs.pop())) > 3  # noqa: S307 - our own output


def test_reuse_is_found_across_workers(tmp_path: Path) -> None:
    """The same reprint, found when the documents are extracted in two worker processes."""
    from kg.api import build_to

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, body in [("a.txt", "Praise poured in.\n\n" + TWEET),
                       ("b.txt", "Senegal fans stayed behind to collect every bottle in the stands after the final "
                                 "whistle tonight, a reader wrote.")]:
        (docs / name).write_text(f" date 2022-06-20 {CONTEXT}{body}", encoding="utf-8")
    build_to([docs], tmp_path / "out", html=False, workers=2, cache=False)
    reuse = kg.query(tmp_path / "out", "unattributed-reuse").as_dicts()
    assert len(reuse) == 1 and "b" in str(reuse[0])


def _reduce(docs: list[tuple], *, keep_assertions: bool) -> tuple[corpus.Reducer, corpus.Corpus]:
    reducer = corpus.Reducer(keep_assertions=keep_assertions)
    shingles = {}
    for article, findings in docs:
        contrib = corpus.contribution(article, findings)
        reducer.add(contrib)
        shingles[article.name] = (contrib.shingles, lambda a=article: a)
    return reducer, reducer.finish(shingles[n] for n in sorted(shingles))


def _summary(found: corpus.Corpus) -> tuple:
    claims = sorted(((c.key, c.kind, c.label, c.subject, c.value, c.act, {k: sorted(v) for k, v in c.about.items()})
                     for c in found.claims.values()), key=str)
    conflicts = [(c.a.key, c.b.key, c.about, sorted(c.a.about.get("team", ()))) for c in found.conflicts]
    reuses = [(r.doc, r.tweet.handle, r.evidence.begin, r.evidence.end) for r in found.reuses]
    return len(found.claims), claims, conflicts, reuses


CORPORA = {
    "seeds": lambda: [(a, extract_all(a)) for a in read([ROOT / "seeds"])],
    "disagreements": lambda: [
        doc("a.txt", "Wales lost 2-1 to Iran. Ali Karimi scored the winner in the 88th minute for Iran.\n\n" + TWEET),
        doc("b.txt", "Wales lost 2-0 to Iran. Ali Karimi scored the winner in the 90th minute for Iran."),
        doc("c.txt", "Iran beat Wales 2-1. Senegal fans stayed behind to collect every bottle in the stands "
                     "after the final whistle tonight, a reader wrote."),
    ],
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_claims_kept_on_disk_are_the_claims_kept_in_memory(name: str) -> None:
    """A build keeps the claims in a table on disk (memory flat in the corpus); the in-memory
    analysis must find the same claims (first label, union of what they are about), conflicts
    and reuses."""
    docs = CORPORA[name]()
    _mem, in_memory = _reduce(docs, keep_assertions=True)
    disk, on_disk = _reduce(docs, keep_assertions=False)
    try:
        assert isinstance(on_disk.claims, corpus.ClaimTable)
        assert _summary(on_disk) == _summary(in_memory)
        assert in_memory.conflicts and len(on_disk.claims) > 5
    finally:
        disk.close()


def test_a_claim_on_disk_keeps_its_first_label_and_the_union_of_what_it_is_about() -> None:
    table = corpus.ClaimTable()
    try:
        first = corpus.Claim(("result", "A v B", "A 2-1 B"), "result", "first", ("result", "A v B"), "A 2-1 B")
        first.add_about("team", "A")
        again = corpus.Claim(("result", "A v B", "A 2-1 B"), "result", "second", ("result", "A v B"), "A 2-1 B")
        again.add_about("team", "B")
        again.add_about("match", "A v B")
        table.add([first])
        table.add([again])
        (claim,) = table.values()
        assert (claim.label, claim.about) == ("first", {"team": {"A", "B"}, "match": {"A v B"}})
        assert claim.key == ("result", "A v B", "A 2-1 B") and len(table) == 1
    finally:
        table.close()


def test_the_claim_table_is_removed_when_the_build_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import tempfile

    from kg import api, fanout

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    article, _findings = doc("a.txt", "Senegal beat Egypt 2-0 in the final on Sunday.")

    def docs():
        yield fanout.extract_one(article)
        assert list(tmp_path.glob(".kg-scratch-claims-*")), "the build keeps its claims in a table on disk"
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError, match="killed"):
        api.assemble(docs(), io.BytesIO())
    assert not list(tmp_path.glob(".kg-scratch-claims-*"))


def test_the_claim_table_keeps_text_that_utf8_cannot_carry() -> None:
    """A file name that is not UTF-8 reaches kg with lone surrogates; SQLite's text refuses them."""
    from kg.findings import Tweet

    odd = "caf\udce9.txt"
    table = corpus.ClaimTable()
    try:
        claim = corpus.Claim(("quote", "Ana", odd), "quote", f"Ana: {odd}", ("quote", "Ana", odd), odd)
        claim.add_about("person", odd)
        tweet = Tweet(evidence=(), handle="ana", display_name="Ana", date=None, url=None, text=f"seen at {odd}")
        table.add([claim], [(odd, tweet)])
        (back,) = table.values()
        assert (back.key, back.label, back.value, back.about) == (claim.key, claim.label, odd, {"person": {odd}})
        assert list(table.tweets()) == [(odd, tweet)]
    finally:
        table.close()


def test_a_colliding_word_run_hash_is_not_a_reprint() -> None:
    """The tweet index is keyed by hashes of word runs; a hit is confirmed against the tweet's words."""
    from kg.findings import Tweet

    article, findings = doc("a.txt", "Praise poured in.\n\n" + TWEET)
    (tweet,) = [f for f in findings if isinstance(f, Tweet)]
    with corpus._TweetIndex([("a.txt", tweet)]) as index:
        other, _ = doc("b.txt", "Morocco fans sang through the night in the old town after the quarter-final win.")
        words = [w for w, _b, _e in corpus._outside_embeds(other)]
        colliding = corpus._run_hashes(words)[-1]
        assert not index.meets(corpus._shingles(other))
        index._db.execute("INSERT INTO runs VALUES (?, 1)", (colliding,))  # as if that run of b.txt hashed like
        index.hashes = numpy.sort(numpy.append(index.hashes, colliding))  # a run of the tweet
        assert index.meets(corpus._shingles(other))
        assert list(index.reuses(other)) == []
        reprint, _ = doc("c.txt", "Senegal fans stayed behind to collect every bottle in the stands, a reader wrote.")
        assert [r.tweet.handle for r in index.reuses(reprint)] == ["terangawatch"]  # a real run still is


def _reference_reuses(docs: list[tuple]) -> list[tuple[str, str, int, int]]:
    """Unattributed reuse found the plain way, with word tuples instead of hashes and nothing on disk."""
    from kg.findings import Tweet

    tweets: dict[object, Tweet] = {}
    embedded: dict[object, set[str]] = {}
    for article, findings in docs:
        for t in (f for f in findings if isinstance(f, Tweet)):
            key = corpus._origin_id(corpus.Origin("tweet", t))
            tweets.setdefault(key, t)
            embedded.setdefault(key, set()).add(article.name)
    owners: dict[tuple[str, ...], set[object]] = {}
    for key, t in tweets.items():
        for run in corpus._runs([w for w, _b, _e in corpus._words(t.text)]):
            owners.setdefault(run, set()).add(key)
    order = list(tweets)
    found = []
    for article, _findings in sorted(docs, key=lambda d: d[0].name):
        located = corpus._outside_embeds(article)
        hits: dict[int, list[tuple[int, int]]] = {}
        for i, run in enumerate(corpus._runs([w for w, _b, _e in located])):
            keys = owners.get(run, set())
            if len(keys) > corpus.REUSE_MAX_TWEETS:
                continue
            for key in keys - {k for k in keys if article.name in embedded[k]}:
                hits.setdefault(order.index(key), []).append((located[i][1], located[i + corpus.REUSE_WORDS - 1][2]))
        for n, ranges in sorted(hits.items()):
            found += [(article.name, tweets[order[n]].handle, b, e) for b, e in corpus._merge(ranges)]
    return found


LINES = ["Senegal fans stayed behind to collect every bottle in the stands after the final whistle",
         "the players left the dressing room spotless and wrote a thank you note in three languages",
         "Morocco supporters sang through the night in the old town after the quarter final win"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.lists(st.tuples(st.sampled_from(LINES), st.integers(0, 4), st.integers(0, 3)), max_size=3),
                          st.lists(st.tuples(st.sampled_from(LINES), st.integers(0, 6), st.integers(4, 14)), max_size=2)),
                min_size=1, max_size=6))
def test_reuse_is_what_the_plain_word_comparison_finds(spec: list) -> None:
    """Documents that embed tweets (some the same tweet, some sharing lines) and reprint parts of
    lines: the on-disk, hashed index finds the reuses a plain comparison of word runs finds."""
    docs = []
    for i, (embeds, reprints) in enumerate(spec):
        body = ". ".join(" ".join(line.split()[b : b + n]) for line, b, n in reprints) + ".\n\n"
        body += "\n\n".join(f"{line} {k} pic.twitter.com/T{k}x{j} — Fan {j} (@fan{j}) June 20, 2022"
                              for line, j, k in embeds)
        docs.append(doc(f"d{i}.txt", body))
    _reducer, found = _reduce(docs, keep_assertions=False)
    assert [(r.doc, r.tweet.handle, r.evidence.begin, r.evidence.end) for r in found.reuses] == _reference_reuses(docs)


def test_the_tweet_index_is_removed_when_the_build_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    article, findings = doc("a.txt", "Praise poured in.\n\n" + TWEET)
    reprint, _ = doc("b.txt", "Senegal fans stayed behind to collect every bottle in the stands, a reader wrote.")
    reducer = corpus.Reducer(keep_assertions=False)
    reducer.add(corpus.contribution(article, findings))

    def load() -> None:
        assert list(tmp_path.glob(".kg-scratch-tweets-*")), "the tweet index is kept on disk"
        raise RuntimeError("killed")

    try:
        with pytest.raises(RuntimeError, match="killed"):
            reducer.finish([(corpus._shingles(reprint), load)])
        assert not list(tmp_path.glob(".kg-scratch-tweets-*"))
    finally:
        reducer.close()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=30).map(sorted),
       st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=5))
def test_words_outside_embeds_are_those_no_span_holds(starts: list[int], spans: list[tuple[int, int]]) -> None:
    words = [(f"w{i}", b, b + 1) for i, b in enumerate(starts)]
    assert corpus._outside(words, spans) == [w for w in words if not any(b <= w[1] < e for b, e in spans)]


@given(st.text(max_size=60))
def test_word_list_is_the_words_without_offsets(text: str) -> None:
    assert corpus._word_list(text) == [w for w, _b, _e in corpus._words(text)]


def test_a_goal_claim_names_the_match_of_its_paragraph() -> None:
    found = analyse(doc("a.txt", "The United States beat Honduras 1-0 on Monday.\n\nEarlier, the United States beat "
                                 "Jamaica 2-1. Jordan Morris scored the winner in the 88th minute for the United States."))
    labels = {c.label for c in found.claims.values() if c.kind == "goal"}
    assert any("Jamaica v United States" in label for label in labels), labels
    assert not any("Honduras" in label for label in labels), labels
