"""Round 21 (fam21): procedure families of the code-line probe `c1` told by less common names, in a case-report or
transcription register, or without a title; and the near misses beside them (options listed at consent, talk about a
procedure, a session called off). Each case asserts the whole set of code lines (code, sorted modifiers, units) a
coder bills on the physician claim. All sentences are new wordings, fictional."""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import code_lines, finding_elements
from api.pipeline import analyze_text


def _analyse(text: str, pos: str = "22"):  # noqa: ANN202
    return analyze_text(text, payer="medicare", date_of_service=dt.date(2025, 6, 10), place_of_service=pos)


def _lines(text: str, pos: str = "22") -> list[tuple[str, list[str], int]]:
    return code_lines(_analyse(text, pos))


# --- the region's initial before 'ESI' ------------------------------------------------------------------------------

_LESI_CESI = [
    ("Procedure: LESI at L4-5 by a midline approach.\nFluoroscopy in AP and lateral; loss of resistance to saline; "
     "60 mg triamcinolone with 4 mL saline injected.", [("62323", [], 1)]),
    ("Here today for her CESI, C6-7, left paramedian.\nUnder fluoroscopic guidance the Tuohy needle reached the "
     "epidural space; 8 mg dexamethasone in 2 mL saline given.", [("62321", [], 1)]),
]


def test_guard_lesi_with_transforaminal_word_stays_transforaminal() -> None:
    text = "Right L4-5 transforaminal LESI under fluoroscopy; 6 mg betamethasone after contrast outlined the L4 root."
    assert _lines(text) == [("64483", ["RT"], 1)]


def test_guard_lesi_discussed_is_no_epidural() -> None:
    text = ("Right knee injection for osteoarthritis.\nA LESI was discussed as a later option for her back.\n"
            "The right knee was injected from a superolateral approach with 40 mg triamcinolone and 4 mL 1% lidocaine.")
    assert _lines(text) == [("20610", ["RT"], 1)]


# --- pump titles with a label's punctuation --------------------------------------------------------------------------

_PUMP_TITLES = [
    ("Intrathecal morphine pump: interrogation, refill and reprogramming.\nI accessed the port, emptied 3 mL and "
     "instilled 20 mL of morphine 25 mg/mL; the daily dose was raised by 10% and the new settings sent to the pump.",
     [("62370", [], 1)]),
    ("Intrathecal hydromorphone pump - refill, no reprogramming.\nThe reservoir was accessed and 20 mL of "
     "hydromorphone 10 mg/mL instilled by me; the program was left as it was.", [("95991", [], 1)]),
]


# --- PVP / PKP beside a vertebral level ------------------------------------------------------------------------------

_PVP_PKP = [
    ("L3 PVP.\nOsteoporotic L3 fracture, 6 weeks. Under biplane fluoroscopy an 11-gauge trocar entered the right L3 "
     "pedicle; 4 mL of cement was injected without leak. No cavity was made.", [("22511", [], 1)]),
    ("PKP T11.\nPainful T11 compression fracture. Bilateral transpedicular access, balloon tamps inflated, then 3 mL "
     "of cement per side under lateral fluoroscopy.", [("22513", [], 1)]),
]


def test_guard_pvp_in_history_is_no_augmentation() -> None:
    text = ("Left SI joint injection.\nHistory: L1 PVP in 2022 at another hospital.\nUnder fluoroscopy a 22-gauge "
            "needle entered the inferior left SI joint; 40 mg triamcinolone and 1 mL 0.5% bupivacaine injected; AP "
            "and oblique images saved.")
    assert _lines(text) == [("27096", ["LT"], 1)]


# --- stellate named in brackets ---------------------------------------------------------------------------------------

_STELLATE = [
    ("Left cervicothoracic sympathetic (stellate) block.\nAt C6 under AP fluoroscopy a 25-gauge needle touched the "
     "anterior tubercle; 7 mL 0.25% bupivacaine injected after negative aspiration.", [("64510", [], 1), ("77002", ["26"], 1)]),
    ("Right sympathetic (stellate ganglion) blockade.\nUltrasound-guided in-plane approach at C6, image stored; 5 mL "
     "0.5% ropivacaine deposited beneath the prevertebral fascia.", [("64510", [], 1), ("76942", ["26"], 1)]),
]


# --- the sciatic nerve block ------------------------------------------------------------------------------------------

_SCIATIC = [
    ("Left popliteal sciatic nerve block.\nUltrasound showed the nerve above the popliteal crease; 20 mL 0.2% "
     "ropivacaine was injected around it and an image was saved.", [("64445", ["LT"], 1), ("76942", ["26"], 1)]),
    ("Block of the right sciatic nerve at the gluteal fold, landmark technique and nerve stimulator at 0.4 mA. "
     "15 mL 0.25% bupivacaine with 40 mg triamcinolone injected. No imaging.", [("64445", ["RT"], 1)]),
]


def test_guard_sciatic_pain_named_is_no_block() -> None:
    text = ("Procedure: right L5 transforaminal epidural steroid injection under fluoroscopy.\nPain follows the "
            "right sciatic nerve to the foot. Dexamethasone 10 mg injected at the right L5-S1 foramen.")
    assert _lines(text) == [("64483", ["RT"], 1)]


# --- occipital and genicular nerves as the object of the act ----------------------------------------------------------

_OCCIPITAL = [
    ("Occipital neuralgia, both sides (M54.81).\nBoth greater occipital nerves were blocked at the superior nuchal "
     "line with 3 mL 0.5% bupivacaine each. No imaging.", [("64405", ["50"], 1)]),
    ("Nerve block, occipital, left.\nLandmark technique. The left greater occipital nerve was blocked medial to the "
     "artery, then the left lesser occipital nerve lateral to it, 2 mL 1% lidocaine each.",
     [("64405", ["LT"], 1), ("64450", ["LT"], 1)]),
    ("Headache clinic note.\nBlockade of the right lesser occipital nerve behind the mastoid with 2 mL 0.5% "
     "bupivacaine; landmark technique.", [("64450", ["RT"], 1)]),
]


_GENICULAR = [
    ("Diagnostic blockade of the superolateral, superomedial and inferomedial genicular nerves of the left knee.\n"
     "Fluoroscopic AP and lateral views; 1 mL 2% lidocaine at each nerve.", [("64454", ["LT"], 1)]),
    ("Knee OA, right (M17.11).\nToday: block of the three genicular nerves of the right knee under fluoroscopy, "
     "1.5 mL 0.25% bupivacaine per nerve.", [("64454", ["RT"], 1)]),
]


def test_guard_greater_occipital_blocked_elsewhere_earlier() -> None:
    text = ("Bilateral trapezius trigger point injections.\nHer greater occipital nerve was blocked at an outside "
            "clinic in 2023.\nThe left and right upper trapezius trigger points were injected, 1 mL 1% lidocaine "
            "each.")
    assert _lines(text) == [("20552", [], 1)]


_TRIGGER_POINTS = [
    ("Myofascial pain, low back.\nTrigger points injected: right gluteus medius, right piriformis and right "
     "quadratus lumborum, 2 mL 0.5% lidocaine each.", [("20553", [], 1)]),
    ("Neck pain.\n1) Trigger points then injected in the left rhomboid and left infraspinatus with 1 mL 1% "
     "lidocaine apiece.", [("20552", [], 1)]),
]


# --- a sympathetic block made neurolytic ------------------------------------------------------------------------------

_NEUROLYSIS = [
    ("Celiac plexus block under CT for pancreatic cancer pain (C25.0).\nAfter a lidocaine test dose, 20 mL of "
     "dehydrated alcohol was injected through each of the two needles.", [("64680", [], 1), ("77012", ["26"], 1)]),
    ("Neurolytic superior hypogastric plexus block.\nProne, fluoroscopy; bilateral needles to the L5-S1 disc front; "
     "phenol 10% 6 mL each side after contrast.", [("64681", [], 1), ("77002", ["26"], 1)]),
]


@pytest.mark.parametrize("extra", [
    "Only local anaesthetic was given; no phenol or alcohol.",
    "If the relief holds for a day, 20 mL of dehydrated alcohol will be used at the next session.",
])
def test_guard_neurolysis_denied_or_planned(extra: str) -> None:
    text = ("Celiac plexus block under fluoroscopy for pancreatitis pain (K86.1).\nBilateral needles; 15 mL 0.25% "
            "bupivacaine each. " + extra)
    assert _lines(text) == [("64530", [], 1), ("77002", ["26"], 1)]


# --- an epidural told by its route only --------------------------------------------------------------------------------

_EPIDURAL_ROUTE = [
    ("The patient lay prone. Under fluoroscopy the needle tip was placed in the left L4-5 neuroforamen and, after "
     "contrast outlined the exiting root, 10 mg dexamethasone was injected.", [("64483", ["LT"], 1)]),
    ("Lumbar radicular pain (M54.16).\nA 22-gauge spinal needle was directed to the superior aspect of the right "
     "L5-S1 foramen under fluoroscopy; 40 mg triamcinolone injected.", [("64483", ["RT"], 1)]),
    ("Low back and bilateral leg pain after laminectomy.\nUnder fluoroscopy a Tuohy needle entered the epidural "
     "space via the sacral hiatus; 10 mL saline with 80 mg methylprednisolone injected.", [("62323", [], 1)]),
]


def test_guard_foramen_and_sacral_canal_as_anatomy() -> None:
    si = ("Right sacral lateral branch radiofrequency ablation.\nNeedles were placed lateral to the right S1 and S2 "
          "foramina under fluoroscopy; lesions at 80 degrees for 90 seconds.")
    impar = ("Ganglion impar block under fluoroscopy.\nCoccydynia; a small Tarlov cyst lies in the sacral canal. A "
             "22-gauge needle went through the sacrococcygeal disc; 4 mL 0.25% bupivacaine injected.")
    assert (_lines(si), _lines(impar)) == ([("64625", ["RT"], 1)], [("64999", [], 1), ("77002", ["26"], 1)])


# --- near misses: options, talk, a session called off -----------------------------------------------------------------

def test_options_after_a_label_and_alternatives_at_consent() -> None:
    options = ("Left C6 radiculopathy (M54.12).\nWe went over options: left C5-6 transforaminal injection or a "
               "cervical interlaminar epidural. Today: left C6-7 interlaminar epidural steroid injection under "
               "fluoroscopy, 40 mg triamcinolone.")
    consent = ("Consent: risks and alternatives discussed, such as genicular nerve blocks and genicular RFA; she chose "
               "the joint injection.\nProcedure: right knee intra-articular injection, 40 mg triamcinolone.")
    assert (_lines(options), _lines(consent)) == ([("62321", [], 1)], [("20610", ["RT"], 1)])


def test_titleless_note_opening_on_talk_about_a_procedure() -> None:
    text = ("Right shoulder pain with swelling of the hand; we discussed a stellate ganglion block if it worsens.\n"
            "Procedure today: right glenohumeral joint injection, posterior approach, 40 mg triamcinolone.")
    assert _lines(text) == [("20610", ["RT"], 1)]


@pytest.mark.parametrize("text", [
    "Booked: right L4-5 TFESI.\nBlood pressure 210/120 on arrival; the case was called off and she was sent to her GP.",
    "Planned procedure: lumbar medial branch blocks L3-L5.\nOn arrival he had taken apixaban this morning, so the "
    "procedure was postponed before any needle.",
    "Follow-up visit for right L5 radiculopathy.\nPlan was a right L5-S1 TFESI today, but her INR was 3.1. No procedure "
    "was performed.",
    "Right L5-S1 TFESI.\nIn the procedure room she became tearful; the procedure was aborted before any needle was "
    "placed. Rescheduled with sedation.",
    "Left SI joint injection under fluoroscopy.\nAfter hearing about the risks the patient declined the injection "
    "today. Will continue PT.",
])
def test_session_called_off_bills_nothing(text: str) -> None:
    assert _lines(text) == []


_GUARD_PART_NOT_DONE = [
    ("Right L5-S1 TFESI under fluoroscopy, dexamethasone 10 mg. The planned second-level block was not performed "
     "because of a vasovagal episode.", [("64483", ["RT"], 1)]),
    ("Right SI joint injection under fluoroscopy, 40 mg triamcinolone. Her previous procedure was cancelled because "
     "of a cold.", [("27096", ["RT"], 1)]),
    ("Bilateral L4-5 facet joint injections under fluoroscopy, therapeutic, 1 mL 40 mg triamcinolone each side. She "
     "declined sedation.", [("64493", ["50"], 1)]),
]


# --- whole snippets: code lines and every finding element --------------------------------------------------------------

_SHP = """Neurolytic superior hypogastric plexus block.
Indication: pelvic pain from recurrent cervical cancer (C53.9), 5 months, not controlled by oral morphine; 75% relief
after a bupivacaine test block of the plexus two weeks ago.
Consent signed after risks were discussed; time-out done.
Prone under fluoroscopy, two 22-gauge needles were walked past the L5 transverse processes to the front of the L5-S1
disc. Contrast stayed retroperitoneal. After a 3 mL 1% lidocaine test dose, 6 mL of 10% phenol was injected on each side.
Pain 8/10 before and 3/10 after. No complications; discharged home."""

_SCIATIC_NOTE = """Left sciatic nerve block, subgluteal approach.
Diagnosis: left sciatic neuropathy after hip surgery (G57.02), 4 months, failed gabapentin and PT.
Consent signed; time-out held.
Ultrasound showed the nerve between the ischial tuberosity and greater trochanter; a stimulating needle (0.5 mA, ankle
plantar flexion) confirmed the position. 10 mL 0.25% bupivacaine with 40 mg triamcinolone was injected and an image saved.
Pain 7/10 before, 2/10 after. No complications."""


@pytest.mark.parametrize(("text", "lines", "elements"), [
    (_SHP, [("64681", [], 1), ("77002", ["26"], 1)], {"code_validity", "drug_dose"}),
    (_SCIATIC_NOTE, [("64445", ["LT"], 1), ("76942", ["26"], 1)], {"code_validity", "drug_dose"}),
])
def test_whole_snippet(text: str, lines: list, elements: set) -> None:
    result = _analyse(text)
    assert (code_lines(result), finding_elements(result)) == (lines, elements)


def test_guard_route_beside_a_name_stays_the_technique() -> None:
    """A needle's route beside a procedure name is that one's technique: its side wins over the title's and the
    difference stays a conflict (a route read as a second procedure mention made the two sides bilateral)."""
    text = """RIGHT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION
Diagnosis: lumbar radiculopathy (M54.16); left calf pain and numbness for 10 weeks despite 8 weeks of physical therapy
without relief; she cannot stand at work.
Consent signed; time-out held. Prone under fluoroscopy, a 22-gauge needle was steered to the left L4-5 foramen; contrast
flowed along the left L4 root without vascular uptake. 10 mg dexamethasone injected. AP and lateral images saved.
Pain 7/10 before and 2/10 after. No complications."""
    result = _analyse(text)
    assert (code_lines(result), finding_elements(result)) == (
        [("64483", ["LT"], 1)], {"laterality_conflict", "drug_dose", "imaging_findings"})


_OTHER_NAMES = [
    ("Right cervical sympathetic block at C6 under fluoroscopy; 8 mL 0.25% bupivacaine after negative aspiration.",
     [("64510", [], 1), ("77002", ["26"], 1)]),
    ("Superior hypogastric plexus neurolysis under fluoroscopy with 8 mL 10% phenol on each side.",
     [("64681", [], 1), ("77002", ["26"], 1)]),
    ("Left suprascapular nerve was blocked under ultrasound at the notch with 8 mL 0.5% ropivacaine, image saved.",
     [("64418", ["LT"], 1), ("76942", ["26"], 1)]),
    ("Block of the right ilioinguinal nerve medial to the ASIS under ultrasound, image saved; 8 mL 0.25% bupivacaine.",
     [("64425", ["RT"], 1), ("76942", ["26"], 1)]),
]


def test_guard_nerve_blocked_in_history_line() -> None:
    text = ("History: left suprascapular nerve was blocked in 2023 with good relief.\nToday: right knee injection, "
            "40 mg triamcinolone.")
    assert _lines(text) == [("20610", ["RT"], 1)]


# --- a procedure told only by the needle's route (targets.yaml ROUTE) ---------------------------------------------------

_ROUTE_ONLY = [
    ("Spine procedure.\nUnder fluoroscopy a 22-gauge needle was placed into the right L4-5 facet joint and 1 mL of "
     "40 mg triamcinolone was injected after an arthrogram.", [("64493", ["RT"], 1)]),
    ("Spine procedure.\nUnder fluoroscopy the right L3 and L4 medial branches and the L5 dorsal ramus were "
     "anesthetized with 0.5 mL 0.5% bupivacaine each.", [("64493", ["RT"], 1), ("64494", ["RT"], 1)]),
    ("Knee procedure.\nUnder fluoroscopy, lesions were made at the right superomedial, superolateral and inferomedial "
     "genicular nerves at 80 degrees for 90 seconds.", [("64624", ["RT"], 1)]),
    ("Hip procedure.\nA 22-gauge spinal needle was advanced into the left hip joint under fluoroscopy; arthrogram "
     "confirmed; 40 mg triamcinolone with 4 mL bupivacaine injected.", [("20610", ["LT"], 1), ("77002", ["26"], 1)]),
    ("Knee procedure.\nThe right knee joint was entered from a superolateral approach and 40 mg triamcinolone with "
     "4 mL 1% lidocaine was injected.", [("20610", ["RT"], 1)]),
    ("Shoulder procedure.\nUnder ultrasound the needle entered the posterior glenohumeral joint of the left shoulder, "
     "image saved; 40 mg triamcinolone injected.", [("20611", ["LT"], 1)]),
    ("Buttock procedure.\nUnder fluoroscopy the needle entered the inferior left SI joint; arthrogram; 40 mg "
     "triamcinolone injected; AP and oblique images saved.", [("27096", ["LT"], 1)]),
    ("Back procedure.\nUnder biplane fluoroscopy a balloon tamp was inflated in the T12 vertebral body and 4 mL of "
     "cement was placed.", [("22513", [], 1)]),
    ("Back procedure.\nAn 11-gauge trocar was passed through the left L2 pedicle and 3 mL of PMMA was injected into "
     "the L2 vertebral body; no balloon used.", [("22511", [], 1)]),
]


@pytest.mark.parametrize("text", [
    "Clinic follow-up.\nAt her last visit a needle was placed into the right knee joint and steroid injected, with "
    "relief for 3 months. Plan: repeat in 4 weeks.",
    "Follow-up.\nIn March the right L3 and L4 medial branches were blocked with 90% relief for 6 hours. Plan: "
    "radiofrequency ablation next month.",
    "Pain clinic letter.\nHer MRI shows a T12 compression fracture; cement was placed into the T12 vertebral body in "
    "2023 at another hospital.",
])
def test_guard_route_of_an_earlier_session(text: str) -> None:
    assert _lines(text) == []


# Every positive case above: the whole set of code lines (the case lists are named by their wording family).
_FAMILIES = {
    "lesi_cesi": _LESI_CESI,
    "pump_titles": _PUMP_TITLES,
    "pvp_pkp": _PVP_PKP,
    "stellate": _STELLATE,
    "sciatic": _SCIATIC,
    "occipital": _OCCIPITAL,
    "genicular": _GENICULAR,
    "trigger_points": _TRIGGER_POINTS,
    "neurolysis": _NEUROLYSIS,
    "epidural_route": _EPIDURAL_ROUTE,
    "guard_part_not_done": _GUARD_PART_NOT_DONE,
    "other_names": _OTHER_NAMES,
    "route_only": _ROUTE_ONLY,
}


@pytest.mark.parametrize(("family", "text", "expected"),
                         [(name, text, lines) for name, cases in _FAMILIES.items() for text, lines in cases])
def test_family_code_lines(family: str, text: str, expected: list) -> None:
    assert _lines(text) == expected, family
