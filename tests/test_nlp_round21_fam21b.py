"""Round 21 (fam21b): procedure families, levels and sides of the code-line probe `c3` as practice notes tell them: a
block named by its nerves ('genicular nerve injection', 'ilioinguinal and iliohypogastric nerve block', a title's
'block #1, Lt L3 through L5 medial branches'), the lumbar sympathetic chain told by where it lies, a pump refill told as
drug placed in the reservoir, an interlaminar epidural told by the needle's way between two laminae, a further level
'repeated ... on the right' on the side already treated, a note opening on its MRI findings, and a session the patient
declined before it began; with the near misses beside them. Each case asserts the whole set of code lines (code,
sorted modifiers, units) a coder bills on the physician claim. All sentences are new wordings, fictional."""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import code_lines, finding_elements
from api.pipeline import analyze_text


def _analyse(text: str, pos: str = "22"):  # noqa: ANN202
    return analyze_text(text, payer="medicare", date_of_service=dt.date(2025, 6, 10), place_of_service=pos)


def _lines(text: str, pos: str = "22") -> list[tuple[str, list[str], int]]:
    return code_lines(_analyse(text, pos))


# --- a genicular block named by its nerves and 'injection' -------------------------------------------------------------

_GENICULAR_INJECTION = [
    ("Left knee genicular nerve injections (SM, SL, IM).\nUnder fluoroscopy needles were placed at the three genicular "
     "targets; 1 mL 0.25% bupivacaine at each.", "22", [("64454", ["LT"], 1)]),
    ("Procedure - right knee: superolateral, superomedial and inferomedial genicular nerve injection\nFluoroscopic "
     "guidance in two planes; 2 mL of 0.5% ropivacaine per nerve.", "22", [("64454", ["RT"], 1)]),
    ("Right knee genicular nerve blockade under fluoroscopy: 2 mL 0.25% bupivacaine at the SM, SL and IM nerves.", "22",
     [("64454", ["RT"], 1)]),
    # near miss: the genicular injection only planned beside today's knee joint injection
    ("Right knee injection under landmark guidance, 40 mg triamcinolone and 3 mL 1% lidocaine, superolateral portal.\n"
     "Plan: genicular nerve injection next month if today's injection does not help.", "22", [("20610", ["RT"], 1)]),
]

# --- any named nerve's block written as an injection of the nerve -------------------------------------------------------

_NERVE_INJECTION = [
    ("Right suprascapular nerve injection under ultrasound; 8 mL 0.25% bupivacaine at the notch; image saved.", "22",
     [("64418", ["RT"], 1), ("76942", ["26"], 1)]),
    ("Left T8 intercostal nerve injection under ultrasound; 4 mL 0.5% ropivacaine; image saved.", "22",
     [("64420", ["LT"], 1), ("76942", ["26"], 1)]),
    # near miss: an earlier nerve injection in the history of a joint injection note
    ("Right shoulder pain.\nRight glenohumeral joint injection under ultrasound, 40 mg triamcinolone; image saved. A "
     "suprascapular nerve injection in 2024 helped for two months.", "22", [("20611", ["RT"], 1)]),
]

# --- the ilioinguinal and iliohypogastric nerves named together: one block, one line ----------------------------------

_ILIOINGUINAL_PAIR = [
    ("Under ultrasound, block of the right ilioinguinal and iliohypogastric nerves medial to the anterior superior iliac "
     "spine; 6 mL 0.5% ropivacaine; a still image was archived.", "22", [("64425", ["RT"], 1), ("76942", ["26"], 1)]),
    ("Left iliohypogastric nerve block with ultrasound; 5 mL 0.25% bupivacaine around the nerve; image saved.", "22",
     [("64425", ["LT"], 1), ("76942", ["26"], 1)]),
    # near miss: the pair named in a history line of a trigger point note
    ("Left groin trigger point injections: 3 points in the lower abdominal wall, 1 mL 1% lidocaine each.\nHistory: "
     "ilioinguinal and iliohypogastric nerve blocks in 2023 gave brief relief.", "22", [("20552", [], 1)]),
]

# --- the lumbar sympathetic chain told by where it lies -----------------------------------------------------------------

_LUMBAR_SYMPATHETIC = [
    ("Left lumbar paravertebral sympathetic chain block\nFluoroscopy: needle tip at the anterolateral L2 body; contrast "
     "along the chain; 12 mL 0.25% bupivacaine. Foot warmed by 2 C.", "24", [("64520", [], 1), ("77002", ["26"], 1)]),
    ("L3 sympathetic block, right, for CRPS of the right foot.\nUnder fluoroscopy a 22 g needle to the anterolateral L3 "
     "vertebral body; 15 mL 0.2% ropivacaine after contrast outlined the chain.", "24",
     [("64520", [], 1), ("77002", ["26"], 1)]),
    # near miss: a somatic paravertebral block (no 'sympathetic') is no sympathetic block
    ("Right T5 paravertebral block for rib fracture pain.\nUnder ultrasound 15 mL 0.5% ropivacaine was placed in the "
     "paravertebral space; image saved.", "24", []),
]

# --- a pump refill told as drug put into the reservoir ---------------------------------------------------------------

_PUMP_RESERVOIR = [
    ("Intrathecal baclofen pump visit\nI interrogated the pump, emptied the residual 2 mL and instilled 20 mL of "
     "baclofen 2000 mcg/mL into the pump reservoir. Daily dose increased by 5%.", "22", [("62370", [], 1)]),
    ("Pump clinic: morphine pump. The reservoir was accessed by the nurse; old volume removed; 18 mL of morphine "
     "25 mg/mL placed in the reservoir. Program unchanged.", "22", [("95990", [], 1)]),
    ("Intrathecal pump: the pump was refilled with 20 mL morphine 10 mg/mL by me; no change in the program.", "22",
     [("95991", [], 1)]),
    ("Intrathecal pump. Reservoir emptied and refilled with 20 mL of baclofen 500 mcg/mL by the physician; rate "
     "unchanged.", "22", [("95991", [], 1)]),
    # near miss: drug only taken out of the reservoir (a pump emptied before a scan) is no refill
    ("Pump check before MRI.\nThe reservoir was accessed and 12 mL withdrawn from the reservoir so that the pump could "
     "be stopped for the scan; nothing was added.", "22", []),
]

# --- a title's block with its medial branches after a comma, colon or dash ----------------------------------------------

_MBB_TITLE = [
    ("Procedure: Confirmatory block #2, right L2 through L4 medial branches\nAxial pain 8 months. Fluoroscopy: 22 g "
     "needles at the L3 and L4 transverse process junctions and over the L2 transverse process; 0.5 mL 0.5% "
     "bupivacaine at each.", "24", [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]),
    ("Block: bilateral C4-C6 medial branch nerves, diagnostic\nUnder lateral fluoroscopy needles to the waists of the "
     "C4, C5 and C6 articular pillars on each side; 0.4 mL 2% lidocaine per nerve.", "24",
     [("64490", ["50", "KX"], 1), ("64491", ["50", "KX"], 1)]),
    # near miss: the ablation of the same nerves after earlier blocks stays an ablation (no block, no KX)
    ("Radiofrequency ablation, right L3 through L5 medial branches (L5 dorsal ramus).\nAfter two diagnostic blocks "
     "each gave 85% relief, lesions at 80 C for 90 s were made at each nerve under fluoroscopy.", "24",
     [("64635", ["RT"], 1), ("64636", ["RT"], 1)]),
]

# --- an interlaminar epidural told only by the needle's way ------------------------------------------------------------

_INTERLAMINAR_ROUTE = [
    ("Low back and leg pain for 5 months despite PT.\nUnder fluoroscopy, after consent, an 18 g Tuohy needle "
     "was walked between the L3 and L4 laminae in the midline with loss of resistance; 80 mg triamcinolone in 4 mL "
     "saline.", "22", [("62323", [], 1)]),
    ("Cervical radicular pain, left C7, 4 months.\nWith fluoroscopic guidance the needle entered the left paramedian "
     "C7-T1 interlaminar space by loss of resistance; 10 mg dexamethasone with 3 mL saline.", "22", [("62321", [], 1)]),
    ("Axial and leg pain. With fluoroscopy a Tuohy needle entered the posterior epidural space at L5-S1 by loss of "
     "resistance in the right paramedian; 80 mg methylprednisolone and 4 mL saline injected.", "22", [("62323", [], 1)]),
    # near miss: contrast reaching the epidural space from a needle at a foramen is the transforaminal route
    ("Right radicular leg pain.\nUnder fluoroscopy the needle was brought to the right L5-S1 foramen and contrast "
     "entered the epidural space at L5-S1 along the root; 10 mg dexamethasone.", "22", [("64483", ["RT"], 1)]),
    # near miss: the same route beside a named stimulator trial is that trial's technique
    ("Percutaneous spinal cord stimulator trial.\nA Tuohy needle was passed between the T12 and L1 laminae and one "
     "8-contact lead advanced to T8 under fluoroscopy.", "22", [("63650", [], 1), ("77003", ["26"], 1)]),
]

# --- a further level 'repeated ... on the right' on the side already treated --------------------------------------------

_SAME_SIDE_REPEAT = [
    ("Left TFESI.\nLeft L4-5 foramen entered under fluoroscopy, contrast outlined the L4 root, 4 mg dexamethasone "
     "given. The identical procedure was repeated on the left at L5-S1.", "22",
     [("64483", ["LT"], 1), ("64484", ["LT"], 1)]),
    ("Right transforaminal ESI, L3-4 and L4-5.\nUnder fluoroscopy the right L3-4 foramen was entered and 3 mg "
     "dexamethasone given; the same technique was then repeated at L4-5 on the right.", "22",
     [("64483", ["RT"], 1), ("64484", ["RT"], 1)]),
    # near miss: the repeat on the other side still makes both sides
    ("Right L5-S1 transforaminal ESI.\nUnder fluoroscopy the right L5-S1 foramen was entered and 6 mg dexamethasone "
     "given. The same technique was then repeated on the left.", "22", [("64483", ["50"], 1)]),
]

# --- a note opening on its MRI findings ---------------------------------------------------------------------------------

_IMAGING_OPENING = [
    ("Lumbar MRI - L3-4 and L4-5 stenosis; L5-S1 right paracentral protrusion.\nProcedure: right L5-S1 transforaminal "
     "ESI under fluoroscopy, needle in the right L5-S1 foramen, 10 mg dexamethasone.", "22", [("64483", ["RT"], 1)]),
    ("MRI L-spine: L4-5 left paracentral protrusion, L5-S1 mild bulge\nRight L5-S1 TFESI done with fluoroscopy; needle "
     "at the right L5-S1 neuroforamen; 8 mg dexamethasone.", "22", [("64483", ["RT"], 1)]),
    # near miss: an image-guided title is the procedure's title: its levels count
    ("CT-guided left L3-4 and L4-5 facet joint injections\nNeedles placed into the joints under CT; 0.5 mL "
     "triamcinolone 40 mg/mL and 0.5 mL 0.5% bupivacaine in each.", "22", [("64493", ["LT"], 1), ("64494", ["LT"], 1)]),
]

# --- a session the patient turned down before it began ------------------------------------------------------------------

_DECLINED_BEFORE = [
    ("Planned: right L5-S1 transforaminal epidural steroid injection.\nOn arrival in the procedure room and before any "
     "preparation the patient elected not to proceed after a further discussion of the risks. Nothing was injected.",
     "22", []),
    ("Scheduled: left C7-T1 interlaminar epidural steroid injection.\nShe withdrew her consent in the holding area; no "
     "sedation or needle was given. We will see her in clinic.", "22", []),
    ("Planned left L5-S1 TFESI. Patient changed her mind in pre-op and the procedure did not take place.", "22", []),
    # near miss: a stop after the first level is a level left out, not a session called off
    ("Right L4-5 TFESI.\nThe right L4-5 foramen was reached under fluoroscopy and 5 mg dexamethasone given. After the "
     "first injection the patient declined to proceed with any further levels.", "22", [("64483", ["RT"], 1)]),
]

_FAMILIES = {
    "genicular_injection": _GENICULAR_INJECTION,
    "nerve_injection": _NERVE_INJECTION,
    "ilioinguinal_pair": _ILIOINGUINAL_PAIR,
    "lumbar_sympathetic": _LUMBAR_SYMPATHETIC,
    "pump_reservoir": _PUMP_RESERVOIR,
    "mbb_title": _MBB_TITLE,
    "interlaminar_route": _INTERLAMINAR_ROUTE,
    "same_side_repeat": _SAME_SIDE_REPEAT,
    "imaging_opening": _IMAGING_OPENING,
    "declined_before": _DECLINED_BEFORE,
}


@pytest.mark.parametrize(("family", "text", "pos", "expected"),
                         [(name, text, pos, lines) for name, cases in _FAMILIES.items() for text, pos, lines in cases])
def test_family_code_lines(family: str, text: str, pos: str, expected: list) -> None:
    assert _lines(text, pos) == expected, family


# --- whole snippets: code lines and every finding element --------------------------------------------------------------

_ILIOINGUINAL_NOTE = """Left ilioinguinal/iliohypogastric nerve blocks, ultrasound guided.
Diagnosis: left ilioinguinal neuralgia after inguinal hernia repair (G57.82), 7 months, failed gabapentin and a lidocaine
patch.
Consent signed after risks were discussed; time-out done.
Both nerves were seen between the internal oblique and transversus abdominis medial to the iliac spine; 10 mL 0.25%
bupivacaine was deposited around them and an image stored.
Pain 6/10 before and 1/10 after. No complications."""

_LSB_NOTE = """Right lumbar paravertebral sympathetic chain block at L2.
Diagnosis: complex regional pain syndrome type I of the right lower limb (G90.521), 9 months, failed gabapentin and
physical therapy.
Consent signed; time-out held.
Under fluoroscopy a 22 g needle was walked off the anterolateral L2 body; contrast spread along the chain without psoas
uptake; 12 mL 0.25% bupivacaine injected.
Right foot skin temperature rose by 2.5 C. Pain 7/10 before and 3/10 after. No complications."""


@pytest.mark.parametrize(("text", "pos", "lines", "elements"), [
    (_ILIOINGUINAL_NOTE, "22", [("64425", ["LT"], 1), ("76942", ["26"], 1)], {"code_validity", "drug_dose"}),
    (_LSB_NOTE, "24", [("64520", [], 1), ("77002", ["26"], 1)], {"code_validity", "drug_dose", "laterality"}),
])
def test_whole_snippet(text: str, pos: str, lines: list, elements: set) -> None:
    result = _analyse(text, pos)
    assert (code_lines(result), finding_elements(result)) == (lines, elements)


# --- the gaps fam21 left open ------------------------------------------------------------------------------------------

# A chemical neurolysis whose only injectate is phenol or dehydrated alcohol names its injectate (drugs.yaml lists both
# as agents without a line of their own).
_PHENOL_SHP = """Neurolytic superior hypogastric plexus block.
Diagnosis: pelvic pain from cervical cancer (C53.9), 4 months, not controlled by opioids.
Consent signed; time-out held.
Under fluoroscopy a single needle reached the front of the L5-S1 disc; contrast stayed retroperitoneal; 8 mL of 10% aqueous
phenol was injected.
Pain 8/10 before and 3/10 after. No complications."""

_ALCOHOL_CELIAC = """Celiac plexus neurolysis under CT.
Diagnosis: pancreatic cancer pain (C25.0), 3 months, poorly controlled on oral opioids.
Consent signed; time-out held.
Two 22-gauge needles were placed anterior to the aorta at L1; contrast spread around the plexus; 15 mL of absolute alcohol
was injected through each needle.
Pain 8/10 before and 3/10 after. No complications."""

# near miss: an alcohol swab is a skin prep, no injectate
_ALCOHOL_SWAB = """Right knee injection under ultrasound with an image saved.
Diagnosis: right knee osteoarthritis (M17.11), 2 years, failed NSAIDs and PT.
Consent signed; time-out held. The skin was cleaned with an alcohol swab and 3 mL of the injectate was placed into the joint.
Pain 6/10 before and 2/10 after. No complications."""


def test_phenol_only_neurolysis_names_its_injectate() -> None:
    result = _analyse(_PHENOL_SHP)
    assert (code_lines(result), finding_elements(result)) == (
        [("64681", [], 1), ("77002", ["26"], 1)], {"code_validity", "drug_dose"})


def test_alcohol_only_neurolysis_names_its_injectate() -> None:
    result = _analyse(_ALCOHOL_CELIAC)
    assert (code_lines(result), finding_elements(result)) == (
        [("64680", [], 1), ("77012", ["26"], 1)], {"code_validity", "drug_dose"})
    assert [d.generic for d in result.facts.drugs] == ["dehydrated_alcohol"]


def test_guard_alcohol_swab_is_no_injectate() -> None:
    result = _analyse(_ALCOHOL_SWAB)
    assert (code_lines(result), finding_elements(result)) == ([("20611", ["RT"], 1)], {"drug_name"})


# 'diagnostic' at the far end of the sentence that tells a medial branch block only by its route gives KX.
_ROUTE_INTENT = [
    ("Axial low back pain for 8 months, worse on extension, despite PT and NSAIDs.\nUnder fluoroscopy the right L3 and "
     "L4 medial branches and the right L5 dorsal ramus were anesthetized with 0.5 mL of 0.5% bupivacaine each through "
     "22-gauge spinal needles, diagnostic.\nPain 7/10 before and 1/10 after 30 minutes.",
     [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]),
    ("Axial low back pain for 10 months, worse on standing, despite PT and NSAIDs.\nThe left L2, L3 and L4 medial branch "
     "nerves were each blocked under fluoroscopy with 0.5 mL of 1% lidocaine through 22-gauge spinal needles, as a "
     "diagnostic test.\nPain 6/10 before and 1/10 after.", [("64493", ["KX", "LT"], 1), ("64494", ["KX", "LT"], 1)]),
    # near miss: a therapeutic word in the same place gives no KX
    ("Axial low back pain for 8 months, worse on extension, despite PT and NSAIDs.\nUnder fluoroscopy the right L3 and "
     "L4 medial branches and the right L5 dorsal ramus were anesthetized with 0.5 mL of 0.5% bupivacaine each through "
     "22-gauge spinal needles, a therapeutic injection.\nPain 7/10 before and 2/10 after.",
     [("64493", ["RT"], 1), ("64494", ["RT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _ROUTE_INTENT)
def test_intent_anywhere_in_a_route_sentence(text: str, expected: list) -> None:
    assert _lines(text, "24") == expected


# A one-line note whose history field runs on into 'Today: ...' keeps today's procedure.
_TODAY_INLINE = [
    ("History: right L5 radicular pain for 4 months, failed PT x 6 weeks, prior right L5-S1 TFESI in March gave 60% "
     "relief for 3 months. Today: repeat right L5-S1 TFESI under fluoroscopy, 10 mg dexamethasone, no complications.",
     [("64483", ["RT"], 1)]),
    ("History: left knee OA, failed NSAIDs. Today: left knee injection with 40 mg triamcinolone under ultrasound, "
     "image saved.", [("20611", ["LT"], 1)]),
    # near misses: the history's procedure alone, and a 'Today:' that only plans one
    ("History: right L5 radicular pain, prior right L5-S1 TFESI in March gave 60% relief for 3 months.", []),
    ("History: left knee OA, failed NSAIDs. Today: pain 7/10; a left knee injection will be considered next visit.", []),
]


@pytest.mark.parametrize(("text", "expected"), _TODAY_INLINE)
def test_today_field_after_a_history_field(text: str, expected: list) -> None:
    assert _lines(text) == expected
