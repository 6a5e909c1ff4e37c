"""Round 22 (fam22): procedure families, levels and sides of the code-line probe `c5` as new registers tell them:
interventional-radiology reports (EXAM / TECHNIQUE / IMPRESSION), British theatre notes ('under X-ray'), surgery-centre
logs and schedules (a row's status cell), a coder's query and the physician's answer, addenda and corrections (a level
dictated in error, 'this was not a transforaminal injection', the other side added, a technique word struck),
dictation slips ('kai fo plasty', 'L for five'), anatomy by name and ordinal ('the lumbosacral facet', 'the fifth lumbar
nerve root', 'the sixth, seventh and eighth intercostal nerves' as levels, 64420 + 64421), an epidural catheter left for an infusion, a plexus
named after its act ('Neurolysis of the superior hypogastric plexus'), and a caudal given up for an interlaminar entry;
with the near misses beside them. Each case asserts the whole set of code lines (code, sorted modifiers, units) a coder
bills on the physician claim. All sentences are new wordings, fictional."""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import code_lines
from api.pipeline import analyze_text


def _lines(text: str, pos: str = "22") -> list[tuple[str, list[str], int]]:
    return code_lines(analyze_text(text, payer="medicare", date_of_service=dt.date(2025, 6, 10), place_of_service=pos))


# --- an IR report that names its procedure only in the IMPRESSION ------------------------------------------------------

_IR_IMPRESSION = [
    ("PROCEDURE: Image-guided spinal injection.\nHISTORY: Right leg pain along the S1 dermatome; remote L3 vertebroplasty."
     "\nTECHNIQUE: Prone. The right S1 foramen was accessed with a 22 g needle using fluoroscopy; contrast outlined the S1 "
     "root. 4 mg dexamethasone injected.\nIMPRESSION: 1. Right S1 transforaminal epidural injection.",
     [("64483", ["RT"], 1)]),
    ("EXAMINATION: Fluoroscopic pelvic injection.\nTECHNIQUE: Prone. Needles advanced to the anterior L5-S1 disc margin "
     "from both sides under fluoroscopy; contrast spread anterior to the sacral promontory. 10 mL of 0.25% bupivacaine "
     "each side.\nIMPRESSION: Superior hypogastric plexus block.", [("64517", [], 1), ("77002", ["26"], 1)]),
    ("EXAM: CT-guided injection, pelvis.\nTECHNIQUE: A 22-gauge needle was placed into the lower third of the left "
     "sacroiliac articulation under intermittent CT guidance; 1 mL contrast, then 40 mg triamcinolone.\nIMPRESSION: Left "
     "sacroiliac joint injection under CT.", [("27096", ["LT"], 1)]),
    # near misses: a clinic note's impression that proposes the procedure, and an IR report's impression that plans it
    ("Impression: left L5 radiculopathy from an L5-S1 protrusion.\nLeft L5-S1 transforaminal epidural steroid injection "
     "recommended; she will call to schedule.", []),
    ("EXAM: Fluoroscopic spinal injection, lumbar.\nTECHNIQUE: The patient became faint while prone and was turned "
     "supine; no needle was placed.\nIMPRESSION: Candidate for a left L5-S1 transforaminal epidural injection at a later "
     "date.", []),
]


@pytest.mark.parametrize(("text", "expected"), _IR_IMPRESSION)
def test_ir_report_impression_names_the_procedure(text: str, expected: list) -> None:
    assert _lines(text) == expected


# --- British theatre wording: guidance 'under X-ray' -------------------------------------------------------------------

_UNDER_XRAY = [
    ("Operation: Caudal epidural\nAnaesthetic: local\nProcedure: Prone. Hiatus located under X-ray, 21G needle into the "
     "sacral canal, contrast run, 40 mg triamcinolone in 10 mL of 0.125% levobupivacaine.", [("62323", [], 1)]),
    ("Operation: Left L4/5 interlaminar epidural\nProcedure: X-ray guided midline approach with a 16G Tuohy, loss of "
     "resistance to saline at L4/5, 80 mg Depo-Medrone in 5 mL saline.", [("62323", [], 1)]),
    # near miss: an X-ray study in the history of a landmark caudal
    ("Operation: Caudal epidural, landmark technique, no imaging.\nIndication: X-ray of the lumbar spine in May showed "
     "L5/S1 disc space narrowing.\nProcedure: 21G needle through the sacral hiatus, 40 mg triamcinolone in 10 mL saline.",
     [("62322", [], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _UNDER_XRAY)
def test_under_xray_is_fluoroscopic_guidance(text: str, expected: list) -> None:
    assert _lines(text) == expected


# --- a log's row status: the cancelled row names nothing done, the DONE row does ----------------------------------------

_LOG_ROWS = [
    ("DAY LIST (one patient)\n1 | R knee genicular RFA, SM/SL/IM | CANCELLED - INR 3.1\n2 | R knee IA, US, image saved | DONE\n"
     "Comment: right knee entered superolaterally under ultrasound, 40 mg triamcinolone.", [("20611", ["RT"], 1)]),
    ("THEATRE LIST\n08:15 | SCS trial, 2 leads | NOT DONE\nReason: patient febrile on arrival, case stood down.", []),
    ("CLINIC LIST\na) L suprascapular nerve blk | patient refused on the day - not done\nb) L knee joint | done, landmark, "
     "no imaging\nKnee: 21G needle into the left knee joint from a lateral approach, 40 mg triamcinolone.",
     [("20610", ["LT"], 1)]),
    # near miss: both rows done
    ("DAY LIST\n1 | L SIJ inj, fluoro | DONE\n2 | L GTB inj, landmark | DONE\nComment: left SI joint entered at its lower "
     "pole under fluoroscopy; trochanteric bursa injected by landmark.",
     [("20610", ["LT"], 1), ("27096", ["LT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _LOG_ROWS)
def test_log_row_status(text: str, expected: list) -> None:
    assert _lines(text, "24") == expected


def test_rebooked_procedure_is_not_today() -> None:
    text = ("L SIJ injection under fluoroscopy, 40 mg triamcinolone; no complications.\nR L4-5, L5-S1 RFA rebooked for "
            "next month once clopidogrel is held.")
    assert _lines(text, "24") == [("27096", ["LT"], 1)]


# --- a coder's query and the physician's answer -----------------------------------------------------------------------

_QUERY = [
    ("Right hip area injection under ultrasound, image saved.\nNeedle beside the nerve below piriformis, 8 mL 0.25% "
     "bupivacaine with 40 mg triamcinolone.\nCoding query: Was this a trigger point injection of the piriformis or a "
     "sciatic nerve block?\nProvider response: Sciatic nerve block on the right only; no muscle was injected.",
     [("64445", ["RT"], 1), ("76942", ["26"], 1)]),
    ("Cervical epidural steroid injection, fluoroscopy.\nNeedle placed, contrast confirmed, 10 mg dexamethasone.\nCODER "
     "QUERY: interlaminar or transforaminal, and which level?\nPhysician reply: A left C6-7 transforaminal injection.",
     [("64479", ["LT"], 1)]),
    ("Lumbar facet radiofrequency ablation L3-4 and L4-5 under fluoroscopy, 80 C for 90 s per lesion.\nCDI query: was "
     "this bilateral?\nPhysician answer: left side only (left L2, L3 and L4 medial branches).",
     [("64635", ["LT"], 1), ("64636", ["LT"], 1)]),
    # near miss: the query asks about an ablation the answer says was not done
    ("Right L4-5 and L5-S1 diagnostic medial branch blocks under fluoroscopy, 0.5 mL 0.5% bupivacaine at each of the "
     "right L3, L4 and L5 targets.\nCoder query: Was radiofrequency ablation performed?\nPhysician response: No; today "
     "was the diagnostic block only.", [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _QUERY)
def test_coder_query_and_answer(text: str, expected: list) -> None:
    assert _lines(text) == expected


_PLAN_ON_TITLE = [
    ("Right lumbar diagnostic medial branch blocks under fluoroscopy. Plan RFA if relief is over 80%.\nRight L3, L4 "
     "medial branches and L5 dorsal ramus, 0.5 mL bupivacaine 0.5% each.",
     [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]),
    ("Left SI joint injection, fluoroscopy. Plan sacroiliac radiofrequency neurotomy if the relief is over 75%.\nLeft SI "
     "joint entered with contrast, 40 mg triamcinolone.", [("27096", ["LT"], 1)]),
    # near miss: a title's planned field over what was done
    ("Planned: vertebroplasty at L2 and L3. Done: L2 only.\nL3 pedicle could not be cannulated and was abandoned.\nL2 "
     "bipedicular vertebroplasty under fluoroscopy, 3 mL cement per side.", [("22511", [], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _PLAN_ON_TITLE)
def test_plan_on_the_title_line(text: str, expected: list) -> None:
    assert _lines(text, "24") == expected


# --- addenda and corrections -------------------------------------------------------------------------------------------

_ADDENDA = [
    # a level dictated in error
    ("Left L3-4 and L4-5 transforaminal epidural steroid injections, fluoroscopy.\nNeedle to the left L4-5 foramen, "
     "contrast along the L4 root, 10 mg dexamethasone.\nAddendum: the L3-4 level was typed in error; only L4-5 was "
     "injected.", [("64483", ["LT"], 1)]),
    ("Bilateral C5-6 and C6-7 transforaminal injections under fluoroscopy, 4 mg dexamethasone per side at C6-7.\n"
     "Correction: C5-6 was listed incorrectly.", [("64479", ["50"], 1)]),
    # the title's family denied
    ("Title: right L5-S1 transforaminal epidural steroid injection.\nFluoroscopy; Tuohy needle, loss of resistance, 80 mg "
     "triamcinolone.\nAddendum: It was not a transforaminal injection; the right paramedian interlaminar route was used "
     "at L5-S1.", [("62323", [], 1)]),
    # the other side added
    ("Diagnostic left L4-5 and L5-S1 medial branch blocks under fluoroscopy, 0.5 mL 0.5% bupivacaine at the left L3, L4 "
     "and L5 targets.\nLate entry: the right side was also blocked at the same three targets in the same session.",
     [("64493", ["50", "KX"], 1), ("64494", ["50", "KX"], 1)]),
    ("Right L5-S1 facet joint injection, diagnostic, fluoroscopy, 0.5 mL 0.5% bupivacaine.\nAddendum: the injections were "
     "in fact bilateral.", [("64493", ["50", "KX"], 1)]),
    # a technique word struck
    ("Right knee genicular nerve pulsed radiofrequency, fluoroscopy, three nerves after motor testing.\nAmendment: 'pulsed' "
     "was entered in error; conventional lesions at 80 degrees for 90 seconds were made.", [("64624", ["RT"], 1)]),
    # near misses: an addendum that confirms, and pulsed RF never corrected
    ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy, 10 mg dexamethasone.\nAddendum: images "
     "saved to PACS; no change to the report.", [("64483", ["RT"], 1)]),
    ("Left knee genicular pulsed radiofrequency, fluoroscopy, three nerves, 42 degrees for 120 seconds each.",
     [("64999", [], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _ADDENDA)
def test_addenda_and_corrections(text: str, expected: list) -> None:
    assert _lines(text, "24") == expected


# --- dictation slips --------------------------------------------------------------------------------------------------

_DICTATION = [
    ("Procedure: ky pho plasty at L one under fluoroscopy, bipedicular, balloon tamps, 4 mL cement.", [("22514", [], 1)]),
    ("Procedure: kifoplasty of T eleven, balloon inflated under fluoroscopy, 3 mL cement.", [("22513", [], 1)]),
    ("Right facet joint injections at L for five and L five S one, diagnostic, under fluoroscopy; 0.5 mL bupivacaine per "
     "joint.", [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]),
    # near miss: 'for' before anything but 'five' is no level
    ("Right L five S one facet joint injection for four weeks of axial pain, diagnostic, under fluoroscopy; 0.5 mL "
     "bupivacaine.", [("64493", ["KX", "RT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _DICTATION)
def test_dictation_slips(text: str, expected: list) -> None:
    assert _lines(text, "24") == expected


# --- anatomy by name and ordinal ---------------------------------------------------------------------------------------

_ORDINAL_ANATOMY = [
    ("Left radiofrequency neurotomy of the lumbosacral facet joint under fluoroscopy, 80 degrees for 90 seconds at each "
     "of its two nerves.", [("64635", ["LT"], 1)]),
    ("Right thermal radiofrequency under fluoroscopy of the second and third lumbar medial branches, 80 degrees for 90 "
     "seconds each.", [("64635", ["RT"], 1)]),
    ("Diagnostic injection into the lumbosacral zygapophyseal joints, right and left, under fluoroscopy, 0.5 mL 0.5% "
     "bupivacaine each.", [("64493", ["50", "KX"], 1)]),
    ("Under fluoroscopy a needle was advanced toward the right foramen below the fourth lumbar pedicle; contrast outlined "
     "the fourth lumbar nerve root and flowed epidurally. 10 mg dexamethasone given.", [("64483", ["RT"], 1)]),
    # near misses: an ordinal of sessions and a facet diagnosis
    ("Her second lumbar epidural this year: L4-5 interlaminar epidural steroid injection under fluoroscopy, 80 mg "
     "triamcinolone.", [("62323", [], 1)]),
    ("Diagnosis: lumbosacral facet arthropathy.\nRight L3-4 facet joint injection under fluoroscopy, diagnostic, 0.5 mL "
     "bupivacaine.", [("64493", ["KX", "RT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _ORDINAL_ANATOMY)
def test_anatomy_by_name_and_ordinal(text: str, expected: list) -> None:
    assert _lines(text, "24") == expected


_INTERCOSTAL = [
    ("Ultrasound-guided blockade of the left ninth, tenth and eleventh intercostal nerves at the rib angles; 3 mL 0.5% "
     "ropivacaine at each; image stored.", [("64420", ["LT"], 1), ("64421", ["LT"], 2), ("76942", ["26"], 1)]),
    ("Right T4 and T5 intercostal nerve blocks under ultrasound, 4 mL 0.25% bupivacaine each, image saved.",
     [("64420", ["RT"], 1), ("64421", ["RT"], 1), ("76942", ["26"], 1)]),
    # near miss: one nerve, and an ordinal of sessions
    ("Left T7 intercostal nerve block under ultrasound, 4 mL 0.25% bupivacaine, image saved. This is her second "
     "intercostal nerve block.", [("64420", ["LT"], 1), ("76942", ["26"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _INTERCOSTAL)
def test_intercostal_nerves_by_level(text: str, expected: list) -> None:
    assert _lines(text) == expected


# --- an epidural catheter left for an infusion; a plexus named after its act; a converted approach -------------------------

_MORE = [
    ("Thoracic T9-10 interlaminar epidural catheter placed under fluoroscopy for a continuous epidural infusion after "
     "rib fractures; catheter tunnelled and secured.", [("62325", [], 1)]),
    ("L3-4 interlaminar epidural under fluoroscopy; catheter threaded 5 cm, catheter sutured and connected to the "
     "infusion pump for post-operative analgesia.", [("62327", [], 1)]),
    # near miss: a catheter used for one injection and pulled
    ("L4-5 interlaminar epidural under fluoroscopy; catheter advanced to L3, 80 mg triamcinolone given, catheter "
     "removed intact.", [("62323", [], 1)]),
    ("Neurolysis of the celiac plexus under CT for pancreatic cancer pain: 20 mL of dehydrated alcohol after a "
     "bupivacaine test dose.", [("64680", [], 1), ("77012", ["26"], 1)]),
    ("Block of the superior hypogastric plexus under fluoroscopy with 8 mL 0.25% bupivacaine through each of two "
     "needles; neurolysis to follow only if this helps.", [("64517", [], 1), ("77002", ["26"], 1)]),
    ("Operation: attempted caudal, converted to L5/S1 interlaminar epidural.\nHiatus not palpable or visible on X-ray, "
     "caudal attempt abandoned; L5/S1 midline Tuohy, loss of resistance, fluoroscopy, 80 mg triamcinolone.",
     [("62323", [], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _MORE)
def test_catheter_plexus_and_converted_approach(text: str, expected: list) -> None:
    assert _lines(text) == expected


# --- a named nerve's block told by the injectate around the nerve, no block word ----------------------------------------

_AROUND_THE_NERVE = [
    ("Meralgia paresthetica, right thigh.\nRight lateral femoral cutaneous nerve traced with ultrasound below the ASIS; "
     "4 mL 0.5% ropivacaine with 10 mg triamcinolone deposited around the nerve. Image saved.",
     [("64450", ["RT"], 1), ("76942", ["26"], 1)]),
    ("Left sciatic nerve located with ultrasound in the popliteal fossa; 15 mL 0.25% bupivacaine placed surrounding the "
     "nerve; image stored.", [("64445", ["LT"], 1), ("76942", ["26"], 1)]),
    # near miss: fluid around a nerve on a scan, nothing injected
    ("Ultrasound of the left thigh: the lateral femoral cutaneous nerve is swollen with fluid around the nerve. No "
     "injection today; gabapentin started.", []),
]


@pytest.mark.parametrize(("text", "expected"), _AROUND_THE_NERVE)
def test_block_told_by_the_injectate_around_the_nerve(text: str, expected: list) -> None:
    assert _lines(text) == expected
