"""Round 19 (issue 3, r3b): wording families of the technical, fellowship-style batch dev_fresh_dn, as fictional
snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before its
change; the guards (named so) pin readings the change must keep.

1. A single-dose vial's size told in the clause that says nothing of it was discarded ('taken from a 1 mL
   single-dose vial with nothing wasted', 'a 10 mg/1 mL single-use vial with none of it wasted', 'a 1 mL SDV with
   zero discarded', 'without any drug wasted'): the vial's volume is no discarded amount, so the line takes JZ and no
   drug_dose finding is raised. A discarded amount still stands ('1 mL was discarded', 'the remaining 0.5 mL in the
   single-dose vial was wasted'): no JZ.
2. A stimulation threshold written as a range ('concordant pain at 0.3-0.5 V', 'familiar pain at 0.4 to 0.6 volts',
   'pain at 0.5-0.8 mA'): technique detail, never a pain score. A score range without a unit ('Pain after 2-3.')
   stays a post score.
3. Bone cement named before its volume in the clause of a sentence that also gives the skin local ('...; PMMA of
   toothpaste consistency 3.5 mL per side', 'polymethylmethacrylate at a doughy consistency, 4 mL, filled the
   cavity'): the cement's volume, never lidocaine. A drug named after the cement keeps its own volume.
4. A named event tied to an earlier procedure in its clause ('a vasovagal episode during her last awake procedure' as
   the reason for sedation, 'At her last injection she had a vasovagal episode'): not today's complication, so 'No
   complications.' stands. Today's event ('a brief vasovagal episode during the procedure', 'after the last
   injection' without her/his) still counts.
5. 'the rest of a 5 mL total', 'the rest of the syringe', 'Rest of the injectate': a remainder, never rest as
   conservative care; 'Rest, ice and NSAIDs ... did not help' and 'relative rest failed' stay care.
6. Paresthesia made by the stimulator or lead testing ('tested with concordant paresthesia', 'overlapping
   paresthesias', 'Paresthesias were obtained ... at 1.2 mA', 'stimulation-induced paresthesia at 0.6 V'): technique,
   not a radicular symptom. Paresthesias down a leg in the history still count.
7. Guidance denied with a word of use ('No imaging used.', 'No imaging was used for guidance.', 'Imaging was not used.'): the
   procedure's imaging is none. A missing study ('No imaging on file.', 'No imaging available for review.') is not.
8. Pain or care that does not let the patient do something ('have not let her get out of bed without help', 'no
   longer lets her drive', 'has not allowed him to return to work'): a functional limitation. A denial ('She denies
   pain that keeps her from walking.') and a person's restriction ('Her surgeon does not let her drive') are none.
9. A test dose naming its drug, then the rest of a stated whole ('a 0.5 mL test dose of 0.5% ropivacaine was followed
   by the rest of a 5 mL total', 'Test dose 0.5 mL of ..., then the balance of a total of 5 mL'): the whole includes
   the test dose, so the dose is the whole. A test dose alone ('...; no further drug was injected') stays the dose.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _snippet import whole
from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 2)


def _result(text: str):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="r3b")


# --- 1. a vial's size beside "nothing wasted" --------------------------------------------------------------------

_TFESI = ("Procedure: right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
          "Diagnosis: lumbar radiculopathy (M54.16).\n"
          "Technique: with the patient prone the needle was guided to the right L5-S1 foramen; contrast outlined the "
          "root. Dexamethasone 10 mg was injected.\n"
          "Meds: {MED}\n")
# the bare TFESI snippet tells no history, consent, time-out, scores, saved views or complications
_TFESI_UNTOLD = {"complications", "consent", "conservative_care", "functional_impairment", "imaging_findings",
                 "indication", "post_procedure_pain_score", "pre_procedure_pain_score", "saved_images", "symptom_duration",
                 "time_out"}


@pytest.mark.parametrize("med", [
    "Dexamethasone 10 mg, taken from a 1 mL single-dose vial with nothing wasted.",
    "Dexamethasone 10 mg from one 10 mg/1 mL single-use vial with none of it wasted.",
    "Dexamethasone 10 mg drawn from a 1 mL SDV with zero discarded.",
    "Dexamethasone 10 mg; the 1 mL single-dose vial was emptied without any drug wasted.",
])
def test_vial_size_beside_nothing_wasted_is_jz(med: str) -> None:
    r = _result(_TFESI.replace("{MED}", med))
    assert whole(r) == ([("64483", ["RT"], 1), ("J1100", ["JZ"], 10)], _TFESI_UNTOLD)  # no drug_dose


@pytest.mark.parametrize("med", [
    "Dexamethasone 10 mg out of a 2 mL single-dose vial; 1 mL was discarded.",
    "Dexamethasone 10 mg, the remaining 0.5 mL in the single-dose vial was wasted.",
])
def test_guard_discarded_amount_gets_no_jz(med: str) -> None:
    r = _result(_TFESI.replace("{MED}", med))
    # the waste is told in mL without the strength: no JZ, no JW units, a drug_dose finding
    assert whole(r) == ([("64483", ["RT"], 1), ("J1100", [], 10)], _TFESI_UNTOLD | {"drug_dose"})


# --- 2. a stimulation threshold range is no pain score -------------------------------------------------------------

_GRFA = ("Procedure: right genicular nerve radiofrequency ablation under fluoroscopy.\n"
         "Diagnosis: right knee osteoarthritis (M17.11).\nPre-procedure pain: 7/10.\n"
         "Technique: cannulas were placed at each nerve. {S}\nLesions at 80 C for 90 s.\n{POST}\n")


def _scores(text: str) -> list[tuple[str, float]]:
    return [(p.timing, p.value) for p in _result(text).assessments.pain_scores]


@pytest.mark.parametrize("stim", [
    "Sensory testing at 50 Hz reproduced concordant pain at 0.3-0.5 V.",
    "Sensory stimulation reproduced her familiar pain at 0.4 to 0.6 volts.",
    "At 50 Hz we got concordant pain at 0.2 - 0.4 V at each site.",
    "Typical pain at 0.5-0.8 mA was reproduced.",
])
def test_threshold_range_is_no_score(stim: str) -> None:
    text = _GRFA.replace("{S}", stim).replace("{POST}", "Post-procedure pain: 3/10.")
    assert _scores(text) == [("pre", 7.0), ("post", 3.0)]
    # the snippet tells no consent, time-out, complications, prior block or symptoms beside the diagnosis
    assert whole(_result(text)) == ([("64624", ["RT"], 1)], {"complications", "consent", "diagnostic_block_relief",
                                                              "indication", "laterality", "time_out"})


def test_guard_score_range_without_unit_stays_a_score() -> None:
    text = _GRFA.replace("{S}", "Sensory stimulation was concordant.").replace("{POST}", "Pain after 2-3.")
    assert _scores(text) == [("pre", 7.0), ("post", 2.0)]


# --- 3. bone cement's volume is not the local's -------------------------------------------------------------------

_VA = ("Procedure: L2 kyphoplasty, bilateral transpedicular.\n"
       "Diagnosis: osteoporotic compression fracture of L2 (M80.08XA).\nTechnique: {S}\n")


def _drugs(s: str) -> list[tuple[str, float | None, float | None]]:
    return [(d.generic, d.dose, d.volume_ml) for d in extract(_VA.replace("{S}", s)).drugs]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("prone; 8 mL of 1% lidocaine to skin and periosteum; bone needles through both pedicles; PMMA of toothpaste "
     "consistency 3.5 mL per side, no leak.", [("lidocaine", 80.0, 8.0)]),
    ("Skin and periosteum infiltrated with 10 mL of 1% lidocaine and polymethylmethacrylate at a doughy "
     "consistency, 4 mL, filled the cavity.", [("lidocaine", 100.0, 10.0)]),
])
def test_cement_volume_is_not_the_local(sentence: str, expected: list) -> None:
    assert _drugs(sentence) == expected


def test_guard_drug_named_after_cement_keeps_its_volume() -> None:
    assert _drugs("The cement kit was opened, then 1% lidocaine 6 mL was given to the skin.") == [
        ("lidocaine", 60.0, 6.0)]


# --- 4. an event of an earlier procedure is no complication today ------------------------------------------------

_RFA = ("Procedure: bilateral C5-C6 facet radiofrequency ablation under fluoroscopy.\n"
        "Diagnosis: cervical spondylosis (M47.812).\n{S}\n"
        "Technique: cannulas placed at C5 and C6 medial branches bilaterally, lesions at 80 C for 90 s.\n{C}\n")


# the ablation snippet tells no consent, time-out, history, blocks, function or scores
_RFA_UNTOLD = {"consent", "conservative_care", "diagnostic_block_relief", "functional_impairment", "indication",
               "post_procedure_pain_score", "pre_procedure_pain_score", "symptom_duration", "time_out"}


def _rfa_result(s: str, c: str):  # noqa: ANN202
    return pipeline.analyze_text(_RFA.replace("{S}", s).replace("{C}", c), payer="medicare", date_of_service=DOS,
                                 place_of_service="22")


def _complication(s: str, c: str) -> str | None:
    r = _rfa_result(s, c)
    return r.facts.complications.value if r.facts.complications else None


@pytest.mark.parametrize(("s", "c", "expected"), [
    ("Moderate sedation by me because of anxiety and a vasovagal episode during her last awake procedure.",
     "No complications.", "none"),
    ("At her last injection she had a vasovagal episode, so midazolam was given.", "Tolerated well.", None),
])
def test_event_of_an_earlier_procedure_is_no_complication(s: str, c: str, expected: str | None) -> None:
    assert _complication(s, c) == expected
    lines, elements = whole(_rfa_result(s, c))
    assert lines == [("64633", ["50"], 1)]  # one cervical joint, both sides
    if expected == "none":
        # the sedation names no agent, dose, times, observer or minutes
        assert elements == _RFA_UNTOLD | {"sedation_details"}
    else:
        # no complication is told today (complications); today's 'so midazolam was given' (round 20, tgap20) asks for
        # its dose and times (sedation_details), and the facility bills the drug (drug_dose info)
        assert elements == _RFA_UNTOLD | {"complications", "drug_dose", "sedation_details"}


@pytest.mark.parametrize("c", [
    "She had a brief vasovagal episode during the procedure that resolved with leg elevation.",
    "A transient vasovagal reaction occurred after the last injection, resolving in minutes.",
])
def test_guard_todays_event_still_counts(c: str) -> None:
    assert _complication("No sedation.", c) == "vasovagal"
    assert whole(_rfa_result("No sedation.", c)) == ([("64633", ["50"], 1)], _RFA_UNTOLD)


# --- 5. "the rest of" is no rest ---------------------------------------------------------------------------------

_SGB = ("Procedure: left stellate ganglion block under ultrasound.\n"
        "Diagnosis: CRPS type I of the left upper limb (G90.512), for 6 months.\n{H}\n{S}\n")


def _care(h: str, s: str) -> list[tuple[str, str | None]]:
    f = extract(_SGB.replace("{H}", h).replace("{S}", s))
    return [(c.modality, c.outcome) for c in f.necessity.conservative_care]


@pytest.mark.parametrize("s", [
    "A 0.5 mL test dose of 0.5% ropivacaine, then the rest of a 5 mL total in 1 mL aliquots.",
    "Ropivacaine 0.5% 5 mL; the rest of the syringe was discarded.",
    "Rest of the injectate given slowly with aspiration between aliquots.",
])
def test_remainder_is_no_rest(s: str) -> None:
    assert _care("", s) == []


@pytest.mark.parametrize(("h", "expected"), [
    ("Rest, ice and NSAIDs for 8 weeks did not help.", [("activity_modification", "failed"), ("nsaids", "failed")]),
    ("Six weeks of relative rest failed.", [("activity_modification", "failed")]),
])
def test_guard_rest_as_care(h: str, expected: list) -> None:
    assert _care(h, "Ropivacaine 0.5% 5 mL.") == expected


# --- 6. stimulation paresthesia is technique ---------------------------------------------------------------------

_SCS = ("Spinal cord stimulator trial, percutaneous, two leads.\n\nFailed back surgery syndrome (M96.1) with axial low "
        "back pain for three years. {H}\n\nTwo 8-contact leads were placed at T8 under fluoroscopy. {S}\n")


def _radicular(h: str, s: str) -> list[str]:
    f = extract(_SCS.replace("{H}", h).replace("{S}", s))
    return [x.evidence[0].text for x in f.necessity.radicular_findings]


@pytest.mark.parametrize("s", [
    "The leads were tested with concordant paresthesia.",
    "Stimulation gave overlapping paresthesias across the low back.",
    "Paresthesias were obtained over the painful area at 1.2 mA.",
    "She felt stimulation-induced paresthesia at 0.6 V over both buttocks.",
])
def test_stimulation_paresthesia_is_no_radicular_finding(s: str) -> None:
    assert _radicular("", s) == []


def test_guard_paresthesia_down_the_leg_counts() -> None:
    assert _radicular("She has burning pain and paresthesias down the right leg to the foot.",
                      "Leads tested with concordant paresthesia.") == [
        "She has burning pain and paresthesias down the right leg to the foot."]


# --- 7. "No imaging used" -----------------------------------------------------------------------------------------

_TPI = ("Trigger point injections, left upper trapezius and left rhomboid.\n\nMyofascial pain (M79.12) for 4 months. "
        "{H}\n\nConsent signed. {S} Each point received 2 mL of 1% lidocaine.\n")


@pytest.mark.parametrize(("h", "s", "expected"), [
    ("", "No imaging used.", ["none"]),
    ("", "No imaging was used for guidance.", ["none"]),
    ("", "Imaging was not used.", ["none"]),
    ("No imaging on file.", "", [None]),
    ("No imaging available for review.", "", [None]),
])
def test_no_imaging_used_is_no_guidance(h: str, s: str, expected: list) -> None:
    f = extract(_TPI.replace("{H}", h).replace("{S}", s))
    assert [p.imaging.modality if p.imaging else None for p in f.procedures] == expected


# --- 8. "has not let her get out of bed" ---------------------------------------------------------------------------

_VP = "Vertebroplasty, L1.\n\nOsteoporotic compression fracture of L1 (M80.08XA) with six weeks of pain. {H}\n\nConsent signed.\n"


@pytest.mark.parametrize(("h", "expected"), [
    ("A brace and analgesics have not let her get out of bed without help.",
     ["A brace and analgesics have not let her get out of bed without help."]),
    ("The fracture pain no longer lets her drive to church.", ["The fracture pain no longer lets her drive to church."]),
    ("It has not allowed him to return to work.", ["It has not allowed him to return to work."]),
    ("She denies pain that keeps her from walking.", []),
    ("Her surgeon does not let her drive for two weeks after the fusion.", []),
])
def test_not_let_her_is_a_limitation(h: str, expected: list) -> None:
    f = extract(_VP.replace("{H}", h))
    assert [x.evidence[0].text for x in f.necessity.functional_impairment] == expected


# --- 9. a test dose inside a stated whole --------------------------------------------------------------------------

_STELLATE = ("Procedure: right stellate ganglion block under ultrasound.\n"
             "Diagnosis: CRPS type I of the right upper limb (G90.511).\nTechnique: {S}\n")


@pytest.mark.parametrize(("s", "expected"), [
    ("After negative aspiration, a 0.5 mL test dose of 0.5% ropivacaine was followed by the rest of a 5 mL total in "
     "1 mL aliquots.", [("ropivacaine", 25.0, 5.0)]),
    ("Test dose 0.5 mL of 0.5% ropivacaine, then the balance of a total of 5 mL, injected in 1 mL increments.",
     [("ropivacaine", 25.0, 5.0)]),
    ("A 0.5 mL test dose of 0.5% ropivacaine was given; no further drug was injected.", [("ropivacaine", 2.5, 0.5)]),
])
def test_test_dose_inside_a_stated_whole(s: str, expected: list) -> None:
    assert [(d.generic, d.dose, d.volume_ml) for d in extract(_STELLATE.replace("{S}", s)).drugs] == expected
