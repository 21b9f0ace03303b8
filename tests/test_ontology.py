"""ontology.ttl: labels and comments on every term, the fan-act scheme matches its triggers, and
the packaged copy is the top-level file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph
from rdflib.namespace import SKOS

from kg.graph import KG
from kg.lexicon import data_path, ontology_path

ROOT = Path(__file__).resolve().parent.parent
ONTO = Graph().parse(ROOT / "ontology.ttl", format="turtle")
KG_TERMS = sorted({s for s in ONTO.subjects() if str(s).startswith(str(KG))})


def test_packaged_ontology_is_the_top_level_file() -> None:
    assert ontology_path().read_bytes() == (ROOT / "ontology.ttl").read_bytes()


@pytest.mark.parametrize("term", KG_TERMS, ids=lambda t: str(t).split("#")[-1])
def test_every_term_has_label_and_comment(term: object) -> None:
    assert (term, RDFS.label, None) in ONTO
    assert (term, RDFS.comment, None) in ONTO


@pytest.mark.parametrize("prop", sorted(set(ONTO.subjects(RDF.type, OWL.ObjectProperty)) | set(ONTO.subjects(RDF.type, OWL.DatatypeProperty))),
                         ids=lambda t: str(t).split("#")[-1])
def test_properties_have_a_range_or_domain(prop: object) -> None:
    assert (prop, RDFS.range, None) in ONTO or (prop, RDFS.domain, None) in ONTO


def test_fan_act_scheme_matches_the_trigger_file() -> None:
    notations = {str(n) for c in ONTO.subjects(SKOS.inScheme, KG.FanActScheme) for n in ONTO.objects(c, SKOS.notation)}
    triggers = set(json.loads(data_path("acts.json").read_text(encoding="utf-8"))["acts"])
    assert notations == triggers
    assert {"clean_stands", "clean_dressing_room", "thank_you_note", "tears", "stay_behind", "bow"} <= notations
