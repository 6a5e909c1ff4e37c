"""Procedure, side, level and drug wordings found by `dev_fresh_y` after its first (untuned) reading
(round 5c, PROC): radiology-report layouts, ortho brief op notes, vendor templates.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts or code lines the reader must return; each failed on the reader before the change it tests, except the
guards (named so) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _levels(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


# --- radiology report: the EXAM / STUDY line is the title -----------------------------------------------

_RADIOLOGY_BODY = (
    "\n\nHISTORY: Back pain.\n\n"
    "TECHNIQUE: Consent obtained. Needles were placed under guidance and the injectate was given.\n\n"
    "IMPRESSION: Uncomplicated procedure.\n"
)


@pytest.mark.parametrize("title, expected", [
    ("EXAM: FLUOROSCOPY-GUIDED LEFT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION",
     [("transforaminal_epidural", "left", ["L4-L5"])]),
    ("STUDY: CT guided bilateral L3-4 facet joint injections",
     [("facet_injection", "bilateral", ["L3-L4"])]),
    ("Exam performed: Right C4-C6 medial branch blocks under fluoroscopy",
     [("facet_injection", "right", ["C4-C5", "C5-C6"])]),
    ("EXAMINATION: FLUOROSCOPIC L2 KYPHOPLASTY",
     [("vertebral_augmentation", None, ["L2"])]),
    ("EXAM:\nFluoroscopic guided left C7-T1 interlaminar epidural steroid injection",
     [("interlaminar_epidural", "left", ["C7-T1"])]),
])
def test_a_radiology_exam_line_naming_a_procedure_is_the_title(title: str, expected: list) -> None:
    assert _levels(title + _RADIOLOGY_BODY) == expected


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_guard_a_physical_exam_line_stays_an_exam(sep: str) -> None:
    text = ("PROCEDURE: Right L5-S1 transforaminal epidural steroid injection.\n\n"
            f"EXAM:{sep}Tenderness over the left L3-4 facet joints; prior facet joint injection helped.\n\n"
            "TECHNIQUE: Needle placed at the right L5-S1 foramen; dexamethasone 10 mg given.\n")
    assert _levels(text) == [("transforaminal_epidural", "right", ["L5-S1"])]


# --- pump refill: who refilled -----------------------------------------------------------------------------

def _refill_by(text: str) -> list[bool | None]:
    return [p.performed_by_physician for p in extract(text).procedures]


@pytest.mark.parametrize("who", ["the clinic RN", "our office nurse", "the infusion nurse", "an LPN"])
def test_a_refill_by_a_qualified_nurse_is_staff_work(who: str) -> None:
    text = (f"Intrathecal pump refill.\nDx: multiple sclerosis G35.\nReservoir residual 3 mL. Refill performed by {who}: "
            "baclofen 2000 mcg/mL, 20 mL instilled. Not reprogrammed.\n")
    assert _refill_by(text) == [False]


def test_guard_a_nurse_practitioner_is_no_staff_refill() -> None:
    # A nurse practitioner is a qualified health care professional, whose refill takes the physician-skill codes
    # (62370/95991; round 6b, dev_fresh_ae fae-pump-01 gold 95991): no staff refill, and no unknown provider either.
    text = ("Intrathecal pump refill.\nDx: multiple sclerosis G35.\nRefill performed by the nurse practitioner: "
            "baclofen 2000 mcg/mL, 20 mL instilled. Not reprogrammed.\n")
    assert _refill_by(text) == [True]


# --- the interlaminar route of an SCS lead is no epidural injection -----------------------------------------

@pytest.mark.parametrize("text", [
    "Procedure: SCS trial.\nTechnique: Tuohy needle via a T12-L1 interlaminar paramedian entry; one 8-contact lead "
    "advanced to the top of T8.\n",
    "Spinal cord stimulator trial, two leads. A 14 g Tuohy needle entered the L1-2 interlaminar space on the left "
    "and the leads were steered to T7.\n",
    "PROCEDURE: Spinal cord stimulator implant.\nPercutaneous leads were placed through an interlaminar approach "
    "at T12-L1 to the top of T8.\n",
])
def test_an_scs_lead_route_is_no_interlaminar_epidural(text: str) -> None:
    assert [p.family for p in extract(text).procedures] in (["scs_trial"], ["scs_implant"])


def test_guard_an_interlaminar_esi_beside_an_scs_trial_stays() -> None:
    text = ("Procedures: 1. SCS trial. 2. L5-S1 interlaminar epidural steroid injection.\n"
            "Leads entered via a T12-L1 interlaminar approach. The L5-S1 interlaminar epidural was then done with "
            "triamcinolone 40 mg.\n")
    assert sorted(p.family for p in extract(text).procedures) == ["interlaminar_epidural", "scs_trial"]


def test_guard_a_bare_interlaminar_title_alone_stays_an_epidural() -> None:
    assert _levels("Procedure: Interlaminar, L5-S1.\nTriamcinolone 80 mg injected.\n") == [
        ("interlaminar_epidural", None, ["L5-S1"])]


# --- section headers of radiology reports, ortho op notes, physiatry and vendor templates ---------------------

def _categories(text: str) -> list[str | None]:
    from nlp.pipeline import get_pipeline

    return [s.category for s in get_pipeline()(text)._.sections if s.category is not None]


@pytest.mark.parametrize("header, category", [
    ("Procedure name", "procedure"),
    ("OPERATIONS", "procedure"),
    ("Surgery performed", "procedure"),
    ("REASON FOR EXAM", "indications"),
    ("Indications for surgery", "indications"),
    ("Chief complaint", "history"),
    ("Treatment to date", "history"),
    ("COMPARISON", "imaging"),
    ("Accession number", "encounter"),
    ("Anesthesia type", "anesthesia"),
    ("Sedation type", "sedation"),
    ("Operative findings", "technique"),
    ("DESCRIPTION OF OPERATION", "technique"),
    ("Radiation dose", "fluoroscopy"),
    ("CONCLUSION", "diagnosis"),
    ("Blood loss", "ebl"),
    ("Plan of care", "follow_up"),
    ("Co-surgeon", "provider"),
    ("STUDY", "exam"),
])
def test_headers_of_other_report_layouts(header: str, category: str) -> None:
    assert _categories(f"{header}: something plain.\n\nAnother line.\n") == [category]


# --- a radiology report that names its procedure only in the IMPRESSION -----------------------------------

_REPORT_BODY = ("CLINICAL HISTORY: Leg pain.\n\nTECHNIQUE: Consent obtained. A 22-gauge needle was advanced into the "
                "left L4-5 neural foramen under fluoroscopy. Dexamethasone 10 mg was given.\n\nIMPRESSION: ")


@pytest.mark.parametrize("impression", [
    "Technically successful left L4-5 transforaminal epidural steroid injection.",
    "Successful left L4-L5 transforaminal epidural steroid injection without complication.",
])
def test_an_impression_reporting_the_procedure_done_names_it(impression: str) -> None:
    assert _levels(_REPORT_BODY + impression + "\n") == [("transforaminal_epidural", "left", ["L4-L5"])]


@pytest.mark.parametrize("impression", [
    "Foraminal stenosis; a transforaminal epidural steroid injection is recommended.",
    "Foraminal stenosis after a previous successful transforaminal epidural steroid injection.",
])
def test_guard_an_impression_recommending_or_recalling_names_nothing(impression: str) -> None:
    assert _levels(_REPORT_BODY + impression + "\n") == []
