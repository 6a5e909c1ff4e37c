"""Round 19 (issue 3, r2b): the wording families behind the errors of the sealed batches dev_fresh_dk (office
procedures across specialties) and dev_fresh_dl (ASC operative reports), and three open drug-total readings, as
fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before
its change; the guards (named so) pin readings the change must keep.

- A vial's own account after the dose ('Decadron came from a 10 mg/mL single-dose vial; 0.4 mL was drawn up and
  injected, 0.6 mL wasted') restates the dose given in the technique, not a second one (fdk-onb-02: J1100 x4).
- 'neg aspiration: 1 mL 2% lido': the aspiration is the safety check before the amount, not a volume withdrawn
  (fdk-h-onb-03).
- A reason for the sedation in the sentence after it, the patient who could not tolerate the procedure awake or
  under local ('She could not tolerate the lesioning under local at the prior session'; fdl-h-rfa-01).
- Care that gave only brief relief ('gave only brief relief', 'brief benefit', 'the relief was fleeting') helped
  only briefly: partial (fdl-h-scs-01).
- A stated total that disagrees with the per-site arithmetic ('Kenalog 40 mg at each side, for a total of 40 mg of
  triamcinolone'): the stated total wins.
- 'Each side received 1 mL of a mixture of lidocaine 1% 4 mL and Kenalog 40 mg': a share of a mixture whose steroid
  is told by its mass in a brand of known strength (Kenalog-40: 40 mg/mL, so 1 mL): 2 of 5 mL were given.
- '| Medial branch blocks | Jan 8 and Jan 29, 85% relief each |': a date's day before the percent is no percent.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline

DOS = dt.date(2026, 6, 23)


def _result(text: str):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="r2b")


def _lines(result) -> list[tuple[str, list[str], int]]:  # noqa: ANN001
    return sorted((c.code, sorted(c.modifiers), c.units) for c in result.codes)


def _elements(result) -> set[str]:  # noqa: ANN001
    return {f.element for f in result.findings if f.severity != "info"}


def _doses(result) -> dict[str, tuple[float | None, str | None]]:  # noqa: ANN001
    return {d.generic: (d.dose, d.dose_unit) for d in result.facts.drugs}


# --- a vial's account restates the dose --------------------------------------------------------------------------------

_GON = ("Headache clinic procedure\nProcedure: left greater occipital nerve block under ultrasound.\n"
        "Diagnosis: occipital neuralgia, left (M54.81).\nLeft occipital shooting pain for seven months; topiramate made "
        "her foggy and was stopped.\nPre-block pain 8/10. Consent signed. Time-out done.\n"
        "Technique: Under ultrasound the left greater occipital nerve was seen over the obliquus capitis inferior; a "
        "25-gauge needle was advanced in plane and 2 mL of 0.25% bupivacaine with {dex} was placed around it. {vial} "
        "A still image was stored.\nPost-block pain 2/10. No complications.\n")


@pytest.mark.parametrize("dex, vial, lines", [
    ("dexamethasone 4 mg", "Dexamethasone came from a 10 mg/mL single-dose vial; 0.4 mL was drawn up and injected, "
     "0.6 mL wasted.", [("64405", ["LT"], 1), ("76942", [], 1), ("J1100", [], 4), ("J1100", ["JW"], 6)]),
    ("Decadron 4 mg", "Decadron taken from a 1 mL single-use vial of 10 mg/mL: 0.4 mL administered and the other 6 mg "
     "discarded.", [("64405", ["LT"], 1), ("76942", [], 1), ("J1100", [], 4), ("J1100", ["JW"], 6)]),
    ("dexamethasone 6 mg", "From a single-dose vial of dexamethasone 10 mg/mL, 0.6 mL was given and 0.4 mL discarded.",
     [("64405", ["LT"], 1), ("76942", [], 1), ("J1100", [], 6), ("J1100", ["JW"], 4)]),
])
def test_vial_account_restates_the_dose(dex: str, vial: str, lines: list) -> None:
    r = _result(_GON.format(dex=dex, vial=vial))
    assert _lines(r) == lines
    assert _elements(r) == set()  # the waste is told, and all else the block needs


def test_vial_account_guard_two_administrations_each_with_their_vial() -> None:
    # guard: two administrations, each sentence telling its own vial: both count
    text = _GON.format(dex="dexamethasone 4 mg from a 10 mg/mL single-dose vial, 0.6 mL discarded",
                       vial="The right side then received dexamethasone 4 mg from a second 10 mg/mL single-dose vial, "
                            "0.6 mL discarded.")
    r = _result(text)
    assert _doses(r) == {"dexamethasone_sodium_phosphate": (8.0, "mg"), "bupivacaine": (5.0, "mg")}
    # the right side's dose makes the block bilateral, against the left-sided title
    # each vial's 0.6 mL of 10 mg/mL was discarded: both vials' waste, 12 mg (round 20, tgap20)
    assert _lines(r) == [("64405", ["50"], 1), ("76942", [], 1), ("J1100", [], 8), ("J1100", ["JW"], 12)]
    assert _elements(r) == {"laterality_conflict"}


# --- 'neg aspiration' before the amount ----------------------------------------------------------------------------------

_ONB = ("Neuro clinic - R GON blk\nA: R occipital neuralgia (M54.81).\nR occipital stabbing pain x 5 mo, failed "
        "nortriptyline (dry mouth). Pain 7/10.\nConsent obtained. Time-out done.\nR GON at the nuchal line, landmark. "
        "Alcohol prep. 27 g needle, {asp} 1 mL 1% lido + 1 mL 0.5% bupi + methylprednisolone 40 mg.\n"
        "Pain 2/10 after. No complications.\n")


@pytest.mark.parametrize("asp", ["neg aspiration:", "neg. aspiration,", "after neg aspiration", "-ve aspiration:"])
def test_negative_aspiration_shorthand_before_amount(asp: str) -> None:
    r = _result(_ONB.format(asp=asp))
    assert _doses(r) == {"lidocaine": (10.0, "mg"), "bupivacaine": (5.0, "mg"), "methylprednisolone_acetate": (40.0, "mg")}
    assert _lines(r) == [("64405", ["RT"], 1), ("J1010", [], 40)]
    assert _elements(r) == set()  # no drug_dose, nothing else missing


def test_aspirated_volume_guard() -> None:
    # guard: a volume aspirated is no dose of the drug named after it
    text = _ONB.format(asp="aspirated 1 mL of blood, repositioned, then").replace("1 mL 1% lido", "2 mL 1% lido")
    r = _result(text)
    assert _doses(r) == {"lidocaine": (20.0, "mg"), "bupivacaine": (5.0, "mg"), "methylprednisolone_acetate": (40.0, "mg")}
    assert (_lines(r), _elements(r)) == ([("64405", ["RT"], 1), ("J1010", [], 40)], set())


# --- a sedation's reason told in the next sentence -----------------------------------------------------------------------

_SED_RFA = ("Operative report.\nProcedure: right lumbar radiofrequency ablation, L3 and L4 medial branches (L4-L5 "
            "facet).\nDiagnosis: lumbar spondylosis without radiculopathy (M47.816).\nRight axial back pain for 3 years; "
            "two medial branch blocks each gave 90% relief. Twelve weeks of PT and naproxen failed. Cannot stand to cook.\n"
            "Consent signed. Time-out performed. Pain 7/10 before.\nModerate sedation was given by me with an "
            "independent RN observer: midazolam 2 mg and fentanyl 50 mcg IV, start 09:02, end 09:27, 25 minutes. "
            "{reason}\nProne, prep. RF cannulas to the right L3 and L4 medial branches under fluoroscopy, motor testing "
            "negative; 1% lidocaine 1 mL at each, lesions at 80 degrees C for 90 seconds. No complications.\n"
            "PACU: pain 2/10.\n")


_SED_RFA_LINES = [("64635", ["RT"], 1), ("99152", [], 1), ("99153", [], 1)]  # 25 minutes of moderate sedation


@pytest.mark.parametrize("reason, justification", [
    ("He could not tolerate the lesioning awake last time.", "tolerate the lesioning awake last time"),
    ("The patient was unable to tolerate the prior ablation under local alone.",
     "tolerate the prior ablation under local alone"),
    ("She did not tolerate cannula placement without sedation in 2024.",
     "tolerate cannula placement without sedation in 2024"),
    ("Pt cannot lie prone for the length of the procedure.", "lie prone for the length of the procedure"),
])
def test_sedation_reason_in_next_sentence(reason: str, justification: str) -> None:
    r = _result(_SED_RFA.format(reason=reason))
    assert r.facts.procedures[0].sedation.justification == justification
    assert _lines(r) == _SED_RFA_LINES
    assert _elements(r) == set()  # no sedation_details


@pytest.mark.parametrize("reason", ["She tolerated the sedation well.", "He could not tolerate gabapentin."])
def test_sedation_reason_guard(reason: str) -> None:
    # guard: tolerance told well, or a drug not tolerated, is no reason for the sedation
    r = _result(_SED_RFA.format(reason=reason))
    assert r.facts.procedures[0].sedation.justification is None
    assert _lines(r) == _SED_RFA_LINES
    assert _elements(r) == {"sedation_details"}


# --- care that gave only brief relief ------------------------------------------------------------------------------------

_SCS = ("Operative report.\nProcedure: percutaneous spinal cord stimulator trial, two leads.\nDiagnosis: complex "
        "regional pain syndrome type I, left lower limb (G90.522).\nLeft foot burning pain with allodynia for 3 years. "
        "{care} She cannot walk a block.\nPsychological evaluation cleared her for the trial.\nLocal only. Consent "
        "signed. Time-out performed. Pain 8/10 before.\nProne, prep. 1% lidocaine, 6 mL. Two Tuohy needles entered the "
        "epidural space at T12-L1 under fluoroscopy and two 8-contact leads were steered to T10, covering the foot. "
        "No complications.\nPACU: pain 3/10.\n")


def _care(r) -> list[tuple[str, float | None, str | None]]:  # noqa: ANN001
    return [(c.modality, c.weeks, c.outcome) for c in r.facts.necessity.conservative_care]


_SCS_LINES = [("63650", [], 2), ("77003", [], 1)]


@pytest.mark.parametrize("care, outcome, expected", [
    ("Desensitization therapy, pregabalin and two sympathetic blocks gave only brief relief.", "partial",
     [("physical_therapy", None, "partial"), ("neuropathic_agents", None, "partial")]),
    ("Physical therapy and duloxetine provided brief benefit.", "partial",
     [("physical_therapy", None, "partial"), ("neuropathic_agents", None, "partial")]),
    ("She tried pregabalin and physical therapy; the relief was fleeting.", "partial",
     [("neuropathic_agents", None, "partial"), ("physical_therapy", None, "partial")]),
    # the blocks are injections, not conservative care
    ("Sympathetic blocks and pregabalin brought only momentary improvement.", "partial",
     [("neuropathic_agents", None, "partial")]),
])
def test_care_with_brief_relief_is_partial(care: str, outcome: str, expected: list) -> None:
    r = _result(_SCS.format(care=care))
    assert {c.outcome for c in r.facts.necessity.conservative_care} == {outcome}
    assert _care(r) == expected
    assert (_lines(r), _elements(r)) == (_SCS_LINES, set())  # no conservative_care, nothing else


def test_brief_course_guard() -> None:
    # guard: a brief course of care says nothing of its outcome
    r = _result(_SCS.format(care="She had a brief course of physical therapy and takes pregabalin."))
    assert _care(r) == [("physical_therapy", None, None), ("neuropathic_agents", None, None)]
    assert (_lines(r), _elements(r)) == (_SCS_LINES, {"conservative_care"})


# --- a stated total against the per-site arithmetic ----------------------------------------------------------------------

_KNEES = ("Procedure: bilateral knee joint injections under ultrasound.\nDiagnosis: primary osteoarthritis of both "
          "knees (M17.0).\nBilateral knee pain for 2 years; PT for 8 weeks failed. Cannot climb stairs.\nConsent "
          "signed. Time-out done. Pain 7/10 before.\nTechnique: After prep each knee was entered superolaterally under "
          "ultrasound. {drugs}\nPain 3/10 after. No complications.\n")


@pytest.mark.parametrize("drugs, steroid, lines", [
    ("Kenalog 40 mg was placed in each knee, for a total of 40 mg of triamcinolone.", (40.0, "mg"),
     [("20610", ["50"], 1), ("J3301", [], 4)]),
    ("Depo-Medrol 40 mg was given at each side for a total of 40 mg of methylprednisolone.", (40.0, "mg"),
     [("20610", ["50"], 1), ("J1010", [], 40)]),
    # guard: the total agrees with the per-site arithmetic
    ("Kenalog 40 mg was placed in each knee, for a total of 80 mg of triamcinolone.", (80.0, "mg"),
     [("20610", ["50"], 1), ("J3301", [], 8)]),
    # guard: no total stated
    ("Kenalog 40 mg was placed in each knee.", (80.0, "mg"), [("20610", ["50"], 1), ("J3301", [], 8)]),
])
def test_stated_total_against_per_site_amount(drugs: str, steroid: tuple, lines: list) -> None:
    r = _result(_KNEES.format(drugs=drugs))
    generic = "methylprednisolone_acetate" if "Depo-Medrol" in drugs else "triamcinolone_acetonide"
    assert _doses(r) == {generic: steroid}
    assert _lines(r) == lines
    assert _elements(r) == set()


@pytest.mark.parametrize("drugs, lido, steroid, units", [
    ("Each knee received 1 mL of a mixture of 1% lidocaine 4 mL and Kenalog-40 40 mg.", (16.0, "mg"), (16.0, "mg"), 2),
    ("Each side got 1.5 mL of a mix of lidocaine 1% 5 mL and Kenalog 40 mg.", (25.0, "mg"), (20.0, "mg"), 2),
    # guard: one site's volume holds all of the mixture: mixed per side, each part given at each side
    ("Each side received 2 mL of a mixture of lidocaine 1% 1 mL and Kenalog 40 mg.", (20.0, "mg"), (80.0, "mg"), 8),
])
def test_share_of_mixture_with_branded_steroid_by_mass(drugs: str, lido: tuple, steroid: tuple, units: int) -> None:
    r = _result(_KNEES.format(drugs=drugs))
    assert _doses(r) == {"lidocaine": lido, "triamcinolone_acetonide": steroid}
    # the steroid's units (10 mg each, rounded up) follow its share; ultrasound without a saved image codes 20610
    assert _lines(r) == [("20610", ["50"], 1), ("J3301", [], units)]
    assert _elements(r) == set()


# --- a date's day before a percent ---------------------------------------------------------------------------------------

_RFA_TABLE = ("LEFT LUMBAR RADIOFREQUENCY ABLATION - RECORD\n\n| Item | Value |\n|---|---|\n"
              "| Procedure | Left L4-L5 and L5-S1 medial branch radiofrequency ablation |\n"
              "| Diagnosis | Lumbar spondylosis (M47.816) |\n| Symptoms | Axial low back pain for 3 years |\n"
              "| Prior care | Physical therapy 12 weeks and meloxicam: no relief |\n"
              "| Function | Cannot stand longer than 10 minutes |\n| {label} | {blocks} |\n| Consent | Signed |\n"
              "| Time-out | Done |\n| Pain pre / post | 6/10 / 1/10 |\n\nUnder fluoroscopy RF cannulas were placed at the "
              "left L3 and L4 medial branches and the L5 dorsal ramus; motor testing negative; 1% lidocaine 1 mL at "
              "each, lesions at 80 degrees C for 90 seconds. No complications.\n")


@pytest.mark.parametrize("label, blocks, reliefs", [
    ("Medial branch blocks", "Mar 4 and Mar 25, 90% relief each", [90.0, 90.0]),
    ("Diagnostic blocks", "on Sep 9 and Sep 30, 85% relief each", [85.0, 85.0]),
    ("MBBs", "October 14 and November 12, 80% and 95% relief", [80.0, 95.0]),
    # guard: a number listed before the percent is a percent of its own
    ("MBBs", "two blocks, 85 and 90% relief", [85.0, 90.0]),
])
def test_date_day_before_percent_is_no_relief(label: str, blocks: str, reliefs: list) -> None:
    r = _result(_RFA_TABLE.format(label=label, blocks=blocks))
    assert sorted(b.percent for b in r.facts.assessments.diagnostic_blocks) == reliefs
    assert _lines(r) == [("64635", ["LT"], 1), ("64636", ["LT"], 1)]
    assert _elements(r) == set()  # no diagnostic_block_relief; the record tells all else


# --- 'no imaging' told of the needle's guidance --------------------------------------------------------------------------

_KNEE = ("Procedure: left knee injection.\nDx: primary osteoarthritis, left knee (M17.12).\n{history}\nConsent signed. "
         "Time-out done. Pain 6/10 before.\n{technique}\nPain 2/10 after. No complications.\n")


@pytest.mark.parametrize("history, technique, modality, code", [
    ("Knee pain for a year.", "Anteromedial portal, no imaging; Kenalog 40 mg with 3 mL 1% lidocaine injected.", "none",
     "20610"),
    ("Knee pain for a year.", "Lateral approach, unguided. Kenalog 40 mg with 3 mL 1% lidocaine injected.", "none",
     "20610"),
    ("Knee pain for a year.", "Guidance: none. Kenalog 40 mg with 3 mL 1% lidocaine injected.", "none", "20610"),
    # guards: a study not done is no guidance; the needle's own modality stands
    ("Knee pain for a year. No imaging on file.", "Lateral approach. Kenalog 40 mg with 3 mL 1% lidocaine injected.",
     None, "20610"),
    ("Knee pain for a year; no imaging has been done.", "Under ultrasound guidance the joint was entered; Kenalog 40 mg "
     "with 3 mL 1% lidocaine, image saved.", "ultrasound", "20611"),
])
def test_no_imaging_as_guidance(history: str, technique: str, modality: str | None, code: str) -> None:
    r = _result(_KNEE.format(history=history, technique=technique))
    (p,) = r.facts.procedures
    assert (p.imaging.modality if p.imaging else None) == modality
    # only ultrasound with a saved image codes 20611
    assert _lines(r) == [(code, ["LT"], 1), ("J3301", [], 4)]
    assert _elements(r) == set()


# --- a recovery scale's score is no pain score ---------------------------------------------------------------------------

_ILESI = ("OPERATIVE REPORT\nPROCEDURE: L5-S1 interlaminar epidural steroid injection under fluoroscopy.\nDIAGNOSIS: "
          "Lumbar radiculopathy (M54.16).\nINDICATION: Three months of right leg pain to the calf with numbness of the "
          "foot; eight weeks of PT and naproxen failed. Cannot work a full shift.\nPRE-PROCEDURE PAIN: 8/10.\nConsent "
          "signed. Time-out performed. Local only.\nTECHNIQUE: 20-gauge Tuohy needle to the L5-S1 epidural space by loss "
          "of resistance; Omnipaque 180 2 mL showed epidural spread; dexamethasone 10 mg with 3 mL saline injected. "
          "AP and lateral images saved. No complications.\nPACU: Report to the recovery nurse. {recovery}\n")


@pytest.mark.parametrize("recovery, post", [
    ("Aldrete 10/10. Pain 3/10 at 15 minutes.", 3.0),
    ("Modified Aldrete score: 9/10; pain 1/10 on discharge.", 1.0),
    ("PADSS 10/10. Pain at discharge 2/10.", 2.0),
    # guard: the pain score alone
    ("Pain 4/10 at 20 minutes.", 4.0),
])
def test_recovery_scale_is_no_pain_score(recovery: str, post: float) -> None:
    r = _result(_ILESI.format(recovery=recovery))
    assert sorted(s.value for s in r.facts.assessments.pain_scores if s.timing == "post") == [post]
    assert [(s.timing, s.value) for s in r.facts.assessments.pain_scores] == [("pre", 8.0), ("post", post)]
    # no study is told (imaging_findings); the post score stands
    assert (_lines(r), _elements(r)) == ([("62323", [], 1), ("J1100", [], 10)], {"imaging_findings"})


# --- a negation inside a bracket does not reach the next part of the injectate -------------------------------------------

_SIJ = ("Procedure: Bilateral sacroiliac joint injections, therapeutic\nDiagnosis: Sacroiliitis (M46.1), bilateral\n"
        "Duration: 8 months\nConservative care: PT 6 weeks and naproxen; pain persists despite both\n"
        "Function: cannot sit through a work meeting\nPre-procedure pain: 8/10\nConsent: signed\nTime-out: performed\n"
        "Guidance: fluoroscopy, Omnipaque 240 0.5 mL per joint with intra-articular spread\n"
        "Injectate per joint: {injectate}\nImages: AP and oblique saved for each side\nPost-procedure pain: 3/10\n"
        "Complications: none\n")


@pytest.mark.parametrize("injectate, generic, dose, steroid, lines", [
    ("methylprednisolone 40 mg (1 mL vial, no residue) + 2 mL 0.25% bupivacaine", "bupivacaine", (10.0, "mg"),
     {"methylprednisolone_acetate": (80.0, "mg")}, [("27096", ["50"], 1), ("J1010", [], 80)]),
    ("triamcinolone 40 mg (SDV, no waste) plus 1 mL 1% lidocaine", "lidocaine", (20.0, "mg"),
     {"triamcinolone_acetonide": (80.0, "mg")}, [("27096", ["50"], 1), ("J3301", ["JZ"], 8)]),
    ("Kenalog 40 mg (no preservative) with 1 mL 0.5% bupivacaine", "bupivacaine", (10.0, "mg"),
     {"triamcinolone_acetonide": (80.0, "mg")}, [("27096", ["50"], 1), ("J3301", [], 8)]),
])
def test_negation_in_bracket_stays_inside(injectate: str, generic: str, dose: tuple, steroid: dict,
                                          lines: list) -> None:
    r = _result(_SIJ.format(injectate=injectate))
    # each per joint, both joints; Omnipaque 0.5 mL per joint
    assert _doses(r) == {generic: dose, **steroid, "iohexol": (1.0, "ml")}
    assert _lines(r) == lines


def test_negated_drug_guard() -> None:
    # guard: the negation in the drug's own clause still holds
    doses = _doses(_result(_SIJ.format(injectate="triamcinolone 40 mg (single-dose vial) + no bupivacaine, 1 mL saline")))
    assert doses == {"triamcinolone_acetonide": (80.0, "mg"), "iohexol": (1.0, "ml")}  # no bupivacaine


@pytest.mark.parametrize("stim, dose", [
    ("no leg twitch to 2 V. 2% lidocaine, 0.5 mL, was\ngiven at each nerve", (30.0, "mg")),
    ("no motor capture at 2 V. 2% lidocaine, 0.5 mL, was\nplaced at each nerve", (30.0, "mg")),
])
def test_negation_before_a_kept_full_stop(stim: str, dose: tuple) -> None:
    text = _SED_RFA.format(reason="He could not lie prone without it.").replace(
        "motor testing negative; 1% lidocaine 1 mL at each", "motor testing " + stim).replace(
        "right L3 and L4 medial branches", "right L3 and L4 medial branches and the L5 dorsal ramus")
    r = _result(text)
    assert _doses(r) == {"midazolam": (2.0, "mg"), "fentanyl": (0.05, "mg"), "lidocaine": dose}
    assert _lines(r) == [("64635", ["RT"], 1), ("64636", ["RT"], 1), ("99152", [], 1), ("99153", [], 1)]
