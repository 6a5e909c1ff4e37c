"""Round 20 (issue 3, pub20c): the register of PUBLISHED notes (journal case reports, society/textbook teaching examples,
payer/compliance documentation checklists; dev_fresh_du), each fixed as a wording family of the register, in fictional
snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before its change;
the guards (named so) pin readings the change must keep.

1.  Care and earlier procedures listed with a negated outcome verb ('..., three interlaminar epidurals and a TENS unit
    had not provided meaningful relief', 'did not help') are history: no procedure of today (fdu-h-scs-01).
2.  A reviewer's, auditor's or coder's comment on an audit form ('Reviewer comment: the side field (LEFT) does not match
    the description (right)') speaks about the record: its sides are no procedure's (fdu-sinb-01).
3.  A teaching vignette's 'Patient:' field names the side a procedure without one is done on (fdu-gnb-01).
4.  'The same was repeated for the superolateral and inferomedial genicular nerves, with N mL at each': the nerves
    named in that sentence are its sites (fdu-gnb-01).
5.  A side labelling a skin temperature of sympathetic-block monitoring ('left 27.9 degrees C') is no treated side
    (fdu-h-lsb-01).
6.  A score the pain fell to after a named baseline ('Pain fell to 3/10') and a score an hour in words later ('3/10 one
    hour later') are the post scores (fdu-h-stellate-01, fdu-h-vp-01).
7.  A teaching pearl ('Pearl:', 'Teaching point:', 'Pitfalls' over a list) speaks of practice: the drugs it names were
    not given (fdu-h-tfesi-02, fdu-onb-01).
8.  A checklist criterion's bound ('Diagnostic MBB #2 >= 80% relief   No') is no block result (fdu-rfa-01).
9.  A field label naming its sub-fields in brackets ('Contrast (agent / volume / spread): ______') left blank documents
    nothing (fdu-sij-01).
10. A Yes/No sedation field answered no ('Sedation: [ ] Yes  [X] No', 'Sedation: N (none given)') is no sedation
    (fdu-sij-01, fdu-tfesi-02).
11. A case report's outcome at follow-up ('At 6 weeks he reported 60% relief') is today's result, no earlier
    procedure's response (fdu-h-ilesi-01).
12. A refill 'performed by the treating pain physician' (several words before the noun) is the physician's
    (fdu-h-pump-01).
13. A skin dose and an injectate dose of the same amount in two fields ('Medication: ... each with 1 mL of 1%
    lidocaine' / 'Skin anesthesia: 1% lidocaine, 1 mL per needle') are two administrations (fdu-tfesi-02).
14. A mixture's total after its parts ('1 mL of Kenalog-40 plus 4 mL of 1% lidocaine, 5 mL in total, half to each
    side') is the mixture's, not the last drug's (fdu-onb-01).
15. An activity kept up only for a short time, case-report voice ('she could work at the computer for only 30 minutes
    at a time') is a functional limitation (fdu-h-tpi-01); a time without 'only' is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 5, 12)


def _result(text: str, dos: dt.date = DOS, pos: str = "11"):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos, source="pub20c")


def _lines(text: str, pos: str = "11") -> list[tuple[str, list[str], int]]:
    return sorted((c.code, sorted(c.modifiers), c.units) for c in _result(text, pos=pos).codes)


def _elements(text: str, pos: str = "11") -> set[str]:
    return {f.element for f in _result(text, pos=pos).findings}


def _ids(text: str, pos: str = "11") -> set[str]:
    return {f.id for f in _result(text, pos=pos).findings}


def _drugs(text: str) -> dict[str, float | None]:
    return {d.generic: d.dose for d in extract(text).drugs}


# --- 1. care listed with a negated outcome verb -------------------------------------------------------------------------

_SCS = ("Spinal cord stimulator trial for chronic leg pain: a case description\n\n"
        "A 57-year-old woman had burning pain in both legs for 4 years after a lumbar fusion (M96.1). {care} "
        "A psychologist cleared her for neuromodulation. Consent was obtained in writing.\n\n"
        "After a time-out, under fluoroscopy, two 8-contact percutaneous leads were passed through a 14-gauge Tuohy "
        "needle at T12-L1 and steered to the top of T8. Skin and tissue were infiltrated with 8 mL of 1% lidocaine. "
        "Testing covered both legs. There were no complications.\n")


@pytest.mark.parametrize("care", [
    "Pregabalin, aquatic therapy and two lumbar transforaminal epidural steroid injections did not help.",
    "Acupuncture, duloxetine and a series of three interlaminar epidural steroid injections did not give any "
    "meaningful relief.",
    "Two lumbar transforaminal epidural steroid injections and a course of physiotherapy were ineffective.",
])
def test_negated_outcome_of_listed_care_is_history(care: str) -> None:
    text = _SCS.format(care=care)
    assert [p.family for p in extract(text).procedures] == ["scs_trial"]
    assert _lines(text) == [("63650", [], 2), ("77003", [], 1)]


def test_guard_todays_technique_with_a_negated_verb_still_counts() -> None:
    text = ("Procedure note\n"
            "Under fluoroscopy a 22-gauge needle was placed at the right L5-S1 foramen for a transforaminal epidural "
            "steroid injection; the needle did not produce any paresthesia. Dexamethasone 10 mg was injected.\n")
    assert [p.family for p in extract(text).procedures] == ["transforaminal_epidural"]


# --- 2. a reviewer's comment on an audit form ---------------------------------------------------------------------------

_SIJ_FORM = ("SI JOINT LATERAL BRANCH BLOCK - AUDIT SAMPLE\n"
             "Procedure: sacroiliac joint lateral branch block (L5 dorsal ramus, S1-S3 lateral branches), diagnostic\n"
             "Side: LEFT\n"
             "Diagnosis: Sacroiliitis (M46.1)\n"
             "Consent: yes. Time-out: yes. Guidance: fluoroscopy.\n"
             "Technique: needles at the right L5 dorsal ramus and lateral to the right S1, S2 and S3 foramina; "
             "0.5 mL of 0.5% bupivacaine at each of the 4 sites.\n"
             "Pain: 7/10 before, 1/10 after.\n"
             "{comment}\n")


@pytest.mark.parametrize("comment", [
    "Reviewer comment: the side field reads LEFT while the technique describes the right side; query to the author.",
    "Auditor note - side field LEFT, needles placed on the right; clarification requested.",
])
def test_reviewer_comment_names_no_side(comment: str) -> None:
    text = _SIJ_FORM.format(comment=comment)
    p = extract(text).procedures[0]
    assert p.laterality == "right"
    assert _lines(text, pos="24") == [("64451", ["RT"], 1)]
    assert _elements(text, pos="24") == {"complications", "drug_dose", "indication", "laterality", "laterality_conflict"}


def test_guard_authors_own_comment_still_counts() -> None:
    text = ("Genicular nerve block\n"
            "Diagnosis: knee osteoarthritis (M17.9)\n"
            "Ultrasound-guided block of the superomedial, superolateral and inferomedial genicular nerves with 1 mL of "
            "0.5% bupivacaine at each.\n"
            "Comment: the right knee was treated today.\n")
    assert extract(text).procedures[0].laterality == "right"


# --- 3. a teaching vignette's 'Patient:' field --------------------------------------------------------------------------

_GNB = ("Genicular nerve block under ultrasound - worked example\n\n"
        "Patient: {vignette}\n\n"
        "Step 1: Consent and time-out.\n"
        "Step 2: Superomedial, superolateral and inferomedial genicular nerves each blocked with 1 mL of 0.5% "
        "bupivacaine; image saved.\n"
        "Outcome: pain 6/10 before and 1/10 after. No complications.\n")


@pytest.mark.parametrize("vignette, side, mod", [
    ("71-year-old woman with primary osteoarthritis of the left knee (M17.12) and 3 years of pain.", "left", "LT"),
    ("64-year-old man, right knee osteoarthritis with 2 years of pain on stairs.", "right", "RT"),
])
def test_vignette_field_gives_the_side(vignette: str, side: str, mod: str) -> None:
    text = _GNB.format(vignette=vignette)
    assert extract(text).procedures[0].laterality == side
    assert ("64454", [mod], 1) in _lines(text)


def test_guard_vignette_with_two_sides_decides_nothing() -> None:
    text = _GNB.format(vignette="68-year-old man with left knee pain after a right knee replacement.")
    assert extract(text).procedures[0].laterality is None


# --- 4. the nerves named in a repeated-technique sentence ----------------------------------------------------------------

_GNB_STEPS = ("Genicular nerve block, left knee\n"
              "Under ultrasound a 22-gauge needle reached the superomedial genicular nerve and {first} was injected.\n"
              "{repeat}\n"
              "Pain 7/10 before and 2/10 after.\n")


@pytest.mark.parametrize("first, repeat, generic, dose", [
    ("2 mL of 0.25% bupivacaine",
     "The same approach was then used for the superolateral and inferomedial genicular nerves, with 2 mL of 0.25% "
     "bupivacaine at each.", "bupivacaine", 15.0),
    ("1 mL of 1% lidocaine",
     "This was repeated at the superior lateral and inferior medial genicular nerves using 1 mL of 1% lidocaine at "
     "each.", "lidocaine", 30.0),
])
def test_named_nerves_are_the_sites_of_at_each(first: str, repeat: str, generic: str, dose: float) -> None:
    assert _drugs(_GNB_STEPS.format(first=first, repeat=repeat)) == {generic: dose}


def test_guard_listed_nerves_each_unchanged() -> None:
    text = ("Genicular nerve block, left knee\n"
            "Under ultrasound the superomedial, superolateral and inferomedial genicular nerves each received 2 mL of "
            "0.25% bupivacaine.\n")
    assert _drugs(text) == {"bupivacaine": 15.0}


# --- 5. a side labelling a skin temperature ------------------------------------------------------------------------------

_LSB = ("Lumbar sympathetic block - teaching example\n"
        "CRPS type I of the left lower limb (G90.522), 9 months.\n"
        "Step 1. Consent; time-out.\n"
        "Step 2. Prone. {probes}\n"
        "Step 3. Under fluoroscopy a 22-gauge needle reached the anterolateral left L3 vertebral body; 10 mL of 0.25% "
        "bupivacaine was injected.\n")


@pytest.mark.parametrize("probes", [
    "Temperature probes on both feet (right 31.2 degrees C, left 28.0 degrees C).",
    "Skin temperature probes: right great toe 30.5 \u00b0C, left great toe 27.9 \u00b0C.",
])
def test_temperature_side_is_no_treated_side(probes: str) -> None:
    p = extract(_LSB.format(probes=probes)).procedures[0]
    assert (p.family, p.laterality) == ("sympathetic_block", "left")


def test_guard_bilateral_block_keeps_both_sides() -> None:
    text = _LSB.format(probes="Needles were placed on the right and on the left.")
    assert extract(text).procedures[0].laterality == "bilateral"


# --- 6. post scores told by a fall after a baseline, or an hour in words later ---------------------------------------

_STELLATE = ("Stellate ganglion block for CRPS of the hand: case report\n\n"
             "A 50-year-old woman had 6 months of burning pain in the right hand (G90.511). {before}\n\n"
             "After consent and a time-out, a 25-gauge needle was guided with ultrasound to the right C6 level and 5 mL "
             "of 0.5% ropivacaine was injected. {after} There were no complications.\n")


@pytest.mark.parametrize("before, after, pre, post", [
    ("Baseline pain was 7/10.", "Within 15 minutes the hand was warm and her pain dropped to 2/10.", 7.0, 2.0),
    ("Her baseline pain score was 8/10.", "Pain eased to 3/10.", 8.0, 3.0),
])
def test_fall_after_named_baseline_is_post(before: str, after: str, pre: float, post: float) -> None:
    scores = {s.timing: s.value for s in extract(_STELLATE.format(before=before, after=after)).assessments.pain_scores}
    assert (scores.get("pre"), scores.get("post")) == (pre, post)


@pytest.mark.parametrize("line", ["Pain 7/10 before, 2/10 one hour later.", "Pain 7/10 before and 2/10 an hour after."])
def test_hour_in_words_after_score_is_post(line: str) -> None:
    text = ("Vertebroplasty of L1\nCement placed through the left L1 pedicle under fluoroscopy.\n" + line + "\n")
    scores = [(s.timing, s.value) for s in extract(text).assessments.pain_scores]
    assert scores == [("pre", 7.0), ("post", 2.0)]


def test_guard_follow_up_fall_is_no_post() -> None:
    text = _STELLATE.format(before="Baseline pain was 7/10.",
                            after="Pain 3/10 at discharge. At 4 weeks her pain had decreased to 2/10.")
    scores = {s.timing: s.value for s in extract(text).assessments.pain_scores}
    assert (scores.get("pre"), scores.get("post")) == (7.0, 3.0)


# --- 7. teaching pearls -------------------------------------------------------------------------------------------------

_TEACH = ("Worked example: right C6 transforaminal epidural steroid injection\n\n"
          "Vignette: 52-year-old man with right C6 radicular arm pain for 4 months (M54.12).\n\n"
          "Step 1 - Consent and time-out.\n"
          "Step 2 - Under fluoroscopy a 25-gauge needle reached the right C5-C6 foramen; dexamethasone 10 mg was "
          "injected.\n\n"
          "{pearl}\n\n"
          "Results: pain 7/10 before and 2/10 after. Complications: none.\n")


@pytest.mark.parametrize("pearl", [
    "Pearl: triamcinolone and methylprednisolone suspensions are particulate and are best avoided in the cervical "
    "foramen.",
    "Teaching point: particulate steroids such as Depo-Medrol and Kenalog carry a risk of embolic infarction.",
    "Pitfalls\n- Betamethasone suspension is particulate; avoid it here.\n- Aspirate before injecting.",
])
def test_drugs_named_in_a_pearl_were_not_given(pearl: str) -> None:
    text = _TEACH.format(pearl=pearl)
    assert _drugs(text) == {"dexamethasone_sodium_phosphate": 10.0}
    assert _result(text, pos="22").facts.complications.value == "none"


def test_guard_drug_outside_the_pearl_counts() -> None:
    text = _TEACH.format(pearl="Pearl: aspirate before injecting.\n\nLidocaine 1% 1 mL was used at the skin.")
    assert _drugs(text) == {"dexamethasone_sodium_phosphate": 10.0, "lidocaine": 10.0}


# --- 8. a checklist criterion's bound -----------------------------------------------------------------------------------

_RFA_LIST = ("LUMBAR RADIOFREQUENCY ABLATION - DOCUMENTATION CHECKLIST\n"
             "Procedure: Left L4-L5 and L5-S1 facet radiofrequency ablation (left L3, L4 medial branches, L5 dorsal "
             "ramus)\n"
             "Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)\n"
             "Axial back pain over 3 months        Yes   14 months\n"
             "Failed conservative care             Yes   PT 8 weeks and NSAIDs without relief\n"
             "Function                             Yes   ODI 40%; cannot garden\n"
             "{first}\n"
             "{second}\n"
             "RF at 80 degrees C or more           Yes   85 degrees C, 90 s per lesion\n"
             "Consent / time-out                   Yes / Yes\n"
             "Guidance                             fluoroscopy, AP and oblique\n"
             "Pain pre / post                      6 / 2\n"
             "Complications                        None\n")


@pytest.mark.parametrize("sign", [">=", "\u2265"])
def test_criterion_bound_is_no_block_result(sign: str) -> None:
    text = _RFA_LIST.format(first=f"Diagnostic MBB #1 {sign} 80% relief   Yes   2026-03-02: 90% relief for 5 hours",
                            second=f"Diagnostic MBB #2 {sign} 80% relief   No    not done")
    blocks = [b.percent for b in extract(text).assessments.diagnostic_blocks]
    assert blocks == [90.0]
    assert _elements(text, pos="22") == {"diagnostic_block_relief"}


def test_guard_two_block_results_in_rows() -> None:
    text = _RFA_LIST.format(first="Diagnostic MBB #1 >= 80% relief   Yes   2026-03-02: 90% relief for 5 hours",
                            second="Diagnostic MBB #2 >= 80% relief   Yes   2026-03-20: 85% relief for 7 hours")
    assert [b.percent for b in extract(text).assessments.diagnostic_blocks] == [90.0, 85.0]
    assert _elements(text, pos="22") == set()


def test_guard_result_written_with_a_bound_is_a_result() -> None:
    text = _RFA_LIST.format(first="Prior blocks: two diagnostic medial branch blocks, each with >= 85% relief for the "
                                  "anesthetic's duration.",
                            second="")
    assert [b.percent for b in extract(text).assessments.diagnostic_blocks] == [85.0, 85.0]


# --- 9. a blank field whose label names its sub-fields in brackets ------------------------------------------------------

_SIJ_LIST = ("SI JOINT INJECTION - PAYER CHECKLIST\n"
             "Procedure: RIGHT sacroiliac joint injection, intra-articular, fluoroscopic guidance\n"
             "Diagnosis: Sacroiliitis, right (M46.1)\n"
             "Consent: [X] Yes  [ ] No\n"
             "Time-out: [X] Yes  [ ] No\n"
             "{contrast}\n"
             "Images saved: AP and oblique\n"
             "Injectate: 0.5% bupivacaine 2 mL with triamcinolone 40 mg\n"
             "Pain pre 6/10, post 1/10. Complications: none\n")


@pytest.mark.parametrize("contrast", [
    "Contrast (agent / volume / spread):     ____________",
    "Contrast [type, mL]: ______",
])
def test_blank_bracket_labelled_contrast_field(contrast: str) -> None:
    text = _SIJ_LIST.format(contrast=contrast)
    assert extract(text).procedures[0].contrast.used is None
    assert "si.contrast" in _ids(text)


def test_guard_filled_bracket_labelled_contrast_field() -> None:
    text = _SIJ_LIST.format(contrast="Contrast (agent / volume): Omnipaque 240, 1 mL, arthrogram")
    assert extract(text).procedures[0].contrast.used is True
    assert "si.contrast" not in _ids(text)


# --- 10. a Yes/No sedation field answered no ----------------------------------------------------------------------------

_KNEE = ("Procedure: Left knee intra-articular injection, ultrasound guided\n"
         "Diagnosis: Primary osteoarthritis, left knee (M17.12)\n"
         "{sedation}\n"
         "Injectate: triamcinolone 40 mg with 1% lidocaine 3 mL. Pain 6/10 before, 2/10 after.\n")


@pytest.mark.parametrize("sedation", ["Sedation:   [ ] Yes   [X] No", "Sedation: N (none given)"])
def test_sedation_field_answered_no(sedation: str) -> None:
    sed = extract(_KNEE.format(sedation=sedation)).procedures[0].sedation
    assert sed is not None and sed.type == "none"


def test_guard_sedation_field_answered_yes() -> None:
    text = _KNEE.format(sedation="Sedation: [X] Yes  [ ] No - midazolam 2 mg IV")
    assert extract(text).procedures[0].sedation.type == "moderate"


# --- 11. a case report's outcome at follow-up ---------------------------------------------------------------------------

_ILESI = ("Lumbar interlaminar epidural steroid injection for L5 radiculopathy: case report\n\n"
          "A 48-year-old man had 4 months of left leg pain radiating to the foot with numbness of the big toe "
          "(M54.16). Eight weeks of physical therapy and naproxen had not eased it; he could not sit through a work "
          "shift. MRI showed a left L5-S1 disc protrusion. {history}Consent was obtained.\n\n"
          "After a time-out, the L5-S1 interspace was entered under fluoroscopy with a 20-gauge Tuohy needle by loss "
          "of resistance; 2 mL of Omnipaque 240 confirmed epidural spread, and 80 mg of methylprednisolone with 3 mL "
          "of saline was injected. Pain went from 7/10 to 2/10. There were no complications.\n\n"
          "{outcome}\n")


@pytest.mark.parametrize("outcome", [
    "At 6 weeks he reported 60% relief and had returned to work.",
    "Two months later he had 70% less leg pain and had stopped the naproxen.",
])
def test_follow_up_outcome_is_no_prior_response(outcome: str) -> None:
    text = _ILESI.format(history="", outcome=outcome)
    assert _elements(text) == {"code_validity", "contrast", "saved_images"}


def test_guard_earlier_injection_response_still_counts() -> None:
    text = _ILESI.format(history="An epidural injection last year gave 60% relief for 5 weeks. ",
                         outcome="At 6 weeks after the previous injection he had 60% relief.")
    assert _elements(text) == {"code_validity", "contrast", "prior_procedure_response", "saved_images"}


# --- 12. a refill by the physician named with several words ------------------------------------------------------------

_PUMP = ("Intrathecal pump refill: case report\n\n"
         "A 70-year-old woman with cancer pain (G89.3) had an intrathecal pump implanted a year earlier. "
         "The refill was {who}. After consent and a time-out the reservoir was accessed with a non-coring needle, "
         "3 mL of residual drug was removed and 18 mL of morphine 10 mg/mL was instilled. The daily dose was not "
         "changed. No complications.\n")


@pytest.mark.parametrize("who", ["performed by the treating pain physician",
                                 "performed by the supervising interventional pain physician"])
def test_refill_by_physician_with_modifiers(who: str) -> None:
    text = _PUMP.format(who=who)
    assert extract(text).procedures[0].performed_by_physician is True
    assert _elements(text) == {"drug_name"}
    assert ("95991", [], 1) in _lines(text)


def test_guard_refill_by_nurse() -> None:
    text = _PUMP.format(who="performed by the clinic nurse")
    assert extract(text).procedures[0].performed_by_physician is False


# --- 13. a skin dose beside an injectate dose of the same amount -------------------------------------------------------

_TF_FORM = ("Procedure performed: Left L4-L5 and L5-S1 transforaminal epidural steroid injections, fluoroscopy\n"
            "Medication: dexamethasone 8 mg total (4 mg per level), each with 1 mL of 1% lidocaine\n"
            "{skin}\n"
            "Pain: pre 7/10, post 2/10\n")


@pytest.mark.parametrize("skin", ["Skin anesthesia: 1% lidocaine, 1 mL per needle (2 mL)",
                                  "Skin local: 1% lidocaine 2 mL"])
def test_skin_dose_is_another_administration(skin: str) -> None:
    assert _drugs(_TF_FORM.format(skin=skin))["lidocaine"] == 40.0


def test_guard_same_dose_restated_in_another_field() -> None:
    text = _TF_FORM.format(skin="Injectate summary: 1% lidocaine 2 mL with the dexamethasone")
    assert _drugs(text)["lidocaine"] == 20.0


# --- 14. a mixture's total after its parts -----------------------------------------------------------------------------

_GON = ("Bilateral greater occipital nerve blocks\n"
        "Landmark technique; after negative aspiration {mix}\n")


@pytest.mark.parametrize("mix, drugs", [
    ("the mixture was given: 1 mL of Kenalog-40 plus 4 mL of 1% lidocaine, 5 mL in total, half to each side.",
     {"triamcinolone_acetonide": 40.0, "lidocaine": 40.0}),
    ("the mixture was injected: 2 mL of 0.5% bupivacaine and 1 mL of Depo-Medrol 40 mg/mL, 3 mL in all, half on each "
     "side.", {"bupivacaine": 10.0, "methylprednisolone_acetate": 40.0}),
])
def test_mixture_total_is_the_mixtures(mix: str, drugs: dict[str, float]) -> None:
    assert _drugs(_GON.format(mix=mix)) == drugs


def test_guard_lone_drug_total_stays_its_own() -> None:
    text = _GON.format(mix="1.5 mL of 1% lidocaine was injected on each side, 3 mL in total.")
    assert _drugs(text) == {"lidocaine": 30.0}


# --- 15. an activity kept up only for a short time -------------------------------------------------------------------

_TPI = ("Trigger point injections: case report\n\n"
        "A 45-year-old man had 8 months of right trapezius pain (M79.18). Stretching and naproxen had not helped. "
        "{function}\n\n"
        "After consent, 1 mL of 1% lidocaine was injected into each of two trigger points in the right trapezius.\n")


@pytest.mark.parametrize("function", [
    "He could drive his delivery van for only 20 minutes at a time.",
    "He was able to sit at his desk for only about fifteen minutes.",
])
def test_activity_only_for_a_short_time_is_a_limitation(function: str) -> None:
    assert extract(_TPI.format(function=function)).necessity.functional_impairment


def test_guard_time_without_only_is_no_limitation() -> None:
    text = _TPI.format(function="He could drive for 2 hours without a break and works full days.")
    assert not extract(text).necessity.functional_impairment
