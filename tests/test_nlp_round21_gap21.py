"""Round 21 (issue 3, gap21): open errors of the dev batches dq/ds and reader gaps left open, each fixed as a wording
family, in fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed
before its change; the guards (named so) pin readings the change must keep.

1. Dose arithmetic. (a) One side's amounts in a drug sentence naming no side, the side told by the technique right
   before it, then the whole repeated on the other side in the next sentence ('... below the left L4 pedicle ... . Then
   1 mL of dexamethasone 4 mg/mL and 1 mL of 1% lidocaine were injected. The procedure was then repeated on the opposite
   side in the same way, with the same contrast and injectate volumes.'): each side's, doubled. A repeat only planned
   ('The contralateral side will be done at her next visit') doubles nothing. (b) A prepared solution given in shares
   ('A solution of ... was prepared. ... 1.5 mL was injected at the left greater occipital nerve. The other 1.5 mL was
   then given at the right ...', '... and the remaining 1.5 mL at the right one', 'The rest was injected at the right
   ...'): the shares add up; a remainder discarded adds nothing.
2. The sedation's independent observer in shorthand or as a role ('RN as indep. observer', 'the circulating nurse
   acting as observer', 'indep obs: RN'): an observer, so the moderate sedation's details are complete (99152). Said
   to be absent ('no independent observer was available', 'without an indep. observer'): none.
3. The case report's opening sentence telling the report's procedure with the patient introduced in it ('A 61-year-old
   man with ... underwent right L4-5 and L5-S1 facet radiofrequency ablation after ...', 'Left knee genicular nerve
   radiofrequency ablation was performed on a 72-year-old woman with ...'): today's procedure, and the pain's duration
   told before 'underwent' is the symptoms'. An opening sentence dating the procedure ('... underwent ... three years
   ago') stays history.
4. Pain scores. A named baseline with a verb of taking it down ('Baseline pain documented as 6/10', 'Baseline NRS
   recorded: 8/10', 'Baseline pain score noted at 6') in a note with a post score and no pre: the day's pre score; beside
   a pre score of its own it stays the baseline. A sentence wrapped after its time cue, the next line opening with the
   number of minutes ('Checked after' + newline + '20 minutes her pain was 2/10'): the cue above counts, so the score
   is the post score; a line above that ends its sentence with a period lends it no cue.
5. Reader gaps left open. (a) A per-lateral-branch amount and a second amount at each probe ('1 mL of 2% lidocaine per
   lateral branch and 1 mL at each probe', '... and 1 mL at each cannula'): the first at each lateral branch, the
   second at every probe (the branches and the dorsal ramus when named): 3 + 4 mL; the second amount at the dorsal
   ramus alone stays once (80 mg). (b) A cause clause opening the sentence before the sedation ('Since she fainted
   during her last block, fentanyl ... and midazolam ... were given for moderate sedation', 'Given that he passed out
   ...'): the sedation's reason; a cause ending in sedation declined is none. (c) A complications field telling an
   earlier session's event, then today's answer ('Complications: vasovagal reaction at the last procedure; none
   today'): none today; the event alone ('Complications: vasovagal episode at her previous injection.') says nothing of
   today; an event today ('Complications: brief vasovagal episode, resolved') stays. (d) One drug at two strengths in
   one sentence ('2 mL of 1% lidocaine to the skin and 0.5 mL of 2% lidocaine at each nerve'): two administrations,
   the per-site phrase the later one's (20 + 30 mg); a per-site phrase leading the sentence covers both.
6. A symptom span of a recurrence told with 'crept back' / 'creeping back' / 'drifted back' ('the leg pain has crept back
   over the last three weeks; it first began two years ago'): the recurrence, so the onset told after it is the
   symptoms' duration; a recurrence alone stays the fallback.
"""

from __future__ import annotations

import pytest
from _snippet import whole

from api.pipeline import analyze_text
from nlp import extract

# --- 3. the case report's opening sentence -----------------------------------------------------------------------------

_ACTIVE = ("A 61-year-old man with axial low back pain spreading over both flanks and buttocks for four years underwent "
           "right L4-5 and L5-S1 facet radiofrequency ablation after two medial branch blocks had each given 85% relief. "
           "He had failed 12 weeks of physical therapy and cannot stand long enough to cook (ODI 42%). MRI showed facet "
           "arthropathy at L4-5 and L5-S1. Diagnosis: lumbar spondylosis (M47.816).\n\n"
           "Consent was signed and a time-out held. Pain before was 7/10. No sedation. Under fluoroscopy, 18-gauge "
           "cannulae were placed along the right L3 and L4 medial branches and the L5 dorsal ramus; each site received "
           "1 mL of 2% lidocaine and was lesioned at 80 C for 90 seconds after motor testing. AP and oblique images were "
           "saved. No complications. Pain after was 3/10.\n")
_PASSIVE = ("Left knee genicular nerve radiofrequency ablation was performed on a 72-year-old woman with left knee "
            "osteoarthritis pain for six years that limits walking to one block. A diagnostic genicular block had given "
            "90% relief. Physical therapy for 10 weeks and naproxen failed. X-rays show severe medial joint space "
            "narrowing. Diagnosis: primary osteoarthritis, left knee (M17.12).\n\n"
            "Consent was signed and a time-out held. Pain before was 8/10. Under fluoroscopy, cannulae were placed at the "
            "superomedial, superolateral and inferomedial genicular nerves; each was lesioned at 80 C for 90 seconds "
            "after 1 mL of 2% lidocaine. Images were saved. No complications. Pain after was 2/10.\n")


def test_case_opening_underwent_is_todays() -> None:
    r = analyze_text(_ACTIVE, place_of_service="22")
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in r.procedures] == [
        ("facet_rfa", "right", ["L4-L5", "L5-S1"])]
    assert whole(r, ("error", "warning")) == ([("64635", ["RT"], 1), ("64636", ["RT"], 1)], set())
    assert r.facts.necessity.symptom_duration.weeks == 208.0


def test_case_opening_performed_on_patient_is_todays() -> None:
    r = analyze_text(_PASSIVE, place_of_service="22")
    assert [(p.family, p.laterality) for p in r.procedures] == [("genicular_rfa", "left")]
    assert whole(r, ("error", "warning")) == ([("64624", ["LT"], 1)], set())


def test_subject_verb_after_duration_keeps_the_pains() -> None:
    f = extract("A 58-year-old man with lumbar pain radiating down the back of the left leg for 8 months was referred for "
                "a caudal epidural steroid injection.")
    assert (f.necessity.symptom_duration.weeks, f.necessity.symptom_duration.evidence[0].text) == (34.6667, "for 8 months")


def test_guard_dated_case_opening_stays_history() -> None:
    text = ("Right L4-5 and L5-S1 medial branch blocks (diagnostic)\n"
            "A 70-year-old man underwent right L3-4 facet radiofrequency ablation three years ago, with 80% relief for a "
            "year. Low back pain for 2 years despite PT for 8 weeks; he cannot garden. MRI: L4-5 and L5-S1 facet "
            "arthropathy. Diagnosis: lumbar spondylosis (M47.816).\n"
            "Consent signed; time-out done. Pain 6/10 before. Under fluoroscopy, 25-gauge needles at the right L3 and L4 "
            "medial branches and the L5 dorsal ramus, 0.5 mL of 0.5% bupivacaine at each. AP and oblique images saved. "
            "No complications. Pain 1/10 after.\n")
    r = analyze_text(text, place_of_service="22")
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in r.procedures] == [
        ("facet_injection", "right", ["L4-L5", "L5-S1"])]
    assert whole(r, ("error", "warning")) == ([("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)], set())


# --- 1a. one side's amounts, the side told before, repeated on the other side ------------------------------------------

_TF = ("Bilateral L4-5 transforaminal epidural steroid injection\n"
       "Diagnosis: lumbar radiculopathy (M54.16). Pain from both buttocks into the shins for 5 months with numbness of "
       "the feet; PT for 6 weeks and naproxen failed; she cannot walk a block. MRI: L4-5 foraminal stenosis on both "
       "sides.\nConsent signed. Time-out done. Pain 8/10 before.\n"
       "Under fluoroscopy a 22-gauge needle was advanced below the {side} L4 pedicle into the foramen. Omnipaque 240, "
       "1 mL, outlined the L4 root without vascular uptake. {drug} {rep}\nAP and lateral images were saved. No "
       "complications. Pain 2/10 after.\n")


@pytest.mark.parametrize("side, drug, rep, doses, codes", [
    ("left", "Then 1 mL of dexamethasone 4 mg/mL and 1 mL of 1% lidocaine were injected.",
     "The procedure was then repeated on the opposite side in the same way, with the same contrast and injectate volumes.",
     [("dexamethasone_sodium_phosphate", 8.0), ("lidocaine", 20.0)], [("64483", ["50"], 1), ("J1100", [], 8)]),
    ("right", "Kenalog-40, 1 mL, was given with 1 mL of 0.25% bupivacaine.",
     "The injection was then repeated on the other side in the same manner, with the same contrast and drug volumes.",
     [("triamcinolone_acetonide", 80.0), ("bupivacaine", 5.0)], [("64483", ["50"], 1), ("J3301", [], 8)]),
])
def test_side_told_before_then_repeated(side: str, drug: str, rep: str, doses: list, codes: list) -> None:
    r = analyze_text(_TF.format(side=side, drug=drug, rep=rep), place_of_service="11")
    assert [(d.generic, d.dose) for d in r.drugs if d.role != "contrast"] == doses
    assert whole(r, ("error", "warning")) == (codes, set())


def test_guard_other_side_only_planned() -> None:
    r = analyze_text(_TF.format(side="right", drug="Kenalog-40, 1 mL, was given with 1 mL of 0.25% bupivacaine.",
                                rep="The contralateral side will be done at her next visit if this helps."),
                     place_of_service="11")
    assert [(d.generic, d.dose) for d in r.drugs if d.role != "contrast"] == [
        ("triamcinolone_acetonide", 40.0), ("bupivacaine", 2.5)]
    assert whole(r, ("error", "warning")) == ([("64483", ["RT"], 1), ("J3301", [], 4)], {"laterality_conflict"})


# --- 1b. a prepared solution given in shares ----------------------------------------------------------------------------

_GON = ("Bilateral greater occipital nerve blocks\n"
        "Diagnosis: occipital neuralgia (M54.81). Shooting pain from the nape to the crown on both sides for 9 months; "
        "amitriptyline and PT for 8 weeks failed; she cannot read for more than 20 minutes.\n"
        "Consent signed. Time-out done. Landmark technique, no imaging. Pain 7/10 before.\n"
        "A solution of 2 mL 1% lidocaine and 1 mL dexamethasone 10 mg/mL (Decadron) was prepared. {x}\n"
        "No complications. Pain 2/10 after.\n")


@pytest.mark.parametrize("x", [
    "At the left greater occipital nerve, medial to the artery, 1.5 mL was injected after negative aspiration. The other "
    "1.5 mL was then given at the right greater occipital nerve.",
    "Medial to the artery, 1.5 mL was injected at the left greater occipital nerve and the remaining 1.5 mL at the right "
    "one.",
    "Medial to the artery, 1.5 mL was injected at the left greater occipital nerve. The rest was injected at the right "
    "greater occipital nerve the same way.",
])
def test_solution_shares_add_up(x: str) -> None:
    r = analyze_text(_GON.format(x=x), place_of_service="11")
    assert [(d.generic, d.dose) for d in r.drugs] == [("lidocaine", 20.0), ("dexamethasone_sodium_phosphate", 10.0)]
    assert whole(r, ("error", "warning")) == ([("64405", ["50"], 1), ("J1100", [], 10)], set())


def test_guard_remainder_discarded_adds_nothing() -> None:
    r = analyze_text(_GON.format(x="Medial to the artery, 1.5 mL was injected at the left greater occipital nerve. The "
                                   "remaining 1.5 mL was discarded."), place_of_service="11")
    assert [(d.generic, d.dose) for d in r.drugs] == [("lidocaine", 10.0), ("dexamethasone_sodium_phosphate", 5.0)]


# --- 2. the sedation's observer in shorthand or as a role -------------------------------------------------------------

_SED = ("R L4-5 and L5-S1 medial branch RFA\n"
        "Dx: lumbar spondylosis (M47.816). Axial LBP x 3 yrs despite PT 10 wks and NSAIDs; cannot stand > 20 min. Two "
        "MBBs each gave 85% relief.\nPre 6/10. Consent signed. Time out done.\n"
        "Sedation: needle phobia with near-syncope at her last block -> moderate sedation by me, midazolam 2 mg IV, {x}. "
        "Start 08:10, end 08:31.\n"
        "Fluoro. Cannulae at R L3, L4 MB and L5 DR; 1 mL 2% lido per site, lesions 80 C x 90 s.\nPost 2/10. No cx.\n")


@pytest.mark.parametrize("x", ["RN as indep. observer", "the circulating nurse acting as observer",
                               "indep obs: RN in the room throughout"])
def test_observer_in_shorthand(x: str) -> None:
    r = analyze_text(_SED.format(x=x), place_of_service="24")
    sed = r.procedures[0].sedation
    assert (sed.type, sed.independent_observer, sed.intraservice_minutes) == ("moderate", True, 21)
    assert whole(r, ("error", "warning")) == ([("64635", ["RT"], 1), ("64636", ["RT"], 1), ("99152", [], 1)], set())


@pytest.mark.parametrize("x", ["no independent observer was available", "without an indep. observer"])
def test_guard_observer_denied(x: str) -> None:
    r = analyze_text(_SED.format(x=x), place_of_service="24")
    assert r.procedures[0].sedation.independent_observer is None
    assert whole(r, ("error", "warning")) == ([("64635", ["RT"], 1), ("64636", ["RT"], 1)], {"sedation_details"})


# --- 4. pain scores: a recorded baseline, a wrapped time cue ----------------------------------------------------------

_STEPS = ("Teaching case: left L4-5 and L5-S1 facet joint injections (diagnostic, first block)\n"
          "Indication: left low back pain for 7 months, worse with extension; PT for 8 weeks and meloxicam failed; she "
          "cannot stand to cook. MRI: left L4-5 and L5-S1 facet arthropathy. Diagnosis: lumbar spondylosis (M47.816).\n"
          "Steps\n1. Consent: risks reviewed; written consent signed.\n2. Time-out held.\n3. Prone; prepped and draped. "
          "No sedation.\n4. {x}\n5. Fluoroscopy: oblique views of the left L4-5 and L5-S1 joints.\n6. Needles: 22-gauge "
          "into each joint; 0.3 mL Omnipaque 240 gave an arthrogram.\n7. Injection: 0.5 mL of 0.5% bupivacaine into "
          "each joint.\n8. No complications.\n9. Post-procedure pain: 1/10 at 30 minutes.\n")
_FACET_LINES = [("64493", ["KX", "LT"], 1), ("64494", ["KX", "LT"], 1)]


@pytest.mark.parametrize("x, value", [("Baseline pain documented as 6/10.", 6.0), ("Baseline NRS recorded: 8/10.", 8.0),
                                      ("Baseline pain score noted at 6.", 6.0)])
def test_recorded_baseline_is_the_days_pre_score(x: str, value: float) -> None:
    r = analyze_text(_STEPS.format(x=x), place_of_service="22")
    assert [(p.timing, p.value) for p in r.assessments.pain_scores] == [("pre", value), ("post", 1.0)]
    assert whole(r, ("error", "warning")) == (_FACET_LINES, set())


def test_guard_recorded_baseline_beside_a_pre_score() -> None:
    r = analyze_text(_STEPS.format(x="Baseline pain recorded: 7/10; pre-procedure pain today 5/10."), place_of_service="22")
    assert [(p.timing, p.value) for p in r.assessments.pain_scores] == [("baseline", 7.0), ("pre", 5.0), ("post", 1.0)]
    assert whole(r, ("error", "warning")) == (_FACET_LINES, set())


_SINB = ("LEFT L5 DORSAL RAMUS AND S1-S3 LATERAL BRANCH BLOCKS. Diagnosis: left sacroiliac joint pain (M53.3). Buttock "
         "pain\nfor 14 months; PT and chiropractic care failed; she cannot sit through a meal. Diagnostic block. Consent "
         "obtained,\ntime-out done, no sedation. Under fluoroscopy 0.5 mL of 0.5% bupivacaine was placed at each of the "
         "four sites. No\ncomplications. {x} she will log her relief for 6 hours.\n")


@pytest.mark.parametrize("x, value", [("Checked after\n20 minutes her pain was 2/10, and", 2.0),
                                      ("After\n30 minutes she rated her pain 1/10, and", 1.0)])
def test_time_cue_wrapped_above_the_minutes(x: str, value: float) -> None:
    r = analyze_text(_SINB.format(x=x), place_of_service="22")
    assert [(p.timing, p.value) for p in r.assessments.pain_scores] == [("post", value)]
    assert whole(r, ("error", "warning")) == ([("64451", ["LT"], 1)], {"pre_procedure_pain_score"})


def test_guard_line_ending_its_sentence_lends_no_cue() -> None:
    r = analyze_text(_SINB.format(x="The nurse checked on her after.\n15 minutes into the wait her pain was 7/10, and"),
                     place_of_service="22")
    assert [(p.timing, p.value) for p in r.assessments.pain_scores] == [("pre", 7.0)]
    assert whole(r, ("error", "warning")) == ([("64451", ["LT"], 1)], {"post_procedure_pain_score"})


# --- 5a. a second amount at each probe ----------------------------------------------------------------------------------

_SIRF = ("Right sacroiliac joint lateral branch radiofrequency ablation\n"
         "Diagnosis: right SI joint pain (M53.3). Buttock pain for 3 years; PT for 12 weeks failed; she cannot sit "
         "through a film. Two lateral branch blocks each gave 85% relief.\nConsent signed. Time-out done. Pain 7/10 "
         "before. Fluoroscopy; AP and oblique images saved.\n{x}\nPain 2/10 after. No complications.\n")


@pytest.mark.parametrize("x, dose", [
    ("Probes were placed at the right L5 dorsal ramus and lateral to the right S1, S2 and S3 foramina. 1 mL of 2% "
     "lidocaine per lateral branch and 1 mL at each probe before lesioning at 80 C for 90 s.", 140.0),
    ("Cannulae at the right L5 dorsal ramus and the S1, S2 and S3 lateral branches; 2% lidocaine 1 mL per lateral "
     "branch and 1 mL at each cannula, then lesions at 80 C.", 140.0),
    ("Probes lateral to the right S1, S2 and S3 foramina. 1 mL of 2% lidocaine per lateral branch and 1 mL at each "
     "probe, then lesions at 80 C for 90 s.", 120.0),
])
def test_second_amount_at_each_probe(x: str, dose: float) -> None:
    r = analyze_text(_SIRF.format(x=x), place_of_service="22")
    assert [(d.generic, d.dose, d.per_site, d.sites) for d in r.drugs] == [("lidocaine", dose, None, None)]
    assert whole(r, ("error", "warning")) == ([("64625", ["RT"], 1)], set())


def test_guard_second_amount_at_the_ramus_once() -> None:
    r = analyze_text(_SIRF.format(x="Electrodes at the right L5 dorsal ramus and the S1, S2 and S3 lateral branches. 1 mL "
                                    "of 2% lidocaine per lateral branch and 1 mL at the L5 dorsal ramus, then lesions at "
                                    "80 C for 90 s."), place_of_service="22")
    assert [(d.generic, d.dose, d.per_site, d.sites) for d in r.drugs] == [("lidocaine", 80.0, None, None)]


# --- 5b. a cause clause opening the sedation's sentence -----------------------------------------------------------------

_CAUSE = ("Right L5-S1 transforaminal epidural steroid injection\n"
          "Diagnosis: lumbar radiculopathy (M54.17). Right leg pain to the heel for 6 months with numbness; PT for 8 "
          "weeks failed; he cannot walk a block. MRI: right L5-S1 foraminal stenosis.\n"
          "Consent signed. Time-out done. Pain 8/10 before.\n{x}\n"
          "Under fluoroscopy a 22-gauge needle was placed in the right L5-S1 foramen; 1 mL Omnipaque 240 showed epidural "
          "flow; dexamethasone 10 mg with 1 mL of 1% lidocaine was injected. AP and lateral images saved. {c}\n"
          "Pain 3/10 after.\n")


@pytest.mark.parametrize("x, reason", [
    ("Since she fainted during her last block, fentanyl 50 mcg and midazolam 1 mg IV were given for moderate sedation "
     "by me, 10:05-10:22, RN as observer.", "she fainted during her last block"),
    ("Given that he passed out at his previous epidural, midazolam 2 mg IV was then given by me as moderate sedation "
     "from 10:05 to 10:22 with an independent RN observer.", "he passed out at his previous epidural"),
])
def test_cause_clause_first_is_the_sedations_reason(x: str, reason: str) -> None:
    r = analyze_text(_CAUSE.format(x=x, c="No complications."), place_of_service="24")
    sed = r.procedures[0].sedation
    assert (sed.type, sed.justification, sed.independent_observer, sed.intraservice_minutes) == (
        "moderate", reason, True, 17)
    assert whole(r, ("error", "warning")) == ([("64483", ["RT"], 1), ("99152", [], 1)], set())


def test_guard_cause_clause_before_sedation_declined() -> None:
    r = analyze_text(_CAUSE.format(x="Since he fainted during his last block, no sedation was used and he stayed supine "
                                     "until ready.", c="No complications."), place_of_service="24")
    assert r.procedures[0].sedation.justification is None
    assert whole(r, ("error", "warning")) == ([("64483", ["RT"], 1)], set())


# --- 5c. a complications field telling an earlier session's event ------------------------------------------------------

@pytest.mark.parametrize("c", ["Complications: vasovagal reaction at the last procedure; none today.",
                               "Tolerated well. Complications: vasovagal episode at her previous injection, none today."])
def test_earlier_event_in_the_complications_field(c: str) -> None:
    r = analyze_text(_CAUSE.format(x="No sedation.", c=c), place_of_service="24")
    assert r.facts.complications.value == "none"
    assert whole(r, ("error", "warning")) == ([("64483", ["RT"], 1)], set())


def test_earlier_event_alone_says_nothing_of_today() -> None:
    r = analyze_text(_CAUSE.format(x="No sedation.", c="Complications: vasovagal episode at her previous injection."),
                     place_of_service="24")
    assert r.facts.complications is None
    assert whole(r, ("error", "warning")) == ([("64483", ["RT"], 1)], {"complications"})


def test_guard_todays_event_in_the_field_stays() -> None:
    r = analyze_text(_CAUSE.format(x="No sedation.", c="Complications: brief vasovagal episode, resolved with leg "
                                                      "elevation."), place_of_service="24")
    assert r.facts.complications.value == "vasovagal"


# --- 5d. one drug at two strengths in one sentence ---------------------------------------------------------------------

_MBB = ("Right L4-5 and L5-S1 medial branch blocks (diagnostic)\n"
        "Diagnosis: lumbar spondylosis (M47.816). Axial back pain for 9 months despite PT for 8 weeks; she cannot lift "
        "her grandson. Consent signed. Time-out done. Pain 6/10 before. Fluoroscopy; oblique images saved.\n"
        "Needles at the right L3 and L4 medial branches and the L5 dorsal ramus. {x}\nPain 1/10 after. No "
        "complications.\n")


@pytest.mark.parametrize("x, dose, volume", [
    ("The skin was numbed with 2 mL of 1% lidocaine and 0.5 mL of 2% lidocaine was injected at each nerve.", 50.0, 3.5),
    ("Local: 1% lidocaine 3 mL to the skin, then 2% lidocaine 0.5 mL at each medial branch.", 60.0, 4.5),
    ("At each nerve 1 mL of 1% lidocaine then 0.5 mL of 2% lidocaine was given.", 60.0, 4.5),
])
def test_two_strengths_are_two_administrations(x: str, dose: float, volume: float) -> None:
    r = analyze_text(_MBB.format(x=x), place_of_service="22")
    assert [(d.generic, d.dose, d.volume_ml) for d in r.drugs] == [("lidocaine", dose, volume)]
    assert whole(r, ("error", "warning")) == ([("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)], set())


def test_guard_one_strength_restated_is_one_administration() -> None:
    r = analyze_text(_MBB.format(x="3 mL of 1% lidocaine (lidocaine 1%, 30 mg) was used for the skin. Then 0.5 mL of 0.5% "
                                   "bupivacaine was injected at each nerve."), place_of_service="22")
    assert [(d.generic, d.dose) for d in r.drugs] == [("lidocaine", 30.0), ("bupivacaine", 7.5)]


# --- 6. a recurrence that crept back ------------------------------------------------------------------------------------

@pytest.mark.parametrize("x, weeks, span", [
    ("Her leg pain has crept back over the last three weeks; it first began two years ago.", 104.0, "two years ago"),
    ("The ache has been creeping back over the past month. It began about 18 months ago.", 78.0, "about 18 months"),
    ("Buttock pain drifted back over the last 2 weeks after a good year; onset was 3 years ago.", 156.0, "3 years ago"),
])
def test_crept_back_is_a_recurrence(x: str, weeks: float, span: str) -> None:
    d = extract("Right L5-S1 transforaminal epidural steroid injection. " + x).necessity.symptom_duration
    assert (d.weeks, d.evidence[0].text) == (weeks, span)


def test_guard_recurrence_alone_is_kept() -> None:
    d = extract("Right L5-S1 transforaminal epidural steroid injection. The pain has crept back over the past 3 weeks."
                ).necessity.symptom_duration
    assert (d.weeks, d.evidence[0].text) == (3.0, "over the past 3 weeks")
