"""Round 17 (nec17): necessity and prior-response facts in the wording families of the seventeenth round's batches
(dev_fresh_cf, cg, ch, cj, cm), in our own wordings, near misses beside.

Two-column tables written with a pipe ('Exam | ...', 'Symptoms | ...', 'Function | ...') are fields as 'Label:' is; shorthand
of a reduced activity ('\u2193 sitting/driving'), the pain said not to allow an activity, a walking stick; radicular
shorthand ('buttock -> sole', 'S1 dist', '\u2193 L ankle jerk'), limbs going numb or tingling; a medial branch RFA's
result is a prior procedure response, not a diagnostic block's."""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2025, 10, 20)


def _necessity(history: str):
    note = ("Left L5-S1 transforaminal epidural steroid injection\n"
            "Diagnosis: Lumbar radiculopathy (M54.16).\n"
            f"History: {history}\n"
            "Procedure: under fluoroscopy a needle was placed at the left L5-S1 foramen and 40 mg triamcinolone was "
            "injected. No complications.\n")
    return nlp.extract(note, date_of_service=DOS).necessity


def _table(rows: str):
    note = ("ASC PROCEDURE RECORD\nProcedure: Lumbar interlaminar epidural steroid injection, L5-S1\n\n"
            "Pre-procedure assessment\nItem | Finding\n" + rows +
            "\nDiagnosis | Lumbar radiculopathy (M54.16)\n\nProcedure data\nConsent | Signed\nGuidance | Fluoroscopy\n"
            "Medication | Triamcinolone 40 mg\nComplications | None\n")
    return nlp.extract(note, date_of_service=DOS).necessity


def test_pipe_table_rows_are_fields() -> None:
    nec = _table("Symptoms | Burning pain down the back of the right leg to the heel\n"
                 "Function | Stands only 10 minutes before needing to sit\n"
                 "Imaging | MRI 03/2025 right L5-S1 disc extrusion compressing the S1 root")
    # the value after the label, as for 'Label: value'
    assert [f.value for f in nec.radicular_findings] == ["Burning pain down the back of the right leg to the heel"]
    assert [f.value for f in nec.functional_impairment] == ["Stands only 10 minutes before needing to sit"]
    assert [f.value for f in nec.imaging_findings] == ["MRI 03/2025 right L5-S1 disc extrusion compressing the S1 root"]


def test_presenting_complaint_row_is_history() -> None:
    nec = _table("Presenting complaint | Right leg pain radiating to the foot for 5 months")
    assert len(nec.radicular_findings) == 1
    assert nec.symptom_duration is not None and nec.symptom_duration.weeks == 21.6667


def test_pipe_table_rows_denied_stay_unread() -> None:
    nec = _table("Radicular symptoms | None\nFunction | Independent, no limits")
    assert nec.radicular_findings == [] and nec.functional_impairment == []


@pytest.mark.parametrize("history, read", [
    ("Axial low back pain for a year. \u2193 sitting/driving >30 min.", True),
    ("Back pain x 2 yrs; \u2193 ADLs and stairs.", True),
    ("The pain does not allow her to stand at the stove.", True),
    ("His leg pain won't let him sleep past 3 am.", True),
    ("Since the spring she has been using walking stick outdoors.", True),
    ("He needs crutches around the house.", True),
    # near misses: a denial, a relative, a reflex arrow, the pain eased by walking, a doctor's order
    ("No \u2193 walking or sitting.", False),
    ("His father uses a walking stick.", False),
    ("Back pain, \u2193 L ankle jerk.", False),
    ("LBP \u2193 walking, worse sitting.", False),
    ("The surgeon does not allow him to drive for two weeks.", False),
])
def test_functional_shorthand_and_not_allowed(history: str, read: bool) -> None:
    assert bool(_necessity(history).functional_impairment) is read


@pytest.mark.parametrize("history, read", [
    ("Axial pain x 3 mo. R glute -> ankle pain at night.", True),
    ("Pain in a left S1 distrib., worse sitting.", True),
    ("Decr R AJ on exam.", True),
    ("\u2193 L ankle jerk.", True),
    ("Both feet keep getting numb after ten minutes on her feet.", True),
    ("His left sole tingles when he stands in line.", True),
    # near misses: no limb words, a normal reflex, a distal tenderness, a denial
    ("Axial back pain only, no leg sx.", False),
    ("Normal ankle jerks bilaterally.", False),
    ("Tender just distal to the L5 spinous process.", False),
    ("Denies that the feet tingle.", False),
])
def test_radicular_shorthand(history: str, read: bool) -> None:
    assert bool(_necessity(history).radicular_findings) is read


def _rfa_assessments(history: str):
    note = ("Repeat right L4-L5 radiofrequency ablation, office.\n\nLumbar spondylosis (M47.816). Axial low back pain for "
            "five years. " + history + "\n\nPain 7/10. Consent signed. Under fluoroscopy RF cannulas were placed at the "
            "right L3 and L4 medial branches, lesions at 80 C for 90 s. Pain afterwards 4/10. No complications.\n")
    return nlp.extract(note, date_of_service=dt.date(2026, 6, 30)).assessments


@pytest.mark.parametrize("history, prior, blocks", [
    ("Her right L3 and L4 medial branch RFA in November 2025 gave 75% relief for seven months.",
     [(75.0, "facet_rfa")], []),
    ("The medial branch radiofrequency neurotomy last year gave her 80% relief for 8 months.", [(80.0, "facet_rfa")], []),
    # near miss: medial branch blocks stay diagnostic blocks
    ("Two medial branch blocks in 2025 gave 90% and 80% relief.", [], [(90.0, "facet_injection"), (80.0, "facet_injection")]),
])
def test_medial_branch_rfa_result_is_a_prior_response(history: str, prior: list, blocks: list) -> None:
    a = _rfa_assessments(history)
    assert [(r.percent, r.procedure) for r in a.prior_procedure_response] == prior
    assert [(r.percent, r.procedure) for r in a.diagnostic_blocks] == blocks
