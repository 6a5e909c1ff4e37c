"""Fixes of the round-12 sealed batches (PROC P12): an academic note's list of the patient's OTHER treatments ('Other
procedures:', 'Other history:', a procedure dated by a year of its own) is never today's procedure; a label with a
bracketed qualifier ('Procedure (as scheduled):') is still that label; contrast spread 'toward the left C6-7 level'
is where the drug went; a dictated level pair whose dash the speech recogniser dropped ('L4 5', 'C6 7') is one pair.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact facts
or code lines the reader must return; each failed before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 6, 1)


def _procs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


def _codes(text: str, pos: str = "11") -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service=pos)
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)


def _finding_elements(text: str) -> set[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    return {f.element for f in r.findings}


_HEAD = "PAIN MEDICINE PROCEDURE NOTE (fellow)\n"  # the note's first line is its title: the history comes after it
_TODAY = ("\nProcedure: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
          "Technique: prone; a 22 g needle to the right L5-S1 foramen; Omnipaque 1 mL, then dexamethasone 10 mg.\n")


# --- a field of the patient's other treatments ---------------------------------------------------------------------

@pytest.mark.parametrize("label", [
    "Other procedures", "Other past procedures", "Other procedures in the past", "Other history",
    "Other interventions", "OTHER PRIOR INJECTIONS", "Earlier procedures", "Other pain treatments",
])
def test_a_field_of_other_treatments_names_no_procedure_of_today(label: str) -> None:
    text = f"{_HEAD}{label}: left shoulder subacromial injection; C5-6 interlaminar epidural for arm pain.{_TODAY}"
    assert _procs(text) == [("transforaminal_epidural", "right", ["L5-S1"])]


# --- a procedure dated by a year of its own ------------------------------------------------------------------------

@pytest.mark.parametrize("history", [
    "Treatments so far: physical therapy; L4-5 interlaminar epidural (2023); right knee injection (2025, orthopedics).",
    "She also had a lumbar interlaminar epidural 2022 for leg pain and a left occipital nerve block (Jan 2024).",
    "Background: left L4-5 interlaminar epidural steroid injection in 2024 at an outside center.",
    "Background: caudal epidural steroid injection in 06/2025 at an outside center.",
])
def test_a_procedure_dated_by_an_earlier_year_is_history(history: str) -> None:
    assert _codes(_HEAD + history + _TODAY) == ["64483-RT x1", "J1100 x10"]


@pytest.mark.parametrize("history", [
    "Injections to date are listed below.\n2023: L4-5 interlaminar epidural\n- 06/2025 - right knee injection, 60% relief\n",
    "Injection list\nMar 2024) left occipital nerve block\n2022 -- lumbar interlaminar epidural steroid injection\n",
    "Also a left occipital nerve block - 2024, and a lumbar interlaminar epidural, 2022.\n",
])
def test_a_list_line_opening_on_its_year_is_history(history: str) -> None:
    assert _codes(_HEAD + history + _TODAY) == ["64483-RT x1", "J1100 x10"]


def test_guard_a_procedure_dated_by_a_day_is_still_read() -> None:
    """'on 05/30/2026' may be today's date: only a bare year or month/year dates an earlier session."""
    text = _HEAD + "Right knee intra-articular injection on 06/01/2026 under ultrasound; Kenalog 40 mg injected.\n"
    assert _procs(text) == [("joint_injection", "right", [])]


# --- a label with a bracketed qualifier --------------------------------------------------------------------------

def test_a_qualified_procedure_label_is_the_title() -> None:
    """The scheduled title says RIGHT and the needle went LEFT: a laterality conflict, coded as the body says."""
    text = ("OPERATIVE NOTE\nProcedure (as scheduled): RIGHT L5-S1 transforaminal epidural steroid injection\n"
            "Description: under fluoroscopy the needle was advanced to the LEFT L5-S1 neural foramen; contrast "
            "outlined the left S1 and L5 roots. Dexamethasone 10 mg injected. AP and lateral images saved.\n")
    assert _procs(text) == [("transforaminal_epidural", "left", ["L5-S1"])]
    assert "laterality_conflict" in _finding_elements(text)


def test_a_qualified_history_label_is_history() -> None:
    text = _HEAD + "Medications (home): none.\nProcedure history (per chart): right L3-4 transforaminal epidural steroid injection; right hip injection.\n" + _TODAY
    assert _procs(text) == [("transforaminal_epidural", "right", ["L5-S1"])]


# --- contrast spread to a level named after a side ---------------------------------------------------------------

def test_spread_toward_a_sided_level_is_not_an_entry_level() -> None:
    text = ("Procedure: C7-T1 interlaminar epidural steroid injection (left paramedian), fluoroscopy.\n"
            "Technique: Tuohy needle into the C7-T1 epidural space by loss of resistance; contrast spread toward the "
            "left C6-7 and C5-6 levels; dexamethasone 10 mg injected.\n")
    assert [lv for _, _, lv in _procs(text)] == [["C7-T1"]]
    assert "laterality_conflict" not in _finding_elements(text)


# --- a dictated pair without its dash ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, levels", [
    ("needles into the right L4 5 and L5 S1 facet joints", ["L4-L5", "L5-S1"]),
    ("the right C6 7 foramen was viewed in oblique projection and a needle advanced", ["C6-C7"]),
])
def test_a_dictated_pair_without_its_dash_is_one_pair(body: str, levels: list[str]) -> None:
    title = "Procedure: Right L4-5 and L5-S1 facet joint injections" if "L4" in body else \
        "Procedure: Right C6-7 transforaminal epidural steroid injection"
    text = f"{title} under fluoroscopy.\nTechnique: prone, {body}, then Kenalog 20 mg injected.\n"
    assert [lv for _, _, lv in _procs(text)] == [levels]
    assert "laterality_conflict" not in _finding_elements(text)


def test_guard_a_number_after_a_level_that_is_not_the_next_one_stays_apart() -> None:
    text = "Procedure: Right L4-5 facet joint injection under fluoroscopy.\nTechnique: at L4 2 needles were placed.\n"
    assert [lv for _, _, lv in _procs(text)] == [["L4-L5"]]


# --- a speech recogniser's homophone for 'right' -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "PAIN NOTE\nWrite sacroiliac joint injection under fluoroscopy.\nTechnique: 22 g needle into the joint; Kenalog 40 mg.\n",
    "PAIN NOTE\nProcedure: L4-5 transforaminal epidural steroid injection\nTechnique: a needle to the write L4 5 foramen; "
    "Kenalog 40 mg injected.\n",
])
def test_write_before_a_target_is_the_right_side(text: str) -> None:
    assert [side for _, side, _ in _procs(text)] == ["right"]


def test_guard_the_verb_write_is_no_side() -> None:
    text = ("PAIN NOTE\nProcedure: L4-5 interlaminar epidural steroid injection under fluoroscopy.\n"
            "Plan: I will write to her physician; follow up in 4 weeks.\n")
    assert [side for _, side, _ in _procs(text)] == [None]


# --- a procedure done elsewhere or earlier, or wanted for a later visit -------------------------------------------

@pytest.mark.parametrize("history", [
    "She received a left SI joint injection from her previous pain doctor.",
    "Outside records show a left L4-5 interlaminar epidural steroid injection 3/12/2024.",
    "Hx of L4-5 ILESI x3.",
    "2 yrs ago - left SI joint injection.",
    "Left SI joint injection at an outside clinic, no relief.",
    "Past pain procedures include left L4-5 ILESI and a left SI joint injection.",
    "Procedures in the past year: left L4-5 ILESI x2; left SI joint injection.",
    "Pt would like to proceed w/ L SIJ inj next time.",
    "Attending addendum: I agree; will plan left SI joint injection next.",
])
def test_a_procedure_done_elsewhere_or_wanted_later_is_not_today(history: str) -> None:
    assert _procs(_HEAD + history + _TODAY) == [("transforaminal_epidural", "right", ["L5-S1"])]


@pytest.mark.parametrize("clause", ["today a right", "a right"])
def test_guard_a_wish_far_from_the_procedure_keeps_it(clause: str) -> None:
    """'would like to avoid surgery, and ... a right L4-5 TFESI was done': the wish is not the procedure's."""
    text = (_HEAD + f"She would like to avoid surgery, and {clause} L4-5 transforaminal epidural steroid injection "
            "was done under fluoroscopy with dexamethasone 10 mg.\n")
    assert _procs(text) == [("transforaminal_epidural", "right", ["L4-L5"])]


def test_guard_a_procedure_done_today_and_to_be_repeated_later_is_today() -> None:
    text = ("PAIN NOTE\nA right L4-5 transforaminal epidural steroid injection was performed under fluoroscopy and will "
            "be repeated at the next visit; dexamethasone 10 mg.\n")
    assert _procs(text) == [("transforaminal_epidural", "right", ["L4-L5"])]


def _headers(text: str) -> list[tuple[str | None, str]]:
    """(category, header words) of every labelled section, as the sectionizer reads them."""
    from nlp.pipeline import get_pipeline
    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
        if proc.__class__.__name__ == "HeaderSectionizer":
            break
    return [(s.category, doc[s.title_start:s.body_start].text.strip()) for s in doc._.sections if s.category]


def test_a_label_line_with_a_long_qualifier_opens_its_section() -> None:
    """'IMAGING (MRI ..., report quoted)' alone on its line: the quoted report is imaging, not the medication list."""
    text = ("PAIN MEDICINE PROCEDURE NOTE\n\nCURRENT MEDICATIONS\nGabapentin 300 mg three times daily; amlodipine 5 mg daily."
            "\n\nIMAGING (MRI lumbar spine without contrast, January 2026, report quoted)\n"
            "\"L4-5: left foraminal disc protrusion with moderate left foraminal narrowing abutting the exiting left L4 "
            "nerve root.\nIMPRESSION: Left-sided L4-5 foraminal stenosis.\"\n\nEXAM: left straight-leg raise positive.\n\n"
            "Procedure: Left L4-5 transforaminal epidural steroid injection under fluoroscopy.\n")
    assert [c for c, _ in _headers(text)] == ["medication_list", "imaging", "diagnosis", "exam", "procedure"]
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures] == [
        ("transforaminal_epidural", "left", ["L4-L5"])]


def test_guard_a_bracket_that_does_not_close_the_line_is_no_qualifier() -> None:
    text = ("PAIN NOTE\nImaging (MRI 01/2026) shows a left L4-5 protrusion.\n"
            "Procedure: Left L4-5 transforaminal epidural steroid injection under fluoroscopy.\n")
    assert [c for c, _ in _headers(text)] == ["procedure"]


# --- a dash label a hard wrap left at a line end -----------------------------------------------------------------

_WRAPPED = ("SI joint injection, right, fluoroscopic\nButtock pain for 8 months, PT failed.\nAssessment -\n"
            "sacroiliitis, right / M46.1.  Consent signed.  Time out done.  Under fluoroscopy a 22 g needle entered the "
            "right SI joint; Omnipaque 1 mL showed an arthrogram; Kenalog 40 mg with 1 mL 1% lidocaine injected.\n")


def test_a_dash_label_at_a_line_end_ends_with_its_code_sentence() -> None:
    assert _codes(_WRAPPED) == ["27096-RT x1", "J3301 x4"]


def test_guard_a_dash_label_over_a_list_keeps_the_list() -> None:
    text = ("PAIN NOTE\nDiagnosis -\nLumbar radiculopathy (M54.16).\nLumbar spondylosis (M47.816).\n"
            "Procedure: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n")
    assert [c for c, _ in _headers(text)] == ["diagnosis", "procedure"]


# --- pulsed RF of the genicular nerves; botulinum toxin into trigger points ---------------------------------------

def test_pulsed_genicular_rf_is_unlisted() -> None:
    text = ("Right knee genicular nerve pulsed radiofrequency\nConsent signed; time-out done. Under fluoroscopy RF cannulas "
            "were placed at the right superomedial, superolateral and inferomedial genicular nerves; pulsed "
            "radiofrequency at 42 C for 120 seconds per nerve after 1 mL of 1% lidocaine at each site.\n")
    assert _codes(text) == ["64999 x1"]


def test_guard_thermal_genicular_rf_is_neurolysis() -> None:
    text = ("Right knee genicular nerve radiofrequency ablation\nUnder fluoroscopy RF cannulas were placed at the right "
            "superomedial, superolateral and inferomedial genicular nerves; thermal lesions at 80 C for 90 seconds.\n")
    assert _codes(text) == ["64624-RT x1"]


@pytest.mark.parametrize("title", [
    "Chemodenervation with onabotulinumtoxinA of myofascial trigger points, neck and shoulders",
    "Botox injection into the trigger points of the neck",
])
def test_botulinum_toxin_into_trigger_points_is_a_trigger_point_injection(title: str) -> None:
    text = (f"{title}\nConsent signed. Time-out done. 100 units of Botox reconstituted in 2 mL saline: 20 units into each "
            "upper trapezius, 15 units into the left levator scapulae and 15 units into the right rhomboid major.\n")
    assert [f for f, _, _ in _procs(text)] == ["trigger_point"]
