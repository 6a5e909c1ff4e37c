"""`fill`: the note a physician gets by completing a template (fixture KB; no NLP needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.templates_builder.catalog import load_catalog
from api.templates_builder.fill import DrugDose, fill
from api.templates_builder.model import build_template

DATA = Path(__file__).parent / "data" / "templates"
DAY = dt.date(2025, 1, 1)
CATALOG = load_catalog(DATA / "kb")
TFESI = build_template(CATALOG, "transforaminal_epidural", "medicare", DAY)
FACET = build_template(CATALOG, "facet_injection", "medicare", DAY)

VALUES: dict[str, Any] = {
    "region": "lumbar",
    "indication": "radicular pain",
    "consent": True,
    "pre_procedure_pain_score": (6, "VAS"),
    "laterality": "bilateral",
    "levels": ["L4-L5", "L5-S1"],
    "imaging_guidance": "CT",
    "sedation": "moderate",
    "sedation_details": "2 mg midazolam IV",
    "drug_dose": [DrugDose("dexamethasone", 10), DrugDose("lidocaine", 2, "mL", "1%")],
}


def test_fill_writes_each_answer_as_its_sentence():
    assert fill(TFESI, VALUES) == (
        "Procedure: Lumbar transforaminal epidural steroid injection.\n"
        "\n"
        "HISTORY:\n"
        "Indication: radicular pain.\n"
        "\n"
        "PRE-PROCEDURE:\n"
        "Informed consent was obtained.\n"
        "Pre-procedure pain was 6/10 on the VAS.\n"
        "\n"
        "PROCEDURE:\n"
        "Side: bilateral.\n"
        "Levels: L4-L5 and L5-S1.\n"
        "The needles were placed under CT guidance.\n"
        "Moderate sedation was given.\n"
        "Sedation details: 2 mg midazolam IV.\n"
        "Injectate: 10 mg dexamethasone and 2 mL of 1% lidocaine.\n"
    )


def test_conditional_answer_is_dropped_when_its_gate_says_no():
    note = fill(TFESI, dict(VALUES, sedation="local"))
    assert "Local anesthesia only; no sedation was given." in note
    assert "midazolam" not in note


def test_left_out_answer_leaves_its_line_out():
    note = fill(TFESI, {k: v for k, v in VALUES.items() if k != "laterality"})
    assert "Side:" not in note
    assert "Levels: L4-L5 and L5-S1." in note


def test_intent_opens_the_procedure_heading():
    note = fill(FACET, {"region": "cervical", "intent": "therapeutic", "diagnostic_block_relief": 85})
    assert note.splitlines()[0] == "Procedure: Therapeutic cervical facet joint injection."
    assert "Diagnostic block results: 85% relief." in note


@pytest.mark.parametrize(
    "values,message",
    [
        (dict(VALUES, side="left"), r"no blank named \['side'\]"),
        (dict(VALUES, laterality="both"), r"Side: 'both' is not one of left, right, bilateral"),
        (dict(VALUES, levels=["L4-L5", "L9-L10"]), r"Levels: 'L9-L10' is not one of"),
        (dict(VALUES, pre_procedure_pain_score=(11, "NRS")), r"a 0-10 score, not 11"),
        (dict(VALUES, consent="yes"), r"Informed consent: answer True or False"),
        (dict(VALUES, indication="  "), r"Indication: empty text"),
        ({k: v for k, v in VALUES.items() if k != "region"}, r"the procedure heading needs 'region'"),
        (dict(VALUES, region="sacral"), r"region 'sacral' is not one of cervical, thoracic, lumbar"),
    ],
)
def test_bad_answers_are_errors(values, message):
    with pytest.raises(ValueError, match=message):
        fill(TFESI, values)


def test_phrase_slot_must_be_answered_with_its_element():
    template = build_template(load_catalog(), "transforaminal_epidural", "medicare", dt.date(2026, 3, 2))
    with pytest.raises(ValueError, match="also give 'care_weeks'"):
        fill(template, {"region": "lumbar", "conservative_care": ["physical therapy"], "care_outcome": "without relief"})


@settings(max_examples=60, deadline=None)
@given(
    levels=st.lists(st.sampled_from(TFESI.field("levels").options), min_size=1, max_size=3, unique=True),
    side=st.sampled_from(TFESI.field("laterality").options),
    score=st.integers(0, 10),
    dose=st.integers(1, 80),
)
def test_filled_note_has_every_answer_and_no_blank(levels, side, score, dose):
    values = dict(
        VALUES, levels=levels, laterality=side, pre_procedure_pain_score=(score, "NRS"), drug_dose=[("x", dose, "mg")]
    )
    note = fill(TFESI, values)
    assert f"Side: {side}." in note
    assert f"Pre-procedure pain was {score}/10 on the NRS." in note
    assert f"Injectate: {dose} mg x." in note
    assert all(level in note for level in levels)
    assert "___" not in note and "***" not in note and "[" not in note


# --- container and discarded amount (bundled KB: drugs billed by code) ---------------------------

SI = build_template(load_catalog(), "si_joint_injection", "medicare", dt.date(2026, 3, 2))
SI_VALUES: dict[str, Any] = {"laterality": "right"}


def _injectate(drugs: list[Any]) -> str:
    note = fill(SI, {**SI_VALUES, "drug_dose": drugs})
    return next(line for line in note.splitlines() if line.startswith("Injectate:"))


def test_single_dose_drug_gets_its_own_sentence_with_the_discarded_amount():
    assert _injectate(
        [DrugDose("lidocaine", 2, "mL", "1%"), DrugDose("triamcinolone_acetonide", 40, container="single-dose",
                                                        discarded=0)]
    ) == "Injectate: 2 mL of 1% lidocaine. 40 mg triamcinolone acetonide from a single-dose vial; 0 mg was discarded."
    assert _injectate(
        [{"drug": "triamcinolone_acetonide", "dose": 40, "container": "multi-dose"}]
    ) == "Injectate: 40 mg triamcinolone acetonide from a multi-dose vial."


@pytest.mark.parametrize(
    "dose,message",
    [
        (DrugDose("triamcinolone_acetonide", 40, container="single-dose"), "discarded from the single-dose vial"),
        (DrugDose("triamcinolone_acetonide", 40, container="multi-dose", discarded=5), "only from a single-dose"),
        (DrugDose("triamcinolone_acetonide", 40, discarded=5), "needs its container"),
        (DrugDose("triamcinolone_acetonide", 40, container="ampule"), "is not one of single-dose, multi-dose"),
        (DrugDose("lidocaine", 2, "mL", "1%", container="single-dose", discarded=0), "asks no container for lidocaine"),
        (DrugDose("triamcinolone_acetonide", 40, container="single-dose", discarded=-1), "cannot be negative"),
    ],
)
def test_container_answers_are_checked(dose, message):
    with pytest.raises(ValueError, match=message):
        _injectate([dose])


def test_no_container_blank_in_a_template_without_discard_rules():
    with pytest.raises(ValueError, match="asks no container"):
        fill(TFESI, {**VALUES, "drug_dose": [DrugDose("dexamethasone", 10, container="multi-dose")]})
