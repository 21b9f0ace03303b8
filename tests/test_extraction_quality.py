"""Extraction beyond the seeds, end to end: kg builds the invented articles of ``tests/data/heldout``
(other tournaments, languages and sports) and ``tests/data/probes`` (more styles: wire reports, live
blogs, results lines, women's and youth football, clubs beside national teams, NFL/rugby/volleyball
/tennis/baseball controls) and ``tests/data/probes3`` (24 articles written unseen: fan-behaviour stories
from other tournaments with tweets in a dozen languages, fact boxes, live blogs, translated wire copy;
rugby, cricket, ice hockey, basketball, water polo and field hockey controls) and ``tests/data/probes4``
(24 more written unseen: wire datelines and bylines, scorer lists, previews, shoot-outs, a Q&A,
nicknames, round-ups, disputed reports, a fact check, tweets dated in other languages; handball,
American football and rugby controls) and ``tests/data/probes5`` (24 more: tabloid, broadsheet, local
paper, translated agency copy, ratings, listicle, press conference, feature; fan stories at other
tournaments; volleyball, rugby league, rugby sevens and cricket controls) and ``tests/data/probes6``
(24 more: fan stories from ten countries' outlets, match reports told from the loser's side, from
quotes, with own goals, shoot-outs, VAR; women's rugby, field hockey, handball and ice hockey
controls) and ``tests/data/probes7`` (24 more: round-ups with several results a sentence, two-leg
ties, postponed matches, Gulf, SAFF, Pacific, AFF and women's EURO football; a fact check,
conflicting accounts, a Q&A, an opinion column, a liveblog; rugby, cricket, basketball and ice
hockey controls) and ``tests/data/probes8`` (24 more: translated copy from German, Spanish, Korean,
Arabic, Turkish and Polish newsrooms; social-media-heavy disputes over what happened; handball,
volleyball, field hockey and baseball controls) and ``tests/data/probes9`` (24 more, briefed as a
representative mix of everyday football news and of supporter stories; tennis, athletics, rugby
sevens and esports controls) and ``tests/data/probes11`` (24 more: supporters' and players' conduct
across tournaments, with acts planned, denied or asked about; match-heavy round-ups, previews,
shoot-outs, minutes in words, outlets that call their side "our team"; rugby union, volleyball,
handball and ice hockey controls) and ``tests/data/probes12`` (24 more: a representative mix of one
international window; translated and non-native copy; basketball, cricket, rugby league and
badminton controls) and ``tests/data/probes13`` (24 more: outlets from every region, a disputed
claim, a press conference; a fanzine, a player's diary, a press release, a data piece, an
obituary; field hockey, water polo, baseball and cricket controls) and ``tests/data/probes14`` (24
more: tournaments outside Europe, women's and youth football, tweets dated in other languages, a
live blog, a photo essay, a translated press release; rugby union, cricket, basketball and handball
controls) and ``tests/data/probes15`` (24 more: qualifiers from Eastern Europe to North Africa, a
matchday round-up, a fan's travel diary, a fact check, a press review, a correction, an obituary;
ice hockey, basketball, rugby league and beach soccer controls) and ``tests/data/probes16`` (24 more:
continental tournaments outside the World Cup, a Q&A, a press-conference transcript, a timeline,
player ratings, anniversary pieces, translated copy from Spanish, French and German, a listicle;
tweets dated in transliterated Arabic, Japanese, Korean, Russian; cricket, volleyball, field hockey
and handball controls) and ``tests/data/probes17`` (24 more: the AFF, Gold Cup, Africa Cup of
Nations, Arab Cup, Olympic and youth tournaments, qualifiers and the Nations League; a box score
with line-ups, a liveblog, a press-conference write-up, a shoot-out, a column on a match a decade
ago; gestures told indirectly, denied or only planned; tweets dated in Vietnamese, Indonesian,
Russian, Thai, Arabic, Persian, Korean and European formats; rugby union, basketball, ice hockey and
tennis controls) and ``tests/data/probes18`` (24 more: the Copa América, Asian Cup, SAFF, Pacific
Games, CAF and women's qualifiers; a preview, a squad announcement, an obituary, a VAR row, a
disciplinary story, a fans' diary told as "we", a goalkeeper's profile, a listicle, two legs,
translated copy; tweets dated in Japanese, Chinese, Polish, Dutch, Greek, Bengali, Czech and
Scandinavian formats; Australian rules, badminton, water polo and American football controls) and
``tests/data/probes20`` (24 more: CONCACAF and CONMEBOL qualifiers, Asian, Oceanian and Arab
qualifiers, women's and youth games; a liveblog stamped with clock times, round-ups, profiles, a
Q&A, press conferences translated from Spanish and Arabic, fan groups that tidy and bow; tweets
dated in Spanish, Portuguese, French, Indonesian, Vietnamese and numeric formats; volleyball, ice
hockey, handball and cricket controls) and ``tests/data/probes21`` (24 more: Africa Cup of Nations,
European and youth qualifiers, then any confederation, briefed by the kind of outlet: a liveblog, a
round-up, a profile, a press conference translated from French, a fan-culture piece, a data piece listing
every goal by minute, a Sunday column; tweets dated in French, Portuguese, German, Indonesian,
Arabic, Polish, Swahili and numeric formats; rugby union, basketball, field hockey and water polo
controls) and ``tests/data/probes23`` (36 more in three thirds: the Africa Cup of Nations, Gold Cup,
women's and under-17 tournaments; the Asian Cup, Copa América, U-20 World Cup, Nations League and a
play-off; European and Oceanian qualifiers, Olympic and Women's World Cup games, the Gulf and Arab
Cups; wire copy, liveblogs, Q&As translated from Spanish and Japanese, copy translated from French,
Portuguese, German, Korean and Turkish, player ratings, a column; tweets dated in French,
Portuguese, Spanish, Japanese, Arabic, Greek, German, Korean, Turkish and Welsh; handball, cricket,
rugby union, ice hockey, basketball and volleyball controls) and ``tests/data/probes24`` (24 more,
written unseen as a check on what the probes23 fixes carry over: CONMEBOL qualifiers, the E-1 and
SAFF championships, the women's Nations League, the Concacaf Nations League, U-23 Asian Cup, a Euro
qualifying round-up, World Cup and Euro knockouts, the Women's Asian Cup, an U-19 Euro; a preview,
a press conference with headers, a profile, a Q&A, copy translated from Spanish, Italian, Dutch,
Polish and Indonesian; tweets dated in Spanish, Chinese, Hindi, Italian, Vietnamese, Polish, Dutch
and Indonesian; tennis, field hockey, American football and badminton controls, whose tweets and
credits are annotated) and ``tests/data/probes25`` (24 more: qualifiers of every confederation, the
Asian Cup, Africa Cup of Nations, Gold Cup, Copa América, Euro, Women's World Cup, Gulf Cup, AFF
Championship, U-20 World Cup and Olympic football; wire copy, a round-up, a preview, a press
conference, a tabloid piece, a liveblog with clock times, a Q&A, a column, a photo gallery, copy
translated from Turkish and Arabic, supporters' stories told by the fans; tweets dated in French,
Spanish, Welsh, Turkish, Korean, Croatian, Russian, German, Arabic, Swedish and Dutch; rugby league,
handball, ice hockey and cricket controls) and ``tests/data/probes26`` (12 more: CECAFA, SAFF U-20,
the ASEAN Championship, the CAFA Nations Cup, the Concacaf Nations League, a women's Euro qualifier,
OFC U-23, WAFF U-23; wire copy, a local paper, a liveblog, copy translated from Russian, a
press conference, a round-up, a profile; tweets dated in Swahili, Vietnamese, Indonesian, Russian,
Spanish, Serbian, Arabic with Eastern Arabic digits and Kazakh; bandy, sepak takraw and rugby union
controls) and ``tests/data/probes27`` (12 more, written unseen and given no fixes of their own: the
Africa Cup of Nations, Women's Copa América, U-17 Asian Cup, OFC qualifiers, Euro 2024, Gold Cup,
Women's Asian Cup, Irish youth qualifiers, the 2022 World Cup, WAFCON; a fact-check, a profile,
wire round-ups, a press conference, a fan site, translated copy; rugby union and handball
controls) and ``tests/data/probes28`` (24 more, written unseen and given no fixes of their own: the
Africa Cup of Nations, Asian Cup, Gulf Cup, SAFF, OFC, Arab Cup, Women's World Cup and Euro,
WAFCON, Gold Cup, youth games; wire copy, a tabloid, liveblogs, translated copy, fan blogs, press
conferences, a round-up; tweets dated in Hausa, Arabic with Eastern Arabic digits, Korean, Hindi,
Malayalam, Bislama, Swahili, Turkish, Portuguese, Swedish, Polish, Haitian Creole, Croatian, Dutch
and Finnish; field hockey, handball and ice hockey controls) and ``tests/data/probes29`` (24 more, written
unseen: Euro 2016, USA 94, Italia 90, Brazil 2014, the Nations League, Copa América qualifiers, the Gold
Cup, women's qualifiers, the Women's World Cup, the Olympics, U-20 and U-17 World Cups, the ASEAN
Championship, SAFF, AFCON qualifiers, the Pacific Games; a colour piece, a round-up told in prose, a
scorers block, a stiff translation, a fan blog, a federation's news item, a Q&A, a podcast summary, a
photo gallery; tweets dated in Icelandic, Italian, Dutch, Hungarian, Romanian, Serbian Cyrillic, Greek,
German, Portuguese, Tagalog, Thai, Malay, Vietnamese, Hebrew, Swahili, Hausa, Hindi, Persian, French,
isiZulu and Chinese; water polo, field hockey, handball, netball and kabaddi controls) and
``tests/data/probes30`` (36 more, written unseen: the Asian Cup, AFCON, the Gulf Cup, the Arab Cup, SAFF,
AFC U-23, World Cup qualifiers, the Women's World Cup, Euro, Olympics, SheBelieves and Algarve Cup, WAFCON,
1950, 1966 and 1998 retrospectives, the OFC Nations Cup, the Nations League, the Gold Cup, CAFA; wire
copy, translations from French, Japanese, Persian, Spanish, Russian and German, liveblogs, tabloids,
fan blogs, a Q&A, a newsletter, a column, a photo essay, press conferences, line-up boxes; tweets in
some twenty languages; handball, rugby sevens and ice hockey controls), ``tests/data/probes31`` (72 more,
written unseen in two rounds: Women's AFCON, Euro 2024, the ASEAN U-19, Asian Cup, Gold Cup, Arab Cup,
Women's World Cup, OFC, AFCON, SAFF, Gulf Cup, the Nations League and qualifiers, U-17 and U-20 World Cups,
Copa América; wire copy, tabloids, liveblogs, fan blogs, press conferences, features, translations from
Spanish, Portuguese, French, Arabic, Russian, Japanese, Korean and Indonesian, a photo gallery, a social-media
round-up, a fact-check, a Q&A; tweets in some thirty languages; handball, ice hockey, basketball,
volleyball, field hockey, rugby union and rugby sevens controls) and ``tests/data/probes32`` (36 more,
written unseen: African, CONCACAF and Oceanian qualifiers and finals in local outlets' idiom, women's and
youth football, retrospectives and an obituary; handball, rugby sevens, ice hockey, cricket, rugby league
and basketball controls), ``tests/data/probes33`` (72 more, written unseen in two rounds: tweets in some
twenty languages and date forms, other sports' controls and football copy that mentions them, people's
roles and teams, fan acts told many ways, translations from twelve languages, round-ups and live blogs;
handball, ice hockey, water polo, rugby, Gaelic and Australian rules, flag football and field hockey
controls), ``tests/data/probes34`` (36 more, written unseen: a representative mix, people and fan
culture, women's and youth football; handball, ice hockey, rugby sevens, netball and field hockey
controls), ``tests/data/probes35`` (36 more, written unseen: club football from ten leagues, which kg
does not model (its clubs are no teams, so their matches, fan acts and players' teams are missed),
matches and goals told many ways, people and fan culture; basketball, Australian rules, water polo,
field hockey, kabaddi and cricket controls), ``tests/data/probes36`` (36 more, written unseen: a
representative mix of national-team news, stories told through many sources (quotes, credits, tweets
in many languages), copy translated from a dozen languages; handball, ice hockey, rugby sevens and
volleyball controls), ``tests/data/probes37`` (36 more, written unseen: retrospectives, obituaries and
anniversary pieces with former teams (West Germany, Czechoslovakia), social-media round-ups and
fact-checks with tweets in some twenty languages and calendars, women's and youth football told through
many voices; water polo, field hockey, Australian rules, handball, cricket, netball and softball
controls), ``tests/data/probes38`` (36 more, written unseen: qualifiers of small nations as wire reports
and news in brief, live blogs and stiff translations from Asian and African tournaments with tweets in
non-Latin scripts and calendars, press conferences, tabloids and fan blogs about European and South
American sides; bandy, kabaddi, ice hockey, sepak takraw, volleyball, rugby union and korfball
controls), ``tests/data/probes39`` (36 more, written unseen: women's and youth football in Latin America,
the Caribbean and Oceania as technical sheets and translated wires, fact-checks and columns about fan
acts that are claimed, repeated or debunked, round-ups of many matches with fixtures among the results;
field hockey, handball, water polo, rugby league, basketball, cricket, ice hockey, netball and Gaelic
football controls), ``tests/data/probes40`` (36 more, written unseen: Caribbean, Central American and
southern and eastern African football in local outlets' idiom, stiff translations from French and
Portuguese, a supporter's diary told as "we"; European and Asian football in press-conference transcripts
and translations from Japanese, Korean, Chinese, Thai, Italian and Polish; a newsletter, a podcast
summary, a scoreboard with numbered line-ups, an obituary, a VAR row, a photo gallery; cricket, netball,
rugby sevens, volleyball, handball, baseball, flag football, field hockey and water polo controls),
``tests/data/probes41`` (36 more, written unseen: South American, Middle Eastern and Central Asian football as
wire copy and stiff translations from Spanish, Portuguese, Arabic, Russian and Persian; women's football
worldwide with fan culture, a fact-check of a viral photo, Q:/A: transcripts and a photo gallery; African and
European football with small nations, player ratings, a preview, a supporters' bus trip; basketball, ice
hockey, cricket, women's rugby, netball, softball, handball, volleyball and Australian rules controls),
``tests/data/probes42`` (36 more, written unseen: Asian and Oceanian football in English-language outlets there;
World Cup and Euro football told through many sources, a fact-check, an obituary, a data desk's list of goals;
CONCACAF, CONMEBOL and African football in local idiom; badminton, sepak takraw, rugby league, ice hockey,
tennis, field hockey, baseball, basketball and cricket controls), ``tests/data/probes43`` (36 more, written
unseen: the Asian Cup and Asian qualifiers with a transcript, a profile, a data desk, copy translated from Korean,
Arabic and Indonesian; the Women's Euro, Olympics and Nations League with a live blog, a gallery, a column and
copy translated from German, Dutch and Swedish; the Gold Cup, Copa América and U-20 World Cup with translated
Spanish and Portuguese, ratings, a coach's Q&A, a shoot-out; handball, water polo, rugby sevens, field hockey, ice
hockey, netball, basketball, American football and lacrosse controls), ``tests/data/probes44`` (36 more, written
unseen: African football with copy translated from French, Arabic and Portuguese, a supporters' feature, a profile
told with "she"; European men's football as a tabloid, a fanzine's "we", translations from Turkish, Polish and
Hungarian, ratings, a timeline; the Pacific, the Caribbean and Central Asia as a radio transcript, a newsletter,
a press release, a small outlet's report; basketball, rugby, handball, ice hockey, water polo, floorball, rugby
league, Gaelic football and Australian rules controls), and
its bundled queries are
compared with their gold files, field by
field, as ``../shared/eval/score.py`` does (the same keys; a smaller copy, so that CI needs nothing
outside the repository). The floors sit a little under what this version reaches, so that a change
that loses recall or precision anywhere fails here, not only in a hand-run scorer."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

import kg
from kg.api import build_to

DATA = Path(__file__).resolve().parent / "data"
CORE_ACTS = {"clean_stands", "clean_dressing_room", "thank_you_note", "tears", "stay_behind", "bow"}
TEAM_ALIASES = {"korea republic": "south korea", "ir iran": "iran", "usa": "united states",
                "cote d'ivoire": "ivory coast", "czechia": "czech republic", "turkiye": "turkey"}
# corpus -> (lowest macro F1, lowest F1 of any field). This version: heldout 0.999 / 0.99; probes
# 0.960 / 0.85 (fan acts); probes3 0.910 / 0.84 (fan acts; matches, goals). The version before the
# probes were written (3f33a6b): heldout 0.994 / 0.96, probes 0.876 / 0.70; before probes3 was
# written (81aab44): probes3 0.864 / 0.76 (goals recall 0.63, fan acts). probes4 now 0.950 / 0.86
# (tweets: the controls' tweets are kept, as the README says); unseen at c1f9010 (shared scorer):
# its halves 0.858 and 0.868. probes5 now 0.911 / 0.81 (matches); unseen at 48b442f: 0.822 and 0.858.
# probes6 now 0.909 / 0.76 (fan acts); unseen at f3f886d: 0.900 and 0.869. After the probes7
# round (388d24f..): probes 0.967 / 0.87, probes3 0.930 / 0.87, probes4 0.953 / 0.86, probes5
# 0.929 / 0.84, probes6 0.931 / 0.87, probes7 0.948 / 0.79 (fan acts); probes7 unseen at 7c85118
# (shared scorer): its halves 0.864 and 0.903.
# probes8 (written unseen, scored 0.850 / 0.921 at 1c83101) now 0.963 / 0.91 (fan acts); probes9
# (written unseen as a representative mix, 0.876 / 0.884 at b47e4a1) now 0.953 / 0.86 (fan acts).
# probes11 (written unseen, scored 0.919 / 0.875 at 3545efc by the shared scorer) now 0.922 / 0.83
# (fan acts) by this copy of it, the two halves in one. probes12 (unseen 0.904 / 0.851 at b93c499)
# now 0.919 / 0.85 (fan acts); probes13 (unseen 0.866 / 0.813 at ba42965) now 0.884 / 0.76 (fan acts).
# probes14 (unseen 0.832 / 0.876 at 1debcd7, shared scorer) now 0.927 / 0.70 (fan acts).
# probes15 (unseen 0.857 / 0.836 at 6ec47d4; its beach-soccer control then read as football) now
# 0.893 / 0.82 (fan acts). probes16 (unseen 0.883 / 0.881 at af9cacf) now 0.936 / 0.81 (fan acts).
# probes17 (unseen 0.888 / 0.869 at 489ee98, shared scorer) now 0.938 / 0.86 (fan acts).
# probes18 (unseen 0.840 / 0.839 at 489ee98, 0.842 / 0.841 after the probes17 fixes) now 0.933 / 0.86 (matches).
# probes20 (unseen 0.882 / 0.898 at 10e2959, shared scorer) now 0.930 / 0.85 (tweets: the controls' are kept).
# probes21 (unseen 0.884 / 0.863 at cb9fca2, and 0.887 / 0.863 after the probes20 fixes) now 0.912 / 0.85 (fan acts).
# probes23 (unseen 0.897 / 0.893 / 0.926 at 0ddcf60, shared scorer; the third still 0.926 after the
# fixes the first two led to) now 0.945 / 0.85 (fan acts). probes24 (unseen 0.890 / 0.914 at 0ddcf60;
# 0.891 / 0.913 after the probes23 fixes; broader ones from the same sets then added 0.007 / 0, a round of
# its own the rest) now 0.928 / 0.79 (fan acts). probes25 (V and W, unseen 0.917 / 0.905 at 35f2ab8, shared
# scorer) now 0.965 / 0.86 (fan acts). probes26 (X, unseen 0.866 at 35f2ab8, 0.901 after the sports
# table, still 0.901 after the V and W fixes) now 0.991 / 0.97 (fan acts). probes27 (Z, unseen 0.915 at
# 9be302d, the session's start; 0.929 after the V and W fixes, none of its own) 0.929 / 0.78 (fan acts).
# probes28 (A and B, unseen 0.878 / 0.896 at a68641e, shared scorer; 0.878 / 0.899 after the session's
# sweeps, none of its own) 0.889 / 0.71 (fan acts) by this copy; 0.912 / 0.82 (fan acts) after the
# next session's fixes, some of them from its misses. probes29 (C and D, unseen 0.883 / 0.938 at 1b5fdd3,
# shared scorer; fixes from C's misses, none from D's: 0.916 / 0.941) 0.929 / 0.81 (fan acts) by this copy.
# probes30 (E, F and G, written unseen; E 0.892, F 0.868 at e046232, shared scorer, then fixes from
# their misses: 0.927 / 0.879; G, untouched until those were in, 0.908 at e046232 and at 595294c^,
# then fixes from its misses: 0.933) 0.918 / 0.78 (fan acts) by this copy (0.913 before a last round of goal and results-line fixes).
# probes31 (H, I, J, written unseen, 0.889 / 0.906 / 0.906 at e1716e2, shared scorer; then K, L, M, written while
# the H-J fixes went in, 0.879 / 0.824 / 0.878 untouched at f43a44c; fixes from the misses of all six) 0.907 / 0.79
# (fan acts) by this copy. probes32 (N, O, P, written unseen, 0.894 / 0.951 / 0.907 untouched at aa1f72a, the
# H-M fixes in; then fixes from N's and P's misses) 0.926 / 0.84 (fan acts) by this copy.
# probes33 (Q, R, S written unseen, 0.913 / 0.908 / 0.909 at f85ffb0, shared scorer; then T, U, Y, written while
# the Q-S fixes went in, 0.848 / 0.856 / 0.941 untouched at 1c07ffb; fixes from the misses of all six) 0.919 / 0.82
# (fan acts) by the shared scorer. probes34 (AA, AB, AC written unseen, 0.950 / 0.913 / 0.908 untouched at 14aebae,
# the Q-Y fixes in; then fixes from their misses) 0.930 / 0.79 (fan acts) by the shared scorer.
# probes35 (AD, AE, AF written unseen, 0.703 / 0.906 / 0.910 untouched at 3853e8c; AD is club football, which kg
# does not model; then fixes from AE's and AF's misses) 0.893 / 0.70 (fan acts) by the shared scorer.
# probes36 (AG, AH, AI written unseen, 0.937 / 0.923 / 0.839 untouched at f431209, the AD-AF fixes in; then fixes
# from their misses) 0.930 / 0.83 (matches) by the shared scorer.
# probes37 (AJ, AK, AL written unseen, 0.876 / 0.921 / 0.896 untouched at 04b4822; then fixes from their misses)
# 0.937 / 0.83 (fan acts) by the shared scorer.
# probes38 (AM, AN, AO written unseen, 0.967 / 0.886 / 0.875 untouched at 376231e; then fixes from their misses)
# 0.928 / 0.82 (goals) by the shared scorer.
# probes39 (AP, AQ, AR written unseen, 0.832 / 0.936 / 0.914 untouched at c019e94, the AM-AO fixes in; then fixes
# from their misses) 0.923 / 0.74 (fan acts) by the shared scorer.
# probes40 (AS, AT, AU written unseen, 0.877 / 0.909 / 0.937 untouched at aca087d; then fixes from their misses)
# 0.919 / 0.73 (fan acts) by the shared scorer. Their gold leaves own goals out (a key of their own). Then 0.932 /
# 0.75 after the round-ten fixes.
# probes41 (AV, AW, AX written unseen, 0.894 / 0.914 / 0.890 untouched at 320b00e, the AS-AU fixes in; then fixes from
# their misses) 0.932 / 0.78 (fan acts) by the shared scorer. Own goals out of their gold too.
# probes42 (AY, AZ, BA written unseen, 0.903 / 0.862 / 0.888 untouched at 48e9260; two fixes from their misses, most
# still open) 0.895 / 0.61 (fan acts) by the shared scorer.
# probes43 (BB, BC, BD written unseen, 0.900 / 0.913 / 0.835 untouched at 2d5d37a; then fixes from their misses)
# 0.910 / 0.69 (fan acts) by the shared scorer.
# probes44 (BE, BF, BG written unseen, 0.934 / 0.861 / 0.827 untouched at acf5aed, the BG controls giving 15 false
# positives; then fixes from their misses) 0.900 / 0.69 (fan acts) by the shared scorer.
FLOORS = {"heldout": (0.98, 0.95), "probes": (0.95, 0.85), "probes3": (0.92, 0.85), "probes4": (0.93, 0.84),
          "probes5": (0.92, 0.82), "probes6": (0.92, 0.86), "probes7": (0.93, 0.79), "probes8": (0.94, 0.88),
          "probes9": (0.93, 0.84), "probes11": (0.91, 0.82), "probes12": (0.91, 0.84), "probes13": (0.87, 0.75),
          "probes14": (0.91, 0.66), "probes15": (0.88, 0.79), "probes16": (0.92, 0.79),
          "probes17": (0.92, 0.84), "probes18": (0.91, 0.84), "probes20": (0.91, 0.83),
          "probes21": (0.89, 0.83), "probes23": (0.93, 0.84),
          "probes24": (0.90, 0.74), "probes25": (0.94, 0.83),
          "probes26": (0.97, 0.94), "probes27": (0.91, 0.75), "probes28": (0.90, 0.79),
          "probes29": (0.91, 0.79), "probes30": (0.90, 0.76), "probes31": (0.89, 0.77),
          "probes32": (0.91, 0.81), "probes33": (0.90, 0.80),
          "probes34": (0.91, 0.76), "probes35": (0.88, 0.69), "probes36": (0.91, 0.82),
          "probes37": (0.92, 0.80), "probes38": (0.91, 0.80), "probes39": (0.91, 0.72),
          "probes40": (0.91, 0.73), "probes41": (0.91, 0.76),
          "probes42": (0.88, 0.60), "probes43": (0.89, 0.66), "probes44": (0.88, 0.66)}


def norm(value: object) -> str:
    text = unicodedata.normalize("NFKD", str(value or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("\u2019", "'").casefold()
    return " ".join(text.split()).lstrip("@")


def team(value: object) -> str:
    return TEAM_ALIASES.get(norm(value), norm(value))


def f1(gold: set, pred: set, optional: set) -> float:
    pred = pred - (optional - gold)
    tp = len(gold & pred)
    p = tp / len(pred) if pred else float(not gold)
    r = tp / len(gold) if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold_docs: list[dict], rows: dict[str, list[dict]]) -> dict[str, float]:
    """F1 per field, keyed as the shared scorer keys them."""
    def req(items: list[dict]) -> list[dict]:
        return [x for x in items if not x.get("optional")]

    def opt(items: list[dict]) -> list[dict]:
        return [x for x in items if x.get("optional")]

    alias = {(d["file"], norm(f)): norm(p["name"]) for d in gold_docs for p in d["people"]
             for f in [p["name"], *p.get("aliases", [])]}

    def person(doc: str, name: object) -> tuple[str, str]:
        return doc, alias.get((doc, norm(name)), norm(name))

    def act(a: dict) -> tuple[str, str, str]:
        return norm(a["actor"]), team(a["team"]), a["act"]

    def goals_of(d: dict) -> list[dict]:
        return d.get("goals", []) + [g for m in d.get("matches", []) for g in m.get("goals", []) if g.get("scorer")]

    out = {}
    out["teams"] = f1({(d["file"], team(t)) for d in gold_docs for t in d["teams"]},
                      {(r["doc"], team(r["team"])) for r in rows["teams"]},
                      {(d["file"], team(t)) for d in gold_docs for t in d.get("teams_optional", [])})
    out["people"] = f1({(d["file"], norm(p["name"])) for d in gold_docs for p in req(d["people"])},
                       {person(r["doc"], r["name"]) for r in rows["people"]},
                       {(d["file"], norm(p["name"])) for d in gold_docs for p in opt(d["people"])})
    out["tweets"] = f1({(d["file"], norm(t["handle"])) for d in gold_docs for t in req(d["tweets"])},
                       {(r["doc"], norm(r["handle"])) for r in rows["tweets"]},
                       {(d["file"], norm(t["handle"])) for d in gold_docs for t in opt(d["tweets"])})
    out["fan-acts"] = f1({(d["file"], *act(a)) for d in gold_docs for a in req(d["fan_acts"]) if a["act"] in CORE_ACTS},
                         {(r["doc"], norm(r["actor"]), team(r["team"]), r["act"]) for r in rows["fan-acts"]
                          if r["act"] in CORE_ACTS},
                         {(d["file"], *act(a)) for d in gold_docs for a in opt(d["fan_acts"])})
    out["credits"] = f1({(d["file"], norm(c)) for d in gold_docs for c in d["credits"]},
                        {(r["doc"], norm(r["credit"])) for r in rows["credits"]},
                        {(d["file"], norm(c)) for d in gold_docs for c in d.get("credits_optional", [])})
    out["matches"] = f1({(d["file"], tuple(sorted(map(team, m["teams"])))) for d in gold_docs for m in d["matches"]},
                        {(r["doc"], tuple(sorted((team(r["team1"]), team(r["team2"]))))) for r in rows["matches"]},
                        set())
    out["goals"] = f1({person(d["file"], g["scorer"]) for d in gold_docs for g in goals_of(d)},
                      {person(r["doc"], r["scorer"]) for r in rows["goals"] if r.get("scorer")}, set())
    out["quotes"] = f1({person(d["file"], q["speaker"]) for d in gold_docs for q in d.get("quotes", [])},
                       {person(r["doc"], r["speaker"]) for r in rows["quotes"] if r.get("speaker")}, set())
    return out


@pytest.fixture(scope="module", params=sorted(FLOORS))
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[dict], dict]:
    name = request.param
    out = tmp_path_factory.mktemp(name)
    built = build_to([DATA / name], out, html=False, cache=False)
    queries = ["teams", "people", "tweets", "fan-acts", "credits", "matches", "goals", "quotes"]
    rows = {q: kg.query(out, q).as_dicts() for q in queries}
    rows["skipped"] = [str(x) for x in built.skipped if x.path.endswith(".txt")]  # not the gold file beside them
    gold = json.loads((DATA / name / "gold.json").read_text(encoding="utf-8"))
    return name, gold, rows


@pytest.mark.slow
def test_every_field_reaches_its_floor(corpus: tuple[str, list[dict], dict]) -> None:
    name, gold, rows = corpus
    fields = score(gold, rows)
    macro = sum(fields.values()) / len(fields)
    least, lowest = FLOORS[name]
    assert macro >= least, fields
    assert min(fields.values()) >= lowest, fields


@pytest.mark.slow
def test_every_article_is_extracted(corpus: tuple[str, list[dict], dict]) -> None:
    """No article of the set is skipped: an extractor that raised (a RecursionError once, from two cached
    readings of a Q&A asking for each other) shows here, not only as a lower score."""
    _name, _gold, rows = corpus
    assert rows["skipped"] == []


@pytest.mark.slow
def test_negative_controls_give_no_football_facts(corpus: tuple[str, list[dict], dict]) -> None:
    _name, gold, rows = corpus
    negatives = {d["file"] for d in gold if d.get("negative_control")}
    assert negatives
    found = [(q, r["doc"]) for q in ("teams", "people", "matches", "fan-acts", "goals") for r in rows[q]
             if r["doc"] in negatives]
    assert found == []


def test_score_counts_what_it_should() -> None:
    """The comparison itself: a missed and an extra item each lower the field; optional items count neither way."""
    gold = [{"file": "a.txt", "teams": ["Japan", "Belgium"], "teams_optional": ["Russia"], "people": [], "tweets": [],
             "fan_acts": [], "credits": [], "matches": [], "goals": [], "quotes": []}]
    rows = {q: [] for q in ["people", "tweets", "fan-acts", "credits", "matches", "goals", "quotes"]}
    rows["teams"] = [{"doc": "a.txt", "team": "Japan"}, {"doc": "a.txt", "team": "Russia"}]
    assert score(gold, rows)["teams"] == pytest.approx(2 / 3)  # P 1/1 (Russia optional), R 1/2
    rows["teams"].append({"doc": "a.txt", "team": "Belgium"})
    assert score(gold, rows)["teams"] == 1.0
    rows["teams"].append({"doc": "a.txt", "team": "Brazil"})
    assert score(gold, rows)["teams"] == pytest.approx(0.8)
