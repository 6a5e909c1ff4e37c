"""Round 20 (issue 3, pub20b): wording families of PUBLISHED procedure notes (transcription-sample pages, case-report
paragraphs) that `dev_fresh_dt` showed the reader did not know, each fixed for the register, in fictional snippets
written for these tests (never a corpus sentence). Each case states the whole result it is about (code lines with
modifiers and units, the finding elements, or the exact values read) and failed before its change; the guards pin
the near misses the change must not reach.

1. 'usually' / 'typically' before a verb of provoking ('the twisting that usually aggravates it') tells what the test
   provokes, not when the score was taken: a score after 'At 15 minutes' stays the post score. A score 'usually'
   runs at home is still no post score.
2. A case report's consequence clause after a long reason, behind a semicolon or comma ('...; for these reasons
   moderate sedation was chosen', ', which is why moderate sedation was used') justifies the sedation; 'for that
   reason no sedation was planned' does not.
3. The site of an implanted generator ('pulse generator, left upper buttock') is no side of a stimulator implant:
   no laterality conflict against 'one on each side of midline'. A paired family's header side still conflicts.
4. The operation header's other forms ('NAME OF OPERATION:', 'TITLE OF PROCEDURE:', 'OPERATIONS PERFORMED:') are
   the procedure field: its side is the title's, so a body side that differs is a conflict, not a bilateral claim.
5. A mixture referred to by a bare pronoun before its verb ('2 mL of this was injected on each side', '1 mL of that
   was placed at each foramen') is the mixture's share: the drugs are scaled, not multiplied per site.
6. A foramen named as anatomy in a sacroiliac ablation's needle sentence ('lateral to the S1 foramen') is no epidural
   cue: the ablation stays the title's SI ablation, not a second, facet, one. A real transforaminal injection in the
   same session stays.
7. Moderate sedation by another clinician (a CRNA, a nurse anaesthetist) is billed by that clinician: no 99156/99157
   on the proceduralist's claim, an info finding instead. The proceduralist's own sedation still bills 99152/99153.
8. 'without difficulty' / 'without any resistance' after a dosed drug negates nothing; 'without injecting the
   dexamethasone' still does.
9. A repeat on the other side that names its drugs ('... with the same volumes of contrast, triamcinolone and
   bupivacaine') repeats them past a closing sentence ('The needle was withdrawn.'); a bare 'entered the same way'
   does not.
10. An activity the pain made the patient stop, as a case report tells it ('has had to drop out of his golf league',
   'has had to stop her weekly pilates class') is a functional impairment; stopping a drug ('had to stop the
   gabapentin', 'had to stop taking it') is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _snippet import whole
from api import pipeline

DOS = dt.date(2026, 7, 14)
NO_INFO = ("error", "warning")


def _result(text: str, pos: str = "11"):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service=pos, source="r20")


def _drugs(r) -> list[tuple[str, float | None, str | None]]:  # noqa: ANN001
    return [(d.generic, d.dose, d.dose_unit) for d in r.drugs]


# --- 1. 'usually' before a verb of provoking ---------------------------------------------------------------------------

_MBB = ("Right L4-5 and L5-S1 diagnostic medial branch blocks under fluoroscopy.\nAxial low back pain for 9 months despite 10 weeks of "
        "physical therapy and meloxicam; he cannot mow the lawn. Facet arthropathy (M47.816).\nConsent signed. Time-out "
        "held. Pain 7/10 before. Using fluoroscopy 22-gauge needles reached the right L3 and L4 medial branches and the "
        "right L5 dorsal ramus, and 0.5 mL of 0.5% bupivacaine was placed at each. AP image saved.\n{post} No "
        "complications.\n")


@pytest.mark.parametrize("post, scores, elements", [
    ("At 15 minutes his pain on the twisting that usually aggravates it was 2/10, about 70% better.",
     [("pre", 7.0), ("post", 2.0)], set()),
    ("Half an hour later, standing from the chair in the way that typically triggers the pain, he scored it 1/10.",
     [("pre", 7.0), ("post", 1.0)], set()),
    # guard: a score the pain usually runs at home is no post score
    ("At home his pain usually runs 6/10 by evening.", [("pre", 7.0), ("baseline", 6.0)], {"post_procedure_pain_score"}),
])
def test_usually_before_a_provoking_verb_is_no_baseline(post: str, scores: list, elements: set) -> None:
    r = _result(_MBB.format(post=post))
    assert [(s.timing, s.value) for s in r.assessments.pain_scores] == scores
    assert whole(r, NO_INFO) == ([("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)], elements)


# --- 2. a consequence clause after a long reason ------------------------------------------------------------------------

_RFA = ("Left L3-4 and L4-5 lumbar facet radiofrequency ablation (left L2, L3 and L4 medial branch neurotomy) under "
        "fluoroscopy.\nAxial low back pain for 3 years despite 12 weeks of physical therapy and naproxen; he cannot stand "
        "to cook. Facet arthropathy (M47.816). Two left medial branch blocks gave 85% and 90% relief.\n{why}\nConsent "
        "signed. Time-out held. Pain 6/10 before. Moderate sedation by me with midazolam 2 mg IV; independent RN observer "
        "present; sedation 09:00 to 09:25. Under fluoroscopy cannulas were placed at the left L2, L3 and L4 medial "
        "branches and lesions made at 80 degrees for 90 seconds. Images saved. Pain 2/10 after. No complications.\n")
_RFA_LINES = [("64635", ["LT"], 1), ("64636", ["LT"], 1), ("99152", [], 1), ("99153", [], 1)]


@pytest.mark.parametrize("why, reason", [
    ("He was extremely claustrophobic lying prone at both earlier blocks, and each had to be stopped twice before it was "
     "finished; for these reasons moderate sedation was chosen for the ablation.", "claustrophobic"),
    ("He was very anxious through both of the diagnostic blocks and kept moving when the needles touched bone, which is "
     "why moderate sedation was used today.", "anxious"),
    # guard: the consequence is no sedation
    ("He was anxious at the diagnostic blocks but lay still with reassurance; for that reason no sedation was planned, "
     "and he asked for some today.", None),
])
def test_consequence_clause_after_a_long_reason_justifies_sedation(why: str, reason: str | None) -> None:
    r = _result(_RFA.format(why=why))
    sed = r.facts.procedures[0].sedation
    assert (sed.type, sed.justification, sed.by_proceduralist, sed.intraservice_minutes) == ("moderate", reason, True, 25)
    # the facet RFA asks for the reason of its sedation (sedation_details)
    assert whole(r, NO_INFO) == (_RFA_LINES, set() if reason else {"sedation_details"})


# --- 3. a generator's site is no side of the implant; 4. the operation header's other forms ----------------------------

_SCS = ("OPERATIVE NOTE\n\n{label}\n1. Implantation of two percutaneous spinal cord stimulator leads into the epidural "
        "space.\n2. Insertion of an implantable pulse generator, left upper buttock.\n3. Fluoroscopy.\n\nINDICATIONS: Failed "
        "back surgery syndrome (M96.1) with burning pain in both legs for 5 years despite physical therapy, gabapentin and "
        "two epidurals; she cannot walk a block. Psychology evaluation cleared her. The trial gave 65% relief.\n\n"
        "DESCRIPTION OF PROCEDURE: Consent signed. Time out held. Local anesthesia only. Under fluoroscopy two Tuohy "
        "needles entered the epidural space at T12-L1, one on each side of midline, and two percutaneous leads were "
        "steered to T8. The leads were tunnelled to a pocket in the left upper buttock and connected to the generator. "
        "No complications.\n")


@pytest.mark.parametrize("label", ["PROCEDURES:", "OPERATIONS PERFORMED:"])
def test_generator_site_is_no_side_of_the_implant(label: str) -> None:
    r = _result(_SCS.format(label=label))
    assert [(p.family, p.laterality) for p in r.procedures] == [("scs_implant", "bilateral")]
    assert whole(r, NO_INFO) == ([("63650", [], 2), ("63685", [], 1), ("77003", [], 1)], set())


_TF = ("PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy (M54.16).\n\nPOSTOPERATIVE DIAGNOSIS: Same.\n\n{label} Right L5-S1 "
       "transforaminal epidural steroid injection under fluoroscopy.\n\nINDICATIONS: Pain down the {side} leg to the ankle "
       "for 5 months despite 8 weeks of physical therapy and naproxen; he cannot work a full shift. MRI shows a {side} "
       "L5-S1 disc protrusion touching the S1 root.\n\nDESCRIPTION OF PROCEDURE: Consent was signed. A time out was done. "
       "Pain 6/10 before. With fluoroscopy a 22-gauge needle was advanced to the {side} L5-S1 foramen; Omnipaque 240, 1 "
       "mL, outlined the nerve root without vascular flow, and triamcinolone 40 mg was injected. AP and lateral images "
       "were saved. Pain 2/10 after. No complications.\n")


@pytest.mark.parametrize("label, side, lines, elements", [
    ("NAME OF OPERATION:", "left", [("64483", ["LT"], 1), ("J3301", [], 4)], {"laterality_conflict"}),
    ("TITLE OF PROCEDURE:", "left", [("64483", ["LT"], 1), ("J3301", [], 4)], {"laterality_conflict"}),
    ("OPERATIONS PERFORMED:", "left", [("64483", ["LT"], 1), ("J3301", [], 4)], {"laterality_conflict"}),
    # guard: the header and the body agree
    ("NAME OF OPERATION:", "right", [("64483", ["RT"], 1), ("J3301", [], 4)], set()),
])
def test_operation_header_forms_are_the_procedure_field(label: str, side: str, lines: list, elements: set) -> None:
    r = _result(_TF.format(label=label, side=side))
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in r.procedures] == [
        ("transforaminal_epidural", side, ["L5-S1"])]
    assert whole(r, NO_INFO) == (lines, elements)


# --- 5. a mixture referred to by a bare pronoun ------------------------------------------------------------------------

_BTF = ("Bilateral L4-5 transforaminal epidural steroid injections under fluoroscopy.\nDiagnosis: lumbar radiculopathy "
        "(M54.16); pain into both calves for 6 months despite 8 weeks of physical therapy and naproxen; she cannot stand "
        "to cook. MRI: L4-5 foraminal stenosis on both sides.\nConsent signed; time-out held. Pain 8/10 before. With "
        "fluoroscopy needles were placed at the right and left L4-5 foramina; Omnipaque 240, 1 mL at each side, showed "
        "epidural spread without vascular uptake. {mix} AP and lateral images were saved. Pain 2/10 after. No "
        "complications.\n")


@pytest.mark.parametrize("mix, drugs, lines, elements", [
    ("A syringe was filled with 2 mL of triamcinolone 40 mg/mL and 2 mL of 0.25% bupivacaine, and 2 mL of this was "
     "injected on each side.",
     [("iohexol", 2.0, "ml"), ("triamcinolone_acetonide", 80.0, "mg"), ("bupivacaine", 5.0, "mg")],
     [("64483", ["50"], 1), ("J3301", [], 8)], set()),
    ("Into one syringe went 1 mL of Kenalog-40 and 1 mL of 0.5% bupivacaine, and 1 mL of that was placed at each "
     "foramen.",
     [("iohexol", 2.0, "ml"), ("triamcinolone_acetonide", 40.0, "mg"), ("bupivacaine", 5.0, "mg")],
     [("64483", ["50"], 1), ("J3301", [], 4)], set()),
    # guard: the drug's own volume at each foramen is per site
    ("1 mL of dexamethasone 10 mg/mL was injected at each foramen.",
     [("iohexol", 2.0, "ml"), ("dexamethasone_sodium_phosphate", 20.0, "mg")],
     [("64483", ["50"], 1), ("J1100", [], 20)], {"dose_ceiling"}),
])
def test_mixture_named_by_a_bare_pronoun_is_shared(mix: str, drugs: list, lines: list, elements: set) -> None:
    r = _result(_BTF.format(mix=mix))
    assert _drugs(r) == drugs
    assert whole(r, NO_INFO) == (lines, elements)


# --- 6. a foramen as anatomy in a sacroiliac ablation -----------------------------------------------------------------

_SIRFA = ("PREOPERATIVE DIAGNOSIS: Left sacroiliac joint pain (M46.1).\n\nPOSTOPERATIVE DIAGNOSIS: Same.\n\nPROCEDURE: "
          "Left sacroiliac joint radiofrequency neurotomy (left L5 dorsal ramus and S1-S3 lateral branches), fluoroscopic "
          "guidance.\nINDICATIONS: Left buttock pain for 18 months despite physical therapy and celecoxib; she cannot "
          "drive for more than 20 minutes. Sacroiliitis (M46.1). Two left lateral branch blocks gave 90% and 80% "
          "relief.\nDESCRIPTION: Consent obtained. Time out completed. Pain 7/10 before. {needles} Images saved. Pain 3/10 "
          "after. No complications.\n")


@pytest.mark.parametrize("needles", [
    "Under fluoroscopy cannulas were placed at the left L5 dorsal ramus and at points lateral to the left S1 foramen, "
    "the S2 foramen and the S3 foramen, and the thermal radiofrequency lesions were made at 80 degrees for 90 seconds. "
    "Lidocaine 1%, 1 mL, was given before each lesion.",
    "Electrodes were walked to the lateral edge of the left S1 foramen and then of the S2 foramen and the cooled "
    "radiofrequency probes were advanced through them.",
])
def test_foramen_as_anatomy_keeps_the_si_ablation(needles: str) -> None:
    r = _result(_SIRFA.format(needles=needles))
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in r.procedures] == [("si_joint_rfa", "left", [])]
    assert whole(r, NO_INFO)[0] == [("64625", ["LT"], 1)]


def test_guard_a_real_transforaminal_injection_beside_the_si_ablation_stays() -> None:
    text = ("PREOPERATIVE DIAGNOSIS: Right sacroiliac joint pain (M46.1).\n\nPOSTOPERATIVE DIAGNOSIS: Same.\n\nPROCEDURE: "
            "Right sacroiliac joint radiofrequency neurotomy (right L5 dorsal ramus and S1-S3 lateral branches) and right "
            "L5-S1 transforaminal epidural steroid injection, fluoroscopic guidance.\n\nINDICATIONS: Right buttock pain for "
            "18 months despite physical therapy and celecoxib; she cannot drive for more than 20 minutes. Two right "
            "lateral branch blocks gave 90% and 80% relief. Right L5 radicular pain to the foot for 4 months.\n\n"
            "DESCRIPTION: Consent obtained. Time out completed. Pain 7/10 before. Under fluoroscopy cannulas were placed at "
            "the right L5 dorsal ramus and lateral to the right S1 foramen, the S2 foramen and the S3 foramen, and thermal "
            "radiofrequency lesions were made at 80 degrees for 90 seconds. A needle was then advanced to the right L5-S1 "
            "foramen and the epidural injection of dexamethasone 10 mg was given there. Images saved. Pain 3/10 after. No "
            "complications.\n")
    r = _result(text)
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in r.procedures] == [
        ("si_joint_rfa", "right", []), ("transforaminal_epidural", "right", ["L5-S1"])]
    assert whole(r, NO_INFO)[0] == [("64483", ["RT"], 1), ("64625", ["RT"], 1), ("J1100", [], 10)]


# --- 7. moderate sedation by another clinician is that clinician's to bill ---------------------------------------------

_KYPHO = ("L1 kyphoplasty, bilateral transpedicular, under biplane fluoroscopy.\nDiagnosis: osteoporotic compression "
          "fracture of L1 (M80.08XA); MRI shows marrow edema at L1 with 30% height loss. Pain 9/10 on standing for 6 weeks "
          "despite a brace and oral analgesics; she cannot get out of bed unaided.\nConsent signed. Time out held. {sed} "
          "10 mL of 1% lidocaine was used at the skin. Balloon tamps were inflated through both pedicles and 4 mL of "
          "cement was placed with no leak. Pain 3/10 after. No complications.\n")


@pytest.mark.parametrize("sed, own, minutes, lines, elements", [
    ("Moderate sedation was given by the CRNA with midazolam 2 mg IV and fentanyl 50 mcg IV from 10:02 to 10:40.",
     False, 38, [("22514", [], 1)], {"sedation_details"}),
    ("The nurse anesthetist administered moderate sedation (midazolam 2 mg, fentanyl 50 mcg); sedation start 08:10, "
     "stop 08:35.", False, 25, [("22514", [], 1)], {"sedation_details"}),
    # guard: the proceduralist's own sedation with an observer bills 99152/99153 (its sedatives have no drug line)
    ("Moderate sedation by me with midazolam 2 mg IV and fentanyl 50 mcg IV from 10:02 to 10:40; an independent RN "
     "observer monitored her throughout.", True, 38,
     [("22514", [], 1), ("99152", [], 1), ("99153", [], 2)], {"drug_name"}),
])
def test_sedation_by_another_clinician_is_not_on_this_claim(sed: str, own: bool, minutes: int, lines: list,
                                                            elements: set) -> None:
    r = _result(_KYPHO.format(sed=sed))
    s = r.facts.procedures[0].sedation
    assert (s.type, s.by_proceduralist, s.intraservice_minutes) == ("moderate", own, minutes)
    assert whole(r) == (lines, elements)
    if not own:
        assert [f.id for f in r.findings if f.element == "sedation_details"] == ["sedation.other_provider"]


# --- 8. 'without difficulty' negates nothing ---------------------------------------------------------------------------

_CESI = ("C6-7 interlaminar epidural steroid injection under fluoroscopy.\nDiagnosis: cervical radiculopathy (M54.12); "
         "pain down the left arm to the thumb for 4 months despite 6 weeks of physical therapy and ibuprofen; she cannot "
         "sleep on that side. MRI: C6-7 disc protrusion.\nConsent signed; time out held. Pain 7/10 before. The Tuohy "
         "needle reached the epidural space at C6-7 by loss of resistance, {inj} AP and lateral images were saved. Pain "
         "2/10 after. No complications.\n")


@pytest.mark.parametrize("inj, drugs, lines, elements", [
    ("1 mL of Omnipaque 240 showed epidural spread with no vascular uptake and no intrathecal flow, then 80 mg of "
     "Depo-Medrol (2 mL) was injected without difficulty.",
     [("iohexol", 1.0, "ml"), ("methylprednisolone_acetate", 80.0, "mg")], [("62321", [], 1), ("J1010", [], 80)], set()),
    ("contrast showed no vascular runoff, and 10 mg of dexamethasone with 2 mL of saline was delivered without any "
     "resistance.",
     [("dexamethasone_sodium_phosphate", 10.0, "mg")], [("62321", [], 1), ("J1100", [], 10)], set()),
    # guard: the drug not injected stays negated (no drug: drug_name asks for one)
    ("contrast showed vascular runoff, then the needle was withdrawn without injecting the dexamethasone 10 mg.",
     [], [("62321", [], 1)], {"drug_name"}),
])
def test_without_difficulty_negates_no_drug(inj: str, drugs: list, lines: list, elements: set) -> None:
    r = _result(_CESI.format(inj=inj))
    assert _drugs(r) == drugs
    lines_read, found = whole(r)
    assert (lines_read, found & {"drug_name", "drug_dose"}) == (lines, elements)


# --- 9. a repeat naming its drugs past a closing sentence --------------------------------------------------------------

_SIJ = ("Bilateral sacroiliac joint injections under fluoroscopy.\nDiagnosis: sacroiliitis (M46.1); buttock pain on both "
        "sides for 8 months despite 10 weeks of physical therapy and meloxicam; she cannot sit through a film. Exam: "
        "positive thigh thrust and FABER on both sides.\nConsent signed; time-out held. Pain 7/10 before. The right joint "
        "was entered first with a 22-gauge needle; 0.5 mL of Omnipaque 240 confirmed intra-articular flow, and 40 mg of "
        "triamcinolone with 1 mL of 0.5% bupivacaine was injected. {rest} AP images of both joints were saved. Pain 2/10 "
        "after. No complications.\n")


@pytest.mark.parametrize("rest, drugs, units", [
    ("The needle was withdrawn. The left joint was then treated in the same manner with the same volumes of contrast, "
     "triamcinolone and bupivacaine.",
     [("iohexol", 1.0, "ml"), ("triamcinolone_acetonide", 80.0, "mg"), ("bupivacaine", 10.0, "mg")], 8),
    ("The stylet was replaced and the needle removed. The identical procedure was repeated at the left joint, using the "
     "same amounts of Omnipaque, triamcinolone and bupivacaine.",
     [("iohexol", 1.0, "ml"), ("triamcinolone_acetonide", 80.0, "mg"), ("bupivacaine", 10.0, "mg")], 8),
    # guard: a bare 'the same way' after the needle's sentence is the needle's, not the drugs'
    ("The needle was withdrawn. The left joint was entered the same way.",
     [("iohexol", 0.5, "ml"), ("triamcinolone_acetonide", 40.0, "mg"), ("bupivacaine", 5.0, "mg")], 4),
])
def test_repeat_naming_its_drugs_repeats_them(rest: str, drugs: list, units: int) -> None:
    r = _result(_SIJ.format(rest=rest))
    assert _drugs(r) == drugs
    assert whole(r, NO_INFO)[0] == [("27096", ["50"], 1), ("J3301", [], units)]


# --- 10. an activity the pain made the patient stop -------------------------------------------------------------------

_SIJ_FN = ("Right sacroiliac joint injection under fluoroscopy, therapeutic.\nRight buttock pain for 7 months despite 8 weeks "
           "of physical therapy and naproxen. Exam: positive thigh thrust and FABER on the right. Sacroiliitis (M46.1). "
           "{fn}\nPain 6/10 before. Consent signed. Time-out done. A 22-gauge needle entered the right SI joint; Omnipaque "
           "240 0.5 mL outlined it and 40 mg triamcinolone with 1 mL 0.5% bupivacaine was injected. AP and oblique images "
           "saved.\nPain 1/10 after. No complications.\n")


@pytest.mark.parametrize("fn, impaired", [
    ("He has had to drop out of his Tuesday golf league.", True),
    ("She has had to stop her weekly pilates class since the flare.", True),
    # guards: a drug stopped is no activity lost
    ("She had to stop the gabapentin because of dizziness.", False),
    ("She had to stop taking it after two weeks.", False),
])
def test_activity_stopped_is_a_functional_impairment(fn: str, impaired: bool) -> None:
    r = _result(_SIJ_FN.format(fn=fn))
    assert [f.value for f in r.necessity.functional_impairment] == ([fn] if impaired else [])
    assert whole(r, NO_INFO) == ([("27096", ["RT"], 1), ("J3301", [], 4)], {"diagnostic_block_relief"})
