"""Round 19 (issue 3, teach19): wording families behind the sealed teaching-hospital batch dev_fresh_de, as fictional
snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before its change;
the guards (named so) pin readings the change must keep.

- Moderate sedation whose clock range stands in a sentence of its own that names the sedation by the bare word
  ('Sedation 14:05 to 14:40, 35 minutes.', 'Sedated 10:15-10:35'): the range is its start and stop, so 99152/99153
  are billed and no sedation_details finding is raised (fde-h-kypho-01, fde-h-shp-01). Not a time after the sedation
  ('after sedation 10:40 to 11:05 in recovery').
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _result(text: str, pos: str = "22", dos: dt.date = DOS):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos, source="r19")


def _lines(text: str, pos: str = "22") -> list[tuple[str, list[str], int]]:
    return sorted((c.code, sorted(c.modifiers), c.units) for c in _result(text, pos).codes)


def _elements(text: str, pos: str = "22") -> set[str]:
    return {str(f.element.value if hasattr(f.element, "value") else f.element) for f in _result(text, pos).findings}


# --- a sedation's clock range in a sentence of its own ----------------------------------------------------------------

_AUG = ("T12 vertebroplasty under biplanar fluoroscopy. Senior resident dictating; teaching physician present.\n"
        "Painful osteoporotic T12 compression fracture (M80.08XA) for six weeks despite a brace; she cannot sit up.\n"
        "Consent signed. Time-out done.\n"
        "The teaching physician directed moderate sedation: midazolam 1 mg and fentanyl 50 mcg IV, with a dedicated "
        "RN as independent observer.\n{times}\n"
        "Prone. 8 mL of 1% lidocaine to the periosteum. A transpedicular trocar was placed into T12 and cement was "
        "injected without leakage.\nNo complications.\n")
# no imaging names the fracture, no pain score is told; drugs are the facility's at place of service 22 (drug_dose info)
_AUG_UNTOLD = {"drug_dose", "imaging_findings", "post_procedure_pain_score", "pre_procedure_pain_score"}


@pytest.mark.parametrize("times, expected", [
    ("Sedation 13:02 to 13:41, 39 minutes.", ("13:02", "13:41", 39)),
    ("Sedated 08:50-09:12.", ("08:50", "09:12", 22)),
    ("Intraservice 11:20 until 11:33.", ("11:20", "11:33", 13)),
    ("Time under sedation 15:05 through 15:30.", ("15:05", "15:30", 25)),
])
def test_sedation_range_after_bare_word(times: str, expected: tuple) -> None:
    sed = extract(_AUG.format(times=times)).procedures[0].sedation
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == expected


def test_sedation_range_codes() -> None:
    text = _AUG.format(times="Sedation 13:02 to 13:41, 39 minutes.")
    assert _lines(text) == [("22510", [], 1), ("99152", [], 1), ("99153", [], 2)]
    assert _elements(text) == _AUG_UNTOLD  # no sedation_details


def test_sedation_range_short_single_line() -> None:
    text = _AUG.format(times="Sedated 08:50-09:12.")
    assert _lines(text) == [("22510", [], 1), ("99152", [], 1)]
    assert _elements(text) == _AUG_UNTOLD


def test_guard_recovery_range_is_not_the_sedation() -> None:
    sed = extract(_AUG.format(times="Monitored after sedation 10:40 to 11:05 in recovery.")).procedures[0].sedation
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == (None, None, None)


# --- discharge warning signs are not the patient's limits -------------------------------------------------------------

_ESI = ("Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
        "Left leg pain from L5-S1 disc herniation (M51.16) for five months; physical therapy for eight weeks did not "
        "help.\n{function}\n"
        "Consent signed. Time-out done. Dexamethasone 10 mg injected at the left L5-S1 foramen. No complications.\n"
        "{discharge}\n")


@pytest.mark.parametrize("discharge", [
    "Discharge: rest today. Report fever, worsening pain, new numbness or weakness, or trouble passing urine.",
    "Instructions: no driving today; call for fever, chills, inability to walk or loss of bladder control.",
    "Go to the emergency department if you have difficulty walking or cannot bear weight on the leg.",
    "The patient was instructed to phone the clinic with any new trouble standing or leg weakness.",
    "Warning signs to watch for: fever, redness, trouble walking, bowel or bladder changes.",
    "Return precautions given: severe headache on sitting up, difficulty walking, fever.",
])
def test_warning_signs_are_not_function(discharge: str) -> None:
    facts = extract(_ESI.format(function="", discharge=discharge))
    assert facts.necessity.functional_impairment == []


@pytest.mark.parametrize("function", [
    "She reports trouble walking more than one block.",
    "Return to work has not been possible; she cannot lift her grandchild.",
])
def test_guard_patient_limits_still_read(function: str) -> None:
    facts = extract(_ESI.format(function=function, discharge="Report fever or new weakness."))
    assert [f.value for f in facts.necessity.functional_impairment] == [function]


# --- one saved image told by its count ---------------------------------------------------------------------------------

_CERV = ("- Procedure: left C5-C6 transforaminal epidural steroid injection, fluoroscopic guidance\n"
         "- Indication: left C6 radicular pain for four months; therapy for eight weeks without relief\n"
         "- Consent signed; time-out done\n- Technique: {technique}\n- Complications: none\n")


@pytest.mark.parametrize("technique", [
    "supine oblique position; 25-gauge needle to the left C5-C6 foramen under fluoroscopy; only one lateral view was "
    "saved; dexamethasone 4 mg injected",
    "prone oblique position, needle to the foramen under fluoroscopy, one AP spot film retained, dexamethasone 4 mg",
    "head turned, oblique approach; a single AP image was archived to PACS; dexamethasone 4 mg injected",
])
def test_single_saved_view_counts_one(technique: str) -> None:
    img = extract(_CERV.format(technique=technique)).procedures[0].imaging
    assert (img.saved_images, img.views) == (True, 1)
    text = _CERV.format(technique=technique)
    assert _lines(text) == [("64479", ["LT"], 1)]
    # one view is short of the two asked (saved_images); no contrast, function, study or scores are told
    assert _elements(text) == {"contrast", "drug_dose", "functional_impairment", "imaging_findings",
                               "post_procedure_pain_score", "pre_procedure_pain_score", "saved_images"}


def test_guard_one_view_each_counts_two() -> None:
    text = _CERV.format(technique="needle to the left C5-C6 foramen under fluoroscopy; one AP and one lateral image "
                                  "were saved; dexamethasone 4 mg injected")
    img = extract(text).procedures[0].imaging
    assert (img.saved_images, img.views) == (True, 2)


# --- a single-dose vial's accounting restates the dose given ------------------------------------------------------------

_GON = ("Bilateral greater occipital nerve blocks, office.\nOccipital neuralgia (M54.81) for five months despite "
        "gabapentin, which did not help.\nConsent signed. Time-out done. Landmark technique, no imaging.\n"
        "{drugs}\nNo complications.\n")


@pytest.mark.parametrize("drugs, dose, lines, bupivacaine", [
    ("On each side 1 mL of 0.25% bupivacaine with triamcinolone 5 mg (0.125 mL of Kenalog-40). Kenalog taken from a "
     "single-dose 40 mg vial; 10 mg administered, 30 mg wasted.", 10.0,
     [("64405", ["50"], 1), ("J3301", [], 1), ("J3301", ["JW"], 3)], 5.0),
    ("Triamcinolone 10 mg was placed at each of the two nerves with 1 mL of 0.5% bupivacaine. Single-use vial of "
     "40 mg: 20 mg given and 20 mg discarded.", 20.0,
     [("64405", ["50"], 1), ("J3301", [], 2), ("J3301", ["JW"], 2)], 10.0),
])
def test_vial_accounting_restates_dose(drugs: str, dose: float, lines: list, bupivacaine: float) -> None:
    text = _GON.format(drugs=drugs)
    assert {d.generic: d.dose for d in extract(text).drugs} == {"triamcinolone_acetonide": dose,
                                                                 "bupivacaine": bupivacaine}
    assert _lines(text, pos="11") == lines
    assert _elements(text, pos="11") == {"post_procedure_pain_score", "pre_procedure_pain_score"}  # no scores told


def test_guard_vial_accounting_alone_is_the_dose() -> None:
    text = _GON.format(drugs="With 1 mL of 0.5% bupivacaine on each side. Kenalog from a single-dose 40 mg vial: "
                             "20 mg injected in all, 20 mg discarded.")
    assert _lines(text, pos="11") == [("64405", ["50"], 1), ("J3301", [], 2), ("J3301", ["JW"], 2)]


# --- a per-site dose, then the sites' sum told again with a total word ---------------------------------------------------

_TF = ("Bilateral L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nLumbar radiculopathy (M54.16) for "
       "six months; PT for eight weeks without relief.\nConsent signed. Time-out done.\n{d}\nNo complications.\n")


@pytest.mark.parametrize("d, generic, dose", [
    ("At each of the two foramina 0.5 mL of dexamethasone 10 mg/mL with 1 mL of saline was injected, 10 mg of "
     "dexamethasone in total.", "dexamethasone_sodium_phosphate", 10.0),
    ("At each of the four foramina 0.5 mL of dexamethasone (Decadron 10 mg/mL, 5 mg) was given, 20 mg of "
     "dexamethasone overall.", "dexamethasone_sodium_phosphate", 20.0),
    ("At each of the two foramina 1 mL of 0.25% bupivacaine was injected, 5 mg of bupivacaine in total.",
     "bupivacaine", 5.0),
])
def test_per_site_total_restated_after(d: str, generic: str, dose: float) -> None:
    assert {x.generic: x.dose for x in extract(_TF.format(d=d)).drugs} == {generic: dose}  # saline is no drug


def test_guard_later_administration_still_adds() -> None:
    d = ("At each of the two foramina 0.5 mL of dexamethasone 10 mg/mL was injected. Then 4 mg of dexamethasone was "
         "injected at the left S1 foramen.")
    assert {x.generic: x.dose for x in extract(_TF.format(d=d)).drugs} == {"dexamethasone_sodium_phosphate": 14.0}


# --- a share of work or activity cut is no relief ------------------------------------------------------------------------

_RFA = ("Right L4-L5 and L5-S1 facet radiofrequency ablation (L3, L4 medial branches and L5 dorsal ramus) under "
        "fluoroscopy.\nIndication: lumbar spondylosis (M47.816), axial pain for two years; two medial branch blocks "
        "gave 90% and 85% relief. {history}\nConsent signed. Time-out done. Lesions at 80 degrees C for 90 seconds. "
        "No complications.\n")


@pytest.mark.parametrize("history", [
    "He has cut his shifts in half because of the back pain.",
    "She scaled back her hours at work by 50% over the past year.",
    "He has reduced his workdays by about a third.",
    "She has decreased her hours at work by 40% since the spring.",
    "He reduced his caseload by half last year.",
])
def test_work_cut_by_a_share_is_no_relief(history: str) -> None:
    a = extract(_RFA.format(history=history)).assessments
    assert a.prior_procedure_response == []
    assert sorted(b.percent for b in a.diagnostic_blocks) == [85.0, 90.0]


def test_guard_pain_cut_by_half_is_a_response() -> None:
    a = extract(_RFA.format(history="A right L4-L5 RFA last year reduced her back pain by half for eight months.")
                ).assessments
    assert [(r.percent, r.duration_days) for r in a.prior_procedure_response] == [(50.0, 242.6667)]  # eight months = 34.67 weeks


# --- a steroid class named in printed advice is no injectate ------------------------------------------------------------

_MBB = ("Right L4-L5 medial branch block (L3 and L4 medial branches) under fluoroscopy, diagnostic.\n"
        "Axial low back pain (M47.816) for a year despite twelve weeks of PT without relief; cannot stand at work.\n"
        "Consent signed. Time-out done. 0.5 mL of 0.5% bupivacaine at each of the two nerves. No complications.\n"
        "Pain before 6/10, after 1/10, about 83% relief.\n{advice}\n")


@pytest.mark.parametrize("advice", [
    "- Corticosteroid can cause flushing or trouble sleeping for a day or two.",
    "- Diabetics: steroids might temporarily elevate your glucose; check it twice a day.",
    "- If a steroid was given, your blood sugar may run high for three days.",
    "- The steroid may make your face feel warm and can keep you awake tonight.",
    "Particulate steroid will sometimes raise blood pressure for a day.",
])
def test_steroid_in_advice_is_no_injectate(advice: str) -> None:
    text = _MBB.format(advice=advice)
    assert [(d.generic, d.dose) for d in extract(text).drugs] == [("bupivacaine", 5.0)]
    assert _lines(text) == [("64493", ["KX", "RT"], 1)]
    assert _elements(text) == {"drug_dose"}  # no drug_name; drugs are the facility's at place of service 22


def test_guard_unnamed_steroid_given_is_still_asked_for() -> None:
    text = _MBB.format(advice="Steroid was then injected at each nerve.")
    assert sorted((d.generic, d.dose) for d in extract(text).drugs) == [("bupivacaine", 5.0), ("unspecified_steroid", None)]
    assert _lines(text) == [("64493", ["KX", "RT"], 1)]
    assert _elements(text) == {"drug_dose", "drug_name"}


def test_guard_history_screen_is_not_an_instruction() -> None:
    function = "No warning signs such as fever or weight loss, and she cannot walk more than a block."
    facts = extract(_ESI.format(function=function, discharge=""))
    assert [f.value for f in facts.necessity.functional_impairment] == [function]
